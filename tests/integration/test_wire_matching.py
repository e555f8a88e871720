"""Which company each wire item is stored under, through the real pipeline on SQLite, for feeds in the
structure of each wire (tests/fixtures/wire/README.md): the recorded Nasdaq Trader halts feed
(`ndaq:IssueSymbol`), GlobeNewswire stock categories, Nasdaq `nasdaq:tickers` lists, Seeking Alpha
`sa:symbol` elements (one per company: feedparser alone keeps only the last) and names in PR Newswire
headlines. Items about other companies are stored for nobody; an item naming two watched companies
is stored for both; an ordinary-word name does not match alone."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor import pipeline
from monitor.domain import WatchTarget
from monitor.settings import Settings, from_dict
from monitor.sources.wire import WireSource, parse_feed
from monitor.store import Company, make_engine
from monitor.store import Release as ReleaseRow
from tests.integration.wire_support import ALGIE, RSS, feed, make_http, wire_bytes

T0 = datetime(2005, 7, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return from_dict({
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"enabled": False},
        "channel": [{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
        "defaults": {"channels": ["audit"]},
    }, "test.toml", {})


def stored(settings: Settings, httpserver: HTTPServer, fixture: str, targets: list[WatchTarget]) -> Counter[str]:
    """Poll one category feed serving `fixture` and count the releases stored per company."""
    httpserver.expect_request("/feed.xml").respond_with_data(wire_bytes(fixture), content_type=RSS)
    engine = make_engine(settings.store.url)
    source = WireSource(make_http(), feed(httpserver.url_for("/feed.xml"), fetch_pages=False), targets)
    stats = pipeline.poll(engine, settings, source, now=T0)
    assert stats.ok, stats.errors
    with Session(engine) as s:
        rows = s.exec(select(Company.ticker).join(ReleaseRow, ReleaseRow.company_id == Company.id)).all()  # type: ignore[arg-type]
    return Counter(rows)


def test_recorded_nasdaq_trader_halts_feed_matches_issue_symbols(settings: Settings, httpserver: HTTPServer) -> None:
    targets = [
        WatchTarget("RXDX", "Prometheus Biosciences, Inc."),
        WatchTarget("HCNE", "Jaws Hurricane Acquisition Corp"),
        WatchTarget("MEOA", "MEOA"),  # no name: its symbol alone
        WatchTarget("YNDX", "Yandex N.V."),
        WatchTarget("SVA", "Sinovac Biotech Ltd."),
        WatchTarget("ZZZZ", "Not Halted Corp"),
    ]
    # The units (MEOAU) and warrants (MEOAW) are other symbols. Jaws Hurricane's units and warrants
    # are stored for HCNE all the same: their halt entries name the company.
    assert stored(settings, httpserver, "nasdaqtrader-tradehalts-2023-06-19.xml", targets) == Counter(
        {"RXDX": 1, "HCNE": 3, "MEOA": 1, "YNDX": 1, "SVA": 1})


def test_halts_items_without_guid_or_link_get_their_symbol_by_position() -> None:
    """The raw reader's symbols are paired with feedparser's entries by position."""
    from monitor.sources import feedtags

    data = wire_bytes("nasdaqtrader-tradehalts-2023-06-19.xml")
    entries = parse_feed(data)
    tags = feedtags.tickers_for_entries(entries, feedtags.read_items(data))
    assert [set(t) for t in tags] == [{e["title"]} for e in entries]
    assert len(entries) == 14


def test_globenewswire_stock_categories(settings: Settings, httpserver: HTTPServer) -> None:
    targets = [ALGIE, WatchTarget("TIL", "Tillman Group"), WatchTarget("KDS", "Kestrel Data Systems")]
    assert stored(settings, httpserver, "globenewswire-public-companies.xml", targets) == Counter({"ALGIE": 1, "TIL": 1})


def test_nasdaq_ticker_lists_store_an_article_for_each_watched_company(settings: Settings, httpserver: HTTPServer) -> None:
    targets = [ALGIE, WatchTarget("KDS", "Kestrel Data Systems"), WatchTarget("MSFT", "Microsoft Corporation")]
    assert stored(settings, httpserver, "nasdaq-rssoutbound-ALGIE.xml", targets) == Counter({"ALGIE": 3, "KDS": 1})


def test_seeking_alpha_symbols_every_one_of_them(settings: Settings, httpserver: HTTPServer) -> None:
    targets = [
        ALGIE,
        WatchTarget("KDS", "Kestrel Data Systems"),
        WatchTarget("PNG", "Pinnacle Networks Group"),  # a US symbol: PNG:CA is another listing
        WatchTarget("TIL", "Tillman Group"),
    ]
    counts = stored(settings, httpserver, "seekingalpha-combined-ALGIE.xml", targets)
    # KDS is the second of two sa:symbol elements of its item, ALGIE the first: feedparser alone
    # would have kept KDS only. No item title or text names either company.
    assert counts == Counter({"ALGIE": 3, "KDS": 1})


def test_names_in_headlines_and_ordinary_word_names(settings: Settings, httpserver: HTTPServer) -> None:
    targets = [
        ALGIE,
        WatchTarget("HMAR", "HALVORSEN MARINE INTERNATIONAL CORPORATION"),
        WatchTarget("LTRN", "Lantern Corporation"),
        WatchTarget("HBRL", "Harbor Lights Inc."),
    ]
    counts = stored(settings, httpserver, "prnewswire-names.xml", targets)
    # HMAR: its all-capitals headline and the acquisition; LTRN: "Lantern (LTRN)" and "Lantern
    # Corporation's" but not the lantern festival; HBRL: its own release, not "lantern maker".
    assert counts == Counter({"HMAR": 2, "LTRN": 2, "HBRL": 1})
    with Session(make_engine(settings.store.url)) as s:
        titles = set(s.exec(select(ReleaseRow.title)).all())
    assert "Lantern Festival Draws Record Crowds to the Waterfront" not in titles
