"""build_pages: every address, front matter, anchors, links, determinism, hostile text.

Pages are converted with python-markdown and the site's extensions (helpers in
tests/test_text.py), so links, anchors and text are checked as a reader would meet them.
"""

from __future__ import annotations

import html
import itertools
import json
import posixpath
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURE, edit
from pydantic import BaseModel, ValidationError
from test_text import SECRET, Element, active_content, parse, to_html

from generator.ladder import Ladder
from generator.site.pages import Page, build_pages
from generator.site.wording import measure, readiness_in_words
from generator.validate.folder import load_ladder


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    loaded, problems = load_ladder(FIXTURE)
    assert loaded is not None, [p.format() for p in problems]
    return loaded


@pytest.fixture(scope="module")
def pages(ladder: Ladder) -> list[Page]:
    return build_pages(ladder)


def split(page: Page) -> tuple[dict[str, Any], str]:
    """(front matter, Markdown body) of a page."""
    match = re.match(r"---\n(.*?)\n---\n(.*)", page.content, re.DOTALL)
    assert match, page.path
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict)
    return meta, match.group(2)


def expected_paths(ladder: Ladder) -> list[str]:
    paths = ["map/index.md", "tracks/index.md"]
    paths += [f"tracks/{t}/index.md" for t in ladder.tracks]
    paths.append("roles/index.md")
    for role in ladder.roles.values():
        paths += [
            f"roles/{role.id}/index.md",
            f"roles/{role.id}/expectations/index.md",
            f"roles/{role.id}/self-assessment/index.md",
        ]
        paths += [f"roles/{role.id}/to/{t.to}/index.md" for t in role.transitions]
    paths.append("competencies/index.md")
    paths += [f"competencies/{c}/index.md" for c in ladder.competencies]
    paths.append("matrices/index.md")
    paths += [f"matrices/{t}/index.md" for t in ladder.tracks]
    paths += ["kpis/index.md", "values/index.md", "changelog/index.md"]
    return paths


def test_every_address_in_a_fixed_order(ladder: Ladder, pages: list[Page]) -> None:
    assert [p.path for p in pages] == expected_paths(ladder)
    assert "roles/rep/to/senior-rep/index.md" in [p.path for p in pages]


def test_build_is_deterministic(ladder: Ladder, pages: list[Page]) -> None:
    again = build_pages(ladder)
    assert [(p.path, p.content) for p in again] == [(p.path, p.content) for p in pages]


def test_front_matter(ladder: Ladder, pages: list[Page]) -> None:
    for page in pages:
        meta, body = split(page)
        assert meta["render_macros"] is False, page.path
        assert isinstance(meta["title"], str) and meta["title"], page.path
        assert body.startswith("\n# "), page.path
        assert page.content.endswith("\n") and not page.content.endswith("\n\n")
    role_meta, _ = split(next(p for p in pages if p.path == "roles/rep/index.md"))
    assert role_meta["title"] == "Sales rep"
    assert role_meta["tags"] == ["Selling", "Discovery", "Negotiation"]


def html_of(page: Page, snippets: Path) -> Element:
    return parse(to_html(split(page)[1], snippets))


@pytest.fixture(scope="module")
def snippets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("snippets")


@pytest.fixture(scope="module")
def rendered(pages: list[Page], snippets: Path) -> dict[str, Element]:
    return {page.path: html_of(page, snippets) for page in pages}


RICH = Path(__file__).parent / "fixtures" / "rich"
REPOSITORY = Path(__file__).parent.parent / "ladder"


@pytest.fixture(
    scope="module",
    params=[
        FIXTURE,
        RICH,
        pytest.param(REPOSITORY, id="repository", marks=pytest.mark.repository),
    ],
    ids=["fixture", "rich", "repository"],
)
def any_ladder(request: pytest.FixtureRequest) -> Ladder:
    """For structural checks that must hold for every ladder: the fixtures, and whatever the
    repository's ladder/ holds."""
    loaded, problems = load_ladder(request.param)
    assert loaded is not None, [p.format() for p in problems]
    return loaded


@pytest.fixture(scope="module")
def any_pages(any_ladder: Ladder) -> list[Page]:
    return build_pages(any_ladder)


@pytest.fixture(scope="module")
def any_rendered(any_pages: list[Page], snippets: Path) -> dict[str, Element]:
    return {page.path: html_of(page, snippets) for page in any_pages}


def ids(root: Element) -> set[str]:
    return {e.attrs["id"] for e in root.iter() if "id" in e.attrs}


def test_role_pages_anchor_every_competency_and_kpi(
    any_ladder: Ladder, any_rendered: dict[str, Element]
) -> None:
    for role in any_ladder.roles.values():
        for path in (f"roles/{role.id}/index.md", f"roles/{role.id}/self-assessment/index.md"):
            present = ids(any_rendered[path])
            assert set(role.competencies) <= present, path
        assert set(role.kpis) <= ids(any_rendered[f"roles/{role.id}/index.md"])


def test_other_anchors(ladder: Ladder, rendered: dict[str, Element]) -> None:
    levels = {p.id for p in ladder.handbook.proficiency_scale}
    for competency in ladder.competencies.values():
        assert levels <= ids(rendered[f"competencies/{competency.id}/index.md"])
    assert set(ladder.kpis) <= ids(rendered["kpis/index.md"])
    assert {v.id for v in ladder.handbook.values} <= ids(rendered["values/index.md"])
    assert {"v1-1", "v1-0"} <= ids(rendered["changelog/index.md"])


def test_every_link_resolves(any_pages: list[Page], any_rendered: dict[str, Element]) -> None:
    """Relative links point at a generated page and, with an anchor, at an id on it."""
    known = {page.path: ids(any_rendered[page.path]) for page in any_pages}
    checked = 0
    for page in any_pages:
        for anchor in any_rendered[page.path].find_all("a"):
            href = anchor.attrs.get("href", "")
            if href.startswith(("https:", "http:", "mailto:")) or anchor.attrs.get("class"):
                continue
            target, _, fragment = href.partition("#")
            if target:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), target))
                if not resolved.endswith(".md"):  # a directory URL, from raw HTML (the map)
                    resolved = posixpath.join(resolved, "index.md")
            else:
                resolved = page.path
            assert resolved in known, f"{page.path}: {href}"
            if fragment:
                assert fragment in known[resolved], f"{page.path}: {href}"
            assert anchor.text().strip(), f"{page.path}: empty link text for {href}"
            checked += 1
    assert checked >= 4 * len(any_pages)  # links are there to check, on a ladder of any size


def test_one_h1_and_headings_in_order(any_rendered: dict[str, Element]) -> None:
    for path, root in any_rendered.items():
        levels = [int(e.tag[1]) for e in root.iter() if re.fullmatch(r"h[1-6]", e.tag)]
        assert levels[0] == 1 and levels.count(1) == 1, path
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{path}: h{before} then h{after}"


def test_no_empty_sections(any_rendered: dict[str, Element]) -> None:
    """Every heading is followed by content before the next heading of the same or higher rank."""
    for path, root in any_rendered.items():
        blocks = [c for c in root.iter() if c.tag in {"h1", "h2", "h3", "p", "ul", "table", "div"}]
        for n, block in enumerate(blocks[:-1]):
            if block.tag in {"h2", "h3"}:
                following = blocks[n + 1]
                assert not (following.tag in {"h2", "h3"} and following.tag <= block.tag), (
                    f"{path}: empty section {block.text()!r}"
                )


def test_tables_have_header_rows(rendered: dict[str, Element]) -> None:
    for path, root in rendered.items():
        for table in root.find_all("table"):
            assert table.find_all("thead") and table.find_all("th"), path


def test_role_page_content(rendered: dict[str, Element]) -> None:
    root = rendered["roles/rep/index.md"]
    text = root.text()
    headings = [e.text().removesuffix("¶") for e in root.iter() if e.tag in {"h2"}]
    assert headings == [
        "Responsibilities",
        "Day to day",
        "Deliverables",
        "Competencies",
        "KPIs and targets",
        "Values in this role",
        "Advantages",
        "Disadvantages",
        "How people get here",
        "Where this leads",
        "Learning",
        "Compensation",
        "Hiring focus",
    ]
    for expected in (
        "Target: 100%, measured each quarter (higher is better)",
        "Lowest acceptable: 80%",
        "Ramp for new hires: month 1: 25%; month 2: 50%; month 3: 100%",
        "Target: 45 days, measured each quarter (lower is better)",
        "Say no to deals that will churn.",  # the role's own words for candour
        "Keep every deal record complete.",  # the track's words for craft
        "Expectations document for Sales rep",
        "Self-assessment form for Sales rep",
    ):
        assert expected in text
    lead = rendered["roles/team-lead/index.md"].text()
    assert "Expectation: Every rep can name one thing" in lead
    assert "Lateral move from Senior sales rep" in lead


def test_transition_guide_content(rendered: dict[str, Element]) -> None:
    text = rendered["roles/rep/to/senior-rep/index.md"].text()
    for expected in (
        "Raised from Basic to Skilled.",
        "New in this role: required at Basic.",
        "Skilled Discovery outcomes on typical work.",
        "Stage 2: Current role and a trial",
        "Run one deal over 20k with a senior rep",
        "Own two larger accounts",
        "At least 80% of the competencies Senior sales rep requires",
        "At least 6 months as Sales rep.",
        "45 days, highest acceptable 60 days",
    ):
        assert expected in text, expected
    lowered = rendered["roles/team-lead/to/head-of-sales/index.md"].text()
    assert "Competencies no longer required" in lowered
    reason = "Heads of sales no longer run discovery themselves."
    assert f"until now at Skilled. Why: {reason}" in lowered


def test_self_assessment_form(ladder: Ladder, pages: list[Page]) -> None:
    page = next(p for p in pages if p.path == "roles/senior-rep/self-assessment/index.md")
    body = split(page)[1]

    # In an attribute, not a script element: instant navigation re-creates scripts without
    # their attributes, which would run the JSON as JavaScript.
    match = re.search(r"data-role-data='([^']*)'", body)
    assert match
    data = json.loads(html.unescape(match.group(1)))
    assert data["role"]["id"] == "senior-rep"
    assert data["ladder_version"] == ladder.version
    assert [c["id"] for c in data["competencies"]] == ["discovery", "negotiation", "coaching"]
    assert data["competencies"][0]["required"] == "skilled"
    assert [r["id"] for r in data["rating_scale"]] == [r.id for r in ladder.handbook.rating_scale]
    assert data["transitions"][0]["to"] == "team-lead"
    assert data["transitions"][0]["readiness"]["largest_gap"] == 0
    for competency in ("discovery", "negotiation", "coaching"):
        assert f'data-competency="{competency}"' in body
        for rating in ladder.handbook.rating_scale:
            assert f'id="rating-{competency}-{rating.id}"' in body
        assert f'<textarea id="evidence-{competency}"' in body
    assert 'id="actual-win-rate"' in body


def test_expectations_document(rendered: dict[str, Element]) -> None:
    root = rendered["roles/rep/expectations/index.md"]
    text = root.text()
    for expected in (
        "Purpose of the role",
        "Our values in this role",
        "Ramp milestones for your first months",
        "Reviews and feedback",
        "Feeds pay and recognition.",
        "Adapting to change",
        "Where this role leads",
        "Commission",
        "Acknowledgement",
    ):
        assert expected in text, expected
    assert "Commission" not in rendered["roles/team-lead/expectations/index.md"].text()


def test_matrix_cells_link_descriptors(rendered: dict[str, Element]) -> None:
    root = rendered["matrices/selling/index.md"]
    cells = [a.attrs["href"] for a in root.find_all("a") if "#" in a.attrs["href"]]
    assert "../../competencies/discovery/index.md#skilled" in cells


def test_map_svg(ladder: Ladder, rendered: dict[str, Element]) -> None:
    root = rendered["map/index.md"]
    svg = [s for s in root.find_all("svg") if "ladder-map__svg" in s.attrs.get("class", "")]
    assert len(svg) == 1
    assert svg[0].attrs["aria-labelledby"] == "ladder-map-title"
    # Links are HTML links over the drawing, never SVG links (Material's instant navigation
    # cannot handle those), in the drawing or in the key's line samples.
    samples = [s for s in root.find_all("svg") if "ladder-map__sample" in s.attrs.get("class", "")]
    legend = [s for s in root.find_all("svg") if "ladder-map__legend" in s.attrs.get("class", "")]
    assert len(samples) == 3 and len(legend) == 1 and len(root.find_all("svg")) == 5
    assert all(s.find_all("a") == [] for s in root.find_all("svg"))
    # Each block of the map starts a line, so Markdown wraps none of them in a paragraph
    # (an empty one made the scrolling box taller than the drawing).
    view = [d for d in root.find_all("div") if "ladder-map-view" in d.attrs.get("class", "")]
    assert len(view) == 1 and view[0].find_all("p") == []
    links = {
        a.attrs["href"]
        for a in root.find_all("a")
        if "ladder-map__link" in a.attrs.get("class", "")
    }
    assert {f"../roles/{r}/" for r in ladder.roles} <= links
    moves = [p for p in svg[0].find_all("path") if "ladder-map__move" in p.attrs.get("class", "")]
    assert len(moves) == sum(len(r.transitions) for r in ladder.roles.values())
    kinds = {p.attrs["class"].split("--")[1]: p.attrs.get("stroke-dasharray") for p in moves}
    assert kinds == {"promotion": None, "lateral": "7 5"}


def test_measure_formats() -> None:
    from generator.model import Kpi

    def kpi(unit: str, **extra: Any) -> Kpi:
        return Kpi.model_validate(
            {
                "id": "k",
                "name": "K",
                "unit": unit,
                "direction": "higher-is-better",
                "period": "monthly",
                "definition": "d",
                "measurement": "m",
                **extra,
            }
        )

    assert measure(kpi("currency", currency="EUR"), 150000) == "EUR 150,000"
    assert measure(kpi("percent"), 100) == "100%"
    assert measure(kpi("percent"), 12.5) == "12.5%"
    assert measure(kpi("ratio"), 3) == "3.0x"
    assert measure(kpi("days"), 45) == "45 days"
    assert measure(kpi("days"), 1) == "1 day"
    assert measure(kpi("score", scale={"min": 1, "max": 5}), 4.2) == "4.2 / 5"
    assert measure(kpi("count"), 14) == "14"


def test_readiness_in_words(ladder: Ladder) -> None:
    move = ladder.move("senior-rep", "team-lead")
    words = [
        str(s)
        for s in readiness_in_words(
            ladder.readiness_for(move), move.source, move.target, ladder.kpis
        )
    ]
    assert words == [
        "Every competency Team lead requires is rated at or above its required level.",
        "No competency is rated below the required level.",
        "Every KPI of Senior sales rep meets its target: at or above it, or at or below it where "
        "lower is better (Sales cycle length); or meets its expectation.",
    ]


def test_overrides_replace_one_block(ladder: Ladder, tmp_path: Path) -> None:
    (tmp_path / "role.md.j2").write_text(
        '{% extends "builtin/role.md.j2" %}\n'
        "{% block advantages %}\n## Why people like it\n\nCustom words.\n{% endblock %}\n",
        encoding="utf-8",
    )
    pages = {p.path: p.content for p in build_pages(ladder, overrides=tmp_path)}
    role = pages["roles/rep/index.md"]
    assert "## Why people like it\n\nCustom words." in role
    assert "## Advantages" not in role
    assert "## Responsibilities" in role


# -- hostile text in every Text and Prose field ---------------------------------------------

HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) '
    '{{ 7*7 }} {% include "secret.txt" %}\n--8<-- "secret.txt"\n# Heading | cell '
    "!!! note {: onclick=alert(2) } <!-- *[HTML]: x"
)


def _with_hostile_text(model: BaseModel) -> BaseModel:
    """A copy with HOSTILE in every string field that accepts free text (ids stay valid)."""
    data = model.model_dump()

    def leaves(node: Any, path: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if isinstance(node, dict):
            return [p for k, v in node.items() for p in leaves(v, (*path, k))]
        if isinstance(node, list):
            return [p for i, v in enumerate(node) for p in leaves(v, (*path, i))]
        return [path] if isinstance(node, str) else []

    for path in leaves(data, ()):
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        original = parent[path[-1]]
        parent[path[-1]] = HOSTILE
        try:
            type(model).model_validate(data)
        except ValidationError:
            parent[path[-1]] = original
    return type(model).model_validate(data)


@pytest.fixture(scope="module")
def hostile(ladder: Ladder) -> Ladder:
    def each(models: dict[str, Any]) -> dict[str, Any]:
        return {key: _with_hostile_text(model) for key, model in models.items()}

    handbook = _with_hostile_text(ladder.handbook)
    assert handbook.organisation.name == HOSTILE  # type: ignore[attr-defined]
    return Ladder(
        handbook=handbook,  # type: ignore[arg-type]
        tracks=each(ladder.tracks),
        roles=each(ladder.roles),
        competencies=each(ladder.competencies),
        kpis=each(ladder.kpis),
    )


def test_hostile_text_shows_literally_everywhere(
    ladder: Ladder, hostile: Ladder, snippets: Path
) -> None:
    assert hostile.roles["rep"].title == HOSTILE
    assert hostile.roles["rep"].id == "rep"
    literal = " ".join(HOSTILE.split())
    pages = build_pages(hostile)
    assert [p.path for p in pages] == expected_paths(ladder)  # addresses come from ids
    for page in pages:
        meta, body = split(page)
        assert meta["render_macros"] is False
        assert "<" not in meta["title"]
        for tag in meta.get("tags", []):
            assert "<" not in tag
        html = to_html(body, snippets)
        assert SECRET not in html, page.path
        root = parse(html)
        assert active_content(root, allowed=frozenset({"script", "svg"})) == [], page.path
        for script in root.find_all("script"):
            assert script.attrs == {"type": "application/json", "id": "ladder-role-data"}
        assert [e.tag for e in root.iter()].count("h1") == 1, page.path
        text = root.text()
        assert "{{ 7*7 }}" in text, page.path
        assert "49" not in text.replace("{{ 7*7 }}", ""), page.path
        assert literal in text or page.path == "map/index.md", page.path
    role = next(p for p in pages if p.path == "roles/rep/index.md")
    root = parse(to_html(split(role)[1], snippets))
    assert len(root.find_all("table")) == 1  # deliverables only: no table injected
    assert all(len(tr.find_all("td")) in (0, 2) for tr in root.find_all("tr"))
    assert set(ladder.roles["rep"].competencies) <= ids(root)


# -- the map at scale ------------------------------------------------------------------------


def _many_roles(ladder: Ladder, count: int) -> Ladder:
    """The fixture with `count` extra roles on the selling track, each promoted to the next."""
    base = ladder.roles["rep"]
    roles = dict(ladder.roles)
    for n in range(count):
        transitions = []
        if n + 1 < count:
            transitions = [base.transitions[0].model_copy(update={"to": f"extra-{n + 1}"})]
        roles[f"extra-{n}"] = base.model_copy(
            update={
                "id": f"extra-{n}",
                "title": f"Extra role {n}",
                "level": 1 + n % 20,
                "transitions": transitions,
            }
        )
    return Ladder(
        handbook=ladder.handbook,
        tracks=ladder.tracks,
        roles=roles,
        competencies=ladder.competencies,
        kpis=ladder.kpis,
    )


def test_map_layout_reads_upwards(ladder: Ladder) -> None:
    from generator.site.diagram import layout

    plan = layout(ladder, ladder.moves())
    boxes, width, height = plan.boxes, plan.width, plan.height
    assert plan.levels == [3, 2, 1]
    assert boxes["senior-rep"].y < boxes["rep"].y  # a higher level stands higher
    assert boxes["rep"].x == boxes["senior-rep"].x  # same track, same column
    assert boxes["team-lead"].x > boxes["rep"].x  # tracks left to right in their order
    assert all(b.x >= 0 and b.x + b.width <= width for b in boxes.values())
    assert all(b.y >= 0 and b.y + b.height <= height for b in boxes.values())
    points = [p for route in plan.routes for p in route.points]
    assert all(0 <= x <= width and 0 <= y <= height for x, y in points)


def test_map_scales_then_falls_back_to_lists(ladder: Ladder) -> None:
    from generator.site.diagram import MAX_ROLES
    from generator.site.pages import _Builder
    from generator.site.render import environment

    def map_page(big: Ladder) -> Page:
        return next(_Builder(big, environment()).pages())  # the map comes first

    medium = _many_roles(ladder, MAX_ROLES - len(ladder.roles))
    page = map_page(medium)
    assert page.path == "map/index.md"
    assert page.content.count('class="ladder-map__role"') == MAX_ROLES
    big = _many_roles(ladder, MAX_ROLES)
    page = map_page(big)
    assert "<svg" not in page.content
    for role in big.roles.values():  # every role is still on the map page, as text
        assert f"(../roles/{role.id}/index.md)" in page.content


def test_former_ids_keep_anchors_working(ladder: Ladder, rendered: dict[str, Element]) -> None:
    """A review that linked #bargaining before Negotiation was renamed still lands on it."""
    role_ids = ids(rendered["roles/rep/index.md"])
    assert {"negotiation", "bargaining", "win-rate", "close-rate"} <= role_ids
    assert "close-rate" in ids(rendered["kpis/index.md"])
    heading = next(
        e for e in rendered["roles/rep/index.md"].iter() if e.attrs.get("id") == "negotiation"
    )
    assert heading.tag == "h3"
    assert [e.attrs.get("id") for e in heading.iter() if e.tag == "span"] == ["bargaining"]


def test_a_transition_guide_says_which_stages_are_announced_as_the_handbook_sets_them(
    ladder_dir: Path,
) -> None:
    """The fixture announces stages 3 and 4 only; a handbook that announces its trial and keeps
    new responsibilities quiet gets the guide saying so, not the usual claim about stages 1-2."""
    before, _ = load_ladder(ladder_dir)
    assert before is not None
    usual = next(p for p in build_pages(before) if "/to/" in p.path)
    assert "the first two are not announced to others." in usual.content
    edit(
        ladder_dir,
        "handbook.yml",
        "next role\n    announced: false",
        "next role\n    announced: true",
    )
    edit(
        ladder_dir, "handbook.yml", "meeting\n    announced: true", "meeting\n    announced: false"
    )
    changed, problems = load_ladder(ladder_dir)
    assert changed is not None, problems
    stages = changed.handbook.plan_stages
    assert (stages.trial.announced, stages.new_responsibilities.announced) == (True, False)
    guide = next(p for p in build_pages(changed) if p.path == usual.path).content
    assert "the first two are not announced" not in guide
    assert "Work through the stages in order." in guide
    trial_part = guide.split("Stage 2:", 1)[1].split("Stage 3:", 1)[0]
    third_part = guide.split("Stage 3:", 1)[1].split("Stage 4:", 1)[0]
    assert "Announced to others." in trial_part and "Not announced" not in trial_part
    assert "Not announced to others." in third_part
