"""Pages: which pages the handbook has, rendered from which template.

`build_pages(ladder)` is the whole public interface: every generated page as Markdown with
front matter, in a fixed order, so the MkDocs adapter and `ladder stage` serve the same bytes.
Addresses come from `generator.site.addresses` (ids only), lookups from
`generator.site.index` (built once per build), words from `generator.site.wording`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import locale
from generator.ladder import Ladder
from generator.model import TARGET_FIELDS, Competency, Role
from generator.site import diagram
from generator.site.addresses import (
    PATHS,
    Paths,
    competency_path,
    expectations_path,
    matrix_path,
    role_path,
    self_assessment_path,
    track_path,
    transition_path,
    version_anchor,
)
from generator.site.front_matter import search_weight
from generator.site.index import Index
from generator.site.phrases import (
    CHANGE_KINDS,
    DIRECTIONS,
    MOVE_KINDS,
    MOVES_IN_A_SENTENCE,
    PERIODS,
    QUESTIONS,
    REPORTED,
    TRACK_KINDS,
    UNITS,
)
from generator.site.render import environment, render_page
from generator.site.role_data import role_data
from generator.site.text import plain
from generator.site.wording import (
    every_period,
    in_words,
    measure,
    readiness_in_words,
    target_label,
    target_names,
    target_with_period,
)


@dataclass(frozen=True)
class Page:
    path: str
    """Docs-relative source path, e.g. "roles/account-executive/index.md"."""
    content: str
    """The complete Markdown, starting with YAML front matter."""


# -- building ----------------------------------------------------------------------------------
class _Builder:
    def __init__(
        self, ladder: Ladder, env: jinja2.Environment, wanted: Callable[[str], bool] | None = None
    ) -> None:
        self.ladder = ladder
        self.env = env
        self.wanted = wanted
        self.index = Index.of(ladder)
        index = self.index
        # Which optional pages exist: a page with nothing to show is left out, and so are
        # the links and menu entries that would lead to it.
        self.matrix_tracks = {
            track_id
            for track_id, roles in index.roles_on.items()
            if any(role.covers() for role in roles)
        }
        ratings = bool(ladder.handbook.rating_scale)
        self.self_assessed = {
            role.id for role in ladder.roles.values() if (role.covers() and ratings) or role.kpis
        }
        self.common: dict[str, Any] = {
            "has_map": any(index.moves_out.values()),
            "has_kpis": bool(ladder.kpis),
            "has_values": bool(ladder.handbook.values),
            "questions": in_words(QUESTIONS),
            "ladder": ladder,
            "handbook": ladder.handbook,
            "index": self.index,
            "paths": PATHS,
            "move_kinds": in_words(MOVE_KINDS),
            "track_kinds": in_words(TRACK_KINDS),
            "directions": in_words(DIRECTIONS),
            "periods": in_words(PERIODS),
            "moves_in_a_sentence": in_words(MOVES_IN_A_SENTENCE),
            "units": in_words(UNITS),
            "reported": in_words(REPORTED),
            "change_kinds": in_words(CHANGE_KINDS),
            "target_fields": TARGET_FIELDS,
            "target_names": target_names,
            "target_label": target_label,
            "target_with_period": target_with_period,
            "every_period": every_period,
            "proficiency": lambda pid: plain(ladder.proficiency_name(pid)),
            "rank": self.index.ranks.get,
            "value_named": self.index.values.get,
            "measure": measure,
            "readiness_in_words": readiness_in_words,
            "anchor": version_anchor,
            "changelog": sorted(
                ladder.handbook.changelog, key=lambda note: note.date, reverse=True
            ),
            "value_on_tracks": {
                v.id: [(t, e) for t in ladder.tracks.values() for e in t.values if e.value == v.id]
                for v in ladder.handbook.values
            },
            "value_in_roles": {
                v.id: [(r, e) for r in ladder.roles.values() for e in r.values if e.value == v.id]
                for v in ladder.handbook.values
            },
        }

    def page(self, template: str, path: str, **context: Any) -> Page | str:
        if self.wanted is not None and not self.wanted(path):
            return path
        weight = search_weight(template)
        content = render_page(self.env, template, path, {**self.common, **weight, **context})
        return Page(path, content)

    def pages(self) -> Iterator[Page | str]:
        ladder, index = self.ladder, self.index
        if self.common["has_map"]:
            svg = diagram.map_svg(ladder, index.moves_out, Paths.map())
            yield self.page("map.md.j2", Paths.map(), svg=svg)
        yield self.page("tracks.md.j2", Paths.tracks())
        for track in ladder.tracks.values():
            roles = index.roles_on[track.id]
            ids = {role.id for role in roles}
            moves_in = [m for r in roles for m in index.moves_in[r.id] if m.source.id not in ids]
            moves_out = [m for r in roles for m in index.moves_out[r.id] if m.target.id not in ids]
            yield self.page(
                "track.md.j2",
                track_path(track.id),
                track=track,
                roles=roles,
                moves_in=moves_in,
                moves_out=moves_out,
                has_matrix=track.id in self.matrix_tracks,
            )
        yield self.page("roles.md.j2", Paths.roles())
        for role in ladder.roles.values():
            yield from self.role_pages(role)
        if ladder.competencies:
            yield self.page(
                "competencies.md.j2", Paths.competencies(), groups=self.groups(ladder.competencies)
            )
        for competency in ladder.competencies.values():
            yield self.page(
                "competency.md.j2",
                competency_path(competency.id),
                competency=competency,
                requiring=index.requiring.get(competency.id, []),
            )
        matrix_tracks = [t for t in ladder.tracks.values() if t.id in self.matrix_tracks]
        if matrix_tracks:
            yield self.page("matrices.md.j2", Paths.matrices(), matrix_tracks=matrix_tracks)
        for track in matrix_tracks:
            roles = index.roles_on[track.id]
            needed = {c for role in roles for c in role.covers()}
            competencies = {c.id: c for c in ladder.competencies.values() if c.id in needed}
            yield self.page(
                "matrix.md.j2",
                matrix_path(track.id),
                track=track,
                roles=roles,
                groups=self.groups(competencies),
            )
        if ladder.kpis:
            yield self.page("kpis.md.j2", Paths.kpis(), measured_by=index.measured_by)
        if ladder.handbook.values:
            yield self.page("values.md.j2", Paths.values())
        yield self.page("changelog.md.j2", Paths.changelog())

    def groups(self, competencies: dict[str, Competency]) -> list[tuple[Any, list[Competency]]]:
        """Competencies by category, in the handbook's order; those without one last, under
        no category (None)."""
        found: list[tuple[Any, list[Competency]]] = []
        for category in self.ladder.handbook.competency_categories:
            members = [c for c in competencies.values() if c.category == category.id]
            if members:
                found.append((category, members))
        rest = [c for c in competencies.values() if c.category is None]
        if rest:
            found.append((None, rest))
        return found

    def role_pages(self, role: Role) -> Iterator[Page | str]:
        index = self.index
        moves = index.moves_out[role.id]
        assessed = role.id in self.self_assessed
        page_path, expectations = role_path(role.id), expectations_path(role.id)
        assessment = self_assessment_path(role.id)
        transitions = [transition_path(role.id, move.target.id) for move in moves]
        paths = [page_path, expectations, *([assessment] if assessed else []), *transitions]
        if self.wanted is not None and not any(self.wanted(path) for path in paths):
            yield from paths  # none is rendered again: not even their context is worked out
            return
        requirements = index.requirements(role)
        track = self.ladder.track_of(role)
        kinds = self.ladder.handbook.role_page_tags
        tags = [track.name] if "track" in kinds else []
        if "competencies" in kinds:
            tags += [r.competency.name for r in requirements]
        context = {
            "role": role,
            "tags": list(dict.fromkeys(tags)),
            "has_self_assessment": assessed,
            "track": track,
            "requirements": requirements,
            "targets": index.targets(role),
            "values": index.values_in(role),
            "moves_in": index.moves_in[role.id],
            "moves_out": moves,
        }
        yield self.page("role.md.j2", page_path, **context)
        yield self.page("expectations.md.j2", expectations, **context)
        if assessed:
            yield self.page(
                "self_assessment.md.j2",
                assessment,
                role_data=role_data(self.ladder, self.index, role),
                **context,
            )
        for move, path in zip(moves, transitions, strict=True):
            yield self.page(
                "transition.md.j2",
                path,
                move=move,
                source=move.source,
                target=move.target,
                competency_changes=index.competency_changes(move),
                kpi_changes=index.kpi_changes(move),
                readiness=self.ladder.readiness_for(move),
                target_track=self.ladder.track_of(move.target),
                has_self_assessment=assessed,
            )


def build_pages(ladder: Ladder, overrides: Path | None = None) -> list[Page]:
    """Every generated page, in a fixed order. `overrides`: a folder of replacement templates
    (a site's overrides/templates/ladder/), searched before the built-in ones. Every word is
    written in the handbook's language."""
    with locale.use(ladder.handbook.language):
        return [p for p in _Builder(ladder, environment(overrides)).pages() if isinstance(p, Page)]


def build_some_pages(
    ladder: Ladder, wanted: Callable[[str], bool], overrides: Path | None = None
) -> list[Page | str]:
    """Every generated page in `build_pages`' order, rendered only when `wanted(path)`; the
    others as their path alone (a preview keeps their Markdown from before)."""
    with locale.use(ladder.handbook.language):
        return list(_Builder(ladder, environment(overrides), wanted).pages())
