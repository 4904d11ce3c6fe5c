"""An officer's status file naming people the bot does not know, an application under another vacancy's
code, and steps written as dates in columns: the preview names each refused row with its reason, and Apply
moves the rest."""

from __future__ import annotations

from tests.conftest import OFFICER_ID
from tests.data.status_files_4 import SEED_4
from tests.integration.test_status_file_set import seed, statuses


async def test_a_telegram_id_nobody_has_is_no_such_worker(make_client, database, i18n):
    await seed(database, SEED_4)
    data = ("Telegram ID;Vacancy;Stage\n"
            "5024;QA-2051;Visa issued\n"
            "4400112233;QA-2051;Interview\n"
            "4400112244;;Departed\n").encode()
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    t = i18n.translator("ru")

    [preview] = await officer.send_document("tg.csv", data, "text/csv")

    reason = t("status-import-reason", code="unknown_worker")
    assert f"строка 3, Telegram ID: {reason}" in preview.plain_text, preview.plain_text
    assert f"строка 4, Telegram ID: {reason}" in preview.plain_text
    assert t("status-import-reason", code="unknown_application") not in preview.plain_text
    await officer.click(t("btn-status-file-apply"))
    assert (await statuses(database))[1045] == "visa_issued"


async def test_an_application_under_another_vacancys_code_is_refused(make_client, database, i18n):
    await seed(database, SEED_4)
    data = "Өтінім / бос орын,Мәртебесі\n1042 / QA-2051,Сұхбат\n1046 / QA-2051,Келісімшартқа қол қойды\n".encode()
    officer = make_client(user_id=OFFICER_ID, language_code="kk")
    t = i18n.translator("kk")

    [preview] = await officer.send_document("жұп.csv", data, "text/csv")

    assert f"3-жол, Өтінім / бос орын: {t('status-import-reason', code='vacancy_mismatch')}" in preview.plain_text, \
        preview.plain_text
    await officer.click(t("btn-status-file-apply"))
    after = await statuses(database)
    assert (after[1042], after[1046]) == ("interview", "offer")


async def test_steps_as_dates_in_columns_are_applied(make_client, database, i18n):
    await seed(database, SEED_4)
    data = ("App ID,Qualification check,Interview,Offer,Visa\n"
            "1041,01.02.2026,,,\n"
            "1043,01.02.2026,05.02.2026,09.02.2026,\n").encode()
    officer = make_client(user_id=OFFICER_ID, language_code="en")
    t = i18n.translator("en")

    [preview] = await officer.send_document("pipeline.csv", data, "text/csv")

    assert t("status-preview-question") in preview.plain_text
    await officer.click(t("btn-status-file-apply"))
    after = await statuses(database)
    assert (after[1041], after[1043]) == ("qualification_check", "offer")


async def test_a_worker_is_found_by_whichever_of_his_two_phones_he_gave(make_client, database, i18n):
    await seed(database, SEED_4)
    data = ("ФИО;Телефон (РК);Телефон (Катар);Статус\n"
            "Нуртаев С.;8 701 000 99 88;+974 5512 3456;Вылетел\n"
            "Абенов К.;+7 747 333 00 66;+974 3300 1122;Вышел на работу\n").encode()
    officer = make_client(user_id=OFFICER_ID, language_code="ru")
    t = i18n.translator("ru")

    [preview] = await officer.send_document("два телефона.csv", data, "text/csv")

    assert t("status-preview-question") in preview.plain_text
    await officer.click(t("btn-status-file-apply"))
    after = await statuses(database)
    assert (after[1044], after[1047]) == ("departed", "employed")
