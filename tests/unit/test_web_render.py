"""The web view's pure parts: highlight segments, paragraphs, word diff, chart, health, Atom, and
the start-up checks of `filing-monitor web` (bind address, token)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import feedparser
import pytest

from monitor.domain import AlertMessage, Novelty, Severity, SourceRef
from monitor.settings import from_dict, parse_address
from monitor.web import render
from monitor.web.queries import AlertView, FindingView, SourceRow
from monitor.web.security import safe_next
from monitor.web.server import WebConfigError, is_loopback, plan

T = datetime(2005, 7, 29, 20, 57, tzinfo=UTC)


def finding(evidence: str, span: tuple[int, int], kind: str = "impairment", fid: int = 1) -> FindingView:
    return FindingView(fid, 1, 1, kind, "high", 0.9, evidence, span, (), (), (), "new", "K", T)


def test_segments_cut_at_every_boundary_and_carry_overlapping_labels() -> None:
    segs = render.segments("aaa bbb ccc", [(0, 7, "x"), (4, 11, "y")], {4: "f1"})
    assert [(s.text, s.labels, s.anchor) for s in segs] == [
        ("aaa ", ("x",), ""), ("bbb", ("x", "y"), "f1"), (" ccc", ("y",), ""),
    ]
    assert render.segments("abc", [(2, 99, "z"), (1, 1, "empty")]) == [
        render.Segment("ab"), render.Segment("c", ("z",)),
    ]


def test_evidence_in_context_is_its_paragraph_with_the_trigger_words_marked() -> None:
    text = "Title\n\nFirst paragraph. We recorded an impairment charge of $6.4 million. More.\n  \nNext one.\n"
    start = text.index("We recorded")
    evidence = "We recorded an impairment charge of $6.4 million."
    segs = render.evidence_in_context(text, finding(evidence, (start, start + len(evidence))))
    assert segs is not None
    assert "".join(s.text for s in segs) == "First paragraph. We recorded an impairment charge of $6.4 million. More."
    assert [s.text for s in segs if "trigger" in s.labels] == ["impairment charge"]
    assert "".join(s.text for s in segs if s.labels) == evidence


def test_a_stale_span_falls_back_to_finding_the_sentence_and_a_missing_one_to_none() -> None:
    text = "Intro.\n\nThe Company wrote down goodwill.\n"
    assert render.locate(text, finding("The Company wrote down goodwill.", (0, 5))) == (8, 40)
    assert render.evidence_in_context(text, finding("Item 2.06 reported.", (0, 0))) is None
    assert render.evidence_in_context(None, finding("x", (0, 1))) is None


def test_release_segments_anchor_each_finding() -> None:
    text = "A default occurred. Then an impairment charge was recorded."
    f1 = finding("A default occurred.", (0, 19), "default", 7)
    f2 = finding("Then an impairment charge was recorded.", (20, len(text)), "impairment", 8)
    segs = render.release_segments(text, [f1, f2])
    assert [s.anchor for s in segs if s.anchor] == ["f7", "f8"]
    assert "".join(s.text for s in segs) == text
    assert {lab for s in segs for lab in s.labels} >= {"evidence k-default", "evidence k-impairment", "trigger"}


def test_word_diff_marks_changed_words_and_elides_long_unchanged_runs() -> None:
    old = " ".join(f"w{n}" for n in range(100)) + " revenue of $120 million"
    new = " ".join(f"w{n}" for n in range(100)) + " revenue of $135 million"
    parts = render.word_diff(old, new, context=5)
    assert [p.tag for p in parts] == ["gap", "eq", "del", "ins", "eq"]
    assert parts[0].text == "\u2026 97 unchanged words \u2026"
    assert (parts[2].text, parts[3].text) == ("$120", "$135")
    assert render.diff_stats(parts) == (1, 1)
    assert render.word_diff("same words", "same  words\n") == [render.DiffPart("eq", "same words")]


def message(kind: str = "impairment", novelty: Novelty = Novelty.new, when: datetime = T) -> AlertMessage:
    return AlertMessage(
        ticker="ALGIE", company="American Locker Group", kind=kind, severity=Severity.high, novelty=novelty,
        summary="Impairment charge of $6.4 million", evidence="We recorded an impairment charge.\x0b",
        idempotency_key=f"ALGIE:{kind}:{when:%j}", event_key=f"ALGIE:{kind}:x",
        sources=(SourceRef("edgar", "https://www.sec.gov/x", "8-K", ("2.06",), when),
                 SourceRef("wire:bw", "javascript:alert(1)", None, (), when + timedelta(days=1))),
    )


def view(aid: int, msg: AlertMessage, created: datetime) -> AlertView:
    return AlertView(aid, msg.idempotency_key, msg.kind, msg.ticker, msg.company, created, aid,
                     (("audit", "sent"),), created, msg)


def test_timeline_chart_puts_alerts_in_kind_lanes_and_releases_below() -> None:
    alerts = [view(1, message("default"), T), view(2, message("impairment", Novelty.update, T + timedelta(days=30)), T)]
    chart = render.timeline_chart(alerts, [T, T + timedelta(days=15), T + timedelta(days=30)], width=500)
    assert chart is not None
    assert [label for label, _ in chart.lanes] == ["default", "impairment", "releases"]
    xs = sorted(d.x for d in chart.dots if d.cls != "release")
    assert xs == [chart.left, 500 - chart.right]  # first and last event span the plot
    update = next(d for d in chart.dots if "k-impairment" in d.cls)
    assert "n-update" in update.cls and update.href == "/alert/2"
    assert len(chart.ticks) == 4 and chart.ticks[0][1] == "2005-07-29"
    assert render.timeline_chart([], []) is None
    single = render.timeline_chart([], [T])
    assert single is not None and single.dots[0].x == 110 + (760 - 110 - 10) / 2  # one point: the middle


def test_source_health_states() -> None:
    now = T + timedelta(hours=1)
    rows = [
        SourceRow("edgar", now - timedelta(seconds=100), now, 0, ""),
        SourceRow("wire:bw", now - timedelta(hours=1), now, 0, ""),
        SourceRow("wire:down", now - timedelta(seconds=10), now, 2, "HTTP 503"),
        SourceRow("wire:new", None, now, 1, "timeout"),
        SourceRow("wire:gone", now - timedelta(days=9), now, 0, ""),
    ]
    intervals = {"edgar": 60.0, "wire:bw": 120.0, "wire:down": 120.0, "wire:new": 120.0}
    states = [(h.row.source, h.state) for h in render.source_health(rows, intervals, 3, now)]
    assert states == [("edgar", "ok"), ("wire:bw", "stale"), ("wire:down", "failing"), ("wire:new", "never"),
                      ("wire:gone", "ok")]
    assert render.source_health(rows, intervals, 3, now)[1].note == "no success for 1 h"


def test_atom_feed_is_well_formed_with_control_characters_and_unsafe_links_left_out() -> None:
    alerts = [view(2, message(when=T + timedelta(days=1)), T + timedelta(days=1)), view(1, message(), T)]
    body = render.atom_feed(alerts, title="alerts", self_url="http://h/feed.atom", html_url="http://h/",
                            alert_url=lambda a: f"http://h/alert/{a.id}", updated=T)
    ET.fromstring(body)  # well-formed although the evidence held \x0b
    feed = feedparser.parse(body)
    assert not feed.bozo and len(feed.entries) == 2
    assert feed.feed.updated == "2005-07-30T20:57:00Z"
    hrefs = [link.href for link in feed.entries[0].links]
    assert "https://www.sec.gov/x" in hrefs and not any(h.startswith("javascript") for h in hrefs)
    assert feed.entries[0].id == render.entry_id(alerts[0].key) != feed.entries[1].id
    empty = feedparser.parse(render.atom_feed([], title="t", self_url="http://h/f", html_url="http://h/",
                                              alert_url=str, updated=T))
    assert not empty.bozo and empty.feed.updated == "2005-07-29T20:57:00Z"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("127.0.0.1:8470", ("127.0.0.1", 8470)), ("[::1]:80", ("::1", 80)), ("0.0.0.0:0", ("0.0.0.0", 0)),
     ("localhost:9", ("localhost", 9))],
)
def test_parse_bind(value: str, expected: tuple[str, int]) -> None:
    assert parse_address(value, any_port=True) == expected


@pytest.mark.parametrize("value", ["8470", "127.0.0.1", "::1:8470", "host:99999", "a b:1"])
def test_parse_bind_refuses(value: str) -> None:
    with pytest.raises(ValueError, match="HOST:PORT|port out of range"):
        parse_address(value, any_port=True)


def test_bad_web_bind_in_the_settings_names_the_key() -> None:
    from monitor.settings import ConfigError

    with pytest.raises(ConfigError, match=r"web\.bind: not HOST:PORT"):
        from_dict({"web": {"bind": "nowhere"}}, "m.toml", {})


def test_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("127.8.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.1.2.3") and not is_loopback("example.org")


def test_plan_requires_a_token_off_loopback_and_checks_it() -> None:
    s = from_dict({"web": {"token_env": "FM_WEB_TOKEN"}}, "m.toml", {})
    plain = from_dict({}, "m.toml", {})
    assert plan(plain, None, None, {}) == ("127.0.0.1", 8470, None, ["127.0.0.1", "localhost", "::1", "127.0.0.1"])
    with pytest.raises(WebConfigError, match=r"--bind: 0\.0\.0\.0 is not a loopback address.*token"):
        plan(plain, "0.0.0.0:8470", None, {})
    with pytest.raises(WebConfigError, match=r"m\.toml: web\.token_env: environment variable FM_WEB_TOKEN is not set"):
        plan(s, "0.0.0.0:8470", None, {})
    with pytest.raises(WebConfigError, match="at least 16 characters"):
        plan(s, None, None, {"FM_WEB_TOKEN": "short"})
    host, port, token, hosts = plan(s, "0.0.0.0:8470", None, {"FM_WEB_TOKEN": "x" * 20})
    assert (host, port, token, hosts) == ("0.0.0.0", 8470, "x" * 20, None)
    assert plan(plain, "0.0.0.0:1", "OTHER", {"OTHER": "y" * 16})[2] == "y" * 16


@pytest.mark.parametrize(
    ("target", "expected"),
    [("/company/ALGIE?page=2", "/company/ALGIE?page=2"), ("//evil.example/", "/"), ("https://evil.example", "/"),
     ("/\\evil.example", "/"), ("/a\r\nSet-Cookie: x", "/"), ("", "/")],
)
def test_safe_next(target: str, expected: str) -> None:
    assert safe_next(target) == expected


def test_the_listening_socket_says_it_is_tcp() -> None:
    """asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP; without it every
    keep-alive response waited ~40 ms for a delayed ACK."""
    import socket

    from monitor.web.server import _listen

    sock = _listen("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP and sock.getsockname()[1] > 0
    finally:
        sock.close()


def test_the_kind_filter_knows_the_daemons_operator_alerts() -> None:
    from monitor.domain import KINDS, SOURCE_HEALTH
    from monitor.web.app import alert_kinds

    assert alert_kinds() == [*KINDS, SOURCE_HEALTH]


def test_renderings_are_what_each_channel_type_sends() -> None:
    import json

    from monitor.alerts import compose
    from monitor.web.queries import Delivery

    msg = message()
    rows = [Delivery(n, name, "sent", 1, "", T, T, T) for n, name in enumerate(("s", "e", "w", "j", "c", "gone"))]
    types = {"s": "slack", "e": "email", "w": "webhook", "j": "jsonl", "c": "console"}
    out = {r.channel: r for r in render.renderings(msg, rows, types)}
    assert out["s"].parts[0] == ("notification text", compose.slack_payload(msg)["text"])
    assert json.loads(out["s"].parts[1][1]) == compose.slack_payload(msg)
    assert out["e"].parts == (("Subject", compose.email_subject(msg)), ("text part", compose.plain_text(msg)))
    assert json.loads(out["w"].parts[0][1]) == {**msg.to_dict(), "type": "filing-monitor.alert"}
    assert json.loads(out["j"].parts[0][1]) == {**msg.to_dict(), "sent_at": T.isoformat()}
    assert out["c"].parts == (("console", compose.console_text(msg)),)
    assert out["gone"].type == "not configured now" and out["gone"].parts[0][0] == "stored payload"
