"""Printing: role pages, transition guides and matrices are handed out on paper.

Chromium prints each page to an A4 PDF with the print stylesheet (overrides/assets/
stylesheets/handbook.css); pypdf reads the text back. On paper there must be no menu,
header, search or footer, the ladder version must be there, and links must show where they
go: external links their URL, links inside the handbook their address on the site.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from .conftest import Visit

pytestmark = pytest.mark.browser

SCREEN_ONLY = ("Skip to content", "Back to top", "All roles", "Changelog", "Search")


def printed(visit: Visit, address: str) -> tuple[int, str]:
    """(page count, text) of the page printed to A4 as a browser prints it."""
    visit.open(address)
    visit.page.emulate_media(media="print")
    pdf = visit.page.pdf(format="A4", prefer_css_page_size=True)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), re.sub(r"[ \t]+", " ", text)


def assert_paper_only(text: str) -> None:
    for word in SCREEN_ONLY:
        assert word not in text, word
    assert "¶" not in text  # heading permalinks


def test_a_role_page_prints_without_the_site_around_it(visit: Visit) -> None:
    pages, text = printed(visit, "roles/rep/")
    assert 1 <= pages <= 4
    for expected in (
        "Sales rep",
        "Responsibilities",
        "Discovery",
        "Quota attainment",
        "Where this leads",
        "version 1.1",
    ):
        assert expected in text, expected
    assert_paper_only(text)
    flat = re.sub(r"\s+", "", text)
    site = visit.site.url
    assert f"({site}roles/senior-rep/)" in flat  # an internal link shows its full address
    assert f"({site}tracks/selling/)" in flat


def test_a_transition_guide_prints(visit: Visit) -> None:
    pages, text = printed(visit, "roles/rep/to/senior-rep/")
    assert 1 <= pages <= 4
    for expected in ("Senior sales rep", "Run one deal over 20k with a senior rep", "version 1.1"):
        assert expected in text, expected
    assert_paper_only(text)


def test_a_competency_matrix_prints_on_one_page_without_addresses_in_cells(
    visit: Visit,
) -> None:
    pages, text = printed(visit, "matrices/selling/")
    assert pages == 1
    for expected in ("Discovery", "Negotiation", "Sales rep", "Senior sales rep", "Skilled"):
        assert expected in text, expected
    assert "/competencies/discovery/#" not in text.replace("\n", "")
    assert_paper_only(text)


def test_links_show_their_target_on_paper(visit: Visit) -> None:
    _, text = printed(visit, "")
    flat = re.sub(r"\s+", "", text)
    assert "(https://intranet.example/commission)" in flat
    assert f"({visit.site.url}roles/senior-rep/#negotiation)" in flat
    assert f"({visit.site.url}tracks/selling/)" in flat


def test_a_long_role_page_prints_in_a_few_pages(rich_visit: Visit) -> None:
    pages, text = printed(rich_visit, "roles/account-rep/")
    assert 2 <= pages <= 8
    assert "Account executive" in text
    assert_paper_only(text)
