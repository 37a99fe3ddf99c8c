"""Render: one Jinja2 environment that turns page data into Markdown.

The output is Markdown, where HTML escaping is not enough (a `|` breaks a table, `!!!` opens
an admonition), so the environment guards twice: its `finalize` hook refuses any plain `str`
that reaches the page unless it is an id (a slug, inert by construction), and every string
from the YAML must therefore pass through the `plain` or `prose` filter (generator/site/text.py),
which return `Markup`. Forgetting the filter fails the build instead of publishing an
editor's text as Markdown. Autoescape is on only so that macros return `Markup` and `join`
keeps that mark; its HTML escaping never sees a raw string, because `finalize` runs first.

Templates live in generator/site/templates/; a folder given as `overrides` (a site's
overrides/templates/ladder/) is searched first, so a handbook can replace one template, or
one block of one template by extending the built-in file through its `builtin/` prefix.
"""

from __future__ import annotations

import functools
import json
import posixpath
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator import locale
from generator.site import wording
from generator.site.formatted import formatted, in_one_line
from generator.site.sections import section
from generator.site.text import plain, prose

TEMPLATES = Path(__file__).parent / "templates"
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_BLANK_LINES = re.compile(r"\n{3,}")
_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class UnsafeTextError(TypeError):
    """A template printed a string that went through neither `plain` nor `prose`."""


def _finalize(value: Any) -> Any:
    if isinstance(value, Markup) or value is None:
        return "" if value is None else value
    if isinstance(value, bool):
        raise UnsafeTextError(f"a template printed the flag {value!r}; write words instead")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _SLUG.fullmatch(value):
        return value
    raise UnsafeTextError(
        f"a template printed {value!r} without the plain or prose filter; "
        "text from the ladder must pass through one of them"
    )


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept for the life of the process, each under the checksum of its
    source: `mkdocs serve` rebuilds compile only templates that changed (compiling every
    template again took about a third of rendering the pages)."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)  # Jinja discards it if the checksum differs

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.store.clear()


COMPILED = _CompiledTemplates()


def environment(overrides: Path | None = None) -> jinja2.Environment:
    """The one environment for every page; `overrides` is searched before the built-ins."""
    loaders: list[jinja2.BaseLoader] = []
    if overrides is not None and overrides.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(overrides)))
    builtin = jinja2.FileSystemLoader(str(TEMPLATES))
    loaders.append(builtin)
    loader = jinja2.ChoiceLoader(
        [*loaders, jinja2.PrefixLoader({"builtin": builtin}, delimiter="/")]
    )
    env = jinja2.Environment(
        loader=loader,
        extensions=["jinja2.ext.i18n"],
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=COMPILED,
    )
    env.filters.update(
        plain=plain,
        prose=prose,
        formatted=formatted,
        formatted_line=in_one_line,
        json_script=json_script,
        yaml_string=yaml_string,
        months=lambda low, high: Markup(wording.months(low, high)),
        num=lambda value: Markup(wording.number(value)),
        percent=lambda value: Markup(wording.percent(value)),
        date=lambda value: Markup(wording.date(value)),
        join=join,
    )
    # Filters that would mark text as safe after HTML escaping only (or none at all): in
    # Markdown that is not safe, so templates cannot reach for them.
    for name in ("safe", "e", "escape", "forceescape", "urlize", "xmlattr", "tojson"):
        env.filters.pop(name, None)
    env.globals.update(measure=wording.measure, section=section)
    install_translations(env)
    return env


def install_translations(env: jinja2.Environment) -> None:
    """`{% trans %}`, `_()` and `ngettext()` in the language of the build (generator.locale).

    Newstyle gettext: a template passes its values as keywords and the catalogue's text is
    formatted with them, so a translator can reorder them. Each value goes through the same
    `finalize` check as any printed value: a translated sentence cannot smuggle in ladder
    text that skipped the `plain` or `prose` filter. A trans block's whitespace is collapsed
    (the `trimmed` policy), so a message id is one line however the template wraps it.
    """

    @jinja2.pass_context
    def gettext(context: jinja2.runtime.Context, message: str, **values: Any) -> Markup:
        return _format(locale.gettext(message), values)

    @jinja2.pass_context
    def ngettext(
        context: jinja2.runtime.Context, singular: str, plural: str, count: int, **values: Any
    ) -> Markup:
        values.setdefault("num", count)
        return _format(locale.ngettext(singular, plural, count), values)

    def title_text(message: str, **values: str) -> str:
        """A page title: plain text for the front matter (`yaml_string` escapes it there)."""
        return locale.gettext(message) % values

    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(
        gettext=gettext, _=gettext, ngettext=ngettext, title_text=title_text, heading_id=heading_id
    )
    env.policies["ext.i18n.trimmed"] = True


def heading_id(anchor: str) -> Markup:
    """A fixed heading's anchor, the same in every language, so links into a section
    (`#compensation`) work whatever the handbook's language. In English the heading's own
    text gives that anchor already, so nothing is added."""
    if locale.language() == locale.SOURCE_LANGUAGE:
        return Markup("")
    return Markup(f" {{ #{anchor} }}")


def _format(text: str, values: Mapping[str, Any]) -> Markup:
    checked = {name: _finalize(value) for name, value in values.items()}
    return Markup(text) % checked


def join(items: Any, separator: str = "") -> Markup:
    """Jinja's join, minus its quiet HTML-only escaping: every item must already be Markup."""
    parts = [_finalize(item) for item in items]
    return Markup(separator).join(str(part) if isinstance(part, int) else part for part in parts)


def render_page(
    env: jinja2.Environment, template: str, path: str, context: Mapping[str, Any]
) -> str:
    """The Markdown of one page; `path` is the page's own address, for relative links."""

    def link(target: str, anchor: str | None = None) -> Markup:
        return relative_link(path, target, anchor)

    text = env.get_template(template).render({**context, "page_path": path, "link": link})
    return tidy(text)


def tidy(markdown: str) -> str:
    """At most one blank line in a row and exactly one final newline: stable, readable output."""
    lines = [line.rstrip() for line in markdown.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def relative_link(source: str, target: str, anchor: str | None = None) -> Markup:
    """A link from one generated page to another, relative, to the target's .md source.

    Markdown links to source files let `mkdocs build --strict` check every link and anchor.
    Paths are built from ids only, so the result needs no escaping.
    """
    rel = _relative(posixpath.dirname(source), target)
    return Markup(f"{rel}#{anchor}" if anchor else rel)


@functools.lru_cache(maxsize=131072)
def _relative(folder: str, target: str) -> str:
    """posixpath.relpath for docs-relative paths, without its filesystem lookups (hot path)."""
    here = folder.split("/") if folder else []
    there = target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def relative_url(source: str, target: str) -> Markup:
    """A browser URL (directory style) from one page to another, for raw HTML like the map.

    MkDocs rewrites Markdown links, not links inside raw HTML, so raw HTML points at the
    built address: "roles/rep/index.md" is served as "roles/rep/".
    """

    def folder(path: str) -> str:
        return posixpath.dirname(path) if path.endswith("index.md") else path[: -len(".md")]

    rel = posixpath.relpath(folder(target) or ".", folder(source) or ".")
    return Markup("./" if rel == "." else f"{rel}/")


def json_script(data: Any) -> Markup:
    """JSON safe inside <script type="application/json">: no text can close the tag."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return Markup(text)


def yaml_string(text: str) -> Markup:
    """A front-matter string. The theme prints titles and tags without escaping, so the text
    is HTML-escaped first, then written as a double-quoted (JSON-compatible) YAML scalar."""
    text = str(text)  # a translated title is Markup, whose replace() would escape twice
    escaped = (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )
    # Line breaks and runs of spaces become one space; a no-break space (French "titre : X")
    # is a character the text means, and stays.
    escaped = " ".join(_ASCII_SPACE.split(escaped.strip(" \t\r\n\f\v")))
    return Markup(json.dumps(escaped, ensure_ascii=False))
