"""The MkDocs log, made safe to print (BAD_INPUTS 28 and 32).

Every line MkDocs and its plugins log may quote a file name or text from a page. A logging
filter on MkDocs' handlers escapes control characters in each record, so a file name holding
a line break cannot start a new line (a new line beginning with `::` would be a GitHub
workflow command) and an escape sequence cannot reach the terminal. mkdocs-macros logs a
failed macro as a whole report with a Python traceback; the filter keeps only its first
line that says what went wrong.
"""

from __future__ import annotations

import logging
import re

from generator.problems import escape_text

# The lines of mkdocs-macros' error report that name the error: "_MacroError_: the role ...".
_REPORTED_ERROR = re.compile(r"^_(\w+)_: (.*)$", re.MULTILINE)
_REPORT_FILE = re.compile(r"^_File_: `([^`]*)`", re.MULTILINE)
_SYNTAX_LINE = re.compile(r"^_Line (\d+) in Markdown file:_ \*\*(.*)\*\*", re.MULTILINE)
MACRO_REPORTS = ("# _Macro Rendering Error_", "# _Macro Syntax Error_")


class SafeRecords(logging.Filter):
    """Escapes every record's message; shortens mkdocs-macros' error reports."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(marker in message for marker in MACRO_REPORTS):
            message = macro_failure(message)
        first, *more = message.split("\n")
        # A continuation line starts with a space, so no line can begin a workflow command.
        record.msg = escape_text(first) + "".join(
            "\n" + (escape_text(line) if line.startswith(" ") else "  " + escape_text(line))
            for line in more
        )
        record.args = None
        return True


def macro_failure(report: str) -> str:
    """One line for an error report of mkdocs-macros: the page and what went wrong."""
    place = _REPORT_FILE.search(report)
    said = [m.group(2).strip() for m in _REPORTED_ERROR.finditer(report) if m.group(1) != "File"]
    syntax = _SYNTAX_LINE.search(report)
    where = place.group(1) if place else "a page"
    if syntax is not None:
        return f"{where}:{syntax.group(1)}:1: error: {syntax.group(2).strip()}"
    what = said[0] if said else "a macro failed"
    return f"{where}: error: {what}"


def install(logger_name: str = "mkdocs") -> None:
    """Put the filter on every handler that prints MkDocs' records (once each)."""
    handlers = logging.getLogger(logger_name).handlers + logging.getLogger().handlers
    for handler in handlers:
        # By name: `mkdocs serve` imports this module afresh on each rebuild.
        if not any(type(f).__name__ == SafeRecords.__name__ for f in handler.filters):
            handler.addFilter(SafeRecords())
