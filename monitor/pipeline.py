"""One poll of one source: discover -> fetch -> store release/version -> detect -> novelty -> outbox.

Each release is ingested in ONE transaction: the release row, its version, its findings and the
alert rows of the outbox commit together or not at all. Delivery happens later (alerts.outbox).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from monitor import materiality, novelty
from monitor.alerts import compose, outbox, stage
from monitor.alerts.routing import channels_for
from monitor.detect import detect
from monitor.domain import KINDS, AlertMessage, Finding, Materiality, Novelty, Ref, Release, SourceRef
from monitor.settings import Settings, Watch
from monitor.sources.base import Source, SourceError
from monitor.store import Company, FindingRow, ReleaseVersion, SourceState, session_scope
from monitor.store import Release as ReleaseRow
from monitor.store import facts as store_facts
from monitor.store.locks import source_lock

log = logging.getLogger(__name__)

HISTORY_DAYS = 400  # how far back a company's findings are compared
# The company's own periodic reports (not amendments, which may carry only a part): one of them without
# a going-concern finding means the doubt went away.
PERIODIC_FORMS = ("10-K", "10-Q", "20-F", "40-F", "10-KSB", "10-QSB", "10-KT", "10-QT")
INCOMPLETE_RETRY_DAYS = 7  # how long documents that failed to arrive are fetched again
INCOMPLETE_PER_POLL = 10
# Detection windows over long texts (see detect_whole): the core, and the context read around it.
WINDOW_CHARS = 1 << 20
WINDOW_LEAD = 8_000
WINDOW_TAIL = 4_000
SHINGLE_OVERLAP = 400  # characters: more than the 5 words of a shingle


@dataclass
class PollStats:
    source: str
    refs: int = 0
    fetched: int = 0
    releases: int = 0
    versions: int = 0
    findings: dict[str, int] = field(default_factory=dict)
    alerts: int = 0
    errors: list[str] = field(default_factory=list)
    ok: bool = True
    skipped: bool = False  # another instance holds this source's lock


@dataclass(frozen=True)
class IngestResult:
    status: str  # "new" | "version" | "unchanged"
    release_id: int
    findings: tuple[tuple[Finding, novelty.Decision], ...] = ()
    alerts: int = 0


# ---- polling ----------------------------------------------------------------------------------


def poll(engine: Engine, settings: Settings, source: Source, *, now: datetime, alert: bool = True) -> PollStats:
    """Poll `source` once. Never raises for source problems: they are recorded in source_state.

    With several instances on PostgreSQL only the holder of the source's advisory lock polls.
    """
    with source_lock(engine, source.name) as mine:
        if not mine:
            log.debug("%s: polled by another instance", source.name)
            return PollStats(source.name, skipped=True)
        return _poll(engine, settings, source, now=now, alert=alert)


def _poll(engine: Engine, settings: Settings, source: Source, *, now: datetime, alert: bool) -> PollStats:
    stats = PollStats(source.name)
    cursor = _state(engine, source.name).cursor
    try:
        discovery = source.discover(cursor)
    except Exception as e:  # noqa: BLE001 - a broken source must not stop the daemon
        _record(engine, source.name, now, error=_describe(e))
        stats.ok = False
        stats.errors.append(_describe(e))
        log.warning("%s: poll failed: %s", source.name, _describe(e))
        return stats
    stats.refs = len(discovery.refs)
    process_refs(engine, settings, source, discovery.refs, now=now, alert=alert, stats=stats)
    retry_incomplete(engine, settings, source, now=now, alert=alert, stats=stats)
    stats.errors += list(discovery.errors)
    stats.ok = not discovery.errors
    _record(engine, source.name, now, cursor=discovery.cursor, error="; ".join(discovery.errors))
    return stats


def process_refs(
    engine: Engine,
    settings: Settings,
    source: Source,
    refs: Sequence[Ref],
    *,
    now: datetime,
    alert: bool,
    stats: PollStats,
    stop: Callable[[], bool] | None = None,
) -> bool:
    """Fetch and ingest each ref not stored yet. `stop()` is asked before each fetch: True leaves the
    rest for later. Returns False when it stopped early."""
    for ref in refs:
        if _known(engine, ref):
            continue
        if stop is not None and stop():
            return False
        release = fetch_or_placeholder(source, ref)
        stats.fetched += 1
        _safe_ingest(engine, settings, release, now=now, alert=alert, fingerprint=ref.fingerprint, stats=stats)
    return True


def retry_incomplete(
    engine: Engine, settings: Settings, source: Source, *, now: datetime, alert: bool, stats: PollStats
) -> None:
    """Fetch again the documents that failed before; their alert, if any was sent, is not repeated."""
    since = now - timedelta(days=INCOMPLETE_RETRY_DAYS)
    with Session(engine) as s:
        rows = s.exec(
            select(ReleaseRow, Company)
            .join(Company)
            .where(ReleaseRow.source == source.name, ReleaseRow.documents_complete == False)
            .where(ReleaseRow.first_seen >= since)
            .limit(INCOMPLETE_PER_POLL)
        ).all()
        refs = [_ref_from_row(r, c) for r, c in rows]
    for ref in refs:
        release = fetch_or_placeholder(source, ref)
        if release.documents_complete:
            _safe_ingest(engine, settings, release, now=now, alert=alert, fingerprint=ref.fingerprint, stats=stats)


def _safe_ingest(
    engine: Engine, settings: Settings, release: Release, *, now: datetime, alert: bool, fingerprint: str,
    stats: PollStats,
) -> None:
    """Ingest one release; its failure is logged and counted, and the poll goes on."""
    try:
        _count(stats, ingest(engine, settings, release, now=now, alert=alert, fingerprint=fingerprint))
    except IntegrityError:
        # Another instance stored the same (source, uid) first: its transaction did the work.
        log.info("%s: %s already ingested by another instance", release.source, release.uid)
    except Exception as e:
        log.exception("%s: cannot ingest %s", release.source, release.uid)
        stats.errors.append(f"{release.uid}: {_describe(e)}")


def fetch_or_placeholder(source: Source, ref: Ref) -> Release:
    """Fetch a ref; on failure keep a placeholder (title only) so nothing is lost and it is retried."""
    try:
        return source.fetch(ref)
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the poll
        log.warning("%s: cannot fetch %s (%s); will retry", source.name, ref.url or ref.uid, _describe(e))
        return ref.release("", complete=False)


def _count(stats: PollStats, result: IngestResult) -> None:
    if result.status == "new":
        stats.releases += 1
    elif result.status == "version":
        stats.versions += 1
    for f, _ in result.findings:
        stats.findings[f.kind] = stats.findings.get(f.kind, 0) + 1
    stats.alerts += result.alerts


def _known(engine: Engine, ref: Ref) -> bool:
    with Session(engine) as s:
        row = s.exec(
            select(ReleaseRow).where(ReleaseRow.source == ref.source, ReleaseRow.uid == ref.uid)
        ).first()
        # Incomplete rows are the business of retry_incomplete, not of every poll.
        return row is not None and (row.fingerprint == ref.fingerprint or not row.documents_complete)


def _ref_from_row(row: ReleaseRow, company: Company) -> Ref:
    return Ref(
        source=row.source,
        uid=row.uid,
        ticker=company.ticker,
        fingerprint=row.fingerprint,
        url=row.url,
        title=row.title,
        form=row.form,
        items=tuple(i for i in row.items.split(",") if i),
        published_at=row.published_at,
        accepted_at=row.accepted_at,
        cik=company.cik,
    )


# ---- ingest -----------------------------------------------------------------------------------


def ingest(
    engine: Engine,
    settings: Settings,
    release: Release,
    *,
    now: datetime,
    alert: bool = True,
    fingerprint: str | None = None,
) -> IngestResult:
    """Store a release (or a new version of it), detect, decide novelty and enqueue alerts."""
    watch = settings.watch_by_ticker(release.ticker) or Watch(ticker=release.ticker)
    with session_scope(engine) as s:
        company = _company(s, watch, release)
        row, status, previous = _upsert_release(s, company, release, now, fingerprint or release.uid)
        if status == "unchanged":
            return IngestResult(status, _id(row))
        if status == "new":
            _facts_due(s, settings, company, release, now)
        found = detect_whole(release.text, form=release.form, items=release.items, kinds=settings.kinds_for(watch))
        if not found:
            return IngestResult(status, _id(row))
        known = _known_findings(s, settings, company, row, release, now, {f.kind for f in found})
        decided = []
        alerts = 0
        bases: list[materiality.Base] | None = None  # read once, for the first alert
        for finding in found:
            decision = _decide(settings, company, row, release, finding, previous, known, now)
            f_row = _store_finding(s, row, company, finding, decision, now)
            decided.append((finding, decision))
            source_ref = _source_ref(release)
            if decision.join_story:
                outbox.add_source(s, decision.event_key, source_ref, finding_id=decision.joins_finding)
            elif alert and decision.novelty.value in settings.alert_on_for(watch):
                bases = _bases(s, settings, company) if bases is None else bases
                measures = _materiality(settings, finding, bases, release, now)
                severity = materiality.adjust_severity(finding.severity, measures, settings.materiality.thresholds())
                msg = _message(company, replace(finding, severity=severity), decision, source_ref, row, previous,
                               measures)
                channels = channels_for(settings, company.ticker, finding.kind, msg.severity)
                alerts += stage.enqueue(s, settings, msg, channels, now=now, finding_id=f_row.id,
                                        company_id=company.id)
        return IngestResult(status, _id(row), tuple(decided), alerts)


def detect_whole(
    text: str, *, form: str | None = None, items: Sequence[str] = (), kinds: Sequence[str] | None = None
) -> list[Finding]:
    """`detect` over the whole text, in windows of WINDOW_CHARS so that a document of many MB is
    analysed in bounded memory (and nothing after its first MB is missed).

    The text is cut into consecutive cores at paragraph or line breaks; each core is analysed with the
    WINDOW_LEAD characters before it (the detectors read at most a few thousand characters back from a
    sentence) and WINDOW_TAIL after it (a sentence that crosses the core's end), and only findings
    whose sentence starts in the core count. Per kind the best finding wins (the earliest on a tie),
    and a finding on the 8-K items alone only when no window found a sentence.
    """
    if len(text) <= WINDOW_CHARS:
        return detect(text, form=form, items=items, kinds=kinds)
    best: dict[str, Finding] = {}
    for core_start, core_end in _cores(text):
        start = max(0, core_start - WINDOW_LEAD)
        window = text[start : min(len(text), core_end + WINDOW_TAIL)]
        for f in detect(window, form=form, items=items, kinds=kinds):
            if f.span != (0, 0):
                if not core_start <= f.span[0] + start < core_end:
                    continue  # judged in the window whose core holds it
                f = replace(f, span=(f.span[0] + start, f.span[1] + start))
            held = best.get(f.kind)
            if held is None or _rank(f) > _rank(held):
                best[f.kind] = f
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(best.values(), key=lambda f: order.get(f.kind, len(order)))


def _cores(text: str) -> list[tuple[int, int]]:
    cores = []
    start = 0
    while start < len(text):
        end = min(len(text), start + WINDOW_CHARS)
        if end < len(text):
            floor = end - WINDOW_CHARS // 4
            cut = text.rfind("\n\n", floor, end)
            cut = cut if cut != -1 else text.rfind("\n", floor, end)
            end = cut + 1 if cut != -1 else end
        cores.append((start, end))
        start = end
    return cores


def _rank(f: Finding) -> tuple[bool, float, int]:
    """A sentence beats the items alone; then the higher confidence; then the earlier sentence."""
    return f.span != (0, 0), f.confidence, -f.span[0]


def _id(row: ReleaseRow | Company) -> int:
    """The primary key of a row that has been flushed."""
    assert row.id is not None, "flush before reading the id"
    return row.id


@dataclass(frozen=True)
class _Previous:
    """The version a new version replaces (None for a first version)."""

    text: str
    complete: bool
    diff: str


def _company(s: Session, watch: Watch, release: Release) -> Company:
    company = s.exec(select(Company).where(Company.ticker == release.ticker)).first()
    if company is None:
        company = Company(ticker=release.ticker, cik=watch.cik or release.cik, name=watch.name or release.ticker)
        s.add(company)
        s.flush()
    elif watch.name and company.name != watch.name:
        company.name = watch.name
    if company.cik is None and (watch.cik or release.cik):
        company.cik = watch.cik or release.cik
    return company


def _upsert_release(
    s: Session, company: Company, release: Release, now: datetime, fingerprint: str
) -> tuple[ReleaseRow, str, _Previous | None]:
    row = s.exec(
        select(ReleaseRow).where(ReleaseRow.source == release.source, ReleaseRow.uid == release.uid)
    ).first()
    digest = release.content_hash  # hashed once: a long text costs a second to hash
    if row is not None and (row.content_hash == digest or not release.text.strip()):
        row.last_seen, row.fingerprint = now, fingerprint
        return row, "unchanged", None
    if row is None:
        row = ReleaseRow(company_id=_id(company), source=release.source, uid=release.uid, first_seen=now,
                         last_seen=now, version=1)
        previous = None
        status = "new"
    else:
        previous = _Previous(row.text, row.documents_complete, "")
        if row.documents_complete and row.text.strip():
            previous = replace(previous, diff=novelty.sentence_diff(row.text, release.text))
        row.version += 1
        status = "version"
    row.url, row.title, row.form = release.url or row.url, release.title or row.title, release.form
    row.items = ",".join(release.items)
    row.published_at, row.accepted_at = release.published_at, release.accepted_at
    row.text, row.content_hash, row.fingerprint = release.text, digest, fingerprint
    row.documents_complete, row.last_seen = release.documents_complete, now
    row.skipped = "\n".join(release.skipped)
    s.add(row)
    s.flush()
    s.add(ReleaseVersion(release_id=_id(row), version=row.version, text=release.text,
                         content_hash=digest, diff=previous.diff if previous else "", seen_at=now))
    return row, status, previous


@dataclass(frozen=True)
class _Known:
    """What the store knows that novelty compares a release's findings with (read once per ingest)."""

    same_release: list[novelty.PriorFinding]
    story: list[novelty.PriorFinding]
    history: list[novelty.PriorFinding]
    clean_reports: dict[str, list[datetime]] = field(default_factory=dict)  # kind -> reports without it


def _known_findings(
    s: Session, settings: Settings, company: Company, row: ReleaseRow, release: Release, now: datetime,
    kinds: set[str],
) -> _Known:
    since = now - timedelta(days=HISTORY_DAYS)
    return _Known(
        same_release=_priors(s, FindingRow.release_id == row.id),
        story=_story_priors(s, settings, company, row, release, now),
        history=_priors(
            s,
            FindingRow.company_id == company.id,
            FindingRow.release_id != row.id,
            FindingRow.created_at >= since,
        ),
        clean_reports={
            k: _reports_without(s, company, row, k, since) for k in kinds & {"going_concern"}
        },
    )


def _reports_without(s: Session, company: Company, row: ReleaseRow, kind: str, since: datetime) -> list[datetime]:
    """When the company's complete periodic reports that raised no finding of ``kind`` were first seen."""
    with_kind = select(FindingRow.release_id).where(FindingRow.company_id == company.id, FindingRow.kind == kind)
    rows = s.exec(
        select(ReleaseRow.first_seen).where(
            ReleaseRow.company_id == company.id, ReleaseRow.id != row.id, ReleaseRow.first_seen >= since,
            col(ReleaseRow.form).in_(PERIODIC_FORMS), ReleaseRow.documents_complete == True,
            col(ReleaseRow.id).not_in(with_kind),
        )
    ).all()
    return list(rows)


def _decide(
    settings: Settings,
    company: Company,
    row: ReleaseRow,
    release: Release,
    finding: Finding,
    previous: _Previous | None,
    known: _Known,
    now: datetime,
) -> novelty.Decision:
    decision = novelty.decide(
        finding, ticker=company.ticker, source=release.source, uid=release.uid, now=now,
        same_release=known.same_release, story=known.story, history=known.history,
        amount_tolerance=settings.novelty.amount_tolerance, clean_reports=known.clean_reports.get(finding.kind, ()),
    )
    # A kind first seen in a corrected version is an update of the release (shown with the diff),
    # unless the company's history already knew the event. A placeholder gaining its documents is not.
    if (previous and previous.complete and previous.text.strip() and decision.novelty is Novelty.new):
        return replace(decision, novelty=Novelty.update, reason=f"new in version {row.version}")
    return decision


def _priors(s: Session, *where: object) -> list[novelty.PriorFinding]:
    rows = s.exec(select(FindingRow).where(*where).order_by(FindingRow.id)).all()  # type: ignore[arg-type]
    out = []
    for r in rows:
        amounts = json.loads(r.amounts)
        out.append(novelty.PriorFinding(
            kind=r.kind, event_key=r.event_key, evidence=r.evidence,
            amounts=tuple(a["value"] for a in amounts), periods=tuple(json.loads(r.periods)),
            seen_at=r.created_at, amount_text=max(amounts, key=lambda a: a["value"])["text"] if amounts else "",
            finding_id=r.id,
        ))
    return out


def _story_priors(
    s: Session, settings: Settings, company: Company, row: ReleaseRow, release: Release, now: datetime
) -> list[novelty.PriorFinding]:
    """Findings of the same press release seen from another source within the story window."""
    window = timedelta(days=settings.novelty.story_window_days)
    when = release.accepted_at or release.published_at or now
    with_findings = select(FindingRow.release_id).where(FindingRow.company_id == company.id)
    others = s.exec(
        select(ReleaseRow).where(
            ReleaseRow.company_id == company.id, ReleaseRow.source != row.source, ReleaseRow.id != row.id,
            ReleaseRow.documents_complete == True,
            col(ReleaseRow.id).in_(with_findings),  # only a story with findings can be joined
        )
    ).all()
    near = [o for o in others if abs((o.accepted_at or o.published_at or o.first_seen) - when) <= window]
    mine = novelty.shingles(release.text) if near and len(release.text) <= WINDOW_CHARS else None
    twins = [o.id for o in near if _containment(release.text, mine, o.text) >= settings.novelty.similarity]
    return _priors(s, FindingRow.release_id.in_(twins)) if twins else []  # type: ignore[attr-defined]


def _containment(text: str, mine: set[int] | None, other: str) -> float:
    """novelty.containment of the two texts' shingles. A long `text` (mine is None) is shingled in
    windows, keeping only the shingles it shares with `other`: never a set of all the shingles of a
    document of many MB."""
    theirs = novelty.shingles(other)
    if mine is not None:
        return novelty.containment(mine, theirs)
    shared: set[int] = set()
    count = 0
    start = 0
    while start < len(text):
        end = text.find(" ", start + WINDOW_CHARS)
        end = len(text) if end == -1 else end
        window = novelty.shingles(text[start:end])
        shared |= window & theirs
        count += len(window)
        # The next window starts a few words back (at a space), so no shingle is cut in two.
        back = text.rfind(" ", start, max(start + 1, end - SHINGLE_OVERLAP))
        start = end if end == len(text) or back <= start else back + 1
    return len(shared) / min(count, len(theirs)) if shared else 0.0


def _store_finding(
    s: Session, row: ReleaseRow, company: Company, f: Finding, d: novelty.Decision, now: datetime
) -> FindingRow:
    f_row = FindingRow(
        release_id=_id(row), company_id=_id(company), version=row.version, kind=f.kind, confidence=f.confidence,
        severity=f.severity.value, evidence=f.evidence, span_start=f.span[0], span_end=f.span[1],
        amounts=json.dumps([a.__dict__ for a in f.amounts]), periods=json.dumps(list(f.periods)),
        signals=json.dumps(list(f.signals)), novelty=d.novelty.value, event_key=d.event_key, created_at=now,
    )
    s.add(f_row)
    s.flush()
    return f_row


def _source_ref(release: Release) -> SourceRef:
    return SourceRef(source=release.source, url=release.url, form=release.form, items=release.items,
                     accepted_at=release.accepted_at or release.published_at, title=release.title)


def _facts_due(s: Session, settings: Settings, company: Company, release: Release, now: datetime) -> None:
    """A new 10-K/10-Q (20-F, 40-F) of a company makes its XBRL facts due again (monitor.facts)."""
    if settings.materiality.enabled and company.cik and release.source == "edgar" and materiality.is_report(release.form):
        store_facts.mark_due(s, company.cik, f"{release.form} {release.uid}", now, reported_at=release.accepted_at,
                             not_before=now + timedelta(minutes=settings.materiality.settle_minutes))


def _bases(s: Session, settings: Settings, company: Company) -> list[materiality.Base]:
    if not settings.materiality.enabled or not company.cik:
        return []
    return store_facts.bases_of(store_facts.get(s, company.cik))


def _materiality(
    settings: Settings, f: Finding, bases: list[materiality.Base], release: Release, now: datetime
) -> tuple[Materiality, ...]:
    """The finding's amount against the company's size as of the document's date."""
    when = release.accepted_at or release.published_at or now
    return materiality.assess(f.kind, f.evidence, f.amounts, bases, as_of=when.date(),
                              max_age_days=settings.materiality.max_age_days)


def _message(
    company: Company,
    f: Finding,
    d: novelty.Decision,
    source: SourceRef,
    row: ReleaseRow,
    previous: _Previous | None,
    measures: tuple[Materiality, ...] = (),
) -> AlertMessage:
    return AlertMessage(
        ticker=company.ticker, company=company.name, kind=f.kind, severity=f.severity, novelty=d.novelty,
        summary=compose.make_summary(
            f.kind, f.amounts, f.periods, (d.previous or d.reason) if d.novelty is Novelty.update else None,
            facts=f.facts,
        ),
        evidence=f.evidence, idempotency_key=d.idempotency_key,
        event_key=d.event_key, amounts=f.amounts, periods=f.periods, sources=(source,),
        confidence=f.confidence, signals=f.signals,
        diff=previous.diff if previous and previous.diff and d.novelty is Novelty.update else None,
        previous=d.previous, facts=f.facts, materiality=measures, first_seen=row.last_seen,
    )


# ---- source state -----------------------------------------------------------------------------


def _state(engine: Engine, name: str) -> SourceState:
    with Session(engine) as s:
        return s.get(SourceState, name) or SourceState(source=name)


def _record(engine: Engine, name: str, now: datetime, *, cursor: str | None = None, error: str = "") -> None:
    with session_scope(engine) as s:
        state = s.get(SourceState, name) or SourceState(source=name)
        state.last_attempt = now
        if cursor is not None:
            state.cursor = cursor
        if error:
            state.consecutive_failures += 1
            state.last_error = error[:2000]
        else:
            state.consecutive_failures = 0
            state.last_success = now
            state.last_error = ""
        s.add(state)


def _describe(e: BaseException) -> str:
    return f"{type(e).__name__}: {e}" if not isinstance(e, SourceError) else str(e)
