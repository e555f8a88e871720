"""Match newswire items to watched companies: exchange ticker tags, cashtags, feed tags and names.

Pure functions, no I/O. Bare tickers in running text are deliberately NOT matched: symbols such as
"IT", "A", "ON" or "ALL" are ordinary words, and a wire item about a company virtually always carries
an exchange tag ("(NASDAQ: ALGIE)") or names the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from monitor.domain import WatchTarget

# Exchange names as they appear before the colon of a ticker tag, e.g. "(NASDAQ: ALGIE)",
# "NYSE American: XYZ", "(OTCQB: ABCD)", "TSX-V: ABC", GlobeNewswire's "Nasdaq:ALGI" category term.
_EXCHANGES = (
    r"NASDAQ(?:\s*(?:Global\s+Select\s+Market|Global\s+Select|Global\s+Market|Capital\s+Market|GS|GM|CM))?"
    r"|Nasdaq(?:GS|GM|CM)"
    r"|NYSE(?:\s*(?:American|MKT|Arca|Amex))?"
    r"|AMEX"
    r"|OTC\s*(?:QB|QX|BB|Pink|Markets|Bulletin\s+Board)?"
    r"|Pink\s+Sheets"
    r"|TSX(?:\s*Venture(?:\s+Exchange)?|[\s-]?V)?"
    r"|CSE|NEO|Cboe(?:\s+BZX|\s+Canada)?|BATS"
)
# Exchange names are matched case-insensitively ("Nasdaq", "NASDAQ"); the symbol must be upper case.
_TICKER = r"[A-Z][A-Z0-9]{0,5}(?:[.\-/][A-Z0-9]{1,3})?"
TAG_RE = re.compile(rf"(?<![A-Za-z])(?i:{_EXCHANGES})\s*:\s*({_TICKER})(?![A-Za-z0-9])")
CASHTAG_RE = re.compile(rf"(?<![\w$])\$({_TICKER})(?![\w])")

# Legal-form suffixes stripped from names ("American Locker Group Incorporated" is written
# "American Locker Group" in most releases). SEC names also carry state tags such as "/DE/".
_SUFFIX_RE = re.compile(
    r"(?:[\s,]+(?:(?i:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|PLC)"
    r"|N\.V|NV|S\.A|SA|AG|SE|ASA|AB|Oyj)\.?|\s*/[A-Za-z]{2,5}/?)\s*$"
)
_MIN_NAME_CHARS = 4  # shorter keys ("AT", "3M") hit too much unrelated text


def normalize_ticker(ticker: str) -> str:
    """BRK-B, BRK/B and brk.b are one symbol."""
    return re.sub(r"[\-/]", ".", ticker.strip().upper())


def strip_suffixes(name: str) -> str:
    """Drop trailing legal forms and SEC state tags, repeatedly ("Foo Group, Inc. /DE/" -> "Foo Group")."""
    out = " ".join(name.split())
    while True:
        shorter = _SUFFIX_RE.sub("", out).rstrip(" ,")
        if shorter == out or len(shorter) < _MIN_NAME_CHARS:
            return out
        out = shorter


def name_keys(name: str) -> set[str]:
    """The spellings of one name that count as a mention (case-sensitive at match time).

    SEC names are often all capitals ("WOLFSPEED, INC."); releases write "Wolfspeed", so an
    all-capitals name also yields its title-case form.
    """
    keys: set[str] = set()
    for variant in (name, strip_suffixes(name)):
        variant = " ".join(variant.split()).strip(" ,")
        if len(variant) < _MIN_NAME_CHARS:
            continue
        keys.add(variant)
        if variant.isupper() and any(c.isalpha() for c in variant):
            keys.add(variant.title())
    return keys


def tagged_tickers(text: str) -> set[str]:
    """Symbols named by exchange tags or cashtags in `text`, normalized."""
    found = {normalize_ticker(m.group(1)) for m in TAG_RE.finditer(text)}
    found |= {normalize_ticker(m.group(1)) for m in CASHTAG_RE.finditer(text)}
    return found


def category_tickers(tags: Iterable[tuple[str, str]]) -> set[str]:
    """Symbols in feed category tags given as (term, scheme).

    GlobeNewswire: `<category domain="https://www.globenewswire.com/rss/stock">Nasdaq:ALGI</category>`;
    other feeds put "NYSE:XYZ" style terms in plain categories, which the tag pattern reads.
    """
    found: set[str] = set()
    for term, scheme in tags:
        term = term.strip()
        if scheme.rstrip("/").lower().endswith("/stock") and ":" in term:
            found.add(normalize_ticker(term.rsplit(":", 1)[1]))
        else:
            found |= {normalize_ticker(m.group(1)) for m in TAG_RE.finditer(term)}
    return {t for t in found if t}


def list_tickers(value: str) -> set[str]:
    """Nasdaq's `nasdaq:tickers` element: a comma-separated list that may repeat symbols."""
    return {normalize_ticker(t) for t in value.split(",") if t.strip()}


@dataclass(frozen=True)
class Matcher:
    """Looks up which watched companies an item is about. Build once per watchlist."""

    targets: tuple[WatchTarget, ...]
    by_ticker: dict[str, tuple[WatchTarget, ...]] = field(init=False, repr=False)
    by_name: dict[str, tuple[WatchTarget, ...]] = field(init=False, repr=False)
    name_re: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_ticker: dict[str, list[WatchTarget]] = {}
        by_name: dict[str, list[WatchTarget]] = {}
        for t in self.targets:
            by_ticker.setdefault(normalize_ticker(t.ticker), []).append(t)
            for name in (t.name, *t.aliases):
                for key in name_keys(name or ""):
                    by_name.setdefault(key, []).append(t)
        object.__setattr__(self, "by_ticker", {k: tuple(v) for k, v in by_ticker.items()})
        object.__setattr__(self, "by_name", {k: tuple(v) for k, v in by_name.items()})
        object.__setattr__(self, "name_re", _names_pattern(by_name))

    def match(self, text: str, *, tickers: Iterable[str] = ()) -> list[WatchTarget]:
        """Targets named in `text` (tags, cashtags, names) or listed in `tickers` (feed metadata).

        Ordered by ticker, each target once.
        """
        symbols = tagged_tickers(text) | {normalize_ticker(t) for t in tickers}
        hits: dict[str, WatchTarget] = {}
        for sym in symbols:
            for t in self.by_ticker.get(sym, ()):
                hits.setdefault(t.ticker, t)
        if self.name_re is not None:
            for m in self.name_re.finditer(text):
                for t in self.by_name.get(" ".join(m.group(0).split()), ()):
                    hits.setdefault(t.ticker, t)
        return [hits[k] for k in sorted(hits)]


def _names_pattern(by_name: dict[str, list[WatchTarget]]) -> re.Pattern[str] | None:
    """One alternation of every name key, longest first, tolerant of line breaks between words.

    A name must not run on into a word ("Apple" is not in "Applebee's", "Ford" not in "Fordham") or
    into "&" ("Procter" alone is not "Procter&Gamble"); a possessive ("Apple's") still counts.
    """
    if not by_name:
        return None
    keys = sorted(by_name, key=lambda k: (-len(k), k))
    alts = "|".join(r"\s+".join(re.escape(w) for w in k.split()) for k in keys)
    return re.compile(rf"(?<![\w&])(?:{alts})(?![\w&])")
