"""The contract every source keeps. The pipeline calls these; a source never calls back."""

from __future__ import annotations

from typing import Protocol

from monitor.domain import Discovery, Ref, Release


class SourceError(Exception):
    """A poll failed as a whole. `transient`: a later poll may succeed (network, 5xx, bad feed)."""

    def __init__(self, message: str, *, transient: bool = True):
        super().__init__(message)
        self.transient = transient


class Source(Protocol):
    name: str  # "edgar" or "wire:<feed name>"; also the key of its source_state row
    interval_seconds: float

    def discover(self, cursor: str) -> Discovery:
        """Find what is new since `cursor` (opaque, "" on first run). Raises SourceError."""
        ...

    def fetch(self, ref: Ref) -> Release:
        """Turn a Ref into a Release with text. May return documents_complete=False (retry later)."""
        ...
