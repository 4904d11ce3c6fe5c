"""A thirteenth set of vacancy files: files as officers really get them, written apart from the first twelve.

It holds a LibreOffice Calc workbook (.ods) with one sheet per employer and a title merged across the table; a Google
Sheets table downloaded as CSV with its title on the first line; employer and town merged down the rows they cover;
an Excel workbook with one sheet per employer and no employer column; pay written as a range ("1200-1500 QAR",
«1 200 – 1 500 риал») and in words ("QAR 1,500 (One Thousand Five Hundred Only)", «тысяча восемьсот риалов»);
Arabic-Indic digits in a Qatari agency's sheet (١٥٠٠, ٣١/١٢/…); "Valid till" and «Действительно до» as the closing
day, one already past (refused naming the column); a Qatari agency's English-only sheet headed "Job Title / Qty /
Basic Salary / Food / Accommodation"; Excel's «Unicode text» (UTF-16, tabs); and files to refuse with a clear answer:
an Excel binary workbook (.xlsb), a Word document with the table in it, a ZIP archive of workbooks, and pay only in
tenge.

The format is the earlier sets' (`Want`, `Terms`, `Refusal`, `NothingToImport` with the words its `answer` must hold).
Written before the reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport
from tests.workbooks import docx_bytes, ods_package, workbook

KHOR_YARD = "Al Khor Shipyard W.L.L."
DUKHAN_OIL = "Dukhan Oilfield Services"
PEARL_HOTEL = "The Pearl Boutique Hotel"
SIDRA_CARE = "Sidra Home Care W.L.L."
AL_MEERA = "Al Meera Logistics"
UMM_SALAL = "Umm Salal Landscaping Co."
LUSAIL_BUILD = "Lusail Construction Group"
QATAR_CLEAN = "Qatar Clean Services W.L.L."
RAS_BU_FONTAS = "Ras Bu Fontas Free Zone Warehousing"

ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic(value: object) -> str:
    """A number or date as a Qatari office types it, in Arabic-Indic digits."""
    return str(value).translate(ARABIC_DIGITS)


# ---- a LibreOffice Calc workbook, a sheet per employer ------------------------------------------------------------

def _ods_cell(value: object, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, datetime):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value:%Y-%m-%d}"{spanned}>'
                f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>")
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"{spanned}><text:p>{escape(str(value))}</text:p>'
            "</table:table-cell>")


def _ods_row(row: list[object], width: int) -> str:
    """A row; a first cell given as ("text", span) is merged across `span` columns, as Calc writes a title."""
    cells = []
    for value in row:
        if isinstance(value, tuple):
            text, span = value
            cells.append(_ods_cell(text, span) + '<table:covered-table-cell/>' * (span - 1))
        else:
            cells.append(_ods_cell(value))
    return f'<table:table-row>{"".join(cells)}<table:table-cell table:number-columns-repeated="{1024 - width}"/>' \
           "</table:table-row>"


def ods_sheets(sheets: dict[str, list[list[object]]]) -> bytes:
    """A .ods workbook with several sheets, as LibreOffice Calc saves it."""
    tables = []
    for name, rows in sheets.items():
        width = max(sum(v[1] if isinstance(v, tuple) else 1 for v in row) for row in rows)
        body = "".join(_ods_row(row, sum(v[1] if isinstance(v, tuple) else 1 for v in row)) for row in rows)
        tables.append(f'<table:table table:name="{escape(name)}">'
                      f'<table:table-column table:number-columns-repeated="{width}"/>{body}</table:table>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
        "</office:document-content>"
    )
    return ods_package(content)


def libreoffice_sheet_per_employer_ods() -> VacancyFile:
    header = ["Должность", "Город", "Зарплата", "Кол-во", "Срок"]
    yard = [
        [("Вакансии — Al Khor Shipyard W.L.L.", 5)],
        header,
        ["Судосборщик", "Аль-Хор", "1200-1500 QAR", 8, datetime(YEAR, 3, 31)],
        ["Маляр по металлу", "Аль-Хор", 1300, 5, datetime(YEAR, 3, 31)],
    ]
    oil = [
        [("Вакансии — Dukhan Oilfield Services", 5)],
        header,
        ["Помощник бурильщика", "Духан", "1800-2200 QAR", 6, datetime(YEAR, 4, 15)],
        ["Оператор насосных установок", "Духан", 2000, 2, datetime(YEAR, 4, 15)],
    ]
    return VacancyFile(
        "вакансии по работодателям.ods", ods_sheets({KHOR_YARD: yard, DUKHAN_OIL: oil}),
        [Want("Судосборщик", KHOR_YARD, None, "Аль-Хор", 1200, 1500, 8, d(3, 31)),
         Want("Маляр по металлу", KHOR_YARD, None, "Аль-Хор", 1300, 1300, 5, d(3, 31)),
         Want("Помощник бурильщика", DUKHAN_OIL, None, "Духан", 1800, 2200, 6, d(4, 15)),
         Want("Оператор насосных установок", DUKHAN_OIL, None, "Духан", 2000, 2000, 2, d(4, 15))],
        about="a LibreOffice Calc workbook (.ods), one sheet per employer named after it, no employer column, a title "
              "merged across the table, pay as «1200-1500 QAR»",
    )


# ---- a Google Sheets export with a title row ----------------------------------------------------------------------

def google_sheets_title_row_csv() -> VacancyFile:
    rows = [
        ["Вакансии Катар — обновлено 20.11 (не редактировать!)", "", "", "", "", ""],
        ["Вакансия", "Работодатель", "Город", "Зарплата", "Мест", "Срок подачи"],
        ["Официант", PEARL_HOTEL, "Доха", "1200-1500 QAR", "6", f"28.02.{YEAR}"],
        ["Бармен", PEARL_HOTEL, "Доха", "1 400 – 1 700 риал", "2", f"28.02.{YEAR}"],
        ["Горничная", PEARL_HOTEL, "Доха", "QAR 1100-1300", "10", f"15.03.{YEAR}"],
        ["Консьерж", PEARL_HOTEL, "Доха", "2500", "1", f"15.03.{YEAR}"],
    ]
    data = csv_bytes(rows).replace(b"\r\n", b"\n")
    return VacancyFile(
        "Вакансии Катар - Лист1.csv", data,
        [Want("Официант", PEARL_HOTEL, None, "Доха", 1200, 1500, 6, d(2, 28)),
         Want("Бармен", PEARL_HOTEL, None, "Доха", 1400, 1700, 2, d(2, 28)),
         Want("Горничная", PEARL_HOTEL, None, "Доха", 1100, 1300, 10, d(3, 15)),
         Want("Консьерж", PEARL_HOTEL, None, "Доха", 2500, 2500, 1, d(3, 15))],
        about="Google Sheets «Download → CSV»: the sheet's title on the first line with empty cells after it, LF line "
              "ends, pay as «1200-1500 QAR», «1 400 – 1 700 риал» (an en dash, spaces in thousands), «QAR 1100-1300»",
    )


# ---- merged cells down the rows -----------------------------------------------------------------------------------

def employer_merged_down_xlsx() -> VacancyFile:
    rows = [
        ["Работодатель", "Город", "Должность", "Оклад (риал)", "Кол-во", "Дата окончания приёма"],
        [LUSAIL_BUILD, "Лусаил", "Арматурщик", 1400, 15, datetime(YEAR, 5, 20)],
        [None, None, "Бетонщик", 1400, 12, datetime(YEAR, 5, 20)],
        [None, None, "Опалубщик", 1500, 10, datetime(YEAR, 5, 20)],
        [UMM_SALAL, "Умм-Салаль", "Садовник", 1100, 7, datetime(YEAR, 6, 1)],
        [None, None, "Оператор поливочных систем", 1300, 2, datetime(YEAR, 6, 1)],
    ]
    merges = ["A2:A4", "B2:B4", "A5:A6", "B5:B6"]
    return VacancyFile(
        "Стройка и озеленение.xlsx", workbook({"Лист1": rows}, merges=merges),
        [Want("Арматурщик", LUSAIL_BUILD, None, "Лусаил", 1400, 1400, 15, d(5, 20)),
         Want("Бетонщик", LUSAIL_BUILD, None, "Лусаил", 1400, 1400, 12, d(5, 20)),
         Want("Опалубщик", LUSAIL_BUILD, None, "Лусаил", 1500, 1500, 10, d(5, 20)),
         Want("Садовник", UMM_SALAL, None, "Умм-Салаль", 1100, 1100, 7, d(6, 1)),
         Want("Оператор поливочных систем", UMM_SALAL, None, "Умм-Салаль", 1300, 1300, 2, d(6, 1))],
        about="the employer and the town merged down the rows of their vacancies (the value kept only in the first)",
    )


# ---- one sheet per employer in Excel ------------------------------------------------------------------------------

def sheet_per_employer_xlsx() -> VacancyFile:
    care = [
        [f"Employer: {SIDRA_CARE}"],
        ["Position", "Salary (QAR)", "No. of workers", "Closing date"],
        ["Caregiver", 1800, 6, datetime(YEAR, 2, 10)],
        ["Home Nurse", 3500, 3, datetime(YEAR, 2, 10)],
    ]
    logistics = [
        [f"Employer: {AL_MEERA}"],
        ["Position", "Salary (QAR)", "No. of workers", "Closing date"],
        ["Forklift Operator", 1600, 5, datetime(YEAR, 2, 20)],
        ["Warehouse Picker", 1200, 12, datetime(YEAR, 2, 20)],
        ["Heavy Truck Driver", 2400, 4, datetime(YEAR, 2, 20)],
    ]
    return VacancyFile(
        "Qatar demand Nov.xlsx", workbook({"Sidra": care, "Al Meera": logistics}),
        [Want("Caregiver", SIDRA_CARE, None, None, 1800, 1800, 6, d(2, 10)),
         Want("Home Nurse", SIDRA_CARE, None, None, 3500, 3500, 3, d(2, 10)),
         Want("Forklift Operator", AL_MEERA, None, None, 1600, 1600, 5, d(2, 20)),
         Want("Warehouse Picker", AL_MEERA, None, None, 1200, 1200, 12, d(2, 20)),
         Want("Heavy Truck Driver", AL_MEERA, None, None, 2400, 2400, 4, d(2, 20))],
        about="an Excel workbook with a sheet per employer (short sheet names), the employer's full name on a line "
              "«Employer: …» above each table, no employer column",
    )


# ---- pay in words ---------------------------------------------------------------------------------------------------

def salary_in_words_xlsx() -> VacancyFile:
    rows = [
        ["Job", "Employer", "Salary", "Qty", "Deadline"],
        ["Mason", LUSAIL_BUILD, "QAR 1,500 (One Thousand Five Hundred Only)", 20, datetime(YEAR, 7, 1)],
        ["Steel Fixer", LUSAIL_BUILD, "QR 1,600/- (Qatari Riyals One Thousand Six Hundred Only)", 15,
         datetime(YEAR, 7, 1)],
        ["Site Foreman", LUSAIL_BUILD, "Three Thousand Qatari Riyals", 2, datetime(YEAR, 7, 1)],
        ["Прораб-электрик", LUSAIL_BUILD, "тысяча восемьсот риалов", 3, datetime(YEAR, 7, 1)],
        ["Жүк тиеуші", LUSAIL_BUILD, "бір мың екі жүз риал", 10, datetime(YEAR, 7, 1)],
    ]
    return VacancyFile(
        "Lusail manpower (salary in words).xlsx", workbook({"Sheet1": rows}),
        [Want("Mason", LUSAIL_BUILD, None, None, 1500, 1500, 20, d(7, 1)),
         Want("Steel Fixer", LUSAIL_BUILD, None, None, 1600, 1600, 15, d(7, 1)),
         Want("Site Foreman", LUSAIL_BUILD, None, None, 3000, 3000, 2, d(7, 1)),
         Want("Прораб-электрик", LUSAIL_BUILD, None, None, 1800, 1800, 3, d(7, 1)),
         Want("Жүк тиеуші", LUSAIL_BUILD, None, None, 1200, 1200, 10, d(7, 1))],
        about="pay in figures with the sum in words after it, as a contract writes it («QAR 1,500 (One Thousand Five "
              "Hundred Only)», «QR 1,600/-»), and in words alone in English, Russian and Kazakh",
    )


# ---- Arabic-Indic digits ------------------------------------------------------------------------------------------

def arabic_indic_digits_xlsx() -> VacancyFile:
    rows = [
        ["المسمى الوظيفي / Job Title", "الشركة / Company", "الراتب / Salary (QAR)", "العدد / Qty",
         "آخر موعد / Last Date"],
        ["Electrician", RAS_BU_FONTAS, arabic(1700), arabic(4), arabic(f"31/12/{YEAR}")],
        ["Storekeeper", RAS_BU_FONTAS, arabic(1500), arabic(3), arabic(f"31/12/{YEAR}")],
        ["Security Guard", RAS_BU_FONTAS, arabic("1300-1500"), arabic(8), arabic(f"15/01/{YEAR}")],
    ]
    return VacancyFile(
        "طلب عمالة - Ras Bu Fontas.xlsx", workbook({"Sheet1": rows}),
        [Want("Electrician", RAS_BU_FONTAS, None, None, 1700, 1700, 4, d(12, 31)),
         Want("Storekeeper", RAS_BU_FONTAS, None, None, 1500, 1500, 3, d(12, 31)),
         Want("Security Guard", RAS_BU_FONTAS, None, None, 1300, 1500, 8, d(1, 15))],
        about="a Qatari office's sheet with Arabic and English in each header and every figure in Arabic-Indic digits "
              "(pay, places, «٣١/١٢/…»)",
    )


# ---- "Valid till", «Действительно до» -----------------------------------------------------------------------------

def valid_till_en_xlsx() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Monthly Salary", "Vacancies", "Valid till"],
        ["Pipe Fitter", DUKHAN_OIL, "QAR 2,000", 6, datetime(YEAR, 8, 31)],
        ["Rigger", DUKHAN_OIL, "QAR 1,700", 4, f"Valid till 30.09.{YEAR}"],
        ["Scaffolding Supervisor", DUKHAN_OIL, "QAR 3,200", 1, datetime(PAST, 10, 31)],
        ["Crane Operator", DUKHAN_OIL, "QAR 2,800", 2, f"30/09/{YEAR}"],
    ]
    return VacancyFile(
        "Dukhan - open positions.xlsx", workbook({"Open": rows}),
        [Want("Pipe Fitter", DUKHAN_OIL, None, None, 2000, 2000, 6, d(8, 31)),
         Want("Rigger", DUKHAN_OIL, None, None, 1700, 1700, 4, d(9, 30)),
         Want("Crane Operator", DUKHAN_OIL, None, None, 2800, 2800, 2, d(9, 30))],
        [Refusal(4, "Valid till")],
        about="«Valid till» as the closing day's header, the words repeated in a cell («Valid till 30.09.…»), and a "
              "row whose day has passed, refused naming the column",
    )


def deistvitelno_do_ru_csv() -> VacancyFile:
    rows = [
        ["Наименование вакансии", "Работодатель", "З/п, риал", "Требуется", "Действительно до"],
        ["Уборщик помещений", QATAR_CLEAN, "1000", "30", f"31.03.{YEAR}"],
        ["Мойщик окон (промальп)", QATAR_CLEAN, "1600-1800", "4", f"действительно до 31.03.{YEAR}"],
        ["Бригадир уборщиков", QATAR_CLEAN, "2200", "2", f"15.04.{YEAR} г."],
    ]
    return VacancyFile(
        "qatar_clean_вакансии.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Уборщик помещений", QATAR_CLEAN, None, None, 1000, 1000, 30, d(3, 31)),
         Want("Мойщик окон (промальп)", QATAR_CLEAN, None, None, 1600, 1800, 4, d(3, 31)),
         Want("Бригадир уборщиков", QATAR_CLEAN, None, None, 2200, 2200, 2, d(4, 15))],
        about="«Действительно до» as the closing day's header, the words repeated in a cell, «15.04.… г.»; Excel's "
              "Russian CSV (Windows-1251, semicolons)",
    )


# ---- a Qatari agency's English sheet ------------------------------------------------------------------------------

def agency_job_title_qty_basic_xlsx() -> VacancyFile:
    rows = [
        ["GULF STAR MANPOWER SERVICES - MANPOWER REQUIREMENT"],
        [f"Client: {QATAR_CLEAN}"],
        ["Job Title", "Qty", "Basic Salary", "Food", "Accommodation", "Transportation"],
        ["Cleaner", 40, "QAR 1,000", "QAR 300", "Company", "Company"],
        ["Cleaning Supervisor", 4, "QAR 1,800", "QAR 300", "Company", "Company"],
        ["Pest Control Technician", 3, "QAR 1,500", "Provided", "Company", "Company"],
        ["Driver (Light Vehicle)", 5, "QAR 1,600", "Provided", "Provided", "N/A"],
    ]
    company = {"accommodation_provided": True, "transport_provided": True}
    return VacancyFile(
        "GSMS requirement - Qatar Clean.xlsx", workbook({"Requirement": rows}),
        [Terms("Cleaner", QATAR_CLEAN, None, None, 1000, 1000, 40, None,
               terms={"food_allowance": 300, **company}),
         Terms("Cleaning Supervisor", QATAR_CLEAN, None, None, 1800, 1800, 4, None,
               terms={"food_allowance": 300, **company}),
         Terms("Pest Control Technician", QATAR_CLEAN, None, None, 1500, 1500, 3, None,
               terms={"food_provided": True, **company}),
         Terms("Driver (Light Vehicle)", QATAR_CLEAN, None, None, 1600, 1600, 5, None,
               terms={"food_provided": True, "accommodation_provided": True})],
        about="a Qatari agency's requirement sheet: its name on top, «Client: …» the employer, English headers «Job "
              "Title / Qty / Basic Salary / Food / Accommodation / Transportation», «Company» meaning provided, a food "
              "allowance in riyals, «N/A», no closing day",
    )


# ---- Excel's «Unicode text» ---------------------------------------------------------------------------------------

def excel_unicode_text_txt() -> VacancyFile:
    rows = [
        ["Кәсіп", "Жұмыс беруші", "Қала", "Жалақы (QAR)", "Орын саны", "Соңғы мерзім"],
        ["Аспаз", PEARL_HOTEL, "Доха", "1600", "4", f"20.05.{YEAR}"],
        ["Наубайшы", PEARL_HOTEL, "Доха", "1500", "2", f"20.05.{YEAR}"],
        ["Ыдыс жуушы", PEARL_HOTEL, "Доха", "1000", "6", f"20.05.{YEAR}"],
    ]
    text = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    return VacancyFile(
        "бос орындар.txt", text.encode("utf-16"),
        [Want("Аспаз", PEARL_HOTEL, None, "Доха", 1600, 1600, 4, d(5, 20)),
         Want("Наубайшы", PEARL_HOTEL, None, "Доха", 1500, 1500, 2, d(5, 20)),
         Want("Ыдыс жуушы", PEARL_HOTEL, None, "Доха", 1000, 1000, 6, d(5, 20))],
        about="Excel's «Save as → Unicode text»: UTF-16 with its byte-order mark, tabs, a .txt name; Kazakh headers",
    )


# ---- files to refuse with a clear answer --------------------------------------------------------------------------

def excel_binary_upper_xlsb() -> VacancyFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.'
                         'openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType='
                         '"application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Override PartName="/xl/'
                         'worksheets/sheet1.bin" ContentType="application/vnd.ms-excel.worksheet"/></Types>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
                                        'org/package/2006/relationships"/>')
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00\x80\x01\x00" + bytes(200))
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00\x93\x01\x17" + bytes(400))
        archive.writestr("xl/sharedStrings.bin", b"\x9f\x01\x08" + "Сварщик".encode("utf-16-le"))
    return NothingToImport(
        "ВАКАНСИИ_ДЕКАБРЬ.XLSB", buffer.getvalue(), [],
        about="an Excel binary workbook with its extension in capitals: the answer says the format and to save it as "
              ".xlsx",
        answer=("xlsb", "binary"),
    )


def word_document_docx() -> VacancyFile:
    data = docx_bytes(["Перечень вакансий (Катар)"], table=[["Должность", "Работодатель", "Зарплата", "Мест"],
                                                          ["Сварщик", LUSAIL_BUILD, "1800 QAR", "6"]])
    return NothingToImport(
        "Перечень вакансий.docx", data, [],
        about="a Word document with the vacancies in a table: the answer says a Word document is not read and to send "
              "the table as Excel or CSV",
        answer=("word", "docx"),
    )


def zip_of_workbooks() -> VacancyFile:
    one = workbook({"Sheet1": [["Job Title", "Employer", "Salary (QAR)", "Qty"], ["Cook", PEARL_HOTEL, 1700, 2]]})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("вакансии/Pearl.xlsx", one)
        archive.writestr("вакансии/Sidra.xlsx", one)
    return NothingToImport(
        "вакансии.zip", buffer.getvalue(), [],
        about="a ZIP archive holding two workbooks: the answer says an archive is not read and to send the files "
              "themselves",
        answer=("zip", "archive", "unpack", "extract"),
    )


def tenge_only_pay_xlsx() -> VacancyFile:
    rows = [
        ["Вакансия", "Работодатель", "Зарплата", "Кол-во", "Срок"],
        ["Водитель автобуса", AL_MEERA, "450 000 тг", 5, datetime(YEAR, 3, 1)],
        ["Механик", AL_MEERA, "520 000 тенге", 2, datetime(YEAR, 3, 1)],
        ["Автоэлектрик", AL_MEERA, "480000 KZT", 1, datetime(YEAR, 3, 1)],
    ]
    return NothingToImport(
        "водители (в тенге).xlsx", workbook({"Лист1": rows}), [],
        about="pay only in tenge, converted by the office: no vacancy stored, and the answer names the currency",
        answer=("currency", "tenge", "kzt", "riyal", "qar"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the thirteenth set, built afresh."""
    builders = [
        libreoffice_sheet_per_employer_ods, google_sheets_title_row_csv, employer_merged_down_xlsx,
        sheet_per_employer_xlsx, salary_in_words_xlsx, arabic_indic_digits_xlsx, valid_till_en_xlsx,
        deistvitelno_do_ru_csv, agency_job_title_qty_basic_xlsx, excel_unicode_text_txt, excel_binary_upper_xlsb,
        word_document_docx, zip_of_workbooks, tenge_only_pay_xlsx,
    ]
    return [build() for build in builders]
