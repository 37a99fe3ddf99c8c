"""The resolved ladder: every model loaded, cross-checked, indexed and in a fixed order.

Pages and exports read from this graph only. Its order is deterministic (tracks by
their `order`, roles by track then level, competencies by category then name) so the
same YAML always produces the same pages, byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import (
    Competency,
    Handbook,
    Kpi,
    ReadinessRule,
    Role,
    Track,
    Transition,
)


@dataclass(frozen=True)
class Move:
    """A transition seen from both ends: the role it leaves and the role it reaches."""

    source: Role
    target: Role
    transition: Transition


@dataclass(frozen=True)
class Ladder:
    handbook: Handbook
    tracks: dict[str, Track]
    roles: dict[str, Role]
    competencies: dict[str, Competency]
    kpis: dict[str, Kpi]
    sources: dict[str, str] = field(default_factory=dict, compare=False)
    """Where each thing is defined, e.g. "role:rep" -> "ladder/roles/rep.yml"."""

    # -- scales ---------------------------------------------------------------------------
    @property
    def version(self) -> str:
        return self.handbook.version

    def proficiency_rank(self, proficiency_id: str) -> int:
        """1 for the lowest proficiency level, counting up."""
        for rank, level in enumerate(self.handbook.proficiency_scale, start=1):
            if level.id == proficiency_id:
                return rank
        raise KeyError(proficiency_id)

    def proficiency_name(self, proficiency_id: str) -> str:
        for level in self.handbook.proficiency_scale:
            if level.id == proficiency_id:
                return level.name
        raise KeyError(proficiency_id)

    # -- tracks and roles -----------------------------------------------------------------
    def roles_on(self, track_id: str) -> list[Role]:
        """The roles of a track, in level order."""
        return [role for role in self.roles.values() if role.track == track_id]

    def track_of(self, role: Role) -> Track:
        return self.tracks[role.track]

    def moves_from(self, role_id: str) -> list[Move]:
        role = self.roles[role_id]
        return [Move(role, self.roles[t.to], t) for t in role.transitions]

    def moves(self) -> list[Move]:
        """Every transition in the ladder, in role order."""
        return [move for role_id in self.roles for move in self.moves_from(role_id)]

    def move(self, source_id: str, target_id: str) -> Move:
        for move in self.moves_from(source_id):
            if move.target.id == target_id:
                return move
        raise KeyError((source_id, target_id))

    # -- competencies, KPIs, values -------------------------------------------------------
    def value_in_role(self, role: Role, value_id: str) -> str | None:
        """How a value shows up in a role: the role's own words, else its track's."""
        for entry in role.values:
            if entry.value == value_id:
                return entry.in_practice
        for entry in self.track_of(role).values:
            if entry.value == value_id:
                return entry.in_practice
        return None

    def readiness_for(self, move: Move) -> ReadinessRule:
        """The readiness rule of a transition: its own, else the handbook's default."""
        return move.transition.readiness or self.handbook.readiness
