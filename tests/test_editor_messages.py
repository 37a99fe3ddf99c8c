"""What an ops editor reads for two common slips (issue 12, items 16 and 17).

A misspelt competency id is reported once, where it is written, with the right suggestion, and
nothing that only repeats it; a missing colon is reported on the line of the mistake, and text
with ": " in a list item gets the hint to quote it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edit, problems_of

FIXTURE = Path(__file__).parent / "fixtures" / "ladder"


@pytest.mark.parametrize(
    ("name", "old", "new", "place", "typed", "meant"),
    [
        (
            "roles/rep.yml",
            "  negotiation: basic",
            "  negotation: basic",
            "24:3",
            "negotation",
            "negotiation",
        ),
        (
            "roles/rep.yml",
            "  discovery: basic",
            "  discovry: basic",
            "23:3",
            "discovry",
            "discovery",
        ),
        (
            "roles/rep.yml",
            "  negotiation: basic",
            "  negociation: basic",
            "24:3",
            "negociation",
            "negotiation",
        ),
        (
            "roles/senior-rep.yml",
            "  negotiation: skilled",
            "  negotation: skilled",
            "23:3",
            "negotation",
            "negotiation",
        ),
        (
            "roles/senior-rep.yml",
            "  discovery: skilled",
            "  Discovery: skilled",
            "22:3",
            "Discovery",
            None,
        ),
    ],
)
def test_a_misspelt_competency_is_reported_once_at_its_place(
    ladder_dir: Path, name: str, old: str, new: str, place: str, typed: str, meant: str | None
) -> None:
    edit(ladder_dir, name, old, new)
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith(f"ladder/{name}:{place}: error: ")
    if meant is not None:
        assert found[0].endswith(f'there is no competency "{typed}"; did you mean "{meant}"?')
    assert f'did you mean "{typed}"' not in found[0]
    assert "at all)" not in found[0]


def test_a_dropped_competency_is_still_reported_in_plain_words(ladder_dir: Path) -> None:
    edit(ladder_dir, "roles/senior-rep.yml", "  negotiation: skilled\n", "")
    (found,) = problems_of(ladder_dir)
    assert "(the target role does not require it)" in found


@pytest.mark.parametrize(
    ("old", "new", "place", "written"),
    [
        ("level: 1", "level 1", "6:6", "level: 1"),
        ("track: selling", "track selling", "5:6", "track: selling"),
        ("title: Sales rep", "title Sales rep", "4:6", "title: Sales rep"),
        ("    threshold: 80", "    threshold 80", "28:14", "threshold: 80"),
        ("  min_months: 12", "  min_months 12", "48:13", "min_months: 12"),
        ("carries_quota: true", "carries_quota true", "64:14", "carries_quota: true"),
        ("summary: Finds", "summary Finds", "7:8", "summary: Finds and closes **small** deals."),
    ],
)
@pytest.mark.parametrize("libyaml", [True, False])
def test_a_missing_colon_is_reported_on_its_line(
    ladder_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    old: str,
    new: str,
    place: str,
    written: str,
    libyaml: bool,
) -> None:
    from generator.read import load

    if libyaml and not load.LIBYAML_AVAILABLE:
        pytest.skip("no libyaml")
    monkeypatch.setattr(load, "LIBYAML_AVAILABLE", libyaml)
    edit(ladder_dir, "roles/rep.yml", old, new)
    key = written.split(":", 1)[0]
    assert problems_of(ladder_dir) == [
        f'ladder/roles/rep.yml:{place}: error: a colon is missing after "{key}": write '
        f'"{written}" (a colon and a space after each key)'
    ]


@pytest.mark.parametrize(
    ("item", "quoted"),
    [
        ("Prospecting: two blocks a day", "Prospecting: two blocks a day"),
        ("Note: calls", "Note: calls"),
        ("Ask: why?", "Ask: why?"),
        ("Step 1: qualify", "Step 1: qualify"),
    ],
)
def test_a_colon_inside_a_list_item_gets_a_hint_to_quote(
    ladder_dir: Path, item: str, quoted: str
) -> None:
    edit(ladder_dir, "roles/rep.yml", "  - Run discovery calls", f"  - {item}")
    assert problems_of(ladder_dir) == [
        "ladder/roles/rep.yml:9:5: error: expected text here, not a mapping (key: value); text "
        f'that contains ": " must be put in quotes, like "{quoted}"'
    ]
