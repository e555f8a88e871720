"""The store: tables, engine and the few repository functions the pipeline and CLI use."""

from monitor.store.engine import StoreError, make_engine, safe_url, session_scope
from monitor.store.migrate import check_schema, current_revision, upgrade_schema
from monitor.store.tables import (
    AlertRow,
    Company,
    CompanyFacts,
    FindingRow,
    Meta,
    MuteRow,
    Pause,
    Release,
    ReleaseVersion,
    SourceState,
)

__all__ = [
    "AlertRow",
    "Company",
    "CompanyFacts",
    "FindingRow",
    "Meta",
    "MuteRow",
    "Pause",
    "Release",
    "ReleaseVersion",
    "SourceState",
    "StoreError",
    "check_schema",
    "current_revision",
    "make_engine",
    "safe_url",
    "session_scope",
    "upgrade_schema",
]
