"""A read-only web view over the store: `filing-monitor web [--config FILE] [--bind HOST:PORT]`.

Pages: `/` the latest alerts (filters, paging) and the sources' health; `/company/{TICKER}` a
timeline of alerts and releases with an SVG chart drawn on the server; `/alert/{id}` the alert as
each channel received it, the evidence in its paragraph, sources, novelty and deliveries;
`/release/{id}` the text with every finding highlighted, its versions and a word diff
(`?from=1&to=3`); `/feed.atom` an Atom feed and `/api/alerts` JSON, both with the overview's
filters.

Why Starlette (with Jinja2 templates, served by uvicorn) and not FastAPI: the site is a handful of
server-rendered GET pages whose few query parameters are checked by hand so that each error message
names the parameter in our own words. FastAPI's value (request models, OpenAPI, dependency
injection) would go unused, while its validation errors and docs pages (which load scripts from a
CDN) would have to be switched off. Starlette is the well-kept ASGI toolkit FastAPI itself is built
on: routing, static files, Jinja2 integration, middleware and a test client, and nothing more. The
pages work without JavaScript (the site serves none: its Content-Security-Policy forbids script).

Layers: `queries` reads the store (read-only engine, plain dataclasses out), `render` is pure
presentation (highlight segments, word diff, chart geometry, Atom), `app` has the routes and
parameter checks, `security` the headers, method, Host and token checks, `server` the command.
"""

from __future__ import annotations

from monitor.web.app import create_app
from monitor.web.server import serve

__all__ = ["create_app", "serve"]
