"""Delivery receipts that arrive before the send they confirm is recorded.

A receipt is applied to its outbox row when the token is known; otherwise it is kept
(``keep``) and applied when the send is recorded (``take``, in the same transaction as
``OutboxRepo.mark_sent``), so neither order of the two loses it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select

from storage.db import BaseRepo
from storage.models import EarlyReceipt, utcnow


class ReceiptRepo(BaseRepo):
    async def keep(self, messenger: str, message_token: str, receipt: str, at: datetime) -> None:
        self.session.add(
            EarlyReceipt(
                messenger=messenger, message_token=message_token[:32], receipt=receipt, at=at
            )
        )
        await self.session.flush()

    async def take(self, messenger: str, message_token: str) -> list[tuple[str, datetime]]:
        """The receipts kept for this token, oldest first; they are removed."""
        e = EarlyReceipt
        where = (e.messenger == messenger, e.message_token == message_token[:32])
        stmt = select(e.receipt, e.at).where(*where).order_by(e.id)
        found = [(row.receipt, row.at) for row in (await self.session.execute(stmt)).all()]
        if found:
            await self.session.execute(delete(e).where(*where))
        return found

    async def prune(self, older_than: timedelta) -> int:
        """Receipts that found no send by now were for replies (not in the outbox)."""
        stmt = delete(EarlyReceipt).where(EarlyReceipt.at < utcnow() - older_than)
        return (await self.session.execute(stmt)).rowcount
