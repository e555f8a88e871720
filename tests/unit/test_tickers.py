"""Ticker -> CIK: the SEC's two recorded ticker files, normalisation, resolution problems, the daily cache."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.domain import WatchTarget
from monitor.http import Http
from monitor.settings import EdgarSettings, Watch
from monitor.sources import tickers
from monitor.sources.tickers import TickerEntry, TickerMap, TickerMapError, TickerTable, normalise, resolve

UA = "Filing Monitor Tests tests@example.com"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
NOW = datetime(2026, 1, 12, 16, 30, tzinfo=UTC)


def load(name: str) -> object:
    return json.loads((FIXTURES / name).read_bytes())


@pytest.fixture(scope="module")
def table() -> TickerTable:
    return TickerTable.from_sec(load("company_tickers.json"), load("company_tickers_exchange.json"), fetched_at=NOW)


def test_both_recorded_files_parse() -> None:
    plain = tickers.parse_company_tickers(load("company_tickers.json"))
    exch = tickers.parse_exchange(load("company_tickers_exchange.json"))
    assert len(plain) == 9905 and len(exch) == 10015
    assert TickerEntry("NVDA", 1045810, "NVIDIA CORP") in plain
    assert TickerEntry("NVDA", 1045810, "NVIDIA CORP", "Nasdaq") in exch
    assert "DAIC" in {e.ticker for e in plain}  # recorded as "DAIC " with a trailing space


@pytest.mark.parametrize(
    ("ticker", "cik"),
    [("NVDA", 1045810), ("nvda", 1045810), ("BRK.B", 1067983), ("BRK-B", 1067983), ("brk/b", 1067983),
     ("STI", 1881551), ("WOLF", 895419), ("KVAC", 1889983), ("ABVC", 1173313), ("SWX", 1692115)],
)
def test_lookup(table: TickerTable, ticker: str, cik: int) -> None:
    assert [e.cik for e in table.lookup(ticker)] == [cik]


def test_table_merges_the_files(table: TickerTable) -> None:
    (nvda,) = table.lookup("NVDA")
    assert nvda.exchange == "Nasdaq"  # from the exchange file
    assert table.title_for(1067983) == "BERKSHIRE HATHAWAY INC"
    assert table.lookup("ALGIE") == []  # the seed era's ticker is not in today's map
    # Tickers only one of the two files has are kept.
    assert table.lookup("XNDA") and len(table) >= 10015


def test_normalise() -> None:
    assert normalise(" brk.b ") == "BRK-B"
    assert normalise("BF/A") == "BF-A"


def test_resolve(table: TickerTable) -> None:
    watches = [
        Watch(ticker="ALGIE", cik=8855, name="American Locker Group"),  # cik given: no map entry needed
        Watch(ticker="NVDA"),  # name defaults to the SEC title
        Watch(ticker="BRK.B", aliases=["Berkshire"]),
        Watch(ticker="XYZQ"),
        Watch(ticker="SWX", cik=1692115),  # cik given, no name: the SEC's title
    ]
    targets, problems = resolve(watches, table)
    assert targets == [
        WatchTarget("ALGIE", "American Locker Group", 8855),
        WatchTarget("NVDA", "NVIDIA CORP", 1045810),
        WatchTarget("BRK.B", "BERKSHIRE HATHAWAY INC", 1067983, ("Berkshire",)),
        WatchTarget("XYZQ", "XYZQ", None),  # kept for wire feeds; EDGAR ignores it
        WatchTarget("SWX", "Southwest Gas Holdings, Inc.", 1692115),
    ]
    assert problems == [
        ('watch[3].ticker: unknown ticker "XYZQ" (not in the SEC ticker map; '
         "give cik = <the company's CIK> in this watch)")
    ]


def test_resolve_ambiguous() -> None:
    table = TickerTable([TickerEntry("ABC", 1, "Alpha Corp"), TickerEntry("ABC", 2, "Beta Inc"),
                         TickerEntry("ABC", 1, "Alpha Corp", "NYSE")])
    targets, problems = resolve([Watch(ticker="ABC"), Watch(ticker="ABC", cik=2)], table)
    assert targets == [WatchTarget("ABC", "ABC", None), WatchTarget("ABC", "Beta Inc", 2)]
    assert problems == [('watch[0].ticker: ambiguous ticker "ABC": the SEC ticker map gives CIKs 1 (Alpha Corp), '
                         "2 (Beta Inc); give cik = <one of them> in this watch")]


def test_resolve_without_a_table_reports_nothing_itself() -> None:
    # The caller reports that the map could not be loaded; watches with a cik still resolve.
    targets, problems = resolve([Watch(ticker="ALGIE", cik=8855), Watch(ticker="NVDA")], None)
    assert targets == [WatchTarget("ALGIE", "ALGIE", 8855), WatchTarget("NVDA", "NVDA", None)]
    assert problems == []


# ---- the cache --------------------------------------------------------------------------------


def serve_maps(server: HTTPServer, status: int = 200) -> None:
    for name in tickers.FILES:
        server.expect_request(f"/files/{name}").respond_with_data(
            (FIXTURES / name).read_bytes() if status == 200 else b"down", status=status,
            content_type="application/json")


def make_http(server: HTTPServer) -> Http:
    return Http(UA, sec_hosts=[f"http://127.0.0.1:{server.port}"], max_tries=1, sleep=lambda s: None)


def test_refresh_fetches_caches_and_reuses_for_a_day(httpserver_ipv4: HTTPServer, tmp_path: Path) -> None:
    server = httpserver_ipv4
    serve_maps(server)
    tmap = TickerMap(tmp_path / "cache" / "tickers.json", f"http://127.0.0.1:{server.port}")
    http = make_http(server)
    assert tmap.load() is None
    first = tmap.refresh_if_stale(http, NOW)
    assert [e.cik for e in first.lookup("NVDA")] == [1045810]
    assert len(server.log) == 2
    assert all(r.headers["User-Agent"] == UA for r, _ in server.log)

    # Within a day: from the cache, no request. Offline load gives the same table.
    again = tmap.refresh_if_stale(http, NOW + timedelta(hours=23))
    assert len(server.log) == 2 and again.fetched_at == NOW and len(again) == len(first)
    assert [e.cik for e in tmap.load().lookup("BRK.B")] == [1067983]

    # A day later: fetched again.
    tmap.refresh_if_stale(http, NOW + timedelta(days=1, minutes=1))
    assert len(server.log) == 4
    assert tmap.load().fetched_at == NOW + timedelta(days=1, minutes=1)


def test_refresh_falls_back_to_a_stale_cache(httpserver_ipv4: HTTPServer, tmp_path: Path) -> None:
    server = httpserver_ipv4
    serve_maps(server, status=404)
    tmap = TickerMap(tmp_path / "tickers.json", f"http://127.0.0.1:{server.port}")
    with pytest.raises(TickerMapError, match="company_tickers.json"):
        tmap.refresh_if_stale(make_http(server), NOW)
    tmap.save(TickerTable([TickerEntry("ABC", 1, "Alpha Corp")], fetched_at=NOW - timedelta(days=5)))
    stale = tmap.refresh_if_stale(make_http(server), NOW)
    assert [e.cik for e in stale.lookup("ABC")] == [1]


def test_load_table_offline_and_online(httpserver_ipv4: HTTPServer, tmp_path: Path) -> None:
    server = httpserver_ipv4
    settings = EdgarSettings(user_agent=UA, base_url=f"http://127.0.0.1:{server.port}",
                             ticker_cache=str(tmp_path / "t.json"))
    with pytest.raises(TickerMapError, match="no cached SEC ticker map"):
        tickers.load_table(settings, None, NOW)
    serve_maps(server)
    online = tickers.load_table(settings, make_http(server), NOW)
    offline = tickers.load_table(settings, None, NOW + timedelta(days=30))  # old but usable offline
    assert [e.cik for e in offline.lookup("STI")] == [e.cik for e in online.lookup("STI")] == [1881551]


def test_an_unreadable_cache_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("{not json")
    assert TickerMap(path).load() is None
