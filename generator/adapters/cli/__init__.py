"""The `ladder` command: validate, build, export, schemas, stage, diff, new, init, versions.

Each group of verbs has its own module here, which adds its sub-commands (`add`) and runs
them. Exit codes are a contract (DESIGN.md §4): 0 when the ladder is valid, 1 when it has
problems, 2 for a wrong command line. A problem in an input file is printed as
`path:line:col: error: message`, never as a traceback. Heavy imports happen inside
each verb so `ladder validate` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator.adapters.cli import build, check, diff, init, new, outputs, versions
from generator.adapters.cli.common import USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        parser.print_usage(sys.stderr)
        return USAGE
    code: int = args.run(args)
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ladder",
        description="Validate a career ladder written in YAML and build its handbook.",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    for group in (check, build, outputs, diff, new, init, versions):
        group.add(verbs)
    return parser


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
