"""Drawing the map: the SVG of one layout, links relative to the page it appears on."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence

from markupsafe import Markup

from generator.ladder import Ladder, Move
from generator.locale import N_, _, ngettext
from generator.site.diagram.grid import Layout, Route
from generator.site.diagram.layout import layout, legend_item, level_label
from generator.site.diagram.metrics import (
    CORNER,
    DASHES,
    DRAWING_ORDER,
    FONT,
    FONT_FAMILY,
    HEADER_FONT,
    HEADER_LINE,
    KIND_NAMES,
    KINDS,
    LINE,
    MARGIN,
    MAX_ROLES,
    STROKES,
    Point,
)
from generator.site.diagram.narrow import level_column, map_key
from generator.site.render import relative_url
from generator.site.text import encode


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


DESCRIPTION = N_(
    "Tracks are columns and levels are rows, the highest level at the top. Each box is a "
    "role; the links after the map open each track and role. Solid arrows are promotions, "
    "dashed arrows lateral moves, dotted arrows track changes; each arrow ends at the role it "
    "leads to. Moves to the right along a level run above the row, moves to the left below "
    "it. The same moves are also listed as text on this page."
)


def _title(ladder: Ladder, moves: int) -> str:
    """ "Map of the ladder: 8 tracks, 28 roles, 40 moves", each count with its plural."""
    tracks = ngettext("%(num)d track", "%(num)d tracks", len(ladder.tracks))
    roles = ngettext("%(num)d role", "%(num)d roles", len(ladder.roles))
    arrows = ngettext("%(num)d move", "%(num)d moves", moves)
    return _("Map of the ladder: %(tracks)s, %(roles)s, %(moves)s") % {
        "tracks": tracks % {"num": len(ladder.tracks)},
        "roles": roles % {"num": len(ladder.roles)},
        "moves": arrows % {"num": moves},
    }


def _marker(marker_id: str) -> str:
    """The arrowhead every line of one SVG ends in."""
    return (
        f'<defs><marker id="{marker_id}" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="6" markerHeight="6" orient="auto-start-reverse">'
        '<path d="M0 0 L10 5 L0 10 z" fill="currentColor"/></marker></defs>'
    )


def _legend(width: int, top: float) -> str:
    """The legend: an SVG of its own, the band of the map's coordinates above `top`.

    Screens too narrow for the whole drawing hide it for the HTML key (narrow.py). Were it
    part of the drawing, the room it takes would stay in the drawing as a blank band above
    the track names; as its own picture, it takes its room with it. It has its own arrowhead
    so that it never depends on the drawing's."""
    parts = [
        f'<svg class="ladder-map__legend" xmlns="http://www.w3.org/2000/svg" '
        f'aria-hidden="true" focusable="false" width="{width}" height="{_n(top)}" '
        f'viewBox="0 0 {width} {_n(top)}" font-family="{FONT_FAMILY}">',
        _marker("ladder-map-key-arrow"),
    ]
    x = MARGIN
    y = MARGIN + 18
    for kind in KINDS:
        parts.append(
            f'<path d="M{x} {y - 5} H{x + 40}" fill="none" {_stroke(kind)} '
            f'marker-end="url(#ladder-map-key-arrow)"/>'
            f'<text x="{x + 50}" y="{y}" font-size="{FONT}" fill="currentColor">'
            f"{html.escape(_(KIND_NAMES[kind]))}</text>"
        )
        x += legend_item()
    parts.append("</svg>")
    return "".join(parts)


def _percent(value: float, whole: float) -> str:
    return f"{value * 100 / whole:.3f}".rstrip("0").rstrip(".") + "%"


def _link(
    href: str,
    kind: str,
    label: str,
    area: tuple[float, float, float, float],
    frame: tuple[float, float, float],
    extra: str = "",
) -> str:
    """An HTML link laid over one area of the drawing, in percentages so it scales with it.

    `frame` is the drawing's top, width and height in the map's coordinates: the links are
    placed in the box of the drawing, which starts below the legend."""
    x, y, w, h = area
    top, width, height = frame
    y -= top
    style = (
        f"left:{_percent(x, width)};top:{_percent(y, height)};"
        f"width:{_percent(w, width)};height:{_percent(h, height)}"
    )
    return (
        f'<a href="{href}" class="ladder-map__link ladder-map__link--{kind}"{extra} '
        f'style="{style}" aria-label="{encode(label)}"></a>'
    )


def map_svg(ladder: Ladder, moves_out: Mapping[str, Sequence[Move]], page: str) -> Markup:
    """The whole map, links relative to `page`; empty for huge ladders.

    The drawing is an SVG image; the links to tracks and roles are HTML links laid over it.
    Links inside an SVG are SVG elements whose `href` cannot be assigned, and Material's
    instant navigation assigns every link's `href` when it swaps a page in: with SVG links the
    map broke navigation (a TypeError, and the previous page stayed on screen).

    Around the drawing: the key, then the box that scrolls sideways when the screen is
    narrower than the drawing (a focusable region, for keyboard users), holding the level
    labels that stay in sight while it scrolls (narrow.py) and the drawing. Each block
    element starts a line of its own: Python-Markdown takes a block tag that follows another
    on the same line for inline HTML and wraps it in a paragraph (an empty one then added
    height to the box that the drawing did not fill)."""
    if not ladder.roles or len(ladder.roles) > MAX_ROLES:
        return Markup("")
    moves = [move for role_id in ladder.roles for move in moves_out.get(role_id, [])]
    plan = layout(ladder, moves)
    region = _("Map of the ladder (scrolls sideways on a narrow screen)")
    return Markup(
        f"{map_key()}\n"
        f'<div class="ladder-map" role="region" aria-label="{html.escape(region)}" '
        f'tabindex="0">\n{level_column(plan)}\n{_drawing(ladder, plan, page, len(moves))}\n'
        "</div>"
    )


def _drawing(ladder: Ladder, plan: Layout, page: str, moves: int) -> str:
    """The legend, then the drawing and the links laid over it, in a canvas that keeps text
    readable. The drawing's viewBox starts where the legend ends (`header_top`), so both
    keep the map's coordinates and, one above the other, read as one picture."""
    width, height, top = plan.width, plan.height, plan.header_top
    frame = (top, width, height - top)
    parts = [
        f'<div class="ladder-map__canvas" style="min-width:{plan.min_width}px;'
        f'max-width:{width}px">\n',
        _legend(width, top),
        '\n<div class="ladder-map__drawing">\n',
        f'<svg class="ladder-map__svg" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'width="{width}" height="{_n(height - top)}" '
        f'viewBox="0 {_n(top)} {width} {_n(height - top)}" '
        f'aria-labelledby="ladder-map-title" aria-describedby="ladder-map-desc" '
        f'font-family="{FONT_FAMILY}">',
        f'<title id="ladder-map-title">{html.escape(_title(ladder, moves))}</title>',
        f'<desc id="ladder-map-desc">{html.escape(_(DESCRIPTION))}</desc>',
        _marker("ladder-map-arrow"),
        '<g class="ladder-map__bands">',
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
    # The links in the order the Tab key should meet them: column by column, as the tracks
    # read, each track's name and then its roles from the top of the column down (side by
    # side from the left). Where they sit in the page is set by their style, not by order.
    links: dict[str, list[tuple[tuple[float, float], str]]] = {}
    for band in plan.bands:
        href = relative_url(page, f"tracks/{band.track_id}/index.md")
        parts.append(f'<g class="ladder-map__track" data-track="{band.track_id}">')
        for i, line in enumerate(band.lines):
            y = plan.header_top + 18 + i * HEADER_LINE
            parts.append(
                f'<text x="{_n(band.x + band.width / 2)}" y="{_n(y)}" '
                f'text-anchor="middle" font-size="{HEADER_FONT}" font-weight="700" '
                f'fill="currentColor">{encode(line)}</text>'
            )
        parts.append("</g>")
        area: tuple[float, float, float, float] = (
            band.x,
            plan.header_top + 2,
            band.width,
            len(band.lines) * HEADER_LINE + 4,
        )
        name = _("%(track)s track") % {"track": ladder.tracks[band.track_id].name}
        links[band.track_id] = [((-1, 0), _link(href, "track", name, area, frame))]
    some_box = next(iter(plan.boxes.values()))
    for level in plan.levels:
        y = plan.row_top[level] + some_box.height / 2 + 5
        parts.append(
            f'<text class="ladder-map__level" x="{MARGIN}" y="{_n(y)}" '
            f'font-size="{FONT}" fill="currentColor">{level_label(level)}</text>'
        )
    parts.append('<g class="ladder-map__moves">')
    ordered = sorted(plan.routes, key=lambda r: DRAWING_ORDER[r.move.transition.kind])
    parts.extend(_move(route) for route in ordered)
    parts.append("</g>")
    for role in ladder.roles.values():
        box = plan.boxes[role.id]
        href = relative_url(page, f"roles/{role.id}/index.md")
        label = _("%(role)s, level %(level)d, %(track)s") % {
            "role": role.title,
            "level": role.level,
            "track": ladder.tracks[role.track].name,
        }
        parts.append(
            f'<g class="ladder-map__role" data-role="{role.id}">'
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
        parts.append("</g>")
        area = (box.x, box.y, box.width, box.height)
        link = _link(href, "role", label, area, frame, f' data-role="{role.id}"')
        links[role.track].append(((box.y, box.x), link))
    parts.append("</svg>")
    parts.extend(link for track in links.values() for _, link in sorted(track))
    parts.append("\n</div>\n</div>")
    return "".join(parts)
