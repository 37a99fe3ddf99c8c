"""How fast `mkdocs serve` follows an editor's save: broken -> problems page -> fixed -> page.

    python tests/benchmarks/bench_serve_recovery.py            # 3 rounds
    python tests/benchmarks/bench_serve_recovery.py --rounds 5

A temporary project (the fixture ladder, the repository's mkdocs.yml and theme, a small home
page) is served by `mkdocs serve` on 127.0.0.1 and a free port, and a role page is open in
Debian's Chromium. Each round breaks the ladder (a level written as a word), measures the time
from saving the file to the open page showing the list of problems, then fixes it and measures
the time from saving to the page showing the role again. Both include the rebuild and the
live-reload script's reload. The figures go into tests/benchmarks/README.md; nothing is
asserted here (tests/browser/test_serve_preview.py checks the behaviour).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURE = REPO / "tests" / "fixtures" / "ladder"
CHROMIUM = "/usr/bin/chromium"
PROBLEMS_TITLE = "The ladder has errors"
HOME = "---\ntitle: Home\n---\n\n# Home\n\nThe handbook of the fixture ladder.\n"
GOOD, BAD = "level: 1\n", "level: one\n"


def make_project(root: Path) -> Path:
    """A project like the repository's, with the fixture ladder; returns its ladder folder."""
    shutil.copytree(FIXTURE, root / "ladder")
    (root / "content").mkdir()
    (root / "content" / "index.md").write_text(HOME, encoding="utf-8")
    config = {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "docs_dir": "content",
        "theme": {"custom_dir": str(REPO / "overrides")},
        "plugins": {"ladder": {"ladder_dir": "ladder"}},
    }
    (root / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")
    return root / "ladder"


def set_level(ladder: Path, line: str) -> None:
    """Save roles/rep.yml with its level line as given, as an editor's save would."""
    path = ladder / "roles" / "rep.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(GOOD, line).replace(BAD, line)
    path.write_text(text, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serving(root: Path, timeout: float = 300.0, *, dirty: bool = False) -> Iterator[str]:
    """`mkdocs serve` of the project in `root`; yields its address once it answers."""
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "NO_MKDOCS_2_WARNING": "1",
    }
    log = (root / "serve.log").open("w", encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    command += ["--dirty"] if dirty else []
    server = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"mkdocs serve stopped: {(root / 'serve.log').read_text()}")
            try:
                with urllib.request.urlopen(url, timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("mkdocs serve did not answer in time") from None
                time.sleep(0.25)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def heading_script(title: str) -> str:
    """A condition for page.wait_for_function: the page's h1 reads `title` (its ¶ aside)."""
    return (
        "() => { const h = document.querySelector('h1');"
        f" return !!h && h.textContent.replace('\u00b6', '').trim() === {json.dumps(title)}; }}"
    )


def measure(rounds: int, dirty: bool) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    to_problems: list[float] = []
    to_page: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        ladder = make_project(root)
        with serving(root, dirty=dirty) as url, sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url + "roles/rep/")
            page.wait_for_function(heading_script("Sales rep"), timeout=120_000)
            for _ in range(rounds):
                started = time.monotonic()
                set_level(ladder, BAD)
                page.wait_for_function(heading_script(PROBLEMS_TITLE), timeout=180_000)
                to_problems.append(time.monotonic() - started)
                started = time.monotonic()
                set_level(ladder, GOOD)
                page.wait_for_function(heading_script("Sales rep"), timeout=180_000)
                to_page.append(time.monotonic() - started)
            browser.close()
    return to_problems, to_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dirty", action="store_true", help="mkdocs serve --dirty (make serve)")
    args = parser.parse_args()
    to_problems, to_page = measure(args.rounds, args.dirty)
    for name, times in (("save a mistake -> problems shown", to_problems),
                        ("save the fix -> page shown", to_page)):  # fmt: skip
        shown = ", ".join(f"{t:.2f}" for t in times)
        print(f"{name}: median {statistics.median(times):.2f} s (rounds: {shown})")


if __name__ == "__main__":
    main()
