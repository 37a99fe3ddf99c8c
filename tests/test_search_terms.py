"""What the generated pages give the site's search: a weight per page kind in the front
matter, and the other names a ladder declares (`aliases`) as visible, escaped text."""

from __future__ import annotations

from dataclasses import replace

import yaml
from conftest import FIXTURE

from generator.ladder import Ladder
from generator.site.front_matter import FRONT_MATTER
from generator.site.pages import Page, build_pages
from generator.validate.folder import load_ladder


def pages_of(ladder: Ladder) -> dict[str, Page]:
    return {page.path: page for page in build_pages(ladder)}


def boost(page: Page) -> object:
    match = FRONT_MATTER.match(page.content)
    assert match
    return (yaml.safe_load(match.group(1)).get("search") or {}).get("boost")


def fixture_ladder() -> Ladder:
    ladder, problems = load_ladder(FIXTURE)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


def test_role_kpi_and_competency_pages_outweigh_guides() -> None:
    pages = pages_of(fixture_ladder())
    role = next(
        p
        for path, p in pages.items()
        if path.endswith("/index.md")
        and "/to/" not in path
        and path.count("/") == 2
        and path.startswith("roles/")
    )
    guides = [p for path, p in pages.items() if "/to/" in path or "/expectations/" in path]
    assert guides
    assert boost(role) == 3
    assert boost(pages["kpis/index.md"]) == 4
    assert all(boost(p) == 0.5 for p in guides)
    assert boost(pages["tracks/index.md"]) is None
    track = next(
        p for path, p in pages.items() if path.startswith("tracks/") and path.count("/") == 2
    )
    assert 2 < boost(track) < 3  # type: ignore[operator]  # a role of the same title first


def test_aliases_are_shown_escaped_on_their_page() -> None:
    ladder = fixture_ladder()
    role = next(iter(ladder.roles.values()))
    kpi = next(iter(ladder.kpis.values()))
    ladder.roles[role.id] = role.model_copy(update={"aliases": ["AE", "<b>x</b>"]})
    ladder.kpis[kpi.id] = kpi.model_copy(update={"aliases": ["QA"]})
    pages = pages_of(ladder)
    role_page = pages[f"roles/{role.id}/index.md"].content
    assert "*Also called: AE, &#60;b&#62;x&#60;/b&#62;*" in role_page
    assert "<b>x</b>" not in role_page
    assert "*Also called: QA*" in pages["kpis/index.md"].content
    assert "Also called" not in pages[f"roles/{role.id}/expectations/index.md"].content


def test_search_weights_are_numbers_in_every_language() -> None:
    """Material multiplies scores by the weight as written: "0,5" (a French decimal comma)
    would be a string, and every score it touched not a number."""
    ladder = fixture_ladder()
    for language in ("fr", "de"):
        french = replace(ladder, handbook=ladder.handbook.model_copy(update={"language": language}))
        weights = [boost(page) for page in pages_of(french).values() if page.path.endswith(".md")]
        assert 0.5 in weights and 3 in weights, language
        assert all(w is None or isinstance(w, int | float) for w in weights), language
