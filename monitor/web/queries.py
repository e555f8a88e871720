"""Read-only queries for the web view: rows of the store in, plain frozen dataclasses out.

`open_store` opens the store the daemon writes without ever writing it: SQLite through a `mode=ro`
URI with `PRAGMA query_only` (and plain deferred read transactions, so a page neither waits for nor
blocks the daemon's `BEGIN IMMEDIATE` writers under WAL), PostgreSQL with
`default_transaction_read_only`. It never creates or migrates the schema; a store that does not
exist yet is a `StoreMissing` error.

The outbox holds one row per channel per alert (idempotency key `<event key>|<channel>`). The lists
here show each alert once: rows are grouped by the event key, the group's first row id is the
alert's id in URLs, and the channels' statuses are collected as they are stored (sent, dead,
pending, sending, muted, ...). Release texts are read only where a page shows them.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from monitor.domain import AlertMessage, Amount
from monitor.store import AlertRow, Company, FindingRow, Release, ReleaseVersion, SourceState

log = logging.getLogger(__name__)

A: sa.Table = AlertRow.__table__  # type: ignore[attr-defined]
C: sa.Table = Company.__table__  # type: ignore[attr-defined]
F: sa.Table = FindingRow.__table__  # type: ignore[attr-defined]
R: sa.Table = Release.__table__  # type: ignore[attr-defined]
V: sa.Table = ReleaseVersion.__table__  # type: ignore[attr-defined]
S: sa.Table = SourceState.__table__  # type: ignore[attr-defined]
TABLES = ("company", "release", "release_version", "finding", "alert", "source_state")
_UNIT, _RECORD = "\x1f", "\x1e"  # separators of the aggregated channel statuses
MAX_ALERTS_PER_COMPANY = 1000  # a company page shows at most this many alerts (newest first)


class StoreMissing(Exception):
    """The store does not exist yet (or holds no filing-monitor tables): the daemon creates it."""


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
        raise StoreUnavailable(f"{_safe_url(url)}: cannot read the store: {e.orig or e}") from None
    missing = [t for t in TABLES if t not in found]
    if missing:
        engine.dispose()
        raise StoreMissing(
            f"{_safe_url(url)}: the store has no {', '.join(missing)} table yet; "
            "start the daemon (filing-monitor run), which creates it"
        )
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


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "the store URL"


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


def _event_key() -> sa.ColumnElement[str]:
    """The event's idempotency key: the row's key without its `|<channel>` suffix."""
    length = sa.func.length(A.c.idempotency_key) - sa.func.length(A.c.channel) - 1
    return sa.func.substr(A.c.idempotency_key, 1, length)


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


def list_alerts(conn: Connection, flt: AlertFilter, *, limit: int, offset: int = 0) -> list[AlertView]:
    """Alerts newest first (by when they were raised), one per event, with every channel's status."""
    key = _event_key()
    groups = conn.execute(
        sa.select(
            key.label("key"),
            sa.func.min(A.c.id).label("first_id"),
            sa.func.aggregate_strings(A.c.channel + _UNIT + A.c.status, _RECORD).label("statuses"),
            sa.func.max(A.c.sent_at).label("sent_at"),
        )
        .where(*_conditions(flt))
        .group_by(key)
        .order_by(sa.desc("first_id"))
        .limit(limit)
        .offset(offset)
    ).all()
    rows = _alert_rows(conn, [g.first_id for g in groups])
    return [_alert_view(rows[g.first_id], g.key, _statuses(g.statuses), g.sent_at) for g in groups]


def _alert_rows(conn: Connection, ids: Sequence[int]) -> dict[int, Any]:
    if not ids:
        return {}
    query = (
        sa.select(A.c.id, A.c.kind, A.c.payload, A.c.created_at, A.c.finding_id, C.c.ticker, C.c.name)
        .select_from(A.outerjoin(C, C.c.id == A.c.company_id))
        .where(A.c.id.in_(list(ids)))
    )
    return {row.id: row for row in conn.execute(query)}


def _statuses(aggregated: str | None) -> tuple[tuple[str, str], ...]:
    pairs = (item.partition(_UNIT) for item in (aggregated or "").split(_RECORD) if item)
    return tuple(sorted((channel, status) for channel, _, status in pairs))


def _alert_view(row: Any, key: str, statuses: tuple[tuple[str, str], ...], sent_at: Any) -> AlertView:
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
        sent_at=_aware(sent_at),
        msg=msg,
        payload_error=error,
    )


def _aware(value: Any) -> datetime | None:
    """An aggregate over a UTC column (SQLite hands back text) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def alert_detail(conn: Connection, alert_id: int) -> AlertDetail | None:
    """The alert that outbox row `alert_id` belongs to, with everything the alert page shows."""
    row = conn.execute(sa.select(A).where(A.c.id == alert_id)).first()
    if row is None:
        return None
    key = row.idempotency_key.removesuffix(f"|{row.channel}")
    deliveries = _deliveries(conn, row, key)
    first = _alert_rows(conn, [deliveries[0].id])[deliveries[0].id]
    sent = [d.sent_at for d in deliveries if d.sent_at]
    view = _alert_view(first, key, tuple(sorted((d.channel, d.status) for d in deliveries)), max(sent, default=None))
    finding = _finding(conn, row.finding_id) if row.finding_id is not None else None
    release = release_meta(conn, finding.release_id) if finding else None
    text = version_text(conn, finding.release_id, finding.version) if finding else None
    event_key = view.msg.event_key if view.msg else (finding.event_key if finding else "")
    related = _related(conn, event_key) if event_key else ()
    return AlertDetail(view, deliveries, finding, release, text, related)


def _deliveries(conn: Connection, row: Any, key: str) -> tuple[Delivery, ...]:
    """Every channel's row of the event: through the finding when there is one (indexed), else by key."""
    if row.finding_id is not None:
        query = sa.select(A).where(A.c.finding_id == row.finding_id)
    else:
        channels = conn.execute(sa.select(A.c.channel).distinct()).scalars().all()
        query = sa.select(A).where(A.c.idempotency_key.in_([f"{key}|{c}" for c in channels]))
    rows = [r for r in conn.execute(query.order_by(A.c.id)) if r.idempotency_key == f"{key}|{r.channel}"]
    return tuple(
        Delivery(r.id, r.channel, r.status, r.attempts, r.last_error, r.created_at, r.next_attempt_at, r.sent_at)
        for r in rows
    )


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
