#!/usr/bin/env python3
"""EDGAR at scale, measured against a loopback replay of the SEC in its recorded formats, with the
real request budget (5/s). Run by hand (about ten minutes):

    .venv/bin/python bench/bench_scale.py [--only once,run,outage,large] [--sizes 10,1000,10000]

The replay (a monitor.replay server in this process; the monitor runs in child processes, so their
memory is theirs alone) serves, dated around the real clock:
- the recorded getcurrent page (tests/fixtures/edgar), its times moved so its newest entry is a minute
  old, and the recorded 503 past it; new 8-K entries are put on top of it while `run` is measured;
- the recorded ticker maps, which give the watchlists: the first 10 / 1,000 / 10,000 tickers;
- for the five business days before today, daily form indexes made from the recorded
  `form.20200318.idx` (its rows dealt out over the days, `Date Filed` set to the day);
- each filing's index page and document, made from the recorded NVIDIA 8-K (accession, CIK and
  folder replaced); an event's document gets an impairment sentence;
- a submissions JSON in the recorded layout for one watch with `backfill = true` (300 recent 8-Ks).

Scenarios:
- once:   `filing-monitor once` at a first start and at a restart: SEC requests, time, peak RSS.
- run:    `filing-monitor run` restarted after a five-day outage, so the catch-up (and a backfill)
          run from the start: time to the first feed poll, the poll times, peak RSS, and, for the
          largest watchlist, the alert latency of new 8-Ks (feed entry published -> webhook received).
- outage: `once` after a five-business-day outage: every watched filing stored once, and SEC
          requests = feed pages + days + documents.
- large:  a 20 MB HTML and a 20 MB plain-text filing document through the EDGAR source and the
          pipeline: memory added to the process and time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.replay import Answer, ReplayServer, Request
from monitor.sources.edgar import ET, FeedCursor, business_days
from monitor.store import SourceState, make_engine, session_scope

RECORDED = ROOT / "tests" / "fixtures" / "edgar"
UA = "filing-monitor bench bench@example.com"
ATOM = "application/atom+xml"
TICKER = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,9}")
ROW = re.compile(rb"^.{74}(?P<cik>\d+) +\d{8} +edgar/data/\d+/(?P<acc>[\d-]+)\.txt", re.MULTILINE)
POLL_SECONDS = 10
MB = 1_000_000
INDEX_PAGE = (RECORDED / "8k-index-0001045810-26-000024-nvidia.html").read_bytes()
DOCUMENT = (RECORDED / "8k-primary-doc-nvda-20260302.htm").read_bytes()
# Peak RSS of this process: VmHWM (ru_maxrss would also count the parent's memory before exec).
HWM = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024"


def recorded(name: str) -> bytes:
    return (RECORDED / name).read_bytes()


def watchlist(n: int) -> list[tuple[str, int]]:
    rows = json.loads(recorded("company_tickers_exchange.json"))["data"]
    seen: dict[str, int] = {}
    for cik, _name, ticker, _exchange in rows:
        t = str(ticker).upper()
        if TICKER.fullmatch(t) and t not in seen:
            seen[t] = int(cik)
    return list(seen.items())[:n]


# ---- the replayed SEC ---------------------------------------------------------------------------


class Sec:
    """The replay and what it was asked."""

    def __init__(self) -> None:
        self.server = ReplayServer().start()
        self.url = self.server.url
        now = datetime.now(ET)
        page = recorded("getcurrent-all-forms-count100-start0.atom.xml").decode("iso-8859-1")
        first, last = page.index("<entry>"), page.rindex("</entry>") + len("</entry>\n")
        self.head, self.tail = page[:first], page[last:]
        entries = ["<entry>" + e for e in page[first:last].split("<entry>")[1:]]
        newest = max(datetime.fromisoformat(re.search(r"<updated>(.*?)</updated>", e).group(1)) for e in entries)
        shift = now - timedelta(minutes=1) - newest
        self.entries = [re.sub(r"<updated>(.*?)</updated>", lambda m: "<updated>" + (
            datetime.fromisoformat(m.group(1)) + shift).astimezone(ET).isoformat() + "</updated>", e) for e in entries]
        self.oldest = newest + shift - timedelta(minutes=40)
        self.lock = threading.Lock()
        self.hooks: list[tuple[float, dict]] = []
        today = now.date()
        self.days = business_days(today - timedelta(days=9), today - timedelta(days=1))[-5:]
        self.indexes = self._indexes()
        s = self.server
        s.add("/cgi-bin/browse-edgar", self._feed)
        for name in ("company_tickers.json", "company_tickers_exchange.json"):
            s.add(f"/files/{name}", recorded(name), content_type="application/json")
        s.add("/hook", self._hook)
        for day, data in self.indexes.items():
            q = (day.month - 1) // 3 + 1
            s.add(f"/Archives/edgar/daily-index/{day.year}/QTR{q}/form.{day:%Y%m%d}.idx", data,
                  content_type="text/plain")
            for m in ROW.finditer(data):
                self.add_filing(int(m["cik"]), m["acc"].decode())
        for e in self.entries:
            m = re.search(r"/data/(\d+)/\d{18}/([\d-]+)-index\.htm", e)
            if m:
                self.add_filing(int(m.group(1)), m.group(2))

    def _indexes(self) -> dict[date, bytes]:
        data = recorded("daily-index-form.20200318.idx")
        start = data.index(b"\n", data.index(b"-----")) + 1
        head, rows = data[:start], data[start:].splitlines(keepends=True)
        return {day: head + b"".join(r.replace(b" 20200318 ", f" {day:%Y%m%d} ".encode()) for r in rows[n::5])
                for n, day in enumerate(self.days)}

    def close(self) -> None:
        self.server.stop()

    # -- routes

    def _feed(self, request: Request) -> Answer:
        if request.query.get("start", "0") != "0":
            return Answer(503, {"Content-Type": "text/html"}, recorded("error-503-maintenance.html"))
        with self.lock:
            body = self.head + "".join(self.entries[:100]) + self.tail
        return Answer(200, {"Content-Type": ATOM}, body.encode("iso-8859-1"))

    def _hook(self, request: Request) -> Answer:
        with self.lock:
            self.hooks.append((request.at, json.loads(request.body)))
        return Answer(200, {"Content-Type": "application/json"}, b"{}")

    def add_filing(self, cik: int, accession: str, sentence: str = "") -> None:
        """The filing's index page and document, made when asked (thousands of filings are served)."""
        folder = f"/Archives/edgar/data/{cik}/{accession.replace('-', '')}"

        def page(_request: Request) -> Answer:
            body = INDEX_PAGE.replace(b"0001045810-26-000024", accession.encode())
            body = body.replace(b"000104581026000024", accession.replace("-", "").encode())
            return Answer(200, {"Content-Type": "text/html"}, body.replace(b"/data/1045810/", f"/data/{cik}/".encode()))

        def document(_request: Request) -> Answer:
            body = DOCUMENT.replace(b"</body>", f"<p>{sentence}</p></body>".encode()) if sentence else DOCUMENT
            return Answer(200, {"Content-Type": "text/html"}, body)

        self.server.add(f"{folder}/{accession}-index.htm", page)
        self.server.add(f"{folder}/nvda-20260302.htm", document)

    def publish(self, cik: int, n: int, company: str) -> float:
        """A new 8-K (item 2.06) of `cik` on top of the feed; returns the time it was published."""
        accession = f"{9_100_000_000 + n:010d}-26-{n:06d}"
        amount = 10 + n
        self.add_filing(cik, accession, f"{company} recorded a goodwill impairment charge of ${amount}.0 million.")
        at = datetime.now(ET).replace(microsecond=0)
        link = f"https://www.sec.gov/Archives/edgar/data/{cik}/{accession.replace('-', '')}/{accession}-index.htm"
        entry = (f'<entry>\n<title>8-K - {company} ({cik:010d}) (Filer)</title>\n<link rel="alternate" '
                 f'type="text/html" href="{link}"/>\n<summary type="html"> &lt;b&gt;Filed:&lt;/b&gt; '
                 f"{at:%Y-%m-%d} &lt;b&gt;AccNo:&lt;/b&gt; {accession} &lt;b&gt;Size:&lt;/b&gt; 1 MB&lt;br&gt;"
                 f"Item 2.06: Material Impairments</summary>\n<updated>{at.isoformat()}</updated>\n"
                 f'<category scheme="https://www.sec.gov/" label="form type" term="8-K"/>\n'
                 f"<id>urn:tag:sec.gov,2008:accession-number={accession}</id>\n</entry>\n")
        with self.lock:
            self.entries.insert(0, entry)
        return time.time()

    def backfill_company(self, cik: int, filings: int = 300) -> None:
        """A submissions JSON in the recorded layout: `filings` 8-Ks over the last 25 days."""
        now = datetime.now(UTC)
        accs = [f"{9_200_000_000 + i:010d}-26-{i:06d}" for i in range(filings)]
        when = [now - timedelta(days=25 * i / filings) for i in range(filings)]
        recent = {"accessionNumber": accs, "form": ["8-K"] * filings,
                  "filingDate": [w.date().isoformat() for w in when],
                  "acceptanceDateTime": [w.strftime("%Y-%m-%dT%H:%M:%S.000Z") for w in when],
                  "items": ["8.01,9.01"] * filings, "primaryDocument": ["nvda-20260302.htm"] * filings}
        body = {"cik": str(cik), "name": "Backfilled Co", "tickers": [], "filings": {"recent": recent, "files": []}}
        self.server.add(f"/submissions/CIK{cik:010d}.json", json.dumps(body), content_type="application/json")
        for a in accs:
            self.add_filing(cik, a)

    # -- what was asked

    def mark(self) -> int:
        return len(self.server.requests())

    def since(self, mark: int) -> list[Request]:
        return [r for r in self.server.requests()[mark:] if r.path != "/hook"]


def kinds(requests: list[Request]) -> dict[str, int]:
    out = {"feed": 0, "ticker map": 0, "daily index": 0, "documents": 0, "submissions": 0}
    for r in requests:
        key = ("feed" if r.path.startswith("/cgi-bin") else "ticker map" if r.path.startswith("/files/")
               else "daily index" if "/daily-index/" in r.path else "submissions" if r.path.startswith("/submissions")
               else "documents")
        out[key] += 1
    return out


# ---- the monitor, in child processes ------------------------------------------------------------


def write_config(work: Path, sec: Sec, tickers: list[tuple[str, int]], *, backfill: int | None = None) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    watches = "".join(f'[[watch]]\nticker = "{t}"\n' for t, _ in tickers)
    if backfill is not None:
        watches += f'[[watch]]\nticker = "BACKFILL"\ncik = {backfill}\nbackfill = true\n'
    path = work / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{work / 'fm.db'}"
[edgar]
user_agent = "{UA}"
base_url = "{sec.url}"
data_url = "{sec.url}"
poll_seconds = {POLL_SECONDS}
requests_per_second = 5
ticker_cache = "{work / 'tickers.json'}"
[[channel]]
name = "hook"
type = "webhook"
url = "{sec.url}/hook"
[defaults]
channels = ["hook"]
[delivery]
dispatch_seconds = 1
[daemon]
jitter_seconds = 0
{watches}""")
    return path


ONCE = ("import json, sys, time; t = time.time(); from monitor.cli import main; "
        "rc = main(sys.argv[1:]); print('BENCH ' + json.dumps({'rc': rc, 'seconds': time.time() - t, "
        f"'rss_mb': {HWM}}}))")


def once(config: Path) -> dict:
    r = subprocess.run([sys.executable, "-c", ONCE, "once", "--config", str(config)], capture_output=True,
                       text=True, cwd=config.parent, timeout=3600, check=False)
    line = next((x for x in r.stdout.splitlines() if x.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"once failed: {r.stderr[-2000:]}")
    return json.loads(line[6:])


def store_cursor(work: Path, cursor: FeedCursor) -> None:
    """The feed cursor as a monitor stopped at `cursor` left it (the store is created if need be)."""
    engine = make_engine(f"sqlite:///{work / 'fm.db'}")
    with session_scope(engine) as s:
        state = s.get(SourceState, "edgar") or SourceState(source="edgar")
        state.cursor = cursor.encode()
        s.add(state)
    engine.dispose()


def before_outage(sec: Sec) -> FeedCursor:
    return FeedCursor("0000000000-26-000001", datetime.combine(sec.days[0], datetime.min.time(), ET)
                      + timedelta(hours=7))


def releases(work: Path) -> list[str]:
    con = sqlite3.connect(work / "fm.db")
    uids = [u for (u,) in con.execute("SELECT uid FROM release WHERE source = 'edgar'")]
    con.close()
    return uids


# ---- scenarios ----------------------------------------------------------------------------------


def bench_once(sec: Sec, sizes: list[int], work: Path) -> None:
    print("\n## once: SEC requests, time and peak RSS per start")
    print("| tickers | start | SEC requests | of which documents | seconds | peak RSS MB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in sizes:
        config = write_config(work / f"once-{n}", sec, watchlist(n))
        for start in ("first", "restart"):
            mark = sec.mark()
            result = once(config)
            asked = kinds(sec.since(mark))
            print(f"| {n:,} | {start} | {sum(asked.values())} ({_describe(asked)}) | {asked['documents']} | "
                  f"{result['seconds']:.1f} | {result['rss_mb']:.0f} |")


def bench_outage(sec: Sec, sizes: list[int], work: Path) -> None:
    print("\n## outage: `once` after five business days down")
    print("| tickers | SEC requests | feed | days | documents | watched filings | stored once | seconds |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for n in sizes:
        tickers = watchlist(n)
        config = write_config(work / f"outage-{n}", sec, tickers)
        once(config)  # the first start, as it was before the outage
        store_cursor(config.parent, before_outage(sec))
        mark = sec.mark()
        result = once(config)
        asked = kinds(sec.since(mark))
        ciks = {c for _, c in tickers}
        expected = {m["acc"].decode() for data in sec.indexes.values() for m in ROW.finditer(data)
                    if int(m["cik"]) in ciks and _form(data, m) in FORMS}
        stored = releases(config.parent)
        missing = expected - set(stored)
        print(f"| {n:,} | {sum(asked.values())} | {asked['feed']} | {asked['daily index']} | {asked['documents']} | "
              f"{len(expected)} | {'yes' if not missing and len(stored) == len(set(stored)) else f'NO: {len(missing)} missing'} | "
              f"{result['seconds']:.1f} |")


FORMS = {"8-K", "8-K/A", "10-K", "10-K/A", "10-Q", "10-Q/A", "NT 10-K", "NT 10-Q", "6-K"}


def _form(data: bytes, m: re.Match[bytes]) -> str:
    return data[m.start() : m.start() + 12].decode().strip()


def _describe(asked: dict[str, int]) -> str:
    return ", ".join(f"{v} {k}" for k, v in asked.items() if v)


def bench_run(sec: Sec, sizes: list[int], work: Path, *, events: int) -> None:
    print(f"\n## run: restarted after a five-day outage (catch-up and a backfill running), poll every "
          f"{POLL_SECONDS} s, jitter 0")
    print("| tickers | first poll after start | poll intervals | feed requests per poll | peak RSS MB "
          "| alert latency p50 / p95 (n) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in sizes:
        tickers = watchlist(n)
        config = write_config(work / f"run-{n}", sec, tickers, backfill=9_300_000 + n)
        sec.backfill_company(9_300_000 + n)
        store_cursor(config.parent, before_outage(sec))
        latencies = []
        mark = sec.mark()
        started = time.time()
        proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "run", "--config", str(config)],
                                cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            measure = events if n == max(sizes) else 0
            latencies = _events(sec, tickers, measure, n) if measure else []
            time.sleep(max(0.0, started + 3.5 * POLL_SECONDS - time.time()))
            rss = _peak_rss(proc.pid)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        polls = [r.at for r in sec.since(mark) if r.path == "/cgi-bin/browse-edgar" and r.query.get("start") == "0"]
        feed = [r for r in sec.since(mark) if r.path == "/cgi-bin/browse-edgar"]
        gaps = ", ".join(f"{b - a:.1f}" for a, b in itertools.pairwise(polls))
        lat = (f"{statistics.median(latencies):.1f} / {_p95(latencies):.1f} s ({len(latencies)})" if latencies else "-")
        background = kinds(sec.since(mark))
        print(f"| {n:,} | {polls[0] - started:.1f} s | {gaps} s | {len(feed) / max(1, len(polls)):.1f} | {rss:.0f} | "
              f"{lat} |")
        print(f"|  | during the run: {_describe(background)} | | | | |")


def _events(sec: Sec, tickers: list[tuple[str, int]], count: int, n: int) -> list[float]:
    """Publish `count` 8-Ks of watched companies a few seconds apart; their alert latencies."""
    time.sleep(POLL_SECONDS * 1.5)  # the daemon is up, its catch-up and backfill running
    published = {}
    ciks = Counter(c for _, c in tickers)
    alone = [(t, c) for t, c in reversed(tickers) if ciks[c] == 1]  # its alerts carry this ticker
    for i, (ticker, cik) in enumerate(alone[:count]):
        published[ticker] = sec.publish(cik, n * 1000 + i, f"Company {ticker}")
        time.sleep(4.3 + (i % 5) * 0.9)  # not in step with the poll
    deadline = time.time() + 3 * POLL_SECONDS
    while time.time() < deadline and len(_received(sec, published)) < len(published):
        time.sleep(0.5)
    got = _received(sec, published)
    return [got[t] - published[t] for t in published if t in got]


def _received(sec: Sec, published: dict[str, float]) -> dict[str, float]:
    with sec.lock:
        return {p["ticker"]: at for at, p in sec.hooks if p.get("ticker") in published}


def _peak_rss(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


LARGE = ("import json, sys, time\n"
         "from datetime import UTC, datetime\n"
         "from monitor import pipeline\n"
         "from monitor.domain import Ref, WatchTarget\n"
         "from monitor.http import Http\n"
         "from monitor.settings import EdgarSettings, Settings, StoreSettings, Watch\n"
         "from monitor.sources.edgar import EdgarSource\n"
         "from monitor.store import make_engine\n"
         "base, db, name = sys.argv[1:4]\n"
         "edgar = EdgarSettings(user_agent='b b@example.com', base_url=base, data_url=base, timeout_seconds=120)\n"
         "settings = Settings(store=StoreSettings(url='sqlite:///' + db), edgar=edgar, watch=[Watch(ticker='NVDA', cik=1045810)])\n"
         "engine = make_engine(settings.store.url)\n"
         "source = EdgarSource(Http(edgar.user_agent, sec_hosts=[base], timeout=120), edgar, "
         "[WatchTarget('NVDA', 'NVIDIA', 1045810)], now=lambda: datetime.now(UTC))\n"
         "ref = Ref(source='edgar', uid='0001045810-26-000024', ticker='NVDA', fingerprint='x', form='10-K', cik=1045810,"
         " url=base + '/Archives/edgar/data/1045810/000104581026000024/0001045810-26-000024-index.htm')\n"
         "rss = lambda: int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) / 1024\n"
         "before = rss(); t = time.time()\n"
         "release = source.fetch(ref)\n"
         "result = pipeline.ingest(engine, settings, release, now=datetime.now(UTC), alert=False)\n"
         "seconds = time.time() - t\n"
         f"peak = {HWM}\n"
         "print('BENCH ' + json.dumps({'seconds': seconds, 'added_mb': peak - before, 'chars': len(release.text), "
         "'findings': [(f.kind, f.span[0]) for f, _ in result.findings], 'skipped': list(release.skipped)}))\n")


def bench_large(sec: Sec, work: Path, size: int) -> None:
    print(f"\n## large: one {size / MB:.0f} MB filing document, fetched, extracted, detected and stored")
    print("| document | text chars | sentence after the 20 MB found | memory added MB | seconds |")
    print("| --- | --- | --- | --- | --- |")
    work.mkdir(parents=True, exist_ok=True)
    sentence = "The Company recorded a goodwill impairment charge of $45.0 million in the fourth quarter."
    para = ("Net sales increased compared with the prior year, driven by higher volumes in each of the segments "
            "and by favorable pricing, partly offset by higher freight and labor costs. ")
    for kind, name in (("html", "nvda-20260302.htm"), ("text", "nvda-20260302.txt")):
        if kind == "html":
            block = (f'<div style="margin-top:6pt"><span style="font-family:Times New Roman;font-size:10pt">{para}'
                     f'</span><span style="font-weight:bold">{para}</span></div>\n<table><tr><td><p>Revenue</p></td>'
                     f'<td style="text-align:right"><ix:nonFraction name="us-gaap:Revenues" contextRef="c1" '
                     f'unitRef="usd" decimals="-6">1,234</ix:nonFraction></td></tr></table>\n')
            body = "<html><body>" + block * (size // len(block) + 1) + f"<p>{sentence}</p></body></html>"
        else:
            body = (para * 3 + "\n\n") * (size // (len(para) * 3 + 2) + 1) + sentence + "\n"
        folder = "/Archives/edgar/data/1045810/000104581026000024"
        index = recorded("8k-index-0001045810-26-000024-nvidia.html").replace(b"nvda-20260302.htm", name.encode())
        sec.server.add(f"{folder}/0001045810-26-000024-index.htm", index, content_type="text/html")
        sec.server.add(f"{folder}/{name}", body.encode(), content_type=f"text/{'html' if kind == 'html' else 'plain'}")
        db = work / f"large-{kind}.db"
        r = subprocess.run([sys.executable, "-c", LARGE, sec.url, str(db), name], capture_output=True, text=True,
                           cwd=ROOT, timeout=600, check=False)
        line = next((x for x in r.stdout.splitlines() if x.startswith("BENCH ")), None)
        if line is None:
            raise RuntimeError(r.stderr[-2000:])
        res = json.loads(line[6:])
        found = any(k == "impairment" and at > 0.75 * res["chars"] for k, at in res["findings"])
        print(f"| {kind}, {len(body.encode()) / MB:.1f} MB | {res['chars']:,} | {'yes' if found else 'NO'} | "
              f"{res['added_mb']:.0f} | {res['seconds']:.1f} |")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    return f"{os.cpu_count()} x {cpu}, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", default="once,outage,run,large")
    p.add_argument("--sizes", default="10,1000,10000")
    p.add_argument("--events", type=int, default=15, help="alerts measured in `run` with the largest watchlist")
    p.add_argument("--large-mb", type=int, default=20)
    args = p.parse_args()
    only = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"machine: {machine()}; SEC budget 5 requests/s, {datetime.now(UTC):%Y-%m-%d}")
    sec = Sec()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            work = Path(tmp)
            if "once" in only:
                bench_once(sec, sizes, work)
            if "outage" in only:
                bench_outage(sec, sizes[:2], work)
            if "run" in only:
                bench_run(sec, sizes, work, events=args.events)
            if "large" in only:
                bench_large(sec, work, args.large_mb * MB)
    finally:
        sec.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
