"""`ladder export`, `schema`, `reference` and `stage`: write what the ladder becomes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.adapters.cli.common import INVALID, OK, Verbs, ladder_option, load_or_report
from generator.problems import errors


def add(verbs: Verbs) -> None:
    export = verbs.add_parser("export", help="write the resolved ladder as JSON or CSV")
    ladder_option(export)
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument(
        "--table",
        choices=sorted(_csv_tables()),
        default="roles",
        help="which table to write as CSV (default: roles)",
    )
    export.add_argument("--output", type=Path, help="write to this file instead of the terminal")
    export.set_defaults(run=_export)

    schema = verbs.add_parser("schema", help="write JSON Schemas for the YAML files (editor help)")
    schema.add_argument(
        "--out", type=Path, default=None, help="folder (default: generator/schemas)"
    )
    schema.add_argument(
        "--check",
        action="store_true",
        help="only check that the written schemas are current; exit 1 if not",
    )
    ladder_option(schema)
    schema.add_argument(
        "--ids-out",
        type=Path,
        default=None,
        metavar="DIR",
        help="where to write the schemas that list the ladder's own ids "
        "(default: .ladder-schemas beside the ladder folder; not committed)",
    )
    schema.add_argument(
        "--ids-only",
        action="store_true",
        help="write only the schemas with the ladder's ids (what make site and make serve do)",
    )
    schema.set_defaults(run=_schema)

    refresh = verbs.add_parser(
        "reference",
        help="refresh the field reference and macro tables in CONTRIBUTING.md from the code",
    )
    refresh.add_argument("--file", type=Path, default=Path("CONTRIBUTING.md"))
    refresh.add_argument("--check", action="store_true", help="exit 1 if it is out of date")
    refresh.set_defaults(run=_reference)

    stage = verbs.add_parser(
        "stage", help="write the handbook as a plain site project (mkdocs.yml and docs/)"
    )
    stage.add_argument("out", type=Path, metavar="DIR")
    ladder_option(stage)
    stage.add_argument(
        "--content",
        type=Path,
        default=Path("content"),
        help="folder of hand-written pages (default: content)",
    )
    stage.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="the site's settings to start from (default: mkdocs.yml beside the content folder)",
    )
    stage.set_defaults(run=_stage)


def _csv_tables() -> list[str]:
    from generator.tools.export import CSV_TABLES

    return list(CSV_TABLES)


def _export(args: argparse.Namespace) -> int:
    from generator.tools.export import as_csv, as_json

    ladder = load_or_report(args.ladder)
    if ladder is None:
        return INVALID
    text = as_json(ladder) if args.format == "json" else as_csv(ladder, args.table)
    if args.output:
        args.output.write_text(text, encoding="utf-8", newline="")
    else:
        sys.stdout.write(text)
    return OK


def _schema(args: argparse.Namespace) -> int:
    from generator.tools.schema import SCHEMA_DIR, stale_schemas, write_schemas

    out = args.out or SCHEMA_DIR
    if args.check:
        stale = stale_schemas(out)
        for name in stale:
            print(
                f"{out / name}: out of date; run `ladder schema` and commit the result",
                file=sys.stderr,
            )
        return INVALID if stale else OK
    if not args.ids_only:
        for path in write_schemas(out):
            print(path)
    for path in ladder_schemas(args.ladder, args.ids_out):
        print(path)
    return OK


def ladder_schemas(ladder_dir: Path, out: Path | None) -> list[Path]:
    """The schemas with the ladder's ids; the plain ones, with a note, while it has errors."""
    from generator.tools.schema import LADDER_SCHEMA_DIR, write_ladder_schemas
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(ladder_dir)
    if ladder is None or errors(problems):
        ladder = None
        print(
            f"{ladder_dir}: the ladder has errors, so its ids are not known; the editor schemas "
            "hold no ids until `ladder validate` passes and this runs again",
            file=sys.stderr,
        )
    return write_ladder_schemas(ladder, out or ladder_dir.parent / LADDER_SCHEMA_DIR)


def _reference(args: argparse.Namespace) -> int:
    from generator.tools.reference import refresh, stale_sections

    if args.check:
        stale = stale_sections(args.file)
        if stale:
            print(
                f"{args.file}: the {' and the '.join(stale)} {'is' if len(stale) == 1 else 'are'} "
                "out of date; run `ladder reference`",
                file=sys.stderr,
            )
            return INVALID
        return OK
    print(f"{args.file}: {'updated' if refresh(args.file) else 'already current'}")
    return OK


def _stage(args: argparse.Namespace) -> int:
    from generator.adapters.stage import stage

    problems = stage(args.ladder, args.content, args.out, config_file=args.config)
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    return INVALID if errors(problems) else OK
