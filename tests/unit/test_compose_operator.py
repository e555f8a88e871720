"""Message text for the operator's cases: test-channel messages say `[TEST]` (and `"test": true` in
webhook and jsonl payloads), and digests read well in e-mail, Slack and plain text."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from monitor.alerts import compose, policy
from monitor.channels.webhook import body_for
from monitor.domain import AlertMessage, Severity
from tests.integration.alerts_support import message

TEST = replace(compose.sample_message(), test=True)
END = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def test_a_test_message_says_so_everywhere() -> None:
    assert compose.email_subject(TEST).startswith("[TEST] [IMPAIRMENT] ALGIE American Locker Group: ")
    assert compose.plain_text(TEST).startswith("[TEST] [IMPAIRMENT] ALGIE")
    assert "<h2>[TEST] [IMPAIRMENT] ALGIE" in compose.email_html(TEST)
    slack = compose.slack_payload(TEST)
    assert slack["blocks"][0]["text"]["text"].startswith("[TEST] IMPAIRMENT: ALGIE")
    assert slack["text"].startswith("[TEST] [IMPAIRMENT]")
    assert json.loads(body_for(TEST))["test"] is True
    assert TEST.to_dict()["test"] is True and AlertMessage.from_dict(TEST.to_dict()) == TEST


def test_a_real_alert_is_not_marked() -> None:
    real = compose.sample_message()
    assert "[TEST]" not in compose.email_subject(real) + compose.plain_text(real)
    assert json.loads(body_for(real))["test"] is False


def digest(n: int, **changes: object) -> AlertMessage:
    items = [replace(message(i, **changes), first_seen=END) for i in range(n)]  # type: ignore[arg-type]
    return policy.digest_message("mail", items, END, ZoneInfo("America/New_York"), batch=1)


def test_digest_in_email() -> None:
    msg = digest(3, company="<script>Evil</script> Corp")
    assert compose.email_subject(msg) == "[DIGEST] 3 alerts up to 2026-05-01 08:00 EDT: 3 impairment"
    text = compose.plain_text(msg)
    assert text.splitlines()[0] == compose.email_subject(msg)
    assert [line for line in text.splitlines() if line[:3] in ("1. ", "2. ", "3. ")] == [
        f"{n}. [IMPAIRMENT] ALGIE <script>Evil</script> Corp \u2014 NEW" for n in (1, 2, 3)
    ]
    assert "   > In addition, the Company will record an impairment charge" in text
    html = compose.email_html(msg)
    assert "<script>" not in html and html.count("&lt;script&gt;Evil&lt;/script&gt; Corp") == 3
    assert html.count('<a href="https://www.sec.gov/Archives/edgar/data/8855/') == 3


def test_digest_in_slack_fits_block_kit() -> None:
    msg = digest(60, evidence="<!channel> default " * 40)
    payload = compose.slack_payload(msg)
    blocks = payload["blocks"]
    assert len(blocks) <= 50
    assert blocks[0]["text"]["text"] == "DIGEST: 60 alerts"
    assert blocks[-1]["text"]["text"].startswith("\u2026 and 20 more")
    assert all(len(b["text"]["text"]) <= compose.SLACK_SECTION_MAX for b in blocks)
    assert "<!channel>" not in json.dumps(payload) and "&lt;!channel&gt;" in blocks[2]["text"]["text"]
    assert "<https://www.sec.gov/Archives/edgar/data/8855/" in blocks[2]["text"]["text"]


def test_digest_payload_round_trips_with_its_alerts() -> None:
    msg = digest(2, severity=Severity.medium)
    data = json.loads(json.dumps(msg.to_dict()))
    assert [m["idempotency_key"] for m in data["digest"]] == ["ALGIE|impairment|0", "ALGIE|impairment|1"]
    assert AlertMessage.from_dict(data) == msg
    assert "digest" not in message(1).to_dict()  # only digests carry the key
