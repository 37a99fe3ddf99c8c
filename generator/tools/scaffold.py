"""`ladder new`: a valid, commented starting file for a new role, competency, KPI or track.

An editor who starts from an empty file has to know every required key; one who copies
another file carries its content along by mistake. The starting file names every key with
its meaning (taken from the model's own docstrings, so it never drifts from the format),
fills in placeholders that pass validation where that is possible, and marks each with
TODO. It works on a ladder that currently has errors: a new track, for one, has no role
until the next `ladder new role` gives it one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from generator.model import Competency, Descriptor, Handbook, Kpi, Role, Track, ValueInPractice
from generator.model.role import Deliverable, Learning, TimeRange
from generator.model.types import Slug
from generator.problems import display_path
from generator.tools.placeholders import guess_level, ids, levels_on, title_from_id
from generator.tools.scaffold_text import (
    LEVEL_NOTE,
    OPTIONAL_NOTE,
    TODO_NAME,
    TODO_TITLE,
    Kind,
    comment,
    describe,
    doc,
    header,
    validate_step,
)
from generator.validate.messages import did_you_mean

KINDS: tuple[Kind, ...] = ("role", "competency", "kpi", "track")
FOLDERS: dict[Kind, str] = {
    "role": "roles",
    "competency": "competencies",
    "kpi": "kpis",
    "track": "tracks",
}
_SLUG: TypeAdapter[str] = TypeAdapter(Slug)


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
        comment("Proficiency levels, lowest first: " + ", ".join(proficiencies) + ".")
        if proficiencies
        else ""
    )
    text = f"""{header(path, "role")}
{doc(Role, "id")}
id: {role_id}
{doc(Role, "title")}
title: {title_from_id(role_id, ladder)}  {TODO_TITLE}
{doc(Role, "track")}
track: {track}
{doc(Role, "level")}
level: {level.level}  # TODO check: {level.why}
{comment(OPTIONAL_NOTE)}
{doc(Role, "summary")}
summary: TODO say what the role is about, in one to three sentences.
{doc(Role, "responsibilities")}
responsibilities:
  - TODO one thing the role is accountable for
{doc(Role, "day_to_day")}
day_to_day:
  - TODO one thing a typical week holds
{doc(Role, "deliverables")}
deliverables:
{doc(Deliverable, "what", 2)}
  - what: TODO a result the role produces
{doc(Deliverable, "goal", 4)}
    goal: TODO the company goal it serves
{doc(Role, "advantages")}
advantages:
  - TODO an honest reason to want the role
{doc(Role, "disadvantages")}
disadvantages:
  - TODO an honest downside of the role
{doc(Role, "entry_requirements")}
entry_requirements:
  - TODO what someone has shown before moving into the role
{doc(Role, "competencies")}
{scale}
{required}{doc(Role, "expectations")}
# For example:
#   {competencies[0] if competencies else "discovery"}: |
#     - Runs discovery calls on their own
#     - Writes up what was learnt the same day
expectations: {{}}
{doc(Role, "kpis")}
# For example:
#   quota-attainment:
#     target: 100
#     threshold: 80
#     stretch: 120
kpis: {{}}
{doc(Role, "learning")}
learning:
{doc(Learning, "training", 2)}
  training:
    - TODO a course or programme to complete
{doc(Learning, "staying_current", 2)}
  staying_current:
    - TODO how someone in the role keeps up with the market and the product
{doc(Role, "typical_time")}
typical_time:
{doc(TimeRange, "min_months", 2)}
  min_months: 12  # TODO
{doc(TimeRange, "max_months", 2)}
  max_months: 24  # TODO
{doc(Role, "transitions")}
# For example:
#   - to: the-next-role
#     kind: promotion
#     summary: Why people make this move and what changes most.
#     typical_time: {{min_months: 12, max_months: 24}}
#     trial_activities:
#       - Something to try while still in this role
transitions: []
{doc(Role, "values")}
values: []
{doc(Role, "carries_quota")}
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
    steps.append(validate_step(ladder))
    return Scaffold(path, text, steps)


def _competency(path: Path, competency_id: str, ladder: Path) -> Scaffold:
    handbook = _handbook(ladder)
    categories = [c.id for c in handbook.competency_categories]
    category = (
        f"""{doc(Competency, "category")}
{comment("Categories: " + ", ".join(categories) + ".")}
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
        body = f"""{doc(Competency, "levels")}
{comment(LEVEL_NOTE)}
#   {example}:
#     achieves: {describe(Descriptor, "achieves")}
#     skills: {describe(Descriptor, "skills")}
#     demonstrates: {describe(Descriptor, "demonstrates")}
#     knows: {describe(Descriptor, "knows")}
{comment("A competency without levels lists expectations: instead of levels:.")}
levels:
{blocks}"""
    else:
        body = f"""{doc(Competency, "expectations")}
expectations:
  - TODO one thing that is expected
"""
    text = f"""{header(path, "competency")}
{doc(Competency, "id")}
id: {competency_id}
{doc(Competency, "name")}
name: {title_from_id(competency_id, ladder)}  {TODO_NAME}
{category}{doc(Competency, "description")}
description: TODO say what the competency is and why it matters, in one to three sentences.
{body}"""
    steps = [
        "replace every TODO (descriptors start with a verb and say what changes from one "
        "level to the next)",
        f"require it in the roles that need it: `{competency_id}: <proficiency>` under "
        "competencies: in each role's file",
        validate_step(ladder),
    ]
    return Scaffold(path, text, steps)


def _kpi(path: Path, kpi_id: str, ladder: Path) -> Scaffold:
    text = f"""{header(path, "kpi", "KPI")}
{doc(Kpi, "id")}
id: {kpi_id}
{doc(Kpi, "name")}
name: {title_from_id(kpi_id, ladder)}  {TODO_NAME}
{doc(Kpi, "unit")}
unit: count  # TODO choose the unit
{doc(Kpi, "direction")}
direction: higher-is-better  # TODO or lower-is-better
{doc(Kpi, "period")}
{comment("One of: weekly, monthly, quarterly, half-yearly, yearly.")}
period: quarterly  # TODO choose how often it is measured
{doc(Kpi, "definition")}
definition: TODO say exactly what is counted.
{doc(Kpi, "measurement")}
measurement: TODO say where the data comes from and who reviews it.
{doc(Kpi, "scale")}
# scale:
#   min: 1
#   max: 5
{doc(Kpi, "currency")}
# currency: EUR
"""
    steps = [
        "replace every TODO and choose the unit, direction and period",
        f"set targets in the roles measured by it: `{kpi_id}:` with target: (or expectation: "
        "for a qualitative KPI) under kpis: in each role's file",
        validate_step(path.parent.parent),
    ]
    return Scaffold(path, text, steps)


def _track(path: Path, track_id: str, ladder: Path) -> Scaffold:
    handbook = _handbook(ladder)
    values = "".join(
        f"  - value: {value.id}\n"
        f"    in_practice: TODO say how {value.id} shows up in the work on this track\n"
        for value in handbook.values
    )
    text = f"""{header(path, "track")}
{doc(Track, "id")}
id: {track_id}
{doc(Track, "name")}
name: {title_from_id(track_id, ladder)}  {TODO_NAME}
{doc(Track, "kind")}
kind: individual-contributor  # TODO or management, specialist
{doc(Track, "summary")}
summary: TODO say what the track is about and where it leads.
{doc(Track, "suits")}
suits:
  - TODO a strength or interest that fits the track
{doc(Track, "entry_role")}
{comment(f"Create it with `ladder new role {track_id} --track {track_id}`, or name another id.")}
entry_role: {track_id}  # TODO the id of the track's first role
{doc(Track, "order")}
order: 100  # TODO where the track stands among the others
{doc(Track, "values")}
values:
{comment("value: " + describe(ValueInPractice, "value"), 2)}
{comment("in_practice: " + describe(ValueInPractice, "in_practice"), 2)}
{values}"""
    steps = [
        "replace every TODO",
        f"a track needs roles: `ladder new role {track_id} --track {track_id}` writes its entry "
        f"role (or set entry_role: to the id you give it); until then `ladder validate` reports "
        f'that track "{track_id}" has no roles',
        validate_step(ladder),
    ]
    return Scaffold(path, text, steps)
