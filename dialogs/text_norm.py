"""Text normalisation for the free-text search: tokens, folding, lemmas.

People type to the bot on phones, in four languages, often not in the language of
their keyboard: Polish without diacritics ("oplata za karte"), Ukrainian with
Russian letters or words (surzhyk), Cyrillic words with a Latin ``i`` or ``a`` typed
from a mixed layout. The search compares *folded* forms so that all of these land
on the same key, and *lemmas* (simplemma) so that inflected forms do too.

Everything here is pure and cached: the search calls it for every typed message.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import simplemma

# Polish letters that NFKD does not decompose (ł) plus the ones it does, made
# explicit so the mapping does not depend on Unicode decomposition details.
_LATIN_FOLD = str.maketrans(
    {
        "ą": "a",
        "ć": "c",
        "ę": "e",
        "ł": "l",
        "ń": "n",
        "ó": "o",
        "ś": "s",
        "ź": "z",
        "ż": "z",
    }
)

# Ukrainian and Russian spell the same sounds with different letters (і/и/ы, є/е/э,
# ї, ґ, ё) and disagree on the soft and hard signs. Collapsing them makes "побиту"
# and "побыту", "дії" and "дии", "стоит" and "стоить" one key, which is what a
# person typing Russian words on a Ukrainian keyboard (or the reverse) needs.
_CYRILLIC_FOLD = str.maketrans(
    {
        "ё": "е",
        "є": "е",
        "э": "е",
        "ы": "и",
        "і": "и",
        "ї": "и",
        "ґ": "г",
        "ь": None,
        "ъ": None,
    }
)

# Latin letters that look like Cyrillic ones: a Ukrainian keyboard without "і"
# makes people type the Latin "i" inside Cyrillic words ("скiльки").
_LOOKALIKES = {
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "k": "к",
    "m": "м",
    "t": "т",
    "b": "в",
    "h": "н",
}
_HOMOGLYPHS_TO_CYRILLIC = str.maketrans(_LOOKALIKES)
_HOMOGLYPHS_TO_LATIN = str.maketrans({cyr: lat for lat, cyr in _LOOKALIKES.items()})

# Apostrophes inside Ukrainian words (п'ять, обов'язково) and English ones (don't)
# are dropped rather than split on, so the word stays one token.
_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`´](?=\w)")
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_CYRILLIC_CHAR = re.compile(r"[\u0400-\u04ff]")
_LATIN_CHAR = re.compile(r"[a-z\u00c0-\u024f]")

LATIN_LANGS: tuple[str, ...] = ("pl", "en")
CYRILLIC_LANGS: tuple[str, ...] = ("uk", "ru")


def is_cyrillic(token: str) -> bool:
    """A token is Cyrillic when any of its letters is (mixed tokens are surzhyk typos)."""
    return _CYRILLIC_CHAR.search(token) is not None


def fold(token: str) -> str:
    """The comparison key of a lower-case token: no diacritics, one spelling of each sound."""
    if is_cyrillic(token):
        return token.translate(_CYRILLIC_FOLD)
    token = token.translate(_LATIN_FOLD)
    if token.isascii():
        return token
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens of ``text``; digits stay separate tokens, punctuation and emoji go.

    A token mixing Latin and Cyrillic letters is a keyboard-layout slip: it is repaired
    towards the script most of its letters are in, swapping look-alike letters.
    """
    text = unicodedata.normalize("NFC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    tokens: list[str] = []
    for token in _WORD.findall(text):
        latin = len(_LATIN_CHAR.findall(token))
        if latin and is_cyrillic(token):
            cyrillic = len(_CYRILLIC_CHAR.findall(token))
            table = _HOMOGLYPHS_TO_CYRILLIC if cyrillic >= latin else _HOMOGLYPHS_TO_LATIN
            token = token.translate(table)
        tokens.append(token)
    return tokens


@lru_cache(maxsize=65536)
def lemma(token: str, lang: str) -> str:
    """The simplemma lemma of a lower-case token in one language (the token itself if unknown).

    The low-memory dictionaries keep the four languages at tens of megabytes instead of
    hundreds; our own cache makes repeated words free.
    """
    return simplemma.lemmatize(token, lang=lang, low_memory=True).casefold()


@lru_cache(maxsize=65536)
def is_word(token: str) -> bool:
    """Whether a dictionary of the token's script knows it: a real word is not a typo."""
    return any(simplemma.is_known(token, code, low_memory=True) for code in script_languages(token))


def script_languages(token: str) -> tuple[str, ...]:
    """The languages whose lemmatiser may know this token, judged by its script."""
    return CYRILLIC_LANGS if is_cyrillic(token) else LATIN_LANGS


@lru_cache(maxsize=65536)
def variants(token: str) -> frozenset[str]:
    """Folded keys under which a token may be found: its own form and its lemmas.

    Every language of the token's script is tried, on the index side as on the query
    side: a Ukrainian may type a Russian word, a Russian lemma may be the only one
    simplemma knows for a Ukrainian form ("карту"), and a key shared by both sides is
    all that matching needs.
    """
    keys = {fold(token)}
    for code in script_languages(token):
        keys.add(fold(lemma(token, code)))
    return frozenset(keys)


def char_ngrams(key: str, n: int = 3) -> frozenset[str]:
    """Character n-grams of a folded key, padded so that word starts and ends count."""
    padded = f" {key} "
    if len(padded) <= n:
        return frozenset({padded})
    return frozenset(padded[i : i + n] for i in range(len(padded) - n + 1))


# Polish office words typed in Cyrillic ("децизия", "одволание", "внёсек", "сталы
# побыт") are read as the Polish words they spell: letter by letter in Polish
# orthography, then the spellings Russian and Ukrainian give Polish sounds ("ци" for
# "cy", "ия" for "ja").
_CYRILLIC_TO_POLISH = str.maketrans(
    {
        "а": "a", "б": "b", "в": "w", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "je",
        "ё": "io", "ж": "ż", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    }
)  # fmt: skip
_HARD_I = re.compile(r"(?<=[czsr])i(?![aeiouy])")  # "ци" -> "cy", "зи" -> "zy"
_I_JA = re.compile(r"(?<=[^aeiouy])ij(?=[aeiou])")  # "-ция" -> "-cja", "-зия" -> "-zja"
_NNJA = re.compile(r"nnj(?=[aeiou])")  # uk "-ння" -> "-nia": "везвання" -> "wezwania"


@lru_cache(maxsize=65536)
def as_polish(token: str) -> str | None:
    """A Cyrillic token spelled in Polish letters (folded), or None for a Latin one."""
    if not is_cyrillic(token):
        return None
    latin = token.translate(_CYRILLIC_TO_POLISH)
    latin = _HARD_I.sub("y", _I_JA.sub("j", _NNJA.sub("ni", latin)))
    return fold(latin) if latin.isalpha() else None


# Russian and Ukrainian typed in Latin letters ("skolko stoit karta", "yak pereviryty
# status"), on a phone without a Cyrillic keyboard, are read back into Cyrillic: the
# common informal transliterations, longest letter group first. The result is folded,
# so "y" may stand for и, і or ы and "e" for е, є or э alike.
_LATIN_TO_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("ya", "я"), ("ja", "я"), ("yu", "ю"), ("ju", "ю"), ("yo", "е"),
    ("jo", "е"), ("ye", "е"), ("je", "е"), ("yi", "и"), ("a", "а"), ("b", "б"),
    ("v", "в"), ("w", "в"), ("g", "г"), ("h", "х"), ("d", "д"), ("e", "е"), ("f", "ф"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("y", "и"), ("z", "з"),
    ("c", "ц"), ("x", "кс"), ("q", "к"),
)  # fmt: skip
_LATIN_GROUP = re.compile("|".join(latin for latin, _ in _LATIN_TO_CYRILLIC))
_LATIN_GROUPS = dict(_LATIN_TO_CYRILLIC)


@lru_cache(maxsize=65536)
def as_cyrillic(token: str) -> str | None:
    """A plain Latin token read as transliterated Russian or Ukrainian (folded), else None."""
    if not (token.isascii() and token.isalpha()):
        return None
    return fold(_LATIN_GROUP.sub(lambda match: _LATIN_GROUPS[match.group()], token))
