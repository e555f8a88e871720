"""Operator workflow: mutes, acknowledgements and the delivery policy's note on each alert.

Adds the `mute` table and, on `alert`, `note` (why the delivery policy held, muted or digested a
row), `acked_at` and `ack_note`. Existing alerts get an empty note and no acknowledgement.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mute",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticker", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("all_severities", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_mute_ticker", "mute", ["ticker"], unique=False)
    with op.batch_alter_table("alert") as batch:
        batch.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("acked_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("ack_note", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("alert") as batch:
        batch.drop_column("ack_note")
        batch.drop_column("acked_at")
        batch.drop_column("note")
    op.drop_index("ix_mute_ticker", table_name="mute")
    op.drop_table("mute")
