"""How a person reaches staff: every door to "Ask staff", office hours, and Viber unsubscribing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from bot.config import Settings
from dialogs.hours import WorkingHours
from storage import Repo
from tests.support.desk_driver import DeskDriver, desk_driver
from tests.support.telegram_factories import make_sticker
from tests.support.viber_factories import unsubscribed
from tests.test_desk_journeys import ask_on_viber, words


@pytest.fixture
async def desk(settings: Settings) -> AsyncIterator[DeskDriver]:
    async with desk_driver(settings) as driver:
        yield driver


async def choose(desk: DeskDriver, user: int, lang: str) -> None:
    await desk.tg.start(user, language_hint=lang)
    await desk.tg.tap(user, words(desk)(lang, "lang-name"))


async def test_did_this_help_no_leads_to_staff_with_the_answer_on_the_card(
    desk: DeskDriver,
) -> None:
    t = words(desk)
    user = 7601
    await choose(desk, user, "en")
    await desk.tg.say(user, "how much does the residence card cost")
    (sorry,) = await desk.tg.tap(user, t("en", "btn-helped-no"))
    assert t("en", "btn-ask-staff") in sorry.buttons
    await desk.tg.tap(user, t("en", "btn-ask-staff"))
    await desk.tg.say(user, "I am a student, is it cheaper?")
    thread = await desk.wait_topic("telegram", str(user))
    card = await desk.wait_shown(thread, "student")
    assert t("pl", "faq-card-fee-q") in card.text  # the last answer the person saw
    ticket = await desk.ticket("telegram", str(user))
    assert ticket is not None
    assert (ticket.last_entry, ticket.category) == ("card-fee", "card")


async def test_search_without_an_answer_offers_staff(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7602
    await choose(desk, user, "pl")
    (nothing,) = await desk.tg.say(user, "pizza z ananasem")
    assert t("pl", "search-nothing") in nothing.text
    assert t("pl", "btn-ask-staff") in nothing.buttons


@pytest.mark.parametrize(
    ("lang", "word"),
    [("pl", "personel"), ("en", "staff"), ("ru", "оператор"), ("uk", "співробітник")],
)
async def test_staff_typed_as_a_word_or_a_command(desk: DeskDriver, lang: str, word: str) -> None:
    t = words(desk)
    user = 7610 + len(word)
    await choose(desk, user, lang)
    (typed,) = await desk.tg.say(user, word)
    assert t(lang, "staff-ask-title") in typed.text
    (command,) = await desk.tg.say(user, "/staff")
    assert t(lang, "staff-ask-title") in command.text


async def test_a_sticker_is_not_a_question_but_a_photo_is(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7603
    await choose(desk, user, "en")
    await desk.tg.say(user, "/staff")
    (hint,) = await desk.tg.send(user, make_sticker(desk.tg.person(user)))
    assert t("en", "media-hint") in hint.text
    assert await desk.ticket("telegram", str(user)) is None


def test_outside_office_hours_the_person_is_told_when_staff_are_back() -> None:
    hours = WorkingHours.parse("Europe/Warsaw", {"mon": "08:00-16:00"})
    saturday = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    back = hours.next_open(saturday)
    assert back is not None
    assert (back.weekday(), back.hour) == (0, 8)


async def test_the_notice_names_the_moment_staff_are_back(settings: Settings) -> None:
    closed_now = {day: "" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    tomorrow = (datetime.now(UTC).weekday() + 1) % 7
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[tomorrow]
    closed_now[day] = "09:30-10:00"
    async with desk_driver(settings, hours=closed_now) as desk:
        t = words(desk)
        user = 7604
        await choose(desk, user, "en")
        await desk.tg.say(user, "/staff")
        (notice,) = await desk.tg.say(user, "when are you open?")
        assert "09:30" in notice.text
        assert t("en", f"weekday-{tomorrow}") in notice.text


async def test_viber_unsubscribe_is_said_once_in_the_topic(desk: DeskDriver) -> None:
    t = words(desk)
    user = 7605
    thread = await ask_on_viber(desk, user, "uk", "питання")
    await desk.viber.post(unsubscribed(desk.viber.person(user)))
    await desk.viber.post(unsubscribed(desk.viber.person(user)))
    note = t("pl", "desk-unreachable-viber")
    await desk.wait_shown(thread, note)
    await desk.staff_says("відповідь", thread=thread)
    await desk.staff_says("/tickets", thread=thread)
    await desk.wait_shown(thread, t("pl", "desk-tickets-title", count=1))
    assert sum(note in m.text for m in desk.shown(thread)) == 1


async def test_the_card_shows_a_kept_case_by_its_last_four_digits_only(desk: DeskDriver) -> None:
    user = 7606
    await choose(desk, user, "en")
    assert desk.tg.core is not None
    async with desk.tg.core.db.write() as session:
        repo = Repo(session)
        person = await repo.users.get("telegram", str(user))
        assert person is not None
        assert person.id is not None
        kept = await repo.cases.upsert(
            "2555583/2016",
            status="in_progress",
            office="poznan",
            filed_on=None,
            status_since=date(2026, 1, 5),
        )
        assert kept.case.id is not None
        await repo.cases.link(person.id, kept.case.id, remembered=True)
    await desk.tg.say(user, "/staff")
    await desk.tg.say(user, "about my case")
    thread = await desk.wait_topic("telegram", str(user))
    card = await desk.wait_shown(thread, "about my case")
    assert "…5583/2016" in card.text
    assert "2555583" not in card.text
