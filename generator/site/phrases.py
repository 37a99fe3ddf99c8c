"""The generator's tables of words: kinds of move and track, directions, periods, units, target
names, KPI kinds, the menu's entries. Each word is marked for translation (N_) and translated
where it is used (`wording.in_words`); the formatting rules that use them live in wording.py.
"""

from __future__ import annotations

from generator.locale import N_
from generator.model import TARGET_FIELDS

# -- kinds, directions, periods, targets ---------------------------------------------------------
# Tables of words, marked with N_ and translated where they are used (`in_words`).
MOVE_KINDS = {
    "promotion": N_("Promotion"),
    "lateral": N_("Lateral move"),
    "track-change": N_("Track change"),
}

MOVES_IN_A_SENTENCE = {
    "promotion": N_("promotion"),
    "lateral": N_("lateral move"),
    "track-change": N_("track change"),
}
"""The kinds of move as a sentence names them: "promotion to Senior rep"."""

TRACK_KINDS = {
    "individual-contributor": N_("Individual contributor"),
    "management": N_("Management"),
    "specialist": N_("Specialist"),
}

DIRECTIONS = {"higher-is-better": N_("higher is better"), "lower-is-better": N_("lower is better")}

QUESTIONS = {
    "achieves": N_("What must be achieved"),
    "skills": N_("Which skills are needed"),
    "demonstrates": N_("What must be demonstrated"),
    "knows": N_("What must be known"),
}
"""The four assessment questions a competency level may answer, as pages name them."""

PERIODS = {
    "weekly": N_("per week"),
    "monthly": N_("per month"),
    "quarterly": N_("per quarter"),
    "half-yearly": N_("per half year"),
    "yearly": N_("per year"),
}

REPORTED = {
    "weekly": N_("weekly"),
    "monthly": N_("monthly"),
    "quarterly": N_("quarterly"),
    "half-yearly": N_("half-yearly"),
    "yearly": N_("yearly"),
}
"""How often a KPI is reported, as an adjective ("Reported: quarterly")."""

UNITS = {
    "percent": N_("percent"),
    "currency": N_("currency"),
    "count": N_("count"),
    "days": N_("days"),
    "ratio": N_("ratio"),
    "score": N_("score"),
    "qualitative": N_("qualitative"),
}
"""The names of the KPI units, for the KPI catalogue."""

CHANGE_KINDS = {
    "added": N_("added"),
    "raised": N_("raised"),
    "lowered": N_("lowered"),
    "restated": N_("restated"),
}
"""How a competency's required proficiency changes in a transition."""

TARGET_NAMES = dict(
    zip(TARGET_FIELDS, (N_("target"), N_("lowest acceptable"), N_("stretch")), strict=True),
)
"""What each number of a KPI target is called inside a sentence ("…, lowest acceptable
80%"); `target_label` gives the form that starts a line or a column. For a KPI where lower
is better, `target_names` says "highest acceptable" instead."""

LOWER_IS_BETTER_NAMES = {"threshold": N_("highest acceptable")}
"""The names that differ when lower is better: 90 days is the highest acceptable cycle."""

MIXED_THRESHOLD = N_("acceptable limit")
"""The threshold's name above a column of KPIs of both directions."""

PERIODS_EACH = {
    "weekly": N_("each week"),
    "monthly": N_("each month"),
    "quarterly": N_("each quarter"),
    "half-yearly": N_("each half year"),
    "yearly": N_("each year"),
}
"""How often a KPI is measured, after "measured" or "reviewed"."""

KPI_KINDS = ("total", "average", "rate", "duration")
DEFAULT_KPI_KINDS = {
    "count": "total",
    "currency": "total",
    "percent": "rate",
    "ratio": "rate",
    "score": "rate",
    "days": "duration",
    "qualitative": "rate",
}
"""What a KPI's number is when its file does not say (`kind:`): a count or an amount of
money adds up over the period; a share, ratio or score is a rate; days are a duration. An
average (deal size) must be declared."""

KIND_PATTERNS = {
    "total": N_("{amount} {per_period}"),
    "average": N_("{amount} on average, measured {each_period}"),
    "rate": N_("{amount}, measured {each_period}"),
    "duration": N_("{amount}, measured {each_period}"),
}
"""A target with its period, by kind: a total is per period ("12 per month"); anything else
is only measured that often ("75 days, measured each quarter", never "75 days per
quarter")."""

YES_NO = {True: N_("yes"), False: N_("no")}

MENU = {
    "home": N_("Home"),
    "map": N_("Map"),
    "tracks": N_("Tracks"),
    "matrix": N_("Competency matrix"),
    "roles": N_("All roles"),
    "competencies": N_("Competencies"),
    "matrices": N_("Matrices"),
    "kpis": N_("KPIs"),
    "values": N_("Values"),
    "changelog": N_("Changelog"),
    "tags": N_("Tags"),
}
"""The site menu's own entries (generator/site/navigation.py); pages keep their titles."""
