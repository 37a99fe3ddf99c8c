"""Routing on the grid: which box sides and corridors each move's arrow takes, and lanes.

Positions across the grid are in half steps: column c's centre is 2c + 1, the corridor left
of column c is 2c. Corridor g between rows lies above row g (g == rows: below the last row).
In a row corridor, group 0 holds lines hugging the row above, group 2 those hugging the row
below, group 1 those crossing from one row to the other.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from generator.ladder import Move
from generator.model import Role
from generator.site.diagram.metrics import (
    BOX_WIDTH,
    FONT,
    MIN_LABEL_PX,
    PAIR_OFFSET,
    PORT_CENTRE,
    PORT_MARGIN,
    Point,
)


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


@dataclass(frozen=True, eq=False)
class Run:
    """A horizontal stretch in row corridor `gap`, between half-step positions lo..hi."""

    gap: int
    group: int
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return min(self.start, self.end), max(self.start, self.end)


RunY = Callable[[Run], float]


@dataclass(frozen=True, eq=False)
class Climb:
    """A vertical stretch in the corridor left of column `channel`, through row corridors."""

    channel: int
    first: int
    last: int

    @property
    def span(self) -> tuple[int, int]:
        return min(self.first, self.last), max(self.first, self.last)


@dataclass(frozen=True)
class Plan:
    """A move's way through the grid: which box sides it uses and which corridors it takes."""

    move: Move
    leaves_top: bool
    enters_top: bool
    runs: tuple[Run, ...]
    climb: Climb | None


def plan_move(move: Move, source: Box, target: Box) -> Plan:
    rs, rt, cs, ct = source.row, target.row, source.column, target.column
    here, there = 2 * cs + 1, 2 * ct + 1
    if rs == rt:  # along a level: rightwards above the row, leftwards below it
        if ct > cs:
            return Plan(move, True, True, (Run(rs, 2, here, there),), None)
        return Plan(move, False, False, (Run(rs + 1, 0, here, there),), None)
    up = rt < rs
    if abs(rs - rt) == 1:
        gap = rs if up else rt
        if cs == ct:
            return Plan(move, up, not up, (), None)
        return Plan(move, up, not up, (Run(gap, 1, here, there),), None)
    channel = ct if ct > cs else ct + 1  # the corridor beside the target, on the source's side
    first, last = (rs, rt + 1) if up else (rs + 1, rt)
    runs = (Run(first, 1, here, 2 * channel), Run(last, 1, 2 * channel, there))
    return Plan(move, up, not up, runs, Climb(channel, first, last))


def lanes_for(spans: Sequence[tuple[int, int]]) -> list[int]:
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


def assign(plans: Sequence[Plan]) -> tuple[dict[Run, int], dict[Climb, int]]:
    """Lanes for every run (per corridor and group) and every climb (per column corridor)."""
    runs: dict[tuple[int, int], list[Run]] = {}
    climbs: dict[int, list[Climb]] = {}
    for plan in plans:
        for run in plan.runs:
            runs.setdefault((run.gap, run.group), []).append(run)
        if plan.climb is not None:
            climbs.setdefault(plan.climb.channel, []).append(plan.climb)
    run_lane: dict[Run, int] = {}
    for items in runs.values():
        run_lane.update(zip(items, lanes_for([r.span for r in items]), strict=True))
    climb_lane: dict[Climb, int] = {}
    for climb_items in climbs.values():
        climb_lane.update(zip(climb_items, lanes_for([c.span for c in climb_items]), strict=True))
    return run_lane, climb_lane


@dataclass(frozen=True)
class Lanes:
    """How many lanes each corridor needs: per (row corridor, group), per row corridor in
    all, and per column corridor."""

    groups: dict[tuple[int, int], int]
    rows: dict[int, int]
    columns: dict[int, int]


def lane_counts(run_lane: Mapping[Run, int], climb_lane: Mapping[Climb, int]) -> Lanes:
    groups: dict[tuple[int, int], int] = {}
    for run, lane in run_lane.items():
        groups[(run.gap, run.group)] = max(groups.get((run.gap, run.group), 0), lane + 1)
    rows: dict[int, int] = {}
    for (gap, _), count in groups.items():
        rows[gap] = rows.get(gap, 0) + count
    columns: dict[int, int] = {}
    for climb, lane in climb_lane.items():
        columns[climb.channel] = max(columns.get(climb.channel, 0), lane + 1)
    return Lanes(groups, rows, columns)


def edge_points(
    plans: Sequence[Plan], boxes: Mapping[str, Box], run_y: RunY
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
