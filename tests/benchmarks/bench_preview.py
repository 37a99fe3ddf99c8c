"""How fast the preview keeps up: from saving a YAML file to `mkdocs serve` serving the change.

    python tests/benchmarks/bench_preview.py                  # default ladder, dirty and full
    python tests/benchmarks/bench_preview.py --roles 300      # a synthetic ladder of 300 roles
    python tests/benchmarks/bench_preview.py --mode dirty --edits 5

Copies the project (mkdocs.yml, the theme, the ladder and its pages) into a scratch folder,
starts `mkdocs serve` there on 127.0.0.1, waits for the first build, then edits one role's
summary and waits as the open page's live-reload script does (one request that the server
answers when a rebuild is done), then fetches that role's page, until it shows the new text.
Prints each edit's time, the processor time the server spent on it (Linux: from /proc; on a
shared machine this is the steadier figure) and the medians, with the machine's load average
before and after.
"dirty" is `mkdocs serve --dirty` (what `make serve` runs), "full" rebuilds the whole site on
every save. Prints figures; asserts nothing.

Targets (issue 14): at most 1.5 s on the default ladder and 3 s at 300 roles.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HOME = "---\ntitle: Home\nrender_macros: true\n---\n\n# {{ organisation }}\n\n{{ track_list() }}\n"
TAGS = "---\ntitle: Tags\n---\n\n# Tags\n\n<!-- material/tags -->\n"
FIRST_BUILD = 600.0
EDIT_LIMIT = 300.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def project(root: Path, roles: int | None) -> tuple[Path, str]:
    """A copy of the site project; returns it and the id of the role whose file is edited."""
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides")
    if roles is None:
        shutil.copytree(REPO / "ladder", root / "ladder")
        shutil.copytree(REPO / "content", root / "content")
    else:
        subprocess.run(
            [
                sys.executable,
                str(REPO / "tests/benchmarks/synth_ladder.py"),
                "--roles",
                str(roles),
                "--out",
                str(root / "ladder"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (root / "content").mkdir()
        (root / "content/index.md").write_text(HOME, encoding="utf-8")
        (root / "content/tags.md").write_text(TAGS, encoding="utf-8")
    role = sorted((root / "ladder/roles").glob("*.yml"))[
        len(list((root / "ladder/roles").glob("*.yml"))) // 2
    ]
    return root, role.stem


def fetch(url: str, timeout: float = 5) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return str(answer.read().decode("utf-8", "replace"))
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return None


def wait_for(url: str, text: str, limit: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        page = fetch(url)
        if page is not None and text in page:
            return time.monotonic() - start
        time.sleep(0.02)
    raise SystemExit(f"gave up after {limit:.0f} s waiting for {text!r} at {url}")


def reloaded(url: str, text: str, page: str, limit: float) -> None:
    """Wait as the page's live-reload script does, until the page at `url` shows `text`:
    ask the server for the next version of the site (it answers once a rebuild is done),
    then fetch the page. `page` is the page as last served, with the script's epoch."""
    deadline = time.monotonic() + limit
    base = url.split("/", 3)
    while time.monotonic() < deadline:
        found = re.search(r"livereload\((\d+), (\d+)\)", page)
        if found is None:  # not served in time: ask again
            page = fetch(url, timeout=limit) or ""
            continue
        epoch, request = found.groups()
        fetch(f"{base[0]}//{base[2]}/livereload/{epoch}/{request}", timeout=limit)
        page = fetch(url, timeout=limit) or ""
        if text in page:
            return
    raise SystemExit(f"gave up after {limit:.0f} s waiting for {text!r} at {url}")


def edit(path: Path, token: str) -> None:
    """Put `token` at the start of the role's summary (plain or folded), replacing an earlier
    token, as an editor typing a word would."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(n for n, line in enumerate(lines) if line.startswith("summary:"))
    if lines[number].split(":", 1)[1].strip() in (">", ">-", "|", "|-"):
        number += 1  # a folded or literal block: its first line
        head = lines[number][: len(lines[number]) - len(lines[number].lstrip())]
        text = lines[number].lstrip()
    else:
        head, text = "summary: ", lines[number].split(":", 1)[1].lstrip()
    if text.startswith("Edited"):
        text = text.split(" ", 1)[1]
    lines[number] = f"{head}{token} {text}"
    path.write_text("".join(lines), encoding="utf-8")


def cpu_seconds(pid: int) -> float | None:
    """User and system time of a process so far (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def measure(roles: int | None, mode: str, edits: int) -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory(prefix="bench-preview-") as scratch:
        root, role = project(Path(scratch), roles)
        port = free_port()
        command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
        if mode == "dirty":
            command.append("--dirty")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        server = subprocess.Popen(
            command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            url = f"http://127.0.0.1:{port}/roles/{role}/"
            first = wait_for(url, "ladder-stamp", FIRST_BUILD)
            print(f"  first build served after {first:.1f} s", flush=True)
            time.sleep(1.0)
            times: list[float] = []
            cpu: list[float] = []
            for n in range(edits):
                token = f"Edited{n}x{time.time_ns()}"
                page = fetch(url, timeout=EDIT_LIMIT) or ""
                before = cpu_seconds(server.pid)
                started = time.monotonic()
                edit(root / "ladder/roles" / f"{role}.yml", token)
                reloaded(url, token, page, EDIT_LIMIT)
                times.append(time.monotonic() - started)
                time.sleep(1.0)  # let the server settle before the next save
                after = cpu_seconds(server.pid)
                used = f"{after - before:.2f} s" if before is not None and after else "?"
                if before is not None and after is not None:
                    cpu.append(after - before)
                print(
                    f"  edit {n + 1}: {times[-1]:.2f} s (server processor time {used})", flush=True
                )
            return times, cpu
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roles", type=int, default=None, help="a synthetic ladder of N roles")
    parser.add_argument("--mode", choices=["dirty", "full", "both"], default="both")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    name = f"synthetic, {args.roles} roles" if args.roles else "default ladder"
    print(f"{os.cpu_count()} processors, load average {load()}", flush=True)
    for mode in ["dirty", "full"] if args.mode == "both" else [args.mode]:
        print(f"{name}, mkdocs serve{' --dirty' if mode == 'dirty' else ''}:", flush=True)
        times, cpu = measure(args.roles, mode, args.edits)
        print(f"  median edit -> page served: {statistics.median(times):.2f} s", flush=True)
        if cpu:
            print(f"  median server processor time per edit: {statistics.median(cpu):.2f} s")
        print(f"  load average now {load()}", flush=True)


if __name__ == "__main__":
    main()
