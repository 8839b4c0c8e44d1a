"""Signed links to staff files: valid until they expire, and not forgeable."""

from __future__ import annotations

from bot.staff.files import FileLinks

LINKS = FileLinks(b"k" * 32, "https://bot.example.gov.pl/", ttl=3600)


def token_of(url: str) -> str:
    return url.rsplit("/", 1)[1]


def test_a_link_names_its_file_until_it_expires() -> None:
    url = LINKS.url("file-1", "wniosek.pdf", now=1000.0)
    assert url.startswith("https://bot.example.gov.pl/desk/file/")
    assert LINKS.verify(token_of(url), now=1000.0 + 3599) == ("file-1", "wniosek.pdf")
    assert LINKS.verify(token_of(url), now=1000.0 + 3601) is None


def test_a_changed_token_or_another_key_is_refused() -> None:
    token = token_of(LINKS.url("file-1", now=1000.0))
    body, _, signature = token.partition(".")
    assert LINKS.verify(f"{body}x.{signature}", now=1000.0) is None
    assert LINKS.verify("garbage", now=1000.0) is None
    other = FileLinks(b"o" * 32, "https://bot.example.gov.pl/")
    assert other.verify(token, now=1000.0) is None
