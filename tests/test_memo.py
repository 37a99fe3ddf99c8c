"""The work a preview keeps from one save to the next (generator/memo.py): the ladder's files
read again only when their bytes changed (validate/folder.py), the search index's words split
again only for texts that changed (site/search_index.py). With a memo the results must be
exactly those without one, whatever the saves did.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE, edit

from generator.memo import Recent
from generator.read import load
from generator.site import search_index
from generator.validate import folder
from generator.validate.folder import ReadMemo, load_ladder


def test_a_value_is_kept_for_the_next_round_and_forgotten_after_one_without_it() -> None:
    memo: Recent[str, int] = Recent()
    made: list[str] = []

    def make(key: str) -> int:
        made.append(key)
        return len(made)

    assert memo.value("a", lambda: make("a")) == 1
    assert memo.value("a", lambda: make("a")) == 1  # the same round
    memo.done()
    assert memo.value("a", lambda: make("a")) == 1  # the next round
    assert memo.value("b", lambda: make("b")) == 2
    memo.done()
    assert memo.value("b", lambda: make("b")) == 2
    memo.done()  # this round did not use "a"
    assert memo.value("a", lambda: make("a")) == 3
    assert made == ["a", "b", "a"]
    assert set(memo.now) == {"a"} and set(memo.last) == {"b"}


def formatted(result: tuple[Any, list[Any]]) -> tuple[bool, list[str]]:
    ladder, problems = result
    return ladder is not None, [problem.format() for problem in problems]


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files parsed as YAML, in order, by every load."""
    seen: list[str] = []
    real = load.load_text

    def counting(data: str | bytes, display: str, **options: Any) -> Any:
        seen.append(display)
        return real(data, display, **options)

    monkeypatch.setattr(folder, "load_text", counting)
    return seen


def test_a_second_load_parses_only_the_file_that_changed(
    ladder_dir: Path, parsed: list[str]
) -> None:
    memo = ReadMemo()
    first = load_ladder(ladder_dir, memo)
    assert first[0] is not None and len(parsed) == len(list(FIXTURE.rglob("*.yml")))
    parsed.clear()
    assert formatted(load_ladder(ladder_dir, memo)) == formatted(first)
    assert parsed == []
    edit(ladder_dir, "roles/rep.yml", "Finds and closes", "Finds, qualifies and closes")
    again = load_ladder(ladder_dir, memo)
    assert parsed == ["ladder/roles/rep.yml"]
    assert again[0] is not None
    assert again[0].roles["rep"].summary.startswith("Finds, qualifies and closes")


def test_with_a_memo_every_load_reports_what_a_fresh_load_reports(
    ladder_dir: Path, parsed: list[str]
) -> None:
    """A broken file keeps its problems while other files change, and loses them once fixed;
    a removed file is forgotten and a restored one read again."""
    memo = ReadMemo()
    saves = [
        ("roles/rep.yml", "level: 1", "level: one"),  # fails its model
        ("roles/team-lead.yml", "coaching: skilled", "coaching: basic"),  # rep still broken
        ("roles/rep.yml", "level: one", "level: 1"),  # fixed
        ("roles/rep.yml", "title:", "title: [unclosed"),  # no longer YAML
        ("roles/rep.yml", "title: [unclosed", "title:"),
    ]
    for name, old, new in saves:
        edit(ladder_dir, name, old, new)
        assert formatted(load_ladder(ladder_dir, memo)) == formatted(load_ladder(ladder_dir))
    kept = (ladder_dir / "roles/senior-rep.yml").read_bytes()
    (ladder_dir / "roles/senior-rep.yml").unlink()
    assert formatted(load_ladder(ladder_dir, memo)) == formatted(load_ladder(ladder_dir))
    assert not any("senior-rep" in key[0] for key in memo.last)
    (ladder_dir / "roles/senior-rep.yml").write_bytes(kept)
    parsed.clear()
    assert formatted(load_ladder(ladder_dir, memo)) == formatted(load_ladder(ladder_dir))
    assert parsed.count("ladder/roles/senior-rep.yml") == 2  # with the memo and without


def test_the_search_index_weighs_the_same_with_a_memo(tmp_path: Path) -> None:
    """Weighing again after an entry's text changed: the memo's words are those of the new
    text, and it keeps only the texts of the last index."""
    docs = [
        {"location": f"p{n}/", "title": f"Page {n} sales", "text": f"sales engineer {n}"}
        for n in range(30)
    ]
    index = {"config": {"separator": r"[\s\-]+"}, "docs": docs}
    memo = search_index.WordMemo()
    aliases = {"p3/": ["AE", "Account exec"]}
    assert search_index.weigh(index, aliases, memo) == search_index.weigh(index, aliases)
    changed = json.loads(json.dumps(index))
    changed["docs"][4]["text"] = "quota quota attainment"
    changed["docs"][5]["title"] = "Sales engineer"
    assert search_index.weigh(changed, aliases, memo) == search_index.weigh(changed, aliases)
    assert ("[\\s\\-]+", "sales engineer 4") not in memo.last  # the old text is forgotten
    assert ("[\\s\\-]+", "quota quota attainment") in memo.last
