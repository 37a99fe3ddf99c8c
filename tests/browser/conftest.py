"""A built handbook served on localhost, and Debian's Chromium driven by Playwright.

The fixture site is built once per run of the suite with `mkdocs build --strict` (the
repository's mkdocs.yml and theme overrides, the fixture ladder, a small home page), the
processes of pytest-xdist sharing it (`built_once` in tests/conftest.py: the tests only read
it), and served from a temporary folder by Python's own HTTP server on 127.0.0.1 and a free
port, one server per process. The rich site
(tests/fixtures/rich: eight tracks, 28 roles) is built only if a test asks for it, and so is
the repository's own handbook (ladder/ and content/), which only tests that accept whatever
it holds may use: an organisation replaces it with its own.

Chromium is Debian's (/usr/bin/chromium, installed by `make chromium`); Playwright's own
browser download does not work offline. Every request a page makes is recorded, and any
request to another host is refused and reported: the handbook must work on a closed network.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import FIXTURE, REPO, build_site, built_once, write_mkdocs_project
from playwright.sync_api import (
    Browser,
    Page,
    Playwright,
    Request,
    Route,
    ViewportSize,
    sync_playwright,
)

RICH = REPO / "tests" / "fixtures" / "rich"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOME = """---
title: Home
render_macros: true
---

# {{ organisation }} handbook

Pick a track to see its roles:

{{ track_list() }}

Senior reps are judged on
{{ role_link("senior-rep", anchor="negotiation", text="negotiation") }}. The
[commission policy](https://intranet.example/commission) explains pay.
"""
RICH_HOME = """---
title: Home
render_macros: true
---

# {{ organisation }} handbook

{{ role_count() }} roles on {{ track_count() }} tracks:

{{ track_list() }}

Start with {{ role_link("account-rep") }} or the {{ overview_link("map", "map") }}.
"""


def arrived_at(path: str) -> re.Pattern[str]:
    """The address of the page at `path` (ending with it), with or without a fragment: the
    theme's anchor tracking writes the heading in view into the address as a reader scrolls,
    so a page returned to with Back may carry one."""
    return re.compile(re.escape(path) + r"(#[\w-]*)?$")


TAGS = "---\ntitle: Tags\n---\n\n# Tags\n\n<!-- material/tags -->\n"


@dataclass
class Site:
    """A built site served over HTTP; `url` ends with a slash."""

    root: Path
    url: str


@dataclass
class Visit:
    """A page, and every request it made (those to another host were refused)."""

    page: Page
    site: Site
    requests: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def open(self, address: str) -> None:
        self.page.goto(self.site.url + address)
        self.page.wait_for_load_state("networkidle")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(QuietHandler, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def site_of(root: Path, ladder: Path, home: str) -> Path:
    """A site built from `ladder` and a home page, with the repository's mkdocs.yml."""
    write_mkdocs_project(root, ladder=ladder, pages={"index.md": home, "tags.md": TAGS})
    return build_site(root, root / "mkdocs.yml")


@pytest.fixture(scope="session")
def fixture_site(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
) -> Site:
    site = built_once(
        request.config, tmp_path_factory, "browser-site", lambda root: site_of(root, FIXTURE, HOME)
    )
    return Site(site, serve(site))


@pytest.fixture(scope="session")
def rich_site(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
) -> Site:
    """The rich fixture ladder: long role pages, many tracks, moves with their own rules."""
    site = built_once(
        request.config, tmp_path_factory, "rich-site", lambda root: site_of(root, RICH, RICH_HOME)
    )
    return Site(site, serve(site))


@pytest.fixture(scope="session")
def repository_site(repository_handbook: Path, serve: Callable[[Path], str]) -> Site:
    """The repository's handbook, whatever ladder/ and content/ hold."""
    return Site(repository_handbook, serve(repository_handbook))


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


DESKTOP: ViewportSize = {"width": 1280, "height": 900}
PHONE: ViewportSize = {"width": 390, "height": 844}
"""The two sizes the readers' journeys are walked at; a phone has touch and no hover."""


def visit_for(browser: Browser, site: Site, *, phone: bool = False) -> Iterator[Visit]:
    if phone:
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    else:
        context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    visit = Visit(page, site)

    def guard(route: Route, request: Request) -> None:
        visit.requests.append(request.url)
        if request.url.startswith(site.url) or request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            visit.refused.append(request.url)
            route.abort()

    context.route("**/*", guard)  # the context's route also sees the search worker's requests
    yield visit
    context.close()


@pytest.fixture
def visit(browser: Browser, fixture_site: Site) -> Iterator[Visit]:
    yield from visit_for(browser, fixture_site)


@pytest.fixture
def rich_visit(browser: Browser, rich_site: Site) -> Iterator[Visit]:
    yield from visit_for(browser, rich_site)


@pytest.fixture
def repository_visit(browser: Browser, repository_site: Site) -> Iterator[Visit]:
    yield from visit_for(browser, repository_site)
