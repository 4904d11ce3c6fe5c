"""A sixth set of vacancy files as officers send them, written apart from the first five.

This set holds what the earlier ones touch little: a workbook whose first sheet holds instructions (in prose,
or as a little table of the columns with an example under each) and whose second sheet holds the vacancies;
a header over two rows with group cells merged above their columns (one sub-header, «Наименование», under two
groups: the vacancy's and the employer's), two dates side by side (posted and deadline); blank columns and a
hidden accounting code between the visible ones; a column of employers' names as they come (capitals, Arabic,
quotes, a comma, a line break) beside a Kazakh recruitment agency's column that is not the employer; pay with
the currency before or after it («QAR 1800», «1800 QR», «QR1,650/-», «1 800,00», «1.800,00 QAR», «2 000 ر.ق»);
deadlines as Excel serial numbers (whole, with a time of day, as text, «46021.0») and as text in three
languages («15 декабря …», "Dec 15, …", «15 желтоқсан …», "Tuesday, March 3, …", «7 февр. … г.»);
a note or status column saying a vacancy is closed («вакансия закрыта», «ЗАКРЫТА», "Filled", «бос орын
жабылды»); one portal code on two rows within a file (another vacancy: refused; the same row again, with a
space more: skipped or merged; the code in lower case is still the same code); spaces, non-breaking, narrow
non-breaking and zero-width spaces around every value; a CSV with ';' and a BOM; a Windows-1251 CSV.

A vacancy the file marks closed (`Closed`) must never be open to workers: the bot may store it closed (so that
an open copy from an earlier file closes) or leave it out, but it is not an error in the officer's file.
Otherwise the format is the earlier sets'. The set was written before the reading code was opened; dates
are built from today's, so it never ages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tests.data.vacancy_files import YEAR, Refusal, VacancyFile, Want, csv_bytes, d, xlsx_bytes
from tests.data.vacancy_files_5 import workbook

NBSP = "\u00a0"
NNBSP = "\u202f"  # the narrow no-break space Excel puts between thousands in some locales
ZWSP = "\u200b"

RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
RU_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
      "желтоқсан"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class Closed(Want):
    """A vacancy its file marks closed: stored closed or not stored, never open, never an error."""

    closed: bool = True


def serial(day: date) -> int:
    """The number Excel keeps for a date (days since 1899-12-30)."""
    return (day - date(1899, 12, 30)).days


def ru(day: date) -> str:
    return f"{day.day} {RU_GEN[day.month - 1]} {day.year}"


def kk(day: date) -> str:
    return f"{day.day} {KK[day.month - 1]} {day.year}"


def en_us(day: date) -> str:
    return f"{EN[day.month - 1][:3]} {day.day}, {day.year}"


def en_long(day: date) -> str:
    return f"{EN_DAYS[day.weekday()]}, {EN[day.month - 1]} {day.day}, {day.year}"


# The vacancies: made-up employers, trades apart from the earlier sets'.
FIXER = ("Арматурщик-монтажник", "Al Khor Rebar Works W.L.L.", "Эль-Хор")
HOUSEMAID = ("Горничная", "West Bay Residences Hotel", "Доха")
MECHANIC = ("Автослесарь", "Industrial Area Motors Co.", "Доха")
GARDENER = ("Садовник", "Aspire Park Landscaping", "Эр-Райян")
GUARD = ("Охранник", "Pearl Security Services", "Доха")
FORKLIFT = ("Водитель погрузчика", "Hamad Port Logistics", "Месаид")
CASHIER = ("Кассир", "Souq Waqif Trading Co.", "Доха")
ELECTRICIAN = ("Электромонтажник", "Lusail Power Systems W.L.L.", "Лусаил")


# ---- the table on the second sheet, instructions on the first ------------------------------------------------

def instructions_then_table_ru() -> VacancyFile:
    instructions = [
        ["Инструкция по заполнению заявки работодателя на подбор специалистов"],
        ["1. Заполните лист «Вакансии». Одна строка — одна вакансия."],
        ["2. Столбцы: Код вакансии, Должность, Работодатель, Город, Зарплата (QAR), Кол-во мест, Срок подачи."],
        ["3. Зарплата указывается в катарских риалах в месяц, например 1800 или 1500-2000."],
        ["4. Срок подачи — в формате ДД.ММ.ГГГГ, не ранее чем через 14 дней."],
        [],
        ["По вопросам: отдел внешней трудовой миграции, тел. 8 (7172) 74-36-00"],
    ]
    table = [
        ["Код вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-2026-0601", *FIXER, "1500-1900", 20, datetime(YEAR, 2, 28)],
        ["QA-2026-0602", *HOUSEMAID, "1300", 12, datetime(YEAR, 2, 28)],
        ["QA-2026-0603", *MECHANIC, "2200-2600", 4, datetime(YEAR, 3, 15)],
    ]
    return VacancyFile(
        "Заявка работодателя.xlsx", workbook({"Инструкция": instructions, "Вакансии": table}),
        [Want(*FIXER[:2], "QA-2026-0601", FIXER[2], 1500, 1900, 20, d(2, 28)),
         Want(*HOUSEMAID[:2], "QA-2026-0602", HOUSEMAID[2], 1300, 1300, 12, d(2, 28)),
         Want(*MECHANIC[:2], "QA-2026-0603", MECHANIC[2], 2200, 2600, 4, d(3, 15))],
        about="an instructions sheet naming every column in prose, the vacancies on the second sheet",
    )


def readme_sheet_with_column_table_en() -> VacancyFile:
    """The employer's template: its first sheet is a table of the columns with an example under each."""
    readme = [
        ["How to fill in this template"],
        [],
        ["Column", "What to write", "Example"],
        ["Job Title", "The position as in the demand letter", "Steel Fixer"],
        ["Employer", "Company name as on the commercial registration", "ABC Contracting W.L.L."],
        ["City", "Where the worker will be based", "Doha"],
        ["Salary (QAR)", "Basic monthly salary", "1500"],
        ["Positions", "Number of workers needed", "10"],
        ["Closing Date", "Last day to apply, DD/MM/YYYY", f"31/12/{YEAR}"],
    ]
    table = [
        ["Job Code", "Job Title", "Employer", "City", "Salary (QAR)", "Positions", "Closing Date"],
        ["HP-301", "Forklift Operator", FORKLIFT[1], "Mesaieed", "1900", "6", f"30/04/{YEAR}"],
        ["HP-302", "Reach Stacker Operator", FORKLIFT[1], "Mesaieed", "2400", "3", f"30/04/{YEAR}"],
        ["HP-303", "Tally Clerk", FORKLIFT[1], "Mesaieed", "2000", "2", f"15/05/{YEAR}"],
    ]
    return VacancyFile(
        "HPL_demand_template.xlsx", workbook({"README": readme, "Vacancies": table}),
        [Want("Forklift Operator", FORKLIFT[1], "HP-301", "Mesaieed", 1900, 1900, 6, d(4, 30)),
         Want("Reach Stacker Operator", FORKLIFT[1], "HP-302", "Mesaieed", 2400, 2400, 3, d(4, 30)),
         Want("Tally Clerk", FORKLIFT[1], "HP-303", "Mesaieed", 2000, 2000, 2, d(5, 15))],
        about="a README sheet holding a table «Column / What to write / Example» (its example is no vacancy)",
    )


def kk_instructions_then_two_row_header() -> VacancyFile:
    instructions = [
        ["Толтыру тәртібі"],
        ["Бос орындар «Бос орындар» парағына енгізіледі, әр жолға бір бос орын."],
        ["Жалақы катар риалымен, айына көрсетіледі. Соңғы күні: күні, айы, жылы."],
    ]
    table = [
        ["Бос орын", None, "Жұмыс беруші", "Қала", "Жалақы, QAR", "Орын саны", "Өтінім қабылдау"],
        ["коды", "атауы", None, None, None, None, "соңғы күні"],
        ["KZ-41", "Бағбан", GARDENER[1], "Әр-Райян", "1200", "8", kk(d(12, 15))],
        ["KZ-42", "Күзетші", GUARD[1], "Доха", "1600", "10", kk(d(1, 20))],
        ["KZ-43", "Кассир", CASHIER[1], "Доха", "1700", "3", kk(d(3, 1))],
    ]
    merges = {"Бос орындар": ["A1:B1", "C1:C2", "D1:D2", "E1:E2", "F1:F2"]}
    return VacancyFile(
        "Бос орындар (өтінім).xlsx", workbook({"Нұсқаулық": instructions, "Бос орындар": table}, merges=merges),
        [Want("Бағбан", GARDENER[1], "KZ-41", "Әр-Райян", 1200, 1200, 8, d(12, 15)),
         Want("Күзетші", GUARD[1], "KZ-42", "Доха", 1600, 1600, 10, d(1, 20)),
         Want("Кассир", CASHIER[1], "KZ-43", "Доха", 1700, 1700, 3, d(3, 1))],
        about="Kazakh instructions first; «Бос орын» merged over «коды»/«атауы», «Өтінім қабылдау» over «соңғы "
              "күні» unmerged; deadlines «15 желтоқсан …»",
    )


# ---- headers over two rows ---------------------------------------------------------------------------------

def merged_groups_same_subheader_ru() -> VacancyFile:
    """«Наименование» twice: under «Вакансия» it is the title, under «Работодатель» the employer."""
    rows = [
        ["Вакансия", None, None, "Работодатель", None, "Оплата труда, QAR", None, "Срок подачи"],
        ["Код", "Наименование", "Кол-во", "Наименование", "Город", "мин.", "макс.", None],
        ["MG-1", FIXER[0], 20, FIXER[1], FIXER[2], 1500, 1900, datetime(YEAR, 6, 1)],
        ["MG-2", ELECTRICIAN[0], 6, ELECTRICIAN[1], ELECTRICIAN[2], 2000, 2500, datetime(YEAR, 6, 1)],
        ["MG-3", GUARD[0], 10, GUARD[1], GUARD[2], 1600, 1600, datetime(YEAR, 6, 15)],
    ]
    merges = {"Лист1": ["A1:C1", "D1:E1", "F1:G1", "H1:H2"]}
    return VacancyFile(
        "вакансии_группы.xlsx", workbook({"Лист1": rows}, merges=merges),
        [Want(*FIXER[:2], "MG-1", FIXER[2], 1500, 1900, 20, d(6, 1)),
         Want(*ELECTRICIAN[:2], "MG-2", ELECTRICIAN[2], 2000, 2500, 6, d(6, 1)),
         Want(*GUARD[:2], "MG-3", GUARD[2], 1600, 1600, 10, d(6, 15))],
        about="«Вакансия» over «Код / Наименование / Кол-во», «Работодатель» over «Наименование / Город», "
              "«Оплата труда, QAR» over «мин. / макс.»",
    )


def merged_two_dates_en() -> VacancyFile:
    """«Dates» over «Posted» and «Deadline»: the deadline is the second, the first is already past."""
    posted = datetime.combine(date.today() - timedelta(days=10), datetime.min.time())
    rows = [
        ["Position", None, "Employer", None, "Salary (QAR)", None, "Dates", None, "Headcount"],
        ["Ref", "Title", "Name", "Location", "Min", "Max", "Posted", "Deadline", None],
        ["WB-7", "Room Attendant", HOUSEMAID[1], "West Bay, Doha", 1300, 1500, posted, datetime(YEAR, 7, 10), 12],
        ["WB-8", "Laundry Attendant", HOUSEMAID[1], "West Bay, Doha", 1200, 1400, posted, datetime(YEAR, 7, 10), 5],
        ["WB-9", "Night Security Guard", GUARD[1], "The Pearl, Doha", 1600, 1800, posted, datetime(YEAR, 8, 1), 4],
    ]
    merges = {"Openings": ["A1:B1", "C1:D1", "E1:F1", "G1:H1", "I1:I2"]}
    return VacancyFile(
        "openings_q3.xlsx", workbook({"Openings": rows}, merges=merges),
        [Want("Room Attendant", HOUSEMAID[1], "WB-7", None, 1300, 1500, 12, d(7, 10)),
         Want("Laundry Attendant", HOUSEMAID[1], "WB-8", None, 1200, 1400, 5, d(7, 10)),
         Want("Night Security Guard", GUARD[1], "WB-9", None, 1600, 1800, 4, d(8, 1))],
        about="«Position» over «Ref / Title», «Employer» over «Name / Location», «Dates» over «Posted / Deadline» "
              "(posted ten days ago), «Headcount» merged down",
    )


# ---- columns between -----------------------------------------------------------------------------------------

def hidden_and_empty_columns() -> VacancyFile:
    rows = [
        ["Код вакансии", None, "Должность", "Работодатель", None, None, "Зарплата (QAR)", "Код 1С", "Кол-во мест",
         "Срок подачи"],
        ["HC-11", None, *CASHIER[:2], None, None, "1700", "000117", "3", f"30.09.{YEAR}"],
        ["HC-12", None, *MECHANIC[:2], None, None, "2200-2600", "000118", "4", f"30.09.{YEAR}"],
        ["HC-13", None, *GARDENER[:2], None, None, "1200", "000121", "8", f"15.10.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии_с_пропусками.xlsx", workbook({"Лист1": rows}, hidden={"Лист1": ("H",)}),
        [Want(*CASHIER[:2], "HC-11", None, 1700, 1700, 3, d(9, 30)),
         Want(*MECHANIC[:2], "HC-12", None, 2200, 2600, 4, d(9, 30)),
         Want(*GARDENER[:2], "HC-13", None, 1200, 1200, 8, d(10, 15))],
        about="blank columns B, E and F with no header, a hidden «Код 1С» (an accounting code, not the vacancy's)",
    )


# ---- employers ---------------------------------------------------------------------------------------------

def employer_and_agency_ru() -> VacancyFile:
    rows = [
        ["№", "Должность", "Работодатель (Катар)", "Кадровое агентство (РК)", "Зарплата, QAR", "Мест", "Срок"],
        [1, ELECTRICIAN[0], ELECTRICIAN[1], "ТОО «Kazakh Labour Bridge»", "2000-2500", "6", f"01.08.{YEAR}"],
        [2, FIXER[0], FIXER[1], "ТОО «Kazakh Labour Bridge»", "1500-1900", "20", f"01.08.{YEAR}"],
        [3, HOUSEMAID[0], HOUSEMAID[1], "ТОО «Алтын Жол Кадры»", "1300", "12", f"15.08.{YEAR}"],
    ]
    return VacancyFile(
        "агентство.csv", csv_bytes(rows, delimiter=";"),
        [Want(*ELECTRICIAN[:2], None, None, 2000, 2500, 6, d(8, 1)),
         Want(*FIXER[:2], None, None, 1500, 1900, 20, d(8, 1)),
         Want(*HOUSEMAID[:2], None, None, 1300, 1300, 12, d(8, 15))],
        about="«Работодатель (Катар)» beside «Кадровое агентство (РК)»: the agency is not the employer",
    )


def employer_names_as_they_come_en() -> VacancyFile:
    rows = [
        ["Job Title", "Company (Sponsor)", "Work Location", "Salary", "Qty", "Last Date"],
        ["Mason", "AL JABER ENGINEERING W.L.L.", "Doha", "1400", "15", f"{YEAR}-09-01"],
        ["Shuttering Carpenter", "شركة الدوحة للمقاولات", "Doha", "1500", "10", f"{YEAR}-09-01"],
        ["HVAC Technician", '"Qatar Cool" District Cooling', "Lusail", "2300", "5", f"{YEAR}-09-15"],
        ["Storekeeper", "Hamad Port Logistics, W.L.L.", "Mesaieed", "1800", "2", f"{YEAR}-09-15"],
        ["Duct Fabricator", "Gulf Ductwork\nTrading & Contracting", "Doha", "1700", "4", f"{YEAR}-09-30"],
    ]
    return VacancyFile(
        "sponsor_list.csv", csv_bytes(rows),
        [Want("Mason", "AL JABER ENGINEERING W.L.L.", None, "Doha", 1400, 1400, 15, d(9, 1)),
         Want("Shuttering Carpenter", "شركة الدوحة للمقاولات", None, "Doha", 1500, 1500, 10, d(9, 1)),
         Want("HVAC Technician", '"Qatar Cool" District Cooling', None, "Lusail", 2300, 2300, 5, d(9, 15)),
         Want("Storekeeper", "Hamad Port Logistics, W.L.L.", None, "Mesaieed", 1800, 1800, 2, d(9, 15)),
         Want("Duct Fabricator", "Gulf Ductwork Trading & Contracting", None, "Doha", 1700, 1700, 4, d(9, 30))],
        about="«Company (Sponsor)»: a name in capitals, one in Arabic, one in quotes, one with a comma, one over "
              "two lines",
    )


# ---- pay with its currency ----------------------------------------------------------------------------------

def salary_currency_around_csv() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Оклад", "Кол-во мест", "Срок подачи"],
        ["CR-1", *FIXER[:2], "QAR 1800", "20", f"20.10.{YEAR}"],
        ["CR-2", *GUARD[:2], "1800 QR", "10", f"20.10.{YEAR}"],
        ["CR-3", *HOUSEMAID[:2], "1 300,00", "12", f"20.10.{YEAR}"],
        ["CR-4", *CASHIER[:2], "QR1,650/-", "3", f"20.10.{YEAR}"],
        ["CR-5", *MECHANIC[:2], "2.400,00 QAR", "4", f"20.10.{YEAR}"],
        ["CR-6", *GARDENER[:2], "1200 ر.ق", "8", f"20.10.{YEAR}"],
    ]
    return VacancyFile(
        "оклады.csv", csv_bytes(rows, delimiter=";"),
        [Want(*FIXER[:2], "CR-1", None, 1800, 1800, 20, d(10, 20)),
         Want(*GUARD[:2], "CR-2", None, 1800, 1800, 10, d(10, 20)),
         Want(*HOUSEMAID[:2], "CR-3", None, 1300, 1300, 12, d(10, 20)),
         Want(*CASHIER[:2], "CR-4", None, 1650, 1650, 3, d(10, 20)),
         Want(*MECHANIC[:2], "CR-5", None, 2400, 2400, 4, d(10, 20)),
         Want(*GARDENER[:2], "CR-6", None, 1200, 1200, 8, d(10, 20))],
        about="«QAR 1800», «1800 QR», «1 300,00», «QR1,650/-», «2.400,00 QAR», «1200 ر.ق»",
    )


def salary_decimal_comma_xlsx() -> VacancyFile:
    rows = [
        ["Job Code", "Job Title", "Employer", "Basic Salary", "Positions", "Closing Date"],
        ["DC-21", "Electrician", ELECTRICIAN[1], 2100.0, 6, datetime(YEAR, 11, 1)],
        ["DC-22", "Steel Fixer", FIXER[1], "1 800,00", 20, datetime(YEAR, 11, 1)],
        ["DC-23", "Cashier", CASHIER[1], f"1{NBSP}700,00 – 1{NBSP}900,00", 3, datetime(YEAR, 11, 1)],
        ["DC-24", "Gardener", GARDENER[1], "1200,-", 8, datetime(YEAR, 11, 1)],
        ["DC-25", "Auto Mechanic", MECHANIC[1], "2,350.00 QR", 4, datetime(YEAR, 11, 1)],
    ]
    return VacancyFile(
        "salaries_decimals.xlsx", workbook({"Sheet1": rows}),
        [Want("Electrician", ELECTRICIAN[1], "DC-21", None, 2100, 2100, 6, d(11, 1)),
         Want("Steel Fixer", FIXER[1], "DC-22", None, 1800, 1800, 20, d(11, 1)),
         Want("Cashier", CASHIER[1], "DC-23", None, 1700, 1900, 3, d(11, 1)),
         Want("Gardener", GARDENER[1], "DC-24", None, 1200, 1200, 8, d(11, 1)),
         Want("Auto Mechanic", MECHANIC[1], "DC-25", None, 2350, 2350, 4, d(11, 1))],
        about="pay as 2100.0, «1 800,00», «1 700,00 – 1 900,00» with no-break spaces, «1200,-», «2,350.00 QR»",
    )


# ---- deadlines ---------------------------------------------------------------------------------------------

def dates_serial_numbers_xlsx() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["SN-1", *GUARD[:2], "1600", 10, serial(d(2, 14))],
        ["SN-2", *FORKLIFT[:2], "1900", 6, serial(d(3, 20)) + 0.75],
        ["SN-3", *CASHIER[:2], "1700", 3, f"{serial(d(4, 25))}.0"],
        ["SN-4", *GARDENER[:2], "1200", 8, datetime(YEAR, 5, 5)],
    ]
    return VacancyFile(
        "сроки_серийные.xlsx", workbook({"Лист1": rows}),
        [Want(*GUARD[:2], "SN-1", None, 1600, 1600, 10, d(2, 14)),
         Want(*FORKLIFT[:2], "SN-2", None, 1900, 1900, 6, d(3, 20)),
         Want(*CASHIER[:2], "SN-3", None, 1700, 1700, 3, d(4, 25)),
         Want(*GARDENER[:2], "SN-4", None, 1200, 1200, 8, d(5, 5))],
        about="deadlines as a serial number, a serial with a time of day (…,75), a serial as text «46xxx.0» "
              "beside a real date",
    )


def dates_text_three_languages_csv() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Position", "Employer", "Salary (QAR)", "Vacancies", "Deadline"],
        ["TL-1", *FIXER[:2], "1500-1900", "20", ru(d(12, 15))],
        ["TL-2", *ELECTRICIAN[:2], "2000-2500", "6", en_us(d(12, 15))],
        ["TL-3", *GARDENER[:2], "1200", "8", kk(d(12, 15))],
        ["TL-4", *MECHANIC[:2], "2200-2600", "4", en_long(d(3, 3))],
        ["TL-5", *CASHIER[:2], "1700", "3", f"7 {RU_SHORT[1]} {YEAR} г."],
        ["TL-6", *GUARD[:2], "1600", "10", f"June 10th, {YEAR}"],
    ]
    return VacancyFile(
        "deadlines_in_words.csv", csv_bytes(rows),
        [Want(*FIXER[:2], "TL-1", None, 1500, 1900, 20, d(12, 15)),
         Want(*ELECTRICIAN[:2], "TL-2", None, 2000, 2500, 6, d(12, 15)),
         Want(*GARDENER[:2], "TL-3", None, 1200, 1200, 8, d(12, 15)),
         Want(*MECHANIC[:2], "TL-4", None, 2200, 2600, 4, d(3, 3)),
         Want(*CASHIER[:2], "TL-5", None, 1700, 1700, 3, d(2, 7)),
         Want(*GUARD[:2], "TL-6", None, 1600, 1600, 10, d(6, 10))],
        about="«15 декабря …», "
              "«Dec 15, …», «15 желтоқсан …», «…day, March 3, …» with its weekday, «7 февр. … г.», "
              "«June 10th, …»",
    )


# ---- closed vacancies --------------------------------------------------------------------------------------

def note_column_closed_ru() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи", "Примечание"],
        ["NC-1", *FIXER[:2], "1500-1900", "20", f"31.05.{YEAR}", "срочно!"],
        ["NC-2", *HOUSEMAID[:2], "1300", "12", f"31.05.{YEAR}", "вакансия закрыта"],
        ["NC-3", *MECHANIC[:2], "2200-2600", "4", f"31.05.{YEAR}", "требуется опыт от 3 лет"],
        ["NC-4", *GUARD[:2], "1600", "10", f"31.05.{YEAR}", "ЗАКРЫТА (набор завершён)"],
        ["NC-5", *CASHIER[:2], "1700", "3", f"31.05.{YEAR}", ""],
    ]
    return VacancyFile(
        "вакансии_примечания.csv", csv_bytes(rows, delimiter=";"),
        [Want(*FIXER[:2], "NC-1", None, 1500, 1900, 20, d(5, 31)),
         Closed(*HOUSEMAID[:2], "NC-2"),
         Want(*MECHANIC[:2], "NC-3", None, 2200, 2600, 4, d(5, 31)),
         Closed(*GUARD[:2], "NC-4"),
         Want(*CASHIER[:2], "NC-5", None, 1700, 1700, 3, d(5, 31))],
        about="«Примечание»: «вакансия закрыта», «ЗАКРЫТА (набор завершён)» close the vacancy; «срочно!» and "
              "«требуется опыт от 3 лет» are only notes",
    )


def status_column_filled_en() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date", "Status"],
        ["SF-1", "Forklift Operator", FORKLIFT[1], "1900", "6", f"{YEAR}-06-30", "Open"],
        ["SF-2", "Room Attendant", HOUSEMAID[1], "1300", "12", f"{YEAR}-06-30", "Filled"],
        ["SF-3", "Electrician", ELECTRICIAN[1], "2100", "6", f"{YEAR}-06-30", "Closed"],
        ["SF-4", "Gardener", GARDENER[1], "1200", "8", f"{YEAR}-06-30", "Active"],
        ["SF-5", "Security Guard", GUARD[1], "1600", "10", f"{YEAR}-06-30", "OPEN "],
    ]
    return VacancyFile(
        "job_status.csv", csv_bytes(rows),
        [Want("Forklift Operator", FORKLIFT[1], "SF-1", None, 1900, 1900, 6, d(6, 30)),
         Closed("Room Attendant", HOUSEMAID[1], "SF-2"),
         Closed("Electrician", ELECTRICIAN[1], "SF-3"),
         Want("Gardener", GARDENER[1], "SF-4", None, 1200, 1200, 8, d(6, 30)),
         Want("Security Guard", GUARD[1], "SF-5", None, 1600, 1600, 10, d(6, 30))],
        about="«Status»: Open, Filled, Closed, Active, «OPEN » — filled and closed are not open to workers",
    )


def note_closed_kk_and_bad_rows() -> VacancyFile:
    rows = [
        ["Коды", "Лауазымы", "Жұмыс беруші", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі", "Ескертпе"],
        ["KN-1", "Электрик", ELECTRICIAN[1], "2100", "6", f"20.07.{YEAR}", "шұғыл"],
        ["KN-2", "Күзетші", GUARD[1], "1600", "10", f"20.07.{YEAR}", "бос орын жабылды"],
        ["KN-3", "Аспаз көмекшісі", HOUSEMAID[1], "1400", "4", f"31 маусым {YEAR}", ""],
        ["KN-4", "", CASHIER[1], "1700", "3", f"20.07.{YEAR}", ""],
        ["KN-5", "Бағбан", GARDENER[1], "1200", "8", f"20.07.{YEAR}", "жабық"],
        ["KN-6", "Жүк тиеуші", FORKLIFT[1], "1300", "15", f"20.07.{YEAR}", "тәжірибесіз болады"],
    ]
    return VacancyFile(
        "бос_орындар_ескертпе.csv", csv_bytes(rows, delimiter=";"),
        [Want("Электрик", ELECTRICIAN[1], "KN-1", None, 2100, 2100, 6, d(7, 20)),
         Closed("Күзетші", GUARD[1], "KN-2"),
         Closed("Бағбан", GARDENER[1], "KN-5"),
         Want("Жүк тиеуші", FORKLIFT[1], "KN-6", None, 1300, 1300, 15, d(7, 20))],
        [Refusal(4, "Соңғы мерзімі"), Refusal(5, "Лауазымы")],
        about="«Ескертпе»: «бос орын жабылды», «жабық» close; «шұғыл» does not; «31 маусым» is no date; a row "
              "without its title",
    )


# ---- one code twice ----------------------------------------------------------------------------------------

def duplicate_codes_ru() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-2026-0701", *FIXER[:2], "1500-1900", "20", f"30.11.{YEAR}"],
        ["QA-2026-0702", *ELECTRICIAN[:2], "2000-2500", "6", f"30.11.{YEAR}"],
        ["QA-2026-0701", *MECHANIC[:2], "2200-2600", "4", f"30.11.{YEAR}"],
        [f" QA-2026-0702{NBSP}", *ELECTRICIAN[:2], "2000-2500", "6", f"30.11.{YEAR}"],
        ["QA-2026-0703", *GUARD[:2], "1600", "10", f"30.11.{YEAR}"],
    ]
    return VacancyFile(
        "дубли_кодов.csv", csv_bytes(rows, delimiter=";"),
        [Want(*FIXER[:2], "QA-2026-0701", None, 1500, 1900, 20, d(11, 30)),
         Want(*ELECTRICIAN[:2], "QA-2026-0702", None, 2000, 2500, 6, d(11, 30)),
         Want(*GUARD[:2], "QA-2026-0703", None, 1600, 1600, 10, d(11, 30))],
        [Refusal(4, "Код вакансии")],
        may_skip=[5],
        about="a code reused for another vacancy (refused), the same row again with spaces around the code",
    )


def duplicate_codes_case_en() -> VacancyFile:
    rows = [
        ["Job Code", "Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date"],
        ["JD-12", "Cashier", CASHIER[1], 1700, 3, datetime(YEAR, 10, 5)],
        ["JD-13", "Gardener", GARDENER[1], 1200, 8, datetime(YEAR, 10, 5)],
        ["jd-12", "Storekeeper", CASHIER[1], 1800, 1, datetime(YEAR, 10, 5)],
        ["JD-14", "Security Guard", GUARD[1], 1600, 10, datetime(YEAR, 10, 5)],
    ]
    return VacancyFile(
        "jobs_codes.xlsx", xlsx_bytes({"Jobs": rows}),
        [Want("Cashier", CASHIER[1], "JD-12", None, 1700, 1700, 3, d(10, 5)),
         Want("Gardener", GARDENER[1], "JD-13", None, 1200, 1200, 8, d(10, 5)),
         Want("Security Guard", GUARD[1], "JD-14", None, 1600, 1600, 10, d(10, 5))],
        [Refusal(4, "Job Code")],
        about="«jd-12» in lower case is JD-12 again, on another vacancy: refused",
    )


# ---- spaces of every kind ----------------------------------------------------------------------------------

def spaces_of_every_kind_xlsx() -> VacancyFile:
    rows = [
        [f"{NBSP}Код вакансии", "Должность ", f"Работодатель{NBSP}", " Город", "Зарплата (QAR)\t",
         f"Кол-во{NBSP}мест", "Срок подачи "],
        [f"  SP-1{NBSP}", f"{NBSP}{FIXER[0]}  ", f"{ZWSP}{FIXER[1]}", f" {FIXER[2]} ", f"1{NNBSP}500 - 1{NNBSP}900",
         f" 20{NBSP}", f"{NBSP}01.12.{YEAR}"],
        [f"SP-2\t", f"{MECHANIC[0]}{NBSP}", f" {MECHANIC[1]}{NBSP}", f"{MECHANIC[2]}{NBSP}", f" 2{NBSP}200 ",
         "4 ", f"01.12.{YEAR}\t"],
        [f"{ZWSP}SP-3", f"  {GUARD[0]}", f"{GUARD[1]}  ", GUARD[2], f"{NNBSP}1600{NNBSP}", f"{NBSP}10",
         f" 01.12.{YEAR} "],
    ]
    return VacancyFile(
        "скопировано_из_почты.xlsx", workbook({"Лист1": rows}),
        [Want(*FIXER[:2], "SP-1", FIXER[2], 1500, 1900, 20, d(12, 1)),
         Want(*MECHANIC[:2], "SP-2", MECHANIC[2], 2200, 2200, 4, d(12, 1)),
         Want(*GUARD[:2], "SP-3", GUARD[2], 1600, 1600, 10, d(12, 1))],
        about="leading and trailing spaces, no-break, narrow no-break and zero-width spaces, tabs, in the header "
              "and in every value",
    )


# ---- CSV as Excel saves it -----------------------------------------------------------------------------------

def csv_semicolon_bom_ru() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Город", "Зарплата, QAR", "Кол-во мест", "Срок подачи"],
        ["SB-1", "Электромонтажник (КИПиА; слаботочные системы)", ELECTRICIAN[1], ELECTRICIAN[2], "2 100,00", "6",
         f"15.12.{YEAR}"],
        ["SB-2", FORKLIFT[0], FORKLIFT[1], FORKLIFT[2], "1 900,00", "6", f"15.12.{YEAR}"],
        ["SB-3", HOUSEMAID[0], HOUSEMAID[1], HOUSEMAID[2], "1 300,00 - 1 500,00", "12", f"15.12.{YEAR}"],
    ]
    data = b"\xef\xbb\xbf" + csv_bytes(rows, delimiter=";")
    return VacancyFile(
        "Вакансии (Excel).csv", data,
        [Want("Электромонтажник (КИПиА; слаботочные системы)", ELECTRICIAN[1], "SB-1", ELECTRICIAN[2], 2100, 2100,
              6, d(12, 15)),
         Want(*FORKLIFT[:2], "SB-2", FORKLIFT[2], 1900, 1900, 6, d(12, 15)),
         Want(*HOUSEMAID[:2], "SB-3", HOUSEMAID[2], 1300, 1500, 12, d(12, 15))],
        about="a BOM, semicolons, a title with a semicolon inside its quotes, pay with a decimal comma",
    )


def csv_cp1251_title_and_quotes() -> VacancyFile:
    rows = [
        ["Перечень вакансий работодателей Государства Катар"],
        [],
        ["№ вакансии", "Должность", "Работодатель", "Город", "Зарплата", "Кол-во мест", "Срок подачи"],
        ["CW-1", "Автослесарь", "«Industrial Area Motors» Co.", "Доха", "2200 QR", "4", f"{ru(d(1, 31))} г."],
        ["CW-2", "Горничная", "West Bay Residences Hotel", "Доха", "1300 QR", "12", f"{ru(d(2, 28))} г."],
        ["CW-3", "Садовник", "Aspire Park Landscaping", "Эр-Райян", "1200 QR", "8", f"{ru(d(3, 31))} г."],
    ]
    return VacancyFile(
        "perechen_vakansiy.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Автослесарь", "«Industrial Area Motors» Co.", "CW-1", "Доха", 2200, 2200, 4, d(1, 31)),
         Want("Горничная", "West Bay Residences Hotel", "CW-2", "Доха", 1300, 1300, 12, d(2, 28)),
         Want("Садовник", "Aspire Park Landscaping", "CW-3", "Эр-Райян", 1200, 1200, 8, d(3, 31))],
        about="Windows-1251 with «№» and «ёлочки», a title line above, «2200 QR», «31 января … г.»",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the sixth set, built afresh."""
    builders = [
        instructions_then_table_ru, readme_sheet_with_column_table_en, kk_instructions_then_two_row_header,
        merged_groups_same_subheader_ru, merged_two_dates_en, hidden_and_empty_columns, employer_and_agency_ru,
        employer_names_as_they_come_en, salary_currency_around_csv, salary_decimal_comma_xlsx,
        dates_serial_numbers_xlsx, dates_text_three_languages_csv, note_column_closed_ru, status_column_filled_en,
        note_closed_kk_and_bad_rows, duplicate_codes_ru, duplicate_codes_case_en, spaces_of_every_kind_xlsx,
        csv_semicolon_bom_ru, csv_cp1251_title_and_quotes,
    ]
    return [build() for build in builders]
