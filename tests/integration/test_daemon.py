"""`filing-monitor run` as a real subprocess against local servers: a replay wire feed and a webhook.

One daemon serves the module (started once: its imports and first poll cost seconds). Each test
asserts only what it caused itself, so they also pass when pytest-xdist splits them; the SIGTERM test
comes last and stops the daemon. Every wait is bounded, and the subprocess is killed in the
fixture's finally whatever happens. In-process tests at the end cover the operator alarms of a stale
source (injected clock) and stopping with a poll in flight.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor import settings as settings_mod
from monitor.replay import ReplayServer
from monitor.store import AlertRow, make_engine
from tests.conftest import FakeClock, cli, wait_for
from tests.integration.daemon_support import RunningDaemon, daemons
from tests.integration.wire_support import rss

POLL_SECONDS = 10
FEED = "/feed.xml"
SOURCE = "wire:newswire"

ALGIE_TEXT = (
    "JAMESTOWN, N.Y.--(BUSINESS WIRE)--American Locker Group Incorporated (NASDAQ: ALGIE) today announced "
    "that it will record an impairment charge of approximately $6.4 million, including a goodwill write-down "
    "of $6.1 million, against its operating results in the first quarter of 2005."
)
CRCI_TEXT = (
    "HARTWELL, Ohio--(BUSINESS WIRE)--Cobalt Ridge Components, Inc. (NASDAQ: CRCI) today announced that it "
    "received a notice of default from the lenders under its senior credit facility after it failed to make "
    "a scheduled interest payment of $2.1 million due on March 15, 2006."
)
ORDINARY_TEXT = (
    "HARTWELL, Ohio--(BUSINESS WIRE)--The Board of Directors of Cobalt Ridge Components, Inc. (NASDAQ: CRCI) "
    "today declared a quarterly cash dividend of $0.08 per share."
)


# ---- helpers -----------------------------------------------------------------------------------


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")
    except OSError:
        return 0, ""


def config_text(store: Path, feed_url: str, hook_url: str, tickers: list[tuple[str, int, str]]) -> str:
    watches = "".join(f'\n[[watch]]\nticker = "{t}"\ncik = {c}\nname = "{n}"\n' for t, c, n in tickers)
    return f"""
[store]
url = "sqlite:///{store}"

[edgar]
enabled = false

[[wire]]
name = "newswire"
url = "{feed_url}"
poll_seconds = {POLL_SECONDS}
fetch_pages = false

[[channel]]
name = "hook"
type = "webhook"
url = "{hook_url}"

[defaults]
channels = ["hook"]

[delivery]
dispatch_seconds = 0.5
base_delay_seconds = 1

[daemon]
jitter_seconds = 0
{watches}"""


@dataclass
class Running:
    """The module's daemon (a `filing-monitor run` process), its wire feed and its webhook."""

    config: Path
    store: Path
    feed: ReplayServer
    hook: ReplayServer
    items: list[tuple[str, str, str]]
    process: RunningDaemon | None = None

    @property
    def proc(self) -> subprocess.Popen[bytes]:
        assert self.process is not None
        return self.process.proc

    @property
    def health(self) -> str:
        assert self.process is not None
        return self.process.health

    def publish(self, guid: str, title: str, text: str) -> float:
        self.items.insert(0, (guid, title, text))
        self.feed.add(FEED, rss(self.items), content_type="application/rss+xml")
        return time.monotonic()

    def posts(self) -> list[dict]:
        return [json.loads(r.body) for r in self.hook.requests("/hook") if r.method == "POST"]

    def post_for(self, ticker: str, kind: str) -> dict | None:
        return next((p for p in self.posts() if p["ticker"] == ticker and p["kind"] == kind), None)

    def log_text(self) -> str:
        return self.process.log_text() if self.process else ""

    def write_config(self, tickers: list[tuple[str, int, str]]) -> None:
        self.config.write_text(config_text(self.store, self.feed.url + FEED, self.hook.url + "/hook", tickers))


@pytest.fixture(scope="module")
def daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    tmp = tmp_path_factory.mktemp("daemon")
    feed, hook = ReplayServer().start(), ReplayServer().start()
    hook.add("/hook", b"ok", content_type="text/plain")
    running = Running(config=tmp / "monitor.toml", store=tmp / "store.db", feed=feed, hook=hook,
                      items=[("crci-div-1", "Cobalt Ridge declares dividend", ORDINARY_TEXT)])
    feed.add(FEED, rss(running.items), content_type="application/rss+xml")
    running.write_config([("ALGIE", 8855, "American Locker Group")])
    try:
        with daemons(running.config, tmp) as start:
            process = running.process = start("main")
            started = wait_for(lambda: feed.requests(FEED) and process.healthy(), 20)
            assert started, f"the daemon did not start:\n{running.log_text()}"
            yield running
    finally:
        feed.stop()
        hook.stop()


# ---- the daemon as a process -------------------------------------------------------------------


def test_an_item_published_after_start_reaches_the_webhook_within_one_interval(daemon: Running) -> None:
    published = daemon.publish("algie-impairment-1", "American Locker Group to record impairment", ALGIE_TEXT)
    post = wait_for(lambda: daemon.post_for("ALGIE", "impairment"), POLL_SECONDS + 2)
    elapsed = time.monotonic() - published
    assert post, f"no webhook post within {POLL_SECONDS + 2} s:\n{daemon.log_text()}"
    assert elapsed <= POLL_SECONDS + 2
    assert post["novelty"] == "new" and "$6.4 million" in post["evidence"]
    assert post["sources"][0]["source"] == SOURCE
    assert not daemon.post_for("CRCI", "default")  # CRCI is not watched yet


def test_healthz_and_metrics_answer(daemon: Running) -> None:
    status, body = get(daemon.health + "/healthz")
    assert (status, body) == (200, "ok\n")
    status, metrics = get(daemon.health + "/metrics")
    assert status == 200
    polls = [line for line in metrics.splitlines() if line.startswith(f'filing_monitor_polls_total{{source="{SOURCE}"}}')]
    assert polls and float(polls[0].split()[-1]) >= 1
    assert 'filing_monitor_alerts{status="sent"}' in metrics  # read from the store at scrape time
    assert f'filing_monitor_source_last_success_timestamp_seconds{{source="{SOURCE}"}}' in metrics
    assert 'filing_monitor_http_requests_total{host="127.0.0.1"}' in metrics
    assert get(daemon.health + "/nothing")[0] == 404


def test_livez_readyz_and_the_ops_metrics(daemon: Running) -> None:
    assert get(daemon.health + "/livez") == (200, "ok\n")
    assert get(daemon.health + "/readyz") == (200, "ready\n")
    if not daemon.posts():  # run alone: deliver one alert of our own
        daemon.publish("algie-impairment-ops", "American Locker Group to record impairment", ALGIE_TEXT)

    def counted() -> list[str] | None:
        lines = get(daemon.health + "/metrics")[1].splitlines()
        n = len(daemon.posts())
        sent = f'filing_monitor_deliveries_total{{channel="hook",outcome="sent"}} {n:.1f}'
        return lines if n and sent in lines else None

    metrics = wait_for(counted, POLL_SECONDS + 2)
    assert metrics, get(daemon.health + "/metrics")[1]
    assert 'filing_monitor_build_info{version="0.1.0"} 1.0' in metrics
    assert f'filing_monitor_alert_latency_seconds_count{{channel="hook"}} {len(daemon.posts()):.1f}' in metrics
    durations = [m for m in metrics if m.startswith(f'filing_monitor_poll_duration_seconds_count{{source="{SOURCE}"}}')]
    assert durations and float(durations[0].split()[-1]) >= 1


def test_sighup_with_an_added_watch_starts_watching_it(daemon: Running) -> None:
    # The CRCI item is already in the feed when the watch is added: the reload must still find it.
    # A poll with the old watchlist may read it first and ignore it: the wire cursor holds a digest of
    # the watchlist, so the first poll after the reload reads the feed whole again.
    daemon.publish("crci-default-1", "Cobalt Ridge receives notice of default", CRCI_TEXT)
    daemon.write_config([("ALGIE", 8855, "American Locker Group"), ("CRCI", 9000001, "Cobalt Ridge Components")])
    reloads = daemon.log_text().count("reloaded ")
    daemon.proc.send_signal(signal.SIGHUP)
    assert wait_for(lambda: daemon.log_text().count("reloaded ") > reloads, 10), daemon.log_text()
    post = wait_for(lambda: daemon.post_for("CRCI", "default"), POLL_SECONDS + 2)
    assert post, f"no alert for the newly watched CRCI:\n{daemon.log_text()}"
    assert post["company"] == "Cobalt Ridge Components"
    # The ordinary dividend release of the same company produced no alert.
    assert [p["kind"] for p in daemon.posts() if p["ticker"] == "CRCI"] == ["default"]


def test_an_invalid_config_on_sighup_is_logged_and_the_daemon_keeps_running(daemon: Running) -> None:
    good = daemon.config.read_text()
    bad = good.replace(f"poll_seconds = {POLL_SECONDS}", "poll_seconds = 1").replace(
        'channels = ["hook"]', 'channels = ["nowhere"]')
    daemon.config.write_text(bad)
    try:
        daemon.proc.send_signal(signal.SIGHUP)
        kept = wait_for(lambda: "keeping the running configuration" in daemon.log_text(), 10)
        assert kept, daemon.log_text()
        log = daemon.log_text()
        assert "wire[0].poll_seconds" in log  # every problem is listed ...
        assert "defaults.channels: unknown channel 'nowhere'" in log
        assert daemon.proc.poll() is None  # ... and the daemon runs on
        assert get(daemon.health + "/healthz") == (200, "ok\n")
    finally:
        daemon.config.write_text(good)


def test_a_second_daemon_on_the_same_sqlite_store_refuses_to_start(daemon: Running) -> None:
    second = cli("run", "--config", str(daemon.config), cwd=daemon.config.parent, timeout=30)
    assert second.returncode == 1
    assert "already running on this store" in second.stderr
    assert f"pid {daemon.proc.pid}" in second.stderr
    assert daemon.proc.poll() is None


def test_sigterm_exits_0_within_10_s_and_loses_nothing(daemon: Running) -> None:
    # The webhook is busy: the next alert fails once and waits in the outbox (Retry-After 60 s).
    daemon.hook.add("/hook", b"busy", status=503, headers={"Retry-After": "60"}, content_type="text/plain")
    daemon.publish("algie-restatement-1", "American Locker Group to restate",
                   "American Locker Group Incorporated (NASDAQ: ALGIE) said that its previously issued financial "
                   "statements for 2004 should no longer be relied upon and will be restated.")
    daemon.proc.send_signal(signal.SIGHUP)  # a reload polls at once: no need to wait for the interval
    assert wait_for(lambda: daemon.post_for("ALGIE", "restatement"), POLL_SECONDS + 2), daemon.log_text()
    daemon.proc.send_signal(signal.SIGTERM)
    try:
        code = daemon.proc.wait(10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"no exit within 10 s after SIGTERM:\n{daemon.log_text()}")
    assert code == 0, daemon.log_text()
    assert "daemon stopped" in daemon.log_text()
    engine = make_engine(f"sqlite:///{daemon.store}")
    try:
        with Session(engine) as s:
            rows = s.exec(select(AlertRow)).all()
    finally:
        engine.dispose()
    # Whatever the earlier tests queued (none when pytest-xdist runs this test alone) was sent.
    assert all(r.status == "sent" for r in rows if r.kind != "restatement")
    (waiting,) = [r for r in rows if r.kind == "restatement"]
    assert (waiting.status, waiting.attempts) == ("pending", 1) and "503" in waiting.last_error
    assert waiting.next_attempt_at > datetime.now(UTC)  # it goes out after the next start


# ---- operator alarms, in process -----------------------------------------------------------------


def test_a_stale_source_raises_one_ops_alert_and_one_recovery_note(tmp_path: Path) -> None:
    from monitor.daemon import Daemon
    from monitor.health import SourceHealth

    with ReplayServer() as feed:
        feed.add(FEED, b"gone", status=404)
        text = config_text(tmp_path / "ops.db", feed.url + FEED, feed.url + "/hook", [("ALGIE", 8855, "ALG")])
        text = text.replace('[defaults]\nchannels = ["hook"]', '[defaults]\nchannels = ["hook"]\nops_channels = ["ops"]')
        text += f'\n[[channel]]\nname = "ops"\ntype = "jsonl"\npath = "{tmp_path / "ops.jsonl"}"\n'
        settings = settings_mod.from_dict(_toml(text), "ops.toml", env={})
        d = Daemon(None, settings)
        clock = FakeClock(1_000_000.0)
        d.health = SourceHealth(settings.daemon.stale_after_intervals, clock=clock)
        d._watch_sources()
        try:
            d.poll(SOURCE)  # HTTP 404: a failed poll
            d.check_health()
            assert _ops_rows(d) == []  # not stale yet: one failure is not an outage
            clock.t += 3 * POLL_SECONDS + 1
            d.check_health()
            d.check_health()  # still stale: no second alarm
            rows = _ops_rows(d)
            assert [(r["novelty"], r["ticker"]) for r in rows] == [("new", SOURCE)]
            assert "HTTP 404" in rows[0]["evidence"]
            assert "is stale" in rows[0]["summary"]
            feed.add(FEED, rss([("x", "ordinary", ORDINARY_TEXT)]), content_type="application/rss+xml")
            d.poll(SOURCE)
            d.check_health()
            d.check_health()
            assert [r["novelty"] for r in _ops_rows(d)] == ["new", "update"]
            assert "recovered" in _ops_rows(d)[1]["summary"]
        finally:
            d.ctx.engine.dispose()


def _toml(text: str) -> dict:
    import tomllib

    return tomllib.loads(text)


def _ops_rows(d: object) -> list[dict]:
    with Session(d.ctx.engine) as s:  # type: ignore[attr-defined]
        rows = s.exec(select(AlertRow).where(AlertRow.kind == "source-health").order_by(AlertRow.id)).all()
    assert all(r.channel == "ops" for r in rows)
    return [json.loads(r.payload) for r in rows]


def test_the_lock_file_names_the_holder(tmp_path: Path) -> None:
    from monitor.daemon import DaemonLock, LockError

    first, second = DaemonLock(tmp_path / "x.db.lock"), DaemonLock(tmp_path / "x.db.lock")
    first.acquire()
    try:
        with pytest.raises(LockError, match=f"pid {os.getpid()}"):
            second.acquire()
    finally:
        first.release()
    second.acquire()  # released: the next daemon may start
    second.release()


# ---- stopping, in process ------------------------------------------------------------------------


def _blocked_feed_daemon(tmp_path: Path, feed: ReplayServer, release: threading.Event) -> object:
    """A daemon whose first poll hangs in the feed server until `release` is set."""
    from monitor.daemon import Daemon
    from monitor.replay import Answer

    arrived = threading.Event()

    def blocked(_req: object) -> Answer:
        arrived.set()
        release.wait(10)
        return Answer(200, {"Content-Type": "application/rss+xml"}, rss([("x", "ordinary", ORDINARY_TEXT)]))

    feed.add(FEED, blocked)
    text = config_text(tmp_path / "slow.db", feed.url + FEED, feed.url + "/hook", [("ALGIE", 8855, "ALG")])
    d = Daemon(None, settings_mod.from_dict(_toml(text), "slow.toml", env={}))
    threading.Thread(target=d.run, kwargs={"install_signals": False}, daemon=True).start()
    assert arrived.wait(10), "the first poll did not start"
    return d


def _polled(d: object) -> bool:
    return all(s.last_attempt is not None for s in d.health.statuses())  # type: ignore[attr-defined]


def test_stop_lets_the_poll_in_flight_finish(tmp_path: Path) -> None:
    release = threading.Event()
    with ReplayServer() as feed:
        d = _blocked_feed_daemon(tmp_path, feed, release)
        try:
            d.stop()  # type: ignore[attr-defined]
            assert not d.wait_stopped(0.5)  # type: ignore[attr-defined]  # it waits for the poll ...
        finally:
            release.set()
        assert d.wait_stopped(10)  # type: ignore[attr-defined]  # ... which then completes
        assert not d.unfinished and _polled(d)  # type: ignore[attr-defined]


def test_stop_gives_up_on_a_job_that_overruns_the_grace_period(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.daemon as daemon_mod

    monkeypatch.setattr(daemon_mod, "SHUTDOWN_GRACE_SECONDS", 0.3)
    release = threading.Event()
    with ReplayServer() as feed:
        d = _blocked_feed_daemon(tmp_path, feed, release)
        try:
            d.stop()  # type: ignore[attr-defined]
            assert d.wait_stopped(5)  # type: ignore[attr-defined]
            assert d.unfinished and not _polled(d)  # type: ignore[attr-defined]  # run_daemon then exits at once
        finally:
            release.set()
        assert wait_for(lambda: _polled(d), 10)  # the abandoned poll ends before the server goes


def test_a_gap_in_the_edgar_feed_brings_the_catch_up_forward(tmp_path: Path) -> None:
    """After an outage the getcurrent window no longer reaches the stored cursor: catch up at once."""
    from datetime import timedelta

    from monitor.daemon import Daemon
    from monitor.sources.edgar import FeedCursor
    from monitor.store import SourceState, session_scope

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
    with ReplayServer() as sec:
        sec.add("/cgi-bin/browse-edgar?start=0",
                (fixtures / "getcurrent-all-forms-count100-start1700.atom.xml").read_bytes(),
                content_type="application/atom+xml")
        sec.add("/cgi-bin/browse-edgar", (fixtures / "error-503-maintenance.html").read_bytes(), status=503)
        text = config_text(tmp_path / "gap.db", sec.url + FEED, sec.url + "/hook", [("SWX", 1692115, "Southwest Gas")])
        text = text.replace("[edgar]\nenabled = false", f'[edgar]\nuser_agent = "Tests tests@example.com"\n'
                            f'base_url = "{sec.url}"\ndata_url = "{sec.url}"\ncatch_up_minutes = 30\n'
                            f'ticker_cache = "{tmp_path / "tickers.json"}"')
        settings = settings_mod.from_dict(_toml(text), "gap.toml", env={})
        d = Daemon(None, settings)
        try:
            old = FeedCursor("0000950170-25-000001", datetime(2025, 12, 1, tzinfo=UTC))  # long before the window
            with session_scope(d.ctx.engine) as s:
                s.add(SourceState(source="edgar", cursor=old.encode()))
            d._schedule()
            in_half_an_hour = d.scheduler.get_job("catch-up").next_run_time + timedelta(minutes=30)
            d.scheduler.modify_job("catch-up", next_run_time=in_half_an_hour)
            before = datetime.now(UTC)
            d.poll("edgar")
            assert d.ctx.edgar.needs_catch_up
            assert before <= d.scheduler.get_job("catch-up").next_run_time <= datetime.now(UTC)
        finally:
            d.ctx.engine.dispose()
