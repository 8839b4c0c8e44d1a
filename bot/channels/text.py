"""Long texts cut into the messages a messenger takes, at the widest boundary that fits.

Paragraphs stay whole when they can, then lines, then words; only a word longer than
a whole message (a pasted blob) is cut hard. Each messenger says what fits: Telegram
counts UTF-16 units, Viber characters and bytes.
"""

from __future__ import annotations

from collections.abc import Callable

Fits = Callable[[str], bool]
_SEPARATORS = ("\n\n", "\n", " ")  # paragraph, line, word; then a hard cut


def split_text(text: str, fits: Fits) -> list[str]:
    """The pieces of ``text`` that each ``fits``, stripped, without empty ones.

    Stripped because both messengers strip a message anyway. ``fits`` must hold for
    every part of a text it holds for (length limits do).
    """
    pieces = _split(text, fits, _SEPARATORS)
    return [piece.strip() for piece in pieces if piece.strip()]


def _split(text: str, fits: Fits, separators: tuple[str, ...]) -> list[str]:
    if fits(text):
        return [text]
    if not separators:
        return _hard_cut(text, fits)
    separator, finer = separators[0], separators[1:]
    out: list[str] = []
    current = ""
    for piece in text.split(separator):
        candidate = f"{current}{separator}{piece}" if current else piece
        if fits(candidate):
            current = candidate
            continue
        if current:
            out.append(current)
        if fits(piece):
            current = piece
        else:
            smaller = _split(piece, fits, finer)
            out.extend(smaller[:-1])
            current = smaller[-1]
    if current:
        out.append(current)
    return out


def _hard_cut(text: str, fits: Fits) -> list[str]:
    out: list[str] = []
    rest = text
    while rest and not fits(rest):
        low, high = 1, len(rest)  # the longest prefix that fits (at least one character)
        while low < high:
            middle = (low + high + 1) // 2
            if fits(rest[:middle]):
                low = middle
            else:
                high = middle - 1
        out.append(rest[:low])
        rest = rest[low:]
    if rest:
        out.append(rest)
    return out
