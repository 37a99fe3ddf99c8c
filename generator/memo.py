"""Work kept from one round to the next, for a preview that repeats the same work on every save.

`mkdocs serve` loads the whole ladder and weighs the whole search index after every save,
though a save changes one file or a few pages. A `Recent` remembers what the last round worked
out, by a key that holds everything the result depends on (a file's bytes, a text), so the
next round works out again only what changed. What a round did not use is forgotten when it
ends: the memo never holds more than one round's values, however long the preview runs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """Values by key, from the last round and the current one."""

    def __init__(self) -> None:
        self.last: dict[K, V] = {}
        self.now: dict[K, V] = {}

    def value(self, key: K, make: Callable[[], V]) -> V:
        """The value kept for `key`, else `make()`, kept for the next round."""
        found = self.now.get(key, _MISSING)
        if found is _MISSING:
            found = self.last.get(key, _MISSING)
            if found is _MISSING:
                found = make()
            self.now[key] = found  # type: ignore[assignment]
        return found  # type: ignore[return-value]

    def done(self) -> None:
        """A round ended: what it did not use is forgotten."""
        self.last, self.now = self.now, {}


_MISSING = object()
