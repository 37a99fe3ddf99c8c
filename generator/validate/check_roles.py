"""Cross-checks of roles: their track, competencies, KPI targets, values and hiring focus."""

from __future__ import annotations

from generator.model import TARGET_FIELDS, Kpi, Role, ValueInPractice
from generator.read.load import Document, Loc
from generator.validate.check_handbook import value_refs
from generator.validate.check_transitions import check_transition, misspelt_in
from generator.validate.messages import did_you_mean
from generator.validate.parts import Parts, Report, check_time, unknown


def check_roles(parts: Parts, report: Report) -> None:
    for role, doc in parts.roles.values():
        _check_role(parts, role, doc, report)


def _check_competency_key(
    parts: Parts, doc: Document, field: str, competency_id: str, report: Report
) -> None:
    """A competency id used as a key under `field` must name a competency of the ladder."""
    if not parts.exists("competencies", competency_id):
        report.add(
            doc,
            (field, competency_id),
            unknown("competency", competency_id, parts.competencies),
            key=True,
        )


def _check_role(parts: Parts, role: Role, doc: Document, report: Report) -> None:
    if not parts.exists("tracks", role.track):
        report.add(doc, ("track",), unknown("track", role.track, parts.tracks))
    levels = parts.proficiency_ids()
    for competency_id, proficiency in role.competencies.items():
        _check_competency_key(parts, doc, "competencies", competency_id, report)
        if levels is not None and proficiency not in levels:
            report.add(
                doc,
                ("competencies", competency_id),
                unknown("proficiency level", proficiency, levels),
            )
    for competency_id in role.expectations:
        _check_competency_key(parts, doc, "expectations", competency_id, report)
    _check_role_kpis(parts, role, doc, report)
    value_refs(parts, doc, [entry.value for entry in role.values], report)
    if role.typical_time is not None:
        time = role.typical_time
        check_time(doc, ("typical_time",), time.min_months, time.max_months, report)
    if role.hiring_focus:
        for index, competency_id in enumerate(role.hiring_focus.competencies):
            if competency_id not in role.covers() and not misspelt_in(parts, role, competency_id):
                report.add(
                    doc,
                    ("hiring_focus", "competencies", index),
                    f'"{competency_id}" is not one of this role\'s competencies'
                    + did_you_mean(competency_id, role.covers()),
                )
    if role.carries_quota:
        numeric = [k for k, target in role.kpis.items() if target.target is not None]
        if len(numeric) < 3:
            report.check(
                "quota-kpis",
                doc,
                ("carries_quota",),
                f"a quota-carrying role needs at least three KPIs with numeric targets; "
                f"this one has {len(numeric)}",
            )
    _check_values_described(parts, role, doc, report)
    seen: set[str] = set()
    for index, move in enumerate(role.transitions):
        check_transition(parts, role, doc, index, report)
        if move.to in seen:
            report.add(
                doc, ("transitions", index, "to"), f'a transition to "{move.to}" is listed twice'
            )
        seen.add(move.to)


def _check_values_described(parts: Parts, role: Role, doc: Document, report: Report) -> None:
    if parts.handbook is None:
        return
    own = {entry.value for entry in role.values}
    on_track = {entry.value for entry in _track_values(parts, role)}
    for value in parts.handbook.values:
        if value.id not in own and value.id not in on_track:
            report.check(
                "value-not-described",
                doc,
                ("values",) if role.values else ("id",),
                f'value "{value.id}" is not described for this role or its track; '
                "say how it shows up in the work",
            )


def _track_values(parts: Parts, role: Role) -> list[ValueInPractice]:
    track = parts.tracks.get(role.track)
    return list(track[0].values) if track else []


def _check_role_kpis(parts: Parts, role: Role, doc: Document, report: Report) -> None:
    for kpi_id, goal in role.kpis.items():
        loc: Loc = ("kpis", kpi_id)
        found = parts.kpis.get(kpi_id)
        if found is None:
            if not parts.exists("kpis", kpi_id):
                report.add(doc, loc, unknown("KPI", kpi_id, parts.kpis), key=True)
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
