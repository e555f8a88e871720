"""Helpers for the alert-delivery tests: a fake clock, message variants, an outbox DB, and a local SMTP
server (aiosmtpd) with an inbox."""

from __future__ import annotations

import dataclasses
import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor.alerts import compose, outbox
from monitor.domain import AlertMessage
from monitor.settings import Delivery
from monitor.store import AlertRow, make_engine, session_scope
from tests.conftest import free_port

T0 = datetime(2005, 7, 29, 21, 0, tzinfo=UTC)


@dataclass
class Inbox:
    """An aiosmtpd handler: keeps every envelope; can answer RCPT or DATA with a chosen reply."""

    received: list[Any] = field(default_factory=list)
    rcpt_reply: str | None = None
    data_reply: str | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        if self.data_reply:
            return self.data_reply
        self.received.append(envelope)
        return "250 Message accepted"

    def message(self, n: int = 0) -> EmailMessage:
        return email.message_from_bytes(self.received[n].content, policy=email.policy.default)  # type: ignore[return-value]


def serve_smtp(inbox: Any, **kwargs: Any) -> Iterator[int]:
    """An SMTP server on 127.0.0.1 delivering to `inbox` (aiosmtpd Controller options in `kwargs`);
    yields its port, for a fixture."""
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ready_timeout=5, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


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
