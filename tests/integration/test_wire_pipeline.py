"""Wire sources through the real pipeline on SQLite: a failing feed is recorded as a source failure
(consecutive_failures, last_error) while another feed of the same poll round is stored and detected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor import pipeline
from monitor.domain import WatchTarget
from monitor.settings import Settings, from_dict
from monitor.sources.wire import WireSource
from monitor.store import FindingRow, SourceState, make_engine
from monitor.store import Release as ReleaseRow
from tests.integration.wire_support import ALGIE, RSS, make_http, wire_bytes

T0 = datetime(2005, 7, 27, 21, 0, tzinfo=UTC)
BW_SEED_GUID = "http://www.businesswire.com/news/home/20050727005863/en"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return from_dict({
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"enabled": False},
        "channel": [{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
        "defaults": {"channels": ["audit"]},
        "watch": [{"ticker": "ALGIE", "cik": 8855, "name": "American Locker Group", "aliases": ["American Locker"]}],
        "wire": [
            {"name": "bw", "url": "http://placeholder/bw"},
            {"name": "broken", "url": "http://placeholder/broken"},
            {"name": "per-ticker", "url": "http://placeholder/{ticker}", "per_watch": True},
        ],
    }, "test.toml", {})


def sources(settings: Settings, httpserver: HTTPServer) -> dict[str, WireSource]:
    """The configured feeds, pointed at the local server (as wiring would with real URLs)."""
    urls = {"bw": "/rss/bw.xml", "broken": "/rss/broken.xml", "per-ticker": "/feeds/{ticker}.xml"}
    targets = [ALGIE, WatchTarget("BAD", "Broken Feed Holdings")]
    http = make_http()
    out = {}
    for f in settings.wire:
        wired = f.model_copy(update={"url": httpserver.url_for(urls[f.name])})
        out[f.name] = WireSource(http, wired, targets if f.per_watch else targets[:1])
    return out


def state(engine, name: str) -> SourceState:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        row = s.get(SourceState, name)
        assert row is not None
        return row


def test_failing_feeds_are_recorded_and_the_good_feed_is_stored_and_detected(
    settings: Settings, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/rss/bw.xml").respond_with_data(wire_bytes("businesswire-earnings.xml"), content_type=RSS)
    httpserver.expect_request("/rss/broken.xml").respond_with_data(
        wire_bytes("error-page-200.html"), content_type="text/html")
    httpserver.expect_request("/feeds/ALGIE.xml").respond_with_data(
        wire_bytes("nasdaq-rssoutbound-ALGIE.xml"), content_type=RSS)
    httpserver.expect_request("/feeds/BAD.xml").respond_with_data(wire_bytes("malformed-truncated.xml"), content_type=RSS)
    engine = make_engine(settings.store.url)
    src = sources(settings, httpserver)

    stats = {name: pipeline.poll(engine, settings, s, now=T0) for name, s in src.items()}
    pipeline.poll(engine, settings, src["broken"], now=T0 + timedelta(minutes=5))

    assert stats["bw"].ok and stats["bw"].releases == 1
    good = state(engine, "wire:bw")
    assert good.consecutive_failures == 0 and good.last_success == T0 and good.last_error == ""

    broken = state(engine, "wire:broken")
    assert not stats["broken"].ok
    assert broken.consecutive_failures == 2 and broken.last_success is None
    assert "not a feed" in broken.last_error

    partial = state(engine, "wire:per-ticker")  # one of its two URLs failed: recorded, items still kept
    assert partial.consecutive_failures == 1 and "/feeds/BAD.xml" in partial.last_error
    assert stats["per-ticker"].releases == 3

    with Session(engine) as s:
        seed = s.exec(select(ReleaseRow).where(ReleaseRow.uid == BW_SEED_GUID)).one()
        assert seed.source == "wire:bw" and seed.documents_complete
        kinds = {f.kind for f in s.exec(select(FindingRow).where(FindingRow.release_id == seed.id)).all()}
    assert kinds == {"default", "impairment", "restatement"}


def test_a_second_poll_of_an_unchanged_feed_stores_nothing_new(settings: Settings, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss/bw.xml").respond_with_data(wire_bytes("businesswire-earnings.xml"), content_type=RSS)
    engine = make_engine(settings.store.url)
    source = sources(settings, httpserver)["bw"]

    first = pipeline.poll(engine, settings, source, now=T0)
    second = pipeline.poll(engine, settings, source, now=T0 + timedelta(minutes=5))

    assert (first.refs, first.releases) == (1, 1)
    assert (second.refs, second.fetched, second.releases, second.versions) == (1, 0, 0, 0)
