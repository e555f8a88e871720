"""Claim owners and channel pauses in the outbox, on real SQLite stores with a fake clock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from pytest_httpserver import HTTPServer

from monitor.alerts import outbox
from monitor.channels.webhook import WebhookChannel
from monitor.domain import AlertMessage
from monitor.store import pauses
from tests.integration.alerts_support import T0, FakeClock, delivery, enqueue, message, rows, store


class Recorder:
    def __init__(self, name: str):
        self.name, self.rate_per_second = name, 1000.0
        self.sent: list[str] = []

    def send(self, msg: AlertMessage) -> None:
        self.sent.append(msg.idempotency_key)


def claim_as(engine: sa.Engine, owner: str, key: str) -> None:
    """Leave row `key` as a process called `owner` leaves it when it dies mid-send."""
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alert SET status='sending', claimed_by=:o, attempts=1, claimed_until=:u "
                             "WHERE idempotency_key=:k"),
                     {"o": owner, "k": key, "u": (T0 + timedelta(seconds=300)).replace(tzinfo=None)})


def test_a_claim_names_its_owner_until_it_is_finished(tmp_path: Path) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["rec"])
    seen: list[str | None] = []

    class Peek(Recorder):
        def send(self, msg: AlertMessage) -> None:
            seen.append(rows(engine)[0].claimed_by)

    with outbox.Owner(engine, role="run") as me:
        outbox.dispatch_due(engine, {"rec": Peek("rec")}, delivery(), now=FakeClock(), owner=me)
    assert seen == [me.id] and me.id.startswith("run:")
    (row,) = rows(engine)
    assert (row.status, row.claimed_by) == ("sent", None)


def test_a_daemon_on_sqlite_reclaims_a_dead_daemons_claims_at_once(tmp_path: Path) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message(0), message(1)], ["rec"])
    claim_as(engine, "run:host:4242:77", "ALGIE|impairment|0|rec")  # a daemon killed mid-send
    claim_as(engine, "cli:host:4343:78", "ALGIE|impairment|1|rec")  # a `once` that may still run
    clock = FakeClock()
    channel = Recorder("rec")
    # A one-off dispatcher takes nothing that is claimed: the lease has not run out.
    outbox.dispatch_due(engine, {"rec": channel}, delivery(), now=clock)
    assert channel.sent == []
    with outbox.Owner(engine, role=outbox.DAEMON) as daemon:
        assert outbox.reclaim_orphans(engine, daemon, clock()) == 1
        outbox.dispatch_due(engine, {"rec": channel}, delivery(), now=clock, owner=daemon)
    assert channel.sent == ["ALGIE|impairment|0"]  # at once, not after the 300 s lease
    assert [(r.status, r.attempts) for r in rows(engine)] == [("sent", 2), ("sending", 1)]
    clock.advance(301)  # the other one waits for its lease, as before
    outbox.dispatch_due(engine, {"rec": channel}, delivery(), now=clock)
    assert channel.sent == ["ALGIE|impairment|0", "ALGIE|impairment|1"]


def test_retry_after_pauses_only_that_channel_across_dispatcher_runs(tmp_path: Path, httpserver: HTTPServer) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message(i) for i in range(3)], ["hook"])
    enqueue(engine, [message(9)], ["other"])
    httpserver.expect_oneshot_request("/hook").respond_with_data("slow down", status=429,
                                                                 headers={"Retry-After": "120"})
    httpserver.expect_request("/hook").respond_with_data("ok")
    hook = WebhookChannel("hook", httpserver.url_for("/hook"), timeout=5, rate_per_second=1000)
    other = Recorder("other")
    clock = FakeClock()
    channels = {"hook": hook, "other": other}
    stats = outbox.dispatch_due(engine, channels, delivery(), now=clock, sleep=clock.sleep)
    assert (stats.sent, stats.retried) == (1, 1)  # the other channel went on
    assert len(httpserver.log) == 1 and other.sent == ["ALGIE|impairment|9"]
    assert pauses.paused_until(engine, "channel:hook", clock()) == clock() + timedelta(seconds=120)
    clock.advance(119)
    # A new run (a restarted process: a fresh rate limiter) still waits for the pause.
    outbox.dispatch_due(engine, channels, delivery(), now=clock, sleep=clock.sleep, limiter=outbox.RateLimiter())
    assert len(httpserver.log) == 1
    clock.advance(2)
    stats = outbox.dispatch_due(engine, channels, delivery(), now=clock, sleep=clock.sleep)
    assert stats.sent == 3 and len(httpserver.log) == 4


def test_a_pause_keeps_its_later_end_and_an_absurd_retry_after_is_capped(tmp_path: Path) -> None:
    engine = store(tmp_path)
    later = T0 + timedelta(seconds=300)
    assert pauses.set_pause(engine, "sec", later, "first", now=T0) == later
    assert pauses.set_pause(engine, "sec", T0 + timedelta(seconds=10), "second", now=T0) == later
    assert pauses.paused_until(engine, "sec", later) is None  # over at its end
    end = outbox.pause_channel(engine, "hook", 30 * 86_400, "HTTP 429", now=T0)
    assert end == T0 + timedelta(seconds=outbox.MAX_BACKOFF_SECONDS)
