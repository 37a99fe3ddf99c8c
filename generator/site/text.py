"""Text safety: YAML text reaches the public site as the text that was typed, never as code.

The handbook is public and its YAML is edited by people who are not programmers, so every
string from the ladder is untrusted (BAD_INPUTS.md 15-19). Generated pages are Markdown that
MkDocs converts with many extensions (tables, admonitions, attribute lists, snippets, ...), so
escaping HTML alone is not enough: a `|` breaks a table, `--8<--` includes a file, `!!!` opens
an admonition. The one reliable defence is to hand Markdown no punctuation it can react to:
every such character becomes a numeric character reference, which Markdown passes through
untouched and the browser shows as the character typed.

Two kinds of field exist (see generator/model/types.py):

- `plain(text)` for `Text`: shown literally, wherever a template puts it (paragraph, list item,
  table cell, heading, HTML attribute).
- `prose(text)` for `Prose`: inline formatting only (**bold**, *italics*, `code`, links to
  http, https and mailto). A small inline parser of our own turns it into HTML, nh3 sanitises
  that HTML against an allowlist, and the text inside it is then encoded like `plain`.

Both return `markupsafe.Markup`, the mark that a string is ready for a page; the renderer
refuses any other string (see generator/site/render.py).
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from html.parser import HTMLParser

import nh3
from markupsafe import Markup

# ASCII characters that some Markdown construct or extension reacts to wherever they stand.
_ACTIVE = frozenset("!\"#$%&'*+:<=>@[\\]^_`{|}~")
# Characters that matter only at the start of a line ("- item", "? note", "(c)" is harmless
# elsewhere); the first character of every field is treated as if at the start of a line.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Markdown runs its own line logic; a newline inside a field would start a new block.
_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n|\u2028|\u2029|\x85)[ \t]*")
_SPACES = re.compile(r"[ \t\f\v]+")
# "1. " at the start of a line opens an ordered list, even inside a list item.
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])(?=\s|$)")
# "--" becomes a dash with some extensions, "---" a rule; a single hyphen is only a word joint.
_HYPHEN_RUN = re.compile(r"--+")

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
_ALLOWED_TAGS = {"a", "strong", "em", "code", "br"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}


def encode(text: str, *, line_start: bool = True) -> str:
    """Every active character as a numeric reference: inert for Markdown, literal in HTML.

    `line_start`: the text may begin a line of the page, where more characters are active."""
    encoded = "".join(f"&#{ord(char)};" if char in _ACTIVE else char for char in text)
    encoded = _HYPHEN_RUN.sub(lambda m: "&#45;" * len(m.group(0)), encoded)
    if not line_start:
        return encoded
    encoded = _ORDERED_MARKER.sub(lambda m: f"{m.group(1)}&#{ord(m.group(2))};", encoded)
    if encoded and encoded[0] in _PUNCTUATION and encoded[0] != "&":
        encoded = f"&#{ord(encoded[0])};{encoded[1:]}"
    return encoded


# Markdown that is read outside the site (`ladder diff` in a pull-request comment) is shown by
# GitHub, CommonMark and Python-Markdown alike, so it escapes fewer characters, more readably:
# a backslash where every one of them honours it, a character reference elsewhere. Both sets
# are part of _ACTIVE, the one table of what Markdown reacts to.
_BACKSLASHED = frozenset("\\`*_[]#{}")
_NAMED = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_REFERENCED = {char: _NAMED.get(char, f"&#{ord(char)};") for char in "<>&|~$=^"}
assert _BACKSLASHED | set(_REFERENCED) <= _ACTIVE
# Any run of white space but the no-break ones, which French and German typography needs
# ("Objectif\u00a0: 38\u202f000\u00a0€") and which Markdown leaves alone.
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def escape_markdown(text: str) -> str:
    """Text as itself in Markdown (CommonMark, GitHub and Python-Markdown alike), on one line.

    For Markdown read outside the site, such as `ladder diff`; site pages use `plain`.
    Characters that start emphasis, code, links, HTML, entities, tables, strike-through, math
    or attribute lists are backslash-escaped or written as character references; line breaks
    and runs of spaces become one space, so the text can never start a block of its own.
    No-break spaces (U+00A0, U+2007, U+202F) are kept as typed.
    """
    out = []
    for char in _BREAKABLE_SPACE.sub(" ", text).strip(" "):
        if char in _BACKSLASHED:
            out.append("\\" + char)
        else:
            out.append(_REFERENCED.get(char, char))
    return "".join(out)


def one_line(text: str) -> str:
    """Collapse line breaks and runs of spaces: a field never spans lines of the page."""
    return _SPACES.sub(" ", _LINE_BREAKS.sub(" ", text)).strip()


@functools.lru_cache(maxsize=65536)
def plain(text: str) -> Markup:
    """A Text field as the literal text typed, safe in any place a template puts it."""
    return Markup(encode(one_line(text)))


@functools.lru_cache(maxsize=65536)
def prose(text: str) -> Markup:
    """A Prose field: inline formatting kept, everything else shown as typed."""
    paragraphs = [one_line(part) for part in re.split(r"\n[ \t]*\n", text.strip())]
    raw = "<br><br>".join(_InlineParser(part).html() for part in paragraphs if part)
    clean = nh3.clean(
        raw,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=set(ALLOWED_SCHEMES),
        link_rel="nofollow noopener",
        strip_comments=True,
    )
    return Markup(_reencode(clean))


def safe_url(url: str) -> str | None:
    """The URL when it is an absolute http, https or mailto link; None for anything else.

    Browsers ignore case, entities, whitespace and control characters inside a scheme
    (`JaVa&#115;cript:`, `java\\tscript:`), so the check looks at the URL as a browser would.
    """
    decoded = url
    for _ in range(5):  # entities inside entities: &amp;#106; -> &#106; -> j
        unescaped = html.unescape(decoded)
        if unescaped == decoded:
            break
        decoded = unescaped
    squeezed = re.sub(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\ufeff]", "", decoded)
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", squeezed)
    if not match or match.group(1).lower() not in ALLOWED_SCHEMES:
        return None
    if match.group(1).lower() in {"http", "https"} and not squeezed[match.end() :].startswith("//"):
        return None
    if squeezed != decoded.strip():
        return None  # a space or hidden character inside a URL is never needed; refuse it
    return squeezed


class _InlineParser:
    """A deliberately small inline Markdown: emphasis, strong, code spans, links, escapes.

    No raw HTML, no images, no blocks. Anything it does not recognise stays literal text.
    Editors' text is untrusted, so the parser stays fast on hostile input: code spans and
    bracket pairs are found in one pass up front, failed emphasis searches are remembered,
    and nesting deeper than MAX_DEPTH is left literal (no recursion limit to hit).
    """

    MAX_DEPTH = 8

    def __init__(self, text: str) -> None:
        self.text = text
        self.code_end = self._code_spans()
        self.brackets = self._pairs("[", "]")
        self.parens = self._pairs("(", ")")
        # (delimiter, width, single opener, region end) -> earliest start whose search failed
        self.failed: dict[tuple[str, int, bool, int], int] = {}

    def html(self) -> str:
        return self._parse(0, len(self.text), links=True, depth=0)

    # -- structure found once ------------------------------------------------------------
    def _code_spans(self) -> dict[int, int]:
        """Start of each code span -> index after it; a run of n backticks closes with n."""
        text = self.text
        runs = [(m.start(), len(m.group(0))) for m in re.finditer(r"`+", text)]
        by_length: dict[int, list[int]] = {}
        for n, (_, length) in enumerate(runs):
            by_length.setdefault(length, []).append(n)
        spans: dict[int, int] = {}
        n = 0
        while n < len(runs):
            start, length = runs[n]
            if _escaped(text, start):  # \` is a literal backtick, never an opener
                n += 1
                continue
            same = by_length[length]
            later = bisect.bisect_right(same, n)
            if later < len(same):
                close_start, close_length = runs[same[later]]
                spans[start] = close_start + close_length
                n = same[later] + 1
            else:
                n += 1
        return spans

    def _pairs(self, opener: str, closer: str) -> dict[int, int]:
        """Each opening bracket -> its matching closing one, outside code spans and escapes."""
        text = self.text
        pairs: dict[int, int] = {}
        stack: list[int] = []
        i = 0
        while i < len(text):
            if i in self.code_end:
                i = self.code_end[i]
                continue
            char = text[i]
            if char == "\\":
                i += 2
                continue
            if char == opener:
                stack.append(i)
            elif char == closer and stack:
                pairs[stack.pop()] = i
            i += 1
        return pairs

    # -- parsing -------------------------------------------------------------------------
    def _parse(self, start: int, end: int, *, links: bool, depth: int) -> str:
        text = self.text
        out: list[str] = []
        literal: list[str] = []
        i = start

        def flush() -> None:
            if literal:
                out.append(html.escape("".join(literal)))
                literal.clear()

        while i < end:
            char = text[i]
            if char == "\\" and i + 1 < end and text[i + 1] in _PUNCTUATION:
                literal.append(text[i + 1])
                i += 2
                continue
            if char == "`":
                close = self.code_end.get(i)
                if close is not None and close <= end:
                    flush()
                    run = self._run_length(i, end, "`")
                    content = text[i + run : close - run]
                    if len(content) > 2 and content[0] == content[-1] == " ":
                        content = content[1:-1]
                    out.append(f"<code>{html.escape(content)}</code>")
                    i = close
                    continue
                run = self._run_length(i, end, "`")
                literal.append("`" * run)
                i += run
                continue
            if char == "[" and links:
                link = self._link(i, end)
                if link is not None:
                    flush()
                    label_start, label_end, url, i = link
                    label = self._parse(label_start, label_end, links=False, depth=depth + 1)
                    target = safe_url(url)
                    if target is None:
                        out.append(label)
                    else:
                        out.append(f'<a href="{html.escape(target)}">{label}</a>')
                    continue
            if char in "*_":
                emphasis = self._emphasis(i, end) if depth < self.MAX_DEPTH else None
                if emphasis is not None:
                    flush()
                    tag, inner_start, inner_end, i = emphasis
                    inner = self._parse(inner_start, inner_end, links=links, depth=depth + 1)
                    out.append(f"<{tag}>{inner}</{tag}>")
                    continue
                run = self._run_length(i, end, char)
                literal.append(char * run)
                i += run
                continue
            literal.append(char)
            i += 1
        flush()
        return "".join(out)

    def _run_length(self, i: int, end: int, char: str) -> int:
        run = 0
        while i + run < end and self.text[i + run] == char:
            run += 1
        return run

    def _link(self, i: int, end: int) -> tuple[int, int, str, int] | None:
        """[label](url) starting at i: (label start, label end, url, index after)."""
        label_end = self.brackets.get(i)
        if label_end is None or label_end + 1 >= end or label_end == i + 1:
            return None
        if self.text[label_end + 1] != "(":
            return None
        url_end = self.parens.get(label_end + 1)
        if url_end is None or url_end >= end:
            return None
        url = self.text[label_end + 2 : url_end].strip()
        if url.startswith("<") and url.endswith(">"):
            url = url[1:-1]
        if not url:
            return None
        return i + 1, label_end, url, url_end + 1

    def _emphasis(self, i: int, end: int) -> tuple[str, int, int, int] | None:
        """**strong**, __strong__, *em* or _em_ at i: (tag, inner start, inner end, after)."""
        text = self.text
        char = text[i]
        run = self._run_length(i, end, char)
        for width, tag in ((2, "strong"), (1, "em")):
            if run < width:
                continue
            inner_start = i + width
            if inner_start >= end or text[inner_start].isspace():
                continue
            if char == "_" and i > 0 and text[i - 1].isalnum():
                continue  # snake_case_words are not emphasis
            key = (char, width, run == 1, end)
            if self.failed.get(key, end + 1) <= inner_start:
                continue  # an earlier opener searched a wider stretch and found no closer
            found = self._closer(char, width, run, inner_start, end)
            if found is None:
                self.failed[key] = min(self.failed.get(key, end + 1), inner_start)
                continue
            return tag, inner_start, found, found + width
        return None

    def _closer(self, char: str, width: int, run: int, inner_start: int, end: int) -> int | None:
        text = self.text
        j = inner_start
        while j < end:
            if j in self.code_end:
                j = self.code_end[j]
                continue
            if text[j] == "\\":
                j += 2
                continue
            if text[j] == char:
                close = self._run_length(j, end, char)
                after = j + width
                if (
                    close >= width
                    and j > inner_start
                    and not text[j - 1].isspace()
                    and not (char == "_" and after < end and text[after].isalnum())
                    and not (width == 1 and close == 2 and run == 1)  # ** inside *..*: nested
                ):
                    return j
                j += close
                continue
            j += 1
        return None


def _escaped(text: str, i: int) -> bool:
    """Whether the character at i is itself escaped by an odd run of backslashes before it."""
    count = 0
    while i - 1 - count >= 0 and text[i - 1 - count] == "\\":
        count += 1
    return count % 2 == 1


class _Reencoder(HTMLParser):
    """Writes sanitised HTML back with every text character encoded for the Markdown pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            return
        parts = [tag]
        for name, value in attrs:
            if tag == "a" and name in {"href", "rel"} and value is not None:
                parts.append(f'{name}="{_encode_attribute(value)}"')
        self.out.append(f"<{' '.join(parts)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _ALLOWED_TAGS and tag != "br":
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(encode(data, line_start=not self.out))


def _encode_attribute(value: str) -> str:
    """Everything but letters and digits as a reference: no Markdown pattern can match it."""
    return "".join(
        char if char.isascii() and char.isalnum() else f"&#{ord(char)};" for char in value
    )


def _reencode(clean_html: str) -> str:
    parser = _Reencoder()
    parser.feed(clean_html)
    parser.close()
    return "".join(parser.out)
