"""Front matter: hand-written pages' split exactly as MkDocs splits it, and the search weight
each kind of generated page asks for (`search: boost:`, written by page.md.j2).

The weights say which page answers a search best when titles match equally well: a role's
page before its track's page of the same name, the KPI catalogue before the role pages that
set targets for a KPI, a competency's page before a role page's section on it, and every
transition guide, expectations document and self-assessment after the role page they come
from. The site's search weighs each result further by how much of its title the query
matches (generator/site/search_index.py), so "Account executive" comes before "Senior
account executive" and a track's page before "Sales engineering manager".
"""

from __future__ import annotations

import re

import yaml
from markupsafe import Markup

# The front matter MkDocs recognises (mkdocs.utils.meta), so both adapters split pages alike.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


SEARCH_WEIGHTS: dict[str, float] = {
    "kpis.md.j2": 4,
    "role.md.j2": 3,
    "track.md.j2": 2.9,
    "competency.md.j2": 2,
    "transition.md.j2": 0.5,
    "expectations.md.j2": 0.5,
    "self_assessment.md.j2": 0.5,
}
"""Search weight by page template; a page of another kind (the indexes, the map, hand-written
pages) weighs 1, Material's default."""


def search_weight(template: str) -> dict[str, Markup]:
    """The template context that gives a generated page its search weight, if it has one,
    written as YAML reads a number in every language (2.9, never the French 2,9)."""
    weight = SEARCH_WEIGHTS.get(template)
    return {} if weight is None else {"search_boost": Markup(f"{weight:g}")}


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
