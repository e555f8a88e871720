"""`filing-monitor facts TICKER [--json]` and `check PATH --cik CIK` as subprocesses, against a local
server replaying the recorded companyfacts JSON (Marvell) and 404 NoSuchKey answers for the rest."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from monitor.cli import main
from tests.conftest import cli
from tests.integration.test_cli_edgar import UA
from tests.integration.test_cli_edgar import config as edgar_config

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
MRVL, ALGIE = 1835632, 8855
Q1_10Q = "0001835632-26-000019"


@pytest.fixture
def server(httpserver_ipv4: HTTPServer) -> Iterator[HTTPServer]:
    httpserver_ipv4.expect_request(f"/api/xbrl/companyfacts/CIK{MRVL:010d}.json").respond_with_data(
        (FIXTURES / "edgar" / "xbrl-companyfacts-CIK0001835632-marvell-MRVL.json").read_bytes(),
        content_type="application/json")

    def getcurrent(request: Request) -> Response:
        if request.args["start"] == "0":
            body = (FIXTURES / "edgar" / "getcurrent-all-forms-count100-start0.atom.xml").read_bytes()
            return Response(body, content_type="application/atom+xml")
        return Response((FIXTURES / "edgar" / "error-503-maintenance.html").read_bytes(), status=503)

    httpserver_ipv4.expect_request("/cgi-bin/browse-edgar").respond_with_handler(getcurrent)
    # Everything else (submissions, other CIKs' facts) is missing, as the SEC answers it.
    httpserver_ipv4.expect_request(re.compile(".*")).respond_with_data(
        (FIXTURES / "edgar" / "error-404-submissions-nosuchkey.xml").read_bytes(), status=404,
        content_type="application/xml")
    yield httpserver_ipv4
    for request, _ in httpserver_ipv4.log:
        assert request.headers.get("User-Agent") == UA, request.url


def config(tmp_path: Path, server: HTTPServer) -> Path:
    return edgar_config(tmp_path, server, f'[[watch]]\nticker = "MRVL"\ncik = {MRVL}\n'
                        f'[[watch]]\nticker = "ALGIE"\ncik = {ALGIE}\nname = "American Locker Group"')


def facts_requests(server: HTTPServer) -> list[str]:
    return [r.path for r, _ in server.log if r.path.startswith("/api/xbrl/companyfacts/")]


def test_facts_prints_the_bases_once_fetched(
        tmp_path: Path, server: HTTPServer, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = str(config(tmp_path, server))

    def facts(*args: str) -> tuple[int, str, str]:
        code = main(["facts", *args, "--config", cfg])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = facts("MRVL")
    assert code == 1 and "no company facts fetched yet" in out
    once = cli("once", "--config", cfg, cwd=tmp_path)
    assert once.returncode == 0, once.stderr
    assert sorted(facts_requests(server)) == [f"/api/xbrl/companyfacts/CIK{ALGIE:010d}.json",
                                              f"/api/xbrl/companyfacts/CIK{MRVL:010d}.json"]
    code, out, err = facts("MRVL")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"MRVL MARVELL TECHNOLOGY, INC (CIK {MRVL})"
    assets = next(line for line in lines if line.strip().startswith("total assets"))
    assert "USD       26,944,500,000" in assets and "as of 2026-05-02" in assets
    assert f"10-Q {Q1_10Q} filed 2026-05-28" in assets and "us-gaap:Assets" in assets
    revenue = next(line for line in lines if line.strip().startswith("revenue"))
    assert "8,717,100,000" in revenue and "12 months 2025-05-04 to 2026-05-02 (trailing)" in revenue
    # Times in the display zone with its name, as in every command (US Eastern by default).
    assert re.fullmatch(r"  fetched \d{4}-\d\d-\d\d \d\d:\d\d E[SD]T", lines[-1]), lines[-1]

    _, out, _ = facts("mrvl", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["name"] for r in rows] == ["total_assets", "equity", "total_debt", "revenue", "goodwill"]
    debt = rows[2]
    assert (debt["ticker"], debt["cik"], debt["value"], debt["end"], debt["accession"], debt["concept"]) == (
        "MRVL", MRVL, 4_961_300_000, "2026-05-02", Q1_10Q, "us-gaap:LongTermDebt")

    code, out, _ = facts("ALGIE")
    assert code == 1
    assert "EDGAR has no XBRL company facts for this CIK" in out
    code, _, err = facts("NOPE")
    assert code == 2 and "no CIK known" in err


IMPAIRMENT = ("In addition, the Company will record an impairment charge of approximately $8.4 billion including a "
              "goodwill write-down of $6.1 billion against its operating results in the first quarter of fiscal 2027.\n")


def test_check_with_a_cik_shows_the_materiality_of_each_amount(tmp_path: Path, server: HTTPServer) -> None:
    cfg = str(config(tmp_path, server))
    human = cli("check", "-", "--cik", str(MRVL), "--config", cfg, cwd=tmp_path, stdin=IMPAIRMENT)
    assert human.returncode == 0, human.stderr
    assert ("materiality: about 31% of total assets as of the last 10-Q (2026-05-02); about 44% of goodwill as "
            "of the last 10-Q (2026-05-02)") in human.stdout
    assert "severity with materiality: critical" in human.stdout
    doc = tmp_path / "release.txt"
    doc.write_text(IMPAIRMENT)
    as_json = cli("check", str(doc), "--json", "--cik", str(MRVL), "--config", cfg, cwd=tmp_path)
    (finding,) = json.loads(as_json.stdout)["findings"]
    assert finding["severity"] == "high" and finding["severity_with_materiality"] == "critical"
    assert [(m["base"], m["accession"]) for m in finding["materiality"]] == [
        ("total_assets", Q1_10Q), ("goodwill", Q1_10Q)]
    assert len(facts_requests(server)) == 2  # one per check, through the same client as the daemon


def test_check_with_the_seed_companys_cik_says_it_has_no_facts(tmp_path: Path, server: HTTPServer) -> None:
    cfg = str(config(tmp_path, server))
    seed = str(FIXTURES / "seed" / "ALGIE-2005-07-27-ex99-1.txt")
    r = cli("check", seed, "--cik", str(ALGIE), "--config", cfg, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "CIK 8855: EDGAR has no XBRL company facts; no materiality" in r.stderr
    assert "IMPAIRMENT" in r.stdout and "materiality" not in r.stdout
    bad = cli("check", "--jsonl", "-", "--cik", str(ALGIE), "--config", cfg, cwd=tmp_path, stdin="")
    assert bad.returncode == 2 and "--cik goes with one document" in bad.stderr
    assert cli("check", seed, "--cik", "x1", "--config", cfg, cwd=tmp_path).returncode == 2
