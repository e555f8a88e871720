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
    status: str = Field(default="pending", index=True)  # pending | sending | sent | dead
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str = ""
    payload: str  # JSON of AlertMessage, updated when a second source joins the story
    created_at: datetime = Field(sa_type=UTCDateTime, nullable=False)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SourceState(SQLModel, table=True):
    __tablename__ = "source_state"
    source: str = Field(primary_key=True)
    cursor: str = ""  # e.g. newest accession seen; ETag/Last-Modified for wire feeds (JSON)
    last_success: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt: datetime | None = Field(default=None, sa_type=UTCDateTime)
    consecutive_failures: int = 0
    last_error: str = ""
