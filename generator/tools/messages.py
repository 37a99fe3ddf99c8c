"""`make messages`: extract every phrase into ladder.pot and bring each catalogue in line.

The two pybabel steps, with their options in one place, so that the Makefile and the test
that checks the committed catalogues (tests/test_locale.py) run exactly the same thing:

- extract with `babel.cfg`, no source locations and sorted, so a moved line or a new file
  changes nothing in the catalogues, and without a header, so ladder.pot carries no date;
- update every `<language>/LC_MESSAGES/ladder.po` from it, without fuzzy guesses and without
  obsolete entries, keeping each catalogue's own POT-Creation-Date: with a date taken from
  the header-less template, every run would rewrite every catalogue.

Run on catalogues that are in sync, it leaves every file byte for byte as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface

from generator import locale

ROOT = Path(__file__).resolve().parents[2]
"""The repository: where babel.cfg is and where its source patterns start."""
PROJECT = "career-ladder-handbook"


def _pybabel(*arguments: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *arguments])  # type: ignore[no-untyped-call]


def sync(folder: Path = locale.FOLDER) -> None:
    """Re-extract ladder.pot into `folder` and update every catalogue below it."""
    template = folder / locale.TEMPLATE.name
    _pybabel(
        "extract",
        "--mapping-file",
        str(ROOT / "babel.cfg"),
        "--keyword",
        "N_",
        "--keyword",
        "NP_:1,2",
        "--no-location",
        "--sort-output",
        "--omit-header",
        "--project",
        PROJECT,
        "--output-file",
        str(template),
        str(ROOT),
    )
    _pybabel(
        "update",
        "--input-file",
        str(template),
        "--output-dir",
        str(folder),
        "--domain",
        locale.DOMAIN,
        "--no-fuzzy-matching",
        "--ignore-obsolete",
        "--ignore-pot-creation-date",
    )


if __name__ == "__main__":
    sync(Path(sys.argv[1]) if len(sys.argv) > 1 else locale.FOLDER)
