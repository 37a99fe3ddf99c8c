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
    rows = list(CSV_TABLES[table](ladder))
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _roles(ladder: Ladder) -> Iterator[Row]:
    for role in ladder.roles.values():
        yield {
            "id": role.id,
            "title": role.title,
            "track": role.track,
            "level": role.level,
            "carries_quota": role.carries_quota,
            "typical_min_months": role.typical_time.min_months,
            "typical_max_months": role.typical_time.max_months,
            "summary": role.summary,
        }


def _transitions(ladder: Ladder) -> Iterator[Row]:
    for move in ladder.moves():
        yield {
            "from": move.source.id,
            "to": move.target.id,
            "kind": move.transition.kind,
            "typical_min_months": move.transition.typical_time.min_months,
            "typical_max_months": move.transition.typical_time.max_months,
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
