"""The staff desk's rules: a person's question becomes a ticket, staff answers come back.

Messenger-neutral. What the staff chat must show (a topic per person, a header card,
the person's messages, notices, topic names) is asked of a ``StaffPort``, which
``bot/staff`` implements on a Telegram forum; every request is queued in the outbox
inside the caller's transaction, so nothing is lost to a crash or an outage. Staff
answers reach the person through the outbox of the person's own messenger as a
``staff_reply`` row, which each messenger's sender delivers its own way (Telegram
copies the staff message, Viber sends its text).

Ticket states: ``waiting`` (no staff answer yet) -> ``open`` (staff answered) ->
``closed`` (by staff or by the person); a message after a close opens a new ticket in
the same topic. The one-unfinished-ticket rule is a unique index (``storage.desk``).
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from dialogs import desk_views, views
from dialogs.catalogue import Catalogue
from dialogs.context import Context
from dialogs.desk_port import DeskOptions, DeskPost, StaffMessage, StaffPort
from dialogs.desk_views import VERB
from dialogs.flows import Flow
from dialogs.l10n import Localizer
from dialogs.outbox import encode_screen, queue_screens
from dialogs.screens import Button, Screen
from storage import Database, Repo, Ticket, User
from storage.desk import CLOSED, OPEN, TO_PERSON
from storage.models import utcnow

log = logging.getLogger(__name__)

ASK, OPEN_STATE = "staff.ask", "staff.open"
STATES = (ASK, OPEN_STATE)
HELD = "held:"  # dedupe prefix of staff replies waiting for Viber's window to open
CANNED_FILE = Path(__file__).parent / "content" / "canned.toml"
# Internal: notes ("/note ...", "! ...") and any other /command typed in the staff chat.
NOTE_PREFIXES = ("/", "!")


def load_canned(path: Path = CANNED_FILE) -> tuple[str, ...]:
    with path.open("rb") as handle:
        return tuple(tomllib.load(handle)["replies"])


class Desk:
    def __init__(
        self,
        db: Database,
        l10n: Localizer,
        catalogue: Catalogue,
        port: StaffPort,
        options: DeskOptions,
        *,
        canned: tuple[str, ...] | None = None,
    ) -> None:
        self.db = db
        self.l10n = l10n
        self.catalogue = catalogue
        self.port = port
        self.options = options
        self.canned = canned if canned is not None else load_canned()
        # Messenger -> wake its outbox sender after a staff reply was queued.
        self.wakers: dict[str, Callable[[], None]] = {}

    def flow(self) -> Flow:
        """The person's side as a flow: "Ask staff", the question, the open ticket.

        Both states take free text: while a ticket is open, "hi" or "menu" typed by the
        person are words for staff; only /commands and buttons leave. The ``st`` verbs
        (ask, done, rate) work from anywhere: a rating button comes days later.
        """
        flow = Flow(
            "staff",
            data_keys={
                "category": "the menu category the person came from (for the card)",
                "entry": "the answer that did not help (for the card)",
                "ticket": "the number of the person's unfinished ticket",
            },
        )
        flow.state("ask", on_text=self.on_message, on_media=self.on_media, free_text=True)
        flow.state("open", on_text=self.on_message, on_media=self.on_media, free_text=True)
        flow.starts("staff", self.start)
        flow.anywhere(VERB, self.on_button)
        return flow

    async def on_media(self, ctx: Context, _text: str) -> list[Screen]:
        """A photo or a document goes to staff (with its caption); a sticker does not."""
        if ctx.incoming.file is None:
            return [views.media_hint(ctx)]
        return await self.on_message(ctx, ctx.incoming.text.strip()[:4000])

    def staff_t(self, msg_id: str, **args: Any) -> str:
        return self.l10n(self.options.staff_language, msg_id, **args)

    # -- the person's side (plugged into the engine: button verb "st", the two states)

    async def on_button(self, ctx: Context, arg: str) -> list[Screen] | None:
        action, _, rest = arg.partition(":")
        if action == "ask":
            return await self.start(ctx, rest)
        if action == "done":
            return await self.person_closes(ctx)
        if action == "rate":
            number, _, value = rest.partition(":")
            if not (number.isdigit() and value.isdigit()):
                return None
            return await self.rate(ctx, int(number), int(value))
        return None

    async def start(self, ctx: Context, origin: str = "") -> list[Screen]:
        """ "Ask staff": from the main menu, an answer that did not help, search, ``/staff``."""
        user_id = _id(ctx.user)
        if await ctx.repo.desk.is_banned(user_id):
            return [self._banned(ctx)]
        ticket = await ctx.repo.desk.active_ticket(user_id)
        if ticket is not None:
            ctx.go(OPEN_STATE, ticket=ticket.number)
            return [self._open_screen(ctx, ctx.t("staff-already-open", number=ticket.number))]
        kind, _, ident = origin.partition(":")
        data: dict[str, Any] = {}
        if kind == "f" and ident in self.catalogue.entries:
            data = {"entry": ident, "category": self.catalogue.entries[ident].category}
        elif kind == "m" and ident in self.catalogue.categories:
            data = {"category": ident}
        ctx.go(ASK, **data)
        return [
            Screen(
                text=ctx.t("staff-ask"),
                title=ctx.t("staff-ask-title"),
                buttons=((Button(ctx.t("btn-main-menu"), "m:"),),),
            )
        ]

    async def on_message(self, ctx: Context, text: str) -> list[Screen]:
        """Text, a photo or a document typed in ``staff.ask`` or ``staff.open``: to staff."""
        user = ctx.user
        user_id = _id(user)
        repo = ctx.repo
        if await repo.desk.is_banned(user_id):
            ctx.end()
            return [self._banned(ctx)]
        incoming = ctx.incoming
        if not text and incoming.file is None:
            return []
        ticket, new = await repo.desk.open_ticket(
            user_id,
            language=ctx.lang,
            messenger=user.messenger,
            category=ctx.data.get("category"),
            last_entry=ctx.data.get("entry"),
        )
        reply_to_staff = None
        if incoming.reply_to is not None:
            pair = await repo.desk.by_person_message(user_id, incoming.reply_to)
            reply_to_staff = pair.staff_message_id if pair is not None else None
        card = None
        if new:
            kept = await repo.cases.remembered_by(user_id)  # the case they keep, if any
            card = self.card(
                ticket,
                text,
                has_file=incoming.file is not None,
                case=kept[-1].number if kept else None,
            )
            await repo.desk.set_card(ticket.number, encode_screen(card))
        await self.port.post(
            repo,
            DeskPost(
                ticket=ticket.number,
                user_id=user_id,
                messenger=user.messenger,
                person_chat=user.messenger_user_id,
                text=text,
                file=incoming.file,
                message_id=incoming.message_id,
                reply_to_staff=reply_to_staff,
                card=card,
                title=self.title(ticket),
            ),
        )
        if new:  # a topic kept from an earlier ticket takes the new number and state
            await self.port.retitle(repo, ticket, self.title(ticket))
        self.port.wake()
        ctx.go(OPEN_STATE, ticket=ticket.number)
        log.info("desk_post", extra={"new_ticket": new, "file": incoming.file is not None})
        if not new:
            return []
        return [self._open_screen(ctx, self._expectation(ctx, ticket.number))]

    async def person_closes(self, ctx: Context) -> list[Screen]:
        ticket = await ctx.repo.desk.active_ticket(_id(ctx.user))
        ctx.end()
        if ticket is None:
            return [Screen(text=ctx.t("staff-nothing-open"), buttons=_menu_row(ctx))]
        await ctx.repo.desk.close(ticket.number, by="person")
        ticket.status = CLOSED
        await self.port.retitle(ctx.repo, ticket, self.title(ticket))
        await self.port.notice(
            ctx.repo,
            ticket,
            Screen(text=self.staff_t("desk-closed-by-person", number=ticket.number)),
            key=f"closed:{ticket.number}",
        )
        self.port.wake()
        return [self.rating_screen(ctx.t, ticket.number, "staff-closed-by-you")]

    async def rate(self, ctx: Context, number: int, value: int) -> list[Screen] | None:
        ticket = await ctx.repo.desk.get(number)
        if ticket is None or ticket.user_id != ctx.user.id or not 1 <= value <= 5:
            return None
        if await ctx.repo.desk.rate(number, _id(ctx.user), value):
            await self.port.notice(
                ctx.repo,
                ticket,
                Screen(text=self.staff_t("desk-rated", number=number, rating=value)),
                key=f"rated:{number}",
            )
            self.port.wake()
            log.info("desk_rated", extra={"rating": value})
        ctx.end()
        return [Screen(text=ctx.t("staff-rate-thanks"), buttons=_menu_row(ctx))]

    # -- what people read

    def _banned(self, ctx: Context) -> Screen:
        return Screen(text=ctx.t("staff-banned"), buttons=_menu_row(ctx))

    def _open_screen(self, ctx: Context, text: str) -> Screen:
        return Screen(
            text=text,
            buttons=(
                (Button(ctx.t("btn-staff-done"), f"{VERB}:done"),),
                (Button(ctx.t("btn-main-menu"), "m:"),),
            ),
        )

    def _expectation(self, ctx: Context, number: int) -> str:
        now = utcnow()
        back = self.options.hours.next_open(now)
        if back is None:
            return ctx.t("staff-ticket-opened-later", number=number, when="-")
        if back == now:
            return ctx.t("staff-ticket-opened", number=number)
        local = back.astimezone(self.options.hours.zone)
        return ctx.t(
            "staff-ticket-opened-later",
            number=number,
            when=desk_views.moment(ctx.t, local),
        )

    def rating_screen(self, t: Callable[..., str], number: int, msg_id: str) -> Screen:
        return desk_views.rating_screen(t, number, msg_id)

    # -- what staff read

    def title(self, ticket: Ticket) -> str:
        return desk_views.topic_title(self.staff_t, self.catalogue, ticket)

    def card(
        self, ticket: Ticket, question: str, *, has_file: bool = False, case: str | None = None
    ) -> Screen:
        return desk_views.header_card(
            self.staff_t, self.l10n, self.catalogue, ticket, question, has_file, case
        )

    # -- the staff's side (called by bot/staff's router)

    async def person_at(
        self, repo: Repo, chat_id: int, thread_id: int | None, reply_to: int | None
    ) -> User | None:
        """Whose topic this is: by the forum thread, or (no topics) by the replied message."""
        user_id: int | None = None
        if thread_id is not None:
            topic = await repo.desk.topic_at(chat_id, thread_id)
            user_id = topic.user_id if topic is not None else None
        if user_id is None and reply_to is not None:
            pair = await repo.desk.by_staff_message(reply_to)
            user_id = pair.user_id if pair is not None else None
        if user_id is None:
            return None
        return await repo.session.get(User, user_id)

    async def person(
        self, chat_id: int, thread_id: int | None, reply_to: int | None
    ) -> User | None:
        async with self.db.read() as session:
            return await self.person_at(Repo(session), chat_id, thread_id, reply_to)

    async def ticket_owner(self, number: int) -> User | None:
        async with self.db.read() as session:
            ticket = await Repo(session).desk.get(number)
            return await session.get(User, ticket.user_id) if ticket is not None else None

    async def latest_number(self, user: User) -> int | None:
        async with self.db.read() as session:
            ticket = await Repo(session).desk.latest_ticket(_id(user))
            return ticket.number if ticket is not None else None

    async def from_staff(self, message: StaffMessage) -> str:
        """Relay a staff message to its person; what happened (for logs and tests).

        ``internal``: a note, kept in the chat; ``nobody``: not in a person's topic;
        ``duplicate``: a redelivered update; ``held``: Viber's window is closed, it
        waits for the person's next message; ``sent``: queued for delivery.
        """
        if message.text.lstrip().startswith(NOTE_PREFIXES):
            return "internal"
        async with self.db.write() as session:
            repo = Repo(session)
            if message.update_key is not None and not await repo.updates.claim(
                "staff", message.update_key
            ):
                return "duplicate"
            user = await self.person_at(repo, message.chat_id, message.thread_id, message.reply_to)
            if user is None:
                return "nobody"
            user_id = _id(user)
            ticket = await repo.desk.active_ticket(user_id) or await repo.desk.latest_ticket(
                user_id
            )
            if ticket is None:
                return "nobody"
            if await repo.desk.first_reply(ticket.number):
                ticket.status = OPEN
                await self.port.retitle(repo, ticket, self.title(ticket))
            reply_to = None
            if message.reply_to is not None:
                pair = await repo.desk.by_staff_message(message.reply_to)
                if pair is not None and pair.user_id == user_id:
                    reply_to = pair.person_message_id
            payload: dict[str, Any] = {
                "kind": "staff_reply",
                "ticket": ticket.number,
                "staff_chat": message.chat_id,
                "staff_message_id": message.message_id,
                "text": message.text,
                "reply_to": reply_to,
            }
            if message.file is not None:
                payload["file"] = {
                    "kind": message.file.kind,
                    "ref": message.file.ref,
                    "name": message.file.name,
                    "size": message.file.size,
                }
            outcome = "sent"
            not_before = None
            key = f"staff:{message.chat_id}:{message.message_id}"
            if (
                user.messenger == "viber"
                and _aware(user.last_seen) < utcnow() - self.options.viber_window
            ):
                outcome, key = "held", HELD + key
                not_before = utcnow() + timedelta(days=365)
                await self.port.notice(
                    repo,
                    ticket,
                    Screen(text=self.staff_t("desk-viber-window")),
                    key=f"window:{message.chat_id}:{message.message_id}",
                )
            if not user.subscribed and await repo.desk.note_unreachable(user_id, True):
                await self.port.notice(
                    repo,
                    ticket,
                    Screen(text=self.staff_t(f"desk-unreachable-{user.messenger}")),
                    key=f"unreachable:{message.chat_id}:{message.message_id}",
                )
            await repo.outbox.enqueue(
                user_id, user.messenger, payload, dedupe_key=key, not_before=not_before
            )
            await self._follow(repo, user_id, ticket.number)
        self._wake(user.messenger)
        log.info("desk_staff_reply", extra={"outcome": outcome, "messenger": user.messenger})
        return outcome

    async def staff_edit(self, chat_id: int, message_id: int, text: str) -> bool:
        """A staff member edited a message already delivered: update the person's copy."""
        async with self.db.write() as session:
            repo = Repo(session)
            pair = await repo.desk.by_staff_message(message_id)
            if pair is None or pair.direction != TO_PERSON or pair.person_message_id is None:
                return False
            user = await session.get(User, pair.user_id)
            if user is None or user.messenger != "telegram":
                return False  # Viber cannot edit a sent message
            await repo.outbox.enqueue(
                pair.user_id,
                user.messenger,
                {
                    "kind": "staff_edit",
                    "person_message_id": pair.person_message_id,
                    "text": text,
                },
                dedupe_key=f"edit:{chat_id}:{message_id}:{utcnow().timestamp():.6f}",
            )
        self._wake("telegram")
        return True

    async def close(self, user: User, *, number: int | None = None) -> Ticket | None:
        """Staff close the person's ticket (a button on the card, or ``/close`` in the topic)."""
        async with self.db.write() as session:
            repo = Repo(session)
            user_id = _id(user)
            ticket = (
                await repo.desk.get(number) if number else await repo.desk.active_ticket(user_id)
            )
            if ticket is None or ticket.user_id != user_id:
                return None
            if not await repo.desk.close(ticket.number, by="staff"):
                return None
            ticket.status = CLOSED
            await self.port.retitle(repo, ticket, self.title(ticket))
            await self.port.notice(
                repo,
                ticket,
                Screen(text=self.staff_t("desk-closed-by-staff", number=ticket.number)),
                key=f"closed:{ticket.number}",
            )
            t = self._person_t(ticket.language)
            await queue_screens(
                repo,
                messenger=user.messenger,
                user_id=user_id,
                screens=[self.rating_screen(t, ticket.number, "staff-closed-by-staff")],
                dedupe_key=f"closed:{ticket.number}",
            )
        self.port.wake()
        self._wake(user.messenger)
        return ticket

    async def reopen(self, user: User) -> Ticket | None:
        async with self.db.write() as session:
            repo = Repo(session)
            user_id = _id(user)
            ticket = await repo.desk.latest_ticket(user_id)
            if ticket is None or not await repo.desk.reopen(ticket.number):
                return None
            ticket.status = OPEN
            await self.port.retitle(repo, ticket, self.title(ticket))
            t = self._person_t(ticket.language)
            await queue_screens(
                repo,
                messenger=user.messenger,
                user_id=user_id,
                screens=[
                    Screen(
                        text=t("staff-reopened", number=ticket.number),
                        buttons=((Button(t("btn-staff-done"), f"{VERB}:done"),),),
                    )
                ],
                dedupe_key=f"reopened:{ticket.number}:{utcnow().timestamp():.6f}",
            )
            await self._follow(repo, user_id, ticket.number, force=True)
        self.port.wake()
        self._wake(user.messenger)
        return ticket

    async def send_canned(self, user: User, number: int, canned_id: str, author_id: int) -> bool:
        """A canned reply, in the person's language, as if staff had typed it."""
        if canned_id not in self.canned:
            return False
        async with self.db.write() as session:
            repo = Repo(session)
            ticket = await repo.desk.get(number)
            if ticket is None or ticket.user_id != user.id:
                return False
            t = self._person_t(ticket.language)
            await queue_screens(
                repo,
                messenger=user.messenger,
                user_id=_id(user),
                screens=[Screen(text=t(f"canned-{canned_id}"))],
                dedupe_key=f"canned:{number}:{canned_id}:{utcnow().timestamp():.6f}",
            )
            if await repo.desk.first_reply(number):
                ticket.status = OPEN
                await self.port.retitle(repo, ticket, self.title(ticket))
            await self.port.notice(
                repo,
                ticket,
                Screen(
                    text=self.staff_t(
                        "desk-canned-sent", title=self.staff_t(f"canned-{canned_id}-title")
                    )
                ),
                key=f"canned:{number}:{canned_id}:{utcnow().timestamp():.6f}",
            )
            await self._follow(repo, _id(user), number)
        self.port.wake()
        self._wake(user.messenger)
        return True

    def canned_menu(self, number: int) -> Screen:
        return desk_views.canned_menu(self.staff_t, self.canned, number)

    async def ban(self, user: User, author_id: int, banned: bool) -> bool:
        async with self.db.write() as session:
            desk = Repo(session).desk
            return (
                await desk.ban(_id(user), by=author_id) if banned else await desk.unban(_id(user))
            )

    async def unfinished(self) -> list[Ticket]:
        async with self.db.read() as session:
            return await Repo(session).desk.unfinished()

    def tickets_text(self, tickets: list[Ticket]) -> str:
        return desk_views.tickets_text(self.staff_t, tickets, utcnow())

    async def stats_text(self) -> str:
        now = utcnow()
        async with self.db.read() as session:
            desk = Repo(session).desk
            periods = [(days, await desk.stats(now - timedelta(days=days))) for days in (1, 7, 30)]
        return desk_views.stats_text(self.staff_t, periods)

    # -- hooks the engine calls

    async def on_contact(self, repo: Repo, user: User) -> None:
        """The person wrote: held Viber replies may go now, and they are reachable again."""
        await repo.desk.release_held(_id(user), HELD)
        await repo.desk.note_unreachable(_id(user), False)

    async def on_unreachable(self, repo: Repo, messenger: str, messenger_user_id: str) -> None:
        """The messenger says the person cannot be written to: their topic says so, once."""
        user = await repo.users.get(messenger, messenger_user_id)
        if user is None:
            return
        ticket = await repo.desk.latest_ticket(_id(user))
        if ticket is None or not await repo.desk.note_unreachable(_id(user), True):
            return
        await self.port.notice(
            repo,
            ticket,
            Screen(text=self.staff_t(f"desk-unreachable-{messenger}")),
            key=f"unreachable:{ticket.number}:{utcnow().timestamp():.6f}",
        )
        self.port.wake()

    # -- helpers

    def _person_t(self, lang: str) -> Callable[..., str]:
        return lambda msg_id, **args: self.l10n(lang, msg_id, **args)

    async def _follow(self, repo: Repo, user_id: int, number: int, *, force: bool = False) -> None:
        """Staff answered: the person's next words go to the ticket, wherever they were idle."""
        conv = await repo.conversations.load(user_id)
        if force or conv.state in ("idle", ASK):
            await repo.conversations.save(user_id, conv.version, OPEN_STATE, {"ticket": number})

    def _wake(self, messenger: str) -> None:
        waker = self.wakers.get(messenger)
        if waker is not None:
            waker()


def _menu_row(ctx: Context) -> tuple[tuple[Button, ...], ...]:
    return ((Button(ctx.t("btn-main-menu"), "m:"),),)


def _id(user: User) -> int:
    assert user.id is not None
    return user.id


def _aware(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they are all UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
