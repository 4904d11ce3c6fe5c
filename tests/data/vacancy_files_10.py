"""A tenth set of vacancy files as officers and Qatari employers really send them, written apart from the first nine.

This set holds what the earlier ones touch little: exports from 1C (a title block, the table starting in the second
column, a header on two rows with «от»/«до» under a merged «Заработная плата», numbers as «1 800,00») and from web
portals (columns in Arabic beside English ones, or both languages in one header cell, Eastern Arabic digits); a
workbook of several sheets whose first sheet holds only notes, and one of two vacancy sheets and a sheet of
instructions; salary ranges with an en or em dash («1800–2200»), in thousands («1,8–2,2 тыс.»), and the pay written
with what comes with it ("QAR 2,000 + food", "1,400 QAR + free food & accommodation"); deadlines with no year
(«до 15.01», «15 янв.», «до 1 фев.», "Jan 15th", "Apply before 31 March", «20 ақпанға дейін») which mean the next such
day; an Excel 2003 XML spreadsheet named .xls (as portals and 1C export it), with merged title cells, skipped cells
(ss:Index) and a notes worksheet; letterheads naming the employer with no legal form after its name ("Al Muftah
Contracting"), in English alone or beside its Arabic; and files to refuse with a clear answer (a workbook of
instructions and an empty template, a Word letter, a 1C spreadsheet in its own format, a zip archive).

The format is the earlier sets' (`Want`, `Terms`, `NothingToImport` with the words its `answer` must hold).
The set was written before the reading code was opened; dates are built from today's, so it never ages.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from xml.sax.saxutils import escape

from bot.kz_time import kazakhstan_today
from tests.data.vacancy_files import YEAR, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport, workbook
from tests.workbooks import docx_bytes

# The vacancies: made-up employers and trades apart from the earlier sets' where it matters.
MUFTAH = "Al Muftah Contracting"
LUSAIL_CATERING = "Lusail Catering"
ALKHOR_CLEAN = "Al Khor Cleaning Services"
WAKRA_MARINE = "Al Wakra Marine Works W.L.L."
MESAIEED = "Mesaieed Industrial Maintenance"
RAYYAN_MALL = "Al Rayyan Mall Management"
DOHA_BUS = "Doha Metro Feeder Bus Co."
ASPIRE = "Aspire Zone Facilities"
SIDRA = "West Bay Home Care"


def ahead(month: int, day: int) -> date:
    """The next such day from today: what «до 15.01» (no year) means in an officer's file."""
    today = kazakhstan_today()
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


# ---- exports from 1C ----------------------------------------------------------------------------------------------

def one_c_two_row_header_xlsx() -> VacancyFile:
    rows = [
        [None, "Потребность в персонале (выгрузка)"],
        [None, "Организация: ТОО «Kazakh Recruitment Partner»"],
        [None, f"Сформирован: 27.11.{YEAR - 1} 10:15:42"],
        [],
        [None, "№", "Должность", "Работодатель", "Место работы", "Заработная плата, QAR", None, "Количество",
         "Срок подачи документов"],
        [None, None, None, None, None, "от", "до", None, None],
        [None, 1, "Слесарь-ремонтник", MESAIEED, "Месаид", "1 800,00", "2 200,00", "4,000", datetime(YEAR, 3, 1)],
        [None, 2, "Электромонтёр", MESAIEED, "Месаид", "2 000,00", "2 400,00", "3,000", datetime(YEAR, 3, 1)],
        [None, 3, "Матрос", WAKRA_MARINE, "Эль-Вакра", "1 500,00", None, "6,000", datetime(YEAR, 3, 20)],
        [None, 4, "Моторист катера", WAKRA_MARINE, "Эль-Вакра", "2 300,00", "2 600,00", "2,000", datetime(YEAR, 3, 20)],
        [None, "Итого", None, None, None, None, None, "15,000", None],
    ]
    merges = ["B1:I1", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:H6", "I5:I6"]
    return VacancyFile(
        "Потребность_1С.xlsx", workbook({"TDSheet": rows}, merges={"TDSheet": merges}),
        [Want("Слесарь-ремонтник", MESAIEED, None, "Месаид", 1800, 2200, 4, d(3, 1)),
         Want("Электромонтёр", MESAIEED, None, "Месаид", 2000, 2400, 3, d(3, 1)),
         Want("Матрос", WAKRA_MARINE, None, "Эль-Вакра", 1500, None, 6, d(3, 20)),
         Want("Моторист катера", WAKRA_MARINE, None, "Эль-Вакра", 2300, 2600, 2, d(3, 20))],
        about="1C's export: a title block, the table from column B, a header on two rows («от»/«до» under a merged "
              "«Заработная плата, QAR»), numbers as text «1 800,00» and «4,000», an «Итого» row",
    )


def one_c_numbers_and_totals_csv() -> VacancyFile:
    rows = [
        ["Вакансии для граждан РК"],
        ["Период: ноябрь"],
        ["Код", "Наименование", "Контрагент", "Оклад", "Кол-во", "Дата окончания"],
        ["000000114", "Уборщица", ALKHOR_CLEAN, "1 100,00", "20,000", f"15.04.{YEAR} 0:00:00"],
        ["000000115", "Мойщик окон (промальп)", ALKHOR_CLEAN, "1 600,00", "5,000", f"15.04.{YEAR} 0:00:00"],
        ["000000116", "Супервайзер клининга", ALKHOR_CLEAN, "3 000,00", "1,000", f"30.04.{YEAR} 0:00:00"],
        ["", "Итого", "", "", "26,000", ""],
    ]
    return VacancyFile(
        "Вакансии 1С (ноябрь).csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Уборщица", ALKHOR_CLEAN, "000000114", None, 1100, 1100, 20, d(4, 15)),
         Want("Мойщик окон (промальп)", ALKHOR_CLEAN, "000000115", None, 1600, 1600, 5, d(4, 15)),
         Want("Супервайзер клининга", ALKHOR_CLEAN, "000000116", None, 3000, 3000, 1, d(4, 30))],
        about="1C's CSV in Windows-1251: «Контрагент» is the employer, «Наименование» the vacancy, codes with "
              "leading zeros, «20,000» places, dates with «0:00:00», an «Итого» line",
    )


# ---- web portals: Arabic beside English ---------------------------------------------------------------------------

def portal_arabic_beside_english_csv() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "المسمى الوظيفي", "Employer", "جهة العمل", "Location", "الموقع", "Salary (QAR)",
         "No. of Vacancies", "Closing Date"],
        ["QJ-88101", "Bus Driver", "سائق حافلة", DOHA_BUS, "شركة حافلات الدوحة", "Doha", "الدوحة", "2300–2600",
         "15", f"31/05/{YEAR}"],
        ["QJ-88102", "Bus Mechanic", "ميكانيكي حافلات", DOHA_BUS, "شركة حافلات الدوحة", "Doha", "الدوحة", "2500",
         "4", f"31/05/{YEAR}"],
        ["QJ-88103", "Cleaner", "عامل نظافة", RAYYAN_MALL, "إدارة مجمع الريان", "Al Rayyan", "الريان", "1100",
         "12", f"15/06/{YEAR}"],
    ]
    return VacancyFile(
        "qatar_jobs_export.csv", csv_bytes(rows).decode().encode("utf-8-sig"),
        [Want("Bus Driver", DOHA_BUS, "QJ-88101", "Doha", 2300, 2600, 15, d(5, 31)),
         Want("Bus Mechanic", DOHA_BUS, "QJ-88102", "Doha", 2500, 2500, 4, d(5, 31)),
         Want("Cleaner", RAYYAN_MALL, "QJ-88103", "Al Rayyan", 1100, 1100, 12, d(6, 15))],
        about="a portal's export with an Arabic column beside each English one (title, employer, place); a range with "
              "an en dash",
    )


def bilingual_header_cells_xlsx() -> VacancyFile:
    rows = [
        ["Ref. No.\nالرقم المرجعي", "Job Title\nالمسمى الوظيفي", "Company / الشركة", "No. of Vacancies / عدد الوظائف",
         "Salary / الراتب", "Last Date / آخر موعد"],
        ["LC-07", "Commis Chef", LUSAIL_CATERING, 6, "QAR 2,000 + food", "Jan 15th"],
        ["LC-08", "Kitchen Steward", LUSAIL_CATERING, 10, "1800–2200", "Jan 15th"],
        ["LC-09", "Pastry Chef", LUSAIL_CATERING, 2, "QAR 3,500 + food + accommodation", "Feb 1st"],
    ]
    return VacancyFile(
        "LC manpower (bilingual).xlsx", workbook({"Sheet1": rows}),
        [Terms("Commis Chef", LUSAIL_CATERING, "LC-07", None, 2000, 2000, 6, ahead(1, 15),
               terms={"food_provided": True}),
         Terms("Kitchen Steward", LUSAIL_CATERING, "LC-08", None, 1800, 2200, 10, ahead(1, 15)),
         Terms("Pastry Chef", LUSAIL_CATERING, "LC-09", None, 3500, 3500, 2, ahead(2, 1),
               terms={"food_provided": True, "accommodation_provided": True})],
        about="each header cell in English and Arabic (on two lines, or «Company / الشركة»); "
              "«QAR 2,000 + food», «1800–2200»; deadlines «Jan 15th», «Feb 1st» with no year",
    )


def arabic_digits_salary_xlsx() -> VacancyFile:
    rows = [
        ["Job Title", "المسمى الوظيفي", "Employer", "No. of Posts", "الراتب الأساسي (ريال)", "Deadline"],
        ["Housemaid", "عاملة منزلية", SIDRA, 8, "١٥٠٠", datetime(YEAR, 4, 30)],
        ["Family Driver", "سائق خاص", SIDRA, 3, "٢٠٠٠ - ٢٥٠٠", datetime(YEAR, 4, 30)],
        ["Nanny", "مربية أطفال", SIDRA, 4, "١٨٠٠", datetime(YEAR, 4, 30)],
    ]
    return VacancyFile(
        "west_bay_home_care.xlsx", workbook({"Sheet1": rows}),
        [Want("Housemaid", SIDRA, None, None, 1500, 1500, 8, d(4, 30)),
         Want("Family Driver", SIDRA, None, None, 2000, 2500, 3, d(4, 30)),
         Want("Nanny", SIDRA, None, None, 1800, 1800, 4, d(4, 30))],
        about="the pay only in an Arabic column («الراتب الأساسي», the basic salary), written in Eastern Arabic digits "
              "(«١٥٠٠», «٢٠٠٠ - ٢٥٠٠»)",
    )


# ---- several sheets -----------------------------------------------------------------------------------------------

def notes_sheet_first_xlsx() -> VacancyFile:
    notes = [
        ["Примечания"],
        ["1. Заработная плата указана в катарских риалах без учёта надбавок."],
        ["2. Проживание и питание предоставляются работодателем."],
        ["3. Подбор бесплатный для соискателей."],
    ]
    rows = [
        ["Должность", "Работодатель", "Город", "Зарплата", "Мест", "Срок"],
        ["Садовник", ASPIRE, "Доха", "1000–1200", 8, datetime(YEAR, 5, 10)],
        ["Техник бассейна", ASPIRE, "Доха", "1800", 2, datetime(YEAR, 5, 10)],
        ["Электрик", ASPIRE, "Доха", "2 200–2 600", 3, datetime(YEAR, 5, 10)],
    ]
    return VacancyFile(
        "Aspire вакансии.xlsx", workbook({"Примечания": notes, "Вакансии": rows}),
        [Want("Садовник", ASPIRE, None, "Доха", 1000, 1200, 8, d(5, 10)),
         Want("Техник бассейна", ASPIRE, None, "Доха", 1800, 1800, 2, d(5, 10)),
         Want("Электрик", ASPIRE, None, "Доха", 2200, 2600, 3, d(5, 10))],
        about="two sheets, the first (the one Excel opens at) holding only numbered notes, the vacancies on the second",
    )


def two_vacancy_sheets_and_instructions_xlsx() -> VacancyFile:
    header = ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    first = [
        header,
        ["SH-1", "Продавец-консультант", RAYYAN_MALL, "1400", 6, datetime(YEAR, 6, 1)],
        ["SH-2", "Охранник", RAYYAN_MALL, "1300", 10, datetime(YEAR, 6, 1)],
    ]
    second = [
        header,
        ["SH-3", "Водитель автобуса", DOHA_BUS, "2400", 8, datetime(YEAR, 6, 20)],
    ]
    instructions = [
        ["Инструкция по заполнению"],
        ["Код — номер вакансии в системе работодателя"],
        ["Зарплата — в риалах, базовый оклад"],
        ["Срок подачи — последний день приёма документов"],
    ]
    return VacancyFile(
        "вакансии по работодателям.xlsx",
        workbook({"Al Rayyan Mall": first, "Feeder Bus": second, "Инструкция": instructions}),
        [Want("Продавец-консультант", RAYYAN_MALL, "SH-1", None, 1400, 1400, 6, d(6, 1)),
         Want("Охранник", RAYYAN_MALL, "SH-2", None, 1300, 1300, 10, d(6, 1)),
         Want("Водитель автобуса", DOHA_BUS, "SH-3", None, 2400, 2400, 8, d(6, 20))],
        about="vacancies on two sheets (one an employer), the same header on each, and a third sheet of instructions "
              "for filling it in",
    )


# ---- salaries as people write them --------------------------------------------------------------------------------

def salary_ranges_ru_csv() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Заработная плата", "Кол-во", "Срок подачи"],
        ["SR-1", "Монтажник металлоконструкций", MUFTAH, "1800–2200", "10", f"30.06.{YEAR}"],
        ["SR-2", "Сварщик", MUFTAH, "1800—2400 QAR", "6", f"30.06.{YEAR}"],
        ["SR-3", "Прораб", MUFTAH, "от 4000 до 5000 риалов", "1", f"30.06.{YEAR}"],
        ["SR-4", "Разнорабочий", MUFTAH, "1 000 - 1 200 риал", "25", f"30.06.{YEAR}"],
        ["SR-5", "Инженер ПТО", MUFTAH, "6,5–7,5 тыс. QAR", "1", f"30.06.{YEAR}"],
    ]
    return VacancyFile(
        "зарплаты вилкой.csv", csv_bytes(rows, delimiter=";"),
        [Want("Монтажник металлоконструкций", MUFTAH, "SR-1", None, 1800, 2200, 10, d(6, 30)),
         Want("Сварщик", MUFTAH, "SR-2", None, 1800, 2400, 6, d(6, 30)),
         Want("Прораб", MUFTAH, "SR-3", None, 4000, 5000, 1, d(6, 30)),
         Want("Разнорабочий", MUFTAH, "SR-4", None, 1000, 1200, 25, d(6, 30)),
         Want("Инженер ПТО", MUFTAH, "SR-5", None, 6500, 7500, 1, d(6, 30))],
        about="ranges with an en dash, an em dash, «от … до … риалов», spaces in thousands, and in thousands "
              "«6,5–7,5 тыс. QAR»",
    )


def pay_with_benefits_en_csv() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Salary", "Qty", "Apply By"],
        ["Waiter", LUSAIL_CATERING, "QAR 2,000 + food", "12", f"{YEAR}-07-31"],
        ["Dishwasher", LUSAIL_CATERING, "1,400 QAR + free food & accommodation", "8", f"{YEAR}-07-31"],
        ["Delivery Rider", LUSAIL_CATERING, "QAR 1,600 + accommodation + transport", "5", f"{YEAR}-07-31"],
        ["Barista", LUSAIL_CATERING, "QAR 1,700 (food provided)", "3", f"{YEAR}-07-31"],
    ]
    return VacancyFile(
        "lusail_catering_jobs.csv", csv_bytes(rows),
        [Terms("Waiter", LUSAIL_CATERING, None, None, 2000, 2000, 12, d(7, 31), terms={"food_provided": True}),
         Terms("Dishwasher", LUSAIL_CATERING, None, None, 1400, 1400, 8, d(7, 31),
               terms={"food_provided": True, "accommodation_provided": True}),
         Terms("Delivery Rider", LUSAIL_CATERING, None, None, 1600, 1600, 5, d(7, 31),
               terms={"accommodation_provided": True, "transport_provided": True}),
         Terms("Barista", LUSAIL_CATERING, None, None, 1700, 1700, 3, d(7, 31), terms={"food_provided": True})],
        about="the pay with what comes with it, in words and no sum: «QAR 2,000 + food», «+ free food & "
              "accommodation», «(food provided)»",
    )


# ---- deadlines with no year ---------------------------------------------------------------------------------------

def short_dates_ru_xlsx() -> VacancyFile:
    rows = [
        ["Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["Плиточник", MUFTAH, 1600, 8, "до 15.01"],
        ["Штукатур", MUFTAH, 1500, 8, "15 янв."],
        ["Маляр", MUFTAH, 1400, 6, "до 1 фев."],
        ["Кровельщик", MUFTAH, 1700, 4, "до 10 марта"],
        ["Электрик", MUFTAH, 2000, 5, "28.02"],
    ]
    return VacancyFile(
        "отделочники (сроки).xlsx", workbook({"Лист1": rows}),
        [Want("Плиточник", MUFTAH, None, None, 1600, 1600, 8, ahead(1, 15)),
         Want("Штукатур", MUFTAH, None, None, 1500, 1500, 8, ahead(1, 15)),
         Want("Маляр", MUFTAH, None, None, 1400, 1400, 6, ahead(2, 1)),
         Want("Кровельщик", MUFTAH, None, None, 1700, 1700, 4, ahead(3, 10)),
         Want("Электрик", MUFTAH, None, None, 2000, 2000, 5, ahead(2, 28))],
        about="deadlines typed with no year, as text: «до 15.01», «15 янв.», «до 1 фев.», «до 10 марта», «28.02» — "
              "the next such day",
    )


def short_dates_en_csv() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "Basic Salary", "Openings", "Deadline"],
        ["Scaffolder", WAKRA_MARINE, "1500", "10", "Jan 15th"],
        ["Rigger", WAKRA_MARINE, "1600", "6", "15th January"],
        ["Welder (6G)", WAKRA_MARINE, "2200", "4", "Apply before 31 March"],
        ["HSE Officer", WAKRA_MARINE, "5000", "1", "Mar 3rd"],
    ]
    return VacancyFile(
        "wakra_marine_openings.csv", csv_bytes(rows),
        [Want("Scaffolder", WAKRA_MARINE, None, None, 1500, 1500, 10, ahead(1, 15)),
         Want("Rigger", WAKRA_MARINE, None, None, 1600, 1600, 6, ahead(1, 15)),
         Want("Welder (6G)", WAKRA_MARINE, None, None, 2200, 2200, 4, ahead(3, 31)),
         Want("HSE Officer", WAKRA_MARINE, None, None, 5000, 5000, 1, ahead(3, 3))],
        about="English deadlines with no year and ordinals: «Jan 15th», «15th January», «Apply before 31 March», "
              "«Mar 3rd»",
    )


def short_dates_kk_csv() -> VacancyFile:
    rows = [
        ["Лауазымы", "Жұмыс беруші", "Жалақы", "Орын саны", "Мерзімі"],
        ["Аспаз", LUSAIL_CATERING, "1800–2200", "4", "20 ақпанға дейін"],
        ["Даяшы", LUSAIL_CATERING, "1300", "10", "15.01 дейін"],
        ["Ыдыс жуушы", LUSAIL_CATERING, "1100", "6", "1 наурыз"],
    ]
    return VacancyFile(
        "бос орындар (мерзім).csv", csv_bytes(rows, delimiter=";"),
        [Want("Аспаз", LUSAIL_CATERING, None, None, 1800, 2200, 4, ahead(2, 20)),
         Want("Даяшы", LUSAIL_CATERING, None, None, 1300, 1300, 10, ahead(1, 15)),
         Want("Ыдыс жуушы", LUSAIL_CATERING, None, None, 1100, 1100, 6, ahead(3, 1))],
        about="Kazakh deadlines with no year: «20 ақпанға дейін», «15.01 дейін», «1 наурыз»",
    )


# ---- an Excel 2003 XML spreadsheet named .xls ----------------------------------------------------------------------

def _xml_cell(value: object, index: int | None, across: int) -> str:
    attrs = (f' ss:Index="{index}"' if index else "") + (f' ss:MergeAcross="{across}"' if across else "")
    if isinstance(value, (datetime, date)):
        return (f'<Cell ss:StyleID="s63"{attrs}><Data ss:Type="DateTime">{value:%Y-%m-%d}T00:00:00.000</Data>'
                "</Cell>")
    if isinstance(value, (int, float)):
        return f'<Cell{attrs}><Data ss:Type="Number">{value}</Data></Cell>'
    return f'<Cell{attrs}><Data ss:Type="String">{escape(str(value))}</Data></Cell>'


def _xml_row(row: list[object], across: dict[int, int]) -> str:
    """A row as Excel writes it: empty cells left out, the next one carrying its column (ss:Index)."""
    cells, skipped = [], False
    for column, value in enumerate(row, start=1):
        if value is None or value == "":
            skipped = True
            continue
        cells.append(_xml_cell(value, column if skipped else None, across.get(column, 0)))
        skipped = False
    return "<Row>" + "".join(cells) + "</Row>" if cells else "<Row/>"


def spreadsheet_2003(sheets: dict[str, list[list[object]]],
                     across: dict[str, dict[tuple[int, int], int]] | None = None) -> bytes:
    """An «XML Spreadsheet 2003» workbook, as Excel 2003, many web portals and 1C save it (often named .xls);
    `across` gives, by sheet, the (row, column) of a cell merged over that many cells to its right."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">\n'
        '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>portal</Author>'
        "</DocumentProperties>\n"
        '<Styles><Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="Arial"/></Style>'
        '<Style ss:ID="s63"><NumberFormat ss:Format="Short Date"/></Style></Styles>\n'
    ]
    for name, rows in sheets.items():
        merged = (across or {}).get(name, {})
        width = max((len(row) for row in rows), default=1)
        body = "\n".join(
            _xml_row(row, {col: n for (r, col), n in merged.items() if r == number})
            for number, row in enumerate(rows, start=1)
        )
        parts.append(
            f'<Worksheet ss:Name="{escape(name)}">\n<Table ss:ExpandedColumnCount="{width}" '
            f'ss:ExpandedRowCount="{len(rows)}" x:FullColumns="1" x:FullRows="1">\n{body}\n</Table>\n'
            '<WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><ProtectObjects>False</ProtectObjects>'
            "</WorksheetOptions>\n</Worksheet>\n"
        )
    parts.append("</Workbook>\n")
    return "".join(parts).encode("utf-8")


def xml_2003_ru_xls() -> VacancyFile:
    rows = [
        ["Перечень вакансий (Государство Катар)"],
        [],
        ["№", "Код вакансии", "Наименование вакансии", "Работодатель", "Город", "Зарплата от", "Зарплата до",
         "Количество мест", "Срок подачи"],
        [1, "XM-301", "Оператор станков ЧПУ", MESAIEED, "Месаид", 2200, 2800, 3, datetime(YEAR, 4, 1)],
        [2, "XM-302", "Токарь", MESAIEED, "Месаид", 1900, None, 2, datetime(YEAR, 4, 1)],
        [3, "XM-303", "Уборщик территории", ALKHOR_CLEAN, "Эль-Хор", 1000, 1100, 15, datetime(YEAR, 4, 15)],
    ]
    return VacancyFile(
        "Вакансии_портал.xls", spreadsheet_2003({"Вакансии": rows}, {"Вакансии": {(1, 1): 8}}),
        [Want("Оператор станков ЧПУ", MESAIEED, "XM-301", "Месаид", 2200, 2800, 3, d(4, 1)),
         Want("Токарь", MESAIEED, "XM-302", "Месаид", 1900, None, 2, d(4, 1)),
         Want("Уборщик территории", ALKHOR_CLEAN, "XM-303", "Эль-Хор", 1000, 1100, 15, d(4, 15))],
        about="an Excel 2003 XML spreadsheet named .xls: a title merged across (ss:MergeAcross), typed numbers and "
              "dates, an empty cell left out and the next one placed by ss:Index",
    )


def xml_2003_en_notes_two_row_header_xls() -> VacancyFile:
    notes = [
        ["Notes"],
        ["Salaries are monthly basic pay in QAR."],
        ["Accommodation and transport are provided by the employer for all positions."],
    ]
    rows = [
        ["Job", None, "Employer", "Salary (QAR)", None, "Vacancies", "Closing Date"],
        ["Code", "Title", None, "Min", "Max", None, None],
        ["EX-11", "Landscape Labourer", ASPIRE, 1000, 1200, 12, datetime(YEAR, 5, 31)],
        ["EX-12", "Irrigation Technician", ASPIRE, 1600, 1900, 3, datetime(YEAR, 5, 31)],
        ["EX-13", "Maintenance Plumber", ASPIRE, 1700, 2000, 4, datetime(YEAR, 6, 15)],
    ]
    data = spreadsheet_2003({"Jobs": rows, "Notes": notes}, {"Jobs": {(1, 1): 1, (1, 4): 1}})
    return VacancyFile(
        "jobs_export.xls", data,
        [Want("Landscape Labourer", ASPIRE, "EX-11", None, 1000, 1200, 12, d(5, 31)),
         Want("Irrigation Technician", ASPIRE, "EX-12", None, 1600, 1900, 3, d(5, 31)),
         Want("Maintenance Plumber", ASPIRE, "EX-13", None, 1700, 2000, 4, d(6, 15))],
        about="an Excel 2003 XML export from a portal: a header on two rows («Job» over «Code»/«Title», «Salary "
              "(QAR)» over «Min»/«Max», merged across), and a worksheet of notes after the jobs",
    )


# ---- letterheads with no legal form -------------------------------------------------------------------------------

def letterhead_no_legal_form_xlsx() -> VacancyFile:
    rows = [
        [MUFTAH],
        ["Building Contractors – Grade A"],
        ["P.O. Box 8812, Doha, Qatar  |  Tel: +974 4000 0000"],
        [f"Date: 20/11/{YEAR - 1}"],
        ["To: Ministry of Labour and Social Protection of the Population, Republic of Kazakhstan"],
        ["Subject: Requirement of manpower"],
        [],
        ["Sr.", "Designation", "Qty", "Salary (QAR)", "Food", "Accommodation", "Duration"],
        [1, "Shuttering Carpenter", 15, 1500, "Provided", "Provided", "2 years"],
        [2, "Steel Fixer", 15, 1500, "Provided", "Provided", "2 years"],
        [3, "Tower Crane Operator", 2, 4000, "Provided", "Provided", "2 years"],
        [],
        ["For Al Muftah Contracting"],
        ["HR Manager"],
    ]
    return VacancyFile(
        "Manpower requirement - Al Muftah.xlsx", workbook({"Sheet1": rows}),
        [Terms("Shuttering Carpenter", MUFTAH, None, None, 1500, 1500, 15, None,
               terms={"food_provided": True, "accommodation_provided": True, "contract_months": 24}),
         Terms("Steel Fixer", MUFTAH, None, None, 1500, 1500, 15, None,
               terms={"food_provided": True, "accommodation_provided": True, "contract_months": 24}),
         Terms("Tower Crane Operator", MUFTAH, None, None, 4000, 4000, 2, None,
               terms={"food_provided": True, "accommodation_provided": True, "contract_months": 24})],
        about="a letter of demand whose letterhead names the employer with no W.L.L. or Co. after it, a line of what "
              "it does below, the address, a date and a subject above the table, «For …» and the signatory below",
    )


def letterhead_arabic_and_english_xlsx() -> VacancyFile:
    rows = [
        ["لوسيل للتموين", None, None, LUSAIL_CATERING],
        ["الدوحة - قطر", None, None, "Doha - Qatar"],
        [],
        ["Manpower Demand"],
        ["Job Title", "Quantity", "Basic Salary", "Contract"],
        ["Cook", 5, 1800, "2 years"],
        ["Food Packer", 12, 1100, "2 years"],
        ["Van Driver", 4, 1600, "2 years"],
    ]
    return VacancyFile(
        "demand letter LC.xlsx", workbook({"Sheet1": rows}),
        [Terms("Cook", LUSAIL_CATERING, None, None, 1800, 1800, 5, None, terms={"contract_months": 24}),
         Terms("Food Packer", LUSAIL_CATERING, None, None, 1100, 1100, 12, None, terms={"contract_months": 24}),
         Terms("Van Driver", LUSAIL_CATERING, None, None, 1600, 1600, 4, None, terms={"contract_months": 24})],
        about="a letterhead with the employer's name in Arabic on the left and in English on the right, no legal form, "
              "the town under each",
    )


# ---- files to refuse with a clear answer ---------------------------------------------------------------------------

def instructions_and_empty_template_xlsx() -> VacancyFile:
    instructions = [
        ["Инструкция"],
        ["Заполните лист «Вакансии»: одна строка — одна вакансия."],
        ["Зарплату укажите в риалах, срок — датой."],
    ]
    template = [["Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]]
    return NothingToImport(
        "Шаблон вакансий.xlsx", workbook({"Инструкция": instructions, "Вакансии": template}), [],
        about="the template sent back unfilled: a sheet of instructions and a sheet with the header alone — the answer "
              "says there are no vacancies in it",
        answer=("no rows", "no vacanc", "empty"),
    )


def word_letter_docx() -> VacancyFile:
    data = docx_bytes([MUFTAH, "Subject: Requirement of manpower",
                  "We require 10 Masons at QAR 1,500 and 5 Electricians at QAR 2,000."])
    return NothingToImport(
        "Letter of demand.docx", data, [],
        about="a Word letter sent where a spreadsheet is wanted: the answer says a Word document cannot be read and "
              "asks for Excel or CSV",
        answer=("word",),
    )


def one_c_mxl() -> VacancyFile:
    data = b"MOXCEL\x00\x01\x02\x00" + "Потребность в персонале".encode("utf-16-le") + bytes(200)
    return NothingToImport(
        "Потребность.mxl", data, [],
        about="a 1C spreadsheet in 1C's own format (.mxl): the answer says to save it from 1C as Excel",
        answer=("1c", "1с"),  # not "mxl": the file's own name, echoed, holds it
    )


def zip_archive() -> VacancyFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("вакансии.csv", "Должность;Работодатель\r\nСварщик;Al Muftah Contracting\r\n")
        archive.writestr("readme.txt", "Вакансии за ноябрь")
    return NothingToImport(
        "вакансии_ноябрь.zip", buffer.getvalue(), [],
        about="a zip archive of files: the answer says an archive cannot be read and to send the spreadsheet itself",
        answer=("archive",),  # not "zip": the file's own name, echoed, holds it
    )


def all_files() -> list[VacancyFile]:
    """Every file of the tenth set, built afresh."""
    builders = [
        one_c_two_row_header_xlsx, one_c_numbers_and_totals_csv, portal_arabic_beside_english_csv,
        bilingual_header_cells_xlsx, arabic_digits_salary_xlsx, notes_sheet_first_xlsx,
        two_vacancy_sheets_and_instructions_xlsx, salary_ranges_ru_csv, pay_with_benefits_en_csv,
        short_dates_ru_xlsx, short_dates_en_csv, short_dates_kk_csv, xml_2003_ru_xls,
        xml_2003_en_notes_two_row_header_xls, letterhead_no_legal_form_xlsx, letterhead_arabic_and_english_xlsx,
        instructions_and_empty_template_xlsx, word_letter_docx, one_c_mxl, zip_archive,
    ]
    return [build() for build in builders]
