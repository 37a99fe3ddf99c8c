"""`ladder init`: replace ladder/ and content/ with a small starter handbook for any
organisation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.adapters.cli.common import INVALID, OK, Verbs
from generator.adapters.cli.outputs import ladder_schemas
from generator.tools.init import DEFAULT_LANGUAGE, languages


def add(verbs: Verbs) -> None:
    init = verbs.add_parser(
        "init", help="start a new handbook here: a small valid ladder and starter pages"
    )
    init.add_argument(
        "--organisation",
        metavar="NAME",
        default=None,
        help='the organisation\'s name, shown in the site title (default: "Our organisation", '
        "in the starter's language)",
    )
    init.add_argument(
        "--language",
        metavar="CODE",
        default=DEFAULT_LANGUAGE,
        help=f"language of the starter: {', '.join(languages())} (default: {DEFAULT_LANGUAGE})",
    )
    init.add_argument(
        "--force", action="store_true", help="replace ladder/ and content/ when they hold files"
    )
    init.set_defaults(run=_init)


def _init(args: argparse.Namespace) -> int:
    from generator.tools.init import InitError, default_organisation, init
    from generator.tools.schema import LADDER_SCHEMA_DIR

    organisation = args.organisation or default_organisation(args.language)
    try:
        written = init(Path("."), organisation, args.language, args.force)
    except InitError as error:
        print(f"ladder init: {error}", file=sys.stderr)
        return INVALID
    folders = " and ".join(f"{p.as_posix()}/" for p in written.folders)
    print(f"wrote a starter handbook to {folders} ({written.files} files)")
    # The editor's schemas listed the old ladder's ids: an editor would flag every id of the
    # starter as unknown until the next `make site`.
    ladder_schemas(Path("ladder"), None)
    print(f"wrote the editor schemas with the starter's ids to {LADDER_SCHEMA_DIR}/")
    print("next:")
    steps = [
        "edit ladder/handbook.yml: your organisation's description, values and reviews",
        "replace the example track, roles, competencies and KPI in ladder/ with your own "
        "(`ladder new role ID --track TRACK` writes a commented starting file)",
        "run `ladder validate`, then `make site` or `make serve` to read the result",
    ]
    for number, step in enumerate(steps, start=1):
        print(f"  {number}. {step}")
    return OK
