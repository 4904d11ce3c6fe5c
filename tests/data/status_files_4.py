"""A fourth set of status files, written apart from the first three, of what they touch little.

It holds: an application named by its number together with its vacancy's portal code in one cell
(«QA-2051 / 1041», «1042 / QA-2051», «QA-2051/№1045», "1043 (QA-2052)"), where a code that is not the
application's vacancy is refused; a worker's Kazakh and Qatari phones side by side («Телефон (РК)»,
«Телефон (Катар)», "+974 5512 3456", «00974 …») when the worker gave the bot either of them; steps written as
dates in columns, a column per step (qualification check, interview, contract, visa, departure, a refusal),
where the latest filled column is the step and its date the step's date; a comment column kept as the step's
note; headers in Russian and English together (mixed in one row, or a row of each); rows naming workers who
never came to the bot (by phone, by Telegram id, by a number nobody has), refused with the row and the column;
and a Telegram id nobody has, whose refusal must say there is no such worker rather than no such application.

Every file starts from `SEED_4`: the second set's applications and seven more, on two vacancies «QA-2051» and
«QA-2052»; worker 5021 applied to both, worker 5023 gave the bot his Qatari phone. The format is the first
set's (`moves`, `refusals`, `may_skip`, `file_refused`); a refusal may also list words its answer must hold
(`says`) or must not (`not_says`). Written before the parsing code was read; dates are built from today's, so
the set never ages.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.data.status_files import D1, D2, D3, Move, Refusal, Seed, StatusFile, ago, dmy, excel_day, refuse
from tests.data.status_files_2 import SEED_2
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_4", "all_files"]

D4 = ago(16)

# Worker 5021 applied to both new vacancies; worker 5023 gave the bot a Qatari phone; worker 5026 a Kazakh one.
SEED_4 = SEED_2 + [
    Seed(1041, 5021, "+77017770011", "QA-2051", "applied"),
    Seed(1042, 5022, "+77027770022", "QA-2051", "qualification_check"),
    Seed(1043, 5021, "+77017770011", "QA-2052", "interview"),
    Seed(1044, 5023, "+97455123456", "QA-2052", "visa_issued"),
    Seed(1045, 5024, "+77019990033", "QA-2051", "contract_signed"),
    Seed(1046, 5025, "+77051112244", "QA-2052", "offer"),
    Seed(1047, 5026, "+77473330066", "QA-2052", "departed"),
]


@dataclass(frozen=True)
class Said(Refusal):
    """A refusal whose answer must hold one of `says` and none of `not_says` (lower case)."""

    says: tuple[str, ...] = ()
    not_says: tuple[str, ...] = ()


NO_APPLICATION = ("no such application", "application not found", "no application", "unknown application")


# ---- the number with its vacancy in one cell -------------------------------------------------------------------

def number_with_vacancy_ru() -> StatusFile:
    rows = [
        ["Вакансия / № заявки", "ФИО", "Статус", "Дата"],
        ["QA-2051 / 1041", "Сапаров Д.", "Проверка квалификации", dmy(D2)],
        ["1042 / QA-2051", "Исмаилова Ж.", "Передано работодателю", dmy(D2)],
        ["QA-2051/№1045", "Бекмуханов Р.", "Виза выдана", dmy(D1)],
        ["QA-2052 / 1042", "Исмаилова Ж.", "Собеседование", dmy(D1)],
        ["QA-2052 / 1043", "Сапаров Д.", "Предложение о работе", dmy(D1)],
    ]
    return StatusFile(
        "заявки по вакансиям.csv", csv_bytes(rows, delimiter=";"),
        [Move(1041, "qualification_check", D2), Move(1042, "employer_review", D2), Move(1045, "visa_issued", D1),
         Move(1043, "offer", D1)],
        [refuse(5, "Вакансия / № заявки")],
        about="«QA-2051 / 1041», the other way round «1042 / QA-2051», «QA-2051/№1045» without spaces; "
              "«QA-2052 / 1042» names a vacancy 1042 was not made to: refused",
    )


def number_with_vacancy_en() -> StatusFile:
    rows = [
        ["App # (Job Ref)", "Candidate", "Stage", "Stage Date", "Remarks"],
        ["1043 (QA-2052)", "Saparov D.", "Offer", dmy(D1, "/"), "Offer letter e-mailed"],
        ["1046 (QA-2052)", "Tulegenova A.", "Contract signed", dmy(D1, "/"), ""],
        ["1041 (QA-2052)", "Saparov D.", "Interview", dmy(D1, "/"), ""],
        ["1047 (QA-2052)", "Abenov K.", "Joined work", dmy(D1, "/"), "Reported to site"],
    ]
    return StatusFile(
        "stage_by_job_ref.csv", csv_bytes(rows),
        [Move(1043, "offer", D1, "Offer letter e-mailed"), Move(1046, "contract_signed", D1),
         Move(1047, "employed", D1, "Reported to site")],
        [refuse(4, "App # (Job Ref)")],
        about="«1043 (QA-2052)»: the number with the job's code in brackets; 1041 was made to QA-2051, so its row "
              "is refused",
    )


def number_with_vacancy_kk_xlsx() -> StatusFile:
    rows = [
        ["Бос орын коды / өтінім №", "Мәртебесі", "Күні"],
        ["QA-2051 / 1042", "Сұхбат", excel_day(D2)],
        ["QA-2052 / 1044", "Ұшып кетті", excel_day(D1)],
        ["QA-2051 / 9041", "Сұхбат", excel_day(D1)],
    ]
    return StatusFile(
        "өтінімдер (бос орын).xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1042, "interview", D2), Move(1044, "departed", D1)],
        [refuse(4, "Бос орын коды / өтінім №")],
        about="Kazakh: «QA-2051 / 1042»; «QA-2051 / 9041» names no application: refused",
    )


# ---- Kazakh and Qatari phones side by side ------------------------------------------------------------------

def phones_kz_and_qa_ru() -> StatusFile:
    rows = [
        ["ФИО", "Телефон (РК)", "Телефон (Катар)", "Статус", "Дата"],
        ["Нуртаев С.", "", "+974 5512 3456", "Вылетел", dmy(D2)],
        ["Абенов К.", "8 747 333 00 66", "+974 3300 1122", "Приступил к работе", dmy(D1)],
        ["Бекмуханов Р.", "+7 701 999 00 33", "", "Виза выдана", dmy(D1)],
        ["Тулегенова А.", "8 705 111 22 44", "+974 6600 7788", "Договор подписан", dmy(D1)],
        ["Каримов Б.", "", "+974 7711 0000", "Вылетел", dmy(D1)],
    ]
    return StatusFile(
        "телефоны РК и Катар.csv", csv_bytes(rows, delimiter=";"),
        [Move(1044, "departed", D2), Move(1047, "employed", D1), Move(1045, "visa_issued", D1),
         Move(1046, "contract_signed", D1)],
        [refuse(6, "Телефон (Катар)", "Телефон (РК)")],
        about="a worker by his Qatari phone alone, others by the Kazakh one with a Qatari number beside it that the "
              "bot does not know; a Qatari phone nobody gave: refused",
    )


def phones_qatar_written_every_way_en() -> StatusFile:
    rows = [
        ["Worker", "Mobile (KZ)", "Mobile (Qatar)", "Status"],
        ["Nurtayev S.", "", "00974 55123456", "Departed"],
        ["Abenov K.", "+7 747 333 0066", "(+974) 3300-1122", "Employed"],
        ["Bekmukhanov R.", "", "974 5000 1234", "Departed"],
    ]
    return StatusFile(
        "qatar_mobiles.csv", csv_bytes(rows),
        [Move(1044, "departed"), Move(1047, "employed")],
        [refuse(4, "Mobile (Qatar)", "Mobile (KZ)")],
        about="«00974 55123456», «(+974) 3300-1122» beside a Kazakh number; «974 5000 1234», a Qatari number "
              "nobody gave, with no Kazakh one: refused",
    )


# ---- steps as dates in columns ---------------------------------------------------------------------------------

def step_dates_in_columns_ru() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Проверка квалификации", "Собеседование", "Подписание контракта", "Виза", "Вылет"],
        [1041, "Сапаров Д.", dmy(D3), "", "", "", ""],
        [1042, "Исмаилова Ж.", dmy(D4), dmy(D2), "", "", ""],
        [1045, "Бекмуханов Р.", dmy(D4), dmy(D3), dmy(D2), dmy(D1), ""],
        [1044, "Нуртаев С.", dmy(D4), dmy(D4), dmy(D3), dmy(D2), dmy(D1)],
        [1046, "Тулегенова А.", dmy(D4), dmy(D3), "", "", ""],
    ]
    return StatusFile(
        "этапы по датам.csv", csv_bytes(rows, delimiter=";"),
        [Move(1041, "qualification_check", D3), Move(1042, "interview", D2), Move(1045, "visa_issued", D1),
         Move(1044, "departed", D1)],
        may_skip=[6],
        about="a column per step holding the day it happened: the latest filled one is the step (1046 is already "
              "at the offer, past the file's interview: left as it is)",
    )


def step_dates_in_columns_en_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Qualification check", "Employer review", "Offer", "Contract signed", "Visa issued",
         "Departure", "Remarks"],
        [1041, excel_day(D4), excel_day(D3), None, None, None, None, "CV sent to employer"],
        [1043, excel_day(D4), excel_day(D4), excel_day(D2), None, None, None, None],
        [1046, excel_day(D4), excel_day(D4), excel_day(D4), excel_day(D1), None, None, "Signed at the ministry"],
        [1047, excel_day(D4), excel_day(D4), excel_day(D4), excel_day(D4), excel_day(D3), excel_day(D3), None],
    ]
    return StatusFile(
        "pipeline_dates.xlsx", xlsx_bytes({"Pipeline": rows}),
        [Move(1041, "employer_review", D3, "CV sent to employer"), Move(1043, "offer", D2),
         Move(1046, "contract_signed", D1, "Signed at the ministry")],
        may_skip=[5],
        about="Excel dates, a column per step, «Remarks» as the note; 1047 is already where the file puts him "
              "(departed): no move",
    )


def step_dates_in_columns_kk() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Біліктілікті тексеру", "Сұхбат", "Келісімшарт", "Виза", "Ұшып кету", "Бас тарту"],
        [1042, dmy(D3), "", "", "", "", ""],
        [1043, dmy(D4), dmy(D4), "", "", "", dmy(D1)],
        [1045, dmy(D4), dmy(D4), dmy(D3), dmy(D2), "", ""],
    ]
    return StatusFile(
        "кезеңдер күндері.csv", csv_bytes(rows, delimiter=";"),
        [Move(1043, "rejected", D1), Move(1045, "visa_issued", D2)],
        may_skip=[2],
        about="Kazakh step columns and «Бас тарту» (a refusal) dated last; 1042 is already at the check",
    )


def phones_both_in_one_cell() -> StatusFile:
    rows = [
        ["ФИО", "Контакты", "Статус"],
        ["Абенов К.", "+7 747 333 00 66, Qatar: +974 3300 1122", "Вышел на работу"],
        ["Нуртаев С.", "+974 5512 3456 (WhatsApp); дом. 8 7182 32 11 00", "Вылетел"],
        ["Тулегенова А.", "моб. 87051112244 / катарский пока нет", "Контракт подписан"],
    ]
    return StatusFile(
        "контакты.csv", csv_bytes(rows, delimiter=";"),
        [Move(1047, "employed"), Move(1044, "departed"), Move(1046, "contract_signed")],
        about="one «Контакты» cell with a Kazakh and a Qatari phone, a Qatari mobile beside a home phone, a "
              "mobile with a remark",
    )


def step_columns_with_ticks_and_gaps_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "Проверка квалификации", "Контракт", "Виза", "Вылет", "Примечание"],
        [1041, "✓", "—", "—", "—", None],
        [1046, excel_day(D3), excel_day(D2), "—", "—", "Контракт на 2 года"],
        [1045, excel_day(D4), None, excel_day(D1), None, None],
    ]
    return StatusFile(
        "этапы_галочки.xlsx", xlsx_bytes({"Этапы": rows}),
        [Move(1041, "qualification_check"), Move(1046, "contract_signed", D2, "Контракт на 2 года"),
         Move(1045, "visa_issued", D1)],
        about="step columns filled with a tick or a date, dashes for steps not taken, a gap before the visa",
    )


# ---- comments ----------------------------------------------------------------------------------------------

def comment_column_ru() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата", "Комментарий"],
        [1041, "Проверка квалификации", dmy(D3), "Диплом и сертификат НАКС приняты, ждём подтверждения"],
        [1046, "Контракт подписан", dmy(D1), "Подписал в Астане, копия у работника"],
        [1044, "Вылетел", dmy(D1), "Рейс QR 388 Алматы — Доха, встречает представитель работодателя"],
    ]
    return StatusFile(
        "комментарии.csv", csv_bytes(rows, delimiter=";"),
        [Move(1041, "qualification_check", D3, "Диплом и сертификат НАКС приняты, ждём подтверждения"),
         Move(1046, "contract_signed", D1, "Подписал в Астане, копия у работника"),
         Move(1044, "departed", D1, "Рейс QR 388 Алматы — Доха, встречает представитель работодателя")],
        about="«Комментарий» with long remarks kept as the step's note (one saying «ждём», about the papers)",
    )


# ---- Russian and English headers together ---------------------------------------------------------------------

def headers_mixed_ru_en() -> StatusFile:
    rows = [
        ["App ID", "Ф.И.О.", "Статус", "Date", "Комментарий"],
        [1042, "Ismailova Zh.", "Interview", dmy(D2), "Zoom"],
        [1043, "Сапаров Д.", "Оффер", dmy(D1), ""],
        [1045, "Bekmukhanov R.", "Visa issued", dmy(D1), "Виза на 2 года"],
    ]
    return StatusFile(
        "statuses_mixed.csv", csv_bytes(rows),
        [Move(1042, "interview", D2, "Zoom"), Move(1043, "offer", D1), Move(1045, "visa_issued", D1, "Виза на 2 года")],
        about="English and Russian headers in one row, steps in both languages",
    )


def header_row_per_language_xlsx() -> StatusFile:
    rows = [
        ["Application No.", "Worker", "Phone", "Status", "Date", "Comment"],
        ["№ заявки", "Работник", "Телефон", "Статус", "Дата", "Комментарий"],
        [1041, "Saparov D.", "+7 701 777 00 11", "Qualification check", excel_day(D2), None],
        [1046, "Tulegenova A.", "+7 705 111 22 44", "Договор подписан", excel_day(D1), "В министерстве"],
        [1047, "Abenov K.", "+7 747 333 00 66", "Employed", excel_day(D1), None],
    ]
    return StatusFile(
        "bilingual_template.xlsx", xlsx_bytes({"Statuses": rows}),
        [Move(1041, "qualification_check", D2), Move(1046, "contract_signed", D1, "В министерстве"),
         Move(1047, "employed", D1)],
        about="the header twice, an English row and a Russian row under it",
    )


# ---- workers the bot does not know ------------------------------------------------------------------------------

def workers_not_in_bot_ru() -> StatusFile:
    rows = [
        ["ФИО", "Телефон", "№ заявки", "Статус"],
        ["Абдрахманов Е.", "+7 702 000 11 22", "", "Собеседование"],
        ["Бекмуханов Р.", "+7 701 999 00 33", "", "Виза выдана"],
        ["Жолдасова М.", "8 775 404 40 40", "", "Вылетел"],
        ["Сапаров Д.", "", "1041", "Проверка квалификации"],
        ["Иванов П.", "", "7777", "Вылетел"],
    ]
    return StatusFile(
        "не в боте.csv", csv_bytes(rows, delimiter=";"),
        [Move(1045, "visa_issued"), Move(1041, "qualification_check")],
        [Said(2, ("Телефон",), says=("phone", "worker", "registered")),
         Said(4, ("Телефон",), says=("phone", "worker", "registered")),
         refuse(6, "№ заявки")],
        about="phones of people who never came to the bot, and a number nobody has: each refused with its row and "
              "column",
    )


def telegram_nobody_has_en() -> StatusFile:
    rows = [
        ["Telegram ID", "Job Ref", "Status"],
        [5024, "QA-2051", "Visa issued"],
        [123456789, "QA-2051", "Interview"],
        [5025, "", "Contract signed"],
        [987654321, "", "Departed"],
    ]
    return StatusFile(
        "telegram_updates.csv", csv_bytes(rows),
        [Move(1045, "visa_issued"), Move(1046, "contract_signed")],
        [Said(3, ("Telegram ID",), says=("worker", "user", "registered", "nobody", "no one"), not_says=NO_APPLICATION),
         Said(5, ("Telegram ID",), says=("worker", "user", "registered", "nobody", "no one"), not_says=NO_APPLICATION)],
        about="Telegram ids nobody in the bot has, with a job reference and without: refused as no such worker",
    )


def telegram_nobody_has_ru() -> StatusFile:
    rows = [
        ["Телеграм ID", "Статус", "Комментарий"],
        [5026, "Вышел на работу", "Объект Lusail Plaza"],
        [77017770011, "Собеседование", "перепутали с телефоном"],
        [5022, "Собеседование", ""],
    ]
    return StatusFile(
        "телеграм.csv", csv_bytes(rows, delimiter=";"),
        [Move(1047, "employed", note="Объект Lusail Plaza"), Move(1042, "interview")],
        [Said(3, ("Телеграм ID",), says=("worker", "user", "registered", "nobody", "no one"),
              not_says=NO_APPLICATION)],
        about="a phone typed into the Telegram id column: no worker has that id, and the answer says so",
    )


def all_files() -> list[StatusFile]:
    """Every file of the fourth set, built afresh."""
    builders = [
        number_with_vacancy_ru, number_with_vacancy_en, number_with_vacancy_kk_xlsx, phones_kz_and_qa_ru,
        phones_qatar_written_every_way_en, step_dates_in_columns_ru, step_dates_in_columns_en_xlsx,
        step_dates_in_columns_kk, comment_column_ru, headers_mixed_ru_en, header_row_per_language_xlsx,
        workers_not_in_bot_ru, telegram_nobody_has_en, telegram_nobody_has_ru, phones_both_in_one_cell,
        step_columns_with_ticks_and_gaps_xlsx,
    ]
    return [build() for build in builders]
