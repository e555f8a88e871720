"""Polling a wire feed again: stable identities across polls, conditional GET, cursor handling."""

from __future__ import annotations

import json
from collections.abc import Callable

import feedparser
import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from monitor.domain import WatchTarget
from monitor.sources.wire import WireSource
from tests.integration.wire_support import ALGIE, RSS, feed, make_http, wire_bytes

PATH = "/rss/news-releases-list.rss"
TARGETS = [ALGIE, WatchTarget("SLF", "Solano Foods"), WatchTarget("NWBC", "Northwind Bancorp")]
NEW_UID = "https://www.prnewswire.com/news-releases/solano-foods-notifies-lenders-of-covenant-default-300201433.html"
ETAG = '"prn-5f1c2a"'
LAST_MODIFIED = "Thu, 28 Jul 2005 14:06:12 GMT"


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts feedparser.parse calls (third-party parsing, not our I/O) to prove a 304 costs none."""
    calls: list[int] = []
    real = feedparser.parse

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(feedparser, "parse", counting)
    return calls


def serve(httpserver: HTTPServer, body: dict[str, bytes]) -> None:
    """Serves whatever body["now"] holds at the time of the request."""
    httpserver.expect_request(PATH).respond_with_handler(lambda _req: Response(body["now"], content_type=RSS))


def test_a_feed_growing_by_one_item_yields_exactly_one_new_uid(httpserver: HTTPServer) -> None:
    body = {"now": wire_bytes("prnewswire-news-releases-list.xml")}
    serve(httpserver, body)
    source = WireSource(make_http(), feed(httpserver.url_for(PATH), name="prn"), TARGETS)

    first = source.discover("")
    body["now"] = wire_bytes("prnewswire-news-releases-list-next.xml")  # one new item, the oldest gone
    second = source.discover(first.cursor)

    assert sorted(r.ticker for r in first.refs) == ["ALGIE", "NWBC", "SLF"]
    stored = {(r.uid, r.fingerprint) for r in first.refs}  # what the pipeline keeps after poll 1
    new = [r for r in second.refs if (r.uid, r.fingerprint) not in stored]
    assert [(r.uid, r.ticker) for r in new] == [(NEW_UID, "SLF")]
    assert {r.uid for r in second.refs} - {r.uid for r in first.refs} == {NEW_UID}
    # the same items keep their identity and fingerprint from poll to poll
    assert {(r.uid, r.fingerprint) for r in second.refs} - {(NEW_UID, new[0].fingerprint)} == stored


def test_an_item_whose_text_changed_keeps_its_uid_with_a_new_fingerprint(httpserver: HTTPServer) -> None:
    original = wire_bytes("prnewswire-news-releases-list.xml")
    body = {"now": original}
    serve(httpserver, body)
    source = WireSource(make_http(), feed(httpserver.url_for(PATH)), [ALGIE])

    before = source.discover("").refs
    body["now"] = original.replace(b"to correct errors in inventory accounting.",
                                   b"to correct errors in inventory and pension accounting.")
    after = source.discover("").refs

    assert len(before) == len(after) == 1
    assert before[0].uid == after[0].uid
    assert before[0].fingerprint != after[0].fingerprint
    assert "pension" in after[0].get("summary")


def conditional(body: bytes, seen: list[tuple[str | None, str | None]]) -> Callable[[Request], Response]:
    """A server that supports ETag / Last-Modified and answers 304 when nothing changed."""

    def handler(request: Request) -> Response:
        seen.append((request.headers.get("If-None-Match"), request.headers.get("If-Modified-Since")))
        validators = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304, headers=validators)
        return Response(body, content_type=RSS, headers=validators)

    return handler


def test_an_unchanged_feed_is_answered_304_and_costs_no_parsing(
    httpserver: HTTPServer, parse_calls: list[int]
) -> None:
    seen: list[tuple[str | None, str | None]] = []
    httpserver.expect_request(PATH).respond_with_handler(
        conditional(wire_bytes("prnewswire-news-releases-list.xml"), seen))
    source = WireSource(make_http(), feed(httpserver.url_for(PATH)), TARGETS)

    first = source.discover("")
    assert len(first.refs) == 3 and len(parse_calls) == 1
    assert json.loads(first.cursor)["urls"][httpserver.url_for(PATH)] == {
        "etag": ETAG, "last_modified": LAST_MODIFIED}

    second = source.discover(first.cursor)

    assert seen == [(None, None), (ETAG, LAST_MODIFIED)]
    assert len(parse_calls) == 1  # the 304 was not parsed
    assert second.refs == () and second.errors == ()
    assert second.cursor == first.cursor  # the validators stay for the next poll


def test_a_changed_watchlist_fetches_unconditionally(httpserver: HTTPServer, parse_calls: list[int]) -> None:
    seen: list[tuple[str | None, str | None]] = []
    httpserver.expect_request(PATH).respond_with_handler(
        conditional(wire_bytes("prnewswire-news-releases-list.xml"), seen))
    url = httpserver.url_for(PATH)
    cursor = WireSource(make_http(), feed(url), [ALGIE]).discover("").cursor

    # A company added to the watchlist may already have items in the feed: a 304 would hide them.
    grown = WireSource(make_http(), feed(url), [ALGIE, WatchTarget("PMED", "Pinecrest Medical")])
    refs = grown.discover(cursor).refs

    assert seen == [(None, None), (None, None)]
    assert sorted(r.ticker for r in refs) == ["ALGIE", "PMED"]
    assert len(parse_calls) == 2


@pytest.mark.parametrize("cursor", ["not json", "[]", '{"watch": 1, "urls": 5}', ""])
def test_an_unreadable_cursor_starts_over(httpserver: HTTPServer, cursor: str) -> None:
    seen: list[tuple[str | None, str | None]] = []
    httpserver.expect_request(PATH).respond_with_handler(
        conditional(wire_bytes("prnewswire-news-releases-list.xml"), seen))
    source = WireSource(make_http(), feed(httpserver.url_for(PATH)), [ALGIE])

    found = source.discover(cursor)

    assert seen == [(None, None)]
    assert [r.ticker for r in found.refs] == ["ALGIE"]
    assert json.loads(found.cursor)["urls"][httpserver.url_for(PATH)]["etag"] == ETAG


def test_per_watch_validators_are_kept_per_url(httpserver: HTTPServer) -> None:
    seen: list[tuple[str | None, str | None]] = []
    body = wire_bytes("empty-channel.xml")
    httpserver.expect_request("/feed/ALGIE.xml").respond_with_handler(conditional(body, seen))
    httpserver.expect_request("/feed/SLF.xml").respond_with_data(body, content_type=RSS)  # no validators
    url = httpserver.url_for("/feed/{ticker}.xml")
    source = WireSource(make_http(), feed(url, per_watch=True), [ALGIE, WatchTarget("SLF", "Solano Foods")])

    cursor = json.loads(source.discover("").cursor)

    assert list(cursor["urls"]) == [httpserver.url_for("/feed/ALGIE.xml")]
    source.discover(json.dumps(cursor))
    assert seen == [(None, None), (ETAG, LAST_MODIFIED)]
