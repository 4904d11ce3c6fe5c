"""A sixteenth set of vacancy files: Qatari employers' files with Arabic beside English, Google Sheets exports and
Russian office files, written apart from the first fifteen.

It holds a Qatari employer's sheet with bilingual headers («المسمى الوظيفي / Job Title»), titles in English and Arabic
in one cell, places and pay in Arabic-Indic digits and the riyal written «QR» and «ر.ق»; a recruiter's CSV with pay in
every riyal form («QR1,450», «١٬٦٠٠ ر.ق», «ريال قطري», «QR 1,200 - 1,500»); a Google Sheets export (a frozen title over
the header, a hidden column of the agency's internal code, a row counter and a gross worked out by formulas, a total
row summed by a formula); an office's CSV in Windows-1251 with semicolons, pay with decimal commas and «ИТОГО» under
it; dates of every kind in one column (an Excel serial number, «15.01.…» as text, a real date, «Jan-…» for a month, «до
28 февраля»); several positions in one row («Welder x 20, Fitter x 10», each with its pay, or all at one pay; «Сварщик
— 12 чел., Слесарь — 8 чел.»); a notes column mixing hours and housing, food and transport; a title naming the town in
brackets with no town column; a demand letter whose terms stand under the table and hold for every row; and two files
to refuse with a clear answer (a Google Drive shortcut «.gsheet» and an Apple Numbers file).

«Jan-27» in a deadline column is a month and a year (the month's last day), never the 27th of January. The salary a
worker sees is the basic pay; a gross is neither end of it. Positions listed in one cell are each a vacancy with the
places written beside it; pay written once holds for each of them. A title given in two languages may be stored under
either (`AnyTitle`). Terms written under a demand letter's table hold for every row of it.

The format is the earlier sets' (`Want`, `Terms`, `PlacedTerms`, `AnyTitle`, `NothingToImport`). Written before the
reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

import calendar
import io
import json
import re
import zipfile
from datetime import datetime

from tests.data.vacancy_files import YEAR, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms, serial
from tests.data.vacancy_files_5 import NothingToImport
from tests.data.vacancy_files_7 import AnyTitle
from tests.data.vacancy_files_14 import PlacedTerms
from tests.workbooks import workbook

JABER = "Al Jaber Engineering W.L.L."
ALI_BIN_ALI = "Ali Bin Ali Facility Services"
DOHA_BUS = "Doha Bus Maintenance Co. W.L.L."
AL_MEERA = "Al Meera Logistics Center"
MANNAI = "Mannai Trading & Contracting"
SHAHEEN = "Al Shaheen Marine Services"
LUSAIL_RES = "Lusail Residences Management"
SIDRA_CARE = "Sidra Home Care Services"
DUKHAN_CAMP = "Dukhan Camp Operations W.L.L."

THIS_YEAR = YEAR - 1
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic(text: object) -> str:
    return str(text).translate(ARABIC_DIGITS)


def month_end(month: int, year: int = YEAR):
    return d(month, calendar.monthrange(year, month)[1], year)


def with_cached_values(data: bytes, values: dict[str, object]) -> bytes:
    """A workbook's formulas with the values Google Sheets keeps beside them («<f>…</f><v>…</v>»): openpyxl writes
    a formula with no value, which no sheet downloaded from Google has."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = content.decode("utf-8")
                for ref, value in values.items():
                    text = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/>', rf"\g<1>\g<2><v>{value}</v>", text)
                content = text.encode("utf-8")
            target.writestr(item, content)
    return buffer.getvalue()


def frozen(data: bytes, pane: str) -> bytes:
    """The same workbook with its first rows frozen above `pane` («A3»), as a Google sheet keeps its title."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    book.active.freeze_panes = pane
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# ---- Arabic beside English ------------------------------------------------------------------------------------------

def bilingual_headers_xlsx() -> VacancyFile:
    rows = [
        [f"{JABER} — شركة الجابر للهندسة"],
        ["م / No.", "المسمى الوظيفي / Job Title", "العدد / Qty", "الراتب الأساسي / Basic Salary", "المدينة / City",
         "آخر موعد للتقديم / Last Date"],
        [arabic(1), "Scaffolder / عامل سقالات", arabic(12), "QR ١٬٤٠٠", "Ras Laffan / راس لفان",
         f"{arabic(f'31/03/{YEAR}')}"],
        [arabic(2), "Pipe Fitter / فني تركيب أنابيب", arabic(8), "١٨٠٠ ر.ق", "Ras Laffan / راس لفان",
         f"{arabic(f'31/03/{YEAR}')}"],
        [arabic(3), "Rigger / عامل رفع", arabic(6), "QR 1,500", "Mesaieed / مسيعيد", f"{arabic(f'15/04/{YEAR}')}"],
        [arabic(4), "Safety Officer / مسؤول سلامة", arabic(2), "٣٥٠٠ - ٤٠٠٠ ر.ق", "Mesaieed / مسيعيد",
         f"{arabic(f'15/04/{YEAR}')}"],
    ]
    return VacancyFile(
        "Al Jaber vacancies AR-EN.xlsx", workbook({"الوظائف": rows}),
        [AnyTitle("Scaffolder", JABER, None, None, 1400, 1400, 12, d(3, 31),
                  also=("Scaffolder / عامل سقالات", "عامل سقالات")),
         AnyTitle("Pipe Fitter", JABER, None, None, 1800, 1800, 8, d(3, 31),
                  also=("Pipe Fitter / فني تركيب أنابيب", "فني تركيب أنابيب")),
         AnyTitle("Rigger", JABER, None, None, 1500, 1500, 6, d(4, 15), also=("Rigger / عامل رفع", "عامل رفع")),
         AnyTitle("Safety Officer", JABER, None, None, 3500, 4000, 2, d(4, 15),
                  also=("Safety Officer / مسؤول سلامة", "مسؤول سلامة"))],
        about="a Qatari employer's sheet: headers «المسمى الوظيفي / Job Title» and the like, the title and the town "
              "in English and Arabic in one cell, the row counter, places, pay and dates in Arabic-Indic digits, «QR "
              "١٬٤٠٠» and «١٨٠٠ ر.ق», a range «٣٥٠٠ - ٤٠٠٠ ر.ق»; the employer only in the title, with its Arabic name",
    )


def riyal_forms_csv() -> VacancyFile:
    rows = [
        ["Position", "Company", "Location", "Vacancies", "Salary", "Deadline"],
        ["Bus Mechanic", DOHA_BUS, "Doha", "٥", "QR1,450", f"{YEAR}-05-31"],
        ["Auto Electrician", DOHA_BUS, "Doha", "3", "١٬٦٠٠ ر.ق", f"{YEAR}-05-31"],
        ["Tyre Technician", DOHA_BUS, "Doha", "4", "1200 ريال قطري", f"{YEAR}-05-31"],
        ["Body Shop Painter", DOHA_BUS, "Al Rayyan", "2", "QR 1,200 - 1,500", f"{YEAR}-06-15"],
        ["Vehicle Washer", DOHA_BUS, "Al Rayyan", "6", "1000 QR/month", f"{YEAR}-06-15"],
    ]
    return VacancyFile(
        "DBM jobs.csv", csv_bytes(rows),
        [Want("Bus Mechanic", DOHA_BUS, None, "Doha", 1450, 1450, 5, d(5, 31)),
         Want("Auto Electrician", DOHA_BUS, None, "Doha", 1600, 1600, 3, d(5, 31)),
         Want("Tyre Technician", DOHA_BUS, None, "Doha", 1200, 1200, 4, d(5, 31)),
         Want("Body Shop Painter", DOHA_BUS, None, "Al Rayyan", 1200, 1500, 2, d(6, 15)),
         Want("Vehicle Washer", DOHA_BUS, None, "Al Rayyan", 1000, 1000, 6, d(6, 15))],
        about="the riyal in every form: «QR1,450» (no space), «١٬٦٠٠ ر.ق» (Arabic-Indic digits, the Arabic thousands "
              "sign and «ر.ق»), «1200 ريال قطري», «QR 1,200 - 1,500», «1000 QR/month»; a count in an Arabic-Indic digit",
    )


def arabic_headers_only_xlsx() -> VacancyFile:
    rows = [
        ["المهنة", "الشركة", "العدد", "الراتب الأساسي", "الموقع", "تاريخ الانتهاء"],
        ["Heavy Bus Driver", MANNAI, arabic(7), arabic(2000), "Doha", datetime(YEAR, 5, 20)],
        ["Light Vehicle Driver", MANNAI, arabic(5), arabic(1500), "Doha", datetime(YEAR, 5, 20)],
        ["Car Mechanic", MANNAI, arabic(3), arabic(1800), "Al Khor", datetime(YEAR, 6, 10)],
    ]
    return VacancyFile(
        "وظائف شاغرة.xlsx", workbook({"ورقة1": rows}),
        [Want("Heavy Bus Driver", MANNAI, None, "Doha", 2000, 2000, 7, d(5, 20)),
         Want("Light Vehicle Driver", MANNAI, None, "Doha", 1500, 1500, 5, d(5, 20)),
         Want("Car Mechanic", MANNAI, None, "Al Khor", 1800, 1800, 3, d(6, 10))],
        about="headers in Arabic alone («المهنة» the trade, «الشركة» the company, «العدد» the count, «الراتب "
              "الأساسي» the basic pay, «الموقع» the place, «تاريخ الانتهاء» the closing date) over English cells, "
              "places and pay in Arabic-Indic digits as text",
    )


# ---- a Google Sheets export -----------------------------------------------------------------------------------------

def google_sheets_export_xlsx() -> VacancyFile:
    rows = [
        [f"{ALI_BIN_ALI} — open positions (shared with MoL KZ)"],
        ["#", "Position", "Agency code", "Location", "Basic (QAR)", "Allowances (QAR)", "Gross (QAR)", "Headcount",
         "Closing date"],
        ["=ROW()-2", "Housekeeper", "ABA-HK-07", "Lusail", 1100, 400, "=E3+F3", 15, datetime(YEAR, 4, 30)],
        ["=ROW()-2", "Laundry Attendant", "ABA-LA-02", "Lusail", 1000, 400, "=E4+F4", 6, datetime(YEAR, 4, 30)],
        ["=ROW()-2", "Pool Attendant", "ABA-PA-01", "The Pearl", 1300, 400, "=E5+F5", 3, datetime(YEAR, 5, 15)],
        ["=ROW()-2", "Maintenance Technician", "ABA-MT-11", "Doha", 1900, 600, "=E6+F6", 4, datetime(YEAR, 5, 15)],
        [None, "Total", None, None, None, None, None, "=SUM(H3:H6)"],
    ]
    data = workbook({"Open positions": rows}, hidden_columns=["C"])
    data = with_cached_values(frozen(data, "A3"), {
        "A3": 1, "A4": 2, "A5": 3, "A6": 4, "G3": 1500, "G4": 1400, "G5": 1700, "G6": 2500, "H7": 28,
    })
    return VacancyFile(
        "ABA open positions - Google Sheets.xlsx", data,
        [Want("Housekeeper", ALI_BIN_ALI, None, "Lusail", 1100, 1100, 15, d(4, 30)),
         Want("Laundry Attendant", ALI_BIN_ALI, None, "Lusail", 1000, 1000, 6, d(4, 30)),
         Want("Pool Attendant", ALI_BIN_ALI, None, "The Pearl", 1300, 1300, 3, d(5, 15)),
         Want("Maintenance Technician", ALI_BIN_ALI, None, "Doha", 1900, 1900, 4, d(5, 15))],
        about="a Google sheet downloaded as .xlsx: the title frozen above the header, a hidden «Agency code» column, "
              "a row counter «=ROW()-2» and a «Gross» «=E3+F3» kept as formulas with their values, «Basic» the pay, "
              "a «Total» row whose headcount is «=SUM(…)», the employer only in the title",
    )


# ---- a Russian office's CSV ----------------------------------------------------------------------------------------

def cp1251_semicolons_csv() -> VacancyFile:
    rows = [
        ["Должность", "Работодатель", "Город", "Оклад, QAR", "Кол-во", "Срок подачи"],
        ["Кладовщик", AL_MEERA, "Доха", "1 600,00", "4", f"15.01.{YEAR}"],
        ["Комплектовщик заказов", AL_MEERA, "Доха", "1 150,00", "10", f"15.01.{YEAR}"],
        ["Водитель погрузчика", AL_MEERA, "Эр-Риян", "1 700,00", "3", f"31.01.{YEAR}"],
        ["Грузчик", AL_MEERA, "Эр-Риян", "1 000,00", "12", f"31.01.{YEAR}"],
        ["ИТОГО", "", "", "", "29", ""],
    ]
    return VacancyFile(
        "вакансии Al Meera.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Кладовщик", AL_MEERA, None, "Доха", 1600, 1600, 4, d(1, 15)),
         Want("Комплектовщик заказов", AL_MEERA, None, "Доха", 1150, 1150, 10, d(1, 15)),
         Want("Водитель погрузчика", AL_MEERA, None, "Эр-Риян", 1700, 1700, 3, d(1, 31)),
         Want("Грузчик", AL_MEERA, None, "Эр-Риян", 1000, 1000, 12, d(1, 31))],
        about="Excel's CSV on a Russian Windows: Windows-1251, semicolons, pay «1 600,00» with a decimal comma and a "
              "space between thousands, «ИТОГО» with the places summed under the table (not a vacancy, not a bad row)",
    )


# ---- dates of every kind --------------------------------------------------------------------------------------------

def dates_every_kind_xlsx() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "City", "Salary QAR", "No. of Posts", "Apply By"],
        ["Marine Diesel Mechanic", SHAHEEN, "Mesaieed", 2200, 3, serial(d(2, 28))],
        ["Able Seaman", SHAHEEN, "Mesaieed", 1600, 5, f"15.01.{YEAR}"],
        ["Crane Operator (Offshore)", SHAHEEN, "Ras Laffan", 3000, 2, datetime(YEAR, 3, 10)],
        ["Oiler", SHAHEEN, "Ras Laffan", 1300, 4, f"Jan-{YEAR % 100:02d}"],
        ["Cook (Vessel)", SHAHEEN, "Mesaieed", 1500, 2, "до 28 февраля"],
    ]
    return VacancyFile(
        "Al Shaheen crew vacancies.xlsx", workbook({"Crew": rows}),
        [Want("Marine Diesel Mechanic", SHAHEEN, None, "Mesaieed", 2200, 2200, 3, d(2, 28)),
         Want("Able Seaman", SHAHEEN, None, "Mesaieed", 1600, 1600, 5, d(1, 15)),
         Want("Crane Operator (Offshore)", SHAHEEN, None, "Ras Laffan", 3000, 3000, 2, d(3, 10)),
         Want("Oiler", SHAHEEN, None, "Ras Laffan", 1300, 1300, 4, month_end(1)),
         Want("Cook (Vessel)", SHAHEEN, None, "Mesaieed", 1500, 1500, 2, d(2, 28))],
        about="one deadline column holding an Excel serial number (a cell that lost its format), «15.01.…» as text, a "
              "real date, «Jan-27» (a month and a year: its last day, not the 27th) and «до 28 февраля» (no year: the "
              "next such day)",
    )


# ---- several positions in one row ---------------------------------------------------------------------------------

def several_positions_in_a_row_xlsx() -> VacancyFile:
    rows = [
        ["Demand summary", None, None, None, None, None],
        ["Employer", "Positions", "Total Qty", "Basic Salary (QAR)", "Site", "Deadline"],
        [MANNAI, "Welder x 20, Fitter x 10", 30, "1800 / 1600", "Mesaieed", datetime(YEAR, 4, 30)],
        [MANNAI, "Steel Fixer x 15, Carpenter x 15", 30, 1300, "Lusail", datetime(YEAR, 4, 30)],
        [MANNAI, "Electrician x 6", 6, 1700, "Lusail", datetime(YEAR, 5, 31)],
    ]
    return VacancyFile(
        "Mannai demand summary.xlsx", workbook({"Summary": rows}),
        [Want("Welder", MANNAI, None, "Mesaieed", 1800, 1800, 20, d(4, 30)),
         Want("Fitter", MANNAI, None, "Mesaieed", 1600, 1600, 10, d(4, 30)),
         Want("Steel Fixer", MANNAI, None, "Lusail", 1300, 1300, 15, d(4, 30)),
         Want("Carpenter", MANNAI, None, "Lusail", 1300, 1300, 15, d(4, 30)),
         Want("Electrician", MANNAI, None, "Lusail", 1700, 1700, 6, d(5, 31))],
        about="several positions in one cell, each with its places («Welder x 20, Fitter x 10»), the pay «1800 / "
              "1600» one for each in order, or one pay for all; «Electrician x 6» alone; «Total Qty» the row's sum",
    )


def several_positions_ru_csv() -> VacancyFile:
    rows = [
        ["Работодатель", "Специальности", "Зарплата", "Город", "Срок"],
        [DUKHAN_CAMP, "Сварщик — 12 чел., Слесарь-ремонтник — 8 чел.", "1 700 QAR", "Духан", f"30.04.{YEAR}"],
        [DUKHAN_CAMP, "Повар - 4 чел; Пекарь - 2 чел", "1 400 QAR", "Духан", f"30.04.{YEAR}"],
    ]
    return VacancyFile(
        "Dukhan camp заявка.csv", csv_bytes(rows, delimiter=";"),
        [Want("Сварщик", DUKHAN_CAMP, None, "Духан", 1700, 1700, 12, d(4, 30)),
         Want("Слесарь-ремонтник", DUKHAN_CAMP, None, "Духан", 1700, 1700, 8, d(4, 30)),
         Want("Повар", DUKHAN_CAMP, None, "Духан", 1400, 1400, 4, d(4, 30)),
         Want("Пекарь", DUKHAN_CAMP, None, "Духан", 1400, 1400, 2, d(4, 30))],
        about="several positions in one Russian cell, «Сварщик — 12 чел., Слесарь-ремонтник — 8 чел.» and «Повар - 4 "
              "чел; Пекарь - 2 чел», no places column: each a vacancy at the row's pay",
    )


def several_positions_kk_xlsx() -> VacancyFile:
    rows = [
        ["Жұмыс беруші", "Мамандықтар", "Жалақы (QAR)", "Қала", "Мерзімі"],
        [ALI_BIN_ALI, "Тігінші ×8; Үтікші ×4", "1 100", "Доха", datetime(YEAR, 5, 10)],
        [ALI_BIN_ALI, "Дәнекерлеуші — 5 адам, Электрик — 3 адам", "1 800", "Лусаил", datetime(YEAR, 5, 10)],
    ]
    return VacancyFile(
        "ABA бос орындар.xlsx", workbook({"Парақ1": rows}),
        [Want("Тігінші", ALI_BIN_ALI, None, "Доха", 1100, 1100, 8, d(5, 10)),
         Want("Үтікші", ALI_BIN_ALI, None, "Доха", 1100, 1100, 4, d(5, 10)),
         Want("Дәнекерлеуші", ALI_BIN_ALI, None, "Лусаил", 1800, 1800, 5, d(5, 10)),
         Want("Электрик", ALI_BIN_ALI, None, "Лусаил", 1800, 1800, 3, d(5, 10))],
        about="a Kazakh agency's rows of several trades each, «Тігінші ×8; Үтікші ×4» (the multiplication sign) and "
              "«Дәнекерлеуші — 5 адам, Электрик — 3 адам», at the row's pay",
    )


# ---- a notes column -------------------------------------------------------------------------------------------------

def notes_hours_housing_xlsx() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "City", "Basic Salary", "Openings", "Last Date", "Notes"],
        ["Caregiver (Home)", SIDRA_CARE, "Doha", 1600, 10, datetime(YEAR, 3, 31),
         "8 hrs/day, 6 days a week; accommodation provided"],
        ["Nursing Assistant", SIDRA_CARE, "Doha", 2200, 6, datetime(YEAR, 3, 31),
         "48 hours/week. Shared room by company, food allowance QR 300"],
        ["Physiotherapy Aide", SIDRA_CARE, "Al Wakrah", 2000, 2, datetime(YEAR, 4, 15),
         "Housing: company; Transport: yes; 10 hours x 6 days"],
        ["Home Cleaner", SIDRA_CARE, "Al Wakrah", 1100, 12, datetime(YEAR, 4, 15),
         "9 hours a day. Accommodation and transportation provided, food QR 250"],
    ]
    return VacancyFile(
        "Sidra home care openings.xlsx", workbook({"Openings": rows}),
        [Terms("Caregiver (Home)", SIDRA_CARE, None, "Doha", 1600, 1600, 10, d(3, 31),
               terms={"hours_per_week": 48, "accommodation_provided": True}),
         Terms("Nursing Assistant", SIDRA_CARE, None, "Doha", 2200, 2200, 6, d(3, 31),
               terms={"hours_per_week": 48, "accommodation_provided": True, "food_allowance": 300}),
         Terms("Physiotherapy Aide", SIDRA_CARE, None, "Al Wakrah", 2000, 2000, 2, d(4, 15),
               terms={"hours_per_week": 60, "accommodation_provided": True, "transport_provided": True}),
         Terms("Home Cleaner", SIDRA_CARE, None, "Al Wakrah", 1100, 1100, 12, d(4, 15),
               terms={"accommodation_provided": True, "transport_provided": True, "food_allowance": 250})],
        about="a «Notes» column mixing the hours and what comes with the job: «8 hrs/day, 6 days a week; "
              "accommodation provided», «48 hours/week. Shared room by company, food allowance QR 300», «Housing: "
              "company; Transport: yes; 10 hours x 6 days», «9 hours a day. Accommodation and transportation "
              "provided, food QR 250» (hours a day with no days said: the week not known)",
    )


# ---- a town in the title's brackets; a demand letter's terms under its table ----------------------------------------

def town_in_title_brackets_xlsx() -> VacancyFile:
    rows = [
        [f"Vacancies — {LUSAIL_RES} (Lusail)"],
        ["Position", "Qty", "Salary (QAR)", "Deadline"],
        ["Concierge", 4, 2500, f"{YEAR}-03-15"],
        ["Security Guard", 10, 1500, f"{YEAR}-03-15"],
        ["Landscaper", 6, 1200, f"{YEAR}-03-31"],
    ]
    return VacancyFile(
        "Lusail Residences vacancies.xlsx", workbook({"Sheet1": rows}),
        [PlacedTerms("Concierge", LUSAIL_RES, None, None, 2500, 2500, 4, d(3, 15), town="lusail"),
         PlacedTerms("Security Guard", LUSAIL_RES, None, None, 1500, 1500, 10, d(3, 15), town="lusail"),
         PlacedTerms("Landscaper", LUSAIL_RES, None, None, 1200, 1200, 6, d(3, 31), town="lusail")],
        about="the employer and the town only in the title, the town in brackets after the employer «(Lusail)», no "
              "town column: each vacancy is found under Lusail",
    )


def demand_letter_terms_below_xlsx() -> VacancyFile:
    rows = [
        [DUKHAN_CAMP],
        ["P.O. Box 50412, Dukhan, State of Qatar"],
        ["DEMAND LETTER"],
        [f"Date: 18/11/{THIS_YEAR}"],
        ["Sr.", "Trade", "Nos.", "Basic Salary (QR)"],
        [1, "Camp Boss", 1, 4500],
        [2, "Housekeeping Supervisor", 2, 2500],
        [3, "Room Attendant", 14, 1000],
        [4, "Dishwasher", 8, 1000],
        [None, "Total", 25],
        [],
        ["Terms and conditions:"],
        ["1. Contract period: 24 months"],
        ["2. Accommodation: provided by the company"],
        ["3. Food: QR 300 per month allowance"],
        ["4. Transportation: provided by the company"],
        ["5. Air ticket: provided on joining and on completion of contract"],
        [],
        ["Authorised signatory"],
    ]
    terms = {"contract_months": 24, "accommodation_provided": True, "food_allowance": 300,
             "transport_provided": True, "airfare_provided": True}
    return VacancyFile(
        "Dukhan Camp demand letter.xlsx", workbook({"DL": rows}),
        [Terms("Camp Boss", DUKHAN_CAMP, None, None, 4500, 4500, 1, None, terms=terms),
         Terms("Housekeeping Supervisor", DUKHAN_CAMP, None, None, 2500, 2500, 2, None, terms=terms),
         Terms("Room Attendant", DUKHAN_CAMP, None, None, 1000, 1000, 14, None, terms=terms),
         Terms("Dishwasher", DUKHAN_CAMP, None, None, 1000, 1000, 8, None, terms=terms)],
        about="a demand letter whose terms stand numbered under the table («1. Contract period: 24 months», "
              "«Accommodation: provided by the company», «Food: QR 300 per month allowance», transport, air ticket): "
              "they hold for every trade of it; the letter's date is not a deadline",
    )


# ---- files to refuse with a clear answer ----------------------------------------------------------------------------

def google_drive_shortcut_gsheet() -> VacancyFile:
    data = json.dumps({
        "":  "WARNING! DO NOT EDIT THIS FILE! ANY CHANGES MADE WILL BE LOST!",
        "doc_id": "1qZk7Xw2mJ4R9sPb0vLaY3TnH8cE5dGfU6oKiBlNtMwA",
        "resource_key": "",
        "email": "hr.recruitment@example.qa",
    }).encode("utf-8")
    return NothingToImport(
        "ABA open positions.gsheet", data, [],
        about="a Google Drive shortcut to a Google sheet, sent from a computer that syncs Drive: it holds no table, "
              "only the sheet's id; the answer says to download the sheet from Google Sheets as .xlsx or .csv",
        answer=("google", "download"),
    )


def apple_numbers_file() -> VacancyFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x1f\x8b\x08" + bytes(60))
        archive.writestr("Index/Tables/DataList.iwa", b"\x00\x12\x34" + bytes(40))
        archive.writestr("Metadata/Properties.plist", b"bplist00\xd1\x01\x02")
        archive.writestr("Metadata/DocumentIdentifier", b"4D1A2B3C-0000-4F5E-9A8B-7C6D5E4F3A2B")
        archive.writestr("preview.jpg", b"\xff\xd8\xff\xe0" + bytes(30))
    return NothingToImport(
        "Vacancies Mannai.numbers", buffer.getvalue(), [],
        about="a table made on a Mac in Apple Numbers: the answer says Numbers is not read and to export it "
              "as Excel or CSV (File → Export To)",
        answer=("numbers", "export"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the sixteenth set, built afresh."""
    builders = [
        bilingual_headers_xlsx, riyal_forms_csv, arabic_headers_only_xlsx, google_sheets_export_xlsx, cp1251_semicolons_csv,
        dates_every_kind_xlsx, several_positions_in_a_row_xlsx, several_positions_ru_csv, several_positions_kk_xlsx,
        notes_hours_housing_xlsx,
        town_in_title_brackets_xlsx, demand_letter_terms_below_xlsx, google_drive_shortcut_gsheet,
        apple_numbers_file,
    ]
    return [build() for build in builders]
