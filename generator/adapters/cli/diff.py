"""`ladder diff BASE [HEAD]`: what changed between two ladders, as Markdown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.adapters.cli.common import INVALID, OK, USAGE, Verbs

if TYPE_CHECKING:
    from generator.ladder import Ladder


def add(verbs: Verbs) -> None:
    diff = verbs.add_parser(
        "diff", help="summarise in Markdown what changed between two ladders (refs or folders)"
    )
    diff.add_argument(
        "base", metavar="BASE", help="a git commit, branch or tag, or a folder holding a ladder"
    )
    diff.add_argument(
        "head",
        metavar="HEAD",
        nargs="?",
        default=None,
        help="the same, compared with BASE (default: the ladder in the working tree)",
    )
    diff.add_argument(
        "--ladder-path",
        default="ladder",
        metavar="PATH",
        help="where the ladder folder is in the repository (default: ladder)",
    )
    diff.add_argument("--output", type=Path, help="write to this file instead of the terminal")
    diff.set_defaults(run=_diff)


def _diff(args: argparse.Namespace) -> int:
    import tempfile

    from generator.tools.diff import summarise
    from generator.tools.versions import VersionsError

    with tempfile.TemporaryDirectory(prefix="ladder-diff-") as scratch:
        sides = []
        for label, spec in (("base", args.base), ("head", args.head)):
            try:
                where, shown = _diff_side(spec, args.ladder_path, Path(scratch) / label)
            except VersionsError as error:
                print(f"ladder diff: {label}: {error}", file=sys.stderr)
                return USAGE if "not a folder" in str(error) else INVALID
            sides.append(_load_side(where, shown))
        if sides[0] is None or sides[1] is None:
            return INVALID
        text = summarise(sides[0], sides[1])
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="\n")
    else:
        sys.stdout.write(text)
    return OK


def _diff_side(spec: str | None, ladder_path: str, scratch: Path) -> tuple[Path, str | None]:
    """The ladder folder a BASE or HEAD names, and how to show its files' paths.

    A folder wins over a ref of the same name; a folder is the ladder itself or a
    repository holding it at --ladder-path. A ref is read with `git archive`, never checked
    out, and its problems are shown as REF:path.
    """
    from generator.tools.versions import VersionsError, export

    if spec is None:
        return Path(ladder_path), None
    folder = Path(spec)
    if folder.is_dir():
        inside = folder / ladder_path
        if not (folder / "handbook.yml").is_file() and (inside / "handbook.yml").is_file():
            return inside, None
        return folder, None
    links = export(spec, scratch, [ladder_path])
    if links:
        raise VersionsError(f"{spec}:{links[0]}: symbolic links are not allowed; copy the file")
    where = scratch / ladder_path
    if not where.is_dir():
        raise VersionsError(f"{spec} has no {ladder_path}/ folder")
    return where, f"{spec}:{ladder_path}"


def _load_side(where: Path, shown: str | None) -> Ladder | None:
    import dataclasses

    from generator.problems import display_path
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(where)
    if ladder is not None:
        return ladder
    prefix = display_path(where)
    for problem in problems:
        if shown is not None and problem.path.startswith(prefix):
            problem = dataclasses.replace(problem, path=shown + problem.path[len(prefix) :])
        print(problem.format(), file=sys.stderr)
    print(
        f"{shown or display_path(where)}: the ladder has errors; nothing compared", file=sys.stderr
    )
    return None
