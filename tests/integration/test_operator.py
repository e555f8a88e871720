"""The operator's workflow on a real SQLite store and real local servers: `retry` of dead alerts,
`once` exiting 1 when an alert of its run went dead, mutes (ending by themselves under a test clock,
critical alerts going through), `ack`, `alerts --json`, quiet hours and durable digests."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor import pipeline
from monitor import settings as settings_mod
from monitor.alerts import operator, outbox, policy, stage
from monitor.channels.jsonl import JsonlChannel
from monitor.channels.webhook import WebhookChannel
from monitor.cli import main
from monitor.domain import KINDS, Release, Severity
from monitor.store import AlertRow, make_engine, session_scope
from tests.conftest import cli
from tests.integration.alerts_support import T0, FakeClock, delivery, message, rows

ET = ZoneInfo("America/New_York")
IMPAIRMENT_TEXT = (
    "JAMESTOWN, N.Y.--(BUSINESS WIRE)--American Locker Group Incorporated (NASDAQ: ALGIE) today announced "
    "that it will record an impairment charge of approximately $6.4 million, including a goodwill write-down "
    "of $6.1 million, against its operating results in the first quarter of 2005."
)
DEFAULT_TEXT = (
    "JAMESTOWN, N.Y.--(BUSINESS WIRE)--American Locker Group Incorporated (NASDAQ: ALGIE) today announced that "
    "it received a notice of default from the lenders under its senior credit facility after it failed to make "
    "a scheduled interest payment of $2.1 million due on March 15, 2006."
)


def write_config(tmp_path: Path, hook_url: str = "http://127.0.0.1:9/hook", extra: str = "",
                 hook: str = "") -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
enabled = false
[delivery]
base_delay_seconds = 1
[[channel]]
name = "hook"
type = "webhook"
url = "{hook_url}"
{hook}
[[channel]]
name = "audit"
type = "jsonl"
path = "{tmp_path / 'alerts.jsonl'}"
[defaults]
channels = ["hook", "audit"]
[[watch]]
ticker = "ALGIE"
cik = 8855
name = "American Locker Group"
{extra}
""")
    return path


def load(path: Path) -> settings_mod.Settings:
    return settings_mod.load(path, env={})


def engine_of(settings: settings_mod.Settings) -> sa.Engine:
    return make_engine(settings.store.url)


def enqueue(settings: settings_mod.Settings, msgs: list, channels: list[str], now: datetime) -> None:
    engine = engine_of(settings)
    with session_scope(engine) as s:
        for m in msgs:
            stage.enqueue(s, settings, m, channels, now=now)
    engine.dispose()


def set_status(settings: settings_mod.Settings, status: str, **where: object) -> None:
    engine = engine_of(settings)
    with engine.begin() as conn:
        conn.execute(sa.update(AlertRow.__table__).where(  # type: ignore[attr-defined]
            *[getattr(AlertRow.__table__.c, k) == v for k, v in where.items()]).values(status=status))  # type: ignore[attr-defined]
    engine.dispose()


def all_rows(settings: settings_mod.Settings) -> list[AlertRow]:
    engine = engine_of(settings)
    try:
        return rows(engine)
    finally:
        engine.dispose()


# ---- retry and once -----------------------------------------------------------------------------


def test_a_dead_webhook_made_alive_again_then_retry_delivers(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("no such hook", status=410)
    cfg = write_config(tmp_path, httpserver.url_for("/hook"))
    settings = load(cfg)
    enqueue(settings, [message(1)], ["hook"], now=outbox.utcnow())

    # `once` dispatches; the alert goes dead: exit 1, and the dead alert is listed.
    assert main(["once", "--config", str(cfg)]) == 1
    out = capsys.readouterr().out
    assert "1 alert(s) went dead in this run" in out and "HTTP 410" in out
    (row,) = all_rows(settings)
    assert (row.status, row.attempts) == ("dead", 1)

    httpserver.clear_all_handlers()
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=204)
    assert main(["retry", "--dry-run", "--config", str(cfg)]) == 0
    assert "dry run: 1 alert(s) would be requeued" in capsys.readouterr().out
    assert all_rows(settings)[0].status == "dead"

    assert main(["retry", "--config", str(cfg)]) == 0
    assert "requeued 1 alert(s)" in capsys.readouterr().out
    (requeued,) = all_rows(settings)
    assert (requeued.status, requeued.attempts, requeued.last_error) == ("pending", 0, "")
    assert requeued.idempotency_key == row.idempotency_key and "requeued by retry" in requeued.note

    assert main(["once", "--config", str(cfg)]) == 0
    assert "dispatch: sent 1, retried 0, dead 0" in capsys.readouterr().out
    (sent,) = all_rows(settings)
    assert (sent.status, sent.attempts) == ("sent", 1)
    keys = [req.headers["Idempotency-Key"] for req, _ in httpserver.log]
    assert keys == ["ALGIE|impairment|1", "ALGIE|impairment|1"]  # the same key both times
    assert main(["retry", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.strip() == "nothing to retry"


def test_retry_selects_by_id_channel_and_day_and_leaves_acknowledged_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load(write_config(tmp_path))
    enqueue(settings, [message(1)], ["hook", "audit"], now=T0)  # ids 1, 2
    enqueue(settings, [message(2)], ["hook"], now=T0 + timedelta(days=3))  # id 3
    enqueue(settings, [message(3)], ["hook"], now=T0 + timedelta(days=3))  # id 4
    set_status(settings, "dead")
    engine = engine_of(settings)
    outbox.acknowledge(engine, 4, "known: the relay is being replaced", now=T0)
    engine.dispose()

    assert operator.retry(settings, [], channel="audit", dry_run=True) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:-1]] == ["2"]
    assert operator.retry(settings, [], since=date(2005, 8, 1), dry_run=True) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()[1:-1]] == ["3"]  # not acked 4
    assert operator.retry(settings, [4, 99], now=T0) == 1  # named: acknowledged or not, it is requeued
    captured = capsys.readouterr()
    assert "requeued 1 alert(s)" in captured.out and "no alert 99" in captured.err
    assert {r.id: r.status for r in all_rows(settings)} == {1: "dead", 2: "dead", 3: "dead", 4: "pending"}
    assert operator.retry(settings, [4]) == 1
    assert "alert 4 is pending: only dead or muted alerts are requeued" in capsys.readouterr().err


def test_a_url_the_library_cannot_send_to_is_dead_at_once(tmp_path: Path) -> None:
    settings = load(write_config(tmp_path))
    enqueue(settings, [message(1)], ["hook"], now=T0)
    engine, clock = engine_of(settings), FakeClock()
    hook = WebhookChannel("hook", "hooks.example.com/services/x")  # no scheme: requests cannot send it
    stats = outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=clock, sleep=clock.sleep)
    (row,) = rows(engine)
    assert (stats.dead, stats.retried, row.status) == (1, 0, "dead")
    assert row.last_error.startswith("permanent failure: webhook hook: cannot send to this URL: MissingSchema")
    assert "hooks.example.com/services/x" not in row.last_error  # the URL is a secret
    engine.dispose()


# ---- mutes --------------------------------------------------------------------------------------


def wire(text: str, uid: str) -> Release:
    return Release(source="wire:businesswire", uid=uid, ticker="ALGIE", text=text, url=f"https://wire.example/{uid}")


def test_a_mute_for_7d_holds_alerts_back_and_ends_by_itself_under_a_test_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load(write_config(tmp_path))
    assert operator.mute(settings, "algie", duration=operator.parse_duration("7d"), reason="hearing", now=T0) == 0
    assert "muted ALGIE (every kind) until 2005-08-05 17:00 EDT" in capsys.readouterr().out
    engine = engine_of(settings)
    pipeline.ingest(engine, settings, wire(IMPAIRMENT_TEXT, "a"), now=T0 + timedelta(days=1))
    muted = rows(engine)
    assert [(r.channel, r.status) for r in muted] == [("hook", "muted"), ("audit", "muted")]
    assert muted[0].note == "muted by mute 1: hearing"
    clock = FakeClock(T0 + timedelta(days=1))
    audit = JsonlChannel("audit", tmp_path / "alerts.jsonl", clock=clock)
    assert outbox.dispatch_due(engine, {"audit": audit}, delivery(), now=clock).sent == 0

    later = T0 + timedelta(days=7, seconds=1)  # the mute has ended by itself
    pipeline.ingest(engine, settings, wire(DEFAULT_TEXT, "b"), now=later)
    fresh = [r for r in rows(engine) if r.kind == "default"]
    assert [r.status for r in fresh] == ["pending", "pending"]
    clock.t = later
    assert outbox.dispatch_due(engine, {"audit": audit}, delivery(), now=clock).sent == 1
    engine.dispose()
    assert [json.loads(x)["kind"] for x in (tmp_path / "alerts.jsonl").read_text().splitlines()] == ["default"]

    assert operator.list_mutes(settings, now=later) == 0
    assert capsys.readouterr().out.strip() == "no mutes"
    assert operator.list_mutes(settings, include_ended=True, as_json=True, now=later) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert (record["ticker"], record["kind"], record["active"], record["reason"]) == ("ALGIE", None, False, "hearing")
    assert datetime.fromisoformat(record["until"]) == T0 + timedelta(days=7)


def test_critical_alerts_go_through_a_mute_unless_it_covers_all_severities(tmp_path: Path) -> None:
    settings = load(write_config(tmp_path))
    engine = engine_of(settings)
    stage.add_mute(engine, "ALGIE", [], now=T0)
    enqueue(settings, [message(1, severity=Severity.critical), message(2)], ["audit"], now=T0)
    assert [r.status for r in rows(engine)] == ["pending", "muted"]
    stage.add_mute(engine, "ALGIE", [], now=T0, all_severities=True)  # replaces the first
    enqueue(settings, [message(3, severity=Severity.critical)], ["audit"], now=T0)
    assert [r.status for r in rows(engine)][-1] == "muted"
    assert len(stage.list_mutes(engine, T0)) == 1
    engine.dispose()


def test_mute_kinds_unmute_and_mutes_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = str(write_config(tmp_path))
    assert main(["mute", "ALGIE", "--config", cfg, "--until", "2999-01-01", "--reason", "chapter 11 hearing"]) == 0
    assert "until 2999-01-01 00:00 EST" in capsys.readouterr().out
    assert main(["unmute", "ALGIE", "--kind", "default", "--config", cfg]) == 0
    out = capsys.readouterr().out
    assert "unmuted ALGIE for default (1 mute(s) ended); still muted:" in out
    assert main(["mutes", "--json", "--config", cfg]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(r["kind"] for r in records) == sorted(k for k in KINDS if k != "default")
    assert {r["reason"] for r in records} == {"chapter 11 hearing"}
    assert main(["mutes", "--config", cfg]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["ID", "TICKER", "KIND", "SINCE", "UNTIL", "SEVERITIES", "STATE", "REASON"]
    assert all("2999-01-01 00:00 EST" in line and "below critical" in line for line in table[1:])
    assert main(["unmute", "ALGIE", "--config", cfg]) == 0
    assert main(["unmute", "ALGIE", "--config", cfg]) == 1
    assert "ALGIE has no open mute" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["ALGI"], "ALGI is not in the watchlist (did you mean 'ALGIE'?)"),
    (["ALGIE", "--kind", "impairmnet"], '--kind: unknown kind "impairmnet"; did you mean "impairment"?'),
    (["ALGIE", "--until", "2001-01-01"], "--until: 2001-01-01 00:00 EST is not in the future"),
    (["ALGIE", "--until", "next week"], "--until: not a date or time: 'next week'"),
])
def test_mute_refuses_bad_input_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["mute", *args, "--config", str(write_config(tmp_path))]) == 2
    assert message in capsys.readouterr().err


def test_mute_for_needs_a_duration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["mute", "ALGIE", "--for", "a week", "--config", str(write_config(tmp_path))])
    assert e.value.code == 2
    assert "not a duration: 'a week' (e.g. 30m, 12h, 7d, 2w)" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "expected"), [
    ("7d", timedelta(days=7)), ("12h", timedelta(hours=12)), ("1d12h", timedelta(days=1, hours=12)),
    ("2w", timedelta(weeks=2)), ("30m", timedelta(minutes=30)),
])
def test_parse_duration(text: str, expected: timedelta) -> None:
    assert operator.parse_duration(text) == expected


# ---- ack and alerts -----------------------------------------------------------------------------


def test_ack_records_the_note_and_withdraws_copies_not_sent_yet(
    tmp_path: Path, httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    cfg = write_config(tmp_path, httpserver.url_for("/hook"))
    settings = load(cfg)
    enqueue(settings, [message(1)], ["hook", "audit"], now=T0)
    engine, clock = engine_of(settings), FakeClock()
    hook = WebhookChannel("hook", httpserver.url_for("/hook"))
    outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=clock)  # audit is not sent (not given)
    engine.dispose()
    assert main(["ack", "1", "--note", "seen; calling the CFO", "--config", str(cfg)]) == 0
    assert capsys.readouterr().out.strip() == "acknowledged alert 1 and its copies 2; 1 not yet sent will not be"
    sent, withdrawn = all_rows(settings)
    assert (sent.status, withdrawn.status) == ("sent", "acked")
    assert sent.acked_at is not None and sent.ack_note == withdrawn.ack_note == "seen; calling the CFO"
    assert main(["alerts", "--config", str(cfg), "--status", "acked"]) == 0
    out = capsys.readouterr().out
    assert "audit" in out and "acked " in out and "seen; calling the CFO" in out
    assert main(["ack", "42", "--config", str(cfg)]) == 1
    assert "no alert 42" in capsys.readouterr().err


def test_alerts_json_lines_carry_the_jsonl_channels_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path)
    settings = load(cfg)
    enqueue(settings, [message(1), message(2, ticker="ZZZ")], ["audit"], now=T0)
    engine, clock = engine_of(settings), FakeClock()
    audit = JsonlChannel("audit", tmp_path / "alerts.jsonl", clock=clock)
    outbox.dispatch_due(engine, {"audit": audit}, delivery(), now=clock)
    engine.dispose()
    channel_lines = {json.loads(x)["idempotency_key"]: json.loads(x)
                     for x in (tmp_path / "alerts.jsonl").read_text().splitlines()}

    assert main(["alerts", "--json", "--config", str(cfg)]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in listed] == [2, 1]  # newest first
    for record in listed:
        from_channel = channel_lines[record["idempotency_key"]]
        assert set(from_channel) <= set(record)
        assert {k: v for k, v in record.items() if k in from_channel and k != "sent_at"} == \
            {k: v for k, v in from_channel.items() if k != "sent_at"}
        assert datetime.fromisoformat(record["sent_at"]) == T0
        assert (record["channel"], record["status"], record["attempts"]) == ("audit", "sent", 1)
    assert main(["alerts", "--json", "--ticker", "zzz", "--config", str(cfg)]) == 0
    assert [json.loads(x)["ticker"] for x in capsys.readouterr().out.splitlines()] == ["ZZZ"]


def test_alerts_table_shows_every_time_with_its_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = write_config(tmp_path)
    enqueue(load(cfg), [message(1)], ["audit"], now=T0)
    assert main(["alerts", "--config", str(cfg)]) == 0
    header, line = capsys.readouterr().out.splitlines()
    assert header.split() == ["ID", "CREATED", "TICKER", "KIND", "CHANNEL", "STATUS", "ATTEMPTS", "DUE", "NOTE"]
    assert line.count("2005-07-29 17:00 EDT") == 2  # created and due, in US Eastern by default
    utc = write_config(tmp_path, extra='[display]\ntimezone = "UTC"')
    assert main(["alerts", "--config", str(utc), "--since", "2005-07-29"]) == 0
    assert capsys.readouterr().out.splitlines()[1].count("2005-07-29 21:00 UTC") == 2
    assert main(["alerts", "--config", str(utc), "--since", "2005-07-30"]) == 0
    assert capsys.readouterr().out.strip() == "no alerts"


# ---- quiet hours and digests --------------------------------------------------------------------


def test_quiet_hours_hold_an_alert_until_they_end(tmp_path: Path) -> None:
    settings = load(write_config(tmp_path, hook='quiet_hours = "22:00-07:00 America/New_York"'))
    night = datetime(2005, 7, 29, 23, 0, tzinfo=ET)
    enqueue(settings, [message(1), message(2, severity=Severity.critical)], ["hook"], now=night)
    engine = engine_of(settings)
    (quiet, critical) = rows(engine)
    assert (quiet.status, quiet.next_attempt_at) == ("pending", datetime(2005, 7, 30, 7, 0, tzinfo=ET))
    assert quiet.note == "quiet hours until 2005-07-30 07:00 EDT"
    assert critical.next_attempt_at == night
    engine.dispose()


def test_a_retry_that_would_fall_in_quiet_hours_waits_until_they_end(tmp_path: Path, httpserver: HTTPServer) -> None:
    """A send failing just before the quiet hours is not retried in them (a critical alert is)."""
    httpserver.expect_request("/hook").respond_with_data("busy", status=503)
    settings = load(write_config(tmp_path, httpserver.url_for("/hook"),
                                 hook='quiet_hours = "22:00-07:00 America/New_York"'))
    evening = datetime(2005, 7, 29, 21, 59, 58, tzinfo=ET)
    enqueue(settings, [message(1), message(2, severity=Severity.critical)], ["hook"], now=evening)
    engine = engine_of(settings)
    try:
        hook = WebhookChannel("hook", httpserver.url_for("/hook"))
        stats = outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=FakeClock(evening), rng=lambda: 0.0,
                                    rules=policy.rules_by_channel(settings.channel))
        assert (stats.sent, stats.retried) == (0, 2)
        (quiet, critical) = rows(engine)
        assert quiet.next_attempt_at == datetime(2005, 7, 30, 7, 0, tzinfo=ET)
        assert critical.next_attempt_at < datetime(2005, 7, 29, 22, 1, tzinfo=ET)  # the usual backoff
    finally:
        engine.dispose()


def digest_settings(tmp_path: Path, url: str) -> settings_mod.Settings:
    return load(write_config(tmp_path, url, hook='digest = "hourly"\ndigest_below = "critical"'))


def test_a_digest_built_across_restarts_is_sent_once(tmp_path: Path, httpserver: HTTPServer) -> None:
    """Each step opens the store afresh, as a restarted daemon does; the clock is explicit."""
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    settings = digest_settings(tmp_path, httpserver.url_for("/hook"))
    t = datetime(2026, 5, 1, 10, 5, tzinfo=UTC)
    enqueue(settings, [message(1), message(2, kind="default"), message(3, severity=Severity.critical)],
            ["hook"], now=t)
    assert [(r.status, r.next_attempt_at) for r in all_rows(settings)] == [
        ("held", datetime(2026, 5, 1, 11, 0, tzinfo=UTC)), ("held", datetime(2026, 5, 1, 11, 0, tzinfo=UTC)),
        ("pending", t),  # critical: at once
    ]

    def restart_and_run(now: datetime, *, send: bool = True) -> tuple[list[int], int]:
        engine = engine_of(settings)
        try:
            built = stage.build_digests(engine, settings, now)
            clock = FakeClock(now)
            hook = WebhookChannel("hook", httpserver.url_for("/hook"))
            sent = outbox.dispatch_due(engine, {"hook": hook}, delivery(), now=clock).sent if send else 0
            return built, sent
        finally:
            engine.dispose()

    assert restart_and_run(t + timedelta(minutes=25)) == ([], 1)  # the critical alert only
    built, _ = restart_and_run(datetime(2026, 5, 1, 11, 0, 30, tzinfo=UTC), send=False)  # "crash" before sending
    assert len(built) == 1
    assert restart_and_run(datetime(2026, 5, 1, 11, 1, tzinfo=UTC)) == ([], 1)
    assert restart_and_run(datetime(2026, 5, 1, 12, 30, tzinfo=UTC)) == ([], 0)

    bodies = [json.loads(req.get_data()) for req, _ in httpserver.log]
    assert [b["kind"] for b in bodies] == ["impairment", "digest"]
    digest = bodies[1]
    assert [m["idempotency_key"] for m in digest["digest"]] == ["ALGIE|impairment|1", "ALGIE|impairment|2"]
    assert digest["summary"] == "2 alerts up to 2026-05-01 07:00 EDT: 1 default, 1 impairment"
    statuses = {r.id: (r.status, r.note) for r in all_rows(settings)}
    assert statuses[1] == statuses[2] == ("digested", f"in digest {built[0]}")
    assert statuses[built[0]][0] == "sent"


def test_once_sends_a_due_digest_and_a_second_run_sends_nothing(tmp_path: Path, httpserver: HTTPServer) -> None:
    """Two real processes: what the first built and sent, the second does not repeat."""
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    settings = digest_settings(tmp_path, httpserver.url_for("/hook"))
    enqueue(settings, [message(1), message(2)], ["hook"], now=outbox.utcnow() - timedelta(hours=2))
    for expected in (1, 1):
        r = cli("once", "--config", str(tmp_path / "monitor.toml"), timeout=60)
        assert r.returncode == 0, r.stderr
        assert len(httpserver.log) == expected
    (req, _), = httpserver.log
    assert len(json.loads(req.get_data())["digest"]) == 2
    with Session(make_engine(settings.store.url)) as s:
        assert sorted(s.exec(select(AlertRow.status)).all()) == ["digested", "digested", "sent"]


def test_held_rows_of_a_channel_whose_digest_was_switched_off_go_out_in_one_last_digest(tmp_path: Path) -> None:
    on = digest_settings(tmp_path, "http://127.0.0.1:9/hook")
    enqueue(on, [message(1)], ["hook"], now=T0)
    off = load(write_config(tmp_path))
    engine = engine_of(off)
    (digest_id,) = stage.build_digests(engine, off, T0 + timedelta(minutes=1))
    assert {r.id: r.status for r in rows(engine)} == {1: "digested", digest_id: policy.PENDING}
    engine.dispose()
