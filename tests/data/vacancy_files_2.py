"""A second set of vacancy files as officers send them, written apart from the first.

Where `vacancy_files.py` holds the files the README's examples suggest, this set holds what arrives next:
the portal's export with its header merged over two rows, other offices' columns in their own order with
columns nobody asked for, headers only in Kazakh, a Qatari recruitment agency's English sheet with its
terms in columns of their own (accommodation, transport, food, contract period), yes and no written as
«да/нет», «иә/жоқ», "Provided/Not provided" or a tick, salaries with the currency before or after, dates
as text in three languages and as bare Excel serial numbers, CSVs in Windows-1251 or with a BOM and
semicolons, cells with trailing and non-breaking spaces, group titles and blank rows between groups, a
total at the bottom, and rows an officer must be told about (no title, a deadline past, pay in tenge, a
negative number of places). It was written from the README's file-format section before the reading code
was opened.

Each file says what it must give and what it must refuse, as the first set does; `Terms` adds the
contract terms a file gives (yes/no cells, allowances, contract months), which the first set never
checked. Dates are built from today's, so the set never ages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d, xlsx_bytes

NBSP = "\u00a0"


@dataclass(frozen=True)
class Terms(Want):
    """A vacancy with the contract terms its file gives: column name → value (e.g. food_provided=True)."""

    terms: dict[str, object] = field(default_factory=dict, hash=False)


def serial(day: date) -> int:
    """The number Excel keeps for a date (days since 1899-12-30), as it shows when a cell loses its format."""
    return (day - date(1899, 12, 30)).days


WELDER = ("Сварщик", "Mesaieed Steel Fabrication W.L.L.", "Месаид")
PLUMBER = ("Сантехник", "Aspire Facilities Management", "Доха")
WAITER = ("Официант", "Katara Hospitality", "Доха")
CARPENTER = ("Плотник-опалубщик", "Al Wakra Building Co.", "Аль-Вакра")
DRIVER = ("Водитель автобуса", "Mowasalat Transport Services", "Доха")
NURSE = ("Медсестра", "Corniche Specialist Hospital", "Доха")


def portal_merged_header() -> VacancyFile:
    """The portal's export: group titles merged over a second header row, the data from row 3."""
    rows = [
        ["Вакансия", None, "Работодатель", None, "Заработная плата (QAR)", None, "Количество мест", "Срок подачи"],
        ["Код", "Наименование", "Наименование", "Город", "мин.", "макс.", None, None],
        ["EN-40101", *WELDER[:2], WELDER[2], 1800, 2400, 6, datetime(YEAR, 3, 31)],
        ["EN-40102", *PLUMBER[:2], PLUMBER[2], 1600, 2000, 4, datetime(YEAR, 3, 31)],
    ]
    merges = ["A1:B1", "C1:D1", "E1:F1", "G1:G2", "H1:H2"]
    return VacancyFile(
        "enbek_export.xlsx", xlsx_bytes({"Вакансии": rows}, {"Вакансии": merges}),
        [Want(*WELDER[:2], "EN-40101", WELDER[2], 1800, 2400, 6, d(3, 31)),
         Want(*PLUMBER[:2], "EN-40102", PLUMBER[2], 1600, 2000, 4, d(3, 31))],
        about="header over two rows: «Вакансия» over «Код»/«Наименование», «Работодатель» over "
              "«Наименование»/«Город», the pay over «мин.»/«макс.»",
    )


def portal_merged_header_kk() -> VacancyFile:
    """The same export in Kazakh: «Жалақы» merged over «бастап» and «дейін»."""
    rows = [
        ["Бос орын коды", "Лауазым атауы", "Жұмыс беруші", "Жалақы, QAR", None, "Орын саны", "Қабылдау мерзімі"],
        [None, None, None, "бастап", "дейін", None, None],
        ["KK-501", "Даяшы", WAITER[1], 1400, 1700, 10, datetime(YEAR, 4, 15)],
        ["KK-502", "Ағаш ұстасы", CARPENTER[1], 1500, 1900, 12, datetime(YEAR, 4, 15)],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2", "G1:G2"]
    return VacancyFile(
        "бос_орындар_порталдан.xlsx", xlsx_bytes({"Парақ1": rows}, {"Парақ1": merges}),
        [Want("Даяшы", WAITER[1], "KK-501", None, 1400, 1700, 10, d(4, 15)),
         Want("Ағаш ұстасы", CARPENTER[1], "KK-502", None, 1500, 1900, 12, d(4, 15))],
        about="Kazakh two-row header, pay merged over «бастап»/«дейін»",
    )


def reordered_extra_columns() -> VacancyFile:
    """Another office's order, deadline first and title in the middle, with its own columns besides."""
    rows = [
        ["Срок подачи", "Отрасль", "Работодатель", "Должность", "Требуемый опыт", "Кол-во мест",
         "Зарплата (QAR)", "Контактное лицо", "Номер вакансии", "Примечание"],
        [f"30.04.{YEAR}", "Строительство", CARPENTER[1], CARPENTER[0], "от 2 лет", "12", "1500-1900",
         "отдел кадров", "RO-11", "срочно"],
        [f"30.04.{YEAR}", "Транспорт", DRIVER[1], DRIVER[0], "3 года", "20", "2500-3000",
         "отдел кадров", "RO-12", ""],
    ]
    return VacancyFile(
        "вакансии_другой_порядок.csv", csv_bytes(rows, delimiter=";"),
        [Want(*CARPENTER[:2], "RO-11", None, 1500, 1900, 12, d(4, 30)),
         Want(*DRIVER[:2], "RO-12", None, 2500, 3000, 20, d(4, 30))],
        about="columns in another order and four nobody asked for",
    )


def extra_columns_agency_en() -> VacancyFile:
    """An agency sheet with visa numbers, nationality, gender and age columns around the vacancy's own."""
    rows = [
        ["S/N", "Visa No.", "Nationality", "Gender", "Age Limit", "Category", "Company Name", "Qty",
         "Salary", "Remarks"],
        [1, "QV-88123", "Kazakhstan", "Male", "21-40", "Mason", "Al Wakra Building Co.", 15, 1600, "urgent"],
        [2, "QV-88124", "Kazakhstan", "Male", "21-45", "Steel Fixer", "Al Wakra Building Co.", 20, 1500, ""],
    ]
    return VacancyFile(
        "demand_letter.xlsx", xlsx_bytes({"Demand": rows}),
        [Want("Mason", "Al Wakra Building Co.", None, None, 1600, 1600, 15, None),
         Want("Steel Fixer", "Al Wakra Building Co.", None, None, 1500, 1500, 20, None)],
        about="a Gulf demand letter: «Category» is the trade, «Qty» the places, visa and age columns besides",
    )


def kazakh_only_xlsx() -> VacancyFile:
    rows = [
        ["Бос жұмыс орнының коды", "Кәсіп атауы", "Жұмыс берушінің атауы", "Елді мекен", "Айлық жалақы (QAR)",
         "Бос орындар саны", "Құжат қабылдаудың соңғы күні"],
        ["KZQ-1", "Пісіруші", "Lusail Marina Hospitality", "Лусаил", "1700-2200", "4 орын", datetime(YEAR, 5, 20)],
        ["KZQ-2", "Медбике", NURSE[1], "Доха", "6500-8000", "6", datetime(YEAR, 5, 20)],
    ]
    return VacancyFile(
        "жұмыс_орындары.xlsx", xlsx_bytes({"Тізім": rows}),
        [Want("Пісіруші", "Lusail Marina Hospitality", "KZQ-1", "Лусаил", 1700, 2200, 4, d(5, 20)),
         Want("Медбике", NURSE[1], "KZQ-2", "Доха", 6500, 8000, 6, d(5, 20))],
        about="long Kazakh-only headers",
    )


def kazakh_only_terms_csv() -> VacancyFile:
    """Kazakh headers with the contract terms as «иә/жоқ» and the contract in months."""
    rows = [
        ["Коды", "Лауазымы", "Жұмыс беруші", "Жалақысы", "Орын саны", "Тұрғын үй", "Тамақ", "Көлік",
         "Медициналық сақтандыру", "Келісімшарт мерзімі (ай)", "Соңғы мерзімі"],
        ["KT-1", "Электрші", "Gulf Power Contracting", "2000-2600", "8", "иә", "жоқ", "иә", "иә", "24",
         f"31.05.{YEAR}"],
        ["KT-2", "Жүргізуші", DRIVER[1], "2500", "5", "Иә", "Иә", "жоқ", "жоқ", "12", f"31.05.{YEAR}"],
    ]
    return VacancyFile(
        "шарттар.csv", csv_bytes(rows, delimiter=";"),
        [Terms("Электрші", "Gulf Power Contracting", "KT-1", None, 2000, 2600, 8, d(5, 31),
               terms={"accommodation_provided": True, "food_provided": False, "transport_provided": True,
                      "medical_provided": True, "contract_months": 24}),
         Terms("Жүргізуші", DRIVER[1], "KT-2", None, 2500, 2500, 5, d(5, 31),
               terms={"accommodation_provided": True, "food_provided": True, "transport_provided": False,
                      "medical_provided": False, "contract_months": 12})],
        about="Kazakh headers, «иә/жоқ» in any case, contract months",
    )


def qatar_agency_xlsx() -> VacancyFile:
    """A Qatari agency's sheet: basic pay, and the benefits as words or amounts in columns of their own."""
    rows = [
        ["Job Title", "Company", "No. of Vacancies", "Basic Salary (QAR)", "Accommodation", "Transportation",
         "Food Allowance", "Contract Period", "Closing Date"],
        ["Heavy Truck Driver", "Gulf Haulage W.L.L.", 10, 1800, "Provided", "Provided", "QAR 300",
         "2 years", datetime(YEAR, 6, 30)],
        ["Housekeeper", "Pearl Residences", 25, 1200, "Provided", "Not provided", 250,
         "24 months", datetime(YEAR, 6, 30)],
        ["Kitchen Helper", "Pearl Residences", 8, 1100, "Company Provided", "Company Provided", "Provided",
         "3 Years", datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "QA_agency_demand.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Terms("Heavy Truck Driver", "Gulf Haulage W.L.L.", None, None, 1800, 1800, 10, d(6, 30),
               terms={"accommodation_provided": True, "transport_provided": True, "food_allowance": 300,
                      "contract_months": 24}),
         Terms("Housekeeper", "Pearl Residences", None, None, 1200, 1200, 25, d(6, 30),
               terms={"accommodation_provided": True, "transport_provided": False, "food_allowance": 250,
                      "contract_months": 24}),
         Terms("Kitchen Helper", "Pearl Residences", None, None, 1100, 1100, 8, d(6, 30),
               terms={"accommodation_provided": True, "transport_provided": True, "food_provided": True,
                      "contract_months": 36})],
        about="«Basic Salary (QAR)», «Accommodation», «Transportation», «Food Allowance» as an amount or "
              "«Provided», «Contract Period» in years or months",
    )


def qatar_agency_csv() -> VacancyFile:
    rows = [
        ["Ref", "Job Title", "Employer", "Basic Salary (QAR)", "Accommodation", "Transportation",
         "Food Allowance", "Contract Period", "Positions", "Deadline"],
        ["QA-AG-7", "Electrician", "Gulf Power Contracting", "QAR 2,200", "Yes", "Yes", "300 QAR",
         "2 Years", "6", f"{YEAR}-07-15"],
        ["QA-AG-8", "Cleaner", "Aspire Facilities Management", "QR 1,100", "Free", "No", "N/A",
         "1 year", "30", f"{YEAR}-07-15"],
    ]
    return VacancyFile(
        "agency_jobs.csv", csv_bytes(rows),
        [Terms("Electrician", "Gulf Power Contracting", "QA-AG-7", None, 2200, 2200, 6, d(7, 15),
               terms={"accommodation_provided": True, "transport_provided": True, "food_allowance": 300,
                      "contract_months": 24}),
         Terms("Cleaner", "Aspire Facilities Management", "QA-AG-8", None, 1100, 1100, 30, d(7, 15),
               terms={"accommodation_provided": True, "transport_provided": False, "food_allowance": None,
                      "contract_months": 12})],
        about="the agency's columns in a CSV: «Free», «N/A», «QR 1,100», «1 year»",
    )


def yes_no_russian() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Проживание", "Питание",
         "Транспорт", "Медстраховка", "Авиабилеты", "Срок контракта", "Срок подачи"],
        ["YN-1", *PLUMBER[:2], "1600-2000", "4", "да", "нет", "да", "Да", "да", "2 года", f"15.06.{YEAR}"],
        ["YN-2", *WAITER[:2], "1400-1700", "10", "Да", "Да", "нет", "НЕТ", "да", "24 мес.", f"15.06.{YEAR}"],
    ]
    return VacancyFile(
        "условия.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Terms(*PLUMBER[:2], "YN-1", None, 1600, 2000, 4, d(6, 15),
               terms={"accommodation_provided": True, "food_provided": False, "transport_provided": True,
                      "medical_provided": True, "airfare_provided": True, "contract_months": 24}),
         Terms(*WAITER[:2], "YN-2", None, 1400, 1700, 10, d(6, 15),
               terms={"accommodation_provided": True, "food_provided": True, "transport_provided": False,
                      "medical_provided": False, "airfare_provided": True, "contract_months": 24})],
        about="«да/нет» in any case, «Срок контракта» as «2 года» or «24 мес.»",
    )


def yes_no_ticks() -> VacancyFile:
    """Ticks and crosses, and a dash or an empty cell where the agency says nothing."""
    rows = [
        ["Job ID", "Position", "Employer", "Salary (QAR)", "Vacancies", "Housing", "Meals", "Transport",
         "Medical", "Air Ticket", "Closing Date"],
        ["TK-1", "Barista", "Souq Cafe Group", 1500, 5, "✓", "✓", "✗", "✓", "✔", datetime(YEAR, 2, 28)],
        ["TK-2", "Cashier", "Souq Cafe Group", 1400, 3, "✔", "—", "✓", "✓", None, datetime(YEAR, 2, 28)],
    ]
    return VacancyFile(
        "benefits_ticks.xlsx", xlsx_bytes({"Jobs": rows}),
        [Terms("Barista", "Souq Cafe Group", "TK-1", None, 1500, 1500, 5, d(2, 28),
               terms={"accommodation_provided": True, "food_provided": True, "transport_provided": False,
                      "medical_provided": True, "airfare_provided": True}),
         Terms("Cashier", "Souq Cafe Group", "TK-2", None, 1400, 1400, 3, d(2, 28),
               terms={"accommodation_provided": True, "food_provided": None, "transport_provided": True,
                      "medical_provided": True, "airfare_provided": None})],
        about="«✓», «✔», «✗»; a dash or an empty cell says nothing",
    )


def salary_currency_words() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата", "Кол-во мест", "Срок подачи"],
        ["SC-1", *WELDER[:2], "QR 1,800 - 2,400", "6", f"31.08.{YEAR}"],
        ["SC-2", *PLUMBER[:2], "1 600 катарских риалов", "4", f"31.08.{YEAR}"],
        ["SC-3", *WAITER[:2], "риал 1400-1700", "10", f"31.08.{YEAR}"],
        ["SC-4", *CARPENTER[:2], "1500 - 1900 QR", "12", f"31.08.{YEAR}"],
        ["SC-5", *DRIVER[:2], "2 500 – 3 000 QAR/мес.", "20", f"31.08.{YEAR}"],
        ["SC-6", *NURSE[:2], "от 6500 риалов в месяц", "8", f"31.08.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата_с_валютой.csv", csv_bytes(rows, delimiter=";"),
        [Want(*WELDER[:2], "SC-1", None, 1800, 2400, 6, d(8, 31)),
         Want(*PLUMBER[:2], "SC-2", None, 1600, 1600, 4, d(8, 31)),
         Want(*WAITER[:2], "SC-3", None, 1400, 1700, 10, d(8, 31)),
         Want(*CARPENTER[:2], "SC-4", None, 1500, 1900, 12, d(8, 31)),
         Want(*DRIVER[:2], "SC-5", None, 2500, 3000, 20, d(8, 31)),
         Want(*NURSE[:2], "SC-6", None, 6500, None, 8, d(8, 31))],
        about="the currency before or after: «QR», «катарских риалов», «риал 1400-1700», «QAR/мес.», «в месяц»",
    )


def salary_currency_en_kk() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Employer", "Monthly Salary", "Positions", "Deadline"],
        ["SE-1", "Painter", "Lusail Mechanical Contracting", "QAR1500-QAR1900", "4", f"{YEAR}-08-31"],
        ["SE-2", "Rigger", "Lusail Mechanical Contracting", "1,700 riyals", "3", f"{YEAR}-08-31"],
        ["SE-3", "Welder", "Lusail Mechanical Contracting", "QAR 2,000 per month", "8", f"{YEAR}-08-31"],
        ["SE-4", "Helper", "Lusail Mechanical Contracting", "1 200 риял", "20", f"{YEAR}-08-31"],
        ["SE-5", "Foreman", "Lusail Mechanical Contracting", "3000-3500 Qatari Riyals", "1", f"{YEAR}-08-31"],
    ]
    return VacancyFile(
        "salaries_currency.csv", csv_bytes(rows),
        [Want("Painter", "Lusail Mechanical Contracting", "SE-1", None, 1500, 1900, 4, d(8, 31)),
         Want("Rigger", "Lusail Mechanical Contracting", "SE-2", None, 1700, 1700, 3, d(8, 31)),
         Want("Welder", "Lusail Mechanical Contracting", "SE-3", None, 2000, 2000, 8, d(8, 31)),
         Want("Helper", "Lusail Mechanical Contracting", "SE-4", None, 1200, 1200, 20, d(8, 31)),
         Want("Foreman", "Lusail Mechanical Contracting", "SE-5", None, 3000, 3500, 1, d(8, 31))],
        about="«QAR1500-QAR1900», «riyals», «per month», Kazakh «риял», «Qatari Riyals»",
    )


def dates_text_three_languages() -> VacancyFile:
    rows = [
        ["ID", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DL-1", *WELDER[:2], "1800-2400", "6", f"15 января {YEAR} года"],
        ["DL-2", *PLUMBER[:2], "1600-2000", "4", f"{YEAR} ж. 20 ақпан"],
        ["DL-3", *WAITER[:2], "1400-1700", "10", f"10 Mar {YEAR}"],
        ["DL-4", *CARPENTER[:2], "1500-1900", "12", f"5-Apr-{YEAR}"],
        ["DL-5", *DRIVER[:2], "2500-3000", "20", f"25 қыркүйек {YEAR} ж."],
        ["DL-6", *NURSE[:2], "6500-8000", "8", f"November 1st, {YEAR}"],
    ]
    return VacancyFile(
        "сроки_текстом.csv", csv_bytes(rows, delimiter=";"),
        [Want(*WELDER[:2], "DL-1", None, 1800, 2400, 6, d(1, 15)),
         Want(*PLUMBER[:2], "DL-2", None, 1600, 2000, 4, d(2, 20)),
         Want(*WAITER[:2], "DL-3", None, 1400, 1700, 10, d(3, 10)),
         Want(*CARPENTER[:2], "DL-4", None, 1500, 1900, 12, d(4, 5)),
         Want(*DRIVER[:2], "DL-5", None, 2500, 3000, 20, d(9, 25)),
         Want(*NURSE[:2], "DL-6", None, 6500, 8000, 8, d(11, 1))],
        about="«15 января … года», «… ж. 20 ақпан», «10 Mar», «5-Apr-…», «25 қыркүйек … ж.», «November 1st»",
    )


def dates_excel_serials_xlsx() -> VacancyFile:
    """Dates whose cell format was lost: Excel's serial numbers, as a number and as text."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["ES-1", *WELDER[:2], "1800-2400", 6, serial(d(3, 31))],
        ["ES-2", *PLUMBER[:2], "1600-2000", 4, str(serial(d(4, 30)))],
    ]
    return VacancyFile(
        "сроки_числами.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], "ES-1", None, 1800, 2400, 6, d(3, 31)),
         Want(*PLUMBER[:2], "ES-2", None, 1600, 2000, 4, d(4, 30))],
        about="a deadline as Excel's serial number (a number, and a number kept as text)",
    )


def dates_excel_serials_csv() -> VacancyFile:
    rows = [
        ["Vacancy ID", "Job Title", "Employer", "Salary", "Positions", "Closing Date"],
        ["ESC-1", "Scaffolder", "Qatar Building Engineering", "1400-1800", "15", str(serial(d(5, 15)))],
    ]
    return VacancyFile(
        "pasted_values.csv", csv_bytes(rows),
        [Want("Scaffolder", "Qatar Building Engineering", "ESC-1", None, 1400, 1800, 15, d(5, 15))],
        about="a CSV saved from a sheet whose dates had become numbers",
    )


def cp1251_commas_quoted() -> VacancyFile:
    rows = [
        ["Номер", "Должность", "Работодатель", "Место работы", "Зарплата, риал", "Количество мест", "Срок"],
        ["CP-1", "Сварщик, аргонщик", WELDER[1], "Месаид, Катар", "1 800 - 2 400", "6", f"31.10.{YEAR}"],
        ["CP-2", "Повар, пекарь", WAITER[1], "Доха, Катар", "1 500", "3", f"31.10.{YEAR}"],
    ]
    return VacancyFile(
        "vakansii.csv", csv_bytes(rows, delimiter=",", encoding="cp1251"),
        [Want("Сварщик, аргонщик", WELDER[1], "CP-1", "Месаид, Катар", 1800, 2400, 6, d(10, 31)),
         Want("Повар, пекарь", WAITER[1], "CP-2", "Доха, Катар", 1500, 1500, 3, d(10, 31))],
        about="Windows-1251 with commas, quoted cells holding commas",
    )


def bom_semicolons_kk_ru() -> VacancyFile:
    rows = [
        ["№", "Лауазымы / Должность", "Жұмыс беруші / Работодатель", "Жалақы / Зарплата (QAR)",
         "Орын саны / Кол-во мест", "Мерзімі / Срок"],
        ["BS-1", "Тігінші", "Doha Garments W.L.L.", "1300-1600", "12", f"30.09.{YEAR}"],
        ["BS-2", "Аула сыпырушы", "Aspire Facilities Management", "1100", "20", f"30.09.{YEAR}"],
    ]
    data = csv_bytes(rows, delimiter=";").decode().encode("utf-8-sig")
    return VacancyFile(
        "екі_тілде.csv", data,
        [Want("Тігінші", "Doha Garments W.L.L.", None, None, 1300, 1600, 12, d(9, 30)),
         Want("Аула сыпырушы", "Aspire Facilities Management", None, None, 1100, 1100, 20, d(9, 30))],
        about="UTF-8 with BOM and semicolons; headers in Kazakh and Russian joined by a slash",
    )


def bilingual_headers_en_ru() -> VacancyFile:
    rows = [
        ["Vacancy code / Код вакансии", "Position / Должность", "Employer / Работодатель",
         "Salary, QAR / Зарплата", "Quantity / Количество", "Deadline / Срок"],
        ["BL-1", "Mechanic", "Gulf Haulage W.L.L.", "2000-2500", 4, datetime(YEAR, 10, 1)],
    ]
    return VacancyFile(
        "bilingual.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Mechanic", "Gulf Haulage W.L.L.", "BL-1", None, 2000, 2500, 4, d(10, 1))],
        about="English and Russian in each header",
    )


def spaces_and_nbsp() -> VacancyFile:
    """Cells pasted from a web page or Word: trailing spaces and non-breaking spaces everywhere."""
    rows = [
        ["Код вакансии ", f"Должность{NBSP}", " Работодатель", f"Зарплата{NBSP}(QAR)", "Кол-во мест  ", "Срок подачи"],
        [f"NB-1{NBSP}", f"Сварщик{NBSP}", f"{WELDER[1]}  ", f"1{NBSP}800{NBSP}-{NBSP}2{NBSP}400", f"6{NBSP}",
         f"31.03.{YEAR}{NBSP}"],
        ["NB-2 ", " Сантехник ", f"{NBSP}{PLUMBER[1]}", "1 600 ", " 4 чел. ", f" 31.03.{YEAR} "],
    ]
    return VacancyFile(
        "скопировано_с_сайта.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want("Сварщик", WELDER[1], "NB-1", None, 1800, 2400, 6, d(3, 31)),
         Want("Сантехник", PLUMBER[1], "NB-2", None, 1600, 1600, 4, d(3, 31))],
        about="trailing spaces and non-breaking spaces in headers, ids, numbers and dates",
    )


def spaces_and_nbsp_csv() -> VacancyFile:
    rows = [
        ["Job Title ", "Company ", "Salary (QAR) ", "No. of positions ", "Closing Date "],
        [f"Tile Setter{NBSP}{NBSP}", f"{CARPENTER[1]} ", f"QAR{NBSP}1,600", f"7{NBSP}", f"{YEAR}-04-30{NBSP}"],
    ]
    return VacancyFile(
        "nbsp.csv", csv_bytes(rows),
        [Want("Tile Setter", CARPENTER[1], None, None, 1600, 1600, 7, d(4, 30))],
        about="a CSV with non-breaking spaces left by a web page",
    )


def blank_rows_between_groups() -> VacancyFile:
    """Vacancies grouped by employer: a merged group title, the group's rows, a blank row, the next."""
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["Строительство"],
        ["GR-1", *CARPENTER[:2], "1500-1900", 12, datetime(YEAR, 5, 31)],
        ["GR-2", *WELDER[:2], "1800-2400", 6, datetime(YEAR, 5, 31)],
        [],
        ["Гостиничный бизнес"],
        ["GR-3", *WAITER[:2], "1400-1700", 10, datetime(YEAR, 5, 31)],
        [],
        ["Медицина"],
        ["GR-4", *NURSE[:2], "6500-8000", 8, datetime(YEAR, 5, 31)],
    ]
    merges = ["A2:F2", "A6:F6", "A9:F9"]
    return VacancyFile(
        "по группам.xlsx", xlsx_bytes({"Лист1": rows}, {"Лист1": merges}),
        [Want(*CARPENTER[:2], "GR-1", None, 1500, 1900, 12, d(5, 31)),
         Want(*WELDER[:2], "GR-2", None, 1800, 2400, 6, d(5, 31)),
         Want(*WAITER[:2], "GR-3", None, 1400, 1700, 10, d(5, 31)),
         Want(*NURSE[:2], "GR-4", None, 6500, 8000, 8, d(5, 31))],
        about="group titles on rows of their own and blank rows between groups: neither is a vacancy",
    )


def blank_rows_between_groups_csv() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary Range", "No. of positions", "Closing Date"],
        ["", "", "", "", ""],
        ["-- Hospitality --", "", "", "", ""],
        ["Room Attendant", "Pearl Towers Hotel", "1300-1500", "12", f"{YEAR}-06-01"],
        ["", "", "", "", ""],
        ["-- Transport --", "", "", "", ""],
        ["Bus Driver", DRIVER[1], "2500-3000", "20", f"{YEAR}-06-01"],
    ]
    return VacancyFile(
        "grouped.csv", csv_bytes(rows),
        [Want("Room Attendant", "Pearl Towers Hotel", None, None, 1300, 1500, 12, d(6, 1)),
         Want("Bus Driver", DRIVER[1], None, None, 2500, 3000, 20, d(6, 1))],
        about="group titles in the title column with nothing else on the line",
    )


def total_row_bottom() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["TT-1", *WELDER[:2], "1800-2400", 6, datetime(YEAR, 7, 31)],
        ["TT-2", *PLUMBER[:2], "1600-2000", 4, datetime(YEAR, 7, 31)],
        [None, "ВСЕГО:", None, None, 10, None],
    ]
    return VacancyFile(
        "итог.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], "TT-1", None, 1800, 2400, 6, d(7, 31)),
         Want(*PLUMBER[:2], "TT-2", None, 1600, 2000, 4, d(7, 31))],
        about="«ВСЕГО:» in the title column right under the last row, with the sum of places",
    )


def total_row_bottom_en() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "Basic Salary (QAR)", "Qty", "Deadline"],
        ["Cleaner", "Aspire Facilities Management", "1100", "30", f"{YEAR}-09-30"],
        ["Gardener", "Aspire Facilities Management", "1200", "10", f"{YEAR}-09-30"],
        ["Grand Total", "", "", "40", ""],
    ]
    return VacancyFile(
        "totals.csv", csv_bytes(rows),
        [Want("Cleaner", "Aspire Facilities Management", None, None, 1100, 1100, 30, d(9, 30)),
         Want("Gardener", "Aspire Facilities Management", None, None, 1200, 1200, 10, d(9, 30))],
        about="«Grand Total» in the title column with the places summed",
    )


def bad_rows_ru() -> VacancyFile:
    """Rows an officer must hear about: no title, a deadline past, pay in tenge, a negative count."""
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата", "Кол-во мест", "Срок подачи"],
        ["BR-1", *WELDER[:2], "1800-2400", "6", f"31.12.{YEAR}"],
        ["BR-2", "", PLUMBER[1], "1600-2000", "4", f"31.12.{YEAR}"],
        ["BR-3", *WAITER[:2], "1400-1700", "10", f"15.01.{PAST}"],
        ["BR-4", *CARPENTER[:2], "450 000 тенге", "12", f"31.12.{YEAR}"],
        ["BR-5", *DRIVER[:2], "2500-3000", "-3", f"31.12.{YEAR}"],
        ["BR-6", *NURSE[:2], "6500-8000", "8", f"31.12.{YEAR}"],
    ]
    return VacancyFile(
        "с ошибками.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*WELDER[:2], "BR-1", None, 1800, 2400, 6, d(12, 31)),
         Want(*NURSE[:2], "BR-6", None, 6500, 8000, 8, d(12, 31))],
        [Refusal(3, "Должность"), Refusal(4, "Срок подачи"), Refusal(5, "Зарплата"), Refusal(6, "Кол-во мест")],
        about="a missing title, a past deadline, a salary in tenge, a negative count among good rows",
    )


def bad_rows_agency_en() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "Basic Salary", "No. of Vacancies", "Closing Date"],
        ["Welder", WELDER[1], "QAR 1,800", 6, datetime(YEAR, 12, 1)],
        ["Mason", CARPENTER[1], "KZT 400,000", 10, datetime(YEAR, 12, 1)],
        [None, DRIVER[1], "QAR 2,500", 5, datetime(YEAR, 12, 1)],
        ["Cleaner", "Aspire Facilities Management", "QAR 1,100", -2, datetime(YEAR, 12, 1)],
        ["Cook", WAITER[1], "QAR 1,600", 3, datetime(PAST, 12, 1)],
    ]
    return VacancyFile(
        "agency_errors.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Want("Welder", WELDER[1], None, None, 1800, 1800, 6, d(12, 1))],
        [Refusal(3, "Basic Salary"), Refusal(4, "Job Title"), Refusal(5, "No. of Vacancies"),
         Refusal(6, "Closing Date")],
        about="pay in KZT, no title, a negative number of places, a past closing date",
    )


def bad_rows_kk() -> VacancyFile:
    rows = [
        ["Коды", "Лауазымы", "Жұмыс беруші", "Жалақы", "Орын саны", "Соңғы мерзімі"],
        ["BK-1", "Аспаз", WAITER[1], "1600-2000", "3", f"{YEAR} жылғы 31 шілде"],
        ["BK-2", "Дәнекерлеуші", WELDER[1], "500 000 теңге", "6", f"{YEAR} жылғы 31 шілде"],
        ["BK-3", "Жүргізуші", DRIVER[1], "2500", "5", f"{PAST} жылғы 1 наурыз"],
        ["BK-4", "Тазалаушы", "Aspire Facilities Management", "1100 ₸", "20", f"{YEAR} жылғы 31 шілде"],
    ]
    return VacancyFile(
        "қателер.csv", csv_bytes(rows, delimiter=";"),
        [Want("Аспаз", WAITER[1], "BK-1", None, 1600, 2000, 3, d(7, 31))],
        [Refusal(3, "Жалақы"), Refusal(4, "Соңғы мерзімі"), Refusal(5, "Жалақы")],
        about="Kazakh headers: pay in «теңге» and in «₸», a deadline past written in Kazakh",
    )


def salary_tenge_symbol_header() -> VacancyFile:
    """A whole column in tenge: every row's pay must be refused, not taken as riyals."""
    rows = [
        ["ID вакансии", "Должность", "Работодатель", "Зарплата (тенге)", "Кол-во мест", "Срок подачи"],
        ["TG-1", *WELDER[:2], "400000", "6", f"31.10.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата_в_тенге.csv", csv_bytes(rows, delimiter=";"),
        [],
        [Refusal(2, "Зарплата (тенге)")],
        about="the header says the pay is in tenge",
    )


def positions_units_en() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary (QAR)", "Required", "Closing Date"],
        ["Steel Fixer", "Qatar Building Engineering", "1,400 + OT", "25 pax", f"{YEAR}-03-15"],
        ["Shuttering Carpenter", "Qatar Building Engineering", "1,500 + OT", "10 Nos.", f"{YEAR}-03-15"],
        ["Surveyor", "Qatar Building Engineering", "4,000", "2 persons", f"{YEAR}-03-15"],
    ]
    return VacancyFile(
        "manpower_request.csv", csv_bytes(rows),
        [Want("Steel Fixer", "Qatar Building Engineering", None, None, 1400, 1400, 25, d(3, 15)),
         Want("Shuttering Carpenter", "Qatar Building Engineering", None, None, 1500, 1500, 10, d(3, 15)),
         Want("Surveyor", "Qatar Building Engineering", None, None, 4000, 4000, 2, d(3, 15))],
        about="places as «25 pax», «10 Nos.», «2 persons»; pay «+ OT» (overtime on top)",
    )


def ru_abbreviated_headers() -> VacancyFile:
    rows = [
        ["№ вак.", "Наим. должности", "Наим. работодателя", "З/п, QAR", "Кол. вак.", "Дата оконч."],
        ["AB-1", *PLUMBER[:2], "1600-2000", "4", f"30.11.{YEAR}"],
        ["AB-2", *NURSE[:2], "6500-8000", "8", f"30.11.{YEAR}"],
    ]
    return VacancyFile(
        "сокращения.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*PLUMBER[:2], "AB-1", None, 1600, 2000, 4, d(11, 30)),
         Want(*NURSE[:2], "AB-2", None, 6500, 8000, 8, d(11, 30))],
        about="abbreviated headers: «Наим. должности», «З/п», «Кол. вак.», «Дата оконч.»",
    )


def kazakh_latin_headers() -> VacancyFile:
    rows = [
        ["Kody", "Lauazymy", "Jumys berushi", "Jalaqy (QAR)", "Oryn sany", "Songy merzimi"],
        ["KL-1", "Dánekerleýshi", WELDER[1], "1800-2400", "6", f"31.07.{YEAR}"],
    ]
    return VacancyFile(
        "bos_oryndar.csv", csv_bytes(rows),
        [Want("Dánekerleýshi", WELDER[1], "KL-1", None, 1800, 2400, 6, d(7, 31))],
        about="Kazakh headers typed in Latin letters",
    )


def allowances_ru() -> VacancyFile:
    """Russian allowance columns: amounts with the currency, or «предоставляется» instead of an amount."""
    rows = [
        ["Код", "Должность", "Работодатель", "Оклад (QAR)", "Жильё", "Питание (QAR)", "Транспорт",
         "Кол-во мест", "Срок подачи"],
        ["AL-1", *WELDER[:2], "1800", "предоставляется", "300 риалов", "предоставляется", "6", f"31.05.{YEAR}"],
        ["AL-2", *WAITER[:2], "1400", "500 QAR", "питание за счёт работодателя", "не предоставляется", "10",
         f"31.05.{YEAR}"],
    ]
    return VacancyFile(
        "надбавки.csv", csv_bytes(rows, delimiter=";"),
        [Terms(*WELDER[:2], "AL-1", None, 1800, 1800, 6, d(5, 31),
               terms={"accommodation_provided": True, "food_allowance": 300, "transport_provided": True}),
         Terms(*WAITER[:2], "AL-2", None, 1400, 1400, 10, d(5, 31),
               terms={"housing_allowance": 500, "food_provided": True, "transport_provided": False})],
        about="«предоставляется» / «не предоставляется», an allowance as an amount with its currency",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the second set, built afresh."""
    builders = [
        portal_merged_header, portal_merged_header_kk, reordered_extra_columns, extra_columns_agency_en,
        kazakh_only_xlsx, kazakh_only_terms_csv, qatar_agency_xlsx, qatar_agency_csv, yes_no_russian,
        yes_no_ticks, salary_currency_words, salary_currency_en_kk, dates_text_three_languages,
        dates_excel_serials_xlsx, dates_excel_serials_csv, cp1251_commas_quoted, bom_semicolons_kk_ru,
        bilingual_headers_en_ru, spaces_and_nbsp, spaces_and_nbsp_csv, blank_rows_between_groups,
        blank_rows_between_groups_csv, total_row_bottom, total_row_bottom_en, bad_rows_ru,
        bad_rows_agency_en, bad_rows_kk, salary_tenge_symbol_header, positions_units_en,
        ru_abbreviated_headers, kazakh_latin_headers, allowances_ru,
    ]
    return [build() for build in builders]
