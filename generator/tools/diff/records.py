"""The records `ladder diff` works with: changes, a comparison, and the renames between."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple, TypeVar

from pydantic import BaseModel

from generator.ladder import Ladder
from generator.locale import N_, _
from generator.tools.diff.pages import PageChange

Thing = Literal["ladder", "track", "role", "competency", "kpi"]
Action = Literal["added", "removed", "renamed", "changed"]
Style = Literal["value", "text", "item"]

THINGS: tuple[Thing, ...] = ("ladder", "track", "role", "competency", "kpi")
HEADINGS: dict[Thing, str] = {
    "ladder": N_("Handbook"),
    "track": N_("Tracks"),
    "role": N_("Roles"),
    "competency": N_("Competencies"),
    "kpi": N_("KPIs"),
}
"""The heading of each kind of thing (translated where it is written)."""


def heading(thing: Thing) -> str:
    """ "Roles", in the language words are written in now."""
    return _(HEADINGS[thing])


ARROW = "→"


@dataclass(frozen=True)
class Change:
    """One difference between two ladders, in words a reader of the handbook uses.

    `before` and `after` are plain text (not Markdown): a value (`style` "value", shown as
    before → after, "none" when unset), free text ("text", shown as a word-level diff), or
    one entry of a list or mapping ("item": added when `before` is None, removed when
    `after` is None).
    """

    thing: Thing
    id: str
    """The id in the new ladder; for a removal, the id it had."""
    name: str
    """The title or name shown on the site (the old one for a removal)."""
    action: Action
    aspect: str = ""
    """What changed, such as "level" or "competency Discovery"; empty for added/removed."""
    before: str | None = None
    after: str | None = None
    style: Style = "value"
    old_id: str | None = None
    """For a rename: the id before."""


@dataclass(frozen=True)
class Comparison:
    old_version: str
    new_version: str
    version_note: str | None
    """The new version's changelog summary, when the version changed."""
    changes: tuple[Change, ...]
    pages: tuple[PageChange, ...] = ()
    """The pages of the handbook that are added, removed or read differently."""
    language: str = "en"
    """The language the changes are worded in, and the summary is written in: the new
    ladder's."""

    def of(self, thing: Thing) -> list[Change]:
        return [change for change in self.changes if change.thing == thing]


class Detail(NamedTuple):
    """A change inside one thing, before it is labelled with the thing it belongs to."""

    aspect: str
    before: str | None
    after: str | None
    style: Style = "value"


M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Context:
    old: Ladder
    new: Ladder
    renamed: dict[Thing, dict[str, str]]
    """Per kind of thing: old id -> new id."""

    def current(self, thing: Thing, old_id: str) -> str:
        """An id of the old ladder as the new ladder spells it."""
        return self.renamed[thing].get(old_id, old_id)
