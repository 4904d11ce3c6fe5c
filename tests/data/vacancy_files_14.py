"""A fourteenth set of vacancy files: vacancy lists exported from other systems, written apart from the first thirteen.

It holds a Bitrix24 CRM export (CSV in Windows-1251 with semicolons, every field quoted, money fields as «1800|QAR», a
stage column with a closed vacancy, the person in charge and the record's creation time beside the vacancy) and its
«Export to Excel» (a web page in Windows-1251 named .xls); Google Forms responses (a timestamp column first, the
e-mail of whoever filled the form, questions as headers, a US sheet's month-first dates, one vacancy sent twice); an
Excel sheet with an autofilter that hides some rows; a group row over the real headers; a totals row and a signature
at the bottom; deadlines kept as Excel serial numbers in a text column; headers in the 2018 Kazakh Latin alphabet
(acute accents, «Laýazymy»); pay as «QAR 1,800–2,200 + food» and its relatives; and files to refuse with a clear
answer (a workbook with a password in Excel 2007's standard encryption, a workbook of three empty sheets, a workbook
holding only a picture of the table, a phone's HEIC photo).

Rows hidden by an autofilter are rows: a filter is how someone last looked at the sheet, not a deletion, and Excel
keeps and sends every row under it. An officer who sends the file means the vacancies in the file; one who filtered
by town to check something and forgot to clear it would lose the other towns' vacancies without a word if hidden
rows were dropped. A vacancy the employer no longer wants is marked so in the file (a status, a note), and that is
read either way.

The format is the earlier sets' (`Want`, `Terms`, `Closed`, `NothingToImport` with the words its `answer` must hold).
Written before the reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from openpyxl import Workbook

from tests.data.vacancy_files import YEAR, VacancyFile, Want, d
from tests.data.vacancy_files_2 import Terms, serial
from tests.data.vacancy_files_5 import NothingToImport
from tests.data.vacancy_files_6 import Closed
from tests.data.vacancy_files_8 import compound_file, screenshot_png
from tests.workbooks import workbook

MESAIEED_MAINT = "Mesaieed Petrochem Maintenance W.L.L."
FUEL_HAULAGE = "Al Wukair Fuel Haulage"
SIMAISMA = "Simaisma Beach Resort & Spa"
DAAYEN_FARMS = "Al Daayen Poultry Farms"
WAJBA_GREEN = "Al Wajba Greenhouses W.L.L."
WEST_BAY = "West Bay Tower Services"
KHOR_MARBLE = "Al Khor Marble & Granite Works"
HAMOUR_PRECAST = "Abu Hamour Precast Concrete"
AIRPORT_GARAGE = "Old Airport Auto Garage W.L.L."
RAYYAN_FOOD = "Al Rayyan Food Industries"
HAMAMA_DAIRY = "Rawdat Al Hamama Dairy"

THIS_YEAR = YEAR - 1


@dataclass(frozen=True)
class PlacedTerms(Terms):
    """A vacancy with its terms whose place is judged by the town of Qatar a worker's search finds it under (a
    `matching.places` key), as in the fifth set: a district may be stored with its town after it."""

    town: str | None = None


def quoted_csv(rows: list[list[str]], *, encoding: str) -> bytes:
    """Rows as Bitrix24 writes its CSV: semicolons, every field in quotes, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


# ---- Bitrix24 CRM ---------------------------------------------------------------------------------------------------

def bitrix24_crm_csv() -> VacancyFile:
    rows = [
        ["ID", "Название", "Стадия", "Компания", "Город", "Зарплата от", "Зарплата до", "Количество сотрудников",
         "Крайний срок", "Ответственный", "Дата создания", "Комментарий"],
        ["2417", "Сварщик-аргонщик", "Набор открыт", MESAIEED_MAINT, "Месаид", "1800|QAR", "2200|QAR", "6",
         f"31.03.{YEAR}", "Ахметова Гульнара", f"18.11.{THIS_YEAR} 10:15:42", "Сертификат 6G обязателен"],
        ["2418", "Слесарь-ремонтник насосного оборудования", "Новая", MESAIEED_MAINT, "Месаид", "1600|QAR", "",
         "4", f"31.03.{YEAR}", "Ахметова Гульнара", f"18.11.{THIS_YEAR} 10:21:07", ""],
        ["2421", "Изолировщик трубопроводов", "Закрыта (укомплектована)", MESAIEED_MAINT, "Месаид", "1500|QAR",
         "1700|QAR", "3", f"28.02.{YEAR}", "Жаксылыков Ерлан", f"02.10.{THIS_YEAR} 16:40:11", "набрали полностью"],
        ["2425", "Водитель бензовоза", "Набор открыт", FUEL_HAULAGE, "Доха", "2100|QAR", "2400|QAR", "5",
         f"15.04.{YEAR}", "Жаксылыков Ерлан", f"20.11.{THIS_YEAR} 09:02:55", "права категории CE"],
    ]
    return VacancyFile(
        "DEAL_20261120_5f3a.csv", quoted_csv(rows, encoding="cp1251"),
        [Want("Сварщик-аргонщик", MESAIEED_MAINT, None, "Месаид", 1800, 2200, 6, d(3, 31)),
         Want("Слесарь-ремонтник насосного оборудования", MESAIEED_MAINT, None, "Месаид", 1600, None, 4,
              d(3, 31)),
         Closed("Изолировщик трубопроводов", MESAIEED_MAINT),
         Want("Водитель бензовоза", FUEL_HAULAGE, None, "Доха", 2100, 2400, 5, d(4, 15))],
        about="Bitrix24's CRM export: Windows-1251, semicolons, every field quoted, money fields «1800|QAR», a stage "
              "«Закрыта (укомплектована)» (not open to workers), the person in charge and the record's creation time "
              "(not the employer, not the deadline)",
    )


def bitrix24_excel_export_xls() -> VacancyFile:
    header = ["ID", "Название", "Стадия", "Компания", "Город", "Зарплата", "Количество сотрудников", "Крайний срок",
              "Ответственный", "Дата изменения"]
    rows = [
        ["3102", "Оператор доильной установки", "В работе", HAMAMA_DAIRY, "Аш-Шахания", "1300|QAR", "8",
         f"30.04.{YEAR}", "Сагинбаева Айгуль", f"21.11.{THIS_YEAR} 12:30:00"],
        ["3103", "Ветеринарный фельдшер", "В работе", HAMAMA_DAIRY, "Аш-Шахания", "3500|QAR", "1",
         f"30.04.{YEAR}", "Сагинбаева Айгуль", f"21.11.{THIS_YEAR} 12:31:45"],
        ["3107", "Водитель молоковоза", "Новая", HAMAMA_DAIRY, "Аш-Шахания", "2000|QAR", "3",
         f"20.05.{YEAR}", "Сагинбаева Айгуль", f"22.11.{THIS_YEAR} 08:05:13"],
    ]
    head = "".join(f"<th>{escape(v)}</th>" for v in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>\r\n" for row in rows)
    page = (
        '<meta http-equiv="Content-type" content="text/html;charset=windows-1251" />\r\n'
        "<style>td {mso-number-format:\\@;}</style>\r\n"
        f'<table border="1">\r\n<thead><tr>{head}</tr></thead>\r\n<tbody>{body}</tbody>\r\n</table>\r\n'
    )
    return VacancyFile(
        "crm_dynamic_items_148.xls", page.encode("cp1251"),
        [Want("Оператор доильной установки", HAMAMA_DAIRY, None, "Аш-Шахания", 1300, 1300, 8, d(4, 30)),
         Want("Ветеринарный фельдшер", HAMAMA_DAIRY, None, "Аш-Шахания", 3500, 3500, 1, d(4, 30)),
         Want("Водитель молоковоза", HAMAMA_DAIRY, None, "Аш-Шахания", 2000, 2000, 3, d(5, 20))],
        about="Bitrix24's «Export to Excel»: a bare web-page table in Windows-1251 named .xls, no <html> around it, "
              "money as «1300|QAR», the stage «В работе» (the vacancy being filled: open)",
    )


# ---- Google Forms responses -----------------------------------------------------------------------------------------

def google_forms_responses_en_csv() -> VacancyFile:
    rows = [
        ["Timestamp", "Email Address", "Job title / position", "Employer (company name)", "City in Qatar",
         "Monthly basic salary (QAR)", "How many workers do you need?", "Last day to apply"],
        [f"11/18/{THIS_YEAR} 9:42:13", "hr@simaisma-resort.qa", "Pool Attendant", SIMAISMA, "Simaisma", "1300 QAR",
         "4", f"3/31/{YEAR}"],
        [f"11/18/{THIS_YEAR} 15:07:55", "hr@simaisma-resort.qa", "Laundry Attendant", SIMAISMA, "Simaisma",
         "QR 1,100", "12 people", f"3/31/{YEAR}"],
        [f"11/19/{THIS_YEAR} 11:20:02", "recruitment@daayenfarms.com", "Hatchery Technician", DAAYEN_FARMS,
         "Al Daayen", "1400 riyals", "3", f"4/5/{YEAR}"],
        [f"11/20/{THIS_YEAR} 8:03:41", "info@wajba-green.qa", "Greenhouse Worker", WAJBA_GREEN, "Al Wajba", "1000",
         "20", f"4/15/{YEAR}"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return VacancyFile(
        "Qatar vacancies (Responses) - Form Responses 1.csv", buffer.getvalue().encode("utf-8"),
        [Want("Pool Attendant", SIMAISMA, None, "Simaisma", 1300, 1300, 4, d(3, 31)),
         Want("Laundry Attendant", SIMAISMA, None, "Simaisma", 1100, 1100, 12, d(3, 31)),
         Want("Hatchery Technician", DAAYEN_FARMS, None, "Al Daayen", 1400, 1400, 3, d(4, 5)),
         Want("Greenhouse Worker", WAJBA_GREEN, None, "Al Wajba", 1000, 1000, 20, d(4, 15))],
        about="Google Forms responses downloaded as CSV: the timestamp first (not the deadline), the e-mail of whoever "
              "filled the form, questions as headers, dates month first as a US sheet writes them («3/31/…», so "
              "«4/5/…» is the fifth of April), pay typed freely («QR 1,100», «1400 riyals»)",
    )


def google_forms_responses_ru_xlsx() -> VacancyFile:
    rows = [
        ["Отметка времени", "Адрес электронной почты", "Наименование вакансии", "Работодатель",
         "Место работы (город)", "Зарплата в месяц, риалов", "Сколько человек нужно?",
         "До какого числа принимаются заявки?", "Требования к кандидату (необязательно)"],
        [datetime(THIS_YEAR, 11, 21, 10, 4, 51), "hr@oldairportgarage.qa", "Автомеханик", AIRPORT_GARAGE, "Доха",
         "1 700", "3", datetime(YEAR, 5, 10), "опыт от 3 лет, знание Toyota/Nissan"],
        [datetime(THIS_YEAR, 11, 21, 10, 9, 30), "hr@oldairportgarage.qa", "Автомаляр", AIRPORT_GARAGE, "Доха",
         "1 600", "2", datetime(YEAR, 5, 10), ""],
        [datetime(THIS_YEAR, 11, 21, 10, 12, 2), "hr@oldairportgarage.qa", "Автомаляр", AIRPORT_GARAGE, "Доха",
         "1 600", "2", datetime(YEAR, 5, 10), ""],
        [datetime(THIS_YEAR, 11, 22, 14, 45, 17), "jobs@rayyanfood.com", "Оператор фасовочной линии", RAYYAN_FOOD,
         "Эр-Райян", "1 200", "10", datetime(YEAR, 6, 1), "без требований к опыту"],
    ]
    return VacancyFile(
        "Вакансии для Казахстана (Ответы).xlsx",
        workbook({"Ответы на форму (1)": rows}, date_format="DD.MM.YYYY HH:MM:SS"),
        [Want("Автомеханик", AIRPORT_GARAGE, None, "Доха", 1700, 1700, 3, d(5, 10)),
         Want("Автомаляр", AIRPORT_GARAGE, None, "Доха", 1600, 1600, 2, d(5, 10)),
         Want("Оператор фасовочной линии", RAYYAN_FOOD, None, "Эр-Райян", 1200, 1200, 10, d(6, 1))],
        may_skip=[4],
        about="Google Forms responses in Russian downloaded as .xlsx: «Отметка времени» first, the e-mail, questions "
              "as headers («Сколько человек нужно?», «До какого числа принимаются заявки?»), and the same vacancy "
              "sent twice three minutes apart (one vacancy)",
    )


# ---- an autofilter hiding rows --------------------------------------------------------------------------------------

def autofilter_hidden_rows_xlsx() -> VacancyFile:
    rows = [
        ["№", "Вакансия", "Работодатель", "Город", "Оклад, QAR", "Кол-во", "Приём до"],
        [1, "Техник по обслуживанию лифтов", WEST_BAY, "Доха", 2300, 3, datetime(YEAR, 4, 20)],
        [2, "Резчик мрамора", KHOR_MARBLE, "Аль-Хор", 1500, 6, datetime(YEAR, 4, 30)],
        [3, "Электрик по обслуживанию зданий", WEST_BAY, "Доха", 1900, 4, datetime(YEAR, 4, 20)],
        [4, "Полировщик камня", KHOR_MARBLE, "Аль-Хор", 1300, 8, datetime(YEAR, 4, 30)],
        [5, "Бетонщик на производстве ЖБИ", HAMOUR_PRECAST, "Абу-Хамур", 1250, 15, datetime(YEAR, 5, 15)],
        [6, "Уборщик офисных помещений", WEST_BAY, "Доха", 1000, 10, datetime(YEAR, 4, 20)],
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = "Вакансии"
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        cells[0].number_format = "DD.MM.YYYY"
    sheet.auto_filter.ref = "A1:G7"
    sheet.auto_filter.add_filter_column(3, ["Доха"])
    for number in (3, 5, 6):  # the rows the filter on «Город» = Доха hides
        sheet.row_dimensions[number].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return VacancyFile(
        "вакансии (фильтр).xlsx", buffer.getvalue(),
        [Want("Техник по обслуживанию лифтов", WEST_BAY, None, "Доха", 2300, 2300, 3, d(4, 20)),
         Want("Резчик мрамора", KHOR_MARBLE, None, "Аль-Хор", 1500, 1500, 6, d(4, 30)),
         Want("Электрик по обслуживанию зданий", WEST_BAY, None, "Доха", 1900, 1900, 4, d(4, 20)),
         Want("Полировщик камня", KHOR_MARBLE, None, "Аль-Хор", 1300, 1300, 8, d(4, 30)),
         PlacedTerms("Бетонщик на производстве ЖБИ", HAMOUR_PRECAST, None, None, 1250, 1250, 15, d(5, 15),
                     town="doha"),
         Want("Уборщик офисных помещений", WEST_BAY, None, "Доха", 1000, 1000, 10, d(4, 20))],
        about="an autofilter on «Город» left set to Доха, hiding three rows of other towns: hidden rows are still the "
              "file's vacancies (a filter is a view, not a deletion); Abu Hamour, a district of Doha, is judged by the town a "
              "worker finds it under, as in the group-row file",
    )


# ---- a group row over the real headers ------------------------------------------------------------------------------

def group_row_over_headers_xlsx() -> VacancyFile:
    rows = [
        [None, "Position", "Employer", None, "Package (QAR / month)", None, None, "Recruitment", None],
        ["S/N", "Designation", "Company", "Location", "Basic", "Food", "Housing", "Required", "Closing"],
        [1, "Precast Erector", HAMOUR_PRECAST, "Abu Hamour", 1400, 300, "Provided", 12, datetime(YEAR, 6, 30)],
        [2, "Mould Carpenter", HAMOUR_PRECAST, "Abu Hamour", 1500, 300, "Provided", 6, datetime(YEAR, 6, 30)],
        [3, "Batching Plant Operator", HAMOUR_PRECAST, "Abu Hamour", 2200, 300, "Provided", 2, datetime(YEAR, 6, 30)],
    ]
    terms = {"food_allowance": 300, "accommodation_provided": True}
    return VacancyFile(
        "Precast manpower plan.xlsx", workbook({"Plan": rows}),
        [PlacedTerms("Precast Erector", HAMOUR_PRECAST, None, None, 1400, 1400, 12, d(6, 30), terms=terms,
                     town="doha"),
         PlacedTerms("Mould Carpenter", HAMOUR_PRECAST, None, None, 1500, 1500, 6, d(6, 30), terms=terms,
                     town="doha"),
         PlacedTerms("Batching Plant Operator", HAMOUR_PRECAST, None, None, 2200, 2200, 2, d(6, 30), terms=terms,
                     town="doha")],
        about="a group row, not merged, over the real headers («Position» over «Designation», «Package (QAR / month)» "
              "over «Basic / Food / Housing», «Recruitment» over «Required / Closing»); Abu Hamour, a district of Doha, is "
              "judged by the town a worker finds it under",
    )


# ---- a totals row and a signature at the bottom ---------------------------------------------------------------------

def totals_row_and_signature_xlsx() -> VacancyFile:
    rows = [
        ["№", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Количество", "Срок"],
        [1, "Пекарь-кондитер", RAYYAN_FOOD, "Эр-Райян", 1500, 4, datetime(YEAR, 3, 15)],
        [2, "Грузчик склада готовой продукции", RAYYAN_FOOD, "Эр-Райян", 1050, 12, datetime(YEAR, 3, 15)],
        [3, "Наладчик упаковочного оборудования", RAYYAN_FOOD, "Эр-Райян", 2000, 2, datetime(YEAR, 3, 15)],
        [4, "Контролёр качества", RAYYAN_FOOD, "Эр-Райян", 2400, 1, datetime(YEAR, 3, 31)],
        [None, "Итого:", None, None, 6950, 19, None],
        [],
        [None, "Исполнитель: главный специалист Сейтжанова А.К., тел. 8 (7172) 74-30-12"],
    ]
    return VacancyFile(
        "Rayyan Food - потребность.xlsx", workbook({"Лист1": rows}),
        [Want("Пекарь-кондитер", RAYYAN_FOOD, None, "Эр-Райян", 1500, 1500, 4, d(3, 15)),
         Want("Грузчик склада готовой продукции", RAYYAN_FOOD, None, "Эр-Райян", 1050, 1050, 12, d(3, 15)),
         Want("Наладчик упаковочного оборудования", RAYYAN_FOOD, None, "Эр-Райян", 2000, 2000, 2, d(3, 15)),
         Want("Контролёр качества", RAYYAN_FOOD, None, "Эр-Райян", 2400, 2400, 1, d(3, 31))],
        about="«Итого:» in the title's column with the sums of pay and places under theirs, then an empty row and the "
              "officer's signature with an office phone: neither is a vacancy nor a bad row",
    )


# ---- deadlines as serial numbers in a text column -------------------------------------------------------------------

def serials_in_text_column_xlsx() -> VacancyFile:
    rows = [
        ["Код", "Профессия", "Работодатель", "Оклад", "Мест", "Дата окончания приема"],
        ["ST-01", "Оператор экскаватора", HAMOUR_PRECAST, "2400", "2", str(serial(d(7, 1)))],
        ["ST-02", "Машинист автокрана", HAMOUR_PRECAST, "2600", "1", str(serial(d(7, 1)))],
        ["ST-03", "Стропальщик-сигнальщик", HAMOUR_PRECAST, "1400", "5", f"{serial(d(7, 20))}.0"],
        ["ST-04", "Водитель самосвала", HAMOUR_PRECAST, "1900", "6", str(serial(d(8, 5)))],
    ]
    return VacancyFile(
        "выгрузка_вакансий (текст).xlsx", workbook({"Выгрузка": rows}),
        [Want("Оператор экскаватора", HAMOUR_PRECAST, "ST-01", None, 2400, 2400, 2, d(7, 1)),
         Want("Машинист автокрана", HAMOUR_PRECAST, "ST-02", None, 2600, 2600, 1, d(7, 1)),
         Want("Стропальщик-сигнальщик", HAMOUR_PRECAST, "ST-03", None, 1400, 1400, 5, d(7, 20)),
         Want("Водитель самосвала", HAMOUR_PRECAST, "ST-04", None, 1900, 1900, 6, d(8, 5))],
        about="a whole column of deadlines kept as Excel's serial numbers in text cells (a script's export), one "
              "written «46xxx.0»; every figure as text",
    )


# ---- headers in the 2018 Kazakh Latin alphabet ---------------------------------------------------------------------

def kazakh_latin_2018_headers_xlsx() -> VacancyFile:
    rows = [
        ["Laýazymy", "Jumys berýshi", "Jumys orny", "Aılyq jalaqy (QAR)", "Qajetti adam sany",
         "Ótinim qabyldaýdyń sońǵy kúni"],
        ["Sylaqshy", HAMOUR_PRECAST, "Doha", "1 300", "7 adam", datetime(YEAR, 5, 25)],
        ["Elektr montajshy", WEST_BAY, "Doha", "1 800", "4 adam", datetime(YEAR, 5, 25)],
        ["Júk kóligi júrgizýshisi", FUEL_HAULAGE, "Al-Ýakra", "2 000", "3 adam", datetime(YEAR, 6, 10)],
    ]
    return VacancyFile(
        "bos_jumys_oryndary.xlsx", workbook({"Paraq1": rows}),
        [Want("Sylaqshy", HAMOUR_PRECAST, None, "Doha", 1300, 1300, 7, d(5, 25)),
         Want("Elektr montajshy", WEST_BAY, None, "Doha", 1800, 1800, 4, d(5, 25)),
         Want("Júk kóligi júrgizýshisi", FUEL_HAULAGE, None, "Al-Ýakra", 2000, 2000, 3, d(6, 10))],
        about="Kazakh headers in the 2018 Latin alphabet with acute accents («Laýazymy», «Jumys berýshi», «Aılyq "
              "jalaqy», «Qajetti adam sany», «Ótinim qabyldaýdyń sońǵy kúni»), places «7 adam»",
    )


# ---- pay with what comes with it ------------------------------------------------------------------------------------

def pay_plus_food_en_csv() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Salary", "Openings", "Apply by"],
        ["Commis Chef", SIMAISMA, "QAR 1,800–2,200 + food", "3", f"30.04.{YEAR}"],
        ["Room Attendant", SIMAISMA, "QAR 1,100–1,300 + food & accommodation", "15", f"30.04.{YEAR}"],
        ["Resort Shuttle Driver", SIMAISMA, "QAR 2,500 + transport", "2", f"30.04.{YEAR}"],
        ["Steward", SIMAISMA, "QAR 1,200–1,350 + food allowance QAR 300", "6", f"15.05.{YEAR}"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return VacancyFile(
        "simaisma_openings.csv", buffer.getvalue().encode("utf-8"),
        [Terms("Commis Chef", SIMAISMA, None, None, 1800, 2200, 3, d(4, 30), terms={"food_provided": True}),
         Terms("Room Attendant", SIMAISMA, None, None, 1100, 1300, 15, d(4, 30),
               terms={"food_provided": True, "accommodation_provided": True}),
         Terms("Resort Shuttle Driver", SIMAISMA, None, None, 2500, 2500, 2, d(4, 30),
               terms={"transport_provided": True}),
         Terms("Steward", SIMAISMA, None, None, 1200, 1350, 6, d(5, 15), terms={"food_allowance": 300})],
        about="pay as a range with an en dash and thousands' commas, and what comes with it after «+» («+ food», «+ food "
              "& accommodation», «+ transport», «+ food allowance QAR 300»: the allowance is not the top of the range)",
    )


# ---- files to refuse with a clear answer ----------------------------------------------------------------------------

def standard_encryption_info() -> bytes:
    """EncryptionInfo as Excel 2007 writes it for «Encrypt with password»: standard encryption, AES-128."""
    provider = "Microsoft Enhanced RSA and AES Cryptographic Provider\0".encode("utf-16-le")
    header = struct.pack("<IIIIIIII", 0x24, 0, 0x660E, 0x8004, 128, 0x18, 0, 0) + provider
    verifier = struct.pack("<I", 16) + bytes(range(16)) + bytes(range(16, 32)) + struct.pack("<I", 20) \
        + bytes(range(32, 64))
    info = struct.pack("<HHI", 3, 2, 0x24) + struct.pack("<I", len(header)) + header + verifier
    return info + bytes(4096 - len(info))


def password_standard_encryption_xlsx() -> VacancyFile:
    package = struct.pack("<Q", 10240) + bytes((i * 89 + 13) % 256 for i in range(10240))
    data = compound_file({"EncryptionInfo": standard_encryption_info(), "EncryptedPackage": package})
    return NothingToImport(
        "Vacancies Q1 (protected).xlsx", data, [],
        about="a workbook saved with a password by Excel 2007 (standard encryption, not the agile one): the answer "
              "says it is locked by a password",
        answer=("password",),
    )


def three_empty_sheets_xlsx() -> VacancyFile:
    return NothingToImport(
        "Vacancies_December.xlsx", workbook({"Sheet1": [], "Sheet2": [], "Sheet3": []}), [],
        about="a new workbook saved before anything was typed in it (Excel's three empty sheets): the answer says the "
              "file is empty",
        answer=("empty", "no vacanc", "no rows"),
    )


def picture_in_workbook_xlsx() -> VacancyFile:
    """A screenshot of the table pasted into an empty sheet: the workbook holds a picture and no cell."""
    source = zipfile.ZipFile(io.BytesIO(workbook({"Лист1": []})))
    drawing = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>'
        '<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="7200000" cy="3600000"/>'
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Рисунок 1"/><xdr:cNvPicPr/></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
        "</xdr:oneCellAnchor></xdr:wsDr>"
    )
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/drawing1.xml" '
                    b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            elif item.filename == "xl/worksheets/sheet1.xml":
                content = content.replace(b"</worksheet>", b'<drawing r:id="rId1"/></worksheet>')
                if b'xmlns:r=' not in content:
                    content = content.replace(
                        b"<worksheet ", b'<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                                        b'2006/relationships" ', 1)
            archive.writestr(item.filename, content)
        archive.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels.format(
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'drawing" Target="../drawings/drawing1.xml"/>'))
        archive.writestr("xl/drawings/drawing1.xml", drawing)
        archive.writestr("xl/drawings/_rels/drawing1.xml.rels", rels.format(
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'image" Target="../media/image1.png"/>'))
        archive.writestr("xl/media/image1.png", screenshot_png())
    return NothingToImport(
        "вакансии (скрин).xlsx", buffer.getvalue(), [],
        about="a workbook holding only a picture of the table pasted into its empty sheet: the answer says a picture "
              "cannot be read and the table must be typed or sent as cells",
        answer=("picture", "image", "photo"),
    )


def iphone_heic_photo() -> VacancyFile:
    """The start of an iPhone's HEIC photo: an ISO media file whose brand is «heic»."""
    ftyp = struct.pack(">I", 24) + b"ftypheic" + struct.pack(">I", 0) + b"mif1heic"
    meta = struct.pack(">I", 34) + b"meta" + bytes(4) + struct.pack(">I", 22) + b"hdlr" + bytes(8) + b"pict" + bytes(2)
    data = ftyp + meta + struct.pack(">I", 4008) + b"mdat" + bytes((i * 53) % 251 for i in range(4000))
    return NothingToImport(
        "IMG_4512.HEIC", data, [],
        about="an iPhone's photo of the printed list (HEIC) sent as a file: the answer says a picture cannot be read",
        answer=("photo", "image", "picture"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the fourteenth set, built afresh."""
    builders = [
        bitrix24_crm_csv, bitrix24_excel_export_xls, google_forms_responses_en_csv, google_forms_responses_ru_xlsx,
        autofilter_hidden_rows_xlsx, group_row_over_headers_xlsx, totals_row_and_signature_xlsx,
        serials_in_text_column_xlsx, kazakh_latin_2018_headers_xlsx, pay_plus_food_en_csv,
        password_standard_encryption_xlsx, three_empty_sheets_xlsx, picture_in_workbook_xlsx, iphone_heic_photo,
    ]
    return [build() for build in builders]

