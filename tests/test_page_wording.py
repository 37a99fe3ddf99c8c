"""Sentences of the generated pages as a reader meets them: articles before titles, KPI
targets worded for their kind, and every sentence about a target following its direction.

The pages are rendered from the fixture ladder, altered where a case needs it (a title
starting with a vowel, a KPI measured as an average), and read as plain text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from test_text import parse, to_html

from generator.ladder import Ladder
from generator.site.pages import build_pages


def texts(ladder: Ladder, folder: Path) -> dict[str, str]:
    """Every generated page (front matter left out) as the words a reader sees, by path."""
    return {
        page.path: re.sub(
            r"\s+", " ", parse(to_html(page.content.split("---\n", 2)[2], folder)).text()
        )
        for page in build_pages(ladder)
    }


def retitled(ladder: Ladder, role_id: str, title: str) -> Ladder:
    roles = dict(ladder.roles)
    roles[role_id] = roles[role_id].model_copy(update={"title": title})
    return replace(ladder, roles=roles)


@pytest.mark.parametrize("title", ["Account executive", "Enablement specialist", "SDR"])
def test_no_article_is_guessed_before_a_role_title(
    fixture_ladder: Ladder, title: str, tmp_path: Path
) -> None:
    """ "a Account executive" is wrong, and so would "an SDR" be for some readers: sentences
    name the role without an article before its title."""
    pages = texts(retitled(fixture_ladder, "rep", title), tmp_path)
    for path, text in pages.items():
        assert not re.search(rf"\ban? {re.escape(title)}", text), path
    expectations = pages["roles/rep/expectations/index.md"]
    assert f"expects in the role of {title}," in expectations
    assert f"the role of {title} in this document" in expectations
    assert f"what the role of {title} needs" in pages["roles/rep/self-assessment/index.md"]


def test_learning_items_are_a_list_each_keeping_its_capital(
    fixture_ladder: Ladder, tmp_path: Path
) -> None:
    rep = fixture_ladder.roles["rep"]
    training = ["Discovery bootcamp", "The negotiation workshop", "CRM hygiene"]
    learning = rep.learning.model_copy(update={"training": training})
    roles = {**fixture_ladder.roles, "rep": rep.model_copy(update={"learning": learning})}
    page = next(
        p
        for p in build_pages(replace(fixture_ladder, roles=roles))
        if p.path == "roles/rep/expectations/index.md"
    )
    root = parse(to_html(page.content.split("---\n", 2)[2], tmp_path))
    items = [li.text().strip() for li in root.find_all("li")]
    assert all(item in items for item in training)  # one list item each, as written
    text = root.text()
    learning = text[text.index("Learning") : text.index("Reviews and feedback")]
    assert "Discovery bootcamp" in learning and not re.search(r"; [A-Z]", learning)


def with_kpi(ladder: Ladder, kpi_id: str, **update: object) -> Ladder:
    kpis = {**ladder.kpis, kpi_id: ladder.kpis[kpi_id].model_copy(update=update)}
    return replace(ladder, kpis=kpis)


def test_a_kpi_target_is_worded_for_its_kind(fixture_ladder: Ladder, tmp_path: Path) -> None:
    """A period says how often a KPI is measured; only a total is "per" period."""
    pages = texts(fixture_ladder, tmp_path)
    rep = pages["roles/rep/index.md"]
    assert "Target: 100%, measured each quarter" in rep  # a rate
    assert "per quarter" not in rep.replace("Target:", "") or "per quarter" not in rep
    senior = pages["roles/senior-rep/index.md"]
    assert re.search(r"Target: \d+ days, measured each quarter", senior)  # a duration
    # An amount of money is a total unless the KPI says it is an average.
    money = with_kpi(fixture_ladder, "quota-attainment", unit="currency", currency="EUR")
    assert "Target: EUR 100 per quarter" in texts(money, tmp_path)["roles/rep/index.md"]
    average = with_kpi(money, "quota-attainment", kind="average")
    rep = texts(average, tmp_path)["roles/rep/index.md"]
    assert "Target: EUR 100 on average, measured each quarter" in rep
    assert "Reviewed each quarter." in rep


def test_every_sentence_about_a_target_follows_the_kpis_direction(
    fixture_ladder: Ladder, tmp_path: Path
) -> None:
    """Sales cycle length is better when lower: met at or below target, and its threshold is
    the highest acceptable value, on every page that says so."""
    pages = texts(fixture_ladder, tmp_path)
    lower = [r for r in fixture_ladder.roles.values() if "sales-cycle-length" in r.kpis]
    assert lower
    guides = [f"roles/{r.id}/to/{m.to}/index.md" for r in lower for m in r.transitions]
    assert len(guides) == 2
    for path in guides:
        assert "at or below it where lower is better (Sales cycle length)" in pages[path]
        assert "is at or above its target" not in pages[path]
    # A guide out of a role with higher-is-better KPIs only keeps the short sentence.
    assert (
        "Every KPI of Team lead is at or above its target"
        in (pages["roles/team-lead/to/head-of-sales/index.md"])
    )
    assert "Highest acceptable: 60 days" in pages["roles/rep/index.md"]
    assert (
        "45 days, measured each quarter, highest acceptable 60 days"
        in (pages["roles/rep/self-assessment/index.md"])
    )
    assert "Highest acceptable" in pages["kpis/index.md"]
    assert "Acceptable limit" in pages["roles/rep/expectations/index.md"]  # both directions
    for path, text in pages.items():
        assert not re.search(r"Sales cycle length[^.]*lowest acceptable", text), path
