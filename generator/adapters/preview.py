"""What the MkDocs adapter does when a build cannot go on (BAD_INPUTS 33).

`mkdocs build` stops with the problems, and no error report ever reaches a page.
`mkdocs serve` instead shows the problems at every address of the site, so the preview
never hangs and never shows a stale or half-built handbook; the live-reload script of
`mkdocs serve` brings the handbook back when the ladder is fixed.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.adapters import log_safety
from generator.problems import Problem, display_path, escape_path
from generator.site.problems_page import problems_page


def folder_as_seen(ladder_dir: Path) -> str:
    """The ladder folder as the editor names it: relative to the working folder, with a "/"."""
    return escape_path(display_path(ladder_dir)) + "/"


def aborted_message(ladder_dir: Path, count: int) -> str:
    errors = f"{count} error{'s' * (count != 1)}" if count else "errors"
    return f"Aborted: the ladder folder {folder_as_seen(ladder_dir)} has {errors} (listed above)"


def preview_of_problems(
    files: Files, config: MkDocsConfig, problems: list[Problem], known: set[str], folder: str
) -> Files:
    """Every page address shows the list of problems.

    The hand-written pages and the last good build's generated pages (`known`) are all
    replaced, so whichever page the editor has open reloads into the list, and back into
    itself once the ladder is fixed.
    """
    text = problems_page(problems, folder)
    pages = [f for f in files if f.is_documentation_page()]
    addresses = {f.src_uri for f in pages} | known | {"index.md"}
    for page in pages:
        files.remove(page)
    for path in sorted(addresses):
        inclusion = InclusionLevel.INCLUDED if path == "index.md" else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, path, content=text, inclusion=inclusion))
    config.nav = None
    return files


def page_of_problems(problems: list[Problem], folder: str) -> str:
    """One page's Markdown replaced by the list of its problems (a macro that failed)."""
    return problems_page(problems, folder)


def macro_failure_in(markdown: str, src_uri: str) -> Problem | None:
    """The problem, when mkdocs-macros wrote its error report into the page instead."""
    if not any(marker in markdown for marker in log_safety.MACRO_REPORTS):
        return None
    where, _, said = log_safety.macro_failure(markdown).partition(": error: ")
    line = where.rsplit(":", 2)[1] if where.count(":") >= 2 else "1"
    return Problem(src_uri, int(line) if line.isdigit() else 1, 1, said)
