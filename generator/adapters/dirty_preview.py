"""`mkdocs serve --dirty`: after an edit, rebuild only the pages the edit changed.

MkDocs' dirty mode rebuilds a page only when its source file is newer than the page it built
last time, and treats a page given as in-memory content as always changed: without help,
every generated page would be rebuilt on every save. So while previewing dirty, generated
pages are kept as files in a scratch folder, and a file is rewritten (so its time moves on)
only when its Markdown changed. A save that changes one role then rebuilds that role's pages
and the pages that quote it, not the whole site.

Some changes reach every page: the menu (a title, a new role) and the version stamp. When
either changed since the last build, every page is rebuilt. Hand-written pages that quote the
ladder through macros are rebuilt whenever any generated page changed, since a macro may quote
anything, and the pages that list the tags on every save. What a dirty build does not read
(titles, tags, search entries of the pages it skips) comes from page_memo.py, so the preview
equals a full build; `make site` always builds everything.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

from generator.site.docs_tree import TreeFile
from generator.site.front_matter import opts_in, split_front_matter


class DirtyPreview:
    """The generated pages of a dirty preview, as files that change only when their text does."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ladder-preview-"))
        self.digests: dict[str, str] = {}
        self.shared = ""
        """The menu and theme data of the last build: when they change, every page changes."""
        self.everything = True

    def reset(self) -> None:
        """Rebuild every page next time (the site was replaced by a page of problems)."""
        self.shared = ""

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def files(
        self,
        config: MkDocsConfig,
        generated: Sequence[TreeFile],
        inclusion: dict[str, InclusionLevel],
    ) -> tuple[list[File], bool]:
        """The generated files for MkDocs, and whether any of them changed since last time."""
        shared = json.dumps([config.nav, config.extra.get("ladder")], sort_keys=True, default=str)
        everything = self.everything = shared != self.shared
        self.shared = shared
        changed = everything
        files = []
        current = set()
        for item in generated:
            current.add(item.path)
            source = self.folder / item.path
            digest = hashlib.sha256(item.content).hexdigest()
            if everything or self.digests.get(item.path) != digest or not source.is_file():
                source.parent.mkdir(parents=True, exist_ok=True)
                source.write_bytes(item.content)  # newer than the page built from it
                self.digests[item.path] = digest
                changed = True
            level = inclusion.get(item.path, InclusionLevel.UNDEFINED)
            files.append(
                File.generated(config, item.path, abs_src_path=str(source), inclusion=level)
            )
        for gone in set(self.digests) - current:
            del self.digests[gone]
            (self.folder / gone).unlink(missing_ok=True)
            changed = True
        return files, changed

    def force(self, files: Iterable[File], *, changed: bool, listing: str | None) -> None:
        """Make MkDocs rebuild these hand-written pages, by dating their last built page back:
        the pages that list the tags (`listing`, their marker) on every build, since any page
        may have changed its tags; when a generated page `changed`, those quoting the ladder,
        or all of them when the menu or stamp changed."""
        for file in files:
            if not file.is_documentation_page() or file.abs_src_path is None:
                continue
            text = _text_of(Path(file.abs_src_path))
            lists_tags = listing is not None and (text is None or listing in text)
            quotes = changed and (self.everything or text is None or _quotes_ladder(text))
            if lists_tags or quotes:
                dest = Path(file.abs_dest_path)
                if dest.is_file():
                    os.utime(dest, (0, 0))


def _text_of(path: Path) -> str | None:
    """A hand-written page's text; None when it cannot be read (MkDocs will report it)."""
    try:
        return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError):
        return None


def _quotes_ladder(text: str) -> bool:
    front, _ = split_front_matter(text)
    return opts_in(front)
