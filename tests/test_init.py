"""`ladder init`: a small valid ladder and starter pages that build for any organisation, and
never an overwrite of a handbook that is already there without --force."""

from __future__ import annotations

import datetime
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from test_languages import english_in, readable
from test_plugin import config_for, write_project

from generator.adapters.cli import main
from generator.site.page_check import check_pages
from generator.tools.init import STARTER, InitError, init, languages
from generator.validate.folder import load_ladder

TODAY = datetime.date(2027, 3, 4)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("language", languages())
def test_the_starter_ladder_is_valid_with_no_warning(tmp_path: Path, language: str) -> None:
    init(tmp_path, "Acme", language, today=TODAY)
    ladder, problems = load_ladder(tmp_path / "ladder")
    assert ladder is not None
    assert problems == []
    assert (len(ladder.tracks), len(ladder.roles), len(ladder.competencies)) == (1, 2, 2)
    assert len(ladder.kpis) == 1
    assert ladder.handbook.organisation.name == "Acme"
    assert ladder.version == "2027.1"
    assert ladder.handbook.changelog[0].date == TODAY
    assert check_pages(ladder, tmp_path / "content") == []


@pytest.mark.parametrize("language", languages())
def test_the_starter_pages_cover_home_advancement_reviews_managers_editors(language: str) -> None:
    pages = {p.name for p in (STARTER / language / "content").iterdir()}
    assert {"index.md", "advancement.md", "reviews.md", "managers.md", "editors.md"} <= pages


def test_the_starter_pages_build_strictly_and_name_the_organisation(tmp_path: Path) -> None:
    init(tmp_path, "Acme", today=TODAY)
    pages = {
        p.relative_to(tmp_path / "content").as_posix(): p.read_text(encoding="utf-8")
        for p in (tmp_path / "content").rglob("*.md")
    }
    project = write_project(tmp_path / "build", ladder=tmp_path / "ladder", pages=pages)
    config = config_for(project)
    config["strict"] = True
    build(config)
    site = tmp_path / "build" / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "<title>Home - Acme career handbook</title>" in home
    assert "The ladder has 2 roles on 1 track." in " ".join(home.split())
    advancement = " ".join((site / "advancement" / "index.html").read_text("utf-8").split())
    assert "at least 80% of the competencies" in advancement
    assert "more than 1 level below what it requires" in advancement
    assert "Current role and a trial" in advancement


@pytest.mark.parametrize("language", languages())
def test_the_starter_pages_use_no_id_of_the_starter_ladder(language: str) -> None:
    """They must keep building when the organisation replaces every role and track."""
    ladder_ids = {
        p.stem for p in (STARTER / language / "ladder").rglob("*.yml") if p.name != "handbook.yml"
    }
    for page in (STARTER / language / "content").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for thing_id in ladder_ids:
            assert f'"{thing_id}"' not in text and f"'{thing_id}'" not in text, (page, thing_id)


@pytest.mark.parametrize("language", languages())
def test_the_starter_files_pass_yamllint_before_and_after_init(
    tmp_path: Path, language: str
) -> None:
    """The project's yamllint settings (as in pre-commit) accept the templates and the result."""
    init(tmp_path, 'Acme: "A" & Co', language, today=TODAY)
    config = Path(__file__).parent.parent / ".yamllint.yml"
    for folder in (STARTER / language / "ladder", tmp_path / "ladder"):
        done = subprocess.run(
            [sys.executable, "-m", "yamllint", "--strict", "-c", str(config), str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout


def article(page: Path) -> str:
    """The words of a built page's article (not the theme's menus), without tags and code
    (file names and YAML keys are no words of the page)."""
    found = re.search(r"<article[^>]*>(.*?)</article>", page.read_text("utf-8"), re.S)
    assert found, page
    words = re.sub(r"<code>.*?</code>|<[^>]+>", " ", found.group(1), flags=re.S)
    return " ".join(html.unescape(words).split())


IN_ITS_LANGUAGE = {
    "fr": {
        "organisation": "Acmé",
        "roles": ["Praticien", "Praticien confirmé"],
        "headings": ["Le guide des carrières de Acmé", "Ce qu’il contient", "Par où commencer"],
        "index.md": ["La grille compte 2 postes sur 1 filière."],
        "advancement.md": [
            "Praticien (niveau 1, ",  # role_list
            "chaque KPI de votre poste actuel atteint au moins sa cible",
            "au moins 80 % des compétences",  # spaces collapsed
            "aucune compétence n’est évaluée plus de 1 niveau en dessous",  # not "niveau(x)"
            "depuis au moins 12 mois",
        ],
        "reviews.md": ["Entretien Fréquence Format Participants"],  # review_cadence
        "not": ["échelle de carrière", "indicateur", "passage"],  # the glossary's other words
    },
    "de": {
        "organisation": "Müller & Söhne",
        "roles": ["Fachkraft", "Senior-Fachkraft"],
        "headings": [
            "Das Karrierehandbuch von Müller & Söhne",
            "Was es enthält",
            "Wo Sie anfangen",
        ],
        "index.md": ["Das Karrieremodell umfasst 2 Rollen in 1 Laufbahn."],
        "advancement.md": [
            "Fachkraft (Stufe 1, Fachkraft)",
            "mindestens 80 % der Kompetenzen",
            "keine Kompetenz mehr als eine Ausprägungsstufe unter der geforderten",
            "Sie mindestens 12 Monate in Ihrer aktuellen Rolle sind",
            "jede KPI Ihrer aktuellen Rolle ihren Zielwert erreicht oder übertrifft",
            "Die Lücke mit einem Plan schließen",
            "Aktuelle Rolle und Erprobung",  # plan_stage
        ],
        "reviews.md": ["Gespräch Wie oft Form Teilnehmende"],
        # The glossary's words (Karrieremodell, Führungskraft, Stufe) and its register, Sie.
        "not": [
            "Karriereleiter",
            "Vorgesetzte",
            r"\bManager",
            r"\bLevel",
            r"(?i:\b(du|dich|dir|dein\w*|euch|euer)\b)",
        ],
    },
}


@pytest.mark.parametrize("language", [code for code in languages() if code != "en"])
def test_a_translated_starter_builds_strictly_in_its_language(
    tmp_path: Path, language: str
) -> None:
    """Every starter page, with what its macros write, is in the starter's language: no
    English phrase of the generator's catalogue is on any of them, and the glossary's terms
    are used. A new starter language adds its expected phrases to IN_ITS_LANGUAGE."""
    expected = IN_ITS_LANGUAGE[language]
    init(tmp_path, expected["organisation"], language, today=TODAY)
    ladder, _ = load_ladder(tmp_path / "ladder")
    assert ladder is not None
    assert [role.title for role in ladder.roles.values()] == expected["roles"]
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path / "content").glob("*.md")}
    config = config_for(write_project(tmp_path / "build", ladder=tmp_path / "ladder", pages=pages))
    config["strict"] = True
    build(config)
    site = tmp_path / "build" / "site"
    files = {
        name: site / ("index.html" if name == "index.md" else f"{name[:-3]}/index.html")
        for name in pages
    }
    built = {name: article(path) for name, path in files.items()}
    headings = re.findall(
        r"<h[12][^>]*>(.*?)<a[^>]*headerlink", files["index.md"].read_text("utf-8")
    )
    assert [html.unescape(h) for h in headings] == expected["headings"]
    for name in ("index.md", "advancement.md", "reviews.md"):
        assert not [p for p in expected[name] if p not in built[name]], (name, built[name])
    role_page = site / "roles" / next(iter(ladder.roles)) / "index.html"
    for path in [*files.values(), role_page]:
        assert f'<html lang="{language}"' in path.read_text(encoding="utf-8"), path
    left = {
        name: found
        for name, words in built.items()
        if (found := english_in(language, readable(words)))
    }
    assert not left, f"English on the {language} starter pages: {left}"
    for name, text in built.items():
        assert not [word for word in expected["not"] if re.search(word, text)], name


def test_any_organisation_name_stays_one_yaml_value(tmp_path: Path) -> None:
    name = 'Ölwerk: "Nord" & Co # 2'
    init(tmp_path, name, today=TODAY)
    ladder, problems = load_ladder(tmp_path / "ladder")
    assert problems == []
    assert ladder is not None and ladder.handbook.organisation.name == name


def test_init_refuses_to_overwrite_and_changes_nothing(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (here / "ladder").mkdir()
    (here / "ladder" / "handbook.yml").write_text("mine\n", encoding="utf-8")
    assert main(["init", "--organisation", "Acme"]) == 1
    assert capsys.readouterr().err == (
        "ladder init: ladder/ already holds files; nothing was written. Run `ladder init "
        "--force` to replace ladder/ and content/ with the starter handbook (commit or copy "
        "what you want to keep first)\n"
    )
    assert (here / "ladder" / "handbook.yml").read_text(encoding="utf-8") == "mine\n"
    assert not (here / "content").exists()


def test_init_refuses_when_content_holds_pages(here: Path) -> None:
    (here / "content").mkdir()
    (here / "content" / "index.md").write_text("# Mine\n", encoding="utf-8")
    with pytest.raises(InitError, match=r"^content/ already holds files"):
        init(here, "Acme")
    assert [p.name for p in (here / "content").iterdir()] == ["index.md"]


def test_force_replaces_both_folders_whole(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (here / "ladder" / "roles").mkdir(parents=True)
    (here / "ladder" / "roles" / "old-role.yml").write_text("id: old-role\n", encoding="utf-8")
    (here / "content").mkdir()
    (here / "content" / "old.md").write_text("# Old\n", encoding="utf-8")
    assert main(["init", "--organisation", "Acme", "--force"]) == 0
    assert capsys.readouterr().out.startswith("wrote a starter handbook to ladder/ and content/")
    assert not (here / "ladder" / "roles" / "old-role.yml").exists()
    assert not (here / "content" / "old.md").exists()
    ladder, problems = load_ladder(here / "ladder")
    assert ladder is not None and problems == []


def test_empty_folders_are_not_in_the_way(here: Path) -> None:
    (here / "ladder").mkdir()
    (here / "content").mkdir()
    assert main(["init"]) == 0
    ladder, _ = load_ladder(here / "ladder")
    assert ladder is not None
    assert ladder.handbook.organisation.name == "Our organisation"


@pytest.mark.parametrize(
    ("language", "name"), [("fr", "Notre organisation"), ("de", "Unsere Organisation")]
)
def test_a_handbook_started_in_another_language_gets_a_name_in_it(
    here: Path, language: str, name: str
) -> None:
    assert main(["init", "--language", language]) == 0
    ladder, _ = load_ladder(here / "ladder")
    assert ladder is not None
    assert ladder.handbook.organisation.name == name


def test_an_unknown_language_or_a_bad_name_is_refused(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--language", "xx"]) == 1
    assert capsys.readouterr().err.startswith('ladder init: no starter pages in the language "xx"')
    assert main(["init", "--organisation", "  "]) == 1
    assert "give the organisation's name on one line" in capsys.readouterr().err
    assert not (here / "ladder").exists()


@pytest.mark.parametrize("language", languages())
@pytest.mark.parametrize("shape", ["minimal", "engineering", "sales", "ladder", "rich"])
def test_the_starter_pages_fit_ladders_of_every_shape(language: str, shape: str) -> None:
    """No KPIs, no values, no reviews, one text per level: the pages still check clean."""
    ladder, problems = load_ladder(Path(__file__).parent / "fixtures" / shape)
    assert ladder is not None, [p.format() for p in problems]
    assert check_pages(ladder, STARTER / language / "content") == []


def test_init_rewrites_the_editor_schemas_with_the_starters_ids(
    here: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Schemas left by the previous ladder would flag every id of the starter as unknown."""
    (here / ".ladder-schemas").mkdir()
    (here / ".ladder-schemas" / "role.schema.json").write_text("{}", encoding="utf-8")
    assert main(["init", "--organisation", "Acme", "--language", "fr"]) == 0
    assert "wrote the editor schemas with the starter's ids to .ladder-schemas/" in (
        capsys.readouterr().out
    )
    ladder, _ = load_ladder(here / "ladder")
    assert ladder is not None
    schema = (here / ".ladder-schemas" / "role.schema.json").read_text("utf-8")
    assert json.loads(schema)["properties"]["track"]["enum"] == sorted(ladder.tracks)
