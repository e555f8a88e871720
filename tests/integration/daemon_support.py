"""Helpers for tests that run `filing-monitor run` as real processes: settings, start and stop with
bounded waits, and a webhook receiver (monitor.replay) that checks signatures as docs/webhook.md
tells a receiver to."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from monitor.replay import Answer, ReplayServer, Request
from monitor.store import AlertRow, make_engine
from tests.conftest import free_port, wait_for

__all__ = ["HookReceiver", "alert_rows", "daemons", "holding_first", "settings", "webhook_channel"]

ROOT = Path(__file__).resolve().parents[2]
SECRET_ENV = "FM_TEST_HOOK_SECRET"
SECRET = "a-webhook-secret-for-tests"
HOOK = "/hook"


def settings(store_url: str, *, channels: str, extra: str = "") -> str:
    """A config for a daemon without EDGAR; `channels` are [[channel]] tables, all of them defaults."""
    names = [line.split("=", 1)[1].strip() for line in channels.splitlines() if line.startswith("name")]
    return f"""
[store]
url = "{store_url}"

[edgar]
enabled = false
{channels}
[defaults]
channels = [{", ".join(names)}]

[delivery]
dispatch_seconds = 0.2
base_delay_seconds = 1

[daemon]
jitter_seconds = 0
{extra}"""


def webhook_channel(url: str, name: str = "hook") -> str:
    return f'\n[[channel]]\nname = "{name}"\ntype = "webhook"\nurl = "{url}"\nsecret_env = "{SECRET_ENV}"\n'


@dataclass
class RunningDaemon:
    """One `filing-monitor run` process with its health endpoint and its log file."""

    proc: subprocess.Popen[bytes]
    health: str
    log: Path
    terminated: bool = False

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.health + "/healthz", timeout=2) as r:
                return bool(r.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def wait_up(self, timeout: float = 30) -> None:
        """Until /healthz answers and the daemon logged its start (its signal handlers are set then)."""
        up = wait_for(lambda: self.proc.poll() is not None
                      or ("daemon started" in self.log_text() and self.healthy()), timeout)
        assert up and self.proc.poll() is None, f"the daemon did not come up:\n{self.log_text()}"

    def terminate(self) -> None:
        """One SIGTERM (a second one could reach the interpreter's exit, when it kills)."""
        if not self.terminated and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.terminated = True

    def stop(self, timeout: float = 20) -> int:
        """SIGTERM (if not sent yet), then the exit code."""
        self.terminate()
        return self.proc.wait(timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def log_text(self) -> str:
        return self.log.read_text("utf-8", errors="replace") if self.log.exists() else ""


@contextmanager
def daemons(config: Path, workdir: Path) -> Iterator[Callable[[str], RunningDaemon]]:
    """`with daemons(config, tmp) as start: d = start("a")`: every daemon started is killed at the end."""
    started: list[RunningDaemon] = []

    def start(name: str) -> RunningDaemon:
        port = free_port()
        log = workdir / f"daemon-{name}.log"
        with log.open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "monitor.cli", "run", "--config", str(config),
                 "--http", f"127.0.0.1:{port}"],
                cwd=workdir, stdout=out, stderr=subprocess.STDOUT,
                env={**os.environ, SECRET_ENV: SECRET, "PYTHONPATH": str(ROOT)},
            )
        daemon = RunningDaemon(proc, f"http://127.0.0.1:{port}", log)
        started.append(daemon)
        return daemon

    try:
        yield start
    finally:
        for d in started:
            d.kill()


@dataclass
class Post:
    key: str
    at: float  # time.time() on arrival
    signed: bool  # the signature checks out with the shared secret


@dataclass
class HookReceiver:
    """A webhook endpoint on a ReplayServer. `answer` decides each reply (default 200)."""

    server: ReplayServer = field(default_factory=ReplayServer)
    answer: Callable[[Request], Answer] = lambda _r: Answer(200, {}, b"ok")

    def __post_init__(self) -> None:
        self.server.add(HOOK, lambda r: self.answer(r))
        self.server.start()

    @property
    def url(self) -> str:
        return self.server.url + HOOK

    def posts(self) -> list[Post]:
        return [
            Post(json.loads(r.body)["idempotency_key"], r.at, signature_ok(r))
            for r in self.server.requests(HOOK) if r.method == "POST"
        ]

    def keys(self) -> list[str]:
        return [p.key for p in self.posts()]

    def stop(self) -> None:
        self.server.stop()


def signature_ok(request: Request, secret: str = SECRET) -> bool:
    """docs/webhook.md: sha256=HMAC-SHA256(secret, "<timestamp>." + body), a fresh timestamp."""
    timestamp = request.header("X-Filing-Monitor-Timestamp")
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + request.body, hashlib.sha256).hexdigest()
    fresh = timestamp.isdigit() and abs(time.time() - int(timestamp)) < 300
    return fresh and hmac.compare_digest(request.header("X-Filing-Monitor-Signature"), "sha256=" + mac)


def holding_first(release: threading.Event) -> HookReceiver:
    """A receiver that keeps the first POST waiting (its sender is mid-delivery) until `release`."""
    first: list[Request] = []

    def answer(request: Request) -> Answer:
        if not first:
            first.append(request)
            release.wait(30)
        return Answer(200, {}, b"ok")

    return HookReceiver(answer=answer)


def alert_rows(url: str) -> list[AlertRow]:
    """The outbox rows of the store at `url`, read with an engine of their own."""
    engine = make_engine(url, create=False)
    try:
        with Session(engine) as s:
            return list(s.exec(select(AlertRow).order_by(AlertRow.id)).all())
    finally:
        engine.dispose()
