"""The HTTP seam's priorities against a real local server: the share of the SEC budget reserved for
the feed poll (background requests of the catch-up and backfills take the rest and give way), and
the pacing of other hosts (a per-host rate, a spread over a poll interval, stopped by shutdown).

Time is a fake clock whose `sleep` advances it, as in test_http.py.
"""

from __future__ import annotations

import threading

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.http import Http
from tests.conftest import FakeClock
from tests.integration.test_http import UA, base, make_http, server  # noqa: F401 - fixture


def arrivals_of(server: HTTPServer, clock: FakeClock) -> list[float]:  # noqa: F811 - the fixture
    arrivals: list[float] = []

    def handler(request: Request) -> Response:
        arrivals.append(clock())
        return Response("ok")

    server.expect_request("/r").respond_with_handler(handler)
    return arrivals


def busiest_second(arrivals: list[float]) -> int:
    return max(sum(1 for t in arrivals if a <= t < a + 1.0) for a in arrivals)


def test_background_requests_use_only_the_unreserved_share(server: HTTPServer) -> None:  # noqa: F811
    clock = FakeClock()
    arrivals = arrivals_of(server, clock)
    http = make_http(server, clock, requests_per_second=5, reserved_share=0.4)  # 2 of 5 kept for the feed
    start = clock()
    with http.background():
        for _ in range(30):
            http.get(base(server) + "/r")
    assert busiest_second(arrivals) == 3 and 9.0 <= clock() - start <= 10.5
    # In a second whose background share is used up, the feed and its documents still go at once.
    waited = len(clock.sleeps)
    for _ in range(2):
        http.get(base(server) + "/r")
    assert len(clock.sleeps) == waited and busiest_second(arrivals) == 5
    # ... and a foreground request never waits for the background share: it takes the whole budget.
    before = clock()
    for _ in range(50):
        http.get(base(server) + "/r")
    assert clock() - before <= 50 / 5 + 0.5


def test_a_waiting_background_request_does_not_hold_up_the_feed(server: HTTPServer) -> None:  # noqa: F811
    """The old budget slept while holding its lock, so the next request, whatever it was, queued
    behind a sleeping one. Now a background request waiting for its share holds nothing."""
    clock = FakeClock()
    asleep, wake = threading.Event(), threading.Event()

    def sleep(seconds: float) -> None:
        if threading.current_thread().name == "catch-up":
            asleep.set()
            assert wake.wait(10)
        clock.sleep(seconds)

    server.expect_request("/r").respond_with_data("ok")
    http = Http(UA, sec_hosts=[base(server)], requests_per_second=2, reserved_share=0.5, clock=clock, sleep=sleep)

    def catch_up() -> None:
        with http.background():
            http.get(base(server) + "/r")
            http.get(base(server) + "/r")  # over the background share of this second: waits

    worker = threading.Thread(target=catch_up, name="catch-up")
    worker.start()
    try:
        assert asleep.wait(10)
        assert http.get(base(server) + "/r").content == b"ok"  # the feed's request goes meanwhile
    finally:
        wake.set()
        worker.join(10)
    assert len(server.log) == 3


def test_pace_keeps_a_host_rate_and_spreads_requests(server: HTTPServer) -> None:  # noqa: F811
    clock = FakeClock()
    waits: list[float] = []

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        clock.sleep(seconds)
        return http.closing.is_set()

    http = Http(UA, clock=clock, sleep=clock.sleep, wait=wait)
    feed = base(server, "localhost") + "/feed?symbol={ticker}"
    http.limit_host(feed, 2)  # at most 2 requests/s to localhost
    assert all(http.pace(base(server, "localhost") + f"/feed?symbol=T{i}") for i in range(5))
    assert waits == [0.5, 0.5, 0.5, 0.5]
    assert http.pace(base(server) + "/other-host")  # a host without a limit is not paced
    waits.clear()
    assert http.pace(base(server, "localhost") + "/feed", spread=3.0)
    assert waits == [3.0]  # spread first; the host's slot is free by then
    http.shutdown()
    assert not http.pace(base(server, "localhost") + "/feed", spread=3.0)
