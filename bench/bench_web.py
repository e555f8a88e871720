#!/usr/bin/env python3
"""Page times of the web view on a large store: p50/p95 of `/`, `/company/{TICKER}` and `/feed.atom`.

Fills a store with 5,000 companies, 100,000 releases (one version each, 1-3 KB of text) and 10,000
alerts (one finding each, two channels: 20,000 outbox rows), written in bulk with executemany, then
starts `filing-monitor web` (a subprocess, as in production) and times HTTP requests over one
keep-alive connection. Run by hand:

    .venv/bin/python bench/bench_web.py [--requests 200] [--store-url URL] [--keep DIR]

Without --store-url the store is a SQLite file in a temporary directory. With a PostgreSQL URL the
tables are dropped and refilled: give it a database of its own. Target: p95 under 200 ms per page.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa
from sqlmodel import SQLModel

from monitor.domain import AlertMessage, Amount, Novelty, Severity, SourceRef
from monitor.store import AlertRow, Company, FindingRow, Release, ReleaseVersion, SourceState, make_engine

COMPANIES, RELEASES, ALERTS = 5_000, 100_000, 10_000
CHANNELS = ("audit", "credit-slack")
KINDS = ("default", "impairment", "restatement")
START = datetime(2020, 1, 1, tzinfo=UTC)
WORDS = [
    "revenue", "quarter", "company", "results", "guidance", "margin", "customers", "contract", "lender", "notes",
    "credit", "facility", "operating", "cash", "flow", "goodwill", "impairment", "charge", "restated", "period",
]
BATCH = 5_000


def table(model: type[SQLModel]) -> sa.Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def fill(url: str, rng: random.Random) -> dict[str, float]:
    engine = make_engine(url)  # the daemon's engine: creates the schema
    SQLModel.metadata.drop_all(engine)
    engine.dispose()
    engine = make_engine(url)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    companies = [{"id": n + 1, "ticker": f"C{n:04d}", "cik": 100_000 + n, "name": f"Company {n} Holdings Inc"}
                 for n in range(COMPANIES)]
    _insert(engine, table(Company), companies)
    releases, versions, when = [], [], {}
    for n in range(RELEASES):
        rid, cid = n + 1, n % COMPANIES + 1
        at = START + timedelta(minutes=rng.randrange(6 * 365 * 24 * 60))
        text = " ".join(rng.choices(WORDS, k=rng.randint(150, 450))) + "."
        edgar = n % 3 == 0
        releases.append({
            "id": rid, "company_id": cid, "source": "edgar" if edgar else "wire:businesswire", "uid": f"u{n}",
            "url": f"https://www.sec.gov/Archives/edgar/data/{cid}/{n}.htm", "title": f"Release {n}",
            "form": "8-K" if edgar else None, "items": "2.02" if edgar else "", "published_at": None if edgar else at,
            "accepted_at": at if edgar else None, "text": text, "content_hash": f"{n:064x}", "fingerprint": "",
            "version": 1, "documents_complete": True, "first_seen": at, "last_seen": at,
        })
        versions.append({"release_id": rid, "version": 1, "text": text, "content_hash": f"{n:064x}", "diff": "",
                         "seen_at": at})
        when[rid] = (cid, at, edgar)
    _insert(engine, table(Release), releases)
    _insert(engine, table(ReleaseVersion), versions)
    timings["releases"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    findings, alerts = [], []
    alerted = rng.sample(range(1, RELEASES + 1), ALERTS)
    for n, rid in enumerate(sorted(alerted, key=lambda r: when[r][1])):
        cid, at, edgar = when[rid]
        kind = KINDS[n % 3]
        created = at + timedelta(minutes=5)
        key = f"C{cid - 1:04d}:{kind}:{rid:016x}"
        findings.append({
            "id": n + 1, "release_id": rid, "company_id": cid, "version": 1, "kind": kind, "confidence": 0.9,
            "severity": "high", "evidence": "The Company recorded an impairment charge of $6.4 million.",
            "span_start": 0, "span_end": 60, "amounts": json.dumps([{"value": 6.4e6, "currency": "USD",
                                                                     "text": "$6.4 million"}]),
            "periods": '["first quarter of 2020"]', "signals": "[]", "novelty": "new", "event_key": key,
            "created_at": created,
        })
        payload = json.dumps(_message(cid, kind, key, at, edgar, rid).to_dict())
        for channel in CHANNELS:
            alerts.append({
                "idempotency_key": f"{key}|{channel}", "finding_id": n + 1, "company_id": cid, "channel": channel,
                "kind": kind, "status": "sent" if n % 50 else "dead", "attempts": 1, "next_attempt_at": created,
                "last_error": "", "payload": payload, "created_at": created, "sent_at": created,
            })
    _insert(engine, table(FindingRow), findings)
    _insert(engine, table(AlertRow), alerts)
    now = datetime.now(UTC)
    _insert(engine, table(SourceState), [
        {"source": "edgar", "cursor": "", "last_success": now, "last_attempt": now, "consecutive_failures": 0,
         "last_error": ""},
        {"source": "wire:businesswire", "cursor": "", "last_success": now, "last_attempt": now,
         "consecutive_failures": 0, "last_error": ""},
    ])
    timings["alerts"] = time.perf_counter() - t0
    if engine.dialect.name == "postgresql":  # the sequences behind explicit ids, and fresh statistics
        with engine.begin() as conn:
            for name in ("company", "release", "finding"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
            conn.execute(sa.text("ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(sa.text("ANALYZE"))
    engine.dispose()
    return timings


def _message(cid: int, kind: str, key: str, at: datetime, edgar: bool, rid: int) -> AlertMessage:
    src = SourceRef("edgar" if edgar else "wire:businesswire", f"https://www.sec.gov/Archives/edgar/data/{cid}/{rid}.htm",
                    "8-K" if edgar else None, ("2.02",) if edgar else (), at, f"Release {rid}")
    return AlertMessage(
        ticker=f"C{cid - 1:04d}", company=f"Company {cid - 1} Holdings Inc", kind=kind, severity=Severity.high,
        novelty=Novelty.new, summary=f"{kind.capitalize()} of $6.4 million",
        evidence="The Company recorded an impairment charge of $6.4 million.", idempotency_key=key, event_key=key,
        amounts=(Amount(6.4e6, "USD", "$6.4 million"),), periods=("first quarter of 2020",), sources=(src,),
        confidence=0.9,
    )


def _insert(engine: sa.Engine, tbl: sa.Table, rows: list[dict[str, object]]) -> None:
    with engine.begin() as conn:
        for i in range(0, len(rows), BATCH):
            conn.execute(tbl.insert(), rows[i : i + BATCH])


# ---- timing -----------------------------------------------------------------------------------------


def serve(url: str, workdir: Path) -> tuple[subprocess.Popen[str], str, int]:
    config = workdir / "bench.toml"
    config.write_text(f'[store]\nurl = "{url}"\n\n[web]\npage_size = 50\n', "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "web", "--config", str(config), "--bind", "127.0.0.1:0",
         "--log-level", "warning"], stdout=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline() if proc.stdout else ""
    if "serving http://" not in line:
        proc.kill()
        raise SystemExit(f"web did not start: {line!r}")
    host_port = line.split("serving http://", 1)[1].split("/", 1)[0]
    host, port = host_port.rsplit(":", 1)
    return proc, host, int(port)


def time_pages(host: str, port: int, paths: list[str]) -> list[float]:
    conn = http.client.HTTPConnection(host, port, timeout=30)
    out = []
    for path in paths:
        t0 = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        body = response.read()
        out.append((time.perf_counter() - t0) * 1000)
        if response.status != 200 or not body:
            raise SystemExit(f"{path}: HTTP {response.status}")
    conn.close()
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=200, help="requests per page kind (default 200)")
    ap.add_argument("--store-url", help="default: a SQLite file in a temporary directory")
    ap.add_argument("--keep", type=Path, help="keep the SQLite store in this directory")
    args = ap.parse_args()
    rng = random.Random(20050727)
    workdir = Path(args.keep or tempfile.mkdtemp(prefix="bench-web-"))
    workdir.mkdir(parents=True, exist_ok=True)
    url = args.store_url or f"sqlite:///{workdir / 'bench.db'}"
    t0 = time.perf_counter()
    timings = fill(url, rng)
    print(f"filled {COMPANIES:,} companies, {RELEASES:,} releases, {ALERTS:,} alerts "
          f"({ALERTS * len(CHANNELS):,} outbox rows) in {time.perf_counter() - t0:.1f} s "
          f"(releases {timings['releases']:.1f} s, alerts {timings['alerts']:.1f} s)")
    if url.startswith("sqlite"):
        print(f"store: {os.path.getsize(workdir / 'bench.db') / 1e6:.0f} MB SQLite")
    proc, host, port = serve(url, workdir)
    try:
        n = args.requests
        tickers = [f"C{rng.randrange(COMPANIES):04d}" for _ in range(n)]
        pages = {
            "/": ["/"] * n,
            "/?page=20": ["/?page=20"] * n,
            "/?kind=default": ["/?kind=default"] * n,
            "/company/{TICKER}": [f"/company/{t}" for t in tickers],
            "/feed.atom": ["/feed.atom"] * n,
            "/api/alerts": ["/api/alerts"] * n,
        }
        time_pages(host, port, ["/", "/company/C0001", "/feed.atom"] * 5)  # warm up
        print(f"\n{'page':<20} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        worst = 0.0
        for name, paths in pages.items():
            ms = time_pages(host, port, paths)
            worst = max(worst, p95(ms)) if name in ("/", "/company/{TICKER}", "/feed.atom") else worst
            print(f"{name:<20} {statistics.median(ms):>8.1f} {p95(ms):>8.1f} {max(ms):>8.1f}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, {platform.processor() or platform.platform()}, "
          f"Python {platform.python_version()}, {'SQLite ' + __import__('sqlite3').sqlite_version if url.startswith('sqlite') else 'PostgreSQL'}")
    print(f"target: p95 < 200 ms for /, /company/{{TICKER}}, /feed.atom: {'met' if worst < 200 else 'MISSED'} "
          f"(worst p95 {worst:.1f} ms)")
    return 0 if worst < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
