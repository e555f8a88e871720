"""Newswire source: RSS/Atom feeds (per-company templates or category feeds) matched to the watchlist.

One WireSource per `[[wire]]` feed. `discover` fetches every URL of the feed with a conditional GET
(the ETag / Last-Modified of each URL live in the cursor), parses the BYTES with feedparser (it must
never fetch: it has no timeout) and turns items about watched companies into Refs. `fetch` turns a Ref
into a Release, following the item's link when the feed carries only a headline or a summary.

A bad URL among several is reported in `Discovery.errors` and the others still count; only when every
URL of the feed fails is the poll a failure (`SourceError`).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import logging
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import feedparser
import trafilatura

from monitor import text as text_mod
from monitor import xmlguard
from monitor.domain import Discovery, Ref, Release, WatchTarget, content_hash
from monitor.http import Http, HttpError, Response
from monitor.settings import WireFeed
from monitor.sources import feedtags
from monitor.sources.base import SourceError
from monitor.sources.matching import Matcher, category_tickers, list_tickers

log = logging.getLogger(__name__)

SPREAD = 0.8  # share of the poll interval over which a per-watch feed spreads its requests
BODY_MIN_CHARS = 1500  # an item text at least this long is the release itself, not a teaser
_PLACEHOLDER_RE = re.compile(r"\{(ticker|cik|name)\}")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}
# Benign bozo reasons: the feed parsed fine, only its declared encoding or content type was off.
_BENIGN_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_SECRET_PARAM_RE = re.compile(r"token|key|secret|sig|auth|pass|session", re.IGNORECASE)


class FeedProblem(Exception):
    """One URL of a feed could not be read. `transient`: a later poll may succeed."""

    def __init__(self, message: str, *, transient: bool = True):
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class FeedUrl:
    url: str
    target: WatchTarget | None  # the company a per-watch URL was expanded for; None: category feed


@dataclass(frozen=True)
class Item:
    """The parts of one feed entry the monitor uses, as plain text."""

    base_uid: str
    title: str
    link: str
    summary: str
    content: str
    published_at: datetime | None
    meta_tickers: frozenset[str]  # from feed metadata: stock categories, nasdaq:tickers, sa:symbol ...
    issuers: tuple[str, ...] = ()  # dc:creator / dc:contributor / Atom author: often the issuer's name

    @property
    def fingerprint(self) -> str:
        # Plain text, not markup: a feed that reshuffles tracking attributes is not a new version.
        return content_hash(f"{self.title}\n{self.summary}\n{self.content}")

    @property
    def match_text(self) -> str:
        return "\n".join(p for p in (self.title, self.summary, self.content, *self.issuers) if p)


class WireSource:
    """A Source for one `[[wire]]` feed (see monitor/sources/base.py)."""

    def __init__(self, http: Http, feed: WireFeed, targets: list[WatchTarget], *, spread: bool = False):
        """`spread` (the daemon): a per-watch feed spreads its requests over SPREAD of its interval."""
        self.http = http
        self.feed = feed
        self.name = f"wire:{feed.name}"
        self.interval_seconds = float(feed.poll_seconds)
        self.matcher = Matcher(tuple(targets))
        self.urls = expand_urls(feed, targets)
        many = spread and feed.per_watch and len(self.urls) > 1
        self._spread = feed.poll_seconds * SPREAD / len(self.urls) if many else 0.0
        self._watch_digest = _digest(sorted(f"{t.ticker}|{t.name}|{'|'.join(t.aliases)}" for t in targets))

    # ---- discover ------------------------------------------------------------------------------

    def discover(self, cursor: str) -> Discovery:
        validators = self._load_cursor(cursor)
        kept: dict[str, dict[str, str]] = {}
        found: list[tuple[Item, WatchTarget]] = []
        errors: list[FeedProblem] = []
        for i, feed_url in enumerate(self.urls):
            if not self.http.pace(feed_url.url, self._spread if i else 0.0):  # per-host rate, spread
                kept.update({u.url: validators[u.url] for u in self.urls[i:] if u.url in validators})
                break  # the process is stopping
            previous = validators.get(feed_url.url, {})
            try:
                items, current = self._poll_url(feed_url.url, previous)
            except FeedProblem as e:
                log.warning("%s: %s", self.name, e)
                errors.append(e)
                if previous:
                    kept[feed_url.url] = previous
                continue
            if current:
                kept[feed_url.url] = current
            found += [(item, t) for item in items for t in self._targets_for(item, feed_url)]
        if self.urls and len(errors) == len(self.urls):
            detail = str(errors[0]) if len(errors) == 1 else f"all {len(errors)} URLs failed; first: {errors[0]}"
            raise SourceError(f"{self.name}: {detail}", transient=any(e.transient for e in errors))
        new_cursor = json.dumps({"watch": self._watch_digest, "urls": kept}, sort_keys=True)
        return Discovery(refs=tuple(self._refs(found)), cursor=new_cursor, errors=tuple(map(str, errors)))

    def _load_cursor(self, cursor: str) -> dict[str, dict[str, str]]:
        """Stored validators per URL; dropped when the watchlist changed, because a 304 would then hide
        items of a newly watched company that are already in the feed."""
        try:
            data = json.loads(cursor) if cursor else {}
        except ValueError:
            log.info("%s: unreadable cursor, starting without validators", self.name)
            return {}
        if not isinstance(data, dict) or data.get("watch") != self._watch_digest:
            return {}
        urls = data.get("urls")
        return urls if isinstance(urls, dict) else {}

    def _poll_url(self, url: str, previous: dict[str, str]) -> tuple[list[Item], dict[str, str]]:
        shown = display_url(url)
        try:
            resp = self.http.get(
                url, kind="feed", etag=previous.get("etag"), last_modified=previous.get("last_modified")
            )
        except HttpError as e:
            raise FeedProblem(f"{shown}: {_masked(e, url)}", transient=e.transient) from None
        if resp.status == 304:
            log.debug("%s: %s not modified", self.name, shown)
            return [], previous
        if not 200 <= resp.status < 300:
            raise FeedProblem(f"{shown}: HTTP {resp.status}", transient=resp.status >= 500 or resp.status == 429)
        entries, data = parse_feed_document(resp.content, content_type=_header(resp, "content-type"), url=url)
        if not entries:
            log.debug("%s: %s: the feed has no items", self.name, shown)
        current = {k: v for k, v in (("etag", resp.etag), ("last_modified", resp.last_modified)) if v}
        raw = feedtags.tickers_for_entries(entries, feedtags.read_items(data))
        return [item_from_entry(e, tickers) for e, tickers in zip(entries, raw, strict=True)], current

    def _targets_for(self, item: Item, feed_url: FeedUrl) -> list[WatchTarget]:
        if feed_url.target is not None:
            return [feed_url.target]  # a per-company feed is about its company by construction
        return self.matcher.match(item.match_text, tickers=item.meta_tickers)

    def _refs(self, found: list[tuple[Item, WatchTarget]]) -> list[Ref]:
        """One Ref per (item, company). The store keys releases by (source, uid), so an item about two
        watched companies (a merger, an article in two per-ticker feeds) gets `uid#TICKER` for each."""
        tickers_by_uid: dict[str, set[str]] = {}
        for item, target in found:
            tickers_by_uid.setdefault(item.base_uid, set()).add(target.ticker)
        refs: dict[tuple[str, str], Ref] = {}
        for item, target in found:
            shared = len(tickers_by_uid[item.base_uid]) > 1
            uid = f"{item.base_uid}#{target.ticker}" if shared else item.base_uid
            refs.setdefault((uid, target.ticker), self._ref(item, target, uid))
        return list(refs.values())

    def _ref(self, item: Item, target: WatchTarget, uid: str) -> Ref:
        extra = [("summary", item.summary)]
        if item.content:
            extra.append(("content", item.content))
        return Ref(
            source=self.name,
            uid=uid,
            ticker=target.ticker,
            fingerprint=item.fingerprint,
            url=item.link,
            title=item.title,
            published_at=item.published_at,
            cik=target.cik,
            extra=tuple(extra),
        )

    # ---- fetch ---------------------------------------------------------------------------------

    def fetch(self, ref: Ref) -> Release:
        summary, content = ref.get("summary"), ref.get("content")
        body = content if len(content) >= len(summary) else summary
        complete = True
        if len(body) < BODY_MIN_CHARS and self.feed.fetch_pages and ref.url:
            page, complete = self._page_text(ref, have_fallback=bool(body))
            if len(page) > len(body):
                body = page
        return ref.release(f"{ref.title}\n\n{body}".strip(), complete=complete)

    def _page_text(self, ref: Ref, *, have_fallback: bool) -> tuple[str, bool]:
        """The release text from the item's web page, and whether that is final.

        Not final (documents_complete=False, so the pipeline tries again later) when the failure may
        pass, or when there is nothing but the headline to keep meanwhile.
        """
        shown = display_url(ref.url)
        try:
            resp = self.http.get(ref.url, kind="document")
        except HttpError as e:
            log.warning("%s: cannot fetch page %s (%s); keeping the feed summary", self.name, shown, _masked(e, ref.url))
            return "", not e.transient and have_fallback
        if not 200 <= resp.status < 300:
            log.warning("%s: page %s answered HTTP %s; keeping the feed summary", self.name, shown, resp.status)
            return "", have_fallback and resp.status < 500
        text = page_text(resp.content, content_type=_header(resp, "content-type"), url=resp.url or ref.url)
        if ref.title and text.startswith(ref.title):
            text = text[len(ref.title):].lstrip()  # the page's <h1>; the Release puts the title first itself
        if not text:
            log.warning("%s: no text found in page %s; keeping the feed summary", self.name, shown)
        return text, True


# ---- URLs --------------------------------------------------------------------------------------


def expand_urls(feed: WireFeed, targets: Iterable[WatchTarget]) -> list[FeedUrl]:
    """The URLs one poll reads: the feed URL itself, or one per watched company for per-watch feeds."""
    if not feed.per_watch or not _PLACEHOLDER_RE.search(feed.url):
        if feed.per_watch:
            log.warning("wire:%s: per_watch without {ticker}/{cik}/{name}; matching items by content", feed.name)
        return [FeedUrl(feed.url, None)]
    out: dict[str, FeedUrl] = {}
    for t in targets:
        if "{cik}" in feed.url and t.cik is None:
            log.info("wire:%s: %s has no CIK, skipped for this {cik} feed", feed.name, t.ticker)
            continue
        url = fill_template(feed.url, t)
        out.setdefault(url, FeedUrl(url, t))
    return list(out.values())


def fill_template(url: str, target: WatchTarget) -> str:
    """`{ticker}`, `{cik}` (unpadded) and `{name}` replaced, URL-quoted, in a per-watch feed URL."""
    values = {"ticker": target.ticker, "cik": str(target.cik or ""), "name": target.name or target.ticker}
    return _PLACEHOLDER_RE.sub(lambda m: quote(values[m.group(1)], safe=""), url)


def display_url(url: str) -> str:
    """The URL for logs and errors, with credentials and secret-looking query values masked."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = [(k, "***" if _SECRET_PARAM_RE.search(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="{}*:,"), ""))


# ---- parsing -----------------------------------------------------------------------------------


def parse_feed(data: bytes, *, content_type: str = "", url: str = "") -> list[Any]:
    """Feed entries from response bytes, or FeedProblem when the bytes are not a usable feed."""
    return parse_feed_document(data, content_type=content_type, url=url)[0]


def parse_feed_document(data: bytes, *, content_type: str = "", url: str = "") -> tuple[list[Any], bytes]:
    """Feed entries, and the bytes they were parsed from after the XML guard (see monitor.xmlguard)."""
    try:
        checked = xmlguard.check(data)
    except xmlguard.XmlRefused as e:
        raise FeedProblem(f"{display_url(url)}: {e}", transient=False) from None
    data = checked.data
    root = root_element(data)
    ct = content_type.split(";")[0].strip().lower()
    if root == "html" or (root not in _FEED_ROOTS and "html" in ct):
        raise FeedProblem(f"{display_url(url)}: not a feed: an HTML page (content-type {ct or 'none'})")
    # A document the guard turned into UTF-8 must not be read with the charset the server named.
    declared = f"{ct or 'application/xml'}; charset=utf-8" if checked.transcoded else content_type
    headers = {"content-type": declared or "application/xml", "content-location": url}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    entries = list(parsed.get("entries", []))
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not entries:
        reason = f"root element <{root}>" if root else "no XML root element"
        raise FeedProblem(f"{display_url(url)}: not a feed ({reason}, content-type {ct or 'none'})")
    if problem is not None and not isinstance(problem, _BENIGN_BOZO):
        if not entries:
            raise FeedProblem(f"{display_url(url)}: malformed feed: {problem}")
        log.warning("%s: malformed feed, keeping the %d items recovered: %s", display_url(url), len(entries), problem)
    elif problem is not None:
        log.info("%s: %s", display_url(url), problem)
    return entries, data


_PROLOG_RE = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w:.\-]*)",
    re.DOTALL | re.IGNORECASE,
)


def root_element(data: bytes) -> str | None:
    """The name of the document's first element, lower case ("rss", "feed", "html"), if any."""
    m = _PROLOG_RE.match(data[:65536])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def item_from_entry(entry: Any, raw_tickers: frozenset[str] = frozenset()) -> Item:
    """The item of a feedparser entry; `raw_tickers`: its tags read from the raw XML (feedtags)."""
    title = html_to_text(entry.get("title", ""))
    summary = html_to_text(entry.get("summary", ""))
    contents = [html_to_text(c.get("value", "")) for c in entry.get("content", []) or []]
    content = max(contents, key=len, default="")
    if content == summary:
        content = ""  # feedparser copies an Atom <content> into summary when there is no <summary>
    link = (entry.get("link") or "").strip()
    guid = (entry.get("id") or "").strip()
    base_uid = guid or link or content_hash(f"{title}\n{summary}\n{content}")
    tags = [((t.get("term") or ""), (t.get("scheme") or "")) for t in entry.get("tags", []) or []]
    meta = category_tickers(tags) | list_tickers(entry.get("nasdaq_tickers", "") or "") | raw_tickers
    people = [entry.get("author_detail") or {}, *(entry.get("contributors") or [])]
    issuers = tuple(dict.fromkeys(n for n in (html_to_text(p.get("name") or "") for p in people) if n))
    return Item(base_uid, title, link, summary, content, _published(entry), frozenset(meta), issuers)


def _published(entry: Any) -> datetime | None:
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=UTC)  # feedparser normalizes to UTC


# ---- text --------------------------------------------------------------------------------------

_MARKUP_RE = re.compile(r"<[A-Za-z/!]")


def html_to_text(value: str) -> str:
    """An item field (HTML or plain text) as plain text: block elements become line breaks."""
    if not value or not value.strip():
        return ""
    if _MARKUP_RE.search(value):
        return tidy(text_mod.html_to_text(f"<div>{value}</div>"))
    return tidy(html.unescape(value))  # plain text keeps its line breaks


def tidy(text: str) -> str:
    """Spaces collapsed within lines, at most one blank line in a row; line breaks kept."""
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "").split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def page_text(data: bytes, *, content_type: str = "", url: str = "") -> str:
    """The release text of a web page.

    trafilatura rather than a plain HTML-to-text pass: wire and portal pages (Yahoo, Nasdaq,
    GlobeNewswire) wrap a release in navigation, share bars, related-story lists and cookie notices,
    which would end up in the text, and then in alerts and the story matching; trafilatura keeps the
    main content, is well maintained, and `favor_recall` keeps short releases whole. When it finds
    nothing (unusual layout, not HTML at all), the generic extractor of monitor.text takes over.
    """
    ct = content_type.split(";")[0].strip().lower()
    if ct and "html" not in ct and "xml" not in ct:
        return _extract_generic(data, ct, url)
    try:
        text = trafilatura.extract(
            data, url=url or None, favor_recall=True, include_comments=False, include_tables=True,
            deduplicate=False,
        )
    except Exception as e:  # noqa: BLE001 - a third-party parser failing must not lose the item
        log.info("%s: trafilatura failed (%s); using the generic extractor", display_url(url), e)
        text = None
    return tidy(text) if text else _extract_generic(data, ct or "text/html", url)


def _extract_generic(data: bytes, content_type: str, url: str) -> str:
    try:
        return text_mod.extract_text(data, content_type=content_type or None).strip()
    except Exception as e:  # noqa: BLE001 - see page_text
        log.warning("%s: no text could be extracted (%s)", display_url(url), e)
        return ""


def _masked(error: Exception, url: str) -> str:
    """The error message without the raw URL, which may carry a feed token: monitor.http names the
    URL, and urllib3 repeats its path and query ("Max retries exceeded with url: /rss?token=...")."""
    message = str(error).replace(f"GET {url}: ", "").replace(url, display_url(url))
    raw, shown = urlsplit(url), urlsplit(display_url(url))
    if raw.query:
        message = message.replace(f"{raw.path}?{raw.query}", f"{shown.path}?{shown.query}")
    return message


def _header(resp: Response, name: str) -> str:
    for key, value in (resp.headers or {}).items():
        if key.lower() == name:
            return str(value)
    return ""


def _digest(parts: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
