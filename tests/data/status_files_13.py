"""A thirteenth set of status files: statuses sent back by the ministry's partners, written apart from the first twelve.

It holds a medical centre's results list in English ("FIT", "UNFIT" with the reason in the remarks) and in Russian
(«годен», «не годен», «Не годен (…)»); a visa office's list of issued visas with the visa numbers, issue and expiry
dates and the sponsor, one visa still «Under process»; a visa office's Russian register with no status column at all,
its title saying the visas were issued; an agency's flight manifest (flight, departure date, PNR, route) with no
status column, one booking still ahead; an airline group booking's CSV with "FLOWN" and a rebooked passenger, dates
written as an airline writes them («25NOV»); a training centre's trade test results with scores (English and
Kazakh); and three files refused whole with an answer that says why (a medical centre's invoice, a flight schedule,
a Word document renamed .xlsx).

As the eleventh set decides for "Medical fit", a medical result of fit names no step of the bot's and is refused,
the application left where it stands; unfit is a check failed, the rejection. A trade test passed is the
qualification check done (the bot's «Qualification check»); failed is the rejection; absent names no step. A
passenger listed on a flight that has left has departed on that day; a booking ahead has not departed yet.

Every file starts from `SEED_13`: the twelfth set's applications and sixteen more on «QA-4601» and «QA-4602». The
format is the earlier sets' (`Move`, `refuse`, `Refused`). Written before the reading code was read; dates are
built from Kazakhstan's day, days back, so the set never ages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.kz_time import kazakhstan_today
from tests.data.status_files import Move, Seed, StatusFile, dmy, refuse
from tests.data.status_files_8 import EN_SHORT, Refused
from tests.data.status_files_12 import SEED_12
from tests.data.vacancy_files import csv_bytes, xlsx_bytes
from tests.workbooks import docx_bytes

__all__ = ["SEED_13", "all_files"]


def back(days: int) -> date:
    """A day `days` back from Kazakhstan's today."""
    return kazakhstan_today() - timedelta(days=days)


F1, F2, F3, F4 = back(1), back(4), back(7), back(11)

SEED_13 = SEED_12 + [
    Seed(1501, 5501, "+77017770101", "QA-4601", "applied"),
    Seed(1502, 5502, "+77027770202", "QA-4601", "applied"),
    Seed(1503, 5503, "+77057770303", "QA-4601", "qualification_check"),
    Seed(1504, 5504, "+77077770404", "QA-4601", "employer_review"),
    Seed(1505, 5505, "+77087770505", "QA-4601", "interview"),
    Seed(1506, 5506, "+77477770606", "QA-4601", "offer"),
    Seed(1507, 5507, "+77777770707", "QA-4601", "contract_signed"),
    Seed(1508, 5508, "+77007770808", "QA-4601", "contract_signed"),
    Seed(1509, 5509, "+77017770909", "QA-4602", "visa_issued"),
    Seed(1510, 5510, "+77027771010", "QA-4602", "visa_issued"),
    Seed(1511, 5511, "+77057771111", "QA-4602", "visa_issued"),
    Seed(1512, 5512, "+77077771212", "QA-4602", "applied"),
    Seed(1513, 5513, "+77087771313", "QA-4602", "qualification_check"),
    Seed(1514, 5514, "+77477771414", "QA-4602", "offer"),
    Seed(1515, 5515, "+77777771515", "QA-4602", "contract_signed"),
    Seed(1516, 5516, "+77007771616", "QA-4602", "employer_review"),
]


def slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def airline(day: date) -> str:
    """«25NOV», as an airline's booking writes a day: no year."""
    return f"{day.day:02d}{EN_SHORT[day.month - 1].upper()}"


def excel(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


# ---- a medical centre's results -------------------------------------------------------------------------------------

def medical_results_en_xlsx() -> StatusFile:
    rows = [
        ["AL SHIFA MEDICAL CENTRE - GAMCA APPROVED - ALMATY"],
        ["Medical examination results for Qatar employment"],
        ["Sl", "Ref No", "Candidate Name", "Passport No", "Date of Exam", "Result", "Remarks"],
        [1, 1501, "Abdrakhmanov Daniyar", "N15520341", excel(F3), "FIT", ""],
        [2, 1502, "Zhumabekova Aliya", "N15520877", excel(F3), "UNFIT", "HBsAg positive"],
        [3, 1503, "Serikov Bauyrzhan", "N15521019", excel(F2), "FIT", ""],
        [4, 1504, "Mukhamedova Zarina", "N15522406", excel(F2), "UNFIT", "Chest X-ray: old TB scar"],
        [],
        ["Chief Medical Officer: Dr. A. Karimova"],
    ]
    return StatusFile(
        "Medical results 24-11.xlsx", xlsx_bytes({"Results": rows}),
        [Move(1502, "rejected", F3), Move(1504, "rejected", F2)],
        [refuse(4, "Result"), refuse(6, "Result")],
        about="a medical centre's results: «UNFIT» (a check failed) is the rejection, dated the exam; «FIT» names no "
              "step of the bot's and is refused naming the column, as the eleventh set refuses «Medical fit»; the "
              "passport number is not the application's",
    )


def medical_results_ru_xlsx() -> StatusFile:
    rows = [
        ["Медицинский центр «Сункар»: заключения медицинской комиссии (Катар)"],
        ["№", "ФИО", "Телефон", "Дата осмотра", "Заключение"],
        [1, "Касенов Ерболат", "+7 705 777 03 03", dmy(F2), "годен"],
        [2, "Ибрагимова Сания", "8 707 777 04 04", dmy(F2), "не годен"],
        [3, "Оразбаев Арман", "+7 708 777 05 05", dmy(F1), "Не годен (гипертония)"],
        [4, "Темирова Дина", "87477770606", dmy(F1), "годен к работе в жарком климате"],
    ]
    return StatusFile(
        "Заключения медкомиссии.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1504, "rejected", F2), Move(1505, "rejected", F1)],
        [refuse(3, "Заключение"), refuse(6, "Заключение")],
        about="a Russian medical commission's conclusions by phone: «не годен» and «Не годен (гипертония)» are the "
              "rejection (never read as «годен»); «годен» names no step and is refused",
    )


# ---- a visa office's lists ------------------------------------------------------------------------------------------

def issued_visas_en_xlsx() -> StatusFile:
    rows = [
        ["Visa No.", "Visa Issue Date", "Visa Expiry Date", "Application No.", "Name", "Passport No.", "Sponsor",
         "Status"],
        ["312047715", excel(F4), excel(F4 + timedelta(days=90)), 1507, "Nurpeisov Askar", "N16603211",
         "Hamad Port Stevedoring W.L.L.", "Issued"],
        ["312047716", excel(F3), excel(F3 + timedelta(days=90)), 1508, "Tokhtarova Madina", "N16603398",
         "Hamad Port Stevedoring W.L.L.", "Issued"],
        ["", "", "", 1515, "Bekmukhanbetov Yerzhan", "N16604120", "Hamad Port Stevedoring W.L.L.",
         "Under process"],
        ["312047731", excel(F2), excel(F2 + timedelta(days=90)), None, "Alimzhanova Gulnaz", "N16604487",
         "Hamad Port Stevedoring W.L.L.", "Issued"],
    ]
    return StatusFile(
        "Issued visas - HPS.xlsx", xlsx_bytes({"Visas": rows}),
        [Move(1507, "visa_issued", F4), Move(1508, "visa_issued", F3)],
        [refuse(4, "Status"), refuse(5, "Application No.")],
        about="a visa office's list: the visa number (not the application's, not a phone), the issue date (the step's "
              "day, not the expiry), the sponsor; «Under process» is under way and refused; a visa with no "
              "application number is refused naming that column",
    )


def issued_visas_no_status_ru_xlsx() -> StatusFile:
    rows = [
        ["Список выданных рабочих виз (Катар)"],
        ["№ п/п", "№ заявки", "ФИО", "Номер визы", "Дата выдачи визы"],
        [1, 1514, "Сарсенбаев Думан", "312051102", dmy(F2)],
        [2, 1515, "Бекмухамбетов Ержан", "312051107", dmy(F1)],
    ]
    return StatusFile(
        "выданные визы.xlsx", xlsx_bytes({"Визы": rows}),
        [Move(1514, "visa_issued", F2), Move(1515, "visa_issued", F1)],
        about="a visa office's register with no status column: the title says the visas were issued, each row dated "
              "its issue; the visa number is not the application's",
    )


# ---- flights ---------------------------------------------------------------------------------------------------------

def flight_manifest_ru_xlsx() -> StatusFile:
    ahead = kazakhstan_today() + timedelta(days=6)
    rows = [
        ["Список вылетающих в Катар (групповой рейс)"],
        ["№", "ФИО", "Телефон", "Рейс", "Дата вылета", "Маршрут", "PNR"],
        [1, "Ахметжанов Ринат", "+7 701 777 09 09", "KC 897", dmy(F2), "ALA-DOH", "K7XQ2M"],
        [2, "Смагулова Айгерим", "+7 702 777 10 10", "KC 897", dmy(F2), "ALA-DOH", "K7XQ2M"],
        [3, "Жексенбаев Марат", "+7 705 777 11 11", "QR 392", dmy(ahead), "NQZ-DOH", "L4PW8T"],
    ]
    return StatusFile(
        "манифест KC897.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1509, "departed", F2), Move(1510, "departed", F2)],
        may_skip=[5],
        about="an agency's flight list with no status column: a passenger on a flight that has left has departed on "
              "its day; a booking six days ahead has not (not moved; refusing it is allowed); the PNR and the flight "
              "number are not application numbers",
    )


def group_booking_flown_csv() -> StatusFile:
    rows = [
        ["PAX", "APP REF", "FLIGHT", "DEP DATE", "ROUTE", "PNR", "TICKET NO", "COUPON STATUS"],
        ["ABILOV/NURLAN MR", "1511", "QR 392", airline(F3), "NQZDOH", "M2RT5K", "157-2412345678", "FLOWN"],
        ["SMAGULOVA/AIGERIM MS", "1510", "KC 897", airline(F2), "ALADOH", "K7XQ2M", "465-2412349011", "FLOWN"],
        ["DAULETOV/ERLAN MR", "1309", "QR 392", airline(F3), "NQZDOH", "M2RT5K", "157-2412345679", "REBOOKED"],
    ]
    return StatusFile(
        "GRP_QR392_coupons.csv", csv_bytes(rows),
        [Move(1511, "departed", F3), Move(1510, "departed", F2)],
        [refuse(4, "COUPON STATUS")],
        about="an airline group booking's coupons: «FLOWN» is the departure on the «DEP DATE» written as an airline "
              "writes it («25NOV», no year); «REBOOKED» names no step and is refused; the ticket number is no phone",
    )


# ---- a training centre's trade test ---------------------------------------------------------------------------------

def trade_test_results_xlsx() -> StatusFile:
    rows = [
        ["Astana Welding Training Centre - Trade Test Results (Qatar)"],
        [f"Date of test: {dmy(F3)}"],
        ["No", "App No", "Candidate", "Trade", "Practical (60)", "Theory (40)", "Total (100)", "Result"],
        [1, 1501, "Abdrakhmanov D.", "Welder 6G", 52, 31, 83, "PASS"],
        [2, 1512, "Kuanyshev T.", "Welder 3G", 38, 22, 60, "FAIL"],
        [3, 1516, "Omarov S.", "Welder 6G", None, None, None, "ABSENT"],
        [4, 1502, "Zhumabekova A.", "Welder 3G", 47, 29, 76, "PASS"],
    ]
    return StatusFile(
        "Trade test results.xlsx", xlsx_bytes({"Results": rows}),
        [Move(1501, "qualification_check"), Move(1512, "rejected"), Move(1502, "qualification_check")],
        [refuse(6, "Result")],
        about="a training centre's trade test: scores beside the application's number (never taken for it), «PASS» "
              "the qualification checked, «FAIL» the rejection, «ABSENT» no step and refused; the test's date above "
              "the table",
    )


def trade_test_kk_csv() -> StatusFile:
    rows = [
        ["Өтінім №", "Аты-жөні", "Мамандығы", "Балл", "Тест күні", "Нәтижесі"],
        ["1512", "Қуанышев Т.", "Аспаз", "71", dmy(F2), "Өтті"],
        ["1501", "Абдрахманов Д.", "Аспаз", "45", dmy(F2), "Өтпеді"],
        ["1502", "Жұмабекова Ә.", "Аспаз", "88", dmy(F1), "Сәтті тапсырды"],
    ]
    return StatusFile(
        "тест нәтижелері.csv", csv_bytes(rows, delimiter=";"),
        [Move(1512, "qualification_check", F2), Move(1501, "rejected", F2), Move(1502, "qualification_check", F1)],
        about="a Kazakh training centre's test: «Өтті» and «Сәтті тапсырды» the qualification checked, «Өтпеді» the "
              "rejection, dated the test; the score is not the application's number",
    )


# ---- files to refuse whole ------------------------------------------------------------------------------------------

def medical_invoice_xlsx() -> StatusFile:
    rows = [
        ["Медицинский центр «Сункар»", None, None, "Счёт на оплату № 2214"],
        ["Наименование услуги", "Кол-во", "Цена, тг", "Сумма, тг"],
        ["Медосмотр для выезда (ГАМКА)", 14, 38000, 532000],
        ["Флюорография", 14, 4500, 63000],
        ["Анализ крови (ВИЧ, гепатиты)", 14, 9000, 126000],
        ["Итого", None, None, 721000],
    ]
    return Refused(
        "Счет 2214.xlsx", xlsx_bytes({"Счёт": rows}), [], file_refused=True,
        about="a medical centre's invoice (services, counts and sums) sent where results were awaited: nothing names "
              "an application, and the answer says what would",
        answer=("number", "phone", "telegram"),
    )


def flight_schedule_xlsx() -> StatusFile:
    rows = [
        ["Flight", "From", "To", "Departure", "Arrival", "Days"],
        ["KC 897", "ALA", "DOH", "21:40", "00:45", "Mon, Thu"],
        ["QR 392", "NQZ", "DOH", "03:15", "06:05", "Daily"],
        ["QR 391", "DOH", "NQZ", "19:20", "02:00", "Daily"],
    ]
    return Refused(
        "flights to Doha.xlsx", xlsx_bytes({"Schedule": rows}), [], file_refused=True,
        about="a schedule of flights to Doha with no passengers: nothing finds an application",
        answer=("number", "phone", "telegram"),
    )


def word_renamed_xlsx() -> StatusFile:
    data = docx_bytes(["Visa status - QA-4601"], table=[["App No", "Name", "Status"], ["1507", "Nurpeisov A.",
                                                                                       "Visa issued"]])
    return Refused(
        "visa status.xlsx", data, [], file_refused=True,
        about="a Word document renamed .xlsx by hand: the answer says it is a Word document",
        answer=("word", "docx"),
    )


def all_files() -> list[StatusFile]:
    """Every file of the thirteenth set, built afresh."""
    builders = [
        medical_results_en_xlsx, medical_results_ru_xlsx, issued_visas_en_xlsx, issued_visas_no_status_ru_xlsx,
        flight_manifest_ru_xlsx, group_booking_flown_csv, trade_test_results_xlsx, trade_test_kk_csv,
        medical_invoice_xlsx, flight_schedule_xlsx, word_renamed_xlsx,
    ]
    return [build() for build in builders]
