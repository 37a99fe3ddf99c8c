"""Cross-checks of competencies: their category, their levels, and how the levels differ."""

from __future__ import annotations

from itertools import pairwise

from generator.model import Competency
from generator.read.load import Document
from generator.validate.parts import Parts, Report, unknown

QUESTIONS = ("achieves", "skills", "demonstrates", "knows")


def check_competencies(parts: Parts, report: Report) -> None:
    if parts.handbook is None:
        return  # categories and levels are defined in handbook.yml, which did not read
    categories = [category.id for category in parts.handbook.competency_categories]
    levels = [level.id for level in parts.handbook.proficiency_scale]
    needed: dict[str, set[str]] = {}
    for role, _ in parts.roles.values():
        for competency_id, proficiency in role.competencies.items():
            needed.setdefault(competency_id, set()).add(proficiency)
    for competency, doc in parts.competencies.values():
        if competency.category not in categories:
            report.add(
                doc, ("category",), unknown("competency category", competency.category, categories)
            )
        for level_id in competency.levels:
            if level_id not in levels:
                report.add(
                    doc,
                    ("levels", level_id),
                    unknown("proficiency level", level_id, levels),
                    key=True,
                )
        for level_id in levels:
            if level_id in competency.levels:
                continue
            if level_id in needed.get(competency.id, set()):
                report.check(
                    "undescribed-required-level",
                    doc,
                    ("levels",),
                    f'no descriptor for "{level_id}", which a role requires; add one under levels',
                )
            else:
                report.check(
                    "missing-level-text",
                    doc,
                    ("levels",),
                    f'no descriptor for proficiency level "{level_id}"',
                )
        _check_repeats(competency, doc, levels, report)


def _check_repeats(
    competency: Competency, doc: Document, levels: list[str], report: Report
) -> None:
    present = [level_id for level_id in levels if level_id in competency.levels]
    for lower, upper in pairwise(present):
        for question in QUESTIONS:
            if (
                getattr(competency.levels[lower], question).strip()
                == getattr(competency.levels[upper], question).strip()
            ):
                report.check(
                    "repeated-level-text",
                    doc,
                    ("levels", upper, question),
                    f'"{question}" says the same at {lower} and {upper}; describe what changes',
                )
