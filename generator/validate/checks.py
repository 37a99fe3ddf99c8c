"""Checks across files: references resolve, transitions make sense, content is complete.

These run after every file has passed its own model, so they can trust types and
concentrate on how the pieces fit: a role naming a track that does not exist, a
promotion that lowers a proficiency without saying why, a role nobody can reach.
Every check adds problems to a report and carries on; none stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from generator.model import TARGET_FIELDS, Competency, Handbook, Kpi, Role, Track, ValueInPractice
from generator.problems import Problem, Severity
from generator.read.load import Document, Loc
from generator.validate.messages import did_you_mean


@dataclass
class Parts:
    """The validated models of one ladder, each with the document it was read from."""

    handbook: Handbook
    handbook_doc: Document
    tracks: dict[str, tuple[Track, Document]] = field(default_factory=dict)
    roles: dict[str, tuple[Role, Document]] = field(default_factory=dict)
    competencies: dict[str, tuple[Competency, Document]] = field(default_factory=dict)
    kpis: dict[str, tuple[Kpi, Document]] = field(default_factory=dict)
    broken: set[str] = field(default_factory=set)
    """Files that failed to read, as "roles/<stem>": references to them are not re-reported."""

    def exists(self, folder: str, thing_id: str) -> bool:
        """True when the id is defined, or its file is broken (already reported)."""
        return thing_id in getattr(self, folder) or f"{folder}/{thing_id}" in self.broken

    def roles_complete(self) -> bool:
        return not any(name.startswith("roles/") for name in self.broken)


class Report:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self,
        doc: Document,
        loc: Loc,
        message: str,
        *,
        key: bool = False,
        severity: Severity = "error",
    ) -> None:
        place = doc.key_position(loc) if key else doc.value_position(loc)
        self.problems.append(Problem(doc.path, place.line, place.column, message, severity))

    def warn(self, doc: Document, loc: Loc, message: str, *, key: bool = False) -> None:
        self.add(doc, loc, message, key=key, severity="warning")


def cross_check(parts: Parts) -> list[Problem]:
    report = Report()
    _check_handbook(parts, report)
    _check_tracks(parts, report)
    for role, doc in parts.roles.values():
        _check_role(parts, role, doc, report)
    _check_promotion_cycles(parts, report)
    _check_competencies(parts, report)
    _check_kpis(parts, report)
    _check_former_ids(parts, report)
    return report.problems


def _unknown(kind: str, wanted: str, known: Iterable[str]) -> str:
    return f'there is no {kind} "{wanted}"' + did_you_mean(wanted, known)


def _duplicates(doc: Document, field_name: str, ids: list[str], report: Report) -> None:
    first: dict[str, int] = {}
    for index, item_id in enumerate(ids):
        if item_id in first:
            line = doc.value_position((field_name, first[item_id], "id")).line
            report.add(
                doc,
                (field_name, index, "id"),
                f'the id "{item_id}" is already used on line {line}; ids must be unique',
            )
        else:
            first[item_id] = index


def _check_handbook(parts: Parts, report: Report) -> None:
    book, doc = parts.handbook, parts.handbook_doc
    for name in ("values", "proficiency_scale", "rating_scale", "competency_categories", "reviews"):
        _duplicates(doc, name, [item.id for item in getattr(book, name)], report)
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
                _unknown("proficiency level", rating.proficiency, levels),
            )


def _value_refs(parts: Parts, doc: Document, entries: list[str], report: Report) -> None:
    known = [value.id for value in parts.handbook.values]
    seen: set[str] = set()
    for index, value_id in enumerate(entries):
        if value_id not in known:
            report.add(doc, ("values", index, "value"), _unknown("value", value_id, known))
        elif value_id in seen:
            report.add(doc, ("values", index, "value"), f'value "{value_id}" is described twice')
        seen.add(value_id)


def _check_tracks(parts: Parts, report: Report) -> None:
    for track, doc in parts.tracks.values():
        _value_refs(parts, doc, [entry.value for entry in track.values], report)
        if not parts.roles_complete():
            continue  # which roles are on the track is unknown until every role file reads
        members = [role for role, _ in parts.roles.values() if role.track == track.id]
        if not members:
            report.add(doc, ("id",), f'track "{track.id}" has no roles; add a role or remove it')
            continue
        if len(members) < 2:
            report.warn(doc, ("id",), f'track "{track.id}" has only one role; a track is a path')
        entry = parts.roles.get(track.entry_role)
        if entry is None:
            names = [role.id for role in members]
            report.add(
                doc, ("entry_role",), _unknown("role on this track", track.entry_role, names)
            )
            continue
        if entry[0].track != track.id:
            report.add(
                doc,
                ("entry_role",),
                f'entry role "{track.entry_role}" is on track "{entry[0].track}", not on this one',
            )
            continue
        lowest = min(role.level for role in members)
        if entry[0].level > lowest:
            report.add(
                doc,
                ("entry_role",),
                f'entry role "{track.entry_role}" is level {entry[0].level}, but the track has '
                f"a role at level {lowest}; the entry role must be the lowest",
            )
        _check_reachable(parts, track, members, report)


def _check_reachable(parts: Parts, track: Track, members: list[Role], report: Report) -> None:
    reached = {track.entry_role}
    frontier = [track.entry_role]
    while frontier:
        role = parts.roles[frontier.pop()][0]
        for move in role.transitions:
            target = parts.roles.get(move.to)
            if target and target[0].track == track.id and move.to not in reached:
                reached.add(move.to)
                frontier.append(move.to)
    for role in members:
        if role.id not in reached:
            doc = parts.roles[role.id][1]
            report.add(
                doc,
                ("track",),
                f'role "{role.id}" cannot be reached from "{track.entry_role}", the entry role '
                f'of track "{track.id}"; add a transition to it from a role on the track',
            )


def _check_role(parts: Parts, role: Role, doc: Document, report: Report) -> None:
    if not parts.exists("tracks", role.track):
        report.add(doc, ("track",), _unknown("track", role.track, parts.tracks))
    levels = [level.id for level in parts.handbook.proficiency_scale]
    for competency_id, proficiency in role.competencies.items():
        if not parts.exists("competencies", competency_id):
            report.add(
                doc,
                ("competencies", competency_id),
                _unknown("competency", competency_id, parts.competencies),
                key=True,
            )
        if proficiency not in levels:
            report.add(
                doc,
                ("competencies", competency_id),
                _unknown("proficiency level", proficiency, levels),
            )
    _check_role_kpis(parts, role, doc, report)
    _value_refs(parts, doc, [entry.value for entry in role.values], report)
    _check_time(
        doc, ("typical_time",), role.typical_time.min_months, role.typical_time.max_months, report
    )
    if role.hiring_focus:
        for index, competency_id in enumerate(role.hiring_focus.competencies):
            if competency_id not in role.competencies:
                report.add(
                    doc,
                    ("hiring_focus", "competencies", index),
                    f'"{competency_id}" is not one of this role\'s competencies'
                    + did_you_mean(competency_id, role.competencies),
                )
    if role.carries_quota:
        numeric = [k for k, target in role.kpis.items() if target.target is not None]
        if len(numeric) < 3:
            report.add(
                doc,
                ("carries_quota",),
                f"a quota-carrying role needs at least three KPIs with numeric targets; "
                f"this one has {len(numeric)}",
            )
    for value in parts.handbook.values:
        if value.id not in {entry.value for entry in role.values} and not any(
            entry.value == value.id for entry in _track_values(parts, role)
        ):
            report.warn(
                doc,
                ("values",) if role.values else ("id",),
                f'value "{value.id}" is not described for this role or its track; '
                "say how it shows up in the work",
            )
    seen: set[str] = set()
    for index, move in enumerate(role.transitions):
        _check_transition(parts, role, doc, index, report)
        if move.to in seen:
            report.add(
                doc, ("transitions", index, "to"), f'a transition to "{move.to}" is listed twice'
            )
        seen.add(move.to)


def _track_values(parts: Parts, role: Role) -> list[ValueInPractice]:
    track = parts.tracks.get(role.track)
    return list(track[0].values) if track else []


def _check_time(doc: Document, loc: Loc, low: int, high: int, report: Report) -> None:
    if low > high:
        report.add(
            doc, (*loc, "min_months"), f"min_months ({low}) is more than max_months ({high})"
        )


def _check_role_kpis(parts: Parts, role: Role, doc: Document, report: Report) -> None:
    for kpi_id, goal in role.kpis.items():
        loc: Loc = ("kpis", kpi_id)
        found = parts.kpis.get(kpi_id)
        if found is None:
            if not parts.exists("kpis", kpi_id):
                report.add(doc, loc, _unknown("KPI", kpi_id, parts.kpis), key=True)
            continue
        kpi = found[0]
        if kpi.unit == "qualitative":
            if goal.expectation is None:
                report.add(doc, loc, f'"{kpi_id}" is qualitative: describe it with expectation:')
            for name in TARGET_FIELDS:
                if getattr(goal, name) is not None:
                    report.add(doc, (*loc, name), f'"{kpi_id}" is qualitative and takes no {name}')
            continue
        if goal.target is None:
            report.add(doc, loc, f'missing key "target": add the target for "{kpi_id}" here')
            continue
        low, high = _unit_range(kpi)
        for name in TARGET_FIELDS:
            number = getattr(goal, name)
            if number is not None and not low <= number <= high:
                report.add(doc, (*loc, name), f"{name} {number:g} is outside {_range_text(kpi)}")
        for index, step in enumerate(goal.ramp):
            if not low <= step.target <= high:
                report.add(
                    doc,
                    (*loc, "ramp", index, "target"),
                    f"ramp target {step.target:g} is outside {_range_text(kpi)}",
                )
        months = [step.month for step in goal.ramp]
        if months != sorted(set(months)):
            report.add(doc, (*loc, "ramp"), "ramp months must go up, each month once")
        _check_target_order(kpi, goal.threshold, goal.target, goal.stretch, doc, loc, report)


def _check_target_order(
    kpi: Kpi,
    threshold: float | None,
    target: float,
    stretch: float | None,
    doc: Document,
    loc: Loc,
    report: Report,
) -> None:
    better = 1 if kpi.direction == "higher-is-better" else -1
    if threshold is not None and (target - threshold) * better < 0:
        report.add(
            doc,
            (*loc, "threshold"),
            f"threshold {threshold:g} is better than the target {target:g}, "
            f"but {kpi.name} is {kpi.direction.replace('-', ' ')}",
        )
    if stretch is not None and (stretch - target) * better < 0:
        report.add(
            doc,
            (*loc, "stretch"),
            f"stretch {stretch:g} is worse than the target {target:g}, "
            f"but {kpi.name} is {kpi.direction.replace('-', ' ')}",
        )


def _unit_range(kpi: Kpi) -> tuple[float, float]:
    if kpi.unit == "score" and kpi.scale is not None:
        return kpi.scale.min, kpi.scale.max
    if kpi.unit == "percent":
        return 0.0, 1000.0
    return 0.0, 1e12


def _range_text(kpi: Kpi) -> str:
    low, high = _unit_range(kpi)
    if kpi.unit == "score":
        return f"the scale of {kpi.name} ({low:g} to {high:g})"
    if kpi.unit == "percent":
        return "0 to 1000 percent"
    return f"what a {kpi.unit} value can be (0 or more)"


def _check_transition(parts: Parts, role: Role, doc: Document, index: int, report: Report) -> None:
    move = role.transitions[index]
    loc: Loc = ("transitions", index)
    _check_time(
        doc,
        (*loc, "typical_time"),
        move.typical_time.min_months,
        move.typical_time.max_months,
        report,
    )
    if move.to == role.id:
        report.add(doc, (*loc, "to"), "a role cannot transition to itself")
        return
    found = parts.roles.get(move.to)
    if found is None:
        if not parts.exists("roles", move.to):
            report.add(doc, (*loc, "to"), _unknown("role", move.to, parts.roles))
        return
    target = found[0]
    same_track = target.track == role.track
    if move.kind == "promotion" and not (same_track and target.level > role.level):
        report.add(
            doc,
            (*loc, "kind"),
            f'a promotion goes to a higher level on the same track; "{target.id}" is level '
            f'{target.level} on "{target.track}" (use lateral or track-change)',
        )
    elif move.kind == "lateral" and target.level != role.level:
        report.add(
            doc,
            (*loc, "kind"),
            f'a lateral move stays at the same level; "{target.id}" is level {target.level} '
            f"and this role is level {role.level} (use promotion or track-change)",
        )
    elif move.kind == "track-change" and same_track:
        report.add(
            doc, (*loc, "kind"), f'"{target.id}" is on the same track; use promotion or lateral'
        )
    for competency_id in move.lower_proficiency:
        if competency_id not in role.competencies:
            report.add(
                doc,
                (*loc, "lower_proficiency", competency_id),
                f'"{competency_id}" is not required by this role',
                key=True,
            )
    if move.kind == "promotion":
        _check_no_silent_drop(parts, role, target, doc, loc, report)


def _check_no_silent_drop(
    parts: Parts, role: Role, target: Role, doc: Document, loc: Loc, report: Report
) -> None:
    levels = [level.id for level in parts.handbook.proficiency_scale]
    move = role.transitions[loc[1]] if isinstance(loc[1], int) else None
    declared = move.lower_proficiency if move else {}
    for competency_id, proficiency in role.competencies.items():
        if proficiency not in levels or competency_id in declared:
            continue
        needed = target.competencies.get(competency_id)
        if needed is None or (
            needed in levels and levels.index(needed) < levels.index(proficiency)
        ):
            now = f"at {needed}" if needed else "at all"
            report.add(
                doc,
                (*loc, "to"),
                f'promotion to "{target.id}" lowers "{competency_id}" from {proficiency} to '
                f"{needed or 'nothing'} (the target role requires it {now}); raise it there, "
                "or list it under lower_proficiency with the reason",
            )


def _check_promotion_cycles(parts: Parts, report: Report) -> None:
    """A promotion path may never lead back to where it started."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in parts.roles:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            role_id, next_index = stack.pop()
            if next_index == 0:
                state[role_id] = 1
                path.append(role_id)
            promotions = [
                m.to
                for m in parts.roles[role_id][0].transitions
                if m.kind == "promotion" and m.to in parts.roles
            ]
            if next_index < len(promotions):
                stack.append((role_id, next_index + 1))
                target = promotions[next_index]
                if state.get(target) == 1:
                    loop = [*path[path.index(target) :], target]
                    doc = parts.roles[role_id][1]
                    report.add(
                        doc, ("id",), "promotions loop back on themselves: " + " -> ".join(loop)
                    )
                elif not state.get(target):
                    stack.append((target, 0))
            else:
                state[role_id] = 2
                path.pop()


def _check_competencies(parts: Parts, report: Report) -> None:
    categories = [category.id for category in parts.handbook.competency_categories]
    levels = [level.id for level in parts.handbook.proficiency_scale]
    needed: dict[str, set[str]] = {}
    for role, _ in parts.roles.values():
        for competency_id, proficiency in role.competencies.items():
            needed.setdefault(competency_id, set()).add(proficiency)
    for competency, doc in parts.competencies.values():
        if competency.category not in categories:
            report.add(
                doc, ("category",), _unknown("competency category", competency.category, categories)
            )
        for level_id in competency.levels:
            if level_id not in levels:
                report.add(
                    doc,
                    ("levels", level_id),
                    _unknown("proficiency level", level_id, levels),
                    key=True,
                )
        for level_id in levels:
            if level_id in competency.levels:
                continue
            if level_id in needed.get(competency.id, set()):
                report.add(
                    doc,
                    ("levels",),
                    f'no descriptor for "{level_id}", which a role requires; add one under levels',
                )
            else:
                report.warn(doc, ("levels",), f'no descriptor for proficiency level "{level_id}"')
        present = [level_id for level_id in levels if level_id in competency.levels]
        for lower, upper in pairwise(present):
            for question in ("achieves", "skills", "demonstrates", "knows"):
                if (
                    getattr(competency.levels[lower], question).strip()
                    == getattr(competency.levels[upper], question).strip()
                ):
                    report.warn(
                        doc,
                        ("levels", upper, question),
                        f'"{question}" says the same at {lower} and {upper}; describe what changes',
                    )


def _check_kpis(parts: Parts, report: Report) -> None:
    for kpi, doc in parts.kpis.values():
        if kpi.id in parts.competencies:
            other = parts.competencies[kpi.id][1].path
            report.add(
                doc,
                ("id",),
                f'the id "{kpi.id}" is also a competency\'s id ({other}); '
                "both become anchors on role pages, so give the KPI another id",
            )
        if kpi.unit == "score" and kpi.scale is None:
            report.add(doc, ("unit",), "a score needs a scale: add scale: with min and max")
        if kpi.unit != "score" and kpi.scale is not None:
            report.add(doc, ("scale",), f"only a score has a scale; this KPI is {kpi.unit}")
        if kpi.scale is not None and kpi.scale.min >= kpi.scale.max:
            report.add(doc, ("scale", "min"), "the scale's min must be below its max")
        if kpi.currency is not None and kpi.unit != "currency":
            report.add(
                doc, ("currency",), f"only a currency KPI has a currency; this is {kpi.unit}"
            )


def _check_former_ids(parts: Parts, report: Report) -> None:
    _check_former_anchors(parts, report)
    for things in (parts.roles, parts.competencies, parts.kpis):
        claimed: dict[str, str] = {}
        for thing_id, (thing, doc) in things.items():
            for index, old in enumerate(thing.former_ids):
                if old in things:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is a current id; a former id must no longer be in use',
                    )
                elif old in claimed:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is already a former id of "{claimed[old]}"',
                    )
                else:
                    claimed[old] = thing_id


def _check_former_anchors(parts: Parts, report: Report) -> None:
    """Competencies and KPIs share one set of anchors on role pages, former ids included."""
    others: list[tuple[dict[str, tuple[Any, Document]], dict[str, tuple[Any, Document]], str]] = [
        (parts.competencies, parts.kpis, "KPI"),
        (parts.kpis, parts.competencies, "competency"),
    ]
    for things, other_kind, other_name in others:
        for thing, doc in things.values():
            for index, old in enumerate(thing.former_ids):
                if old in other_kind:
                    report.add(
                        doc,
                        ("former_ids", index),
                        f'"{old}" is the id of a {other_name}; as a former id its anchor '
                        "on role pages would point to two places",
                    )
