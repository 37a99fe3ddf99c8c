"""JSON Schemas generated from the models: the YAML files, and the self-assessment file.

Editors with the YAML language server read the `# yaml-language-server: $schema=...`
line at the top of each ladder file and offer completion and inline errors from these
schemas. They are written in draft-07, the dialect that extension understands, and
committed; a test fails when they fall behind the models.

The self-assessment file's schema (generator/model/assessment.py) is also published on the site:
in a source checkout, `ladder schema` writes a copy into the theme's assets
(overrides/assets/schemas/), which MkDocs serves at /assets/schemas/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.model import Competency, Handbook, Kpi, Role, Track
from generator.model.assessment import Assessment

SCHEMA_DIR = Path(__file__).parent.parent / "schemas"
MODELS: dict[str, type[BaseModel]] = {
    "handbook": Handbook,
    "track": Track,
    "role": Role,
    "competency": Competency,
    "kpi": Kpi,
    "assessment": Assessment,
}
PUBLISHED = ("assessment.schema.json",)
"""Schemas the site publishes, beside the theme's other assets."""
SITE_SCHEMA_DIR = Path(__file__).parents[2] / "overrides" / "assets" / "schemas"
"""Where the published copies live in a source checkout (the theme's custom_dir)."""
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


def _targets(out: Path) -> list[tuple[Path, str]]:
    """(file, text) for every schema, plus the site's copies when writing the default folder
    of a source checkout (an installed package has no theme folder beside it)."""
    texts = schema_texts()
    targets = [(out / name, text) for name, text in texts.items()]
    if out == SCHEMA_DIR and SITE_SCHEMA_DIR.parent.is_dir():
        targets += [(SITE_SCHEMA_DIR / name, texts[name]) for name in PUBLISHED]
    return targets


def write_schemas(out: Path = SCHEMA_DIR) -> list[Path]:
    written = []
    for path, text in _targets(out):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(out: Path = SCHEMA_DIR) -> list[str]:
    """Schema files missing or different from what the models produce: the file name in
    `out`, or the absolute path of a published copy (so `out / entry` names the file)."""
    stale = []
    for path, text in _targets(out):
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name if path.parent == out else str(path))
    return stale
