"""The committed JSON Schemas: current, draft-07, and in agreement with the models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.tools.schema import (
    LADDER_SCHEMA_DIR,
    REFERENCES,
    SCHEMA_DIR,
    ladder_ids,
    ladder_schema_texts,
    schema_texts,
    schema_with_ids,
    stale_schemas,
)
from generator.validate.folder import load_ladder

ROOT = Path(__file__).parent.parent
LADDERS = [ROOT / "tests" / "fixtures" / "rich", ROOT / "tests" / "fixtures" / "ladder"]


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
    ids = str(tmp_path / "ids")
    assert main(["schema", "--out", str(tmp_path), "--ids-out", ids]) == 0
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 0
    (tmp_path / "role.schema.json").write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 1


@pytest.mark.parametrize("name", sorted(schema_texts()))
def test_schemas_are_valid_draft_07(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)


def _ladder_files(ladders: list[Path] = LADDERS) -> list[tuple[Path, str]]:
    files = []
    for ladder in ladders:
        files.append((ladder / "handbook.yml", "handbook"))
        for folder, kind in KIND.items():
            files.extend((path, kind) for path in sorted((ladder / folder).glob("*.yml")))
    return files


@pytest.mark.parametrize(("path", "kind"), _ladder_files(), ids=lambda v: str(v)[-40:])
def test_every_file_names_its_schema_and_passes_it(path: Path, kind: str) -> None:
    """What an editor's YAML extension sees: the modeline resolves and the file validates.
    The fixtures name the committed schemas."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# yaml-language-server: $schema="
    assert first.startswith(prefix)
    target = (path.parent / first.removeprefix(prefix)).resolve()
    assert target == (SCHEMA_DIR / f"{kind}.schema.json").resolve()
    schema = json.loads(target.read_text(encoding="utf-8"))
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)
    jsonschema.Draft7Validator(schema).validate(data)


@pytest.mark.repository
def test_the_repository_ladder_passes_its_schemas() -> None:
    """Whatever ladder/ holds: each file passes its kind's schema. A first line that names a
    schema names its kind's: the committed one, or the one with the ladder's own ids
    (.ladder-schemas/, written by `ladder schema`, not committed), checked here as `ladder
    schema` would write it."""
    ladder, problems = load_ladder(ROOT / "ladder")
    assert ladder is not None, [p.format() for p in problems]
    own = ladder_schema_texts(ladder)
    prefix = "# yaml-language-server: $schema="
    for path, kind in _ladder_files([ROOT / "ladder"]):
        text = path.read_text(encoding="utf-8")
        schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
        first = text.splitlines()[0] if text else ""
        if first.startswith(prefix):
            target = (path.parent / first.removeprefix(prefix)).resolve()
            if target.parent == (ROOT / LADDER_SCHEMA_DIR).resolve():
                assert target.name == f"{kind}.schema.json", path
                schema = json.loads(own[target.name])
            else:
                assert target == (SCHEMA_DIR / f"{kind}.schema.json").resolve(), path
        data = yaml.load(text, Loader=EditorLoader)
        jsonschema.Draft7Validator(schema).validate(data)


def test_schema_rejects_a_misspelt_key() -> None:
    schema = json.loads((SCHEMA_DIR / "kpi.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((LADDERS[1] / "kpis" / "win-rate.yml").read_text(encoding="utf-8"))
    data["nmae"] = data.pop("name")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(data)


# -- schemas with the ladder's own ids -----------------------------------------------------------
@pytest.fixture(scope="module")
def fixture_ladder() -> Ladder:
    ladder, problems = load_ladder(LADDERS[1])
    assert ladder is not None, problems
    return ladder


def _role(name: str = "rep") -> dict[str, object]:
    data = yaml.load((LADDERS[1] / "roles" / f"{name}.yml").read_text("utf-8"), Loader=EditorLoader)
    assert isinstance(data, dict)
    return data


def _errors(schema: dict[str, object], data: object) -> list[str]:
    found = jsonschema.Draft7Validator(schema).iter_errors(data)
    return sorted("/".join(map(str, e.absolute_path)) + ": " + e.message for e in found)


def test_ids_of_every_kind(fixture_ladder: Ladder) -> None:
    ids = ladder_ids(fixture_ladder)
    assert ids["competency"] == ["coaching", "discovery", "negotiation"]
    assert ids["track"] == ["leading", "selling"]
    assert ids["proficiency"] == ["basic", "leading", "skilled"]
    assert set(ids) == {kind for _, _, kind in REFERENCES} | {"kpi"}
    assert all(ids[kind] == sorted(ids[kind]) for kind in ids)


def test_every_reference_is_checked_against_the_ladders_ids(fixture_ladder: Ladder) -> None:
    schema = schema_with_ids("role", ladder_ids(fixture_ladder))
    jsonschema.Draft7Validator.check_schema(schema)
    role = _role("senior-rep")
    assert _errors(schema, role) == []
    role["track"] = "seling"
    role["competencies"] = {**role["competencies"], "negotation": "basic"}  # type: ignore[dict-item]
    role["kpis"] = {"quota-atainment": {"target": 100}}
    role["transitions"][0]["to"] = "team-led"  # type: ignore[index]
    role["values"] = [{"value": "honsety", "in_practice": "Says so."}]
    errors = _errors(schema, role)
    assert any(e.startswith("track: 'seling' is not one of ['leading', 'selling']") for e in errors)
    assert any(e.startswith("competencies: 'negotation' is not one of") for e in errors)
    assert any(e.startswith("kpis: 'quota-atainment' is not one of") for e in errors)
    assert any(e.startswith("transitions/0/to: 'team-led' is not one of") for e in errors)
    assert any(e.startswith("values/0/value: 'honsety' is not one of") for e in errors)
    assert len(errors) == 5


def test_a_proficiency_level_must_be_one_of_the_scale(fixture_ladder: Ladder) -> None:
    schema = schema_with_ids("role", ladder_ids(fixture_ladder))
    role = _role()
    role["competencies"] = {"discovery": "expert"}
    assert _errors(schema, role) == [
        "competencies/discovery: 'expert' is not one of ['basic', 'leading', 'skilled']"
    ]


def test_the_committed_schemas_know_no_ids(fixture_ladder: Ladder) -> None:
    """Without the ladder, any well-formed id passes: the fallback an editor has before
    `ladder schema` ran, and while the ladder has errors."""
    schema = json.loads((SCHEMA_DIR / "role.schema.json").read_text(encoding="utf-8"))
    role = _role()
    role["track"] = "seling"
    assert _errors(schema, role) == []
    assert ladder_schema_texts(None)["role.schema.json"] == schema_texts()["role.schema.json"]


def test_ladder_schema_writes_the_ids_beside_the_ladder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ladder = tmp_path / "ladder"
    shutil.copytree(LADDERS[1], ladder)
    assert main(["schema", "--ids-only", "--ladder", str(ladder)]) == 0
    written = sorted(p.name for p in (tmp_path / LADDER_SCHEMA_DIR).iterdir())
    assert written == sorted(f"{k}.schema.json" for k in [*KIND.values(), "handbook"])
    role = json.loads((tmp_path / LADDER_SCHEMA_DIR / "role.schema.json").read_text("utf-8"))
    assert role["properties"]["track"]["enum"] == ["leading", "selling"]
    assert capsys.readouterr().err == ""
    # A broken ladder: the plain schemas, and a note saying why the ids are gone.
    rep = ladder / "roles" / "rep.yml"
    rep.write_text(rep.read_text("utf-8").replace("level: 1", "level: one"), encoding="utf-8")
    assert main(["schema", "--ids-only", "--ladder", str(ladder)]) == 0
    role = json.loads((tmp_path / LADDER_SCHEMA_DIR / "role.schema.json").read_text("utf-8"))
    assert "enum" not in role["properties"]["track"]
    assert "the ladder has errors, so its ids are not known" in capsys.readouterr().err
