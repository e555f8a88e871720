"""Engine: SQLite (WAL, busy_timeout, foreign keys, BEGIN IMMEDIATE) by default, any SQLAlchemy URL.

The schema is versioned with Alembic (monitor.store.migrate): `make_engine` brings a store to the
newest revision under a lock, so any number of processes may start on one store at once; a store
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
from sqlmodel import Session

from monitor.store.migrate import StoreError, upgrade_schema

log = logging.getLogger(__name__)

__all__ = ["StoreError", "make_engine", "safe_url", "session_scope"]


def make_engine(url: str, *, create: bool = True, existing: bool = False) -> Engine:
    """An engine for `url`; with `create`, the store is created or upgraded to the newest schema.
    `existing`: a SQLite file that is not there is a StoreError, not a new empty store (for the
    commands that read or amend what the daemon stored: a mistyped path must not look empty).
    A store that cannot be reached or used is a StoreError saying so."""
    if existing:
        _require_file(url)
    if url.startswith("sqlite"):
        engine = _sqlite_engine(url)
    else:
        engine = sa.create_engine(url, pool_pre_ping=True)
    if create:
        try:
            upgrade_schema(engine)
        except sa.exc.OperationalError as e:
            engine.dispose()
            raise StoreError(f"{safe_url(url)}: cannot open the store: {e.orig or e}") from None
        except StoreError:
            engine.dispose()
            raise
    return engine


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "the store URL"


def _require_file(url: str) -> None:
    if not url.startswith("sqlite"):
        return
    database = sa.engine.make_url(url).database
    if database and database != ":memory:" and not Path(database).expanduser().is_file():
        raise StoreError(f"no store at {Path(database).expanduser()} yet; `filing-monitor run` (or `once`) creates it")


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
