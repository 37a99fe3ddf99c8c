"""Looking up what a macro names: a clear error with the closest id when it does not exist.

Shared by every family of macros (macros.py, guide_macros.py), so each says "there is no role
with the id ..." in the same words.
"""

from __future__ import annotations

from typing import TypeVar

from generator.site.overview_macros import MacroError
from generator.validate.messages import did_you_mean

T = TypeVar("T")


def find(macro: str, kind: str, things: dict[str, T], thing_id: object) -> T:
    if not isinstance(thing_id, str):
        raise MacroError(f'{macro}: give the {kind} id as text in quotes, like "my-id"')
    try:
        return things[thing_id]
    except KeyError:
        raise MacroError(
            f'{macro}: there is no {kind} with the id "{thing_id}"{did_you_mean(thing_id, things)}'
        ) from None


def check_choice(macro: str, kind: str, value: object, choices: tuple[str, ...]) -> None:
    if not isinstance(value, str) or value not in choices:
        raise MacroError(
            f'{macro}: "{value}" is not {kind}; use one of {", ".join(choices)}'
            f"{did_you_mean(str(value), choices)}"
        )
