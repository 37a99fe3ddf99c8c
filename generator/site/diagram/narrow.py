"""What a narrow screen keeps in sight while the map scrolls sideways: its key and level labels.

Inside the drawing, the legend and the level labels scroll away with the rest of it. So the
map also carries them as HTML, which the stylesheet shows only on screens too narrow for
the whole drawing (and then hides their copies in the SVG): the key above the scrolling
box, where it wraps to the width of the screen, and the level labels in a column stuck to
the box's inline-start edge, each placed at its row's height in percentages of the drawing
(the drawing keeps its proportions at every size). Both are decoration for the eye, hidden
from screen readers like the drawing's own legend: the drawing's description and the list
of moves say the same in words.
"""

from __future__ import annotations

import html

from generator.locale import _
from generator.site.diagram.grid import Layout
from generator.site.diagram.layout import level_label
from generator.site.diagram.metrics import DASHES, KIND_NAMES, KINDS, STROKES

SAMPLE = 40  # length of a line sample in the key, arrowhead included


def _sample(kind: str) -> str:
    """A short line in the style of one kind of move, ending in an arrowhead."""
    dash = DASHES[kind]
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    return (
        f'<svg class="ladder-map__sample" width="{SAMPLE}" height="10" '
        f'viewBox="0 0 {SAMPLE} 10" focusable="false">'
        f'<path d="M0 5 H{SAMPLE - 6}" fill="none" stroke="currentColor" '
        f'stroke-width="{STROKES[kind]}"{dash_attr}/>'
        f'<path d="M{SAMPLE - 7} 1.5 L{SAMPLE} 5 L{SAMPLE - 7} 8.5 z" fill="currentColor"/>'
        "</svg>"
    )


def map_key() -> str:
    """The legend as a list: a line sample and the name of each kind of move."""
    items = "".join(
        f'<li data-kind="{kind}">{_sample(kind)}{html.escape(_(KIND_NAMES[kind]))}</li>'
        for kind in KINDS
    )
    return f'<ul class="ladder-map__key" aria-hidden="true">{items}</ul>'


def level_column(plan: Layout) -> str:
    """Each level's label at the height of its row's middle, in percent of the drawing (the
    map below its legend: where the column is shown, the legend is not)."""
    if not plan.boxes:
        return ""
    middle = next(iter(plan.boxes.values())).height / 2
    drawing = plan.height - plan.header_top
    labels = "".join(
        f'<span data-level="{level}" style="inset-block-start:'
        f'{(plan.row_top[level] + middle - plan.header_top) * 100 / drawing:.3f}%">'
        f"{html.escape(level_label(level))}</span>"
        for level in plan.levels
    )
    return f'<div class="ladder-map__levels" aria-hidden="true">{labels}</div>'
