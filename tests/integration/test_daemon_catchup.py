"""The daemon's catch-up job beside its feed poll, in process against a local SEC replay: a poll runs
while a catch-up hangs in a request (they share no lock), and stopping the daemon ends the catch-up
between two requests, its day left for the next start."""

from __future__ import annotations

import threading
import time
import tomllib
from datetime import UTC, date, datetime
from pathlib import Path

from sqlmodel import Session

from monitor import settings as settings_mod
from monitor.catchup import CATCH_UP, Plan
from monitor.daemon import Daemon
from monitor.replay import Answer, ReplayServer, Request
from monitor.sources.edgar import FeedCursor
from monitor.store import SourceState, session_scope

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
CURSOR = FeedCursor("0000000000-26-000001", datetime(2026, 1, 6, 14, 0, tzinfo=UTC))  # before the window


def config(tmp_path: Path, sec: ReplayServer) -> settings_mod.Settings:
    text = f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
user_agent = "Tests tests@example.com"
base_url = "{sec.url}"
data_url = "{sec.url}"
poll_seconds = 10
catch_up_max_days = 400
ticker_cache = "{tmp_path / 'tickers.json'}"
[[watch]]
ticker = "SWX"
cik = 1692115
"""
    return settings_mod.from_dict(tomllib.loads(text), "catchup.toml", env={})


def test_a_poll_runs_while_the_catch_up_waits_and_stop_ends_the_catch_up(tmp_path: Path) -> None:
    arrived, release = threading.Event(), threading.Event()
    index_days: list[str] = []

    def daily_index(request: Request) -> Answer:
        index_days.append(request.path.rsplit(".", 2)[-2])
        arrived.set()
        release.wait(20)  # the SEC is slow today
        return Answer(200, {"Content-Type": "text/plain"}, (FIXTURES / "daily-index-form.20200318.idx").read_bytes())

    with ReplayServer() as sec:
        sec.add("/cgi-bin/browse-edgar?start=0", (FIXTURES / "getcurrent-all-forms-count100-start1700.atom.xml")
                .read_bytes(), content_type="application/atom+xml")
        sec.add("/cgi-bin/browse-edgar", (FIXTURES / "error-503-maintenance.html").read_bytes(), status=503)
        for day in (6, 7, 8, 9, 12):
            sec.add(f"/Archives/edgar/daily-index/2026/QTR1/form.202601{day:02d}.idx", daily_index)
        d = Daemon(None, config(tmp_path, sec))
        d._watch_sources()  # what run() does first
        try:
            with session_scope(d.ctx.engine) as s:
                s.add(SourceState(source="edgar", cursor=CURSOR.encode()))
            d.poll("edgar")  # the window does not reach the cursor: a gap for the catch-up
            assert d.ctx.edgar.needs_catch_up
            catching_up = threading.Thread(target=d.catch_up, name="catch-up")
            catching_up.start()
            assert arrived.wait(10)

            started = time.time()
            d.poll("edgar")  # not skipped, not waiting for the catch-up
            assert time.time() - started < 5
            (status,) = d.health.statuses()
            assert status.last_success is not None and status.last_success >= started and not status.last_error

            d.stop()  # SIGTERM: the catch-up ends after the request in flight
            release.set()
            catching_up.join(10)
            assert not catching_up.is_alive()
            assert index_days == ["20260106"]
            with Session(d.ctx.engine) as s:
                plan = Plan.decode(s.get(SourceState, CATCH_UP).cursor)
            # The day in flight was finished (it holds no watched filing); the next ones are left for
            # the next start.
            assert plan.done == {date(2026, 1, 6): "read"}
            assert plan.pending == {date(2026, 1, 7), date(2026, 1, 8), date(2026, 1, 9)}
        finally:
            release.set()
            d.ctx.engine.dispose()
