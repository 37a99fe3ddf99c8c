"""The MkDocs adapter and the macros, event by event, without a full site build.

The plugin's events run here on a real MkDocs configuration (the repository's mkdocs.yml,
pointed at a temporary content folder and a ladder), which is fast enough to check every
rule: problems reported as path:line:col and the build aborted, generated files added in
memory with the right menu inclusion, collisions refused, a ladder edit reflected on the
next build, and the core imported afresh on every rebuild of `mkdocs serve`.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE, REPO, write_mkdocs_project
from markupsafe import Markup
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel, get_files

from generator.adapters.live_reload import (
    reload_changed,
    reload_order,
    source_stamps,
    watched_paths,
)
from generator.adapters.mkdocs_plugin import LadderPlugin
from generator.ladder import Ladder
from generator.site.macros import LadderMacros, MacroError, called_in, render_markdown
from generator.site.pages import build_pages
from generator.validate import folder
from generator.validate.folder import load_ladder

HOME = "---\nrender_macros: true\n---\n\n# {{ organisation }}\n\n{{ track_list() }}\n"


def write_project(root: Path, ladder: Path = FIXTURE, pages: dict[str, str] | None = None) -> Path:
    """A site that inherits the repository's mkdocs.yml, with its own content and ladder."""
    return write_mkdocs_project(
        root, ladder=ladder, pages={"index.md": HOME} if pages is None else pages
    )


def config_for(project: Path) -> MkDocsConfig:
    return load_config(config_file=str(project))


def run_to_files(config: MkDocsConfig) -> tuple[MkDocsConfig, Files]:
    """The events of a build up to on_files, as `mkdocs build` runs them."""
    config = config.plugins.on_config(config)
    files = get_files(config)
    files = config.plugins.on_files(files, config=config)
    return config, files


def generated(files: Files) -> dict[str, File]:
    return {f.src_uri: f for f in files if f.generated_by == "ladder"}


@pytest.fixture
def ladder_copy(tmp_path: Path) -> Path:
    target = tmp_path / "ladder"
    shutil.copytree(FIXTURE, target)
    return target


# -- on_config ------------------------------------------------------------------------------------
def test_on_config_loads_the_ladder_and_gives_the_theme_its_version(tmp_path: Path) -> None:
    config = config_for(write_project(tmp_path))
    config = config.plugins.on_config(config)
    assert config.extra["ladder"] == {
        "version": "1.1",
        "organisation": "Fixture Co",
        "changelog_anchor": "v1-1",  # the stamp on every page links to this changelog entry
        "stamp": {"ladder": "Fixture Co career ladder,", "version": "version"},
    }
    assert set(config.plugins["ladder"].ladder.roles) == {
        "rep",
        "senior-rep",
        "team-lead",
        "head-of-sales",
    }


def test_a_ladder_error_is_logged_as_path_line_col_and_aborts(
    tmp_path: Path, ladder_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rep = ladder_copy / "roles" / "rep.yml"
    text = rep.read_text().replace("summary:", "sumary:", 1).replace("level: 1", "level: x", 1)
    rep.write_text(text, encoding="utf-8")
    config = config_for(write_project(tmp_path, ladder_copy))
    with caplog.at_level(logging.WARNING, logger="mkdocs"), pytest.raises(Abort) as aborted:
        config.plugins.on_config(config)
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert all(re.match(r"^\S*roles/rep\.yml:\d+:\d+: error: ", m) for m in errors), errors
    assert any(
        m.endswith('rep.yml:7:1: error: unknown key "sumary"; did you mean "summary"?')
        for m in errors
    ), errors
    assert f"has {len(errors)} errors (listed above)" in aborted.value.format_message()


# -- on_files -------------------------------------------------------------------------------------
def test_every_generated_page_and_redirect_is_added_in_memory(
    tmp_path: Path, fixture_ladder: Ladder
) -> None:
    project = write_project(tmp_path)
    _, files = run_to_files(config_for(project))
    added = generated(files)
    pages = {p.path: p.content for p in build_pages(fixture_ladder)}
    assert set(pages) <= set(added)
    for path, content in pages.items():
        assert added[path].content_string == content
        assert added[path].abs_src_path is None  # in memory, not on disk
    assert "roles/senior-seller/index.html" in added
    assert sorted(p.name for p in (tmp_path / "content").rglob("*")) == ["index.md"]


def test_only_menu_pages_are_in_the_navigation(tmp_path: Path) -> None:
    config, files = run_to_files(config_for(write_project(tmp_path)))
    added = generated(files)
    assert added["roles/rep/index.md"].inclusion == InclusionLevel.INCLUDED
    assert added["tracks/selling/index.md"].inclusion == InclusionLevel.INCLUDED
    for path in (
        "roles/rep/to/senior-rep/index.md",
        "roles/rep/expectations/index.md",
        "roles/rep/self-assessment/index.md",
        "competencies/discovery/index.md",
    ):
        assert added[path].inclusion == InclusionLevel.NOT_IN_NAV, path
    assert config.nav[0] == {"Home": "index.md"}


def test_a_nav_in_mkdocs_yml_is_kept(tmp_path: Path) -> None:
    project = write_project(tmp_path)
    data = json.loads(project.read_text())
    data["nav"] = [{"Home": "index.md"}, {"Rep": "roles/rep/index.md"}]
    project.write_text(json.dumps(data))
    config, files = run_to_files(config_for(project))
    assert config.nav == [{"Home": "index.md"}, {"Rep": "roles/rep/index.md"}]
    assert generated(files)["roles/rep/index.md"].inclusion == InclusionLevel.INCLUDED
    assert generated(files)["tracks/selling/index.md"].inclusion == InclusionLevel.NOT_IN_NAV


@pytest.mark.parametrize(
    "hand_written",
    ["roles/rep/index.md", "roles/rep.md", "Roles/Rep.md", "roles/senior-seller.md", "map.md"],
)
def test_a_generated_address_never_replaces_a_hand_written_page(
    tmp_path: Path, hand_written: str, caplog: pytest.LogCaptureFixture
) -> None:
    project = write_project(tmp_path, pages={"index.md": HOME, hand_written: "# Mine\n"})
    config = config_for(project)
    with caplog.at_level(logging.ERROR, logger="mkdocs"), pytest.raises(Abort):
        run_to_files(config)
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(messages) == 1
    assert messages[0].endswith("rename or move this file")
    assert (
        f"content/{hand_written}:1:1: error: this hand-written page takes the address"
        in messages[0]
    )
    assert (tmp_path / "content" / hand_written).read_text() == "# Mine\n"


def test_page_templates_in_the_theme_folder_are_not_published(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "templates" / "ladder").mkdir(parents=True)
    (overrides / "templates" / "ladder" / "note.md.j2").write_text("x")
    project = write_project(tmp_path / "site-project")
    data = json.loads(project.read_text())
    data["theme"]["custom_dir"] = str(overrides)
    project.write_text(json.dumps(data))
    _, files = run_to_files(config_for(project))
    assert files.get_file_from_path("templates/ladder/note.md.j2") is None


# -- serve: rebuilds see ladder, template and code edits ------------------------------------------
def test_a_ladder_edit_changes_the_page_on_the_next_build(
    tmp_path: Path, ladder_copy: Path
) -> None:
    project = write_project(tmp_path, ladder_copy)
    _, files = run_to_files(config_for(project))
    before = generated(files)["roles/rep/index.md"].content_string
    rep = ladder_copy / "roles" / "rep.yml"
    rep.write_text(rep.read_text().replace("title: Sales rep", "title: Account rep"))
    _, files = run_to_files(config_for(project))
    after = generated(files)["roles/rep/index.md"].content_string
    assert "Sales rep" in before and "Account rep" not in before
    assert "Account rep" in after and 'title: "Sales rep"' not in after


RELOAD_SCRIPT = """
import json, sys
from pathlib import Path
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

project, source = sys.argv[1], Path(sys.argv[2])
load_config(config_file=project).plugins.on_startup(command="serve", dirty=False)

def build():  # as `mkdocs serve` rebuilds: a new config, the same plugin object
    config = load_config(config_file=project)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    return files.get_file_from_path("roles/rep/index.md").content_string

first = build()
template = source / "site" / "templates" / "role.md.j2"
template.write_text(template.read_text().replace("How this role is measured.", "Edited."))
phrases = source / "site" / "phrases.py"
phrases.write_text(phrases.read_text().replace('"each quarter"', '"every quarter"'))
second = build()
import generator
print(json.dumps({"first": first, "second": second, "package": generator.__file__}))
"""


def test_serve_rebuilds_pick_up_template_and_code_edits(tmp_path: Path) -> None:
    """The plugin object lives across rebuilds of `mkdocs serve` (it has on_startup); the
    rebuild after an edit to a template or to the generator's code shows the edit, without a
    restart. Run on a copy of the package in its own interpreter, so nothing here is edited."""
    copy = tmp_path / "src"
    shutil.copytree(
        REPO / "generator", copy / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    project = write_project(tmp_path / "site")
    result = subprocess.run(
        [sys.executable, "-c", RELOAD_SCRIPT, str(project), str(copy / "generator")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(copy)},
        cwd=tmp_path,  # "-c" puts the working folder first on sys.path
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(pages["package"]).is_relative_to(copy)
    assert "How this role is measured." in pages["first"] and "Edited." not in pages["first"]
    assert "Edited." in pages["second"] and "How this role is measured." not in pages["second"]
    assert "each quarter" in pages["first"] and "every quarter" not in pages["first"]
    assert "every quarter" in pages["second"] and "each quarter" not in pages["second"]


def test_reload_order_puts_every_module_after_what_it_imports() -> None:
    imports = {
        "g.model": set(),
        "g.ladder": {"g.model"},
        "g.site.wording": {"g.model"},
        "g.site.render": {"g.site.wording"},
        "g.site.pages": {"g.ladder", "g.site.render", "g.site.wording"},
        "g.tools.export": {"g.ladder"},
        "g.cycle.a": {"g.cycle.b"},
        "g.cycle.b": {"g.cycle.a", "g.site.wording"},
    }
    order = reload_order(["g.site.wording"], imports)
    assert set(order) == {
        "g.site.wording",
        "g.site.render",
        "g.site.pages",
        "g.cycle.a",
        "g.cycle.b",
    }
    assert (
        order.index("g.site.wording") < order.index("g.site.render") < order.index("g.site.pages")
    )
    assert reload_order(["g.model"], imports)[0] == "g.model"
    assert len(reload_order(["g.model"], imports)) == len(imports)
    assert reload_order([], imports) == []
    assert reload_order(["not.loaded"], imports) == []


def test_a_rebuild_without_edits_reloads_nothing() -> None:
    assert reload_changed(source_stamps()) == []
    assert "generator.adapters.mkdocs_plugin" not in source_stamps()


def test_a_build_does_not_reload_the_core(tmp_path: Path) -> None:
    project = write_project(tmp_path)
    plugin = LadderPlugin()
    plugin.load_config({"ladder_dir": str(FIXTURE)})
    plugin.on_startup(command="build", dirty=False)
    before = folder.load_ladder
    plugin.on_config(config_for(project))
    plugin.on_config(config_for(project))
    assert folder.load_ladder is before
    assert plugin.stamps == {}


def test_serve_watches_the_ladder_templates_and_code(tmp_path: Path) -> None:
    watched = watched_paths(FIXTURE)
    assert FIXTURE in watched
    assert REPO / "generator" / "site" / "templates" in watched
    assert REPO / "generator" / "site" / "pages.py" in watched
    assert not any("__pycache__" in p.parts for p in watched)

    class Server:
        def __init__(self) -> None:
            self.paths: list[str] = []

        def watch(self, path: str) -> None:
            self.paths.append(path)

    server = Server()
    config = config_for(write_project(tmp_path))
    config.plugins["ladder"].on_serve(server, config=config, builder=None)
    assert str(FIXTURE) in server.paths


# -- macros: wiring -------------------------------------------------------------------------------
class FakePage:
    def __init__(self, src_uri: str) -> None:
        self.file = type("F", (), {"src_uri": src_uri})()


def test_macros_get_the_ladder_the_plugin_loaded(tmp_path: Path) -> None:
    config = config_for(write_project(tmp_path))
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    host = config.plugins["macros"]
    assert host.variables["organisation"] == "Fixture Co"
    assert host.variables["ladder_version"] == "1.1"
    host._page = FakePage("guides/deep/page.md")
    assert host.macros["role_link"]("rep") == "[Sales rep](../../roles/rep/index.md)"


def test_a_hand_written_page_that_forgets_to_opt_in_gets_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = config_for(write_project(tmp_path))
    config, files = run_to_files(config)
    from mkdocs.structure.pages import Page

    plugin = config.plugins["ladder"]
    page = Page(None, files.get_file_from_path("index.md"), config)
    page.meta = {}
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        plugin.on_page_markdown(
            "Hello {{ role_title('rep') }}", page=page, config=config, files=files
        )
        page.meta = {"render_macros": True}
        plugin.on_page_markdown(
            "Hello {{ role_title('rep') }}", page=page, config=config, files=files
        )
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == [
        "index.md: uses the ladder macro role_title but does not opt in to macros; "
        "add `render_macros: true` to its front matter"
    ]


# -- macros: what they give -----------------------------------------------------------------------
def macros_at(ladder: Ladder, page: str = "index.md") -> dict[str, Any]:
    bound = LadderMacros(ladder, lambda: page)
    return {**bound.macros(), **bound.variables()}


def test_role_and_track_macros(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder, "guides/reviews.md")
    assert m["role_title"]("senior-rep") == "Senior sales rep"
    assert m["role_link"]("rep") == "[Sales rep](../roles/rep/index.md)"
    assert (
        m["role_link"]("rep", anchor="discovery") == "[Sales rep](../roles/rep/index.md#discovery)"
    )
    assert m["role_link"]("rep", text="your role") == "[your role](../roles/rep/index.md)"
    assert m["track_name"]("leading") == "Leading"
    assert m["track_link"]("selling") == "[Selling](../tracks/selling/index.md)"
    assert m["track_roles"]("leading") == (
        "- [Team lead](../roles/team-lead/index.md) (level 2)\n"
        "- [Head of sales](../roles/head-of-sales/index.md) (level 3)"
    )
    assert m["track_list"]().splitlines()[0] == (
        "- [Selling](../tracks/selling/index.md): Win new customers."
    )


def test_competency_kpi_and_value_macros(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert m["competency_name"]("discovery") == "Discovery"
    assert m["competency_link"]("discovery", level="skilled") == (
        "[Discovery](competencies/discovery/index.md#skilled)"
    )
    assert m["kpi_name"]("win-rate") == "Win rate"
    assert m["kpi_link"]("win-rate") == "[Win rate](kpis/index.md#win-rate)"
    assert m["value_name"]("candour") == "Candour"
    assert m["value_link"]("craft") == "[Craft](values/index.md#craft)"


def test_kpi_targets_are_given_in_their_unit(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)

    def target(*args: str) -> str:
        return html.unescape(m["kpi_target"](*args))

    assert target("rep", "quota-attainment") == "100%"
    assert target("rep", "quota-attainment", "threshold") == "80%"
    assert target("rep", "quota-attainment", "stretch") == "120%"
    assert target("rep", "sales-cycle-length") == "45 days"
    assert target("team-lead", "coaching-quality").startswith("Every rep can name")


def test_review_cadence_is_a_table(fixture_ladder: Ladder) -> None:
    table = html.unescape(macros_at(fixture_ladder)["review_cadence"]()).splitlines()
    assert table[0].startswith("| Review | How often |")
    assert table[2] == (
        "| One-to-one | weekly | 30 minutes, agenda owned by the report | "
        "You and your manager | no |"
    )
    assert table[3].endswith("| yes |")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda m: m["role_title"]("reps"),
            'role_title: there is no role with the id "reps"; did you mean "rep"?',
        ),
        (
            lambda m: m["track_roles"]("seling"),
            'there is no track with the id "seling"; did you mean "selling"?',
        ),
        (
            lambda m: m["role_link"]("rep", anchor="coaching"),
            'the role "rep" has no competency or KPI "coaching"',
        ),
        (
            lambda m: m["kpi_target"]("rep", "coaching-quality"),
            'the role "rep" has no target for the KPI',
        ),
        (lambda m: m["kpi_target"]("senior-rep", "win-rate", "stretch"), "sets no stretch"),
        (lambda m: m["kpi_target"]("rep", "win-rate", "goal"), '"goal" is not one of target'),
        (lambda m: m["competency_link"]("discovery", level="expert"), "not a proficiency level"),
        (lambda m: m["role_title"](3), "give the role id as text in quotes"),
    ],
)
def test_a_wrong_id_is_an_error_that_says_what_to_fix(
    fixture_ladder: Ladder, call: Any, message: str
) -> None:
    with pytest.raises(MacroError) as error:
        call(macros_at(fixture_ladder))
    assert message in str(error.value)


def test_ladder_text_is_quoted_literally_never_as_markup_or_template(
    tmp_path: Path, ladder_copy: Path
) -> None:
    rep = ladder_copy / "roles" / "rep.yml"
    hostile = "'<img src=x onerror=alert(1)> {{ 7*7 }} [x](javascript:alert(1)) | # *'"
    rep.write_text(rep.read_text().replace("title: Sales rep", f"title: {hostile}"))
    ladder, problems = load_ladder(ladder_copy)
    assert ladder is not None, problems
    m = macros_at(ladder)
    for output in (m["role_title"]("rep"), m["role_link"]("rep"), m["track_roles"]("selling")):
        assert isinstance(output, Markup)
        for active in ("<img", "{{", "](javascript", "| #"):
            assert active not in output.replace("](roles/", "")
    rendered = render_markdown("{{ role_title('rep') }}", ladder, "index.md")
    assert "49" not in rendered and "&#123;&#123;" in rendered


def test_called_in_finds_ladder_macros_only() -> None:
    text = "{{ role_title('a') }} {{-kpi_target('a','b') }} {{ organisation }} {{ page.title }}"
    assert called_in(text) == ["kpi_target", "organisation", "role_title"]
    assert called_in("role_title('a') without braces") == []
