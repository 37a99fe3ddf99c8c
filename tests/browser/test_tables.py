"""Tables either fit the screen or scroll sideways in a box that shows it scrolls.

On a 1280×900 desktop and a 390×844 phone, every cell of the competency matrices, an
expectations page (its KPI table is the widest) and the self-assessment's comparison (after
importing a manager's file) is either wholly on screen or inside a box that scrolls sideways
and shows it: its scrollbar takes room, and shadows (backgrounds that travel with the
content, handbook.css) mark the edge with more table beyond it. No cell may be cut off by a
box that neither scrolls nor says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright

from .conftest import CHROMIUM, CHROMIUM_ARGS, Site, Visit, visit_for
from .test_self_assessment import as_file, fill_self_assessment, import_files, manager_file

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
# screen. Returns the problems found and how many cells sat in a box that scrolls.
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


def test_on_a_phone_the_wide_tables_scroll_and_show_it(rich_visit: Visit) -> None:
    """The matrix and the KPI table are wider than a phone: they are the ones that scroll."""
    rich_visit.page.set_viewport_size({"width": 390, "height": 844})
    for address in ("matrices/sales-management/", "roles/account-rep/expectations/"):
        rich_visit.open(address)
        found = cells_are_reachable(rich_visit.page, "article table th, article table td")
        assert found["scrolled"] > 0, address


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
    found = cells_are_reachable(page, "table.ladder-sa-table th, table.ladder-sa-table td")
    if size[0] < 500:
        assert found["scrolled"] > 0  # the comparison is wider than a phone
