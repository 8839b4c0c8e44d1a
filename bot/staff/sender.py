"""Delivers the ``staff`` lane of the outbox into the staff forum.

Each row is about one person: their header card, what they wrote, a notice, a new
topic name. The person's topic is made on first need (``createForumTopic``), and made
again when staff deleted it (Telegram answers "message thread not found"); in a group
without topics everything goes to the chat itself and staff answer by replying. Every
message into the group waits for a slot of Telegram's 20-a-minute group limit
(``aiolimiter``), so one flooding person cannot push the chat into flood control.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramRetryAfter
from aiogram.types import Message, MessageId, ReplyParameters
from aiolimiter import AsyncLimiter

from bot.channels.telegram_render import escape, keyboard, message_parts
from bot.outbox import Outcome, SendResult
from dialogs.outbox import decode_screen
from storage import Claimed, Database, Repo, Ticket
from storage.desk import CARD, TO_STAFF

log = logging.getLogger(__name__)

GONE = ("message thread not found", "TOPIC_ID_INVALID", "TOPIC_DELETED", "TOPIC_CLOSED")
NOT_FORUM = ("not a forum", "supergroup chats only", "CHAT_NOT_FORUM")
OutcomeOf = Callable[[TelegramAPIError], Outcome]


class _TopicGone(Exception):
    pass


class StaffSender:
    def __init__(
        self,
        bot: Bot,
        db: Database,
        chat_id: int,
        *,
        outcome_of: OutcomeOf,
        group_per_minute: float = 20.0,
    ) -> None:
        self.bot = bot
        self.db = db
        self.chat_id = chat_id
        self.outcome_of = outcome_of
        self.limiter = AsyncLimiter(group_per_minute, 60)

    def kinds(self) -> dict[str, Callable[[Claimed], Awaitable[SendResult]]]:
        return {
            "card": self.send,
            "post": self.send,
            "notice": self.send,
            "retitle": self.send,
        }

    async def send(self, row: Claimed) -> SendResult:
        payload = row.payload
        try:
            async with self.db.read() as session:
                ticket = await Repo(session).desk.get(int(payload["ticket"]))
            if ticket is None:
                return SendResult(Outcome.REJECTED, error="no_ticket")
            if payload["kind"] == "retitle":
                await self._retitle(ticket, str(payload["title"]))
                return SendResult(Outcome.SENT, parts=0)
            for attempt in (1, 2):
                replay = attempt == 2 and payload["kind"] != "card"
                thread = await self._topic(ticket, payload.get("title", ""), replay_card=replay)
                try:
                    sent = await self._deliver(thread, ticket, payload)
                    break
                except _TopicGone:
                    log.info("staff_topic_gone", extra={"attempt": attempt})
                    async with self.db.write() as session:
                        await Repo(session).desk.forget_topic(ticket.user_id, thread)
            else:
                return SendResult(Outcome.RETRY, error="topic_gone")
        except TelegramAPIError as error:
            outcome = self.outcome_of(error)
            retry_after = error.retry_after if isinstance(error, TelegramRetryAfter) else None
            if outcome == Outcome.UNREACHABLE:
                outcome = Outcome.RETRY  # the bot was removed from the staff chat: wait
            log.warning("staff_send_failed", extra={"error": type(error).__name__})
            return SendResult(outcome, error=type(error).__name__, retry_after=retry_after)
        await self._pair(ticket, payload, sent)
        return SendResult(
            Outcome.SENT, message_token=str(sent[0]) if sent else None, parts=len(sent)
        )

    # -- the topic

    async def _topic(self, ticket: Ticket, title: str, *, replay_card: bool) -> int | None:
        """The person's thread id (None: a group without topics), made if missing."""
        async with self.db.read() as session:
            topic = await Repo(session).desk.topic(ticket.user_id)
        if topic is not None and topic.chat_id == self.chat_id:
            return topic.thread_id
        name = title or f"#{ticket.number}"
        thread: int | None
        try:
            created = await self.bot.create_forum_topic(self.chat_id, name=name)
            thread = created.message_thread_id
        except TelegramBadRequest as error:
            if not any(marker in error.message for marker in NOT_FORUM):
                raise
            thread = None
        async with self.db.write() as session:
            await Repo(session).desk.save_topic(
                ticket.user_id, chat_id=self.chat_id, thread_id=thread, title=name
            )
        log.info("staff_topic_created", extra={"forum": thread is not None})
        if replay_card and ticket.card:
            # Staff deleted the topic: the new one starts with the ticket's card again.
            ids = await self._screen(thread, ticket.card)
            await self._pair(ticket, {"kind": "card"}, ids)
        return thread

    async def _retitle(self, ticket: Ticket, title: str) -> None:
        async with self.db.read() as session:
            topic = await Repo(session).desk.topic(ticket.user_id)
        if topic is None or topic.thread_id is None or topic.title == title:
            return
        try:
            await self.bot.edit_forum_topic(self.chat_id, topic.thread_id, name=title)
        except TelegramBadRequest as error:
            if "TOPIC_NOT_MODIFIED" not in error.message and not _gone(error):
                raise
        async with self.db.write() as session:
            await Repo(session).desk.rename_topic(ticket.user_id, title)

    # -- messages into the topic

    async def _deliver(
        self, thread: int | None, ticket: Ticket, payload: dict[str, Any]
    ) -> list[int]:
        kind = payload["kind"]
        try:
            if kind == "card":
                return await self._screen(thread, payload["card"])
            if kind == "notice":
                return await self._screen(thread, payload["screen"])
            return await self._post(thread, ticket, payload)
        except TelegramBadRequest as error:
            if _gone(error):
                raise _TopicGone from error
            raise

    async def _screen(self, thread: int | None, encoded: dict[str, Any]) -> list[int]:
        screen = decode_screen(encoded)
        parts = message_parts(screen)
        markup = keyboard(screen)
        ids = []
        for index, part in enumerate(parts):
            async with self.limiter:
                sent = await self.bot.send_message(
                    self.chat_id,
                    part,
                    message_thread_id=thread,
                    reply_markup=markup if index == len(parts) - 1 else None,
                )
            ids.append(sent.message_id)
        return ids

    async def _post(self, thread: int | None, ticket: Ticket, payload: dict[str, Any]) -> list[int]:
        reply = None
        if payload.get("reply_to"):
            reply = ReplyParameters(
                message_id=int(payload["reply_to"]), allow_sending_without_reply=True
            )
        ids: list[int] = []
        texts = [text for text in payload.get("texts", []) if text]
        file = payload.get("file")
        if file is not None:
            caption = "\n\n".join(texts)[:1000] or None
            async with self.limiter:
                sent = await self._file(thread, payload, file, caption, reply)
            ids.append(sent.message_id)
            return ids
        if texts:
            async with self.limiter:
                message = await self.bot.send_message(
                    self.chat_id,
                    escape("\n\n".join(texts))[:4000],
                    message_thread_id=thread,
                    reply_parameters=reply,
                )
            ids.append(message.message_id)
        return ids

    async def _file(
        self,
        thread: int | None,
        payload: dict[str, Any],
        file: dict[str, Any],
        caption: str | None,
        reply: ReplyParameters | None,
    ) -> Message | MessageId:
        """A person's photo or document: copied from their Telegram chat, by URL from Viber."""
        pms = payload.get("pms") or []
        if payload.get("messenger") == "telegram" and pms:
            return await self.bot.copy_message(
                self.chat_id,
                from_chat_id=int(payload["chat"]),
                message_id=int(pms[-1]),
                message_thread_id=thread,
                reply_parameters=reply,
            )
        text = escape(caption) if caption else None
        try:
            if file.get("kind") == "photo":
                return await self.bot.send_photo(
                    self.chat_id,
                    file["ref"],
                    caption=text,
                    message_thread_id=thread,
                    reply_parameters=reply,
                )
            return await self.bot.send_document(
                self.chat_id,
                file["ref"],
                caption=text,
                message_thread_id=thread,
                reply_parameters=reply,
            )
        except TelegramBadRequest as error:
            if _gone(error):
                raise
            # Telegram takes only some files by URL (a document: PDF, ZIP, GIF): staff get
            # the link to the person's file instead of nothing.
            log.info("staff_file_as_link", extra={"kind": str(file.get("kind"))})
            link = escape(str(file["ref"]))
            return await self.bot.send_message(
                self.chat_id,
                f"{text}\n{link}" if text else link,
                message_thread_id=thread,
                reply_parameters=reply,
            )

    async def _pair(self, ticket: Ticket, payload: dict[str, Any], sent: list[int]) -> None:
        """Remember which staff-side message shows which of the person's messages."""
        if not sent or payload.get("kind") in ("notice", "retitle"):
            return
        pms = payload.get("pms") or [None]
        direction = CARD if payload.get("kind") == "card" and not payload.get("pms") else TO_STAFF
        async with self.db.write() as session:
            desk = Repo(session).desk
            for pm in pms:
                await desk.pair(
                    ticket.number,
                    ticket.user_id,
                    direction,
                    person_message_id=pm,
                    staff_message_id=sent[0],
                )


def _gone(error: TelegramBadRequest) -> bool:
    return any(marker in error.message for marker in GONE)
