"""Claim owners on a real PostgreSQL server, in one process: the owner's advisory lock tells a live
owner from a gone one, and an owner whose lock connection was lost takes its lock again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from monitor.alerts import outbox
from monitor.store import make_engine
from tests.integration.alerts_support import enqueue, message, rows

NOW = datetime(2026, 12, 8, 12, 0, tzinfo=UTC)


def lock_holder(engine: sa.Engine, owner: outbox.Owner) -> int | None:
    """The server process holding `owner`'s advisory lock, if any."""
    query = sa.text("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = :c AND objid = :k "
                    "AND objsubid = 2 AND granted")
    with engine.connect() as conn:
        return conn.execute(query, {"c": outbox.OWNER_LOCK_CLASS, "k": owner.key}).scalar()


def claim_for(engine: sa.Engine, owner: outbox.Owner) -> None:
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alert SET status = 'sending', claimed_by = :o, claimed_until = :u"),
                     {"o": owner.id, "u": (NOW + timedelta(seconds=300)).replace(tzinfo=None)})


def test_a_live_owners_claim_stays_and_a_gone_ones_comes_back(pg_url: str) -> None:
    engine = make_engine(pg_url)
    enqueue(engine, [message()], ["hook"], now=NOW)
    a, b = outbox.Owner(engine, role="run"), outbox.Owner(engine, role="run")
    try:
        claim_for(engine, a)
        assert outbox.reclaim_orphans(engine, b, NOW) == 0
        assert rows(engine)[0].claimed_by == a.id
        a.close()  # as the server sees a process that died: its session, and the lock, are gone
        assert outbox.reclaim_orphans(engine, b, NOW) == 1
        (row,) = rows(engine)
        assert (row.status, row.claimed_by, row.next_attempt_at) == ("pending", None, NOW)
    finally:
        a.close()
        b.close()
        engine.dispose()


def test_an_owner_takes_its_lock_again_after_losing_its_connection(pg_url: str) -> None:
    engine = make_engine(pg_url)
    enqueue(engine, [message()], ["hook"], now=NOW)
    a, b = outbox.Owner(engine, role="run"), outbox.Owner(engine, role="run")
    try:
        pid = lock_holder(engine, a)
        assert pid is not None
        with engine.connect() as conn:  # what a database restart does to every session
            conn.execute(sa.text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})  # waits for its end
        assert lock_holder(engine, a) is None
        a.ensure()  # every dispatch round does this first
        assert lock_holder(engine, a) not in (None, pid)
        claim_for(engine, a)
        assert outbox.reclaim_orphans(engine, b, NOW) == 0  # alive again in the others' eyes
        a.close()
        assert lock_holder(engine, a) is None  # close() released it
    finally:
        a.close()
        b.close()
        engine.dispose()
