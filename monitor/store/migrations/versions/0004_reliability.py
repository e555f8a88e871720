"""Reliability: the owner of each outbox claim, and pauses (Retry-After, SEC rate limit) kept in the store.

`alert.claimed_by` names the process holding a claim, so a restarted daemon reclaims the claims of
owners that are gone at once. `pause` holds "no request before" times per channel and for the SEC.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(), nullable=True))
    op.create_table(
        "pause",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("pause")
    with op.batch_alter_table("alert") as batch:
        batch.drop_column("claimed_by")
