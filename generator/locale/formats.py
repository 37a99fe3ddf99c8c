"""Numbers, amounts, percentages and dates in the build's language, from Babel's locale data.

Babel's patterns decide the separators and where the sign or symbol goes (150,000 in
English, 150 000 in French, 150.000 in German). Two choices are the handbook's own, not the
locale's: amounts and percentages show decimals only when they have them (a target is
"EUR 600,000", not "EUR 600,000.00"), and English keeps the forms the handbook has always
used, the currency code before the amount ("EUR 38,000") and ISO dates ("2026-10-01"),
since both read the same to every English-speaking reader.

The page scripts read the same separators from `number_symbols()`, through the page's
embedded JSON, so "36.500" typed into a German form is the number 36500.
"""

from __future__ import annotations

import datetime
import functools
import re
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent, get_currency_symbol

from generator import locale

_ENGLISH_CURRENCY = "¤¤ #,##0.##"
"""English: the ISO code, a space, the amount ("EUR 38,000"), as the handbook always wrote it."""


@functools.cache
def _locale(language: str) -> Locale:
    return Locale.parse(language)


def _optional_decimals(pattern: str) -> str:
    """The locale's positive pattern, with decimals shown only when there are any:
    "#,##0.00\u00a0¤" -> "#,##0.##\u00a0¤", "#,##0%" -> "#,##0.##%"."""
    positive = pattern.split(";")[0]
    return re.sub(r"([#,]*0)(\.0+)?", r"\1.##", positive, count=1)


def _decimal(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def number(value: float) -> str:
    """12 for 12.0, 12.5 for 12.5, thousands grouped as the language groups them."""
    return format_decimal(_decimal(value), format="#,##0.##", locale=_locale(locale.language()))


def one_decimal(value: float) -> str:
    """A ratio such as 3.0: always one decimal, in the language's own decimal sign."""
    return format_decimal(_decimal(value), format="#,##0.0", locale=_locale(locale.language()))


def percent(value: float) -> str:
    """A share given in percent (80 means 80%), in the language's form: 80%, 80 %."""
    where = _locale(locale.language())
    pattern = _optional_decimals(str(where.percent_formats[None].pattern))
    return format_percent(_decimal(value) / 100, format=pattern, locale=where)


def currency(value: float, code: str) -> str:
    """An amount in a currency, as the language writes it: EUR 38,000; 38 000 €; 38.000 €."""
    language = locale.language()
    where = _locale(language)
    if language == locale.SOURCE_LANGUAGE:
        pattern = _ENGLISH_CURRENCY
    else:
        pattern = _optional_decimals(str(where.currency_formats["standard"].pattern))
    return format_currency(
        _decimal(value), code, format=pattern, locale=where, currency_digits=False
    )


def date(value: datetime.date) -> str:
    """A date: 2026-10-01 in English, 1 octobre 2026, 1. Oktober 2026."""
    language = locale.language()
    if language == locale.SOURCE_LANGUAGE:
        return value.isoformat()
    return format_date(value, format="long", locale=_locale(language))


def pattern(kind: str) -> str:
    """The language's positive pattern for "percent" or "currency", such as "#,##0\u00a0%"."""
    where = _locale(locale.language())
    table = where.percent_formats if kind == "percent" else where.currency_formats
    found = table[None] if kind == "percent" else table["standard"]
    return str(found.pattern).split(";")[0]


def currency_symbol(code: str) -> str:
    """€ for EUR in French and German; a code Babel does not know stays as it is."""
    return get_currency_symbol(code, locale=_locale(locale.language()))


def number_symbols() -> dict[str, str]:
    """How a number is written in the build's language, for the page scripts' parsing."""
    symbols = _locale(locale.language()).number_symbols["latn"]
    return {"decimal": symbols["decimal"], "group": symbols["group"]}


def direction() -> str:
    """ "rtl" for a language written right to left, else "ltr"."""
    return "rtl" if _locale(locale.language()).character_order == "right-to-left" else "ltr"
