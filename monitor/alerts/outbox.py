"""The durable outbox: alert rows written with the release, delivered by a dispatcher.

Life of a row: `pending` -> claimed (`sending`, with a lease `claimed_until`) -> `sent`, or back to
`pending` with a later `next_attempt_at` (transient failure), or `dead` (permanent failure, too many
attempts, too old). `filing-monitor alerts` shows all of them.
The delivery policy (monitor.alerts.policy) may start a row `muted` (never sent), `held` (for
its channel's digest: monitor.alerts.stage batches it into a digest row, then it is `digested`) or
pending but due when quiet hours end. `ack` withdraws copies not sent yet (`acked`); `retry` puts
dead rows back to `pending` (requeue).

Crash safety. The claim is its own short write transaction (SQLite: BEGIN IMMEDIATE serialises
claimers; PostgreSQL: FOR UPDATE SKIP LOCKED lets several dispatchers share the table) and is
committed before the channel is called; nothing is sent inside a transaction. Rows are claimed one
at a time and marked right after their send, so when a dispatcher dies at most the one row it was
sending is in doubt: its lease expires and the next dispatcher sends it again (at most one repeat,
which receivers can drop by idempotency key). Attempts are counted at claim time, so a row that
kills the dispatcher every time still ends dead.

Owners. Each claim records its owner (`Owner.id`). A daemon that starts, and every dispatch round,
puts back at once the claims of owners that are gone (`reclaim_orphans`), so an alert in flight
when a daemon was killed is sent again right after the restart (or by a surviving instance sharing
PostgreSQL) instead of after the lease. Whether an owner is gone: on PostgreSQL every owner holds a
session-level advisory lock for its life (the server drops it when the process dies); on SQLite
only one daemon can run on a store (the daemon's file lock), so the claims of any other daemon
were left by a dead one, while those of one-off commands (`once`) wait for their lease. A live
owner's claims are never taken: its lease outlasts its send, since every channel has a total
deadline.

Rate limits are per channel and per process: sends through one channel are spaced by
1 / rate_per_second using the injected clock and sleep. A channel that answers with Retry-After
(429, 503) is paused in the store (monitor.store.pauses): no process sends to it before the pause
ends, whatever the alert, also after a restart; other channels go on.
"""

from __future__ import annotations

import json
import logging
import os
import random
import secrets
import socket
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from monitor import settings as settings_mod
from monitor.alerts.policy import ACKED, HELD, MUTED, ChannelRules, Placement, quiet_placement
from monitor.domain import AlertMessage, DeliveryError, SourceRef
from monitor.store import AlertRow, pauses

if TYPE_CHECKING:
    from monitor.channels.base import Channel

log = logging.getLogger(__name__)

PENDING, SENDING, SENT, DEAD = "pending", "sending", "sent", "dead"
LEASE_SECONDS = 300.0  # longer than any channel timeout (e-mail: 30 s), so a live send keeps its claim
MAX_BACKOFF_SECONDS = 6 * 3600.0
JITTER = 0.25  # a retry waits 100-125 % of its nominal delay: never sooner, and not all at once
NOT_CONFIGURED = "channel not configured"
ERROR_MAX = 1000
# Advisory-lock class of claim owners on PostgreSQL (two-int form, apart from the one-key locks).
OWNER_LOCK_CLASS = zlib.crc32(b"filing-monitor:claim-owner") & 0x7FFFFFFF
DAEMON = "run"  # the owner role of `filing-monitor run`

_table: sa.Table = AlertRow.__table__  # type: ignore[attr-defined]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _dump(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False)


# ---- writing (inside the caller's transaction) -------------------------------------------------


def enqueue(
    session: Session,
    msg: AlertMessage,
    channels: list[str],
    *,
    now: datetime,
    finding_id: int | None = None,
    company_id: int | None = None,
    placements: Mapping[str, Placement] | None = None,
) -> int:
    """Add one pending row per channel in the caller's transaction; existing keys are skipped.

    `placements` (from monitor.alerts.policy) may start a channel's row muted, held for a digest or
    due later; a channel without one is pending and due `now`."""
    wanted = {f"{msg.idempotency_key}|{name}": name for name in dict.fromkeys(channels)}
    if not wanted:
        return 0
    query = select(AlertRow.idempotency_key).where(col(AlertRow.idempotency_key).in_(list(wanted)))
    existing = set(session.exec(query).all())
    payload = _dump(msg.to_dict())
    added = 0
    for key, name in wanted.items():
        if key in existing:
            continue
        place = (placements or {}).get(name) or Placement(PENDING, now)
        row = AlertRow(
            idempotency_key=key,
            finding_id=finding_id,
            company_id=company_id,
            channel=name,
            kind=msg.kind,
            status=place.status,
            next_attempt_at=place.not_before,
            payload=payload,
            created_at=now,
            note=place.note,
        )
        try:
            # A savepoint: if another instance inserted the same key since our check, the unique
            # constraint refuses this row alone and the caller's transaction carries on.
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            log.info("alert %s already enqueued by another instance", key)
            continue
        added += 1
    return added


def add_source(session: Session, event_key: str, source: SourceRef, *, finding_id: int | None = None) -> int:
    """Add `source` to the stored alerts of `event_key` (a second source of the same story).

    With `finding_id`, only the alerts raised by that finding (not later updates of the event).
    """
    needle = json.dumps(event_key, ensure_ascii=False)  # as it appears inside the stored payload
    query = select(AlertRow).where(col(AlertRow.payload).contains(needle, autoescape=True))
    if finding_id is not None:
        query = query.where(AlertRow.finding_id == finding_id)
    updated = 0
    for row in session.exec(query).all():
        data = json.loads(row.payload)
        if data.get("event_key") != event_key:
            continue
        sources = list(data.get("sources") or [])
        if any(s.get("url") == source.url and s.get("source") == source.source for s in sources):
            continue
        data["sources"] = [*sources, source.to_dict()]
        row.payload = _dump(data)
        session.add(row)
        updated += 1
    return updated


# ---- dispatching -------------------------------------------------------------------------------


@dataclass
class DispatchStats:
    sent: int = 0
    retried: int = 0  # transient failures, scheduled again
    dead: int = 0
    waiting: int = 0  # rows whose channel is not configured, left pending

    def __str__(self) -> str:
        return f"sent {self.sent}, retried {self.retried}, dead {self.dead}, waiting {self.waiting}"


class RateLimiter:
    """Spaces sends per channel name by 1/rate: reserve() hands out the next free slot."""

    def __init__(self) -> None:
        self._next_free: dict[str, datetime] = {}

    def reserve(self, name: str, rate_per_second: float | None, now: datetime) -> float:
        """Seconds to wait before sending through `name`; books the slot."""
        if not rate_per_second or rate_per_second <= 0:
            return 0.0
        interval = 1.0 / rate_per_second
        slot = max(now, self._next_free.get(name, now))
        self._next_free[name] = slot + timedelta(seconds=interval)
        # Never more than one interval: a clock that went backwards must not stall the dispatcher.
        return min(max((slot - now).total_seconds(), 0.0), interval)


_LIMITER = RateLimiter()  # one per process: the daemon calls dispatch_due every few seconds


class Owner:
    """This process as the owner of the claims it makes; `id` goes into `alert.claimed_by`.

    On PostgreSQL the owner holds the advisory lock (OWNER_LOCK_CLASS, key) on a connection of its
    own until close(): the server releases it when the process dies, which tells others it is gone.
    """

    def __init__(self, engine: Engine, role: str = "cli"):
        self.role = role
        self.key = secrets.randbelow(2**31 - 2) + 1
        self.id = f"{role}:{socket.gethostname()}:{os.getpid()}:{self.key}"
        self._engine = engine
        self._conn: Connection | None = None
        self._postgres = engine.dialect.name == "postgresql"
        if self._postgres:
            self._lock()

    def _lock(self) -> None:
        conn = self._engine.connect()
        conn.execute(sa.text("SELECT pg_advisory_lock(:c, :k)"), {"c": OWNER_LOCK_CLASS, "k": self.key})
        conn.commit()
        self._conn = conn

    def ensure(self) -> None:
        """Take the lock again if its connection was lost (a database restart): others would
        otherwise take this live owner for a dead one."""
        if not self._postgres:
            return
        if self._conn is not None:
            try:
                self._conn.execute(sa.text("SELECT 1"))
                self._conn.commit()
                return
            except sa.exc.DBAPIError:
                log.warning("outbox: the connection holding this process's owner lock was lost; taking it again")
                conn, self._conn = self._conn, None
                conn.invalidate()
        self._lock()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            # The connection goes back to the pool: a session lock would stay with it if not released.
            conn.execute(sa.text("SELECT pg_advisory_unlock(:c, :k)"), {"c": OWNER_LOCK_CLASS, "k": self.key})
            conn.commit()
            conn.close()
        except sa.exc.SQLAlchemyError:
            conn.invalidate()  # closes the server session, and with it the lock

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def reclaim_orphans(engine: Engine, owner: Owner, now: datetime) -> int:
    """Make the claims of owners that are gone due at once; returns how many rows were put back."""
    c = _table.c
    query = sa.select(c.claimed_by).distinct().where(
        c.status == SENDING, c.claimed_by.is_not(None), c.claimed_by != owner.id
    )
    with engine.connect() as conn:
        others = [str(o) for o in conn.execute(query).scalars()]
        gone = [o for o in others if _owner_gone(conn, owner, o)]
        conn.commit()
    if not gone:
        return 0
    with engine.begin() as conn:
        n = _update(
            conn,
            sa.and_(c.status == SENDING, c.claimed_by.in_(gone)),
            status=PENDING, claimed_until=None, claimed_by=None, next_attempt_at=now,
        )
    if n:
        log.warning("outbox: %d alert(s) were in flight in a process that is gone (%s); sending them again",
                    n, ", ".join(gone))
    return n


def _owner_gone(conn: Connection, me: Owner, other: str) -> bool:
    if conn.dialect.name != "postgresql":
        # One daemon per SQLite store (its file lock): another daemon's claims are a dead one's.
        return me.role == DAEMON and other.startswith(f"{DAEMON}:")
    key = other.rpartition(":")[2]
    if not key.isdigit():
        return False
    args = {"c": OWNER_LOCK_CLASS, "k": int(key)}
    if not conn.execute(sa.text("SELECT pg_try_advisory_lock(:c, :k)"), args).scalar():
        return False  # its owner still holds the lock: alive
    conn.execute(sa.text("SELECT pg_advisory_unlock(:c, :k)"), args)
    return True


@dataclass(frozen=True)
class _Claim:
    id: int
    key: str
    channel: str
    payload: str
    attempts: int  # including this one
    created_at: datetime
    lease: datetime
    wait: float  # rate-limit wait before sending


def dispatch_due(
    engine: Engine,
    channels: Mapping[str, Channel],
    delivery: settings_mod.Delivery,
    *,
    now: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
    rng: Callable[[], float] = random.random,
    limit: int | None = None,
    lease_seconds: float = LEASE_SECONDS,
    limiter: RateLimiter | None = None,
    owner: Owner | None = None,
    rules: Mapping[str, ChannelRules] | None = None,
) -> DispatchStats:
    """Send what is due, at most `limit` rows (default delivery.batch). Never raises for a send.

    `owner`: who claims (a daemon passes its own); by default an owner for this call alone.
    `rules`: the channels' delivery rules; a retry that would fall in a channel's quiet hours waits
    until they end, as a first attempt does (critical alerts excepted)."""
    limiter = limiter or _LIMITER
    stats = DispatchStats()
    _park_unconfigured(engine, set(channels), delivery, now(), stats)
    budget = delivery.batch if limit is None else limit
    done: set[int] = set()
    with nullcontext(owner) if owner else Owner(engine) as me:
        me.ensure()
        reclaim_orphans(engine, me, now())  # on PostgreSQL: a surviving instance takes over at once
        while len(done) < budget:
            claim = _claim_next(engine, channels, now(), lease_seconds, done, limiter, me.id)
            if claim is None:
                break
            done.add(claim.id)
            _process(engine, claim, channels[claim.channel], delivery, now, sleep, rng, stats,
                     (rules or {}).get(claim.channel))
    if stats.sent or stats.retried or stats.dead:
        log.info("dispatch: %s", stats)
    return stats


def _due(t: datetime) -> sa.ColumnElement[bool]:
    c = _table.c
    return sa.or_(
        sa.and_(c.status == PENDING, c.next_attempt_at <= t),
        sa.and_(c.status == SENDING, c.claimed_until < t),  # lease expired: its dispatcher died
    )


def _park_unconfigured(
    engine: Engine, names: set[str], delivery: settings_mod.Delivery, t: datetime, stats: DispatchStats
) -> None:
    """Rows for channels we do not have wait (the config may get the channel back), or die of age."""
    c = _table.c
    mine = sa.and_(c.channel.not_in(sorted(names)), _due(t))
    too_old = c.created_at <= t - timedelta(hours=delivery.max_age_hours)
    with engine.begin() as conn:
        dead = conn.execute(
            sa.update(_table)
            .where(mine, too_old)
            .values(status=DEAD, claimed_until=None, last_error=f"{NOT_CONFIGURED}; gave up (too old)")
        ).rowcount
        waiting = conn.execute(
            sa.update(_table)
            .where(mine)
            .values(
                status=PENDING,
                claimed_until=None,
                last_error=NOT_CONFIGURED,
                next_attempt_at=t + timedelta(seconds=delivery.base_delay_seconds),
            )
        ).rowcount
    stats.dead += dead
    stats.waiting += waiting
    if dead or waiting:
        log.warning(
            "outbox: %d alert(s) wait for a channel that is not configured, %d gave up", waiting, dead
        )


def _claim_next(
    engine: Engine,
    channels: Mapping[str, Any],
    t: datetime,
    lease_seconds: float,
    exclude: Iterable[int],
    limiter: RateLimiter,
    owner_id: str | None = None,
) -> _Claim | None:
    """Take the next due row of a channel that is not paused, in one short write transaction; the
    send happens after commit."""
    c = _table.c
    query = (
        sa.select(c.id, c.idempotency_key, c.channel, c.payload, c.attempts, c.created_at, c.status)
        .where(c.channel.in_(sorted(channels)), _due(t), c.id.not_in(sorted(exclude)),
               pauses.not_paused(c.channel, t))
        .order_by(c.next_attempt_at, c.id)
        .limit(1)
    )
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        row = conn.execute(query).first()
        if row is None:
            return None
        if row.status == SENDING:
            log.warning(
                "alert %s: reclaimed after its lease expired (a dispatcher stopped mid-send)",
                row.idempotency_key,
            )
        wait = limiter.reserve(row.channel, getattr(channels[row.channel], "rate_per_second", None), t)
        lease = t + timedelta(seconds=lease_seconds + wait)
        conn.execute(
            sa.update(_table)
            .where(c.id == row.id)
            .values(status=SENDING, claimed_until=lease, claimed_by=owner_id, attempts=row.attempts + 1)
        )
    return _Claim(
        row.id, row.idempotency_key, row.channel, row.payload, row.attempts + 1, row.created_at, lease, wait
    )


def _process(
    engine: Engine,
    claim: _Claim,
    channel: Any,
    delivery: settings_mod.Delivery,
    now: Callable[[], datetime],
    sleep: Callable[[float], None],
    rng: Callable[[], float],
    stats: DispatchStats,
    rules: ChannelRules | None = None,
) -> None:
    if claim.attempts > delivery.max_attempts:  # only a row reclaimed from dead dispatchers gets here
        _finish(
            engine,
            claim,
            DEAD,
            f"gave up: the dispatcher stopped during all {delivery.max_attempts} attempts",
        )
        stats.dead += 1
        return
    try:
        msg = AlertMessage.from_dict(json.loads(claim.payload))
    except (ValueError, KeyError, TypeError) as e:
        _finish(engine, claim, DEAD, f"unreadable payload: {type(e).__name__}: {e}")
        stats.dead += 1
        return
    if claim.wait > 0:
        sleep(claim.wait)
    error = _send(channel, msg, claim)
    t = now()
    if error is None:
        _finish(engine, claim, SENT, "", sent_at=t)
        stats.sent += 1
        return
    verdict = _give_up(error, claim, delivery, t)
    if verdict:
        _finish(engine, claim, DEAD, f"{verdict}: {error}")
        stats.dead += 1
        log.error("alert %s via %s: dead: %s: %s", claim.key, claim.channel, verdict, error)
        return
    if error.retry_after:
        pause_channel(engine, claim.channel, error.retry_after, str(error), now=t)
    delay = backoff_seconds(delivery, claim.attempts, rng(), error.retry_after)
    retry_at = t + timedelta(seconds=delay)
    if rules is not None:
        retry_at = quiet_placement(rules, msg.severity, retry_at).not_before
        delay = (retry_at - t).total_seconds()
    _finish(engine, claim, PENDING, str(error), next_attempt_at=retry_at)
    stats.retried += 1
    log.warning(
        "alert %s via %s: attempt %d failed, retry in %.0fs: %s",
        claim.key,
        claim.channel,
        claim.attempts,
        delay,
        error,
    )


def _send(channel: Any, msg: AlertMessage, claim: _Claim) -> DeliveryError | None:
    try:
        channel.send(msg)
    except DeliveryError as e:
        return e
    except Exception as e:  # a channel bug must not stop the dispatcher; retrying may still help
        log.exception("alert %s via %s: unexpected error", claim.key, claim.channel)
        return DeliveryError(f"{type(e).__name__}: {e}", transient=True)
    log.info("alert %s sent via %s", claim.key, claim.channel)
    return None


def _give_up(error: DeliveryError, claim: _Claim, delivery: settings_mod.Delivery, t: datetime) -> str:
    """Why the row is dead now ("" = retry)."""
    if not error.transient:
        return "permanent failure"
    if claim.attempts >= delivery.max_attempts:
        return f"gave up after {claim.attempts} attempts"
    if t - claim.created_at >= timedelta(hours=delivery.max_age_hours):
        return f"gave up after {delivery.max_age_hours:g} hours"
    return ""


def backoff_seconds(
    delivery: settings_mod.Delivery, attempts: int, jitter: float, retry_after: float | None
) -> float:
    """base * 2**(attempts before this one), +0-25 % jitter, capped; never sooner than Retry-After."""
    nominal = min(delivery.base_delay_seconds * 2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS)
    return max(nominal * (1 + JITTER * jitter), retry_after or 0.0)


def pause_channel(engine: Engine, channel: str, seconds: float, reason: str, *, now: datetime) -> datetime:
    """No send through `channel` (by any process) for `seconds`, capped at MAX_BACKOFF_SECONDS so one
    absurd Retry-After cannot silence a channel for days. Returns the end of the pause."""
    until = now + timedelta(seconds=min(seconds, MAX_BACKOFF_SECONDS))
    end = pauses.set_pause(engine, pauses.channel_key(channel), until, reason, now=now)
    log.warning("channel %s: paused until %s (Retry-After)", channel, end.isoformat(timespec="seconds"))
    return end


def _finish(engine: Engine, claim: _Claim, status: str, error: str, **values: Any) -> None:
    c = _table.c
    where = c.id == claim.id
    if status != SENT:
        # Only while the claim is still ours: if our lease ran out and another dispatcher took the
        # row, its outcome wins. A confirmed send is recorded whatever happened meanwhile.
        where = sa.and_(where, c.status == SENDING, c.claimed_until == claim.lease)
    with engine.begin() as conn:
        n = _update(conn, where, status=status, claimed_until=None, claimed_by=None,
                    last_error=error[:ERROR_MAX], **values)
    if not n:
        log.warning("alert %s: claim lost before recording %s", claim.key, status)


def _update(conn: Connection, where: sa.ColumnElement[bool], **values: Any) -> int:
    return int(conn.execute(sa.update(_table).where(where).values(**values)).rowcount)


# ---- operator actions (filing-monitor retry / ack; the commands are in monitor.alerts.operator) ----

REQUEUEABLE = (DEAD, MUTED)


def undelivered_ids(engine: Engine) -> set[int]:
    """Rows a dispatch may still send or kill (pending or sending)."""
    c = _table.c
    with engine.connect() as conn:
        return set(conn.execute(sa.select(c.id).where(c.status.in_((PENDING, SENDING)))).scalars())


def requeue(engine: Engine, ids: Iterable[int], *, now: datetime) -> int:
    """Put dead (or muted) rows back in the outbox: pending, due now, attempts counted from zero, and
    the age limit (delivery.max_age_hours) counted from now. The idempotency key stays, so a receiver
    that got an earlier attempt after all can still drop the copy. Returns the rows requeued."""
    c = _table.c
    ids = sorted(ids)
    if not ids:
        return 0
    with engine.begin() as conn:
        rows = conn.execute(sa.select(c.id, c.created_at).where(c.id.in_(ids), c.status.in_(REQUEUEABLE))).all()
        for row in rows:
            _update(
                conn,
                sa.and_(c.id == row.id, c.status.in_(REQUEUEABLE)),
                status=PENDING,
                attempts=0,
                next_attempt_at=now,
                created_at=now,
                claimed_until=None,
                last_error="",
                note=f"requeued by retry; first queued {row.created_at.isoformat()}",
            )
    return len(rows)


def acknowledge(engine: Engine, alert_id: int, note: str, *, now: datetime) -> tuple[list[int], int] | None:
    """Acknowledge an alert on every channel it was routed to (the rows of one message share its key).
    Copies not sent yet (pending, held for a digest or quiet hours) are withdrawn: status `acked`.
    Returns (ids acknowledged, copies withdrawn), or None when there is no alert `alert_id`."""
    c = _table.c
    with engine.begin() as conn:
        key = conn.execute(sa.select(c.idempotency_key).where(c.id == alert_id)).scalar()
        if key is None:
            return None
        message_key = key.rsplit("|", 1)[0]
        rows = conn.execute(
            sa.select(c.id, c.idempotency_key, c.acked_at).where(c.idempotency_key.startswith(message_key + "|",
                                                                                          autoescape=True))
        ).all()
        ids = sorted(r.id for r in rows if r.idempotency_key.rsplit("|", 1)[0] == message_key)
        _update(conn, sa.and_(c.id.in_(ids), c.acked_at.is_(None)), acked_at=now)
        _update(conn, c.id.in_(ids), ack_note=note[:ERROR_MAX])
        withdrawn = _update(conn, sa.and_(c.id.in_(ids), c.status.in_((PENDING, HELD))), status=ACKED,
                            claimed_until=None)
    return ids, withdrawn
