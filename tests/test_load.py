"""generator.read.load: BAD_INPUTS 1-8, plain data, positions; every test runs on both parsers."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hostile import billion_laughs

from generator.problems import Problem
from generator.read.load import (
    LIBYAML_AVAILABLE,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    Document,
    Position,
    load_document,
    load_text,
)

PATH = "ladder/roles/engineer.yml"

DUPLICATE = 'duplicate key "{}": it is already set on line {}; remove one of them'
TAG = 'YAML tags such as "{}" are not allowed; write the value as plain text'
ANCHOR = 'YAML anchors and aliases such as "{}" are not allowed; write the value out in full'
MERGE = 'merge keys ("<<") are not allowed; write the keys out in full'
DEEP = f"the data is nested more than {MAX_DEPTH} levels deep; flatten it"
SECOND = (
    "a second YAML document starts here, but a file may hold only one; "
    'remove this "---" or move what follows to a file of its own'
)
EMPTY = "the file is empty; it must hold a mapping of keys to values (key: value)"
NOT_MAPPING = "the top level of the file must be a mapping of keys to values (key: value), not "
UTF8 = "the file is not valid UTF-8: byte 0x{:02x} at byte offset {}; save the file as UTF-8"
NOT_SHOWN = "is not allowed in the file; delete it (editors often do not show it)"
CONTROL = "control character U+{:04X} " + NOT_SHOWN
INVISIBLE = "invisible character U+{:04X} " + NOT_SHOWN
TAB = (
    "a tab character is not allowed here; use spaces "
    "(a tab may only appear inside quoted text or a comment)"
)


@pytest.fixture(
    params=[
        pytest.param(
            True,
            id="libyaml",
            marks=pytest.mark.skipif(not LIBYAML_AVAILABLE, reason="no libyaml"),
        ),
        pytest.param(False, id="python"),
    ]
)
def libyaml(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


def rejected(text: str | bytes, libyaml: bool) -> list[tuple[int, int, str]]:
    """The problems of a file that must be rejected, as (line, column, message)."""
    document, problems = load_text(text, PATH, libyaml=libyaml)
    assert document is None
    assert problems
    assert all(isinstance(p, Problem) for p in problems)
    assert {p.path for p in problems} == {PATH}
    assert {p.severity for p in problems} == {"error"}
    return [(p.line, p.column, p.message) for p in problems]


def accepted(text: str | bytes, libyaml: bool) -> Document:
    document, problems = load_text(text, PATH, libyaml=libyaml)
    assert problems == []
    assert document is not None
    assert document.path == PATH
    return document


# 1. Duplicate keys --------------------------------------------------------------------------------


def test_duplicate_top_level_key(libyaml: bool) -> None:
    text = "id: engineer\nlevel: 3\ntitle: Engineer\nsummary: x\ntitle: Senior engineer\n"
    assert rejected(text, libyaml) == [(5, 1, DUPLICATE.format("title", 3))]


def test_duplicate_nested_key_at_any_depth(libyaml: bool) -> None:
    text = "a:\n  b:\n    c:\n      d: 1\n      e: 2\n      d: 3\n"
    assert rejected(text, libyaml) == [(6, 7, DUPLICATE.format("d", 4))]


def test_duplicate_key_inside_a_list_item(libyaml: bool) -> None:
    text = "levels:\n  - name: one\n    skills: x\n  - name: two\n    skills: y\n    name: 2\n"
    assert rejected(text, libyaml) == [(6, 5, DUPLICATE.format("name", 4))]


def test_same_key_in_two_list_items_is_not_a_duplicate(libyaml: bool) -> None:
    document = accepted("levels:\n  - name: one\n  - name: two\n", libyaml)
    assert document.data == {"levels": [{"name": "one"}, {"name": "two"}]}


def test_every_repetition_is_reported_against_the_first(libyaml: bool) -> None:
    text = "a: 1\nb: 2\na: 3\na: 4\n"
    assert rejected(text, libyaml) == [
        (3, 1, DUPLICATE.format("a", 1)),
        (4, 1, DUPLICATE.format("a", 1)),
    ]


def test_duplicate_written_quoted_and_plain(libyaml: bool) -> None:
    # Keys are the text typed, so `level` and "level" (and `3` and '3') are the same key.
    text = "level: 3\n\"level\": 4\n3: a\n'3': b\n"
    assert rejected(text, libyaml) == [
        (2, 1, DUPLICATE.format("level", 1)),
        (4, 1, DUPLICATE.format("3", 3)),
    ]


def test_duplicate_in_flow_mapping(libyaml: bool) -> None:
    assert rejected("a: {x: 1, y: 2, x: 3}\n", libyaml) == [(1, 17, DUPLICATE.format("x", 1))]


def test_duplicate_of_a_key_whose_value_is_a_mapping(libyaml: bool) -> None:
    text = "role:\n  title: a\nrole:\n  title: b\n"
    assert rejected(text, libyaml) == [(3, 1, DUPLICATE.format("role", 1))]


# 2. YAML 1.1 surprises stay the text typed --------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["NO", "no", "yes", "Yes", "off", "On", "y", "n", "true", "False", "1.10", "012", "0x1F",
     "0o17", "0b101", "12:30", "1_000", "3", "-5", "1e3", ".nan", ".inf", "-.inf", "2024-01-31",
     "=", "<<"],
)  # fmt: skip
def test_plain_scalars_keep_the_text_typed(libyaml: bool, typed: str) -> None:
    assert accepted(f"value: {typed}\n", libyaml).data == {"value": typed}


@pytest.mark.parametrize("typed", ["", "~", "null", "Null", "NULL"])
def test_plain_null_forms_are_none(libyaml: bool, typed: str) -> None:
    assert accepted(f"value: {typed}\n", libyaml).data == {"value": None}


@pytest.mark.parametrize("typed", ["'null'", '"null"', "'~'", "''", '""', "'NO'", '"1.10"'])
def test_quoted_scalars_are_always_text(libyaml: bool, typed: str) -> None:
    assert accepted(f"value: {typed}\n", libyaml).data == {"value": typed[1:-1]}


def test_block_scalars_are_text(libyaml: bool) -> None:
    text = "a: |\n  NO\nb: >-\n  12:30\nc: |-\n  null\n"
    assert accepted(text, libyaml).data == {"a": "NO\n", "b": "12:30", "c": "null"}


def test_keys_are_the_text_typed(libyaml: bool) -> None:
    text = "yes: 1\nNO: 2\n1.10: 3\nnull: 4\n~: 5\n012: 6\n"
    data = accepted(text, libyaml).data
    assert data == {"yes": "1", "NO": "2", "1.10": "3", "null": "4", "~": "5", "012": "6"}
    assert list(data) == ["yes", "NO", "1.10", "null", "~", "012"]


def test_nested_data_in_order(libyaml: bool) -> None:
    text = "z: 1\na:\n  - x\n  - {k: v, j: [1, '2']}\n  -\n  - - deep\nm: {}\nn: []\n"
    data = accepted(text, libyaml).data
    assert data == {
        "z": "1",
        "a": ["x", {"k": "v", "j": ["1", "2"]}, None, ["deep"]],
        "m": {},
        "n": [],
    }
    assert list(data) == ["z", "a", "m", "n"]


# 3. Tags ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "tag"),
    [
        ("cmd: !!python/object/apply:os.system [ls]\n", 1, 6, "!!python/object/apply:os.system"),
        ("obj: !!python/object:__main__.X {a: 1}\n", 1, 6, "!!python/object:__main__.X"),
        ('level: !!int "3"\n', 1, 8, "!!int"),
        ("title: !!str Engineer\n", 1, 8, "!!str"),
        ("logo: !!binary aGVsbG8=\n", 1, 7, "!!binary"),
        ("x: !custom value\n", 1, 4, "!custom"),
        ("x: ! value\n", 1, 4, "!"),
        ("x: !<tag:yaml.org,2002:str> value\n", 1, 4, "!<tag:yaml.org,2002:str>"),
        ("a:\n  b: !!map\n    c: d\n", 2, 6, "!!map"),
        ("a: !!omap [x: 1]\n", 1, 4, "!!omap"),
        ("a: !!seq\n- 1\n", 1, 4, "!!seq"),
        ("a:\n  - !!set {x}\n", 2, 5, "!!set"),
        ("!!str key: value\n", 1, 1, "!!str"),
        ("--- !!map\na: 1\n", 1, 5, "!!map"),
        ("a:\n  - ok\n  - !tagged\n    - 1\n", 3, 5, "!tagged"),
    ],
)
def test_tags_are_rejected_where_written(
    libyaml: bool, text: str, line: int, column: int, tag: str
) -> None:
    assert rejected(text, libyaml) == [(line, column, TAG.format(tag))]


def test_reading_stops_at_the_first_tag(libyaml: bool) -> None:
    text = "a: 1\na: 2\nb: !!int 1\nb: !!float 2\n"
    assert rejected(text, libyaml) == [
        (2, 1, DUPLICATE.format("a", 1)),
        (3, 4, TAG.format("!!int")),
    ]


# 4. Anchors, aliases and merge keys ---------------------------------------------------------------


def test_anchor_alias_and_merge_key(libyaml: bool) -> None:
    text = "base: &base\n  level: 3\nrole:\n  <<: *base\n  title: x\n"
    assert rejected(text, libyaml) == [
        (1, 7, ANCHOR.format("&base")),
        (4, 3, MERGE),
        (4, 7, ANCHOR.format("*base")),
    ]


def test_anchor_on_a_scalar_and_a_sequence(libyaml: bool) -> None:
    text = "a: &x text\nb: &list\n  - 1\n"
    assert rejected(text, libyaml) == [(1, 4, ANCHOR.format("&x")), (2, 4, ANCHOR.format("&list"))]


def test_anchor_and_tag_on_one_node_in_either_order(libyaml: bool) -> None:
    assert rejected("a: &x !!str b\n", libyaml) == [
        (1, 4, ANCHOR.format("&x")),
        (1, 7, TAG.format("!!str")),
    ]
    assert rejected("c: !!str &y d\n", libyaml) == [
        (1, 4, TAG.format("!!str")),
        (1, 10, ANCHOR.format("&y")),
    ]
    assert rejected("c: !!str\n  &y\n  d\n", libyaml) == [
        (1, 4, TAG.format("!!str")),
        (2, 3, ANCHOR.format("&y")),
    ]


def test_reading_stops_at_the_first_alias(libyaml: bool) -> None:
    assert rejected("a: *x\nb: *y\n", libyaml) == [(1, 4, ANCHOR.format("*x"))]


def test_alias_used_as_a_key(libyaml: bool) -> None:
    assert rejected("a: 1\n*k : v\n", libyaml) == [(2, 1, ANCHOR.format("*k"))]


def test_alias_in_a_flow_list(libyaml: bool) -> None:
    assert rejected("a: [x, *y]\n", libyaml) == [(1, 8, ANCHOR.format("*y"))]


def test_merge_key_in_a_list_item_and_a_quoted_one(libyaml: bool) -> None:
    assert rejected("a:\n  - <<: {x: 1}\n", libyaml) == [(2, 5, MERGE)]
    assert accepted('"<<": x\n', libyaml).data == {"<<": "x"}  # quoted: just text


def test_billion_laughs_is_rejected_at_once_in_little_memory(libyaml: bool) -> None:
    text = billion_laughs()
    assert len(text) < 600
    tracemalloc.start()
    try:
        problems = rejected(text, libyaml)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert problems == [
        (1, 4, ANCHOR.format("&a")),
        (2, 4, ANCHOR.format("&b")),
        (2, 8, ANCHOR.format("*a")),
    ]
    assert peak < 4_000_000


# 5. Deep nesting and size -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: " + "[" * 100_000, 1, 4 + MAX_DEPTH - 1),
        ("a: " + "{a: " * 100_000, 1, 4 + 4 * (MAX_DEPTH - 1)),
        ("a:\n" + "- " * 100_000, 2, 1 + 2 * (MAX_DEPTH - 1)),
        ("a:\n" + "".join(" " * i + "b:\n" for i in range(1, 1000)), MAX_DEPTH + 1, MAX_DEPTH + 1),
    ],
    ids=["flow-list", "flow-mapping", "block-list", "block-mapping"],
)
def test_deep_nesting_is_one_problem_at_the_first_node_too_deep(
    libyaml: bool, text: str, line: int, column: int
) -> None:
    assert rejected(text, libyaml) == [(line, column, DEEP)]  # timing: bench_hostile.py


def test_top_level_list_deep_is_just_not_a_mapping(libyaml: bool) -> None:
    assert rejected("[" * 100_000, libyaml) == [(1, 1, NOT_MAPPING + "a list")]
    assert rejected("- " * 100_000, libyaml) == [(1, 1, NOT_MAPPING + "a list")]


def test_nesting_up_to_the_limit_is_fine(libyaml: bool) -> None:
    # The top mapping is level 1, so MAX_DEPTH - 1 more levels are allowed ...
    levels = MAX_DEPTH - 1
    document = accepted("a: " + "[" * levels + "]" * levels + "\n", libyaml)
    assert document.value_position(("a",) + (0,) * (levels - 2)) == Position(1, 3 + levels - 1)
    # ... and one more is not.
    levels += 1
    assert rejected("a: " + "[" * levels + "]" * levels + "\n", libyaml) == [(1, 53, DEEP)]


def test_file_over_the_size_limit_is_rejected_before_parsing(libyaml: bool) -> None:
    text = "a: [" + "x" * MAX_FILE_BYTES  # would be a syntax error if parsed
    size = f"{len(text):,}"
    message = (
        f"the file is too large ({size} bytes; the limit is 1,048,576 bytes); "
        "split it into smaller files"
    )
    assert rejected(text, libyaml) == [(1, 1, message)]
    assert rejected(text.encode(), libyaml) == [(1, 1, message)]
    # The limit is on bytes: 300,000 three-byte characters are 900,000 + bytes.
    wide = "a: " + "€" * 350_000
    assert rejected(wide, libyaml)[0][2].startswith("the file is too large (1,050,003 bytes;")


def test_file_at_the_size_limit_is_read(libyaml: bool) -> None:
    text = "a: " + "x" * (MAX_FILE_BYTES - 4) + "\n"
    assert len(text.encode()) == MAX_FILE_BYTES
    assert accepted(text, libyaml).data == {"a": "x" * (MAX_FILE_BYTES - 4)}


def test_large_file_on_disk_is_rejected_without_reading(tmp_path: Path, libyaml: bool) -> None:
    path = tmp_path / "big.yml"
    with open(path, "wb") as file:
        file.truncate(50 * MAX_FILE_BYTES)  # sparse: 50 MiB of NUL bytes
    document, problems = load_document(path, "big.yml", libyaml=libyaml)
    assert document is None
    assert problems == [
        Problem(
            "big.yml",
            1,
            1,
            "the file is too large (52,428,800 bytes; the limit is 1,048,576 bytes); "
            "split it into smaller files",
        )
    ]


# 6. UTF-8 -----------------------------------------------------------------------------------------


def test_invalid_utf8_gives_byte_offset_and_place(libyaml: bool) -> None:
    data = "title: ok\nname: café".encode("latin-1") + b"\n"
    assert rejected(data, libyaml) == [(2, 10, UTF8.format(0xE9, 19))]


def test_invalid_byte_after_multibyte_characters(libyaml: bool) -> None:
    data = "a: ü€𝄞".encode() + b"\xff\n"  # 3 + 2 + 3 + 4 bytes before it, 6 characters
    assert rejected(data, libyaml) == [(1, 7, UTF8.format(0xFF, 12))]


def test_truncated_character_at_the_end(libyaml: bool) -> None:
    data = b"a: b\r\nc: " + "€".encode()[:2]
    assert rejected(data, libyaml) == [(2, 4, UTF8.format(0xE2, 9))]


def test_utf16_is_invalid_utf8(libyaml: bool) -> None:
    assert rejected("a: 1\n".encode("utf-16"), libyaml) == [(1, 1, UTF8.format(0xFF, 0))]


def test_utf16_without_bom_is_a_control_character_per_line(libyaml: bool) -> None:
    nul = CONTROL.format(0) + "; a file full of them was probably saved as UTF-16: save it as UTF-8"
    data = "a: 1\nb: 2\n".encode("utf-16-le")  # "a\0:\0 \01\0\n\0b\0..."
    assert rejected(data, libyaml) == [(1, 2, nul), (2, 1, nul), (3, 1, nul)]


def test_bom_is_allowed_and_does_not_move_columns(libyaml: bool) -> None:
    document = accepted(b"\xef\xbb\xbftitle: x\n", libyaml)
    assert document.data == {"title": "x"}
    assert document.keys[("title",)] == Position(1, 1)
    assert document.values[("title",)] == Position(1, 8)


def test_bom_counts_in_the_byte_offset_but_not_in_the_column(libyaml: bool) -> None:
    assert rejected(b"\xef\xbb\xbfa: \xc0\n", libyaml) == [(1, 4, UTF8.format(0xC0, 6))]


def test_encoded_surrogate_is_invalid_utf8(libyaml: bool) -> None:
    assert rejected(b"a: \xed\xa0\x80\n", libyaml) == [(1, 4, UTF8.format(0xED, 3))]


# 7. Control characters ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", [0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x85, 0x9B])
def test_control_characters_are_rejected(libyaml: bool, code: int) -> None:
    text = f"title: ok\nsummary: 'a{chr(code)}b'\n"
    message = CONTROL.format(code)
    if code == 0:
        message += "; a file full of them was probably saved as UTF-16: save it as UTF-8"
    assert rejected(text, libyaml) == [(2, 12, message)]


@pytest.mark.parametrize("code", [0x2028, 0x2029, 0xFEFF])
def test_invisible_characters_are_rejected(libyaml: bool, code: int) -> None:
    assert rejected(f"a: 1\nb: x{chr(code)}y\n", libyaml) == [(2, 5, INVISIBLE.format(code))]


def test_one_problem_per_line_and_at_most_ten(libyaml: bool) -> None:
    text = "".join(f"k{n}: a\x01b\x02c\n" for n in range(20))
    problems = rejected(text, libyaml)
    assert problems == [(n, 6 if n < 11 else 7, CONTROL.format(1)) for n in range(1, 11)]


def test_control_characters_written_as_escapes(libyaml: bool) -> None:
    escaped = (
        "control character U+{:04X}, written with a backslash escape, is not allowed; remove it"
    )
    # Each is reported where its backslash is.
    assert rejected('a: ok\nb: "x\\0y"\n', libyaml) == [(2, 6, escaped.format(0))]
    assert rejected('a: "\\e[31m"\n', libyaml) == [(1, 5, escaped.format(0x1B))]
    assert rejected('a: "\\N"\n', libyaml) == [(1, 5, escaped.format(0x85))]
    # Half a surrogate pair, or no character at all: rejected by both parsers, never raised.
    for text in ['a: "\\ud800"\n', 'a: "\\ud83d\\ude00"\n', 'a: "\\U00110000"\n']:
        assert rejected(text, libyaml)[0][:2] in [(1, 4), (1, 7)]
    # Harmless escapes are fine.
    assert accepted('a: "tab\\there \\"quoted\\" \\u00e9 \\\\"\n', libyaml).data == {
        "a": 'tab\there "quoted" é \\'
    }


def test_lone_surrogate_in_text_input(libyaml: bool) -> None:
    message = "invalid character U+D800 " + NOT_SHOWN
    assert rejected("a: \ud800\n", libyaml) == [(1, 4, message)]


def test_tab_carriage_return_and_other_unicode_are_fine(libyaml: bool) -> None:
    text = "a: 'x\ty'\r\nb: ü é ß 中文 𝄞 \u00a0nbsp\r\nc: x # comment\twith tab\n"
    assert accepted(text, libyaml).data == {"a": "x\ty", "b": "ü é ß 中文 𝄞 \u00a0nbsp", "c": "x"}


# 8. Documents -------------------------------------------------------------------------------------


def test_second_document_is_rejected(libyaml: bool) -> None:
    assert rejected("a: 1\n---\nb: 2\n", libyaml) == [(2, 1, SECOND)]
    assert rejected("---\na: 1\n---\nb: 2\n", libyaml) == [(3, 1, SECOND)]
    assert rejected("a: 1\n...\n---\nb: 2\n", libyaml) == [(3, 1, SECOND)]
    assert rejected("a: 1\n--- # empty\n", libyaml) == [(2, 1, SECOND)]


def test_explicit_start_and_end_of_one_document_are_fine(libyaml: bool) -> None:
    assert accepted("---\na: 1\n...\n", libyaml).data == {"a": "1"}


@pytest.mark.parametrize(
    "text", ["", "\n\n", "   \n", "# only a comment\n# and another\n", "---\n", "--- # c\n...\n"]
)
def test_empty_file(libyaml: bool, text: str) -> None:
    assert rejected(text, libyaml) == [(1, 1, EMPTY)]
    assert rejected(b"\xef\xbb\xbf" + text.encode(), libyaml) == [(1, 1, EMPTY)]


@pytest.mark.parametrize(
    ("text", "line", "column", "what"),
    [
        ("- a\n- b\n", 1, 1, "a list"),
        ("# roles\n[a, b]\n", 2, 1, "a list"),
        ("Engineer\n", 1, 1, "text"),
        ("\n'quoted'\n", 2, 1, "text"),
        ("~\n", 1, 1, "text"),
        ("|\n  block\n", 1, 1, "text"),
        ("title:Engineer\n", 1, 1, "text; write a space after the colon (key: value)"),
    ],
)
def test_top_level_must_be_a_mapping(
    libyaml: bool, text: str, line: int, column: int, what: str
) -> None:
    assert rejected(text, libyaml) == [(line, column, NOT_MAPPING + what)]


def test_directive_lines_are_rejected(libyaml: bool) -> None:
    message = (
        'a line must not start with "%" (YAML directives such as "%YAML 1.2" are not allowed); '
        "delete the line, or indent it if it continues a value"
    )
    assert rejected("%YAML 1.1\n---\na: 1\n", libyaml) == [(1, 1, message)]
    assert rejected("%TAG ! tag:x,2000:\n---\na: !b c\n", libyaml) == [(1, 1, message)]
    assert rejected("# c\n%FOO bar\n---\na: 1\n", libyaml) == [(2, 1, message)]


# Syntax errors: the verdict is the same for both parsers; the wording is the parser's --------


@pytest.mark.parametrize(
    ("text", "line", "column", "hint"),
    [
        ("title: 'unclosed\nlevel: 3\n", 3, 1, "a quote is not closed"),
        ('title: "unclosed\nlevel: 3\n', 3, 1, "a quote is not closed"),
        ("a: 1\nb:2\n", 3, 1, "write a colon and a space after each key"),
        ("a: b: c\n", 1, 5, 'a value that contains ": " must be put in quotes'),
        ("a:\n  b: 1\n c: 2\n", 3, 2, "check the indentation"),
        ('a: "x\\q"\n', 1, 0, "a backslash starts an escape"),
        ("a: @x\n", 1, 4, "a value that starts with this character must be put in quotes"),
        ("a: [1, 2\nb: 3\n", 0, 0, ""),
    ],
)
def test_syntax_errors(libyaml: bool, text: str, line: int, column: int, hint: str) -> None:
    problems = rejected(text, libyaml)
    assert len(problems) == 1
    found_line, found_column, message = problems[0]
    assert message.startswith("invalid YAML: ")
    assert hint in message
    if line:
        assert found_line == line
    if column:
        assert found_column == column


def test_tabs_outside_quotes_and_comments(libyaml: bool) -> None:
    for text, line, column in [
        ("a:\tb\n", 1, 3),
        ("a: b\t# c\n", 1, 5),
        ("a:\n\t- b\n", 2, 1),
        ("a: [b,\tc]\n", 1, 7),
        ("a: b\tc\n", 1, 5),
    ]:
        problems = rejected(text, libyaml)
        assert problems[0][:2] == (line, column)
        assert "tab" in problems[0][2]
    # Tabs inside block text: the parsers disagree on where they are allowed, so never.
    assert rejected("a: |\n  x\n  \ty\n", libyaml) == [(3, 3, TAB)]


def test_places_where_the_parsers_disagree_are_rejected_by_both(libyaml: bool) -> None:
    assert rejected("a: |#c\n  x\n", libyaml)
    assert rejected("a: {b:}\n", libyaml)
    assert rejected("a: {b:[c]}\n", libyaml)
    assert rejected("a: [x?y]\n", libyaml)
    assert rejected("a: [? ]\n", libyaml)
    assert rejected("a: 1\nb: x\ufeffy\n", libyaml)


def test_complex_keys_are_rejected(libyaml: bool) -> None:
    assert rejected("? [a, b]\n: c\n", libyaml) == [(1, 3, "a key must be plain text, not a list")]
    assert rejected("a: {{x: 1}: 2}\n", libyaml) == [
        (1, 5, "a key must be plain text, not a mapping")
    ]


def test_missing_key(libyaml: bool) -> None:
    message = "a key is missing here; write the key before the colon"
    assert rejected("a: 1\n? \n", libyaml) == [(2, 1, message)]
    assert rejected("a: {? , b: 1}\n", libyaml) == [(1, 5, message)]
    assert rejected("a: [b, ? : x]\n", libyaml)[0] == (1, 8, message)


# Positions ----------------------------------------------------------------------------------------


SAMPLE = """\
# a role
id: engineer
title:   Engineer
levels:
  - name: one
    skills: [a, 'b']
  -
description: >-
  Long
  text
empty:
"""


def test_positions_of_keys_and_values(libyaml: bool) -> None:
    document = accepted(SAMPLE, libyaml)
    assert document.values == {
        (): Position(2, 1),
        ("id",): Position(2, 5),
        ("title",): Position(3, 10),
        ("levels",): Position(5, 3),
        ("levels", 0): Position(5, 5),
        ("levels", 0, "name"): Position(5, 11),
        ("levels", 0, "skills"): Position(6, 13),
        ("levels", 0, "skills", 0): Position(6, 14),
        ("levels", 0, "skills", 1): Position(6, 17),
        ("levels", 1): Position(7, 4),
        ("description",): Position(8, 14),
        ("empty",): Position(11, 1),  # an empty value is located at its key
    }
    assert document.keys == {
        ("id",): Position(2, 1),
        ("title",): Position(3, 1),
        ("levels",): Position(4, 1),
        ("levels", 0, "name"): Position(5, 5),
        ("levels", 0, "skills"): Position(6, 5),
        ("description",): Position(8, 1),
        ("empty",): Position(11, 1),
    }


def test_position_fallbacks(libyaml: bool) -> None:
    document = accepted(SAMPLE, libyaml)
    # A missing value or key is located at the nearest value that exists above it.
    assert document.value_position(("levels", 0, "proficiency")) == Position(5, 5)
    assert document.key_position(("levels", 0, "proficiency")) == Position(5, 5)
    assert document.value_position(("levels", 9, "x")) == Position(5, 3)
    assert document.key_position(("nothing",)) == Position(2, 1)
    assert document.key_position(("levels", 0, "name")) == Position(5, 5)
    assert document.value_position(()) == Position(2, 1)


def test_crlf_gives_the_same_data_and_positions(libyaml: bool) -> None:
    lf = accepted(SAMPLE, libyaml)
    crlf = accepted(SAMPLE.replace("\n", "\r\n").encode(), libyaml)
    cr = accepted(SAMPLE.replace("\n", "\r"), libyaml)
    assert crlf.data == lf.data == cr.data
    assert crlf.values == lf.values == cr.values
    assert crlf.keys == lf.keys == cr.keys


def test_columns_count_characters_not_bytes(libyaml: bool) -> None:
    document = accepted("é𝄞: ü\nb: [中文, x]\n", libyaml)
    assert document.values[("é𝄞",)] == Position(1, 5)
    assert document.values[("b", 1)] == Position(2, 9)


def test_both_parsers_build_the_same_document() -> None:
    if not LIBYAML_AVAILABLE:
        pytest.skip("no libyaml")
    for text in [SAMPLE, "a: {b: }\nc: [x, {y: }]\n", "? a\n? b\n: c\n"]:
        one, two = load_text(text, PATH, libyaml=True)[0], load_text(text, PATH, libyaml=False)[0]
        assert one == two


# load_document ------------------------------------------------------------------------------------


def test_load_document_reads_a_file(tmp_path: Path, libyaml: bool) -> None:
    path = tmp_path / "role.yml"
    path.write_bytes(b"\xef\xbb\xbfid: x\r\n")
    document, problems = load_document(path, "ladder/role.yml", libyaml=libyaml)
    assert problems == []
    assert document is not None
    assert (document.path, document.data) == ("ladder/role.yml", {"id": "x"})


def test_load_document_default_display_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, libyaml: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "roles").mkdir()
    (tmp_path / "roles" / "a.yml").write_text("a: 1\na: 2\n")
    document, problems = load_document(tmp_path / "roles" / "a.yml", libyaml=libyaml)
    assert document is None
    assert problems == [Problem("roles/a.yml", 2, 1, DUPLICATE.format("a", 1))]


def test_unreadable_files_are_problems(tmp_path: Path, libyaml: bool) -> None:
    missing = load_document(tmp_path / "missing.yml", "missing.yml", libyaml=libyaml)
    assert missing == (
        None,
        [Problem("missing.yml", 1, 1, "the file cannot be read: No such file or directory")],
    )
    folder = load_document(tmp_path, "folder", libyaml=libyaml)
    assert folder[0] is None
    assert folder[1][0].message.startswith("the file cannot be read: ")
    nul = load_document(Path("a\0b.yml"), "nul", libyaml=libyaml)
    assert nul[0] is None
    assert nul[1][0].message.startswith("the file cannot be read: ")
