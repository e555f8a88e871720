"""config/wire-feeds.example.toml is valid settings and its feeds expand as documented."""

from __future__ import annotations

import tomllib

from monitor.settings import from_dict
from monitor.sources.wire import WireSource
from tests.conftest import ROOT
from tests.integration.wire_support import ALGIE, make_http

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
