"""Benchmark of the free-text FAQ search against a naive baseline, in one process.

Run: ``.venv/bin/python -m bench.search_bench [--repeat N]``.

Prints, side by side for ``FaqSearch`` and a plain token-overlap search (same content,
same stop words, but no folding, lemmas, typo matching or weights): index build time and
memory (tracemalloc), queries per second, p50/p99 latency over all test questions, the
latency of a 10,000-character message, and per language top-1, direct answers and wrong
direct answers on the blind questions (``tests/search_questions``, written without
seeing the answers): the figures ``tests/test_search_accuracy.py`` asserts.
``FaqSearch`` also learns from the asked questions (``dialogs/content/asked``): its
index build includes training its two models on them; the baseline learns nothing.
The one-off cost of loading the lemmatiser's dictionaries is printed
on its own line (growth of the resident set, since tracemalloc would slow the loading
tenfold): it is paid once per process, not per index.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

from dialogs import text_norm
from dialogs.catalogue import LANGUAGES, Catalogue, load_catalogue
from dialogs.l10n import Localizer
from dialogs.search import FaqSearch, load_stopwords
from tests.search_eval import Outcome, QueryRanker, Question, Report, evaluate, load_questions

_WORD = re.compile(r"\w+")


class NaiveSearch:
    """Baseline: the share of the query's words (casefolded, stop words out) in an entry.

    It answers directly when one entry alone has every word of the query.
    """

    def __init__(self, catalogue: Catalogue, l10n: Localizer) -> None:
        self._stop = load_stopwords()
        self._entries: list[tuple[str, frozenset[str]]] = []
        for entry_id, entry in catalogue.entries.items():
            words: set[str] = set()
            for lang in LANGUAGES:
                words.update(self._words(l10n(lang, f"faq-{entry_id}-q")))
                words.update(self._words(l10n(lang, f"faq-{entry_id}-a")))
                for keyword in entry.keywords.get(lang, ()):
                    words.update(self._words(keyword))
            self._entries.append((entry_id, frozenset(words)))

    def _words(self, text: str) -> set[str]:
        return {w for w in _WORD.findall(text.casefold()) if w not in self._stop}

    def outcome(self, text: str, lang: str) -> Outcome:
        words = self._words(text[:1000])
        if not words:
            return Outcome([], None)
        scored = [(len(words & known) / len(words), entry_id) for entry_id, known in self._entries]
        scored = [item for item in scored if item[0] > 0]
        scored.sort(key=lambda item: -item[0])  # stable: ties keep catalogue order
        alone = scored and scored[0][0] == 1.0 and (len(scored) == 1 or scored[1][0] < 1.0)
        return Outcome([entry_id for _, entry_id in scored[:10]], scored[0][1] if alone else None)


@dataclass(slots=True)
class Figures:
    build_ms: float
    index_kib: float
    qps: float
    p50_us: float
    p99_us: float
    long_us: float
    report: Report


def _clear_caches() -> None:
    """Forget lemmas and word keys, so that a build pays for them as the first one does."""
    text_norm.lemma.cache_clear()
    text_norm.variants.cache_clear()
    text_norm.is_word.cache_clear()


def _measure(
    build: Callable[[], object],
    rank: Callable[[object, str, str], Outcome],
    questions: list[Question],
    repeat: int,
) -> Figures:
    _clear_caches()
    gc.collect()
    started = time.perf_counter()
    index = build()
    build_ms = (time.perf_counter() - started) * 1000
    _clear_caches()
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    index_kib = (tracemalloc.get_traced_memory()[0] - before) / 1024
    tracemalloc.stop()
    del kept

    for question in questions:  # warm-up: the first sight of a word costs a look-up
        rank(index, question.text, question.lang)
    latencies: list[int] = []
    started = time.perf_counter()
    for _ in range(repeat):
        for question in questions:
            t0 = time.perf_counter_ns()
            rank(index, question.text, question.lang)
            latencies.append(time.perf_counter_ns() - t0)
    elapsed = time.perf_counter() - started
    latencies.sort()

    long_text = ("Dzień dobry, piszę w sprawie mojej sytuacji. " * 250)[:9_970]
    long_text += " zgubiłem kartę pobytu"
    long_latencies = []
    for _ in range(20):
        t0 = time.perf_counter_ns()
        rank(index, long_text, "pl")
        long_latencies.append(time.perf_counter_ns() - t0)

    return Figures(
        build_ms=build_ms,
        index_kib=index_kib,
        qps=len(latencies) / elapsed,
        p50_us=latencies[len(latencies) // 2] / 1000,
        p99_us=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] / 1000,
        long_us=statistics.median(long_latencies) / 1000,
        report=evaluate(_Ranker(index, rank), questions),
    )


@dataclass(frozen=True, slots=True)
class _Ranker:
    index: object
    rank: Callable[[object, str, str], Outcome]

    def outcome(self, text: str, lang: str) -> Outcome:
        return self.rank(self.index, text, lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over all questions")
    args = parser.parse_args()

    catalogue = load_catalogue()
    l10n = Localizer()
    questions = load_questions()

    # Not under tracemalloc, which slows unpickling tenfold: the resident set grows by it.
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    for word in ("test", "тест"):
        text_norm.variants(word)
        text_norm.is_word(word)
    dictionaries_s = time.perf_counter() - started
    dictionaries_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024

    ours = _measure(
        lambda: FaqSearch(catalogue, l10n),
        lambda index, text, lang: QueryRanker(index).outcome(text, lang),  # type: ignore[arg-type]
        questions,
        args.repeat,
    )
    naive = _measure(
        lambda: NaiveSearch(catalogue, l10n),
        lambda index, text, lang: index.outcome(text, lang),  # type: ignore[attr-defined]
        questions,
        args.repeat,
    )

    print(
        f"FAQ search benchmark: {len(catalogue.entries)} entries x {len(LANGUAGES)} languages,"
        f" {len(questions)} blind test questions x {args.repeat} passes"
    )
    print(
        f"lemmatiser dictionaries (once per process): {dictionaries_s:.2f} s,"
        f" +{dictionaries_mib:.0f} MiB resident (simplemma low-memory mode)"
    )
    rows: list[tuple[str, Callable[[Figures], str]]] = [
        ("index build", lambda f: f"{f.build_ms:.0f} ms"),
        ("index memory (tracemalloc)", lambda f: f"{f.index_kib / 1024:.2f} MiB"),
        ("queries per second", lambda f: f"{f.qps:,.0f}"),
        ("latency p50", lambda f: f"{f.p50_us:.0f} µs"),
        ("latency p99", lambda f: f"{f.p99_us:.0f} µs"),
        ("10,000-char message", lambda f: f"{f.long_us:.0f} µs"),
    ]
    for lang in (*LANGUAGES, "overall"):
        rows.append((f"blind {lang}: top-1/direct/wrong", _cell(lang)))
    print(f"{'':<28}{'FaqSearch':>18}{'naive overlap':>18}")
    for label, cell in rows:
        print(f"{label:<28}{cell(ours):>18}{cell(naive):>18}")


def _cell(lang: str) -> Callable[[Figures], str]:
    """Top-1, direct answers (both in %) and the count of wrong direct answers."""

    def cell(figures: Figures) -> str:
        report = figures.report
        tally = report.overall if lang == "overall" else report.by_lang[lang]
        return f"{tally.top1_rate:.0%} {tally.direct_rate:.0%} {tally.wrong:>3}"

    return cell


if __name__ == "__main__":
    main()
