"""Company facts end to end on a local server replaying the recorded companyfacts JSON (Marvell, CIK
1835632) and the recorded 404 NoSuchKey answer (American Locker Group, CIK 8855: EDGAR has no XBRL
facts for a 2005 filer): the client, the queue and its request count, and alerts through the real
pipeline, outbox and channels (Slack, webhook, jsonl on local HTTP servers and files; e-mail through
aiosmtpd)."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor import facts, pipeline
from monitor.alerts import outbox
from monitor.channels.base import build_channels
from monitor.domain import AlertMessage, Release, Severity
from monitor.settings import Settings, from_dict
from monitor.sources.facts import FactsClient, FactsError
from monitor.store import AlertRow, CompanyFacts, make_engine
from monitor.wiring import build_http
from tests.integration.alerts_support import Inbox, serve_smtp

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MRVL_FACTS = (FIXTURES / "edgar" / "xbrl-companyfacts-CIK0001835632-marvell-MRVL.json").read_bytes()
NO_SUCH_KEY = (FIXTURES / "edgar" / "error-404-submissions-nosuchkey.xml").read_bytes()
SEED = (FIXTURES / "seed" / "ALGIE-2005-07-27-ex99-1.txt").read_text("utf-8")
UA = "Filing Monitor Tests tests@example.com"
MRVL, ALGIE = 1835632, 8855
MRVL_PATH = f"/api/xbrl/companyfacts/CIK{MRVL:010d}.json"
ALGIE_PATH = f"/api/xbrl/companyfacts/CIK{ALGIE:010d}.json"
NOW = datetime(2026, 6, 1, 14, 0, tzinfo=UTC)
Q1_10Q = "0001835632-26-000019"  # Marvell's 10-Q filed 2026-05-28: the latest filing in the recording

# The seed's impairment sentence with Marvell-sized amounts.
IMPAIRMENT = ("In addition, the Company will record an impairment charge of approximately $8.4 billion including a "
              "goodwill write-down of $6.1 billion against its operating results in the first quarter of fiscal 2027.")
ASSETS_PHRASE = "about 31% of total assets as of the last 10-Q (2026-05-02)"  # 8.4e9 / 26,944,500,000 (Assets)
GOODWILL_PHRASE = "about 44% of goodwill as of the last 10-Q (2026-05-02)"  # 6.1e9 / 13,883,500,000 (Goodwill)


@pytest.fixture
def sec(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    httpserver.expect_request(MRVL_PATH).respond_with_data(MRVL_FACTS, content_type="application/json")
    httpserver.expect_request(ALGIE_PATH).respond_with_data(NO_SUCH_KEY, status=404, content_type="application/xml")
    yield httpserver
    for request, _ in httpserver.log:
        if request.path.startswith("/api/"):
            assert request.headers.get("User-Agent") == UA


def settings_for(tmp_path: Path, server: HTTPServer, **extra: Any) -> Settings:
    base = server.url_for("").rstrip("/")
    data: dict[str, Any] = {
        "store": {"url": f"sqlite:///{tmp_path / 'fm.db'}"},
        "edgar": {"user_agent": UA, "base_url": base, "data_url": base, "requests_per_second": 10},
        "watch": [{"ticker": "MRVL", "cik": MRVL, "name": "Marvell Technology"},
                  {"ticker": "ALGIE", "cik": ALGIE, "name": "American Locker Group"}],
        **extra,
    }
    return from_dict(data, "test.toml", {"SLACK_URL": f"{base}/slack"})


def facts_requests(server: HTTPServer, path: str = MRVL_PATH) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


def release(ticker: str, form: str, uid: str, text: str, when: datetime) -> Release:
    cik = MRVL if ticker == "MRVL" else ALGIE
    return Release(source="edgar", uid=uid, ticker=ticker, text=text, form=form, accepted_at=when, cik=cik,
                   url=f"https://www.sec.gov/Archives/edgar/data/{cik}/{uid.replace('-', '')}/{uid}-index.htm")


# ---- the client ---------------------------------------------------------------------------------


def test_client_reads_the_bases_from_the_recorded_json(tmp_path: Path, sec: HTTPServer) -> None:
    settings = settings_for(tmp_path, sec)
    http = build_http(settings)
    result = FactsClient(http, settings.edgar.data_url).fetch(MRVL)
    assert result.found and result.entity_name == "MARVELL TECHNOLOGY, INC"
    assets = next(b for b in result.bases if b.name == "total_assets")
    assert (assets.value, assets.accession, assets.end.isoformat()) == (26_944_500_000, Q1_10Q, "2026-05-02")
    assert Q1_10Q in result.accessions and "0001104659-26-060253" in result.accessions  # the DEF 14A too
    assert facts_requests(sec) == 1
    assert sum(http.stats.requests_by_host.values()) == 1  # counted against the SEC budget (data_url host)
    assert http.is_sec(settings.edgar.data_url)


def test_a_404_nosuchkey_means_no_facts(tmp_path: Path, sec: HTTPServer) -> None:
    settings = settings_for(tmp_path, sec)
    result = FactsClient(build_http(settings), settings.edgar.data_url).fetch(ALGIE)
    assert not result.found and result.bases == []


def test_other_answers_are_errors_that_say_whether_a_retry_helps(tmp_path: Path, httpserver: HTTPServer) -> None:
    settings = settings_for(tmp_path, httpserver)
    client = FactsClient(build_http(settings), settings.edgar.data_url)
    httpserver.expect_request(MRVL_PATH).respond_with_data(MRVL_FACTS[:5000], content_type="application/json")
    with pytest.raises(FactsError) as cut:
        client.fetch(MRVL)
    assert cut.value.transient and "not JSON" in str(cut.value)
    httpserver.clear()
    httpserver.expect_request(f"/api/xbrl/companyfacts/CIK{ALGIE:010d}.json").respond_with_data(
        MRVL_FACTS, content_type="application/json")
    with pytest.raises(FactsError) as other:
        client.fetch(ALGIE)
    assert not other.value.transient and "CIK 1835632, not 8855" in str(other.value)


# ---- the queue: one request per company per periodic report --------------------------------------


def refresh(settings: Settings, engine: Any, http: Any, when: datetime) -> facts.FactsStats:
    return facts.refresh(engine, FactsClient(http, settings.edgar.data_url), ciks=[MRVL, ALGIE], now=when,
                         limit=settings.materiality.fetch_per_run)


def row(engine: Any, cik: int) -> CompanyFacts:
    with Session(engine) as s:
        found = s.get(CompanyFacts, cik)
        assert found is not None
        return found


def test_one_request_per_company_per_new_periodic_report(tmp_path: Path, sec: HTTPServer) -> None:
    settings = settings_for(tmp_path, sec)
    engine, http = make_engine(settings.store.url), build_http(settings)
    settle = timedelta(minutes=settings.materiality.settle_minutes)

    # first needed: both watched companies are queued and fetched once
    stats = refresh(settings, engine, http, NOW)
    assert (stats.queued, stats.fetched, stats.without_facts) == (2, 1, 1)
    assert (facts_requests(sec), facts_requests(sec, ALGIE_PATH)) == (1, 1)
    assert row(engine, MRVL).status == "ok" and row(engine, ALGIE).status == "none"
    # the job runs again and again: no timer refetches anything
    for minutes in (1, 60, 60 * 24 * 30):
        refresh(settings, engine, http, NOW + timedelta(minutes=minutes))
    assert (facts_requests(sec), facts_requests(sec, ALGIE_PATH)) == (1, 1)

    # an 8-K is no periodic report
    t1 = NOW + timedelta(days=1)
    pipeline.ingest(engine, settings, release("MRVL", "8-K", "0001835632-26-000030", "Results.", t1), now=t1)
    refresh(settings, engine, http, t1 + settle)
    assert facts_requests(sec) == 1

    # a 10-Q and a 10-Q/A before the job's next turn: one request, after the settle time
    t2 = NOW + timedelta(days=2)
    pipeline.ingest(engine, settings, release("MRVL", "10-Q", Q1_10Q, "Quarterly report.", t2), now=t2)
    pipeline.ingest(engine, settings, release("MRVL", "10-Q/A", "0001835632-26-000031", "Amended.", t2), now=t2)
    refresh(settings, engine, http, t2)
    assert facts_requests(sec) == 1  # not yet: the SEC adds the report's facts a little after filing
    refresh(settings, engine, http, t2 + settle)
    assert facts_requests(sec) == 2
    assert row(engine, MRVL).fetched_for == f"10-Q {Q1_10Q}"
    # the same 10-Q seen again (catch-up after the feed) is not new: nothing more
    pipeline.ingest(engine, settings, release("MRVL", "10-Q", Q1_10Q, "Quarterly report.", t2), now=t2 + settle)
    refresh(settings, engine, http, t2 + 2 * settle)
    assert facts_requests(sec) == 2

    # a 10-K whose facts are not in the JSON yet: asked once more an hour later, then done
    t3 = NOW + timedelta(days=90)
    pipeline.ingest(engine, settings, release("MRVL", "10-K", "0001835632-26-000099", "Annual report.", t3), now=t3)
    refresh(settings, engine, http, t3 + settle)
    assert facts_requests(sec) == 3 and row(engine, MRVL).due_since is not None
    refresh(settings, engine, http, t3 + settle + timedelta(minutes=30))
    assert facts_requests(sec) == 3
    refresh(settings, engine, http, t3 + settle + timedelta(hours=1))
    assert facts_requests(sec) == 4 and row(engine, MRVL).due_since is None
    for days in (1, 10):
        refresh(settings, engine, http, t3 + timedelta(days=days))
    assert facts_requests(sec) == 4

    # an old report (a backfill of 2005) is not after the last fetch: no request
    old = datetime(2005, 3, 31, 16, 0, tzinfo=UTC)
    pipeline.ingest(engine, settings, release("ALGIE", "10-K", "0000898431-05-000040", "Annual report.", old),
                    now=t3)
    refresh(settings, engine, http, t3 + timedelta(days=1))
    assert facts_requests(sec, ALGIE_PATH) == 1
    assert sum(http.stats.requests_by_host.values()) == 5  # every one through the SEC budget


def test_failures_are_retried_with_backoff_then_wait_for_the_next_report(tmp_path: Path, httpserver: HTTPServer) -> None:
    settings = settings_for(tmp_path, httpserver, watch=[{"ticker": "MRVL", "cik": MRVL}])
    httpserver.expect_request(MRVL_PATH).respond_with_data("busy", status=500)
    engine = make_engine(settings.store.url)
    http = build_http(settings)
    http.max_tries = 1  # count requests one per turn
    client = FactsClient(http, settings.edgar.data_url)
    when = NOW
    for _ in range(5):
        stats = facts.refresh(engine, client, ciks=[MRVL], now=when, limit=5)
        assert stats.failed == 1
        when += timedelta(days=1)
    state = row(engine, MRVL)
    assert state.status == "error" and state.due_since is None and "HTTP 500" in state.last_error
    assert facts.refresh(engine, client, ciks=[MRVL], now=when, limit=5).failed == 0
    assert facts_requests(httpserver) == 5


def test_the_queue_waits_while_the_sec_has_paused_us(tmp_path: Path, sec: HTTPServer) -> None:
    settings = settings_for(tmp_path, sec)
    engine, http = make_engine(settings.store.url), build_http(settings)
    http._budget.pause(600)
    stats = refresh(settings, engine, http, NOW)
    assert stats.skipped and stats.queued == 2 and facts_requests(sec) == 0


# ---- alerts ----------------------------------------------------------------------------------------


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    for port in serve_smtp(inbox):
        yield inbox, port


def alert_settings(tmp_path: Path, server: HTTPServer, smtp_port: int) -> Settings:
    return settings_for(
        tmp_path, server,
        channel=[
            {"name": "slack", "type": "slack", "webhook_url_env": "SLACK_URL", "rate_per_second": 100},
            {"name": "mail", "type": "email", "host": "127.0.0.1", "port": smtp_port, "security": "none",
             "sender": "monitor@example.org", "to": ["credit@example.org"]},
            {"name": "hook", "type": "webhook", "url": server.url_for("/hook")},
            {"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")},
        ],
        defaults={"channels": ["slack", "mail", "hook", "audit"], "ops_channels": ["mail"]},
    )


def deliver(settings: Settings, engine: Any, server: HTTPServer) -> None:
    server.expect_request("/slack", method="POST").respond_with_data("ok")
    server.expect_request("/hook", method="POST").respond_with_data("")
    channels = build_channels(settings, {"SLACK_URL": server.url_for("/slack")})
    stats = outbox.dispatch_due(engine, channels, settings.delivery, now=lambda: NOW + timedelta(days=1))
    assert stats.dead == 0 and stats.retried == 0


def posted(server: HTTPServer, path: str) -> list[dict[str, Any]]:
    return [json.loads(request.get_data()) for request, _ in server.log if request.path == path]


def test_an_alert_with_an_amount_carries_its_share_and_severity_in_every_channel(
    tmp_path: Path, sec: HTTPServer, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    settings = alert_settings(tmp_path, sec, port)
    engine, http = make_engine(settings.store.url), build_http(settings)
    refresh(settings, engine, http, NOW)
    when = NOW + timedelta(hours=2)
    result = pipeline.ingest(engine, settings, release("MRVL", "8-K", "0001835632-26-000040", IMPAIRMENT, when),
                             now=when)
    ((finding, _),) = result.findings
    assert finding.severity is Severity.high  # the detector's
    with Session(engine) as s:
        payloads = [json.loads(r.payload) for r in s.exec(select(AlertRow)).all()]
    assert len(payloads) == 4
    msg = AlertMessage.from_dict(payloads[0])
    assets, goodwill = msg.materiality
    assert (assets.base, assets.share, assets.accession) == ("total_assets", pytest.approx(8.4e9 / 26_944_500_000), Q1_10Q)
    assert (goodwill.base, goodwill.share) == ("goodwill", pytest.approx(6.1e9 / 13_883_500_000))
    assert msg.severity is Severity.critical  # 31% of total assets >= critical_share 25%
    deliver(settings, engine, sec)

    (slack,) = posted(sec, "/slack")
    facts_block = next(b["text"]["text"] for b in slack["blocks"] if "*Severity:*" in b.get("text", {}).get("text", ""))
    assert f"*Materiality:* {ASSETS_PHRASE}; {GOODWILL_PHRASE}" in facts_block
    assert "*Severity:* critical" in facts_block
    (hook,) = posted(sec, "/hook")
    assert hook["severity"] == "critical"
    assert [(m["base"], round(m["share"], 4), m["form"], m["period_end"], m["accession"]) for m in hook["materiality"]] == [
        ("total_assets", 0.3118, "10-Q", "2026-05-02", Q1_10Q), ("goodwill", 0.4394, "10-Q", "2026-05-02", Q1_10Q)]
    (line,) = [json.loads(x) for x in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert line["materiality"] == hook["materiality"] and line["severity"] == "critical"
    (mail,) = inbox.received
    message = email.message_from_bytes(mail.content, policy=email.policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert f"Materiality: {ASSETS_PHRASE}; {GOODWILL_PHRASE}" in text
    assert "Severity: critical" in text
    assert "<th align=\"left\">Materiality</th><td>about 31% of total assets as of the last 10-Q" in html


def test_a_small_amount_lowers_the_severity_and_routing_uses_it(tmp_path: Path, sec: HTTPServer) -> None:
    """$64 million against 26.9 billion of total assets (0.24%, below low_share 0.5%): medium -> low,
    so a channel that takes only medium and above does not get it."""
    settings = settings_for(
        tmp_path, sec,
        channel=[{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")},
                 {"name": "pager", "type": "jsonl", "path": str(tmp_path / "pager.jsonl"), "min_severity": "medium"}],
        defaults={"channels": ["audit", "pager"]},
    )
    engine, http = make_engine(settings.store.url), build_http(settings)
    refresh(settings, engine, http, NOW)
    text = IMPAIRMENT.replace("$8.4 billion", "$64 million").replace("$6.1 billion", "$61 million")
    when = NOW + timedelta(hours=2)
    result = pipeline.ingest(engine, settings, release("MRVL", "8-K", "0001835632-26-000041", text, when), now=when)
    ((finding, _),) = result.findings
    assert finding.severity is Severity.medium  # the detector's
    with Session(engine) as s:
        (alert,) = s.exec(select(AlertRow)).all()
    msg = AlertMessage.from_dict(json.loads(alert.payload))
    assert alert.channel == "audit" and msg.severity is Severity.low
    assert msg.materiality[0].share == pytest.approx(64e6 / 26_944_500_000)


def test_the_seed_company_has_no_xbrl_facts_and_its_alerts_say_nothing_about_it(
    tmp_path: Path, sec: HTTPServer, smtp: tuple[Inbox, int]
) -> None:
    """American Locker Group (CIK 8855) filed in 2005, before XBRL: the SEC answers 404 NoSuchKey."""
    inbox, port = smtp
    settings = alert_settings(tmp_path, sec, port)
    engine, http = make_engine(settings.store.url), build_http(settings)
    stats = refresh(settings, engine, http, NOW)
    assert stats.without_facts == 1 and stats.failed == 0
    state = row(engine, ALGIE)
    assert (state.status, state.last_error, state.bases, state.due_since) == ("none", "", "[]", None)
    accepted = datetime(2005, 7, 29, 20, 57, 43, tzinfo=UTC)
    result = pipeline.ingest(engine, settings, release("ALGIE", "8-K", "0000898431-05-000094", SEED, accepted),
                             now=NOW)
    kinds = sorted(f.kind for f, _ in result.findings)
    assert kinds == ["default", "impairment", "restatement"]
    deliver(settings, engine, sec)
    with Session(engine) as s:
        rows = s.exec(select(AlertRow)).all()
    assert {r.kind for r in rows} == {"default", "impairment", "restatement"}  # no operator alarm
    assert all(r.status == "sent" for r in rows)
    for payload in [json.loads(r.payload) for r in rows]:
        assert payload["materiality"] == []
    impairment = next(json.loads(r.payload) for r in rows if r.kind == "impairment")
    assert impairment["severity"] == "medium"  # the detector's, unchanged
    for body in posted(sec, "/slack"):
        assert "Materiality" not in json.dumps(body)
    for mail in inbox.received:
        assert b"Materiality" not in mail.content
    assert "materiality" not in (tmp_path / "alerts.jsonl").read_text().replace('"materiality": []', "")


# ---- the daemon's job ------------------------------------------------------------------------------


def test_the_daemon_serves_the_queue_in_its_own_job_after_the_first_polls(tmp_path: Path, sec: HTTPServer) -> None:
    from monitor.daemon import Daemon

    settings = settings_for(tmp_path, sec, materiality={"fetch_seconds": 45})
    d = Daemon(None, settings)
    try:
        before = datetime.now(UTC)
        d._schedule()
        job = d.scheduler.get_job("facts")
        assert job is not None and job.next_run_time >= before + timedelta(seconds=45)
        assert d.scheduler.get_job("poll:edgar").next_run_time < job.next_run_time
        d.refresh_facts()  # the job's body
        assert (facts_requests(sec), facts_requests(sec, ALGIE_PATH)) == (1, 1)
        assert row(d.ctx.engine, MRVL).status == "ok"
    finally:
        d.ctx.engine.dispose()
    off = Daemon(None, settings_for(tmp_path, sec, materiality={"enabled": False}))
    try:
        off._schedule()
        assert off.scheduler.get_job("facts") is None and off.ctx.facts is None
    finally:
        off.ctx.engine.dispose()


@pytest.mark.postgres
def test_on_postgresql_one_instance_serves_the_queue_at_a_time(tmp_path: Path, sec: HTTPServer, pg_url: str) -> None:
    from monitor.store.locks import source_lock

    settings = settings_for(tmp_path, sec, store={"url": pg_url})
    engine, http = make_engine(settings.store.url), build_http(settings)
    try:
        with source_lock(engine, facts.LOCK) as mine:  # another instance is serving the queue
            assert mine
            assert refresh(settings, engine, http, NOW).skipped
        assert facts_requests(sec) == 0
        stats = refresh(settings, engine, http, NOW)
        assert (stats.queued, stats.fetched, stats.without_facts) == (2, 1, 1)
        assert row(engine, MRVL).status == "ok" and facts_requests(sec) == 1
    finally:
        engine.dispose()


def test_a_company_whose_facts_lack_the_base_gets_no_materiality_and_no_error(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    """The recorded JSON without any debt concept: a default alert goes out as before, without a
    materiality, and nothing is recorded as an error."""
    data = json.loads(MRVL_FACTS)
    for concept in ("LongTermDebt", "LongTermDebtNoncurrent", "LongTermDebtCurrent", "ShortTermBorrowings"):
        del data["facts"]["us-gaap"][concept]
    httpserver.expect_request(MRVL_PATH).respond_with_json(data)
    settings = settings_for(
        tmp_path, httpserver, watch=[{"ticker": "MRVL", "cik": MRVL}],
        channel=[{"name": "audit", "type": "jsonl", "path": str(tmp_path / "alerts.jsonl")}],
        defaults={"channels": ["audit"], "ops_channels": ["audit"]},
    )
    engine, http = make_engine(settings.store.url), build_http(settings)
    stats = facts.refresh(engine, FactsClient(http, settings.edgar.data_url), ciks=[MRVL], now=NOW, limit=5)
    assert (stats.fetched, stats.failed) == (1, 0)
    state = row(engine, MRVL)
    assert state.status == "ok" and state.last_error == ""
    assert "total_debt" not in {b["name"] for b in json.loads(state.bases)}
    text = ("On June 1, 2026, the trustee notified the Company that an event of default had occurred under the "
            "indenture governing its $1.5 billion of senior notes, and the notes were accelerated.")
    when = NOW + timedelta(hours=2)
    result = pipeline.ingest(engine, settings, release("MRVL", "8-K", "0001835632-26-000042", text, when), now=when)
    ((finding, _),) = result.findings
    with Session(engine) as s:
        (alert,) = s.exec(select(AlertRow)).all()
    payload = json.loads(alert.payload)
    assert (alert.kind, payload["materiality"], payload["severity"]) == ("default", [], finding.severity.value)
