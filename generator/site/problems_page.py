"""The page `mkdocs serve` shows while the ladder has errors (BAD_INPUTS 33).

Instead of a preview that hangs, every address of the site shows this page: the problems as
`path:line:col: error: message`, each as inert text (a problem may quote what an editor
typed), and a word that the page reloads by itself once the ladder is fixed. It is Markdown
like every generated page, so it works with any theme; the live-reload script of
`mkdocs serve` does the reloading.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.problems import Problem
from generator.site.text import plain

MAX_SHOWN = 200
TITLE = "The ladder has errors"


def problems_page(problems: Sequence[Problem], folder: str) -> str:
    """Markdown for the preview of a broken ladder; `folder` as the editor sees it."""
    shown = list(problems)[:MAX_SHOWN]
    errors = sum(1 for problem in problems if problem.severity == "error")
    count = f"{errors} error{'s' * (errors != 1)}"
    lines = [
        "---",
        f"title: {TITLE}",
        "render_macros: false",
        "search:",
        "  exclude: true",
        "---",
        "",
        f"# {TITLE}",
        "",
        f"The ladder in {plain(folder)} has {count}, so the handbook cannot be shown. Fix "
        "them and save: this page reloads by itself, and shows the handbook again once the "
        "ladder is valid.",
        "",
    ]
    lines += [f"- {plain(problem.format())}" for problem in shown]
    if len(problems) > MAX_SHOWN:
        lines += ["", f"... and {len(problems) - MAX_SHOWN} more; run `ladder validate`."]
    return "\n".join(lines) + "\n"
