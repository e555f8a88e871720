"""The total deadline of one exchange against a scripted local server that drips its answer a byte
at a time: per-read timeouts never fire (each byte comes well within them), only the deadline does.

The server drips for at most DRIP_FOR seconds, so without the deadline a test fails on its timing
assertion instead of hanging.
"""

from __future__ import annotations

import socketserver
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.channels.email import EmailChannel
from monitor.channels.slack import SlackChannel
from monitor.channels.webhook import WebhookChannel
from monitor.domain import DeliveryError
from monitor.http import Http, HttpError
from tests.conftest import wait_for
from tests.integration.alerts_support import message
from tests.integration.test_channels_email import cert as tls_cert  # noqa: F401 - a fixture

UA = "Filing Monitor Tests tests@example.com"
BYTE_EVERY = 0.25  # seconds between two bytes: far inside every per-read timeout below
DRIP_FOR = 8.0
DEADLINE = 0.6
HTTP_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\nok"
SMTP_GREETING = b"220 mail.example.org ESMTP ready\r\n"
SILENT = b""  # reads what comes and never answers


class Drip(socketserver.ThreadingTCPServer):
    """Answers each connection with `answer`, one byte every BYTE_EVERY seconds; for HTTP it first
    reads the request head. Records when each connection started and when the client hung up."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, answer: bytes, read_request: bool, tls: ssl.SSLContext | None = None):
        self.answer, self.read_request, self.tls = answer, read_request, tls
        self.opened: list[float] = []
        self.hung_up: list[float] = []
        self.stop = threading.Event()
        super().__init__(("127.0.0.1", 0), _DripHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _DripHandler(socketserver.BaseRequestHandler):
    server: Drip

    def handle(self) -> None:
        self.server.opened.append(time.monotonic())
        sock = self.request
        sock.settimeout(DRIP_FOR)
        if self.server.tls is not None:
            try:
                sock = self.server.tls.wrap_socket(sock, server_side=True)
            except OSError:
                return
        if self.server.read_request:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                head += chunk
        started = time.monotonic()
        try:
            while self.server.answer == SILENT and sock.recv(4096):
                pass
            for byte in self.server.answer:
                if self.server.stop.wait(BYTE_EVERY) or time.monotonic() - started > DRIP_FOR:
                    return
                sock.sendall(bytes([byte]))
            sock.recv(1)  # answer sent: wait for the client to go
        except OSError:
            pass
        self.server.hung_up.append(time.monotonic())


@pytest.fixture
def drip_http() -> Iterator[Drip]:
    yield from _serve(Drip(HTTP_HEAD, read_request=True))


@pytest.fixture
def drip_smtp() -> Iterator[Drip]:
    yield from _serve(Drip(SMTP_GREETING, read_request=False))


def _serve(server: Drip) -> Iterator[Drip]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()


def _assert_cut_at_deadline(server: Drip, started: float, ended: float) -> None:
    elapsed = ended - started
    assert DEADLINE <= elapsed < DEADLINE + 0.5, f"cut off after {elapsed:.2f} s"
    assert len(server.opened) == 1  # the deadline also bounds retries: one exchange
    # The server saw the connection end at the deadline (it would otherwise drip for DRIP_FOR s).
    wait_for(lambda: server.hung_up, 2, step=0.02)
    assert server.hung_up and server.hung_up[0] - started < DEADLINE + 0.75


def test_a_header_drip_is_cut_off_at_the_total_deadline(drip_http: Drip) -> None:
    http = Http(UA, timeout=DEADLINE, connect_timeout=5, read_timeout=5, backoff_seconds=0.01)
    started = time.monotonic()
    with pytest.raises(HttpError, match="deadline") as e:
        http.get(drip_http.url + "/feed.xml", kind="feed")
    _assert_cut_at_deadline(drip_http, started, time.monotonic())
    assert e.value.transient  # the next poll may find the server well


def test_the_session_is_usable_after_a_cut_off(drip_http: Drip) -> None:
    """The shut connection is not reused: the next request opens a new one (and is cut off again)."""
    http = Http(UA, timeout=0.5, connect_timeout=5, read_timeout=5)
    for _ in range(2):
        with pytest.raises(HttpError, match="deadline"):
            http.get(drip_http.url + "/feed.xml")
    assert len(drip_http.opened) == 2


@pytest.mark.parametrize("kind", ["slack", "webhook"])
def test_a_channel_post_is_cut_off_at_its_deadline(drip_http: Drip, kind: str) -> None:
    url = drip_http.url + "/services/T000/B000/SECRETTOKEN"
    channel = (SlackChannel("team-slack", url, timeout=DEADLINE) if kind == "slack"
               else WebhookChannel("hook", url, secret="s3cret", timeout=DEADLINE))
    started = time.monotonic()
    with pytest.raises(DeliveryError, match="deadline") as e:
        channel.send(message())
    _assert_cut_at_deadline(drip_http, started, time.monotonic())
    assert e.value.transient and "SECRETTOKEN" not in str(e.value)


def test_an_smtp_greeting_drip_is_cut_off_at_the_deadline(drip_smtp: Drip) -> None:
    channel = EmailChannel("mail", host="127.0.0.1", port=drip_smtp.server_address[1], security="none",
                           sender="monitor@example.org", to=["risk@example.com"], timeout=DEADLINE)
    started = time.monotonic()
    with pytest.raises(DeliveryError, match="deadline") as e:
        channel.send(message())
    _assert_cut_at_deadline(drip_smtp, started, time.monotonic())
    assert e.value.transient


# ---- over TLS ------------------------------------------------------------------------------------


def test_a_header_drip_over_tls_is_cut_off_at_the_deadline(tls_cert: tuple[Path, Path]) -> None:  # noqa: F811
    key, crt = tls_cert
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(crt, key)
    for server in _serve(Drip(HTTP_HEAD, read_request=True, tls=ctx)):
        http = Http(UA, timeout=DEADLINE, connect_timeout=5, read_timeout=5)
        http.session.trust_env = False  # REQUESTS_CA_BUNDLE would replace the test's own CA
        http.session.verify = str(crt)
        started = time.monotonic()
        with pytest.raises(HttpError, match="deadline"):
            http.get(f"https://127.0.0.1:{server.server_address[1]}/feed.xml")
        _assert_cut_at_deadline(server, started, time.monotonic())


def test_a_silent_tls_handshake_is_cut_off_at_the_deadline() -> None:
    """The server accepts the connection and says nothing: the handshake would wait for the connect
    timeout (5 s) on each read; the deadline closes the socket under it."""
    for server in _serve(Drip(SILENT, read_request=False)):
        http = Http(UA, timeout=DEADLINE, connect_timeout=5, read_timeout=5)
        started = time.monotonic()
        with pytest.raises(HttpError, match="deadline"):
            http.get(f"https://127.0.0.1:{server.server_address[1]}/feed.xml")
        _assert_cut_at_deadline(server, started, time.monotonic())
