"""An eleventh set of vacancy files, as a Qatari employer's HR office or a Kazakh recruitment agency sends them.

Written apart from the first ten: a workbook with a sheet per trade under the employer's letterhead and the
recruiter's phone and e-mail, a summary sheet first and a total under each table; a column of row numbers ("S/N",
"Sl. No.", «№ п/п»); pay as "1800-2200 QAR basic + 300 allowance", «ЗП: 2000 риалов», "QAR 1,650 p.m."; working hours
as "10 hrs/day, 6 days"; accommodation, transport and food as Yes/No columns ("Y"/"N" too); places as "5 pax", "2 Nos";
closing days in many formats ("31-Mar-2027", "2027/03/31", "15th April 2027", «15 апреля 2027 г.»); trades named in
three languages, in a column each or in one cell; an agency's CSV in Windows-1251 with semicolons; blocks of rows with
empty rows between them; a Kazakh agency's list with the recruiter's phone and e-mail on every row; an Excel 2003 XML
export with a running number and totals; and four files to refuse with a clear reason (a RAR archive, a list of
candidates rather than vacancies, an unfilled template, pay in US dollars).

The format is the earlier sets' (`Want`, `Terms`, `AnyTitle`, `NothingToImport` with the words its `answer` must
hold). Written before the reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

from datetime import datetime

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport, workbook
from tests.data.vacancy_files_7 import AnyTitle
from tests.data.vacancy_files_10 import spreadsheet_2003

QBEC = "QATAR BUILDING ENGINEERING CO. W.L.L."  # as its letterhead writes it, in capitals
DUKHAN = "Dukhan Road Contracting W.L.L."
PEARL = "Pearl Island Hospitality"
RAS_LAFFAN = "Ras Laffan Technical Services"
SEALINE = "Sealine Resort Management"
UMM_SALAL = "Umm Salal Logistics Co."
BARWA = "Barwa Facility Services"
SHAMAL = "Al Shamal Poultry Farms"


# ---- a Qatari employer's HR: a sheet per trade ---------------------------------------------------------------------

def sheet_per_trade_xlsx() -> VacancyFile:
    def trade(rows: list[list[object]]) -> list[list[object]]:
        return [
            ["QATAR BUILDING ENGINEERING CO. W.L.L."],
            ["Human Resources Department"],
            ["Contact: Mr. Rashid Khan, Recruitment Officer, +974 5566 7788, recruitment@qbec.qa"],
            [],
            ["S/N", "Position", "Qty", "Basic Salary (QAR)", "Closing Date"],
            *rows,
            [None, "TOTAL", sum(row[2] for row in rows), None, None],
        ]
    summary = [
        ["Manpower summary"],
        ["Trade", "Total"],
        ["Welders", 14],
        ["Electricians", 7],
        ["Drivers", 5],
        ["Grand Total", 26],
    ]
    welders = trade([[1, "Pipe Welder 6G", 8, 2200, datetime(YEAR, 4, 30)],
                     [2, "Structural Welder", 6, 1800, datetime(YEAR, 4, 30)]])
    electricians = trade([[1, "Electrician (Building)", 5, 1700, datetime(YEAR, 5, 15)],
                          [2, "Electrical Foreman", 2, 3200, datetime(YEAR, 5, 15)]])
    drivers = trade([[1, "Heavy Bus Driver", 5, 2100, datetime(YEAR, 5, 31)]])
    return VacancyFile(
        "QBEC manpower requirement.xlsx",
        workbook({"Summary": summary, "Welders": welders, "Electricians": electricians, "Drivers": drivers}),
        [Want("Pipe Welder 6G", QBEC, None, None, 2200, 2200, 8, d(4, 30)),
         Want("Structural Welder", QBEC, None, None, 1800, 1800, 6, d(4, 30)),
         Want("Electrician (Building)", QBEC, None, None, 1700, 1700, 5, d(5, 15)),
         Want("Electrical Foreman", QBEC, None, None, 3200, 3200, 2, d(5, 15)),
         Want("Heavy Bus Driver", QBEC, None, None, 2100, 2100, 5, d(5, 31))],
        about="a summary sheet first, then a sheet per trade, each under the employer's letterhead with the recruiter's "
              "phone and e-mail, an S/N column and a TOTAL row",
    )


# ---- pay as people write it ---------------------------------------------------------------------------------------

def basic_plus_allowance_csv() -> VacancyFile:
    rows = [
        ["Ref", "Job Title", "Company", "Salary", "Vacancies", "Deadline"],
        ["DR-201", "Asphalt Paver Operator", DUKHAN, "1800-2200 QAR basic + 300 allowance", "4", f"30/06/{YEAR}"],
        ["DR-202", "Road Roller Operator", DUKHAN, "1700 QAR basic + 300 allowance", "3", f"30/06/{YEAR}"],
        ["DR-203", "Surveyor", DUKHAN, "3500 QAR basic + 500 housing allowance", "1", f"30/06/{YEAR}"],
        ["DR-204", "Labourer", DUKHAN, "QAR 1,000 basic + QAR 300 food + QAR 500 housing", "30", f"30/06/{YEAR}"],
        ["DR-205", "Site Engineer (Civil)", DUKHAN, "QAR 6,000 - 7,000 all-inclusive", "1", f"30/06/{YEAR}"],
    ]
    return VacancyFile(
        "dukhan_road_jobs.csv", csv_bytes(rows),
        [Want("Asphalt Paver Operator", DUKHAN, "DR-201", None, 1800, 2200, 4, d(6, 30)),
         Want("Road Roller Operator", DUKHAN, "DR-202", None, 1700, 1700, 3, d(6, 30)),
         Terms("Surveyor", DUKHAN, "DR-203", None, 3500, 3500, 1, d(6, 30), terms={"housing_allowance": 500}),
         Terms("Labourer", DUKHAN, "DR-204", None, 1000, 1000, 30, d(6, 30),
               terms={"food_allowance": 300, "housing_allowance": 500}),
         Want("Site Engineer (Civil)", DUKHAN, "DR-205", None, 6000, 7000, 1, d(6, 30))],
        about="basic pay with an allowance after it, the currency after the basic and none after the allowance "
              "(«1800-2200 QAR basic + 300 allowance», «3500 QAR basic + 500 housing allowance»), and «all-inclusive»",
    )


def zp_in_words_ru_xlsx() -> VacancyFile:
    rows = [
        ["Вакансии Pearl Island Hospitality (Катар, Доха)"],
        [],
        ["№ п/п", "Вакансия", "Работодатель", "Условия оплаты", "Количество", "Приём документов до"],
        [1, "Горничная", PEARL, "ЗП: 1300 риалов", "10 чел", f"15.05.{YEAR}"],
        [2, "Официант", PEARL, "ЗП: 1500-1700 риалов + чаевые", "8 чел", f"15.05.{YEAR}"],
        [3, "Повар-кондитер", PEARL, "Оклад 2500 QAR", "2 чел", f"15.05.{YEAR}"],
        [4, "Бармен", PEARL, "з/п 1 800 кат. риалов", "3 чел", f"15.05.{YEAR}"],
        [5, "Администратор ресепшн", PEARL, "ЗП от 2200 риал.", "2 чел", f"15.05.{YEAR}"],
    ]
    return VacancyFile(
        "Pearl Island - вакансии.xlsx", workbook({"Лист1": rows}),
        [Want("Горничная", PEARL, None, None, 1300, 1300, 10, d(5, 15)),
         Want("Официант", PEARL, None, None, 1500, 1700, 8, d(5, 15)),
         Want("Повар-кондитер", PEARL, None, None, 2500, 2500, 2, d(5, 15)),
         Want("Бармен", PEARL, None, None, 1800, 1800, 3, d(5, 15)),
         Want("Администратор ресепшн", PEARL, None, None, 2200, None, 2, d(5, 15))],
        about="pay led by a word as an agency types it: «ЗП: 1300 риалов», «ЗП: 1500-1700 риалов + чаевые», «Оклад "
              "2500 QAR», «з/п 1 800 кат. риалов», «ЗП от 2200 риал.»; the header «Условия оплаты»",
    )


def per_month_en_csv() -> VacancyFile:
    rows = [
        ["Sl. No.", "Designation", "Employer", "Monthly Salary", "Nos.", "Last Date"],
        ["1", "Forklift Operator", UMM_SALAL, "QAR 1,650 p.m.", "6", f"31-Jul-{YEAR}"],
        ["2", "Storekeeper", UMM_SALAL, "1800 QR/month", "2", f"31-Jul-{YEAR}"],
        ["3", "Light Vehicle Driver", UMM_SALAL, "QR 1,500 per month", "10", f"31-Jul-{YEAR}"],
        ["4", "Warehouse Helper", UMM_SALAL, "1100/- QAR", "12", f"31-Jul-{YEAR}"],
    ]
    return VacancyFile(
        "UMM SALAL LOGISTICS - REQUIREMENT.csv", csv_bytes(rows),
        [Want("Forklift Operator", UMM_SALAL, None, None, 1650, 1650, 6, d(7, 31)),
         Want("Storekeeper", UMM_SALAL, None, None, 1800, 1800, 2, d(7, 31)),
         Want("Light Vehicle Driver", UMM_SALAL, None, None, 1500, 1500, 10, d(7, 31)),
         Want("Warehouse Helper", UMM_SALAL, None, None, 1100, 1100, 12, d(7, 31))],
        about="a running number «Sl. No.» (digits, never the vacancy's number), pay per month as «QAR 1,650 p.m.», «1800 "
              "QR/month», «1100/- QAR»",
    )


# ---- working hours, benefits as Yes/No ----------------------------------------------------------------------------

def working_hours_csv() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary (QAR)", "Working Hours", "Qty", "Closing Date"],
        ["Instrument Technician", RAS_LAFFAN, "3000", "10 hrs/day, 6 days", "3", f"{YEAR}-08-15"],
        ["Scaffolding Supervisor", RAS_LAFFAN, "3500", "8 hours x 6 days", "2", f"{YEAR}-08-15"],
        ["Fire Watcher", RAS_LAFFAN, "1200", "9 hrs per day / 6 days a week", "10", f"{YEAR}-08-15"],
        ["Rigger Level II", RAS_LAFFAN, "1900", "60 hours per week", "4", f"{YEAR}-08-15"],
    ]
    return VacancyFile(
        "RLTS openings (shutdown).csv", csv_bytes(rows),
        [Terms("Instrument Technician", RAS_LAFFAN, None, None, 3000, 3000, 3, d(8, 15), terms={"hours_per_week": 60}),
         Terms("Scaffolding Supervisor", RAS_LAFFAN, None, None, 3500, 3500, 2, d(8, 15),
               terms={"hours_per_week": 48}),
         Terms("Fire Watcher", RAS_LAFFAN, None, None, 1200, 1200, 10, d(8, 15), terms={"hours_per_week": 54}),
         Terms("Rigger Level II", RAS_LAFFAN, None, None, 1900, 1900, 4, d(8, 15), terms={"hours_per_week": 60})],
        about="working hours as a day's hours and the days of the week («10 hrs/day, 6 days», «8 hours x 6 days», «9 hrs "
              "per day / 6 days a week»): the hours of a week",
    )


def yes_no_benefits_xlsx() -> VacancyFile:
    rows = [
        ["Position", "Company", "Basic", "Accommodation", "Transportation", "Food", "No. of Pax", "Apply By"],
        ["Room Attendant", SEALINE, 1200, "Yes", "Yes", "Yes", 12, datetime(YEAR, 9, 1)],
        ["Lifeguard", SEALINE, 1600, "Yes", "Yes", "No", 4, datetime(YEAR, 9, 1)],
        ["Laundry Attendant", SEALINE, 1100, "Y", "Y", "N", 6, datetime(YEAR, 9, 1)],
        ["Sous Chef", SEALINE, 4500, "No", "Yes", "Yes", 1, datetime(YEAR, 9, 1)],
    ]
    return VacancyFile(
        "Sealine Resort - recruitment.xlsx", workbook({"Jobs": rows}),
        [Terms("Room Attendant", SEALINE, None, None, 1200, 1200, 12, d(9, 1),
               terms={"accommodation_provided": True, "transport_provided": True, "food_provided": True}),
         Terms("Lifeguard", SEALINE, None, None, 1600, 1600, 4, d(9, 1),
               terms={"accommodation_provided": True, "transport_provided": True, "food_provided": False}),
         Terms("Laundry Attendant", SEALINE, None, None, 1100, 1100, 6, d(9, 1),
               terms={"accommodation_provided": True, "transport_provided": True, "food_provided": False}),
         Terms("Sous Chef", SEALINE, None, None, 4500, 4500, 1, d(9, 1),
               terms={"accommodation_provided": False, "transport_provided": True, "food_provided": True})],
        about="accommodation, transportation and food as Yes/No columns, «Y»/«N» in one row; «No. of Pax»",
    )


def pax_counts_csv() -> VacancyFile:
    rows = [
        ["Trade", "Client", "Salary", "Required", "Deadline"],
        ["Mason", BARWA, "1400", "5 pax", f"30.09.{YEAR}"],
        ["Plumber", BARWA, "1500", "10 PAX", f"30.09.{YEAR}"],
        ["AC Technician", BARWA, "1900", "3 Pax.", f"30.09.{YEAR}"],
        ["Cleaner (Female)", BARWA, "1000", "20 persons", f"30.09.{YEAR}"],
        ["Pest Control Technician", BARWA, "1700", "2 Nos", f"30.09.{YEAR}"],
    ]
    return VacancyFile(
        "Barwa FS demand.csv", csv_bytes(rows, delimiter=";"),
        [Want("Mason", BARWA, None, None, 1400, 1400, 5, d(9, 30)),
         Want("Plumber", BARWA, None, None, 1500, 1500, 10, d(9, 30)),
         Want("AC Technician", BARWA, None, None, 1900, 1900, 3, d(9, 30)),
         Want("Cleaner (Female)", BARWA, None, None, 1000, 1000, 20, d(9, 30)),
         Want("Pest Control Technician", BARWA, None, None, 1700, 1700, 2, d(9, 30))],
        about="places as «5 pax», «10 PAX», «3 Pax.», «20 persons», «2 Nos» under «Required»; the employer as «Client»",
    )


# ---- dates in many formats ----------------------------------------------------------------------------------------

def dates_many_formats_xlsx() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary (QAR)", "Vacancies", "Last Date"],
        ["Poultry Farm Worker", SHAMAL, 1000, 15, f"31-Mar-{YEAR}"],
        ["Veterinary Assistant", SHAMAL, 2500, 1, f"{YEAR}/03/31"],
        ["Feed Mill Operator", SHAMAL, 1500, 3, f"15th April {YEAR}"],
        ["Egg Packer", SHAMAL, 1000, 10, f"15 апреля {YEAR} г."],
        ["Farm Tractor Driver", SHAMAL, 1600, 2, f"30.04.{YEAR % 100:02d}"],
        ["Hatchery Technician", SHAMAL, 2000, 2, datetime(YEAR, 4, 30)],
        ["Farm Supervisor", SHAMAL, 3500, 1, f"April 30, {YEAR}"],
        ["Night Watchman", SHAMAL, 1000, 2, f"31.12.{PAST}"],
    ]
    return VacancyFile(
        "Al Shamal Farms - jobs.xlsx", workbook({"Sheet1": rows}),
        [Want("Poultry Farm Worker", SHAMAL, None, None, 1000, 1000, 15, d(3, 31)),
         Want("Veterinary Assistant", SHAMAL, None, None, 2500, 2500, 1, d(3, 31)),
         Want("Feed Mill Operator", SHAMAL, None, None, 1500, 1500, 3, d(4, 15)),
         Want("Egg Packer", SHAMAL, None, None, 1000, 1000, 10, d(4, 15)),
         Want("Farm Tractor Driver", SHAMAL, None, None, 1600, 1600, 2, d(4, 30)),
         Want("Hatchery Technician", SHAMAL, None, None, 2000, 2000, 2, d(4, 30)),
         Want("Farm Supervisor", SHAMAL, None, None, 3500, 3500, 1, d(4, 30))],
        [Refusal(9, "Last Date")],
        about="closing days written seven ways in one column («31-Mar-2027», «2027/03/31», «15th April 2027», «15 апреля "
              "2027 г.», «30.04.27», an Excel date, «April 30, 2027»), and one already past, refused",
    )


# ---- trades in three languages ------------------------------------------------------------------------------------

def trade_column_per_language_xlsx() -> VacancyFile:
    rows = [
        ["Мамандық (қаз.)", "Профессия (рус.)", "Trade (Eng.)", "Жұмыс беруші", "Жалақы, QAR", "Саны", "Мерзімі"],
        ["Дәнекерлеуші", "Сварщик", "Welder", QBEC, "1800", "6", f"20.05.{YEAR}"],
        ["Электр монтері", "Электромонтажник", "Electrician", QBEC, "1700", "4", f"20.05.{YEAR}"],
        ["Тас қалаушы", "Каменщик", "Mason", QBEC, "1400", "8", f"20.05.{YEAR}"],
        ["Жүк көлігінің жүргізушісі", "Водитель грузовика", "Truck Driver", QBEC, "2000", "3", f"20.05.{YEAR}"],
    ]
    return VacancyFile(
        "мамандықтар (3 тілде).xlsx", workbook({"Парақ1": rows}),
        [AnyTitle("Дәнекерлеуші", QBEC, None, None, 1800, 1800, 6, d(5, 20), also=("Сварщик", "Welder")),
         AnyTitle("Электр монтері", QBEC, None, None, 1700, 1700, 4, d(5, 20),
                  also=("Электромонтажник", "Electrician")),
         AnyTitle("Тас қалаушы", QBEC, None, None, 1400, 1400, 8, d(5, 20), also=("Каменщик", "Mason")),
         AnyTitle("Жүк көлігінің жүргізушісі", QBEC, None, None, 2000, 2000, 3, d(5, 20),
                  also=("Водитель грузовика", "Truck Driver"))],
        about="the trade in Kazakh, Russian and English, a column each; Kazakh headers",
    )


def trade_three_languages_one_cell_csv() -> VacancyFile:
    rows = [
        ["Лауазымы / Должность / Position", "Жұмыс беруші / Работодатель / Employer", "Жалақы / Зарплата / Salary",
         "Орын саны / Кол-во / Qty", "Мерзімі / Срок / Deadline"],
        ["Аспаз / Повар / Cook", PEARL, "1800", "4", f"10.06.{YEAR}"],
        ["Даяшы / Официант / Waiter", PEARL, "1400", "10", f"10.06.{YEAR}"],
        ["Бағбан / Садовник / Gardener", PEARL, "1100", "5", f"10.06.{YEAR}"],
    ]
    return VacancyFile(
        "бос орындар kk-ru-en.csv", csv_bytes(rows).decode().encode("utf-8-sig"),
        [AnyTitle("Аспаз / Повар / Cook", PEARL, None, None, 1800, 1800, 4, d(6, 10), also=("Аспаз", "Повар", "Cook")),
         AnyTitle("Даяшы / Официант / Waiter", PEARL, None, None, 1400, 1400, 10, d(6, 10),
                  also=("Даяшы", "Официант", "Waiter")),
         AnyTitle("Бағбан / Садовник / Gardener", PEARL, None, None, 1100, 1100, 5, d(6, 10),
                  also=("Бағбан", "Садовник", "Gardener"))],
        about="every header and every trade in Kazakh, Russian and English in one cell, parted by slashes",
    )


# ---- a Kazakh recruitment agency ----------------------------------------------------------------------------------

def agency_cp1251_csv() -> VacancyFile:
    rows = [
        ["ТОО Kazakh Labour Export - вакансии Катар"],
        ["Ответственный: Сеитова Динара, тел. +7 701 555 12 34, e-mail: d.seitova@kle.kz"],
        [],
        ["№", "Наименование профессии", "Работодатель", "Город", "Оклад (риал)", "Кол-во", "Прием документов до"],
        ["1", "Сварщик-аргонщик", RAS_LAFFAN, "Рас-Лаффан", "1800-2200", "5", f"01.07.{YEAR}"],
        ["2", "Монтажник трубопроводов", RAS_LAFFAN, "Рас-Лаффан", "1700-2000", "8", f"01.07.{YEAR}"],
        ["3", "Изолировщик", RAS_LAFFAN, "Рас-Лаффан", "1500", "6", f"01.07.{YEAR}"],
        ["", "Всего мест:", "", "", "", "19", ""],
    ]
    return VacancyFile(
        "KLE_vakansii.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Сварщик-аргонщик", RAS_LAFFAN, None, "Рас-Лаффан", 1800, 2200, 5, d(7, 1)),
         Want("Монтажник трубопроводов", RAS_LAFFAN, None, "Рас-Лаффан", 1700, 2000, 8, d(7, 1)),
         Want("Изолировщик", RAS_LAFFAN, None, "Рас-Лаффан", 1500, 1500, 6, d(7, 1))],
        about="an agency's CSV in Windows-1251 with semicolons: its name and the recruiter's phone and e-mail above the "
              "header, a «№» counter, «Всего мест:» under the table",
    )


def agency_kazakh_recruiter_columns_xlsx() -> VacancyFile:
    rows = [
        ["Qazaq Jumys Agency — Катардағы бос жұмыс орындары"],
        ["Р/с", "Мамандық", "Жұмыс беруші", "Қала", "Жалақы", "Адам саны", "Құжат қабылдау мерзімі", "Рекрутер",
         "Байланыс телефоны", "Эл. пошта"],
        [1, "Жүргізуші (B, C санаты)", UMM_SALAL, "Доха", "2000 риал", "5 адам", f"25.06.{YEAR}", "Әсел Нұрланқызы",
         "+7 747 123 45 67", "asel@qazaqjumys.kz"],
        [2, "Қойма жұмысшысы", UMM_SALAL, "Доха", "1 100 риал", "12 адам", f"25.06.{YEAR}", "Әсел Нұрланқызы",
         "+7 747 123 45 67", "asel@qazaqjumys.kz"],
        [3, "Аула сыпырушы", BARWA, "Әл-Уакра", "1000 риал", "7 адам", f"30.06.{YEAR}", "Ерлан Бекұлы",
         "8 (705) 222-33-44", "erlan@qazaqjumys.kz"],
        [None, "Жиыны", None, None, None, "24 адам", None, None, None, None],
    ]
    return VacancyFile(
        "Qazaq Jumys - бос орындар.xlsx", workbook({"Тізім": rows}),
        [Want("Жүргізуші (B, C санаты)", UMM_SALAL, None, "Доха", 2000, 2000, 5, d(6, 25)),
         Want("Қойма жұмысшысы", UMM_SALAL, None, "Доха", 1100, 1100, 12, d(6, 25)),
         Want("Аула сыпырушы", BARWA, None, "Әл-Уакра", 1000, 1000, 7, d(6, 30))],
        about="a Kazakh agency's list: Kazakh headers, the recruiter's name, phone and e-mail on every row (never the "
              "pay or the places), «5 адам», a «Жиыны» total",
    )


# ---- empty rows between blocks ------------------------------------------------------------------------------------

def blocks_with_empty_rows_xlsx() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Salary (QAR)", "Positions", "Closing Date"],
        ["Cashier", "Barwa Hypermarket", 1300, 6, datetime(YEAR, 7, 10)],
        ["Shelf Stacker", "Barwa Hypermarket", 1000, 10, datetime(YEAR, 7, 10)],
        [],
        [],
        ["Butcher", "Barwa Hypermarket", 1800, 2, datetime(YEAR, 7, 10)],
        ["Baker", "Barwa Hypermarket", 1700, 3, datetime(YEAR, 7, 10)],
        [],
        [],
        [],
        ["Security Guard", "Barwa Hypermarket", 1400, 8, datetime(YEAR, 7, 20)],
    ]
    return VacancyFile(
        "hypermarket staff.xlsx", workbook({"Staff": rows}),
        [Want("Cashier", "Barwa Hypermarket", None, None, 1300, 1300, 6, d(7, 10)),
         Want("Shelf Stacker", "Barwa Hypermarket", None, None, 1000, 1000, 10, d(7, 10)),
         Want("Butcher", "Barwa Hypermarket", None, None, 1800, 1800, 2, d(7, 10)),
         Want("Baker", "Barwa Hypermarket", None, None, 1700, 1700, 3, d(7, 10)),
         Want("Security Guard", "Barwa Hypermarket", None, None, 1400, 1400, 8, d(7, 20))],
        about="blocks of rows with two or three empty rows between them and no header over the later blocks",
    )


# ---- an Excel 2003 XML export -------------------------------------------------------------------------------------

def xml_2003_running_number_totals_xls() -> VacancyFile:
    rows = [
        ["DEMAND LIST - KAZAKHSTAN"],
        ["#", "Job Title", "Employer", "Location", "Salary", "Qty", "Deadline"],
        [1, "Crane Operator (Mobile)", DUKHAN, "Dukhan", "2800 QAR", "2 pax", datetime(YEAR, 8, 1)],
        [2, "Heavy Equipment Mechanic", DUKHAN, "Dukhan", "2400 QAR", "3 pax", datetime(YEAR, 8, 1)],
        [3, "Grader Operator", DUKHAN, "Dukhan", "2600 QAR", "2 pax", datetime(YEAR, 8, 1)],
        [None, "Total Manpower Required", None, None, None, "7 pax", None],
    ]
    return VacancyFile(
        "demand_list.xls", spreadsheet_2003({"Demand": rows}, {"Demand": {(1, 1): 6}}),
        [Want("Crane Operator (Mobile)", DUKHAN, None, "Dukhan", 2800, 2800, 2, d(8, 1)),
         Want("Heavy Equipment Mechanic", DUKHAN, None, "Dukhan", 2400, 2400, 3, d(8, 1)),
         Want("Grader Operator", DUKHAN, None, "Dukhan", 2600, 2600, 2, d(8, 1))],
        about="an Excel 2003 XML export named .xls: a «#» counter, «2 pax», a «Total Manpower Required» line",
    )


# ---- files to refuse with a clear reason --------------------------------------------------------------------------

def rar_archive() -> VacancyFile:
    data = b"Rar!\x1a\x07\x01\x00" + bytes(range(256)) * 4
    return NothingToImport(
        "vacancies_qatar.rar", data, [],
        about="a RAR archive: the answer says an archive cannot be read and to send the spreadsheet itself",
        answer=("archive", "unpack", "архив"),
    )


def candidates_list_csv() -> VacancyFile:
    rows = [
        ["№", "ФИО кандидата", "Профессия", "Телефон", "Опыт (лет)"],
        ["1", "Жумабаев Нурлан", "Сварщик", "+7 701 111 22 33", "5"],
        ["2", "Ахметова Сауле", "Повар", "+7 702 444 55 66", "3"],
        ["3", "Ким Виктор", "Электрик", "+7 705 777 88 99", "7"],
    ]
    return NothingToImport(
        "кандидаты_ноябрь.csv", csv_bytes(rows, delimiter=";"), [],
        about="a list of candidates (names, trades, phones), not of vacancies: nothing stored, and the answer says what "
              "a vacancy file lacks",
        answer=("employer", "column", "vacanc", "candidate"),
    )


def unfilled_template_cp1251_csv() -> VacancyFile:
    rows = [["Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]]
    return NothingToImport(
        "shablon_vakansiy.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"), [],
        about="the template in Windows-1251 with only its header line: the answer says there are no vacancies in it",
        answer=("no rows", "no vacanc", "empty"),
    )


def dollar_pay_xlsx() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary (USD)", "Qty", "Deadline"],
        ["Nurse", "Doha Care Clinic", 1200, 4, datetime(YEAR, 6, 1)],
        ["Caregiver", "Doha Care Clinic", 700, 6, datetime(YEAR, 6, 1)],
    ]
    return NothingToImport(
        "Doha Care Clinic.xlsx", workbook({"Sheet1": rows}), [],
        about="pay in US dollars in the header: no vacancy stored (dollars are not riyals), and the answer names the "
              "currency",
        answer=("currency", "usd", "dollar", "riyal", "qar"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the eleventh set, built afresh."""
    builders = [
        sheet_per_trade_xlsx, basic_plus_allowance_csv, zp_in_words_ru_xlsx, per_month_en_csv, working_hours_csv,
        yes_no_benefits_xlsx, pax_counts_csv, dates_many_formats_xlsx, trade_column_per_language_xlsx,
        trade_three_languages_one_cell_csv, agency_cp1251_csv, agency_kazakh_recruiter_columns_xlsx,
        blocks_with_empty_rows_xlsx, xml_2003_running_number_totals_xls, rar_archive, candidates_list_csv,
        unfilled_template_cp1251_csv, dollar_pay_xlsx,
    ]
    return [build() for build in builders]
