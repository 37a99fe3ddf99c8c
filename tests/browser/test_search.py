"""Search on the rich fixture site, in Chromium: typing a role's title puts that role's page
first (not a longer title that contains it, a transition guide or an expectations document), a
KPI's name puts the KPI catalogue first with that KPI's section as the hit it shows, and an
alias the ladder declares ("AE") finds its role first. Hits carry no tag chips, while the tags
index still lists pages by tag. The same ranking holds for every role and KPI of the rich
ladder and of whatever ladder the repository holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from generator.ladder import Ladder
from generator.validate.folder import load_ladder

from .conftest import REPO, RICH, Visit

pytestmark = pytest.mark.browser


@dataclass
class Hit:
    """One result as the reader sees it: its page, the sections it shows (those hidden under
    "more on this page" left out) and the tag chips drawn under it."""

    href: str
    title: str
    sections: list[str]
    chips: int


def open_search(visit: Visit) -> None:
    visit.open("")
    visit.page.keyboard.press("s")  # Material's keyboard shortcut opens the search dialog
    visit.page.locator("input.md-search__input").wait_for(state="visible")


def search(visit: Visit, query: str) -> list[Hit]:
    """The results for `query`, typed into the open search dialog as a reader would."""
    page = visit.page
    field = page.locator("input.md-search__input")
    items = page.locator(".md-search-result__item")
    field.fill("")
    field.press("End")  # Material reads the field when a key is released
    items.first.wait_for(state="detached")
    field.fill(query)
    field.press("End")
    items.first.wait_for(state="visible", timeout=15000)
    found: list[dict[str, Any]] = page.evaluate(
        """() => [...document.querySelectorAll(".md-search-result__item")].map((item) => {
            const link = item.querySelector(":scope > a");
            return {
                href: (link.getAttribute("href") || "").split("?")[0],
                title: link.querySelector("h1").innerText,
                sections: [...item.querySelectorAll(":scope > a h2")].map((h) => h.innerText),
                chips: item.querySelectorAll(".md-tag").length,
            };
        })"""
    )
    return [Hit(**hit) for hit in found]


def first_result(visit: Visit, query: str) -> tuple[str, str]:
    """(address, title) of the first search result for `query`."""
    open_search(visit)
    hit = search(visit, query)[0]
    return hit.href, hit.title


def ladder_of(folder: Any) -> Ladder:
    ladder, problems = load_ladder(folder)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


def test_a_role_title_finds_that_role_before_longer_titles_and_guides(rich_visit: Visit) -> None:
    """ "Senior account executive" holds every word of "account executive" too; the role
    whose title is exactly the query comes first."""
    open_search(rich_visit)
    hits = search(rich_visit, "account executive")
    assert hits[0].href.endswith("/roles/account-rep/"), hits[0]
    assert hits[0].title == "Account executive"
    assert "Senior account executive" in [hit.title for hit in hits[1:6]]


def test_a_kpi_name_finds_the_kpi_catalogue_before_role_pages(rich_visit: Visit) -> None:
    href, title = first_result(rich_visit, "quota attainment")
    assert href.endswith("/kpis/"), href
    assert title == "KPI catalogue"


def test_quota_shows_the_quota_kpi_before_team_quota(rich_visit: Visit) -> None:
    """Inside the catalogue the KPI named exactly by the query is the section shown; role
    pages that measure quota attainment come before those measuring team quota attainment."""
    open_search(rich_visit)
    hits = search(rich_visit, "quota")
    assert hits[0].href.endswith("/kpis/"), hits[0]
    assert hits[0].sections == ["Quota attainment"]
    roles = [hit for hit in hits if re.search(r"/roles/[a-z0-9-]+/$", hit.href)]
    best = [hit.sections[:1] for hit in roles]
    assert ["Quota attainment"] in best and ["Team quota attainment"] in best
    assert best.index(["Quota attainment"]) < best.index(["Team quota attainment"])
    assert roles[0].title == "Account executive", [hit.title for hit in roles[:3]]


def test_an_alias_finds_its_role_first(rich_visit: Visit) -> None:
    href, title = first_result(rich_visit, "AE")
    assert href.endswith("/roles/account-rep/"), href
    assert title == "Account executive"


def test_hits_carry_no_tag_chips_and_the_tags_index_still_lists_roles(rich_visit: Visit) -> None:
    open_search(rich_visit)
    hits = search(rich_visit, "account executive")
    assert [hit.chips for hit in hits] == [0] * len(hits)
    rich_visit.open("tags/")
    listed = rich_visit.page.locator("article a[href*='roles/account-rep/']")
    assert listed.count() >= 1


def every_title_finds_its_own_page(visit: Visit, ladder: Ladder) -> None:
    """Each role's title and other names find the role's page first; each KPI's name and
    other names find the catalogue first, showing that KPI's section."""
    open_search(visit)
    wrong = []
    for role in ladder.roles.values():
        hit = search(visit, role.title)[0]
        if not hit.href.endswith(f"/roles/{role.id}/"):
            wrong.append(f"{role.title!r} -> {hit.href} ({hit.title})")
        for alias in role.aliases:
            hit = search(visit, alias)[0]
            if not hit.href.endswith(f"/roles/{role.id}/"):
                wrong.append(f"{alias!r} -> {hit.href} ({hit.title})")
    for kpi in ladder.kpis.values():
        for name in [kpi.name, *kpi.aliases]:
            hit = search(visit, name)[0]
            if not hit.href.endswith("/kpis/") or hit.sections[:1] != [kpi.name]:
                wrong.append(f"{name!r} -> {hit.href} {hit.sections}")
    assert wrong == []


def test_every_role_and_kpi_of_the_rich_ladder_finds_its_own_page(rich_visit: Visit) -> None:
    every_title_finds_its_own_page(rich_visit, ladder_of(RICH))


@pytest.mark.repository
def test_every_role_and_kpi_of_the_repository_finds_its_own_page(repository_visit: Visit) -> None:
    every_title_finds_its_own_page(repository_visit, ladder_of(REPO / "ladder"))
