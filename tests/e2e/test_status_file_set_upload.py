"""Two files of the officers' status set sent to the bot as documents: previewed, then applied on Apply."""

from __future__ import annotations

from tests.conftest import OFFICER_ID
from tests.data.status_files import phone_of_two_applications, ru_title_row_xlsx
from tests.integration.test_status_file_set import seed, statuses
from tests.texts import plain

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_a_russian_workbook_with_a_title_is_previewed_then_applied(make_client, database, i18n):
    await seed(database)
    before = await statuses(database)
    file = ru_title_row_xlsx()
    t = i18n.translator("ru")
    officer = make_client(user_id=OFFICER_ID, language_code="ru")

    [preview] = await officer.send_document(file.name, file.data, XLSX)

    assert plain(t("status-preview-question")) in preview.plain_text
    assert await statuses(database) == before  # nothing moves before Apply
    await officer.click(t("btn-status-file-apply"))
    after = await statuses(database)
    assert [after[move.application_id] for move in file.moves] == [move.status for move in file.moves]


async def test_phone_rows_are_refused_by_row_and_column_and_the_good_one_applies(make_client, database, i18n):
    await seed(database)
    file = phone_of_two_applications()
    t = i18n.translator("en")
    officer = make_client(user_id=OFFICER_ID, language_code="en")

    [preview] = await officer.send_document(file.name, file.data, "text/csv")

    text = preview.plain_text
    assert "row 2, Телефон: this worker has several applications" in text
    assert "row 4, Телефон: no worker with this phone has applied" in text
    assert "row 5, Телефон: not a phone number" in text
    await officer.click(t("btn-status-file-apply"))
    assert (await statuses(database))[1022] == "interview"
    assert (await statuses(database))[1021] == "applied"


async def test_a_number_with_another_workers_phone_is_refused_in_the_officers_language(make_client, database, i18n):
    from tests.data.status_files_2 import SEED_2

    await seed(database, SEED_2)
    data = "Өтінім,Тел.,Мәртебесі\n1036,+7 747 555 00 11,Ұшып кетті\n1037,8 701 234 56 78,Виза берілді\n".encode()
    officer = make_client(user_id=OFFICER_ID, language_code="kk")

    [preview] = await officer.send_document("тексеру.csv", data, "text/csv")

    t = i18n.translator("kk")
    assert f"3-жол, Тел.: {plain(t('status-import-reason', code='phone_mismatch'))}" in preview.plain_text
    await officer.click(t("btn-status-file-apply"))
    after = await statuses(database)
    assert (after[1036], after[1037]) == ("departed", "offer")


def test_every_refusal_reason_reads_in_each_language(i18n):
    from bot.services.statuses import REASONS

    codes = {"missing", "missing_target", "not_a_number", "out_of_range", "bad_status", "bad_date", "bad_phone",
             "unknown_application", "unknown_target", "unknown_phone", "several_applications", "phone_mismatch",
             *REASONS}
    for language in ("ru", "kk", "en"):
        t = i18n.translator(language)
        assert [code for code in sorted(codes) if t("status-import-reason", code=code) == code] == []
