"""Free-text question search over the FAQ catalogue, in any of the four languages.

A person may type a question in any state instead of walking the menus. The words
they use are rarely the words of our question labels: other inflections, no Polish
diacritics, typos, Ukrainian mixed with Russian, Polish office words in Cyrillic.
So every entry is indexed under folded keys (see :mod:`dialogs.text_norm`) of its
question, keywords and answer in all four languages at once, and a query is matched
word by word, each word standing for its folded form, its lemmas and, through
character trigrams, the indexed words it looks like (typos, unknown inflections).

Words are also read for what they name rather than how they are spelled: synonym
groups (``content/search_synonyms.toml``: "TRC", "ВНЖ", "посвідка" and "karta
pobytu" are one document; nationalities) give all their words one shared key; a
Polish office word typed in Cyrillic ("децизия", "внёсек") is read as Polish; a
number the content says ("640", "14 dni") counts, other numbers (a case number, a
date) are passed over.

Entries also carry questions people asked that they answer (``content/asked/``):
their words are indexed like keywords, a query worded like one of them counts towards
that entry, and two models learn from them which entry a query is likely about (see
:mod:`dialogs.asked_model`). Those questions teach the search how a topic is really
asked, which the writers of the answer cannot foresee. Questions filed as answered
elsewhere (another institution's business) teach it when not to answer straight away.

The score of an entry is the share of the query's information (inverse document
frequency of each meaningful word, of adjacent word pairs that form a known phrase, and
of what the question asks: "where", "how much") that the entry covers, weighted by where
it is covered (question and keywords count more than the answer), blended with how fully
the query says the entry's own question or one of its keyword phrases, and how alike it
is to a question people asked for the entry. An entry whose question asks something else
than the query ("how much" for "where") is marked down. That score is blended, last, with
the two models' probabilities of the entry. That keeps scores in 0..1 with a
stable meaning, so "confident" is a threshold plus a margin over the runner-up rather
than a number tuned to the size of the catalogue; the margin needed narrows as the best
entry covers more of the query.
"""

from __future__ import annotations

import math
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise, product
from pathlib import Path

from dialogs.asked_model import SpellingModel, WordModel
from dialogs.catalogue import CONTENT_DIR, LANGUAGES, Catalogue
from dialogs.l10n import Localizer
from dialogs.synonyms import Synonyms
from dialogs.text_norm import (
    as_cyrillic,
    as_polish,
    char_ngrams,
    fold,
    is_word,
    tokenize,
    variants,
)

__all__ = ["FaqSearch", "SearchResult", "load_stopwords"]

STOPWORDS_FILE = CONTENT_DIR / "search_stopwords.toml"

# A question is a sentence or two. A long message is a story with the question at its
# start or at its end, or a paste: its first and last words are read, no more, which
# bounds the cost (each new word may cost a dictionary look-up).
MAX_QUERY_CHARS = 400
MAX_QUERY_TOKENS = 40  # tokens looked at: all of a short message, or head and tail
MAX_QUERY_WORDS = 32  # distinct meaningful words used
MAX_WORD_LENGTH = 40  # longer "words" are links, hashes or a held-down key
MAX_FUZZY_WORDS = 12  # trigram look-ups per query: bounds the cost of a long message
MAX_RANKED = 10

# Where a word is found says how much the entry is about it.
QUESTION_WEIGHT, KEYWORD_WEIGHT, ANSWER_WEIGHT = 1.0, 1.0, 0.55

IDF_POWER = 0.75  # flattens idf so that one rare word cannot outvote the rest of a query
MIN_WORD_WEIGHT = 0.05
UNKNOWN_WORD_WEIGHT = 1.0  # a word found nowhere still makes the query less about any entry
PAIR_WEIGHT = 0.5  # a known two-word phrase ("card fee") counts this share of its words
# A number the content also says ("640", "14 dni", "100 zł") is evidence, but a weak one
# alone: "14" is an age, a deadline and a date; next to its word it is a phrase.
NUMBER_WEIGHT = 0.5
MIN_NUMBER_LENGTH = 2  # "3" or "5" is in every other answer
# What the question asks ("where", "how much"; see search_synonyms.toml) tells entries
# apart that share a topic, but it is one word of the question and says nothing alone.
INTENT_WEIGHT = 0.5
# An entry whose question asks something else ("how much" when the query asks "where")
# is not what the person asked, however many of its words the query shares.
INTENT_CONFLICT = 0.9
ASKED_WEIGHT = 0.8  # a word of a question people asked: as telling as a keyword, nearly
QUESTION_SHARE = 0.15  # how much "the query says what the entry asks" counts in the score
PHRASING_SHARE = 0.1  # ... and "the query says one of the entry's keyword phrases"
ASKED_SHARE = 0.2  # ... and "the query is worded like a question people asked for it"
# The score, so blended, is blended once more with how likely the entry is given the
# query, as learnt from the questions people asked (see dialogs/asked_model.py): given
# its words, and given its spelling.
LIKELY_SHARE = 0.1
SPELLING_SHARE = 0.3
# Not answered straight away: a query this likely to be one of the questions no entry
# answers (another institution's business), however well its words cover an entry. The
# spelling model judges it: the naive Bayes, which counts words as independent, takes
# "how much" and "residence card" for citizenship when many such questions say both.
ELSEWHERE_SPELT = 0.3

FUZZY_MIN_LENGTH = 4  # shorter words have too few trigrams to judge a typo by
FUZZY_MIN_SIMILARITY = 0.5  # trigram Dice below this is another word, not a typo
FUZZY_PER_WORD = 3
FUZZY_NEAR_EXACT = 0.7  # a look-alike of a word that also matched exactly counts less
# Short words have too few trigrams for a swapped or wrong letter ("lsot", "carf"): for
# them, words one deletion apart on either side (one edit, roughly) count as a typo,
# provided the dictionary does not know the word ("real" is not a typo of "read").
EDIT_MAX_LENGTH = 8
EDIT_SIMILARITY = 0.75
SWAP_SIMILARITY = 0.8  # two neighbours swapped ("lsot"), the commonest slip: a little more
STEM_LENGTH = 3  # a real word's other forms, found by trigrams, share its first letters

# To answer directly the best must lead the runner-up: by CONFIDENT_MARGIN when it only
# just reaches the confidence threshold, by less the more of the query it covers (a near
# full match is rarely a coincidence), never by less than MIN_MARGIN.
CONFIDENT_MARGIN = 0.32
MARGIN_SLOPE = 0.35
MIN_MARGIN = 0.05
CANDIDATE_FLOOR = 0.15  # an entry covering less of the query is not worth a button
CANDIDATE_SHARE = 0.5  # ... nor one scoring under half the best
# ... nor, for a query that belongs elsewhere, one that does not cover it well: a list of
# entries it only grazes would have nothing to do with the question
ELSEWHERE_FLOOR = 0.45


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The outcome of one query.

    ``ranked`` is the evidence (best first, at most ten, scores 0..1). ``confident`` is
    the entry to answer with directly, if any. ``candidates`` is the short list worth
    offering as buttons (best first, at most ``max_candidates``, the confident entry
    first when there is one); it is empty when nothing matched at all, or when the query
    is most like another institution's business and no entry covers it well.
    """

    ranked: tuple[tuple[str, float], ...]
    confident: str | None
    candidates: tuple[str, ...]

    @property
    def nothing(self) -> bool:
        return not self.ranked


NOTHING = SearchResult(ranked=(), confident=None, candidates=())


def load_stopwords(path: Path = STOPWORDS_FILE) -> frozenset[str]:
    """The folded stop words of all four languages, from the data file staff can edit."""
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    words: set[str] = set()
    for lang_words in raw.get("stopwords", {}).values():
        for word in lang_words:
            words.update(fold(token) for token in tokenize(word))
    return frozenset(words)


@dataclass(slots=True)
class _Evidence:
    """One thing a query says: the index keys that show it, and how much it tells."""

    keys: dict[str, float]  # key -> strength: 1.0 exact, less for a look-alike word
    weight: float
    phrase: bool = False  # keys of adjacent word pairs rather than of words
    number: bool = False  # a number the content says: evidence, but no question alone


@dataclass(frozen=True, slots=True)
class _Phrasing:
    """A way an entry is asked (its question, a keyword phrase): words with weights."""

    words: tuple[tuple[frozenset[str], float], ...]
    total: float
    keys: frozenset[str]  # all keys of all words, to skip a phrasing the query misses


class FaqSearch:
    """The index of the FAQ catalogue, built once at start; :meth:`query` is cheap.

    ``confident``: the score (0..1, the share of the query an entry covers) from which
    the best entry is answered directly, provided it also leads the runner-up by a
    margin (wider near the threshold, see ``CONFIDENT_MARGIN``). ``max_candidates``:
    how many entries to offer otherwise.
    Queries only read the index (plus a bounded cache of look-alike words), so one
    instance serves every conversation.
    """

    def __init__(
        self,
        catalogue: Catalogue,
        l10n: Localizer,
        *,
        confident: float = 0.38,
        max_candidates: int = 3,
    ) -> None:
        self.confident = confident
        self.max_candidates = max_candidates
        self._stop = load_stopwords()
        self._synonyms = Synonyms.load(self._meaningful)
        # stop words with one letter left out, to recognise their typos ("mcuh", "plese")
        self._stop_deletions = frozenset(
            shorter
            for word in self._stop
            if len(word) >= FUZZY_MIN_LENGTH
            for shorter in (word, *_deletions(word))
        )
        self._ids: tuple[str, ...] = tuple(catalogue.entries)
        # key -> {entry index -> best field weight}. A key found in several fields of an
        # entry counts by its best field: repeating a word does not make an entry better.
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        # the same for adjacent word pairs inside one question, keyword or answer line
        self._pairs: dict[str, dict[int, float]] = defaultdict(dict)
        # folded surface form -> the keys of that form seen in the content, so "karte"
        # typed without diacritics also finds "karta" through a "kartę" somewhere.
        self._aliases: dict[str, set[str]] = defaultdict(set)
        questions: list[list[list[frozenset[str]]]] = []
        # per entry, what its question asks in any language ("?where", "?cost")
        self._asks: list[set[str]] = [set() for _ in self._ids]
        # per entry, its keyword phrases of two words or more: other ways to ask it
        phrasings: list[list[list[frozenset[str]]]] = [[] for _ in self._ids]
        # per entry, the questions people asked that it answers (``content/asked/``)
        asked_words: list[list[list[frozenset[str]]]] = [[] for _ in self._ids]
        asked: list[tuple[int, str]] = []  # (entry index, text), for the models
        for index, entry_id in enumerate(self._ids):
            keywords = catalogue.entries[entry_id].keywords
            per_language: list[list[frozenset[str]]] = []
            for lang in LANGUAGES:
                question_lines = _lines(l10n, lang, f"faq-{entry_id}-q")
                question = self._add(index, QUESTION_WEIGHT, question_lines)
                for line in question_lines:
                    for intent in self._synonyms.intents(line):
                        _keep_best(self._postings[intent], index, QUESTION_WEIGHT)
                        self._asks[index].add(intent)
                for keyword in keywords.get(lang, ()):
                    said = self._add(index, KEYWORD_WEIGHT, [keyword])
                    if len(said) >= 2:
                        phrasings[index].append(said)
                self._add(index, ANSWER_WEIGHT, _lines(l10n, lang, f"faq-{entry_id}-a"))
                if question:
                    per_language.append(question)
            for texts in catalogue.entries[entry_id].asked.values():
                for text in texts:
                    asked.append((index, text))
                    if said := self._add(index, ASKED_WEIGHT, [text]):
                        asked_words[index].append(said)
            questions.append(per_language)
        self._postings = dict(self._postings)
        self._pairs = dict(self._pairs)
        self._aliases = {
            surface: known
            for surface, keys in self._aliases.items()
            if (known := {key for key in keys if key != surface})
        }
        total = len(self._ids)
        self._idf: dict[str, float] = {
            key: math.log(1.0 + (total - len(posting) + 0.5) / (len(posting) + 0.5))
            for key, posting in self._postings.items()
        }
        # per entry and language, the question's words with their weights
        self._questions = [[self._phrasing(q) for q in per_entry] for per_entry in questions]
        self._phrasings = [[self._phrasing(p) for p in per_entry] for per_entry in phrasings]
        self._asked = [[self._phrasing(p) for p in per_entry] for per_entry in asked_words]
        # key -> the words of asked questions it names: (entry index, question index, word
        # position). Thousands of questions, of which a query shares words with a few.
        self._asked_with: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for index, per_entry in enumerate(self._asked):
            for which, phrasing in enumerate(per_entry):
                for position, (word, _) in enumerate(phrasing.words):
                    for key in word:
                        self._asked_with[key].append((index, which, position))
        self._asked_with = dict(self._asked_with)
        self._ngrams: dict[str, list[str]] = defaultdict(list)
        self._ngram_counts: dict[str, int] = {}
        for key in self._postings:
            if len(key) >= FUZZY_MIN_LENGTH - 1 and key[0].isalnum():
                grams = char_ngrams(key)
                self._ngram_counts[key] = len(grams)
                for gram in grams:
                    self._ngrams[gram].append(key)
        self._ngrams = dict(self._ngrams)
        self._deletions: dict[str, list[str]] = defaultdict(list)
        for key in self._postings:
            if FUZZY_MIN_LENGTH <= len(key) <= EDIT_MAX_LENGTH and key[0].isalnum():
                for shorter in _deletions(key):
                    self._deletions[shorter].append(key)
        self._deletions = dict(self._deletions)
        self._fuzzy_cache: dict[str, tuple[tuple[str, float], ...]] = {}
        # one more class past the entries: the questions no entry answers. The spelling
        # model's probability of it decides "elsewhere"; in both models it also takes its
        # share from the entries, so that a query like those questions scores lower.
        self._elsewhere = len(self._ids)
        asked += [
            (self._elsewhere, text) for texts in catalogue.elsewhere.values() for text in texts
        ]
        self._likely = WordModel(
            ((index, self._word_keys(text)) for index, text in asked),
            classes=len(self._ids) + 1,
        )
        self._spelling = SpellingModel((index, _spelling(tokenize(text))) for index, text in asked)

    # -- indexing

    def _meaningful(self, text: str) -> list[str]:
        """Tokens that may carry meaning: words of two letters or more, not stop words.

        A word is a stop word when its form or one of its lemmas is listed, so the lists
        need not spell out every inflection ("needs" -> "need", "której" -> "który").
        Numbers of two digits or more are kept: a question may name a fee or a deadline.
        """
        return [
            token for token in tokenize(text) if self._is_meaningful(token) or _is_number(token)
        ]

    def _is_meaningful(self, token: str) -> bool:
        """A word (not a number) that is not a stop word."""
        return (
            1 < len(token) <= MAX_WORD_LENGTH
            and not token.isdigit()
            and fold(token) not in self._stop
            and self._stop.isdisjoint(variants(token))
        )

    def _add(self, index: int, weight: float, phrases: Iterable[str]) -> list[frozenset[str]]:
        """Index phrases of one field of one entry; returns their words' key sets."""
        words_of_all: list[frozenset[str]] = []
        for phrase in phrases:
            tokens = self._meaningful(phrase)
            words = [variants(token) for token in tokens]
            marks = self._synonyms.groups_at(words)
            words = [keys | groups for keys, groups in zip(words, marks, strict=True)]
            for token, keys in zip(tokens, words, strict=True):
                if not token.isdigit():
                    self._aliases[fold(token)].update(variants(token))
                for key in keys:
                    _keep_best(self._postings[key], index, weight)
            for first, second in pairwise(words):
                for pair in _pair_keys(first, second):
                    _keep_best(self._pairs[pair], index, weight)
            words_of_all.extend(words)
        return words_of_all

    def _phrasing(self, words: list[frozenset[str]]) -> _Phrasing:
        """A question or keyword phrase with its words' weights, for :func:`_said`."""
        weighted = tuple((word, self._weight(word)) for word in words)
        return _Phrasing(
            words=weighted,
            total=sum(weight for _, weight in weighted),
            keys=frozenset().union(*words),
        )

    def _weight(self, keys: Iterable[str]) -> float:
        """How much finding a word tells: the idf of its most general key, flattened.

        A word standing for several keys is as informative as the most common of them:
        "karte" (a surface form) is rarer than "karta" (its lemma) only by accident of
        which inflections the content happens to use.
        """
        return max(min(self._idf[key] for key in keys), MIN_WORD_WEIGHT) ** IDF_POWER

    def _word_keys(self, text: str) -> set[str]:
        """The keys a text's words name exactly, as a query's would: what the model reads."""
        words, _ = self._words(text, fuzzy=False)
        return {key for word in words for key in _exact(word)}

    # -- querying

    def query(self, text: str, lang: str | None = None) -> SearchResult:
        """Rank the entries for a typed question.

        ``lang`` is the person's interface language. It is a hint only and does not
        narrow the search: people type in whatever language their keyboard and habits
        give them, and the index covers all four languages at once.
        """
        del lang
        words, unknown = self._words(text)
        if all(word.number for word in words):
            return NOTHING
        intents = list(self._intents(text))
        query_asks = {key for item in intents for key in item.keys}
        evidence = [*words, *self._phrases(words), *intents]
        total = sum(item.weight for item in evidence) + unknown * UNKNOWN_WORD_WEIGHT
        covered: dict[int, float] = defaultdict(float)
        for item in evidence:
            postings = self._pairs if item.phrase else self._postings
            best: dict[int, float] = {}
            for key, strength in item.keys.items():
                for index, field_weight in postings.get(key, {}).items():
                    _keep_best(best, index, strength * field_weight)
            for index, value in best.items():
                covered[index] += item.weight * value
        said: dict[str, float] = {}
        said_total = sum(word.weight for word in words)
        for word in words:
            for key, strength in word.keys.items():
                _keep_best(said, key, strength)
        likely = self._likely.probabilities(said)
        asked_like = self._asked_likeness(said, said_total)
        spelt = self._spelling.probabilities(_spelling(_head_and_tail(text)))
        # a model with no opinion (nothing learnt, no word it knows) leaves its share
        # to the rest, so that scores keep their meaning without asked questions
        base = 1.0 - (LIKELY_SHARE if likely else 0.0) - (SPELLING_SHARE if spelt else 0.0)
        scored = sorted(
            (
                -round(
                    base
                    * self._score(
                        index, value / total, said, query_asks, asked_like.get(index, 0.0)
                    )
                    + LIKELY_SHARE * likely.get(index, 0.0)
                    + SPELLING_SHARE * spelt.get(index, 0.0),
                    4,
                ),
                self._ids[index],
            )
            for index, value in covered.items()
        )
        ranked = tuple((entry_id, -score) for score, entry_id in scored[:MAX_RANKED])
        if not ranked:
            return NOTHING
        elsewhere = spelt.get(self._elsewhere, 0.0) >= ELSEWHERE_SPELT
        return self._decide(ranked, elsewhere=elsewhere)

    def _score(
        self,
        index: int,
        coverage: float,
        said: dict[str, float],
        query_asks: set[str],
        asked_like: float,
    ) -> float:
        """Coverage of the query, blended with how fully it says one of the entry's phrasings.

        Two entries may both cover a short query; the one whose question (or a keyword
        phrase) the query paraphrases more fully is the one the person meant, unless
        its question asks something else than the query does. A question people asked
        for the entry counts by how alike the two are (``asked_like``, see
        :meth:`_asked_likeness`).
        """
        score = (
            (1.0 - QUESTION_SHARE - PHRASING_SHARE - ASKED_SHARE) * coverage
            + QUESTION_SHARE * _said(self._questions[index], said)
            + PHRASING_SHARE * _said(self._phrasings[index], said)
            + ASKED_SHARE * asked_like
        )
        asks = self._asks[index]
        if query_asks and asks and query_asks.isdisjoint(asks):
            score *= INTENT_CONFLICT
        return score

    def _asked_likeness(self, said: dict[str, float], said_total: float) -> dict[int, float]:
        """Per entry, how alike the query is to the likest question people asked for it.

        Alike both ways: the shared words' weight over the mean of both totals (a
        weighted Dice; ``said_total`` is the weight of the query's words), so that a short
        query is not "like" a long story that happens to contain its words, nor the
        reverse. Only the words the query shares are visited, through the index.
        """
        found: dict[tuple[int, int, int], float] = {}  # each shared word, by its best key
        for key, strength in said.items():
            for spot in self._asked_with.get(key, ()):
                _keep_best(found, spot, strength)
        hits: dict[tuple[int, int], float] = defaultdict(float)
        for (index, which, position), strength in found.items():
            hits[index, which] += self._asked[index][which].words[position][1] * strength
        likeness: dict[int, float] = {}
        for (index, which), hit in hits.items():
            whole = (self._asked[index][which].total + said_total) / 2.0
            _keep_best(likeness, index, hit / whole)
        return likeness

    def _decide(self, ranked: tuple[tuple[str, float], ...], *, elsewhere: bool) -> SearchResult:
        """Answer directly only when the best entry is both good and clearly the best.

        ``elsewhere``: the query is much like the questions no entry answers. Its words
        may still cover an entry well ("800 plus with a karta pobytu"): such entries are
        offered, not answered; entries it only grazes ("where do I buy pizza" and the
        MOS signature someone had to buy) are not offered at all, and the person gets
        the staff instead of a list that has nothing to do with the question.
        """
        top_id, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        margin = max(MIN_MARGIN, CONFIDENT_MARGIN - MARGIN_SLOPE * (top - self.confident))
        clear = top >= self.confident and top - second >= margin
        confident = top_id if clear and not elsewhere else None
        floor = max(CANDIDATE_FLOOR, top * CANDIDATE_SHARE)
        if elsewhere:
            floor = max(floor, ELSEWHERE_FLOOR)
        candidates = [entry_id for entry_id, score in ranked if score >= floor]
        if not candidates and not elsewhere:
            candidates = [top_id]
        return SearchResult(
            ranked=ranked, confident=confident, candidates=tuple(candidates[: self.max_candidates])
        )

    def _words(self, text: str, *, fuzzy: bool = True) -> tuple[list[_Evidence], int]:
        """The meaningful words of a query, in order, and how many of them matched nothing.

        A number the content never says is passed over, not counted as unknown: a case
        number or a date in a question does not make it less about its topic. Without
        ``fuzzy``, words are taken only as spelt (no look-alikes): cheap, for indexing.
        """
        tokens: list[str] = []
        seen: set[str] = set()
        for token in _head_and_tail(text):
            if _is_number(token):
                if token not in self._postings:
                    continue
            elif not self._is_meaningful(token):
                continue
            folded = fold(token)
            if folded in seen:
                continue
            seen.add(folded)
            if len(seen) > MAX_QUERY_WORDS:
                break
            tokens.append(token)
        marks = self._synonyms.groups_at([variants(token) for token in tokens])
        words: list[_Evidence] = []
        unknown = 0
        fuzzy_budget = MAX_FUZZY_WORDS if fuzzy else 0
        for token, groups in zip(tokens, marks, strict=True):
            if token.isdigit():
                weight = NUMBER_WEIGHT * self._weight({token})
                words.append(_Evidence(keys={token: 1.0}, weight=weight, number=True))
                continue
            folded = fold(token)
            keys = dict.fromkeys(self._exact_keys(token), 1.0)
            keys.update((group, 1.0) for group in groups if group in self._postings)
            # a Polish word typed in Cyrillic ("децизия"), or Russian or Ukrainian typed in
            # Latin letters ("skolko"; not a word the Polish or English dictionary knows)
            other = as_polish(token)
            if other is None and not is_word(token):
                other = as_cyrillic(token)
            if other is not None:
                keys.update(dict.fromkeys(self._exact_keys(other), 1.0))
            exact = frozenset(keys)
            if not exact and self._is_stop_typo(token, folded):
                continue
            if len(folded) >= FUZZY_MIN_LENGTH and fuzzy_budget > 0:
                fuzzy_budget -= 1
                factor = FUZZY_NEAR_EXACT if exact else 1.0
                for key, similarity in self._similar(token):
                    keys.setdefault(key, similarity * factor)
                if other is not None and not exact:
                    for key, similarity in self._similar(other):
                        keys.setdefault(key, similarity * factor)
            if not keys:
                unknown += 1
                continue
            words.append(_Evidence(keys=keys, weight=self._weight(exact or keys)))
        return words, unknown

    def _is_stop_typo(self, token: str, folded: str) -> bool:
        """An unknown word one edit from a stop word is that stop word mistyped."""
        if not FUZZY_MIN_LENGTH <= len(folded) <= EDIT_MAX_LENGTH or is_word(token):
            return False
        return folded in self._stop_deletions or not self._stop_deletions.isdisjoint(
            _deletions(folded)
        )

    def _exact_keys(self, token: str) -> Iterator[str]:
        """Index keys a query token names exactly: its form, its lemmas, their aliases."""
        for key in variants(token):
            if key in self._postings:
                yield key
            yield from self._aliases.get(key, ())

    def _intents(self, text: str) -> Iterator[_Evidence]:
        """What the query asks for ("where", "how much"), where some entry's question asks it."""
        for intent in self._synonyms.intents(" ".join(_head_and_tail(text))):
            if intent in self._postings:
                yield _Evidence(keys={intent: 1.0}, weight=INTENT_WEIGHT * self._weight({intent}))

    def _phrases(self, words: list[_Evidence]) -> Iterator[_Evidence]:
        """Adjacent query words that form a phrase some entry uses ("card fee")."""
        for first, second in pairwise(words):
            keys = {
                pair: 1.0
                for pair in _pair_keys(_exact(first), _exact(second))
                if pair in self._pairs
            }
            if keys:
                weight = PAIR_WEIGHT * min(first.weight, second.weight)
                yield _Evidence(keys=keys, weight=weight, phrase=True)

    def _similar(self, token: str) -> tuple[tuple[str, float], ...]:
        """Index keys that look like a misspelling or another form of ``token``.

        Trigram Dice coefficient for any word, but for a word the dictionary knows only
        keys with the same beginning (another form of it: "legalnie", "legalny"; not
        "happens", "opens"); one edit for short words the dictionary does not know.
        """
        cached = self._fuzzy_cache.get(token)
        if cached is not None:
            return cached
        folded = fold(token)
        grams = char_ngrams(folded)
        shared: Counter[str] = Counter()
        for gram in grams:
            shared.update(self._ngrams.get(gram, ()))
        known = is_word(token)
        stem = folded[:STEM_LENGTH]
        similarity: dict[str, float] = {
            key: 2.0 * count / (len(grams) + self._ngram_counts[key])
            for key, count in shared.items()
            if key != folded and (not known or key.startswith(stem))
        }
        if len(folded) <= EDIT_MAX_LENGTH and not known:
            shorter = _deletions(folded)
            # how many one-letter-shorter forms the two words share: two for swapped
            # neighbours ("lsot", "lost"), the commonest typo; one for any other edit
            near = Counter(key for form in shorter for key in self._deletions.get(form, ()))
            near.update(form for form in shorter if form in self._postings)
            near.update(self._deletions.get(folded, ()))
            del near[folded]
            for key, forms in near.items():
                _keep_best(similarity, key, SWAP_SIMILARITY if forms > 1 else EDIT_SIMILARITY)
        # equally alike, the word more entries use is the likelier one meant, then the
        # alphabet, so that the choice is stable
        scored = sorted(
            (-value, -len(self._postings[key]), key) for key, value in similarity.items()
        )
        result = tuple(
            (key, round(-similarity, 3))
            for similarity, _, key in scored[:FUZZY_PER_WORD]
            if -similarity >= FUZZY_MIN_SIMILARITY
        )
        if len(self._fuzzy_cache) >= 50_000:
            self._fuzzy_cache.clear()  # typos are endless; the cache must not be
        self._fuzzy_cache[token] = result
        return result


def _said(phrasings: list[_Phrasing], said: dict[str, float]) -> float:
    """How much of the best of an entry's phrasings (its question, a keyword) the query says."""
    best = 0.0
    for phrasing in phrasings:
        if phrasing.keys.isdisjoint(said):
            continue
        hit = sum(
            weight * max(said.get(key, 0.0) for key in word)
            for word, weight in phrasing.words
            if not word.isdisjoint(said)
        )
        best = max(best, hit / phrasing.total)
    return best


def _lines(l10n: Localizer, lang: str, msg_id: str) -> list[str]:
    """A message's lines in one language; none when the translation is missing.

    The localizer would fall back to English or to the message id, which would index
    the id's words ("faq", "card", "fee") as if they were content.
    """
    return l10n(lang, msg_id).splitlines() if l10n.has(lang, msg_id) else []


def _head_and_tail(text: str) -> list[str]:
    """The tokens of a message worth reading: all of a short one, the ends of a long one."""
    half = MAX_QUERY_TOKENS // 2
    if len(text) > MAX_QUERY_CHARS:
        text = " ".join(text.split())  # padding and line breaks are not words
    if len(text) <= MAX_QUERY_CHARS:
        tokens = tokenize(text)
        if len(tokens) <= MAX_QUERY_TOKENS:
            return tokens
        return tokens[:half] + tokens[-half:]
    # cut at spaces so that no half-word becomes a "typo" of something
    head = text[: MAX_QUERY_CHARS // 2].rsplit(maxsplit=1)
    tail = text[-MAX_QUERY_CHARS // 2 :].split(maxsplit=1)
    head_tokens = tokenize(head[0]) if head else []
    tail_tokens = tokenize(tail[-1]) if tail else []
    return head_tokens[:half] + tail_tokens[-half:]


def _spelling(tokens: list[str]) -> str:
    """A text as the spelling model reads it: folded words, one space apart."""
    return " ".join(fold(token) for token in tokens)


def _is_number(token: str) -> bool:
    return token.isdigit() and MIN_NUMBER_LENGTH <= len(token) <= MAX_WORD_LENGTH


def _deletions(word: str) -> set[str]:
    """The word with one letter left out, every way (for one-edit typo matching)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _keep_best(scores: dict, key: object, value: float) -> None:
    """Raise ``scores[key]`` to ``value`` if that is more (evidence counts by its best)."""
    if scores.get(key, 0.0) < value:
        scores[key] = value


def _exact(word: _Evidence) -> frozenset[str]:
    return frozenset(key for key, strength in word.keys.items() if strength == 1.0)


def _pair_keys(first: Iterable[str], second: Iterable[str]) -> Iterator[str]:
    """Keys of a two-word phrase: every combination of the words' keys, space-joined."""
    return (f"{a} {b}" for a, b in product(first, second))
