"""JSON Schemas generated from the models: the YAML files, and the self-assessment file.

Editors with the YAML language server read the `# yaml-language-server: $schema=...`
line at the top of each ladder file and offer completion and inline errors from these
schemas. They are written in draft-07, the dialect that extension understands, and
committed; a test fails when they fall behind the models.

`ladder schema` also writes a second set, for the ladder in hand and never committed
(.ladder-schemas/ by default): the same schemas where every place that names a track, role,
competency, KPI, value, proficiency level or competency category lists the ladder's own ids
as the allowed values. An editor then flags a misspelt id as it is typed, and offers the real
ones for completion. These are refreshed by `make site` and `make serve`.

The self-assessment file's schema (generator/model/assessment.py) is also published on the site:
in a source checkout, `ladder schema` writes a copy into the theme's assets
(overrides/assets/schemas/), which MkDocs serves at /assets/schemas/.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from generator.model import Competency, Handbook, Kpi, Role, Track
from generator.model.assessment import Assessment

if TYPE_CHECKING:
    from generator.ladder import Ladder

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


# -- schemas that know the ladder's ids ---------------------------------------------------------
LADDER_SCHEMA_DIR = ".ladder-schemas"
"""Where, beside the ladder folder, `ladder schema` writes the ladder's own schemas (untracked);
the default ladder's files name them in their first line."""
LADDER_SCHEMAS = ("handbook", "track", "role", "competency", "kpi")

# Where each schema names an id of another thing: (schema, path to the place, kind of id).
# A path is a list of keys from the schema's root; "*" is the value of every key of a map
# (patternProperties), "#" the keys themselves, "[]" the items of a list.
REFERENCES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("role", ("properties", "track"), "track"),
    ("role", ("properties", "competencies", "#"), "competency"),
    ("role", ("properties", "competencies", "*"), "proficiency"),
    ("role", ("properties", "kpis", "#"), "kpi"),
    ("role", ("definitions", "Transition", "properties", "to"), "role"),
    ("role", ("definitions", "Transition", "properties", "lower_proficiency", "#"), "competency"),
    ("role", ("definitions", "HiringFocus", "properties", "competencies", "[]"), "competency"),
    ("role", ("definitions", "ValueInPractice", "properties", "value"), "value"),
    ("track", ("properties", "entry_role"), "role"),
    ("track", ("definitions", "ValueInPractice", "properties", "value"), "value"),
    ("competency", ("properties", "category"), "category"),
    ("competency", ("properties", "levels", "#"), "proficiency"),
    ("handbook", ("definitions", "RatingLevel", "properties", "proficiency"), "proficiency"),
)


def ladder_ids(ladder: Ladder) -> dict[str, list[str]]:
    """The ids of each kind the ladder defines, sorted."""
    handbook = ladder.handbook
    return {
        "track": sorted(ladder.tracks),
        "role": sorted(ladder.roles),
        "competency": sorted(ladder.competencies),
        "kpi": sorted(ladder.kpis),
        "value": sorted(v.id for v in handbook.values),
        "proficiency": sorted(level.id for level in handbook.proficiency_scale),
        "category": sorted(c.id for c in handbook.competency_categories),
    }


def schema_with_ids(name: str, ids: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """The schema of `name` with the ladder's ids as the allowed values where ids are named."""
    document = schema_for(MODELS[name])
    for schema, path, kind in REFERENCES:
        if schema == name:
            for place in _places(document, path):
                _allow(place, path[-1], list(ids[kind]), kind)
    document["description"] = (
        f"{document.get('description', '')} (Written by `ladder schema` for this ladder's ids; "
        "not committed.)"
    ).strip()
    return document


def _places(root: dict[str, Any], path: Sequence[str]) -> list[dict[str, Any]]:
    """The schema nodes a path leads to; for "#" (a map's keys), the map itself."""
    steps = path[:-1] if path[-1] == "#" else path
    nodes: list[Any] = [root]
    for step in steps:
        following: list[Any] = []
        for current in (_resolve(root, n) for n in nodes):
            if step == "*":
                following += list(current.get("patternProperties", {}).values())
            elif step == "[]":
                following.append(current["items"])
            else:
                following.append(current[step])
        nodes = following
    places = [_resolve(root, n) if path[-1] == "#" else n for n in nodes]
    if not places or not all(isinstance(n, dict) for n in places):
        raise KeyError(f"the schema has no {'/'.join(path)}")  # the table fell behind the models
    return places


def _resolve(root: dict[str, Any], node: Any) -> Any:
    """A node with its `$ref` (to #/definitions/...) or single-choice `anyOf` followed."""
    while isinstance(node, dict):
        if "$ref" in node:
            node = root["definitions"][node["$ref"].rsplit("/", 1)[1]]
        elif "anyOf" in node and [o for o in node["anyOf"] if o.get("type") != "null"]:
            choices = [o for o in node["anyOf"] if o.get("type") != "null"]
            if len(choices) != 1:
                return node
            node = choices[0]
        else:
            return node
    return node


def _allow(place: dict[str, Any], step: str, allowed: list[str], kind: str) -> None:
    said = f"one of this ladder's {kind} ids"
    if step == "#":
        place["propertyNames"] = {**place.get("propertyNames", {}), "enum": allowed}
        place["description"] = _described(place, f"Keys: {said}.")
        return
    target = place
    if "anyOf" in place:  # an optional id: the id's own choice, beside null
        target = next(o for o in place["anyOf"] if o.get("type") == "string")
    target["enum"] = allowed
    place["description"] = _described(place, f"{said[0].upper()}{said[1:]}.")


def _described(place: dict[str, Any], more: str) -> str:
    return f"{place['description']} {more}" if place.get("description") else more


def ladder_schema_texts(ladder: Ladder | None) -> dict[str, str]:
    """The schemas of the ladder in hand; without a ladder (it has errors), the committed ones,
    so an editor keeps every other check while the ladder is being fixed."""
    if ladder is None:
        texts = schema_texts()
        return {f"{name}.schema.json": texts[f"{name}.schema.json"] for name in LADDER_SCHEMAS}
    ids = ladder_ids(ladder)
    return {
        f"{name}.schema.json": json.dumps(schema_with_ids(name, ids), indent=2, sort_keys=True)
        + "\n"
        for name in LADDER_SCHEMAS
    }


def write_ladder_schemas(ladder: Ladder | None, out: Path) -> list[Path]:
    """Write the schemas that know the ladder's ids (files left unchanged when current, so an
    editor watching them does not reload for nothing)."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in ladder_schema_texts(ladder).items():
        path = out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
