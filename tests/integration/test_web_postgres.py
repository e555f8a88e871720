"""The web view over a PostgreSQL store (the scale-out setup): the same pages, read-only sessions."""

from __future__ import annotations

import html
import re
from pathlib import Path

import feedparser
import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from monitor.web import create_app
from monitor.web.queries import StoreMissing, open_store
from tests.web_support import build_store

pytestmark = pytest.mark.postgres


def test_pages_feed_and_api_over_postgres_in_read_only_sessions(pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(StoreMissing, match="has no company, release, .* table yet"):
        open_store(pg_url)  # emptied by the fixture: nothing created by the web view
    settings = build_store(tmp_path, pg_url)
    engine = open_store(pg_url)
    with TestClient(create_app(settings, engine, allowed_hosts=["testserver"])) as c:
        overview = c.get("/").text
        assert overview.count('<tr class="alert-row">') == 5 and overview.count("broken dead") == 5
        company = c.get("/company/ALGIE").text
        assert sorted(re.findall(r'<tr class="event alert-event k-(\w+)">', company)) == [
            "default", "impairment", "impairment", "restatement"]
        alert_id = re.search(r'href="/alert/(\d+)"', c.get("/?kind=default").text).group(1)  # type: ignore[union-attr]
        alert = " ".join(html.unescape(re.sub(r"<[^>]+>", "", c.get(f"/alert/{alert_id}").text)).split())
        assert "the Company's lender notified the Company that it was in default" in alert
        crci = re.search(r'href="/release/(\d+)">CRCI news', c.get("/company/CRCI").text).group(1)  # type: ignore[union-attr]
        assert "<del>$120</del>" in c.get(f"/release/{crci}?from=1&to=2").text
        feed = feedparser.parse(c.get("/feed.atom").content)
        assert not feed.bozo and len(feed.entries) == 5
        assert len(c.get("/api/alerts").json()["alerts"]) == 5
    with pytest.raises(sa.exc.InternalError, match="read-only transaction"), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM alert"))
    engine.dispose()
