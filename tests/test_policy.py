"""Checks as a policy: named content checks, their defaults, and handbook.yml's `checks:`.

Each case copies the fixture ladder, writes one thing an editor might write, and asserts
what `ladder validate` and the MkDocs adapter make of it.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from conftest import edit, problems_of
from mkdocs.config import load_config
from test_plugin import write_project
from test_site_build import project

from generator.adapters.cli import main
from generator.validate.folder import load_ladder
from generator.validate.policy import CHECKS

FIXTURE = Path(__file__).parent / "fixtures" / "ladder"
REPEATED = ("competencies/coaching.yml", "The full set of", "The basic")
"""An edit that makes coaching say the same at two adjacent levels (one warning)."""


def add_to_handbook(ladder: Path, text: str) -> None:
    path = ladder / "handbook.yml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# -- the list ---------------------------------------------------------------------------------
def test_list_checks_names_every_check_with_its_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", "--list-checks"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["check", "default", "catches"]
    rows = [re.split(r"\s{2,}", line, maxsplit=2) for line in lines[1:]]
    assert [row[0] for row in rows] == list(CHECKS)
    for name, default, catches in rows:
        assert default == CHECKS[name].default
        assert catches == CHECKS[name].catches and catches
    assert ("leftover-todo", "error") in [(row[0], row[1]) for row in rows]
    assert ("repeated-level-text", "warning") in [(row[0], row[1]) for row in rows]


def test_check_names_are_stable_slugs() -> None:
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", name) for name in CHECKS)
    assert {check.default for check in CHECKS.values()} == {"error", "warning"}


# -- names in the output ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "old", "new", "check"),
    [
        (*REPEATED, "repeated-level-text"),
        ("roles/senior-rep.yml", "  win-rate:\n    target: 30\n", "", "quota-kpis"),
        ("roles/senior-rep.yml", "  negotiation: skilled\n", "", "proficiency-drop"),
        ("roles/rep.yml", "title: Sales rep", "title: TODO the job title", "leftover-todo"),
        ("competencies/coaching.yml", "  leading:", "  unused:", "undescribed-required-level"),
    ],
)
def test_each_finding_ends_with_its_check_name(
    ladder_dir: Path, name: str, old: str, new: str, check: str
) -> None:
    edit(ladder_dir, name, old, new)
    named = [p for p in load_ladder(ladder_dir)[1] if p.check == check]
    assert named, problems_of(ladder_dir)
    assert all(p.format().endswith(f" [{check}]") for p in named)
    assert all(p.severity == CHECKS[check].default for p in named)


def test_a_leftover_todo_is_an_error_by_default(
    ladder_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(ladder_dir, "roles/rep.yml", "  - Five discovery calls a week", "  - TODO a week")
    assert main(["validate"]) == 1
    assert capsys.readouterr().out.endswith(
        "error: this text still holds a TODO placeholder; write the real text [leftover-todo]\n"
    )


def test_todo_inside_a_word_is_not_a_placeholder(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "title: Sales rep (TODOS team)")
    assert problems_of(ladder_dir) == []


def test_github_annotations_carry_the_check_name(
    ladder_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(ladder_dir, *REPEATED)
    assert main(["validate", "--format", "github"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("describe what changes [repeated-level-text]")


# -- checks: in handbook.yml ------------------------------------------------------------------
def test_checks_can_turn_a_warning_into_an_error(ladder_dir: Path) -> None:
    edit(ladder_dir, *REPEATED)
    add_to_handbook(ladder_dir, "checks:\n  repeated-level-text: error\n")
    ladder, problems = load_ladder(ladder_dir)
    assert ladder is None
    assert [(p.severity, p.check) for p in problems] == [("error", "repeated-level-text")]


def test_checks_can_turn_an_error_into_a_warning(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "title: TODO")
    add_to_handbook(ladder_dir, "checks:\n  leftover-todo: warning\n")
    ladder, problems = load_ladder(ladder_dir)
    assert ladder is not None
    assert [(p.severity, p.check) for p in problems] == [("warning", "leftover-todo")]


def test_checks_can_turn_a_check_off(ladder_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(ladder_dir, *REPEATED)
    add_to_handbook(ladder_dir, "checks:\n  repeated-level-text: 'off'\n")
    assert problems_of(ladder_dir) == []
    assert main(["validate", "--strict"]) == 0
    assert capsys.readouterr().err == "the ladder is valid\n"


def test_structure_errors_cannot_be_turned_off(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "track: selling", "track: selilng")
    add_to_handbook(ladder_dir, "checks:\n" + "".join(f"  {name}: 'off'\n" for name in CHECKS))
    problems = load_ladder(ladder_dir)[1]
    assert (
        'ladder/roles/rep.yml:5:8: error: there is no track "selilng"; did you mean "selling"?'
        in [p.format() for p in problems]
    )
    assert problems and all(p.severity == "error" and not p.check for p in problems)


def test_an_unknown_check_name_is_an_error_with_a_suggestion(ladder_dir: Path) -> None:
    add_to_handbook(ladder_dir, "checks:\n  repeated-level-texts: 'off'\n  nonsense: error\n")
    lines = len((ladder_dir / "handbook.yml").read_text().splitlines())
    assert problems_of(ladder_dir) == [
        f'ladder/handbook.yml:{lines - 1}:3: error: there is no check "repeated-level-texts"; '
        'did you mean "repeated-level-text"?',
        f'ladder/handbook.yml:{lines}:3: error: there is no check "nonsense"; '
        "`ladder validate --list-checks` lists them",
    ]


def test_a_wrong_setting_is_an_error(ladder_dir: Path) -> None:
    add_to_handbook(ladder_dir, "checks:\n  leftover-todo: fatal\n")
    found = problems_of(ladder_dir)
    assert len(found) == 1 and found[0].startswith("ladder/handbook.yml:")
    assert '"fatal" is not allowed here; use one of: error, warning, off' in found[0]


# -- strict -----------------------------------------------------------------------------------
def test_warnings_pass_validate_unless_the_handbook_is_strict(
    ladder_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(ladder_dir, *REPEATED)
    assert main(["validate"]) == 0
    add_to_handbook(ladder_dir, "strict: true\n")
    assert main(["validate"]) == 1
    assert capsys.readouterr().err.endswith("0 errors, 1 warning\n")


@pytest.mark.parametrize(("strict", "level"), [("false", logging.INFO), ("true", logging.WARNING)])
def test_the_plugin_logs_warnings_so_that_only_a_strict_handbook_fails_the_build(
    tmp_path: Path, strict: str, level: int, caplog: pytest.LogCaptureFixture
) -> None:
    ladder = tmp_path / "ladder"
    shutil.copytree(FIXTURE, ladder)
    edit(ladder, *REPEATED)
    add_to_handbook(ladder, f"strict: {strict}\n")
    config = load_config(config_file=str(write_project(tmp_path, ladder)))
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        config.plugins.on_config(config)
    found = [r for r in caplog.records if "[repeated-level-text]" in r.getMessage()]
    assert [r.levelno for r in found] == [level]


# -- a broken handbook does not hide the other files' problems -------------------------------------
def test_cross_checks_run_when_handbook_fails_its_model(ladder_dir: Path) -> None:
    edit(ladder_dir, "handbook.yml", "organisation:", "organization:")
    edit(ladder_dir, "roles/rep.yml", "track: selling", "track: selilng")
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "title: TODO")
    found = problems_of(ladder_dir)
    assert any(line.startswith("ladder/handbook.yml:") for line in found), found
    assert (
        'ladder/roles/rep.yml:5:8: error: there is no track "selilng"; did you mean "selling"?'
        in found
    )
    assert any(line.endswith("[leftover-todo]") for line in found), found


def test_the_policy_applies_even_when_handbook_fails_its_model(ladder_dir: Path) -> None:
    edit(ladder_dir, "handbook.yml", "organisation:", "organization:")
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "title: TODO")
    add_to_handbook(ladder_dir, "checks:\n  leftover-todo: 'off'\n")
    assert not any("[leftover-todo]" in line for line in problems_of(ladder_dir))


# -- the real strict build ------------------------------------------------------------------------
@pytest.mark.parametrize(("strict", "code"), [("false", 0), ("true", 1)])
def test_mkdocs_build_strict_fails_on_a_warning_only_in_a_strict_handbook(
    tmp_path: Path, strict: str, code: int
) -> None:
    ladder = tmp_path / "ladder"
    shutil.copytree(FIXTURE, ladder)
    edit(ladder, *REPEATED)
    add_to_handbook(ladder, f"strict: {strict}\n")
    built = project(tmp_path, ladder, {"index.md": "# Home\n"})
    assert built.returncode == code, built.output
    assert "[repeated-level-text]" in built.output
