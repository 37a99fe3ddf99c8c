"""PLACEHOLDER, being replaced by the lead: load and validate a ladder directory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .ladder import Ladder
from .model import Competency, Handbook, Kpi, Role, Track
from .problems import Problem


def _text(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _text(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_text(v) for v in x]
    if isinstance(x, bool):
        return "true" if x else "false"
    return None if x is None else str(x)


def load_ladder(directory: Path) -> tuple[Ladder | None, list[Problem]]:
    def read(p: Path) -> Any:
        return _text(yaml.safe_load(p.read_text(encoding="utf-8")))

    handbook = Handbook.model_validate(read(directory / "handbook.yml"))
    tracks = [Track.model_validate(read(p)) for p in sorted((directory / "tracks").glob("*.yml"))]
    roles = [Role.model_validate(read(p)) for p in sorted((directory / "roles").glob("*.yml"))]
    comps = [Competency.model_validate(read(p)) for p in sorted((directory / "competencies").glob("*.yml"))]
    kpis = [Kpi.model_validate(read(p)) for p in sorted((directory / "kpis").glob("*.yml"))]
    tracks.sort(key=lambda t: (t.order, t.name))
    torder = {t.id: i for i, t in enumerate(tracks)}
    roles.sort(key=lambda r: (torder[r.track], r.level, r.title))
    corder = {c.id: i for i, c in enumerate(handbook.competency_categories)}
    comps.sort(key=lambda c: (corder[c.category], c.name))
    kpis.sort(key=lambda k: k.name)
    ladder = Ladder(
        handbook=handbook,
        tracks={t.id: t for t in tracks},
        roles={r.id: r for r in roles},
        competencies={c.id: c for c in comps},
        kpis={k.id: k for k in kpis},
    )
    return ladder, []
