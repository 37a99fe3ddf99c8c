"""Load a ladder folder into a `Ladder`, collecting every problem on the way.

The stages run in order and never raise for bad input: find the files, read each one
strictly (load.py), check it against its model (model/), check how the files fit
together (checks.py), apply the handbook's policy to the content checks (policy.py),
then order everything into the resolved graph (ladder.py).
A file that fails to read or to match its model is left out of the later checks, so
one mistake does not cause a cascade of follow-on errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

from pydantic import BaseModel, ValidationError

from generator.ladder import Ladder
from generator.memo import Recent
from generator.model import Competency, Handbook, Kpi, Role, Track
from generator.model.types import is_slug, suggest_slug
from generator.problems import Problem, display_path, errors, sort_problems
from generator.read.characters import BAD_CHARACTER, character_kind
from generator.read.files import entry_kind, leads_outside
from generator.read.load import Document, load_text, read_file
from generator.validate.anchors import check_section_anchors
from generator.validate.check_tracks import entry_role_of
from generator.validate.checks import Parts, cross_check
from generator.validate.messages import did_you_mean, validation_problems
from generator.validate.policy import apply_policy, policy_from, unknown_checks

FOLDERS: dict[str, type[BaseModel]] = {
    "tracks": Track,
    "roles": Role,
    "competencies": Competency,
    "kpis": Kpi,
}
HANDBOOK = "handbook.yml"
# Files an editor may keep beside the data without it being read.
IGNORED = {"README.md", "readme.md"}

M = TypeVar("M", bound=BaseModel)


Reading = tuple[BaseModel | None, Document | None, tuple[Problem, ...]]
"""What reading one file gave: its model (None when the file fails it), its document (None
when it cannot be read as YAML) and the problems found."""
ReadMemo = Recent[tuple[str, str, bytes], Reading]
"""What reading each file gave in the last load, by its path, model and bytes."""


def load_ladder(
    directory: Path, memo: ReadMemo | None = None
) -> tuple[Ladder | None, list[Problem]]:
    """The resolved ladder and every problem found; the ladder is None when any is an error.

    Content checks come out at the severity the handbook's policy sets (`checks:`), and
    those set to `off` not at all. A handbook.yml that fails its model does not stop the
    checks of the other files: only the checks that need the handbook are skipped.
    With a `memo` (a preview loading the ladder after every save), a file whose bytes are
    those of the last load is not parsed and checked against its model again; the checks
    of how the files fit together always run.
    """
    memo = memo if memo is not None else ReadMemo()
    try:
        return _load(directory, memo)
    finally:
        memo.done()


def _load(directory: Path, memo: ReadMemo) -> tuple[Ladder | None, list[Problem]]:
    problems: list[Problem] = []
    files = _discover(directory, problems)
    if files is None:
        return None, sort_problems(problems)
    handbook, handbook_doc = _read(directory / HANDBOOK, Handbook, problems, memo)
    parts = Parts(handbook=handbook, handbook_doc=handbook_doc)
    documents = [handbook_doc] if handbook_doc is not None else []
    if handbook is None:
        parts.broken.add(HANDBOOK)
    for folder, paths in files.items():
        bucket = getattr(parts, folder)
        by_stem = {path.stem: path for path in paths}
        for path in paths:
            model, doc = _read(path, FOLDERS[folder], problems, memo)
            if doc is not None:
                documents.append(doc)
            if model is None or doc is None:
                parts.broken.add(f"{folder}/{path.stem}")
                continue
            thing_id = str(getattr(model, "id"))  # noqa: B009 - every folder model has an id
            if thing_id != path.stem:
                problems.append(_id_mismatch(doc, thing_id, path, by_stem.get(thing_id)))
                parts.broken.add(f"{folder}/{path.stem}")
                continue
            bucket[thing_id] = (model, doc)
    problems.extend(cross_check(parts, documents))
    problems.extend(check_section_anchors(parts))
    if handbook_doc is not None:
        problems.extend(unknown_checks(handbook_doc))
    policy = policy_from(handbook_doc.data if handbook_doc is not None else None)
    problems = sort_problems(apply_policy(problems, policy))
    if errors(problems) or parts.broken or parts.handbook is None:
        return None, problems
    return _resolve(parts, parts.handbook), problems


def _discover(directory: Path, problems: list[Problem]) -> dict[str, list[Path]] | None:
    """The YAML files of each folder, sorted; anything unexpected is a problem.

    Only regular files and real folders are taken (BAD_INPUTS 29): a symbolic link, a FIFO,
    a device or a socket is named for what it is and never opened. A name holding a control
    or invisible character is refused (BAD_INPUTS 28), as it would print as something else.
    """
    where = display_path(directory)
    if not directory.is_dir():
        problems.append(Problem(where, 1, 1, "the ladder folder does not exist"))
        return None
    handbook = directory / HANDBOOK
    kind = entry_kind(handbook)
    if kind == "missing":
        problems.append(Problem(f"{where}/{HANDBOOK}", 1, 1, "handbook.yml is missing; create it"))
        return None
    if kind != "a regular file":
        problems.append(_not_a_file(handbook, kind, directory))
        return None
    found: dict[str, list[Path]] = {folder: [] for folder in FOLDERS}
    for entry in sorted(directory.iterdir()):
        if entry.name == HANDBOOK or _refused_name(entry, problems):
            continue
        if entry.name.startswith(".") or entry.name in IGNORED:
            continue
        kind = entry_kind(entry)
        if kind == "a folder" and entry.name in FOLDERS:
            found[entry.name] = _folder_files(entry, directory, problems)
        elif kind not in ("a folder", "a regular file"):
            problems.append(_not_a_file(entry, kind, directory))
        else:
            hint = did_you_mean(entry.name, [HANDBOOK, *FOLDERS])
            problems.append(
                Problem(
                    display_path(entry),
                    1,
                    1,
                    f"unexpected {'folder' if kind == 'a folder' else 'file'}"
                    f" in the ladder folder; expected {HANDBOOK} and the folders "
                    f"{', '.join(FOLDERS)}{hint}",
                )
            )
    return found


def _refused_name(entry: Path, problems: list[Problem]) -> bool:
    """A name with a character that is invisible, or that would break a line of output."""
    bad = BAD_CHARACTER.search(entry.name) or re.search("[\t\n\r]", entry.name)
    if bad is None:
        return False
    code = ord(bad.group())
    kind = "tab or line break" if bad.group() in "\t\n\r" else character_kind(code)
    suffix = ".yml" if entry.suffix == ".yml" else ""
    problems.append(
        Problem(
            display_path(entry),
            1,
            1,
            f"the name holds a {kind} (U+{code:04X}); rename it with letters, digits and "
            f'hyphens only, such as "{suggest_slug(entry.stem)}{suffix}"',
        )
    )
    return True


def _not_a_file(entry: Path, kind: str, directory: Path) -> Problem:
    """A link, FIFO, device or socket where a file or a folder of the ladder is expected."""
    if kind == "a symbolic link":
        outside = " leading outside the ladder folder" if leads_outside(entry, directory) else ""
        message = (
            f"this is a symbolic link{outside}; symbolic links are not allowed; copy the file "
            "or folder itself here"
        )
    else:
        message = (
            f"this is {kind}, not a regular file or folder; the ladder reads only regular "
            "files: replace it with a .yml file"
        )
    return Problem(display_path(entry), 1, 1, message)


def _folder_files(folder: Path, directory: Path, problems: list[Problem]) -> list[Path]:
    paths: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if _refused_name(entry, problems):
            continue
        if entry.name.startswith(".") or entry.name in IGNORED:
            continue
        where = display_path(entry)
        kind = entry_kind(entry)
        if kind == "a folder":
            problems.append(Problem(where, 1, 1, f"unexpected folder inside {folder.name}/"))
        elif kind != "a regular file":
            problems.append(_not_a_file(entry, kind, directory))
        elif entry.suffix == ".yaml":
            problems.append(
                Problem(where, 1, 1, f'rename the file to "{_valid_stem(entry.stem)}.yml"')
            )
        elif entry.suffix != ".yml":
            problems.append(Problem(where, 1, 1, f"unexpected file in {folder.name}/; only .yml"))
        else:
            paths.append(entry)
    return paths


def _valid_stem(stem: str) -> str:
    """The file's own name when it is a valid id, else the nearest valid id."""
    return stem if is_slug(stem) else suggest_slug(stem)


def _read(
    path: Path, model: type[M], problems: list[Problem], memo: ReadMemo
) -> tuple[M | None, Document | None]:
    """The file's model and document; the model is None when the file fails it."""
    shown = display_path(path)
    data, found = read_file(path, shown)
    if data is None:
        problems.extend(found)
        return None, None
    made, doc, found_reading = memo.value(
        (shown, model.__name__, data), lambda: _reading(data, shown, model)
    )
    problems.extend(found_reading)
    return cast("M | None", made), doc


def _reading(data: bytes, shown: str, model: type[BaseModel]) -> Reading:
    doc, found = load_text(data, shown)
    if doc is None:
        return None, None, tuple(found)
    try:
        return model.model_validate(doc.data), doc, tuple(found)
    except ValidationError as error:
        return None, doc, (*found, *validation_problems(error, doc, model))


def _id_mismatch(doc: Document, thing_id: str, path: Path, owner: Path | None) -> Problem:
    place = doc.value_position(("id",))
    if owner is not None:
        message = (
            f'the id "{thing_id}" is already defined in {display_path(owner)}; ids must be '
            f"unique: give this one its own id and name the file after it"
        )
    elif is_slug(path.stem):
        message = (
            f'the id "{thing_id}" must match the file name "{path.name}": rename the file to '
            f'"{thing_id}.yml" or set id: {path.stem}'
        )
    else:  # the file's name is no id at all: only renaming the file helps
        message = (
            f'the id "{thing_id}" must match the file name "{path.name}", which is not a valid '
            f'id: rename the file to "{thing_id}.yml"'
        )
    return Problem(doc.path, place.line, place.column, message)


def _resolve(parts: Parts, handbook: Handbook) -> Ladder:
    """Order every part deterministically and build the graph pages are made from."""
    members: dict[str, list[Role]] = {}
    for role, _ in parts.roles.values():
        members.setdefault(role.track, []).append(role)
    tracks = sorted(
        (
            track.model_copy(update={"entry_role": entry_role_of(track, members[track.id]).id})
            for track, _ in parts.tracks.values()
        ),
        key=lambda t: (t.order, t.name, t.id),
    )
    track_rank = {track.id: rank for rank, track in enumerate(tracks)}
    roles = sorted(
        (r for r, _ in parts.roles.values()),
        key=lambda r: (track_rank[r.track], r.level, r.title, r.id),
    )
    category_rank = {c.id: rank for rank, c in enumerate(handbook.competency_categories)}
    last = len(category_rank)  # competencies without a category come after the others
    competencies = sorted(
        (c for c, _ in parts.competencies.values()),
        key=lambda c: (category_rank.get(c.category or "", last), c.name, c.id),
    )
    kpis = sorted((k for k, _ in parts.kpis.values()), key=lambda k: (k.name, k.id))
    sources = {"handbook": parts.handbook_doc.path if parts.handbook_doc else HANDBOOK}
    for kind, bucket in (
        ("track", parts.tracks),
        ("role", parts.roles),
        ("competency", parts.competencies),
        ("kpi", parts.kpis),
    ):
        sources.update({f"{kind}:{key}": doc.path for key, (_, doc) in bucket.items()})
    return Ladder(
        handbook=handbook,
        tracks=_by_id(tracks, lambda t: t.id),
        roles=_by_id(roles, lambda r: r.id),
        competencies=_by_id(competencies, lambda c: c.id),
        kpis=_by_id(kpis, lambda k: k.id),
        sources=sources,
    )


def _by_id(items: list[M], key: Callable[[M], str]) -> dict[str, M]:
    return {key(item): item for item in items}
