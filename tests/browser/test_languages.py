"""The self-assessment of a German handbook reads numbers the way German is written.

The script takes the separators from the page's embedded JSON (`wording.number`, from
Babel's German locale data): "36.500" is thirty-six thousand five hundred, "1,5" is one
and a half.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from generator.site.script_strings import script_strings

from .conftest import REPO, Site, Visit, build_site, visit_for
from .test_tables import assert_stacked, cards

pytestmark = pytest.mark.browser
GERMAN = REPO / "tests" / "fixtures" / "ladder-de"


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> Site:
    root = tmp_path_factory.mktemp("german-site")
    content = root / "content"
    content.mkdir()
    (content / "index.md").write_text("# Startseite\n\nWillkommen.\n", encoding="utf-8")
    config = {
        "INHERIT": str(REPO / "mkdocs.yml"),
        "docs_dir": str(content),
        "theme": {"custom_dir": str(REPO / "overrides")},
        "plugins": {"ladder": {"ladder_dir": str(GERMAN)}},
    }
    (root / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")
    site = build_site(root, root / "mkdocs.yml")
    return Site(site, serve(site))


@pytest.fixture
def german(browser: Browser, german_site: Site) -> Iterator[Visit]:
    yield from visit_for(browser, german_site)


def test_german_numbers_are_read_as_german_writes_them(german: Visit) -> None:
    german.open("roles/commercial/self-assessment/")
    page = german.page
    assert page.get_attribute("html", "lang") == "de"
    expect(page.locator("#ladder-sa-controls")).to_be_visible()  # the script runs
    page.fill("#actual-nouveau-revenu", "36.500")
    page.fill("#actual-couverture-pipeline", "1,5")
    page.fill("#actual-satisfaction", "9")
    revenue = page.locator("#status-nouveau-revenu")
    # 36,500 is below the target of 38,000 and exactly the lowest acceptable result:
    # had "36.500" been read as 36.5, it would be far short of both.
    expect(revenue).to_contain_text("36.500")
    expect(revenue).not_to_contain_text("36,5")
    expect(revenue).to_have_class("ladder-sa-kpi-status is-below")
    ratio = page.locator("#status-couverture-pipeline")
    expect(ratio).to_contain_text("1,5x")  # 1.5 read, below the target of 3.0x
    expect(ratio).to_have_class("ladder-sa-kpi-status is-below")
    expect(page.locator("#status-satisfaction")).to_have_class("ladder-sa-kpi-status is-met")
    page.fill("#actual-nouveau-revenu", "38.000")
    expect(revenue).to_have_class("ladder-sa-kpi-status is-met")
    assert not german.refused


FORM_LABELS = {
    "textbox": [
        "Name der eingeschätzten Person",
        "Name der Person, die dieses Formular ausfüllt",
        "Datum",
        "Begründung der Einschätzung: Belege für Bedarfsanalyse",
        "Ist-Wert für Quotenerreichung",
        "Was bei Teamgeist geschah",
        "Stärken, auf denen Sie aufbauen",
        "Woran Sie als Nächstes arbeiten",
    ],
    "spinbutton": ["Monate in dieser Rolle"],
    "combobox": ["Angestrebter Wechsel (optional)"],
    "group": ["Wer schätzt ein", "Einschätzung für Bedarfsanalyse"],
    "radio": ["Die Person in der Rolle", "Die Führungskraft"],
    "radiogroup": ["Erwartung erfüllt für Teamgeist"],
    "button": ["Als JSON exportieren", "Als Markdown exportieren", "Link kopieren"],
    "checkbox": [
        "Die geforderte Stufe jeder Kompetenz ausblenden, bis ich sie eingeschätzt habe "
        "(damit die Anforderung die Einschätzung nicht beeinflusst)"
    ],
}
"""The form's own controls, by role and accessible name, as a German handbook writes them."""
ENGLISH_LABELS = [
    "Name of the person assessed",
    "Who is rating",
    "Months in this role",
    "Export as JSON",
    "Copy a link",
    "Clear this form",
    "Strengths to build on",
]


@pytest.mark.parametrize("size", [(1280, 900), (390, 844)], ids=["desktop", "phone"])
def test_the_forms_own_labels_are_german(german: Visit, size: tuple[int, int]) -> None:
    page = german.page
    page.set_viewport_size({"width": size[0], "height": size[1]})
    german.open("roles/commercial/self-assessment/")
    expect(page.locator("#ladder-sa-controls")).to_be_visible()  # the script runs
    for role, names in FORM_LABELS.items():
        for name in names:
            control = page.get_by_role(role, name=name, exact=True)
            expect(control).to_have_count(1)
            control.scroll_into_view_if_needed()
            expect(control).to_be_visible()
            box = control.bounding_box()
            assert box is not None and box["x"] >= 0, name
            assert box["x"] + box["width"] <= size[0] + 1, f"{name} runs past the screen"
    placeholder = page.get_attribute("#ladder-sa-date", "placeholder")
    assert placeholder == "JJJJ-MM-TT"
    text = page.locator("article").inner_text()
    assert [label for label in ENGLISH_LABELS if label in text] == []
    assert "Nichts, was Sie eingeben, verlässt Ihren Browser" in " ".join(text.split())


# -- the script's own words -------------------------------------------------------------------
def german_manager_file() -> bytes:
    """The manager's assessment of a Vertriebsmitarbeiter: lower on two competencies."""
    document = {
        "format": "ladder-assessment",
        "format_version": 1,
        "ladder_version": "2.1",
        "role": "commercial",
        "role_title": "Vertriebsmitarbeiter",
        "target_role": "commercial-senior",
        "rater": "manager",
        "name": "Kim Ode",
        "date": "2026-06-03",
        "months_in_role": 14,
        "ratings": {"decouverte": "notions", "negociation": "autonome", "coaching": "pas-encore"},
    }
    return json.dumps(document).encode("utf-8")


def english_fragments() -> list[str]:
    """The fixed parts of the script's English texts (from the generator's own table), long
    enough to be English and nothing else."""
    texts: list[str] = []
    for entry in script_strings().values():
        texts.extend(entry.values() if isinstance(entry, dict) else [entry])
    parts = {p.strip() for text in texts for p in re.split(r"\{\w+\}", text)}
    return sorted(p for p in parts if len(p) >= 12)


def test_the_script_writes_its_own_messages_in_german(german: Visit) -> None:
    """Readiness, the plan, the comparison and an import error come from the page's
    `strings` (the German catalogue), and amounts as the pages write them (36.500 €)."""
    german.open("roles/commercial/self-assessment/")
    page = german.page
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    page.check("#ladder-sa-rater-self")
    page.fill("#ladder-sa-months", "14")
    page.select_option("#ladder-sa-target", "commercial-senior")
    page.check("#rating-decouverte-autonome")
    page.check("#rating-negociation-autonome")
    page.check("#rating-coaching-notions")
    page.fill("#actual-nouveau-revenu", "36.500 €")
    expect(page.locator("#status-nouveau-revenu")).to_contain_text("36.500\u00a0€")
    review = page.locator("#ladder-sa-review")
    expect(review.locator("h2")).to_have_text("Gespräch")
    messages = page.locator("#ladder-sa-messages")

    page.set_input_files(
        "#ladder-sa-import",
        files=[{"name": "kaputt.json", "mimeType": "application/json", "buffer": b"{ kaputt"}],
    )
    expect(messages).to_contain_text(
        "kaputt.json wurde nicht importiert: sie ist eine beschädigte JSON-Datei"
    )
    expect(messages).to_contain_text("Es wurde nichts geändert.")
    page.set_input_files(
        "#ladder-sa-import",
        files=[
            {"name": "fk.json", "mimeType": "application/json", "buffer": german_manager_file()}
        ],
    )
    expect(messages).to_contain_text("fk.json importiert: Führungskraft")

    # The comparison, readiness and the plan, in the catalogue's German.
    discovery = review.locator("tr[data-competency='decouverte']")
    expect(discovery).to_contain_text("≠ Abweichung: Führungskraft: 1 Stufe niedriger")
    expect(discovery).to_contain_text("▼ Lücke: 1 Stufe unter Selbstständig")
    expect(review.locator(".ladder-sa-verdict")).to_contain_text(
        "noch nicht bereit für Senior-Vertriebsmitarbeiter"
    )
    share = review.locator(".ladder-sa-check[data-rule='share']")
    expect(share).to_contain_text("Nicht erfüllt")
    expect(share).to_contain_text("1 von 3 (3 nötig)")
    expect(review.locator(".ladder-sa-check[data-rule='months']")).to_contain_text(
        "Mindestens 6 Monate als Vertriebsmitarbeiter: 14 Monate"
    )
    stages = review.locator(".ladder-sa-stage")
    expect(stages).to_have_count(4)
    expect(stages.nth(1)).to_contain_text("Beginnen: Ein Geschäft über 20.000 Euro")
    expect(stages.nth(1)).to_contain_text("Bedarfsanalyse üben, hin zu Selbstständig")
    expect(stages.nth(2)).to_contain_text("Übernehmen: Zwei größere Kunden betreuen")
    expect(stages.nth(3)).to_contain_text("Wechsel zu Senior-Vertriebsmitarbeiter (Beförderung)")

    # No English text of the script is left in what it wrote.
    written = review.inner_text() + messages.inner_text()
    fragments = english_fragments()
    assert len(fragments) > 150
    assert [f for f in fragments if f in written] == []
    assert not german.refused


def test_on_a_phone_the_reviews_cards_are_labelled_in_german(german: Visit) -> None:
    """The KPI comparison stacked into cards: each label is its column's German heading."""
    page = german.page
    page.set_viewport_size({"width": 390, "height": 844})
    german.open("roles/commercial/self-assessment/")
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    page.check("#ladder-sa-rater-self")
    page.check("#rating-decouverte-autonome")
    page.fill("#actual-nouveau-revenu", "36.500 €")
    page.set_input_files(
        "#ladder-sa-import",
        files=[
            {"name": "fk.json", "mimeType": "application/json", "buffer": german_manager_file()}
        ],
    )
    kpis = "table.ladder-sa-kpi-compare"
    page.locator(kpis).wait_for()
    assert_stacked(page, kpis)
    labels = {cell["label"] for cell in cards(page, kpis)["cells"]}
    assert labels == {"KPI", "Zielwert", "Dieses Formular", "Importiert", "Ergebnis"}, labels
