"""How the free-text search behaves: what it tolerates, and when it answers or asks.

Mechanics are pinned on a small catalogue built here, so that each test controls
exactly which words exist where (e.g. a word only in the Ukrainian keywords). A few
tests use the real catalogue with questions the way people type them.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dialogs.catalogue import Catalogue, Category, Entry, load_catalogue
from dialogs.l10n import Localizer
from dialogs.search import FaqSearch, SearchResult, load_stopwords
from dialogs.synonyms import SYNONYMS_FILE, Synonyms
from dialogs.text_norm import as_cyrillic, as_polish, fold, tokenize, variants

LANGS = ("pl", "en", "ru", "uk")

# id -> (keywords per language, question and answer per language)
ENTRIES: dict[str, tuple[dict[str, list[str]], dict[str, tuple[str, str]]]] = {
    "card-fee": (
        {"pl": ["opłata"], "en": ["fee", "price"], "ru": ["оплата"], "uk": ["оплата"]},
        {
            "pl": ("Ile kosztuje karta pobytu?", "Za wydanie karty pobytu płaci się 100 zł."),
            "en": ("How much does the residence card cost?", "The card costs 100 zł."),
            "ru": ("Сколько стоит карта побыту?", "Карта побыту стоит 100 злотых."),
            "uk": ("Скільки коштує карта побиту?", "Карта побиту коштує 100 злотих."),
        },
    ),
    "card-lost": (
        {
            "pl": ["utrata karty", "kradzież"],
            "en": ["stolen card"],
            "ru": ["украли карту"],
            "uk": ["вкрали карту"],
        },
        {
            "pl": ("Zgubiłem kartę pobytu. Co robić?", "Zgłoś utratę karty w ciągu 3 dni."),
            "en": ("I lost my residence card. What now?", "Report the loss within 3 days."),
            "ru": ("Я потерял карту побыту. Что делать?", "Сообщите о потере в течение 3 дней."),
            "uk": ("Я загубив карту побиту. Що робити?", "Повідомте про втрату протягом 3 днів."),
        },
    ),
    "temp-stay": (
        # The Polish term in Cyrillic is only among the Ukrainian keywords.
        {"pl": [], "en": [], "ru": [], "uk": ["побит часовий", "тимчасовий побит"]},
        {
            "pl": ("Jak dostać zezwolenie na pobyt czasowy?", "Wniosek składa się w MOS."),
            "en": ("How do I get a temporary residence permit?", "You apply in MOS."),
            "ru": ("Как получить вид на жительство?", "Заявление подают в MOS."),
            "uk": ("Як отримати посвідку на проживання?", "Заяву подають у MOS."),
        },
    ),
    "visit-kalisz": (
        {"pl": ["Kalisz"], "en": ["Kalisz"], "ru": ["Калиш"], "uk": ["Каліш"]},
        {
            "pl": ("Jak umówić wizytę w oddziale w Kaliszu?", "Przez formularz na stronie."),
            "en": ("How do I book a visit at the Kalisz branch?", "Use the form on the website."),
            "ru": ("Как записаться на визит в Калише?", "Через форму на сайте."),
            "uk": ("Як записатися на візит у Каліші?", "Через форму на сайті."),
        },
    ),
    "visit-konin": (
        {"pl": ["Konin"], "en": ["Konin"], "ru": ["Конин"], "uk": ["Конін"]},
        {
            "pl": ("Jak umówić wizytę w oddziale w Koninie?", "Przez formularz na stronie."),
            "en": ("How do I book a visit at the Konin branch?", "Use the form on the website."),
            "ru": ("Как записаться на визит в Конине?", "Через форму на сайте."),
            "uk": ("Як записатися на візит у Коніні?", "Через форму на сайті."),
        },
    ),
}


@pytest.fixture(scope="module")
def small_content(tmp_path_factory: pytest.TempPathFactory) -> tuple[Catalogue, Localizer]:
    """A five-entry catalogue with its own locale files."""
    root: Path = tmp_path_factory.mktemp("locales")
    for lang in LANGS:
        (root / lang).mkdir()
        lines = []
        for entry_id, (_, texts) in ENTRIES.items():
            question, answer = texts[lang]
            lines += [f"faq-{entry_id}-q = {question}", f"faq-{entry_id}-a = {answer}"]
        (root / lang / "faq.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    catalogue = Catalogue(
        categories={"c": Category(id="c", parent="", entries=list(ENTRIES))},
        entries={
            entry_id: Entry(
                id=entry_id,
                category="c",
                url="https://migrant.poznan.uw.gov.pl/pl",
                verified=date(2026, 11, 26),
                keywords={lang: tuple(keywords[lang]) for lang in LANGS},
            )
            for entry_id, (keywords, _) in ENTRIES.items()
        },
        top=["c"],
        command_words={},
    )
    return catalogue, Localizer(root)


@pytest.fixture(scope="module")
def small(small_content: tuple[Catalogue, Localizer]) -> FaqSearch:
    return FaqSearch(*small_content)


@pytest.fixture(scope="module")
def real() -> FaqSearch:
    return FaqSearch(load_catalogue(), Localizer())


def top(result: SearchResult) -> str | None:
    return result.ranked[0][0] if result.ranked else None


# -- normalisation


def test_folding_merges_spellings() -> None:
    assert fold("zażółć gęślą jaźń") == fold("zazolc gesla jazn")
    assert fold("побиту") == fold("побыту")  # uk и / ru ы
    assert fold("дії") == fold("дии")  # uk і, ї / ru и
    assert fold("стоить") == fold("стоит")  # soft sign
    assert fold("ґанок") == fold("ганок")


@pytest.mark.parametrize(
    ("cyrillic", "polish"),
    [
        ("децизия", "decyzja"),
        ("одволание", "odwolanie"),
        ("внёсек", "wniosek"),
        ("везвання", "wezwania"),
        ("сталы", "staly"),
        ("персонализация", "personalizacja"),
    ],
)
def test_polish_words_typed_in_cyrillic_are_read_as_polish(cyrillic: str, polish: str) -> None:
    assert as_polish(cyrillic) == polish
    assert as_polish("decyzja") is None


def test_polish_typed_in_cyrillic_finds_the_entry(small: FaqSearch) -> None:
    # only the Polish question says "zgubiłem"; typed in Cyrillic letters
    assert small.query("згубилем карте", "uk").confident == "card-lost"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("skolko", "сколько"),
        ("stoit", "стоит"),
        ("pereviryty", "перевірити"),
        ("zhdat", "ждать"),
        ("shcho", "що"),
        ("yak", "як"),
    ],
)
def test_russian_and_ukrainian_typed_in_latin_are_read_as_cyrillic(
    latin: str, cyrillic: str
) -> None:
    assert as_cyrillic(latin) == fold(cyrillic)
    assert as_cyrillic("карта") is None  # already Cyrillic
    assert as_cyrillic("14") is None


def test_russian_typed_in_latin_finds_the_entry(small: FaqSearch) -> None:
    # "ukrali kartu": only the Russian keywords say it, in Cyrillic
    assert small.query("ukrali kartu", "ru").confident == "card-lost"
    # a real Polish or English word is not re-read as Cyrillic
    assert small.query("stolen card", "en").confident == "card-lost"


def test_tokens_repair_a_latin_letter_inside_a_cyrillic_word() -> None:
    assert tokenize("Скiльки коштує?") == ["скільки", "коштує"]  # Latin "i" typed
    assert tokenize("п'ять обов’язків") == ["пять", "обовязків"]


# -- tolerance


def test_polish_without_diacritics_scores_as_with_them(small: FaqSearch) -> None:
    with_marks = small.query("zgubiłem kartę pobytu", "pl")
    without = small.query("zgubilem karte pobytu", "pl")
    assert with_marks.confident == without.confident == "card-lost"
    assert without.ranked[0][1] == pytest.approx(with_marks.ranked[0][1], abs=0.05)


def test_a_typo_still_finds_the_entry(small: FaqSearch) -> None:
    assert top(small.query("zgubiłem krate pobytu")) == "card-lost"  # swapped letters
    assert top(small.query("I lsot my residnce card")) == "card-lost"


def test_russian_query_finds_words_only_in_ukrainian_keywords(small: FaqSearch) -> None:
    # "побыт часовый" typed in Russian letters; only the uk keywords say "побит часовий"
    result = small.query("как продлить побыт часовый", "ru")
    assert result.confident == "temp-stay"


def test_surzhyk_finds_the_entry(small: FaqSearch) -> None:
    # Ukrainian with a Russian verb and the Russian "ы"
    assert small.query("шо делать, загубив карту побыту", "uk").confident == "card-lost"


def test_language_hint_does_not_narrow_the_search(small: FaqSearch) -> None:
    assert small.query("скільки коштує карта", "pl").confident == "card-fee"


# -- nothing


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "😀🎉👍",
        "12345 678",
        "?!.",
        "hello, can you help me?",
        "hello, can you plese halp",  # stop words mistyped are still stop words
        "Добрий день, дякую",
        "Dzień dobry, czy możecie mi pomóc?",
    ],
)
def test_no_meaningful_word_is_nothing(small: FaqSearch, text: str) -> None:
    result = small.query(text, "en")
    assert result == SearchResult(ranked=(), confident=None, candidates=())
    assert result.nothing


def test_unknown_words_are_nothing(small: FaqSearch) -> None:
    assert small.query("pizza margherita", "pl").nothing


# -- long input


def test_ten_thousand_characters_keep_the_question_at_the_end(small: FaqSearch) -> None:
    """How fast this is, bench/search_bench.py measures; here: what is read."""
    text = ("Dzień dobry, piszę w sprawie mojej sytuacji życiowej. " * 200)[:9_980]
    text += " zgubiłem kartę pobytu"
    assert len(text) >= 10_000
    result = small.query(text, "pl")
    assert top(result) == "card-lost"  # the question at the end of a long story counts
    assert len(result.ranked) <= 10


def test_ten_thousand_letters_without_spaces(small: FaqSearch) -> None:
    assert small.query("a" * 10_000).nothing
    assert small.query("ж" * 10_000).nothing


# -- confident or candidates


def test_clear_question_is_answered_directly(small: FaqSearch) -> None:
    result = small.query("ile kosztuje karta pobytu", "pl")
    assert result.confident == "card-fee"
    assert result.candidates[0] == "card-fee"
    assert 0.0 < result.ranked[0][1] <= 1.0


def test_ambiguous_question_offers_candidates(small: FaqSearch) -> None:
    result = small.query("jak umówić wizytę w oddziale", "pl")
    assert result.confident is None
    assert set(result.candidates) == {"visit-kalisz", "visit-konin"}


def test_one_distinguishing_word_decides(small: FaqSearch) -> None:
    assert small.query("wizyta w oddziale w Koninie", "pl").confident == "visit-konin"


def test_scores_are_ranked_and_bounded(small: FaqSearch) -> None:
    ranked = small.query("karta pobytu", "pl").ranked
    scores = [score for _, score in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 < score <= 1.0 for score in scores)


def test_thresholds_are_honoured(small_content: tuple[Catalogue, Localizer]) -> None:
    strict = FaqSearch(*small_content, confident=0.99, max_candidates=1)
    result = strict.query("karta pobytu", "pl")
    assert result.confident is None
    assert len(result.candidates) == 1


# -- learning from the questions people asked

ASKED = {
    "card-lost": (
        "ukradli mi portfel z kartą",
        "portfel zginął w tramwaju, karta też",
        "złodziej zabrał portfel i dokumenty",
        "nie mam karty, ukradli",
    ),
    "card-fee": (
        "ile płacę za kartę pobytu",
        "cena karty pobytu",
        "koszt wydania karty",
        "karta pobytu ile kosztuje",
    ),
    "temp-stay": ("chcę zostać w Polsce dłużej", "legalizacja pobytu jak", "pobyt czasowy wniosek"),
    "visit-kalisz": ("wizyta Kalisz", "oddział w Kaliszu termin"),
    "visit-konin": ("wizyta Konin", "oddział w Koninie termin"),
}
# another institution's business, in words that also name an entry ("karta pobytu")
ELSEWHERE = (
    "czy dostanę 800 plus",
    "800 plus dla dzieci cudzoziemca",
    "świadczenie 800 plus a karta pobytu",
    "wniosek o 800 plus gdzie",
    "zasiłek 800 plus ukrainiec",
    "800 plus na dziecko ile",
)


@pytest.fixture(scope="module")
def learned_content(small_content: tuple[Catalogue, Localizer]) -> tuple[Catalogue, Localizer]:
    catalogue, l10n = small_content
    entries = {
        entry_id: replace(entry, asked={"pl": ASKED[entry_id]})
        for entry_id, entry in catalogue.entries.items()
    }
    return replace(catalogue, entries=entries), l10n


def test_asked_questions_teach_words_the_content_never_says(
    small: FaqSearch, learned_content: tuple[Catalogue, Localizer]
) -> None:
    learned = FaqSearch(*learned_content)
    assert small.query("portfel ukradziony", "pl").nothing
    assert learned.query("portfel ukradziony", "pl").confident == "card-lost"
    assert learned.query("okradli mnie z portfelem", "pl").confident == "card-lost"


def test_a_question_for_another_office_gets_no_entry_it_only_grazes(
    learned_content: tuple[Catalogue, Localizer],
) -> None:
    """Untold, the search answers an 800+ question with the card fee; told, it leaves it
    to the staff (no candidates: the dialog says so and offers them)."""
    catalogue, l10n = learned_content
    learned = FaqSearch(catalogue, l10n)
    told = FaqSearch(replace(catalogue, elsewhere={"pl": ELSEWHERE}), l10n)
    question = "800 plus z kartą pobytu"
    assert learned.query(question, "pl").confident == "card-fee"
    result = told.query(question, "pl")
    assert result.ranked[0][0] == "card-fee"
    assert (result.confident, result.candidates) == (None, ())
    assert told.query("ile kosztuje karta pobytu", "pl").confident == "card-fee"


# -- the real catalogue, typed the way people type


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("zgubilem karte pobytu co robic", "pl", "card-lost"),
        ("ukradli mi karte", "pl", "card-lost"),
        ("загубив карту побыту шо делать", "uk", "card-lost"),
        ("потерял карту побиту", "ru", "card-lost"),
        ("скiльки коштує карта побиту", "uk", "card-fee"),
    ],
)
def test_real_catalogue(real: FaqSearch, text: str, lang: str, expected: str) -> None:
    assert real.query(text, lang).confident == expected


def test_a_swapped_letter_still_finds_the_entry(real: FaqSearch) -> None:
    """ "lsot" is read as "lost": the entry comes first, and nothing else is answered.

    Answered straight away or offered as the first button, depending on how far it
    leads "card issue", which shares "residence card": the margin that keeps wrong
    answers rare decides, not this test.
    """
    result = real.query("i lsot my residence card", "en")
    assert result.candidates[:1] == ("card-lost",)
    assert result.confident in (None, "card-lost")


# -- synonyms, numbers and what a question asks


def test_a_document_named_otherwise_finds_the_entry(small: FaqSearch) -> None:
    # the content says "karta pobytu" / "карта побыту"; people say TRC, ВНЖ, посвідка
    assert small.query("TRC lost", "en").confident == "card-lost"
    assert small.query("ВНЖ потерял", "ru").confident == "card-lost"
    assert top(small.query("скільки коштує посвідка", "uk")) == "card-fee"


def test_a_number_the_content_says_counts_and_other_numbers_do_not(small: FaqSearch) -> None:
    plain = small.query("karta pobytu", "pl")
    with_case_number = small.query("karta pobytu 12345 2024", "pl")
    assert with_case_number.ranked == plain.ranked  # unknown numbers neither help nor hurt
    assert top(small.query("czy to prawda że 100 zł za kartę", "pl")) == "card-fee"
    assert small.query("100", "pl").nothing  # a number alone is no question


def test_question_words_alone_are_no_question(small: FaqSearch) -> None:
    assert small.query("where? how much? when?", "en").nothing
    assert small.query("gdzie i kiedy", "pl").nothing


def test_synonym_phrases_match_in_any_inflection() -> None:
    search_words = FaqSearch.__new__(FaqSearch)  # only the stop words are needed
    search_words._stop = load_stopwords()
    synonyms = Synonyms.load(search_words._meaningful)
    words = [variants(token) for token in search_words._meaningful("nie mam karty pobytu")]
    assert synonyms.groups_at(words) == [{"=residence-card"}, {"=residence-card"}]
    # stop words inside a phrase are skipped on both sides
    words = [variants(token) for token in search_words._meaningful("zezwolenie na pracę")]
    assert synonyms.groups_at(words) == [{"=work-permit"}, {"=work-permit"}]
    # half a phrase is not the phrase
    words = [variants(token) for token in search_words._meaningful("pobytu")]
    assert synonyms.groups_at(words) == [set()]


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("Gdzie zapłacić opłatę?", {"?where"}),
        ("ile kosztuje karta", {"?cost"}),
        ("Скільки коштує карта побиту?", {"?cost"}),
        ("how long do I wait and where", {"?how-long", "?where"}),
        ("Zgubiłem kartę", set()),
    ],
)
def test_what_a_question_asks(text: str, intents: set[str]) -> None:
    synonyms = Synonyms.load(tokenize)
    assert synonyms.intents(text) == intents


# -- the real catalogue: never answer the wrong question straight away


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where is the office for foreigners in Poznań", "en"),
        ("where is the foreigners office in Poznan", "en"),
        ("gdzie jest urząd do spraw cudzoziemców w Poznaniu", "pl"),
        ("adres urzędu w Poznaniu", "pl"),
        ("где находится ужонд в Познани", "ru"),
        ("де знаходиться управління у справах іноземців у Познані", "uk"),
    ],
)
def test_the_poznan_office_is_not_the_branches_outside_poznan(
    real: FaqSearch, text: str, lang: str
) -> None:
    result = real.query(text, lang)
    assert result.confident != "contact-branches"
    assert top(result) == "contact-poznan"


@pytest.mark.parametrize(
    ("text", "lang", "not_this"),
    [
        # asks where to pay, not how much: the stamp duty entry shares every other word
        ("gdzie zapłacić opłatę skarbową", "pl", "fees-stamp-duty"),
        ("where do I pay the stamp duty", "en", "fees-stamp-duty"),
        # travel to Germany is not being a German citizen
        ("i have a stamp in my passport, can i go to germany", "en", "eu-citizens"),
        ("mam stempel w paszporcie, czy mogę jechać do Niemiec", "pl", "eu-citizens"),
    ],
)
def test_a_shared_topic_is_not_answered_as_the_wrong_question(
    real: FaqSearch, text: str, lang: str, not_this: str
) -> None:
    assert real.query(text, lang).confident != not_this


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where can I rent a flat in Poznań", "en"),
        ("jak zapisać dziecko do przedszkola", "pl"),
        ("где сделать техосмотр машины", "ru"),
        ("де купити сім карту", "uk"),
        ("ile kosztuje bilet miesięczny MPK", "pl"),
    ],
)
def test_questions_the_bot_has_no_answer_for_are_not_answered(
    real: FaqSearch, text: str, lang: str
) -> None:
    assert real.query(text, lang).confident is None


def test_every_synonym_phrase_keeps_a_word() -> None:
    """A phrase made only of stop words would silently never match: the file says which."""
    search_words = FaqSearch.__new__(FaqSearch)
    search_words._stop = load_stopwords()
    raw = tomllib.loads(SYNONYMS_FILE.read_text(encoding="utf-8"))
    empty = [
        (name, phrase)
        for name, phrases in raw["group"].items()
        for phrase in phrases
        if not search_words._meaningful(phrase)
    ]
    empty += [
        (name, phrase)
        for name, phrases in raw["intent"].items()
        for phrase in phrases
        if not tokenize(phrase)
    ]
    assert empty == []
    assert all(len(phrases) >= 2 for phrases in raw["group"].values())
