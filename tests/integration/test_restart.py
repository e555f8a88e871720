"""Restarts of real `filing-monitor run` processes: an alert in flight when the daemon is killed
with SIGKILL is delivered within seconds of the restart (not after the 300 s claim lease), nothing
is lost; a channel's Retry-After holds across a restart while other channels go on; the SEC's rate
pause survives a restart of `filing-monitor once`."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor.replay import Answer, ReplayServer
from monitor.store import AlertRow, Pause, make_engine
from tests.conftest import cli, wait_for
from tests.integration.alerts_support import enqueue, message
from tests.integration.daemon_support import (
    ROOT,
    HookReceiver,
    alert_rows,
    daemons,
    holding_first,
    settings,
    webhook_channel,
)
from tests.integration.test_cli_edgar import config

N = 5
RESTART_DELIVERY_SECONDS = 10.0


@pytest.fixture
def held() -> Iterator[threading.Event]:
    release = threading.Event()
    yield release
    release.set()


def test_sigkill_during_delivery_then_restart_delivers_the_in_flight_alert_at_once(
    tmp_path: Path, held: threading.Event
) -> None:
    url = f"sqlite:///{tmp_path / 'fm.db'}"
    engine = make_engine(url)
    enqueue(engine, [message(i) for i in range(N)], ["hook"], now=datetime.now(UTC))
    engine.dispose()
    hook = holding_first(held)
    config = tmp_path / "monitor.toml"
    config.write_text(settings(url, channels=webhook_channel(hook.url)))
    try:
        with daemons(config, tmp_path) as start:
            first = start("first")
            assert wait_for(lambda: hook.posts(), 30), first.log_text()
            first.kill()  # SIGKILL while the webhook has not answered
            (in_flight,) = [r for r in alert_rows(url) if r.status == "sending"]
            assert in_flight.claimed_by and in_flight.claimed_by.startswith("run:")
            held.set()

            restarted = time.time()
            second = start("second")
            everything = {f"ALGIE|impairment|{i}" for i in range(N)}
            in_flight_key = in_flight.idempotency_key.removesuffix("|hook")

            def redelivered() -> float | None:
                again = [p.at for p in hook.posts() if p.key == in_flight_key][1:]
                return again[0] if again and set(hook.keys()) >= everything else None

            at = wait_for(redelivered, RESTART_DELIVERY_SECONDS + 5)
            assert at, f"not delivered after the restart:\n{second.log_text()}"
            elapsed = float(at) - restarted  # type: ignore[arg-type]
            print(f"in-flight alert delivered {elapsed:.2f} s after the restart")
            assert elapsed <= RESTART_DELIVERY_SECONDS
            assert wait_for(lambda: all(r.status == "sent" for r in alert_rows(url)), 10)
            assert second.stop() == 0
            assert "in flight in a process that is gone" in second.log_text()
    finally:
        hook.stop()
    keys = hook.keys()
    assert set(keys) == everything  # nothing lost
    assert len(keys) == N + 1 and keys.count(in_flight_key) == 2  # only the in-flight alert twice
    assert all(p.signed for p in hook.posts())


SLACK_HOOK = "/services/T000/B000/SECRETTOKEN"
RETRY_AFTER = 6


def test_slack_retry_after_holds_across_a_restart_and_spares_other_channels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'fm.db'}"
    engine = make_engine(url)
    now = datetime.now(UTC)
    enqueue(engine, [message(i) for i in range(3)], ["team-slack"], now=now)
    enqueue(engine, [message(9)], ["hook"], now=now)  # after the Slack ones: sent once Slack is paused
    engine.dispose()
    slack = ReplayServer().start()
    answers = iter([Answer(429, {"Retry-After": str(RETRY_AFTER)}, b"rate_limited")])
    slack.add(SLACK_HOOK, lambda _r: next(answers, Answer(200, {}, b"ok")))
    hook = HookReceiver()
    channels = ('\n[[channel]]\nname = "team-slack"\ntype = "slack"\nwebhook_url_env = "FM_TEST_SLACK_URL"\n'
                + webhook_channel(hook.url))
    config = tmp_path / "monitor.toml"
    config.write_text(settings(url, channels=channels))
    monkeypatch.setenv("FM_TEST_SLACK_URL", slack.url + SLACK_HOOK)
    try:
        with daemons(config, tmp_path) as start:
            first = start("first")
            assert wait_for(lambda: hook.posts(), 30), first.log_text()
            (limited,) = slack.requests(SLACK_HOOK)
            assert first.stop() == 0
            second = start("second")
            second.wait_up()
            up = time.time()
            assert up < limited.at + RETRY_AFTER - 1, "restart too slow to test the pause"
            assert wait_for(lambda: len(slack.requests(SLACK_HOOK)) == 4, RETRY_AFTER + 10), second.log_text()
            assert second.stop() == 0
    finally:
        slack.stop()
        hook.stop()
    posts = slack.requests(SLACK_HOOK)
    later = [p.at - limited.at for p in posts[1:]]
    print(f"Slack posts after the 429 (Retry-After {RETRY_AFTER} s): " + ", ".join(f"+{t:.2f} s" for t in later))
    assert min(later) >= RETRY_AFTER  # none before Retry-After, by either process
    assert hook.posts()[0].at < limited.at + 2  # the webhook channel did not wait
    with Session(make_engine(url, create=False)) as s:
        assert {r.status for r in s.exec(select(AlertRow)).all()} == {"sent"}
        (pause,) = s.exec(select(Pause)).all()
    assert pause.name == "channel:team-slack" and "429" in pause.reason


RATE_PAGE = (ROOT / "tests" / "fixtures" / "edgar" / "error-rate-exceeded.html").read_bytes()


def test_sec_rate_pause_survives_a_restart(tmp_path: Path, httpserver_ipv4: HTTPServer) -> None:
    httpserver_ipv4.expect_request(re.compile(".*")).respond_with_data(RATE_PAGE, status=403,
                                                                        content_type="text/html")
    path = config(tmp_path, httpserver_ipv4, '[[watch]]\nticker = "ALGIE"\ncik = 8855')
    first = cli("once", "--config", str(path), cwd=tmp_path)
    assert len(httpserver_ipv4.log) == 1, first.stderr  # the 403 stopped every further SEC request
    second = cli("once", "--config", str(path), cwd=tmp_path)
    assert first.returncode == second.returncode == 1
    assert len(httpserver_ipv4.log) == 1, second.stderr  # the restarted process sent nothing to the SEC
    assert "SEC requests stay paused until" in second.stderr
    assert "paused" in second.stdout


def test_a_running_daemon_honours_an_sec_pause_another_instance_stored(
    tmp_path: Path, httpserver_ipv4: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Instances sharing a store share the SEC's budget: a pause one of them stored after the SEC's
    rate page stops the others' SEC requests at their next poll, not only at their next start."""
    import tomllib
    from datetime import timedelta

    from monitor import settings as settings_mod
    from monitor.daemon import Daemon
    from monitor.store import pauses

    httpserver_ipv4.expect_request(re.compile(".*")).respond_with_data("", status=404)
    path = config(tmp_path, httpserver_ipv4, '[[watch]]\nticker = "ALGIE"\ncik = 8855')
    d = Daemon(None, settings_mod.from_dict(tomllib.loads(path.read_text()), str(path), env={}))
    try:
        now = datetime.now(UTC)
        pauses.set_pause(d.ctx.engine, pauses.SEC, now + timedelta(minutes=10), "another instance", now=now)
        d.poll("edgar")
        assert httpserver_ipv4.log == []  # the paused poll sent nothing to the SEC
        assert "another instance on this store was throttled" in caplog.text
        assert d.ctx.http.paused_for > 500
    finally:
        d.ctx.engine.dispose()
