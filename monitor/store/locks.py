"""One poller per source across instances sharing PostgreSQL: session advisory locks.

An instance that cannot take a source's lock skips that poll; when the holder dies its connection
closes, the lock is released and another instance takes the work over. SQLite needs no lock here:
only one daemon may open a SQLite store (the daemon's file lock).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Engine


def lock_id(name: str) -> int:
    return zlib.crc32(f"filing-monitor:{name}".encode())


@contextmanager
def source_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Yields True when this instance may poll `name` now."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as conn:
        got = bool(conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": lock_id(name)}).scalar())
        conn.commit()
        try:
            yield got
        finally:
            if got:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": lock_id(name)})
                conn.commit()
