"""The comments of a `ladder new` starting file: each key's meaning from the models' docstrings.

Kept apart from the scaffolds themselves so that the words an editor reads at the top of a new
file, and the way docstrings become YAML comments, live in one place.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from generator.problems import display_path
from generator.tools.schema import SCHEMA_DIR

Kind = Literal["role", "competency", "kpi", "track"]
WIDTH = 96
OPTIONAL_NOTE = (
    "Only id, title, track and level are required. Remove any section below that your "
    "framework does not have: the pages then leave it out."
)
LEVEL_NOTE = (
    "Write each level starting with a verb, with no subject, as CONTRIBUTING.md says. A level "
    "may also answer the four assessment questions instead of one text, for example:"
)


# -- comments -----------------------------------------------------------------------------------


def describe(model: type[BaseModel], name: str) -> str:
    return model.model_fields[name].description or ""


def doc(model: type[BaseModel], name: str, indent: int = 0) -> str:
    """The field's docstring as YAML comment lines."""
    return comment(describe(model, name), indent)


def comment(text: str, indent: int = 0) -> str:
    pad = " " * indent
    lines = textwrap.wrap(text, width=WIDTH - indent - 2) or [""]
    return "\n".join(f"{pad}# {line}".rstrip() for line in lines)


def header(path: Path, kind: Kind, label: str | None = None) -> str:
    target = SCHEMA_DIR / f"{kind}.schema.json"
    try:
        relative = os.path.relpath(target, path.parent.resolve())
    except ValueError:  # another drive on Windows
        relative = str(target)
    return (
        f"# yaml-language-server: $schema={relative.replace(os.sep, '/')}\n"
        "#\n"
        f"# A new {label or kind}, started by `ladder new {kind}`. Replace every TODO, keep the\n"
        "# indentation (two spaces per level, never tabs), then run `ladder validate`.\n"
        "# CONTRIBUTING.md lists every key; each comment below says what its key means.\n"
    )


def validate_step(ladder: Path) -> str:
    where = display_path(ladder)
    option = "" if where == "ladder" else f" --ladder {where}"
    return f"run `ladder validate{option}`"


TODO_TITLE = "# TODO check the title (written from the id)"
TODO_NAME = "# TODO check the name (written from the id)"
