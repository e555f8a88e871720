"""Schema migrations on a real PostgreSQL server: the revisions build the models' schema, and
processes starting together on one empty database all come up (the advisory lock serialises them)."""

from __future__ import annotations

import subprocess
import sys

import sqlalchemy as sa

from monitor.store import make_engine, migrate
from tests.unit.test_migrations import assert_filled, fill, schema_diff


def test_revisions_build_the_models_schema_and_keep_data(pg_url: str) -> None:
    engine = make_engine(pg_url, create=False)
    migrate.upgrade_to(engine, migrate.FIRST_REVISION)
    fill(engine)
    assert migrate.upgrade_schema(engine) == (migrate.FIRST_REVISION, migrate.head_revision())
    assert_filled(engine)
    assert schema_diff(engine) == []
    engine.dispose()


def test_processes_starting_together_on_an_empty_database(pg_url: str) -> None:
    code = ("import sys; from monitor.store import make_engine, current_revision; "
            "print(current_revision(make_engine(sys.argv[1])))")
    for _ in range(3):
        existing = sa.MetaData()
        engine = sa.create_engine(pg_url)
        existing.reflect(engine)
        existing.drop_all(engine)
        engine.dispose()
        procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(3)]
        outs = [p.communicate(timeout=50) for p in procs]
        assert [p.returncode for p in procs] == [0] * 3, [err for _, err in outs]
        assert {out.strip() for out, _ in outs} == {migrate.head_revision()}
