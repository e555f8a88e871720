"""The EDGAR catch-up and the backfill of watches with `backfill = true`: the slow paths, which run
as their own jobs beside the feed poll, on the unreserved share of the SEC budget.

The catch-up reads what the feed could no longer show (an outage, a burst) from EDGAR's daily form
indexes: one request per business day of the gap, plus the documents of the watched filings not yet
stored. Its cost grows with the days missed, never with the watchlist. Its work and progress live in
the store, so a restart, or SIGTERM between two requests, resumes where it stopped:
- the feed cursor (source_state "edgar", written by the poll) holds the gaps its polls could not close;
- source_state "edgar:catch-up" (written here, JSON) holds the gaps taken over, the business days
  still to read and the days read (or found without an index: holidays).

A day is read once its index can exist: the SEC builds it in the night after the day, and until then
the feed covers the day. A day that has no index by noon of the next day is taken for a holiday (the
filings of its evening then carry the next business day's date, so that day is read too). Days older
than `edgar.catch_up_max_days` are not read: one ops alert (kind "source-health") names them and the
backfill command that reads them.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from monitor import pipeline
from monitor.domain import SOURCE_HEALTH, AlertMessage, Ref, ops_alert
from monitor.settings import Settings
from monitor.sources.base import SourceError
from monitor.sources.edgar import (
    ET,
    GAP_KEEP_DAYS,
    EdgarSource,
    FeedCursor,
    business_days,
    filed_day,
    next_business_day,
)
from monitor.store import SourceState, session_scope
from monitor.store.locks import source_lock

log = logging.getLogger(__name__)

CATCH_UP = "edgar:catch-up"
BACKFILL = "edgar:backfill"
INDEX_BY = time(12)  # a day's daily index exists by noon ET of the next calendar day
ROUNDS = 3  # catch-up rounds in one run, when polls keep finding new gaps

Ops = Callable[[AlertMessage], None]


# ---- the plan (pure) ----------------------------------------------------------------------------


@dataclass
class Plan:
    """What the catch-up has taken over and still has to read (source_state "edgar:catch-up")."""

    taken: set[str] = field(default_factory=set)  # gaps taken over from the feed cursor: "start|end"
    pending: set[date] = field(default_factory=set)  # business days whose index is still to be read
    done: dict[date, str] = field(default_factory=dict)  # day -> "read" | "none" (no index: a holiday)

    def encode(self) -> str:
        return json.dumps({
            "v": 1,
            "taken": sorted(self.taken),
            "pending": sorted(d.isoformat() for d in self.pending),
            "done": {d.isoformat(): v for d, v in sorted(self.done.items())},
        }, sort_keys=True)

    @classmethod
    def decode(cls, text: str) -> Plan:
        if not text:
            return cls()
        try:
            d = json.loads(text)
            return cls(set(map(str, d.get("taken", []))), {date.fromisoformat(x) for x in d.get("pending", [])},
                       {date.fromisoformat(k): str(v) for k, v in (d.get("done") or {}).items()})
        except (ValueError, TypeError, AttributeError):
            log.error("edgar catch-up: unreadable progress %r; starting afresh from the feed's gaps", text[:200])
            return cls()

    def take(self, gaps: Iterable[tuple[datetime, datetime]]) -> None:
        """Add the business days of gaps not taken over yet: from the day of the gap's start to the
        filing date of its end (a filing accepted in the evening is filed the next business day)."""
        for start, end in gaps:
            key = f"{start.isoformat()}|{end.isoformat()}"
            if key in self.taken:
                continue
            self.taken.add(key)
            days = business_days(start.astimezone(ET).date(), filed_day(end))
            self.pending |= {d for d in days if d not in self.done}
            log.info("edgar catch-up: gap %s to %s taken over: %d business days", start, end, len(days))

    def expire(self, oldest: date) -> list[date]:
        """Drop (and return) the pending days older than `oldest`: beyond the catch-up's reach."""
        old = sorted(d for d in self.pending if d < oldest)
        self.pending -= set(old)
        return old

    def due(self, today: date) -> list[date]:
        """Pending days whose index can be read now, oldest first (today's index comes tonight)."""
        return sorted(d for d in self.pending if d < today)

    def mark(self, day: date, outcome: str) -> None:
        self.pending.discard(day)
        self.done[day] = outcome
        if outcome == "none":  # a holiday: its evening filings are dated the next business day
            following = next_business_day(day)
            if following not in self.done:
                self.pending.add(following)

    def prune(self, horizon: datetime) -> None:
        """Forget what lies before `horizon` (the feed cursor forgets its gaps there too)."""
        self.taken = {k for k in self.taken if datetime.fromisoformat(k.split("|")[1]) >= horizon}
        self.done = {d: v for d, v in self.done.items() if d >= horizon.astimezone(ET).date()}


def index_final(day: date, now: datetime) -> bool:
    """True when a missing index of `day` means the day has none (rather than: not built yet)."""
    return now.astimezone(ET) >= datetime.combine(day + timedelta(days=1), INDEX_BY, tzinfo=ET)


def gap_alert(first: date, last: date, max_days: int) -> AlertMessage:
    return ops_alert(
        "edgar",
        f"EDGAR filings filed from {first} to {last} were not examined: the outage is longer "
        f"than edgar.catch_up_max_days ({max_days} days)",
        f"The catch-up reads EDGAR's daily indexes back {max_days} days at most. To read the "
        f"days before, run `filing-monitor backfill --since {first}`.",
        f"{SOURCE_HEALTH}|edgar|gap|{first:%Y%m%d}-{last:%Y%m%d}",
    )


# ---- the catch-up job -----------------------------------------------------------------------------


def catch_up(
    engine: Engine, settings: Settings, source: EdgarSource, *, now: datetime, ops: Ops, alert: bool = True,
    background: bool = True,
) -> pipeline.PollStats:
    """Take over the feed's new gaps, then read the due daily indexes oldest first, persisting the
    progress after each day; once more if a poll found a new gap meanwhile (its job run was skipped
    while this one ran). Stops between two requests when the HTTP seam is shutting down.
    `background`: on the unreserved share of the SEC budget (beside a daemon's feed poll)."""
    stats = pipeline.PollStats(CATCH_UP)
    with source_lock(engine, CATCH_UP) as mine:
        if not mine:
            stats.skipped = True  # another instance catches up
            return stats
        for _ in range(ROUNDS):
            source.needs_catch_up = False
            plan = _plan(engine, source.name, now, settings.edgar.catch_up_max_days, ops)
            with source.http.background() if background else nullcontext():
                for day in plan.due(now.astimezone(ET).date()):
                    if source.http.closing.is_set() or not _read_day(engine, settings, source, plan, day,
                                                                     now=now, alert=alert, stats=stats):
                        break
            _save(engine, plan, now, error="; ".join(stats.errors))
            if stats.errors or not source.needs_catch_up or source.http.closing.is_set():
                break
    stats.ok = not stats.errors
    return stats


def _plan(engine: Engine, feed: str, now: datetime, max_days: int, ops: Ops) -> Plan:
    """The stored plan with the feed cursor's new gaps taken over and the expired days dropped;
    saved before any request, so no gap is ever lost. Expired days raise one ops alert."""
    with session_scope(engine) as s:
        state = s.get(SourceState, CATCH_UP) or SourceState(source=CATCH_UP)
        cursor = FeedCursor.decode((s.get(SourceState, feed) or SourceState(source=feed)).cursor)
        plan = Plan.decode(state.cursor)
        plan.take(cursor.gaps if cursor else ())
        plan.prune(now - timedelta(days=max_days + GAP_KEEP_DAYS))
        expired = plan.expire((now.astimezone(ET) - timedelta(days=max_days)).date())
        state.cursor = plan.encode()
        s.add(state)
    if expired:
        log.error("edgar catch-up: %d business days from %s to %s are older than catch_up_max_days (%d); "
                  "not read", len(expired), expired[0], expired[-1], max_days)
        ops(gap_alert(expired[0], expired[-1], max_days))
    return plan


def _read_day(
    engine: Engine, settings: Settings, source: EdgarSource, plan: Plan, day: date, *, now: datetime,
    alert: bool, stats: pipeline.PollStats,
) -> bool:
    """One day: its index, then its watched filings. False: stop here (an error, or stopping)."""
    try:
        refs = source.day_refs(day)
    except SourceError as e:
        log.warning("edgar catch-up: %s", e)
        stats.errors.append(str(e))
        return False
    if refs is None:
        if index_final(day, now):
            log.info("edgar catch-up: no daily index for %s (a holiday)", day)
            plan.mark(day, "none")
            _save(engine, plan, now)
        else:
            log.info("edgar catch-up: the daily index of %s is not published yet; later", day)
        return True
    stats.refs += len(refs)
    if not pipeline.process_refs(engine, settings, source, refs, now=now, alert=alert, stats=stats,
                                 stop=source.http.closing.is_set):
        log.info("edgar catch-up: stopping in %s; it resumes there", day)
        return False
    plan.mark(day, "read")
    _save(engine, plan, now)
    log.info("edgar catch-up: %s read: %d watched filings", day, len(refs))
    return True


def _save(engine: Engine, plan: Plan, now: datetime, *, error: str = "") -> None:
    with session_scope(engine) as s:
        state = s.get(SourceState, CATCH_UP) or SourceState(source=CATCH_UP)
        state.cursor = plan.encode()
        state.last_attempt = now
        if error:
            state.consecutive_failures += 1
            state.last_error = error[:2000]
        else:
            state.consecutive_failures, state.last_error, state.last_success = 0, "", now
        s.add(state)


# ---- backfill of watches with `backfill = true` -------------------------------------------------


def backfill_watches(engine: Engine, settings: Settings, source: EdgarSource, *, now: datetime) -> pipeline.PollStats:
    """Once per watch with `backfill = true` (and per CIK it resolves to): its filings of the last
    catch_up_max_days days, from its submissions JSON, stored and detected without alerting (they
    become the company's history). Stops between two requests when the HTTP seam is shutting down."""
    stats = pipeline.PollStats(BACKFILL)
    wanted = {w.ticker for w in settings.watch if w.backfill}
    targets = [t for t in source.targets if t.ticker in wanted and t.cik is not None]
    if not targets:
        return stats
    with source_lock(engine, BACKFILL) as mine:
        if not mine:
            stats.skipped = True
            return stats
        done = _backfilled(engine)
        since = (now - timedelta(days=settings.edgar.catch_up_max_days)).date()
        with source.http.background():
            for t in targets:
                if done.get(t.ticker) == t.cik:
                    continue
                if source.http.closing.is_set() or not _backfill_one(engine, settings, source, t.ticker,
                                                                     t.cik or 0, since, now=now, stats=stats):
                    break
                done[t.ticker] = t.cik or 0
                _set_backfilled(engine, done, now)
    stats.ok = not stats.errors
    return stats


def _backfill_one(
    engine: Engine, settings: Settings, source: EdgarSource, ticker: str, cik: int, since: date, *,
    now: datetime, stats: pipeline.PollStats,
) -> bool:
    """One company; False: stop here (a passing error, to be retried, or stopping)."""
    try:
        refs: list[Ref] = source.history(cik, since)
    except SourceError as e:
        log.warning("edgar backfill of %s: %s", ticker, e)
        stats.errors.append(f"{ticker}: {e}")
        return not e.transient  # a permanent problem (e.g. an unknown CIK) is reported once, not retried
    stats.refs += len(refs)
    finished = pipeline.process_refs(engine, settings, source, refs, now=now, alert=False, stats=stats,
                                     stop=source.http.closing.is_set)
    if finished:
        log.info("edgar backfill of %s since %s: %d filings", ticker, since, len(refs))
    return finished


def _backfilled(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        state = s.get(SourceState, BACKFILL)
    try:
        return {str(k): int(v) for k, v in json.loads(state.cursor).items()} if state and state.cursor else {}
    except (ValueError, TypeError, AttributeError):
        return {}


def _set_backfilled(engine: Engine, done: dict[str, int], now: datetime) -> None:
    with session_scope(engine) as s:
        state = s.get(SourceState, BACKFILL) or SourceState(source=BACKFILL)
        state.cursor = json.dumps(done, sort_keys=True)
        state.last_attempt = state.last_success = now
        s.add(state)
