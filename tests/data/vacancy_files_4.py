"""A fourth set of vacancy files as officers send them, written apart from the first three.

This set holds what the earlier ones do not: the Qatari employer's own English sheet as it reaches the
office («Job Title», «Nos.», «Basic Salary», «Allowances», «Food: Provided / Not», «Accommodation:
Company»), one employer's name merged down the column over all of its vacancies, a sheet where each
vacancy takes two rows (the title row, and a row of conditions under it), headers with their unit in
brackets («Зарплата (QAR)», «Срок (мес.)», «Мест (чел.)», Kazakh «Келісімшарт (ай)»), pay written
«1500 + питание», «2000 QAR/месяц», «от 1800», "1,800 - 2,200 QR" and their English cousins, yes and no
as «Да/Нет», «иә/жоқ», "Y/N" and a tick, deadlines as «до 15 января» (no year: the next such day),
"15th Jan 2027" and Excel serial numbers with a time of day, a Windows-1251 CSV with semicolons (and a
semicolon inside a quoted title), a UTF-8 CSV with a BOM, an .xlsx whose table starts at column C, a
scratch sheet «Лист1» beside «Вакансии», the same vacancy on two sheets, borders and fills running far
past the table's last row and column, and rows an officer must be told about with the reason: no title,
a negative number of places, a deadline past.

Each file says what it must give and what it must refuse, as the earlier sets do (`Terms` from the second
set adds the contract terms). It was written before the reading code was opened. Dates are built from
today's, so the set never ages.
"""

from __future__ import annotations

import codecs
import io
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Border, PatternFill, Side

from bot.kz_time import kazakhstan_today
from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d, xlsx_bytes
from tests.data.vacancy_files_2 import Terms

RU_MONTHS_GEN = {1: "января", 2: "февраля", 3: "марта", 4: "апреля", 5: "мая", 6: "июня", 7: "июля",
                 8: "августа", 9: "сентября", 10: "октября", 11: "ноября", 12: "декабря"}


def serial(day: date) -> int:
    """The number Excel keeps for a date (days since 1899-12-30)."""
    return (day - date(1899, 12, 30)).days


def upcoming(month: int, day: int) -> date:
    """The next such day from today: what an officer means by «до 15 января» with no year."""
    today = kazakhstan_today()
    this_year = date(today.year, month, day)
    return this_year if this_year >= today else date(today.year + 1, month, day)


def xlsx_placed(rows: list[list[object]], *, title: str = "Sheet1", start_col: int = 1, start_row: int = 1,
                merges: tuple[str, ...] = (), styled_to: tuple[int, int] | None = None) -> bytes:
    """One sheet whose table starts at (start_row, start_col); `styled_to` (rows, cols) puts borders and a
    fill on every cell up to there, empty or not, as an office's template does."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            cell = sheet.cell(row=start_row + r, column=start_col + c, value=value)
            if isinstance(value, (date, datetime)):
                cell.number_format = "DD.MM.YYYY"
    if styled_to is not None:
        thin = Side(style="thin")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        fill = PatternFill("solid", fgColor="FFF2CC")
        for r in range(1, styled_to[0] + 1):
            for c in range(1, styled_to[1] + 1):
                cell = sheet.cell(row=r, column=c)
                cell.border = border
                cell.fill = fill
    for span in merges:
        sheet.merge_cells(span)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# The vacancies the files are made of: hotel, facilities and port trades, apart from the earlier sets'.
STEWARD = ("Кухонный работник", "Msheireb Hotels W.L.L.", "Доха")
SCAFFOLDER = ("Монтажник строительных лесов", "Al Khor Scaffolding Co.", "Аль-Хор")
HVAC = ("Техник по кондиционерам", "Doha Cooling Services", "Доха")
GUARD = ("Охранник", "Pearl Guard Services", "Лусаил")
FORKLIFT = ("Водитель погрузчика", "Hamad Port Logistics", "Месаид")
LAUNDRY = ("Оператор прачечной", "West Bay Laundry W.L.L.", "Доха")
GARDENER = ("Садовник", "Aspire Landscaping", "Доха")
ROOM = ("Горничная", "Msheireb Hotels W.L.L.", "Доха")


def qatar_employer_sheet_xlsx() -> VacancyFile:
    """The hotel's own manpower sheet: the company named above, benefits in columns of the employer's wording."""
    rows = [
        ["MANPOWER REQUIREMENT - KAZAKHSTAN"],
        [f"Company Name : {STEWARD[1]}"],
        [],
        ["S.No", "Job Title", "Nos.", "Basic Salary", "Allowances", "Food: Provided / Not",
         "Accommodation: Company", "Last Date"],
        [1, "Kitchen Steward", 12, 1200, "Transport 200", "Provided", "Yes", datetime(YEAR, 4, 10)],
        [2, "Room Attendant", 20, 1300, "Nil", "Provided", "Yes", datetime(YEAR, 4, 10)],
        [3, "Commis Cook", 6, 1600, "Food 300", "Not", "Yes", datetime(YEAR, 4, 10)],
    ]
    employer = STEWARD[1]
    return VacancyFile(
        "Msheireb manpower KZ.xlsx", xlsx_bytes({"Manpower": rows}),
        [Terms("Kitchen Steward", employer, None, None, 1200, 1200, 12, d(4, 10),
               terms={"transport_allowance": 200, "food_provided": True, "accommodation_provided": True}),
         Terms("Room Attendant", employer, None, None, 1300, 1300, 20, d(4, 10),
               terms={"food_provided": True, "accommodation_provided": True}),
         Terms("Commis Cook", employer, None, None, 1600, 1600, 6, d(4, 10),
               terms={"food_allowance": 300, "food_provided": False, "accommodation_provided": True})],
        about="«Nos.», «Basic Salary», «Allowances» as «Transport 200» / «Nil», «Food: Provided / Not», "
              "«Accommodation: Company», the company named above the table",
    )


def qatar_employer_sheet_csv() -> VacancyFile:
    rows = [
        ["Sl. No.", "Company", "Job Title", "Nos.", "Basic Salary", "Allowances", "Food: Provided / Not",
         "Accommodation: Company", "Contract", "Closing"],
        ["1", GUARD[1], "Security Guard", "15", "QR 1,500", "QR 300 (food)", "Not", "Company", "2 Yrs",
         f"{YEAR}-05-20"],
        ["2", GARDENER[1], "Gardener", "8", "1,100", "-", "Provided", "Company", "2 Yrs", f"{YEAR}-05-20"],
    ]
    return VacancyFile(
        "employer_requirement.csv", csv_bytes(rows),
        [Terms("Security Guard", GUARD[1], None, None, 1500, 1500, 15, d(5, 20),
               terms={"food_allowance": 300, "food_provided": False, "accommodation_provided": True,
                      "contract_months": 24}),
         Terms("Gardener", GARDENER[1], None, None, 1100, 1100, 8, d(5, 20),
               terms={"food_provided": True, "accommodation_provided": True, "contract_months": 24})],
        about="the employer's columns in a CSV: «QR 300 (food)», «-» for no allowance, «Company», «2 Yrs»",
    )


def qatar_employer_bad_rows() -> VacancyFile:
    """The employer's sheet with a row left without a title, a negative «Nos.», and a date already past."""
    rows = [
        ["Job Title", "Company", "Nos.", "Basic Salary", "Food: Provided / Not", "Accommodation: Company",
         "Last Date"],
        ["Forklift Operator", FORKLIFT[1], 5, 1800, "Provided", "Yes", f"15th Jan {YEAR}"],
        [None, FORKLIFT[1], 4, 1500, "Provided", "Yes", f"15th Jan {YEAR}"],
        ["Warehouse Helper", FORKLIFT[1], -2, 1100, "Provided", "Yes", f"15th Jan {YEAR}"],
        ["Tally Clerk", FORKLIFT[1], 2, 1700, "Not", "Yes", f"15th Jan {PAST}"],
        ["Reach Truck Driver", FORKLIFT[1], 3, 1900, "Not", "Yes", f"2nd Feb {YEAR}"],
    ]
    return VacancyFile(
        "HPL requirement.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Forklift Operator", FORKLIFT[1], None, None, 1800, 1800, 5, d(1, 15)),
         Want("Reach Truck Driver", FORKLIFT[1], None, None, 1900, 1900, 3, d(2, 2))],
        [Refusal(3, "Job Title"), Refusal(4, "Nos."), Refusal(5, "Last Date")],
        about="no title, «Nos.» −2, «15th Jan» of last year; the good rows' «15th Jan», «2nd Feb»",
    )


def merged_employer_column() -> VacancyFile:
    """One employer's name merged down the column over its three vacancies, the deadline merged too."""
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["MG-1", "Кухонный работник", STEWARD[1], "1200", 12, datetime(YEAR, 3, 20)],
        ["MG-2", "Горничная", None, "1300", 20, None],
        ["MG-3", "Помощник повара", None, "1500", 6, None],
        ["MG-4", "Садовник", GARDENER[1], "1100", 8, datetime(YEAR, 4, 5)],
    ]
    return VacancyFile(
        "объединённые ячейки.xlsx", xlsx_bytes({"Вакансии": rows}, {"Вакансии": ["C2:C4", "F2:F4"]}),
        [Want("Кухонный работник", STEWARD[1], "MG-1", None, 1200, 1200, 12, d(3, 20)),
         Want("Горничная", STEWARD[1], "MG-2", None, 1300, 1300, 20, d(3, 20)),
         Want("Помощник повара", STEWARD[1], "MG-3", None, 1500, 1500, 6, d(3, 20)),
         Want("Садовник", GARDENER[1], "MG-4", None, 1100, 1100, 8, d(4, 5))],
        about="the employer and the deadline merged down over one employer's three vacancies",
    )


def merged_employer_first_column_kk() -> VacancyFile:
    """Kazakh headers, the employer first and merged over its rows, the pay merged for two alike trades."""
    rows = [
        ["Жұмыс беруші", "Лауазымы", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі"],
        [HVAC[1], "Кондиционер шебері", "2000-2500", 6, datetime(YEAR, 6, 1)],
        [None, "Кондиционер шеберінің көмекшісі", "1300", 10, datetime(YEAR, 6, 1)],
        [LAUNDRY[1], "Кір жуу машинасының операторы", "1250", 7, datetime(YEAR, 6, 10)],
        [None, "Үтіктеуші", None, 5, datetime(YEAR, 6, 10)],
    ]
    return VacancyFile(
        "жұмыс берушілер бойынша.xlsx",
        xlsx_bytes({"Парақ1": rows}, {"Парақ1": ["A2:A3", "A4:A5", "C4:C5"]}),
        [Want("Кондиционер шебері", HVAC[1], None, None, 2000, 2500, 6, d(6, 1)),
         Want("Кондиционер шеберінің көмекшісі", HVAC[1], None, None, 1300, 1300, 10, d(6, 1)),
         Want("Кір жуу машинасының операторы", LAUNDRY[1], None, None, 1250, 1250, 7, d(6, 10)),
         Want("Үтіктеуші", LAUNDRY[1], None, None, 1250, 1250, 5, d(6, 10))],
        about="the employer merged in the first column, one pay merged over two trades",
    )


def two_rows_per_vacancy_ru() -> VacancyFile:
    """Each vacancy on two rows: the title row, and under it a row of conditions in the title's column."""
    rows = [
        ["№", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        [1, "Охранник", GUARD[1], "1500", 15, datetime(YEAR, 7, 1)],
        [None, "Условия: проживание — да, питание — нет, транспорт — да"],
        [2, "Садовник", GARDENER[1], "1100-1300", 8, datetime(YEAR, 7, 1)],
        [None, "Условия: проживание — да, питание — да, транспорт — да"],
    ]
    return VacancyFile(
        "вакансии в две строки.xlsx", xlsx_bytes({"Лист1": rows}),
        [Terms("Охранник", GUARD[1], None, None, 1500, 1500, 15, d(7, 1),
               terms={"accommodation_provided": True, "food_provided": False, "transport_provided": True}),
         Terms("Садовник", GARDENER[1], None, None, 1100, 1300, 8, d(7, 1),
               terms={"accommodation_provided": True, "food_provided": True, "transport_provided": True})],
        about="a conditions row under each vacancy: «Условия: проживание — да, питание — нет…»",
    )


def two_rows_per_vacancy_en() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "Nos.", "Basic Salary", "Closing Date"],
        ["Scaffolder", SCAFFOLDER[1], 25, 1400, datetime(YEAR, 8, 20)],
        ["Food: Provided; Accommodation: Company; Transport: Company"],
        ["Scaffolding Foreman", SCAFFOLDER[1], 2, 2600, datetime(YEAR, 8, 20)],
        ["Food: Not provided; Accommodation: Company; Transport: Company"],
    ]
    return VacancyFile(
        "scaffolding two rows.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Terms("Scaffolder", SCAFFOLDER[1], None, None, 1400, 1400, 25, d(8, 20),
               terms={"food_provided": True, "accommodation_provided": True, "transport_provided": True}),
         Terms("Scaffolding Foreman", SCAFFOLDER[1], None, None, 2600, 2600, 2, d(8, 20),
               terms={"food_provided": False, "accommodation_provided": True, "transport_provided": True})],
        about="the benefits written on the row under each vacancy, in the title's column",
    )


def ru_units_in_brackets() -> VacancyFile:
    """Every header with its unit in brackets; «Срок (мес.)» is the contract, the deadline has its own column."""
    rows = [
        ["Код", "Профессия", "Работодатель", "Зарплата (QAR)", "Мест (чел.)", "Срок (мес.)", "Возраст (лет)",
         "Приём до (дата)"],
        ["UB-1", *HVAC[:2], "2000", "6", "24", "25-45", f"10.09.{YEAR}"],
        ["UB-2", *LAUNDRY[:2], "1250", "7", "12", "21-40", f"10.09.{YEAR}"],
    ]
    return VacancyFile(
        "единицы в скобках.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Terms(*HVAC[:2], "UB-1", None, 2000, 2000, 6, d(9, 10), terms={"contract_months": 24}),
         Terms(*LAUNDRY[:2], "UB-2", None, 1250, 1250, 7, d(9, 10), terms={"contract_months": 12})],
        about="«Зарплата (QAR)», «Мест (чел.)», «Срок (мес.)» for the contract, «Возраст (лет)», «Приём до (дата)»",
    )


def kk_units_in_brackets() -> VacancyFile:
    rows = [
        ["Бос орын коды", "Кәсібі", "Жұмыс беруші", "Жалақы (QAR)", "Орын саны (адам)", "Келісімшарт (ай)",
         "Тамақ (иә/жоқ)", "Тұру (иә/жоқ)", "Өтініш беру мерзімі (күні)"],
        ["KB-1", "Күзетші", GUARD[1], "1500", "15", "24", "жоқ", "иә", f"20.10.{YEAR}"],
        ["KB-2", "Бағбан", GARDENER[1], "1100", "8", "36", "иә", "иә", f"20.10.{YEAR}"],
    ]
    return VacancyFile(
        "бос орындар (бірліктер).csv", csv_bytes(rows, delimiter=";"),
        [Terms("Күзетші", GUARD[1], "KB-1", None, 1500, 1500, 15, d(10, 20),
               terms={"contract_months": 24, "food_provided": False, "accommodation_provided": True}),
         Terms("Бағбан", GARDENER[1], "KB-2", None, 1100, 1100, 8, d(10, 20),
               terms={"contract_months": 36, "food_provided": True, "accommodation_provided": True})],
        about="Kazakh headers with units: «Орын саны (адам)», «Келісімшарт (ай)», «Тамақ (иә/жоқ)»",
    )


def salary_ru_mixed() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата", "Кол-во мест", "Срок подачи"],
        ["SM-1", *STEWARD[:2], "1500 + питание", "12", f"30.05.{YEAR}"],
        ["SM-2", *HVAC[:2], "2000 QAR/месяц", "6", f"30.05.{YEAR}"],
        ["SM-3", *FORKLIFT[:2], "от 1800", "5", f"30.05.{YEAR}"],
        ["SM-4", *SCAFFOLDER[:2], "1,800 - 2,200 QR", "25", f"30.05.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата по-разному.csv", csv_bytes(rows, delimiter=";"),
        [Terms(*STEWARD[:2], "SM-1", None, 1500, 1500, 12, d(5, 30), terms={"food_provided": True}),
         Want(*HVAC[:2], "SM-2", None, 2000, 2000, 6, d(5, 30)),
         Want(*FORKLIFT[:2], "SM-3", None, 1800, None, 5, d(5, 30)),
         Want(*SCAFFOLDER[:2], "SM-4", None, 1800, 2200, 25, d(5, 30))],
        about="«1500 + питание» (food given besides), «2000 QAR/месяц», «от 1800», «1,800 - 2,200 QR»",
    )


def salary_en_mixed() -> VacancyFile:
    rows = [
        ["Job Code", "Position", "Employer", "Monthly Salary", "Vacancies", "Apply By"],
        ["SE-1", "Room Attendant", ROOM[1], "1,300 + food & accommodation", "20", f"{YEAR}-06-25"],
        ["SE-2", "Laundry Operator", LAUNDRY[1], "QR 1,250 per month", "7", f"{YEAR}-06-25"],
        ["SE-3", "HVAC Technician", HVAC[1], "from 2,000", "6", f"{YEAR}-06-25"],
        ["SE-4", "Gardener", GARDENER[1], "1100 to 1300 QAR", "8", f"{YEAR}-06-25"],
    ]
    return VacancyFile(
        "salaries_written_out.csv", csv_bytes(rows),
        [Terms("Room Attendant", ROOM[1], "SE-1", None, 1300, 1300, 20, d(6, 25),
               terms={"food_provided": True, "accommodation_provided": True}),
         Want("Laundry Operator", LAUNDRY[1], "SE-2", None, 1250, 1250, 7, d(6, 25)),
         Want("HVAC Technician", HVAC[1], "SE-3", None, 2000, None, 6, d(6, 25)),
         Want("Gardener", GARDENER[1], "SE-4", None, 1100, 1300, 8, d(6, 25))],
        about="«1,300 + food & accommodation», «QR 1,250 per month», «from 2,000», «1100 to 1300 QAR»",
    )


def yes_no_ru_kk() -> VacancyFile:
    """Russian headers, the answers in Russian and in Kazakh, as two officers filled one sheet."""
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Мест", "Жильё", "Питание", "Транспорт",
         "Мед. страховка", "Срок подачи"],
        ["YK-1", *GUARD[:2], "1500", "15", "Да", "Нет", "Да", "да", f"31.07.{YEAR}"],
        ["YK-2", *GARDENER[:2], "1100", "8", "иә", "жоқ", "Иә", "ЖОҚ", f"31.07.{YEAR}"],
        ["YK-3", *LAUNDRY[:2], "1250", "7", "Да/Нет", "нет", "нет", "Да", f"31.07.{YEAR}"],
    ]
    return VacancyFile(
        "условия да нет.xlsx", xlsx_bytes({"Лист1": rows}),
        [Terms(*GUARD[:2], "YK-1", None, 1500, 1500, 15, d(7, 31),
               terms={"accommodation_provided": True, "food_provided": False, "transport_provided": True,
                      "medical_provided": True}),
         Terms(*GARDENER[:2], "YK-2", None, 1100, 1100, 8, d(7, 31),
               terms={"accommodation_provided": True, "food_provided": False, "transport_provided": True,
                      "medical_provided": False}),
         Terms(*LAUNDRY[:2], "YK-3", None, 1250, 1250, 7, d(7, 31),
               terms={"accommodation_provided": None, "food_provided": False, "transport_provided": False,
                      "medical_provided": True})],
        about="«Да/Нет», «иә/жоқ» in any case; «Да/Нет» left as typed in the template says nothing",
    )


def yes_no_letters_ticks() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Company", "Salary (QAR)", "Qty", "Food (Y/N)", "Accommodation (Y/N)",
         "Transport", "Medical", "Deadline"],
        ["YT-1", "Scaffolder", SCAFFOLDER[1], 1400, 25, "Y", "Y", "✓", "✓", datetime(YEAR, 9, 5)],
        ["YT-2", "Forklift Operator", FORKLIFT[1], 1800, 5, "N", "y", "", "✓", datetime(YEAR, 9, 5)],
        ["YT-3", "Security Guard", GUARD[1], 1500, 15, "n", "Y", "✓", "N", datetime(YEAR, 9, 5)],
    ]
    return VacancyFile(
        "benefits_YN.xlsx", xlsx_bytes({"Jobs": rows}),
        [Terms("Scaffolder", SCAFFOLDER[1], "YT-1", None, 1400, 1400, 25, d(9, 5),
               terms={"food_provided": True, "accommodation_provided": True, "transport_provided": True,
                      "medical_provided": True}),
         Terms("Forklift Operator", FORKLIFT[1], "YT-2", None, 1800, 1800, 5, d(9, 5),
               terms={"food_provided": False, "accommodation_provided": True, "transport_provided": None,
                      "medical_provided": True}),
         Terms("Security Guard", GUARD[1], "YT-3", None, 1500, 1500, 15, d(9, 5),
               terms={"food_provided": False, "accommodation_provided": True, "transport_provided": True,
                      "medical_provided": False})],
        about="«Y»/«N» in either case, «(Y/N)» in the header, a tick, an empty cell that says nothing",
    )


def deadlines_ru_words() -> VacancyFile:
    """Deadlines as an officer types them: «до 15 января» with no year means the next 15 January."""
    jan15, mar1 = upcoming(1, 15), upcoming(3, 1)
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DW-1", *STEWARD[:2], "1200", "12", "до 15 января"],
        ["DW-2", *ROOM[:2], "1300", "20", f"до 1 марта {YEAR} г."],
        ["DW-3", *HVAC[:2], "2000", "6", "по 1 марта"],
        ["DW-4", *GUARD[:2], "1500", "15", f"20 {RU_MONTHS_GEN[5]} {YEAR}"],
    ]
    return VacancyFile(
        "сроки словами.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*STEWARD[:2], "DW-1", None, 1200, 1200, 12, jan15),
         Want(*ROOM[:2], "DW-2", None, 1300, 1300, 20, d(3, 1)),
         Want(*HVAC[:2], "DW-3", None, 2000, 2000, 6, mar1),
         Want(*GUARD[:2], "DW-4", None, 1500, 1500, 15, d(5, 20))],
        about="«до 15 января» and «по 1 марта» without a year, «до 1 марта … г.», «20 мая …»",
    )


def deadlines_en_ordinals() -> VacancyFile:
    rows = [
        ["Ref", "Job Title", "Employer", "Salary", "Positions", "Closing Date"],
        ["DO-1", "Scaffolder", SCAFFOLDER[1], "1400", "25", f"15th Jan {YEAR}"],
        ["DO-2", "HVAC Technician", HVAC[1], "2000", "6", f"1st March {YEAR}"],
        ["DO-3", "Gardener", GARDENER[1], "1100", "8", f"22nd Apr, {YEAR}"],
        ["DO-4", "Security Guard", GUARD[1], "1500", "15", f"3rd of May {YEAR}"],
        ["DO-5", "Laundry Operator", LAUNDRY[1], "1250", "7", f"Jan 23rd {YEAR}"],
    ]
    return VacancyFile(
        "closing_ordinals.csv", csv_bytes(rows),
        [Want("Scaffolder", SCAFFOLDER[1], "DO-1", None, 1400, 1400, 25, d(1, 15)),
         Want("HVAC Technician", HVAC[1], "DO-2", None, 2000, 2000, 6, d(3, 1)),
         Want("Gardener", GARDENER[1], "DO-3", None, 1100, 1100, 8, d(4, 22)),
         Want("Security Guard", GUARD[1], "DO-4", None, 1500, 1500, 15, d(5, 3)),
         Want("Laundry Operator", LAUNDRY[1], "DO-5", None, 1250, 1250, 7, d(1, 23))],
        about="«15th Jan», «1st March», «22nd Apr,», «3rd of May», «Jan 23rd»",
    )


def deadlines_excel_serials_time() -> VacancyFile:
    """Serials with a time of day (a deadline «till 23:59»), as numbers and as text with a decimal comma."""
    end_of_day = 1439 / 1440
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["ST-1", *FORKLIFT[:2], 1800, 5, serial(d(2, 14)) + end_of_day],
        ["ST-2", *SCAFFOLDER[:2], 1400, 25, f"{serial(d(3, 14))},5"],
        ["ST-3", *HVAC[:2], 2000, 6, float(serial(d(4, 14)))],
    ]
    return VacancyFile(
        "сроки серийные.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*FORKLIFT[:2], "ST-1", None, 1800, 1800, 5, d(2, 14)),
         Want(*SCAFFOLDER[:2], "ST-2", None, 1400, 1400, 25, d(3, 14)),
         Want(*HVAC[:2], "ST-3", None, 2000, 2000, 6, d(4, 14))],
        about="Excel serial deadlines with a time of day, one as text with a decimal comma",
    )


def cp1251_semicolons_quoted() -> VacancyFile:
    rows = [
        ["№ п/п", "Наименование должности", "Наименование работодателя", "Город", "Оклад, QAR",
         "Требуется, чел.", "Дата окончания приёма"],
        ["1", "Повар; пекарь", STEWARD[1], "Доха", "1 600", "3", f"01.06.{YEAR}"],
        ["2", *LAUNDRY, "1 250", "7", f"01.06.{YEAR}"],
        ["3", "Техник по кондиционерам (HVAC)", HVAC[1], "Доха", "2 000–2 500", "6", f"01.06.{YEAR}"],
    ]
    return VacancyFile(
        "перечень_1251.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Повар; пекарь", STEWARD[1], None, "Доха", 1600, 1600, 3, d(6, 1)),
         Want(*LAUNDRY[:2], None, LAUNDRY[2], 1250, 1250, 7, d(6, 1)),
         Want("Техник по кондиционерам (HVAC)", HVAC[1], None, "Доха", 2000, 2500, 6, d(6, 1))],
        about="Windows-1251, semicolons, a semicolon inside a quoted title, «2 000–2 500» with an en dash",
    )


def utf8_bom_commas() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Location", "Salary (QAR)", "No. of Vacancies", "Closing Date", "Job Code"],
        ["Room Attendant", ROOM[1], "Doha", "1300", "20", f"{YEAR}-04-30", "BM-1"],
        ["Forklift Operator", FORKLIFT[1], "Mesaieed", "1800", "5", f"{YEAR}-04-30", "BM-2"],
    ]
    return VacancyFile(
        "jobs_bom.csv", codecs.BOM_UTF8 + csv_bytes(rows),
        [Want("Room Attendant", ROOM[1], "BM-1", "Doha", 1300, 1300, 20, d(4, 30)),
         Want("Forklift Operator", FORKLIFT[1], "BM-2", "Mesaieed", 1800, 1800, 5, d(4, 30))],
        about="UTF-8 with a BOM stuck to the first header «Job Title», the code in the last column",
    )


def table_from_column_c() -> VacancyFile:
    """The table drawn from C3: two empty columns on the left, a title above it."""
    rows = [
        ["Список вакансий (Катар)"],
        [],
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["TC-1", *GUARD[:2], "1500", 15, datetime(YEAR, 5, 5)],
        ["TC-2", *GARDENER[:2], "1100", 8, datetime(YEAR, 5, 5)],
    ]
    return VacancyFile(
        "таблица с C.xlsx", xlsx_placed(rows, title="Лист1", start_col=3, start_row=1),
        [Want(*GUARD[:2], "TC-1", None, 1500, 1500, 15, d(5, 5)),
         Want(*GARDENER[:2], "TC-2", None, 1100, 1100, 8, d(5, 5))],
        about="the table starting at column C under a title",
    )


def scratch_list1_beside_vacancies() -> VacancyFile:
    """«Лист1» left from the template with the officer's scratch notes, before «Вакансии»."""
    sheets = {
        "Лист1": [
            ["курс", 128.5],
            ["1500*128,5", 192750],
            [None, None, "позвонить в агентство"],
        ],
        "Вакансии": [
            ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
            ["LS-1", *FORKLIFT[:2], "1800", 5, datetime(YEAR, 10, 1)],
            ["LS-2", *ROOM[:2], "1300", 20, datetime(YEAR, 10, 1)],
        ],
    }
    return VacancyFile(
        "вакансии + Лист1.xlsx", xlsx_bytes(sheets),
        [Want(*FORKLIFT[:2], "LS-1", None, 1800, 1800, 5, d(10, 1)),
         Want(*ROOM[:2], "LS-2", None, 1300, 1300, 20, d(10, 1))],
        about="a scratch sheet «Лист1» (a rate, a sum, a note) before «Вакансии»",
    )


def same_vacancy_two_sheets_codes() -> VacancyFile:
    """«Все» and «Срочные»: the urgent one is copied onto its own sheet, code and all."""
    header = ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    urgent = ["DS-2", *HVAC[:2], "2000", 6, datetime(YEAR, 2, 20)]
    sheets = {
        "Все": [header, ["DS-1", *LAUNDRY[:2], "1250", 7, datetime(YEAR, 3, 30)], urgent],
        "Срочные": [header, urgent],
    }
    return VacancyFile(
        "все и срочные.xlsx", xlsx_bytes(sheets),
        [Want(*LAUNDRY[:2], "DS-1", None, 1250, 1250, 7, d(3, 30)),
         Want(*HVAC[:2], "DS-2", None, 2000, 2000, 6, d(2, 20))],
        may_skip=[2],
        about="the same vacancy, code and all, on the general sheet and the urgent one",
    )


def same_vacancy_two_sheets_no_codes() -> VacancyFile:
    header = ["Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date"]
    sheets = {
        "Hospitality": [header,
                        ["Kitchen Steward", STEWARD[1], 1200, 12, datetime(YEAR, 7, 15)],
                        ["Room Attendant", ROOM[1], 1300, 20, datetime(YEAR, 7, 15)]],
        "Hotel (copy)": [header,
                         ["Room Attendant", ROOM[1], 1300, 20, datetime(YEAR, 7, 15)],
                         ["Kitchen Steward", STEWARD[1], 1200, 12, datetime(YEAR, 7, 15)]],
    }
    return VacancyFile(
        "hotel_jobs.xlsx", xlsx_bytes(sheets),
        [Want("Kitchen Steward", STEWARD[1], None, None, 1200, 1200, 12, d(7, 15)),
         Want("Room Attendant", ROOM[1], None, None, 1300, 1300, 20, d(7, 15))],
        may_skip=[2, 3],
        about="a sheet copied whole in another order, without codes: each vacancy once",
    )


def formatted_empty_tail() -> VacancyFile:
    """The office template: borders and a fill to row 300 and column T, only three rows filled."""
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["FT-1", *SCAFFOLDER[:2], "1400", 25, datetime(YEAR, 11, 11)],
        ["FT-2", *GUARD[:2], "1500", 15, datetime(YEAR, 11, 11)],
    ]
    return VacancyFile(
        "шаблон с рамками.xlsx", xlsx_placed(rows, title="Вакансии", styled_to=(300, 20)),
        [Want(*SCAFFOLDER[:2], "FT-1", None, 1400, 1400, 25, d(11, 11)),
         Want(*GUARD[:2], "FT-2", None, 1500, 1500, 15, d(11, 11))],
        about="borders and a fill on empty rows and columns far past the table",
    )


def bad_rows_ru() -> VacancyFile:
    """No title, a negative number of places, a deadline past, among good rows."""
    past = date.today() - timedelta(days=10)
    rows = [
        ["Код", "Наименование должности", "Работодатель", "Зарплата (QAR)", "Требуется (чел.)",
         "Приём документов до"],
        ["BD-1", *FORKLIFT[:2], "1800", "5", f"30.06.{YEAR}"],
        ["BD-2", "", GUARD[1], "1500", "15", f"30.06.{YEAR}"],
        ["BD-3", *GARDENER[:2], "1100", "-8", f"30.06.{YEAR}"],
        ["BD-4", *ROOM[:2], "1300", "20", past.strftime("%d.%m.%Y")],
        ["BD-5", *HVAC[:2], "2000", "6", f"30.06.{YEAR}"],
    ]
    return VacancyFile(
        "ошибки.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*FORKLIFT[:2], "BD-1", None, 1800, 1800, 5, d(6, 30)),
         Want(*HVAC[:2], "BD-5", None, 2000, 2000, 6, d(6, 30))],
        [Refusal(3, "Наименование должности"), Refusal(4, "Требуется (чел.)"), Refusal(5, "Приём документов до")],
        about="an empty title, «-8» places, a deadline ten days ago",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the fourth set, built afresh."""
    builders = [
        qatar_employer_sheet_xlsx, qatar_employer_sheet_csv, qatar_employer_bad_rows, merged_employer_column,
        merged_employer_first_column_kk, two_rows_per_vacancy_ru, two_rows_per_vacancy_en, ru_units_in_brackets,
        kk_units_in_brackets, salary_ru_mixed, salary_en_mixed, yes_no_ru_kk, yes_no_letters_ticks,
        deadlines_ru_words, deadlines_en_ordinals, deadlines_excel_serials_time, cp1251_semicolons_quoted,
        utf8_bom_commas, table_from_column_c, scratch_list1_beside_vacancies, same_vacancy_two_sheets_codes,
        same_vacancy_two_sheets_no_codes, formatted_empty_tail, bad_rows_ru,
    ]
    return [build() for build in builders]
