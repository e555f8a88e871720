"""Source health (stale after N intervals), the Prometheus registry and the /healthz + /metrics server."""

from __future__ import annotations

import urllib.error
import urllib.request
from types import SimpleNamespace

import pytest

from monitor.health import HealthServer, Metrics, SourceHealth, http_counters
from monitor.settings import parse_address
from tests.conftest import FakeClock


def test_a_source_is_stale_after_n_intervals_without_success_counted_from_start() -> None:
    clock = FakeClock()
    h = SourceHealth(3, clock=clock)
    h.watch({"edgar": 60.0, "wire:a": 10.0})
    clock.t += 30  # never succeeded: counted from when watching began
    assert [s.name for s in h.stale()] == []
    clock.t += 1
    stale = h.stale()
    assert [s.name for s in stale] == ["wire:a"]
    assert not stale[0].ever_succeeded and "never polled successfully" in stale[0].describe()
    h.record("wire:a", True)
    assert h.stale() == []
    h.record("wire:a", False, "HTTP 503")
    clock.t += 31
    (s,) = h.stale()
    assert (s.name, s.ever_succeeded, s.last_error) == ("wire:a", True, "HTTP 503")
    assert "last error: HTTP 503" in s.describe()


def test_a_reload_keeps_the_state_of_kept_sources_and_drops_removed_ones() -> None:
    clock = FakeClock()
    h = SourceHealth(3, clock=clock)
    h.watch({"edgar": 60.0, "wire:a": 10.0})
    h.record("edgar", True)
    clock.t += 100
    h.watch({"edgar": 60.0, "wire:b": 10.0})
    assert {s.name: s.last_success for s in h.statuses()} == {"edgar": 1_000.0, "wire:b": None}
    h.record("wire:a", True)  # a late poll of a removed source is ignored
    assert {s.name for s in h.statuses()} == {"edgar", "wire:b"}


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read().decode()


def test_healthz_and_metrics_over_http() -> None:
    clock = FakeClock()
    health = SourceHealth(3, clock=clock)
    health.watch({"edgar": 60.0})
    http = SimpleNamespace(counters=lambda: {"requests_by_host": {"www.sec.gov": 7}, "errors_by_host": {},
                                             "budget_waits": 2, "budget_wait_seconds": 0.5, "rate_pauses": 0},
                           requests_per_second=5.0, paused_for=0.0)
    metrics = Metrics(health, lambda: {"sent": 3, "dead": 1}, lambda: http_counters(http))
    Metrics(health, dict, lambda: None)  # a second registry: no clash with the first (not the global one)
    metrics.observe_poll(SimpleNamespace(source="edgar", ok=False, releases=2, versions=1,
                                         findings={"impairment": 2}, alerts=4))
    health.record("edgar", True)
    server = HealthServer("127.0.0.1:0", health, metrics).start()
    try:
        host, port = server.address
        base = f"http://{host}:{port}"
        assert _get(base + "/healthz")[::2] == (200, "ok\n")
        status, ctype, text = _get(base + "/metrics")
        assert status == 200 and ctype.startswith("text/plain")
        for line in (
            'filing_monitor_polls_total{source="edgar"} 1.0',
            'filing_monitor_poll_failures_total{source="edgar"} 1.0',
            'filing_monitor_releases_total{source="edgar",status="new"} 2.0',
            'filing_monitor_findings_total{kind="impairment"} 2.0',
            'filing_monitor_alerts{status="sent"} 3.0',
            'filing_monitor_alerts{status="pending"} 0.0',
            'filing_monitor_http_requests_total{host="www.sec.gov"} 7.0',
            "filing_monitor_sec_budget_waits_total 2.0",
            "filing_monitor_sec_budget_requests_per_second 5.0",
            'filing_monitor_source_last_success_timestamp_seconds{source="edgar"} 1000.0',
            'filing_monitor_source_healthy{source="edgar"} 1.0',
        ):
            assert line in text.splitlines(), line
        clock.t += 181
        status, _, body = _get(base + "/healthz")
        assert status == 503 and "edgar: no successful poll for 181 s (limit 180 s)" in body
        assert 'filing_monitor_source_healthy{source="edgar"} 0.0' in _get(base + "/metrics")[2]
        assert _get(base + "/other")[0] == 404
    finally:
        server.close()


def test_metrics_still_answer_when_the_store_does_not() -> None:
    def broken() -> dict[str, int]:
        raise OSError("database is locked")

    text = Metrics(SourceHealth(3), broken, lambda: None).render().decode()
    assert "filing_monitor_store_up 0.0" in text and "filing_monitor_alerts{" not in text


@pytest.mark.parametrize("value, expected", [
    ("127.0.0.1:9464", ("127.0.0.1", 9464)),
    ("0.0.0.0:9464", ("0.0.0.0", 9464)),
    ("[::1]:9464", ("::1", 9464)),
    (":9464", ("127.0.0.1", 9464)),
])
def test_parse_address(value: str, expected: tuple[str, int]) -> None:
    assert parse_address(value) == expected


@pytest.mark.parametrize("value", ["9464", "localhost", "host:port", "1.2.3.4:70000"])
def test_parse_address_refuses(value: str) -> None:
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_address(value)
