"""Content checks over the text of every file: placeholders that must not reach the site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.read.load import Document, Loc
from generator.validate.parts import Report

_TODO = re.compile(r"\bTODO\b")


def check_placeholders(docs: list[Document], report: Report) -> None:
    """Every text that still holds TODO (as `ladder new` writes it) is a finding."""
    for doc in docs:
        for loc, text in _texts(doc.data, ()):
            if _TODO.search(text):
                report.check(
                    "leftover-todo",
                    doc,
                    loc,
                    "this text still holds a TODO placeholder; write the real text",
                )


def _texts(data: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*loc, index))
