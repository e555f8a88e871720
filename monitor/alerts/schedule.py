"""A channel's delivery schedules: `digest` and `quiet_hours`, parsed and evaluated. Pure: the time is
always an argument.

    digest = "hourly"                          one digest at the top of every hour
    digest = "daily 08:00 America/New_York"    one digest a day at 08:00 in that zone
    quiet_hours = "22:00-07:00 America/New_York"

The zone is an IANA name and may be left out (US Eastern, as filings are). Times are wall-clock times
of that zone, so a daily digest stays at 08:00 across daylight-saving changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "America/New_York"

_CLOCK = r"(\d{1,2}):(\d{2})"
_DIGEST = re.compile(rf"(hourly|daily\s+{_CLOCK})(?:\s+(\S+))?", re.IGNORECASE)
_QUIET = re.compile(rf"{_CLOCK}\s*-\s*{_CLOCK}(?:\s+(\S+))?")


def zone(name: str | None) -> ZoneInfo:
    """The IANA zone `name` (default US Eastern). Raises ValueError naming it."""
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (an IANA name such as America/New_York or UTC)") from None


def _clock(hour: str, minute: str, spec: str) -> time:
    h, m = int(hour), int(minute)
    if h > 23 or m > 59:
        raise ValueError(f"not a time of day (HH:MM): {hour}:{minute} in {spec!r}")
    return time(h, m)


def _at(day: date, at: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


@dataclass(frozen=True)
class DigestSchedule:
    daily_at: time | None  # None: hourly
    tz: ZoneInfo

    def next_after(self, t: datetime) -> datetime:
        """The first digest time strictly after `t` (UTC)."""
        if self.daily_at is None:
            return t.astimezone(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        local = t.astimezone(self.tz)
        candidate = _at(local.date(), self.daily_at, self.tz)
        return candidate if candidate > t else _at(local.date() + timedelta(days=1), self.daily_at, self.tz)

    def describe(self) -> str:
        if self.daily_at is None:
            return "hourly"
        return f"daily {self.daily_at:%H:%M} {self.tz.key}"


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time
    tz: ZoneInfo

    def end_if_quiet(self, t: datetime) -> datetime | None:
        """When the quiet hours `t` falls in end (UTC), or None when `t` is not in quiet hours."""
        local = t.astimezone(self.tz)
        now = local.time()
        if self.start < self.end:  # e.g. 12:00-14:00
            inside, day = self.start <= now < self.end, local.date()
        else:  # across midnight, e.g. 22:00-07:00
            inside = now >= self.start or now < self.end
            day = local.date() + timedelta(days=1) if now >= self.start else local.date()
        return _at(day, self.end, self.tz) if inside else None

    def describe(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M} {self.tz.key}"


def parse_digest(spec: str) -> DigestSchedule:
    """`hourly` or `daily HH:MM [ZONE]`. Raises ValueError saying what is expected."""
    m = _DIGEST.fullmatch(spec.strip())
    if not m:
        raise ValueError(f'not a digest schedule: {spec!r} (e.g. "hourly" or "daily 08:00 America/New_York")')
    tz = zone(m.group(4))
    if m.group(1).lower() == "hourly":
        return DigestSchedule(None, tz)
    return DigestSchedule(_clock(m.group(2), m.group(3), spec), tz)


def parse_quiet_hours(spec: str) -> QuietHours:
    """`HH:MM-HH:MM [ZONE]`. Raises ValueError saying what is expected."""
    m = _QUIET.fullmatch(spec.strip())
    if not m:
        raise ValueError(f'not quiet hours: {spec!r} (e.g. "22:00-07:00 America/New_York")')
    start, end = _clock(m.group(1), m.group(2), spec), _clock(m.group(3), m.group(4), spec)
    if start == end:
        raise ValueError(f"quiet hours {spec!r} start and end at the same time")
    return QuietHours(start, end, zone(m.group(5)))
