"""The outbox on a real SQLite file: enqueue, dispatch, backoff, dead-letter, rate limit, sources."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import select

from monitor.alerts import outbox
from monitor.channels.jsonl import JsonlChannel
from monitor.channels.webhook import WebhookChannel
from monitor.domain import AlertMessage, SourceRef
from monitor.store import AlertRow, session_scope
from tests.integration.alerts_support import T0, FakeClock, delivery, enqueue, message, rows, store


def _jsonl(tmp_path: Path, clock: FakeClock, name: str = "audit", rate: float = 1000.0) -> JsonlChannel:
    return JsonlChannel(name, tmp_path / f"{name}.jsonl", clock=clock, rate_per_second=rate)


def _lines(tmp_path: Path, name: str = "audit") -> list[dict]:
    path = tmp_path / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()] if path.exists() else []


def test_enqueue_is_idempotent(tmp_path: Path) -> None:
    engine = store(tmp_path)
    assert enqueue(engine, [message()], ["a", "b", "a"]) == 2
    assert enqueue(engine, [message()], ["a", "b"]) == 0
    assert enqueue(engine, [message()], ["b", "c"]) == 1
    got = rows(engine)
    assert [r.idempotency_key for r in got] == [f"ALGIE|impairment|0|{c}" for c in ("a", "b", "c")]
    r = got[0]
    assert (r.status, r.attempts, r.kind, r.next_attempt_at, r.created_at) == (
        "pending",
        0,
        "impairment",
        T0,
        T0,
    )
    assert AlertMessage.from_dict(json.loads(r.payload)) == message()


def test_enqueue_joins_the_callers_transaction(tmp_path: Path) -> None:
    engine = store(tmp_path)
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        outbox.enqueue(s, message(), ["a"], now=T0)
        raise RuntimeError("ingest failed after the alert rows were added")
    assert rows(engine) == []  # rolled back with the release: no alert without its release


def test_dispatch_marks_sent(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message(1), message(2)], ["audit"])
    stats = outbox.dispatch_due(
        engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock, sleep=clock.sleep
    )
    assert (stats.sent, stats.retried, stats.dead) == (2, 0, 0)
    assert [line["idempotency_key"] for line in _lines(tmp_path)] == [
        "ALGIE|impairment|1",
        "ALGIE|impairment|2",
    ]
    for r in rows(engine):
        assert (r.status, r.attempts, r.claimed_until, r.last_error) == ("sent", 1, None, "")
        assert r.sent_at is not None and T0 <= r.sent_at < T0 + timedelta(seconds=1)
    # nothing due any more: a second run sends nothing
    again = outbox.dispatch_due(
        engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock, sleep=clock.sleep
    )
    assert again.sent == 0 and len(_lines(tmp_path)) == 2


def test_not_due_yet_is_left_alone(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["audit"], now=T0 + timedelta(minutes=5))
    assert outbox.dispatch_due(engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock).sent == 0
    assert rows(engine)[0].status == "pending"


def _failing_hook(httpserver: HTTPServer, status: int = 500) -> WebhookChannel:
    httpserver.expect_request("/h").respond_with_data("down", status=status)
    return WebhookChannel("hook", httpserver.url_for("/h"), timeout=5)


@pytest.mark.parametrize(("jitter", "factor"), [(0.0, 1.0), (1.0, 1.25)])
def test_backoff_grows(tmp_path: Path, httpserver: HTTPServer, jitter: float, factor: float) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["hook"])
    hook = _failing_hook(httpserver)
    d = delivery(base_delay_seconds=10, max_attempts=10)
    delays = []
    for _ in range(5):
        outbox.dispatch_due(engine, {"hook": hook}, d, now=clock, sleep=clock.sleep, rng=lambda: jitter)
        (r,) = rows(engine)
        assert r.status == "pending" and "HTTP 500" in r.last_error
        delays.append((r.next_attempt_at - clock()).total_seconds())
        clock.t = r.next_attempt_at
    assert delays == [10 * factor, 20 * factor, 40 * factor, 80 * factor, 160 * factor]
    assert len(httpserver.log) == 5 and rows(engine)[0].attempts == 5


def test_backoff_capped_and_retry_after_wins() -> None:
    d = delivery(base_delay_seconds=30)
    assert outbox.backoff_seconds(d, 1, 0.0, None) == 30
    assert outbox.backoff_seconds(d, 1, 0.0, 90.0) == 90
    assert outbox.backoff_seconds(d, 30, 0.0, None) == outbox.MAX_BACKOFF_SECONDS


def test_max_attempts_then_dead(tmp_path: Path, httpserver: HTTPServer) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["hook"])
    hook = _failing_hook(httpserver, 503)
    d = delivery(base_delay_seconds=1, max_attempts=3)
    results = []
    for _ in range(5):
        results.append(
            outbox.dispatch_due(engine, {"hook": hook}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0)
        )
        clock.advance(3600)
    assert [(s.retried, s.dead) for s in results] == [(1, 0), (1, 0), (0, 1), (0, 0), (0, 0)]
    (r,) = rows(engine)
    assert (r.status, r.attempts) == ("dead", 3)
    assert r.last_error.startswith("gave up after 3 attempts: webhook hook: HTTP 503")
    assert len(httpserver.log) == 3


def test_too_old_then_dead(tmp_path: Path, httpserver: HTTPServer) -> None:
    engine, clock = store(tmp_path), FakeClock(T0 + timedelta(hours=25))
    enqueue(engine, [message()], ["hook"])  # created at T0
    stats = outbox.dispatch_due(
        engine, {"hook": _failing_hook(httpserver)}, delivery(max_age_hours=24), now=clock
    )
    assert stats.dead == 1
    assert rows(engine)[0].last_error.startswith("gave up after 24 hours")


def test_rate_limit_per_channel_with_fake_clock(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message(i) for i in range(4)], ["slow", "fast"])
    channels = {"slow": _jsonl(tmp_path, clock, "slow", rate=0.5), "fast": _jsonl(tmp_path, clock, "fast")}
    limiter = outbox.RateLimiter()
    stats = outbox.dispatch_due(engine, channels, delivery(), now=clock, sleep=clock.sleep, limiter=limiter)
    assert stats.sent == 8
    slow = [line["sent_at"] for line in _lines(tmp_path, "slow")]
    times = [T0 + timedelta(seconds=s) for s in (0, 2, 4, 6)]
    assert slow == [t.isoformat() for t in times]  # one every 2 s at 0.5/s
    fast = _lines(tmp_path, "fast")
    assert len(fast) == 4  # the other channel was never held back beyond its own (high) rate
    assert all(s <= 2.0 for s in clock.slept)
    # The pacing carries over to the next dispatch call (the daemon calls it every few seconds).
    enqueue(engine, [message(9)], ["slow"], now=clock())
    outbox.dispatch_due(engine, channels, delivery(), now=clock, sleep=clock.sleep, limiter=limiter)
    assert _lines(tmp_path, "slow")[-1]["sent_at"] == (T0 + timedelta(seconds=8)).isoformat()


def test_limit_bounds_one_call(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message(i) for i in range(5)], ["audit"])
    channels = {"audit": _jsonl(tmp_path, clock)}
    assert outbox.dispatch_due(engine, channels, delivery(), now=clock, limit=2).sent == 2
    assert outbox.dispatch_due(engine, channels, delivery(batch=1), now=clock).sent == 1
    assert outbox.dispatch_due(engine, channels, delivery(), now=clock).sent == 2


def test_unconfigured_channel_waits_then_dies_of_age(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["gone", "audit"])
    stats = outbox.dispatch_due(engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock)
    assert (stats.sent, stats.waiting, stats.dead) == (1, 1, 0)
    gone = next(r for r in rows(engine) if r.channel == "gone")
    assert (gone.status, gone.attempts, gone.last_error) == ("pending", 0, "channel not configured")
    # the config gets the channel back: it is delivered
    clock.advance(60)
    assert (
        outbox.dispatch_due(engine, {"gone": _jsonl(tmp_path, clock, "gone")}, delivery(), now=clock).sent
        == 1
    )
    # another one whose channel never comes back dies after max_age_hours
    enqueue(engine, [message(2)], ["never"], now=clock())
    clock.advance(25 * 3600)
    assert outbox.dispatch_due(engine, {}, delivery(max_age_hours=24), now=clock).dead == 1
    never = next(r for r in rows(engine) if r.channel == "never")
    assert never.status == "dead" and "channel not configured" in never.last_error


def test_expired_lease_is_reclaimed_live_lease_is_not(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message(1), message(2)], ["audit"])
    with session_scope(engine) as s:
        for r, until in zip(s.exec(select(AlertRow).order_by(AlertRow.id)).all(), (-1, 60), strict=True):
            r.status, r.attempts, r.claimed_until = "sending", 1, T0 + timedelta(seconds=until)
    stats = outbox.dispatch_due(engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock)
    assert stats.sent == 1
    first, second = rows(engine)
    assert (first.status, first.attempts) == ("sent", 2)
    assert second.status == "sending"  # its dispatcher may still be sending it


def test_dispatcher_that_died_every_time_gives_up(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["audit"])
    with session_scope(engine) as s:
        r = s.exec(select(AlertRow)).one()
        r.status, r.attempts, r.claimed_until = "sending", 3, T0 - timedelta(seconds=1)
    assert (
        outbox.dispatch_due(
            engine, {"audit": _jsonl(tmp_path, clock)}, delivery(max_attempts=3), now=clock
        ).dead
        == 1
    )
    assert _lines(tmp_path) == []


class _Broken:
    name = "broken"

    def send(self, msg: AlertMessage) -> None:
        raise RuntimeError("bug in a channel")


def test_unexpected_channel_error_is_retried(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["broken"])
    assert outbox.dispatch_due(engine, {"broken": _Broken()}, delivery(), now=clock).retried == 1
    assert rows(engine)[0].last_error == "RuntimeError: bug in a channel"


def test_unreadable_payload_is_dead(tmp_path: Path) -> None:
    engine, clock = store(tmp_path), FakeClock()
    enqueue(engine, [message()], ["audit"])
    with session_scope(engine) as s:
        s.exec(select(AlertRow)).one().payload = "{not json"
    assert outbox.dispatch_due(engine, {"audit": _jsonl(tmp_path, clock)}, delivery(), now=clock).dead == 1
    assert rows(engine)[0].last_error.startswith("unreadable payload")


def test_add_source_joins_the_stored_alert(tmp_path: Path) -> None:
    engine = store(tmp_path)
    story = message(1, event_key='ALGIE|impairment|"q1"%_')  # quotes and LIKE wildcards in the key
    enqueue(engine, [story], ["a", "b"])
    enqueue(engine, [message(2, event_key="ALGIE|impairment|other")], ["a"])
    wire = SourceRef(
        "wire:globenewswire", "https://www.globenewswire.com/news-release/x", title="Press release"
    )
    with session_scope(engine) as s:
        assert outbox.add_source(s, story.event_key, wire) == 2
    with session_scope(engine) as s:
        assert outbox.add_source(s, story.event_key, wire) == 0  # already listed
        assert outbox.add_source(s, "ALGIE|impairment|", wire) == 0  # a prefix is not the key
    a, b, other = rows(engine)
    for r in (a, b):
        sources = AlertMessage.from_dict(json.loads(r.payload)).sources
        assert [s.source for s in sources] == ["edgar", "wire:globenewswire"]
    assert len(json.loads(other.payload)["sources"]) == 1
