"""Front matter of hand-written pages, split exactly as MkDocs splits it."""

from __future__ import annotations

import re

import yaml

# The front matter MkDocs recognises (mkdocs.utils.meta), so both adapters split pages alike.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter block including its fences, body) as MkDocs splits a page."""
    match = FRONT_MATTER.match(text)
    if not match:
        return "", text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return "", text
    if not isinstance(data, dict):
        return "", text
    return text[: match.end()], text[match.end() :].lstrip("\n")


def opts_in(front_matter: str) -> bool:
    match = FRONT_MATTER.match(front_matter)
    if not match:
        return False
    data = yaml.safe_load(match.group(1))
    return isinstance(data, dict) and data.get("render_macros") is True
