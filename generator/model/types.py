"""Field types shared by every model: strict text, slugs, flags and bounded numbers.

The loader keeps every scalar as the text that was typed, so these types decide what
a value means. Text fields take the text as it is (`NO` stays "NO"); numeric fields
parse it; flags accept only `true` and `false`, so `yes` never silently means true.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_MAX = 64
# Names Windows refuses as file names; an id becomes a folder name in the built site.
RESERVED_IDS = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)
_SLUG = re.compile(SLUG_PATTERN)


def _check_slug(value: str) -> str:
    if len(value) > SLUG_MAX:
        raise ValueError(f"an id has at most {SLUG_MAX} characters; this one has {len(value)}")
    if not _SLUG.match(value):
        raise ValueError(
            f'"{value}" is not a valid id: use lowercase letters, digits and single hyphens, '
            f'like "{suggest_slug(value)}"'
        )
    if value in RESERVED_IDS:
        raise ValueError(f'"{value}" is a reserved device name on Windows; choose another id')
    return value


def is_slug(text: str) -> bool:
    """True when `text` is a valid id as it stands."""
    return len(text) <= SLUG_MAX and bool(_SLUG.match(text)) and text not in RESERVED_IDS


def suggest_slug(text: str) -> str:
    """The closest valid id to what was typed, for error hints; always itself a valid id.

    Accents are dropped (é -> e) and letters of other scripts that look like Latin ones are
    read as those (a Cyrillic "е" in "prospеcting" gives "prospecting"), so the hint names
    what the editor meant to type rather than a word with a hole in it.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LOOKALIKES).translate(_LIGATURES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    slug = slug[:SLUG_MAX].rstrip("-") or "my-id"
    return f"{slug}-1" if slug in RESERVED_IDS else slug


# Cyrillic and Greek letters that look like Latin ones, as people mistype them into ids.
_LOOKALIKES = str.maketrans(
    "аАвВеЕіІјЈкКмМнНоОрРсСтТуУхХѕЅԁԛԝɑαΑβΒεΕιΙκΚμΜνΝοΟρΡτΤυΥχΧ",
    "aAbBeEiIjJkKmMhHoOpPcCtTyYxXsSdqwaaABBeEiIkKuMvNoOpPtTuYxX",
)


# Letters that Unicode does not decompose into a base letter and an accent.
_LIGATURES = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "þ": "th",
        "Þ": "th",
    }
)


def _check_text(value: str) -> str:
    stripped = value.strip()
    if not stripped:
        raise ValueError("this text is empty; write something or remove the key")
    if stripped.isascii() and stripped.isprintable():
        return value  # the common case: it starts with a visible character
    if not any(unicodedata.category(c)[0] in _VISIBLE for c in value):
        raise ValueError(
            "this text has no visible character (only spaces, marks or invisible characters); "
            "write the text out, or remove the key"
        )
    return value


# Unicode categories of characters that show something by themselves: letters, numbers,
# punctuation and symbols (not separators, marks, or format and other invisible characters).
_VISIBLE = frozenset("LNPS")
# Numbers as an editor writes them: digits, at most one decimal point, a minus. No `1_00`,
# `0x1F`, `1e3`, `+5` or `.5`: those are read differently by different tools, or not at all.
_WHOLE = re.compile(r"-?[0-9]+")
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
MAX_DIGITS = 15  # beyond this a number loses digits as a float; no ladder figure is that long
_NUMBER_WORDS = frozenset({"nan", "inf", "infinity"})
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE_HINT = "expected a date written as YYYY-MM-DD, such as 2026-03-01"


def _number_hint(given: str) -> str:
    """What people usually type in a number field, and how to write it instead."""
    if not any(c.isdigit() for c in given):
        return ""  # not a number with extras, such as "three": the message says enough
    if given.strip().endswith("%"):
        return "; write percentages without the % sign, such as 100"
    if "_" in given:
        return "; write the digits without underscores, such as 1000"
    if given.lower().startswith(("0x", "-0x", "0o", "0b")):
        return "; write the number in ordinary decimal digits, such as 31"
    if "," in given or any(c.isalpha() for c in given.replace("e", "", 1)):
        return "; write the plain number, without units or thousands separators, such as 150000"
    if "e" in given.lower():
        return "; write the number out in digits, such as 1000000"
    return ""


def _spelt_number(value: Any, whole: bool) -> Any:
    """Only the plain spellings of a number; the number it spells, for pydantic's range checks."""
    if not isinstance(value, str):
        return value  # an empty value, a list or a mapping: pydantic's type error says so
    text = value.strip()
    if text.lstrip("+-").lower() in _NUMBER_WORDS:
        raise ValueError("expected an ordinary number, not infinity or NaN")
    if (_WHOLE if whole else _DECIMAL).fullmatch(text) is None:
        if whole and _DECIMAL.fullmatch(text):
            raise ValueError(f'expected a whole number, not "{value}"')
        what = "a whole number" if whole else "a number (digits, optionally with a decimal point)"
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise ValueError(f'expected {what}, not "{shown}"' + _number_hint(value))
    digits = sum(c.isdigit() for c in text)
    if digits > MAX_DIGITS:
        raise ValueError(
            f"this number has {digits} digits; a number here has at most {MAX_DIGITS} digits"
        )
    return int(text) if whole else float(text)


def _whole_number(value: Any) -> Any:
    return _spelt_number(value, whole=True)


def _decimal_number(value: Any) -> Any:
    return _spelt_number(value, whole=False)


def _spelt_date(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic would also take `0` (1970-01-01) and other spellings."""
    if value is None or isinstance(value, (dict, list)):
        return value
    text = str(value).strip()
    if _DATE.fullmatch(text) is None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValueError(f'{DATE_HINT}, not "{shown}"')
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f'"{text}" is not a day of the calendar; {DATE_HINT}') from None


def _flag(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise ValueError(f"write true or false here, not {value!r}")


def _strict_str(value: Any) -> Any:
    """Refuse mappings and lists where text is expected (pydantic would too, less clearly)."""
    if isinstance(value, (dict, list)):
        kind = "a mapping (key: value)" if isinstance(value, dict) else "a list"
        raise ValueError(f"expected text here, not {kind}" + _colon_hint(value))
    return value


def _colon_hint(value: Any) -> str:
    """Text with ": " inside reads as a mapping: `- Prospecting: two blocks a day`."""
    if not isinstance(value, dict) or len(value) != 1:
        return ""
    ((key, rest),) = value.items()
    if not isinstance(key, str) or not isinstance(rest, str | None):
        return ""
    text = f"{key}: {rest}" if rest else f"{key}:"
    if len(text) > 60:
        text = text[:57] + "..."
    quoted = text.replace('"', '\\"')
    return f'; text that contains ": " must be put in quotes, like "{quoted}"'


Slug = Annotated[
    str,
    BeforeValidator(_strict_str),
    StringConstraints(strict=True),
    AfterValidator(_check_slug),
    Field(json_schema_extra={"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX}),
]
"""An id: part of every address on the site, so it never changes meaning."""

Text = Annotated[
    str, BeforeValidator(_strict_str), StringConstraints(strict=True), AfterValidator(_check_text)
]
"""Plain text: shown exactly as typed, never interpreted as Markdown or HTML."""

Prose = Annotated[
    str,
    BeforeValidator(_strict_str),
    StringConstraints(strict=True),
    AfterValidator(_check_text),
    Field(json_schema_extra={"x-inline-markdown": True}),
]
"""Text that may use inline formatting: **bold**, *italics* and http(s)/mailto links."""

Formatted = Annotated[
    str,
    BeforeValidator(_strict_str),
    StringConstraints(strict=True),
    AfterValidator(_check_text),
    Field(json_schema_extra={"x-formatted-text": True}),
]
"""Text of one or more paragraphs that may hold lists (lines starting with "- ") and the
inline formatting of `Prose`; nothing else of Markdown or HTML is interpreted."""


def _text_or_list(value: Any) -> Any:
    if isinstance(value, dict):
        raise ValueError("write a text or a list of texts here, not a mapping (key: value)")
    if isinstance(value, list) and not value:
        raise ValueError("this list is empty; add an item or remove the key")
    return value


TextOrList = Annotated[Formatted | list[Text], BeforeValidator(_text_or_list)]
"""One formatted text, or a list of plain texts."""

Flag = Annotated[bool, BeforeValidator(_flag)]
"""true or false, and nothing else (`yes`, `on`, `1` are refused)."""

WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
"""A whole number written in digits, with a minus where negative numbers are allowed."""
ProficiencyGap = Annotated[int, Field(ge=0, le=10), BeforeValidator(_whole_number)]
DecimalNumber = Annotated[float, Field(allow_inf_nan=False), BeforeValidator(_decimal_number)]
"""A number written in digits, with at most one decimal point."""

Level = Annotated[int, Field(ge=1, le=20), BeforeValidator(_whole_number)]
Months = Annotated[int, Field(ge=0, le=240), BeforeValidator(_whole_number)]
Month = Annotated[int, Field(ge=1, le=36), BeforeValidator(_whole_number)]
Percent = Annotated[
    float, Field(ge=0, le=100, allow_inf_nan=False), BeforeValidator(_decimal_number)
]
Number = DecimalNumber
Date = Annotated[datetime.date, BeforeValidator(_spelt_date)]
"""A day written as YYYY-MM-DD."""
