"""The anchors of the fixed sections of generated pages: the one list of them.

A page's sections and its items share one set of anchors. If a competency's id were
`learning`, the role page would hold two elements named `#learning`: Python-Markdown would
move the section to `#learning_1`, and a link pasted into a review would land on the wrong
thing. So the templates give every fixed section the anchor listed here (`section(...)`), and
validation refuses an id that a section of a page where that id is an anchor already takes
(BAD_INPUTS 31). The section headings' words may change or be translated; these anchors do not.
"""

from __future__ import annotations

# Page kind -> (what the page calls its sections, in the order shown, by anchor).
SECTIONS: dict[str, tuple[str, ...]] = {
    "role": (
        "responsibilities",
        "day-to-day",
        "deliverables",
        "competencies",
        "kpis-and-targets",
        "values-in-this-role",
        "advantages",
        "disadvantages",
        "how-people-get-here",
        "entry-requirements",
        "moves-into-this-role",
        "where-this-leads",
        "learning",
        "training",
        "certifications",
        "mentorship",
        "keeping-current",
        "compensation",
        "hiring-focus",
    ),
    "self-assessment": (
        "about-this-assessment",
        "save-compare-and-export",
        "the-rating-scale",
        "competencies",
        "kpis",
        "summary",
    ),
    "transition": (
        "competencies-that-change",
        "competencies-that-stay-the-same",
        "competencies-no-longer-required",
        "kpis-and-targets-that-are-new-or-change",
        "kpis-no-longer-measured",
        "a-plan-in-four-stages",
        "when-you-are-ready",
    ),
    "competency": ("what-is-expected", "levels", "roles-that-require-it"),
    "competencies": ("proficiency-levels", "other-competencies"),
}

# Which kinds of id are anchors on which kind of page (former ids included).
ANCHORED: dict[str, tuple[str, ...]] = {
    "competency": ("role", "self-assessment", "transition"),
    "kpi": ("role",),
    "proficiency": ("competency",),
    "competency category": ("competencies",),
}

_ALL = frozenset(anchor for anchors in SECTIONS.values() for anchor in anchors)


def section(anchor: str) -> str:
    """The anchor of a fixed section, for a template; an unlisted one is a bug, found at once."""
    if anchor not in _ALL:
        raise KeyError(f"{anchor!r} is not listed in generator/site/sections.py")
    return anchor


def taken_by_section(kind: str, thing_id: str) -> str | None:
    """The page kind on which a section already has `thing_id` as its anchor, if any."""
    for page in ANCHORED.get(kind, ()):
        if thing_id in SECTIONS[page]:
            return page
    return None


def reserved_ids(kind: str) -> list[str]:
    """Every id that an id of this kind may not be, sorted."""
    return sorted({anchor for page in ANCHORED.get(kind, ()) for anchor in SECTIONS[page]})
