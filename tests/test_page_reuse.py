"""A preview renders again only the pages a save can change (generator/site/page_reuse.py).

The rule is checked against full renders: for every kind of change to a role's file, each
page whose Markdown the change alters must be one the rule renders again. A template that
starts showing more of other roles than the rule allows fails here.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO

from generator.ladder import Ladder
from generator.site.addresses import Paths, competency_path, role_path, track_path
from generator.site.page_reuse import PageReuse, reach
from generator.site.pages import build_pages
from generator.validate.folder import load_ladder

FIXTURES = REPO / "tests" / "fixtures"


def retitle(role: dict[str, Any], ladder: Ladder) -> None:
    role["title"] = "Renamed role"


def resummarise(role: dict[str, Any], ladder: Ladder) -> None:
    role["summary"] = "An altogether different summary."


def relevel(role: dict[str, Any], ladder: Ladder) -> None:
    role["level"] = int(role["level"]) + 7


def reskill(role: dict[str, Any], ladder: Ladder) -> None:
    """Another proficiency for its first competency, and one competency fewer."""
    scale = [level.id for level in ladder.handbook.proficiency_scale]
    competencies = role.get("competencies") or {}
    if competencies:
        first = next(iter(competencies))
        competencies[first] = scale[(scale.index(competencies[first]) + 1) % len(scale)]
    if len(competencies) > 1:
        competencies.pop(list(competencies)[-1])


def retarget(role: dict[str, Any], ladder: Ladder) -> None:
    for target in (role.get("kpis") or {}).values():
        if isinstance(target, dict) and "target" in target:
            target["target"] = int(float(target["target"])) + 3
            target.pop("stretch", None)
            target.pop("threshold", None)


def no_moves(role: dict[str, Any], ladder: Ladder) -> None:
    role.pop("transitions", None)


def new_move(role: dict[str, Any], ladder: Ladder) -> None:
    """A lateral move to the first role it cannot move to yet."""
    reached = {t["to"] for t in role.get("transitions") or []}
    other = next(r for r in ladder.roles if r != role["id"] and r not in reached)
    role.setdefault("transitions", []).append({"to": other, "kind": "lateral"})


EDITS: list[Callable[[dict[str, Any], Ladder], None]] = [
    retitle,
    resummarise,
    relevel,
    reskill,
    retarget,
    no_moves,
    new_move,
]


def working_copy(source: Path, tmp_path: Path) -> tuple[Path, Ladder]:
    """A copy of a fixture ladder and the ladder it loads to (edited in place later, so the
    files' places stay those of `before`, as in a preview)."""
    copy = tmp_path / source.name
    shutil.copytree(source, copy)
    before, _ = load_ladder(copy)
    assert before is not None
    return copy, before


def edited(copy: Path, before: Ladder, role_id: str, edit: Callable[..., None]) -> Ladder | None:
    """The ladder after one edit to one role's file (undone afterwards), or None when the
    edit makes it invalid."""
    path = copy / "roles" / f"{role_id}.yml"
    original = path.read_text(encoding="utf-8")
    data = yaml.safe_load(original)
    edit(data, before)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    try:
        after, _ = load_ladder(copy)
    finally:
        path.write_text(original, encoding="utf-8")
    return after


def changed_pages(old: dict[str, str], after: Ladder) -> set[str] | None:
    """The pages whose Markdown differs from `old`; None when the edit adds or removes one."""
    new = {p.path: p.content for p in build_pages(after)}
    if set(old) != set(new):
        return None
    return {path for path in new if old[path] != new[path]}


@pytest.mark.parametrize(
    ("fixture", "roles"),
    [("ladder", None), ("engineering", 3), ("rich", 2)],
)
def test_every_page_an_edit_to_a_role_changes_is_rendered_again(
    tmp_path: Path, fixture: str, roles: int | None
) -> None:
    copy, before = working_copy(FIXTURES / fixture, tmp_path)
    old = {p.path: p.content for p in build_pages(before)}
    ids = list(before.roles)
    chosen = (
        ids if roles is None else [ids[i * (len(ids) - 1) // (roles - 1)] for i in range(roles)]
    )
    narrowed = 0
    for role_id in chosen:
        for edit in EDITS:
            after = edited(copy, before, role_id, edit)
            if after is None:
                continue  # the edit broke the ladder: the preview shows the problems instead
            wanted = reach(before, after)
            changed = changed_pages(old, after)
            if wanted is None or changed is None:
                continue  # every page is rendered again
            missed = sorted(path for path in changed if not wanted(path))
            assert missed == [], f"{edit.__name__} of {role_id}: {missed}"
            narrowed += 1
    assert narrowed >= len(chosen) * 2  # most edits render fewer than all pages


def test_a_preview_keeps_the_pages_an_edit_cannot_change(tmp_path: Path) -> None:
    copy, before = working_copy(FIXTURES / "ladder", tmp_path)
    after = edited(copy, before, "rep", resummarise)
    assert after is not None
    reuse = PageReuse()
    assert reuse.pages(before) == build_pages(before)
    assert reuse.rendered == len(reuse.pages(before)) or reuse.rendered == 0
    pages = reuse.pages(after)
    assert pages == build_pages(after)  # the same pages as a full render, in the same order
    assert 0 < reuse.rendered < len(pages)
    wanted = reach(before, after)
    assert wanted is not None
    assert wanted(role_path("rep")) and wanted(role_path("senior-rep"))  # it moves there
    assert wanted(track_path("selling")) and wanted(competency_path("discovery"))
    assert wanted(Paths.roles())  # an index of every role: always rendered
    assert not wanted(role_path("head-of-sales"))  # another track, no move to or from rep
    assert not wanted(competency_path("coaching"))  # rep does not name it
    assert not wanted(track_path("leading"))


def test_a_change_beyond_the_roles_renders_every_page(tmp_path: Path) -> None:
    copy, before = working_copy(FIXTURES / "ladder", tmp_path)
    competency = copy / "competencies" / "coaching.yml"
    text = competency.read_text(encoding="utf-8")
    competency.write_text(text.replace("name: Coaching", "name: Mentoring"), encoding="utf-8")
    after, _ = load_ladder(copy)
    assert after is not None
    assert before.competencies != after.competencies
    assert reach(before, after) is None
    reuse = PageReuse()
    reuse.pages(before)
    assert reuse.pages(after) == build_pages(after)
    assert reuse.rendered == len(build_pages(after))
