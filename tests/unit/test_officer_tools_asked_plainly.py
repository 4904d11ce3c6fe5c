"""Officer tools asked for as an office asks: the tool named first with what it is for («выгрузить отклики
за август по Актобе», "link to QA-7001 for our Instagram"), the office or the ministry that wants it («Акимат
просит цифры…», «Басшыдан: есеп керек»), a change's history («история изменений заявки 77», «кім өзгертті»),
a colleague to be let in («добавьте инспектора ЦЗН Сатпаева»), and a step for many applications at once,
which is the status file's work."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_tool_named


@pytest.mark.parametrize(
    ("typed", "tool"),
    [
        ("выгрузить отклики за август по Актобе в эксель", "export"),
        ("link to QA-7001 for our Instagram page", "link"),
        ("Акимат просит цифры за август", "stats"),
        ("Fwd: есеп\nБасшыдан: шілде бойынша есеп керек", "stats"),
        ("история изменений заявки 77", "audit"),
        ("77 өтінімді кім ауыстырды", "audit"),
        ("change history for app 77", "audit"),
        ("кто изменял этап у заявки 78", "audit"),
        ("добавьте инспектора ЦЗН Сатпаева в бот", "officers"),
        ("please add our new officer from Taraz", "officers"),
        ("как массово поменять статусы", "files"),
        ("көп өтінімнің мәртебесін қалай ауыстырамын", "files"),
        ("how to set a status for multiple applications", "files"),
        ("как поменять статус заявки", "setstatus"),  # one at a time is still /setstatus
    ],
)
def test_a_tool_asked_for_as_an_office_asks(typed: str, tool: str) -> None:
    assert officer_tool_named(typed) == tool


@pytest.mark.parametrize(
    "typed",
    [
        "the export is still running",
        "выгрузка ещё висит",
        "руководитель просил выгрузку к обеду, кто делает?",
        "Асель, ссылка на QA-7001 ещё работает?",
    ],
)
def test_a_tool_spoken_of_among_colleagues_is_not_asked_for(typed: str) -> None:
    assert officer_tool_named(typed) is None


def test_two_tools_named_first_are_not_guessed_between() -> None:
    assert officer_tool_named("выгрузка и статистика за август по Таразу") is None
    assert officer_tool_named("выгрузить отклики за август в Excel") == "export"  # Excel is the export's own
