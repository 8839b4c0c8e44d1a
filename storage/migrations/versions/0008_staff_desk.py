"""staff desk: tickets, one topic per person, message pairs, bans

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)
ACTIVE = sa.text("status != 'closed'")


def upgrade() -> None:
    op.create_table(
        "desk_tickets",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("messenger", sa.String(16), nullable=False),
        sa.Column("category", sa.String(64), nullable=True),
        sa.Column("last_entry", sa.String(64), nullable=True),
        sa.Column("opened_at", TS, nullable=False),
        sa.Column("first_reply_at", TS, nullable=True),
        sa.Column("closed_at", TS, nullable=True),
        sa.Column("closed_by", sa.String(8), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("card", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "status IN ('waiting', 'open', 'closed')", name="ck_desk_ticket_status"
        ),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name="ck_desk_ticket_rating"
        ),
    )
    op.create_index(
        "uq_desk_ticket_active",
        "desk_tickets",
        ["user_id"],
        unique=True,
        sqlite_where=ACTIVE,
        postgresql_where=ACTIVE,
    )
    op.create_index("ix_desk_ticket_opened", "desk_tickets", ["opened_at"])
    op.create_table(
        "desk_topics",
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("thread_id", sa.BigInteger(), nullable=True),
        sa.Column("title", sa.String(128), nullable=False),
        sa.Column("unreachable_noted", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("chat_id", "thread_id", name="uq_desk_topic_thread"),
    )
    op.create_table(
        "desk_messages",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column(
            "ticket_id", sa.BigInteger(), sa.ForeignKey("desk_tickets.id"), nullable=False
        ),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("direction", sa.String(4), nullable=False),
        sa.Column("person_message_id", sa.String(64), nullable=True),
        sa.Column("staff_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_desk_message_staff", "desk_messages", ["staff_message_id"])
    op.create_index("ix_desk_message_person", "desk_messages", ["user_id", "person_message_id"])
    op.create_table(
        "desk_bans",
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("banned_by", sa.BigInteger(), nullable=False),
        sa.Column("banned_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("desk_bans")
    op.drop_table("desk_messages")
    op.drop_table("desk_topics")
    op.drop_index("ix_desk_ticket_opened", table_name="desk_tickets")
    op.drop_index("uq_desk_ticket_active", table_name="desk_tickets")
    op.drop_table("desk_tickets")
