"""The shapes a competency level and a role's own expectations may take, and their mistakes.

Each case copies the minimal fixture ladder, writes one file the way an editor might, and
asserts what validation makes of it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import problems_of

from generator.validate.folder import load_ladder

MINIMAL = Path(__file__).parent / "fixtures" / "minimal"


@pytest.fixture
def ladder_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(MINIMAL, tmp_path / "ladder")
    return Path("ladder")


def write(ladder: Path, name: str, text: str) -> None:
    (ladder / name).write_text(text, encoding="utf-8")


def test_a_level_may_be_one_text_or_some_of_the_four_questions(ladder_dir: Path) -> None:
    write(
        ladder_dir,
        "competencies/service.yml",
        "id: service\nname: Service\nlevels:\n  foundation: Answers requests on time.\n"
        "  practitioner:\n    skills: Listens before answering.\n"
        "  expert:\n    achieves: Fewer requests.\n    knows: Why they arise.\n",
    )
    ladder, problems = load_ladder(ladder_dir)
    assert problems == [] and ladder is not None
    levels = ladder.competencies["service"].levels
    assert levels["foundation"].text == "Answers requests on time."
    assert levels["practitioner"].answers() == [("skills", "Listens before answering.")]
    assert [q for q, _ in levels["expert"].answers()] == ["achieves", "knows"]


def test_a_level_that_says_nothing_is_an_error(ladder_dir: Path) -> None:
    write(
        ladder_dir,
        "competencies/service.yml",
        "id: service\nname: Service\nlevels:\n  foundation: {}\n",
    )
    assert problems_of(ladder_dir) == [
        "ladder/competencies/service.yml:4:15: error: describe this level: write its text, or "
        "at least one of achieves, skills, demonstrates, knows"
    ]


def test_a_competency_may_have_no_levels_and_roles_their_own_words(ladder_dir: Path) -> None:
    write(
        ladder_dir,
        "competencies/safety.yml",
        "id: safety\nname: Safety\nexpectations:\n  - Reports every near miss the same day\n",
    )
    write(
        ladder_dir,
        "roles/lead.yml",
        "id: lead\ntitle: Operations lead\ntrack: operations\nlevel: 3\nexpectations:\n"
        "  safety:\n    - Runs the monthly safety walk\n"
        "  planning: |\n    Plans the quarter.\n\n    - Shares it by the first Monday\n",
    )
    ladder, problems = load_ladder(ladder_dir)
    assert problems == [] and ladder is not None
    lead = ladder.roles["lead"]
    assert lead.covers() == ["safety", "planning"]
    assert lead.expectations["safety"] == ["Runs the monthly safety walk"]
    assert ladder.competencies["safety"].levelled is False


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("{a: b}", "write a text or a list of texts here, not a mapping (key: value)"),
        ("[]", "this list is empty; add an item or remove the key"),
    ],
)
def test_a_role_expectation_is_a_text_or_a_list(ladder_dir: Path, value: str, message: str) -> None:
    write(
        ladder_dir,
        "roles/lead.yml",
        f"id: lead\ntitle: Operations lead\ntrack: operations\nlevel: 3\nexpectations:\n"
        f"  planning: {value}\n",
    )
    assert problems_of(ladder_dir) == [f"ladder/roles/lead.yml:6:13: error: {message}"]


def test_expectations_name_existing_competencies(ladder_dir: Path) -> None:
    write(
        ladder_dir,
        "roles/lead.yml",
        "id: lead\ntitle: Operations lead\ntrack: operations\nlevel: 3\nexpectations:\n"
        "  planing: Plans the quarter.\n",
    )
    assert problems_of(ladder_dir) == [
        'ladder/roles/lead.yml:6:3: error: there is no competency "planing"; did you mean '
        '"planning"?'
    ]


def test_a_proficiency_scale_has_two_to_ten_levels(ladder_dir: Path) -> None:
    path = ladder_dir / "handbook.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: practitioner")
    path.write_text(text[:start], encoding="utf-8")
    found = problems_of(ladder_dir)
    assert any("a proficiency scale has at least two levels; add one" in p for p in found), found


def test_the_defaults_the_method_needs(ladder_dir: Path) -> None:
    ladder, _ = load_ladder(ladder_dir)
    assert ladder is not None
    book = ladder.handbook
    assert [r.name for r in book.rating_scale] == [
        "Not yet shown",
        "Foundation",
        "Practitioner",
        "Expert",
    ]
    assert book.plan_stages.trial.announced is False
    assert book.plan_stages.new_role.announced is True
    assert book.feedback and book.adaptability
    assert ladder.tracks["operations"].entry_role == "assistant"  # its lowest level
