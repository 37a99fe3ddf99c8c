"""Python tests that run the page script's modules in Node (Debian's nodejs, installed by
`make jstest`): `script(calls)` runs call.mjs once for a list of calls and returns their
results, so one Node process serves a whole table of cases."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
Calls = list[tuple[str, str, list[Any]]]


@pytest.fixture(scope="session")
def script() -> Callable[[Calls], list[Any]]:
    node = shutil.which("node") or shutil.which("nodejs")
    assert node, "Node.js is missing: run `make jstest`, which installs Debian's nodejs"

    def run(calls: Calls) -> list[Any]:
        payload = [{"module": m, "function": f, "args": a} for m, f, a in calls]
        done = subprocess.run(
            [node, str(HERE / "call.mjs")],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        results = json.loads(done.stdout)
        assert isinstance(results, list)
        return results

    return run
