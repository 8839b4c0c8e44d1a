"""Screens as Viber messages: every keyboard within Viber's limits, paging, long texts."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.app import Core
from bot.channels.viber_render import (
    GRID_COLUMNS,
    MAX_LABEL,
    MAX_PER_ROW,
    MAX_TEXT,
    MAX_TEXT_BYTES,
    action_body,
    keyboard,
    payload_of,
    render,
    split_text,
)
from bot.config import Settings
from dialogs import LANGUAGES, Button, Incoming, Kind, LinkButton, Screen
from tests.support.drivers import walk
from tests.support.fake_viber import check_keyboard, rows_of
from tests.support.viber_driver import ViberDriver, viber_driver

# -- the pure rendering rules


def test_the_title_is_a_bold_first_line() -> None:
    [message] = render(Screen(text="Choose a topic.", title="Main *menu*"))
    assert message["text"] == "*Main menu*\nChoose a topic."
    assert "keyboard" not in message


def test_rows_keep_their_grouping_and_long_labels_get_a_row_each() -> None:
    screen = Screen(
        text="t",
        buttons=(
            (Button("Українська", "lang:uk"),),
            (Button("A", "x:1"), Button("B", "x:2"), Button("C", "x:3"), Button("D", "x:4")),
            (Button("A rather long label for a question", "f:1"), Button("Short", "f:2")),
            (Button("⬅️ Back", "m:"), Button("🏠 Main menu", "m:")),
            (LinkButton("🔗 Official page", "https://www.gov.pl/"),),
        ),
    )
    board = keyboard(screen)
    assert board is not None
    assert check_keyboard(board) == []
    grid = [[b["Text"] for b in row] for row in rows_of(board)]
    assert grid == [
        ["Українська"],
        ["A", "B"],
        ["C", "D"],
        ["A rather long label for a question"],
        ["Short"],
        ["⬅️ Back", "🏠 Main menu"],
        ["🔗 Official page"],
    ]
    link = board["Buttons"][-1]
    assert (link["ActionType"], link["ActionBody"]) == ("open-url", "https://www.gov.pl/")
    assert board["Buttons"][0]["ActionType"] == "reply"
    assert board["Buttons"][0]["ActionBody"] == action_body("lang:uk")
    assert board["InputFieldState"] == "regular"


def test_labels_are_cut_to_250_characters_and_escaped() -> None:
    board = keyboard(Screen(text="t", buttons=((Button("<b>" + "x" * 400, "f:1"),),)))
    assert board is not None
    label = board["Buttons"][0]["Text"]
    assert len(label) <= MAX_LABEL
    assert label.startswith("&lt;b&gt;xxx")
    assert label.endswith("…")


def test_long_texts_are_split_at_paragraphs_and_the_keyboard_rides_on_the_last_part() -> None:
    paragraphs = [f"Paragraph {n}. " + "Słowo " * 180 for n in range(20)]
    text = "\n\n".join(paragraphs)
    screen = Screen(text=text, title="Long", buttons=((Button("OK", "m:"),),))

    messages = render(screen)

    assert len(messages) >= 3
    assert all(len(m["text"]) <= MAX_TEXT for m in messages)
    assert all(m["text"].startswith(("*Long*", "Paragraph")) for m in messages)
    assert ["keyboard" in m for m in messages] == [False] * (len(messages) - 1) + [True]
    rejoined = " ".join(" ".join(m["text"].split()) for m in messages)
    assert rejoined == " ".join(f"*Long*\n{text}".split())


def test_texts_without_spaces_and_full_of_emoji_are_still_cut_within_limits() -> None:
    for text in ("x" * 20_000, "🪪" * 9_000):
        parts = split_text(text)
        assert "".join(parts) == text
        assert all(len(p) <= MAX_TEXT for p in parts)
        assert all(len(p.encode()) <= MAX_TEXT_BYTES for p in parts)


@pytest.mark.parametrize("payload", ["m:", "m:card", "m::2", "lang:uk", "fb:card-fee:1", "x"])
def test_a_tapped_button_gives_back_its_payload(payload: str) -> None:
    assert payload_of(action_body(payload)) == payload


@pytest.mark.parametrize(
    "typed",
    [
        "m:card",
        "karta pobytu",
        "https://www.gov.pl/web/uw-wielkopolski",
        "Note: my card",
        "how much: 100 zł?",
        "Що робити?",
        "#help",
    ],
)
def test_typed_text_is_never_taken_for_a_button(typed: str) -> None:
    assert payload_of(typed) is None


# -- paging is the core's, per channel


async def test_paging_is_asked_for_by_the_channel_and_others_get_whole_lists(core: Core) -> None:
    async def main_menu(page_size: int | None) -> Screen:
        person = f"paging-{page_size}"
        await core.dialogs.handle(Incoming("console", person, Kind.BUTTON, payload="lang:en"))
        [screen] = await core.dialogs.handle(
            Incoming("console", person, Kind.BUTTON, payload="m:", page_size=page_size)
        )
        return screen

    whole = await main_menu(None)
    paged = await main_menu(4)
    categories = len(core.dialogs.catalogue.top)
    assert len(whole.buttons) == categories + 1
    assert len(paged.buttons) == 4 + 2
    assert [b.payload for b in paged.buttons[4]] == ["m::1"]  # type: ignore[union-attr]


def _categories(payloads: list[str]) -> list[str]:
    """The category buttons of a menu (not page turns, not the main menu)."""
    return [p for p in payloads if p.startswith("m:") and p.count(":") == 1 and p != "m:"]


@pytest.fixture
async def paged_viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings, page_size=3) as driver:
        yield driver


async def test_long_menus_are_paged_with_next_and_previous(paged_viber: ViberDriver) -> None:
    viber = paged_viber
    assert viber.core is not None
    catalogue = viber.core.dialogs.catalogue
    await viber.start(1)
    [menu] = await viber.tap(1, "English")
    assert "Next ▶️" in menu.buttons
    assert "◀️ Previous" not in menu.buttons
    shown = _categories(menu.payloads)
    assert shown == [f"m:{c}" for c in catalogue.top[:3]]

    pages = [shown]
    while "Next ▶️" in menu.buttons:
        [menu] = await viber.tap(1, "Next ▶️")
        assert "◀️ Previous" in menu.buttons
        pages.append(_categories(menu.payloads))
    assert [p for page in pages for p in page] == [f"m:{c}" for c in catalogue.top]
    assert "🌐 Language" in menu.buttons, "the fixed row is on every page"

    [back] = await viber.tap(1, "◀️ Previous")
    assert back.payloads[:3] == pages[-2]

    [stale] = await viber.tap_payload(1, "m::99")  # the menu got shorter since
    assert stale.payloads[: len(pages[-1])] == pages[-1]
    [forged] = await viber.tap_payload(1, "m:card:x")
    assert forged.text.startswith("Main menu")
    assert "This menu has changed" in forged.text

    card = catalogue.categories["card"]
    [category] = await viber.tap_payload(1, "m:card")
    assert category.payloads[:3] == [f"f:{e}" for e in card.entries[:3]]
    assert "⬅️ Back" in category.buttons
    [second] = await viber.tap(1, "Next ▶️")
    assert second.payloads[:3] == [f"f:{e}" for e in card.entries[3:6]]
    assert viber.fake.problems == []


# -- every screen of the bot, in every language, within Viber's limits


async def test_every_screen_in_every_language_fits_viber(settings: Settings) -> None:
    async with viber_driver(settings) as viber:
        screens = 0
        for number, lang in enumerate(LANGUAGES, start=1):
            await viber.start(number, lang)
            async for _ in walk(viber, number, [f"lang:{lang}", "c:help", "c:language", "m:"]):
                screens += 1
            assert viber.fake.problems == [], (lang, viber.fake.problems)
        for sent in viber.fake.sent:
            assert len(sent.text) <= MAX_TEXT
            board = sent.keyboard
            assert board is not None
            for row in rows_of(board):
                assert len(row) <= MAX_PER_ROW
                assert sum(b["Columns"] for b in row) == GRID_COLUMNS
                for button in row:
                    assert len(button["Text"]) <= MAX_LABEL
                    assert button["ActionType"] in {"reply", "open-url"}
        assert screens > 4 * 80, "every category, entry, page and feedback screen was walked"
