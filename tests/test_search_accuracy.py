"""The free-text search finds the right entry, and answers straight away only when right.

Two question sets (see :mod:`tests.search_eval`): the blind questions
(``tests/search_questions/*.toml``), written by people who saw only the list of
topics, and the questions the search learns from (``dialogs/content/asked/``), scored
by cross-validation. The figures are shown on the terminal whether or not pytest
captures output (run ``.venv/bin/python -m pytest tests/test_search_accuracy.py`` to
see them) and are repeated in every assertion message. Only the cross-validated
misses are printed: the blind questions' wording must not steer the search.
"""

from __future__ import annotations

from collections import Counter

import pytest

from dialogs.catalogue import Catalogue, load_catalogue
from dialogs.l10n import Localizer
from dialogs.search import FaqSearch
from tests.search_eval import (
    FOLDS,
    LANGUAGES,
    NO_ANSWER,
    QueryRanker,
    Question,
    Report,
    asked_questions,
    cross_validate,
    evaluate,
    fold_of,
    load_questions,
    without,
)

MIN_TOP1 = 0.85
MIN_TOP3 = 0.95
MIN_DIRECT = 0.85  # answered straight away with the right entry
MAX_WRONG = 0.01  # answered straight away with a wrong entry (or when there is none)
MIN_PER_LANGUAGE = 200
# The questions the search learns from are harder than the blind ones (many were written
# to sit on the line between two neighbouring entries), so they are held to floors a
# little below what was measured on 30.11.2026 (top-1 / direct / wrong): 95.9 % / 83.4 %
# / 0.7 %. They keep a change that helps the blind figures by luck from hurting the rest.
CV_FLOORS = (0.94, 0.81, 0.009)
MAX_SAME_AS_ASKED = 0.05


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
def report(search: FaqSearch, questions: list[Question]) -> Report:
    return evaluate(QueryRanker(search), questions)


@pytest.fixture(scope="module")
def cv_report(catalogue: Catalogue) -> Report:
    l10n = Localizer()
    return cross_validate(catalogue, lambda learned: QueryRanker(FaqSearch(learned, l10n)))


def _show(request: pytest.FixtureRequest, text: str) -> None:
    """Print past pytest's output capture, so the figures are seen without ``-s``."""
    request.node.user_properties.append(("search_accuracy", text))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        print("\n" + text)


def _check(report: Report, figures: str, floors: tuple[float, float, float]) -> None:
    min_top1, min_direct, max_wrong = floors
    overall = report.overall
    assert overall.top1_rate >= min_top1, f"top-1 below {min_top1:.0%}\n{figures}"
    assert overall.direct_rate >= min_direct, f"direct below {min_direct:.0%}\n{figures}"
    assert overall.wrong_rate <= max_wrong, f"wrong direct above {max_wrong:.1%}\n{figures}"


def test_enough_blind_questions_in_every_language(questions: list[Question]) -> None:
    counts = Counter(question.lang for question in questions)
    assert set(counts) == set(LANGUAGES), f"languages: {set(counts)}"
    short = {lang: counts[lang] for lang in LANGUAGES if counts[lang] < MIN_PER_LANGUAGE}
    assert not short, f"fewer than {MIN_PER_LANGUAGE} questions: {short}"
    assert any(question.expect == NO_ANSWER for question in questions)


def test_every_expected_entry_exists(questions: list[Question], catalogue: Catalogue) -> None:
    known = {*catalogue.entries, NO_ANSWER}
    unknown = [(q.source, q.expect) for q in questions if q.expect not in known]
    assert not unknown, f"questions expect entries that do not exist: {unknown}"


def test_the_search_never_learns_a_blind_question(
    questions: list[Question], catalogue: Catalogue
) -> None:
    """Blind questions copied into ``content/asked/`` would stop being a blind measure.

    Short questions are sometimes typed the same by two writers ("opening hours");
    more than a few in common means one set was copied into the other.
    """
    learned = {q.text.casefold().strip() for q in asked_questions(catalogue)}
    same = [q.text for q in questions if q.text.casefold().strip() in learned]
    assert len(same) <= MAX_SAME_AS_ASKED * len(questions), same


def test_no_question_is_asked_twice(questions: list[Question], catalogue: Catalogue) -> None:
    for listed in (questions, asked_questions(catalogue)):
        texts = Counter(question.text.casefold().strip() for question in listed)
        assert [text for text, count in texts.items() if count > 1] == []


def test_cross_validation_leaves_each_fold_out(catalogue: Catalogue) -> None:
    """The folds are fixed by the text, cover every question once, and really are left out."""
    asked = asked_questions(catalogue)
    folds = Counter(fold_of(question) for question in asked)
    assert sum(folds.values()) == len(asked)
    assert min(folds.values()) > 0.8 * len(asked) / len(folds)
    held = [q for q in asked if fold_of(q) == 0]
    left = {q.text for q in asked_questions(without(catalogue, held))}
    assert left.isdisjoint(q.text for q in held)
    assert len(left) == len(asked) - len(held)


def test_accuracy_on_blind_questions(report: Report, request: pytest.FixtureRequest) -> None:
    figures = report.table("search accuracy, blind questions (never seen)")
    _show(request, figures)
    _check(report, figures, (MIN_TOP1, MIN_DIRECT, MAX_WRONG))
    assert report.overall.top3_rate >= MIN_TOP3, f"top-3 below {MIN_TOP3:.0%}\n{figures}"


def test_accuracy_cross_validated(cv_report: Report, request: pytest.FixtureRequest) -> None:
    figures = cv_report.table(f"search accuracy, asked questions, {FOLDS}-fold cross-validated")
    _show(request, f"{figures}\n{cv_report.missed(limit=200)}")
    _check(cv_report, figures, CV_FLOORS)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_language_is_left_behind(report: Report, lang: str) -> None:
    """The overall figure must not hide one language that the search serves badly."""
    tally = report.by_lang[lang]
    figures = report.table()
    assert tally.top1_rate >= MIN_TOP1 - 0.05, f"{lang} top-1 too low\n{figures}"
    assert tally.top3_rate >= MIN_TOP3 - 0.05, f"{lang} top-3 too low\n{figures}"
    assert tally.direct_rate >= MIN_DIRECT - 0.05, f"{lang} direct too low\n{figures}"
