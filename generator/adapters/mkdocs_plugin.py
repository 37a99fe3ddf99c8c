"""The MkDocs adapter: wires MkDocs events to the core, and does nothing else.

Registered as the `ladder` plugin (entry point in pyproject.toml). Per build it:
- on_config: loads the ladder; logs every problem as `path:line:col: severity: message`
  (warnings fail `--strict`); aborts on any error, without a traceback; puts the ladder's
  version and organisation into `config.extra.ladder` for the theme (overrides/main.html
  shows the version on every page);
- on_pre_build: hands the ladder's macros and variables to mkdocs-macros (generator/site/macros.py);
- on_files: adds every generated page and redirect page as an in-memory file
  (`File.generated`; nothing is written into content/), refuses a generated address that a
  hand-written page already has, and sets a small navigation unless mkdocs.yml has its own;
- on_page_markdown: warns when a hand-written page calls a ladder macro without opting in;
- on_serve: watches ladder/ and the generator's code and templates.

`mkdocs serve` keeps this plugin object across rebuilds (it has `on_startup`), but builds a
new config each time. On every rebuild after the first, the plugin forgets the imported core
modules so they are imported afresh: an edit to a template or to the generator's code shows
up on the next rebuild, without restarting the server.
"""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.ladder")
PACKAGE = Path(__file__).parent.parent
CORE = "generator"


class LadderConfig(base.Config):  # type: ignore[no-untyped-call]
    ladder_dir = c.Type(str, default="ladder")
    """The ladder folder, relative to mkdocs.yml."""


class LadderPlugin(BasePlugin[LadderConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.serving = False
        self.builds = 0
        self.ladder: Any = None
        self.user_nav = False

    # -- one-time events --------------------------------------------------------------------
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> None:
        for path in watched_paths(self.ladder_path(config)):
            server.watch(str(path))

    # -- per build ----------------------------------------------------------------------------
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.serving and self.builds:
            forget_core()
        self.builds += 1
        validate = core("validate.folder")
        problems_mod = core("problems")
        ladder_dir = self.ladder_path(config)
        ladder, problems = validate.load_ladder(ladder_dir)
        report(problems)
        failed = problems_mod.errors(problems)
        if ladder is None or failed:
            where = problems_mod.display_path(ladder_dir)
            count = f"{len(failed)} error{'s' * (len(failed) != 1)}" if failed else "errors"
            raise Abort(f"Aborted: the ladder in {where} has {count} (listed above)")
        self.ladder = ladder
        config.extra["ladder"] = {
            "version": ladder.version,
            "organisation": ladder.handbook.organisation.name,
            "changelog_anchor": core("site.addresses").version_anchor(ladder.version),
        }
        self.user_nav = config.nav is not None
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Hand the ladder to mkdocs-macros. Done here, after every plugin's on_config, so it
        works whatever the order of the plugins in mkdocs.yml."""
        macros = config.plugins.get("macros")
        if macros is None:
            return
        try:
            core("site.macros").register(macros, self.ladder, lambda: macros.page.file.src_uri)
        except KeyError as clash:
            raise Abort(
                f"Aborted: mkdocs-macros already has a variable or macro of that name ({clash}); "
                "rename it in mkdocs.yml (extra:) or in your macros module"
            ) from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        stage = core("site.docs_tree")
        docs_dir = config.docs_dir
        own = [f for f in files if f.src_dir == docs_dir]
        hand_written = sorted(f.src_uri for f in own)
        in_menu = sorted(f.src_uri for f in own if f.inclusion.is_in_nav())  # type: ignore[no-untyped-call]
        templates = page_templates(config)
        for theme_file in [
            f for f in files if f.src_uri.startswith(f"{stage.TEMPLATE_OVERRIDES}/")
        ]:
            if theme_file.src_dir != docs_dir:
                files.remove(theme_file)  # page templates are inputs, not part of the site
        generated = stage.generated_files(self.ladder, templates=templates)
        problems = stage.find_collisions(
            hand_written, [(g.path, g.origin) for g in generated], Path(docs_dir)
        )
        if problems:
            report(problems)
            raise Abort(
                "Aborted: a generated page would take the address of a hand-written page "
                "(listed above)"
            )
        if not self.user_nav:
            order = {f.src_uri: menu_order(f) for f in own if f.is_documentation_page()}
            config.nav = core("site.navigation").navigation(
                self.ladder, [g.path for g in generated], in_menu, order
            )
        in_nav = core("site.navigation").nav_paths(config.nav or [])
        for item in generated:
            inclusion = InclusionLevel.UNDEFINED
            if item.path.endswith(".md"):
                listed = item.path in in_nav
                inclusion = InclusionLevel.INCLUDED if listed else InclusionLevel.NOT_IN_NAV
            files.append(
                File.generated(config, item.path, content=item.content, inclusion=inclusion)
            )
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        macros = config.plugins.get("macros")
        if macros is None or macros.config.get("render_by_default", True):
            return None  # no macros at all, or every page is rendered: nothing to opt in to
        if page.file.generated_by is not None or page.meta.get("render_macros") is not None:
            return None
        called = core("site.macros").called_in(markdown)
        if called:
            log.warning(
                f"{page.file.src_uri}: uses the ladder macro{'s' * (len(called) > 1)} "
                f"{', '.join(called)} but does not opt in to macros; add "
                "`render_macros: true` to its front matter"
            )
        return None

    # -- helpers ----------------------------------------------------------------------------
    def ladder_path(self, config: MkDocsConfig) -> Path:
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return root / self.config.ladder_dir


def page_templates(config: MkDocsConfig) -> Path | None:
    """The site's replacement page templates: templates/ladder/ in the theme's custom_dir."""
    custom_dir = config.theme.custom_dir
    if not custom_dir:
        return None
    folder = Path(custom_dir) / core("site.docs_tree").TEMPLATE_OVERRIDES
    return folder if folder.is_dir() else None


def menu_order(file: File) -> int:
    """The page's `nav_order`; a page MkDocs cannot read is reported later, by MkDocs."""
    navigation = core("site.navigation")
    try:
        order: int = navigation.nav_order(file.content_string)
    except (OSError, ValueError):
        return int(navigation.DEFAULT_NAV_ORDER)
    return order


def core(name: str) -> ModuleType:
    """A core module, imported now (afresh after `forget_core`)."""
    return importlib.import_module(f"{CORE}.{name}")


def forget_core() -> None:
    """Drop the generator's modules (except this one) so the next import reads them anew."""
    for name in [n for n in sys.modules if n == CORE or n.startswith(f"{CORE}.")]:
        if name != __name__:
            del sys.modules[name]


def watched_paths(ladder_dir: Path) -> list[Path]:
    """The ladder, the page templates and the generator's code: a change to any rebuilds.

    Code files are watched one by one rather than the whole package, so the bytecode Python
    writes into __pycache__ when it imports them afresh does not trigger another rebuild.
    """
    paths = [ladder_dir, PACKAGE / "site" / "templates"]
    paths += sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    return [p for p in paths if p.exists()]


def report(problems: list[Any]) -> None:
    for problem in problems:
        if problem.severity == "error":
            log.error(problem.format())
        else:
            log.warning(problem.format())
