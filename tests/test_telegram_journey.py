"""The self-service journey on Telegram: the real Dispatcher, the real Bot, a fake Bot API.

Expected words come from the Localizer, so these tests follow the content as it is
edited and check the language of every screen, not a copy of today's wording.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator

import pytest

from bot.channels.telegram import outbox_policy
from bot.config import Settings
from dialogs import Localizer
from tests.support.drivers import Seen
from tests.support.telegram_driver import TelegramDriver, telegram_driver
from tests.support.telegram_factories import make_callback, make_message

LANGS = ("pl", "en", "ru", "uk")


@pytest.fixture
async def tg(settings: Settings) -> AsyncIterator[TelegramDriver]:
    async with telegram_driver(settings) as driver:
        yield driver


def words(tg: TelegramDriver) -> Localizer:
    assert tg.core is not None
    return tg.core.dialogs.l10n


def category_label(tg: TelegramDriver, lang: str, category: str) -> str:
    """The button text of a category: its icon (content data) and its Fluent name."""
    assert tg.core is not None
    icon = tg.core.dialogs.catalogue.categories[category].icon
    name = words(tg)(lang, f"cat-{category}")
    return f"{icon} {name}" if icon else name


def texts(seen: list[Seen]) -> str:
    return "\n".join(message.text for message in seen)


async def test_start_language_category_answer_back_question_answer(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 101

    welcome = await tg.start(user, language_hint="uk-UA")
    (screen,) = welcome
    assert t("uk", "welcome") in screen.text
    assert screen.buttons[0] == t("uk", "lang-name")  # the app's language is offered first
    assert set(screen.payloads) == {f"lang:{lang}" for lang in LANGS}

    (menu,) = await tg.tap(user, t("uk", "lang-name"))
    assert t("uk", "lang-set") in menu.text
    assert t("uk", "main-menu-title") in menu.text
    assert not menu.edited

    (category,) = await tg.tap(user, category_label(tg, "uk", "card"))
    assert category.edited  # menus change in place instead of piling up
    assert t("uk", "category-text") in category.text
    assert t("uk", "faq-card-fee-q") in category.buttons

    (answer,) = await tg.tap(user, t("uk", "faq-card-fee-q"))
    assert not answer.edited  # an answer stays in the chat as its own message
    assert t("uk", "faq-card-fee-a") in answer.text
    assert answer.links
    assert answer.links[0][0] == t("uk", "btn-official-page")
    assert answer.links[0][1].startswith("https://")
    sent = tg.fake.sent_to(user)[-1].params
    assert sent["parse_mode"] == "HTML"
    assert sent["link_preview_options"] == {"is_disabled": True}  # the link, not a preview card

    (back,) = await tg.tap(user, t("uk", "btn-back"))
    assert back.edited
    assert t("uk", "category-text") in back.text

    (typed,) = await tg.say(user, "скільки коштуе карта побиту")  # sic: a typo
    assert not typed.edited
    assert t("uk", "faq-card-fee-a") in typed.text
    assert t("uk", "btn-helped-yes") in typed.buttons

    (thanks,) = await tg.tap(user, t("uk", "btn-helped-yes"))
    assert t("uk", "feedback-thanks") in thanks.text


async def test_language_can_change_midway(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 102
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    await tg.tap(user, category_label(tg, "en", "card"))
    await tg.tap(user, t("en", "btn-main-menu"))

    (choice,) = await tg.tap(user, t("en", "btn-language"))
    assert choice.edited
    assert t("en", "lang-title") in choice.text

    (menu,) = await tg.tap(user, t("pl", "lang-name"))
    assert t("pl", "main-menu-title") in menu.text
    assert category_label(tg, "pl", "card") in menu.buttons

    (answer,) = await tg.say(user, "how much does the residence card cost")
    assert t("pl", "faq-card-fee-a") in answer.text  # asked in English, answered in Polish

    (again,) = await tg.say(user, "/language")
    (menu,) = await tg.tap(user, t("ru", "lang-name"))
    assert again.buttons[0] == t("pl", "lang-name")
    assert t("ru", "main-menu-title") in menu.text


async def test_a_restart_keeps_language_and_state(tg: TelegramDriver) -> None:
    t = words(tg)
    user, asker = 103, 104
    await tg.start(user, "en")
    await tg.tap(user, t("ru", "lang-name"))
    await tg.tap(user, category_label(tg, "ru", "temporary"))
    await tg.tap(user, category_label(tg, "ru", "temp-work"))
    # Someone else asks before choosing a language: the question waits in their state.
    await tg.start(asker, None)
    await tg.say(asker, "ile kosztuje karta pobytu")

    await tg.restart()

    (back,) = await tg.tap(user, t("ru", "btn-back"))  # a button sent before the restart
    assert back.edited
    assert category_label(tg, "ru", "temporary") in back.text
    (help_screen,) = await tg.say(user, "/help")
    assert t("ru", "help-title") in help_screen.text

    menu, answer = await tg.tap(asker, t("pl", "lang-name"))
    assert t("pl", "main-menu-title") in menu.text
    assert t("pl", "faq-card-fee-a") in answer.text


async def test_two_hundred_people_at_once_keep_their_own_language_and_screens(
    tg: TelegramDriver,
) -> None:
    t = words(tg)
    people = {200_000 + n: LANGS[n % 4] for n in range(200)}

    async def journey(user: int, lang: str) -> list[list[Seen]]:
        return [
            await tg.start(user, lang),
            await tg.tap(user, t(lang, "lang-name")),
            await tg.tap(user, category_label(tg, lang, "card")),
            await tg.tap(user, t(lang, "faq-card-lost-q")),
            await tg.say(user, "/menu"),
        ]

    results = await asyncio.gather(*(journey(user, lang) for user, lang in people.items()))

    for (user, lang), (welcome, menu, category, answer, again) in zip(
        people.items(), results, strict=True
    ):
        assert len(welcome) == len(menu) == len(category) == len(answer) == len(again) == 1
        assert welcome[0].buttons[0] == t(lang, "lang-name"), user
        assert t(lang, "lang-set") in menu[0].text, user
        assert category[0].edited, user
        assert t(lang, "category-text") in category[0].text, user
        assert t(lang, "faq-card-lost-a") in answer[0].text, user
        assert t(lang, "main-menu-title") in again[0].text, user
    for user in people:  # nothing addressed to one person reached another
        assert {call.params["chat_id"] for call in tg.fake.sent_to(user)} == {user}
        assert len(tg.fake.sent_to(user)) == 5


async def test_a_duplicate_update_is_processed_once(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 105
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))

    question = make_message(tg.person(user), "how much does the residence card cost")
    first = await tg.send(user, question)
    again = await tg.send(user, question)
    assert len(first) == 1
    assert again == []

    # Delivered twice at the same moment (a webhook retry racing the original).
    tap = make_callback(tg.person(user), "m:card", tg.fake.last_message_id(user))
    await asyncio.gather(tg.feed(tap), tg.feed(tap))
    assert len(tg.new_seen(user)) == 1
    # The redelivery is stored once (the inbox) and never reaches a handler again.
    assert [call.ok for call in tg.fake.calls_of("answerCallbackQuery")] == [True, True]


@pytest.mark.parametrize(
    "payload",
    [
        "m:no-such-category",
        "f:no-such-entry",
        "lang:xx",
        "fb:card-fee:7",
        "zz:" + "x" * 61,
        "",
        "c:rm -rf",
    ],
)
async def test_stale_or_forged_buttons_get_this_menu_has_changed(
    tg: TelegramDriver, payload: str
) -> None:
    t = words(tg)
    user = 106
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))

    (screen,) = await tg.tap_payload(user, payload)
    assert t("en", "menu-changed") in screen.text
    assert t("en", "main-menu-title") in screen.text
    answered = tg.fake.calls_of("answerCallbackQuery")
    assert len(answered) == 2
    assert all(call.ok for call in answered)


async def test_a_button_without_data_is_a_stale_button(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 107
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    last = tg.fake.last_message(user)
    assert last is not None

    (screen,) = await tg.send(user, make_callback(tg.person(user), None, last.message_id))
    assert t("en", "menu-changed") in screen.text


async def test_a_tap_on_a_message_too_old_to_edit_sends_the_menu_anew(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 108
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    last = tg.fake.last_message(user)
    assert last is not None

    old = make_callback(tg.person(user), "m:card", last.message_id, inaccessible=True)
    (screen,) = await tg.send(user, old)
    assert not screen.edited
    assert t("en", "category-text") in screen.text
    assert tg.fake.calls_of("editMessageText") == []


async def test_menu_navigation_does_not_pile_up_messages(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 109
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    before = len(tg.fake.messages[user])

    for _ in range(3):
        await tg.tap(user, category_label(tg, "en", "temporary"))
        await tg.tap(user, category_label(tg, "en", "temp-study"))
        await tg.tap(user, t("en", "btn-back"))
        await tg.tap(user, t("en", "btn-main-menu"))

    assert len(tg.fake.messages[user]) == before
    assert len(tg.fake.calls_of("editMessageText")) == 12


async def test_when_the_edit_is_refused_the_menu_comes_as_a_new_message(
    tg: TelegramDriver,
) -> None:
    t = words(tg)
    user = 110
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    tg.fake.fail("editMessageText", "Bad Request: message to edit not found")

    (screen,) = await tg.tap(user, category_label(tg, "en", "card"))
    assert not screen.edited
    assert t("en", "category-text") in screen.text


async def test_html_typed_by_the_person_is_just_text(tg: TelegramDriver) -> None:
    t = words(tg)
    user = 111
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))

    (answer,) = await tg.say(user, "<b>how much</b> does the <i>residence card</i> cost & fee?")
    assert t("en", "faq-card-fee-a") in answer.text
    assert all(call.ok for call in tg.fake.calls)


@pytest.fixture
async def tg_outbox(settings: Settings) -> AsyncIterator[TelegramDriver]:
    """The driver with the channel's outbox running, quick to retry."""
    policy = dataclasses.replace(
        outbox_policy(settings), poll_interval=0.05, base_delay=0.1, max_delay=0.3
    )
    async with telegram_driver(settings, outbox=policy) as driver:
        yield driver


async def test_a_failing_bot_api_never_leaves_a_traceback_or_personal_data(
    tg_outbox: TelegramDriver, caplog: pytest.LogCaptureFixture
) -> None:
    tg = tg_outbox
    t = words(tg)
    user = 5_550_001_234  # distinctive, so a match in the logs cannot be a coincidence
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    secret_question = "my passport AB1234567 residence card cost"

    # Telegram is down for the answer: it waits in the outbox and nothing overtakes it.
    before = len(tg.fake.sent_to(user))
    tg.fake.fail("sendMessage", "Internal Server Error", code=500)
    with caplog.at_level(logging.INFO):
        await tg.say(user, secret_question)
        await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) == before + 1, within=10)
    [answer] = tg.fake.sent_to(user)[before:]
    assert t("en", "main-menu-title") not in answer.result["text"]

    # Telegram refuses the answer for good: an apology with the way to the menu instead.
    tg.fake.fail("sendMessage", "Bad Request: can't parse entities", code=400)
    with caplog.at_level(logging.INFO):
        (sorry,) = await tg.say(user, secret_question)
    assert sorry.text == t("en", "something-wrong")

    # Refused for the apology too: nothing reaches the person, and nothing escapes.
    tg.fake.fail("sendMessage", "Bad Request: can't parse entities", code=400, times=2)
    with caplog.at_level(logging.INFO):
        assert await tg.say(user, secret_question) == []

    # Blocked by the person: no point in a recovery message.
    tg.fake.fail("sendMessage", "Forbidden: bot was blocked by the user", code=403)
    with caplog.at_level(logging.INFO):
        assert await tg.say(user, secret_question) == []
    # welcome + menu; failed answer + the outbox's; refused + apology; refused twice; blocked
    assert len(tg.fake.calls_of("sendMessage")) == 2 + 2 + 2 + 2 + 1

    failures = [r for r in caplog.records if r.getMessage() == "telegram_update_failed"]
    assert len(failures) == 4
    for record in caplog.records:
        flat = f"{record.getMessage()} {record.__dict__}"
        assert "AB1234567" not in flat
        assert str(user) not in flat


async def test_every_tap_is_answered_even_when_handling_fails(tg_outbox: TelegramDriver) -> None:
    tg = tg_outbox
    t = words(tg)
    user = 113
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    tg.fake.fail("editMessageText", "Internal Server Error", code=500)
    before = len(tg.fake.sent_to(user))

    await tg.tap(user, category_label(tg, "en", "card"))
    # The category comes from the outbox as a new message, with no main menu ahead of it.
    await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) == before + 1, within=10)
    [category] = tg.fake.sent_to(user)[before:]
    assert t("en", "cat-card") in category.result["text"]
    answers = tg.fake.calls_of("answerCallbackQuery")
    # The language tap and this one, each stopped once, before the reply was tried
    # (the recovery's own attempt finds the spinner stopped already).
    assert sum(call.ok for call in answers) == 2
    first_edit = tg.fake.calls.index(tg.fake.calls_of("editMessageText")[-1])
    assert tg.fake.calls.index(answers[1]) < first_edit


async def test_under_flood_control_the_bot_does_not_pile_on_more_messages(
    tg: TelegramDriver,
) -> None:
    t = words(tg)
    user = 114
    await tg.start(user, "en")
    await tg.tap(user, t("en", "lang-name"))
    before = len(tg.fake.calls_of("sendMessage"))
    tg.fake.fail("sendMessage", "Too Many Requests: retry after 5", code=429, retry_after=5)

    assert await tg.say(user, "/help") == []
    assert len(tg.fake.calls_of("sendMessage")) == before + 1  # no recovery message on top
