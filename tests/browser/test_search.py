"""Search on the rich fixture site, in Chromium: typing a role's title puts a role page
first (not a transition guide or expectations document), a KPI's name puts the KPI catalogue
ahead of the role pages that set targets for it, and an alias the ladder declares ("AE")
finds its role first.
"""

from __future__ import annotations

import re

import pytest

from .conftest import Visit

pytestmark = pytest.mark.browser


def first_result(visit: Visit, query: str) -> tuple[str, str]:
    """(address, title) of the first search result for `query`, typed as a reader would."""
    page = visit.page
    visit.open("")
    page.keyboard.press("s")  # Material's keyboard shortcut opens the search dialog
    field = page.locator("input.md-search__input")
    field.wait_for(state="visible")
    field.fill(query)
    first = page.locator(".md-search-result__item a.md-search-result__link").first
    first.wait_for(state="visible", timeout=15000)
    href = (first.get_attribute("href") or "").split("?")[0]
    title = first.locator("h1, h2").first.inner_text()
    return href, title


def test_a_role_title_finds_a_role_page_before_guides_and_expectations(rich_visit: Visit) -> None:
    href, title = first_result(rich_visit, "account executive")
    assert re.search(r"/roles/[a-z0-9-]+/$", href), href
    assert "account executive" in title.lower()


def test_a_kpi_name_finds_the_kpi_catalogue_before_role_pages(rich_visit: Visit) -> None:
    href, title = first_result(rich_visit, "quota attainment")
    assert href.endswith("/kpis/"), href
    assert title == "KPI catalogue"


def test_an_alias_finds_its_role_first(rich_visit: Visit) -> None:
    href, title = first_result(rich_visit, "AE")
    assert href.endswith("/roles/account-rep/"), href
    assert title == "Account executive"
