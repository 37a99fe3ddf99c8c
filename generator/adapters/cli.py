"""The `ladder` command: validate, export, schemas, stage the docs tree, diff, new, versions.

Exit codes are a contract (DESIGN.md §4): 0 when the ladder is valid, 1 when it has
problems, 2 for a wrong command line. A problem in an input file is printed as
`path:line:col: error: message`, never as a traceback. Heavy imports happen inside
each verb so `ladder validate` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.problems import Problem, errors, warnings

if TYPE_CHECKING:
    from generator.ladder import Ladder

OK, INVALID, USAGE = 0, 1, 2


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

    validate = verbs.add_parser(
        "validate", help="check every file of the ladder and report problems"
    )
    _ladder_option(validate)
    validate.add_argument(
        "--format",
        choices=["text", "github", "json"],
        default="text",
        help="text (path:line:col), github (annotations) or json",
    )
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(run=_validate)

    export = verbs.add_parser("export", help="write the resolved ladder as JSON or CSV")
    _ladder_option(export)
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
    schema.set_defaults(run=_schema)

    refresh = verbs.add_parser(
        "reference", help="refresh the YAML field reference in CONTRIBUTING.md from the models"
    )
    refresh.add_argument("--file", type=Path, default=Path("CONTRIBUTING.md"))
    refresh.add_argument("--check", action="store_true", help="exit 1 if it is out of date")
    refresh.set_defaults(run=_reference)

    stage = verbs.add_parser("stage", help="write the complete docs tree for any site engine")
    stage.add_argument("out", type=Path, metavar="DIR")
    _ladder_option(stage)
    stage.add_argument(
        "--content",
        type=Path,
        default=Path("content"),
        help="folder of hand-written pages (default: content)",
    )
    stage.set_defaults(run=_stage)

    _diff_parser(verbs)
    _new_parser(verbs)
    _versions_parser(verbs)
    return parser


def _ladder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ladder",
        type=Path,
        default=Path("ladder"),
        metavar="DIR",
        help="the ladder folder (default: ladder)",
    )


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


def _load_or_report(directory: Path) -> object | None:
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(directory)
    if ladder is None:
        for problem in problems:
            print(problem.format(), file=sys.stderr)
        print("the ladder has errors; run `ladder validate` for details", file=sys.stderr)
    return ladder


def _csv_tables() -> list[str]:
    from generator.tools.export import CSV_TABLES

    return list(CSV_TABLES)


def _export(args: argparse.Namespace) -> int:
    from generator.ladder import Ladder
    from generator.tools.export import as_csv, as_json

    ladder = _load_or_report(args.ladder)
    if not isinstance(ladder, Ladder):
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
    for path in write_schemas(out):
        print(path)
    return OK


def _reference(args: argparse.Namespace) -> int:
    from generator.tools.reference import current_section, reference, refresh

    if args.check:
        if current_section(args.file) != reference():
            print(
                f"{args.file}: the field reference is out of date; run `ladder reference`",
                file=sys.stderr,
            )
            return INVALID
        return OK
    print(f"{args.file}: {'updated' if refresh(args.file) else 'already current'}")
    return OK


def _stage(args: argparse.Namespace) -> int:
    from generator.site.docs_tree import stage

    problems = stage(args.ladder, args.content, args.out)
    for problem in problems:
        print(problem.format(), file=sys.stderr)
    return INVALID if errors(problems) else OK


# -- diff, new, versions (issue 6) ------------------------------------------------------------


def _diff_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


def _new_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kinds = ("role", "competency", "kpi", "track")  # scaffold.KINDS, without importing pydantic
    new = verbs.add_parser("new", help="write a commented starting file for a new thing")
    new.add_argument("kind", choices=kinds, metavar="KIND", help=" | ".join(kinds))
    new.add_argument("id", metavar="ID", help="the id, which is also the file name")
    new.add_argument("--track", metavar="TRACK", help="for a role: the id of its track")
    _ladder_option(new)
    new.set_defaults(run=_new)


def _versions_parser(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    _ladder_option(build)
    build.set_defaults(run=_versions_build)


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


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
