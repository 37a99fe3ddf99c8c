"""Characters refused before parsing: control and invisible ones, and `%` directive lines.

The two parsers treat some characters differently, and some characters hide or reorder what
an editor sees, so the whole text is checked before either parser runs.
"""

from __future__ import annotations

import re

from generator.problems import Problem

MAX_CHARACTER_PROBLEMS = 10  # control characters and tabs: first one of each line, ten lines

# Characters that reorder the text around them on screen (BAD_INPUTS 25): a title can then
# read differently from what its bytes say, on the site, in a review and in a diff.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Characters that take no space (a word looks whole but is not), and fillers: letters of no
# shape that make a title look empty or two ids look equal.
ZERO_WIDTH = "\u00ad\u034f\u180e\u200b-\u200d\u2060-\u2064\u206a-\u206f"
FILLERS = "\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0\ufff9-\ufffb\U0001d173-\U0001d17a"
TAG_CHARACTERS = "\U000e0000-\U000e007f"

# C0 except tab/LF/CR, DEL, C1; U+2028/U+2029 because both parsers count them as line breaks
# while most editors do not (every later line number would be off); U+FEFF except as the first
# character (libyaml rejects it inside the text, the Python parser keeps it in a key); U+FFFE,
# U+FFFF and lone surrogates, which both parsers refuse or cannot encode; and the invisible
# characters above.
BAD_CHARACTER = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"
    + BIDI_CONTROLS
    + ZERO_WIDTH
    + FILLERS
    + TAG_CHARACTERS
    + "]"
)
_KINDS = (
    (re.compile(f"[{BIDI_CONTROLS}]"), "bidirectional control character"),
    (re.compile(f"[{ZERO_WIDTH}]"), "zero-width character"),
    (re.compile(f"[{FILLERS}]"), "filler character"),
    (re.compile(f"[{TAG_CHARACTERS}]"), "invisible tag character"),
)
_ASCII_BAD = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (text has only LF breaks)."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def character_kind(code: int) -> str:
    """What an editor should call the character, in a message that names it."""
    if code in (0x2028, 0x2029, 0xFEFF):
        return "invisible character"
    for pattern, kind in _KINDS:
        if code >= 0xA0 and pattern.match(chr(code)):
            return kind
    return "control character" if code < 0xA0 else "invalid character"


def check_characters(text: str, display: str) -> list[Problem]:
    """Characters that are invisible, or that the two parsers treat differently."""
    problems: list[Problem] = []
    if text.isascii():  # the common case, about ten times faster than the regular expression
        ascii_bytes = text.encode("ascii")
        clean = len(ascii_bytes.translate(None, _ASCII_BAD)) == len(ascii_bytes)
    else:
        clean = False
    match = None if clean else BAD_CHARACTER.search(text)
    while match is not None:
        line, column = line_column(text, match.start())
        line_end = text.find("\n", match.start())
        next_match = BAD_CHARACTER.search(text, line_end) if line_end >= 0 else None
        code = ord(match.group())
        kind = character_kind(code)
        hint = "delete it (editors often do not show it)"
        if kind.startswith("bidirectional"):
            hint += "; it changes the order in which the text around it is shown"
        if code == 0:
            hint += "; a file full of them was probably saved as UTF-16: save it as UTF-8"
        message = f"{kind} U+{code:04X} is not allowed in the file; {hint}"
        problems.append(Problem(display, line, column, message))
        match = next_match if len(problems) < MAX_CHARACTER_PROBLEMS else None
    if not problems:
        # The Python parser ignores unknown `%` directives that libyaml refuses.
        directive = 0 if text.startswith("%") else (text.find("\n%") + 1 or -1)
        if directive >= 0:
            line, column = line_column(text, directive)
            message = (
                'a line must not start with "%" (YAML directives such as "%YAML 1.2" are not '
                "allowed); delete the line, or indent it if it continues a value"
            )
            problems.append(Problem(display, line, column, message))
    return problems
