"""What the cross-checks share: the validated parts of a ladder and the report they fill.

Every check module (check_*.py) receives the same `Parts` and adds to one `Report`. A check
never raises and never stops the others. Problems of structure, types, ids and references
are added with `add` and are always errors; content checks use `check` with their name
from generator/validate/policy.py, so the handbook's policy can set their severity.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.model import Competency, Handbook, Kpi, Role, Track
from generator.problems import Problem
from generator.read.load import Document, Loc
from generator.validate.messages import did_you_mean
from generator.validate.policy import CHECKS


@dataclass
class Parts:
    """The validated models of one ladder, each with the document it was read from."""

    handbook: Handbook | None
    """None when handbook.yml failed its model: checks against it are then skipped."""
    handbook_doc: Document | None
    tracks: dict[str, tuple[Track, Document]] = field(default_factory=dict)
    roles: dict[str, tuple[Role, Document]] = field(default_factory=dict)
    competencies: dict[str, tuple[Competency, Document]] = field(default_factory=dict)
    kpis: dict[str, tuple[Kpi, Document]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)
    """Files that failed to read, as "roles/<stem>": references to them are not re-reported."""

    def exists(self, folder: str, thing_id: str) -> bool:
        """True when the id is defined, or its file is broken (already reported)."""
        return thing_id in getattr(self, folder) or f"{folder}/{thing_id}" in self.broken

    def roles_complete(self) -> bool:
        return not any(name.startswith("roles/") for name in self.broken)

    def proficiency_ids(self) -> list[str] | None:
        """The proficiency scale's ids, lowest first; None when the handbook is unknown."""
        if self.handbook is None:
            return None
        return [level.id for level in self.handbook.proficiency_scale]


class Report:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        """A problem of structure, types, ids or references: always an error."""
        place = doc.key_position(loc) if key else doc.value_position(loc)
        self.problems.append(Problem(doc.path, place.line, place.column, message))

    def check(self, name: str, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        """A content check's finding, at its default severity until the policy is applied."""
        place = doc.key_position(loc) if key else doc.value_position(loc)
        severity = CHECKS[name].default
        self.problems.append(
            Problem(doc.path, place.line, place.column, message, severity, check=name)
        )


def unknown(kind: str, wanted: str, known: Iterable[str]) -> str:
    return f'there is no {kind} "{wanted}"' + did_you_mean(wanted, known)


def duplicates(doc: Document, field_name: str, ids: list[str], report: Report) -> None:
    first: dict[str, int] = {}
    for index, item_id in enumerate(ids):
        if item_id in first:
            line = doc.value_position((field_name, first[item_id], "id")).line
            report.add(
                doc,
                (field_name, index, "id"),
                f'the id "{item_id}" is already used on line {line}; ids must be unique',
            )
        else:
            first[item_id] = index


def check_time(doc: Document, loc: Loc, low: int, high: int, report: Report) -> None:
    if low > high:
        report.add(
            doc, (*loc, "min_months"), f"min_months ({low}) is more than max_months ({high})"
        )
