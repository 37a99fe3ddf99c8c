"""Catalogues: every phrase the generator writes is in ladder.pot and translated in every
shipped language, with the same placeholders; and the `language:` setting picks them."""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from generator import locale
from generator.validate.folder import load_ladder

ROOT = Path(__file__).parent.parent
SHIPPED = ["de", "fr"]
"""Languages whose catalogue must be complete (ar is a right-to-left layout, words to come)."""
FIXTURE = ROOT / "tests" / "fixtures" / "ladder"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")
"""A named field: "%(role)s" for gettext's %-formatting, "{amount}" for `str.format`."""


@functools.cache
def extracted() -> dict[str, Message]:
    """What `make messages` (pybabel extract -F babel.cfg) finds now, by message id."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    catalogue = Catalog()
    keywords = {**DEFAULT_KEYWORDS, "N_": None, "NP_": (1, 2)}
    for _file, line, message, comments, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=keywords
    ):
        catalogue.add(message, None, [("", line)], auto_comments=comments, context=context)
    return {key(m): m for m in catalogue if m.id}


def key(message: Message) -> str:
    return message.id[0] if isinstance(message.id, tuple) else message.id


def read(path: Path, language: str | None = None) -> dict[str, Message]:
    with path.open("rb") as source:
        catalogue = read_po(source, locale=language)
    return {key(m): m for m in catalogue if m.id}


def test_the_template_holds_exactly_the_phrases_in_the_code() -> None:
    found, template = extracted(), read(locale.TEMPLATE)
    missing = sorted(set(found) - set(template))
    stale = sorted(set(template) - set(found))
    assert not missing and not stale, (
        f"ladder.pot is out of date (run `make messages`): missing {missing}, stale {stale}"
    )
    assert len(found) > 80  # the extraction really ran over templates and code


@pytest.mark.parametrize("language", [code for code in locale.available() if code != "en"])
def test_every_catalogue_holds_exactly_the_phrases_in_the_code(language: str) -> None:
    found = extracted()
    catalogue = read(locale.catalogue_path(language), language)
    missing = sorted(set(found) - set(catalogue))
    stale = sorted(set(catalogue) - set(found))
    assert not missing and not stale, (
        f"{language}: run `make messages` and translate: missing {missing}, stale {stale}"
    )


@pytest.mark.parametrize("language", SHIPPED)
def test_every_phrase_is_translated_with_the_same_placeholders(language: str) -> None:
    catalogue = read(locale.catalogue_path(language), language)
    for msgid, message in catalogue.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{language}: {msgid!r} has no translation"
        assert not message.fuzzy, f"{language}: {msgid!r} is marked fuzzy; review it"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        wanted = set().union(*(fields(i) for i in ids))
        for text in strings:
            assert fields(text) <= wanted | {"num"}, (language, msgid, text)
            if not isinstance(message.id, tuple):
                assert fields(text) == wanted, (language, msgid, text)


def fields(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def test_the_check_sees_a_lost_or_renamed_field() -> None:
    assert fields("%(amount)s par %(period)s") == {"amount", "period"}
    assert fields("{amount} en moyenne, mesuré {each_period}") == {"amount", "each_period"}
    assert fields("{amount} en moyenne") != fields("{amount} on average, {each_period}")


def test_make_messages_leaves_the_committed_catalogues_as_they_are(tmp_path: Path) -> None:
    """What `make messages` writes, run on a copy: the template and every catalogue must come
    out byte for byte as committed. Beyond the message ids compared above, this sees a
    message kept in the wrong place, a changed plural form or flag, and a header that the
    next `make messages` would rewrite, any of which would show up in someone else's diff."""
    from generator.tools.messages import sync

    copy = tmp_path / "locale"
    shutil.copytree(locale.FOLDER, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    sync(copy)
    committed = sorted(p.relative_to(locale.FOLDER) for p in locale.FOLDER.rglob("*.po*"))
    assert committed == sorted(p.relative_to(copy) for p in copy.rglob("*.po*"))
    changed = [
        str(path)
        for path in committed
        if (copy / path).read_bytes() != (locale.FOLDER / path).read_bytes()
    ]
    assert not changed, f"`make messages` would rewrite {changed}: run it and commit the result"


def test_the_catalogue_changes_the_words_and_plural_forms() -> None:
    singular, plural = "At least %(num)d month as %(role)s.", "At least %(num)d months as %(role)s."
    with locale.use("de"):
        assert locale.gettext("Tracks") == "Laufbahnen"
        assert locale.ngettext(singular, plural, 1).startswith("Mindestens %(num)d Monat ")
        assert locale.ngettext(singular, plural, 2).startswith("Mindestens %(num)d Monate ")
    with locale.use("fr"):
        assert locale.gettext("Tracks") == "Filières"
    assert locale.gettext("Tracks") == "Tracks"
    assert locale.gettext("") == ""


@pytest.mark.parametrize(("language", "assessment"), [("fr", "évaluation"), ("de", "einschätzung")])
def test_the_rater_self_names_the_person_not_the_assessment(language: str, assessment: str) -> None:
    """ "Self" names who rated, beside "Manager": the page script writes it after "Rated by:",
    in the label of a comparison column and as the subject of "... rates 1 step higher". So
    it is the person, never the word for the self-assessment itself ("Évalué par :
    Auto-évaluation" names no one)."""
    with locale.use(language):
        rater = locale.gettext("Self")
    assert rater != "Self" and assessment not in rater.lower()


def test_an_unknown_language_is_an_error_listing_the_available_ones(tmp_path: Path) -> None:
    ladder_dir = tmp_path / "ladder"
    shutil.copytree(FIXTURE, ladder_dir)
    handbook = ladder_dir / "handbook.yml"
    text = handbook.read_text(encoding="utf-8")
    text = text.replace("organisation:", "language: xx\norganisation:", 1)
    handbook.write_text(text, encoding="utf-8")
    ladder, problems = load_ladder(ladder_dir)
    assert [p.message for p in problems] == [
        'the generator has no catalogue for the language "xx"; '
        f"available languages: {', '.join(locale.available())}"
    ]
    assert (problems[0].line, problems[0].column) == (
        text.splitlines().index("language: xx") + 1,
        11,
    )
    assert ladder is None
    assert {"en", "fr", "de"} <= set(locale.available())
