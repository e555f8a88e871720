"""company_facts: each company's bases for materiality (XBRL companyfacts), and when they are due.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company_facts",
        sa.Column("cik", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entity_name", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("bases", sa.String(), nullable=False),
        sa.Column("due_since", sa.DateTime(), nullable=True),
        sa.Column("due_reason", sa.String(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=True),
        sa.Column("fetched_for", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("cik"),
    )
    op.create_index("ix_company_facts_due_since", "company_facts", ["due_since"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_company_facts_due_since", table_name="company_facts")
    op.drop_table("company_facts")
