"""`ladder validate`: check every file of the ladder and report its problems."""

from __future__ import annotations

import argparse
import json
import sys

from generator.adapters.cli.common import INVALID, OK, Verbs, ladder_option
from generator.problems import Problem, errors, warnings


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
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(args.ladder)
    failed = bool(errors(problems)) or (args.strict and bool(problems))
    if args.format == "json":
        print(
            json.dumps({"valid": not failed, "problems": [_as_dict(p) for p in problems]}, indent=2)
        )
    else:
        for problem in problems:
            print(_github(problem) if args.format == "github" else problem.format())
        _summary(problems, ladder is not None and not failed)
    return INVALID if failed else OK


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
    }


def _github(problem: Problem) -> str:
    """A GitHub Actions workflow command: shown as an annotation on the changed line."""

    def escape(text: str, *, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    return (
        f"::{problem.severity} file={escape(problem.path, prop=True)},line={problem.line},"
        f"col={problem.column}::{escape(problem.message)}"
    )
