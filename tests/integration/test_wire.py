"""The wire source against local servers serving feeds built like the real ones: Business Wire / PR
Newswire category feeds, GlobeNewswire stock tags, Nasdaq per-symbol feeds, Atom, Yahoo headlines."""

from __future__ import annotations

from datetime import UTC, datetime

from pytest_httpserver import HTTPServer

from monitor.detect import detect
from monitor.domain import WatchTarget
from monitor.sources.wire import WireSource, item_from_entry, parse_feed
from tests.integration.wire_support import ALGIE, ATOM, RSS, feed, make_http, wire_bytes

BW_SEED_GUID = "http://www.businesswire.com/news/home/20050727005863/en"
YAHOO_HOST = "https://finance.yahoo.com"
YAHOO_PAGE = "/news/american-locker-group-incorporated-annual-200500123.html"


def kinds(text: str) -> set[str]:
    return {f.kind for f in detect(text)}


def test_category_feed_yields_only_the_watched_company_and_the_seed_release_detects_three_kinds(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/rss/home/").respond_with_data(wire_bytes("businesswire-earnings.xml"), content_type=RSS)
    targets = [ALGIE, WatchTarget("ACW", "Acme Widgets"), WatchTarget("KDSY", "Kestrel Holdings")]
    source = WireSource(make_http(), feed(httpserver.url_for("/rss/home/"), name="bw-earnings"), targets)

    found = source.discover("")

    assert found.errors == ()
    # KDSY is only a cashtag in another item's title: it matches; ACW appears nowhere.
    assert sorted(r.ticker for r in found.refs) == ["ALGIE", "KDSY"]
    ref = next(r for r in found.refs if r.ticker == "ALGIE")
    assert ref.source == "wire:bw-earnings" and source.name == "wire:bw-earnings"
    assert ref.uid == BW_SEED_GUID
    assert ref.url.startswith("https://www.businesswire.com/news/home/20050727005863/en/American-Locker")
    assert ref.title.startswith("American Locker Group Incorporated Annual Report on Form 10-K Filed")
    assert ref.published_at == datetime(2005, 7, 27, 20, 5, tzinfo=UTC)
    assert "(NASDAQ:ALGIE)" in ref.get("summary") and "<" not in ref.get("summary")
    assert "impairment" in ref.get("content") and "<p>" not in ref.get("content")

    release = source.fetch(ref)

    assert len(httpserver.log) == 1  # the item carried the whole release: no page fetched
    assert release.source == "wire:bw-earnings" and release.uid == BW_SEED_GUID and release.ticker == "ALGIE"
    assert release.text.startswith(ref.title + "\n\n")
    assert "goodwill write-down of $6.1 million" in " ".join(release.text.split())
    assert release.documents_complete and release.published_at == ref.published_at
    assert kinds(release.text) == {"default", "impairment", "restatement"}


def test_globenewswire_stock_category_tags_match_the_watchlist(httpserver: HTTPServer) -> None:
    body = wire_bytes("globenewswire-public-companies.xml")
    httpserver.expect_request("/RssFeed/orgclass/1").respond_with_data(body, content_type="text/xml; charset=utf-8")
    targets = [ALGIE, WatchTarget("TIL", "Tillman Group"), WatchTarget("KDS", "Kestrel Data Systems")]
    source = WireSource(make_http(), feed(httpserver.url_for("/RssFeed/orgclass/1")), targets)

    found = source.discover("")

    assert found.errors == ()
    by_ticker = {r.ticker: r for r in found.refs}
    assert sorted(by_ticker) == ["ALGIE", "TIL"]  # Ridgeline (Nasdaq:RDGT) is not watched
    assert by_ticker["ALGIE"].uid.endswith("/1000458/0/en/Second-Quarter-Update-and-Conference-Call-Notice.html")
    assert by_ticker["ALGIE"].published_at == datetime(2005, 7, 28, 13, 30, tzinfo=UTC)
    # Neither item names its exchange ticker in the text: the <category domain=".../rss/stock"> does.
    items = [item_from_entry(e) for e in parse_feed(body, content_type="text/xml")]
    assert [set(i.meta_tickers) for i in items] == [{"ALGIE"}, {"RDGT"}, {"TIL"}]
    assert "(NASDAQ" not in by_ticker["ALGIE"].get("summary").upper()
    assert "Tillman Group" not in by_ticker["TIL"].get("summary")


def test_nasdaq_per_symbol_feed_is_expanded_per_watch_and_matches_by_construction(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed/rssoutbound", query_string={"symbol": "ALGIE"}).respond_with_data(
        wire_bytes("nasdaq-rssoutbound-ALGIE.xml"), content_type="application/xml")
    httpserver.expect_request("/feed/rssoutbound", query_string={"symbol": "BRK.B"}).respond_with_data(
        wire_bytes("empty-channel.xml"), content_type="application/xml")
    url = httpserver.url_for("/feed/rssoutbound") + "?symbol={ticker}"
    targets = [ALGIE, WatchTarget("BRK.B", "Berkshire Hathaway")]
    source = WireSource(make_http(), feed(url, name="nasdaq-symbol", per_watch=True, poll_seconds=120), targets)

    found = source.discover("")

    assert source.interval_seconds == 120
    assert found.errors == ()
    assert [r.ticker for r in found.refs] == ["ALGIE"] * 3
    assert found.refs[0].uid.endswith("-2005-07-29?time=1122671700")  # the guid, not the link
    assert found.refs[0].published_at == datetime(2005, 7, 29, 21, 15, tzinfo=UTC)
    assert sorted(req.query_string.decode() for req, _ in httpserver.log) == ["symbol=ALGIE", "symbol=BRK.B"]


def test_nasdaq_tickers_element_matches_in_a_category_feed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feed/all").respond_with_data(
        wire_bytes("nasdaq-rssoutbound-ALGIE.xml"), content_type="application/xml")
    targets = [ALGIE, WatchTarget("KDS", "Kestrel Data Systems")]
    source = WireSource(make_http(), feed(httpserver.url_for("/feed/all")), targets)

    refs = source.discover("").refs

    backlogs = "https://www.nasdaq.com/articles/3-small-cap-industrials-with-shrinking-backlogs-2005-07-28?time=1122565200"
    # The backlog article lists KDS,ALGIE,HPBC,KDS: one Ref per watched company, each with its own uid
    # because the store keys releases by (source, uid).
    assert sorted((r.ticker, r.uid) for r in refs if r.uid.startswith(backlogs)) == [
        ("ALGIE", backlogs + "#ALGIE"), ("KDS", backlogs + "#KDS")]
    assert sorted(r.ticker for r in refs) == ["ALGIE", "ALGIE", "ALGIE", "KDS"]
    assert len({r.uid for r in refs}) == 4


def test_atom_feed_entries_with_summary_and_content(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/feeds/press-releases.atom").respond_with_data(
        wire_bytes("atom-newsroom.xml"), content_type=ATOM)
    targets = [ALGIE, WatchTarget("BWU", "Brightwater Water")]
    url = httpserver.url_for("/feeds/press-releases.atom")
    source = WireSource(make_http(), feed(url, fetch_pages=False), targets)

    refs = {r.ticker: r for r in source.discover("").refs}

    assert sorted(refs) == ["ALGIE", "BWU"]  # BWU through "(NYSE American: BWU)"
    algie = refs["ALGIE"]
    assert algie.uid == "tag:newsroom.example.com,2005:release/20050728-0912"
    assert algie.url == "https://newsroom.example.com/press-releases/2005/07/28/american-locker-group-relocation"
    assert algie.published_at == datetime(2005, 7, 28, 13, 15, tzinfo=UTC)  # 09:15 -04:00
    assert "restructuring plan" in algie.get("content") and "restructuring plan" not in algie.get("summary")
    release = source.fetch(algie)
    assert "restructuring plan adopted by the Board" in release.text
    assert len(httpserver.log) == 1  # fetch_pages = false: the link is not followed


def _yahoo_feed(httpserver: HTTPServer) -> bytes:
    """The fixture with Yahoo's host replaced by the local server, so the links lead there."""
    return wire_bytes("yahoo-headline-ALGIE.xml").replace(YAHOO_HOST.encode(), httpserver.url_for("").rstrip("/").encode())


def test_yahoo_headlines_fetch_follows_the_link_and_extracts_the_release(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss/2.0/headline", query_string={"s": "ALGIE", "region": "US", "lang": "en-US"}) \
        .respond_with_data(_yahoo_feed(httpserver), content_type=RSS)
    httpserver.expect_request(YAHOO_PAGE, query_string=".tsrc=rss").respond_with_data(
        wire_bytes("yahoo-release-page.html"), content_type="text/html; charset=utf-8")
    url = httpserver.url_for("/rss/2.0/headline") + "?s={ticker}&region=US&lang=en-US"
    source = WireSource(make_http(), feed(url, name="yahoo", per_watch=True), [ALGIE])

    refs = source.discover("").refs
    assert [r.ticker for r in refs] == ["ALGIE", "ALGIE"]
    ref = refs[0]
    assert ref.uid == "5b3d2c1e-8f0a-3d7e-9c41-2a6f0e1b7d55"
    assert len(ref.get("summary")) < 200 and ref.get("content") == ""

    release = source.fetch(ref)

    assert httpserver.log[-1][0].path == YAHOO_PAGE
    text = " ".join(release.text.split())
    assert release.text.startswith(ref.title + "\n\n") and release.text.count(ref.title) == 1
    assert "impairment charge of approximately $6.4 million" in text
    for junk in ("Sign in", "Related Stories", "cookies", "Privacy Dashboard", "window.YAHOO"):
        assert junk not in text  # navigation, consent banner, sidebars, scripts are not the release
    assert release.documents_complete
    assert kinds(release.text) == {"default", "impairment", "restatement"}


def test_a_page_that_is_gone_keeps_the_summary(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss/2.0/headline").respond_with_data(_yahoo_feed(httpserver), content_type=RSS)
    httpserver.expect_request("/news/lock-storage-makers-move-143000456.html").respond_with_data("gone", status=404)
    url = httpserver.url_for("/rss/2.0/headline") + "?s={ticker}"
    source = WireSource(make_http(), feed(url, per_watch=True), [ALGIE])
    ref = source.discover("").refs[1]

    release = source.fetch(ref)

    assert release.text == f"{ref.title}\n\n{ref.get('summary')}"
    assert "Postal Service contract news" in release.text
    assert release.documents_complete  # a 404 will not heal: the summary is final


def test_a_page_failing_for_now_keeps_the_summary_and_asks_for_a_retry(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss/2.0/headline").respond_with_data(_yahoo_feed(httpserver), content_type=RSS)
    httpserver.expect_request(YAHOO_PAGE).respond_with_data("busy", status=503)
    url = httpserver.url_for("/rss/2.0/headline") + "?s={ticker}"
    source = WireSource(make_http(), feed(url, per_watch=True), [ALGIE])
    ref = source.discover("").refs[0]

    release = source.fetch(ref)

    assert release.text == f"{ref.title}\n\n{ref.get('summary')}"
    assert not release.documents_complete  # the pipeline fetches it again later


def test_cik_and_name_templates_are_quoted_and_targets_without_cik_skipped(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/org/8855/American Locker Group.xml").respond_with_data(
        wire_bytes("empty-channel.xml"), content_type=RSS)
    url = httpserver.url_for("/org/{cik}/{name}.xml")
    targets = [ALGIE, WatchTarget("NOCIK", "No Cik & Co")]
    source = WireSource(make_http(), feed(url, per_watch=True), targets)

    found = source.discover("")

    assert found.refs == () and found.errors == ()
    assert [req.path for req, _ in httpserver.log] == ["/org/8855/American Locker Group.xml"]
    assert [u.url.rsplit("/", 2)[-2:] for u in source.urls] == [["8855", "American%20Locker%20Group.xml"]]
