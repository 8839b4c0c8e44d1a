"""Every screen renders in every language: no raw message id, no unrendered variable, a way back."""

from __future__ import annotations

import re
from itertools import count

import pytest

from bot.app import Core
from dialogs import LANGUAGES, Button, Incoming, Kind, Screen

RAW_ID = re.compile(
    r"\b(?:faq|cat|act|btn|lang|search|menu|help|welcome|feedback|cmd|something)-[a-z0-9-]+\b"
)
_users = count(1)


class Person:
    def __init__(self, core: Core, lang: str) -> None:
        self.core = core
        self.user_id = f"screens-{next(_users)}"
        self.lang = lang

    async def send(self, kind: Kind, text: str = "", payload: str = "") -> list[Screen]:
        incoming = Incoming("console", self.user_id, kind, text=text, payload=payload)
        return await self.core.dialogs.handle(incoming)


def check(screens: list[Screen], *, where: str, root: bool = False) -> None:
    assert screens, f"{where}: nothing shown"
    for screen in screens:
        shown = "\n".join([screen.title, screen.text, *(b.label for b in screen.all_buttons())])
        assert not RAW_ID.search(shown), f"{where}: raw id {RAW_ID.search(shown)} in {shown!r}"
        assert not re.search(r"[{}$]", shown), f"{where}: unrendered variable in {shown!r}"
        assert screen.text.strip(), f"{where}: empty text"
    payloads = {b.payload for s in screens for b in s.all_buttons() if isinstance(b, Button)}
    if not root:
        assert "m:" in payloads, f"{where}: no way to the main menu"


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_every_screen_in_every_language(core: Core, lang: str) -> None:
    catalogue = core.dialogs.catalogue
    person = Person(core, lang)
    check(await person.send(Kind.START), where="welcome", root=True)
    check(await person.send(Kind.BUTTON, payload=f"lang:{lang}"), where="main", root=True)
    for cat_id in catalogue.categories:
        screens = await person.send(Kind.BUTTON, payload=f"m:{cat_id}")
        check(screens, where=f"category {cat_id}")
        back = [b for b in screens[0].all_buttons() if isinstance(b, Button)][-2]
        assert back.payload.startswith("m:"), f"{cat_id}: Back goes nowhere"
    for entry_id in catalogue.entries:
        screens = await person.send(Kind.BUTTON, payload=f"f:{entry_id}")
        check(screens, where=f"answer {entry_id}")
        assert any(
            b.payload == f"m:{catalogue.entries[entry_id].category}"
            for b in screens[0].all_buttons()
            if isinstance(b, Button)
        )
    for value in ("1", "0"):
        check(await person.send(Kind.BUTTON, payload=f"fb:card-fee:{value}"), where="feedback")
    for command in ("help", "language"):
        check(await person.send(Kind.BUTTON, payload=f"c:{command}"), where=command)
    check(await person.send(Kind.BUTTON, payload="m:no-such-category"), where="stale", root=True)
    check(await person.send(Kind.MEDIA), where="media", root=True)
    check(await person.send(Kind.TROUBLE), where="something went wrong")
    check(await person.send(Kind.TEXT, text="qwzx vbnm"), where="nothing found")
    check(await person.send(Kind.TEXT, text="karta"), where="search")


@pytest.mark.parametrize("lang", ["pl", "ru", "uk"])
@pytest.mark.parametrize("n", [1, 2, 3, 5])
def test_candidate_prompt_in_every_plural_form(core: Core, lang: str, n: int) -> None:
    text = core.dialogs.l10n(lang, "search-candidates", count=n)
    assert not re.search(r"[{}$]", text), text
    assert (str(n) in text) == (n != 1), f"{lang} {n}: the {n} form is wrong: {text}"
