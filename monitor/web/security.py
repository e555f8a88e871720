"""What keeps the site read-only and private: response headers, methods, Host names, the token.

- Every response carries a strict Content-Security-Policy (nothing but our own stylesheet and
  images; no script at all, inline or not; no framing), `X-Content-Type-Options: nosniff` and
  `Referrer-Policy: no-referrer` (a click through to sec.gov does not reveal our URLs).
- GET and HEAD only: anything else is 405. The one exception is `POST /login`, and only when a
  token is required: the token is typed into a form and must not travel in a URL (URLs end up in
  logs, history and Referer headers), so signing in is a POST. It sets a cookie and changes nothing
  in the store.
- Host names: bound to loopback without a token, only loopback names (and `[web].allowed_hosts`)
  are served, so a web page elsewhere cannot reach the site through DNS rebinding.
- With a token (required by `monitor.web.server` off loopback) every page, the feed and the API
  need `Authorization: Bearer <token>` or the cookie set by /login. The cookie holds an HMAC of
  the token, not the token; both are compared with `hmac.compare_digest`. Static files (the
  stylesheet) are public so the sign-in page is styled.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}
COOKIE = "fm_session"
LOGIN = "/login"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
MAX_FORM_BYTES = 4096

Page = Callable[..., Response]  # Site.page(request, template, status, **context)


class SecurityHeaders:
    """Adds HEADERS (and a Cache-Control unless set) to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        # Pages may be private (behind the token) and change with every poll; the stylesheet does not.
        cache = b"max-age=3600" if scope["path"].startswith("/static/") else b"no-store"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode("latin-1") not in HEADERS]
                headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in HEADERS.items()]
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", cache))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def session_value(token: str) -> str:
    """What the login cookie holds: an HMAC of the token (the token itself never goes in a cookie)."""
    return hmac.new(token.encode("utf-8"), b"filing-monitor web session", hashlib.sha256).hexdigest()


def _equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


class Guard:
    """Methods, Host names and the token, checked before any route runs."""

    def __init__(self, app: ASGIApp, *, token: str | None, allowed_hosts: Sequence[str] | None, login_page: Page):
        self.app = app
        self.token = token
        self.session = session_value(token) if token else None
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts is not None else None
        self.login_page = login_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        response = self._refuse(request)
        if response is None:
            await self.app(scope, receive, send)
        else:
            await response(scope, receive, send)

    def _refuse(self, request: Request) -> Response | None:
        method, path = request.method, request.url.path
        if method not in ("GET", "HEAD") and not (method == "POST" and path == LOGIN and self.token):
            return PlainTextResponse(
                "method not allowed: this site is read-only (GET and HEAD only)\n", 405, {"Allow": "GET, HEAD"}
            )
        if not self._host_ok(request):
            return PlainTextResponse("unknown host name (see [web].allowed_hosts)\n", 400)
        if self.token and path != LOGIN and not path.startswith("/static/") and not self._authorized(request):
            return self._unauthorized(request)
        return None

    def _host_ok(self, request: Request) -> bool:
        if self.allowed_hosts is None:
            return True
        host = urlsplit("//" + request.headers.get("host", "")).hostname or ""
        return host.lower() in self.allowed_hosts

    def _authorized(self, request: Request) -> bool:
        assert self.token is not None and self.session is not None
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and given and _equal(given.strip(), self.token):
            return True
        cookie = request.cookies.get(COOKIE)
        return bool(cookie) and _equal(cookie or "", self.session)

    def _unauthorized(self, request: Request) -> Response:
        if "text/html" in request.headers.get("accept", ""):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return self.login_page(request, "login.html", 401, next=target, error="")
        return PlainTextResponse(
            "401 unauthorized: send Authorization: Bearer <token>\n", 401,
            {"WWW-Authenticate": 'Bearer realm="filing-monitor"'},
        )


def safe_next(target: str) -> str:
    """Where to go after signing in: a path on this site only (never `//host` or a URL)."""
    if not target.startswith("/") or target.startswith(("//", "/\\")) or any(c in target for c in "\r\n"):
        return "/"
    return target


def login_routes(page: Page, token: str | None) -> list[Route]:
    """GET /login: the form; POST /login: check the token, set the cookie, go back where the user was."""

    def form(request: Request) -> Response:
        if not token:
            return RedirectResponse("/", 303)
        return page(request, "login.html", 200, next=safe_next(request.query_params.get("next", "/")), error="")

    async def submit(request: Request) -> Response:
        assert token is not None  # the Guard lets POST through only when a token is required
        fields = await _form(request)
        if isinstance(fields, Response):
            return fields
        target = safe_next(fields.get("next", "/"))
        if _equal(fields.get("token", ""), token):
            response = RedirectResponse(target, 303)
            response.set_cookie(COOKIE, session_value(token), httponly=True, samesite="strict",
                                secure=request.url.scheme == "https", path="/")
            return response
        log.warning("web: failed sign-in from %s", request.client.host if request.client else "?")
        return page(request, "login.html", 401, next=target, error="That token is not right.")

    return [Route(LOGIN, form, methods=["GET"]), Route(LOGIN, submit, methods=["POST"])]


async def _form(request: Request) -> dict[str, str] | Response:
    """The urlencoded login form, at most MAX_FORM_BYTES (python-multipart is not needed for two fields)."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        return PlainTextResponse("send the form as application/x-www-form-urlencoded\n", 415)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return PlainTextResponse("form too large\n", 413)
    parsed: dict[str, Any] = parse_qs(body.decode("utf-8", "replace"))
    return {k: v[0] for k, v in parsed.items() if v}
