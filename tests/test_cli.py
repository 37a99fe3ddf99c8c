"""The `ladder` command line: exit codes, output formats and verbs (DESIGN.md §4)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE

from generator.adapters.cli import main


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    role = tmp_path / "ladder/roles/rep.yml"
    role.write_text(role.read_text().replace("level: 1", "level: one"), encoding="utf-8")
    return Path("ladder")


def test_valid_ladder_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--ladder", str(FIXTURE)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "the ladder is valid\n"


def test_invalid_ladder_prints_each_problem_and_exits_one(
    broken: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate"]) == 1
    captured = capsys.readouterr()
    assert captured.out == 'ladder/roles/rep.yml:6:8: error: expected a whole number, not "one"\n'
    assert captured.err == "1 error, 0 warnings\n"


def test_github_annotations(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "github"]) == 1
    assert capsys.readouterr().out == (
        '::error file=ladder/roles/rep.yml,line=6,col=8::expected a whole number, not "one"\n'
    )


def test_json_format(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report == {
        "valid": False,
        "problems": [
            {
                "path": "ladder/roles/rep.yml",
                "line": 6,
                "column": 8,
                "severity": "error",
                "message": 'expected a whole number, not "one"',
                "check": None,
            }
        ],
    }


def test_warnings_fail_only_when_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, "ladder")
    path = Path("ladder/competencies/coaching.yml")
    path.write_text(path.read_text().replace("The full set of", "The basic"), encoding="utf-8")
    assert main(["validate"]) == 0
    assert main(["validate", "--strict"]) == 1
    assert "warning:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv", [[], ["validate", "--format", "xml"], ["frobnicate"], ["validate", "--nope"]]
)
def test_wrong_command_line_exits_two(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        code = main(argv)
        raise SystemExit(code)
    assert stopped.value.code == 2


def test_export_json_has_version_and_every_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--ladder", str(FIXTURE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ladder_version"] == "1.1"
    assert [role["id"] for role in data["roles"]] == [
        "rep",
        "senior-rep",
        "team-lead",
        "head-of-sales",
    ]
    assert {
        "from": "rep",
        "to": "senior-rep",
        "kind": "promotion",
        "typical_min_months": 12,
        "typical_max_months": 24,
    } in data["transitions"]
    assert {kpi["id"] for kpi in data["kpis"]} == {
        "quota-attainment",
        "win-rate",
        "sales-cycle-length",
        "coaching-quality",
    }


def test_export_csv_tables(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            ["export", "--ladder", str(FIXTURE), "--format", "csv", "--table", "role-competencies"]
        )
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {
        "role": "rep",
        "competency": "discovery",
        "proficiency": "basic",
        "rank": "1",
    }
    assert len(rows) == 2 + 3 + 3 + 2


def test_export_of_a_broken_ladder_fails(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 1
    assert "ladder/roles/rep.yml:6:8: error:" in capsys.readouterr().err


def test_console_entry_point_runs_as_module(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--ladder", str(FIXTURE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "")


def test_hostile_file_never_shows_a_traceback(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    (tmp_path / "ladder/roles/rep.yml").write_bytes(b"\xff\xfe!!python/object:os.system ls\n")
    (tmp_path / "ladder/kpis/win-rate.yml").write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--ladder", "ladder"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert done.stdout.startswith("ladder/kpis/win-rate.yml:1:4: error:")
