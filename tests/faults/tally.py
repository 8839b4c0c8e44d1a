"""Counting what a fault case accepted and what reached people, for the printed table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(slots=True)
class Tally:
    case: str
    accepted: int = 0
    delivered: int = 0
    duplicated: int = 0
    lost: int = 0

    def count(self, expected: Iterable[str], received: Iterable[str]) -> Tally:
        """``expected``: one key per accepted message; ``received``: one key per delivery."""
        want = Counter(expected)
        got = Counter(received)
        self.accepted = sum(want.values())
        self.delivered = sum(min(got[key], n) for key, n in want.items())
        self.duplicated = sum(max(0, got[key] - n) for key, n in want.items()) + sum(
            n for key, n in got.items() if key not in want
        )
        self.lost = sum(max(0, n - got[key]) for key, n in want.items())
        return self


TABLE: list[Tally] = []
NOTES: list[str] = []  # figures a case measured beside its counts (printed under the table)
HEADER = ("case", "accepted", "delivered", "duplicated", "lost")


def render(rows: list[Tally]) -> list[str]:
    width = max([len(HEADER[0]), *(len(row.case) for row in rows)])
    lines = [f"{HEADER[0]:<{width}} " + " ".join(f"{h:>10}" for h in HEADER[1:])]
    for row in rows:
        numbers = (row.accepted, row.delivered, row.duplicated, row.lost)
        lines.append(f"{row.case:<{width}} " + " ".join(f"{n:>10}" for n in numbers))
    return lines
