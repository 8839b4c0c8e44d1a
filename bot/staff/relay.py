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

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import ReplyParameters
from aiolimiter import AsyncLimiter

from bot.channels.telegram_render import escape
from bot.outbox import Outcome, SendResult
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


def viber_kinds(send_text: SendTextFn) -> dict[str, KindFn]:
    """A staff answer to a Viber person: its words as a Viber text message."""

    async def reply(row: Claimed) -> SendResult:
        text = str(row.payload.get("text") or "").strip()
        if not text:
            # A photo or document without words: Viber needs a public URL for it,
            # which the bot does not serve yet; staff are told by the log, not silence.
            log.warning("staff_file_not_relayed_to_viber")
            return SendResult(Outcome.REJECTED, error="file_unsupported")
        return await send_text(row.recipient, text)

    return {"staff_reply": reply}
