"""The search test questions and how a search scores on them, shared by test and bench.

The questions live in ``tests/search_questions/*.toml`` (written by the content
writers, the way real people type). The accuracy test asserts the figures; the
benchmark prints them next to a naive baseline's, so both must count the same way.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

QUESTIONS_DIR = Path(__file__).resolve().parent / "search_questions"
LANGUAGES = ("pl", "en", "ru", "uk")


@dataclass(frozen=True, slots=True)
class Question:
    lang: str
    text: str
    expect: str
    source: str  # file name, to find a question again


class Ranker(Protocol):
    """Anything that ranks entries for a text: the real search or a baseline."""

    def ranked_ids(self, text: str, lang: str) -> list[str]: ...


class _Result(Protocol):
    @property
    def ranked(self) -> tuple[tuple[str, float], ...]: ...


class Searcher(Protocol):
    def query(self, text: str, lang: str | None = None) -> _Result: ...


@dataclass(frozen=True, slots=True)
class QueryRanker:
    """A ``FaqSearch``-shaped search (``query(text, lang).ranked``) seen as a ranker."""

    search: Searcher

    def ranked_ids(self, text: str, lang: str) -> list[str]:
        return [entry_id for entry_id, _ in self.search.query(text, lang).ranked]


def load_questions(directory: Path = QUESTIONS_DIR) -> list[Question]:
    questions: list[Question] = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as fh:
            for raw in tomllib.load(fh).get("q", []):
                questions.append(
                    Question(
                        lang=raw["lang"], text=raw["text"], expect=raw["expect"], source=path.name
                    )
                )
    return questions


@dataclass(slots=True)
class Tally:
    total: int = 0
    top1: int = 0
    top3: int = 0

    @property
    def top1_rate(self) -> float:
        return self.top1 / self.total if self.total else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.total if self.total else 0.0


@dataclass(slots=True)
class Report:
    """Top-1 and top-3 accuracy per language and overall, and the questions missed."""

    by_lang: dict[str, Tally] = field(default_factory=lambda: {lang: Tally() for lang in LANGUAGES})
    overall: Tally = field(default_factory=Tally)
    misses: list[tuple[Question, list[str]]] = field(default_factory=list)

    def table(self, title: str = "search accuracy") -> str:
        lines = [f"{title}:", f"  {'lang':<8}{'n':>5}{'top-1':>9}{'top-3':>9}"]
        rows = [*self.by_lang.items(), ("overall", self.overall)]
        for name, tally in rows:
            lines.append(
                f"  {name:<8}{tally.total:>5}{tally.top1_rate:>9.1%}{tally.top3_rate:>9.1%}"
            )
        return "\n".join(lines)

    def missed(self, limit: int = 40) -> str:
        lines = [f"not first ({len(self.misses)}):"]
        for question, ranked in self.misses[:limit]:
            place = ranked.index(question.expect) + 1 if question.expect in ranked else "-"
            lines.append(
                f"  [{question.lang}] {question.text!r}: want {question.expect} (at {place}),"
                f" got {', '.join(ranked[:3]) or 'nothing'}"
            )
        return "\n".join(lines)


def evaluate(ranker: Ranker, questions: Iterable[Question]) -> Report:
    report = Report()
    for question in questions:
        ranked = ranker.ranked_ids(question.text, question.lang)
        first = ranked[:1] == [question.expect]
        in_three = question.expect in ranked[:3]
        for tally in (report.by_lang.setdefault(question.lang, Tally()), report.overall):
            tally.total += 1
            tally.top1 += first
            tally.top3 += in_three
        if not first:
            report.misses.append((question, ranked))
    return report
