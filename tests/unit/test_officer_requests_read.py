"""Officers' requests in words that name no audience to count: a vacancy to be changed, which the vacancy file
does, and reports broken down by what the statistics tabulate, or asked for an oblast over a period."""

from __future__ import annotations

import pytest

from bot.officer_commands import officer_tool_named, vacancy_change_asked


@pytest.mark.parametrize(
    "said",
    [
        "закройте, пожалуйста, QA-4501",
        "QA-4502 снять с портала",
        "продлить вакансию QA-4503 ещё на две недели",
        "поменяйте срок по QA 4504 на 01.09",
        "QA-4505 бос орнын жабыңыз",
        "QA-4506 орын санын 15-ке өтінемін өзгертіңіз",
        "could you close QA-4507",
        "extend QA-4508 by a week please",
        "how can I reopen a vacancy",
    ],
)
def test_a_vacancy_to_change_is_the_vacancy_files_work(said: str) -> None:
    assert vacancy_change_asked(said), said
    assert officer_tool_named(said) == "files", said


@pytest.mark.parametrize(
    "said",
    [
        "работодатель продлил QA-4503 до сентября",  # told of, not asked
        "QA-4501 закрыли ещё вчера",
        "the employer wants to close QA-4507",
        "закройте заявки по QA-4501",  # the applications, not the vacancy
        "кто откликнулся на QA-4501",
    ],
)
def test_a_vacancy_told_of_or_its_applicants_are_no_change(said: str) -> None:
    assert not vacancy_change_asked(said), said


@pytest.mark.parametrize(
    "said",
    [
        "сводка по этапам",
        "покажи отчёт по профессиям за месяц",
        "статистика в разрезе регионов",
        "мамандықтар бойынша есеп",
        "report by stage for last month",
        "registrations per week",
        "отчёт по Жамбылской обл. за май",
    ],
)
def test_a_report_broken_down_or_for_an_oblast_over_a_period_is_the_statistics(said: str) -> None:
    assert officer_tool_named(said) == "stats", said


def test_a_report_on_some_workers_is_still_their_count() -> None:
    assert officer_tool_named("статистика по поварам") is None  # counted as an audience, as before


def test_hotel_housekeepers_are_the_hotels_not_a_households() -> None:
    from bot.broadcast_audience import read_audience

    assert read_audience("hotel housekeepers from Aktau", {}).value == "9112"  # had been domestic housekeepers, 5152
    assert read_audience("housekeepers in hotels", {}).value == "9112"
    assert read_audience("domestic housekeepers", {}).value == "5152"  # a household's are still theirs


@pytest.mark.parametrize(
    ("said", "audience", "text"),
    [
        ("QA-4510 вакансиясына өтінім бергендерге: сұхбат ертең", "QA-4510", "сұхбат ертең"),
        ("кандидатам по вакансии QA-4511 сообщите: приезжайте к 9", "QA-4511", "приезжайте к 9"),
        ("барлық аспаздарға Ақтау бойынша: ертең жиналыс", None, "ертең жиналыс"),
        ("visa holders pls razoshlite: flight on Friday", None, "flight on Friday"),
    ],
)
def test_an_announcement_headed_by_a_vacancys_applicants_or_a_kazakh_dative_is_read(
    said: str, audience: str | None, text: str
) -> None:
    from bot.broadcast_audience import broadcast_for
    from bot.officer_commands import portal_number

    request = broadcast_for(said)
    assert request is not None, said
    assert (request.said or said.partition(":")[2].strip()) == text
    if audience:
        assert portal_number(request.audience) == audience


def test_dictated_requests_are_read_as_typed_ones() -> None:
    from bot.broadcast_audience import broadcast_for, read_audience
    from bot.officer_commands import portal_number

    # a portal number dictated by its letters' names
    assert portal_number("кто откликнулся на кью эй 4512") == "QA-4512"
    assert portal_number("Q A 4513 applicants") == "QA-4513"
    # a Kazakh case ending written apart from its word by a phone's dictation
    request = broadcast_for("шымкент тегі аспаз дарға жіберіңіз сұхбат ертең деп")
    assert request is not None and read_audience(request.audience, {}).value == "5120"
    assert read_audience(request.audience, {}).region == "shymkent"


def test_the_employer_addressed_is_no_audience_of_workers() -> None:
    from bot.broadcast_audience import broadcast_for

    assert broadcast_for("напиши работодателю что документы готовы") is None
    assert broadcast_for("tell the employer that the visas are ready") is None


def test_a_polite_imperative_dictated_in_two_still_asks() -> None:
    from bot.broadcast_audience import broadcast_for, read_audience

    request = broadcast_for("отправь те всем с оффером что договор надо подписать до пятницы")
    assert request is not None and request.said == "договор надо подписать до пятницы"
    assert read_audience(request.audience, {"offer": "Оффер"}).understood


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("Исправление: разошлите поварам Актау: сбор не в 9, а в 10", "сбор не в 9, а в 10"),
        ("Ошибка в прошлом сообщении! Отправьте всем с оффером: договор до 30.07", "договор до 30.07"),
        ("в последней рассылке опечатка — разошлите всем в Мангистау: сбор в 10", "сбор в 10"),
    ],
)
def test_a_correction_told_first_sends_the_corrected_text(said: str, text: str) -> None:
    from bot.broadcast_audience import broadcast_for, read_audience

    request = broadcast_for(said)
    assert request is not None, said
    assert (request.said or said.partition(":")[2].strip()) == text  # as the announcement's preview shows it
    assert read_audience(request.audience, {"offer": "Оффер"}).understood


def test_figures_asked_by_week_or_step_are_the_statistics() -> None:
    from bot.broadcast_audience import figures_asked, how_many_asked

    assert figures_asked(how_many_asked("сколько заявок по неделям") or "")
    assert figures_asked(how_many_asked("сколько человек на каждом этапе") or "")


def test_a_day_to_send_by_is_sent_now_and_another_channel_is_not_this_one() -> None:
    from bot.broadcast_audience import broadcast_for, broadcast_later, read_audience
    from bot.officer_commands import broadcast_not_done

    request = broadcast_for("до среды разошлите всем в Мангистау: сдайте справки")
    assert request is not None and read_audience(request.audience, {}).value == "mangystau"
    assert not broadcast_later("сәрсенбіге дейін Маңғыстаудағыларға жіберіңіз: анықтама тапсырыңыз")
    assert broadcast_for("разошлите в группу вотсап всем: собрание в 10") is None
    assert broadcast_not_done("разошлите в группу вотсап всем: собрание в 10")  # told it goes only here


def test_a_vacancys_applicants_who_have_a_visa_are_narrowed_not_all_of_them() -> None:
    from bot.officer_commands import portal_number, vacancy_narrowed

    said = "по вакансии QA-4520 тем, у кого виза"  # had been all of QA-4520's applicants, the visa dropped
    assert portal_number(said) is None
    narrowed = vacancy_narrowed(said, {"visa_issued": "Виза выдана"})
    assert narrowed is not None and narrowed[0] == "QA-4520" and narrowed[1].value == "visa_issued"
    assert portal_number("по вакансии QA-4520 у кого собеседование?") == "QA-4520"  # asked: its applicants listed
