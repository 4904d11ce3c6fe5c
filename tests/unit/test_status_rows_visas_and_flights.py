"""Visa and flight registers, and rows with a column per step: a visa's number or day is the visa step, a flight
already flown is the departure, a day still ahead is no step taken, a day without its year is the last such day."""

from __future__ import annotations

from datetime import date, timedelta

from bot.kz_time import kazakhstan_today
from bot.status_rows import parse_status_table, read_status_file
from bot.tabular import parse_date
from tests.data.vacancy_files import csv_bytes

TODAY = kazakhstan_today()  # the day a status date is judged against: Kazakhstan's, hours ahead of UTC


def _dmy(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _read(rows: list[list[str]]):
    table = read_status_file(csv_bytes(rows, delimiter=";"), "register.csv")
    assert table.error is None, table.error
    return table, parse_status_table(table)


def test_a_visa_register_gives_the_visa_step_on_its_day_and_a_flown_flight_the_departure() -> None:
    week_ago, yesterday = TODAY - timedelta(days=7), TODAY - timedelta(days=1)
    _, parsed = _read([
        ["Заявка", "Виза №", "Виза берілді", "Рейс", "Ұшып кету күні"],
        ["71", "E-55120", _dmy(week_ago), "", ""],
        ["72", "E-55121", _dmy(week_ago), "KC 911", _dmy(yesterday)],
    ])
    got = [(row.application_id, row.status, (row.occurred_at + timedelta(hours=5)).date()) for row in parsed.rows]
    assert got == [(71, "visa_issued", week_ago), (72, "departed", yesterday)]


def test_a_flight_booked_for_a_day_ahead_leaves_the_worker_at_the_visa() -> None:
    _, parsed = _read([
        ["App ID", "Visa", "Flight date"],
        ["73", "✓", _dmy(TODAY + timedelta(days=3))],
    ])
    assert [(row.status, row.occurred_at) for row in parsed.rows] == [("visa_issued", None)]


def test_a_step_whose_only_day_is_ahead_is_refused_naming_that_column() -> None:
    table, parsed = _read([
        ["App ID", "Interview date", "Offer date"],
        ["74", _dmy(TODAY + timedelta(days=2)), ""],
    ])
    [error] = parsed.errors
    assert error.code == "date_ahead" and table.labels[error.field] == "Interview date"


def test_a_status_dated_tomorrow_is_refused() -> None:
    _, parsed = _read([["№ заявки", "Статус", "Дата"], ["75", "Собеседование", _dmy(TODAY + timedelta(days=1))]])
    assert [(error.field, error.code) for error in parsed.errors] == [("occurred_at", "date_ahead")]


def test_a_step_under_way_is_no_step_taken() -> None:
    _, parsed = _read([
        ["№ заявки", "Контракт", "Виза"],
        ["76", "подписан", "в процессе"],
        ["77", "подписан", "ждём"],
        ["78", "подписан", "есть"],
    ])
    assert [row.status for row in parsed.rows] == ["contract_signed", "contract_signed", "visa_issued"]


def test_documents_accepted_is_the_qualification_check() -> None:
    _, parsed = _read([["№ заявки", "Документы приняты", "Собеседование"], ["79", _dmy(TODAY), ""]])
    assert [row.status for row in parsed.rows] == ["qualification_check"]


def test_a_day_without_its_year_is_the_last_such_day() -> None:
    new_year = date(2031, 1, 10)
    assert parse_date("28.12", behind=new_year) == date(2030, 12, 28)
    assert parse_date("5 қаңтар", behind=new_year) == date(2031, 1, 5)
    assert parse_date("29.02", behind=new_year) == date(2028, 2, 29)


def test_an_arrival_day_is_the_departure_and_a_visa_under_review_is_no_visa() -> None:
    yesterday = TODAY - timedelta(days=1)
    _, parsed = _read([
        ["№ заявки", "Контракт", "Виза", "Дата прилёта в Доху"],
        ["80", "✓", "на рассмотрении", ""],
        ["81", "✓", "✓", _dmy(yesterday)],
    ])
    assert [row.status for row in parsed.rows] == ["contract_signed", "departed"]


def test_a_flight_number_written_with_its_day_dates_the_departure() -> None:
    two_days_ago = TODAY - timedelta(days=2)
    _, parsed = _read([["Телефон", "Виза", "Рейс"], ["+7 701 555 44 11", "есть", f"KC 911, {two_days_ago:%d.%m}"]])
    [row] = parsed.rows
    assert (row.status, (row.occurred_at + timedelta(hours=5)).date()) == ("departed", two_days_ago)


def test_a_visas_expiry_or_application_day_is_no_step_taken() -> None:
    issued = TODAY - timedelta(days=4)
    _, parsed = _read([
        ["№ заявки", "Контракт подписан", "Дата подачи на визу", "Дата выдачи визы", "Срок действия визы",
         "Планируемая дата вылета"],
        ["82", "✓", _dmy(issued - timedelta(days=20)), _dmy(issued), _dmy(TODAY + timedelta(days=700)),
         _dmy(TODAY - timedelta(days=1))],
        ["83", "✓", _dmy(issued), "", "", ""],
    ])
    got = [(row.status, row.occurred_at and (row.occurred_at + timedelta(hours=5)).date()) for row in parsed.rows]
    assert got == [("visa_issued", issued), ("contract_signed", None)]


def test_documents_submitted_for_the_check_is_that_step() -> None:
    _, parsed = _read([["№ заявки", "Документы поданы на проверку", "Documents validated", "Собеседование"],
                       ["84", _dmy(TODAY), "", ""], ["85", "", _dmy(TODAY), ""]])
    assert [row.status for row in parsed.rows] == ["qualification_check", "qualification_check"]


def test_an_invitation_letter_column_is_the_offer_and_arrived_the_departure() -> None:
    _, parsed = _read([["Өтінім нөмірі", "Сұхбат", "Жұмысқа шақыру хаты", "Прибыл в Катар"],
                       ["86", _dmy(TODAY - timedelta(days=9)), _dmy(TODAY - timedelta(days=3)), ""],
                       ["87", "✓", "✓", _dmy(TODAY)]])
    assert [row.status for row in parsed.rows] == ["offer", "departed"]


def test_under_review_stays_a_step_in_a_status_cell() -> None:
    _, parsed = _read([["№ заявки", "Статус"], ["88", "На рассмотрении у работодателя"]])
    assert [row.status for row in parsed.rows] == ["employer_review"]
