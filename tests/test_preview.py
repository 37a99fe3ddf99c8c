"""The dirty preview (`mkdocs serve --dirty`, what `make serve` runs): after an edit, MkDocs
reads the pages whose Markdown changed, and every page when the menu or the version stamp
changed; hand-written pages that quote the ladder are read whenever a generated page changed,
and the tags page on every save. The pages it skips keep their titles, tags and search
entries (page_memo.py), so after any edits the preview is the site a full build makes.

The timing target is measured by tests/benchmarks/bench_preview.py, not here.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel
from test_stage import FIXTURE, write_content, write_project

from generator.adapters.dirty_preview import DirtyPreview
from generator.site.docs_tree import TreeFile

REPO = Path(__file__).resolve().parents[1]


def tree(**pages: str) -> list[TreeFile]:
    return [TreeFile(path, text.encode(), "generated") for path, text in pages.items()]


def built(files: list[File]) -> None:
    """Write each file's page as MkDocs would after a build: newer than its source."""
    for file in files:
        Path(file.abs_dest_path).parent.mkdir(parents=True, exist_ok=True)
        Path(file.abs_dest_path).write_text("<html>", encoding="utf-8")
        later = os.stat(file.abs_src_path).st_mtime  # type: ignore[arg-type]
        os.utime(file.abs_dest_path, (later, later))


@pytest.fixture
def preview(tmp_path: Path) -> tuple[DirtyPreview, object]:
    config = load_config(config_file=str(write_project(tmp_path, write_content(tmp_path))))
    config.nav = ["index.md"]
    config.extra["ladder"] = {"version": "1.1"}
    config.plugins._current_plugin = "ladder"  # as while MkDocs runs the plugin's on_files
    dirty = DirtyPreview()
    yield dirty, config
    dirty.close()
    assert not dirty.folder.exists()


def modified(files: list[File]) -> set[str]:
    return {f.src_uri for f in files if f.is_modified()}


def test_only_pages_whose_markdown_changed_are_rebuilt(preview: tuple) -> None:
    dirty, config = preview
    levels = {"a.md": InclusionLevel.INCLUDED}
    first, changed = dirty.files(config, tree(**{"a.md": "A", "b.md": "B"}), levels)
    assert changed and modified(first) == {"a.md", "b.md"}  # the first build: everything
    built(first)
    again, changed = dirty.files(config, tree(**{"a.md": "A", "b.md": "B"}), levels)
    assert (changed, modified(again)) == (False, set())
    edited, changed = dirty.files(config, tree(**{"a.md": "A", "b.md": "B, edited"}), levels)
    assert (changed, modified(edited)) == (True, {"b.md"})
    assert edited[0].inclusion == InclusionLevel.INCLUDED
    assert edited[1].inclusion == InclusionLevel.UNDEFINED
    assert edited[1].content_string == "B, edited"


def test_a_new_menu_or_stamp_rebuilds_every_page(preview: tuple) -> None:
    dirty, config = preview
    pages = tree(**{"a.md": "A", "b.md": "B"})
    built(dirty.files(config, pages, {})[0])
    config.nav = ["index.md", "b.md"]  # a title or a role added: the menu on every page
    files, changed = dirty.files(config, pages, {})
    assert changed and dirty.everything and modified(files) == {"a.md", "b.md"}
    built(files)
    config.extra["ladder"] = {"version": "1.2"}  # the version stamp on every page
    assert modified(dirty.files(config, pages, {})[0]) == {"a.md", "b.md"}


def test_after_a_page_of_problems_every_page_is_rebuilt(preview: tuple) -> None:
    dirty, config = preview
    pages = tree(**{"a.md": "A", "b.md": "B"})
    built(dirty.files(config, pages, {})[0])
    dirty.reset()  # the ladder broke: every address showed its problems
    assert modified(dirty.files(config, pages, {})[0]) == {"a.md", "b.md"}


def test_a_removed_page_is_forgotten(preview: tuple) -> None:
    dirty, config = preview
    built(dirty.files(config, tree(**{"a.md": "A", "b.md": "B"}), {})[0])
    files, changed = dirty.files(config, tree(**{"a.md": "A"}), {})
    assert changed and [f.src_uri for f in files] == ["a.md"]
    assert not (dirty.folder / "b.md").exists()


def test_hand_written_pages_that_quote_the_ladder_are_rebuilt(preview: tuple) -> None:
    dirty, config = preview
    docs = Path(config.docs_dir)
    own = [File(p, str(docs), config.site_dir, True) for p in ("index.md", "guides/literal.md")]
    built(own)
    built(dirty.files(config, tree(**{"a.md": "A"}), {})[0])
    dirty.files(config, tree(**{"a.md": "A, edited"}), {})
    dirty.force(own, changed=False, listing=None)
    assert modified(own) == set()  # no generated page changed: nothing to quote anew
    dirty.force(own, changed=True, listing=None)
    assert modified(own) == {"index.md"}  # opts in to macros; literal.md does not


def test_a_page_that_lists_the_tags_is_rebuilt_on_every_save(preview: tuple) -> None:
    dirty, config = preview
    (Path(config.docs_dir) / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", "utf-8")
    docs = Path(config.docs_dir)
    own = [File(p, str(docs), config.site_dir, True) for p in ("tags.md", "guides/literal.md")]
    built(own)
    dirty.force(own, changed=False, listing="<!-- material/tags")
    assert modified(own) == {"tags.md"}


# -- a real preview -------------------------------------------------------------------------------
def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return str(answer.read().decode("utf-8"))
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return ""


def wait_for(url: str, text: str, limit: float = 120.0) -> str:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.2)
    pytest.fail(f"{url} never showed {text!r}")


def test_the_preview_shows_an_edit_and_a_renamed_role_in_the_menu(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    write_content(tmp_path, {"index.md": "# Home\n"})
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", tmp_path / "overrides")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        base = f"http://127.0.0.1:{port}"
        first = wait_for(f"{base}/roles/rep/", "ladder-stamp")
        assert "livereload(" in first  # the open page is told to reload after a rebuild
        rep = tmp_path / "ladder/roles/rep.yml"
        text = rep.read_text("utf-8")
        rep.write_text(text.replace("Finds and closes", "Finds, qualifies and closes"), "utf-8")
        wait_for(f"{base}/roles/rep/", "Finds, qualifies and closes")
        rep.write_text(text.replace("title: Sales rep", "title: Account rep"), "utf-8")
        # The menu of a page the edit did not touch shows the new title too.
        wait_for(f"{base}/competencies/discovery/", "Account rep")
    finally:
        server.terminate()
        server.wait(timeout=20)


# -- templates compiled once per process --------------------------------------------------------
def test_templates_are_compiled_again_only_when_they_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2

    from generator.site import render
    from generator.site.pages import build_pages
    from generator.validate.folder import load_ladder

    ladder, _ = load_ladder(FIXTURE)
    assert ladder is not None
    compiled: list[str] = []
    original = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, name: str | None = None, *a, **k):  # type: ignore[no-untyped-def]
        compiled.append(name or "")
        return original(self, source, name, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    render.COMPILED.clear()
    first = build_pages(ladder)
    assert "role.md.j2" in compiled
    compiled.clear()
    assert build_pages(ladder) == first
    assert compiled == []  # every template came from the cache
    overrides = tmp_path / "templates"
    overrides.mkdir()
    role = (render.TEMPLATES / "role.md.j2").read_text("utf-8")
    (overrides / "role.md.j2").write_text(role.replace("\n", "\n\n", 1), encoding="utf-8")
    build_pages(ladder, overrides)
    assert compiled == ["role.md.j2"]  # a template of the site's own: compiled once
    compiled.clear()
    edited = role.replace("What interviews look for", "What interviews check")
    (overrides / "role.md.j2").write_text(edited, encoding="utf-8")
    pages = build_pages(ladder, overrides)
    assert compiled == ["role.md.j2"]  # its source changed: compiled again
    rep = next(p for p in pages if p.path == "roles/rep/index.md").content
    assert "What interviews check:" in rep
