"""Settings validation: every problem at once, as FILE: key.path: message, exit 2 from the CLI."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from monitor import settings as S
from tests.conftest import ROOT, cli

EXAMPLE = ROOT / "config" / "monitor.example.toml"
EXAMPLE_ENV = {"SLACK_WEBHOOK_URL": "https://hooks.invalid/x", "SMTP_USER": "u", "SMTP_PASSWORD": "p",
               "WEBHOOK_SECRET": "s"}


def run_cli(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """The command without the example's secrets in its environment, unless `env` gives them."""
    return cli(*args, cwd=cwd, env={**dict.fromkeys(EXAMPLE_ENV), **(env or {})})


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "monitor.toml"
    p.write_text(text)
    return p


def test_example_config_is_ok() -> None:
    r = run_cli("check-config", "--config", str(EXAMPLE), env=EXAMPLE_ENV)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok: 4 watches, 5 channels")


def test_example_config_reports_missing_environment() -> None:
    r = run_cli("check-config", "--config", str(EXAMPLE))
    assert r.returncode == 2
    for var in ("SLACK_WEBHOOK_URL", "SMTP_USER", "SMTP_PASSWORD", "WEBHOOK_SECRET"):
        assert f"environment variable {var} is not set" in r.stderr


BROKEN = """
[edgar]
user_agent = "Test ops@test.example"
poll_seconds = "often"
colour = "blue"

[[channel]]
name = "slack"
type = "slack"
webhook_url_env = "FM_TEST_MISSING_VAR"

[[watch]]
ticker = "ALGIE"
channels = ["nowhere"]
"""


def test_every_problem_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, BROKEN)
    r = run_cli("check-config", "--config", str(path))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert f"{path}: edgar.poll_seconds: Input should be a valid integer" in lines[0]
    expected = [
        "edgar.colour: Extra inputs are not permitted",  # unknown key
        "channel[0].webhook_url_env: environment variable FM_TEST_MISSING_VAR is not set",
        "watch[0].channels: unknown channel 'nowhere'",
    ]
    for e in expected:
        assert any(line == f"{path}: {e}" for line in lines), (e, lines)
    assert len(lines) == 4


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[store]\nurl = "sqlite:///x.db"\n\n[edgar\nenabled = true\n')
    r = run_cli("check-config", "--config", str(path))
    assert r.returncode == 2
    assert str(path) in r.stderr and "line 4" in r.stderr


def test_wrong_types_and_unknown_channel_type(tmp_path: Path) -> None:
    with pytest.raises(S.ConfigError) as e:
        S.from_dict({"channel": [{"name": "x", "type": "pager"}], "watch": [{"ticker": 5}]}, "f.toml", {})
    text = "\n".join(e.value.problems)
    assert "f.toml: channel[0]: Input tag 'pager' found using 'type' does not match" in text
    assert "f.toml: watch[0].ticker: Input should be a valid string" in text


def test_user_agent_without_email_is_refused() -> None:
    with pytest.raises(S.ConfigError) as e:
        S.from_dict({"edgar": {"user_agent": "curl"}, "watch": [{"ticker": "X", "cik": 1}]}, "f.toml", {})
    assert any("edgar.user_agent" in p for p in e.value.problems)


def test_external_watchlists_csv_and_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.csv").write_text("Ticker,CIK,Name\nabvc,1173313,ABVC BioPharma\nWOLF,,\n")
    (tmp_path / "more.toml").write_text('[[watch]]\nticker = "STI"\ncik = 1881551\n')
    s = S.from_dict({"edgar": {"user_agent": "T t@t.example"}, "watchlist": {"files": ["list.csv", "more.toml"]},
                     "watch": [{"ticker": "ALGIE", "cik": 8855}]}, "f.toml", {})
    assert [w.ticker for w in s.watch] == ["ALGIE", "ABVC", "WOLF", "STI"]
    assert s.watch[1].cik == 1173313 and s.watch[1].name == "ABVC BioPharma"
    assert s.watch[2].cik is None


def test_external_watchlist_problems_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.csv").write_text("symbol\nABC\n")
    with pytest.raises(S.ConfigError) as e:
        S.from_dict({"watchlist": {"files": ["bad.csv", "missing.toml"]}}, "f.toml", {})
    assert any("bad.csv:1: the CSV needs a header row with a `ticker` column" in p for p in e.value.problems)
    assert any("missing.toml: cannot read watchlist file" in p for p in e.value.problems)


def test_config_path_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FILING_MONITOR_CONFIG", raising=False)
    assert S.config_path(None) == "config/monitor.toml"
    monkeypatch.setenv("FILING_MONITOR_CONFIG", "/etc/fm.toml")
    assert S.config_path(None) == "/etc/fm.toml"
    assert S.config_path("x.toml") == "x.toml"


def test_logs_go_to_stderr_as_json_lines_on_request(tmp_path: Path) -> None:
    import json

    from monitor.replay import ReplayServer

    with ReplayServer() as server:  # it answers 404 for a path it does not know: a permanent failure, no retry
        path = write(tmp_path, f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
enabled = false
[[wire]]
name = "dead"
url = "{server.url}/feed.xml"
[[watch]]
ticker = "ALGIE"
""")
        r = run_cli("--log-format", "json", "once", "--config", str(path))
    assert r.returncode == 1 and "wire:dead" in r.stdout and "FAILED" in r.stdout
    records = [json.loads(line) for line in r.stderr.splitlines() if line.strip()]
    assert records and all({"time", "level", "logger", "message"} <= rec.keys() for rec in records)
    assert any(rec["level"] == "warning" and "wire:dead" in rec["message"] for rec in records)


def test_every_kind_by_default_and_the_new_kinds_accepted() -> None:
    s = S.from_dict({
        "edgar": {"user_agent": "Test test@example.com"},
        "channel": [{"name": "log", "type": "console"}, {"name": "credit", "type": "console",
                                                          "kinds": ["bankruptcy", "going_concern"]}],
        "defaults": {"channels": ["log"]},
        "watch": [{"ticker": "ABC", "cik": 1}, {"ticker": "XYZ", "cik": 2, "kinds": ["delisting_notice", "late_filing"]}],
    }, "f.toml", {})
    everything = ["default", "impairment", "restatement", "going_concern", "bankruptcy", "delisting_notice",
                  "auditor_change", "late_filing"]
    assert s.kinds_for(s.watch[0]) == everything
    assert s.channel_by_name("log").kinds == everything
    assert s.kinds_for(s.watch[1]) == ["delisting_notice", "late_filing"]
    assert s.channel_by_name("credit").kinds == ["bankruptcy", "going_concern"]


def test_unknown_kind_is_an_error_with_a_suggestion_wherever_it_is() -> None:
    with pytest.raises(S.ConfigError) as e:
        S.from_dict({
            "edgar": {"user_agent": "Test test@example.com"},
            "channel": [{"name": "log", "type": "console", "kinds": ["auditor-change"]}],
            "defaults": {"kinds": ["default", "bankrupcy"]},
            "watch": [{"ticker": "ABC", "cik": 1, "kinds": ["going concern", "solvency"]}],
        }, "f.toml", {})
    text = "\n".join(e.value.problems)
    assert 'f.toml: defaults.kinds[1]: unknown kind "bankrupcy"; did you mean "bankruptcy"?' in text
    assert 'channel[0].kinds[0]: unknown kind "auditor-change"; did you mean "auditor_change"?' in text
    assert 'watch[0].kinds[0]: unknown kind "going concern"; did you mean "going_concern"?' in text
    assert 'watch[0].kinds[1]: unknown kind "solvency" (known: default, impairment' in text
    assert "Value error" not in text


def test_example_config_documents_every_kind() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    for kind in ("default", "impairment", "restatement", "going_concern", "bankruptcy", "delisting_notice",
                 "auditor_change", "late_filing"):
        assert f"#   {kind} " in text, kind
def test_catch_up_and_pacing_keys(tmp_path: Path) -> None:
    s = S.load(write(tmp_path, """
[edgar]
user_agent = "Test ops@test.example"
catch_up_max_days = 10
feed_reserved_share = 0.5
[[wire]]
name = "nasdaq"
url = "https://www.nasdaq.com/feed/rssoutbound?symbol={ticker}"
per_watch = true
requests_per_second = 0.5
[[watch]]
ticker = "ALGIE"
cik = 8855
backfill = true
"""))
    assert (s.edgar.catch_up_max_days, s.edgar.feed_reserved_share) == (10, 0.5)
    assert s.wire[0].requests_per_second == 0.5 and s.watch[0].backfill
    assert S.deprecations(s) == [] and S.EdgarSettings().catch_up_max_days == 30
    with pytest.raises(S.ConfigError) as e:
        S.load(write(tmp_path, '[edgar]\nfeed_reserved_share = 1\ncatch_up_max_days = 0\n'))
    assert any("edgar.feed_reserved_share" in p for p in e.value.problems)
    assert any("edgar.catch_up_max_days" in p for p in e.value.problems)


def test_catch_up_days_is_accepted_with_a_deprecation_warning(tmp_path: Path) -> None:
    path = write(tmp_path, '[edgar]\nenabled = false\ncatch_up_days = 3\n')
    (note,) = S.deprecations(S.load(path))
    assert note.startswith(f"{path}: edgar.catch_up_days is deprecated and ignored") and "backfill" in note
    r = run_cli("check-config", "--config", str(path))
    assert r.returncode == 0 and r.stdout.splitlines()[1] == f"warning: {note}"
