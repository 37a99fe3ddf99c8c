"""The complete docs tree: hand-written pages, generated pages and redirects, in one place.

Two adapters publish the handbook. The MkDocs plugin serves this tree from memory; `ladder
stage DIR` writes it to disk so any other site engine (the successor of Material for MkDocs
reads `mkdocs.yml` but runs no third-party plugins) can build the same handbook. Both take
the generated files from `generated_files`, so what is staged is, byte for byte, what MkDocs
serves. Hand-written pages that opt in to macros are staged with the macros expanded, so the
staged tree needs no plugin at all.

Rules kept here for both adapters:
- a generated page or redirect never takes the address of a hand-written page (BAD_INPUTS
  21): that is an error naming the hand-written file, never an overwrite;
- nothing is ever written into `content/` or `ladder/`, and a stage run only removes files
  that an earlier stage run wrote into the same folder (listed in its manifest).
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
import sys
import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2
import yaml

from generator.ladder import Ladder
from generator.site.macros import render_markdown
from generator.site.pages import build_pages
from generator.problems import Problem, display_path, errors, sort_problems
from generator.site.redirects import redirect_pages

Origin = Literal["hand-written", "generated", "redirect"]
TEMPLATE_OVERRIDES = "templates/ladder"
"""Where, inside the theme's custom_dir, a site keeps replacement page templates."""
MANIFEST = ".ladder-stage.json"
"""Lists what the last stage run wrote, so the next run removes only its own stale files."""
# The front matter MkDocs recognises (mkdocs.utils.meta), so both adapters split pages alike.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_RENDER_MACROS_LINE = re.compile(r"^render_macros[ \t]*:.*$", re.MULTILINE)


@dataclass(frozen=True)
class TreeFile:
    """One file of the docs tree; `path` is relative to the docs folder, with "/"."""

    path: str
    content: bytes
    origin: Origin


# -- what the tree holds ------------------------------------------------------------------
def generated_files(ladder: Ladder, templates: Path | None = None) -> list[TreeFile]:
    """Every generated page, then every redirect page, in a fixed order.

    `templates`: a site's replacement page templates (overrides/templates/ladder/). The
    redirects' canonical links stay relative (no site URL), so MkDocs and a staged tree get
    the same bytes.
    """
    pages = [
        TreeFile(p.path, p.content.encode("utf-8"), "generated")
        for p in build_pages(ladder, templates)
    ]
    redirects = [
        TreeFile(r.path, r.content.encode("utf-8"), "redirect")
        for r in redirect_pages(ladder.former_addresses())
    ]
    return pages + redirects


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


# -- addresses and collisions ---------------------------------------------------------------
def address(path: str) -> str:
    """The address a docs file is served at with directory URLs: "roles/x/index.md" and
    "roles/x.md" are both "roles/x/"; any other file keeps its own path."""
    if path.endswith(".md"):
        stem = path[: -len(".md")]
        folder, name = posixpath.split(stem)
        if name in ("index", "README"):
            return f"{folder}/" if folder else ""
        return f"{stem}/"
    if posixpath.basename(path) == "index.html":
        folder = posixpath.dirname(path)
        return f"{folder}/" if folder else ""
    return path


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
        owners.setdefault(address(path).casefold(), path)
    problems = []
    for path, origin in produced:
        owner = owners.get(path.casefold()) or owners.get(address(path).casefold())
        if owner is None:
            continue
        what = "a former address that redirects" if origin == "redirect" else "a generated page"
        problems.append(
            Problem(
                display_path(content_dir / owner),
                1,
                1,
                f'this hand-written page takes the address "/{address(path)}", which is '
                f"{what} ({path}); generated pages never overwrite hand-written ones, so "
                "rename or move this file",
            )
        )
    return problems


# -- navigation -------------------------------------------------------------------------------
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
    have = set(generated)
    nav: list[NavItem] = []
    if "index.md" in hand_written:
        nav.append({"Home": "index.md"})
    nav += _hand_written_nav(
        [p for p in hand_written if p.endswith(".md") and p not in ("index.md", "tags.md")],
        order or {},
    )

    def page_if(path: str, title: str | None = None) -> list[NavItem]:
        if path not in have:
            return []
        return [{title: path} if title else path]

    nav += page_if("map/index.md", "Map")
    tracks: list[NavItem] = page_if("tracks/index.md")
    for track in ladder.tracks.values() if len(ladder.tracks) <= MENU_LIMIT else []:
        items: list[NavItem] = page_if(f"tracks/{track.id}/index.md")
        roles = ladder.roles_on(track.id)
        for role in roles if len(roles) <= MENU_LIMIT else []:
            items += page_if(f"roles/{role.id}/index.md")
        items += page_if(f"matrices/{track.id}/index.md", "Competency matrix")
        if items:
            tracks.append({html.escape(track.name): items})
    if tracks:
        nav.append({"Tracks": tracks})
    nav += page_if("roles/index.md", "All roles")
    competencies = page_if("competencies/index.md") + page_if("matrices/index.md", "Matrices")
    if competencies:
        nav.append({"Competencies": competencies})
    nav += page_if("kpis/index.md", "KPIs")
    nav += page_if("values/index.md", "Values")
    nav += page_if("changelog/index.md", "Changelog")
    if "tags.md" in hand_written:
        nav.append({"Tags": "tags.md"})
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
    match = _FRONT_MATTER.match(front)
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


# -- macros in hand-written pages ---------------------------------------------------------------
def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter block including its fences, body) as MkDocs splits a page."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return "", text
    if not isinstance(data, dict):
        return "", text
    return text[: match.end()], text[match.end() :].lstrip("\n")


def opts_in(front_matter: str) -> bool:
    match = _FRONT_MATTER.match(front_matter)
    if not match:
        return False
    data = yaml.safe_load(match.group(1))
    return isinstance(data, dict) and data.get("render_macros") is True


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


# -- writing the tree -------------------------------------------------------------------------
def stage(
    ladder_dir: Path, content_dir: Path, out_dir: Path, templates: Path | None = None
) -> list[Problem]:
    """Write the complete docs tree to `out_dir`; every problem found, sorted.

    Nothing is written when the ladder has errors or a page collides. `out_dir` must be a
    new or empty folder, or one an earlier stage run wrote; it may not be the repository, nor
    inside (or around) `content/` or `ladder/`. `templates` defaults to the folder the
    MkDocs site uses, overrides/templates/ladder/ beside content/, when it exists.
    """
    from generator.validate.folder import load_ladder

    problems = check_out_dir(ladder_dir, content_dir, out_dir)
    if problems:
        return problems
    ladder, found = load_ladder(ladder_dir)
    problems += found
    if ladder is None or errors(problems):
        return sort_problems(problems)
    if templates is None:
        templates = default_templates(content_dir)
    tree, found = docs_tree(ladder, content_dir, templates=templates)
    problems += found
    if errors(problems):
        return sort_problems(problems)
    write_tree(tree, out_dir)
    return sort_problems(problems)


def default_templates(content_dir: Path) -> Path | None:
    """overrides/templates/ladder/ beside content/: where the MkDocs site keeps its page
    template overrides (the theme's custom_dir is overrides/)."""
    folder = content_dir.resolve().parent / "overrides" / TEMPLATE_OVERRIDES
    return folder if folder.is_dir() else None


def check_out_dir(ladder_dir: Path, content_dir: Path, out_dir: Path) -> list[Problem]:
    """Refuse a folder where writing or cleaning up could touch files people wrote."""
    out = out_dir.resolve()
    where = display_path(out_dir)
    protected = {"content": content_dir.resolve(), "ladder": ladder_dir.resolve()}
    for name, folder in protected.items():
        if out == folder or folder in out.parents:
            return [_refusal(where, f"this folder is inside the {name} folder ({folder})")]
        if out in folder.parents:
            reason = f"the {name} folder ({folder}) is inside it; it may be the repository itself"
            return [_refusal(where, reason)]
    if out.exists() and not out.is_dir():
        return [_refusal(where, "this is a file, not a folder")]
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        return [_refusal(where, "this folder is not empty and no earlier stage run made it")]
    return []


def _refusal(where: str, reason: str) -> Problem:
    return Problem(where, 1, 1, f"will not stage here: {reason}; choose a new or empty folder")


def write_tree(tree: Sequence[TreeFile], out_dir: Path) -> None:
    """Write every file, then remove what the previous run wrote that is no longer part of it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = _read_manifest(out_dir)
    current = [f.path for f in tree]
    for file in tree:
        target = out_dir / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != file.content:
            target.write_bytes(file.content)
    stale = sorted(set(previous) - set(current))
    for path in stale:
        target = out_dir / path
        if target.is_file():
            target.unlink()
        _remove_empty_parents(target.parent, out_dir)
    manifest = {"files": current, "note": "written by `ladder stage`; do not edit this folder"}
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _read_manifest(out_dir: Path) -> list[str]:
    """Paths the last run wrote; anything that could reach outside `out_dir` is ignored."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    files = data.get("files", []) if isinstance(data, dict) else []
    safe = []
    for path in files:
        if not isinstance(path, str) or not path or path.startswith("/") or "\\" in path:
            continue
        if any(part in ("", ".", "..") for part in path.split("/")):
            continue
        safe.append(path)
    return safe


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents:
        if not folder.is_dir() or any(folder.iterdir()):
            return
        folder.rmdir()
        folder = folder.parent
