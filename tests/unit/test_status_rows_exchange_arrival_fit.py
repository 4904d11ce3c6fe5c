"""Status files from the visa centre, an employer in Qatar and the labour exchange, read as the officer meant them:
an all-FIT medical list answered as a whole, an arrival confirmation's days, the exchange's own words, a refusal
with its reason."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.i18n import I18n
from bot.kz_time import kazakhstan_today
from bot.services.status_import import only_medically_fit
from bot.services.statuses import status_names
from bot.status_rows import parse_status_table, read_status_file
from tests.data.vacancy_files import csv_bytes
from tests.workbooks import workbook


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    return status_names(I18n())


def _parsed(data: bytes, name: str, names: dict[str, str]):
    table = read_status_file(data, name)
    assert table.error is None, table.error
    return table, parse_status_table(table, names)


def _day(days: int) -> date:
    return kazakhstan_today() - timedelta(days=days)


def test_a_medical_list_of_fit_only_is_answered_whole(names) -> None:
    rows = [["Passport No.", "Mobile", "Medical Date", "Medical Status"],
            ["N1", "+7 701 880 16 05", _day(3), "FIT"], ["N2", "+7 747 880 16 18", _day(3), "Fit"]]
    table, parsed = _parsed(workbook(rows), "QVC medical.xlsx", names)
    assert only_medically_fit(table, parsed.rows, parsed.errors)


def test_a_russian_commissions_list_of_fit_only_is_answered_whole(names) -> None:
    rows = [["№", "ФИО", "Телефон", "Дата осмотра", "Заключение"], [1, "Касенов Е.", "+7 705 880 16 05", _day(3), "годен"],
            [2, "Ибрагимова С.", "87478801618", _day(3), "Годна"]]
    table, parsed = _parsed(workbook(rows), "Заключения.xlsx", names)
    assert only_medically_fit(table, parsed.rows, parsed.errors)


def test_a_medical_list_with_an_unfit_is_read_row_by_row(names) -> None:
    rows = [["Passport No.", "Mobile", "Medical Date", "Medical Status"],
            ["N1", "+7 701 880 16 05", _day(3), "FIT"], ["N2", "+7 747 880 16 18", _day(3), "UNFIT"]]
    table, parsed = _parsed(workbook(rows), "QVC medical.xlsx", names)
    assert [row.status for row in parsed.rows] == ["rejected"]
    assert not only_medically_fit(table, parsed.rows, parsed.errors)


def test_fit_in_a_list_that_is_no_medical_is_not_answered_as_one(names) -> None:
    rows = [["Phone", "Status"], ["+7 701 880 16 05", "fit"]]
    table, parsed = _parsed(csv_bytes(rows), "statuses.csv", names)
    assert not only_medically_fit(table, parsed.rows, parsed.errors)


def test_an_arrival_confirmation_gives_the_departure_and_work_begun(names) -> None:
    rows = [["S.No", "Name as per Passport", "MoL Ref", "Date of Arrival", "Flight No.", "QID Status",
             "Date of Joining"],
            [1, "DOSMAGAMBETOV RUSLAN", "MOL/1607", _day(12), "QR 392", "Under process", None],
            [2, "ALPYSBAYEV GANI", "MOL/1609", _day(16), "QR 392", "Issued", _day(5)],
            [3, "MUSTAFIN ILYAS", "MOL/1611", None, "TBA", "", None]]
    _, parsed = _parsed(workbook(rows), "Arrival confirmation.xlsx", names)
    got = {row.application_id: (row.status, (row.occurred_at + timedelta(hours=5)).date()) for row in parsed.rows}
    assert got == {1607: ("departed", _day(12)), 1609: ("employed", _day(5))}


def test_a_day_header_of_five_words_names_its_step(names) -> None:
    rows = [["Ref No", "Name", "Date of arrival in Doha"], [1607, "A", _day(10)], [1609, "B", None]]
    _, parsed = _parsed(workbook(rows), "arrivals.xlsx", names)
    assert [(row.application_id, row.status) for row in parsed.rows] == [(1607, "departed")]


@pytest.mark.parametrize(("cell", "step"), [
    ("Отклик отозван соискателем", "withdrawn"),
    ("Заявка отозвана", "withdrawn"),
    ("отказ, документтері толык емес", "rejected"),
    ("Отказ, документы неполные", "rejected"),
    ("Отказ: нет опыта", "rejected"),
    ("Rejected (medical)", "rejected"),
    ("تم التعاقد", "contract_signed"),
    ("تم إصدار الفيزا", "visa_issued"),
    ("رفض", "rejected"),
    ("Жұмысқа қабылданбады", "rejected"),
])
def test_the_exchanges_and_offices_words(names, cell: str, step: str) -> None:
    rows = [["№ заявки", "Статус"], [1601, cell]]
    _, parsed = _parsed(csv_bytes(rows), "s.csv", names)
    assert [row.status for row in parsed.rows] == [step]


@pytest.mark.parametrize("cell", ["Собеседование, затем отказ", "Отказ, затем виза выдана", "Отказ, ждёт визу",
                                  "Жұмысқа қабылданды"])
def test_a_refusal_beside_another_step_stays_refused(names, cell: str) -> None:
    rows = [["№ заявки", "Статус"], [1601, cell]]
    _, parsed = _parsed(csv_bytes(rows), "s.csv", names)
    assert not parsed.rows and parsed.errors


def test_the_vacancys_number_in_kazakh_finds_one_of_two_applications(names) -> None:
    rows = [["Байланыс телефоны", "Бос орын нөмірі", "Өтінім мәртебесі"], ["87008801612", "QA-4701", "Сұхбатқа шақырылды"]]
    _, parsed = _parsed(csv_bytes(rows, delimiter=";"), "otklik.csv", names)
    assert [(row.external_id, row.status) for row in parsed.rows] == [("QA-4701", "interview")]
