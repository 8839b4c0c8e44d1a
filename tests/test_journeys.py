"""Messenger-neutral journeys: one table of conversations, run on every channel.

Each scenario is a list of steps a person takes (open the bot, tap a button, type,
tap a stale button, the bot restarts) and what the reply must contain: Fluent message
ids (or ``faq:<entry>`` for an answer) in a given language. Labels to tap are Fluent
ids too, so the table holds no wording at all: it follows the content as translators
change it, and proves the reply came in the right language. The ``driver`` fixture
(tests/conftest.py) runs every scenario on Telegram and on Viber.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

import pytest

from bot.config import Settings
from dialogs import Localizer
from dialogs.cases import CodeHasher, Notices
from dialogs.cases.demo import seed_demo_cases
from storage import Database, upgrade
from tests.support.booking import open_slots, prove_case
from tests.support.drivers import ChatDriver, Seen
from tests.support.viber_factories import viber_id


@dataclass(frozen=True, slots=True)
class Step:
    do: str  # start | tap | say | tap_payload | restart | prove | slots | tap_first
    arg: str = ""  # tap: a Fluent id of the label; say: the text; start: the app's language
    lang: str = ""  # the language the label is in and the reply must be in
    expect: tuple[str, ...] = ()  # Fluent ids, or "faq:<entry>" for that entry's answer


def start(hint: str | None, *expect: str, lang: str = "") -> Step:
    return Step("start", hint or "", lang or hint or "pl", expect)


def tap(label_id: str, lang: str, *expect: str) -> Step:
    return Step("tap", label_id, lang, expect)


def say(text: str, lang: str, *expect: str) -> Step:
    return Step("say", text, lang, expect)


def stale(payload: str, lang: str, *expect: str) -> Step:
    return Step("tap_payload", payload, lang, expect)


RESTART = Step("restart")


def prove(status: str = "awaiting_attendance") -> Step:
    """Slots open and the person has just checked a case in ``status`` (booking's scene)."""
    return Step("prove", status)


SLOTS = Step("slots")  # the schedule's slots exist (the look-up itself proves the case)


def tap_first(prefix: str, lang: str, *expect: str) -> Step:
    """Tap the first button whose payload starts with ``prefix`` (a day, a time)."""
    return Step("tap_first", prefix, lang, expect)


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    steps: list[Step] = field(default_factory=list)


def full_journey(lang: str, question: str) -> Scenario:
    """Open, choose the language, walk to an answer and back, ask in own words, rate it."""
    return Scenario(
        f"full journey in {lang}",
        [
            start(lang, "welcome", "lang-prompt"),
            tap("lang-name", lang, "lang-set", "main-menu-title"),
            tap("cat-card", lang, "category-text"),
            tap("faq-card-fee-q", lang, "faq:card-fee"),
            tap("btn-back", lang, "category-text"),
            tap("btn-main-menu", lang, "main-menu-title"),
            say(question, lang, "faq:card-lost"),
            tap("btn-helped-yes", lang, "feedback-thanks"),
            say("/help", lang, "help-title", "help-text"),
        ],
    )


def look_up(lang: str, number: str, code: str, status: str, *more: Step) -> Scenario:
    """Case status from the menu: a wrong code first, then the right one (demo cases)."""
    return Scenario(
        f"case look-up in {lang}",
        [
            start(lang),
            tap("lang-name", lang, "main-menu-title"),
            tap("cat-case-status", lang, "category-text"),
            tap("act-status", lang, "cs-ask-number"),
            say(number, lang, "cs-title"),
            say("NOT-THE-CODE", lang, "cs-not-found"),
            say(number, lang, "cs-title"),
            say(code, lang, f"cs-status-{status}", f"cs-status-{status}-next"),
            *more,
        ],
    )


SCENARIOS = [
    full_journey("pl", "zgubilem karte pobyut"),  # no diacritics, a typo
    full_journey("en", "my resdence card was stolen"),
    full_journey("ru", "потерял карту пабыту"),
    full_journey("uk", "загубив карту побуту"),
    Scenario(
        "switching language midway",
        [
            start("en", "welcome"),
            tap("lang-name", "en", "main-menu-title"),
            tap("cat-permanent", "en", "category-text"),
            tap("btn-main-menu", "en", "main-menu-title"),
            tap("btn-language", "en", "lang-title"),
            tap("lang-name", "uk", "main-menu-title"),
            tap("cat-card", "uk", "category-text"),
            say("how much does the residence card cost", "uk", "faq:card-fee"),
            say("/language", "uk", "lang-title"),
            tap("lang-name", "pl", "main-menu-title"),
        ],
    ),
    Scenario(
        "a stale or forged button gets the current menu",
        [
            start("ru"),
            tap("lang-name", "ru", "main-menu-title"),
            stale("m:a-category-that-was-removed", "ru", "menu-changed", "main-menu-title"),
            stale("f:an-entry-that-was-removed", "ru", "menu-changed", "main-menu-title"),
            stale("lang:de", "ru", "menu-changed"),
            stale("nonsense", "ru", "menu-changed"),
            tap("cat-card", "ru", "category-text"),
        ],
    ),
    Scenario(
        "free text with typos, before and after choosing a language",
        [
            start("pl", "welcome"),
            say("ile kosztuje karta pobyut", "pl", "welcome"),  # kept until the language is set
            tap("lang-name", "pl", "main-menu-title", "faq:card-fee"),
            say("ile kosztuje karta pobyut", "pl", "faq:card-fee"),
            say("сколько стоит карта побыту", "pl", "faq:card-fee"),  # answered in Polish
        ],
    ),
    look_up(
        "uk",
        "2555583 2016",
        "DEMO-1111",
        "awaiting_attendance",
        tap("btn-cs-remember", "uk"),
        tap("btn-cs-my-cases", "uk", "cs-mine-text"),
    ),
    look_up(
        "ru",
        "1000456-2026",
        "DEMO-3333",
        "card_ready",
        tap("btn-main-menu", "ru", "main-menu-title"),
    ),
    look_up(
        "pl",
        "1000789/2026",
        "DEMO-4444",
        "formal_deficiencies",
        RESTART,
        tap("btn-cs-remember", "pl"),
        tap("btn-main-menu", "pl", "main-menu-title"),
        tap("cat-case-status", "pl", "category-text"),
        tap("act-mine", "pl", "cs-mine-title", "cs-mine-text"),
    ),
    Scenario(
        "case look-up in en: a greeting is a case number there, /menu leaves",
        [
            start("en"),
            tap("lang-name", "en", "main-menu-title"),
            tap("cat-case-status", "en", "category-text"),
            tap("act-status", "en", "cs-ask-number"),
            say("hello", "en", "cs-title"),
            tap("btn-cs-other-number", "en", "cs-ask-number"),
            say("1001111 2026", "en", "cs-title"),
            say("DEMO-6666", "en", "cs-status-suspended", "cs-office-pila"),
            say("/menu", "en", "main-menu-title"),
        ],
    ),
    Scenario(
        "a restart keeps language and state",
        [
            start("uk"),
            tap("lang-name", "uk", "main-menu-title"),
            tap("cat-temporary", "uk", "category-text"),
            tap("cat-temp-work", "uk", "category-text"),
            RESTART,
            tap("btn-back", "uk", "cat-temporary"),
            say("/menu", "uk", "main-menu-title"),
        ],
    ),
]


SCENARIOS += [
    Scenario(
        "booking the fingerprint visit, Confirm tapped twice, after a restart",
        [
            start("uk"),
            tap("lang-name", "uk", "main-menu-title"),
            prove(),
            tap("cat-booking", "uk", "category-text"),
            tap("act-book", "uk", "booking-title"),
            tap_first("bkd:", "uk", "booking-title"),
            tap_first("bkt:", "uk", "booking-confirm-once"),
            tap_first("bkc:", "uk", "booking-confirmed-title", "booking-hall-poznan"),
            tap_first("bkc:", "uk", "booking-already-tap"),
            RESTART,
            stale("a:book", "uk", "booking-already", "booking-hall-poznan"),
        ],
    ),
    replace(
        look_up(
            "en",
            "2555583/2016",
            "DEMO-1111",
            "awaiting_attendance",
            SLOTS,
            tap("btn-cs-book", "en", "booking-title"),
            tap_first("bkd:", "en", "booking-title"),
            tap_first("bkt:", "en", "booking-confirm-once"),
            tap_first("bkc:", "en", "booking-confirmed-title", "booking-hall-poznan"),
        ),
        name="case look-up in en, then booking from the status screen",
    ),
    Scenario(
        "booking refused: the case is not awaiting attendance",
        [
            start("pl"),
            tap("lang-name", "pl", "main-menu-title"),
            prove("in_progress"),
            tap("cat-booking", "pl", "category-text"),
            tap("act-book", "pl", "booking-wrong-status"),
        ],
    ),
    Scenario(
        "booking without a checked case points to the look-up",
        [
            start("en"),
            tap("lang-name", "en", "main-menu-title"),
            tap("cat-booking", "en", "category-text"),
            tap("act-book", "en", "booking-need-check"),
        ],
    ),
]


@pytest.fixture
async def demo_cases(settings: Settings) -> None:
    """The console's demo cases in the bot's database, seeded as ``make run`` seeds them."""
    db = Database(settings.storage.url)
    try:
        await upgrade(db)
        await seed_demo_cases(db, CodeHasher(), Notices(Localizer(), "pl"), date.today())
    finally:
        await db.dispose()


@pytest.fixture
def l10n(settings: Settings) -> Localizer:
    """The same words the bot uses (``build_core`` loads them the same way)."""
    return Localizer(languages=settings.dialogs.languages)


def flat(text: str) -> str:
    """Whitespace-insensitive, so a channel may lay lines out its own way."""
    return re.sub(r"\s+", " ", text).strip()


def expected_text(l10n: Localizer, lang: str, item: str) -> list[str]:
    if item.startswith("faq:"):
        entry = item.removeprefix("faq:")
        return [l10n(lang, f"faq-{entry}-q"), l10n(lang, f"faq-{entry}-a")]
    return [l10n(lang, item)]


def label_for(l10n: Localizer, step: Step, history: list[Seen]) -> str:
    """The exact button label: the Fluent text, possibly with the category's icon before it."""
    words = l10n(step.lang, step.arg)
    for message in reversed(history):
        for label in message.buttons:
            if label == words or label.endswith(f" {words}"):
                return label
    shown = [label for message in history[-3:] for label in message.buttons]
    raise AssertionError(f"no button {words!r} ({step.arg}) among {shown}")


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_journey(
    demo_cases: None,
    driver: ChatDriver,
    l10n: Localizer,
    scenario: Scenario,
    settings: Settings,
) -> None:
    user = 700_001
    history: list[Seen] = []
    for number, step in enumerate(scenario.steps, 1):
        where = f"{driver.channel}: {scenario.name}: step {number} ({step.do} {step.arg})"
        if step.do == "restart":
            await driver.restart()
            continue
        if step.do in {"prove", "slots"}:
            db = driver.core.db  # type: ignore[attr-defined]
            person = str(user) if driver.channel == "telegram" else viber_id(user)
            await open_slots(db, settings)
            if step.do == "prove":
                await prove_case(db, driver.channel, person, status=step.arg)
            continue
        if step.do == "start":
            reply = await driver.start(user, step.arg or None)
        elif step.do == "tap":
            reply = await driver.tap(user, label_for(l10n, step, history))
        elif step.do == "say":
            reply = await driver.say(user, step.arg)
        elif step.do == "tap_first":
            found = [p for seen in reversed(history) for p in seen.payloads]
            reply = await driver.tap_payload(user, next(p for p in found if p.startswith(step.arg)))
        else:
            reply = await driver.tap_payload(user, step.arg)
        assert reply, f"{where}: no reply"
        history.extend(reply)
        said = flat("\n".join(message.text for message in reply))
        for item in step.expect:
            for text in expected_text(l10n, step.lang, item):
                assert flat(text) in said, f"{where}: expected {item} in {step.lang}"
