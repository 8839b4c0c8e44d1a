"""Viber-specific parts of the journey (the shared table in test_journeys.py runs on Viber too).

Deep links arrive as the ``context`` of ``conversation_started``; a returning person
is greeted with the answer itself; answers carry the official page as an ``open-url``
button; the title is Viber's bold markup; typed command words work in every language.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.config import Settings
from dialogs import LANGUAGES, Localizer
from tests.support.viber_driver import ViberDriver, viber_driver

COMMAND_WORDS = {"pl": "menu", "en": "menu", "ru": "меню", "uk": "меню"}


@pytest.fixture
async def viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings) as driver:
        yield driver


def words(viber: ViberDriver) -> Localizer:
    assert viber.core is not None
    return viber.core.dialogs.l10n


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_an_answer_on_viber_in_each_language(viber: ViberDriver, lang: str) -> None:
    t = words(viber)
    assert viber.core is not None
    catalogue = viber.core.dialogs.catalogue
    user = 10 + LANGUAGES.index(lang)

    [welcome] = await viber.start(user, lang)
    assert welcome.buttons[0] == t(lang, "lang-name")
    [menu] = await viber.tap(user, t(lang, "lang-name"))
    assert menu.text.startswith(t(lang, "main-menu-title") + "\n")
    [category] = await viber.tap(user, f"{catalogue.categories['card'].icon} {t(lang, 'cat-card')}")
    [answer] = await viber.tap(user, t(lang, "faq-card-fee-q"))

    raw = viber.fake.sent_to(viber.person(user).id)[-1]
    assert raw.text.startswith(f"*{t(lang, 'faq-card-fee-q')}*\n"), "the title is bold"
    assert answer.links == [
        (t(lang, "btn-official-page"), catalogue.entries["card-fee"].url_for(lang))
    ]
    assert t(lang, "btn-helped-yes") in answer.buttons
    [thanks] = await viber.tap(user, t(lang, "btn-helped-yes"))
    assert t(lang, "feedback-thanks") in thanks.text
    [again] = await viber.say(user, COMMAND_WORDS[lang])
    assert again.text.startswith(t(lang, "main-menu-title"))
    assert category.text.endswith(t(lang, "category-text"))
    assert viber.fake.problems == []


async def test_a_deep_link_waits_for_the_language_then_opens(viber: ViberDriver) -> None:
    t = words(viber)
    [welcome] = await viber.start(30, "en", context="f-card-fee")
    assert t("en", "lang-prompt") in welcome.text

    [opened] = await viber.tap(30, t("en", "lang-name"))
    assert opened.text.startswith(t("en", "faq-card-fee-q"))


async def test_a_returning_person_is_greeted_with_the_deep_linked_answer(
    viber: ViberDriver,
) -> None:
    t = words(viber)
    await viber.start(31, "pl")
    await viber.tap(31, t("pl", "lang-name"))
    sent_before = len(viber.fake.sent)

    [welcome] = await viber.start(31, "pl", context="f-card-fee", subscribed=True)

    assert welcome.text.startswith(t("pl", "faq-card-fee-q"))
    assert len(viber.fake.sent) == sent_before, "the one welcome travels in the HTTP answer"


async def test_the_conversation_survives_a_restart(viber: ViberDriver) -> None:
    t = words(viber)
    assert viber.core is not None
    icon = viber.core.dialogs.catalogue.categories["temporary"].icon
    await viber.start(32, "uk")
    await viber.tap(32, t("uk", "lang-name"))
    await viber.tap(32, f"{icon} {t('uk', 'cat-temporary')}")

    await viber.restart()

    [back] = await viber.tap(32, t("uk", "btn-back"))  # the keyboard from before the restart
    assert back.text.startswith(t("uk", "main-menu-title"))
