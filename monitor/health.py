"""Source health, Prometheus metrics, and the small HTTP server that serves both.

`SourceHealth` remembers, per source, when its polls last succeeded. A source is stale when it has
not succeeded within `stale_after_intervals` x its interval, counted from its last success or, if it
never succeeded, from when the daemon started watching it. Three probes:
- `/livez`: 200 while the process serves HTTP at all. What a container health check and a
  restart policy should use: restarting cannot mend a feed that is down.
- `/readyz`: 200 once the scheduler runs and the store answers; 503 saying why otherwise.
- `/healthz`: 200 `ok` while no source is stale, else 503 naming the stale ones (alert on it).
`/metrics` is the Prometheus text format from a registry of our own (never the process-global one,
so tests and embedders can run several).

Counters are fed by the daemon after each poll and dispatch; the alert counts are read from the
store at scrape time, and the HTTP request budget from the Http object's counters.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, Info
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.registry import Collector

from monitor import __version__
from monitor.domain import AlertMessage, DeliveryError
from monitor.settings import parse_address

log = logging.getLogger(__name__)

ALERT_STATUSES = ("pending", "sending", "sent", "dead", "muted", "held", "digested", "acked")
LATENCY_BUCKETS = (5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 12 * 3600, 24 * 3600)
POLL_BUCKETS = (0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300)


# ---- source health ------------------------------------------------------------------------------


@dataclass
class SourceStatus:
    name: str
    interval: float  # seconds between polls
    watched_since: float  # unix time the daemon started watching this source
    last_success: float | None = None
    last_attempt: float | None = None
    last_error: str = ""
    consecutive_failures: int = 0

    def silent_for(self, now: float) -> float:
        """Seconds since the last success (or since watching began, if none yet)."""
        return now - (self.last_success if self.last_success is not None else self.watched_since)


@dataclass(frozen=True)
class Stale:
    name: str
    silent_seconds: float
    limit_seconds: float
    last_error: str
    ever_succeeded: bool

    def describe(self) -> str:
        what = "no successful poll" if self.ever_succeeded else "never polled successfully"
        text = f"{self.name}: {what} for {self.silent_seconds:.0f} s (limit {self.limit_seconds:.0f} s)"
        return text + (f"; last error: {self.last_error}" if self.last_error else "")


class SourceHealth:
    """Thread-safe: polls record from scheduler threads, /healthz reads from the server thread."""

    def __init__(self, stale_after_intervals: float, clock: Callable[[], float] = time.time):
        self.stale_after_intervals = stale_after_intervals
        self._clock = clock
        self._sources: dict[str, SourceStatus] = {}
        self._lock = threading.Lock()

    def watch(self, intervals: Mapping[str, float], stale_after_intervals: float | None = None) -> None:
        """Track exactly these sources (name -> interval); sources kept across a reload keep their state."""
        now = self._clock()
        with self._lock:
            if stale_after_intervals is not None:
                self.stale_after_intervals = stale_after_intervals
            old = self._sources
            self._sources = {}
            for name, interval in intervals.items():
                status = old.get(name) or SourceStatus(name, interval, watched_since=now)
                status.interval = interval
                self._sources[name] = status

    def record(self, name: str, ok: bool, error: str = "") -> None:
        now = self._clock()
        with self._lock:
            status = self._sources.get(name)
            if status is None:  # a poll of a source dropped by a reload meanwhile
                return
            status.last_attempt = now
            if ok:
                status.last_success, status.last_error, status.consecutive_failures = now, "", 0
            else:
                status.last_error, status.consecutive_failures = error[:500], status.consecutive_failures + 1

    def stale(self) -> list[Stale]:
        now = self._clock()
        with self._lock:
            out = []
            for s in self._sources.values():
                limit = self.stale_after_intervals * s.interval
                silent = s.silent_for(now)
                if silent > limit:
                    out.append(Stale(s.name, silent, limit, s.last_error, s.last_success is not None))
            return out

    def statuses(self) -> list[SourceStatus]:
        with self._lock:
            return [SourceStatus(**vars(s)) for s in self._sources.values()]


# ---- metrics ------------------------------------------------------------------------------------


class Metrics:
    """The daemon's metrics in their own CollectorRegistry."""

    def __init__(
        self,
        health: SourceHealth,
        alert_counts: Callable[[], Mapping[str, int]],
        http_counters: Callable[[], Mapping[str, Any] | None],
    ):
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.polls = Counter("filing_monitor_polls", "Polls run, per source", ["source"], registry=r)
        self.poll_failures = Counter(
            "filing_monitor_poll_failures", "Polls that failed (wholly or for some feed URLs)", ["source"], registry=r
        )
        self.releases = Counter(
            "filing_monitor_releases", "Releases stored: new ones and new versions", ["source", "status"], registry=r
        )
        self.findings = Counter("filing_monitor_findings", "Findings detected, per event kind", ["kind"], registry=r)
        self.alerts_queued = Counter("filing_monitor_alerts_queued", "Alert rows added to the outbox", registry=r)
        self.dispatched = Counter(
            "filing_monitor_dispatch", "Outbox rows handled by the dispatcher, per outcome", ["outcome"], registry=r
        )
        self.job_errors = Counter(
            "filing_monitor_job_errors", "Scheduled jobs that raised unexpectedly", ["job"], registry=r
        )
        self.deliveries = Counter(
            "filing_monitor_deliveries",
            "Send attempts per channel and outcome: sent, transient_error (retried unless out of attempts), "
            "permanent_error",
            ["channel", "outcome"],
            registry=r,
        )
        self.alert_latency = Histogram(
            "filing_monitor_alert_latency_seconds",
            "From the release first seen to its alert delivered, per channel (quiet hours count; digests do not)",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.poll_duration = Histogram(
            "filing_monitor_poll_duration_seconds", "Duration of one poll, per source", ["source"],
            buckets=POLL_BUCKETS, registry=r,
        )
        Info("filing_monitor_build", "The running filing-monitor", registry=r).info({"version": __version__})
        r.register(_HealthCollector(health))
        r.register(_AlertCollector(alert_counts))
        r.register(_HttpCollector(http_counters))

    def observe_poll(self, stats: Any) -> None:
        """Count one pipeline.PollStats."""
        name = stats.source
        self.polls.labels(name).inc()
        if not stats.ok:
            self.poll_failures.labels(name).inc()
        if stats.releases:
            self.releases.labels(name, "new").inc(stats.releases)
        if stats.versions:
            self.releases.labels(name, "version").inc(stats.versions)
        for kind, n in stats.findings.items():
            self.findings.labels(kind).inc(n)
        if stats.alerts:
            self.alerts_queued.inc(stats.alerts)

    def observe_dispatch(self, stats: Any) -> None:
        for outcome in ("sent", "retried", "dead"):
            n = getattr(stats, outcome, 0)
            if n:
                self.dispatched.labels(outcome).inc(n)

    def observe_delivery(self, channel: str, msg: AlertMessage, delivered_at: float) -> None:
        self.deliveries.labels(channel, "sent").inc()
        if msg.first_seen is not None and not msg.digest:
            self.alert_latency.labels(channel).observe(max(delivered_at - msg.first_seen.timestamp(), 0.0))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MeteredChannel:
    """A channel that counts its sends in Metrics (outcome per channel, and latency); otherwise the
    channel itself: every other attribute (name, rate_per_second, ...) is the wrapped channel's."""

    def __init__(self, inner: Any, metrics: Metrics, clock: Callable[[], float] = time.time):
        self._inner, self._metrics, self._clock = inner, metrics, clock

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._inner, attr)

    def send(self, msg: AlertMessage) -> None:
        name = str(self._inner.name)
        try:
            self._inner.send(msg)
        except DeliveryError as e:
            self._metrics.deliveries.labels(name, "transient_error" if e.transient else "permanent_error").inc()
            raise
        except Exception:
            self._metrics.deliveries.labels(name, "transient_error").inc()  # the outbox retries these
            raise
        self._metrics.observe_delivery(name, msg, self._clock())


def metered(channels: Mapping[str, Any], metrics: Metrics) -> dict[str, MeteredChannel]:
    return {name: MeteredChannel(ch, metrics) for name, ch in channels.items()}


class _HealthCollector(Collector):
    def __init__(self, health: SourceHealth):
        self.health = health

    def collect(self) -> Iterator[Metric]:
        last = GaugeMetricFamily(
            "filing_monitor_source_last_success_timestamp_seconds",
            "Unix time of the last successful poll, per source", labels=["source"],
        )
        up = GaugeMetricFamily("filing_monitor_source_healthy", "1 while the source is not stale", labels=["source"])
        failing = GaugeMetricFamily(
            "filing_monitor_source_consecutive_failures", "Failed polls in a row, per source", labels=["source"]
        )
        stale = {s.name for s in self.health.stale()}
        for s in self.health.statuses():
            if s.last_success is not None:
                last.add_metric([s.name], s.last_success)
            up.add_metric([s.name], 0.0 if s.name in stale else 1.0)
            failing.add_metric([s.name], float(s.consecutive_failures))
        yield from (last, up, failing)


class _AlertCollector(Collector):
    """Alert rows by status, read from the store on each scrape (cheap: one GROUP BY)."""

    def __init__(self, counts: Callable[[], Mapping[str, int]]):
        self.counts = counts

    def collect(self) -> Iterator[Metric]:
        store_up = GaugeMetricFamily("filing_monitor_store_up", "1 when the store answered the last scrape")
        try:
            counts = dict(self.counts())
        except Exception as e:  # noqa: BLE001 - a scrape must not fail because the store is down
            log.warning("metrics: cannot read alert counts from the store: %s", e)
            store_up.add_metric([], 0.0)
            yield store_up
            return
        store_up.add_metric([], 1.0)
        alerts = GaugeMetricFamily("filing_monitor_alerts", "Alert rows in the outbox, per status", labels=["status"])
        for status in sorted(set(ALERT_STATUSES) | set(counts)):
            alerts.add_metric([status], float(counts.get(status, 0)))
        yield from (store_up, alerts)


class _HttpCollector(Collector):
    """The HTTP seam's counters: requests per host and the SEC request budget."""

    def __init__(self, counters: Callable[[], Mapping[str, Any] | None]):
        self.counters = counters

    def collect(self) -> Iterator[Metric]:
        c = self.counters()
        if not c:
            return
        requests = CounterMetricFamily("filing_monitor_http_requests", "HTTP requests sent, per host", labels=["host"])
        for host, n in sorted(dict(c.get("requests_by_host", {})).items()):
            requests.add_metric([host], float(n))
        errors = CounterMetricFamily("filing_monitor_http_errors", "HTTP attempts that failed, per host", labels=["host"])
        for host, n in sorted(dict(c.get("errors_by_host", {})).items()):
            errors.add_metric([host], float(n))
        yield from (requests, errors)
        simple = [
            ("budget_waits", "filing_monitor_sec_budget_waits", "Times a request waited for the SEC budget", True),
            ("budget_wait_seconds", "filing_monitor_sec_budget_wait_seconds", "Seconds spent waiting for it", True),
            ("rate_pauses", "filing_monitor_sec_rate_pauses", "SEC 'rate threshold exceeded' pauses", True),
            ("requests_per_second", "filing_monitor_sec_budget_requests_per_second", "The SEC budget", False),
            ("paused_for", "filing_monitor_sec_paused_seconds", "Seconds left of an SEC rate pause", False),
        ]
        for key, name, doc, counter in simple:
            if key in c:
                family = CounterMetricFamily(name, doc) if counter else GaugeMetricFamily(name, doc)
                family.add_metric([], float(c[key]))
                yield family


def http_counters(http: object) -> dict[str, Any] | None:
    """What the Http object exposes: `counters()`, plus its budget and pause if it has them."""
    counters = getattr(http, "counters", None)
    if not callable(counters):
        return None
    out = dict(counters())
    for attr in ("requests_per_second", "paused_for"):
        value = getattr(http, attr, None)
        if isinstance(value, (int, float)):
            out[attr] = value
    return out


# ---- the HTTP server ----------------------------------------------------------------------------


Readiness = Callable[[], tuple[bool, str]]  # (ready, why not)


def _always_ready() -> tuple[bool, str]:
    return True, ""


class HealthServer:
    """Serves /livez, /readyz, /healthz and /metrics on a daemon thread until close()."""

    def __init__(self, address: str, health: SourceHealth, metrics: Metrics, ready: Readiness = _always_ready):
        host, port = parse_address(address, any_port=True)
        server_class = _IPv6Server if ":" in host else ThreadingHTTPServer
        try:
            self._httpd = server_class((host, port), _make_handler(health, metrics, ready))
        except OSError as e:
            raise OSError(e.errno, f"cannot serve /healthz and /metrics on {address}: {e.strerror or e}") from None
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="health-http", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        return str(self._httpd.server_address[0]), int(self._httpd.server_address[1])

    def start(self) -> HealthServer:
        self._thread.start()
        log.info("health and metrics on http://%s:%d/ (livez, readyz, healthz, metrics)", *self.address)
        return self

    def close(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()


class _IPv6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


def _make_handler(health: SourceHealth, metrics: Metrics, ready: Readiness) -> type[BaseHTTPRequestHandler]:
    text = "text/plain; charset=utf-8"

    class _Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/livez":
                self._reply(200, b"ok\n", text)
            elif path == "/readyz":
                is_ready, why = ready()
                self._reply(200 if is_ready else 503, (b"ready\n" if is_ready else f"not ready: {why}\n".encode()),
                            text)
            elif path == "/healthz":
                stale = health.stale()
                if stale:
                    body = "stale\n" + "".join(s.describe() + "\n" for s in stale)
                    self._reply(503, body.encode("utf-8"), "text/plain; charset=utf-8")
                else:
                    self._reply(200, b"ok\n", "text/plain; charset=utf-8")
            elif path == "/metrics":
                self._reply(200, metrics.render(), CONTENT_TYPE_LATEST)
            else:
                self._reply(404, b"not found: try /livez, /readyz, /healthz or /metrics\n", text)

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("health http: " + format, *args)

    return _Handler
