"""Vacancy files and status files come to the same chat: what tells them apart."""

from __future__ import annotations

from bot.services.vacancy_import import is_status_file
from bot.status_rows import read_status_file
from bot.vacancy_rows import read_upload
from tests.data.vacancy_files import csv_bytes


def _is_status(rows: list[list[str]]) -> bool:
    data = csv_bytes(rows)
    return is_status_file(read_upload(data, "f.csv")) or is_status_file(read_status_file(data, "f.csv"))


def test_numbered_vacancies_with_their_state_are_a_vacancy_list() -> None:
    assert not _is_status([["id", "title", "employer", "status"], ["7001", "Rigger", "Gulf Lift", "open"],
                           ["7002", "Welder", "Gulf Lift", "closed"]])


def test_application_numbers_with_steps_beside_the_job_are_a_status_file() -> None:
    assert _is_status([["№ заявки", "Должность", "Работодатель", "Статус"],
                       ["1021", "Сварщик", "Gulf Lift", "Собеседование"]])


def test_vacancy_codes_with_their_state_alone_are_changes_to_vacancies() -> None:
    assert not _is_status([["Код вакансии", "Статус"], ["GL-1", "Приостановлена"], ["GL-2", "Набор продлён"]])
    assert _is_status([["Код вакансии", "Статус"], ["GL-1", "Виза выдана"]])
