"""`filing-monitor demo` end to end, as a user runs it: a subprocess, offline, exit 0."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import DemoRun

SUMMARY = re.compile(
    r"^demo: 3 alerts \(default, impairment, restatement\) for ALGIE from 2 sources; 1 update; "
    r"3 alerts \(going_concern, delisting_notice, late_filing\) for ALN; 0 false alarms; store at (?P<store>\S+)$",
    re.MULTILINE,
)


LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (DEBUG|INFO|WARNING|ERROR) monitor[.\w]*: ")


def _blocks(readback: str) -> list[list[str]]:
    """Alert blocks of the read-back section: a headline line, then its indented lines."""
    blocks: list[list[str]] = []
    for line in readback.splitlines():
        if line.startswith("["):
            blocks.append([line])
        elif line.startswith("  ") and blocks:
            blocks[-1].append(line)
    return blocks


def test_demo_prints_the_three_algie_alerts_once_each_with_both_sources(demo_run: DemoRun) -> None:
    done = demo_run  # exit 0 checked by the fixture
    # stderr holds our log lines and nothing else: no library warning (lxml html_clean, trafilatura).
    assert [line for line in done.stderr.splitlines() if not LOG_LINE.match(line)] == [], done.stderr
    out = done.stdout
    assert "== alerts in the store" in out, out
    readback = out.split("== alerts in the store", 1)[1]
    blocks = _blocks(readback)

    for kind in ("DEFAULT", "IMPAIRMENT", "RESTATEMENT"):
        new = [b for b in blocks if b[0].startswith(f"[{kind}] ALGIE American Locker Group \u2014 NEW")]
        assert len(new) == 1, f"{kind}: {new}\n{out}"
        sources = next(line for line in new[0] if line.startswith("  sources: "))
        assert "wire:businesswire" in sources
        assert "edgar 8-K items 2.02, 5.02, 9.01 (accepted 2005-07-29 16:57 ET)" in sources
        assert "0000898431-05-000094" in sources
        assert any(line == "  delivered: console sent, audit sent" for line in new[0])

    updates = [b for b in blocks if "\u2014 UPDATE" in b[0]]
    assert len(updates) == 1 and updates[0][0].startswith("[IMPAIRMENT] ALGIE"), updates
    assert "update: impairment raised from $6.4 million to $8.0 million" in "\n".join(updates[0])
    assert "What changed:\n  impairment raised from $6.4 million to $8.0 million\n" in out
    assert "previously:" not in out

    # American Lorain's real release of 2017-11-06: one alert per distress-family event it reports.
    for tag, words in (("GOING CONCERN", "going concern explanatory paragraph"),
                       ("DELISTING NOTICE", "not in compliance with NYSE American continued listing standards"),
                       ("LATE FILING", "failing to timely file")):
        (block,) = [b for b in blocks if b[0].startswith(f"[{tag}] ALN American Lorain Corporation \u2014 NEW")]
        assert words in "\n".join(block), block
        assert any(line.startswith("  sources: wire:prnewswire (published 2017-11-06") for line in block)
    assert len(blocks) == 7, "no alert for the other companies' ordinary releases"

    m = SUMMARY.search(out)
    assert m, out
    store = Path(m.group("store"))
    assert store.is_file()
    # The jsonl channel's audit file holds the same four alerts, each once.
    lines = [json.loads(line) for line in (store.parent / "alerts.jsonl").read_text("utf-8").splitlines()]
    assert sorted((a["ticker"], a["kind"], a["novelty"]) for a in lines) == [
        ("ALGIE", "default", "new"), ("ALGIE", "impairment", "new"), ("ALGIE", "impairment", "update"),
        ("ALGIE", "restatement", "new"), ("ALN", "delisting_notice", "new"), ("ALN", "going_concern", "new"),
        ("ALN", "late_filing", "new"),
    ]
    delisting = next(a for a in lines if a["kind"] == "delisting_notice")
    assert delisting["facts"]["exchange"] == "NYSE American" and delisting["severity"] == "medium"
