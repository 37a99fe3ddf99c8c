"""Checks across files: references resolve, transitions make sense, content is complete.

These run after every file has passed its own model, so they can trust types and
concentrate on how the pieces fit: a role naming a track that does not exist, a
promotion that lowers a proficiency without saying why, a role nobody can reach.
Every check adds problems to a report and carries on; none stops the others. The checks
live in one module per subject (check_*.py); this one runs them in order.
"""

from __future__ import annotations

from generator.problems import Problem
from generator.read.load import Document
from generator.validate.check_competencies import check_competencies
from generator.validate.check_handbook import check_handbook
from generator.validate.check_ids import check_former_ids
from generator.validate.check_kpis import check_kpis
from generator.validate.check_roles import check_roles
from generator.validate.check_text import check_placeholders
from generator.validate.check_tracks import check_tracks
from generator.validate.check_transitions import check_promotion_cycles
from generator.validate.parts import Parts, Report

__all__ = ["Parts", "cross_check"]


def cross_check(parts: Parts, documents: list[Document]) -> list[Problem]:
    """Every cross-file problem of `parts`, and every placeholder left in `documents`."""
    report = Report()
    check_handbook(parts, report)
    check_tracks(parts, report)
    check_roles(parts, report)
    check_promotion_cycles(parts, report)
    check_competencies(parts, report)
    check_kpis(parts, report)
    check_former_ids(parts, report)
    check_placeholders(documents, report)
    return report.problems
