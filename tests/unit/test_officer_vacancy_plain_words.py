"""A vacancy closed or its deadline moved in plain words, as an officer says it in a hurry, goes to the vacancy
file (the only way the bot changes a vacancy); the same words told of an employer ask nothing."""

from bot.officer_commands import applications_listed, officer_tool_named


def test_a_vacancy_said_to_be_wanted_no_more_is_its_closing_asked() -> None:
    assert officer_tool_named("QA-7001 уже неактуальна") == "files"
    assert officer_tool_named("QA-7002 бос орны өзекті емес") == "files"
    assert officer_tool_named("QA-7003 no longer needed") == "files"


def test_a_vacancy_being_closed_or_to_be_closed_is_its_closing_asked() -> None:
    assert officer_tool_named("сегодня закрываем QA-7004") == "files"
    assert officer_tool_named("QA-7005 бүгін жабылсын") == "files"
    assert officer_tool_named("take down QA-7006 please") == "files"


def test_a_deadline_moved_in_plain_words_is_the_vacancy_file_work() -> None:
    assert officer_tool_named("QA-7007 срок переносим на пятницу") == "files"
    assert officer_tool_named("QA-7008 мерзімін екі аптаға шегеріңіз") == "files"
    assert officer_tool_named("push the deadline of QA-7009 by 3 days") == "files"


def test_an_employer_closing_its_vacancy_is_told_of_not_asked() -> None:
    assert officer_tool_named("работодатель закрыл QA-7010") is None


def test_a_list_said_to_be_all_of_a_run_is_still_opened_one_by_one() -> None:
    assert applications_listed("по списку 3501-3503 отказ") == ["3501", "3502", "3503"]
