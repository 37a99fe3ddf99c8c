"""Lookups built once per build, and the records the page templates receive.

`Index.of(ladder)` walks the ladder once, so a 1,000-role ladder costs linear time: which
moves lead into and out of each role, which roles require a competency or measure a KPI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ladder import Ladder, Move
from generator.model import Competency, Descriptor, Kpi, KpiTarget, Role, Value

Expectation = str | list[str]
"""What a role expects in a competency in its own words: a formatted text or a list."""
ChangeKind = Literal["added", "raised", "same", "lowered", "dropped", "restated"]


@dataclass(frozen=True)
class Requirement:
    """A competency a role requires: at a proficiency level (with the descriptor of that
    level), in the role's own words, or both."""

    competency: Competency
    proficiency: str | None
    descriptor: Descriptor | None
    expectation: Expectation | None = None


@dataclass(frozen=True)
class CompetencyChange:
    """How one competency differs between the two ends of a transition. "restated": the
    level stays (or there is none) but the target role says in its own words what it
    expects."""

    competency: Competency
    before: str | None
    after: str | None
    kind: ChangeKind
    descriptor: Descriptor | None
    reason: str | None = None
    expectation: Expectation | None = None


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
    requiring: dict[str, list[tuple[Role, str | None]]] = field(default_factory=dict)
    """Competency id -> (role, proficiency id, or None when the role states its own words)."""
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
            for competency_id in role.covers():
                required = role.competencies.get(competency_id)
                index.requiring.setdefault(competency_id, []).append((role, required))
            for kpi_id, target in role.kpis.items():
                index.measured_by.setdefault(kpi_id, []).append((role, target))
        return index

    def requirements(self, role: Role) -> list[Requirement]:
        """The role's competencies in the ladder's competency order."""
        covered = set(role.covers())
        found = []
        for c in self.ladder.competencies.values():
            if c.id in covered:
                level = role.competencies.get(c.id)
                descriptor = c.levels.get(level) if level else None
                found.append(Requirement(c, level, descriptor, role.expectations.get(c.id)))
        return found

    def targets(self, role: Role) -> list[tuple[Kpi, KpiTarget]]:
        return [(k, role.kpis[k.id]) for k in self.ladder.kpis.values() if k.id in role.kpis]

    def values_in(self, role: Role) -> list[tuple[Value, str]]:
        found = ((v, self.ladder.value_in_role(role, v.id)) for v in self.ladder.handbook.values)
        return [(value, text) for value, text in found if text is not None]

    def competency_changes(self, move: Move) -> list[CompetencyChange]:
        source, target = move.source, move.target
        had, has = set(source.covers()), set(target.covers())
        changes: list[CompetencyChange] = []
        for competency in self.ladder.competencies.values():
            cid = competency.id
            if cid not in had and cid not in has:
                continue
            before, after = source.competencies.get(cid), target.competencies.get(cid)
            own = target.expectations.get(cid)
            kind: ChangeKind
            if cid not in had:
                kind = "added"
            elif cid not in has:
                kind = "dropped"
            elif before and after and self.ranks[after] > self.ranks[before]:
                kind = "raised"
            elif before and after and self.ranks[after] < self.ranks[before]:
                kind = "lowered"
            elif own is not None and own != source.expectations.get(cid):
                kind = "restated"
            else:
                kind = "same"
            descriptor = competency.levels.get(after) if after else None
            reason = move.transition.lower_proficiency.get(cid)
            changes.append(
                CompetencyChange(competency, before, after, kind, descriptor, reason, own)
            )
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
