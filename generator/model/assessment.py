"""The self-assessment file: what the self-assessment page exports and imports, as JSON.

A person and their manager each fill in the self-assessment page of a role, export their
answers and compare them by importing the other's file (DESIGN.md §1 step 2). The page does
all of that in the browser (overrides/assets/javascripts/self-assessment.js); this model is
the format's single definition. `ladder schema` writes its JSON Schema next to the ladder's
schemas and publishes a copy on the site (assets/schemas/assessment.schema.json), so anyone
can check a file or read one with other tools. The page's script checks imported files
against the same rules and refuses a file that breaks them, without changing anything.

Items are keyed by id (competency, KPI, rating, role), never by title, so a file stays
readable when titles change; a file from another ladder version is mapped item by item,
through the former ids the ladder keeps.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from generator.model.types import SLUG_MAX, SLUG_PATTERN

FORMAT = "ladder-assessment"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
"""The page refuses larger files before reading them: a real export is a few kilobytes."""
MAX_TEXT = 20000
"""Characters in one evidence or summary text: about eight pages of writing."""
MAX_ITEMS = 500
"""Entries in one mapping (ratings, evidence, KPI actuals): far above any real role."""

Id = Annotated[str, Field(pattern=SLUG_PATTERN, max_length=SLUG_MAX)]
"""A ladder id: lowercase letters, digits and single hyphens."""
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
_KEYED_BY_ID: JsonDict = {
    "propertyNames": {"pattern": SLUG_PATTERN, "maxLength": SLUG_MAX},
    "additionalProperties": False,
}
"""A mapping keyed by ids: in the schema too, a key that is not an id is an error."""


class _Part(BaseModel):
    """Numbers and flags are strict (no "27" for 27, no "yes" for true), as in the schema."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class KpiActual(_Part):
    """The result a KPI reached in the period assessed."""

    value: float | None = Field(default=None, allow_inf_nan=False, strict=True)
    """The result in the KPI's unit (92 for 92 percent), for a KPI with a numeric target."""
    text: LongText | None = None
    """What happened, for a KPI judged against an expectation rather than a number."""
    met: bool | None = Field(default=None, strict=True)
    """Whether the expectation was met, for a KPI judged against an expectation."""


class Summary(_Part):
    """The closing notes of the assessment."""

    strengths: LongText = ""
    """Strengths to build on."""
    focus: LongText = ""
    """What to work on next."""


class Assessment(_Part):
    """One person's ratings of one role (and optionally a role they are working towards),
    exported from the handbook's self-assessment page, by the person or by their manager."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        populate_by_name=True,
        title="Self-assessment file",
    )

    schema_url: str | None = Field(default=None, alias="$schema", max_length=2000)
    """Where this format's JSON Schema is published (editors use it for checking)."""
    format: Literal["ladder-assessment"]
    """Always "ladder-assessment": marks the file as a self-assessment export."""
    format_version: Literal[1]
    """The version of this file format (not of the ladder)."""
    ladder_version: str = Field(min_length=1, max_length=100)
    """The ladder version the assessment was made against, such as "2026.2"."""
    role: Id
    """The id of the role assessed."""
    role_title: str | None = Field(default=None, max_length=300)
    """The role's title when the file was made; for people reading the file only."""
    target_role: Id | None = None
    """The id of the role the person is working towards (one of the role's moves), if any."""
    rater: Literal["self", "manager"]
    """Who gave the ratings: the person in the role (self) or their manager."""
    name: str = Field(default="", max_length=200)
    """The name of the person assessed."""
    rater_name: str = Field(default="", max_length=200)
    """The name of whoever filled in the form: the person themselves or their manager."""
    date: datetime.date
    """The day of the assessment, as YYYY-MM-DD."""
    months_in_role: int | None = Field(default=None, ge=0, le=600, strict=True)
    """Whole months the person has been in the role, counted up to `date`."""
    ratings: dict[Id, Id] = Field(max_length=MAX_ITEMS, json_schema_extra=_KEYED_BY_ID)
    """Competency id to rating id (from the ladder's rating scale)."""
    evidence: dict[Id, LongText] = Field(
        default_factory=dict, max_length=MAX_ITEMS, json_schema_extra=_KEYED_BY_ID
    )
    """Competency id to the reason for the rating, with examples."""
    kpi_actuals: dict[Id, KpiActual] = Field(
        default_factory=dict, max_length=MAX_ITEMS, json_schema_extra=_KEYED_BY_ID
    )
    """KPI id to the result reached."""
    summary: Summary = Field(default_factory=Summary)
    """Strengths and what to work on next."""
