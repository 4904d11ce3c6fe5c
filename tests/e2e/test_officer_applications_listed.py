"""Several applications named for one step («3 и 4 — на собеседование»): the first is opened with its step
buttons, and the officer is told which come next and that a status file changes many at once; nothing is
changed for the others unseen."""

from __future__ import annotations

from tests.conftest import OFFICER_ID
from tests.e2e.test_status_flow import add_application, dispatcher, settings, status_of  # noqa: F401
from tests.texts import plain


async def test_applications_listed_for_one_step_open_one_at_a_time(make_client, database, i18n):
    first = await add_application(database, user_id=4101, external_id="QA-71")
    second = await add_application(database, user_id=4102, external_id="QA-72")
    third = await add_application(database, user_id=4103, external_id="QA-73")
    t = i18n.translator("ru")
    officer = make_client(user_id=OFFICER_ID, language_code="ru")

    await officer.send(f"заявки {first}, {second} и {third} — на собеседование")
    panel, told = officer.messages()[-2:]
    assert f"#{first}" in panel.plain_text
    assert told.plain_text == plain(t("officer-applications-listed", numbers=f"{second}, {third}"))
    assert [await status_of(database, number) for number in (first, second, third)] == ["applied"] * 3

    await officer.send(f"заявка {second}")  # the next one, as told
    assert f"#{second}" in officer.last_text()


async def test_one_application_named_says_nothing_of_others(make_client, database, i18n):
    only = await add_application(database, user_id=4101, external_id="QA-74")
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    await officer.send(f"application {only} — interview")
    assert f"#{only}" in officer.last_text()
    assert not any("first of the applications" in message.plain_text for message in officer.messages())


async def test_a_range_of_applications_tells_every_one_in_it_as_next(make_client, database, i18n):
    numbers = [await add_application(database, user_id=4110 + n, external_id=f"QA-8{n}") for n in range(4)]
    first, last = numbers[0], numbers[-1]
    assert numbers == list(range(first, last + 1))  # numbered one after another, as a range is typed
    t = i18n.translator("ru")
    officer = make_client(user_id=OFFICER_ID, language_code="ru")

    await officer.send(f"с {first} по {last} виза выдана")
    panel, told = officer.messages()[-2:]
    assert f"#{first}" in panel.plain_text
    assert told.plain_text == plain(t("officer-applications-listed", numbers=", ".join(map(str, numbers[1:]))))
