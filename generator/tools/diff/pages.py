"""Which pages of the handbook read differently after a change, knock-on effects included.

A change to one role also changes pages that are not its own: raising a competency on a role
changes the transition guides into and out of it, the track's matrix and the competency's
page. Rather than predicting those links, both ladders are rendered to pages and the pages
compared, so the list is exactly what readers will see change. A new ladder version alone
changes no page: the old ladder is rendered with the new version's number and notes first
(the version notes are listed under the handbook's own changes). A renamed role or
competency is compared under its new address (its old address redirects there), so a rename
is one page that reads differently, not a page removed and another added.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

import yaml

from generator.ladder import Ladder
from generator.site.pages import Page, build_pages

PageAction = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class PageChange:
    """A page that is new, gone, or reads differently; `address` is its site address."""

    address: str
    title: str
    action: PageAction


def page_changes(
    old: Ladder, new: Ladder, renamed: Mapping[str, Mapping[str, str]]
) -> tuple[PageChange, ...]:
    """Every page added, removed or changed, in the new ladder's page order. `renamed` maps,
    per kind of thing ("role", "competency"), old ids to new ones."""
    same_version = old.handbook.model_copy(
        update={"version": new.handbook.version, "changelog": new.handbook.changelog}
    )
    before = {
        _current_path(page.path, renamed): page
        for page in build_pages(replace(old, handbook=same_version))
    }
    after = {page.path: page for page in build_pages(new)}
    changes: list[PageChange] = []
    for path, page in after.items():
        previous = before.get(path)
        if previous is None:
            changes.append(PageChange(_address(path), _title(page), "added"))
        elif previous.content != page.content:
            changes.append(PageChange(_address(path), _title(page), "changed"))
    changes += [
        PageChange(_address(path), _title(page), "removed")
        for path, page in before.items()
        if path not in after
    ]
    return tuple(changes)


def _current_path(path: str, renamed: Mapping[str, Mapping[str, str]]) -> str:
    """An old page's path with renamed ids replaced: roles/<id>/to/<id>/, competencies/<id>/."""
    parts = path.split("/")
    roles, competencies = renamed.get("role", {}), renamed.get("competency", {})
    if parts[0] == "roles":
        parts = [roles.get(part, part) if n in (1, 3) else part for n, part in enumerate(parts)]
    elif parts[0] == "competencies" and len(parts) > 2:
        parts[1] = competencies.get(parts[1], parts[1])
    return "/".join(parts)


def _address(path: str) -> str:
    """roles/rep/index.md -> /roles/rep/"""
    folder = path.removesuffix("index.md")
    return "/" + folder


def _title(page: Page) -> str:
    match = re.match(r"---\n(.*?)\n---\n", page.content, re.DOTALL)
    meta = yaml.safe_load(match.group(1)) if match else None
    title = meta.get("title") if isinstance(meta, dict) else None
    return str(title) if title else _address(page.path)
