"""Golden (snapshot) tests: the Markdown of every page of the fixture ladder, byte for byte.

A change to a template or to the fixture shows up here as a readable diff of the Markdown a
reader would get. When the change is intended, regenerate the snapshots and review the diff
before committing:

    LADDER_UPDATE_GOLDEN=1 pytest tests/test_render_golden.py

Snapshots live in tests/golden/, one file per page, at the page's own path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.site.pages import Page, build_pages
from generator.validate.folder import load_ladder

FIXTURE = Path(__file__).parent / "fixtures" / "ladder"
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("LADDER_UPDATE_GOLDEN") == "1"


def fixture_pages() -> list[Page]:
    ladder, problems = load_ladder(FIXTURE)
    assert ladder is not None, [p.format() for p in problems]
    return build_pages(ladder)


PAGES = fixture_pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.path for p in PAGES])
def test_page_matches_snapshot(page: Page) -> None:
    snapshot = GOLDEN / page.path
    if UPDATE:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(page.content, encoding="utf-8", newline="\n")
    assert snapshot.is_file(), f"no snapshot for {page.path}: run with LADDER_UPDATE_GOLDEN=1"
    assert page.content == snapshot.read_text(encoding="utf-8")


def test_no_stale_snapshots() -> None:
    """A page that no longer exists has no snapshot left behind."""
    if UPDATE:
        for path in GOLDEN.rglob("*.md"):
            if path.relative_to(GOLDEN).as_posix() not in {p.path for p in PAGES}:
                path.unlink()
    stored = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    assert stored == {p.path for p in PAGES}
