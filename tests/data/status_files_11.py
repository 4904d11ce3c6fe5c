"""An eleventh set of status files: a Qatari agency's English sheets, a 1C export and date-column trackers, written apart
from the first ten.

It holds a Qatari recruitment agency's English status sheet, where "Visa stamped" and "Deployed" are steps, "Medical
fit" and "QVC done" (the Qatar Visa Centre's medical and fingerprints) are milestones on the way that name no step of
the bot's, and "Interview with employer cancelled" is no rejection (all three refused naming the column, the
application left where it stands); a 1C export with many extra columns (organisation, person in charge, sums,
currency) and numbers with 1C's leading zeros; trackers with a column per date, where the latest filled cell is the
step and its column's date the step's day (dates as real Excel dates in the header, or as «18-Nov-26» text); dates
written with month names in Russian, Kazakh and English («18 нояб. 2026», «2026 ж. 18 қараша», "Nov 18th, 2026");
and three files refused whole with an answer that says why (a summary of counts per step, a Word document, a vacancy
list sent as statuses).

Every file starts from `SEED_11`: the tenth set's applications and twelve more on «QA-4401» and «QA-4402». The
format is the tenth set's. Written before the reading code was read; dates are built from Kazakhstan's day, days
back, so the set never ages and passes at any hour.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.kz_time import kazakhstan_today
from tests.data.status_files import KK_MONTHS, RU_MONTHS, Move, Seed, StatusFile, dmy, refuse
from tests.data.status_files_8 import EN_SHORT, RU_SHORT, Refused
from tests.data.status_files_10 import SEED_10
from tests.data.vacancy_files import csv_bytes, xlsx_bytes
from tests.workbooks import docx_bytes

__all__ = ["SEED_11", "all_files"]

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def back(days: int) -> date:
    """A day `days` back from Kazakhstan's today."""
    return kazakhstan_today() - timedelta(days=days)


E1, E2, E3, E4 = back(3), back(6), back(10), back(15)

SEED_11 = SEED_10 + [
    Seed(1301, 5301, "+77014440101", "QA-4401", "applied"),
    Seed(1302, 5302, "+77024440202", "QA-4401", "qualification_check"),
    Seed(1303, 5303, "+77054440303", "QA-4401", "employer_review"),
    Seed(1304, 5304, "+77074440404", "QA-4402", "interview"),
    Seed(1305, 5305, "+77084440505", "QA-4402", "offer"),
    Seed(1306, 5306, "+77474440606", "QA-4402", "contract_signed"),
    Seed(1307, 5307, "+77774440707", "QA-4401", "visa_issued"),
    Seed(1308, 5308, "+77004440808", "QA-4402", "departed"),
    Seed(1309, 5309, "+77014440909", "QA-4401", "employer_review"),
    Seed(1310, 5310, "+77024441010", "QA-4402", "interview"),
    Seed(1311, 5311, "+77054441111", "QA-4401", "offer"),
    Seed(1312, 5312, "+77074441212", "QA-4402", "contract_signed"),
]


def dash_en(day: date, year_digits: int = 4) -> str:
    """«18-Nov-2026» or «18-Nov-26», as an agency's sheet shows a date."""
    year = day.year if year_digits == 4 else day.year % 100
    return f"{day.day:02d}-{EN_SHORT[day.month - 1]}-{year:02d}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# ---- a Qatari recruitment agency's English sheet ------------------------------------------------------------------

def qatar_agency_status_en_xlsx() -> StatusFile:
    rows = [
        ["S/N", "Candidate Name", "Passport No.", "Application No.", "Trade", "Status", "Status Date"],
        [1, "ZHUMABEKOV NURLAN", "N14523687", 1306, "Mason", "Visa stamped", dash_en(E2)],
        [2, "SADYKOVA AIGERIM", "N10982734", 1307, "Housekeeper", "Deployed", dash_en(E1)],
        [3, "OMAROV DAUREN", "N13340981", 1305, "Steel Fixer", "Medical fit", dash_en(E2)],
        [4, "BEKOVA ZHANAR", "N12203845", 1312, "Nurse", "QVC done", dash_en(E1)],
        [5, "TOKTAROV ASKAR", "N11876520", 1304, "Electrician", "Interview with employer cancelled", dash_en(E1)],
        [6, "ISMAILOVA DANA", "N14009127", 1311, "Cook", "Visa stamped", dash_en(E1)],
        [7, "NURGALIEV YERBOL", "N13567702", 1308, "Driver", "Joined work", dash_en(E1)],
    ]
    return StatusFile(
        "KZ candidates status - Gulf Star Manpower.xlsx", xlsx_bytes({"Status": rows}),
        [Move(1306, "visa_issued", E2), Move(1307, "departed", E1), Move(1311, "visa_issued", E1),
         Move(1308, "employed", E1), Move(1305, "offer"), Move(1312, "contract_signed"), Move(1304, "interview")],
        [refuse(4, "Status"), refuse(5, "Status"), refuse(6, "Status")],
        about="a Qatari agency's sheet: «Visa stamped», «Deployed», «Joined work» are steps; «Medical fit» and «QVC done» "
              "are milestones that name no step, and «Interview with employer cancelled» is no rejection: refused naming "
              "the column, the application staying where it stands; a row counter «S/N» and passport numbers beside "
              "the application's number; dates «18-Nov-2026»",
    )


def agency_tracker_remarks_csv() -> StatusFile:
    rows = [
        ["Ref No", "Candidate", "Current Status", "Remarks", "Updated"],
        ["1303", "Aidos K.", "Interview scheduled with employer", "Zoom, 10 AM Doha time",
         f"{EN_SHORT[E2.month - 1]} {E2.day}, {E2.year}"],
        ["1310", "Madina S.", "Interview with employer cancelled", "client postponed, new date TBA",
         f"{EN_SHORT[E1.month - 1]} {E1.day}, {E1.year}"],
        ["1309", "Ruslan T.", "Rejected by employer", "not enough experience",
         f"{EN_SHORT[E1.month - 1]} {E1.day}, {E1.year}"],
        ["1307", "Gaukhar M.", "Deployed to Qatar", "flight QR 392",
         f"{EN_SHORT[E1.month - 1]} {E1.day}, {E1.year}"],
    ]
    return StatusFile(
        "candidate_tracker_KZ.csv", csv_bytes(rows),
        [Move(1303, "interview", E2, "Zoom, 10 AM Doha time"), Move(1310, "interview"),
         Move(1309, "rejected", E1, "not enough experience"), Move(1307, "departed", E1, "flight QR 392")],
        [refuse(3, "Current Status")],
        about="an agency's tracker with remarks kept as the step's note; an interview the employer cancelled is refused "
              "and never taken for a rejection (1310 stays at its interview), while «Rejected by employer» is one",
    )


# ---- a 1C export with extra columns -------------------------------------------------------------------------------

def one_c_extra_columns_xlsx() -> StatusFile:
    def stamp(day: date) -> str:
        return f"{day:%d.%m.%Y} 0:00:00"

    rows = [
        ["Заявки кандидатов (выгрузка)"],
        [f"Период: {dmy(E4)} - {dmy(E1)}"],
        [],
        ["Номер", "Дата", "Кандидат", "Вакансия", "Организация", "Ответственный", "Состояние заявки",
         "Дата состояния", "Сумма", "Валюта", "Комментарий"],
        ["000001301", stamp(E4), "Абдрахманов Т.", "QA-4401", "ТОО «Центр занятости»", "Иванова О.",
         "Проверка квалификации", stamp(E3), "0,00", "KZT", ""],
        ["000001303", stamp(E4), "Сейткали Н.", "QA-4401", "ТОО «Центр занятости»", "Иванова О.",
         "Собеседование", stamp(E2), "0,00", "KZT", "онлайн"],
        ["000001305", stamp(E4), "Мухамеджанова Л.", "QA-4402", "ТОО «Центр занятости»", "Сапаров Б.",
         "Контракт подписан", stamp(E1), "0,00", "KZT", ""],
        ["000001302", stamp(E4), "Ержанов А.", "QA-4401", "ТОО «Центр занятости»", "Сапаров Б.",
         "Отказ кандидата", stamp(E1), "0,00", "KZT", "нашёл работу в РК"],
    ]
    return StatusFile(
        "Заявки кандидатов (1С).xlsx", xlsx_bytes({"TDSheet": rows}),
        [Move(1301, "qualification_check", E3), Move(1303, "interview", E2, "онлайн"),
         Move(1305, "contract_signed", E1), Move(1302, "withdrawn", E1, "нашёл работу в РК")],
        about="1C's export: a title and a period above the table, numbers with leading zeros, the application's own "
              "date beside the step's date («… 0:00:00»), extra columns (organisation, person in charge, a sum, a "
              "currency), «Отказ кандидата» as a withdrawal",
    )


# ---- a column per date --------------------------------------------------------------------------------------------

def status_per_date_column_ru_xlsx() -> StatusFile:
    def day(value: date) -> datetime:
        return datetime(value.year, value.month, value.day)

    rows = [
        ["№ заявки", "ФИО", day(E4), day(E3), day(E2), day(E1)],
        [1301, "Абдрахманов Т.", "Проверка квалификации", None, "Передано работодателю", None],
        [1303, "Сейткали Н.", None, "Собеседование", None, "Оффер"],
        [1305, "Мухамеджанова Л.", None, None, "Контракт подписан", None],
        [1306, "Жумабеков Н.", None, None, None, "Виза выдана"],
    ]
    return StatusFile(
        "трекер по датам.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1301, "employer_review", E2), Move(1303, "offer", E1), Move(1305, "contract_signed", E2),
         Move(1306, "visa_issued", E1)],
        about="a tracker with a column per date (real Excel dates in the header), each cell the step reached that "
              "day: the latest filled cell is the step, its column's date the step's day",
    )


def status_per_date_column_en_csv() -> StatusFile:
    rows = [
        ["App No", "Name", dash_en(E3, 2), dash_en(E2, 2), dash_en(E1, 2)],
        ["1309", "Ruslan T.", "Interview", "Offer", ""],
        ["1310", "Madina S.", "", "Offer", "Contract signed"],
        ["1311", "Dana I.", "Contract signed", "", ""],
        ["1312", "Zhanar B.", "", "", "Visa issued"],
    ]
    return StatusFile(
        "weekly tracker.csv", csv_bytes(rows),
        [Move(1309, "offer", E2), Move(1310, "contract_signed", E1), Move(1311, "contract_signed", E3),
         Move(1312, "visa_issued", E1)],
        about="a weekly tracker with dates as text in the header («18-Nov-26»), empty cells after a row's last step",
    )


# ---- dates with month names ---------------------------------------------------------------------------------------

def month_names_ru_xlsx() -> StatusFile:
    rows = [
        ["Номер заявки", "Этап", "Дата"],
        [1301, "Проверка квалификации", f"{E4.day} {RU_MONTHS[E4.month - 1]} {E4.year} г."],
        [1303, "Собеседование", f"{E3.day} {RU_SHORT[E3.month - 1]} {E3.year}"],
        [1304, "Оффер", f"{E2.day} {RU_MONTHS[E2.month - 1]} {E2.year}"],
        [1306, "Виза выдана", f"«{E1.day:02d}» {RU_MONTHS[E1.month - 1]} {E1.year} года"],
    ]
    return StatusFile(
        "этапы ноябрь.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1301, "qualification_check", E4), Move(1303, "interview", E3), Move(1304, "offer", E2),
         Move(1306, "visa_issued", E1)],
        about="dates in Russian words: «18 ноября 2026 г.», «18 нояб. 2026», «18 ноября 2026», and as an order writes "
              "it, «\u00ab18\u00bb ноября 2026 года»",
    )


def month_names_kk_csv() -> StatusFile:
    rows = [
        ["Өтінім №", "Кезең", "Күні"],
        ["1302", "Жұмыс берушіге жіберілді", f"{E3.year} ж. {E3.day} {KK_MONTHS[E3.month - 1]}"],
        ["1304", "Жұмысқа ұсыныс берілді", f"{E2.day} {KK_MONTHS[E2.month - 1]} {E2.year} ж."],
        ["1305", "Келісімшартқа қол қойылды", f"{E2.year} жылғы {E2.day} {KK_MONTHS[E2.month - 1]}"],
        ["1307", "Катарға ұшып кетті", f"{E1.day}-{KK_MONTHS[E1.month - 1]}, {E1.year}"],
    ]
    return StatusFile(
        "кезеңдер.csv", csv_bytes(rows, delimiter=";"),
        [Move(1302, "employer_review", E3), Move(1304, "offer", E2), Move(1305, "contract_signed", E2),
         Move(1307, "departed", E1)],
        about="dates in Kazakh words four ways («2026 ж. 18 қараша», «18 қараша 2026 ж.», «2026 жылғы 18 қараша», "
              "«18-қараша, 2026»)",
    )


def month_names_en_csv() -> StatusFile:
    rows = [
        ["Application", "Status", "Date"],
        ["1301", "Qualification check", f"{EN_MONTHS[E4.month - 1]} {ordinal(E4.day)}, {E4.year}"],
        ["1302", "Sent to employer", f"{ordinal(E3.day)} {EN_MONTHS[E3.month - 1]} {E3.year}"],
        ["1310", "Offer", f"{EN_SHORT[E2.month - 1]}. {E2.day}, {E2.year}"],
        ["1312", "Visa issued", f"{E1.day} {EN_MONTHS[E1.month - 1].upper()} {E1.year}"],
    ]
    return StatusFile(
        "status_update_en.csv", csv_bytes(rows),
        [Move(1301, "qualification_check", E4), Move(1302, "employer_review", E3), Move(1310, "offer", E2),
         Move(1312, "visa_issued", E1)],
        about="dates in English words: «November 18th, 2026», «18th November 2026», «Nov. 18, 2026», «18 NOVEMBER 2026»",
    )


# ---- files to refuse whole ----------------------------------------------------------------------------------------

def summary_counts_xlsx() -> StatusFile:
    rows = [
        ["Сводка по этапам на " + dmy(E1)],
        ["Этап", "Количество"],
        ["Собеседование", 12],
        ["Оффер", 7],
        ["Виза выдана", 4],
        ["Вылетел", 3],
        ["Итого", 26],
    ]
    return Refused(
        "сводка.xlsx", xlsx_bytes({"Сводка": rows}), [], file_refused=True,
        about="a summary of how many stand at each step, with no application in it: refused whole, the answer saying "
              "what finds an application",
        answer=("number", "phone", "telegram"),
    )


def word_document_docx() -> StatusFile:
    data = docx_bytes(table=[["№ заявки", "Статус"], ["1303", "Собеседование"], ["1305", "Контракт подписан"]])
    return Refused(
        "Статусы за неделю.docx", data, [], file_refused=True,
        about="a Word document with the statuses in a table: refused, the answer saying a Word document is not read",
        answer=("word", "docx"),
    )


def vacancy_list_sent_as_statuses_csv() -> StatusFile:
    rows = [
        ["Вакансия", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["Сварщик", "Lusail Construction Group", "1800", "6", dmy(kazakhstan_today() + timedelta(days=60))],
        ["Повар", "The Pearl Boutique Hotel", "1600", "3", dmy(kazakhstan_today() + timedelta(days=60))],
    ]
    return Refused(
        "вакансии декабрь.csv", csv_bytes(rows, delimiter=";"), [], file_refused=True,
        about="a vacancy list sent where statuses were awaited: refused whole, the answer saying it is a list of "
              "vacancies",
        answer=("vacanc",),
    )


def all_files() -> list[StatusFile]:
    """Every file of the eleventh set, built afresh."""
    builders = [
        qatar_agency_status_en_xlsx, agency_tracker_remarks_csv, one_c_extra_columns_xlsx,
        status_per_date_column_ru_xlsx, status_per_date_column_en_csv, month_names_ru_xlsx, month_names_kk_csv,
        month_names_en_csv, summary_counts_xlsx, word_document_docx, vacancy_list_sent_as_statuses_csv,
    ]
    return [build() for build in builders]
