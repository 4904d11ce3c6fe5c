"""A fifth set of status files: what an employment centre (ЦЗН, «Жұмыспен қамту орталығы») sends back.

A centre keeps its own register of the people it sent abroad, so its files look like none of the earlier
sets': names in Latin letters as in the passport ("ZHUMABEKOV ASKAR"), an ИИН (ЖСН, IIN) in a column of its
own or beside the phone in one «Контактные данные» cell (an ИИН is never a phone nor an application's number,
and a row with only an ИИН names no application the bot keeps); an ИИН and a phone Excel turned into «9,00515E+11»;
the steps in the centre's own words, Russian («Кандидатура направлена работодателю», «Выехал к месту работы»,
«Самоотказ», «Снят с учёта», which names no step), Kazakh («Әңгімелесуге шақырылды», «Қатарға жұмысқа
аттанды», «Есептен шығарылды») and English ("Offer letter received", "E-visa received"); a status with a
sub-status or a reason beside it («Закрыта» / «Отказ работодателя»); two date columns (the day the worker was
referred, and the day the step changed: the step's day is the second); note columns beside a column naming the
officer in charge (not a note), notes that speak of later steps («ждёт визу») without moving the step; rows
repeated for each document checked; an event log sorted newest first; rows for an application already further
on (a step backwards, which must be refused with a reason that says so); a name split over three columns.

Every file starts from `SEED_5`: the fourth set's applications and eight more, of workers an employment centre
sent on two vacancies «QA-2061» and «QA-2062». The format is the earlier sets' (`moves`, `refusals`, `may_skip`,
`file_refused`, and the fourth set's `Said`). Written before the parsing code was read; dates are built from
today's, so the set never ages.
"""

from __future__ import annotations

from tests.data.status_files import D1, D2, D3, Move, Seed, StatusFile, ago, dmy, excel_day, refuse
from tests.data.status_files_4 import SEED_4, Said
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_5", "all_files"]

D4 = ago(20)

SEED_5 = SEED_4 + [
    Seed(1051, 5031, "+77015550101", "QA-2061", "applied"),
    Seed(1052, 5032, "+77025550202", "QA-2061", "qualification_check"),
    Seed(1053, 5033, "+77055550303", "QA-2061", "employer_review"),
    Seed(1054, 5034, "+77075550404", "QA-2062", "interview"),
    Seed(1055, 5035, "+77085550505", "QA-2062", "offer"),
    Seed(1056, 5036, "+77475550606", "QA-2062", "contract_signed"),
    Seed(1057, 5037, "+77775550707", "QA-2061", "visa_issued"),
    Seed(1058, 5038, "+77005550808", "QA-2062", "departed"),
]

STEP_BACK = ("already", "back", "earlier", "further")


def with_time(day, hour: int = 14, minute: int = 5) -> str:
    return f"{dmy(day)} {hour:02d}:{minute:02d}:33"


# ---- names in Latin letters, ИИН beside the phone ---------------------------------------------------------------

def latin_names_and_iin_ru() -> StatusFile:
    rows = [
        ["№ п/п", "ФИО (латиницей, как в паспорте)", "ИИН", "Телефон", "Статус", "Дата изменения статуса",
         "Примечание"],
        [1, "ZHUMABEKOV ASKAR", "900515300123", "8 701 555 01 01", "Документы приняты на проверку", dmy(D3),
         "Диплом колледжа"],
        [2, "NURLANKYZY AIGERIM", "950302400456", "+7 702 555 02 02", "Направлен работодателю", dmy(D2), ""],
        [3, "TOKTAROV YERLAN", "880101300789", "8(705)555-03-03", "Назначено собеседование", dmy(D1), "онлайн 10:00"],
        [4, "SEITKALI DANA", "010203600111", "87075550404", "Получил приглашение на работу", dmy(D1), ""],
    ]
    return StatusFile(
        "ЦЗН_Катар_ноябрь.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "qualification_check", D3, "Диплом колледжа"), Move(1052, "employer_review", D2),
         Move(1053, "interview", D1, "онлайн 10:00"), Move(1054, "offer", D1)],
        about="names as in the passport in Latin capitals, an ИИН column, phones written four ways; «Получил "
              "приглашение на работу» is the offer",
    )


def iin_as_number_kk_xlsx() -> StatusFile:
    rows = [
        ["Р/с", "Үміткердің аты-жөні", "ЖСН", "Өтінім нөмірі", "Нәтиже", "Күні", "Ескертпе"],
        [1, "Жұмабеков Асқар", 900515300123, 1051, "Жұмыс берушіге жолданды", excel_day(D2), None],
        [2, "Бекова Сәуле", 920404400333, 1055, "Еңбек шарты жасалды", excel_day(D1), None],
        [3, "Сейтқали Дана", 10203600111, None, "Сұхбатқа шақырылды", excel_day(D1), None],
        [4, "Омарова Дина", 870707400222, 1057, "Қатарға жұмысқа аттанды", excel_day(D1), "QR 388"],
        [5, "Тоқтаров Ерлан", 880101300789, 1053, "Өз еркімен бас тартты", excel_day(D1), None],
    ]
    return StatusFile(
        "ЖҚО_нәтижелер.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1051, "employer_review", D2), Move(1055, "contract_signed", D1), Move(1057, "departed", D1, "QR 388"),
         Move(1053, "withdrawn", D1)],
        [refuse(4, "Өтінім нөмірі", "ЖСН")],
        about="Kazakh: ЖСН kept by Excel as a number (one lost its leading zero) beside «Өтінім нөмірі»; a row with "
              "the ЖСН alone names no application: refused",
    )


def contacts_cell_with_iin() -> StatusFile:
    rows = [
        ["ФИО", "Контактные данные", "Статус трудоустройства", "Дата"],
        ["Жумабеков А.", "ИИН 900515300123, тел. 8 701 555 01 01", "Направлен к работодателю", dmy(D1)],
        ["Сулейменова Ж.", "тел.: +7 747 555 06 06; ИИН: 930611400444", "Виза оформлена", dmy(D1)],
        ["Токтаров Е.", "ИИН 880101300789", "Выехал", dmy(D1)],
        ["Бекова С.", "моб. 8 708 555 05 05 / ИИН 920404400333", "Заключен трудовой договор", dmy(D2)],
    ]
    return StatusFile(
        "контакты_ИИН.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "employer_review", D1), Move(1056, "visa_issued", D1), Move(1055, "contract_signed", D2)],
        [refuse(4, "Контактные данные")],
        about="an ИИН and a phone in one «Контактные данные» cell, either first; a cell with the ИИН alone names "
              "nobody the bot knows: refused",
    )


def excel_scientific_numbers_en() -> StatusFile:
    rows = [
        ["Full name", "IIN", "Mobile", "Status"],
        ["ZHUMABEKOV ASKAR", "9,00515E+11", "87015550101", "Qualification check"],
        ["NURLANKYZY AIGERIM", "9,50302E+11", "7,70256E+10", "Employer review"],
        ["SEITKALI DANA", "1,0203E+10", "+77075550404", "Offer"],
        ["OMAROVA DINA", "", "77775550707", "Departed"],
    ]
    return StatusFile(
        "candidates_export.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "qualification_check"), Move(1054, "offer"), Move(1057, "departed")],
        [refuse(3, "Mobile")],
        about="a CSV saved by Excel with the IINs and one phone turned into «9,00515E+11»: the IIN does not matter, "
              "a phone cut to six digits cannot name anyone: refused",
    )


# ---- steps in the centre's words ----------------------------------------------------------------------------------

def centre_steps_ru() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1051, "Документы поданы на подтверждение квалификации", dmy(D2)],
        [1052, "Кандидатура направлена работодателю", dmy(D2)],
        [1053, "Приглашен на собеседование с работодателем", dmy(D2)],
        [1054, "Работодатель сделал предложение о работе", dmy(D1)],
        [1055, "Заключён трудовой договор", dmy(D1)],
        [1056, "Рабочая виза оформлена", dmy(D1)],
        [1057, "Выехал к месту работы", dmy(D1)],
        [1058, "Приступил к трудовой деятельности", dmy(D1)],
        [1041, "Снят с учёта", dmy(D1)],
    ]
    return StatusFile(
        "статусы_ЦЗН.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "qualification_check", D2), Move(1052, "employer_review", D2), Move(1053, "interview", D2),
         Move(1054, "offer", D1), Move(1055, "contract_signed", D1), Move(1056, "visa_issued", D1),
         Move(1057, "departed", D1), Move(1058, "employed", D1)],
        [refuse(10, "Статус")],
        about="every step in a centre's words; «Снят с учёта» (taken off the centre's register) names no step",
    )


def centre_steps_kk() -> StatusFile:
    rows = [
        ["Өтінім №", "Кезең", "Күні"],
        [1051, "Біліктілігін растауға құжаттар тапсырылды", dmy(D2)],
        [1052, "Түйіндемесі жұмыс берушіге жіберілді", dmy(D2)],
        [1053, "Әңгімелесуге шақырылды", dmy(D2)],
        [1054, "Жұмысқа шақыру хаты алынды", dmy(D1)],
        [1055, "Еңбек келісімшартына қол қойды", dmy(D1)],
        [1056, "Жұмыс визасы берілді", dmy(D1)],
        [1057, "Қатарға жұмысқа аттанды", dmy(D1)],
        [1058, "Жұмысқа шықты", dmy(D1)],
        [1042, "Есептен шығарылды", dmy(D1)],
    ]
    return StatusFile(
        "кезеңдер_ЖҚО.csv", csv_bytes(rows, delimiter="\t"),
        [Move(1051, "qualification_check", D2), Move(1052, "employer_review", D2), Move(1053, "interview", D2),
         Move(1054, "offer", D1), Move(1055, "contract_signed", D1), Move(1056, "visa_issued", D1),
         Move(1057, "departed", D1), Move(1058, "employed", D1)],
        [refuse(10, "Кезең")],
        about="every step in a Kazakh centre's words («Әңгімелесуге шақырылды», «Жұмысқа шақыру хаты алынды», "
              "«Жұмысқа шықты»); «Есептен шығарылды» (taken off the register) names no step",
    )


def centre_steps_en_xlsx() -> StatusFile:
    rows = [
        ["App. No.", "Applicant (Latin)", "IIN", "Stage", "Stage date", "Officer remarks"],
        [1051, "ZHUMABEKOV ASKAR", "900515300123", "Documents submitted for skills verification", excel_day(D3),
         None],
        [1053, "TOKTAROV YERLAN", "880101300789", "Interview scheduled", excel_day(D2), "Teams, 11:00 Doha"],
        [1054, "SEITKALI DANA", "010203600111", "Offer letter received", excel_day(D1), None],
        [1056, "SULEIMENOVA ZHANAR", "930611400444", "E-visa received", excel_day(D1), None],
        [1057, "OMAROVA DINA", "870707400222", "Flew to Doha", excel_day(D1), None],
        [1041, "SAPAROV DAUREN", "850909300555", "Withdrew application", excel_day(D1), "family reasons"],
    ]
    return StatusFile(
        "centre_report.xlsx", xlsx_bytes({"Report": rows}),
        [Move(1051, "qualification_check", D3), Move(1053, "interview", D2, "Teams, 11:00 Doha"),
         Move(1054, "offer", D1), Move(1056, "visa_issued", D1), Move(1057, "departed", D1),
         Move(1041, "withdrawn", D1, "family reasons")],
        about="a centre's English: «Documents submitted for skills verification», «Offer letter received», «E-visa "
              "received», «Flew to Doha», «Withdrew application»",
    )


def status_and_reason_columns() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Подстатус / причина", "Дата"],
        [1051, "В работе", "Направлен работодателю", dmy(D2)],
        [1052, "Закрыта", "Самоотказ", dmy(D1)],
        [1053, "Закрыта", "Отказ работодателя", dmy(D1)],
        [1054, "В работе", "Оффер получен", dmy(D1)],
        [1058, "Закрыта", "Трудоустроен", dmy(D1)],
    ]
    return StatusFile(
        "статус_и_причина.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "employer_review", D2), Move(1052, "withdrawn", D1), Move(1053, "rejected", D1),
         Move(1054, "offer", D1), Move(1058, "employed", D1)],
        about="a status that names no step («В работе», «Закрыта») beside a sub-status or reason that does; "
              "«Трудоустроен» for a worker already departed can only be work begun",
    )


# ---- dates and notes -------------------------------------------------------------------------------------------

def referral_date_and_status_date_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "Дата направления", "Статус", "Дата изменения статуса"],
        [1051, excel_day(D4), "Направлен работодателю", excel_day(D1)],
        [1052, excel_day(D4), "Собеседование", excel_day(D2)],
        [1054, excel_day(D4), "Оффер", excel_day(D3)],
    ]
    return StatusFile(
        "направления.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1051, "employer_review", D1), Move(1052, "interview", D2), Move(1054, "offer", D3)],
        about="«Дата направления» (the day the centre referred the worker) before «Дата изменения статуса»: the "
              "step's day is the second",
    )


def notes_beside_officer_columns() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата", "Примечание", "Ответственный специалист", "Отметка об исполнении"],
        [1051, "Проверка квалификации", with_time(D3), "Сертификат сварщика приложен", "Ахметова Г.К.", "исполнено"],
        [1053, "Собеседование", with_time(D2, 9, 40), "Zoom 15:00 (по Астане)", "Ахметова Г.К.", ""],
        [1055, "Контракт подписан", with_time(D1, 17, 0), "", "Иванова О.", "исполнено"],
    ]
    return StatusFile(
        "статусы_с_исполнителем.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "qualification_check", D3, "Сертификат сварщика приложен"),
         Move(1053, "interview", D2, "Zoom 15:00 (по Астане)"), Move(1055, "contract_signed", D1)],
        about="«Примечание» beside «Ответственный специалист» and «Отметка об исполнении» (not notes); dates with "
              "seconds",
    )


def notes_naming_later_steps() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата", "Примечание ЦЗН"],
        [1054, "Оффер", dmy(D1), "ждёт визу, вылет планируется в декабре"],
        [1056, "Виза выдана", dmy(D1), "билеты ещё не куплены"],
        [1053, "Собеседование", dmy(D2), "если пройдёт — контракт на 2 года"],
    ]
    return StatusFile(
        "примечания_ЦЗН.csv", csv_bytes(rows, delimiter=";"),
        [Move(1054, "offer", D1, "ждёт визу, вылет планируется в декабре"),
         Move(1056, "visa_issued", D1, "билеты ещё не куплены"),
         Move(1053, "interview", D2, "если пройдёт — контракт на 2 года")],
        about="notes that speak of later steps (a visa awaited, tickets not bought, a contract if all goes well): "
              "the step is the status column's",
    )


# ---- repeated rows, logs, steps back -----------------------------------------------------------------------------

def rows_repeated_per_document() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Статус", "Дата", "Документ"],
        [1051, "Жумабеков А.", "Проверка квалификации", dmy(D2), "Диплом"],
        [1051, "Жумабеков А.", "Проверка квалификации", dmy(D2), "Сертификат"],
        [1051, "Жумабеков А.", "Проверка квалификации", dmy(D2), "Паспорт"],
        [1053, "Токтаров Е.", "Собеседование", dmy(D1), "Паспорт"],
        [1053, "Токтаров Е.", "Собеседование", dmy(D1), "Паспорт"],
    ]
    return StatusFile(
        "документы_кандидатов.csv", csv_bytes(rows, delimiter=";"),
        [Move(1051, "qualification_check", D2), Move(1053, "interview", D1)],
        may_skip=[3, 4, 6],
        about="a row for each document checked: the same application and step three times, one row twice exactly",
    )


def event_log_newest_first() -> StatusFile:
    rows = [
        ["Заявка", "Событие", "Дата события"],
        [1054, "Контракт подписан", dmy(D1)],
        [1054, "Оффер", dmy(D2)],
        [1054, "Собеседование", dmy(D3)],
        [1052, "Передан работодателю", dmy(D1)],
        [1052, "Проверка квалификации", dmy(D3)],
    ]
    return StatusFile(
        "журнал_событий.csv", csv_bytes(rows, delimiter=";"),
        [Move(1054, "contract_signed", D1), Move(1052, "employer_review", D1)],
        may_skip=[3, 4, 6],
        about="an event log sorted newest first: each application ends at its latest event, on that day",
    )


def stale_rows_step_back() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1056, "Собеседование", dmy(D3)],
        [1058, "Виза выдана", dmy(D2)],
        [1030, "Направлен работодателю", dmy(D2)],
        [1055, "Контракт подписан", dmy(D1)],
        [1057, "Вылетел", dmy(D1)],
    ]
    return StatusFile(
        "статусы_устаревшие.csv", csv_bytes(rows, delimiter=";"),
        [Move(1055, "contract_signed", D1), Move(1057, "departed", D1)],
        [Said(2, ("Статус",), says=STEP_BACK), Said(3, ("Статус",), says=STEP_BACK),
         Said(4, ("Статус",), says=("rejected", "closed", "ended", "final"))],
        about="a centre's stale rows: an interview for a signed contract, a visa for a worker already departed, a "
              "referral for a rejected application: refused, saying the application is already further on",
    )


def name_in_three_columns_cp1251() -> StatusFile:
    rows = [
        ["№", "Фамилия", "Имя", "Телефон", "Результат", "Дата результата"],
        [1, "Жумабеков", "Аскар", "8-701-555-01-01", "Самоотказ", dmy(D1)],
        [2, "Токтаров", "Ерлан", "8-705-555-03-03", "Не прошёл собеседование", dmy(D1)],
        [3, "Омарова", "Дина", "8-777-555-07-07", "Отказ от вакансии", dmy(D1)],
        [4, "Абенов", "Кайрат", "8 747 333 00 66", "Досрочное расторжение контракта", dmy(D1)],
    ]
    return StatusFile(
        "результаты_ЦЗН.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1051, "withdrawn", D1), Move(1053, "rejected", D1), Move(1057, "withdrawn", D1),
         Move(1047, "terminated_early", D1)],
        about="Windows-1251, the name over «Фамилия» and «Имя»; «Самоотказ», «Не прошёл собеседование», «Отказ от "
              "вакансии» (the worker's), «Досрочное расторжение контракта»",
    )


def kazakh_centre_file_xlsx() -> StatusFile:
    rows = [
        ["Жұмыспен қамту орталығы"],
        ["Катар Мемлекетіне жұмысқа орналастыру бойынша үміткерлер тізімі"],
        [],
        ["Р/с", "Аты-жөні", "Ұялы телефоны", "Ағымдағы кезең", "Өзгерген күні", "Ескерту"],
        [1, "Жұмабеков Асқар", "8 701 555 01 01", "Құжаттары тексерілуде", f"{dmy(D3)} ж.", None],
        [2, "Нұрланқызы Әйгерім", "8 702 555 02 02", "Жұмыс беруші қарап жатыр", f"{dmy(D2)} ж.", None],
        [3, "Бекова Сәуле", "8 708 555 05 05", "Келісімшартқа қол қойылды", f"{dmy(D1)} ж.", "Астанада"],
        [4, "Тоқтаров Ерлан", None, "Визасы шықты", f"{dmy(D1)} ж.", None],
        [5, "Омарова Дина", "8 777 555 07 07", "Ұшып кетті", f"{dmy(D1)} ж.", None],
    ]
    return StatusFile(
        "үміткерлер.xlsx", xlsx_bytes({"Парақ1": rows}, {"Парақ1": ["A1:F1", "A2:F2"]}),
        [Move(1051, "qualification_check", D3), Move(1052, "employer_review", D2),
         Move(1055, "contract_signed", D1, "Астанада"), Move(1057, "departed", D1)],
        [refuse(8, "Ұялы телефоны")],
        about="a Kazakh centre's list: merged title, «Ағымдағы кезең» in its words («Құжаттары тексерілуде», «Жұмыс "
              "беруші қарап жатыр», «Келісімшартқа қол қойылды»), dates ending «ж.»; a row without a phone: refused",
    )


def all_files() -> list[StatusFile]:
    """Every file of the fifth set, built afresh."""
    builders = [
        latin_names_and_iin_ru, iin_as_number_kk_xlsx, contacts_cell_with_iin, excel_scientific_numbers_en,
        centre_steps_ru, centre_steps_kk, centre_steps_en_xlsx, status_and_reason_columns,
        referral_date_and_status_date_xlsx, notes_beside_officer_columns, notes_naming_later_steps,
        rows_repeated_per_document, event_log_newest_first, stale_rows_step_back, name_in_three_columns_cp1251,
        kazakh_centre_file_xlsx,
    ]
    return [build() for build in builders]
