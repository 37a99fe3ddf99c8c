"""Golden (snapshot) tests: the Markdown of every page of the fixture ladder, byte for byte.

A change to a template or to the fixture shows up here as a readable diff of the Markdown a
reader would get. When the change is intended, regenerate the snapshots (the run then fails
on purpose), review the diff, and run again without the variable:

    LADDER_UPDATE_GOLDEN=1 pytest tests/test_render_golden.py

Snapshots live in tests/golden/, one file per page, at the page's own path.
"""

from __future__ import annotations

import pytest
from conftest import FIXTURE, REPO, UPDATE_GOLDEN, check_golden

from generator.site.pages import Page, build_pages
from generator.validate.folder import load_ladder

GOLDEN = REPO / "tests" / "golden"


def fixture_pages() -> list[Page]:
    ladder, problems = load_ladder(FIXTURE)
    assert ladder is not None, [p.format() for p in problems]
    return build_pages(ladder)


PAGES = fixture_pages()


@pytest.mark.parametrize("page", PAGES, ids=[p.path for p in PAGES])
def test_page_matches_snapshot(page: Page) -> None:
    check_golden(GOLDEN / page.path, page.content)


def test_no_stale_snapshots() -> None:
    """A page that no longer exists has no snapshot left behind."""
    if UPDATE_GOLDEN:
        for path in GOLDEN.rglob("*.md"):
            if path.relative_to(GOLDEN).as_posix() not in {p.path for p in PAGES}:
                path.unlink()
    stored = {p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md")}
    assert stored == {p.path for p in PAGES}
