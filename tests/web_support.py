"""Stores for the web view's tests, filled through the real pipeline and outbox, and the
`filing-monitor web` command run as a subprocess."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from monitor import pipeline
from monitor.alerts.outbox import dispatch_due
from monitor.channels.base import build_channels
from monitor.domain import Release
from monitor.settings import Settings, from_dict
from monitor.store import make_engine

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "fixtures" / "seed" / "ALGIE-2005-07-27-ex99-1.txt"
T0 = datetime(2005, 7, 27, 20, 5, tzinfo=UTC)
SEC_URL = "https://www.sec.gov/Archives/edgar/data/8855/000089843105000094/0000898431-05-000094-index.htm"
EIGHT_K_COVER = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n"
    "AMERICAN LOCKER GROUP INCORPORATED\nItem 2.02 Results of Operations and Financial Condition.\n"
    "On July 27, 2005, the Company issued a press release, attached as Exhibit 99.1.\n\n"
)

# A release whose text, title and company name try to inject markup and script.
SCRIPT = '<script>window.pwned = 1; document.title = "pwned";</script>'
HOSTILE_TEXT = (
    "Bayfield Mutual Bancorp reports second quarter results.\n\n"
    f"Management statement {SCRIPT} follows.\n\n"
    'The Company recorded a goodwill impairment charge of $3.1 million <img src=x onerror="window.pwned=2"> '
    "in the second quarter of 2005.\n\nAbout Bayfield: a community bank.\n"
)
HOSTILE_TITLE = f"Bayfield {SCRIPT} results"

# Two versions of one release: the guidance and the dividend change between them.
GUIDANCE_V1 = (
    "Cobalt Ridge Components updates its outlook.\n\n"
    "The company now expects full-year revenue of $120 million and will hold its quarterly dividend at "
    "12 cents per share.\n\nCobalt Ridge Components makes industrial fasteners.\n"
)
GUIDANCE_V2 = GUIDANCE_V1.replace("$120 million", "$135 million").replace(
    "will hold its quarterly dividend at 12 cents", "will raise its quarterly dividend to 14 cents"
)


def wire(ticker: str, uid: str, text: str, when: datetime, title: str = "") -> Release:
    return Release(source="wire:businesswire", uid=uid, ticker=ticker, text=text, url=f"https://wire.example/{uid}",
                   title=title or f"{ticker} news", published_at=when)


def add_web_cases(engine: Engine, settings: Settings, now: datetime) -> None:
    """A release with two versions (CRCI) and a hostile one (BYFM), through pipeline.ingest."""
    pipeline.ingest(engine, settings, wire("CRCI", "crci-outlook", GUIDANCE_V1, T0), now=now)
    pipeline.ingest(engine, settings, wire("CRCI", "crci-outlook", GUIDANCE_V2, T0), now=now + timedelta(hours=1))
    pipeline.ingest(engine, settings, wire("BYFM", "byfm-q2", HOSTILE_TEXT, T0, HOSTILE_TITLE),
                    now=now + timedelta(hours=2))


def web_settings(tmp: Path, url: str | None = None, **web: Any) -> Settings:
    """ALGIE, CRCI and BYFM; the `audit` jsonl channel works, `broken` cannot write (dead at once)."""
    (tmp / "blocker").write_text("a file where the broken channel wants a directory", "utf-8")
    return from_dict({
        "store": {"url": url or f"sqlite:///{tmp / 'fm.db'}"},
        "edgar": {"user_agent": "Test test@example.com", "poll_seconds": 60},
        "wire": [{"name": "businesswire", "url": "https://wire.example/rss", "poll_seconds": 120}],
        "channel": [
            {"name": "audit", "type": "jsonl", "path": str(tmp / "alerts.jsonl")},
            {"name": "broken", "type": "jsonl", "path": str(tmp / "blocker" / "alerts.jsonl")},
        ],
        "defaults": {"channels": ["audit", "broken"]},
        "delivery": {"max_attempts": 1},
        "watch": [
            {"ticker": "ALGIE", "cik": 8855, "name": "American Locker Group"},
            {"ticker": "CRCI", "name": "Cobalt Ridge Components"},
            {"ticker": "BYFM", "name": 'Bayfield <b onmouseover="window.pwned=3">Mutual</b> Bancorp'},
        ],
        "web": web,
    }, "web-test.toml", {})


def build_store(tmp: Path, url: str | None = None, **web: Any) -> Settings:
    """The seed on the wire, the same release as an 8-K two days later (one story), a corrected
    version of the wire release raising the impairment (an update), the web cases; then dispatched."""
    settings = web_settings(tmp, url, **web)
    engine = make_engine(settings.store.url)
    seed = SEED.read_text("utf-8")
    pipeline.ingest(engine, settings, wire("ALGIE", "bw-2005-07-27", seed, T0, "American Locker results"), now=T0)
    eight_k = Release(source="edgar", uid="0000898431-05-000094", ticker="ALGIE", text=EIGHT_K_COVER + seed,
                      url=SEC_URL, form="8-K", items=("2.02", "5.02", "9.01"),
                      accepted_at=datetime(2005, 7, 29, 20, 57, 43, tzinfo=UTC))
    pipeline.ingest(engine, settings, eight_k, now=T0 + timedelta(days=2))
    raised = re.sub(r"approximately\s+\$6\.4\s+million", "approximately $8.0 million", seed)
    assert raised != seed
    pipeline.ingest(engine, settings, wire("ALGIE", "bw-2005-07-27", raised, T0, "American Locker results"),
                    now=T0 + timedelta(days=3))
    add_web_cases(engine, settings, T0 + timedelta(days=4))
    clock = iter(T0 + timedelta(days=5, seconds=n) for n in range(1000))
    dispatch_due(engine, build_channels(settings, {}), settings.delivery, now=lambda: next(clock),
                 sleep=lambda _s: None, limit=1000)
    engine.dispose()
    return settings


# ---- `filing-monitor web` as a subprocess ------------------------------------------------------------


@dataclass
class WebProcess:
    proc: subprocess.Popen[str]
    url: str


SERVING = re.compile(r"serving (http://\S+?)/? \(")


@contextmanager
def web_process(config: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 20) -> Iterator[WebProcess]:
    """`filing-monitor web --config CONFIG --bind 127.0.0.1:0`: yields once it prints where it serves."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "web", "--config", str(config), "--bind", "127.0.0.1:0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})},
    )
    try:
        line = _first_line(proc, timeout)
        m = SERVING.search(line)
        if not m:
            proc.kill()
            _, err = proc.communicate(timeout=timeout)
            raise AssertionError(f"web did not start: {line!r}\n{err}")
        yield WebProcess(proc, m.group(1).rstrip("/"))
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=timeout)
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()


def _first_line(proc: subprocess.Popen[str], timeout: float) -> str:
    """The first stdout line, waited for with a deadline (a thread reads, so a silent child cannot hang us)."""
    import threading

    out: list[str] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.readline() if proc.stdout else ""), daemon=True)
    reader.start()
    reader.join(timeout)
    if not out:
        proc.kill()
        raise AssertionError(f"filing-monitor web printed nothing within {timeout} s")
    return out[0]
