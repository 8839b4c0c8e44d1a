"""inbox: updates stored before the messenger is told they arrived; early receipts

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("messenger", sa.String(16), nullable=False),
        sa.Column("update_key", sa.String(128), nullable=False),
        sa.Column("person", sa.String(64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("reply", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(32), nullable=True),
        sa.Column("claimed_until", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("done_at", TS, nullable=True),
        sa.UniqueConstraint("messenger", "update_key", name="uq_inbox_update"),
    )
    op.create_index("ix_inbox_due", "inbox", ["messenger", "status", "claimed_until"])
    op.create_index("ix_inbox_person", "inbox", ["messenger", "person", "status", "id"])
    op.create_index("ix_inbox_created_at", "inbox", ["created_at"])
    op.create_table(
        "early_receipts",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("messenger", sa.String(16), nullable=False),
        sa.Column("message_token", sa.String(32), nullable=False),
        sa.Column("receipt", sa.String(16), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_index("ix_early_receipts_token", "early_receipts", ["messenger", "message_token"])
    op.create_index("ix_early_receipts_at", "early_receipts", ["at"])


def downgrade() -> None:
    op.drop_table("early_receipts")
    op.drop_table("inbox")
