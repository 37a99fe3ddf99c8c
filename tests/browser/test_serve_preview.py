"""`mkdocs serve` with a broken ladder (BAD_INPUTS 33): the preview lists the problems, as
inert text, at the page the editor has open, and turns back into the page when they are fixed.

Runs a real `mkdocs serve` (with its live-reload script) on a temporary project; the helpers
are those of tests/benchmarks/bench_serve_recovery.py, which times the same steps.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from playwright.sync_api import Browser

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_serve_recovery.py"
HOSTILE = '"<img src=x onerror=alert(1)>": 1\n'


def helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_serve_recovery", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("dirty", [False, True], ids=["full", "dirty"])
def test_the_preview_lists_problems_and_recovers(
    browser: Browser, tmp_path: Path, dirty: bool
) -> None:
    bench = helpers()
    ladder = bench.make_project(tmp_path)
    rep = ladder / "roles" / "rep.yml"
    good = rep.read_text(encoding="utf-8")
    rep.write_text(good.replace(bench.GOOD, bench.BAD + HOSTILE), encoding="utf-8")
    dialogs: list[str] = []
    errors: list[str] = []
    with bench.serving(tmp_path, dirty=dirty) as url:
        page = browser.new_page()
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url)
        page.wait_for_function(bench.heading_script(bench.PROBLEMS_TITLE), timeout=120_000)
        items = page.locator("article li").all_inner_texts()
        assert 'ladder/roles/rep.yml:6:8: error: expected a whole number, not "one"' in items
        assert any("<img src=x onerror=alert(1)>" in item for item in items), items
        assert page.locator("article img").count() == 0
        assert "ladder/" in page.locator("article p").first.inner_text()
        rep.write_text(good, encoding="utf-8")  # the fix: the page reloads by itself
        page.wait_for_function(bench.heading_script("Home"), timeout=180_000)
        page.goto(url + "roles/rep/")
        page.wait_for_function(bench.heading_script("Sales rep"), timeout=60_000)
        bench.set_level(ladder, bench.BAD)  # broken again, while a role page is open
        page.wait_for_function(bench.heading_script(bench.PROBLEMS_TITLE), timeout=180_000)
        assert page.url == url + "roles/rep/"
        page.close()
    assert dialogs == []
    assert errors == []
