"""`ladder new`: a valid, commented starting file for a new role, competency, KPI or track.

An editor who starts from an empty file has to know every required key; one who copies
another file carries its content along by mistake. The starting file names every key with
its meaning (taken from the model's own docstrings, so it never drifts from the format),
fills in placeholders that pass validation where that is possible, and marks each with
TODO. It works on a ladder that currently has errors: a new track, for one, has no role
until the next `ladder new role` gives it one.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.model import Competency, Descriptor, Handbook, Kpi, Role, Track, ValueInPractice
from generator.model.role import Deliverable, Learning, TimeRange
from generator.model.types import Slug
from generator.problems import display_path
from generator.tools.placeholders import guess_level, ids, levels_on, title_from_id
from generator.tools.schema import SCHEMA_DIR
from generator.validate.messages import did_you_mean

Kind = Literal["role", "competency", "kpi", "track"]
KINDS: tuple[Kind, ...] = ("role", "competency", "kpi", "track")
FOLDERS: dict[Kind, str] = {
    "role": "roles",
    "competency": "competencies",
    "kpi": "kpis",
    "track": "tracks",
}
WIDTH = 96
_SLUG: TypeAdapter[str] = TypeAdapter(Slug)
OPTIONAL_NOTE = (
    "Only id, title, track and level are required. Remove any section below that your "
    "framework does not have: the pages then leave it out."
)
LEVEL_NOTE = (
    "Write each level starting with a verb, with no subject, as CONTRIBUTING.md says. A level "
    "may also answer the four assessment questions instead of one text, for example:"
)


class ScaffoldError(Exception):
    """Why no file was written, in the words `ladder validate` would use."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage  # the command line itself is wrong (exit 2), not the id or ladder


@dataclass(frozen=True)
class Scaffold:
    path: Path
    text: str
    next_steps: list[str] = field(default_factory=list)


def id_problem(thing_id: str) -> str | None:
    """The message validation gives for an unusable id, or None when it is fine."""
    try:
        _SLUG.validate_python(thing_id)
    except ValidationError as error:
        detail = error.errors()[0]
        return str((detail.get("ctx") or {}).get("error", detail["msg"]))
    return None


def scaffold(kind: Kind, thing_id: str, ladder: Path, track: str | None = None) -> Scaffold:
    problem = id_problem(thing_id)
    if problem:
        raise ScaffoldError(problem)
    path = ladder / FOLDERS[kind] / f"{thing_id}.yml"
    if path.exists() or path.is_symlink():
        raise ScaffoldError(
            f"{display_path(path)} already exists; choose another id or edit that file"
        )
    if kind != "role" and track is not None:
        raise ScaffoldError("--track is only for a new role", usage=True)
    if kind == "role":
        return _role(path, thing_id, ladder, track)
    if kind == "competency":
        return _competency(path, thing_id, ladder)
    if kind == "kpi":
        return _kpi(path, thing_id, ladder)
    return _track(path, thing_id, ladder)


def write(made: Scaffold) -> None:
    """Create the file; never replace one that appeared in the meantime."""
    made.path.parent.mkdir(parents=True, exist_ok=True)
    with open(made.path, "x", encoding="utf-8", newline="\n") as file:
        file.write(made.text)


# -- what the ladder already has ---------------------------------------------------------------


def _handbook(ladder: Path) -> Handbook:
    from generator.read.load import load_document

    path = ladder / "handbook.yml"
    document, problems = load_document(path)
    if document is not None:
        try:
            return Handbook.model_validate(document.data)
        except ValidationError:
            pass
    first = f" (first: {problems[0].format()})" if problems else ""
    raise ScaffoldError(
        f"{display_path(path)} is missing or has errors{first}; run `ladder validate` and fix "
        "it first, because the new file takes its scales from there"
    )


# -- writing -----------------------------------------------------------------------------------


def _describe(model: type[BaseModel], name: str) -> str:
    return model.model_fields[name].description or ""


def _doc(model: type[BaseModel], name: str, indent: int = 0) -> str:
    """The field's docstring as YAML comment lines."""
    return _comment(_describe(model, name), indent)


def _comment(text: str, indent: int = 0) -> str:
    pad = " " * indent
    lines = textwrap.wrap(text, width=WIDTH - indent - 2) or [""]
    return "\n".join(f"{pad}# {line}".rstrip() for line in lines)


def _header(path: Path, kind: Kind, label: str | None = None) -> str:
    target = SCHEMA_DIR / f"{kind}.schema.json"
    try:
        relative = os.path.relpath(target, path.parent.resolve())
    except ValueError:  # another drive on Windows
        relative = str(target)
    return (
        f"# yaml-language-server: $schema={relative.replace(os.sep, '/')}\n"
        "#\n"
        f"# A new {label or kind}, started by `ladder new {kind}`. Replace every TODO, keep the\n"
        "# indentation (two spaces per level, never tabs), then run `ladder validate`.\n"
        "# CONTRIBUTING.md lists every key; each comment below says what its key means.\n"
    )


def _validate_step(ladder: Path) -> str:
    where = display_path(ladder)
    option = "" if where == "ladder" else f" --ladder {where}"
    return f"run `ladder validate{option}`"


TODO_TITLE = "# TODO check the title (written from the id)"
TODO_NAME = "# TODO check the name (written from the id)"


def _role(path: Path, role_id: str, ladder: Path, track: str | None) -> Scaffold:
    if track is None:
        raise ScaffoldError("a new role needs its track: add --track TRACK-ID", usage=True)
    problem = id_problem(track)
    if problem:
        raise ScaffoldError(f"--track: {problem}")
    tracks = ids(ladder, "tracks")
    if track not in tracks:
        raise ScaffoldError(f'there is no track "{track}"' + did_you_mean(track, tracks))
    handbook = _handbook(ladder)
    levels = levels_on(ladder, track)
    level = guess_level(role_id, levels)
    proficiencies = [p.id for p in handbook.proficiency_scale]
    competencies = ids(ladder, "competencies")
    if competencies and proficiencies:
        required = (
            f"competencies:\n  {competencies[0]}: {proficiencies[0]}  # TODO the competencies "
            "the role needs, each at its proficiency\n"
        )
    else:
        required = (
            "# No competency exists yet; add one with `ladder new competency ID`, then name it\n"
            "# here with the level this role requires.\ncompetencies: {}\n"
        )
    scale = (
        _comment("Proficiency levels, lowest first: " + ", ".join(proficiencies) + ".")
        if proficiencies
        else ""
    )
    text = f"""{_header(path, "role")}
{_doc(Role, "id")}
id: {role_id}
{_doc(Role, "title")}
title: {title_from_id(role_id, ladder)}  {TODO_TITLE}
{_doc(Role, "track")}
track: {track}
{_doc(Role, "level")}
level: {level.level}  # TODO check: {level.why}
{_comment(OPTIONAL_NOTE)}
{_doc(Role, "summary")}
summary: TODO say what the role is about, in one to three sentences.
{_doc(Role, "responsibilities")}
responsibilities:
  - TODO one thing the role is accountable for
{_doc(Role, "day_to_day")}
day_to_day:
  - TODO one thing a typical week holds
{_doc(Role, "deliverables")}
deliverables:
{_doc(Deliverable, "what", 2)}
  - what: TODO a result the role produces
{_doc(Deliverable, "goal", 4)}
    goal: TODO the company goal it serves
{_doc(Role, "advantages")}
advantages:
  - TODO an honest reason to want the role
{_doc(Role, "disadvantages")}
disadvantages:
  - TODO an honest downside of the role
{_doc(Role, "entry_requirements")}
entry_requirements:
  - TODO what someone has shown before moving into the role
{_doc(Role, "competencies")}
{scale}
{required}{_doc(Role, "expectations")}
# For example:
#   {competencies[0] if competencies else "discovery"}: |
#     - Runs discovery calls on their own
#     - Writes up what was learnt the same day
expectations: {{}}
{_doc(Role, "kpis")}
# For example:
#   quota-attainment:
#     target: 100
#     threshold: 80
#     stretch: 120
kpis: {{}}
{_doc(Role, "learning")}
learning:
{_doc(Learning, "training", 2)}
  training:
    - TODO a course or programme to complete
{_doc(Learning, "staying_current", 2)}
  staying_current:
    - TODO how someone in the role keeps up with the market and the product
{_doc(Role, "typical_time")}
typical_time:
{_doc(TimeRange, "min_months", 2)}
  min_months: 12  # TODO
{_doc(TimeRange, "max_months", 2)}
  max_months: 24  # TODO
{_doc(Role, "transitions")}
# For example:
#   - to: the-next-role
#     kind: promotion
#     summary: Why people make this move and what changes most.
#     typical_time: {{min_months: 12, max_months: 24}}
#     trial_activities:
#       - Something to try while still in this role
transitions: []
{_doc(Role, "values")}
values: []
{_doc(Role, "carries_quota")}
carries_quota: false  # TODO true when the role carries a sales quota
"""
    steps = [
        "replace every TODO and set the title, level, competencies and KPIs",
        f"add a transition to {role_id} from a role on track {track} (under transitions: in "
        f"that role's file); until then `ladder validate` reports that {role_id} cannot be "
        "reached from the track's entry role",
    ]
    if not levels:
        steps[1] = (
            f"make sure the entry_role of track {track} is {role_id} (in "
            f"{display_path(ladder / 'tracks' / f'{track}.yml')}); otherwise `ladder validate` "
            "reports that it cannot be reached"
        )
    steps.append(_validate_step(ladder))
    return Scaffold(path, text, steps)


def _competency(path: Path, competency_id: str, ladder: Path) -> Scaffold:
    handbook = _handbook(ladder)
    categories = [c.id for c in handbook.competency_categories]
    category = (
        f"""{_doc(Competency, "category")}
{_comment("Categories: " + ", ".join(categories) + ".")}
category: {categories[0]}  # TODO choose the category
"""
        if categories
        else ""
    )
    scale = handbook.proficiency_scale
    blocks = "".join(
        f"  {level.id}: TODO what someone at the {level.id} level does and shows\n"
        for level in scale
    )
    if scale:
        example = scale[0].id
        body = f"""{_doc(Competency, "levels")}
{_comment(LEVEL_NOTE)}
#   {example}:
#     achieves: {_describe(Descriptor, "achieves")}
#     skills: {_describe(Descriptor, "skills")}
#     demonstrates: {_describe(Descriptor, "demonstrates")}
#     knows: {_describe(Descriptor, "knows")}
{_comment("A competency without levels lists expectations: instead of levels:.")}
levels:
{blocks}"""
    else:
        body = f"""{_doc(Competency, "expectations")}
expectations:
  - TODO one thing that is expected
"""
    text = f"""{_header(path, "competency")}
{_doc(Competency, "id")}
id: {competency_id}
{_doc(Competency, "name")}
name: {title_from_id(competency_id, ladder)}  {TODO_NAME}
{category}{_doc(Competency, "description")}
description: TODO say what the competency is and why it matters, in one to three sentences.
{body}"""
    steps = [
        "replace every TODO (descriptors start with a verb and say what changes from one "
        "level to the next)",
        f"require it in the roles that need it: `{competency_id}: <proficiency>` under "
        "competencies: in each role's file",
        _validate_step(ladder),
    ]
    return Scaffold(path, text, steps)


def _kpi(path: Path, kpi_id: str, ladder: Path) -> Scaffold:
    text = f"""{_header(path, "kpi", "KPI")}
{_doc(Kpi, "id")}
id: {kpi_id}
{_doc(Kpi, "name")}
name: {title_from_id(kpi_id, ladder)}  {TODO_NAME}
{_doc(Kpi, "unit")}
unit: count  # TODO choose the unit
{_doc(Kpi, "direction")}
direction: higher-is-better  # TODO or lower-is-better
{_doc(Kpi, "period")}
{_comment("One of: weekly, monthly, quarterly, half-yearly, yearly.")}
period: quarterly  # TODO choose how often it is measured
{_doc(Kpi, "definition")}
definition: TODO say exactly what is counted.
{_doc(Kpi, "measurement")}
measurement: TODO say where the data comes from and who reviews it.
{_doc(Kpi, "scale")}
# scale:
#   min: 1
#   max: 5
{_doc(Kpi, "currency")}
# currency: EUR
"""
    steps = [
        "replace every TODO and choose the unit, direction and period",
        f"set targets in the roles measured by it: `{kpi_id}:` with target: (or expectation: "
        "for a qualitative KPI) under kpis: in each role's file",
        _validate_step(path.parent.parent),
    ]
    return Scaffold(path, text, steps)


def _track(path: Path, track_id: str, ladder: Path) -> Scaffold:
    handbook = _handbook(ladder)
    values = "".join(
        f"  - value: {value.id}\n"
        f"    in_practice: TODO say how {value.id} shows up in the work on this track\n"
        for value in handbook.values
    )
    text = f"""{_header(path, "track")}
{_doc(Track, "id")}
id: {track_id}
{_doc(Track, "name")}
name: {title_from_id(track_id, ladder)}  {TODO_NAME}
{_doc(Track, "kind")}
kind: individual-contributor  # TODO or management, specialist
{_doc(Track, "summary")}
summary: TODO say what the track is about and where it leads.
{_doc(Track, "suits")}
suits:
  - TODO a strength or interest that fits the track
{_doc(Track, "entry_role")}
{_comment(f"Create it with `ladder new role {track_id} --track {track_id}`, or name another id.")}
entry_role: {track_id}  # TODO the id of the track's first role
{_doc(Track, "order")}
order: 100  # TODO where the track stands among the others
{_doc(Track, "values")}
values:
{_comment("value: " + _describe(ValueInPractice, "value"), 2)}
{_comment("in_practice: " + _describe(ValueInPractice, "in_practice"), 2)}
{values}"""
    steps = [
        "replace every TODO",
        f"a track needs roles: `ladder new role {track_id} --track {track_id}` writes its entry "
        f"role (or set entry_role: to the id you give it); until then `ladder validate` reports "
        f'that track "{track_id}" has no roles',
        _validate_step(ladder),
    ]
    return Scaffold(path, text, steps)
