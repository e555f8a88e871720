"""Matching wire items to watched companies: which text counts as naming a company, and which not."""

from __future__ import annotations

import pytest

from monitor.domain import WatchTarget
from monitor.sources.matching import (
    Matcher,
    NameKey,
    category_tickers,
    feed_ticker,
    initials_key,
    is_ordinary,
    list_tickers,
    name_keys,
    normalize_ticker,
    strip_descriptors,
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
    WatchTarget("PRXL", "PAREXEL International Corporation", cik=799729),
    WatchTarget("GE", "General Electric Company", cik=40545),
    WatchTarget("TGT", "Target Corporation", cik=27419),
    WatchTarget("AAPL", "Apple Inc.", cik=320193),
    WatchTarget("GPS", "The Gap, Inc.", cik=39911),
    WatchTarget("BBY", "Best Buy Co., Inc.", cik=764478),
    WatchTarget("MMM", "3M Company", cik=66740),
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
    ("american locker group, written in lower case", ["ALGIE"]),
    ("American Lockers Inc. sells lockers", []),
    ("Americans love lockers; Locker Group", []),
    ("Gartnerian analysis", []),
    ("Wolfspeedy", []),
    ("AT&T Wireless", []),  # "&" does not end a name: no "AT" (too short anyway) nor "T" hits
    ("note: ALGIE", []),
    # names as headlines write them: case-insensitive, legal forms and descriptors dropped
    ("Parexel Reports Second Quarter Results", ["PRXL"]),
    ("PAREXEL INTERNATIONAL CORP. TO RESTATE", ["PRXL"]),
    ("parexel's lenders", ["PRXL"]),
    ("General Electric to Cut 1,000 Jobs", ["GE"]),
    ("GENERAL ELECTRIC CO", ["GE"]),
    ("GE Takes $2 Billion Impairment", ["GE"]),  # the ticker as the initials of the name
    ("GE's lenders", ["GE"]),
    ("the general electric grid", []),  # ordinary words need their capitals
    ("Ge and ge are not GE", ["GE"]),
    ("GEO Group", []),
    # a single ordinary word names the company only with its ticker or a stronger mention
    ("Target Cuts Outlook", []),
    ("Analysts raise price target", []),
    ("Target (TGT) Cuts Outlook", ["TGT"]),
    ("Target Corporation Cuts Outlook", ["TGT"]),
    ("TARGET CORPORATION", ["TGT"]),
    ("Apple harvest falls as frost hits orchards", []),
    ("Apple (AAPL) recalls chargers", ["AAPL"]),
    ("Apple Inc. recalls chargers", ["AAPL"]),
    ("Apple Inc recalls chargers", ["AAPL"]),
    ("Mind the gap; The Gap between rates", []),
    ("Gap (GPS) shares fall", ["GPS"]),
    ("Gap Inc. reports", ["GPS"]),
    ("The Gap, Inc. reports", ["GPS"]),
    ("The best buy of the year", []),
    ("Best Buy Warns on Margins", ["BBY"]),
    ("BEST BUY CO INC files", ["BBY"]),
    ("3M cuts jobs", ["MMM"]),
    ("3m cuts jobs", []),
    ("Target and Apple (AAPL) are named; only Apple has its ticker", ["AAPL"]),
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
    assert list_tickers("NASDAQ:ALGIE") == {"ALGIE"}
    assert list_tickers("") == set()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Nasdaq:ALGI", "ALGI"),
        ("NYSE:BRK-B", "BRK.B"),
        ("NYSE American: XYZ", "XYZ"),
        ("TSX:TIL", "TIL"),
        ("AAPL:US", "AAPL"),  # Seeking Alpha writes a US listing with or without ":US"
        ("PNG:CA", "PNG:CA"),  # a Canadian listing stays apart from the US symbol PNG
        ("LSE:BARC", "BARC"),
        ("brk/b", "BRK.B"),
        (" HCNEU ", "HCNEU"),
        ("not a ticker at all", ""),
    ],
)
def test_feed_ticker(value: str, expected: str) -> None:
    assert feed_ticker(value) == expected


def test_category_tickers_read_symbol_categories() -> None:
    assert category_tickers([("AAPL", "https://seekingalpha.com/symbol/AAPL"), ("MSFT", "symbol")]) == {"AAPL", "MSFT"}


@pytest.mark.parametrize(
    ("name", "stripped", "short"),
    [
        ("American Locker Group Incorporated", "American Locker Group", "American Locker"),
        ("Gartner, Inc.", "Gartner", "Gartner"),
        ("APPLE INC /DE/", "APPLE", "APPLE"),
        ("Foo Holdings Co., Ltd.", "Foo Holdings", "Foo"),
        ("Royal Philips N.V.", "Royal Philips", "Royal Philips"),
        ("Acme Corp", "Acme", "Acme"),
        ("Coca-Cola Company", "Coca-Cola", "Coca-Cola"),
        ("PAREXEL International Corporation", "PAREXEL International", "PAREXEL"),
        ("Agilent Technologies, Inc.", "Agilent Technologies", "Agilent"),
        ("Inc", "Inc", "Inc"),  # nothing would be left
        ("3M Co", "3M", "3M"),
        ("Group Holdings", "Group Holdings", "Group"),
    ],
)
def test_strip_suffixes_and_descriptors(name: str, stripped: str, short: str) -> None:
    assert strip_suffixes(name) == stripped
    assert strip_descriptors(name) == short


def test_name_keys_carry_their_matching_rule() -> None:
    assert name_keys("WOLFSPEED, INC.") == [NameKey("WOLFSPEED, INC."), NameKey("WOLFSPEED")]
    assert name_keys("Target Corporation") == [NameKey("Target Corporation", rule="capitals"),
                                               NameKey("Target", weak=True, rule="capitals")]
    assert NameKey("Gap", weak=True, rule="exact") in name_keys("The Gap, Inc.")
    assert NameKey("The Gap", weak=True, rule="capitals") in name_keys("The Gap, Inc.")
    assert name_keys("3M") == [NameKey("3M", rule="exact")]
    assert name_keys("") == []


def test_ordinary_words_come_from_the_shipped_list() -> None:
    assert is_ordinary("Target") and is_ordinary("best buy") and is_ordinary("Apple,")
    assert not is_ordinary("Parexel") and not is_ordinary("Wolfspeed") and not is_ordinary("")


def test_initials_key_only_for_multi_word_names_and_non_words() -> None:
    assert initials_key(WatchTarget("IBM", "International Business Machines Corp")) == NameKey("IBM", rule="exact")
    assert initials_key(WatchTarget("AIG", "American International Group, Inc.")) == NameKey("AIG", rule="exact")
    assert initials_key(WatchTarget("ALGIE", "American Locker Group")) is None
    assert initials_key(WatchTarget("ON", "Onsemi Networks")) is None  # "on" is a word
    assert initials_key(WatchTarget("A", "Agilent Technologies, Inc.")) is None


def test_normalize_ticker() -> None:
    assert normalize_ticker(" brk-b ") == normalize_ticker("BRK/B") == "BRK.B"


def test_one_target_per_ticker_even_with_many_mentions() -> None:
    text = "American Locker Group (NASDAQ: ALGIE), $ALGIE, American Locker"
    assert [t.ticker for t in MATCHER.match(text)] == ["ALGIE"]


def test_an_ordinary_word_alias_is_weak_too() -> None:
    matcher = Matcher((WatchTarget("SHEL", "Shell plc", aliases=("Shell",)),))
    assert matcher.match("Shell prices on the beach") == []
    assert [t.ticker for t in matcher.match("Shell plc writes down assets")] == ["SHEL"]
    assert [t.ticker for t in matcher.match("Shell (SHEL) writes down assets")] == ["SHEL"]


def test_a_watch_without_a_name_is_named_by_its_ticker_as_written() -> None:
    matcher = Matcher((WatchTarget("NVDA", "NVDA"), WatchTarget("COST", "COST")))
    assert [t.ticker for t in matcher.match("NVDA Sinks After Guidance")] == ["NVDA"]
    assert matcher.match("nvda sinks") == []
    assert matcher.match("COST overruns at the plant") == []  # an ordinary word: weak
    assert [t.ticker for t in matcher.match("Costco Wholesale (COST): COST misses")] == ["COST"]


def test_empty_watchlist_matches_nothing() -> None:
    assert Matcher(()).match("American Locker Group (NASDAQ: ALGIE)") == []
