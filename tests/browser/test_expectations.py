"""The expectations document, printed: every role of the rich ladder, on A4, in Chromium.

A new hire is handed this document on paper and signs it, so each one must be complete
(purpose, values, KPIs with targets and how they are measured, learning, reviews, adapting,
where the role leads, commission where the role carries quota) and fit on at most three A4
pages, ending with the acknowledgement block, whole, on its last page.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from pypdf import PdfReader

from generator.ladder import Ladder
from generator.model import Role
from generator.validate.folder import load_ladder

from .conftest import RICH, Visit

pytestmark = pytest.mark.browser

AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
MAX_PAGES = 3
SCREEN_ONLY = ("Skip to content", "Back to top", "All roles", "Search")


def rich_ladder() -> Ladder:
    ladder, problems = load_ladder(RICH)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


RICH_LADDER = rich_ladder()


def printed(visit: Visit, address: str) -> list[str]:
    """The text of each printed A4 page, whitespace collapsed."""
    visit.open(address)
    visit.page.emulate_media(media="print")
    pdf = visit.page.pdf(format="A4", prefer_css_page_size=True)
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def expected_text(ladder: Ladder, role: Role) -> list[str]:
    """What every printed document of this role must say."""
    texts = [
        f"Expectations: {role.title}",
        "Purpose of the role",
        "Competencies expected",
        "Our values in this role",
        "Reviews and feedback",
        "Adapting to change",
        f"ladder version {ladder.version}",
    ]
    texts += [value.name for value in ladder.handbook.values]
    texts += [review.name for review in ladder.handbook.reviews]
    texts += [ladder.competencies[c].name for c in role.competencies]
    if role.kpis:
        texts += ["KPIs and targets", "How each KPI is measured"]
        texts += [ladder.kpis[k].name for k in role.kpis]
    if any(target.ramp for target in role.kpis.values()):
        texts.append("Ramp milestones for your first months")
    if role.transitions:
        texts.append("Where this role leads")
        texts += [ladder.roles[t.to].title for t in role.transitions]
    if role.carries_quota and role.compensation:
        texts += ["Commission", "This role carries a quota"]
    learning = role.learning
    if learning.training or learning.certifications or learning.mentorship:
        texts.append("Learning")
    return texts


def squeezed(text: str) -> str:
    """Text without any whitespace: PDF extraction breaks lines (and hyphenated words)
    where the page did, so content is compared without it."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("role_id", list(RICH_LADDER.roles))
def test_every_role_prints_on_at_most_three_pages(rich_visit: Visit, role_id: str) -> None:
    role = RICH_LADDER.roles[role_id]
    pages = printed(rich_visit, f"roles/{role_id}/expectations/")
    assert 1 <= len(pages) <= MAX_PAGES, f"{role_id}: {len(pages)} pages"
    text = squeezed(" ".join(pages))
    for expected in expected_text(RICH_LADDER, role):
        assert squeezed(expected) in text, f"{role_id}: {expected!r} missing"
    if not (role.carries_quota and role.compensation):
        assert squeezed("This role carries a quota") not in text, role_id
    for word in SCREEN_ONLY:
        assert squeezed(word) not in text, f"{role_id}: {word!r} printed"
    # The acknowledgement block closes the document, whole, on the last page, and the
    # version stamp stays with it.
    last = squeezed(pages[-1])
    for part in ("Acknowledgement", "Employee", "Manager", "Name", "Date", "Signature"):
        assert part in last, f"{role_id}: {part!r} not on the last page"
    assert last.endswith(squeezed(f"version {RICH_LADDER.version}")), role_id


def test_the_fixture_document_in_detail(visit: Visit) -> None:
    text = " ".join(printed(visit, "roles/rep/expectations/"))
    for expected in (
        "What Fixture Co expects in the role of Sales rep",
        "Track: Selling, level 1",
        "Usual time in the role: 1 to 2 years",
        "Discovery: Basic; Negotiation: Basic.",
        "Candour: Say no to deals that will churn.",
        "Quota attainment 100% 80% 120% quarterly",  # target, lowest, stretch, measured
        "Sales cycle length (lower is better): Median over deals closed in the quarter.",
        "month 1: 25%; month 2: 50%; month 3: 100%",
        "Discovery bootcamp",
        "Annual review, yearly",
        "Feeds pay and recognition.",
        "Expect targets to move when the market does.",
        "Promotion to Senior sales rep, usually after 1 to 2 years",
        "Pay mix (base to variable): 50/50",
        "Accelerator: Double rate above 100 percent",
        "I have read the expectations of the role of Sales rep in this document, ladder version "
        "1.1",
    ):
        assert expected in text, expected
    lead = " ".join(printed(visit, "roles/team-lead/expectations/"))
    assert "Every rep can name one thing they learnt from you this quarter." in lead
    assert "Commission" not in lead
    assert "Quota:" not in lead  # the quota line is only on roles that carry one


def axe_violations(visit: Visit, address: str) -> list[dict[str, Any]]:
    visit.open(address)
    visit.page.add_script_tag(path=str(AXE))
    found = visit.page.evaluate(
        """async () => {
            const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map((v) => ({id: v.id, help: v.help}));
        }"""
    )
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize("address", ["roles/rep/expectations/", "roles/team-lead/expectations/"])
def test_no_accessibility_violations(visit: Visit, address: str) -> None:
    assert axe_violations(visit, address) == []


def test_no_accessibility_violations_in_the_rich_handbook(rich_visit: Visit) -> None:
    assert axe_violations(rich_visit, "roles/account-rep/expectations/") == []
