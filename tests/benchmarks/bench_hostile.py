"""Print how long the loader and the prose parser take on hostile and on typical input.

The unit tests check what these inputs produce (one clear problem, text kept literal); this
script checks how fast, which a shared machine cannot judge reliably inside a test run.
Targets: each hostile input in milliseconds (at worst about 0.3 s), the billion-laughs file in
under 4 MB of memory, 200 typical files of 300 lines in under 2 s with libyaml.

    .venv/bin/python tests/benchmarks/bench_hostile.py
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from hostile import PATHOLOGICAL as PROSE  # noqa: E402
from hostile import billion_laughs  # noqa: E402

from generator.read.load import LIBYAML_AVAILABLE, MAX_DEPTH, load_text  # noqa: E402
from generator.site.text import prose  # noqa: E402

PATH = "ladder/roles/engineer.yml"


NESTING = {
    "flow list": "a: " + "[" * 100_000,
    "flow mapping": "a: " + "{a: " * 100_000,
    "block list": "a:\n" + "- " * 100_000,
    "block mapping": "a:\n" + "".join(" " * i + "b:\n" for i in range(1, 1000)),
}


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def typical_file() -> bytes:
    entry = "id{n}:\n  name: Some name {n}\n  level: 3\n  tags:\n    - a\n    - b\n  text: {t}\n"
    text = "".join(entry.format(n=n, t="A sentence about the thing. " * 3) for n in range(43))
    return text.encode()


def main() -> None:
    parsers = [True, False] if LIBYAML_AVAILABLE else [False]
    print("| input | parser | time | peak memory |")
    print("| --- | --- | --- | --- |")
    for libyaml in parsers:
        parser = "libyaml" if libyaml else "python"
        tracemalloc.start()
        spent = seconds(lambda: load_text(billion_laughs(), PATH, libyaml=libyaml))  # noqa: B023
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"| billion laughs | {parser} | {1000 * spent:.1f} ms | {peak / 1e6:.2f} MB |")
        for name, text in NESTING.items():
            spent = seconds(lambda: load_text(text, PATH, libyaml=libyaml))  # noqa: B023
            print(f"| nesting past {MAX_DEPTH}: {name} | {parser} | {1000 * spent:.1f} ms | |")
        data = typical_file()
        spent = seconds(lambda: [load_text(data, PATH, libyaml=libyaml) for _ in range(200)])  # noqa: B023
        print(f"| 200 files of 300 lines | {parser} | {spent:.2f} s | |")
    for name, text in PROSE.items():
        prose.cache_clear()
        spent = seconds(lambda: prose(text))  # noqa: B023
        print(f"| prose: {name} | | {1000 * spent:.1f} ms | |")


if __name__ == "__main__":
    main()
