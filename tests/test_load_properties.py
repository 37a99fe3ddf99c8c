"""generator.read.load on generated input: never an exception, and both parsers agree.

For any bytes or text, `load_text` returns `(Document, [])` or `(None, [Problem, ...])`, with
either parser, and the two parsers give the same verdict. When both accept, they build the
same data and positions; when both reject through the loader's own checks (no raw syntax
error on either side), they report the same problems.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.problems import Problem
from generator.read.characters import BAD_CHARACTER
from generator.read.load import LIBYAML_AVAILABLE, Document, Position, load_text

pytestmark = pytest.mark.skipif(not LIBYAML_AVAILABLE, reason="compares libyaml with Python")

PATH = "ladder/x.yml"
FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SAMPLE = """\
# yaml-language-server: $schema=../schemas/role.schema.json
id: solutions-consultant
title: "Solutions consultant"
level: 3
summary: >-
  You are the technical partner of the account executives
  in your pod on mid-market deals.
tags: [demo, 'erp', "security"]
levels:
  - name: one
    skills: {a: 1, b: two}
  - name: two
    note: |
      line one
        indented
empty:
"""

PIECES = [
    " ", "  ", "\t", "\n", "\r\n", "\r", ":", ": ", "-", "- ", "?", "? ", "[", "]", "{", "}", ",",
    "#", " #", "&a ", "*a", "!", "!!str ", "!x ", "|", ">", "|-", ">+2", "'", '"', "\\", "\\x01",
    "\\ud800", "%", "@", "`", "---", "...", "<<: ", "~", "null", "NO", "1.10", "é", "𝄞", "\x00",
    "\x85", "\u2028", "\ufeff", "\u00a0", "key", "value",
]  # fmt: skip


def outcome(text: str | bytes, libyaml: bool) -> tuple[Document | None, list[Problem]]:
    """Load, and check the shape of the result."""
    result = load_text(text, PATH, libyaml=libyaml)
    assert isinstance(result, tuple) and len(result) == 2
    document, problems = result
    if document is None:
        assert problems, "rejected without a problem"
        for problem in problems:
            assert isinstance(problem, Problem)
            assert problem.path == PATH and problem.severity == "error"
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message and "\n" not in problem.message
    else:
        assert problems == []
        assert isinstance(document, Document) and document.path == PATH
        check_document(document)
    return document, problems


def check_document(document: Document) -> None:
    """Plain data only, and a position for every value and every mapping entry."""
    assert isinstance(document.data, dict)
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), document.data)]
    while pending:
        loc, value = pending.pop()
        assert isinstance(document.values[loc], Position)
        if isinstance(value, dict):
            for key, child in value.items():
                assert isinstance(key, str)
                assert isinstance(document.keys[(*loc, key)], Position)
                pending.append(((*loc, key), child))
        elif isinstance(value, list):
            pending.extend(((*loc, index), child) for index, child in enumerate(value))
        else:
            assert value is None or isinstance(value, str)


def both_agree(text: str | bytes) -> None:
    fast, fast_problems = outcome(text, libyaml=True)
    slow, slow_problems = outcome(text, libyaml=False)
    assert (fast is None) == (slow is None), (fast_problems, slow_problems)
    if fast is not None and slow is not None:
        assert fast.data == slow.data
        assert fast.values == slow.values
        assert fast.keys == slow.keys
    syntax = any(p.message.startswith("invalid YAML") for p in fast_problems + slow_problems)
    if not syntax:
        assert fast_problems == slow_problems


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The sample document with a few random edits."""
    text = SAMPLE
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "copy"]))
        if edit == "insert":
            piece = draw(st.sampled_from(PIECES) | st.text(max_size=2))
            text = text[:at] + piece + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 4)) :]
        else:
            start = draw(st.integers(0, len(text)))
            text = text[:at] + text[start : start + draw(st.integers(1, 12))] + text[at:]
    return text


SCALARS = st.sampled_from(
    ["a", "b c", "'q'", '"d"', "1.10", "NO", "~", "", "x:y", "-z", "?w", "é", "|", ">-", "<<"]
)
DECORATIONS = st.sampled_from(["", "", "", "&a ", "*a ", "!!str ", "! ", "!t "])


@st.composite
def structure(draw: st.DrawFn, depth: int = 0) -> str:
    """Random nesting of flow and block lists and mappings, with stray tags and anchors."""
    kind = draw(st.sampled_from(["scalar", "flow-list", "flow-map", "block-list", "block-map"]))
    decoration = draw(DECORATIONS)
    if depth >= 3 or kind == "scalar":
        return decoration + draw(SCALARS)
    items = [draw(structure(depth + 1)) for _ in range(draw(st.integers(0, 3)))]
    keys = [draw(SCALARS) for _ in items]
    colon = draw(st.sampled_from([": ", ": ", ":", " : "]))
    if kind == "flow-list":
        return decoration + "[" + ", ".join(items) + draw(st.sampled_from(["]", "]", ",]", ""]))
    if kind == "flow-map":
        entries = ", ".join(f"{key}{colon}{item}" for key, item in zip(keys, items, strict=True))
        return decoration + "{" + entries + draw(st.sampled_from(["}", "}", ",}", ""]))
    indent = "  " * (depth + 1)
    if kind == "block-list":
        return decoration + "".join(f"\n{indent}- {item}" for item in items)
    return decoration + "".join(
        f"\n{indent}{key}{colon}{item}" for key, item in zip(keys, items, strict=True)
    )


@FAST
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    both_agree(data)


@FAST
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join))
def test_random_yaml_like_text(text: str) -> None:
    both_agree(text)


@FAST
@given(mutated())
def test_edits_of_a_valid_document(text: str) -> None:
    both_agree(text)
    both_agree(text.encode("utf-8", "surrogatepass"))


@FAST
@given(st.lists(structure(), min_size=1, max_size=3))
def test_random_nesting_with_tags_and_anchors(values: list[str]) -> None:
    both_agree("".join(f"k{n}: {value}\n" for n, value in enumerate(values)))


# An oracle: data written out as YAML, in random styles, loads back as the same data.

LEAVES = st.text(
    st.characters(exclude_categories=["Cc", "Cs", "Cn", "Zl", "Zp"]).filter(
        lambda c: BAD_CHARACTER.match(c) is None  # invisible characters are refused
    ),
    max_size=8,
)
TREES = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(LEAVES, children, max_size=3),
    max_leaves=12,
)


def quote(text: str) -> str:
    """A JSON string is a valid double-quoted YAML scalar."""
    return json.dumps(text, ensure_ascii=False)


def render(value: Any, indent: int, rng: random.Random, flow: bool = False) -> str:
    """YAML text for `value`, in a random mix of block and flow styles, scalars quoted.

    Inside a flow collection everything must be flow too."""
    if isinstance(value, str):
        return quote(value)
    flow = flow or rng.random() < 0.4 or not value
    pad = " " * indent
    if isinstance(value, list):
        if flow:
            return "[" + ", ".join(render(item, 0, rng, True) for item in value) + "]"
        return "".join(f"\n{pad}- {render(item, indent + 2, rng)}" for item in value)
    if flow:
        entries = (f"{quote(k)}: {render(v, 0, rng, True)}" for k, v in value.items())
        return "{" + ", ".join(entries) + "}"
    return "".join(f"\n{pad}{quote(k)}: {render(v, indent + 2, rng)}" for k, v in value.items())


@FAST
@given(st.dictionaries(LEAVES, TREES, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_written_data_loads_back(data: dict[str, Any], rng: random.Random) -> None:
    text = "".join(f"{quote(k)}: {render(v, 2, rng)}\n" for k, v in data.items())
    for libyaml in (True, False):
        document, problems = load_text(text, PATH, libyaml=libyaml)
        assert problems == []
        assert document is not None and document.data == data


def test_deep_nesting_does_not_crash_the_process(tmp_path: Path) -> None:
    """A crash in C (a stack overflow is a segfault) would not be an exception: run apart."""
    script = tmp_path / "deep.py"
    script.write_text(
        "from generator.read.load import load_text\n"
        "for text in ['a: ' + '[' * 100_000, 'a:\\n' + '- ' * 100_000, '{a: ' * 100_000,\n"
        "             'a: ' + '{a: ' * 100_000, '[' * 100_000 + ']' * 100_000]:\n"
        "    for libyaml in (True, False):\n"
        "        document, problems = load_text(text, 'deep.yml', libyaml=libyaml)\n"
        "        assert document is None and len(problems) == 1, problems\n"
        "print('ok')\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
