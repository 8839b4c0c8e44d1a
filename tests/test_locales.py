"""Every word exists in all four languages, parses, and covers the plural forms people need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import ast, parse

from dialogs import LANGUAGES, Localizer, load_catalogue
from dialogs.l10n import LOCALES_DIR

PLURAL_FORMS = {
    "pl": {"one", "few", "many", "other"},
    "ru": {"one", "few", "many", "other"},
    "uk": {"one", "few", "many", "other"},
    "en": {"one", "other"},
}


def _resources(lang: str) -> dict[str, ast.Resource]:
    return {
        path.name: parse(path.read_text(encoding="utf-8"))
        for path in sorted((LOCALES_DIR / lang).glob("*.ftl"))
    }


def _messages(lang: str) -> dict[str, ast.Message]:
    out: dict[str, ast.Message] = {}
    for resource in _resources(lang).values():
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in out, f"{lang}: {entry.id.name} defined twice"
                out[entry.id.name] = entry
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ftl_files_parse_without_junk(lang: str) -> None:
    for name, resource in _resources(lang).items():
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{lang}/{name}: {[j.annotations[0].message for j in junk]}"


def test_same_files_and_ids_in_every_locale() -> None:
    files = {lang: {p.name for p in (LOCALES_DIR / lang).glob("*.ftl")} for lang in LANGUAGES}
    assert all(names == files["en"] for names in files.values()), files
    ids = {lang: set(_messages(lang)) for lang in LANGUAGES}
    for lang in LANGUAGES:
        missing, extra = sorted(ids["en"] - ids[lang]), sorted(ids[lang] - ids["en"])
        assert not missing, f"{lang}: missing {missing}"
        assert not extra, f"{lang}: extra {extra}"


def _selects(pattern: ast.Pattern | None) -> list[ast.SelectExpression]:
    found: list[ast.SelectExpression] = []
    for element in pattern.elements if pattern else []:
        if isinstance(element, ast.Placeable) and isinstance(
            element.expression, ast.SelectExpression
        ):
            found.append(element.expression)
            for variant in element.expression.variants:
                found.extend(_selects(variant.value))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_selectors_cover_the_language_forms(lang: str) -> None:
    checked = 0
    for msg_id, message in _messages(lang).items():
        for select in _selects(message.value):
            keys = {
                variant.key.name
                for variant in select.variants
                if isinstance(variant.key, ast.Identifier)
            }
            if keys & {"one", "few", "many", "other"}:
                checked += 1
                missing = PLURAL_FORMS[lang] - keys
                assert not missing, f"{lang}: {msg_id} lacks plural forms {sorted(missing)}"
    assert checked, "no plural selector found; the test would prove nothing"


def test_every_content_id_has_its_words() -> None:
    catalogue = load_catalogue()
    l10n = Localizer()
    needed = [f"cat-{cat}" for cat in catalogue.categories]
    needed += [f"faq-{e}-{part}" for e in catalogue.entries for part in ("q", "a")]
    for lang in LANGUAGES:
        missing = [msg for msg in needed if not l10n.has(lang, msg)]
        assert not missing, f"{lang}: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_answers_fit_one_phone_screen_and_questions_fit_a_button(lang: str) -> None:
    catalogue = load_catalogue()
    l10n = Localizer()
    for entry in catalogue.entries:
        answer = l10n(lang, f"faq-{entry}-a")
        question = l10n(lang, f"faq-{entry}-q")
        assert len(answer) <= 900, f"{lang}: faq-{entry}-a has {len(answer)} characters"
        assert len(question) <= 64, f"{lang}: faq-{entry}-q has {len(question)} characters"
        assert not re.search(r"https?://", answer), f"{lang}: {entry}: links belong in the url"


def test_locales_dir_is_the_projects() -> None:
    assert Path(LOCALES_DIR).name == "locales"
    assert {p.name for p in LOCALES_DIR.iterdir() if p.is_dir()} >= set(LANGUAGES)
