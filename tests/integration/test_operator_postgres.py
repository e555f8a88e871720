"""The delivery policy on PostgreSQL: daemons building digests at the same moment batch each held
alert once (the rows are locked FOR UPDATE SKIP LOCKED), and mutes, ack and retry work there too."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from monitor.alerts import outbox, stage
from monitor.settings import Settings, from_dict
from monitor.store import make_engine, session_scope
from tests.integration.alerts_support import T0, message, rows

N = 30


def settings(url: str) -> Settings:
    return from_dict({"store": {"url": url}, "edgar": {"enabled": False},
                      "channel": [{"name": "mail", "type": "console", "digest": "hourly"}]}, "t.toml", env={})


def test_daemons_building_digests_together_batch_each_alert_once(pg_url: str) -> None:
    s = settings(pg_url)
    engine = make_engine(pg_url)
    with session_scope(engine) as session:
        for i in range(N):
            stage.enqueue(session, s, message(i), ["mail"], now=T0)
    barrier = threading.Barrier(3)
    due = T0 + timedelta(hours=1)

    def build() -> list[int]:
        own = make_engine(pg_url, create=False)
        try:
            barrier.wait(timeout=10)
            return stage.build_digests(own, s, due)
        finally:
            own.dispose()

    with ThreadPoolExecutor(3) as pool:
        built = [f.result(timeout=30) for f in [pool.submit(build) for _ in range(3)]]
    digests = [d for b in built for d in b]
    got = rows(engine)
    batched = [r for r in got if r.status == "digested"]
    assert len(batched) == N  # every held alert in exactly one digest
    assert {r.note for r in batched} == {f"in digest {d}" for d in digests}
    assert sorted(r.id for r in got if r.kind == "digest") == sorted(digests)
    engine.dispose()


def test_mute_ack_and_retry_on_postgresql(pg_url: str) -> None:
    s = settings(pg_url)
    engine = make_engine(pg_url)
    stage.add_mute(engine, "ALGIE", ["impairment"], now=T0, until=T0 + timedelta(days=1))
    with session_scope(engine) as session:
        stage.enqueue(session, s, message(1), ["hook", "audit"], now=T0)
        stage.enqueue(session, s, message(2), ["hook"], now=T0 + timedelta(days=2))
    assert [r.status for r in rows(engine)] == ["muted", "muted", "pending"]
    assert outbox.requeue(engine, [1], now=T0) == 1
    assert outbox.acknowledge(engine, 2, "seen", now=T0) == ([1, 2], 1)
    assert [r.status for r in rows(engine)] == ["acked", "muted", "pending"]
    assert stage.end_mutes(engine, "ALGIE", [], now=T0)[0] == 1
    engine.dispose()
