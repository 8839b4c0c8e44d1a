"""The free-text search finds the right entry for questions typed the way people type.

Every ``tests/search_questions/*.toml`` question names the one entry it must find.
The figures are shown on the terminal whether or not pytest captures output (run
``.venv/bin/python -m pytest tests/test_search_accuracy.py`` to see them) and are
repeated in every assertion message.
"""

from __future__ import annotations

from collections import Counter

import pytest

from dialogs.catalogue import Catalogue, load_catalogue
from dialogs.l10n import Localizer
from dialogs.search import FaqSearch
from tests.search_eval import LANGUAGES, QueryRanker, Question, Report, evaluate, load_questions

MIN_TOP1 = 0.85
MIN_TOP3 = 0.95
MIN_PER_LANGUAGE = 20
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
def report(search: FaqSearch, questions: list[Question]) -> Report:
    return evaluate(QueryRanker(search), questions)


def _show(request: pytest.FixtureRequest, text: str) -> None:
    """Print past pytest's output capture, so the figures are seen without ``-s``."""
    request.node.user_properties.append(("search_accuracy", text))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    if capture is None:
        print(text)
        return
    with capture.global_and_fixture_disabled():
        print("\n" + text)


def test_enough_questions_in_every_language(questions: list[Question]) -> None:
    counts = Counter(question.lang for question in questions)
    assert set(counts) <= set(LANGUAGES), f"unknown languages: {set(counts) - set(LANGUAGES)}"
    short = {lang: counts[lang] for lang in LANGUAGES if counts[lang] < MIN_PER_LANGUAGE}
    assert not short, f"fewer than {MIN_PER_LANGUAGE} questions: {short}"
    assert len(questions) >= MIN_TOTAL


def test_every_expected_entry_exists(questions: list[Question], catalogue: Catalogue) -> None:
    unknown = [(q.source, q.expect) for q in questions if q.expect not in catalogue.entries]
    assert not unknown, f"questions expect entries that do not exist: {unknown}"


def test_no_question_is_asked_twice(questions: list[Question]) -> None:
    texts = Counter(question.text.casefold().strip() for question in questions)
    assert [text for text, count in texts.items() if count > 1] == []


def test_accuracy(report: Report, request: pytest.FixtureRequest) -> None:
    figures = report.table()
    _show(request, f"{figures}\n{report.missed()}")
    overall = report.overall
    assert overall.top1_rate >= MIN_TOP1, f"top-1 below {MIN_TOP1:.0%}\n{figures}"
    assert overall.top3_rate >= MIN_TOP3, f"top-3 below {MIN_TOP3:.0%}\n{figures}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_language_is_left_behind(report: Report, lang: str) -> None:
    """The overall figure must not hide one language that the search serves badly."""
    tally = report.by_lang[lang]
    figures = report.table()
    assert tally.top1_rate >= MIN_TOP1 - 0.05, f"{lang} top-1 too low\n{figures}"
    assert tally.top3_rate >= MIN_TOP3 - 0.05, f"{lang} top-3 too low\n{figures}"
