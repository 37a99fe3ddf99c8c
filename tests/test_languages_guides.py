"""The pages a person reads around a move, in French and German: the transition guide, the
expectations document and the self-assessment form. Beyond
"no English left" (test_languages.py), the phrases that carry meaning: durations with their
plural forms, KPI targets in the locale's numbers, and readiness rules that follow each KPI's
direction."""

from __future__ import annotations

import dataclasses
import re

import pytest
from markdown.extensions.toc import slugify
from test_languages import FIXTURES, NBSP, NNBSP, pages

from generator import locale
from generator.site.pages import build_pages
from generator.site.wording import readiness_in_words
from generator.validate.folder import load_ladder


def guide(language: str, source: str, target: str) -> str:
    return pages(language)[f"roles/{source}/to/{target}/index.md"]


def test_french_transition_guide() -> None:
    first = guide("fr", "commercial", "commercial-senior")
    assert first.startswith('---\ntitle: "De Commercial à Commercial senior"\n')
    assert f"**Durée habituelle avant l’évolution{NBSP}:** 1 mois en tant que Commercial" in first
    assert "(relevée)" in first and "(ajoutée)" in first
    # Plural forms of days, and the threshold of a KPI where lower is better.
    assert "| 45 jours, maximum acceptable 60 jours | 1 jour |" in first
    assert f"38{NNBSP}000{NBSP}€, minimum acceptable 36{NNBSP}500{NBSP}€" in first
    assert f"montée en puissance mois 1{NBSP}: 25{NBSP}%{NBSP}; mois 2{NBSP}: 50{NBSP}%" in first
    assert f"- **Ce qui doit être accompli{NBSP}:** Des résultats solides" in first
    change = guide("fr", "commercial-senior", "chef-equipe")
    assert "2 à 3 ans en tant que Commercial senior" in change
    assert "de la filière [Vente directe](" in change
    assert "(reformulée)" in change and "Toujours requise au niveau **[Autonome](" in change
    assert f"Ce qu’attend le poste de Chef d’équipe{NBSP}:" in change


def test_german_transition_guide() -> None:
    first = guide("de", "commercial", "commercial-senior")
    assert first.startswith(
        '---\ntitle: "Von Vertriebsmitarbeiter zu Senior-Vertriebsmitarbeiter"\n'
    )
    assert "**Übliche Zeit vor dem Wechsel:** 1 Monat als Vertriebsmitarbeiter" in first
    assert "(angehoben)" in first and "(neu)" in first
    assert "| 45 Tage, Höchstwert 60 Tage | 1 Tag |" in first
    assert f"38.000{NBSP}€, Mindestwert 36.500{NBSP}€" in first
    assert f"Einarbeitung Monat 1: 25{NBSP}%; Monat 2: 50{NBSP}%" in first
    assert "- **Was erreicht werden muss:** Solide Ergebnisse" in first
    assert "So sieht die Stufe Selbstständig aus:" in first
    change = guide("de", "commercial-senior", "chef-equipe")
    assert "2 bis 3 Jahre als Senior-Vertriebsmitarbeiter" in change
    assert (
        "(neu formuliert)" in change
        and "Weiterhin gefordert auf Stufe **[Selbstständig](" in change
    )


READINESS = {
    "fr": {
        "mixed": "Chaque KPI de Commercial atteint son objectif{S}: au niveau de l’objectif ou "
        "au-dessus, ou au niveau ou en dessous quand plus c’est bas, mieux c’est (Durée du cycle "
        "de vente){S}; ou son attendu est atteint.",
        "higher": "Chaque KPI de Chef d’équipe atteint ou dépasse son objectif (ou son attendu).",
        "lower": "Chaque KPI de Commercial est au niveau de son objectif ou en dessous, puisque "
        "plus c’est bas, mieux c’est (ou son attendu est atteint).",
        "months": "Au moins 6 mois en tant que Chef d’équipe.",
    },
    "de": {
        "mixed": "Jede KPI von Vertriebsmitarbeiter erreicht ihren Zielwert: auf oder über ihm, "
        "oder auf oder unter ihm, wo niedriger besser ist (Länge des Verkaufszyklus); oder sie "
        "erfüllt ihre Erwartung.",
        "higher": "Jede KPI von Teamleitung liegt auf oder über ihrem Zielwert (oder ihrer "
        "Erwartung).",
        "lower": "Jede KPI von Vertriebsmitarbeiter liegt auf oder unter ihrem Zielwert, da "
        "niedriger besser ist (oder sie erfüllt ihre Erwartung).",
        "months": "Mindestens 6 Monate als Teamleitung.",
    },
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_readiness_rules_follow_each_kpis_direction(language: str) -> None:
    words = {key: text.replace("{S}", NBSP) for key, text in READINESS[language].items()}
    assert f"- {words['mixed']}\n" in guide(language, "commercial", "commercial-senior")
    leading = guide(language, "chef-equipe", "directeur-commercial")
    assert f"- {words['higher']}\n" in leading and f"- {words['months']}\n" in leading
    ladder, _ = load_ladder(FIXTURES / f"ladder-{language}")
    assert ladder is not None
    lower = {
        k: kpi.model_copy(update={"direction": "lower-is-better"}) for k, kpi in ladder.kpis.items()
    }
    source, target = ladder.roles["commercial"], ladder.roles["commercial-senior"]
    with locale.use(language):
        sentences = readiness_in_words(ladder.handbook.readiness, source, target, lower)
    assert words["lower"] in sentences


EXPECTATIONS_ANCHORS = [
    "purpose-of-the-role",
    "competencies-expected",
    "our-values-in-this-role",
    "kpis-and-targets",
    "ramp-milestones-for-your-first-months",
    "learning",
    "reviews-and-feedback",
    "adapting-to-change",
    "where-this-role-leads",
    "commission",
    "acknowledgement",
]
"""The sections of the expectations document, by the anchors an English one has."""


def expectations(language: str, role: str) -> str:
    return pages(language)[f"roles/{role}/expectations/index.md"]


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_expectations_sections_keep_their_english_anchors(language: str) -> None:
    document = expectations(language, "commercial")
    assert re.findall(r"^## .* \{ #([a-z-]+) \}$", document, re.M) == EXPECTATIONS_ANCHORS


def test_french_expectations_document() -> None:
    document = expectations("fr", "commercial")
    assert f"# Attentes{NBSP}: Commercial\n" in document
    assert "Version 2.1 de la grille." in document
    assert f"- **Durée habituelle dans le poste{NBSP}:** 1 à 2 ans\n" in document
    # KPI targets in French numbers; how often each is measured; a threshold column for
    # KPIs of both directions.
    assert "| KPI | Objectif | Seuil acceptable | Objectif ambitieux | Mesuré |" in document
    assert f"| Atteinte du quota | 100{NBSP}% | 80{NBSP}% | 120{NBSP}% | trimestriel |" in document
    assert (
        f"| Nouveau revenu annuel | 38{NNBSP}000{NBSP}€ | 36{NNBSP}500{NBSP}€ | non défini |"
        in document
    )
    assert "| Durée du cycle de vente | 45 jours | 60 jours | non défini | semestriel |" in document
    assert "| Couverture du pipeline | 3,0" in document
    assert "**Durée du cycle de vente** (plus c’est bas, mieux c’est)" in document
    assert (
        f"| Atteinte du quota | mois 1{NBSP}: 25{NBSP}%{NBSP}; mois 2{NBSP}: 50{NBSP}% |"
        in document
    )
    assert "- **Promotion** vers Commercial senior, en général après 1 mois" in document
    assert (
        f"le salaire fixe représente 60{NBSP}% de la rémunération à objectifs atteints" in document
    )
    # The signature block a new hire signs on paper.
    assert "## Accusé de lecture { #acknowledgement }" in document
    assert "version 2.1 de la grille, et je les ai passées en revue avec mon manager." in document
    assert "| Élément | Collaborateur | Manager |\n| --- | --- | --- |\n| Nom | | |\n" in document
    assert "| Date | | |\n| Signature | | |\n" in document
    leading = expectations("fr", "commercial-senior")
    assert "- **Changement de filière** vers Chef d’équipe, en général après 2 à 3 ans" in leading


def test_german_expectations_document() -> None:
    document = expectations("de", "commercial")
    assert "# Erwartungen: Vertriebsmitarbeiter\n" in document
    assert "Version 2.1 des Karrieremodells." in document
    assert "- **Übliche Verweildauer in der Rolle:** 1 bis 2 Jahre\n" in document
    assert "| KPI | Zielwert | Grenzwert | Ambitionsziel | Gemessen |" in document
    assert (
        f"| Quotenerreichung | 100{NBSP}% | 80{NBSP}% | 120{NBSP}% | vierteljährlich |" in document
    )
    assert f"| Neuer Jahresumsatz | 38.000{NBSP}€ | 36.500{NBSP}€ | nicht festgelegt |" in document
    assert "| Länge des Verkaufszyklus | 45 Tage | 60 Tage | nicht festgelegt |" in document
    assert "**Länge des Verkaufszyklus** (niedriger ist besser)" in document
    assert f"| Quotenerreichung | Monat 1: 25{NBSP}%; Monat 2: 50{NBSP}% |" in document
    assert (
        "- **Beförderung** zu Senior-Vertriebsmitarbeiter (übliche Dauer davor: 1 Monat)"
        in document
    )
    assert f"das Grundgehalt beträgt 60{NBSP}% des Zieleinkommens" in document
    assert "## Bestätigung { #acknowledgement }" in document
    assert (
        "Version 2.1 des Karrieremodells, gelesen und mit meiner Führungskraft besprochen."
        in document
    )
    assert "| Angabe | Mitarbeiterin / Mitarbeiter | Führungskraft |" in document
    assert "| Name | | |\n| Datum | | |\n| Unterschrift | | |\n" in document
    leading = expectations("de", "commercial-senior")
    assert "**Laufbahnwechsel** zu Teamleitung (übliche Dauer davor: 2 bis 3 Jahre)" in leading


def form(language: str, role: str = "commercial") -> str:
    page = pages(language)[f"roles/{role}/self-assessment/index.md"]
    return page[: page.index("data-role-data=")]


ATTRIBUTES = re.compile(r'\b(?:id|class|name|for|data-[\w-]+)="[^"]*"|\{: [^}]*\}')
EXPLICIT = re.compile(r" \{ #([\w-]+) \}$")


def hooks(markdown: str) -> tuple[list[str], list[str]]:
    """What scripts and links rely on: the attributes of the form's elements, and the anchor
    of every section (a heading's explicit one, else the one MkDocs makes of its words)."""
    anchors = []
    for level, heading in re.findall(r"^(#{2,6}) (.*)$", markdown, re.M):
        explicit = EXPLICIT.search(heading)
        if explicit:
            anchors.append(explicit.group(1))
        elif level == "##":
            anchors.append(slugify(heading, "-"))
    return ATTRIBUTES.findall(markdown), anchors


@pytest.mark.parametrize("language", ["fr", "de"])
def test_the_form_keeps_every_id_class_and_anchor_the_script_and_links_use(
    language: str,
) -> None:
    """The same ladder written in English and in another language: the page script finds
    the same elements, and links into sections land on the same anchors. (The plan's stage
    headings take their anchors from the editors' stage names, in any language.)"""
    ladder, _ = load_ladder(FIXTURES / f"ladder-{language}")
    assert ladder is not None
    english = dataclasses.replace(
        ladder, handbook=ladder.handbook.model_copy(update={"language": "en"})
    )
    written = {page.path: page.content for page in build_pages(english)}
    kinds = ("/self-assessment/", "/expectations/", "/to/")
    compared = [path for path in written if any(kind in path for kind in kinds)]
    assert len(compared) == 11
    for path in compared:
        assert hooks(pages(language)[path]) == hooks(written[path]), path
    assert "Export as JSON" in written["roles/commercial/self-assessment/index.md"]


def test_french_self_assessment_form() -> None:
    page = form("fr")
    assert f"# Auto-évaluation{NBSP}: Commercial\n" in page
    labels = [
        '<label for="ladder-sa-name">Nom de la personne évaluée</label>',
        '<label for="ladder-sa-rater-name">Nom de la personne qui remplit ce formulaire</label>',
        'placeholder="AAAA-MM-JJ"',
        "<legend>Qui évalue</legend>",
        '<label for="ladder-sa-months">Mois dans ce poste</label>',
        'id="ladder-sa-export-json">Exporter en JSON</button>',
        'id="ladder-sa-share">Copier un lien</button>',
        'id="ladder-sa-clear">Effacer ce formulaire</button>',
        '<label for="ladder-sa-share-link">Lien vers cette évaluation</label>',
        "<legend>Évaluation pour Découverte</legend>",
        f"Niveau requis pour Commercial{NBSP}: **[Notions](",
        "| KPI | Objectif | Réalisé | Résultat |",
        'aria-label="Résultat réalisé pour Atteinte du quota"',
        'aria-label="Attendu atteint pour Esprit d’équipe"',
        '<label for="ladder-sa-focus">Ce qu’il faut travailler ensuite</label>',
    ]
    assert [label for label in labels if label not in page] == []
    # The privacy sentences: nothing typed leaves the browser; a shared link's data is not sent.
    assert "rien de ce que vous saisissez ne quitte votre navigateur" in page
    assert "Les navigateurs n’envoient jamais cette partie d’une adresse à un serveur" in page
    # KPI targets with how often they are measured, in French numbers, by direction.
    assert (
        f"| 38{NNBSP}000{NBSP}€ par an, minimum acceptable 36{NNBSP}500{NBSP}€ "
        "(plus c’est élevé, mieux c’est) |"
    ) in page
    assert (
        "| 45 jours, mesuré chaque semestre, maximum acceptable 60 jours "
        "(plus c’est bas, mieux c’est) |"
    ) in page
    assert (
        "| Aide au moins un collègue sur une affaire chaque trimestre. (mesuré chaque trimestre) |"
        in page
    )
    assert "- [De Commercial à Commercial senior](" in page


def test_german_self_assessment_form() -> None:
    page = form("de")
    assert "# Selbsteinschätzung: Vertriebsmitarbeiter\n" in page
    labels = [
        '<label for="ladder-sa-name">Name der eingeschätzten Person</label>',
        'placeholder="JJJJ-MM-TT"',
        "<legend>Wer schätzt ein</legend>",
        'id="ladder-sa-export-json">Als JSON exportieren</button>',
        'id="ladder-sa-share">Link kopieren</button>',
        "| KPI | Zielwert | Ist-Wert | Ergebnis |",
        'aria-label="Ist-Wert für Quotenerreichung"',
        "Geforderte Stufe für Vertriebsmitarbeiter: **[Grundlagen](",
    ]
    assert [label for label in labels if label not in page] == []
    assert f"| 38.000{NBSP}€ pro Jahr, Mindestwert 36.500{NBSP}€ (höher ist besser) |" in page
    assert "| 45 Tage, jedes Halbjahr gemessen, Höchstwert 60 Tage (niedriger ist besser) |" in page
