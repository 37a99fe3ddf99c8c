"""Writing a comparison as Markdown for people, every piece of ladder text escaped."""

from __future__ import annotations

import difflib

from generator.site.text import escape_markdown as escape
from generator.tools.diff.fields import words
from generator.tools.diff.pages import PageChange
from generator.tools.diff.records import ARROW, HEADINGS, THINGS, Change, Comparison

# -- rendering ---------------------------------------------------------------------------------


def word_diff(before: str, after: str) -> str:
    """A word-level diff in Markdown: ~~removed words~~ and **added words**, all escaped."""
    old, new = words(before), words(after)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = " ".join(old[old_start:old_end])
        added = " ".join(new[new_start:new_end])
        if operation == "equal":
            parts.append(escape(added))
            continue
        if removed:
            parts.append(f"~~{escape(removed)}~~")
        if added:
            parts.append(f"**{escape(added)}**")
    return " ".join(parts)


def render(comparison: Comparison) -> str:
    """The comparison as Markdown for people: version, counts, then each kind of thing."""
    lines = ["## Ladder changes", ""]
    old, new = escape(comparison.old_version), escape(comparison.new_version)
    if comparison.old_version == comparison.new_version:
        lines.append(f"Ladder version: {new} (unchanged)")
    else:
        lines.append(f"Ladder version: {old} {ARROW} {new}")
        if comparison.version_note:
            lines += ["", f"Version note for {new}: {escape(comparison.version_note)}"]
    lines.append("")
    if not comparison.changes:
        lines += ["No changes to tracks, roles, competencies, KPIs or the handbook.", ""]
        return "\n".join(lines)
    lines += _counts(comparison)
    for thing in THINGS:
        changes = comparison.of(thing)
        if changes:
            lines += [f"### {HEADINGS[thing]}", "", *_section(changes)]
    lines += _pages(comparison.pages)
    return "\n".join(lines)


NAME_ASPECTS = frozenset({"title", "name"})
"""A change of these is a rename as readers see it, though every link stays the same."""

PAGE_LIST_LIMIT = 60
"""A longer list of changed pages is cut: beyond this many, nobody reads them one by one."""

PAGE_ACTIONS = {"changed": "reads differently", "added": "new page", "removed": "page removed"}


def _pages(pages: tuple[PageChange, ...]) -> list[str]:
    """The pages readers will see change, knock-on effects (guides, matrices) included."""
    if not pages:
        return []
    count = len(pages)
    lines = [
        "### Pages whose content changes",
        "",
        f"{count} {'page' if count == 1 else 'pages'} of the handbook "
        f"{'changes' if count == 1 else 'change'}, including pages of things not edited "
        "themselves (a transition guide into or out of a changed role, a matrix):",
        "",
    ]
    for page in pages[:PAGE_LIST_LIMIT]:
        lines.append(f"- {escape(page.title)} (`{page.address}`): {PAGE_ACTIONS[page.action]}")
    if count > PAGE_LIST_LIMIT:
        lines.append(f"- and {count - PAGE_LIST_LIMIT} more")
    return [*lines, ""]


def _counts(comparison: Comparison) -> list[str]:
    lines = ["| | added | removed | renamed | changed |", "| --- | --- | --- | --- | --- |"]
    for thing in THINGS[1:]:
        changes = comparison.of(thing)
        if not changes:
            continue
        renamed = {
            c.id
            for c in changes
            if c.action == "renamed" or (c.action == "changed" and c.aspect in NAME_ASPECTS)
        }
        changed = {c.id for c in changes if c.action == "changed" and c.aspect not in NAME_ASPECTS}
        counts = [
            len({c.id for c in changes if c.action == "added"}),
            len({c.id for c in changes if c.action == "removed"}),
            len(renamed),
            len(changed),
        ]
        lines.append(f"| {HEADINGS[thing]} | " + " | ".join(map(str, counts)) + " |")
    return [*lines, ""] if len(lines) > 2 else []


def _section(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    for action in ("added", "removed"):
        for change in changes:
            if change.action == action:
                note = change.after if action == "added" else change.before
                suffix = f": {escape(note)}" if note else ""
                lines.append(f"- {action}: {escape(change.name)} (`{change.id}`){suffix}")
    if lines:
        lines.append("")
    groups: dict[str, list[Change]] = {}
    for change in changes:
        if change.action in ("renamed", "changed"):
            groups.setdefault(change.id, []).append(change)
    for thing_id, group in groups.items():
        if group[0].thing == "ladder":
            lines += [_bullet(change) for change in group]
        else:
            lines += [f"#### {escape(group[0].name)} (`{thing_id}`)", ""]
            lines += [_bullet(change) for change in group]
        lines.append("")
    return lines


def _bullet(change: Change) -> str:
    if change.action == "renamed":
        ids = f"`{change.old_id}` {ARROW} `{change.id}`"
        return f"- id renamed: {ids} (links to the old id keep working)"
    aspect = escape(change.aspect)
    if change.style == "item":
        if change.before is None:
            return f"- added to {aspect}: {escape(change.after or '')}"
        return f"- removed from {aspect}: {escape(change.before)}"
    if change.style == "text" and change.before is not None and change.after is not None:
        return f"- {aspect}: {word_diff(change.before, change.after)}"
    return f"- {aspect}: {escape(change.before or 'none')} {ARROW} {escape(change.after or 'none')}"
