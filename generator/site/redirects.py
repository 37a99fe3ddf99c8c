"""Redirect pages: an old address keeps working after an id changes.

Managers paste role links into review documents that live for years, so an id that is
renamed (`former_ids` in the YAML) must not break them. Each former address gets a tiny
static HTML page that sends the browser on with a meta refresh, names the new address as
canonical for search engines, and shows a plain link for anyone whose browser does not
follow the refresh. No JavaScript, no plugin: the same files work on any static host and in
any site engine the docs tree is staged for.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass

from generator import locale
from generator.locale import _, formats
from generator.site.addresses import file_for


@dataclass(frozen=True)
class Redirect:
    """One redirect page: `path` is docs-relative, like "roles/old-id/index.html"."""

    path: str
    content: str
    source: str
    """The old address, like "roles/old-id/"."""
    target: str
    """The current address, like "roles/new-id/"."""


def redirect_pages(former: Mapping[str, str], site_url: str | None = None) -> list[Redirect]:
    """A redirect page for every old address -> current address, sorted by old address.

    Addresses are directory style ("roles/x/"), as `addresses.former_addresses` gives them.
    `site_url`, when known, makes the canonical link absolute, which search engines prefer;
    the refresh and the visible link stay relative so the site works under any host.
    """
    pages = []
    for source in sorted(former):
        target = former[source]
        pages.append(
            Redirect(
                path=file_for(source),
                content=redirect_html(source, target, site_url),
                source=source,
                target=target,
            )
        )
    return pages


def relative_address(source: str, target: str) -> str:
    """The link from one directory-style address to another: "../new-id/"."""
    here = source.strip("/") or "."
    there = target.strip("/") or "."
    rel = posixpath.relpath(there, here)
    return "./" if rel == "." else f"{rel}/"


def redirect_html(source: str, target: str, site_url: str | None = None) -> str:
    """The page served at `source`: refresh, canonical link and a visible link to `target`."""
    rel = html.escape(relative_address(source, target), quote=True)
    canonical = rel
    if site_url:
        canonical = html.escape(site_url.rstrip("/") + "/" + target.lstrip("/"), quote=True)
    shown = html.escape("/" + target.lstrip("/"))
    direction = ' dir="rtl"' if formats.direction() == "rtl" else ""
    moved = _("This page has moved")
    new_address = _("Its new address is %(link)s.")
    link = f'<a href="{rel}">{shown}</a>'
    return (
        "<!doctype html>\n"
        f'<html lang="{html.escape(locale.language())}"{direction}>\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{html.escape(moved)}</title>\n"
        f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={rel}">\n'
        "</head>\n"
        "<body>\n"
        "<main>\n"
        f"<h1>{html.escape(moved)}</h1>\n"
        f"<p>{html.escape(new_address).replace('%(link)s', link)}</p>\n"
        "</main>\n"
        "</body>\n"
        "</html>\n"
    )
