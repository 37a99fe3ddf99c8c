"""`ladder diff`: change records, the Markdown summary (golden files) and the command.

The golden files in tests/golden/diff/ are the exact summaries of fixture ladders; after an
intended change to the output, rewrite them with
`LADDER_UPDATE_GOLDEN=1 pytest tests/test_diff.py` (the run then fails on purpose) and read
the diff of the golden files before committing it. They are named *.markdown, not *.md,
because tests/golden/*.md are the page snapshots of test_render_golden.py.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
from conftest import FIXTURE, check_golden
from gitrepo import git

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.tools.diff import Change, compare, escape, summarise, word_diff
from generator.validate.folder import load_ladder

TESTS = Path(__file__).parent
CHANGED = TESTS / "fixtures" / "diff" / "changed"
GOLDEN = TESTS / "golden" / "diff"


def ladder_of(path: Path) -> Ladder:
    ladder, problems = load_ladder(path)
    assert ladder is not None, [p.format() for p in problems]
    return ladder


# -- golden summaries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("fixture-to-changed.markdown", FIXTURE, CHANGED),
        ("changed-to-fixture.markdown", CHANGED, FIXTURE),
        ("unchanged.markdown", FIXTURE, FIXTURE),
    ],
)
def test_golden_summary(name: str, old: Path, new: Path) -> None:
    check_golden(GOLDEN / name, summarise(ladder_of(old), ladder_of(new)))


def test_summary_is_deterministic() -> None:
    first = summarise(ladder_of(FIXTURE), ladder_of(CHANGED))
    assert all(summarise(ladder_of(FIXTURE), ladder_of(CHANGED)) == first for _ in range(3))


# -- change records ----------------------------------------------------------------------------


def records(old: Path = FIXTURE, new: Path = CHANGED) -> list[Change]:
    return list(compare(ladder_of(old), ladder_of(new)).changes)


def test_a_former_id_is_a_rename_not_a_removal_and_an_addition() -> None:
    changes = records()
    renames = {(c.thing, c.old_id, c.id) for c in changes if c.action == "renamed"}
    assert renames == {
        ("role", "senior-rep", "senior-account-rep"),
        ("competency", "negotiation", "negotiating"),
        ("kpi", "win-rate", "deal-win-rate"),
    }
    added_or_removed = {c.id for c in changes if c.action in ("added", "removed")}
    assert not added_or_removed & {"senior-rep", "senior-account-rep", "negotiation", "win-rate"}


def test_references_follow_renames() -> None:
    """The rep now requires "negotiating", once "negotiation": that is no change to the rep."""
    rep = [c for c in records() if c.thing == "role" and c.id == "rep"]
    assert not [c for c in rep if "egotiat" in (c.aspect + str(c.before) + str(c.after))]
    assert (
        Change("role", "rep", "Sales rep", "changed", "KPI Deal win rate, target", "25%", "28%")
        in rep
    )
    assert not [c for c in rep if c.aspect.startswith("transitions")]


def test_proficiency_changes_use_the_scale_names() -> None:
    assert (
        Change("role", "rep", "Sales rep", "changed", "competency Discovery", "Basic", "Skilled")
        in records()
    )


def test_kpi_values_carry_their_units() -> None:
    rep = [c for c in records() if c.id == "rep"]
    assert (
        Change(
            "role",
            "rep",
            "Sales rep",
            "changed",
            "KPI Sales cycle length, highest acceptable",  # the site's words
            "60 days",
            "none",
        )
        in rep
    )
    assert Change(
        "role", "rep", "Sales rep", "changed", "KPI Quota attainment, ramp target in month 2",
        "50%", "60%",
    ) in rep  # fmt: skip


def test_a_renamed_track_name_is_not_a_track_change_of_its_roles() -> None:
    team_lead = [c for c in records() if c.id == "team-lead"]
    assert not [c for c in team_lead if c.aspect == "track"]


def test_versions_and_note() -> None:
    comparison = compare(ladder_of(FIXTURE), ladder_of(CHANGED))
    assert (comparison.old_version, comparison.new_version) == ("1.1", "1.2")
    assert comparison.version_note is not None
    assert comparison.version_note.startswith("Renamed the senior rep")
    assert compare(ladder_of(FIXTURE), ladder_of(FIXTURE)).changes == ()


# -- word diff and escaping --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("same words", "same words", "same words"),
        ("closes small deals", "closes large deals", "closes ~~small~~ **large** deals"),
        ("closes deals", "closes big deals", "closes **big** deals"),
        ("closes big deals", "closes deals", "closes ~~big~~ deals"),
        ("a b c", "x y z", "~~a b c~~ **x y z**"),
        ("line one\n  line two", "line one line two", "line one line two"),
        ("", "new text", "**new text**"),
    ],
)
def test_word_diff(before: str, after: str, expected: str) -> None:
    assert word_diff(before, after) == expected


def test_word_diff_escapes_what_the_editor_typed() -> None:
    diff = word_diff("plain", "plain <img src=x onerror=alert(1)> **bold** [a](javascript:x)")
    assert "<" not in diff and ">" not in diff
    assert diff == (
        "plain **&lt;img src&#61;x onerror&#61;alert(1)&gt; \\*\\*bold\\*\\* "
        "\\[a\\](javascript:x)**"
    )


def test_lists_of_values_take_the_languages_semicolon() -> None:
    """A list in a changed field reads "a ; b" in French, as the pages write lists."""
    from generator import locale
    from generator.tools.diff.fields import shown

    assert shown(["Discovery", "Closing"]) == "Discovery; Closing"
    with locale.use("fr"):
        assert shown(["Discovery", "Closing"]) == "Discovery\u00a0; Closing"


def test_word_diff_keeps_no_break_spaces() -> None:
    """French text keeps the no-break space before its colon on both sides of a change."""
    diff = word_diff(
        "Objectif\u00a0: 38\u202f000\u00a0€ par an", "Objectif\u00a0: 40\u202f000\u00a0€ par an"
    )
    assert diff == "Objectif\u00a0: ~~38\u202f000\u00a0€~~ **40\u202f000\u00a0€** par an"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plain words, with a comma.", "Plain words, with a comma."),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a | b", "a &#124; b"),
        ("~~gone~~ and $x$", "&#126;&#126;gone&#126;&#126; and &#36;x&#36;"),
        ("`code` *em* _em_ #1", "\\`code\\` \\*em\\* \\_em\\_ \\#1"),
        ("{: onclick=x }", "\\{: onclick&#61;x \\}"),
        ("&amp; stays as typed", "&amp;amp; stays as typed"),
        ("two\n\nparagraphs", "two paragraphs"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_rendered_summary_has_no_html_or_links_from_the_ladder() -> None:
    """The fixture's rep summary holds a script tag, a javascript: link, ~~, | and $...$."""
    text = (GOLDEN / "fixture-to-changed.markdown").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "[click](" not in text
    html = markdown.markdown(text, extensions=["tables"])
    assert "<script" not in html
    assert "javascript:alert(1)) " in html  # shown as text ...
    assert "href" not in html  # ... and no link at all
    assert "<del>" not in html and "<s>" not in html


# -- the command -------------------------------------------------------------------------------


def test_diff_of_two_folders(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(FIXTURE), str(CHANGED)]) == 0
    assert capsys.readouterr().out == (GOLDEN / "fixture-to-changed.markdown").read_text("utf-8")


def test_head_defaults_to_the_working_tree_ladder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CHANGED, tmp_path / "ladder")
    monkeypatch.chdir(tmp_path)
    assert main(["diff", str(FIXTURE)]) == 0
    assert capsys.readouterr().out == (GOLDEN / "fixture-to-changed.markdown").read_text("utf-8")


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "summary.md"
    assert main(["diff", str(FIXTURE), str(FIXTURE), "--output", str(out)]) == 0
    assert out.read_text("utf-8") == (GOLDEN / "unchanged.markdown").read_text("utf-8")


def test_an_invalid_side_prints_its_problems_and_exits_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, "broken")
    role = Path("broken/roles/rep.yml")
    role.write_text(role.read_text("utf-8").replace("level: 1", "level: one"), "utf-8")
    assert main(["diff", str(FIXTURE), "broken"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        'broken/roles/rep.yml:6:8: error: expected a whole number, not "one"\n'
        "broken: the ladder has errors; nothing compared\n"
    )


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose first commit holds the fixture ladder and the second the changed."""
    git(tmp_path, "init", "--quiet", "--initial-branch=main")
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    git(tmp_path, "add", "ladder")
    git(tmp_path, "commit", "--quiet", "-m", "first")
    shutil.rmtree(tmp_path / "ladder")
    shutil.copytree(CHANGED, tmp_path / "ladder")
    git(tmp_path, "add", "--all", "ladder")
    git(tmp_path, "commit", "--quiet", "-m", "second")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_of_two_git_refs(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "HEAD~1", "HEAD"]) == 0
    assert capsys.readouterr().out == (GOLDEN / "fixture-to-changed.markdown").read_text("utf-8")
    assert git(repo, "status", "--porcelain") == ""  # nothing was checked out or written


def test_diff_of_a_ref_against_the_working_tree(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", "main~1"]) == 0
    assert capsys.readouterr().out == (GOLDEN / "fixture-to-changed.markdown").read_text("utf-8")


def test_problems_at_a_ref_are_shown_with_the_ref(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    role = repo / "ladder/roles/rep.yml"
    role.write_text(role.read_text("utf-8").replace("level: 1", "level: one"), "utf-8")
    git(repo, "commit", "--quiet", "-am", "broken")
    assert main(["diff", "HEAD~1", "HEAD"]) == 1
    assert capsys.readouterr().err == (
        'HEAD:ladder/roles/rep.yml:6:8: error: expected a whole number, not "one"\n'
        "HEAD:ladder: the ladder has errors; nothing compared\n"
    )


def test_an_unknown_ref_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "no-such-branch"]) == 2
    assert capsys.readouterr().err == (
        'ladder diff: base: "no-such-branch" is not a folder and not a git commit, branch or tag\n'
    )


def test_a_ref_without_the_ladder_folder(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "HEAD", "--ladder-path", "elsewhere"]) == 1
    assert "ladder diff: base:" in capsys.readouterr().err


# -- what readers see change -------------------------------------------------------------------


def changed_role(ladder: Ladder, role_id: str, **update: object) -> Ladder:
    roles = dict(ladder.roles)
    roles[role_id] = roles[role_id].model_copy(update=update)
    return replace(ladder, roles=roles)


def test_a_new_title_counts_as_a_rename() -> None:
    old = ladder_of(FIXTURE)
    new = changed_role(old, "rep", title="Account executive")
    summary = summarise(old, new)
    assert "| Roles | 0 | 0 | 1 | 0 |" in summary
    assert "- title: Sales rep → Account executive" in summary


def test_an_added_descriptor_level_is_added_and_a_removed_one_removed() -> None:
    old = ladder_of(FIXTURE)
    coaching = old.competencies["coaching"]
    first = next(iter(coaching.levels))
    fewer = coaching.model_copy(
        update={"levels": {k: v for k, v in coaching.levels.items() if k != first}}
    )
    without = replace(old, competencies={**old.competencies, "coaching": fewer})
    name = old.proficiency_name(first)
    added = [c for c in compare(without, old).changes if c.aspect == "descriptors"]
    assert [(c.before, c.after) for c in added] == [(None, name)]
    removed = [c for c in compare(old, without).changes if c.aspect == "descriptors"]
    assert [(c.before, c.after) for c in removed] == [(name, None)]
    assert f"- added to descriptors: {name}" in summarise(without, old)


def test_raising_a_competency_lists_the_guides_into_and_out_of_the_role() -> None:
    old = ladder_of(FIXTURE)
    required = dict(old.roles["senior-rep"].competencies)
    assert required["discovery"] != "leading"
    new = changed_role(old, "senior-rep", competencies={**required, "discovery": "leading"})
    pages = {page.address: page.action for page in compare(old, new).pages}
    assert pages["/roles/senior-rep/"] == "changed"
    assert pages["/roles/rep/to/senior-rep/"] == "changed"  # the guide into the role
    assert pages["/roles/senior-rep/to/team-lead/"] == "changed"  # and the one out of it
    assert "/roles/rep/" not in pages and "/competencies/coaching/" not in pages
    summary = summarise(old, new)
    assert "### Pages whose content changes" in summary
    assert "(`/roles/rep/to/senior-rep/`): reads differently" in summary


def test_a_new_version_alone_changes_no_page() -> None:
    old = ladder_of(FIXTURE)
    handbook = old.handbook.model_copy(update={"version": "9.9"})
    assert compare(old, replace(old, handbook=handbook)).pages == ()
