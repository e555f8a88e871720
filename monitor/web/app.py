"""The Starlette application: routes, query parameters, error pages. Every page is a GET.

Each handler is a plain `def`: Starlette runs it in its thread pool, where it reads the store through
a read-only engine (monitor.web.queries) and hands plain values to a Jinja2 template (autoescape on
for every template, StrictUndefined so a misspelt name fails loudly in tests instead of rendering
blank). Query parameters are checked here: a bad value, an unknown name or a repeated one is a 400
that names it; an unknown path, ticker or id is a 404 page.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from monitor.alerts import compose
from monitor.domain import KINDS, SOURCE_HEALTH
from monitor.settings import Settings
from monitor.web import queries as q
from monitor.web import render
from monitor.web.security import Guard, SecurityHeaders, login_routes

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
TICKER = re.compile(r"[A-Z0-9][A-Z0-9.\-]{0,9}")
MAX_PAGE = 100_000
MAX_ID = 2**63 - 1
API_MAX_LIMIT = 500


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name: release texts are untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(fmt_time=render.fmt_time, iso=render.iso, css=render.css_name,
                       materiality=compose.materiality_text, details=compose.facts_text)
    return Jinja2Templates(env=env)


# ---- query parameters -----------------------------------------------------------------------------


class Params:
    """The request's query parameters, each given at most once and only those the page knows."""

    def __init__(self, request: Request, allowed: Sequence[str]):
        for name in request.query_params:
            if name not in allowed:
                known = ", ".join(allowed) or "none"
                raise HTTPException(400, f"unknown query parameter {name!r} (this page takes: {known})")
            if len(request.query_params.getlist(name)) > 1:
                raise HTTPException(400, f"query parameter {name!r} given more than once")
        self.values = {k: v.strip() for k, v in request.query_params.items() if v.strip()}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def integer(self, name: str, default: int, lo: int, hi: int) -> int:
        raw = self.get(name)
        if raw is None:
            return default
        if not raw.isdigit() or not lo <= int(raw) <= hi:
            raise HTTPException(400, f"{name}: expected a whole number from {lo} to {hi}, got {raw!r}")
        return int(raw)

    def day(self, name: str) -> date | None:
        raw = self.get(name)
        if raw is None:
            return None
        try:
            return date.fromisoformat(raw) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else _bad_date(name, raw)
        except ValueError:
            return _bad_date(name, raw)


def _bad_date(name: str, raw: str) -> date:
    raise HTTPException(400, f"{name}: not a date (YYYY-MM-DD): {raw!r}")


FILTERS = ("kind", "ticker", "since", "until")


def alert_kinds() -> list[str]:
    return [*KINDS, SOURCE_HEALTH]


def alert_filter(p: Params) -> q.AlertFilter:
    kind, ticker = p.get("kind"), p.get("ticker")
    if kind is not None and kind not in alert_kinds():
        raise HTTPException(400, f"kind: unknown kind {kind!r} (one of: {', '.join(alert_kinds())})")
    if ticker is not None:
        ticker = ticker.upper()
        if not TICKER.fullmatch(ticker):
            raise HTTPException(400, f"ticker: not a ticker symbol: {ticker!r}")
    since, until = p.day("since"), p.day("until")
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return q.AlertFilter(kind=kind, ticker=ticker, since=_et_midnight(since),
                         until=_et_midnight(until + timedelta(days=1)) if until else None)


def _et_midnight(day: date | None) -> datetime | None:
    """Dates are US Eastern days, like the times on the pages."""
    return datetime.combine(day, time(0), compose.EASTERN).astimezone(UTC) if day else None


def _query(values: dict[str, str], **changes: Any) -> str:
    merged = {**values, **{k: str(v) for k, v in changes.items() if v is not None}}
    merged = {k: v for k, v in merged.items() if v and not (k == "page" and v == "1")}
    return "?" + urlencode(merged) if merged else ""


# ---- the application ------------------------------------------------------------------------------


@dataclass
class Site:
    """What every handler needs: the settings, the read-only engine, the templates and the clock."""

    settings: Settings
    engine: Engine
    tpl: Jinja2Templates
    now: Callable[[], datetime]

    def page(self, request: Request, name: str, code: int = 200, **context: Any) -> Response:
        return self.tpl.TemplateResponse(request, name, context, status_code=code)

    @property
    def page_size(self) -> int:
        return self.settings.web.page_size


def create_app(
    settings: Settings,
    engine: Engine,
    *,
    token: str | None = None,
    allowed_hosts: Sequence[str] | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Starlette:
    """The site. `token`: require it (bearer header or login cookie). `allowed_hosts`: Host header
    names served (None: any)."""
    site = Site(settings, engine, templates(), now)

    def bind(handler: Callable[[Site, Request], Response]) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            return handler(site, request)

        return endpoint

    routes = [
        Route("/", bind(overview)),
        Route("/company/{ticker}", bind(company)),
        Route("/alert/{alert_id:int}", bind(alert)),
        Route("/release/{release_id:int}", bind(release)),
        Route("/feed.atom", bind(feed)),
        Route("/api/alerts", bind(api_alerts)),
        *login_routes(site.page, token),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(Guard, token=token, allowed_hosts=allowed_hosts, login_page=site.page),
    ]
    handlers: dict[Any, Callable[..., Any]] = {
        HTTPException: lambda r, e: error_response(site, r, e.status_code, str(e.detail)),
        sa.exc.OperationalError: lambda r, e: _unavailable(site, r, e),
        sa.exc.InterfaceError: lambda r, e: _unavailable(site, r, e),
    }
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


def error_response(site: Site, request: Request, status: int, message: str) -> Response:
    """404/400/...: JSON for the API, text for the feed, a page otherwise."""
    if status == 404 and message in ("", "Not Found"):
        message = f"nothing here: {request.url.path}"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    if request.url.path == "/feed.atom":
        return PlainTextResponse(message + "\n", status_code=status)
    return site.page(request, "error.html", status, status=status, message=message)


def _unavailable(site: Site, request: Request, e: Exception) -> Response:
    log.warning("store unavailable for %s: %s", request.url.path, e)
    return error_response(site, request, 503, "the store cannot be read right now; try again shortly")


# ---- pages ----------------------------------------------------------------------------------------


def overview(site: Site, request: Request) -> Response:
    p = Params(request, (*FILTERS, "page"))
    flt, page = alert_filter(p), p.integer("page", 1, 1, MAX_PAGE)
    size = site.page_size
    with site.engine.connect() as conn:
        alerts = q.list_alerts(conn, flt, limit=size + 1, offset=(page - 1) * size)
        states = q.source_states(conn)
    s = site.settings
    intervals = {"edgar": float(s.edgar.poll_seconds), **{f"wire:{w.name}": float(w.poll_seconds) for w in s.wire}}
    health = render.source_health(states, intervals, s.daemon.stale_after_intervals, site.now())
    values = {k: v for k, v in p.values.items() if k in FILTERS}
    return site.page(
        request, "index.html", alerts=alerts[:size], health=health, kinds=alert_kinds(), filters=values, page=page,
        newer=_query(values, page=page - 1) if page > 1 else None,
        older=_query(values, page=page + 1) if len(alerts) > size else None,
        feed=_query(values),
    )


@dataclass(frozen=True)
class TimelineItem:
    time: datetime
    alert: q.AlertView | None = None
    release: q.ReleaseMeta | None = None


def company(site: Site, request: Request) -> Response:
    ticker = str(request.path_params["ticker"]).upper()
    page = Params(request, ("page",)).integer("page", 1, 1, MAX_PAGE)
    size = site.page_size
    with site.engine.connect() as conn:
        found = q.company_by_ticker(conn, ticker) if TICKER.fullmatch(ticker) else None
        if found is None:
            raise HTTPException(404, f"no company {ticker!r} in the store")
        alerts = q.list_alerts(conn, q.AlertFilter(ticker=ticker), limit=q.MAX_ALERTS_PER_COMPANY)
        skip = 1 if page > 1 else 0  # the previous page's last release: where this page starts
        releases = q.company_releases(conn, found.id, limit=size + 1 + skip, offset=(page - 1) * size - skip)
        times = q.release_times(conn, found.id)
    upper = releases.pop(0).time if skip and releases else None
    more = len(releases) > size
    releases = releases[:size]
    lower = releases[-1].time if more and releases else None
    items = [TimelineItem(a.event_time, alert=a) for a in alerts
             if (lower is None or a.event_time >= lower) and (upper is None or a.event_time < upper)]
    items += [TimelineItem(r.time, release=r) for r in releases]
    items.sort(key=lambda i: (i.time, i.alert is not None), reverse=True)
    return site.page(
        request, "company.html", company=found, items=items, chart=render.timeline_chart(alerts, times),
        alert_count=len(alerts), release_count=len(times), page=page,
        newer=_query({}, page=page - 1) if page > 1 else None, older=_query({}, page=page + 1) if more else None,
    )


def _id(request: Request, name: str) -> int:
    value = int(request.path_params[name])
    if value > MAX_ID:
        raise HTTPException(404, f"no such id: {value}")
    return value


def alert(site: Site, request: Request) -> Response:
    Params(request, ())
    alert_id = _id(request, "alert_id")
    with site.engine.connect() as conn:
        detail = q.alert_detail(conn, alert_id)
    if detail is None:
        raise HTTPException(404, f"no alert {alert_id}")
    msg, finding = detail.alert.msg, detail.finding
    context = render.evidence_in_context(detail.text, finding) if finding else None
    types = {c.name: c.type for c in site.settings.channel}
    return site.page(
        request, "alert.html", d=detail, msg=msg, finding=finding, context=context,
        renderings=render.renderings(msg, detail.deliveries, types) if msg else [],
        sources=[(s, compose.source_label(s), compose.safe_url(s.url)) for s in (msg.sources if msg else ())],
    )


def release(site: Site, request: Request) -> Response:
    p = Params(request, ("v", "from", "to"))
    release_id = _id(request, "release_id")
    with site.engine.connect() as conn:
        meta = q.release_meta(conn, release_id)
        if meta is None:
            raise HTTPException(404, f"no release {release_id}")
        versions = q.versions(conn, release_id)
        numbers = [v.version for v in versions] or [meta.version]
        shown = _version(p, "v", numbers) or numbers[-1]
        old, new = _version(p, "from", numbers), _version(p, "to", numbers)
        if (old is None) != (new is None):
            raise HTTPException(400, "a diff needs both `from` and `to` (version numbers)")
        text = q.version_text(conn, release_id, shown) or ""
        found = q.findings(conn, release_id, shown)
        diff = None
        if old is not None and new is not None:
            diff = render.word_diff(q.version_text(conn, release_id, old) or "",
                                    q.version_text(conn, release_id, new) or "")
    return site.page(
        request, "release.html", r=meta, versions=versions, shown=shown, found=found,
        segments=render.release_segments(text, found), diff=diff, diff_from=old, diff_to=new,
        diff_stats=render.diff_stats(diff) if diff is not None else (0, 0),
        source_url=compose.safe_url(meta.url),
    )


def _version(p: Params, name: str, numbers: list[int]) -> int | None:
    value = p.integer(name, 0, 1, MAX_PAGE) or None
    if value is not None and value not in numbers:
        have = ", ".join(map(str, numbers))
        raise HTTPException(400, f"{name}: this release has no version {value} (versions: {have})")
    return value


# ---- feed and API ---------------------------------------------------------------------------------


def feed(site: Site, request: Request) -> Response:
    p = Params(request, FILTERS)
    flt = alert_filter(p)
    with site.engine.connect() as conn:
        alerts = q.list_alerts(conn, flt, limit=site.page_size)
    base = str(request.base_url).rstrip("/")
    query = _query({k: v for k, v in p.values.items() if k in FILTERS})
    title = "filing-monitor alerts" + "".join(f", {k} {v}" for k, v in sorted(p.values.items()))
    body = render.atom_feed(
        alerts, title=title, self_url=f"{base}/feed.atom{query}", html_url=f"{base}/{query}",
        alert_url=lambda a: f"{base}/alert/{a.id}", updated=site.now(),
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def api_alerts(site: Site, request: Request) -> Response:
    p = Params(request, (*FILTERS, "page", "limit"))
    flt = alert_filter(p)
    page = p.integer("page", 1, 1, MAX_PAGE)
    limit = p.integer("limit", site.page_size, 1, API_MAX_LIMIT)
    with site.engine.connect() as conn:
        alerts = q.list_alerts(conn, flt, limit=limit + 1, offset=(page - 1) * limit)
    base = str(request.base_url).rstrip("/")
    values = {k: v for k, v in p.values.items() if k in (*FILTERS, "limit")}
    body = {
        "alerts": [render.api_record(a, f"{base}/alert/{a.id}") for a in alerts[:limit]],
        "page": page,
        "next": f"{base}/api/alerts{_query(values, page=page + 1)}" if len(alerts) > limit else None,
    }
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")
