"""The two models the search learns from asked questions: what they learn, and how surely."""

from __future__ import annotations

import pytest

from dialogs.asked_model import SpellingModel, WordModel

# entry 0: a lost card; entry 1: the fee; entry 2 is never asked about
WORDS = [
    (0, {"lose", "card"}),
    (0, {"stolen", "card"}),
    (0, {"lose", "wallet"}),
    (1, {"cost", "card"}),
    (1, {"fee", "card"}),
    (1, {"cost", "permit"}),
]


def test_a_word_asked_of_one_entry_makes_it_likely() -> None:
    model = WordModel(WORDS, classes=3)
    chances = model.probabilities({"stolen": 1.0})
    assert max(chances, key=chances.__getitem__) == 0
    assert sum(chances.values()) == pytest.approx(1.0)
    assert 2 not in chances  # never asked: no probability at all


def test_a_word_both_entries_are_asked_with_decides_nothing_alone() -> None:
    chances = WordModel(WORDS, classes=3).probabilities({"card": 1.0})
    assert chances[0] == pytest.approx(chances[1], abs=0.1)


def test_a_look_alike_word_counts_less_than_the_word() -> None:
    model = WordModel(WORDS, classes=3)
    typed = model.probabilities({"cost": 1.0})[1]
    guessed = model.probabilities({"cost": 0.5})[1]
    assert 0.5 < guessed < typed


def test_words_never_asked_give_no_opinion() -> None:
    model = WordModel(WORDS, classes=3)
    assert model.probabilities({"zameldowanie": 1.0}) == {}
    assert model.probabilities({}) == {}
    assert not WordModel([], classes=3)


SPELT = [
    (0, "zgubilam karte pobytu"),
    (0, "zgubiona karta pobytu co robic"),
    (0, "ukradli mi karte"),
    (0, "karta zgubiona w tramwaju"),
    (1, "ile kosztuje karta pobytu"),
    (1, "koszt karty pobytu"),
    (1, "oplata za karte ile"),
    (1, "ile platnosc za karte"),
]


def test_other_forms_and_typos_find_the_entry() -> None:
    model = SpellingModel(SPELT)
    for text, entry in (("zgubilem karte", 0), ("zgubiłam kartę", 0), ("kosztuje ile", 1)):
        chances = model.probabilities(text)
        assert max(chances, key=chances.__getitem__) == entry, text
        assert sum(chances.values()) == pytest.approx(1.0)


def test_the_same_questions_train_the_same_model() -> None:
    text = "zgubilem karte"
    assert SpellingModel(SPELT).probabilities(text) == SpellingModel(SPELT).probabilities(text)


def test_nothing_to_tell_apart_or_nothing_known_is_no_opinion() -> None:
    assert not SpellingModel([(0, "ile kosztuje"), (0, "koszt karty")])
    assert SpellingModel([]).probabilities("ile kosztuje") == {}
    model = SpellingModel(SPELT)
    assert model.probabilities("") == {}
    assert model.probabilities("щщщ") == {}


def test_questions_that_share_nothing_teach_nothing_and_break_nothing() -> None:
    """A small office's first asked questions may share no word, even no letter pair.

    Then there is nothing to learn from that side of the text (an n-gram must be in
    two questions); the rest still teaches, and with nothing at all there is no opinion.
    """
    assert not SpellingModel([(0, "qz"), (1, "xj")])
    words_unshared = SpellingModel([(0, "karta"), (1, "kartę"), (0, "kart")])
    assert words_unshared
    assert sum(words_unshared.probabilities("karty").values()) == pytest.approx(1.0)
