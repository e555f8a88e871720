"""Shared helpers of the wire-source tests: fixtures on disk, a real Http, watch targets, and a plain
RSS 2.0 feed of given items."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from monitor.domain import WatchTarget
from monitor.http import Http
from monitor.settings import WireFeed

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire"
UA = "filing-monitor tests ops@example.com"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"

ALGIE = WatchTarget("ALGIE", "American Locker Group", cik=8855, aliases=("American Locker",))


def wire_bytes(name: str) -> bytes:
    return (WIRE / name).read_bytes()


def make_http(**overrides: Any) -> Http:
    """A real Http with short limits and no retries, so failure tests are fast."""
    options: dict[str, Any] = {
        "timeout": 5.0,
        "connect_timeout": 1.0,
        "read_timeout": 2.0,
        "max_tries": 1,
        "backoff_seconds": 0.01,
    }
    options.update(overrides)
    return Http(UA, **options)


def feed(url: str, *, name: str = "test", **options: Any) -> WireFeed:
    return WireFeed(name=name, url=url, **options)


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed published now; each item is (guid, title, text)."""
    now = format_datetime(datetime.now(UTC), usegmt=True)
    body = "".join(
        f"<item><guid isPermaLink=\"false\">{escape(g)}</guid><title>{escape(t)}</title>"
        f"<link>http://127.0.0.1/{escape(g)}</link><description>{escape(x)}</description>"
        f"<pubDate>{now}</pubDate></item>\n"
        for g, t, x in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Newswire</title>'
            f"<link>http://127.0.0.1/</link><description>test</description>\n{body}</channel></rss>\n").encode()
