"""The search test questions and how a search scores on them, shared by test and bench.

Two sets, reported apart. The *own* questions (``tests/search_questions/*.toml``) were
written by the content writers next to the answers; the *unseen* ones
(``tests/search_questions/unseen/*.toml``) by people who never saw the answers, the
way a stranger types. The gap between the two figures is how much the search is
fitted to its own authors' wording.

A question names the one entry it must find, or ``expect = "none"`` when the bot has
no answer for it: then offering candidates or nothing is right, and only a direct
answer is wrong.

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
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

QUESTIONS_DIR = Path(__file__).resolve().parent / "search_questions"
UNSEEN_DIR = QUESTIONS_DIR / "unseen"
LANGUAGES = ("pl", "en", "ru", "uk")
NO_ANSWER = "none"

# Entries written in parallel with the unseen questions that ask for them: such a
# question is left out (and counted) until its entry exists.
PENDING = frozenset(
    {
        "paper-before-mos",
        "mos-login-no-pesel",
        "pesel-get",
        "address-registration",
        "permit-expired-waiting",
        "work-while-pending",
        "case-duration",
        "case-too-long",
        "after-refusal",
        "address-change",
        "letters-missed",
        "child-born-poland",
        "passport-lost",
        "karta-polaka",
        "eu-family-members",
        "contact-email",
    }
)
# The unseen questions are split in two halves by a stable hash of their text: the
# DEV half may be read to find why the search fails (general causes only); the
# HELD-OUT half is only ever counted, never read while tuning, so its figure says how
# the search does on wording nobody has fitted it to.
DEV, HELD_OUT = "dev", "held-out"

# Entries renamed since the unseen questions were written: old id -> new id.
RENAMED = {"work-permit-labour": "work-permit"}


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


def half(question: Question) -> str:
    """Which half of the unseen set a question is in: DEV or HELD_OUT, fixed by its text."""
    digest = hashlib.sha256(question.text.strip().casefold().encode()).digest()
    return DEV if digest[0] % 2 == 0 else HELD_OUT


def split(questions: Iterable[Question]) -> tuple[list[Question], list[Question]]:
    """The DEV and the HELD-OUT halves of a question set (see :func:`half`)."""
    dev: list[Question] = []
    held_out: list[Question] = []
    for question in questions:
        (dev if half(question) == DEV else held_out).append(question)
    return dev, held_out


def askable(questions: Iterable[Question], entries: Collection[str]) -> list[Question]:
    """The questions this catalogue can be asked: renamed ids followed, pending ones left out."""
    out: list[Question] = []
    for question in questions:
        if question.expect not in entries and RENAMED.get(question.expect) in entries:
            question = replace(question, expect=RENAMED[question.expect])
        if question.expect in PENDING and question.expect not in entries:
            continue
        out.append(question)
    return out


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


def evaluate(ranker: Ranker, questions: Iterable[Question]) -> Report:
    report = Report()
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
