"""Ids that would take the anchor of a page's section (BAD_INPUTS 31).

The list of section anchors lives in generator/site/sections.py, which the templates use too.
"""

from __future__ import annotations

from generator.problems import Problem
from generator.read.load import Document, Loc
from generator.site.sections import reserved_ids, taken_by_section
from generator.validate.parts import Parts

_KINDS = {
    "competency": "competency",
    "kpi": "KPI",
    "proficiency": "proficiency level",
    "competency category": "competency category",
}
_PAGE_NAMES = {
    "role": "role pages",
    "self-assessment": "self-assessment pages",
    "transition": "transition guides",
    "competency": "competency pages",
    "competencies": "the competencies page",
}


def check_section_anchors(parts: Parts) -> list[Problem]:
    """Every competency, KPI, proficiency and category id (former ids too) that a section takes."""
    found: list[Problem] = []

    def check(kind: str, thing_id: str, doc: Document, loc: Loc) -> None:
        page = taken_by_section(kind, thing_id)
        if page is None:
            return
        place = doc.value_position(loc)
        message = (
            f'the id "{thing_id}" is the anchor of the section "#{thing_id}" on '
            f"{_PAGE_NAMES[page]}, where a {_KINDS[kind]}'s id is an anchor too, so a link to "
            f"one would land on the other; choose another id (a {_KINDS[kind]} may not use: "
            f"{', '.join(reserved_ids(kind))})"
        )
        found.append(Problem(doc.path, place.line, place.column, message))

    for kind, things in (("competency", parts.competencies), ("kpi", parts.kpis)):
        for thing_id, (thing, doc) in things.items():
            check(kind, thing_id, doc, ("id",))
            for index, old in enumerate(thing.former_ids):
                check(kind, old, doc, ("former_ids", index))
    handbook, book_doc = parts.handbook, parts.handbook_doc
    if handbook is None or book_doc is None:
        return found  # handbook.yml did not read; its own problems are reported
    for index, level in enumerate(handbook.proficiency_scale):
        check("proficiency", level.id, book_doc, ("proficiency_scale", index, "id"))
    for index, category in enumerate(handbook.competency_categories):
        check("competency category", category.id, book_doc, ("competency_categories", index, "id"))
    return found
