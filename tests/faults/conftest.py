"""The fault suite: each case ends by counting, and the counts are printed as one table.

A case records one ``Tally`` row (accepted, delivered, duplicated, lost); the table is
printed at the end of the pytest run, so CI logs show the promise held and by how much.
Cases that run the real process and take seconds are marked ``slow``: ``make faults``
runs them (CI too); ``make test`` runs the rest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.faults.tally import NOTES, TABLE, Tally, render


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TABLE:
        terminalreporter.write_sep("=", "fault suite: every accepted message delivered once")
        for line in render(TABLE):
            terminalreporter.write_line(line)
        for note in NOTES:
            terminalreporter.write_line(note)


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Iterator[Tally]:
    """The case's row in the table, named after the test (and its database)."""
    row = Tally(case=request.node.name.removeprefix("test_"))
    yield row
    TABLE.append(row)
