"""`ladder new`: each kind's starting file loads, passes its model, and fits into the ladder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE
from pydantic import BaseModel

from generator.adapters.cli import main
from generator.model import Competency, Kpi, Role, Track
from generator.read.load import load_document
from generator.tools.scaffold import KINDS, Kind, ScaffoldError, scaffold
from generator.validate.folder import load_ladder

MODELS: dict[str, type[BaseModel]] = {
    "role": Role,
    "competency": Competency,
    "kpi": Kpi,
    "track": Track,
}
FOLDERS = {"role": "roles", "competency": "competencies", "kpi": "kpis", "track": "tracks"}


@pytest.fixture
def ladder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    return Path("ladder")


def new(kind: str, thing_id: str, *more: str) -> int:
    return main(["new", kind, thing_id, *more])


def problems(ladder: Path) -> list[str]:
    """Every problem except the TODO placeholders a new file holds by design."""
    return [p.format() for p in load_ladder(ladder)[1] if p.check != "leftover-todo"]


def placeholders(ladder: Path, name: str) -> list[str]:
    """Where the file still holds TODO: errors (by default), so it cannot reach the site."""
    return [
        p.severity
        for p in load_ladder(ladder)[1]
        if p.check == "leftover-todo" and p.path == f"ladder/{name}"
    ]


@pytest.mark.parametrize(
    ("kind", "more"),
    [
        ("role", ["--track", "leading"]),
        ("competency", []),
        ("kpi", []),
        ("track", []),
    ],
)
def test_each_kind_loads_and_passes_its_model(
    ladder: Path, kind: str, more: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(kind, "brand-new", *more) == 0
    path = ladder / FOLDERS[kind] / "brand-new.yml"
    assert capsys.readouterr().out.startswith(f"wrote {path.as_posix()}\nnext:\n  1. ")
    document, found = load_document(path)
    assert found == []
    assert document is not None
    thing = MODELS[kind].model_validate(document.data)
    assert getattr(thing, "id") == "brand-new"  # noqa: B009


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_modeline_comes_first_and_points_at_the_schema(ladder: Path, kind: Kind) -> None:
    made = scaffold(kind, "brand-new", ladder, "leading" if kind == "role" else None)
    first = made.text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema = (made.path.parent / first.split("=", 1)[1]).resolve()
    assert schema.name == f"{kind}.schema.json"
    assert schema.is_file()


@pytest.mark.parametrize("kind", KINDS)
def test_every_key_is_explained(ladder: Path, kind: Kind) -> None:
    """Each top-level key written has a comment line right above it (or above its example)."""
    made = scaffold(kind, "brand-new", ladder, "leading" if kind == "role" else None)
    lines = made.text.splitlines()
    for index, line in enumerate(lines):
        if line and not line.startswith((" ", "#", "-")):
            assert lines[index - 1].startswith("#"), f"{line!r} has no comment above it"


def test_a_new_competency_or_kpi_keeps_the_ladder_valid(ladder: Path) -> None:
    assert new("competency", "forecasting") == 0
    assert new("kpi", "meetings-held") == 0
    assert problems(ladder) == []
    assert set(placeholders(ladder, "competencies/forecasting.yml")) == {"error"}
    assert set(placeholders(ladder, "kpis/meetings-held.yml")) == {"error"}


def test_a_new_role_reports_only_that_it_cannot_be_reached_yet(
    ladder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new("role", "account-lead", "--track", "leading") == 0
    assert "cannot be\n" not in capsys.readouterr().out
    assert problems(ladder) == [
        'ladder/roles/account-lead.yml:12:8: error: role "account-lead" cannot be reached from '
        '"team-lead", the entry role of track "leading"; add a transition to it from a role on '
        "the track"
    ]
    assert "level: 4  # TODO check: above the track's top rung" in (
        ladder / "roles/account-lead.yml"
    ).read_text("utf-8")
    assert set(placeholders(ladder, "roles/account-lead.yml")) == {"error"}


def test_the_next_steps_say_so(ladder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new("role", "account-lead", "--track", "leading") == 0
    out = capsys.readouterr().out
    assert "add a transition to account-lead from a role on track leading" in out
    assert "reports that account-lead cannot be reached" in out


def test_a_new_track_and_its_entry_role(ladder: Path) -> None:
    assert new("track", "partners") == 0
    assert problems(ladder) == [
        'ladder/tracks/partners.yml:8:5: error: track "partners" has no roles; add a role or '
        "remove it"
    ]
    assert new("role", "partners", "--track", "partners") == 0
    assert problems(ladder) == [
        'ladder/tracks/partners.yml:8:5: warning: track "partners" has only one role; a track '
        "is a path [single-role-track]"
    ]
    assert "level: 1  # TODO" in (ladder / "roles/partners.yml").read_text("utf-8")
    assert set(placeholders(ladder, "tracks/partners.yml")) == {"error"}


def test_an_invalid_id_is_refused_with_the_validation_message(
    ladder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new("kpi", "Meetings_Held") == 1
    refused = capsys.readouterr().err
    assert not (ladder / "kpis/Meetings_Held.yml").exists()
    text = (ladder / "kpis/win-rate.yml").read_text("utf-8")
    bad = text.replace("id: win-rate", "id: Meetings_Held")
    (ladder / "kpis/meetings-held.yml").write_text(bad, encoding="utf-8")
    reported = [p.message for p in load_ladder(ladder)[1] if "Meetings_Held" in p.message]
    assert reported == [
        '"Meetings_Held" is not a valid id: use lowercase letters, digits and single hyphens, '
        'like "meetings-held"'
    ]
    assert refused == f"ladder new: {reported[0]}\n"


@pytest.mark.parametrize("thing_id", ["con", "a" * 65, "two--hyphens", ""])
def test_other_invalid_ids(ladder: Path, thing_id: str) -> None:
    with pytest.raises(ScaffoldError):
        scaffold("kpi", thing_id, ladder)


def test_an_existing_file_is_never_overwritten(
    ladder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (ladder / "roles/rep.yml").read_text("utf-8")
    assert new("role", "rep", "--track", "selling") == 1
    assert capsys.readouterr().err == (
        "ladder new: ladder/roles/rep.yml already exists; choose another id or edit that file\n"
    )
    assert (ladder / "roles/rep.yml").read_text("utf-8") == before


def test_a_role_needs_an_existing_track(ladder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new("role", "account-lead") == 2
    assert new("role", "account-lead", "--track", "leadin") == 1
    err = capsys.readouterr().err
    assert err == (
        "ladder new: a new role needs its track: add --track TRACK-ID\n"
        'ladder new: there is no track "leadin"; did you mean "leading"?\n'
    )
    assert not (ladder / "roles/account-lead.yml").exists()


def test_track_is_only_for_roles(ladder: Path) -> None:
    assert new("kpi", "meetings-held", "--track", "leading") == 2


def test_a_broken_handbook_stops_a_new_competency(
    ladder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (ladder / "handbook.yml").write_text("version: [\n", encoding="utf-8")
    assert new("competency", "forecasting") == 1
    assert "ladder/handbook.yml is missing or has errors" in capsys.readouterr().err


def test_works_while_another_file_is_broken(ladder: Path) -> None:
    """Mid-change, the ladder may not validate; starting the next file must still work."""
    (ladder / "roles/rep.yml").write_text("id: rep\nlevel: [\n", encoding="utf-8")
    assert new("role", "account-lead", "--track", "leading") == 0


def test_cli_kinds_match_the_scaffold(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["new", "value", "x"])
    err = capsys.readouterr().err  # argparse quotes the choices in some Python versions only
    assert "invalid choice" in err
    assert all(kind in err for kind in KINDS)
    assert KINDS == ("role", "competency", "kpi", "track")


@pytest.mark.parametrize("kind", KINDS)
def test_the_file_passes_yamllint(ladder: Path, kind: Kind) -> None:
    """The project's yamllint settings (as in pre-commit) accept every starting file."""
    made = scaffold(kind, "brand-new", ladder, "leading" if kind == "role" else None)
    path = Path("new.yml")
    path.write_text(made.text, encoding="utf-8")
    config = Path(__file__).parent.parent / ".yamllint.yml"
    done = subprocess.run(
        [sys.executable, "-m", "yamllint", "--strict", "-c", str(config), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout) == (0, "")


# -- the guesses in a new file -----------------------------------------------------------------


def role_file(ladder: Path, role_id: str, title: str, level: int, track: str = "selling") -> None:
    text = (ladder / "roles/rep.yml").read_text("utf-8")
    text = text.replace("id: rep\n", f"id: {role_id}\n").replace(
        "title: Sales rep", f"title: {title}"
    )
    text = text.replace("level: 1\n", f"level: {level}\n")
    (ladder / "roles" / f"{role_id}.yml").write_text(text, encoding="utf-8")


def written(ladder: Path, role_id: str) -> str:
    return (ladder / "roles" / f"{role_id}.yml").read_text("utf-8")


def test_a_variant_of_a_role_takes_its_level_not_one_above_the_top(ladder: Path) -> None:
    """emea-rep beside rep (level 1, the track's top is 2) is another level-1 role."""
    assert new("role", "emea-rep", "--track", "selling") == 0
    assert "\nlevel: 1  # TODO check: the level of rep, which this id extends\n" in written(
        ladder, "emea-rep"
    )


def test_a_new_role_takes_the_tracks_next_free_level(ladder: Path) -> None:
    role_file(ladder, "principal-rep", "Principal rep", 4)  # selling now holds 1, 2 and 4
    assert new("role", "deal-desk-lead", "--track", "selling") == 0
    assert "\nlevel: 3  # TODO check: the track's next free level (its roles hold 1, 2, 4)\n" in (
        written(ladder, "deal-desk-lead")
    )


def test_acronyms_stay_upper_case_only_where_the_ladder_writes_them(ladder: Path) -> None:
    assert new("role", "emea-rep", "--track", "selling") == 0
    assert "\ntitle: Emea rep  # TODO" in written(ladder, "emea-rep")
    role_file(ladder, "emea-senior-rep", "EMEA senior sales rep", 2)
    assert new("role", "emea-account-planner", "--track", "selling") == 0
    assert "\ntitle: EMEA account planner  # TODO" in written(ladder, "emea-account-planner")


@pytest.mark.parametrize(
    ("kind", "more"),
    [("role", ["--track", "leading"]), ("competency", []), ("kpi", []), ("track", [])],
)
def test_every_placeholder_value_is_marked_todo(ladder: Path, kind: str, more: list[str]) -> None:
    """A value the editor has to choose is never left looking like a decision: each line with
    a guessed value says TODO (account-planning: aware  # TODO ...)."""
    assert new(kind, "brand-new", *more) == 0
    text = (ladder / FOLDERS[kind] / "brand-new.yml").read_text("utf-8")
    guessed = {
        "role": [
            "title:",
            "level:",
            "  coaching:",
            "  min_months:",
            "  max_months:",
            "carries_quota:",
        ],
        "competency": ["name:", "category:"],
        "kpi": ["name:", "unit:", "direction:", "period:"],
        "track": ["name:", "kind:", "entry_role:", "order:"],
    }[kind]
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    for key in guessed:
        line = next(line for line in lines if line.startswith(key))
        assert "TODO" in line, line
