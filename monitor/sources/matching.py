"""Match newswire items to watched companies: exchange ticker tags, cashtags, feed tags and names.

Pure functions, no I/O. What counts as naming a company (README, "Newswires: matching"):

- Ticker tags: `(NASDAQ: ALGIE)`, `NYSE American: XYZ`, `$ALGIE` in the text, and the tickers the
  feed itself attaches (GlobeNewswire stock categories, `nasdaq:tickers`, `sa:symbol`,
  `ndaq:IssueSymbol`: see monitor/sources/feedtags.py). Exchange prefixes and share-class spellings
  are normalised (`Nasdaq:BRK.B`, `BRK-B`, `BRK/B` are one symbol); a foreign listing written with a
  country suffix (`PNG:CA`) stays distinct from the US symbol. Bare tickers in running text are NOT
  matched: symbols such as "IT", "A", "ON" or "ALL" are ordinary words.
- Names, case-insensitive on word boundaries: the watch's name, the name without its legal form
  (Inc., Corp., Corporation, Company, Co., Ltd., LLC, plc, N.V., S.A., AG ...), then also without a
  trailing Holdings, Group, International, Technologies, Industries, Enterprises or Worldwide, and
  without a leading "The"; and each alias. "PAREXEL International Corporation" is named by
  "Parexel", "General Electric Company" by "General Electric".
- Where a name is only ordinary English words (the SCOWL list in common_words.txt) it is matched with
  care. A single ordinary word ("Target", "Gap", "Apple") is weak: it names the company only together
  with the company's ticker in parentheses ("Target (TGT)") or a stronger mention (a ticker tag, the
  full name), so an apple harvest story is not about Apple Inc. Several ordinary words ("Best Buy",
  "Dollar General") must be written with capitals ("Best Buy", "BEST BUY", not "the best buy").
- A ticker that is the initials of the company's multi-word name ("GE" for General Electric, "IBM"
  for International Business Machines) counts as a name when written in capitals, unless the
  initials are themselves a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

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
_EXCHANGE_RE = re.compile(rf"(?i:{_EXCHANGES})")

# Legal forms stripped from names ("American Locker Group Incorporated" is written "American Locker
# Group" in most releases). SEC names also carry state tags such as "/DE/".
_SUFFIX_RE = re.compile(
    r"(?:[\s,]+(?:(?i:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LP|L\.P|PLC|P\.L\.C"
    r"|GmbH|S\.p\.A|SpA)|N\.V|NV|S\.A|SA|AG|SE|ASA|AB|Oyj)\.?|\s*/[A-Za-z]{2,5}/?)\s*$"
)
# Words that describe the form of a business rather than name it: "PAREXEL International" is "Parexel".
_DESCRIPTOR_RE = re.compile(
    r"[\s,]+(?i:Holdings?|Group|International|Technologies|Industries|Enterprises|Worldwide)\s*$"
)
_LEADING_THE_RE = re.compile(r"^(?i:the)\s+")
_MIN_CASELESS_CHARS = 4  # shorter names ("3M", "BP") match only exactly as written
_WORD_RE = re.compile(r"[A-Za-z]+")
_INITIALS_SKIP = {"and", "of", "the", "&"}


def normalize_ticker(ticker: str) -> str:
    """BRK-B, BRK/B and brk.b are one symbol."""
    return re.sub(r"[\-/]", ".", ticker.strip().upper())


def feed_ticker(value: str) -> str:
    """A ticker as a feed tags it, normalised: `Nasdaq:ALGI` -> ALGI, `AAPL:US` -> AAPL, `BRK-B` ->
    BRK.B; a foreign listing keeps its country suffix (`PNG:CA`), so it never matches a US symbol."""
    value = value.strip()
    if ":" in value:
        left, right = (p.strip() for p in value.split(":", 1))
        if _EXCHANGE_RE.fullmatch(left):
            value = right  # a US or Canadian exchange prefix
        elif right.upper() == "US":
            value = left  # Seeking Alpha-style country suffix
        elif len(right) == 2 and right.isalpha():
            return f"{normalize_ticker(left)}:{right.upper()}"  # a foreign listing: kept distinct
        else:
            value = right  # another exchange prefix ("LSE:BARC")
    return normalize_ticker(value) if re.fullmatch(r"[A-Za-z0-9.\-/]{1,12}", value) else ""


def strip_suffixes(name: str) -> str:
    """Drop trailing legal forms and SEC state tags, repeatedly ("Foo Group, Inc. /DE/" -> "Foo Group")."""
    return _strip(" ".join(name.split()), _SUFFIX_RE)


def strip_descriptors(name: str) -> str:
    """Also drop trailing Holdings, Group, International ... ("PAREXEL International" -> "PAREXEL")."""
    return _strip(strip_suffixes(name), _DESCRIPTOR_RE)


def _strip(name: str, pattern: re.Pattern[str]) -> str:
    out = name
    while True:
        shorter = pattern.sub("", out).rstrip(" ,")
        if shorter == out or not _WORD_RE.search(shorter) or len(shorter) < 2:
            return out
        out = shorter


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words, lower case (common_words.txt, shipped with the package)."""
    text = resources.files("monitor.sources").joinpath("common_words.txt").read_text("utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def is_ordinary(name: str) -> bool:
    """Every word of `name` is an ordinary English word ("Target", "Best Buy"; not "Parexel")."""
    words = [w.strip(".,'\"").lower() for w in name.replace("&", " ").split()]
    return bool(words) and all(w in common_words() for w in words)


@dataclass(frozen=True)
class NameKey:
    text: str  # as the watch writes it, spaces normalised
    weak: bool = False  # one ordinary word: counts only together with the company's ticker
    rule: str = "caseless"  # "caseless" | "capitals" (each word capitalised) | "exact"

    def pattern(self) -> str:
        """The regex of this key; a trailing comma or full stop of a word is optional ("Gap, Inc."
        is also "Gap Inc")."""
        parts = []
        for word in self.text.split():
            core = word.rstrip(".,") or word
            tail = "[.,]*" if core != word else ""
            if self.rule == "exact":
                parts.append(re.escape(core) + tail)
            elif self.rule == "capitals":
                rest = f"(?i:{re.escape(core[1:])})" if core[1:] else ""
                parts.append(re.escape(core[0].upper()) + rest + tail)
            else:
                parts.append(f"(?i:{re.escape(core)})" + tail)
        return r"\s+".join(parts)


def name_keys(name: str) -> list[NameKey]:
    """The spellings of one name (or alias) that count as a mention, each with its matching rule."""
    name = " ".join(name.split()).strip(" ,")
    variants = [name, strip_suffixes(name), strip_descriptors(name)]
    variants += [_LEADING_THE_RE.sub("", v) for v in variants]
    keys: dict[str, NameKey] = {}
    for v in variants:
        v = v.strip(" ,")
        if not v or not _WORD_RE.search(v) or v.lower() in keys:
            continue
        keys[v.lower()] = _key(v)
    return list(keys.values())


def _key(text: str) -> NameKey:
    core = _LEADING_THE_RE.sub("", text)  # "The Gap" is as weak as "Gap"
    weak = len(core.split()) == 1 and is_ordinary(core)
    if len(text) < _MIN_CASELESS_CHARS:
        return NameKey(text, weak=weak, rule="exact")
    return NameKey(text, weak=weak, rule="capitals" if is_ordinary(text) else "caseless")


def initials_key(target: WatchTarget) -> NameKey | None:
    """The ticker as a name when it is the initials of the company's multi-word name ("GE")."""
    symbol = target.ticker.strip().upper()
    if not symbol.isalpha() or not 2 <= len(symbol) <= 5 or symbol.lower() in common_words():
        return None
    for name in (target.name, *target.aliases):
        for variant in {strip_suffixes(name or ""), strip_descriptors(name or "")}:
            words = [w for w in re.split(r"[\s\-]+", variant) if w and w.lower() not in _INITIALS_SKIP]
            if len(words) >= 2 and "".join(w[0] for w in words).upper() == symbol:
                return NameKey(symbol, rule="exact")
    return None


def tagged_tickers(text: str) -> set[str]:
    """Symbols named by exchange tags or cashtags in `text`, normalized."""
    found = {normalize_ticker(m.group(1)) for m in TAG_RE.finditer(text)}
    found |= {normalize_ticker(m.group(1)) for m in CASHTAG_RE.finditer(text)}
    return found


def category_tickers(tags: Iterable[tuple[str, str]]) -> set[str]:
    """Symbols in feed category tags given as (term, scheme).

    GlobeNewswire: `<category domain="https://www.globenewswire.com/rss/stock">Nasdaq:ALGI</category>`;
    Seeking Alpha's symbol categories (`domain=".../symbol/XXX"`); other feeds put "NYSE:XYZ" style
    terms in plain categories, which the tag pattern reads.
    """
    found: set[str] = set()
    for term, scheme in tags:
        term, scheme = term.strip(), scheme.strip().rstrip("/").lower()
        if scheme.endswith("/stock") or "/symbol/" in scheme + "/" or scheme == "symbol":
            found.add(feed_ticker(term))
        else:
            found |= {normalize_ticker(m.group(1)) for m in TAG_RE.finditer(term)}
    return {t for t in found if t}


def list_tickers(value: str) -> set[str]:
    """A ticker element's text: one symbol, or a comma-separated list that may repeat symbols
    (Nasdaq's `nasdaq:tickers` "AAPL,FB,AAPL,FB")."""
    return {t for t in (feed_ticker(v) for v in value.split(",")) if t}


@dataclass(frozen=True)
class Matcher:
    """Looks up which watched companies an item is about. Build once per watchlist."""

    targets: tuple[WatchTarget, ...]
    by_ticker: dict[str, tuple[WatchTarget, ...]] = field(init=False, repr=False)
    by_name: dict[str, tuple[tuple[WatchTarget, bool], ...]] = field(init=False, repr=False)
    name_re: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_ticker: dict[str, list[WatchTarget]] = {}
        by_name: dict[str, list[tuple[WatchTarget, bool]]] = {}
        patterns: dict[str, str] = {}
        for t in self.targets:
            by_ticker.setdefault(normalize_ticker(t.ticker), []).append(t)
            keys = [k for name in (t.name, *t.aliases) for k in _keys_of(name or "", t)]
            initials = initials_key(t)
            for key in [*keys, *([initials] if initials else [])]:
                by_name.setdefault(_fold(key.text), []).append((t, key.weak))
                patterns.setdefault(f"{key.rule}|{key.text}", key.pattern())
        object.__setattr__(self, "by_ticker", {k: tuple(v) for k, v in by_ticker.items()})
        object.__setattr__(self, "by_name", {k: tuple(v) for k, v in by_name.items()})
        object.__setattr__(self, "name_re", _names_pattern(patterns))

    def match(self, text: str, *, tickers: Iterable[str] = ()) -> list[WatchTarget]:
        """Targets named in `text` (tags, cashtags, names) or listed in `tickers` (feed metadata).

        Ordered by ticker, each target once.
        """
        symbols = tagged_tickers(text) | {normalize_ticker(t) for t in tickers}
        hits: dict[str, WatchTarget] = {}
        for sym in symbols:
            for t in self.by_ticker.get(sym, ()):
                hits.setdefault(t.ticker, t)
        weak: dict[str, WatchTarget] = {}
        if self.name_re is not None:
            for m in self.name_re.finditer(text):
                for t, is_weak in self.by_name.get(_fold(m.group(0)), ()):
                    (weak if is_weak else hits).setdefault(t.ticker, t)
        for ticker, t in weak.items():
            if ticker not in hits and _parenthesized(t.ticker, text):
                hits[ticker] = t
        return [hits[k] for k in sorted(hits)]


def _keys_of(name: str, target: WatchTarget) -> list[NameKey]:
    """A name that is only the ticker (a watch without a name) matches as written, like a tag would."""
    if normalize_ticker(name) == normalize_ticker(target.ticker):
        return [NameKey(name.strip(), weak=is_ordinary(name), rule="exact")] if name.strip() else []
    return name_keys(name)


def _fold(text: str) -> str:
    """The lookup form of a name or a matched span: lower case, single spaces, no trailing ".,"."""
    return " ".join(w.rstrip(".,") or w for w in text.split()).lower()


def _parenthesized(ticker: str, text: str) -> bool:
    """`(TGT)`: the bare ticker in parentheses, as headlines write it after the name."""
    symbol = r"[.\-/]".join(re.escape(p) for p in re.split(r"[.\-/]", ticker.upper()))
    return re.search(rf"\(\s*{symbol}\s*\)", text) is not None


def _names_pattern(patterns: dict[str, str]) -> re.Pattern[str] | None:
    """One alternation of every name key, longest first, tolerant of line breaks between words.

    A name must not run on into a word ("Apple" is not in "Applebee's", "Ford" not in "Fordham") or
    into "&" ("Procter" alone is not "Procter&Gamble"); a possessive ("Apple's") still counts.
    """
    if not patterns:
        return None
    ordered = sorted(patterns.items(), key=lambda kv: (-len(kv[0].split("|", 1)[1]), kv[0]))
    alts = "|".join(p for _, p in ordered)
    return re.compile(rf"(?<![\w&])(?:{alts})(?![\w&])")
