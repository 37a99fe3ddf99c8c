"""README's "Use it for your organisation", followed step by step in a copy of the repository.

The copy gets `ladder init --organisation "Acme" --force`, then each command of the README's
block runs as written, with two stand-ins: `.venv/bin/` is this test's own environment (a
copy has none), and `make test` runs the tests marked `repository`, which are the only ones
that read `ladder/` and `content/`; every other test uses fixtures of its own and runs in
the suite that runs this one. The published site must name Acme and never the example
company.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXAMPLE_COMPANY = "Kestrel Ledger"


def readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it for your organisation", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None, "the section has no sh block"
    lines = [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line]


def copy_repository(target: Path) -> None:
    """The repository's files as a fresh clone has them (no .venv, no built site)."""
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if listed.returncode != 0:  # not a git checkout: copy all but what git would ignore
        ignore = shutil.ignore_patterns(".git", ".venv", "site", "__pycache__", ".*_cache")
        shutil.copytree(REPO, target, ignore=ignore, dirs_exist_ok=True)
        return
    for name in listed.stdout.decode("utf-8").split("\0"):
        if name and (REPO / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, target / name)


def run(command: str, root: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(command)
    if words[0].startswith(".venv/bin/"):
        words[0] = str(BIN / words[0].removeprefix(".venv/bin/"))
    elif words[:2] == ["make", "test"]:
        words = [sys.executable, "-m", "pytest", "-q", "-m", "repository", "-p", "no:cacheprovider"]
        words += ["--ignore=tests/browser"]
    elif words[0] == "make":
        words += [f"BIN={BIN}", "STAMP="]  # the environment exists already
    env = {**os.environ, "PYTHONPATH": str(root), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        words, cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_readme_block_is_the_adoption_we_test() -> None:
    commands = readme_commands()
    assert '.venv/bin/ladder init --organisation "Acme" --force' in commands
    assert commands[-2:] == ["make site", "make test"]


def test_an_adopter_following_the_readme_gets_a_handbook_of_their_own(tmp_path: Path) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is needed: the README's steps use it")
    root = tmp_path / "fork"
    copy_repository(root)
    for command in readme_commands():
        done = run(command, root)
        assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    site = root / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Home - Acme career handbook</title>" in home
    assert sorted(p.name for p in (root / "ladder" / "roles").iterdir()) == [
        "practitioner.yml",
        "senior-practitioner.yml",
    ]
    naming = [
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and EXAMPLE_COMPANY.encode() in p.read_bytes()
    ]
    assert naming == []
