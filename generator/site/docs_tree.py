"""The complete docs tree: hand-written pages, generated pages and redirects, in one place.

Two adapters publish the handbook. The MkDocs plugin serves this tree from memory; `ladder
stage DIR` (generator/adapters/stage.py) writes it to disk so any other site engine (the
successor of Material for MkDocs reads `mkdocs.yml` but runs no third-party plugins) can
build the same handbook. Both take the generated files from `generated_files`, so what is
staged is, byte for byte, what MkDocs serves. Hand-written pages that opt in to macros are
staged with the macros expanded, so the staged tree needs no plugin at all.

Rules kept here for both adapters:
- a generated page or redirect never takes the address of a hand-written page (BAD_INPUTS
  21): that is an error naming the hand-written file, never an overwrite;
- the navigation both adapters use is `generator.site.navigation.navigation`.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2

from generator import locale
from generator.ladder import Ladder
from generator.problems import Problem, display_path, sort_problems
from generator.site.addresses import former_addresses, served_at
from generator.site.front_matter import opts_in, split_front_matter
from generator.site.macros import render_markdown
from generator.site.pages import Page, build_pages
from generator.site.redirects import redirect_pages

Origin = Literal["hand-written", "generated", "redirect"]
TEMPLATE_OVERRIDES = "templates/ladder"
"""Where, inside the theme's custom_dir, a site keeps replacement page templates."""
_RENDER_MACROS_LINE = re.compile(r"^render_macros[ \t]*:.*$", re.MULTILINE)


@dataclass(frozen=True)
class TreeFile:
    """One file of the docs tree; `path` is relative to the docs folder, with "/"."""

    path: str
    content: bytes
    origin: Origin


# -- what the tree holds ------------------------------------------------------------------
def generated_files(
    ladder: Ladder, templates: Path | None = None, pages: list[Page] | None = None
) -> list[TreeFile]:
    """Every generated page, then every redirect page, in a fixed order.

    `templates`: a site's replacement page templates (overrides/templates/ladder/). `pages`:
    the generated pages, when the caller has them already (a preview that rendered only what
    a save changed, generator/site/page_reuse.py). The redirects' canonical links stay
    relative (no site URL), so MkDocs and a staged tree get the same bytes.
    """
    made = build_pages(ladder, templates) if pages is None else pages
    generated = [TreeFile(p.path, p.content.encode("utf-8"), "generated") for p in made]
    with locale.use(ladder.handbook.language):
        redirects = [
            TreeFile(r.path, r.content.encode("utf-8"), "redirect")
            for r in redirect_pages(former_addresses(ladder))
        ]
    return generated + redirects


def hand_written_paths(content_dir: Path) -> list[str]:
    """Files under content/ as MkDocs reads them: hidden files and /templates/ left out."""
    found = []
    for root, dirs, files in os.walk(content_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = Path(root).relative_to(content_dir).as_posix()
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = name if rel_root == "." else f"{rel_root}/{name}"
            if path.startswith("templates/"):
                continue
            found.append(path)
    return sorted(found)


def docs_tree(
    ladder: Ladder, content_dir: Path, templates: Path | None = None
) -> tuple[list[TreeFile], list[Problem]]:
    """Hand-written files (macros expanded where a page opts in) plus the generated files."""
    problems: list[Problem] = []
    tree: list[TreeFile] = []
    written = hand_written_paths(content_dir) if content_dir.is_dir() else []
    for path in written:
        source = content_dir / path
        data = source.read_bytes()
        if path.endswith(".md"):
            data = _expand_macros(data, source, path, ladder, problems)
        tree.append(TreeFile(path, data, "hand-written"))
    generated = generated_files(ladder, templates)
    problems += find_collisions(written, [(f.path, f.origin) for f in generated], content_dir)
    return tree + generated, sort_problems(problems)


# -- collisions ---------------------------------------------------------------
def find_collisions(
    hand_written: Iterable[str], produced: Iterable[tuple[str, str]], content_dir: Path
) -> list[Problem]:
    """A problem for each hand-written file whose address a generated file would take.

    Addresses are compared without case, because the site is often built or served on a
    file system that ignores case, where `Roles/Rep.md` and `roles/rep/index.md` clash.
    """
    owners: dict[str, str] = {}
    for path in hand_written:
        owners.setdefault(path.casefold(), path)
        owners.setdefault(served_at(path).casefold(), path)
    problems = []
    for path, origin in produced:
        owner = owners.get(path.casefold()) or owners.get(served_at(path).casefold())
        if owner is None:
            continue
        what = "a former address that redirects" if origin == "redirect" else "a generated page"
        problems.append(
            Problem(
                display_path(content_dir / owner),
                1,
                1,
                f'this hand-written page takes the address "/{served_at(path)}", which is '
                f"{what} ({path}); generated pages never overwrite hand-written ones, so "
                "rename or move this file",
            )
        )
    return problems


# -- macros in hand-written pages ---------------------------------------------------------------
def _expand_macros(
    data: bytes, source: Path, path: str, ladder: Ladder, problems: list[Problem]
) -> bytes:
    """The page with its macros expanded when it opts in; otherwise the bytes as they are."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(Problem(display_path(source), 1, 1, f"not valid UTF-8: {error.reason}"))
        return data
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as MkDocs reads it
    front, body = split_front_matter(text)
    if not opts_in(front):
        return data
    gap = _leading_newlines(text[len(front) :])
    offset = front.count("\n") + gap
    try:
        rendered = render_markdown(body, ladder, path)
    except jinja2.TemplateSyntaxError as error:
        problems.append(_macro_problem(source, offset + (error.lineno or 1), error.message or ""))
        return data
    except Exception as error:  # a macro's own error, an unknown name, a wrong argument
        problems.append(_macro_problem(source, offset + _template_line(), str(error)))
        return data
    # The staged page is final Markdown: turn macros off so no engine expands it again.
    front = _RENDER_MACROS_LINE.sub("render_macros: false", front, count=1)
    return (front + "\n" * gap + rendered).encode("utf-8")


def _leading_newlines(text: str) -> int:
    return len(text) - len(text.lstrip("\n"))


def _macro_problem(source: Path, line: int, message: str) -> Problem:
    return Problem(display_path(source), max(line, 1), 1, f"macro failed: {message}")


def _template_line() -> int:
    """The line of the page being rendered where the current exception was raised."""
    line = 1
    for frame, number in traceback.walk_tb(sys.exc_info()[2]):
        if frame.f_code.co_filename == "<template>":
            line = number
    return line
