"""The staged project builds on its own: `mkdocs build --strict` in DIR, with no handbook plugin,
gives the site the plugin build gives (same pages, menu and version stamp, role pages of the
same size).

Both builds use the fixture ladder and a few hand-written pages, so this stays quick.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_stage import FIXTURE, PAGES, SITE, write_content, write_project

from generator.adapters.stage import stage

NAV = re.compile(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>', re.DOTALL)
STAMP = re.compile(r'<p class="ladder-stamp".*?</p>', re.DOTALL)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the plugin's site, the staged project's site), each built strictly."""
    root = tmp_path_factory.mktemp("builds")
    pages = {path: text for path, text in PAGES.items() if path != "guides/literal.md"}
    # (literal.md quotes a macro without opting in, which the plugin warns about.)
    content = write_content(root, {**pages, "notes/draft.md": "# Draft\n"})
    build(load_config(config_file=str(write_project(root, content)), strict=True))
    staged = root / "staged"
    assert stage(FIXTURE, content, staged, config_file=SITE) == []
    # Moved elsewhere first: the project must not depend on where it was written.
    moved = root / "elsewhere" / "project"
    moved.parent.mkdir()
    shutil.move(staged, moved)
    build(load_config(config_file=str(moved / "mkdocs.yml"), strict=True))
    return root / "site", moved / "site"


def pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_the_same_pages_are_built(builds: tuple[Path, Path]) -> None:
    plugin, staged = builds
    assert pages(plugin) == pages(staged)
    assert "roles/rep/index.html" in pages(staged)
    assert "roles/senior-seller/index.html" in pages(staged)  # a redirect from a former id


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "roles/rep/index.html",
        "roles/rep/expectations/index.html",
        "roles/senior-rep/to/team-lead/index.html",
        "competencies/discovery/index.html",
        "notes/draft/index.html",
    ],
)
def test_every_page_has_the_same_menu_and_version_stamp(
    builds: tuple[Path, Path], page: str
) -> None:
    plugin, staged = ((site / page).read_text("utf-8") for site in builds)
    menu = NAV.search(plugin)
    assert menu is not None and "Selling" in menu.group(0)
    assert NAV.search(staged) is not None
    assert NAV.search(staged).group(0) == menu.group(0)  # type: ignore[union-attr]
    stamp = STAMP.search(plugin)
    assert stamp is not None and "version" in stamp.group(0)
    assert STAMP.findall(staged) == [stamp.group(0)]
    assert 'data-site-root="' in stamp.group(0)  # what print-links.js reads


def test_role_pages_are_the_same_size(builds: tuple[Path, Path]) -> None:
    for role in ("rep", "senior-rep", "team-lead", "head-of-sales"):
        sizes = [(site / "roles" / role / "index.html").stat().st_size for site in builds]
        assert abs(sizes[1] - sizes[0]) <= sizes[0] / 10, (role, sizes)


def test_the_staged_settings_need_no_handbook_plugin(builds: tuple[Path, Path]) -> None:
    project = builds[1].parent
    config = yaml.safe_load((project / "mkdocs.yml").read_text("utf-8"))
    assert set(config["plugins"]) == {"search", "tags"}
    assert config["docs_dir"] == "docs"
    assert config["theme"]["custom_dir"] == "overrides"
    assert config["extra"]["ladder"]["version"] == "1.1"
    assert config["extra"]["version"]["default"] == "latest"  # the site's own extra is kept
    # The version selector is on only for versioned builds (VERSION_PROVIDER=mike).
    assert config["extra"]["version"]["provider"] is None
    assert (project / "overrides/main.html").is_file()
    assert not (project / "overrides/templates").exists()  # inputs of the generator only
    listed = config["not_in_nav"].splitlines()
    assert "/notes/" in listed  # the site's own
    assert "/roles/rep/expectations/" in listed
    assert "/competencies/discovery/" in listed
