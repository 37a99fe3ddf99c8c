"""The map's sizes, line styles and text measurement (no browser runs at build time).

Text is 13 units high; the page lets the SVG shrink with the column but never below
MIN_LABEL_PX on screen. Role names wrap on measured text widths (Helvetica/Arial metrics, the
font the map asks for) so they fit their box.
"""

from __future__ import annotations

from generator.locale import N_

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
LANE = 8  # distance between parallel lines climbing one corridor between columns
# Lines along a row corridor run far side by side; dashed ones closer than this read as one
# bundled line, so they keep further apart.
ROW_LANE = 12
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
KIND_NAMES = {
    "promotion": N_("Promotion"),
    "lateral": N_("Lateral move"),
    "track-change": N_("Track change"),
}
"""The legend's words, translated where they are drawn."""
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
