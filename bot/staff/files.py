"""Staff files for Viber persons: a Telegram file, fetched from the Bot API when its link is opened.

Viber shows a picture or a document only by URL, and a Telegram ``file_id`` means
nothing outside the Bot API. So a staff photo for a Viber person goes out as a signed,
expiring link (``bot.files.FileLinks``) to the reference ``tg:<file_id>``; opening it
fetches the file from the Bot API right then, nothing is stored.
"""

from __future__ import annotations

import logging
import mimetypes
import posixpath

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError

from bot.files import Resolver
from dialogs import Attachment

log = logging.getLogger(__name__)

KIND = "tg"
TTL_SECONDS = 7 * 24 * 3600  # Viber fetches at once; a person may tap a document days later


def ref_of(file_id: str) -> str:
    return f"{KIND}:{file_id}"


def telegram_files(bot: Bot) -> Resolver:
    """The resolver for ``tg:<file_id>`` links."""

    async def fetch(ref: str) -> Attachment | None:
        file_id = ref.partition(":")[2]
        try:
            info = await bot.get_file(file_id)
            if info.file_path is None:
                return None
            data = await bot.download_file(info.file_path)
        except TelegramAPIError as error:
            log.warning("desk_file_unavailable", extra={"error": type(error).__name__})
            return None
        if data is None:
            return None
        name = posixpath.basename(info.file_path) or "file"
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return Attachment(name, data.read(), kind)

    return fetch
