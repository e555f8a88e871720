"""The catch-up's plan: which business days a gap needs, which are due, holidays, the limit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from monitor.catchup import Plan, gap_alert, index_final

ET = ZoneInfo("America/New_York")


def at(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=ET)


def test_a_gap_needs_its_business_days_up_to_the_filing_date_of_its_end() -> None:
    plan = Plan()
    plan.take([(at(2, 10), at(7, 9))])  # Friday 10:00 to Wednesday 9:00
    assert sorted(plan.pending) == [date(2026, 1, 2), date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 7)]
    evening = Plan()
    evening.take([(at(5, 9), at(9, 18))])  # ends Friday 6 p.m.: filed on Monday
    assert max(evening.pending) == date(2026, 1, 12) and date(2026, 1, 10) not in evening.pending


def test_a_gap_is_taken_over_once_and_days_read_are_not_read_again() -> None:
    plan = Plan()
    gap = (at(5, 9), at(6, 9))
    plan.take([gap])
    plan.mark(date(2026, 1, 5), "read")
    plan.take([gap, (at(5, 14), at(5, 15))])  # the same gap again, and a later one inside a day read
    assert plan.pending == {date(2026, 1, 6)}
    assert Plan.decode(plan.encode()) == plan


def test_only_past_days_are_due_oldest_first() -> None:
    plan = Plan(pending={date(2026, 1, 9), date(2026, 1, 5), date(2026, 1, 12)})
    assert plan.due(date(2026, 1, 12)) == [date(2026, 1, 5), date(2026, 1, 9)]  # today's index comes tonight


def test_a_holiday_has_no_index_and_its_evening_filings_are_read_the_next_business_day() -> None:
    plan = Plan()
    plan.take([(at(15, 9), at(16, 19))])  # Thursday 9:00 to Friday 19:00 -> filed Monday the 19th
    assert sorted(plan.pending) == [date(2026, 1, 15), date(2026, 1, 16), date(2026, 1, 19)]
    plan.mark(date(2026, 1, 19), "none")  # Martin Luther King Jr. Day: EDGAR is closed
    assert date(2026, 1, 20) in plan.pending
    # A missing index counts as "no index" only once it should exist: noon the next day.
    assert not index_final(date(2026, 1, 19), at(20, 11, 59))
    assert index_final(date(2026, 1, 19), at(20, 12))


def test_days_beyond_the_limit_are_dropped_and_named() -> None:
    plan = Plan()
    plan.take([(at(2, 9, month=1), at(9, 9, month=2))])
    now = datetime(2026, 2, 9, 17, tzinfo=UTC)
    dropped = plan.expire((now - timedelta(days=30)).date())
    assert dropped[0] == date(2026, 1, 2) and dropped[-1] == date(2026, 1, 9)
    assert min(plan.pending) == date(2026, 1, 12)
    alert = gap_alert(dropped[0], dropped[-1], 30)
    assert alert.kind == "source-health" and "2026-01-02 to 2026-01-09" in alert.summary
    assert "filing-monitor backfill --since 2026-01-02" in alert.evidence
    assert alert.idempotency_key == "source-health|edgar|gap|20260102-20260109"


def test_prune_forgets_old_gaps_and_days() -> None:
    plan = Plan()
    plan.take([(at(5, 9), at(6, 9))])
    plan.mark(date(2026, 1, 5), "read")
    plan.prune(at(6, 0))
    assert plan.taken and date(2026, 1, 5) not in plan.done
    plan.prune(at(7, 0))
    assert not plan.taken
