"""SEC EDGAR: the latest-filings Atom feed (fast path), the daily form index (catch-up), submissions
JSON (backfill of one company's history), and the filing index -> primary document + EX-99 exhibits
(fetch).

What each costs in SEC requests, whatever the size of the watchlist: a poll reads one feed page (more
only to page through a burst back to its cursor); a poll whose feed no longer reaches back to the
cursor records the gap in the cursor, and the catch-up reads one daily index per business day of it;
then each watched filing costs its index page and its documents. Only a backfill reads per-company
submissions JSON.

Formats follow the recorded responses in tests/fixtures/edgar/ (see the samples README):
- getcurrent Atom: one <entry> per accession *and entity role*; title `FORM - COMPANY (CIK10) (Role)`,
  id `urn:tag:sec.gov,2008:accession-number=...`, updated = acceptance time with the ET offset,
  summary `Filed: ... AccNo: ... Size: ...` plus one `<br>Item X.XX: ...` line per 8-K item.
- submissions JSON: parallel arrays in `filings.recent` (older pages: the arrays at the top level).
- filing index (`{acc}-index.htm`): the "Document Format Files" table (Seq, Description, Document,
  Type, Size) and the "Items" and "Accepted" facts; fallback: the complete submission `{acc}.txt` (SGML).
- daily index (`daily-index/{YYYY}/QTR{n}/form.{YYYYMMDD}.idx`): fixed-width rows `Form Type`,
  `Company Name`, `CIK`, `Date Filed`, `File Name`; a day without one answers 403 AccessDenied.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import parse_qs, urljoin, urlsplit
from zoneinfo import ZoneInfo

import feedparser
import lxml.etree
import lxml.html

from monitor import xmlguard
from monitor.domain import STRONG_ITEMS, Discovery, Ref, Release, WatchTarget
from monitor.http import Http, HttpError, RateLimited, UserAgentRefused, require_user_agent
from monitor.settings import EdgarSettings
from monitor.sources.base import SourceError
from monitor.text import ITEM_TITLES, extract_text

log = logging.getLogger(__name__)

ET = ZoneInfo("America/New_York")
PAGE = 100  # entries per getcurrent page (the largest `count` EDGAR accepts)
# Entries accepted this long before the newest one seen are read again on the next poll (and
# deduplicated through the cursor): a filing can appear in the feed a little after filings that
# were accepted later, and must not fall behind the cursor unseen.
OVERLAP = timedelta(minutes=2)
# Gaps stay in the feed cursor this many days beyond the catch-up's reach (catch_up_max_days).
GAP_KEEP_DAYS = 7
FILING_CUTOFF = time(17, 30)  # accepted later (ET): filed the next business day
SEC_WWW = ("www.sec.gov", "sec.gov")
TEXT_EXTENSIONS = (".htm", ".html", ".txt", ".xml")

ExtractText = Callable[..., str]


_TITLE = re.compile(r"^(?P<form>.+?) - (?P<company>.*) \((?P<cik>\d{1,10})\) \((?P<role>[^()]*)\)\s*$")
_ITEM = re.compile(r"Item\s+(\d{1,2}\.\d{2})\s*:")
_FILED = re.compile(r"Filed:\s*(\d{4}-\d{2}-\d{2})")
_ACC = re.compile(r"\d{10}-\d{2}-\d{6}")
_FOLDER = re.compile(r"/Archives/edgar/data/(\d+)/(\d{18})/")


# ---- parsing (pure) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedEntry:
    accession: str
    form: str
    company: str
    cik: int
    role: str
    url: str  # the filing index page, in the folder of this entity
    accepted_at: datetime  # US Eastern, aware
    filed: str  # YYYY-MM-DD (can be the next business day)
    items: tuple[str, ...]


def parse_feed(data: bytes) -> list[FeedEntry]:
    """Entries of a getcurrent (or getcompany) Atom page, in feed order. ValueError if unreadable.

    feedparser gets the bytes, so it honours the declared ISO-8859-1 and never fetches anything; the
    XML guard sees them first (monitor.xmlguard: XmlRefused, a ValueError, for declared entities).
    """
    parsed = feedparser.parse(xmlguard.safe_bytes(data))
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not an Atom feed: {parsed.get('bozo_exception')!r}")
    entries = []
    for e in parsed.entries:
        entry = _entry(e)
        if entry is None:
            log.debug("skipping an unreadable feed entry: %r", e.get("title"))
        else:
            entries.append(entry)
    return entries


def _entry(e: feedparser.FeedParserDict) -> FeedEntry | None:
    m = _TITLE.match(" ".join(str(e.get("title", "")).split()))
    acc = _ACC.search(str(e.get("id", "")))
    updated = e.get("updated")
    if not (m and acc and updated):
        return None
    try:
        accepted = datetime.fromisoformat(str(updated))
    except ValueError:
        return None
    if accepted.tzinfo is None:  # EDGAR always writes the offset; if not, it is Eastern
        accepted = accepted.replace(tzinfo=ET)
    tags = e.get("tags") or []
    form = str(tags[0].get("term") if tags and tags[0].get("term") else m["form"]).strip()
    summary = re.sub(r"<[^>]+>", " ", str(e.get("summary", "")))
    filed = _FILED.search(summary)
    return FeedEntry(
        accession=acc.group(0),
        form=form,
        company=m["company"].strip(),
        cik=int(m["cik"]),
        role=m["role"],
        url=str(e.get("link", "")),
        accepted_at=accepted.astimezone(ET),
        filed=filed.group(1) if filed else "",
        items=parse_items(summary),
    )


def parse_items(text: str) -> tuple[str, ...]:
    """`Item 2.02: ...` lines -> ("2.02", ...), in order, without repeats."""
    return tuple(dict.fromkeys(_ITEM.findall(text)))


def item_lines(items: Sequence[str]) -> str:
    """`Item 4.02: Non-Reliance on ...`, one paragraph per item (so each is its own sentence)."""
    return "\n\n".join(f"Item {i}: {ITEM_TITLES.get(i, 'Item ' + i)}".rstrip() for i in items)


@dataclass(frozen=True)
class Document:
    seq: str
    description: str
    url: str
    type: str
    filename: str
    size: int | None = None  # bytes, as the index page states it


@dataclass(frozen=True)
class FilingPage:
    """What a filing's `-index.htm` page says: its documents, 8-K items and acceptance time."""

    documents: list[Document]
    items: tuple[str, ...] = ()
    accepted_at: datetime | None = None  # US Eastern, aware


def parse_filing_page(html: bytes, index_url: str) -> FilingPage:
    """The "Document Format Files" table and the "Items" and "Accepted" facts of a `-index.htm` page."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return FilingPage([])
    accepted = _info(root, "Accepted")
    try:
        when = datetime.strptime(accepted, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ET) if accepted else None
    except ValueError:
        when = None
    return FilingPage(_documents_table(root, index_url), parse_items(_info(root, "Items")), when)


def _info(root: lxml.html.HtmlElement, head: str) -> str:
    """The text of the `<div class="info">` after the `<div class="infoHead">` named `head`."""
    found = root.xpath(f'//div[@class="infoHead"][normalize-space()="{head}"]'
                       '/following-sibling::div[@class="info"][1]')
    if not found:
        return ""
    for br in found[0].iter("br"):
        br.tail = "\n" + (br.tail or "")
    return str(found[0].text_content()).strip()


def _documents_table(root: lxml.html.HtmlElement, index_url: str) -> list[Document]:
    tables = root.xpath('//table[@summary="Document Format Files"]') or root.xpath(
        '//table[contains(concat(" ", @class, " "), " tableFile ")]'
    )
    if not tables:
        return []
    docs = []
    for tr in tables[0].xpath(".//tr[td]"):
        cells = tr.xpath("./td")
        hrefs = tr.xpath(".//a/@href")
        if len(cells) < 4 or not hrefs:
            continue
        url = urljoin(index_url, _unwrap_viewer(str(hrefs[0])))
        docs.append(Document(
            seq=_cell(cells[0]),
            description=_cell(cells[1]),
            url=url,
            type=_cell(cells[3]),
            filename=urlsplit(url).path.rsplit("/", 1)[-1],
            size=int(_cell(cells[4])) if len(cells) > 4 and _cell(cells[4]).isdigit() else None,
        ))
    return docs


def _cell(td: lxml.html.HtmlElement) -> str:
    return " ".join(td.text_content().replace("\xa0", " ").split())


def _unwrap_viewer(href: str) -> str:
    """`/ix?doc=/Archives/...` (the inline-XBRL viewer) -> `/Archives/...` (the document itself)."""
    parts = urlsplit(href)
    if parts.path.rstrip("/").endswith("/ix"):
        doc = parse_qs(parts.query).get("doc")
        if doc:
            return doc[0]
    return href


def select_documents(docs: Sequence[Document], form: str | None) -> list[Document]:
    """The EX-99.* exhibits (press releases) first, then the primary document. Nothing else."""
    texty = [d for d in docs if d.filename.lower().endswith(TEXT_EXTENSIONS)]
    exhibits = [d for d in texty if d.type.upper().startswith("EX-99")]
    want = (form or "").upper()
    primary = next((d for d in texty if d.type.upper() == want), None) or next(
        (d for d in texty if d.seq == "1" and not d.type.upper().startswith("EX-")), None
    )
    return exhibits + ([primary] if primary else [])


@dataclass(frozen=True)
class Filing:
    accession: str
    form: str
    accepted_at: datetime | None  # US Eastern, aware
    filing_date: date | None
    items: tuple[str, ...]
    primary_document: str

    @property
    def when(self) -> datetime | None:
        if self.accepted_at is not None:
            return self.accepted_at
        return datetime.combine(self.filing_date, time.min, tzinfo=ET) if self.filing_date else None


def parse_filing_arrays(arrays: dict) -> list[Filing]:
    """The parallel arrays of `filings.recent` (or of an older submissions page)."""
    accs = arrays.get("accessionNumber") or []

    def col(name: str) -> list:
        values = arrays.get(name) or []
        return list(values) + [""] * (len(accs) - len(values))

    out = []
    for acc, form, accepted, filed, items, doc in zip(
        accs, col("form"), col("acceptanceDateTime"), col("filingDate"), col("items"), col("primaryDocument"),
        strict=False,
    ):
        out.append(Filing(
            accession=str(acc),
            form=str(form or ""),
            accepted_at=_utc_to_et(accepted),
            filing_date=_date(filed),
            items=tuple(i.strip() for i in str(items or "").split(",") if i.strip()),
            primary_document=str(doc or ""),
        ))
    return out


def _utc_to_et(value: object) -> datetime | None:
    """`2026-03-24T21:01:22.000Z` (UTC) -> aware US Eastern."""
    try:
        dt = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(ET)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# ---- the feed cursor --------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedCursor:
    """The newest entry seen, plus the watched accessions seen within OVERLAP of it (JSON), plus the
    gaps: spans of acceptance times a poll could not read back to (the daily-index catch-up's work)."""

    accession: str
    accepted_at: datetime | None
    seen: tuple[tuple[str, datetime], ...] = ()
    gaps: tuple[tuple[datetime, datetime], ...] = ()

    def encode(self) -> str:
        data: dict[str, object] = {
            "v": 1,
            "acc": self.accession,
            "at": self.accepted_at.isoformat() if self.accepted_at else None,
            "seen": {a: t.isoformat() for a, t in self.seen},
        }
        if self.gaps:
            data["gaps"] = [[a.isoformat(), b.isoformat()] for a, b in self.gaps]
        return json.dumps(data, sort_keys=True)

    @classmethod
    def decode(cls, text: str) -> FeedCursor | None:
        text = (text or "").strip()
        if not text:
            return None
        if _ACC.fullmatch(text):  # a bare accession: stop when it is reached
            return cls(text, None)
        try:
            d = json.loads(text)
            at = datetime.fromisoformat(d["at"]) if d.get("at") else None
            seen = tuple((str(a), datetime.fromisoformat(t)) for a, t in (d.get("seen") or {}).items())
            gaps = tuple((datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in d.get("gaps") or [])
            return cls(str(d["acc"]), at, seen, gaps)
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("edgar: ignoring an unreadable feed cursor %r", text[:200])
            return None

    def known(self) -> set[str]:
        return {self.accession} | {a for a, _ in self.seen}

    def reached_by(self, page: Sequence[FeedEntry]) -> bool:
        """True when `page` goes back past everything this cursor may not have seen."""
        if self.accepted_at is None:
            return any(e.accession == self.accession for e in page)
        return any(e.accepted_at < self.accepted_at - OVERLAP for e in page)


@dataclass(frozen=True)
class _Gap:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class _Filing:
    """A filing's document texts (press releases first), what could not be read, and the facts of
    its index page or SGML header."""

    texts: list[str]
    skipped: tuple[str, ...]
    items: tuple[str, ...]
    accepted_at: datetime | None


# ---- the daily index (catch-up) ----------------------------------------------------------------


@dataclass(frozen=True)
class IndexEntry:
    """One row of a daily form index: a filing, under the CIK of one of its filers."""

    form: str
    company: str
    cik: int
    filed: date
    accession: str


_INDEX_ROW = re.compile(r"^(?P<rest>.*?\S)\s+(?P<cik>\d{1,10})\s+(?P<filed>\d{8})\s+(?P<path>edgar/\S+)\s*$")


def parse_daily_index(data: bytes) -> list[IndexEntry]:
    """The rows of a `form.YYYYMMDD.idx` daily index: a header block, then fixed-width columns
    `Form Type`, `Company Name`, `CIK`, `Date Filed` (YYYYMMDD), `File Name` (`edgar/data/{CIK}/{acc}.txt`)
    under a header line and a dashed rule. ValueError when there is no such header line."""
    lines = data.decode("latin-1").splitlines()
    header = next((i for i, line in enumerate(lines) if line.startswith("Form Type") and "File Name" in line), None)
    if header is None:
        raise ValueError("not a daily form index: no 'Form Type ... File Name' header line")
    company_column = lines[header].index("Company Name")
    entries = []
    for line in lines[header + 1 :]:
        m = _INDEX_ROW.match(line)
        acc = _ACC.search(m["path"]) if m else None
        if m is None or acc is None:
            continue  # the dashed rule, blank lines
        try:
            filed = datetime.strptime(m["filed"], "%Y%m%d").date()
        except ValueError:
            continue
        rest = m["rest"]
        entries.append(IndexEntry(rest[:company_column].strip(), rest[company_column:].strip(), int(m["cik"]),
                                  filed, acc.group(0)))
    return entries


def filed_day(accepted: datetime) -> date:
    """The filing date EDGAR gives a filing accepted at `accepted`: that day until 5:30 p.m. ET on a
    business day, else the next business day (holidays aside)."""
    t = accepted.astimezone(ET)
    if t.weekday() < 5 and t.time() < FILING_CUTOFF:
        return t.date()
    return next_business_day(t.date())


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def business_days(first: date, last: date) -> list[date]:
    """Monday to Friday from `first` to `last`, both included (EDGAR publishes no index at weekends)."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


# ---- the source -------------------------------------------------------------------------------


class EdgarSource:
    name = "edgar"

    def __init__(
        self,
        http: Http,
        settings: EdgarSettings,
        targets: list[WatchTarget],
        *,
        now: Callable[[], datetime],
        extract: ExtractText | None = None,
    ):
        require_user_agent(settings.user_agent)  # EDGAR polling refuses to start without one
        self.http = http
        self.settings = settings
        self.interval_seconds = float(settings.poll_seconds)
        self.now = now
        self.base_url = settings.base_url.rstrip("/")
        self.data_url = settings.data_url.rstrip("/")
        self.forms = {f.strip().upper() for f in settings.forms}
        self.targets = list(targets)
        self.by_cik: dict[int, WatchTarget] = {}
        for t in self.targets:
            if t.cik is not None:
                self.by_cik.setdefault(t.cik, t)
        self._extract = extract
        self.problems: list[str] = []  # problems of the last history (older pages that failed)
        # Set when a poll could not reach its cursor (an outage longer than the feed window, a burst):
        # the gap is in the cursor, and the caller should run the catch-up soon (which clears it).
        self.needs_catch_up = False

    # ---- discover: the getcurrent feed -------------------------------------------------------

    def feed_url(self, start: int) -> str:
        return (f"{self.base_url}/cgi-bin/browse-edgar?action=getcurrent&type=&company=&dateb="
                f"&owner=include&start={start}&count={PAGE}&output=atom")

    def discover(self, cursor: str) -> Discovery:
        state = FeedCursor.decode(cursor)
        if state is None and self.settings.first_poll == "latest":
            # First run: remember where the feed is; history is `backfill`'s business.
            entries = self._page(0)
            new = self._advance(None, entries)
            log.info("edgar: first poll; starting after %s", new.accession if new else "an empty feed")
            return Discovery((), new.encode() if new else "")
        entries, gap = self._window(state)
        refs = self._new_refs(entries, state)
        new = self._advance(state, entries, gap)
        if entries:
            log.debug("edgar: %d entries read, %d refs; newest accepted %s (now %s)",
                      len(entries), len(refs), entries[0].accepted_at, self.now())
        # A gap is not a failed poll: it is in the cursor now, and the catch-up reads it.
        return Discovery(tuple(refs), new.encode() if new else cursor)

    def _page(self, n: int) -> list[FeedEntry]:
        url = self.feed_url(n * PAGE)
        try:
            # Past page 0 a 503 usually means the end of the window: one try, no backoff. Should it
            # be a passing fault instead, the gap is reported and the catch-up fills it.
            resp = self.http.get(url, kind="feed", tries=1 if n > 0 else None)
        except HttpError as e:
            # Past page 0, the SEC answers 503 beyond the end of the window; a permanent error there
            # is treated the same, so one bad page cannot block polling for good.
            if n > 0 and (e.status == 503 or not e.transient):
                raise  # the caller ends the window here
            raise SourceError(f"edgar getcurrent (start={n * PAGE}): {e}", transient=e.transient) from e
        try:
            return parse_feed(resp.content)
        except ValueError as e:
            raise SourceError(f"edgar getcurrent (start={n * PAGE}): {e}", transient=True) from e

    def _window(self, state: FeedCursor | None) -> tuple[list[FeedEntry], _Gap | None]:
        """Read pages until the cursor is passed (or, without one, the whole window)."""
        entries: list[FeedEntry] = []
        for n in range(self.settings.max_pages):
            try:
                page = self._page(n)
            except HttpError as e:  # only past page 0: the end of the window
                log.info("edgar: the getcurrent window ends before start=%d (%s)", n * PAGE, e)
                return entries, self._gap(state, entries, "the feed window ended")
            entries += page
            if state is not None and state.reached_by(page):
                return entries, None
            if len(page) < PAGE:
                return entries, self._gap(state, entries, "the feed ended")
        return entries, self._gap(state, entries, f"max_pages ({self.settings.max_pages}) pages were read")

    def _gap(self, state: FeedCursor | None, entries: Sequence[FeedEntry], why: str) -> _Gap | None:
        """What the poll could not read: from the cursor (less OVERLAP) to the oldest entry read."""
        if state is None:
            return None  # window mode: reading to the end is the point
        now = self.now().astimezone(ET)
        end = min((e.accepted_at for e in entries), default=now)
        # A bare-accession cursor has no time: the gap reaches back as far as the catch-up may go.
        start = (state.accepted_at - OVERLAP if state.accepted_at is not None else
                 now - timedelta(days=self.settings.catch_up_max_days + 1))
        log.warning("edgar: %s before reaching the last seen filing %s (accepted %s); filings accepted "
                    "from %s to %s ET come from the daily-index catch-up", why, state.accession,
                    state.accepted_at, f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}")
        self.needs_catch_up = True
        return _Gap(start, end)

    def _match(self, e: FeedEntry) -> WatchTarget | None:
        return self.by_cik.get(e.cik) if e.form.upper() in self.forms else None

    def _new_refs(self, entries: Sequence[FeedEntry], state: FeedCursor | None) -> list[Ref]:
        known = state.known() if state else set()
        floor = state.accepted_at - OVERLAP if state and state.accepted_at else None
        refs: dict[str, Ref] = {}
        for e in entries:
            if state is not None and state.accepted_at is None and e.accession == state.accession:
                break  # a bare-accession cursor: what follows it is older
            if e.accession in refs or e.accession in known or (floor and e.accepted_at < floor):
                continue
            target = self._match(e)  # per entity role: the accession's watched role wins
            if target is not None:
                refs[e.accession] = self._feed_ref(e, target)
        return sorted(refs.values(), key=lambda r: r.accepted_at or datetime.min.replace(tzinfo=UTC))

    def _advance(
        self, state: FeedCursor | None, entries: Sequence[FeedEntry], gap: _Gap | None = None
    ) -> FeedCursor | None:
        gaps = self._kept_gaps(state, gap)
        if not entries:
            return replace(state, gaps=gaps) if state is not None else None
        newest = max(entries, key=lambda e: e.accepted_at)
        if state is not None and state.accepted_at is not None and newest.accepted_at < state.accepted_at:
            acc, at = state.accession, state.accepted_at
        else:
            acc, at = newest.accession, newest.accepted_at
        floor = at - OVERLAP
        seen = {a: t for a, t in (state.seen if state else ()) if t >= floor}
        for e in entries:
            if e.accepted_at >= floor and self._match(e) is not None:
                seen.setdefault(e.accession, e.accepted_at)
        return FeedCursor(acc, at, tuple(sorted(seen.items())), gaps)

    def _kept_gaps(self, state: FeedCursor | None, gap: _Gap | None) -> tuple[tuple[datetime, datetime], ...]:
        """The cursor's gaps plus the new one, without those long past the catch-up's reach."""
        horizon = self.now() - timedelta(days=self.settings.catch_up_max_days + GAP_KEEP_DAYS)
        gaps = [g for g in (state.gaps if state else ()) if g[1] >= horizon]
        return tuple(gaps + ([(gap.start, gap.end)] if gap else []))

    def _feed_ref(self, e: FeedEntry, target: WatchTarget) -> Ref:
        return Ref(
            source=self.name,
            uid=e.accession,
            ticker=target.ticker,
            fingerprint=e.accession,
            url=e.url,
            title=f"{e.form} - {e.company}",
            form=e.form,
            items=e.items,
            accepted_at=e.accepted_at,
            cik=e.cik,
            extra=(("company", e.company), ("role", e.role), ("filed", e.filed)),
        )

    # ---- fetch: index -> primary document + EX-99 exhibits -----------------------------------

    def fetch(self, ref: Ref) -> Release:
        try:
            filing = self._filing(ref)
        except HttpError as e:
            strong = sorted(STRONG_ITEMS & set(ref.items))
            if not strong:
                raise
            log.warning("edgar: documents of %s (%s) unavailable (%s); alerting on items %s alone",
                        ref.uid, ref.ticker, e, ", ".join(strong))
            return self._release(ref, item_lines(ref.items), complete=False)
        # A filing found in a daily index learns its items and acceptance time from its own pages.
        ref = replace(ref, items=ref.items or filing.items, accepted_at=ref.accepted_at or filing.accepted_at)
        texts = [t for t in filing.texts if t and not t.isspace()]
        text = texts[0].strip() if len(texts) == 1 else "\n\n".join(t.strip() for t in texts)
        return self._release(ref, text or item_lines(ref.items), complete=True, skipped=filing.skipped)

    def _release(self, ref: Ref, text: str, *, complete: bool, skipped: tuple[str, ...] = ()) -> Release:
        return replace(ref, title=ref.title or f"{ref.form} - {ref.ticker}").release(
            text, complete=complete, skipped=skipped)

    def _filing(self, ref: Ref) -> _Filing:
        index_url = self.local(ref.url) if ref.url else self.index_url(ref.cik or 0, ref.uid)
        page = FilingPage([])
        docs: list[Document] = []
        try:
            resp = self.http.get(index_url, kind="document")
            page = parse_filing_page(resp.content, index_url)
            docs = select_documents(page.documents, ref.form)
            if not docs:
                log.warning("edgar: no documents in the index page %s; reading the .txt", index_url)
        except (RateLimited, UserAgentRefused):
            raise
        except HttpError as e:
            log.info("edgar: index page %s: %s; reading the complete submission", index_url, e)
        if not docs:
            return self._submission(ref, index_url)
        texts, skipped = [], []
        for d in docs:  # exhibits (the press release) first, then the primary document
            text, problem = self._document(d, ref)
            texts.append(text)
            skipped += [problem] if problem else []
        return _Filing(texts, tuple(skipped), page.items, page.accepted_at)

    def _document(self, d: Document, ref: Ref) -> tuple[str, str | None]:
        """One document's text, or why it cannot be read: it is larger than the byte cap, or EDGAR
        answers it with a permanent error. Passing errors raise (the whole filing is tried again)."""
        cap = self.settings.document_max_bytes
        name = f"{d.type or 'document'} {d.filename}"
        if d.size is not None and d.size > cap:
            log.warning("edgar: %s of %s is %d bytes, over edgar.document_max_bytes; not read", name, ref.uid, d.size)
            return "", f"{name}: {d.size:,} bytes, over edgar.document_max_bytes ({cap:,}); not read"
        try:
            r = self.http.get(self.local(d.url), kind="document")
        except (RateLimited, UserAgentRefused):
            raise
        except HttpError as e:
            if e.transient:
                raise
            log.warning("edgar: %s of %s cannot be read: %s", name, ref.uid, e)
            return "", f"{name}: {e}"
        return self._text(r.content, r.headers.get("content-type"), d.filename), None

    def _submission(self, ref: Ref, index_url: str) -> _Filing:
        """Fallback: the complete submission `.txt` (SGML), its EX-99 exhibits then its primary doc."""
        from monitor.text import parse_submission

        url = self.txt_url(ref, index_url)
        resp = self.http.get(url, kind="document")
        sub = parse_submission(resp.content)
        docs = [d for d in sub.documents if d.text.strip()]
        if not docs:
            raise HttpError(f"{url}: no documents in the complete submission", transient=True)
        want = (ref.form or "").upper()
        exhibits = [d for d in docs if d.type.upper().startswith("EX-99")]
        primary = next((d for d in docs if d.type.upper() == want), docs[0])
        texts = [d.text for d in exhibits] + ([primary.text] if primary not in exhibits else [])
        return _Filing(texts, (), sub.items, sub.accepted_at)

    def _text(self, data: bytes | str, content_type: str | None, filename: str) -> str:
        return (self._extract or extract_text)(data, content_type, filename)

    # ---- URLs ---------------------------------------------------------------------------------

    def local(self, url: str) -> str:
        """Point a www.sec.gov link at the configured base_url (the same URL in production)."""
        parts = urlsplit(url)
        if parts.hostname not in SEC_WWW:
            return url
        return self.base_url + parts.path + (f"?{parts.query}" if parts.query else "")

    def index_url(self, cik: int, accession: str) -> str:
        return f"{self.base_url}/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{accession}-index.htm"

    def txt_url(self, ref: Ref, index_url: str) -> str:
        m = _FOLDER.search(index_url)
        folder = (f"{self.base_url}/Archives/edgar/data/{m.group(1)}/{m.group(2)}" if m else
                  f"{self.base_url}/Archives/edgar/data/{ref.cik}/{ref.uid.replace('-', '')}")
        return f"{folder}/{ref.uid}.txt"

    # ---- catch-up: the daily index ----------------------------------------------------------

    def daily_index_url(self, day: date) -> str:
        quarter = (day.month - 1) // 3 + 1
        return f"{self.base_url}/Archives/edgar/daily-index/{day.year}/QTR{quarter}/form.{day:%Y%m%d}.idx"

    def day_refs(self, day: date) -> list[Ref] | None:
        """The watched filings of the configured forms in EDGAR's daily index of `day` (one request);
        None when EDGAR has no index for that day (not published yet, or a holiday: the SEC answers a
        missing Archives path with 403 AccessDenied, or 404). Raises SourceError otherwise."""
        url = self.daily_index_url(day)
        try:
            resp = self.http.get(url, kind="document")
        except (RateLimited, UserAgentRefused) as e:
            raise SourceError(f"edgar daily index {day}: {e}", transient=e.transient) from e
        except HttpError as e:
            if e.status in (403, 404):
                return None
            raise SourceError(f"edgar daily index {day}: {e}", transient=e.transient) from e
        try:
            entries = parse_daily_index(resp.content)
        except ValueError as e:
            raise SourceError(f"edgar daily index {day} ({url}): {e}", transient=True) from e
        refs: dict[str, Ref] = {}
        for entry in entries:
            target = self.by_cik.get(entry.cik)
            if target is not None and entry.form.upper() in self.forms and entry.accession not in refs:
                refs[entry.accession] = self._index_ref(target, entry)
        return list(refs.values())

    def _index_ref(self, target: WatchTarget, e: IndexEntry) -> Ref:
        return Ref(
            source=self.name,
            uid=e.accession,
            ticker=target.ticker,
            fingerprint=e.accession,
            url=self.index_url(e.cik, e.accession),
            title=f"{e.form} - {e.company}",
            form=e.form,
            cik=e.cik,
            extra=(("company", e.company), ("filed", e.filed.isoformat())),
        )

    # ---- history (backfill): submissions JSON ------------------------------------------------

    def submissions_url(self, cik: int) -> str:
        return f"{self.data_url}/submissions/CIK{cik:010d}.json"

    def history(self, cik: int, since: date) -> list[Ref]:
        """Every configured-form filing of `cik` filed on or after `since`, older pages included."""
        self.problems = []
        try:
            data = self._json(self.submissions_url(cik))
        except HttpError as e:
            raise SourceError(f"edgar history of CIK {cik}: {e}", transient=e.transient) from e
        filings = parse_filing_arrays(_recent(data))
        for page in (data.get("filings") or {}).get("files") or []:
            if str(page.get("filingTo") or "9999-12-31") < since.isoformat():
                continue  # the page ends before the period wanted
            url = f"{self.data_url}/submissions/{page.get('name')}"
            try:
                filings += parse_filing_arrays(self._json(url))
            except HttpError as e:
                self._problem(f"edgar history of CIK {cik}: older page {page.get('name')}: {e}")
        tickers = data.get("tickers") or []
        target = self.by_cik.get(cik) or WatchTarget(str(tickers[0]) if tickers else str(cik),
                                                      str(data.get("name") or ""), cik)
        name = str(data.get("name") or target.name)
        refs: dict[str, Ref] = {}
        for f in filings:
            day = f.filing_date or (f.accepted_at.date() if f.accepted_at else None)
            if f.form.upper() in self.forms and day is not None and day >= since:
                refs.setdefault(f.accession, self._filing_ref(target, cik, name, f))
        return _oldest_first(list(refs.values()))

    def _json(self, url: str) -> dict:
        resp = self.http.get(url, kind="document")
        try:
            data = resp.json()
        except ValueError as e:
            raise HttpError(f"GET {url}: not JSON ({e})", status=resp.status, transient=True) from e
        if not isinstance(data, dict):
            raise HttpError(f"GET {url}: unexpected JSON ({type(data).__name__})", status=resp.status)
        return data

    def _problem(self, message: str) -> None:
        log.warning("%s", message)
        self.problems.append(message)

    def _filing_ref(self, target: WatchTarget, cik: int, name: str, f: Filing) -> Ref:
        return Ref(
            source=self.name,
            uid=f.accession,
            ticker=target.ticker,
            fingerprint=f.accession,
            url=self.index_url(cik, f.accession),
            title=f"{f.form} - {name}",
            form=f.form,
            items=f.items,
            accepted_at=f.accepted_at,
            cik=cik,
            extra=(("company", name), ("filed", f.filing_date.isoformat() if f.filing_date else ""),
                   ("primary_document", f.primary_document)),
        )


def _recent(data: dict) -> dict:
    filings = data.get("filings")
    if isinstance(filings, dict) and isinstance(filings.get("recent"), dict):
        return filings["recent"]
    return data  # an older page: the arrays are at the top level


def _oldest_first(refs: list[Ref]) -> list[Ref]:
    floor = datetime.min.replace(tzinfo=UTC)
    return sorted(refs, key=lambda r: r.accepted_at or floor)
