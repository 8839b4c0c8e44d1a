"""The dialog engine: one ``Incoming`` in, the screens to show out.

The conversation (language, state, state data) lives in storage, so a restart or
another worker continues where the person was. Each update runs in one write
transaction that also claims the update key (a redelivered update changes nothing)
and saves the state only if nobody else did meanwhile (the version column); a lost
race is retried from fresh data.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from dialogs import views
from dialogs.catalogue import Catalogue
from dialogs.context import Context
from dialogs.desk import STATES as DESK_STATES
from dialogs.desk import VERB as DESK_VERB
from dialogs.desk import Desk
from dialogs.l10n import Localizer, best_language
from dialogs.locks import KeyedLocks
from dialogs.screens import Incoming, Kind, Screen
from dialogs.search import FaqSearch
from storage import Database, Repo

log = logging.getLogger(__name__)

ButtonHandler = Callable[[Context, str], Awaitable[list[Screen] | None]]
TextHandler = Callable[[Context, str], Awaitable[list[Screen]]]

MAX_TEXT = 4000  # what we keep of a typed message; longer is a paste, not a question
MAX_ATTEMPTS = 3


class _Conflict(Exception):
    """Someone else saved this conversation since we read it."""


@dataclass(frozen=True, slots=True)
class DialogOptions:
    default_language: str = "pl"
    languages: tuple[str, ...] = ("pl", "en", "ru", "uk")


class Dialogs:
    def __init__(
        self,
        db: Database,
        catalogue: Catalogue,
        l10n: Localizer,
        search: FaqSearch,
        options: DialogOptions | None = None,
    ) -> None:
        self.db = db
        self.catalogue = catalogue
        self.l10n = l10n
        self.search = search
        self.options = options or DialogOptions()
        self._locks = KeyedLocks()
        self._buttons: dict[str, ButtonHandler] = {
            "lang": self._on_language,
            "m": self._on_menu,
            "f": self._on_entry,
            "fb": self._on_feedback,
            "c": self._on_command_button,
        }
        self._text_states: dict[str, TextHandler] = {}
        self.desk: Desk | None = None

    # -- extension points for features that plug in (case status, booking, staff desk)

    def on_button(self, verb: str, handler: ButtonHandler) -> None:
        self._buttons[verb] = handler

    def on_text_in_state(self, state: str, handler: TextHandler) -> None:
        self._text_states[state] = handler

    def attach_desk(self, desk: Desk) -> None:
        """The staff desk: "Ask staff" buttons, ``/staff``, and its two states."""
        self.desk = desk
        self.on_button(DESK_VERB, desk.on_button)
        for state in DESK_STATES:
            self.on_text_in_state(state, desk.on_message)

    async def set_subscribed(self, channel: str, user_id: str, subscribed: bool) -> None:
        """Record that the messenger lets us write to this person, or no longer does.

        Viber's ``subscribed`` / ``unsubscribed`` (and a Telegram block) arrive between
        the person's messages, so they take the same per-person turn as a message.
        """
        async with self._locks.hold((channel, user_id)), self.db.write() as session:
            repo = Repo(session)
            await repo.users.mark_subscribed(channel, user_id, subscribed)
            if not subscribed and self.desk is not None:
                await self.desk.on_unreachable(repo, channel, user_id)

    # -- the one entry point

    async def handle(self, incoming: Incoming) -> list[Screen]:
        async with self._locks.hold((incoming.channel, incoming.user_id)):
            for attempt in range(1, MAX_ATTEMPTS + 1):
                try:
                    return await self._handle_once(incoming)
                except _Conflict:
                    log.info("conversation_conflict", extra={"attempt": attempt})
            raise RuntimeError("conversation kept changing under us")

    async def _handle_once(self, incoming: Incoming) -> list[Screen]:
        async with self.db.write() as session:
            repo = Repo(session)
            if incoming.update_key is not None and not await repo.updates.claim(
                incoming.channel, incoming.update_key
            ):
                log.info("duplicate_update", extra={"channel": incoming.channel})
                return []
            # The person writing to us lets us write back; merely opening the chat does not.
            user = await repo.users.touch(
                incoming.channel,
                incoming.user_id,
                incoming.language_hint,
                reachable=not incoming.opens_chat,
            )
            if self.desk is not None and not incoming.opens_chat:
                await self.desk.on_contact(repo, user)
            conv = await repo.conversations.load(user.id)  # type: ignore[arg-type]
            lang = user.language or best_language(user.language_hint, self.options.default_language)
            ctx = Context(
                incoming=incoming,
                repo=repo,
                user=user,
                lang=lang,
                l10n=self.l10n,
                state=conv.state,
                data=dict(conv.data),
                desk=self.desk is not None,
            )
            screens = await self._route(ctx)
            if not await repo.conversations.save(conv.user_id, conv.version, ctx.state, ctx.data):
                raise _Conflict
            return screens

    # -- routing

    async def _route(self, ctx: Context) -> list[Screen]:
        incoming = ctx.incoming
        if incoming.kind == Kind.START:
            return await self._on_start(ctx, incoming.text.strip())
        if incoming.kind == Kind.MEDIA:
            if incoming.file is not None and ctx.state in DESK_STATES:
                return await self._text_states[ctx.state](ctx, incoming.text.strip()[:MAX_TEXT])
            return [views.media_hint(ctx)]
        if incoming.kind == Kind.BUTTON:
            verb, _, arg = incoming.payload.partition(":")
            handler = self._buttons.get(verb)
            screens = await handler(ctx, arg) if handler else None
            if screens is None:
                log.info("stale_button", extra={"verb": verb[:16]})
                ctx.go("idle")
                return [views.main_menu(ctx, self.catalogue, notice=ctx.t("menu-changed"))]
            return screens
        text = incoming.text.strip()[:MAX_TEXT]
        command = self._command(text)
        if command is not None and ctx.state in DESK_STATES and not text.startswith("/"):
            command = None  # a question for staff may well start with "hi" or "menu"
        if command is not None:
            return await self._run_command(ctx, command)
        if not ctx.language_chosen:
            # Keep the question: it is answered as soon as the language is picked.
            ctx.go("new", pending=text[:500])
            return [views.language_menu(ctx, list(self.options.languages), first_contact=True)]
        state_handler = self._text_states.get(ctx.state)
        if state_handler is not None:
            return await state_handler(ctx, text)
        return self._answer_question(ctx, text)

    def _command(self, text: str) -> str | None:
        word = text.casefold().lstrip("/").split("@")[0].strip()
        if text.startswith("/") and word in self.catalogue.command_words:
            return self.catalogue.command_words[word]
        if len(text) <= 40:
            return self.catalogue.command_words.get(word)
        return None

    async def _run_command(self, ctx: Context, command: str) -> list[Screen]:
        if command == "start":
            return await self._on_start(ctx, "")
        if not ctx.language_chosen or command == "language":
            if ctx.language_chosen:
                ctx.go("idle")  # before the first choice, a kept question stays kept
            return [
                views.language_menu(
                    ctx, list(self.options.languages), first_contact=not ctx.language_chosen
                )
            ]
        if command == "staff" and self.desk is not None:
            return await self.desk.start(ctx)
        ctx.go("idle")
        if command == "help":
            return [views.help_screen(ctx)]
        return [views.main_menu(ctx, self.catalogue)]

    # -- handlers

    async def _on_start(self, ctx: Context, deep_link: str) -> list[Screen]:
        """``/start`` (optionally with a deep link ``f-<entry>`` or ``m-<category>``)."""
        if not ctx.language_chosen:
            ctx.go("new", start=deep_link[:64])
            return [views.language_menu(ctx, list(self.options.languages), first_contact=True)]
        ctx.go("idle")
        target = self._deep_link(ctx, deep_link)
        return target or [views.main_menu(ctx, self.catalogue)]

    def _deep_link(self, ctx: Context, deep_link: str) -> list[Screen] | None:
        kind, _, ident = deep_link.partition("-")
        if kind == "f" and ident in self.catalogue.entries:
            return [views.answer(ctx, self.catalogue, ident)]
        if kind == "m" and ident in self.catalogue.categories:
            return [views.category_menu(ctx, self.catalogue, ident)]
        return None

    async def _on_language(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg not in self.options.languages:
            return None
        first_choice = not ctx.language_chosen
        await ctx.repo.users.set_language(ctx.user.id, arg)  # type: ignore[arg-type]
        ctx.user.language = arg
        ctx.lang = arg
        pending = ctx.data.get("pending", "") if first_choice else ""
        deep_link = ctx.data.get("start", "") if first_choice else ""
        ctx.go("idle")
        screens = [views.main_menu(ctx, self.catalogue)]
        if first_choice:
            screens[0] = views.main_menu(ctx, self.catalogue, notice=ctx.t("lang-set"))
        if deep_link:
            screens = self._deep_link(ctx, deep_link) or screens
        if pending:
            screens.extend(self._answer_question(ctx, pending))
        return screens

    async def _on_menu(self, ctx: Context, arg: str) -> list[Screen] | None:
        category_id, _, page_arg = arg.partition(":")
        if page_arg and not (page_arg.isascii() and page_arg.isdigit() and len(page_arg) <= 4):
            return None
        page = int(page_arg or 0)
        ctx.go("idle")
        if not category_id:
            return [views.main_menu(ctx, self.catalogue, page=page)]
        if category_id in self.catalogue.categories:
            return [views.category_menu(ctx, self.catalogue, category_id, page)]
        return None

    async def _on_entry(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg not in self.catalogue.entries:
            return None
        ctx.go("idle")
        return [views.answer(ctx, self.catalogue, arg)]

    async def _on_feedback(self, ctx: Context, arg: str) -> list[Screen] | None:
        entry_id, _, value = arg.rpartition(":")
        if entry_id not in self.catalogue.entries or value not in {"0", "1"}:
            return None
        helpful = value == "1"
        await ctx.repo.feedback.record(ctx.user.id, entry_id, helpful)  # type: ignore[arg-type]
        log.info("feedback", extra={"entry": entry_id, "helpful": helpful})
        return [views.feedback_thanks(ctx, self.catalogue, entry_id, helpful)]

    async def _on_command_button(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg not in {"start", "menu", "language", "help"}:
            return None
        return await self._run_command(ctx, arg)

    def _answer_question(self, ctx: Context, text: str) -> list[Screen]:
        result = self.search.query(text, ctx.lang)
        if result.confident is not None:
            log.info("search", extra={"outcome": "answer", "entry": result.confident})
            return [views.answer(ctx, self.catalogue, result.confident)]
        if result.candidates:
            log.info("search", extra={"outcome": "candidates", "count": len(result.candidates)})
            return [views.candidates(ctx, result.candidates)]
        log.info("search", extra={"outcome": "nothing"})
        return [views.not_found(ctx)]
