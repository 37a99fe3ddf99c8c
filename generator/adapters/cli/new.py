"""`ladder new KIND ID`: a commented starting file for a new role, competency, KPI or track."""

from __future__ import annotations

import argparse
import sys

from generator.adapters.cli.common import INVALID, OK, USAGE, Verbs, ladder_option


def add(verbs: Verbs) -> None:
    kinds = ("role", "competency", "kpi", "track")  # scaffold.KINDS, without importing pydantic
    new = verbs.add_parser("new", help="write a commented starting file for a new thing")
    new.add_argument("kind", choices=kinds, metavar="KIND", help=" | ".join(kinds))
    new.add_argument("id", metavar="ID", help="the id, which is also the file name")
    new.add_argument("--track", metavar="TRACK", help="for a role: the id of its track")
    ladder_option(new)
    new.set_defaults(run=_new)


def _new(args: argparse.Namespace) -> int:
    from generator.tools.scaffold import ScaffoldError, scaffold, write

    try:
        made = scaffold(args.kind, args.id, args.ladder, args.track)
    except ScaffoldError as error:
        print(f"ladder new: {error}", file=sys.stderr)
        return USAGE if error.usage else INVALID
    try:
        write(made)
    except FileExistsError:
        print(f"ladder new: {made.path} already exists; nothing written", file=sys.stderr)
        return INVALID
    print(f"wrote {made.path.as_posix()}")
    print("next:")
    for number, step in enumerate(made.next_steps, start=1):
        print(f"  {number}. {step}")
    return OK
