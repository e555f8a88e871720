"""Shared test helpers: paths to fixtures and to the shared seed and corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def seed_text() -> str:
    return (FIXTURES / "seed" / "ALGIE-2005-07-27-ex99-1.txt").read_text("utf-8")
