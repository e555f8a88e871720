"""The EDGAR catch-up end to end: `once` on a real SQLite store against a local server replaying an
outage of five business days.

The server speaks in the recorded formats: the getcurrent page recorded on Monday 2026-01-12 (its
window no longer reaches the cursor stored before the outage, on Monday 2026-01-05), daily form
indexes for 2026-01-05 to 2026-01-09 made from the recorded `form.20200318.idx` (its rows dealt out
over the five days, the `Date Filed` column set to the day, nothing else changed), 403 AccessDenied for
a day without an index, and each filing's index page and document made from the recorded NVIDIA 8-K
(accession, CIK and folder replaced).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select
from werkzeug import Request, Response

from monitor import settings as settings_mod
from monitor import wiring
from monitor.catchup import CATCH_UP, Plan
from monitor.sources.edgar import FeedCursor
from monitor.store import Company, Release, SourceState, make_engine, session_scope

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
ET = ZoneInfo("America/New_York")
UA = "Filing Monitor Tests tests@example.com"
DAYS = [date(2026, 1, d) for d in (5, 6, 7, 8, 9)]
NOW = datetime(2026, 1, 12, 11, 30, tzinfo=ET)  # Monday, after the newest entry of the recorded page
BEFORE_OUTAGE = FeedCursor("0000000000-26-000001", datetime(2026, 1, 5, 9, 0, tzinfo=ET))
BIOHAVEN = 1935979  # its 8-K is on the recorded getcurrent page
WATCHED = {"ETNB": 1785173, "ALSD": 1518587, "AAON": 824142, "PNM": 1108426, "BHVN": BIOHAVEN}
IMPAIRED = "0001518587-20-000013"  # Aleris's 8-K: its document gets an impairment sentence
SENTENCE = "Aleris recorded a goodwill impairment charge of $45.0 million in the fourth quarter."
ROW = re.compile(rb"^(?P<form>.{12})(?P<name>.{62})(?P<cik>\d+) +(?P<filed>\d{8}) +edgar/data/\d+/(?P<acc>[\d-]+)\.txt",
                 re.MULTILINE)


def recorded(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def day_indexes() -> dict[date, bytes]:
    """The recorded daily index dealt out over DAYS: row i goes to day i % 5, dated that day."""
    data = recorded("daily-index-form.20200318.idx")
    start = data.index(b"\n", data.index(b"-----")) + 1
    head, rows = data[:start], data[start:].splitlines(keepends=True)
    out = {}
    for n, day in enumerate(DAYS):
        mine = [r.replace(b" 20200318 ", f" {day:%Y%m%d} ".encode()) for r in rows[n::5]]
        out[day] = head.replace(b"Mar 18, 2020", day.strftime("%b %d, %Y").encode()) + b"".join(mine)
    return out


def watched_filings(indexes: dict[date, bytes], forms: set[str]) -> dict[str, date]:
    """accession -> day, for the watched companies' filings of `forms` in the indexes."""
    found = {}
    for day, data in indexes.items():
        for m in ROW.finditer(data):
            if int(m["cik"]) in WATCHED.values() and m["form"].decode().strip() in forms:
                found[m["acc"].decode()] = day
    return found


class Sec:
    """The local SEC: what it serves, and what it was asked."""

    def __init__(self, server: HTTPServer):
        self.server = server
        self.indexes = day_indexes()
        self.paths: list[str] = []
        self.on_request: Callable[[str], None] = lambda path: None
        server.expect_request(re.compile(".*")).respond_with_handler(self.handle)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def handle(self, request: Request) -> Response:
        path = request.path
        self.paths.append(path + (f"?start={request.args['start']}" if "start" in request.args else ""))
        self.on_request(path)
        if path == "/cgi-bin/browse-edgar":
            if request.args["start"] == "0":
                return Response(recorded("getcurrent-all-forms-count100-start0.atom.xml"),
                                content_type="application/atom+xml")
            return Response(recorded("error-503-maintenance.html"), status=503, content_type="text/html")
        m = re.fullmatch(r"/Archives/edgar/daily-index/(\d{4})/QTR\d/form\.(\d{8})\.idx", path)
        if m:
            day = datetime.strptime(m.group(2), "%Y%m%d").date()
            if day in self.indexes:
                return Response(self.indexes[day], content_type="text/plain")
            return Response(recorded("error-403-archives-missing-path.xml"), status=403,
                            content_type="application/xml")
        m = re.fullmatch(r"/Archives/edgar/data/(\d+)/(\d{18})/([\d-]+)-index\.htm", path)
        if m:
            return Response(filing_page(int(m.group(1)), m.group(3)), content_type="text/html")
        m = re.fullmatch(r"/Archives/edgar/data/\d+/(\d{18})/nvda-20260302\.htm", path)
        if m:
            return Response(document(m.group(1)), content_type="text/html")
        return Response(recorded("error-403-archives-missing-path.xml"), status=403, content_type="application/xml")

    def index_days(self) -> list[str]:
        return [p.rsplit(".", 2)[-2] for p in self.paths if "/daily-index/" in p]

    def documents(self) -> list[str]:
        return [p for p in self.paths if p.startswith("/Archives/edgar/data/")]


def filing_page(cik: int, accession: str) -> bytes:
    page = recorded("8k-index-0001045810-26-000024-nvidia.html")
    page = page.replace(b"0001045810-26-000024", accession.encode())
    page = page.replace(b"000104581026000024", accession.replace("-", "").encode())
    return page.replace(b"/data/1045810/", f"/data/{cik}/".encode())


def document(folder: str) -> bytes:
    doc = recorded("8k-primary-doc-nvda-20260302.htm")
    if folder == IMPAIRED.replace("-", ""):
        doc = doc.replace(b"</body>", f"<p>{SENTENCE}</p></body>".encode())
    return doc


@pytest.fixture
def sec(httpserver_ipv4: HTTPServer) -> Iterator[Sec]:
    s = Sec(httpserver_ipv4)
    yield s
    for request, _ in httpserver_ipv4.log:
        assert request.headers.get("User-Agent") == UA, request.url


def write_config(
    tmp_path: Path, sec: Sec, *, fillers: int = 5, max_days: int = 30, materiality: bool = False
) -> settings_mod.Settings:
    watches = [f'[[watch]]\nticker = "{t}"\ncik = {c}\n' for t, c in WATCHED.items()]
    # Companies that file nothing on these days: the watchlist's size must not change the requests.
    watches += [f'[[watch]]\nticker = "F{i}"\ncik = {9_000_000 + i}\n' for i in range(fillers)]
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
user_agent = "{UA}"
base_url = "{sec.url}"
data_url = "{sec.url}"
requests_per_second = 10
catch_up_max_days = {max_days}
# Company facts are bounded on their own (materiality.fetch_per_run per run, tests/integration/
# test_facts.py); here every request is the feed's, the catch-up's or a document's.
[materiality]
enabled = {str(materiality).lower()}
[[channel]]
name = "audit"
type = "jsonl"
path = "{tmp_path / 'alerts.jsonl'}"
[[channel]]
name = "ops"
type = "jsonl"
path = "{tmp_path / 'ops.jsonl'}"
[defaults]
channels = ["audit"]
ops_channels = ["ops"]
{"".join(watches)}""")
    return settings_mod.load(path)


def store_cursor(settings: settings_mod.Settings, cursor: FeedCursor) -> None:
    with session_scope(make_engine(settings.store.url)) as s:
        state = s.get(SourceState, "edgar") or SourceState(source="edgar")
        state.cursor = cursor.encode()
        s.add(state)


def once(settings: settings_mod.Settings, monkeypatch: pytest.MonkeyPatch, now: datetime) -> int:
    monkeypatch.setattr(wiring, "utcnow", lambda: now.astimezone(UTC))
    return wiring.run_once(settings)


def stored(settings: settings_mod.Settings) -> dict[str, int]:
    """uid -> number of release rows, for edgar."""
    with Session(make_engine(settings.store.url)) as s:
        uids = s.exec(select(Release.uid).where(Release.source == "edgar")).all()
    return {u: uids.count(u) for u in uids}


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


FORMS = {"8-K", "8-K/A", "10-K", "10-K/A", "10-Q", "10-Q/A", "NT 10-K", "NT 10-Q", "6-K"}


def test_an_outage_of_five_business_days_is_read_from_the_daily_indexes_once(
    tmp_path: Path, sec: Sec, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = write_config(tmp_path, sec)
    store_cursor(settings, BEFORE_OUTAGE)
    outage = watched_filings(sec.indexes, FORMS)
    assert len(outage) >= 6 and set(outage.values()) > {DAYS[0]}  # several filings on several days
    # One of them the feed had shown before the outage began: it is stored and is not fetched again.
    seen_before = next(a for a, d in outage.items() if d == DAYS[0])
    with session_scope(make_engine(settings.store.url)) as s:
        company = Company(ticker="X", cik=1)
        s.add(company)
        s.flush()
        s.add(Release(company_id=company.id, source="edgar", uid=seen_before, fingerprint=seen_before,
                      text="stored before the outage", first_seen=NOW, last_seen=NOW))

    assert once(settings, monkeypatch, NOW) == 0

    # The feed: its first page, and the 503 past the window's end. Then one index per business day
    # of the outage before today; today's comes tonight, and until then the feed covers today.
    assert sec.paths[:2] == ["/cgi-bin/browse-edgar?start=0", "/cgi-bin/browse-edgar?start=100"]
    assert sec.index_days() == [f"{d:%Y%m%d}" for d in DAYS]
    # Then only documents: an index page and the 8-K for each watched filing not stored yet.
    fetched = {a for a in outage if a != seen_before} | {"0001935979-26-000005"}  # + Biohaven, from the feed
    assert len(sec.documents()) == 2 * len(fetched)
    assert len(sec.paths) == 2 + len(DAYS) + 2 * len(fetched)
    # Every watched filing of the outage is stored, once.
    assert stored(settings) == {a: 1 for a in [*outage, "0001935979-26-000005"]}
    (alert,) = lines(tmp_path / "alerts.jsonl")
    assert alert["kind"] == "impairment" and alert["evidence"] == SENTENCE and alert["ticker"] == "ALSD"
    assert alert["sources"][0]["items"] == ["5.02", "9.01"]  # from the filing's index page
    assert lines(tmp_path / "ops.jsonl") == []
    with Session(make_engine(settings.store.url)) as s:
        plan = Plan.decode(s.get(SourceState, CATCH_UP).cursor)
    assert plan.pending == {date(2026, 1, 12)} and set(plan.done) == set(DAYS)

    # The next day: Monday's index is published and read (only it); the feed reaches its cursor.
    sec.paths.clear()
    sec.indexes[date(2026, 1, 12)] = sec.indexes.pop(DAYS[0]).replace(b" 20260105 ", b" 20260112 ")
    assert once(settings, monkeypatch, datetime(2026, 1, 13, 9, 0, tzinfo=ET)) == 0
    assert sec.paths[0] == "/cgi-bin/browse-edgar?start=0" and sec.index_days() == ["20260112"]
    assert len(sec.paths) == 2  # its filings are the ones already stored: nothing else is fetched
    assert all(n == 1 for n in stored(settings).values())


def test_once_asks_the_sec_the_same_for_10_and_10000_watches(
    tmp_path: Path, sec: Sec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With materiality on, as by default: company facts add at most materiality.fetch_per_run (5)
    requests per run, whatever the watchlist's size."""
    asked = {}
    for fillers in (5, 9_995):
        sec.paths.clear()
        settings = write_config(tmp_path / str(fillers), sec, fillers=fillers, materiality=True)
        assert len(settings.watch) == fillers + 5
        assert once(settings, monkeypatch, NOW) == 0  # a first start: the newest feed entry, nothing else
        first = list(sec.paths)
        store_cursor(settings, BEFORE_OUTAGE)  # as if it had stopped before the outage
        sec.paths.clear()
        assert once(settings, monkeypatch, NOW) == 0  # a restart after the outage
        asked[fillers] = (split_facts(first), split_facts(sorted(sec.paths)))
    assert asked[5][0] == asked[9_995][0] == (["/cgi-bin/browse-edgar?start=0"], 5)
    assert asked[5][1] == asked[9_995][1]


def split_facts(paths: list[str]) -> tuple[list[str], int]:
    """The requests other than company facts, and how many company-facts requests there were."""
    facts = [p for p in paths if p.startswith("/api/xbrl/companyfacts/")]
    return [p for p in paths if p not in facts], len(facts)


def test_an_outage_past_the_limit_raises_one_ops_alert(tmp_path: Path, sec: Sec, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = write_config(tmp_path, sec, max_days=3)
    store_cursor(settings, BEFORE_OUTAGE)
    assert once(settings, monkeypatch, NOW) == 0
    assert sec.index_days() == ["20260109"]  # the days within three days of now
    (ops,) = lines(tmp_path / "ops.jsonl")
    assert ops["kind"] == "source-health" and ops["ticker"] == "edgar"
    assert "filed from 2026-01-05 to 2026-01-08 were not examined" in ops["summary"]
    assert "catch_up_max_days (3 days)" in ops["summary"] and "backfill --since 2026-01-05" in ops["evidence"]
    assert once(settings, monkeypatch, NOW) == 0
    assert len(lines(tmp_path / "ops.jsonl")) == 1  # said once


def test_a_stopped_catch_up_resumes_where_it_stopped(tmp_path: Path, sec: Sec, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stopping (SIGTERM sets it through the HTTP seam) ends the catch-up between two requests; a
    restart reads only what was left, and stores each filing once."""
    settings = write_config(tmp_path, sec)
    store_cursor(settings, BEFORE_OUTAGE)
    outage = watched_filings(sec.indexes, FORMS)
    monkeypatch.setattr(wiring, "utcnow", lambda: NOW.astimezone(UTC))
    ctx = wiring.build(settings)
    third_day = f"form.{DAYS[2]:%Y%m%d}.idx"
    sec.on_request = lambda path: ctx.http.shutdown() if path.endswith(third_day) else None
    from monitor import pipeline

    pipeline.poll(ctx.engine, settings, ctx.edgar, now=NOW)
    stats = wiring.catch_up(ctx, now=NOW)
    assert stats.ok and sec.index_days() == [f"{d:%Y%m%d}" for d in DAYS[:3]]
    with Session(ctx.engine) as s:
        plan = Plan.decode(s.get(SourceState, CATCH_UP).cursor)
    assert set(plan.done) == set(DAYS[:2]) and set(DAYS[2:]) <= plan.pending

    sec.paths.clear()
    sec.on_request = lambda path: None
    assert once(settings, monkeypatch, NOW) == 0  # the restart
    assert sec.index_days() == [f"{d:%Y%m%d}" for d in DAYS[2:]]  # the stopped day again, then the rest
    assert stored(settings) == {a: 1 for a in [*outage, "0001935979-26-000005"]}
