"""`ladder init`: start a new handbook in place, for any organisation.

An organisation that forks the repository gets the example company's ladder and pages. This
replaces both with a small valid ladder (one track, two roles, two competencies, one KPI, the
method's texts in `handbook.yml`) and hand-written pages that fit any ladder: they quote the
ladder only through macros that work whatever it holds (counts, lists, overview links, the
review cadence, plan stages), so they keep building while the organisation rewrites the
ladder.

The starter files live in `starter/<language>/ladder/` and `starter/<language>/content/`;
a language is added by adding its folder. `handbook.yml` is the only file that is filled
in: the organisation's name, the language, the first version and today's date.

Folders that already hold files are never overwritten unless the caller says so (`force`),
and then each is replaced whole, so no file of the old ladder is left behind to contradict
the new one.
"""

from __future__ import annotations

import datetime
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator import locale
from generator.locale import N_
from generator.problems import display_path

STARTER = Path(__file__).parent / "starter"
FOLDERS = ("ladder", "content")
DEFAULT_LANGUAGE = "en"
DEFAULT_ORGANISATION = N_("Our organisation")
"""The organisation's name when none is given, in the starter's language."""


class InitError(Exception):
    """Why nothing was written."""


@dataclass(frozen=True)
class Written:
    folders: list[Path]
    files: int


def languages() -> list[str]:
    """The languages that have starter files."""
    return sorted(p.name for p in STARTER.iterdir() if (p / "ladder").is_dir())


def default_organisation(language: str) -> str:
    """The name a handbook started in `language` gets when none is given."""
    if language not in locale.available():
        return DEFAULT_ORGANISATION
    with locale.use(language):
        return locale.gettext(DEFAULT_ORGANISATION)


def starter_files(organisation: str, language: str, today: datetime.date) -> dict[str, str]:
    """Every starter file by its path under the handbook's root ("ladder/handbook.yml")."""
    if language not in languages():
        raise InitError(
            f'no starter pages in the language "{language}"; available: {", ".join(languages())}'
        )
    if not organisation.strip() or "\n" in organisation:
        raise InitError("give the organisation's name on one line, such as --organisation Acme")
    source = STARTER / language
    files: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted((source / folder).rglob("*")):
            if path.is_file():
                files[path.relative_to(source).as_posix()] = path.read_text(encoding="utf-8")
    handbook = "ladder/handbook.yml"
    files[handbook] = _fill(files[handbook], organisation, language, today)
    return files


def _fill(text: str, organisation: str, language: str, today: datetime.date) -> str:
    from generator.model.handbook import Handbook  # imported here: `ladder --help` stays fast

    # JSON strings are YAML strings: any name, quotes and colons included, stays one value.
    language_line = f"language: {language}\n" if "language" in Handbook.model_fields else ""
    return (
        text.replace("__ORGANISATION__", json.dumps(organisation.strip(), ensure_ascii=False))
        .replace("# __LANGUAGE__\n", language_line)
        .replace("__VERSION__", f"{today.year}.1")
        .replace("__DATE__", today.isoformat())
    )


def init(
    root: Path,
    organisation: str = DEFAULT_ORGANISATION,
    language: str = DEFAULT_LANGUAGE,
    force: bool = False,
    today: datetime.date | None = None,
) -> Written:
    """Write the starter handbook into `root`; raises InitError, having written nothing."""
    files = starter_files(organisation, language, today or datetime.date.today())
    targets = [root / folder for folder in FOLDERS]
    for target in targets:
        if target.is_symlink() or (target.exists() and not target.is_dir()):
            raise InitError(f"{display_path(target)} is not a folder; move it away first")
    taken = [t for t in targets if t.is_dir() and any(t.iterdir())]
    if taken and not force:
        names = " and ".join(f"{display_path(t)}/" for t in taken)
        raise InitError(
            f"{names} already hold{'s' * (len(taken) == 1)} files; nothing was written. "
            "Run `ladder init --force` to replace ladder/ and content/ with the starter "
            "handbook (commit or copy what you want to keep first)"
        )
    for target in taken:
        shutil.rmtree(target)
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return Written(targets, len(files))
