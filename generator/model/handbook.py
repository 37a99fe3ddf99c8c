"""handbook.yml: what the whole ladder shares (organisation, values, scales, reviews, stages)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from generator import locale
from generator.model import defaults
from generator.model.base import Model
from generator.model.types import Date, Flag, Months, Percent, ProficiencyGap, Prose, Slug, Text

TagSource = Literal["track", "competencies"]


def _track_only() -> list[TagSource]:
    return ["track"]


def _known_language(code: str) -> str:
    if code not in locale.available():
        raise ValueError(locale.unknown_language_message(code))
    return code


Language = Annotated[
    Text,
    AfterValidator(_known_language),
    Field(json_schema_extra={"enum": list(locale.available())}),
]
"""A language the generator has a catalogue for (generator/locale/)."""


class Organisation(Model):
    name: Text
    """The company's name, shown in the site title and on every expectations document."""
    description: Prose | None = None
    """What the company sells and to whom, in one or two sentences."""


class VersionNote(Model):
    version: Text
    """A ladder version, such as "2026.2". Links in reviews name the version they meant."""
    date: Date
    """When this version took effect, as YYYY-MM-DD."""
    summary: Prose
    """What changed, in a sentence or two."""
    changes: list[Text] = Field(default_factory=list)
    """The individual changes, one line each."""


class Value(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    meaning: Prose
    """What the value means at this company, in plain words."""


class ProficiencyLevel(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    meaning: Prose
    """What holding a competency at this level looks like, in general."""


class RatingLevel(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    meaning: Prose
    """What a person or manager means when they give this rating."""
    proficiency: Slug | None = None
    """The proficiency level this rating says someone has shown; empty for "no evidence yet"."""


class CompetencyCategory(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    summary: Prose
    """What it is about, in one to three sentences."""


class Review(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    frequency: Text
    """How often it happens, such as "weekly" or "every quarter"."""
    format: Text
    """What happens: a 30-minute one-to-one, a written review, a pipeline walk-through."""
    participants: Text
    """Who takes part."""
    purpose: Prose
    """What the conversation is for."""
    feeds_pay_and_recognition: Flag = False
    """true when the outcome feeds pay, promotion or recognition decisions."""


class PlanStage(Model):
    name: Text
    """The name shown on the site."""
    summary: Prose
    """What it is about, in one to three sentences."""
    examples: list[Text] = Field(default_factory=list)
    """What a person typically does in this stage."""
    announced: Flag
    """true when others are told about the change (new responsibilities, a new role)."""


def _stage(key: str) -> PlanStage:
    return PlanStage.model_validate(defaults.PLAN_STAGES[key])


class PlanStages(Model):
    """The four stages of a development plan, from deepening the current role to a new one.
    A stage left out keeps the generator's default text."""

    current_role: PlanStage = Field(default_factory=lambda: _stage("current_role"))
    """Current role, full depth: the whole breadth of the role, done consistently."""
    trial: PlanStage = Field(default_factory=lambda: _stage("trial"))
    """Current role plus a trial of new tasks; not announced."""
    new_responsibilities: PlanStage = Field(default_factory=lambda: _stage("new_responsibilities"))
    """Current role plus permanent new responsibilities; announced."""
    new_role: PlanStage = Field(default_factory=lambda: _stage("new_role"))
    """A different job, with new deliverables."""


class ReadinessRule(Model):
    """When a person counts as ready for a transition, judged from the compared ratings."""

    at_or_above_share: Percent
    """Share (percent) of the target role's competencies rated at or above what it requires."""
    largest_gap: ProficiencyGap
    """No competency may be rated more than this many proficiency levels below the target."""
    kpis_at_target: Flag = True
    """true when every KPI of the current role must be at or above target."""
    minimum_months_in_role: Months = 0
    """Time in the current role before a move is considered."""


class Handbook(Model):
    organisation: Organisation
    """The company the ladder belongs to."""
    language: Language = locale.SOURCE_LANGUAGE
    """The handbook's language, such as "fr": the theme, search, every generated phrase and
    the format of numbers and dates. The ladder's own text is shown as written."""
    version: Text
    """The current ladder version; it must have an entry in `changelog`."""
    changelog: list[VersionNote] = Field(min_length=1)
    """Version notes, newest first."""
    values: list[Value] = Field(default_factory=list)
    """The company values; roles and tracks say how each shows up in the work."""
    proficiency_scale: list[ProficiencyLevel] = Field(default_factory=list, max_length=10)
    """Proficiency levels from lowest to highest (2 to 10 of them, with any names); needed
    when competencies are described level by level."""
    rating_scale: list[RatingLevel] = Field(default_factory=list, max_length=10)
    """The ratings used in a self-assessment, from lowest to highest; by default "Not yet
    shown" and then one rating per proficiency level."""
    competency_categories: list[CompetencyCategory] = Field(default_factory=list)
    """Groups of competencies, in the order they are listed on the site."""
    reviews: list[Review] = Field(default_factory=list)
    """The review cadence: every recurring conversation about performance and growth."""
    plan_stages: PlanStages = Field(default_factory=PlanStages)
    """The four stages of a development plan; a stage left out keeps a general default."""
    readiness: ReadinessRule = Field(
        default_factory=lambda: ReadinessRule.model_validate(defaults.READINESS)
    )
    """The default readiness rule; a transition may set its own."""
    goal_setting: Prose | None = None
    """How goals are set: reachable, measurable, broken into milestones."""
    adaptability: Prose = defaults.ADAPTABILITY
    """The expectation to adapt as priorities change; without it, a general default."""
    feedback: Prose = defaults.FEEDBACK
    """How feedback flows between reviews; without it, a general default."""
    checks: dict[str, Literal["error", "warning", "off"]] = Field(default_factory=dict)
    """Content check name to error, warning or off (`ladder validate --list-checks` lists
    them with their defaults). Problems of structure, types, ids and references are always
    errors."""
    strict: Flag = False
    """true when warnings fail the site build too, as errors do."""
    role_page_tags: list[TagSource] = Field(default_factory=_track_only, max_length=2)
    """What a role page is tagged with (the tags index lists pages by tag): its track, and
    with competencies, every competency it requires too."""

    @model_validator(mode="after")
    def _scales(self) -> Handbook:
        if len(self.proficiency_scale) == 1:
            raise ValueError("a proficiency scale has at least two levels; add one")
        if len(self.rating_scale) == 1:
            raise ValueError("a rating scale has at least two ratings; add one")
        if not self.rating_scale and self.proficiency_scale:
            first = RatingLevel(
                id="not-yet-shown",
                name="Not yet shown",
                meaning="No evidence of this competency yet.",
                proficiency=None,
            )
            shown = [
                RatingLevel(id=p.id, name=p.name, meaning=p.meaning, proficiency=p.id)
                for p in self.proficiency_scale
            ]
            object.__setattr__(self, "rating_scale", [first, *shown])
        return self
