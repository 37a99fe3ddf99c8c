"""`ladder validate`: check every file of the ladder, and the macros of the hand-written
pages that go with it, and report every problem."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.adapters.cli.common import INVALID, OK, Verbs, ladder_option
from generator.problems import Problem, errors, sort_problems, warnings

if TYPE_CHECKING:
    from generator.ladder import Ladder


def add(verbs: Verbs) -> None:
    validate = verbs.add_parser(
        "validate", help="check every file of the ladder and report problems"
    )
    ladder_option(validate)
    validate.add_argument(
        "--format",
        choices=["text", "github", "json"],
        default="text",
        help="text (path:line:col), github (annotations) or json",
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings as errors (as the build does when handbook.yml says strict: true)",
    )
    validate.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="hand-written pages whose macros to check (default: the docs_dir of mkdocs.yml "
        "beside the ladder folder, else content/ there)",
    )
    validate.add_argument(
        "--list-checks",
        action="store_true",
        help="list every content check with its default severity, and exit",
    )
    validate.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    from generator.validate.folder import load_ladder
    from generator.validate.policy import list_checks

    if args.list_checks:
        sys.stdout.write(list_checks())
        return OK
    ladder, problems = load_ladder(args.ladder)
    if ladder is not None:
        problems = sort_problems([*problems, *_page_problems(ladder, args)])
    strict = args.strict or (ladder is not None and ladder.handbook.strict)
    failed = bool(errors(problems)) or (strict and bool(problems))
    if args.format == "json":
        print(
            json.dumps({"valid": not failed, "problems": [_as_dict(p) for p in problems]}, indent=2)
        )
    else:
        for problem in problems:
            print(_github(problem) if args.format == "github" else problem.format())
        _summary(problems, ladder is not None and not failed)
    return INVALID if failed else OK


def _page_problems(ladder: Ladder, args: argparse.Namespace) -> list[Problem]:
    """The macro problems of the hand-written pages that go with the ladder."""
    from generator.site.content_folder import content_dir
    from generator.site.page_check import check_pages

    folder = args.content if args.content is not None else content_dir(args.ladder)
    return check_pages(ladder, folder)


def _summary(problems: list[Problem], valid: bool) -> None:
    sys.stdout.flush()  # problems first, then the summary, when both streams share a terminal
    count_e, count_w = len(errors(problems)), len(warnings(problems))
    if valid and not problems:
        print("the ladder is valid", file=sys.stderr)
        return
    parts = [f"{count_e} error{'s' * (count_e != 1)}", f"{count_w} warning{'s' * (count_w != 1)}"]
    print(", ".join(parts), file=sys.stderr)


def _as_dict(problem: Problem) -> dict[str, object]:
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "severity": problem.severity,
        "message": problem.message,
        "check": problem.check or None,
    }


def _github(problem: Problem) -> str:
    """A GitHub Actions workflow command: shown as an annotation on the changed line."""

    def escape(text: str, *, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    return (
        f"::{problem.severity} file={escape(problem.path, prop=True)},line={problem.line},"
        f"col={problem.column}::{escape(problem.text)}"
    )
