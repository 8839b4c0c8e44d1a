"""outbox: messages the bot sends on its own, kept until the messenger has them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("messenger", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("dedupe_key", sa.String(128), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("claim_token", sa.String(32), nullable=True),
        sa.Column("claimed_until", TS, nullable=True),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("message_token", sa.String(32), nullable=True),
        sa.Column("last_error", sa.String(64), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("delivered_at", TS, nullable=True),
        sa.Column("seen_at", TS, nullable=True),
        sa.Column("failed_at", TS, nullable=True),
        sa.UniqueConstraint("messenger", "dedupe_key", name="uq_outbox_dedupe"),
    )
    op.create_index("ix_outbox_due", "outbox", ["messenger", "status", "next_attempt_at"])
    op.create_index("ix_outbox_user", "outbox", ["user_id", "id"])
    op.create_index("ix_outbox_token", "outbox", ["messenger", "message_token"])


def downgrade() -> None:
    op.drop_table("outbox")
