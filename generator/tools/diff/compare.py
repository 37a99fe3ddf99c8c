"""Comparing two ladders: every added, removed, renamed and changed thing, in ladder order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from generator import locale
from generator.ladder import Ladder
from generator.locale import _
from generator.model import Competency, Kpi, Role, Track
from generator.site.phrases import DIRECTIONS, REPORTED, UNITS
from generator.tools.diff.details import (
    competency_details,
    handbook_details,
    kpi_details,
    role_details,
    track_details,
)
from generator.tools.diff.fields import category_name
from generator.tools.diff.pages import page_changes
from generator.tools.diff.records import Change, Comparison, Context, Detail, M, Thing, heading
from generator.tools.diff.words import TRACK_KINDS, label, word


def compare(old: Ladder, new: Ladder) -> Comparison:
    """Every change from `old` to `new`, worded in the new ladder's language."""
    language = new.handbook.language
    with locale.use(language):
        return replace(_compare(old, new), language=language)


def _compare(old: Ladder, new: Ladder) -> Comparison:
    renamed: dict[Thing, dict[str, str]] = {
        "ladder": {},
        "track": {},
        "role": _renames(old.roles, new.roles),
        "competency": _renames(old.competencies, new.competencies),
        "kpi": _renames(old.kpis, new.kpis),
    }
    context = Context(old, new, renamed)
    changes: list[Change] = []
    handbook_name = heading("ladder")
    changes.extend(
        Change("ladder", "handbook", handbook_name, "changed", *detail)
        for detail in handbook_details(old, new)
    )
    changes.extend(
        _things(
            context, "track", old.tracks, new.tracks, track_details, lambda t: t.name, track_note
        )
    )
    changes.extend(
        _things(context, "role", old.roles, new.roles, role_details, lambda r: r.title, role_note)
    )
    changes.extend(
        _things(
            context,
            "competency",
            old.competencies,
            new.competencies,
            competency_details,
            lambda c: c.name,
            competency_note,
        )
    )
    changes.extend(
        _things(context, "kpi", old.kpis, new.kpis, kpi_details, lambda k: k.name, kpi_note)
    )
    note = None
    if old.version != new.version:
        note = next((n.summary for n in new.handbook.changelog if n.version == new.version), None)
    pages = page_changes(old, new, {"role": renamed["role"], "competency": renamed["competency"]})
    return Comparison(old.version, new.version, note, tuple(changes), pages)


def _renames(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, str]:
    """old id -> new id, for each new thing listing a former id that only the old ladder has."""
    renamed: dict[str, str] = {}
    for new_id, thing in new.items():
        if new_id in old:
            continue
        for former in thing.former_ids:
            if former in old and former not in new and former not in renamed:
                renamed[former] = new_id
                break
    return renamed


def _things(
    context: Context,
    thing: Thing,
    old: Mapping[str, M],
    new: Mapping[str, M],
    details: Callable[[Context, M, M], Iterable[Detail]],
    name_of: Callable[[M], str],
    note_of: Callable[[Ladder, M], str],
) -> Iterator[Change]:
    renamed = context.renamed[thing]
    renamed_from = {new_id: old_id for old_id, new_id in renamed.items()}
    for new_id, after in new.items():
        old_id = renamed_from.get(new_id, new_id)
        before = old.get(old_id)
        if before is None:
            yield Change(thing, new_id, name_of(after), "added", after=note_of(context.new, after))
            continue
        if old_id != new_id:
            yield Change(thing, new_id, name_of(after), "renamed", old_id=old_id)
        for detail in details(context, before, after):
            yield Change(thing, new_id, name_of(after), "changed", *detail)
    for old_id, before in old.items():
        if old_id not in new and old_id not in renamed:
            note = note_of(context.old, before)
            yield Change(thing, old_id, name_of(before), "removed", before=note)


def track_note(ladder: Ladder, track: Track) -> str:
    return word(TRACK_KINDS, track.kind) or label("track")


def role_note(ladder: Ladder, role: Role) -> str:
    track = ladder.tracks.get(role.track)
    where = {"level": role.level, "track": track.name if track else role.track}
    return _("level %(level)s on %(track)s") % where


def competency_note(ladder: Ladder, competency: Competency) -> str:
    if competency.category:
        return category_name(ladder, competency.category)
    return _("competency")


def kpi_note(ladder: Ladder, kpi: Kpi) -> str:
    """ "percent, higher is better, quarterly": the KPI's unit, direction and period."""
    words = (word(UNITS, kpi.unit), word(DIRECTIONS, kpi.direction), word(REPORTED, kpi.period))
    return ", ".join(w for w in words if w)
