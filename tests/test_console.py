"""The console channel: `make run` without a token gives this journey in a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import Core
from bot.channels.console import run_console

ROOT = Path(__file__).resolve().parent.parent


async def test_console_journey_numbers_and_text(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")  # no language hint: Polish offered first, Ukrainian 4th
    lines = iter(["4", "6", "2", "скільки коштує карта побиту", "/quit"])

    def read() -> str:
        return next(lines)

    out = io.StringIO()
    await run_console(core.dialogs, read_line=read, out=out)
    shown = out.getvalue()
    l10n = core.dialogs.l10n
    assert l10n("uk", "main-menu-title") in shown
    assert l10n("uk", "cat-card") in shown
    assert l10n("uk", "faq-card-fee-q") in shown
    assert "100" in shown


def test_python_m_bot_without_token_opens_the_console(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        input="2\n/quit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "BOT_STORAGE__URL": f"sqlite+aiosqlite:///{tmp_path}/c.db"},
    )
    assert result.returncode == 0, result.stderr
    assert "English" in result.stdout
    assert "Main menu" in result.stdout
