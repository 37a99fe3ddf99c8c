"""The parsers' errors and the walk's own refusals, in words an editor of the ladder knows."""

from __future__ import annotations

import json

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


def syntax_problem(display: str, error: yaml.YAMLError, text: str) -> Problem:
    """A parser's error as one problem at its place, in plain words, with a hint if known."""
    if not isinstance(error, yaml.MarkedYAMLError):  # not raised after our own checks
        return Problem(display, 1, 1, f"invalid YAML: {error}")
    mark = error.problem_mark or error.context_mark
    problem = error.problem or "the text cannot be read here"
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
