"""Builds the store, the HTTP seam, the sources and the channels from settings.

This is the only module that names concrete source and channel classes; the pipeline, the outbox
and the daemon receive what it builds.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TextIO, TypeVar
from urllib.parse import urlsplit

from sqlalchemy.engine import Engine
from tqdm import tqdm

from monitor import catchup, facts, pipeline
from monitor.alerts import operator, policy, stage
from monitor.alerts.outbox import DEAD, DispatchStats, dispatch_due, undelivered_ids
from monitor.channels.base import Channel, build_channels
from monitor.detect import detect
from monitor.domain import AlertMessage, WatchTarget
from monitor.http import Http
from monitor.settings import Settings, deprecations, user_agent_ok
from monitor.sources import tickers
from monitor.sources.base import Source
from monitor.sources.edgar import EdgarSource
from monitor.sources.facts import FactsClient
from monitor.sources.wire import WireSource
from monitor.store import AlertRow, make_engine, pauses, session_scope

log = logging.getLogger(__name__)
T = TypeVar("T")


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    settings: Settings
    engine: Engine
    http: Http
    targets: list[WatchTarget]
    sources: list[Source] = field(default_factory=list)
    channels: dict[str, Channel] = field(default_factory=dict)
    edgar: EdgarSource | None = None  # the EDGAR source, for catch-up and backfill
    facts: FactsClient | None = None  # XBRL company facts, for materiality
    problems: list[str] = field(default_factory=list)  # watches that could not be resolved


class StartupError(Exception):
    """The configuration cannot run (exit 2): e.g. EDGAR without a declared User-Agent."""


def build_http(settings: Settings) -> Http:
    e = settings.edgar
    return Http(
        user_agent=e.user_agent or "filing-monitor",
        requests_per_second=e.requests_per_second,
        sec_hosts=_hosts(e.base_url, e.data_url),
        feed_max_bytes=e.feed_max_bytes,
        document_max_bytes=e.document_max_bytes,
        timeout=e.timeout_seconds,
        reserved_share=e.feed_reserved_share,
    )


def keep_sec_pause(http: Http, engine: Engine) -> None:
    """The SEC's rate pause lives in the store: a pause still running is restored (a restart loop must
    not hammer the SEC while it blocks us), and a new one is stored."""
    until = adopt_sec_pause(http, engine)
    if until is not None:
        log.warning("SEC requests stay paused until %s: the SEC answered 'Request Rate Threshold "
                    "Exceeded' before this start", until.isoformat(timespec="seconds"))

    def store(seconds: float) -> None:
        now = utcnow()
        pauses.set_pause(engine, pauses.SEC, now + timedelta(seconds=seconds),
                         "SEC request rate threshold exceeded", now=now)

    http.on_rate_pause = store


def adopt_sec_pause(http: Http, engine: Engine) -> datetime | None:
    """Honour an SEC pause stored by any process on this store (this one before a restart, or another
    instance sharing PostgreSQL): the SEC counts every request of our User-Agent together. Returns the
    pause's end when it outlasts the one `http` already keeps, else None. One small query."""
    now = utcnow()
    until = pauses.paused_until(engine, pauses.SEC, now)
    if until is None:
        return None
    seconds = (until - now).total_seconds()
    if seconds <= http.paused_for + 1:  # already known here (this process stored it)
        return None
    http.pause_sec(seconds)
    return until


def _hosts(*urls: str) -> tuple[str, ...]:
    return tuple(h for h in (urlsplit(u).hostname for u in urls) if h)


def needs_ticker_map(settings: Settings) -> bool:
    """Whether the SEC ticker map must be read: only when an enabled source needs a CIK that the
    config does not give (EDGAR, or a per-company wire feed whose URL has `{cik}`). Wire feeds match
    by ticker and name, so a wire-only config never asks the SEC for anything."""
    if all(w.cik is not None for w in settings.watch):
        return False
    return settings.edgar.enabled or any(f.enabled and f.per_watch and "{cik}" in f.url for f in settings.wire)


def resolve_targets(settings: Settings, http: Http | None, now: datetime) -> tuple[list[WatchTarget], list[str]]:
    """Watches -> WatchTargets (ticker resolved to a CIK through the SEC ticker map where needed)."""
    table = None
    problems: list[str] = []
    if needs_ticker_map(settings):
        try:
            table = tickers.load_table(settings.edgar, http, now)
        except Exception as e:  # noqa: BLE001 - reported as a config problem
            problems.append(f"{settings.source}: watch: cannot load the SEC ticker map: {e}")
    targets, more = tickers.resolve(settings.watch, table)
    return targets, problems + [f"{settings.source}: {p}" for p in more]


def resolve_problems(settings: Settings) -> list[str]:
    """check-config's look at outside data (the SEC ticker map, when needed). Empty when all is well."""
    http = build_http(settings) if needs_ticker_map(settings) else None
    return resolve_targets(settings, http, utcnow())[1]


def build(
    settings: Settings,
    *,
    now: datetime | None = None,
    with_channels: bool = True,
    reuse: Context | None = None,
    spread: bool = False,
) -> Context:
    """Everything the settings describe. `reuse`: a running context whose store and, when the EDGAR
    settings are unchanged, HTTP session (and so its SEC request budget) carry over (a reload).
    `spread` (the daemon): per-watch wire feeds spread their requests over their poll interval."""
    now = now or utcnow()
    if settings.edgar.enabled and settings.watch and not user_agent_ok(settings.edgar.user_agent):
        raise StartupError(
            f"{settings.source}: edgar.user_agent: EDGAR polling needs a User-Agent with a contact e-mail"
        )
    engine = reuse.engine if reuse and reuse.settings.store == settings.store else make_engine(settings.store.url)
    # Same [edgar] settings: the same session, so the SEC request budget is not split in two.
    if reuse and reuse.settings.edgar == settings.edgar:
        http = reuse.http
    else:
        http = build_http(settings)
        keep_sec_pause(http, engine)
    targets, problems = resolve_targets(settings, http, now)
    for p in problems:
        log.error("%s", p)
    for note in deprecations(settings):
        log.warning("%s", note)
    ctx = Context(settings, engine, http, targets, problems=problems)
    ctx.sources = build_sources(ctx, spread=spread)
    if with_channels:
        ctx.channels = build_channels(settings, dict(os.environ))
    return ctx


def build_sources(ctx: Context, *, spread: bool = False) -> list[Source]:
    sources: list[Source] = []
    if ctx.settings.edgar.enabled and ctx.targets:
        ctx.edgar = EdgarSource(ctx.http, ctx.settings.edgar, ctx.targets, now=utcnow)
        sources.append(ctx.edgar)
        if ctx.settings.materiality.enabled:
            ctx.facts = FactsClient(ctx.http, ctx.settings.edgar.data_url)
    feeds = [f for f in ctx.settings.wire if f.enabled]
    rates: dict[str, float] = {}  # per host, the lowest rate any of its feeds asks for
    for feed in feeds:
        host = urlsplit(feed.url).hostname or ""
        rates[host] = min(rates.get(host, feed.requests_per_second), feed.requests_per_second)
    for host, rate in rates.items():
        ctx.http.limit_host(host, rate)
    sources += [WireSource(ctx.http, feed, ctx.targets, spread=spread) for feed in feeds]
    return sources


def enqueue_ops(ctx: Context, msg: AlertMessage) -> None:
    """An operator alert (kind "source-health") into the outbox, for [defaults] ops_channels."""
    from monitor.alerts import outbox

    channels = [n for n in ctx.settings.defaults.ops_channels if n in ctx.channels]
    if not channels:
        log.warning("no ops channel to send this to: %s", msg.summary)
        return
    with session_scope(ctx.engine) as s:
        outbox.enqueue(s, msg, channels, now=utcnow())


# ---- commands ---------------------------------------------------------------------------------


def catch_up(ctx: Context, *, now: datetime, alert: bool = True, background: bool = True) -> pipeline.PollStats:
    """The EDGAR catch-up (monitor.catchup): the daily indexes of the gaps the feed polls recorded.
    `background`: on the unreserved share of the SEC budget, beside the daemon's feed poll."""
    if ctx.edgar is None:
        return pipeline.PollStats(catchup.CATCH_UP)
    return catchup.catch_up(ctx.engine, ctx.settings, ctx.edgar, now=now, alert=alert, background=background,
                            ops=lambda msg: enqueue_ops(ctx, msg))


def backfill_watches(ctx: Context, *, now: datetime) -> pipeline.PollStats:
    """The recent history of watches with `backfill = true`, once each (monitor.catchup)."""
    if ctx.edgar is None:
        return pipeline.PollStats(catchup.BACKFILL)
    return catchup.backfill_watches(ctx.engine, ctx.settings, ctx.edgar, now=now)


def refresh_facts(ctx: Context, *, now: datetime) -> facts.FactsStats:
    """Serve the queue of companies whose XBRL facts are due (watched ones never fetched included)."""
    if ctx.facts is None:
        return facts.FactsStats(skipped=True)
    m = ctx.settings.materiality
    ciks = [t.cik for t in ctx.targets if t.cik is not None]
    return facts.refresh(ctx.engine, ctx.facts, ciks=ciks, now=now, limit=m.fetch_per_run)


def run_once(settings: Settings, *, dry_run: bool = False) -> int:
    """Poll every source once, then the EDGAR catch-up (only when a poll left a gap: then one request
    per business day of it) and pending watch backfills, then dispatch the outbox."""
    try:
        ctx = build(settings)
    except StartupError as e:
        print(e, file=sys.stderr)
        return 2
    if dry_run:
        return _dry_run(ctx)
    now = utcnow()
    if ctx.facts is not None:  # before the polls, so that their alerts can say how material they are
        refresh_facts(ctx, now=now)
    results = [pipeline.poll(ctx.engine, settings, src, now=now) for src in ctx.sources]
    if ctx.edgar is not None:
        results.append(catch_up(ctx, now=now, background=False))  # nothing else is polling
        if any(w.backfill for w in settings.watch):
            results.append(backfill_watches(ctx, now=now))
    sent, dead = _dispatch_listing_dead(ctx, settings)
    for r in results:
        kinds = ", ".join(f"{k}={n}" for k, n in sorted(r.findings.items())) or "none"
        state = "ok" if r.ok else "FAILED: " + "; ".join(r.errors)[:300]
        print(f"{r.source}: {r.refs} found, {r.releases} new, {r.versions} updated, findings {kinds}, "
              f"{r.alerts} alerts queued; {state}")
    print(f"dispatch: {sent}")
    if dead:
        print(f"{len(dead)} alert(s) went dead in this run (resend with `filing-monitor retry ID ...` once fixed):")
        print(operator.format_alerts(dead, settings.display.zone()))
    return 0 if all(r.ok for r in results) and not dead else 1


def _dispatch_listing_dead(ctx: Context, settings: Settings) -> tuple[DispatchStats, list[AlertRow]]:
    """Build due digests, dispatch, and return the rows that this dispatch left dead."""
    stage.build_digests(ctx.engine, settings, utcnow())
    candidates = undelivered_ids(ctx.engine)
    sent = dispatch_due(ctx.engine, ctx.channels, settings.delivery, rules=policy.rules_by_channel(settings.channel))
    dead = operator.alert_rows(ctx.engine, ids=sorted(candidates), status=DEAD) if candidates and sent.dead else []
    return sent, dead


def _dry_run(ctx: Context) -> int:
    """Discover and detect without storing or sending anything."""
    ok = True
    for src in ctx.sources:
        try:
            discovery = src.discover("")
        except Exception as e:  # noqa: BLE001
            print(f"{src.name}: FAILED: {e}")
            ok = False
            continue
        for ref in discovery.refs:
            release = pipeline.fetch_or_placeholder(src, ref)
            for f in detect(release.text, form=release.form, items=release.items):
                print(f"{release.ticker} {f.kind} [{src.name} {release.url}]: {f.evidence}")
        print(f"{src.name}: {len(discovery.refs)} found")
    return 0 if ok else 1


def run_backfill(settings: Settings, *, since: date, tickers: list[str], alert: bool) -> int:
    """Walk the submissions history of the given (or all) watched companies with a progress bar."""
    try:
        ctx = build(settings, with_channels=alert)
    except StartupError as e:
        print(e, file=sys.stderr)
        return 2
    if ctx.edgar is None:
        print("backfill needs EDGAR enabled and at least one watch", file=sys.stderr)
        return 2
    wanted = {t.upper() for t in tickers}
    unknown = wanted - {t.ticker for t in ctx.targets}
    if unknown:
        print(f"not in the watchlist: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    targets = [t for t in ctx.targets if t.cik and (not wanted or t.ticker in wanted)]
    refs = []
    for t in targets:
        assert t.cik is not None  # filtered above
        try:
            refs += ctx.edgar.history(t.cik, since)
        except Exception as e:  # noqa: BLE001 - one company's history must not stop the others
            print(f"{t.ticker}: cannot read the submissions history: {e}", file=sys.stderr)
    stats = pipeline.PollStats("edgar:backfill")
    for ref in progress(refs, "backfill", "filings"):
        pipeline.process_refs(ctx.engine, settings, ctx.edgar, [ref], now=utcnow(), alert=alert, stats=stats)
    print(f"backfill: {len(refs)} filings, {stats.releases} stored, findings "
          f"{stats.findings or 'none'}, {stats.alerts} alerts queued")
    if alert:
        rules = policy.rules_by_channel(settings.channel)
        print(f"dispatch: {dispatch_due(ctx.engine, ctx.channels, settings.delivery, rules=rules)}")
    return 0


def progress(items: Sequence[T], what: str, unit: str, *, stream: TextIO | None = None,
             every: float = 10.0) -> Iterator[T]:
    """A progress bar on a terminal; elsewhere (a log file, a pipe) a log line every `every` percent,
    so no `\\r`-redrawn bars end up in files."""
    stream = stream or sys.stderr
    if stream.isatty():
        yield from tqdm(items, desc=what, unit=unit.rstrip("s"), file=stream)
        return
    total, next_mark = len(items), every
    for n, item in enumerate(items, 1):
        yield item
        if total and (n * 100 / total >= next_mark or n == total):
            log.info("%s: %d of %d %s (%d%%)", what, n, total, unit, n * 100 // total)
            next_mark = (n * 100 // total // every + 1) * every
