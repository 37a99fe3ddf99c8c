"""`mkdocs serve` following edits to the generator itself: which files to watch, and which
modules to reload before a rebuild.

MkDocs keeps the ladder plugin object across rebuilds, so without help an edit to the core's
code would show only after a restart. Before every rebuild after the first, the plugin
reloads each core module whose source file changed, and every module that imports one,
dependencies first. The plugin module itself, and this one, are never reloaded: an edit to
either needs a restart.
"""

from __future__ import annotations

import ast
import importlib
import logging
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.ladder")
PACKAGE = Path(__file__).parent.parent
CORE = "generator"
NEVER_RELOADED = {"generator.adapters.mkdocs_plugin", __name__}


def core_modules() -> dict[str, Path]:
    """Every loaded module of the generator with its source file, except those never reloaded."""
    loaded = {}
    for name, module in list(sys.modules.items()):
        source = getattr(module, "__file__", None)
        if (name == CORE or name.startswith(f"{CORE}.")) and name not in NEVER_RELOADED and source:
            loaded[name] = Path(source)
    return loaded


def source_stamps() -> dict[str, int]:
    """When each loaded core module's source file last changed (nanoseconds)."""
    stamps = {}
    for name, source in core_modules().items():
        try:
            stamps[name] = source.stat().st_mtime_ns
        except OSError:
            continue
    return stamps


def imports_of(name: str, source: Path, known: Iterable[str]) -> set[str]:
    """The core modules a module's source imports, at any depth of its code."""
    try:
        tree = ast.parse(source.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return set()
    names = set(known)
    found_names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found_names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found_names.add(node.module)
            found_names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {imported for imported in found_names & names if imported != name}


def reload_order(changed: Iterable[str], imports: Mapping[str, set[str]]) -> list[str]:
    """The changed modules and every module that imports one (directly or not), each after
    the modules it imports, so a reloaded module binds its imports' new objects."""
    importers: dict[str, set[str]] = {}
    for module, imported in imports.items():
        for dependency in imported:
            importers.setdefault(dependency, set()).add(module)
    stale: set[str] = set()
    todo = [name for name in changed if name in imports]
    while todo:
        name = todo.pop()
        if name not in stale:
            stale.add(name)
            todo += importers.get(name, set())
    order: list[str] = []
    placed: set[str] = set()

    def place(name: str, path: frozenset[str]) -> None:
        if name in placed or name in path:  # an import cycle: place it once, where met
            return
        for dependency in sorted(imports.get(name, set()) & stale):
            place(dependency, path | {name})
        placed.add(name)
        order.append(name)

    for name in sorted(stale):
        place(name, frozenset())
    return order


def reload_changed(stamps: Mapping[str, int]) -> list[str]:
    """Reload each core module whose source changed since `stamps`, with its importers, in
    dependency order; the names reloaded. A module first imported after `stamps` were taken
    counts as unchanged. A module that fails to reload is logged, and the build goes on with
    what could be reloaded."""
    modules = core_modules()
    current = source_stamps()
    changed = [name for name, stamp in current.items() if stamps.get(name, stamp) != stamp]
    if not changed:
        return []
    graph = {name: imports_of(name, source, modules) for name, source in modules.items()}
    order = reload_order(changed, graph)
    for name in order:
        try:
            importlib.reload(sys.modules[name])
        except Exception as error:  # the edited code itself is broken: say so, keep serving
            log.error(f"{modules[name]}: could not reload after an edit: {error}")
    return order


def watched_paths(ladder_dir: Path) -> list[Path]:
    """The ladder, the page templates and the generator's code: a change to any rebuilds.

    Code files are watched one by one rather than the whole package, so the bytecode Python
    writes into __pycache__ when it imports them afresh does not trigger another rebuild.
    """
    paths = [ladder_dir, PACKAGE / "site" / "templates"]
    paths += sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    return [p for p in paths if p.exists()]
