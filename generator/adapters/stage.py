"""`ladder stage DIR`: write a self-contained site project, for any site engine.

    DIR/mkdocs.yml   the site's own settings, with the navigation and theme data the plugin
                     adds, and without the handbook's plugins (generator/site/site_config.py)
    DIR/docs/        every page: hand-written (macros expanded), generated, redirects
    DIR/overrides/   the theme folder (custom_dir), without the page templates the
                     generator reads

`mkdocs build`, `properdocs build` or `zensical build` in DIR needs nothing else. The tree
comes from `generator.site.docs_tree`, the one the MkDocs plugin serves from memory, so what is
staged is byte for byte what MkDocs serves. Nothing is ever written into `content/` or
`ladder/`, and a stage run only removes files that an earlier stage run wrote into the same
folder (listed in its manifest).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pathspec.gitignore
import yaml

from generator.ladder import Ladder
from generator.problems import Problem, display_path, errors, sort_problems
from generator.site import site_config
from generator.site.docs_tree import TEMPLATE_OVERRIDES, TreeFile, docs_tree
from generator.site.navigation import nav_order, nav_paths, navigation

MANIFEST = ".ladder-stage.json"
"""Lists what the last stage run wrote, so the next run removes only its own stale files."""


def stage(
    ladder_dir: Path,
    content_dir: Path,
    out_dir: Path,
    templates: Path | None = None,
    config_file: Path | None = None,
) -> list[Problem]:
    """Write the site project to `out_dir`; every problem found, sorted.

    Nothing is written when the ladder has errors, a page collides or the site's settings
    cannot be read. `out_dir` must be a new or empty folder, or one an earlier stage run
    wrote; it may not be the repository, nor inside (or around) `content/` or `ladder/`.
    `templates` defaults to the folder the MkDocs site uses, overrides/templates/ladder/
    beside content/, when it exists; `config_file` to the mkdocs.yml beside content/.
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
    config_path = config_file or content_dir.resolve().parent / "mkdocs.yml"
    source, found = read_site_config(config_path)
    problems += found
    tree, found = docs_tree(ladder, content_dir, templates=templates)
    problems += found
    if errors(problems) or source is None:
        return sort_problems(problems)
    project = [TreeFile(f"{site_config.STAGED_DOCS}/{f.path}", f.content, f.origin) for f in tree]
    project += theme_files(source, config_path.parent)
    project.append(config_file_for(source, ladder, tree))
    write_tree(project, out_dir)
    return sort_problems(problems)


# -- the staged project's settings and theme ------------------------------------------------------
class _SiteLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as MkDocs does for the one tag this kind of file uses: `!ENV`."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, ..., default]`: the first variable set, else the default."""
    if isinstance(node, yaml.ScalarNode):
        names: list[Any] = [loader.construct_scalar(node)]
        default = None
    else:
        items = list(loader.construct_sequence(node))  # type: ignore[arg-type]
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    for name in names:
        value = os.environ.get(str(name))
        if value is not None:
            return yaml.safe_load(value) if value else value
    return default


_SiteLoader.add_constructor("!ENV", _env)


def read_site_config(path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The site's mkdocs.yml as data, `!ENV` values filled in from the environment."""
    where = display_path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SiteLoader)
    except FileNotFoundError:
        return None, [Problem(where, 1, 1, "no mkdocs.yml here to take the site's settings from")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(where, 1, 1, f"cannot read the site's settings: {error}")]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = getattr(error, "problem", None) or "not valid YAML"
        return None, [Problem(where, line, column, f"cannot read the site's settings: {reason}")]
    if not isinstance(data, dict):
        return None, [Problem(where, 1, 1, "the site's settings must be a mapping of keys")]
    if data.get("INHERIT"):
        return None, [
            Problem(where, 1, 1, "INHERIT is not staged; merge the settings into one file")
        ]
    return data, []


def theme_files(source: dict[str, Any], root: Path) -> list[TreeFile]:
    """The theme folder (custom_dir), copied without the generator's page templates."""
    theme = source.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not custom:
        return []
    folder = (root / str(custom)).resolve()
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        if relative.startswith(f"{TEMPLATE_OVERRIDES}/") or "__pycache__" in relative:
            continue
        files.append(
            TreeFile(f"{site_config.STAGED_THEME}/{relative}", path.read_bytes(), "hand-written")
        )
    return files


def config_file_for(source: dict[str, Any], ladder: Ladder, tree: Sequence[TreeFile]) -> TreeFile:
    """DIR/mkdocs.yml: the navigation the plugin builds, and every page it leaves out."""
    pages = [f for f in tree if f.path.endswith(".md")]
    hand = [f for f in pages if f.origin == "hand-written"]
    excluded = pathspec.gitignore.GitIgnoreSpec.from_lines(
        str(source.get("not_in_nav") or "").splitlines()
    )
    in_menu = sorted(f.path for f in hand if not excluded.match_file(f.path))
    nav = source.get("nav")
    if nav is None:
        order = {f.path: _order(f.content) for f in hand}
        generated = [f.path for f in tree if f.origin == "generated"]
        nav = navigation(ladder, generated, in_menu, order)
    listed = nav_paths(nav)
    out_of_menu = site_config.out_of_menu_patterns({f.path: f.path in listed for f in pages})
    config = site_config.staged_config(source, ladder, nav, out_of_menu)
    text = (
        "# Written by `ladder stage`: the handbook as a plain site project. Build it here with\n"
        "# `mkdocs build`, `properdocs build` or `zensical build`; no handbook plugin is needed.\n"
        "# Do not edit: the next `ladder stage` replaces this file.\n"
        + yaml.dump(config, Dumper=_SiteDumper, sort_keys=False, allow_unicode=True, width=100)
    )
    return TreeFile("mkdocs.yml", text.encode("utf-8"), "generated")


class _SiteDumper(yaml.SafeDumper):
    """Writes text of several lines (such as not_in_nav) as a block, one line per line."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SiteDumper.add_representer(str, _text)


def _order(content: bytes) -> int:
    try:
        return nav_order(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, yaml.YAMLError):
        return nav_order("")


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
