"""Cross-checks of former ids: each old address and anchor leads to exactly one place."""

from __future__ import annotations

from typing import Any

from generator.read.load import Document
from generator.validate.parts import Parts, Report


def check_former_ids(parts: Parts, report: Report) -> None:
    _check_former_anchors(parts, report)
    for things in (parts.roles, parts.competencies, parts.kpis):
        claimed: dict[str, str] = {}
        for thing_id, (thing, doc) in things.items():
            for index, old in enumerate(thing.former_ids):
                if old in things:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is a current id; a former id must no longer be in use',
                    )
                elif old in claimed:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is already a former id of "{claimed[old]}"',
                    )
                else:
                    claimed[old] = thing_id


def _check_former_anchors(parts: Parts, report: Report) -> None:
    """Competencies and KPIs share one set of anchors on role pages, former ids included."""
    others: list[tuple[dict[str, tuple[Any, Document]], dict[str, tuple[Any, Document]], str]] = [
        (parts.competencies, parts.kpis, "KPI"),
        (parts.kpis, parts.competencies, "competency"),
    ]
    for things, other_kind, other_name in others:
        for thing, doc in things.values():
            for index, old in enumerate(thing.former_ids):
                if old in other_kind:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is the id of a {other_name}; as a former id its anchor '
                        "on role pages would point to two places",
                    )
