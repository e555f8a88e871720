"""Read-only queries for the web view: rows of the store in, plain frozen dataclasses out.

`open_store` opens the store the daemon writes without ever writing it: SQLite through a `mode=ro`
URI with `PRAGMA query_only` (and plain deferred read transactions, so a page neither waits for nor
blocks the daemon's `BEGIN IMMEDIATE` writers under WAL), PostgreSQL with
`default_transaction_read_only`. It never creates or migrates the schema; a store that does not
exist yet is a `StoreMissing` error.

The outbox holds one row per channel per alert (idempotency key `<event key>|<channel>`). The lists
here show each alert once: the outbox is walked backwards by id until a page's events are found,
their rows are fetched by key, the event's first row id is the alert's id in URLs, and the
channels' statuses are shown as stored (sent, dead, pending, sending, muted, ...). A page reads
about (offset + page size) x channels outbox rows, not the whole table. Release texts are read only
where a page shows them.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from monitor.domain import AlertMessage, Amount
from monitor.store import (
    AlertRow,
    Company,
    FindingRow,
    Release,
    ReleaseVersion,
    SourceState,
    StoreError,
    check_schema,
    safe_url,
)

log = logging.getLogger(__name__)

A: sa.Table = AlertRow.__table__  # type: ignore[attr-defined]
C: sa.Table = Company.__table__  # type: ignore[attr-defined]
F: sa.Table = FindingRow.__table__  # type: ignore[attr-defined]
R: sa.Table = Release.__table__  # type: ignore[attr-defined]
V: sa.Table = ReleaseVersion.__table__  # type: ignore[attr-defined]
S: sa.Table = SourceState.__table__  # type: ignore[attr-defined]
TABLES = ("company", "release", "release_version", "finding", "alert", "source_state")
MAX_ALERTS_PER_COMPANY = 1000  # a company page shows at most this many alerts (newest first)


class StoreMissing(Exception):
    """The store does not exist yet, holds no filing-monitor tables, or has another schema revision."""


class StoreUnavailable(Exception):
    """The store cannot be reached now (server down, file locked): a retry can help."""


# ---- opening --------------------------------------------------------------------------------------


def open_store(url: str) -> Engine:
    """A read-only engine on the daemon's store; StoreMissing / StoreUnavailable say what is wrong."""
    engine = _sqlite_readonly(url) if url.startswith("sqlite") else _server_readonly(url)
    try:
        with engine.connect() as conn:
            found = set(sa.inspect(conn).get_table_names())
    except sa.exc.OperationalError as e:
        engine.dispose()
        raise StoreUnavailable(f"{safe_url(url)}: cannot read the store: {e.orig or e}") from None
    missing = [t for t in TABLES if t not in found]
    if missing:
        engine.dispose()
        raise StoreMissing(
            f"{safe_url(url)}: the store has no {', '.join(missing)} table yet; "
            "start the daemon (filing-monitor run), which creates it"
        )
    try:
        check_schema(engine)  # the pages read this release's columns: an older or newer schema cannot do
    except StoreError as e:
        engine.dispose()
        raise StoreMissing(f"{safe_url(url)}: {e}") from None
    return engine


def _sqlite_readonly(url: str) -> Engine:
    database = sa.engine.make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise StoreMissing(f"{url}: the web view needs a SQLite file the daemon writes, not {database!r}")
    path = Path(database).expanduser().resolve()
    if not path.is_file():
        raise StoreMissing(
            f"{url}: no store at {path} yet; start the daemon (filing-monitor run), which creates it"
        )
    uri = f"file:{quote(str(path))}?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        return conn

    return sa.create_engine("sqlite://", creator=connect, poolclass=QueuePool, pool_size=4, max_overflow=4)


def _server_readonly(url: str) -> Engine:
    args: dict[str, Any] = {}
    if url.startswith("postgresql"):
        args["connect_args"] = {"options": "-c default_transaction_read_only=on"}
    return sa.create_engine(url, pool_pre_ping=True, **args)


# ---- value types ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertFilter:
    kind: str | None = None
    ticker: str | None = None
    since: datetime | None = None  # aware, inclusive: when the alert was raised
    until: datetime | None = None  # aware, exclusive


@dataclass(frozen=True)
class AlertView:
    """One alert (an event), whatever the number of channels it went to."""

    id: int  # the event's first outbox row
    key: str  # the event's idempotency key
    kind: str
    ticker: str
    company: str
    created_at: datetime
    finding_id: int | None
    statuses: tuple[tuple[str, str], ...]  # (channel, status), by channel name
    sent_at: datetime | None
    msg: AlertMessage | None  # None when the stored payload cannot be read
    payload_error: str = ""

    @property
    def event_time(self) -> datetime:
        """When the event was reported (the earliest source time), else when it was alerted."""
        times = [s.accepted_at for s in self.msg.sources if s.accepted_at] if self.msg else []
        return min(times) if times else self.created_at


@dataclass(frozen=True)
class Delivery:
    id: int
    channel: str
    status: str
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class FindingView:
    id: int
    release_id: int
    version: int
    kind: str
    severity: str
    confidence: float
    evidence: str
    span: tuple[int, int]
    amounts: tuple[Amount, ...]
    periods: tuple[str, ...]
    signals: tuple[str, ...]
    novelty: str
    event_key: str
    created_at: datetime


@dataclass(frozen=True)
class ReleaseMeta:
    """A release without its text."""

    id: int
    company_id: int
    ticker: str
    company: str
    source: str
    uid: str
    url: str
    title: str
    form: str | None
    items: str
    published_at: datetime | None
    accepted_at: datetime | None
    first_seen: datetime
    version: int
    documents_complete: bool
    kinds: tuple[str, ...] = ()  # kinds of its findings (all versions)

    @property
    def time(self) -> datetime:
        return self.accepted_at or self.published_at or self.first_seen


@dataclass(frozen=True)
class VersionInfo:
    id: int
    version: int
    seen_at: datetime
    content_hash: str
    has_diff: bool


@dataclass(frozen=True)
class Related:
    """Another finding of the same event (the earlier alert an update updates, a repeat, ...)."""

    finding_id: int
    release_id: int
    novelty: str
    created_at: datetime
    source: str
    title: str
    alert_id: int | None  # its alert, if it raised one


@dataclass(frozen=True)
class AlertDetail:
    alert: AlertView
    deliveries: tuple[Delivery, ...]
    finding: FindingView | None
    release: ReleaseMeta | None
    text: str | None  # the text of the release version the finding was made in
    related: tuple[Related, ...]


@dataclass(frozen=True)
class SourceRow:
    source: str
    last_success: datetime | None
    last_attempt: datetime | None
    consecutive_failures: int
    last_error: str


@dataclass(frozen=True)
class CompanyRow:
    id: int
    ticker: str
    cik: int | None
    name: str


# ---- alerts ---------------------------------------------------------------------------------------


def _conditions(flt: AlertFilter) -> list[sa.ColumnElement[bool]]:
    out: list[sa.ColumnElement[bool]] = []
    if flt.kind:
        out.append(A.c.kind == flt.kind)
    if flt.ticker:
        out.append(A.c.company_id == sa.select(C.c.id).where(C.c.ticker == flt.ticker).scalar_subquery())
    if flt.since:
        out.append(A.c.created_at >= flt.since)
    if flt.until:
        out.append(A.c.created_at < flt.until)
    return out


def event_key(idempotency_key: str, channel: str) -> str:
    """The event's idempotency key: an outbox row's key without its `|<channel>` suffix."""
    return idempotency_key.removesuffix(f"|{channel}")


def list_alerts(conn: Connection, flt: AlertFilter, *, limit: int, offset: int = 0) -> list[AlertView]:
    """Alerts newest first, one per event, with every channel's status.

    Walks the outbox backwards by id (the primary key) in growing batches until the page's events are
    found, instead of grouping the whole table: a page costs about (offset + limit) x channels rows,
    whatever the size of the store. An event sits where its newest row is.
    """
    keys = _page_keys(conn, flt, offset + limit)[offset:]
    rows = _event_rows(conn, keys)
    return [_grouped_view(k, rows[k]) for k in keys if k in rows]


def _event_rows(conn: Connection, keys: Sequence[str]) -> dict[str, list[Any]]:
    """Every channel's outbox row of each event (through the unique index on idempotency_key)."""
    if not keys:
        return {}
    channels = conn.execute(sa.select(A.c.channel).distinct()).scalars().all()
    query = (
        sa.select(A, C.c.ticker, C.c.name)
        .select_from(A.outerjoin(C, C.c.id == A.c.company_id))
        .where(A.c.idempotency_key.in_([f"{k}|{c}" for k in keys for c in channels]))
        .order_by(A.c.id)
    )
    out: dict[str, list[Any]] = {}
    for row in conn.execute(query):
        out.setdefault(event_key(row.idempotency_key, row.channel), []).append(row)
    return out


def _page_keys(conn: Connection, flt: AlertFilter, count: int) -> list[str]:
    """The first `count` event keys, newest first."""
    keys: dict[str, None] = {}
    batch, before = max(2 * count, 64), None
    while len(keys) < count:
        query = sa.select(A.c.id, A.c.idempotency_key, A.c.channel).where(*_conditions(flt))
        if before is not None:
            query = query.where(A.c.id < before)
        rows = conn.execute(query.order_by(A.c.id.desc()).limit(batch)).all()
        for row in rows:
            keys.setdefault(event_key(row.idempotency_key, row.channel))
        if len(rows) < batch:
            break
        before, batch = rows[-1].id, batch * 2
    return list(keys)[:count]


def _grouped_view(key: str, rows: list[Any]) -> AlertView:
    """One event from its rows (ordered by id): the first row's payload, every channel's status."""
    sent = [r.sent_at for r in rows if r.sent_at is not None]
    return _alert_view(rows[0], key, tuple(sorted((r.channel, r.status) for r in rows)), max(sent, default=None))


def _alert_view(row: Any, key: str, statuses: tuple[tuple[str, str], ...], sent_at: datetime | None) -> AlertView:
    msg, error = None, ""
    try:
        msg = AlertMessage.from_dict(json.loads(row.payload))
    except (ValueError, KeyError, TypeError) as e:
        error = f"{type(e).__name__}: {e}"
        log.warning("alert %s: unreadable payload: %s", row.id, error)
    return AlertView(
        id=row.id,
        key=key,
        kind=row.kind,
        ticker=row.ticker or (msg.ticker if msg else ""),
        company=row.name or (msg.company if msg else ""),
        created_at=row.created_at,
        finding_id=row.finding_id,
        statuses=statuses,
        sent_at=sent_at,
        msg=msg,
        payload_error=error,
    )


def alert_detail(conn: Connection, alert_id: int) -> AlertDetail | None:
    """The alert that outbox row `alert_id` (any of its channels' rows) belongs to, with all the page shows."""
    row = conn.execute(sa.select(A.c.idempotency_key, A.c.channel).where(A.c.id == alert_id)).first()
    if row is None:
        return None
    key = event_key(row.idempotency_key, row.channel)
    rows = _event_rows(conn, [key])[key]
    view = _grouped_view(key, rows)
    deliveries = tuple(
        Delivery(r.id, r.channel, r.status, r.attempts, r.last_error, r.created_at, r.next_attempt_at, r.sent_at)
        for r in rows
    )
    finding = _finding(conn, view.finding_id) if view.finding_id is not None else None
    release = release_meta(conn, finding.release_id) if finding else None
    text = version_text(conn, finding.release_id, finding.version) if finding else None
    key_of_event = view.msg.event_key if view.msg else (finding.event_key if finding else "")
    related = _related(conn, key_of_event) if key_of_event else ()
    return AlertDetail(view, deliveries, finding, release, text, related)


def _finding(conn: Connection, finding_id: int) -> FindingView | None:
    row = conn.execute(sa.select(F).where(F.c.id == finding_id)).first()
    return _finding_view(row) if row else None


def _finding_view(row: Any) -> FindingView:
    return FindingView(
        id=row.id,
        release_id=row.release_id,
        version=row.version,
        kind=row.kind,
        severity=row.severity,
        confidence=row.confidence,
        evidence=row.evidence,
        span=(row.span_start, row.span_end),
        amounts=tuple(Amount(**a) for a in _json_list(row.amounts)),
        periods=tuple(str(p) for p in _json_list(row.periods)),
        signals=tuple(str(s) for s in _json_list(row.signals)),
        novelty=row.novelty,
        event_key=row.event_key,
        created_at=row.created_at,
    )


def _json_list(text: str) -> list[Any]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _related(conn: Connection, event_key: str) -> tuple[Related, ...]:
    query = (
        sa.select(F.c.id, F.c.release_id, F.c.novelty, F.c.created_at, R.c.source, R.c.title,
                  sa.func.min(A.c.id).label("alert_id"))
        .select_from(F.join(R, R.c.id == F.c.release_id).outerjoin(A, A.c.finding_id == F.c.id))
        .where(F.c.event_key == event_key)
        .group_by(F.c.id, F.c.release_id, F.c.novelty, F.c.created_at, R.c.source, R.c.title)
        .order_by(F.c.id)
    )
    return tuple(Related(r.id, r.release_id, r.novelty, r.created_at, r.source, r.title, r.alert_id)
                 for r in conn.execute(query))


# ---- companies and releases -----------------------------------------------------------------------


def company_by_ticker(conn: Connection, ticker: str) -> CompanyRow | None:
    row = conn.execute(sa.select(C).where(C.c.ticker == ticker)).first()
    return CompanyRow(row.id, row.ticker, row.cik, row.name) if row else None


_RELEASE_COLUMNS = (
    R.c.id, R.c.company_id, C.c.ticker, C.c.name, R.c.source, R.c.uid, R.c.url, R.c.title, R.c.form, R.c["items"],
    R.c.published_at, R.c.accepted_at, R.c.first_seen, R.c.version, R.c.documents_complete,
)


def _release_time() -> sa.ColumnElement[datetime]:
    return sa.func.coalesce(R.c.accepted_at, R.c.published_at, R.c.first_seen)


def company_releases(conn: Connection, company_id: int, *, limit: int, offset: int = 0) -> list[ReleaseMeta]:
    """The company's releases, newest first (acceptance, else publication, else first-seen time)."""
    query = (
        sa.select(*_RELEASE_COLUMNS)
        .select_from(R.join(C, C.c.id == R.c.company_id))
        .where(R.c.company_id == company_id)
        .order_by(_release_time().desc(), R.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    rows = conn.execute(query).all()
    kinds: dict[int, set[str]] = {}
    if rows:
        found = sa.select(F.c.release_id, F.c.kind).where(F.c.release_id.in_([r.id for r in rows])).distinct()
        for release_id, kind in conn.execute(found):
            kinds.setdefault(release_id, set()).add(kind)
    return [_release_meta(r, tuple(sorted(kinds.get(r.id, ())))) for r in rows]


def release_times(conn: Connection, company_id: int) -> list[datetime]:
    """When each of the company's releases came out (for the timeline chart)."""
    query = sa.select(R.c.accepted_at, R.c.published_at, R.c.first_seen).where(R.c.company_id == company_id)
    return [r.accepted_at or r.published_at or r.first_seen for r in conn.execute(query)]


def release_meta(conn: Connection, release_id: int) -> ReleaseMeta | None:
    query = sa.select(*_RELEASE_COLUMNS).select_from(R.join(C, C.c.id == R.c.company_id)).where(R.c.id == release_id)
    row = conn.execute(query).first()
    if row is None:
        return None
    kinds = conn.execute(sa.select(F.c.kind).where(F.c.release_id == release_id).distinct()).scalars().all()
    return _release_meta(row, tuple(sorted(kinds)))


def _release_meta(row: Any, kinds: tuple[str, ...]) -> ReleaseMeta:
    return ReleaseMeta(
        id=row.id, company_id=row.company_id, ticker=row.ticker, company=row.name, source=row.source, uid=row.uid,
        url=row.url, title=row.title, form=row.form, items=row.items, published_at=row.published_at,
        accepted_at=row.accepted_at, first_seen=row.first_seen, version=row.version,
        documents_complete=row.documents_complete, kinds=kinds,
    )


def versions(conn: Connection, release_id: int) -> list[VersionInfo]:
    query = (
        sa.select(V.c.id, V.c.version, V.c.seen_at, V.c.content_hash, (V.c.diff != "").label("has_diff"))
        .where(V.c.release_id == release_id)
        .order_by(V.c.version)
    )
    return [VersionInfo(r.id, r.version, r.seen_at, r.content_hash, bool(r.has_diff)) for r in conn.execute(query)]


def version_text(conn: Connection, release_id: int, version: int) -> str | None:
    """The text of one version; the release's current text if that version row is missing."""
    text = conn.execute(
        sa.select(V.c.text).where(V.c.release_id == release_id, V.c.version == version)
    ).scalar_one_or_none()
    if text is None:
        text = conn.execute(
            sa.select(R.c.text).where(R.c.id == release_id, R.c.version == version)
        ).scalar_one_or_none()
    return text


def findings(conn: Connection, release_id: int, version: int) -> list[FindingView]:
    query = sa.select(F).where(F.c.release_id == release_id, F.c.version == version).order_by(F.c.span_start)
    return [_finding_view(r) for r in conn.execute(query)]


# ---- sources --------------------------------------------------------------------------------------


def source_states(conn: Connection) -> list[SourceRow]:
    query = sa.select(S).order_by(S.c.source)
    return [
        SourceRow(r.source, r.last_success, r.last_attempt, r.consecutive_failures, r.last_error)
        for r in conn.execute(query)
    ]
