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


@pytest.fixture
def pg_url() -> str:
    """A PostgreSQL database for the scale-out tests, emptied first; skipped without a server."""
    import os

    url = os.environ.get("FM_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("FM_TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    existing = sa.MetaData()
    existing.reflect(engine)  # every table, `alembic_version` and tables of other revisions included
    existing.drop_all(engine)
    engine.dispose()
    return url
