"""A local replay HTTP server: the demo's EDGAR and newswire, and the tests' too.

A threaded `http.server` on 127.0.0.1 (a free port unless one is given) answering from a mutable
route table. A route is a path with an optional query; a request matches the route with the same
path whose query parameters it all carries (the most specific route wins), so `/feed?start=0` and
`/feed` can answer differently. A route answers with a fixed (status, headers, body) or with a
handler called per request. Routes can be added, replaced and removed while the server runs, and
every request is logged with its headers (tests assert the declared User-Agent, conditional GETs, ...).

Standard library only; no I/O besides the loopback socket.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    """One request as the server saw it."""

    method: str
    path: str  # without the query
    query: dict[str, str]
    target: str  # path and query as sent
    headers: dict[str, str]  # header names as sent; use header() for a case-insensitive look-up
    body: bytes
    at: float  # time.time() on arrival

    def header(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), default)


@dataclass(frozen=True)
class Answer:
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


Handler = Callable[[Request], Answer]


@dataclass(frozen=True)
class _Route:
    path: str
    query: tuple[tuple[str, str], ...]
    answer: Answer | Handler


class ReplayServer:
    """`with ReplayServer() as srv: srv.add("/feed.xml", body); requests.get(srv.url + "/feed.xml")`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        self._routes: dict[tuple[str, tuple[tuple[str, str], ...]], _Route] = {}
        self._log: list[Request] = []
        self._lock = threading.Lock()
        self.host = host
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ---- lifecycle ------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT`, no trailing slash."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay-server", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- routes ---------------------------------------------------------------------------------

    def add(
        self,
        target: str,
        body: bytes | str | Handler = b"",
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        content_type: str | None = None,
    ) -> None:
        """Serve `body` at `target` ("/path" or "/path?k=v"); replaces a route with the same target.

        `body` may be a handler `Request -> Answer`, called for each matching request.
        """
        path, query = _split(target)
        answer: Answer | Handler
        if callable(body):
            answer = body
        else:
            data = body.encode("utf-8") if isinstance(body, str) else body
            hdrs = dict(headers or {})
            if content_type:
                hdrs["Content-Type"] = content_type
            answer = Answer(status, hdrs, data)
        with self._lock:
            self._routes[(path, query)] = _Route(path, query, answer)

    def remove(self, target: str) -> None:
        with self._lock:
            self._routes.pop(_split(target), None)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def requests(self, path: str | None = None) -> list[Request]:
        """Every request so far (or those for `path`), oldest first."""
        with self._lock:
            return [r for r in self._log if path is None or r.path == path]

    def answer(self, request: Request) -> Answer:
        with self._lock:
            self._log.append(request)
            route = _best(self._routes.values(), request)
        if route is None:
            return Answer(404, {"Content-Type": "text/plain"}, b"no such route\n")
        if isinstance(route.answer, Answer):
            return route.answer
        try:
            return route.answer(request)
        except Exception:  # a broken handler is a test bug: answer 500 and say so in the log
            log.exception("replay handler for %s failed", request.target)
            return Answer(500, {"Content-Type": "text/plain"}, b"handler failed\n")

    # ---- the request handler --------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length > 0 else b""
                parts = urlsplit(self.path)
                request = Request(
                    method=self.command,
                    path=parts.path,
                    query=dict(parse_qsl(parts.query, keep_blank_values=True)),
                    target=self.path,
                    headers={k: v for k, v in self.headers.items()},
                    body=body,
                    at=time.time(),
                )
                answer = server.answer(request)
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    if key.lower() != "content-length":
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(answer.body)

            do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _serve

            def log_message(self, format: str, *args: object) -> None:
                log.debug("replay: " + format, *args)

        return _Handler


def _split(target: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    parts = urlsplit(target)
    return parts.path or "/", tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))


def _best(routes: Iterable[_Route], request: Request) -> _Route | None:
    """The route for the request's path whose query is the largest subset of the request's query."""
    fits = [
        r for r in routes
        if r.path == request.path and all(request.query.get(k) == v for k, v in r.query)
    ]
    return max(fits, key=lambda r: len(r.query), default=None)
