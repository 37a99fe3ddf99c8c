"""The words of `ladder diff`: what each field of the YAML is called in a summary, and the
names of kinds of thing. Marked with N_ and translated where they are used, so a summary is
written in the handbook's language (the new ladder's `language:`).

In English a field is named by its YAML key with spaces ("minimum months in role"); every
key of the model has an entry here, so a French or German summary names none in English
(tests/test_diff.py checks that a new field of the model gets one).
"""

from __future__ import annotations

from generator.locale import N_, _

FIELD_LABELS = {
    "accelerators": N_("accelerators"),
    "achieves": N_("achieves"),
    "adaptability": N_("adaptability"),
    "advantages": N_("advantages"),
    "aliases": N_("aliases"),
    "announced": N_("announced"),
    "at_or_above_share": N_("at or above share"),
    "base_share": N_("base share"),
    "carries_quota": N_("carries quota"),
    "category": N_("category"),
    "certifications": N_("certifications"),
    "checks": N_("checks"),
    "commission": N_("commission"),
    "compensation": N_("compensation"),
    "competencies": N_("competencies"),
    "competency_categories": N_("competency categories"),
    "currency": N_("currency"),
    "current_role": N_("current role"),
    "day_to_day": N_("day to day"),
    "definition": N_("definition"),
    "deliverables": N_("deliverables"),
    "demonstrates": N_("demonstrates"),
    "description": N_("description"),
    "direction": N_("direction"),
    "disadvantages": N_("disadvantages"),
    "entry_requirements": N_("entry requirements"),
    "entry_role": N_("entry role"),
    "examples": N_("examples"),
    "expectation": N_("expectation"),
    "expectations": N_("expectations"),
    "feedback": N_("feedback"),
    "feeds_pay_and_recognition": N_("feeds pay and recognition"),
    "format": N_("format"),
    "former_ids": N_("former ids"),
    "frequency": N_("frequency"),
    "goal": N_("goal"),
    "goal_setting": N_("goal setting"),
    "hiring_focus": N_("hiring focus"),
    "id": N_("id"),
    "in_practice": N_("in practice"),
    "kind": N_("kind"),
    "knows": N_("knows"),
    "kpis": N_("kpis"),
    "kpis_at_target": N_("kpis at target"),
    "language": N_("language"),
    "largest_gap": N_("largest gap"),
    "learning": N_("learning"),
    "level": N_("level"),
    "levels": N_("levels"),
    "look_for": N_("look for"),
    "lower_proficiency": N_("lower proficiency"),
    "max": N_("max"),
    "max_months": N_("max months"),
    "meaning": N_("meaning"),
    "measurement": N_("measurement"),
    "mentorship": N_("mentorship"),
    "min": N_("min"),
    "min_months": N_("min months"),
    "minimum_months_in_role": N_("minimum months in role"),
    "month": N_("month"),
    "name": N_("name"),
    "new_responsibilities": N_("new responsibilities"),
    "new_role": N_("new role"),
    "order": N_("order"),
    "organisation": N_("organisation"),
    "participants": N_("participants"),
    "pay_mix": N_("pay mix"),
    "payout": N_("payout"),
    "period": N_("period"),
    "plan_stages": N_("plan stages"),
    "proficiency": N_("proficiency"),
    "proficiency_scale": N_("proficiency scale"),
    "purpose": N_("purpose"),
    "ramp": N_("ramp"),
    "rating_scale": N_("rating scale"),
    "readiness": N_("readiness"),
    "responsibilities": N_("responsibilities"),
    "reviews": N_("reviews"),
    "role_page_tags": N_("role page tags"),
    "scale": N_("scale"),
    "skills": N_("skills"),
    "staying_current": N_("staying current"),
    "stretch": N_("stretch"),
    "strict": N_("strict"),
    "suits": N_("suits"),
    "summary": N_("summary"),
    "target": N_("target"),
    "text": N_("text"),
    "threshold": N_("threshold"),
    "title": N_("title"),
    "to": N_("to"),
    "track": N_("track"),
    "training": N_("training"),
    "transitions": N_("transitions"),
    "trial": N_("trial"),
    "trial_activities": N_("trial activities"),
    "typical_time": N_("typical time"),
    "unit": N_("unit"),
    "value": N_("value"),
    "values": N_("values"),
    "what": N_("what"),
}
"""Every key of the ladder's model, as a summary names it inside a line ("readiness › largest
gap"); the changelog's own keys are not compared (its notes are the version's)."""

TRACK_KINDS = {
    "individual-contributor": N_("individual contributor"),
    "management": N_("management"),
    "specialist": N_("specialist"),
}
"""A track's kind inside a line: "added: Partners (`partners`): specialist"."""


def label(key: str) -> str:
    """A field of the YAML as a summary names it; a key this table lacks reads as written."""
    found = FIELD_LABELS.get(key)
    return _(found) if found else key.replace("_", " ")


def word(table: dict[str, str], key: str | None) -> str | None:
    """One entry of a table of words (the track kinds here, the move kinds, units, directions
    and periods of site/phrases.py) in the summary's language; an unknown key as written."""
    if key is None:
        return None
    found = table.get(key)
    return _(found) if found else key.replace("-", " ")


TRUE_FALSE = {True: N_("true"), False: N_("false")}
NONE = N_("none")
"""What an unset value reads as: "60 days → none"."""


def none() -> str:
    return _(NONE)


def flag(value: bool) -> str:
    return _(TRUE_FALSE[value])


def labelled(text: str) -> str:
    """ "name:", with the colon as the language sets it after a label ("nom :" in French)."""
    return _("%(label)s:") % {"label": text}
