"""A totals line under the table, with what it counts named («Итого вакансий: 3», "TOTAL PAX", «Всего заявок 4»),
is left out like a bare «Итого»; a company whose name begins with the word is still a row. A form's row of
column numbers under its header («1 | 2 | 3 | …») is no row either."""

from __future__ import annotations

import pytest

from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file

HEAD = "№;Должность;Работодатель;Зарплата;Кол-во мест\r\n1;Каменщик;Al Khor Builders;1400;6\r\n"


@pytest.mark.parametrize("line", ["Итого мест: 6;;;;6", "TOTAL PAX;;;;6", "Всего вакансий 1;;;;", "Барлығы орын:;;;;6",
                                  "Total positions;;;;6"])
def test_a_totals_line_naming_what_it_counts(line: str) -> None:
    result = parse_vacancy_table(read_vacancy_file((HEAD + line + "\r\n").encode(), "v.csv"))
    assert [row.title for row in result.rows] == ["Каменщик"] and result.errors == []


def test_a_company_named_total_is_a_row() -> None:
    data = "Должность;Работодатель;Зарплата\r\nМаляр;Total Facilities W.L.L.;1300\r\n".encode()
    result = parse_vacancy_table(read_vacancy_file(data, "v.csv"))
    assert [row.employer for row in result.rows] == ["Total Facilities W.L.L."]


def test_a_row_of_column_numbers_under_the_header_is_no_vacancy() -> None:
    data = ("Р/с;Лауазымы;Жұмыс беруші;Жалақы;Орын саны\r\n1;2;3;4;5\r\n"
            "1;Тас қалаушы;Al Khor Builders;1400;6\r\n").encode()
    result = parse_vacancy_table(read_vacancy_file(data, "v.csv"))
    assert [row.title for row in result.rows] == ["Тас қалаушы"] and result.errors == []


def test_a_first_row_that_only_starts_like_numbers_is_kept() -> None:
    data = "№;Должность;Работодатель;Зарплата\r\n1;Каменщик;Al Khor Builders;1400\r\n".encode()
    assert [row.title for row in parse_vacancy_table(read_vacancy_file(data, "v.csv")).rows] == ["Каменщик"]
