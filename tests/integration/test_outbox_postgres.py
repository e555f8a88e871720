"""The outbox on PostgreSQL: concurrent dispatchers share the table (FOR UPDATE SKIP LOCKED) and
deliver each alert once; enqueue races end in one row per key."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import sqlalchemy as sa
from sqlmodel import select

from monitor.alerts import outbox
from monitor.domain import AlertMessage
from monitor.store import AlertRow, make_engine, session_scope
from tests.integration.alerts_support import T0, delivery, message

N = 40


class Recorder:
    """A channel that remembers what it was given (thread-safe); delivery itself is not under test."""

    def __init__(self, name: str, seen: Counter[str], lock: threading.Lock):
        self.name, self.seen, self.lock = name, seen, lock
        self.rate_per_second = 100_000.0

    def send(self, msg: AlertMessage) -> None:
        with self.lock:
            self.seen[msg.idempotency_key] += 1


def test_two_dispatchers_deliver_each_alert_once(pg_url: str) -> None:
    engine = make_engine(pg_url)
    with session_scope(engine) as s:
        for i in range(N):
            outbox.enqueue(s, message(i), ["rec"], now=T0)
    seen: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(2)

    def run() -> None:
        own = make_engine(pg_url, create=False)
        try:
            barrier.wait(timeout=10)
            channel = Recorder("rec", seen, lock)
            while outbox.dispatch_due(
                own, {"rec": channel}, delivery(), limit=5, limiter=outbox.RateLimiter()
            ).sent:
                pass
        finally:
            own.dispose()

    with ThreadPoolExecutor(2) as pool:
        for future in [pool.submit(run) for _ in range(2)]:
            future.result(timeout=30)  # re-raises a dispatcher's error here
    assert sorted(seen) == sorted(f"ALGIE|impairment|{i}" for i in range(N))
    assert set(seen.values()) == {1}
    with session_scope(engine) as s:
        assert {r.status for r in s.exec(select(AlertRow)).all()} == {"sent"}


def test_enqueue_race_is_skipped_by_the_unique_key(pg_url: str) -> None:
    a, b = make_engine(pg_url), make_engine(pg_url, create=False)
    with session_scope(a) as first:
        assert outbox.enqueue(first, message(), ["x"], now=T0) == 1
        first.flush()  # the row exists but is not committed: the second instance cannot see it
        results: list[int] = []

        def second() -> None:
            with session_scope(b) as s:
                # its check sees nothing; its insert waits on the unique index, then is skipped
                results.append(outbox.enqueue(s, message(), ["x", "y"], now=T0))

        t = threading.Thread(target=second)
        t.start()
        assert _wait_for_lock_waiter(a), "the second enqueue never waited on the unique key"
    t.join(timeout=20)
    assert not t.is_alive() and results == [1]
    with session_scope(a) as s:
        keys = sorted(r.idempotency_key for r in s.exec(select(AlertRow)).all())
    assert keys == ["ALGIE|impairment|0|x", "ALGIE|impairment|0|y"]


def _wait_for_lock_waiter(engine: sa.Engine, timeout: float = 10) -> bool:
    query = sa.text(
        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"
    )
    deadline = time.monotonic() + timeout
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            if conn.execute(query).scalar():
                return True
            conn.rollback()
            time.sleep(0.02)
    return False
