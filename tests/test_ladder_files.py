"""BAD_INPUTS 27-29: which files are read, what their names may hold, what hints say, output.

Only regular files inside the ladder folder are read; a FIFO, socket, device or link is named
for what it is and never opened; names with control characters are refused; every hint names
a valid value; printed problems never carry a control character or a workflow command.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import problems_of

from generator.model.types import is_slug, suggest_slug
from generator.problems import Problem, escape_text
from generator.read.files import NotReadable, read_regular
from generator.validate.folder import load_ladder

ROOT = Path(__file__).parent.parent


def validate(ladder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--ladder", str(ladder), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# -- BAD_INPUTS 29: only regular files ---------------------------------------------------------


@pytest.mark.parametrize("where", ["roles/x.yml", "kpis/fifo.yml", "handbook.yml", "roles"])
def test_a_fifo_is_refused_without_blocking(ladder_dir: Path, where: str) -> None:
    path = ladder_dir / where
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
    os.mkfifo(path)
    started = time.monotonic()
    found = validate(ladder_dir)  # a subprocess: a read that blocked would hit the timeout
    assert time.monotonic() - started < 30
    assert found.returncode == 1
    assert (
        f"ladder/{where}:1:1: error: this is a FIFO (named pipe), not a regular file or folder; "
        "the ladder reads only regular files: replace it with a .yml file"
    ) in found.stdout


def test_a_socket_is_refused(ladder_dir: Path) -> None:
    path = ladder_dir / "roles" / "s.yml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert (
            "ladder/roles/s.yml:1:1: error: this is a socket, not a regular file or folder; "
            in ("\n".join(problems_of(ladder_dir)))
        )
    finally:
        server.close()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_link_to_a_device_is_refused(ladder_dir: Path, device: str) -> None:
    (ladder_dir / "roles" / "dev.yml").symlink_to(device)
    assert (
        "ladder/roles/dev.yml:1:1: error: this is a symbolic link leading outside the ladder "
        "folder; symbolic links are not allowed; copy the file or folder itself here"
    ) in problems_of(ladder_dir)


def test_a_link_inside_the_ladder_is_named_as_a_link(ladder_dir: Path) -> None:
    (ladder_dir / "roles" / "copy.yml").symlink_to("rep.yml")
    assert (
        "ladder/roles/copy.yml:1:1: error: this is a symbolic link; symbolic links are not "
        "allowed; copy the file or folder itself here"
    ) in problems_of(ladder_dir)


@pytest.mark.parametrize("name", ["roles", "kpis", "handbook.yml"])
def test_a_linked_folder_or_handbook_is_named_as_a_link(ladder_dir: Path, name: str) -> None:
    outside = ladder_dir.parent / f"elsewhere-{name}"
    (ladder_dir / name).rename(outside)
    (ladder_dir / name).symlink_to(outside.resolve())
    found = problems_of(ladder_dir)
    assert (
        f"ladder/{name}:1:1: error: this is a symbolic link leading outside the ladder folder; "
        "symbolic links are not allowed; copy the file or folder itself here"
    ) in found
    assert not any("unexpected" in line for line in found), found


def test_a_device_read_directly_is_refused_before_reading() -> None:
    with pytest.raises(NotReadable, match="this is a character device, not a regular file"):
        read_regular(Path("/dev/zero"), 100)


def test_reading_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.yml"
    with big.open("wb") as file:
        file.truncate(10_000_000)
    data, size = read_regular(big, 1000)
    assert (data, size) == (b"", 10_000_000)
    small = tmp_path / "small.yml"
    small.write_bytes(b"a: b\n")
    assert read_regular(small, 1000) == (b"a: b\n", 5)


# -- BAD_INPUTS 28: names with control characters, escaped output ------------------------------

HOSTILE_NAMES = [
    "x\n::warning title=Owned::pwned\n.yml",
    "x\r::error::y.yml",
    "tab\there.yml",
    "esc\x1b[31mred.yml",
    "bell\x07.yml",
    "rtl\u202eplh.yml",
    "nel\x85.yml",
    "zw\u200bsp.yml",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@pytest.mark.parametrize("output", ["text", "github", "json"])
def test_a_file_name_with_control_characters_is_refused_and_escaped(
    ladder_dir: Path, name: str, output: str
) -> None:
    (ladder_dir / "roles" / name).write_text("id: x\n", encoding="utf-8")
    found = validate(ladder_dir, "--format", output)
    assert found.returncode == 1
    everything = found.stdout + found.stderr
    for line in everything.splitlines():
        assert not line.startswith("::warning"), line
        if output != "github":
            assert not line.startswith("::"), line
        assert all(c.isprintable() or c == " " for c in line), repr(line)
    if output == "json":
        (problem,) = json.loads(found.stdout)["problems"]
        message = problem["message"]
    else:
        (message,) = [line for line in found.stdout.splitlines() if "the name holds" in line]
    assert "rename it with letters, digits and hyphens only, such as" in message


def test_a_suggested_file_name_is_valid(ladder_dir: Path) -> None:
    (ladder_dir / "roles" / "bad\nname.yml").write_text("id: x\n", encoding="utf-8")
    assert problems_of(ladder_dir) == [
        "ladder/roles/bad\\nname.yml:1:1: error: the name holds a tab or line break (U+000A); "
        'rename it with letters, digits and hyphens only, such as "bad-name.yml"'
    ]


def test_problems_escape_what_they_carry() -> None:
    problem = Problem("ladder/a\n::warning::x.yml", 2, 3, 'title "\x1b]0;owned\x07" \u202e é 日本')
    assert problem.format() == (
        'ladder/a\\n::warning::x.yml:2:3: error: title "\\x1b]0;owned\\x07" \\u202e é 日本'
    )
    assert Problem("::set-output name=x::y", 1, 1, "m").format().startswith("./::set-output")
    assert escape_text("plain text, über 100 %") == "plain text, über 100 %"
    assert escape_text("a\u2028b\u00a0c\U000e0041") == "a\\u2028b\u00a0c\\U000e0041"


def test_an_escaped_control_character_in_a_value_is_never_printed_raw(ladder_dir: Path) -> None:
    rep = ladder_dir / "roles" / "rep.yml"
    text = rep.read_text(encoding="utf-8")
    rep.write_text(text.replace("level: 1\n", 'level: 1\n"a\\nb\\u001b": x\n'), encoding="utf-8")
    found = validate(ladder_dir, "--format", "github")
    assert found.returncode == 1
    assert "\x1b" not in found.stdout
    assert all(line.startswith("::error file=") for line in found.stdout.splitlines())


# -- BAD_INPUTS 27: every suggestion is itself valid -------------------------------------------


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("Account Lead", "account-lead"),
        ("prosp\u0435cting", "prospecting"),
        ("\u0440\u0435\u0440", "pep"),
        ("Négociation", "negociation"),
        ("CON", "con-1"),
        ("nul", "nul-1"),
        ("日本", "my-id"),
        ("--a--b--", "a-b"),
        ("x" * 100, "x" * 64),
        ("a" * 63 + "-b", "a" * 63),
    ],
)
def test_suggested_ids_are_valid(stem: str, expected: str) -> None:
    assert suggest_slug(stem) == expected
    assert is_slug(expected)


def test_a_file_name_that_is_no_id_is_told_to_rename_only(ladder_dir: Path) -> None:
    (ladder_dir / "roles" / "rep.yml").rename(ladder_dir / "roles" / "Sales Rep.yml")
    assert problems_of(ladder_dir) == [
        'ladder/roles/Sales Rep.yml:3:5: error: the id "rep" must match the file name '
        '"Sales Rep.yml", which is not a valid id: rename the file to "rep.yml"'
    ]


def test_a_yaml_suffix_is_told_a_valid_name(ladder_dir: Path) -> None:
    (ladder_dir / "roles" / "rep.yml").rename(ladder_dir / "roles" / "Account Lead.yaml")
    found = problems_of(ladder_dir)
    assert 'ladder/roles/Account Lead.yaml:1:1: error: rename the file to "account-lead.yml"' in (
        found
    )


def test_a_cyrillic_letter_in_a_competency_key_suggests_the_latin_id(ladder_dir: Path) -> None:
    rep = ladder_dir / "roles" / "rep.yml"
    text = rep.read_text(encoding="utf-8")
    rep.write_text(text.replace("  discovery: basic", "  disc\u043every: basic"), encoding="utf-8")
    found = problems_of(ladder_dir)
    assert found[0] == (
        'ladder/roles/rep.yml:23:3: error: "disc\u043every" is not a valid id: use lowercase '
        'letters, digits and single hyphens, like "discovery"'
    )


# -- BAD_INPUTS 30: CSV cells a spreadsheet would run ------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        """'=HYPERLINK("http://example.invalid","Click")'""",
        "'+1+1'",
        "'-2+3'",
        "'@SUM(A1:A9)'",
        '"\\tindented"',
        '"\\r=1"',
        "'=cmd|'' /C calc''!A0'",
    ],
)
def test_csv_cells_that_start_a_formula_are_quoted(ladder_dir: Path, title: str) -> None:
    import csv
    import io

    from generator.tools.export import CSV_TABLES, as_csv

    rep = ladder_dir / "roles" / "rep.yml"
    text = rep.read_text(encoding="utf-8")
    rep.write_text(text.replace("title: Sales rep", f"title: {title}"), encoding="utf-8")
    ladder, problems = load_ladder(ladder_dir)
    assert ladder is not None, problems
    typed = ladder.roles["rep"].title
    rows = list(csv.DictReader(io.StringIO(as_csv(ladder, "roles"), newline="")))
    (row,) = [row for row in rows if row["id"] == "rep"]
    assert row["title"] == "'" + typed
    for table in CSV_TABLES:  # no cell of any table starts a formula
        for line in csv.reader(io.StringIO(as_csv(ladder, table), newline="")):
            assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in line)
            assert not any(cell.startswith("-") and not _number(cell) for cell in line)


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_keeps_negative_numbers_and_ordinary_text(ladder_dir: Path) -> None:
    from generator.tools.export import inert_cell

    assert inert_cell(-5) == -5
    assert inert_cell(-5.5) == -5.5
    assert inert_cell("Sales rep") == "Sales rep"
    assert inert_cell("a=b") == "a=b"
    assert inert_cell("=1") == "'=1"
    assert inert_cell("") == ""


# -- BAD_INPUTS 28: the MkDocs log ------------------------------------------------------------


def test_the_mkdocs_log_escapes_what_it_prints() -> None:
    import io
    import logging

    from generator.adapters import log_safety

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("mkdocs.test-log-safety")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        log_safety.install("mkdocs.test-log-safety")
        log_safety.install("mkdocs.test-log-safety")  # once per handler, however often called
        assert sum(type(f).__name__ == "SafeRecords" for f in handler.filters) == 1
        logger.warning("Doc file 'x\n::warning title=Owned::pwned\n.md' has \x1b[31m%s", "red")
        logger.warning(
            "# _Macro Rendering Error_\n\n_File_: `guide.md`\n\n_MacroError_: no role "
            '"gone"\n\n```\nTraceback (most recent call last):\n  File "x.py"\n```\n'
        )
    finally:
        logger.removeHandler(handler)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "Doc file 'x"
    assert lines[1] == "  ::warning title=Owned::pwned"  # never at the start of a line
    assert lines[2] == "  .md' has \\x1b[31mred"
    assert lines[3] == 'guide.md: error: no role "gone"'
    assert "Traceback" not in stream.getvalue()
