"""The staff side of the desk: closing, reopening, canned replies, bans, deleted topics,
a group without topics, a blocked bot, Viber's 24-hour window, edits and commands."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.config import Settings
from storage import Repo, User
from storage.models import utcnow
from tests.support.desk_driver import ADMIN, STAFF_CHAT, DeskDriver, desk_driver
from tests.support.fake_telegram import StoredMessage
from tests.support.viber_factories import viber_id
from tests.test_desk_journeys import ask_on_telegram, ask_on_viber, viber_texts, words


@pytest.fixture
async def desk(settings: Settings) -> AsyncIterator[DeskDriver]:
    async with desk_driver(settings) as driver:
        yield driver


def person_sees(desk: DeskDriver, user: int) -> list[StoredMessage]:
    return [m for m in desk.fake.messages[user].values() if m.from_user is None]


async def test_staff_close_by_button_rating_then_a_new_ticket_in_the_same_topic(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7401
    thread = await ask_on_telegram(desk, user, "ru", "как продлить визу?")
    first = await desk.ticket("telegram", str(user))
    assert first is not None
    card = desk.shown(thread)[0]
    await desk.staff_taps(card.message_id, f"sd:close:{first.number}")
    await desk.staff_taps(card.message_id, f"sd:close:{first.number}")  # a double tap
    closed_text = t("ru", "staff-closed-by-staff", number=first.number)
    await desk.wait(lambda: any(closed_text in m.text for m in person_sees(desk, user)))
    assert sum(closed_text in m.text for m in person_sees(desk, user)) == 1
    await desk.wait_shown(thread, t("pl", "desk-closed-by-staff", number=first.number))
    (thanks,) = await desk.tg.tap(user, t("ru", "btn-rate", stars=5))
    assert t("ru", "staff-rate-thanks") in thanks.text
    # A message after the close opens a new ticket, in the same topic, with a new card.
    (opened,) = await desk.tg.say(user, "/staff")
    assert t("ru", "staff-ask-title") in opened.text
    (notice,) = await desk.tg.say(user, "ещё вопрос")
    second = await desk.ticket("telegram", str(user))
    assert second is not None
    assert second.number != first.number
    assert str(second.number) in notice.text
    await desk.wait_shown(thread, t("pl", "desk-card-title", number=second.number))
    assert await desk.wait_topic("telegram", str(user)) == thread
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith(f"⏳ #{second.number}"))
    assert desk.tg.core is not None
    async with desk.tg.core.db.read() as session:
        rated = await Repo(session).desk.get(first.number)
    assert rated is not None
    assert rated.rating == 5


async def test_reopen_and_close_by_command_canned_reply_in_the_persons_language(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7402
    thread = await ask_on_telegram(desk, user, "uk", "потрібна довідка")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    card = desk.shown(thread)[0]
    await desk.staff_taps(card.message_id, f"sd:canned:{ticket.number}")
    menu = await desk.wait_shown(thread, t("pl", "desk-canned-title", number=ticket.number))
    assert menu.markup is not None
    await desk.staff_taps(menu.message_id, f"sd:cr:{ticket.number}:phone")
    await desk.wait(lambda: any(t("uk", "canned-phone") in m.text for m in person_sees(desk, user)))
    await desk.wait_shown(thread, t("pl", "desk-canned-sent", title=t("pl", "canned-phone-title")))
    await desk.staff_says("/close", thread=thread)
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith("✅"))
    await desk.staff_says("/reopen", thread=thread)
    await desk.wait_shown(thread, t("pl", "desk-reopened"))
    await desk.wait(
        lambda: any(
            t("uk", "staff-reopened", number=ticket.number) in m.text
            for m in person_sees(desk, user)
        )
    )
    reopened = await desk.ticket("telegram", str(user))
    assert reopened is not None
    assert reopened.status == "open"
    # The person's next words join the reopened ticket.
    assert await desk.tg.say(user, "дякую, ще одне") == []
    await desk.wait_shown(thread, "ще одне")


async def test_a_deleted_topic_is_recreated_with_the_card(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7403
    thread = await ask_on_telegram(desk, user, "en", "first question")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    desk.fake.delete_topic(STAFF_CHAT, thread)
    assert await desk.tg.say(user, "are you there?") == []
    await desk.wait(lambda: (desk.fake.forums[STAFF_CHAT] or {}) != {})
    new_thread = next(iter(desk.fake.forums[STAFF_CHAT]))
    assert new_thread != thread
    await desk.wait_shown(new_thread, "are you there?")
    shown = desk.shown(new_thread)
    assert t("pl", "desk-card-title", number=ticket.number) in shown[0].text
    assert await desk.wait_topic("telegram", str(user)) == new_thread
    # Staff answer in the new topic and it arrives.
    await desk.staff_says("yes, we are", thread=new_thread)
    await desk.wait(lambda: any("yes, we are" in m.text for m in person_sees(desk, user)))


async def test_banned_person_gets_one_fixed_reply_and_nothing_reaches_staff(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7404
    thread = await ask_on_telegram(desk, user, "pl", "pytanie")
    await desk.staff_says("/ban", thread=thread)  # not an admin
    await desk.wait_shown(thread, t("pl", "desk-admin-only"))
    await desk.staff_says("/ban", thread=thread, who=ADMIN)
    await desk.wait_shown(thread, t("pl", "desk-banned"))
    before = len(desk.shown(thread))
    (reply,) = await desk.tg.say(user, "halo?")
    assert t("pl", "staff-banned") in reply.text
    (again,) = await desk.tg.tap(user, t("pl", "btn-ask-staff"))
    assert t("pl", "staff-banned") in again.text
    await desk.staff_says("/tickets", thread=None)  # let the staff lane run a while
    await desk.wait(lambda: len(desk.shown(None)) > 0)
    assert len(desk.shown(thread)) == before
    await desk.staff_says("/unban", thread=thread, who=ADMIN)
    await desk.wait_shown(thread, t("pl", "desk-unbanned"))


async def test_blocked_bot_is_said_once_in_the_topic(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7405
    thread = await ask_on_telegram(desk, user, "en", "question")
    desk.fake.block(user)
    await desk.staff_says("answer one", thread=thread)
    note = t("pl", "desk-unreachable-telegram")
    await desk.wait_shown(thread, note)
    await desk.staff_says("answer two", thread=thread)
    await desk.staff_says("/tickets", thread=thread)
    await desk.wait_shown(thread, t("pl", "desk-tickets-title", count=1))
    assert sum(note in m.text for m in desk.shown(thread)) == 1


async def test_viber_window_holds_the_reply_until_the_person_writes(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7406
    thread = await ask_on_viber(desk, user, "en", "my question")
    assert desk.tg.core is not None
    async with desk.tg.core.db.write() as session:
        await session.execute(
            update(User)
            .where(User.messenger_user_id == viber_id(user))
            .values(last_seen=utcnow() - timedelta(hours=25))
        )
    await desk.staff_says("late answer", thread=thread)
    await desk.wait_shown(thread, t("pl", "desk-viber-window"))
    assert not any("late answer" in text for text in viber_texts(desk, user))
    await desk.viber.say(user, "hello again")
    await desk.wait(lambda: any("late answer" in text for text in viber_texts(desk, user)))
    assert sum("late answer" in text for text in viber_texts(desk, user)) == 1


async def test_staff_edit_updates_the_persons_copy(desk: DeskDriver) -> None:
    user = 7407
    thread = await ask_on_telegram(desk, user, "en", "question")
    # whole sentences: out of office hours the person is also told the day staff are back
    staff_msg = await desk.staff_says("Your appointment is on Monday.", thread=thread)
    await desk.wait(lambda: any("is on Monday" in m.text for m in person_sees(desk, user)))
    await desk.staff_edits(staff_msg, "Your appointment is on Tuesday.", thread=thread)
    await desk.wait(lambda: any("is on Tuesday" in m.text for m in person_sees(desk, user)))
    copies = [m for m in person_sees(desk, user) if "appointment" in m.text]
    assert len(copies) == 1
    assert copies[0].edited


async def test_replies_land_on_the_right_message_both_ways(desk: DeskDriver) -> None:
    user = 7408
    thread = await ask_on_telegram(desk, user, "en", "first")
    assert await desk.tg.say(user, "second") == []
    posted = await desk.wait_shown(thread, "second")
    await desk.staff_says("about your second", thread=thread, reply_to=posted.message_id)
    await desk.wait(lambda: any("about your second" in m.text for m in person_sees(desk, user)))
    copy = next(m for m in person_sees(desk, user) if "about your second" in m.text)
    person_second = next(
        m for m in desk.fake.messages[user].values() if m.from_user and m.text == "second"
    )
    assert copy.reply_to == person_second.message_id


async def test_tickets_and_stats_for_staff_stats_for_admins_only(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7409
    thread = await ask_on_telegram(desk, user, "en", "question")
    await desk.staff_says("answer", thread=thread)
    await desk.staff_says("/close", thread=thread)
    await desk.wait(lambda: desk.fake.forums[STAFF_CHAT][thread].startswith("✅"))
    await desk.staff_says("/stats", thread=None)
    await desk.wait_shown(None, t("pl", "desk-admin-only"))
    await desk.staff_says("/stats", thread=None, who=ADMIN)
    stats = await desk.wait_shown(None, t("pl", "desk-stats-title"))
    assert "otwarte 1, zamknięte 1" in stats.text
    await desk.staff_says("/tickets", thread=None)
    await desk.wait_shown(None, t("pl", "desk-tickets-empty"))


async def test_after_staff_answer_the_persons_words_go_to_the_ticket_again(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7410
    thread = await ask_on_telegram(desk, user, "en", "question")
    (menu,) = await desk.tg.say(user, "/menu")  # the person wanders off meanwhile
    assert t("en", "main-menu-title") in menu.text
    await desk.staff_says("what is your case about?", thread=thread)
    await desk.wait(lambda: any("case about" in m.text for m in person_sees(desk, user)))
    assert await desk.tg.say(user, "hi, it is about a work permit") == []
    await desk.wait_shown(thread, "work permit")


async def test_unhappy_orders_closed_twice_a_forged_rating_a_stale_done(desk: DeskDriver) -> None:
    t = words(desk)
    user, other = 7411, 7412
    thread = await ask_on_telegram(desk, user, "en", "question")
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    (rate,) = await desk.tg.tap(user, t("en", "btn-staff-done"))
    # Staff close what the person already closed: told so, the person gets nothing more.
    await desk.staff_says("/close", thread=thread)
    await desk.wait_shown(thread, t("pl", "desk-nothing-to-close"))
    closed_by_staff = t("en", "staff-closed-by-staff", number=ticket.number)
    assert not any(closed_by_staff in m.text for m in person_sees(desk, user))
    # Someone else's ticket cannot be rated; an old "done" button has nothing to close.
    await choose_language(desk, other)
    (stale,) = await desk.tg.tap_payload(other, f"st:rate:{ticket.number}:1")
    assert t("en", "menu-changed") in stale.text
    (nothing,) = await desk.tg.tap_payload(user, "st:done")
    assert t("en", "staff-nothing-open") in nothing.text
    rated = await desk.ticket("telegram", str(user))
    assert rated is not None
    assert rated.rating is None
    assert rate.buttons[0] == t("en", "btn-rate", stars=1)


async def choose_language(desk: DeskDriver, user: int) -> None:
    await desk.tg.start(user, language_hint="en")
    await desk.tg.tap(user, words(desk)("en", "lang-name"))


async def test_a_failing_command_answer_is_logged_and_the_next_one_works(
    desk: DeskDriver, caplog: pytest.LogCaptureFixture
) -> None:
    t = words(desk)
    desk.fake.fail("sendMessage", "Bad Request: not enough rights to send text messages")
    await desk.staff_says("/tickets", thread=None)
    assert any(r.getMessage() == "staff_update_failed" for r in caplog.records)
    await desk.staff_says("/tickets", thread=None)
    await desk.wait_shown(None, t("pl", "desk-tickets-empty"))
    await desk.staff_taps(1, "sd:close:not-a-number")  # a forged tap: answered, nothing else
    assert desk.fake.calls_of("answerCallbackQuery")[-1].ok
