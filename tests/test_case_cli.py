"""``python -m bot cases import FILE.csv`` as staff run it: report by line, summary, exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from dialogs.cases.importer import HEADER

HEAD = ",".join(HEADER)


def test_import_reports_bad_lines_and_imports_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_STORAGE__URL", f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    export = tmp_path / "export.csv"
    export.write_text(
        "\ufeff" + HEAD + "\n"
        "2555583/2016,SECRET-1,received,poznan,2026-01-02,2026-02-03\n"
        "2555584/2016,SECRET-2,no_such_status,poznan,,2026-02-03\n"
        "2555585/2016,SECRET-3,card_ready,kalisz,,2026-02-03\n",
        encoding="utf-8",
    )
    assert main(["cases", "import", str(export)]) == 1
    out = capsys.readouterr().out
    assert "line 3: status" in out
    assert "added 2, changed 0, unchanged 0, rejected 1" in out
    assert "2555584" not in out
    assert "SECRET" not in out

    export.write_text(
        HEAD + "\n2555583-2016,SECRET-1,card_ordered,poznan,2026-01-02,2026-03-03\n",
        encoding="utf-8",
    )
    assert main(["cases", "import", str(export)]) == 0
    assert "added 0, changed 1, unchanged 0, rejected 0" in capsys.readouterr().out


def test_a_file_that_is_not_the_export_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_STORAGE__URL", f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    other = tmp_path / "other.csv"
    other.write_text("name,phone\nAnna,123\n", encoding="utf-8")
    assert main(["cases", "import", str(other)]) == 2
    assert "the first line must be: case_number,access_code" in capsys.readouterr().out
    assert main(["cases", "import", str(tmp_path / "missing.csv")]) == 2
