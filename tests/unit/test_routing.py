"""routing.channels_for: watch channels, else defaults, filtered by each channel's kinds and severity."""

from __future__ import annotations

import pytest

from monitor.alerts.routing import channels_for
from monitor.domain import Severity
from monitor.settings import Settings, from_dict


@pytest.fixture
def settings() -> Settings:
    data = {
        "edgar": {"user_agent": "Test ops@example.com"},
        "channel": [
            {"name": "all", "type": "console"},
            {"name": "restatements", "type": "console", "kinds": ["restatement"]},
            {"name": "serious", "type": "console", "min_severity": "high"},
            {"name": "audit", "type": "jsonl", "path": "x.jsonl"},
        ],
        "defaults": {"channels": ["all", "restatements", "serious"]},
        "watch": [
            {"ticker": "ALGIE", "channels": ["audit", "serious", "audit"]},
            {"ticker": "ZZZ"},
            {"ticker": "QUIET", "channels": []},
        ],
    }
    return from_dict(data, "t.toml", env={})


@pytest.mark.parametrize(
    ("ticker", "kind", "severity", "expected"),
    [
        ("ZZZ", "impairment", Severity.medium, ["all"]),  # defaults; kind and severity filter
        ("ZZZ", "restatement", Severity.high, ["all", "restatements", "serious"]),
        ("ZZZ", "default", Severity.critical, ["all", "serious"]),
        ("UNWATCHED", "restatement", Severity.low, ["all", "restatements"]),  # no watch: defaults
        ("algie", "impairment", Severity.low, ["audit"]),  # the watch's own list, deduplicated
        ("ALGIE", "impairment", Severity.high, ["audit", "serious"]),
        ("QUIET", "default", Severity.critical, []),  # an explicit empty list means no alerts
    ],
)
def test_channels_for(
    settings: Settings, ticker: str, kind: str, severity: Severity, expected: list[str]
) -> None:
    assert channels_for(settings, ticker, kind, severity) == expected


def test_unknown_channel_is_skipped(settings: Settings) -> None:
    s = settings.model_copy(
        update={"defaults": settings.defaults.model_copy(update={"channels": ["gone", "all"]})}
    )
    assert channels_for(s, "ZZZ", "impairment", Severity.low) == ["all"]
