"""Wording: one rule for every amount, time and percentage, wherever the handbook shows it.

A page, a macro in a guide, `ladder diff` and the self-assessment page's script must write
the same value the same way. The last part of this file reads `script_wording()` the way the
page script does (patterns and plural forms only, no Python formatting) and checks that the
data alone reproduces what Python writes.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from generator.ladder import Ladder
from generator.model import TARGET_FIELDS, Kpi
from generator.site.macros import LadderMacros
from generator.site.pages import build_pages
from generator.site.phrases import TARGET_NAMES
from generator.site.script_wording import script_wording
from generator.site.wording import (
    amount,
    kpi_amount,
    measure,
    month_count,
    months,
    number,
    percent,
    readiness_in_words,
    target_label,
)

KPI_BASE = {
    "id": "k",
    "name": "K",
    "direction": "higher-is-better",
    "period": "quarterly",
    "definition": "d",
    "measurement": "m",
}


def kpi(unit: str, **extra: Any) -> Kpi:
    return Kpi.model_validate({**KPI_BASE, "unit": unit, **extra})


AMOUNTS = [
    (kpi("percent"), 66.666, "66.67%"),
    (kpi("percent"), 100, "100%"),
    (kpi("currency", currency="EUR"), 150000, "EUR 150,000"),
    (kpi("currency"), 1500.5, "1,500.5"),
    (kpi("count"), 12.0, "12"),
    (kpi("days"), 1, "1 day"),
    (kpi("days"), 45, "45 days"),
    (kpi("ratio"), 3, "3.0x"),
    (kpi("ratio"), 2.25, "2.25x"),
    (kpi("ratio"), 2.999, "3.0x"),
    (kpi("ratio"), 1234.5, "1,234.5x"),
    (kpi("count"), -0.5, "-0.5"),
    (kpi("score", scale={"min": 1, "max": 5}), 4.2, "4.2 / 5"),
    (kpi("score"), 4.2, "4.2"),
    (kpi("qualitative"), 3, "3"),
]


@pytest.mark.parametrize(("the_kpi", "value", "expected"), AMOUNTS)
def test_amounts_in_each_unit(the_kpi: Kpi, value: float, expected: str) -> None:
    assert kpi_amount(the_kpi, value) == expected
    assert str(measure(the_kpi, value)) == expected


def test_no_value_reads_as_nothing() -> None:
    assert amount("percent", None) == ""
    assert measure(kpi("percent"), None) == Markup("")


def test_a_currency_code_from_the_yaml_is_shown_as_typed_on_pages() -> None:
    hostile = kpi("currency", currency="<b>|x")
    assert kpi_amount(hostile, 5) == "<b>|x 5"  # plain text, for ladder diff and exports
    shown = str(measure(hostile, 5))
    assert "<b>" not in shown and "|" not in shown
    assert html.unescape(shown) == "<b>|x 5"


def test_one_percentage_rule_everywhere(fixture_ladder: Ladder) -> None:
    """66.666 reads "66.67%" on a transition page, from a macro and in a KPI's unit."""
    assert percent(66.666) == "66.67%"
    assert number(66.666) == "66.67"
    move = fixture_ladder.moves()[0]
    rule = fixture_ladder.readiness_for(move).model_copy(update={"at_or_above_share": 66.666})
    sentences = readiness_in_words(rule, move.source, move.target, fixture_ladder.kpis)
    assert "At least 66.67% of the competencies" in sentences[0]
    handbook = fixture_ladder.handbook.model_copy(update={"readiness": rule})
    changed = Ladder(
        handbook,
        fixture_ladder.tracks,
        fixture_ladder.roles,
        fixture_ladder.competencies,
        fixture_ladder.kpis,
    )
    macros = LadderMacros(changed, lambda: "index.md")
    assert macros.readiness("at_or_above_share") == "66.67%"
    assert kpi_amount(kpi("percent"), 66.666) == "66.67%"


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (1, 1, "1 month"),
        (6, 6, "6 months"),
        (0, 0, "0 months"),
        (12, 18, "12 to 18 months"),
        (12, 24, "1 to 2 years"),
        (24, 36, "2 to 3 years"),
        (0, 24, "up to 2 years"),
        (12, 12, "12 months"),
        (6, 24, "6 to 24 months"),
        (12, 20, "12 to 20 months"),
    ],
)
def test_months_read_as_people_say_them(low: int, high: int, expected: str) -> None:
    assert months(low, high) == expected


def test_target_names_follow_the_one_field_list() -> None:
    assert tuple(TARGET_NAMES) == TARGET_FIELDS
    assert [target_label(field) for field in TARGET_FIELDS] == [
        "Target",
        "Lowest acceptable",
        "Stretch",
    ]


# -- the data the page script formats with ---------------------------------------------------------
def script_number(data: dict[str, Any], value: float, min_decimals: int = 0) -> str:
    """A number as the script writes it from `number` (the way Intl.NumberFormat does)."""
    rules = data["number"]
    decimals = rules["max_decimals"]
    rounded = round(value, decimals)
    whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
    fraction = fraction.rstrip("0").ljust(min_decimals, "0")
    grouped = re.sub(r"\B(?=(\d{3})+(?!\d))", rules["group_separator"], whole)
    sign = "-" if rounded < 0 else ""
    return sign + grouped + (rules["decimal_separator"] + fraction if fraction else "")


def script_amount(data: dict[str, Any], the_kpi: Kpi, value: float) -> str:
    unit = the_kpi.unit
    scale_max = the_kpi.scale.max if the_kpi.scale else None
    if (unit == "currency" and not the_kpi.currency) or (unit == "score" and scale_max is None):
        unit = "count"
    forms = data["units"][unit]
    pattern = forms["one"] if value == 1 and "one" in forms else forms["other"]
    minimum = data["number"]["ratio_min_decimals"] if unit == "ratio" else 0
    shown = script_number(data, value, minimum)
    top = script_number(data, scale_max) if scale_max is not None else ""
    return pattern.format(number=shown, currency=the_kpi.currency or "", max=top)


def script_months(data: dict[str, Any], low: int, high: int) -> str:
    phrases = data["months"]
    if low == high:
        return phrases["one" if low == 1 else "other"].format(count=low)
    if high >= phrases["years_from"] and low % 12 == 0 and high % 12 == 0:
        key = "range_years" if low else "up_to_years"
        return str(phrases[key].format(low=low // 12, high=high // 12))
    return str(phrases["range"].format(low=low, high=high))


@pytest.mark.parametrize(("the_kpi", "value", "expected"), AMOUNTS)
def test_the_script_data_alone_formats_amounts_as_python(
    the_kpi: Kpi, value: float, expected: str
) -> None:
    data = json.loads(json.dumps(script_wording()))  # as the page carries it
    assert script_amount(data, the_kpi, value) == expected == kpi_amount(the_kpi, value)


@pytest.mark.parametrize(
    ("low", "high"), [(1, 1), (7, 7), (12, 18), (24, 36), (0, 24), (12, 24), (6, 24), (0, 36)]
)
def test_the_script_data_alone_formats_months_as_python(low: int, high: int) -> None:
    data = script_wording()
    assert script_months(data, low, high) == months(low, high)
    assert data["months"]["other"].format(count=9) == month_count(9)


def test_the_script_data_has_every_word_the_page_needs() -> None:
    data = script_wording()
    assert data["percent"].format(number=script_number(data, 66.666)) == percent(66.666)
    assert data["directions"]["lower-is-better"] == "lower is better"
    assert set(data["directions"]) == {"higher-is-better", "lower-is-better"}
    assert set(data["units"]) == set(Kpi.model_fields["unit"].annotation.__args__)  # type: ignore[union-attr]
    assert list(data["targets"]) == list(TARGET_FIELDS)
    assert set(data["periods"]) == {"weekly", "monthly", "quarterly", "half-yearly", "yearly"}


def test_every_self_assessment_page_carries_the_wording(fixture_ladder: Ladder) -> None:
    pages = [p for p in build_pages(fixture_ladder) if p.path.endswith("self-assessment/index.md")]
    assert pages
    for page in pages:
        match = re.search(r"data-role-data='([^']*)'", page.content)
        assert match, page.path
        assert json.loads(html.unescape(match.group(1)))["wording"] == script_wording()


def test_no_other_module_formats_amounts() -> None:
    """Unit and month patterns live in wording.py only; templates name a target's numbers
    through it (`target_label`, `target_names`), never by hand."""
    package = Path(__file__).resolve().parents[1] / "generator"
    for path in package.rglob("*.py"):
        if path.name == "wording.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "to {high} months" not in text, path
        assert ":,.2f}" not in text, path
    for path in (package / "site" / "templates").glob("*.j2"):
        assert "owest acceptable" not in path.read_text(encoding="utf-8"), path
