"""Pauses kept in the store: "send nothing to this far end before `until`".

A channel that answered 429 with Retry-After is paused as `channel:<name>`; the SEC, after its
"Request Rate Threshold Exceeded" page, as `sec`. Every process on the store sees them, and a
restarted process keeps honouring them.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from monitor.store.tables import Pause

SEC = "sec"

_table: sa.Table = Pause.__table__  # type: ignore[attr-defined]


def channel_key(channel: str) -> str:
    return f"channel:{channel}"


def set_pause(engine: Engine, name: str, until: datetime, reason: str, *, now: datetime) -> datetime:
    """Pause `name` until `until`, or later if it is already paused longer. Returns the pause's end."""
    c = _table.c
    for _ in range(2):  # a second try when another process inserted the same name meanwhile
        with engine.begin() as conn:
            current = conn.execute(sa.select(c.until).where(c.name == name)).scalar()
            if current is not None and current >= until:
                return current
            values = {"until": until, "reason": reason[:500], "set_at": now}
            if current is not None:
                conn.execute(sa.update(_table).where(c.name == name).values(**values))
                return until
            try:
                with conn.begin_nested():
                    conn.execute(sa.insert(_table).values(name=name, **values))
                return until
            except IntegrityError:
                continue
    return until


def paused_until(engine: Engine, name: str, now: datetime) -> datetime | None:
    """The end of `name`'s pause, or None when it is not paused (any more)."""
    c = _table.c
    with engine.connect() as conn:
        until = conn.execute(sa.select(c.until).where(c.name == name)).scalar()
    return until if until is not None and until > now else None


def not_paused(channel: sa.ColumnElement[str], now: datetime) -> sa.ColumnElement[bool]:
    """SQL: the channel in column `channel` is not paused at `now` (for the outbox's claim query)."""
    c = _table.c
    return ~sa.exists().where(c.name == sa.literal("channel:") + channel, c.until > now)
