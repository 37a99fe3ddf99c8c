"""Pages: which pages the handbook has, at which address, rendered from which template.

`build_pages(ladder)` is the whole public interface: every generated page as Markdown with
front matter, in a fixed order, so the MkDocs adapter and `ladder stage` serve the same bytes.
Addresses come from ids only (DESIGN.md §3: a link in a review keeps working when a title
changes). The indexes below are computed once per build so that a 1,000-role ladder costs
linear time: `Ladder.moves_to` and `Ladder.roles_requiring` scan every role on every call.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import jinja2
from markupsafe import Markup

from generator.site import diagram
from generator.ladder import Ladder, Move
from generator.model import Competency, Descriptor, Kpi, KpiTarget, ReadinessRule, Role, Value
from generator.site.render import environment, measure, render_page
from generator.site.text import plain


@dataclass(frozen=True)
class Page:
    path: str
    """Docs-relative source path, e.g. "roles/account-executive/index.md"."""
    content: str
    """The complete Markdown, starting with YAML front matter."""


# -- addresses (ids only) ---------------------------------------------------------------------
def role_path(role_id: str) -> str:
    return f"roles/{role_id}/index.md"


def transition_path(source_id: str, target_id: str) -> str:
    return f"roles/{source_id}/to/{target_id}/index.md"


def expectations_path(role_id: str) -> str:
    return f"roles/{role_id}/expectations/index.md"


def self_assessment_path(role_id: str) -> str:
    return f"roles/{role_id}/self-assessment/index.md"


def track_path(track_id: str) -> str:
    return f"tracks/{track_id}/index.md"


def competency_path(competency_id: str) -> str:
    return f"competencies/{competency_id}/index.md"


def matrix_path(track_id: str) -> str:
    return f"matrices/{track_id}/index.md"


class Paths:
    """Every address, for templates: `link(paths.role(role.id), "discovery")`."""

    role = staticmethod(role_path)
    transition = staticmethod(transition_path)
    expectations = staticmethod(expectations_path)
    self_assessment = staticmethod(self_assessment_path)
    track = staticmethod(track_path)
    competency = staticmethod(competency_path)
    matrix = staticmethod(matrix_path)

    @staticmethod
    def map() -> str:
        return "map/index.md"

    @staticmethod
    def tracks() -> str:
        return "tracks/index.md"

    @staticmethod
    def roles() -> str:
        return "roles/index.md"

    @staticmethod
    def competencies() -> str:
        return "competencies/index.md"

    @staticmethod
    def matrices() -> str:
        return "matrices/index.md"

    @staticmethod
    def kpis() -> str:
        return "kpis/index.md"

    @staticmethod
    def values() -> str:
        return "values/index.md"

    @staticmethod
    def changelog() -> str:
        return "changelog/index.md"


PATHS = Paths()


# -- what the templates receive ---------------------------------------------------------------
@dataclass(frozen=True)
class Requirement:
    """A competency a role requires, with the descriptor at the required proficiency."""

    competency: Competency
    proficiency: str
    descriptor: Descriptor | None


@dataclass(frozen=True)
class CompetencyChange:
    """How one competency differs between the two ends of a transition."""

    competency: Competency
    before: str | None
    after: str | None
    kind: Literal["added", "raised", "same", "lowered", "dropped"]
    descriptor: Descriptor | None
    reason: str | None = None


@dataclass(frozen=True)
class KpiChange:
    kpi: Kpi
    before: KpiTarget | None
    after: KpiTarget | None
    kind: Literal["new", "changed", "same", "dropped"]


@dataclass
class Index:
    """Lookups built once per build, so every page costs time linear in what it shows."""

    ladder: Ladder
    moves_out: dict[str, list[Move]] = field(default_factory=dict)
    moves_in: dict[str, list[Move]] = field(default_factory=dict)
    requiring: dict[str, list[tuple[Role, str]]] = field(default_factory=dict)
    measured_by: dict[str, list[tuple[Role, KpiTarget]]] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    ranks: dict[str, int] = field(default_factory=dict)
    roles_on: dict[str, list[Role]] = field(default_factory=dict)
    """Roles of each track in level order (Ladder.roles_on scans every role on each call)."""

    @classmethod
    def of(cls, ladder: Ladder) -> Index:
        index = cls(ladder)
        index.values = {value.id: value for value in ladder.handbook.values}
        index.ranks = {p.id: n for n, p in enumerate(ladder.handbook.proficiency_scale, 1)}
        index.roles_on = {track_id: [] for track_id in ladder.tracks}
        for role in ladder.roles.values():
            index.moves_in.setdefault(role.id, [])
            index.roles_on.setdefault(role.track, []).append(role)
        for role in ladder.roles.values():
            out = [
                Move(role, ladder.roles[t.to], t) for t in role.transitions if t.to in ladder.roles
            ]
            index.moves_out[role.id] = out
            for move in out:
                index.moves_in[move.target.id].append(move)
            for competency_id, proficiency in role.competencies.items():
                index.requiring.setdefault(competency_id, []).append((role, proficiency))
            for kpi_id, target in role.kpis.items():
                index.measured_by.setdefault(kpi_id, []).append((role, target))
        return index

    def requirements(self, role: Role) -> list[Requirement]:
        """The role's competencies in the ladder's competency order."""
        return [
            Requirement(c, role.competencies[c.id], c.levels.get(role.competencies[c.id]))
            for c in self.ladder.competencies.values()
            if c.id in role.competencies
        ]

    def targets(self, role: Role) -> list[tuple[Kpi, KpiTarget]]:
        return [(k, role.kpis[k.id]) for k in self.ladder.kpis.values() if k.id in role.kpis]

    def values_in(self, role: Role) -> list[tuple[Value, str]]:
        found = ((v, self.ladder.value_in_role(role, v.id)) for v in self.ladder.handbook.values)
        return [(value, text) for value, text in found if text is not None]

    def competency_changes(self, move: Move) -> list[CompetencyChange]:
        source, target = move.source.competencies, move.target.competencies
        changes: list[CompetencyChange] = []
        for competency in self.ladder.competencies.values():
            before, after = source.get(competency.id), target.get(competency.id)
            if before is None and after is None:
                continue
            kind: Literal["added", "raised", "same", "lowered", "dropped"]
            if before is None:
                kind = "added"
            elif after is None:
                kind = "dropped"
            elif self.ranks[after] > self.ranks[before]:
                kind = "raised"
            elif self.ranks[after] < self.ranks[before]:
                kind = "lowered"
            else:
                kind = "same"
            descriptor = competency.levels.get(after) if after else None
            reason = move.transition.lower_proficiency.get(competency.id)
            changes.append(CompetencyChange(competency, before, after, kind, descriptor, reason))
        return changes

    def kpi_changes(self, move: Move) -> list[KpiChange]:
        changes: list[KpiChange] = []
        for kpi in self.ladder.kpis.values():
            before, after = move.source.kpis.get(kpi.id), move.target.kpis.get(kpi.id)
            if before is None and after is None:
                continue
            kind: Literal["new", "changed", "same", "dropped"]
            if before is None:
                kind = "new"
            elif after is None:
                kind = "dropped"
            elif before != after:
                kind = "changed"
            else:
                kind = "same"
            changes.append(KpiChange(kpi, before, after, kind))
        return changes


# -- words for rules and kinds ----------------------------------------------------------------
MOVE_KINDS = {
    "promotion": "Promotion",
    "lateral": "Lateral move",
    "track-change": "Track change",
}

TRACK_KINDS = {
    "individual-contributor": "Individual contributor",
    "management": "Management",
    "specialist": "Specialist",
}

DIRECTIONS = {"higher-is-better": "higher is better", "lower-is-better": "lower is better"}

PERIODS = {
    "weekly": "per week",
    "monthly": "per month",
    "quarterly": "per quarter",
    "half-yearly": "per half year",
    "yearly": "per year",
}


def readiness_in_words(rule: ReadinessRule, source: Role, target: Role) -> list[Markup]:
    """The readiness rule as sentences a person can check themselves against."""
    share = int(rule.at_or_above_share) if rule.at_or_above_share.is_integer() else None
    share_text = f"{share}" if share is not None else f"{rule.at_or_above_share:g}"
    to_title, from_title = plain(target.title), plain(source.title)
    if rule.at_or_above_share >= 100:
        first = f"Every competency {to_title} requires is rated at or above its required level."
    else:
        first = (
            f"At least {share_text}% of the competencies {to_title} requires are rated "
            "at or above the required level."
        )
    sentences = [Markup(first)]
    if rule.largest_gap == 0:
        sentences.append(Markup("No competency is rated below the required level."))
    else:
        levels = "level" if rule.largest_gap == 1 else "levels"
        sentences.append(
            Markup(f"No competency is rated more than {rule.largest_gap} {levels} below it.")
        )
    if rule.kpis_at_target:
        sentences.append(
            Markup(f"Every KPI of {from_title} is at or above its target (or expectation).")
        )
    if rule.minimum_months_in_role:
        months = rule.minimum_months_in_role
        unit = "month" if months == 1 else "months"
        sentences.append(Markup(f"At least {months} {unit} as {from_title}."))
    return sentences


def version_anchor(version: str) -> str:
    """#v2026-2 for version "2026.2": a stable anchor for each changelog entry."""
    return "v" + (re.sub(r"[^a-z0-9]+", "-", version.lower()).strip("-") or "0")


# -- building ----------------------------------------------------------------------------------
class _Builder:
    def __init__(self, ladder: Ladder, env: jinja2.Environment) -> None:
        self.ladder = ladder
        self.env = env
        self.index = Index.of(ladder)
        self.common: dict[str, Any] = {
            "ladder": ladder,
            "handbook": ladder.handbook,
            "index": self.index,
            "paths": PATHS,
            "move_kinds": MOVE_KINDS,
            "track_kinds": TRACK_KINDS,
            "directions": DIRECTIONS,
            "periods": PERIODS,
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

    def page(self, template: str, path: str, **context: Any) -> Page:
        content = render_page(self.env, template, path, {**self.common, **context})
        return Page(path, content)

    def pages(self) -> Iterator[Page]:
        ladder, index = self.ladder, self.index
        yield self.page(
            "map.md.j2", Paths.map(), svg=diagram.map_svg(ladder, index.moves_out, Paths.map())
        )
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
            )
        yield self.page("roles.md.j2", Paths.roles())
        for role in ladder.roles.values():
            yield from self.role_pages(role)
        yield self.page("competencies.md.j2", Paths.competencies())
        for competency in ladder.competencies.values():
            yield self.page(
                "competency.md.j2",
                competency_path(competency.id),
                competency=competency,
                requiring=index.requiring.get(competency.id, []),
            )
        yield self.page("matrices.md.j2", Paths.matrices())
        for track in ladder.tracks.values():
            roles = index.roles_on[track.id]
            needed = {c for role in roles for c in role.competencies}
            competencies = [c for c in ladder.competencies.values() if c.id in needed]
            yield self.page(
                "matrix.md.j2",
                matrix_path(track.id),
                track=track,
                roles=roles,
                competencies=competencies,
            )
        yield self.page("kpis.md.j2", Paths.kpis(), measured_by=index.measured_by)
        yield self.page("values.md.j2", Paths.values())
        yield self.page("changelog.md.j2", Paths.changelog())

    def role_pages(self, role: Role) -> Iterator[Page]:
        index = self.index
        requirements = index.requirements(role)
        track = self.ladder.track_of(role)
        tags = list(dict.fromkeys([track.name, *(r.competency.name for r in requirements)]))
        context = {
            "role": role,
            "tags": tags,
            "track": track,
            "requirements": requirements,
            "targets": index.targets(role),
            "values": index.values_in(role),
            "moves_in": index.moves_in[role.id],
            "moves_out": index.moves_out[role.id],
        }
        yield self.page("role.md.j2", role_path(role.id), **context)
        yield self.page("expectations.md.j2", expectations_path(role.id), **context)
        yield self.page(
            "self_assessment.md.j2",
            self_assessment_path(role.id),
            role_data=self.role_data(role),
            **context,
        )
        for move in index.moves_out[role.id]:
            yield self.page(
                "transition.md.j2",
                transition_path(role.id, move.target.id),
                move=move,
                source=move.source,
                target=move.target,
                competency_changes=index.competency_changes(move),
                kpi_changes=index.kpi_changes(move),
                readiness=self.ladder.readiness_for(move),
                target_track=self.ladder.track_of(move.target),
            )

    def role_data(self, role: Role) -> RoleData:
        """What the self-assessment page embeds as JSON for its script.

        Everything the script needs without another request: the scales, what the role and
        each role it can move to require (with the four-question descriptor at that level),
        the KPI targets, each move's readiness rule (its own, else the handbook's), trial
        activities and new responsibilities (plan stages two and three), the plan stages,
        and the former ids of roles, competencies and KPIs, so a file saved under an older
        ladder version still maps onto the items that exist now. Texts are the raw YAML
        strings: the script inserts them as text, never as HTML.
        """
        ladder, handbook = self.ladder, self.ladder.handbook

        def requirement(req: Requirement) -> dict[str, Any]:
            return {
                "id": req.competency.id,
                "name": req.competency.name,
                "required": req.proficiency,
                "required_rank": self.index.ranks[req.proficiency],
                "descriptor": req.descriptor.model_dump() if req.descriptor else None,
                "former_ids": list(req.competency.former_ids),
            }

        def kpi_entry(kpi: Kpi, target: KpiTarget) -> dict[str, Any]:
            return {
                "id": kpi.id,
                "name": kpi.name,
                "unit": kpi.unit,
                "direction": kpi.direction,
                "period": kpi.period,
                "currency": kpi.currency,
                "scale_max": kpi.scale.max if kpi.scale else None,
                "former_ids": list(kpi.former_ids),
                **target.model_dump(mode="json", exclude={"ramp"}),
            }

        def move_entry(move: Move) -> dict[str, Any]:
            transition, target = move.transition, move.target
            return {
                "to": target.id,
                "title": target.title,
                "summary": transition.summary,
                "kind": transition.kind,
                "typical_time": transition.typical_time.model_dump(mode="json"),
                "readiness": ladder.readiness_for(move).model_dump(mode="json"),
                "competencies": [requirement(r) for r in self.index.requirements(target)],
                "kpis": [kpi_entry(k, t) for k, t in self.index.targets(target)],
                "trial_activities": list(transition.trial_activities),
                "new_responsibilities": list(transition.new_responsibilities),
                "lower_proficiency": dict(transition.lower_proficiency),
                "former_ids": list(target.former_ids),
            }

        stages = handbook.plan_stages
        return RoleData(
            {
                "ladder_version": handbook.version,
                "role": {
                    "id": role.id,
                    "title": role.title,
                    "track": role.track,
                    "summary": role.summary,
                    "former_ids": list(role.former_ids),
                },
                "proficiency_scale": [
                    {"id": p.id, "name": p.name, "rank": n}
                    for n, p in enumerate(handbook.proficiency_scale, 1)
                ],
                "rating_scale": [
                    {"id": r.id, "name": r.name, "meaning": r.meaning, "proficiency": r.proficiency}
                    for r in handbook.rating_scale
                ],
                "competencies": [requirement(r) for r in self.index.requirements(role)],
                "kpis": [kpi_entry(k, t) for k, t in self.index.targets(role)],
                "readiness_default": handbook.readiness.model_dump(mode="json"),
                "plan_stages": [
                    {"id": key, **stage.model_dump(mode="json")}
                    for key, stage in (
                        ("current_role", stages.current_role),
                        ("trial", stages.trial),
                        ("new_responsibilities", stages.new_responsibilities),
                        ("new_role", stages.new_role),
                    )
                ],
                "transitions": [move_entry(move) for move in self.index.moves_out[role.id]],
            }
        )


class RoleData(dict[str, Any]):
    """The self-assessment page's data (`_Builder.role_data`), and its HTML form.

    The page carries it in an attribute, not in a `<script type="application/json">`:
    Material's instant navigation re-creates every script inside the page it swaps in,
    without the script's attributes, which turns a JSON block into a script that fails
    (and loses its id). An attribute survives the swap, and search does not index it.
    """

    @property
    def attribute(self) -> Markup:
        """The JSON for a single-quoted HTML attribute: `&`, `<`, `>` and `'` as entities,
        so no text from the ladder can end the attribute or open a tag."""
        text = json.dumps(self, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return Markup(html.escape(text, quote=False).replace("'", "&#x27;"))


def build_pages(ladder: Ladder, overrides: Path | None = None) -> list[Page]:
    """Every generated page, in a fixed order. `overrides`: a folder of replacement templates
    (a site's overrides/templates/ladder/), searched before the built-in ones."""
    return list(_Builder(ladder, environment(overrides)).pages())
