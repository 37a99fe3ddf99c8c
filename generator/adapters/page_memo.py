"""A dirty build's pages as complete as a full build's: what MkDocs learnt of each page when
it last read it, for the pages the build skips.

`mkdocs serve --dirty` reads (converts to HTML) only the pages whose source changed. Every
other page stays empty in that build, so the whole site loses what comes from them:
- their titles, in the menu and in the previous/next links of the pages rebuilt;
- their tags, in the tags page and its export (Material's tags plugin), and with them the
  links from a rebuilt page's tags to the tags page;
- their entries in the search index, which would list only the pages rebuilt.

So every page read is remembered (its Markdown, metadata, title, table of contents and HTML),
and before the theme renders anything the skipped pages are given back what they had, their
tags included; the search index is written from each page's latest entries, in the order of
a full build. When a page that may be in the menu has a new title, every page shows it in its
menu: the skipped pages are then rebuilt too, from what they had (the theme only, their
Markdown is not converted again). The tags page itself is rebuilt on every save
(dirty_preview.py), since any page may change its tags. A page is only ever skipped when
its source is unchanged since it was last read, so what it is given back is what reading it
again would give.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import TableOfContents


@dataclass(frozen=True)
class Remembered:
    markdown: str
    meta: dict[str, Any]
    title: str | None
    toc: TableOfContents
    content: str


class PageMemo:
    """The last reading of every page, and each page's search entries."""

    def __init__(self) -> None:
        self.pages: dict[str, Remembered] = {}
        self.entries: dict[str, list[dict[str, Any]]] = {}
        """Page address -> its search entries, in the page's order (never changed: the
        search index is weighed into new entries)."""
        self.read: set[str] = set()
        """The pages read in the current build (source paths)."""
        self.retitled = False
        """Whether a page that may be in the menu has a new title in this build."""
        self.files: Files | None = None

    def start(self, config: MkDocsConfig) -> None:
        """A build begins. The search index is merged here, so Material's own merge (which
        expects a single changed page) is turned off."""
        self.read = set()
        self.retitled = False
        self.files = None
        search = _search_plugin(config)
        if search is not None and hasattr(search, "search_index_prev"):
            search.search_index_prev = None

    def remember(self, page: Page) -> None:
        """A page was read in this build: keep what MkDocs made of it."""
        if page.markdown is None or page.content is None:
            return
        self.read.add(page.file.src_uri)
        before = self.pages.get(page.file.src_uri)
        in_menu = page.file.inclusion.is_in_nav()  # type: ignore[no-untyped-call]
        if before is not None and before.title != page.title and in_menu:
            self.retitled = True
        self.pages[page.file.src_uri] = Remembered(
            page.markdown, dict(page.meta), page.title, page.toc, page.content
        )

    def restore(self, files: Files, config: MkDocsConfig) -> list[Page]:
        """Give every page this build skipped what it had when last read; those pages."""
        self.files = files
        restored = []
        for file in files.documentation_pages():
            page, kept = file.page, self.pages.get(file.src_uri)
            if page is None or kept is None or file.src_uri in self.read:
                continue
            page.markdown, page.meta, page.toc = kept.markdown, dict(kept.meta), kept.toc
            page.content = kept.content
            page.title = kept.title
            restored.append(page)
            if self.retitled:  # its menu shows the new title: rebuilt from what it had
                _date_back(Path(file.abs_dest_path))
        current = {f.src_uri for f in files.documentation_pages()}
        for gone in set(self.pages) - current:
            del self.pages[gone]
        _restore_tags(config, files, restored)
        return restored

    def complete_search_index(self, written: dict[str, Any]) -> dict[str, Any]:
        """The search index the search plugin wrote for the pages rebuilt (`written`), with
        every page's entries: a rebuilt page's new ones, the others' from when they were
        built, in the order of a full build."""
        if self.files is None:
            return written
        fresh: dict[str, list[dict[str, Any]]] = {}
        for entry in written.get("docs") or []:
            url = str(entry.get("location", "")).partition("#")[0]
            fresh.setdefault(url, []).append(entry)
        docs: list[dict[str, Any]] = []
        addresses = set()
        for file in self.files.documentation_pages():
            if file.page is None:
                continue
            url = file.page.url
            addresses.add(url)
            if file.src_uri in self.read:
                self.entries[url] = fresh.get(url, [])
            docs += self.entries.get(url, [])
        for gone in set(self.entries) - addresses:
            del self.entries[gone]
        return {**written, "docs": docs}


def _date_back(built: Path) -> None:
    """Make MkDocs rebuild a page, as its last built file is now older than its source."""
    if built.is_file():
        os.utime(built, (0, 0))


def _search_plugin(config: MkDocsConfig) -> Any:
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and getattr(plugin, "config", {}).get("enabled", True):
            return plugin
    return None


def tags_plugin(config: MkDocsConfig) -> Any:
    """Material's tags plugin, when the site uses it."""
    plugin = config.plugins.get("material/tags") or config.plugins.get("tags")
    if plugin is None or not hasattr(plugin, "mappings"):
        return None
    return plugin if getattr(plugin, "config", {}).get("enabled", True) else None


def listing_marker(config: MkDocsConfig) -> str | None:
    """How a page that lists the tags says so (`<!-- material/tags -->`), or None."""
    plugin = tags_plugin(config)
    if plugin is None:
        return None
    return "<!-- " + str(plugin.config.get("listings_directive", "material/tags"))


def _restore_tags(config: MkDocsConfig, files: Files, restored: list[Page]) -> None:
    """Add the skipped pages' tags to the tags plugin, as if it had read them, in the order
    of a full build (the order its listings follow)."""
    plugin = tags_plugin(config)
    if plugin is None or not restored:
        return
    for page in restored:
        if plugin.filter(page.file):
            plugin.mappings.add(page, page.markdown or "")
    data = plugin.mappings.data
    order = [f.page.url for f in files.documentation_pages() if f.page is not None]
    plugin.mappings.data = {url: data[url] for url in order if url in data}
