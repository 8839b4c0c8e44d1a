"""outbox: scheduled_at, so a message due later never holds back one due now

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE outbox SET scheduled_at = created_at")
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column("scheduled_at", nullable=False)
        batch.drop_index("ix_outbox_user")
        batch.create_index("ix_outbox_user", ["user_id", "scheduled_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index("ix_outbox_user")
        batch.create_index("ix_outbox_user", ["user_id", "id"])
        batch.drop_column("scheduled_at")
