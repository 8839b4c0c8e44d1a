"""Staff answers on the person's messenger: the ``staff_reply`` / ``staff_edit`` outbox kinds.

On Telegram the staff message is copied (``copyMessage``, never forwarded: no staff
name or link goes to the person), as a reply to the person's message that staff
replied to, and the copy's id is paired with the staff message so a later edit and
a reply to the copy find their way. At most one message a second goes into one
private chat. On Viber the words (and a caption) go as text.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import ReplyParameters
from aiolimiter import AsyncLimiter

from bot.channels.telegram_render import escape
from bot.files import FileLinks
from bot.outbox import Outcome, SendResult
from bot.staff.files import TTL_SECONDS, ref_of
from storage import Claimed, Database, Repo
from storage.desk import TO_PERSON

log = logging.getLogger(__name__)

KindFn = Callable[[Claimed], Awaitable[SendResult]]
OutcomeOf = Callable[[TelegramAPIError], Outcome]
CHATS_REMEMBERED = 4096


class TelegramRelay:
    def __init__(
        self, bot: Bot, db: Database, *, outcome_of: OutcomeOf, per_second: float = 1.0
    ) -> None:
        self.bot = bot
        self.db = db
        self.outcome_of = outcome_of
        self.per_second = per_second
        self._limiters: OrderedDict[str, AsyncLimiter] = OrderedDict()

    def kinds(self) -> dict[str, KindFn]:
        return {"staff_reply": self.reply, "staff_edit": self.edit}

    def _limiter(self, chat: str) -> AsyncLimiter:
        limiter = self._limiters.get(chat)
        if limiter is None:
            limiter = self._limiters[chat] = AsyncLimiter(1, 1 / self.per_second)
            while len(self._limiters) > CHATS_REMEMBERED:
                self._limiters.popitem(last=False)
        self._limiters.move_to_end(chat)
        return limiter

    async def reply(self, row: Claimed) -> SendResult:
        payload = row.payload
        reply = None
        if payload.get("reply_to"):
            reply = ReplyParameters(
                message_id=int(payload["reply_to"]), allow_sending_without_reply=True
            )
        try:
            async with self._limiter(row.recipient):
                sent = await self.bot.copy_message(
                    int(row.recipient),
                    from_chat_id=int(payload["staff_chat"]),
                    message_id=int(payload["staff_message_id"]),
                    reply_parameters=reply,
                )
        except TelegramAPIError as error:
            return self._failed(error)
        async with self.db.write() as session:
            await Repo(session).desk.pair(
                int(payload["ticket"]),
                row.user_id,
                TO_PERSON,
                person_message_id=str(sent.message_id),
                staff_message_id=int(payload["staff_message_id"]),
            )
        return SendResult(Outcome.SENT, message_token=str(sent.message_id))

    async def edit(self, row: Claimed) -> SendResult:
        payload = row.payload
        chat, message_id = int(row.recipient), int(payload["person_message_id"])
        text = escape(str(payload.get("text", "")))
        try:
            async with self._limiter(row.recipient):
                try:
                    await self.bot.edit_message_text(text, chat_id=chat, message_id=message_id)
                except TelegramBadRequest as error:
                    if "message is not modified" in error.message:
                        return SendResult(Outcome.SENT, parts=0)
                    if "no text in the message" not in error.message:
                        raise
                    await self.bot.edit_message_caption(
                        chat_id=chat, message_id=message_id, caption=text
                    )
        except TelegramAPIError as error:
            return self._failed(error)
        return SendResult(Outcome.SENT)

    def _failed(self, error: TelegramAPIError) -> SendResult:
        outcome = self.outcome_of(error)
        retry_after = error.retry_after if isinstance(error, TelegramRetryAfter) else None
        log.info("staff_relay_failed", extra={"error": type(error).__name__})
        return SendResult(outcome, error=type(error).__name__, retry_after=retry_after)


SendTextFn = Callable[[str, str], Awaitable[SendResult]]
SendRawFn = Callable[[str, dict[str, Any]], Awaitable[SendResult]]
VIBER_PICTURE_TEXT = 120  # characters of a picture's description


def viber_kinds(
    send_text: SendTextFn, send_raw: SendRawFn, links: Callable[[], FileLinks | None]
) -> dict[str, KindFn]:
    """A staff answer to a Viber person: its words as text, a photo or document by link."""

    async def reply(row: Claimed) -> SendResult:
        text = str(row.payload.get("text") or "").strip()
        file = row.payload.get("file")
        if not file:
            return await send_text(row.recipient, text) if text else _nothing()
        signer = links()
        if signer is None:
            # Without viber.public_url there is no address Viber could fetch the file from.
            log.warning("staff_file_not_relayed_to_viber")
            return await send_text(row.recipient, text) if text else _nothing()
        url = signer.url_for(ref_of(str(file["ref"])), ttl_seconds=TTL_SECONDS)
        if file.get("kind") == "photo":
            message: dict[str, Any] = {"type": "picture", "media": url, "text": ""}
            if len(text) <= VIBER_PICTURE_TEXT:
                message["text"], text = text, ""
        else:
            message = {
                "type": "file",
                "media": url,
                "size": int(file.get("size") or 1),
                "file_name": str(file.get("name") or "document")[:256],
            }
        if text:
            said = await send_text(row.recipient, text)
            if said.outcome != Outcome.SENT:
                return said
        return await send_raw(row.recipient, message)

    return {"staff_reply": reply}


def _nothing() -> SendResult:
    return SendResult(Outcome.REJECTED, error="empty")
