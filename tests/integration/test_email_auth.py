"""SMTP authentication failures through the outbox, against a real aiosmtpd server that checks the
password: 535 is retried with backoff (the password may be fixed), delivered once it is, and
dead-lettered only after max_attempts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from monitor.alerts import outbox
from monitor.channels.email import EmailChannel
from monitor.domain import DeliveryError
from tests.conftest import free_port
from tests.integration import alerts_support
from tests.integration.alerts_support import FakeClock, delivery, enqueue, message, rows, serve_smtp, store

USER, PASSWORD = "monitor", "the-right-password"
# A local test server on loopback: AUTH without TLS is what we want here.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


class Inbox(alerts_support.Inbox):
    """The inbox of a server that checks the login: every attempt recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.logins: list[tuple[str, bool]] = []

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (USER.encode(), PASSWORD.encode())
        self.logins.append((mechanism, ok))
        return AuthResult(success=ok, handled=False)  # not handled: the server answers 535 itself


@pytest.fixture
def inbox() -> Inbox:
    return Inbox()


@pytest.fixture
def port(inbox: Inbox) -> Iterator[int]:
    yield from serve_smtp(inbox, authenticator=inbox.authenticate, auth_required=True, auth_require_tls=False)


def mail(port: int, password: str) -> EmailChannel:
    return EmailChannel("mail", host="127.0.0.1", port=port, sender="monitor@example.org",
                        to=["risk@example.com"], security="none", username=USER, password=password, timeout=5)


def test_535_is_transient(inbox: Inbox, port: int) -> None:
    with pytest.raises(DeliveryError) as err:
        mail(port, "wrong").send(message())
    assert err.value.transient
    assert "535" in str(err.value) and "authentication failed" in str(err.value)
    assert "wrong" not in str(err.value)  # the password never reaches a message
    assert inbox.logins and not any(ok for _, ok in inbox.logins)


def test_535_then_the_password_is_fixed_and_the_alert_is_delivered(tmp_path, inbox: Inbox, port: int) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["mail"])
    clock = FakeClock()
    d = delivery(base_delay_seconds=30)
    stats = outbox.dispatch_due(engine, {"mail": mail(port, "wrong")}, d, now=clock, sleep=clock.sleep,
                                rng=lambda: 0.0)
    assert (stats.sent, stats.retried, stats.dead) == (0, 1, 0)
    (row,) = rows(engine)
    assert row.status == "pending" and "535" in row.last_error
    assert (row.next_attempt_at - clock()).total_seconds() == 30  # backoff, like other transient errors
    # The operator fixes the password (the daemon reloads its channels); the retry goes through.
    clock.advance(30)
    stats = outbox.dispatch_due(engine, {"mail": mail(port, PASSWORD)}, d, now=clock, sleep=clock.sleep)
    assert stats.sent == 1
    (row,) = rows(engine)
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")
    assert len(inbox.received) == 1 and inbox.received[0].rcpt_tos == ["risk@example.com"]


def test_535_every_time_dead_letters_after_max_attempts(tmp_path, inbox: Inbox, port: int) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["mail"])
    clock = FakeClock()
    d = delivery(base_delay_seconds=1, max_attempts=3)
    for _ in range(3):
        outbox.dispatch_due(engine, {"mail": mail(port, "wrong")}, d, now=clock, sleep=clock.sleep)
        clock.advance(3600)
    (row,) = rows(engine)
    assert (row.status, row.attempts) == ("dead", 3)
    assert row.last_error.startswith("gave up after 3 attempts") and "535" in row.last_error
    assert inbox.logins and not any(ok for _, ok in inbox.logins) and not inbox.received


def test_refused_connection_is_retried_then_delivered(tmp_path, inbox: Inbox, port: int) -> None:
    engine = store(tmp_path)
    enqueue(engine, [message()], ["mail"])
    clock = FakeClock()
    d = delivery(base_delay_seconds=10)
    down = mail(free_port(), PASSWORD)  # nothing listens there
    assert outbox.dispatch_due(engine, {"mail": down}, d, now=clock, sleep=clock.sleep).retried == 1
    clock.advance(20)
    assert outbox.dispatch_due(engine, {"mail": mail(port, PASSWORD)}, d, now=clock, sleep=clock.sleep).sent == 1
    assert len(inbox.received) == 1
