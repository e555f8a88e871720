"""Novelty through the real pipeline on a SQLite file: one alert per event across sources,
repeats suppressed, amount changes and corrected versions alerted as updates."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor import pipeline, reports
from monitor.domain import Release
from monitor.settings import from_dict
from monitor.store import AlertRow, FindingRow, ReleaseVersion, make_engine

T0 = datetime(2005, 7, 27, 14, 0, tzinfo=UTC)
EIGHT_K_COVER = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n"
    "AMERICAN LOCKER GROUP INCORPORATED\nItem 2.02 Results of Operations and Financial Condition.\n"
    "On July 27, 2005, the Company issued a press release, attached as Exhibit 99.1.\n\n"
)


@pytest.fixture
def env(tmp_path: Path):
    settings = from_dict({
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"user_agent": "Test test@example.com"},
        "channel": [{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
        "defaults": {"channels": ["audit"]},
        "watch": [{"ticker": "ALGIE", "cik": 8855, "name": "American Locker Group"}],
    }, "test.toml", {})
    return settings, make_engine(settings.store.url)


def wire(text: str, uid: str, when: datetime) -> Release:
    return Release(source="wire:businesswire", uid=uid, ticker="ALGIE", text=text, url=f"https://wire.example/{uid}",
                   title="American Locker Group news", published_at=when)


def alerts(engine) -> list[AlertRow]:
    with Session(engine) as s:
        return list(s.exec(select(AlertRow).order_by(AlertRow.id)).all())


def test_seed_on_wire_then_8k_is_one_alert_per_event_naming_both_sources(env, seed_text: str) -> None:
    settings, engine = env
    first = pipeline.ingest(engine, settings, wire(seed_text, "bw-2005-07-27", T0), now=T0)
    assert sorted(f.kind for f, _ in first.findings) == ["default", "impairment", "restatement"]
    assert first.alerts == 3
    eight_k = Release(source="edgar", uid="0000898431-05-000094", ticker="ALGIE", text=EIGHT_K_COVER + seed_text,
                      url="https://www.sec.gov/Archives/edgar/data/8855/000089843105000094/0000898431-05-000094-index.htm",
                      form="8-K", items=("2.02", "5.02", "9.01"), accepted_at=T0 + timedelta(days=2, hours=7))
    second = pipeline.ingest(engine, settings, eight_k, now=T0 + timedelta(days=1))
    assert second.alerts == 0 and all(d.join_story for _, d in second.findings)
    rows = alerts(engine)
    assert sorted(r.kind for r in rows) == ["default", "impairment", "restatement"]
    for r in rows:
        sources = [s["source"] for s in json.loads(r.payload)["sources"]]
        assert sources == ["wire:businesswire", "edgar"], r.kind
    impairment = json.loads(next(r.payload for r in rows if r.kind == "impairment"))
    assert {a["value"] for a in impairment["amounts"]} >= {6_400_000.0, 6_100_000.0}


def test_repeat_is_silent_and_a_changed_amount_is_an_update(env, seed_text: str) -> None:
    settings, engine = env
    pipeline.ingest(engine, settings, wire(seed_text, "bw-1", T0), now=T0)
    t1 = T0 + timedelta(days=20)
    repeat = ("JAMESTOWN, NY (BUSINESS WIRE) August 16, 2005. American Locker Group Incorporated reported a net "
              "loss for the first quarter of 2005, which includes the impairment charge of approximately $6.4 "
              "million recorded in the first quarter of 2005.")
    result = pipeline.ingest(engine, settings, wire(repeat, "bw-2", t1), now=t1)
    assert [f.kind for f, _ in result.findings] == ["impairment"]
    assert result.alerts == 0 and result.findings[0][1].novelty.value == "repeat"
    t2 = t1 + timedelta(days=10)
    raised = ("JAMESTOWN, NY (BUSINESS WIRE) August 26, 2005. American Locker Group Incorporated announced that "
              "it recorded an impairment charge of approximately $8.0 million, including a goodwill write-down "
              "of $6.1 million, in the first quarter of 2005.")
    result = pipeline.ingest(engine, settings, wire(raised, "bw-3", t2), now=t2)
    assert result.alerts == 1
    update = json.loads(alerts(engine)[-1].payload)
    assert update["novelty"] == "update" and update["kind"] == "impairment"
    assert "$6.4 million" in update["previous"] and "$8.0 million" in update["summary"]
    first_impairment = next(json.loads(r.payload) for r in alerts(engine) if r.kind == "impairment")
    assert update["event_key"] == first_impairment["event_key"]  # threads with the original alert


def test_corrected_wire_version_adding_a_restatement_is_one_update_with_the_diff(env) -> None:
    settings, engine = env
    v1 = ("JAMESTOWN, NY (BUSINESS WIRE) March 3, 2006. American Locker Group Incorporated today reported "
          "fourth quarter net sales of $8.1 million. The Company will hold a conference call on March 6, 2006.")
    pipeline.ingest(engine, settings, wire(v1, "bw-9", T0), now=T0)
    assert alerts(engine) == []
    v2 = v1 + (" The Company also announced that its previously issued financial statements for the first three "
               "quarters of 2005 should no longer be relied upon and will be restated to correct errors in "
               "inventory accounting.")
    t1 = T0 + timedelta(hours=2)
    result = pipeline.ingest(engine, settings, wire(v2, "bw-9", t1), now=t1)
    assert result.status == "version" and result.alerts == 1
    payload = json.loads(alerts(engine)[0].payload)
    assert payload["kind"] == "restatement" and payload["novelty"] == "update"
    assert "+The Company also announced" in payload["diff"]
    with Session(engine) as s:
        versions = s.exec(select(ReleaseVersion).order_by(ReleaseVersion.version)).all()
        assert [v.version for v in versions] == [1, 2] and versions[1].diff == payload["diff"]
    out = io.StringIO()
    assert reports.list_releases(settings, "algie", out=out) == 0
    listing = out.getvalue()
    assert "wire:businesswire  bw-9" in listing and f"--diff {versions[1].id}" in listing
    assert "restatement  update  v2" in listing
    out = io.StringIO()
    assert reports.list_releases(settings, "ALGIE", diff_id=versions[1].id, out=out) == 0
    assert out.getvalue().strip() == payload["diff"]
    # the same version seen again changes nothing
    again = pipeline.ingest(engine, settings, wire(v2, "bw-9", t1), now=t1 + timedelta(hours=1))
    assert again.status == "unchanged" and len(alerts(engine)) == 1


def test_findings_are_stored_even_without_alerting(env, seed_text: str) -> None:
    settings, engine = env
    pipeline.ingest(engine, settings, wire(seed_text, "bw-1", T0), now=T0, alert=False)
    assert alerts(engine) == []
    with Session(engine) as s:
        assert len(s.exec(select(FindingRow)).all()) == 3
