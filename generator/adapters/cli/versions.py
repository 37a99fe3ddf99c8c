"""`ladder versions build`: build every released ladder version side by side."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.adapters.cli.common import INVALID, OK, Verbs, ladder_option


def add(verbs: Verbs) -> None:
    versions = verbs.add_parser("versions", help="build every released ladder version")
    actions = versions.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser(
        "build",
        help="build main into OUT/latest/ and each tag ladder-<version> into OUT/<version>/",
    )
    build.add_argument("--out", type=Path, required=True, metavar="DIR")
    build.add_argument(
        "--latest",
        type=Path,
        metavar="SITE",
        help="reuse this already built site of the working tree (such as site/) as latest/",
    )
    build.add_argument(
        "--build-command",
        metavar="COMMAND",
        help="the build to run in each source tree; {site_dir} is replaced "
        "(default: mkdocs build --strict --site-dir {site_dir})",
    )
    build.add_argument("--tag-prefix", default="ladder-", metavar="PREFIX")
    build.add_argument(
        "--site-url",
        metavar="URL",
        help="the published address; each build gets SITE_URL=URL/<version>/ (see mkdocs.yml)",
    )
    ladder_option(build)
    build.set_defaults(run=_versions_build)


def _versions_build(args: argparse.Namespace) -> int:
    import shlex

    from generator.tools.versions import DEFAULT_BUILD, Build, VersionsError, build_all

    command = shlex.split(args.build_command) if args.build_command else DEFAULT_BUILD
    build = Build(
        out=args.out,
        command=command,
        latest_site=args.latest,
        ladder=args.ladder,
        prefix=args.tag_prefix,
        site_url=args.site_url,
    )
    try:
        entries = build_all(build, log=sys.stderr)
    except VersionsError as error:
        print(f"ladder versions build: {error}", file=sys.stderr)
        return INVALID
    for entry in entries:
        aliases = entry["aliases"]
        shown = (
            f" ({', '.join(map(str, aliases))})" if isinstance(aliases, list) and aliases else ""
        )
        print(f"{args.out.as_posix()}/{entry['version']}/{shown}")
    return OK
