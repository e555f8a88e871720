"""The CLI end to end against a local server replaying recorded SEC responses: `once` (EDGAR poll,
pipeline, outbox, jsonl channel), a restart with an unchanged feed, `backfill`, `releases`, `alerts`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.cli import main
from tests.conftest import cli

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "edgar"
UA = "Filing Monitor Tests tests@example.com"
SWX_CIK = 1692115  # Southwest Gas Holdings: its 8-K 0001692115-26-000004 carries Item 4.02
STI_CIK = 1881551  # Solidion Technology: three 4.02 8-Ks in its submissions


def serve(server: HTTPServer) -> None:
    def getcurrent(request: Request) -> Response:
        if request.args["start"] == "0":
            body = (FIXTURES / "getcurrent-all-forms-count100-start1700.atom.xml").read_bytes()
            return Response(body, content_type="application/atom+xml")
        return Response((FIXTURES / "error-503-maintenance.html").read_bytes(), status=503)

    server.expect_request("/cgi-bin/browse-edgar").respond_with_handler(getcurrent)
    server.expect_request(f"/submissions/CIK{STI_CIK:010d}.json").respond_with_data(
        (FIXTURES / "submissions-CIK0001881551-solidion-STI.json").read_bytes(), content_type="application/json")
    # Everything else (filing documents, other submissions) is missing, as the SEC answers it.
    server.expect_request(re.compile(".*")).respond_with_data(
        (FIXTURES / "error-404-submissions-nosuchkey.xml").read_bytes(), status=404, content_type="application/xml")


def config(tmp_path: Path, server: HTTPServer, watches: str) -> Path:
    base = f"http://127.0.0.1:{server.port}"
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
user_agent = "{UA}"
base_url = "{base}"
data_url = "{base}"
first_poll = "window"
requests_per_second = 10
ticker_cache = "{tmp_path / 'tickers.json'}"
[[channel]]
name = "audit"
type = "jsonl"
path = "{tmp_path / 'alerts.jsonl'}"
[defaults]
channels = ["audit"]
{watches}
""")
    return path


def jsonl(tmp_path: Path) -> list[dict]:
    path = tmp_path / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> HTTPServer:
    serve(httpserver_ipv4)
    yield httpserver_ipv4
    for request, _ in httpserver_ipv4.log:
        assert request.headers.get("User-Agent") == UA, request.url


def test_once_alerts_on_the_4_02_8k_of_a_watched_company_and_not_again(tmp_path: Path, server: HTTPServer) -> None:
    cfg = config(tmp_path, server, f'[[watch]]\nticker = "SWX"\ncik = {SWX_CIK}\nname = "Southwest Gas Holdings"')
    first = cli("once", "--config", str(cfg), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    (alert,) = jsonl(tmp_path)
    assert (alert["ticker"], alert["kind"], alert["novelty"]) == ("SWX", "restatement", "new")
    assert "Non-Reliance on Previously Issued Financial Statements" in alert["evidence"]
    (src,) = alert["sources"]
    assert src["form"] == "8-K" and "4.02" in src["items"] and src["accepted_at"].startswith("2026-01-09T17:07:17")
    # its documents could not be fetched: a second run retries them and alerts nothing new
    second = cli("once", "--config", str(cfg), cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert len(jsonl(tmp_path)) == 1
    releases = cli("releases", "SWX", "--config", str(cfg), cwd=tmp_path)
    assert "0001692115-26-000004 items 2.02,4.02,7.01 [documents pending]" in releases.stdout
    assert "restatement  new" in releases.stdout
    listed = cli("alerts", "--config", str(cfg), "--ticker", "SWX", cwd=tmp_path)
    assert listed.returncode == 0 and "restatement" in listed.stdout and "sent" in listed.stdout


def test_once_ignores_filings_of_companies_not_watched(tmp_path: Path, server: HTTPServer) -> None:
    cfg = config(tmp_path, server, '[[watch]]\nticker = "NVDA"\ncik = 1045810')
    r = cli("once", "--config", str(cfg), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert jsonl(tmp_path) == []


def test_backfill_stores_and_detects_without_alerting(
        tmp_path: Path, server: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path, server, f'[[watch]]\nticker = "STI"\ncik = {STI_CIK}')
    r = cli("backfill", "--since", "2025-01-01", "STI", "--config", str(cfg), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "restatement" in r.stdout and "0 alerts queued" in r.stdout
    assert jsonl(tmp_path) == []
    assert main(["releases", "STI", "--config", str(cfg)]) == 0
    releases = capsys.readouterr().out
    for accession in ("0001213900-25-032293", "0001213900-25-111600"):
        assert accession in releases
    assert main(["backfill", "--since", "2025-01-01", "XYZ", "--config", str(cfg)]) == 2
    assert "not in the watchlist: XYZ" in capsys.readouterr().err


def test_edgar_refuses_to_start_without_a_contact_user_agent(tmp_path: Path, server: HTTPServer) -> None:
    cfg = config(tmp_path, server, '[[watch]]\nticker = "NVDA"\ncik = 1045810')
    cfg.write_text(cfg.read_text().replace(UA, "python-requests"))
    r = cli("once", "--config", str(cfg), cwd=tmp_path)
    assert r.returncode == 2 and "edgar.user_agent" in r.stderr
    assert server.log == []  # nothing was sent to the SEC


def test_check_config_reports_unknown_tickers_from_the_sec_map(tmp_path: Path, httpserver_ipv4: HTTPServer) -> None:
    for name in ("company_tickers.json", "company_tickers_exchange.json"):
        httpserver_ipv4.expect_request(f"/files/{name}").respond_with_data((FIXTURES / name).read_bytes(),
                                                                          content_type="application/json")
    cfg = config(tmp_path, httpserver_ipv4, '[[watch]]\nticker = "NVDA"\n[[watch]]\nticker = "ZZZZQ"')
    r = cli("check-config", "--config", str(cfg), cwd=tmp_path)
    assert r.returncode == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f'{cfg}: watch[1].ticker: unknown ticker "ZZZZQ" (not in the SEC ticker map'), line
    assert (tmp_path / "tickers.json").exists()  # cached for the daemon and later checks
    ok = config(tmp_path, httpserver_ipv4, '[[watch]]\nticker = "NVDA"')
    r = cli("check-config", "--config", str(ok), cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("ok: 1 watches"), r.stderr
    requests = [req.path for req, _ in httpserver_ipv4.log]
    assert requests.count("/files/company_tickers.json") == 1  # the second check used the fresh cache
