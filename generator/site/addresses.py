"""Addresses: where each generated page lives, and its anchors, derived from ids only.

DESIGN.md §3: a link in a review keeps working when a title changes, so no address uses a
title. Page paths are docs-relative Markdown sources ("roles/x/index.md"); the site serves
them at directory addresses ("roles/x/", see `served_at`). Anchors on a page are the ids of
the things it lists (a competency, a KPI, a value, a proficiency level), except changelog
entries (`version_anchor`). Former ids keep their old addresses as redirects
(`former_addresses`). Every module that names a page asks this one.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.ladder import Ladder


MAP = "map/index.md"
TRACKS = "tracks/index.md"
ROLES = "roles/index.md"
COMPETENCIES = "competencies/index.md"
MATRICES = "matrices/index.md"
KPIS = "kpis/index.md"
"""The KPI catalogue; each KPI's entry is the anchor of its id."""
VALUES = "values/index.md"
"""The company values; each value's entry is the anchor of its id."""
CHANGELOG = "changelog/index.md"
"""Each version's entry is the anchor `version_anchor(version)`."""


# -- one page per thing ---------------------------------------------------------------------
def role_path(role_id: str) -> str:
    """A role page; each competency and KPI section on it has the anchor of its id."""
    return f"roles/{role_id}/index.md"


def transition_path(source_id: str, target_id: str) -> str:
    return f"roles/{source_id}/to/{target_id}/index.md"


def expectations_path(role_id: str) -> str:
    return f"roles/{role_id}/expectations/index.md"


def self_assessment_path(role_id: str) -> str:
    return f"roles/{role_id}/self-assessment/index.md"


def track_path(track_id: str) -> str:
    return f"tracks/{track_id}/index.md"


def competency_path(competency_id: str) -> str:
    """A competency page; each proficiency level's descriptor has the anchor of its id."""
    return f"competencies/{competency_id}/index.md"


def matrix_path(track_id: str) -> str:
    return f"matrices/{track_id}/index.md"


class Paths:
    """Every address, for templates: `link(paths.role(role.id), "discovery")`."""

    role = staticmethod(role_path)
    transition = staticmethod(transition_path)
    expectations = staticmethod(expectations_path)
    self_assessment = staticmethod(self_assessment_path)
    track = staticmethod(track_path)
    competency = staticmethod(competency_path)
    matrix = staticmethod(matrix_path)

    @staticmethod
    def map() -> str:
        return MAP

    @staticmethod
    def tracks() -> str:
        return TRACKS

    @staticmethod
    def roles() -> str:
        return ROLES

    @staticmethod
    def competencies() -> str:
        return COMPETENCIES

    @staticmethod
    def matrices() -> str:
        return MATRICES

    @staticmethod
    def kpis() -> str:
        return KPIS

    @staticmethod
    def values() -> str:
        return VALUES

    @staticmethod
    def changelog() -> str:
        return CHANGELOG


PATHS = Paths()


def version_anchor(version: str) -> str:
    """#v2026-2 for version "2026.2": a stable anchor for each changelog entry."""
    return "v" + (re.sub(r"[^a-z0-9]+", "-", version.lower()).strip("-") or "0")


# -- served addresses --------------------------------------------------------------------------
def served_at(path: str) -> str:
    """The address a docs file is served at with directory URLs: "roles/x/index.md" and
    "roles/x.md" are both "roles/x/"; any other file keeps its own path."""
    if path.endswith(".md"):
        stem = path[: -len(".md")]
        folder, name = posixpath.split(stem)
        if name in ("index", "README"):
            return f"{folder}/" if folder else ""
        return f"{stem}/"
    if posixpath.basename(path) == "index.html":
        folder = posixpath.dirname(path)
        return f"{folder}/" if folder else ""
    return path


def file_for(address: str) -> str:
    """Where the file for a directory address goes: "roles/x/" -> "roles/x/index.html"."""
    return posixpath.join(address.strip("/"), "index.html") if address.strip("/") else "index.html"


def former_addresses(ladder: Ladder) -> dict[str, str]:
    """Old address -> current address, for every former id (links never break)."""
    redirects: dict[str, str] = {}
    for role in ladder.roles.values():
        for old in role.former_ids:
            for page in (role_path, expectations_path, self_assessment_path):
                redirects[served_at(page(old))] = served_at(page(role.id))
    for competency in ladder.competencies.values():
        for old in competency.former_ids:
            redirects[served_at(competency_path(old))] = served_at(competency_path(competency.id))
    return redirects
