"""The macros that quote ladder numbers in guides: levels, typical times, readiness rules,
plan stages, ramp targets and pay mixes, each checked on the fixture ladder for its exact
output, and a wrong id failing both the macro and the strict build with a message naming it.

The helpers come from test_plugin, where the other macro tests live; the `fixture_ladder`
fixture comes from conftest.py.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort
from test_languages import english_in, readable
from test_plugin import config_for, ladder_copy, macros_at, write_project

from generator.ladder import Ladder
from generator.site.macros import MacroError, render_markdown
from generator.validate.folder import load_ladder

__all__ = ["ladder_copy"]  # a fixture, used by name


def text(output: Markup) -> str:
    """What the reader sees: the macros return Markup, with active characters encoded."""
    assert isinstance(output, Markup)
    return html.unescape(str(output))


def test_counts_are_numbers_a_page_can_test(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    counts = ("track_count", "role_count", "competency_count", "kpi_count", "value_count")
    assert m["review_count"]() == 2
    assert [m[name]() for name in counts] == [2, 4, 3, 4, 2]
    page = "{% if kpi_count() %}{{ kpi_count() }} KPIs{% else %}no KPIs{% endif %}"
    assert render_markdown(page, fixture_ladder, "guide.md") == "4 KPIs"


def test_role_level(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["role_level"]("rep")) == "1"
    assert text(m["role_level"]("head-of-sales")) == "3"


def test_typical_time_of_a_role_reads_as_on_role_pages(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["typical_time"]("rep")) == "1 to 2 years"
    assert text(m["typical_time"]("senior-rep")) == "18 to 36 months"
    assert text(m["typical_time"]("head-of-sales")) == "2 to 5 years"


def test_typical_time_of_a_move(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["typical_time"]("rep", "senior-rep")) == "1 to 2 years"
    assert text(m["typical_time"]("senior-rep", "team-lead")) == "18 to 30 months"
    assert text(m["typical_time"]("team-lead", "head-of-sales")) == "2 to 3 years"


def test_readiness_default_rule(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["readiness"]("at_or_above_share")) == "80%"
    assert text(m["readiness"]("largest_gap")) == "1"
    assert text(m["readiness"]("kpis_at_target")) == "yes"
    assert text(m["readiness"]("minimum_months_in_role")) == "6"


def test_readiness_of_a_move_with_its_own_rule(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    move = ("senior-rep", "team-lead")
    assert text(m["readiness"]("at_or_above_share", *move)) == "100%"
    assert text(m["readiness"]("largest_gap", *move)) == "0"
    assert text(m["readiness"]("kpis_at_target", *move)) == "yes"
    assert text(m["readiness"]("minimum_months_in_role", *move)) == "0"


def test_readiness_with_its_unit_reads_right_for_any_count(fixture_ladder: Ladder) -> None:
    """with_unit: the count in words, so "more than 1 level below" never reads "1 levels"."""
    m = macros_at(fixture_ladder)
    move = ("senior-rep", "team-lead")
    assert text(m["readiness"]("largest_gap", with_unit=True)) == "1 level"
    assert text(m["readiness"]("largest_gap", *move, with_unit=True)) == "0 levels"
    assert text(m["readiness"]("minimum_months_in_role", with_unit=True)) == "6 months"
    assert text(m["readiness"]("minimum_months_in_role", *move, with_unit=True)) == "0 months"
    assert text(m["readiness"]("at_or_above_share", with_unit=True)) == "80%"


def test_readiness_of_a_move_without_its_own_rule_is_the_default(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["readiness"]("at_or_above_share", "rep", "senior-rep")) == "80%"
    assert text(m["readiness"]("minimum_months_in_role", "rep", "senior-rep")) == "6"


def test_readiness_share_keeps_a_fraction(ladder_copy: Path) -> None:
    handbook = ladder_copy / "handbook.yml"
    handbook.write_text(
        handbook.read_text().replace("at_or_above_share: 80", "at_or_above_share: 82.5")
    )
    ladder, problems = load_ladder(ladder_copy)
    assert ladder is not None, problems
    assert text(macros_at(ladder)["readiness"]("at_or_above_share")) == "82.5%"
    assert text(macros_at(ladder)["readiness"]("kpis_at_target", "rep", "senior-rep")) == "yes"


def test_plan_stage_names(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["plan_stage"]("current_role")) == "Current role, full depth"
    assert text(m["plan_stage"]("trial")) == "Current role and a trial"
    assert text(m["plan_stage"]("new_responsibilities")) == "Current role and new responsibilities"
    assert text(m["plan_stage"]("new_role")) == "New role"


def test_ramp_target_is_in_the_kpi_unit(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["ramp_target"]("rep", "quota-attainment", 1)) == "25%"
    assert text(m["ramp_target"]("rep", "quota-attainment", 2)) == "50%"
    assert text(m["ramp_target"]("rep", "quota-attainment", 3)) == "100%"


def test_pay_mix(fixture_ladder: Ladder) -> None:
    m = macros_at(fixture_ladder)
    assert text(m["pay_mix"]("rep")) == "50/50"
    assert text(m["pay_mix"]("senior-rep")) == "50/50"


def test_the_macros_work_in_ladder_stage_too(fixture_ladder: Ladder) -> None:
    page = (
        "{{ track_count() }} tracks; level {{ role_level('team-lead') }}; "
        "{{ typical_time('rep', 'senior-rep') }}; {{ readiness('largest_gap') }}; "
        "{{ plan_stage('new_role') }}; {{ ramp_target('rep', 'quota-attainment', 1) }}; "
        "{{ pay_mix('rep') }}"
    )
    assert render_markdown(page, fixture_ladder, "guides/page.md") == (
        "2 tracks; level 2; 1 to 2 years; 1; New role; 25%; 50/50"
    )


def test_ladder_text_in_a_pay_mix_or_stage_name_stays_literal(ladder_copy: Path) -> None:
    rep = ladder_copy / "roles" / "rep.yml"
    rep.write_text(
        rep.read_text().replace('pay_mix: "50/50"', "pay_mix: '<b>50</b> | 50 {{ 7*7 }}'")
    )
    handbook = ladder_copy / "handbook.yml"
    handbook.write_text(handbook.read_text().replace("name: New role", "name: '**New** | role'"))
    ladder, problems = load_ladder(ladder_copy)
    assert ladder is not None, problems
    m = macros_at(ladder)
    for output in (m["pay_mix"]("rep"), m["plan_stage"]("new_role")):
        assert isinstance(output, Markup)
        for active in ("<b>", "|", "{{", "**"):
            assert active not in output
    assert text(m["pay_mix"]("rep")) == "<b>50</b> | 50 {{ 7*7 }}"
    assert text(m["plan_stage"]("new_role")) == "**New** | role"


# -- unknown ids and wrong arguments ------------------------------------------------------------
@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda m: m["role_level"]("reps"),
            'role_level: there is no role with the id "reps"; did you mean "rep"?',
        ),
        (
            lambda m: m["typical_time"]("senior-reps"),
            'typical_time: there is no role with the id "senior-reps"; did you mean "senior-rep"?',
        ),
        (
            lambda m: m["typical_time"]("rep", "team-leed"),
            'typical_time: there is no role with the id "team-leed"; did you mean "team-lead"?',
        ),
        (
            lambda m: m["typical_time"]("rep", "team-lead"),
            'typical_time: the role "rep" has no move to "team-lead"',
        ),
        (
            lambda m: m["readiness"]("largest-gap"),
            'readiness: "largest-gap" is not a readiness field; use one of at_or_above_share, '
            'largest_gap, kpis_at_target, minimum_months_in_role; did you mean "largest_gap"?',
        ),
        (
            lambda m: m["readiness"]("largest_gap", "rep"),
            "readiness: give both roles of the move",
        ),
        (
            lambda m: m["readiness"]("largest_gap", "rep", "head-of-sales"),
            'readiness: the role "rep" has no move to "head-of-sales"',
        ),
        (
            lambda m: m["readiness"]("largest_gap", "rap", "senior-rep"),
            'readiness: there is no role with the id "rap"; did you mean "rep"?',
        ),
        (
            lambda m: m["plan_stage"]("trail"),
            'plan_stage: "trail" is not a plan stage; use one of current_role, trial, '
            'new_responsibilities, new_role; did you mean "trial"?',
        ),
        (
            lambda m: m["ramp_target"]("rep", "quota-attainmnt", 1),
            'ramp_target: there is no KPI with the id "quota-attainmnt"; '
            'did you mean "quota-attainment"?',
        ),
        (
            lambda m: m["ramp_target"]("rep", "quota-attainment", 4),
            'ramp_target: the ramp of "rep" for "quota-attainment" has no milestone for month 4; '
            "it lists months 1, 2, 3",
        ),
        (
            lambda m: m["ramp_target"]("rep", "quota-attainment", "1"),
            "ramp_target: give the month as a whole number without quotes",
        ),
        (
            lambda m: m["ramp_target"]("rep", "win-rate", 1),
            'ramp_target: the role "rep" sets no ramp for "win-rate"',
        ),
        (
            lambda m: m["ramp_target"]("rep", "coaching-quality", 1),
            'ramp_target: the role "rep" has no target for the KPI "coaching-quality"',
        ),
        (
            lambda m: m["pay_mix"]("team-lead"),
            'pay_mix: the role "team-lead" has no compensation section, so no pay mix',
        ),
        (
            lambda m: m["pay_mix"]("head-of-sale"),
            'pay_mix: there is no role with the id "head-of-sale"; did you mean "head-of-sales"?',
        ),
        (lambda m: m["role_level"](1), "role_level: give the role id as text in quotes"),
    ],
)
def test_a_wrong_id_or_argument_says_what_to_fix(
    fixture_ladder: Ladder, call: Any, message: str
) -> None:
    with pytest.raises(MacroError) as error:
        call(macros_at(fixture_ladder))
    assert message in str(error.value)


def test_an_unknown_id_in_a_new_macro_fails_the_strict_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    page = "---\nrender_macros: true\n---\n\n# Guide\n\nLevel {{ role_level('reps') }}.\n"
    config = config_for(write_project(tmp_path, pages={"index.md": "# Home\n", "guide.md": page}))
    config["strict"] = True
    with caplog.at_level(logging.WARNING, logger="mkdocs"), pytest.raises(Abort):
        build(config)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert 'role_level: there is no role with the id "reps"; did you mean "rep"?' in logged


# -- macros that work whatever the ladder holds --------------------------------------------------
def test_role_list_gives_every_role_track_by_track(fixture_ladder: Ladder) -> None:
    listed = text(macros_at(fixture_ladder)["role_list"]()).splitlines()
    assert listed == [
        "- [Sales rep](roles/rep/index.md) (level 1, Selling)",
        "- [Senior sales rep](roles/senior-rep/index.md) (level 2, Selling)",
        "- [Team lead](roles/team-lead/index.md) (level 2, Leading)",
        "- [Head of sales](roles/head-of-sales/index.md) (level 3, Leading)",
    ]


def test_overview_link_is_relative_to_the_page(fixture_ladder: Ladder) -> None:
    page = "{{ overview_link('map', 'the map') }} {{ overview_link('kpis', 'KPIs') }}"
    assert render_markdown(page, fixture_ladder, "guides/new.md") == (
        "[the map](../map/index.md) [KPIs](../kpis/index.md)"
    )


def test_overview_link_to_a_page_the_ladder_does_not_have(fixture_ladder: Ladder) -> None:
    ladder = dataclasses.replace(fixture_ladder, kpis={})  # what the macros see of a KPI-less one
    m = macros_at(ladder)
    assert m["kpi_count"]() == 0
    with pytest.raises(MacroError) as error:
        m["overview_link"]("kpis", "KPIs")
    assert "this ladder has no KPIs" in str(error.value)
    assert "{% if kpi_count() %}" in str(error.value)
    with pytest.raises(MacroError) as error:
        m["overview_link"]("maps", "the map")
    assert 'no overview page "maps"' in str(error.value)
    assert 'did you mean "map"?' in str(error.value)


# -- in the handbook's language ----------------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"
FIXTURES = Path(__file__).parent / "fixtures"
IN_LANGUAGE = {
    "fr": {
        "track_roles": "- [Commercial](roles/commercial/index.md) (niveau 1)",
        "role_list": "- [Commercial](roles/commercial/index.md) (niveau 1, Vente directe)",
        "review_header": (
            "| Entretien | Fréquence | Format | Participants | "
            "Compte pour la rémunération et la reconnaissance |"
        ),
        "kpi_target": f"38{NNBSP}000{NBSP}€",
        "typical_time": "1 à 2 ans",
        "share": f"80{NBSP}%",
        "kpis_at_target": "oui",
        "largest_gap": "1 niveau",
        "months": "6 mois",
    },
    "de": {
        "track_roles": "- [Vertriebsmitarbeiter](roles/commercial/index.md) (Stufe 1)",
        "role_list": (
            "- [Vertriebsmitarbeiter](roles/commercial/index.md) (Stufe 1, Direktvertrieb)"
        ),
        "review_header": (
            "| Gespräch | Wie oft | Form | Teilnehmende | Fließt in Vergütung und Anerkennung ein |"
        ),
        "kpi_target": f"38.000{NBSP}€",
        "typical_time": "1 bis 2 Jahre",
        "share": f"80{NBSP}%",
        "kpis_at_target": "ja",
        "largest_gap": "1 Stufe",
        "months": "6 Monate",
    },
}


@pytest.mark.parametrize("language", ["fr", "de"])
def test_macros_write_in_the_handbooks_language(language: str) -> None:
    """Whoever calls them (here a test, in English), the macros write the ladder's language:
    the words they add to a page, and numbers, amounts and durations as the language writes
    them. No English phrase of the generator is left in what they write."""
    ladder, problems = load_ladder(FIXTURES / f"ladder-{language}")
    assert ladder is not None, problems
    m = macros_at(ladder)
    expected = IN_LANGUAGE[language]
    roles = text(m["track_roles"]("vente")).splitlines()
    listed = text(m["role_list"]()).splitlines()
    cadence = text(m["review_cadence"]()).splitlines()
    assert roles[0] == expected["track_roles"]
    assert listed[0] == expected["role_list"]
    assert cadence[0] == expected["review_header"]
    assert text(m["kpi_target"]("commercial", "nouveau-revenu")) == expected["kpi_target"]
    assert text(m["typical_time"]("commercial")) == expected["typical_time"]
    assert text(m["readiness"]("at_or_above_share")) == expected["share"]
    assert text(m["readiness"]("kpis_at_target")) == expected["kpis_at_target"]
    assert text(m["readiness"]("largest_gap", with_unit=True)) == expected["largest_gap"]
    assert text(m["readiness"]("minimum_months_in_role", with_unit=True)) == expected["months"]
    written = readable("\n".join([*roles, *listed, *cadence]))
    left = english_in(language, written)
    assert not left, left


def test_macros_in_an_english_handbook_write_english(fixture_ladder: Ladder) -> None:
    """The language is the ladder's, not whatever a caller set before."""
    from generator import locale

    with locale.use("fr"):
        listed = text(macros_at(fixture_ladder)["role_list"]()).splitlines()
    assert listed[0] == "- [Sales rep](roles/rep/index.md) (level 1, Selling)"
