"""Synonym groups for the free-text search: many names of one thing, one shared key.

The groups are data (``dialogs/content/search_synonyms.toml``) that staff can edit.
A phrase of a group is found in a sequence of words, each word given as its set of
folded keys (form and lemmas, see :mod:`dialogs.text_norm`), so a phrase matches in
any inflection. Every word of a found phrase then also carries the group's key
(``=name``): the index and the query mark their words the same way, and "TRC" in a
question meets "karta pobytu" in an answer.

Intents are the same for what a question asks ("where", "how much", ``?name``),
said in words the search otherwise skips as stop words; they are looked for among
all the words of a text.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dialogs.catalogue import CONTENT_DIR
from dialogs.text_norm import tokenize, variants

__all__ = ["SYNONYMS_FILE", "Synonyms"]

SYNONYMS_FILE = CONTENT_DIR / "search_synonyms.toml"
GROUP_PREFIX = "="  # no folded word starts with it, so a group key never meets a word's
INTENT_PREFIX = "?"  # the same for what a question asks ("?where", "?cost")

Phrase = tuple[frozenset[str], ...]


class Synonyms:
    """The phrases of all groups and intents, looked up by the keys of their first word."""

    def __init__(
        self,
        groups: dict[str, list[list[frozenset[str]]]],
        intents: dict[str, list[list[frozenset[str]]]] | None = None,
    ) -> None:
        self._groups = _by_first_word(GROUP_PREFIX, groups)
        self._intents = _by_first_word(INTENT_PREFIX, intents or {})

    @classmethod
    def load(cls, words_of: Callable[[str], list[str]], path: Path = SYNONYMS_FILE) -> Synonyms:
        """Read the file; ``words_of`` splits a group phrase into the words the search keeps.

        Intent phrases keep all their words: they are made of stop words.
        """
        with path.open("rb") as fh:
            raw = tomllib.load(fh)

        def phrases(section: str, split: Callable[[str], list[str]]) -> dict:
            return {
                name: [[variants(token) for token in split(phrase)] for phrase in listed]
                for name, listed in raw.get(section, {}).items()
            }

        return cls(phrases("group", words_of), phrases("intent", tokenize))

    def groups_at(self, words: Sequence[frozenset[str]]) -> list[set[str]]:
        """For each word, the keys of the groups whose phrase covers it there."""
        marks: list[set[str]] = [set() for _ in words]
        for start, end, key in _find(self._groups, words):
            for position in range(start, end):
                marks[position].add(key)
        return marks

    def intents(self, text: str) -> set[str]:
        """The keys of what a question asks for ("?where"), from all its words."""
        words = [variants(token) for token in tokenize(text)]
        return {key for _, _, key in _find(self._intents, words)}


def _by_first_word(
    prefix: str, groups: dict[str, list[list[frozenset[str]]]]
) -> dict[str, list[tuple[str, Phrase]]]:
    by_first: dict[str, list[tuple[str, Phrase]]] = defaultdict(list)
    for name, phrases in groups.items():
        for phrase in phrases:
            if phrase:
                for key in phrase[0]:
                    by_first[key].append((prefix + name, tuple(phrase)))
    return dict(by_first)


def _find(
    by_first: dict[str, list[tuple[str, Phrase]]], words: Sequence[frozenset[str]]
) -> Iterator[tuple[int, int, str]]:
    """Every (start, end, key) where a phrase's words match the words there."""
    for start, first in enumerate(words):
        seen: set[tuple[str, Phrase]] = set()
        for word_key in first:
            for item in by_first.get(word_key, ()):
                if item in seen:
                    continue
                seen.add(item)
                key, phrase = item
                end = start + len(phrase)
                if end <= len(words) and all(
                    not want.isdisjoint(have)
                    for want, have in zip(phrase, words[start:end], strict=True)
                ):
                    yield start, end, key
