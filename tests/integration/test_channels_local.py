"""jsonl and console channels, the channel registry, and `test-channel` through a jsonl channel."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from monitor.alerts import compose, operator
from monitor.channels import base
from monitor.channels.console import ConsoleChannel
from monitor.channels.jsonl import JsonlChannel
from monitor.domain import AlertMessage, DeliveryError
from monitor.settings import ConfigError, from_dict
from tests.integration.alerts_support import T0, message


def _settings(tmp_path: Path, env: dict[str, str] | None = None, **extra_channel: object):
    data = {
        "channel": [
            {"name": "audit", "type": "jsonl", "path": str(tmp_path / "out" / "alerts.jsonl")},
            {"name": "screen", "type": "console"},
            {"name": "hook", "type": "webhook", "url": "http://127.0.0.1:9/", **extra_channel},
        ],
        "store": {"url": f"sqlite:///{tmp_path / 'm.db'}"},
    }
    return from_dict(data, "test.toml", env=env or {})


def test_jsonl_appends_one_object_per_alert(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "alerts.jsonl"
    channel = JsonlChannel("audit", path, clock=lambda: T0)
    channel.send(message(1))
    channel.send(message(2, evidence="line one\nline two \u00e9"))
    lines = path.read_text("utf-8").splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first == {**message(1).to_dict(), "sent_at": T0.isoformat()}
    assert second["evidence"] == "line one\nline two \u00e9"
    for key in (
        "ticker",
        "company",
        "kind",
        "severity",
        "novelty",
        "evidence",
        "amounts",
        "sources",
        "idempotency_key",
    ):
        assert key in first
    assert set(first["sources"][0]) >= {"url", "form", "items", "accepted_at"}
    assert AlertMessage.from_dict(first) == message(1)


def test_jsonl_unwritable_path_is_transient(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where a directory should be")
    with pytest.raises(DeliveryError) as err:
        JsonlChannel("audit", tmp_path / "blocker" / "alerts.jsonl").send(message())
    assert err.value.transient


def test_console_prints_a_readable_block() -> None:
    out = io.StringIO()
    ConsoleChannel("screen", stream=out).send(message())
    text = out.getvalue()
    assert "[IMPAIRMENT] ALGIE American Locker Group \u2014 NEW" in text
    assert "> In addition, the Company will record an impairment charge" in text
    assert "Amounts: $6.4 million, $6.1 million" in text and "Periods: first quarter of 2005" in text
    assert "8-K, accepted 2005-07-29 16:57 ET" in text


def test_console_closed_stream_is_transient() -> None:
    out = io.StringIO()
    out.close()
    with pytest.raises(DeliveryError) as err:
        ConsoleChannel("screen", stream=out).send(message())
    assert err.value.transient


def test_registry_builds_every_type(tmp_path: Path) -> None:
    assert set(base.REGISTRY) == {"slack", "email", "webhook", "jsonl", "console"}
    channels = base.build_channels(_settings(tmp_path), {})
    assert {n: type(c).__name__ for n, c in channels.items()} == {
        "audit": "JsonlChannel",
        "screen": "ConsoleChannel",
        "hook": "WebhookChannel",
    }
    assert all(isinstance(c, base.Channel) for c in channels.values())


def test_build_channels_reports_missing_secrets(tmp_path: Path) -> None:
    # Loaded where the variable was set, built where it is not (another shell, a unit file).
    s = _settings(tmp_path, {"FM_NOT_SET": "x"}, secret_env="FM_NOT_SET")
    with pytest.raises(ConfigError) as err:
        base.build_channels(s, {})
    assert err.value.problems == [
        "test.toml: channel 'hook': secret_env: environment variable FM_NOT_SET is not set"
    ]


def test_test_channel_through_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert operator.test_channel(_settings(tmp_path), "audit") == 0
    assert capsys.readouterr().out.strip() == "sent"
    (line,) = (tmp_path / "out" / "alerts.jsonl").read_text("utf-8").splitlines()
    record = json.loads(line)
    sample = compose.sample_message()
    assert (record["ticker"], record["company"], record["kind"]) == (
        "ALGIE",
        "American Locker Group",
        "impairment",
    )
    assert record["evidence"] == sample.evidence
    assert [a["text"] for a in record["amounts"]] == ["$6.4 million", "$6.1 million"]
    assert record["periods"] == ["first quarter of 2005"]
    assert record["sources"][0]["url"] == (
        "https://www.sec.gov/Archives/edgar/data/8855/000089843105000094/0000898431-05-000094-index.htm"
    )
    assert record["sources"][0]["accepted_at"] == "2005-07-29T16:57:43-04:00"
    assert "sent_at" in record
    # A test message says so, and each one has its own key (receivers that dedupe still show it).
    assert record["test"] is True
    assert operator.test_channel(_settings(tmp_path), "audit", now=T0) == 0
    assert operator.test_channel(_settings(tmp_path), "audit", now=T0) == 0
    keys = [json.loads(line)["idempotency_key"] for line in
            (tmp_path / "out" / "alerts.jsonl").read_text("utf-8").splitlines()]
    assert len(set(keys)) == 3 and all(k.startswith(sample.idempotency_key + "|") for k in keys)


def test_test_channel_unknown_name_and_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = _settings(tmp_path)
    assert operator.test_channel(s, "nope") == 2
    err = capsys.readouterr().err
    assert "unknown channel 'nope'" in err and "audit, screen, hook" in err
    assert operator.test_channel(s, "hook") == 1  # nothing listens on port 9
    err = capsys.readouterr().err
    assert err.startswith("failed (transient): webhook hook:")
