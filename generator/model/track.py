"""tracks/<id>.yml: a path through the ladder (individual contributor, management, specialist)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.base import Model
from generator.model.types import Prose, Slug, Text

TrackKind = Literal["individual-contributor", "management", "specialist"]


class ValueInPractice(Model):
    value: Slug
    """The id of a company value from handbook.yml."""
    in_practice: Prose
    """How the value shows up in this work, concretely."""


class Track(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    kind: TrackKind | None = None
    """individual-contributor, management or specialist."""
    summary: Prose | None = None
    """What the track is about."""
    suits: list[Text] = Field(default_factory=list)
    """Who the track suits: strengths and interests that fit it."""
    entry_role: Slug | None = None
    """The first role on the track (by default its lowest-level role); when the track's roles
    state transitions, every other role must be reachable from it."""
    order: int = Field(default=100, ge=0, le=1000)
    """Position among tracks in menus and the map (lower comes first)."""
    values: list[ValueInPractice] = Field(default_factory=list)
    """How each company value shows up on this track; a role may say more."""
