"""unanswered questions: typed questions with no direct answer, masked, for the content team

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "unanswered_questions",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("offered", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index(
        "ix_unanswered_questions_created_at", "unanswered_questions", ["created_at"]
    )


def downgrade() -> None:
    op.drop_table("unanswered_questions")
