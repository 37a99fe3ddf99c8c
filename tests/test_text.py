"""Text safety (BAD_INPUTS.md 15-19): YAML text reaches the site as the text that was typed.

Each case is checked twice: the exact Markdown that `plain` / `prose` produce, and the HTML
after a real python-markdown conversion with the extensions mkdocs.yml uses (snippets pointed
at a folder holding a secret file), placed where templates put text: a paragraph, a list item,
a table cell and a heading. The helpers at the top are shared with tests/test_pages.py.
"""

from __future__ import annotations

import html as html_module
import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import pytest
from hostile import PATHOLOGICAL
from markupsafe import Markup

from generator.site.render import UnsafeTextError, environment, json_script, yaml_string
from generator.site.text import escape_markdown, plain, prose, safe_url

EXTENSIONS = [
    "attr_list",
    "admonition",
    "pymdownx.details",
    "pymdownx.snippets",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.superfences",
    "def_list",
    "footnotes",
    "abbr",
]
SECRET = "TOP-SECRET-SNIPPET-CONTENT"


def to_html(text: str, snippets: Path) -> str:
    """Markdown -> HTML with the site's extensions; snippets may read files under `snippets`."""
    (snippets / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    (snippets / "README.md").write_text(SECRET + "\n", encoding="utf-8")
    return markdown.markdown(
        text,
        extensions=EXTENSIONS,
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(snippets)], "check_paths": False},
            "toc": {"permalink": True},
        },
    )


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> list[Element]:
        found = [self]
        for child in self.children:
            if isinstance(child, Element):
                found.extend(child.iter())
        return found

    def find_all(self, tag: str) -> list[Element]:
        return [e for e in self.iter() if e.tag == tag]


_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"}


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


ACTIVE_TAGS = {"script", "iframe", "img", "object", "embed", "style", "svg", "form", "frame"}


def active_content(root: Element, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Everything in the HTML that could run code or load something: should be empty.

    `allowed` names tags our own templates write (a JSON data block, the map's SVG)."""
    problems = []
    for element in root.iter():
        if element.tag in ACTIVE_TAGS and element.tag not in allowed:
            problems.append(f"<{element.tag}>")
        for name, value in element.attrs.items():
            if name.startswith("on"):
                problems.append(f"{element.tag}[{name}]")
            if name in {"href", "src", "action", "formaction", "xlink:href"}:
                scheme = value.split(":", 1)[0].strip().lower() if ":" in value else ""
                if scheme and scheme not in {"http", "https", "mailto"}:
                    problems.append(f"{element.tag}[{name}={value}]")
    return problems


# -- the cases ----------------------------------------------------------------------------


@pytest.fixture
def snippets(tmp_path: Path) -> Path:
    folder = tmp_path / "snippets"
    folder.mkdir()
    return folder


def place(text: Markup) -> str:
    """The text where templates put it: paragraph, list item, table cell, heading."""
    return (
        "# Page\n\n"
        f"{text}\n\n"
        f"- {text}\n\n"
        "| Field | After |\n| --- | --- |\n"
        f"| {text} | end |\n\n"
        f"## {text} {{ #placed }}\n\n"
        "Last paragraph.\n"
    )


def layout_of(root: Element) -> list[str]:
    """The block structure of `place`'s page: unchanged whatever the text is."""
    blocks = [c for c in root.children if isinstance(c, Element)]
    return [b.tag for b in blocks]


EXPECTED_LAYOUT = ["h1", "p", "ul", "table", "h2", "p"]


def check_literal(text: str, snippets: Path, *, shown: str | None = None) -> Element:
    """`plain(text)` shows `shown` (default: the text, one line) in every place; layout fixed."""
    expected = " ".join(text.split()) if shown is None else shown
    root = parse(to_html(place(plain(text)), snippets))
    assert layout_of(root) == EXPECTED_LAYOUT
    blocks = [c for c in root.children if isinstance(c, Element)]
    paragraph, items, table, heading = blocks[1], blocks[2], blocks[3], blocks[4]
    assert paragraph.text() == expected
    assert [li.text() for li in items.find_all("li")] == [expected]
    cells = [td.text() for td in table.find_all("td")]
    assert cells == [expected, "end"]
    assert heading.attrs["id"] == "placed"
    assert heading.text().removesuffix("¶") == expected
    assert active_content(root) == []
    assert SECRET not in to_html(place(plain(text)), snippets)
    # Only the tags the page itself writes: nothing the text could add.
    tags = {e.tag for e in root.iter()}
    assert tags <= {"root", "h1", "h2", "p", "ul", "li", "table", "thead", "tbody", "tr"} | {
        "th",
        "td",
        "a",
    }
    return root


# BAD_INPUTS 15: HTML is shown as the text typed.
HTML_CASES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<iframe src="https://evil.example"></iframe>',
    "<svg onload=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "<scr<script>ipt>alert(1)</script>",
    "&lt;script&gt; stays as typed",
    "&#60;b&#62;",
    '"><script>alert(1)</script>',
    "<!-- a comment --> after",
    "<div markdown>x</div>",
    "<details open ontoggle=alert(1)>",
]


@pytest.mark.parametrize("text", HTML_CASES)
def test_html_in_text_is_shown_literally(text: str, snippets: Path) -> None:
    check_literal(text, snippets)


@pytest.mark.parametrize("text", HTML_CASES)
def test_html_in_prose_is_shown_literally(text: str, snippets: Path) -> None:
    root = parse(to_html(f"{prose(text)}\n", snippets))
    assert active_content(root) == []
    assert root.text().strip() == text
    assert {e.tag for e in root.iter()} <= {"root", "p"}


def test_plain_exact_output() -> None:
    assert plain("<script>alert(1)</script>") == ("&#60;script&#62;alert(1)&#60;/script&#62;")
    assert plain("a | b # c") == "a &#124; b &#35; c"
    assert plain("Closed-won, e.g. 10k.") == "Closed-won, e.g. 10k."
    assert plain("- item") == "&#45; item"
    assert plain("1. first") == "1&#46; first"
    assert plain("Version 1.1") == "Version 1.1"
    assert plain("{{ 7*7 }}") == "&#123;&#123; 7&#42;7 &#125;&#125;"
    assert plain('--8<-- "secret.txt"') == "&#45;&#45;8&#60;&#45;&#45; &#34;secret.txt&#34;"
    assert plain("two\nlines\r\n  and\u2028more") == "two lines and more"
    assert isinstance(plain("x"), Markup)


# BAD_INPUTS 16: a javascript: link in any spelling gives no clickable link.
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java&#x09;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#0000106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "&amp;#106;avascript:alert(1)",
    "jav&#97;script:alert(1)",
    "\x01javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "%6Aavascript:alert(1)",
    "<javascript:alert(1)>",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "//evil.example/x",
    "/relative/path",
    "http:evil.example",
    "https:/evil.example",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_hostile_links_are_not_clickable(url: str, snippets: Path) -> None:
    for text in (f"[click me]({url})", f"[click me]( {url} )", f"[click **me**]({url} 'title')"):
        root = parse(to_html(f"{prose(text)}\n", snippets))
        assert root.find_all("a") == [], text
        assert active_content(root) == []
        assert "click" in root.text()
    assert safe_url(url) is None


@pytest.mark.parametrize(
    "text",
    [
        "<javascript:alert(1)>",
        "[x][1]\n\n[1]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "[x](javascript:alert(1)){: onclick=alert(2) }",
        '<a href="javascript:alert(1)">x</a>',
        '[x](https://ok.example "t" onmouseover=alert(1))',
    ],
)
def test_other_link_syntaxes_make_no_active_link(text: str, snippets: Path) -> None:
    root = parse(to_html(f"{prose(text)}\n", snippets))
    assert active_content(root) == []
    for anchor in root.find_all("a"):
        assert anchor.attrs["href"].startswith("https://ok.example")
        assert set(anchor.attrs) == {"href", "rel"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "See [our site](https://example.com/a_b?x=1&y=2#top).",
            '<p>See <a href="https://example.com/a_b?x=1&amp;y=2#top" rel="nofollow noopener">'
            "our site</a>.</p>",
        ),
        (
            "Mail [us](mailto:team@example.com)",
            '<p>Mail <a href="mailto:team@example.com" rel="nofollow noopener">us</a></p>',
        ),
        (
            "[a | b](https://example.com/(x))",
            '<p><a href="https://example.com/(x)" rel="nofollow noopener">a | b</a></p>',
        ),
    ],
)
def test_safe_links_survive(text: str, expected: str, snippets: Path) -> None:
    html = to_html(f"{prose(text)}\n", snippets)
    root = parse(html)
    anchors = root.find_all("a")
    assert len(anchors) == 1
    expected_root = parse(expected)
    assert anchors[0].attrs == expected_root.find_all("a")[0].attrs
    assert root.text() == expected_root.text()


def test_prose_exact_output() -> None:
    assert prose("Sells **test doubles** to *teams*.") == (
        "Sells <strong>test doubles</strong> to <em>teams</em>."
    )
    assert prose("Use `a|b` and snake_case_names") == (
        "Use <code>a&#124;b</code> and snake&#95;case&#95;names"
    )
    assert prose("[Docs](https://example.com)") == (
        '<a href="https&#58;&#47;&#47;example&#46;com" rel="nofollow&#32;noopener">Docs</a>'
    )
    assert prose("[Bad](javascript:alert(1))") == "Bad"
    assert prose("one\ntwo\n\nthree") == "one two<br><br>three"
    assert prose(r"\*not em\*") == "&#42;not em&#42;"
    assert prose("**unclosed") == "&#42;&#42;unclosed"
    assert prose("a * b * c") == "a &#42; b &#42; c"


def test_prose_formatting_renders(snippets: Path) -> None:
    text = "**Bold**, *italic*, _also italic_, `code <b>`, [a link](https://example.com)."
    root = parse(to_html(f"{prose(text)}\n", snippets))
    assert [e.tag for e in root.iter()][1:] == ["p", "strong", "em", "em", "code", "a"]
    assert root.find_all("code")[0].text() == "code <b>"
    assert root.text().strip() == "Bold, italic, also italic, code <b>, a link."


# BAD_INPUTS 17: Markdown structure in a plain field is shown literally; layout unchanged.
MARKDOWN_CASES = [
    "# heading",
    "## heading ##",
    "a | b | c",
    "| a | b |",
    "- item",
    "* item",
    "+ item",
    "1. item",
    "1) item",
    "> quote",
    '!!! note "Title"',
    "??? note",
    "???+ note",
    "/// admonition",
    "{: .class #id onclick=alert(1) }",
    "text { #id }",
    "*[HTML]: Hyper Text",
    "[^1]",
    "[^1]: a footnote",
    ": a definition",
    "---",
    "***",
    "===",
    "    indented code",
    "```\ncode\n```",
    "~~~",
    "line one\n\n# heading on its own line\n\n- item",
    "text  \nwith a hard break",
    "**bold** _em_ `code` ~~del~~ ==mark== ^^ins^^",
    "[link](https://example.com)",
    "<https://example.com>",
    "\\*escaped\\*",
    "&amp; &copy; &#169;",
    "1\\. not a list",
    "Title\n=====",
]


@pytest.mark.parametrize("text", MARKDOWN_CASES)
def test_markdown_in_text_is_shown_literally(text: str, snippets: Path) -> None:
    check_literal(text, snippets)


def test_newline_becomes_space(snippets: Path) -> None:
    check_literal("first\nsecond\r\nthird", snippets, shown="first second third")


# BAD_INPUTS 18: template syntax is shown literally, never evaluated.
TEMPLATE_CASES = [
    "{{ 7*7 }}",
    "{% include 'secret.txt' %}",
    "{# comment #}",
    "{{ config.site_name }}",
    "{%- raw -%}",
    "${7*7}",
    "<%= 7*7 %>",
]


@pytest.mark.parametrize("text", TEMPLATE_CASES)
def test_template_syntax_is_shown_literally(text: str, snippets: Path) -> None:
    check_literal(text, snippets)
    env = environment()
    rendered = env.from_string("{{ value|plain }} / {{ value|prose }}").render(value=text)
    assert "49" not in rendered
    assert "{" not in rendered and "%" not in rendered


# BAD_INPUTS 19: extension directives are shown literally; no file content leaks.
SNIPPET_CASES = [
    '--8<-- "secret.txt"',
    "--8<-- 'secret.txt'",
    "--8<-- secret.txt",
    ';--8<-- "secret.txt"',
    "--8<--\nsecret.txt\n--8<--",
    '--8<-- "README.md"',
    '--8<-- "../secret.txt"',
    '--8<-- "https://evil.example/x.md"',
    '--8<-- "secret.txt:1:2"',
]


@pytest.mark.parametrize("text", SNIPPET_CASES)
def test_snippet_directives_are_shown_literally(text: str, snippets: Path) -> None:
    check_literal(text, snippets)
    html = to_html(f"{prose(text)}\n\n- {prose(text)}\n", snippets)
    assert SECRET not in html


def test_snippet_check_is_real(snippets: Path) -> None:
    """The helper really includes snippets: the tests above would notice a leak."""
    assert SECRET in to_html('--8<-- "secret.txt"\n', snippets)


# -- what else reaches the page ------------------------------------------------------------


def test_finalize_refuses_raw_text() -> None:
    env = environment()
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ value }}").render(value="<b>")
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ 'From ' ~ value }}").render(value="x")
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ items|join(', ') }}").render(items=["a b", "c"])
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ flag }}").render(flag=True)
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ number }}").render(number=1.5)
    with pytest.raises(UnsafeTextError):
        env.from_string("{{ value }}").render(value="slug\n")
    for escape_hatch in ("safe", "e", "escape", "urlize", "tojson"):
        with pytest.raises(jinja2.TemplateAssertionError):
            env.from_string(f"{{{{ value|{escape_hatch} }}}}")
    assert env.from_string("{{ value }}").render(value="field-technician") == "field-technician"
    assert env.from_string("{{ value|plain }}").render(value="<b>") == "&#60;b&#62;"
    assert env.from_string("{{ n }}").render(n=3) == "3"


def test_json_script_cannot_close_its_tag() -> None:
    data = {"t": "</script><script>alert(1)</script> & <!-- \u2028\u2029"}
    text = str(json_script(data))
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == data


@pytest.mark.parametrize(
    "text", ['He said "hi"', "<script>alert(1)</script>", "a: b # c", "multi\nline", "x\\y"]
)
def test_front_matter_strings(text: str) -> None:
    import yaml

    value = yaml.safe_load(f"title: {yaml_string(text)}\n")["title"]
    assert "<" not in value and '"' not in value.replace("&quot;", "")
    assert html_module.unescape(value) == " ".join(text.split())


def test_front_matter_strings_keep_a_no_break_space() -> None:
    """French puts a no-break space before a colon ("Matrice de compétences : Vente"); a
    title keeps it, while line breaks and runs of spaces still become one space."""
    import yaml

    title = yaml_string(" Matrice\u00a0:  Vente \n")
    assert yaml.safe_load(f"title: {title}\n")["title"] == "Matrice\u00a0: Vente"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Objectif\u00a0: 38\u202f000\u00a0€", "Objectif\u00a0: 38\u202f000\u00a0€"),
        ("«\u00a0Vente\u00a0»\u00a0; suite", "«\u00a0Vente\u00a0»\u00a0; suite"),
        ("\u00a0kept at the ends\u202f", "\u00a0kept at the ends\u202f"),
        ("runs \t of\n\nspaces  *and* breaks", "runs of spaces \\*and\\* breaks"),
    ],
)
def test_escape_markdown_keeps_no_break_spaces(text: str, expected: str) -> None:
    """French and German typography needs its no-break spaces (before ":" and ";", inside
    « », in "38 000 €"): Markdown for readers outside the site keeps them as typed, while
    line breaks and runs of ordinary spaces still become one space."""
    assert escape_markdown(text) == expected


# -- hostile shapes: the inline parser stays linear and never recurses without bound --------


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_prose_stays_literal_on_hostile_shapes(name: str) -> None:
    """How fast: tests/benchmarks/bench_hostile.py (20 to 70 s before the parser precomputed
    its pairs; milliseconds now)."""
    text = PATHOLOGICAL[name]
    prose.cache_clear()
    result = prose(text)
    assert "<script" not in result


def test_deep_nesting_stays_literal_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.site import text

    assert prose("*a _a x a_ a*") == "<em>a <em>a x a</em> a</em>"
    prose.cache_clear()
    monkeypatch.setattr(text._InlineParser, "MAX_DEPTH", 1)
    assert prose("*a _a x a_ a*") == "<em>a &#95;a x a&#95; a</em>"
    prose.cache_clear()
