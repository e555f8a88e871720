"""Shared test helpers: paths to fixtures and to the shared seed and corpus."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
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


@dataclass(frozen=True)
class DemoRun:
    """What `filing-monitor demo` left behind: the settings it printed and its store."""

    config: Path
    store: Path
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """`filing-monitor demo` run once per test session, as a user runs it (a subprocess, offline, with
    the warnings a user would see); tests read its output and store, and change neither."""
    tmp = tmp_path_factory.mktemp("demo")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "demo"], capture_output=True, text=True, timeout=60, check=False,
        env={**env, "TMPDIR": str(tmp)},  # the demo keeps its store in a fresh temp directory
    )
    assert done.returncode == 0, done.stdout + done.stderr
    config = re.search(r"; settings (\S+\.toml)$", done.stdout, re.MULTILINE)
    store = re.search(r"; store at (\S+)$", done.stdout, re.MULTILINE)
    assert config and store, done.stdout
    return DemoRun(Path(config.group(1)), Path(store.group(1)), done.stdout, done.stderr)
