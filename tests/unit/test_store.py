"""The store on a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from monitor.store import AlertRow, Company, FindingRow, Release, make_engine, session_scope
from monitor.store.engine import StoreError
from monitor.store.migrate import head_revision

NOW = datetime(2005, 7, 27, 16, 0, tzinfo=UTC)


def release(company_id: int, uid: str = "0000898431-05-000094") -> Release:
    return Release(company_id=company_id, source="edgar", uid=uid, text="x", content_hash="h",
                   first_seen=NOW, last_seen=NOW, accepted_at=NOW)


def test_schema_created_on_empty_file(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "fm.db"
    make_engine(f"sqlite:///{db}")
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"company", "release", "release_version", "finding", "alert", "source_state", "meta"} <= tables
    assert con.execute("select version_num from alembic_version").fetchone() == (head_revision(),)
    assert con.execute("pragma journal_mode").fetchone() == ("wal",)


def test_release_findings_alerts_in_one_transaction(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    with session_scope(engine) as s:
        c = Company(ticker="ALGIE", cik=8855, name="American Locker Group")
        s.add(c)
        s.flush()
        r = release(c.id)
        s.add(r)
        s.flush()
        f = FindingRow(release_id=r.id, company_id=c.id, kind="impairment", confidence=0.9, severity="high",
                       evidence="e", event_key="k", created_at=NOW)
        s.add(f)
        s.flush()
        s.add(AlertRow(idempotency_key="k|audit", finding_id=f.id, company_id=c.id, channel="audit",
                       kind="impairment", next_attempt_at=NOW, payload="{}", created_at=NOW))
    with session_scope(engine) as s:
        assert s.exec(select(AlertRow)).one().finding_id == f.id
        got = s.exec(select(Release)).one()
        assert got.accepted_at == NOW and got.accepted_at.tzinfo is not None


def test_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    with pytest.raises(RuntimeError), session_scope(engine) as s:
        c = Company(ticker="ALGIE")
        s.add(c)
        s.flush()
        s.add(release(c.id))
        s.flush()
        raise RuntimeError("crash between release and alerts")
    with session_scope(engine) as s:
        assert s.exec(select(Company)).all() == []
        assert s.exec(select(Release)).all() == []


def test_same_source_uid_does_not_duplicate(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    with session_scope(engine) as s:
        c = Company(ticker="ALGIE")
        s.add(c)
        s.flush()
        cid = c.id
        s.add(release(cid))
    with pytest.raises(IntegrityError), session_scope(engine) as s:
        s.add(release(cid))
    with session_scope(engine) as s:
        assert len(s.exec(select(Release)).all()) == 1


def test_foreign_keys_enforced(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    with pytest.raises(IntegrityError), session_scope(engine) as s:
        s.add(release(company_id=999))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "fm.db"
    make_engine(f"sqlite:///{db}")
    con = sqlite3.connect(db)
    con.execute("update alembic_version set version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="newer filing-monitor"):
        make_engine(f"sqlite:///{db}")


def test_naive_datetimes_are_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    with pytest.raises(Exception, match="naive datetime"), session_scope(engine) as s:
        c = Company(ticker="ALGIE")
        s.add(c)
        s.flush()
        r = release(c.id)
        r.first_seen = datetime(2005, 1, 1)
        s.add(r)
