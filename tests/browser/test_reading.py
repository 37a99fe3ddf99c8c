"""Reading the handbook in a browser: clicking through, searching, landing on a competency.

These follow what a new hire and a manager do: from the home page to a track, a role and a
transition guide by clicking; find a role or a competency with the search box; open a
link pasted into a review that points at one competency on a role page. Every page must
load without a single request to another host.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import FIXTURE, REPO, write_mkdocs_project
from playwright.sync_api import Browser, Locator, Route, expect

from .conftest import HOME, Site, Visit, arrived_at, visit_for
from .test_self_assessment import export, fill_self_assessment, import_files, open_form, review_row

pytestmark = pytest.mark.browser


def test_home_to_track_to_role_to_transition_guide_by_clicking(visit: Visit) -> None:
    page = visit.page
    visit.open("")
    page.locator("article").get_by_role("link", name="Selling", exact=True).click()
    page.wait_for_url(arrived_at("/tracks/selling/"))
    expect(page.locator("article h1")).to_have_text(re.compile("Selling"))

    page.locator("article").get_by_role("link", name="Sales rep", exact=True).click()
    page.wait_for_url(arrived_at("/roles/rep/"))
    expect(page.locator("article h1")).to_have_text(re.compile("Sales rep"))

    page.locator("article a[href*='to/senior-rep']").first.click()
    page.wait_for_url(arrived_at("/roles/rep/to/senior-rep/"))
    expect(page.locator("article h1")).to_contain_text("Senior sales rep")
    expect(page.locator("article")).to_contain_text("Run one deal over 20k with a senior rep")
    assert visit.refused == []


@pytest.mark.parametrize(
    ("query", "expected", "address"),
    [
        ("Senior sales rep", "Senior sales rep", "roles/senior-rep/"),
        ("Negotiation", "Negotiation", "competencies/negotiation/"),
    ],
)
def test_search_finds_roles_by_title_and_competencies_by_name(
    visit: Visit, query: str, expected: str, address: str
) -> None:
    page = visit.page
    visit.open("")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially(query, delay=20)  # Material searches as keys are released
    # A page's own result links to it with the search terms (?h=...) and shows its title.
    hit = page.locator(f".md-search-result__item > a[href*='/{address}?h=']")
    expect(hit.first).to_be_visible(timeout=15_000)
    expect(hit.first.locator("h1")).to_have_text(expected)
    assert visit.refused == []


def target_in_view(visit: Visit, anchor: str) -> bool:
    return bool(
        visit.page.evaluate(
            """(id) => {
                const element = document.getElementById(id);
                if (!element) return false;
                const box = element.getBoundingClientRect();
                return box.top >= 0 && box.top < window.innerHeight / 2;
            }""",
            anchor,
        )
    )


def test_a_competency_link_pasted_into_a_review_lands_on_its_section(visit: Visit) -> None:
    visit.open("roles/senior-rep/#negotiation")
    assert visit.page.evaluate("document.querySelector(':target')?.id") == "negotiation"
    assert target_in_view(visit, "negotiation")


def test_a_competency_link_clicked_on_the_site_lands_on_its_section(visit: Visit) -> None:
    page = visit.page
    visit.open("")
    page.locator("article").get_by_role("link", name="negotiation", exact=True).click()
    page.wait_for_url(re.compile(r"/roles/senior-rep/#negotiation$"))
    page.wait_for_function("document.getElementById('negotiation') !== null")
    page.wait_for_timeout(300)  # instant navigation scrolls after swapping the content
    assert target_in_view(visit, "negotiation")


def test_a_proficiency_link_in_the_matrix_lands_on_its_descriptor(visit: Visit) -> None:
    page = visit.page
    visit.open("matrices/selling/")
    link = page.locator("article table a[href*='competencies/discovery/#']").first
    anchor = (link.get_attribute("href") or "").split("#")[1]
    link.click()
    page.wait_for_url(re.compile(rf"/competencies/discovery/#{anchor}$"))
    page.wait_for_timeout(300)
    assert target_in_view(visit, anchor)


def test_an_old_address_redirects_to_the_new_one(visit: Visit) -> None:
    visit.open("roles/senior-seller/")
    visit.page.wait_for_url(arrived_at("/roles/senior-rep/"))
    expect(visit.page.locator("article h1")).to_contain_text("Senior sales rep")


@pytest.mark.parametrize(
    "address",
    [
        "",
        "map/",
        "tracks/selling/",
        "roles/rep/",
        "roles/rep/to/senior-rep/",
        "matrices/selling/",
        "roles/rep/self-assessment/",
        "tags/",
    ],
)
def test_no_page_asks_another_host_for_anything(visit: Visit, address: str) -> None:
    visit.open(address)
    visit.page.locator("input.md-search__input").click()
    visit.page.locator("input.md-search__input").press_sequentially("rep")
    visit.page.wait_for_timeout(500)
    assert visit.refused == []
    assert any(url.endswith("search_index.json") for url in visit.requests)


def test_every_page_shows_the_ladder_version(visit: Visit) -> None:
    for address in ("", "roles/rep/", "kpis/"):
        visit.open(address)
        expect(visit.page.locator(".ladder-stamp")).to_contain_text("version 1.1")


def instant(visit: Visit) -> None:
    """Serve the sitemap with the test server's address, so that Material's instant
    navigation really swaps pages in place, as on the published site."""

    def sitemap(route: Route) -> None:
        response = route.fetch()
        body = response.text().replace("http://localhost:8000/", visit.site.url)
        route.fulfill(response=response, body=body)

    visit.page.route("**/sitemap.xml", sitemap)


def to_the_map_in_place(visit: Visit, start: str, link: str) -> list[str]:
    """Open `start` with instant navigation working, mark the document, and follow the first
    `link` to the map; the script errors of the page, for the caller to check at its end."""
    page = visit.page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    instant(visit)
    visit.open(start)
    page.evaluate("window.notReloaded = true")
    page.locator(link).first.click()
    page.wait_for_url(arrived_at("/map/"))
    return errors


def test_the_map_opens_and_its_boxes_work_with_instant_navigation(visit: Visit) -> None:
    page = visit.page
    errors = to_the_map_in_place(visit, "roles/rep/", "a[href$='map/']")
    expect(page.locator("article h1")).to_contain_text("Map of the ladder")
    expect(page.locator(".ladder-map svg.ladder-map__svg")).to_be_visible()
    assert page.evaluate("window.notReloaded === true")  # swapped in place
    # From the map, a box opens its role's page, again in place.
    page.get_by_role("link", name=re.compile(r"^Senior sales rep, level")).click()
    page.wait_for_url(arrived_at("/roles/senior-rep/"))
    expect(page.locator("article h1")).to_contain_text("Senior sales rep")
    assert page.evaluate("window.notReloaded === true")
    assert errors == []


@pytest.mark.parametrize("address", ["", "roles/rep/", "map/", "kpis/"])
def test_a_plain_build_requests_nothing_that_is_not_there(visit: Visit, address: str) -> None:
    """A site built by `make site` has no versions.json (only `ladder versions build` writes
    one), so its pages must not ask for it: every request answers, none with 404."""
    failed: list[str] = []
    visit.page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    visit.open(address)
    visit.page.wait_for_timeout(300)
    assert failed == []
    assert not any(url.endswith("versions.json") for url in visit.requests)


def active_toc_entry(visit: Visit) -> str:
    visit.page.wait_for_timeout(400)  # Material updates the ToC on scroll
    return str(
        visit.page.evaluate(
            """() => {
                const active = document.querySelector(
                    ".md-sidebar--secondary .md-nav__link--active");
                return active ? active.getAttribute("href") : "";
            }"""
        )
    )


@pytest.mark.parametrize("anchor", ["negotiation", "discovery"])
def test_the_table_of_contents_highlights_the_section_a_link_opens(
    visit: Visit, anchor: str
) -> None:
    visit.open(f"roles/senior-rep/#{anchor}")
    assert target_in_view(visit, anchor)
    assert active_toc_entry(visit).endswith(f"#{anchor}")


@pytest.fixture
def phone(browser: Browser, fixture_site: Site) -> Iterator[Visit]:
    """A phone: 390 by 844, touch, no hover."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    yield Visit(context.new_page(), fixture_site)
    context.close()


def test_on_a_touch_screen_every_heading_shows_its_permalink(phone: Visit) -> None:
    phone.open("roles/senior-rep/")
    links = phone.page.locator("article h2 .headerlink")
    assert links.count() > 2
    for n in range(links.count()):
        assert links.nth(n).evaluate("(a) => getComputedStyle(a).opacity") == "1"


# -- the three readers' journeys, at a desktop's and a phone's size -----------------------------
SIZES = ["desktop", "phone"]


@contextmanager
def reader(browser: Browser, site: Site, size: str) -> Iterator[Visit]:
    """A reader of `site` at a desktop's size (1280 by 900) or a phone's (390 by 844, touch)."""
    yield from visit_for(browser, site, phone=size == "phone")


def press(visit: Visit, link: Locator) -> None:
    """Follow a link as the reader would: a tap on a phone, a click on a desktop."""
    size = visit.page.viewport_size
    if size is not None and size["width"] < 600:
        link.tap()
    else:
        link.click()


def fits_the_width(visit: Visit) -> bool:
    """The page does not scroll sideways (a wide table may, inside its own box)."""
    return bool(
        visit.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    )


@pytest.mark.parametrize("size", SIZES)
def test_a_new_hire_goes_from_home_to_their_role_a_competency_and_a_guide(
    browser: Browser, fixture_site: Site, size: str
) -> None:
    with reader(browser, fixture_site, size) as visit:
        page, article = visit.page, visit.page.locator("article")
        visit.open("")
        press(visit, article.get_by_role("link", name="Selling", exact=True))
        page.wait_for_url(arrived_at("/tracks/selling/"))
        press(visit, article.get_by_role("link", name="Sales rep", exact=True))
        page.wait_for_url(arrived_at("/roles/rep/"))
        expect(page.locator("article h1")).to_contain_text("Sales rep")
        assert fits_the_width(visit)
        press(visit, article.get_by_role("link", name="All levels of Discovery"))
        page.wait_for_url(arrived_at("/competencies/discovery/"))
        expect(page.locator("article h1")).to_contain_text("Discovery")
        assert fits_the_width(visit)
        page.go_back()
        page.wait_for_url(arrived_at("/roles/rep/"))
        press(visit, article.locator("a[href*='to/senior-rep']").first)
        page.wait_for_url(arrived_at("/roles/rep/to/senior-rep/"))
        expect(page.locator("article h1")).to_contain_text("Senior sales rep")
        expect(article).to_contain_text("Run one deal over 20k with a senior rep")
        assert fits_the_width(visit)
        assert visit.refused == []


@pytest.mark.parametrize("size", SIZES)
def test_a_manager_rates_exports_and_compares_with_their_report(
    browser: Browser, fixture_site: Site, size: str
) -> None:
    """The person in the role fills the form and sends the exported file; the manager, in a
    browser of their own, rates, loads that file to compare, and exports the summary."""
    with reader(browser, fixture_site, size) as person:
        page = open_form(person)
        fill_self_assessment(page)
        name, text = export(page)
    assert json.loads(text)["rater"] == "self"
    with reader(browser, fixture_site, size) as manager:
        page = open_form(manager)
        page.fill("#ladder-sa-name", "Kim Ode")
        page.fill("#ladder-sa-rater-name", "Alex Example")
        page.check("#ladder-sa-rater-manager")
        page.fill("#ladder-sa-date", "2026-06-03")
        page.fill("#ladder-sa-months", "14")
        page.select_option("#ladder-sa-target", "senior-rep")
        page.check("#rating-discovery-basic")
        page.fill("#evidence-discovery", "Discovery notes are thin on budget and timing.")
        page.check("#rating-negotiation-skilled")
        page.check("#rating-coaching-basic")
        message = import_files(page, (name, text.encode("utf-8")))
        assert f"Imported {name}" in message
        discovery = review_row(page, "discovery")
        expect(discovery).to_contain_text("Skilled")  # the person's own rating
        expect(discovery).to_contain_text("Ran 40 discovery calls")
        expect(discovery).to_contain_text("Discovery notes are thin on budget and timing.")
        expect(discovery).to_contain_text("Differs")
        expect(page.locator(".ladder-sa-verdict")).to_contain_text("Senior sales rep")
        assert fits_the_width(manager)
        _, markdown = export(page, "#ladder-sa-export-markdown")
        assert "Rated by: Manager (Alex Example)" in markdown
        assert manager.refused == []


EDITED_SUMMARY = "Finds and closes small deals, and books the next meeting before leaving."


def test_an_editor_breaks_the_ladder_reads_where_fixes_it_and_builds(
    browser: Browser, serve: Callable[[Path], str], tmp_path: Path
) -> None:
    """`ladder build` on a broken role file names the file, line and column and leaves the
    published site as it was; once fixed, the build publishes the edit. After each build the
    page is read again at a desktop's size and at a phone's."""
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    write_mkdocs_project(
        tmp_path, ladder=tmp_path / "ladder", pages={"index.md": HOME}, relative=True
    )
    rep = tmp_path / "ladder" / "roles" / "rep.yml"
    good = rep.read_text(encoding="utf-8")

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "generator", "build", "--config-file", "mkdocs.yml"],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO), "NO_MKDOCS_2_WARNING": "1"},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    assert build().returncode == 0
    site = Site(tmp_path / "site", serve(tmp_path / "site"))
    with reader(browser, site, "desktop") as desktop, reader(browser, site, "phone") as phone:
        readers = {"desktop": desktop, "phone": phone}

        def reads(text: str) -> None:
            for size, visit in readers.items():
                expect(visit.page.locator("article"), f"{size}: {text}").to_contain_text(text)

        for visit in readers.values():
            visit.open("roles/rep/")
        reads("Finds and closes small deals.")

        rep.write_text(good.replace("level: 1\n", "level: one\n"), encoding="utf-8")
        broken = build()
        said = broken.stdout + broken.stderr
        assert broken.returncode == 1, said
        assert 'ladder/roles/rep.yml:6:8: error: expected a whole number, not "one"' in said
        assert "Traceback" not in said
        for visit in readers.values():
            visit.page.reload()
        reads("Finds and closes small deals.")

        edited = good.replace("Finds and closes **small** deals.", EDITED_SUMMARY)
        rep.write_text(edited, encoding="utf-8")
        fixed = build()
        assert fixed.returncode == 0, fixed.stdout + fixed.stderr
        for visit in readers.values():
            visit.page.reload()
        reads(EDITED_SUMMARY)
        assert [size for size, visit in readers.items() if not fits_the_width(visit)] == []
