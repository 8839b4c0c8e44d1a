"""Every answer links the page that holds its facts, in the reader's language where one exists.

The portal's home page is no answer to a question: only entries about the portal itself
(marked ``about_portal = true``) may link it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.app import Core
from dialogs import LANGUAGES, Button, Incoming, Kind, LinkButton, load_catalogue
from dialogs.catalogue import ContentError

PORTAL = "migrant.poznan.uw.gov.pl"


def _is_portal_home(url: str) -> bool:
    parts = urlsplit(url)
    return parts.netloc == PORTAL and parts.path.strip("/") in {"", *LANGUAGES} and not parts.query


def test_no_entry_links_the_bare_home_page_unless_it_is_about_the_portal() -> None:
    for entry in load_catalogue().entries.values():
        for url in (entry.url, *entry.urls.values()):
            if _is_portal_home(url):
                assert entry.about_portal, f"{entry.id}: links the portal home page {url}"


def test_every_url_is_https_and_well_formed() -> None:
    for entry in load_catalogue().entries.values():
        for url in (entry.url, *entry.urls.values()):
            parts = urlsplit(url)
            assert parts.scheme == "https", f"{entry.id}: {url}"
            assert "." in parts.netloc, f"{entry.id}: {url}"
            assert not any(ch.isspace() for ch in url), f"{entry.id}: {url!r}"


def test_per_language_urls_are_for_known_languages_and_differ_from_the_default() -> None:
    for entry in load_catalogue().entries.values():
        assert set(entry.urls) <= set(LANGUAGES), entry.id
        for lang, url in entry.urls.items():
            assert url != entry.url, f"{entry.id}: {lang} url repeats the default"


def test_status_check_opens_the_status_page_the_office_names() -> None:
    entry = load_catalogue().entries["status-check"]
    assert entry.url.rstrip("/") == "https://www.poznan.uw.gov.pl/cudzoziemcy-stan"


def test_a_url_for_an_unknown_language_is_refused(tmp_path: Path) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "categories.toml").write_text('[[category]]\nid = "a"\n', encoding="utf-8")
    (tmp_path / "commands.toml").write_text("[commands]\n", encoding="utf-8")
    (tmp_path / "faq" / "x.toml").write_text(
        '[[entry]]\nid = "e"\ncategory = "a"\nurl = "https://x.pl/"\nverified = 2026-01-01\n'
        '[entry.urls]\nde = "https://x.pl/de"\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"x\.toml.*de"):
        load_catalogue(tmp_path)


def test_the_link_falls_back_to_the_default_page() -> None:
    catalogue = load_catalogue()
    with_en = next(e for e in catalogue.entries.values() if "en" in e.urls and "ru" not in e.urls)
    assert with_en.url_for("en") == with_en.urls["en"]
    assert with_en.url_for("ru") == with_en.url
    assert with_en.url_for("pl") == with_en.url


async def _open(core: Core, lang: str, entry_id: str, user: str) -> list:
    for kind, payload in ((Kind.START, ""), (Kind.BUTTON, f"lang:{lang}")):
        await core.dialogs.handle(Incoming("console", user, kind, payload=payload))
    screens = await core.dialogs.handle(
        Incoming("console", user, Kind.BUTTON, payload=f"f:{entry_id}")
    )
    return [b for s in screens for b in s.all_buttons()]


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_the_answer_screen_opens_the_page_in_the_readers_language(
    core: Core, lang: str
) -> None:
    entry = core.dialogs.catalogue.entries["card-issue"]
    assert "en" in entry.urls, "card-issue should have an English page"
    buttons = await _open(core, lang, "card-issue", f"links-{lang}")
    links = [b.url for b in buttons if isinstance(b, LinkButton)]
    assert links == [entry.urls.get(lang, entry.url)]
    assert any(
        isinstance(b, Button) and b.payload == "m:contact" and b.label != "" for b in buttons
    )


async def test_contact_answers_do_not_offer_the_contact_menu_again(core: Core) -> None:
    label = core.dialogs.l10n("en", "btn-contact")
    buttons = await _open(core, "en", "contact-poznan", "links-contact")
    assert [b.label for b in buttons if b.label == label] == []
    buttons = await _open(core, "en", "card-fee", "links-contact-2")
    assert [b.label for b in buttons if b.label == label] == [label]
