"""EdgarSource against a local server replaying recorded SEC responses.

Feed pages are the recorded getcurrent pages (whole, or cut at an entry boundary to simulate what the
feed looked like at an earlier poll). Every request must carry the configured User-Agent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.domain import Ref, WatchTarget
from monitor.http import Http, HttpError
from monitor.settings import EdgarSettings
from monitor.sources.base import SourceError
from monitor.sources.edgar import EdgarSource, FeedCursor, parse_feed
from tests.conftest import FakeClock

UA = "Filing Monitor Tests tests@example.com"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
ET = ZoneInfo("America/New_York")
NOW = datetime(2026, 1, 12, 16, 30, tzinfo=UTC)
SWX = WatchTarget("SWX", "Southwest Gas Holdings", 1692115)
NVDA = WatchTarget("NVDA", "NVIDIA", 1045810)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def page(name: str) -> bytes:
    return fixture(f"getcurrent-all-forms-count100-{name}.atom.xml")


# ---- a recorded feed, cut into entries (independent of the parser under test) ----------------


def split_feed(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    first, last = data.index(b"<entry>"), data.rindex(b"</entry>") + len(b"</entry>\n")
    return data[:first], [b"<entry>" + e for e in data[first:last].split(b"<entry>")[1:]], data[last:]


def join_feed(head: bytes, entries: list[bytes], tail: bytes) -> bytes:
    return head + b"".join(entries) + tail


def accession(entry: bytes) -> str:
    return re.search(rb"accession-number=([\d-]+)", entry).group(1).decode()


def cik(entry: bytes) -> int:
    return int(re.search(rb"<title>.* \((\d{10})\) \([^()]*\)</title>", entry).group(1))


def form(entry: bytes) -> str:
    return re.search(rb'term="([^"]*)"', entry).group(1).decode()


class Feed:
    """Serves `pages[i]` for start=100*i and the recorded 503 page past the end."""

    def __init__(self, server: HTTPServer):
        self.pages: list[bytes] = []
        self.starts: list[int] = []
        self.past_end = 503  # what the server answers past the last page
        server.expect_request("/cgi-bin/browse-edgar").respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        args = request.args
        assert (args["action"], args["count"], args["output"], args["type"]) == ("getcurrent", "100", "atom", "")
        start = int(args["start"])
        self.starts.append(start)
        if start % 100 == 0 and start // 100 < len(self.pages):
            return Response(self.pages[start // 100], content_type="application/atom+xml")
        if self.past_end == 503:
            return Response(fixture("error-503-maintenance.html"), status=503, content_type="text/html")
        return Response("error", status=self.past_end)

    def poll(self, source: EdgarSource, cursor: str):  # -> (Discovery, starts requested by this poll)
        before = len(self.starts)
        discovery = source.discover(cursor)
        return discovery, self.starts[before:]


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> Iterator[HTTPServer]:
    yield httpserver_ipv4
    assert httpserver_ipv4.log, "the test made no request"
    for request, _ in httpserver_ipv4.log:
        assert request.headers.get("User-Agent") == UA, request.url


@pytest.fixture
def feed(server: HTTPServer) -> Feed:
    return Feed(server)


def url(server: HTTPServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def make_source(server: HTTPServer, targets: list[WatchTarget], **settings: object) -> EdgarSource:
    s = EdgarSettings(user_agent=UA, base_url=url(server), data_url=url(server), **settings)
    clock = FakeClock()
    http = Http(UA, sec_hosts=[url(server)], clock=clock, sleep=clock.sleep)
    return EdgarSource(http, s, targets, now=lambda: NOW)


# ---- discover ---------------------------------------------------------------------------------


def test_feed_requests_per_poll_do_not_depend_on_the_watchlist_size(server: HTTPServer, feed: Feed) -> None:
    head, entries, tail = split_feed(page("start0"))
    forms = sorted({form(e) for e in entries})
    ciks = list(dict.fromkeys(cik(e) for e in entries[:20]))
    small = [WatchTarget(f"T{c}", f"Company {c}", c) for c in ciks[:3]]
    large = [WatchTarget(f"T{c}", f"Company {c}", c) for c in dict.fromkeys(cik(e) for e in entries)]
    large += [WatchTarget(f"S{i}", f"Synthetic {i}", 9_000_000 + i) for i in range(5000 - len(large))]
    assert len(large) == 5000 and len({t.cik for t in large}) == 5000

    found = {}
    for name, targets in (("small", small), ("large", large)):
        source = make_source(server, targets, forms=forms)
        feed.pages = [join_feed(head, entries[20:], tail)]  # the feed at the previous poll
        first, starts_first = feed.poll(source, "")
        feed.pages = [page("start0")]  # 20 entries more at this poll
        second, starts_second = feed.poll(source, first.cursor)
        assert (starts_first, starts_second) == ([0], [0]), name  # ONE request per poll
        assert first.refs == () and second.errors == ()
        found[name] = {r.uid for r in second.refs}
    assert found["small"] and found["small"] < found["large"]
    assert found["large"] == {accession(e) for e in entries[:20]} - {accession(e) for e in entries[20:]}


def test_a_burst_of_250_entries_across_three_pages_is_read_completely(server: HTTPServer, feed: Feed) -> None:
    pages = [page("start0"), page("start700"), page("start1700")]
    parts = [split_feed(p) for p in pages]
    everything = [e for _, entries, _ in parts for e in entries]
    head3, entries3, tail3 = parts[2]
    targets = [WatchTarget(f"T{c}", f"Company {c}", c) for c in dict.fromkeys(cik(e) for e in everything)]
    source = make_source(server, targets, forms=sorted({form(e) for e in everything}))

    # The previous poll saw page 3 from its 51st entry down; since then 250 entries arrived.
    feed.pages = [join_feed(head3, entries3[50:], tail3)]
    before, _ = feed.poll(source, "")
    feed.pages = pages
    burst, starts = feed.poll(source, before.cursor)

    assert starts == [0, 100, 200]
    uids = [r.uid for r in burst.refs]
    assert len(uids) == len(set(uids))  # each accession exactly once
    expected = {accession(e) for e in everything[:250]} - {accession(e) for e in entries3[50:]}
    assert set(uids) == expected and len(expected) > 150
    assert [r.accepted_at for r in burst.refs] == sorted(r.accepted_at for r in burst.refs)  # oldest first
    assert burst.errors == ()

    # The next poll of the same feed finds nothing new and reads one page.
    again, starts = feed.poll(source, burst.cursor)
    assert again.refs == () and starts == [0]


def test_the_item_4_02_8k_of_southwest_gas(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start1700")]
    watched = make_source(server, [NVDA, SWX], first_poll="window")
    found, starts = feed.poll(watched, "")
    assert starts[:2] == [0, 100]  # page 2 is the recorded 503: the end of the window, not an error
    assert found.errors == ()
    (ref,) = found.refs
    assert ref == Ref(
        source="edgar",
        uid="0001692115-26-000004",
        ticker="SWX",
        fingerprint="0001692115-26-000004",
        url="https://www.sec.gov/Archives/edgar/data/1692115/000169211526000004/0001692115-26-000004-index.htm",
        title="8-K - Southwest Gas Holdings, Inc.",
        form="8-K",
        items=("2.02", "4.02", "7.01"),
        accepted_at=datetime(2026, 1, 9, 17, 7, 17, tzinfo=ET),
        cik=1692115,
        extra=(("company", "Southwest Gas Holdings, Inc."), ("role", "Filer"), ("filed", "2026-01-09")),
    )

    not_watched = make_source(server, [NVDA], first_poll="window")
    assert feed.poll(not_watched, "")[0].refs == ()


def test_forms_are_filtered_and_roles_deduplicated(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start1700")]
    # Hertz is the Issuer of a Form 3/A whose Reporting owner also has an entry.
    hertz = WatchTarget("HTZ", "Hertz", 1657853)
    owner = WatchTarget("MOORE", "Moore Michael S.", 2091247)
    assert feed.poll(make_source(server, [hertz, owner], first_poll="window"), "")[0].refs == ()  # 3/A
    found, _ = feed.poll(make_source(server, [hertz, owner], first_poll="window", forms=["3/A"]), "")
    assert [r.uid for r in found.refs] == ["0002091247-26-000002"]  # once, though two roles match


def test_a_restart_with_the_stored_cursor_finds_nothing_new(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start1700")]
    first, _ = feed.poll(make_source(server, [SWX], first_poll="window"), "")
    assert [r.uid for r in first.refs] == ["0001692115-26-000004"]
    restarted = make_source(server, [SWX], first_poll="window")  # a new process, same store
    again, starts = feed.poll(restarted, first.cursor)
    assert again.refs == () and starts == [0]
    assert FeedCursor.decode(again.cursor) == FeedCursor.decode(first.cursor)


def test_first_poll_latest_remembers_the_newest_entry_only(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start1700")]
    source = make_source(server, [SWX])
    first, starts = feed.poll(source, "")
    assert first.refs == () and starts == [0]
    cursor = FeedCursor.decode(first.cursor)
    assert cursor is not None and cursor.accession == "0001599901-26-000008"
    assert cursor.accepted_at == datetime(2026, 1, 9, 17, 12, 37, tzinfo=ET)
    assert feed.poll(source, first.cursor)[0].refs == ()


def test_a_gap_larger_than_the_pages_read_is_kept_in_the_cursor(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start0"), page("start700"), page("start1700")]
    source = make_source(server, [SWX], max_pages=2)
    old = FeedCursor("0000000000-26-000001", datetime(2026, 1, 8, 9, 0, tzinfo=ET)).encode()
    found, starts = feed.poll(source, old)
    assert starts == [0, 100]
    assert found.errors == () and source.needs_catch_up  # not a failed poll: the catch-up's work
    cursor = FeedCursor.decode(found.cursor)
    assert cursor.accession == "0002074440-26-000002"
    oldest_read = min(e.accepted_at for p in (page("start0"), page("start700")) for e in parse_feed(p))
    # From the old cursor (less the overlap re-read at every poll) to the oldest entry read.
    assert cursor.gaps == ((datetime(2026, 1, 8, 8, 58, tzinfo=ET), oldest_read),)
    # The next poll reaches its cursor and keeps the gap for the catch-up.
    again, _ = feed.poll(make_source(server, [SWX], max_pages=2), found.cursor)
    assert FeedCursor.decode(again.cursor).gaps == cursor.gaps


def test_a_failing_later_page(server: HTTPServer, feed: Feed) -> None:
    feed.pages = [page("start0")]
    old = FeedCursor("0000000000-26-000001", datetime(2026, 1, 8, 9, 0, tzinfo=ET)).encode()
    # A server error a retry may cure: the poll fails and the cursor stays, so nothing is skipped.
    feed.past_end = 500
    with pytest.raises(SourceError) as e:
        make_source(server, [SWX]).discover(old)
    assert e.value.transient and "start=100" in str(e.value)
    # A permanent error: the window ends there (a gap for the catch-up), so polling is never stuck on it.
    feed.past_end = 404
    found, starts = feed.poll(make_source(server, [SWX]), old)
    assert starts == [0, 100] and len(FeedCursor.decode(found.cursor).gaps) == 1
    assert FeedCursor.decode(found.cursor).accession == "0002074440-26-000002"


def test_a_broken_first_page_fails_the_poll(server: HTTPServer, feed: Feed) -> None:
    feed.pages = []  # the 503 page on page 0: a failure, the cursor must not move
    with pytest.raises(SourceError) as e:
        make_source(server, [SWX]).discover(FeedCursor("0000000000-26-000001", NOW).encode())
    assert e.value.transient and "503" in str(e.value)


# ---- fetch ------------------------------------------------------------------------------------

NVDA_FOLDER = "/Archives/edgar/data/1045810/000104581026000024"
NVDA_REF = Ref(
    source="edgar",
    uid="0001045810-26-000024",
    ticker="NVDA",
    fingerprint="0001045810-26-000024",
    url=f"https://www.sec.gov{NVDA_FOLDER}/0001045810-26-000024-index.htm",  # as the feed gives it
    title="8-K - NVIDIA CORP",
    form="8-K",
    items=("5.02", "9.01"),
    accepted_at=datetime(2026, 3, 6, 16, 11, 25, tzinfo=ET),
    cik=1045810,
)


def test_fetch_reads_the_index_then_the_primary_document(server: HTTPServer) -> None:
    server.expect_request(f"{NVDA_FOLDER}/0001045810-26-000024-index.htm").respond_with_data(
        fixture("8k-index-0001045810-26-000024-nvidia.html"), content_type="text/html")
    server.expect_request(f"{NVDA_FOLDER}/nvda-20260302.htm").respond_with_data(
        fixture("8k-primary-doc-nvda-20260302.htm"), content_type="text/html")
    release = make_source(server, [NVDA]).fetch(NVDA_REF)
    # Only the index and the 8-K: not the EX-10.1, the XBRL files or the .txt.
    assert [r.path for r, _ in server.log] == [f"{NVDA_FOLDER}/0001045810-26-000024-index.htm",
                                               f"{NVDA_FOLDER}/nvda-20260302.htm"]
    assert release.documents_complete
    assert "NVIDIA CORPORATION" in release.text and "Date of Report" in release.text
    assert "Item 5.02" in release.text and "<ix:" not in release.text and "dei:" not in release.text
    assert (release.source, release.uid, release.ticker, release.form, release.items, release.cik) == (
        "edgar", "0001045810-26-000024", "NVDA", "8-K", ("5.02", "9.01"), 1045810)
    assert release.url == NVDA_REF.url and release.title == "8-K - NVIDIA CORP"
    assert release.accepted_at == NVDA_REF.accepted_at


ABVC_FOLDER = "/Archives/edgar/data/1173313/000121390025032135"
ABVC_REF = Ref(
    source="edgar",
    uid="0001213900-25-032135",
    ticker="ABVC",
    fingerprint="0001213900-25-032135",
    url=f"https://www.sec.gov{ABVC_FOLDER}/0001213900-25-032135-index.htm",
    title="8-K - ABVC BIOPHARMA, INC.",
    form="8-K",
    items=("2.02", "4.02", "7.01", "9.01"),
    accepted_at=datetime(2025, 4, 15, 16, 30, 25, tzinfo=ET),
    cik=1173313,
)


def test_fetch_falls_back_to_the_complete_submission(server: HTTPServer) -> None:
    server.expect_request(f"{ABVC_FOLDER}/0001213900-25-032135-index.htm").respond_with_data(
        fixture("error-403-archives-missing-path.xml"), status=403, content_type="application/xml")
    server.expect_request(f"{ABVC_FOLDER}/0001213900-25-032135.txt").respond_with_data(
        fixture("8k-complete-submission-0001213900-25-032135-abvc-item4.02-ex99.1.txt"), content_type="text/plain")
    release = make_source(server, []).fetch(ABVC_REF)
    assert release.documents_complete
    assert "(NASDAQ: ABVC)" in release.text
    # The press release (EX-99.1) comes before the 8-K body.
    assert release.text.index("ABVC BioPharma Announces 2024 Financial Results") < release.text.index("FORM 8-K")
    assert "Non-Reliance" in release.text


@pytest.mark.parametrize("index_status", [403, 404])
def test_a_4_02_filing_whose_documents_fail_still_alerts_on_its_items(server: HTTPServer, index_status: int) -> None:
    server.expect_request(f"{ABVC_FOLDER}/0001213900-25-032135-index.htm").respond_with_data(
        fixture("error-403-archives-missing-path.xml"), status=index_status, content_type="application/xml")
    server.expect_request(f"{ABVC_FOLDER}/0001213900-25-032135.txt").respond_with_data(
        fixture("error-404-submissions-nosuchkey.xml"), status=404, content_type="application/xml")
    source = make_source(server, [])
    release = source.fetch(ABVC_REF)
    assert not release.documents_complete
    assert release.text.split("\n\n")[1] == (
        "Item 4.02: Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
        "Completed Interim Review")
    assert release.items == ABVC_REF.items and release.uid == ABVC_REF.uid

    # Without a strong item there is nothing to say yet: the pipeline keeps it and retries later.
    from dataclasses import replace

    with pytest.raises(HttpError):
        source.fetch(replace(ABVC_REF, items=("2.02", "9.01")))


# ---- catch-up and history ---------------------------------------------------------------------


DAY = date(2020, 3, 18)
DAILY_INDEX = "/Archives/edgar/daily-index/2020/QTR1/form.20200318.idx"
PNM = WatchTarget("PNM", "PNM Resources", 1108426)  # one 8-K, filed with its subsidiary TNMP (CIK 22767)
TNMP = WatchTarget("TNMP", "Texas-New Mexico Power", 22767)
BIO = WatchTarget("ETNB", "89bio", 1785173)  # a 10-K and an 8-K that day


def test_the_daily_index_gives_the_watched_filings_of_the_day(server: HTTPServer) -> None:
    server.expect_request(DAILY_INDEX).respond_with_data(fixture("daily-index-form.20200318.idx"),
                                                        content_type="text/plain")
    source = make_source(server, [PNM, TNMP, BIO, NVDA])
    assert source.daily_index_url(DAY) == url(server) + DAILY_INDEX
    refs = source.day_refs(DAY)
    assert len(server.log) == 1  # one request for the day, whatever the watchlist
    assert sorted((r.uid, r.form, r.ticker) for r in refs) == [
        ("0001108426-20-000017", "8-K", "PNM"),  # once, though both filers are watched
        ("0001193125-20-077146", "8-K", "ETNB"),
        ("0001564590-20-011636", "10-K", "ETNB"),
    ]
    ten_k = next(r for r in refs if r.form == "10-K")
    assert ten_k == Ref(
        source="edgar",
        uid="0001564590-20-011636",
        ticker="ETNB",
        fingerprint="0001564590-20-011636",
        url=f"{url(server)}/Archives/edgar/data/1785173/000156459020011636/0001564590-20-011636-index.htm",
        title="10-K - 89bio, Inc.",
        form="10-K",
        cik=1785173,
        extra=(("company", "89bio, Inc."), ("filed", "2020-03-18")),
    )  # no items and no acceptance time: the filing's index page tells them when it is fetched
    assert make_source(server, [PNM], forms=["10-K"]).day_refs(DAY) == []


@pytest.mark.parametrize(("status", "body"), [(403, "error-403-archives-missing-path.xml"),
                                              (404, "error-404-submissions-nosuchkey.xml")])
def test_a_day_without_an_index_is_none_and_other_errors_fail(server: HTTPServer, status: int, body: str) -> None:
    server.expect_request(DAILY_INDEX).respond_with_data(fixture(body), status=status, content_type="application/xml")
    assert make_source(server, [PNM]).day_refs(DAY) is None  # a holiday, or not published yet
    server.clear()
    server.expect_request(DAILY_INDEX).respond_with_data("<html>not an index</html>", content_type="text/html")
    with pytest.raises(SourceError) as e:
        make_source(server, [PNM]).day_refs(DAY)
    assert e.value.transient and "2020-03-18" in str(e.value)


def test_a_filing_from_the_daily_index_learns_its_items_and_time_from_its_index_page(server: HTTPServer) -> None:
    server.expect_request(f"{NVDA_FOLDER}/0001045810-26-000024-index.htm").respond_with_data(
        fixture("8k-index-0001045810-26-000024-nvidia.html"), content_type="text/html")
    server.expect_request(f"{NVDA_FOLDER}/nvda-20260302.htm").respond_with_data(
        fixture("8k-primary-doc-nvda-20260302.htm"), content_type="text/html")
    from_index = Ref(source="edgar", uid=NVDA_REF.uid, ticker="NVDA", fingerprint=NVDA_REF.uid,
                     url=f"{url(server)}{NVDA_FOLDER}/0001045810-26-000024-index.htm", title="8-K - NVIDIA CORP",
                     form="8-K", cik=1045810)
    release = make_source(server, [NVDA]).fetch(from_index)
    assert release.items == ("5.02", "9.01") and release.accepted_at == NVDA_REF.accepted_at
    assert release.documents_complete and release.skipped == () and "Item 5.02" in release.text


def test_history_reads_older_pages_down_to_the_date(server: HTTPServer) -> None:
    # The recorded older page of IMUNON, under a minimal first page that names it.
    first = {"cik": "749647", "name": "IMUNON, INC.", "tickers": ["IMNN"],
             "filings": {"recent": {"accessionNumber": [], "form": []},
                         "files": [{"name": "CIK0000749647-submissions-001.json", "filingCount": 395,
                                    "filingFrom": "1996-08-07", "filingTo": "2010-07-09"}]}}
    server.expect_request("/submissions/CIK0000749647.json").respond_with_json(first)
    server.expect_request("/submissions/CIK0000749647-submissions-001.json").respond_with_data(
        fixture("submissions-CIK0000749647-submissions-001-imunon.json"), content_type="application/json")
    source = make_source(server, [])
    refs = source.history(749647, date(2009, 1, 1))
    assert refs and all(r.ticker == "IMNN" and r.cik == 749647 for r in refs)
    assert {r.form for r in refs} <= set(source.settings.forms) and "10-K" in {r.form for r in refs}
    assert min(r.extra[1][1] for r in refs) >= "2009-01-01"
    assert len(server.log) == 2

    # A page that ends before the date is not read.
    assert source.history(749647, date(2011, 1, 1)) == []
    assert len(server.log) == 3


def test_history_of_a_large_company(server: HTTPServer) -> None:
    server.expect_request("/submissions/CIK0000895419.json").respond_with_data(
        fixture("submissions-CIK0000895419-wolfspeed-WOLF.json"), content_type="application/json")
    refs = make_source(server, [WatchTarget("WOLF", "Wolfspeed", 895419)]).history(895419, date(2021, 1, 1))
    items = {r.uid: r.items for r in refs}
    assert items["0001193125-25-153145"] == ("1.03", "2.04", "7.01", "9.01")
    assert items["0000895419-21-000149"] == ("2.04", "9.01")
    assert len(server.log) == 1  # the older page (to 2011) is not needed
