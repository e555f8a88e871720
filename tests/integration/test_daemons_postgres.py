"""Several `filing-monitor run` processes on one PostgreSQL database, as real processes.

- A live daemon's claim is never taken by another; once its owner is killed (SIGKILL), the
  surviving daemon sends the alert within a few dispatch rounds.
- Two daemons started together on an EMPTY database, ten times in a row: both come up every time
  (the schema is created under the migration lock), the alert is delivered exactly once, and every
  webhook signature is valid.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.replay import ReplayServer
from monitor.store import make_engine
from tests.conftest import wait_for
from tests.integration.alerts_support import enqueue, message
from tests.integration.daemon_support import (
    HookReceiver,
    alert_rows,
    daemons,
    holding_first,
    settings,
    webhook_channel,
)
from tests.integration.test_daemon import ALGIE_TEXT
from tests.integration.wire_support import rss

ROUNDS = 10
FEED = "/feed.xml"


def test_a_live_owners_claim_is_never_taken_and_a_dead_ones_is_taken_over(pg_url: str, tmp_path: Path) -> None:
    engine = make_engine(pg_url)
    enqueue(engine, [message()], ["hook"], now=datetime.now(UTC))
    engine.dispose()
    release = threading.Event()
    hook = holding_first(release)  # the first delivery hangs: its daemon is mid-send
    config = tmp_path / "monitor.toml"
    config.write_text(settings(pg_url, channels=webhook_channel(hook.url)))
    try:
        with daemons(config, tmp_path) as start:
            a = start("a")
            assert wait_for(lambda: hook.posts(), 30), a.log_text()
            b = start("b")
            b.wait_up()
            # b dispatches (and looks for dead owners) every 0.2 s: a's claim must stay a's.
            assert not wait_for(lambda: len(hook.posts()) > 1, 2.0), "a live owner's claim was taken"
            (row,) = alert_rows(pg_url)
            assert row.status == "sending" and f":{a.proc.pid}:" in (row.claimed_by or "")
            killed = time.time()
            a.kill()
            again = wait_for(lambda: hook.posts()[1:], 10)
            assert again, f"the surviving daemon did not take the alert over:\n{b.log_text()}"
            print(f"taken over {again[0].at - killed:.2f} s after the owner was killed")  # type: ignore[index]
            release.set()
            assert wait_for(lambda: alert_rows(pg_url)[0].status == "sent", 10)
            assert b.stop() == 0
    finally:
        release.set()
        hook.stop()
    assert hook.keys() == ["ALGIE|impairment|0"] * 2  # the in-flight alert, once more: nothing else
    assert all(p.signed for p in hook.posts())


def empty_database(url: str) -> None:
    engine = sa.create_engine(url)
    existing = sa.MetaData()
    existing.reflect(engine)
    existing.drop_all(engine)
    engine.dispose()


@pytest.mark.timeout(300)
def test_two_daemons_started_together_on_an_empty_database_ten_times(pg_url: str, tmp_path: Path) -> None:
    feed = ReplayServer().start()
    feed.add(FEED, rss([("algie-impairment-1", "American Locker Group to record impairment", ALGIE_TEXT)]),
             content_type="application/rss+xml")
    hook = HookReceiver()
    config = tmp_path / "monitor.toml"
    wire = f'\n[[wire]]\nname = "newswire"\nurl = "{feed.url}{FEED}"\npoll_seconds = 60\nfetch_pages = false\n'
    watch = '\n[[watch]]\nticker = "ALGIE"\ncik = 8855\nname = "American Locker Group"\n'
    config.write_text(settings(pg_url, channels=webhook_channel(hook.url), extra=wire + watch))
    timings: list[float] = []
    try:
        for n in range(ROUNDS):
            empty_database(pg_url)
            hook.server.clear_log()
            workdir = tmp_path / f"round-{n}"
            workdir.mkdir()
            started = time.monotonic()
            with daemons(config, workdir) as start:
                pair = [start("a"), start("b")]
                for d in pair:
                    d.wait_up()
                assert wait_for(lambda: hook.posts(), 20), [d.log_text() for d in pair]
                assert wait_for(lambda: [r.status for r in alert_rows(pg_url)] == ["sent"], 10)
                for d in pair:
                    d.terminate()  # both at once: they stop in parallel
                codes = [d.stop() for d in pair]
                timings.append(time.monotonic() - started)
                assert codes == [0, 0], [d.log_text() for d in pair]
                for d in pair:
                    assert "Traceback" not in d.log_text(), d.log_text()
            posts = hook.posts()
            assert [p.key for p in posts] == [posts[0].key], f"round {n}: delivered {len(posts)} times"
            assert posts[0].key.startswith("ALGIE:impairment:") and posts[0].signed, f"round {n}"
    finally:
        feed.stop()
        hook.stop()
    print("rounds: " + ", ".join(f"{t:.1f} s" for t in timings))
