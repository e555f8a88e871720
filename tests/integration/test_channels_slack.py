"""Slack incoming webhook against a local HTTP server (pytest-httpserver), directly and via the outbox."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from monitor.alerts import outbox
from monitor.channels.base import build_channel
from monitor.channels.slack import SlackChannel
from monitor.domain import DeliveryError
from monitor.settings import SlackChannel as SlackSettings
from tests.conftest import free_port
from tests.integration.alerts_support import FakeClock, delivery, enqueue, message, rows, store

HOOK = "/services/T000/B000/SECRETTOKEN"


@pytest.fixture
def slack(httpserver: HTTPServer) -> SlackChannel:
    return SlackChannel("team-slack", httpserver.url_for(HOOK), timeout=5)


def _sent(httpserver: HTTPServer) -> list[dict]:
    return [json.loads(req.get_data()) for req, _ in httpserver.log]


def test_200_ok_is_delivered(httpserver: HTTPServer, slack: SlackChannel) -> None:
    httpserver.expect_request(HOOK, method="POST").respond_with_data("ok")
    slack.send(message())
    ((req, _),) = httpserver.log
    assert req.headers["Content-Type"].startswith("application/json")
    body = json.loads(req.get_data())
    assert body["blocks"][0]["type"] == "header"
    assert "ALGIE American Locker Group" in body["text"]


@pytest.mark.parametrize(
    ("body", "transient"),
    [
        ("invalid_payload", False),
        ("no_text", False),
        ("channel_is_archived", False),
        ("rollup_error", True),
        ("<html>proxy says hi</html>", True),
        ("", True),
    ],
)
def test_200_with_another_body_fails(
    httpserver: HTTPServer, slack: SlackChannel, body: str, transient: bool
) -> None:
    httpserver.expect_request(HOOK).respond_with_data(body)
    with pytest.raises(DeliveryError) as err:
        slack.send(message())
    assert err.value.transient is transient
    assert "HTTP 200" in str(err.value)


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        (400, False),
        (403, False),
        (404, False),
        (410, False),
        (500, True),
        (503, True),
        (429, True),
        (302, False),
    ],
)
def test_status_codes(httpserver: HTTPServer, slack: SlackChannel, status: int, transient: bool) -> None:
    headers = (
        {"Retry-After": "7"}
        if status == 429
        else {"Location": "http://127.0.0.1:9/"}
        if status == 302
        else {}
    )
    httpserver.expect_request(HOOK).respond_with_data("channel_not_found", status=status, headers=headers)
    with pytest.raises(DeliveryError) as err:
        slack.send(message())
    assert err.value.transient is transient
    assert err.value.retry_after == (7.0 if status == 429 else None)
    assert len(httpserver.log) == 1  # a redirect is not followed


def test_connection_error_is_transient_and_hides_the_url() -> None:
    url = f"http://127.0.0.1:{free_port()}{HOOK}"
    with pytest.raises(DeliveryError) as err:
        SlackChannel("s", url, timeout=2).send(message())
    assert err.value.transient
    assert "SECRETTOKEN" not in str(err.value) and "/services/" not in str(err.value)
    assert "SECRETTOKEN" not in repr(SlackChannel("s", url))


def test_escaping_renders_literally(httpserver: HTTPServer, slack: SlackChannel) -> None:
    nasty = "AT&T <!channel> <https://x|y>"
    httpserver.expect_request(HOOK).respond_with_data("ok")
    slack.send(message(company=nasty, summary=nasty, evidence=nasty))
    raw = httpserver.log[0][0].get_data(as_text=True)
    assert "<!channel>" not in raw and "<https://x|y>" not in raw
    payload = json.loads(raw)
    texts = [payload["text"]] + [b["text"]["text"] for b in payload["blocks"]]
    assert all("&lt;!channel&gt;" in t for t in texts[:4])  # fallback, header, summary, evidence
    assert "AT&amp;T" in texts[1]


def test_long_evidence_is_cut(httpserver: HTTPServer, slack: SlackChannel) -> None:
    httpserver.expect_request(HOOK).respond_with_data("ok")
    slack.send(message(evidence="x" * 10_000))
    payload = _sent(httpserver)[0]
    sections = [b["text"]["text"] for b in payload["blocks"] if b["type"] == "section"]
    assert sections and all(len(t) <= 3000 for t in sections)
    assert any(t.endswith("\u2026") for t in sections)
    assert len(payload["blocks"][0]["text"]["text"]) <= 150


def test_built_from_settings_with_env_url(httpserver: HTTPServer) -> None:
    cfg = SlackSettings(name="s", type="slack", webhook_url_env="FM_SLACK")
    channel = build_channel(cfg, {"FM_SLACK": httpserver.url_for(HOOK)})
    assert isinstance(channel, SlackChannel) and channel.rate_per_second == 1
    httpserver.expect_request(HOOK).respond_with_data("ok")
    channel.send(message())
    assert len(httpserver.log) == 1


# ---- through the outbox --------------------------------------------------------------------


def test_429_waits_for_retry_after_then_succeeds(
    tmp_path, httpserver: HTTPServer, slack: SlackChannel
) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["team-slack"])
    httpserver.expect_oneshot_request(HOOK).respond_with_data(
        "rate_limited", status=429, headers={"Retry-After": "120"}
    )
    httpserver.expect_request(HOOK).respond_with_data("ok")
    clock = FakeClock()
    d = delivery(base_delay_seconds=1)
    stats = outbox.dispatch_due(
        engine, {"team-slack": slack}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0
    )
    assert (stats.sent, stats.retried) == (0, 1)
    clock.advance(119)
    stats = outbox.dispatch_due(
        engine, {"team-slack": slack}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0
    )
    assert stats.sent == 0 and len(httpserver.log) == 1  # not before Retry-After
    clock.advance(2)
    stats = outbox.dispatch_due(
        engine, {"team-slack": slack}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0
    )
    assert stats.sent == 1 and len(httpserver.log) == 2
    (row,) = rows(engine)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")


def test_500_then_success(tmp_path, httpserver: HTTPServer, slack: SlackChannel) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["team-slack"])
    httpserver.expect_oneshot_request(HOOK).respond_with_response(Response("boom", status=500))
    httpserver.expect_request(HOOK).respond_with_data("ok")
    clock = FakeClock()
    d = delivery(base_delay_seconds=10)
    outbox.dispatch_due(engine, {"team-slack": slack}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0)
    (row,) = rows(engine)
    assert row.status == "pending" and "HTTP 500" in row.last_error
    assert (row.next_attempt_at - clock()).total_seconds() == 10
    clock.advance(10)
    stats = outbox.dispatch_due(
        engine, {"team-slack": slack}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0
    )
    assert stats.sent == 1 and rows(engine)[0].status == "sent"
    assert len(httpserver.log) == 2


def test_404_is_permanent_one_attempt_then_dead(
    tmp_path, httpserver: HTTPServer, slack: SlackChannel
) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["team-slack"])
    httpserver.expect_request(HOOK).respond_with_data("no_service", status=404)
    clock = FakeClock()
    stats = outbox.dispatch_due(engine, {"team-slack": slack}, delivery(), now=clock, sleep=clock.sleep)
    assert stats.dead == 1
    clock.advance(86_400)
    outbox.dispatch_due(engine, {"team-slack": slack}, delivery(), now=clock, sleep=clock.sleep)
    assert len(httpserver.log) == 1
    (row,) = rows(engine)
    assert row.status == "dead" and row.attempts == 1
    assert "permanent failure" in row.last_error and "HTTP 404" in row.last_error
    assert "SECRETTOKEN" not in row.last_error


def test_slack_is_paced_one_per_second(tmp_path, httpserver: HTTPServer, slack: SlackChannel) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message(i) for i in range(3)], ["team-slack"])
    httpserver.expect_request(HOOK).respond_with_data("ok")
    clock = FakeClock()
    stats = outbox.dispatch_due(
        engine, {"team-slack": slack}, delivery(), now=clock, sleep=clock.sleep, limiter=outbox.RateLimiter()
    )
    assert stats.sent == 3
    assert clock.slept == [1.0, 1.0]
