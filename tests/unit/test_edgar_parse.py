"""EDGAR parsers on the recorded responses: getcurrent Atom, filing index page, submissions JSON, daily
index, cursor; and the calendar of filing dates."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from monitor.sources.edgar import (
    FeedCursor,
    IndexEntry,
    business_days,
    filed_day,
    item_lines,
    parse_daily_index,
    parse_feed,
    parse_filing_arrays,
    parse_filing_page,
    parse_items,
    select_documents,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
ET = ZoneInfo("America/New_York")
INDEX_URL = "http://127.0.0.1:9/Archives/edgar/data/1045810/000104581026000024/0001045810-26-000024-index.htm"


def feed(name: str) -> bytes:
    return (FIXTURES / f"getcurrent-all-forms-count100-{name}.atom.xml").read_bytes()


@pytest.mark.parametrize(("page", "unique"), [("start0", 73), ("start700", 94), ("start1700", 66),
                                              ("start2600", 65), ("start4900", 67)])
def test_every_recorded_page_parses(page: str, unique: int) -> None:
    entries = parse_feed(feed(page))
    assert len(entries) == 100
    assert len({e.accession for e in entries}) == unique  # one entry per entity role
    times = [e.accepted_at for e in entries]
    assert times == sorted(times, reverse=True)  # newest first
    assert all(t.tzinfo is not None and t.tzinfo.key == "America/New_York" for t in times)


def test_the_item_4_02_entry_of_southwest_gas() -> None:
    (e,) = [e for e in parse_feed(feed("start1700")) if e.accession == "0001692115-26-000004"]
    assert (e.form, e.company, e.cik, e.role) == ("8-K", "Southwest Gas Holdings, Inc.", 1692115, "Filer")
    assert e.items == ("2.02", "4.02", "7.01")
    assert e.accepted_at == datetime(2026, 1, 9, 17, 7, 17, tzinfo=ET)
    assert e.filed == "2026-01-09"
    assert e.url == ("https://www.sec.gov/Archives/edgar/data/1692115/000169211526000004/"
                     "0001692115-26-000004-index.htm")


@pytest.mark.parametrize(("page", "accession", "item"), [("start2600", "0001193125-26-008897", "2.04"),
                                                         ("start4900", "0001039399-26-000002", "2.06")])
def test_strong_items_of_the_recorded_pages(page: str, accession: str, item: str) -> None:
    e = {e.accession: e for e in parse_feed(feed(page))}[accession]
    assert item in e.items and e.form == "8-K"


def test_entity_roles_and_non_numeric_items() -> None:
    entries = parse_feed(feed("start0"))
    roles = {e.role for e in entries}
    assert {"Filer", "Reporting", "Issuer"} <= roles
    by_acc = [e for e in entries if e.accession == "0000080661-26-000032"]
    assert {(e.cik, e.role) for e in by_acc} == {(1071287, "Reporting"), (80661, "Issuer")}
    (d,) = [e for e in entries if e.accession == "0000950103-26-000356"]
    assert d.form == "D" and d.items == ()  # "Item 3C" of Form D is not an 8-K item


def test_the_declared_iso_8859_1_is_honoured() -> None:
    data = feed("start0").replace(b"Ryan Investment Management, Inc.", "Société Générale".encode("latin-1"), 1)
    assert parse_feed(data)[0].company == "Société Générale"


def test_unreadable_feed() -> None:
    with pytest.raises(ValueError):
        parse_feed(b"<html><body>SEC.gov | File Unavailable")


def test_items_and_item_lines() -> None:
    assert parse_items("<b>Filed:</b> x <br>Item 2.02: A<br>Item 4.02: B<br>Item 2.02: A") == ("2.02", "4.02")
    assert item_lines(("4.02", "2.04")) == (
        "Item 4.02: Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
        "Completed Interim Review\n\nItem 2.04: Triggering Events That Accelerate or Increase a Direct "
        "Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement")


def test_filing_index_page() -> None:
    docs = parse_filing_page((FIXTURES / "8k-index-0001045810-26-000024-nvidia.html").read_bytes(), INDEX_URL).documents
    folder = "http://127.0.0.1:9/Archives/edgar/data/1045810/000104581026000024/"
    assert [(d.seq, d.type, d.url) for d in docs] == [
        ("1", "8-K", folder + "nvda-20260302.htm"),  # the /ix?doc= viewer link unwrapped
        ("2", "EX-10.1", folder + "formxex101xfy27variablecom.htm"),
        ("", "", folder + "0001045810-26-000024.txt"),
    ]  # the XBRL "Data Files" table is not read
    assert [d.filename for d in select_documents(docs, "8-K")] == ["nvda-20260302.htm"]  # no EX-10


def test_select_documents_takes_press_exhibits_first() -> None:
    docs = parse_filing_page((FIXTURES / "8k-index-0001045810-26-000024-nvidia.html").read_bytes(), INDEX_URL).documents
    docs = [*docs, replace(docs[1], seq="3", type="EX-99.1", filename="pr.htm"),
            replace(docs[1], seq="4", type="GRAPHIC", filename="logo.jpg"),
            replace(docs[1], seq="5", type="EX-99.2", filename="slides.pdf")]
    assert [d.filename for d in select_documents(docs, "8-K")] == ["pr.htm", "nvda-20260302.htm"]


def test_submissions_recent_arrays() -> None:
    data = json.loads((FIXTURES / "submissions-CIK0001881551-solidion-STI.json").read_bytes())
    filings = parse_filing_arrays(data["filings"]["recent"])
    by_acc = {f.accession: f for f in filings}
    f = by_acc["0001213900-26-033616"]
    assert f.form == "8-K" and f.items == ("4.02", "5.08", "8.01")
    # acceptanceDateTime is UTC ("...Z"): 21:01:22Z is 17:01:22 Eastern (daylight time).
    assert f.accepted_at == datetime(2026, 3, 24, 17, 1, 22, tzinfo=ET)
    assert f.filing_date == date(2026, 3, 24) and f.primary_document == "ea0283074-8k_solidion.htm"
    # Accepted 01:12Z on 16 April = 21:12 Eastern on the 15th: filed the next day.
    assert by_acc["0001213900-25-032293"].accepted_at == datetime(2025, 4, 15, 21, 12, 25, tzinfo=ET)
    four02 = {a for a, f in by_acc.items() if "4.02" in f.items}
    assert four02 == {"0001213900-26-033616", "0001213900-25-111600", "0001213900-25-032293"}


def test_older_submissions_page_has_the_arrays_at_the_top() -> None:
    data = json.loads((FIXTURES / "submissions-CIK0000749647-submissions-001-imunon.json").read_bytes())
    filings = parse_filing_arrays(data)
    assert len(filings) == 395
    assert filings[0].filing_date == date(2010, 7, 9) and filings[-1].filing_date == date(1996, 8, 7)


def test_cursor_round_trip() -> None:
    at = datetime(2026, 1, 12, 11, 27, 39, tzinfo=ET)
    c = FeedCursor("0002074440-26-000002", at, (("0000080661-26-000032", at),))
    assert FeedCursor.decode(c.encode()) == c
    assert FeedCursor.decode("") is None
    assert FeedCursor.decode("0002074440-26-000002") == FeedCursor("0002074440-26-000002", None)
    assert FeedCursor.decode("{broken") is None


# ---- the daily index -----------------------------------------------------------------------------


def test_daily_form_index_rows() -> None:
    entries = parse_daily_index((FIXTURES / "daily-index-form.20200318.idx").read_bytes())
    assert len(entries) == 4094 - 10  # every line below the header block, its column names and the rule
    assert sum(e.form == "8-K" for e in entries) == 232
    assert entries[0] == IndexEntry("1-A", "DLP Positive Note Fund LLC", 1806014, date(2020, 3, 18),
                                    "0001140361-20-006155")
    # Form types and company names with spaces, short CIKs, a row filed the day before.
    assert IndexEntry("1-A POS", "DELHI BANK CORP", 927719, date(2020, 3, 18), "0001213900-20-006773") in entries
    assert IndexEntry("8-K", "TEXAS NEW MEXICO POWER CO", 22767, date(2020, 3, 18), "0001108426-20-000017") in entries
    assert IndexEntry("QUALIF", "Masterworks 006, LLC", 1800977, date(2020, 3, 17), "9999999994-20-000056") in entries
    with pytest.raises(ValueError):
        parse_daily_index((FIXTURES / "error-403-archives-missing-path.xml").read_bytes())


def test_filing_page_items_and_acceptance_time() -> None:
    page = parse_filing_page((FIXTURES / "8k-index-0001045810-26-000024-nvidia.html").read_bytes(), INDEX_URL)
    assert page.items == ("5.02", "9.01")
    assert page.accepted_at == datetime(2026, 3, 6, 16, 11, 25, tzinfo=ET)
    assert [(d.filename, d.size) for d in page.documents][:2] == [("nvda-20260302.htm", 31103),
                                                                  ("formxex101xfy27variablecom.htm", 15048)]


@pytest.mark.parametrize(("accepted", "filed"), [
    (datetime(2026, 1, 8, 17, 29, 59, tzinfo=ET), date(2026, 1, 8)),
    (datetime(2026, 1, 8, 17, 30, tzinfo=ET), date(2026, 1, 9)),  # after 5:30 p.m.: the next business day
    (datetime(2026, 1, 9, 19, 0, tzinfo=ET), date(2026, 1, 12)),  # Friday evening: Monday
    (datetime(2026, 1, 10, 9, 0, tzinfo=ET), date(2026, 1, 12)),  # a Saturday
    (datetime(2026, 1, 8, 23, 0, tzinfo=ZoneInfo("UTC")), date(2026, 1, 9)),  # 6 p.m. in New York
])
def test_filed_day(accepted: datetime, filed: date) -> None:
    assert filed_day(accepted) == filed


def test_business_days_skip_weekends() -> None:
    assert business_days(date(2026, 1, 9), date(2026, 1, 13)) == [date(2026, 1, 9), date(2026, 1, 12),
                                                                  date(2026, 1, 13)]
    assert business_days(date(2026, 1, 10), date(2026, 1, 11)) == []
