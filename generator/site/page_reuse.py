"""Which generated pages a save can change, so that a preview renders only those again.

Rendering every page's Markdown is most of what a save costs on a large ladder (about 3 s of
CPU at 300 roles, over four fifths of it the pages of single roles). A preview keeps the
pages it rendered with the ladder as it was before the save, and after the save renders:

- the pages of a role (its page, expectations, self-assessment and the transitions out of
  it) when the role changed, or a role on its track changed, or a role it moves to or from
  changed, before or after the save;
- a track's page and matrix when one of those roles is on the track;
- a competency's page when a role that changed names the competency, before or after;
- every page that belongs to no single role, track or competency (the indexes, the KPIs,
  values, map and changelog pages), since any of them may list any role;
- every page when anything but the roles' own files changed: the handbook, a track, a
  competency, a KPI, which roles there are, where they are defined, the page templates or
  the catalogues of words; and when the save adds or removes a page.

The others keep their Markdown. The rule follows what the built-in templates show, and
tests/test_page_reuse.py checks it against full renders for every kind of change to a role,
so a template that starts showing more of other roles fails there. A site with templates of
its own (templates/ladder/ in the theme's folder) always has every page rendered again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.ladder import Ladder
from generator.site import render
from generator.site.addresses import competency_path, matrix_path, role_path, track_path
from generator.site.pages import Page, build_pages, build_some_pages

LOCALE = Path(render.__file__).parent.parent / "locale"


@dataclass(frozen=True)
class Rendered:
    ladder: Ladder
    sources: tuple[tuple[str, int, int], ...]
    pages: dict[str, Page]


class PageReuse:
    """The pages of the last render, and the ladder and templates they were rendered from."""

    def __init__(self) -> None:
        self.last: Rendered | None = None
        self.rendered = 0
        """How many pages the last call rendered (the others were kept)."""

    def pages(self, ladder: Ladder, overrides: Path | None = None) -> list[Page]:
        """Every generated page, as `build_pages` makes them."""
        sources = template_sources(overrides)
        last, wanted = self.last, None
        if last is not None and last.sources == sources and not _own_templates(overrides):
            wanted = reach(last.ladder, ladder)
        pages = None
        if last is not None and wanted is not None:
            some = build_some_pages(ladder, wanted, overrides)
            paths = [p if isinstance(p, str) else p.path for p in some]
            if set(paths) == set(last.pages):  # the same pages: keep the ones not rendered
                pages = [last.pages[p] if isinstance(p, str) else p for p in some]
                self.rendered = sum(isinstance(p, Page) for p in some)
        if pages is None:
            pages = build_pages(ladder, overrides)
            self.rendered = len(pages)
        self.last = Rendered(ladder, sources, {page.path: page for page in pages})
        return pages


def reach(before: Ladder, after: Ladder) -> Callable[[str], bool] | None:
    """Which pages the change from `before` to `after` can change (by path), or None when
    it can change any page."""
    if (
        before.handbook != after.handbook
        or before.tracks != after.tracks
        or before.competencies != after.competencies
        or before.kpis != after.kpis
        or set(before.roles) != set(after.roles)
        or before.sources != after.sources
    ):
        return None
    changed = {rid for rid, role in after.roles.items() if before.roles[rid] != role}
    touched = set(changed)
    tracks: set[str] = set()
    competencies: set[str] = set()
    for ladder in (before, after):
        for rid in changed:
            role = ladder.roles[rid]
            touched |= {other.id for other in ladder.roles_on(role.track)}
            competencies |= set(role.covers())
        for move in ladder.moves():
            if move.source.id in changed or move.target.id in changed:
                touched |= {move.source.id, move.target.id}
    for ladder in (before, after):
        tracks |= {ladder.roles[rid].track for rid in touched}
    owners = {_folder(role_path(rid)): ("role", rid) for rid in after.roles}
    owners |= {_folder(track_path(tid)): ("track", tid) for tid in after.tracks}
    owners |= {_folder(matrix_path(tid)): ("track", tid) for tid in after.tracks}
    owners |= {_folder(competency_path(cid)): ("competency", cid) for cid in after.competencies}
    reached = {("role", r) for r in touched} | {("track", t) for t in tracks}
    reached |= {("competency", c) for c in competencies}

    def wanted(path: str) -> bool:
        owner = _owner(path, owners)
        return changed != set() and (owner is None or owner in reached)

    return wanted


def template_sources(overrides: Path | None) -> tuple[tuple[str, int, int], ...]:
    """Each page template and catalogue of words, with its time and size: a change to any
    may change every page."""
    found = []
    folders = [render.TEMPLATES, LOCALE] + ([overrides] if overrides is not None else [])
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file() and path.suffix in (".j2", ".po", ".mo"):
                stat = path.stat()
                found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def _own_templates(overrides: Path | None) -> bool:
    return overrides is not None and any(overrides.glob("*.j2"))


def _folder(path: str) -> str:
    return path.rsplit("/", 1)[0] + "/"


def _owner(path: str, owners: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The role, track or competency whose folder holds the page (roles/<id>/...), if any."""
    parts = path.split("/")
    for depth in range(1, len(parts)):
        owner = owners.get("/".join(parts[:depth]) + "/")
        if owner is not None:
            return owner
    return None
