"""The generator's words in the handbook's language: gettext catalogues, compiled on load.

Every phrase the generator writes is an English message id marked for translation: in
templates with Jinja2's i18n extension (`{% trans %}`, `_()`), in Python with `_()`,
`ngettext()` and, for constants that are translated where they are used, `N_()`.
`pybabel extract -F babel.cfg` collects them into ladder.pot; each language keeps its
translations in <language>/LC_MESSAGES/ladder.po beside this file.

The `.po` files are the only source: they are compiled into catalogues in memory the first
time a language is used, so a binary `.mo` file can never lag behind its source. English is
the language of the message ids and needs no catalogue.

The language of the build in progress is held in a context variable (`use`), set once by
each entry point (page building, `ladder diff`, the macros of hand-written pages), so the
modules that write words need no extra argument to know the handbook's language.
"""

from __future__ import annotations

import contextvars
import functools
import gettext as _gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages import mofile, pofile

FOLDER = Path(__file__).parent
DOMAIN = "ladder"
SOURCE_LANGUAGE = "en"
TEMPLATE = FOLDER / f"{DOMAIN}.pot"

_active: contextvars.ContextVar[str] = contextvars.ContextVar(
    "ladder_language", default=SOURCE_LANGUAGE
)


def catalogue_path(language: str) -> Path:
    return FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def available() -> tuple[str, ...]:
    """Every language the generator can write: English and each language with a catalogue."""
    found = {p.parent.parent.name for p in FOLDER.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(found | {SOURCE_LANGUAGE}))


def unknown_language_message(language: str) -> str:
    return (
        f'the generator has no catalogue for the language "{language}"; '
        f"available languages: {', '.join(available())}"
    )


@functools.cache
def translations(language: str) -> _gettext.NullTranslations:
    """The compiled catalogue of one language (English: the message ids themselves)."""
    if language == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    if language not in available():
        raise LookupError(unknown_language_message(language))
    with catalogue_path(language).open("rb") as source:
        catalogue = pofile.read_po(source, locale=language, domain=DOMAIN)
    binary = io.BytesIO()
    mofile.write_mo(binary, catalogue)
    binary.seek(0)
    return _gettext.GNUTranslations(binary)


@contextmanager
def use(language: str) -> Iterator[None]:
    """Write every word inside the block in `language`."""
    token = _active.set(language)
    try:
        yield
    finally:
        _active.reset(token)


def activate(language: str) -> None:
    """Write every later word in `language` (for a MkDocs build, which has no one block)."""
    _active.set(language)


def language() -> str:
    """The language words are written in now."""
    return _active.get()


def gettext(message: str) -> str:
    if not message:
        return message  # gettext("") is the catalogue's header, never a phrase
    return translations(_active.get()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return translations(_active.get()).ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a constant for extraction; it is translated where it is used, with `_()`."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular and plural pair for extraction; translated with `ngettext()`."""
    return singular, plural


_ = gettext
