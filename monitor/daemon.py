"""`filing-monitor run`: the scheduler. It wires, it does not think: every job body is one call.

Jobs (APScheduler 3.11 BlockingScheduler, thread pool):
- `poll:<source>`   every source's `interval_seconds` (+ jitter), first run at start -> pipeline.poll
- `dispatch`        every delivery.dispatch_seconds -> alerts.outbox.dispatch_due
- `digests`         every 30 s: held alerts whose digest time came -> one digest row (alerts.stage)
- `catch-up`        EDGAR daily-index catch-up of the gaps feed polls recorded, at start, every
                    edgar.catch_up_minutes and at once after a poll that left a gap -> wiring.catch_up
- `backfill`        the history of watches with `backfill = true`, once each -> wiring.backfill_watches
                    (catch-up and backfill are jobs of their own: a poll never waits for them, and they
                    use the unreserved share of the SEC budget)
- `facts`           every materiality.fetch_seconds: up to fetch_per_run companies whose XBRL facts are due
                    (first watched, or a new 10-K/10-Q since the last fetch) -> wiring.refresh_facts
- `tickers`         daily refresh of the SEC ticker map (targets re-resolved; sources rebuilt if changed)
- `health`          every few seconds: a source stale for stale_after_intervals x its interval raises
                    ONE operator alert (kind "source-health", enqueued in the outbox for
                    defaults.ops_channels, so it is durable and retried), and one "recovered" note later.
Every job has max_instances=1, coalesce=True and a misfire grace time; every network call below has a
deadline, so no job hangs.

Signals: SIGTERM/SIGINT stop scheduling, let in-flight jobs finish and exit 0 (after a grace period
the process exits anyway: ingestion is transactional and the outbox keeps what was not sent). A
catch-up or backfill stops between two requests and resumes there at the next start.
SIGHUP re-reads the config file and the watchlist; an invalid new config is logged with every
problem and the running one is kept. Only one daemon may run on a SQLite store: an exclusive
flock on `<db>.lock` (or [daemon] lock_file) is taken before anything else.
"""

from __future__ import annotations

import fcntl
import logging
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import sqlalchemy as sa
from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlmodel import Session, func, select

from monitor import pipeline, wiring
from monitor import settings as settings_mod
from monitor.alerts import outbox, policy, stage
from monitor.domain import SOURCE_HEALTH, Novelty, Severity, ops_alert
from monitor.health import HealthServer, Metrics, SourceHealth, Stale, http_counters, metered
from monitor.sources.edgar import EdgarSource
from monitor.store import AlertRow, StoreError

log = logging.getLogger(__name__)

SHUTDOWN_GRACE_SECONDS = 8.0  # SIGTERM -> exit well within the 10 s systemd/docker give by default
HEALTH_CHECK_SECONDS = 5.0
TICKER_REFRESH_SECONDS = 24 * 3600.0
DISPATCH_ROUND_SECONDS = 5.0  # one dispatch round sends at most what the slowest channel allows in this time
DIGEST_CHECK_SECONDS = 30.0  # how soon after its time a digest is built


def utcnow() -> datetime:
    return datetime.now(UTC)


# ---- entry point --------------------------------------------------------------------------------


def run_daemon(config_path: str, settings: settings_mod.Settings, http: str | None) -> int:
    """The `run` command: 0 after a clean stop, 1 runtime failure, 2 bad configuration."""
    address = http or settings.daemon.http  # both checked already: `--http` by the parser, the key by settings
    lock = DaemonLock(lock_path(settings))
    try:
        lock.acquire()
    except LockError as e:
        print(f"filing-monitor run: {e}", file=sys.stderr)
        return 1
    try:
        return _run_locked(config_path, settings, address)
    finally:
        lock.release()


def _run_locked(config_path: str, settings: settings_mod.Settings, address: str | None) -> int:
    # SIGHUP's default action kills the process: until the daemon's handler is installed (building
    # can take seconds), a reload request is remembered instead.
    early_hup = threading.Event()
    signal.signal(signal.SIGHUP, lambda _signum, _frame: early_hup.set())
    try:
        daemon = Daemon(config_path, settings, http_address=address)
    except (wiring.StartupError, settings_mod.ConfigError) as e:
        problems = e.problems if isinstance(e, settings_mod.ConfigError) else [str(e)]
        for p in problems:
            print(p, file=sys.stderr)
        return 2
    except (OSError, StoreError) as e:  # the health port is taken, the store is unusable, ...
        print(f"filing-monitor run: cannot start: {e}", file=sys.stderr)
        return 1
    daemon.hup_pending = early_hup
    code = daemon.run(install_signals=True)
    if daemon.unfinished:
        # A job overran the grace period. Everything it did is transactional and the outbox keeps
        # what was not sent, so exiting now loses nothing; waiting could outlast systemd's stop timeout.
        logging.shutdown()
        os._exit(code)
    return code


# ---- the single-daemon lock ---------------------------------------------------------------------


class LockError(Exception):
    pass


def lock_path(settings: settings_mod.Settings) -> Path | None:
    """[daemon] lock_file, else `<sqlite file>.lock`; None for server databases (several daemons may
    share PostgreSQL: advisory locks split the work there)."""
    if settings.daemon.lock_file:
        return Path(settings.daemon.lock_file).expanduser()
    url = sa.engine.make_url(settings.store.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".lock").expanduser()
    return None


class DaemonLock:
    """An exclusive, non-blocking flock, released by the kernel if the process dies."""

    def __init__(self, path: Path | None):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise LockError(
                f"another filing-monitor daemon (pid {holder}) is already running on this store: "
                f"{self.path} is locked. Stop it first, or give this one its own [store] url "
                "(several daemons can share a PostgreSQL store)."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        # The file stays: unlinking it would let a third process lock a new inode while a second
        # still waits on the old one.
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


# ---- the daemon ---------------------------------------------------------------------------------


class Daemon:
    """Builds the context, schedules the jobs and runs them until stop() (or a signal)."""

    def __init__(
        self,
        config_path: str | None,
        settings: settings_mod.Settings,
        *,
        http_address: str | None = None,
        build: Callable[..., wiring.Context] = wiring.build,
    ):
        self.config_path = config_path
        self._build = build
        self.ctx = build(settings, spread=True)
        # This daemon as the owner of its outbox claims (see monitor.alerts.outbox.Owner).
        self.owner = outbox.Owner(self.ctx.engine, role=outbox.DAEMON)
        self.health = SourceHealth(settings.daemon.stale_after_intervals)
        self.metrics = Metrics(self.health, self.alert_counts, lambda: http_counters(self.ctx.http))
        self._executor = ThreadPoolExecutor(max_workers=max(10, len(self.ctx.sources) + 5))
        self.scheduler = BlockingScheduler(timezone=UTC, executors={"default": self._executor})
        self.scheduler.add_listener(self._job_failed, EVENT_JOB_ERROR)
        self.server = HealthServer(http_address, self.health, self.metrics, self.ready) if http_address else None
        self.unfinished = False  # True when stop() gave up waiting for in-flight jobs
        self._reload_lock = threading.Lock()
        self._source_locks: dict[str, threading.Lock] = {}
        self._alarmed: dict[str, str] = {}  # source -> idempotency key of its open ops alarm
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._loop_done = threading.Event()
        self._stopper: threading.Thread | None = None
        self.hup_pending = threading.Event()  # a SIGHUP that arrived before run() installed its handler

    @property
    def settings(self) -> settings_mod.Settings:
        return self.ctx.settings

    # ---- lifecycle ------------------------------------------------------------------------------

    def run(self, *, install_signals: bool = True) -> int:
        """Block until stopped. Signals can only be installed from the main thread."""
        # Alerts a killed predecessor was sending are due at once, not after their lease.
        outbox.reclaim_orphans(self.ctx.engine, self.owner, utcnow())
        self._watch_sources()
        self._schedule()
        if self.server is not None:
            self.server.start()
        if install_signals:
            self._install_signals()
            if self.hup_pending.is_set():
                self._on_hup(signal.SIGHUP, None)
        names = ", ".join(s.name for s in self.ctx.sources) or "none"
        log.info("daemon started: sources %s; channels %s", names, ", ".join(self.ctx.channels) or "none")
        try:
            if not self._stopping.is_set():
                self.scheduler.start()  # returns once stop() has shut the scheduler down
        finally:
            self._loop_done.set()
            self._finish()
        return 0

    def stop(self) -> None:
        """Stop scheduling and let running jobs finish (from any thread, signal handlers included)."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self.ctx.http.shutdown()  # a catch-up or backfill stops between two requests
        # shutdown(wait=True) waits for the running jobs: never do that in a signal handler, which
        # runs on the main thread that the scheduler loop needs to leave.
        self._stopper = threading.Thread(target=self._shutdown_scheduler, name="shutdown", daemon=True)
        self._stopper.start()

    def wait_stopped(self, timeout: float | None = None) -> bool:
        return self._stopped.wait(timeout)

    def _shutdown_scheduler(self) -> None:
        log.info("stopping: no new jobs; waiting for running ones")
        # A signal can arrive while run() is still starting the scheduler: wait for it to be up.
        for _ in range(200):
            if self.scheduler.running:
                break
            if self._loop_done.wait(0.05):
                break
        try:
            # wait=False stops scheduling and wakes the scheduler loop at once (with wait=True the
            # loop would only notice at its next timer); then wait for the running jobs here.
            self.scheduler.shutdown(wait=False)
        except SchedulerNotRunningError:
            pass
        self._executor.shutdown(wait=True)

    def _finish(self) -> None:
        if self._stopper is not None:
            self._stopper.join(SHUTDOWN_GRACE_SECONDS)
            if self._stopper.is_alive():
                self.unfinished = True
                log.warning("jobs still running after %.0f s; exiting anyway (their work is transactional "
                            "and will be redone)", SHUTDOWN_GRACE_SECONDS)
        if self.server is not None:
            self.server.close()
        if not self.unfinished:
            self.owner.close()
            self.ctx.engine.dispose()
        log.info("daemon stopped")
        self._stopped.set()

    def _install_signals(self) -> None:
        signal.signal(signal.SIGTERM, self._on_stop_signal)
        signal.signal(signal.SIGINT, self._on_stop_signal)
        signal.signal(signal.SIGHUP, self._on_hup)

    def _on_stop_signal(self, signum: int, frame: FrameType | None) -> None:
        self.stop()

    def _on_hup(self, signum: int, frame: FrameType | None) -> None:
        # Reloading reads files and may fetch the ticker map: not work for a signal handler.
        threading.Thread(target=self.reload, name="reload", daemon=True).start()

    # ---- scheduling -----------------------------------------------------------------------------

    def _schedule(self) -> None:
        """(Re)create every job; each first runs now (a reload polls the new configuration at once)."""
        s = self.settings
        now = utcnow()
        self.scheduler.remove_all_jobs()
        for source in self.ctx.sources:
            self._add(self.poll, f"poll:{source.name}", source.interval_seconds, now, [source.name], jitter=True)
        self._add(self.dispatch, "dispatch", s.delivery.dispatch_seconds, now)
        self._add(self.build_digests, "digests", DIGEST_CHECK_SECONDS, now)
        if self.ctx.edgar is not None:
            self._add(self.catch_up, "catch-up", s.edgar.catch_up_minutes * 60.0, now)
            if any(w.backfill for w in s.watch):
                self._add(self.backfill, "backfill", s.edgar.catch_up_minutes * 60.0, now)
        if self.ctx.facts is not None:
            # after the first polls and the catch-up: this is background work
            first = now + timedelta(seconds=s.materiality.fetch_seconds)
            self._add(self.refresh_facts, "facts", s.materiality.fetch_seconds, first)
        if any(w.cik is None for w in s.watch):  # only those watches need the ticker map
            self._add(self.refresh_tickers, "tickers", TICKER_REFRESH_SECONDS, now + timedelta(days=1))
        self._add(self.check_health, "health", HEALTH_CHECK_SECONDS, now + timedelta(seconds=HEALTH_CHECK_SECONDS))

    def _add(
        self,
        func: Callable[..., None],
        job_id: str,
        seconds: float,
        first: datetime,
        args: list[Any] | None = None,
        jitter: bool = False,
    ) -> None:
        jitter_seconds = self.settings.daemon.jitter_seconds if jitter else 0
        self.scheduler.add_job(
            func,
            IntervalTrigger(seconds=seconds, jitter=jitter_seconds or None, timezone=UTC),
            args=args or [],
            id=job_id,
            name=job_id,
            next_run_time=first,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=self.settings.daemon.misfire_grace_seconds,
            replace_existing=True,
        )

    def poll_now(self, name: str) -> None:
        """Bring the next run of a source's poll job forward to now (the schedule continues from it)."""
        self.scheduler.modify_job(f"poll:{name}", next_run_time=utcnow())

    def _watch_sources(self) -> None:
        self.health.watch(
            {s.name: float(s.interval_seconds) for s in self.ctx.sources},
            self.settings.daemon.stale_after_intervals,
        )

    def _job_failed(self, event: JobExecutionEvent) -> None:
        self.metrics.job_errors.labels(event.job_id).inc()

    # ---- jobs (each scheduled as one call) ------------------------------------------------------

    def poll(self, name: str) -> None:
        """One poll of the source called `name` in the current context."""
        ctx = self.ctx
        source = next((s for s in ctx.sources if s.name == name), None)
        if source is None:
            return
        with self._source_lock(name, float(source.interval_seconds)) as mine:
            if not mine:
                log.warning("%s: previous poll still running; poll skipped", name)
                return
            if name == EdgarSource.name:
                self._adopt_sec_pause()
            started = time.monotonic()
            stats = pipeline.poll(ctx.engine, ctx.settings, source, now=utcnow())
        if getattr(stats, "skipped", False):
            self.health.record(name, True)  # another instance holds the source's lock and polls it
            return
        self.metrics.observe_poll(stats)
        self.metrics.poll_duration.labels(name).observe(time.monotonic() - started)
        self.health.record(name, stats.ok, "; ".join(stats.errors))
        if getattr(source, "needs_catch_up", False) and self.scheduler.get_job("catch-up"):
            # The feed window no longer reached back to the cursor (an outage, a burst): catch up now.
            self.scheduler.modify_job("catch-up", next_run_time=utcnow())
        if stats.releases or stats.versions or stats.alerts or not stats.ok:
            log.info("%s: %d found, %d new, %d updated, %d alerts queued%s", name, stats.refs, stats.releases,
                     stats.versions, stats.alerts, "" if stats.ok else "; errors: " + "; ".join(stats.errors)[:500])

    def dispatch(self) -> None:
        ctx = self.ctx
        channels = metered(ctx.channels, self.metrics)
        stats = outbox.dispatch_due(ctx.engine, channels, ctx.settings.delivery, limit=self._dispatch_limit(),
                                    owner=self.owner, rules=policy.rules_by_channel(ctx.settings.channel))
        self.metrics.observe_dispatch(stats)

    def build_digests(self) -> None:
        stage.build_digests(self.ctx.engine, self.ctx.settings, utcnow())

    def catch_up(self) -> None:
        """The EDGAR catch-up: a job of its own, so the feed poll never waits for it."""
        self._adopt_sec_pause()
        stats = wiring.catch_up(self.ctx, now=utcnow())
        self._report(stats)

    def backfill(self) -> None:
        self._adopt_sec_pause()
        stats = wiring.backfill_watches(self.ctx, now=utcnow())
        self._report(stats)

    def _adopt_sec_pause(self) -> None:
        """Before SEC work: a pause another instance on this store was given holds here too."""
        until = wiring.adopt_sec_pause(self.ctx.http, self.ctx.engine)
        if until is not None:
            log.warning("SEC requests paused until %s: another instance on this store was throttled by "
                        "the SEC ('Request Rate Threshold Exceeded')", until.isoformat(timespec="seconds"))

    def _report(self, stats: pipeline.PollStats) -> None:
        if stats.skipped:
            return
        self.metrics.observe_poll(stats)
        if stats.releases or stats.alerts or not stats.ok:
            log.info("%s: %d found, %d new, %d alerts queued%s", stats.source, stats.refs, stats.releases,
                     stats.alerts, "" if stats.ok else "; errors: " + "; ".join(stats.errors)[:500])

    def refresh_facts(self) -> None:
        """Low priority: a few companies whose XBRL facts are due, never inside a feed poll."""
        self._adopt_sec_pause()
        wiring.refresh_facts(self.ctx, now=utcnow())

    def refresh_tickers(self) -> None:
        """Re-resolve the watchlist: this refreshes the cached SEC ticker map once it is a day old
        (tickers.load_table); sources are rebuilt when a watch's CIK changed."""
        ctx = self.ctx
        targets, problems = wiring.resolve_targets(ctx.settings, ctx.http, utcnow())
        for p in problems:
            log.error("%s", p)
        if targets != ctx.targets:
            log.info("the ticker map changed the watchlist's CIKs; rebuilding the sources")
            self.reload(reread=False)

    def check_health(self) -> None:
        """Raise one ops alert per stale source, and one recovery note when it polls again."""
        stale = {s.name: s for s in self.health.stale()}
        watched = {s.name for s in self.health.statuses()}
        for name, s in stale.items():
            if name not in self._alarmed:
                self._alarmed[name] = self._ops_alert(s)
        for name in [n for n in self._alarmed if n not in stale]:
            key = self._alarmed.pop(name)
            if name in watched:  # a source removed by a reload did not recover: it is gone
                self._ops_recovered(name, key)

    # ---- reload ---------------------------------------------------------------------------------

    def reload(self, reread: bool = True) -> bool:
        """SIGHUP: load the config again and rebuild sources, channels and jobs; keep the old on error."""
        with self._reload_lock:
            if self._stopping.is_set():
                return False
            new = self._load_new() if reread else self.settings
            if new is None:
                return False
            try:
                ctx = self._build(new, reuse=self.ctx, spread=True)
            except (wiring.StartupError, settings_mod.ConfigError) as e:
                problems = e.problems if isinstance(e, settings_mod.ConfigError) else [str(e)]
                for p in problems:
                    log.error("reload: %s", p)
                log.error("reload failed: keeping the running configuration")
                return False
            except Exception:
                log.exception("reload failed: keeping the running configuration")
                return False
            self.ctx = ctx  # same store (see _load_new); same HTTP session unless [edgar] changed
            self._watch_sources()
            self._schedule()
            log.info("reloaded %s: %d watches; sources %s", self.config_path or "settings", len(new.watch),
                     ", ".join(s.name for s in ctx.sources) or "none")
            return True

    def _load_new(self) -> settings_mod.Settings | None:
        if not self.config_path:
            log.warning("reload: no config file to read")
            return None
        try:
            new = settings_mod.load(self.config_path)
        except settings_mod.ConfigError as e:
            for p in e.problems:
                log.error("reload: %s", p)
            log.error("reload: %s is invalid (%d problems); keeping the running configuration",
                      self.config_path, len(e.problems))
            return None
        if new.store != self.settings.store or new.daemon.lock_file != self.settings.daemon.lock_file:
            log.warning("reload: [store] and daemon.lock_file changes need a restart; keeping the current store")
            new = new.model_copy(update={"store": self.settings.store, "daemon": new.daemon.model_copy(
                update={"lock_file": self.settings.daemon.lock_file})})
        return new

    # ---- helpers --------------------------------------------------------------------------------

    def _source_lock(self, name: str, wait: float) -> _TimedLock:
        lock = self._source_locks.setdefault(name, threading.Lock())
        return _TimedLock(lock, wait)

    def _dispatch_limit(self) -> int:
        """Rows per dispatch round: what the slowest channel may send in DISPATCH_ROUND_SECONDS, so a
        round (rate-limit waits included) ends soon and SIGTERM is not held up by a long batch."""
        rates = [float(getattr(c, "rate_per_second", 0) or 0) for c in self.ctx.channels.values()]
        slowest = min((r for r in rates if r > 0), default=0.0)
        batch = self.settings.delivery.batch
        return batch if slowest <= 0 else max(1, min(batch, math.floor(slowest * DISPATCH_ROUND_SECONDS)))

    def ready(self) -> tuple[bool, str]:
        """/readyz: the scheduler runs its jobs and the store answers."""
        if not self.scheduler.running or self._stopping.is_set():
            return False, "the scheduler is not running (starting or stopping)"
        try:
            with self.ctx.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except Exception as e:  # noqa: BLE001 - any store failure means not ready
            return False, f"the store does not answer: {type(e).__name__}"
        return True, ""

    def alert_counts(self) -> dict[str, int]:
        with Session(self.ctx.engine) as s:
            rows = s.exec(select(AlertRow.status, func.count()).group_by(AlertRow.status)).all()
        return {status: int(n) for status, n in rows}

    def _ops_alert(self, stale: Stale) -> str:
        key = f"{SOURCE_HEALTH}|{stale.name}|{utcnow():%Y%m%dT%H%M%S}"
        log.error("source unhealthy: %s", stale.describe())
        wiring.enqueue_ops(self.ctx, ops_alert(
            stale.name, f"source {stale.name} is stale: " + stale.describe().split(": ", 1)[1],
            stale.last_error or "no error recorded: polls did not complete", key))
        return key

    def _ops_recovered(self, name: str, key: str) -> None:
        log.info("source recovered: %s polls successfully again", name)
        wiring.enqueue_ops(self.ctx, ops_alert(
            name, f"source {name} recovered: its polls succeed again", "recovered", key,
            idempotency_key=f"{key}|recovered", severity=Severity.low, novelty=Novelty.update,
            previous="the source was stale"))


class _TimedLock:
    """`with _TimedLock(lock, seconds) as got:` waits at most `seconds` for the lock."""

    def __init__(self, lock: threading.Lock, timeout: float):
        self._lock, self._timeout, self._got = lock, timeout, False

    def __enter__(self) -> bool:
        self._got = self._lock.acquire(timeout=max(self._timeout, 0.1))
        return self._got

    def __exit__(self, *exc: object) -> None:
        if self._got:
            self._lock.release()
