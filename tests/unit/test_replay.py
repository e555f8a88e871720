"""The replay server: route matching by path and query, handlers, live changes, the request log."""

from __future__ import annotations

import requests

from monitor.replay import Answer, ReplayServer, Request


def test_routes_match_by_path_and_the_most_specific_query() -> None:
    with ReplayServer() as srv:
        srv.add("/feed", b"any page", content_type="text/plain")
        srv.add("/feed?start=0", b"first page")
        srv.add("/feed?start=0&type=8-K", b"first 8-K page")
        assert requests.get(srv.url + "/feed?start=100", timeout=5).text == "any page"
        assert requests.get(srv.url + "/feed?count=100&start=0", timeout=5).text == "first page"
        assert requests.get(srv.url + "/feed?type=8-K&start=0&count=100", timeout=5).text == "first 8-K page"
        r = requests.get(srv.url + "/other", timeout=5)
        assert r.status_code == 404


def test_status_headers_handlers_and_changes_while_running() -> None:
    with ReplayServer() as srv:
        srv.add("/gone", b"busy", status=503, headers={"Retry-After": "7"})
        r = requests.get(srv.url + "/gone", timeout=5)
        assert (r.status_code, r.headers["Retry-After"], r.text) == (503, "7", "busy")

        def echo(req: Request) -> Answer:
            return Answer(201, {"X-Seen": req.query.get("q", "")}, req.body[::-1])

        srv.add("/echo", echo)
        r = requests.post(srv.url + "/echo?q=hi", data=b"abc", timeout=5)
        assert (r.status_code, r.headers["X-Seen"], r.content) == (201, "hi", b"cba")
        srv.add("/gone", b"back")  # replaced while serving
        assert requests.get(srv.url + "/gone", timeout=5).text == "back"
        srv.remove("/gone")
        assert requests.get(srv.url + "/gone", timeout=5).status_code == 404


def test_every_request_is_logged_with_its_headers_and_body() -> None:
    with ReplayServer() as srv:
        srv.add("/hook", b"ok")
        requests.post(srv.url + "/hook", json={"a": 1}, headers={"User-Agent": "Acme ops@acme.example"}, timeout=5)
        requests.get(srv.url + "/nothing", timeout=5)
        log = srv.requests()
        assert [(r.method, r.path) for r in log] == [("POST", "/hook"), ("GET", "/nothing")]
        hook = srv.requests("/hook")[0]
        assert hook.header("user-agent") == "Acme ops@acme.example"
        assert hook.body == b'{"a": 1}'
        srv.clear_log()
        assert srv.requests() == []
