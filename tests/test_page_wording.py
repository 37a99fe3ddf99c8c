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
