"""What the pages show, computed from plain values: pure (no I/O, no clock, no store).

Nothing here builds markup. Texts are cut into segments that carry labels, and the Jinja2 templates
(autoescape on) wrap and escape each one, so an untrusted release text can never become markup.
The one XML this module writes, the Atom feed, is built with ElementTree, which escapes every value.
"""

from __future__ import annotations

import difflib
import itertools
import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from monitor.alerts import compose
from monitor.channels.webhook import EVENT_TYPE
from monitor.detect import trigger_spans
from monitor.domain import AlertMessage
from monitor.web.queries import AlertView, Delivery, FindingView, SourceRow

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
ATOM_NS = "http://www.w3.org/2005/Atom"


def fmt_time(dt: datetime | None) -> str:
    """`2005-07-29 16:57 ET`: the zone always shown, US Eastern as EDGAR states times."""
    return compose.format_et(dt)


def iso(dt: datetime | None) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z") if dt else ""


# ---- highlighted text -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    text: str
    labels: tuple[str, ...] = ()  # CSS classes of the highlights covering it; () = plain text
    anchor: str = ""  # an element id to link to (the start of a finding)


def segments(text: str, spans: Iterable[tuple[int, int, str]], anchors: dict[int, str] | None = None) -> list[Segment]:
    """Cut `text` at every span boundary; each piece carries the labels of the spans covering it."""
    spans = [(max(0, s), min(len(text), e), label) for s, e, label in spans if e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans), *(anchors or {})})
    out: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        labels = tuple(dict.fromkeys(label for s, e, label in spans if s <= start and end <= e))
        out.append(Segment(text[start:end], labels, (anchors or {}).get(start, "")))
    return [s for s in out if s.text or s.anchor]


def locate(text: str, finding: FindingView) -> tuple[int, int] | None:
    """Where the finding's evidence is in `text`: its stored span when it still matches, else a search."""
    start, end = finding.span
    if end > start and text[start:end] == finding.evidence:
        return start, end
    if not finding.evidence.strip():
        return None
    found = text.find(finding.evidence)
    return (found, found + len(finding.evidence)) if found >= 0 else None


def finding_spans(text: str, finding: FindingView, where: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The evidence span and its trigger words (monitor.detect.trigger_spans), as labelled spans."""
    start, end = where
    out = [(start, end, f"evidence k-{css_name(finding.kind)}")]
    out += [(start + s, start + e, "trigger") for s, e in trigger_spans(finding.kind, text[start:end])]
    return out


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) holding [start, end)."""
    before = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    after = _PARAGRAPH_BREAK.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def evidence_in_context(text: str | None, finding: FindingView) -> list[Segment] | None:
    """The evidence sentence highlighted inside its paragraph, trigger words marked; None if not found."""
    if not text:
        return None
    where = locate(text, finding)
    if where is None:
        return None
    p_start, p_end = paragraph_bounds(text, *where)
    spans = [(s - p_start, e - p_start, label) for s, e, label in finding_spans(text, finding, where)]
    return segments(text[p_start:p_end], spans)


def release_segments(text: str, found: Sequence[FindingView]) -> list[Segment]:
    """The whole text with every finding highlighted; each finding's start is anchor `f<id>`."""
    spans: list[tuple[int, int, str]] = []
    anchors: dict[int, str] = {}
    for f in found:
        where = locate(text, f)
        if where is None:
            continue
        spans += finding_spans(text, f, where)
        anchors.setdefault(where[0], f"f{f.id}")
    return segments(text, spans, anchors)


def css_name(value: str) -> str:
    """A value as a CSS class fragment: letters, digits and dashes only."""
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-") or "other"


# ---- word diff ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffPart:
    tag: str  # "eq", "del", "ins" or "gap" (unchanged words left out)
    text: str


def word_diff(old: str, new: str, context: int = 12) -> list[DiffPart]:
    """Word-level diff: deleted and inserted runs of words, `context` unchanged words around each."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=len(a) * len(b) > 50_000_000)
    parts: list[DiffPart] = []
    opcodes = matcher.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            parts += _context(a[i1:i2], context, first=n == 0, last=n == len(opcodes) - 1)
            continue
        if i2 > i1:
            parts.append(DiffPart("del", " ".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("ins", " ".join(b[j1:j2])))
    return parts


def _context(words: list[str], context: int, *, first: bool, last: bool) -> list[DiffPart]:
    head = [] if first else words[:context]
    tail = [] if last else words[-context:]
    if len(words) <= len(head) + len(tail) + context:  # too short to be worth a gap
        return [DiffPart("eq", " ".join(words))]
    out = [DiffPart("eq", " ".join(head))] if head else []
    out.append(DiffPart("gap", f"\u2026 {len(words) - len(head) - len(tail)} unchanged words \u2026"))
    return out + ([DiffPart("eq", " ".join(tail))] if tail else [])


def diff_stats(parts: Sequence[DiffPart]) -> tuple[int, int]:
    """(words deleted, words inserted)."""
    def count(tag: str) -> int:
        return sum(len(p.text.split()) for p in parts if p.tag == tag)

    return count("del"), count("ins")


# ---- the timeline chart ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    cls: str
    title: str
    href: str = ""


@dataclass
class Chart:
    width: int
    height: int
    lanes: list[tuple[str, float]] = field(default_factory=list)  # (label, y)
    dots: list[Dot] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # (x, label)
    left: int = 110
    right: int = 10
    top: int = 8

    @property
    def axis_y(self) -> float:
        return self.height - 22


def timeline_chart(alerts: Sequence[AlertView], releases: Sequence[datetime], width: int = 760) -> Chart | None:
    """Events by kind over time: one lane per alert kind (a dot per alert) and one for releases."""
    kinds = sorted({a.kind for a in alerts})
    times = [a.event_time for a in alerts] + list(releases)
    if not times:
        return None
    lane_h = 24
    chart = Chart(width=width, height=8 + lane_h * (len(kinds) + 1) + 26)
    t0, t1 = min(times), max(times)
    span = (t1 - t0).total_seconds()
    inner = width - chart.left - chart.right

    def x_of(t: datetime) -> float:
        frac = (t - t0).total_seconds() / span if span > 0 else 0.5
        return round(chart.left + frac * inner, 1)

    for n, kind in enumerate([*kinds, "releases"]):
        chart.lanes.append((kind, chart.top + lane_h * n + lane_h / 2))
    y_of = dict(chart.lanes)
    for a in alerts:
        novelty = a.msg.novelty.value if a.msg else "?"
        chart.dots.append(Dot(x_of(a.event_time), y_of[a.kind], f"k-{css_name(a.kind)} n-{css_name(novelty)}",
                              f"{fmt_time(a.event_time)}: {a.kind} ({novelty})", f"/alert/{a.id}"))
    for t in releases:
        chart.dots.append(Dot(x_of(t), y_of["releases"], "release", f"release {fmt_time(t)}"))
    chart.ticks = [(x_of(t), t.astimezone(compose.EASTERN).strftime("%Y-%m-%d")) for t in _ticks(t0, t1)]
    return chart


def _ticks(t0: datetime, t1: datetime) -> list[datetime]:
    if t1 <= t0:
        return [t0]
    return [t0 + (t1 - t0) * n / 3 for n in range(4)]


# ---- channels -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rendering:
    channel: str
    type: str
    parts: tuple[tuple[str, str], ...]  # (label, text as the channel received it)


def renderings(msg: AlertMessage, deliveries: Sequence[Delivery], channel_types: Mapping[str, str]) -> list[Rendering]:
    """The alert as each of its channels received it, from the same compose functions they use."""
    out = []
    for d in deliveries:
        kind = channel_types.get(d.channel, "")
        out.append(Rendering(d.channel, kind or "not configured now", _parts(kind, msg, d)))
    return out


def _parts(kind: str, msg: AlertMessage, d: Delivery) -> tuple[tuple[str, str], ...]:
    if kind == "slack":
        payload = compose.slack_payload(msg)
        return (("notification text", payload["text"]), ("Block Kit JSON", _json(payload)))
    if kind == "email":
        return (("Subject", compose.email_subject(msg)), ("text part", compose.plain_text(msg)))
    if kind == "webhook":
        return (("JSON body", _json({**msg.to_dict(), "type": EVENT_TYPE})),)
    if kind == "console":
        return (("console", compose.console_text(msg)),)
    record = {**msg.to_dict(), "sent_at": d.sent_at.isoformat() if d.sent_at else None}
    return (("JSON line" if kind == "jsonl" else "stored payload", _json(record)),)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def api_record(alert: AlertView, url: str) -> dict[str, object]:
    """An alert as /api/alerts shows it: the jsonl channel's fields plus where and how it went."""
    base: dict[str, object] = alert.msg.to_dict() if alert.msg else {"kind": alert.kind, "ticker": alert.ticker}
    return {
        **base,
        "sent_at": alert.sent_at.isoformat() if alert.sent_at else None,
        "id": alert.id,
        "url": url,
        "created_at": alert.created_at.isoformat(),
        "deliveries": dict(alert.statuses),
    }


# ---- source health --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Health:
    row: SourceRow
    state: str  # ok | failing | stale | never
    note: str


def source_health(rows: Sequence[SourceRow], intervals: dict[str, float], stale_after: float, now: datetime) -> list[Health]:
    """A source is stale when its last success is older than `stale_after` of its poll intervals."""
    out = []
    for r in rows:
        limit = stale_after * intervals[r.source] if r.source in intervals else None
        if r.last_success is None:
            out.append(Health(r, "never", "never polled successfully"))
        elif limit is not None and (now - r.last_success).total_seconds() > limit:
            out.append(Health(r, "stale", f"no success for {_ago(now - r.last_success)}"))
        elif r.consecutive_failures:
            out.append(Health(r, "failing", f"{r.consecutive_failures} failed polls in a row"))
        else:
            out.append(Health(r, "ok", "" if r.source in intervals else "not in the current settings"))
    return out


def _ago(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


# ---- Atom -----------------------------------------------------------------------------------------


def entry_id(key: str) -> str:
    """A stable Atom id for an alert event: a name-based UUID of its idempotency key."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'filing-monitor:alert:' + key)}"


def atom_feed(
    alerts: Sequence[AlertView],
    *,
    title: str,
    self_url: str,
    html_url: str,
    alert_url: Callable[[AlertView], str],
    updated: datetime,
) -> bytes:
    """An Atom 1.0 feed (RFC 4287), one entry per alert, in the order given (newest first)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'filing-monitor:feed:' + self_url)}")
    _sub(feed, "title", title)
    _sub(feed, "updated", iso(max((a.created_at for a in alerts), default=updated)))
    _sub(_sub(feed, "author"), "name", "filing-monitor")
    _sub(feed, "generator", "filing-monitor")
    _link(feed, self_url, "self", "application/atom+xml")
    _link(feed, html_url, "alternate", "text/html")
    for a in alerts:
        _entry(feed, a, alert_url(a))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed: ET.Element, a: AlertView, url: str) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "id", entry_id(a.key))
    msg = a.msg
    title = f"{compose.headline(msg)} \u2014 {compose.novelty_tag(msg)}: {compose.summary_line(msg)}" if msg else (
        f"[{a.kind.upper()}] {a.ticker} {a.company} (unreadable payload)")
    _sub(entry, "title", title)
    _sub(entry, "updated", iso(a.created_at))
    published = a.event_time
    _sub(entry, "published", iso(published))
    _link(entry, url, "alternate", "text/html")
    for src in msg.sources if msg else ():
        safe = compose.safe_url(src.url)
        if safe:
            _link(entry, safe, "related", None, compose.source_label(src))
    _sub(entry, "category").set("term", a.kind)
    summary = _sub(entry, "summary", compose.one_line(msg.evidence) if msg else a.payload_error)
    summary.set("type", "text")
    content = _sub(entry, "content", compose.plain_text(msg) if msg else a.payload_error)
    content.set("type", "text")


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    if text is not None:
        el.text = _XML_INVALID.sub(" ", text)
    return el


def _link(parent: ET.Element, href: str, rel: str, media_type: str | None, title: str = "") -> None:
    link = _sub(parent, "link")
    link.set("href", _XML_INVALID.sub("", href))
    link.set("rel", rel)
    if media_type:
        link.set("type", media_type)
    if title:
        link.set("title", _XML_INVALID.sub(" ", title))
