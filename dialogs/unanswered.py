"""Questions the bot could not answer straight away, kept so that content can catch up.

Every typed question that got "did you mean…" buttons or "I don't know" is kept,
with its language and what was offered, so the content team sees what people ask
and the FAQ does not say. A person's message may carry what identifies them: it is
masked before it is kept (digits, e-mail addresses, the name after "my name is"),
and kept apart from who sent it.

:func:`group` puts together questions that say the same in other words (the search's
own folding and lemmas, so "karta" and "karty", "побыт" and "побит" are one word),
largest group first, for ``python -m bot unanswered``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dialogs.search import load_stopwords
from dialogs.text_norm import fold, tokenize, variants
from storage import Repo

__all__ = ["Group", "Kept", "group", "keep", "mask"]

MAX_KEPT_CHARS = 500  # a question is a sentence or two; a paste is cut
SAME_QUESTION = 0.5  # share of words two questions have in common to be one group

EMAIL_MASK, NAME_MASK, DIGIT_MASK = "<email>", "<name>", "#"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")
# Words after which people give their name, in the four languages (with and without
# Polish letters; Ukrainian apostrophe in any of its spellings, or none).
_NAME_INTRO = re.compile(
    r"\b(?:nazywam\s+si[eę]|mam\s+na\s+imi[eę]|moje\s+imi[eę]\s+to|na\s+nazwisko"
    r"|my\s+name\s+is|my\s+name['’]s|i\s+am\s+called|name\s*:"
    r"|меня\s+зовут|мо[её]\s+имя|моя\s+фамилия|на\s+имя"
    r"|мене\s+звати|мо[єе]\s+ім['’ʼ]?я|моє\s+прізвище|на\s+ім['’ʼ]?я)"
    r"[\s,:—-]*",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")
NAME_MAX_WORDS = (
    3  # "Anna Maria Kowalska"; the first word after the intro is masked whatever its case
)


def mask(text: str) -> str:
    """The text with what may identify its writer replaced: e-mails, digits, given names.

    Digits go all of them: case numbers, phone numbers, dates and access codes are what
    a person types most often, and a fee or a deadline stays readable as ``###``.
    """
    text = _EMAIL.sub(EMAIL_MASK, text)
    text = _DIGIT.sub(DIGIT_MASK, text)
    return _mask_names(text)


def _mask_names(text: str) -> str:
    """One ``<name>`` for the words of a name after an intro such as "my name is"."""
    out: list[str] = []
    position = 0
    for intro in _NAME_INTRO.finditer(text):
        if intro.start() < position:
            continue
        end = intro.end()
        for count in range(NAME_MAX_WORDS):
            word = _NAME_WORD.match(text, end + len(text[end:]) - len(text[end:].lstrip(" \t")))
            if word is None or (count and not word.group()[0].isupper()):
                break
            end = word.end()
        if end > intro.end():
            out += [text[position : intro.end()], NAME_MASK]
            position = end
    out.append(text[position:])
    return "".join(out)


def keep(repo: Repo, text: str, lang: str, offered: Sequence[str]) -> None:
    """Keep a question that got no direct answer (masked), with what was offered instead.

    Joins the caller's transaction, so a message handled twice (a lost race retried)
    is kept once. Messages with no letter at all (emoji, a number) say nothing to keep.
    """
    if not any(ch.isalpha() for ch in text):
        return
    repo.unanswered.keep(mask(text.strip())[:MAX_KEPT_CHARS], lang, offered)


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept question as the grouping sees it."""

    text: str
    lang: str
    offered: tuple[str, ...]
    at: datetime | None = None


@dataclass(slots=True)
class Group:
    """Questions that say the same; ``example`` is the first of them."""

    example: str
    words: list[frozenset[str]]
    items: list[Kept] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.items)

    def languages(self) -> Counter[str]:
        return Counter(item.lang for item in self.items)

    def offered(self) -> Counter[str]:
        """How often each entry was offered in this group; ``""`` counts "nothing offered"."""
        counts: Counter[str] = Counter()
        for item in self.items:
            counts.update(item.offered or ("",))
        return counts


def group(questions: Iterable[Kept], threshold: float = SAME_QUESTION) -> list[Group]:
    """Greedy grouping: each question joins the most similar group, or starts its own.

    Similarity is the weighted share of the two questions' meaningful words that the
    other one also says (by folded form or lemma), compared with each group's first
    question. A word many kept questions say ("karta", "pobyt") weighs less than a
    rare one ("pesel", "ponaglenie"), so questions are grouped by what sets them
    apart. Largest group first; among equal sizes, the group seen first.
    """
    stop = load_stopwords()
    items = list(questions)
    said = [_words(item.text, stop) for item in items]
    weight = _weights(said)
    groups: list[Group] = []
    by_key: dict[str, list[int]] = {}  # word key -> groups whose first question says it
    by_text: dict[str, int] = {}  # for questions with no meaningful word: same text, same group
    for item, words in zip(items, said, strict=True):
        if not words:
            plain = " ".join(fold(token) for token in tokenize(item.text))
            index = by_text.get(plain)
            if index is None:
                index = by_text[plain] = len(groups)
                groups.append(Group(example=item.text, words=[]))
            groups[index].items.append(item)
            continue
        keys = frozenset().union(*words)
        near = {index for key in keys for index in by_key.get(key, ())}
        best, best_score = None, 0.0
        for index in sorted(near):
            score = _similarity(words, groups[index].words, weight)
            if score >= threshold and score > best_score:
                best, best_score = index, score
        if best is None:
            best = len(groups)
            groups.append(Group(example=item.text, words=words))
            for key in keys:
                by_key.setdefault(key, []).append(best)
        groups[best].items.append(item)
    order = sorted(range(len(groups)), key=lambda index: (-groups[index].count, index))
    return [groups[index] for index in order]


def _words(text: str, stop: frozenset[str]) -> list[frozenset[str]]:
    """The meaningful words of a kept question, each as its set of folded keys."""
    text = text.replace(EMAIL_MASK, " ").replace(NAME_MASK, " ")
    words: list[frozenset[str]] = []
    seen: set[frozenset[str]] = set()
    for token in tokenize(text):
        if len(token) < 2 or token.isdigit() or fold(token) in stop:
            continue
        keys = variants(token)
        if stop.isdisjoint(keys) and keys not in seen:
            seen.add(keys)
            words.append(keys)
    return words


def _weights(said: list[list[frozenset[str]]]) -> Callable[[frozenset[str]], float]:
    """Inverse document frequency over the kept questions, of a word's most common key."""
    counts: Counter[str] = Counter()
    for words in said:
        counts.update(frozenset().union(*words) if words else ())
    total = len(said)

    def weight(word: frozenset[str]) -> float:
        return math.log(1.0 + total / max(counts[key] for key in word)) if word else 0.0

    return weight


def _similarity(
    first: list[frozenset[str]],
    second: list[frozenset[str]],
    weight: Callable[[frozenset[str]], float],
) -> float:
    """Weighted share of both questions' words that the other question says too (0..1)."""
    first_keys = frozenset().union(*first)
    second_keys = frozenset().union(*second)
    shared = sum(weight(word) for word in first if not word.isdisjoint(second_keys))
    shared += sum(weight(word) for word in second if not word.isdisjoint(first_keys))
    return shared / (sum(map(weight, first)) + sum(map(weight, second)))
