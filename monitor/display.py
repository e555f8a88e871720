"""What the commands print: times with their zone, JSON lines, "did you mean" hints. Pure helpers.

Every command shows times in one zone, `[display] timezone` (US Eastern by default, as EDGAR states
acceptance times), each time with its zone name: `2026-05-01 08:00 EDT`. JSON output carries
ISO 8601 times with their UTC offset.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo


def suggest(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` when `word` is close to one of `choices`, else ``."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def show_time(dt: datetime | None, tz: ZoneInfo) -> str:
    """`2026-05-01 08:00 EDT`; empty for None. A naive time is the store's UTC."""
    if dt is None:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z")


def iso(dt: datetime | None) -> str | None:
    """ISO 8601 with the offset, for JSON output; None stays None."""
    if dt is None:
        return None
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).isoformat()


def json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)


def table(header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> str:
    """Left-aligned columns, two spaces apart; trailing blanks trimmed."""
    lines = [header, *rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in lines)
