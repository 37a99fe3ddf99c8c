"""Every text the self-assessment page's script shows or writes, as messages of the
generator's catalogue, and the table the page hands to the script in the build's language.

The script keeps no texts of its own: `t("review.heading")` (strings.js) looks its key up in
the `strings` table of the page's embedded JSON (`role_data()["strings"]`, from
`script_strings()`). Each key's English message is declared once, in one of this package's
modules (form.py, files.py, review.py), with `N_` (one text) or `NP_` (singular and plural),
and `%(name)s` fields, so `make messages` extracts them with the pages' own phrases and the
translators meet them in the same catalogue. Texts from the ladder (titles, names,
descriptors) and the formatting rules (script_wording.py) are not here. The punctuation of a
label and of a list of items is (`punctuation.label`, `punctuation.list`: the messages of
wording.py's `labelled` and `in_a_list`), so the script sets "Écart\u00a0: ..." and
"a\u00a0; b" in French as the pages do.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from generator import locale
from generator.locale import _, ngettext
from generator.site.script_strings import files, form, review

Message = str | tuple[str, str]
MESSAGES: dict[str, Message] = {**form.MESSAGES, **files.MESSAGES, **review.MESSAGES}
"""key -> English message: a text, or a (singular, plural) pair chosen by `count`."""

_FIELD = re.compile(r"%\((\w+)\)s|%%")
_SAMPLES = (*range(0, 200), 1000, 1000000)
"""Counts that show every plural category (CLDR) a language has for whole numbers."""


def braces(message: str) -> str:
    """A gettext message in the script's form: `%(name)s` -> `{name}`, `%%` -> `%`."""
    return _FIELD.sub(lambda m: "{" + m.group(1) + "}" if m.group(1) else "%", message)


def plural_forms(singular: str, plural: str) -> dict[str, str]:
    """CLDR plural category -> the catalogue's form for a count of that category.

    The script picks the category with `Intl.PluralRules` (the same CLDR rules), so each
    category is filled from one count that falls in it: in French "one" is the form of 0
    and 1, in German and English of 1 only; "other" is always there."""
    rules = Locale.parse(locale.language())
    forms: dict[str, str] = {}
    for count in _SAMPLES:
        category = rules.plural_form(count)
        if category not in forms:
            forms[category] = braces(ngettext(singular, plural, count))
    return forms


def script_strings() -> dict[str, str | dict[str, str]]:
    """key -> the text in the build's language, with `{name}` fields; a plural message as
    {category: text} (`one`, `other`, ...). Embedded in every self-assessment page, so it is
    worked out once per language (the catalogues themselves are loaded once, too)."""
    return _table(locale.language())


@functools.cache
def _table(language: str) -> dict[str, str | dict[str, str]]:
    return {
        key: braces(_(message)) if isinstance(message, str) else plural_forms(*message)
        for key, message in MESSAGES.items()
    }
