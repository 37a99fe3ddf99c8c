"""The repository's own handbook, whatever `ladder/` and `content/` hold.

These are the only tests that read the repository's ladder and pages (with the `repository`
parametrisations of test_pages.py, test_schema.py and the browser's accessibility check),
and they assume nothing about what is in them: an organisation that runs `ladder init` or
replaces `ladder/` with its own framework runs the same suite on its pull requests.
tests/test_adoption.py runs them on a fresh `ladder init` to prove it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.site.content_folder import content_dir
from generator.site.docs_tree import hand_written_paths
from generator.site.site_config import site_name
from generator.validate.folder import load_ladder

pytestmark = pytest.mark.repository

REPO = Path(__file__).resolve().parents[1]
LADDER = REPO / "ladder"


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    loaded, problems = load_ladder(LADDER)
    assert loaded is not None, [p.format() for p in problems]
    return loaded


@pytest.fixture(scope="module")
def site(repository_handbook: Path) -> Path:
    """The handbook built by `mkdocs build --strict`, which must succeed (tests/conftest.py
    builds it once for these tests and the browser's)."""
    return repository_handbook


def test_the_ladder_and_its_pages_validate(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    code = main(["validate"])
    assert code == 0, capsys.readouterr().out


def test_the_handbook_builds_strictly_and_writes_nothing_into_content(site: Path) -> None:
    assert (site / "index.html").is_file()
    assert not (content_dir(LADDER) / "roles").exists()


def test_every_role_track_and_competency_has_its_pages(site: Path, ladder: Ladder) -> None:
    expected = ["", "map/", "roles/", "tracks/", "competencies/", "matrices/"]
    for role in ladder.roles.values():
        expected += [f"roles/{role.id}/", f"roles/{role.id}/expectations/"]
        expected += [f"roles/{role.id}/self-assessment/"]
        expected += [f"roles/{role.id}/to/{move.to}/" for move in role.transitions]
    expected += [f"tracks/{track}/" for track in ladder.tracks]
    expected += [f"matrices/{track}/" for track in ladder.tracks]
    expected += [f"competencies/{competency}/" for competency in ladder.competencies]
    missing = [a for a in expected if not (site / a / "index.html").is_file()]
    assert missing == []


def test_every_hand_written_page_is_published(site: Path) -> None:
    for path in hand_written_paths(content_dir(LADDER)):
        if path.endswith(".md"):
            stem = path.removesuffix(".md")
            address = "" if stem == "index" else stem.removesuffix("/index") + "/"
            assert (site / address / "index.html").is_file(), path


def test_the_site_is_named_after_handbook_yml(site: Path, ladder: Ladder) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", home, re.S)
    assert title is not None
    assert html.unescape(title.group(1)).endswith(site_name(ladder.handbook))
