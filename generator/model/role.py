"""roles/<id>.yml: one step on a track, everything a person in it is expected to do and know."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.base import Model
from generator.model.handbook import ReadinessRule
from generator.model.track import ValueInPractice
from generator.model.types import (
    Flag,
    Level,
    Month,
    Months,
    Number,
    Percent,
    Prose,
    Slug,
    Text,
    TextOrList,
)

TransitionKind = Literal["promotion", "lateral", "track-change"]


class TimeRange(Model):
    min_months: Months
    """The shortest usual time, in months."""
    max_months: Months
    """The longest usual time, in months."""


class Deliverable(Model):
    what: Text
    """The result the role produces."""
    goal: Text
    """The company goal it serves."""


class RampMilestone(Model):
    month: Month
    """Month in the role, counting from 1."""
    target: Number
    """The target for that month, in the KPI's unit."""


class KpiTarget(Model):
    target: Number | None = None
    """The expected result per period, in the KPI's unit. Qualitative KPIs use `expectation`."""
    threshold: Number | None = None
    """The lowest acceptable result."""
    stretch: Number | None = None
    """An exceptional result."""
    expectation: Prose | None = None
    """For qualitative KPIs: what meeting the expectation looks like."""
    ramp: list[RampMilestone] = Field(default_factory=list)
    """Incremental targets for a new hire's first months."""


TARGET_FIELDS = ("target", "threshold", "stretch")
"""The numbers of a KpiTarget in the order pages name them: the target, the lowest
acceptable result, the stretch. The one list every check, page, macro, diff and export uses."""


class Learning(Model):
    training: list[Text] = Field(default_factory=list)
    """Courses and programmes to complete."""
    certifications: list[Text] = Field(default_factory=list)
    """Certifications to earn."""
    mentorship: list[Text] = Field(default_factory=list)
    """Mentoring to receive or give."""
    staying_current: list[Text] = Field(default_factory=list)
    """Keeping up with the market, the product and the craft."""


class Transition(Model):
    to: Slug
    """The id of the role this leads to."""
    kind: TransitionKind
    """promotion (same track, higher level), lateral (same level), track-change (another track)."""
    summary: Prose | None = None
    """Why people make this move and what changes most."""
    typical_time: TimeRange | None = None
    """How long people usually spend in this role before making the move."""
    trial_activities: list[Text] = Field(default_factory=list)
    """What someone tries while still in the current role (plan stage two)."""
    new_responsibilities: list[Text] = Field(default_factory=list)
    """What becomes permanent before the move (plan stage three)."""
    readiness: ReadinessRule | None = None
    """A readiness rule for this move; without one, the handbook's default applies."""
    lower_proficiency: dict[Slug, Text] = Field(default_factory=dict)
    """Competencies a promotion deliberately requires at a lower level, with the reason."""


class Compensation(Model):
    pay_mix: Text
    """Base to variable split, such as "50/50"."""
    base_share: Percent
    """Percent of on-target earnings paid as base salary."""
    commission: Prose
    """How variable pay is earned, in plain words."""
    accelerators: list[Text] = Field(default_factory=list)
    """Higher commission rates above quota, one line each."""
    payout: Text | None = None
    """When variable pay is paid out, such as "monthly, one month in arrears"."""


class HiringFocus(Model):
    summary: Prose
    """What it is about, in one to three sentences."""
    look_for: list[Text] = Field(min_length=1)
    """What interviews look for."""
    competencies: list[Slug] = Field(default_factory=list)
    """Competencies assessed at hiring."""


class Role(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    title: Text
    """The job title shown on the site."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people search for, such as an abbreviation ("AE"); shown as "Also called"."""
    track: Slug
    """The id of the track this role is on."""
    level: Level
    """A rung number comparable across tracks (1 is the first)."""
    summary: Prose | None = None
    """What it is about, in one to three sentences."""
    responsibilities: list[Text] = Field(default_factory=list)
    """What the role is accountable for."""
    day_to_day: list[Text] = Field(default_factory=list)
    """What a typical week looks like."""
    deliverables: list[Deliverable] = Field(default_factory=list)
    """Results the role produces, each tied to a company goal."""
    advantages: list[Text] = Field(default_factory=list)
    """Honest reasons to want the role."""
    disadvantages: list[Text] = Field(default_factory=list)
    """Honest downsides of the role."""
    entry_requirements: list[Text] = Field(default_factory=list)
    """What someone needs to have shown before moving into the role."""
    competencies: dict[Slug, Slug] = Field(default_factory=dict)
    """Competency id to the proficiency level id the role requires."""
    expectations: dict[Slug, TextOrList] = Field(default_factory=dict)
    """Competency id to what this role expects in it, in its own words (a text or a list),
    with or without a proficiency level under `competencies`: for frameworks written per
    role rather than per proficiency level."""
    kpis: dict[Slug, KpiTarget] = Field(default_factory=dict)
    """KPI id to the role's target."""
    learning: Learning = Field(default_factory=Learning)
    """The learning expected in the role."""
    typical_time: TimeRange | None = None
    """How long people usually stay in this role."""
    transitions: list[Transition] = Field(default_factory=list)
    """Where the role can lead."""
    values: list[ValueInPractice] = Field(default_factory=list)
    """How each company value shows up in this role; the track's text is used for the rest."""
    carries_quota: Flag = False
    """true when the role carries a sales quota."""
    compensation: Compensation | None = None
    """How pay works in the role, published for transparency."""
    hiring_focus: HiringFocus | None = None
    """What hiring for the role looks for."""
    former_ids: list[Slug] = Field(default_factory=list)
    """Earlier ids of this role; their addresses redirect here."""

    def covers(self) -> list[str]:
        """Every competency the role names, with a proficiency level, its own words or both."""
        return list(dict.fromkeys([*self.competencies, *self.expectations]))
