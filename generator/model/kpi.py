"""kpis/<id>.yml: a measure a role is held to; each role sets its own targets."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from generator.model.base import Model
from generator.model.types import Number, Prose, Slug, Text

Unit = Literal["percent", "currency", "count", "days", "ratio", "score", "qualitative"]
Direction = Literal["higher-is-better", "lower-is-better"]
Period = Literal["weekly", "monthly", "quarterly", "half-yearly", "yearly"]
Kind = Literal["total", "average", "rate", "duration"]


class Scale(Model):
    min: Number
    """The lowest possible value."""
    max: Number
    """The highest possible value."""


class Kpi(Model):
    id: Slug
    """Lowercase letters, digits and hyphens; part of page addresses, so keep it stable."""
    name: Text
    """The name shown on the site."""
    aliases: list[Text] = Field(default_factory=list)
    """Other names people search for, such as an abbreviation ("AE"); shown as "Also called"."""
    unit: Unit
    """percent, currency, count, days, ratio, score (with a scale) or qualitative (no number)."""
    direction: Direction
    """higher-is-better or lower-is-better."""
    period: Period
    """How often it is measured and reported."""
    definition: Prose
    """What exactly is counted."""
    measurement: Prose
    """How it is measured: the source of the data and who reviews it."""
    scale: Scale | None = None
    """For unit score: the lowest and highest possible values, such as -100 to 100 for NPS."""
    currency: Text | None = None
    """For unit currency: the currency code, such as EUR."""
    kind: Kind | None = None
    """What the number is: total (adds up over the period, such as new revenue), average (such
    as deal size), rate (a share, ratio or score) or duration (such as days to close). Pages
    word the target by it ("EUR 38,000 on average, measured each quarter", never "EUR 38,000
    per quarter"). Optional: by default currency and count are totals, days a duration, and
    the other units rates."""
    former_ids: list[Slug] = Field(default_factory=list)
    """Earlier ids; links to them keep working."""
