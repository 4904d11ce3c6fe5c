"""A file with nothing to import gets the answer that it has no rows, not that it cannot be read."""

from __future__ import annotations

from bot.vacancy_rows import read_vacancy_file


def test_an_empty_list_under_a_key_is_a_file_with_no_rows() -> None:
    assert read_vacancy_file(b'{"vacancies": []}', "feed.json").error == "empty"
    assert read_vacancy_file(b'{"meta": {"count": 0}, "items": []}', "feed.json").error == "empty"
    assert read_vacancy_file(b'{"note": "nothing"}', "feed.json").error == "unreadable"

