"""Novelty of the distress-family kinds through the real pipeline on a SQLite file: the going-concern
doubt a company's 10-Qs repeat alerts once, and again only after a 10-Q without it; a delisting story
alerts its first notice and each later stage; a bankruptcy case alerts once. Texts are real filing
sentences (sources in tests/unit/test_detect_distress.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from monitor import pipeline
from monitor.domain import Release
from monitor.settings import from_dict
from monitor.store import AlertRow, make_engine

T0 = datetime(2019, 5, 10, 20, 0, tzinfo=UTC)
GOING_CONCERN = (
    "NOTE 2 - GOING CONCERN\nThe Company incurred a net loss and had an accumulated deficit at {period}. The "
    "aforementioned factors raise substantial doubt about the Company's ability to continue as a going concern "
    "within one year after the issuance of these financial statements."
)
LIQUIDITY = (
    "NOTE 2 - LIQUIDITY\nIn the third quarter we completed a public offering of common stock and raised $7.8 million. "
    "We have sufficient liquidity to fund operations through the next twelve months."
)


@pytest.fixture
def env(tmp_path: Path):
    settings = from_dict({
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"user_agent": "Test test@example.com"},
        "channel": [{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
        "defaults": {"channels": ["audit"]},
        "watch": [{"ticker": "XYZ", "cik": 1369290, "name": "XYZ Therapeutics"}],
    }, "test.toml", {})
    return settings, make_engine(settings.store.url)


def filing(text: str, uid: str, form: str, when: datetime, items: tuple[str, ...] = ()) -> Release:
    return Release(source="edgar", uid=uid, ticker="XYZ", text=text, url=f"https://www.sec.gov/{uid}",
                   form=form, items=items, accepted_at=when)


def alert_rows(engine, kind: str) -> list[dict]:
    with Session(engine) as s:
        rows = s.exec(select(AlertRow).where(AlertRow.kind == kind).order_by(AlertRow.id)).all()
        return [json.loads(r.payload) for r in rows]


def test_going_concern_alerts_once_while_the_doubt_lasts_and_again_when_it_returns(env) -> None:
    settings, engine = env
    quarters = ["March 31, 2019", "June 30, 2019", "September 30, 2019"]
    novelty = []
    for n, period in enumerate(quarters):
        when = T0 + timedelta(days=91 * n)
        result = pipeline.ingest(engine, settings, filing(GOING_CONCERN.format(period=period), f"q{n}", "10-Q", when),
                                 now=when)
        novelty += [d.novelty.value for f, d in result.findings if f.kind == "going_concern"]
    assert novelty == ["new", "repeat", "repeat"]
    assert len(alert_rows(engine, "going_concern")) == 1
    # a 10-Q without the doubt, then the doubt again: a new alert
    t = T0 + timedelta(days=91 * 3)
    clean = pipeline.ingest(engine, settings, filing(LIQUIDITY, "q3", "10-Q", t), now=t)
    assert not [f for f, _ in clean.findings if f.kind == "going_concern"]
    t += timedelta(days=91)
    back = pipeline.ingest(engine, settings, filing(GOING_CONCERN.format(period="March 31, 2020"), "q4", "10-Q", t),
                           now=t)
    assert [d.novelty.value for f, d in back.findings if f.kind == "going_concern"] == ["new"]
    rows = alert_rows(engine, "going_concern")
    assert len(rows) == 2 and rows[0]["event_key"] != rows[1]["event_key"]
    assert rows[1]["summary"].startswith("Substantial doubt about the company's ability to continue as a going concern")


NOTICE = (
    "Item 3.01 Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing.\n"
    "On January 22, 2019, the Company was notified by the Nasdaq Stock Market, LLC (\"Nasdaq\") that the Company was "
    "not in compliance with the minimum bid price requirements set forth in Nasdaq Listing Rule 5550(a)(2) for "
    "continued listing on the Nasdaq Capital Market. The notification provided that the Company had 180 calendar "
    "days, or until July 22, 2019, to regain compliance with Nasdaq Listing Rule 5550(a)(2)."
)
DETERMINATION = (
    "The Company did not regain compliance with the Rule by July 22, 2019 and, as a result, on July 23, 2019, the "
    "Company received notice from the Staff that, based upon the Company's continued non-compliance with the Rule, "
    "the Staff had determined to delist the Company's common stock from Nasdaq unless the Company timely requests a "
    "hearing before the Nasdaq Hearings Panel (the \"Panel\")."
)


def test_delisting_story_alerts_each_stage_not_each_repetition(env) -> None:
    settings, engine = env
    first = pipeline.ingest(engine, settings, filing(NOTICE, "8k-1", "8-K", T0, ("3.01",)), now=T0)
    assert [(f.kind, d.novelty.value) for f, d in first.findings] == [("delisting_notice", "new")]
    t1 = T0 + timedelta(days=100)
    tenq = "NOTE 9 - NASDAQ NOTICE\n" + NOTICE.split("\n", 1)[1]
    again = pipeline.ingest(engine, settings, filing(tenq, "10q-1", "10-Q", t1), now=t1)
    assert [d.novelty.value for f, d in again.findings if f.kind == "delisting_notice"] == ["repeat"]
    t2 = T0 + timedelta(days=183)
    staged = pipeline.ingest(engine, settings, filing(DETERMINATION, "8k-2", "8-K", t2, ("3.01",)), now=t2)
    assert [d.novelty.value for f, d in staged.findings if f.kind == "delisting_notice"] == ["update"]
    rows = alert_rows(engine, "delisting_notice")
    assert [r["novelty"] for r in rows] == ["new", "update"]
    assert rows[0]["severity"] == "medium" and rows[1]["severity"] == "high"
    assert rows[0]["facts"]["deadline"] == "July 22, 2019"
    assert rows[1]["event_key"] == rows[0]["event_key"]  # one story, threaded
    assert rows[1]["previous"] == "previously: deficiency notice (bid price)"


def test_bankruptcy_case_alerts_once(env) -> None:
    settings, engine = env
    petition = ("Item 1.03 Bankruptcy or Receivership.\nOn May 17, 2009, XYZ Therapeutics, Inc. (the \"Company\") "
                "and its subsidiaries filed voluntary petitions for relief under chapter 11 of the United States "
                "Bankruptcy Code in the United States Bankruptcy Court for the Western District of Texas.")
    first = pipeline.ingest(engine, settings, filing(petition, "8k-b", "8-K", T0, ("1.03",)), now=T0)
    assert [(f.kind, d.novelty.value) for f, d in first.findings] == [("bankruptcy", "new")]
    t = T0 + timedelta(days=80)
    dip = ("We continue to operate our businesses as \"debtors in possession\" under the jurisdiction of the Court "
           "and in accordance with the applicable provisions of the Bankruptcy Code.")
    later = pipeline.ingest(engine, settings, filing(dip, "10q-b", "10-Q", t), now=t)
    assert [d.novelty.value for f, d in later.findings if f.kind == "bankruptcy"] == ["repeat"]
    (row,) = alert_rows(engine, "bankruptcy")
    assert row["severity"] == "critical"
    assert row["summary"] == ("Bankruptcy petition under Chapter 11, filed May 17, 2009 (United States Bankruptcy "
                              "Court for the Western District of Texas)")
