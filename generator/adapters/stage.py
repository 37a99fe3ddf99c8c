"""`ladder stage DIR`: write the complete docs tree to disk, for any site engine.

The tree itself comes from `generator.site.docs_tree`, the same one the MkDocs plugin serves
from memory, so what is staged is byte for byte what MkDocs serves. This module adds only the
disk: nothing is ever written into `content/` or `ladder/`, and a stage run only removes
files that an earlier stage run wrote into the same folder (listed in its manifest).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from generator.problems import Problem, display_path, errors, sort_problems
from generator.site.docs_tree import TEMPLATE_OVERRIDES, TreeFile, docs_tree

MANIFEST = ".ladder-stage.json"
"""Lists what the last stage run wrote, so the next run removes only its own stale files."""


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
