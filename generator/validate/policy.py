"""Checks as a policy: every content check has a name, a default severity and a setting.

Problems of structure, types, ids and references are always errors: the handbook cannot be
built from such a ladder. Content checks are judgements about the writing (the same words
at two levels, a level left undescribed, a TODO left behind), and organisations judge
differently, so each one has a short stable name that `ladder validate --list-checks`
prints and that every problem it finds ends with, and `handbook.yml` may set it to
`error`, `warning` or `off` under `checks:`. Whether warnings fail the build is the
handbook's `strict:` setting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from generator.problems import Problem, Severity
from generator.read.load import Document
from generator.validate.messages import did_you_mean

Setting = Literal["error", "warning", "off"]
SETTINGS: tuple[Setting, ...] = ("error", "warning", "off")


@dataclass(frozen=True)
class Check:
    name: str
    default: Severity
    catches: str


CHECKS: dict[str, Check] = {
    check.name: check
    for check in (
        Check(
            "leftover-todo",
            "error",
            "a TODO placeholder left in a text, such as the ones `ladder new` writes",
        ),
        Check(
            "undescribed-required-level",
            "error",
            "a role requires a proficiency level that the competency does not describe",
        ),
        Check(
            "proficiency-drop",
            "error",
            "a promotion that lowers or drops a competency without giving the reason under "
            "lower_proficiency",
        ),
        Check(
            "missing-level-text",
            "warning",
            "a proficiency level that a levelled competency does not describe",
        ),
        Check(
            "repeated-level-text",
            "warning",
            "a competency that says the same at two adjacent proficiency levels",
        ),
        Check(
            "quota-kpis",
            "warning",
            "a role that carries a quota with fewer than three KPIs with numeric targets",
        ),
        Check(
            "value-not-described",
            "warning",
            "a company value that neither a role nor its track says how it shows up in the work",
        ),
        Check("single-role-track", "warning", "a track with only one role"),
    )
}


@dataclass(frozen=True)
class Policy:
    """The handbook's settings: check name -> setting, and whether warnings fail."""

    settings: Mapping[str, Setting] = dataclasses.field(default_factory=dict)
    strict: bool = False

    def severity(self, name: str) -> Setting:
        return self.settings.get(name, CHECKS[name].default)


def policy_from(data: Any) -> Policy:
    """The policy written in handbook.yml's data, read leniently: a wrong entry is left to
    the handbook's model to report, and the checks of every other file still run."""
    if not isinstance(data, dict):
        return Policy()
    raw = data.get("checks")
    settings: dict[str, Setting] = {}
    if isinstance(raw, dict):
        for name, value in raw.items():
            if isinstance(name, str) and name in CHECKS and value in SETTINGS:
                settings[name] = value
    return Policy(settings, data.get("strict") in (True, "true"))


def unknown_checks(doc: Document) -> list[Problem]:
    """An error for every name under `checks:` that is not a check, with a suggestion."""
    raw = doc.data.get("checks") if isinstance(doc.data, dict) else None
    if not isinstance(raw, dict):
        return []
    found: list[Problem] = []
    for name in raw:
        if isinstance(name, str) and name not in CHECKS:
            place = doc.key_position(("checks", name))
            hint = did_you_mean(name, CHECKS) or "; `ladder validate --list-checks` lists them"
            found.append(
                Problem(doc.path, place.line, place.column, f'there is no check "{name}"{hint}')
            )
    return found


def apply_policy(problems: Iterable[Problem], policy: Policy) -> list[Problem]:
    """Each content check's problems at the severity the handbook sets; `off` drops them."""
    kept: list[Problem] = []
    for problem in problems:
        if not problem.check:
            kept.append(problem)
            continue
        setting = policy.severity(problem.check)
        if setting != "off":
            kept.append(dataclasses.replace(problem, severity=setting))
    return kept


def list_checks() -> str:
    """One line per check, for `ladder validate --list-checks`: name, default, what it catches."""
    width = max(len(name) for name in CHECKS)
    lines = [f"{'check'.ljust(width)}  default  catches"]
    for check in CHECKS.values():
        lines.append(f"{check.name.ljust(width)}  {check.default.ljust(7)}  {check.catches}")
    return "\n".join(lines) + "\n"
