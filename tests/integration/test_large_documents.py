"""Large filing documents end to end: a local server serves a filing's recorded index page and a
document of more than 20 MB (made in tmp_path at test time), the EDGAR source reads it, the pipeline
stores and detects it. Nothing is cut: a sentence after 20 MB is found. What cannot be read (a
document over the byte cap) is recorded on the release and shown by `releases`.

Memory and time bounds are measured by bench/bench_scale.py, not here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from sqlmodel import Session, select

from monitor import pipeline, reports
from monitor.domain import Ref, WatchTarget
from monitor.http import Http
from monitor.settings import EdgarSettings, Settings, StoreSettings, Watch
from monitor.sources.edgar import EdgarSource
from monitor.store import FindingRow, Release, make_engine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "edgar"
UA = "Filing Monitor Tests tests@example.com"
FOLDER = "/Archives/edgar/data/1045810/000104581026000024"
INDEX = f"{FOLDER}/0001045810-26-000024-index.htm"
SENTENCE = "The Company recorded a goodwill impairment charge of $45.0 million in the fourth quarter of 2025."
NOW = datetime(2026, 3, 6, 22, 0, tzinfo=UTC)
MB = 1_000_000


def big_document(path: Path, kind: str, size: int) -> bytes:
    """`size` bytes of ordinary filing prose (no event words), then SENTENCE."""
    para = ("Net sales increased compared with the prior year, driven by higher volumes in each of the "
            "segments and by favorable pricing, partly offset by higher freight and labor costs. ")
    if kind == "html":
        block = f'<div style="margin-top:6pt"><span style="font-family:Times New Roman">{para * 3}</span></div>\n'
        head, tail = "<html><body>", f"<div><p>{SENTENCE}</p></div></body></html>"
    else:
        block, head, tail = para * 3 + "\n\n", "", SENTENCE + "\n"
    with path.open("w", encoding="ascii") as f:
        f.write(head)
        f.write(block * (size // len(block) + 1))
        f.write(tail)
    return path.read_bytes()


def setup(server: HTTPServer, tmp_path: Path, index: bytes) -> tuple[EdgarSource, Settings, Ref]:
    base = f"http://127.0.0.1:{server.port}"
    server.expect_request(INDEX).respond_with_data(index, content_type="text/html")
    edgar = EdgarSettings(user_agent=UA, base_url=base, data_url=base)
    settings = Settings(store=StoreSettings(url=f"sqlite:///{tmp_path / 'fm.db'}"), edgar=edgar,
                        watch=[Watch(ticker="NVDA", cik=1045810)])
    http = Http(UA, sec_hosts=[base], timeout=60)
    source = EdgarSource(http, edgar, [WatchTarget("NVDA", "NVIDIA", 1045810)], now=lambda: NOW)
    ref = Ref(source="edgar", uid="0001045810-26-000024", ticker="NVDA", fingerprint="0001045810-26-000024",
              url=f"{base}{INDEX}", title="10-K - NVIDIA CORP", form="10-K", cik=1045810)
    return source, settings, ref


@pytest.mark.parametrize("kind", ["html", "text"])
def test_a_sentence_after_20_mb_of_a_document_is_detected(
    httpserver_ipv4: HTTPServer, tmp_path: Path, kind: str
) -> None:
    data = big_document(tmp_path / f"doc.{kind}", kind, 20 * MB)
    assert len(data) > 20 * MB and data.index(SENTENCE.encode()) > 20 * MB
    name = "nvda-20260302.htm" if kind == "html" else "nvda-20260302.txt"  # a plain-text filing document
    httpserver_ipv4.expect_request(f"{FOLDER}/{name}").respond_with_data(data, content_type=f"text/{kind}")
    index = (FIXTURES / "8k-index-0001045810-26-000024-nvidia.html").read_bytes()
    source, settings, ref = setup(httpserver_ipv4, tmp_path, index.replace(b"nvda-20260302.htm", name.encode()))
    release = source.fetch(ref)
    assert release.documents_complete and release.skipped == ()
    assert release.text.endswith(SENTENCE) and len(release.text) > 15 * MB  # less the HTML markup

    engine = make_engine(settings.store.url)
    result = pipeline.ingest(engine, settings, release, now=NOW, alert=False)
    (finding,) = [f for f, _ in result.findings]
    assert finding.kind == "impairment" and finding.evidence == SENTENCE
    assert release.text[finding.span[0] : finding.span[1]] == SENTENCE and finding.span[0] > 15 * MB
    with Session(engine) as s:
        assert s.exec(select(FindingRow.span_start)).one() == finding.span[0]
        assert len(s.exec(select(Release.text)).one()) == len(release.text)  # stored whole


def test_a_document_over_the_byte_cap_is_shown_as_not_read(httpserver_ipv4: HTTPServer, tmp_path: Path) -> None:
    index = (FIXTURES / "8k-index-0001045810-26-000024-nvidia.html").read_bytes().replace(b">31103</td>",
                                                                                          b">31000000</td>")
    source, settings, ref = setup(httpserver_ipv4, tmp_path, index)
    release = source.fetch(ref)
    assert len(httpserver_ipv4.log) == 1  # the index page only: the 8-K is not downloaded
    assert release.documents_complete and release.skipped
    pipeline.ingest(make_engine(settings.store.url), settings, release, now=NOW, alert=False)
    out = StringIO()
    assert reports.list_releases(settings, "NVDA", out=out) == 0
    assert ("  not read: 8-K nvda-20260302.htm: 31,000,000 bytes, over edgar.document_max_bytes (25,000,000); "
            "not read") in out.getvalue()
