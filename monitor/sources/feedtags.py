"""Ticker tags read from the raw XML of each feed item, all of them.

feedparser keeps only the last of a repeated element (two `<sa:symbol>` in one item give one) and
drops elements of namespaces it does not know (`ndaq:IssueSymbol`), so the wire source reads the
tags itself from the bytes that passed the XML guard (monitor.xmlguard), with lxml set to resolve no
entity and touch no network, and pairs each item with feedparser's entry by guid or position.

Tags read, per `<item>` (RSS) or `<entry>` (Atom), as the wires write them (tests/fixtures/wire):
- `<category>` / Atom `<category term scheme>`: GlobeNewswire's `domain=".../rss/stock"` with
  `Nasdaq:ALGI`, Seeking Alpha's symbol categories, or any `NYSE:XYZ`-style term;
- namespaced ticker elements, one symbol or a comma-separated list each, repeated or not: Nasdaq's
  `nasdaq:tickers` (`AAPL,FB,AAPL,FB`), Seeking Alpha's `sa:symbol` (one per company, inside
  `sa:stock`), the Nasdaq Trader halts feed's `ndaq:IssueSymbol`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import lxml.etree

from monitor.sources.matching import category_tickers, list_tickers

log = logging.getLogger(__name__)

# Local names (lower case) of namespaced elements that hold ticker symbols.
TICKER_ELEMENTS = frozenset({"tickers", "ticker", "symbol", "issuesymbol"})
_ITEMS = frozenset({"item", "entry"})


@dataclass(frozen=True)
class ItemTags:
    guid: str
    link: str
    tickers: frozenset[str]


def _parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True,
                                huge_tree=False, remove_comments=True, remove_pis=True)


def read_items(data: bytes) -> list[ItemTags]:
    """The ticker tags of every item in document order; [] when the bytes cannot be read at all.

    `data` must have passed monitor.xmlguard.check (no entity can be declared in it).
    """
    try:
        root = lxml.etree.fromstring(data, parser=_parser())
    except lxml.etree.LxmlError as e:
        log.debug("feed tags: the feed XML cannot be read (%s)", e)
        return []
    if root is None:
        return []
    return [_item(el) for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) in _ITEMS]


def _item(el: Any) -> ItemTags:
    guid = link = ""
    tags: list[tuple[str, str]] = []
    found: set[str] = set()
    for child in el.iter():
        if not isinstance(child.tag, str) or child is el:
            continue
        name = _local(child.tag)
        if name in ("guid", "id") and child.getparent() is el:
            guid = guid or (child.text or "").strip()
        elif name == "link" and child.getparent() is el:
            link = link or (child.text or child.get("href") or "").strip()
        elif name == "category":
            tags.append((child.text or child.get("term") or "", child.get("domain") or child.get("scheme") or
                         child.get("type") or ""))
        elif name in TICKER_ELEMENTS and child.tag.startswith("{"):
            found |= list_tickers(child.text or "")
    return ItemTags(guid, link, frozenset(found | category_tickers(tags)))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def tickers_for_entries(entries: Sequence[Any], items: Sequence[ItemTags]) -> list[frozenset[str]]:
    """The raw tags of each feedparser entry: the item with the same guid (or link), else the item
    at the same position when both parsers saw the same number of items, else none."""
    by_key: dict[str, ItemTags] = {}
    for it in items:
        for key in (it.guid, it.link):
            if key:
                by_key.setdefault(key, it)
    same_count = len(items) == len(entries)
    out: list[frozenset[str]] = []
    for i, entry in enumerate(entries):
        keys = [str(entry.get(k) or "").strip() for k in ("id", "link")]
        hit = next((by_key[k] for k in keys if k and k in by_key), None)
        if hit is None and same_count:
            hit = items[i]
        out.append(hit.tickers if hit else frozenset())
    return out
