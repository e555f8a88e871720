"""Engine: SQLite (WAL, busy_timeout, foreign keys, BEGIN IMMEDIATE) by default, any SQLAlchemy URL.

The schema is created on first use and stamped with SCHEMA_VERSION in the `meta` table; a store
written by a newer release is refused instead of being silently misread.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from monitor.store.tables import SCHEMA_VERSION, Meta

log = logging.getLogger(__name__)


class StoreError(Exception):
    pass


def make_engine(url: str, *, create: bool = True) -> Engine:
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url)
    else:
        engine = sa.create_engine(url, pool_pre_ping=True)
    if create:
        init_schema(engine)
    return engine


def _sqlite_engine(url: str) -> Engine:
    database = sa.engine.make_url(url).database
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so "begin" below is ours.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: no deadlock-prone lock upgrades between writers.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def init_schema(engine: Engine) -> None:
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        row = s.get(Meta, "schema_version")
        if row is None:
            s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
            s.commit()
        elif int(row.value) > SCHEMA_VERSION:
            raise StoreError(
                f"the store was written by a newer filing-monitor (schema {row.value}, "
                f"this release knows {SCHEMA_VERSION}); upgrade filing-monitor"
            )
        elif int(row.value) < SCHEMA_VERSION:
            migrate(engine, int(row.value))


def migrate(engine: Engine, from_version: int) -> None:
    """Upgrade an older store step by step. Version 1 is the first schema: nothing to do yet."""
    raise StoreError(f"no migration from schema {from_version} to {SCHEMA_VERSION}")


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
