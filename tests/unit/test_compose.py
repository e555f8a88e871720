"""compose: pure rendering of an AlertMessage for Slack, e-mail and the console."""

from __future__ import annotations

import dataclasses
import html
import json
from datetime import UTC, datetime

import pytest

from monitor.alerts import compose
from monitor.domain import AlertMessage, Amount, Novelty, SourceRef

SAMPLE = compose.sample_message()
NASTY = "AT&T <!channel> <https://x|y>"


def _texts(payload: dict) -> list[str]:
    """Every text a Slack payload shows: fallback, header, sections."""
    return [payload["text"]] + [b["text"]["text"] for b in payload["blocks"]]


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (datetime(2005, 7, 29, 20, 57, 43, tzinfo=UTC), "2005-07-29 16:57 ET"),  # EDT, UTC-4
        (datetime(2005, 1, 14, 17, 0, tzinfo=UTC), "2005-01-14 12:00 ET"),  # EST, UTC-5
        (datetime(2005, 7, 29, 20, 57), "2005-07-29 16:57 ET"),  # naive = UTC (how the store keeps it)
        (None, ""),
    ],
)
def test_format_et(when: datetime | None, expected: str) -> None:
    assert compose.format_et(when) == expected


def test_sample_message_is_the_seed_impairment() -> None:
    assert (SAMPLE.ticker, SAMPLE.company, SAMPLE.kind) == ("ALGIE", "American Locker Group", "impairment")
    assert [a.text for a in SAMPLE.amounts] == ["$6.4 million", "$6.1 million"]
    assert SAMPLE.periods == ("first quarter of 2005",)
    (src,) = SAMPLE.sources
    assert src.form == "8-K" and src.url.endswith("0000898431-05-000094-index.htm")
    assert compose.format_et(src.accepted_at) == "2005-07-29 16:57 ET"


@pytest.mark.parametrize("brk", ["\r\n", "\n", "\r", "\x85", "\u2028", "\u2029", "\x0b", "\x00"])
def test_one_line_removes_every_line_break(brk: str) -> None:
    assert compose.one_line(f"X{brk}Bcc: evil@example.com") == "X Bcc: evil@example.com"


def test_cut_keeps_limit_and_never_splits_an_entity() -> None:
    assert compose.cut("short", 10) == "short"
    out = compose.cut("a" * 20, 10)
    assert len(out) == 10 and out.endswith(compose.ELLIPSIS)
    escaped = compose.slack_escape("abcdefg&")  # "abcdefg&amp;"
    out = compose.cut(escaped + "tail", 10)
    assert out == "abcdefg" + compose.ELLIPSIS


def test_slack_escape() -> None:
    assert compose.slack_escape(NASTY) == "AT&amp;T &lt;!channel&gt; &lt;https://x|y&gt;"


def test_slack_payload_sample() -> None:
    payload = compose.slack_payload(SAMPLE)
    blocks = payload["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "IMPAIRMENT: ALGIE American Locker Group", "emoji": False},
    }
    body = "\n".join(_texts(payload))
    assert "*NEW*" in body
    assert ">In addition, the Company will record an impairment charge of approximately $6.4 million" in body
    assert "$6.4 million, $6.1 million" in body and "first quarter of 2005" in body
    assert "*Form:* 8-K" in body and "2005-07-29 16:57 ET" in body
    assert f"<{SAMPLE.sources[0].url}|8-K, accepted 2005-07-29 16:57 ET>" in body
    assert payload["text"].startswith("[IMPAIRMENT] ALGIE American Locker Group (NEW)")


def test_slack_payload_escapes_all_document_text() -> None:
    msg = dataclasses.replace(
        SAMPLE,
        company=NASTY,
        summary=NASTY,
        evidence=NASTY,
        amounts=(Amount(1.0, "USD", NASTY),),
        periods=(NASTY,),
        sources=(SourceRef("wire:x", "https://example.com/a|b?x=<y>&z", title=NASTY),),
    )
    texts = _texts(compose.slack_payload(msg))
    for text in texts:
        assert "<!channel>" not in text and "<https://x|y>" not in text
    joined = "\n".join(texts)
    assert joined.count("AT&amp;T &lt;!channel&gt; &lt;https://x|y&gt;") >= 6
    # the only link is ours, with `|`, `<`, `>` of the URL percent-encoded
    assert "<https://example.com/a%7Cb?x=%3Cy%3E&amp;z|wire:x \u2014 AT&amp;T" in joined


def test_slack_long_evidence_is_cut_per_section() -> None:
    msg = dataclasses.replace(SAMPLE, evidence="impairment & write-down " * 420, company="C" * 400)
    payload = compose.slack_payload(msg)
    assert len(msg.evidence) > 10_000
    header = payload["blocks"][0]["text"]["text"]
    assert len(header) <= 150 and header.endswith(compose.ELLIPSIS)
    sections = [b["text"]["text"] for b in payload["blocks"][1:]]
    assert all(len(t) <= 3000 for t in sections)
    quote = sections[1]
    assert quote.startswith(">impairment &amp; write-down") and quote.endswith(compose.ELLIPSIS)
    assert len(quote) == 3000
    assert len(payload["text"]) <= 3000


def test_slack_many_sources_cut_by_whole_lines() -> None:
    sources = tuple(
        SourceRef("edgar", f"https://www.sec.gov/{i:04d}/" + "p" * 100, form="8-K") for i in range(60)
    )
    section = compose.slack_payload(dataclasses.replace(SAMPLE, sources=sources))["blocks"][-1]["text"][
        "text"
    ]
    assert len(section) <= 3000
    assert section.rstrip().endswith("more")
    assert all(line.endswith(">") for line in section.splitlines()[1:-1])  # no link cut in half


def test_update_shows_previous_value_or_diff() -> None:
    prev = dataclasses.replace(SAMPLE, novelty=Novelty.update,
                               previous="impairment raised from $5.0 million to $6.4 million")
    text = "\n".join(_texts(compose.slack_payload(prev)))
    assert "*UPDATE*" in text and "*What changed:* impairment raised from $5.0 million to $6.4 million" in text
    assert "What changed:\n  impairment raised from $5.0 million to $6.4 million\n" in compose.plain_text(prev)
    diff = dataclasses.replace(SAMPLE, novelty=Novelty.update, diff="- old <b>\n+ new")
    text = "\n".join(_texts(compose.slack_payload(diff)))
    assert "```- old &lt;b&gt;\n+ new```" in text
    assert "What changed:\n  - old <b>\n  + new" in compose.plain_text(diff)
    assert "<pre>- old &lt;b&gt;\n+ new</pre>" in compose.email_html(diff)


def test_email_subject_is_one_line() -> None:
    assert compose.email_subject(SAMPLE) == (
        "[IMPAIRMENT] ALGIE American Locker Group: Impairment charge of approximately $6.4 million, "
        "including a $6.1 million goodwill write-down, in the first quarter of 2005"
    )
    evil = dataclasses.replace(SAMPLE, company="X\r\nBcc: evil@example.com", summary="s\nTo: a@b.c")
    subject = compose.email_subject(evil)
    assert "\r" not in subject and "\n" not in subject
    assert subject == "[IMPAIRMENT] ALGIE X Bcc: evil@example.com: s To: a@b.c"
    assert len(compose.email_subject(dataclasses.replace(SAMPLE, summary="w " * 500))) <= compose.SUBJECT_MAX


def test_email_html_escapes_document_text() -> None:
    msg = dataclasses.replace(
        SAMPLE,
        company="AT&T <script>alert(1)</script>",
        evidence='He said "<b>bold</b>" & left',
        sources=(SourceRef("wire:x", 'javascript:alert("x")', title="<i>t</i>"),),
    )
    out = compose.email_html(msg)
    assert "<script>" not in out and "<b>bold" not in out and "<i>t" not in out
    assert "AT&amp;T &lt;script&gt;" in out
    assert "He said &quot;&lt;b&gt;bold&lt;/b&gt;&quot; &amp; left" in out
    assert 'href="javascript' not in out  # only http(s) links are made clickable
    assert html.escape('javascript:alert("x")') in out


def test_plain_and_console_text() -> None:
    text = compose.console_text(SAMPLE)
    for part in (
        "[IMPAIRMENT] ALGIE American Locker Group \u2014 NEW",
        SAMPLE.summary,
        f"  > {SAMPLE.evidence}",
        "Amounts: $6.4 million, $6.1 million",
        "Periods: first quarter of 2005",
        "  - 8-K, accepted 2005-07-29 16:57 ET",
        f"    {SAMPLE.sources[0].url}",
    ):
        assert part in text


def test_summary_fallback_from_facts() -> None:
    msg = dataclasses.replace(SAMPLE, summary="  ")
    assert compose.summary_line(msg) == "Impairment charge of $6.4 million (first quarter of 2005)"
    assert compose.make_summary("default") == "Debt default reported"
    assert compose.make_summary("impairment", SAMPLE.amounts, update="impairment raised from $5.0 million to "
                                "$6.4 million") == (
        "Impairment charge of $6.4 million; update: impairment raised from $5.0 million to $6.4 million")


def test_source_label_items_and_title() -> None:
    src = SourceRef("edgar", "https://x", form="8-K", items=("2.06", "9.01"), title="Press\nrelease")
    assert compose.source_label(src) == "8-K items 2.06, 9.01 \u2014 Press release"


def test_source_label_says_accepted_for_a_filing_and_published_for_a_wire_item() -> None:
    at = datetime(2005, 7, 27, 20, 5, tzinfo=UTC)
    filing = SourceRef(source="edgar", url="u", form="8-K", items=("2.02",), accepted_at=at)
    wire = SourceRef(source="wire:businesswire", url="u", title="Results for 2004", accepted_at=at)
    assert compose.source_label(filing) == "8-K items 2.02, accepted 2005-07-27 16:05 ET"
    assert compose.source_label(wire) == "wire:businesswire \u2014 Results for 2004, published 2005-07-27 16:05 ET"


def test_long_diff_keeps_its_code_fence_closed() -> None:
    msg = dataclasses.replace(SAMPLE, novelty=Novelty.update, diff="+ changed sentence\n" * 400)
    (section,) = [
        b["text"]["text"] for b in compose.slack_payload(msg)["blocks"] if "What changed" in b["text"]["text"]
    ]
    assert len(section) <= 3000 and section.endswith(compose.ELLIPSIS + "```")


def test_headline_and_summary_per_new_kind() -> None:
    gc = dataclasses.replace(SAMPLE, kind="going_concern", summary="")
    assert compose.headline(gc) == "[GOING CONCERN] ALGIE American Locker Group"
    assert compose.slack_payload(gc)["blocks"][0]["text"]["text"].startswith("GOING CONCERN: ALGIE")
    for kind, tag in (("bankruptcy", "[BANKRUPTCY]"), ("delisting_notice", "[DELISTING NOTICE]"),
                      ("auditor_change", "[AUDITOR CHANGE]"), ("late_filing", "[LATE FILING]")):
        assert compose.headline(dataclasses.replace(SAMPLE, kind=kind)).startswith(tag)
    assert compose.make_summary(
        "delisting_notice",
        facts=(("stage", "delisting determination"), ("exchange", "Nasdaq"), ("standard", "bid price"),
               ("deadline", "January 20, 2020")),
    ) == "Exchange delisting determination from Nasdaq: bid price; to regain compliance by January 20, 2020"
    assert compose.make_summary(
        "auditor_change",
        facts=(("former auditor", "PricewaterhouseCoopers LLP"), ("change", "dismissed"),
               ("disclosed", "reportable events, going-concern paragraph")),
    ) == "Auditor dismissed: PricewaterhouseCoopers LLP; disclosed: reportable events, going-concern paragraph"
    assert compose.make_summary("late_filing", periods=("quarter ended March 31, 2008",),
                                facts=(("late report", "Form 10-Q"),)) == (
        "Periodic report not filed on time: Form 10-Q (quarter ended March 31, 2008)")


def test_facts_are_shown_escaped_in_every_channel_and_survive_the_payload() -> None:
    msg = dataclasses.replace(SAMPLE, kind="bankruptcy",
                              facts=(("petition date", "May 17, 2009"), ("court", "Court <for> the District & co")))
    assert "Details: petition date: May 17, 2009; court: Court <for> the District & co" in compose.plain_text(msg)
    assert "court: Court &lt;for&gt; the District &amp; co" in compose.email_html(msg)
    slack = json.dumps(compose.slack_payload(msg))
    assert "Court &lt;for&gt; the District &amp; co" in slack
    again = AlertMessage.from_dict(json.loads(json.dumps(msg.to_dict())))
    assert again.facts == msg.facts and again.to_dict()["facts"] == {"petition date": "May 17, 2009",
                                                                      "court": "Court <for> the District & co"}
