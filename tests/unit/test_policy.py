"""The delivery policy, pure: digest and quiet-hours schedules (across midnight and daylight-saving
changes), and where each (alert, channel) starts: muted, held for a digest, due after quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from monitor.alerts import policy
from monitor.alerts.schedule import parse_digest, parse_quiet_hours
from monitor.domain import Severity
from tests.integration.alerts_support import message

ET = ZoneInfo("America/New_York")


def et(*args: int) -> datetime:
    return datetime(*args, tzinfo=ET)


# ---- schedules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("spec", "now", "expected"), [
    ("daily 08:00 America/New_York", et(2026, 5, 1, 7, 59), et(2026, 5, 1, 8, 0)),
    ("daily 08:00 America/New_York", et(2026, 5, 1, 8, 0), et(2026, 5, 2, 8, 0)),  # strictly after
    ("daily 08:00", et(2026, 5, 1, 23, 0), et(2026, 5, 2, 8, 0)),  # the zone defaults to US Eastern
    ("daily 08:00 UTC", datetime(2026, 5, 1, 9, 0, tzinfo=UTC), datetime(2026, 5, 2, 8, 0, tzinfo=UTC)),
    # Spring forward (2026-03-08): the digest stays at 08:00 wall-clock time, 23 hours later.
    ("daily 08:00 America/New_York", et(2026, 3, 7, 9, 0), et(2026, 3, 8, 8, 0)),
    ("hourly", datetime(2026, 5, 1, 10, 5, 7, tzinfo=UTC), datetime(2026, 5, 1, 11, 0, tzinfo=UTC)),
    ("HOURLY", datetime(2026, 5, 1, 10, 0, tzinfo=UTC), datetime(2026, 5, 1, 11, 0, tzinfo=UTC)),
])
def test_digest_times(spec: str, now: datetime, expected: datetime) -> None:
    got = parse_digest(spec).next_after(now)
    assert got == expected and got.tzinfo is UTC


def test_daily_digest_across_the_spring_change_is_23_hours_later() -> None:
    first = parse_digest("daily 08:00 America/New_York").next_after(et(2026, 3, 7, 7, 0))
    second = parse_digest("daily 08:00 America/New_York").next_after(first)
    assert second - first == timedelta(hours=23)


@pytest.mark.parametrize(("spec", "now", "end"), [
    ("22:00-07:00 America/New_York", et(2026, 5, 1, 21, 59), None),
    ("22:00-07:00 America/New_York", et(2026, 5, 1, 22, 0), et(2026, 5, 2, 7, 0)),
    ("22:00-07:00 America/New_York", et(2026, 5, 2, 3, 30), et(2026, 5, 2, 7, 0)),  # after midnight
    ("22:00-07:00 America/New_York", et(2026, 5, 2, 7, 0), None),
    ("12:00-14:00 UTC", datetime(2026, 5, 1, 13, 0, tzinfo=UTC), datetime(2026, 5, 1, 14, 0, tzinfo=UTC)),
    ("12:00-14:00 UTC", datetime(2026, 5, 1, 14, 0, tzinfo=UTC), None),
])
def test_quiet_hours(spec: str, now: datetime, end: datetime | None) -> None:
    assert parse_quiet_hours(spec).end_if_quiet(now) == end


@pytest.mark.parametrize(("parse", "spec", "message"), [
    (parse_digest, "weekly", "not a digest schedule"),
    (parse_digest, "daily 25:00", "not a time of day"),
    (parse_digest, "daily 08:00 Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
    (parse_quiet_hours, "22:00 to 07:00", "not quiet hours"),
    (parse_quiet_hours, "22:00-22:00", "start and end at the same time"),
    (parse_quiet_hours, "22:00-07:60", "not a time of day"),
])
def test_bad_schedules_say_what_is_expected(parse: object, spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse(spec)  # type: ignore[operator]


# ---- placement ----------------------------------------------------------------------------------

NOW = et(2026, 5, 1, 10, 5)
PLAIN = policy.ChannelRules("slack")


def place(rules: policy.ChannelRules = PLAIN, severity: Severity = Severity.high, kind: str = "impairment",
          mutes: tuple[policy.Mute, ...] = (), now: datetime = NOW) -> policy.Placement:
    return policy.place(rules, ticker="ALGIE", kind=kind, severity=severity, mutes=mutes, now=now)


def test_no_policy_is_due_now() -> None:
    assert place() == policy.Placement(policy.PENDING, NOW)


def test_a_mute_covers_its_ticker_and_kinds_until_it_ends() -> None:
    week = policy.Mute(3, "ALGIE", "", until=NOW + timedelta(days=7), reason="hearing on the 8th")
    got = place(mutes=(week,))
    assert (got.status, got.note) == (policy.MUTED, "muted by mute 3: hearing on the 8th")
    assert place(mutes=(week,), now=NOW + timedelta(days=7)).status == policy.PENDING  # ended by itself
    only_default = policy.Mute(4, "ALGIE", "default")
    assert place(mutes=(only_default,), kind="impairment").status == policy.PENDING
    assert place(mutes=(only_default,), kind="default").status == policy.MUTED
    assert place(mutes=(policy.Mute(5, "ZZZ", ""),)).status == policy.PENDING


def test_critical_alerts_go_through_a_mute_unless_it_mutes_all_severities() -> None:
    assert place(severity=Severity.critical, mutes=(policy.Mute(1, "ALGIE", ""),)).status == policy.PENDING
    everything = policy.Mute(2, "ALGIE", "", all_severities=True)
    assert place(severity=Severity.critical, mutes=(everything,)).status == policy.MUTED


def test_digest_holds_alerts_below_its_severity_until_the_next_digest_time() -> None:
    rules = policy.ChannelRules("mail", digest=parse_digest("daily 08:00"), digest_below=Severity.high)
    held = place(rules, severity=Severity.medium)
    assert held.status == policy.HELD and held.not_before == et(2026, 5, 2, 8, 0)
    assert held.note == "held for the digest of 2026-05-02 08:00 EDT"
    assert place(rules, severity=Severity.high) == policy.Placement(policy.PENDING, NOW)  # at once


def test_quiet_hours_hold_all_but_critical_alerts_until_they_end() -> None:
    rules = policy.ChannelRules("slack", quiet=parse_quiet_hours("22:00-07:00"))
    night = et(2026, 5, 1, 23, 30)
    got = place(rules, now=night)
    assert (got.status, got.not_before) == (policy.PENDING, et(2026, 5, 2, 7, 0))
    assert got.note == "quiet hours until 2026-05-02 07:00 EDT"
    assert place(rules, severity=Severity.critical, now=night) == policy.Placement(policy.PENDING, night)
    assert place(rules, now=NOW) == policy.Placement(policy.PENDING, NOW)


def test_a_mute_wins_over_a_digest() -> None:
    rules = policy.ChannelRules("mail", digest=parse_digest("hourly"), digest_below=Severity.critical)
    assert place(rules, mutes=(policy.Mute(1, "ALGIE", ""),)).status == policy.MUTED


def test_digest_message_batches_and_names_its_period() -> None:
    items = [message(1), message(2, kind="default"), message(3, severity=Severity.medium)]
    end = et(2026, 5, 2, 8, 0)
    msg = policy.digest_message("mail", items, end, ET, batch=17)
    assert msg.kind == policy.DIGEST and msg.digest == tuple(items)
    assert msg.summary == "3 alerts up to 2026-05-02 08:00 EDT: 1 default, 2 impairment"
    assert msg.idempotency_key == "digest|mail|2026-05-02T12:00Z|17"
    assert msg.severity is Severity.high  # the highest of its alerts
