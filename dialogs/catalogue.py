"""The menu tree and the FAQ catalogue, loaded from ``dialogs/content/*.toml``.

Content is data so that staff and translators change the bot without touching Python;
this module only reads it and checks that it hangs together (ids unique, categories
known), failing loudly at start rather than showing a broken menu to a person.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

CONTENT_DIR = Path(__file__).parent / "content"
LANGUAGES = ("pl", "en", "ru", "uk")
# Asked questions filed under this id have no answer here (another institution, another
# subject): the search learns from them when not to answer straight away.
ELSEWHERE = "elsewhere"


class ContentError(ValueError):
    """The content files contradict each other; the message names the file and id."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One FAQ answer. ``url`` is the page that holds its facts; ``urls`` the same page
    in other languages, where the portal has it; ``about_portal`` marks the few entries
    whose subject is the portal itself, the only ones allowed to link its home page."""

    id: str
    category: str
    url: str
    verified: date
    keywords: dict[str, tuple[str, ...]]
    urls: dict[str, str] = field(default_factory=dict)
    about_portal: bool = False
    # questions people asked that this entry answers, per language (``content/asked/``)
    asked: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def url_for(self, lang: str) -> str:
        """The page in the reader's language if the portal has one, else the default."""
        return self.urls.get(lang, self.url)


@dataclass(slots=True)
class Category:
    id: str
    parent: str
    icon: str = ""
    # Flows this category starts beside its entries ("status", "book"): buttons ``a:<action>``
    # labelled by the Fluent message ``act-<action>``, shown first.
    actions: tuple[str, ...] = ()
    children: list[str] = field(default_factory=list)
    entries: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Catalogue:
    categories: dict[str, Category]
    entries: dict[str, Entry]
    top: list[str]
    command_words: dict[str, str]
    # questions people asked that no entry answers, per language (filed as ``ELSEWHERE``)
    elsewhere: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _read(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path.name}: {exc}") from exc


def _asked(directory: Path, entries: dict[str, Entry]) -> dict[str, dict[str, tuple[str, ...]]]:
    """The asked questions of each entry (and of ``ELSEWHERE``), per language.

    A question for an entry that does not exist is an error: a typo would silently
    teach the search nothing.
    """
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(directory.glob("*.toml")):
        for raw in _read(path).get("q", []):
            entry_id, lang = raw["entry"], raw["lang"]
            if entry_id not in entries and entry_id != ELSEWHERE:
                raise ContentError(f"{path.name}: a question for unknown entry {entry_id!r}")
            if lang not in LANGUAGES:
                raise ContentError(f"{path.name}: a question in unknown language {lang!r}")
            found.setdefault(entry_id, {}).setdefault(lang, []).append(raw["text"])
    return {
        entry_id: {lang: tuple(texts) for lang, texts in by_lang.items()}
        for entry_id, by_lang in found.items()
    }


def load_catalogue(directory: Path = CONTENT_DIR) -> Catalogue:
    categories: dict[str, Category] = {}
    top: list[str] = []
    for raw in _read(directory / "categories.toml").get("category", []):
        cat = Category(
            id=raw["id"],
            parent=raw.get("parent", ""),
            icon=raw.get("icon", ""),
            actions=tuple(raw.get("actions", ())),
        )
        if cat.id in categories:
            raise ContentError(f"categories.toml: duplicate category {cat.id!r}")
        categories[cat.id] = cat
    for cat in categories.values():
        if not cat.parent:
            top.append(cat.id)
        elif cat.parent in categories:
            categories[cat.parent].children.append(cat.id)
        else:
            raise ContentError(f"categories.toml: {cat.id!r} has unknown parent {cat.parent!r}")

    entries: dict[str, Entry] = {}
    for path in sorted((directory / "faq").glob("*.toml")):
        for raw in _read(path).get("entry", []):
            entry_id = raw["id"]
            if entry_id == ELSEWHERE:
                raise ContentError(
                    f"{path.name}: {ELSEWHERE!r} is reserved for unanswered questions"
                )
            if entry_id in entries:
                raise ContentError(f"{path.name}: duplicate entry {entry_id!r}")
            if raw["category"] not in categories:
                raise ContentError(f"{path.name}: {entry_id!r} has unknown category")
            keywords = raw.get("keywords", {})
            urls = raw.get("urls", {})
            unknown = sorted(set(urls) - set(LANGUAGES))
            if unknown:
                raise ContentError(f"{path.name}: {entry_id!r} has urls for {unknown}")
            entries[entry_id] = Entry(
                id=entry_id,
                category=raw["category"],
                url=raw["url"],
                verified=raw["verified"],
                keywords={lang: tuple(keywords.get(lang, ())) for lang in LANGUAGES},
                urls=dict(urls),
                about_portal=bool(raw.get("about_portal", False)),
            )
            categories[raw["category"]].entries.append(entry_id)

    asked = _asked(directory / "asked", entries)
    elsewhere = asked.pop(ELSEWHERE, {})
    for entry_id, by_lang in asked.items():
        entries[entry_id] = replace(entries[entry_id], asked=by_lang)

    commands = _read(directory / "commands.toml")
    command_words = {
        word.casefold(): command
        for command, words in commands.get("commands", {}).items()
        for word in [command, *words]
    }
    return Catalogue(
        categories=categories,
        entries=entries,
        top=top,
        command_words=command_words,
        elsewhere=elsewhere,
    )
