"""Writing a comparison as Markdown for people, every piece of ladder text escaped."""

from __future__ import annotations

import difflib

from generator import locale
from generator.locale import N_, NP_, _, ngettext
from generator.site.text import escape_markdown
from generator.site.wording import number
from generator.tools.diff.fields import words
from generator.tools.diff.pages import PageChange
from generator.tools.diff.records import ARROW, THINGS, Change, Comparison, heading
from generator.tools.diff.words import label, labelled, none

# -- rendering ---------------------------------------------------------------------------------

escape = escape_markdown
"""Text as itself in Markdown, its no-break spaces kept (French and German need them)."""


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
    """The comparison as Markdown for people, in the language its changes are worded in."""
    with locale.use(comparison.language):
        return _render(comparison)


def _render(comparison: Comparison) -> str:
    lines = ["## " + _("Ladder changes"), ""]
    old, new = escape(comparison.old_version), escape(comparison.new_version)
    if comparison.old_version == comparison.new_version:
        lines.append(_("Ladder version: %(version)s (unchanged)") % {"version": new})
    else:
        lines.append(_("Ladder version: %(old)s → %(new)s") % {"old": old, "new": new})
        if comparison.version_note:
            note = {"version": new, "note": escape(comparison.version_note)}
            lines += ["", _("Version note for %(version)s: %(note)s") % note]
    lines.append("")
    if not comparison.changes:
        lines += [_("No changes to tracks, roles, competencies, KPIs or the handbook."), ""]
        return "\n".join(lines)
    lines += _counts(comparison)
    for thing in THINGS:
        changes = comparison.of(thing)
        if changes:
            lines += [f"### {heading(thing)}", "", *_section(changes)]
    lines += _pages(comparison.pages)
    return "\n".join(lines)


NAME_ASPECTS = frozenset({"title", "name"})
"""A change of these is a rename as readers see it, though every link stays the same (the
keys of the YAML, which `Change.aspect` names in the summary's language)."""

PAGE_LIST_LIMIT = 60
"""A longer list of changed pages is cut: beyond this many, nobody reads them one by one."""

PAGE_ACTIONS = {
    "changed": N_("reads differently"),
    "added": N_("new page"),
    "removed": N_("page removed"),
}

PAGES_CHANGE = NP_(
    "%(count)s page of the handbook changes, including pages of things not edited "
    "themselves (a transition guide into or out of a changed role, a matrix):",
    "%(count)s pages of the handbook change, including pages of things not edited "
    "themselves (a transition guide into or out of a changed role, a matrix):",
)


def _pages(pages: tuple[PageChange, ...]) -> list[str]:
    """The pages readers will see change, knock-on effects (guides, matrices) included."""
    if not pages:
        return []
    count = len(pages)
    lines = [
        "### " + _("Pages whose content changes"),
        "",
        ngettext(*PAGES_CHANGE, count) % {"count": number(count)},
        "",
    ]
    for page in pages[:PAGE_LIST_LIMIT]:
        shown = labelled(f"{escape(page.title)} (`{page.address}`)")
        lines.append(f"- {shown} {_(PAGE_ACTIONS[page.action])}")
    if count > PAGE_LIST_LIMIT:
        more = count - PAGE_LIST_LIMIT
        lines.append(
            "- "
            + ngettext("and %(count)s more", "and %(count)s more", more) % {"count": number(more)}
        )
    return [*lines, ""]


COUNTS_HEADER = N_("| | added | removed | renamed | changed |")
"""The header row of the table of counts, one message so that each column's word can agree
with "things" in the language (a Markdown row: keep its five bars)."""


def _counts(comparison: Comparison) -> list[str]:
    lines = [_(COUNTS_HEADER), "| --- | --- | --- | --- | --- |"]
    for thing in THINGS[1:]:
        changes = comparison.of(thing)
        if not changes:
            continue
        renamed = {c.id for c in changes if c.action == "renamed" or _is_new_name(c)}
        changed = {c.id for c in changes if c.action == "changed" and not _is_new_name(c)}
        counts = [
            len({c.id for c in changes if c.action == "added"}),
            len({c.id for c in changes if c.action == "removed"}),
            len(renamed),
            len(changed),
        ]
        cells = " | ".join(number(count) for count in counts)
        lines.append(f"| {heading(thing)} | {cells} |")
    return [*lines, ""] if len(lines) > 2 else []


def _is_new_name(change: Change) -> bool:
    return change.action == "changed" and change.aspect in {label(a) for a in NAME_ASPECTS}


def _section(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    for action, message in (
        ("added", N_("added: %(thing)s")),
        ("removed", N_("removed: %(thing)s")),
    ):
        for change in changes:
            if change.action == action:
                note = change.after if action == "added" else change.before
                line = _(message) % {"thing": f"{escape(change.name)} (`{change.id}`)"}
                lines.append(f"- {labelled(line)} {escape(note)}" if note else f"- {line}")
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
        return "- " + _("id renamed: %(ids)s (links to the old id keep working)") % {"ids": ids}
    aspect = escape(change.aspect)
    if change.style == "item":
        if change.before is None:
            item = escape(change.after or "")
            return "- " + _("added to %(aspect)s: %(item)s") % {"aspect": aspect, "item": item}
        item = escape(change.before)
        return "- " + _("removed from %(aspect)s: %(item)s") % {"aspect": aspect, "item": item}
    if change.style == "text" and change.before is not None and change.after is not None:
        return f"- {labelled(aspect)} {word_diff(change.before, change.after)}"
    before, after = escape(change.before or none()), escape(change.after or none())
    return f"- {labelled(aspect)} {before} {ARROW} {after}"
