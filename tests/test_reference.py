"""The field reference in CONTRIBUTING.md is generated from the models and kept current."""

from __future__ import annotations

from pathlib import Path

from generator.adapters.cli import main
from generator.tools.macro_reference import any_ladder_macro_table, id_macro_table, macro_rows
from generator.tools.reference import current_section, reference, stale_sections

CONTRIBUTING = Path(__file__).parent.parent / "CONTRIBUTING.md"


def test_committed_reference_is_current() -> None:
    assert current_section(CONTRIBUTING) == reference(), "run `ladder reference` and commit"


def test_reference_lists_every_key_with_its_type() -> None:
    text = reference()
    assert "| `title` | text | yes | The job title shown on the site. |" in text
    assert "| `level` | whole number (1 to 20) | yes |" in text
    assert "| `carries_quota` | true or false | no |" in text
    assert "| `kind` | one of `promotion`, `lateral`, `track-change` | yes |" in text
    # A role needs only id, title, track and level; everything else may be left out.
    assert "| `competencies` | mapping of id to id | no |" in text
    assert "| `summary` | text with **bold**, *italics*, links | no | What it is about" in text
    assert "#### Transition (inside ladder/roles/<id>.yml)" in text
    assert "|  |" not in text, "a field has no docstring"


def test_check_flag_detects_a_stale_reference(tmp_path: Path) -> None:
    stale = tmp_path / "CONTRIBUTING.md"
    text = CONTRIBUTING.read_text(encoding="utf-8").replace("| `title` |", "| `titel` |")
    stale.write_text(text, encoding="utf-8")
    assert main(["reference", "--check", "--file", str(stale)]) == 1
    assert main(["reference", "--file", str(stale)]) == 0
    assert main(["reference", "--check", "--file", str(stale)]) == 0


def test_committed_macro_tables_are_current() -> None:
    assert stale_sections(CONTRIBUTING) == [], "run `ladder reference` and commit"


def test_every_macro_and_variable_has_a_row_in_the_editors_tables() -> None:
    from generator.site.macros import MACRO_NAMES, VARIABLE_NAMES

    tables = id_macro_table() + any_ladder_macro_table()
    for name in (*MACRO_NAMES, *VARIABLE_NAMES):
        assert f"{{{{ {name}" in tables or f"if {name}(" in tables, f"{name} has no Write: line"


def test_macro_rows_read_write_and_gives_pairs_with_continued_lines() -> None:
    doc = """What the macro is for.

    Write: `{{ a("x") }}`
    Gives: the first
        thing

    Write: `{{ a("x", "y") }}`
    Gives: a | b
    """
    assert macro_rows(doc) == [
        ('`{{ a("x") }}`', "the first thing"),
        ('`{{ a("x", "y") }}`', "a | b"),
    ]
    assert macro_rows("Write: `{{ a() }}` with no Gives line") == []


def test_check_flag_detects_a_stale_macro_table(tmp_path: Path) -> None:
    stale = tmp_path / "CONTRIBUTING.md"
    text = CONTRIBUTING.read_text(encoding="utf-8")
    stale.write_text(text.replace("| `{{ role_list() }}` |", "| `{{ roles_list() }}` |"), "utf-8")
    assert main(["reference", "--check", "--file", str(stale)]) == 1
    assert main(["reference", "--file", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8") == text
