"""How likely each entry is, given a query: learnt from the questions people asked.

The search's score says how much of a query an entry's texts cover. It cannot see that
some words, common enough to appear in many entries, are asked of one entry far more
often than of its neighbours ("w toku" of the status meanings, "wakacje" of travel),
nor how people really spell and inflect them. The questions people asked
(``content/asked/``, thousands of them) show both. Two models learn from them, and
each gives every entry a probability (summing to one) that the search blends into its
score; cross-validation found them complementary:

- :class:`WordModel`, a multinomial naive Bayes over the search's own word keys
  (lemmas, synonym groups, Polish words typed in Cyrillic): one pass of counting;
- :class:`SpellingModel`, a logistic regression over the character n-grams and the
  word pairs of the folded text (scikit-learn): it reads inflections, typos and mixed
  scripts that no word key names, and phrases whose words mean little alone ("ile
  kosztuje", "where pay"), the classic intent classifier of chatbot pipelines.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier

__all__ = ["SpellingModel", "WordModel"]

# Additive smoothing of word counts: small, since an unseen word-entry pair is common
# (most entries are never asked with most words) and must not weigh like a seen one.
SMOOTHING = 0.1


class WordModel:
    """P(entry | words) by multinomial naive Bayes over the asked questions' word keys.

    ``examples``: (entry index, the keys of one asked question's words). Entries are
    indices ``0..classes-1``; an entry nobody asked about gets probability 0.
    Stored sparsely (per key, only the entries whose questions use it), so memory grows
    with the questions, not with keys times entries.
    """

    def __init__(
        self,
        examples: Iterable[tuple[int, Iterable[str]]],
        classes: int,
        smoothing: float = SMOOTHING,
    ) -> None:
        counts = [Counter[str]() for _ in range(classes)]
        questions = [0] * classes
        for index, keys in examples:
            questions[index] += 1
            counts[index].update(set(keys))
        vocabulary = set().union(*counts)
        asked = sum(questions)
        self._classes = [index for index in range(classes) if questions[index]]
        self._log_smoothing = math.log(smoothing)
        # log P(entry) and the log of each entry's word total with smoothing
        self._prior = {i: math.log(questions[i] / asked) for i in self._classes}
        self._norm = {
            i: math.log(sum(counts[i].values()) + smoothing * len(vocabulary))
            for i in self._classes
        }
        # key -> {entry: log(count + smoothing) - log(smoothing)}: what seeing it adds
        self._gain: dict[str, dict[int, float]] = {}
        for index in self._classes:
            for key, count in counts[index].items():
                gain = math.log(count + smoothing) - self._log_smoothing
                self._gain.setdefault(key, {})[index] = gain

    def __bool__(self) -> bool:
        return bool(self._classes)

    def probabilities(self, keys: Mapping[str, float]) -> Mapping[int, float]:
        """Each entry's probability given the keys; empty when no key was ever asked.

        ``keys`` map to how surely the query says them: 1.0 as typed, less for the
        look-alike of a typo ("lsot" -> "lost"), which then counts for that much.
        """
        known = {key: sure for key, sure in keys.items() if key in self._gain}
        if not known:
            return {}
        words = sum(known.values())
        joint = {
            index: self._prior[index] + words * (self._log_smoothing - self._norm[index])
            for index in self._classes
        }
        for key, sure in known.items():
            for index, gain in self._gain[key].items():
                joint[index] += sure * gain
        top = max(joint.values())
        weights = {index: math.exp(value - top) for index, value in joint.items()}
        total = sum(weights.values())
        return {index: weight / total for index, weight in weights.items()}


class SpellingModel:
    """P(entry | text) by logistic regression over character n-grams and words of a text.

    ``examples``: (entry index, the text of one asked question), already folded by the
    caller the same way queries are. Trained once per index, in a few seconds; a query
    costs one sparse product. Seeded, so the same content gives the same model.
    """

    NGRAMS = (2, 5)  # within words (``char_wb``): stems, endings and typos alike
    WORDS = (1, 2)  # whole words and adjacent pairs: what a phrase says, spelt right
    MIN_QUESTIONS = 2  # an n-gram in one question only is that question, not a pattern
    REGULARISATION = 1e-5

    def __init__(self, examples: Iterable[tuple[int, str]]) -> None:
        labels: list[int] = []
        texts: list[str] = []
        for index, text in examples:
            labels.append(index)
            texts.append(text)
        self._classes: tuple[int, ...] = tuple(sorted(set(labels)))
        if len(self._classes) < 2:
            return  # nothing to tell apart: no opinion
        views: list[TfidfVectorizer] = []
        parts = []
        for view in (
            self._tfidf(analyzer="char_wb", ngram_range=self.NGRAMS),
            # words of one letter count too: "w", "i", "z" tell phrases apart
            self._tfidf(analyzer="word", ngram_range=self.WORDS, token_pattern=r"(?u)\b\w+\b"),
        ):
            try:
                parts.append(view.fit_transform(texts))
            except ValueError:  # nothing in two questions: nothing to learn from this side
                continue
            views.append(view)
        self._views = tuple(views)
        if not views:
            self._classes = ()
            return
        features = sparse.hstack(parts, format="csr")
        classifier = SGDClassifier(
            loss="log_loss", alpha=self.REGULARISATION, random_state=0, max_iter=30, n_jobs=-1
        )
        with warnings.catch_warnings():
            # stopping at the iteration cap is fine: the ranking, not the optimum, matters
            warnings.simplefilter("ignore", ConvergenceWarning)
            classifier.fit(features, labels)
        # kept as plain arrays: a query is a product and a logistic, without sklearn's
        # per-call checks (which cost more than the product itself)
        self._weights = np.ascontiguousarray(classifier.coef_.T, dtype=np.float32)
        self._bias = classifier.intercept_.astype(np.float32)
        if len(self._classes) == 2:  # a binary model has one column: the second class
            self._weights = np.hstack([-self._weights, self._weights])
            self._bias = np.hstack([-self._bias, self._bias])

    @classmethod
    def _tfidf(cls, **how: Any) -> TfidfVectorizer:
        return TfidfVectorizer(sublinear_tf=True, min_df=cls.MIN_QUESTIONS, dtype=np.float32, **how)

    def __bool__(self) -> bool:
        return len(self._classes) >= 2

    def probabilities(self, text: str) -> Mapping[int, float]:
        """Each entry's probability given the folded text; empty without a model."""
        if not self or not text:
            return {}
        features = sparse.hstack([view.transform([text]) for view in self._views], format="csr")
        if not features.nnz:
            return {}
        scores = np.asarray(features @ self._weights).ravel() + self._bias
        # one-vs-rest, as scikit-learn's predict_proba: each class's logistic, normalised
        odds = 1.0 / (1.0 + np.exp(-scores))
        odds /= odds.sum()
        return dict(zip(self._classes, odds.tolist(), strict=True))
