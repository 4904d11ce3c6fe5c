"""After the bot asked for a month's pay in riyals (one said in tenge or by the hour), a bare sum sent next
answers that question: it is offered as the new minimum pay with Save, in dollars at the fixed rate too. A bare
sum with no such question before it changes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.e2e.test_profile_words import saved, worker
from tests.texts import plain


@pytest.mark.parametrize(("lang", "asked", "answer", "riyals"), [
    ("ru", "хочу зарплату 380 тысяч тенге, измените", "ну 2700 тогда", 2700),
    ("kk", "жалақымды сағатына 14 риалға ауыстырыңыз", "3100", 3100),
    ("en", "set my pay to 12 riyals an hour", "650 dollars", 2366),
])
async def test_a_bare_sum_after_riyals_were_asked_is_offered(make_client, i18n, database, lang, asked, answer, riyals):
    user_id = 9760 + ["ru", "kk", "en"].index(lang)
    client, t = await worker(make_client, i18n, user_id, lang)
    await client.send(asked)
    assert client.last_text() == plain(t("profile-words-salary-in-riyals"))
    await client.send(answer)
    assert client.buttons() == [t("btn-pw-save"), t("btn-pw-cancel")]
    await client.click(t("btn-pw-save"))
    assert (await saved(database, user_id)).min_salary == Decimal(riyals)


async def test_a_bare_sum_without_the_question_changes_nothing(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 9765, "ru")
    await client.send("2700")
    assert t("btn-pw-save") not in client.buttons()
    assert (await saved(database, 9765)).min_salary == Decimal(2500)
