"""Every word a person reads, through Fluent (``locales/<lang>/*.ftl``).

One bundle per language, loaded once. A missing message never crashes a
conversation: it falls back to English, then to the id, and is logged, while the
locale tests keep that from ever reaching production.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
LANGUAGES = ("pl", "en", "ru", "uk")
FALLBACK = "en"

log = logging.getLogger(__name__)


def best_language(hint: str | None, default: str = "pl") -> str:
    """Map a messenger's language tag (``uk``, ``ru-RU``, ``pl``) to one we speak."""
    if hint:
        base = hint.replace("_", "-").split("-")[0].casefold()
        if base in LANGUAGES:
            return base
        if base in {"be", "kk", "ky", "uz", "tg", "hy", "az", "ka"}:
            return "ru"  # post-Soviet languages: Russian is the most read of ours
    return default


class Localizer:
    def __init__(self, directory: Path = LOCALES_DIR, languages: Iterable[str] = LANGUAGES):
        self.languages = tuple(languages)
        self._bundles: dict[str, FluentBundle] = {}
        for lang in self.languages:
            bundle = FluentBundle([lang], use_isolating=False)
            for path in sorted((directory / lang).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[lang] = bundle

    def has(self, lang: str, msg_id: str) -> bool:
        return self._bundles[lang].has_message(msg_id)

    def __call__(self, lang: str, msg_id: str, **args: object) -> str:
        for candidate in (lang, FALLBACK):
            bundle = self._bundles.get(candidate)
            if bundle is not None and bundle.has_message(msg_id):
                message = bundle.get_message(msg_id)
                if message.value is None:
                    break
                text, errors = bundle.format_pattern(message.value, args)
                if errors:
                    log.warning("fluent_errors", extra={"msg_id": msg_id, "lang": lang})
                return text
            log.warning("fluent_missing", extra={"msg_id": msg_id, "lang": candidate})
        return msg_id
