"""The docs tree for other site engines (`ladder stage DIR`), redirects and the navigation.

The central promise: what `ladder stage` writes is, byte for byte, what the MkDocs plugin
serves, so the handbook can move to another engine without a second generator. Around it:
stage never writes into content/ or ladder/, never cleans up anything it did not write, and
refuses a page collision or a broken ladder without writing anything.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURE, REPO, write_mkdocs_project, write_pages
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from generator.adapters import stage as stage_project
from generator.adapters.cli import main as ladder_cli
from generator.adapters.stage import MANIFEST
from generator.ladder import Ladder
from generator.problems import Problem
from generator.site.addresses import file_for, served_at
from generator.site.docs_tree import docs_tree, find_collisions
from generator.site.navigation import (
    DEFAULT_NAV_ORDER,
    MENU_LIMIT,
    nav_order,
    nav_paths,
    navigation,
)
from generator.site.redirects import redirect_html, redirect_pages, relative_address

SITE = REPO / "mkdocs.yml"
"""The handbook's own site settings and theme, which the staged projects here start from."""
GUIDE = """---
title: Reviews
render_macros: true
---

# How reviews work at {{ organisation }}

{{ role_link("rep") }} aims for {{ kpi_target("rep", "quota-attainment") }} of quota.

{{ review_cadence() }}

{{ track_roles("selling") }}
"""
PAGES = {
    "index.md": "---\nrender_macros: true\n---\n\n# Home\n\n{{ track_list() }}\n",
    "guides/reviews.md": GUIDE,
    "guides/literal.md": "# Braces\n\nWrite `{{ role_title('x') }}` to quote a title.\n",
    "img/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    ".hidden.md": "# not part of the site\n",
}
# Records the Markdown of every page right after mkdocs-macros has rendered it.
CAPTURE_HOOK = """
import json, os
seen = {}
def on_page_markdown(markdown, page, **kwargs):
    seen[page.file.src_uri] = markdown
def on_post_build(config, **kwargs):
    with open(os.environ["CAPTURE_TO"], "w", encoding="utf-8") as f:
        json.dump(seen, f)
"""


def write_content(root: Path, pages: dict[str, str] = PAGES) -> Path:
    return write_pages(root / "content", pages)


def write_project(root: Path, content: Path, ladder: Path = FIXTURE, hooks: bool = False) -> Path:
    extra: dict[str, object] = {}
    if hooks:
        (root / "capture.py").write_text(CAPTURE_HOOK, encoding="utf-8")
        extra["hooks"] = [str(root / "capture.py")]
    return write_mkdocs_project(root, ladder=ladder, content=content, extra=extra)


def stage(ladder: Path, content: Path, out: Path) -> list[Problem]:
    return stage_project.stage(ladder, content, out, config_file=SITE)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def ladder_copy(tmp_path: Path) -> Path:
    target = tmp_path / "ladder"
    shutil.copytree(FIXTURE, target)
    return target


# -- the staged tree is what MkDocs serves --------------------------------------------------------
def test_staged_markdown_equals_what_the_plugin_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_content(tmp_path)
    out = tmp_path / "staged"
    assert stage(FIXTURE, content, out) == []

    # Generated pages and redirects: the in-memory files the plugin gives MkDocs.
    config = load_config(config_file=str(write_project(tmp_path, content)))
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    served = {f.src_uri: f.content_bytes for f in files if f.generated_by == "ladder"}
    assert len(served) > 20
    for path, data in served.items():
        assert (out / "docs" / path).read_bytes() == data, path

    # Hand-written pages: the Markdown MkDocs converts, after mkdocs-macros has run.
    capture = tmp_path / "captured.json"
    monkeypatch.setenv("CAPTURE_TO", str(capture))
    build(load_config(config_file=str(write_project(tmp_path, content, hooks=True))))
    captured = json.loads(capture.read_text(encoding="utf-8"))
    for path in ("index.md", "guides/reviews.md", "guides/literal.md"):
        staged = (out / "docs" / path).read_text(encoding="utf-8")
        body = staged.split("---\n", 2)[2].lstrip("\n") if staged.startswith("---") else staged
        assert body == captured[path], path
    for path in served:
        if path.endswith(".md"):
            body = served[path].decode().split("---\n", 2)[2].lstrip("\n")
            assert captured[path] == body, path  # generated pages never pass through macros


def test_the_staged_tree_is_complete(tmp_path: Path, fixture_ladder: Ladder) -> None:
    content = write_content(tmp_path)
    out = tmp_path / "staged"
    assert stage(FIXTURE, content, out) == []
    files = set(snapshot(out / "docs"))
    assert {"index.md", "guides/reviews.md", "guides/literal.md", "img/logo.svg"} <= files
    assert ".hidden.md" not in files
    for role in fixture_ladder.roles:
        assert f"roles/{role}/index.md" in files
        assert f"roles/{role}/expectations/index.md" in files
    assert "roles/senior-rep/to/team-lead/index.md" in files
    assert "roles/senior-seller/index.html" in files  # a redirect from a former id
    assert (out / "docs/img/logo.svg").read_bytes() == (content / "img/logo.svg").read_bytes()
    assert (out / MANIFEST).is_file()


def test_hand_written_pages_are_staged_with_their_macros_expanded(tmp_path: Path) -> None:
    out = tmp_path / "staged"
    assert stage(FIXTURE, write_content(tmp_path), out) == []
    guide = (out / "docs/guides/reviews.md").read_text(encoding="utf-8")
    assert guide.startswith("---\ntitle: Reviews\nrender_macros: false\n---\n\n# How")
    assert "# How reviews work at Fixture Co" in guide
    assert "[Sales rep](../roles/rep/index.md) aims for 100" in guide
    assert "| Review | How often |" in guide
    assert "- [Senior sales rep](../roles/senior-rep/index.md) (level 2)" in guide
    assert "{{" not in guide
    literal = (out / "docs/guides/literal.md").read_text(encoding="utf-8")
    assert literal == PAGES["guides/literal.md"]  # no opt-in: left exactly as written


def test_staging_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    content = write_content(tmp_path)
    assert stage(FIXTURE, content, tmp_path / "one") == []
    assert stage(FIXTURE, content, tmp_path / "two") == []
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


# -- never touching what people wrote -------------------------------------------------------------
def test_stage_never_writes_into_content_or_ladder(tmp_path: Path, ladder_copy: Path) -> None:
    content = write_content(tmp_path)
    before = snapshot(content), snapshot(ladder_copy)
    assert stage(ladder_copy, content, tmp_path / "staged") == []
    assert (snapshot(content), snapshot(ladder_copy)) == before


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("content", "inside the content folder"),
        ("content/generated", "inside the content folder"),
        ("ladder/roles", "inside the ladder folder"),
        (".", "may be the repository itself"),
        ("..", "may be the repository itself"),
    ],
)
def test_stage_refuses_folders_that_hold_hand_written_files(
    tmp_path: Path, ladder_copy: Path, where: str, reason: str
) -> None:
    content = write_content(tmp_path)
    before = snapshot(tmp_path)
    problems = stage(ladder_copy, content, tmp_path / where)
    assert len(problems) == 1
    assert problems[0].severity == "error"
    assert reason in problems[0].message
    assert problems[0].message.endswith("choose a new or empty folder")
    assert snapshot(tmp_path) == before


def test_stage_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    problems = stage(FIXTURE, write_content(tmp_path), out)
    assert [p.message for p in problems] == [
        "will not stage here: this folder is not empty and no earlier stage run made it; "
        "choose a new or empty folder"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_a_second_run_removes_only_its_own_stale_files(tmp_path: Path, ladder_copy: Path) -> None:
    content = write_content(tmp_path)
    out = tmp_path / "staged"
    assert stage(ladder_copy, content, out) == []
    (out / "docs" / "roles" / "rep" / "my-notes.txt").write_text("not from stage")
    # Drop the move from senior rep to team lead, and senior rep's former id.
    senior = ladder_copy / "roles" / "senior-rep.yml"
    text = senior.read_text()
    senior.write_text(text[: text.index("transitions:")] + text[text.index("carries_quota:") :])
    assert stage(ladder_copy, content, out) == []
    assert not (out / "docs" / "roles" / "senior-rep" / "to").exists()
    assert not (out / "docs" / "roles" / "senior-seller").exists()
    assert (out / "docs" / "roles" / "team-lead" / "index.md").is_file()
    assert (out / "docs" / "roles" / "rep" / "my-notes.txt").read_text() == "not from stage"
    assert (out / "docs" / "roles" / "rep" / "index.md").is_file()


def test_a_manifest_cannot_make_stage_delete_outside_its_folder(tmp_path: Path) -> None:
    content = write_content(tmp_path)
    out = tmp_path / "staged"
    assert stage(FIXTURE, content, out) == []
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    manifest = json.loads((out / MANIFEST).read_text())
    manifest["files"] += ["../victim.txt", str(victim), "roles/../../victim.txt"]
    (out / MANIFEST).write_text(json.dumps(manifest))
    assert stage(FIXTURE, content, out) == []
    assert victim.read_text() == "precious"


# -- refusing without writing ---------------------------------------------------------------------
def test_a_collision_is_reported_and_nothing_is_staged(tmp_path: Path) -> None:
    content = write_content(tmp_path, {**PAGES, "roles/rep.md": "# Mine\n"})
    out = tmp_path / "staged"
    problems = stage(FIXTURE, content, out)
    assert [p.format() for p in problems] == [
        f"{content / 'roles/rep.md'}:1:1: error: this hand-written page takes the address "
        '"/roles/rep/", which is a generated page (roles/rep/index.md); generated pages never '
        "overwrite hand-written ones, so rename or move this file"
    ]
    assert not out.exists()


def test_a_broken_ladder_is_reported_and_nothing_is_staged(
    tmp_path: Path, ladder_copy: Path
) -> None:
    rep = ladder_copy / "roles" / "rep.yml"
    rep.write_text(rep.read_text().replace("level: 1", "level: one"))
    out = tmp_path / "staged"
    problems = stage(ladder_copy, write_content(tmp_path), out)
    assert problems and all(p.severity == "error" for p in problems)
    assert any(p.path.endswith("roles/rep.yml") and p.line > 1 for p in problems)
    assert not out.exists()


def test_a_macro_error_names_the_page_and_line(tmp_path: Path) -> None:
    page = "---\nrender_macros: true\n---\n\n# Title\n\nThe {{ role_title('reps') }} role.\n"
    content = write_content(tmp_path, {"index.md": page})
    problems = stage(FIXTURE, content, tmp_path / "staged")
    assert [p.format() for p in problems] == [
        f"{content / 'index.md'}:7:1: error: macro failed: role_title: there is no role with "
        'the id "reps"; did you mean "rep"?'
    ]


def test_an_unknown_name_or_syntax_error_in_a_page_is_a_problem(tmp_path: Path) -> None:
    pages = {
        "a.md": "---\nrender_macros: true\n---\n{{ page.title }}\n",
        "b.md": "---\nrender_macros: true\n---\nline\n{% if %}\n",
    }
    content = write_content(tmp_path, pages)
    problems = stage(FIXTURE, content, tmp_path / "staged")
    assert [(Path(p.path).name, p.line) for p in problems] == [("a.md", 4), ("b.md", 5)]
    assert "'page' is undefined" in problems[0].message


def test_the_cli_stages_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = write_content(tmp_path)
    out = tmp_path / "staged"
    args = ["stage", str(out), "--ladder", str(FIXTURE), "--content", str(content)]
    assert ladder_cli([*args, "--config", str(SITE)]) == 0
    assert (out / "docs" / "roles" / "rep" / "index.md").is_file()
    assert (out / "mkdocs.yml").is_file()
    # Without settings to start from (no mkdocs.yml beside the content folder): an error.
    assert ladder_cli([*args[:1], str(tmp_path / "other"), *args[2:]]) == 1
    assert "mkdocs.yml:1:1: error: no mkdocs.yml here" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()
    assert (
        ladder_cli(["stage", str(content), "--ladder", str(FIXTURE), "--content", str(content)])
        == 1
    )
    assert "will not stage here" in capsys.readouterr().err


# -- addresses, collisions, redirects -------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("index.md", ""),
        ("README.md", ""),
        ("roles/rep/index.md", "roles/rep/"),
        ("roles/rep.md", "roles/rep/"),
        ("roles/rep/index.html", "roles/rep/"),
        ("img/logo.svg", "img/logo.svg"),
    ],
)
def test_address(path: str, expected: str) -> None:
    assert served_at(path) == expected


def test_collisions_compare_addresses_without_case(tmp_path: Path) -> None:
    produced = [("roles/rep/index.md", "generated"), ("roles/old/index.html", "redirect")]
    hand = ["Roles/REP.md", "roles/old/index.md", "roles/other.md"]
    problems = find_collisions(hand, produced, tmp_path)
    assert [Path(p.path).relative_to(tmp_path).as_posix() for p in problems] == [
        "Roles/REP.md",
        "roles/old/index.md",
    ]
    assert "a former address that redirects" in problems[1].message


def test_redirect_pages() -> None:
    pages = redirect_pages(
        {"roles/old/": "roles/new/", "competencies/a/": "competencies/b/"},
        site_url="https://handbook.example.com/",
    )
    assert [p.path for p in pages] == ["competencies/a/index.html", "roles/old/index.html"]
    html = pages[1].content
    assert '<meta http-equiv="refresh" content="0; url=../new/">' in html
    assert '<link rel="canonical" href="https://handbook.example.com/roles/new/">' in html
    assert '<a href="../new/">/roles/new/</a>' in html
    assert "<script" not in html
    assert '<html lang="en">' in html and "<title>" in html


def test_redirect_helpers() -> None:
    assert file_for("roles/x/") == "roles/x/index.html"
    assert relative_address("roles/x/", "roles/y/") == "../y/"
    assert (
        relative_address("roles/x/expectations/", "roles/y/expectations/")
        == "../../y/expectations/"
    )
    assert relative_address("roles/x/", "roles/x/") == "./"
    assert 'href="../y/"' in redirect_html("roles/x/", "roles/y/")


# -- navigation -----------------------------------------------------------------------------------
def test_the_navigation_lists_index_pages_tracks_and_roles_only(
    fixture_ladder: Ladder, tmp_path: Path
) -> None:
    tree, problems = docs_tree(fixture_ladder, write_content(tmp_path))
    assert problems == []
    generated = [f.path for f in tree if f.origin == "generated"]
    hand = [f.path for f in tree if f.origin == "hand-written"]
    nav = navigation(fixture_ladder, generated, [*hand, "tags.md"])
    assert nav[0] == {"Home": "index.md"}
    assert nav[1] == {"Guides": ["guides/literal.md", "guides/reviews.md"]}
    tracks = next(item["Tracks"] for item in nav if isinstance(item, dict) and "Tracks" in item)
    assert tracks[0] == "tracks/index.md"
    assert tracks[1] == {
        "Selling": [
            "tracks/selling/index.md",
            "roles/rep/index.md",
            "roles/senior-rep/index.md",
            {"Competency matrix": "matrices/selling/index.md"},
        ]
    }
    assert nav[-1] == {"Tags": "tags.md"}
    listed = nav_paths(nav)
    assert not any("/to/" in p or "expectations" in p or "self-assessment" in p for p in listed)
    assert "competencies/discovery/index.md" not in listed
    assert listed <= set(generated) | set(hand) | {"tags.md"}


def test_hand_written_pages_are_ordered_by_nav_order_then_name(fixture_ladder: Ladder) -> None:
    pages = ["index.md", "faq.md", "start.md", "guides/b.md", "guides/index.md", "about.md"]
    order = {"start.md": 1, "guides/b.md": 5, "faq.md": 2000}
    nav = navigation(fixture_ladder, [], pages, order)
    assert nav == [
        {"Home": "index.md"},
        "start.md",
        {"Guides": ["guides/index.md", "guides/b.md"]},
        "about.md",
        "faq.md",
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("---\nnav_order: 3\n---\n# A\n", 3),
        ("---\ntitle: A\n---\n# A\n", DEFAULT_NAV_ORDER),
        ("# nav_order: 3\n", DEFAULT_NAV_ORDER),
        ("---\nnav_order: three\n---\n", DEFAULT_NAV_ORDER),
        ("---\nnav_order: true\n---\n", DEFAULT_NAV_ORDER),
    ],
)
def test_nav_order(page: str, expected: int) -> None:
    assert nav_order(page) == expected


def test_a_large_ladder_gets_a_menu_of_the_same_size(fixture_ladder: Ladder) -> None:
    selling = fixture_ladder.tracks["selling"]
    many = {f"t{n}": selling.model_copy(update={"id": f"t{n}"}) for n in range(MENU_LIMIT + 1)}
    ladder = Ladder(
        handbook=fixture_ladder.handbook,
        tracks=many,
        roles={},
        competencies=fixture_ladder.competencies,
        kpis=fixture_ladder.kpis,
    )
    generated = ["tracks/index.md", *(f"tracks/{t}/index.md" for t in many)]
    assert navigation(ladder, generated, []) == [{"Tracks": ["tracks/index.md"]}]
    fewer = Ladder(
        handbook=fixture_ladder.handbook,
        tracks=dict(list(many.items())[:MENU_LIMIT]),
        roles={},
        competencies=fixture_ladder.competencies,
        kpis=fixture_ladder.kpis,
    )
    tracks = navigation(fewer, generated, [])[0]["Tracks"]
    assert len(tracks) == MENU_LIMIT + 1


def test_navigation_titles_are_html_escaped(fixture_ladder: Ladder) -> None:
    track = fixture_ladder.tracks["selling"].model_copy(update={"name": "<b>Sell & win</b>"})
    ladder = Ladder(
        handbook=fixture_ladder.handbook,
        tracks={**fixture_ladder.tracks, "selling": track},
        roles=fixture_ladder.roles,
        competencies=fixture_ladder.competencies,
        kpis=fixture_ladder.kpis,
    )
    nav = navigation(ladder, ["tracks/selling/index.md"], [])
    assert nav == [{"Tracks": [{"&lt;b&gt;Sell &amp; win&lt;/b&gt;": ["tracks/selling/index.md"]}]}]


def test_a_removed_role_leaves_nothing_behind_in_the_next_build(tmp_path: Path) -> None:
    """BAD_INPUTS 20: delete a role file, and the next build has none of its pages, guides
    or links; hand-written pages are neither changed nor deleted."""
    ladder = tmp_path / "ladder"
    shutil.copytree(FIXTURE, ladder)
    content = write_content(tmp_path)
    written = snapshot(content)
    out = tmp_path / "out"
    assert stage(ladder, content, out) == []
    docs = out / "docs"
    first = snapshot(docs)
    gone = {path for path in first if "head-of-sales" in path}
    assert "roles/head-of-sales/index.md" in gone
    assert "roles/team-lead/to/head-of-sales/index.md" in gone  # the guide into the role
    assert any("head-of-sales" in (docs / p).read_text() for p in first if p not in gone)

    (ladder / "roles" / "head-of-sales.yml").unlink()
    team_lead = ladder / "roles" / "team-lead.yml"  # the only move into the role goes too
    text = team_lead.read_text(encoding="utf-8")
    team_lead.write_text(text[: text.index("transitions:")], encoding="utf-8")
    problems = stage(ladder, content, out)
    assert [p.message for p in problems] == [
        'track "leading" has only one role; a track is a path'  # a warning: still staged
    ]

    second = snapshot(docs)
    assert set(second) == set(first) - gone
    for path in second:
        page = (docs / path).read_text(encoding="utf-8")
        assert "head-of-sales" not in page, path
        assert "Head of sales" not in page, path
    assert snapshot(content) == written
    for path, digest in written.items():  # pages that quote the ladder are expanded anew
        if not path.startswith(".") and b"render_macros: true" not in (content / path).read_bytes():
            assert second[path] == digest, path  # staged exactly as written
