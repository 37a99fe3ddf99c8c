"""The page script writes amounts, units, months and KPI directions as the pages do, and
asks only for texts the generator gives it.

Python's own functions (generator/site/wording.py: `measure`, `months`, `percent`, the
direction names) give the expected text; the script's format.js, run in Node, gives its
text from the `wording` data the generator embeds in the page (`script_wording`). Both must
be the same, value by value, including the awkward ones (rounding, a tie, thousands, one
day, whole years). tests/test_wording.py reads the same data in Python; this test runs the
script itself. The script's texts are the catalogue's (generator/site/script_strings/):
every key its modules look up is declared there and every declared key is looked up, and
plural forms are chosen alike in English, French and German.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import locale
from generator.locale import ngettext
from generator.model import Kpi
from generator.site.phrases import DIRECTIONS
from generator.site.script_strings import MESSAGES, script_strings
from generator.site.script_wording import script_wording
from generator.site.wording import in_a_list, labelled, measure, months, number, percent

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


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_units_are_written_alike(script: Script, language: str) -> None:
    cases = [(kpi(fields), value) for fields in UNITS for value in VALUES]
    with locale.use(language):
        words = script_wording()
        expected = [str(measure(model, value)) for model, value in cases]
    calls = [("format.js", "formatMeasure", [words, script_kpi(m), value]) for m, value in cases]
    found = script(calls)
    assert found == expected


@pytest.mark.parametrize(
    ("language", "amount"),
    [("en", "EUR 38,000"), ("fr", "38\u202f000\u00a0€"), ("de", "38.000\u00a0€")],
)
def test_amounts_in_a_currency_read_as_the_pages_write_them(
    script: Script, language: str, amount: str
) -> None:
    """The script writes the language's sign where the pages do (38 000 € in French), and
    reads back what it wrote, the code, and a plain space typed for a French group."""
    model = script_kpi(kpi({"unit": "currency", "currency": "EUR"}))
    with locale.use(language):
        words = script_wording()
        assert str(measure(kpi({"unit": "currency", "currency": "EUR"}), 38000)) == amount
    typed = [amount, amount.replace("€", "EUR"), amount.replace("\u202f", " ")]
    found = script(
        [("format.js", "formatMeasure", [words, model, 38000])]
        + [("actuals.js", "parseActual", [words, model, text]) for text in typed]
    )
    assert found == [amount, {"value": 38000}, {"value": 38000}, {"value": 38000}]


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


SCRIPTS = Path(__file__).parents[2] / "overrides" / "assets" / "javascripts" / "self-assessment"
KEY_SHAPED = re.compile(r'"([a-z]+\.[A-Za-z.-]*[A-Za-z-])"')
"""A literal shaped like a key ("review.heading"), wherever it is passed on to t()."""
NOT_KEYS = re.compile(r"\.js$|^[a-z]+\.ladder-")  # a module, a CSS selector
LOOKED_UP = re.compile(r'\bt\("([A-Za-z.-]+)"[,)]')
BUILT = re.compile(r'\bt\("([A-Za-z-]+\.)" \+')
"""A key built from a prefix and a value: t("move." + kind)."""


def script_keys() -> tuple[set[str], set[str]]:
    """The keys the script's modules name, and the prefixes of the keys they build."""
    keys: set[str] = set()
    prefixes: set[str] = set()
    for module in sorted(SCRIPTS.glob("*.js")):
        source = module.read_text(encoding="utf-8")
        keys |= {k for k in KEY_SHAPED.findall(source) if not NOT_KEYS.search(k)}
        keys |= set(LOOKED_UP.findall(source))
        prefixes |= set(BUILT.findall(source))
    return keys, prefixes


def test_the_script_asks_for_exactly_the_texts_the_generator_declares() -> None:
    keys, prefixes = script_keys()
    assert {"review.heading", "levels", "imports.done"} <= keys  # the scan finds the calls
    assert {"move.", "check.", "unit."} <= prefixes
    assert sorted(keys - set(MESSAGES)) == [], "looked up by the script, not declared"
    assert [p for p in prefixes if not any(k.startswith(p) for k in MESSAGES)] == []
    unused = [k for k in MESSAGES if k not in keys and not k.startswith(tuple(prefixes))]
    assert unused == [], "declared in generator/site/script_strings/, never looked up"


def test_every_page_language_gives_the_script_every_text() -> None:
    for language in ("en", "fr", "de"):
        with locale.use(language):
            strings = script_strings()
        assert set(strings) == set(MESSAGES), language
        assert all(
            "%(" not in text and "%%" not in text
            for entry in strings.values()
            for text in (entry.values() if isinstance(entry, dict) else [entry])
        ), language
    with locale.use("de"):
        assert script_strings()["review.heading"] != MESSAGES["review.heading"]


def fill(message: str, count: int) -> str:
    """A catalogue message as the script fills it: the count written as the pages write
    numbers, every other field its name."""
    return re.sub(r"%\((\w+)\)s", lambda m: number(count) if m[1] == "count" else m[1], message)


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_plural_forms_are_chosen_as_the_catalogue_chooses_them(
    script: Script, language: str
) -> None:
    """The script picks a form with Intl.PluralRules, the catalogue with its Plural-Forms
    rule: for every plural text and count, the same sentence (French: 0 and 1 singular)."""
    counts = [0, 1, 2, 3, 11, 21, 100, 1000, 1000000]
    plurals = {k: m for k, m in MESSAGES.items() if isinstance(m, tuple)}
    with locale.use(language):
        table, words = script_strings(), script_wording()
        expected = [fill(ngettext(*forms, n), n) for forms in plurals.values() for n in counts]
    params = {"who": "who", "then": "then", "now": "now", "role": "role", "months": "months"}
    calls: list[tuple[str, str, list[Any]]] = [
        ("strings.js", "useStrings", [table, language, words])
    ]
    calls += [("strings.js", "t", [k, {**params, "count": n}]) for k in plurals for n in counts]
    found = script(calls)[1:]
    assert found == expected
    if language == "fr":
        assert found[:2] == ["0 niveau", "1 niveau"] and found[2] == "2 niveaux"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "At least 1 month as Rep: 14 months", "At least 2 months as Rep: 14 months"),
        (
            "fr",
            "Au moins 1 mois en tant que Rep\u00a0: 14 mois",
            "Au moins 2 mois en tant que Rep\u00a0: 14 mois",
        ),
        ("de", "Mindestens 1 Monat als Rep: 14 Monate", "Mindestens 2 Monate als Rep: 14 Monate"),
    ],
)
def test_the_months_check_reads_right_for_one_month(
    script: Script, language: str, one: str, two: str
) -> None:
    """The readiness check of the months in a role takes the plural form of its minimum:
    "At least 1 month", never "At least 1 months"."""
    with locale.use(language):
        data = {"wording": script_wording(), "role": {"title": "Rep"}}
        table = script_strings()
    check = {"rule": "months", "state": "met", "months": 14}
    calls: list[tuple[str, str, list[Any]]] = [("strings.js", "useStrings", [table, language])]
    calls += [("words.js", "checkText", [{**check, "minimum": n}, data, {}]) for n in (1, 2)]
    found = script(calls)[1:]
    assert [words["text"] for words in found] == [one, two]


@pytest.mark.parametrize(
    ("language", "label", "items"),
    [
        ("en", "Gap: 1 level", "Discovery; Negotiation, closing"),
        ("fr", "Gap\u00a0: 1 level", "Discovery\u00a0; Negotiation, closing"),
        ("de", "Gap: 1 level", "Discovery; Negotiation, closing"),
    ],
)
def test_labels_and_lists_are_punctuated_as_the_pages_punctuate_them(
    script: Script, language: str, label: str, items: str
) -> None:
    """French sets a no-break space before ":" and ";": the script's `labelled` and
    `listed` write what wording.py's `labelled` and `in_a_list` write, from the same
    catalogue messages."""
    parts = ["Discovery", "Negotiation, closing"]
    with locale.use(language):
        table = script_strings()
        assert [labelled("Gap", "1 level"), in_a_list(parts)] == [label, items]
    calls: list[tuple[str, str, list[Any]]] = [
        ("strings.js", "useStrings", [table, language]),
        ("strings.js", "labelled", ["Gap", "1 level"]),
        ("strings.js", "listed", [parts]),
    ]
    assert script(calls)[1:] == [label, items]


NUMBERS_IN_TEXTS: list[tuple[str, dict[str, Any]]] = [
    ("share.long", {"length": 2500, "limit": 2000}),
    ("file.tooLarge", {"size": 1536, "limit": 1024}),
    ("input.outOf", {"max": 2.5}),
    ("levels", {"count": 1000}),
    ("check.share", {"share": "80%", "target": "T", "count": 1200, "total": 1500, "needed": 1.25}),
]


@pytest.mark.parametrize(
    ("language", "grouped"), [("en", "2,500"), ("fr", "2\u202f500"), ("de", "2.500")]
)
def test_numbers_in_texts_are_written_as_the_pages_write_numbers(
    script: Script, language: str, grouped: str
) -> None:
    """A number the script places in a text ({length}, {count}, ...) is grouped and takes
    the decimal sign of the handbook's language, as wording.py's `number` writes it."""
    with locale.use(language):
        table, words = script_strings(), script_wording()
        expected = []
        for key, params in NUMBERS_IN_TEXTS:
            message = MESSAGES[key]
            text = (
                locale.gettext(message)
                if isinstance(message, str)
                else ngettext(*message, params["count"])
            )
            values = {k: number(v) if isinstance(v, int | float) else v for k, v in params.items()}
            expected.append(text % values)
    calls: list[tuple[str, str, list[Any]]] = [
        ("strings.js", "useStrings", [table, language, words])
    ]
    calls += [("strings.js", "t", [key, params]) for key, params in NUMBERS_IN_TEXTS]
    found = script(calls)[1:]
    assert found == expected
    assert grouped in found[0] and "2500" not in found[0]
