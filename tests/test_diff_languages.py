"""`ladder diff` in the handbook's language: a French or a German ladder pair is summarised in
French or German, with the language's plurals and number formats, and no English phrase of the
generator's catalogue is left (the check of tests/test_languages.py).
"""

from __future__ import annotations

import re
import shutil
import typing
from pathlib import Path

import pytest
from conftest import FIXTURE
from pydantic import BaseModel
from test_languages import english_in, english_phrases, readable

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.tools.diff import Change, Comparison, render, summarise
from generator.validate.folder import load_ladder

TESTS = Path(__file__).parent


def ladder_of(path: Path) -> Ladder:
    ladder, problems = load_ladder(path)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


# -- summaries in French and German ----------------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"
LANGUAGE_FIXTURES = TESTS / "fixtures"


def edited_ladder(tmp_path: Path, language: str, *, senior_title: str | None = None) -> Path:
    """The French or German fixture ladder with a new version, a raised competency, a new
    target and ramp milestone, a shorter typical time and, if given, a new senior title."""
    folder = tmp_path / f"ladder-{language}"
    shutil.copytree(LANGUAGE_FIXTURES / f"ladder-{language}", folder)

    def edit(name: str, old: str, new: str) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    edit(
        "handbook.yml",
        'version: "2.1"\nchangelog:\n',
        'version: "2.2"\nchangelog:\n  - version: "2.2"\n    date: 2026-11-02\n'
        "    summary: Nouveaux objectifs.\n",
    )
    edit("roles/commercial.yml", "  decouverte: notions", "  decouverte: autonome")
    edit("roles/commercial.yml", "    target: 38000", "    target: 40000")
    edit("roles/commercial.yml", "        target: 50", "        target: 60")
    edit("roles/commercial.yml", "  max_months: 24", "  max_months: 18")
    if senior_title is not None:
        edit("roles/commercial-senior.yml", "\ntitle: ", f"\ntitle: {senior_title} ")
    return folder


EXPECTED_LINES = {
    "fr": [
        "## Modifications de la grille",
        f"Version de la grille{NBSP}: 2.1 → 2.2",
        f"Note de la version 2.2{NBSP}: Nouveaux objectifs.",
        "| | ajouts | suppressions | renommages | modifications |",
        "| Postes | 0 | 0 | 1 | 1 |",
        "### Postes",
        f"- durée habituelle{NBSP}: 1 à 2 ans → 12 à 18 mois",
        f"- compétence «{NBSP}Découverte{NBSP}»{NBSP}: Notions → Autonome",
        f"- KPI «{NBSP}Atteinte du quota{NBSP}», objectif de montée en puissance au mois 2"
        f"{NBSP}: 50{NBSP}% → 60{NBSP}%",
        f"- KPI «{NBSP}Nouveau revenu annuel{NBSP}», objectif{NBSP}: "
        f"38{NNBSP}000{NBSP}€ → 40{NNBSP}000{NBSP}€",
        f"- intitulé{NBSP}: Commercial senior → Grand Commercial senior",
        "### Pages dont le contenu change",
    ],
    "de": [
        "## Änderungen am Karrieremodell",
        "Version des Karrieremodells: 2.1 → 2.2",
        "Hinweis zur Version 2.2: Nouveaux objectifs.",
        "| | hinzugefügt | entfernt | umbenannt | geändert |",
        "| Rollen | 0 | 0 | 1 | 1 |",
        "### Rollen",
        "- übliche Dauer: 1 bis 2 Jahre → 12 bis 18 Monate",
        "- Kompetenz „Bedarfsanalyse“: Grundlagen → Selbstständig",
        f"- KPI „Quotenerreichung“, Einarbeitungsziel im Monat 2: 50{NBSP}% → 60{NBSP}%",
        f"- KPI „Neuer Jahresumsatz“, Zielwert: 38.000{NBSP}€ → 40.000{NBSP}€",
        "- Titel: Senior-Vertriebsmitarbeiter → Grand Senior-Vertriebsmitarbeiter",
        "### Seiten, deren Inhalt sich ändert",
    ],
}


def generator_words(summary: str) -> str:
    """The summary without ids and addresses (`code`) and without the page titles of its
    list of pages: those come from the page templates, whose words are not the summary's."""
    untitled = re.sub(r"^- .*? \(`/", "- (`/", summary, flags=re.MULTILINE)
    return re.sub(r"`[^`]*`", "", untitled)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_a_summary_is_written_in_the_language_of_the_new_ladder(
    tmp_path: Path, language: str
) -> None:
    old = ladder_of(LANGUAGE_FIXTURES / f"ladder-{language}")
    new = ladder_of(edited_ladder(tmp_path, language, senior_title="Grand"))
    summary = summarise(old, new)
    lines = summary.splitlines()
    missing = [line for line in EXPECTED_LINES[language] if line not in lines]
    assert not missing, summary
    words = readable(generator_words(summary))
    left = english_in(language, words)
    assert not left, f"English left in the {language} summary: {left}"


def test_the_english_check_of_summaries_finds_an_english_phrase(tmp_path: Path) -> None:
    summary = generator_words("- (`/roles/x/`): reads differently\n- id renamed: `a` → `b`")
    found = {p for p in english_phrases("fr") if p in readable(summary)}
    assert {"reads differently", "id renamed"} <= found


def test_the_language_is_the_new_ladders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An English ladder turned French is summarised in French, by the command as well."""
    english = tmp_path / "english"
    shutil.copytree(FIXTURE, english)
    french = tmp_path / "french"
    shutil.copytree(FIXTURE, french)
    handbook = french / "handbook.yml"
    handbook.write_text("language: fr\n" + handbook.read_text(encoding="utf-8"), "utf-8")
    assert main(["diff", str(english), str(french)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Modifications de la grille\n")
    assert f"- langue{NBSP}: en → fr" in out.splitlines()
    assert main(["diff", str(french), str(english)]) == 0
    assert capsys.readouterr().out.startswith("## Ladder changes\n")


def one_change(pages: int, language: str) -> str:
    from generator.tools.diff.pages import PageChange

    change = Change("role", "rep", "Rep", "changed", "level", "1", "2")
    listed = tuple(PageChange(f"/roles/r{n}/", f"R{n}", "changed") for n in range(pages))
    return render(Comparison("1", "1", None, (change,), listed, language))


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 page of the handbook changes,", "2 pages of the handbook change,"),
        ("fr", "1 page du guide change,", "2 pages du guide changent,"),
        ("de", "1 Seite des Handbuchs ändert sich,", "2 Seiten des Handbuchs ändern sich,"),
    ],
)
def test_the_count_of_pages_takes_the_languages_plural(language: str, one: str, two: str) -> None:
    assert one in one_change(1, language)
    assert two in one_change(2, language) and one not in one_change(2, language)


@pytest.mark.parametrize(
    ("language", "more"),
    [("en", "- and 1 more"), ("fr", "- et 1 autre"), ("de", "- und 1 weitere")],
)
def test_a_long_list_of_pages_is_cut_in_the_languages_words(language: str, more: str) -> None:
    from generator.tools.diff.markdown import PAGE_LIST_LIMIT

    summary = one_change(PAGE_LIST_LIMIT + 1, language)
    assert more in summary.splitlines()
    assert summary.count("(`/roles/r") == PAGE_LIST_LIMIT


def model_fields(model: type[BaseModel], skip: frozenset[str] = frozenset()) -> set[str]:
    """Every key of a model and of the models inside it."""
    found: set[str] = set()

    def inner(kind: object) -> None:
        for arg in typing.get_args(kind):
            inner(arg)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found.update(model_fields(kind))

    for name, field in model.model_fields.items():
        if name in skip:
            continue
        found.add(name)
        inner(field.annotation)
    return found


def test_every_key_of_the_ladder_has_a_name_in_the_summaries() -> None:
    """A field added to the model gets a name the catalogue translates (words.py)."""
    from generator.model import Competency, Handbook, Kpi, Role, Track
    from generator.tools.diff.words import FIELD_LABELS

    keys = model_fields(Handbook, frozenset({"version", "changelog"}))
    for model in (Track, Role, Competency, Kpi):
        keys |= model_fields(model)
    assert keys - FIELD_LABELS.keys() == set()
    assert {"day_to_day", "minimum_months_in_role", "pay_mix"} <= keys
    assert all(FIELD_LABELS[key] == key.replace("_", " ") for key in FIELD_LABELS)
