"""What changed inside one track, role, competency or KPI, detail by detail."""

from __future__ import annotations

from collections.abc import Iterator

from generator.ladder import Ladder
from generator.locale import _
from generator.model import (
    TARGET_FIELDS,
    Competency,
    Kpi,
    KpiTarget,
    Role,
    Track,
    Transition,
    ValueInPractice,
)
from generator.model.role import TimeRange
from generator.site.phrases import DIRECTIONS, MOVES_IN_A_SENTENCE, UNITS
from generator.site.phrases import REPORTED as PERIODS
from generator.site.wording import months, target_names
from generator.tools.diff.fields import (
    amount,
    any_value,
    category_name,
    changed_items,
    changed_text,
    changed_value,
    competency_name,
    old_id,
    other_fields,
    proficiency,
    role_name,
    track_name,
    value_name,
)
from generator.tools.diff.records import Context, Detail
from generator.tools.diff.words import TRACK_KINDS, label, labelled, none, word

# -- the handbook ------------------------------------------------------------------------------


def handbook_details(old: Ladder, new: Ladder) -> Iterator[Detail]:
    before = old.handbook.model_dump(mode="json", exclude={"version", "changelog"})
    after = new.handbook.model_dump(mode="json", exclude={"version", "changelog"})
    for key in dict.fromkeys([*before, *after]):
        yield from any_value(label(key), before.get(key), after.get(key))


# -- tracks ------------------------------------------------------------------------------------


def track_details(context: Context, old: Track, new: Track) -> Iterator[Detail]:
    yield from changed_value(label("name"), old.name, new.name)
    yield from changed_value(
        label("kind"), word(TRACK_KINDS, old.kind), word(TRACK_KINDS, new.kind)
    )
    yield from changed_text(label("summary"), old.summary, new.summary)
    yield from changed_items(label("suits"), old.suits, new.suits)
    old_entry, new_entry = old.entry_role or "", new.entry_role or ""
    if context.current("role", old_entry) != new_entry:
        yield Detail(
            label("entry_role"),
            role_name(context.old, old_entry),
            role_name(context.new, new_entry),
        )
    yield from changed_value(label("order"), str(old.order), str(new.order))
    yield from _values_in_practice(context, old.values, new.values)
    yield from other_fields(
        old, new, {"id", "name", "kind", "summary", "suits", "entry_role", "order"}
    )


# -- roles -------------------------------------------------------------------------------------

_ROLE_FIELDS = {
    "id",
    "title",
    "track",
    "level",
    "summary",
    "typical_time",
    "competencies",
    "kpis",
    "transitions",
    "values",
}


def role_details(context: Context, old: Role, new: Role) -> Iterator[Detail]:
    yield from changed_value(label("title"), old.title, new.title)
    if old.track != new.track:
        yield Detail(
            label("track"), track_name(context.old, old.track), track_name(context.new, new.track)
        )
    yield from changed_value(label("level"), str(old.level), str(new.level))
    yield from changed_text(label("summary"), old.summary, new.summary)
    yield from changed_value(
        label("typical_time"), _time(old.typical_time), _time(new.typical_time)
    )
    yield from _role_competencies(context, old, new)
    yield from _role_kpis(context, old, new)
    yield from _transitions(context, old, new)
    yield from _values_in_practice(context, old.values, new.values)
    yield from other_fields(old, new, _ROLE_FIELDS | {"former_ids"})


def _role_competencies(context: Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("competency", key): level for key, level in old.competencies.items()}
    for competency_id, level in new.competencies.items():
        name = competency_name(context.new, competency_id)
        if competency_id not in before:
            shown = _at(name, proficiency(context.new, level))
            yield Detail(label("competencies"), None, shown, "item")
            continue
        if before[competency_id] != level:
            yield Detail(
                _("competency %(name)s") % {"name": name},
                proficiency(context.old, before[competency_id]),
                proficiency(context.new, level),
            )
    for competency_id, level in before.items():
        if competency_id not in new.competencies:
            name = competency_name(context.old, old_id(context, "competency", competency_id))
            shown = _at(name, proficiency(context.old, level))
            yield Detail(label("competencies"), shown, None, "item")


def _at(competency: str, level: str) -> str:
    """A required proficiency as one item of a list: "Forecasting at Basic"."""
    return _("%(competency)s at %(level)s") % {"competency": competency, "level": level}


def _role_kpis(context: Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("kpi", key): goal for key, goal in old.kpis.items()}
    for kpi_id, goal in new.kpis.items():
        kpi = context.new.kpis.get(kpi_id)
        name = kpi.name if kpi else kpi_id
        if kpi_id not in before:
            yield Detail(_("KPIs"), None, f"{labelled(name)} {_goal(goal, kpi)}", "item")
            continue
        old_kpi = context.old.kpis.get(old_id(context, "kpi", kpi_id))
        aspect = _("KPI %(name)s") % {"name": name}
        yield from _goal_details(aspect, before[kpi_id], goal, old_kpi, kpi)
    for kpi_id, goal in before.items():
        if kpi_id not in new.kpis:
            old_kpi = context.old.kpis.get(old_id(context, "kpi", kpi_id))
            name = old_kpi.name if old_kpi else kpi_id
            yield Detail(_("KPIs"), f"{labelled(name)} {_goal(goal, old_kpi)}", None, "item")


def _goal_details(
    aspect: str, old: KpiTarget, new: KpiTarget, old_kpi: Kpi | None, new_kpi: Kpi | None
) -> Iterator[Detail]:
    names = _target_names(new_kpi or old_kpi)
    for field in TARGET_FIELDS:
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            yield Detail(
                f"{aspect}, {names[field]}", amount(before, old_kpi), amount(after, new_kpi)
            )
    yield from changed_text(f"{aspect}, {label('expectation')}", old.expectation, new.expectation)
    old_ramp = {step.month: step.target for step in old.ramp}
    new_ramp = {step.month: step.target for step in new.ramp}
    for month in sorted(old_ramp.keys() | new_ramp.keys()):
        before, after = old_ramp.get(month), new_ramp.get(month)
        if before != after:
            yield Detail(
                f"{aspect}, " + _("ramp target in month %(month)d") % {"month": month},
                amount(before, old_kpi),
                amount(after, new_kpi),
            )


def _goal(goal: KpiTarget, kpi: Kpi | None) -> str:
    """A role's target in one line: "target 100%, lowest acceptable 80%" or the expectation,
    in the words the pages use."""
    names = _target_names(kpi)
    parts = [
        f"{names[field]} {amount(getattr(goal, field), kpi)}"
        for field in TARGET_FIELDS
        if getattr(goal, field) is not None
    ]
    if goal.expectation is not None:
        parts.append(f"{labelled(label('expectation'))} {goal.expectation}")
    return ", ".join(parts) or _("no target")


def _target_names(kpi: Kpi | None) -> dict[str, str]:
    """What the pages call each number of a target, for this KPI's direction."""
    return target_names(kpi.direction if kpi else "higher-is-better")


def _transitions(context: Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("role", move.to): move for move in old.transitions}
    for move in new.transitions:
        target = role_name(context.new, move.to)
        previous = before.get(move.to)
        if previous is None:
            yield Detail(label("transitions"), None, _move(target, move.kind), "item")
            continue
        aspect = _("transition to %(role)s") % {"role": target}
        yield from _transition_details(context, aspect, previous, move)
    targets = {move.to for move in new.transitions}
    for target_id, move in before.items():
        if target_id not in targets:
            shown = _move(role_name(context.old, move.to), move.kind)
            yield Detail(label("transitions"), shown, None, "item")


def _move(target: str, kind: str) -> str:
    """A move as one item of a list: "to Team lead (promotion)"."""
    return _("to %(role)s (%(kind)s)") % {"role": target, "kind": word(MOVES_IN_A_SENTENCE, kind)}


def _transition_details(
    context: Context, aspect: str, old: Transition, new: Transition
) -> Iterator[Detail]:
    def of(key: str) -> str:
        return f"{aspect}, {label(key)}"

    yield from changed_value(
        of("kind"), word(MOVES_IN_A_SENTENCE, old.kind), word(MOVES_IN_A_SENTENCE, new.kind)
    )
    yield from changed_text(of("summary"), old.summary, new.summary)
    yield from changed_value(of("typical_time"), _time(old.typical_time), _time(new.typical_time))
    yield from changed_items(of("trial_activities"), old.trial_activities, new.trial_activities)
    yield from changed_items(
        of("new_responsibilities"), old.new_responsibilities, new.new_responsibilities
    )
    old_lower = {context.current("competency", k): v for k, v in old.lower_proficiency.items()}
    for competency_id in dict.fromkeys([*new.lower_proficiency, *old_lower]):
        name = competency_name(context.new, competency_id)
        yield from changed_text(
            f"{aspect}, " + _("lower proficiency of %(name)s") % {"name": name},
            old_lower.get(competency_id),
            new.lower_proficiency.get(competency_id),
        )
    yield from other_fields(
        old,
        new,
        {
            "to",
            "kind",
            "summary",
            "typical_time",
            "trial_activities",
            "new_responsibilities",
            "lower_proficiency",
        },
        prefix=f"{aspect}, ",
    )


# -- competencies and KPIs ---------------------------------------------------------------------


def _time(time: TimeRange | None) -> str | None:
    """A typical time as pages write it; None when the ladder states none."""
    return str(months(time.min_months, time.max_months)) if time else None


def competency_details(context: Context, old: Competency, new: Competency) -> Iterator[Detail]:
    yield from changed_value(label("name"), old.name, new.name)
    if old.category != new.category:
        yield Detail(
            label("category"),
            category_name(context.old, old.category) if old.category else none(),
            category_name(context.new, new.category) if new.category else none(),
        )
    yield from changed_text(label("description"), old.description, new.description)
    scale = [level.id for level in context.new.handbook.proficiency_scale]
    order = sorted(
        old.levels.keys() | new.levels.keys(),
        key=lambda level: (scale.index(level) if level in scale else len(scale), level),
    )
    for level in order:
        before, after = old.levels.get(level), new.levels.get(level)
        name = proficiency(context.new if after else context.old, level)
        if before is None or after is None:
            # A level only the new ladder describes is added, one only the old describes removed.
            shown = (name if before else None, name if after else None)
            yield Detail(_("descriptors"), *shown, "item")
            continue
        for part in ("text", "achieves", "skills", "demonstrates", "knows"):
            aspect = name if part == "text" else f"{name}, {label(part)}"
            yield from changed_text(aspect, getattr(before, part), getattr(after, part))
    yield from other_fields(
        old, new, {"id", "name", "category", "description", "levels", "former_ids"}
    )


def kpi_details(context: Context, old: Kpi, new: Kpi) -> Iterator[Detail]:
    yield from changed_value(label("name"), old.name, new.name)
    yield from changed_value(label("unit"), word(UNITS, old.unit), word(UNITS, new.unit))
    yield from changed_value(
        label("direction"), word(DIRECTIONS, old.direction), word(DIRECTIONS, new.direction)
    )
    yield from changed_value(label("period"), word(PERIODS, old.period), word(PERIODS, new.period))
    yield from changed_text(label("definition"), old.definition, new.definition)
    yield from changed_text(label("measurement"), old.measurement, new.measurement)
    yield from other_fields(
        old,
        new,
        {"id", "name", "unit", "direction", "period", "definition", "measurement", "former_ids"},
    )


def _values_in_practice(
    context: Context, old: list[ValueInPractice], new: list[ValueInPractice]
) -> Iterator[Detail]:
    before = {entry.value: entry.in_practice for entry in old}
    after = {entry.value: entry.in_practice for entry in new}
    for value_id in dict.fromkeys([*after, *before]):
        name = value_name(context.new if value_id in after else context.old, value_id)
        if value_id not in before:
            yield Detail(label("values"), None, f"{labelled(name)} {after[value_id]}", "item")
        elif value_id not in after:
            yield Detail(label("values"), f"{labelled(name)} {before[value_id]}", None, "item")
        else:
            aspect = _("value %(name)s") % {"name": name}
            yield from changed_text(aspect, before[value_id], after[value_id])
