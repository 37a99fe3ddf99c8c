"""Validation of whole ladders: BAD_INPUTS.md 9-14, each with its exact message and place.

Each case copies the fixture ladder, breaks one thing the way an editor might, and
asserts the complete list of problems: path, line, column and message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import edit, problems_of

from generator.validate.folder import load_ladder


def test_fixture_is_valid_without_warnings(ladder_dir: Path) -> None:
    ladder, problems = load_ladder(ladder_dir)
    assert problems == []
    assert ladder is not None
    assert list(ladder.roles) == ["rep", "senior-rep", "team-lead", "head-of-sales"]
    assert list(ladder.tracks) == ["selling", "leading"]
    assert ladder.sources["role:rep"] == "ladder/roles/rep.yml"


def test_misspelt_key_suggests_the_closest(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "titel: Sales rep")
    assert problems_of(ladder_dir) == [
        'ladder/roles/rep.yml:3:1: error: missing key "title": add it here',
        'ladder/roles/rep.yml:4:1: error: unknown key "titel"; did you mean "title"?',
    ]


def test_misspelt_nested_key_points_at_the_key(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "    threshold: 80", "    treshold: 80")
    assert problems_of(ladder_dir) == [
        'ladder/roles/rep.yml:28:5: error: unknown key "treshold"; did you mean "threshold"?'
    ]


def test_missing_nested_key_points_at_the_mapping(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "  - what: Closed deals\n", "  - \n")
    assert problems_of(ladder_dir) == [
        'ladder/roles/rep.yml:15:5: error: missing key "what": add it here '
        '(in "deliverables" > item 1)'
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("level: 1", "level: three", '6:8: error: expected a whole number, not "three"'),
        ("level: 1", "level: 0", "6:8: error: must be at least 1, not 0"),
        ("level: 1", "level: 1.5", '6:8: error: expected a whole number, not "1.5"'),
        (
            "target: 25\n  sales",
            "target: .nan\n  sales",
            '38:13: error: expected a number (digits, optionally with a decimal point), not ".nan"',
        ),
        (
            "target: 25\n  sales",
            "target: .inf\n  sales",
            '38:13: error: expected a number (digits, optionally with a decimal point), not ".inf"',
        ),
        (
            "target: 25\n  sales",
            "target: nan\n  sales",
            "38:13: error: expected an ordinary number, not infinity or NaN",
        ),
        (
            "target: 25\n  sales",
            "target: -5\n  sales",
            "38:13: error: target -5 is outside 0 to 1000 percent",
        ),
        (
            "target: 25\n  sales",
            "target: 25%\n  sales",
            '38:13: error: expected a number (digits, optionally with a decimal point), not "25%"; '
            "write percentages without the % sign, such as 100",
        ),
        (
            "target: 45\n",
            "target: 45 days\n",
            "40:13: error: expected a number (digits, optionally with a decimal point), not "
            '"45 days"; write the plain number, without units or thousands separators, such as '
            "150000",
        ),
        (
            "carries_quota: true",
            "carries_quota: yes",
            "64:16: error: write true or false here, not 'yes'",
        ),
        ("summary: Finds", "summary:\n  - Finds", "8:3: error: expected text here, not a list"),
        ("title: Sales rep", "title:", "4:1: error: this value is empty; write text"),
        (
            "kind: promotion",
            "kind: promote",
            '"promote" is not allowed here; use one of: '
            'promotion, lateral, track-change (did you mean "promotion"?)',
        ),
    ],
)
def test_wrong_types_and_ranges(ladder_dir: Path, old: str, new: str, expected: str) -> None:
    edit(ladder_dir, "roles/rep.yml", old, new)
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith("ladder/roles/rep.yml:")
    assert found[0].endswith(expected)


def test_yaml_one_point_one_words_stay_text(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "title: Sales rep", "title: NO")
    edit(
        ladder_dir, "roles/rep.yml", "  - Five discovery calls a week", "  - 1.10\n  - 012\n  - off"
    )
    ladder, problems = load_ladder(ladder_dir)
    assert problems == []
    assert ladder is not None
    assert ladder.roles["rep"].title == "NO"
    assert ladder.roles["rep"].day_to_day == ["1.10", "012", "off"]


@pytest.mark.parametrize(
    ("bad_id", "message"),
    [
        (
            "../x",
            '"../x" is not a valid id: use lowercase letters, digits and single hyphens, like "x"',
        ),
        (
            "a/b",
            '"a/b" is not a valid id: use lowercase letters, digits and single hyphens, like "a-b"',
        ),
        (
            ".hidden",
            '".hidden" is not a valid id: use lowercase letters, digits and single '
            'hyphens, like "hidden"',
        ),
        (
            "Sales Rep",
            '"Sales Rep" is not a valid id: use lowercase letters, digits and single '
            'hyphens, like "sales-rep"',
        ),
        (
            "débutant",
            '"débutant" is not a valid id: use lowercase letters, digits and single '
            'hyphens, like "debutant"',
        ),
        (
            "Straße Œuvre",
            '"Straße Œuvre" is not a valid id: use lowercase letters, digits and single '
            'hyphens, like "strasse-oeuvre"',
        ),
        ("nul", '"nul" is a reserved device name on Windows; choose another id'),
        ("com1", '"com1" is a reserved device name on Windows; choose another id'),
        ("a" * 65, "an id has at most 64 characters; this one has 65"),
    ],
)
def test_ids_must_be_slugs(ladder_dir: Path, bad_id: str, message: str) -> None:
    edit(ladder_dir, "kpis/win-rate.yml", "id: win-rate", f'id: "{bad_id}"')
    found = problems_of(ladder_dir)
    assert f"ladder/kpis/win-rate.yml:3:5: error: {message}" in found


def test_same_id_in_two_files_names_both(ladder_dir: Path) -> None:
    shutil.copy(ladder_dir / "kpis/win-rate.yml", ladder_dir / "kpis/wins.yml")
    assert problems_of(ladder_dir) == [
        'ladder/kpis/wins.yml:3:5: error: the id "win-rate" is already defined in '
        "ladder/kpis/win-rate.yml; ids must be unique: give this one its own id and name the "
        "file after it"
    ]


def test_same_id_twice_in_one_list(ladder_dir: Path) -> None:
    edit(ladder_dir, "handbook.yml", "  - id: craft\n", "  - id: candour\n")
    assert (
        'ladder/handbook.yml:20:9: error: the id "candour" is already used on line 17; ids '
        "must be unique" in problems_of(ladder_dir)
    )


def test_id_must_match_file_name(ladder_dir: Path) -> None:
    (ladder_dir / "kpis/win-rate.yml").rename(ladder_dir / "kpis/winrate.yml")
    found = problems_of(ladder_dir)
    assert found[0] == (
        'ladder/kpis/winrate.yml:3:5: error: the id "win-rate" must match the file name '
        '"winrate.yml": rename the file to "win-rate.yml" or set id: winrate'
    )


@pytest.mark.parametrize(
    ("name", "old", "new", "expected"),
    [
        (
            "roles/rep.yml",
            "track: selling",
            "track: sellng",
            'roles/rep.yml:5:8: error: there is no track "sellng"; did you mean "selling"?',
        ),
        (
            "roles/rep.yml",
            "  discovery: basic",
            "  discovry: basic",
            'roles/rep.yml:23:3: error: there is no competency "discovry"; '
            'did you mean "discovery"?',
        ),
        (
            "roles/rep.yml",
            "  discovery: basic",
            "  discovery: basik",
            'roles/rep.yml:23:14: error: there is no proficiency level "basik"; '
            'did you mean "basic"?',
        ),
        (
            "roles/rep.yml",
            "  win-rate:\n",
            "  winrate:\n",
            'roles/rep.yml:37:3: error: there is no KPI "winrate"; did you mean "win-rate"?',
        ),
        (
            "roles/rep.yml",
            "  - to: senior-rep",
            "  - to: senior-reps",
            'roles/rep.yml:51:9: error: there is no role "senior-reps"; did you mean "senior-rep"?',
        ),
        (
            "roles/rep.yml",
            "  - value: candour",
            "  - value: candor",
            'roles/rep.yml:62:12: error: there is no value "candor"; did you mean "candour"?',
        ),
        (
            "competencies/coaching.yml",
            "category: leading",
            "category: lead",
            'competencies/coaching.yml:5:11: error: there is no competency category "lead"; '
            'did you mean "leading"?',
        ),
        (
            "tracks/selling.yml",
            "entry_role: rep",
            "entry_role: ref",
            'tracks/selling.yml:9:13: error: there is no role on this track "ref"; did you mean '
            '"rep"?',
        ),
    ],
)
def test_unknown_references(ladder_dir: Path, name: str, old: str, new: str, expected: str) -> None:
    edit(ladder_dir, name, old, new)
    assert f"ladder/{expected}" in problems_of(ladder_dir)


def test_promotion_loop_is_rejected(ladder_dir: Path) -> None:
    edit(
        ladder_dir,
        "roles/senior-rep.yml",
        "  - to: team-lead\n    kind: lateral",
        "  - to: rep\n    kind: promotion",
    )
    found = problems_of(ladder_dir)
    assert (
        "ladder/roles/senior-rep.yml:3:5: error: promotions loop back on themselves: "
        "rep -> senior-rep -> rep" in found
    )
    assert (
        "ladder/roles/senior-rep.yml:40:11: error: a promotion goes to a higher level on "
        'the same track; "rep" is level 1 on "selling" (use lateral or track-change)' in found
    )


def test_track_without_roles(ladder_dir: Path) -> None:
    (ladder_dir / "tracks/empty.yml").write_text(
        (ladder_dir / "tracks/selling.yml").read_text().replace("id: selling", "id: empty"),
        encoding="utf-8",
    )
    found = problems_of(ladder_dir)
    assert (
        'ladder/tracks/empty.yml:3:5: error: track "empty" has no roles; add a role or '
        "remove it" in found
    )


def test_silent_proficiency_drop_on_promotion(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/senior-rep.yml", "  negotiation: skilled\n", "")
    assert problems_of(ladder_dir) == [
        'ladder/roles/rep.yml:51:9: error: promotion to "senior-rep" lowers "negotiation" from '
        "basic to nothing (the target role does not require it); raise it there, or list it "
        "under lower_proficiency with the reason [proficiency-drop]"
    ]


def test_declared_drop_is_accepted(ladder_dir: Path) -> None:
    ladder, problems = load_ladder(ladder_dir)
    assert problems == [] and ladder is not None
    assert ladder.move("team-lead", "head-of-sales").transition.lower_proficiency


def test_unreachable_role(ladder_dir: Path) -> None:
    edit(
        ladder_dir,
        "roles/rep.yml",
        "  - to: senior-rep\n    kind: promotion",
        "  - to: team-lead\n    kind: track-change",
    )
    found = problems_of(ladder_dir)
    assert (
        'ladder/roles/senior-rep.yml:5:8: error: role "senior-rep" cannot be reached from '
        '"rep", the entry role of track "selling"; add a transition to it from a role on the '
        "track" in found
    )


def test_quota_role_needs_three_numeric_targets(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/senior-rep.yml", "  win-rate:\n    target: 30\n", "")
    assert problems_of(ladder_dir) == [
        "ladder/roles/senior-rep.yml:50:16: warning: a quota-carrying role needs at least three "
        "KPIs with numeric targets; this one has 2 [quota-kpis]"
    ]


def test_threshold_better_than_target(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "    threshold: 60", "    threshold: 30")
    assert problems_of(ladder_dir) == [
        "ladder/roles/rep.yml:41:16: error: threshold 30 is better than the target 45, but "
        "Sales cycle length is lower is better"
    ]


def test_missing_descriptor_for_a_required_level(ladder_dir: Path) -> None:
    text = (ladder_dir / "competencies/coaching.yml").read_text()
    start = text.index("  leading:")
    (ladder_dir / "competencies/coaching.yml").write_text(text[:start], encoding="utf-8")
    assert problems_of(ladder_dir) == [
        'ladder/competencies/coaching.yml:8:3: error: no descriptor for "leading", which a role '
        "requires; add one under levels, or say what the role expects under its expectations "
        "[undescribed-required-level]"
    ]


def test_same_descriptor_at_adjacent_levels_warns(ladder_dir: Path) -> None:
    edit(
        ladder_dir,
        "competencies/coaching.yml",
        "The full set of Coaching skills.",
        "The basic Coaching skills.",
    )
    ladder, problems = load_ladder(ladder_dir)
    assert ladder is not None  # a warning does not stop the build by itself
    assert [p.format() for p in problems] == [
        'ladder/competencies/coaching.yml:15:13: warning: "skills" says the same at basic and '
        "skilled; describe what changes [repeated-level-text]"
    ]


def test_every_problem_is_reported_once_sorted(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/rep.yml", "level: 1", "level: x")
    edit(ladder_dir, "kpis/win-rate.yml", "unit: percent", "unit: percentage")
    edit(ladder_dir, "roles/team-lead.yml", "title: Team lead", "title: Team lead\ntitle: Boss")
    found = problems_of(ladder_dir)
    assert [line.split(":")[0] for line in found] == sorted(line.split(":")[0] for line in found)
    assert len(found) == len(set(found)) >= 3


def test_unexpected_files_in_the_ladder_folder(ladder_dir: Path) -> None:
    (ladder_dir / "roles/notes.txt").write_text("x", encoding="utf-8")
    (ladder_dir / "kpis/win-rate.yml").rename(ladder_dir / "kpis/win-rate.yaml")
    (ladder_dir / "role").mkdir()
    found = problems_of(ladder_dir)
    assert 'ladder/kpis/win-rate.yaml:1:1: error: rename the file to "win-rate.yml"' in found
    assert "ladder/roles/notes.txt:1:1: error: unexpected file in roles/; only .yml" in found
    assert any(line.startswith("ladder/role:1:1: error: unexpected folder") for line in found)


def test_symbolic_links_are_refused(ladder_dir: Path) -> None:
    (ladder_dir / "kpis/passwd.yml").symlink_to("/etc/passwd")
    assert (
        "ladder/kpis/passwd.yml:1:1: error: this is a symbolic link leading outside the ladder "
        "folder; symbolic links are not allowed; copy the file or folder itself here"
        in problems_of(ladder_dir)
    )


def test_missing_folder_and_handbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert problems_of(Path("nowhere")) == ["nowhere:1:1: error: the ladder folder does not exist"]
    Path("empty").mkdir()
    assert problems_of(Path("empty")) == [
        "empty/handbook.yml:1:1: error: handbook.yml is missing; create it"
    ]


def test_kpi_and_competency_may_not_share_an_id(ladder_dir: Path) -> None:
    text = (ladder_dir / "kpis/win-rate.yml").read_text().replace("id: win-rate", "id: coaching")
    (ladder_dir / "kpis/coaching.yml").write_text(text, encoding="utf-8")
    assert (
        'ladder/kpis/coaching.yml:3:5: error: the id "coaching" is also a competency\'s id '
        "(ladder/competencies/coaching.yml); both become anchors on role pages, so give the KPI "
        "another id" in problems_of(ladder_dir)
    )


def test_former_id_may_not_be_another_kinds_anchor(ladder_dir: Path) -> None:
    edit(ladder_dir, "competencies/negotiation.yml", "  - bargaining", "  - win-rate")
    assert problems_of(ladder_dir) == [
        'ladder/competencies/negotiation.yml:24:5: error: "win-rate" is the id of a KPI; as a '
        "former id its anchor on role pages would point to two places"
    ]
