"""competencies/<id>.yml: a skill area, described at every proficiency level."""

from __future__ import annotations

from pydantic import Field

from generator.model.base import Model
from generator.model.types import Prose, Slug, Text


class Descriptor(Model):
    """What a competency looks like at one proficiency level: the four assessment questions."""

    achieves: Prose
    """What must be achieved: the outcomes someone at this level delivers."""
    skills: Prose
    """Which skills are needed."""
    demonstrates: Prose
    """What must be demonstrated: observable behaviour a manager can point to."""
    knows: Prose
    """What must be known."""


class Competency(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    category: Slug
    """The id of a competency category from handbook.yml."""
    description: Prose
    """What it is and why it matters, in one to three sentences."""
    levels: dict[Slug, Descriptor] = Field(min_length=1)
    """A descriptor for each proficiency level, keyed by the level's id."""
    former_ids: list[Slug] = Field(default_factory=list)
    """Earlier ids of this competency; their links keep working."""
