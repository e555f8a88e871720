"""The store: tables, engine and the few repository functions the pipeline and CLI use."""

from monitor.store.engine import StoreError, init_schema, make_engine, session_scope
from monitor.store.tables import (
    AlertRow,
    Company,
    FindingRow,
    Meta,
    Release,
    ReleaseVersion,
    SourceState,
)

__all__ = [
    "AlertRow",
    "Company",
    "FindingRow",
    "Meta",
    "Release",
    "ReleaseVersion",
    "SourceState",
    "StoreError",
    "init_schema",
    "make_engine",
    "session_scope",
]
