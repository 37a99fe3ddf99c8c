"""What the method needs when a handbook does not say it: plain, general default texts.

The development plan has four stages, the expectations document a section on reviews and
feedback and one on adapting to change (DESIGN.md §1). A framework that does not describe
them still gets those sections, with these texts; `handbook.yml` replaces any of them by
stating its own (`plan_stages:`, `feedback:`, `adaptability:`, `readiness:`).
"""

from __future__ import annotations


def _stage(name: str, summary: str, examples: list[str], announced: bool) -> dict[str, object]:
    return {"name": name, "summary": summary, "examples": examples, "announced": announced}


PLAN_STAGES: dict[str, dict[str, object]] = {
    "current_role": _stage(
        "Current role, full depth",
        "Use the whole breadth of the current role: every part of it, done consistently, "
        "kept up to date, following the agreed ways of working, as an example to others.",
        [
            "Take on the parts of the role you use least",
            "Keep your knowledge of the field current",
            "Deliver consistently, not only at peaks",
        ],
        False,
    ),
    "trial": _stage(
        "Current role and a trial",
        "Try new tasks or responsibilities while staying in the role: extra training, a "
        "shifted emphasis, exposure to new activities.",
        ["Take on one task of the next role for a few weeks", "Complete extra training"],
        False,
    ),
    "new_responsibilities": _stage(
        "Current role and new responsibilities",
        "Make some new responsibilities permanent: new skills, new expectations and a new "
        "level of achievement.",
        ["Own a responsibility of the next role permanently"],
        True,
    ),
    "new_role": _stage(
        "New role",
        "Move into a different job: your strengths applied to different work, with new "
        "deliverables.",
        ["Start in the new role with an agreed plan for the first months"],
        True,
    ),
}

FEEDBACK = (
    "Feedback does not wait for formal reviews: you and your manager talk about your work "
    "regularly, with specific examples and what to do next, and you give feedback the same way."
)

ADAPTABILITY = (
    "Priorities, tools and the organisation change, and so do the expectations of a role. "
    "You are expected to adapt, and your manager explains what changes, why, and what it "
    "means for your goals."
)

READINESS: dict[str, object] = {
    "at_or_above_share": 80,
    "largest_gap": 1,
    "kpis_at_target": True,
    "minimum_months_in_role": 0,
}
