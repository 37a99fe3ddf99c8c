"""Fuzzing whole ladders: thousands of mutated ladder folders through `load_ladder`.

Each example takes the small valid ladder of tests/fixtures/small-ladder, applies one to three
mutations to one of its files (bytes flipped, cut short, YAML tokens and odd characters
inserted, lines repeated, swapped or re-indented, values replaced by hostile spellings), and
loads the whole folder. The only acceptable outcomes are a ladder, or the project's own list of
problems, each at a place inside the file: any exception is a bug. Figures (inputs, seconds) are
in tests/benchmarks/README.md; FUZZ_EXAMPLES sets how many inputs are tried.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.problems import Problem
from generator.validate.folder import load_ladder

SMALL = Path(__file__).parent / "fixtures" / "small-ladder"
FILES = sorted(p.relative_to(SMALL).as_posix() for p in SMALL.rglob("*.yml"))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2000"))

# Pieces an editor, an attacker or a broken editor might put into a file.
TOKENS = [
    ": ",
    ":",
    "- ",
    "-",
    "\n",
    "\n  ",
    "  ",
    "\t",
    "[",
    "]",
    "{",
    "}",
    ",",
    '"',
    "'",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "!tag ",
    "<<: ",
    "---\n",
    "...\n",
    "? ",
    "|",
    ">-",
    "%YAML 1.1\n",
    "@",
    "`",
    "~",
    "null",
    "NO",
    "yes",
    "0x1F",
    "1_00",
    "012",
    "1e9",
    ".inf",
    "-.nan",
    "9" * 40,
    "2026-02-30",
    "0",
    "\u202e",
    "\u200b",
    "\u3164",
    "\ufeff",
    "\x00",
    "\x1b[31m",
    "\u2028",
    "\\u202e",
    '"\\x07"',
    "é",
    "日本",
    "\U0001f600",
    "<script>",
    "{{ 7*7 }}",
    "str",
    "int",
    '"["',
    "notes[1]",
    "__proto__",
    "constructor",
    "con",
    "../x",
    "a/b",
    "\r",
    "\r\n",
]
VALUES = [
    "",
    "~",
    "[]",
    "{}",
    "[a, b]",
    "{a: 1}",
    "-5",
    "1_000",
    "1e3",
    "0x10",
    "true",
    "yes",
    "''",
    '"\\u200b"',
    "2026",
    "0",
    "' '",
    "x" * 300,
    "[[[[[]]]]]",
    "!!int 3",
    "*alias",
    "&a x",
]


@st.composite
def mutation(draw: st.DrawFn, text: str) -> str:
    """One change to the text of a file."""
    kind = draw(st.sampled_from(["flip", "cut", "insert", "line", "value", "indent", "delete"]))
    size = len(text)
    at = draw(st.integers(0, max(size - 1, 0)))
    lines = text.split("\n")
    row = draw(st.integers(0, max(len(lines) - 1, 0)))
    if kind == "flip":
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        if data:
            spot = min(at, len(data) - 1)
            data[spot] ^= 1 << draw(st.integers(0, 7))
        return data.decode("utf-8", "replace")
    if kind == "cut":
        return text[:at]
    if kind == "insert":
        return text[:at] + draw(st.sampled_from(TOKENS) | st.text(max_size=4)) + text[at:]
    if kind == "delete":
        return text[:at] + text[at + draw(st.integers(1, 20)) :]
    if kind == "indent":
        lines[row] = draw(st.sampled_from(["", " ", "   ", "\t"])) + lines[row].lstrip(" ")
        return "\n".join(lines)
    if kind == "value" and ": " in lines[row]:
        key = lines[row].split(": ", 1)[0]
        lines[row] = f"{key}: {draw(st.sampled_from(VALUES))}"
        return "\n".join(lines)
    other = draw(st.integers(0, max(len(lines) - 1, 0)))  # "line": repeat or swap lines
    if draw(st.booleans()):
        lines.insert(other, lines[row])
    else:
        lines[row], lines[other] = lines[other], lines[row]
    return "\n".join(lines)


@st.composite
def mutated_file(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(FILES))
    text = (SMALL / name).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 3))):
        text = draw(mutation(text))
    return name, text


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz") / "ladder"
    shutil.copytree(SMALL, folder)
    return folder


def test_the_small_ladder_is_valid() -> None:
    ladder, problems = load_ladder(SMALL)
    assert ladder is not None, problems
    assert all(problem.severity == "warning" for problem in problems)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,  # the same inputs on every run, so a failure is reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(change=mutated_file())
def test_no_mutated_ladder_raises(work: Path, change: tuple[str, str]) -> None:
    name, text = change
    path = work / name
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        ladder, problems = load_ladder(work)
    finally:
        shutil.copyfile(SMALL / name, path)
    assert isinstance(problems, list)
    assert all(isinstance(problem, Problem) for problem in problems)
    if ladder is None:
        assert any(problem.severity == "error" for problem in problems)
    lines = text.count("\n") + 2
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1, problem
        if problem.path.endswith(name):
            assert problem.line <= lines, problem
        assert problem.format().isprintable(), problem
        assert "Traceback" not in problem.message
