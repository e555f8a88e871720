"""The same store on a real PostgreSQL server: schema, unique keys, advisory locks, aware times."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from monitor.store import Company, Release, current_revision, make_engine, session_scope
from monitor.store.locks import source_lock
from monitor.store.migrate import head_revision

NOW = datetime(2005, 7, 29, 20, 57, 43, tzinfo=UTC)


def test_schema_and_unique_release(pg_url: str) -> None:
    engine = make_engine(pg_url)
    assert current_revision(engine) == head_revision()
    with session_scope(engine) as s:
        c = Company(ticker="ALGIE", cik=8855)
        s.add(c)
        s.flush()
        cid = c.id
        s.add(Release(company_id=cid, source="edgar", uid="0000898431-05-000094", first_seen=NOW, last_seen=NOW,
                      accepted_at=NOW))
    with pytest.raises(IntegrityError), session_scope(engine) as s:
        s.add(Release(company_id=cid, source="edgar", uid="0000898431-05-000094", first_seen=NOW, last_seen=NOW))
    with session_scope(engine) as s:
        rows = s.exec(select(Release)).all()
        assert len(rows) == 1 and rows[0].accepted_at == NOW


def test_one_poller_per_source(pg_url: str) -> None:
    a, b = make_engine(pg_url), make_engine(pg_url, create=False)
    with source_lock(a, "edgar") as first, source_lock(b, "edgar") as second, source_lock(b, "wire:bw") as other:
        assert (first, second, other) == (True, False, True)
    with source_lock(b, "edgar") as after_release:
        assert after_release
