"""What changed between two ladders: plain change records, and a Markdown summary of them.

Reviewers of a pull request and readers of the changelog need what a change *means*, not
which lines of YAML moved: a role now requires discovery at Skilled instead of Basic, a
target went from 80% to 85%, a role was renamed rather than removed and added again.
`compare` turns two resolved ladders into `Change` records (plain data, in the ladders' own
deterministic order); `render` writes them as Markdown. Every piece of ladder text in that
Markdown is escaped, so what an editor typed is shown as typed and cannot add links, HTML
or layout to a job summary or a page.

An id listed in a thing's `former_ids` that existed in the old ladder counts as a rename.
References in the old ladder are read through those renames, so renaming a competency does
not show every role that requires it as "removed one competency, added another".
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel

from generator.ladder import Ladder
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
from generator.site.text import escape_markdown as escape
from generator.site.wording import kpi_amount, months, number

Thing = Literal["ladder", "track", "role", "competency", "kpi"]
Action = Literal["added", "removed", "renamed", "changed"]
Style = Literal["value", "text", "item"]

THINGS: tuple[Thing, ...] = ("ladder", "track", "role", "competency", "kpi")
HEADINGS: dict[Thing, str] = {
    "ladder": "Handbook",
    "track": "Tracks",
    "role": "Roles",
    "competency": "Competencies",
    "kpi": "KPIs",
}
ARROW = "→"


@dataclass(frozen=True)
class Change:
    """One difference between two ladders, in words a reader of the handbook uses.

    `before` and `after` are plain text (not Markdown): a value (`style` "value", shown as
    before → after, "none" when unset), free text ("text", shown as a word-level diff), or
    one entry of a list or mapping ("item": added when `before` is None, removed when
    `after` is None).
    """

    thing: Thing
    id: str
    """The id in the new ladder; for a removal, the id it had."""
    name: str
    """The title or name shown on the site (the old one for a removal)."""
    action: Action
    aspect: str = ""
    """What changed, such as "level" or "competency Discovery"; empty for added/removed."""
    before: str | None = None
    after: str | None = None
    style: Style = "value"
    old_id: str | None = None
    """For a rename: the id before."""


@dataclass(frozen=True)
class Comparison:
    old_version: str
    new_version: str
    version_note: str | None
    """The new version's changelog summary, when the version changed."""
    changes: tuple[Change, ...]

    def of(self, thing: Thing) -> list[Change]:
        return [change for change in self.changes if change.thing == thing]


class Detail(NamedTuple):
    """A change inside one thing, before it is labelled with the thing it belongs to."""

    aspect: str
    before: str | None
    after: str | None
    style: Style = "value"


# -- comparing ---------------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class _Context:
    old: Ladder
    new: Ladder
    renamed: dict[Thing, dict[str, str]]
    """Per kind of thing: old id -> new id."""

    def current(self, thing: Thing, old_id: str) -> str:
        """An id of the old ladder as the new ladder spells it."""
        return self.renamed[thing].get(old_id, old_id)


def summarise(old: Ladder, new: Ladder) -> str:
    """The Markdown summary of what changed from `old` to `new`."""
    return render(compare(old, new))


def compare(old: Ladder, new: Ladder) -> Comparison:
    renamed: dict[Thing, dict[str, str]] = {
        "ladder": {},
        "track": {},
        "role": _renames(old.roles, new.roles),
        "competency": _renames(old.competencies, new.competencies),
        "kpi": _renames(old.kpis, new.kpis),
    }
    context = _Context(old, new, renamed)
    changes: list[Change] = []
    handbook = list(_handbook_details(old, new))
    changes.extend(
        Change("ladder", "handbook", "Handbook", "changed", *detail) for detail in handbook
    )
    changes.extend(
        _things(
            context, "track", old.tracks, new.tracks, _track_details, lambda t: t.name, _track_note
        )
    )
    changes.extend(
        _things(context, "role", old.roles, new.roles, _role_details, lambda r: r.title, _role_note)
    )
    changes.extend(
        _things(
            context,
            "competency",
            old.competencies,
            new.competencies,
            _competency_details,
            lambda c: c.name,
            _competency_note,
        )
    )
    changes.extend(
        _things(context, "kpi", old.kpis, new.kpis, _kpi_details, lambda k: k.name, _kpi_note)
    )
    note = None
    if old.version != new.version:
        note = next((n.summary for n in new.handbook.changelog if n.version == new.version), None)
    return Comparison(old.version, new.version, note, tuple(changes))


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
    context: _Context,
    thing: Thing,
    old: Mapping[str, M],
    new: Mapping[str, M],
    details: Callable[[_Context, M, M], Iterable[Detail]],
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


def _track_note(ladder: Ladder, track: Track) -> str:
    return track.kind.replace("-", " ")


def _role_note(ladder: Ladder, role: Role) -> str:
    track = ladder.tracks.get(role.track)
    return f"level {role.level} on {track.name if track else role.track}"


def _competency_note(ladder: Ladder, competency: Competency) -> str:
    return _category_name(ladder, competency.category)


def _kpi_note(ladder: Ladder, kpi: Kpi) -> str:
    return f"{kpi.unit}, {kpi.direction.replace('-', ' ')}, {kpi.period}"


# -- the handbook ------------------------------------------------------------------------------


def _handbook_details(old: Ladder, new: Ladder) -> Iterator[Detail]:
    before = old.handbook.model_dump(mode="json", exclude={"version", "changelog"})
    after = new.handbook.model_dump(mode="json", exclude={"version", "changelog"})
    for key in dict.fromkeys([*before, *after]):
        yield from _generic(_label(key), before.get(key), after.get(key))


# -- tracks ------------------------------------------------------------------------------------


def _track_details(context: _Context, old: Track, new: Track) -> Iterator[Detail]:
    yield from _value("name", old.name, new.name)
    yield from _value("kind", old.kind, new.kind)
    yield from _text("summary", old.summary, new.summary)
    yield from _items("suits", old.suits, new.suits)
    if context.current("role", old.entry_role) != new.entry_role:
        yield Detail(
            "entry role",
            _role_name(context.old, old.entry_role),
            _role_name(context.new, new.entry_role),
        )
    yield from _value("order", str(old.order), str(new.order))
    yield from _values_in_practice(context, old.values, new.values)
    yield from _rest(old, new, {"id", "name", "kind", "summary", "suits", "entry_role", "order"})


# -- roles -------------------------------------------------------------------------------------

_ROLE_FIELDS = {
    "id",
    "title",
    "track",
    "level",
    "summary",
    "competencies",
    "kpis",
    "transitions",
    "values",
}


def _role_details(context: _Context, old: Role, new: Role) -> Iterator[Detail]:
    yield from _value("title", old.title, new.title)
    if old.track != new.track:
        yield Detail(
            "track", _track_name(context.old, old.track), _track_name(context.new, new.track)
        )
    yield from _value("level", str(old.level), str(new.level))
    yield from _text("summary", old.summary, new.summary)
    yield from _role_competencies(context, old, new)
    yield from _role_kpis(context, old, new)
    yield from _transitions(context, old, new)
    yield from _values_in_practice(context, old.values, new.values)
    yield from _rest(old, new, _ROLE_FIELDS | {"former_ids"})


def _role_competencies(context: _Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("competency", key): level for key, level in old.competencies.items()}
    for competency_id, level in new.competencies.items():
        name = _competency_name(context.new, competency_id)
        if competency_id not in before:
            shown = f"{name} at {_proficiency(context.new, level)}"
            yield Detail("competencies", None, shown, "item")
            continue
        if before[competency_id] != level:
            yield Detail(
                f"competency {name}",
                _proficiency(context.old, before[competency_id]),
                _proficiency(context.new, level),
            )
    for competency_id, level in before.items():
        if competency_id not in new.competencies:
            name = _competency_name(context.old, _old_id(context, "competency", competency_id))
            shown = f"{name} at {_proficiency(context.old, level)}"
            yield Detail("competencies", shown, None, "item")


def _role_kpis(context: _Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("kpi", key): goal for key, goal in old.kpis.items()}
    for kpi_id, goal in new.kpis.items():
        kpi = context.new.kpis.get(kpi_id)
        name = kpi.name if kpi else kpi_id
        if kpi_id not in before:
            yield Detail("KPIs", None, f"{name}: {_goal(goal, kpi)}", "item")
            continue
        old_kpi = context.old.kpis.get(_old_id(context, "kpi", kpi_id))
        yield from _goal_details(f"KPI {name}", before[kpi_id], goal, old_kpi, kpi)
    for kpi_id, goal in before.items():
        if kpi_id not in new.kpis:
            old_kpi = context.old.kpis.get(_old_id(context, "kpi", kpi_id))
            name = old_kpi.name if old_kpi else kpi_id
            yield Detail("KPIs", f"{name}: {_goal(goal, old_kpi)}", None, "item")


def _goal_details(
    aspect: str, old: KpiTarget, new: KpiTarget, old_kpi: Kpi | None, new_kpi: Kpi | None
) -> Iterator[Detail]:
    for field in TARGET_FIELDS:
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            yield Detail(f"{aspect}, {field}", _amount(before, old_kpi), _amount(after, new_kpi))
    yield from _text(f"{aspect}, expectation", old.expectation, new.expectation)
    old_ramp = {step.month: step.target for step in old.ramp}
    new_ramp = {step.month: step.target for step in new.ramp}
    for month in sorted(old_ramp.keys() | new_ramp.keys()):
        before, after = old_ramp.get(month), new_ramp.get(month)
        if before != after:
            yield Detail(
                f"{aspect}, ramp target in month {month}",
                _amount(before, old_kpi),
                _amount(after, new_kpi),
            )


def _goal(goal: KpiTarget, kpi: Kpi | None) -> str:
    """A role's target in one line: "target 100%, threshold 80%" or the expectation."""
    parts = [
        f"{field} {_amount(getattr(goal, field), kpi)}"
        for field in TARGET_FIELDS
        if getattr(goal, field) is not None
    ]
    if goal.expectation is not None:
        parts.append(f"expectation: {goal.expectation}")
    return ", ".join(parts) or "no target"


def _transitions(context: _Context, old: Role, new: Role) -> Iterator[Detail]:
    before = {context.current("role", move.to): move for move in old.transitions}
    for move in new.transitions:
        target = _role_name(context.new, move.to)
        previous = before.get(move.to)
        if previous is None:
            yield Detail("transitions", None, f"to {target} ({move.kind})", "item")
            continue
        yield from _transition_details(context, f"transition to {target}", previous, move)
    targets = {move.to for move in new.transitions}
    for target_id, move in before.items():
        if target_id not in targets:
            shown = _role_name(context.old, move.to)
            yield Detail("transitions", f"to {shown} ({move.kind})", None, "item")


def _transition_details(
    context: _Context, aspect: str, old: Transition, new: Transition
) -> Iterator[Detail]:
    yield from _value(f"{aspect}, kind", old.kind, new.kind)
    yield from _text(f"{aspect}, summary", old.summary, new.summary)
    yield from _value(
        f"{aspect}, typical time",
        str(months(old.typical_time.min_months, old.typical_time.max_months)),
        str(months(new.typical_time.min_months, new.typical_time.max_months)),
    )
    yield from _items(f"{aspect}, trial activities", old.trial_activities, new.trial_activities)
    yield from _items(
        f"{aspect}, new responsibilities", old.new_responsibilities, new.new_responsibilities
    )
    old_lower = {context.current("competency", k): v for k, v in old.lower_proficiency.items()}
    for competency_id in dict.fromkeys([*new.lower_proficiency, *old_lower]):
        name = _competency_name(context.new, competency_id)
        yield from _text(
            f"{aspect}, lower proficiency of {name}",
            old_lower.get(competency_id),
            new.lower_proficiency.get(competency_id),
        )
    yield from _rest(
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


def _competency_details(context: _Context, old: Competency, new: Competency) -> Iterator[Detail]:
    yield from _value("name", old.name, new.name)
    if old.category != new.category:
        yield Detail(
            "category",
            _category_name(context.old, old.category),
            _category_name(context.new, new.category),
        )
    yield from _text("description", old.description, new.description)
    scale = [level.id for level in context.new.handbook.proficiency_scale]
    order = sorted(
        old.levels.keys() | new.levels.keys(),
        key=lambda level: (scale.index(level) if level in scale else len(scale), level),
    )
    for level in order:
        before, after = old.levels.get(level), new.levels.get(level)
        name = _proficiency(context.new if after else context.old, level)
        if before is None or after is None:
            yield Detail("descriptors", None if before else name, None if after else name, "item")
            continue
        for question in ("achieves", "skills", "demonstrates", "knows"):
            yield from _text(
                f"{name}, {question}", getattr(before, question), getattr(after, question)
            )
    yield from _rest(old, new, {"id", "name", "category", "description", "levels", "former_ids"})


def _kpi_details(context: _Context, old: Kpi, new: Kpi) -> Iterator[Detail]:
    yield from _value("name", old.name, new.name)
    yield from _value("unit", old.unit, new.unit)
    yield from _value("direction", old.direction, new.direction)
    yield from _value("period", old.period, new.period)
    yield from _text("definition", old.definition, new.definition)
    yield from _text("measurement", old.measurement, new.measurement)
    yield from _rest(
        old,
        new,
        {"id", "name", "unit", "direction", "period", "definition", "measurement", "former_ids"},
    )


def _values_in_practice(
    context: _Context, old: list[ValueInPractice], new: list[ValueInPractice]
) -> Iterator[Detail]:
    before = {entry.value: entry.in_practice for entry in old}
    after = {entry.value: entry.in_practice for entry in new}
    for value_id in dict.fromkeys([*after, *before]):
        name = _value_name(context.new if value_id in after else context.old, value_id)
        if value_id not in before:
            yield Detail("values", None, f"{name}: {after[value_id]}", "item")
        elif value_id not in after:
            yield Detail("values", f"{name}: {before[value_id]}", None, "item")
        else:
            yield from _text(f"value {name}", before[value_id], after[value_id])


# -- the fields no specific rule covers --------------------------------------------------------


def _rest(old: BaseModel, new: BaseModel, handled: set[str], prefix: str = "") -> Iterator[Detail]:
    """Every other field, compared generically, so a field added to a model is never missed."""
    before = old.model_dump(mode="json", exclude=handled)
    after = new.model_dump(mode="json", exclude=handled)
    for key in dict.fromkeys([*before, *after]):
        yield from _generic(prefix + _label(key), before.get(key), after.get(key))


_KEYS = ("id", "value", "to", "month")


def _generic(aspect: str, before: Any, after: Any) -> Iterator[Detail]:
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in dict.fromkeys([*before, *after]):
            yield from _generic(f"{aspect} › {_label(key)}", before.get(key), after.get(key))
    elif isinstance(before, list) and isinstance(after, list):
        yield from _generic_list(aspect, before, after)
    elif before is None or after is None:
        yield Detail(aspect, _show(before), _show(after))
    elif isinstance(before, str) and isinstance(after, str) and (" " in before or " " in after):
        yield Detail(aspect, before, after, "text")
    else:
        yield Detail(aspect, _show(before), _show(after))


def _generic_list(aspect: str, before: list[Any], after: list[Any]) -> Iterator[Detail]:
    key = next(
        (
            name
            for name in _KEYS
            if all(isinstance(item, dict) and name in item for item in [*before, *after])
        ),
        None,
    )
    if key is None or not before or not after:
        yield from _items(aspect, [_show(item) for item in before], [_show(item) for item in after])
        return
    old = {str(item[key]): item for item in before}
    new = {str(item[key]): item for item in after}
    for item_key in dict.fromkeys([*new, *old]):
        if item_key not in old:
            yield Detail(aspect, None, _entry(new[item_key], key), "item")
        elif item_key not in new:
            yield Detail(aspect, _entry(old[item_key], key), None, "item")
        else:
            name = new[item_key].get("name") or item_key
            yield from _generic(f"{aspect} › {name}", old[item_key], new[item_key])


def _entry(item: dict[str, Any], key: str) -> str:
    """An entry of a list, named as the site names it: "Transparency (transparency)"."""
    if isinstance(item.get("name"), str):
        return f"{item['name']} ({item[key]})"
    return _show(item)


def _show(value: Any) -> str:
    """A value from model_dump as one line of plain text."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return number(value)
    if isinstance(value, dict):
        return "; ".join(
            f"{_label(k)}: {_show(v)}" for k, v in value.items() if v not in (None, [])
        )
    if isinstance(value, list):
        return "; ".join(_show(item) for item in value)
    return str(value)


def _label(key: str) -> str:
    return key.replace("_", " ")


# -- small comparisons -------------------------------------------------------------------------


def _value(aspect: str, before: str | None, after: str | None) -> Iterator[Detail]:
    if before != after:
        yield Detail(aspect, before or "none", after or "none")


def _text(aspect: str, before: str | None, after: str | None) -> Iterator[Detail]:
    """Free text: a change of wording only (not of line breaks) is a change."""
    if before is None and after is None:
        return
    if before is None or after is None:
        yield Detail(aspect, before or "none", after or "none")
    elif _words(before) != _words(after):
        yield Detail(aspect, before, after, "text")


def _items(aspect: str, before: Iterable[str], after: Iterable[str]) -> Iterator[Detail]:
    old, new = list(before), list(after)
    for item in new:
        if item not in old:
            yield Detail(aspect, None, item, "item")
    for item in old:
        if item not in new:
            yield Detail(aspect, item, None, "item")


def _old_id(context: _Context, thing: Thing, new_id: str) -> str:
    for old_id, current in context.renamed[thing].items():
        if current == new_id:
            return old_id
    return new_id


def _role_name(ladder: Ladder, role_id: str) -> str:
    role = ladder.roles.get(role_id)
    return role.title if role else role_id


def _track_name(ladder: Ladder, track_id: str) -> str:
    track = ladder.tracks.get(track_id)
    return track.name if track else track_id


def _competency_name(ladder: Ladder, competency_id: str) -> str:
    competency = ladder.competencies.get(competency_id)
    return competency.name if competency else competency_id


def _category_name(ladder: Ladder, category_id: str) -> str:
    for category in ladder.handbook.competency_categories:
        if category.id == category_id:
            return category.name
    return category_id


def _value_name(ladder: Ladder, value_id: str) -> str:
    for value in ladder.handbook.values:
        if value.id == value_id:
            return value.name
    return value_id


def _proficiency(ladder: Ladder, proficiency_id: str) -> str:
    try:
        return ladder.proficiency_name(proficiency_id)
    except KeyError:
        return proficiency_id


def _amount(value: float | None, kpi: Kpi | None) -> str:
    """A number in the KPI's unit, written exactly as the handbook's pages write it."""
    if value is None:
        return "none"
    if kpi is None:
        return number(value)
    return kpi_amount(kpi, value)  # plain text: render() escapes it for Markdown


# -- rendering ---------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")


def _words(text: str) -> list[str]:
    return [word for word in _WHITESPACE.split(text) if word]


def word_diff(before: str, after: str) -> str:
    """A word-level diff in Markdown: ~~removed words~~ and **added words**, all escaped."""
    old, new = _words(before), _words(after)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = " ".join(old[old_start:old_end])
        added = " ".join(new[new_start:new_end])
        if operation == "equal":
            parts.append(escape(added))
            continue
        if removed:
            parts.append(f"~~{escape(removed)}~~")
        if added:
            parts.append(f"**{escape(added)}**")
    return " ".join(parts)


def render(comparison: Comparison) -> str:
    """The comparison as Markdown for people: version, counts, then each kind of thing."""
    lines = ["## Ladder changes", ""]
    old, new = escape(comparison.old_version), escape(comparison.new_version)
    if comparison.old_version == comparison.new_version:
        lines.append(f"Ladder version: {new} (unchanged)")
    else:
        lines.append(f"Ladder version: {old} {ARROW} {new}")
        if comparison.version_note:
            lines += ["", f"Version note for {new}: {escape(comparison.version_note)}"]
    lines.append("")
    if not comparison.changes:
        lines += ["No changes to tracks, roles, competencies, KPIs or the handbook.", ""]
        return "\n".join(lines)
    lines += _counts(comparison)
    for thing in THINGS:
        changes = comparison.of(thing)
        if changes:
            lines += [f"### {HEADINGS[thing]}", "", *_section(changes)]
    return "\n".join(lines)


def _counts(comparison: Comparison) -> list[str]:
    lines = ["| | added | removed | renamed | changed |", "| --- | --- | --- | --- | --- |"]
    for thing in THINGS[1:]:
        changes = comparison.of(thing)
        if not changes:
            continue
        counts = [
            len({c.id for c in changes if c.action == action})
            for action in ("added", "removed", "renamed", "changed")
        ]
        lines.append(f"| {HEADINGS[thing]} | " + " | ".join(map(str, counts)) + " |")
    return [*lines, ""] if len(lines) > 2 else []


def _section(changes: list[Change]) -> list[str]:
    lines: list[str] = []
    for action in ("added", "removed"):
        for change in changes:
            if change.action == action:
                note = change.after if action == "added" else change.before
                suffix = f": {escape(note)}" if note else ""
                lines.append(f"- {action}: {escape(change.name)} (`{change.id}`){suffix}")
    if lines:
        lines.append("")
    groups: dict[str, list[Change]] = {}
    for change in changes:
        if change.action in ("renamed", "changed"):
            groups.setdefault(change.id, []).append(change)
    for thing_id, group in groups.items():
        if group[0].thing == "ladder":
            lines += [_bullet(change) for change in group]
        else:
            lines += [f"#### {escape(group[0].name)} (`{thing_id}`)", ""]
            lines += [_bullet(change) for change in group]
        lines.append("")
    return lines


def _bullet(change: Change) -> str:
    if change.action == "renamed":
        ids = f"`{change.old_id}` {ARROW} `{change.id}`"
        return f"- id renamed: {ids} (links to the old id keep working)"
    aspect = escape(change.aspect)
    if change.style == "item":
        if change.before is None:
            return f"- added to {aspect}: {escape(change.after or '')}"
        return f"- removed from {aspect}: {escape(change.before)}"
    if change.style == "text" and change.before is not None and change.after is not None:
        return f"- {aspect}: {word_diff(change.before, change.after)}"
    return f"- {aspect}: {escape(change.before or 'none')} {ARROW} {escape(change.after or 'none')}"
