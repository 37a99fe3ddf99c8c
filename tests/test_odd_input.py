"""BAD_INPUTS 24-27: odd keys, invisible characters, number and date spellings, library words.

Each case copies the fixture ladder, breaks one thing, and checks the place and the words of
what the editor is told.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import edit, problems_of

from generator.validate.folder import load_ladder

REP = "roles/rep.yml"


# -- BAD_INPUTS 24: any key, however odd ------------------------------------------------------

ODD_KEYS = ['"["', '"]"', "notes[1]", "str", "int", "float", "bool", '"[key]"', "list[str]"]
ODD_KEYS += ["function-after[x]", '"a,b"', "'{'", "model", "none", '"0"']


@pytest.mark.parametrize("key", ODD_KEYS)
def test_an_odd_key_at_the_top_is_reported_at_its_place(ladder_dir: Path, key: str) -> None:
    edit(ladder_dir, REP, "level: 1\n", f"level: 1\n{key}: x\n")
    shown = key.strip("'\"")
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith(f'ladder/roles/rep.yml:7:1: error: unknown key "{shown}"; ')
    assert f'did you mean "{shown}"' not in found[0]


@pytest.mark.parametrize("key", ODD_KEYS)
def test_an_odd_key_one_level_down_is_reported_at_its_place(ladder_dir: Path, key: str) -> None:
    edit(ladder_dir, REP, "  mentorship:\n", f"  {key}: [x]\n  mentorship:\n")
    shown = key.strip("'\"")
    found = problems_of(ladder_dir)
    assert found == [
        f'ladder/roles/rep.yml:45:3: error: unknown key "{shown}"; allowed keys here: '
        "training, certifications, mentorship, staying_current"
    ]


@pytest.mark.parametrize("key", ["str", "float", "int[1]", "bool", "target[0]"])
def test_an_odd_key_two_levels_down_is_reported_at_its_place(ladder_dir: Path, key: str) -> None:
    edit(ladder_dir, REP, "    threshold: 80\n", f"    threshold: 80\n    {key}: 1\n")
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith(f'ladder/roles/rep.yml:29:5: error: unknown key "{key}"; ')
    assert f'did you mean "{key}"' not in found[0]


@pytest.mark.parametrize("key", ['"a[1]"', '"x[key]"', "Str"])
def test_an_odd_id_as_a_key_is_reported_at_the_key(ladder_dir: Path, key: str) -> None:
    edit(ladder_dir, REP, "  discovery: basic\n", f"  discovery: basic\n  {key}: basic\n")
    found = problems_of(ladder_dir)
    assert found, found
    assert found[0].startswith("ladder/roles/rep.yml:24:3: error: ")
    assert "is not a valid id" in found[0]


def test_a_suggestion_is_never_the_key_itself(ladder_dir: Path) -> None:
    # A key that is a known key, in the wrong place: never "did you mean" the same word.
    edit(ladder_dir, REP, "  mentorship:\n", "  learning: [x]\n  mentorship:\n")
    assert problems_of(ladder_dir) == [
        'ladder/roles/rep.yml:45:3: error: unknown key "learning"; did you mean "training"?'
    ]


# -- BAD_INPUTS 25: invisible and direction-changing characters --------------------------------

INVISIBLE = {
    "\u202e": "bidirectional control character U+202E",
    "\u202a": "bidirectional control character U+202A",
    "\u2066": "bidirectional control character U+2066",
    "\u2069": "bidirectional control character U+2069",
    "\u200f": "bidirectional control character U+200F",
    "\u061c": "bidirectional control character U+061C",
    "\u200b": "zero-width character U+200B",
    "\u200c": "zero-width character U+200C",
    "\u200d": "zero-width character U+200D",
    "\u2060": "zero-width character U+2060",
    "\u00ad": "zero-width character U+00AD",
    "\u3164": "filler character U+3164",
    "\u115f": "filler character U+115F",
    "\u1160": "filler character U+1160",
    "\uffa0": "filler character U+FFA0",
    "\u2800": "filler character U+2800",
    "\U000e0041": "invisible tag character U+E0041",
}


@pytest.mark.parametrize("character", INVISIBLE)
@pytest.mark.parametrize(
    ("old", "new", "line", "column"),
    [
        ("title: Sales rep", "title: Sales{} rep", 4, 13),
        ("title: Sales rep", "title: {}", 4, 8),
        ("title: Sales rep", "title: '{}{}'", 4, 9),
        ("  - Run discovery calls", "  - Run discovery calls{}", 9, 24),
        ("summary: Finds", "summary: {}Finds", 7, 10),
    ],
)
def test_invisible_characters_are_refused_with_code_point_and_place(
    ladder_dir: Path, character: str, old: str, new: str, line: int, column: int
) -> None:
    edit(ladder_dir, REP, old, new.replace("{}", character))
    found = problems_of(ladder_dir)
    assert found[0].startswith(f"ladder/roles/rep.yml:{line}:{column}: error: ")
    assert INVISIBLE[character] in found[0]
    assert found[0].endswith(")") or "delete it" in found[0]


@pytest.mark.parametrize(
    ("escape", "code"),
    [
        ("\\u202e", "U+202E"),
        ("\\u202E", "U+202E"),
        ("\\U00002066", "U+2066"),
        ("\\u200b", "U+200B"),
        ("\\u3164", "U+3164"),
        ("\\x0b", "U+000B"),
    ],
)
def test_invisible_characters_written_as_escapes_are_refused_at_the_escape(
    ladder_dir: Path, escape: str, code: str
) -> None:
    edit(ladder_dir, REP, "title: Sales rep", f'title: "Sales {escape}rep"')
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith("ladder/roles/rep.yml:4:15: error: ")
    assert f"{code}, written with a backslash escape, is not allowed" in found[0]


@pytest.mark.parametrize("title", ["\u0301\u0302", "'\u00a0\u3000'", "'\u0300 \u20dd'"])
def test_a_title_needs_visible_text(ladder_dir: Path, title: str) -> None:
    edit(ladder_dir, REP, "title: Sales rep", f"title: {title}")
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith("ladder/roles/rep.yml:4:8: error: this text ")


@pytest.mark.parametrize(
    "title",
    ["Verkäufer · Vertrieb", "営業担当", "Продавец", "بائع", "מוכר", "Ναυτίλος 👩\u200d💻"[:10]],
)
def test_ordinary_non_ascii_text_is_kept(ladder_dir: Path, title: str) -> None:
    edit(ladder_dir, REP, "title: Sales rep", f"title: {title}")
    ladder, problems = load_ladder(ladder_dir)
    assert problems == []
    assert ladder is not None and ladder.roles["rep"].title == title


# -- BAD_INPUTS 26: numbers and dates only as an editor means them ----------------------------

NUMBER = "expected a number (digits, optionally with a decimal point)"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("1_00", f'{NUMBER}, not "1_00"; write the digits without underscores, such as 1000'),
        ("1_000.5", f'{NUMBER}, not "1_000.5"; write the digits without underscores'),
        ("0x1F", f'{NUMBER}, not "0x1F"; write the number in ordinary decimal digits'),
        ("0o17", f'{NUMBER}, not "0o17"; write the number in ordinary decimal digits'),
        ("1e3", f'{NUMBER}, not "1e3"; write the number out in digits'),
        ("+5", f'{NUMBER}, not "+5"'),
        ("1.2.3", f'{NUMBER}, not "1.2.3"'),
        (".5", f'{NUMBER}, not ".5"'),
        ("'١٢'", f'{NUMBER}, not "١٢"'),
        ("-inf", "expected an ordinary number, not infinity or NaN"),
        ("Infinity", "expected an ordinary number, not infinity or NaN"),
        ("9" * 16, "this number has 16 digits; a number here has at most 15 digits"),
        ("1" * 5000, "this number has 5000 digits; a number here has at most 15 digits"),
        ("0." + "1" * 20, "this number has 21 digits; a number here has at most 15 digits"),
    ],
)
def test_numbers_only_in_plain_spellings(ladder_dir: Path, written: str, message: str) -> None:
    edit(ladder_dir, REP, "    target: 100\n", f"    target: {written}\n")
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith("ladder/roles/rep.yml:27:13: error: " + message)


@pytest.mark.parametrize(
    ("old", "new", "column", "message"),
    [
        ("level: 1", "level: 1_0", 8, 'expected a whole number, not "1_0"; write the digits'),
        ("level: 1", "level: 0x2", 8, 'expected a whole number, not "0x2"; write the number in'),
        ("level: 1", "level: " + "2" * 400, 8, "this number has 400 digits"),
        ("  min_months: 12", "  min_months: 1__2", 15, 'expected a whole number, not "1__2"'),
        ("  min_months: 12", "  min_months: 12.0", 15, 'expected a whole number, not "12.0"'),
    ],
)
def test_whole_numbers_only_in_plain_spellings(
    ladder_dir: Path, old: str, new: str, column: int, message: str
) -> None:
    edit(ladder_dir, REP, old, new)
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert f":{column}: error: {message}" in found[0]


def test_plain_numbers_are_read_as_typed(ladder_dir: Path) -> None:
    edit(ladder_dir, REP, "    target: 100\n", "    target: 0099.50\n")
    edit(ladder_dir, REP, "level: 1", "level: 01")
    ladder, problems = load_ladder(ladder_dir)
    assert problems == []
    assert ladder is not None
    assert ladder.roles["rep"].kpis["quota-attainment"].target == 99.5
    assert ladder.roles["rep"].level == 1


DATE = "expected a date written as YYYY-MM-DD, such as 2026-03-01"


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("0", f'{DATE}, not "0"'),
        ("2026", f'{DATE}, not "2026"'),
        ("20260115", f'{DATE}, not "20260115"'),
        ("1768435200", f'{DATE}, not "1768435200"'),
        ("2026-1-15", f'{DATE}, not "2026-1-15"'),
        ("2026-01-15T00:00", f'{DATE}, not "2026-01-15T00:00"'),
        ("2026-01-15 00:00:00", f'{DATE}, not "2026-01-15 00:00:00"'),
        ("15.01.2026", f'{DATE}, not "15.01.2026"'),
        ("2026-02-30", f'"2026-02-30" is not a day of the calendar; {DATE}'),
        ("2026-13-01", f'"2026-13-01" is not a day of the calendar; {DATE}'),
        ("[2026-01-15]", "expected a date as YYYY-MM-DD"),
        ("", "this value is empty; write a date as YYYY-MM-DD"),
    ],
)
def test_dates_only_as_year_month_day(ladder_dir: Path, written: str, message: str) -> None:
    edit(ladder_dir, "handbook.yml", "    date: 2026-01-15\n", f"    date: {written}\n")
    found = problems_of(ladder_dir)
    assert len(found) == 1, found
    assert found[0].startswith("ladder/handbook.yml:14:"), found
    assert found[0].endswith(message), found


# -- No library's words reach an editor --------------------------------------------------------

# Phrases of pydantic, pydantic-core and Python that an editor must never read.
LIBRARY_WORDS = re.compile(
    r"Input should|Value error|validation error|Field required|Extra inputs|pydantic|"
    r"For further information|type=|Datetimes provided|exceeded maximum size|Assertion failed|"
    r"Traceback|NoneType|<class|\bdict\b|\bstr\b|\bint\b|\bfloat\b|\bDecimal\(|"
    r"input_value|unable to parse|should be a valid|errors\.pydantic|\[\d+ chars\]",
    re.IGNORECASE,
)

# (file, text to replace, replacements): each replacement is one editor's mistake.
BAD_VALUES = {
    "roles/rep.yml": {
        "level: 1": [
            "level: [1]",
            "level: {a: 1}",
            "level:",
            "level: 1_1",
            "level: ''",
            "level: 9" * 3,
            "level: -0x1",
            "level: 1.0e1",
            "level: true",
            "level: 21",
        ],
        "title: Sales rep": ["title: [a]", "title: {a: b}", "title:", "title: ''", "title: ' '"],
        "carries_quota: true": ["carries_quota: 1", "carries_quota: [true]", "carries_quota:"],
        "    target: 100\n": [
            "    target: {}\n",
            "    target: '1,5'\n",
            "    target: 1" + "0" * 40,
        ],
        "  discovery: basic": [
            "  discovery: [basic]",
            "  discovery:",
            "  Discovery: basic",
            "  discovery: {a: b}",
            "  discovery: 3",
            "  '': basic",
            "  discovery: bsic",
        ],
        "kind: promotion": ["kind: [x]", "kind: {a: 1}", "kind:", "kind: 1", "kind: Promotion"],
        "  min_months: 12": ["  min_months: -1", "  min_months: 1.5", "  min_months: 1e9"],
        "transitions:\n": [
            "transitions: 3\nx:\n",
            "transitions: {}\nx:\n",
            "transitions:\n- 3\nx:\n",
        ],
        "competencies:\n": ["competencies: [a]\nx:\n", "competencies: x\nx:\n"],
        "kpis:\n": ["kpis: [a, b]\nx:\n", "kpis: 5\nx:\n"],
    },
    "handbook.yml": {
        "    date: 2026-01-15": [
            "    date: 0",
            "    date: 2026",
            "    date: [1]",
            "    date: 1e9",
            "    date: 2026-01-15T10:00:00Z",
            "    date: 99999-01-01",
            "    date: 2026-00-10",
        ],
        'version: "1.1"': ["version: [1]", "version: {a: 1}", "version:", "version: ''"],
        "  - id: candour": ["  - id: Candour", "  - id: [x]", "  - id:", "  - id: 'a b'"],
        "proficiency_scale:": ["proficiency_scale: 3\nx:", "proficiency_scale: []\nx:"],
    },
}


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (name, old, new)
        for name, edits in BAD_VALUES.items()
        for old, news in edits.items()
        for new in news
    ],
)
def test_no_library_words_in_any_message(ladder_dir: Path, name: str, old: str, new: str) -> None:
    edit(ladder_dir, name, old, new)
    found = problems_of(ladder_dir)
    assert found, "a broken ladder must give at least one problem"
    for line in found:
        message = line.split(": error: ", 1)[-1].split(": warning: ", 1)[-1]
        assert LIBRARY_WORDS.search(message) is None, line
