"""Read one ladder YAML file into plain data, with the place of every key and value.

Every file is untrusted input edited by hand (BAD_INPUTS.md, items 1-8), so this module never
uses `yaml.load` or `yaml.compose`: those resolve YAML 1.1 types (`NO` -> False, `012` -> 10),
honour tags, expand aliases (a 400-byte "billion laughs" file becomes gigabytes) and recurse
once per nesting level (RecursionError on deep input). Instead it walks the parser's *event*
stream with an explicit stack, keeps every scalar as the text typed, and stops at the first
event after which going on is pointless (an alias, a tag, too deep a nesting, a second
document, 50 problems).

The pure-Python parser and libyaml disagree on some inputs. Both must give the same verdict,
so checks of our own reject those inputs whichever parser runs: before parsing (control and
invisible characters, `%` directive lines) and while or after walking (tabs outside quoted
text and comments, `|#` block headers, `{a:b}`-style colons and `?` in flow collections,
missing keys, escapes that make control characters or half surrogate pairs).

Lines and columns count characters from 1; CR LF and a lone CR are one line break, as in
editors. U+2028/U+2029 are rejected because the parsers count them as line breaks and
editors do not, so every later line number would be off.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path
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
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from generator.problems import Problem, display_path

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml
    LIBYAML_AVAILABLE = False
else:
    LIBYAML_AVAILABLE = True

MAX_FILE_BYTES = 1_048_576
MAX_DEPTH = 50
MAX_PROBLEMS = 50  # per file: after this many, reading stops (one mistake repeated is enough)
MAX_CHARACTER_PROBLEMS = 10  # control characters and tabs: first one of each line, ten lines

Loc = tuple[str | int, ...]

EMPTY_FILE = "the file is empty; it must hold a mapping of keys to values (key: value)"
NOT_A_MAPPING = "the top level of the file must be a mapping of keys to values (key: value), not "

# Plain scalars that mean "no value". Every other scalar stays the text typed (BAD_INPUTS 2).
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TAG_PREFIX = "tag:yaml.org,2002:"
_SPACE = ("", " ", "\n", "\t")

# C0 except tab/LF/CR, DEL, C1; U+2028/U+2029 because both parsers count them as line breaks
# while most editors do not (every later line number would be off); U+FEFF except as the first
# character (libyaml rejects it inside the text, the Python parser keeps it in a key); U+FFFE,
# U+FFFF and lone surrogates, which both parsers refuse or cannot encode.
_BAD_CHARACTER = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]"
)
_ASCII_BAD = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_BLOCK_HEADER = re.compile(r"[|>][-+0-9]*#?")
_PROPERTY = re.compile(r"!<[^>\s]*>?|[&!][^\s,\[\]{}]*")
_SEPARATION = re.compile(r"(?:[ \t\n]+|#[^\n]*)*")


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


_new_object = object.__new__
_set_line = Position.__dict__["line"].__set__
_set_column = Position.__dict__["column"].__set__


def _position(line: int, column: int) -> Position:
    """`Position(line, column)` at half the cost, which matters once per key and value.

    A frozen dataclass's __init__ goes through object.__setattr__ for each field; writing the
    slots directly skips that and gives an equal object.
    """
    position = _new_object(Position)
    _set_line(position, line)
    _set_column(position, column)
    return position


@dataclass
class Document:
    """One file's data. `values` and `keys` let the validator point at the text typed."""

    path: str
    data: dict[str, Any]
    values: dict[Loc, Position]
    keys: dict[Loc, Position]

    def value_position(self, loc: Loc) -> Position:
        """Where the value at `loc` starts; for a missing one, where its nearest parent starts."""
        while loc not in self.values and loc:
            loc = loc[:-1]
        return self.values.get(loc, Position(1, 1))

    def key_position(self, loc: Loc) -> Position:
        """Where the key of the entry at `loc` is written; else as `value_position`."""
        position = self.keys.get(loc)
        return position if position is not None else self.value_position(loc)


class _PythonParser(Reader, Scanner, Parser):
    """PyYAML's pure-Python parser alone, without a constructor or resolver."""

    def __init__(self, text: str) -> None:
        Reader.__init__(self, text)
        Scanner.__init__(self)
        Parser.__init__(self)


def load_document(
    path: Path, display: str | None = None, *, libyaml: bool | None = None
) -> tuple[Document | None, list[Problem]]:
    """Read and load one file; a file that cannot be read is a problem at 1:1, not an error."""
    shown = display if display is not None else display_path(path)
    try:
        with open(path, "rb") as file:
            size = max(Path(path).stat().st_size, 0)
            data = file.read(MAX_FILE_BYTES + 1) if size <= MAX_FILE_BYTES else b""
    except (OSError, ValueError) as error:  # ValueError: a NUL in the path
        reason = getattr(error, "strerror", None) or str(error)
        return None, [Problem(shown, 1, 1, f"the file cannot be read: {reason}")]
    if size > MAX_FILE_BYTES:
        return None, [_too_large(shown, size)]
    return load_text(data, shown, libyaml=libyaml)


def load_text(
    text_or_bytes: str | bytes, display: str, *, libyaml: bool | None = None
) -> tuple[Document | None, list[Problem]]:
    """Load YAML given as bytes (checked as UTF-8) or text. Never raises for any input."""
    if isinstance(text_or_bytes, str):
        text = text_or_bytes
        if len(text) > MAX_FILE_BYTES // 4:
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > MAX_FILE_BYTES:
                return None, [_too_large(display, size)]
    else:
        data = bytes(text_or_bytes)
        if len(data) > MAX_FILE_BYTES:
            return None, [_too_large(display, len(data))]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            return None, [_not_utf8(display, data, error.start)]
    text = text.removeprefix("\ufeff")
    if "\r" in text:  # both parsers read CR LF and a lone CR as one break, as editors do
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems = _check_characters(text, display)
    if problems:
        return None, problems
    if libyaml is None:
        libyaml = LIBYAML_AVAILABLE
    if libyaml and not LIBYAML_AVAILABLE:
        raise RuntimeError("libyaml was asked for, but this PyYAML was built without it")
    return _Walk(text, display).run(CParser(text) if libyaml else _PythonParser(text))


def _too_large(display: str, size: int) -> Problem:
    return Problem(
        display,
        1,
        1,
        f"the file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes); "
        "split it into smaller files",
    )


def _not_utf8(display: str, data: bytes, offset: int) -> Problem:
    before = data[:offset].decode("utf-8").removeprefix("\ufeff")
    before = before.replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - before.rfind("\n")
    message = (
        f"the file is not valid UTF-8: byte 0x{data[offset]:02x} at byte offset {offset}; "
        "save the file as UTF-8"
    )
    return Problem(display, line, column, message)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (text has only LF breaks)."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _character_kind(code: int) -> str:
    if code in (0x2028, 0x2029, 0xFEFF):
        return "invisible character"
    return "control character" if code < 0xA0 else "invalid character"


def _check_characters(text: str, display: str) -> list[Problem]:
    """Characters that are invisible, or that the two parsers treat differently."""
    problems: list[Problem] = []
    if text.isascii():  # the common case, about ten times faster than the regular expression
        ascii_bytes = text.encode("ascii")
        clean = len(ascii_bytes.translate(None, _ASCII_BAD)) == len(ascii_bytes)
    else:
        clean = False
    match = None if clean else _BAD_CHARACTER.search(text)
    while match is not None:
        line, column = _line_column(text, match.start())
        line_end = text.find("\n", match.start())
        next_match = _BAD_CHARACTER.search(text, line_end) if line_end >= 0 else None
        code = ord(match.group())
        kind = _character_kind(code)
        hint = "delete it (editors often do not show it)"
        if code == 0:
            hint += "; a file full of them was probably saved as UTF-16: save it as UTF-8"
        message = f"{kind} U+{code:04X} is not allowed in the file; {hint}"
        problems.append(Problem(display, line, column, message))
        match = next_match if len(problems) < MAX_CHARACTER_PROBLEMS else None
    if not problems:
        # The Python parser ignores unknown `%` directives that libyaml refuses.
        directive = 0 if text.startswith("%") else (text.find("\n%") + 1 or -1)
        if directive >= 0:
            line, column = _line_column(text, directive)
            message = (
                'a line must not start with "%" (YAML directives such as "%YAML 1.2" are not '
                "allowed); delete the line, or indent it if it continues a value"
            )
            problems.append(Problem(display, line, column, message))
    return problems


class _Stop(Exception):
    """Raised inside the walk when reading further is pointless."""


_EXPECT_KEY = object()  # in a mapping frame: waiting for the next key
_Span = tuple[int, int, bool]  # where a scalar starts and ends (offsets), and if it is quoted


class _Walk:
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
        new_object, set_line, set_column = _new_object, _set_line, _set_column
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
                        values[()] = _position(mark.line + 1, mark.column + 1)
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
                    self.fail(mark.line, mark.column, _property_message(f"*{event.anchor}"), True)
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
                position = new_object(Position)  # inlined _position(): this runs for every value
                set_line(position, mark.line + 1)
                set_column(position, mark.column + 1)
                values[loc] = position
                if kind is not scalar_event:
                    flow = bool(event.flow_style)
                    stack.append([value, loc, _EXPECT_KEY if mapping else None, None, flow])
        except _Stop:
            pass
        except yaml.YAMLError as error:
            self.problems.append(_syntax_problem(self.display, error, self.text))
        except ValueError:  # the Python parser's chr() on an escape such as "\U00110000"
            line, column = getattr(parser, "line", 0), getattr(parser, "column", 0)
            message = "invalid YAML: found invalid Unicode character escape code"
            self.fail(line, column, f"{message}; {_ESCAPE_HINT}")
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
            bad = _BAD_CHARACTER.search(event.value)
            if bad:
                code = ord(bad.group())
                message = (
                    f"{_character_kind(code)} U+{code:04X}, written with a backslash escape, "
                    "is not allowed; remove it"
                )
                self.fail(start.line, start.column, message)
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
                line, column = _line_column(text, offset)
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
        line, column = _line_column(text, offset)
        message = "a key is missing here; write the key before the colon"
        self.fail(line - 1, column - 1, message)

    def duplicate(self, key: str, mark: Any, first: Position) -> None:
        message = (
            f"duplicate key {_quote(key)}: it is already set on line {first.line}; "
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
            line, column = _line_column(text, offset)
            self.fail(line - 1, column - 1, _property_message(written))
            separation = _SEPARATION.match(text, match.end())
            offset = separation.end() if separation else match.end()
        # Should the mark not point at the properties, still report them, at the node.
        if event.anchor is not None and "&" not in found:
            self.fail(mark.line, mark.column, _property_message(f"&{event.anchor}"))
        if event.tag is not None and "!" not in found:
            tag = event.tag
            written = "!!" + tag[len(_TAG_PREFIX) :] if tag.startswith(_TAG_PREFIX) else tag
            self.fail(mark.line, mark.column, _property_message(written))
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
            line, column = _line_column(text, offset)
            message = (
                "a tab character is not allowed here; use spaces "
                "(a tab may only appear inside quoted text or a comment)"
            )
            self.fail(line - 1, column - 1, message)
            reported += 1
            offset = text.find("\t", line_end)  # one problem per line


def _quote(text: str) -> str:
    """A key or tag as typed, in double quotes, cut short if long."""
    if len(text) > 60:
        text = text[:57] + "..."
    return json.dumps(text, ensure_ascii=False)


def _property_message(written: str) -> str:
    """For an anchor (`&a`), an alias (`*a`) or a tag (`!!str`), as typed."""
    if written.startswith("!"):
        return f"YAML tags such as {_quote(written)} are not allowed; write the value as plain text"
    return (
        f"YAML anchors and aliases such as {_quote(written)} are not allowed; "
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

_ESCAPE_HINT = (
    'in "double-quoted" text a backslash starts an escape: write \\\\ for one backslash, '
    "or use 'single quotes'"
)
_INDENTATION = "check the indentation: the entries of one mapping or list start in the same column"

# (what the parser says, what to do about it); the first clue found in its words is used.
_HINTS = (
    ("tab", "use spaces, not tabs, for indentation and after colons"),
    ("'\\t'", "use spaces, not tabs, for indentation and after colons"),
    ("escape", _ESCAPE_HINT),
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


def _syntax_problem(display: str, error: yaml.YAMLError, text: str) -> Problem:
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
