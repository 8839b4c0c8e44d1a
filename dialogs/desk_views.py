"""The staff desk's screens and texts: topic names, the header card, lists for staff.

Pure functions of a translator ``t`` (the staff's or the person's language), so they
read like ``views.py`` and can be checked without a database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from dialogs.catalogue import Catalogue
from dialogs.l10n import Localizer
from dialogs.screens import Button, Screen
from storage import DeskStats, Ticket

T = Callable[..., str]
VERB = "st"  # person-side buttons: st:ask[:f:<entry>|:m:<category>], st:done, st:rate:<n>:<1-5>
STAFF_VERB = "sd"  # staff-side buttons on the card: sd:close:<n>, sd:canned:<n>, sd:cr:<n>:<id>
ICONS = {"waiting": "⏳", "open": "💬", "closed": "✅"}
MESSENGERS = {"telegram": "Telegram", "viber": "Viber", "console": "Console"}


def messenger_name(messenger: str) -> str:
    return MESSENGERS.get(messenger, messenger)


def topic_title(t: T, catalogue: Catalogue, ticket: Ticket) -> str:
    """The topic's name: state, number, language, messenger, category (at most 128)."""
    parts = [
        f"{ICONS[ticket.status]} #{ticket.number}",
        ticket.language.upper(),
        messenger_name(ticket.messenger),
    ]
    if ticket.category and ticket.category in catalogue.categories:
        parts.append(t(f"cat-{ticket.category}"))
    return " · ".join(parts)[:128]


def masked_case(number: str) -> str:
    """A case number shown to staff by its last 4 digits only ("…5583/2016")."""
    head, slash, year = number.partition("/")
    digits = "".join(ch for ch in head if ch.isdigit())
    return f"…{digits[-4:]}{slash}{year}"


def header_card(
    t: T,
    l10n: Localizer,
    catalogue: Catalogue,
    ticket: Ticket,
    question: str,
    has_file: bool,
    case: str | None = None,
) -> Screen:
    none = t("desk-none")
    category = t(f"cat-{ticket.category}") if ticket.category in catalogue.categories else none
    entry = t(f"faq-{ticket.last_entry}-q") if ticket.last_entry in catalogue.entries else none
    text = t(
        "desk-card",
        language=l10n(ticket.language, "lang-name"),
        messenger=messenger_name(ticket.messenger),
        category=category,
        entry=entry,
        case=masked_case(case) if case else none,
        question=question or (t("desk-file-only") if has_file else none),
    )
    return Screen(
        title=t("desk-card-title", number=ticket.number),
        text=text,
        buttons=(
            (
                Button(t("desk-btn-close"), f"{STAFF_VERB}:close:{ticket.number}"),
                Button(t("desk-btn-canned"), f"{STAFF_VERB}:canned:{ticket.number}"),
            ),
        ),
    )


def canned_menu(t: T, canned: Sequence[str], number: int) -> Screen:
    rows = tuple(
        (Button(t(f"canned-{cid}-title"), f"{STAFF_VERB}:cr:{number}:{cid}"),) for cid in canned
    )
    return Screen(text=t("desk-canned-title", number=number), buttons=rows)


def rating_screen(t: T, number: int, msg_id: str) -> Screen:
    stars = tuple(Button(t("btn-rate", stars=n), f"{VERB}:rate:{number}:{n}") for n in range(1, 6))
    return Screen(
        text=t(msg_id, number=number), buttons=(stars, (Button(t("btn-main-menu"), "m:"),))
    )


def moment(t: T, local: datetime) -> str:
    """ "Monday, 07.12, 08:00" in the reader's language."""
    weekday = t(f"weekday-{local.weekday()}")
    return t(
        "staff-moment", weekday=weekday, date=local.strftime("%d.%m"), time=local.strftime("%H:%M")
    )


def tickets_text(t: T, tickets: Sequence[Ticket], now: datetime) -> str:
    if not tickets:
        return t("desk-tickets-empty")
    lines = [t("desk-tickets-title", count=len(tickets))]
    for ticket in tickets:
        hours = int((now - _aware(ticket.opened_at)).total_seconds() // 3600)
        lines.append(
            t(
                "desk-tickets-line",
                number=ticket.number,
                hours=hours,
                language=ticket.language.upper(),
                messenger=messenger_name(ticket.messenger),
                icon=ICONS[ticket.status],
            )
        )
    return "\n".join(lines)


def stats_text(t: T, periods: Sequence[tuple[int, DeskStats]]) -> str:
    lines = [t("desk-stats-title")]
    for days, stats in periods:
        rated = sum(stats.ratings.values())
        average = sum(k * v for k, v in stats.ratings.items()) / rated if rated else 0.0
        median = stats.median_first_reply_seconds
        lines.append(
            t(
                "desk-stats-line",
                days=days,
                opened=stats.opened,
                closed=stats.closed,
                minutes=round(median / 60) if median is not None else "-",
                rated=rated,
                average=f"{average:.1f}",
            )
        )
    return "\n".join(lines)


def _aware(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they are all UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
