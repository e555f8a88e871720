"""Crash safety: SIGKILL a dispatcher process mid-delivery; after a restart nothing is lost and at
most the one in-flight alert arrives twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import wait_for
from tests.integration.alerts_support import enqueue, message, rows, store

ROOT = Path(__file__).resolve().parents[2]
N = 50

DISPATCHER = """
import sys, time
from monitor.alerts.outbox import dispatch_due
from monitor.channels.webhook import WebhookChannel
from monitor.settings import Delivery
from monitor.store import make_engine

engine = make_engine("sqlite:///" + sys.argv[1])
hook = WebhookChannel("hook", sys.argv[2], timeout=5, rate_per_second=10_000)
delivery = Delivery(base_delay_seconds=0.2)
while True:
    dispatch_due(engine, {"hook": hook}, delivery, lease_seconds=float(sys.argv[3]))
    time.sleep(0.02)
"""


class SlowReceiver:
    """A webhook receiver that records each idempotency key on arrival, then takes ~50 ms to answer."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.lock = threading.Lock()
        self.arrived = threading.Condition(self.lock)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.arrived:
                    receiver.keys.append(json.loads(body)["idempotency_key"])
                    receiver.arrived.notify_all()
                time.sleep(0.05)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def wait(self, pred: Callable[[list[str]], bool], timeout: float) -> bool:
        with self.arrived:
            return self.arrived.wait_for(lambda: pred(self.keys), timeout=timeout)


@pytest.fixture
def receiver() -> Iterator[SlowReceiver]:
    r = SlowReceiver()
    thread = threading.Thread(target=r.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield r
    finally:
        r.server.shutdown()
        r.server.server_close()


def _start(db: Path, url: str, log: Path) -> subprocess.Popen[bytes]:
    out = log.open("ab")
    try:
        return subprocess.Popen(
            [sys.executable, "-c", DISPATCHER, str(db), url, "0.5"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        out.close()


def test_sigkill_mid_delivery_loses_nothing(tmp_path: Path, receiver: SlowReceiver) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message(i) for i in range(N)], ["hook"])
    engine.dispose()
    db, log = tmp_path / "outbox.db", tmp_path / "dispatcher.log"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(_start(db, receiver.url, log))
        # Kill the moment the 15th alert arrives: the dispatcher is waiting for the answer.
        assert receiver.wait(lambda k: len(k) >= 15, timeout=20), log.read_text()
        procs[0].send_signal(signal.SIGKILL)
        procs[0].wait(timeout=10)
        in_flight = [r.idempotency_key for r in rows(engine) if r.status == "sending"]
        assert len(in_flight) <= 1
        procs.append(_start(db, receiver.url, log))
        everything = {f"ALGIE|impairment|{i}" for i in range(N)}
        assert receiver.wait(lambda k: set(k) >= everything, timeout=30), log.read_text()
        wait_for(lambda: all(r.status == "sent" for r in rows(engine)), 10, step=0.05)  # asserted below
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait(timeout=10)
        engine.dispose()
    keys = receiver.keys
    assert set(keys) == everything  # every alert arrived at least once
    repeats = [k for k in set(keys) if keys.count(k) > 1]
    assert len(keys) - len(set(keys)) <= 1 and len(repeats) <= 1  # at most one arrived twice
    assert all(f"{k}|hook" in in_flight for k in repeats)  # and that one was the in-flight alert
    assert all(r.status == "sent" for r in rows(engine))
