"""The delivery policy on the store: routed alerts are placed in the outbox by monitor.alerts.policy
(muted, held for a digest, due after quiet hours, or due now), mutes are kept in the `mute` table, and
held rows are batched into digest messages.

Digests are durable. A held row waits in the outbox; at the channel's digest time `build_digests`
turns every due held row of a channel into ONE new outbox row (the digest message, delivered and
retried like any alert) and marks the held rows `digested` in the same transaction. So a restart at
any moment neither loses a digest nor sends one twice: either the transaction committed (the digest
row exists and its rows are no longer held) or it did not (the next run builds it). Several daemons
on PostgreSQL lock the rows they batch (FOR UPDATE SKIP LOCKED), so a row is batched once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.alerts import outbox, policy
from monitor.alerts.schedule import zone
from monitor.domain import KINDS, AlertMessage
from monitor.settings import Settings
from monitor.store import AlertRow, MuteRow, session_scope

log = logging.getLogger(__name__)


# ---- placing routed alerts ----------------------------------------------------------------------


def enqueue(
    session: Session,
    settings: Settings,
    msg: AlertMessage,
    channels: Sequence[str],
    *,
    now: datetime,
    finding_id: int | None = None,
    company_id: int | None = None,
) -> int:
    """outbox.enqueue with each channel's row placed by the delivery policy (in the caller's transaction)."""
    mutes = active_mutes(session, msg.ticker, now)
    configured = policy.rules_by_channel(settings.channel)
    placements = {
        name: policy.place(
            configured.get(name) or policy.ChannelRules(name),
            ticker=msg.ticker, kind=msg.kind, severity=msg.severity, mutes=mutes, now=now,
        )
        for name in channels
    }
    for name, p in placements.items():
        if p.status != policy.PENDING or p.note:
            log.info("alert %s via %s: %s", msg.idempotency_key, name, p.note)
    return outbox.enqueue(
        session, msg, list(channels), now=now, finding_id=finding_id, company_id=company_id, placements=placements
    )


# ---- mutes --------------------------------------------------------------------------------------


def _open(now: datetime) -> sa.ColumnElement[bool]:
    """Mutes neither ended by `unmute` nor expired at `now`."""
    return sa.and_(
        col(MuteRow.ended_at).is_(None), sa.or_(col(MuteRow.until).is_(None), col(MuteRow.until) > now)
    )


def active_mutes(session: Session, ticker: str, now: datetime) -> list[policy.Mute]:
    rows = session.exec(select(MuteRow).where(MuteRow.ticker == ticker.upper(), _open(now))).all()
    return [_mute(r) for r in rows]


def _mute(r: MuteRow) -> policy.Mute:
    assert r.id is not None
    return policy.Mute(r.id, r.ticker, r.kind, r.all_severities, r.until, r.reason)


def list_mutes(engine: Engine, now: datetime, *, include_ended: bool = False) -> list[MuteRow]:
    query = select(MuteRow).order_by(col(MuteRow.created_at), col(MuteRow.id))
    if not include_ended:
        query = query.where(_open(now))
    with Session(engine) as s:
        return list(s.exec(query).all())


def add_mute(
    engine: Engine,
    ticker: str,
    kinds: Sequence[str],
    *,
    now: datetime,
    until: datetime | None = None,
    reason: str = "",
    all_severities: bool = False,
) -> tuple[list[MuteRow], int]:
    """Mute `ticker` for `kinds` (none: every kind). An open mute of the same ticker and kind is
    replaced. Returns the new rows and how many were replaced."""
    ticker = ticker.upper()
    wanted = list(dict.fromkeys(kinds)) or [""]
    with session_scope(engine) as s:
        old = s.exec(select(MuteRow).where(MuteRow.ticker == ticker, col(MuteRow.kind).in_(wanted), _open(now))).all()
        for r in old:
            r.ended_at = now
            s.add(r)
        rows = [MuteRow(ticker=ticker, kind=k, reason=reason, all_severities=all_severities, created_at=now,
                        until=until) for k in wanted]
        s.add_all(rows)
        s.flush()
        return rows, len(old)


def end_mutes(engine: Engine, ticker: str, kinds: Sequence[str], *, now: datetime) -> tuple[int, list[MuteRow]]:
    """`unmute`: end the open mutes of `ticker` for `kinds` (none: all of them). An every-kind mute
    unmuted for some kinds is split: it ends, and the other kinds stay muted by new rows.
    Returns (mutes ended, rows added by a split)."""
    ticker = ticker.upper()
    with session_scope(engine) as s:
        rows = s.exec(select(MuteRow).where(MuteRow.ticker == ticker, _open(now))).all()
        ended = [r for r in rows if not kinds or r.kind in kinds or r.kind == ""]
        added: list[MuteRow] = []
        for r in ended:
            r.ended_at = now
            s.add(r)
            if r.kind == "" and kinds:
                rest = [k for k in KINDS if k not in kinds]
                added += [MuteRow(ticker=ticker, kind=k, reason=r.reason, all_severities=r.all_severities,
                                  created_at=now, until=r.until) for k in rest]
        s.add_all(added)
        s.flush()
        return len(ended), added


# ---- digests ------------------------------------------------------------------------------------


def build_digests(engine: Engine, settings: Settings, now: datetime) -> list[int]:
    """Batch every due held row into one digest row per channel; returns the new digest rows' ids.

    A channel whose digest setting was removed has its held rows sent in one last digest now; rows
    of a channel that is not configured any more wait (the outbox does the same for pending rows)."""
    with Session(engine) as s:
        names = s.exec(select(AlertRow.channel).where(AlertRow.status == policy.HELD).distinct()).all()
    configured = policy.rules_by_channel(settings.channel)
    built = []
    for name in sorted(names):
        if name in configured:
            digest_id = _build_one(engine, configured[name], now)
            if digest_id is not None:
                built.append(digest_id)
    return built


def _build_one(engine: Engine, rules: policy.ChannelRules, now: datetime) -> int | None:
    table = AlertRow.__table__  # type: ignore[attr-defined]
    c = table.c
    query = sa.select(c.id, c.payload, c.next_attempt_at).where(c.channel == rules.name, c.status == policy.HELD)
    if rules.digest is not None:
        query = query.where(c.next_attempt_at <= now)
    with session_scope(engine) as s:
        if s.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        rows = s.execute(query.order_by(c.created_at, c.id)).all()
        items, ids, bad = _readable(rows)
        if bad:
            s.execute(sa.update(table).where(c.id.in_(bad))
                      .values(status=outbox.DEAD, last_error="unreadable payload: not batched into a digest"))
        if not items:
            return None
        period_end = max(r.next_attempt_at for r in rows) if rules.digest is not None else now
        tz = rules.digest.tz if rules.digest is not None else zone(None)
        msg = policy.digest_message(rules.name, items, period_end, tz, batch=ids[0])
        place = policy.quiet_placement(rules, msg.severity, now)
        outbox.enqueue(s, msg, [rules.name], now=now, placements={rules.name: place})
        key = f"{msg.idempotency_key}|{rules.name}"
        digest_id = int(s.execute(sa.select(c.id).where(c.idempotency_key == key)).scalar_one())
        s.execute(sa.update(table).where(c.id.in_(ids))
                  .values(status=policy.DIGESTED, note=f"in digest {digest_id}"))
    log.info("digest %d for %s: %d alerts", digest_id, rules.name, len(items))
    return digest_id


def _readable(rows: Sequence[sa.Row[tuple[int, str, datetime]]]) -> tuple[list[AlertMessage], list[int], list[int]]:
    items, ids, bad = [], [], []
    for r in rows:
        try:
            items.append(AlertMessage.from_dict(json.loads(r.payload)))
            ids.append(r.id)
        except (ValueError, KeyError, TypeError):
            bad.append(r.id)
    return items, ids, bad
