"""`filing-monitor web`: check the bind address and the token, open the store read-only, serve.

Exit codes as everywhere: 2 for a bad address or a missing/short token (fix the settings), 1 when
the store does not exist yet or cannot be read, or the port cannot be opened (a retry can help).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import uvicorn

from monitor.settings import Settings, parse_address
from monitor.store import safe_url
from monitor.web import queries
from monitor.web.app import create_app
from monitor.web.security import LOOPBACK_HOSTS

log = logging.getLogger(__name__)

MIN_TOKEN_CHARS = 16


class WebConfigError(Exception):
    pass


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve anywhere


def read_token(settings: Settings, token_env: str | None, env: dict[str, str]) -> str | None:
    """The access token from the variable `--token-env` or `[web].token_env` names, if either does."""
    name = token_env or settings.web.token_env
    where = "--token-env" if token_env else f"{settings.source}: web.token_env"
    if not name:
        return None
    token = env.get(name, "")
    if not token:
        raise WebConfigError(f"{where}: environment variable {name} is not set (it holds the access token)")
    if len(token) < MIN_TOKEN_CHARS or token != token.strip():
        raise WebConfigError(
            f"{where}: the token in {name} must be at least {MIN_TOKEN_CHARS} characters without surrounding "
            "spaces (e.g. from: python3 -c 'import secrets; print(secrets.token_urlsafe(24))')"
        )
    return token


def plan(settings: Settings, bind: str | None, token_env: str | None, env: dict[str, str]) -> tuple[str, int, str | None, list[str] | None]:
    """(host, port, token, allowed Host names or None for any), or WebConfigError saying what to fix."""
    where = "--bind" if bind else f"{settings.source}: web.bind"
    try:
        host, port = parse_address(bind or settings.web.bind, any_port=True)
    except ValueError as e:
        raise WebConfigError(f"{where}: {e}") from None
    token = read_token(settings, token_env, env)
    if not is_loopback(host) and token is None:
        raise WebConfigError(
            f"{where}: {host} is not a loopback address, so the site needs an access token: set "
            "[web].token_env (or --token-env) to the name of an environment variable holding one"
        )
    extra = list(settings.web.allowed_hosts)
    if is_loopback(host):
        return host, port, token, [*LOOPBACK_HOSTS, host, *extra]
    return host, port, token, (extra or None)


def serve(
    settings: Settings, *, bind: str | None = None, token_env: str | None = None, out: TextIO | None = None
) -> int:
    """Serve until stopped; `out` (where the address is announced) defaults to sys.stdout as it is when called."""
    out = out or sys.stdout
    try:
        host, port, token, hosts = plan(settings, bind, token_env, dict(os.environ))
    except WebConfigError as e:
        print(f"filing-monitor web: {e}", file=sys.stderr)
        return 2
    try:
        engine = queries.open_store(settings.store.url)
    except (queries.StoreMissing, queries.StoreUnavailable) as e:
        print(f"filing-monitor web: {e}", file=sys.stderr)
        return 1
    try:
        sock = _listen(host, port)
    except OSError as e:
        print(f"filing-monitor web: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        engine.dispose()
        return 1
    actual = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"filing-monitor web: serving http://{shown}:{actual}/ (read-only"
          f"{', token required' if token else ''}) from {safe_url(settings.store.url)}", file=out, flush=True)
    app = create_app(settings, engine, token=token, allowed_hosts=hosts)
    config = uvicorn.Config(app, log_config=None, server_header=False, proxy_headers=False, timeout_graceful_shutdown=5)
    try:
        with _sigterm_is_a_clean_stop():
            uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        engine.dispose()
    return 0


@contextmanager
def _sigterm_is_a_clean_stop() -> Iterator[None]:
    """uvicorn shuts down gracefully on SIGTERM, then raises the signal again into the handler that was
    there before it; a no-op handler there makes the command exit 0, like the daemon."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda _sig, _frame: None)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every keep-alive response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock
