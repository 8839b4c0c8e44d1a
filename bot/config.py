"""Settings: ``config.toml``, overridden by ``BOT_<SECTION>__<KEY>``; secrets only from env.

A bad value must stop the start with one line that names the key, not a traceback:
``load_settings`` raises ``ConfigError`` with exactly that line.
"""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AnyHttpUrl,
    BaseModel,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from storage.cases import OFFICES

DEFAULT_CONFIG = Path("config.toml")
_CREDENTIALS = re.compile(r"://[^/@\s]*@")
Language = Literal["pl", "en", "ru", "uk"]


def _known_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not a known time zone (e.g. Europe/Warsaw)") from None
    return value


TimeZoneName = Annotated[str, AfterValidator(_known_zone)]


class ConfigError(Exception):
    """One line for the operator, naming the key that is wrong."""


class _Section(BaseModel):
    model_config = {"extra": "forbid"}


class DialogSettings(_Section):
    default_language: Language = "pl"
    languages: list[Language] = Field(default_factory=lambda: ["pl", "en", "ru", "uk"])
    search_confident: float = Field(default=0.38, gt=0, le=1)
    search_candidates: int = Field(default=3, ge=1, le=5)


class TelegramSettings(_Section):
    mode: Literal["polling", "webhook"] = "polling"
    api_server: AnyHttpUrl | None = None
    webhook_path: str = "/telegram/webhook"
    public_url: AnyHttpUrl | None = None
    staff_chat_id: int = 0
    request_timeout: float = Field(default=30.0, gt=0)
    # Telegram user ids allowed admin-only commands (/ban, /unban, /stats, /bookings, /block).
    admin_ids: list[int] = Field(default_factory=list)

    @field_validator("api_server", "public_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


class ViberSettings(_Section):
    api_url: AnyHttpUrl = AnyHttpUrl("https://chatapi.viber.com/pa")
    webhook_path: str = "/viber/webhook"
    public_url: AnyHttpUrl | None = None
    bot_name: str = Field(default="Cudzoziemcy Poznań", min_length=1, max_length=28)
    avatar_url: AnyHttpUrl | None = None
    max_body_bytes: int = Field(default=256 * 1024, ge=1024)
    request_timeout: float = Field(default=10.0, gt=0)
    send_retries: int = Field(default=3, ge=0, le=10)
    page_size: int = Field(default=10, ge=0, le=20)
    unanswered_per_hour: int = Field(default=95, ge=1, le=100)

    @field_validator("public_url", "avatar_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value


class ServerSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)


class StorageSettings(_Section):
    url: str = "sqlite+aiosqlite:///data/bot.db"
    echo: bool = False
    pool_size: int = Field(default=10, ge=1)

    @field_validator("url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value


class OutboxSettings(_Section):
    poll_interval: float = Field(default=1.0, gt=0)
    batch_size: int = Field(default=20, ge=1, le=500)
    max_attempts: int = Field(default=8, ge=1)
    lease_seconds: float = Field(default=120.0, gt=0)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$")


class StaffSettings(_Section):
    """The staff desk: when staff answer, and how fast the bot may post to their chat."""

    timezone: TimeZoneName = "Europe/Warsaw"
    # Per weekday "HH:MM-HH:MM" or "" (closed).
    hours: dict[str, str] = Field(
        default_factory=lambda: {
            "mon": "08:00-16:00",
            "tue": "08:00-16:00",
            "wed": "08:00-16:00",
            "thu": "08:00-16:00",
            "fri": "08:00-16:00",
            "sat": "",
            "sun": "",
        }
    )
    holidays: list[date] = Field(default_factory=list)
    language: Language = "pl"
    # Telegram: 20 messages a minute into one group; 1 a second into one private chat.
    group_per_minute: float = Field(default=20.0, gt=0)
    private_per_second: float = Field(default=1.0, gt=0)
    # Viber lets a bot write freely only this long after the person's last message.
    viber_window_hours: float = Field(default=24.0, gt=0)

    @field_validator("hours")
    @classmethod
    def _weekly(cls, value: dict[str, str]) -> dict[str, str]:
        for day, span in value.items():
            if day not in WEEKDAYS:
                raise ValueError(f"unknown weekday {day!r} (use {', '.join(WEEKDAYS)})")
            if span and not _HOURS.match(span):
                raise ValueError(f"{day}: use HH:MM-HH:MM or an empty string")
        return value


class CaseStatusSettings(_Section):
    """The case look-up: where cases come from, and how often a person may try."""

    source: Literal["embedded", "http"] = "embedded"
    url: AnyHttpUrl | None = None
    timeout: float = Field(default=5.0, gt=0)
    retries: int = Field(default=2, ge=0, le=5)
    attempts_per_person: int = Field(default=5, ge=1)
    person_window_minutes: int = Field(default=60, ge=1)
    attempts_per_case: int = Field(default=10, ge=1)
    case_window_hours: int = Field(default=24, ge=1)
    timezone: TimeZoneName = "Europe/Warsaw"
    demo_cases: bool = True

    @field_validator("url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @model_validator(mode="after")
    def _http_needs_url(self) -> CaseStatusSettings:
        if self.source == "http" and self.url is None:
            raise ValueError('source = "http" needs case_status.url')
        return self


class OfficeSettings(_Section):
    """One office's visit schedule (see ``[booking.offices.<id>]`` in config.toml)."""

    address: str = ""
    address_source: AnyHttpUrl | None = None
    weekdays: list[int] = Field(default_factory=lambda: [1, 2, 3, 4, 5])
    opens: time = time(8, 30)
    closes: time = time(14, 30)
    slot_minutes: int = Field(default=15, ge=5, le=240)
    people_per_slot: int = Field(default=3, ge=1, le=100)
    holidays: list[date] = Field(default_factory=list)
    blocked_days: list[date] = Field(default_factory=list)

    @field_validator("weekdays")
    @classmethod
    def _iso_weekdays(cls, value: list[int]) -> list[int]:
        if any(day < 1 or day > 7 for day in value):
            raise ValueError("weekdays are 1 (Monday) to 7 (Sunday)")
        return value

    @field_validator("address_source", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @model_validator(mode="after")
    def _opens_before_closes(self) -> OfficeSettings:
        if self.opens >= self.closes:
            raise ValueError("opens must be earlier than closes")
        return self


class BookingSettings(_Section):
    window_days: int = Field(default=30, ge=1, le=365)
    verified_hours: float = Field(default=24.0, gt=0)
    min_lead_hours: float = Field(default=2.0, ge=0)
    allow_cancel: bool = False
    allow_reschedule: bool = False
    change_cutoff_hours: float = Field(default=24.0, ge=0)
    reminder_hours: list[float] = Field(default_factory=lambda: [24.0, 2.0])
    file_link_minutes: int = Field(default=60, ge=1, le=7 * 24 * 60)
    public_holidays: list[date] = Field(default_factory=list)
    offices: dict[str, OfficeSettings] = Field(default_factory=dict)

    @field_validator("offices")
    @classmethod
    def _known_offices(cls, value: dict[str, OfficeSettings]) -> dict[str, OfficeSettings]:
        unknown = sorted(set(value) - set(OFFICES))
        if unknown:
            raise ValueError(f"unknown office {unknown[0]!r}; known: {', '.join(OFFICES)}")
        return value


class InboxSettings(_Section):
    lease_seconds: float = Field(default=30.0, gt=0)
    poll_interval: float = Field(default=1.0, gt=0)
    concurrency: int = Field(default=256, ge=1, le=10_000)
    max_attempts: int = Field(default=8, ge=1)


class LogSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["json", "text"] = "json"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="BOT_",
        env_nested_delimiter="__",
        extra="forbid",
        toml_file=DEFAULT_CONFIG,
    )

    dialogs: DialogSettings = Field(default_factory=DialogSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    viber: ViberSettings = Field(default_factory=ViberSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)
    staff: StaffSettings = Field(default_factory=StaffSettings)
    case_status: CaseStatusSettings = Field(default_factory=CaseStatusSettings)
    booking: BookingSettings = Field(default_factory=BookingSettings)
    log: LogSettings = Field(default_factory=LogSettings)
    inbox: InboxSettings = Field(default_factory=InboxSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


class Secrets(BaseSettings):
    """Tokens: from the environment only, never from a file that could be committed."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    viber_auth_token: SecretStr | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        """``VIBER_AUTH_TOKEN=`` (set but empty) means no Viber, as it does for the CLI."""
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Read ``path`` (default ``config.toml``; missing is fine only for the default)."""
    config_path = path or DEFAULT_CONFIG
    if path is not None and not config_path.is_file():
        raise ConfigError(f"config: file not found: {config_path}")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=config_path)

    try:
        return _FromFile(**overrides)
    except ValidationError as exc:
        raise ConfigError(_one_line(exc)) from None
    except ValueError as exc:  # TOML syntax errors come as ValueError subclasses
        raise ConfigError(f"config: {config_path}: {exc}") from None


def load_secrets() -> Secrets:
    return Secrets(_env_file=None)


def _one_line(exc: ValidationError) -> str:
    error = exc.errors()[0]
    key = ".".join(str(part) for part in error["loc"])
    env = "BOT_" + "__".join(str(part).upper() for part in error["loc"])
    given = error.get("input")
    if isinstance(given, str):
        given = _CREDENTIALS.sub("://***@", given)  # a database URL may carry a password
    shown = "" if isinstance(given, dict) else f" (got {given!r})"
    more = f" (+{exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"config: {key}: {error['msg']}{shown}; set it in config.toml or {env}{more}"
