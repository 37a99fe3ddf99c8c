"""The page script writes amounts, units, months and KPI directions as the pages do.

Python's own functions (generator/site/wording.py: `measure`, `months`, `percent`, the
direction names) give the expected text; the script's format.js, run in Node, gives its
text from the `wording` data the generator embeds in the page (`script_wording`). Both must
be the same, value by value, including the awkward ones (rounding, a tie, thousands, one
day, whole years). tests/test_wording.py reads the same data in Python; this test runs the
script itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.model import Kpi
from generator.site.phrases import DIRECTIONS
from generator.site.script_wording import script_wording
from generator.site.wording import measure, months, percent

Script = Callable[[list[tuple[str, str, list[Any]]]], list[Any]]

VALUES = [0, 1, 2, 12.5, 45, 66.666, 12.125, 99.995, 150000, 1234567.891, 0.5, 3, 2.25, -2500]
UNITS: list[dict[str, Any]] = [
    {"unit": "percent"},
    {"unit": "currency", "currency": "EUR"},
    {"unit": "currency"},
    {"unit": "days"},
    {"unit": "ratio"},
    {"unit": "score", "scale": {"min": 1, "max": 5}},
    {"unit": "score", "scale": {"min": -100, "max": 100}},
    {"unit": "count"},
]
MONTHS = [(1, 1), (6, 6), (6, 12), (12, 24), (24, 36), (0, 24), (12, 18), (36, 60), (0, 12)]


def kpi(fields: dict[str, Any]) -> Kpi:
    return Kpi.model_validate(
        {
            "id": "k",
            "name": "K",
            "direction": "higher-is-better",
            "period": "quarterly",
            "definition": "d",
            "measurement": "m",
            **fields,
        }
    )


def script_kpi(model: Kpi) -> dict[str, Any]:
    """The KPI as the page's data gives it to the script (see role_data.py)."""
    return {
        "unit": model.unit,
        "currency": model.currency,
        "scale_max": model.scale.max if model.scale else None,
        "direction": model.direction,
    }


def test_units_are_written_alike(script: Script) -> None:
    cases = [(kpi(fields), value) for fields in UNITS for value in VALUES]
    found = script(
        [
            ("format.js", "formatMeasure", [script_wording(), script_kpi(model), value])
            for model, value in cases
        ]
    )
    expected = [str(measure(model, value)) for model, value in cases]
    assert found == expected


def test_months_are_written_alike(script: Script) -> None:
    found = script([("format.js", "formatMonths", [script_wording(), lo, hi]) for lo, hi in MONTHS])
    assert found == [str(months(lo, hi)) for lo, hi in MONTHS]
    assert "2 to 3 years" in found  # the case the two sides once wrote differently


def test_percentages_are_written_alike(script: Script) -> None:
    shares = [80, 66.666, 100, 12.125, 33.3333]
    found = script([("format.js", "formatPercent", [script_wording(), share]) for share in shares])
    assert found == [percent(share) for share in shares]


def test_directions_are_the_pages(script: Script) -> None:
    fmt = script_wording()
    directions = list(DIRECTIONS)
    found = script([("format.js", "directionName", [fmt, {"direction": d}]) for d in directions])
    assert found == [DIRECTIONS[d] for d in directions]


def test_a_worse_result_on_a_lower_is_better_kpi_is_not_below_target(script: Script) -> None:
    """82 days against a target of 45 (lower is better) is above target, and says so."""
    words = script_wording()
    data = {"wording": words}
    kpi = {"target": 45, "threshold": 60, "stretch": None, "direction": "lower-is-better"}
    higher = {**kpi, "direction": "higher-is-better", "target": 100, "threshold": 80}
    calls: list[tuple[str, str, list[Any]]] = [
        ("compare.js", "kpiResult", [kpi, {"value": 50}]),
        ("compare.js", "kpiResult", [kpi, {"value": 82}]),
        ("compare.js", "kpiResult", [higher, {"value": 90}]),
    ]
    worse, far_worse, short = script(calls)
    texts = script(
        [
            ("words.js", "resultText", [data, kpi, worse]),
            ("words.js", "resultText", [data, kpi, far_worse]),
            ("words.js", "resultText", [data, higher, short]),
        ]
    )
    assert texts[0] == "above target"
    assert texts[1] == f"worse than the {words['targets']['threshold']} result"
    assert texts[2] == "below target"
    assert "below" not in texts[0] + texts[1]
