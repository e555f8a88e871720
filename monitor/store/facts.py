"""The company_facts table: each company's bases (monitor.materiality) and the queue of fetches due.

A company's facts are due when it is first watched and again when it files a periodic report after
the last fetch; `due_since` holds that until one fetch answers it, so a company costs at most one
companyfacts request per periodic report (a failed request is retried with backoff, a few times).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from monitor.materiality import Base
from monitor.store.engine import session_scope
from monitor.store.tables import CompanyFacts

RETRY_SECONDS = 300.0  # first retry of a failed fetch; doubles each time
MAX_ATTEMPTS = 5  # then the fetch waits for the company's next periodic report


def mark_due(
    s: Session,
    cik: int,
    reason: str,
    now: datetime,
    *,
    reported_at: datetime | None = None,
    not_before: datetime | None = None,
) -> bool:
    """Ask for a fetch of `cik`'s facts (in the caller's transaction), not before `not_before`. No-op
    when one is already due, or when `reported_at` (the report's acceptance time) is not after the
    last fetch. True if queued."""
    row = s.get(CompanyFacts, cik)
    if row is None:
        s.add(CompanyFacts(cik=cik, due_since=now, due_reason=reason, next_attempt_at=not_before))
        return True
    if row.due_since is not None:
        return False
    if reported_at is not None and row.fetched_at is not None and reported_at <= row.fetched_at:
        return False
    row.due_since, row.due_reason, row.attempts, row.next_attempt_at = now, reason, 0, not_before
    s.add(row)
    return True


def queue_new(engine: Engine, ciks: Iterable[int], now: datetime) -> int:
    """Queue the companies never seen before (first needed: they are watched). Returns how many."""
    wanted = set(ciks)
    if not wanted:
        return 0
    with session_scope(engine) as s:
        known = set(s.exec(select(CompanyFacts.cik).where(col(CompanyFacts.cik).in_(wanted))).all())
        for cik in sorted(wanted - known):
            s.add(CompanyFacts(cik=cik, due_since=now, due_reason="watched"))
    return len(wanted - known)


def due(engine: Engine, now: datetime, limit: int) -> list[CompanyFacts]:
    """The companies whose fetch is due now, longest waiting first."""
    with Session(engine) as s:
        rows = s.exec(
            select(CompanyFacts)
            .where(col(CompanyFacts.due_since).is_not(None))
            .order_by(col(CompanyFacts.due_since), col(CompanyFacts.cik))
        ).all()
    ready = [r for r in rows if r.next_attempt_at is None or r.next_attempt_at <= now]
    return ready[:limit]


def save(
    engine: Engine,
    cik: int,
    bases: list[Base] | None,
    now: datetime,
    *,
    entity_name: str = "",
    again_at: datetime | None = None,
) -> None:
    """Record a fetch that answered: the bases found, or None when EDGAR has no XBRL facts. With
    `again_at` the fetch stays due until then (the report that made it due was not in the facts yet)."""
    with session_scope(engine) as s:
        row = s.get(CompanyFacts, cik) or CompanyFacts(cik=cik)
        row.status = "none" if bases is None else "ok"
        row.bases = json.dumps([b.to_dict() for b in bases or []])
        row.entity_name = entity_name or row.entity_name
        row.fetched_at, row.last_error = now, ""
        if again_at is not None:
            row.attempts += 1
            row.next_attempt_at = again_at
        else:
            row.fetched_for = row.due_reason
            row.due_since, row.attempts, row.next_attempt_at = None, 0, None
        s.add(row)


def failed(engine: Engine, cik: int, error: str, now: datetime, *, transient: bool) -> None:
    """Record a failed fetch: retried with backoff while it may help, else left until the next report.
    Bases fetched earlier are kept."""
    with session_scope(engine) as s:
        row = s.get(CompanyFacts, cik) or CompanyFacts(cik=cik)
        row.attempts += 1
        row.last_error = error[:2000]
        if transient and row.attempts < MAX_ATTEMPTS:
            row.next_attempt_at = now + timedelta(seconds=RETRY_SECONDS * 2 ** (row.attempts - 1))
        else:
            row.status = row.status if row.status == "ok" else "error"
            row.fetched_at, row.fetched_for = now, row.due_reason
            row.due_since, row.next_attempt_at = None, None
        s.add(row)


def get(s: Session, cik: int) -> CompanyFacts | None:
    return s.get(CompanyFacts, cik)


def bases_of(row: CompanyFacts | None) -> list[Base]:
    return [Base.from_dict(d) for d in json.loads(row.bases)] if row is not None else []
