"""The free-text search finds the right entry, and answers straight away only when right.

Two question sets (see :mod:`tests.search_eval`): the content writers' own
(``tests/search_questions/*.toml``) and questions written by people who never saw
the answers (``tests/search_questions/unseen/*.toml``). The figures are shown on the
terminal whether or not pytest captures output (run
``.venv/bin/python -m pytest tests/test_search_accuracy.py`` to see them) and are
repeated in every assertion message.

The unseen questions are also scored in two halves (:func:`tests.search_eval.split`):
the DEV half, whose failures are printed and may be read to find what the search
gets wrong in general, and the HELD-OUT half, of which only the figures are printed:
nobody tunes the search to its wording, so its figure is the honest one.

Unseen questions may ask for entries being written at the same time (``PENDING``):
they are left out, with a printed count, until the entry exists, so the test holds
before and after those entries arrive.
"""

from __future__ import annotations

from collections import Counter

import pytest

from dialogs.catalogue import Catalogue, load_catalogue
from dialogs.l10n import Localizer
from dialogs.search import FaqSearch
from tests.search_eval import (
    LANGUAGES,
    NO_ANSWER,
    PENDING,
    RENAMED,
    UNSEEN_DIR,
    QueryRanker,
    Question,
    Report,
    askable,
    evaluate,
    half,
    load_questions,
    split,
)

MIN_TOP1 = 0.85
MIN_TOP3 = 0.95
MIN_DIRECT = 0.85  # answered straight away with the right entry
MAX_WRONG = 0.01  # answered straight away with a wrong entry (or when there is none)
MIN_PER_LANGUAGE = 20
# On the unseen questions the targets above are not reached yet (see the printed table
# and the strict xfail below); these floors keep the ranking from slipping back. Measured
# on 30.11.2026 (top-1 / direct / wrong): all unseen 90.7 % / 75.5 % / 2.4 %, DEV half
# 93.2 % / 78.7 % / 1.2 %, HELD-OUT half 88.4 % / 72.4 % / 3.5 %. The floors leave a
# few questions' room for new look-alike entries; the halves, half the size, get a
# little more room for wrong answers.
UNSEEN_MIN_TOP1 = 0.86
UNSEEN_MIN_DIRECT = 0.70
UNSEEN_MAX_WRONG = 0.03
HALF_MAX_WRONG = 0.045
MIN_TOTAL = 80


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture(scope="module")
def search(catalogue: Catalogue) -> FaqSearch:
    return FaqSearch(catalogue, Localizer())


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return load_questions()


@pytest.fixture(scope="module")
def all_unseen() -> list[Question]:
    return load_questions(UNSEEN_DIR)


@pytest.fixture(scope="module")
def unseen(all_unseen: list[Question], catalogue: Catalogue) -> list[Question]:
    return askable(all_unseen, catalogue.entries)


@pytest.fixture(scope="module")
def dev_report(search: FaqSearch, unseen: list[Question]) -> Report:
    return evaluate(QueryRanker(search), split(unseen)[0])


@pytest.fixture(scope="module")
def held_out_report(search: FaqSearch, unseen: list[Question]) -> Report:
    return evaluate(QueryRanker(search), split(unseen)[1])


@pytest.fixture(scope="module")
def report(search: FaqSearch, questions: list[Question]) -> Report:
    return evaluate(QueryRanker(search), questions)


@pytest.fixture(scope="module")
def unseen_report(search: FaqSearch, unseen: list[Question]) -> Report:
    return evaluate(QueryRanker(search), unseen)


def _show(request: pytest.FixtureRequest, text: str) -> None:
    """Print past pytest's output capture, so the figures are seen without ``-s``."""
    request.node.user_properties.append(("search_accuracy", text))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        print("\n" + text)


def _check(
    report: Report, figures: str, min_direct: float, max_wrong: float, min_top1: float = MIN_TOP1
) -> None:
    overall = report.overall
    assert overall.top1_rate >= min_top1, f"top-1 below {min_top1:.0%}\n{figures}"
    assert overall.direct_rate >= min_direct, f"direct below {min_direct:.0%}\n{figures}"
    assert overall.wrong_rate <= max_wrong, f"wrong direct above {max_wrong:.0%}\n{figures}"


def test_enough_questions_in_every_language(questions: list[Question]) -> None:
    counts = Counter(question.lang for question in questions)
    assert set(counts) <= set(LANGUAGES), f"unknown languages: {set(counts) - set(LANGUAGES)}"
    short = {lang: counts[lang] for lang in LANGUAGES if counts[lang] < MIN_PER_LANGUAGE}
    assert not short, f"fewer than {MIN_PER_LANGUAGE} questions: {short}"
    assert len(questions) >= MIN_TOTAL


def test_every_expected_entry_exists(questions: list[Question], catalogue: Catalogue) -> None:
    unknown = [(q.source, q.expect) for q in questions if q.expect not in catalogue.entries]
    assert not unknown, f"questions expect entries that do not exist: {unknown}"


def test_unseen_questions_name_real_or_pending_entries(
    all_unseen: list[Question], catalogue: Catalogue
) -> None:
    known = {*catalogue.entries, *PENDING, *RENAMED, NO_ANSWER}
    unknown = [(q.source, q.expect) for q in all_unseen if q.expect not in known]
    assert not unknown, f"unseen questions expect entries nobody writes: {unknown}"
    assert {q.lang for q in all_unseen} <= set(LANGUAGES)


def test_no_question_is_asked_twice(questions: list[Question]) -> None:
    texts = Counter(question.text.casefold().strip() for question in questions)
    assert [text for text, count in texts.items() if count > 1] == []


def test_unseen_halves_are_fixed_by_the_text_and_even(all_unseen: list[Question]) -> None:
    """The split must not move when questions are added, reordered or renamed to new ids."""
    if not all_unseen:
        pytest.skip(f"no unseen questions in {UNSEEN_DIR}")
    dev, held_out = split(all_unseen)
    assert len(dev) + len(held_out) == len(all_unseen)
    assert abs(len(dev) - len(held_out)) < 0.1 * len(all_unseen)
    first = all_unseen[0]
    moved = Question(lang="en", text=f"  {first.text.upper()} ", expect=NO_ANSWER, source="x")
    assert half(moved) == half(first)
    assert split(list(reversed(all_unseen)))[0] == list(reversed(dev))
    # each language has questions in both halves
    assert {q.lang for q in dev} == {q.lang for q in held_out} == set(LANGUAGES)


def test_accuracy(report: Report, request: pytest.FixtureRequest) -> None:
    figures = report.table("search accuracy, own questions")
    _show(request, f"{figures}\n{report.missed()}")
    _check(report, figures, MIN_DIRECT, MAX_WRONG)
    assert report.overall.top3_rate >= MIN_TOP3, f"top-3 below {MIN_TOP3:.0%}\n{figures}"


def test_accuracy_on_unseen_questions(
    unseen_report: Report,
    all_unseen: list[Question],
    unseen: list[Question],
    request: pytest.FixtureRequest,
) -> None:
    if not all_unseen:
        pytest.skip(f"no unseen questions in {UNSEEN_DIR}")
    waiting = len(all_unseen) - len(unseen)
    figures = unseen_report.table("search accuracy, unseen questions")
    lines = [figures]
    if waiting:
        lines.append(f"  ({waiting} questions left out: their entries do not exist yet)")
    overall = unseen_report.overall
    if (
        overall.top1_rate < MIN_TOP1
        or overall.direct_rate < MIN_DIRECT
        or overall.wrong_rate > MAX_WRONG
    ):
        lines.append(
            f"  targets NOT met yet: top-1 >= {MIN_TOP1:.0%}, direct >= {MIN_DIRECT:.0%},"
            f" wrong <= {MAX_WRONG:.0%}"
        )
    _show(request, "\n".join(lines))
    _check(unseen_report, figures, UNSEEN_MIN_DIRECT, UNSEEN_MAX_WRONG, UNSEEN_MIN_TOP1)


def test_accuracy_on_unseen_dev_half(dev_report: Report, request: pytest.FixtureRequest) -> None:
    """The half of the unseen questions whose failures may be read to improve the search."""
    figures = dev_report.table("search accuracy, unseen questions, DEV half")
    _show(request, f"{figures}\n{dev_report.missed(limit=200)}")
    _check(dev_report, figures, UNSEEN_MIN_DIRECT, HALF_MAX_WRONG, UNSEEN_MIN_TOP1)


def test_accuracy_on_unseen_held_out_half(
    held_out_report: Report, request: pytest.FixtureRequest
) -> None:
    """The other half: only its figures are shown, so nobody tunes the search to its wording."""
    figures = held_out_report.table("search accuracy, unseen questions, HELD-OUT half")
    _show(request, figures)
    _check(held_out_report, figures, UNSEEN_MIN_DIRECT, HALF_MAX_WRONG, UNSEEN_MIN_TOP1)


@pytest.mark.xfail(
    strict=True,
    reason="unseen questions: top-1 and direct >= 85 %, wrong <= 1 % not reached yet; when"
    " this passes, drop the marker and the floors",
)
def test_unseen_questions_meet_the_targets(
    unseen_report: Report, all_unseen: list[Question]
) -> None:
    if not all_unseen:
        pytest.skip(f"no unseen questions in {UNSEEN_DIR}")
    _check(unseen_report, unseen_report.table(), MIN_DIRECT, MAX_WRONG)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_language_is_left_behind(report: Report, lang: str) -> None:
    """The overall figure must not hide one language that the search serves badly."""
    tally = report.by_lang[lang]
    figures = report.table()
    assert tally.top1_rate >= MIN_TOP1 - 0.05, f"{lang} top-1 too low\n{figures}"
    assert tally.top3_rate >= MIN_TOP3 - 0.05, f"{lang} top-3 too low\n{figures}"
    assert tally.direct_rate >= MIN_DIRECT - 0.05, f"{lang} direct too low\n{figures}"
