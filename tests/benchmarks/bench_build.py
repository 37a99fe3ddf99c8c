"""How the site build scales: total `mkdocs build` time, the generator's share, page sizes.

    python tests/benchmarks/bench_build.py                 # default ladder, 100 and 1,000 roles
    python tests/benchmarks/bench_build.py --roles 100     # one synthetic size only
    python tests/benchmarks/bench_build.py --no-default

Prints figures; asserts nothing (a shared machine is too noisy for timed tests). Each ladder
is built once with the repository's mkdocs.yml and theme, in this process, through MkDocs'
own build function; the generator's share is the time spent inside `load_ladder` (reading
and validating the YAML) and `build_pages` (rendering every page's Markdown). Synthetic
ladders come from synth_ladder.py and get a minimal home page (the real content/ quotes
ids of the default ladder); the default ladder is built with the real content/.

Targets (issue 3): generator share at most 10% at 1,000 roles; a role page's HTML at most
80 KB at 1,000 roles; build time per page within 25% between 100 and 1,000 roles.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "tests")]  # the package, and tests/conftest.py's helpers

HOME = "---\ntitle: Home\nrender_macros: true\n---\n\n# {{ organisation }}\n\n{{ track_list() }}\n"
TAGS = "---\ntitle: Tags\n---\n\n# Tags\n\n<!-- material/tags -->\n"


@dataclass
class Figures:
    name: str
    roles: int
    pages: int
    build: float
    generator: float
    role_page_kb: float
    largest_role_page_kb: float

    @property
    def share(self) -> float:
        return self.generator / self.build

    @property
    def per_page_ms(self) -> float:
        return 1000 * self.build / self.pages


@contextmanager
def timed(module: Any, name: str, spent: list[float]) -> Iterator[None]:
    """Add the time spent in `module.name` to `spent` while the block runs."""
    original: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    setattr(module, name, wrapper)
    try:
        yield
    finally:
        setattr(module, name, original)


def synthetic_ladder(roles: int, folder: Path) -> Path:
    out = folder / f"ladder-{roles}"
    script = REPO / "tests" / "benchmarks" / "synth_ladder.py"
    subprocess.run(
        [sys.executable, str(script), "--roles", str(roles), "--out", str(out)], check=True
    )
    return out


def project(folder: Path, ladder: Path, content: Path | None) -> Path:
    from conftest import write_mkdocs_project

    if content is None:
        return write_mkdocs_project(
            folder, ladder=ladder, pages={"index.md": HOME, "tags.md": TAGS}
        )
    return write_mkdocs_project(folder, ladder=ladder, content=content)


def measure(name: str, ladder: Path, content: Path | None, folder: Path) -> Figures:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import generator.site.docs_tree
    import generator.validate.folder

    config_file = project(folder, ladder, content)
    spent: list[float] = []
    with (
        timed(generator.validate.folder, "load_ladder", spent),
        timed(generator.site.docs_tree, "build_pages", spent),
    ):
        start = time.perf_counter()
        config = load_config(config_file=str(config_file), strict=True)
        build(config)
        total = time.perf_counter() - start
    loaded, _ = generator.validate.folder.load_ladder(ladder)
    assert loaded is not None
    site = folder / "site"
    first_role = next(iter(loaded.roles))
    role_pages = [site / "roles" / role / "index.html" for role in loaded.roles]
    sizes = [page.stat().st_size / 1024 for page in role_pages]
    pages = sum(1 for _ in site.rglob("index.html"))
    return Figures(
        name=name,
        roles=len(loaded.roles),
        pages=pages,
        build=total,
        generator=sum(spent),
        role_page_kb=(site / "roles" / first_role / "index.html").stat().st_size / 1024,
        largest_role_page_kb=max(sizes),
    )


def report(rows: list[Figures]) -> None:
    print()
    print(
        "| ladder | roles | pages | mkdocs build | generator | share | per page "
        "| role page HTML | largest role page |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print(
            f"| {row.name} | {row.roles} | {row.pages} | {row.build:.1f} s "
            f"| {row.generator:.2f} s | {100 * row.share:.1f}% | {row.per_page_ms:.0f} ms "
            f"| {row.role_page_kb:.1f} KB | {row.largest_role_page_kb:.1f} KB |"
        )
    by_roles = {row.roles: row for row in rows if row.name.startswith("synthetic")}
    if 100 in by_roles and 1000 in by_roles:
        growth = by_roles[1000].per_page_ms / by_roles[100].per_page_ms - 1
        print(f"\nbuild time per page, 1,000 roles against 100: {100 * growth:+.0f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--roles", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--no-default", action="store_true", help="skip the default ladder")
    args = parser.parse_args()
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if not args.no_default:
            rows.append(measure("default", REPO / "ladder", REPO / "content", work / "default"))
        for roles in args.roles:
            ladder = synthetic_ladder(roles, work)
            rows.append(measure(f"synthetic {roles}", ladder, None, work / f"site-{roles}"))
    report(rows)


if __name__ == "__main__":
    main()
