"""The delivery policy: the one stage between routing (which channels) and the outbox (durable rows).

For each (alert, channel) it decides how the outbox row starts, from the active mutes and the
channel's `digest`, `digest_below` and `quiet_hours` settings:

1. a mute covering the ticker and kind: stored `muted`, never sent. Critical alerts (a bankruptcy
   petition, an acceleration) still go out unless the mute was made with `--all-severities`;
2. a channel with a digest and an alert below `digest_below`: stored `held`, and batched into one
   digest message at the channel's next digest time (monitor.alerts.stage builds it);
3. a channel in its quiet hours and an alert below critical: `pending`, due when the quiet hours end;
4. otherwise `pending`, due now.

Pure: no store, no clock (`now` is an argument), no I/O. monitor.alerts.stage applies it to the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from monitor.alerts.schedule import DigestSchedule, QuietHours, parse_digest, parse_quiet_hours
from monitor.display import show_time
from monitor.domain import AlertMessage, Novelty, Severity

PENDING, MUTED, HELD, DIGESTED, ACKED = "pending", "muted", "held", "digested", "acked"
DIGEST = "digest"  # the kind of a digest message


@dataclass(frozen=True)
class Mute:
    id: int
    ticker: str
    kind: str  # "" = every kind
    all_severities: bool = False
    until: datetime | None = None
    reason: str = ""

    def active(self, now: datetime) -> bool:
        return self.until is None or now < self.until

    def covers(self, ticker: str, kind: str, severity: Severity, now: datetime) -> bool:
        return (
            self.active(now)
            and self.ticker == ticker.upper()
            and self.kind in ("", kind)
            and (self.all_severities or severity is not Severity.critical)
        )


@dataclass(frozen=True)
class ChannelRules:
    name: str
    digest: DigestSchedule | None = None
    digest_below: Severity = Severity.critical
    quiet: QuietHours | None = None

    @classmethod
    def of(cls, cfg: Any) -> ChannelRules:
        """From a channel's settings (validated there, so parsing cannot fail here)."""
        digest, quiet = getattr(cfg, "digest", None), getattr(cfg, "quiet_hours", None)
        return cls(
            cfg.name,
            parse_digest(digest) if digest else None,
            getattr(cfg, "digest_below", Severity.critical),
            parse_quiet_hours(quiet) if quiet else None,
        )


def rules_by_channel(channels: Iterable[Any]) -> dict[str, ChannelRules]:
    """Each configured channel's rules, by name (from `settings.channel`)."""
    return {c.name: ChannelRules.of(c) for c in channels}


@dataclass(frozen=True)
class Placement:
    """How an outbox row starts: its status, when it is due, and why (shown by `alerts`)."""

    status: str
    not_before: datetime
    note: str = ""


def place(
    rules: ChannelRules, *, ticker: str, kind: str, severity: Severity, mutes: Iterable[Mute], now: datetime
) -> Placement:
    mute = next((m for m in mutes if m.covers(ticker, kind, severity, now)), None)
    if mute is not None:
        return Placement(MUTED, now, f"muted by mute {mute.id}" + (f": {mute.reason}" if mute.reason else ""))
    if rules.digest is not None and severity.rank < rules.digest_below.rank:
        due = rules.digest.next_after(now)
        return Placement(HELD, due, f"held for the digest of {show_time(due, rules.digest.tz)}")
    return quiet_placement(rules, severity, now)


def quiet_placement(rules: ChannelRules, severity: Severity, now: datetime) -> Placement:
    """Due now, or (below critical, in the channel's quiet hours) when they end."""
    end = rules.quiet.end_if_quiet(now) if rules.quiet and severity is not Severity.critical else None
    if rules.quiet is None or end is None:
        return Placement(PENDING, now)
    return Placement(PENDING, end, f"quiet hours until {show_time(end, rules.quiet.tz)}")


def digest_message(
    channel: str, items: Sequence[AlertMessage], period_end: datetime, tz: ZoneInfo, batch: int
) -> AlertMessage:
    """One message batching `items` (oldest first). Its key names the channel, the period and the
    first row of the batch (`batch`), so a batch is one message whoever builds it."""
    assert items, "a digest needs at least one alert"
    kinds = Counter(m.kind for m in items)
    count = f"{len(items)} alert{'s' if len(items) != 1 else ''}"
    key = f"{DIGEST}|{channel}|{period_end.astimezone(UTC):%Y-%m-%dT%H:%MZ}|{batch}"
    seen = [m.first_seen for m in items if m.first_seen]
    return AlertMessage(
        ticker="",
        company="filing-monitor",
        kind=DIGEST,
        severity=max((m.severity for m in items), key=lambda s: s.rank),
        novelty=Novelty.new,
        summary=f"{count} up to {show_time(period_end, tz)}: "
        + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())),
        evidence="",
        idempotency_key=key,
        event_key=key,
        first_seen=min(seen) if seen else None,
        digest=tuple(items),
    )
