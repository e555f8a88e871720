"""The one HTTP seam: a single `requests.Session` for every source.

What it guarantees, for every request:
- the declared User-Agent (the SEC refuses undeclared tools) and `Accept-Encoding: gzip, deflate`;
- connect/read timeouts and a total deadline over the whole exchange (connect, response headers,
  body; retries included): a watchdog shuts the socket down when the deadline passes, so a server
  that drips its headers or body a byte at a time cannot hold a poll; the body is streamed in
  chunks and abandoned past the byte cap, so no job can hang or eat memory;
- bounded retries with backoff on connection errors, 5xx and 429 (honouring `Retry-After`);
- ONE request budget shared by all SEC hosts (www, data, efts and the configured base/data URL
  hosts): the SEC counts them together, at most 10 requests/s per user. A share of it is reserved
  for foreground requests (the feed poll and its documents); requests made inside `background()`
  (the catch-up, backfills) use the rest and give way to a waiting foreground request;
- the SEC's 403 "Request Rate Threshold Exceeded" pauses every SEC request for 10 minutes; during
  the pause SEC requests fail fast with a transient `RateLimited` (nothing sleeps for 10 minutes).
  `on_rate_pause` lets the caller keep the pause (the store does, so a restart honours it) and
  `pause_sec` restores one.

The channels' HTTP posts (Slack, webhook) use `bounded` sessions and `Watchdog` too.

Other hosts are paced on request (`limit_host`, `pace`): a per-host rate, and a spread of a source's
requests over its interval; `shutdown()` ends those waits when the process stops.

Time is injected (`clock` = monotonic seconds, `sleep`, `wait`) so tests never really wait.
"""

from __future__ import annotations

import logging
import math
import socket
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any, Literal, Self
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from monitor.settings import user_agent_ok

log = logging.getLogger(__name__)

SEC_HOSTS = frozenset({"www.sec.gov", "data.sec.gov", "efts.sec.gov"})
MAX_REQUESTS_PER_SECOND = 10.0  # the SEC's published ceiling per user, all machines together
RATE_PAUSE_SECONDS = 600.0  # "Your access to SEC.gov will be limited for 10 minutes"
CHUNK = 64 * 1024

_RATE_EXCEEDED = ("request rate threshold exceeded", "exceeded the sec", "traffic limit")
_UNDECLARED = ("undeclared automated tool", "automated tools outside of the acceptable policy")

Kind = Literal["feed", "document"]


class HttpError(Exception):
    """A request failed. `transient`: a later retry can help (network, 5xx, 429, rate pause)."""

    def __init__(
        self,
        message: str,
        status: int | None = None,
        transient: bool = False,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.transient = transient
        self.retry_after = retry_after


class RateLimited(HttpError):
    """The SEC's rate threshold was hit: every SEC request is paused until `retry_after` passes."""


class UserAgentRefused(HttpError):
    """The SEC refused our User-Agent as an undeclared tool: a configuration error, never retried."""


class UserAgentError(ValueError):
    """The configured User-Agent cannot be used with the SEC (no contact e-mail)."""


def require_user_agent(ua: str) -> str:
    """Return the User-Agent if the SEC would accept it as declared; raise UserAgentError if not."""
    ua = (ua or "").strip()
    if not user_agent_ok(ua):
        got = f'"{ua}"' if ua else "nothing"
        raise UserAgentError(
            "edgar.user_agent: the SEC requires a User-Agent naming you and a contact e-mail, "
            f'e.g. "Acme Credit Research ops@acme.example" (got {got}); EDGAR polling will not start'
        )
    return ua


@dataclass(frozen=True)
class Response:
    status: int
    headers: Mapping[str, str]
    content: bytes
    url: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def text(self) -> str:
        return self.content.decode(_charset(self.headers.get("content-type")), errors="replace")

    def json(self) -> Any:
        import json

        return json.loads(self.content)


def _charset(content_type: str | None) -> str:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"')
    return "utf-8"


@dataclass
class HttpStats:
    requests_by_host: Counter[str] = field(default_factory=Counter)
    errors_by_host: Counter[str] = field(default_factory=Counter)
    budget_waits: int = 0
    budget_wait_seconds: float = 0.0
    rate_pauses: int = 0


class _Budget:
    """At most `n` requests in any window of `window` seconds, shared by every SEC host.

    A sliding window (not a token bucket) so that the guarantee is exactly what the SEC measures:
    no 1-second window holds more than `requests_per_second` requests.

    A share of it is reserved for foreground requests (the feed poll and the documents of what it
    finds): background requests (the catch-up, backfills) hold at most `n_background` of a window and
    give way while a foreground request waits, so a long catch-up never delays an alert.
    """

    def __init__(
        self,
        requests_per_second: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
        reserved_share: float = 0.0,
    ):
        if requests_per_second >= 1:
            self.n, self.window = math.floor(requests_per_second), 1.0
        else:
            self.n, self.window = 1, 1.0 / requests_per_second
        self.n_background = max(1, self.n - math.ceil(self.n * reserved_share))
        self._times: deque[float] = deque()
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()  # guards the state below; never held while sleeping
        # One waiter per class at a time: waiting requests of a class queue up instead of bursting.
        self._queues = {False: threading.Lock(), True: threading.Lock()}
        self._foreground_waiting = 0
        self.paused_until = float("-inf")

    def acquire(self, stats: HttpStats, background: bool = False) -> None:
        if not background:
            with self._lock:
                self._foreground_waiting += 1
        try:
            with self._queues[background]:
                self._check_pause()
                while (wait := self._take(background)) > 0:
                    stats.budget_waits += 1
                    stats.budget_wait_seconds += wait
                    self._sleep(wait)
        finally:
            if not background:
                with self._lock:
                    self._foreground_waiting -= 1

    def _take(self, background: bool) -> float:
        """Take a slot now (0.0), or say how long to wait before trying again."""
        limit = self.n_background if background else self.n
        with self._lock:
            now = self._clock()
            while self._times and now - self._times[0] >= self.window:
                self._times.popleft()
            if len(self._times) < limit and not (background and self._foreground_waiting):
                self._times.append(now)
                return 0.0
            if len(self._times) < limit:  # a foreground request is about to take the free slot
                return min(self.window / self.n, 0.05)
            return max(self._times[len(self._times) - limit] + self.window - now, 0.001)

    def _check_pause(self) -> None:
        remaining = self.paused_until - self._clock()
        if remaining > 0:
            raise RateLimited(
                f"SEC requests are paused for another {remaining:.0f} s after the SEC's "
                "'Request Rate Threshold Exceeded' answer",
                status=403,
                transient=True,
                retry_after=remaining,
            )

    def pause(self, seconds: float) -> None:
        with self._lock:
            self.paused_until = max(self.paused_until, self._clock() + seconds)


# ---- the total deadline of one exchange ---------------------------------------------------------
#
# Why a watchdog: the timeouts of requests, urllib3 and smtplib apply to each socket operation and
# restart with every byte received, so a server that sends one byte every few seconds holds a
# request for as long as it likes. Neither requests nor urllib3 bounds a whole exchange (urllib3's
# Timeout(total=...) only shortens the per-read timeout). A timer thread that shuts the socket down
# at the deadline does: the blocked read returns at once and the request fails with an error.


class Watchdog:
    """`with Watchdog(seconds) as dog:` shuts down the sockets of the exchange in progress in this
    thread (urllib3 connections of `bounded` sessions; anything watched with `watch`) once `seconds`
    have passed. Afterwards `dog.fired` says whether it did."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.fired = False
        self._done = False
        self._lock = threading.Lock()
        self._targets: list[Any] = []
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True
        self._outer: Watchdog | None = None

    def watch(self, target: Any) -> None:
        """Watch an object whose `.sock` attribute is (or will become) the socket in use."""
        with self._lock:
            if not any(t is target for t in self._targets):
                self._targets.append(target)
            if self.fired:
                _shut(target)

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            for target in self._targets:
                _shut(target)

    def __enter__(self) -> Self:
        self._outer = getattr(_current, "watchdog", None)
        _current.watchdog = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            self._targets.clear()
        _current.watchdog = self._outer


_current = threading.local()


def _shut(target: Any) -> None:
    for name in ("sock", "raw_sock"):  # raw_sock: a socket just opened, before the connection holds it
        sock = getattr(target, name, None)
        if sock is None:
            continue
        try:
            # socket.socket's own shutdown, also for an SSLSocket (whose override would drop its SSL
            # object under the reading thread): the reader sees the connection end and fails.
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass


def _watched(conn: Any) -> None:
    dog = getattr(_current, "watchdog", None)
    if dog is not None:
        dog.watch(conn)


class _Watched:
    """Tells this thread's Watchdog about every socket a connection opens (so a TLS handshake, which
    could drip too, is covered; a watchdog that already fired shuts it at once) and about every
    reuse of a kept-alive connection."""

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        self.raw_sock = sock
        _watched(self)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watched(self)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _Connection(_Watched, HTTPConnection):
    pass


class _TLSConnection(_Watched, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


_POOLS = {"http": _Pool, "https": _TLSPool}


class _Adapter(HTTPAdapter):
    """requests' adapter with connections a Watchdog can see."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if isinstance(manager, urllib3.ProxyManager):  # not SOCKS: its pools are its own
            manager.pool_classes_by_scheme = _POOLS
        return manager


def bounded(session: requests.Session | None = None) -> requests.Session:
    """`session` (or a new one) whose requests a Watchdog can cut off."""
    session = session or requests.Session()
    for prefix in ("http://", "https://"):
        session.mount(prefix, _Adapter())
    return session
class _HostPace:
    """Request times for one host: each paced request is at least `gap` seconds after the previous."""

    def __init__(self, gap: float):
        self.gap = gap
        self._next = float("-inf")
        self._lock = threading.Lock()

    def reserve(self, now: float) -> float:
        """Book the next slot; returns how long to wait for it."""
        with self._lock:
            at = max(now, self._next)
            self._next = at + self.gap
            return at - now


class _Transient(Exception):
    """An attempt failed in a way a retry can help; carries the HttpError to raise at the end."""

    def __init__(self, error: HttpError):
        super().__init__(str(error))
        self.error = error


class Http:
    def __init__(
        self,
        user_agent: str,
        *,
        requests_per_second: float = 5,
        sec_hosts: Iterable[str] = (),
        feed_max_bytes: int = 5_000_000,
        document_max_bytes: int = 25_000_000,
        timeout: float = 20.0,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        max_tries: int = 3,
        backoff_seconds: float = 1.0,
        max_retry_after: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
        on_rate_pause: Callable[[float], None] | None = None,
        reserved_share: float = 0.0,
        wait: Callable[[float], bool] | None = None,
    ):
        """`timeout` is the total deadline of one `get` (all attempts, each exchange cut off by a
        Watchdog); `sec_hosts` adds hosts (or URLs) to the SEC budget, e.g. the configured
        `edgar.base_url`/`data_url`; `on_rate_pause(seconds)` is called when the SEC pauses us;
        `reserved_share` of that budget is kept for foreground requests (see `background`).
        `wait(seconds)` is the long, interruptible wait of `pace` (True: interrupted by `shutdown`)."""
        if requests_per_second <= 0:
            raise ValueError("requests_per_second must be positive")
        if requests_per_second > MAX_REQUESTS_PER_SECOND:
            log.warning("requests_per_second %.1f is above the SEC's limit; using %.0f",
                        requests_per_second, MAX_REQUESTS_PER_SECOND)
            requests_per_second = MAX_REQUESTS_PER_SECOND
        self.user_agent = user_agent.strip()
        self.requests_per_second = requests_per_second
        self.sec_hosts = SEC_HOSTS | {_hostname(h) for h in sec_hosts if _hostname(h)}
        self.caps: dict[str, int] = {"feed": feed_max_bytes, "document": document_max_bytes}
        self.timeout, self.connect_timeout, self.read_timeout = timeout, connect_timeout, read_timeout
        self.max_tries, self.backoff_seconds, self.max_retry_after = max(1, max_tries), backoff_seconds, max_retry_after
        self.clock, self.sleep = clock, sleep
        self.stats = HttpStats()
        self._budget = _Budget(requests_per_second, clock, sleep, reserved_share)
        self.on_rate_pause = on_rate_pause
        self.closing = threading.Event()  # set by shutdown(): long waits end, loops stop between requests
        self._wait = wait or self.closing.wait
        self._local = threading.local()  # per thread: background priority
        self._host_pace: dict[str, _HostPace] = {}
        self.session = bounded(session)
        self.session.headers.update({"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"})

    # ---- public -------------------------------------------------------------------------------

    def is_sec(self, url: str) -> bool:
        return _hostname(url) in self.sec_hosts

    def pause_sec(self, seconds: float) -> None:
        """Send no SEC request for `seconds` (a pause this or an earlier process was given)."""
        if seconds > 0:
            self._budget.pause(seconds)

    @property
    def paused_for(self) -> float:
        """Seconds left of an SEC rate pause (0 when not paused): for health and metrics."""
        return max(0.0, self._budget.paused_until - self.clock())

    def counters(self) -> dict[str, Any]:
        s = self.stats
        return {
            "requests_by_host": dict(s.requests_by_host),
            "errors_by_host": dict(s.errors_by_host),
            "budget_waits": s.budget_waits,
            "budget_wait_seconds": s.budget_wait_seconds,
            "rate_pauses": s.rate_pauses,
        }

    @contextmanager
    def background(self) -> Iterator[None]:
        """SEC requests made by this thread inside the block use the unreserved share of the budget
        (the catch-up and backfills), so the feed poll and its documents go first."""
        before = getattr(self._local, "background", False)
        self._local.background = True
        try:
            yield
        finally:
            self._local.background = before

    def shutdown(self) -> None:
        """The process is stopping: `pace` waits end at once, and loops that check `closing` stop
        between two requests."""
        self.closing.set()

    def limit_host(self, url_or_host: str, requests_per_second: float) -> None:
        """At most `requests_per_second` paced requests (see `pace`) to this host from now on. For
        non-SEC hosts: the SEC hosts have their budget."""
        self._host_pace[_hostname(url_or_host)] = _HostPace(1.0 / requests_per_second)

    def pace(self, url: str, spread: float = 0.0) -> bool:
        """Call before a request to `url` that should be paced: waits `spread` seconds (a source
        spreading its requests over its interval), then until the host's limit (`limit_host`) allows
        one more request. False when the process is stopping: do not send it."""
        if spread > 0 and self._wait(spread):
            return False
        host_pace = self._host_pace.get(_hostname(url))
        if host_pace is not None:
            delay = host_pace.reserve(self.clock())
            if delay > 0 and self._wait(delay):
                return False
        return not self.closing.is_set()

    def get(
        self,
        url: str,
        *,
        kind: Kind = "document",
        headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        tries: int | None = None,
    ) -> Response:
        """GET `url`. Returns 2xx and 304 responses; raises HttpError for everything else."""
        sec = self.is_sec(url)
        if sec and not user_agent_ok(self.user_agent):
            raise UserAgentRefused(
                f"not sending {url}: the SEC needs a User-Agent with a contact e-mail "
                f"(edgar.user_agent is {self.user_agent!r}); this is a configuration error"
            )
        hdrs = dict(headers or {})
        if etag:
            hdrs["If-None-Match"] = etag
        if last_modified:
            hdrs["If-Modified-Since"] = last_modified
        cap = max_bytes if max_bytes is not None else self.caps[kind]
        deadline: float | None = None
        n = max(1, tries if tries is not None else self.max_tries)
        for attempt in range(1, n + 1):
            if sec:
                self._budget.acquire(self.stats, background=getattr(self._local, "background", False))
            # The deadline starts after the first budget wait: those waits are bounded and fair.
            deadline = self.clock() + self.timeout if deadline is None else deadline
            try:
                return self._attempt(url, hdrs, cap, deadline, sec)
            except _Transient as t:
                error = t.error
                self.stats.errors_by_host[_hostname(url)] += 1
            except HttpError:
                self.stats.errors_by_host[_hostname(url)] += 1
                raise
            delay = self._delay(error, attempt)
            if attempt == n or delay is None or self.clock() + delay >= deadline:
                raise error
            log.info("GET %s failed (%s); retry %d/%d in %.1f s",
                     _for_log(url, url), _for_log(str(error), url), attempt, n - 1, delay)
            self.sleep(delay)
        raise AssertionError("unreachable")

    # ---- one attempt --------------------------------------------------------------------------

    def _attempt(self, url: str, hdrs: dict[str, str], cap: int, deadline: float, sec: bool) -> Response:
        host = _hostname(url)
        self.stats.requests_by_host[host] += 1
        remaining = deadline - self.clock()
        if remaining <= 0:
            raise _Transient(HttpError(f"GET {url}: deadline passed before sending", transient=True))
        timeouts = (min(self.connect_timeout, remaining), min(self.read_timeout, remaining))
        with Watchdog(remaining) as dog:
            try:
                r = self.session.get(url, headers=hdrs, stream=True, timeout=timeouts, allow_redirects=True)
                try:
                    body = self._read_body(r, url, cap, deadline)
                finally:
                    r.close()
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as e:
                if dog.fired:
                    raise _Transient(self._past_deadline(url)) from None
                raise _Transient(HttpError(f"GET {url}: {type(e).__name__}: {e}", transient=True)) from None
            except _Transient:
                if dog.fired:
                    raise _Transient(self._past_deadline(url)) from None
                raise
        if dog.fired:  # a shut socket can look like the end of the body: never take that as complete
            raise _Transient(self._past_deadline(url))
        resp = Response(
            status=r.status_code,
            headers=r.headers,
            content=body,
            url=r.url,
            etag=r.headers.get("ETag"),
            last_modified=r.headers.get("Last-Modified"),
        )
        log.debug("GET %s -> %d (%d bytes)", _for_log(url, url), r.status_code, len(body))
        if 200 <= r.status_code < 300 or r.status_code == 304:
            return resp
        raise self._status_error(resp, url, sec)

    def _past_deadline(self, url: str) -> HttpError:
        return HttpError(f"GET {url}: no complete answer within the deadline of {self.timeout:g} s "
                         "(connection closed)", transient=True)

    def _read_body(self, r: requests.Response, url: str, cap: int, deadline: float) -> bytes:
        declared = r.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap and not r.headers.get("Content-Encoding"):
            raise HttpError(f"GET {url}: body of {declared} bytes exceeds the {cap}-byte cap")
        raw = r.raw
        # read1 returns what has arrived so far, so a trickling server cannot stretch one read past
        # the deadline (read(n) would block until n bytes came).
        read = raw.read1 if hasattr(raw, "read1") else raw.read
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                chunk = read(CHUNK, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:  # counted after decompression: a small gzip can hide a huge body
                    raise HttpError(f"GET {url}: body exceeds the {cap}-byte cap")
                chunks.append(chunk)
                if self.clock() > deadline:
                    raise _Transient(HttpError(
                        f"GET {url}: deadline of {self.timeout:g} s passed while reading the body",
                        transient=True,
                    ))
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as e:
            raise _Transient(HttpError(f"GET {url}: {type(e).__name__}: {e}", transient=True)) from None
        return b"".join(chunks)

    def _status_error(self, resp: Response, url: str, sec: bool) -> Exception:
        status = resp.status
        if status == 403 and sec:
            body = resp.content[:200_000].decode("latin-1").lower()
            if any(s in body for s in _RATE_EXCEEDED):
                self._budget.pause(RATE_PAUSE_SECONDS)
                self.stats.rate_pauses += 1
                self._keep_pause(RATE_PAUSE_SECONDS)
                log.error(
                    "SEC RATE LIMIT: %s answered 'Request Rate Threshold Exceeded'; pausing ALL SEC "
                    "requests for %.0f minutes (budget %.1f requests/s; is another process using "
                    "this IP or User-Agent?)", url, RATE_PAUSE_SECONDS / 60, self.requests_per_second)
                return RateLimited(f"GET {url}: SEC request rate threshold exceeded; paused",
                                   status=403, transient=True, retry_after=RATE_PAUSE_SECONDS)
            if any(s in body for s in _UNDECLARED):
                log.error("the SEC refused the User-Agent %r as an undeclared automated tool", self.user_agent)
                return UserAgentRefused(
                    f"GET {url}: 403: the SEC refused the User-Agent {self.user_agent!r} as an undeclared "
                    "automated tool; set edgar.user_agent to your organisation and a contact e-mail "
                    "(configuration error)",
                    status=403,
                )
        if status == 429 or status >= 500:
            return _Transient(HttpError(f"GET {url}: HTTP {status}", status=status, transient=True,
                                        retry_after=_retry_after(resp)))
        return HttpError(f"GET {url}: HTTP {status}", status=status)

    def _keep_pause(self, seconds: float) -> None:
        if self.on_rate_pause is None:
            return
        try:
            self.on_rate_pause(seconds)
        except Exception:  # the pause holds in this process whatever the store says
            log.exception("could not record the SEC rate pause; it holds in this process only")

    def _delay(self, error: HttpError, attempt: int) -> float | None:
        """Seconds to wait before the next attempt; None: do not retry."""
        if not error.transient:
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_retry_after else None
        return self.backoff_seconds * 2 ** (attempt - 1)


def _retry_after(resp: Response) -> float | None:
    value = (resp.headers.get("Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    # An HTTP date: measure it against the server's own Date header, not our wall clock.
    try:
        at = parsedate_to_datetime(value)
        now = parsedate_to_datetime(resp.headers.get("Date", ""))
    except (TypeError, ValueError):
        return None
    return max(0.0, (at - now).total_seconds())


def _for_log(text: str, url: str) -> str:
    """`text` without the query string of `url`: a wire feed URL may carry an access token."""
    query = urlsplit(url).query
    return text.replace(query, "...") if query and urlsplit(url).hostname not in SEC_HOSTS else text


def _hostname(url_or_host: str) -> str:
    if "://" not in url_or_host:
        url_or_host = "//" + url_or_host
    return (urlsplit(url_or_host).hostname or "").lower()
