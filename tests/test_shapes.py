"""Ladders of other shapes: each validates, builds strictly and shows no empty section.

The fixtures are written for these tests, in the shapes real frameworks come in:
- minimal/: roles with only id, title, track and level; competencies with one text per level;
- engineering/: several job families, six levels, one text per level per competency, no
  KPIs, transitions or values;
- sales/: SDR and account executive levels, unlevelled competencies whose expectations each
  role states as a list, quota targets, company values rated like competencies, promotion
  rules in prose;
- a French data skills matrix: 6 tracks, 24 roles, 48 skills on a 7-level scale, no KPIs,
  written by tests/french_matrix.py into a temporary folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from french_matrix import write_french_matrix
from test_site_build import TAGS, project

from generator.ladder import Ladder
from generator.site.pages import Page, build_pages
from generator.validate.folder import load_ladder

FIXTURES = Path(__file__).parent / "fixtures"
SHAPES = ["minimal", "engineering", "sales", "french"]
HOME = "---\ntitle: Home\nrender_macros: true\n---\n\n# {{ organisation }}\n\n{{ track_list() }}\n"
HEADING = re.compile(r"^(#{1,6}) \S")
PLACEHOLDERS = re.compile(r"\bTODO\b|\bnone\b|\bnot (?:set|stated|given)\b|\bn/a\b|\btbd\b", re.I)


@pytest.fixture(scope="module")
def shape_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    french = tmp_path_factory.mktemp("french") / "ladder"
    write_french_matrix(french)
    dirs = {name: FIXTURES / name for name in SHAPES if name != "french"}
    dirs["french"] = french
    return dirs


def loaded(directory: Path) -> Ladder:
    ladder, problems = load_ladder(directory)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


def body_lines(page: Page) -> list[str]:
    """The page's Markdown without its front matter."""
    text = page.content
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + 5 :]
    return text.splitlines()


def visible_text(page: Page) -> str:
    """The words a reader sees: the body without HTML tags and their attributes (an SVG's
    fill="none" is no placeholder)."""
    return re.sub(r"<[^>]*>", " ", "\n".join(body_lines(page)))


def empty_sections(page: Page) -> Iterator[str]:
    """Each heading directly followed by a heading of the same or a higher level, or by the
    end of the page (blank lines and closing tags do not count as content)."""
    lines = [line for line in body_lines(page) if line.strip() and line.strip() != "</div>"]
    for index, line in enumerate(lines):
        match = HEADING.match(line)
        if not match:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        after = HEADING.match(following) if following is not None else None
        if following is None or (after and len(after.group(1)) <= len(match.group(1))):
            yield line


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_validates_with_no_error_under_the_default_policy(
    shape: str, shape_dirs: dict[str, Path]
) -> None:
    ladder, problems = load_ladder(shape_dirs[shape])
    assert [p.format() for p in problems if p.severity == "error"] == []
    assert ladder is not None


def test_the_french_matrix_has_the_size_of_the_framework(shape_dirs: dict[str, Path]) -> None:
    ladder = loaded(shape_dirs["french"])
    assert (len(ladder.tracks), len(ladder.roles), len(ladder.competencies)) == (6, 24, 48)
    assert len(ladder.handbook.proficiency_scale) == 7
    assert ladder.kpis == {}
    assert ladder.competencies["modelisation-de-donnees"].name == "Modélisation de données"


@pytest.mark.parametrize("shape", SHAPES)
def test_no_page_has_an_empty_section_or_a_placeholder(
    shape: str, shape_dirs: dict[str, Path]
) -> None:
    pages = build_pages(loaded(shape_dirs[shape]))
    assert pages
    empty = {page.path: list(empty_sections(page)) for page in pages}
    assert {path: found for path, found in empty.items() if found} == {}
    filler = {page.path: PLACEHOLDERS.findall(visible_text(page)) for page in pages}
    assert {path: found for path, found in filler.items() if found} == {}


def test_the_checker_finds_an_empty_section() -> None:
    """The check above can fail: a heading followed by a heading of its level is found."""
    page = Page("x.md", "---\ntitle: x\n---\n\n# X\n\n## A\n\n## B\n\ntext\n\n### C\n")
    assert list(empty_sections(page)) == ["## A", "### C"]


def test_pages_show_only_what_the_ladder_holds(shape_dirs: dict[str, Path]) -> None:
    minimal = {page.path for page in build_pages(loaded(shape_dirs["minimal"]))}
    # no KPIs, values, moves, or roles requiring a competency: no catalogue, map or matrix
    assert not {"kpis/index.md", "values/index.md", "map/index.md", "matrices/index.md"} & minimal
    assert "roles/lead/expectations/index.md" in minimal
    assert "roles/lead/self-assessment/index.md" not in minimal  # nothing to rate
    sales = {page.path for page in build_pages(loaded(shape_dirs["sales"]))}
    assert {"kpis/index.md", "map/index.md", "roles/sdr-1/self-assessment/index.md"} <= sales


def test_quota_and_tags_appear_only_where_they_apply(shape_dirs: dict[str, Path]) -> None:
    pages = {p.path: p.content for p in build_pages(loaded(shape_dirs["engineering"]))}
    role = pages["roles/software-engineer-2/index.md"]
    assert "quota" not in role.lower()
    assert 'tags:\n  - "Software engineering"\n---' in role  # the track only, by default
    sales = {p.path: p.content for p in build_pages(loaded(shape_dirs["sales"]))}
    assert "- **Quota:** this role carries a quota" in sales["roles/ae-1/index.md"]


def test_texts_and_lists_of_each_shape_reach_the_role_page(shape_dirs: dict[str, Path]) -> None:
    sales = {p.path: p.content for p in build_pages(loaded(shape_dirs["sales"]))}
    page = sales["roles/sdr-2/index.md"]
    assert "- Books twelve qualified meetings a month from outbound work" in page
    minimal = {p.path: p.content for p in build_pages(loaded(shape_dirs["minimal"]))}
    planning = minimal["competencies/planning/index.md"]
    assert "Sets the plan for several teams a quarter ahead.\n\n- Balances the load" in planning


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_builds_strictly(
    shape: str, shape_dirs: dict[str, Path], tmp_path: Path
) -> None:
    built = project(tmp_path, shape_dirs[shape], {"index.md": HOME, "tags.md": TAGS})
    assert built.returncode == 0, built.output
    assert (built.site / "index.html").is_file()
