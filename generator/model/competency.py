"""competencies/<id>.yml: a skill area, described at each proficiency level, or not levelled.

Frameworks describe competencies in different shapes, and each is kept as written: one text
per level, answers to some or all of the four assessment questions per level, or a plain
list of expectations with no levels at all (roles may then say what they expect in their
own words, see `Role.expectations`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import ConfigDict, Field, model_validator

from generator.model.base import Model
from generator.model.types import Formatted, Prose, Slug, Text

QUESTIONS = ("achieves", "skills", "demonstrates", "knows")


def _text_or_mapping(schema: dict[str, Any]) -> None:
    """In the JSON Schema too, a level may be one text instead of a mapping."""
    mapping = dict(schema)
    schema.clear()
    schema["title"] = mapping.pop("title", "Descriptor")
    schema["description"] = mapping.pop("description", "")
    schema["anyOf"] = [{"type": "string", "minLength": 1, "x-formatted-text": True}, mapping]


class Descriptor(Model):
    """What a competency looks like at one proficiency level: one text (paragraphs and lists
    allowed), or answers to any of the four assessment questions."""

    model_config = ConfigDict(**Model.model_config, json_schema_extra=_text_or_mapping)
    TEXT_FORM: ClassVar[bool] = True
    """The whole level may be written as one text instead of a mapping."""

    text: Formatted | None = None
    """What the level looks like, in one text; the same as writing the text as the level's
    value directly."""
    achieves: Prose | None = None
    """What must be achieved: the outcomes someone at this level delivers."""
    skills: Prose | None = None
    """Which skills are needed."""
    demonstrates: Prose | None = None
    """What must be demonstrated: observable behaviour a manager can point to."""
    knows: Prose | None = None
    """What must be known."""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _says_something(self) -> Descriptor:
        if self.text is None and all(getattr(self, q) is None for q in QUESTIONS):
            raise ValueError(
                "describe this level: write its text, or at least one of achieves, skills, "
                "demonstrates, knows"
            )
        return self

    def answers(self) -> list[tuple[str, str]]:
        """(question, answer) for each question this level answers, in the fixed order."""
        return [(q, getattr(self, q)) for q in QUESTIONS if getattr(self, q) is not None]


class Competency(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people search for, such as an abbreviation ("AE"); shown as "Also called"."""
    category: Slug | None = None
    """The id of a competency category from handbook.yml, if the handbook groups them."""
    description: Prose | None = None
    """What it is and why it matters, in one to three sentences."""
    levels: dict[Slug, Descriptor] = Field(default_factory=dict)
    """What the competency looks like at each proficiency level, keyed by the level's id: one
    text, or answers to the four questions (achieves, skills, demonstrates, knows)."""
    expectations: list[Text] = Field(default_factory=list)
    """For a competency without levels: what is expected, one line each."""
    former_ids: list[Slug] = Field(default_factory=list)
    """Earlier ids of this competency; their links keep working."""

    @property
    def levelled(self) -> bool:
        return bool(self.levels)
