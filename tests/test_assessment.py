"""The self-assessment file format, its published schema, and the data the page embeds.

The page's script (overrides/assets/javascripts/self-assessment.js) checks imported files
by the same rules as generator/model/assessment.py; the browser tests compare the two on sample
files, and the tests here keep the script's constants and the model from drifting apart.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import ValidationError

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.model import assessment
from generator.model.assessment import Assessment
from generator.site.pages import build_pages
from generator.site.role_data import RoleData
from generator.tools import schema
from generator.validate.folder import load_ladder

ROOT = Path(__file__).parent.parent
SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
# The page script: its entry module and the modules it imports; the file format's rules
# are in shape.js.
SCRIPT = "\n".join(
    path.read_text(encoding="utf-8")
    for path in [
        SCRIPTS / "self-assessment.js",
        *sorted((SCRIPTS / "self-assessment").glob("*.js")),
    ]
)
SHAPE = (SCRIPTS / "self-assessment" / "shape.js").read_text(encoding="utf-8")
COMMITTED = ROOT / "generator" / "schemas" / "assessment.schema.json"
PUBLISHED = ROOT / "overrides" / "assets" / "schemas" / "assessment.schema.json"
SCHEMA = json.loads(COMMITTED.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def ladder_at(path: Path) -> Ladder:
    ladder, problems = load_ladder(path)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


FIXTURE = ladder_at(ROOT / "tests" / "fixtures" / "ladder")
RICH = ladder_at(ROOT / "tests" / "fixtures" / "rich")


# -- the schema ----------------------------------------------------------------------------
def test_the_schema_is_published_on_the_site_unchanged() -> None:
    text = schema.schema_texts()["assessment.schema.json"]
    assert COMMITTED.read_text(encoding="utf-8") == text
    assert PUBLISHED.read_text(encoding="utf-8") == text
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_a_stale_published_copy_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "overrides" / "assets" / "schemas"
    monkeypatch.setattr(schema, "SITE_SCHEMA_DIR", site)
    (tmp_path / "overrides" / "assets").mkdir(parents=True)
    assert schema.stale_schemas() == [str(site / "assessment.schema.json")]
    assert main(["schema", "--check"]) == 1
    assert str(site / "assessment.schema.json") in capsys.readouterr().err
    # Writing to another folder never touches the site's copy.
    out = tmp_path / "elsewhere"
    assert main(["schema", "--out", str(out)]) == 0
    assert (out / "assessment.schema.json").is_file()
    assert not site.exists()


def test_without_a_theme_folder_nothing_is_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed package has no overrides/ beside it: only the package's schemas count."""
    monkeypatch.setattr(schema, "SITE_SCHEMA_DIR", tmp_path / "missing" / "schemas")
    assert schema.stale_schemas() == []


# -- the model and the schema agree ------------------------------------------------------------
def sample(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "$schema": "https://handbook.example/assets/schemas/assessment.schema.json",
        "format": "ladder-assessment",
        "format_version": 1,
        "ladder_version": "2026.2",
        "role": "rep",
        "role_title": "Sales rep",
        "target_role": "senior-rep",
        "rater": "self",
        "name": "Kim Ode",
        "date": "2026-06-01",
        "months_in_role": 14,
        "ratings": {"discovery": "proficient", "negotiation": "developing"},
        "evidence": {"discovery": "Ran 40 discovery calls."},
        "kpi_actuals": {"win-rate": {"value": 27}, "coaching": {"text": "ok", "met": True}},
        "summary": {"strengths": "Discovery.", "focus": "Negotiation."},
    }
    document.update(changes)
    return document


def without(key: str) -> dict[str, Any]:
    return {k: v for k, v in sample().items() if k != key}


VALID = {
    "complete": sample(),
    "minimal": {
        "format": "ladder-assessment",
        "format_version": 1,
        "ladder_version": "1",
        "role": "rep",
        "rater": "manager",
        "date": "2026-01-31",
        "ratings": {},
    },
    "nulls": sample(target_role=None, months_in_role=None, role_title=None, **{"$schema": None}),
    "no summary": without("summary"),
}
INVALID = {
    "no rater": without("rater"),
    "no ratings": without("ratings"),
    "a peer rater": sample(rater="peer"),
    "an unknown field": sample(notes="x"),
    "a title as key": sample(ratings={"Discovery": "proficient"}),
    "a number as rating": sample(ratings={"discovery": 3}),
    "evidence too long": sample(evidence={"discovery": "x" * (assessment.MAX_TEXT + 1)}),
    "negative months": sample(months_in_role=-1),
    "fractional months": sample(months_in_role=2.5),
    "an impossible day": sample(date="2026-02-30"),
    "a day first date": sample(date="01/06/2026"),
    "a KPI note": sample(kpi_actuals={"win-rate": {"note": "x"}}),
    "a KPI value as text": sample(kpi_actuals={"win-rate": {"value": "27"}}),
    "another summary field": sample(summary={"risks": "x"}),
    "another format": sample(format="csv"),
    "format version 2": sample(format_version=2),
    "a role title as role": sample(role="Account executive"),
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_files_pass_the_model_and_the_schema(name: str) -> None:
    document = VALID[name]
    VALIDATOR.validate(document)
    parsed = Assessment.model_validate(document)
    assert parsed.format == "ladder-assessment"
    again = parsed.model_dump(mode="json", by_alias=True, exclude_none=True)
    VALIDATOR.validate(again)  # what the model writes is a valid file too


@pytest.mark.parametrize("name", sorted(INVALID))
def test_invalid_files_fail_the_model_and_the_schema(name: str) -> None:
    document = INVALID[name]
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(ValidationError):
        Assessment.model_validate(document)


# -- the script and the model agree -------------------------------------------------------------
def script_value(name: str) -> str:
    match = re.search(rf"const {name} = (.+?);\n", SHAPE, re.DOTALL)
    assert match, name
    return match.group(1)


def script_limit(name: str) -> str:
    """An entry of shape.js's LIMITS object."""
    match = re.search(rf"\b{name}: ([^,\n]+)", script_value("LIMITS"))
    assert match, name
    return match.group(1)


def script_list(name: str) -> list[str]:
    return re.findall(r'"([^"]+)"', script_value(name))


def test_the_scripts_field_list_is_the_models() -> None:
    fields = [f.alias or name for name, f in Assessment.model_fields.items()]
    assert script_list("FIELDS") == fields
    assert script_list("REQUIRED") == SCHEMA["required"]


def test_the_scripts_limits_are_the_models() -> None:
    assert eval(script_limit("fileBytes")) == assessment.MAX_FILE_BYTES  # "1024 * 1024"
    assert int(script_limit("text")) == assessment.MAX_TEXT
    assert int(script_limit("items")) == assessment.MAX_ITEMS
    assert int(script_limit("name")) == SCHEMA["properties"]["name"]["maxLength"]
    assert json.loads(script_value("FORMAT")) == assessment.FORMAT
    assert int(script_value("FORMAT_VERSION")) == assessment.FORMAT_VERSION
    assert script_value("ID") == "/" + SCHEMA["properties"]["role"]["pattern"] + "/"


def test_the_script_never_parses_html() -> None:
    """Text from the ladder or a file reaches the page as text only."""
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert risky not in SCRIPT, risky


# -- the data the page embeds -------------------------------------------------------------------
def embedded(ladder: Ladder) -> dict[str, dict[str, Any]]:
    """Each role's data as the browser reads it from the self-assessment page."""
    found = {}
    for page in build_pages(ladder):
        if page.path.endswith("/self-assessment/index.md"):
            match = re.search(r"data-role-data='([^']*)'", page.content)
            assert match, page.path
            data = json.loads(html.unescape(match.group(1)))
            found[data["role"]["id"]] = data
    return found


def test_the_page_names_its_theme_template() -> None:
    for page in build_pages(FIXTURE):
        front = yaml.safe_load(page.content.split("---\n")[1])
        if page.path.endswith("/self-assessment/index.md"):
            assert front["template"] == "self-assessment.html"
        elif page.path.endswith("/expectations/index.md"):
            assert front["template"] == "expectations.html"
        else:
            assert "template" not in front, page.path
        if "template" in front:
            assert (ROOT / "overrides" / front["template"]).is_file()


@pytest.mark.parametrize("ladder", [FIXTURE, RICH], ids=["fixture", "rich"])
def test_the_embedded_data_is_the_ladders(ladder: Ladder) -> None:
    data = embedded(ladder)
    assert set(data) == set(ladder.roles)
    handbook = ladder.handbook
    for role in ladder.roles.values():
        entry = data[role.id]
        assert entry["ladder_version"] == ladder.version
        assert entry["role"]["title"] == role.title
        assert entry["role"]["former_ids"] == role.former_ids
        assert [r["id"] for r in entry["rating_scale"]] == [r.id for r in handbook.rating_scale]
        assert [s["id"] for s in entry["plan_stages"]] == [
            "current_role",
            "trial",
            "new_responsibilities",
            "new_role",
        ]
        assert entry["readiness_default"] == handbook.readiness.model_dump(mode="json")
        assert {c["id"]: c["required"] for c in entry["competencies"]} == role.competencies
        for competency in entry["competencies"]:
            model = ladder.competencies[competency["id"]]
            level = model.levels[competency["required"]]
            # the parts the level has: here the four questions, no single text
            assert competency["descriptor"] == level.model_dump(exclude_none=True)
            assert competency["required_rank"] == ladder.proficiency_rank(competency["required"])
            assert competency["former_ids"] == model.former_ids
        assert {k["id"]: k["target"] for k in entry["kpis"]} == {
            kpi: target.target for kpi, target in role.kpis.items()
        }
        assert [t["to"] for t in entry["transitions"]] == [t.to for t in role.transitions]
        for move, item in zip(ladder.moves_from(role.id), entry["transitions"], strict=True):
            assert item["readiness"] == ladder.readiness_for(move).model_dump(mode="json")
            assert item["trial_activities"] == move.transition.trial_activities
            assert item["new_responsibilities"] == move.transition.new_responsibilities
            assert {c["id"]: c["required"] for c in item["competencies"]} == (
                move.target.competencies
            )
            assert item["typical_time"] == move.transition.typical_time.model_dump()


def test_a_move_with_its_own_rule_carries_it() -> None:
    to_lead = embedded(FIXTURE)["senior-rep"]["transitions"][0]
    assert to_lead["to"] == "team-lead"
    assert to_lead["readiness"]["at_or_above_share"] == 100
    assert to_lead["readiness"]["largest_gap"] == 0
    assert embedded(FIXTURE)["senior-rep"]["role"]["former_ids"] == ["senior-seller"]


def test_the_attribute_keeps_any_text_intact_and_inert() -> None:
    hostile = "Kim's \"deal\" <script>alert(1)</script> & </div> ' {{ 7*7 }}"
    data = RoleData({"role": {"title": hostile}, "n": [1.5, None, True]})
    text = str(data.attribute)
    for raw in ("'", "<", ">"):
        assert raw not in text
    assert json.loads(html.unescape(text)) == data
