"""Ticker -> CIK from the SEC's ticker maps, cached on disk and refreshed daily.

Two SEC files feed the table (both at `{edgar.base_url}/files/`):
- `company_tickers.json`: an object keyed "0".."N" of {"cik_str": int, "ticker", "title"};
- `company_tickers_exchange.json`: {"fields": ["cik","name","ticker","exchange"], "data": [[...]]}.
The SEC writes share classes with a dash (`BRK-B`); watchlists often write `BRK.B`: both resolve.
A watch that gives its own `cik` needs no map entry (old tickers such as ALGIE are not in it).
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.domain import WatchTarget
from monitor.settings import EdgarSettings, Watch

if TYPE_CHECKING:
    from monitor.http import Http

log = logging.getLogger(__name__)

MAX_AGE = timedelta(days=1)
FILES = ("company_tickers.json", "company_tickers_exchange.json")
CACHE_VERSION = 1


class TickerMapError(Exception):
    """No ticker map could be fetched and none is cached."""


@dataclass(frozen=True)
class TickerEntry:
    ticker: str  # normalised, e.g. "BRK-B"
    cik: int
    title: str
    exchange: str | None = None


def normalise(ticker: str) -> str:
    """`brk.b`, `BRK/B`, `BRK B` -> `BRK-B` (the SEC's spelling)."""
    return re.sub(r"[./\s]+", "-", ticker.strip().upper())


class TickerTable:
    def __init__(self, entries: Iterable[TickerEntry], fetched_at: datetime | None = None):
        self.fetched_at = fetched_at
        self.entries: list[TickerEntry] = []
        self._by_ticker: dict[str, list[TickerEntry]] = {}
        self._by_cik: dict[int, TickerEntry] = {}
        for e in entries:
            self._add(e)

    def _add(self, e: TickerEntry) -> None:
        same = self._by_ticker.setdefault(e.ticker, [])
        for i, old in enumerate(same):
            if old.cik == e.cik:  # the second file repeats the first: keep the richer row
                if e.exchange and not old.exchange:
                    same[i] = e
                return
        same.append(e)
        self.entries.append(e)
        self._by_cik.setdefault(e.cik, e)

    def __len__(self) -> int:
        return len(self._by_ticker)

    def lookup(self, ticker: str) -> list[TickerEntry]:
        """One entry per distinct CIK carrying `ticker` (several = ambiguous)."""
        return list(self._by_ticker.get(normalise(ticker), []))

    def title_for(self, cik: int) -> str | None:
        e = self._by_cik.get(cik)
        return e.title if e else None

    # ---- (de)serialisation --------------------------------------------------------------------

    @classmethod
    def from_sec(
        cls, company_tickers: Any = None, exchange: Any = None, *, fetched_at: datetime | None = None
    ) -> TickerTable:
        entries = parse_exchange(exchange) if exchange is not None else []
        entries += parse_company_tickers(company_tickers) if company_tickers is not None else []
        return cls(entries, fetched_at)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": CACHE_VERSION,
            "fetched_at": self.fetched_at.isoformat() if self.fetched_at else None,
            "rows": [[e.cik, e.ticker, e.title, e.exchange] for e in self.entries],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TickerTable:
        if data.get("version") != CACHE_VERSION:
            raise ValueError(f"unknown ticker cache version {data.get('version')!r}")
        at = data.get("fetched_at")
        entries = [TickerEntry(ticker=t, cik=int(c), title=n, exchange=x) for c, t, n, x in data["rows"]]
        return cls(entries, datetime.fromisoformat(at) if at else None)


def parse_company_tickers(data: Any) -> list[TickerEntry]:
    """`company_tickers.json`: {"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."}, ...}."""
    rows = data.values() if isinstance(data, dict) else []
    return [
        TickerEntry(normalise(str(r["ticker"])), int(r["cik_str"]), str(r.get("title") or "").strip())
        for r in rows
        if isinstance(r, dict) and r.get("ticker") and str(r.get("cik_str", "")).strip().isdigit()
    ]


def parse_exchange(data: Any) -> list[TickerEntry]:
    """`company_tickers_exchange.json`: {"fields": [...], "data": [[cik, name, ticker, exchange], ...]}."""
    if not isinstance(data, dict):
        return []
    fields = list(data.get("fields") or ["cik", "name", "ticker", "exchange"])
    col = {name: fields.index(name) for name in ("cik", "name", "ticker", "exchange") if name in fields}
    out = []
    for row in data.get("data") or []:
        rec = {name: row[i] if i < len(row) else None for name, i in col.items()}
        cik = str(rec.get("cik", ""))
        if not rec.get("ticker") or not cik.isdigit():
            continue
        out.append(TickerEntry(normalise(str(rec["ticker"])), int(cik), str(rec.get("name") or "").strip(),
                               rec.get("exchange")))
    return out


# ---- the on-disk cache ------------------------------------------------------------------------


class TickerMap:
    """The SEC ticker map behind a JSON cache file (`edgar.ticker_cache`)."""

    def __init__(self, cache_path: str | os.PathLike[str], base_url: str = "https://www.sec.gov",
                 max_age: timedelta = MAX_AGE):
        self.path = Path(cache_path)
        self.base_url = base_url.rstrip("/")
        self.max_age = max_age

    def load(self) -> TickerTable | None:
        """The cached table (offline), or None when there is no usable cache."""
        try:
            return TickerTable.from_json(json.loads(self.path.read_text("utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as e:
            log.warning("ignoring the unreadable ticker cache %s: %s", self.path, e)
            return None

    def is_stale(self, table: TickerTable | None, now: datetime) -> bool:
        return table is None or table.fetched_at is None or now - table.fetched_at >= self.max_age

    def refresh_if_stale(self, http: Http, now: datetime) -> TickerTable:
        """The cached table if younger than a day; else fetch, cache and return the SEC's map.

        When the SEC cannot be reached the stale cache is used; with no cache at all, TickerMapError.
        """
        now = _aware(now)
        cached = self.load()
        if not self.is_stale(cached, now):
            assert cached is not None
            return cached
        try:
            table = self.fetch(http, now)
        except TickerMapError as e:
            if cached is None:
                raise
            log.warning("%s; using the cached ticker map of %s", e, cached.fetched_at)
            return cached
        self.save(table)
        return table

    def fetch(self, http: Http, now: datetime) -> TickerTable:
        from monitor.http import HttpError

        docs: dict[str, Any] = {}
        errors = []
        for name in FILES:
            try:
                docs[name] = http.get(f"{self.base_url}/files/{name}", kind="document").json()
            except (HttpError, ValueError) as e:
                errors.append(f"{name}: {e}")
        table = TickerTable.from_sec(docs.get(FILES[0]), docs.get(FILES[1]), fetched_at=now)
        if not len(table):
            raise TickerMapError("cannot fetch the SEC ticker map: " + "; ".join(errors or ["empty"]))
        for err in errors:  # one of the two files is enough
            log.warning("ticker map: %s", err)
        return table

    def save(self, table: TickerTable) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(table.to_json()), "utf-8")
        os.replace(tmp, self.path)  # atomic: a reader never sees half a file


def load_table(edgar: EdgarSettings, http: Http | None, now: datetime) -> TickerTable:
    """The table for `edgar` settings: refreshed when stale if `http` is given, else the cache."""
    tmap = TickerMap(edgar.ticker_cache, edgar.base_url)
    if http is not None:
        return tmap.refresh_if_stale(http, now)
    table = tmap.load()
    if table is None:
        raise TickerMapError(f"no cached SEC ticker map at {tmap.path}")
    return table


def _aware(now: datetime) -> datetime:
    return now if now.tzinfo else now.replace(tzinfo=UTC)


# ---- resolution -------------------------------------------------------------------------------


def resolve(watches: Sequence[Watch], table: TickerTable | None) -> tuple[list[WatchTarget], list[str]]:
    """Watches -> targets, plus problems as `watch[i].ticker: ...` (the caller prefixes the file).

    A watch's own `cik` wins. An unknown or ambiguous ticker is a problem; its target is still
    returned with cik=None so wire feeds can match it by ticker and name. With `table` None (the map
    could not be loaded, reported by the caller) tickers without a cik stay unresolved silently.
    """
    targets: list[WatchTarget] = []
    problems: list[str] = []
    for i, w in enumerate(watches):
        aliases = tuple(w.aliases)
        if w.cik is not None:
            title = table.title_for(w.cik) if table is not None else None
            targets.append(WatchTarget(w.ticker, w.name or title or w.ticker, w.cik, aliases))
            continue
        hits = table.lookup(w.ticker) if table is not None else []
        if len(hits) == 1:
            targets.append(WatchTarget(w.ticker, w.name or hits[0].title or w.ticker, hits[0].cik, aliases))
            continue
        if table is not None and not hits:
            problems.append(f'watch[{i}].ticker: unknown ticker "{w.ticker}" (not in the SEC ticker map; '
                            "give cik = <the company's CIK> in this watch)")
        elif hits:
            which = ", ".join(f"{h.cik} ({h.title})" for h in hits)
            problems.append(f'watch[{i}].ticker: ambiguous ticker "{w.ticker}": the SEC ticker map gives '
                            f"CIKs {which}; give cik = <one of them> in this watch")
        targets.append(WatchTarget(w.ticker, w.name or w.ticker, None, aliases))
    return targets, problems
