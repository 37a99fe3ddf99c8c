"""The site settings the handbook adds to a site's own: its name and description, theme data
and, for a staged project, the whole configuration an engine reads without the handbook's
plugin.

The name and description come from `handbook.yml`, so a new handbook made by `ladder init`
(or any ladder dropped into `ladder/`) names its own organisation and never the example's.
`mkdocs.yml` leaves `site_name` empty and `site_description` out; the MkDocs plugin and the
staged configuration then fill them in from here. A site that writes its own keeps it.

The MkDocs plugin puts `theme_data` into `config.extra.ladder` at every build (the version
stamp and print addresses in overrides/main.html read it); `ladder stage` writes the same into
the staged project's mkdocs.yml, with the navigation the plugin builds and every generated
page that the menu leaves out listed under `not_in_nav`. Plain data in, plain data out.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from typing import Any

from generator import locale
from generator.ladder import Ladder
from generator.model.handbook import Handbook
from generator.site import addresses, wording

HANDBOOK_PLUGINS = ("ladder", "macros")
"""Plugins a staged project does without: the pages they would make or expand are staged."""
STAGED_DOCS = "docs"
STAGED_THEME = "overrides"


def site_name(handbook: Handbook) -> str:
    """The site's title, in the browser tab and the page header, in the handbook's language."""
    with locale.use(handbook.language):
        return wording.site_title(handbook.organisation.name)


def site_description(handbook: Handbook) -> str:
    """The description search engines and link previews show, in the handbook's language."""
    with locale.use(handbook.language):
        return wording.site_summary(handbook.organisation.name)


def theme_data(ladder: Ladder) -> dict[str, Any]:
    """What the theme shows on every page: the ladder's version, linked to its changelog
    entry, the organisation's name, and the stamp's words in the handbook's language."""
    with locale.use(ladder.handbook.language):
        stamp = wording.stamp(ladder.handbook.organisation.name)
    return {
        "version": ladder.version,
        "organisation": ladder.handbook.organisation.name,
        "changelog_anchor": addresses.version_anchor(ladder.version),
        "stamp": stamp,
    }


def staged_config(
    source: Mapping[str, Any],
    ladder: Ladder,
    nav: list[Any] | None,
    out_of_menu: Iterable[str],
) -> dict[str, Any]:
    """The site's own settings, made self-contained: docs and theme folders inside the staged
    project, no handbook plugin, the navigation and theme data the plugin would add.

    `nav`: the navigation to write (None keeps the site's own `nav`, if it has one).
    `out_of_menu`: patterns (as `not_in_nav` reads them) for generated pages the menu leaves
    out, so a strict build does not warn about them.
    """
    config = {key: value for key, value in source.items() if key not in ("INHERIT", "hooks")}
    if not str(config.get("site_name") or "").strip():
        config["site_name"] = site_name(ladder.handbook)
    if config.get("site_description") is None:
        config["site_description"] = site_description(ladder.handbook)
    config["docs_dir"] = STAGED_DOCS
    config["site_dir"] = "site"
    theme = source.get("theme")
    if isinstance(theme, Mapping):
        theme = dict(theme)
        if theme.get("custom_dir"):
            theme["custom_dir"] = STAGED_THEME
        theme["language"] = ladder.handbook.language  # handbook.yml's, as the plugin sets it
        config["theme"] = theme
    config["plugins"] = _without_handbook_plugins(source.get("plugins"))
    if nav is not None:
        config["nav"] = nav
    lines = [line for line in str(source.get("not_in_nav") or "").splitlines() if line.strip()]
    config["not_in_nav"] = "\n".join([*lines, *out_of_menu]) + "\n"
    extra = dict(source.get("extra") or {})
    extra["ladder"] = theme_data(ladder)
    config["extra"] = extra
    return config


def _without_handbook_plugins(plugins: Any) -> Any:
    if isinstance(plugins, Mapping):
        return {name: value for name, value in plugins.items() if name not in HANDBOOK_PLUGINS}
    if isinstance(plugins, list):
        kept = []
        for item in plugins:
            name = next(iter(item)) if isinstance(item, Mapping) and item else item
            if name not in HANDBOOK_PLUGINS:
                kept.append(item)
        return kept
    return plugins


def out_of_menu_patterns(pages: Mapping[str, bool]) -> list[str]:
    """`not_in_nav` patterns covering every page not in the menu, and no page in it.

    `pages` maps each page's path (relative to the docs folder) to whether the menu lists it.
    A whole folder is named when no page under it is in the menu, so a ladder of 300 roles
    needs one line per role rather than one per page.
    """
    listed_below: set[str] = set()
    for path, in_menu in pages.items():
        if in_menu:
            folder = posixpath.dirname(path)
            while folder:
                listed_below.add(folder)
                folder = posixpath.dirname(folder)
    patterns: set[str] = set()
    for path, in_menu in pages.items():
        if in_menu:
            continue
        top = ""
        folder = posixpath.dirname(path)
        while folder and folder not in listed_below:
            top = folder
            folder = posixpath.dirname(folder)
        patterns.add(f"/{top}/" if top else f"/{path}")
    return sorted(patterns)
