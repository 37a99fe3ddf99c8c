"""Fixtures and helpers shared by the test modules (tests/ is on sys.path: `from conftest
import FIXTURE`), by tests/browser/ and by the scripts in tests/benchmarks/."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.ladder import Ladder
from generator.validate.folder import load_ladder

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "ladder"
"""The small complete fixture ladder every test that needs a valid ladder starts from."""
UPDATE_GOLDEN = os.environ.get("LADDER_UPDATE_GOLDEN") == "1"
"""`LADDER_UPDATE_GOLDEN=1 pytest ...` rewrites every snapshot, then fails (see `check_golden`)."""


@pytest.fixture
def fixture_ladder() -> Ladder:
    """The small complete fixture ladder, loaded and validated."""
    ladder, problems = load_ladder(FIXTURE)
    assert ladder is not None, problems
    return ladder


def check_golden(snapshot: Path, actual: str) -> None:
    """`actual` must equal the stored snapshot, byte for byte.

    With LADDER_UPDATE_GOLDEN=1 a snapshot that differs is rewritten and its test fails, and
    the run fails even when every snapshot was current (`pytest_sessionfinish`): a run that
    rewrote snapshots never passes. Read their diff, then run again without the variable.
    """
    current = snapshot.read_text(encoding="utf-8") if snapshot.is_file() else None
    if UPDATE_GOLDEN and current != actual:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(actual, encoding="utf-8", newline="\n")
        pytest.fail(f"rewrote {snapshot.relative_to(REPO)}; review it, run again without it")
    assert current is not None, f"no snapshot {snapshot}: run with LADDER_UPDATE_GOLDEN=1"
    assert actual == current


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if UPDATE_GOLDEN:
        print("\nLADDER_UPDATE_GOLDEN=1: differing snapshots rewritten; the run fails on purpose.")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def write_pages(folder: Path, pages: Mapping[str, str]) -> Path:
    """Hand-written pages (path -> Markdown) in `folder`, which is created; the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in pages.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(text, encoding="utf-8")
    return folder


def write_mkdocs_project(
    root: Path,
    *,
    ladder: Path = FIXTURE,
    pages: Mapping[str, str] | None = None,
    content: Path | None = None,
    relative: bool = False,
    extra: Mapping[str, Any] | None = None,
) -> Path:
    """A site that inherits the repository's mkdocs.yml and theme overrides, with its own
    hand-written pages and ladder; the path of its mkdocs.yml (in `root`).

    `pages` are written into root/content/ unless `content` names an existing folder.
    `relative`: docs_dir, site_dir and ladder_dir relative to `root`, so a build run there
    prints short paths. `extra`: more settings, such as hooks.
    """
    root.mkdir(parents=True, exist_ok=True)
    docs = content if content is not None else write_pages(root / "content", pages or {})
    where = (lambda path: os.path.relpath(path, root)) if relative else str
    config = {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "docs_dir": where(docs),
        "site_dir": where(root / "site"),
        "theme": {"custom_dir": str(REPO / "overrides")},
        "plugins": {"ladder": {"ladder_dir": where(ladder)}},
        **(extra or {}),
    }
    path = root / "mkdocs.yml"
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")  # JSON is YAML
    return path


def build_site(root: Path, config: Path) -> Path:
    """`mkdocs build --strict` of `config` into root/site, which it must build; the site."""
    site = root / "site"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "SOURCE_DATE_EPOCH": "1767225600",
        "NO_MKDOCS_2_WARNING": "1",
    }
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)]
    done = subprocess.run(
        [*command, "-d", str(site)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return site


def built_once(
    config: pytest.Config,
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    build: Callable[[Path], Path],
) -> Path:
    """What `build` makes in a new folder `name`, made once per run of the suite; its path.

    For sites that tests only read. pytest-xdist gives each of its processes its own session
    fixtures: the first process to ask builds into the run's shared temporary folder while the
    others wait on a lock, then all read that folder. In one process (no xdist, or the
    suite run inside a test) it is an ordinary folder of the session.
    """
    if not hasattr(config, "workerinput"):  # not an xdist worker
        return build(tmp_path_factory.mktemp(name))
    shared = tmp_path_factory.getbasetemp().parent  # the run's, above each process's own
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        done = shared / f"{name}.built"
        if done.is_file():
            return Path(done.read_text(encoding="utf-8"))
        folder = shared / name
        shutil.rmtree(folder, ignore_errors=True)  # left by a build that failed in another
        folder.mkdir()
        built = build(folder)
        done.write_text(str(built), encoding="utf-8")
        return built


@pytest.fixture(scope="session")
def repository_handbook(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The repository's handbook, whatever ladder/ and content/ hold, built by `mkdocs build
    --strict` once per run (tests/test_repository.py and the browser tests read it); the site."""
    return built_once(
        request.config,
        tmp_path_factory,
        "repository-site",
        lambda root: build_site(root, REPO / "mkdocs.yml"),
    )


@pytest.fixture(autouse=True)
def english_between_tests() -> Iterator[None]:
    """A MkDocs build run in this process sets the handbook's language for the rest of the
    thread (the plugin's on_config); every test starts and ends in English."""
    from generator import locale

    locale.activate(locale.SOURCE_LANGUAGE)
    yield
    locale.activate(locale.SOURCE_LANGUAGE)


# -- a copy of the fixture ladder to break, as an editor would --------------------------------
@pytest.fixture
def ladder_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the fixture ladder at ./ladder in a temporary working folder, so problems
    print the path an editor sees (`ladder/roles/rep.yml`)."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    return Path("ladder")


def edit(ladder: Path, name: str, old: str, new: str) -> None:
    """Replace the first `old` in one ladder file; fail loudly if the fixture changed."""
    path = ladder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(ladder: Path) -> list[str]:
    """Every problem of a ladder folder, formatted as `ladder validate` prints it."""
    return [problem.format() for problem in load_ladder(ladder)[1]]
