"""Macros in hand-written pages are checked like YAML: `path:line:col: error: message`, every
problem of every page in one run, in `ladder validate` and in the MkDocs build, never a
traceback. The pages here are written for the fixture ladder (roles rep, senior-rep,
team-lead, head-of-sales; KPIs win-rate, quota-attainment, ...)."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.exceptions import Abort
from test_plugin import config_for, write_project

from generator.adapters.cli import main
from generator.ladder import Ladder
from generator.site.page_check import check_page, check_pages

FIXTURE = Path(__file__).parent / "fixtures" / "ladder"
FRONT = "---\ntitle: Guide\nrender_macros: true\n---\n\n"


def problems(ladder: Ladder, body: str, front: str = FRONT) -> list[str]:
    return [p.format() for p in check_page(ladder, front + body, "guide.md", "content/guide.md")]


def test_a_page_with_good_macros_has_no_problem(fixture_ladder: Ladder) -> None:
    body = (
        "# {{ organisation }}\n\n{{ role_link('rep') }} aims for "
        "{{ kpi_target('rep', 'quota-attainment') }}.\n\n{{ track_list() }}\n"
        "{% for id in ['rep', 'senior-rep'] %}{{ role_title(id) }} {% endfor %}\n"
    )
    assert problems(fixture_ladder, body) == []


def test_a_missing_id_names_the_line_the_column_and_the_closest_id(
    fixture_ladder: Ladder,
) -> None:
    body = "# Guide\n\nAsk a {{ role_link('senoir-rep') }} for help.\n"
    assert problems(fixture_ladder, body) == [
        'content/guide.md:8:10: error: role_link: there is no role with the id "senoir-rep"; '
        'did you mean "senior-rep"?'
    ]


def test_every_problem_of_a_page_is_reported_at_once(fixture_ladder: Ladder) -> None:
    body = (
        "{{ role_title('rap') }} and {{ role_title('rep') }} and {{ track_name('sellng') }}\n"
        "{{ kpi_target('rep', 'win-rat') }}, {{ competency_link('negotiaton') }}\n"
        "  {{ role_level('head-of-sale') }}\n"
    )
    assert problems(fixture_ladder, body) == [
        'content/guide.md:6:4: error: role_title: there is no role with the id "rap"; '
        'did you mean "rep"?',
        'content/guide.md:6:60: error: track_name: there is no track with the id "sellng"; '
        'did you mean "selling"?',
        'content/guide.md:7:4: error: kpi_target: there is no KPI with the id "win-rat"; '
        'did you mean "win-rate"?',
        "content/guide.md:7:40: error: competency_link: there is no competency with the id "
        '"negotiaton"; did you mean "negotiation"?',
        'content/guide.md:8:6: error: role_level: there is no role with the id "head-of-sale"; '
        'did you mean "head-of-sales"?',
    ]


def test_an_unknown_macro_name_gets_the_closest_known_one(fixture_ladder: Ladder) -> None:
    assert problems(fixture_ladder, "Hello {{ role_titel('rep') }}\n") == [
        'content/guide.md:6:10: error: unknown macro or variable "role_titel"; '
        'did you mean "role_title"?'
    ]
    assert problems(fixture_ladder, "{{ page.title }}\n") == [
        'content/guide.md:6:4: error: unknown macro or variable "page"; the ladder macros are '
        "listed in CONTRIBUTING.md"
    ]


def test_a_wrong_option_or_a_missing_id_says_what_to_fix(fixture_ladder: Ladder) -> None:
    assert problems(fixture_ladder, "{{ role_link('rep', anchr='negotiation') }}\n") == [
        'content/guide.md:6:4: error: role_link: no option "anchr"; check the spelling of the '
        "option name"
    ]
    assert problems(fixture_ladder, "{{ kpi_target('rep') }}\n") == [
        "content/guide.md:6:4: error: kpi_target: an id is missing; give every id the macro "
        "needs, in quotes"
    ]


def test_a_broken_macro_is_a_syntax_problem_at_its_line(fixture_ladder: Ladder) -> None:
    assert problems(fixture_ladder, "# Guide\n\n{{ role_title('rep') }\n") == [
        "content/guide.md:8:1: error: this macro is not written as expected; write it as "
        '{{ name("id") }}, with quotes around ids and a comma between them'
    ]
    assert problems(fixture_ladder, "{% fi x %}\n") == [
        'content/guide.md:6:1: error: unknown block "fi" in {% %}; the blocks a page may use '
        "are if, for, set and raw"
    ]


def test_an_argument_known_only_when_rendering_is_checked_by_rendering(
    fixture_ladder: Ladder,
) -> None:
    body = "# Guide\n\n{% for id in ['rep', 'rap'] %}\n- {{ role_title(id) }}\n{% endfor %}\n"
    assert problems(fixture_ladder, body) == [
        'content/guide.md:9:1: error: role_title: there is no role with the id "rap"; '
        'did you mean "rep"?'
    ]


def test_pages_that_do_not_opt_in_are_not_checked(fixture_ladder: Ladder) -> None:
    assert problems(fixture_ladder, "{{ role_title('nobody') }}\n", front="") == []
    front = "---\ntitle: Guide\n---\n"
    assert problems(fixture_ladder, "{{ role_title('nobody') }}\n", front=front) == []


def test_check_pages_reads_every_page_of_the_folder(fixture_ladder: Ladder, tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "guides").mkdir(parents=True)
    (content / "index.md").write_text(FRONT + "{{ role_title('rap') }}\n", encoding="utf-8")
    (content / "guides" / "new.md").write_text(FRONT + "{{ kpi_name('x') }}\n", encoding="utf-8")
    (content / "bad.md").write_bytes(b"\xff\xfe not text")
    (content / "picture.png").write_bytes(b"\x89PNG")
    found = [
        p.format().replace(str(tmp_path) + "/", "") for p in check_pages(fixture_ladder, content)
    ]
    assert found == [
        "content/bad.md:1:1: error: not valid UTF-8 text: invalid start byte",
        'content/guides/new.md:6:4: error: kpi_name: there is no KPI with the id "x"',
        'content/index.md:6:4: error: role_title: there is no role with the id "rap"; '
        'did you mean "rep"?',
    ]


def test_the_build_stops_with_every_page_problem_and_no_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pages = {
        "index.md": "# Home\n",
        "a.md": FRONT + "{{ role_title('rap') }}\n",
        "b.md": FRONT + "x\n\n{{ track_link('sellng') }}\n",
    }
    config = config_for(write_project(tmp_path, pages=pages))
    with caplog.at_level(logging.WARNING, logger="mkdocs"), pytest.raises(Abort) as stop:
        build(config)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    content = tmp_path / "content"
    assert [line.replace(str(content), "content") for line in logged] == [
        'content/a.md:6:4: error: role_title: there is no role with the id "rap"; '
        'did you mean "rep"?',
        'content/b.md:8:4: error: track_link: there is no track with the id "sellng"; '
        'did you mean "selling"?',
    ]
    assert "2 errors in their macros" in str(stop.value)
    assert not any(r.exc_info for r in caplog.records)


# -- ladder validate ----------------------------------------------------------------------------
def repository(tmp_path: Path, pages: dict[str, str], mkdocs: str | None = None) -> Path:
    """A folder laid out like the repository: ladder/, content/ and maybe mkdocs.yml."""
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    folder = "content"
    if mkdocs is not None:
        (tmp_path / "mkdocs.yml").write_text(mkdocs, encoding="utf-8")
        folder = "pages"
    for path, text in pages.items():
        (tmp_path / folder / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / path).write_text(text, encoding="utf-8")
    return tmp_path


def test_validate_checks_the_pages_beside_the_ladder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repository(tmp_path, {"a.md": FRONT + "{{ role_title('rap') }}\n"}))
    assert main(["validate"]) == 1
    captured = capsys.readouterr()
    assert captured.out == (
        'content/a.md:6:4: error: role_title: there is no role with the id "rap"; '
        'did you mean "rep"?\n'
    )
    assert captured.err == "1 error, 0 warnings\n"


def test_validate_finds_the_pages_through_mkdocs_docs_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mkdocs = "site_name: ''\ndocs_dir: pages\nsite_url: !ENV [SITE_URL, 'http://x/']\n"
    root = repository(tmp_path, {"a.md": FRONT + "{{ kpi_name('winrate') }}\n"}, mkdocs)
    monkeypatch.chdir(root)
    assert main(["validate", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(p["path"], p["line"], p["column"]) for p in report["problems"]] == [
        ("pages/a.md", 6, 4)
    ]
    assert report["problems"][0]["message"].endswith('did you mean "win-rate"?')


def test_validate_content_option_names_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repository(tmp_path, {"a.md": FRONT + "{{ role_title('rep') }}\n"}))
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "b.md").write_text(FRONT + "\n{{ track_list(1) }}\n", encoding="utf-8")
    assert main(["validate"]) == 0
    assert main(["validate", "--content", "drafts"]) == 1
    assert capsys.readouterr().out.startswith("drafts/b.md:7:4: error: track_list: too many")


def test_validate_without_pages_checks_the_ladder_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repository(tmp_path, {}))
    assert main(["validate"]) == 0
    assert capsys.readouterr().err == "the ladder is valid\n"


def test_a_call_inside_if_is_checked_only_when_its_condition_holds(fixture_ladder: Ladder) -> None:
    body = "{% if kpi_count() > 99 %}{{ kpi_name('nothing') }}{% endif %}\n"
    assert problems(fixture_ladder, body) == []
    body = "{% if kpi_count() %}\n{{ kpi_name('nothing') }}\n{% endif %}\n"
    assert problems(fixture_ladder, body) == [
        'content/guide.md:7:1: error: kpi_name: there is no KPI with the id "nothing"'
    ]
