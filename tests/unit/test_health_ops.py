"""The ops surface: /livez and /readyz beside /healthz, delivery counters per channel and outcome, the
alert-latency and poll-duration histograms, and build_info."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from monitor import __version__
from monitor import settings as settings_mod
from monitor.alerts import policy
from monitor.daemon import Daemon
from monitor.domain import DeliveryError
from monitor.health import HealthServer, MeteredChannel, Metrics, SourceHealth, metered
from tests.integration.alerts_support import T0, message


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def metrics() -> Metrics:
    return Metrics(SourceHealth(3), dict, lambda: None)


def test_livez_answers_while_readyz_and_healthz_say_what_is_wrong() -> None:
    health = SourceHealth(3, clock=lambda: 1_000.0)
    health.watch({"edgar": 60.0})
    state = {"ready": (False, "the store does not answer: OperationalError")}
    server = HealthServer("127.0.0.1:0", health, metrics(), lambda: state["ready"]).start()
    try:
        base = "http://{}:{}".format(*server.address)
        assert get(base + "/livez") == (200, "ok\n")
        assert get(base + "/readyz") == (503, "not ready: the store does not answer: OperationalError\n")
        state["ready"] = (True, "")
        assert get(base + "/readyz") == (200, "ready\n")
        health._clock = lambda: 2_000.0  # the source has been silent for 1000 s: unhealthy, still alive
        assert get(base + "/healthz")[0] == 503
        assert get(base + "/livez") == (200, "ok\n")
    finally:
        server.close()


class Recorder:
    name = "hook"
    rate_per_second = 2.5

    def __init__(self, error: Exception | None = None):
        self.error, self.sent = error, 0

    def send(self, msg: object) -> None:
        if self.error:
            raise self.error
        self.sent += 1


def sample(m: Metrics, name: str, labels: dict[str, str]) -> float | None:
    return m.registry.get_sample_value(name, labels)


def test_deliveries_are_counted_per_channel_and_outcome() -> None:
    m = metrics()
    ok = MeteredChannel(Recorder(), m, clock=lambda: T0.timestamp())
    assert ok.rate_per_second == 2.5 and ok.name == "hook"  # the outbox reads these through the wrapper
    ok.send(message(1))
    for error in (DeliveryError("HTTP 503", transient=True), DeliveryError("HTTP 410", transient=False),
                  RuntimeError("a channel bug")):
        with pytest.raises(type(error)):
            MeteredChannel(Recorder(error), m).send(message(2))
    labels = {"channel": "hook"}
    assert sample(m, "filing_monitor_deliveries_total", {**labels, "outcome": "sent"}) == 1.0
    assert sample(m, "filing_monitor_deliveries_total", {**labels, "outcome": "transient_error"}) == 2.0
    assert sample(m, "filing_monitor_deliveries_total", {**labels, "outcome": "permanent_error"}) == 1.0


def test_latency_runs_from_first_seen_to_delivery_and_leaves_digests_out() -> None:
    m = metrics()
    delivered = (T0 + timedelta(seconds=42)).timestamp()
    channels = metered({"hook": Recorder()}, m)
    channels["hook"]._clock = lambda: delivered
    channels["hook"].send(replace(message(1), first_seen=T0))
    channels["hook"].send(policy.digest_message("hook", [replace(message(2), first_seen=T0)], T0,
                                                 ZoneInfo("UTC"), batch=1))
    channels["hook"].send(message(3))  # no first_seen (a test message): not observed
    labels = {"channel": "hook"}
    assert sample(m, "filing_monitor_alert_latency_seconds_count", labels) == 1.0
    assert sample(m, "filing_monitor_alert_latency_seconds_sum", labels) == 42.0
    assert sample(m, "filing_monitor_alert_latency_seconds_bucket", {**labels, "le": "60.0"}) == 1.0
    assert sample(m, "filing_monitor_alert_latency_seconds_bucket", {**labels, "le": "30.0"}) == 0.0
    assert sample(m, "filing_monitor_deliveries_total", {**labels, "outcome": "sent"}) == 3.0


def test_build_info_and_poll_duration_are_exposed() -> None:
    m = metrics()
    m.poll_duration.labels("edgar").observe(0.7)
    text = m.render().decode()
    assert f'filing_monitor_build_info{{version="{__version__}"}} 1.0' in text
    assert 'filing_monitor_poll_duration_seconds_bucket{le="1.0",source="edgar"} 1.0' in text


def test_the_daemon_is_ready_once_its_scheduler_runs_and_it_schedules_digests(tmp_path: Path) -> None:
    import threading

    settings = settings_mod.from_dict({"store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
                                       "edgar": {"enabled": False}}, "t.toml", env={})
    d = Daemon(None, settings)
    assert d.ready() == (False, "the scheduler is not running (starting or stopping)")
    runner = threading.Thread(target=d.run, kwargs={"install_signals": False}, daemon=True)
    runner.start()
    try:
        for _ in range(100):
            if d.ready()[0]:
                break
            runner.join(0.05)
        assert d.ready() == (True, "")
        assert {job.id for job in d.scheduler.get_jobs()} >= {"dispatch", "digests", "health"}
    finally:
        d.stop()
        assert d.wait_stopped(10)
    assert d.ready()[0] is False
