"""The one error type of the handbook: a problem in an input file, with its place.

Every stage (load, validate, build) reports what is wrong with the ladder as a list
of `Problem`s instead of raising, so an editor sees every mistake at once, sorted by
file and line, in the `path:line:col: severity: message` form that editors, CI
annotations and terminals all understand.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """What is wrong, where. Lines and columns count from 1, as editors show them."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = "error"
    check: str = ""
    """The name of the content check that found it (see generator/validate/policy.py);
    empty for problems of structure, types, ids and references, which are always errors."""

    @property
    def text(self) -> str:
        """The message, ending with the check's name in brackets when a content check found it."""
        return f"{self.message} [{self.check}]" if self.check else self.message

    def __post_init__(self) -> None:
        # Escaped once, here, so that no output (text, GitHub annotations, JSON, the MkDocs
        # log) can carry a character that a terminal or a CI runner would act on.
        object.__setattr__(self, "path", escape_path(self.path))
        object.__setattr__(self, "message", escape_text(self.message))

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.text}"


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Characters printed as they are although str.isprintable() says no: spaces of other widths.
_SHOWN_CATEGORIES = frozenset({"Zs"})


def escape_text(text: str) -> str:
    """`text` with every control, format or line-separating character written as an escape.

    A line break in a file name or a quoted value would otherwise start a new line of output,
    and a new line that starts with `::` is a GitHub workflow command (BAD_INPUTS 28); an
    escape sequence would recolour or rewrite the terminal; a bidirectional control would
    reorder what is shown. Printable text, whatever its script, is left as it is.
    """
    if text.isprintable():
        return text
    return "".join(
        c
        if c.isprintable() or unicodedata.category(c) in _SHOWN_CATEGORIES
        else _SHORT.get(c) or _escape(ord(c))
        for c in text
    )


def _escape(code: int) -> str:
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escape_path(path: str) -> str:
    """A path for output: escaped, and never starting with ":" (a workflow command's start)."""
    escaped = escape_text(path)
    return f"./{escaped}" if escaped.startswith(":") else escaped


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as an editor should read it: relative to the working folder when inside it."""
    text = os.fspath(path)
    try:
        relative = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return text.replace(os.sep, "/")
    if relative.startswith(".."):
        return text.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Sorted by file, line and column; the same problem reported twice appears once."""
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]
