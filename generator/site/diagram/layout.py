"""From the grid to coordinates: where every box, track name and arrow of the map goes."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from generator.ladder import Ladder, Move
from generator.locale import _
from generator.model import Role
from generator.site.diagram.grid import (
    Box,
    Climb,
    Layout,
    Route,
    Run,
    TrackBand,
    assign,
    edge_points,
    lane_counts,
    plan_move,
)
from generator.site.diagram.metrics import (
    BOX_PADDING,
    BOX_WIDTH,
    COLUMN_GAP,
    FONT,
    HEADER_FONT,
    HEADER_LINE,
    KIND_NAMES,
    LANE,
    LEGEND,
    LEGEND_ITEM,
    LINE,
    MARGIN,
    OUTER_GAP,
    ROW_GAP,
    ROW_LANE,
    STUB,
    Point,
    text_width,
    wrap,
)


def level_label(level: int) -> str:
    return _("Level %(level)d") % {"level": level}


def legend_item() -> int:
    """The legend's spacing: LEGEND_ITEM, or more when a language's move names are longer."""
    longest = max(text_width(_(name), FONT) for name in KIND_NAMES.values())
    return max(LEGEND_ITEM, math.ceil(50 + longest + 20))


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
    count: int, busy: Mapping[int, int], inner: float, outer: float, pad: float, lane: float
) -> list[float]:
    """Widths (or heights) of corridors 0..count, grown to hold their lanes."""
    sizes = []
    for n in range(count + 1):
        least = outer if n in (0, count) else inner
        lanes = busy.get(n, 0)
        sizes.append(max(least, 2 * pad + (lanes - 1) * lane) if lanes else least)
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
    plans = [plan_move(m, grid_boxes[m.source.id], grid_boxes[m.target.id]) for m in moves]
    run_lane, climb_lane = assign(plans)
    lanes = lane_counts(run_lane, climb_lane)

    # Across: level labels, then corridors and columns.
    label_width = max(text_width(level_label(level), FONT) for level in levels) + 12
    channel_width = _corridor_sizes(column_count, lanes.columns, COLUMN_GAP, OUTER_GAP, 6, LANE)
    column_x, right_edge = _stack(MARGIN + label_width, channel_width, BOX_WIDTH)
    width = math.ceil(max(right_edge + MARGIN, MARGIN * 2 + 3 * legend_item()))

    # Down: legend, track names, then corridors and rows.
    bands = []
    for track_id, track_columns in columns.items():
        left = column_x[track_columns[0]] - channel_width[track_columns[0]] / 2
        right = column_x[track_columns[-1]] + BOX_WIDTH + channel_width[track_columns[-1] + 1] / 2
        names = wrap(ladder.tracks[track_id].name, right - left - 8, HEADER_FONT, bold=True)
        bands.append(TrackBand(track_id, left, right - left, tuple(names)))
    header_top = MARGIN + LEGEND
    header_lines = max(len(band.lines) for band in bands)
    gap_height = _corridor_sizes(len(levels), lanes.rows, ROW_GAP, 12, STUB, ROW_LANE)
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

    def run_y(run: Run) -> float:
        """Group 0 hangs under the row above, group 2 stands on the row below, group 1 is
        centred in what is left between them."""
        bottom = row_y[run.gap] if run.gap < len(levels) else bottom_edge
        top = bottom - gap_height[run.gap]
        lane = run_lane[run]
        if run.group == 0:
            return top + STUB + lane * ROW_LANE
        if run.group == 2:
            return bottom - STUB - lane * ROW_LANE
        free_top = top + STUB + lanes.groups.get((run.gap, 0), 0) * ROW_LANE
        free_bottom = bottom - STUB - lanes.groups.get((run.gap, 2), 0) * ROW_LANE
        middle = lanes.groups[(run.gap, 1)]
        return (free_top + free_bottom) / 2 + (lane - (middle - 1) / 2) * ROW_LANE

    def climb_x(climb: Climb) -> float:
        right = column_x[climb.channel] if climb.channel < column_count else right_edge
        centre = right - channel_width[climb.channel] / 2
        return centre + (climb_lane[climb] - (lanes.columns[climb.channel] - 1) / 2) * LANE

    ports = edge_points(plans, boxes, run_y)
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
