"""The calendar file on Viber: a file message whose link the bot serves, signed and expiring.

Viber takes a file only as an https URL it downloads itself, so the bot serves the
``.ics`` under ``viber.public_url`` by a link that carries an expiry and an HMAC. The
link is fetched here from the bot's real web app, as Viber's servers would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from icalendar import Calendar

from bot.config import Settings
from bot.files import FileLinks, link_key
from dialogs import Attachment
from tests.support.booking import open_slots, prove_case
from tests.support.viber_driver import ViberDriver, viber_driver
from tests.support.viber_factories import viber_id

PUBLIC = "https://bot.example.gov.pl"


@pytest.fixture
async def viber(settings: Settings) -> AsyncIterator[ViberDriver]:
    async with viber_driver(settings, public_url=PUBLIC) as driver:
        assert driver.core is not None
        await open_slots(driver.core.db, settings)
        yield driver


async def book(viber: ViberDriver, user: int, lang: str) -> None:
    assert viber.core is not None
    t = viber.core.dialogs.l10n
    await viber.start(user, lang)
    await viber.tap(user, t(lang, "lang-name"))
    await prove_case(viber.core.db, "viber", viber_id(user))
    seen = await viber.tap_payload(user, "a:book")
    for prefix in ("bkd:", "bkt:", "bkc:"):
        payload = next(p for m in seen for p in m.payloads if p.startswith(prefix))
        seen = await viber.tap_payload(user, payload)


async def test_viber_gets_the_calendar_as_a_file_message_it_can_download(
    viber: ViberDriver,
) -> None:
    await book(viber, 41, "uk")

    sent = viber.fake.sent_to(viber_id(41))
    files = [s.message for s in sent if s.message.get("type") == "file"]
    assert len(files) == 1
    [file] = files
    assert viber.fake.problems == []
    assert file["media"].startswith(f"{PUBLIC}/viber/files/booking%3A")
    assert file["file_name"].endswith(".ics")
    assert file.get("keyboard"), "the keyboard rides on the last message"
    text_before = sent[sent.index(next(s for s in sent if s.message is file)) - 1]
    assert "keyboard" not in text_before.message

    url = urlsplit(file["media"])
    assert viber.client is not None
    async with viber.client.get(f"{url.path}?{url.query}") as response:
        assert response.status == 200
        body = await response.read()
        assert response.headers["Content-Type"].startswith("text/calendar")
    assert len(body) == file["size"]
    [event] = Calendar.from_ical(body).walk("VEVENT")
    assert "Познань" in str(event["summary"]), "the file speaks the person's language"


async def test_a_forged_or_bent_link_is_refused(viber: ViberDriver) -> None:
    await book(viber, 42, "en")
    [file] = [s.message for s in viber.fake.sent_to(viber_id(42)) if s.message["type"] == "file"]
    url = urlsplit(file["media"])
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert viber.client is not None

    async def status(path: str, **params: str) -> int:
        async with viber.client.get(f"{path}?{urlencode(params)}") as response:  # type: ignore[union-attr]
            return response.status

    other_booking = url.path.replace("booking%3A1%3A", "booking%3A2%3A")
    other_language = url.path.replace("%3Aen", "%3Apl")
    assert await status(url.path, **query) == 200
    assert await status(url.path, exp=query["exp"], sig="0" * 64) == 403
    assert await status(url.path, exp=str(int(query["exp"]) + 3600), sig=query["sig"]) == 403
    assert await status(other_booking, **query) == 403
    assert await status(other_language, **query) == 403
    assert await status(url.path, exp=query["exp"]) == 403
    assert await status("/viber/files/..%2F..%2Fetc", **query) == 403


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


async def test_a_link_expires_and_a_cancelled_visit_has_no_file() -> None:
    clock = Clock()
    files = {"booking:7:en": Attachment("visit.ics", b"BEGIN:VCALENDAR", "text/calendar")}

    async def resolve(ref: str) -> Attachment | None:
        return files.get(ref)

    links = FileLinks(
        link_key("token"),
        {"booking": resolve},
        base_url=PUBLIC,
        path="/viber/files",
        ttl_seconds=3600,
        clock=clock,
    )
    app = web.Application()
    links.setup(app)
    async with TestClient(TestServer(app)) as client:

        async def fetch(url: str) -> int:
            parts = urlsplit(url)
            async with client.get(f"{parts.path}?{parts.query}") as response:
                return response.status

        url = links.url_for("booking:7:en")
        assert await fetch(url) == 200
        clock.now += 3599
        assert await fetch(url) == 200
        clock.now += 2
        assert await fetch(url) == 410, "expired"
        fresh = links.url_for("booking:7:en")
        del files["booking:7:en"]
        assert await fetch(fresh) == 404, "the visit was cancelled: nothing to serve"
        other_key = FileLinks(
            link_key("another-token"),
            {"booking": resolve},
            base_url=PUBLIC,
            path="/viber/files",
            ttl_seconds=60,
        )
        files["booking:7:en"] = Attachment("visit.ics", b"x", "text/calendar")
        assert await fetch(other_key.url_for("booking:7:en")) == 403


async def test_without_a_public_url_viber_still_gets_the_words(settings: Settings) -> None:
    async with viber_driver(settings) as driver:
        assert driver.core is not None
        await open_slots(driver.core.db, settings)
        await book(driver, 43, "pl")
        sent = driver.fake.sent_to(viber_id(43))
        assert all(s.message["type"] == "text" for s in sent)
        t = driver.core.dialogs.l10n
        assert any(t("pl", "booking-confirmed-title") in s.text for s in sent)
        assert driver.fake.problems == []


async def test_days_and_times_page_on_viber(settings: Settings) -> None:
    """Viber shows ``page_size`` options at once: days and times come in pages there too."""
    async with viber_driver(settings, page_size=2) as driver:
        assert driver.core is not None
        t = driver.core.dialogs.l10n
        await open_slots(driver.core.db, settings)
        await driver.start(44, "en")
        await driver.tap(44, t("en", "lang-name"))
        await prove_case(driver.core.db, "viber", viber_id(44))

        [first] = await driver.tap_payload(44, "a:book")
        later_week = [p for p in first.payloads if p.startswith("bkw:") and p.count(":") == 1]
        [first] = await driver.tap_payload(44, later_week[-1])  # a whole week of days
        days = [p for p in first.payloads if p.startswith("bkd:")]
        assert len(days) <= 2
        turn = [p for p in first.payloads if p.startswith("bkw:") and p.count(":") == 2]
        assert t("en", "btn-page-next") in first.buttons
        [second] = await driver.tap_payload(44, turn[0])
        more = [p for p in second.payloads if p.startswith("bkd:")]
        assert more
        assert not set(more) & set(days), "the next page shows other days"

        [times] = await driver.tap_payload(44, more[0])
        rows_of_times = [p for p in times.payloads if p.startswith("bkt:")]
        assert 0 < len(rows_of_times) <= 6, "two rows of three times"
        page_two = [p for p in times.payloads if p == f"{more[0]}:1"]
        [later] = await driver.tap_payload(44, page_two[0])
        assert [p for p in later.payloads if p.startswith("bkt:")]
        assert driver.fake.problems == []
