"""cases: the embedded case store, who proved which case, look-up attempts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("code_hash", sa.String(256), nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("office", sa.String(16), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("status_since", sa.Date(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "case_links",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("case_id", sa.BigInteger(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("verified_at", TS, nullable=False),
        sa.Column("remembered", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("user_id", "case_id", name="uq_case_links_user_case"),
    )
    op.create_index("ix_case_links_case_id", "case_links", ["case_id"])
    op.create_table(
        "case_attempts",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("case_key", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_case_attempts_user", "case_attempts", ["user_id", "created_at"])
    op.create_index("ix_case_attempts_case", "case_attempts", ["case_key", "created_at"])


def downgrade() -> None:
    op.drop_table("case_attempts")
    op.drop_table("case_links")
    op.drop_table("cases")
