"""The map on a phone and on a desktop, in the rich handbook (eight tracks, seven levels).

On a 390×844 phone the drawing is wider than the screen and its box scrolls sideways: the
list of moves comes first, then the map under its own heading, for the Tab key too; its key
stays on screen above the box and the level labels stay at the box's edge, each beside its
row, however far the box is scrolled. On a 1280×900 desktop the map is as it was: the
drawing first, its own legend and level labels, no second key, and the Tab key goes through
it track by track.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from .conftest import Visit
from .test_reading import to_the_map_in_place
from .test_self_assessment import axe_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Where the key's items, the level labels and the role boxes are, with the box scrolled to
# `scroll` (0 to 1 of the way to its far end).
WHERE = """(scroll) => {
  const region = document.querySelector(".ladder-map");
  region.scrollLeft = (region.scrollWidth - region.clientWidth) * scroll;
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
            width: r.width, height: r.height};
  };
  const shown = (selector) => [...document.querySelectorAll(selector)]
    .filter((el) => getComputedStyle(el).display !== "none"
      && el.getBoundingClientRect().width > 0).length;
  return {
    viewport: document.documentElement.clientWidth,
    region: rect(region),
    scrolled: region.scrollLeft,
    key: [...document.querySelectorAll(".ladder-map__key li")].map(
      (li) => ({text: li.textContent.trim(), ...rect(li)})),
    levels: [...document.querySelectorAll(".ladder-map__levels span")].map(
      (span) => ({level: span.dataset.level, text: span.textContent.trim(), ...rect(span)})),
    roles: [...document.querySelectorAll("a.ladder-map__link--role")].map(
      (a) => ({label: a.getAttribute("aria-label"), ...rect(a)})),
    drawnLegend: shown(".ladder-map__legend"),
    drawnLevels: shown(".ladder-map__level"),
  };
}"""


def where(page: Page, scroll: float) -> dict[str, Any]:
    found = page.evaluate(WHERE, scroll)
    assert isinstance(found, dict)
    return found


def inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return inner["left"] >= outer["left"] - 0.5 and inner["right"] <= outer["right"] + 0.5


def test_on_a_phone_the_key_and_the_level_labels_stay_in_sight(rich_visit: Visit) -> None:
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    rich_visit.open("map/")
    for scroll in (0, 0.5, 1):
        found = where(page, scroll)
        screen = {"left": 0, "right": found["viewport"]}
        assert found["region"]["width"] <= found["viewport"]  # the box itself fits
        assert [item["text"] for item in found["key"]] == [
            "Promotion",
            "Lateral move",
            "Track change",
        ]
        for item in found["key"]:
            assert item["height"] > 0 and inside(item, screen), (scroll, item)
        assert [label["text"] for label in found["levels"]] == [
            f"Level {n}" for n in range(7, 0, -1)
        ]
        for label in found["levels"]:
            assert label["height"] > 0, label
            assert inside(label, found["region"]) and inside(label, screen), (scroll, label)
            # beside its row: level with the boxes of roles at that level
            row = [r for r in found["roles"] if f", level {label['level']}," in r["label"]]
            assert row, label
            middle = (label["top"] + label["bottom"]) / 2
            assert all(r["top"] < middle < r["bottom"] for r in row), (label, row)
        assert found["drawnLegend"] == 0 and found["drawnLevels"] == 0  # no copy beside them
    assert found["scrolled"] > 500  # the drawing is much wider than the phone: it did scroll


def test_on_a_phone_the_list_of_moves_comes_first(rich_visit: Visit) -> None:
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    rich_visit.open("map/")
    moves = page.get_by_role("heading", name="Every move, track by track")
    heading = page.get_by_role("heading", name="The map")
    expect(heading).to_be_visible()
    list_top = moves.bounding_box()
    map_top = page.locator(".ladder-map").bounding_box()
    heading_top = heading.bounding_box()
    assert list_top and map_top and heading_top
    assert list_top["y"] < heading_top["y"] < map_top["y"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


def test_on_a_desktop_the_map_is_as_it_was(rich_visit: Visit) -> None:
    page = rich_visit.page
    rich_visit.open("map/")
    found = where(page, 0)
    assert found["drawnLegend"] == 1 and found["drawnLevels"] == 7
    assert all(item["height"] == 0 for item in found["key"])
    assert all(label["height"] == 0 for label in found["levels"])
    expect(page.get_by_role("heading", name="The map")).to_be_hidden()
    moves = page.get_by_role("heading", name="Every move, track by track").bounding_box()
    drawing = page.locator(".ladder-map").bounding_box()
    assert moves and drawing and drawing["y"] < moves["y"]
    assert page.evaluate(
        "(() => { const r = document.querySelector('.ladder-map');"
        " return r.scrollWidth <= r.clientWidth; })()"
    )  # the whole drawing fits a desktop


def test_on_a_phone_the_map_works_with_instant_navigation(rich_visit: Visit) -> None:
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    errors = to_the_map_in_place(rich_visit, "", "article a[href$='map/']")
    expect(page.locator(".ladder-map__key")).to_be_visible()
    expect(page.locator(".ladder-map__levels span").first).to_be_visible()
    page.wait_for_function(  # the document follows the screen: the list, then the map
        "document.querySelector('.ladder-map-moves').nextElementSibling"
        " === document.querySelector('.ladder-map-view')"
    )
    assert page.evaluate("window.notReloaded === true")
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_map_on_a_phone_passes_axe(rich_visit: Visit, scheme: str) -> None:
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    page.emulate_media(color_scheme=scheme)
    rich_visit.open("map/")
    shown = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == shown
    assert axe_violations(page) == []


# The drawing's box, the drawn parts' extent (in CSS pixels, from their bounding boxes) and
# each role link beside the box drawn for it.
DRAWN = """() => {
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height};
  };
  const svg = document.querySelector(".ladder-map__svg");
  const parts = [...svg.querySelectorAll(
    ".ladder-map__bands rect, .ladder-map__track text, .ladder-map__role, .ladder-map__move")]
    .map(rect).filter((r) => r.height > 0);
  return {
    region: rect(document.querySelector(".ladder-map")),
    svg: rect(svg),
    top: Math.min(...parts.map((r) => r.top)),
    bottom: Math.max(...parts.map((r) => r.bottom)),
    links: [...document.querySelectorAll("a.ladder-map__link--role")].map((a) => ({
      role: a.dataset.role, link: rect(a),
      box: rect(svg.querySelector(`.ladder-map__role[data-role="${a.dataset.role}"] rect`)),
    })),
  };
}"""


def drawn(page: Page) -> dict[str, Any]:
    found = page.evaluate(DRAWN)
    assert isinstance(found, dict)
    return found


@pytest.mark.parametrize("phone", [True, False], ids=["phone", "desktop"])
def test_the_drawing_starts_at_the_top_of_its_box_and_is_not_cropped(
    rich_visit: Visit, phone: bool
) -> None:
    """No blank strip above the drawing where the hidden legend was (on a phone the key is
    HTML above the box); every drawn part inside the SVG; each link on its role's box."""
    page = rich_visit.page
    if phone:
        page.set_viewport_size(PHONE)
    rich_visit.open("map/")
    found = drawn(page)
    svg, region = found["svg"], found["region"]
    assert svg["top"] - 0.5 <= found["top"] and found["bottom"] <= svg["bottom"] + 0.5, found
    assert svg["top"] >= region["top"] - 0.5 and svg["bottom"] <= region["bottom"] + 0.5
    if phone:
        assert found["top"] - region["top"] < 2, found  # the track names' band starts the box
    else:
        legend = page.locator(".ladder-map__legend").bounding_box()
        assert legend and legend["y"] + legend["height"] <= svg["top"] + 0.5  # legend above
    for link in found["links"]:
        for side in ("left", "right", "top", "bottom"):
            assert abs(link["link"][side] - link["box"][side]) < 1.5, link


# Every element the Tab key reaches from the page's title to the end of the map page, in
# order: which part it is in (the list of moves, the map, or the map's drawing), what it
# names and where it is on the page.
TAB_WALK = """() => {
  const seen = [];
  window.ladderFocused = seen;
  document.addEventListener("focusin", (event) => {
    const el = event.target;
    const part = el.closest(".ladder-map-moves") ? "moves"
      : el.closest(".ladder-map-view") ? "map" : "";
    const r = el.getBoundingClientRect();
    seen.push({part, kind: el.matches("a.ladder-map__link--track") ? "track"
      : el.matches("a.ladder-map__link--role") ? "role" : "",
      label: el.getAttribute("aria-label") || el.textContent.trim().slice(0, 40),
      top: r.top + window.scrollY});
  });
  const title = document.querySelector("article h1");
  title.setAttribute("tabindex", "-1");
  title.focus();
}"""


def tab_walk(page: Page) -> list[dict[str, Any]]:
    """Presses Tab from the page's title until focus has left the map page's parts."""
    page.evaluate(TAB_WALK)
    for _ in range(400):
        page.keyboard.press("Tab")
        found = page.evaluate("window.ladderFocused")
        assert isinstance(found, list)
        if len(found) > 2 and found[-1]["part"] == "" and found[-2]["part"] != "":
            return [f for f in found if f["part"]]
    raise AssertionError("the Tab key never left the map page")


def parts(walk: list[dict[str, Any]]) -> list[str]:
    """The parts in the order the Tab key meets them, each run of one part counted once."""
    order: list[str] = []
    for step in walk:
        if not order or order[-1] != step["part"]:
            order.append(step["part"])
    return order


def test_on_a_phone_the_tab_key_reaches_the_list_of_moves_before_the_map(
    rich_visit: Visit,
) -> None:
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    rich_visit.open("map/")
    walk = tab_walk(page)
    assert parts(walk) == ["moves", "map"], parts(walk)
    moves = [s["top"] for s in walk if s["part"] == "moves"]
    drawing = [s["top"] for s in walk if s["part"] == "map"]
    assert moves == sorted(moves) and max(moves) < min(drawing)  # down the screen
    assert sum(s["kind"] == "role" for s in walk) == 28  # every box is still reached
    # Turned sideways the phone is wide enough for the desktop's order: the map first.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.wait_for_function(
        "document.querySelector('.ladder-map-view').nextElementSibling"
        " === document.querySelector('.ladder-map-moves')"
    )
    assert parts(tab_walk(page)) == ["map", "moves"]


def test_on_a_desktop_the_tab_key_goes_through_the_map_track_by_track(
    rich_visit: Visit,
) -> None:
    """The drawing comes first, and in it each track's name, then its roles from the top of
    the column down, before the next track: the order in which the columns read."""
    page = rich_visit.page
    rich_visit.open("map/")
    walk = tab_walk(page)
    assert parts(walk) == ["map", "moves"], parts(walk)
    links = [s for s in walk if s["kind"]]
    assert len(links) == 8 + 28
    assert links[0]["kind"] == "track"
    column: list[dict[str, Any]] = []
    for step in links:
        if step["kind"] == "track":
            column = [step]
            continue
        assert step["label"].endswith(", " + column[0]["label"].removesuffix(" track")), step
        assert step["top"] >= column[-1]["top"], (column[-1], step)  # down the column
        column.append(step)


def test_printed_from_a_phone_the_map_still_comes_first(rich_visit: Visit) -> None:
    """Paper keeps the page's own order (the map, then the list), though the phone's screen
    had the list first."""
    page = rich_visit.page
    page.set_viewport_size(PHONE)
    rich_visit.open("map/")
    page.wait_for_function(
        "document.querySelector('.ladder-map-moves').nextElementSibling"
        " === document.querySelector('.ladder-map-view')"
    )
    printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = "\n".join(sheet.extract_text() or "" for sheet in printed.pages)
    assert "Promotion" in text and "Every move, track by track" in text
    assert text.index("Promotion") < text.index("Every move, track by track")  # legend first
