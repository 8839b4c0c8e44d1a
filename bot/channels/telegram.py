"""The Telegram channel (aiogram 3): updates in, ``Incoming`` to the dialogs, screens back out.

The handlers only translate. What a person sees is decided in ``dialogs`` and drawn by
``telegram_render``; this module knows which updates matter (private messages and
button taps), which are answered with a hint (stickers, voice, group chats), and which
are ignored quietly (edited messages, channel posts, the staff chat, anything else).
Updates arrive by long polling or on the shared aiohttp server (``telegram.mode``,
``telegram_webhook``); each is stored in the inbox (``bot.inbox``) before Telegram is
told it arrived, and handled from there, concurrently; one person's are handled and
answered in arrival order (``ReplyOrder``). Replies go straight to the Bot API; one
Telegram will not take right now (flood control, a network error, a 5xx) waits in the
outbox (``bot.outbox``) and is sent from there, paced under Telegram's limits, so it
is delayed rather than lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.enums import ChatType, ContentType, MessageEntityType, ParseMode
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.filters import CommandObject, CommandStart, ExceptionTypeFilter
from aiogram.types import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    CallbackQuery,
    ErrorEvent,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    TelegramObject,
    Update,
)
from aiogram.utils.callback_answer import CallbackAnswer, CallbackAnswerMiddleware
from aiogram.utils.token import TokenValidationError
from aiohttp import web

from bot.app import Core
from bot.channels.order import ReplyOrder
from bot.channels.telegram_render import escape, message_parts, send_screen
from bot.channels.telegram_webhook import WebhookDoor
from bot.config import (
    ConfigError,
    InboxSettings,
    Secrets,
    Settings,
    StaffSettings,
    TelegramSettings,
)
from bot.inbox import Inbox, InboxError, Turn
from bot.logs import error_fields
from bot.outbox import OutboxSender, Outcome, SendPolicy, SendResult
from bot.staff import LANE as STAFF_LANE
from bot.staff import OutboxStaffPort, StaffSender, TelegramRelay, build_staff_router
from bot.staff.bookings import build_bookings_router
from bot.staff.files import KIND as TELEGRAM_FILES
from bot.staff.files import telegram_files
from dialogs import Dialogs, FileRef, Incoming, Kind, Localizer, Screen, best_language
from dialogs.desk import Desk
from storage import Database, Repo

log = logging.getLogger(__name__)

CHANNEL = "telegram"
COMMANDS = ("start", "menu", "language", "help")
SECRET_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,256}")
GROUP_CHATS = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
HINTED_MEMORY = 1024  # group messages remembered, so a redelivery gets no second hint
# The outbox's pace: under Telegram's ~30 messages a second to different chats, leaving
# room for the replies sent straight away.
OUTBOX_PER_SECOND = 25.0
FLOOD_MEMORY = 4096  # people remembered as kept waiting by flood control

# What a person can send that is not text. Service messages (pins, joins, payments) are
# not something a person "says" to the bot, so they are left unhandled and ignored.
MEDIA_TYPES = frozenset(
    {
        ContentType.ANIMATION,
        ContentType.AUDIO,
        ContentType.CONTACT,
        ContentType.DICE,
        ContentType.DOCUMENT,
        ContentType.GAME,
        ContentType.LOCATION,
        ContentType.PAID_MEDIA,
        ContentType.PHOTO,
        ContentType.POLL,
        ContentType.STICKER,
        ContentType.STORY,
        ContentType.VENUE,
        ContentType.VIDEO,
        ContentType.VIDEO_NOTE,
        ContentType.VOICE,
    }
)


def webhook_secret(secrets: Secrets) -> str:
    """The value Telegram must send in ``X-Telegram-Bot-Api-Secret-Token``.

    ``TELEGRAM_WEBHOOK_SECRET`` when set; otherwise derived from the bot token, so
    every worker of one bot agrees on it without another secret to distribute.
    """
    if secrets.telegram_webhook_secret is not None:
        value = secrets.telegram_webhook_secret.get_secret_value()
        if not SECRET_PATTERN.fullmatch(value):
            raise ConfigError(
                "config: TELEGRAM_WEBHOOK_SECRET: use 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        return value
    assert secrets.telegram_bot_token is not None
    return hashlib.sha256(secrets.telegram_bot_token.get_secret_value().encode()).hexdigest()


def outbox_policy(settings: Settings) -> SendPolicy:
    """The outbox at Telegram's pace. No cap per person: that is Viber's rule."""
    return SendPolicy.from_settings(settings.outbox, per_second=OUTBOX_PER_SECOND)


def outcome_of(error: TelegramAPIError) -> Outcome:
    """What a failed Bot API call means for the message: wait, retry, stop, or drop it."""
    if isinstance(error, TelegramRetryAfter):
        return Outcome.RATE_LIMITED
    if isinstance(error, TelegramForbiddenError):
        return Outcome.UNREACHABLE  # the person blocked the bot, or their account is gone
    if isinstance(error, TelegramEntityTooLarge):
        return Outcome.REJECTED  # aiogram files it under network errors; it never shrinks
    if isinstance(error, TelegramNetworkError | TelegramServerError):
        return Outcome.RETRY  # a timeout, a refused connection, a 5xx: it may pass
    return Outcome.REJECTED  # a 400 and the like: the same request fails the same way


def bot_commands(l10n: Localizer, lang: str) -> list[BotCommand]:
    return [BotCommand(command=cmd, description=l10n(lang, f"cmd-{cmd}")) for cmd in COMMANDS]


def _incoming(user_id: int, kind: Kind, **fields: Any) -> Incoming:
    return Incoming(channel=CHANNEL, user_id=str(user_id), kind=kind, **fields)


def _message_fields(message: Message) -> dict[str, Any]:
    """The message's id, what it replies to and its photo or document (the staff desk)."""
    fields: dict[str, Any] = {"message_id": str(message.message_id)}
    if message.reply_to_message is not None:
        fields["reply_to"] = str(message.reply_to_message.message_id)
    if message.photo:
        fields["file"] = FileRef("photo", message.photo[-1].file_id)
    elif message.document is not None:
        doc = message.document
        fields["file"] = FileRef("document", doc.file_id, doc.file_name or "", doc.file_size)
    return fields


async def _answer_quietly(callback: CallbackQuery) -> None:
    """Stop the button's spinner; a query already answered or expired is no one's problem."""
    with contextlib.suppress(TelegramAPIError):
        await callback.answer()


async def _delete_quietly(message: Message) -> None:
    """Delete what the person typed (an access code); a bot may in a private chat, for 48 h.

    If Telegram refuses (too old, already deleted), the answer still goes out.
    """
    try:
        await message.delete()
    except TelegramAPIError as error:
        log.info("telegram_delete_refused", extra={"error": type(error).__name__})


class AnswerFirst(CallbackAnswerMiddleware):
    """A tap's spinner stops before the reply is worked out and sent (aiogram's middleware).

    The reply may wait for flood control or a slow network; the spinner must not. A
    query Telegram will not take an answer for (expired, flood control) changes nothing
    about handling the tap.
    """

    def __init__(self) -> None:
        super().__init__(pre=True)

    async def answer(self, event: CallbackQuery, callback_answer: CallbackAnswer) -> None:
        try:
            await super().answer(event, callback_answer)
        except TelegramAPIError as error:
            log.info("telegram_callback_answer_failed", extra={"error": type(error).__name__})


async def _addressed_to_bot(message: Message, bot: Bot) -> bool:
    """A command or a mention of this bot: the only group messages worth a hint."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or []
    if not entities:
        return False
    me = await bot.me()
    username = (me.username or "").casefold()
    for entity in entities:
        if entity.type == MessageEntityType.TEXT_MENTION:
            if entity.user is not None and entity.user.id == me.id:
                return True
            continue
        if entity.type not in {MessageEntityType.BOT_COMMAND, MessageEntityType.MENTION}:
            continue
        word = entity.extract_from(text).casefold()
        if entity.type == MessageEntityType.MENTION and word == f"@{username}":
            return True
        if entity.type == MessageEntityType.BOT_COMMAND:
            _, at, target = word.partition("@")
            if not at or target == username:
                return True
    return False


# (person's user id, chat id, the screens, the tapped message to edit) -> sent or queued
ReplyFn = Callable[[str, int, list[Screen], int | None], Awaitable[None]]


def build_router(dialogs: Dialogs, *, reply: ReplyFn, staff_chat_id: int = 0) -> Router:
    """All of the channel's handlers, on a fresh router (a router can have one parent only)."""
    router = Router(name="telegram")
    private = Router(name="telegram-private")
    private.message.filter(F.chat.type == ChatType.PRIVATE, F.from_user)
    private.callback_query.filter(F.message.chat.type == ChatType.PRIVATE)
    groups = Router(name="telegram-groups")
    groups.message.filter(F.chat.type.in_(GROUP_CHATS), F.chat.id != staff_chat_id)
    leftovers = Router(name="telegram-leftovers")
    hinted: OrderedDict[tuple[int, int], None] = OrderedDict()
    replies = ReplyOrder()

    private.callback_query.middleware(AnswerFirst())

    async def run(
        chat_id: int,
        incoming: Incoming,
        tapped: int | None = None,
        *,
        typed: Message | None = None,
        turn: Turn | None = None,
    ) -> None:
        """Handle one update and show the reply, in this person's order.

        ``typed``: the person's message, deleted once the reply says it held a secret.
        Taken from the inbox (``turn``), the reply is kept with the dialog step too.
        """

        async def show(screens: list[Screen]) -> None:
            if typed is not None and any(screen.delete_input for screen in screens):
                await _delete_quietly(typed)
            await reply(incoming.user_id, chat_id, screens, tapped)

        if turn is None:
            handle = dialogs.handle(incoming)
        else:
            keep = turn.keep(chat=chat_id, user=incoming.user_id)
            handle = turn.watch(dialogs.handle(incoming, keep=keep))
        await replies.run(incoming.user_id, handle, show)

    @private.message(CommandStart())
    async def on_start(
        message: Message,
        command: CommandObject,
        event_update: Update,
        inbox_turn: Turn | None = None,
    ) -> None:
        user = message.from_user
        assert user is not None  # the router filter
        incoming = _incoming(
            user.id,
            Kind.START,
            text=command.args or "",
            language_hint=user.language_code,
            update_key=str(event_update.update_id),
        )
        await run(message.chat.id, incoming, turn=inbox_turn)

    @private.message(F.text)
    async def on_text(
        message: Message, event_update: Update, inbox_turn: Turn | None = None
    ) -> None:
        user = message.from_user
        assert user is not None
        assert message.text is not None
        incoming = _incoming(
            user.id,
            Kind.TEXT,
            text=message.text,
            language_hint=user.language_code,
            update_key=str(event_update.update_id),
            **_message_fields(message),
        )
        await run(message.chat.id, incoming, typed=message, turn=inbox_turn)

    @private.message(F.content_type.in_(MEDIA_TYPES))
    async def on_media(
        message: Message, event_update: Update, inbox_turn: Turn | None = None
    ) -> None:
        user = message.from_user
        assert user is not None
        incoming = _incoming(
            user.id,
            Kind.MEDIA,
            text=message.caption or "",
            language_hint=user.language_code,
            update_key=str(event_update.update_id),
            **_message_fields(message),
        )
        await run(message.chat.id, incoming, turn=inbox_turn)

    @private.callback_query()
    async def on_button(
        callback: CallbackQuery, event_update: Update, inbox_turn: Turn | None = None
    ) -> None:
        """A tap; its spinner was stopped before this runs (``AnswerFirst``)."""
        message = callback.message
        assert message is not None  # the router filter
        # Older than 48 hours or deleted: cannot be edited, the screen comes anew.
        tapped = message.message_id if isinstance(message, Message) else None
        incoming = _incoming(
            callback.from_user.id,
            Kind.BUTTON,
            payload=callback.data or "",
            language_hint=callback.from_user.language_code,
            update_key=str(event_update.update_id),
        )
        await run(message.chat.id, incoming, tapped, turn=inbox_turn)

    @groups.message()
    async def on_group_message(message: Message, bot: Bot) -> None:
        key = (message.chat.id, message.message_id)
        if key in hinted:
            return
        hinted[key] = None  # claimed before any await: a redelivery racing us sees it
        while len(hinted) > HINTED_MEMORY:
            hinted.popitem(last=False)
        if not await _addressed_to_bot(message, bot):
            return
        hint = message.from_user.language_code if message.from_user else None
        lang = best_language(hint, dialogs.options.default_language)
        await bot.send_message(
            chat_id=message.chat.id,
            text=escape(dialogs.l10n(lang, "private-only")),
            message_thread_id=message.message_thread_id if message.is_topic_message else None,
            reply_parameters=ReplyParameters(
                message_id=message.message_id, allow_sending_without_reply=True
            ),
        )

    @leftovers.callback_query(F.message.chat.id != staff_chat_id)
    async def on_other_button(callback: CallbackQuery) -> None:
        """A tap we did not offer (a group, an inline message): stop the spinner, nothing else."""
        await _answer_quietly(callback)

    # An update the inbox must keep (not stored, or taken over) is not the person's error:
    # it propagates, so the update is not acknowledged, or is left to its new holder.
    @router.errors(~ExceptionTypeFilter(InboxError))
    async def on_error(event: ErrorEvent, inbox_turn: Turn | None = None) -> bool:
        """Log without personal data; then tell the person, unless their reply is on its way.

        A reply that failed for a passing reason waits in the outbox by now and follows
        once Telegram takes it: anything sent meanwhile would overtake it. Otherwise
        (our own failure, or a reply Telegram refused for good) the person gets a short
        "something went wrong" through the same ordered path, and keeps their place.
        """
        error = event.exception
        log.error(
            "telegram_update_failed",
            extra={"update_type": event.update.event_type, **error_fields(error)},
        )
        if inbox_turn is not None and inbox_turn.failed:
            return True  # the database failed: the update is handled again from the inbox
        await _recover(event.update, error, run)
        return True

    router.include_routers(private, groups, leftovers)
    return router


async def _recover(
    update: Update,
    error: Exception,
    run: Callable[[int, Incoming], Awaitable[None]],
) -> None:
    """After a failed update: an apology with the way to the menu, or nothing if it would hurt.

    A tap's spinner was stopped before handling (``AnswerFirst``).
    """
    if isinstance(error, TelegramAPIError) and outcome_of(error) != Outcome.REJECTED:
        return  # parked in the outbox (it must not be overtaken), flood control, or blocked
    if update.callback_query is not None:
        user = update.callback_query.from_user
        message = update.callback_query.message
        chat = message.chat if message is not None else None
    elif update.message is not None and update.message.from_user is not None:
        user, chat = update.message.from_user, update.message.chat
    else:
        return
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    incoming = _incoming(user.id, Kind.TROUBLE, language_hint=user.language_code)
    try:
        await run(chat.id, incoming)
    except Exception as again:
        log.error("telegram_recovery_failed", extra=error_fields(again))


class TelegramChannel:
    """The Channel protocol for Telegram: polling or webhook, commands, clean stop."""

    name = CHANNEL

    def __init__(
        self,
        *,
        bot: Bot,
        db: Database,
        dialogs: Dialogs,
        settings: TelegramSettings,
        policy: SendPolicy,
        secret: str,
        default_language: str,
        inbox: InboxSettings | None = None,
        desk: Desk | None = None,
        staff_port: OutboxStaffPort | None = None,
        staff: StaffSettings | None = None,
    ) -> None:
        self.bot = bot
        self.db = db
        self.dialogs = dialogs
        self.settings = settings
        self.secret = secret
        self.default_language = default_language
        self.outbox = OutboxSender(
            db, CHANNEL, self.send_queued, policy, on_unreachable=self._unreachable
        )
        # Per person, until when Telegram's flood control asked us to wait (see _reply).
        self._flood: OrderedDict[str, datetime] = OrderedDict()
        # FSM off: the conversation state lives in storage, owned by dialogs.
        self.dispatcher = Dispatcher(disable_fsm=True, name="telegram")
        self.staff_outbox: OutboxSender | None = None
        # Before the desk's router, which keeps every other /command in the staff chat internal.
        self.dispatcher.include_router(build_bookings_router(db, dialogs.l10n, settings))
        if desk is not None and settings.staff_chat_id:
            self._add_staff_desk(desk, staff_port, staff or StaffSettings(), policy)
        self.dispatcher.include_router(
            build_router(dialogs, reply=self._reply, staff_chat_id=settings.staff_chat_id)
        )
        self._webhook: WebhookDoor | None = None
        self._polling: asyncio.Task[None] | None = None
        self._closing = False
        # Every update is stored before Telegram is told it arrived (the next getUpdates
        # offset, the webhook's 200), and handled from the store.
        self.inbox = Inbox(db, CHANNEL, self._process, inbox or InboxSettings())
        self.dispatcher.update.outer_middleware(self._door)

    def _add_staff_desk(
        self,
        desk: Desk,
        port: OutboxStaffPort | None,
        staff: StaffSettings,
        policy: SendPolicy,
    ) -> None:
        """The staff chat's router, its outbox lane, and staff answers to Telegram persons."""
        chat_id = self.settings.staff_chat_id
        self.dispatcher.include_router(
            build_staff_router(
                desk, staff_chat_id=chat_id, admin_ids=frozenset(self.settings.admin_ids)
            )
        )
        sender = StaffSender(
            self.bot,
            self.db,
            chat_id,
            outcome_of=outcome_of,
            group_per_minute=staff.group_per_minute,
        )
        self.staff_outbox = OutboxSender(
            self.db,
            STAFF_LANE,
            _no_screens,
            replace(policy, subscribed_only=False),
            kinds=sender.kinds(),
        )
        relay = TelegramRelay(
            self.bot, self.db, outcome_of=outcome_of, per_second=staff.private_per_second
        )
        self.outbox.kinds.update(relay.kinds())
        if port is not None:
            port.on_wake(self.staff_outbox.wake)
        desk.wakers[CHANNEL] = self.outbox.wake

    @classmethod
    def from_settings(cls, core: Core, secrets: Secrets) -> TelegramChannel:
        settings = core.settings.telegram
        if secrets.telegram_bot_token is None:
            raise ConfigError("config: TELEGRAM_BOT_TOKEN: not set")
        if settings.mode == "webhook" and settings.public_url is None:
            raise ConfigError(
                "config: telegram.public_url: required when telegram.mode is webhook; "
                "set it in config.toml or BOT_TELEGRAM__PUBLIC_URL"
            )
        secret = webhook_secret(secrets)
        api_server = (
            TelegramAPIServer.from_base(str(settings.api_server).rstrip("/"))
            if settings.api_server is not None
            else PRODUCTION
        )
        session = AiohttpSession(api=api_server, timeout=settings.request_timeout)
        try:
            bot = Bot(
                token=secrets.telegram_bot_token.get_secret_value(),
                session=session,
                # Answers carry official links; a preview card would bury the answer.
                default=DefaultBotProperties(
                    parse_mode=ParseMode.HTML, link_preview=LinkPreviewOptions(is_disabled=True)
                ),
            )
        except TokenValidationError:
            raise ConfigError(
                "config: TELEGRAM_BOT_TOKEN: not a bot token (expected 123456:ABC...)"
            ) from None
        channel = cls(
            bot=bot,
            db=core.db,
            dialogs=core.dialogs,
            settings=settings,
            policy=outbox_policy(core.settings),
            secret=secret,
            default_language=core.settings.dialogs.default_language,
            inbox=core.settings.inbox,
            desk=core.desk,
            staff_port=core.staff_port,
            staff=core.settings.staff,
        )
        if core.desk is not None:
            # Staff photos and documents reach Viber persons by signed links to tg:<file_id>.
            core.file_resolvers[TELEGRAM_FILES] = telegram_files(bot)
        return channel

    @property
    def allowed_updates(self) -> list[str]:
        """Only the kinds some handler wants; the staff desk's routers add theirs."""
        return self.dispatcher.resolve_used_update_types()

    def setup(self, app: web.Application) -> None:
        if self.settings.mode != "webhook":
            return
        self._webhook = WebhookDoor(self.dispatcher, self.bot, secret=self.secret)
        self._webhook.register(app, self.settings.webhook_path)

    async def start(self) -> None:
        try:
            # Also caches the bot's own user, which command and mention filters need.
            await self.bot.me()
        except TelegramUnauthorizedError:
            raise ConfigError(
                "config: TELEGRAM_BOT_TOKEN: the Bot API rejected the token"
            ) from None
        self._closing = False
        await self.register_commands()
        await self.outbox.start()
        await self.inbox.start()  # first of all, what a previous run left unhandled
        if self.staff_outbox is not None:
            await self.staff_outbox.start()
        if self.settings.mode == "webhook":
            await self._start_webhook()
        else:
            await self._start_polling()
        log.info("telegram_started", extra={"mode": self.settings.mode})

    async def register_commands(self) -> None:
        """The command menu in each language, and a default for everyone else."""
        l10n = self.dialogs.l10n
        scope = BotCommandScopeAllPrivateChats()
        try:
            for lang in self.dialogs.options.languages:
                await self.bot.set_my_commands(
                    bot_commands(l10n, lang), scope=scope, language_code=lang
                )
            await self.bot.set_my_commands(bot_commands(l10n, self.default_language), scope=scope)
        except TelegramAPIError as error:  # cosmetic: the bot works without a command menu
            log.warning("telegram_commands_failed", extra={"error": type(error).__name__})

    async def _start_webhook(self) -> None:
        assert self.settings.public_url is not None
        url = str(self.settings.public_url).rstrip("/") + self.settings.webhook_path
        try:
            await self.bot.set_webhook(
                url=url, secret_token=self.secret, allowed_updates=self.allowed_updates
            )
        except TelegramBadRequest as error:
            raise ConfigError(
                f"config: telegram.public_url: Telegram refused the webhook: {error.message}"
            ) from None

    async def _start_polling(self) -> None:
        # getUpdates answers 409 while a webhook is set (e.g. after switching modes).
        await self.bot.delete_webhook(drop_pending_updates=False)
        self._polling = asyncio.create_task(
            self.dispatcher.start_polling(
                self.bot,
                handle_signals=False,  # the runner owns the signals
                close_bot_session=False,  # stop() closes it after the last reply
                allowed_updates=self.allowed_updates,
                # One update at a time into the inbox (``_door``), so the offset that
                # confirms an update is sent only after it is stored; the handling
                # runs concurrently from the inbox.
                handle_as_tasks=False,
            ),
            name="telegram-polling",
        )

    async def stop(self) -> None:
        """Stop taking updates, finish the ones taken, then stop sending and close the session.

        In that order: the replies of the updates in hand still need the session. What
        is stored but not taken stays in the inbox for the next start.
        """
        self._closing = True
        if self._polling is not None:
            try:
                await self.dispatcher.stop_polling()
            except RuntimeError:  # the task has not begun polling yet
                self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._polling
            self._polling = None
        if self._webhook is not None:
            self._webhook.accepting = False
        await self.inbox.stop()
        # After the updates, which may have queued replies; unsent rows wait in the table.
        await self.outbox.stop()
        if self.staff_outbox is not None:
            await self.staff_outbox.stop()
        await self.bot.session.close()
        log.info("telegram_stopped")

    async def idle(self, update_id: int | None = None) -> None:
        """Until the update (or every update) stored so far by this worker is handled (tests)."""
        if update_id is None:
            await self.inbox.idle()
        else:
            await self.inbox.settled(str(update_id))

    # -- the inbox

    async def _door(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        update: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        """Store each arriving update; only an update taken from the inbox goes on."""
        if data.get("inbox_turn") is not None:
            return await handler(update, data)
        assert isinstance(update, Update)
        payload = update.model_dump(mode="json", by_alias=True, exclude_none=True)
        # A webhook fails fast (500: Telegram resends it); polling keeps trying, and the
        # offset that would confirm the update waits, until it is stored or we stop.
        await self.inbox.accept_patiently(
            str(update.update_id),
            _person(update),
            payload,
            give_up=lambda: self._webhook is not None or self._closing,
        )
        return None

    async def _process(self, turn: Turn) -> None:
        """Handle one stored update, or send the reply an earlier attempt kept."""
        reply = turn.row.reply
        if reply is not None:
            log.info("telegram_kept_reply_sent")
            await self._reply(str(reply["user"]), int(reply["chat"]), turn.kept(), None)
            return
        update = Update.model_validate(turn.row.payload, context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update, inbox_turn=turn)

    # -- sending

    async def _reply(
        self, user_id: str, chat_id: int, screens: list[Screen], tapped: int | None
    ) -> None:
        """Send a reply now; what Telegram will not take right now waits in the outbox.

        Under flood control, on a network error or a Bot API 5xx, the screens not shown
        yet are queued (the failed one included, so a screen of several messages may
        repeat its first part) and the error goes on to the error handler, which logs it.
        A person who blocked the bot is marked so, and nothing is queued for them.
        While flood control keeps a person waiting, and until what waited has gone out,
        their replies join the queue without a try: they keep their order, and Telegram
        is not asked again before the time it named.
        """
        if not screens:
            return
        if await self._must_wait(user_id):
            await self._queue(user_id, screens, reason="flood_wait")
            return
        edit = tapped
        for index, screen in enumerate(screens):
            try:
                if await send_screen(self.bot, chat_id, screen, edit_message_id=edit):
                    edit = None
            except TelegramAPIError as error:
                outcome = outcome_of(error)
                if isinstance(error, TelegramRetryAfter):
                    self._hold(user_id, error.retry_after)
                if outcome == Outcome.UNREACHABLE:
                    await self._unreachable(user_id)
                elif outcome in (Outcome.RETRY, Outcome.RATE_LIMITED):
                    await self._queue(user_id, screens[index:], reason=type(error).__name__)
                raise

    async def _queue(self, user_id: str, screens: Sequence[Screen], *, reason: str) -> None:
        """Park screens in the outbox, not before flood control lets us write to the person.

        They come as new messages (nothing left to edit).
        """
        until = self._flood.get(user_id)
        not_before = until if until is not None and until > _now() else None
        await self.outbox.park(user_id, screens, reason=reason, not_before=not_before)

    def _hold(self, user_id: str, seconds: float) -> None:
        """Remember that Telegram asked for a pause in writing to this person."""
        self._flood[user_id] = _now() + timedelta(seconds=seconds)
        self._flood.move_to_end(user_id)
        while len(self._flood) > FLOOD_MEMORY:
            self._flood.popitem(last=False)

    async def _must_wait(self, user_id: str) -> bool:
        """Whether a reply must queue behind earlier ones that flood control held back."""
        until = self._flood.get(user_id)
        if until is None:
            return False
        if until > _now():
            return True
        async with self.db.read() as session:
            waiting = await Repo(session).outbox.waiting(CHANNEL, user_id)
        if not waiting:
            self._flood.pop(user_id, None)
        return waiting

    async def send_queued(self, recipient: str, screen: Screen) -> SendResult:
        """The outbox's send: one screen as new message(s), and what came of it."""
        try:
            await send_screen(self.bot, int(recipient), screen)
        except TelegramAPIError as error:
            outcome = outcome_of(error)
            if isinstance(error, TelegramRetryAfter):
                self._hold(recipient, error.retry_after)
                return SendResult(outcome, error="retry_after", retry_after=error.retry_after)
            if outcome == Outcome.REJECTED:
                log.error("telegram_outbox_rejected", extra=error_fields(error))
            return SendResult(outcome, error=type(error).__name__)
        return SendResult(Outcome.SENT, parts=len(message_parts(screen)))

    async def _unreachable(self, user_id: str) -> None:
        """Blocked by the person: nothing is queued or retried until they write again."""
        log.info("telegram_user_blocked")
        await self.dialogs.set_subscribed(CHANNEL, user_id, False)


async def _no_screens(recipient: str, screen: Screen) -> SendResult:
    """The staff lane carries only the desk's kinds; a bare screen there is a bug."""
    return SendResult(Outcome.REJECTED, error="staff_lane_screen")


def _now() -> datetime:
    return datetime.now(UTC)


def _person(update: Update) -> str:
    """Whose update this is, so one person's updates are handled in order ("" if nobody's)."""
    try:
        user = getattr(update.event, "from_user", None)
    except Exception:  # an update type newer than aiogram
        return ""
    return str(user.id) if user is not None else ""
