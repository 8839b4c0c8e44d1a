"""Settings come from config.toml and BOT_* variables; a bad value stops the start with one line."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_secrets, load_settings
from storage import Database, Repo, upgrade

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_config_is_valid_and_documents_every_section() -> None:
    settings = load_settings(ROOT / "config.toml")
    assert settings.storage.url == "sqlite+aiosqlite:///data/bot.db"
    assert settings.telegram.mode == "polling"
    text = (ROOT / "config.toml").read_text(encoding="utf-8")
    for section in ("dialogs", "telegram", "viber", "server", "storage", "log"):
        assert f"[{section}]" in text


def test_environment_overrides_any_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TELEGRAM__API_SERVER", "http://127.0.0.1:8081")
    monkeypatch.setenv("BOT_STORAGE__URL", "postgresql+asyncpg://bot@db/bot")
    monkeypatch.setenv("BOT_SERVER__PORT", "9443")
    monkeypatch.setenv("BOT_DIALOGS__LANGUAGES", '["uk", "pl"]')
    settings = load_settings()
    assert str(settings.telegram.api_server).rstrip("/") == "http://127.0.0.1:8081"
    assert settings.storage.url.startswith("postgresql+asyncpg://")
    assert settings.server.port == 9443
    assert settings.dialogs.languages == ["uk", "pl"]


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ('[telegram]\nmode = "pull"\n', "telegram.mode"),
        ("[server]\nport = 70000\n", "server.port"),
        ('[storage]\nurl = "mysql://x"\n', "storage.url"),
        ('[telegram]\ntoken = "123:abc"\n', "telegram.token"),
        ('[dialogs]\ndefault_language = "de"\n', "dialogs.default_language"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, toml: str, key: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^config: {key}: "):
        load_settings(path)


def test_a_refused_database_url_is_named_without_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BOT_STORAGE__URL", "postgres://bot:hunter2@db.internal/bot")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("config: storage.url: ")
    assert "BOT_STORAGE__URL" in message
    assert "db.internal" in message
    assert "hunter2" not in message


def test_secrets_only_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    secrets = load_secrets()
    assert secrets.telegram_bot_token is not None
    assert secrets.telegram_bot_token.get_secret_value() == "123:abc"
    assert "123:abc" not in repr(secrets)


def test_a_blank_token_is_no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("VIBER_AUTH_TOKEN", "  ")
    secrets = load_secrets()
    assert secrets.telegram_bot_token is None
    assert secrets.viber_auth_token is None


def _run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_cli_bad_value_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[server]\nport = 'eighty'\n", encoding="utf-8")
    result = _run_cli("--config", str(path), "run")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("config: server.port: ")


def test_cli_bad_env_value_exits_2(tmp_path: Path) -> None:
    result = _run_cli("run", env={"BOT_TELEGRAM__MODE": "sometimes"})
    assert result.returncode == 2
    assert "BOT_TELEGRAM__MODE" in result.stderr


def test_cli_missing_config_file_exits_2(tmp_path: Path) -> None:
    result = _run_cli("--config", str(tmp_path / "nope.toml"), "chat")
    assert result.returncode == 2
    assert "not found" in result.stderr


def test_cli_db_upgrade_creates_the_database(tmp_path: Path) -> None:
    db_file = tmp_path / "cli.db"
    result = _run_cli("db", "upgrade", env={"BOT_STORAGE__URL": f"sqlite+aiosqlite:///{db_file}"})
    assert result.returncode == 0, result.stderr
    assert db_file.is_file()


def test_cli_feedback_lists_answers_that_did_not_help_first(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fb.db'}"

    async def record() -> None:
        db = Database(url)
        await upgrade(db)
        async with db.write() as session:
            repo = Repo(session)
            user = await repo.users.touch("telegram", "1", None)
            for entry, helpful in [("card-fee", True), ("appeal-how", False), ("card-fee", True)]:
                await repo.feedback.record(user.id, entry, helpful)
        await db.dispose()

    asyncio.run(record())
    result = _run_cli("feedback", env={"BOT_STORAGE__URL": url})
    assert result.returncode == 0, result.stderr
    rows = [line.split() for line in result.stdout.strip().splitlines()[1:]]
    assert rows == [["appeal-how", "0", "1"], ["card-fee", "2", "0"]]
