"""The search index's last touches (generator/site/search_index.py): each entry weighed by its
own title's score so that exact titles come first, and no tags in the index. The ranking a
reader sees is checked in Chromium by tests/browser/test_search.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from conftest import FIXTURE

from generator.site import search_index
from generator.validate.folder import load_ladder


def index(*docs: dict[str, Any], separator: str = r"[\s\-]+") -> dict[str, Any]:
    fields = {"title": {"boost": 1000}, "text": {"boost": 1}, "tags": {"boost": 1}}
    return {
        "config": {"lang": ["en"], "separator": separator, "fields": fields},
        "docs": list(docs),
    }


def doc(location: str, title: str, text: str = "", **more: Any) -> dict[str, Any]:
    return {"location": location, "title": title, "text": text, **more}


def weights(weighed: dict[str, Any]) -> dict[str, float]:
    return {entry["location"]: entry["boost"] for entry in weighed["docs"]}


FILLER = [doc(f"other/{n}/", f"Other page {n}", "sales engineer account") for n in range(20)]


def test_an_exact_title_weighs_more_than_a_longer_one_holding_it() -> None:
    found = weights(
        search_index.weigh(
            index(
                doc("roles/ae/", "Account executive", boost=3),
                doc("roles/senior-ae/", "Senior account executive", boost=3),
                *FILLER,
            )
        )
    )
    assert found["roles/ae/"] > found["roles/senior-ae/"]


def test_a_rarer_word_in_a_title_weighs_its_entry_down() -> None:
    """ "engineer" is on every filler page, "engineering" on none: a query "engineer*" finds
    both titles, and the rarer word's higher score is taken back by a lower weight."""
    found = weights(
        search_index.weigh(
            index(
                doc("a/", "Sales engineer"),
                doc("b/", "Sales engineering"),
                *FILLER,
            )
        )
    )
    assert found["a/"] > found["b/"]


def test_the_weight_a_page_asks_for_multiplies_in() -> None:
    found = weights(
        search_index.weigh(
            index(
                doc("kpis/#win-rate", "Win rate", boost=4),
                doc("roles/ae/#win-rate", "Win rate", boost=2),
                doc("roles/#win-rate", "Win rate"),
                *FILLER,
            )
        )
    )
    assert found["kpis/#win-rate"] == pytest.approx(2 * found["roles/ae/#win-rate"], rel=1e-3)
    assert found["roles/ae/#win-rate"] == pytest.approx(2 * found["roles/#win-rate"], rel=1e-3)


def test_tags_leave_the_index_and_everything_else_stays() -> None:
    source = index(doc("roles/ae/", "Account executive", "text", tags=["Selling", "Discovery"]))
    weighed = search_index.weigh(source)
    assert weighed["config"] == source["config"]
    entry = weighed["docs"][0]
    assert "tags" not in entry
    assert {k: entry[k] for k in ("location", "title", "text")} == {
        "location": "roles/ae/",
        "title": "Account executive",
        "text": "text",
    }
    assert source["docs"][0]["tags"] == ["Selling", "Discovery"]  # the input is left alone


def test_words_follow_the_separator_and_skip_markup() -> None:
    assert search_index.words("Self-assessment: <code>AE</code> form") == [
        "self",
        "assessment:",
        "ae",
        "form",
    ]
    assert search_index.words("a,b c", r"[\s,]+") == ["a", "b", "c"]
    assert search_index.words("a b", r"(?<x") == ["a", "b"]  # unreadable here: Material's


def test_a_title_of_common_words_does_not_weigh_without_bound() -> None:
    common = [doc(f"p/{n}/", "Sales", "sales") for n in range(50)]
    found = weights(search_index.weigh(index(*common)))
    assert max(found.values()) <= search_index.SCALE / search_index.SMALLEST_TITLE_SCORE


@pytest.mark.parametrize("asked", ["high", "2,9", -1, 0, True, None, [2], float("nan")])
def test_a_weight_that_is_not_a_positive_number_counts_as_one(asked: object) -> None:
    weighed = weights(
        search_index.weigh(index(doc("a/", "Win rate", boost=asked), doc("b/", "Win rate")))
    )
    assert weighed["a/"] == weighed["b/"]


def test_aliases_get_a_field_of_their_own_with_the_titles_weight() -> None:
    weighed = search_index.weigh(
        index(doc("roles/se/", "Sales engineer"), doc("roles/ae/", "Account executive")),
        {"roles/se/": ["SE", "pre-sales engineer"]},
    )
    se, ae = weighed["docs"]
    assert se["aliases"] == ["se", "pre"]  # "sales" and "engineer" are in the title already
    assert "aliases" not in ae
    assert weighed["config"]["fields"]["aliases"] == {"boost": 1000}


def test_the_aliases_of_a_ladder_are_found_at_their_pages_addresses() -> None:
    ladder, _ = load_ladder(FIXTURE)
    assert ladder is not None
    role = next(iter(ladder.roles.values()))
    kpi = next(iter(ladder.kpis.values()))
    competency = next(iter(ladder.competencies.values()))
    changed = replace(
        ladder,
        roles={**ladder.roles, role.id: role.model_copy(update={"aliases": ["R1"]})},
        kpis={**ladder.kpis, kpi.id: kpi.model_copy(update={"aliases": ["K1"]})},
        competencies={
            **ladder.competencies,
            competency.id: competency.model_copy(update={"aliases": ["C1"]}),
        },
    )
    assert search_index.aliases_of(changed) == {
        f"roles/{role.id}/": ["R1"],
        f"competencies/{competency.id}/": ["C1"],
        f"kpis/#{kpi.id}": ["K1"],
    }
