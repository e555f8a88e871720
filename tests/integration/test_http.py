"""The HTTP seam against real local servers: User-Agent, gzip, the shared SEC budget, the SEC's rate
pause and undeclared-tool refusal, byte caps, the deadline, retries and conditional GET.

Time is a fake clock whose `sleep` advances it, so budget waits and backoffs cost no real time.
"""

from __future__ import annotations

import gzip
import logging
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.http import Http, HttpError, RateLimited, UserAgentError, UserAgentRefused, require_user_agent
from tests.conftest import FakeClock

UA = "Filing Monitor Tests tests@example.com"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
# The SEC's wording for undeclared tools, as quoted in public bug reports (no recorded page exists:
# see the samples README, "SEC access rules").
UNDECLARED_PAGE = (
    "<html><head><title>SEC.gov | Request Originates from an Undeclared Automated Tool</title></head>"
    "<body><h1>Your Request Originates from an Undeclared Automated Tool</h1><p>Your request has been "
    "identified as part of a network of automated tools outside of the acceptable policy and will be "
    "managed until action is taken to declare your traffic.</p></body></html>"
)


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> Iterator[HTTPServer]:
    yield httpserver_ipv4
    # Every request that reached the server declared who we are.
    for request, _ in httpserver_ipv4.log:
        assert request.headers.get("User-Agent") in (UA, "filing-monitor"), request.url


def base(server: HTTPServer, host: str = "127.0.0.1") -> str:
    return f"http://{host}:{server.port}"


def make_http(server: HTTPServer, clock: FakeClock, **kw) -> Http:
    kw.setdefault("sec_hosts", [base(server)])
    return Http(kw.pop("user_agent", UA), clock=clock, sleep=clock.sleep, **kw)


def sequence(*responses: Response):
    """A handler answering with `responses` in turn (the last one repeats)."""
    calls: list[Request] = []

    def handler(request: Request) -> Response:
        calls.append(request)
        return responses[min(len(calls), len(responses)) - 1]

    handler.calls = calls  # type: ignore[attr-defined]
    return handler


# ---- identity, encoding ----------------------------------------------------------------------


def test_user_agent_and_gzip(server: HTTPServer) -> None:
    body = b"<feed>" + b"x" * 50_000 + b"</feed>"
    server.expect_request("/feed").respond_with_response(
        Response(gzip.compress(body), headers={"Content-Encoding": "gzip"}, content_type="application/atom+xml")
    )
    resp = make_http(server, FakeClock()).get(base(server) + "/feed", kind="feed")
    assert resp.status == 200
    assert resp.content == body  # decoded
    request = server.log[0][0]
    assert request.headers["User-Agent"] == UA
    assert "gzip" in request.headers["Accept-Encoding"]


def test_require_user_agent() -> None:
    assert require_user_agent(" Acme Research ops@acme.example ") == "Acme Research ops@acme.example"
    for bad in ("", "filing-monitor", "Acme Research"):
        with pytest.raises(UserAgentError, match=r"edgar\.user_agent: .*contact e-mail") as e:
            require_user_agent(bad)
        assert isinstance(e.value, ValueError)


def test_no_request_reaches_an_sec_host_without_a_declared_user_agent(server: HTTPServer) -> None:
    server.expect_request("/x").respond_with_data("ok")
    http = make_http(server, FakeClock(), user_agent="filing-monitor")
    with pytest.raises(UserAgentRefused, match="contact e-mail"):
        http.get(base(server) + "/x")
    assert server.log == []
    # Other hosts (wire feeds) are not the SEC's business.
    assert http.get(base(server, "localhost") + "/x").content == b"ok"


def test_sec_hosts() -> None:
    http = Http(UA, sec_hosts=["http://127.0.0.1:5000", "edgar.example"])
    for url in ("https://www.sec.gov/cgi-bin/browse-edgar", "https://data.sec.gov/submissions/x.json",
                "https://efts.sec.gov/LATEST/search-index", "http://127.0.0.1:8080/", "https://edgar.example/"):
        assert http.is_sec(url), url
    assert not http.is_sec("https://www.nasdaq.com/feed/rssoutbound?symbol=AAPL")


# ---- the SEC budget ---------------------------------------------------------------------------


@pytest.mark.parametrize("rps", [5, 10])
def test_budget_no_second_holds_more_than_the_budget(server: HTTPServer, rps: int) -> None:
    clock = FakeClock()
    arrivals: list[float] = []

    def handler(request: Request) -> Response:
        arrivals.append(clock())  # the fake time at which the server saw the request
        return Response("ok")

    server.expect_request("/r").respond_with_handler(handler)
    # Both names of the local server are SEC hosts: they share ONE budget.
    http = make_http(server, clock, requests_per_second=rps, sec_hosts=[base(server), base(server, "localhost")])
    start = clock()
    for i in range(200):
        http.get(base(server, "localhost" if i % 2 else "127.0.0.1") + "/r")
    assert len(arrivals) == 200
    worst = max(sum(1 for t in arrivals if a <= t < a + 1.0) for a in arrivals)
    assert worst <= rps
    # ... and the budget is used, not wasted: 200 requests take about 200/rps seconds.
    assert 200 / rps - 1 <= clock() - start <= 200 / rps + 0.5
    assert http.stats.budget_waits > 0
    assert http.counters()["requests_by_host"] == {"127.0.0.1": 100, "localhost": 100}


def test_budget_is_clamped_to_the_sec_limit_and_spares_other_hosts(server: HTTPServer) -> None:
    clock = FakeClock()
    server.expect_request("/r").respond_with_data("ok")
    http = make_http(server, clock, requests_per_second=50)
    assert http.requests_per_second == 10
    for _ in range(30):  # localhost is not an SEC host here: no waiting at all
        http.get(base(server, "localhost") + "/r")
    assert clock.sleeps == [] and http.stats.budget_waits == 0
    for _ in range(30):
        http.get(base(server) + "/r")
    assert 2.0 <= sum(clock.sleeps) <= 3.0  # 30 requests at 10/s


def test_rate_threshold_page_pauses_every_sec_request_for_ten_minutes(
    server: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    page = (FIXTURES / "error-rate-exceeded.html").read_bytes()
    server.expect_request("/feed").respond_with_handler(
        sequence(Response(page, status=403, content_type="text/html"), Response("feed"))
    )
    server.expect_request("/wire").respond_with_data("wire")
    http = make_http(server, clock)
    with caplog.at_level(logging.ERROR, logger="monitor.http"), pytest.raises(RateLimited) as e:
        http.get(base(server) + "/feed", kind="feed")
    assert e.value.transient and e.value.status == 403 and e.value.retry_after == 600
    assert any(r.levelno == logging.ERROR and "pausing ALL SEC requests" in r.getMessage() for r in caplog.records)
    assert len(server.log) == 1  # the 403 was not retried

    # During the pause: fail fast, no request sent, no sleeping.
    with pytest.raises(RateLimited) as e:
        http.get(base(server) + "/feed", kind="feed")
    assert e.value.transient and 0 < e.value.retry_after <= 600
    assert len(server.log) == 1 and clock.sleeps == []
    # Hosts outside the SEC are not paused.
    assert http.get(base(server, "localhost") + "/wire").content == b"wire"

    clock.t += 599
    with pytest.raises(RateLimited):
        http.get(base(server) + "/feed")
    clock.t += 2  # ten minutes have passed
    assert http.get(base(server) + "/feed").content == b"feed"
    assert http.stats.rate_pauses == 1


def test_undeclared_tool_is_a_permanent_user_agent_error(server: HTTPServer) -> None:
    server.expect_request("/x").respond_with_data(UNDECLARED_PAGE, status=403, content_type="text/html")
    http = make_http(server, FakeClock())
    with pytest.raises(UserAgentRefused) as e:
        http.get(base(server) + "/x")
    assert not e.value.transient
    assert "User-Agent" in str(e.value) and UA in str(e.value) and "configuration" in str(e.value)
    assert len(server.log) == 1
    assert http.paused_for == 0  # not a rate pause


def test_other_403_and_404_are_permanent(server: HTTPServer) -> None:
    server.expect_request("/missing").respond_with_data(
        (FIXTURES / "error-403-archives-missing-path.xml").read_bytes(), status=403, content_type="application/xml")
    server.expect_request("/nokey").respond_with_data(
        (FIXTURES / "error-404-submissions-nosuchkey.xml").read_bytes(), status=404, content_type="application/xml")
    http = make_http(server, FakeClock())
    for path, status in (("/missing", 403), ("/nokey", 404)):
        with pytest.raises(HttpError) as e:
            http.get(base(server) + path)
        assert e.value.status == status and not e.value.transient
        assert type(e.value) is HttpError
    assert len(server.log) == 2 and http.paused_for == 0


# ---- retries ----------------------------------------------------------------------------------


def test_retries_5xx_with_backoff_then_succeeds(server: HTTPServer) -> None:
    clock = FakeClock()
    handler = sequence(Response("busy", status=503), Response("busy", status=502), Response("ok"))
    server.expect_request("/r").respond_with_handler(handler)
    resp = make_http(server, clock).get(base(server) + "/r")
    assert resp.content == b"ok" and len(handler.calls) == 3
    assert clock.sleeps == [1.0, 2.0]


def test_429_honours_retry_after(server: HTTPServer) -> None:
    clock = FakeClock()
    handler = sequence(Response("slow down", status=429, headers={"Retry-After": "7"}), Response("ok"))
    server.expect_request("/r").respond_with_handler(handler)
    assert make_http(server, clock).get(base(server) + "/r").content == b"ok"
    assert clock.sleeps == [7.0]


def test_retry_after_beyond_the_bound_is_not_slept(server: HTTPServer) -> None:
    clock = FakeClock()
    server.expect_request("/r").respond_with_data("later", status=503, headers={"Retry-After": "3600"})
    with pytest.raises(HttpError) as e:
        make_http(server, clock).get(base(server) + "/r")
    assert e.value.transient and e.value.status == 503 and e.value.retry_after == 3600
    assert clock.sleeps == [] and len(server.log) == 1


def test_retries_are_bounded(server: HTTPServer) -> None:
    clock = FakeClock()
    server.expect_request("/r").respond_with_data("down", status=500)
    with pytest.raises(HttpError) as e:
        make_http(server, clock, timeout=60).get(base(server) + "/r")
    assert e.value.transient and e.value.status == 500
    assert len(server.log) == 3 and clock.sleeps == [1.0, 2.0]


def test_backoff_stays_inside_the_total_deadline(server: HTTPServer) -> None:
    clock = FakeClock()
    server.expect_request("/r").respond_with_data("down", status=503)
    with pytest.raises(HttpError):
        make_http(server, clock, timeout=2.5).get(base(server) + "/r")
    # 1 s backoff fits in 2.5 s; the next 2 s would not: two attempts only.
    assert len(server.log) == 2 and clock.sleeps == [1.0]


def test_connection_errors_are_transient_and_retried() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    clock = FakeClock()
    http = Http(UA, sec_hosts=["127.0.0.1"], clock=clock, sleep=clock.sleep)
    with pytest.raises(HttpError) as e:
        http.get(f"http://127.0.0.1:{port}/x")
    assert e.value.transient and e.value.status is None
    assert clock.sleeps == [1.0, 2.0]
    assert http.stats.requests_by_host["127.0.0.1"] == 3


# ---- caps and deadline ------------------------------------------------------------------------


def test_a_6_mb_feed_is_refused_but_a_6_mb_document_is_not(server: HTTPServer) -> None:
    big = b"<entry/>" * 750_000  # 6 MB
    server.expect_request("/big").respond_with_data(big, content_type="application/atom+xml")
    # The same size hidden behind gzip (no useful Content-Length): counted after decoding.
    server.expect_request("/bomb").respond_with_response(
        Response(gzip.compress(big), headers={"Content-Encoding": "gzip"}, content_type="application/atom+xml"))
    http = make_http(server, FakeClock())
    for path in ("/big", "/bomb"):
        with pytest.raises(HttpError, match="5000000-byte cap") as e:
            http.get(base(server) + path, kind="feed")
        assert not e.value.transient
        assert len(http.get(base(server) + path, kind="document").content) == len(big)
    with pytest.raises(HttpError, match="1000-byte cap"):
        http.get(base(server) + "/big", max_bytes=1000)


class _Trickle(BaseHTTPRequestHandler):
    user_agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Trickle.user_agents.append(self.headers.get("User-Agent", ""))
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(1000):  # one byte every 20 ms: 20 s in all
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.02)
        except OSError:
            pass  # the client hung up: what the test wants

    def log_message(self, *args: object) -> None:
        pass


def test_a_trickling_server_is_cut_at_the_deadline() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        # The real clock: the deadline is about wall time here.
        http = Http(UA, timeout=0.5, read_timeout=5)
        started = time.monotonic()
        with pytest.raises(HttpError, match="deadline") as e:
            http.get(f"http://127.0.0.1:{httpd.server_address[1]}/slow")
        elapsed = time.monotonic() - started
        assert e.value.transient
        assert 0.4 <= elapsed < 2.0
        assert _Trickle.user_agents == [UA]  # one attempt: the deadline also bounds retries
    finally:
        httpd.shutdown()
        httpd.server_close()


# ---- conditional GET --------------------------------------------------------------------------


def test_conditional_get_returns_304(server: HTTPServer) -> None:
    etag, modified = '"5f3-abc"', "Fri, 06 Mar 2026 21:11:25 GMT"

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag and request.headers.get("If-Modified-Since") == modified:
            return Response(status=304)
        return Response("body", headers={"ETag": etag, "Last-Modified": modified})

    server.expect_request("/a.txt").respond_with_handler(handler)
    http = make_http(server, FakeClock())
    first = http.get(base(server) + "/a.txt")
    assert (first.status, first.content, first.etag, first.last_modified) == (200, b"body", etag, modified)
    again = http.get(base(server) + "/a.txt", etag=first.etag, last_modified=first.last_modified)
    assert again.status == 304 and again.content == b""


def test_retry_logs_do_not_show_a_feed_token(server: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    server.expect_request("/rss").respond_with_handler(sequence(Response("busy", status=503), Response("ok")))
    http = make_http(server, FakeClock())
    with caplog.at_level(logging.DEBUG, logger="monitor.http"):
        assert http.get(base(server, "localhost") + "/rss?rss=SECRET-TOKEN", kind="feed").content == b"ok"
    assert any("retry 1/2" in r.getMessage() for r in caplog.records)
    assert not any("SECRET-TOKEN" in r.getMessage() for r in caplog.records if r.name.startswith("monitor"))
