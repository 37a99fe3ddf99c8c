"""Wording: every phrase the generator writes for readers, and every number it formats.

One home, so that a page, a macro in a guide, `ladder diff` and the self-assessment page's
script say the same thing the same way: 66.666 is "66.67%" everywhere, 24 to 36 months are
"2 to 3 years" everywhere.

How it is built, so that translations can plug in later:
- Phrases are patterns with named fields ("{number} days"), kept in the tables below and
  nowhere else. A translation replaces the tables (or routes each pattern through gettext in
  `_phrase`); no phrase is assembled from fragments in code.
- Where a phrase depends on a count it has CLDR plural forms ("one", "other").
- Formatting functions take plain values and return plain text (`str`). Their results hold
  only digits, the patterns' own words and, for a currency, the code from the YAML; the
  `*_markup` variants and `measure` put such ladder text through `plain` for pages.
- `script_wording()` hands the same tables to the self-assessment page's script as data, so
  the script has no copy of its own (see CONTRIBUTING.md, "Wording for the page script").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup

from generator.model import TARGET_FIELDS, Kpi, ReadinessRule, Role
from generator.site.text import plain

LOCALE = "en-GB"
"""The language and number conventions of the tables below (a BCP 47 tag)."""

# -- numbers ----------------------------------------------------------------------------------
MAX_DECIMALS = 2
"""Every number is rounded to at most this many decimals, trailing zeros dropped."""
RATIO_MIN_DECIMALS = 1
"""A ratio keeps at least one decimal ("3.0x"), as sales people write multiples."""
GROUP_SEPARATOR = ","
DECIMAL_SEPARATOR = "."

UNIT_PATTERNS: dict[str, dict[str, str]] = {
    "percent": {"other": "{number}%"},
    "currency": {"other": "{currency} {number}"},
    "count": {"other": "{number}"},
    "days": {"one": "{number} day", "other": "{number} days"},
    "ratio": {"other": "{number}x"},
    "score": {"other": "{number} / {max}"},
    "qualitative": {"other": "{number}"},
}
"""How an amount reads in each KPI unit. A currency without a code, and a score without a
scale, read as a count."""

# -- times --------------------------------------------------------------------------------------
MONTH_PATTERNS = {
    "one": "{count} month",
    "other": "{count} months",
    "range": "{low} to {high} months",
    "range_years": "{low} to {high} years",
    "up_to_years": "up to {high} years",
}
YEARS_FROM_MONTHS = 24
"""A range of whole years that reaches this many months reads in years: "2 to 3 years"."""

# -- kinds, directions, periods, targets ---------------------------------------------------------
MOVE_KINDS = {
    "promotion": "Promotion",
    "lateral": "Lateral move",
    "track-change": "Track change",
}

TRACK_KINDS = {
    "individual-contributor": "Individual contributor",
    "management": "Management",
    "specialist": "Specialist",
}

DIRECTIONS = {"higher-is-better": "higher is better", "lower-is-better": "lower is better"}

QUESTIONS = {
    "achieves": "What must be achieved",
    "skills": "Which skills are needed",
    "demonstrates": "What must be demonstrated",
    "knows": "What must be known",
}
"""The four assessment questions a competency level may answer, as pages name them."""

PERIODS = {
    "weekly": "per week",
    "monthly": "per month",
    "quarterly": "per quarter",
    "half-yearly": "per half year",
    "yearly": "per year",
}

TARGET_NAMES = dict(
    zip(TARGET_FIELDS, ("target", "lowest acceptable", "stretch"), strict=True),
)
"""What each number of a KPI target is called inside a sentence ("…, lowest acceptable
80%"); `target_label` gives the form that starts a line or a column. For a KPI where lower
is better, `target_names` says "highest acceptable" instead."""

LOWER_IS_BETTER_NAMES = {"threshold": "highest acceptable"}
"""The names that differ when lower is better: 90 days is the highest acceptable cycle."""

MIXED_THRESHOLD = "acceptable limit"
"""The threshold's name above a column of KPIs of both directions."""

PERIODS_EACH = {
    "weekly": "each week",
    "monthly": "each month",
    "quarterly": "each quarter",
    "half-yearly": "each half year",
    "yearly": "each year",
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
    "total": "{amount} {per_period}",
    "average": "{amount} on average, measured {each_period}",
    "rate": "{amount}, measured {each_period}",
    "duration": "{amount}, measured {each_period}",
}
"""A target with its period, by kind: a total is per period ("12 per month"); anything else
is only measured that often ("75 days, measured each quarter", never "75 days per
quarter")."""

DIRECTION_BOUNDS = {"higher-is-better": "at or above", "lower-is-better": "at or below"}
"""Where a result must be to meet a target, by direction."""

YES_NO = {True: "yes", False: "no"}

MENU = {
    "home": "Home",
    "map": "Map",
    "tracks": "Tracks",
    "matrix": "Competency matrix",
    "roles": "All roles",
    "competencies": "Competencies",
    "matrices": "Matrices",
    "kpis": "KPIs",
    "values": "Values",
    "changelog": "Changelog",
    "tags": "Tags",
}
"""The site menu's own entries (generator/site/navigation.py); pages keep their titles."""


def _phrase(pattern: str) -> str:
    """The one place a translation would look a pattern up (gettext); today: as written."""
    return pattern


def _plural(count: float) -> str:
    return "one" if count == 1 else "other"


def number(value: float, min_decimals: int = 0) -> str:
    """12 for 12.0, 12.5 for 12.5, 66.67 for 66.666, thousands separated: 150,000.

    Rounded to MAX_DECIMALS, trailing zeros dropped, but at least `min_decimals` kept."""
    whole, _, fraction = f"{value:,.{MAX_DECIMALS}f}".partition(".")
    fraction = fraction.rstrip("0").ljust(min_decimals, "0")
    return _separators(f"{whole}.{fraction}" if fraction else whole)


def _separators(text: str) -> str:
    if (GROUP_SEPARATOR, DECIMAL_SEPARATOR) == (",", "."):
        return text
    swapped = text.replace(",", "\0").replace(".", DECIMAL_SEPARATOR)
    return swapped.replace("\0", GROUP_SEPARATOR)


def percent(value: float) -> str:
    """A share: "80%", "66.67%". The one rule for every percentage the handbook shows."""
    return _phrase(UNIT_PATTERNS["percent"]["other"]).format(number=number(value))


def _shown(unit: str, value: float) -> str:
    return number(value, RATIO_MIN_DECIMALS if unit == "ratio" else 0)


def _amount_pattern(unit: str, value: float, currency: str | None, scale_max: float | None) -> str:
    if (unit == "currency" and not currency) or (unit == "score" and scale_max is None):
        unit = "count"
    forms = UNIT_PATTERNS.get(unit, UNIT_PATTERNS["count"])
    return _phrase(forms.get(_plural(value), forms["other"]))


def amount(
    unit: str, value: float | None, currency: str | None = None, scale_max: float | None = None
) -> str:
    """A value in a KPI unit as plain text: EUR 150,000; 100%; 3.0x; 45 days; 4.2 / 5.

    "" for no value. `currency` is the KPI's code, `scale_max` the top of a score's scale.
    """
    if value is None:
        return ""
    shown = _shown(unit, value)
    pattern = _amount_pattern(unit, value, currency, scale_max)
    top = number(scale_max) if scale_max is not None else ""
    return pattern.format(number=shown, currency=currency or "", max=top)


def kpi_amount(kpi: Kpi, value: float | None) -> str:
    """`amount` in this KPI's unit, as plain text (for `ladder diff`, exports, messages)."""
    scale_max = kpi.scale.max if kpi.scale else None
    return amount(kpi.unit, value, kpi.currency, scale_max)


def measure(kpi: Kpi, value: float | None) -> Markup:
    """`kpi_amount` for a page: the currency code, typed in the YAML, goes through `plain`."""
    if value is None:
        return Markup("")
    scale_max = kpi.scale.max if kpi.scale else None
    pattern = _amount_pattern(kpi.unit, value, kpi.currency, scale_max)
    return Markup(pattern).format(
        number=_shown(kpi.unit, value),
        currency=plain(kpi.currency) if kpi.currency else Markup(""),
        max=number(scale_max) if scale_max is not None else "",
    )


def months(low: int, high: int) -> str:
    """A time range in months, as a reader says it: "12 to 24 months", "2 to 3 years"."""
    if low == high:
        return month_count(low)
    if high >= YEARS_FROM_MONTHS and low % 12 == 0 and high % 12 == 0:
        key = "range_years" if low else "up_to_years"
        return _phrase(MONTH_PATTERNS[key]).format(low=low // 12, high=high // 12)
    return _phrase(MONTH_PATTERNS["range"]).format(low=low, high=high)


def month_count(count: int) -> str:
    """ "1 month", "9 months"."""
    return _phrase(MONTH_PATTERNS[_plural(count)]).format(count=count)


def target_names(direction: str) -> dict[str, str]:
    """field -> its name inside a sentence, for a KPI of this direction."""
    names = dict(TARGET_NAMES)
    if direction == "lower-is-better":
        names.update(LOWER_IS_BETTER_NAMES)
    return {field: _phrase(name) for field, name in names.items()}


def target_label(field: str, directions: str | list[str] = "higher-is-better") -> str:
    """The name of a KPI target's number where it starts a line or heads a column:
    "Lowest acceptable"; "Highest acceptable" where lower is better; above a column of KPIs
    of both directions, "Acceptable limit"."""
    kinds = {directions} if isinstance(directions, str) else set(directions)
    if field == "threshold" and len(kinds) > 1:
        name = _phrase(MIXED_THRESHOLD)
    else:
        name = target_names(next(iter(kinds), "higher-is-better"))[field]
    return name[:1].upper() + name[1:]


def kpi_kind(kpi: Kpi) -> str:
    """total, average, rate or duration: the KPI's own `kind:`, else what its unit implies."""
    return kpi.kind or DEFAULT_KPI_KINDS.get(kpi.unit, "rate")


def every_period(kpi: Kpi) -> str:
    """ "each quarter": how often the KPI is measured."""
    return _phrase(PERIODS_EACH[kpi.period])


def target_with_period(kpi: Kpi, value: float) -> Markup:
    """A target and how often it is measured, worded for the KPI's kind: "12 per month",
    "100%, measured each quarter", "EUR 38,000 on average, measured each quarter"."""
    return Markup(_phrase(KIND_PATTERNS[kpi_kind(kpi)])).format(
        amount=measure(kpi, value),
        per_period=_phrase(PERIODS[kpi.period]),
        each_period=every_period(kpi),
    )


def target_bound(kpi: Kpi) -> str:
    """ "at or above", or "at or below" where lower is better."""
    return _phrase(DIRECTION_BOUNDS[kpi.direction])


def yes_no(flag: bool) -> str:
    return _phrase(YES_NO[flag])


# -- sentences --------------------------------------------------------------------------------
def readiness_in_words(
    rule: ReadinessRule, source: Role, target: Role, kpis: Mapping[str, Kpi]
) -> list[Markup]:
    """The readiness rule as sentences a person can check themselves against. `kpis` (the
    ladder's) gives each KPI's direction: a lower-is-better one is met at or below target."""
    to_title, from_title = plain(target.title), plain(source.title)
    if rule.at_or_above_share >= 100:
        first = Markup(
            "Every competency {to} requires is rated at or above its required level."
        ).format(to=to_title)
    else:
        first = Markup(
            "At least {share} of the competencies {to} requires are rated "
            "at or above the required level."
        ).format(share=percent(rule.at_or_above_share), to=to_title)
    sentences = [first]
    if rule.largest_gap == 0:
        sentences.append(Markup("No competency is rated below the required level."))
    else:
        levels = "level" if rule.largest_gap == 1 else "levels"
        sentences.append(
            Markup("No competency is rated more than {gap} {levels} below it.").format(
                gap=rule.largest_gap, levels=levels
            )
        )
    if rule.kpis_at_target:
        sentences.append(_kpis_at_target(source, kpis))
    if rule.minimum_months_in_role:
        sentences.append(
            Markup("At least {time} as {role}.").format(
                time=month_count(rule.minimum_months_in_role), role=from_title
            )
        )
    return sentences


def _kpis_at_target(source: Role, kpis: Mapping[str, Kpi]) -> Markup:
    role = plain(source.title)
    lower = [kpis[k] for k in source.kpis if k in kpis and kpis[k].direction == "lower-is-better"]
    higher = [k for k in source.kpis if k in kpis and kpis[k].direction == "higher-is-better"]
    if not lower:
        return Markup("Every KPI of {role} is at or above its target (or expectation).").format(
            role=role
        )
    names = Markup(", ").join(plain(kpi.name) for kpi in lower)
    if not higher:
        return Markup(
            "Every KPI of {role} is at or below its target, as lower is better (or meets its "
            "expectation)."
        ).format(role=role)
    return Markup(
        "Every KPI of {role} meets its target: at or above it, or at or below it where lower "
        "is better ({names}); or meets its expectation."
    ).format(role=role, names=names)


# -- for the page script ----------------------------------------------------------------------
def script_wording() -> dict[str, Any]:
    """The formatting rules above as plain data, for the self-assessment page's script.

    Embedded in the page's JSON (`role_data()["wording"]`), so the script formats amounts,
    months, percentages and directions exactly as the pages do, without a copy of its own.
    Patterns use `{name}` fields; plural forms are keyed "one" and "other" (CLDR), "one"
    applying to the value 1 only. Keys (documented in CONTRIBUTING.md):

    - `locale`: a BCP 47 tag for the number conventions;
    - `number`: `max_decimals` (round, then drop trailing zeros), `ratio_min_decimals`,
      `group_separator` (thousands), `decimal_separator`;
    - `units`: unit -> plural forms -> pattern with `{number}`, `{currency}`, `{max}`; a
      currency KPI without a code and a score KPI without a scale use `count`;
    - `percent`: the pattern for any percentage (readiness shares too);
    - `months`: `one`, `other` (`{count}`), `range` (`{low}`, `{high}` in months),
      `range_years` and `up_to_years` (`{low}`, `{high}` in years), and `years_from`: a
      range whose ends are whole years and whose upper end is at least this many months
      reads in years (`up_to_years` when the lower end is 0);
    - `directions`, `periods`, `targets`: id -> phrase (targets: target, threshold,
      stretch as named inside a sentence).
    """
    return {
        "locale": LOCALE,
        "number": {
            "max_decimals": MAX_DECIMALS,
            "ratio_min_decimals": RATIO_MIN_DECIMALS,
            "group_separator": GROUP_SEPARATOR,
            "decimal_separator": DECIMAL_SEPARATOR,
        },
        "units": {
            unit: {form: _phrase(p) for form, p in forms.items()}
            for unit, forms in UNIT_PATTERNS.items()
        },
        "percent": _phrase(UNIT_PATTERNS["percent"]["other"]),
        "months": {
            **{key: _phrase(p) for key, p in MONTH_PATTERNS.items()},
            "years_from": YEARS_FROM_MONTHS,
        },
        "directions": {key: _phrase(p) for key, p in DIRECTIONS.items()},
        "periods": {key: _phrase(p) for key, p in PERIODS.items()},
        "targets": {key: _phrase(p) for key, p in TARGET_NAMES.items()},
    }
