"""The walk over the parser's events: builds one document's data with an explicit stack.

See load.py for why the events are walked instead of using `yaml.load`: every scalar stays the
text typed, no tag or alias is honoured, and nesting depth costs no recursion.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from generator.problems import Problem
from generator.read import document
from generator.read.characters import (
    BAD_CHARACTER,
    MAX_CHARACTER_PROBLEMS,
    character_kind,
    line_column,
)
from generator.read.document import Document, Loc, Position, position_at
from generator.read.syntax import ESCAPE_HINT, property_message, quote, syntax_problem

MAX_DEPTH = 50
MAX_PROBLEMS = 50  # per file: after this many, reading stops (one mistake repeated is enough)

EMPTY_FILE = "the file is empty; it must hold a mapping of keys to values (key: value)"
NOT_A_MAPPING = "the top level of the file must be a mapping of keys to values (key: value), not "

# Plain scalars that mean "no value". Every other scalar stays the text typed (BAD_INPUTS 2).
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TAG_PREFIX = "tag:yaml.org,2002:"
_SPACE = ("", " ", "\n", "\t")
_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*#?")
_PROPERTY = re.compile(r"!<[^>\s]*>?|[&!][^\s,\[\]{}]*")
_SEPARATION = re.compile(r"(?:[ \t\n]+|#[^\n]*)*")


_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|.)", re.DOTALL)


def _escape_offset(text: str, start: int, end: int, code: int) -> int:
    """Where, in "double-quoted" text, the escape that writes the character `code` begins."""
    if 0xD800 <= code <= 0xDFFF:
        return start  # half a pair: where libyaml, which refuses it, points too
    for match in _ESCAPE.finditer(text, start, end):
        written = match.group(1) or match.group(2) or match.group(3)
        if written is not None:
            if int(written, 16) == code:
                return match.start()
        elif _SHORT_ESCAPES.get(match.group()[1:]) == code:
            return match.start()
    return start


# The one-letter escapes that write a character refused in the file.
_SHORT_ESCAPES = {"0": 0, "a": 7, "b": 8, "v": 11, "f": 12, "e": 0x1B, "N": 0x85, "L": 0x2028}
_SHORT_ESCAPES["P"] = 0x2029


class _Stop(Exception):
    """Raised inside the walk when reading further is pointless."""


_EXPECT_KEY = object()  # in a mapping frame: waiting for the next key
_Span = tuple[int, int, bool]  # where a scalar starts and ends (offsets), and if it is quoted


class Walk:
    """Builds the data of one document from parser events, checking as they arrive."""

    def __init__(self, text: str, display: str) -> None:
        self.text = text
        self.display = display
        self.problems: list[Problem] = []
        # Spans of all values, to tell where a tab is; only kept when the text has a tab.
        self.spans: list[_Span] | None = [] if "\t" in text else None
        # A backslash may write a control character (or half a surrogate pair) in "quotes".
        self.escapes = "\\" in text
        # `|#` or `>-#`: libyaml reads a comment there, the Python parser an error. If the text
        # has such a "#" anywhere, the header of each block value is checked.
        self.block_hash = False
        hash_offset = text.find("#")  # (a regular expression for this is ten times slower)
        while hash_offset >= 0 and not self.block_hash:
            start = hash_offset
            while start and text[start - 1] in "-+0123456789":
                start -= 1
            self.block_hash = start > 0 and text[start - 1] in "|>"
            hash_offset = text.find("#", hash_offset + 1)

    def fail(self, line: int, column: int, message: str, stop: bool = False) -> None:
        """Record a problem at a 0-based mark position."""
        self.problems.append(Problem(self.display, line + 1, column + 1, message))
        if stop or len(self.problems) >= MAX_PROBLEMS:
            raise _Stop

    def run(self, parser: Any) -> tuple[Document | None, list[Problem]]:
        values: dict[Loc, Position] = {}
        keys: dict[Loc, Position] = {}
        root: dict[str, Any] = {}
        # A frame is [container, loc, key, entry loc, flow]. The key is None in a list; in a
        # mapping it is _EXPECT_KEY, or the key whose value comes next, at the entry loc.
        stack: list[list[Any]] = []
        documents = 0
        get_event = parser.get_event
        new_object, set_line, set_column = (
            document.new_object,
            document.set_line,
            document.set_column,
        )
        scalar_event, mapping_start = ScalarEvent, MappingStartEvent
        careful = self.spans is not None or self.block_hash or self.escapes
        try:
            while True:
                event = get_event()
                kind = event.__class__
                if kind is scalar_event:
                    mark = event.start_mark
                    if event.anchor is not None or event.tag is not None:
                        self.properties(event)
                    value: Any = event.value
                    plain = not event.style  # None (Python parser) or "" (libyaml)
                    if not stack:
                        if plain and value == "":
                            self.fail(0, 0, EMPTY_FILE, stop=True)
                        message = NOT_A_MAPPING + "text"
                        first_line = self.text[mark.index :].partition("\n")[0]
                        if plain and re.search(r":\S", first_line):  # `title:Engineer`
                            message += "; write a space after the colon (key: value)"
                        self.fail(mark.line, mark.column, message, stop=True)
                    frame = stack[-1]
                    key = frame[2]
                    if careful or frame[4]:
                        self.check_scalar(event, frame[4], key is _EXPECT_KEY)
                    if key is _EXPECT_KEY:
                        container = frame[0]
                        loc = frame[1] + (value,)
                        if value in container:
                            self.duplicate(value, mark, keys[loc])
                        else:
                            position = new_object(Position)
                            set_line(position, mark.line + 1)
                            set_column(position, mark.column + 1)
                            keys[loc] = position
                        if plain and (value == "<<" or not value):
                            self.odd_key(value, mark)
                        frame[2] = value
                        frame[3] = loc
                        continue
                    if plain and value in _NULLS:
                        if not value and key is not None:
                            # Nothing is written: point at the key, not at a guess of the
                            # parser (the two parsers place an empty value differently).
                            frame[0][key] = None
                            values[frame[3]] = keys[frame[3]]
                            frame[2] = _EXPECT_KEY
                            continue
                        value = None
                elif kind is mapping_start or kind is SequenceStartEvent:
                    mark = event.start_mark
                    if event.anchor is not None or event.tag is not None:
                        self.properties(event)
                    mapping = kind is mapping_start
                    if not stack:
                        if not mapping:
                            self.fail(mark.line, mark.column, NOT_A_MAPPING + "a list", stop=True)
                        values[()] = position_at(mark.line + 1, mark.column + 1)
                        stack.append([root, (), _EXPECT_KEY, None, bool(event.flow_style)])
                        continue
                    frame = stack[-1]
                    key = frame[2]
                    if key is _EXPECT_KEY:
                        what = "a mapping" if mapping else "a list"
                        message = f"a key must be plain text, not {what}"
                        self.fail(mark.line, mark.column, message, stop=True)
                    if len(stack) >= MAX_DEPTH:
                        message = (
                            f"the data is nested more than {MAX_DEPTH} levels deep; flatten it"
                        )
                        self.fail(mark.line, mark.column, message, stop=True)
                    value = {} if mapping else []
                elif kind is MappingEndEvent or kind is SequenceEndEvent:
                    stack.pop()
                    continue
                elif kind is AliasEvent:
                    mark = event.start_mark
                    self.fail(mark.line, mark.column, property_message(f"*{event.anchor}"), True)
                    continue  # not reached
                elif kind is DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        mark = event.start_mark
                        message = (
                            "a second YAML document starts here, but a file may hold only one; "
                            'remove this "---" or move what follows to a file of its own'
                        )
                        self.fail(mark.line, mark.column, message, stop=True)
                    continue
                elif kind is StreamEndEvent:
                    break
                else:  # stream start, document end
                    continue
                # A value (scalar or new list/mapping) for the frame on top of the stack.
                container = frame[0]
                if key is None:
                    loc = frame[1] + (len(container),)
                    container.append(value)
                else:
                    loc = frame[3]
                    container[key] = value
                    frame[2] = _EXPECT_KEY
                position = new_object(Position)  # inlined position_at(): this runs for every value
                set_line(position, mark.line + 1)
                set_column(position, mark.column + 1)
                values[loc] = position
                if kind is not scalar_event:
                    flow = bool(event.flow_style)
                    stack.append([value, loc, _EXPECT_KEY if mapping else None, None, flow])
        except _Stop:
            pass
        except yaml.YAMLError as error:
            self.problems.append(syntax_problem(self.display, error, self.text))
        except ValueError:  # the Python parser's chr() on an escape such as "\U00110000"
            line, column = getattr(parser, "line", 0), getattr(parser, "column", 0)
            message = "invalid YAML: found invalid Unicode character escape code"
            self.fail(line, column, f"{message}; {ESCAPE_HINT}")
        if not self.problems and documents == 0:
            self.fail(0, 0, EMPTY_FILE)
        if not self.problems and self.spans is not None:
            self.check_tabs(self.spans)
        if self.problems:
            return None, self.problems
        return Document(self.display, root, values, keys), []

    def check_scalar(self, event: Any, flow: bool, is_key: bool) -> None:
        """Rarely needed checks: tabs, escapes, and where the parsers disagree: `|#`, flow."""
        start, end, style = event.start_mark, event.end_mark, event.style
        if style == '"' and self.escapes:
            bad = BAD_CHARACTER.search(event.value)
            if bad:
                code = ord(bad.group())
                message = (
                    f"{character_kind(code)} U+{code:04X}, written with a backslash escape, "
                    "is not allowed; remove it"
                )
                offset = _escape_offset(self.text, start.index, end.index, code)
                line, column = line_column(self.text, offset)
                self.fail(line - 1, column - 1, message)
        if self.spans is not None:
            self.spans.append((start.index, end.index, style in ("'", '"')))
        if style in ("|", ">") and self.block_hash:
            header = _BLOCK_HEADER.match(self.text, start.index)
            if header is not None and header.group().endswith("#"):
                message = f'write a space before the "#" of a comment after "{style}"'
                self.fail(start.line, start.column + len(header.group()) - 1, message)
        if not flow:
            return
        if not style and "?" in event.value:
            message = (
                'a "?" in a value inside [...] or {...} must be quoted: put the value in quotes'
            )
            self.fail(start.line, start.column, message)
        if is_key:
            text = self.text
            offset = end.index
            while text.startswith(" ", offset):
                offset += 1
            if text.startswith(":", offset) and text[offset + 1 : offset + 2] not in _SPACE:
                line, column = line_column(text, offset)
                message = 'write a space after the ":" that follows a key inside {...} or [...]'
                self.fail(line - 1, column - 1, message)

    def odd_key(self, key: str, mark: Any) -> None:
        """A plain key `<<` (merge), or none at all (`? ` or `: value`): in some places of
        the second kind only the Python parser accepts it."""
        if key:
            message = 'merge keys ("<<") are not allowed; write the keys out in full'
            self.fail(mark.line, mark.column, message)
            return
        # The parsers place an empty key differently; point at its `?`, or else its `:`.
        text = self.text
        offset = mark.index
        before = len(text[:offset].rstrip(" ,:\n"))
        if text[before - 1 : before] == "?":
            offset = before - 1
        elif text[offset:].lstrip(" \n").startswith(":"):
            offset = len(text) - len(text[offset:].lstrip(" \n"))
        line, column = line_column(text, offset)
        message = "a key is missing here; write the key before the colon"
        self.fail(line - 1, column - 1, message)

    def duplicate(self, key: str, mark: Any, first: Position) -> None:
        message = (
            f"duplicate key {quote(key)}: it is already set on line {first.line}; "
            "remove one of them"
        )
        self.fail(mark.line, mark.column, message)

    def properties(self, event: Any) -> None:
        """Report the anchor and the tag of a node, each where it is typed.

        Reading stops after a tag: the parsers end a tag at different characters (libyaml stops
        at `,[]{}` in flow collections, the Python parser does not), so what follows it may be
        read differently, and the two would report different problems after it.
        """
        text = self.text
        mark = event.start_mark
        offset = mark.index
        found = set()
        for _ in range(2):  # a node has at most one anchor and one tag, in either order
            match = _PROPERTY.match(text, offset)
            if match is None or match.end() == offset:
                break
            written = match.group()
            found.add(written[0])
            line, column = line_column(text, offset)
            self.fail(line - 1, column - 1, property_message(written))
            separation = _SEPARATION.match(text, match.end())
            offset = separation.end() if separation else match.end()
        # Should the mark not point at the properties, still report them, at the node.
        if event.anchor is not None and "&" not in found:
            self.fail(mark.line, mark.column, property_message(f"&{event.anchor}"))
        if event.tag is not None and "!" not in found:
            tag = event.tag
            written = "!!" + tag[len(_TAG_PREFIX) :] if tag.startswith(_TAG_PREFIX) else tag
            self.fail(mark.line, mark.column, property_message(written))
        if event.tag is not None:
            raise _Stop

    def check_tabs(self, spans: list[_Span]) -> None:
        """Tabs only inside quoted text or a comment.

        The Python parser refuses a tab almost anywhere else (as indentation, after `key:`,
        between list items, inside plain text), while libyaml accepts many of those; block
        text (`|`, `>`) is refused too, because the two disagree on a tab after its indentation.
        Linear in the size of the text: it skips over quoted text, comments and reported lines.
        """
        text = self.text
        starts = [span[0] for span in spans]

        def value_at(offset: int) -> _Span | None:
            index = bisect.bisect_right(starts, offset) - 1
            return spans[index] if index >= 0 and offset < spans[index][1] else None

        def in_comment(offset: int) -> bool:
            line_start = text.rfind("\n", 0, offset) + 1
            for match in re.finditer("#", text[line_start:offset]):
                at = line_start + match.start()
                if (at == line_start or text[at - 1] in " \t") and value_at(at) is None:
                    return True
            return False

        reported = 0
        offset = text.find("\t")
        while offset >= 0 and reported < MAX_CHARACTER_PROBLEMS:
            span = value_at(offset)
            if span is not None and span[2]:  # inside quoted text
                offset = text.find("\t", span[1])
                continue
            line_end = text.find("\n", offset)
            if line_end < 0:
                line_end = len(text)
            if span is None and in_comment(offset):
                offset = text.find("\t", line_end)
                continue
            line, column = line_column(text, offset)
            message = (
                "a tab character is not allowed here; use spaces "
                "(a tab may only appear inside quoted text or a comment)"
            )
            self.fail(line - 1, column - 1, message)
            reported += 1
            offset = text.find("\t", line_end)  # one problem per line
