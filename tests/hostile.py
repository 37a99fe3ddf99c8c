"""Hostile inputs shared by the tests that check what they produce (tests/test_load.py,
tests/test_text.py) and the benchmark that times them (tests/benchmarks/bench_hostile.py)."""

from __future__ import annotations


def billion_laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 9):
        name, previous = "abcdefghi"[index], "abcdefghi"[index - 1]
        lines.append(f"{name}: &{name} [{','.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


# Prose shapes that would make a naive inline parser quadratic or recurse without bound.
PATHOLOGICAL = {
    "openers": "*a " * 7000,
    "brackets": "[" * 20000,
    "links": "[a](" * 5000,
    "underscores": "_a " * 7000,
    "mixed": "**a *b " * 3000,
    "backticks": "``a`" * 5000,
    "nesting": "**" * 2000 + "x" + "**" * 2000,
    "nested links": "[" * 3000 + "x" + "](https://example.com)" * 3000,
}
