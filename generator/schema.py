"""JSON Schemas for the YAML files, generated from the models, for editor completion.

Editors with the YAML language server read the `# yaml-language-server: $schema=...`
line at the top of each ladder file and offer completion and inline errors from these
schemas. They are written in draft-07, the dialect that extension understands, and
committed; a test fails when they fall behind the models.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .model import Competency, Handbook, Kpi, Role, Track

SCHEMA_DIR = Path(__file__).parent / "schemas"
MODELS: dict[str, type[BaseModel]] = {
    "handbook": Handbook,
    "track": Track,
    "role": Role,
    "competency": Competency,
    "kpi": Kpi,
}
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def schema_for(model: type[BaseModel]) -> dict[str, Any]:
    body = model.model_json_schema(ref_template="#/definitions/{model}")
    definitions = body.pop("$defs", None)
    document: dict[str, Any] = {"$schema": DRAFT_07, **body}
    if definitions:
        document["definitions"] = definitions
    return document


def schema_texts() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(schema_for(model), indent=2, sort_keys=True) + "\n"
        for name, model in MODELS.items()
    }


def write_schemas(out: Path = SCHEMA_DIR) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(out: Path = SCHEMA_DIR) -> list[str]:
    """Names of schema files missing or different from what the models produce."""
    stale = []
    for name, text in schema_texts().items():
        path = out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    return stale
