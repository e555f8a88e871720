"""E-mail against a real SMTP server (aiosmtpd on 127.0.0.1): content, envelope, injection, errors, TLS."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest

from monitor.channels.base import build_channel
from monitor.channels.email import EmailChannel
from monitor.domain import DeliveryError, Novelty
from monitor.settings import EmailChannel as EmailSettings
from tests.conftest import free_port
from tests.integration.alerts_support import Inbox, message, serve_smtp

TO = ["credit-team@example.com", "risk@example.com"]


def _channel(port: int, **kw: Any) -> EmailChannel:
    args: dict[str, Any] = {"host": "127.0.0.1", "port": port, "sender": "monitor@example.org", "to": TO}
    args.update(security="none", timeout=5)
    args.update(kw)
    return EmailChannel("mail", **args)


def test_delivers_multipart_alert(inbox: Inbox, smtp_port: int) -> None:
    _channel(smtp_port).send(message(company="AT&T <b>Corp</b>"))
    (env,) = inbox.received
    assert env.mail_from == "monitor@example.org"
    assert sorted(env.rcpt_tos) == sorted(TO)
    msg = inbox.message()
    assert msg["Subject"] == (
        "[IMPAIRMENT] ALGIE AT&T <b>Corp</b>: Impairment charge of approximately $6.4 million, "
        "including a $6.1 million goodwill write-down, in the first quarter of 2005"
    )
    assert msg["To"] == ", ".join(TO) and msg["From"] == "monitor@example.org"
    assert msg["Message-ID"].endswith("@example.org>") and msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    text, html_part = parts[0].get_content(), parts[1].get_content()
    assert "AT&T <b>Corp</b>" in text and "> In addition, the Company will record" in text
    assert "AT&amp;T &lt;b&gt;Corp&lt;/b&gt;" in html_part and "<b>Corp" not in html_part
    assert "2005-07-29 16:57 ET" in html_part
    assert 'href="https://www.sec.gov/Archives/edgar/data/8855/' in html_part


def test_updates_thread_under_the_same_event(inbox: Inbox, smtp_port: int) -> None:
    channel = _channel(smtp_port)
    first = message(1, event_key="ALGIE|impairment|2005Q1")
    update = message(2, event_key="ALGIE|impairment|2005Q1", novelty=Novelty.update,
                     previous="impairment raised from $5.0 million to $6.4 million")
    other = message(3, event_key="ALGIE|restatement|2004")
    for m in (first, update, other):
        channel.send(m)
    a, b, c = (inbox.message(i) for i in range(3))
    assert a["References"] == b["References"] == a["In-Reply-To"] == b["In-Reply-To"]
    assert c["References"] != a["References"]
    assert len({a["Message-ID"], b["Message-ID"], c["Message-ID"]}) == 3
    assert "impairment raised from $5.0 million to $6.4 million" in b.get_body(("plain",)).get_content()
    # A repeated delivery of the same alert (after a crash) carries the same Message-ID.
    channel.send(first)
    assert inbox.message(3)["Message-ID"] == a["Message-ID"]


@pytest.mark.parametrize("where", ["company", "evidence", "summary"])
def test_header_injection_reaches_only_configured_recipients(
    inbox: Inbox, smtp_port: int, where: str
) -> None:
    evil = "X\r\nBcc: evil@example.com\r\nTo: evil2@example.com"
    _channel(smtp_port).send(message(**{where: evil}))
    (env,) = inbox.received
    assert sorted(env.rcpt_tos) == sorted(TO)
    msg = inbox.message()
    assert msg.get_all("Bcc") is None
    assert msg.get_all("To") == [", ".join(TO)]
    head = env.content.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc:" not in head and b"evil2@example.com" not in head.split(b"Subject:")[0]
    assert "\n" not in msg["Subject"]


def test_dead_server_is_transient() -> None:
    with pytest.raises(DeliveryError) as err:
        _channel(free_port()).send(message())
    assert err.value.transient


@pytest.mark.parametrize(
    ("attr", "reply", "transient"),
    [
        ("data_reply", "451 4.3.0 try again later", True),
        ("data_reply", "554 5.7.1 rejected as spam", False),
        ("rcpt_reply", "450 4.2.1 mailbox busy", True),
        ("rcpt_reply", "550 5.1.1 no such user", False),
    ],
)
def test_smtp_replies(inbox: Inbox, smtp_port: int, attr: str, reply: str, transient: bool) -> None:
    setattr(inbox, attr, reply)
    with pytest.raises(DeliveryError) as err:
        _channel(smtp_port).send(message())
    assert err.value.transient is transient
    assert reply.split()[0] in str(err.value)


def test_starttls_required(smtp_port: int) -> None:
    """The plain server offers no STARTTLS: refuse rather than send in clear text."""
    with pytest.raises(DeliveryError) as err:
        _channel(smtp_port, security="starttls").send(message())
    assert not err.value.transient and "STARTTLS" in str(err.value)


# ---- TLS with a certificate made for the test --------------------------------------------------


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not shutil.which("openssl"):
        pytest.skip("openssl command not available to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    key, crt = d / "key.pem", d / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(crt),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return key, crt


def _server_context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert[1], cert[0])
    return ctx


def test_starttls_verifies_the_certificate(inbox: Inbox, cert: tuple[Path, Path]) -> None:
    for port in serve_smtp(inbox, tls_context=_server_context(cert), require_starttls=True):
        # Default verification: the self-made certificate is not trusted -> permanent, nothing sent.
        with pytest.raises(DeliveryError) as err:
            _channel(port, security="starttls").send(message())
        assert not err.value.transient and "certificate" in str(err.value)
        assert inbox.received == []
        # Trusting that certificate, the same server accepts the alert over TLS.
        trusted = ssl.create_default_context(cafile=str(cert[1]))
        _channel(port, security="starttls", ssl_context=trusted).send(message())
        assert len(inbox.received) == 1


def test_implicit_tls(inbox: Inbox, cert: tuple[Path, Path]) -> None:
    for port in serve_smtp(inbox, ssl_context=_server_context(cert)):
        trusted = ssl.create_default_context(cafile=str(cert[1]))
        _channel(port, security="ssl", ssl_context=trusted).send(message())
        assert sorted(inbox.received[0].rcpt_tos) == sorted(TO)


def test_built_from_settings(inbox: Inbox, smtp_port: int) -> None:
    cfg = EmailSettings(
        name="mail",
        type="email",
        host="127.0.0.1",
        port=smtp_port,
        security="none",
        sender="monitor@example.org",
        to=["a@example.com"],
        username_env="FM_SMTP_USER",
    )
    with pytest.raises(Exception, match="FM_SMTP_USER"):
        build_channel(cfg, {})
    channel = build_channel(cfg.model_copy(update={"username_env": None}), {})
    channel.send(message())
    assert inbox.received[0].rcpt_tos == ["a@example.com"]
