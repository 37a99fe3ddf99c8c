"""The page data the script's unit tests run on is the generator's own, and current.

tests/js/fixtures/*.json hold the embedded JSON of self-assessment pages built from the
fixture ladder (tests/fixtures/ladder), `format` included, so `node --test tests/js/` runs
the script against exactly what Python writes. When the page data changes, rewrite them with
`LADDER_UPDATE_GOLDEN=1 pytest tests/js/test_fixture_data.py` (the run then fails, so the
change is looked at before it is committed).
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest

from generator.ladder import Ladder
from generator.site.pages import build_pages

FIXTURES = Path(__file__).parent / "fixtures"
ROLES = ("rep", "senior-rep")
UPDATE = os.environ.get("LADDER_UPDATE_GOLDEN") == "1"


def role_data(ladder: Ladder, role: str) -> str:
    page = next(
        p for p in build_pages(ladder) if p.path == f"roles/{role}/self-assessment/index.md"
    )
    match = re.search(r"data-role-data='([^']*)'", page.content)
    assert match
    data = json.loads(html.unescape(match.group(1)))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("role", ROLES)
def test_the_scripts_fixture_is_the_generators_page_data(fixture_ladder: Ladder, role: str) -> None:
    path = FIXTURES / f"{role}.json"
    current = role_data(fixture_ladder, role)
    if UPDATE:
        path.write_text(current, encoding="utf-8")
        pytest.fail(
            f"rewrote {path.name}: read the diff, then run again without LADDER_UPDATE_GOLDEN"
        )
    assert path.is_file(), f"no {path.name}: run with LADDER_UPDATE_GOLDEN=1"
    assert path.read_text(encoding="utf-8") == current, f"{path.name} is out of date"
