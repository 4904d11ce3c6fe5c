"""Status files move applications along; a wrong row must never reach a worker as a notification."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.status_rows import (
    STATUS_CODES,
    RowError,
    StatusRow,
    parse_status_row,
    parse_status_table,
    read_status_file,
)

from bot.services.statuses import status_names  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "statuses_example.csv"


def error_of(row: dict[str, str]) -> RowError:
    with pytest.raises(RowError) as caught:
        parse_status_row(row, 4)
    return caught.value


def test_row_by_application_id():
    row = parse_status_row({"application_id": "1021", "status": "interview", "note": " Call at 11 "}, 2)
    assert row == StatusRow(status="interview", application_id=1021, note="Call at 11", row=2)


def test_row_by_worker_and_vacancy():
    row = parse_status_row({"telegram_id": "412345678", "external_id": "QA-1", "status": "offer"}, 2)
    assert (row.application_id, row.telegram_id, row.external_id) == (None, 412345678, "QA-1")


@pytest.mark.parametrize("typed", ["Contract signed", "CONTRACT-SIGNED", " contract_signed "])
def test_status_as_typed_in_a_spreadsheet(typed):
    assert parse_status_row({"application_id": "1", "status": typed}, 2).status == "contract_signed"


def test_every_status_code_is_accepted():
    for code in STATUS_CODES:
        assert parse_status_row({"application_id": "1", "status": code}, 2).status == code


@pytest.mark.parametrize(
    "value,expected",
    [
        # naive times are Kazakhstan time, UTC+5
        ("2026-11-25T10:30:00", datetime(2026, 11, 25, 5, 30, tzinfo=timezone.utc)),
        ("2026-11-25 10:30", datetime(2026, 11, 25, 5, 30, tzinfo=timezone.utc)),
        ("2026-11-25", datetime(2026, 11, 24, 19, 0, tzinfo=timezone.utc)),
        ("2026-11-25T10:30:00+03:00", datetime(2026, 11, 25, 7, 30, tzinfo=timezone.utc)),
        ("2026-11-25T10:30:00Z", datetime(2026, 11, 25, 10, 30, tzinfo=timezone.utc)),
    ],
)
def test_occurred_at_is_stored_in_utc(value, expected):
    row = parse_status_row({"application_id": "1", "status": "offer", "occurred_at": value}, 2)
    assert row.occurred_at == expected
    assert row.occurred_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize(
    "row,field,code",
    [
        ({"status": "offer"}, "application_id", "missing_target"),
        ({"external_id": "QA-1", "status": "offer"}, "application_id", "missing_target"),
        ({"application_id": "abc", "status": "offer"}, "application_id", "not_a_number"),
        ({"application_id": "-3", "status": "offer"}, "application_id", "negative"),
        ({"telegram_id": "4.5", "external_id": "QA-1", "status": "offer"}, "telegram_id", "not_a_number"),
        ({"application_id": "1", "status": ""}, "status", "missing"),
        ({"application_id": "1", "status": "hired"}, "status", "bad_status"),
        ({"application_id": "1", "status": "offer", "occurred_at": "вчера"}, "occurred_at", "bad_date"),
        ({"application_id": "1", "status": "offer", "occurred_at": "2026-02-31"}, "occurred_at", "bad_date"),
        ({"application_id": "1", "status": "offer", "occurred_at": "2026-11-25T25:00"},
         "occurred_at", "bad_date"),
        ({"application_id": "1", "status": "offer", "note": "n" * 1001}, "note", "too_long"),
    ],
)  # fmt: skip
def test_bad_rows(row, field, code):
    error = error_of(row)
    assert (error.row, error.field, error.code) == (4, field, code)


def test_table_keeps_good_rows_and_reports_bad_ones():
    data = b"application_id;status\n1;offer\n2;hired\n1;contract_signed\n"
    result = parse_status_table(read_status_file(data, "statuses.csv"))
    assert [(r.application_id, r.status) for r in result.rows] == [(1, "offer"), (1, "contract_signed")]
    assert [(e.row, e.code) for e in result.errors] == [(3, "bad_status")]


@pytest.mark.parametrize(
    "header,error",
    [
        ("telegram_id,external_id,status", None),
        ("application_id,status", None),
        ("status,note", "missing_columns:application_id"),
        ("telegram_id,status", None),  # a Telegram id alone names its worker's one application
        ("application_id,note", "missing_columns:status"),
    ],
)
def test_status_file_needs_a_way_to_find_the_application(header, error):
    data = f"{header}\n{','.join('1' for _ in header.split(','))}\n".encode()
    assert read_status_file(data, "s.csv").error == error


def test_example_file_parses_without_errors():
    result = parse_status_table(read_status_file(EXAMPLE.read_bytes(), EXAMPLE.name))
    assert result.errors == []
    assert len(result.rows) >= 5
    assert all(row.occurred_at is None or row.occurred_at.tzinfo is not None for row in result.rows)


def test_a_status_may_be_named_as_the_bot_shows_it(i18n):
    from bot.services.statuses import status_names

    names = status_names(i18n)
    for typed, code in [("Виза выдана", "visa_issued"), ("ВИЗА", "visa_issued"), ("visa", "visa_issued"),
                        ("Собеседование", "interview"), ("Келісімшартқа қол қойылды", "contract_signed"),
                        ("Departed to Qatar", "departed"), ("Проверка квалификации", "qualification_check"),
                        # a name the bot showed before, and officers' own words
                        ("Кері қайтарылды", "withdrawn"), ("Катарға жолға шықтыңыз", "departed"),
                        ("ОТКАЗ", "rejected"), ("Вылетел", "departed")]:
        assert parse_status_row({"application_id": "1", "status": typed}, 2, names).status == code
    # "Contract signed" and "Contract ended early" share their first word: it names neither.
    for unclear in ("contract", "договор", "Not", "hired", "Трудоустроен"):
        with pytest.raises(RowError) as caught:
            parse_status_row({"application_id": "1", "status": unclear}, 2, names)
        assert caught.value.code == "bad_status"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Собеседование пройдено", "interview"),
        ("Contract signed by worker", "contract_signed"),
        ("Visa ready", "visa_issued"),
        ("Визасы дайын", "visa_issued"),
        ("Назначено собеседование", "interview"),
        ("Ұшып кетті", "departed"),
        ("Қабылданбады", "rejected"),
    ],
)
def test_officers_words_for_a_step(text, code, i18n):
    row = parse_status_row({"application_id": "1", "status": text}, 2, status_names(i18n))
    assert row.status == code


@pytest.mark.parametrize("text", ["Собеседование не пройдено", "Interview cancelled", "Трудоустроен", "hired",
                                  "В работе"])
def test_a_word_that_could_mean_another_step_is_refused(text, i18n):
    with pytest.raises(RowError) as caught:
        parse_status_row({"application_id": "1", "status": text}, 2, status_names(i18n))
    assert (caught.value.field, caught.value.code) == ("status", "bad_status")


@pytest.mark.parametrize("text", ["Не прошёл медкомиссию", "не прошла проверку квалификации", "Не допущен к работе",
                                  "Failed medical", "did not pass the trade test", "Медициналық тексеруден өте алмады"])
def test_a_check_failed_is_a_rejection(text, i18n):
    assert parse_status_row({"application_id": "1", "status": text}, 2, status_names(i18n)).status == "rejected"


@pytest.mark.parametrize("raw", ["+7 701 123 45 67", "8 (701) 123-45-67", "7011234567", "77011234567"])
def test_a_row_names_its_application_by_the_workers_phone(raw):
    row = parse_status_row({"phone": raw, "status": "offer"}, 2)
    assert row.phone == "+77011234567" and row.application_id is None


def test_a_number_written_with_its_sign_and_dates_as_officers_write_them():
    row = parse_status_row({"application_id": "№ 12", "status": "offer", "occurred_at": "20.11.2026 14:30"}, 2)
    assert row.application_id == 12 and row.occurred_at == datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def test_a_status_table_is_found_under_a_title_with_russian_headers():
    data = "Статусы на 20.11.2026\n\n№ заявки;ФИО;Статус;Дата;Комментарий\n12;Ахметов;Отказ;20.11.2026;\n".encode()
    table = read_status_file(data, "s.csv")
    assert table.error is None and table.rows[0][0] == 4
    assert table.labels["application_id"] == "№ заявки" and table.rows[0][1]["status"] == "Отказ"


# ---- other offices' spelling: Kazakh without its letters, shorthand, words around a step ----------------

@pytest.mark.parametrize(
    "text,code",
    [
        ("Viza berildi", "visa_issued"),  # keyboard Latin
        ("Suhbatqa shaqyryldy", "interview"),
        ("Kelisimshartqa qol qoiyldy", "contract_signed"),  # a name the bot shows, in Latin letters
        ("Кабылданбады", "rejected"),  # Russian letters for Kazakh ones, as Windows-1251 saves it
        ("Оқушы емес, жұмысқа кірісті", None),  # a negating word: nothing is guessed
        ("Кандидатка отказалась", "withdrawn"),  # the verb last
        ("Работодатель: отказ", "rejected"),
        ("Отказ кандидата", "withdrawn"),  # not the employer's refusal
        ("Контр. подписан", "contract_signed"),  # a word cut short
        ("Ожидает визу", None),  # a step awaited is not reached
        ("Собеседование, затем отказ", None),  # starts as one step, ends as another
        ("Оффер: подписан и отправлен", "offer"),
    ],
)
def test_steps_as_other_offices_write_them(text, code, i18n):
    if code is None:
        with pytest.raises(RowError):
            parse_status_row({"application_id": "1", "status": text}, 2, status_names(i18n))
    else:
        assert parse_status_row({"application_id": "1", "status": text}, 2, status_names(i18n)).status == code


@pytest.mark.parametrize(
    "header,column",
    [
        ("Telefon nömırı", "phone"), ("Otinish nomiri", "application_id"), ("Tusinikteme", "note"),
        ("Мартебеси", "status"), ("Примечаниe", "note"), ("Статуc заявки", "status"),
        ("Тел. моб.", "phone"),  # not a typo of a listed header, but it names the worker's phone in other words
    ],
)
def test_headers_in_kazakh_latin_with_russian_letters_or_misspelt(header, column):
    from bot.status_rows import STATUS_HEADER_ALIASES
    from bot.tabular import header_key

    assert STATUS_HEADER_ALIASES.get(header_key(header)) == column


def test_a_number_after_the_word_for_application_and_a_date_with_its_year_mark():
    row = parse_status_row({"application_id": "Өтініш № 77", "status": "offer", "occurred_at": "1.2.2026г."}, 2)
    assert row.application_id == 77 and row.occurred_at == datetime(2026, 1, 31, 19, 0, tzinfo=timezone.utc)


def test_a_bare_reference_column_of_numbers_names_the_application():
    table = read_status_file(b"Reference;Stage\n#501;Interview\n502;Job offer\n", "refs.csv")
    assert table.error is None and [row["application_id"] for _, row in table.rows] == ["#501", "502"]
    assert table.labels["application_id"] == "Reference"


def test_a_reference_column_of_portal_numbers_beside_a_phone_stays_the_vacancy():
    table = read_status_file(b"Ref No,Phone,Status\nQA-2026-7,87011234567,Offer\n", "refs.csv")
    assert table.rows[0][1]["external_id"] == "QA-2026-7"


def test_a_header_whose_first_line_groups_the_second():
    data = ("Жұмысшы,,Өтінім,,Мәртебе\nАты-жөні,Телефоны,№,Бос орын,Жаңасы\n"
            "Сапаров Қ.,87015550000,88,QA-3,Сұхбат\n").encode()
    table = read_status_file(data, "two lines.csv")
    assert table.error is None and table.rows[0][1]["application_id"] == "88"
    assert table.rows[0][1]["status"] == "Сұхбат" and table.labels["application_id"] == "Өтінім №"


def test_a_phone_beside_the_number_is_kept_and_a_broken_one_leaves_the_number_alone():
    assert parse_status_row({"application_id": "5", "phone": "8 777 000 11 22", "status": "offer"}, 2).phone == "+77770001122"
    assert parse_status_row({"application_id": "5", "phone": "нет", "status": "offer"}, 2).phone is None
