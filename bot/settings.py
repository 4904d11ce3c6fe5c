"""Every setting of the bot, read once at start from the environment and `.env`.

One class, so the README's settings table and the code cannot drift apart: each field's description is
what the README says about it.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/jobbot.db"
PUBLIC_BOT_API_URL = "https://api.telegram.org"


class MissingTokenError(RuntimeError):
    """Raised when the bot is asked to run without a token; the CLI turns it into a clear message."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(None, description="Token from @BotFather; required to run.")
    bot_api_url: str = Field(PUBLIC_BOT_API_URL, description="Bot API base URL.")
    database_url: str = Field(DEFAULT_DATABASE_URL, description="SQLAlchemy async URL.")
    officer_ids: Annotated[frozenset[int], NoDecode] = Field(
        frozenset(), description="Comma-separated Telegram user ids of ministry officers."
    )
    redis_url: str | None = Field(None, description="Optional Redis URL.")
    log_level: str = Field("INFO", description="Python logging level.")
    portal_url: str = Field("https://migration.enbek.kz", description="The official vacancy portal.")

    # Where a worker turns for help (shown in /rights); they change, so they are settings.
    hotline: str = Field("1414", description="Ministry of Labour hotline.")
    # The embassy's phone and e-mail are left for the operator to set from the ministry's current list;
    # until then workers are shown its official page.
    embassy_doha_phone: str = Field("", description="Embassy of Kazakhstan in Doha, phone.")
    embassy_doha_email: str = Field("", description="Embassy of Kazakhstan in Doha, e-mail.")
    embassy_doha_url: str = Field(
        "https://www.gov.kz/memleket/entities/mfa-doha", description="Embassy of Kazakhstan in Doha, web page."
    )
    qatar_complaints_url: str = Field(
        "https://www.mol.gov.qa", description="Qatar Ministry of Labour complaints platform."
    )

    # Vacancies
    vacancy_feed_url: str | None = Field(None, description="JSON feed of vacancies to pull.")
    feed_interval_seconds: int = Field(3600, ge=5, description="How often to pull the feed.")

    # Alerts and scheduled work
    alerts_interval_seconds: int = Field(60, ge=1, description="How often new vacancies are matched.")
    expiry_check_interval_seconds: int = Field(
        86_400, ge=1, description="How often past-deadline vacancies are closed."
    )
    digest_check_interval_seconds: int = Field(
        300, ge=1, description="How often due digests are looked for."
    )

    # Delivery
    send_rate_per_second: float = Field(30, gt=0, description="Overall sending rate limit.")
    per_chat_interval_seconds: float = Field(1.0, ge=0, description="Least time between two messages to one chat.")
    delivery_max_attempts: int = Field(5, ge=1, description="Tries for transient errors before a message fails.")
    delivery_poll_seconds: float = Field(1.0, gt=0, description="Idle wait of the delivery loop.")
    # Webhook mode (`jobbot run --webhook`) and several replicas
    webhook_url: str | None = Field(None, description="Public HTTPS URL Telegram posts updates to.")
    webhook_secret: SecretStr | None = Field(None, description="Secret token Telegram sends back.")
    webhook_host: str = Field("0.0.0.0", description="Address the webhook server listens on.")
    webhook_port: int = Field(8080, description="Port the webhook server listens on.")
    webhook_path: str = Field("/telegram/webhook", description="Path of the webhook endpoint.")
    replica_id: str | None = Field(None, description="Name of this process among replicas (default host-pid).")

    broadcast_progress_seconds: float = Field(3.0, ge=3.0, description="Least time between progress edits.")

    @field_validator("officer_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "1, 2,3" as well as a list, and reject anything that is not a Telegram id."""
        if isinstance(value, str):
            parts = [part.strip() for part in value.replace(";", ",").split(",")]
            return frozenset(int(part) for part in parts if part)
        return value

    @field_validator("bot_api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    def require_token(self) -> str:
        """The token as a plain string, or a clear error saying where to get one."""
        if self.bot_token is None or not self.bot_token.get_secret_value().strip():
            raise MissingTokenError(
                "BOT_TOKEN is not set. Get a token from @BotFather and put it in the environment "
                "or in a .env file: BOT_TOKEN=123456:ABC..."
            )
        return self.bot_token.get_secret_value().strip()

    def safe_database_url(self) -> str:
        """The database URL without its password, fit for a log line."""
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)
