"""The catalogue hangs together: every category leads somewhere, every entry is dated."""

from __future__ import annotations

import shutil
import tomllib
from datetime import date
from pathlib import Path

import pytest

from dialogs import load_catalogue
from dialogs.catalogue import CONTENT_DIR, ELSEWHERE, LANGUAGES, ContentError

OFFICIAL_HOSTS = (
    "migrant.poznan.uw.gov.pl",
    "poznan.uw.gov.pl",
    "www.poznan.uw.gov.pl",
    "strazgraniczna.pl",
    "zielonalinia.gov.pl",
    "www.biznes.gov.pl",
    "mos.cudzoziemcy.gov.pl",
    "login.gov.pl",
    "epuap.gov.pl",
    "poznan.praca.gov.pl",
    "www.gov.pl",
    "obywatel.gov.pl",
)


def test_catalogue_size_and_shape() -> None:
    catalogue = load_catalogue()
    assert len(catalogue.entries) >= 40
    assert len(catalogue.top) >= 18
    for category in catalogue.categories.values():
        assert category.children or category.entries, f"{category.id} leads nowhere"


def test_entries_link_to_official_pages_with_a_verified_date() -> None:
    for entry in load_catalogue().entries.values():
        for url in (entry.url, *entry.urls.values()):
            host = url.removeprefix("https://").split("/")[0]
            assert url.startswith("https://"), entry.id
            assert host in OFFICIAL_HOSTS, f"{entry.id}: {host} is not an official source we know"
        assert isinstance(entry.verified, date), entry.id
        assert entry.verified <= date.today(), entry.id
        for lang, words in entry.keywords.items():
            assert words, f"{entry.id}: no {lang} keywords"


def test_work_permits_no_longer_send_everyone_to_the_poznan_labour_office() -> None:
    """Work permits are the voivode's; the Poznań labour office fits only Poznań employers."""
    entry = load_catalogue().entries["work-permit"]
    assert "poznan.praca.gov.pl" not in entry.url


def test_broken_content_is_refused_with_the_file_named(tmp_path: Path) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "categories.toml").write_text('[[category]]\nid = "a"\n', encoding="utf-8")
    (tmp_path / "commands.toml").write_text("[commands]\n", encoding="utf-8")
    (tmp_path / "faq" / "x.toml").write_text(
        '[[entry]]\nid = "e"\ncategory = "nope"\nurl = "https://x"\nverified = 2026-01-01\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"x\.toml"):
        load_catalogue(tmp_path)


def test_search_questions_name_real_entries() -> None:
    catalogue = load_catalogue()
    folder = Path(__file__).parent / "search_questions"
    for path in folder.glob("*.toml"):
        for question in tomllib.loads(path.read_text(encoding="utf-8"))["q"]:
            assert question["expect"] in {*catalogue.entries, "none"}, f"{path.name}: {question}"


def test_every_entry_has_asked_questions_in_every_language() -> None:
    """The search learns how people ask from them; an entry without any is found less."""
    catalogue = load_catalogue()
    bare = {
        (entry.id, lang)
        for entry in catalogue.entries.values()
        for lang in LANGUAGES
        if not entry.asked.get(lang)
    }
    assert bare == set()


def test_an_asked_question_for_an_unknown_entry_is_refused(tmp_path: Path) -> None:
    shutil.copytree(CONTENT_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / "asked" / "x.toml").write_text(
        '[[q]]\nlang = "pl"\ntext = "ile kosztuje"\nentry = "no-such-entry"\n', encoding="utf-8"
    )
    with pytest.raises(ContentError, match=r"x\.toml.*no-such-entry"):
        load_catalogue(tmp_path)


def test_questions_answered_elsewhere_are_loaded_apart_from_the_entries() -> None:
    catalogue = load_catalogue()
    assert set(catalogue.elsewhere) == set(LANGUAGES)
    assert ELSEWHERE not in catalogue.entries


def test_no_entry_may_take_the_id_of_questions_answered_elsewhere(tmp_path: Path) -> None:
    shutil.copytree(CONTENT_DIR, tmp_path, dirs_exist_ok=True)
    faq = tmp_path / "faq" / "office.toml"
    faq.write_text(
        faq.read_text(encoding="utf-8").replace('id = "contact-hours"', f'id = "{ELSEWHERE}"', 1),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"office\.toml.*reserved"):
        load_catalogue(tmp_path)
