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
from typing import Any

from dialogs import unanswered, views
from dialogs.catalogue import Catalogue
from dialogs.context import Context
from dialogs.fields import checked, user_id
from dialogs.flows import ButtonHandler, Flow, Prepare, StartHandler, State
from dialogs.l10n import Localizer, best_language
from dialogs.locks import KeyedLocks
from dialogs.screens import Incoming, Kind, Screen
from dialogs.search import FaqSearch
from storage import Conversation, Database, Repo

log = logging.getLogger(__name__)

# Called inside the update's transaction with the screens it produced, so a caller can
# keep the reply durable together with the new state (the inbox does: ``bot.inbox``).
KeepFn = Callable[[Repo, list[Screen]], Awaitable[None]]

MAX_TEXT = 4000  # what we keep of a typed message; longer is a paste, not a question
MAX_ATTEMPTS = 3


class _Conflict(Exception):
    """Someone else saved this conversation since we read it."""


class _PreparedTooEarly(Exception):
    """The person's state moved between ``prepare`` and the transaction: prepare again."""


@dataclass(frozen=True, slots=True)
class _Prepared:
    state: str
    value: Any


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
            "a": self._on_action,
        }
        self._flows: dict[str, Flow] = {}
        self._states: dict[str, State] = {}
        self._starters: dict[str, StartHandler] = {}
        self._state_verbs: set[str] = set()  # verbs valid only in some flow state

    # -- features of several steps (case status, booking, staff desk)

    def add_flow(self, flow: Flow) -> None:
        """Register a flow: its states, its entries (``a:<action>``, ``/start <action>``), verbs."""
        if flow.name in self._flows:
            raise ValueError(f"flow {flow.name!r} added twice")
        taken = set(self._buttons) | self._state_verbs
        state_verbs = {verb for state in flow.states.values() for verb in state.buttons}
        clash = (set(flow.global_buttons) | state_verbs) & taken
        clash |= set(flow.global_buttons) & state_verbs
        clash |= set(flow.starters) & set(self._starters)
        if clash:
            raise ValueError(f"flow {flow.name!r} reuses verbs or actions {sorted(clash)}")
        self._flows[flow.name] = flow
        self._states.update(flow.states)
        self._starters.update(flow.starters)
        self._buttons.update(flow.global_buttons)
        self._state_verbs |= state_verbs

    @property
    def actions(self) -> frozenset[str]:
        """The actions flows start, for checking the categories' ``actions`` against them."""
        return frozenset(self._starters)

    async def set_subscribed(self, channel: str, person_id: str, subscribed: bool) -> None:
        """Record that the messenger lets us write to this person, or no longer does.

        Viber's ``subscribed`` / ``unsubscribed`` (and a Telegram block) arrive between
        the person's messages, so they take the same per-person turn as a message.
        """
        person = user_id(person_id)
        async with self._locks.hold((channel, person)), self.db.write() as session:
            await Repo(session).users.mark_subscribed(channel, person, subscribed)

    # -- the one entry point

    async def handle(self, incoming: Incoming, *, keep: KeepFn | None = None) -> list[Screen]:
        """The screens to show; ``keep`` sees them before the transaction commits."""
        incoming = checked(incoming)  # nothing from outside reaches storage unchecked
        async with self._locks.hold((incoming.channel, incoming.user_id)):
            prepared = await self._prepare(incoming)
            for attempt in range(1, MAX_ATTEMPTS + 1):
                try:
                    return await self._handle_once(incoming, prepared, keep)
                except _Conflict:
                    log.info("conversation_conflict", extra={"attempt": attempt})
                except _PreparedTooEarly:
                    log.info("prepared_state_moved", extra={"attempt": attempt})
                    prepared = await self._prepare(incoming)
            raise RuntimeError("conversation kept changing under us")

    async def _prepare(self, incoming: Incoming) -> _Prepared | None:
        """Run the current state's ``prepare`` outside the write transaction, if it has one."""
        if incoming.kind != Kind.TEXT:
            return None
        async with self.db.read() as session:
            repo = Repo(session)
            user = await repo.users.get(incoming.channel, incoming.user_id)
            if user is None or user.id is None or user.language is None:
                return None
            conv = await session.get(Conversation, user.id)
            if conv is None:
                return None
            if incoming.update_key is not None and await repo.updates.seen(
                incoming.channel, incoming.update_key
            ):
                return None
        state = self._states.get(conv.state)
        if state is None or state.prepare is None:
            return None
        text = incoming.text.strip()[:MAX_TEXT]
        if self._command(text, slash_only=state.free_text) is not None:
            return None
        value = await state.prepare(
            Prepare(
                db=self.db,
                incoming=incoming,
                user_id=user.id,
                lang=user.language,
                state=conv.state,
                data=dict(conv.data),
            ),
            text,
        )
        return _Prepared(conv.state, value)

    async def _handle_once(
        self, incoming: Incoming, prepared: _Prepared | None, keep: KeepFn | None
    ) -> list[Screen]:
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
            conv = await repo.conversations.load(user.id)  # type: ignore[arg-type]
            if prepared is not None and prepared.state != conv.state:
                raise _PreparedTooEarly
            lang = user.language or best_language(user.language_hint, self.options.default_language)
            ctx = Context(
                incoming=incoming,
                repo=repo,
                user=user,
                lang=lang,
                l10n=self.l10n,
                state=conv.state,
                data=dict(conv.data),
                prepared=prepared.value if prepared is not None else None,
                flows=self._flows,
            )
            screens = await self._route(ctx)
            if not await repo.conversations.save(conv.user_id, conv.version, ctx.state, ctx.data):
                raise _Conflict
            if keep is not None:
                await keep(repo, screens)
            return screens

    # -- routing

    async def _route(self, ctx: Context) -> list[Screen]:
        incoming = ctx.incoming
        state = self._states.get(ctx.state)
        if incoming.kind == Kind.START:
            return await self._on_start(ctx, incoming.text.strip())
        if incoming.kind == Kind.TROUBLE:
            return [views.trouble(ctx)]
        if incoming.kind == Kind.MEDIA:
            if state is not None and state.on_media is not None and ctx.language_chosen:
                return await state.on_media(ctx, "")
            return [views.media_hint(ctx)]
        if incoming.kind == Kind.BUTTON:
            return await self._on_button(ctx, state, incoming.payload)
        text = incoming.text.strip()[:MAX_TEXT]
        command = self._command(text, slash_only=state is not None and state.free_text)
        if command is not None:
            return await self._run_command(ctx, command)
        if not ctx.language_chosen:
            # Keep the question: it is answered as soon as the language is picked.
            ctx.go("new", pending=text[:500])
            return [views.language_menu(ctx, list(self.options.languages), first_contact=True)]
        if state is not None and state.on_text is not None:
            return await state.on_text(ctx, text)
        return self._answer_question(ctx, text)

    async def _on_button(self, ctx: Context, state: State | None, payload: str) -> list[Screen]:
        """A tap: the current state's verbs first, then the verbs valid anywhere.

        A verb of another flow state (an old message) never acts: the person gets the
        polite "this menu has changed" and the main menu.
        """
        verb, _, arg = payload.partition(":")
        handler = state.buttons.get(verb) if state is not None else None
        if handler is None and verb not in self._state_verbs:
            handler = self._buttons.get(verb)
        screens = await handler(ctx, arg) if handler is not None else None
        if screens is None:
            log.info("stale_button", extra={"verb": verb[:16]})
            ctx.end()
            return [views.main_menu(ctx, self.catalogue, notice=ctx.t("menu-changed"))]
        return screens

    def _command(self, text: str, *, slash_only: bool = False) -> str | None:
        """The command a typed text means, if any.

        ``slash_only``: in a state that takes free text (a case number, a question for
        staff) plain words such as "menu" or "привіт" are the input; only /commands leave.
        """
        word = text.casefold().lstrip("/").split("@")[0].strip()
        if text.startswith("/") and word in self.catalogue.command_words:
            return self.catalogue.command_words[word]
        if len(text) <= 40 and not slash_only:
            return self.catalogue.command_words.get(word)
        return None

    async def _run_command(self, ctx: Context, command: str) -> list[Screen]:
        if command == "start":
            return await self._on_start(ctx, "")
        if not ctx.language_chosen or command == "language":
            if ctx.language_chosen:
                ctx.end()  # before the first choice, a kept question stays kept
            return [
                views.language_menu(
                    ctx, list(self.options.languages), first_contact=not ctx.language_chosen
                )
            ]
        ctx.end()
        if command == "help":
            return [views.help_screen(ctx)]
        return [views.main_menu(ctx, self.catalogue)]

    # -- handlers

    async def _on_start(self, ctx: Context, deep_link: str) -> list[Screen]:
        """``/start`` (optionally with a deep link ``f-<entry>`` or ``m-<category>``)."""
        if not ctx.language_chosen:
            ctx.go("new", start=deep_link[:64])
            return [views.language_menu(ctx, list(self.options.languages), first_contact=True)]
        ctx.end()
        target = await self._deep_link(ctx, deep_link)
        return target or [views.main_menu(ctx, self.catalogue)]

    async def _deep_link(self, ctx: Context, deep_link: str) -> list[Screen] | None:
        """``f-<entry>``, ``m-<category>``, or a flow's action (``status``, ``book``)."""
        starter = self._starters.get(deep_link)
        if starter is not None:
            return await starter(ctx)
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
        ctx.end()
        screens = [views.main_menu(ctx, self.catalogue)]
        if first_choice:
            screens[0] = views.main_menu(ctx, self.catalogue, notice=ctx.t("lang-set"))
        if deep_link:
            screens = await self._deep_link(ctx, deep_link) or screens
        if pending:
            screens.extend(self._answer_question(ctx, pending))
        return screens

    async def _on_menu(self, ctx: Context, arg: str) -> list[Screen] | None:
        category_id, _, page_arg = arg.partition(":")
        if page_arg and not (page_arg.isascii() and page_arg.isdigit() and len(page_arg) <= 4):
            return None
        page = int(page_arg or 0)
        ctx.end()
        if not category_id:
            return [views.main_menu(ctx, self.catalogue, page=page)]
        if category_id in self.catalogue.categories:
            return [views.category_menu(ctx, self.catalogue, category_id, page)]
        return None

    async def _on_entry(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg not in self.catalogue.entries:
            return None
        ctx.end()
        return [views.answer(ctx, self.catalogue, arg)]

    async def _on_feedback(self, ctx: Context, arg: str) -> list[Screen] | None:
        entry_id, _, value = arg.rpartition(":")
        if entry_id not in self.catalogue.entries or value not in {"0", "1"}:
            return None
        helpful = value == "1"
        await ctx.repo.feedback.record(ctx.user.id, entry_id, helpful)  # type: ignore[arg-type]
        log.info("feedback", extra={"entry": entry_id, "helpful": helpful})
        return [views.feedback_thanks(ctx, self.catalogue, entry_id, helpful)]

    async def _on_action(self, ctx: Context, arg: str) -> list[Screen] | None:
        """A category's action button ``a:<action>``: starts the flow that owns it."""
        starter = self._starters.get(arg)
        if starter is None:
            return None
        ctx.end()
        return await starter(ctx)

    async def _on_command_button(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg not in {"start", "menu", "language", "help"}:
            return None
        return await self._run_command(ctx, arg)

    def _answer_question(self, ctx: Context, text: str) -> list[Screen]:
        result = self.search.query(text, ctx.lang)
        if result.confident is not None:
            log.info("search", extra={"outcome": "answer", "entry": result.confident})
            return [views.answer(ctx, self.catalogue, result.confident)]
        unanswered.keep(ctx.repo, text, ctx.lang, result.candidates)
        if result.candidates:
            log.info("search", extra={"outcome": "candidates", "count": len(result.candidates)})
            return [views.candidates(ctx, result.candidates)]
        log.info("search", extra={"outcome": "nothing"})
        return [views.not_found(ctx)]
