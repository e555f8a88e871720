"""What a person sees in a real headless Chromium (Debian's chromium and chromium-driver, driven by
selenium through the system driver; nothing is downloaded). The site is `filing-monitor web` as a
subprocess over a copy of the store `filing-monitor demo` left, to which the pipeline added a
release with two versions and a release whose text carries markup and script."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from monitor import settings as settings_mod
from monitor.store import make_engine
from tests.conftest import DemoRun
from tests.web_support import add_web_cases, web_process

CHROMEDRIVER = Path("/usr/bin/chromedriver")  # Debian's chromium-driver
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMEDRIVER.exists(), reason="no system chromedriver (apt-get install chromium chromium-driver)"
)


@pytest.fixture(scope="module")
def site(demo_run: DemoRun, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser-site")
    store = tmp / "demo.db"
    with sqlite3.connect(demo_run.store) as src, sqlite3.connect(store) as dst:
        src.backup(dst)
    config = tmp / "demo.toml"
    config.write_text(demo_run.config.read_text("utf-8").replace(str(demo_run.store), str(store)), "utf-8")
    settings = settings_mod.load(config)
    engine = make_engine(settings.store.url)
    add_web_cases(engine, settings, datetime.now(UTC))
    engine.dispose()
    with web_process(config) as web:
        yield web.url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    os.environ.setdefault("SE_OFFLINE", "true")  # belt and braces: the Service path already skips Selenium Manager
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def visible_text(driver: WebDriver, css: str) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def test_algie_page_shows_the_three_events_with_their_evidence(site: str, browser: WebDriver, tmp_path: Path) -> None:
    d = browser
    d.get(site + "/company/ALGIE")
    assert d.title.startswith("ALGIE")
    events = {}
    for row in d.find_elements(By.CSS_SELECTOR, "tr.alert-event"):
        assert row.is_displayed()
        if row.find_element(By.CSS_SELECTOR, ".novelty").text == "new":
            events[row.find_element(By.CSS_SELECTOR, ".kind").text] = row.text
    assert sorted(events) == ["default", "impairment", "restatement"]
    assert "the Company's lender notified the Company that it was in default" in events["default"]
    assert "will record an impairment charge of approximately $6.4 million" in events["impairment"]
    assert "Amounts: $6.4 million, $6.1 million" in events["impairment"]
    assert "plans to file amended quarterly reports" in events["restatement"]
    chart = d.find_element(By.CSS_SELECTOR, "figure.chart svg")
    assert chart.is_displayed() and chart.size["width"] > 300
    assert len(chart.find_elements(By.CSS_SELECTOR, "circle")) == 4
    shot = tmp_path / "algie.png"
    assert d.save_screenshot(str(shot)) and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_filter_form_works_without_script(site: str, browser: WebDriver) -> None:
    d = browser
    d.get(site + "/")
    Select(d.find_element(By.NAME, "kind")).select_by_visible_text("restatement")
    d.find_element(By.NAME, "ticker").send_keys("algie")
    d.find_element(By.CSS_SELECTOR, "form.filters button").click()
    WebDriverWait(d, 10).until(expected_conditions.url_contains("kind=restatement"))
    assert "ticker=algie" in d.current_url
    rows = visible_text(d, "tr.alert-row")
    assert len(rows) == 1 and "restatement" in rows[0] and "ALGIE" in rows[0]


def test_a_release_diff_shows_the_changed_words(site: str, browser: WebDriver) -> None:
    d = browser
    d.get(site + "/company/CRCI")
    d.find_element(By.LINK_TEXT, "CRCI news").click()
    d.find_element(By.PARTIAL_LINK_TEXT, "changes from version 1").click()
    assert visible_text(d, ".word-diff del") == ["$120", "hold", "at 12"]
    assert visible_text(d, ".word-diff ins") == ["$135", "raise", "to 14"]
    deleted = d.find_element(By.CSS_SELECTOR, ".word-diff del")
    assert "line-through" in deleted.value_of_css_property("text-decoration-line")
    assert "Changes from version 1 to version 2" in d.find_element(By.ID, "diff").text


def test_a_release_text_with_script_renders_as_text_and_runs_nothing(site: str, browser: WebDriver) -> None:
    d = browser
    d.get(site + "/company/BYFM")
    d.find_element(By.PARTIAL_LINK_TEXT, "Bayfield <script>").click()
    text = d.find_element(By.CSS_SELECTOR, ".release-text").text
    assert '<script>window.pwned = 1; document.title = "pwned";</script>' in text
    assert '<img src=x onerror="window.pwned=2">' in text
    assert d.find_elements(By.TAG_NAME, "script") == []
    assert d.find_elements(By.CSS_SELECTOR, "main img") == []
    assert d.execute_script("return window.pwned === undefined") is True
    assert d.title != "pwned"
    d.find_element(By.CSS_SELECTOR, ".findings a").click()  # to the finding, highlighted in the text
    marked = " ".join(" ".join(visible_text(d, ".release-text mark.evidence")).split())
    assert "goodwill impairment charge of $3.1 million <img src=x" in marked
