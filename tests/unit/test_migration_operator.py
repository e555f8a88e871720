"""Revision 0003 on a real SQLite file: a store of the first revision gains the mute table and the
alert columns without losing a row, and the revision can be taken back."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from monitor.store import make_engine, migrate
from tests.unit.test_migrations import fill


def test_0003_adds_mutes_and_alert_columns_and_can_be_taken_back(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}", create=False)
    migrate.upgrade_to(engine, migrate.FIRST_REVISION)
    fill(engine)
    migrate.upgrade_to(engine, "0003")
    with engine.connect() as conn:  # the rows of the first revision are kept (plain SQL: later revisions'
        # columns are not there yet)
        for table in ("company", "release", "release_version", "finding", "alert", "source_state"):
            assert conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 1, table
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT note, acked_at, ack_note FROM alert")).one() == ("", None, "")
        assert conn.execute(sa.text("SELECT count(*) FROM mute")).scalar() == 0
    with migrate._locked(engine) as conn:
        command.downgrade(migrate._config(conn), migrate.FIRST_REVISION)
    assert migrate.current_revision(engine) == migrate.FIRST_REVISION
    with engine.connect() as conn:  # the rows of the first revision are still there
        assert conn.execute(sa.text("SELECT status, attempts, last_error FROM alert")).one() == ("dead", 3, "HTTP 500")
    inspector = sa.inspect(engine)
    assert "mute" not in inspector.get_table_names()
    assert "note" not in {c["name"] for c in inspector.get_columns("alert")}
    engine.dispose()
