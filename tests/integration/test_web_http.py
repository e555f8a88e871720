"""The web view's HTTP layer on a real SQLite store filled by the pipeline and the outbox: pages,
filters, errors, the Atom feed and the JSON API, read-only access, headers and the token."""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from monitor.settings import Settings
from monitor.store import make_engine, migrate
from monitor.web import create_app
from monitor.web.queries import StoreMissing, open_store
from monitor.web.security import COOKIE, session_value
from tests.web_support import SEC_URL, build_store

TOKEN = "correct-horse-battery-staple-42"
EVENTS = 5  # ALGIE default, impairment, restatement (new), the impairment update, BYFM impairment


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return build_store(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(store: Settings) -> Iterator[TestClient]:
    engine = open_store(store.store.url)
    with TestClient(create_app(store, engine, allowed_hosts=["testserver"])) as c:
        yield c
    engine.dispose()


def rows(page: str) -> list[str]:
    return re.findall(r'<tr class="alert-row">(.*?)</tr>', page, re.DOTALL)


def text(fragment: str) -> str:
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", fragment).split()))


# ---- overview -------------------------------------------------------------------------------------


def test_overview_lists_each_alert_once_with_every_channel_status(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    found = rows(r.text)
    assert len(found) == EVENTS  # 10 outbox rows (two channels each), one line per alert
    for row in found:
        assert "audit sent" in text(row) and "broken dead" in text(row)
    first = text(found[0])  # newest first: the last alert raised is BYFM's
    assert "BYFM" in first and "impairment" in first and "new" in first
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d ET", first), "times carry their zone"
    update = next(text(x) for x in found if "update" in text(x))
    assert "$8.0 million" in update and "ALGIE" in update


def test_overview_shows_the_sources_health(client: TestClient, store: Settings) -> None:
    engine = make_engine(store.store.url)  # what the daemon records after polls
    from monitor.pipeline import _record
    from tests.web_support import T0

    _record(engine, "edgar", T0, cursor="x")
    _record(engine, "wire:businesswire", T0, error="HTTP 503 from https://wire.example/rss")
    engine.dispose()
    page = client.get("/").text
    health = text(page.split("<h2>Sources</h2>", 1)[1])
    assert "edgar" in health and "stale" in health  # last success in 2005: far past 3 x 60 s
    assert "wire:businesswire" in health and "never polled successfully" in health
    assert "HTTP 503 from https://wire.example/rss" in health


@pytest.mark.parametrize(
    ("query", "tickers"),
    [
        ("?kind=default", {"ALGIE"}),
        ("?ticker=byfm", {"BYFM"}),
        ("?kind=impairment&ticker=ALGIE", {"ALGIE"}),
        ("?since=2005-07-30&until=2005-07-30", {"ALGIE"}),  # the update, alerted 2005-07-30 16:05 ET
        ("?since=2005-07-31", {"BYFM"}),  # 2005-07-31 18:05 ET (22:05 UTC)
        ("?until=2005-07-26", set()),
        ("?ticker=NOPE", set()),
        ("?kind=&ticker=&since=&until=", {"ALGIE", "BYFM"}),  # the empty filter form
    ],
)
def test_overview_filters(client: TestClient, query: str, tickers: set[str]) -> None:
    r = client.get("/" + query)
    assert r.status_code == 200
    found = {re.search(r"/company/(\w+)", row).group(1) for row in rows(r.text)}  # type: ignore[union-attr]
    assert found == tickers


def test_overview_pages(store: Settings) -> None:
    small = store.model_copy(update={"web": store.web.model_copy(update={"page_size": 2})})
    engine = open_store(store.store.url)
    with TestClient(create_app(small, engine, allowed_hosts=["testserver"])) as c:
        pages = [c.get(f"/?page={n}").text for n in (1, 2, 3, 4)]
    engine.dispose()
    assert [len(rows(p)) for p in pages] == [2, 2, 1, 0]
    assert 'href="?page=2"' in pages[0] and "Newer" not in pages[0]
    assert 'href="?page=3"' in pages[1] and "Newer" in pages[1]
    assert "Older" not in pages[2]
    ids = [re.findall(r'href="/alert/(\d+)"', p) for p in pages]
    assert len({i for page_ids in ids for i in page_ids}) == EVENTS


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?kind=bogus", "kind: unknown kind 'bogus'"),
        ("?ticker=%3Cscript%3E", "ticker: not a ticker symbol"),
        ("?since=2005-13-01", "since: not a date (YYYY-MM-DD): '2005-13-01'"),
        ("?until=yesterday", "until: not a date"),
        ("?since=2005-08-02&until=2005-08-01", "since (2005-08-02) is after until (2005-08-01)"),
        ("?page=0", "page: expected a whole number from 1"),
        ("?page=x", "page: expected a whole number"),
        ("?tikcer=ALGIE", "unknown query parameter 'tikcer'"),
        ("?kind=default&kind=impairment", "query parameter 'kind' given more than once"),
    ],
)
def test_bad_query_parameters_are_400_naming_the_parameter(client: TestClient, query: str, message: str) -> None:
    r = client.get("/" + query)
    assert r.status_code == 400
    assert message in html.unescape(r.text)
    api = client.get("/api/alerts" + query)
    assert api.status_code == 400 and message in api.json()["error"]


# ---- company --------------------------------------------------------------------------------------


def test_company_timeline_has_a_row_per_alert_and_per_release_and_a_chart(client: TestClient) -> None:
    r = client.get("/company/algie")
    assert r.status_code == 200
    page = r.text
    alerts = re.findall(r'<tr class="event alert-event k-(\w+)">(.*?)</tr>', page, re.DOTALL)
    releases = re.findall(r'<tr class="event release-event">(.*?)</tr>', page, re.DOTALL)
    assert sorted(k for k, _ in alerts) == ["default", "impairment", "impairment", "restatement"]
    assert len(releases) == 2  # the wire release (2 versions) and the 8-K
    impairment = [text(body) for k, body in alerts if k == "impairment"]
    assert any("$6.4 million" in t and "new" in t for t in impairment)
    assert any("$8.0 million" in t and "update" in t for t in impairment)
    assert "8-K" in text(" ".join(releases)) and "2 versions" in text(" ".join(releases))
    svg = re.search(r"<svg .*?</svg>", page, re.DOTALL).group(0)  # type: ignore[union-attr]
    assert svg.count("<circle") == 4 and svg.count('class="dot release"') == 2
    assert ">default<" in svg and ">releases<" in svg


def test_unknown_company_is_a_404_page(client: TestClient) -> None:
    for path in ("/company/ZZZZ", "/company/%3Cb%3E"):
        r = client.get(path)
        assert r.status_code == 404 and "Not found" in r.text


# ---- alert ----------------------------------------------------------------------------------------


def alert_id(client: TestClient, kind: str, novelty: str, ticker: str = "ALGIE") -> int:
    for row in rows(client.get(f"/?ticker={ticker}&kind={kind}").text):
        if f"<td>{novelty}</td>" in row:
            return int(re.search(r'href="/alert/(\d+)"', row).group(1))  # type: ignore[union-attr]
    raise AssertionError(f"no {novelty} {kind} alert for {ticker}")


def test_alert_page_shows_evidence_in_its_paragraph_sources_and_deliveries(client: TestClient) -> None:
    page = client.get(f"/alert/{alert_id(client, 'impairment', 'new')}").text
    context = re.search(r'<p class="context">(.*?)</p>', page, re.DOTALL).group(1)  # type: ignore[union-attr]
    marked = "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", context, re.DOTALL))
    assert "impairment charge of approximately" in " ".join(marked.split())
    triggers = re.findall(r'<mark class="evidence k-impairment trigger">([^<]*)</mark>', context)
    assert [" ".join(t.split()) for t in triggers] == ["impairment charge", "write-down"]
    assert "The operating results for 2004 reflect" in " ".join(context.split())  # its paragraph
    assert "BUSINESS EDITOR" not in context  # only that paragraph
    assert f'href="{SEC_URL}"' in page and 'href="https://wire.example/bw-2005-07-27"' in page
    deliveries = text(page.split("<h2>Deliveries</h2>", 1)[1].split("</table>", 1)[0])
    assert "audit sent 1" in deliveries and "broken dead 1" in deliveries and "cannot append" in deliveries
    # as each channel received it: both are jsonl channels, so the JSON line with sent_at
    assert page.count("<h3>JSON line</h3>") == 2 and "&#34;sent_at&#34;" in page


def test_alert_page_links_the_update_and_the_earlier_alert_of_the_same_event(client: TestClient) -> None:
    new, update = alert_id(client, "impairment", "new"), alert_id(client, "impairment", "update")
    page = client.get(f"/alert/{update}").text
    event = text(page.split("<h2>This event</h2>", 1)[1].split("</table>", 1)[0])
    assert "new" in event and "repeat" in event and "this alert" in event
    assert f'href="/alert/{new}"' in page
    assert "impairment raised from $6.4 million to" in text(page)
    # any channel's row id shows the same alert
    assert client.get(f"/alert/{new + 1}").text.count("<h3>JSON line</h3>") == 2


@pytest.mark.parametrize("path", ["/alert/999999", "/alert/abc", "/alert/99999999999999999999999", "/release/0"])
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "Not found" in r.text


# ---- release --------------------------------------------------------------------------------------


def release_id(client: TestClient, ticker: str, title: str) -> int:
    page = client.get(f"/company/{ticker}").text
    return int(re.search(rf'href="/release/(\d+)">{re.escape(title)}', page).group(1))  # type: ignore[union-attr]


def test_release_page_highlights_every_finding_and_lists_versions(client: TestClient) -> None:
    rid = release_id(client, "ALGIE", "American Locker results")
    page = client.get(f"/release/{rid}").text
    assert "Text of version 2" in page
    assert page.count('class="evidence k-') >= 3  # default, impairment, restatement
    assert re.search(r'<span id="f\d+"></span>', page)
    assert "approximately $8.0 million" in text(page)
    versions = text(page.split("<h2>Versions</h2>", 1)[1].split("</table>", 1)[0])
    assert "1 " in versions and "2 " in versions and "changes from version 1" in versions
    old = client.get(f"/release/{rid}?v=1").text
    old_text = old.split('<div class="release-text">', 1)[1]
    assert "Text of version 1" in old and "$6.4" in old_text and "$8.0" not in old_text


def test_release_word_diff_shows_the_changed_words(client: TestClient) -> None:
    rid = release_id(client, "CRCI", "CRCI news")
    page = client.get(f"/release/{rid}?from=1&to=2").text
    diff = page.split('<div class="word-diff">', 1)[1].split("</div>", 1)[0]
    assert re.findall(r"<del>(.*?)</del>", diff) == ["$120", "hold", "at 12"]
    assert re.findall(r"<ins>(.*?)</ins>", diff) == ["$135", "raise", "to 14"]
    assert "<span>its quarterly dividend</span>" in diff
    assert "4 words removed, 4 added" in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=1", "a diff needs both `from` and `to`"),
        ("?from=1&to=9", "to: this release has no version 9 (versions: 1, 2)"),
        ("?v=3", "v: this release has no version 3"),
        ("?v=one", "v: expected a whole number"),
    ],
)
def test_release_bad_versions_are_400(client: TestClient, query: str, message: str) -> None:
    rid = release_id(client, "CRCI", "CRCI news")
    r = client.get(f"/release/{rid}{query}")
    assert r.status_code == 400 and message in html.unescape(r.text)


# ---- untrusted text -------------------------------------------------------------------------------


def test_markup_in_release_texts_titles_and_names_is_escaped_everywhere(client: TestClient) -> None:
    rid = release_id(client, "BYFM", "Bayfield &lt;script&gt;window.pwned = 1; document.title = &#34;pwned&#34;;"
                     "&lt;/script&gt; results")
    aid = alert_id(client, "impairment", "new", "BYFM")
    for path in ("/", "/company/BYFM", f"/release/{rid}", f"/alert/{aid}"):
        page = client.get(path).text
        assert "<script" not in page.lower(), path
        assert "<img" not in page, path
        assert "<b onmouseover" not in page, path
    release = client.get(f"/release/{rid}").text
    assert "&lt;script&gt;window.pwned = 1;" in release


# ---- feed and API ---------------------------------------------------------------------------------


def test_atom_feed_is_valid_with_one_entry_per_alert_newest_first(client: TestClient) -> None:
    r = client.get("/feed.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(r.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id.startswith("urn:uuid:") and feed.feed.title and feed.feed.updated
    assert any(link.rel == "self" for link in feed.feed.links)
    assert len(feed.entries) == EVENTS
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == EVENTS and all(i.startswith("urn:uuid:") for i in ids)
    for e in feed.entries:
        assert e.title and e.updated and e.link.startswith("http://testserver/alert/")
    assert "BYFM" in feed.entries[0].title
    assert [e.updated_parsed for e in feed.entries] == sorted((e.updated_parsed for e in feed.entries), reverse=True)
    assert client.get("/feed.atom").content == r.content, "stable ids and times"
    assert feedparser.parse(client.get("/feed.atom?kind=restatement").content).entries[0].title.startswith(
        "[RESTATEMENT] ALGIE")
    assert len(feedparser.parse(client.get("/feed.atom?kind=restatement").content).entries) == 1


def test_atom_feed_carries_hostile_text_as_text(client: TestClient) -> None:
    raw = client.get("/feed.atom?ticker=BYFM").content
    assert b"<b " not in raw and b"<script" not in raw and b"<img" not in raw
    assert b"&lt;b onmouseover" in raw and b"&lt;script&gt;" in raw
    entry = feedparser.parse(raw).entries[0]
    assert entry.title_detail.type == "text/plain"  # readers show it as text, not markup
    assert entry.title.startswith('[IMPAIRMENT] BYFM Bayfield <b onmouseover="window.pwned=3">Mutual</b>')


def test_api_alerts_carry_the_jsonl_fields_and_page(client: TestClient) -> None:
    body = client.get("/api/alerts?limit=2").json()
    assert len(body["alerts"]) == 2 and body["page"] == 1
    first = body["alerts"][0]
    for field in ("ticker", "company", "kind", "severity", "novelty", "evidence", "amounts", "sources",
                  "idempotency_key", "event_key", "sent_at"):
        assert field in first
    assert first["deliveries"] == {"audit": "sent", "broken": "dead"}
    assert first["url"].startswith("http://testserver/alert/")
    seen = [a["idempotency_key"] for a in body["alerts"]]
    url = body["next"]
    while url:
        body = client.get(url).json()
        seen += [a["idempotency_key"] for a in body["alerts"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == EVENTS
    assert client.get("/api/alerts?limit=501").status_code == 400
    ticker = client.get("/api/alerts?ticker=ALGIE&kind=impairment").json()["alerts"]
    assert [a["novelty"] for a in ticker] == ["update", "new"]
    assert ticker[1]["amounts"][0]["text"] == "$6.4 million"


# ---- read-only, headers, methods ------------------------------------------------------------------


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/company/ALGIE", "/feed.atom", "/api/alerts", "/static/site.css", "/nope", "/?kind=x"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'none'" in csp and "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "script-src" not in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer"
        assert h["cache-control"] == ("max-age=3600" if path.startswith("/static/") else "no-store")


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_only_get_and_head(client: TestClient, method: str) -> None:
    for path in ("/", "/api/alerts", "/alert/1", "/nope", "/login"):
        r = client.request(method, path)
        assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD", (method, path)
    head = client.head("/company/ALGIE")
    assert head.status_code == 200 and head.content == b""


def test_serving_pages_never_writes_the_store(store: Settings, client: TestClient) -> None:
    path = Path(store.store.url.removeprefix("sqlite:///"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    for p in ("/", "/company/ALGIE", "/alert/1", "/release/1?from=1&to=2", "/feed.atom", "/api/alerts"):
        assert client.get(p).status_code == 200
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    engine = open_store(store.store.url)
    with pytest.raises(sa.exc.OperationalError, match="readonly|read-only|query_only"), engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM alert"))
    engine.dispose()


def test_pages_are_served_while_the_daemon_holds_the_write_lock(store: Settings, client: TestClient) -> None:
    daemon = make_engine(store.store.url)  # BEGIN IMMEDIATE, as the daemon's engine does
    with daemon.begin() as conn:
        conn.execute(sa.text("UPDATE company SET name = name WHERE ticker = 'ALGIE'"))
        r = client.get("/company/ALGIE")  # WAL: the reader neither waits nor blocks
        assert r.status_code == 200 and "American Locker Group" in r.text
    daemon.dispose()


def test_a_store_that_does_not_exist_is_a_clear_error_and_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "data" / "fm.db"
    with pytest.raises(StoreMissing, match=r"no store at .*fm\.db yet; start the daemon"):
        open_store(f"sqlite:///{missing}")
    assert not missing.exists() and not missing.parent.exists()
    empty = tmp_path / "empty.db"
    sa.create_engine(f"sqlite:///{empty}").connect().close()
    with pytest.raises(StoreMissing, match="has no company, release, .* table yet"):
        open_store(f"sqlite:///{empty}")


# ---- Host names and the token ---------------------------------------------------------------------


def test_loopback_site_refuses_other_host_names(store: Settings) -> None:
    engine = open_store(store.store.url)
    app = create_app(store, engine, allowed_hosts=["127.0.0.1", "localhost", "::1"])
    with TestClient(app, base_url="http://localhost:8470") as c:
        assert c.get("/").status_code == 200
        assert c.get("/", headers={"host": "attacker.example"}).status_code == 400
        assert c.get("/", headers={"host": "[::1]:8470"}).status_code == 200
    engine.dispose()


@pytest.fixture(scope="module")
def locked(store: Settings) -> Iterator[TestClient]:
    engine = open_store(store.store.url)
    with TestClient(create_app(store, engine, token=TOKEN), follow_redirects=False) as c:
        yield c
    engine.dispose()


def test_token_is_required_as_bearer_or_login_cookie(locked: TestClient) -> None:
    locked.cookies.clear()
    assert locked.get("/api/alerts").status_code == 401
    assert locked.get("/api/alerts").headers["www-authenticate"].startswith("Bearer")
    assert locked.get("/api/alerts", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert locked.get("/api/alerts", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert locked.get("/feed.atom", headers={"Cookie": f"{COOKIE}={TOKEN}"}).status_code == 401  # the cookie is not the token
    page = locked.get("/company/ALGIE", headers={"Accept": "text/html"})
    assert page.status_code == 401 and 'action="/login"' in page.text and 'value="/company/ALGIE"' in page.text
    assert locked.get("/static/site.css").status_code == 200


def test_login_sets_an_http_only_cookie_and_returns_to_the_page(locked: TestClient) -> None:
    locked.cookies.clear()
    bad = locked.post("/login", data={"token": "nope", "next": "/company/ALGIE"})
    assert bad.status_code == 401 and "not right" in bad.text and COOKIE not in bad.cookies
    ok = locked.post("/login", data={"token": TOKEN, "next": "/company/ALGIE"})
    assert ok.status_code == 303 and ok.headers["location"] == "/company/ALGIE"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert TOKEN not in cookie and session_value(TOKEN) in cookie
    assert locked.get("/company/ALGIE", headers={"Cookie": f"{COOKIE}={session_value(TOKEN)}"}).status_code == 200
    evil = locked.post("/login", data={"token": TOKEN, "next": "//attacker.example/x"})
    assert evil.headers["location"] == "/"
    assert locked.post("/login", content=b"x" * 5000,
                       headers={"content-type": "application/x-www-form-urlencoded"}).status_code == 413


def test_statuses_are_shown_as_stored_and_an_unreadable_payload_does_not_break_a_page(tmp_path: Path) -> None:
    settings = build_store(tmp_path)
    writer = make_engine(settings.store.url)
    with writer.begin() as conn:  # another release's status (mutes) and a damaged row
        conn.execute(sa.text("UPDATE alert SET status = 'muted' WHERE channel = 'broken'"))
        conn.execute(sa.text("UPDATE alert SET payload = 'not json' WHERE idempotency_key LIKE 'BYFM:%'"))
    writer.dispose()
    engine = open_store(settings.store.url)
    with TestClient(create_app(settings, engine, allowed_hosts=["testserver"])) as c:
        found = rows(c.get("/").text)
        assert len(found) == EVENTS and all("broken muted" in text(r) for r in found)
        byfm = text(found[0])
        assert "BYFM" in byfm and "unreadable payload" in byfm
        aid = re.search(r'href="/alert/(\d+)"', found[0]).group(1)  # type: ignore[union-attr]
        page = c.get(f"/alert/{aid}")
        assert page.status_code == 200 and "The stored alert cannot be read: JSONDecodeError" in page.text
        assert not feedparser.parse(c.get("/feed.atom").content).bozo
        assert c.get("/api/alerts?ticker=BYFM").json()["alerts"][0]["kind"] == "impairment"
    engine.dispose()


def test_a_store_that_cannot_be_reached_gives_503_pages(store: Settings) -> None:
    # A PostgreSQL store whose server is not there (nothing listens on port 1): every page is a 503.
    down = sa.create_engine("postgresql+psycopg://monitor@127.0.0.1:1/monitor", connect_args={"connect_timeout": 2})
    with TestClient(create_app(store, down, allowed_hosts=["testserver"])) as c:
        page = c.get("/company/ALGIE")
        assert page.status_code == 503 and "the store cannot be read right now; try again shortly" in page.text
        api = c.get("/api/alerts")
        assert api.status_code == 503 and api.json()["status"] == 503
    down.dispose()


def test_a_store_of_another_schema_revision_is_refused_with_what_to_do(tmp_path: Path) -> None:
    db = tmp_path / "fm.db"
    engine = make_engine(f"sqlite:///{db}", create=False)
    migrate.upgrade_to(engine, migrate.FIRST_REVISION)
    engine.dispose()
    with pytest.raises(StoreMissing, match="filing-monitor db upgrade"):
        open_store(f"sqlite:///{db}")


def test_materiality_and_stated_details_show_on_the_alert_and_company_pages(tmp_path: Path) -> None:
    """The alert as the pipeline stores it when the company's size is known (monitor.materiality) and
    the text states facts (a bankruptcy's petition date): both read as every channel writes them."""
    settings = build_store(tmp_path)
    writer = make_engine(settings.store.url)
    measure = {"base": "total_assets", "share": 0.312, "amount": 8.4e9, "amount_text": "$8.4 billion",
               "base_value": 2.69e10, "unit": "USD", "period_end": "2026-05-02", "period": "instant",
               "form": "10-Q", "accession": "0001835632-26-000019", "concept": "us-gaap:Assets"}
    with writer.begin() as conn:
        key, payload = conn.execute(sa.text(
            "SELECT idempotency_key, payload FROM alert WHERE payload LIKE '%\"kind\": \"impairment\"%' "
            "ORDER BY id LIMIT 1")).one()
        data = {**json.loads(payload), "materiality": [measure], "facts": {"petition date": "May 17, 2009"}}
        event = key.rsplit("|", 1)[0]
        conn.execute(sa.text("UPDATE alert SET payload = :p WHERE idempotency_key LIKE :k"),
                     {"p": json.dumps(data), "k": f"{event}|%"})
    writer.dispose()
    engine = open_store(settings.store.url)
    with TestClient(create_app(settings, engine, allowed_hosts=["testserver"])) as c:
        aid = alert_id(c, "impairment", data["novelty"])
        page = text(c.get(f"/alert/{aid}").text)
        assert "Materiality about 31% of total assets as of the last 10-Q (2026-05-02)" in page
        assert "Details petition date: May 17, 2009" in page
        company = text(c.get(f"/company/{data['ticker']}").text)
        assert "Materiality: about 31% of total assets as of the last 10-Q (2026-05-02)" in company
        assert "Details: petition date: May 17, 2009" in company
    engine.dispose()
