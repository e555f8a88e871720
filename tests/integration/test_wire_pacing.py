"""Per-watch wire feeds in the daemon spread their requests over the poll interval, keep the
per-host rate, and stop between two requests when the process stops (keeping what they know of the
URLs not read). A local server serves the recorded-structure Yahoo headline feed."""

from __future__ import annotations

import json

from pytest_httpserver import HTTPServer

from monitor.domain import WatchTarget
from monitor.http import Http
from monitor.sources.wire import SPREAD, WireSource
from tests.integration.wire_support import ALGIE, RSS, UA, feed, wire_bytes

TARGETS = [ALGIE, WatchTarget("RDGT", "Ridgeline"), WatchTarget("TIL", "Tillman Group"), WatchTarget("KDS", "Kestrel")]


class Waits:
    """Http's clock, and its long wait: recorded and added to the clock instead of waited. After
    `stop_after` waits, the process stops."""

    def __init__(self, stop_after: int | None = None):
        self.seconds: list[float] = []
        self.stop_after = stop_after
        self.http: Http | None = None
        self.now = 1000.0

    def clock(self) -> float:
        return self.now

    def __call__(self, seconds: float) -> bool:
        self.seconds.append(seconds)
        self.now += seconds
        if self.stop_after is not None and len(self.seconds) >= self.stop_after and self.http:
            self.http.shutdown()
        return bool(self.http and self.http.closing.is_set())


def make(server: HTTPServer, waits: Waits, *, spread: bool, rate: float = 100.0) -> WireSource:
    server.expect_request("/feeds/ALGIE.xml").respond_with_data(wire_bytes("yahoo-headline-ALGIE.xml"),
                                                                content_type=RSS, headers={"ETag": '"v1"'})
    for t in TARGETS[1:]:
        server.expect_request(f"/feeds/{t.ticker}.xml").respond_with_data(wire_bytes("empty-channel.xml"),
                                                                          content_type=RSS, headers={"ETag": '"v1"'})
    http = Http(UA, wait=waits, clock=waits.clock, max_tries=1)
    waits.http = http
    url = server.url_for("/feeds/{ticker}.xml")
    http.limit_host(url, rate)
    return WireSource(http, feed(url, per_watch=True, poll_seconds=120), TARGETS, spread=spread)


def test_the_daemon_spreads_a_per_watch_feed_over_its_interval(httpserver: HTTPServer) -> None:
    waits = Waits()
    found = make(httpserver, waits, spread=True).discover("")
    assert len(httpserver.log) == 4 and [r.ticker for r in found.refs] == ["ALGIE", "ALGIE"]
    assert waits.seconds == [120 * SPREAD / 4] * 3  # the first URL at once, then evenly spaced


def test_without_spreading_the_host_rate_still_paces(httpserver: HTTPServer) -> None:
    waits = Waits()
    make(httpserver, waits, spread=False, rate=1.0).discover("")
    assert len(httpserver.log) == 4
    assert waits.seconds == [1.0, 1.0, 1.0]  # one request a second


def test_stopping_ends_the_poll_between_two_requests_and_keeps_the_validators(httpserver: HTTPServer) -> None:
    source = make(httpserver, Waits(), spread=True)
    first = source.discover("")  # every URL read: an ETag each
    assert len(json.loads(first.cursor)["urls"]) == 4
    httpserver.clear_log()
    waits = Waits(stop_after=2)
    source = make(httpserver, waits, spread=True)
    stopped = source.discover(first.cursor)
    assert len(httpserver.log) == 2  # the two URLs before the stop
    assert json.loads(stopped.cursor)["urls"] == json.loads(first.cursor)["urls"]  # nothing forgotten


def test_feeds_on_one_host_share_its_rate_the_lowest_wins(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor import settings as settings_mod
    from monitor import wiring

    settings = settings_mod.from_dict({
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"enabled": False},
        "wire": [{"name": "a", "url": "https://feeds.example/a?s={ticker}", "per_watch": True, "requests_per_second": 2},
                 {"name": "b", "url": "https://feeds.example/b", "requests_per_second": 0.5},
                 {"name": "c", "url": "https://other.example/c"}],
        "watch": [{"ticker": "ALGIE", "cik": 8855}],
    }, "pacing.toml", env={})
    http = wiring.build(settings, with_channels=False).http
    assert {h: round(1 / p.gap, 2) for h, p in http._host_pace.items()} == {"feeds.example": 0.5,
                                                                           "other.example": 2.0}
