"""The staff desk end to end: a person asks, staff answer in a forum topic, the answer arrives.

Persons talk through the real Telegram Dispatcher (fake Bot API) and the real Viber
webhook (fake Viber API); staff write in a forum supergroup on the same fake Bot API.
Expected words come from the Localizer, so the tests follow the content as it changes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from dialogs import Localizer
from tests.support.desk_driver import STAFF_CHAT, DeskDriver, desk_driver
from tests.support.fake_telegram import StoredMessage
from tests.support.telegram_factories import make_document, make_photo
from tests.support.viber_factories import message as viber_message
from tests.support.viber_factories import picture_message, viber_id

LANGS = ("pl", "en", "ru", "uk")


@pytest.fixture
async def desk(settings: Settings) -> AsyncIterator[DeskDriver]:
    async with desk_driver(settings) as driver:
        yield driver


def words(desk: DeskDriver) -> Localizer:
    assert desk.tg.core is not None
    return desk.tg.core.dialogs.l10n


async def ask_on_telegram(desk: DeskDriver, user: int, lang: str, question: str) -> int:
    """The person picks a language, taps "Ask staff", writes; returns the topic's thread."""
    t = words(desk)
    await desk.tg.start(user, language_hint=lang)
    await desk.tg.tap(user, t(lang, "lang-name"))
    (prompt,) = await desk.tg.tap(user, t(lang, "btn-ask-staff"))
    assert t(lang, "staff-ask-title") in prompt.text
    (opened,) = await desk.tg.say(user, question)
    assert t(lang, "btn-staff-done") in opened.buttons
    thread = await desk.wait_topic("telegram", str(user))
    assert thread is not None
    await desk.wait_shown(thread, question)
    return thread


async def test_telegram_round_trip_person_staff_person(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7001
    thread = await ask_on_telegram(desk, user, "en", "hi, my card is lost, what now?")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert ticket.status == "waiting"
    card = desk.shown(thread)[0]
    assert t("pl", "desk-card-title", number=ticket.number) in card.text
    assert "hi, my card is lost" in card.text
    assert desk.fake.forums[STAFF_CHAT][thread].startswith("⏳")
    desk.tg.new_seen(user)
    staff_msg = await desk.staff_says("Please report the loss to the police first.", thread=thread)
    await desk.wait(
        lambda: (
            any("police" in s.text for s in desk.tg.new_seen(user) or [])
            or any("police" in m.text for m in desk.fake.messages[user].values())
        )
    )
    copies = [c for c in desk.fake.calls_of("copyMessage") if c.params["chat_id"] == user]
    assert copies
    assert copies[-1].params["message_id"] == staff_msg
    assert not desk.fake.calls_of("forwardMessage")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert ticket.status == "open"
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith("💬"))


async def ask_on_viber(desk: DeskDriver, user: int, lang: str, question: str) -> int | None:
    t = words(desk)
    viber = desk.viber
    await viber.start(user, language_hint=lang)
    await viber.tap(user, t(lang, "lang-name"))
    (prompt,) = await viber.tap(user, t(lang, "btn-ask-staff"))
    assert t(lang, "staff-ask-title") in prompt.text
    (opened,) = await viber.say(user, question)
    assert t(lang, "btn-staff-done") in opened.buttons
    thread = await desk.wait_topic("viber", viber_id(user))
    await desk.wait_shown(thread, question)
    return thread


def viber_texts(desk: DeskDriver, user: int) -> list[str]:
    return [sent.text for sent in desk.viber.fake.sent_to(viber_id(user))]


@pytest.mark.parametrize(
    ("lang", "messenger"),
    [("pl", "telegram"), ("en", "viber"), ("ru", "telegram"), ("uk", "viber")],
)
async def test_round_trip_in_each_language(desk: DeskDriver, lang: str, messenger: str) -> None:
    t = words(desk)
    user = 7100 + LANGS.index(lang)
    question = f"question in {lang}: when is my card ready?"
    if messenger == "telegram":
        thread = await ask_on_telegram(desk, user, lang, question)
    else:
        thread = await ask_on_viber(desk, user, lang, question)
    ticket = await desk.ticket(messenger, str(user) if messenger == "telegram" else viber_id(user))
    assert ticket is not None
    assert (ticket.language, ticket.messenger) == (lang, messenger)
    title = desk.fake.forums[STAFF_CHAT][thread]
    assert f"#{ticket.number}" in title
    assert lang.upper() in title
    assert messenger.capitalize() in title
    answer = f"Answer for {lang}: in about a month."
    await desk.staff_says(answer, thread=thread)
    if messenger == "telegram":
        await desk.wait(lambda: any(answer in m.text for m in desk.fake.messages[user].values()))
    else:
        await desk.wait(lambda: any(answer in text for text in viber_texts(desk, user)))
    # The person closes it and rates; staff see both.
    if messenger == "telegram":
        (rate,) = await desk.tg.tap(user, t(lang, "btn-staff-done"))
        assert t(lang, "staff-closed-by-you", number=ticket.number) in rate.text
        (thanks,) = await desk.tg.tap(user, t(lang, "btn-rate", stars=4))
    else:
        (rate,) = await desk.viber.tap(user, t(lang, "btn-staff-done"))
        assert t(lang, "staff-closed-by-you", number=ticket.number) in rate.text
        (thanks,) = await desk.viber.tap(user, t(lang, "btn-rate", stars=4))
    assert t(lang, "staff-rate-thanks") in thanks.text
    closed = await desk.ticket(messenger, str(user) if messenger == "telegram" else viber_id(user))
    assert closed is not None
    assert (closed.status, closed.closed_by, closed.rating) == ("closed", "person", 4)
    await desk.wait_shown(thread, t("pl", "desk-rated", number=ticket.number, rating=4))
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith("✅"))


async def test_notes_stay_internal_and_menu_words_go_to_staff(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7201
    thread = await ask_on_telegram(desk, user, "uk", "де моя карта?")
    # While the ticket is open, a greeting or a menu word is words for staff.
    assert await desk.tg.say(user, "привіт") == []
    assert await desk.tg.say(user, "menu") == []
    await desk.wait_shown(thread, "привіт")
    await desk.wait_shown(thread, "menu")
    await desk.staff_says("/note she called yesterday", thread=thread)
    await desk.staff_says("! check the archive", thread=thread)
    await desk.staff_says("/start@some_other_bot", thread=thread)
    await desk.staff_says("Ваша карта готова.", thread=thread)
    await desk.wait(lambda: any("готова" in m.text for m in desk.fake.messages[user].values()))
    shown = [m.text for m in desk.fake.messages[user].values()]
    assert not any("called yesterday" in text or "archive" in text for text in shown)
    assert not any("some_other_bot" in text for text in shown)
    # A real command leaves the flow; the ticket stays open for staff.
    (menu,) = await desk.tg.say(user, "/menu")
    assert t("uk", "main-menu-title") in menu.text
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert ticket.status == "open"


async def test_photos_and_documents_both_ways(desk: DeskDriver) -> None:
    user = 7301
    thread = await ask_on_telegram(desk, user, "en", "my decision letter")
    await desk.tg.send(user, make_photo(desk.tg.person(user), caption="page 1"))
    await desk.tg.send(user, make_document(desk.tg.person(user)))
    await desk.wait(lambda: any(m.photo for m in desk.shown(thread)))
    await desk.wait(lambda: any(m.document == "scan.pdf" for m in desk.shown(thread)))
    staff_photo = await desk.staff_says("see the marked field", thread=thread, photo=True)
    await desk.staff_says("", thread=thread, document="form.pdf")

    def bot_sent() -> list[StoredMessage]:
        return [m for m in desk.fake.messages[user].values() if m.from_user is None]

    await desk.wait(lambda: any(m.photo for m in bot_sent()))
    await desk.wait(lambda: any(m.document == "form.pdf" for m in bot_sent()))
    copy = next(m for m in bot_sent() if m.photo)
    assert copy.text == "see the marked field"
    assert staff_photo not in desk.fake.messages[user]  # a copy, with its own id
    # From Viber: a picture reaches the topic by its media URL.
    viber_user = 7302
    vthread = await ask_on_viber(desk, viber_user, "pl", "zdjęcie paszportu")
    await desk.viber.send(viber_user, picture_message(desk.viber.person(viber_user)))
    await desk.wait(lambda: any(m.photo for m in desk.shown(vthread)))


async def test_staff_photo_and_document_reach_a_viber_person_by_signed_link(
    desk: DeskDriver,
) -> None:
    user = 7303
    thread = await ask_on_viber(desk, user, "en", "which form?")
    desk.fake.files["staff-photo"] = b"\x89PNG photo bytes"
    desk.fake.files["staff-doc"] = b"%PDF form bytes"
    await desk.staff_says("this one", thread=thread, photo=True)
    await desk.staff_says("", thread=thread, document="form.pdf")

    def media() -> list[dict]:
        return [
            sent.message
            for sent in desk.viber.fake.sent_to(viber_id(user))
            if sent.message.get("type") in ("picture", "file")
        ]

    await desk.wait(lambda: len(media()) == 2)
    picture, document = media()
    assert picture["type"] == "picture"
    assert picture["text"] == "this one"
    assert document["file_name"] == "form.pdf"
    assert desk.viber.client is not None
    for message, body in ((picture, b"\x89PNG photo bytes"), (document, b"%PDF form bytes")):
        path = "/" + message["media"].split("/", 3)[3]
        async with desk.viber.client.get(path) as response:
            assert response.status == 200
            assert await response.read() == body
    forged = "/" + picture["media"].split("/", 3)[3][:-3] + "abc"
    async with desk.viber.client.get(forged) as response:
        assert response.status == 403


async def test_a_viber_document_telegram_cannot_take_by_url_reaches_staff_as_a_link(
    desk: DeskDriver,
) -> None:
    user = 7304
    thread = await ask_on_viber(desk, user, "pl", "mój dokument")
    cv = "https://example.invalid/media/cv.docx"
    content = {"type": "file", "media": cv, "file_name": "cv.docx", "size": 1000}
    await desk.viber.send(user, viber_message(desk.viber.person(user), content))
    await desk.wait_shown(thread, cv)
    pdf = "https://example.invalid/media/decyzja.pdf"
    content = {"type": "file", "media": pdf, "file_name": "decyzja.pdf", "size": 1000}
    await desk.viber.send(user, viber_message(desk.viber.person(user), content))
    await desk.wait(lambda: any(m.document == "decyzja.pdf" for m in desk.shown(thread)))
