"""The resolved ladder as data for other tools: one JSON document, or CSV tables."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from generator.ladder import Ladder
from generator.model import TARGET_FIELDS

Row = dict[str, Any]


def as_json(ladder: Ladder) -> str:
    """Everything in the ladder, ids resolved and ordered as on the site."""
    document = {
        "ladder_version": ladder.version,
        "organisation": ladder.handbook.organisation.model_dump(mode="json"),
        "handbook": ladder.handbook.model_dump(mode="json"),
        "tracks": [track.model_dump(mode="json") for track in ladder.tracks.values()],
        "roles": [role.model_dump(mode="json") for role in ladder.roles.values()],
        "competencies": [c.model_dump(mode="json") for c in ladder.competencies.values()],
        "kpis": [kpi.model_dump(mode="json") for kpi in ladder.kpis.values()],
        "transitions": list(_transitions(ladder)),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def as_csv(ladder: Ladder, table: str) -> str:
    """One table as CSV, every cell safe to open in a spreadsheet (see `inert_cell`)."""
    rows = [
        {key: inert_cell(value) for key, value in row.items()} for row in CSV_TABLES[table](ladder)
    ]
    buffer = io.StringIO()
    # CR LF ends a row, as RFC 4180 says: with LF alone, Python's writer leaves a cell that
    # holds a CR unquoted, and a spreadsheet then splits the row there.
    writer = csv.DictWriter(
        buffer, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


# A cell starting with one of these is read as a formula by spreadsheet programs (OWASP's
# "CSV injection"): `=HYPERLINK(...)` in a title would become a live link, `@SUM(...)` a call.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula, with a single quote put before it.

    The quote makes the spreadsheet show the text as typed. Numbers stay numbers (a target of
    -5 is data, not a formula); only text is changed.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _roles(ladder: Ladder) -> Iterator[Row]:
    for role in ladder.roles.values():
        yield {
            "id": role.id,
            "title": role.title,
            "track": role.track,
            "level": role.level,
            "carries_quota": role.carries_quota,
            "typical_min_months": role.typical_time.min_months if role.typical_time else None,
            "typical_max_months": role.typical_time.max_months if role.typical_time else None,
            "summary": role.summary,
        }


def _transitions(ladder: Ladder) -> Iterator[Row]:
    for move in ladder.moves():
        time = move.transition.typical_time
        yield {
            "from": move.source.id,
            "to": move.target.id,
            "kind": move.transition.kind,
            "typical_min_months": time.min_months if time else None,
            "typical_max_months": time.max_months if time else None,
        }


def _competencies(ladder: Ladder) -> Iterator[Row]:
    for competency in ladder.competencies.values():
        yield {"id": competency.id, "name": competency.name, "category": competency.category}


def _kpis(ladder: Ladder) -> Iterator[Row]:
    for kpi in ladder.kpis.values():
        yield {
            "id": kpi.id,
            "name": kpi.name,
            "unit": kpi.unit,
            "direction": kpi.direction,
            "period": kpi.period,
        }


def _role_competencies(ladder: Ladder) -> Iterator[Row]:
    for role in ladder.roles.values():
        for competency_id, proficiency in role.competencies.items():
            yield {
                "role": role.id,
                "competency": competency_id,
                "proficiency": proficiency,
                "rank": ladder.proficiency_rank(proficiency),
            }


def _role_kpis(ladder: Ladder) -> Iterator[Row]:
    for role in ladder.roles.values():
        for kpi_id, goal in role.kpis.items():
            yield {
                "role": role.id,
                "kpi": kpi_id,
                **{field: getattr(goal, field) for field in TARGET_FIELDS},
                "expectation": goal.expectation,
            }


CSV_TABLES: dict[str, Callable[[Ladder], Iterator[Row]]] = {
    "roles": _roles,
    "transitions": _transitions,
    "competencies": _competencies,
    "kpis": _kpis,
    "role-competencies": _role_competencies,
    "role-kpis": _role_kpis,
}
