"""Hostile XML through `filing-monitor once`, a real subprocess against a local server: the entity
attacks (billion laughs, quadratic blowup, external entity) in UTF-8, UTF-16LE without a byte-order
mark and UTF-32, served at once as EDGAR's getcurrent page and as a wire feed, next to a good wire feed.

Each run must stay under 150 MB peak RSS and 5 s, record both hostile sources as failed with the
reason in source_state, never request the external entity, and still store the good feed's items.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests.conftest import wait_for

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
UA = "Filing Monitor Tests tests@example.com"
MAX_RSS_MB = 150
MAX_SECONDS = 5.0
KILL_AFTER = 20.0  # a run that grew out of hand is stopped here; the test then fails on the time
MEMORY_LIMIT = 1 << 30  # address space: a regression fails fast instead of taking the machine's memory

ENCODINGS = {"utf-8": ("utf-8", "UTF-8"), "utf-16le-no-bom": ("utf-16-le", "UTF-16"), "utf-32": ("utf-32", "UTF-32")}


def billion_laughs(_: str) -> tuple[str, str]:
    decls = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    return "\n".join(decls), "&lol9;"


def quadratic_blowup(_: str) -> tuple[str, str]:
    return f'<!ENTITY a "{"x" * 50_000}">', "&a;" * 50_000  # 2.5 GB once expanded


def external_entity(url: str) -> tuple[str, str]:
    return f'<!ENTITY xxe SYSTEM "{url}">', "&xxe;"


ATTACKS = {"billion-laughs": billion_laughs, "quadratic-blowup": quadratic_blowup, "external-entity": external_entity}


def hostile(fixture: Path, source_encoding: str, attack: str, encoding: str, xxe_url: str) -> bytes:
    """A real recorded (or real-structure) feed with the attack's DTD after the declaration and its
    entity referenced in the first title, in `encoding`."""
    codec, label = ENCODINGS[encoding]
    text = fixture.read_bytes().decode(source_encoding)
    decl, reference = ATTACKS[attack](xxe_url)
    text = re.sub(r"^<\?xml[^>]*\?>", f'<?xml version="1.0" encoding="{label}"?>', text.lstrip())
    root = re.search(r"<(rss|feed)\b", text)
    assert root is not None
    text = f"{text[:root.start()]}<!DOCTYPE {root.group(1)} [\n{decl}\n]>\n{text[root.start():]}"
    text = text.replace("</title>", f"{reference}</title>", 1)
    return text.encode(codec)


@dataclass
class Run:
    returncode: int
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str


# A small launcher starts the child and reports wait4's rusage of it. Linux keeps a process's peak
# RSS across exec, so a child forked straight from the test process would start with the test
# process's own RSS as its peak; forked from the small launcher it starts near zero.
LAUNCHER = """
import json, os, resource, subprocess, sys
limit, report = int(sys.argv[1]), sys.argv[2]
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
child = subprocess.Popen(sys.argv[3:])
_, status, usage = os.wait4(child.pid, 0)
with open(report, "w") as fh:
    json.dump({"returncode": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}, fh)
"""


def run_once(config: Path, cwd: Path) -> Run:
    """`filing-monitor once` as a grandchild process, with its own peak RSS (see LAUNCHER)."""
    env = {k: v for k, v in os.environ.items() if k != "FILING_MONITOR_CONFIG"}
    out, err, report = cwd / "stdout.txt", cwd / "stderr.txt", cwd / "rusage.json"
    command = [sys.executable, "-m", "monitor.cli", "once", "--config", str(config)]
    started = time.monotonic()
    with out.open("wb") as o, err.open("wb") as e:
        proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(MEMORY_LIMIT), str(report), *command],
                                cwd=cwd, env=env, stdout=o, stderr=e, start_new_session=True)
    try:
        proc.wait(timeout=KILL_AFTER)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    seconds = time.monotonic() - started
    usage = json.loads(report.read_text()) if report.exists() else {"returncode": -9, "maxrss_kb": float("inf")}
    return Run(usage["returncode"], seconds, usage["maxrss_kb"] / 1024, out.read_text(), err.read_text())


def write_config(tmp_path: Path, base: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
user_agent = "{UA}"
base_url = "{base}"
data_url = "{base}"
first_poll = "window"
max_pages = 1
ticker_cache = "{tmp_path / 'tickers.json'}"
[[wire]]
name = "hostile"
url = "{base}/rss/hostile.xml"
fetch_pages = false
[[wire]]
name = "good"
url = "{base}/rss/good.xml"
fetch_pages = false
[[channel]]
name = "audit"
type = "jsonl"
path = "{tmp_path / 'alerts.jsonl'}"
[defaults]
channels = ["audit"]
[[watch]]
ticker = "ALGIE"
cik = 8855
name = "American Locker Group"
""")
    return path


def source_states(db: Path) -> dict[str, tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT source, last_error, consecutive_failures FROM source_state").fetchall()
    return {source: (error, failures) for source, error, failures in rows}


def stored_sources(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT source FROM release")]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_hostile_feeds_are_refused_cheaply_and_the_other_feed_goes_on(
    tmp_path: Path, httpserver_ipv4: HTTPServer, encoding: str, attack: str
) -> None:
    server = httpserver_ipv4
    base = f"http://127.0.0.1:{server.port}"
    xxe_url = f"{base}/xxe/secret.txt"
    atom = hostile(FIXTURES / "edgar" / "getcurrent-all-forms-count100-start0.atom.xml", "latin-1", attack,
                   encoding, xxe_url)
    rss = hostile(FIXTURES / "wire" / "prnewswire-news-releases-list.xml", "utf-8", attack, encoding, xxe_url)
    assert len(rss) < 5_000_000 and len(atom) < 5_000_000  # under the feed byte cap: the guard decides

    def getcurrent(request: Request) -> Response:
        return Response(atom, content_type="application/atom+xml")

    server.expect_request("/cgi-bin/browse-edgar").respond_with_handler(getcurrent)
    server.expect_request("/rss/hostile.xml").respond_with_data(rss, content_type="application/rss+xml")
    server.expect_request("/rss/good.xml").respond_with_data(
        (FIXTURES / "wire" / "prnewswire-news-releases-list.xml").read_bytes(), content_type="application/rss+xml")
    server.expect_request(re.compile(".*")).respond_with_data("no such file", status=404)

    run = run_once(write_config(tmp_path, base), tmp_path)

    print(f"{encoding} {attack}: {run.seconds:.2f} s, peak RSS {run.peak_rss_mb:.0f} MB")
    assert run.seconds < MAX_SECONDS, run.stderr
    assert run.peak_rss_mb < MAX_RSS_MB
    assert run.returncode == 1, run.stdout + run.stderr  # a source failed: a runtime failure
    states = source_states(tmp_path / "fm.db")
    for name in ("edgar", "wire:hostile"):
        error, failures = states[name]
        assert failures == 1 and "refused: the XML declares" in error, (name, error)
        assert f"{name}: " in run.stdout and "FAILED: " in run.stdout
    assert "edgar getcurrent (start=0): refused" in states["edgar"][0]
    assert states["wire:good"] == ("", 0)
    assert "wire:good" in stored_sources(tmp_path / "fm.db")  # the good feed's ALGIE item
    assert not [r for r, _ in server.log if r.path.startswith("/xxe")]  # the external entity was never read


def test_the_daemon_health_names_the_refused_feed_and_the_good_feed_stays_healthy(tmp_path: Path) -> None:
    """In process: the running daemon's source health carries the guard's reason."""
    from monitor.daemon import Daemon
    from monitor.replay import ReplayServer
    from monitor.settings import from_dict

    with ReplayServer() as server:
        server.add("/rss/hostile.xml", hostile(FIXTURES / "wire" / "prnewswire-news-releases-list.xml", "utf-8",
                                               "quadratic-blowup", "utf-16le-no-bom", ""),
                   content_type="application/rss+xml")
        server.add("/rss/good.xml", (FIXTURES / "wire" / "prnewswire-news-releases-list.xml").read_bytes(),
                   content_type="application/rss+xml")
        settings = from_dict({
            "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
            "edgar": {"enabled": False},
            "wire": [{"name": n, "url": f"{server.url}/rss/{n}.xml", "fetch_pages": False} for n in ("hostile", "good")],
            "channel": [{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
            "defaults": {"channels": ["audit"]},
            "watch": [{"ticker": "ALGIE", "name": "American Locker Group"}],
        }, "monitor.toml", env={})
        daemon = Daemon(None, settings)
        threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True).start()
        try:
            polled = wait_for(lambda: (now := daemon.health.statuses()) and all(s.last_attempt for s in now), 20,
                              step=0.05)  # run() fills them
            assert polled, "the daemon did not poll both feeds"
            statuses = {s.name: s for s in daemon.health.statuses()}
        finally:
            daemon.stop()
            assert daemon.wait_stopped(10)
    assert statuses["wire:hostile"].consecutive_failures == 1
    assert "refused: the XML declares an entity 'a'" in statuses["wire:hostile"].last_error
    assert statuses["wire:good"].last_success is not None and statuses["wire:good"].last_error == ""
