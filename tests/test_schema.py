"""The committed JSON Schemas: current, draft-07, and in agreement with the models."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.adapters.cli import main
from generator.tools.schema import SCHEMA_DIR, schema_texts, stale_schemas

ROOT = Path(__file__).parent.parent
LADDERS = [ROOT / "ladder", ROOT / "tests" / "fixtures" / "ladder"]


class EditorLoader(yaml.SafeLoader):
    """Reads YAML as the editor's YAML 1.2 extension does: a date stays a string."""


EditorLoader.yaml_implicit_resolvers = {
    key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
KIND = {"tracks": "track", "roles": "role", "competencies": "competency", "kpis": "kpi"}


def test_committed_schemas_are_current() -> None:
    assert stale_schemas() == [], "run `ladder schema` and commit generator/schemas/"


def test_schema_check_reports_a_stale_file(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "role.schema.json").write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 1


@pytest.mark.parametrize("name", sorted(schema_texts()))
def test_schemas_are_valid_draft_07(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)


def _ladder_files() -> list[tuple[Path, str]]:
    files = []
    for ladder in LADDERS:
        files.append((ladder / "handbook.yml", "handbook"))
        for folder, kind in KIND.items():
            files.extend((path, kind) for path in sorted((ladder / folder).glob("*.yml")))
    return files


@pytest.mark.parametrize(("path", "kind"), _ladder_files(), ids=lambda v: str(v)[-40:])
def test_every_file_names_its_schema_and_passes_it(path: Path, kind: str) -> None:
    """What an editor's YAML extension sees: the modeline resolves and the file validates."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first.removeprefix(prefix)).resolve()
    assert target == (SCHEMA_DIR / f"{kind}.schema.json").resolve()
    schema = json.loads(target.read_text(encoding="utf-8"))
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)
    jsonschema.Draft7Validator(schema).validate(data)


def test_schema_rejects_a_misspelt_key() -> None:
    schema = json.loads((SCHEMA_DIR / "kpi.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((LADDERS[1] / "kpis" / "win-rate.yml").read_text(encoding="utf-8"))
    data["nmae"] = data.pop("name")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(data)
