"""Settings from the environment (and a .env file), read when the app is built, never at import."""

from __future__ import annotations

import re
from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "va-coach"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGED_CONTENT_DIR = Path(__file__).resolve().parent / "content"  # in a wheel (setup.py)
# A token from @BotFather looks like "123456789:AA...", 35 characters after the colon.
TOKEN_PATTERN = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")


def content_dir() -> Path:
    """Templates, catalogs and YAML data: inside the installed package when installed from the
    wheel, else content/ of this checkout (an editable install or the tests)."""
    if PACKAGED_CONTENT_DIR.is_dir():
        return PACKAGED_CONTENT_DIR
    return PROJECT_ROOT / "content"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_url(data_dir: Path | None = None) -> str:
    return f"sqlite:///{(data_dir or default_data_dir()) / 'va-coach.db'}"


class Settings(BaseSettings):
    """Every environment variable the bot reads; README.md lists them all."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, description="Token from @BotFather")
    database_url: str | None = Field(default=None, description="SQLAlchemy async URL")
    data_dir: Path = Field(default_factory=default_data_dir, alias="VA_COACH_DATA_DIR")
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: SecretStr | None = None
    log_level: str = "INFO"
    default_checkin_time: str = "17:30"
    default_capacity_hours: int = 40
    retention_days: int = Field(default=180, ge=1, description="days drafts and notes are kept")

    @property
    def effective_database_url(self) -> str:
        return self.database_url or default_database_url(self.data_dir)

    def token_value(self) -> str | None:
        return self.bot_token.get_secret_value() if self.bot_token else None


def token_problem(token: str | None) -> str | None:
    """Why a token cannot be used, as a message key, or None when it looks right."""
    if not token:
        return "missing"
    if not TOKEN_PATTERN.match(token.strip()):
        return "malformed"
    return None
