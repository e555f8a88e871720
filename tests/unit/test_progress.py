"""Progress of long commands (backfill): a bar on a terminal, plain log lines anywhere else."""

from __future__ import annotations

import io
import logging

import pytest

from monitor.wiring import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_line_every_step_when_not_on_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    out = io.StringIO()
    with caplog.at_level(logging.INFO, logger="monitor.wiring"):
        assert list(progress(list(range(20)), "backfill", "filings", stream=out, every=25)) == list(range(20))
    assert [r.getMessage() for r in caplog.records] == [
        f"backfill: {n} of 20 filings ({n * 5}%)" for n in (5, 10, 15, 20)
    ]
    assert out.getvalue() == ""  # no bar, no carriage returns in a log file


def test_a_bar_on_a_terminal(caplog: pytest.LogCaptureFixture) -> None:
    out = Terminal()
    with caplog.at_level(logging.INFO, logger="monitor.wiring"):
        assert list(progress([1, 2, 3], "backfill", "filings", stream=out)) == [1, 2, 3]
    assert "\r" in out.getvalue() and "3/3" in out.getvalue()
    assert caplog.records == []


def test_nothing_to_do_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="monitor.wiring"):
        assert list(progress([], "backfill", "filings", stream=io.StringIO())) == []
    assert caplog.records == []
