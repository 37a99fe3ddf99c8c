"""Build the site so that a failed build leaves the last good one as it was (BAD_INPUTS 33).

MkDocs empties its site folder before it reads the pages, so a build that fails half way
(a hand-written page taking a generated address, a macro naming a deleted role) would leave
`site/` empty or half built. Here MkDocs builds into a new folder beside the target; only
when it succeeds, and no page holds an error report or a traceback, is that folder moved
into place (two renames on the same file system). On failure the new folder is removed and
the target is not touched.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from generator.tools.swap import replace, scratch_beside

# What mkdocs-macros writes into a page instead of failing, and Python's traceback header:
# either inside a built page means that an error report would be published.
ERROR_MARKERS = ("Macro Rendering Error", "Macro Syntax Error", "Traceback (most recent call")


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str


def build(
    site_dir: Path,
    *,
    config_file: Path | None = None,
    strict: bool = True,
    extra: Sequence[str] = (),
    log: TextIO | None = None,
) -> Outcome:
    """`mkdocs build` into a fresh folder, moved to `site_dir` only when all went well."""
    target = Path(site_dir)
    scratch = scratch_beside(target)
    try:
        command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(scratch)]
        if strict:
            command.append("--strict")
        if config_file is not None:
            command += ["--config-file", str(config_file)]
        command += list(extra)
        done = subprocess.run(command, check=False, stdout=log, stderr=log)
        if done.returncode != 0:
            return Outcome(False, f"the build failed; {_kept(target)}")
        if not (scratch / "index.html").is_file():
            return Outcome(False, f"the build wrote no index.html; {_kept(target)}")
        reported = pages_with_errors(scratch)
        if reported:
            shown = ", ".join(reported[:5]) + (" and more" if len(reported) > 5 else "")
            return Outcome(False, f"an error report was written into {shown}; {_kept(target)}")
        replace(target, scratch)
        return Outcome(True, f"built the site into {target.as_posix()}/")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def pages_with_errors(site: Path) -> list[str]:
    """The built pages (as paths inside the site) that contain an error report."""
    found = []
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8", errors="replace")
        if any(marker in text for marker in ERROR_MARKERS):
            found.append(page.relative_to(site).as_posix())
    return found


def _kept(target: Path) -> str:
    if target.exists():
        return f"{target.as_posix()}/ is left as it was"
    return f"nothing was written to {target.as_posix()}/"
