"""What the core says to a person, independent of any messenger.

Adapters render these; nothing here knows Telegram, Viber or a terminal, so a new
channel is one renderer away (see ``bot/channels``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Button:
    """A button that comes back to the bot as ``payload`` (a short ``verb:arg`` string)."""

    label: str
    payload: str


@dataclass(frozen=True, slots=True)
class LinkButton:
    """A button that opens an official page in the person's browser."""

    label: str
    url: str


AnyButton = Button | LinkButton
Keyboard = tuple[tuple[AnyButton, ...], ...]


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a screen (e.g. an ``.ics`` calendar entry).

    ``ref`` names the file so the bot can build it again later (``booking:<id>:<lang>``):
    a messenger that takes files only as links (Viber) gets a signed, expiring link to
    it, and the bytes are never kept anywhere. Empty: the file cannot be linked.
    """

    filename: str
    content: bytes
    mime_type: str
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Screen:
    """One message: localised text, optional bold title, buttons in rows.

    ``replace`` asks channels that can edit messages (Telegram) to put this screen in
    place of the menu message the person tapped, so menus do not pile up; channels that
    cannot edit simply send it.
    """

    text: str
    title: str = ""
    buttons: Keyboard = ()
    replace: bool = False
    file: Attachment | None = None
    # The message the person just typed held a secret (an access code): a channel that
    # may delete it (Telegram, in a private chat) does so once this screen is shown.
    delete_input: bool = False

    def all_buttons(self) -> list[AnyButton]:
        return [button for row in self.buttons for button in row]


class Kind(StrEnum):
    START = "start"
    TEXT = "text"
    BUTTON = "button"
    MEDIA = "media"
    # Not something the person did: their last update failed on our side. The answer is
    # an apology with the way back to the menu; their place in a flow is kept.
    TROUBLE = "trouble"


@dataclass(frozen=True, slots=True)
class FileRef:
    """A photo or document a person sent, as their messenger names it.

    ``ref`` is what the messenger needs to show it again: a Telegram ``file_id``, a
    Viber media URL. The bytes never pass through the core.
    """

    kind: str  # "photo" | "document"
    ref: str
    name: str = ""
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a person did, translated from a messenger update.

    ``text`` is the typed text (for ``START`` the deep-link payload, may be empty);
    ``payload`` the button payload; ``language_hint`` the messenger's idea of the
    person's language (an IETF tag such as ``uk`` or ``pt-BR``), used only as a
    suggestion at first contact. ``update_key`` identifies the update for dropping
    duplicates (Telegram ``update_id``, Viber ``message_token``). ``page_size`` is how
    many options the channel shows in one menu (Viber keyboards fill a small phone
    fast); longer lists come in pages with Next/Back buttons. None: the whole list.
    ``opens_chat`` marks an event that is not the person writing (Viber's
    ``conversation_started``): it does not let the bot write to them later, while
    anything the person sends (Telegram's ``/start`` included, also after unblocking
    the bot) does.
    """

    channel: str
    user_id: str
    kind: Kind
    text: str = ""
    payload: str = ""
    language_hint: str | None = None
    update_key: str | None = None
    page_size: int | None = None
    opens_chat: bool = False
    # The message's own id on its messenger (Telegram message id, Viber message token),
    # the id of the message it replies to, and a photo or document it carries (with
    # ``text`` as its caption): the staff desk pairs and relays them.
    message_id: str | None = None
    reply_to: str | None = None
    file: FileRef | None = None
