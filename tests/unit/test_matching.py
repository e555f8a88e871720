"""Matching wire items to watched companies: which text counts as naming a company, and which not."""

from __future__ import annotations

import pytest

from monitor.domain import WatchTarget
from monitor.sources.matching import (
    Matcher,
    category_tickers,
    list_tickers,
    name_keys,
    normalize_ticker,
    strip_suffixes,
    tagged_tickers,
)

WATCH = (
    WatchTarget("ALGIE", "American Locker Group Incorporated", cik=8855, aliases=("American Locker",)),
    WatchTarget("IT", "Gartner, Inc.", cik=749251),
    WatchTarget("A", "Agilent Technologies, Inc.", cik=1090872),
    WatchTarget("BRK-B", "BERKSHIRE HATHAWAY INC", cik=1067983),
    WatchTarget("WOLF", "WOLFSPEED, INC.", cik=895419),
    WatchTarget("NWBC", "Northwind Bancorp", aliases=("Northwind Bank",)),
    WatchTarget("TIL", "Tillman Industrial Corp."),
)
MATCHER = Matcher(WATCH)

CASES = [
    # (text, expected tickers)
    ("American Locker Group Incorporated (NASDAQ:ALGIE) announced", ["ALGIE"]),
    ("Shares of (NASDAQ: ALGIE) fell", ["ALGIE"]),
    ("the company (Nasdaq: ALGIE)", ["ALGIE"]),
    ("listed on NYSE:IT since 1993", ["IT"]),
    ("Gartner (NYSE: IT) reported", ["IT"]),
    ("Northwind (OTCQB: NWBC) said", ["NWBC"]),
    ("Northwind (OTC: NWBC) said", ["NWBC"]),
    ("the bank (OTC Pink: NWBC)", ["NWBC"]),
    ("Tillman (TSX: TIL) announced", ["TIL"]),
    ("Tillman (NYSE American: TIL) announced", ["TIL"]),
    ("Tillman (NYSE MKT: TIL) announced", ["TIL"]),
    ("(Nasdaq GS: NWBC)", ["NWBC"]),
    ("Berkshire (NYSE: BRK.B) bought", ["BRK-B"]),
    ("watch $ALGIE today", ["ALGIE"]),
    ("$WOLF and $A moved", ["A", "WOLF"]),
    # names, aliases, suffixes stripped, line breaks inside a name
    ("American Locker Group announced", ["ALGIE"]),
    ("American  Locker\nGroup   Incorporated announced", ["ALGIE"]),
    ("a unit of American Locker, the maker of", ["ALGIE"]),
    ("American Locker's lender", ["ALGIE"]),
    ("Gartner said revenue rose", ["IT"]),
    ("Agilent Technologies reported", ["A"]),
    ("Berkshire Hathaway bought shares", ["BRK-B"]),
    ("Wolfspeed, Inc. filed", ["WOLF"]),
    ("WOLFSPEED files for relief", ["WOLF"]),
    ("Northwind Bank extends forbearance", ["NWBC"]),
    ("Tillman Industrial reported", ["TIL"]),
    ("Merger of Gartner and Agilent Technologies", ["A", "IT"]),
    # not a mention: bare tickers, other symbols, other case, names running on into a word
    ("IT spending rose; A shares unchanged; ALGIE said", []),
    ("the IT department", []),
    ("US$6.4 million and $6.4 million", []),
    ("(NASDAQ: ALGX) reported", []),
    ("(NYSE: ITT) reported", []),
    ("(TSX: ALG) reported", []),
    ("american locker group (lowercase) is not a name mention", []),
    ("American Lockers Inc. sells lockers", []),
    ("Americans love lockers; Locker Group", []),
    ("Gartnerian analysis", []),
    ("Wolfspeedy", []),
    ("AT&T Wireless", []),  # "&" does not end a name: no "AT" (too short anyway) nor "T" hits
    ("note: ALGIE", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_match(text: str, expected: list[str]) -> None:
    assert [t.ticker for t in MATCHER.match(text)] == expected


def test_feed_metadata_tickers_match_without_text() -> None:
    assert [t.ticker for t in MATCHER.match("Second Quarter Update", tickers={"ALGIE", "MSFT"})] == ["ALGIE"]
    assert [t.ticker for t in MATCHER.match("no mention", tickers={"BRK/B"})] == ["BRK-B"]
    assert MATCHER.match("no mention", tickers={"MSFT"}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(NASDAQ: ALGIE, NYSE:IT; TSX-V: ABC.U)", {"ALGIE", "IT", "ABC.U"}),
        ("(NYSE:BRK-B) (Nasdaq: BRK/B)", {"BRK.B"}),
        ("(TSX Venture: XYZ) (OTCQX: QQQX) (CSE: PQR)", {"XYZ", "QQQX", "PQR"}),
        ("Reuters: Markets fall; Note: IT", set()),  # not exchanges
        ("NYSE: 10:30 a.m.", set()),  # a time, not a symbol
        ("NASDAQ: algie", set()),  # symbols are capitals
        ("(NYSE: XYZ).", {"XYZ"}),
        ("$XYZ. $12.50 $B", {"XYZ", "B"}),
    ],
)
def test_tagged_tickers(text: str, expected: set[str]) -> None:
    assert tagged_tickers(text) == expected


def test_category_tickers_read_globenewswire_stock_tags_only() -> None:
    tags = [
        ("Nasdaq:ALGIE", "https://www.globenewswire.com/rss/stock"),
        ("TSX:TIL", "https://www.globenewswire.com/rss/stock"),
        ("US0277101043", "https://www.globenewswire.com/rss/ISIN"),
        ("Earnings Releases and Operating Results", "https://www.globenewswire.com/rss/subject"),
        ("NYSE:XYZ", ""),  # a plain category written as a ticker tag
        ("Technology", ""),
    ]
    assert category_tickers(tags) == {"ALGIE", "TIL", "XYZ"}


def test_nasdaq_ticker_lists_repeat_and_mix_formats() -> None:
    assert list_tickers("AAPL,FB,AAPL,FB") == {"AAPL", "FB"}
    assert list_tickers(" brk-b , ,MSFT") == {"BRK.B", "MSFT"}
    assert list_tickers("") == set()


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("American Locker Group Incorporated", "American Locker Group"),
        ("Gartner, Inc.", "Gartner"),
        ("APPLE INC /DE/", "APPLE"),
        ("Foo Holdings Co., Ltd.", "Foo Holdings"),
        ("Royal Philips N.V.", "Royal Philips"),
        ("Acme Corp", "Acme"),
        ("Coca-Cola Company", "Coca-Cola"),
        ("Inc", "Inc"),  # nothing would be left
        ("3M Co", "3M Co"),  # "3M" is too short to stand alone
    ],
)
def test_strip_suffixes(name: str, stripped: str) -> None:
    assert strip_suffixes(name) == stripped


def test_name_keys_add_title_case_for_sec_capitals_and_skip_short_names() -> None:
    assert name_keys("WOLFSPEED, INC.") == {"WOLFSPEED, INC.", "Wolfspeed, Inc.", "WOLFSPEED", "Wolfspeed"}
    assert "AT&T" in name_keys("AT&T")
    assert name_keys("3M") == set()
    assert name_keys("") == set()


def test_normalize_ticker() -> None:
    assert normalize_ticker(" brk-b ") == normalize_ticker("BRK/B") == "BRK.B"


def test_one_target_per_ticker_even_with_many_mentions() -> None:
    text = "American Locker Group (NASDAQ: ALGIE), $ALGIE, American Locker"
    assert [t.ticker for t in MATCHER.match(text)] == ["ALGIE"]


def test_empty_watchlist_matches_nothing() -> None:
    assert Matcher(()).match("American Locker Group (NASDAQ: ALGIE)") == []
