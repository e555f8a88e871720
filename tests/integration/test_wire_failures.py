"""Bad feeds: each failure is reported for its URL (Discovery.errors) or for the source (SourceError)
while the other URLs of the same poll still deliver; recoverable oddities keep their items."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from monitor.domain import WatchTarget
from monitor.sources.base import SourceError
from monitor.sources.wire import WireSource
from tests.integration.wire_support import ALGIE, RSS, feed, make_http, wire_bytes

BAD = WatchTarget("BAD", "Broken Feed Holdings")
FEED_CAP = 100_000


@pytest.fixture(scope="module")
def threaded_server() -> Iterator[HTTPServer]:
    """A threaded server, so a hanging handler does not block the other URLs of the poll. Started
    once per module: stopping a werkzeug server takes half a second."""
    srv = HTTPServer(threaded=True)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def server(threaded_server: HTTPServer) -> Iterator[HTTPServer]:
    threaded_server.release = threading.Event()  # type: ignore[attr-defined]
    yield threaded_server
    threaded_server.release.set()  # type: ignore[attr-defined] - lets a hanging handler finish
    threaded_server.clear()


def oversized() -> bytes:
    item = wire_bytes("prnewswire-news-releases-list.xml").split(b"<item>")[1].split(b"</item>")[0]
    head = b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>big</title>'
    return head + (b"<item>" + item + b"</item>") * 400 + b"</channel></rss>"


def hang(srv: HTTPServer) -> Callable[[Request], Response]:
    def handler(_request: Request) -> Response:
        srv.release.wait(10)  # type: ignore[attr-defined] - released at teardown
        return Response(b"too late", content_type=RSS)

    return handler


@dataclass(frozen=True)
class Case:
    register: Callable[[HTTPServer, str], object]
    error: str  # expected in the message
    transient: bool = True


def data(body: bytes, content_type: str, status: int = 200) -> Callable[[HTTPServer, str], object]:
    return lambda srv, path: srv.expect_request(path).respond_with_data(body, status=status, content_type=content_type)


CASES = {
    "html-error-page-with-200": Case(data(wire_bytes("error-page-200.html"), "text/html; charset=utf-8"), "not a feed"),
    "html-page-labelled-rss": Case(data(wire_bytes("error-page-200.html"), RSS), "not a feed: an HTML page"),
    "json-instead-of-a-feed": Case(data(b'{"error": "rate limited"}', "application/json"), "not a feed"),
    "malformed-without-items": Case(data(wire_bytes("malformed-truncated.xml"), RSS), "malformed feed"),
    "billion-laughs": Case(data(wire_bytes("billion-laughs.xml"), RSS), "refused", transient=False),
    "oversized": Case(data(oversized(), RSS), f"exceeds the {FEED_CAP}-byte cap", transient=False),
    "hanging": Case(lambda srv, path: srv.expect_request(path).respond_with_handler(hang(srv)), "timed out"),
    "server-error": Case(data(b"upstream down", "text/plain", status=503), "HTTP 503"),
    "gone": Case(data(b"no such feed", "text/plain", status=404), "HTTP 404", transient=False),
}


def http():  # type: ignore[no-untyped-def]
    return make_http(feed_max_bytes=FEED_CAP, timeout=1.0, read_timeout=0.5)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_bad_url_is_reported_and_the_other_urls_of_the_poll_still_deliver(server: HTTPServer, case: Case) -> None:
    server.expect_request("/feeds/ALGIE.xml").respond_with_data(wire_bytes("yahoo-headline-ALGIE.xml"), content_type=RSS)
    case.register(server, "/feeds/BAD.xml")
    source = WireSource(http(), feed(server.url_for("/feeds/{ticker}.xml"), per_watch=True), [BAD, ALGIE])

    found = source.discover("")

    assert [r.ticker for r in found.refs] == ["ALGIE", "ALGIE"]
    assert len(found.errors) == 1
    assert "/feeds/BAD.xml" in found.errors[0] and case.error in found.errors[0]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_when_the_only_url_fails_the_poll_fails(server: HTTPServer, case: Case) -> None:
    case.register(server, "/rss/all.xml")
    source = WireSource(http(), feed(server.url_for("/rss/all.xml"), name="only"), [ALGIE])

    with pytest.raises(SourceError) as raised:
        source.discover("")

    assert str(raised.value).startswith("wire:only: ") and case.error in str(raised.value)
    assert raised.value.transient is case.transient


def test_every_url_failing_fails_the_poll_naming_the_count(server: HTTPServer) -> None:
    data(wire_bytes("error-page-200.html"), "text/html")(server, "/feeds/BAD.xml")
    data(wire_bytes("malformed-truncated.xml"), RSS)(server, "/feeds/ALGIE.xml")
    source = WireSource(http(), feed(server.url_for("/feeds/{ticker}.xml"), per_watch=True), [BAD, ALGIE])

    with pytest.raises(SourceError, match="all 2 URLs failed"):
        source.discover("")


def test_billion_laughs_is_refused_fast_before_any_parser(server: HTTPServer) -> None:
    data(wire_bytes("billion-laughs.xml"), RSS)(server, "/rss/all.xml")
    source = WireSource(http(), feed(server.url_for("/rss/all.xml")), [ALGIE])

    started = time.perf_counter()
    with pytest.raises(SourceError, match="entity-expansion"):
        source.discover("")
    assert time.perf_counter() - started < 1.0


def test_a_hanging_feed_fails_within_the_deadline(server: HTTPServer) -> None:
    server.expect_request("/rss/all.xml").respond_with_handler(hang(server))
    source = WireSource(http(), feed(server.url_for("/rss/all.xml")), [ALGIE])

    started = time.perf_counter()
    with pytest.raises(SourceError, match="timed out"):
        source.discover("")
    assert time.perf_counter() - started < 2.0


def test_malformed_xml_with_recoverable_items_keeps_them(server: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    data(wire_bytes("malformed-recoverable.xml"), RSS)(server, "/rss/all.xml")
    source = WireSource(http(), feed(server.url_for("/rss/all.xml")), [ALGIE])

    with caplog.at_level(logging.WARNING, logger="monitor.sources.wire"):
        found = source.discover("")

    assert found.errors == ()
    assert [r.ticker for r in found.refs] == ["ALGIE"]
    assert found.refs[0].title.startswith("American Locker Group Confirms Restructuring Talks")
    assert any("malformed feed, keeping the 2 items" in r.getMessage() for r in caplog.records)


def test_cp1252_bytes_declared_utf8_keep_their_items_and_characters(server: HTTPServer) -> None:
    data(wire_bytes("cp1252-declared-utf8.xml"), RSS)(server, "/rss/all.xml")
    source = WireSource(http(), feed(server.url_for("/rss/all.xml")), [ALGIE])

    found = source.discover("")

    assert found.errors == ()
    assert [r.title for r in found.refs] == ["American Locker Group\u2019s \u201cCaf\u00e9\u201d Locker Line Wins Design Award"]
    assert "locker line \u2013 designed" in found.refs[0].get("summary")


def test_an_empty_feed_is_not_a_failure(server: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    data(wire_bytes("empty-channel.xml"), RSS)(server, "/rss/all.xml")
    source = WireSource(http(), feed(server.url_for("/rss/all.xml")), [ALGIE])

    with caplog.at_level(logging.DEBUG, logger="monitor.sources.wire"):
        found = source.discover("")

    assert found.refs == () and found.errors == ()
    assert any("the feed has no items" in r.getMessage() and r.levelno == logging.DEBUG for r in caplog.records)


def test_errors_do_not_show_feed_tokens_or_credentials(server: HTTPServer) -> None:
    data(b"forbidden", "text/plain", status=403)(server, "/rss/home/")
    url = server.url_for("/rss/home/").replace("http://", "http://user:s3cret@") + "?rss=G1QF&token=abc123"
    source = WireSource(http(), feed(url), [ALGIE])

    with pytest.raises(SourceError) as raised:
        source.discover("")

    message = str(raised.value)
    assert "HTTP 403" in message and "rss=G1QF" in message
    assert "abc123" not in message and "s3cret" not in message


def test_connection_errors_do_not_show_feed_tokens_either() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    source = WireSource(http(), feed(f"http://127.0.0.1:{port}/rss/all.xml?rss=G1QF&apikey=abc123"), [ALGIE])

    with pytest.raises(SourceError) as raised:
        source.discover("")

    assert "ConnectionError" in str(raised.value) and "abc123" not in str(raised.value)


def utf16(name: str) -> bytes:
    text = wire_bytes(name).decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return text.encode("utf-16")  # with a byte-order mark, as UTF-16 feeds are served


def test_a_utf16_feed_is_read_and_a_utf16_billion_laughs_refused(server: HTTPServer) -> None:
    data(utf16("prnewswire-news-releases-list.xml"), "application/rss+xml")(server, "/feeds/ALGIE.xml")
    data(utf16("billion-laughs.xml"), "application/rss+xml")(server, "/feeds/BAD.xml")
    source = WireSource(http(), feed(server.url_for("/feeds/{ticker}.xml"), per_watch=True), [BAD, ALGIE])

    found = source.discover("")

    assert len(found.refs) == 5  # a per-company feed: every item is ALGIE's
    assert "American Locker Group Announces Amended Quarterly Reports" in [r.title for r in found.refs]
    assert "(NASDAQ: ALGIE)" in found.refs[3].get("summary")
    assert len(found.errors) == 1 and "refused" in found.errors[0]
