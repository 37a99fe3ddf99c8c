"""The site menu: small however large the ladder grows, the same for every adapter."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import yaml

from generator import locale
from generator.ladder import Ladder
from generator.site import addresses
from generator.site.front_matter import FRONT_MATTER, split_front_matter
from generator.site.wording import menu

NavItem = str | dict[str, Any]
DEFAULT_NAV_ORDER = 1000
MENU_LIMIT = 12
"""The menu lists each track with its roles while a ladder has at most this many tracks
(and a track at most this many roles): real sales organisations have 6 to 10 tracks of up
to 6 roles. A larger ladder gets only the tracks index in the menu, so the menu on every
page, and the cost of rendering it, stays the same however large the ladder grows."""


def navigation(
    ladder: Ladder,
    generated: Iterable[str],
    hand_written: Sequence[str],
    order: Mapping[str, int] | None = None,
) -> list[NavItem]:
    """A navigation that stays small however large the ladder grows.

    Home and the hand-written guides first (ordered by their `nav_order`, see `nav_order`),
    then the map, the tracks (each a section of its roles in level order and its
    competency matrix, up to MENU_LIMIT), and one entry each for the roles, competencies,
    KPIs, values, changelog and tags indexes. Transition guides, expectations,
    self-assessments and single competency pages are reached by links, not the menu.
    Titles are HTML-escaped: the theme prints navigation titles as HTML.
    """
    with locale.use(ladder.handbook.language):
        words = menu()
    have = set(generated)
    nav: list[NavItem] = []
    if "index.md" in hand_written:
        nav.append({words["home"]: "index.md"})
    nav += _hand_written_nav(
        [p for p in hand_written if p.endswith(".md") and p not in ("index.md", "tags.md")],
        order or {},
    )

    def page_if(path: str, title: str | None = None) -> list[NavItem]:
        if path not in have:
            return []
        return [{title: path} if title else path]

    nav += page_if(addresses.MAP, words["map"])
    tracks: list[NavItem] = page_if(addresses.TRACKS)
    for track in ladder.tracks.values() if len(ladder.tracks) <= MENU_LIMIT else []:
        items: list[NavItem] = page_if(addresses.track_path(track.id))
        roles = ladder.roles_on(track.id)
        for role in roles if len(roles) <= MENU_LIMIT else []:
            items += page_if(addresses.role_path(role.id))
        items += page_if(addresses.matrix_path(track.id), words["matrix"])
        if items:
            tracks.append({html.escape(track.name): items})
    if tracks:
        nav.append({words["tracks"]: tracks})
    nav += page_if(addresses.ROLES, words["roles"])
    competencies = page_if(addresses.COMPETENCIES) + page_if(addresses.MATRICES, words["matrices"])
    if competencies:
        nav.append({words["competencies"]: competencies})
    nav += page_if(addresses.KPIS, words["kpis"])
    nav += page_if(addresses.VALUES, words["values"])
    nav += page_if(addresses.CHANGELOG, words["changelog"])
    if "tags.md" in hand_written:
        nav.append({words["tags"]: "tags.md"})
    return nav


def _hand_written_nav(pages: Sequence[str], order: Mapping[str, int]) -> list[NavItem]:
    """Top-level pages as entries, each folder as a section (its index.md first)."""

    def key(page: str) -> tuple[int, str]:
        return order.get(page, DEFAULT_NAV_ORDER), page

    entries: list[tuple[tuple[int, str], NavItem]] = []
    sections: dict[str, list[str]] = {}
    for page in pages:
        if "/" in page:
            sections.setdefault(page.split("/", 1)[0], []).append(page)
        else:
            entries.append((key(page), page))
    for folder, members in sections.items():
        members.sort(key=lambda p: (p != f"{folder}/index.md", *key(p)))
        first = min(order.get(p, DEFAULT_NAV_ORDER) for p in members)
        items: list[NavItem] = list(members)
        entries.append(((first, f"{folder}/"), {_folder_title(folder): items}))
    return [item for _, item in sorted(entries, key=lambda entry: entry[0])]


def nav_order(markdown: str) -> int:
    """A hand-written page's place in the menu: `nav_order: 10` in its front matter; pages
    without one come after those with one (DEFAULT_NAV_ORDER), then by file name."""
    front, _ = split_front_matter(markdown)
    match = FRONT_MATTER.match(front)
    data = yaml.safe_load(match.group(1)) if match else None
    value = data.get("nav_order") if isinstance(data, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else DEFAULT_NAV_ORDER


def nav_paths(nav: Iterable[Any]) -> set[str]:
    """Every page path a navigation lists, however deep."""
    found: set[str] = set()
    for item in nav:
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            for value in item.values():
                found |= nav_paths([value]) if isinstance(value, str) else nav_paths(value)
        elif isinstance(item, list):
            found |= nav_paths(item)
    return found


def _folder_title(folder: str) -> str:
    return html.escape(folder.replace("-", " ").replace("_", " ").capitalize())
