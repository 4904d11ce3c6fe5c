"""A worker who tells a change and asks a search in one message («переехал в Актобе, есть там вакансии?») is
offered the change with Save and told to send the question again once it is settled; a pay asked of the
vacancies («минимум 2 тысячи риалов в месяц, Лусаил») offers no change of the profile's pay."""

from __future__ import annotations

from decimal import Decimal

from tests.e2e.test_profile_words import saved, worker
from tests.texts import plain


async def test_a_move_with_a_search_after_it_is_offered_and_the_search_left_for_later(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 9791, "ru")
    await client.send("переехал в Актобе, есть там вакансии?")
    assert plain(t("pw-asked-after")) in client.last_text()
    await client.click(t("btn-pw-save"))
    assert (await saved(database, 9791)).region == "aktobe"


async def test_a_move_alone_is_offered_without_the_note(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 9792, "en")
    await client.send("I moved to Aktobe")
    assert plain(t("pw-asked-after")) not in client.last_text()
    assert t("btn-pw-save") in client.buttons()


async def test_a_pay_asked_of_the_vacancies_in_a_town_changes_no_pay(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 9793, "ru")
    await client.send("минимум 2 тысячи риалов в месяц, Лусаил")
    assert t("btn-pw-save") not in client.buttons()
    assert (await saved(database, 9793)).min_salary == Decimal(2500)
