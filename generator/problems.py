"""The one error type of the handbook: a problem in an input file, with its place.

Every stage (load, validate, build) reports what is wrong with the ladder as a list
of `Problem`s instead of raising, so an editor sees every mistake at once, sorted by
file and line, in the `path:line:col: severity: message` form that editors, CI
annotations and terminals all understand.
"""

from __future__ import annotations

import os
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

    def format(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"


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
