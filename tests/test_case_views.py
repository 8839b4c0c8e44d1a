"""The look-up's words that carry values: the lock-out time in the office's zone, every status."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.app import Core
from dialogs import Incoming, Kind, Localizer
from dialogs.cases import views
from storage import STATUSES, Case, CaseAttempt

WARSAW = ZoneInfo("Europe/Warsaw")
LANGS = ("pl", "en", "ru", "uk")


@pytest.mark.parametrize("lang", LANGS)
def test_the_lock_out_names_the_time_in_poland_and_the_day_when_not_today(lang: str) -> None:
    l10n = Localizer()

    def t(msg_id: str, **args: object) -> str:
        return l10n(lang, msg_id, **args)

    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    today = views.locked(t, datetime(2026, 11, 30, 13, 5, tzinfo=UTC), WARSAW, now)
    assert "14:05" in today.text  # CET, UTC+1
    assert "30.11.2026" not in today.text
    summer_now = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    summer = views.locked(t, datetime(2026, 7, 1, 9, 30, tzinfo=UTC), WARSAW, summer_now)
    assert "11:30" in summer.text  # CEST, UTC+2
    tomorrow = views.locked(t, datetime(2026, 11, 30, 23, 30, tzinfo=UTC), WARSAW, now)
    assert "00:30" in tomorrow.text
    assert "01.12.2026" in tomorrow.text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("status", [*STATUSES, "sent_to_archive"])
def test_every_status_reads_as_words_with_a_next_step(lang: str, status: str) -> None:
    l10n = Localizer()

    def t(msg_id: str, **args: object) -> str:
        return l10n(lang, msg_id, **args)

    case = Case(
        id=7,
        number="2555583/2016",
        status=status,
        office="pila",
        status_since=date(2026, 11, 2),
        updated_at=datetime(2026, 11, 3, tzinfo=UTC),
    )
    screen = views.result(t, case, remembered=False, checked_now=True)
    assert "cs-" not in screen.text  # no message id left unrendered
    assert "{" not in screen.text
    payloads = [getattr(b, "payload", "") for b in screen.all_buttons()]
    assert ("bk:go:7" in payloads) == (status == "awaiting_attendance")
    if status in STATUSES:
        assert l10n(lang, f"cs-status-{status}-next") in screen.text
    else:  # unknown to the bot: general words and the way to the office's staff
        assert l10n(lang, "cs-status-unknown") in screen.text
        assert "m:contact" in payloads


async def test_ten_people_at_one_number_lock_it_for_the_eleventh(core: Core) -> None:
    """The per-case limit: tries at one number from everyone, counted in the database."""
    l10n = Localizer()

    async def send(who: str, kind: Kind, text: str = "", payload: str = "") -> str:
        screens = await core.dialogs.handle(
            Incoming("console", who, kind, text=text, payload=payload)
        )
        return "\n".join(screen.text for screen in screens)

    answers = []
    for person in range(11):
        who = f"guesser-{person}"
        await send(who, Kind.START)
        await send(who, Kind.BUTTON, payload="lang:en")
        await send(who, Kind.BUTTON, payload="a:status")
        await send(who, Kind.TEXT, "2555583/2016")
        answers.append(await send(who, Kind.TEXT, f"GUESS-{person}"))
    assert all(l10n("en", "cs-not-found") in answer for answer in answers[:10])
    async with core.db.read() as session:
        first = (await session.execute(select(func.min(CaseAttempt.created_at)))).scalar_one()
    until = (first.replace(tzinfo=UTC) + timedelta(days=1)).astimezone(WARSAW)
    expected = l10n(
        "en", "cs-locked-day", time=until.strftime("%H:%M"), date=until.strftime("%d.%m.%Y")
    )
    assert answers[10] == expected
