"""The wording's formatting rules as plain data, for the self-assessment page's script.

The rules themselves live in wording.py; this module only hands them over, so that the page
script formats amounts, months, percentages and directions exactly as the pages do and keeps
no copy of its own (CONTRIBUTING.md, "Wording for the page script").
"""

from __future__ import annotations

from typing import Any

from babel import Locale

from generator import locale
from generator.site.phrases import DIRECTIONS, PERIODS, TARGET_NAMES
from generator.site.wording import (
    _FIELD,
    LOCALE,
    MAX_DECIMALS,
    MONTH_PATTERNS,
    RATIO_MIN_DECIMALS,
    UNIT_PATTERNS,
    YEARS_FROM_MONTHS,
    _english,
    _plural_message,
    _separators_now,
    _symbol,
    _unit_message,
    in_words,
)


def script_wording() -> dict[str, Any]:
    """The formatting rules of wording.py as plain data, for the self-assessment page's script.

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
    - `currencies`: ISO code -> the sign the language writes in its place (`EUR` -> `€` in
      French and German), for every code Babel's locale data gives a sign of its own;
      a code not listed is written as it is (always, in English);
    - `directions`, `periods`, `targets`: id -> phrase (targets: target, threshold,
      stretch as named inside a sentence).
    """
    group, decimal = _separators_now()

    def braces(message: str, **rename: str) -> str:
        """A message's %(name)s fields as the script's {name} fields."""
        return _FIELD.sub(
            lambda m: "{" + rename.get(m.group(1), m.group(1)) + "}", message
        ).replace("%%", "%")

    def forms(unit: str) -> dict[str, str]:
        one, other = (braces(_unit_message(unit, n), num="number", ratio="number") for n in (1, 2))
        return {"other": other} if one == other else {"one": one, "other": other}

    def plural(key: str, count: int, **rename: str) -> str:
        return braces(_plural_message(MONTH_PATTERNS[key], count), **rename)

    return {
        "locale": LOCALE if _english() else locale.language(),
        "number": {
            "max_decimals": MAX_DECIMALS,
            "ratio_min_decimals": RATIO_MIN_DECIMALS,
            "group_separator": group,
            "decimal_separator": decimal,
        },
        "units": {unit: forms(unit) for unit in UNIT_PATTERNS},
        "percent": braces(_unit_message("percent", 2)),
        "months": {
            "one": plural("count", 1, num="count"),
            "other": plural("count", 2, num="count"),
            "range": plural("range", 2),
            "range_years": plural("range_years", 2),
            "up_to_years": plural("up_to_years", 2, num="high"),
            "years_from": YEARS_FROM_MONTHS,
        },
        "currencies": currency_signs(),
        "directions": in_words(DIRECTIONS),
        "periods": in_words(PERIODS),
        "targets": in_words(TARGET_NAMES),
    }


def currency_signs() -> dict[str, str]:
    """ISO code -> the sign amounts show in its place in the build's language, where it is
    not the code itself (wording.py's rule: the code in English, Babel's symbol otherwise)."""
    if _english():
        return {}
    codes = Locale.parse(locale.language()).currency_symbols
    return {code: sign for code in sorted(codes) if (sign := _symbol(code)) != code}
