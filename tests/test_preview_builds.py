"""Saves in a dirty preview, built as `mkdocs serve --dirty` builds them (tests/preview_steps.py,
in a process of its own): a save reads only the pages whose Markdown it changed, and after
several saves the preview is, file for file, the site a full build of the same ladder makes:
the same pages, menus, tags and search index.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURE, REPO, write_mkdocs_project

from generator.site.addresses import (
    Paths,
    competency_path,
    expectations_path,
    role_path,
    track_path,
    transition_path,
)

STEPS = REPO / "tests" / "preview_steps.py"
PAGES = {
    "index.md": "---\nrender_macros: true\n---\n\n# Home\n\n{{ track_list() }}\n",
    "guides/literal.md": "# Braces\n\nNo macros here.\n",
    "tags.md": "---\ntitle: Tags\n---\n\n# Tags\n\n<!-- material/tags -->\n",
}
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    return write_mkdocs_project(tmp_path, ladder=tmp_path / "ladder", pages=PAGES)


def previewed(project: Path, steps: list[list[tuple[str, str, str]]]) -> list[dict[str, set]]:
    """The builds of a dirty preview: one before the steps, one after each."""
    done = subprocess.run(
        [
            sys.executable,
            str(STEPS),
            str(project),
            str(project.parent / "preview"),
            json.dumps(steps),
        ],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [{key: set(run[key]) for key in run} for run in json.loads(done.stdout)]


def full_build(project: Path) -> Path:
    site = project.parent / "full"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(project),
            "--site-dir",
            str(site),
        ],
        capture_output=True,
        text=True,
        env=ENV,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return site


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def role_file(project: Path, role: str) -> str:
    return str(project.parent / "ladder" / "roles" / f"{role}.yml")


def test_a_save_reads_only_the_pages_it_changes(project: Path) -> None:
    rep = role_file(project, "rep")
    first, summary, title = previewed(
        project,
        [
            [(rep, "Finds and closes", "Finds, qualifies and closes")],
            [(rep, "title: Sales rep", "title: Account rep")],
        ],
    )
    assert role_path("head-of-sales") in first["read"]  # the first build reads every page
    own = {role_path("rep"), expectations_path("rep")}
    assert own <= summary["read"]
    assert summary["read"] <= first["read"]
    assert competency_path("coaching") not in summary["read"]  # rep does not require it
    assert role_path("head-of-sales") not in summary["read"]
    assert "roles/head-of-sales/index.html" not in summary["written"]
    assert "roles/rep/index.html" in summary["written"]
    # A new title shows wherever the role is named: its own pages, its track, the roles
    # index, the moves into and out of it, the competencies it requires.
    assert (
        own
        | {
            transition_path("rep", "senior-rep"),
            role_path("senior-rep"),
            track_path("selling"),
            Paths.roles(),
            competency_path("discovery"),
            competency_path("negotiation"),
        }
        <= title["read"]
    )
    assert competency_path("coaching") not in title["read"]
    assert track_path("leading") not in title["read"]
    assert "guides/literal.md" not in title["read"]  # quotes nothing
    assert {"index.md", "tags.md"} <= title["read"]  # quotes the ladder; lists the tags
    # The menu of every page names the role: each is written again, from what it had.
    assert "competencies/coaching/index.html" in title["written"]


def test_after_several_saves_the_preview_equals_a_full_build(project: Path) -> None:
    rep, lead = role_file(project, "rep"), role_file(project, "team-lead")
    previewed(
        project,
        [
            [(rep, "Finds and closes", "Finds, qualifies and closes")],
            [(rep, "title: Sales rep", "title: Account rep")],
            [(lead, "coaching: skilled", "coaching: basic")],  # its tags and a listing
            [(str(project.parent / "content" / "guides" / "literal.md"), "# Braces", "# Curly")],
            [(rep, "Finds, qualifies", "Finds")],
        ],
    )
    preview, full = files_of(project.parent / "preview"), files_of(full_build(project))
    assert sorted(preview) == sorted(full)
    differ = [path for path in sorted(full) if preview[path] != full[path]]
    assert differ == []
    index = json.loads(preview["search/search_index.json"])
    locations = {entry["location"] for entry in index["docs"]}
    assert {"roles/head-of-sales/", "competencies/coaching/"} <= locations
    assert "Account rep" in preview["roles/rep/index.html"].decode()  # the saves took effect
