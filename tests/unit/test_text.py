"""monitor.text: decoding, HTML/inline-XBRL rendering, EDGAR SGML parsing and sentence spans."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from monitor import text as T

FIXTURES = Path(__file__).parents[1] / "fixtures"
EDGAR = FIXTURES / "edgar"
SEED = FIXTURES / "seed" / "ALGIE-2005-07-27-ex99-1.txt"
ABVC = EDGAR / "8k-complete-submission-0001213900-25-032135-abvc-item4.02-ex99.1.txt"
NVIDIA_TXT = EDGAR / "8k-complete-submission-0001045810-26-000024-nvidia-item5.02.txt"
NVDA_HTM = EDGAR / "8k-primary-doc-nvda-20260302.htm"
DEV = Path(__file__).parents[2].parent / "shared" / "corpus" / "dev.jsonl"

# ----------------------------------------------------------------------------------------- decoding


def test_decode_utf8_and_bom() -> None:
    assert T.decode("caf\u00e9 \u201cquoted\u201d".encode()) == "caf\u00e9 \u201cquoted\u201d"
    assert T.decode(b"\xef\xbb\xbfhello") == "hello"


def test_decode_cp1252_smart_quotes() -> None:
    assert T.decode(b"the \x93Company\x94 \x96 caf\xe9") == "the \u201cCompany\u201d \u2013 caf\u00e9"


def test_decode_latin1_when_cp1252_has_no_mapping() -> None:
    assert T.decode(b"a\x81b\xe9") == "a\x81b\u00e9"  # 0x81 is unassigned in cp1252


def test_decode_drops_control_chars_and_normalises_newlines() -> None:
    assert T.decode(b"a\x00b\x07c\r\nd\re") == "abc\nd\ne"


def test_decode_survives_a_multibyte_char_cut_by_the_byte_cap() -> None:
    raw = "Impairment \u20ac".encode()[:-1]  # the euro sign cut in two
    assert T.decode(raw) == "Impairment "


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        bytes(range(256)) * 20,
        b"PK\x03\x04zip",
    ],
)
def test_binary_junk_gives_empty_text(data: bytes) -> None:
    assert T.extract_text(data) == ""


def test_plain_text_is_kept_verbatim() -> None:
    raw = SEED.read_bytes()
    assert T.extract_text(raw, "text/plain", "seed.txt") == raw.decode("utf-8")


# --------------------------------------------------------------------------------------------- HTML


def test_html_drops_hidden_scripts_styles_and_navigation() -> None:
    html = (
        "<html><head><title>T</title><style>p{x:1}</style><script>var a=1;</script></head><body>"
        "<nav>Home | Markets</nav><div class='related-stories'>Other Co. records impairment</div>"
        "<div style='display: none'><ix:header><ix:hidden>0000000001</ix:hidden></ix:header></div>"
        "<p>First&nbsp;paragraph &amp; more.</p><p>Second <b>bold</b> <span>word</span>.</p>"
        "<table><tr><td>Impairment of long-lived assets</td><td>484</td></tr></table></body></html>"
    )
    text = T.extract_text(html, "text/html")
    assert "var a" not in text and "p{x:1}" not in text and "Home | Markets" not in text
    assert "0000000001" not in text and "Other Co." not in text
    assert "First paragraph & more.\n\nSecond bold word." in text
    assert "Impairment of long-lived assets 484" in text


def test_long_block_with_a_furniture_class_is_kept() -> None:
    body = "The Company recorded an impairment charge of $5 million. " * 40
    html = f"<html><body><div class='article-body share-enabled'><p>{body}</p></div></body></html>"
    assert "impairment charge of $5 million" in T.extract_text(html, "text/html")


def test_inline_xbrl_primary_document() -> None:
    text = T.extract_text(NVDA_HTM.read_bytes(), None, NVDA_HTM.name)
    assert "Item 5.02. Departure of Directors or Certain Officers" in text
    assert "Variable Compensation Plan for Fiscal Year 2027" in text
    assert "0001045810" not in text  # the CIK sits only in the hidden ix:header
    assert "xbrli" not in text and "<" not in text


def test_broken_html_does_not_raise() -> None:
    assert "unclosed" in T.extract_text("<html><body><p>unclosed <div><b>tags", "text/html")
    assert T.extract_text("<html></html>", "text/html") == ""
    assert T.html_to_text("") == ""


# --------------------------------------------------------------------------------------- EDGAR SGML


def test_parse_submission_abvc_header_and_documents() -> None:
    sub = T.parse_submission(ABVC.read_bytes())
    assert sub.accession == "0001213900-25-032135"
    assert sub.form == "8-K"
    assert sub.accepted_at == datetime(2025, 4, 15, 16, 30, 25, tzinfo=ZoneInfo("America/New_York"))
    assert sub.accepted_at.utcoffset() == timedelta(hours=-4)
    assert sub.cik == 1173313
    assert sub.company == "ABVC BIOPHARMA, INC."
    assert sub.items == ("2.02", "4.02", "7.01", "9.01")
    assert sub.filed == "20250415"
    types = [d.type for d in sub.documents]
    assert types[:4] == ["8-K", "EX-99.1", "GRAPHIC", "EX-101.SCH"]
    press = sub.documents[1]
    assert (press.filename, press.description) == ("ea023837201ex99-1_abvcbio.htm", "PRESS RELEASE")
    assert "(NASDAQ: ABVC)" in press.text
    assert "should no longer be relied upon" in sub.documents[0].text
    assert all(d.text == "" for d in sub.documents[2:])  # graphic, XBRL, viewer files, zip


def test_parse_submission_nvidia() -> None:
    sub = T.parse_submission(NVIDIA_TXT.read_bytes())
    assert (sub.accession, sub.form, sub.cik, sub.company) == (
        "0001045810-26-000024",
        "8-K",
        1045810,
        "NVIDIA CORP",
    )
    assert sub.items == ("5.02", "9.01")
    assert sub.accepted_at == datetime(2026, 3, 6, 16, 11, 25, tzinfo=ZoneInfo("America/New_York"))
    assert [d.type for d in sub.documents][:2] == ["8-K", "EX-10.1"]
    assert [d.type for d in T.press_documents(sub)] == ["8-K"]


def test_extract_text_of_a_submission_is_its_press_documents() -> None:
    text = T.extract_text(ABVC.read_bytes(), "text/plain", ABVC.name)
    assert "Non-Reliance on Previously Issued Financial Statements" in text
    assert "(NASDAQ: ABVC)" in text
    assert "xbrli" not in text and "begin 644" not in text


def test_parse_submission_old_plain_text_document() -> None:
    raw = (
        "<SEC-DOCUMENT>0000898431-05-000094.txt : 20050729\n<SEC-HEADER>0000898431-05-000094.hdr.sgml\n"
        "ACCESSION NUMBER:\t\t0000898431-05-000094\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "ITEM INFORMATION:\t\tResults of Operations and Financial Condition\n"
        "ITEM INFORMATION:\t\tFinancial Statements and Exhibits\n"
        "\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tAMERICAN LOCKER GROUP INC\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0000008855\n</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99-1.txt\n<DESCRIPTION>PRESS RELEASE\n<TEXT>\n"
        "<PAGE>\nThe Company will record an impairment charge.\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    sub = T.parse_submission(raw.encode("latin-1"))
    assert (sub.form, sub.cik, sub.items, sub.accepted_at) == ("8-K", 8855, ("2.02", "9.01"), None)
    assert sub.documents[0].text == "The Company will record an impairment charge."


@pytest.mark.parametrize(
    ("name", "number"),
    [
        (
            (
                "Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed "
                "Interim Review"
            ),
            "4.02",
        ),
        (
            (
                "Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under "
                "an Off-Balance Sheet Arrangement"
            ),
            "2.04",
        ),
        ("Material Impairments", "2.06"),
        ("Bankruptcy or Receivership", "1.03"),
        (
            (
                "Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers: "
                "Compensatory Arrangements of Certain Officers"
            ),
            "5.02",
        ),
        ("Entry into a Material Definitive Agreement", "1.01"),
        ("Results of Operations and Financial Condition", "2.02"),
        ("Regulation FD Disclosure", "7.01"),
        ("Other Events", "8.01"),
        ("Financial Statements and Exhibits", "9.01"),
        ("Item 2.03: Creation of a Direct Financial Obligation", "2.03"),
        ("Something else entirely", None),
    ],
)
def test_item_number(name: str, number: str | None) -> None:
    assert T.item_number(name) == number


# ---------------------------------------------------------------------------------------- sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in T.split_sentences(text)]


def test_abbreviations_decimals_and_dates_do_not_split() -> None:
    text = (
        "Acme Holdings, Inc. (the \u201cCompany\u201d) recorded a charge of $6.4 million in the U.S. market "
        "under Statement No. 142 on Jan. 5, 2025, approx. 3% of sales. Edward F. Ruttenberg signed it. "
        "It was filed with the SEC. The next sentence starts here."
    )
    assert _sentences(text) == [
        (
            "Acme Holdings, Inc. (the \u201cCompany\u201d) recorded a charge of $6.4 million in the U.S. market "
            "under Statement No. 142 on Jan. 5, 2025, approx. 3% of sales."
        ),
        "Edward F. Ruttenberg signed it.",
        "It was filed with the SEC.",
        "The next sentence starts here.",
    ]


# https://www.business-standard.com/amp/article/companies/network18-posts-rs-1-153-cr-loss-in-q1-fy15-114081201014_1.html
# (Network18, news, 2014): the rupee's "Rs." before an amount does not end a sentence
def test_rupee_abbreviation_does_not_split() -> None:
    text = (
        "This included write-off and provisions of non-recoverable and doubtful loans, advances and receivables to the "
        "extent of Rs 519.41 crores, diminution in the value of certain investments to the extent of Rs. 142.82 crores and "
        "goodwill Rs. 234.78 crores and obsolescence and impairment in the value of certain tangible and intangible assets "
        "to the extent of Rs. 127.43 crores. These particulars have been included as exceptional items in the P&L sheet "
        "along with Rs. 20.94 crores towards severance pay and consultancy charges."
    )
    sentences = _sentences(text)
    assert len(sentences) == 2
    assert sentences[0].endswith("to the extent of Rs. 127.43 crores.")


def test_dotted_initials_do_not_split_a_name() -> None:
    # https://www.sec.gov/Archives/edgar/data/1321851/000110465924058092/tm2413684d1_6k.htm (Origin Agritech, 6-K, 2024)
    text = (
        "On May 7, 2024, Origin Agritech Limited (\u201cCompany\u201d) notified B.F. Borgers CPA PC (\u201cBorgers\u201d) "
        "that it was terminated. The reason was because the SEC had terminated Borgers privileges."
    )
    assert len(_sentences(text)) == 2
    # a place before its postcode still ends the line it closes, as before
    assert _sentences("Washington, D.C. 20549 FORM 12b-25") == ["Washington, D.C.", "20549 FORM 12b-25"]


def test_company_suffix_ends_a_sentence_before_a_usual_opener() -> None:
    assert _sentences("The notes were sold to Acme Corp. The Company used the proceeds.") == [
        "The notes were sold to Acme Corp.",
        "The Company used the proceeds.",
    ]


def test_hard_wrapped_seed_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = _sentences(text)
    restatement = [s for s in sentences if "amended  quarterly" in s]
    assert len(restatement) == 1
    assert restatement[0].startswith("American  Locker  Group\nIncorporated  announced")
    assert restatement[0].endswith("corrections  in\ninventory accounting.")
    assert any(
        s.startswith("As a result of the nonrenewal") and s.endswith("indebtedness.") for s in sentences
    )


def test_blank_lines_bullets_and_short_heading_lines_split() -> None:
    text = "NOTE 4. GOODWILL\nGoodwill is tested annually.\n\nHeading without stop\n\n\u2022 First item\n\u2022 Second"
    assert _sentences(text) == [
        "NOTE 4.",
        "GOODWILL",
        "Goodwill is tested annually.",
        "Heading without stop",
        "First item",
        "Second",
    ]


# https://de.advfn.com/borse/LSE/69ZM/nachrichten/91476657/intu-debenture-plc-ipd-and-2022-a (an RNS wrapped at 65
# columns, 2023): a line ending in a day number goes on with its month, not a table row's next label.
WRAPPED_DATE = (
    "Annual Accounts Filing Delay\n"
    "The Company announces that the annual accounts of the Company\n"
    "for the 2022 financial year will not be finalised ahead of the 30\n"
    "June 2022 filing deadline.\n"
    "Revenue 2022 30\n"
    "Costs 12"
)


def test_a_line_ending_in_a_day_goes_on_with_its_month() -> None:
    assert _sentences(WRAPPED_DATE) == [
        "Annual Accounts Filing Delay",
        (
            "The Company announces that the annual accounts of the Company\nfor the 2022 financial year will not be "
            "finalised ahead of the 30\nJune 2022 filing deadline."
        ),
        "Revenue 2022 30",
        "Costs 12",
    ]
    inside = WRAPPED_DATE.index("June 2022")
    assert WRAPPED_DATE[slice(*T.sentence_at(WRAPPED_DATE, inside))].startswith("The Company announces")


# https://www.sec.gov/Archives/edgar/data/1347452/000134745212000042/R24.htm (a 10-Q's liquidity policy, 2012):
# the page lost the space between two sentences; the second one states the doubt.
GLUED = (
    "The accompanying consolidated financial statements have been prepared assuming we will continue as a going "
    "concern.Our significant operating losses and negative cash flow from operations raise substantial doubt about "
    "our ability to continue as a going concern. Visit www.Mullen.com or Amazon.Com for more."
)


def test_a_full_stop_without_its_space_still_ends_a_sentence_between_words() -> None:
    assert _sentences(GLUED) == [
        (
            "The accompanying consolidated financial statements have been prepared assuming we will continue as a "
            "going concern."
        ),
        (
            "Our significant operating losses and negative cash flow from operations raise substantial doubt about "
            "our ability to continue as a going concern."
        ),
        "Visit www.Mullen.com or Amazon.Com for more.",
    ]


def test_sentence_at_agrees_with_split_sentences() -> None:
    texts = [SEED.read_text(encoding="utf-8"), GLUED]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines()[:40]]
    for text in texts:
        for start, end in T.split_sentences(text):
            if end - start > 600:
                continue  # sentence_at reads a bounded window; long sentences are cut there
            for pos in (start, (start + end) // 2, end - 1):
                assert T.sentence_at(text, pos) == (start, end)


def test_sentence_at_cuts_very_long_runs_at_whitespace() -> None:
    text = "word " * 2000
    start, end = T.sentence_at(text, 5000)
    assert 0 < end - start <= 1400 and text[start] != " " and text[end - 1] != " "


@pytest.mark.timeout(30)
def test_multi_megabyte_inputs_in_bounded_time() -> None:
    para = "The Company recorded revenue of $1.2 million, i.e. approx. 4% more. " * 30 + "\n\n"
    html = (
        "<html><body>"
        + "<div><p>"
        + para
        + "</p></div>" * 1
        + ("<p>" + para + "</p>") * 2000
        + "</body></html>"
    )
    started = time.perf_counter()
    text = T.extract_text(html.encode(), "text/html")
    assert len(text) > 3_000_000
    assert len(T.split_sentences(text)) > 50_000
    for junk in ("." * 2_000_000, " " * 2_000_000, "\n" * 2_000_000, "a" * 2_000_000, "\u2022" * 500_000):
        T.split_sentences(junk)
        T.sentence_at(junk, len(junk) // 2)
        T.extract_text(junk)
    assert time.perf_counter() - started < 25


def test_documents_are_read_whole() -> None:
    """No cut: a sentence after 5 MB of text or of HTML is still in the text."""
    sentence = "The Company recorded a goodwill impairment charge of $45.0 million."
    filler = "Net sales increased compared with the prior period. " * 100_000
    assert T.extract_text(f"{filler}\n\n{sentence}".encode(), "text/plain").endswith(sentence)
    html = f"<html><body><p>{filler}</p><div><span>{sentence}</span></div></body></html>"
    assert T.extract_text(html.encode(), "text/html").endswith(sentence)


def test_pieces_give_exactly_what_the_whole_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """Decoding, rendering and tidying in pieces cut anywhere (inside a CRLF, a UTF-8 character, a tag,
    a run of whitespace) give the text that one piece gives."""
    raw = NVDA_HTM.read_bytes() + "\r\n<p>caf\u00e9 \u2019quoted\u2019\u200b \xa0 </p>\r\n\r\n\r\n".encode()
    whole = T.extract_text(raw, "text/html")
    assert "".join(T.decoded_pieces(raw, 7)) == T.decode(raw)
    monkeypatch.setattr(T, "CHUNK_CHARS", 50)  # the tidy-up flushes every 50 characters
    assert T.render_html(T.decoded_pieces(raw, 7)) == whole
    assert T.render_html(T.decoded_pieces(raw, 1)) == whole


def test_a_short_widget_is_dropped_and_a_long_one_kept_in_order() -> None:
    long = "Revenue grew. " * 120  # 1,680 characters: more than a widget holds
    html = ("<body><p>Before.</p><div class='share'>Share on X</div><div class='related'>"
            f"<p>Start.</p><div class='menu'>Menu</div><p>{long}</p></div><p>After.</p></body>")
    text = T.html_to_text(html)
    assert "Share on X" not in text and "Menu" not in text
    assert text.startswith("Before.\n\nStart.\n\nRevenue grew.") and text.endswith("Revenue grew.\n\nAfter.")
