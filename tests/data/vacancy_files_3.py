"""A third set of vacancy files as officers send them, written apart from the first two.

Where the first sets hold the files the README suggests and the portal's and agencies' exports, this set
holds what an office's own spreadsheet turns into: an Excel 97–2003 workbook, a sheet with an approval
block and a title above the table and a signature block below it, the employer named once above the
table instead of in a column, a vacancies sheet beside an instructions sheet (with its own little table
of columns and an example row) or beside an empty template, hidden helper columns, formulas (read by the
value Excel kept, and one kept as «#N/A»), numbers and codes stored as text, pay as «с 1 800 до 2 400»,
"QAR 1,800-2,400" or "1.800" with a European thousands dot, dates as «01.03.27», "15-Mar-27" or a date
cell shown as "Mar-27", headers with typos and abbreviations («Наим. вакансии», «Работадатель», "No. of
pos."), Kazakh headers in the 2021 Latin alphabet, tab-separated text (a .tsv, Excel's «Text (Tab
delimited)» .txt, Excel's «Unicode Text» in UTF-16), a CSV downloaded from Google Sheets, and rows an
officer must be told about with the reason: a vacancy code used twice, a row holding only a code and a
title after a blank line (a vacancy whose other cells were never filled, not a group title: a group title
has no code or running number), pay «from» above pay «to», pay in dollars, no places, a day that does
not exist.

Each file says what it must give and what it must refuse, as the first sets do. It was written before
the reading code was opened. Dates are built from today's, so the set never ages (the one binary .xls
fixture holds placeholder dates the set replaces).
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d, xlsx_bytes

YY = f"{YEAR % 100:02d}"
EXCEL_97 = Path(__file__).resolve().parent / "vacancies_excel97_3.xls"
EXCEL_97_PLACEHOLDERS = (73051, 73052)  # the fixture's deadlines: serials of 31.12.2099 and 01.01.2100


def serial(day: date) -> int:
    """The number Excel keeps for a date (days since 1899-12-30)."""
    return (day - date(1899, 12, 30)).days


def text_bytes(rows: list[list[object]], *, delimiter: str = "\t", encoding: str = "utf-8",
               newline: str = "\r\n") -> bytes:
    """Rows as a text export writes them: Excel's tab-delimited and Unicode text, Google Sheets' CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue().encode(encoding)


def xlsx_special(rows: list[list[object]], *, title: str = "Лист1", hidden: tuple[str, ...] = (),
                 cached: dict[str, str] | None = None, formats: dict[str, str] | None = None) -> bytes:
    """A one-sheet workbook with hidden columns, formulas holding the value Excel kept, and number formats.

    openpyxl writes formulas without a value; Excel always stores the last value it computed, so the
    value is put in afterwards (`cached`: cell → value, «#N/A» for an error)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for letter in hidden:
        sheet.column_dimensions[letter].hidden = True
    for ref, number_format in (formats or {}).items():
        sheet[ref].number_format = number_format
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, datetime) and cell.coordinate not in (formats or {}):
                cell.number_format = "DD.MM.YYYY"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _with_cached_values(buffer.getvalue(), cached or {})


def _with_cached_values(data: bytes, cached: dict[str, str]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode("utf-8")
                for ref, value in cached.items():
                    kind = ' t="e"' if value.startswith("#") else ""
                    xml, count = re.subn(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
                                         rf'<c r="{ref}"\1{kind}><f>\2</f><v>{value}</v>', xml)
                    assert count == 1, ref
                content = xml.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


# The vacancies the files are made of: Gulf trades and made-up employers, apart from the first sets'.
REBAR = ("Арматурщик", "Qatar Building Engineering", "Доха")
CONCRETE = ("Бетонщик", "Qatar Building Engineering", "Доха")
TILER = ("Плиточник-облицовщик", "Lusail Interiors W.L.L.", "Лусаил")
BAKER = ("Пекарь", "Al Sadd Bakeries", "Доха")
MECHANIC = ("Автомеханик", "Gulf Haulage W.L.L.", "Месаид")
GASWELDER = ("Электрогазосварщик", "Ras Laffan Piping Services", "Рас-Лаффан")
NANNY = ("Няня", "Al Rayyan Family Services", "Аль-Райян")
PAINTER = ("Маляр-штукатур", "Lusail Interiors W.L.L.", "Лусаил")


def excel_97_xls() -> VacancyFile:
    """An office's old Excel saves .xls: a title above, pay as text in one row and a number in the next.

    The fixture was written once with xlwt 1.3 (an Excel 97–2003 BIFF8 workbook); its two deadlines are
    placeholders the set replaces with dates ahead of today, byte for byte, so the file never ages."""
    data = EXCEL_97.read_bytes()
    for placeholder, real in zip(EXCEL_97_PLACEHOLDERS, (d(4, 30), d(5, 15)), strict=True):
        old, new = (struct.pack("<i", (value << 2) | 2) for value in (placeholder, serial(real)))
        assert data.count(old) == 1
        data = data.replace(old, new)
    return VacancyFile(
        "Вакансии Катар.xls", data,
        [Want(*REBAR[:2], "XL-301", REBAR[2], 1400, 1800, 20, d(4, 30)),
         Want(*CONCRETE[:2], "XL-302", CONCRETE[2], 1500, 1500, 15, d(5, 15))],
        about="Excel 97–2003 (.xls) with a title row, pay as «1 400 - 1 800» and as a number",
    )


def approval_and_signature_blocks() -> VacancyFile:
    rows = [
        [None, None, None, None, None, "УТВЕРЖДАЮ"],
        [None, None, None, None, None, "Руководитель управления занятости"],
        [None, None, None, None, None, "__________ Сейтқали Б.Н."],
        [None, None, None, None, None, f"«___» ________ {YEAR - 1} г."],
        [],
        ["Перечень вакантных рабочих мест для трудоустройства граждан РК в Государстве Катар"],
        [],
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["AS-11", *TILER[:2], "1600-2000", 8, datetime(YEAR, 6, 30)],
        ["AS-12", *PAINTER[:2], "1500-1900", 10, datetime(YEAR, 6, 30)],
        [],
        ["Главный специалист", None, None, "__________", "Омарова Д.К."],
        ["Тел.: 8 (7172) 00-00-00"],
        ["М.П."],
    ]
    return VacancyFile(
        "Перечень (утв.).xlsx", xlsx_bytes({"Лист1": rows}, {"Лист1": ["A6:F6"]}),
        [Want(*TILER[:2], "AS-11", None, 1600, 2000, 8, d(6, 30)),
         Want(*PAINTER[:2], "AS-12", None, 1500, 1900, 10, d(6, 30))],
        about="an approval block at the top right, a title, and a signature block below the table",
    )


def employer_in_title_block() -> VacancyFile:
    """One employer's request: the employer is written once above the table, there is no employer column."""
    rows = [
        ["Заявка на подбор персонала"],
        [f"Работодатель: {BAKER[1]}"],
        ["Страна: Государство Катар, г. Доха"],
        [],
        ["Код", "Должность", "Зарплата, QAR", "Кол-во мест", "Срок подачи"],
        ["EB-1", "Пекарь", "1400-1700", 6, datetime(YEAR, 3, 31)],
        ["EB-2", "Кондитер", "1600-2000", 2, datetime(YEAR, 3, 31)],
    ]
    return VacancyFile(
        "заявка Al Sadd Bakeries.xlsx", xlsx_bytes({"Заявка": rows}),
        [Want("Пекарь", BAKER[1], "EB-1", None, 1400, 1700, 6, d(3, 31)),
         Want("Кондитер", BAKER[1], "EB-2", None, 1600, 2000, 2, d(3, 31))],
        about="«Работодатель: …» above the table names the employer of every row",
    )


def vacancies_then_instructions() -> VacancyFile:
    """The vacancies sheet first; the second sheet explains the columns in a little table of its own."""
    sheets = {
        "Вакансии": [
            ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
            ["VI-1", *MECHANIC[:2], "2200-2800", 3, datetime(YEAR, 9, 30)],
            ["VI-2", *GASWELDER[:2], "2000-2600", 12, datetime(YEAR, 9, 30)],
        ],
        "Инструкция": [
            ["Как заполнять лист «Вакансии»"],
            ["Столбец", "Что указать"],
            ["Код вакансии", "номер из заявки работодателя"],
            ["Должность", "наименование должности по заявке"],
            ["Работодатель", "наименование компании"],
            ["Зарплата (QAR)", "в катарских риалах, например 1800-2400"],
            ["Пример:", "Сварщик", "ТОО «Пример»", "1800-2400", 5, "31.12.2030"],
        ],
    }
    return VacancyFile(
        "вакансии и инструкция.xlsx", xlsx_bytes(sheets),
        [Want(*MECHANIC[:2], "VI-1", None, 2200, 2800, 3, d(9, 30)),
         Want(*GASWELDER[:2], "VI-2", None, 2000, 2600, 12, d(9, 30))],
        about="an instructions sheet after the vacancies, with a table of columns and an example row",
    )


def empty_template_then_filled() -> VacancyFile:
    header = ["Job ID", "Job Title", "Employer", "Salary (QAR)", "No. of positions", "Closing Date"]
    sheets = {
        "Template": [header],
        "Filled": [
            header,
            ["TF-1", "Nanny", NANNY[1], "2000", "4", datetime(YEAR, 2, 28)],
            ["TF-2", "Housemaid", NANNY[1], "1300", "10", datetime(YEAR, 2, 28)],
        ],
    }
    return VacancyFile(
        "jobs_template_filled.xlsx", xlsx_bytes(sheets),
        [Want("Nanny", NANNY[1], "TF-1", None, 2000, 2000, 4, d(2, 28)),
         Want("Housemaid", NANNY[1], "TF-2", None, 1300, 1300, 10, d(2, 28))],
        about="an empty template sheet (the header only) before the filled one",
    )


def hidden_helper_columns() -> VacancyFile:
    """Hidden columns the office uses for itself: the title in English and the pay in tenge."""
    rows = [
        ["Код вакансии", "Должность", "Должность (англ.)", "Работодатель", "Зарплата (тенге)", "Зарплата (QAR)",
         "Кол-во мест", "Срок подачи"],
        ["HC-1", *TILER[:1], "Tile Setter", TILER[1], 260000, "1800", 8, datetime(YEAR, 7, 31)],
        ["HC-2", *BAKER[:1], "Baker", BAKER[1], 230000, "1600", 6, datetime(YEAR, 7, 31)],
    ]
    return VacancyFile(
        "вакансии (скрытые столбцы).xlsx", xlsx_special(rows, hidden=("C", "E")),
        [Want(*TILER[:2], "HC-1", None, 1800, 1800, 8, d(7, 31)),
         Want(*BAKER[:2], "HC-2", None, 1600, 1600, 6, d(7, 31))],
        about="hidden columns with the title in English and the pay in tenge: the visible ones count",
    )


def formulas_with_kept_values() -> VacancyFile:
    """Pay «до» computed from «от», places summed, and one formula whose lookup failed («#N/A»)."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата от", "Зарплата до", "Кол-во мест", "Срок подачи"],
        ["FM-1", *REBAR[:2], 1400, "=D2+400", "=10+10", datetime(YEAR, 8, 15)],
        ["FM-2", *CONCRETE[:2], 1500, "=D3+400", 15, datetime(YEAR, 8, 15)],
        ["FM-3", *PAINTER[:2], "=VLOOKUP(B4,Ставки!A:B,2,0)", None, 5, datetime(YEAR, 8, 15)],
    ]
    cached = {"E2": "1800", "F2": "20", "E3": "1900", "D4": "#N/A"}
    return VacancyFile(
        "с формулами.xlsx", xlsx_special(rows, cached=cached),
        [Want(*REBAR[:2], "FM-1", None, 1400, 1800, 20, d(8, 15)),
         Want(*CONCRETE[:2], "FM-2", None, 1500, 1900, 15, d(8, 15))],
        [Refusal(4, "Зарплата от")],
        about="formulas read by the value Excel kept; a «#N/A» in the pay is refused",
    )


def numbers_as_text() -> VacancyFile:
    """Every number typed as text, codes with leading zeros that must stay."""
    rows = [
        ["Номер вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["000127", *MECHANIC[:2], "2 200,00", " 3", f"15.05.{YEAR}"],
        ["000128", *NANNY[:2], "1900", "04", f"15.05.{YEAR}"],
    ]
    return VacancyFile(
        "числа как текст.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*MECHANIC[:2], "000127", None, 2200, 2200, 3, d(5, 15)),
         Want(*NANNY[:2], "000128", None, 1900, 1900, 4, d(5, 15))],
        about="numbers stored as text (« 3», «04», «2 200,00»), codes «000127» keep their zeros",
    )


def salary_s_do() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Заработная плата", "Кол-во мест", "Срок подачи"],
        ["SD-1", *REBAR[:2], "с 1 800 до 2 400", "20", f"31.10.{YEAR}"],
        ["SD-2", *TILER[:2], "с 1600", "8", f"31.10.{YEAR}"],
        ["SD-3", *BAKER[:2], "от 1 500,00 до 2 000,00 QAR", "6", f"31.10.{YEAR}"],
        ["SD-4", *NANNY[:2], "1800 (в месяц)", "4", f"31.10.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата с до.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*REBAR[:2], "SD-1", None, 1800, 2400, 20, d(10, 31)),
         Want(*TILER[:2], "SD-2", None, 1600, None, 8, d(10, 31)),
         Want(*BAKER[:2], "SD-3", None, 1500, 2000, 6, d(10, 31)),
         Want(*NANNY[:2], "SD-4", None, 1800, 1800, 4, d(10, 31))],
        about="«с 1 800 до 2 400», «с 1600», «от 1 500,00 до 2 000,00 QAR», «1800 (в месяц)»",
    )


def salary_qar_commas() -> VacancyFile:
    rows = [
        ["Ref. No.", "Job Title", "Employer", "Salary", "Positions", "Closing Date"],
        ["QC-1", "Auto Mechanic", MECHANIC[1], "QAR 1,800-2,400", "3", f"{YEAR}-11-30"],
        ["QC-2", "Pipe Welder", GASWELDER[1], "QAR 2,000.00 - 2,600.00", "12", f"{YEAR}-11-30"],
        ["QC-3", "Tile Setter", TILER[1], "QR1,500–QR1,900", "8", f"{YEAR}-11-30"],
        ["QC-4", "Baker", BAKER[1], "QAR 1,650/month", "6", f"{YEAR}-11-30"],
    ]
    return VacancyFile(
        "salaries_qar.csv", csv_bytes(rows),
        [Want("Auto Mechanic", MECHANIC[1], "QC-1", None, 1800, 2400, 3, d(11, 30)),
         Want("Pipe Welder", GASWELDER[1], "QC-2", None, 2000, 2600, 12, d(11, 30)),
         Want("Tile Setter", TILER[1], "QC-3", None, 1500, 1900, 8, d(11, 30)),
         Want("Baker", BAKER[1], "QC-4", None, 1650, 1650, 6, d(11, 30))],
        about="«QAR 1,800-2,400», decimals after thousands commas, «QR» on both ends, «/month»",
    )


def salary_european_thousands() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["ET-1", *GASWELDER[:2], "1.800", "12", f"30.09.{YEAR}"],
        ["ET-2", *MECHANIC[:2], "2.200 - 2.800", "3", f"30.09.{YEAR}"],
        ["ET-3", *PAINTER[:2], "1.500,00", "10", f"30.09.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата с точкой.csv", csv_bytes(rows, delimiter=";"),
        [Want(*GASWELDER[:2], "ET-1", None, 1800, 1800, 12, d(9, 30)),
         Want(*MECHANIC[:2], "ET-2", None, 2200, 2800, 3, d(9, 30)),
         Want(*PAINTER[:2], "ET-3", None, 1500, 1500, 10, d(9, 30))],
        about="a European thousands dot: «1.800», «2.200 - 2.800», «1.500,00»",
    )


def dates_two_digit_years() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DY-1", *REBAR[:2], "1400-1800", "20", f"01.03.{YY}"],
        ["DY-2", *TILER[:2], "1600-2000", "8", f"15/06/{YY}"],
        ["DY-3", *BAKER[:2], "1400-1700", "6", f"31.12.{YY} г."],
        ["DY-4", *NANNY[:2], "2000", "4", f"до 20.04.{YY}"],
    ]
    return VacancyFile(
        "сроки кратко.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*REBAR[:2], "DY-1", None, 1400, 1800, 20, d(3, 1)),
         Want(*TILER[:2], "DY-2", None, 1600, 2000, 8, d(6, 15)),
         Want(*BAKER[:2], "DY-3", None, 1400, 1700, 6, d(12, 31)),
         Want(*NANNY[:2], "DY-4", None, 2000, 2000, 4, d(4, 20))],
        about=f"two-digit years: «01.03.{YY}», «15/06/{YY}», «31.12.{YY} г.», «до 20.04.{YY}»",
    )


def dates_month_year_cells() -> VacancyFile:
    """Date cells formatted «mmm-yy» (Excel shows "Mar-27"): the cell still holds the whole date."""
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "No. of positions", "Closing Date"],
        ["MY-1", "Rebar Fixer", REBAR[1], 1500, 20, datetime(YEAR, 3, 15)],
        ["MY-2", "Concrete Worker", CONCRETE[1], 1450, 15, datetime(YEAR, 4, 30)],
    ]
    formats = {"F2": "mmm-yy", "F3": "mmm-yy"}
    return VacancyFile(
        "closing_month.xlsx", xlsx_special(rows, title="Sheet1", formats=formats),
        [Want("Rebar Fixer", REBAR[1], "MY-1", None, 1500, 1500, 20, d(3, 15)),
         Want("Concrete Worker", CONCRETE[1], "MY-2", None, 1450, 1450, 15, d(4, 30))],
        about="deadlines shown as «Mar-27»: the date the cell holds counts, not what it shows",
    )


def dates_english_abbreviated() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "No. of positions", "Closing Date"],
        ["EA-1", "Pipe Welder", GASWELDER[1], "2200", "12", f"15-Mar-{YY}"],
        ["EA-2", "Auto Mechanic", MECHANIC[1], "2400", "3", f"30-Jun-{YEAR}"],
        ["EA-3", "Painter", PAINTER[1], "1500", "10", f"Sept 15, {YEAR}"],
        ["EA-4", "Baker", BAKER[1], "1600", "6", f"31st Oct {YEAR}"],
    ]
    return VacancyFile(
        "closing_dates_text.csv", csv_bytes(rows),
        [Want("Pipe Welder", GASWELDER[1], "EA-1", None, 2200, 2200, 12, d(3, 15)),
         Want("Auto Mechanic", MECHANIC[1], "EA-2", None, 2400, 2400, 3, d(6, 30)),
         Want("Painter", PAINTER[1], "EA-3", None, 1500, 1500, 10, d(9, 15)),
         Want("Baker", BAKER[1], "EA-4", None, 1600, 1600, 6, d(10, 31))],
        about=f"«15-Mar-{YY}», «30-Jun-{YEAR}», «Sept 15, {YEAR}», «31st Oct {YEAR}»",
    )


def title_only_row_with_code() -> VacancyFile:
    """After a blank line, a row holding a code and a title only: a vacancy left unfinished.

    A group title stands alone in the first column with no code; this row has its code in the code
    column and its title in the title column, so it is a vacancy, and the officer must hear that it
    has no employer rather than have it vanish as a heading."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["Строительство"],
        ["TO-1", *REBAR[:2], "1400-1800", 20, datetime(YEAR, 5, 31)],
        ["TO-2", *CONCRETE[:2], "1450-1750", 15, datetime(YEAR, 5, 31)],
        [],
        ["TO-3", "Электрогазосварщик"],
        ["TO-4", *TILER[:2], "1600-2000", 8, datetime(YEAR, 5, 31)],
    ]
    return VacancyFile(
        "незаполненная строка.xlsx", xlsx_bytes({"Лист1": rows}, {"Лист1": ["A2:F2"]}),
        [Want(*REBAR[:2], "TO-1", None, 1400, 1800, 20, d(5, 31)),
         Want(*CONCRETE[:2], "TO-2", None, 1450, 1750, 15, d(5, 31)),
         Want(*TILER[:2], "TO-4", None, 1600, 2000, 8, d(5, 31))],
        [Refusal(6, "Работодатель")],
        about="a group title (no code) and, after a blank row, a code and a title alone: refused, no employer",
    )


def title_only_row_numbered() -> VacancyFile:
    """No code column: the running number in «№» shows a title-only row is a vacancy, not a heading."""
    rows = [
        ["№", "Наименование вакансии", "Работодатель", "Зарплата, QAR", "Кол-во мест", "Срок подачи"],
        [1, *BAKER[:2], "1400-1700", 6, datetime(YEAR, 6, 15)],
        [2, *NANNY[:2], "2000", 4, datetime(YEAR, 6, 15)],
        [],
        [3, "Повар-кондитер"],
        [4, *MECHANIC[:2], "2200-2800", 3, datetime(YEAR, 6, 15)],
    ]
    return VacancyFile(
        "с номерами.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*BAKER[:2], None, None, 1400, 1700, 6, d(6, 15)),
         Want(*NANNY[:2], None, None, 2000, 2000, 4, d(6, 15)),
         Want(*MECHANIC[:2], None, None, 2200, 2800, 3, d(6, 15))],
        [Refusal(5, "Работодатель")],
        about="a numbered row with only a title after a blank row: refused, no employer",
    )


def header_typos_ru() -> VacancyFile:
    rows = [
        ["Код ваканси", "Наим. вакансии", "Работадатель", "Зарплатаа (QAR)", "Кол-во мест", "Срок подачи докумнтов"],
        ["HT-1", *GASWELDER[:2], "2000-2600", "12", f"31.08.{YEAR}"],
        ["HT-2", *PAINTER[:2], "1500-1900", "10", f"31.08.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии опечатки.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*GASWELDER[:2], "HT-1", None, 2000, 2600, 12, d(8, 31)),
         Want(*PAINTER[:2], "HT-2", None, 1500, 1900, 10, d(8, 31))],
        about="headers with typos: «Код ваканси», «Работадатель», «Зарплатаа», «докумнтов»",
    )


def header_abbreviations_en() -> VacancyFile:
    rows = [
        ["Ref #", "Designation", "Co. Name", "Sal. (QAR)", "No. of pos.", "Last Dt."],
        ["AE-1", "Rebar Fixer", REBAR[1], "1,400 - 1,800", "20", f"{YEAR}-07-31"],
        ["AE-2", "Mason Helper", CONCRETE[1], "1,100", "25", f"{YEAR}-07-31"],
    ]
    return VacancyFile(
        "manpower_abbr.csv", csv_bytes(rows),
        [Want("Rebar Fixer", REBAR[1], "AE-1", None, 1400, 1800, 20, d(7, 31)),
         Want("Mason Helper", CONCRETE[1], "AE-2", None, 1100, 1100, 25, d(7, 31))],
        about="«Ref #», «Designation», «Co. Name», «Sal. (QAR)», «No. of pos.», «Last Dt.»",
    )


def header_abbreviations_ru() -> VacancyFile:
    rows = [
        ["Код вак.", "Профессия", "Раб-ль", "Оплата труда, QAR", "Кол-во мест", "Окончание приема"],
        ["AR-1", *BAKER[:2], "1400-1700", 6, datetime(YEAR, 10, 15)],
        ["AR-2", *TILER[:2], "1600-2000", 8, datetime(YEAR, 10, 15)],
    ]
    return VacancyFile(
        "сокращённые заголовки.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*BAKER[:2], "AR-1", None, 1400, 1700, 6, d(10, 15)),
         Want(*TILER[:2], "AR-2", None, 1600, 2000, 8, d(10, 15))],
        about="«Код вак.», «Профессия», «Раб-ль», «Оплата труда, QAR», «Окончание приема»",
    )


def kazakh_latin_2021() -> VacancyFile:
    rows = [
        ["Bos oryn kody", "Laýazym ataýy", "Jumys berýshi", "Jalaqy (QAR)", "Oryn sany",
         "Qujat qabyldaýdyń sońǵy kúni"],
        ["QL-1", "Pisirýshi", BAKER[1], "1400-1700", "6", f"31.05.{YEAR}"],
        ["QL-2", "Dánekerleýshi", GASWELDER[1], "2000-2600", "12", f"31.05.{YEAR}"],
    ]
    return VacancyFile(
        "bos_jumys_oryndary.xlsx", xlsx_bytes({"Paraq1": rows}),
        [Want("Pisirýshi", BAKER[1], "QL-1", None, 1400, 1700, 6, d(5, 31)),
         Want("Dánekerleýshi", GASWELDER[1], "QL-2", None, 2000, 2600, 12, d(5, 31))],
        about="Kazakh headers in the 2021 Latin alphabet, with its accents",
    )


def kazakh_latin_plain_units() -> VacancyFile:
    rows = [
        ["Kod", "Kasip", "Jumys berushi", "Jalaqy", "Oryn sany", "Songy merzimi"],
        ["QP-1", "Avtomehanik", MECHANIC[1], "2200-2800 rial", "3 oryn", f"30.04.{YEAR}"],
        ["QP-2", "Kutushi (nyanya)", NANNY[1], "2000 QAR", "4 adam", f"30.04.{YEAR}"],
    ]
    return VacancyFile(
        "oryndar_latin.csv", csv_bytes(rows, delimiter=";"),
        [Want("Avtomehanik", MECHANIC[1], "QP-1", None, 2200, 2800, 3, d(4, 30)),
         Want("Kutushi (nyanya)", NANNY[1], "QP-2", None, 2000, 2000, 4, d(4, 30))],
        about="Kazakh headers in keyboard Latin, «3 oryn», «4 adam», «rial»",
    )


def duplicate_codes() -> VacancyFile:
    """Two different vacancies under one code: the first stands, the second is refused, pointing at the code."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DC-1", *REBAR[:2], "1400-1800", "20", f"30.06.{YEAR}"],
        ["DC-2", *CONCRETE[:2], "1450-1750", "15", f"30.06.{YEAR}"],
        ["DC-2", *PAINTER[:2], "1500-1900", "10", f"30.06.{YEAR}"],
        ["DC-3", *TILER[:2], "1600-2000", "8", f"30.06.{YEAR}"],
    ]
    return VacancyFile(
        "повтор кода.csv", csv_bytes(rows, delimiter=";"),
        [Want(*REBAR[:2], "DC-1", None, 1400, 1800, 20, d(6, 30)),
         Want(*CONCRETE[:2], "DC-2", None, 1450, 1750, 15, d(6, 30)),
         Want(*TILER[:2], "DC-3", None, 1600, 2000, 8, d(6, 30))],
        [Refusal(4, "Код вакансии")],
        about="one code on two different vacancies",
    )


def duplicate_codes_across_sheets() -> VacancyFile:
    header = ["Job ID", "Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date"]
    sheets = {
        "Construction": [header, ["JX-10", "Painter", PAINTER[1], 1500, 10, datetime(YEAR, 9, 1)]],
        "Services": [header,
                     ["JX-11", "Nanny", NANNY[1], 2000, 4, datetime(YEAR, 9, 1)],
                     ["JX-10", "Baker", BAKER[1], 1600, 6, datetime(YEAR, 9, 1)]],
    }
    return VacancyFile(
        "jobs_by_sector.xlsx", xlsx_bytes(sheets),
        [Want("Painter", PAINTER[1], "JX-10", None, 1500, 1500, 10, d(9, 1)),
         Want("Nanny", NANNY[1], "JX-11", None, 2000, 2000, 4, d(9, 1))],
        [Refusal(3, "Job ID")],
        about="the code of the first sheet's vacancy used again on the second sheet",
    )


def tsv_kazakh() -> VacancyFile:
    rows = [
        ["Коды", "Лауазымы", "Жұмыс беруші", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі"],
        ["TK-1", "Нан пісіруші", BAKER[1], "1400-1700", "6", f"31.07.{YEAR}"],
        ["TK-2", "Бала күтуші", NANNY[1], "2000", "4", f"31.07.{YEAR}"],
    ]
    return VacancyFile(
        "бос_орындар.tsv", text_bytes(rows, newline="\n"),
        [Want("Нан пісіруші", BAKER[1], "TK-1", None, 1400, 1700, 6, d(7, 31)),
         Want("Бала күтуші", NANNY[1], "TK-2", None, 2000, 2000, 4, d(7, 31))],
        about="a .tsv with Kazakh headers and Unix line ends",
    )


def tab_delimited_txt_cp1251() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["TX-1", *MECHANIC, "2200-2800", "3", f"15.08.{YEAR}"],
        ["TX-2", *GASWELDER, "2000-2600", "12", f"15.08.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии.txt", text_bytes(rows, encoding="cp1251"),
        [Want(*MECHANIC[:2], "TX-1", MECHANIC[2], 2200, 2800, 3, d(8, 15)),
         Want(*GASWELDER[:2], "TX-2", GASWELDER[2], 2000, 2600, 12, d(8, 15))],
        about="Excel's «Text (Tab delimited)» .txt in Windows-1251",
    )


def google_sheets_csv() -> VacancyFile:
    """Google Sheets' «Download → CSV»: UTF-8 without a BOM, commas, quoted thousands, US dates."""
    rows = [
        ["Qatar vacancies – shared sheet", "", "", "", "", ""],
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "No. of positions", "Closing Date"],
        ["GS-1", "Tile Setter", TILER[1], "1,600 - 2,000", "8", f"3/31/{YEAR}"],
        ["GS-2", "Auto Mechanic", MECHANIC[1], "2,400", "3", f"4/15/{YEAR}"],
        ["", "", "", "", "", ""],
    ]
    return VacancyFile(
        "Qatar vacancies - Sheet1.csv", text_bytes(rows, delimiter=","),
        [Want("Tile Setter", TILER[1], "GS-1", None, 1600, 2000, 8, d(3, 31)),
         Want("Auto Mechanic", MECHANIC[1], "GS-2", None, 2400, 2400, 3, d(4, 15))],
        about="a Google Sheets CSV: a title line, «1,600 - 2,000» quoted, «3/31/…» month first",
    )


def utf16_unicode_text() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["UT-1", *NANNY[:2], "2000", "4", f"30.11.{YEAR}"],
        ["UT-2", "Бала күтуші", NANNY[1], "2000", "2", f"30.11.{YEAR}"],
    ]
    return VacancyFile(
        "Unicode text.txt", b"\xff\xfe" + text_bytes(rows, encoding="utf-16-le"),
        [Want(*NANNY[:2], "UT-1", None, 2000, 2000, 4, d(11, 30)),
         Want("Бала күтуші", NANNY[1], "UT-2", None, 2000, 2000, 2, d(11, 30))],
        about="Excel's «Unicode Text»: UTF-16 with its mark, tabs",
    )


def utf16_named_csv() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date"],
        ["UC-1", "Pastry Cook", BAKER[1], "1,700", "2", f"{YEAR}-12-15"],
    ]
    return VacancyFile(
        "jobs_unicode.csv", b"\xff\xfe" + text_bytes(rows, encoding="utf-16-le"),
        [Want("Pastry Cook", BAKER[1], "UC-1", None, 1700, 1700, 2, d(12, 15))],
        about="UTF-16 tab-separated text saved under a .csv name",
    )


def bad_rows_reasons_ru() -> VacancyFile:
    """Rows an officer must be told about, each for one reason, among good rows."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["BR-1", *REBAR[:2], "1400-1800", "20", f"31.12.{YEAR}"],
        ["BR-2", *CONCRETE[:2], "2400-1500", "15", f"31.12.{YEAR}"],
        ["BR-3", *TILER[:2], "500 USD", "8", f"31.12.{YEAR}"],
        ["BR-4", *BAKER[:2], "1400-1700", "0", f"31.12.{YEAR}"],
        ["BR-5", *NANNY[:2], "2000", "4", f"30.02.{YEAR}"],
        ["BR-6", *MECHANIC[:2], "2200-2800", "много", f"31.12.{YEAR}"],
        ["BR-7", *PAINTER[:2], "1500-1900", "10", f"31.12.{YEAR}"],
    ]
    return VacancyFile(
        "ошибки в строках.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*REBAR[:2], "BR-1", None, 1400, 1800, 20, d(12, 31)),
         Want(*PAINTER[:2], "BR-7", None, 1500, 1900, 10, d(12, 31))],
        [Refusal(3, "Зарплата (QAR)"), Refusal(4, "Зарплата (QAR)"), Refusal(5, "Кол-во мест"),
         Refusal(6, "Срок подачи"), Refusal(7, "Кол-во мест")],
        about="pay «from» above «to», pay in dollars, no places, the 30th of February, «много» places",
    )


def bad_rows_reasons_en() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "No. of positions", "Closing Date"],
        ["BE-1", "Pipe Welder", GASWELDER[1], "2,000-2,600", 12, datetime(YEAR, 10, 31)],
        ["BE-2", "-", MECHANIC[1], "2,200", 3, datetime(YEAR, 10, 31)],
        ["BE-3", "Baker", BAKER[1], "TBD", 6, datetime(YEAR, 10, 31)],
        ["BE-4", "Nanny", NANNY[1], "2,000", 4, datetime(PAST, 10, 31)],
        ["BE-5", "Painter", "N/A", "1,500", 10, datetime(YEAR, 10, 31)],
        ["BE-6", "Tile Setter", TILER[1], "1,600-2,000", 8, "ASAP"],
    ]
    return VacancyFile(
        "errors_en.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Pipe Welder", GASWELDER[1], "BE-1", None, 2000, 2600, 12, d(10, 31))],
        [Refusal(3, "Job Title"), Refusal(4, "Salary (QAR)"), Refusal(5, "Closing Date"), Refusal(6, "Employer"),
         Refusal(7, "Closing Date")],
        about="a dash for a title, «TBD» pay, a closing date past, «N/A» for the employer, «ASAP» for a date",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the third set, built afresh."""
    builders = [
        excel_97_xls, approval_and_signature_blocks, employer_in_title_block, vacancies_then_instructions,
        empty_template_then_filled, hidden_helper_columns, formulas_with_kept_values, numbers_as_text,
        salary_s_do, salary_qar_commas, salary_european_thousands, dates_two_digit_years,
        dates_month_year_cells, dates_english_abbreviated, title_only_row_with_code, title_only_row_numbered,
        header_typos_ru, header_abbreviations_en, header_abbreviations_ru, kazakh_latin_2021,
        kazakh_latin_plain_units, duplicate_codes, duplicate_codes_across_sheets, tsv_kazakh,
        tab_delimited_txt_cp1251, google_sheets_csv, utf16_unicode_text, utf16_named_csv,
        bad_rows_reasons_ru, bad_rows_reasons_en,
    ]
    return [build() for build in builders]
