"""What every verb of the `ladder` command shares: exit codes, the --ladder option, loading."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # imported by each verb when it runs, so `ladder --help` starts fast
    from generator.ladder import Ladder

OK, INVALID, USAGE = 0, 1, 2
"""Exit codes are a contract (DESIGN.md §4): valid, problems found, wrong command line."""

Verbs: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""The sub-command group each verb module adds its parsers to."""


def ladder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ladder",
        type=Path,
        default=Path("ladder"),
        metavar="DIR",
        help="the ladder folder (default: ladder)",
    )


def load_or_report(directory: Path) -> Ladder | None:
    """The ladder, or None after printing its problems to stderr."""
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(directory)
    if ladder is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print("the ladder has errors; run `ladder validate` for details", file=sys.stderr)
    return ladder
