"""The site is named after handbook.yml, not after fixed text in mkdocs.yml, and `ladder
validate` finds the hand-written pages where MkDocs finds them."""

from __future__ import annotations

import json
from pathlib import Path

from test_plugin import config_for, write_project

from generator.ladder import Ladder
from generator.site.content_folder import content_dir
from generator.site.site_config import staged_config


def test_an_empty_site_name_is_filled_in_from_handbook_yml(tmp_path: Path) -> None:
    config = config_for(write_project(tmp_path))
    assert config.site_name == ""
    config = config.plugins.on_config(config)
    assert config.site_name == "Fixture Co career handbook"
    assert config.site_description is not None
    assert "at Fixture Co:" in config.site_description


def test_a_site_name_written_in_mkdocs_yml_is_kept(tmp_path: Path) -> None:
    project = write_project(tmp_path)
    settings = json.loads(project.read_text(encoding="utf-8"))
    settings |= {"site_name": "Our ladder", "site_description": "Ours."}
    project.write_text(json.dumps(settings), encoding="utf-8")
    config = config_for(project).plugins.on_config(config_for(project))
    assert (config.site_name, config.site_description) == ("Our ladder", "Ours.")


def test_the_repository_mkdocs_yml_names_no_organisation() -> None:
    text = (Path(__file__).parents[1] / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: ""' in text
    assert "site_description:" not in text


def test_content_dir_follows_mkdocs_docs_dir(tmp_path: Path) -> None:
    assert content_dir(tmp_path / "ladder") == tmp_path / "content"
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\ndocs_dir: docs\nsite_url: !ENV [SITE_URL, 'http://x/']\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:os.system\n",
        encoding="utf-8",
    )
    assert content_dir(tmp_path / "ladder") == tmp_path / "docs"
    (tmp_path / "mkdocs.yml").write_text("docs_dir: [unclosed\n", encoding="utf-8")
    assert content_dir(tmp_path / "ladder") == tmp_path / "content"


def test_a_staged_project_is_named_after_handbook_yml_too(fixture_ladder: Ladder) -> None:
    """Other engines run no ladder plugin, so the staged mkdocs.yml carries the name."""
    staged = staged_config({"site_name": ""}, fixture_ladder, None, [])
    assert staged["site_name"] == "Fixture Co career handbook"
    assert "at Fixture Co:" in staged["site_description"]
    kept = staged_config(
        {"site_name": "Ours", "site_description": "Ours."}, fixture_ladder, None, []
    )
    assert (kept["site_name"], kept["site_description"]) == ("Ours", "Ours.")
