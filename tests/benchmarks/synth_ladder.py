"""Write a valid synthetic ladder of N roles, for benchmarks of validation and site builds.

    python tests/benchmarks/synth_ladder.py --roles 1000 --out /tmp/ladder-1000

Roles come in tracks of five (levels 1-5, each promoted to the next), every third
track's second role has a lateral move to the next track, and each role requires eight
of about forty competencies and sets targets for four of twenty KPIs. The text is
filler of realistic length, so page sizes resemble a real ladder's.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

LEVELS = ["aware", "developing", "proficient", "advanced", "expert"]
COMPETENCIES = 40
KPIS = 20
PER_TRACK = 5
SENTENCE = "Keeps the account plan current and shares it with the team every month"


def handbook() -> str:
    values = "".join(
        f"  - id: value-{n}\n    name: Value {n}\n    meaning: {SENTENCE}.\n" for n in range(5)
    )
    scale = "".join(
        f"  - id: {level}\n    name: {level.title()}\n    meaning: {SENTENCE}.\n"
        for level in LEVELS
    )
    ratings = "  - id: no-evidence\n    name: No evidence\n    meaning: Not seen.\n" + "".join(
        f"  - id: {level}\n    name: {level.title()}\n    meaning: {SENTENCE}.\n"
        f"    proficiency: {level}\n"
        for level in LEVELS
    )
    stage = "    summary: {s}.\n    examples:\n      - {s}\n    announced: {a}\n"
    return (
        "organisation:\n  name: Synthetic Co\n  description: A generated ladder.\n"
        'version: "1.0"\nchangelog:\n  - version: "1.0"\n    date: 2026-01-01\n'
        "    summary: Generated.\n"
        f"values:\n{values}proficiency_scale:\n{scale}rating_scale:\n{ratings}"
        "competency_categories:\n  - id: craft\n    name: Craft\n    summary: Doing the work.\n"
        "reviews:\n  - id: one-to-one\n    name: One-to-one\n    frequency: weekly\n"
        "    format: 30 minutes\n    participants: You and your manager\n"
        "    purpose: Unblock the week.\n"
        "plan_stages:\n"
        + "".join(
            f"  {key}:\n    name: {key.replace('_', ' ').title()}\n"
            + stage.format(s=SENTENCE, a="true" if n > 1 else "false")
            for n, key in enumerate(["current_role", "trial", "new_responsibilities", "new_role"])
        )
        + "readiness:\n  at_or_above_share: 80\n  largest_gap: 1\n"
        f"goal_setting: {SENTENCE}.\nadaptability: {SENTENCE}.\nfeedback: {SENTENCE}.\n"
    )


def competency(n: int) -> str:
    levels = "".join(
        f"  {level}:\n"
        + "".join(
            f"    {q}: {q.title()} at {level} for area {n}, {SENTENCE.lower()}.\n"
            for q in ("achieves", "skills", "demonstrates", "knows")
        )
        for level in LEVELS
    )
    return (
        f"id: competency-{n}\nname: Competency {n}\ncategory: craft\n"
        f"description: {SENTENCE}.\nlevels:\n{levels}"
    )


def kpi(n: int) -> str:
    return (
        f"id: kpi-{n}\nname: KPI {n}\nunit: percent\ndirection: higher-is-better\n"
        f"period: quarterly\ndefinition: {SENTENCE}.\nmeasurement: {SENTENCE}.\n"
    )


def track(t: int) -> str:
    values = "".join(f"  - value: value-{n}\n    in_practice: {SENTENCE}.\n" for n in range(5))
    return (
        f"id: track-{t}\nname: Track {t}\nkind: individual-contributor\n"
        f"summary: {SENTENCE}.\nsuits:\n  - {SENTENCE}\nentry_role: role-{t}-1\n"
        f"order: {t % 1000}\nvalues:\n{values}"
    )


def role(t: int, level: int, tracks: int) -> str:
    lines = "".join(f"  - {SENTENCE}\n" for _ in range(4))
    comps = "".join(
        f"  competency-{(t * 3 + k * 5) % COMPETENCIES}: {LEVELS[min(level - 1, 4)]}\n"
        for k in range(8)
    )
    kpis = "".join(
        f"  kpi-{(t + k * 5) % KPIS}:\n    target: {60 + k * 10}\n    threshold: 50\n"
        for k in range(4)
    )
    moves = []
    if level < PER_TRACK:
        moves.append((f"role-{t}-{level + 1}", "promotion"))
    if level == 2 and t % 3 == 0 and t + 1 < tracks:
        moves.append((f"role-{t + 1}-2", "lateral"))
    transitions = "".join(
        f"  - to: {to}\n    kind: {kind}\n    summary: {SENTENCE}.\n"
        "    typical_time:\n      min_months: 12\n      max_months: 24\n"
        f"    trial_activities:\n{lines.replace('  - ', '      - ')}"
        for to, kind in moves
    )
    return (
        f"id: role-{t}-{level}\ntitle: Role {t}-{level}\ntrack: track-{t}\nlevel: {level}\n"
        f"summary: {SENTENCE}.\nresponsibilities:\n{lines}day_to_day:\n{lines}"
        f"deliverables:\n  - what: {SENTENCE}\n    goal: {SENTENCE}\n"
        f"advantages:\n{lines}disadvantages:\n{lines}entry_requirements:\n{lines}"
        f"competencies:\n{comps}kpis:\n{kpis}learning:\n  training:\n{lines}"
        "typical_time:\n  min_months: 12\n  max_months: 24\n"
        + (f"transitions:\n{transitions}" if transitions else "")
    )


def write_ladder(out: Path, roles: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    for folder in ("tracks", "roles", "competencies", "kpis"):
        (out / folder).mkdir(parents=True)
    (out / "handbook.yml").write_text(handbook(), encoding="utf-8")
    for n in range(COMPETENCIES):
        (out / f"competencies/competency-{n}.yml").write_text(competency(n), encoding="utf-8")
    for n in range(KPIS):
        (out / f"kpis/kpi-{n}.yml").write_text(kpi(n), encoding="utf-8")
    tracks = max(1, -(-roles // PER_TRACK))
    written = 0
    for t in range(tracks):
        (out / f"tracks/track-{t}.yml").write_text(track(t), encoding="utf-8")
        for level in range(1, PER_TRACK + 1):
            if written == roles:
                break
            (out / f"roles/role-{t}-{level}.yml").write_text(
                role(t, level, tracks), encoding="utf-8"
            )
            written += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_ladder(args.out, args.roles)


if __name__ == "__main__":
    main()
