"""Cross-checks of competencies: their category, their levels, and how the levels differ."""

from __future__ import annotations

from itertools import pairwise

from generator.model import Competency
from generator.model.competency import QUESTIONS
from generator.read.load import Document
from generator.validate.parts import Parts, Report, unknown


def check_competencies(parts: Parts, report: Report) -> None:
    if parts.handbook is None:
        return  # categories and levels are defined in handbook.yml, which did not read
    categories = [category.id for category in parts.handbook.competency_categories]
    levels = [level.id for level in parts.handbook.proficiency_scale]
    needed: dict[str, set[str]] = {}
    for role, _ in parts.roles.values():
        for competency_id, proficiency in role.competencies.items():
            if competency_id not in role.expectations:  # the role's own words describe it
                needed.setdefault(competency_id, set()).add(proficiency)
    for competency, doc in parts.competencies.values():
        if competency.category is not None and competency.category not in categories:
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
                    ("levels",) if competency.levels else ("id",),
                    f'no descriptor for "{level_id}", which a role requires; add one under '
                    "levels, or say what the role expects under its expectations",
                )
            elif competency.levels:
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
        for part in ("text", *QUESTIONS):
            before = getattr(competency.levels[lower], part)
            after = getattr(competency.levels[upper], part)
            if before is not None and after is not None and before.strip() == after.strip():
                name = "the text" if part == "text" else f'"{part}"'
                report.check(
                    "repeated-level-text",
                    doc,
                    ("levels", upper) if part == "text" else ("levels", upper, part),
                    f"{name} says the same at {lower} and {upper}; describe what changes",
                )
