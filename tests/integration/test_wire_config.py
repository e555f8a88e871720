"""config/wire-feeds.example.toml is valid settings and its feeds expand as documented; a wire-only
config needs nothing from the SEC."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from monitor.settings import from_dict
from monitor.sources.wire import WireSource
from monitor.wiring import needs_ticker_map
from tests.conftest import ROOT, cli, free_port
from tests.integration.wire_support import ALGIE, make_http, wire_bytes

EXAMPLE = ROOT / "config" / "wire-feeds.example.toml"


def test_the_example_wire_feeds_validate_and_expand() -> None:
    data = tomllib.loads(EXAMPLE.read_text("utf-8"))
    assert set(data) == {"wire"}  # only [[wire]] tables: they can be pasted into any config

    settings = from_dict({"edgar": {"enabled": False}, "wire": data["wire"]}, str(EXAMPLE), {})

    urls = {f.name: f.url for f in settings.wire}
    assert urls["nasdaq-symbol"] == "https://www.nasdaq.com/feed/rssoutbound?symbol={ticker}"
    assert urls["yahoo-headlines"] == "https://feeds.finance.yahoo.com/rss/2.0/headline?s={ticker}&region=US&lang=en-US"
    assert urls["prnewswire-all"] == "https://www.prnewswire.com/rss/news-releases-list.rss"
    assert {"globenewswire-org-example", "globenewswire-public-companies", "globenewswire-keyword-impairment",
            "businesswire-all"} <= set(urls)
    for f in settings.wire:
        source = WireSource(make_http(), f, [ALGIE])
        expanded = [u.url for u in source.urls]
        if f.per_watch:
            assert expanded == [f.url.replace("{ticker}", "ALGIE")] and "{" not in expanded[0]
        else:
            assert expanded == [f.url]


def wire_only_config(tmp_path: Path, feed_url: str, sec: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'fm.db'}"
[edgar]
enabled = false
user_agent = "Filing Monitor Tests tests@example.com"
base_url = "{sec}"
data_url = "{sec}"
ticker_cache = "{tmp_path / 'tickers.json'}"
[[wire]]
name = "prn"
url = "{feed_url}"
fetch_pages = false
[[channel]]
name = "audit"
type = "jsonl"
path = "{tmp_path / 'alerts.jsonl'}"
[defaults]
channels = ["audit"]
[[watch]]
ticker = "ALGIE"
name = "American Locker Group"
[[watch]]
ticker = "NWBC"
name = "Northwind Bancorp"
""")
    return path


def test_a_wire_only_config_without_ciks_runs_with_no_sec_request(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/rss/news-releases-list.rss").respond_with_data(
        wire_bytes("prnewswire-news-releases-list.xml"), content_type="application/rss+xml")
    cfg = wire_only_config(tmp_path, httpserver.url_for("/rss/news-releases-list.rss"),
                           f"http://127.0.0.1:{free_port()}")  # nothing listens: refused

    checked = cli("check-config", "--config", str(cfg), cwd=tmp_path)
    once = cli("once", "--config", str(cfg), cwd=tmp_path)

    assert checked.returncode == 0, checked.stderr
    assert "ticker map" not in checked.stderr + once.stderr
    assert once.returncode == 0, once.stdout + once.stderr
    assert "wire:prn: 2 found, 2 new" in once.stdout and "edgar" not in once.stdout
    with sqlite3.connect(tmp_path / "fm.db") as conn:
        rows = conn.execute("SELECT c.ticker, c.cik FROM release r JOIN company c ON c.id = r.company_id").fetchall()
    assert sorted(rows) == [("ALGIE", None), ("NWBC", None)]
    assert not (tmp_path / "tickers.json").exists()


@pytest.mark.parametrize(
    ("data", "needed"),
    [
        ({"edgar": {"enabled": False}, "watch": [{"ticker": "ALGIE"}]}, False),
        ({"edgar": {"enabled": True, "user_agent": "A a@example.com"}, "watch": [{"ticker": "ALGIE"}]}, True),
        ({"edgar": {"enabled": True, "user_agent": "A a@example.com"}, "watch": [{"ticker": "ALGIE", "cik": 8855}]},
         False),
        ({"edgar": {"enabled": False}, "watch": [{"ticker": "ALGIE"}],
          "wire": [{"name": "org", "url": "https://example.com/org/{cik}.xml", "per_watch": True}]}, True),
        ({"edgar": {"enabled": False}, "watch": [{"ticker": "ALGIE"}],
          "wire": [{"name": "org", "url": "https://example.com/org/{cik}.xml", "per_watch": True, "enabled": False}]},
         False),
        ({"edgar": {"enabled": False}, "watch": [{"ticker": "ALGIE"}],
          "wire": [{"name": "sym", "url": "https://example.com/rss?s={ticker}", "per_watch": True}]}, False),
    ],
)
def test_the_ticker_map_is_needed_only_for_a_missing_cik_that_a_source_uses(data: dict, needed: bool) -> None:
    assert needs_ticker_map(from_dict(data, "monitor.toml", {})) is needed
