"""The bot's log never names a worker: no Telegram id, name or phone, even when something fails."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import create_engine
from tests.e2e.test_jobs import add_vacancy, welder
from tests.texts import plain

WORKER_ID = 987_654_321
PERSONAL = (str(WORKER_ID), "Aidos", "Serikbayev", "7011234567")
# The bot's own loggers and the libraries it logs through (not the fake Telegram's).
BOT_LOGGERS = ("bot", "handlers", "db", "matching", "aiogram", "sqlalchemy", "aiohttp")


def _logged_text(caplog: pytest.LogCaptureFixture) -> str:
    records = [r for r in caplog.records if r.name.split(".")[0] in BOT_LOGGERS]
    assert records, "nothing was logged at all: the check below would prove nothing"
    return "\n".join(caplog.handler.format(record) for record in records)


async def test_registering_searching_and_applying_logs_nothing_personal(make_client, i18n, database, caplog):
    caplog.set_level(logging.DEBUG)
    await add_vacancy(database, title="MIG Welder")
    client = await welder(make_client, i18n, "en", user_id=WORKER_ID)
    t = i18n.translator("en")
    await client.send("/jobs")
    await client.click(t("btn-jobs-details", n=1))
    await client.click(t("btn-apply"))
    assert client.last_text() == plain(t("apply-created", title="MIG Welder"))

    logged = _logged_text(caplog)
    assert "application to vacancy" in logged  # the apply was logged, without its worker
    for value in PERSONAL:
        assert value not in logged


async def test_a_failed_statement_keeps_its_values_out_of_the_error(sqlite_url):
    """A failed update logs its error; a database error would otherwise quote every value it was given."""
    engine = create_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            with pytest.raises(DBAPIError) as failure:
                await connection.execute(text("INSERT INTO no_such_table VALUES (:phone)"), {"phone": "+77011234567"})
    finally:
        await engine.dispose()
    assert "no_such_table" in str(failure.value)
    assert "7011234567" not in str(failure.value)
