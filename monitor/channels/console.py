"""Console: a readable block per alert on stdout (the demo and `once --dry-run` read it there)."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TextIO

from monitor.alerts import compose
from monitor.domain import AlertMessage, DeliveryError
from monitor.settings import ConsoleChannel as ConsoleSettings


class ConsoleChannel:
    type = "console"

    def __init__(self, name: str, *, stream: TextIO | None = None, rate_per_second: float = 1000.0):
        self.name = name
        self.rate_per_second = rate_per_second
        self._stream = stream  # None: sys.stdout at send time, so pytest's capture sees it

    @classmethod
    def from_settings(cls, cfg: ConsoleSettings, env: Mapping[str, str]) -> ConsoleChannel:
        return cls(cfg.name, rate_per_second=cfg.rate_per_second)

    def send(self, msg: AlertMessage) -> None:
        stream = self._stream or sys.stdout
        try:
            stream.write(compose.console_text(msg))
            stream.flush()
        except (OSError, ValueError) as e:  # closed pipe or stream: a later attempt may find a reader
            raise DeliveryError(f"console {self.name}: {e}", transient=True) from None
