"""Company facts for materiality: the queue of due companies served at low priority, and the
`filing-monitor facts TICKER [--json]` report.

`refresh` is the body of the daemon's `facts` job (and of a step of `once`): it queues the watched
companies never fetched, then fetches at most `limit` due companies, one companyfacts request each.
It never runs inside a feed poll, takes its turn only while the SEC has not paused us, and holds
its own advisory lock on PostgreSQL so that several instances do not fetch the same company twice.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from monitor.display import json_line, show_time
from monitor.http import RateLimited, UserAgentRefused
from monitor.materiality import LABELS, Base
from monitor.settings import Settings
from monitor.sources.facts import FactsClient, FactsError
from monitor.store import Company, CompanyFacts, StoreError, make_engine
from monitor.store import facts as store_facts
from monitor.store.locks import source_lock

log = logging.getLogger(__name__)

LOCK = "company-facts"
AGAIN_SECONDS = 3600.0  # the report that made a fetch due was not in the facts yet: one more try later
_ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")


@dataclass
class FactsStats:
    queued: int = 0
    fetched: int = 0
    without_facts: int = 0
    failed: int = 0
    skipped: bool = False  # another instance serves the queue, or the SEC has paused us


def refresh(engine: Engine, client: FactsClient, *, ciks: Iterable[int], now: datetime, limit: int) -> FactsStats:
    """Queue the watched companies never fetched, then fetch up to `limit` due ones (oldest first)."""
    stats = FactsStats()
    with source_lock(engine, LOCK) as mine:
        if not mine:
            stats.skipped = True
            return stats
        stats.queued = store_facts.queue_new(engine, ciks, now)
        if client.http.paused_for > 0:
            stats.skipped = True
            return stats
        for row in store_facts.due(engine, now, limit):
            try:
                _fetch_one(engine, client, row, now, stats)
            except (RateLimited, UserAgentRefused) as e:  # nothing else would work either
                log.warning("company facts: %s; the queue waits", e)
                stats.skipped = True
                break
    return stats


def _fetch_one(engine: Engine, client: FactsClient, row: CompanyFacts, now: datetime, stats: FactsStats) -> None:
    try:
        result = client.fetch(row.cik)
    except FactsError as e:
        log.warning("company facts of CIK %d: %s%s", row.cik, e, " (will retry)" if e.transient else "")
        store_facts.failed(engine, row.cik, str(e), now, transient=e.transient)
        stats.failed += 1
        return
    if not result.found:
        store_facts.save(engine, row.cik, None, now)
        stats.without_facts += 1
        return
    report = _ACCESSION.search(row.due_reason)
    again = None
    if report and report.group(0) not in result.accessions and row.attempts == 0:
        # The SEC adds a report's facts shortly after it is filed: ask once more a little later.
        again = now + timedelta(seconds=AGAIN_SECONDS)
    store_facts.save(engine, row.cik, result.bases, now, entity_name=result.entity_name, again_at=again)
    stats.fetched += 1
    log.info("company facts of CIK %d (%s): %d bases%s", row.cik, result.entity_name, len(result.bases),
             f"; {report.group(0)} not in them yet, asking again at {again:%H:%M} UTC" if again and report else "")


# ---- `filing-monitor facts TICKER [--json]` ---------------------------------------------------


def report(settings: Settings, ticker: str, *, as_json: bool = False, out: TextIO | None = None) -> int:
    """Print the bases known for a company, with their period and source. 0, or 1 when none are known.
    `out` defaults to sys.stdout as it is when called."""
    out = out or sys.stdout
    try:
        engine: Engine | None = make_engine(settings.store.url, existing=True)
    except StoreError:
        engine = None  # no store yet: nothing fetched, and nothing to create for the asking
    try:
        with Session(engine) if engine else nullcontext() as s:
            cik = _cik_for(settings, s, ticker)
            if cik is None:
                print(f"facts: {ticker.upper()}: no CIK known (give cik = ... in its watch, or run the daemon "
                      "once so the SEC ticker map is cached)", file=sys.stderr)
                return 2
            row = store_facts.get(s, cik) if s else None
    finally:
        if engine:
            engine.dispose()
    bases = store_facts.bases_of(row)
    if as_json:
        out.writelines(json_line({"ticker": ticker.upper(), "cik": cik, **b.to_dict()}) + "\n" for b in bases)
    else:
        out.write(_text(ticker.upper(), cik, row, bases, settings.display.zone()))
    return 0 if bases else 1


def _cik_for(settings: Settings, s: Session | None, ticker: str) -> int | None:
    if ticker.isdigit():
        return int(ticker)
    watch = settings.watch_by_ticker(ticker)
    if watch is not None and watch.cik is not None:
        return watch.cik
    company = s.exec(select(Company).where(Company.ticker == ticker.upper())).first() if s else None
    if company is not None and company.cik is not None:
        return company.cik
    from monitor.sources import tickers

    try:
        hits = tickers.load_table(settings.edgar, None, datetime.now(UTC)).lookup(ticker)
    except tickers.TickerMapError:
        return None
    return hits[0].cik if len(hits) == 1 else None


def _text(ticker: str, cik: int, row: CompanyFacts | None, bases: list[Base], tz: ZoneInfo) -> str:
    name = f" {row.entity_name}" if row is not None and row.entity_name else ""
    lines = [f"{ticker}{name} (CIK {cik})"]
    if row is None:
        lines.append("  no company facts fetched yet (the daemon fetches them for watched companies)")
    elif row.status == "none":
        lines.append(f"  EDGAR has no XBRL company facts for this CIK (asked {_when(row.fetched_at, tz)}); "
                     "its alerts carry no materiality")
    elif row.status in ("pending", "error") and not bases:
        lines.append(f"  no bases yet: {row.last_error or 'the fetch is queued'}")
    if row is not None and row.due_since is not None:
        lines.append(f"  a fetch is due ({row.due_reason}, since {_when(row.due_since, tz)})")
    for b in bases:
        lines.append(f"  {LABELS[b.name]:<21} {b.unit} {b.value:>20,.0f}  {period_text(b):<34} "
                     f"{b.form} {b.accession} filed {b.filed}  {b.concept}")
    if row is not None and bases and row.fetched_at is not None:
        lines.append(f"  fetched {_when(row.fetched_at, tz)}")
    return "\n".join(lines) + "\n"


def period_text(b: Base) -> str:
    if b.period == "instant":
        return f"as of {b.end}"
    if b.period == "trailing":
        return f"12 months {b.start} to {b.end} (trailing)"
    return f"year {b.start} to {b.end}"


def _when(dt: datetime | None, tz: ZoneInfo) -> str:
    return show_time(dt, tz) if dt else "never"
