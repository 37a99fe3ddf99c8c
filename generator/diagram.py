"""The map: every track and every transition as one inline SVG, computed in Python.

Why not Mermaid: Material loads Mermaid from an outside host, and the handbook must work on a
closed network. An SVG laid out here needs no script at all, prints, and is the same bytes on
every build. Layout: one column per track (in the ladder's track order), one row per level
(highest at the top, so a career reads upwards), a box per role linking to its page, an arrow
per transition (promotion solid, lateral dashed, track change dotted), and a legend.

Accessibility: the SVG is a group labelled by its <title> and <desc>, not role="img", because
an image's children are presentational: screen readers would not announce the role links,
while keyboards could still reach them. The arrows are decoration (aria-hidden); the same
moves are listed as text below the map on the page.

Ladders too large to read as one picture (more than MAX_ROLES roles) get no drawing: the page
then shows the per-track lists only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup

from .ladder import Ladder, Move
from .model import Role
from .render import relative_url
from .text import encode

MAX_ROLES = 200

COLUMN = 176
BOX_WIDTH = 148
BOX_HEIGHT = 48
ROW_GAP = 48
STACK_GAP = 12
LABEL_WIDTH = 72
HEADER = 56
LEGEND = 44
MARGIN = 12
LINE_CHARS = 20
LEGEND_WIDTH = 3 * 170 + MARGIN

DASHES = {"promotion": None, "lateral": "7 5", "track-change": "2 4"}
KIND_NAMES = {"promotion": "Promotion", "lateral": "Lateral move", "track-change": "Track change"}


@dataclass(frozen=True)
class Box:
    role: Role
    x: int
    y: int

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + BOX_WIDTH / 2, self.y + BOX_HEIGHT / 2


def _lines(title: str) -> list[str]:
    """A title in at most two lines of LINE_CHARS, cut with an ellipsis when longer."""
    words, lines, current = title.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= LINE_CHARS or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [
        line if len(line) <= LINE_CHARS else line[: LINE_CHARS - 1].rstrip() + "…" for line in lines
    ]


def layout(ladder: Ladder) -> tuple[dict[str, Box], list[int], dict[int, int], int, int]:
    """Where every role's box stands: (boxes, levels top to bottom, row tops, width, height)."""
    track_ids = list(ladder.tracks)
    column = {track_id: n for n, track_id in enumerate(track_ids)}
    cells: dict[tuple[str, int], list[Role]] = {}
    for role in ladder.roles.values():
        cells.setdefault((role.track, role.level), []).append(role)
    levels = sorted({role.level for role in ladder.roles.values()}, reverse=True)
    row_top: dict[int, int] = {}
    y = MARGIN + LEGEND + HEADER
    for level in levels:
        row_top[level] = y
        depth = max(len(cells.get((t, level), [])) for t in track_ids)
        y += depth * BOX_HEIGHT + (depth - 1) * STACK_GAP + ROW_GAP
    boxes: dict[str, Box] = {}
    for (track_id, level), roles in cells.items():
        x = MARGIN + LABEL_WIDTH + column[track_id] * COLUMN + (COLUMN - BOX_WIDTH) // 2
        for n, role in enumerate(roles):
            boxes[role.id] = Box(role, x, row_top[level] + n * (BOX_HEIGHT + STACK_GAP))
    width = max(MARGIN * 2 + LABEL_WIDTH + len(track_ids) * COLUMN, LEGEND_WIDTH)
    height = y - ROW_GAP + MARGIN
    return boxes, levels, row_top, width, height


def _edge_point(box: Box, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the box's centre toward a point leaves the box."""
    cx, cy = box.centre
    dx, dy = toward[0] - cx, toward[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(
        (BOX_WIDTH / 2 + 3) / abs(dx) if dx else math.inf,
        (BOX_HEIGHT / 2 + 3) / abs(dy) if dy else math.inf,
    )
    return cx + dx * scale, cy + dy * scale


def _arrow(move: Move, boxes: Mapping[str, Box], pairs: set[tuple[str, str]]) -> str:
    source, target = boxes[move.source.id], boxes[move.target.id]
    (sx, sy), (tx, ty) = source.centre, target.centre
    if abs(sy - ty) < 1 and abs(sx - tx) > COLUMN * 1.5:
        # Along a row past other boxes: arc over the row (rightwards) or under it (leftwards).
        up = tx > sx
        edge = -BOX_HEIGHT / 2 - 3 if up else BOX_HEIGHT / 2 + 3
        start, end = (sx + 12, sy + edge), (tx - 12, ty + edge)
        if not up:
            start, end = (sx - 12, sy + edge), (tx + 12, ty + edge)
        lift = ROW_GAP * 1.3 if up else -ROW_GAP * 1.3
        control = ((sx + tx) / 2, sy + edge - lift)
    else:
        length = math.hypot(tx - sx, ty - sy) or 1.0
        # Two moves between the same pair of roles (there and back) run side by side.
        side = 0
        if (move.target.id, move.source.id) in pairs:
            side = 1 if move.source.id < move.target.id else -1
        nx, ny = -(ty - sy) / length * 4 * side, (tx - sx) / length * 4 * side
        bend = 0.0
        if abs(sx - tx) < 1 and abs(sy - ty) > BOX_HEIGHT + ROW_GAP + STACK_GAP:
            bend = COLUMN * 0.45  # skips rows in its own column: curve around the boxes between
        control = ((sx + tx) / 2 + nx + bend, (sy + ty) / 2 + ny)
        start = _edge_point(source, control)
        end = _edge_point(target, control)
        start = (start[0] + nx, start[1] + ny)
        end = (end[0] + nx, end[1] + ny)
    kind = move.transition.kind
    dash = DASHES[kind]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<path class="ladder-map__move ladder-map__move--{kind}" '
        f'd="M{_n(start[0])} {_n(start[1])} Q{_n(control[0])} {_n(control[1])} '
        f'{_n(end[0])} {_n(end[1])}" fill="none" stroke="currentColor" stroke-width="1.6"'
        f'{dash_attr} marker-end="url(#ladder-map-arrow)"/>'
    )


def _n(value: float) -> str:
    """Coordinates to one decimal: short, and the same on every platform."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _legend() -> list[str]:
    parts = ['<g class="ladder-map__legend" aria-hidden="true">']
    x = MARGIN
    y = MARGIN + 18
    for kind, name in KIND_NAMES.items():
        dash = DASHES[kind]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<path d="M{x} {y - 5} H{x + 40}" stroke="currentColor" stroke-width="1.6"'
            f'{dash_attr} marker-end="url(#ladder-map-arrow)"/>'
            f'<text x="{x + 50}" y="{y}" font-size="13" fill="currentColor">{name}</text>'
        )
        x += 170
    parts.append("</g>")
    return parts


def map_svg(ladder: Ladder, moves_out: Mapping[str, Sequence[Move]], page: str) -> Markup:
    """The whole map as inline SVG, links relative to `page`; empty for huge ladders."""
    if not ladder.roles or len(ladder.roles) > MAX_ROLES:
        return Markup("")
    boxes, levels, row_top, width, height = layout(ladder)
    moves = [move for role_id in ladder.roles for move in moves_out.get(role_id, [])]
    parts = [
        f'<svg class="ladder-map__svg" xmlns="http://www.w3.org/2000/svg" role="group" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'aria-labelledby="ladder-map-title" aria-describedby="ladder-map-desc" '
        f'font-family="inherit" style="max-width:none">',
        f'<title id="ladder-map-title">Map of the ladder: {len(ladder.tracks)} tracks, '
        f"{len(ladder.roles)} roles, {len(moves)} moves</title>",
        '<desc id="ladder-map-desc">Tracks are columns and levels are rows, the highest level '
        "at the top. Each box is a role and links to its page. Solid arrows are promotions, "
        "dashed arrows lateral moves, dotted arrows track changes. The same moves are listed "
        "as text below the map.</desc>",
        '<defs><marker id="ladder-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs>',
        *_legend(),
    ]
    for n, track in enumerate(ladder.tracks.values()):
        x = MARGIN + LABEL_WIDTH + n * COLUMN + COLUMN // 2
        href = relative_url(page, f"tracks/{track.id}/index.md")
        lines = _lines(track.name)
        parts.append(f'<a href="{href}" class="ladder-map__track">')
        for i, line in enumerate(lines):
            y = MARGIN + LEGEND + 18 + i * 16
            parts.append(
                f'<text x="{x}" y="{y}" text-anchor="middle" font-size="14" font-weight="700" '
                f'fill="currentColor">{encode(line)}</text>'
            )
        parts.append("</a>")
    for level in levels:
        y = row_top[level] + BOX_HEIGHT // 2 + 5
        parts.append(
            f'<text class="ladder-map__level" x="{MARGIN}" y="{y}" '
            f'font-size="13" fill="currentColor">Level {level}</text>'
        )
    parts.append('<g class="ladder-map__moves" aria-hidden="true">')
    pairs = {(move.source.id, move.target.id) for move in moves}
    parts.extend(_arrow(move, boxes, pairs) for move in moves if move.target.id in boxes)
    parts.append("</g>")
    for role in ladder.roles.values():
        box = boxes[role.id]
        href = relative_url(page, f"roles/{role.id}/index.md")
        label = encode(f"{role.title}, level {role.level}, {ladder.tracks[role.track].name}")
        parts.append(
            f'<a href="{href}" class="ladder-map__role" data-role="{role.id}" '
            f'aria-label="{label}">'
            f'<rect x="{box.x}" y="{box.y}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" rx="6" '
            f'fill="transparent" stroke="currentColor" stroke-width="1.2"/>'
        )
        lines = _lines(role.title)
        first = box.y + BOX_HEIGHT // 2 + 5 - (len(lines) - 1) * 8
        for i, line in enumerate(lines):
            parts.append(
                f'<text x="{box.x + BOX_WIDTH // 2}" y="{first + i * 16}" text-anchor="middle" '
                f'font-size="13" fill="currentColor">{encode(line)}</text>'
            )
        parts.append("</a>")
    parts.append("</svg>")
    return Markup("".join(parts))
