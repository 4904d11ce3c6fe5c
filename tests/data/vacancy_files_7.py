"""A seventh set of vacancy files as officers send them, written apart from the first six.

This set holds what the earlier ones touch little: an accounting system's (1C) report, with a merged title, a
«Период» and «Отбор» line, each employer on a group row of its own carrying the sum of its places and its
vacancies indented under it, an «Итого» row; 1C's CSV with field names run together («ЗарплатаОт»,
«ДатаОкончанияПриема») and dates with a time of day («31.03.… 0:00:00»); 1C's nested JSON (the employer and
the pay as objects of their own); rows grouped under an employer's line inside the table («Работодатель: …»
in the first column, or the company's name alone merged across the row) with no employer column; pay as a
range beside the allowances in columns of their own ("Basic", "HRA", "Transport All.", "Food All.", and a
"Gross" that is not the pay), or written in the pay's cell («1 500 – 1 800 QAR + 300 питание», «от 1 900 +
проживание», «1 300…1 500», «1 400 ~ 1 700 риал»); a title in three languages, a column each (one header
row, or «Наименование должности» merged over three); one title merged down over two employers' rows;
sub-totals, «Всего:» and breakdown rows («в т.ч. для женщин»); a hidden column holding the old pay or
deadline under the same header as the visible one; formula cells (a title looked up on another sheet, the
pay and the deadline computed, a «#VALUE!»); deadlines typed as text in formats the earlier sets lack
(«….04.20», «20-04-…», "April 30 …", «…/05/15») or in words («включительно», «не позднее», «дейін») or with
no end at all («бессрочно», "Open until filled"); a vacancy's status in the office's words («Приостановлена»,
«Отменена работодателем», "On hold", «Набор продлён»); a file wholly in Kazakh (headers, pay «айына 1 400
риал», «кемінде 1 200 риал», «1 800 риалға дейін», places «30 орын», «3 қызметкер», housing «тегін беріледі»,
food «өз есебінен»); and vacancies updated by a second file (the same codes with new pay, deadline or
places; the same vacancies without codes; a list of changes only: a code closed, a code's deadline extended).

A vacancy written in three languages may be stored under any of them (`AnyTitle`), once. A file that updates
vacancies (`Update`) is sent after the file that brought them (`before`); what is stored after both is
judged. Otherwise the format is the earlier sets'. The set was written before the reading code was opened;
dates are built from today's, so it never ages.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d, json_bytes
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import workbook
from tests.data.vacancy_files_6 import Closed, serial

NBSP = "\u00a0"


@dataclass(frozen=True)
class AnyTitle(Want):
    """A vacancy whose file gives its title in several languages: stored under any one of them, once."""

    also: tuple[str, ...] = ()


@dataclass
class Update(VacancyFile):
    """A file sent after `before` (which brought the vacancies it changes): judged on what both leave stored."""

    before: bytes = b""
    before_name: str = "before.csv"


def excel_date(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def styled(rows: list[list[object]], *, merges: tuple[str, ...] = (), bold: tuple[int, ...] = (),
           indent: tuple[int, ...] = (), title: str = "TDSheet") -> bytes:
    """A sheet as 1C saves its report: merged title cells, bold group rows, indented rows under them."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = "DD.MM.YYYY"
            if cell.row in bold:
                cell.font = Font(bold=True)
            if cell.row in indent and isinstance(cell.value, str):
                cell.alignment = Alignment(indent=2)
    for span in merges:
        sheet.merge_cells(span)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_formulas(sheets: dict[str, list[list[object]]], cached: dict[str, object],
                  formats: dict[str, str]) -> bytes:
    """A workbook whose first sheet holds formulas with the value Excel kept beside each (a number, a text,
    or an error such as «#VALUE!»), as every workbook saved by Excel does."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    first = book.worksheets[0]
    for ref, number_format in formats.items():
        first[ref].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode("utf-8")
                for ref, value in cached.items():
                    text = str(value)
                    kind = ' t="e"' if text.startswith("#") else (' t="str"' if isinstance(value, str) else "")
                    xml, count = re.subn(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>',
                                         rf'<c r="{ref}"\1{kind}><f>\2</f><v>{text}</v>', xml)
                    assert count == 1, ref
                content = xml.encode("utf-8")
            target.writestr(item, content)
    return out.getvalue()


# ---- an accounting system's (1C) exports ---------------------------------------------------------------------

def onec_report_grouped_by_employer() -> VacancyFile:
    """1C's report: column A left narrow and empty, employers as bold group rows with their places summed."""
    rows = [
        [None, "Вакансии работодателей Государства Катар (по контрагентам)"],
        [None, f"Период: 01.11.{PAST + 1} - 30.11.{PAST + 1}"],
        [None, 'Отбор: Страна Равно "Катар"'],
        [],
        [None, "Контрагент / Должность", "Город", "Оклад, QAR", "Количество ставок", "Дата окончания приема"],
        [None, "Al Rayyan Foods W.L.L.", None, None, 12, None],
        [None, "Пекарь", "Доха", 1600, 4, datetime(YEAR, 3, 31)],
        [None, "Кондитер", "Доха", 1800, 8, datetime(YEAR, 3, 31)],
        [None, "Doha Marine Services", None, None, 6, None],
        [None, "Моторист", "Месаид", 2200, 2, datetime(YEAR, 4, 15)],
        [None, "Матрос", "Месаид", 1700, 4, datetime(YEAR, 4, 15)],
        [None, "Итого", None, None, 18, None],
    ]
    return VacancyFile(
        "Вакансии по контрагентам.xlsx", styled(rows, merges=("B1:F1",), bold=(5, 6, 9, 12), indent=(7, 8, 10, 11)),
        [Want("Пекарь", "Al Rayyan Foods W.L.L.", None, "Доха", 1600, 1600, 4, d(3, 31)),
         Want("Кондитер", "Al Rayyan Foods W.L.L.", None, "Доха", 1800, 1800, 8, d(3, 31)),
         Want("Моторист", "Doha Marine Services", None, "Месаид", 2200, 2200, 2, d(4, 15)),
         Want("Матрос", "Doha Marine Services", None, "Месаид", 1700, 1700, 4, d(4, 15))],
        about="1C's report: merged title, «Период», «Отбор», each employer a bold row with its places summed and "
              "its vacancies indented under it, «Итого»; no employer column",
    )


def onec_csv_field_names() -> VacancyFile:
    rows = [
        ["Наименование", "Контрагент", "Город", "ЗарплатаОт", "ЗарплатаДо", "КоличествоМест",
         "ДатаОкончанияПриема"],
        ["Машинист экскаватора", "Al Khor Aggregates Transport", "Эль-Хор", f"2{NBSP}400,00", f"2{NBSP}800,00", "3",
         f"31.03.{YEAR} 0:00:00"],
        ["Слесарь-ремонтник", "Industrial Area Motors Co.", "Доха", f"1{NBSP}800,00", f"2{NBSP}100,00", "5",
         f"15.04.{YEAR} 0:00:00"],
        ["Кладовщик", "Hamad Port Logistics", "Месаид", f"1{NBSP}600,00", "", "2", f"30.04.{YEAR} 0:00:00"],
    ]
    return VacancyFile(
        "Выгрузка_1С.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want("Машинист экскаватора", "Al Khor Aggregates Transport", None, "Эль-Хор", 2400, 2800, 3, d(3, 31)),
         Want("Слесарь-ремонтник", "Industrial Area Motors Co.", None, "Доха", 1800, 2100, 5, d(4, 15)),
         Want("Кладовщик", "Hamad Port Logistics", None, "Месаид", 1600, None, 2, d(4, 30))],
        about="1C's CSV in Windows-1251: field names run together («ЗарплатаОт», «КоличествоМест», "
              "«ДатаОкончанияПриема»), «2 400,00» with a no-break space, dates «31.03.… 0:00:00»",
    )


def onec_json_nested() -> VacancyFile:
    vacancies = [
        {"Код": "JN-1", "Наименование": "Оператор котельной",
         "Работодатель": {"Наименование": "Qatar District Cooling Co.", "РегНомер": "CR 45127"},
         "Город": "Лусаил", "Зарплата": {"От": 2000, "До": 2400, "Валюта": "QAR"}, "КоличествоМест": 2,
         "ДатаОкончанияПриема": f"{YEAR}-03-31T00:00:00"},
        {"Код": "JN-2", "Наименование": "Лифтёр-механик",
         "Работодатель": {"Наименование": "Lusail Elevators W.L.L.", "РегНомер": "CR 51833"},
         "Город": "Лусаил", "Зарплата": {"От": 2300, "До": 2300, "Валюта": "QAR"}, "КоличествоМест": 3,
         "ДатаОкончанияПриема": f"{YEAR}-04-30T00:00:00"},
    ]
    return VacancyFile(
        "vacancies_1c.json", json_bytes({"Выгрузка": {"Дата": f"{PAST + 1}-11-20T10:15:00"}, "Вакансии": vacancies}),
        [Want("Оператор котельной", "Qatar District Cooling Co.", "JN-1", "Лусаил", 2000, 2400, 2, d(3, 31)),
         Want("Лифтёр-механик", "Lusail Elevators W.L.L.", "JN-2", "Лусаил", 2300, 2300, 3, d(4, 30))],
        about="1C's JSON: the employer and the pay each an object of their own («Работодатель»: {«Наименование»}, "
              "«Зарплата»: {«От», «До», «Валюта»})",
    )


# ---- rows grouped under their employer -------------------------------------------------------------------------

def employer_lines_inside_table_csv() -> VacancyFile:
    rows = [
        ["Перечень вакансий (сводный)"],
        [],
        ["№", "Должность", "Город", "Зарплата, QAR", "Кол-во мест", "Срок подачи"],
        ["Работодатель: Lusail Facility Management", "", "", "", "", ""],
        ["1", "Уборщик", "Лусаил", "1100-1300", "3 муж. + 2 жен.", f"28.02.{YEAR}"],
        ["2", "Техник по обслуживанию зданий", "Лусаил", "1800", "4", f"28.02.{YEAR}"],
        ["Работодатель: Pearl Hospitality Group", "", "", "", "", ""],
        ["3", "Официант", "Доха", "1400", "6", f"15.03.{YEAR}"],
        ["4", "Бариста", "Доха", "1500", "2", f"15.03.{YEAR}"],
    ]
    return VacancyFile(
        "сводный перечень.csv", csv_bytes(rows, delimiter=";"),
        [Want("Уборщик", "Lusail Facility Management", None, "Лусаил", 1100, 1300, 5, d(2, 28)),
         Want("Техник по обслуживанию зданий", "Lusail Facility Management", None, "Лусаил", 1800, 1800, 4,
              d(2, 28)),
         Want("Официант", "Pearl Hospitality Group", None, "Доха", 1400, 1400, 6, d(3, 15)),
         Want("Бариста", "Pearl Hospitality Group", None, "Доха", 1500, 1500, 2, d(3, 15))],
        about="«Работодатель: …» lines inside the table head each employer's rows (no employer column); places "
              "«3 муж. + 2 жен.» are five",
    )


def employer_names_merged_across_en() -> VacancyFile:
    rows = [
        ["LIST OF DEMAND - STATE OF QATAR"],
        ["S/N", "Position", "Location", "Basic Salary (QAR)", "Qty", "Closing Date"],
        ["QATAR DESIGN CONSORTIUM W.L.L."],
        [1, "Draftsman (AutoCAD)", "Doha", 2500, 2, datetime(YEAR, 5, 31)],
        [2, "Site Supervisor (Civil)", "Lusail", 3500, 1, datetime(YEAR, 5, 31)],
        ["AL MANA TRADING & CONTRACTING"],
        [1, "Scaffolder", "Mesaieed", 1300, 10, datetime(YEAR, 6, 15)],
        [2, "Rigger", "Mesaieed", 1400, 6, datetime(YEAR, 6, 15)],
        ["TOTAL", None, None, None, 19, None],
    ]
    merges = {"Demand": ["A1:F1", "A3:F3", "A6:F6", "A9:D9"]}
    return VacancyFile(
        "demand_by_company.xlsx", workbook({"Demand": rows}, merges=merges),
        [Want("Draftsman (AutoCAD)", "QATAR DESIGN CONSORTIUM W.L.L.", None, "Doha", 2500, 2500, 2, d(5, 31)),
         Want("Site Supervisor (Civil)", "QATAR DESIGN CONSORTIUM W.L.L.", None, "Lusail", 3500, 3500, 1, d(5, 31)),
         Want("Scaffolder", "AL MANA TRADING & CONTRACTING", None, "Mesaieed", 1300, 1300, 10, d(6, 15)),
         Want("Rigger", "AL MANA TRADING & CONTRACTING", None, "Mesaieed", 1400, 1400, 6, d(6, 15))],
        about="each company's name alone, merged across the row, over its vacancies; «S/N» starting again at 1 "
              "under each; «TOTAL»",
    )


# ---- pay and allowances ----------------------------------------------------------------------------------------

def allowances_in_columns_en() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Basic (QAR)", "HRA", "Transport All.", "Food All.", "Gross (QAR)", "Nos.",
         "Closing Date"],
        ["Steel Erector", "Mesaieed Structural Co.", "1,400 - 1,600", 300, 150, 250, "2,100 - 2,300", 10,
         datetime(YEAR, 7, 31)],
        ["Tower Crane Operator", "Mesaieed Structural Co.", 3000, "Provided", "Provided", 300, 3300, 2,
         datetime(YEAR, 7, 31)],
        ["Camp Boss", "Gulf Camps Services", 2500, "Provided", 200, "Provided", 2700, 1, datetime(YEAR, 8, 15)],
    ]
    return VacancyFile(
        "demand_allowances.xlsx", workbook({"Sheet1": rows}),
        [Terms("Steel Erector", "Mesaieed Structural Co.", None, None, 1400, 1600, 10, d(7, 31),
               terms={"housing_allowance": 300, "transport_allowance": 150, "food_allowance": 250}),
         Terms("Tower Crane Operator", "Mesaieed Structural Co.", None, None, 3000, 3000, 2, d(7, 31),
               terms={"accommodation_provided": True, "transport_provided": True, "food_allowance": 300}),
         Terms("Camp Boss", "Gulf Camps Services", None, None, 2500, 2500, 1, d(8, 15),
               terms={"accommodation_provided": True, "transport_allowance": 200, "food_provided": True})],
        about="«Basic (QAR)» as a range, «HRA», «Transport All.», «Food All.» as sums or «Provided», and a «Gross» "
              "that is not the basic pay",
    )


def pay_with_allowance_in_cell_ru() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Заработная плата", "Мест", "Срок подачи"],
        ["PA-1", "Сварщик-аргонщик", "Ras Laffan Piping Services", "1 500 – 1 800 QAR + 300 питание", "6",
         f"31.05.{YEAR}"],
        ["PA-2", "Водитель автобуса", "Mowasalat Transport Services", "от 1 900 + проживание", "8", f"31.05.{YEAR}"],
        ["PA-3", "Помощник повара", "Katara Hospitality", "1 300…1 500", "4", f"31.05.{YEAR}"],
        ["PA-4", "Бетонщик", "Qatar Building Engineering", "1 400 ~ 1 700 риал", "12", f"31.05.{YEAR}"],
        ["PA-5", "Сантехник", "Aspire Facilities Management", "1600 (оклад) + 200 (транспорт)", "3",
         f"31.05.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата с надбавками.csv", csv_bytes(rows, delimiter=";"),
        [Terms("Сварщик-аргонщик", "Ras Laffan Piping Services", "PA-1", None, 1500, 1800, 6, d(5, 31),
               terms={"food_allowance": 300}),
         Terms("Водитель автобуса", "Mowasalat Transport Services", "PA-2", None, 1900, None, 8, d(5, 31),
               terms={"accommodation_provided": True}),
         Want("Помощник повара", "Katara Hospitality", "PA-3", None, 1300, 1500, 4, d(5, 31)),
         Want("Бетонщик", "Qatar Building Engineering", "PA-4", None, 1400, 1700, 12, d(5, 31)),
         Terms("Сантехник", "Aspire Facilities Management", "PA-5", None, 1600, 1600, 3, d(5, 31),
               terms={"transport_allowance": 200})],
        about="a range with a food allowance after it, «от 1 900 + проживание», «1 300…1 500», «1 400 ~ 1 700 "
              "риал», «1600 (оклад) + 200 (транспорт)»",
    )


# ---- a title in three languages -------------------------------------------------------------------------------

def title_column_per_language() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность (рус.)", "Лауазымы (қаз.)", "Job title (eng.)", "Работодатель", "Зарплата, QAR",
         "Кол-во мест", "Срок подачи"],
        ["TL-01", "Электромонтёр", "Электр монтері", "Electrician", "Lusail Power Systems W.L.L.", "2000-2400", 5,
         datetime(YEAR, 6, 30)],
        ["TL-02", "Повар", "Аспаз", "Cook", "Katara Hospitality", "1600", 4, datetime(YEAR, 6, 30)],
        ["TL-03", None, "Жүк көлігінің жүргізушісі", "Heavy Truck Driver", "Al Khor Aggregates Transport", "2200", 6,
         datetime(YEAR, 6, 30)],
        ["TL-04", "Горничная", "Бөлме қызметшісі", "Room Attendant", "West Bay Residences Hotel", "1300", 10,
         datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "вакансии на трёх языках.xlsx", workbook({"Лист1": rows}),
        [AnyTitle("Электромонтёр", "Lusail Power Systems W.L.L.", "TL-01", None, 2000, 2400, 5, d(6, 30),
                  also=("Электр монтері", "Electrician")),
         AnyTitle("Повар", "Katara Hospitality", "TL-02", None, 1600, 1600, 4, d(6, 30), also=("Аспаз", "Cook")),
         AnyTitle("Жүк көлігінің жүргізушісі", "Al Khor Aggregates Transport", "TL-03", None, 2200, 2200, 6,
                  d(6, 30), also=("Heavy Truck Driver",)),
         AnyTitle("Горничная", "West Bay Residences Hotel", "TL-04", None, 1300, 1300, 10, d(6, 30),
                  also=("Бөлме қызметшісі", "Room Attendant"))],
        about="«Должность (рус.)», «Лауазымы (қаз.)», «Job title (eng.)» side by side; one row lacks the Russian",
    )


def title_languages_under_merged_header() -> VacancyFile:
    rows = [
        ["Наименование должности", None, None, "Работодатель", "Зарплата, QAR", "Кол-во мест", "Срок подачи"],
        ["на казахском", "на русском", "на английском", None, None, None, None],
        ["Дәнекерлеуші", "Сварщик", "Welder", "Doha Metal Industries W.L.L.", "1800-2200", 8, datetime(YEAR, 9, 1)],
        ["Бояушы", "Маляр", "Painter", "Lusail Interiors W.L.L.", "1400", 6, datetime(YEAR, 9, 1)],
        ["Бағбан", "Садовник", "Gardener", "Aspire Park Landscaping", "1200", 4, datetime(YEAR, 9, 15)],
    ]
    merges = {"Лист1": ["A1:C1", "D1:D2", "E1:E2", "F1:F2", "G1:G2"]}
    return VacancyFile(
        "должности_три_языка.xlsx", workbook({"Лист1": rows}, merges=merges),
        [AnyTitle("Сварщик", "Doha Metal Industries W.L.L.", None, None, 1800, 2200, 8, d(9, 1),
                  also=("Дәнекерлеуші", "Welder")),
         AnyTitle("Маляр", "Lusail Interiors W.L.L.", None, None, 1400, 1400, 6, d(9, 1), also=("Бояушы", "Painter")),
         AnyTitle("Садовник", "Aspire Park Landscaping", None, None, 1200, 1200, 4, d(9, 15),
                  also=("Бағбан", "Gardener"))],
        about="«Наименование должности» merged over «на казахском / на русском / на английском»",
    )


# ---- merged cells, totals, hidden columns, formulas ------------------------------------------------------------

def title_merged_over_two_employers() -> VacancyFile:
    rows = [
        ["Потребность работодателей Катара в рабочих кадрах"],
        [f"по состоянию на {date.today():%d.%m.%Y}"],
        ["Код", "Профессия", "Работодатель", "Город", "Зарплата, QAR", "Кол-во", "Срок подачи"],
        ["MT-1", "Разнорабочий", "Al Wakra Building Co.", "Аль-Вакра", "1100", 20, datetime(YEAR, 10, 1)],
        ["MT-2", None, "Qatar Building Engineering", "Доха", "1200", 15, datetime(YEAR, 10, 1)],
        ["MT-3", "Электрик", "Gulf Power Contracting", "Месаид", "2000-2400", 5, datetime(YEAR, 10, 15)],
        ["MT-4", None, "Lusail Power Systems W.L.L.", "Лусаил", "2100", 3, datetime(YEAR, 10, 15)],
    ]
    merges = {"Лист1": ["A1:G1", "A2:G2", "B4:B5", "B6:B7"]}
    return VacancyFile(
        "потребность.xlsx", workbook({"Лист1": rows}, merges=merges),
        [Want("Разнорабочий", "Al Wakra Building Co.", "MT-1", "Аль-Вакра", 1100, 1100, 20, d(10, 1)),
         Want("Разнорабочий", "Qatar Building Engineering", "MT-2", "Доха", 1200, 1200, 15, d(10, 1)),
         Want("Электрик", "Gulf Power Contracting", "MT-3", "Месаид", 2000, 2400, 5, d(10, 15)),
         Want("Электрик", "Lusail Power Systems W.L.L.", "MT-4", "Лусаил", 2100, 2100, 3, d(10, 15))],
        about="merged title rows, and each profession merged down over two employers' rows",
    )


def subtotals_and_breakdowns() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["Строительство"],
        ["TB-1", "Арматурщик", "Qatar Building Engineering", "1500", 20, datetime(YEAR, 11, 1)],
        ["TB-2", "Опалубщик", "Qatar Building Engineering", "1500", 15, datetime(YEAR, 11, 1)],
        [None, "Sub-total", None, None, 35, None],
        ["Гостиничный бизнес"],
        ["TB-3", "Горничная", "West Bay Residences Hotel", "1300", 12, datetime(YEAR, 11, 1)],
        [None, "Sub-total", None, None, 12, None],
        [None, "Всего:", None, None, 47, None],
        [None, "в т.ч. для женщин", None, None, 12, None],
        [None, "из них с опытом работы за рубежом", None, None, 10, None],
    ]
    return VacancyFile(
        "вакансии_итоги.xlsx", workbook({"Лист1": rows}),
        [Want("Арматурщик", "Qatar Building Engineering", "TB-1", None, 1500, 1500, 20, d(11, 1)),
         Want("Опалубщик", "Qatar Building Engineering", "TB-2", None, 1500, 1500, 15, d(11, 1)),
         Want("Горничная", "West Bay Residences Hotel", "TB-3", None, 1300, 1300, 12, d(11, 1))],
        about="group titles, «Sub-total» after each group, «Всего:», «в т.ч. для женщин», «из них с опытом…»: "
              "none is a vacancy nor an error",
    )


def hidden_old_columns_same_header() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата, QAR", "Зарплата, QAR", "Кол-во мест", "Срок подачи",
         "Срок подачи"],
        ["HD-1", "Сантехник", "Aspire Facilities Management", 1400, 1600, 3, datetime(YEAR, 2, 15),
         datetime(PAST, 12, 1)],
        ["HD-2", "Официант", "Katara Hospitality", 1200, 1350, 8, datetime(YEAR, 2, 15), datetime(PAST, 12, 1)],
        ["HD-3", "Охранник", "Pearl Security Services", 1500, 1700, 10, datetime(YEAR, 3, 1), datetime(PAST, 11, 15)],
    ]
    return VacancyFile(
        "вакансии_скрытые.xlsx", workbook({"Лист1": rows}, hidden={"Лист1": ("D", "H")}),
        [Want("Сантехник", "Aspire Facilities Management", "HD-1", None, 1600, 1600, 3, d(2, 15)),
         Want("Официант", "Katara Hospitality", "HD-2", None, 1350, 1350, 8, d(2, 15)),
         Want("Охранник", "Pearl Security Services", "HD-3", None, 1700, 1700, 10, d(3, 1))],
        about="a hidden «Зарплата, QAR» (last year's pay) before the visible one, a hidden «Срок подачи» (past) "
              "after the visible one, under the same headers",
    )


def formula_cells() -> VacancyFile:
    later = date.today() + timedelta(days=60)
    table = [
        ["Код", "Должность", "Работодатель", "Зарплата от", "Зарплата до", "Кол-во мест", "Срок подачи"],
        ["FX-1", "=VLOOKUP(A2,Справочник!A:B,2,0)", "Mesaieed Structural Co.", 1500, "=D2*1.2", 8,
         f"=DATE({YEAR},3,31)"],
        ["FX-2", "Изолировщик", "Ras Laffan Piping Services", 1600, "=D3+300", "=4+2", "=TODAY()+60"],
        ["FX-3", "Стропальщик", "Doha Marine Services", 1400, "=D4+200", 5, '=DATEVALUE("31.13.2026")'],
    ]
    lookup = [["Код", "Наименование"], ["FX-1", "Монтажник металлоконструкций"], ["FX-9", "Такелажник"]]
    cached = {"B2": "Монтажник металлоконструкций", "E2": 1800, "G2": serial(d(3, 31)), "E3": 1900, "F3": 6,
              "G3": serial(later), "E4": 1600, "G4": "#VALUE!"}
    formats = {"G2": "DD.MM.YYYY", "G3": "DD.MM.YYYY", "G4": "DD.MM.YYYY"}
    return VacancyFile(
        "вакансии_формулы.xlsx", with_formulas({"Вакансии": table, "Справочник": lookup}, cached, formats),
        [Want("Монтажник металлоконструкций", "Mesaieed Structural Co.", "FX-1", None, 1500, 1800, 8, d(3, 31)),
         Want("Изолировщик", "Ras Laffan Piping Services", "FX-2", None, 1600, 1900, 6, later)],
        [Refusal(4, "Срок подачи")],
        about="a title looked up on a «Справочник» sheet, pay, places and deadlines computed (=DATE, =TODAY()+60), "
              "a deadline that came out «#VALUE!»: refused; the lookup sheet is no vacancy list",
    )


# ---- deadlines ---------------------------------------------------------------------------------------------------

def deadlines_text_other_formats() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата", "Мест", "Срок подачи"],
        ["DT-1", "Арматурщик", "Qatar Building Engineering", "1500", "20", f"{YEAR}.04.20"],
        ["DT-2", "Плотник", "Al Wakra Building Co.", "1500", "10", f"20-04-{YEAR}"],
        ["DT-3", "Kitchen Steward", "Katara Hospitality", "1200", "6", f"April 30 {YEAR}"],
        ["DT-4", "Пекарь", "Al Sadd Bakeries", "1600", "3", f"{YEAR}/05/15"],
        ["DT-5", "Садовник", "Aspire Park Landscaping", "1200", "8", f"5.6.{YEAR}"],
    ]
    return VacancyFile(
        "сроки_текстом.xlsx", workbook({"Лист1": rows}),
        [Want("Арматурщик", "Qatar Building Engineering", "DT-1", None, 1500, 1500, 20, d(4, 20)),
         Want("Плотник", "Al Wakra Building Co.", "DT-2", None, 1500, 1500, 10, d(4, 20)),
         Want("Kitchen Steward", "Katara Hospitality", "DT-3", None, 1200, 1200, 6, d(4, 30)),
         Want("Пекарь", "Al Sadd Bakeries", "DT-4", None, 1600, 1600, 3, d(5, 15)),
         Want("Садовник", "Aspire Park Landscaping", "DT-5", None, 1200, 1200, 8, d(6, 5))],
        about="deadlines typed as text: «….04.20» year first with dots, «20-04-…», «April 30 …» without a comma, "
              "«…/05/15», «5.6.…»",
    )


def deadlines_in_words_and_open_ended() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок приёма документов"],
        ["OE-1", "Электрик", "Gulf Power Contracting", "2000", "5", f"до 31.03.{YEAR} включительно"],
        ["OE-2", "Каменщик", "Al Wakra Building Co.", "1400", "12", f"не позднее 20.04.{YEAR}"],
        ["OE-3", "Күзетші", "Pearl Security Services", "1600", "10", f"31.03.{YEAR} ж. дейін"],
        ["OE-4", "Няня", "Al Rayyan Family Services", "1900", "2", "бессрочно"],
        ["OE-5", "Уборщица", "Lusail Facility Management", "1100", "8", "до заполнения вакансии"],
        ["OE-6", "Pipe Fitter", "Ras Laffan Piping Services", "2200", "6", "Open until filled"],
    ]
    return VacancyFile(
        "сроки_словами.csv", csv_bytes(rows, delimiter=";"),
        [Want("Электрик", "Gulf Power Contracting", "OE-1", None, 2000, 2000, 5, d(3, 31)),
         Want("Каменщик", "Al Wakra Building Co.", "OE-2", None, 1400, 1400, 12, d(4, 20)),
         Want("Күзетші", "Pearl Security Services", "OE-3", None, 1600, 1600, 10, d(3, 31)),
         Want("Няня", "Al Rayyan Family Services", "OE-4", None, 1900, 1900, 2),
         Want("Уборщица", "Lusail Facility Management", "OE-5", None, 1100, 1100, 8),
         Want("Pipe Fitter", "Ras Laffan Piping Services", "OE-6", None, 2200, 2200, 6)],
        about="«до … включительно», «не позднее …», «… ж. дейін»; «бессрочно», «до заполнения вакансии», «Open "
              "until filled»: no deadline, not an error",
    )


# ---- status in the office's words ------------------------------------------------------------------------------

def status_in_office_words() -> VacancyFile:
    rows = [
        ["Vacancy No.", "Position", "Employer", "Salary (QAR)", "Positions", "Deadline", "Статус вакансии"],
        ["SW-1", "Welder", "Doha Metal Industries W.L.L.", "1800", "8", f"{YEAR}-07-01", "Открыта"],
        ["SW-2", "Mason", "Al Wakra Building Co.", "1400", "12", f"{YEAR}-07-01", "Приостановлена"],
        ["SW-3", "Plumber", "Aspire Facilities Management", "1600", "3", f"{YEAR}-07-01", "Отменена работодателем"],
        ["SW-4", "Waiter", "Katara Hospitality", "1300", "6", f"{YEAR}-07-01", "Cancelled"],
        ["SW-5", "Driver", "Mowasalat Transport Services", "2000", "10", f"{YEAR}-07-01", "On hold"],
        ["SW-6", "Electrician", "Gulf Power Contracting", "2100", "5", f"{YEAR}-07-01", "Набор продлён"],
    ]
    return VacancyFile(
        "vacancy_status.csv", csv_bytes(rows),
        [Want("Welder", "Doha Metal Industries W.L.L.", "SW-1", None, 1800, 1800, 8, d(7, 1)),
         Closed("Mason", "Al Wakra Building Co.", "SW-2"),
         Closed("Plumber", "Aspire Facilities Management", "SW-3"),
         Closed("Waiter", "Katara Hospitality", "SW-4"),
         Closed("Driver", "Mowasalat Transport Services", "SW-5"),
         Want("Electrician", "Gulf Power Contracting", "SW-6", None, 2100, 2100, 5, d(7, 1))],
        about="«Статус вакансии»: «Приостановлена», «Отменена работодателем», "
              "«Cancelled», «On hold» are not open to workers; «Открыта» and «Набор продлён» are",
    )


# ---- a file wholly in Kazakh -------------------------------------------------------------------------------------

def kazakh_only() -> VacancyFile:
    rows = [
        ["Қатар Мемлекетіндегі бос жұмыс орындарының тізімі"],
        [],
        ["Бос орынның коды", "Лауазымның атауы", "Жұмыс берушінің атауы", "Жұмыс орны", "Айлық жалақы",
         "Қажетті адам саны", "Тұрғын үй", "Тамақ", "Келісімшарт мерзімі", "Құжат қабылдаудың соңғы күні"],
        ["KZ-71", "Тігінші", "Doha Garments Factory", "Доха", "айына 1 400 риал", "12 адам", "тегін беріледі",
         "өз есебінен", "2 жыл", f"{YEAR} жылғы 31 наурыз"],
        ["KZ-72", "Құрылыс жұмысшысы", "Al Wakra Building Co.", "Әл-Уакра", "кемінде 1 200 риал", "30 орын",
         "беріледі", "беріледі", "24 ай", f"30.04.{YEAR} ж."],
        ["KZ-73", "Аспаз", "Katara Hospitality", "Доха", "1 800 риалға дейін", "3 қызметкер", "беріледі", "тегін",
         "1 жыл", f"15.05.{YEAR}"],
    ]
    return VacancyFile(
        "Бос жұмыс орындары.xlsx", workbook({"Парақ1": rows}, merges={"Парақ1": ["A1:J1"]}),
        [Terms("Тігінші", "Doha Garments Factory", "KZ-71", None, 1400, 1400, 12, d(3, 31),
               terms={"accommodation_provided": True, "food_provided": False, "contract_months": 24}),
         Terms("Құрылыс жұмысшысы", "Al Wakra Building Co.", "KZ-72", None, 1200, None, 30, d(4, 30),
               terms={"accommodation_provided": True, "food_provided": True, "contract_months": 24}),
         Terms("Аспаз", "Katara Hospitality", "KZ-73", None, None, 1800, 3, d(5, 15),
               terms={"accommodation_provided": True, "food_provided": True, "contract_months": 12})],
        about="all in Kazakh: long headers, «айына 1 400 риал», «кемінде 1 200 риал», «1 800 риалға дейін», «30 орын», "
              "«3 қызметкер», «тегін беріледі», «өз есебінен», «24 ай», «… жылғы 31 наурыз»",
    )


# ---- vacancies updated by a second file --------------------------------------------------------------------------

def update_same_codes() -> VacancyFile:
    header = ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    before = [header,
              ["UP-1", "Сварщик", "Doha Metal Industries W.L.L.", "1500-1800", 6, datetime(YEAR, 2, 28)],
              ["UP-2", "Горничная", "West Bay Residences Hotel", "1300", 10, datetime(YEAR, 2, 28)],
              ["UP-3", "Автомеханик", "Industrial Area Motors Co.", "2000", 4, datetime(YEAR, 2, 28)]]
    after = [header,
             ["UP-1", "Сварщик", "Doha Metal Industries W.L.L.", "1600-1900", 6, datetime(YEAR, 3, 31)],
             ["UP-2", "Горничная", "West Bay Residences Hotel", "1300", 10, datetime(YEAR, 4, 30)],
             ["UP-3", "Автомеханик", "Industrial Area Motors Co.", "2000", 6, datetime(YEAR, 2, 28)]]
    return Update(
        "вакансии (обновлено).xlsx", workbook({"Лист1": after}),
        [Want("Сварщик", "Doha Metal Industries W.L.L.", "UP-1", None, 1600, 1900, 6, d(3, 31)),
         Want("Горничная", "West Bay Residences Hotel", "UP-2", None, 1300, 1300, 10, d(4, 30)),
         Want("Автомеханик", "Industrial Area Motors Co.", "UP-3", None, 2000, 2000, 6, d(2, 28))],
        about="the same codes again: a new pay and deadline, a deadline extended, more places",
        before=workbook({"Лист1": before}), before_name="вакансии.xlsx",
    )


def update_without_codes() -> VacancyFile:
    header = ["Должность", "Работодатель", "Город", "Зарплата", "Мест", "Срок подачи"]
    before = [header,
              ["Повар", "Katara Hospitality", "Доха", "1600", "4", f"31.03.{YEAR}"],
              ["Водитель погрузчика", "Hamad Port Logistics", "Месаид", "1900", "6", f"31.03.{YEAR}"]]
    after = [header,
             ["Повар", "Katara Hospitality", "Доха", "1700-1900", "4", f"30.04.{YEAR}"],
             ["Водитель погрузчика", "Hamad Port Logistics", "Месаид", "1900", "8", f"15.05.{YEAR}"]]
    return Update(
        "вакансии_без_кодов_v2.csv", csv_bytes(after, delimiter=";"),
        [Want("Повар", "Katara Hospitality", None, "Доха", 1700, 1900, 4, d(4, 30)),
         Want("Водитель погрузчика", "Hamad Port Logistics", None, "Месаид", 1900, 1900, 8, d(5, 15))],
        about="a file without codes sent again with new pay, places and deadlines: the same vacancies change, "
              "none is added",
        before=csv_bytes(before, delimiter=";"), before_name="вакансии_без_кодов.csv",
    )


def update_change_list_only() -> VacancyFile:
    before = [["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
              ["CL-1", "Плиточник", "Lusail Interiors W.L.L.", "1600", 5, datetime(YEAR, 3, 1)],
              ["CL-2", "Кассир", "Souq Waqif Trading Co.", "1700", 3, datetime(YEAR, 3, 1)],
              ["CL-3", "Садовник", "Aspire Park Landscaping", "1200", 8, datetime(YEAR, 3, 1)]]
    changes = [["Изменения по вакансиям"],
               ["Код вакансии", "Изменение", "Новый срок подачи"],
               ["CL-1", "Вакансия закрыта", ""],
               ["CL-2", "Срок продлён", f"30.04.{YEAR}"]]
    return Update(
        "изменения.csv", csv_bytes(changes, delimiter=";"),
        [Closed("Плиточник", "Lusail Interiors W.L.L.", "CL-1"),
         Want("Кассир", "Souq Waqif Trading Co.", "CL-2", None, 1700, 1700, 3, d(4, 30)),
         Want("Садовник", "Aspire Park Landscaping", "CL-3", None, 1200, 1200, 8, d(3, 1))],
        about="a list of changes only (code, change, new deadline): one vacancy closed, one extended, the third "
              "left as it was",
        before=workbook({"Лист1": before}), before_name="вакансии.xlsx",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the seventh set, built afresh."""
    builders = [
        onec_report_grouped_by_employer, onec_csv_field_names, onec_json_nested, employer_lines_inside_table_csv,
        employer_names_merged_across_en, allowances_in_columns_en, pay_with_allowance_in_cell_ru,
        title_column_per_language, title_languages_under_merged_header, title_merged_over_two_employers,
        subtotals_and_breakdowns, hidden_old_columns_same_header, formula_cells, deadlines_text_other_formats,
        deadlines_in_words_and_open_ended, status_in_office_words, kazakh_only, update_same_codes,
        update_without_codes, update_change_list_only,
    ]
    return [build() for build in builders]
