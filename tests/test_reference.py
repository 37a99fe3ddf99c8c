"""The field reference in CONTRIBUTING.md is generated from the models and kept current."""

from __future__ import annotations

from pathlib import Path

from generator.adapters.cli import main
from generator.tools.reference import current_section, reference

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
