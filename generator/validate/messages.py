"""Pydantic's validation errors, rewritten for people who edit YAML and never read Python.

Each error's `loc` is walked back to the line and column where the editor wrote the
value (or, for a missing key, where the mapping that lacks it starts), and its message
is replaced by one that says what is wrong and how to fix it.
"""

from __future__ import annotations

import difflib
import json
import types
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.problems import Problem
from generator.read.load import Document, Loc


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to a misspelt word, if any is near enough to be a fair guess."""
    others = [choice for choice in choices if choice != word]
    matches = difflib.get_close_matches(word, others, n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint naming the choice nearest to the word; never the word itself."""
    guess = closest(word, choices)
    return f'; did you mean "{guess}"?' if guess else ""


def validation_problems(
    error: ValidationError, document: Document, model: type[BaseModel]
) -> list[Problem]:
    return [_problem(detail, document, model) for detail in error.errors()]


def _problem(detail: ErrorDetails, document: Document, model: type[BaseModel]) -> Problem:
    kind = detail["type"]
    loc = data_loc(detail["loc"], document.data, keep_last=kind == "missing")
    if kind == "missing":
        parent = loc[:-1]
        place = document.value_position(parent)
        message = f"missing key {quote_key(loc[-1])}: add it here"
        if parent:
            message += f" (in {_describe(parent)})"
    elif kind == "extra_forbidden":
        place = document.key_position(loc)
        known = _field_names(model, loc[:-1])
        message = f"unknown key {quote_key(loc[-1])}" + (
            did_you_mean(str(loc[-1]), known) or _allowed(known)
        )
    elif "[key]" in detail["loc"]:
        place = document.key_position(loc)
        message = _explain(detail)
    else:
        place = document.value_position(loc)
        message = _explain(detail)
    return Problem(document.path, place.line, place.column, message)


def data_loc(loc: Sequence[int | str], data: Any, *, keep_last: bool = False) -> Loc:
    """The parts of pydantic's loc that name keys and list items in the file.

    Pydantic mixes its own parts into a loc (`"[key]"`, a union member such as `"float"`, a
    validator such as `"function-after[...]"`), and a key in the file may be spelt the same
    (`str:`, `"[":`, `notes[1]:`). So the loc is followed through the data itself: a part is
    kept when the data at that point holds it. A missing key is not in the data, so the last
    part of a "missing" error is kept as well.
    """
    kept: list[int | str] = []
    current = data
    for index, part in enumerate(loc):
        if _holds(current, part):
            kept.append(part)
            current = current[part]
        elif keep_last and index == len(loc) - 1:
            kept.append(part)
    return tuple(kept)


def _holds(data: Any, part: int | str) -> bool:
    if isinstance(data, dict):
        return isinstance(part, str) and part in data
    return isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)


def quote_key(key: int | str) -> str:
    """A key as typed, in double quotes, with anything unprintable escaped."""
    return json.dumps(str(key), ensure_ascii=False)


def _allowed(known: list[str]) -> str:
    if not known:
        return "; no keys are allowed here"
    return f"; allowed keys here: {', '.join(known)}"


def _describe(loc: Loc) -> str:
    parts = [f"item {p + 1}" if isinstance(p, int) else quote_key(p) for p in loc]
    return " > ".join(parts)


_PLAIN = {
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number, without decimals",
    "int_type": "expected a whole number",
    "float_parsing": "expected a number (digits, optionally with a decimal point)",
    "float_type": "expected a number",
    "finite_number": "expected an ordinary number, not infinity or NaN",
    "string_type": "expected text",
    "dict_type": "expected a mapping of keys to values (key: value lines)",
    "model_type": "expected a mapping of keys to values (key: value lines)",
    "model_attributes_type": "expected a mapping of keys to values (key: value lines)",
    "list_type": 'expected a list (one item per line, each starting with "- ")',
    "date_from_datetime_parsing": "expected a date as YYYY-MM-DD",
    "date_parsing": "expected a date as YYYY-MM-DD",
    "date_type": "expected a date as YYYY-MM-DD",
    "bool_parsing": "write true or false here",
}


def _explain(detail: ErrorDetails) -> str:
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    given = detail.get("input")
    if given is None and kind in {
        "string_type",
        "float_type",
        "int_type",
        "dict_type",
        "model_type",
        "list_type",
        "date_type",
    }:
        return "this value is empty; " + _PLAIN[kind].replace("expected", "write")
    if kind == "value_error":
        return str(ctx.get("error", detail["msg"]))
    if kind == "literal_error":
        choices = _literal_choices(str(ctx.get("expected", "")))
        if given is None:
            return f"this value is empty; write one of: {', '.join(choices)}"
        if not isinstance(given, str):
            what = _KINDS.get(type(given), "this value")
            return f"expected one word here, not {what}; use one of: {', '.join(choices)}"
        text = f'"{given}" is not allowed here; use one of: {", ".join(choices)}'
        guess = closest(str(given), choices)
        return text + (f' (did you mean "{guess}"?)' if guess else "")
    if kind in {"greater_than_equal", "greater_than"}:
        return f"must be at least {_number(ctx.get('ge', ctx.get('gt')))}, not {given}"
    if kind in {"less_than_equal", "less_than"}:
        return f"must be at most {_number(ctx.get('le', ctx.get('lt')))}, not {given}"
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return f"needs at least {least} item{'s' if least != 1 else ''}; this has none or too few"
    if kind == "too_long":
        return f"has too many items; at most {ctx.get('max_length')} are allowed"
    if kind in _PLAIN:
        shown = f', not "{given}"' if isinstance(given, str) and kind != "finite_number" else ""
        return _PLAIN[kind] + shown
    # Not expected for any input; still in our words, never the library's.
    return "this value is not allowed here; check what the key expects in CONTRIBUTING.md"


_KINDS = {
    dict: "a mapping (key: value)",
    list: "a list",
    type(None): "an empty value",
}


def _literal_choices(expected: str) -> list[str]:
    return [part.strip(" '\"") for part in expected.replace(" or ", ",").split(",") if part.strip()]


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed at a place in a file, for "did you mean" on an unknown key."""
    target = _type_at(model, loc)
    if isinstance(target, type) and issubclass(target, BaseModel):
        return list(target.model_fields)
    return []


def _type_at(annotation: Any, loc: Loc) -> Any:
    current = annotation
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = field.annotation
        elif get_origin(current) is list:
            current = get_args(current)[0]
        elif get_origin(current) is dict:
            current = get_args(current)[1]
        else:
            return None
    return _unwrap(current)


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and `X | None` down to the type that holds keys."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation
