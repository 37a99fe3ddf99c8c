"""Wording: every phrase the generator writes for readers, and every number it formats.

One home, so that a page, a macro in a guide, `ladder diff` and the self-assessment page's
script say the same thing the same way: 66.666 is "66.67%" everywhere, 24 to 36 months are
"2 to 3 years" everywhere.

How it is built, so that every word and format follows the handbook's language
(generator.locale, set once per build from `language:` in handbook.yml):
- Phrases are gettext messages with named fields ("%(num)s days"), kept here and nowhere
  else; tables of words are marked with N_ and translated where they are used (`in_words`).
  No phrase is assembled from fragments in code.
- Where a phrase depends on a count, the catalogue's plural forms decide (`ngettext`).
- Separators, and the form of percentages, amounts and dates in languages other than
  English, come from Babel's locale data (generator/locale/formats.py).
- Formatting functions take plain values and return plain text (`str`). Their results hold
  only digits, the patterns' own words and, for a currency, the code from the YAML; the
  `*_markup` variants and `measure` put such ladder text through `plain` for pages.
- `script_wording()` hands the same tables to the self-assessment page's script as data, so
  the script has no copy of its own (see CONTRIBUTING.md, "Wording for the page script").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping

from markupsafe import Markup

from generator import locale
from generator.locale import N_, NP_, _, formats, ngettext
from generator.model import Kpi, ReadinessRule, Role
from generator.site.phrases import (
    DEFAULT_KPI_KINDS,
    KIND_PATTERNS,
    LOWER_IS_BETTER_NAMES,
    MENU,
    MIXED_THRESHOLD,
    PERIODS,
    PERIODS_EACH,
    TARGET_NAMES,
    YES_NO,
)
from generator.site.text import plain

LOCALE = "en-GB"
"""The number conventions of English handbooks (a BCP 47 tag); other languages use their code."""

# -- numbers ----------------------------------------------------------------------------------
MAX_DECIMALS = 2
"""Every number is rounded to at most this many decimals, trailing zeros dropped."""
RATIO_MIN_DECIMALS = 1
"""A ratio keeps at least one decimal ("3.0x"), as sales people write multiples."""
GROUP_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
"""English; other languages take theirs from Babel (`formats.number_symbols`)."""

UNIT_PATTERNS: dict[str, tuple[str, str] | str] = {
    "percent": "%(number)s%%",
    "currency": "%(currency)s %(number)s",
    "count": "%(number)s",
    "days": NP_("%(num)s day", "%(num)s days"),
    "ratio": N_("%(ratio)sx"),
    "score": N_("%(number)s / %(max)s"),
    "qualitative": "%(number)s",
}
"""How an amount reads in each KPI unit: a message, or a singular and plural pair. A currency
without a code, and a score without a scale, read as a count. Percentages and amounts in a
currency take their form from the language's locale data, except in English (as above)."""

# -- times --------------------------------------------------------------------------------------
MONTH_PATTERNS = {
    "count": NP_("%(num)d month", "%(num)d months"),
    "range": NP_("%(low)d to %(high)d month", "%(low)d to %(high)d months"),
    "range_years": NP_("%(low)d to %(high)d year", "%(low)d to %(high)d years"),
    "up_to_years": NP_("up to %(num)d year", "up to %(num)d years"),
}
"""Singular and plural forms; a range takes the plural form of its upper end."""
YEARS_FROM_MONTHS = 24
"""A range of whole years that reaches this many months reads in years: "2 to 3 years"."""

_FIELD = re.compile(r"%\((\w+)\)[sd]")

# -- punctuation -------------------------------------------------------------------------------
LABEL = N_("%(label)s:")
"""A label before its text; French sets a no-break space before the colon ("Écart\u00a0:")."""
LIST_SEPARATOR = N_("; ")
"""Between items a comma cannot separate (they may hold commas); French "\u00a0; "."""


def _phrase(pattern: str) -> str:
    """A phrase in the build's language (the catalogue's, when it has one)."""
    return _(pattern)


def in_words(words: dict[str, str]) -> dict[str, str]:
    """A table of words (MOVE_KINDS, ...) in the build's language."""
    return {key: _(text) for key, text in words.items()}


def menu() -> dict[str, str]:
    """The menu's entries in the build's language."""
    return in_words(MENU)


def labelled(label: str, text: str) -> str:
    """A text after its label, punctuated as the language does: "Gap: 1 level" ("Écart\u00a0:
    1 niveau" in French). The page script follows the same catalogue messages."""
    return _phrase(LABEL) % {"label": label} + " " + text


def in_a_list(items: Iterable[str]) -> str:
    """Items one after another, between semicolons as the language sets them: "a; b"
    ("a\u00a0; b" in French)."""
    return _phrase(LIST_SEPARATOR).join(items)


def _english() -> bool:
    return locale.language() == locale.SOURCE_LANGUAGE


def _fill(message: str, **values: object) -> str:
    """A message with its %(name)s fields filled: the one way phrases get their values."""
    return _FIELD.sub(lambda m: str(values[m.group(1)]), message).replace("%%", "%")


def _plural_message(forms: tuple[str, str], count: float) -> str:
    """The catalogue's form for `count` (1.5 days takes the plural; -2 the form of 2, as in
    CLDR, which the page script follows)."""
    return ngettext(forms[0], forms[1], abs(int(count)) if float(count).is_integer() else 2)


def _separators_now() -> tuple[str, str]:
    if _english():
        return GROUP_SEPARATOR, DECIMAL_SEPARATOR
    symbols = formats.number_symbols()
    return symbols["group"], symbols["decimal"]


def number(value: float, min_decimals: int = 0) -> str:
    """12 for 12.0, 12.5 for 12.5, 66.67 for 66.666, thousands separated: 150,000
    (150 000 in French, 150.000 in German).

    Rounded to MAX_DECIMALS, trailing zeros dropped, but at least `min_decimals` kept."""
    whole, _sep, fraction = f"{value:,.{MAX_DECIMALS}f}".partition(".")
    fraction = fraction.rstrip("0").ljust(min_decimals, "0")
    return _separators(f"{whole}.{fraction}" if fraction else whole)


def _separators(text: str) -> str:
    group, decimal = _separators_now()
    if (group, decimal) == (",", "."):
        return text
    swapped = text.replace(",", "\0").replace(".", decimal)
    return swapped.replace("\0", group)


def _locale_pattern(kind: str) -> str:
    """The language's form of a percentage or an amount, with fields: "%(number)s\u00a0%%"."""
    pattern = formats.pattern(kind)
    pattern = re.sub(r"[#0,.]+", "%(number)s", pattern, count=1).replace("%", "%%")
    return pattern.replace("%%(number)s", "%(number)s").replace("¤", "%(currency)s")


def _unit_message(unit: str, value: float) -> str:
    if unit in ("percent", "currency") and not _english():
        return _locale_pattern(unit)
    forms = UNIT_PATTERNS[unit]
    if isinstance(forms, tuple):
        return _plural_message(forms, value)
    return _(forms) if unit in ("ratio", "score") else forms


def percent(value: float) -> str:
    """A share: "80%", "66.67%" (80 % in French). The one rule for every percentage shown."""
    return _fill(_unit_message("percent", value), number=number(value))


def _shown(unit: str, value: float) -> str:
    return number(value, RATIO_MIN_DECIMALS if unit == "ratio" else 0)


def _amount_pattern(unit: str, value: float, currency: str | None, scale_max: float | None) -> str:
    if (unit == "currency" and not currency) or (unit == "score" and scale_max is None):
        unit = "count"
    return _unit_message(unit if unit in UNIT_PATTERNS else "count", value)


def _symbol(currency: str) -> str:
    """The currency as the language writes it: the code in English, € in French."""
    return currency if _english() else formats.currency_symbol(currency)


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
    symbol = _symbol(currency) if currency else ""
    return _fill(pattern, number=shown, num=shown, ratio=shown, currency=symbol, max=top)


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
    shown = _shown(kpi.unit, value)
    return Markup(
        _fill(
            str(Markup.escape(pattern)),
            number=shown,
            num=shown,
            ratio=shown,
            currency=plain(_symbol(kpi.currency)) if kpi.currency else Markup(""),
            max=number(scale_max) if scale_max is not None else "",
        )
    )


def months(low: int, high: int) -> str:
    """A time range in months, as a reader says it: "12 to 24 months", "2 to 3 years"."""
    if low == high:
        return month_count(low)
    if high >= YEARS_FROM_MONTHS and low % 12 == 0 and high % 12 == 0:
        if not low:
            message = _plural_message(MONTH_PATTERNS["up_to_years"], high // 12)
            return _fill(message, num=high // 12)
        message = _plural_message(MONTH_PATTERNS["range_years"], high // 12)
        return _fill(message, low=low // 12, high=high // 12)
    return _fill(_plural_message(MONTH_PATTERNS["range"], high), low=low, high=high)


def month_count(count: int) -> str:
    """ "1 month", "9 months"."""
    return _fill(_plural_message(MONTH_PATTERNS["count"], count), num=count)


LEVEL_COUNT = NP_("%(count)s level", "%(count)s levels")
"""A count of proficiency levels, as a gap is counted (the page script's "levels" too)."""


def level_count(count: int) -> str:
    """ "1 level", "2 levels" (French "1 niveau", "2 niveaux"): a gap in proficiency levels."""
    return _fill(_plural_message(LEVEL_COUNT, count), count=number(count))


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


def yes_no(flag: bool) -> str:
    return _(YES_NO[flag])


def stamp(organisation: str) -> dict[str, str]:
    """The words of the version stamp at the end of every page (overrides/main.html):
    "Kestrel Ledger career ladder, version 2026.2", the version being a link."""
    return {
        "ladder": _("%(organisation)s career ladder,") % {"organisation": organisation},
        "version": _("version"),
    }


def site_title(organisation: str) -> str:
    """The site's title, in the browser tab and the page header: "Acme career handbook"."""
    return _("%(organisation)s career handbook") % {"organisation": organisation}


def site_summary(organisation: str) -> str:
    """The description search engines and link previews show."""
    return _(
        "Career paths, roles and what each role expects at %(organisation)s: the handbook "
        "used in hiring, reviews and promotions."
    ) % {"organisation": organisation}


def date(value: datetime.date) -> str:
    """A date: 2026-10-01 in English, 1 octobre 2026 in French, 1. Oktober 2026 in German."""
    return formats.date(value)


# -- sentences --------------------------------------------------------------------------------
def readiness_in_words(
    rule: ReadinessRule, source: Role, target: Role, kpis: Mapping[str, Kpi]
) -> list[Markup]:
    """The readiness rule as sentences a person can check themselves against. `kpis` (the
    ladder's) gives each KPI's direction: a lower-is-better one is met at or below target."""
    to_title, from_title = plain(target.title), plain(source.title)
    if rule.at_or_above_share >= 100:
        first = Markup(
            _("Every competency %(role)s requires is rated at or above its required level.")
        ) % {"role": to_title}
    else:
        first = Markup(
            _(
                "At least %(share)s of the competencies %(role)s requires are rated "
                "at or above the required level."
            )
        ) % {"share": percent(rule.at_or_above_share), "role": to_title}
    sentences = [first]
    if rule.largest_gap == 0:
        sentences.append(Markup(_("No competency is rated below the required level.")))
    else:
        gap = ngettext(
            "No competency is rated more than %(num)d level below it.",
            "No competency is rated more than %(num)d levels below it.",
            rule.largest_gap,
        )
        sentences.append(Markup(gap) % {"num": rule.largest_gap})
    if rule.kpis_at_target:
        sentences.append(_kpis_at_target(source, kpis))
    if rule.minimum_months_in_role:
        months_in_role = rule.minimum_months_in_role
        time = ngettext(
            "At least %(num)d month as %(role)s.",
            "At least %(num)d months as %(role)s.",
            months_in_role,
        )
        sentences.append(Markup(time) % {"num": months_in_role, "role": from_title})
    return sentences


def _kpis_at_target(source: Role, kpis: Mapping[str, Kpi]) -> Markup:
    role = plain(source.title)
    lower = [kpis[k] for k in source.kpis if k in kpis and kpis[k].direction == "lower-is-better"]
    higher = [k for k in source.kpis if k in kpis and kpis[k].direction == "higher-is-better"]
    if not lower:
        return Markup(_("Every KPI of %(role)s is at or above its target (or expectation).")) % {
            "role": role
        }
    names = Markup(", ").join(plain(kpi.name) for kpi in lower)
    if not higher:
        return Markup(
            _(
                "Every KPI of %(role)s is at or below its target, as lower is better (or meets "
                "its expectation)."
            )
        ) % {"role": role}
    return Markup(
        _(
            "Every KPI of %(role)s meets its target: at or above it, or at or below it where "
            "lower is better (%(names)s); or meets its expectation."
        )
    ) % {"role": role, "names": names}
