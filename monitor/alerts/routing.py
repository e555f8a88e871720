"""Which channels an alert goes to: the watch's `channels`, else `[defaults].channels`, each kept
only if the channel accepts the alert's kind (`kinds`) and severity (`min_severity`)."""

from __future__ import annotations

import logging

from monitor.domain import Severity
from monitor.settings import Settings

log = logging.getLogger(__name__)


def channels_for(settings: Settings, ticker: str, kind: str, severity: Severity) -> list[str]:
    watch = settings.watch_by_ticker(ticker)
    names = settings.channels_for(watch) if watch is not None else settings.defaults.channels
    configured = {c.name: c for c in settings.channel}
    out: list[str] = []
    for name in dict.fromkeys(names):  # keep order, drop repeats
        cfg = configured.get(name)
        if cfg is None:
            # check-config reports this; at run time an alert must not fail over it
            log.warning("%s: channel %r is not configured; skipped", ticker, name)
            continue
        if kind in cfg.kinds and severity.rank >= cfg.min_severity.rank:
            out.append(name)
    return out
