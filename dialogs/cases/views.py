"""The screens of the case look-up, "My cases" and the notice of a new status.

They take a translate function instead of a ``Context`` so that a notice, written
by an import outside any conversation, is built by the same code as the answer to a
look-up. Payloads: ``cs:<verb>[:<case id>]`` (valid from anywhere, see ``flow``) and
``bk:go:<case id>`` (booking, handled by the booking flow).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from dialogs.screens import AnyButton, Button, Screen
from storage import AWAITING_ATTENDANCE, STATUSES, Case

Translate = Callable[..., str]

MAIN = "m:"
CONTACT = "m:contact"
VERB = "cs"


def payload(action: str, case_id: int | None = None) -> str:
    return f"{VERB}:{action}" if case_id is None else f"{VERB}:{action}:{case_id}"


def book_payload(case_id: int) -> str:
    return f"bk:go:{case_id}"


def day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _main_row(t: Translate) -> tuple[AnyButton, ...]:
    return (Button(t("btn-main-menu"), MAIN),)


def ask_number(t: Translate, mine: Sequence[Case] = (), *, notice: str = "") -> Screen:
    text = t("cs-ask-number")
    rows: list[tuple[AnyButton, ...]] = [
        (Button(t("cs-mine-case", number=case.number), payload("show", case.id)),) for case in mine
    ]
    if mine:
        text = f"{text}\n\n{t('cs-ask-number-mine')}"
    if notice:
        text = f"{notice}\n\n{text}"
    rows.append(_main_row(t))
    return Screen(text=text, title=t("cs-title"), buttons=tuple(rows))


def ask_code(t: Translate, number: str) -> Screen:
    return Screen(
        text=t("cs-ask-code", number=number),
        title=t("cs-title"),
        buttons=((Button(t("btn-cs-other-number"), payload("new")),), _main_row(t)),
    )


def not_found(t: Translate) -> Screen:
    return Screen(
        text=t("cs-not-found"),
        buttons=(
            (Button(t("btn-cs-try-again"), payload("new")),),
            (Button(t("btn-cs-lost-code"), "f:access-code"),),
            _main_row(t),
        ),
    )


def unavailable(t: Translate) -> Screen:
    return Screen(
        text=t("cs-unavailable"),
        buttons=((Button(t("btn-cs-try-again"), payload("new")),), _main_row(t)),
    )


def locked(t: Translate, until: datetime, zone: ZoneInfo, now: datetime) -> Screen:
    """ "Try again after HH:MM" in the office's time; with the date when it is not today."""
    local = until.astimezone(zone)
    time = local.strftime("%H:%M")
    if local.date() == now.astimezone(zone).date():
        text = t("cs-locked", time=time)
    else:
        text = t("cs-locked-day", time=time, date=day(local.date()))
    return Screen(text=text, buttons=(_main_row(t),))


def status_lines(t: Translate, case: Case) -> str:
    if case.status in STATUSES:
        head = f"{t(f'cs-status-{case.status}')}\n{t(f'cs-status-{case.status}-next')}"
    else:
        head = t("cs-status-unknown")
    facts = [t("cs-since", date=day(case.status_since)), t(f"cs-office-{case.office}")]
    if case.filed_on is not None:
        facts.append(t("cs-filed", date=day(case.filed_on)))
    return head + "\n\n" + "\n".join(facts)


def result(t: Translate, case: Case, *, remembered: bool, checked_now: bool) -> Screen:
    """A case's status, meaning and next step, with what the person can do from here."""
    assert case.id is not None
    text = status_lines(t, case)
    if not checked_now:
        text += "\n" + t("cs-as-of", date=day(case.updated_at.date()))
    rows: list[tuple[AnyButton, ...]] = []
    if case.status == AWAITING_ATTENDANCE:
        rows.append((Button(t("btn-cs-book"), book_payload(case.id)),))
    if case.status not in STATUSES:
        rows.append((Button(t("btn-contact"), CONTACT),))
    if remembered:
        rows.append((Button(t("btn-cs-forget"), payload("forget", case.id)),))
    else:
        rows.append((Button(t("btn-cs-remember"), payload("keep", case.id)),))
    rows.append((Button(t("btn-cs-my-cases"), payload("my")),))
    rows.append(_main_row(t))
    return Screen(text=text, title=t("cs-case-title", number=case.number), buttons=tuple(rows))


def remembered(t: Translate, case: Case) -> Screen:
    assert case.id is not None
    return Screen(
        text=t("cs-kept", number=case.number),
        buttons=((Button(t("btn-cs-my-cases"), payload("my")),), _main_row(t)),
    )


def forgotten(t: Translate, case: Case) -> Screen:
    return Screen(
        text=t("cs-forgotten", number=case.number),
        buttons=((Button(t("btn-cs-my-cases"), payload("my")),), _main_row(t)),
    )


def my_cases(t: Translate, cases: Sequence[Case]) -> Screen:
    rows: list[tuple[AnyButton, ...]] = [
        (Button(t("cs-mine-case", number=case.number), payload("show", case.id)),) for case in cases
    ]
    rows.append((Button(t("btn-cs-check"), payload("new")),))
    rows.append(_main_row(t))
    text = t("cs-mine-text") if cases else t("cs-mine-empty")
    return Screen(text=text, title=t("cs-mine-title"), buttons=tuple(rows))


def notice(t: Translate, case: Case) -> Screen:
    """Sent through the outbox when an import or the HTTP source shows a new status."""
    assert case.id is not None
    text = f"{t('cs-notice', number=case.number)}\n\n{status_lines(t, case)}"
    rows: list[tuple[AnyButton, ...]] = []
    if case.status == AWAITING_ATTENDANCE:
        rows.append((Button(t("btn-cs-book"), book_payload(case.id)),))
    rows.append((Button(t("btn-cs-my-cases"), payload("my")),))
    rows.append(_main_row(t))
    return Screen(text=text, title=t("cs-notice-title"), buttons=tuple(rows))
