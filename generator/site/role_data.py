"""The self-assessment page's embedded data: what its script needs, without another request."""

from __future__ import annotations

import html
import json
from typing import Any

from markupsafe import Markup

from generator.ladder import Ladder, Move
from generator.model import Kpi, KpiTarget, Role
from generator.site.index import Index, Requirement
from generator.site.script_strings import script_strings
from generator.site.script_wording import script_wording


def role_data(ladder: Ladder, index: Index, role: Role) -> RoleData:
    """What the self-assessment page embeds as JSON for its script.

    Everything the script needs without another request: the scales, what the role and
    each role it can move to require (with the four-question descriptor at that level),
    the KPI targets, each move's readiness rule (its own, else the handbook's), trial
    activities and new responsibilities (plan stages two and three), the plan stages,
    and the former ids of roles, competencies and KPIs, so a file saved under an older
    ladder version still maps onto the items that exist now. Texts are the raw YAML
    strings: the script inserts them as text, never as HTML. `wording` holds the handbook's
    formatting rules (`generator.site.script_wording.script_wording`), so the script writes
    amounts, months and percentages as the pages do; `strings` every text the script shows,
    in the handbook's language (`generator.site.script_strings.script_strings`).
    """
    handbook = ladder.handbook

    def requirement(req: Requirement) -> dict[str, Any]:
        entry = {
            "id": req.competency.id,
            "name": req.competency.name,
            "required": req.proficiency,
            "required_rank": index.ranks[req.proficiency] if req.proficiency else None,
            # Only the parts a level has: a level may be one text, or some of the questions.
            "descriptor": req.descriptor.model_dump(exclude_none=True) if req.descriptor else None,
            "former_ids": list(req.competency.former_ids),
        }
        if req.expectation is not None:
            entry["expectation"] = req.expectation
        return entry

    def kpi_entry(kpi: Kpi, target: KpiTarget) -> dict[str, Any]:
        return {
            "id": kpi.id,
            "name": kpi.name,
            "unit": kpi.unit,
            "direction": kpi.direction,
            "period": kpi.period,
            "currency": kpi.currency,
            "scale_max": kpi.scale.max if kpi.scale else None,
            "former_ids": list(kpi.former_ids),
            **target.model_dump(mode="json", exclude={"ramp"}),
        }

    def move_entry(move: Move) -> dict[str, Any]:
        transition, target = move.transition, move.target
        return {
            "to": target.id,
            "title": target.title,
            "summary": transition.summary,
            "kind": transition.kind,
            "typical_time": (
                transition.typical_time.model_dump(mode="json") if transition.typical_time else None
            ),
            "readiness": ladder.readiness_for(move).model_dump(mode="json"),
            "competencies": [requirement(r) for r in index.requirements(target)],
            "kpis": [kpi_entry(k, t) for k, t in index.targets(target)],
            "trial_activities": list(transition.trial_activities),
            "new_responsibilities": list(transition.new_responsibilities),
            "lower_proficiency": dict(transition.lower_proficiency),
            "former_ids": list(target.former_ids),
        }

    stages = handbook.plan_stages
    return RoleData(
        {
            "ladder_version": handbook.version,
            "role": {
                "id": role.id,
                "title": role.title,
                "track": role.track,
                "summary": role.summary,
                "former_ids": list(role.former_ids),
            },
            "proficiency_scale": [
                {"id": p.id, "name": p.name, "rank": n}
                for n, p in enumerate(handbook.proficiency_scale, 1)
            ],
            "rating_scale": [
                {"id": r.id, "name": r.name, "meaning": r.meaning, "proficiency": r.proficiency}
                for r in handbook.rating_scale
            ],
            "competencies": [requirement(r) for r in index.requirements(role)],
            "kpis": [kpi_entry(k, t) for k, t in index.targets(role)],
            "readiness_default": handbook.readiness.model_dump(mode="json"),
            "plan_stages": [
                {"id": key, **stage.model_dump(mode="json")}
                for key, stage in (
                    ("current_role", stages.current_role),
                    ("trial", stages.trial),
                    ("new_responsibilities", stages.new_responsibilities),
                    ("new_role", stages.new_role),
                )
            ],
            "transitions": [move_entry(move) for move in index.moves_out[role.id]],
            "wording": script_wording(),
            "strings": script_strings(),
        }
    )


class RoleData(dict[str, Any]):
    """The self-assessment page's data (`_Builder.role_data`), and its HTML form.

    The page carries it in an attribute, not in a `<script type="application/json">`:
    Material's instant navigation re-creates every script inside the page it swaps in,
    without the script's attributes, which turns a JSON block into a script that fails
    (and loses its id). An attribute survives the swap, and search does not index it.
    """

    @property
    def attribute(self) -> Markup:
        """The JSON for a single-quoted HTML attribute: `&`, `<`, `>` and `'` as entities,
        so no text from the ladder can end the attribute or open a tag."""
        text = json.dumps(self, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return Markup(html.escape(text, quote=False).replace("'", "&#x27;"))
