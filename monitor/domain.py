"""Plain value types that flow through the pipeline.

sources -> Release -> detect -> Finding -> novelty -> AlertMessage -> channels.
Everything here is a frozen dataclass: no I/O, no database, no clock.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import Enum
from typing import Any

# The event kinds the detector registry knows (monitor/detect/ has one module per kind).
KINDS: tuple[str, ...] = (
    "default",
    "impairment",
    "restatement",
    "going_concern",
    "bankruptcy",
    "delisting_notice",
    "auditor_change",
    "late_filing",
)

# 8-K items that point at one of our events. Filings before August 2004 used single-digit items
# (Item 3 Bankruptcy or Receivership, Item 4 Changes in Registrant's Certifying Accountant); their
# titles map to the current numbers (monitor.text.item_number, monitor.detect.cues.item_headings).
ITEM_KINDS: dict[str, str] = {
    "1.03": "bankruptcy",  # bankruptcy or receivership
    "2.04": "default",  # triggering events that accelerate a direct financial obligation
    "2.06": "impairment",  # material impairments
    "3.01": "delisting_notice",  # notice of delisting or failure to satisfy a continued listing rule
    "4.01": "auditor_change",  # changes in registrant's certifying accountant
    "4.02": "restatement",  # non-reliance on previously issued financial statements
}

# Items that report their event by themselves, so that an 8-K alerts even before its documents can
# be read. Item 3.01 is not one of them: it also covers a voluntary transfer of listing and letters
# confirming regained compliance, so its text decides.
STRONG_ITEMS: frozenset[str] = frozenset(ITEM_KINDS) - {"3.01"}


class Severity(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Novelty(str, Enum):
    new = "new"  # first report of this event for this company
    update = "update"  # same event, materially changed (amount) or a new version of a release
    repeat = "repeat"  # already known; not alerted by default


@dataclass(frozen=True)
class Amount:
    value: float  # 6400000.0
    currency: str  # "USD"
    text: str  # "$6.4 million", as written


@dataclass(frozen=True)
class Materiality:
    """An amount of a finding as a share of one of the company's bases, read from its XBRL facts
    (monitor.materiality): `share` 0.31 = 31% of `base` (e.g. "total_assets") as reported for the
    period ending `period_end` in the `form` filing `accession`."""

    base: str  # "total_assets" | "equity" | "total_debt" | "revenue" | "goodwill"
    share: float
    amount: float
    amount_text: str  # the amount as written, "$6.1 million"
    base_value: float
    unit: str  # "USD"
    period_end: str  # "2026-05-02"
    period: str  # "instant" (balance sheet), "annual" or "trailing" (twelve months, revenue)
    form: str  # the filing the base value comes from, "10-Q"
    accession: str
    concept: str  # "us-gaap:Assets", or "us-gaap:LongTermDebtNoncurrent+us-gaap:LongTermDebtCurrent"


@dataclass(frozen=True)
class Finding:
    kind: str
    confidence: float  # 0..1
    severity: Severity
    evidence: str  # the sentence, verbatim
    span: tuple[int, int]  # character offsets of the evidence in the release text
    amounts: tuple[Amount, ...] = ()
    periods: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    # Dates and names the text states that are neither amounts nor reporting periods, as written:
    # (("petition date", "May 17, 2009"), ("court", "United States Bankruptcy Court for ..."), ...).
    facts: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        d["span"] = list(self.span)
        d["amounts"] = [asdict(a) for a in self.amounts]
        d["periods"] = list(self.periods)
        d["signals"] = list(self.signals)
        d["facts"] = dict(self.facts)
        return d


@dataclass(frozen=True)
class Release:
    """One document as a source delivered it (a wire item, or an EDGAR filing's press text)."""

    source: str  # "edgar" or "wire:<feed name>"
    uid: str  # accession number, guid, link or content hash
    ticker: str  # the watched company it was matched to
    text: str
    url: str = ""
    title: str = ""
    form: str | None = None  # "8-K", "10-Q/A", ...; None for wire items
    items: tuple[str, ...] = ()  # 8-K items, e.g. ("2.02", "4.02")
    published_at: datetime | None = None
    accepted_at: datetime | None = None  # EDGAR acceptance time, aware
    cik: int | None = None
    documents_complete: bool = True  # False: filed documents could not be fetched yet
    skipped: tuple[str, ...] = ()  # parts that could not be read, e.g. a document over the byte cap

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


_SPACE = re.compile(r"\s")
_HASH_PIECE = 1 << 20


def content_hash(text: str) -> str:
    """sha256 of the words of `text` joined by single spaces (layout does not count).

    Hashed in pieces cut at whitespace, so a text of many MB never becomes a list of millions of
    words at once; the digest is that of `" ".join(text.split())`.
    """
    digest = hashlib.sha256()
    sep = b""
    start = 0
    while start < len(text):
        m = _SPACE.search(text, start + _HASH_PIECE)
        end = m.start() if m else len(text)
        words = text[start:end].split()
        if words:
            digest.update(sep + " ".join(words).encode("utf-8"))
            sep = b" "
        start = end
    return digest.hexdigest()


@dataclass(frozen=True)
class SourceRef:
    source: str
    url: str
    form: str | None = None
    items: tuple[str, ...] = ()
    accepted_at: datetime | None = None
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "form": self.form,
            "items": list(self.items),
            "accepted_at": self.accepted_at.isoformat() if self.accepted_at else None,
            "title": self.title,
        }


@dataclass(frozen=True)
class AlertMessage:
    """Everything a channel needs to render one alert. Channels never touch the store."""

    ticker: str
    company: str
    kind: str
    severity: Severity
    novelty: Novelty
    summary: str
    evidence: str
    idempotency_key: str
    event_key: str  # stable per (company, kind, event): threads e-mail updates
    amounts: tuple[Amount, ...] = ()
    periods: tuple[str, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    confidence: float = 1.0
    signals: tuple[str, ...] = ()
    diff: str | None = None  # for updates of a release version: what changed
    previous: str | None = None  # for amount updates: what was known before
    facts: tuple[tuple[str, str], ...] = ()  # as Finding.facts: deadline, petition date, former auditor
    materiality: tuple[Materiality, ...] = ()  # the amount against the company's size, when known
    first_seen: datetime | None = None  # when the monitor first saw the text this alert is about
    test: bool = False  # a `filing-monitor test-channel` message, not a real alert
    digest: tuple[AlertMessage, ...] = ()  # a digest (kind "digest") carries the alerts it batches

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ticker": self.ticker,
            "company": self.company,
            "kind": self.kind,
            "severity": self.severity.value,
            "novelty": self.novelty.value,
            "summary": self.summary,
            "evidence": self.evidence,
            "amounts": [asdict(a) for a in self.amounts],
            "periods": list(self.periods),
            "sources": [s.to_dict() for s in self.sources],
            "confidence": self.confidence,
            "signals": list(self.signals),
            "diff": self.diff,
            "previous": self.previous,
            "materiality": [asdict(m) for m in self.materiality],
            "facts": dict(self.facts),
            "idempotency_key": self.idempotency_key,
            "event_key": self.event_key,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "test": self.test,
        }
        if self.digest:
            out["digest"] = [m.to_dict() for m in self.digest]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> AlertMessage:
        return cls(
            ticker=d["ticker"],
            company=d["company"],
            kind=d["kind"],
            severity=Severity(d["severity"]),
            novelty=Novelty(d["novelty"]),
            summary=d["summary"],
            evidence=d["evidence"],
            idempotency_key=d["idempotency_key"],
            event_key=d["event_key"],
            amounts=tuple(Amount(**a) for a in d.get("amounts", [])),
            periods=tuple(d.get("periods", [])),
            sources=tuple(
                SourceRef(
                    source=s["source"],
                    url=s["url"],
                    form=s.get("form"),
                    items=tuple(s.get("items", [])),
                    accepted_at=datetime.fromisoformat(s["accepted_at"]) if s.get("accepted_at") else None,
                    title=s.get("title", ""),
                )
                for s in d.get("sources", [])
            ),
            confidence=d.get("confidence", 1.0),
            signals=tuple(d.get("signals", [])),
            diff=d.get("diff"),
            previous=d.get("previous"),
            materiality=tuple(Materiality(**m) for m in d.get("materiality", [])),
            first_seen=datetime.fromisoformat(d["first_seen"]) if d.get("first_seen") else None,
            test=bool(d.get("test", False)),
            digest=tuple(cls.from_dict(m) for m in d.get("digest") or ()),
            facts=tuple((str(k), str(v)) for k, v in (d.get("facts") or {}).items()),
        )


# The kind of operator alerts (a source failing or stale, an EDGAR gap the catch-up cannot read),
# sent to [defaults] ops_channels; `ticker` names the source.
SOURCE_HEALTH = "source-health"


def ops_alert(source: str, summary: str, evidence: str, event_key: str, *, idempotency_key: str | None = None,
              severity: Severity = Severity.high, novelty: Novelty = Novelty.new,
              previous: str | None = None) -> AlertMessage:
    """An operator alert about `source` (its `ticker`); the alert's key is the event's unless given."""
    return AlertMessage(
        ticker=source, company="filing-monitor", kind=SOURCE_HEALTH, severity=severity, novelty=novelty,
        summary=summary, evidence=evidence, idempotency_key=idempotency_key or event_key, event_key=event_key,
        previous=previous,
    )


class DeliveryError(Exception):
    """A channel could not deliver. `transient` says whether a retry can help."""

    def __init__(self, message: str, *, transient: bool, retry_after: float | None = None):
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after



@dataclass(frozen=True)
class Ref:
    """A release a source has discovered but not yet fetched (cheap: from a feed or an index).

    The pipeline skips a Ref whose (source, uid) is stored with the same fingerprint and complete
    documents, so filed documents are never fetched twice.
    """

    source: str
    uid: str
    ticker: str
    fingerprint: str  # changes when the visible content changes (wire: title+summary hash)
    url: str = ""
    title: str = ""
    form: str | None = None
    items: tuple[str, ...] = ()
    published_at: datetime | None = None
    accepted_at: datetime | None = None
    cik: int | None = None
    extra: tuple[tuple[str, str], ...] = ()  # source-specific, e.g. (("summary", "..."),)

    def get(self, key: str, default: str = "") -> str:
        return dict(self.extra).get(key, default)

    def release(self, text: str, *, complete: bool = True, skipped: tuple[str, ...] = ()) -> Release:
        """The Release this Ref stands for, with `text` (complete=False: fetch its documents again;
        `skipped`: what of it could not be read)."""
        return Release(
            source=self.source,
            uid=self.uid,
            ticker=self.ticker,
            text=text,
            url=self.url,
            title=self.title,
            form=self.form,
            items=self.items,
            published_at=self.published_at,
            accepted_at=self.accepted_at,
            cik=self.cik,
            documents_complete=complete,
            skipped=skipped,
        )


@dataclass(frozen=True)
class Discovery:
    """What one poll of a source found. `errors` are per-feed problems that did not stop the poll."""

    refs: tuple[Ref, ...]
    cursor: str
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class WatchTarget:
    """A watched company as the sources see it: ticker resolved to a CIK where known."""

    ticker: str
    name: str
    cik: int | None = None
    aliases: tuple[str, ...] = ()
