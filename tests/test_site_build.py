"""Real `mkdocs build --strict` runs of the handbook, checked from the outside.

Each build is a separate `python -m mkdocs` process, exactly as `make site` runs it, on a
temporary project that inherits the repository's mkdocs.yml and theme overrides and points
at the fixture ladder. The built HTML is then checked for what readers and reviewers rely
on: every address and anchor exists, old addresses redirect, nothing is fetched from
another host, the same input gives the same bytes, and a broken ladder or a page collision
stops the build with a `path:line:col` message and no traceback.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import FIXTURE, REPO, write_mkdocs_project

from generator.ladder import Ladder
from generator.site.addresses import former_addresses
from generator.site.pages import build_pages
from generator.validate.folder import load_ladder

EPOCH = "1767225600"  # 2026-01-01: SOURCE_DATE_EPOCH makes the sitemap dates fixed
HOME = """---
title: Home
render_macros: true
---

# {{ organisation }} handbook

This is version {{ ladder_version }} of the ladder. A {{ role_link("rep") }} aims for
{{ kpi_target("rep", "quota-attainment") }} of quota; see
{{ role_link("senior-rep", anchor="negotiation", text="negotiation for senior reps") }} and
{{ competency_link("discovery", level="skilled") }}.

{{ track_list() }}

## Reviews

{{ review_cadence() }}
"""
TAGS = "---\ntitle: Tags\n---\n\n# Tags\n\n<!-- material/tags -->\n"
PAGES = {"index.md": HOME, "tags.md": TAGS, "guides/first-week.md": "# Your first week\n\nHello.\n"}


@dataclass
class Build:
    root: Path
    site: Path
    returncode: int
    output: str


def write_project(root: Path, ladder: Path = FIXTURE, pages: dict[str, str] = PAGES) -> Path:
    return write_mkdocs_project(root, ladder=ladder, pages=pages, relative=True)


def mkdocs_build(root: Path, config: Path | None = None, site: str = "site") -> Build:
    """`mkdocs build --strict` in `root`, as a separate process (paths print relative to it)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
        "SOURCE_DATE_EPOCH": EPOCH,
        "NO_MKDOCS_2_WARNING": "1",
    }
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", site]
    command += ["-f", str(config or root / "mkdocs.yml")]
    done = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return Build(root, root / site, done.returncode, done.stdout + done.stderr)


def project(root: Path, ladder: Path = FIXTURE, pages: dict[str, str] = PAGES) -> Build:
    write_project(root, ladder, pages)
    return mkdocs_build(root)


def copy_ladder(root: Path) -> Path:
    target = root / "ladder"
    shutil.copytree(FIXTURE, target)
    return target


def address_of(page_path: str) -> str:
    return page_path[: -len("index.md")] if page_path.endswith("index.md") else page_path


def ids_in(page: Path) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', page.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    built = project(tmp_path_factory.mktemp("fixture-site"))
    assert built.returncode == 0, built.output
    return built


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    loaded, problems = load_ladder(FIXTURE)
    assert loaded is not None, problems
    return loaded


# -- addresses and anchors ------------------------------------------------------------------------
def test_the_fixture_site_builds_without_a_single_warning(site: Build) -> None:
    assert "WARNING" not in site.output
    assert "Traceback" not in site.output


def test_every_generated_address_exists(site: Build, ladder: Ladder) -> None:
    pages = build_pages(ladder)
    assert len(pages) > 20
    for page in pages:
        assert (site.site / address_of(page.path) / "index.html").is_file(), page.path


def test_role_pages_have_an_anchor_for_every_competency_and_kpi(
    site: Build, ladder: Ladder
) -> None:
    for role in ladder.roles.values():
        ids = ids_in(site.site / "roles" / role.id / "index.html")
        missing = (set(role.competencies) | set(role.kpis)) - ids
        assert not missing, (role.id, missing)


def test_competency_kpi_and_value_anchors(site: Build, ladder: Ladder) -> None:
    for competency in ladder.competencies.values():
        ids = ids_in(site.site / "competencies" / competency.id / "index.html")
        assert set(competency.levels) <= ids, competency.id
    assert set(ladder.kpis) <= ids_in(site.site / "kpis" / "index.html")
    values = {value.id for value in ladder.handbook.values}
    assert values <= ids_in(site.site / "values" / "index.html")


def test_a_former_id_redirects_to_the_current_page(site: Build, ladder: Ladder) -> None:
    former = former_addresses(ladder)
    assert "roles/senior-seller/" in former
    for old, new in former.items():
        page = (site.site / old / "index.html").read_text(encoding="utf-8")
        refresh = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', page)
        assert refresh is not None, old
        landing = urljoin(f"https://h.example/{old}", refresh.group(1))
        assert landing == f"https://h.example/{new}"
        assert (site.site / new / "index.html").is_file()
        assert f'<a href="{refresh.group(1)}">' in page
        assert 'rel="canonical"' in page


# -- what every page carries ----------------------------------------------------------------------
def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_names_the_ladder_version(site: Build, ladder: Ladder) -> None:
    """...and links to that version's entry in the changelog, which must exist."""
    redirects = {f"{old}index.html" for old in former_addresses(ladder)}
    changelog = (site.site / "changelog/index.html").read_text(encoding="utf-8")
    assert 'id="v1-1"' in changelog
    for page in html_pages(site.site):
        if page.relative_to(site.site).as_posix() in redirects | {"404.html"}:
            continue
        text = page.read_text(encoding="utf-8")
        stamp = re.search(r'class="ladder-stamp__version">([^<]+)<', text)
        assert stamp is not None and stamp.group(1) == "1.1", page
        link = re.search(r'<a href="([^"]*)">version\s*<span class="ladder-stamp__version">', text)
        assert link is not None, page
        target = (page.parent / link.group(1).split("#")[0]).resolve()
        assert target == (site.site / "changelog").resolve(), page
        assert link.group(1).endswith("#v1-1"), page


FETCHED = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*?\s(?:src|srcset)=\"([^\"]+)\""
    r"|<link\b(?=[^>]*\srel=\"(?:stylesheet|icon|preload|prefetch|modulepreload|manifest|"
    r"preconnect|dns-prefetch)\")[^>]*\shref=\"([^\"]+)\""
    r"|<object\b[^>]*\sdata=\"([^\"]+)\""
    r"|url\(\s*['\"]?([^'\")]+)"
    r"|@import\s+['\"]([^'\"]+)"
)


def outside_hosts(text: str) -> set[str]:
    """Every URL a browser would fetch from another host: absolute or protocol-relative."""
    found = set()
    for match in FETCHED.finditer(text):
        for url in filter(None, match.groups()):
            for candidate in url.split(","):
                parts = urlsplit(html.unescape(candidate.strip().split(" ")[0]))
                if parts.netloc or parts.scheme not in ("", "data"):
                    found.add(candidate.strip())
    return found


def test_no_page_or_stylesheet_fetches_from_another_host(site: Build) -> None:
    checked = 0
    for path in [*html_pages(site.site), *sorted(site.site.rglob("*.css"))]:
        assert outside_hosts(path.read_text(encoding="utf-8")) == set(), path
        checked += 1
    assert checked > 20
    assert outside_hosts('<link rel="stylesheet" href="https://fonts.example/x.css">')
    assert outside_hosts('<script src="//cdn.example/x.js"></script>')
    assert outside_hosts("body{background:url(https://cdn.example/a.png)}")
    assert not outside_hosts('<link rel="canonical" href="https://h.example/">')


def test_hand_written_pages_quote_the_ladder(site: Build) -> None:
    home = (site.site / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", home))
    assert "Fixture Co handbook" in text
    assert "This is version 1.1 of the ladder" in text
    assert "aims for\n100% of quota" in text or "aims for 100% of quota" in text
    assert 'href="roles/rep/"' in home
    assert 'href="roles/senior-rep/#negotiation"' in home
    assert 'href="competencies/discovery/#skilled"' in home
    assert "<td>One-to-one</td>" in html.unescape(home)
    assert "{{" not in home


def test_search_finds_roles_and_competencies(site: Build, ladder: Ladder) -> None:
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = {html.unescape(doc["title"]) for doc in index["docs"]}
    for role in ladder.roles.values():
        assert role.title in titles
    for competency in ladder.competencies.values():
        assert competency.name in titles


def test_role_pages_are_tagged_by_track_and_competency(site: Build) -> None:
    page = (site.site / "roles" / "rep" / "index.html").read_text(encoding="utf-8")
    tags = {html.unescape(t) for t in re.findall(r'class="md-tag[^"]*"[^>]*>([^<]+)<', page)}
    assert {"Selling", "Discovery", "Negotiation"} <= tags
    listing = (site.site / "tags" / "index.html").read_text(encoding="utf-8")
    assert 'href="../roles/rep/"' in listing


def test_the_menu_stays_small_on_a_deep_page(site: Build) -> None:
    page = (site.site / "roles" / "rep" / "to" / "senior-rep" / "index.html").read_text()
    primary = page[page.index("md-nav--primary") : page.index("md-sidebar--secondary")]
    links = re.findall(r'class="md-nav__link[^"]*"[^>]*href="([^"]+)"', primary)
    links += re.findall(r'href="([^"]+)"[^>]*class="md-nav__link', primary)
    assert not any("/to/" in link or "self-assessment" in link for link in links)
    assert len(set(links)) < 25


def test_the_build_never_writes_into_content(site: Build) -> None:
    written = sorted(
        p.relative_to(site.root / "content").as_posix()
        for p in (site.root / "content").rglob("*")
        if p.is_file()
    )
    assert written == sorted(PAGES)


# -- same input, same bytes -----------------------------------------------------------------------
def test_two_builds_are_byte_identical(site: Build) -> None:
    again = mkdocs_build(site.root, site="site-again")
    assert again.returncode == 0, again.output
    first = {p.relative_to(site.site): p.read_bytes() for p in site.site.rglob("*") if p.is_file()}
    second = {
        p.relative_to(again.site): p.read_bytes() for p in again.site.rglob("*") if p.is_file()
    }
    assert sorted(first) == sorted(second)
    different = [str(path) for path in first if first[path] != second[path]]
    assert different == []


# -- builds that must fail ------------------------------------------------------------------------
def test_a_ladder_error_stops_the_build_with_path_line_col(tmp_path: Path) -> None:
    ladder = copy_ladder(tmp_path)
    rep = ladder / "roles" / "rep.yml"
    rep.write_text(rep.read_text().replace("level: 1", "level: first"), encoding="utf-8")
    built = project(tmp_path, ladder)
    assert built.returncode == 1
    assert re.search(
        r"ERROR\s+-\s+ladder/roles/rep\.yml:6:8: error: expected a whole number, not \"first\"",
        built.output,
    )
    assert "Aborted: the ladder folder ladder/ has 1 error (listed above)" in built.output
    assert "Traceback" not in built.output
    assert not (tmp_path / "site").exists()


def test_a_collision_stops_the_build_and_keeps_the_hand_written_page(tmp_path: Path) -> None:
    built = project(tmp_path, pages={**PAGES, "roles/rep.md": "# My rep page\n"})
    assert built.returncode == 1
    assert (
        "content/roles/rep.md:1:1: error: this hand-written page takes the address" in built.output
    )
    assert "Traceback" not in built.output
    assert (tmp_path / "content" / "roles" / "rep.md").read_text() == "# My rep page\n"


def test_an_unknown_macro_id_fails_the_strict_build(tmp_path: Path) -> None:
    page = "---\nrender_macros: true\n---\n\n# Guide\n\n{{ role_title('reps') }}\n"
    built = project(tmp_path, pages={**PAGES, "guide.md": page})
    assert built.returncode == 1
    assert 'there is no role with the id "reps"; did you mean "rep"?' in built.output


def test_a_page_that_forgets_to_opt_in_fails_the_strict_build(tmp_path: Path) -> None:
    built = project(tmp_path, pages={**PAGES, "guide.md": "# Guide\n\n{{ role_title('rep') }}\n"})
    assert built.returncode == 1
    assert "guide.md: uses the ladder macro role_title but does not opt in" in built.output


def test_a_broken_link_in_a_hand_written_page_fails_the_strict_build(tmp_path: Path) -> None:
    page = "# Guide\n\nSee [the rep](roles/rep/index.md#no-such-anchor).\n"
    built = project(tmp_path, pages={**PAGES, "guide.md": page})
    assert built.returncode == 1
    assert "no-such-anchor" in built.output


# -- text from the YAML is shown as typed ---------------------------------------------------------
HOSTILE = {
    "title: Sales rep": "title: '<img src=x onerror=alert(1)> {{ 7*7 }} [x](javascript:alert(1))'",
    "name: Discovery": "name: '<script>alert(1)</script> | # Discovery'",
    "name: Selling": "name: '</title><b>Selling</b> & co'",
}


def test_hostile_text_never_becomes_markup(tmp_path: Path) -> None:
    ladder = copy_ladder(tmp_path)
    for path in ladder.glob("*/*.yml"):
        text = path.read_text(encoding="utf-8")
        for plain_text, hostile in HOSTILE.items():
            text = re.sub(rf"^{re.escape(plain_text)}$", hostile, text, flags=re.MULTILINE)
        path.write_text(text, encoding="utf-8")
    built = project(tmp_path, ladder)
    assert built.returncode == 0, built.output
    for page in html_pages(built.site):
        text = page.read_text(encoding="utf-8")
        assert "<img src=x" not in text, page
        assert "<script>alert" not in text, page
        assert "<b>Selling" not in text, page
        article = text[text.find("<article") : text.find("</article>")]
        assert not re.search(r"(?:href|src|action)=[\"']?\s*javascript:", article, re.I), page
        assert "> 49 [x]" not in html.unescape(text), page  # {{ 7*7 }} never evaluated
    role = html.unescape((built.site / "roles" / "rep" / "index.html").read_text())
    assert "<img src=x onerror=alert(1)> {{ 7*7 }} [x](javascript:alert(1))" in role
