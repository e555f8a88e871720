"""Schema migrations on real SQLite files: the revisions build the models' schema, stores of every
earlier revision (and of 0.1, before versioning) upgrade without losing a row, and processes that
start together on one empty store all come up."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, select

from monitor.cli import main
from monitor.store import (
    AlertRow,
    Company,
    FindingRow,
    Release,
    ReleaseVersion,
    make_engine,
    migrate,
    session_scope,
)

NOW = datetime(2005, 7, 29, 20, 57, 43, tzinfo=UTC)


def schema_diff(engine: sa.Engine) -> list[object]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                     SQLModel.metadata))


def test_revisions_build_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}", create=False)
    migrate.upgrade_to(engine, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_diff(engine) == []


def test_new_store_is_stamped_with_the_newest_revision(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fm.db'}")
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_diff(engine) == []


def fill(engine: sa.Engine) -> None:
    """One row in every table, the way the pipeline writes them."""
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO company (id, ticker, cik, name) VALUES (1, 'ALGIE', 8855, "
                             "'American Locker Group')"))
        conn.execute(sa.text(
            "INSERT INTO release (id, company_id, source, uid, url, title, form, items, text, content_hash, "
            "fingerprint, version, documents_complete, first_seen, last_seen) VALUES (1, 1, 'edgar', "
            "'0000898431-05-000094', 'https://www.sec.gov/x', '8-K', '8-K', '2.02,9.01', 'the text', 'h', 'f', "
            "1, true, '2005-07-29 20:57:43', '2005-07-29 20:57:43')"))
        conn.execute(sa.text("INSERT INTO release_version (id, release_id, version, text, content_hash, diff, "
                             "seen_at) VALUES (1, 1, 1, 'the text', 'h', '', '2005-07-29 20:57:43')"))
        conn.execute(sa.text(
            "INSERT INTO finding (id, release_id, company_id, version, kind, confidence, severity, evidence, "
            "span_start, span_end, amounts, periods, signals, novelty, event_key, created_at) VALUES (1, 1, 1, "
            "1, 'impairment', 0.9, 'high', 'an impairment of $6.4 million', 0, 10, '[]', '[]', '[]', 'new', "
            "'ALGIE|impairment|k', '2005-07-29 20:57:43')"))
        conn.execute(sa.text(
            "INSERT INTO alert (id, idempotency_key, finding_id, company_id, channel, kind, status, attempts, "
            "next_attempt_at, last_error, payload, created_at) VALUES (1, 'k|audit', 1, 1, 'audit', "
            "'impairment', 'dead', 3, '2005-07-29 20:57:43', 'HTTP 500', '{\"ticker\": \"ALGIE\"}', "
            "'2005-07-29 20:57:43')"))
        conn.execute(sa.text("INSERT INTO source_state (source, cursor, consecutive_failures, last_error) "
                             "VALUES ('edgar', '{\"acc\": 1}', 2, 'HTTP 503')"))


def assert_filled(engine: sa.Engine) -> None:
    with session_scope(engine) as s:
        assert s.exec(select(Company.ticker, Company.cik)).all() == [("ALGIE", 8855)]
        release = s.exec(select(Release)).one()
        assert (release.uid, release.items, release.first_seen) == ("0000898431-05-000094", "2.02,9.01", NOW)
        assert s.exec(select(ReleaseVersion.text)).all() == ["the text"]
        assert s.exec(select(FindingRow.evidence)).all() == ["an impairment of $6.4 million"]
        alert = s.exec(select(AlertRow)).one()
        assert (alert.status, alert.attempts, alert.last_error) == ("dead", 3, "HTTP 500")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT cursor FROM source_state")).scalar() == '{"acc": 1}'


def test_every_revision_upgrades_to_head_without_losing_data(tmp_path: Path) -> None:
    revisions = [r.revision for r in reversed(list(migrate._script().walk_revisions()))]
    for n, revision in enumerate(revisions):
        engine = make_engine(f"sqlite:///{tmp_path / f'at-{n}.db'}", create=False)
        migrate.upgrade_to(engine, migrate.FIRST_REVISION)
        fill(engine)  # the first revision's tables are the ones every later one keeps
        migrate.upgrade_to(engine, revision)
        before, after = migrate.upgrade_schema(engine)
        assert (before, after) == (revision, migrate.head_revision())
        assert_filled(engine)
        assert schema_diff(engine) == []
        engine.dispose()


def test_store_of_the_unversioned_release_is_adopted_and_upgraded(tmp_path: Path) -> None:
    """0.1 created its tables without Alembic: same tables as the first revision, no alembic_version."""
    db = tmp_path / "fm.db"
    engine = make_engine(f"sqlite:///{db}", create=False)
    migrate.upgrade_to(engine, migrate.FIRST_REVISION)
    fill(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE alembic_version"))
        conn.execute(sa.text("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"))
    assert migrate.current_revision(engine) is None
    assert migrate.upgrade_schema(engine) == (None, migrate.head_revision())
    assert_filled(engine)
    assert schema_diff(engine) == []


def test_processes_starting_together_on_an_empty_store_all_come_up(tmp_path: Path) -> None:
    db = tmp_path / "fm.db"
    code = ("import sys; from monitor.store import make_engine, current_revision; "
            "print(current_revision(make_engine('sqlite:///' + sys.argv[1])))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outs = [p.communicate(timeout=50) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err for _, err in outs]
    assert {out.strip() for out, _ in outs} == {migrate.head_revision()}
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from alembic_version").fetchone() == (1,)


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f'[store]\nurl = "sqlite:///{tmp_path / "fm.db"}"\n[edgar]\nenabled = false\n')
    return path


def test_db_commands(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = str(write_config(tmp_path))
    assert main(["db", "current", "--config", config]) == 0
    assert capsys.readouterr().out.startswith("none")
    assert main(["db", "upgrade", "--config", config]) == 0
    assert capsys.readouterr().out.startswith(f"upgraded from none to {migrate.head_revision()} (head)")
    assert main(["db", "upgrade", "--config", config]) == 0
    assert capsys.readouterr().out.startswith("already at")
    assert main(["db", "current", "--config", config]) == 0
    assert capsys.readouterr().out.startswith(f"{migrate.head_revision()} (head)")


def test_db_upgrade_refuses_a_newer_store(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    config = str(write_config(tmp_path))
    assert main(["db", "upgrade", "--config", config]) == 0
    con = sqlite3.connect(tmp_path / "fm.db")
    con.execute("update alembic_version set version_num='9999'")
    con.commit()
    con.close()
    assert main(["db", "upgrade", "--config", config]) == 1
    assert "newer filing-monitor" in capsys.readouterr().err
    assert main(["db", "current", "--config", config]) == 0
    assert "unknown to this release" in capsys.readouterr().out
