"""A ninth set of status files: registers as recruitment agencies and the ministry keep them, written apart.

This set holds what the earlier ones touch little: a cell that names two steps, the earlier one passed on the way to
the later («Прошла интервью у работодателя», «Документы проверены, резюме передано работодателю», "Interview done,
offer accepted", "Contract signed & visa issued"), or a step done beside one still awaited ("Visa stamped, ticket
booked", «Подписал контракт, ждёт визу»: the step done, never the awaited one); steps only in Arabic («مقابلة», «تم
توقيع العقد», «باشر العمل»); English steps misspelt ("Intervew", "Contarct signed", "Visa isued"); Kazakh typed in
Latin letters without its own ones («Sukhbattan otti», «Katarga ushyp ketti») and Kazakh in Cyrillic misspelt
(«Сұхбатан өтті», «Жұмыска шықты»); a date written in the step's cell («Виза выдана 12.11.2026», «Собеседование
25.11») with no date column; a column of the day each step was taken, in Kazakh; a worker named by the phone alone,
written five ways; an application's number as «Заявка №1095», "App #1096", «1097 / QA-3101»; duplicated rows; and two
files to refuse whole with an answer that says why (a contact list with no step, a Word letter).

Every file starts from `SEED_9`: the eighth set's applications and twelve more on «QA-3101» and «QA-3102». The
format is the eighth set's. Written before the reading code was read; dates are built from today's, so the set never
ages.
"""

from __future__ import annotations

from datetime import date

from tests.data.status_files import D1, D2, D3, Move, Seed, StatusFile, ago, dmy, excel_day
from tests.data.status_files_5 import STEP_BACK, Said
from tests.data.status_files_7 import UNKNOWN
from tests.data.status_files_8 import SEED_8, Logged, Refused, dm
from tests.data.vacancy_files import csv_bytes, xlsx_bytes
from tests.data.vacancy_files_10 import spreadsheet_2003
from tests.workbooks import docx_bytes

__all__ = ["SEED_9", "all_files"]

D4 = ago(16)

SEED_9 = SEED_8 + [
    Seed(1095, 5081, "+77015559501", "QA-3101", "applied"),
    Seed(1096, 5082, "+77025559602", "QA-3101", "qualification_check"),
    Seed(1097, 5083, "+77055559703", "QA-3101", "employer_review"),
    Seed(1098, 5084, "+77075559804", "QA-3102", "interview"),
    Seed(1099, 5085, "+77085559905", "QA-3102", "offer"),
    Seed(1100, 5086, "+77475550006", "QA-3102", "contract_signed"),
    Seed(1101, 5087, "+77775550107", "QA-3101", "visa_issued"),
    Seed(1102, 5088, "+77005550208", "QA-3102", "departed"),
    Seed(1103, 5089, "+77015550309", "QA-3101", "applied"),
    Seed(1104, 5090, "+77025550410", "QA-3102", "employer_review"),
    Seed(1105, 5091, "+77055550511", "QA-3101", "interview"),
    Seed(1106, 5092, "+77075550612", "QA-3102", "contract_signed"),
]


def slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# ---- two steps in one cell ----------------------------------------------------------------------------------------

def two_steps_in_one_cell_ru_xlsx() -> StatusFile:
    rows = [
        ["Реестр кандидатов (Катар)"],
        ["№ заявки", "ФИО", "Статус заявки", "Дата"],
        [1097, "Сейткали А.", "Прошла интервью у работодателя", excel_day(D2)],
        [1095, "Оспанов Б.", "Документы проверены, резюме передано работодателю", excel_day(D3)],
        [1099, "Каримова Ж.", "Подписал контракт, ждёт визу", excel_day(D1)],
        [1096, "Исаев Т.", "Прошёл проверку квалификации и собеседование у работодателя", excel_day(D2)],
        [1104, "Мухтарова Л.", "Собеседование пройдено, получил оффер", excel_day(D1)],
    ]
    return StatusFile(
        "реестр кандидатов.xlsx", xlsx_bytes({"Реестр": rows}),
        [Move(1097, "interview", D2), Move(1095, "employer_review", D3), Move(1099, "contract_signed", D1),
         Move(1096, "interview", D2), Move(1104, "offer", D1)],
        about="a step passed on the way and the step reached, in one cell: the later is where the application stands; "
              "a step awaited («ждёт визу») is not taken",
    )


def two_steps_in_one_cell_en_csv() -> StatusFile:
    rows = [
        ["Candidate Ref", "Name", "Current Status", "Updated On"],
        ["1098", "Nurlan S.", "Interview done, offer accepted", slash(D2)],
        ["1100", "Aliya K.", "Contract signed & visa issued", slash(D2)],
        ["1101", "Marat Zh.", "Visa stamped, ticket booked", slash(D1)],
        ["1106", "Gulnara T.", "medical passed, visa applied", slash(D1)],
        ["1105", "Yerlan B.", "Medical fit, contract signed", slash(D1)],
    ]
    return StatusFile(
        "candidate_tracker.csv", csv_bytes(rows),
        [Move(1098, "offer", D2), Move(1100, "visa_issued", D2), Move(1105, "contract_signed", D1)],
        may_skip=[4, 5],
        about="an agency's tracker naming two things in a cell: the later step taken is read; a ticket booked or a "
              "visa applied for is no step taken (1101 stays at its visa, 1106 at its contract)",
    )


# ---- steps only in Arabic -----------------------------------------------------------------------------------------

def arabic_only_steps_csv() -> StatusFile:
    rows = [
        ["Application No", "الحالة", "Date"],
        ["1097", "مقابلة", slash(D2)],
        ["1099", "تم توقيع العقد", slash(D2)],
        ["1100", "صدرت التأشيرة", slash(D1)],
        ["1101", "وصل إلى الدوحة", slash(D1)],
        ["1102", "باشر العمل", slash(D1)],
        ["1103", "مرفوض", slash(D1)],
    ]
    return StatusFile(
        "qatar_agency_status_ar.csv", csv_bytes(rows).decode().encode("utf-8-sig"),
        [Move(1097, "interview", D2), Move(1099, "contract_signed", D2), Move(1100, "visa_issued", D1),
         Move(1101, "departed", D1), Move(1102, "employed", D1), Move(1103, "rejected", D1)],
        about="a Qatari agency's register with the steps only in Arabic: interview, contract signed, visa issued, "
              "arrived in Doha, joined work, rejected",
    )


# ---- misspelt, in English and in Kazakh ---------------------------------------------------------------------------

def misspelt_english_xlsx() -> StatusFile:
    rows = [
        ["App No", "Status", "Status Date"],
        [1095, "Qualifcation check", excel_day(D3)],
        [1097, "Intervew scheduled", excel_day(D2)],
        [1099, "Contarct signed", excel_day(D2)],
        [1100, "Visa isued", excel_day(D1)],
        [1101, "Deparuted to Doha", excel_day(D1)],
        [1103, "Rejcted by employer", excel_day(D1)],
        [1102, "Intervew", excel_day(D1)],
    ]
    return StatusFile(
        "status update (agency).xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1095, "qualification_check", D3), Move(1097, "interview", D2), Move(1099, "contract_signed", D2),
         Move(1100, "visa_issued", D1), Move(1101, "departed", D1), Move(1103, "rejected", D1)],
        [Said(8, ("Status",), says=STEP_BACK)],
        about="English steps misspelt in a hurry; an interview for a worker already in Qatar, refused as a step back",
    )


def kazakh_latin_plain_csv() -> StatusFile:
    rows = [
        ["Otinim nomiri", "Martebesi", "Kuni"],
        ["1097", "Sukhbattan otti", dmy(D2)],
        ["1099", "Enbek shartyna qol qoidy", dmy(D2)],
        ["1100", "Viza berildi", dmy(D1)],
        ["1101", "Katarga ushyp ketti", dmy(D1)],
        ["1102", "Jumyska shykty", dmy(D1)],
        ["1103", "Qabyldanbady", dmy(D1)],
    ]
    return StatusFile(
        "martebeler_latyn.csv", csv_bytes(rows, delimiter=";"),
        [Move(1097, "interview", D2), Move(1099, "contract_signed", D2), Move(1100, "visa_issued", D1),
         Move(1101, "departed", D1), Move(1102, "employed", D1), Move(1103, "rejected", D1)],
        about="Kazakh in plain Latin letters as typed on a phone, «sh», «kh» for ш, х, no Kazakh letters at all",
    )


def ministry_kazakh_misspelt_xlsx() -> StatusFile:
    rows = [
        ["ҚР Еңбек және халықты әлеуметтік қорғау министрлігі"],
        ["Өтінімдер мәртебесінің тізілімі"],
        [],
        ["Р/с", "Өтінім №", "Аты-жөні", "Мәртебесі", "Күні"],
        [1, 1095, "Ахметов Е.", "Біліктілігі тексерілуде", excel_day(D3)],
        [2, 1097, "Қасымова А.", "Сұхбатан өтті", excel_day(D2)],
        [3, 1099, "Бекова Г.", "Келісім шартқа қол койды", excel_day(D2)],
        [4, 1101, "Серіков Д.", "Катарга ұшып кетті", excel_day(D1)],
        [5, 1102, "Омаров Н.", "Жұмыска шықты", excel_day(D1)],
    ]
    return StatusFile(
        "тізілім (министрлік).xlsx", xlsx_bytes({"Тізілім": rows}),
        [Move(1095, "qualification_check", D3), Move(1097, "interview", D2), Move(1099, "contract_signed", D2),
         Move(1101, "departed", D1), Move(1102, "employed", D1)],
        about="the ministry's register in Kazakh Cyrillic with Russian letters typed for Kazakh ones and a letter "
              "dropped («Сұхбатан», «Катарга», «Жұмыска», «койды»); a running number beside the application's",
    )


# ---- dates beside steps -------------------------------------------------------------------------------------------

def date_in_step_cell_ru_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Текущий статус"],
        ["1097", f"Собеседование {dm(D3)}"],
        ["1100", f"Виза выдана {dmy(D2)}"],
        ["1099", f"Контракт подписан от {dmy(D2)}"],
        ["1101", f"Вылетел {dm(D1)} рейсом QR 388"],
    ]
    return StatusFile(
        "статусы с датами.csv", csv_bytes(rows, delimiter=";"),
        [Move(1097, "interview", D3), Move(1100, "visa_issued", D2), Move(1099, "contract_signed", D2),
         Move(1101, "departed", D1)],
        about="no date column: the day written in the step's cell after the step («Виза выдана 12.11.2026», «Вылетел "
              "20.11 рейсом QR 388»), which is the step's day",
    )


def step_day_columns_kk_xlsx() -> StatusFile:
    rows = [
        ["Өтінім №", "Сұхбат күні", "Келісімшартқа қол қойылған күн", "Виза берілген күн", "Ұшып кеткен күні"],
        [1098, excel_day(D4), excel_day(D3), None, None],
        [1099, None, excel_day(D3), excel_day(D1), None],
        [1100, None, None, excel_day(D2), excel_day(D1)],
        [1105, excel_day(D4), None, None, None],
    ]
    return Logged(
        "кезеңдер күндері.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1098, "contract_signed", D3), Move(1099, "visa_issued", D1), Move(1100, "departed", D1)],
        may_skip=[5],
        notices={1098: "contract_signed", 1099: "visa_issued", 1100: "departed"},
        about="a column for the day of each step, headed in Kazakh; the latest day filled is the step, and the worker is "
              "told once; 1105's interview is where it stands already",
    )


# ---- a worker by phone, by application number ---------------------------------------------------------------------

def by_phone_only_xlsx() -> StatusFile:
    rows = [
        ["ФИО", "Телефон кандидата", "Этап", "Дата"],
        ["Оспанов Б.", "8 701 555 95 01", "Проверка квалификации", excel_day(D3)],
        ["Исаев Т.", "+7(702)555-96-02", "Передано работодателю", excel_day(D2)],
        ["Сейткали А.", "77055559703", "Собеседование", excel_day(D2)],
        ["Нуров К.", "8-707-555-98-04", "Оффер", excel_day(D1)],
        ["Абдрахманова С.", "+7 701 000 00 00", "Оффер", excel_day(D1)],
        ["Ким В.", "7 (708) 555 99 05", "Контракт подписан", excel_day(D1)],
    ]
    return StatusFile(
        "по телефонам.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1095, "qualification_check", D3), Move(1096, "employer_review", D2), Move(1097, "interview", D2),
         Move(1098, "offer", D1), Move(1099, "contract_signed", D1)],
        [Said(6, ("Телефон кандидата",), says=UNKNOWN)],
        about="no application number: the worker's phone written five ways; a phone no worker has, refused as such",
    )


def application_number_forms_csv() -> StatusFile:
    rows = [
        ["Заявка", "Статус", "Дата"],
        ["Заявка №1095", "Проверка квалификации", dmy(D3)],
        ["App #1096", "Передано работодателю", dmy(D2)],
        ["1097 / QA-3101", "Собеседование", dmy(D2)],
        ["№ 1098", "Оффер", dmy(D1)],
        ["Заявка №1999", "Оффер", dmy(D1)],
    ]
    return StatusFile(
        "заявки (номера).csv", csv_bytes(rows, delimiter=";"),
        [Move(1095, "qualification_check", D3), Move(1096, "employer_review", D2), Move(1097, "interview", D2),
         Move(1098, "offer", D1)],
        [Said(6, ("Заявка",), says=UNKNOWN)],
        about="the application's number as «Заявка №1095», «App #1096», «1097 / QA-3101» (with its vacancy), «№ 1098»; "
              "a number nobody has, refused as unknown",
    )


# ---- duplicates ---------------------------------------------------------------------------------------------------

def duplicates_xls() -> StatusFile:
    rows = [
        ["Status report"],
        ["Application No", "Status", "Date", "Remarks"],
        [1095, "Qualification check", excel_day(D3), None],
        [1098, "Offer", excel_day(D2), "Offer letter sent"],
        [1098, "Offer", excel_day(D2), "Offer letter sent"],
        [1103, "Qualification check", excel_day(D4), None],
        [1103, "CV sent to employer", excel_day(D1), None],
        [1095, "Qualification check", excel_day(D3), None],
    ]
    return Logged(
        "status_report_dup.xls", spreadsheet_2003({"Report": rows}, {"Report": {(1, 1): 3}}),
        [Move(1095, "qualification_check", D3), Move(1098, "offer", D2, "Offer letter sent"),
         Move(1103, "employer_review", D1)],
        may_skip=[5, 6, 8],
        notices={1095: "qualification_check", 1098: "offer", 1103: "employer_review"},
        about="an Excel 2003 XML report with rows written twice (one next to its twin, one far below) and two rows for "
              "one application on two days: each worker moved once and told once",
    )


# ---- files to refuse whole ----------------------------------------------------------------------------------------

def contact_list_no_steps_csv() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Телефон", "E-mail"],
        ["1095", "Оспанов Б.", "+7 701 555 95 01", "ospanov@mail.kz"],
        ["1096", "Исаев Т.", "+7 702 555 96 02", "isaev@mail.kz"],
    ]
    return Refused(
        "контакты кандидатов.csv", csv_bytes(rows, delimiter=";"), [], file_refused=True,
        about="a contact list of applicants with no step in it: refused whole, the answer saying it names no status",
        answer=("status", "step"),
    )


def word_letter_docx() -> StatusFile:
    data = docx_bytes(["Уважаемые коллеги!", "Сообщаем статусы по заявкам:",
                  "1095 — прошёл проверку квалификации; 1096 — передан работодателю."])
    return Refused(
        "письмо о статусах.docx", data, [], file_refused=True,
        about="a Word letter listing steps in its text: refused, the answer saying a Word document cannot be read",
        answer=("word",),
    )


def all_files() -> list[StatusFile]:
    """Every file of the ninth set, built afresh."""
    builders = [
        two_steps_in_one_cell_ru_xlsx, two_steps_in_one_cell_en_csv, arabic_only_steps_csv, misspelt_english_xlsx,
        kazakh_latin_plain_csv, ministry_kazakh_misspelt_xlsx, date_in_step_cell_ru_csv, step_day_columns_kk_xlsx,
        by_phone_only_xlsx, application_number_forms_csv, duplicates_xls, contact_list_no_steps_csv,
        word_letter_docx,
    ]
    return [build() for build in builders]
