"""SQLModel tables. Times are stored as UTC and always read back as aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (no time zones) and PostgreSQL alike."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class Company(SQLModel, table=True):
    __tablename__ = "company"
    id: int | None = Field(default=None, primary_key=True)
    ticker: str = Field(unique=True, index=True)
    cik: int | None = Field(default=None, index=True)
    name: str = ""


class Release(SQLModel, table=True):
    __tablename__ = "release"
    __table_args__ = (sa.UniqueConstraint("source", "uid", name="uq_release_source_uid"),)
    id: int | None = Field(default=None, primary_key=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    source: str  # "edgar" or "wire:<feed>"
    uid: str  # accession, guid, link or content hash
    url: str = ""
    title: str = ""
    form: str | None = None
    items: str = ""  # comma-separated 8-K items
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    accepted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    text: str = ""
    content_hash: str = Field(default="", index=True)
    fingerprint: str = ""  # the Ref fingerprint last seen (see domain.Ref)
    version: int = 1
    documents_complete: bool = True
    skipped: str = ""  # what of the release could not be read (one line each), e.g. a document over the cap
    first_seen: datetime = Field(sa_type=UTCDateTime, nullable=False)
    last_seen: datetime = Field(sa_type=UTCDateTime, nullable=False)


class ReleaseVersion(SQLModel, table=True):
    __tablename__ = "release_version"
    __table_args__ = (sa.UniqueConstraint("release_id", "version", name="uq_version"),)
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    version: int
    text: str
    content_hash: str
    diff: str = ""  # unified diff of sentences against the previous version
    seen_at: datetime = Field(sa_type=UTCDateTime, nullable=False)


class FindingRow(SQLModel, table=True):
    __tablename__ = "finding"
    id: int | None = Field(default=None, primary_key=True)
    release_id: int = Field(foreign_key="release.id", index=True)
    company_id: int = Field(foreign_key="company.id", index=True)
    version: int = 1
    kind: str = Field(index=True)
    confidence: float
    severity: str
    evidence: str
    span_start: int = 0
    span_end: int = 0
    amounts: str = "[]"  # JSON
    periods: str = "[]"  # JSON
    signals: str = "[]"  # JSON
    novelty: str = "new"  # new | update | repeat
    event_key: str = Field(index=True)
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)


class AlertRow(SQLModel, table=True):
    """The outbox: one row per (event, channel). The idempotency key makes a second one impossible."""

    __tablename__ = "alert"
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(unique=True)
    finding_id: int | None = Field(default=None, foreign_key="finding.id", index=True)
    company_id: int | None = Field(default=None, foreign_key="company.id", index=True)
    channel: str = Field(index=True)
    kind: str
    # pending | sending | sent | dead; and, from the delivery policy (monitor.alerts.policy):
    # muted (a mute held it back: never sent), held (waits for its channel's digest), digested (went
    # into a digest row), acked (acknowledged before it was sent: not sent)
    status: str = Field(default="pending", index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    # Who holds the claim (monitor.alerts.outbox.Owner): a restarted daemon reclaims at once the
    # claims of owners that are gone instead of waiting for the lease to run out.
    claimed_by: str | None = None
    last_error: str = ""
    payload: str  # JSON of AlertMessage, updated when a second source joins the story
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    note: str = ""  # why the policy placed it so: "muted by mute 3", "quiet hours until ...", "in digest 12"
    acked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ack_note: str = ""


class MuteRow(SQLModel, table=True):
    """`filing-monitor mute`: alerts of a ticker (and kind) are stored as `muted` and not sent while it
    lasts. It ends at `until` by itself, or when `unmute` sets `ended_at`; rows are kept as history."""

    __tablename__ = "mute"
    id: int | None = Field(default=None, primary_key=True)
    ticker: str = Field(index=True)
    kind: str = ""  # "" = every kind
    reason: str = ""
    all_severities: bool = False  # False: critical alerts still go out
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SourceState(SQLModel, table=True):
    __tablename__ = "source_state"
    source: str = Field(primary_key=True)
    cursor: str = ""  # e.g. newest accession seen; ETag/Last-Modified for wire feeds (JSON)
    last_success: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt: datetime | None = Field(default=None, sa_type=UTCDateTime)
    consecutive_failures: int = 0
    last_error: str = ""


class CompanyFacts(SQLModel, table=True):
    """A company's bases from its XBRL companyfacts JSON (monitor.materiality), and when they are due.

    One row per CIK. `due_since` is set when a fetch is wanted (the company is first watched, or it
    filed a 10-K/10-Q after `fetched_at`) and cleared when the fetch is done: one request per company
    per periodic report.
    """

    __tablename__ = "company_facts"
    cik: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    entity_name: str = ""
    status: str = "pending"  # pending | ok | none (EDGAR has no XBRL facts) | error
    bases: str = "[]"  # JSON: materiality.Base.to_dict() of each base found
    due_since: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    due_reason: str = ""  # "watched" or "10-Q 0001835632-26-000019"
    fetched_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    fetched_for: str = ""  # the due_reason the last fetch answered
    attempts: int = 0  # failed attempts since it became due
    next_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = ""


class Pause(SQLModel, table=True):
    """No request to a far end before `until`: a channel after 429 + Retry-After (`channel:<name>`),
    every SEC host after the SEC's rate-limit page (`sec`). Shared by every process on the store and
    kept across restarts."""

    __tablename__ = "pause"
    name: str = Field(primary_key=True)
    until: datetime = Field(sa_type=UTCDateTime, nullable=False)
    reason: str = ""
    set_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
