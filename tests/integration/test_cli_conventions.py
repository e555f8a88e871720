"""What every command does alike: `--version`, `--log-level` limited to the standard names, a quiet
exit when the reader of stdout goes away (`| head`), `--json` lines that parse back, times with their
zone, and HOST:PORT checked before the daemon starts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor import __version__, pipeline
from monitor.alerts import outbox
from monitor.cli import main
from monitor.domain import Release
from monitor.settings import load
from monitor.store import make_engine, session_scope
from tests.conftest import ROOT, cli
from tests.integration.alerts_support import T0, message
from tests.integration.test_operator import DEFAULT_TEXT, IMPAIRMENT_TEXT, write_config

ENV = {k: v for k, v in os.environ.items() if k != "FILING_MONITOR_CONFIG"}


def test_version() -> None:
    r = cli("--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"filing-monitor {__version__}")
    assert __version__ == "0.1.0"  # the installed distribution's version


def test_log_level_takes_the_standard_names_only(tmp_path: Path) -> None:
    r = cli("--log-level", "verbose", "check-config", "--config", str(write_config(tmp_path)))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "argument --log-level: invalid choice: 'verbose' (choose from 'debug', 'info', 'warning'" in r.stderr
    r = cli("check-config", "--log-level", "WARNING", "--config", str(write_config(tmp_path)))
    assert r.returncode == 0, r.stderr


def test_log_lines_say_their_zone(tmp_path: Path) -> None:
    r = cli("once", "--config", str(write_config(tmp_path)))
    assert r.returncode == 0, r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines and all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (INFO|WARNING) ", x)
                         for x in lines), lines


@pytest.mark.parametrize("address", ["localhost:99999", "localhost", "127.0.0.1:0"])
def test_run_refuses_a_bad_http_address_before_starting(tmp_path: Path, address: str) -> None:
    r = cli("run", "--http", address, "--config", str(write_config(tmp_path)))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"argument --http: not HOST:PORT with a port in 1-65535: '{address}'" in r.stderr


def first_line_then_hang_up(*args: str) -> tuple[int, bytes, str]:
    """`filing-monitor ARGS | head -1`: (exit code, the line read, stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", *args], cwd=ROOT, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return proc.wait(timeout=30), first, err


@pytest.mark.parametrize("args", [["alerts"], ["alerts", "--json"]])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, args: list[str]) -> None:
    cfg = write_config(tmp_path)
    engine = make_engine(load(cfg, env={}).store.url)
    with session_scope(engine) as s:
        for n in range(400):  # far more than a pipe buffer holds
            outbox.enqueue(s, message(n), ["audit"], now=T0)
    engine.dispose()
    code, first, err = first_line_then_hang_up(*args, "--config", str(cfg))
    assert code == 0 and first and err == ""


def test_releases_json_and_times_with_their_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    settings = load(cfg, env={})
    engine = make_engine(settings.store.url)
    published = datetime(2005, 7, 27, 13, 30, tzinfo=UTC)
    for uid, text, seen in (("a", IMPAIRMENT_TEXT, T0), ("b", DEFAULT_TEXT, T0 + timedelta(days=1))):
        release = Release(source="wire:businesswire", uid=uid, ticker="ALGIE", text=text,
                          url=f"https://wire.example/{uid}", title=f"Release {uid}", published_at=published)
        pipeline.ingest(engine, settings, release, now=seen, alert=False)
    engine.dispose()

    assert main(["releases", "ALGIE", "--json", "--config", str(cfg)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["uid"] for r in records] == ["b", "a"]  # newest first
    a = records[1]
    assert (a["ticker"], a["source"], a["title"], a["version"]) == ("ALGIE", "wire:businesswire", "Release a", 1)
    assert datetime.fromisoformat(a["published_at"]) == published
    assert datetime.fromisoformat(a["first_seen"]) == T0
    assert [f["kind"] for f in a["findings"]] == ["impairment"]
    assert a["findings"][0]["amounts"][0]["text"] == "$6.4 million"
    assert [v["version"] for v in a["versions"]] == [1]

    assert main(["releases", "ALGIE", "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "2005-07-27 09:30 EDT  wire:businesswire  a" in out
    assert "version 1 (id 1) seen 2005-07-29 17:00 EDT" in out
    assert "UTC" not in out  # one zone across commands

    assert main(["releases", "ALGIE", "--diff", "1", "--json", "--config", str(cfg)]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert (diff["id"], diff["version"], diff["diff"]) == (1, 1, "")


SLACK_ONLY = """
[store]
url = "sqlite:///{store}"
[edgar]
enabled = false
[[channel]]
name = "slack"
type = "slack"
webhook_url_env = "FM_TEST_UNSET_SLACK_URL"
[defaults]
channels = ["slack"]
[[watch]]
ticker = "ALGIE"
"""


def test_commands_that_send_nothing_need_no_channel_secret(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FM_TEST_UNSET_SLACK_URL", raising=False)
    cfg = tmp_path / "monitor.toml"
    cfg.write_text(SLACK_ONLY.format(store=tmp_path / "fm.db"), "utf-8")
    assert main(["db", "upgrade", "--config", str(cfg)]) == 0
    for args in (["alerts"], ["mutes"], ["db", "current"], ["retry", "--dry-run"], ["mute", "ALGIE", "--for", "1d"]):
        assert main([*args, "--config", str(cfg)]) == 0, args
        assert "FM_TEST_UNSET_SLACK_URL" not in capsys.readouterr().err, args
    for args in (["once"], ["test-channel", "slack"]):  # these send: the secret is required
        with pytest.raises(SystemExit) as stop:
            main([*args, "--config", str(cfg)])
        assert stop.value.code == 2, args
        assert "environment variable FM_TEST_UNSET_SLACK_URL is not set" in capsys.readouterr().err, args


def test_a_store_that_is_not_there_is_named_and_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "data" / "fm.db"
    cfg = tmp_path / "monitor.toml"
    cfg.write_text(SLACK_ONLY.format(store=store), "utf-8")
    for args in (["alerts"], ["mutes"], ["releases", "ALGIE"], ["ack", "1"], ["retry"], ["unmute", "ALGIE"]):
        assert main([*args, "--config", str(cfg)]) == 1, args
        out, err = capsys.readouterr()
        expected = f"filing-monitor {args[0]}: no store at {store} yet; `filing-monitor run` (or `once`) creates it\n"
        assert (out, err) == ("", expected), args
    assert not (tmp_path / "data").exists()


def test_a_store_of_a_newer_release_or_a_server_that_does_not_answer_is_an_error_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    cfg = write_config(tmp_path)
    assert main(["db", "upgrade", "--config", str(cfg)]) == 0
    with sqlite3.connect(tmp_path / "fm.db") as con:
        con.execute("update alembic_version set version_num = '9999'")
    capsys.readouterr()
    for args in (["alerts"], ["once"], ["mute", "ALGIE"]):
        assert main([*args, "--config", str(cfg)]) == 1, args
        err = capsys.readouterr().err
        assert err.startswith(f"filing-monitor {args[0]}: the store was written by a newer filing-monitor"), err

    closed = tmp_path / "closed.toml"  # nothing listens on port 1
    closed.write_text('[store]\nurl = "postgresql+psycopg://fm:secret@127.0.0.1:1/fm"\n[edgar]\nenabled = false\n')
    for args in (["alerts"], ["once"], ["db", "current"]):
        assert main([*args, "--config", str(closed)]) == 1, args
        err = capsys.readouterr().err
        assert "postgresql+psycopg://fm:***@127.0.0.1:1/fm: cannot open the store: " in err and "secret" not in err
    r = cli("run", "--config", str(closed))  # a process of its own: the daemon installs signal handlers
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert "postgresql+psycopg://fm:***@127.0.0.1:1/fm: cannot open the store: " in r.stderr
    assert "secret" not in r.stderr


def test_without_settings_the_error_says_where_they_are_looked_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FILING_MONITOR_CONFIG", raising=False)
    with pytest.raises(SystemExit) as stop:
        main(["alerts"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "config/monitor.toml: cannot read: No such file or directory",
        "(copy config/monitor.example.toml there, or name your settings with --config FILE or $FILING_MONITOR_CONFIG)",
    ]


def test_check_on_a_closed_pipe_ends_quietly_too(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(json.dumps({"id": n, "text": IMPAIRMENT_TEXT}) + "\n" for n in range(2000)), "utf-8")
    code, first, err = first_line_then_hang_up("check", "--jsonl", str(batch))
    assert code == 0 and json.loads(first)["kinds"] == ["impairment"] and err == ""
