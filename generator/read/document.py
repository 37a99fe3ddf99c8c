"""One file's data with the place of every key and value, as the loader hands it on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Loc = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


new_object = object.__new__
set_line = Position.__dict__["line"].__set__
set_column = Position.__dict__["column"].__set__


def position_at(line: int, column: int) -> Position:
    """`Position(line, column)` at half the cost, which matters once per key and value.

    A frozen dataclass's __init__ goes through object.__setattr__ for each field; writing the
    slots directly skips that and gives an equal object.
    """
    position = new_object(Position)
    set_line(position, line)
    set_column(position, column)
    return position


@dataclass
class Document:
    """One file's data. `values` and `keys` let the validator point at the text typed."""

    path: str
    data: dict[str, Any]
    values: dict[Loc, Position]
    keys: dict[Loc, Position]

    def value_position(self, loc: Loc) -> Position:
        """Where the value at `loc` starts; for a missing one, where its nearest parent starts."""
        while loc not in self.values and loc:
            loc = loc[:-1]
        return self.values.get(loc, Position(1, 1))

    def key_position(self, loc: Loc) -> Position:
        """Where the key of the entry at `loc` is written; else as `value_position`."""
        position = self.keys.get(loc)
        return position if position is not None else self.value_position(loc)
