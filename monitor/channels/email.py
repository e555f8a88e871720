"""E-mail over SMTP (stdlib smtplib + email): multipart/alternative, text part first, HTML second.

Security: `starttls` upgrades with ssl.create_default_context() (certificate and host name are
verified: smtplib verifies nothing without a context), `ssl` is implicit TLS with the same context,
`none` is plain text and meant for tests against a local server. A server that does not offer
STARTTLS is refused rather than silently used in clear text.

Recipients are the configured `to` only, passed as the SMTP envelope; no header derived from a
document can add one (document text is put on one line before it reaches a header, and the
envelope, not the headers, decides who receives the message).

Threading: Message-ID is stable per alert and channel (a repeated delivery after a crash carries
the same ID, so mail systems can drop the copy); In-Reply-To/References name a stable per-event ID
derived from msg.event_key, so a mail client files an update under the first alert of that event.

Errors: SMTP 4xx replies, disconnects, timeouts and connection failures (a refused connection or
a server that greets with an error) are transient, and so is an authentication failure (535 and
the like): the password may be fixed, and the outbox retries with backoff until max_attempts or
max_age_hours before it dead-letters the alert. Other 5xx replies, certificate failures and a
missing STARTTLS are permanent. `timeout_seconds` bounds every socket operation and, through a
Watchdog that closes the connection, the whole delivery (a server that answers a byte at a time).
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate

from monitor.alerts import compose
from monitor.channels.util import env_secret
from monitor.domain import AlertMessage, DeliveryError
from monitor.http import Watchdog
from monitor.settings import EmailChannel as EmailSettings

log = logging.getLogger(__name__)


def _msgid(kind: str, key: str, domain: str) -> str:
    return f"<{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.{kind}@{domain}>"


class EmailChannel:
    type = "email"

    def __init__(
        self,
        name: str,
        *,
        host: str,
        port: int,
        sender: str,
        to: list[str],
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        rate_per_second: float = 5.0,
        ssl_context: ssl.SSLContext | None = None,
    ):
        if security not in ("starttls", "ssl", "none"):
            raise ValueError(f"unknown security {security!r}")
        self.name = name
        self.rate_per_second = rate_per_second
        self._host, self._port = host, port
        self._sender, self._to = sender, list(to)
        self._security = security
        self._username, self._password = username, password
        self._timeout = timeout
        # Injected only by tests that trust their own CA; production always verifies with defaults.
        self._context = ssl_context

    @classmethod
    def from_settings(cls, cfg: EmailSettings, env: Mapping[str, str]) -> EmailChannel:
        where = f"channel {cfg.name!r}"
        return cls(
            cfg.name,
            host=cfg.host,
            port=cfg.port,
            sender=cfg.sender,
            to=cfg.to,
            security=cfg.security,
            username=env_secret(env, cfg.username_env, f"{where}: username_env"),
            password=env_secret(env, cfg.password_env, f"{where}: password_env"),
            timeout=cfg.timeout_seconds,
            rate_per_second=cfg.rate_per_second,
        )

    def __repr__(self) -> str:
        return f"EmailChannel(name={self.name!r}, host={self._host!r})"

    def build_message(self, msg: AlertMessage) -> EmailMessage:
        domain = self._sender.rpartition("@")[2] or "filing-monitor.invalid"
        em = EmailMessage()
        em["Subject"] = compose.email_subject(msg)
        em["From"] = self._sender
        em["To"] = ", ".join(self._to)
        em["Date"] = formatdate(usegmt=True)
        em["Message-ID"] = _msgid("alert", f"{msg.idempotency_key}|{self.name}", domain)
        thread = _msgid("event", msg.event_key, domain)
        em["In-Reply-To"] = thread
        em["References"] = thread
        em["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to an alert
        em["X-Filing-Monitor-Kind"] = compose.one_line(msg.kind)
        em.set_content(compose.plain_text(msg))
        em.add_alternative(compose.email_html(msg), subtype="html")
        return em

    def send(self, msg: AlertMessage) -> None:
        who = f"email {self.name}"
        try:
            em = self.build_message(msg)
        except ValueError as e:  # the email package refuses a malformed header: sending cannot fix it
            raise DeliveryError(f"{who}: cannot build message: {e}", transient=False) from None
        try:
            refused = self._deliver(em)
        except DeliveryError:
            raise
        except ssl.SSLCertVerificationError as e:
            raise DeliveryError(
                f"{who}: TLS certificate not trusted: {e.verify_message}", transient=False
            ) from None
        except smtplib.SMTPNotSupportedError as e:
            what = "AUTH" if "AUTH" in str(e) else "STARTTLS"
            detail = "cannot log in" if what == "AUTH" else "refusing to send in clear"
            raise DeliveryError(f"{who}: server offers no {what}; {detail}", transient=False) from None
        except smtplib.SMTPAuthenticationError as e:
            raise DeliveryError(
                f"{who}: SMTP {e.smtp_code} authentication failed ({_decode(e.smtp_error)}); check the "
                "credentials in username_env/password_env",
                transient=True,
            ) from None
        except smtplib.SMTPConnectError as e:
            raise DeliveryError(f"{who}: cannot connect: SMTP {e.smtp_code} {_decode(e.smtp_error)}",
                                transient=True) from None
        except smtplib.SMTPRecipientsRefused as e:
            codes = [code for code, _ in e.recipients.values()]
            transient = all(400 <= code < 500 for code in codes)
            raise DeliveryError(
                f"{who}: all recipients refused: {_reply_text(e.recipients)}", transient=transient
            ) from None
        except smtplib.SMTPResponseException as e:
            detail = _decode(e.smtp_error)
            raise DeliveryError(
                f"{who}: SMTP {e.smtp_code} {detail}", transient=400 <= e.smtp_code < 500
            ) from None
        except (smtplib.SMTPException, OSError) as e:  # disconnects, refused connections, timeouts
            raise DeliveryError(f"{who}: {type(e).__name__}: {e}", transient=True) from None
        except _PastDeadline:
            raise DeliveryError(
                f"{who}: no complete exchange within the {self._timeout:g}s deadline", transient=True
            ) from None
        if refused:
            # Some recipients took it: retrying would send them a second copy, so this counts as sent.
            log.warning(
                "%s: %s delivered, but refused for %s", who, msg.idempotency_key, _reply_text(refused)
            )

    def _deliver(self, em: EmailMessage) -> dict[str, tuple[int, bytes]]:
        context = self._context or ssl.create_default_context()
        # Created unconnected, so that the Watchdog watches the connection from its first byte.
        if self._security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(timeout=self._timeout, context=context)
        else:
            smtp = smtplib.SMTP(timeout=self._timeout)
        smtp._host = self._host  # type: ignore[attr-defined]  # TLS server name; set by a connecting constructor
        with Watchdog(self._timeout) as dog:
            dog.watch(smtp)
            try:
                with smtp:
                    code, reply = smtp.connect(self._host, self._port)
                    if code != 220:
                        raise smtplib.SMTPConnectError(code, reply)
                    if self._security == "starttls":
                        smtp.starttls(context=context)
                    if self._username:
                        smtp.login(self._username, self._password or "")
                    refused = smtp.send_message(em, from_addr=self._sender, to_addrs=self._to)
            except (smtplib.SMTPException, OSError):
                if dog.fired:
                    raise _PastDeadline from None
                raise
        # No check of dog.fired here: once the server accepted the message it is delivered, even if
        # the deadline passed during QUIT (a retry would send a second copy).
        return refused


class _PastDeadline(Exception):
    pass


def _decode(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:300]


def _reply_text(recipients: Mapping[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr}: {code} {_decode(reply)}" for addr, (code, reply) in recipients.items())
