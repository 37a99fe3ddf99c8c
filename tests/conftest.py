"""Fixtures shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ladder import Ladder
from generator.validate.folder import load_ladder

FIXTURE = Path(__file__).parent / "fixtures" / "ladder"


@pytest.fixture
def fixture_ladder() -> Ladder:
    """The small complete fixture ladder, loaded and validated."""
    ladder, problems = load_ladder(FIXTURE)
    assert ladder is not None, problems
    return ladder
