"""Schema versions with Alembic: every store knows its revision and is upgraded under a lock.

Why Alembic: it is SQLAlchemy's own migration tool (the store is SQLAlchemy/SQLModel), it versions
the schema in the database itself (`alembic_version`), runs on SQLite (batch mode copies a table
where SQLite cannot ALTER it) and PostgreSQL alike, and its revisions are plain Python files under
monitor/store/migrations/versions/ that ship with the package: no ini file, no second tool.

`upgrade_schema(engine)` brings any store to the newest revision:
- an empty database gets the tables of the models and is stamped with the newest revision (the
  recipe Alembic documents for new databases; tests/unit/test_migrations.py proves that the
  revisions build exactly the same schema);
- a store of filing-monitor 0.1 (tables, no `alembic_version`) is stamped with the first revision,
  which is its schema, and then upgraded;
- a versioned store is upgraded revision by revision;
- a store written by a newer filing-monitor (a revision this one does not know) is refused.

Any number of processes may call it at once: on PostgreSQL the work runs in one transaction that
holds a transaction-level advisory lock (released at commit, or by the server if the process dies);
on SQLite a file lock `<db>.migrate.lock` (released by the kernel if the process dies) is taken and
the work runs in one BEGIN IMMEDIATE transaction. A store already at the newest revision is
recognised without taking the lock.
"""

from __future__ import annotations

import fcntl
import logging
import os
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import monitor.store.tables  # noqa: F401 - registers the tables on SQLModel.metadata

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
FIRST_REVISION = "0001"
_LOCK_KEY = zlib.crc32(b"filing-monitor:schema-migration")


class StoreError(Exception):
    """The store cannot be used by this release (written by a newer one, or not upgraded yet)."""


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "no migration revisions are installed"
    return head


def current_revision(engine: Engine) -> str | None:
    """The store's revision; None for an empty database or a store of 0.1 (not versioned)."""
    with engine.connect() as conn:
        return _current(conn)


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def describe(revision: str | None) -> str:
    """`0002 (head): what it adds`, for `db current` and messages."""
    if revision is None:
        return "none (empty, or a store of filing-monitor 0.1 that has not been upgraded yet)"
    script = _script()
    try:
        rev = script.get_revision(revision)
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return f"{revision} (unknown to this release: written by a newer filing-monitor)"
    if rev is None:
        return revision
    head = " (head)" if revision == script.get_current_head() else ""
    return f"{revision}{head}: {(rev.doc or '').splitlines()[0] if rev.doc else ''}".rstrip(": ")


def check_schema(engine: Engine) -> None:
    """For readers that must not write (the web view): raise StoreError unless at the newest revision."""
    current, head = current_revision(engine), head_revision()
    if current == head:
        return
    if current is not None and not _known(current):
        raise StoreError(_newer_message(current))
    raise StoreError(
        f"the store is at schema revision {current or 'none'}, this release needs {head}: "
        "run `filing-monitor db upgrade` (or start the daemon, which upgrades it)"
    )


def upgrade_schema(engine: Engine) -> tuple[str | None, str]:
    """Bring the store to the newest revision (see the module docstring). Returns (before, after)."""
    head = head_revision()
    before = current_revision(engine)
    if before == head:
        return before, head
    with _locked(engine) as conn:
        before = _current(conn)  # another process may have upgraded while we waited for the lock
        if before == head:
            return before, head
        if before is not None and not _known(before):
            raise StoreError(_newer_message(before))
        cfg = _config(conn)
        tables = set(sa.inspect(conn).get_table_names())
        if before is None and not tables - {"alembic_version"}:
            log.info("creating the store's tables (schema revision %s)", head)
            SQLModel.metadata.create_all(conn)
            command.stamp(cfg, "head")
        else:
            if before is None:
                log.info("store without schema version: taking it as revision %s (filing-monitor 0.1)",
                         FIRST_REVISION)
                command.stamp(cfg, FIRST_REVISION)
            log.info("upgrading the store's schema from %s to %s", before or FIRST_REVISION, head)
            command.upgrade(cfg, "head")
    return before, head


def upgrade_to(engine: Engine, revision: str) -> None:
    """Run the revisions themselves up to `revision`, even on an empty database (no shortcut through
    the models): how tests build a store as an older release left it."""
    with _locked(engine) as conn:
        command.upgrade(_config(conn), revision)


def _known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return False


def _newer_message(revision: str) -> str:
    return (
        f"the store was written by a newer filing-monitor (schema revision {revision}, this release "
        f"knows up to {head_revision()}); upgrade filing-monitor"
    )


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """One connection in one transaction, holding the migration lock of this store."""
    with _file_lock(_lock_file(engine)), engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
        yield conn


def _lock_file(engine: Engine) -> Path | None:
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".migrate.lock").expanduser()
    return None


@contextmanager
def _file_lock(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # blocks until the other process's migration is done
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
