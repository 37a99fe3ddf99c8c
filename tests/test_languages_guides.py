"""The pages a person reads around a move, in French and German: the transition guide (and,
as they are translated, the expectations document and the self-assessment form). Beyond
"no English left" (test_languages.py), the phrases that carry meaning: durations with their
plural forms, KPI targets in the locale's numbers, and readiness rules that follow each KPI's
direction."""

from __future__ import annotations

import pytest
from test_languages import FIXTURES, NBSP, NNBSP, pages

from generator import locale
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
