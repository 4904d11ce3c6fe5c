import pytest

from bot.cli import main
from bot.settings import DEFAULT_DATABASE_URL, MissingTokenError, Settings


def test_defaults_need_no_service():
    settings = Settings(_env_file=None)
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.bot_api_url == "https://api.telegram.org"


def test_officer_ids_from_the_environment(monkeypatch):
    monkeypatch.setenv("OFFICER_IDS", "101, 202,303")
    monkeypatch.setenv("BOT_API_URL", "http://127.0.0.1:8081/")
    settings = Settings(_env_file=None)
    assert settings.officer_ids == frozenset({101, 202, 303})
    assert settings.bot_api_url == "http://127.0.0.1:8081"


def test_token_is_secret_and_required_to_run(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("BOT_TOKEN", raising=False)
    with pytest.raises(MissingTokenError, match="BotFather"):
        Settings(_env_file=None).require_token()
    settings = Settings(_env_file=None, bot_token="123:SECRET")
    assert "SECRET" not in repr(settings)
    monkeypatch.chdir(tmp_path)  # no .env file here
    assert main(["run"]) == 2
    assert "BOT_TOKEN is not set" in capsys.readouterr().err


def test_password_hidden_in_logs():
    settings = Settings(_env_file=None, database_url="postgresql+asyncpg://bot:hunter2@db/jobs")
    assert "hunter2" not in settings.safe_database_url()


def test_db_upgrade_creates_the_sqlite_file(tmp_path, monkeypatch, capsys):
    url = f"sqlite+aiosqlite:///{tmp_path / 'sub' / 'bot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    assert (tmp_path / "sub" / "bot.db").exists()
    assert main(["db", "upgrade"]) == 0
    assert "already up to date" in capsys.readouterr().out
