"""Shared test helpers: paths to fixtures and to the shared seed and corpus, the command as a user
runs it, a free port, bounded waits and a fake monotonic clock."""

from __future__ import annotations

import logging
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def cli(*args: str, cwd: Path = ROOT, env: Mapping[str, str | None] | None = None, stdin: str | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`filing-monitor ARGS` as a user runs it: a subprocess, with the settings named by `--config`
    ($FILING_MONITOR_CONFIG is unset); `env` adds variables to the environment (None removes one)."""
    full = {k: v for k, v in os.environ.items() if k != "FILING_MONITOR_CONFIG"}
    for key, value in (env or {}).items():
        if value is None:
            full.pop(key, None)
        else:
            full[key] = value
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=full, input=stdin, timeout=timeout, check=False)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], object], timeout: float, step: float = 0.1) -> object:
    """The predicate's first truthy value within `timeout` seconds, else its last value. For what a
    test can only observe from outside (another process, a server thread)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(step)


class FakeClock:
    """A monotonic clock and its sleep for code that takes both: sleeping advances it, nothing waits."""

    def __init__(self, t: float = 1000.0):
        self.t = t
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


@pytest.fixture(autouse=True)
def _cli_logging_ends_with_the_test() -> Iterator[None]:
    """A test that runs monitor.cli.main() in process configures logging as the command does (a
    handler on the root logger writing to stderr, level INFO); later tests must not print through it."""
    root = logging.getLogger()
    level = root.level
    yield
    from monitor.cli import _StderrHandler

    for handler in [h for h in root.handlers if isinstance(h, _StderrHandler)]:
        root.removeHandler(handler)
    root.setLevel(level)


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
