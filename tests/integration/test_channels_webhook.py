"""Generic webhook against a local HTTP server: body, HMAC signature, status handling, outbox."""

from __future__ import annotations

import hashlib
import hmac
import json
import re

import pytest
from pytest_httpserver import HTTPServer

from monitor.alerts import outbox
from monitor.channels.base import build_channel
from monitor.channels.webhook import WebhookChannel
from monitor.domain import DeliveryError
from monitor.settings import ConfigError
from monitor.settings import WebhookChannel as WebhookSettings
from tests.conftest import free_port
from tests.integration.alerts_support import FakeClock, delivery, enqueue, message, rows, store

SECRET = "s3cret-for-tests"
NOW = 1_122_670_663  # 2005-07-29 20:57:43 UTC


@pytest.fixture
def hook(httpserver: HTTPServer) -> WebhookChannel:
    return WebhookChannel("hook", httpserver.url_for("/alerts"), secret=SECRET, timeout=5, clock=lambda: NOW)


def test_body_and_valid_signature(httpserver: HTTPServer, hook: WebhookChannel) -> None:
    httpserver.expect_request("/alerts", method="POST").respond_with_data("", status=204)
    msg = message(7)
    hook.send(msg)
    ((req, _),) = httpserver.log
    raw = req.get_data()
    assert json.loads(raw) == {**msg.to_dict(), "type": "filing-monitor.alert"}
    assert req.headers["Content-Type"].startswith("application/json")
    assert req.headers["Idempotency-Key"] == "ALGIE|impairment|7"
    # The receiver's check, as docs/webhook.md describes it.
    timestamp = req.headers["X-Filing-Monitor-Timestamp"]
    assert timestamp == str(NOW)
    expected = (
        "sha256=" + hmac.new(SECRET.encode(), timestamp.encode() + b"." + raw, hashlib.sha256).hexdigest()
    )
    assert hmac.compare_digest(req.headers["X-Filing-Monitor-Signature"], expected)
    # A tampered body or a replayed body under another timestamp does not verify.
    forged = "sha256=" + hmac.new(SECRET.encode(), f"{NOW + 600}.".encode() + raw, hashlib.sha256).hexdigest()
    assert not hmac.compare_digest(req.headers["X-Filing-Monitor-Signature"], forged)


def test_without_secret_no_signature(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/alerts").respond_with_data("ok")
    WebhookChannel("hook", httpserver.url_for("/alerts")).send(message())
    headers = httpserver.log[0][0].headers
    assert "X-Filing-Monitor-Signature" not in headers and "X-Filing-Monitor-Timestamp" not in headers


@pytest.mark.parametrize(
    ("status", "headers", "transient", "retry_after"),
    [
        (429, {"Retry-After": "30"}, True, 30.0),
        (503, {"Retry-After": "5"}, True, 5.0),
        (500, {}, True, None),
        (400, {}, False, None),
        (404, {"Retry-After": "30"}, False, None),
        (301, {"Location": "/elsewhere"}, False, None),
    ],
)
def test_status_codes(
    httpserver: HTTPServer, hook: WebhookChannel, status, headers, transient, retry_after
) -> None:
    httpserver.expect_request("/alerts").respond_with_data("nope", status=status, headers=headers)
    with pytest.raises(DeliveryError) as err:
        hook.send(message())
    assert (err.value.transient, err.value.retry_after) == (transient, retry_after)
    assert f"HTTP {status}" in str(err.value)
    assert len(httpserver.log) == 1


def test_retry_after_as_http_date(httpserver: HTTPServer, hook: WebhookChannel) -> None:
    httpserver.expect_request("/alerts").respond_with_data(
        "", status=429, headers={"Retry-After": "Fri, 31 Dec 2999 23:59:59 GMT"}
    )
    with pytest.raises(DeliveryError) as err:
        hook.send(message())
    assert err.value.transient and err.value.retry_after and err.value.retry_after > 86_400


def test_connection_refused_is_transient_and_redacted() -> None:
    url = f"http://127.0.0.1:{free_port()}/hooks/TOKEN123?key=abc"
    with pytest.raises(DeliveryError) as err:
        WebhookChannel("hook", url, timeout=2).send(message())
    assert err.value.transient
    assert "TOKEN123" not in str(err.value) and "key=abc" not in str(err.value)


def test_from_settings_env(httpserver: HTTPServer) -> None:
    cfg = WebhookSettings(name="hook", type="webhook", url_env="FM_HOOK_URL", secret_env="FM_HOOK_SECRET")
    channel = build_channel(cfg, {"FM_HOOK_URL": httpserver.url_for("/alerts"), "FM_HOOK_SECRET": SECRET})
    httpserver.expect_request("/alerts").respond_with_data("ok")
    channel.send(message())
    assert httpserver.log[0][0].headers["X-Filing-Monitor-Signature"].startswith("sha256=")
    with pytest.raises(ConfigError) as err:
        build_channel(cfg, {"FM_HOOK_URL": "http://127.0.0.1/"})
    assert "FM_HOOK_SECRET" in str(err.value)


# ---- through the outbox --------------------------------------------------------------------


def test_429_retry_after_then_success(tmp_path, httpserver: HTTPServer, hook: WebhookChannel) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["hook"])
    httpserver.expect_oneshot_request("/alerts").respond_with_data(
        "", status=429, headers={"Retry-After": "300"}
    )
    httpserver.expect_request("/alerts").respond_with_data("")
    clock, d = FakeClock(), delivery(base_delay_seconds=1)
    run = lambda: outbox.dispatch_due(engine, {"hook": hook}, d, now=clock, sleep=clock.sleep)
    assert run().retried == 1
    clock.advance(299)
    assert run().sent == 0 and len(httpserver.log) == 1
    clock.advance(1)
    assert run().sent == 1 and len(httpserver.log) == 2
    assert rows(engine)[0].status == "sent"


def test_500_then_success(tmp_path, httpserver: HTTPServer, hook: WebhookChannel) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["hook"])
    httpserver.expect_oneshot_request("/alerts").respond_with_data("", status=502)
    httpserver.expect_request("/alerts").respond_with_data("")
    clock, d = FakeClock(), delivery(base_delay_seconds=10)
    assert (
        outbox.dispatch_due(engine, {"hook": hook}, d, now=clock, sleep=clock.sleep, rng=lambda: 0.0).retried
        == 1
    )
    clock.advance(10)
    assert outbox.dispatch_due(engine, {"hook": hook}, d, now=clock, sleep=clock.sleep).sent == 1
    (row,) = rows(engine)
    assert (row.status, row.attempts) == ("sent", 2)


def test_404_dead_after_one_attempt(tmp_path, httpserver: HTTPServer, hook: WebhookChannel) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["hook"])
    httpserver.expect_request("/alerts").respond_with_data("gone", status=404)
    clock = FakeClock()
    assert outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=clock, sleep=clock.sleep).dead == 1
    clock.advance(3600)
    outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=clock, sleep=clock.sleep)
    assert len(httpserver.log) == 1
    (row,) = rows(engine)
    assert (row.status, row.attempts) == ("dead", 1) and "HTTP 404" in row.last_error


def test_docs_webhook_md_names_every_field_of_the_body_and_its_example_is_the_sample() -> None:
    from dataclasses import replace

    from monitor.alerts.compose import sample_message
    from monitor.channels.webhook import body_for
    from tests.conftest import ROOT

    docs = (ROOT / "docs" / "webhook.md").read_text("utf-8")
    table = docs.split("### Body", 1)[1].split("Example", 1)[0]
    documented = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    sample = sample_message()
    digest = replace(sample, kind="digest", digest=(sample,))
    assert sorted(documented) == sorted(json.loads(body_for(digest)))
    example = json.loads(docs.split("```json", 1)[1].split("```", 1)[0])
    assert sorted(example) == sorted(json.loads(body_for(sample)))
