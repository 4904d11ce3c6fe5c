"""Vacancy files as ministry officers send them, each with the vacancies it should give.

Officers rarely send the schema the README documents: they send what their office or the employer's
agency exported, with Russian, Kazakh or English headers, a title above the table, notes below it,
salaries written as people write them and dates as Excel keeps them. This set was written from the README's
file-format section and from such files, before the parsing code was read, so that it measures what an
officer meets rather than what the code already does.

Each file says which vacancies it should yield (by the fields named) and which rows should be refused,
by the row number the officer sees (the spreadsheet's row, or the CSV line) and the column's header as
written in the file. Rows listed in `may_skip` (an exact duplicate) may be reported or silently merged.
Deadlines are built from today's date, so the set never ages.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.vacancy_rows import parse_vacancy_table, read_vacancy_file
from tests.workbooks import workbook

YEAR = date.today().year + 1  # a deadline that is always ahead
PAST = date.today().year - 1  # a deadline that is always behind

RU_MONTHS = {12: "декабря", 11: "ноября", 10: "октября", 3: "марта", 6: "июня"}


@dataclass(frozen=True)
class Want:
    """The fields an imported vacancy must have; None means «not checked»."""

    title: str
    employer: str
    external_id: str | None = None
    city: str | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    positions: int | None = None
    deadline: date | None = None
    check_salary: bool = True  # False: the file gives no salary, so nothing to compare


@dataclass(frozen=True)
class Refusal:
    """A row that must be refused, and the column the answer must point at (as the file names it)."""

    row: int
    column: str


@dataclass
class VacancyFile:
    """One file an officer could send, and what the bot should make of it."""

    name: str
    data: bytes
    wants: list[Want]
    refusals: list[Refusal] = field(default_factory=list)
    may_skip: list[int] = field(default_factory=list)
    about: str = ""


def d(month: int, day: int, year: int = YEAR) -> date:
    return date(year, month, day)


def share_understood(what: str, total: int, failed: dict[str, list[str]]) -> float:
    """The share of a file set understood, printed with each failed file's first misses (`pytest -s`);
    both file sets, vacancies and statuses, report so."""
    share = 1 - len(failed) / total
    print(f"\n{what} understood: {total - len(failed)}/{total} = {share:.3f}")
    for name, misses in failed.items():
        print(f"  {name}: " + "; ".join(misses[:4]) + (f" (+{len(misses) - 4})" if len(misses) > 4 else ""))
    return share


def csv_bytes(rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    """Rows written the way Excel's «Save as CSV» writes them (CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None,
               date_format: str = "DD.MM.YYYY") -> bytes:
    """A workbook with the named sheets in order; dates become real Excel dates."""
    return workbook(sheets, merges=merges, date_format=date_format)


def rows_of(data: bytes, name: str) -> list:
    """The vacancies a file holds, read as an officer's upload is, for unit tests that expect every row read."""
    table = read_vacancy_file(data, name)
    assert table.error is None, table.error
    result = parse_vacancy_table(table)
    assert not result.errors, result.errors
    return result.rows


def json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


# The vacancies the files are made of: realistic Gulf trades and made-up employers.
WELDER = ("Сварщик TIG/MIG", "Doha Metal Industries W.L.L.", "Доха")
DRIVER = ("Водитель грузового автомобиля", "Al Khor Aggregates Transport", "Аль-Хор")
NURSE = ("Медицинская сестра", "Corniche Specialist Hospital", "Доха")
COOK = ("Повар горячего цеха", "Lusail Marina Hospitality", "Лусаил")
ELECTRICIAN = ("Электрик", "Gulf Power Contracting", "Месаид")
MASON = ("Каменщик", "Al Wakra Building Co.", "Аль-Вакра")


def ru_portal_cp1251() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-1001", *WELDER, "1500-2000", "10 чел.", f"31.12.{YEAR}"],
        ["QA-1002", *DRIVER, "2200-2800", "5 чел.", f"15.03.{YEAR}"],
        ["QA-1003", *COOK, "1600-2100", "3 чел.", f"30.06.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии_катар.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*WELDER[:2], "QA-1001", WELDER[2], 1500, 2000, 10, d(12, 31)),
         Want(*DRIVER[:2], "QA-1002", DRIVER[2], 2200, 2800, 5, d(3, 15)),
         Want(*COOK[:2], "QA-1003", COOK[2], 1600, 2100, 3, d(6, 30))],
        about="Windows-1251, semicolons, Russian headers, ranges and «чел.»",
    )


def ru_utf8_bom() -> VacancyFile:
    rows = [
        ["Номер вакансии", "Наименование вакансии", "Наименование работодателя", "Место работы",
         "Заработная плата", "Количество мест", "Срок подачи заявок"],
        ["QA-2001", *NURSE, "от 7000", "8", f"{YEAR}-12-31"],
        ["QA-2002", *ELECTRICIAN, "2 500 риал", "12", f"{YEAR}-10-01"],
    ]
    return VacancyFile(
        "Вакансии (выгрузка).csv", csv_bytes(rows).decode().encode("utf-8-sig"),
        [Want(*NURSE[:2], "QA-2001", NURSE[2], 7000, None, 8, d(12, 31)),
         Want(*ELECTRICIAN[:2], "QA-2002", ELECTRICIAN[2], 2500, 2500, 12, d(10, 1))],
        about="UTF-8 with BOM, long Russian headers, «от 7000», «2 500 риал»",
    )


def en_tabs() -> VacancyFile:
    rows = [
        ["Reference No.", "Job Title", "Employer", "Location", "Salary Range", "No. of positions", "Closing Date"],
        ["REF-301", "Steel Fixer", "Qatar Building Engineering", "Doha", "1,400 - 1,800", "20", f"{YEAR}-11-30"],
        ["REF-302", "Scaffolder", "Qatar Building Engineering", "Doha", "1,300 - 1,700", "15", f"{YEAR}-11-30"],
    ]
    return VacancyFile(
        "vacancies_export.csv", csv_bytes(rows, delimiter="\t"),
        [Want("Steel Fixer", "Qatar Building Engineering", "REF-301", "Doha", 1400, 1800, 20, d(11, 30)),
         Want("Scaffolder", "Qatar Building Engineering", "REF-302", "Doha", 1300, 1700, 15, d(11, 30))],
        about="tab-separated, English export headers",
    )


def en_tsv() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Position", "Company", "City", "Salary", "Vacancies", "Deadline"],
        ["V-77", "Forklift Operator", "Hamad Port Logistics", "Mesaieed", "QAR 2,500", "4", f"{YEAR}-09-15"],
    ]
    return VacancyFile(
        "vacancies.tsv", csv_bytes(rows, delimiter="\t"),
        [Want("Forklift Operator", "Hamad Port Logistics", "V-77", "Mesaieed", 2500, 2500, 4, d(9, 15))],
        about="a .tsv file, «QAR 2,500»",
    )


def en_export_xlsx() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Company", "Location", "Salary Range", "No. of positions", "Closing Date"],
        ["EN-1", "AC Technician", "Cool Breeze HVAC Services", "Doha", "QAR 1,800 - 2,300", 6, datetime(YEAR, 5, 31)],
        ["EN-2", "Housekeeping Attendant", "Pearl Towers Hotel", "Doha", "1500-1900 QAR", 25, datetime(YEAR, 4, 30)],
        ["EN-3", "Security Guard", "Shield Security Qatar", "Lusail", "QAR 2,000", 30, datetime(YEAR, 3, 31)],
    ]
    return VacancyFile(
        "Qatar_vacancies.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("AC Technician", "Cool Breeze HVAC Services", "EN-1", "Doha", 1800, 2300, 6, d(5, 31)),
         Want("Housekeeping Attendant", "Pearl Towers Hotel", "EN-2", "Doha", 1500, 1900, 25, d(4, 30)),
         Want("Security Guard", "Shield Security Qatar", "EN-3", "Lusail", 2000, 2000, 30, d(3, 31))],
        about="XLSX from an agency, Excel dates, salaries with the currency",
    )


def kk_xlsx() -> VacancyFile:
    rows = [
        ["Вакансия коды", "Лауазымы", "Жұмыс беруші", "Қала", "Жалақы (QAR)", "Орын саны", "Өтінім берудің соңғы күні"],
        ["KZ-11", "Дәнекерлеуші", "Doha Metal Industries W.L.L.", "Доха", "1500-2000", "10 адам", datetime(YEAR, 12, 31)],
        ["KZ-12", "Жүргізуші", "Al Khor Aggregates Transport", "Әл-Хор", "2200", "5", datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "бос_орындар.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Want("Дәнекерлеуші", "Doha Metal Industries W.L.L.", "KZ-11", "Доха", 1500, 2000, 10, d(12, 31)),
         Want("Жүргізуші", "Al Khor Aggregates Transport", "KZ-12", "Әл-Хор", 2200, 2200, 5, d(6, 30))],
        about="Kazakh headers, «10 адам»",
    )


def kk_csv() -> VacancyFile:
    rows = [
        ["№", "Бос орын атауы", "Жұмыс берушi", "Жалақысы", "Орын саны", "Соңғы мерзімі"],
        ["KZ-21", "Аспаз", "Lusail Marina Hospitality", "1600-2100 риал", "3 орын", f"31.12.{YEAR}"],
        ["KZ-22", "Электрик", "Gulf Power Contracting", "2500", "12", f"01.10.{YEAR}"],
    ]
    return VacancyFile(
        "вакансиялар.csv", csv_bytes(rows, delimiter=";"),
        [Want("Аспаз", "Lusail Marina Hospitality", None, None, 1600, 2100, 3, d(12, 31)),
         Want("Электрик", "Gulf Power Contracting", None, None, 2500, 2500, 12, d(10, 1))],
        about="Kazakh headers (one typed with a Latin «i»), «3 орын», «риал»",
    )


def ru_title_row() -> VacancyFile:
    rows = [
        [f"Вакансии работодателей Государства Катар на декабрь {YEAR - 1} года", None, None, None, None, None, None],
        [],
        ["ID вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-3001", *MASON, "1400-1800", 14, datetime(YEAR, 2, 28)],
        ["QA-3002", *WELDER, "1800-2400", 6, datetime(YEAR, 2, 28)],
    ]
    return VacancyFile(
        "Вакансии_декабрь.xlsx", xlsx_bytes({"Лист1": rows}, {"Лист1": ["A1:G1"]}),
        [Want(*MASON[:2], "QA-3001", MASON[2], 1400, 1800, 14, d(2, 28)),
         Want(*WELDER[:2], "QA-3002", WELDER[2], 1800, 2400, 6, d(2, 28))],
        about="a merged title row and a blank row above the header",
    )


def ru_two_title_rows() -> VacancyFile:
    rows = [
        ["Министерство труда и социальной защиты населения Республики Казахстан"],
        [f"Перечень вакансий (Государство Катар) по состоянию на 01.12.{YEAR - 1}"],
        [None],
        ["№ п/п", "Код вакансии", "Наименование должности", "Работодатель", "Город", "Оклад, QAR", "Кол-во мест", "Дата окончания приёма"],
        [1, "QA-3101", *NURSE, "7000-9000", "8", f"15.04.{YEAR}"],
        [2, "QA-3102", *COOK, "1600-2100", "4", f"15.04.{YEAR}"],
    ]
    return VacancyFile(
        "Перечень вакансий.xlsx", xlsx_bytes({"Вакансии": rows}, {"Вакансии": ["A1:H1", "A2:H2"]}),
        [Want(*NURSE[:2], "QA-3101", NURSE[2], 7000, 9000, 8, d(4, 15)),
         Want(*COOK[:2], "QA-3102", COOK[2], 1600, 2100, 4, d(4, 15))],
        about="two title rows, «№ п/п», text dates in an XLSX",
    )


def ru_notes_below() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-3201", *ELECTRICIAN, "2000-2600", 12, datetime(YEAR, 8, 31)],
        ["QA-3202", *DRIVER, "2400-3000", 7, datetime(YEAR, 8, 31)],
        [],
        [],
        ["Итого: 2 вакансии, 19 мест"],
        ["Примечание: проезд, проживание и медицинская страховка за счёт работодателя."],
        ["Исполнитель: Ахметова А., тел. 8 (7172) 00-00-00"],
    ]
    return VacancyFile(
        "вакансии с примечанием.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*ELECTRICIAN[:2], "QA-3201", ELECTRICIAN[2], 2000, 2600, 12, d(8, 31)),
         Want(*DRIVER[:2], "QA-3202", DRIVER[2], 2400, 3000, 7, d(8, 31))],
        about="blank rows, a total and notes below the table",
    )


def csv_notes_below() -> VacancyFile:
    rows = [
        ["Список вакансий", "", "", "", "", ""],
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-3301", *MASON[:2], "1400-1800", "14 чел.", f"28.02.{YEAR}"],
        ["", "", "", "", "", ""],
        ["Итого", "", "", "", "14", ""],
    ]
    return VacancyFile(
        "список.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*MASON[:2], "QA-3301", None, 1400, 1800, 14, d(2, 28))],
        about="a CSV with a title line, an empty line and a total line",
    )


def en_several_sheets() -> VacancyFile:
    sheets = {
        "Instructions": [
            ["How to read this file"],
            ["Salaries are basic monthly pay in Qatari riyals."],
            ["Contact: recruitment@example.qa"],
        ],
        "Vacancies": [
            ["Job Title", "Employer", "Location", "Min Salary", "Max Salary", "No. of Vacancies", "Last Date to Apply", "Job ID"],
            ["Barista", "Souq Cafe Group", "Doha", 1500, 1800, 5, datetime(YEAR, 1, 31), "SC-01"],
            ["Waiter", "Souq Cafe Group", "Doha", 1400, 1700, 8, datetime(YEAR, 1, 31), "SC-02"],
        ],
    }
    return VacancyFile(
        "souq_cafe_jobs.xlsx", xlsx_bytes(sheets),
        [Want("Barista", "Souq Cafe Group", "SC-01", "Doha", 1500, 1800, 5, d(1, 31)),
         Want("Waiter", "Souq Cafe Group", "SC-02", "Doha", 1400, 1700, 8, d(1, 31))],
        about="the vacancies are on the second sheet, instructions on the first",
    )


def ru_sheet_per_trade() -> VacancyFile:
    header = ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    sheets = {
        "Строительство": [header, ["QA-4001", *MASON[:2], "1400-1800", 14, datetime(YEAR, 5, 1)]],
        "Гостиницы": [header, ["QA-4002", *COOK[:2], "1600-2100", 3, datetime(YEAR, 5, 1)]],
    }
    return VacancyFile(
        "по отраслям.xlsx", xlsx_bytes(sheets),
        [Want(*MASON[:2], "QA-4001", None, 1400, 1800, 14, d(5, 1)),
         Want(*COOK[:2], "QA-4002", None, 1600, 2100, 3, d(5, 1))],
        about="one sheet per trade, the same columns on each",
    )


def summary_then_list() -> VacancyFile:
    sheets = {
        "Свод": [["Работодатель", "Вакансий", "Мест"], [WELDER[1], 1, 10], ["Итого", 1, 10]],
        "Список": [
            ["Код вакансии", "Должность", "Работодатель", "Зарплата, риал", "Количество вакансий", "Срок"],
            ["QA-4101", *WELDER[:2], "1500 - 2000", 10, datetime(YEAR, 7, 1)],
        ],
    }
    return VacancyFile(
        "свод и список.xlsx", xlsx_bytes(sheets),
        [Want(*WELDER[:2], "QA-4101", None, 1500, 2000, 10, d(7, 1))],
        about="a summary by employer first, the list on the second sheet",
    )


README_HEADER = ["external_id", "title", "employer", "city", "positions", "salary_min", "salary_max", "deadline", "status"]


def readme_schema() -> VacancyFile:
    rows = [
        README_HEADER,
        ["QA-5001", "MIG Welder", "Doha Metal Industries", "Doha", "15", "1800", "2300", f"{YEAR}-05-31", "open"],
        ["QA-5002", "Pipe Fitter", "Lusail Mechanical Contracting", "Lusail", "6", "1 900", "2,500", f"{YEAR}-05-31", "open"],
    ]
    return VacancyFile(
        "vacancies.csv", csv_bytes(rows),
        [Want("MIG Welder", "Doha Metal Industries", "QA-5001", "Doha", 1800, 2300, 15, d(5, 31)),
         Want("Pipe Fitter", "Lusail Mechanical Contracting", "QA-5002", "Lusail", 1900, 2500, 6, d(5, 31))],
        about="the README's own schema",
    )


def readme_schema_xlsx_numbers() -> VacancyFile:
    rows = [
        README_HEADER,
        [6001, "Heavy Equipment Operator", "Ras Laffan Earthworks", "Ras Laffan", 4, 2800.0, 3500.0, datetime(YEAR, 6, 30), "open"],
        [6002, "Carpenter", "Ras Laffan Earthworks", "Ras Laffan", 10.0, 1600, 2000, datetime(YEAR, 6, 30), "open"],
    ]
    return VacancyFile(
        "numbers.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Heavy Equipment Operator", "Ras Laffan Earthworks", "6001", "Ras Laffan", 2800, 3500, 4, d(6, 30)),
         Want("Carpenter", "Ras Laffan Earthworks", "6002", "Ras Laffan", 1600, 2000, 10, d(6, 30))],
        about="the README's schema in XLSX, numeric ids and salaries kept as Excel numbers",
    )


def json_list() -> VacancyFile:
    items = [
        {"external_id": "J-1", "title": "Plumber", "employer": "Aspire Facilities Management", "city": "Doha",
         "salary_min": 1700, "salary_max": 2200, "positions": 9, "deadline": f"{YEAR}-04-30"},
        {"external_id": "J-2", "title": "Cleaner", "employer": "Aspire Facilities Management", "city": "Doha",
         "salary_min": 1200, "salary_max": 1400, "positions": 40, "deadline": f"{YEAR}-04-30"},
    ]
    return VacancyFile(
        "vacancies.json", json_bytes(items),
        [Want("Plumber", "Aspire Facilities Management", "J-1", "Doha", 1700, 2200, 9, d(4, 30)),
         Want("Cleaner", "Aspire Facilities Management", "J-2", "Doha", 1200, 1400, 40, d(4, 30))],
        about="JSON: an array with the README's keys and numbers as numbers",
    )


def json_under_key() -> VacancyFile:
    value = {
        "exported_at": f"{YEAR - 1}-12-01T09:00:00+05:00",
        "source": "migration.enbek.kz",
        "vacancies": [
            {"external_id": "J-11", "title": "Tile Setter", "employer": "Al Wakra Building Co.", "city": "Al Wakrah",
             "salary_min": "1500", "salary_max": "1900", "positions": "7", "deadline": f"{YEAR}-03-31"},
        ],
    }
    return VacancyFile(
        "export.json", json_bytes(value),
        [Want("Tile Setter", "Al Wakra Building Co.", "J-11", "Al Wakrah", 1500, 1900, 7, d(3, 31))],
        about="JSON: the list under a key, beside the export's details",
    )


def json_other_system() -> VacancyFile:
    value = {
        "count": 2,
        "results": [
            {"vacancy_id": 901, "position": "Pastry Chef", "company": "Katara Hospitality",
             "location": "Doha", "salary_from": 3000, "salary_to": 4000, "quantity": 2, "end_date": f"{YEAR}-02-15"},
            {"vacancy_id": 902, "position": "Room Attendant", "company": "Katara Hospitality",
             "location": "Doha", "salary_from": 1300, "salary_to": 1500, "quantity": 12, "end_date": f"{YEAR}-02-15"},
        ],
    }
    return VacancyFile(
        "api_export.json", json_bytes(value),
        [Want("Pastry Chef", "Katara Hospitality", "901", "Doha", 3000, 4000, 2, d(2, 15)),
         Want("Room Attendant", "Katara Hospitality", "902", "Doha", 1300, 1500, 12, d(2, 15))],
        about="JSON from another system: its own key names, under «results»",
    )


def json_russian_keys() -> VacancyFile:
    items = [
        {"Код вакансии": "QA-7001", "Должность": "Сантехник", "Работодатель": "Aspire Facilities Management",
         "Зарплата (QAR)": "1700-2200", "Кол-во мест": "9 чел.", "Срок подачи": f"30.04.{YEAR}"},
    ]
    return VacancyFile(
        "вакансии.json", json_bytes(items),
        [Want("Сантехник", "Aspire Facilities Management", "QA-7001", None, 1700, 2200, 9, d(4, 30))],
        about="JSON with the Russian headers as keys",
    )


def duplicates() -> VacancyFile:
    row = ["QA-8001", *WELDER, "1500-2000", "10", f"31.12.{YEAR}"]
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        row,
        ["QA-8002", *DRIVER, "2200-2800", "5", f"31.12.{YEAR}"],
        row,
    ]
    return VacancyFile(
        "дубли.csv", csv_bytes(rows, delimiter=";"),
        [Want(*WELDER[:2], "QA-8001", WELDER[2], 1500, 2000, 10, d(12, 31)),
         Want(*DRIVER[:2], "QA-8002", DRIVER[2], 2200, 2800, 5, d(12, 31))],
        may_skip=[4],
        about="the same row twice: one vacancy",
    )


def bad_missing_title() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-8101", *WELDER[:2], "1500-2000", "10", f"31.12.{YEAR}"],
        ["QA-8102", "", DRIVER[1], "2200-2800", "5", f"31.12.{YEAR}"],
        ["QA-8103", *COOK[:2], "1600-2100", "3", f"31.12.{YEAR}"],
    ]
    return VacancyFile(
        "без должности.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*WELDER[:2], "QA-8101", None, 1500, 2000, 10, d(12, 31)),
         Want(*COOK[:2], "QA-8103", None, 1600, 2100, 3, d(12, 31))],
        [Refusal(3, "Должность")],
        about="one row without a title among good ones",
    )


def bad_past_deadline() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Employer", "Salary Range", "No. of positions", "Closing Date"],
        ["PD-1", "Electrician", "Gulf Power Contracting", "2000-2600", 12, datetime(YEAR, 8, 31)],
        ["PD-2", "Mason", "Al Wakra Building Co.", "1400-1800", 14, datetime(PAST, 8, 31)],
        ["PD-3", "Truck Driver", "Al Khor Aggregates Transport", "2200-2800", 5, datetime(YEAR, 8, 31)],
    ]
    return VacancyFile(
        "closing_dates.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Electrician", "Gulf Power Contracting", "PD-1", None, 2000, 2600, 12, d(8, 31)),
         Want("Truck Driver", "Al Khor Aggregates Transport", "PD-3", None, 2200, 2800, 5, d(8, 31))],
        [Refusal(3, "Closing Date")],
        about="one deadline already past",
    )


def bad_salary_text() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-8301", *NURSE[:2], "7000-9000", "8", f"15.04.{YEAR}"],
        ["QA-8302", *ELECTRICIAN[:2], "высокая", "12", f"15.04.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата текстом.csv", csv_bytes(rows),
        [Want(*NURSE[:2], "QA-8301", None, 7000, 9000, 8, d(4, 15))],
        [Refusal(3, "Зарплата (QAR)")],
        about="a salary written as a word",
    )


def bad_several() -> VacancyFile:
    rows = [
        ["Reference No.", "Job Title", "Company", "Salary Range", "No. of positions", "Closing Date"],
        ["BS-1", "Welder", "Doha Metal Industries", "1500-2000", "10", f"{YEAR}-12-31"],
        ["BS-2", "Driver", "", "2200-2800", "5", f"{YEAR}-12-31"],
        ["BS-3", "Cook", "Lusail Marina Hospitality", "competitive", "3", f"{YEAR}-12-31"],
        ["BS-4", "Nurse", "Corniche Specialist Hospital", "7000-9000", "8", f"31.02.{YEAR}"],
        ["BS-5", "Cleaner", "Aspire Facilities Management", "1200-1400", "40", f"{YEAR}-12-31"],
    ]
    return VacancyFile(
        "mixed_rows.csv", csv_bytes(rows),
        [Want("Welder", "Doha Metal Industries", "BS-1", None, 1500, 2000, 10, d(12, 31)),
         Want("Cleaner", "Aspire Facilities Management", "BS-5", None, 1200, 1400, 40, d(12, 31))],
        [Refusal(3, "Company"), Refusal(4, "Salary Range"), Refusal(5, "Closing Date")],
        about="three bad rows among two good ones",
    )


def dates_mixed() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DT-1", *WELDER[:2], "1500-2000", "10", f"31 декабря {YEAR}"],
        ["DT-2", *DRIVER[:2], "2200-2800", "5", f"31/03/{YEAR}"],
        ["DT-3", *COOK[:2], "1600-2100", "3", f"30.06.{YEAR} г."],
        ["DT-4", *NURSE[:2], "7000-9000", "8", f"до 15.04.{YEAR}"],
        ["DT-5", *MASON[:2], "1400-1800", "14", f"1 марта {YEAR} г."],
    ]
    return VacancyFile(
        "даты.csv", csv_bytes(rows, delimiter=";"),
        [Want(*WELDER[:2], "DT-1", None, 1500, 2000, 10, d(12, 31)),
         Want(*DRIVER[:2], "DT-2", None, 2200, 2800, 5, d(3, 31)),
         Want(*COOK[:2], "DT-3", None, 1600, 2100, 3, d(6, 30)),
         Want(*NURSE[:2], "DT-4", None, 7000, 9000, 8, d(4, 15)),
         Want(*MASON[:2], "DT-5", None, 1400, 1800, 14, d(3, 1))],
        about="dates as people write them: words, slashes, «г.», «до»",
    )


def dates_english_and_kazakh() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Employer", "Salary", "Positions", "Deadline"],
        ["DE-1", "Electrician", "Gulf Power Contracting", "2500", "12", f"December 31, {YEAR}"],
        ["DE-2", "Mason", "Al Wakra Building Co.", "1600", "14", f"1 March {YEAR}"],
        ["DE-3", "Cook", "Lusail Marina Hospitality", "1800", "3", f"{YEAR} жылғы 30 маусым"],
    ]
    return VacancyFile(
        "deadlines.csv", csv_bytes(rows),
        [Want("Electrician", "Gulf Power Contracting", "DE-1", None, 2500, 2500, 12, d(12, 31)),
         Want("Mason", "Al Wakra Building Co.", "DE-2", None, 1600, 1600, 14, d(3, 1)),
         Want("Cook", "Lusail Marina Hospitality", "DE-3", None, 1800, 1800, 3, d(6, 30))],
        about="month names in English and Kazakh",
    )


def salary_two_columns_text() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата от", "Зарплата до", "Кол-во мест", "Срок подачи"],
        ["QA-9001", *WELDER[:2], "1 800", "2 300", "15", datetime(YEAR, 5, 31)],
        ["QA-9002", *DRIVER[:2], "2 600", "", "6", datetime(YEAR, 5, 31)],
    ]
    return VacancyFile(
        "зарплата от до.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], "QA-9001", None, 1800, 2300, 15, d(5, 31)),
         Want(*DRIVER[:2], "QA-9002", None, 2600, None, 6, d(5, 31))],
        about="«Зарплата от» / «Зарплата до», numbers kept as text with spaces",
    )


def salary_words() -> VacancyFile:
    rows = [
        ["Job ID", "Job Title", "Employer", "Salary (QAR)", "Number of Vacancies", "Apply By"],
        ["SW-1", "Pipe Fitter", "Lusail Mechanical Contracting", "1,500 – 2,000 QAR", "6", f"{YEAR}-05-31"],
        ["SW-2", "Painter", "Lusail Mechanical Contracting", "QAR 1800 to 2200", "4", f"{YEAR}-05-31"],
        ["SW-3", "Rigger", "Lusail Mechanical Contracting", "from 2000", "3", f"{YEAR}-05-31"],
        ["SW-4", "Welder", "Lusail Mechanical Contracting", "2000 - 2500 риалов", "8", f"{YEAR}-05-31"],
        ["SW-5", "Helper", "Lusail Mechanical Contracting", "1,200.00", "20", f"{YEAR}-05-31"],
    ]
    return VacancyFile(
        "salary_words.csv", csv_bytes(rows),
        [Want("Pipe Fitter", "Lusail Mechanical Contracting", "SW-1", None, 1500, 2000, 6, d(5, 31)),
         Want("Painter", "Lusail Mechanical Contracting", "SW-2", None, 1800, 2200, 4, d(5, 31)),
         Want("Rigger", "Lusail Mechanical Contracting", "SW-3", None, 2000, None, 3, d(5, 31)),
         Want("Welder", "Lusail Mechanical Contracting", "SW-4", None, 2000, 2500, 8, d(5, 31)),
         Want("Helper", "Lusail Mechanical Contracting", "SW-5", None, 1200, 1200, 20, d(5, 31))],
        about="salaries with dashes, «to», «from», the currency in words, decimals",
    )


def salary_ru_words() -> VacancyFile:
    rows = [
        ["ID", "Вакансия", "Компания", "Зарплата", "Мест", "Срок подачи"],
        ["SR-1", *COOK[:2], "от 1 600 до 2 100 QAR", "3", f"31.12.{YEAR}"],
        ["SR-2", *MASON[:2], "1400–1800 риалов", "14 человек", f"31.12.{YEAR}"],
        ["SR-3", *NURSE[:2], "до 9000", "8 мест", f"31.12.{YEAR}"],
    ]
    return VacancyFile(
        "зарплаты словами.csv", csv_bytes(rows, delimiter=";"),
        [Want(*COOK[:2], "SR-1", None, 1600, 2100, 3, d(12, 31)),
         Want(*MASON[:2], "SR-2", None, 1400, 1800, 14, d(12, 31)),
         Want(*NURSE[:2], "SR-3", None, None, 9000, 8, d(12, 31))],
        about="«от … до …», «до 9000», «14 человек», «8 мест»",
    )


def headers_with_line_breaks() -> VacancyFile:
    rows = [
        ["  ID ВАКАНСИИ ", "ДОЛЖНОСТЬ\n(профессия)", "РАБОТОДАТЕЛЬ\n(наименование)", "ЗАРАБОТНАЯ ПЛАТА,\nриал в месяц",
         "КОЛИЧЕСТВО\nМЕСТ", "СРОК ПОДАЧИ\nДОКУМЕНТОВ"],
        ["QA-9101", *ELECTRICIAN[:2], "2000-2600", 12, datetime(YEAR, 9, 30)],
        ["QA-9102", *WELDER[:2], "1500-2000", 10, datetime(YEAR, 9, 30)],
    ]
    return VacancyFile(
        "ВАКАНСИИ.xlsx", xlsx_bytes({"TDSheet": rows}),
        [Want(*ELECTRICIAN[:2], "QA-9101", None, 2000, 2600, 12, d(9, 30)),
         Want(*WELDER[:2], "QA-9102", None, 1500, 2000, 10, d(9, 30))],
        about="capital headers with line breaks and notes in brackets, as 1C exports them",
    )


def table_off_the_corner() -> VacancyFile:
    rows = [
        [],
        [None, "Vacancy ID", "Job Title", "Employer", "Salary Range", "No. of positions", "Closing Date"],
        [None, "OC-1", "Carpenter", "Ras Laffan Earthworks", "1600-2000", 10, datetime(YEAR, 6, 30)],
        [None, "OC-2", "Rigger", "Ras Laffan Earthworks", "1700-2100", 4, datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "table_from_b2.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Carpenter", "Ras Laffan Earthworks", "OC-1", None, 1600, 2000, 10, d(6, 30)),
         Want("Rigger", "Ras Laffan Earthworks", "OC-2", None, 1700, 2100, 4, d(6, 30))],
        about="the table starts at B2, not A1",
    )


def trailing_empty_columns() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи", "", "", ""],
        ["TE-1", *WELDER[:2], "1500-2000", "10", f"31.12.{YEAR}", "", "", ""],
        ["TE-2", *DRIVER[:2], "2200-2800", "5", f"31.12.{YEAR}", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
    ]
    return VacancyFile(
        "экспорт из excel.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*WELDER[:2], "TE-1", None, 1500, 2000, 10, d(12, 31)),
         Want(*DRIVER[:2], "TE-2", None, 2200, 2800, 5, d(12, 31))],
        about="empty columns and empty lines Excel leaves in a CSV",
    )


def no_id_column() -> VacancyFile:
    rows = [
        ["№ п/п", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        [1, *WELDER, "1500-2000", 10, datetime(YEAR, 12, 31)],
        [2, *NURSE, "7000-9000", 8, datetime(YEAR, 12, 31)],
    ]
    return VacancyFile(
        "без кода.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], None, WELDER[2], 1500, 2000, 10, d(12, 31)),
         Want(*NURSE[:2], None, NURSE[2], 7000, 9000, 8, d(12, 31))],
        about="no vacancy number at all, only the row's order",
    )


def no_salary_column() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Employer", "Location", "No. of positions", "Closing Date"],
        ["NS-1", "Hotel Receptionist", "Pearl Towers Hotel", "Doha", 3, datetime(YEAR, 4, 30)],
    ]
    return VacancyFile(
        "no_salary.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Hotel Receptionist", "Pearl Towers Hotel", "NS-1", "Doha", None, None, 3, d(4, 30), check_salary=False)],
        about="the employer gave no salary yet",
    )


def semicolon_utf8_english_readme_extra() -> VacancyFile:
    rows = [
        ["external_id", "title", "employer", "salary_min", "salary_max", "positions", "deadline", "Комментарий"],
        ["EX-1", "Crane Operator", "Ras Laffan Earthworks", "3000", "3800", "2", f"{YEAR}-06-30", "срочно"],
    ]
    return VacancyFile(
        "with_comment.csv", csv_bytes(rows, delimiter=";"),
        [Want("Crane Operator", "Ras Laffan Earthworks", "EX-1", None, 3000, 3800, 2, d(6, 30))],
        about="the README's columns plus the officer's own comment column",
    )


def ru_salary_plain_number_and_mln() -> VacancyFile:
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["PN-1", *WELDER[:2], 2000, "10 чел", datetime(YEAR, 12, 31)],
        ["PN-2", *DRIVER[:2], "2 200,00", "5 чел.", datetime(YEAR, 12, 31)],
    ]
    return VacancyFile(
        "одна цифра.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], "PN-1", None, 2000, 2000, 10, d(12, 31)),
         Want(*DRIVER[:2], "PN-2", None, 2200, 2200, 5, d(12, 31))],
        about="one salary figure (a number, or «2 200,00» with a decimal comma)",
    )


def iso_datetime_strings() -> VacancyFile:
    items = [
        {"id": "DT-100", "title": "Lifeguard", "employer": "Aspire Zone Pools", "salary": "1800-2200",
         "positions": 4, "deadline": f"{YEAR}-07-31T23:59:59"},
    ]
    return VacancyFile(
        "pools.json", json_bytes({"data": items}),
        [Want("Lifeguard", "Aspire Zone Pools", "DT-100", None, 1800, 2200, 4, d(7, 31))],
        about="JSON under «data», «id», a deadline with a time",
    )


def two_line_header() -> VacancyFile:
    """Added after the first run, from a miss found by hand: «Зарплата» merged over «от» and «до»."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Заработная плата, QAR", None, "Срок подачи"],
        [None, None, None, "от", "до", None],
        ["TL-1", *WELDER[:2], 1500, 2000, datetime(YEAR, 5, 1)],
        ["TL-2", *COOK[:2], 1600, 2100, datetime(YEAR, 5, 1)],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"]
    return VacancyFile(
        "шапка в две строки.xlsx", xlsx_bytes({"Лист1": rows}, {"Лист1": merges}),
        [Want(*WELDER[:2], "TL-1", None, 1500, 2000, None, d(5, 1)),
         Want(*COOK[:2], "TL-2", None, 1600, 2100, None, d(5, 1))],
        about="a header in two lines, the pay merged over «от» and «до»",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the set, built afresh."""
    builders = [
        ru_portal_cp1251, ru_utf8_bom, en_tabs, en_tsv, en_export_xlsx, kk_xlsx, kk_csv, ru_title_row,
        ru_two_title_rows, ru_notes_below, csv_notes_below, en_several_sheets, ru_sheet_per_trade,
        summary_then_list, readme_schema, readme_schema_xlsx_numbers, json_list, json_under_key,
        json_other_system, json_russian_keys, duplicates, bad_missing_title, bad_past_deadline,
        bad_salary_text, bad_several, dates_mixed, dates_english_and_kazakh, salary_two_columns_text,
        salary_words, salary_ru_words, headers_with_line_breaks, table_off_the_corner,
        trailing_empty_columns, no_id_column, no_salary_column, semicolon_utf8_english_readme_extra,
        ru_salary_plain_number_and_mln, iso_datetime_strings, two_line_header,
    ]
    return [build() for build in builders]
