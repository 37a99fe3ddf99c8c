"""Cross-checks of handbook.yml: unique ids in its lists, the version, the scales, the policy."""

from __future__ import annotations

from generator.read.load import Document
from generator.validate.parts import Parts, Report, duplicates, unknown


def check_handbook(parts: Parts, report: Report) -> None:
    book, doc = parts.handbook, parts.handbook_doc
    if book is None or doc is None:
        return
    for name in ("values", "proficiency_scale", "rating_scale", "competency_categories", "reviews"):
        duplicates(doc, name, [item.id for item in getattr(book, name)], report)
    if book.version not in {note.version for note in book.changelog}:
        report.add(
            doc, ("version",), f'version "{book.version}" has no entry in changelog; add one'
        )
    dates = [note.date for note in book.changelog]
    if dates != sorted(dates, reverse=True):
        report.add(doc, ("changelog",), "changelog entries must be newest first; reorder them")
    levels = [level.id for level in book.proficiency_scale]
    for index, rating in enumerate(book.rating_scale):
        if rating.proficiency is not None and rating.proficiency not in levels:
            report.add(
                doc,
                ("rating_scale", index, "proficiency"),
                unknown("proficiency level", rating.proficiency, levels),
            )


def value_refs(parts: Parts, doc: Document, entries: list[str], report: Report) -> None:
    """Each value a track or role describes exists in handbook.yml, and is described once."""
    if parts.handbook is None:
        return
    known = [value.id for value in parts.handbook.values]
    seen: set[str] = set()
    for index, value_id in enumerate(entries):
        if value_id not in known:
            report.add(doc, ("values", index, "value"), unknown("value", value_id, known))
        elif value_id in seen:
            report.add(doc, ("values", index, "value"), f'value "{value_id}" is described twice')
        seen.add(value_id)
