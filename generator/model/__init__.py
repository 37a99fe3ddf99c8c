"""The ladder's data model: one pydantic model per kind of YAML file."""

from generator.model.competency import Competency, Descriptor
from generator.model.handbook import (
    Handbook,
    PlanStage,
    ProficiencyLevel,
    RatingLevel,
    ReadinessRule,
    Value,
)
from generator.model.kpi import Kpi
from generator.model.role import TARGET_FIELDS, KpiTarget, Role, Transition
from generator.model.track import Track, ValueInPractice

__all__ = [
    "TARGET_FIELDS",
    "Competency",
    "Descriptor",
    "Handbook",
    "Kpi",
    "KpiTarget",
    "PlanStage",
    "ProficiencyLevel",
    "RatingLevel",
    "ReadinessRule",
    "Role",
    "Track",
    "Transition",
    "Value",
    "ValueInPractice",
]
