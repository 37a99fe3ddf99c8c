"""BAD_INPUTS 31 and 33: section anchors never move, a failed build leaves the last good site.

One project (the fixture ladder, the repository's mkdocs.yml and theme) is built with
`ladder build`, the command `make site` runs. Its pages are checked for the fixed section
anchors of generator/site/sections.py; then the project is broken in several ways, each build
must fail, and the site folder must stay byte for byte as it was, with no page ever holding an
error report or a traceback.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_site_build import EPOCH, PAGES, REPO, copy_ladder, write_project

from generator.adapters.safe_build import ERROR_MARKERS
from generator.site.sections import ANCHORED, SECTIONS, reserved_ids
from generator.validate.folder import load_ladder

FIXTURE = REPO / "tests" / "fixtures" / "ladder"


def ladder_build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "SOURCE_DATE_EPOCH": EPOCH,
        "NO_MKDOCS_2_WARNING": "1",
    }
    command = [sys.executable, "-m", "generator", "build", "--config-file", "mkdocs.yml", *args]
    return subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=900, check=False
    )


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("safe-build")
    write_project(root, copy_ladder(root), PAGES)
    done = ladder_build(root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (root / "site" / "index.html").is_file()
    assert "built the site into site/" in done.stderr
    return root


# -- BAD_INPUTS 31: anchors --------------------------------------------------------------------


def test_sections_keep_their_listed_anchors(built: Path) -> None:
    ladder, _ = load_ladder(FIXTURE)
    assert ladder is not None
    checked = 0
    for role in ladder.roles.values():
        page = (built / "site" / "roles" / role.id / "index.html").read_text(encoding="utf-8")
        ids = re.findall(r'<h[1-6][^>]*\sid="([^"]+)"', page)
        assert not [i for i in ids if re.search(r"_\d+$", i)], ids  # nothing was pushed aside
        for anchor in ("responsibilities", "competencies", "learning"):
            assert anchor in ids
            checked += 1
        for competency in role.competencies:  # a link to #<id> lands on that competency
            heading = re.search(rf'<h3[^>]*\sid="{competency}"[^>]*>(.*?)</h3>', page, re.S)
            assert heading is not None, competency
            assert ladder.competencies[competency].name in heading.group(1)
    assert checked >= 12


def test_every_section_heading_of_a_role_page_has_a_listed_anchor(built: Path) -> None:
    page = (built / "site" / "roles" / "rep" / "index.html").read_text(encoding="utf-8")
    h2 = re.findall(r'<h2[^>]*\sid="([^"]+)"', page)
    assert h2, "no sections"
    assert set(h2) <= set(SECTIONS["role"]), set(h2) - set(SECTIONS["role"])


@pytest.mark.parametrize(
    ("name", "old", "new", "kind"),
    [
        (
            "competencies/discovery.yml",
            "category: selling",
            "former_ids: [learning]\ncategory: selling",
            "competency",
        ),
        (
            "competencies/coaching.yml",
            "category: leading",
            "former_ids: [responsibilities]\ncategory: leading",
            "competency",
        ),
        (
            "competencies/discovery.yml",
            "category: selling",
            "former_ids: [summary]\ncategory: selling",
            "competency",
        ),
        ("kpis/win-rate.yml", "  - close-rate", "  - kpis-and-targets", "KPI"),
        ("kpis/win-rate.yml", "  - close-rate", "  - hiring-focus", "KPI"),
    ],
)
def test_an_id_that_takes_a_section_anchor_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, old: str, new: str, kind: str
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(FIXTURE, "ladder")
    path = Path("ladder") / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    taken = new.split("[")[-1].rstrip("]").split("- ")[-1].split("\n")[0].rstrip("]")
    found = [p.format() for p in load_ladder(Path("ladder"))[1]]
    (problem,) = [p for p in found if "is the anchor of the section" in p]
    assert problem.startswith(f"ladder/{name}:")
    assert f'the id "{taken}" is the anchor of the section "#{taken}" on ' in problem
    key = "kpi" if kind == "KPI" else "competency"
    assert f"a {kind} may not use: {', '.join(reserved_ids(key))})" in problem


def test_the_reserved_ids_come_from_the_sections_the_pages_have() -> None:
    for kind, pages in ANCHORED.items():
        assert reserved_ids(kind) == sorted({a for page in pages for a in SECTIONS[page]})
    assert "learning" in reserved_ids("competency")
    assert "levels" in reserved_ids("proficiency")
    assert "levels" not in reserved_ids("competency")


def test_a_proficiency_id_that_takes_a_section_anchor_fails_the_build(tmp_path: Path) -> None:
    ladder = copy_ladder(tmp_path)
    for path in ladder.rglob("*.yml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\bskilled\b", "levels", text)
        path.write_text(text, encoding="utf-8")
    write_project(tmp_path, ladder, PAGES)
    done = ladder_build(tmp_path)
    assert done.returncode == 1
    assert 'error: the id "levels" is the anchor of the section "#levels" on competency pages' in (
        done.stderr
    )
    assert not (tmp_path / "site").exists()
    assert "Traceback" not in done.stdout + done.stderr


# -- BAD_INPUTS 33: a failed build changes nothing ---------------------------------------------


def break_ladder(root: Path) -> None:
    rep = root / "ladder" / "roles" / "rep.yml"
    rep.write_text(rep.read_text(encoding="utf-8").replace("level: 1", "level: one"))


def macro_naming_a_deleted_role(root: Path) -> None:
    (root / "content" / "advancement.md").write_text(
        '---\nrender_macros: true\n---\n\n# Advancement\n\n{{ role_link("gone") }}\n',
        encoding="utf-8",
    )


def page_taking_a_generated_address(root: Path) -> None:
    (root / "content" / "roles" / "rep").mkdir(parents=True)
    (root / "content" / "roles" / "rep" / "index.md").write_text("# Mine\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        (break_ladder, 'ladder/roles/rep.yml:6:8: error: expected a whole number, not "one"'),
        (macro_naming_a_deleted_role, "advancement.md"),
        (page_taking_a_generated_address, "would take the address of a hand-written page"),
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_a_failed_build_leaves_the_previous_site_untouched(
    built: Path, tmp_path: Path, spoil: object, said: str, strict: bool
) -> None:
    root = tmp_path / "project"
    shutil.copytree(built, root, symlinks=True)
    before = fingerprint(root / "site")
    assert callable(spoil)
    spoil(root)
    done = ladder_build(root, *([] if strict else ["--no-strict"]))
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert said in output
    assert "ladder build: the build failed; site/ is left as it was" in output
    assert "Traceback" not in output
    assert fingerprint(root / "site") == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".site.")] == []


def test_no_built_page_holds_an_error_report(built: Path) -> None:
    for page in (built / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not any(marker in text for marker in ERROR_MARKERS), page
