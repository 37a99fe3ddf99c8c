"""The guesses `ladder new` writes into a starting file: a role's level and a title from an id.

Each is only a starting point, and the file marks it TODO; but a good guess saves an editor
a mistake they might not notice. The ladder is read leniently, because other files may be
mid-edit when `ladder new` runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.read.load import load_document


def ids(ladder: Path, folder: str) -> list[str]:
    where = ladder / folder
    return sorted(p.stem for p in where.glob("*.yml")) if where.is_dir() else []


def _documents(ladder: Path, folder: str) -> list[dict[str, object]]:
    found = []
    for thing_id in ids(ladder, folder):
        document, _ = load_document(ladder / folder / f"{thing_id}.yml")
        if document is not None and isinstance(document.data, dict):
            found.append(document.data)
    return found


def levels_on(ladder: Path, track: str) -> dict[str, int]:
    """role id -> level, for the roles on a track."""
    levels = {}
    for data in _documents(ladder, "roles"):
        if data.get("track") != track:
            continue
        try:
            levels[str(data.get("id"))] = int(str(data.get("level")))
        except ValueError:
            continue
    return levels


@dataclass(frozen=True)
class LevelGuess:
    level: int
    why: str
    """Why this level, for the TODO comment beside it."""


def guess_level(role_id: str, levels: dict[str, int]) -> LevelGuess:
    """The level a new role on a track most likely has.

    - A variant of a role on the track (emea-account-executive beside account-executive)
      stands at that role's level.
    - Otherwise the track's next free level: the lowest level between its entry role and its
      top rung that no role of the track holds.
    - Only when every level in between is taken is it a new top rung, one above the highest.
    """
    if not levels:
        return LevelGuess(1, "the first role on the track")
    variants = [r for r in levels if r != role_id and f"-{r}-" in f"-{role_id}-"]
    if variants:
        closest = max(variants, key=len)
        return LevelGuess(levels[closest], f"the level of {closest}, which this id extends")
    taken = sorted(set(levels.values()))
    held = ", ".join(map(str, taken))
    for level in range(taken[0], taken[-1] + 1):
        if level not in taken:
            return LevelGuess(level, f"the track's next free level (its roles hold {held})")
    return LevelGuess(taken[-1] + 1, f"above the track's top rung (its roles hold {held})")


def _words_in_use(ladder: Path) -> set[str]:
    """Every word of the ladder's titles and names, as written."""
    words: set[str] = set()
    for folder, key in (("roles", "title"), ("tracks", "name"), ("competencies", "name")):
        for data in _documents(ladder, folder):
            words.update(str(data.get(key, "")).replace("/", " ").split())
    for data in _documents(ladder, "kpis"):
        words.update(str(data.get("name", "")).split())
    return words


def title_from_id(thing_id: str, ladder: Path) -> str:
    """emea-account-executive -> "EMEA account executive" when the ladder writes EMEA in a
    title or name, else "Emea account executive": sentence case, acronyms as the ladder
    writes them."""
    in_use = _words_in_use(ladder)
    words = []
    for n, word in enumerate(thing_id.split("-")):
        if len(word) > 1 and word.upper() in in_use:
            words.append(word.upper())
        else:
            words.append(word.capitalize() if n == 0 else word)
    return " ".join(words)
