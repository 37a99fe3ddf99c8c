"""Field types shared by every model: strict text, slugs, flags and bounded numbers.

The loader keeps every scalar as the text that was typed, so these types decide what
a value means. Text fields take the text as it is (`NO` stays "NO"); numeric fields
parse it; flags accept only `true` and `false`, so `yes` never silently means true.
"""

from __future__ import annotations

import re
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


def suggest_slug(text: str) -> str:
    """The closest valid id to what was typed, for error hints."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:SLUG_MAX].rstrip("-") or "my-id"


def _check_text(value: str) -> str:
    if not value.strip():
        raise ValueError("this text is empty; write something or remove the key")
    return value


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
        raise ValueError(f"expected text here, not {kind}")
    return value


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

Flag = Annotated[bool, BeforeValidator(_flag)]
"""true or false, and nothing else (`yes`, `on`, `1` are refused)."""

Level = Annotated[int, Field(ge=1, le=20)]
Months = Annotated[int, Field(ge=0, le=240)]
Month = Annotated[int, Field(ge=1, le=36)]
Percent = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]
Number = Annotated[float, Field(allow_inf_nan=False)]
