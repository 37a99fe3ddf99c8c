"""The parsers' errors and the walk's own refusals, in words an editor of the ladder knows."""

from __future__ import annotations

import json
import re

import yaml

from generator.problems import Problem


def quote(text: str) -> str:
    """A key or tag as typed, in double quotes, cut short if long."""
    if len(text) > 60:
        text = text[:57] + "..."
    return json.dumps(text, ensure_ascii=False)


def property_message(written: str) -> str:
    """For an anchor (`&a`), an alias (`*a`) or a tag (`!!str`), as typed."""
    if written.startswith("!"):
        return f"YAML tags such as {quote(written)} are not allowed; write the value as plain text"
    return (
        f"YAML anchors and aliases such as {quote(written)} are not allowed; "
        "write the value out in full"
    )


# Parser jargon -> words an editor of the ladder knows; replaced in this order.
_PLAIN_WORDS = (
    ("'<block end>'", "the end of the indented block"),
    ("<block end>", "the end of the indented block"),
    ("'<block mapping start>'", "a new key"),
    ("'<block sequence start>'", 'a new list ("- ")'),
    ("'<block entry>'", 'a list item ("- ")'),
    ("'<scalar>'", "a value"),
    ("'<document start>'", 'a new document ("---")'),
    ("<document start>", 'a new document ("---")'),
    ("'<stream end>'", "the end of the file"),
    ("end of stream", "end of the file"),
    ("while scanning", "while reading"),
    ("while parsing", "while reading"),
    ("quoted scalar", "quoted text"),
    ("plain scalar", "text"),
    ("block scalar", "block text"),
    ("simple key", "key"),
    ("block mapping", "mapping"),
    ("block sequence", "list"),
    ("block collection", "list or mapping"),
    ("flow mapping", "{...} mapping"),
    ("flow sequence", "[...] list"),
    ("flow collection", "[...] or {...}"),
    ("node content", "value"),
    ("node", "value"),
    ("scalar", "value"),
)

ESCAPE_HINT = (
    'in "double-quoted" text a backslash starts an escape: write \\\\ for one backslash, '
    "or use 'single quotes'"
)
_INDENTATION = "check the indentation: the entries of one mapping or list start in the same column"

# (what the parser says, what to do about it); the first clue found in its words is used.
_HINTS = (
    ("tab", "use spaces, not tabs, for indentation and after colons"),
    ("'\\t'", "use spaces, not tabs, for indentation and after colons"),
    ("escape", ESCAPE_HINT),
    ("quoted", "a quote is not closed: add the closing quote, or check the quotes inside it"),
    (
        "mapping values are not allowed",
        'a value that contains ": " must be put in quotes; otherwise ' + _INDENTATION,
    ),
    ("could not find expected ':'", "write a colon and a space after each key (key: value)"),
    ("expected alphabetic or numeric", 'a value that starts with "&" or "*" must be put in quotes'),
    ("cannot start any token", "a value that starts with this character must be put in quotes"),
    ("block end", _INDENTATION),
    ("expected key", _INDENTATION),
    ("'-' indicator", _INDENTATION),
    ("','", "check the brackets: close every [ and {, and separate the items with commas"),
    ("document", 'a file holds one document: remove the "---" or "..." lines'),
)


_KEY_AND_VALUE = re.compile(r"(\s*(?:- )?)([^\s:#]+)([ \t]+)(\S.*)?$")


def _missing_colon(display: str, mark: yaml.Mark | _Mark, text: str) -> Problem | None:
    """`level 3`: the parser notices only on a later line; point at the line of the mistake.

    The key the parser was reading starts at `mark`; when that line reads as a word and a
    value with no colon between them, the problem is placed right after the word.
    """
    lines = text.split("\n")
    if mark.line >= len(lines):
        return None
    line = lines[mark.line]
    found = _KEY_AND_VALUE.match(line, 0)
    if found is None or len(found.group(1)) > mark.column + 2:
        return None
    indent, key, _, value = found.groups()
    written = f"{key}: {value}" if value else f"{key}:"
    if len(written) > 60:
        written = written[:57] + "..."
    message = (
        f'a colon is missing after "{key}": write {quote(written)} (a colon and a space '
        "after each key)"
    )
    return Problem(display, mark.line + 1, len(indent) + len(key) + 1, message)


def _colon_missing_above(display: str, mark: yaml.Mark, text: str) -> Problem | None:
    """`min_months 12` above `max_months: 24`: the two lines read as one key, and the parser
    complains about the second colon. When the line above, at the same indentation, is a
    word and a value with no colon, the mistake is there."""
    lines = text.split("\n")
    if not 0 < mark.line < len(lines):
        return None
    here, above = lines[mark.line], lines[mark.line - 1]
    indent = len(here) - len(here.lstrip(" "))
    if ":" in above or len(above) - len(above.lstrip(" ")) != indent or not above.strip():
        return None
    return _missing_colon(display, _Mark(mark.line - 1, indent), text)


class _Mark:
    """A place in the text, as the parsers' marks give it (0-based)."""

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


def syntax_problem(display: str, error: yaml.YAMLError, text: str) -> Problem:
    """A parser's error as one problem at its place, in plain words, with a hint if known."""
    if not isinstance(error, yaml.MarkedYAMLError):  # not raised after our own checks
        return Problem(display, 1, 1, f"invalid YAML: {error}")
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "the text cannot be read here"
    if problem == "could not find expected ':'" and error.context_mark is not None:
        missing = _missing_colon(display, error.context_mark, text)
        if missing is not None:
            return missing
    if problem.startswith("mapping values are not allowed") and mark is not None:
        missing = _colon_missing_above(display, mark, text)
        if missing is not None:
            return missing
    if mark is not None and problem == "found character that cannot start any token":
        lines = text.split("\n", mark.line + 1)  # libyaml does not name the character
        found = lines[mark.line][mark.column : mark.column + 1] if mark.line < len(lines) else ""
        problem = f"found character {found!r} that cannot start any token"
    said = f"{error.context or ''} {problem}"
    message = f"invalid YAML: {problem}"
    context = error.context or ""
    if context and context != "while scanning for the next token":
        message += f" ({context}"
        if error.context_mark is not None:
            message += f" that starts on line {error.context_mark.line + 1}"
        message += ")"
    for jargon, words in _PLAIN_WORDS:
        message = message.replace(jargon, words)
    for clue, hint in _HINTS:
        if clue in said:
            message += f"; {hint}"
            break
    if mark is None:
        return Problem(display, 1, 1, message)
    return Problem(display, mark.line + 1, mark.column + 1, message)
