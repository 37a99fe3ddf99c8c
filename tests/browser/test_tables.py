"""Tables fit the screen, scroll sideways in a box that shows it scrolls, or become cards.

On a 1280×900 desktop and a 390×844 phone, every cell of the competency matrices, an
expectations page (its KPI table is the widest) and the self-assessment's comparison (after
importing a manager's file) is either wholly on screen or inside a box that scrolls sideways
and shows it: its scrollbar takes room, and shadows (backgrounds that travel with the
content, handbook.css) mark the edge with more table beyond it. No cell may be cut off by a
box that neither scrolls nor says so.

On the phone the expectations KPI table and the review's comparison, KPI comparison and
history of ratings become stacked cards (stack-tables.js): one card per row, every cell on
screen under its column's heading, with no sideways scrolling; the desktop, paper and a
browser without scripts keep the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright

from .conftest import CHROMIUM, CHROMIUM_ARGS, Site, Visit, visit_for
from .test_self_assessment import (
    as_file,
    axe_violations,
    fill_self_assessment,
    import_files,
    manager_file,
)

pytestmark = pytest.mark.browser

SIZES = [(1280, 900), (390, 844)]


@pytest.fixture(scope="module")
def drawn(playwright: Playwright) -> Iterator[Browser]:
    """Chromium drawing its scrollbars, as on a desktop (headless mode hides them by default)."""
    chromium = playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, ignore_default_args=["--hide-scrollbars"]
    )
    yield chromium
    chromium.close()


@pytest.fixture
def rich_visit(drawn: Browser, rich_site: Site) -> Iterator[Visit]:
    yield from visit_for(drawn, rich_site)


@pytest.fixture
def visit(drawn: Browser, fixture_site: Site) -> Iterator[Visit]:
    yield from visit_for(drawn, fixture_site)


# For each cell: its nearest ancestor that clips sideways (overflow-x other than visible).
# A cell with none must lie in the viewport. A cell in a clipping box that has more content
# than room must have a scrolling box (auto or scroll) whose scrollbar takes room and whose
# background travels with the content (the edge shadows), and that box must itself be on
# screen. A stacked table's heading row, shrunk to one pixel for screen readers only (its
# texts are the cards' labels), is not a cut-off table. Returns the problems found and how
# many cells sat in a box that scrolls.
CHECK = """(selector) => {
  const width = document.documentElement.clientWidth;
  const problems = [];
  let cells = 0, scrolled = 0;
  const inView = (r) => r.left >= -0.5 && r.right <= width + 0.5;
  for (const cell of document.querySelectorAll(selector)) {
    const rect = cell.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    cells += 1;
    const label = cell.tagName + " " + JSON.stringify(cell.textContent.trim().slice(0, 30));
    let box = cell.parentElement;
    while (box && box !== document.body && getComputedStyle(box).overflowX === "visible") {
      box = box.parentElement;
    }
    if (box && box.tagName === "THEAD" && box.clientWidth <= 1 && box.clientHeight <= 1) {
      continue;  // a stacked table's heading row, kept for screen readers only
    }
    if (!box || box === document.body) {
      if (!inView(rect)) problems.push(label + " is off screen");
      continue;
    }
    const style = getComputedStyle(box);
    const overflows = box.scrollWidth > box.clientWidth + 1;
    if (!overflows) {
      if (!inView(rect)) problems.push(label + " is off screen in a box that does not scroll");
      continue;
    }
    scrolled += 1;
    const name = box.tagName + "." + box.className;
    if (!["auto", "scroll"].includes(style.overflowX)) problems.push(label + " clipped by " + name);
    const bar = box.offsetHeight - box.clientHeight
      - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
    if (bar <= 0) problems.push(label + ": " + name + " scrolls with no scrollbar");
    const shadows = style.backgroundAttachment.includes("local")
      && style.backgroundImage.includes("gradient");
    if (!shadows) {
      problems.push(label + ": " + name + " scrolls with no edge shadows");
    }
    if (!inView(box.getBoundingClientRect())) problems.push(name + " is itself off screen");
  }
  return {problems: [...new Set(problems)], cells, scrolled};
}"""


def cells_are_reachable(page: Page, selector: str) -> dict[str, Any]:
    found = page.evaluate(CHECK, selector)
    assert isinstance(found, dict)
    assert found["cells"] > 0, f"no table cells matched {selector}"
    assert found["problems"] == [], found["problems"]
    return found


ADDRESSES = [
    "matrices/sales-management/",
    "matrices/account-rep/",
    "roles/account-rep/expectations/",
]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("address", ADDRESSES)
def test_handbook_tables_fit_or_scroll_visibly(
    rich_visit: Visit, address: str, size: tuple[int, int]
) -> None:
    rich_visit.page.set_viewport_size({"width": size[0], "height": size[1]})
    rich_visit.open(address)
    cells_are_reachable(rich_visit.page, "article table th, article table td")


def test_on_a_phone_the_matrix_scrolls_and_shows_it(rich_visit: Visit) -> None:
    """A matrix is wider than a phone and is read across its levels: it scrolls. (The
    expectations KPI table, also wider than a phone, becomes cards: see below.)"""
    rich_visit.page.set_viewport_size({"width": 390, "height": 844})
    rich_visit.open("matrices/sales-management/")
    found = cells_are_reachable(rich_visit.page, "article table th, article table td")
    assert found["scrolled"] > 0


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_self_assessment_comparison_fits_or_scrolls_visibly(
    visit: Visit, size: tuple[int, int]
) -> None:
    page = visit.page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    visit.open("roles/rep/self-assessment/")
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    page.locator("table.ladder-sa-compare").wait_for()
    cells_are_reachable(page, "table.ladder-sa-table th, table.ladder-sa-table td")


# -- stacked cards on a phone ------------------------------------------------------------------

# For each body cell of the tables marked for stacking: where it is, whether anything between
# it and the page scrolls sideways, the heading of its column (the header cell above it) and
# the label drawn before it. `page` says whether the page itself scrolls sideways.
CARDS = """(selector) => {
  const width = document.documentElement.clientWidth;
  const cells = [];
  for (const table of document.querySelectorAll(selector)) {
    const heads = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
    for (const row of table.tBodies[0].rows) {
      [...row.cells].forEach((cell, column) => {
        const rect = cell.getBoundingClientRect();
        let scrolls = false;
        for (let box = cell.parentElement; box !== document.body; box = box.parentElement) {
          const clips = getComputedStyle(box).overflowX !== "visible";
          if (clips && box.scrollWidth > box.clientWidth + 1) scrolls = true;
        }
        const before = getComputedStyle(cell, "::before");
        cells.push({
          text: cell.textContent.trim().slice(0, 30),
          heading: heads[column],
          label: cell.getAttribute("data-label"),
          drawn: before.display === "none" ? "" : before.content,
          shown: rect.width > 0 && rect.height > 0,
          inView: rect.left >= -0.5 && rect.right <= width + 0.5,
          scrolls,
        });
      });
    }
  }
  const page = document.documentElement.scrollWidth > width + 1;
  const tables = [...document.querySelectorAll(selector)];
  const rows = tables.flatMap((table) => [...table.tBodies[0].rows]);
  const heads = tables.map((table) => table.tHead);
  return {
    cells,
    page,
    rows: [...new Set(rows.map((row) => getComputedStyle(row).display))],
    headingsShown: heads.every((head) => head.getBoundingClientRect().height > 1),
  };
}"""


def cards(page: Page, selector: str) -> dict[str, Any]:
    found = page.evaluate(CARDS, selector)
    assert isinstance(found, dict)
    assert found["cells"], f"no body cells in {selector}"
    return found


def assert_stacked(page: Page, selector: str) -> None:
    """Every cell on screen, labelled with its column's heading, nothing scrolling sideways."""
    found = cards(page, selector)
    assert found["page"] is False, "the page scrolls sideways"
    assert found["rows"] == ["grid"], found["rows"]  # a card per row, not a table row
    assert found["headingsShown"] is False  # the headings are the labels
    for cell in found["cells"]:
        assert cell["shown"] and cell["inView"] and not cell["scrolls"], cell
        assert cell["heading"], cell
        assert cell["label"] == cell["heading"], cell
        assert cell["heading"] in cell["drawn"], cell  # the label is drawn, not only stored


def assert_a_table(page: Page, selector: str) -> None:
    found = cards(page, selector)
    assert found["rows"] == ["table-row"], found["rows"]
    assert found["headingsShown"] is True


KPI_TABLE = ".ladder-stack table"
COMPARISON = "table.ladder-sa-compare"


def test_on_a_phone_the_kpi_table_becomes_cards(rich_visit: Visit) -> None:
    page = rich_visit.page
    page.set_viewport_size({"width": 390, "height": 844})
    rich_visit.open("roles/account-rep/expectations/")
    assert_stacked(page, KPI_TABLE)
    headings = cards(page, KPI_TABLE)["cells"]
    assert {c["heading"] for c in headings} >= {"KPI", "Target", "Stretch", "Measured"}


def test_on_a_desktop_and_on_paper_the_kpi_table_stays_a_table(rich_visit: Visit) -> None:
    page = rich_visit.page
    rich_visit.open("roles/account-rep/expectations/")
    assert_a_table(page, KPI_TABLE)
    cells_are_reachable(page, "article table th, article table td")
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(media="print")
    assert_a_table(page, KPI_TABLE)


def test_without_scripts_the_kpi_table_scrolls_visibly_on_a_phone(
    drawn: Browser, rich_site: Site
) -> None:
    context = drawn.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(rich_site.url + "roles/account-rep/expectations/")
        assert_a_table(page, KPI_TABLE)
        found = cells_are_reachable(page, ".ladder-stack table th, .ladder-stack table td")
        assert found["scrolled"] > 0
    finally:
        context.close()


def compared(visit: Visit, size: tuple[int, int]) -> Page:
    page = visit.page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    visit.open("roles/rep/self-assessment/")
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    page.locator(COMPARISON).wait_for()
    return page


def test_on_a_phone_the_comparison_becomes_cards(visit: Visit) -> None:
    page = compared(visit, (390, 844))
    assert_stacked(page, COMPARISON)
    headings = {c["heading"] for c in cards(page, COMPARISON)["cells"]}
    assert {"Competency", "Required", "Difference", "Gap"} <= headings, headings


def test_on_a_desktop_the_comparison_stays_a_table(visit: Visit) -> None:
    assert_a_table(compared(visit, (1280, 900)), COMPARISON)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_cards_pass_axe(visit: Visit, rich_visit: Visit, scheme: str) -> None:
    for page in (visit.page, rich_visit.page):
        page.emulate_media(color_scheme=scheme)
    rich_visit.page.set_viewport_size({"width": 390, "height": 844})
    rich_visit.open("roles/account-rep/expectations/")
    shown = "slate" if scheme == "dark" else "default"
    assert rich_visit.page.evaluate("document.body.dataset.mdColorScheme") == shown
    assert axe_violations(rich_visit.page) == []
    page = with_history(visit, (390, 844))  # every stacked table of the review
    assert page.evaluate("document.body.dataset.mdColorScheme") == shown
    assert axe_violations(page) == []


KPI_COMPARISON = "table.ladder-sa-kpi-compare"
HISTORY = "table.ladder-sa-history"


def with_history(visit: Visit, size: tuple[int, int]) -> Page:
    """The form compared with the manager's file and with an earlier self-assessment: the
    review then holds the KPI comparison (five columns) and the history of ratings."""
    page = compared(visit, size)
    earlier = manager_file(rater="self", date="2025-12-01", ratings={"discovery": "basic"})
    import_files(page, ("earlier.json", as_file(earlier)))
    page.locator(HISTORY).wait_for()
    return page


def test_on_a_phone_the_kpi_comparison_and_the_history_become_cards(visit: Visit) -> None:
    page = with_history(visit, (390, 844))
    assert_stacked(page, KPI_COMPARISON)
    kpis = {c["heading"] for c in cards(page, KPI_COMPARISON)["cells"]}
    assert {"KPI", "Target", "This form", "Imported", "Result"} == kpis, kpis
    assert_stacked(page, HISTORY)
    history = {c["heading"] for c in cards(page, HISTORY)["cells"]}
    assert "Competency" in history and "Self, 2025-12-01, Kim Ode" in history, history


def test_on_a_desktop_and_on_paper_the_kpi_comparison_and_the_history_stay_tables(
    visit: Visit,
) -> None:
    page = with_history(visit, (1280, 900))
    assert_a_table(page, KPI_COMPARISON)
    assert_a_table(page, HISTORY)
    page.set_viewport_size({"width": 390, "height": 844})
    page.emulate_media(media="print")
    assert_a_table(page, KPI_COMPARISON)
    assert_a_table(page, HISTORY)
