"""axe-core on the main kinds of page: no WCAG 2.0/2.1 A or AA violation.

axe-core ships inside the axe-playwright-python package; it is injected from there, so the
check needs no network. The fixture site covers every page template; the rich fixture ladder
adds real prose (links, emphasis, long tables) on a role page and a matrix. The repository's
own handbook is checked on its home page and its first role, whatever its ladder holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest

from generator.validate.folder import load_ladder

from .conftest import REPO, Visit

pytestmark = pytest.mark.browser

AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(visit: Visit, address: str, scheme: str = "light") -> list[dict[str, Any]]:
    """axe's findings on a page, read in the light or the dark scheme (the reader's system
    setting, which the palette follows)."""
    visit.page.emulate_media(color_scheme="dark" if scheme == "dark" else "light")
    visit.open(address)
    shown = visit.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == ("slate" if scheme == "dark" else "default")
    visit.page.add_script_tag(path=str(AXE))
    result = visit.page.evaluate(
        """async (tags) => {
            const found = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return found.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
            }));
        }""",
        TAGS,
    )
    assert isinstance(result, list)
    return result


EVERY_KIND = [
    "",
    "roles/rep/",
    "roles/rep/expectations/",
    "roles/rep/self-assessment/",
    "matrices/selling/",
    "roles/rep/to/senior-rep/",
    "map/",
    "tracks/selling/",
    "tracks/",
    "roles/",
    "competencies/discovery/",
    "competencies/",
    "matrices/",
    "kpis/",
    "values/",
    "changelog/",
    "tags/",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("address", EVERY_KIND)
def test_no_accessibility_violations(visit: Visit, address: str, scheme: str) -> None:
    assert violations(visit, address, scheme) == []


@pytest.mark.parametrize(
    "address",
    [
        "",
        "roles/account-rep/",
        "matrices/account-rep/",
        "roles/account-rep/to/senior-account-rep/",
    ],
)
def test_no_accessibility_violations_in_the_rich_handbook(rich_visit: Visit, address: str) -> None:
    assert violations(rich_visit, address) == []


@pytest.mark.repository
def test_no_accessibility_violations_in_the_repository_handbook(repository_visit: Visit) -> None:
    ladder, problems = load_ladder(REPO / "ladder")
    assert ladder is not None, [p.format() for p in problems]
    first = next(iter(ladder.roles))
    for address in ("", f"roles/{first}/", f"roles/{first}/expectations/"):
        assert violations(repository_visit, address) == [], address


def test_axe_does_find_a_violation(visit: Visit) -> None:
    """The check can fail: an image without a text alternative is reported."""
    visit.open("")
    visit.page.evaluate("document.querySelector('article').append(document.createElement('img'))")
    visit.page.add_script_tag(path=str(AXE))
    found = visit.page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map((v) => v.id)",
        TAGS,
    )
    assert "image-alt" in found
