"""The script's check of a file's shape agrees with the published JSON Schema and the model.

The same documents go through three readers: the JSON Schema that exported files name
(generator/schemas/assessment.schema.json), the pydantic model behind `ladder` (Assessment)
and the page script's validateShape (self-assessment/shape.js, run in Node). They must
accept and refuse the same documents.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema

from generator.model.assessment import Assessment

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(
    (REPO / "generator" / "schemas" / "assessment.schema.json").read_text(encoding="utf-8")
)


def manager_file(**changes: Any) -> dict[str, Any]:
    """A manager's assessment of a Sales rep of the fixture ladder."""
    document: dict[str, Any] = {
        "format": "ladder-assessment",
        "format_version": 1,
        "ladder_version": "1.1",
        "role": "rep",
        "role_title": "Sales rep",
        "target_role": "senior-rep",
        "rater": "manager",
        "name": "Kim Ode",
        "date": "2026-06-03",
        "months_in_role": 14,
        "ratings": {"discovery": "basic", "negotiation": "skilled", "coaching": "no-evidence"},
        "evidence": {"discovery": "Discovery notes are thin on budget and timing."},
        "kpi_actuals": {"quota-attainment": {"value": 105}},
        "summary": {"strengths": "Reliable forecasting.", "focus": "Discovery depth."},
    }
    document.update(changes)
    return document


def valid_file() -> dict[str, Any]:
    return manager_file(**{"$schema": "https://handbook.example/assets/x.json"})


SHAPES: list[tuple[str, Any]] = [
    ("a complete file", valid_file()),
    (
        "the fewest fields",
        {
            "format": "ladder-assessment",
            "format_version": 1,
            "ladder_version": "1",
            "role": "rep",
            "rater": "self",
            "date": "2026-01-31",
            "ratings": {},
        },
    ),
    ("nulls where allowed", manager_file(target_role=None, months_in_role=None, role_title=None)),
    ("a list", [valid_file()]),
    ("no rater", {k: v for k, v in valid_file().items() if k != "rater"}),
    ("an unknown rater", manager_file(rater="peer")),
    ("an unknown field", manager_file(score=3)),
    ("a key that is not an id", manager_file(ratings={"Discovery": "basic"})),
    ("a rating that is not an id", manager_file(ratings={"discovery": 3})),
    ("evidence too long", manager_file(evidence={"discovery": "x" * 20001})),
    ("evidence at the limit", manager_file(evidence={"discovery": "é" * 20000})),
    ("too many months", manager_file(months_in_role=601)),
    ("part of a month", manager_file(months_in_role=1.5)),
    ("no such day", manager_file(date="2026-02-30")),
    ("another date format", manager_file(date="01/02/2026")),
    ("a KPI result with an unknown key", manager_file(kpi_actuals={"win-rate": {"note": "x"}})),
    ("a KPI value as text", manager_file(kpi_actuals={"win-rate": {"value": "92"}})),
    ("a KPI judged met", manager_file(kpi_actuals={"coaching": {"text": "ok", "met": True}})),
    ("a summary with more", manager_file(summary={"strengths": "", "risks": ""})),
    ("another format", manager_file(format="ladder-export")),
    ("a newer format version", manager_file(format_version=2)),
    ("an empty ladder version", manager_file(ladder_version="")),
    ("a name too long", manager_file(name="x" * 201)),
    ("a target that is not an id", manager_file(target_role="Senior rep")),
]


def test_the_scripts_checks_agree_with_the_published_schema(
    script: Callable[[list[tuple[str, str, list[Any]]]], list[Any]],
) -> None:
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    found = script([("shape.js", "validateShape", [document]) for _, document in SHAPES])
    accepted = []
    for (name, document), problems in zip(SHAPES, found, strict=True):
        valid_by_schema = validator.is_valid(document)
        assert (problems == []) == valid_by_schema, (name, problems)
        if valid_by_schema:
            Assessment.model_validate(document)  # the model agrees too
            accepted.append(name)
    assert len(accepted) == 5  # the cases above that are meant to pass
