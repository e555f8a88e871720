"""Helpers for the alert-delivery tests: a fake clock, a free port, message variants, an outbox DB."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor.alerts import compose, outbox
from monitor.domain import AlertMessage
from monitor.settings import Delivery
from monitor.store import AlertRow, make_engine, session_scope

T0 = datetime(2005, 7, 29, 21, 0, tzinfo=UTC)


class FakeClock:
    """now() and sleep() for dispatch_due: sleeping advances the clock, nothing really waits."""

    def __init__(self, start: datetime = T0):
        self.t = start
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


def message(n: int = 0, **changes: Any) -> AlertMessage:
    """The sample alert with its own idempotency key (`n`) and any field changed."""
    base = compose.sample_message()
    fields: dict[str, Any] = {
        "idempotency_key": f"ALGIE|impairment|{n}",
        "event_key": f"ALGIE|impairment|ev{n}",
    }
    fields.update(changes)
    return dataclasses.replace(base, **fields)


def store(tmp_path: Path) -> Engine:
    return make_engine(f"sqlite:///{tmp_path / 'outbox.db'}")


def enqueue(engine: Engine, msgs: list[AlertMessage], channels: list[str], now: datetime = T0) -> int:
    with session_scope(engine) as s:
        return sum(outbox.enqueue(s, m, channels, now=now) for m in msgs)


def rows(engine: Engine) -> list[AlertRow]:
    with Session(engine) as s:
        return list(s.exec(select(AlertRow).order_by(AlertRow.id)).all())


def delivery(**changes: Any) -> Delivery:
    return Delivery(**{"base_delay_seconds": 10, "max_attempts": 5, "max_age_hours": 24, **changes})
