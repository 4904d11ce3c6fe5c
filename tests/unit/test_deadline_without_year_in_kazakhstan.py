"""A closing day written without its year («до 28.11») is the next such day from Kazakhstan's today, not the
server's: an officer in Astana after midnight, while UTC is still on the day before, means next year's 28
November when today's is already behind them."""

from __future__ import annotations

from datetime import date

import pytest

import bot.tabular
from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file


def deadline_of(cell: str) -> date | None:
    data = f"Title,Employer,Deadline\r\nWelder,Doha Steel Co.,{cell}\r\n".encode()
    [row] = parse_vacancy_table(read_vacancy_file(data, "jobs.csv")).rows
    return row.deadline


def test_a_day_already_behind_in_kazakhstan_is_next_years(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.tabular, "kazakhstan_today", lambda: date(2026, 11, 29))
    assert deadline_of("до 28.11") == date(2027, 11, 28)
    assert deadline_of("до 29.11") == date(2026, 11, 29)  # today in Kazakhstan is still open
    assert deadline_of("15 December") == date(2026, 12, 15)
