"""Append-only JSON lines: one object per alert (msg.to_dict() plus `sent_at`), fsynced.

The file is an audit trail other tools read, so a line is written with one write() call on a file
opened for appending (whole lines even with several writers) and is on disk before we report
success. Failures (disk full, permissions, a directory in the way) are transient: fixing the disk
or the path lets the outbox deliver what waited.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from monitor.domain import AlertMessage, DeliveryError
from monitor.settings import JsonlChannel as JsonlSettings


def _utcnow() -> datetime:
    return datetime.now(UTC)


class JsonlChannel:
    type = "jsonl"

    def __init__(
        self,
        name: str,
        path: str | os.PathLike[str],
        *,
        rate_per_second: float = 1000.0,
        clock: Callable[[], datetime] = _utcnow,
    ):
        self.name = name
        self.path = Path(path)
        self.rate_per_second = rate_per_second
        self._clock = clock

    @classmethod
    def from_settings(cls, cfg: JsonlSettings, env: Mapping[str, str]) -> JsonlChannel:
        return cls(cfg.name, cfg.path, rate_per_second=cfg.rate_per_second)

    def __repr__(self) -> str:
        return f"JsonlChannel(name={self.name!r}, path={str(self.path)!r})"

    def send(self, msg: AlertMessage) -> None:
        record = {**msg.to_dict(), "sent_at": self._clock().isoformat()}
        line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                written = os.write(fd, line)
                if written != len(line):
                    raise OSError(f"short write ({written} of {len(line)} bytes)")
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as e:
            raise DeliveryError(
                f"jsonl {self.name}: cannot append to {self.path}: {e}", transient=True
            ) from None
