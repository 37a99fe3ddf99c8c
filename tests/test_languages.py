"""A French and a German handbook: every word the generator writes is in that language, and
numbers, amounts and dates are written the way the language writes them.

The English phrases come from the catalogue template (ladder.pot), so a phrase added to a
template without a translation, or a word written past the catalogue, shows up here as
English on a French or German page.
"""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from generator import locale
from generator.site.pages import build_pages
from generator.validate.folder import load_ladder

FIXTURES = Path(__file__).parent / "fixtures"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
SEPARATORS = re.compile(r"[\[\]()*:;,.!?{}\"'/]|\s-\s")
SAME_IN_BOTH = {
    "fr": {
        "Certifications",
        "Date",
        "KPI",
        "Management",
        "Manager",
        "Matrices",
        "Promotion",
        "Signature",
        "Format",
        "Version %(version)s",
        "version",
        "promotion",
        "ratio",
        "score",
        "%(value)s:",
        "%(number)s / %(max)s",
        "{amount} {per_period}",
        # the self-assessment script's (generator/site/script_strings/)
        "x|×",
        "%(currency)s",
        "%(label)s (%(source)s)",
        "%(rater)s (%(name)s)",
    },
    "de": {
        "KPI",
        "Mentoring",
        "Name",
        "Version %(version)s",
        "%(ratio)sx",
        "%(value)s:",
        "%(number)s / %(max)s",
        "%(competency)s: **%(level)s**",
        "%(label)s:",
        "KPIs",
        "; ",
        "[%(name)s](%(url)s):",
        "**%(kpi)s** (%(direction)s): %(measurement)s",
        "{amount} {per_period}",
        # the self-assessment script's (generator/site/script_strings/)
        "x|×",
        "%(currency)s",
        "Problem: ",
        "%(label)s (%(source)s)",
        "%(role)s: %(summary)s",
        ":",
        "%(rater)s (%(name)s)",
    },
}
"""Messages whose translation is, rightly, the English text itself (a loan word or a name)."""


@functools.cache
def english_phrases(language: str) -> list[str]:
    """Every piece of English text between the placeholders of every message that the
    language translates differently, at least two words or one word of four letters."""
    with locale.TEMPLATE.open("rb") as source:
        template = read_po(source)
    translations = locale.translations(language)
    phrases: set[str] = set()
    for message in template:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        if isinstance(message.id, tuple):
            same = translations.ngettext(ids[0], ids[1], 2) == ids[1]
        else:
            same = translations.gettext(ids[0]) == ids[0]
        if same:
            assert ids[0] in SAME_IN_BOTH[language], (
                f"{language}: {ids[0]!r} is not translated (or add it to SAME_IN_BOTH)"
            )
            continue
        translated = (
            " ".join(translations.ngettext(ids[0], ids[1], n) for n in (1, 2))
            if isinstance(message.id, tuple)
            else translations.gettext(ids[0])
        )
        for text in ids:
            for part in SEPARATORS.split(PLACEHOLDER.sub("|", text)):
                for piece in part.split("|"):
                    piece = piece.strip()
                    if len(piece) >= 4 and not piece.isdigit() and piece not in translated:
                        phrases.add(piece)
    return sorted(phrases, key=len, reverse=True)


@functools.cache
def phrase_patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """english_phrases(language), each with its pattern (the phrase as whole words) compiled
    once: there are more phrases than `re` keeps compiled, so searching by their text compiled
    every pattern again on every page."""
    return [(p, re.compile(rf"(?<!\w){re.escape(p)}(?!\w)")) for p in english_phrases(language)]


def english_in(language: str, text: str) -> list[str]:
    """The phrases of english_phrases(language) that `text` holds as whole words."""
    return [phrase for phrase, pattern in phrase_patterns(language) if pattern.search(text)]


def readable(markdown: str) -> str:
    """The words of a page: without link targets, anchors, ids, the script's data, the front
    matter's keys and the names of HTML and SVG tags (`<text>` is no word of a page)."""
    text = re.sub(r"data-role-data='[^']*'", "", markdown)
    text = re.sub(r"^title:", "", text, flags=re.MULTILINE)
    text = re.sub(r"<(/?)[a-zA-Z][\w-]*", r"<\1", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\{ #[^}]*\}|\{: [^}]*\}|\{ \.[^}]*\}", "", text)
    text = re.sub(
        r'\b(?!aria-label=|placeholder=)[\w-]+="[^"]*"',
        "",
        text,
    )
    return re.sub(
        r"^(render_macros|template|hide|tags):.*$|^  - (navigation|toc)$",
        "",
        text,
        flags=re.MULTILINE,
    )


@functools.cache
def pages(language: str) -> dict[str, str]:
    ladder, problems = load_ladder(FIXTURES / f"ladder-{language}")
    assert ladder is not None, problems
    assert ladder.handbook.language == language
    return {page.path: page.content for page in build_pages(ladder)}


FIXED_SEGMENTS = {
    "roles",
    "to",
    "expectations",
    "self-assessment",
    "tracks",
    "map",
    "competencies",
    "matrices",
    "kpis",
    "values",
    "changelog",
    "index.md",
}


def page_kind(path: str) -> str:
    """ "/roles/X/to/X/index.md" for "roles/rep/to/senior-rep/index.md"."""
    return "/" + "/".join(part if part in FIXED_SEGMENTS else "X" for part in path.split("/"))


TRANSLATED_KINDS = {
    "/map/index.md",
    "/changelog/index.md",
    "/matrices/index.md",
    "/matrices/X/index.md",
    "/roles/index.md",
    "/roles/X/index.md",
    "/tracks/index.md",
    "/tracks/X/index.md",
    "/competencies/index.md",
    "/competencies/X/index.md",
    "/kpis/index.md",
    "/values/index.md",
    "/roles/X/to/X/index.md",
    "/roles/X/expectations/index.md",
    "/roles/X/self-assessment/index.md",
}
"""Page kinds whose templates are translated: now every kind the generator writes. Every page
kind is in both fixtures (the test below), so a kind missing here is a choice."""


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_fixture_has_every_page_kind_the_generator_writes(language: str) -> None:
    english, problems = load_ladder(FIXTURES / "rich")
    assert english is not None, problems
    every_kind = {page_kind(page.path) for page in build_pages(english)}
    assert every_kind == TRANSLATED_KINDS
    assert {page_kind(path) for path in pages(language)} == every_kind


@pytest.mark.parametrize("language", ["fr", "de"])
def test_no_english_phrase_of_the_generator_is_left_on_translated_page_kinds(
    language: str,
) -> None:
    built = {p: md for p, md in pages(language).items() if page_kind(p) in TRANSLATED_KINDS}
    assert {page_kind(path) for path in built} == TRANSLATED_KINDS
    phrases = english_phrases(language)
    assert "track by track" in phrases and "Every move" in phrases
    left = {}
    for path, markdown in built.items():
        found = english_in(language, readable(markdown))
        if found:
            left[path] = found
    assert not left, f"English left on {language} pages: {left}"


def test_the_check_finds_english_when_a_phrase_is_not_translated() -> None:
    def found(text: str) -> set[str]:
        return set(english_in("fr", text))

    page = readable(pages("fr")["map/index.md"])
    assert found(page) == set()
    assert {"Every move", "track by track"} <= found(page + "\n## Every move, track by track\n")


NNBSP, NBSP = "\u202f", "\u00a0"


def test_french_numbers_amounts_durations_and_dates() -> None:
    built = pages("fr")
    role = built["roles/commercial/index.md"]
    assert f"38{NNBSP}000{NBSP}€" in role
    assert f"36{NNBSP}500{NBSP}€" in role
    assert f"100{NBSP}%" in role
    assert "8,5 / 10" in role
    assert f"3,0{NBSP}x" in role
    assert "45 jours" in role
    assert "1 à 2 ans" in role
    assert "EUR" not in role and "38,000" not in role
    assert "En vigueur depuis le 14 septembre 2026." in built["changelog/index.md"]
    assert "Carte de la grille" in built["map/index.md"]


def test_german_numbers_amounts_durations_and_dates() -> None:
    built = pages("de")
    role = built["roles/commercial/index.md"]
    assert f"38.000{NBSP}€" in role
    assert f"36.500{NBSP}€" in role
    assert f"100{NBSP}%" in role
    assert "8,5 / 10" in role
    assert "3,0x" in role
    assert "45 Tage" in role
    assert "1 bis 2 Jahre" in role
    assert "Gültig seit 14. September 2026." in built["changelog/index.md"]


def test_french_role_page_facts_targets_and_durations() -> None:
    role = pages("fr")["roles/commercial/index.md"]
    senior = pages("fr")["roles/commercial-senior/index.md"]
    assert f"- **Durée habituelle dans le poste{NBSP}:** 1 à 2 ans\n" in role
    assert f"- **Quota{NBSP}:** ce poste porte un quota\n" in role
    assert f"- **Durée habituelle dans le poste{NBSP}:** jusqu’à 3 ans\n" in senior
    assert f"**Objectif{NBSP}:** 100{NBSP}%, mesuré chaque trimestre (plus c’est élevé" in role
    assert f"**Objectif{NBSP}:** 38{NNBSP}000{NBSP}€ par an (plus c’est élevé" in role
    assert f"**Maximum acceptable{NBSP}:** 60 jours\n" in role  # lower is better
    assert f"**Minimum acceptable{NBSP}:** 80{NBSP}%\n" in role
    assert f"mois 1{NBSP}: 25{NBSP}%{NBSP}; mois 2{NBSP}: 50{NBSP}%" in role
    assert "Suivi chaque semestre." in role
    assert f"**Objectif{NBSP}:** 1 jour, mesuré chaque semestre" in senior  # singular
    assert "- **Promotion** vers [Commercial senior](../commercial-senior/index.md)" in role
    assert "## Rémunération { #compensation }" in role  # the anchor stays English
    assert f"**Salaire fixe{NBSP}:** 60{NBSP}% de la rémunération à objectifs atteints" in role


def test_german_role_page_facts_targets_and_durations() -> None:
    role = pages("de")["roles/commercial/index.md"]
    senior = pages("de")["roles/commercial-senior/index.md"]
    assert "- **Übliche Verweildauer in der Rolle:** 1 bis 2 Jahre\n" in role
    assert "- **Quote:** diese Rolle trägt eine Vertriebsquote\n" in role
    assert f"**Zielwert:** 100{NBSP}%, jedes Quartal gemessen (höher ist besser)" in role
    assert "**Höchstwert:** 60 Tage\n" in role  # lower is better
    assert f"**Mindestwert:** 36.500{NBSP}€\n" in role
    assert f"Monat 1: 25{NBSP}%; Monat 2: 50{NBSP}%" in role
    assert "Wird jeden Monat überprüft." in role
    assert "**Zielwert:** 1 Tag, jedes Halbjahr gemessen" in senior  # singular
    assert "(übliche Dauer davor: 1 Monat)" in senior
    assert "(übliche Dauer davor: 2 bis 3 Jahre)" in senior
    assert "## Vergütung { #compensation }" in role


def test_french_index_track_competency_and_kpi_pages() -> None:
    built = pages("fr")
    track = built["tracks/vente/index.md"]
    assert "Filière de type «\u00a0Contributeur individuel\u00a0»." in track
    assert "## À qui s’adresse cette filière { #who-this-track-suits }" in track
    assert "| Poste | Niveau | Résumé | Durée habituelle dans le poste |" in track
    assert "| jusqu’à 3 ans |" in track and "| 1 à 2 ans |" in track
    assert "changement de filière vers la filière Encadrement d’équipe" in track
    kpis = built["kpis/index.md"]
    assert "- **Unité\u00a0:** score, de 0 à 10\n" in kpis
    assert "- **Suivi\u00a0:** hebdomadaire\n" in kpis
    assert "| Poste | Objectif | Maximum acceptable | Objectif ambitieux |" in kpis
    assert "| 45 jours | 60 jours |" in kpis and "| 1 jour |" in kpis
    crm = built["competencies/outils-crm/index.md"]
    assert "*Autres noms\u00a0: Outils commerciaux*" in crm
    assert "## Ce qui est attendu { #what-is-expected }" in crm
    assert "## Autres compétences { #other-competencies }" in built["competencies/index.md"]
    assert (
        "[requise](../../roles/directeur-commercial/index.md#outils-crm)"
        in (built["matrices/management/index.md"])
    )
    matrix = built["matrices/vente/index.md"]
    assert 'title: "Matrice de compétences\u00a0: Vente directe"' in matrix
    role = built["roles/directeur-commercial/index.md"]
    assert "[À propos de Maîtrise du CRM](../../competencies/outils-crm/index.md)." in role
    assert "- **Promotion** depuis [Chef d’équipe](../chef-equipe/index.md)\u00a0: [ce qui" in role
    values = built["values/index.md"]
    assert "Ce que défend Atelier Vente, et ce que chaque valeur signifie" in values
    assert "### Franchise dans chaque filière" in values


def test_german_index_track_competency_and_kpi_pages() -> None:
    built = pages("de")
    track = built["tracks/vente/index.md"]
    assert "Eine Fachlaufbahn. Alle ihre Kompetenzen stehen in der [Kompetenzmatrix" in track
    assert "## Rollen dieser Laufbahn { #roles-on-this-track }" in track
    assert "Laufbahnwechsel in die Laufbahn Teamführung" in track
    kpis = built["kpis/index.md"]
    assert "- **Einheit:** Punktwert, von 0 bis 10\n" in kpis
    assert "| Rolle | Zielwert | Höchstwert | Ambitionsziel |" in kpis
    assert "| 45 Tage | 60 Tage |" in kpis and "| 1 Tag |" in kpis
    assert f"| 38.000{NBSP}€ | 36.500{NBSP}€ |" in kpis
    assert "## Weitere Kompetenzen { #other-competencies }" in built["competencies/index.md"]
    role = built["roles/directeur-commercial/index.md"]
    assert "*Auch genannt: Vertriebsdirektor*" in role
    assert "[Über CRM-Kenntnisse](../../competencies/outils-crm/index.md)." in role
    assert built["roles/index.md"].startswith('---\ntitle: "Rollen"\n')


def test_the_macros_of_hand_written_pages_write_the_handbook_language() -> None:
    """`ladder stage` expands a page's macros in the handbook's language, as the MkDocs
    build does: the starter pages of `ladder init --language fr` use these."""
    from generator.site.macros import render_markdown

    ladder, _ = load_ladder(FIXTURES / "ladder-fr")
    assert ladder is not None
    page = "{{ review_cadence() }}\n\n{{ role_list() }}\n\n{{ track_roles('vente') }}\n"
    text = render_markdown(page, ladder, "reviews.md")
    assert text.startswith("| Entretien | Fréquence | Format | Participants | Compte pour")
    assert "| oui |" in text and "| non |" in text
    assert "(roles/commercial/index.md) (niveau 1, Vente directe)" in text
    assert "(roles/commercial-senior/index.md) (niveau 2)" in text
    track_list = render_markdown("{{ track_list() }}", ladder, "index.md")
    assert f"[Vente directe](tracks/vente/index.md){NBSP}: Conquérir" in track_list
    words = readable(text + track_list)
    left = english_in("fr", words)
    assert not left


def test_a_french_site_has_french_menus_search_and_stamp(tmp_path: Path) -> None:
    """The one setting reaches the theme: Material's language, search, the menu the
    plugin builds, the version stamp and the redirect pages of former ids."""
    from test_site_build import mkdocs_build, write_project

    ladder = tmp_path / "ladder"
    shutil.copytree(FIXTURES / "ladder-fr", ladder)
    role = ladder / "roles" / "commercial.yml"
    role.write_text(role.read_text(encoding="utf-8") + "former_ids:\n  - vendeur\n")
    pages = {"index.md": "# Accueil\n\nBienvenue.\n"}
    build = mkdocs_build(tmp_path, write_project(tmp_path, ladder=ladder, pages=pages))
    assert build.returncode == 0, build.output
    page = (build.site / "roles" / "commercial" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in page
    labels = {
        " ".join(html.unescape(m).split())
        for m in re.findall(r'<span class="md-ellipsis">(.*?)</span>', page, re.S)
    }
    menu = {"Accueil", "Carte", "Filières", "Matrice de compétences", "Tous les postes"}
    menu |= {"Compétences", "Matrices", "KPI", "Valeurs", "Historique des versions"}
    assert menu <= labels, menu - labels
    assert not {"Home", "Map", "Tracks", "All roles", "Values", "Changelog"} & labels
    stamp = re.search(r'<p class="ladder-stamp".*?</p>', page, re.S)
    assert stamp and "Atelier Vente — grille de carrière," in stamp.group(0)
    assert ">version\n" in stamp.group(0) or ">version " in stamp.group(0)
    index = json.loads((build.site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["fr"]
    moved = (build.site / "roles" / "vendeur" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in moved and "Cette page a changé d’adresse" in moved


def test_arabic_lays_out_right_to_left_with_english_words(tmp_path: Path) -> None:
    from test_site_build import mkdocs_build, write_project

    ladder = tmp_path / "ladder"
    shutil.copytree(FIXTURES / "ladder", ladder)
    handbook = ladder / "handbook.yml"
    handbook.write_text("language: ar\n" + handbook.read_text(encoding="utf-8"), "utf-8")
    build = mkdocs_build(
        tmp_path, write_project(tmp_path, ladder=ladder, pages={"index.md": "# Home\n"})
    )
    assert build.returncode == 0, build.output
    form = (build.site / "roles" / "rep" / "self-assessment" / "index.html").read_text("utf-8")
    assert '<html lang="ar"' in form and '<body dir="rtl"' in form
    assert "Export as JSON" in form  # no Arabic catalogue yet: the English words


def test_the_site_name_and_description_are_in_the_handbook_language() -> None:
    from generator.site.site_config import site_description, site_name

    ladder, _ = load_ladder(FIXTURES / "ladder-fr")
    assert ladder is not None
    assert site_name(ladder.handbook) == "Guide des carrières de Atelier Vente"
    assert "career" not in site_description(ladder.handbook).lower()
    assert "Atelier Vente" in site_description(ladder.handbook)
