"""`ladder build`: build the site; a failed build leaves the last good site as it was."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.adapters.cli.common import INVALID, OK, Verbs


def add(verbs: Verbs) -> None:
    build = verbs.add_parser(
        "build",
        help="build the handbook site (mkdocs build --strict); on failure the previous site "
        "stays as it was",
    )
    build.add_argument(
        "--config-file", type=Path, metavar="FILE", help="the MkDocs configuration (mkdocs.yml)"
    )
    build.add_argument(
        "--site-dir",
        type=Path,
        metavar="DIR",
        help="where the site goes (default: site_dir of the configuration)",
    )
    build.add_argument(
        "--no-strict", action="store_true", help="let warnings pass (the default is strict)"
    )
    build.set_defaults(run=_build)


def _build(args: argparse.Namespace) -> int:
    from generator.adapters.safe_build import build

    site_dir = args.site_dir or _configured_site_dir(args.config_file)
    outcome = build(
        site_dir, config_file=args.config_file, strict=not args.no_strict, log=sys.stderr
    )
    print(f"ladder build: {outcome.message}", file=sys.stderr)
    return OK if outcome.ok else INVALID


def _configured_site_dir(config_file: Path | None) -> Path:
    """`site_dir` of mkdocs.yml, relative to the working folder when it is inside it."""
    from mkdocs.config import load_config

    from generator.problems import display_path

    config = load_config(config_file=str(config_file) if config_file else None)
    return Path(display_path(config.site_dir))
