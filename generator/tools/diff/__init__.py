"""What changed between two ladders: plain change records, and a Markdown summary of them.

Reviewers of a pull request and readers of the changelog need what a change *means*, not
which lines of YAML moved: a role now requires discovery at Skilled instead of Basic, a
target went from 80% to 85%, a role was renamed rather than removed and added again.
`compare` turns two resolved ladders into `Change` records (plain data, in the ladders' own
deterministic order); `render` writes them as Markdown. Every piece of ladder text in that
Markdown is escaped, so what an editor typed is shown as typed and cannot add links, HTML
or layout to a job summary or a page.

An id listed in a thing's `former_ids` that existed in the old ladder counts as a rename.
References in the old ladder are read through those renames, so renaming a competency does
not show every role that requires it as "removed one competency, added another".
"""

from __future__ import annotations

from generator.ladder import Ladder
from generator.site.text import escape_markdown as escape
from generator.tools.diff.compare import compare
from generator.tools.diff.markdown import render, word_diff
from generator.tools.diff.records import Change, Comparison

__all__ = ["Change", "Comparison", "compare", "escape", "render", "summarise", "word_diff"]


def summarise(old: Ladder, new: Ladder) -> str:
    """The Markdown summary of what changed from `old` to `new`."""
    return render(compare(old, new))
