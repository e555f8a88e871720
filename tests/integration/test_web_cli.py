"""`filing-monitor web` as a user runs it: a subprocess on an ephemeral port over the store the demo
left, and its refusals (a public address without a token, a store that does not exist yet)."""

from __future__ import annotations

import json
import re
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import feedparser
import pytest

from tests.conftest import DemoRun, cli
from tests.web_support import web_process

TIMEOUT = 10


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("content-type", ""), e.read()


def test_web_serves_the_demo_alerts(demo_run: DemoRun) -> None:
    with web_process(demo_run.config) as web:
        status, kind, body = get(web.url + "/")
        page = body.decode("utf-8")
        assert status == 200 and kind.startswith("text/html")
        assert page.count('<tr class="alert-row">') == 7  # ALGIE: three new, one update; ALN: three
        assert page.count("console sent") == 7 and page.count("audit sent") == 7

        status, _, body = get(web.url + "/company/ALGIE")
        page = body.decode("utf-8")
        assert status == 200
        assert sorted(re.findall(r'<tr class="event alert-event k-(\w+)">', page)) == [
            "default", "impairment", "impairment", "restatement"]
        assert "$6.4 million" in page and "$8.0 million" in page

        status, kind, body = get(web.url + "/feed.atom")
        assert status == 200 and kind.startswith("application/atom+xml")
        feed = feedparser.parse(body)
        assert not feed.bozo and feed.version == "atom10"
        assert len(feed.entries) == 7 and len({e.id for e in feed.entries}) == 7
        assert sorted(" ".join(e.title.split()[:2]) for e in feed.entries if e.title.startswith("[")) == [
            "[DEFAULT] ALGIE", "[DELISTING NOTICE]", "[GOING CONCERN]", "[IMPAIRMENT] ALGIE", "[IMPAIRMENT] ALGIE",
            "[LATE FILING]", "[RESTATEMENT] ALGIE"]
        assert feed.entries[0].title.startswith("[IMPAIRMENT] ALGIE") and "UPDATE" in feed.entries[0].title

        status, kind, body = get(web.url + "/api/alerts")
        alerts = json.loads(body)["alerts"]
        assert status == 200 and kind.startswith("application/json")
        assert sorted((a["ticker"], a["kind"], a["novelty"]) for a in alerts) == [
            ("ALGIE", "default", "new"), ("ALGIE", "impairment", "new"), ("ALGIE", "impairment", "update"),
            ("ALGIE", "restatement", "new"), ("ALN", "delisting_notice", "new"), ("ALN", "going_concern", "new"),
            ("ALN", "late_filing", "new")]
        for a in alerts:
            assert a["deliveries"] == {"audit": "sent", "console": "sent"}
            if a["ticker"] == "ALGIE" and a["novelty"] == "new":  # one story from two sources
                assert {s["source"] for s in a["sources"]} == {"wire:businesswire", "edgar"}

        assert get(web.url + "/company/NOPE")[0] == 404
        web.proc.terminate()
        assert web.proc.wait(timeout=TIMEOUT) == 0, "SIGTERM stops it cleanly"


def test_web_with_a_token_from_the_environment(demo_run: DemoRun) -> None:
    token = "s3cret-token-for-the-test-0123"
    with web_process(demo_run.config, "--token-env", "FM_TEST_WEB_TOKEN", env={"FM_TEST_WEB_TOKEN": token}) as web:
        assert get(web.url + "/api/alerts")[0] == 401
        status, _, body = get(web.url + "/api/alerts", {"Authorization": f"Bearer {token}"})
        assert status == 200 and len(json.loads(body)["alerts"]) == 7


def run_web(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli("web", "--config", str(config), *args, timeout=30)


def test_web_refuses_a_public_address_without_a_token(tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(f'[store]\nurl = "sqlite:///{tmp_path / "fm.db"}"\n', "utf-8")
    done = run_web(config, "--bind", "0.0.0.0:0")
    assert done.returncode == 2
    assert "--bind: 0.0.0.0 is not a loopback address, so the site needs an access token" in done.stderr
    done = run_web(config, "--bind", "nowhere")
    assert done.returncode == 2 and "--bind: not HOST:PORT" in done.stderr


def test_web_on_a_store_that_does_not_exist_yet_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    store = tmp_path / "data" / "fm.db"
    config = tmp_path / "monitor.toml"
    # The web view sends nothing: the channels' secrets need not be in its environment.
    config.write_text(f'[store]\nurl = "sqlite:///{store}"\n\n[[channel]]\nname = "s"\ntype = "slack"\n'
                      'webhook_url_env = "FM_TEST_UNSET_SLACK_URL"\n', "utf-8")
    done = run_web(config, "--bind", "127.0.0.1:0")
    assert done.returncode == 1
    assert f"no store at {store} yet; start the daemon (filing-monitor run), which creates it" in done.stderr
    assert not store.parent.exists()


@pytest.mark.parametrize("bad", ['[web]\nbind = "8470"\n', "[web]\npage_size = 0\n"])
def test_bad_web_settings_exit_2_naming_the_key(tmp_path: Path, bad: str) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(bad, "utf-8")
    done = run_web(config)
    assert done.returncode == 2 and f"{config}: web." in done.stderr
