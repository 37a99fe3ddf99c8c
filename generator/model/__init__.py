"""The ladder's data model: one pydantic model per kind of YAML file."""

from .competency import Competency, Descriptor
from .handbook import Handbook, PlanStage, ProficiencyLevel, RatingLevel, ReadinessRule, Value
from .kpi import Kpi
from .role import KpiTarget, Role, Transition
from .track import Track, ValueInPractice

__all__ = [
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
