"""Formatted text: paragraphs and lists, each line made safe by the `prose` rules.

Some fields hold more than a sentence: a competency level written as one text, a role's own
expectations. Editors write them as paragraphs separated by a blank line, and lists as lines
starting with "- " (or "* "), in a YAML block that keeps line breaks (`|`). That is all the
structure they get: each paragraph and each list item goes through `prose` (inline
formatting only, everything else shown as typed), so no other Markdown or HTML construct can
reach the page, and the blocks come out in a fixed, plain shape.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from generator.site.text import prose

_ITEM = re.compile(r"^[ \t]*[-*][ \t]+(\S.*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """("paragraph", [text]) and ("list", [item, ...]) blocks, in order."""
    found: list[tuple[str, list[str]]] = []
    for chunk in _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n").strip()):
        paragraph: list[str] = []
        items: list[str] = []
        for line in (line.strip() for line in chunk.split("\n")):
            if not line:
                continue
            match = _ITEM.match(line)
            if match:
                if paragraph:
                    found.append(("paragraph", [" ".join(paragraph)]))
                    paragraph = []
                items.append(match.group(1))
            elif items:
                items[-1] = f"{items[-1]} {line}"  # a wrapped list item
            else:
                paragraph.append(line)
        if paragraph:
            found.append(("paragraph", [" ".join(paragraph)]))
        if items:
            found.append(("list", items))
    return found


def formatted(text: str) -> Markup:
    """A Formatted field as Markdown blocks: one line per paragraph, one per list item."""
    out: list[str] = []
    for kind, parts in blocks(text):
        if kind == "list":
            out.append("\n".join(f"- {prose(item)}" for item in parts))
        else:
            out.append(str(prose(parts[0])))
    return Markup("\n\n".join(out))


def in_one_line(text: str) -> Markup:
    """A Formatted field where only one line fits (a table cell): blocks joined by spaces."""
    return Markup(" ".join(str(prose(" ".join(parts))) for _, parts in blocks(text)))
