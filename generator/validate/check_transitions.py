"""Cross-checks of transitions: a real target, the right kind, no silent drop, no loop."""

from __future__ import annotations

from generator.model import Role
from generator.read.load import Document, Loc
from generator.validate.messages import closest
from generator.validate.parts import Parts, Report, check_time, unknown


def check_transition(parts: Parts, role: Role, doc: Document, index: int, report: Report) -> None:
    move = role.transitions[index]
    loc: Loc = ("transitions", index)
    if move.typical_time is not None:
        time = move.typical_time
        check_time(doc, (*loc, "typical_time"), time.min_months, time.max_months, report)
    if move.to == role.id:
        report.add(doc, (*loc, "to"), "a role cannot transition to itself")
        return
    found = parts.roles.get(move.to)
    if found is None:
        if not parts.exists("roles", move.to):
            report.add(doc, (*loc, "to"), unknown("role", move.to, parts.roles))
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
        _check_no_silent_drop(parts, role, target, doc, index, report)


def _check_no_silent_drop(
    parts: Parts, role: Role, target: Role, doc: Document, index: int, report: Report
) -> None:
    levels = parts.proficiency_ids()
    if levels is None:
        return
    declared = role.transitions[index].lower_proficiency
    for competency_id, proficiency in role.competencies.items():
        if proficiency not in levels or competency_id in declared:
            continue
        if not parts.exists("competencies", competency_id):
            continue  # misspelt: reported once, where it is written
        if competency_id not in target.competencies and misspelt_in(parts, target, competency_id):
            continue  # the target role misspells it: reported there
        needed = target.competencies.get(competency_id)
        if needed is None or (
            needed in levels and levels.index(needed) < levels.index(proficiency)
        ):
            now = f"requires it at {needed}" if needed else "does not require it"
            report.check(
                "proficiency-drop",
                doc,
                ("transitions", index, "to"),
                f'promotion to "{target.id}" lowers "{competency_id}" from {proficiency} to '
                f"{needed or 'nothing'} (the target role {now}); raise it there, "
                "or list it under lower_proficiency with the reason",
            )


def misspelt_in(parts: Parts, role: Role, competency_id: str) -> bool:
    """True when the role names a competency that does not exist and looks like this one: a
    misspelling, reported where it is written, so that its knock-on effects are not."""
    unknown_ids = [c for c in role.competencies if not parts.exists("competencies", c)]
    return closest(competency_id, unknown_ids) is not None


def check_promotion_cycles(parts: Parts, report: Report) -> None:
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
