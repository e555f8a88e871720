"""A digest and a test-channel message through real channels: e-mail to a local SMTP server (aiosmtpd)
and Slack to a local HTTP server, from held alerts batched by the store."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer
from sqlalchemy.engine import Engine

from monitor.alerts import compose, outbox, stage
from monitor.channels.slack import SlackChannel
from monitor.domain import Severity
from monitor.settings import from_dict
from monitor.store import make_engine, session_scope
from tests.integration.alerts_support import T0, FakeClock, Inbox, delivery, message
from tests.integration.test_channels_email import TO, _channel

HOOK = "/services/T000/B000/SECRETTOKEN"


def held_digest(tmp_path: Path, channel: dict) -> tuple[Engine, int]:
    """Three alerts held by a daily digest, batched at the digest time; returns (engine, digest id)."""
    settings = from_dict({"store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"}, "edgar": {"enabled": False},
                          "channel": [{**channel, "digest": "daily 08:00 America/New_York"}]}, "t.toml", env={})
    engine = make_engine(settings.store.url)
    with session_scope(engine) as s:
        for n, kind in enumerate(("impairment", "default", "restatement")):
            msg = message(n, kind=kind, severity=Severity.medium, company="AT&T <b>Corp</b>")
            stage.enqueue(s, settings, msg, [channel["name"]], now=T0)
    (digest_id,) = stage.build_digests(engine, settings, T0 + timedelta(days=1))
    return engine, digest_id


def test_a_digest_by_email_is_one_message_listing_each_alert(tmp_path: Path, inbox: Inbox, smtp_port: int) -> None:
    engine, _ = held_digest(tmp_path, {"name": "mail", "type": "email", "host": "127.0.0.1", "port": smtp_port,
                                       "security": "none", "sender": "monitor@example.org", "to": TO})
    clock = FakeClock(T0 + timedelta(days=1))
    stats = outbox.dispatch_due(engine, {"mail": _channel(smtp_port)}, delivery(), now=clock, sleep=clock.sleep)
    assert stats.sent == 1
    assert len(inbox.received) == 1  # one message for the three alerts
    msg = inbox.message()
    assert msg["Subject"] == "[DIGEST] 3 alerts up to 2005-07-30 08:00 EDT: 1 default, 1 impairment, 1 restatement"
    text, html = (p.get_content() for p in msg.iter_parts())
    assert [line for line in text.splitlines() if line[:3] in ("1. ", "2. ", "3. ")] == [
        "1. [IMPAIRMENT] ALGIE AT&T <b>Corp</b> \u2014 NEW",
        "2. [DEFAULT] ALGIE AT&T <b>Corp</b> \u2014 NEW",
        "3. [RESTATEMENT] ALGIE AT&T <b>Corp</b> \u2014 NEW",
    ]
    assert html.count("<h3>") == 3 and "<b>Corp" not in html
    engine.dispose()


def test_a_digest_in_slack(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(HOOK, method="POST").respond_with_data("ok")
    engine, _ = held_digest(tmp_path, {"name": "slack", "type": "console"})  # held under the name "slack"
    clock = FakeClock(T0 + timedelta(days=1))
    slack = SlackChannel("slack", httpserver.url_for(HOOK), timeout=5)
    assert outbox.dispatch_due(engine, {"slack": slack}, delivery(), now=clock, sleep=clock.sleep).sent == 1
    ((req, _),) = httpserver.log
    body = json.loads(req.get_data())
    assert body["blocks"][0]["text"]["text"] == "DIGEST: 3 alerts"
    assert body["text"].startswith("[DIGEST] 3 alerts up to 2005-07-30 08:00 EDT")
    assert [b["text"]["text"].split("\n")[0] for b in body["blocks"][2:]] == [
        f"*[{k}] ALGIE AT&amp;T &lt;b&gt;Corp&lt;/b&gt;* \u00b7 NEW" for k in ("IMPAIRMENT", "DEFAULT", "RESTATEMENT")
    ]
    engine.dispose()


def test_a_test_message_by_email_says_test_in_the_subject(inbox: Inbox, smtp_port: int) -> None:
    _channel(smtp_port).send(replace(compose.sample_message(), test=True))
    assert inbox.message()["Subject"].startswith("[TEST] [IMPAIRMENT] ALGIE American Locker Group: ")
