"""axe-core on every kind of page, in the light and the dark scheme: no WCAG 2.0/2.1 A or AA
violation.

axe-core ships inside the axe-playwright-python package; it is injected from there, so the
check needs no network. The fixture site covers every page template; the rich fixture ladder
adds real prose (links, emphasis, long tables), and the repository's own handbook is checked
on its longest page of each kind, every hand-written page, and the search dialog open with
results, whatever its ladder and content/ hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest

from generator.ladder import Ladder
from generator.site.addresses import served_at
from generator.site.pages import build_pages
from generator.validate.folder import load_ladder

from .conftest import REPO, RICH, Visit

pytestmark = pytest.mark.browser

AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


SCHEMES = ["light", "dark"]
FIXED_WORDS = {
    "roles",
    "tracks",
    "competencies",
    "matrices",
    "kpis",
    "values",
    "changelog",
    "map",
    "to",
    "expectations",
    "self-assessment",
    "index.md",
}
"""The words of generated pages' paths that are not ids: a path with its ids left out names
its kind of page (roles/*/to/*/index.md is a transition guide)."""


def every_kind(ladder: Ladder) -> list[str]:
    """The address of the longest generated page of each kind the ladder has."""
    longest: dict[str, tuple[int, str]] = {}
    for page in build_pages(ladder):
        kind = "/".join(part if part in FIXED_WORDS else "*" for part in page.path.split("/"))
        if len(page.content) > longest.get(kind, (-1, ""))[0]:
            longest[kind] = (len(page.content), page.path)
    return [served_at(path) for _, path in longest.values()]


def ladder_of(folder: Path) -> Ladder:
    ladder, problems = load_ladder(folder)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


def violations(visit: Visit, address: str) -> dict[str, list[dict[str, Any]]]:
    """axe's findings on a page in each scheme that has any: the page is loaded once, in the
    light scheme, then shown in the dark one (`show`) and checked again."""
    visit.page.emulate_media(color_scheme="light")
    visit.open(address)
    return in_each_scheme(visit)


def in_each_scheme(visit: Visit) -> dict[str, list[dict[str, Any]]]:
    """axe's findings on the page as it is now, in the light and then the dark scheme, under
    each scheme that has any."""
    found = {}
    for scheme in SCHEMES:
        show(visit, scheme)
        if in_scheme := axe(visit, scheme):
            found[scheme] = in_scheme
    return found


SHOW = """async (media) => {
    const option = document.querySelector(`input[data-md-color-media="${media}"]`);
    if (!option.checked) option.click();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""
"""Choose the palette's option for a system setting, as Material does when a page loads with
it, and wait until the page is drawn again."""


def show(visit: Visit, scheme: str) -> None:
    """The page as it is shown to a reader whose system setting (which the palette follows)
    is `scheme`, without loading it again: the setting emulated, and the palette's option for
    it chosen. `axe` checks that the page does show the scheme."""
    visit.page.emulate_media(color_scheme="dark" if scheme == "dark" else "light")
    visit.page.evaluate(SHOW, f"(prefers-color-scheme: {scheme})")


def search_violations(visit: Visit, query: str) -> dict[str, list[dict[str, Any]]]:
    """axe's findings with the search dialog open on the results for `query`, in each scheme
    that has any."""
    visit.page.emulate_media(color_scheme="light")
    visit.open("")
    visit.page.keyboard.press("s")  # Material's shortcut opens the search dialog
    field = visit.page.locator("input.md-search__input")
    field.wait_for(state="visible")
    field.fill(query)
    field.press("End")  # Material reads the field when a key is released
    results = visit.page.locator(".md-search-result__item").first
    results.wait_for(state="visible", timeout=15000)
    found = {}
    for scheme in SCHEMES:
        show(visit, scheme)
        assert results.is_visible(), f"the search results closed in the {scheme} scheme"
        if in_scheme := axe(visit, scheme):
            found[scheme] = in_scheme
    return found


def axe(visit: Visit, scheme: str) -> list[dict[str, Any]]:
    """axe's findings on the page as it is now shown, after checking it shows `scheme`. axe
    is added to the page once; it reports every violation in full (the other kinds of result,
    which are not read, only once each)."""
    shown = visit.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == ("slate" if scheme == "dark" else "default"), f"not in the {scheme} scheme"
    if visit.page.evaluate("typeof axe === 'undefined'"):
        visit.page.add_script_tag(path=str(AXE))
    result = visit.page.evaluate(
        """async (tags) => {
            const found = await axe.run(document, {
                runOnly: {type: "tag", values: tags},
                resultTypes: ["violations"],
            });
            return found.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
            }));
        }""",
        TAGS,
    )
    assert isinstance(result, list)
    return result


EVERY_KIND = [
    "",
    "roles/rep/",
    "roles/rep/expectations/",
    "roles/rep/self-assessment/",
    "matrices/selling/",
    "roles/rep/to/senior-rep/",
    "map/",
    "tracks/selling/",
    "tracks/",
    "roles/",
    "competencies/discovery/",
    "competencies/",
    "matrices/",
    "kpis/",
    "values/",
    "changelog/",
    "tags/",
]


@pytest.mark.parametrize("address", EVERY_KIND)
def test_no_accessibility_violations(visit: Visit, address: str) -> None:
    """Each kind of page, in the light and the dark scheme; findings are listed by scheme."""
    assert violations(visit, address) == {}


def test_no_accessibility_violations_with_search_results_open(visit: Visit) -> None:
    assert search_violations(visit, "sales rep") == {}


RICH_PAGES = [
    "",
    "tags/",
    "roles/account-rep/",
    "matrices/account-rep/",
    "roles/account-rep/to/senior-account-rep/",
]


def test_no_accessibility_violations_in_the_rich_handbooks_prose(rich_visit: Visit) -> None:
    """The rich ladder's pages with the most prose, and the search dialog open with results,
    in both schemes; each page's findings are listed under its address and scheme."""
    found = {a: v for a in RICH_PAGES if (v := violations(rich_visit, a))}
    assert found == {}
    assert search_violations(rich_visit, "account executive") == {}


def test_no_accessibility_violations_on_every_kind_of_rich_page(rich_visit: Visit) -> None:
    """The longest page of each kind the rich ladder has (those of the test above left to
    it), in both schemes; each page's findings are listed under its address and scheme."""
    every = every_kind(ladder_of(RICH))
    assert len({*RICH_PAGES, *every}) >= len(EVERY_KIND)
    found = {a: v for a in every if a not in RICH_PAGES and (v := violations(rich_visit, a))}
    assert found == {}


@pytest.mark.repository
def test_no_accessibility_violations_on_the_repository_handbooks_own_pages(
    repository_visit: Visit,
) -> None:
    """Whatever content/ holds: every hand-written page, in both schemes; findings are listed
    under each page's address and scheme."""
    hand_written = sorted(
        served_at(path.relative_to(REPO / "content").as_posix())
        for path in (REPO / "content").rglob("*.md")
    )
    found = {a: v for a in hand_written if (v := violations(repository_visit, a))}
    assert found == {}


@pytest.mark.repository
def test_no_accessibility_violations_on_the_repository_handbooks_generated_pages(
    repository_visit: Visit,
) -> None:
    """Whatever ladder/ holds: the longest page of each kind the ladder has, and the search
    dialog open with the results for the first role, in both schemes; findings are listed
    under each page's address and scheme."""
    ladder = ladder_of(REPO / "ladder")
    found = {a: v for a in every_kind(ladder) if (v := violations(repository_visit, a))}
    assert found == {}
    first = next(iter(ladder.roles.values()))
    assert search_violations(repository_visit, first.title) == {}


def test_axe_does_find_a_violation(visit: Visit) -> None:
    """The check can fail: an image without a text alternative is reported."""
    visit.open("")
    visit.page.evaluate("document.querySelector('article').append(document.createElement('img'))")
    visit.page.add_script_tag(path=str(AXE))
    found = visit.page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map((v) => v.id)",
        TAGS,
    )
    assert "image-alt" in found


def test_the_dark_scheme_is_the_one_checked_after_the_switch(visit: Visit) -> None:
    """Text dark enough for the light background and too dark for the dark one is reported
    in the dark scheme only: axe reads the colours of the scheme the page was switched to."""
    visit.open("")
    visit.page.evaluate(
        """() => {
            const text = document.createElement("p");
            text.textContent = "Dark grey on any background";
            text.style.color = "#333333";
            document.querySelector("article").append(text);
        }"""
    )
    found = in_each_scheme(visit)
    assert list(found) == ["dark"]
    assert [v["id"] for v in found["dark"]] == ["color-contrast"]
