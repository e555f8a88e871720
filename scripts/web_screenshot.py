#!/usr/bin/env python3
"""The README's screenshot of the web view: run the demo, serve its store, take the ALGIE company page
in headless Chromium (Debian's chromium and chromium-driver). Run by hand:

    .venv/bin/python scripts/web_screenshot.py [--out docs/web-company-algie.png] [--width 1280]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "web-company-algie.png")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--path", default="/company/ALGIE")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="web-screenshot-"))
    demo = subprocess.run([sys.executable, "-m", "monitor.cli", "demo"], capture_output=True, text=True, timeout=120,
                          check=True, env={**os.environ, "TMPDIR": str(tmp)})
    config = re.search(r"; settings (\S+\.toml)$", demo.stdout, re.MULTILINE)
    if not config:
        raise SystemExit(f"the demo did not print its settings:\n{demo.stdout}")
    web = subprocess.Popen([sys.executable, "-m", "monitor.cli", "web", "--config", config.group(1), "--bind",
                            "127.0.0.1:0"], stdout=subprocess.PIPE, text=True)
    try:
        line = web.stdout.readline() if web.stdout else ""
        url = re.search(r"serving (http://\S+?)/? ", line)
        if not url:
            raise SystemExit(f"web did not start: {line!r}")
        shoot(url.group(1).rstrip("/") + args.path, args.out, args.width, tmp)
    finally:
        web.terminate()
        web.wait(timeout=20)
    print(f"wrote {args.out}")
    return 0


def shoot(url: str, out: Path, width: int, tmp: Path) -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", f"--window-size={width},900", f"--user-data-dir={tmp / 'profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(url)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        chrome = driver.execute_script("return window.outerHeight - window.innerHeight")  # the window's own bars
        driver.set_window_size(width, min(int(height) + int(chrome), 4000))
        out.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(out))
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
