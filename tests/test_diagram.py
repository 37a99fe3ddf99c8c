"""The map's geometry: arrows keep to the corridors, every target is clear, text stays legible.

The layout is checked on the fixture, on hand-made grids that force every kind of route (long
moves along a busy level both ways, a cell with several roles, moves across several levels,
moves down, a promotion and its way back), and on random grids. The checks are on the computed
coordinates, so they say what a reader would see without a browser.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

import pytest
from conftest import FIXTURE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ladder import Ladder
from generator.site.diagram import layout, map_svg
from generator.site.diagram.grid import Box, Layout
from generator.site.diagram.metrics import BOX_PADDING, FONT, MIN_LABEL_PX, STUB, text_width, wrap
from generator.validate.folder import load_ladder

Cell = tuple[int, int]  # (track number, level)
Segment = tuple[tuple[float, float], tuple[float, float]]


@pytest.fixture(scope="module")
def fixture() -> Ladder:
    loaded, problems = load_ladder(FIXTURE)
    assert loaded is not None, [p.format() for p in problems]
    return loaded


def grid_ladder(
    base: Ladder, roles: Sequence[Cell], moves: Iterable[tuple[int, int]], tracks: int = 0
) -> Ladder:
    """A ladder of roles at the given cells, with the given moves between them (by index).

    Kinds follow the cells: same track is a promotion, same level a lateral move, else a
    track change; the drawing does not care whether the ladder would pass validation."""
    template_track = next(iter(base.tracks.values()))
    template_role = base.roles["rep"]
    template_move = template_role.transitions[0]
    count = max([tracks, *(t + 1 for t, _ in roles)])
    track_ids = [f"track-{n}" for n in range(count)]
    transitions: dict[int, list[object]] = {n: [] for n in range(len(roles))}
    for source, target in moves:
        (ts, ls), (tt, lt) = roles[source], roles[target]
        kind = "promotion" if ts == tt else "lateral" if ls == lt else "track-change"
        transitions[source].append(
            template_move.model_copy(update={"to": f"role-{target}", "kind": kind})
        )
    return Ladder(
        handbook=base.handbook,
        tracks={
            t: template_track.model_copy(update={"id": t, "name": f"Track {t[-1]}"})
            for t in track_ids
        },
        roles={
            f"role-{n}": template_role.model_copy(
                update={
                    "id": f"role-{n}",
                    "title": f"Role {n} of track {t}",
                    "track": track_ids[t],
                    "level": level,
                    "transitions": transitions[n],
                }
            )
            for n, (t, level) in enumerate(roles)
        },
        competencies=base.competencies,
        kpis=base.kpis,
    )


def segments(points: Sequence[tuple[float, float]]) -> list[Segment]:
    return list(itertools.pairwise(points))


def touches(segment: Segment, box: Box) -> bool:
    """Whether an axis-parallel segment meets the box, its edges included."""
    (x1, y1), (x2, y2) = segment
    return (
        min(x1, x2) <= box.x + box.width
        and max(x1, x2) >= box.x
        and min(y1, y2) <= box.y + box.height
        and max(y1, y2) >= box.y
    )


def check_geometry(plan: Layout) -> None:
    """Everything the map promises about its arrows, on any layout."""
    boxes = list(plan.boxes.values())
    horizontal: list[tuple[float, float, float]] = []  # (y, x from, x to)
    vertical: list[tuple[float, float, float]] = []  # (x, y from, y to)
    for route in plan.routes:
        source, target = plan.boxes[route.move.source.id], plan.boxes[route.move.target.id]
        name = f"{route.move.source.id} -> {route.move.target.id}"
        for segment in segments(route.points):
            (x1, y1), (x2, y2) = segment
            assert x1 == x2 or y1 == y2, f"{name}: a slanted line"
            crossed = [b.role.id for b in boxes if touches(segment, b)]
            assert crossed == [], f"{name} runs through {crossed}"
            if y1 == y2:
                horizontal.append((y1, min(x1, x2), max(x1, x2)))
            else:
                vertical.append((x1, min(y1, y2), max(y1, y2)))
        (sx, sy), (tx, ty) = route.points[0], route.points[-1]
        assert source.x < sx < source.x + source.width, name
        assert sy in (source.y - 1, source.y + source.height + 1), name
        # The arrowhead lands on the target's edge, at the end of a straight vertical stretch
        # long enough to show it.
        assert target.x < tx < target.x + target.width, name
        assert ty in (target.y - 1, target.y + target.height + 1), name
        (lx, ly) = route.points[-2]
        assert lx == tx and abs(ly - ty) >= STUB - 1, name
        if route.move.source.level == route.move.target.level:
            # Along a level: above the row going right, below it going left, never through it.
            row_top, row_bottom = source.y, source.y + source.height
            going_right = target.x > source.x
            for _, y in route.points:
                assert (y < row_top) if going_right else (y > row_bottom), name
    # No two arrows share a stretch of line: a reader can follow each one.
    for lines in (horizontal, vertical):
        for (a, a1, a2), (b, b1, b2) in itertools.combinations(lines, 2):
            assert not (a == b and a1 < b2 and b1 < a2), f"overlapping lines at {a}"


LATERAL_APART = 10  # dashed lines closer than this, side by side, read as one bundled line


def check_laterals_apart(plan: Layout) -> None:
    """A lateral move's dashed line never runs along another line closer than LATERAL_APART:
    moves that share a corridor get lanes far enough apart to be followed one by one."""
    runs: list[tuple[bool, float, float, float, str]] = []  # (lateral, y, x from, x to, name)
    for route in plan.routes:
        lateral = route.move.transition.kind == "lateral"
        name = f"{route.move.source.id} -> {route.move.target.id}"
        for (x1, y1), (x2, y2) in segments(route.points):
            if y1 == y2 and x1 != x2:
                runs.append((lateral, y1, min(x1, x2), max(x1, x2), name))
    for a, b in itertools.combinations(runs, 2):
        if (a[0] or b[0]) and a[2] < b[3] and b[2] < a[3]:
            assert abs(a[1] - b[1]) >= LATERAL_APART, f"{a[4]} runs along {b[4]}"


def check_labels(plan: Layout) -> None:
    for box in plan.boxes.values():
        for line in box.lines:
            assert text_width(line, FONT) <= box.width - 2 * BOX_PADDING, line
    assert plan.min_width * FONT / plan.width >= MIN_LABEL_PX


# -- the fixture --------------------------------------------------------------------------------


def test_fixture_layout_reads_upwards(fixture: Ladder) -> None:
    plan = layout(fixture, fixture.moves())
    boxes = plan.boxes
    assert plan.levels == [3, 2, 1]
    assert boxes["senior-rep"].y < boxes["rep"].y  # a higher level stands higher
    assert boxes["rep"].x == boxes["senior-rep"].x  # same track, same column
    assert boxes["team-lead"].x > boxes["rep"].x  # tracks left to right in their order
    assert boxes["team-lead"].y == boxes["senior-rep"].y  # same level, same row
    check_geometry(plan)
    check_labels(plan)


def test_promotions_straight_up_are_vertical(fixture: Ladder) -> None:
    plan = layout(fixture, fixture.moves())
    route = next(r for r in plan.routes if r.move.source.id == "rep")
    (x1, y1), (x2, y2) = route.points
    assert x1 == x2 and y1 > y2  # one straight line, upwards


# -- busy levels ------------------------------------------------------------------------------

# Level 3 holds five roles on five tracks (as in the default handbook's level 3), and every
# one of them can move to every other: arrows must pass over or under the boxes in between.
ROW = [(t, 3) for t in range(5)]
EVERY_WAY = [(a, b) for a in range(5) for b in range(5) if a != b]


def test_moves_along_a_busy_level_go_around_the_boxes(fixture: Ladder) -> None:
    roles = [*ROW, (0, 4), (2, 4), (4, 2)]
    moves = [*EVERY_WAY, (0, 5), (2, 6), (7, 4), (5, 6)]
    ladder = grid_ladder(fixture, roles, moves)
    plan = layout(ladder, ladder.moves())
    assert len(plan.routes) == len(moves)
    check_geometry(plan)
    check_laterals_apart(plan)
    check_labels(plan)
    # A straight line from role 0 to role 4 would cross three boxes; the route does not.
    route = next(
        r for r in plan.routes if (r.move.source.id, r.move.target.id) == ("role-0", "role-4")
    )
    straight = (plan.boxes["role-0"].centre, plan.boxes["role-4"].centre)
    assert sum(touches(straight, b) for b in plan.boxes.values()) == 5  # both ends, three between
    assert len(route.points) == 4  # up, across, down


def test_a_move_and_its_way_back_are_told_apart(fixture: Ladder) -> None:
    ladder = grid_ladder(
        fixture, [(0, 1), (0, 2), (1, 2), (2, 2)], [(0, 1), (1, 0), (1, 3), (3, 1)]
    )
    plan = layout(ladder, ladder.moves())
    check_geometry(plan)
    ends = {(r.move.source.id, r.move.target.id): r.points for r in plan.routes}
    up, down = ends[("role-0", "role-1")], ends[("role-1", "role-0")]
    assert len(up) == len(down) == 2 and up[0][0] != down[0][0]  # side by side, both vertical
    right, left = ends[("role-1", "role-3")], ends[("role-3", "role-1")]
    assert right[1][1] < plan.boxes["role-1"].y < left[1][1]  # over the row, and under it


def test_several_roles_on_one_level_of_a_track(fixture: Ladder) -> None:
    """Two roles of one track on one level stand side by side; a promotion to the one
    straight above stays vertical, the other turns once between the rows."""
    ladder = grid_ladder(fixture, [(0, 1), (0, 2), (0, 2), (1, 2)], [(0, 1), (0, 2), (2, 3)])
    plan = layout(ladder, ladder.moves())
    check_geometry(plan)
    first, second = plan.boxes["role-1"], plan.boxes["role-2"]
    assert first.y == second.y and second.x > first.x + first.width
    assert plan.boxes["role-3"].x > second.x  # the next track starts after both
    routes = {r.move.target.id: r.points for r in plan.routes}
    assert len(routes["role-1"]) == 2
    assert len(routes["role-2"]) == 4


def test_moves_across_several_levels_climb_between_columns(fixture: Ladder) -> None:
    roles = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 1), (1, 2), (1, 3), (1, 4), (2, 4)]
    moves = [(0, 3), (0, 8), (3, 0), (4, 2), (7, 4), (8, 0), (1, 6), (5, 2)]
    ladder = grid_ladder(fixture, roles, moves)
    plan = layout(ladder, ladder.moves())
    assert len(plan.routes) == len(moves)
    check_geometry(plan)


def test_a_long_ladder_in_one_track(fixture: Ladder) -> None:
    """The 200-role case of the scale test: many roles per cell and a move from the top down."""
    roles = [(0, 1 + n % 20) for n in range(200)]
    ladder = grid_ladder(fixture, roles, [(n, n + 1) for n in range(199)])
    plan = layout(ladder, ladder.moves())
    check_geometry(plan)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cells=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 5)), min_size=2, max_size=16),
    picks=st.lists(st.tuples(st.integers(0, 15), st.integers(0, 15)), max_size=30),
)
def test_random_ladders_keep_every_promise(
    fixture: Ladder, cells: list[Cell], picks: list[tuple[int, int]]
) -> None:
    moves = sorted(
        {(a % len(cells), b % len(cells)) for a, b in picks if a % len(cells) != b % len(cells)}
    )
    ladder = grid_ladder(fixture, cells, moves)
    plan = layout(ladder, ladder.moves())
    assert len(plan.routes) == len(moves)
    check_geometry(plan)
    check_laterals_apart(plan)
    check_labels(plan)


# -- text -------------------------------------------------------------------------------------


def test_long_titles_wrap_into_their_box() -> None:
    lines = wrap("Principal business development manager", 111, FONT)
    assert lines == ["Principal business", "development", "manager"]
    cut = wrap(
        "Chief officer of extraordinarily comprehensive multinational partnerships", 111, FONT
    )
    assert len(cut) == 3 and cut[-1].endswith("…")
    assert all(text_width(line, FONT) <= 111 for line in cut)
    assert text_width("mmm", 10) > text_width("iii", 10)  # measured, not counted


def test_the_svg_never_shrinks_text_below_the_minimum(fixture: Ladder) -> None:
    ladder = grid_ladder(fixture, [(t, 1 + t % 3) for t in range(9)], [], tracks=9)
    svg = str(map_svg(ladder, {r: ladder.moves_from(r) for r in ladder.roles}, "map/index.md"))
    drawing = r'<svg class="ladder-map__svg"[^>]* width="(\d+)"'
    width = int(re.search(drawing, svg).group(1))  # type: ignore[union-attr]
    min_width = int(re.search(r"min-width:(\d+)px", svg).group(1))  # type: ignore[union-attr]
    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
    assert min(sizes) == FONT
    assert min(sizes) * min_width / width >= MIN_LABEL_PX
    assert width > 1000  # wide enough for the minimum to matter


def test_the_svg_is_the_same_on_every_build(fixture: Ladder) -> None:
    ladder = grid_ladder(fixture, [*ROW, (0, 4)], [*EVERY_WAY, (0, 5)])
    moves = {r: ladder.moves_from(r) for r in ladder.roles}
    first = map_svg(ladder, moves, "map/index.md")
    assert first == map_svg(ladder, moves, "map/index.md")
    arrows = re.findall(r'class="ladder-map__move ladder-map__move--(\w[\w-]*)"[^>]*', str(first))
    assert sorted(set(arrows)) == ["lateral", "promotion"]


def test_kinds_differ_by_line_style_and_the_legend_names_them(fixture: Ladder) -> None:
    ladder = grid_ladder(
        fixture, [(0, 1), (0, 2), (1, 2), (1, 3)], [(0, 1), (1, 2), (2, 3), (0, 3)]
    )
    svg = str(map_svg(ladder, {r: ladder.moves_from(r) for r in ladder.roles}, "map/index.md"))
    styles: dict[str, set[str | None]] = {}
    for kind, rest in re.findall(r'ladder-map__move--([\w-]+)"([^>]*)>', svg):
        dash = re.search(r'stroke-dasharray="([^"]+)"', rest)
        styles.setdefault(kind, set()).add(dash.group(1) if dash else None)
    assert set(styles) == {"promotion", "lateral", "track-change"}
    assert all(len(v) == 1 for v in styles.values())
    assert len({next(iter(v)) for v in styles.values()}) == 3  # three different line styles
    legend = re.search(r'<svg class="ladder-map__legend".*?</svg>', svg)
    assert legend is not None
    for name in ("Promotion", "Lateral move", "Track change"):
        assert name in legend.group(0)
    assert legend.group(0).count("stroke-dasharray") == 2  # the same dashes as the arrows


# -- what a narrow screen keeps in sight --------------------------------------------------------


def test_the_key_shows_each_kind_in_the_style_of_its_arrows(fixture: Ladder) -> None:
    """The key above the scrolling box (shown on narrow screens) names every kind of move
    with a line sample dashed as that kind's arrows are in the drawing."""
    ladder = grid_ladder(
        fixture, [(0, 1), (0, 2), (1, 2), (1, 3)], [(0, 1), (1, 2), (2, 3), (0, 3)]
    )
    html = str(map_svg(ladder, {r: ladder.moves_from(r) for r in ladder.roles}, "map/index.md"))
    arrows = {
        kind: re.search(r'stroke-dasharray="([^"]+)"', rest)
        for kind, rest in re.findall(r'ladder-map__move--([\w-]+)"([^>]*)>', html)
    }
    key = re.search(r'<ul class="ladder-map__key" aria-hidden="true">(.*?)</ul>', html)
    assert key is not None
    items = dict(re.findall(r'<li data-kind="([\w-]+)">(.*?)</li>', key.group(1)))
    assert list(items) == ["promotion", "lateral", "track-change"]
    names = {"promotion": "Promotion", "lateral": "Lateral move", "track-change": "Track change"}
    for kind, item in items.items():
        assert item.endswith(names[kind])
        dash = re.search(r'stroke-dasharray="([^"]+)"', item)
        drawn = arrows[kind]
        assert (dash and dash.group(1)) == (drawn and drawn.group(1)), kind
    # The key stands outside the box that scrolls; the level labels inside it, before the drawing.
    assert html.index("ladder-map__key") < html.index('class="ladder-map" role="region"')
    region = html[html.index('class="ladder-map" role="region"') :]
    assert region.index("ladder-map__levels") < region.index("ladder-map__canvas")


def test_the_level_labels_sit_at_the_height_of_their_rows(fixture: Ladder) -> None:
    ladder = grid_ladder(fixture, [(0, 1), (0, 2), (1, 2), (1, 4), (2, 6)], [(0, 1), (2, 3)])
    moves = {r: ladder.moves_from(r) for r in ladder.roles}
    plan = layout(ladder, ladder.moves())
    html = str(map_svg(ladder, moves, "map/index.md"))
    column = re.search(r'<div class="ladder-map__levels" aria-hidden="true">(.*?)</div>', html)
    assert column is not None
    labels = re.findall(
        r'<span data-level="(\d+)" style="inset-block-start:([\d.]+)%">Level (\d+)</span>',
        column.group(1),
    )
    assert [int(level) for level, _, _ in labels] == plan.levels == [6, 4, 2, 1]
    assert all(level == text for level, _, text in labels)
    heights = [float(at) for _, at, _ in labels]
    assert heights == sorted(heights)  # the highest level at the top, as in the drawing
    # In percent of the drawing, which starts below the legend (where the column is shown,
    # the legend is not).
    drawing = plan.height - plan.header_top
    for (level, at, _), role in itertools.product(labels, ladder.roles.values()):
        if role.level == int(level):
            box = plan.boxes[role.id]
            top = (box.y - plan.header_top) * 100 / drawing
            bottom = (box.y + box.height - plan.header_top) * 100 / drawing
            assert top < float(at) < bottom, (level, role.id)
