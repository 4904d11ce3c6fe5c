"""A tenth set of status files: registers kept by hand at the end of a long day, written apart from the first nine.

It holds steps typed by a tired officer, short, lower-case and misspelt («собес пройден», «контрак подписан», «вышел
на раб.», "contract singed", "visa recieved", "interview with employer done"); a column headed «№» alone that holds the
applications' numbers, and one that is only a row counter beside the numbers; names typed in the number's column on a
few rows, refused naming that column, and a file of names with no number or phone, refused whole; a column of the
day each status changed, written six ways, one day still ahead (refused naming the column); steps in Kazakh in the
2021 Latin letters («Sūhbat ötti», «Vizasy daiyn», «Qatarğa ūşyp kettı»); a block of empty rows in the middle of the
register and empty formatted rows under it; and files to refuse whole with an answer that says why (a photo of the
register, a register with its header and no row).

Every file starts from `SEED_10`: the ninth set's applications and twelve more on «QA-3301» and «QA-3302». The
format is the ninth set's. Written before the reading code was read; dates are built from today's, so the set never
ages.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.data.status_files import D1, D2, D3, Move, Seed, StatusFile, dmy, excel_day, refuse
from tests.data.status_files_8 import EN_SHORT, Refused
from tests.data.status_files_9 import D4, SEED_9
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_10", "all_files"]

AHEAD = date.today() + timedelta(days=4)  # a day still to come

SEED_10 = SEED_9 + [
    Seed(1201, 5201, "+77013330101", "QA-3301", "applied"),
    Seed(1202, 5202, "+77023330202", "QA-3301", "qualification_check"),
    Seed(1203, 5203, "+77053330303", "QA-3301", "employer_review"),
    Seed(1204, 5204, "+77073330404", "QA-3302", "interview"),
    Seed(1205, 5205, "+77083330505", "QA-3302", "offer"),
    Seed(1206, 5206, "+77473330606", "QA-3302", "contract_signed"),
    Seed(1207, 5207, "+77773330707", "QA-3301", "visa_issued"),
    Seed(1208, 5208, "+77003330808", "QA-3302", "departed"),
    Seed(1209, 5209, "+77013330909", "QA-3301", "applied"),
    Seed(1210, 5210, "+77023331010", "QA-3302", "employer_review"),
    Seed(1211, 5211, "+77053331111", "QA-3301", "interview"),
    Seed(1212, 5212, "+77073331212", "QA-3302", "applied"),
]


def iso(day: date) -> str:
    return day.isoformat()


# ---- a tired officer's words --------------------------------------------------------------------------------------

def tired_officer_ru_xlsx() -> StatusFile:
    rows = [
        ["заявка", "статус", "дата"],
        [1201, "проверка квалиф.", excel_day(D3)],
        [1202, "отправили работодат.", excel_day(D3)],
        [1203, "собес пройден", excel_day(D2)],
        [1204, "оффер дали", excel_day(D2)],
        [1205, "контрак подписан", excel_day(D2)],
        [1206, "виза готова", excel_day(D1)],
        [1207, "улетел", excel_day(D1)],
        [1208, "вышел на раб.", excel_day(D1)],
        [1209, "отказ работодателя", excel_day(D1)],
    ]
    return StatusFile(
        "статусы вечер.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1201, "qualification_check", D3), Move(1202, "employer_review", D3), Move(1203, "interview", D2),
         Move(1204, "offer", D2), Move(1205, "contract_signed", D2), Move(1206, "visa_issued", D1),
         Move(1207, "departed", D1), Move(1208, "employed", D1), Move(1209, "rejected", D1)],
        about="steps typed short and lower-case at the end of a day, with a letter dropped or a word cut: «проверка "
              "квалиф.», «отправили работодат.», «собес пройден», «контрак подписан», «вышел на раб.»; headers in "
              "lower case",
    )


def tired_officer_en_csv() -> StatusFile:
    rows = [
        ["app no", "status", "date"],
        ["1201", "cv sent to employer", dmy(D3, "/")],
        ["1203", "interview with employer done", dmy(D2, "/")],
        ["1204", "offer given", dmy(D2, "/")],
        ["1205", "contract singed", dmy(D2, "/")],
        ["1206", "visa recieved", dmy(D1, "/")],
        ["1207", "flew to doha", dmy(D1, "/")],
        ["1208", "joined work", dmy(D1, "/")],
        ["1212", "not selected", dmy(D1, "/")],
    ]
    return StatusFile(
        "status_eod.csv", csv_bytes(rows),
        [Move(1201, "employer_review", D3), Move(1203, "interview", D2), Move(1204, "offer", D2),
         Move(1205, "contract_signed", D2), Move(1206, "visa_issued", D1), Move(1207, "departed", D1),
         Move(1208, "employed", D1), Move(1212, "rejected", D1)],
        about="English steps as typed in a hurry: «contract singed», «visa recieved», «flew to doha», «interview with "
              "employer done», lower-case headers",
    )


# ---- a column headed «№» ------------------------------------------------------------------------------------------

def number_sign_holds_applications_xlsx() -> StatusFile:
    rows = [
        ["№", "ФИО", "Этап"],
        [1203, "Жаксылыков Д.", "Собеседование"],
        [1204, "Тулегенова А.", "Оффер"],
        [1206, "Байжанов Р.", "Виза выдана"],
        [1210, "Оразбекова М.", "Собеседование"],
    ]
    return StatusFile(
        "этапы (№).xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1203, "interview"), Move(1204, "offer"), Move(1206, "visa_issued"), Move(1210, "interview")],
        about="the only number column is headed «№» and holds the applications' numbers, not a row count",
    )


def number_sign_counter_beside_csv() -> StatusFile:
    rows = [
        ["№", "Номер заявки", "Кандидат", "Статус", "Дата"],
        ["1", "1202", "Нурланов Е.", "Передан работодателю", dmy(D2)],
        ["2", "1205", "Сапарова Г.", "Контракт подписан", dmy(D2)],
        ["3", "1211", "Есенов К.", "Оффер", dmy(D1)],
    ]
    return StatusFile(
        "реестр с нумерацией.csv", csv_bytes(rows, delimiter=";"),
        [Move(1202, "employer_review", D2), Move(1205, "contract_signed", D2), Move(1211, "offer", D1)],
        about="«№» as a row counter (1, 2, 3) beside «Номер заявки»: the counter is never an application",
    )


# ---- names instead of numbers -------------------------------------------------------------------------------------

def names_in_number_column_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1201, "Проверка квалификации", excel_day(D2)],
        ["Ахметжанов Бауыржан", "Собеседование", excel_day(D2)],
        [1207, "Вылетел", excel_day(D1)],
        ["Смагулова Айгерим (QA-3302)", "Контракт подписан", excel_day(D1)],
    ]
    return StatusFile(
        "заявки и фамилии.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1201, "qualification_check", D2), Move(1207, "departed", D1)],
        [refuse(3, "№ заявки"), refuse(5, "№ заявки")],
        about="a worker's name typed in the number's column on two rows (the officer did not have the number): those "
              "rows refused naming the column, the others applied",
    )


def names_only_csv() -> StatusFile:
    rows = [
        ["Фамилия Имя", "Вакансия", "Статус"],
        ["Кенжебеков Арман", "Сварщик", "Собеседование"],
        ["Абилова Дана", "Горничная", "Оффер"],
    ]
    return Refused(
        "фамилии статусы.csv", csv_bytes(rows, delimiter=";"), [], file_refused=True,
        about="names and trades with no application number, phone or Telegram id: refused whole, the answer saying what "
              "finds an application",
        answer=("number", "phone", "telegram"),
    )


# ---- a column of dates --------------------------------------------------------------------------------------------

def date_column_many_ways_xlsx() -> StatusFile:
    rows = [
        ["Application", "Stage", "Date of change"],
        [1201, "Qualification check", excel_day(D4)],
        [1202, "Sent to employer", dmy(D3)],
        [1203, "Interview", dmy(D3, "/")],
        [1204, "Offer", iso(D2)],
        [1205, "Contract signed", f"{D2.day:02d}.{D2.month:02d}"],
        [1206, "Visa issued", f"{D1.day} {EN_SHORT[D1.month - 1]} {D1.year}"],
        [1207, "Departed", dmy(AHEAD)],
    ]
    return StatusFile(
        "stages with dates.xlsx", xlsx_bytes({"Stages": rows}),
        [Move(1201, "qualification_check", D4), Move(1202, "employer_review", D3), Move(1203, "interview", D3),
         Move(1204, "offer", D2), Move(1205, "contract_signed", D2), Move(1206, "visa_issued", D1)],
        [refuse(8, "Date of change")],
        about="the day of each change written six ways (an Excel date, «25.11.2026», «25/11/2026», ISO, «25.11» with no "
              "year, «25 Nov 2026»); a departure dated ahead, refused naming the column",
    )


# ---- Kazakh in the 2021 Latin letters -----------------------------------------------------------------------------

def kazakh_latin_2021_steps_csv() -> StatusFile:
    rows = [
        ["Ötınım", "Kezeñ", "Küni"],
        ["1201", "Jūmys beruşıge jıberıldı", dmy(D3)],
        ["1203", "Sūhbat ötti", dmy(D3)],
        ["1204", "Jūmys ūsynysy berıldı", dmy(D2)],
        ["1205", "Kelısımşartqa qol qoidy", dmy(D2)],
        ["1206", "Vizasy daiyn", dmy(D1)],
        ["1207", "Qatarğa ūşyp kettı", dmy(D1)],
        ["1209", "Özı bas tartty", dmy(D1)],
    ]
    return StatusFile(
        "kezender_latyn.csv", csv_bytes(rows, delimiter=";"),
        [Move(1201, "employer_review", D3), Move(1203, "interview", D3), Move(1204, "offer", D2),
         Move(1205, "contract_signed", D2), Move(1206, "visa_issued", D1), Move(1207, "departed", D1),
         Move(1209, "withdrawn", D1)],
        about="steps in Kazakh in the 2021 Latin letters (ū, ı, ş, ğ, ö), the worker's own refusal («Özı bas tartty») "
              "as a withdrawal",
    )


# ---- empty rows ---------------------------------------------------------------------------------------------------

def empty_row_block_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Status", "Date"],
        [1201, "Qualification check", excel_day(D3)],
        [1202, "Employer review", excel_day(D3)],
        [],
        [],
        [],
        [],
        [],
        [],
        [1204, "Offer", excel_day(D1)],
        [1210, "Interview", excel_day(D1)],
        [None, None, None],
        [None, None, None],
    ]
    return StatusFile(
        "register with gaps.xlsx", xlsx_bytes({"Register": rows}),
        [Move(1201, "qualification_check", D3), Move(1202, "employer_review", D3), Move(1204, "offer", D1),
         Move(1210, "interview", D1)],
        about="six empty rows in the middle of the register and empty rows under it: the rows after the gap are read "
              "too, and the empty ones are neither rows nor refusals",
    )


# ---- files to refuse whole ----------------------------------------------------------------------------------------

def photo_of_register_jpg() -> StatusFile:
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 16 + b"\xff\xd9"
    return Refused(
        "IMG_20261127_183412.jpg", data, [], file_refused=True,
        about="a photo of the paper register: refused, the answer saying a picture cannot be read",
        answer=("photo", "picture", "image"),
    )


def header_only_xlsx() -> StatusFile:
    rows = [["№ заявки", "Статус", "Дата", "Примечание"]]
    return Refused(
        "шаблон статусов.xlsx", xlsx_bytes({"Лист1": rows}), [], file_refused=True,
        about="the register's header with no row under it: refused, the answer saying it is empty",
        answer=("no row", "empty", "nothing"),
    )


def all_files() -> list[StatusFile]:
    """Every file of the tenth set, built afresh."""
    builders = [
        tired_officer_ru_xlsx, tired_officer_en_csv, number_sign_holds_applications_xlsx,
        number_sign_counter_beside_csv, names_in_number_column_xlsx, names_only_csv, date_column_many_ways_xlsx,
        kazakh_latin_2021_steps_csv, empty_row_block_xlsx, photo_of_register_jpg, header_only_xlsx,
    ]
    return [build() for build in builders]
