"""The operator's commands on alerts: `alerts`, `retry`, `mute`, `unmute`, `mutes`, `ack`, `test-channel`.

Each returns the exit code (0 ok, 1 runtime failure or nothing found, 2 bad input) and prints to
stdout; problems go to stderr. Times are shown in `[display] timezone` with their zone name; `--json`
prints one JSON object per line with ISO 8601 times.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor import settings as settings_mod
from monitor.alerts import compose, outbox, policy, stage
from monitor.display import iso, json_line, show_time, suggest, table
from monitor.domain import DeliveryError
from monitor.store import AlertRow, MuteRow, make_engine

_UTC = ZoneInfo("UTC")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _refused(problems: list[str]) -> bool:
    """Print bad-input problems (the caller exits 2); False when there are none."""
    for p in problems:
        _err(p)
    return bool(problems)


@contextmanager
def _store(settings: settings_mod.Settings, *, existing: bool = True) -> Iterator[Engine]:
    """The daemon's store; one that does not exist yet is an error (StoreError) unless `existing` is
    False (a mute may come before the daemon's first start)."""
    engine = make_engine(settings.store.url, existing=existing)
    try:
        yield engine
    finally:
        engine.dispose()


# ---- alerts -------------------------------------------------------------------------------------


def list_alerts(
    settings: settings_mod.Settings,
    *,
    since: date | None = None,
    ticker: str | None = None,
    status: str | None = None,
    channel: str | None = None,
    as_json: bool = False,
) -> int:
    """`filing-monitor alerts`: newest first, as a table or as JSON lines."""
    with _store(settings) as engine:
        rows = alert_rows(engine, since=since, ticker=ticker, status=status, channel=channel,
                          tz=settings.display.zone())
    if as_json:
        for r in rows:
            print(json_line(alert_json(r)))
    else:
        print(format_alerts(rows, settings.display.zone()))
    return 0


def alert_rows(
    engine: Engine,
    *,
    since: date | None = None,
    ticker: str | None = None,
    status: str | None = None,
    channel: str | None = None,
    ids: Sequence[int] = (),
    tz: ZoneInfo = _UTC,
) -> list[AlertRow]:
    """Alert rows, newest first. `since` is a day in the display zone `tz`."""
    query = select(AlertRow).order_by(col(AlertRow.created_at).desc(), col(AlertRow.id).desc())
    if since is not None:
        query = query.where(AlertRow.created_at >= datetime(since.year, since.month, since.day, tzinfo=tz))
    if status:
        query = query.where(AlertRow.status == status)
    if channel:
        query = query.where(AlertRow.channel == channel)
    if ids:
        query = query.where(col(AlertRow.id).in_(list(ids)))
    if ticker:
        needle = json.dumps(ticker.upper(), ensure_ascii=False)
        query = query.where(col(AlertRow.payload).contains(needle, autoescape=True))
    with Session(engine) as session:
        rows = list(session.exec(query).all())
    if ticker:
        rows = [r for r in rows if str(payload(r).get("ticker", "")).upper() == ticker.upper()]
    return rows


def payload(row: AlertRow) -> dict[str, Any]:
    try:
        data = json.loads(row.payload)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def alert_json(row: AlertRow) -> dict[str, Any]:
    """The jsonl channel's fields (the message, `sent_at`) plus the outbox's view of the row."""
    return {
        **payload(row),
        "sent_at": iso(row.sent_at),
        "id": row.id,
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "last_error": row.last_error,
        "note": row.note,
        "created_at": iso(row.created_at),
        "next_attempt_at": iso(row.next_attempt_at) if row.status in (outbox.PENDING, outbox.SENDING,
                                                                        policy.HELD) else None,
        "acked_at": iso(row.acked_at),
        "ack_note": row.ack_note,
    }


def format_alerts(rows: list[AlertRow], tz: ZoneInfo) -> str:
    if not rows:
        return "no alerts"
    header = ("ID", "CREATED", "TICKER", "KIND", "CHANNEL", "STATUS", "ATTEMPTS", "DUE", "NOTE")
    return table(header, (
        (
            str(r.id),
            show_time(r.created_at, tz),
            str(payload(r).get("ticker", "")),
            r.kind,
            r.channel,
            r.status,
            str(r.attempts),
            show_time(r.next_attempt_at, tz) if r.status in (outbox.PENDING, outbox.SENDING, policy.HELD) else "",
            compose.cut(compose.one_line(_note(r, tz)), 100),
        )
        for r in rows
    ))


def _note(r: AlertRow, tz: ZoneInfo) -> str:
    parts = [r.last_error, r.note]
    if r.acked_at:
        parts.append(f"acked {show_time(r.acked_at, tz)}" + (f": {r.ack_note}" if r.ack_note else ""))
    return "; ".join(p for p in parts if p)


# ---- retry --------------------------------------------------------------------------------------


def retry(
    settings: settings_mod.Settings,
    ids: Sequence[int],
    *,
    channel: str | None = None,
    since: date | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> int:
    """`filing-monitor retry`: dead alerts back in the outbox (named ones may also be muted).
    Without IDs, acknowledged alerts are left alone. 1 when a named alert cannot be requeued."""
    now = now or utcnow()
    tz = settings.display.zone()
    with _store(settings) as engine:
        rows = alert_rows(engine, ids=ids, channel=channel, since=since, tz=tz)
        wanted = [r for r in rows if r.status in outbox.REQUEUEABLE] if ids else \
            [r for r in rows if r.status == outbox.DEAD and r.acked_at is None]
        code = _check_named(ids, rows)
        if channel and channel not in {c.name for c in settings.channel}:
            _err(f"note: channel {channel!r} is not configured{suggest(channel, [c.name for c in settings.channel])}; "
                 "its alerts wait until it is")
        if not wanted:
            print("nothing to retry")
            return code
        print(format_alerts(wanted, tz))
        if dry_run:
            print(f"dry run: {len(wanted)} alert(s) would be requeued")
            return code
        n = outbox.requeue(engine, [r.id for r in wanted if r.id is not None], now=now)
        print(f"requeued {n} alert(s); the daemon (or the next `filing-monitor once`) sends them")
        return code


def _check_named(ids: Sequence[int], rows: list[AlertRow]) -> int:
    found = {r.id: r for r in rows}
    code = 0
    for i in ids:
        row = found.get(i)
        if row is None:
            _err(f"no alert {i} (or it does not match --channel/--since)")
            code = 1
        elif row.status not in outbox.REQUEUEABLE:
            _err(f"alert {i} is {row.status}: only dead or muted alerts are requeued")
            code = 1
    return code


# ---- ack ----------------------------------------------------------------------------------------


def ack(settings: settings_mod.Settings, alert_id: int, note: str = "", *, now: datetime | None = None) -> int:
    with _store(settings) as engine:
        result = outbox.acknowledge(engine, alert_id, note, now=now or utcnow())
    if result is None:
        _err(f"no alert {alert_id}")
        return 1
    ids, withdrawn = result
    others = [i for i in ids if i != alert_id]
    print(f"acknowledged alert {alert_id}" + (f" and its copies {', '.join(map(str, others))}" if others else "")
          + (f"; {withdrawn} not yet sent will not be" if withdrawn else ""))
    return 0


# ---- mutes --------------------------------------------------------------------------------------

_DURATION = re.compile(r"(\d+)([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> timedelta:
    """`30m`, `12h`, `7d`, `2w`, or a sum such as `1d12h`. Raises ValueError."""
    value = text.strip().lower()
    parts = _DURATION.findall(value)
    if not parts or "".join(n + u for n, u in parts) != value:
        raise ValueError(f"not a duration: {text!r} (e.g. 30m, 12h, 7d, 2w)")
    total = sum((timedelta(**{_UNITS[u]: int(n)}) for n, u in parts), timedelta())
    if total <= timedelta():
        raise ValueError(f"not a positive duration: {text!r}")
    return total


def parse_until(text: str, tz: ZoneInfo) -> datetime:
    """`2026-06-15` (its midnight) or `2026-06-15T14:00`, in the display zone unless an offset is given."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date or time: {text!r} (e.g. 2026-06-15 or 2026-06-15T14:00)") from None
    return (when if when.tzinfo else when.replace(tzinfo=tz)).astimezone(UTC)


def mute(
    settings: settings_mod.Settings,
    ticker: str,
    *,
    kinds: Sequence[str] = (),
    duration: timedelta | None = None,
    until: str | None = None,
    reason: str = "",
    all_severities: bool = False,
    now: datetime | None = None,
) -> int:
    now = now or utcnow()
    tz = settings.display.zone()
    ticker = ticker.strip().upper()
    problems = _check_ticker(settings, ticker) + _check_kinds(kinds)
    end = now + duration if duration else None
    if until:
        end = _until(until, tz, now, problems)
    if _refused(problems):
        return 2
    with _store(settings, existing=False) as engine:
        rows, replaced = stage.add_mute(engine, ticker, kinds, now=now, until=end, reason=reason,
                                        all_severities=all_severities)
    what = ", ".join(kinds) or "every kind"
    lasts = f"until {show_time(end, tz)}" if end else "until `filing-monitor unmute`"
    severities = "critical alerts too" if all_severities else \
        "critical alerts still go out (--all-severities mutes them too)"
    ids = ", ".join(str(r.id) for r in rows)
    print(f"muted {ticker} ({what}) {lasts}; {severities} [mute {ids}]"
          + (f"; replaces {replaced} earlier mute(s)" if replaced else ""))
    return 0


def _until(text: str, tz: ZoneInfo, now: datetime, problems: list[str]) -> datetime | None:
    try:
        end = parse_until(text, tz)
    except ValueError as e:
        problems.append(f"--until: {e}")
        return None
    if end <= now:
        problems.append(f"--until: {show_time(end, tz)} is not in the future")
    return end


def _check_ticker(settings: settings_mod.Settings, ticker: str) -> list[str]:
    watched = [w.ticker for w in settings.watch]
    if settings.watch_by_ticker(ticker) is None:
        return [f"{ticker} is not in the watchlist{suggest(ticker, watched)}"]
    return []


def _check_kinds(kinds: Sequence[str]) -> list[str]:
    problems = []
    for k in kinds:
        try:
            settings_mod.known_kind(k)
        except ValueError as e:
            problems.append(f"--kind: {e}")
    return problems


def unmute(settings: settings_mod.Settings, ticker: str, *, kinds: Sequence[str] = (),
           now: datetime | None = None) -> int:
    ticker = ticker.strip().upper()
    if _refused(_check_kinds(kinds)):
        return 2
    with _store(settings) as engine:
        ended, added = stage.end_mutes(engine, ticker, kinds, now=now or utcnow())
    if not ended:
        _err(f"{ticker} has no open mute" + (f" for {', '.join(kinds)}" if kinds else ""))
        return 1
    print(f"unmuted {ticker}" + (f" for {', '.join(kinds)}" if kinds else "") + f" ({ended} mute(s) ended)"
          + (f"; still muted: {', '.join(r.kind for r in added)}" if added else ""))
    return 0


def list_mutes(settings: settings_mod.Settings, *, include_ended: bool = False, as_json: bool = False,
               now: datetime | None = None) -> int:
    now = now or utcnow()
    tz = settings.display.zone()
    with _store(settings) as engine:
        rows = stage.list_mutes(engine, now, include_ended=include_ended)
    if as_json:
        for r in rows:
            print(json_line(mute_json(r, now)))
        return 0
    if not rows:
        print("no mutes")
        return 0
    header = ("ID", "TICKER", "KIND", "SINCE", "UNTIL", "SEVERITIES", "STATE", "REASON")
    print(table(header, (
        (str(r.id), r.ticker, r.kind or "all", show_time(r.created_at, tz),
         show_time(r.until, tz) if r.until else "unmuted by hand", "all" if r.all_severities else "below critical",
         _mute_state(r, now, tz), compose.cut(compose.one_line(r.reason), 60))
        for r in rows
    )))
    return 0


def _mute_state(r: MuteRow, now: datetime, tz: ZoneInfo) -> str:
    if r.ended_at:
        return f"unmuted {show_time(r.ended_at, tz)}"
    if r.until and r.until <= now:
        return "expired"
    return "active"


def mute_json(r: MuteRow, now: datetime) -> dict[str, Any]:
    return {
        "id": r.id,
        "ticker": r.ticker,
        "kind": r.kind or None,
        "reason": r.reason,
        "all_severities": r.all_severities,
        "created_at": iso(r.created_at),
        "until": iso(r.until),
        "ended_at": iso(r.ended_at),
        "active": r.ended_at is None and (r.until is None or now < r.until),
    }


# ---- test-channel -------------------------------------------------------------------------------


def test_channel(settings: settings_mod.Settings, name: str, *, now: datetime | None = None) -> int:
    """`filing-monitor test-channel NAME`: the sample alert marked as a test (`[TEST]` in the headline
    and subject, `"test": true` in webhook and jsonl payloads); 0 sent, 1 failed, 2 bad name."""
    from monitor.channels.base import build_channel

    names = [c.name for c in settings.channel]
    if name not in names:
        _err(f"unknown channel {name!r}{suggest(name, names)}; known channels: {', '.join(names) or 'none configured'}")
        return 2
    try:
        channel = build_channel(settings.channel_by_name(name), os.environ)
    except settings_mod.ConfigError as e:
        for problem in e.problems:
            _err(problem)
        return 2
    sample = compose.sample_message()
    # Each test has its own key (receivers that drop repeated keys still show it): the time and a nonce.
    stamp = f"{(now or utcnow()):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    msg = replace(sample, test=True, idempotency_key=f"{sample.idempotency_key}|{stamp}")
    try:
        channel.send(msg)
    except DeliveryError as e:
        _err(f"failed ({'transient' if e.transient else 'permanent'}): {e}")
        return 1
    print("sent")
    return 0
