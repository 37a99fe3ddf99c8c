"""Field-level comparisons shared by every kind of thing, and how ladder values are named."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from generator.ladder import Ladder
from generator.model import Kpi
from generator.site.wording import in_a_list, kpi_amount, number
from generator.tools.diff.records import Context, Detail, Thing
from generator.tools.diff.words import flag, label, labelled, none

# -- the fields no specific rule covers --------------------------------------------------------


def other_fields(
    old: BaseModel, new: BaseModel, handled: set[str], prefix: str = ""
) -> Iterator[Detail]:
    """Every other field, compared generically, so a field added to a model is never missed."""
    before = old.model_dump(mode="json", exclude=handled)
    after = new.model_dump(mode="json", exclude=handled)
    for key in dict.fromkeys([*before, *after]):
        yield from any_value(prefix + label(key), before.get(key), after.get(key))


KEYS = ("id", "value", "to", "month")


def any_value(aspect: str, before: Any, after: Any) -> Iterator[Detail]:
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in dict.fromkeys([*before, *after]):
            yield from any_value(f"{aspect} › {label(key)}", before.get(key), after.get(key))
    elif isinstance(before, list) and isinstance(after, list):
        yield from any_list(aspect, before, after)
    elif before is None or after is None:
        yield Detail(aspect, shown(before), shown(after))
    elif isinstance(before, str) and isinstance(after, str) and (" " in before or " " in after):
        yield Detail(aspect, before, after, "text")
    else:
        yield Detail(aspect, shown(before), shown(after))


def any_list(aspect: str, before: list[Any], after: list[Any]) -> Iterator[Detail]:
    key = next(
        (
            name
            for name in KEYS
            if all(isinstance(item, dict) and name in item for item in [*before, *after])
        ),
        None,
    )
    if key is None or not before or not after:
        yield from changed_items(
            aspect, [shown(item) for item in before], [shown(item) for item in after]
        )
        return
    old = {str(item[key]): item for item in before}
    new = {str(item[key]): item for item in after}
    for item_key in dict.fromkeys([*new, *old]):
        if item_key not in old:
            yield Detail(aspect, None, entry_name(new[item_key], key), "item")
        elif item_key not in new:
            yield Detail(aspect, entry_name(old[item_key], key), None, "item")
        else:
            name = new[item_key].get("name") or item_key
            yield from any_value(f"{aspect} › {name}", old[item_key], new[item_key])


def entry_name(item: dict[str, Any], key: str) -> str:
    """An entry of a list, named as the site names it: "Transparency (transparency)"."""
    if isinstance(item.get("name"), str):
        return f"{item['name']} ({item[key]})"
    return shown(item)


def shown(value: Any) -> str:
    """A value from model_dump as one line of plain text."""
    if value is None:
        return none()
    if isinstance(value, bool):
        return flag(value)
    if isinstance(value, float):
        return number(value)
    if isinstance(value, dict):
        return in_a_list(
            f"{labelled(label(k))} {shown(v)}" for k, v in value.items() if v not in (None, [])
        )
    if isinstance(value, list):
        return in_a_list(shown(item) for item in value)
    return str(value)


# -- small comparisons -------------------------------------------------------------------------


def changed_value(aspect: str, before: str | None, after: str | None) -> Iterator[Detail]:
    if before != after:
        yield Detail(aspect, before or none(), after or none())


def changed_text(aspect: str, before: str | None, after: str | None) -> Iterator[Detail]:
    """Free text: a change of wording only (not of line breaks) is a change."""
    if before is None and after is None:
        return
    if before is None or after is None:
        yield Detail(aspect, before or none(), after or none())
    elif words(before) != words(after):
        yield Detail(aspect, before, after, "text")


def changed_items(aspect: str, before: Iterable[str], after: Iterable[str]) -> Iterator[Detail]:
    old, new = list(before), list(after)
    for item in new:
        if item not in old:
            yield Detail(aspect, None, item, "item")
    for item in old:
        if item not in new:
            yield Detail(aspect, item, None, "item")


def old_id(context: Context, thing: Thing, new_id: str) -> str:
    for old_id, current in context.renamed[thing].items():
        if current == new_id:
            return old_id
    return new_id


def role_name(ladder: Ladder, role_id: str) -> str:
    role = ladder.roles.get(role_id)
    return role.title if role else role_id


def track_name(ladder: Ladder, track_id: str) -> str:
    track = ladder.tracks.get(track_id)
    return track.name if track else track_id


def competency_name(ladder: Ladder, competency_id: str) -> str:
    competency = ladder.competencies.get(competency_id)
    return competency.name if competency else competency_id


def category_name(ladder: Ladder, category_id: str) -> str:
    for category in ladder.handbook.competency_categories:
        if category.id == category_id:
            return category.name
    return category_id


def value_name(ladder: Ladder, value_id: str) -> str:
    for value in ladder.handbook.values:
        if value.id == value_id:
            return value.name
    return value_id


def proficiency(ladder: Ladder, proficiency_id: str) -> str:
    try:
        return ladder.proficiency_name(proficiency_id)
    except KeyError:
        return proficiency_id


def amount(value: float | None, kpi: Kpi | None) -> str:
    """A number in the KPI's unit, written exactly as the handbook's pages write it."""
    if value is None:
        return none()
    if kpi is None:
        return number(value)
    return kpi_amount(kpi, value)  # plain text: render() escapes it for Markdown


WHITESPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""Where a text splits into words: any white space but a no-break one, which joins what it
stands between ("38\u202f000\u00a0€", "Objectif\u00a0:") and stays in the diff as typed."""


def words(text: str) -> list[str]:
    return [word for word in WHITESPACE.split(text) if word]
