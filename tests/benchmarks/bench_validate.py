"""Time `ladder validate` end to end (interpreter start included) and print the figures.

    python tests/benchmarks/bench_validate.py [--runs 5]

Targets (issue 2): the default ladder under 0.5 s, a synthetic ladder of 1,000 roles
under 2 s, on the 2-core reference machine. This prints; it asserts nothing, because
a shared machine's timings are too noisy for a pass/fail test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synth_ladder import write_ladder

ROOT = Path(__file__).resolve().parents[2]


def time_validate(ladder: Path, runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "generator", "validate", "--ladder", str(ladder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        timings.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"validation failed for {ladder}:\n{done.stdout}{done.stderr}")
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cases = [("default ladder", ROOT / "ladder")]
        for size in (100, 1000):
            out = Path(tmp) / f"ladder-{size}"
            write_ladder(out, size)
            cases.append((f"synthetic, {size} roles", out))
        print(f"{'ladder':<26}{'median s':>10}{'min s':>8}{'max s':>8}  ({args.runs} runs)")
        for name, path in cases:
            t = time_validate(path, args.runs)
            print(f"{name:<26}{statistics.median(t):>10.3f}{min(t):>8.3f}{max(t):>8.3f}")


if __name__ == "__main__":
    main()
