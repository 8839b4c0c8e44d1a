"""The search test questions and how a search scores on them, shared by test and bench.

Two sets, reported apart:

- the *blind* questions (``tests/search_questions/*.toml``), written by people who saw
  only the list of topics, never the answers nor the questions the search learns from.
  Nobody tunes the search to them: only their figures are read. They are the honest
  measure of how the search does on questions it has never seen;
- the *asked* questions the search learns from (``dialogs/content/asked/``), scored by
  cross-validation: each fold is left out of what the search learns and asked of it.
  Their misses may be read to find what the search gets wrong in general.

A blind question names the one entry it must find, or ``expect = "none"`` when the
bot has no answer for it: then offering candidates or nothing is right, and only a
direct answer is wrong.

Figures, per language and overall: *top-1* (the expected entry ranked first) and
*top-3*, over questions that have an entry; *direct* (answered straight away with
the expected entry, no "did you mean" step), also over questions that have an entry;
*wrong* (answered straight away with another entry, or answered at all when the bot
has no answer), over all questions. The accuracy test asserts them; the benchmark
prints them next to a naive baseline's, so both must count the same way.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from dialogs.catalogue import Catalogue

QUESTIONS_DIR = Path(__file__).resolve().parent / "search_questions"
LANGUAGES = ("pl", "en", "ru", "uk")
NO_ANSWER = "none"
FOLDS = 5


@dataclass(frozen=True, slots=True)
class Question:
    lang: str
    text: str
    expect: str  # an entry id, or NO_ANSWER
    source: str  # file name, to find a question again


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a search did with one question: its ranking and its direct answer, if any."""

    ranked: list[str]
    confident: str | None


class Ranker(Protocol):
    """Anything that ranks entries for a text: the real search or a baseline."""

    def outcome(self, text: str, lang: str) -> Outcome: ...


class _Result(Protocol):
    @property
    def ranked(self) -> tuple[tuple[str, float], ...]: ...

    @property
    def confident(self) -> str | None: ...


class Searcher(Protocol):
    def query(self, text: str, lang: str | None = None) -> _Result: ...


@dataclass(frozen=True, slots=True)
class QueryRanker:
    """A ``FaqSearch``-shaped search (``query(text, lang)``) seen as a ranker."""

    search: Searcher

    def outcome(self, text: str, lang: str) -> Outcome:
        result = self.search.query(text, lang)
        return Outcome([entry_id for entry_id, _ in result.ranked], result.confident)


def load_questions(directory: Path = QUESTIONS_DIR) -> list[Question]:
    questions: list[Question] = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as fh:
            for raw in tomllib.load(fh).get("q", []):
                questions.append(
                    Question(
                        lang=raw["lang"],
                        text=raw["text"],
                        expect=raw["expect"],
                        source=path.name,
                    )
                )
    return questions


def asked_questions(catalogue: Catalogue) -> list[Question]:
    """The questions the search learns from, as test questions of their entries.

    Those filed as answered elsewhere expect no answer.
    """
    return [
        Question(lang=lang, text=text, expect=entry.id, source="asked")
        for entry in catalogue.entries.values()
        for lang, texts in entry.asked.items()
        for text in texts
    ] + [
        Question(lang=lang, text=text, expect=NO_ANSWER, source="asked")
        for lang, texts in catalogue.elsewhere.items()
        for text in texts
    ]


def fold_of(question: Question, folds: int = FOLDS) -> int:
    """The cross-validation fold of a question, fixed by its text."""
    digest = hashlib.sha256(question.text.strip().casefold().encode()).digest()
    return int.from_bytes(digest[:4], "big") % folds


def without(catalogue: Catalogue, questions: Iterable[Question]) -> Catalogue:
    """The catalogue with these questions taken out of what the search learns from."""
    gone = {(q.expect, q.lang, q.text) for q in questions}
    elsewhere = {
        lang: tuple(t for t in texts if (NO_ANSWER, lang, t) not in gone)
        for lang, texts in catalogue.elsewhere.items()
    }
    entries = {
        entry_id: replace(
            entry,
            asked={
                lang: tuple(t for t in texts if (entry_id, lang, t) not in gone)
                for lang, texts in entry.asked.items()
            },
        )
        for entry_id, entry in catalogue.entries.items()
    }
    return replace(catalogue, entries=entries, elsewhere=elsewhere)


def cross_validate(
    catalogue: Catalogue, ranker_for: Callable[[Catalogue], Ranker], folds: int = FOLDS
) -> Report:
    """Each fold of the asked questions, asked of a search that did not learn from it."""
    questions = asked_questions(catalogue)
    report = Report()
    for fold in range(folds):
        held = [q for q in questions if fold_of(q, folds) == fold]
        evaluate(ranker_for(without(catalogue, held)), held, into=report)
    return report


@dataclass(slots=True)
class Tally:
    answerable: int = 0  # questions that name an entry
    no_answer: int = 0  # questions the bot has no entry for
    top1: int = 0
    top3: int = 0
    direct: int = 0
    wrong: int = 0

    @property
    def total(self) -> int:
        return self.answerable + self.no_answer

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.answerable if self.answerable else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.answerable if self.answerable else 0.0

    @property
    def direct_rate(self) -> float:
        return self.direct / self.answerable if self.answerable else 0.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.total if self.total else 0.0


@dataclass(slots=True)
class Report:
    """The figures per language and overall, and the questions that went wrong."""

    by_lang: dict[str, Tally] = field(default_factory=lambda: {lang: Tally() for lang in LANGUAGES})
    overall: Tally = field(default_factory=Tally)
    misses: list[tuple[Question, Outcome]] = field(default_factory=list)  # not first
    wrong: list[tuple[Question, Outcome]] = field(default_factory=list)  # confidently wrong
    indirect: list[tuple[Question, Outcome]] = field(default_factory=list)  # right, not direct

    def table(self, title: str = "search accuracy") -> str:
        lines = [
            f"{title}:",
            f"  {'lang':<8}{'n':>5}{'none':>6}{'top-1':>8}{'top-3':>8}{'direct':>8}{'wrong':>10}",
        ]
        rows = [*self.by_lang.items(), ("overall", self.overall)]
        for name, tally in rows:
            lines.append(
                f"  {name:<8}{tally.total:>5}{tally.no_answer:>6}{tally.top1_rate:>8.1%}"
                f"{tally.top3_rate:>8.1%}{tally.direct_rate:>8.1%}"
                f"{tally.wrong:>4} {tally.wrong_rate:>5.1%}"
            )
        return "\n".join(lines)

    def missed(self, limit: int = 40) -> str:
        lines = [f"answered wrongly straight away ({len(self.wrong)}):"]
        lines += [_line(question, outcome) for question, outcome in self.wrong[:limit]]
        lines.append(f"not first ({len(self.misses)}):")
        lines += [_line(question, outcome) for question, outcome in self.misses[:limit]]
        return "\n".join(lines)

    def not_direct(self, limit: int = 60) -> str:
        lines = [f"first but not answered straight away ({len(self.indirect)}):"]
        lines += [_line(question, outcome) for question, outcome in self.indirect[:limit]]
        return "\n".join(lines)


def _line(question: Question, outcome: Outcome) -> str:
    ranked = outcome.ranked
    place = ranked.index(question.expect) + 1 if question.expect in ranked else "-"
    answered = f"; answered {outcome.confident}" if outcome.confident else ""
    return (
        f"  [{question.lang}] {question.text!r}: want {question.expect} (at {place}),"
        f" got {', '.join(ranked[:3]) or 'nothing'}{answered}"
    )


def evaluate(ranker: Ranker, questions: Iterable[Question], into: Report | None = None) -> Report:
    report = Report() if into is None else into
    for question in questions:
        outcome = ranker.outcome(question.text, question.lang)
        answerable = question.expect != NO_ANSWER
        first = answerable and outcome.ranked[:1] == [question.expect]
        in_three = answerable and question.expect in outcome.ranked[:3]
        direct = answerable and outcome.confident == question.expect
        wrong = outcome.confident is not None and not direct
        for tally in (report.by_lang.setdefault(question.lang, Tally()), report.overall):
            tally.answerable += answerable
            tally.no_answer += not answerable
            tally.top1 += first
            tally.top3 += in_three
            tally.direct += direct
            tally.wrong += wrong
        if wrong:
            report.wrong.append((question, outcome))
        if answerable and not first:
            report.misses.append((question, outcome))
        elif first and not direct:
            report.indirect.append((question, outcome))
    return report
