"""The self-assessment of a German handbook reads numbers the way German is written.

The script takes the separators from the page's embedded JSON (`wording.number`, from
Babel's German locale data): "36.500" is thirty-six thousand five hundred, "1,5" is one
and a half.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from .conftest import REPO, Site, Visit, build_site, visit_for

pytestmark = pytest.mark.browser
GERMAN = REPO / "tests" / "fixtures" / "ladder-de"


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> Site:
    root = tmp_path_factory.mktemp("german-site")
    content = root / "content"
    content.mkdir()
    (content / "index.md").write_text("# Startseite\n\nWillkommen.\n", encoding="utf-8")
    config = {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "docs_dir": str(content),
        "theme": {"custom_dir": str(REPO / "overrides")},
        "plugins": {"ladder": {"ladder_dir": str(GERMAN)}},
    }
    (root / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")
    site = build_site(root, root / "mkdocs.yml")
    return Site(site, serve(site))


@pytest.fixture
def german(browser: Browser, german_site: Site) -> Iterator[Visit]:
    yield from visit_for(browser, german_site)


def test_german_numbers_are_read_as_german_writes_them(german: Visit) -> None:
    german.open("roles/commercial/self-assessment/")
    page = german.page
    assert page.get_attribute("html", "lang") == "de"
    expect(page.locator("#ladder-sa-controls")).to_be_visible()  # the script runs
    page.fill("#actual-nouveau-revenu", "36.500")
    page.fill("#actual-couverture-pipeline", "1,5")
    page.fill("#actual-satisfaction", "9")
    revenue = page.locator("#status-nouveau-revenu")
    # 36,500 is below the target of 38,000 and exactly the lowest acceptable result:
    # had "36.500" been read as 36.5, it would be far short of both.
    expect(revenue).to_contain_text("36.500")
    expect(revenue).not_to_contain_text("36,5")
    expect(revenue).to_have_class("ladder-sa-kpi-status is-below")
    ratio = page.locator("#status-couverture-pipeline")
    expect(ratio).to_contain_text("1,5x")  # 1.5 read, below the target of 3.0x
    expect(ratio).to_have_class("ladder-sa-kpi-status is-below")
    expect(page.locator("#status-satisfaction")).to_have_class("ladder-sa-kpi-status is-met")
    page.fill("#actual-nouveau-revenu", "38.000")
    expect(revenue).to_have_class("ladder-sa-kpi-status is-met")
    assert not german.refused
