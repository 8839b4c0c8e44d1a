"""bookings: visit slots per office, blocked days, and bookings of the fingerprint visit

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)
ACTIVE_ONLY = sa.text("status = 'active'")


def upgrade() -> None:
    op.create_table(
        "slots",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("office", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", TS, nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("taken", sa.Integer(), nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("office", "starts_at", name="uq_slots_office_start"),
        sa.CheckConstraint("taken >= 0 AND taken <= capacity", name="ck_slots_capacity"),
    )
    op.create_index("ix_slots_office_day", "slots", ["office", "day"])
    op.create_table(
        "blocked_days",
        sa.Column("office", sa.String(16), primary_key=True),
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "bookings",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.BigInteger(), sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("slot_id", sa.BigInteger(), sa.ForeignKey("slots.id"), nullable=False),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("office", sa.String(16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("code", sa.String(6), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("cancelled_at", TS, nullable=True),
        sa.UniqueConstraint("office", "day", "code", name="uq_bookings_office_day_code"),
    )
    op.create_index(
        "uq_bookings_active_case",
        "bookings",
        ["case_id"],
        unique=True,
        sqlite_where=ACTIVE_ONLY,
        postgresql_where=ACTIVE_ONLY,
    )
    op.create_index("ix_bookings_slot", "bookings", ["slot_id"])


def downgrade() -> None:
    op.drop_table("bookings")
    op.drop_table("blocked_days")
    op.drop_table("slots")
