"""The staff desk in the Telegram staff chat: a forum topic per person (DESIGN.md).

``OutboxStaffPort`` implements the core's ``StaffPort`` by queuing rows in the
outbox's ``staff`` lane; ``StaffSender`` delivers them into the forum;
``build_staff_router`` handles what staff write and tap; ``TelegramRelay`` and
``viber_kinds`` deliver staff answers on the person's messenger.
"""

from bot.staff.port import LANE, OutboxStaffPort
from bot.staff.relay import TelegramRelay, viber_kinds
from bot.staff.router import build_staff_router
from bot.staff.sender import StaffSender

__all__ = [
    "LANE",
    "OutboxStaffPort",
    "StaffSender",
    "TelegramRelay",
    "build_staff_router",
    "viber_kinds",
]
