"""Read one ladder YAML file into plain data, with the place of every key and value.

Every file is untrusted input edited by hand (BAD_INPUTS.md, items 1-8), so this package never
uses `yaml.load` or `yaml.compose`: those resolve YAML 1.1 types (`NO` -> False, `012` -> 10),
honour tags, expand aliases (a 400-byte "billion laughs" file becomes gigabytes) and recurse
once per nesting level (RecursionError on deep input). Instead walk.py walks the parser's
*event* stream with an explicit stack, keeps every scalar as the text typed, and stops at the
first event after which going on is pointless (an alias, a tag, too deep a nesting, a second
document, 50 problems).

The pure-Python parser and libyaml disagree on some inputs. Both must give the same verdict,
so checks of our own reject those inputs whichever parser runs: before parsing (characters.py:
control and invisible characters, `%` directive lines) and while or after walking (tabs
outside quoted text and comments, `|#` block headers, `{a:b}`-style colons and `?` in flow
collections, missing keys, escapes that make control characters or half surrogate pairs).
syntax.py words the parsers' own errors for an editor.

Lines and columns count characters from 1; CR LF and a lone CR are one line break, as in
editors. U+2028/U+2029 are rejected because the parsers count them as line breaks and
editors do not, so every later line number would be off.

Only regular files are read (files.py): a FIFO, a device or a socket is refused before it is
opened for reading, so reading never blocks, and at most MAX_FILE_BYTES are read.
"""

from __future__ import annotations

from pathlib import Path

from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from generator.problems import Problem, display_path
from generator.read.characters import check_characters
from generator.read.document import Document, Loc, Position
from generator.read.files import NotReadable, read_regular
from generator.read.walk import MAX_DEPTH, Walk

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml
    LIBYAML_AVAILABLE = False
else:
    LIBYAML_AVAILABLE = True

MAX_FILE_BYTES = 1_048_576

__all__ = [
    "LIBYAML_AVAILABLE",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "Document",
    "Loc",
    "Position",
    "load_document",
    "load_text",
    "read_file",
]


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
    data, problems = read_file(path, shown)
    if data is None:
        return None, problems
    return load_text(data, shown, libyaml=libyaml)


def read_file(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """A file's bytes, or None and why it cannot be read (a problem at 1:1)."""
    try:
        data, size = read_regular(Path(path), MAX_FILE_BYTES)
    except NotReadable as error:
        return None, [Problem(display, 1, 1, str(error))]
    if size > MAX_FILE_BYTES:
        return None, [_too_large(display, size)]
    return data, []


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
    problems = check_characters(text, display)
    if problems:
        return None, problems
    if libyaml is None:
        libyaml = LIBYAML_AVAILABLE
    if libyaml and not LIBYAML_AVAILABLE:
        raise RuntimeError("libyaml was asked for, but this PyYAML was built without it")
    return Walk(text, display).run(CParser(text) if libyaml else _PythonParser(text))


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
