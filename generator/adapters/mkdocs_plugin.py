"""The MkDocs adapter: wires MkDocs events to the core, and does nothing else.

Registered as the `ladder` plugin (entry point in pyproject.toml). Per build it:
- on_config: loads the ladder; logs every problem as `path:line:col: severity: message`
  (warnings at MkDocs' warning level, which fails `--strict`, only when handbook.yml says
  `strict: true`; otherwise at info level, so they never fail the build); aborts on any
  error, without a traceback; checks the macros of the hand-written pages the same way
  (generator/site/page_check.py); names the site after handbook.yml when mkdocs.yml leaves
  `site_name` empty (generator/site/site_config.py); puts the ladder's version and
  organisation into `config.extra.ladder` for the theme (overrides/main.html shows the
  version on every page);
- on_pre_build: hands the ladder's macros and variables to mkdocs-macros (generator/site/macros.py);
- on_files: adds every generated page and redirect page as an in-memory file
  (`File.generated`; nothing is written into content/), refuses a generated address that a
  hand-written page already has, and sets a small navigation unless mkdocs.yml has its own;
- on_page_markdown: warns when a hand-written page calls a ladder macro without opting in,
  and stops a page into which mkdocs-macros wrote its error report (adapters/preview.py);
- on_post_build: weighs the search index's entries by their own titles' scores, so an
  exact title comes first, gives aliases a field that weighs as titles do, and leaves tags
  out (generator/site/search_index.py);
- on_serve: watches ladder/ and the generator's code and templates, through the system's
  file notifications when it has them (adapters/watching.py). While serving, a broken
  ladder or a page collision shows the problems at every address (adapters/preview.py)
  instead of aborting, so the preview never hangs;
- while serving, on_env gives the theme's templates a cache that outlives the build
  (adapters/theme_cache.py); in a dirty preview, on_page_content, on_env and on_post_build
  keep the pages a build skips complete: titles, tags, search entries (adapters/page_memo.py).

`mkdocs serve` keeps this plugin object across rebuilds (it has `on_startup`), but builds a
new config each time. Page templates are compiled again only when they change. Before every
rebuild after the first, the plugin reloads each core module whose source file changed, and
every module that imports one, dependencies first (adapters/live_reload.py): the core is
imported normally and typed, and the plugin calls it through its modules
(`folder.load_ladder`), so a reloaded module's new functions are the ones called. An edit to
this file itself needs a restart.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Literal

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator import locale
from generator import problems as problem_list
from generator.adapters import dirty_preview, log_safety, page_memo, preview, theme_cache, watching
from generator.adapters.live_reload import reload_changed, source_stamps, watched_paths
from generator.ladder import Ladder
from generator.site import (
    docs_tree,
    macros,
    navigation,
    page_check,
    page_reuse,
    search_index,
    site_config,
)
from generator.validate import folder

log = logging.getLogger("mkdocs.plugins.ladder")
SEARCH_INDEX = Path("search") / "search_index.json"


class LadderConfig(base.Config):  # type: ignore[no-untyped-call]
    ladder_dir = c.Type(str, default="ladder")
    """The ladder folder, relative to mkdocs.yml."""


class LadderPlugin(BasePlugin[LadderConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.serving = False
        self.builds = 0
        self.ladder: Ladder | None = None
        self.user_nav = False
        self.stamps: dict[str, int] = {}
        self.broken: list[problem_list.Problem] = []  # serving: what the preview lists
        self.page_paths: set[str] = set()  # the last good build's pages, for that preview
        self.folder = ""  # the ladder folder, as the editor sees it
        self.dirty: dirty_preview.DirtyPreview | None = None
        self.memo: page_memo.PageMemo | None = None  # a dirty preview's skipped pages
        self.reuse: page_reuse.PageReuse | None = None  # a dirty preview's kept Markdown
        self.templates = theme_cache.CompiledTemplates()  # serving: compiled once
        self.readings = folder.ReadMemo()  # each ladder file, read again only once changed
        self.words = search_index.WordMemo()  # each search entry's words, split once
        self.observer: Any = None  # serving: the native file observer, if any

    # -- one-time events --------------------------------------------------------------------
    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"
        # `mkdocs serve --dirty`: rebuild only the pages an edit changed (dirty_preview.py).
        self.dirty = dirty_preview.DirtyPreview() if self.serving and dirty else None
        self.memo = page_memo.PageMemo() if self.dirty is not None else None
        self.reuse = page_reuse.PageReuse() if self.dirty is not None else None

    def on_shutdown(self) -> None:
        if self.dirty is not None:
            self.dirty.close()
        if self.observer is not None:
            self.observer.stop()

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any) -> None:
        for path in watched_paths(self.ladder_path(config)):
            server.watch(str(path))
        self.observer = watching.use_native_events(server)  # a save seen at once (watching.py)

    # -- per build ----------------------------------------------------------------------------
    @event_priority(50)  # before the search plugin's, which reads the theme's language
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.serving:
            if self.builds and reload_changed(self.stamps):  # new code: work everything anew
                self.readings, self.words = folder.ReadMemo(), search_index.WordMemo()
                if self.reuse is not None:
                    self.reuse = page_reuse.PageReuse()
            self.stamps = source_stamps()
        self.builds += 1
        log_safety.install()
        ladder_dir = self.ladder_path(config)
        self.folder, self.broken = preview.folder_as_seen(ladder_dir), []
        ladder, problems = folder.load_ladder(ladder_dir, self.readings)
        report(problems, strict=ladder is None or ladder.handbook.strict)
        failed = problem_list.errors(problems)
        if (ladder is None or failed) and self.serving:
            self.broken, self.ladder = problems, None  # the preview lists them, never hangs
            return config
        if ladder is None or failed:
            raise Abort(preview.aborted_message(ladder_dir, len(failed)))
        self.ladder = ladder
        set_language(config, ladder.handbook.language)
        if config.plugins.get("macros") is not None:
            page_problems = page_check.check_pages(ladder, Path(config.docs_dir))
            report(page_problems)
            failed = problem_list.errors(page_problems)
            if failed and self.serving:
                self.broken = page_problems  # the preview lists them, as for the ladder
            elif failed:
                count = f"{len(failed)} error{'s' * (len(failed) != 1)}"
                raise Abort(f"Aborted: the hand-written pages have {count} in their macros")
        if not config.site_name.strip():
            config.site_name = site_config.site_name(ladder.handbook)
        if config.site_description is None:
            config.site_description = site_config.site_description(ladder.handbook)
        config.extra["ladder"] = site_config.theme_data(ladder)
        self.user_nav = config.nav is not None
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Hand the ladder to mkdocs-macros. Done here, after every plugin's on_config, so it
        works whatever the order of the plugins in mkdocs.yml."""
        if self.memo is not None:
            self.memo.start(config)
        host = config.plugins.get("macros")
        if host is None or self.ladder is None:
            return
        try:
            macros.register(host, self.ladder, lambda: host.page.file.src_uri)
        except KeyError as clash:
            raise Abort(
                f"Aborted: mkdocs-macros already has a variable or macro of that name ({clash}); "
                "rename it in mkdocs.yml (extra:) or in your macros module"
            ) from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.broken:
            self.forget_dirty_pages()
            return preview.preview_of_problems(
                files, config, self.broken, self.page_paths, self.folder
            )
        ladder = self.loaded()
        docs_dir = config.docs_dir
        own = [f for f in files if f.src_dir == docs_dir]
        hand_written = sorted(f.src_uri for f in own)
        in_menu = sorted(f.src_uri for f in own if f.inclusion.is_in_nav())  # type: ignore[no-untyped-call]
        templates = page_templates(config)
        for theme_file in [
            f for f in files if f.src_uri.startswith(f"{docs_tree.TEMPLATE_OVERRIDES}/")
        ]:
            if theme_file.src_dir != docs_dir:
                files.remove(theme_file)  # page templates are inputs, not part of the site
        kept = self.reuse.pages(ladder, templates) if self.reuse is not None else None
        generated = docs_tree.generated_files(ladder, templates=templates, pages=kept)
        problems = docs_tree.find_collisions(
            hand_written, [(g.path, g.origin) for g in generated], Path(docs_dir)
        )
        if problems and self.serving:
            report(problems)
            self.forget_dirty_pages()
            return preview.preview_of_problems(
                files, config, problems, self.page_paths, self.folder
            )
        if problems:
            report(problems)
            raise Abort(
                "Aborted: a generated page would take the address of a hand-written page "
                "(listed above)"
            )
        if not self.user_nav:
            order = {f.src_uri: menu_order(f) for f in own if f.is_documentation_page()}
            config.nav = navigation.navigation(ladder, [g.path for g in generated], in_menu, order)
        self.page_paths = {g.path for g in generated if g.path.endswith(".md")}
        self.page_paths |= {f.src_uri for f in own if f.is_documentation_page()}
        in_nav = navigation.nav_paths(config.nav or [])
        levels = {item.path: inclusion(item.path, in_nav) for item in generated}
        if self.dirty is not None:
            made, changed = self.dirty.files(config, generated, levels)
            self.dirty.force(own, changed=changed, listing=page_memo.listing_marker(config))
        else:
            made = [
                File.generated(config, g.path, content=g.content, inclusion=levels[g.path])
                for g in generated
            ]
        for file in made:
            files.append(file)
        return files

    @event_priority(-100)  # after mkdocs-macros, so that its error reports are seen here
    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        failure = preview.macro_failure_in(markdown, page.file.src_uri)
        if failure is not None and self.serving:
            return preview.page_of_problems([failure], self.folder)
        if failure is not None:  # never publish mkdocs-macros' report with its traceback
            raise PluginError(f"Aborted: {failure.format()}")
        host = config.plugins.get("macros")
        if host is None or host.config.get("render_by_default", True):
            return None  # no macros at all, or every page is rendered: nothing to opt in to
        if page.file.generated_by is not None or page.meta.get("render_macros") is not None:
            return None
        called = macros.called_in(markdown)
        if called:
            log.warning(
                f"{page.file.src_uri}: uses the ladder macro{'s' * (len(called) > 1)} "
                f"{', '.join(called)} but does not opt in to macros; add "
                "`render_macros: true` to its front matter"
            )
        return None

    @event_priority(-100)  # what every plugin made of the page
    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if self.memo is not None:
            self.memo.remember(page)
        return None

    @event_priority(110)  # before the tags plugin's, which lists every page's tags
    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.serving:
            env.bytecode_cache = self.templates  # theme_cache.py
        if self.memo is not None:
            self.memo.restore(files, config)  # the pages a dirty build skipped (page_memo.py)
        return env

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Weigh the search index's entries by their own titles' scores, give the ladder's
        aliases a field of their own, and leave tags out (generator/site/search_index.py);
        in a dirty preview, with the entries of the pages the build skipped (page_memo.py)."""
        path = Path(config.site_dir) / SEARCH_INDEX
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        if self.memo is not None:
            index = self.memo.complete_search_index(index)
        aliases = search_index.aliases_of(self.ladder) if self.ladder else {}
        index = search_index.weigh(index, aliases, self.words)
        path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")

    # -- helpers ----------------------------------------------------------------------------
    def forget_dirty_pages(self) -> None:
        """Every page now shows the problems: once fixed, a dirty preview rebuilds them all."""
        if self.dirty is not None:
            self.dirty.reset()

    def loaded(self) -> Ladder:
        """The ladder on_config loaded; MkDocs runs on_config before every other build event."""
        if self.ladder is None:
            raise Abort("Aborted: the ladder plugin's on_config did not run")
        return self.ladder

    def ladder_path(self, config: MkDocsConfig) -> Path:
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return root / self.config.ladder_dir


def inclusion(path: str, in_nav: set[str]) -> InclusionLevel:
    """A generated page is in the menu or deliberately out of it; other files are neither."""
    if not path.endswith(".md"):
        return InclusionLevel.UNDEFINED
    return InclusionLevel.INCLUDED if path in in_nav else InclusionLevel.NOT_IN_NAV


def set_language(config: MkDocsConfig, language: str) -> None:
    """handbook.yml's `language` for the whole build: the generator's words, the theme's
    (and its text direction), and search, whose stemmer and stop words follow the theme's
    language once its own `lang` is left unset."""
    locale.activate(language)
    config.theme["language"] = language
    for name in ("search", "material/search"):
        search = config.plugins.get(name)
        if search is not None:
            search.config.lang = None


def page_templates(config: MkDocsConfig) -> Path | None:
    """The site's replacement page templates: templates/ladder/ in the theme's custom_dir."""
    custom_dir = config.theme.custom_dir
    if not custom_dir:
        return None
    overrides = Path(custom_dir) / docs_tree.TEMPLATE_OVERRIDES
    return overrides if overrides.is_dir() else None


def menu_order(file: File) -> int:
    """The page's `nav_order`; a page MkDocs cannot read is reported later, by MkDocs."""
    try:
        return navigation.nav_order(file.content_string)
    except (OSError, ValueError):
        return navigation.DEFAULT_NAV_ORDER


def report(problems: list[problem_list.Problem], *, strict: bool = True) -> None:
    """Errors as errors; warnings as warnings (failing `--strict`) only in a strict handbook."""
    for problem in problems:
        if problem.severity == "error":
            log.error(problem.format())
        elif strict:
            log.warning(problem.format())
        else:
            log.info(problem.format())
