"""`filing-monitor demo`: the real daemon against a local replay of EDGAR and a newswire, offline.

The replay server (monitor.replay) serves, in the recorded formats, a getcurrent Atom page, a filing
index page, filed documents and a Business Wire-style RSS feed
(the data is in monitor/demo_data/, described in its README). The story, in three phases:

1. At start: the wire feed carries the seed press release of American Locker Group (NASDAQ:ALGIE,
   2005-07-27: impairment, restatement, default) among ordinary releases of other companies
   (results, dividends); the EDGAR page is the recorded one, without ALGIE.
2. Once every source has been polled: ALGIE's 8-K (accession 0000898431-05-000094, accepted
   2005-07-29 16:57:43 ET, items 2.02, 5.02, 9.01, the same release as EX-99.1) appears on top of
   the EDGAR page; the next scheduled EDGAR poll (10 s after the first) picks it up.
3. Once that poll is done: a fictional later release raising the impairment estimate to $8.0 million
   appears on the wire, and the wire's poll job is run at once (the same job, brought forward, so
   the demo does not wait another interval). Publishing it only now keeps the real order: the 8-K
   joins the July story before the August update exists.

A second feed, in PR Newswire's RSS form, carries from the start one real release of another kind of
distress: American Lorain Corporation's announcement of November 6, 2017 (NYSE MKT: ALN) of a
going-concern audit opinion, its non-compliance with NYSE American listing standards and the
late 10-K and 10-Qs behind it.

The daemon (the same Daemon class and jobs as `filing-monitor run`, on a background thread, with a
temporary SQLite store and the console and jsonl channels) must then have stored exactly three new
ALGIE alerts, each listing both sources (the 8-K joins the wire item's story), one update alert for
the raised impairment, the three new alerts of ALN's release (going concern, delisting notice, late
filing), and nothing else. The demo prints what the store holds and exits 0 if so.
"""

from __future__ import annotations

import html
import json
import logging
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor import settings as settings_mod
from monitor.alerts import compose
from monitor.domain import SOURCE_HEALTH, AlertMessage, Novelty
from monitor.replay import Answer, ReplayServer, Request

log = logging.getLogger(__name__)

TICKER = "ALGIE"
ACCESSION = "0000898431-05-000094"
FOLDER = "/Archives/edgar/data/8855/000089843105000094"
PRIMARY_DOC = "algi-8k-20050727.txt"
EXHIBIT = "ALGIE-2005-07-27-ex99-1.txt"
WIRE_PATH = "/rss/businesswire-earnings.xml"
WIRE_SOURCE = "wire:businesswire"
EXPECTED_KINDS = ("default", "impairment", "restatement")
# The real release of the distress-family kinds, on its own feed from the start.
OTHER_TICKER = "ALN"
OTHER_FEED_PATH = "/rss/prnewswire-financial.xml"
OTHER_KINDS = ("going_concern", "delisting_notice", "late_filing")
POLL_SECONDS = 10  # demo.toml: the shortest interval the settings allow
NEEDED_SECONDS = 13  # two EDGAR polls, the wire poll after them, one dispatch, with some slack
PHASE_TIMEOUT = 8.0  # seconds: publish phase 2 by then even if a first poll has not finished
ATOM = "application/atom+xml"


DATA = Path(__file__).resolve().parent / "demo_data"  # package data (pyproject: package-data)


def _data(name: str) -> bytes:
    return (DATA / name).read_bytes()


# ---- the replayed world -------------------------------------------------------------------------


class Scenario:
    """Routes of the replay server, phase 1 at construction, phase 2 by publish()."""

    def __init__(self, server: ReplayServer):
        self.server = server
        self.base = server.url
        self._getcurrent = redate(_data("getcurrent-all-forms-count100-start0.atom.xml"))
        self._wire = self._fill(_data("businesswire-earnings.rss.xml"))
        s = server
        s.add("/cgi-bin/browse-edgar?action=getcurrent", self._browse_edgar)
        s.add(WIRE_PATH, lambda _r: Answer(200, {"Content-Type": "application/rss+xml; charset=utf-8"}, self._wire))
        self._add_pages(self._wire)
        other = self._fill(_data("prnewswire-american-lorain.rss.xml"))
        s.add(OTHER_FEED_PATH, other, content_type="application/rss+xml; charset=utf-8")
        self._add_pages(other)

    def publish_8k(self) -> None:
        """Phase 2: ALGIE's 8-K on EDGAR: its index page, documents and the feed entry."""
        s = self.server
        s.add(f"{FOLDER}/{ACCESSION}-index.htm", _data(f"{ACCESSION}-index.htm"), content_type="text/html")
        s.add(f"{FOLDER}/{PRIMARY_DOC}", _data(PRIMARY_DOC), content_type="text/plain")
        s.add(f"{FOLDER}/{EXHIBIT}", _data(EXHIBIT), content_type="text/plain")
        s.add(f"{FOLDER}/{ACCESSION}.txt", complete_submission(), content_type="text/plain")
        self._getcurrent = add_entry(self._getcurrent, _data("getcurrent-entry-algie-8k.atom.xml"))

    def publish_update(self) -> None:
        """Phase 3: the fictional update of 2005-08-18 on top of the wire feed."""
        item = self._fill(_data("businesswire-item-algie-update.xml"))
        self._wire = self._wire.replace(b"    <item>", item + b"    <item>", 1)
        self._wire = self._wire.replace(b"Thu, 28 Jul 2005 12:06:11 GMT", b"Thu, 18 Aug 2005 20:31:02 GMT")
        self._add_pages(self._wire)

    def _browse_edgar(self, request: Request) -> Answer:
        # One recorded page: past it, EDGAR answers 503 as it does past the end of its window.
        if request.query.get("start", "0") not in ("", "0"):
            return Answer(503, {"Content-Type": "text/html"}, _data("error-503-maintenance.html"))
        return Answer(200, {"Content-Type": ATOM, "Cache-Control": "no-cache"}, self._getcurrent)

    def _fill(self, data: bytes) -> bytes:
        return data.replace(b"{{BASE}}", self.base.encode("ascii"))

    def _add_pages(self, feed: bytes) -> None:
        """Each wire item's link answers with the release as a web page."""
        ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
        for item in ET.fromstring(feed).iter("item"):
            link, title = item.findtext("link", ""), item.findtext("title", "")
            body = item.findtext("content:encoded", "", ns)
            page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
                    f"</head><body><article><h1>{html.escape(title)}</h1>\n{body}\n</article></body></html>\n")
            self.server.add(link.removeprefix(self.base), page, content_type="text/html; charset=utf-8")


def redate(page: bytes) -> bytes:
    """The recorded getcurrent page (Mon 2026-01-12, 10:52-11:28 EST) replayed as Fri 2005-07-29 EDT,
    the day ALGIE's 8-K was accepted, so that the 8-K (16:57:43) is the newest entry."""
    text = page.decode("iso-8859-1")
    text = text.replace("Mon, 12 Jan 2026 11:28:50 EST", "Fri, 29 Jul 2005 11:28:50 EDT")
    text = text.replace("<updated>2026-01-12T", "<updated>2005-07-29T").replace("-05:00</updated>", "-04:00</updated>")
    text = text.replace("Filed:&lt;/b&gt; 2026-01-12", "Filed:&lt;/b&gt; 2005-07-29")
    return text.encode("iso-8859-1")


def add_entry(page: bytes, entry: bytes) -> bytes:
    """`entry` on top of the page, the last entry dropped (a page holds `count` entries), feed time moved."""
    text = page.decode("iso-8859-1")
    head, first, rest = text.partition("<entry>")
    rest = rest[: rest.rindex("<entry>")] + "</feed>\n" if rest.count("<entry>") else rest
    head = head.replace("11:28:50 EDT", "16:58:50 EDT").replace("2005-07-29T11:28:50-04:00", "2005-07-29T16:58:50-04:00")
    return (head + entry.decode("iso-8859-1") + first + rest).encode("iso-8859-1")


def complete_submission() -> bytes:
    """The `{accession}.txt` SGML submission: the header and the two documents."""
    parts = [f"<SEC-DOCUMENT>{ACCESSION}.txt : 20050729\n".encode("ascii"), _data(f"{ACCESSION}.hdr.sgml")]
    for seq, (doc_type, name, description) in enumerate(
        (("8-K", PRIMARY_DOC, "CURRENT REPORT"), ("EX-99.1", EXHIBIT, "PRESS RELEASE")), start=1
    ):
        head = f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{seq}\n<FILENAME>{name}\n<DESCRIPTION>{description}\n<TEXT>\n"
        parts += [head.encode("ascii"), _data(name), b"\n</TEXT>\n</DOCUMENT>\n"]
    parts.append(b"</SEC-DOCUMENT>\n")
    return b"".join(parts)


def write_settings(base: str, workdir: Path) -> Path:
    text = _data("demo.toml").decode("utf-8").replace("{{BASE}}", base).replace("{{WORKDIR}}", str(workdir))
    path = workdir / "demo.toml"
    path.write_text(text, encoding="utf-8")
    return path


# ---- reading the outcome back from the store ----------------------------------------------------


@dataclass
class StoredAlert:
    msg: AlertMessage
    deliveries: dict[str, str] = field(default_factory=dict)  # channel -> status

    @property
    def source_names(self) -> list[str]:
        return list(dict.fromkeys(s.source for s in self.msg.sources))


@dataclass
class Outcome:
    alerts: list[StoredAlert]

    def new_for(self, kind: str, ticker: str = TICKER) -> list[StoredAlert]:
        return [a for a in self.alerts if a.msg.ticker == ticker and a.msg.kind == kind and a.msg.novelty is Novelty.new]

    @property
    def updates(self) -> list[StoredAlert]:
        return [a for a in self.alerts if a.msg.ticker == TICKER and a.msg.kind == "impairment"
                and a.msg.novelty is Novelty.update]

    @property
    def ops(self) -> list[StoredAlert]:
        return [a for a in self.alerts if a.msg.kind == SOURCE_HEALTH]

    @property
    def false_alarms(self) -> list[StoredAlert]:
        expected = {id(a) for k in EXPECTED_KINDS for a in self.new_for(k)} | {id(a) for a in self.updates}
        expected |= {id(a) for k in OTHER_KINDS for a in self.new_for(k, OTHER_TICKER)}
        return [a for a in self.alerts if id(a) not in expected and a.msg.kind != SOURCE_HEALTH]

    def problems(self) -> list[str]:
        out = []
        for kind in EXPECTED_KINDS:
            found = self.new_for(kind)
            if len(found) != 1:
                out.append(f"expected one new {kind} alert for {TICKER}, found {len(found)}")
            elif not {WIRE_SOURCE, "edgar"} <= set(found[0].source_names):
                out.append(f"the {kind} alert lists sources {found[0].source_names}, expected {WIRE_SOURCE} and edgar")
        if len(self.updates) != 1:
            out.append(f"expected one impairment update for {TICKER} (the $8.0 million estimate), found {len(self.updates)}")
        for kind in OTHER_KINDS:
            found = self.new_for(kind, OTHER_TICKER)
            if len(found) != 1:
                out.append(f"expected one new {kind} alert for {OTHER_TICKER}, found {len(found)}")
        out += [f"unexpected alert: {compose.headline(a.msg)} ({a.msg.novelty.value}): {a.msg.summary}"
                for a in self.false_alarms]
        undelivered = [f"{compose.headline(a.msg)} via {ch}: {st}" for a in self.alerts
                       for ch, st in a.deliveries.items() if st != "sent"]
        out += [f"not delivered: {u}" for u in undelivered]
        return out


def read_outcome(engine: Any) -> Outcome:
    from sqlmodel import Session, col, select

    from monitor.store import AlertRow

    by_key: dict[str, StoredAlert] = {}
    with Session(engine) as s:
        for row in s.exec(select(AlertRow).order_by(col(AlertRow.id))).all():
            msg = AlertMessage.from_dict(json.loads(row.payload))
            stored = by_key.setdefault(msg.idempotency_key, StoredAlert(msg))
            if len(msg.sources) > len(stored.msg.sources):
                stored.msg = msg
            stored.deliveries[row.channel] = row.status
    return Outcome(list(by_key.values()))


def render(outcome: Outcome) -> str:
    lines = ["", "== alerts in the store (one per event; each lists every source that reported it) =="]
    for a in outcome.alerts:
        m = a.msg
        note = " (from the fictional demo release of 2005-08-18)" if m.novelty is Novelty.update else ""
        lines.append(f"{compose.headline(m)} \u2014 {m.novelty.value.upper()}{note}")
        lines.append(f"  {compose.summary_line(m)}")
        lines.append(f"  evidence: \u201c{compose.cut(compose.one_line(m.evidence), 300)}\u201d")
        lines.append("  sources: " + "; ".join(_source_text(s) for s in m.sources))
        lines.append("  delivered: " + ", ".join(f"{ch} {st}" for ch, st in a.deliveries.items()))
    if not outcome.alerts:
        lines.append("(none)")
    return "\n".join(lines)


def _source_text(src: Any) -> str:
    what = src.source + (f" {src.form}" if src.form else "") + (f" items {', '.join(src.items)}" if src.items else "")
    when = f" ({'accepted' if src.form else 'published'} {compose.format_et(src.accepted_at)})" if src.accepted_at else ""
    return f"{what}{when} {src.url}"


def summary(outcome: Outcome, store: str) -> str:
    kinds = [k for k in EXPECTED_KINDS if len(outcome.new_for(k)) == 1]
    sources = {n for k in kinds for n in outcome.new_for(k)[0].source_names}
    others = [k for k in OTHER_KINDS if len(outcome.new_for(k, OTHER_TICKER)) == 1]
    return (f"demo: {len(kinds)} alerts ({', '.join(kinds) or 'none'}) for {TICKER} from {len(sources)} "
            f"source{'' if len(sources) == 1 else 's'}; "
            f"{len(outcome.updates)} update; {len(others)} alerts ({', '.join(others) or 'none'}) for "
            f"{OTHER_TICKER}; {len(outcome.false_alarms)} false alarms; store at {store}")


# ---- running it ---------------------------------------------------------------------------------


def run_demo(seconds: float = 15) -> int:
    """Run the daemon for at most `seconds` (it stops as soon as everything expected was delivered)."""
    from monitor.daemon import Daemon
    from monitor.store import make_engine

    workdir = Path(tempfile.mkdtemp(prefix="filing-monitor-demo-"))
    with ReplayServer() as server:
        scenario = Scenario(server)
        config = write_settings(server.url, workdir)
        settings = settings_mod.load(config)
        print(f"demo: replaying EDGAR and a Business Wire feed from {server.url}; settings {config}")
        print("demo: phase 1: the wire carries ALGIE's release of 2005-07-27 among ordinary releases of "
              "other companies; EDGAR's page has no ALGIE filing yet; a second wire carries American Lorain's "
              "real release of 2017-11-06 (going-concern opinion, NYSE American non-compliance, late reports)")
        daemon = Daemon(str(config), settings)
        engine = make_engine(settings.store.url)
        thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, name="demo-daemon",
                                  daemon=True)
        started = time.monotonic()
        thread.start()
        try:
            _until(lambda: _polled_since(daemon, 0.0), started + min(PHASE_TIMEOUT, seconds))
            scenario.publish_8k()
            phase2 = time.time()
            _say(started, f"phase 2: ALGIE's 8-K {ACCESSION} (accepted 2005-07-29 16:57:43 ET, items 2.02, 5.02, "
                 "9.01, the release as its EX-99.1) appears on EDGAR; the next EDGAR poll reads it")
            _until(lambda: _polled_since(daemon, phase2), started + seconds)
            scenario.publish_update()
            daemon.poll_now(WIRE_SOURCE)
            _say(started, "phase 3: a fictional release of 2005-08-18 raising the impairment estimate from "
                 "$6.4 million to $8.0 million appears on the wire (its poll job runs at once): it must give "
                 "ONE update alert")
            _until(lambda: not read_outcome(engine).problems(), started + seconds)
        finally:
            daemon.stop()
            daemon.wait_stopped(15)
            thread.join(5)
    outcome = read_outcome(engine)
    engine.dispose()
    print(render(outcome))
    problems = outcome.problems()
    for p in problems:
        print(f"demo: FAILED: {p}")
    if problems and seconds < NEEDED_SECONDS:
        print(f"demo: --seconds {seconds:g} is too short: EDGAR's second poll comes {POLL_SECONDS} s after the "
              f"first; allow at least {NEEDED_SECONDS} s")
    store = str(workdir / "demo.db")
    print(summary(outcome, store))
    print(f"demo: inspect with: filing-monitor alerts --config {config}")
    return 1 if problems else 0


def _polled_since(daemon: Any, since: float) -> bool:
    """Every source finished a poll after `since` (unix time), so none is in flight with old data."""
    statuses = daemon.health.statuses()
    return bool(statuses) and all(s.last_attempt is not None and s.last_attempt > since for s in statuses)


def _say(started: float, text: str) -> None:
    print(f"demo: +{time.monotonic() - started:.1f} s {text}", flush=True)


def _until(done: Callable[[], bool], deadline: float, step: float = 0.25) -> bool:
    while time.monotonic() < deadline:
        if done():
            return True
        time.sleep(step)
    return done()
