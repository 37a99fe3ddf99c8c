"""The map: every track and every transition as one inline SVG, computed in Python.

Why not Mermaid: Material loads Mermaid from an outside host, and the handbook must work on a
closed network. An SVG laid out here needs no script at all, prints, and is the same bytes on
every build.

Layout: one column per track (in the ladder's track order; a track with two roles on one
level gets two columns side by side), one row per level (highest at the top, so a career
reads upwards), a box per role linking to its page, and a legend. Between the rows and between
the columns run free corridors, and every arrow keeps to them, so no arrow ever passes through
a box it does not connect:
- a promotion to the role straight above is a vertical line;
- a move along a level (to the right) leaves the top of its box, runs in the corridor above
  the row and comes down into its target; leftwards it runs in the corridor below the row, so
  a move and its way back never share a line;
- a move to the next level in another column turns once in the corridor between the rows;
- a move across several levels climbs a corridor between two columns.
Parallel lines in one corridor get their own lanes, and every line meets a box at its own point
of the edge, ordered so that lines leaving one box do not cross each other. The last stretch
into a box is straight and long enough to show its arrowhead. Kinds differ by line style
(solid, dashed, dotted), named in the legend, never by colour alone. Where two lines cross, the
later one is drawn over a thin gap in the earlier one (a halo), promotions last.

Size: text is 13 units high; the page lets the SVG shrink with the column but never below
MIN_LABEL_PX on screen (a `min-width`; the wrapper then scrolls sideways). Role names wrap on
measured text widths (Helvetica/Arial metrics, the font the map asks for) so they fit their box.

Accessibility: the SVG is a group labelled by its <title> and <desc>, not role="img", because
an image's children are presentational: screen readers would not announce the role links,
while keyboards could still reach them. The arrows are decoration (aria-hidden); the same
moves are listed as text below the map on the page.

Ladders too large to read as one picture (more than MAX_ROLES roles) get no drawing: the page
then shows the per-track lists only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from generator.ladder import Ladder, Move
from generator.model import Role
from generator.site.render import relative_url
from generator.site.text import encode

MAX_ROLES = 200

FONT = 13  # role names, level labels and legend, in SVG units
HEADER_FONT = 14  # track names (bold)
HEADER_LINE = 17
MIN_LABEL_PX = 12  # the smallest text the map may shrink to on screen
LINE = 15  # line height of role names
FONT_FAMILY = "Helvetica, Arial, 'Liberation Sans', sans-serif"

BOX_WIDTH = 121
BOX_PADDING = 5  # between a role name and its box's sides
MAX_LINES = 3
COLUMN_GAP = 12  # corridor between two columns (wider when arrows climb it)
OUTER_GAP = 6  # corridor left of the first column and right of the last
ROW_GAP = 40  # corridor between two rows (taller when many arrows run in it)
LANE = 8  # distance between parallel lines in one corridor
STUB = 16  # straight stretch between a box and the first turn: room for the arrowhead
CORNER = 4  # radius of an arrow's turns
PORT_MARGIN = 10  # no arrow meets a box edge closer than this to a corner
PORT_CENTRE = 8  # the middle of a box edge is kept for straight vertical arrows
PAIR_OFFSET = 5  # a straight arrow up and one back down, side by side
MARGIN = 8
LEGEND = 40
LEGEND_ITEM = 170

KINDS = ("promotion", "lateral", "track-change")
DASHES = {"promotion": None, "lateral": "7 5", "track-change": "2 3"}
STROKES = {"promotion": "2", "lateral": "1.6", "track-change": "2"}
KIND_NAMES = {"promotion": "Promotion", "lateral": "Lateral move", "track-change": "Track change"}
DRAWING_ORDER = {"lateral": 0, "track-change": 1, "promotion": 2}

Point = tuple[float, float]

# Advance widths of Helvetica and Arial (same metrics), thousandths of an em.
_WIDTH_GROUPS = (
    ("'", 191),
    ("ijl", 222),
    ("|", 260),
    (" !,./:;I[\\]ft", 278),
    ("()-`r", 333),
    ("{}", 334),
    ('"', 355),
    ("*", 389),
    ("^", 469),
    ("Jckvxyzs", 500),
    ("#$0123456789?L_abdeghnopqu", 556),
    ("+<=>~", 584),
    ("FTZ", 611),
    ("&ABEKPSVXY", 667),
    ("CDHNRUw", 722),
    ("GOQ", 778),
    ("Mm", 833),
    ("%", 889),
    ("W", 944),
    ("@", 1015),
    ("…", 1000),
)
_WIDTHS = {char: width for chars, width in _WIDTH_GROUPS for char in chars}
_OTHER_WIDTH = 600  # accented and other letters: a little wider than most, to be safe
_BOLD = 1.1


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide `text` is drawn at `size`, from the font's metrics (no browser at build time)."""
    em = sum(_WIDTHS.get(char, _OTHER_WIDTH) for char in text) / 1000
    return em * size * (_BOLD if bold else 1)


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """`text` in at most MAX_LINES lines no wider than `width`; the rest cut with an ellipsis."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(candidate, size, bold=bold) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], " ".join(lines[MAX_LINES - 1 :])]
    return [_cut(line, width, size, bold=bold) for line in lines] or [""]


def _cut(line: str, width: float, size: float, *, bold: bool) -> str:
    if text_width(line, size, bold=bold) <= width:
        return line
    while line and text_width(line + "…", size, bold=bold) > width:
        line = line[:-1]
    return line.rstrip() + "…"


# -- where the boxes stand ---------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A role's box: its top-left corner and size, and its row and column in the grid."""

    role: Role
    x: float
    y: float
    width: float
    height: float
    row: int
    column: int
    lines: tuple[str, ...]

    @property
    def centre(self) -> Point:
        return self.x + self.width / 2, self.y + self.height / 2


@dataclass(frozen=True)
class Route:
    """One move's arrow: a polyline from the source box's edge to the target box's edge."""

    move: Move
    points: tuple[Point, ...]


@dataclass(frozen=True)
class TrackBand:
    """The columns of one track: where its name and its shaded band go."""

    track_id: str
    x: float
    width: float
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """Everything the drawing needs, in SVG units; `min_width` keeps text at MIN_LABEL_PX."""

    boxes: dict[str, Box]
    routes: list[Route]
    bands: list[TrackBand]
    levels: list[int]
    row_top: dict[int, float]
    header_top: float
    width: int
    height: int

    @property
    def min_width(self) -> int:
        return math.ceil(self.width * MIN_LABEL_PX / FONT)


# -- routing on the grid -----------------------------------------------------------------------
# Positions across the grid are in half steps: column c's centre is 2c + 1, the corridor left
# of column c is 2c. Corridor g between rows lies above row g (g == rows: below the last row).
# In a row corridor, group 0 holds lines hugging the row above, group 2 those hugging the row
# below, group 1 those crossing from one row to the other.


@dataclass(frozen=True, eq=False)
class _Run:
    """A horizontal stretch in row corridor `gap`, between half-step positions lo..hi."""

    gap: int
    group: int
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return min(self.start, self.end), max(self.start, self.end)


_RunY = Callable[[_Run], float]


@dataclass(frozen=True, eq=False)
class _Climb:
    """A vertical stretch in the corridor left of column `channel`, through row corridors."""

    channel: int
    first: int
    last: int

    @property
    def span(self) -> tuple[int, int]:
        return min(self.first, self.last), max(self.first, self.last)


@dataclass(frozen=True)
class _Plan:
    """A move's way through the grid: which box sides it uses and which corridors it takes."""

    move: Move
    leaves_top: bool
    enters_top: bool
    runs: tuple[_Run, ...]
    climb: _Climb | None


def _plan(move: Move, source: Box, target: Box) -> _Plan:
    rs, rt, cs, ct = source.row, target.row, source.column, target.column
    here, there = 2 * cs + 1, 2 * ct + 1
    if rs == rt:  # along a level: rightwards above the row, leftwards below it
        if ct > cs:
            return _Plan(move, True, True, (_Run(rs, 2, here, there),), None)
        return _Plan(move, False, False, (_Run(rs + 1, 0, here, there),), None)
    up = rt < rs
    if abs(rs - rt) == 1:
        gap = rs if up else rt
        if cs == ct:
            return _Plan(move, up, not up, (), None)
        return _Plan(move, up, not up, (_Run(gap, 1, here, there),), None)
    channel = ct if ct > cs else ct + 1  # the corridor beside the target, on the source's side
    first, last = (rs, rt + 1) if up else (rs + 1, rt)
    runs = (_Run(first, 1, here, 2 * channel), _Run(last, 1, 2 * channel, there))
    return _Plan(move, up, not up, runs, _Climb(channel, first, last))


def _lanes(spans: Sequence[tuple[int, int]]) -> list[int]:
    """A lane per stretch, so that stretches sharing a lane never touch; short ones innermost."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][1] - spans[i][0], spans[i], i))
    taken: list[list[tuple[int, int]]] = []
    lanes = [0] * len(spans)
    for i in order:
        lo, hi = spans[i]
        for lane, used in enumerate(taken):
            if all(hi < a or b < lo for a, b in used):
                used.append(spans[i])
                lanes[i] = lane
                break
        else:
            lanes[i] = len(taken)
            taken.append([spans[i]])
    return lanes


def _assign(plans: Sequence[_Plan]) -> tuple[dict[_Run, int], dict[_Climb, int]]:
    """Lanes for every run (per corridor and group) and every climb (per column corridor)."""
    runs: dict[tuple[int, int], list[_Run]] = {}
    climbs: dict[int, list[_Climb]] = {}
    for plan in plans:
        for run in plan.runs:
            runs.setdefault((run.gap, run.group), []).append(run)
        if plan.climb is not None:
            climbs.setdefault(plan.climb.channel, []).append(plan.climb)
    run_lane: dict[_Run, int] = {}
    for items in runs.values():
        run_lane.update(zip(items, _lanes([r.span for r in items]), strict=True))
    climb_lane: dict[_Climb, int] = {}
    for climb_items in climbs.values():
        climb_lane.update(zip(climb_items, _lanes([c.span for c in climb_items]), strict=True))
    return run_lane, climb_lane


# -- from the grid to coordinates --------------------------------------------------------------


def _level_label(level: int) -> str:
    return f"Level {level}"


def _grid(ladder: Ladder) -> tuple[list[int], dict[str, tuple[int, int]], dict[str, list[int]]]:
    """Rows (levels, top first), each role's (row, column), and each track's columns."""
    levels = sorted({role.level for role in ladder.roles.values()}, reverse=True)
    row = {level: n for n, level in enumerate(levels)}
    cells: dict[tuple[str, int], list[Role]] = {}
    for role in ladder.roles.values():
        cells.setdefault((role.track, role.level), []).append(role)
    place: dict[str, tuple[int, int]] = {}
    columns: dict[str, list[int]] = {}
    next_column = 0
    for track_id in ladder.tracks:
        depth = max((len(v) for (t, _), v in cells.items() if t == track_id), default=1)
        columns[track_id] = list(range(next_column, next_column + depth))
        for (t, level), roles in cells.items():
            if t == track_id:
                for n, role in enumerate(roles):
                    place[role.id] = (row[level], next_column + n)
        next_column += depth
    return levels, place, columns


def _corridor_sizes(
    count: int, busy: Mapping[int, int], inner: float, outer: float, pad: float
) -> list[float]:
    """Widths (or heights) of corridors 0..count, grown to hold their lanes."""
    sizes = []
    for n in range(count + 1):
        least = outer if n in (0, count) else inner
        lanes = busy.get(n, 0)
        sizes.append(max(least, 2 * pad + (lanes - 1) * LANE) if lanes else least)
    return sizes


def _stack(start: float, corridors: Sequence[float], item: float) -> tuple[list[float], float]:
    """Corridor, item, corridor, ..., corridor from `start`: where each item begins, and the end.

    The same for columns across and rows down; corridor n starts at item n's start minus its
    size (the first at `start`)."""
    items: list[float] = []
    position = start
    for n, size in enumerate(corridors):
        position += size
        if n < len(corridors) - 1:
            items.append(position)
            position += item
    return items, position


@dataclass(frozen=True)
class _Lanes:
    """How many lanes each corridor needs: per (row corridor, group), per row corridor in
    all, and per column corridor."""

    groups: dict[tuple[int, int], int]
    rows: dict[int, int]
    columns: dict[int, int]


def _lane_counts(run_lane: Mapping[_Run, int], climb_lane: Mapping[_Climb, int]) -> _Lanes:
    groups: dict[tuple[int, int], int] = {}
    for run, lane in run_lane.items():
        groups[(run.gap, run.group)] = max(groups.get((run.gap, run.group), 0), lane + 1)
    rows: dict[int, int] = {}
    for (gap, _), count in groups.items():
        rows[gap] = rows.get(gap, 0) + count
    columns: dict[int, int] = {}
    for climb, lane in climb_lane.items():
        columns[climb.channel] = max(columns.get(climb.channel, 0), lane + 1)
    return _Lanes(groups, rows, columns)


def layout(ladder: Ladder, moves: Sequence[Move] = ()) -> Layout:
    """Where every box, track name and arrow goes. Same ladder and moves, same layout."""
    levels, place, columns = _grid(ladder)
    column_count = sum(len(c) for c in columns.values())
    lines = {r.id: wrap(r.title, BOX_WIDTH - 2 * BOX_PADDING, FONT) for r in ladder.roles.values()}
    box_height = max(len(v) for v in lines.values()) * LINE + 14

    # The arrows are planned on the grid (rows and columns, no coordinates yet): how many
    # lanes each corridor needs decides its size.
    grid_boxes = {
        role.id: Box(role, 0, 0, BOX_WIDTH, box_height, *place[role.id], tuple(lines[role.id]))
        for role in ladder.roles.values()
    }
    moves = [
        m
        for m in moves
        if m.source.id in grid_boxes and m.target.id in grid_boxes and m.source.id != m.target.id
    ]
    plans = [_plan(m, grid_boxes[m.source.id], grid_boxes[m.target.id]) for m in moves]
    run_lane, climb_lane = _assign(plans)
    lanes = _lane_counts(run_lane, climb_lane)

    # Across: level labels, then corridors and columns.
    label_width = max(text_width(_level_label(level), FONT) for level in levels) + 12
    channel_width = _corridor_sizes(column_count, lanes.columns, COLUMN_GAP, OUTER_GAP, 6)
    column_x, right_edge = _stack(MARGIN + label_width, channel_width, BOX_WIDTH)
    width = math.ceil(max(right_edge + MARGIN, MARGIN * 2 + 3 * LEGEND_ITEM))

    # Down: legend, track names, then corridors and rows.
    bands = []
    for track_id, track_columns in columns.items():
        left = column_x[track_columns[0]] - channel_width[track_columns[0]] / 2
        right = column_x[track_columns[-1]] + BOX_WIDTH + channel_width[track_columns[-1] + 1] / 2
        names = wrap(ladder.tracks[track_id].name, right - left - 8, HEADER_FONT, bold=True)
        bands.append(TrackBand(track_id, left, right - left, tuple(names)))
    header_top = MARGIN + LEGEND
    header_lines = max(len(band.lines) for band in bands)
    gap_height = _corridor_sizes(len(levels), lanes.rows, ROW_GAP, 12, STUB)
    if not lanes.rows.get(len(levels)):
        gap_height[-1] = 0  # nothing runs under the lowest row
    row_y, bottom_edge = _stack(header_top + header_lines * HEADER_LINE + 6, gap_height, box_height)
    height = math.ceil(bottom_edge + MARGIN)
    boxes = {
        role_id: Box(
            b.role,
            column_x[b.column],
            row_y[b.row],
            BOX_WIDTH,
            box_height,
            b.row,
            b.column,
            b.lines,
        )
        for role_id, b in grid_boxes.items()
    }

    def run_y(run: _Run) -> float:
        """Group 0 hangs under the row above, group 2 stands on the row below, group 1 is
        centred in what is left between them."""
        bottom = row_y[run.gap] if run.gap < len(levels) else bottom_edge
        top = bottom - gap_height[run.gap]
        lane = run_lane[run]
        if run.group == 0:
            return top + STUB + lane * LANE
        if run.group == 2:
            return bottom - STUB - lane * LANE
        free_top = top + STUB + lanes.groups.get((run.gap, 0), 0) * LANE
        free_bottom = bottom - STUB - lanes.groups.get((run.gap, 2), 0) * LANE
        middle = lanes.groups[(run.gap, 1)]
        return (free_top + free_bottom) / 2 + (lane - (middle - 1) / 2) * LANE

    def climb_x(climb: _Climb) -> float:
        right = column_x[climb.channel] if climb.channel < column_count else right_edge
        centre = right - channel_width[climb.channel] / 2
        return centre + (climb_lane[climb] - (lanes.columns[climb.channel] - 1) / 2) * LANE

    ports = _ports(plans, boxes, run_y)
    routes = []
    for n, plan in enumerate(plans):
        source, target = boxes[plan.move.source.id], boxes[plan.move.target.id]
        sx, tx = ports[(n, "source")], ports[(n, "target")]
        sy = source.y - 1 if plan.leaves_top else source.y + source.height + 1
        ty = target.y - 1 if plan.enters_top else target.y + target.height + 1
        points: list[Point] = [(sx, sy)]
        if plan.climb is not None:
            first_y, last_y, cx = run_y(plan.runs[0]), run_y(plan.runs[1]), climb_x(plan.climb)
            points += [(sx, first_y), (cx, first_y), (cx, last_y), (tx, last_y)]
        elif plan.runs:
            lane_y = run_y(plan.runs[0])
            points += [(sx, lane_y), (tx, lane_y)]
        points.append((tx, ty))
        routes.append(Route(plan.move, tuple(points)))
    row_top = {level: row_y[n] for n, level in enumerate(levels)}
    return Layout(boxes, routes, bands, levels, row_top, header_top, width, height)


def _ports(
    plans: Sequence[_Plan], boxes: Mapping[str, Box], run_y: _RunY
) -> dict[tuple[int, str], float]:
    """Where each arrow meets each of its boxes, along the edge (x).

    Straight vertical arrows take the middle of the edge. The others share the halves: those
    turning left on the left, those turning right on the right, ordered by how far from the box
    they turn, so that the lines leaving one edge nest instead of crossing. The bottom edge of
    one box and the top edge of the box below share a column of the corridor between them, so
    their points are spread together: no two lines ever run on top of each other.
    """
    straight_pairs = {
        (p.move.source.id, p.move.target.id) for p in plans if not p.runs and p.climb is None
    }
    # (column, corridor) -> (from the upper box, distance to the turn, plan, end), by side
    strips: dict[tuple[int, int], list[tuple[bool, float, int, str, bool]]] = {}
    ports: dict[tuple[int, str], float] = {}
    for n, plan in enumerate(plans):
        source, target = boxes[plan.move.source.id], boxes[plan.move.target.id]
        if not plan.runs:
            offset = 0.0
            if (plan.move.target.id, plan.move.source.id) in straight_pairs:
                offset = -PAIR_OFFSET if plan.leaves_top else PAIR_OFFSET
            ports[(n, "source")] = source.centre[0] + offset
            ports[(n, "target")] = target.centre[0] + offset
            continue
        for end, box, run, on_top in (
            ("source", source, plan.runs[0], plan.leaves_top),
            ("target", target, plan.runs[-1], plan.enters_top),
        ):
            other = run.end if end == "source" else run.start
            edge = box.y if on_top else box.y + box.height
            gap = box.row if on_top else box.row + 1
            strips.setdefault((box.column, gap), []).append(
                (not on_top, abs(run_y(run) - edge), n, end, other < 2 * box.column + 1)
            )
    column_x = {box.column: box.x for box in boxes.values()}
    for (column, _), items in strips.items():
        x = column_x[column]
        middle = x + BOX_WIDTH / 2
        left = sorted((i for i in items if i[4]), key=lambda i: (not i[0], i[1], i[2], i[3]))
        right = sorted((i for i in items if not i[4]), key=lambda i: (not i[0], -i[1], i[2], i[3]))
        for side, start, stop in (
            (left, x + PORT_MARGIN, middle - PORT_CENTRE),
            (right, middle + PORT_CENTRE, x + BOX_WIDTH - PORT_MARGIN),
        ):
            for k, (_, _, n, end, _) in enumerate(side):
                ports[(n, end)] = start + (stop - start) * (k + 1) / (len(side) + 1)
    return ports


# -- drawing -----------------------------------------------------------------------------------


def _n(value: float) -> str:
    """Coordinates to one decimal: short, and the same on every platform."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def path_data(points: Sequence[Point]) -> str:
    """A polyline as SVG path data, its turns rounded (radius CORNER, less on short legs)."""
    parts = [f"M{_n(points[0][0])} {_n(points[0][1])}"]
    for n in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = points[n - 1], points[n], points[n + 1]
        before, after = math.hypot(bx - ax, by - ay), math.hypot(cx - bx, cy - by)
        radius = min(CORNER, before / 2, after / 2)
        if radius <= 0:
            continue
        p = (bx + (ax - bx) * radius / before, by + (ay - by) * radius / before)
        q = (bx + (cx - bx) * radius / after, by + (cy - by) * radius / after)
        parts.append(f"L{_n(p[0])} {_n(p[1])}Q{_n(bx)} {_n(by)} {_n(q[0])} {_n(q[1])}")
    parts.append(f"L{_n(points[-1][0])} {_n(points[-1][1])}")
    return "".join(parts)


def _stroke(kind: str) -> str:
    dash = DASHES[kind]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return f'stroke="currentColor" stroke-width="{STROKES[kind]}"{dash_attr}'


def _move(route: Route) -> str:
    kind = route.move.transition.kind
    d = path_data(route.points)
    return (
        f'<path class="ladder-map__halo" d="{d}" fill="none" stroke="#fff" stroke-width="6"/>'
        f'<path class="ladder-map__move ladder-map__move--{kind}" d="{d}" fill="none" '
        f'{_stroke(kind)} marker-end="url(#ladder-map-arrow)"/>'
    )


def _legend() -> list[str]:
    parts = ['<g class="ladder-map__legend" aria-hidden="true">']
    x = MARGIN
    y = MARGIN + 18
    for kind in KINDS:
        parts.append(
            f'<path d="M{x} {y - 5} H{x + 40}" fill="none" {_stroke(kind)} '
            f'marker-end="url(#ladder-map-arrow)"/>'
            f'<text x="{x + 50}" y="{y}" font-size="{FONT}" fill="currentColor">'
            f"{KIND_NAMES[kind]}</text>"
        )
        x += LEGEND_ITEM
    parts.append("</g>")
    return parts


def map_svg(ladder: Ladder, moves_out: Mapping[str, Sequence[Move]], page: str) -> Markup:
    """The whole map as inline SVG, links relative to `page`; empty for huge ladders."""
    if not ladder.roles or len(ladder.roles) > MAX_ROLES:
        return Markup("")
    moves = [move for role_id in ladder.roles for move in moves_out.get(role_id, [])]
    plan = layout(ladder, moves)
    width, height = plan.width, plan.height
    parts = [
        f'<svg class="ladder-map__svg" xmlns="http://www.w3.org/2000/svg" role="group" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="ladder-map-title" aria-describedby="ladder-map-desc" '
        f'font-family="{FONT_FAMILY}" style="min-width:{plan.min_width}px">',
        f'<title id="ladder-map-title">Map of the ladder: {len(ladder.tracks)} tracks, '
        f"{len(ladder.roles)} roles, {len(moves)} moves</title>",
        '<desc id="ladder-map-desc">Tracks are columns and levels are rows, the highest level '
        "at the top. Each box is a role and links to its page. Solid arrows are promotions, "
        "dashed arrows lateral moves, dotted arrows track changes; each arrow ends at the role "
        "it leads to. Moves to the right along a level run above the row, moves to the left "
        "below it. The same moves are listed as text below the map.</desc>",
        '<defs><marker id="ladder-map-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        '<path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs>',
        '<g class="ladder-map__bands" aria-hidden="true">',
    ]
    bottom = plan.height - MARGIN
    for n, band in enumerate(plan.bands):
        if n % 2 == 0:
            parts.append(
                f'<rect x="{_n(band.x)}" y="{_n(plan.header_top)}" width="{_n(band.width)}" '
                f'height="{_n(bottom - plan.header_top)}" fill="currentColor" '
                f'fill-opacity="0.05"/>'
            )
    parts.append("</g>")
    parts.extend(_legend())
    for band in plan.bands:
        href = relative_url(page, f"tracks/{band.track_id}/index.md")
        name = encode(f"{ladder.tracks[band.track_id].name} track")
        parts.append(f'<a href="{href}" class="ladder-map__track" aria-label="{name}">')
        for i, line in enumerate(band.lines):
            y = plan.header_top + 18 + i * HEADER_LINE
            parts.append(
                f'<text x="{_n(band.x + band.width / 2)}" y="{_n(y)}" '
                f'text-anchor="middle" font-size="{HEADER_FONT}" font-weight="700" '
                f'fill="currentColor">{encode(line)}</text>'
            )
        parts.append("</a>")
    some_box = next(iter(plan.boxes.values()))
    for level in plan.levels:
        y = plan.row_top[level] + some_box.height / 2 + 5
        parts.append(
            f'<text class="ladder-map__level" x="{MARGIN}" y="{_n(y)}" '
            f'font-size="{FONT}" fill="currentColor">{_level_label(level)}</text>'
        )
    parts.append('<g class="ladder-map__moves" aria-hidden="true">')
    ordered = sorted(plan.routes, key=lambda r: DRAWING_ORDER[r.move.transition.kind])
    parts.extend(_move(route) for route in ordered)
    parts.append("</g>")
    for role in ladder.roles.values():
        box = plan.boxes[role.id]
        href = relative_url(page, f"roles/{role.id}/index.md")
        label = encode(f"{role.title}, level {role.level}, {ladder.tracks[role.track].name}")
        parts.append(
            f'<a href="{href}" class="ladder-map__role" data-role="{role.id}" '
            f'aria-label="{label}">'
            f'<rect x="{_n(box.x)}" y="{_n(box.y)}" width="{_n(box.width)}" '
            f'height="{_n(box.height)}" rx="6" fill="transparent" stroke="currentColor" '
            f'stroke-width="1.2"/>'
        )
        first = box.y + box.height / 2 + 4.5 - (len(box.lines) - 1) * LINE / 2
        for i, line in enumerate(box.lines):
            parts.append(
                f'<text x="{_n(box.x + box.width / 2)}" y="{_n(first + i * LINE)}" '
                f'text-anchor="middle" font-size="{FONT}" fill="currentColor">'
                f"{encode(line)}</text>"
            )
        parts.append("</a>")
    parts.append("</svg>")
    return Markup("".join(parts))
