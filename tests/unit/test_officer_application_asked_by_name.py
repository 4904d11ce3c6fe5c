"""A worker's application asked of by their name: the bot finds workers by number or phone, so it says how, rather
than reading the name as an audience or guessing nothing."""

from bot.officer_commands import officer_tool_named, worker_sought_by_name


def test_an_application_asked_of_by_a_surname_is_a_worker_sought() -> None:
    assert worker_sought_by_name("где заявка Ахметовой Сауле")
    assert worker_sought_by_name("Ермеков Данияр өтінімі қай кезеңде")
    assert officer_tool_named("what happened to Saule Akhmetova's application") == "setstatus"


def test_an_application_asked_of_without_a_name_is_not_a_worker_sought() -> None:
    assert not worker_sought_by_name("где заявка, которую вчера загрузили")
