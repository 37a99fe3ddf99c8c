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
While it scrolls, a narrow screen keeps the key and the level labels in sight: HTML copies of
both come with the drawing (narrow.py), and the stylesheet chooses which to show.

The legend is an SVG of its own above the drawing, in the same coordinates and scale (the
drawing's viewBox starts where the legend ends), so a narrow screen that hides it for the
HTML key loses its room with it instead of keeping a blank band above the track names.

Accessibility: the drawing is an image (role="img") labelled by its <title> and <desc>; the
links to tracks and roles are HTML links laid over it (draw.py says why), which screen
readers and keyboards reach like any other. The legend is decoration (aria-hidden); the same
moves are listed as text on the page.

Ladders too large to read as one picture (more than MAX_ROLES roles) get no drawing: the page
then shows the per-track lists only.
"""

from generator.site.diagram.draw import map_svg, path_data
from generator.site.diagram.layout import layout
from generator.site.diagram.metrics import MAX_ROLES

__all__ = ["MAX_ROLES", "layout", "map_svg", "path_data"]
