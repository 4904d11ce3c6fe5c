"""A ninth set of vacancy files as officers send them, written apart from the first eight.

This set holds what the earlier ones touch little: a workbook whose title is merged across the table and whose
employer and deadline cells are merged down over their rows, closed by a «Барлығы» or «Всего» row; a sheet with
numbered notes above the header, one of which gives every vacancy its deadline; a Qatari employer's letter of
demand (its letterhead above the table, "S.No", "Job Title", "No. of Positions", "Basic Salary (QAR)", "Food
Allowance", "Accommodation", "Transportation"); the basic pay beside its allowances and a total ("Total Salary",
«Итого», «Барлығы») that is not the pay, in English, Russian and Kazakh columns, and the allowances written in
the pay's own cell ("1200 + 300 food + 500 accommodation"); columns in Kazakh only, in Cyrillic and in the
2021 Latin alphabet; deadlines as Excel's serial numbers (a number cell, the number as text, a CSV) beside dates
as text in three languages; a LibreOffice (.ods) workbook; a web page saved as .xls, as portals export it;
numbers stored as text with spaces, no-break spaces, a narrow no-break space and Excel's leading apostrophe;
blank rows between blocks of vacancies, a block's title and its header repeated; the same row twice, and one
code given to two vacancies; and files with nothing to import (an empty CSV, a Kazakh header with no rows, an
application status register sent as a vacancy file), which must get an answer saying so.

The format is the earlier sets' (`Want`, `Terms`, `NothingToImport` with the words its `answer` must hold).
The set was written before the reading code was opened; dates are built from today's, so it never ages.
"""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from tests.data.vacancy_files import YEAR, Refusal, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms, serial
from tests.data.vacancy_files_5 import NothingToImport, workbook
from tests.workbooks import ods_package

NBSP = "\u00a0"
NNBSP = "\u202f"  # the narrow no-break space some locales put between thousands

# The vacancies: made-up employers, trades apart from the earlier sets' where it matters.
MUFTAH = "Al Muftah Contracting W.L.L."
BARWA = "Barwa Facility Services"
SALAL = "Umm Salal Poultry Farm"
BUFONTAS = "Ras Bufontas Logistics"
PEARL = "The Pearl Laundry Services"
MSHEIREB = "Msheireb Hospitality Group"
DUKHAN = "Dukhan Oilfield Services"
SHAHANIYA = "Al Shahaniya Equestrian Club"


# ---- merged title cells, merged employer cells, a totals row ------------------------------------------------------

def merged_title_totals_kk() -> VacancyFile:
    rows = [
        ["Қатар Мемлекетінің жұмыс берушілерінің бос жұмыс орындарының тізімі"],
        [f"{YEAR - 1} жылғы 20 қарашадағы жағдай бойынша"],
        [],
        ["№", "Бос орын коды", "Лауазымы", "Жұмыс беруші", "Қала", "Жалақы, QAR", "Орын саны",
         "Құжат қабылдау мерзімі"],
        [1, "KQ-9101", "Құс фабрикасының жұмысшысы", SALAL, "Умм-Салал", "1100-1300", 20, datetime(YEAR, 4, 30)],
        [2, "KQ-9102", "Ветеринар", SALAL, "Умм-Салал", "4500", 1, datetime(YEAR, 4, 30)],
        [3, "KQ-9103", "Жүк тиегіш жүргізушісі", BUFONTAS, "Доха", "1800-2100", 6, datetime(YEAR, 5, 15)],
        [4, "KQ-9104", "Қойма меңгерушісі", BUFONTAS, "Доха", "3200", 2, datetime(YEAR, 5, 15)],
        ["Барлығы", None, None, None, None, None, 29, None],
    ]
    merges = ["A1:H1", "A2:H2", "A9:F9"]
    return VacancyFile(
        "Бос орындар тізімі.xlsx", workbook({"Парақ1": rows}, merges={"Парақ1": merges}),
        [Want("Құс фабрикасының жұмысшысы", SALAL, "KQ-9101", "Умм-Салал", 1100, 1300, 20, d(4, 30)),
         Want("Ветеринар", SALAL, "KQ-9102", "Умм-Салал", 4500, 4500, 1, d(4, 30)),
         Want("Жүк тиегіш жүргізушісі", BUFONTAS, "KQ-9103", "Доха", 1800, 2100, 6, d(5, 15)),
         Want("Қойма меңгерушісі", BUFONTAS, "KQ-9104", "Доха", 3200, 3200, 2, d(5, 15))],
        about="a Kazakh title merged across two rows above the table, a «Барлығы» row merged over its first six "
              "cells with the places' sum under «Орын саны»",
    )


def merged_employer_down_ru() -> VacancyFile:
    rows = [
        ["Сводная потребность в работниках (Катар), 1 квартал"],
        ["№ п/п", "Наименование должности", "Работодатель", "Город", "Оклад, QAR", "Количество", "Срок подачи"],
        [1, "Оператор прачечной", PEARL, "Доха", 1100, 12, datetime(YEAR, 3, 20)],
        [2, "Гладильщица", None, None, 1050, 8, None],
        [3, "Водитель развозного фургона", None, None, 1700, 3, None],
        [4, "Горничная", MSHEIREB, "Доха", 1200, 15, datetime(YEAR, 4, 10)],
        [5, "Бариста", None, None, 1500, 4, None],
        ["Всего", None, None, None, None, 42, None],
    ]
    merges = ["A1:G1", "C3:C5", "D3:D5", "G3:G5", "C6:C7", "D6:D7", "G6:G7", "A8:E8"]
    return VacancyFile(
        "Потребность_1кв.xlsx", workbook({"Лист1": rows}, merges={"Лист1": merges}),
        [Want("Оператор прачечной", PEARL, None, "Доха", 1100, 1100, 12, d(3, 20)),
         Want("Гладильщица", PEARL, None, "Доха", 1050, 1050, 8, d(3, 20)),
         Want("Водитель развозного фургона", PEARL, None, "Доха", 1700, 1700, 3, d(3, 20)),
         Want("Горничная", MSHEIREB, None, "Доха", 1200, 1200, 15, d(4, 10)),
         Want("Бариста", MSHEIREB, None, "Доха", 1500, 1500, 4, d(4, 10))],
        about="the employer, the town and the deadline merged down over each employer's rows (only the first cell "
              "holds the value), a «Всего» row at the bottom",
    )


# ---- notes above the header ---------------------------------------------------------------------------------------

def numbered_notes_above_header_ru() -> VacancyFile:
    rows = [
        ["ПЕРЕЧЕНЬ ВАКАНСИЙ ПО ГОСУДАРСТВУ КАТАР"],
        ["Примечания:"],
        ["1. Трудоустройство для соискателей бесплатное, взимание любых сборов запрещено."],
        ["2. Заработная плата указана в катарских риалах (QAR), без учёта надбавок."],
        [f"3. Срок приёма документов: до 15.04.{YEAR} включительно."],
        ["4. Проживание и медицинская страховка за счёт работодателя."],
        [],
        ["Должность", "Работодатель", "Город", "Зарплата", "Кол-во"],
        ["Конюх", SHAHANIYA, "Аш-Шахания", "1300", "6"],
        ["Берейтор", SHAHANIYA, "Аш-Шахания", "2500-3000", "2"],
        ["Оператор буровой установки", DUKHAN, "Духан", "4200", "3"],
    ]
    return VacancyFile(
        "Перечень вакансий (с примечаниями).xlsx", workbook({"Лист1": rows}),
        [Want("Конюх", SHAHANIYA, None, "Аш-Шахания", 1300, 1300, 6, d(4, 15)),
         Want("Берейтор", SHAHANIYA, None, "Аш-Шахания", 2500, 3000, 2, d(4, 15)),
         Want("Оператор буровой установки", DUKHAN, None, "Духан", 4200, 4200, 3, d(4, 15))],
        about="four numbered notes above the header («1. …», «2. …»: no vacancies), the third giving every row its "
              "deadline; no deadline column",
    )


def employer_letter_of_demand_en() -> VacancyFile:
    rows = [
        [MUFTAH],
        ["P.O. Box 22417, Doha – State of Qatar"],
        [f"Ref: AMC/HR/{YEAR - 1}/114"],
        ["Subject: Manpower Requirement from Kazakhstan"],
        ["We are pleased to submit our requirement as below. All candidates will be recruited free of cost."],
        [],
        ["S.No", "Job Title", "No. of Positions", "Basic Salary (QAR)", "Food Allowance", "Accommodation",
         "Transportation", "Contract Period"],
        [1, "Duct Fabricator", 10, 1400, 300, "Provided", "Provided", "2 Years"],
        [2, "AC Technician", 6, 1800, 300, "Provided", "Provided", "2 Years"],
        [3, "Pipe Fitter", 8, 1600, "Provided", "Provided", "Provided", "2 Years"],
        [4, "Foreman (MEP)", 1, 3500, "N/A", "Provided", "Company car", "2 Years"],
        [],
        ["Note: Overtime as per Qatar Labour Law. Annual leave 30 days with air ticket."],
        ["Authorized Signatory"],
    ]
    return VacancyFile(
        "AMC Manpower Requirement.xlsx", workbook({"Demand": rows}),
        [Terms("Duct Fabricator", MUFTAH, None, None, 1400, 1400, 10, None,
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True,
                      "contract_months": 24}),
         Terms("AC Technician", MUFTAH, None, None, 1800, 1800, 6, None,
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True,
                      "contract_months": 24}),
         Terms("Pipe Fitter", MUFTAH, None, None, 1600, 1600, 8, None,
               terms={"food_provided": True, "accommodation_provided": True, "transport_provided": True,
                      "contract_months": 24}),
         Terms("Foreman (MEP)", MUFTAH, None, None, 3500, 3500, 1, None,
               terms={"accommodation_provided": True, "contract_months": 24})],
        about="a Qatari employer's letter of demand: its name alone on the letterhead line (no employer column), its "
              "address, a reference and a sentence above the table, a note and the signatory below",
    )


# ---- the basic pay beside its allowances --------------------------------------------------------------------------

def basic_allowances_total_en() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "No. of Positions", "Basic Salary (QAR)", "Food Allowance", "Housing Allowance",
         "Transport Allowance", "Total Salary (QAR)", "Closing Date"],
        ["Security Guard", BARWA, 25, 1200, 300, 500, 0, 2000, datetime(YEAR, 6, 30)],
        ["Gardener", BARWA, 10, 1000, 300, "Provided", "Provided", 1300, datetime(YEAR, 6, 30)],
        ["Swimming Pool Technician", BARWA, 3, 1800, 300, 600, 200, 2900, datetime(YEAR, 7, 15)],
    ]
    return VacancyFile(
        "Barwa FS demand.xlsx", workbook({"Sheet1": rows}),
        [Terms("Security Guard", BARWA, None, None, 1200, 1200, 25, d(6, 30),
               terms={"food_allowance": 300, "housing_allowance": 500}),
         Terms("Gardener", BARWA, None, None, 1000, 1000, 10, d(6, 30),
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True}),
         Terms("Swimming Pool Technician", BARWA, None, None, 1800, 1800, 3, d(7, 15),
               terms={"food_allowance": 300, "housing_allowance": 600, "transport_allowance": 200})],
        about="«Basic Salary (QAR)» is the pay, each allowance kept apart, «Total Salary (QAR)» (basic and allowances "
              "added) is not the pay",
    )


def basic_allowances_itogo_ru_csv() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Оклад", "Доплата за питание", "Доплата за проживание", "Итого",
         "Кол-во мест", "Срок подачи"],
        ["BA-1", "Пекарь", MSHEIREB, "1 400", "300", "500", "2 200", "3", f"31.05.{YEAR}"],
        ["BA-2", "Официант", MSHEIREB, "1 100", "300", "предоставляется", "1 400", "10", f"31.05.{YEAR}"],
        ["BA-3", "Помощник повара", MSHEIREB, "1 000", "питание бесплатное", "500", "1 500", "6", f"31.05.{YEAR}"],
        ["", "Итого", "", "", "", "", "", "19", ""],
    ]
    return VacancyFile(
        "оклад и доплаты.csv", csv_bytes(rows, delimiter=";"),
        [Terms("Пекарь", MSHEIREB, "BA-1", None, 1400, 1400, 3, d(5, 31),
               terms={"food_allowance": 300, "housing_allowance": 500}),
         Terms("Официант", MSHEIREB, "BA-2", None, 1100, 1100, 10, d(5, 31),
               terms={"food_allowance": 300, "accommodation_provided": True}),
         Terms("Помощник повара", MSHEIREB, "BA-3", None, 1000, 1000, 6, d(5, 31),
               terms={"food_provided": True, "housing_allowance": 500})],
        about="«Оклад» is the pay, «Доплата за питание / за проживание» the allowances, a column «Итого» (their sum) "
              "is not the pay, and an «Итого» line at the bottom is no vacancy",
    )


def basic_allowances_kk_xlsx() -> VacancyFile:
    rows = [
        ["Лауазымы", "Жұмыс беруші", "Негізгі жалақы (QAR)", "Тамақ үшін үстемеақы", "Тұрғын үй үшін үстемеақы",
         "Көлік үшін үстемеақы", "Барлығы (QAR)", "Орын саны", "Соңғы мерзімі"],
        ["Электр дәнекерлеуші", DUKHAN, 1900, 300, 500, 200, 2900, 5, datetime(YEAR, 8, 1)],
        ["Слесарь-жөндеуші", DUKHAN, 1700, 300, "беріледі", "беріледі", 2000, 4, datetime(YEAR, 8, 1)],
    ]
    return VacancyFile(
        "жалақы мен үстемеақылар.xlsx", workbook({"Парақ1": rows}),
        [Terms("Электр дәнекерлеуші", DUKHAN, None, None, 1900, 1900, 5, d(8, 1),
               terms={"food_allowance": 300, "housing_allowance": 500, "transport_allowance": 200}),
         Terms("Слесарь-жөндеуші", DUKHAN, None, None, 1700, 1700, 4, d(8, 1),
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True})],
        about="Kazakh: «Негізгі жалақы» is the pay, «… үшін үстемеақы» the allowances (a sum or «беріледі»), «Барлығы» "
              "their total, not the pay",
    )


def allowances_in_pay_cell_en_csv() -> VacancyFile:
    rows = [
        ["Ref No", "Position", "Employer", "Salary", "Qty", "Last Date"],
        ["AP-1", "Cashier", "Doha Festival City Retail", "1200 + 300 food + 500 accommodation", "8",
         f"{YEAR}-09-15"],
        ["AP-2", "Forklift Operator", BUFONTAS, "QAR 1,500 basic + QAR 250 transport", "5", f"{YEAR}-09-15"],
        ["AP-3", "Storekeeper", BUFONTAS, "1,000 + 300 (food) + 500 (HRA)", "2", f"{YEAR}-09-15"],
    ]
    return VacancyFile(
        "demand_salary_breakup.csv", csv_bytes(rows),
        [Terms("Cashier", "Doha Festival City Retail", "AP-1", None, 1200, 1200, 8, d(9, 15),
               terms={"food_allowance": 300, "housing_allowance": 500}),
         Terms("Forklift Operator", BUFONTAS, "AP-2", None, 1500, 1500, 5, d(9, 15),
               terms={"transport_allowance": 250}),
         Terms("Storekeeper", BUFONTAS, "AP-3", None, 1000, 1000, 2, d(9, 15),
               terms={"food_allowance": 300, "housing_allowance": 500})],
        about="the basic pay and its allowances in one cell, in English: «… + 300 food + 500 accommodation», "
              "«QAR 1,500 basic + QAR 250 transport», «… + 300 (food) + 500 (HRA)»",
    )


# ---- columns in Kazakh only ---------------------------------------------------------------------------------------

def kazakh_only_columns_xlsx() -> VacancyFile:
    rows = [
        ["Р/с №", "Бос жұмыс орнының атауы", "Жұмыс берушінің атауы", "Жұмыс орны (қала)", "Айлық жалақы, QAR",
         "Қажетті қызметкерлер саны", "Өтінімдерді қабылдау мерзімі", "Тұрғын үй", "Келісімшарт мерзімі"],
        [1, "Үй жинаушы", MSHEIREB, "Доха", "1 200", "15 адам", datetime(YEAR, 6, 1), "беріледі", "2 жыл"],
        [2, "Аспаз", MSHEIREB, "Доха", "1 800 – 2 200", "4 адам", datetime(YEAR, 6, 1), "беріледі", "2 жыл"],
        [3, "Медбике", "Al Khor Community Clinic", "Әл-Хор", "6 500", "3 адам", datetime(YEAR, 6, 20),
         "берілмейді", "24 ай"],
    ]
    return VacancyFile(
        "Бос жұмыс орындары.xlsx", workbook({"Парақ1": rows}),
        [Terms("Үй жинаушы", MSHEIREB, None, "Доха", 1200, 1200, 15, d(6, 1),
               terms={"accommodation_provided": True, "contract_months": 24}),
         Terms("Аспаз", MSHEIREB, None, "Доха", 1800, 2200, 4, d(6, 1),
               terms={"accommodation_provided": True, "contract_months": 24}),
         Terms("Медбике", "Al Khor Community Clinic", None, "Әл-Хор", 6500, 6500, 3, d(6, 20),
               terms={"accommodation_provided": False, "contract_months": 24})],
        about="every column in Kazakh, worded as an office writes it («Бос жұмыс орнының атауы», «Қажетті "
              "қызметкерлер саны», «Өтінімдерді қабылдау мерзімі»), places in «адам», housing «беріледі / берілмейді»",
    )


def kazakh_latin_columns_csv() -> VacancyFile:
    rows = [
        ["Bos oryn kody", "Lauazymy", "Jūmys beruşı", "Qala", "Jalaqy (QAR)", "Oryn sany", "Soñğy merzımı"],
        ["LK-1", "Dänekerleuşı", DUKHAN, "Dukhan", "2000", "6", f"01.07.{YEAR}"],
        ["LK-2", "Jük tiegış jürgızuşısı", BUFONTAS, "Doha", "1700", "4", f"01.07.{YEAR}"],
        ["LK-3", "Bağbanşy", BARWA, "Lusail", "1100", "9", f"15.07.{YEAR}"],
    ]
    return VacancyFile(
        "bos_oryndar_latyn.csv", csv_bytes(rows, delimiter=";"),
        [Want("Dänekerleuşı", DUKHAN, "LK-1", "Dukhan", 2000, 2000, 6, d(7, 1)),
         Want("Jük tiegış jürgızuşısı", BUFONTAS, "LK-2", "Doha", 1700, 1700, 4, d(7, 1)),
         Want("Bağbanşy", BARWA, "LK-3", "Lusail", 1100, 1100, 9, d(7, 15))],
        about="Kazakh columns in the 2021 Latin alphabet with its letters («Jūmys beruşı», «Soñğy merzımı»)",
    )


# ---- dates as Excel serials and as text ---------------------------------------------------------------------------

def dates_serials_and_text_xlsx() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DS-1", "Садовник", BARWA, 1000, 7, datetime(YEAR, 3, 31)],
        ["DS-2", "Охранник", BARWA, 1200, 20, serial(d(4, 15))],
        ["DS-3", "Сантехник", BARWA, 1600, 3, str(serial(d(4, 30)))],
        ["DS-4", "Электрик", BARWA, 2000, 4, f"30 April {YEAR}"],
        ["DS-5", "Маляр", BARWA, 1400, 5, f"{YEAR} ж. 20 мамыр"],
        ["DS-6", "Плотник", BARWA, 1500, 5, f"20.05.{YEAR} г."],
    ]
    return VacancyFile(
        "сроки разные.xlsx", workbook({"Лист1": rows}),
        [Want("Садовник", BARWA, "DS-1", None, 1000, 1000, 7, d(3, 31)),
         Want("Охранник", BARWA, "DS-2", None, 1200, 1200, 20, d(4, 15)),
         Want("Сантехник", BARWA, "DS-3", None, 1600, 1600, 3, d(4, 30)),
         Want("Электрик", BARWA, "DS-4", None, 2000, 2000, 4, d(4, 30)),
         Want("Маляр", BARWA, "DS-5", None, 1400, 1400, 5, d(5, 20)),
         Want("Плотник", BARWA, "DS-6", None, 1500, 1500, 5, d(5, 20))],
        about="one deadline column: a real date, a serial number in a number cell, the serial as text, «30 April …», "
              "«… ж. 20 мамыр», «20.05.… г.»",
    )


def dates_serials_and_text_csv() -> VacancyFile:
    rows = [
        ["Job Title", "Employer", "Salary (QAR)", "Vacancies", "Closing Date"],
        ["Poultry Farm Worker", SALAL, "1100", "15", str(serial(d(10, 1)))],
        ["Egg Grader", SALAL, "1100", "6", f"1st October {YEAR}"],
        ["Feed Mill Operator", SALAL, "1500", "2", f"Oct 15, {YEAR}"],
        ["Farm Supervisor", SALAL, "3000", "1", f"15-10-{YEAR}"],
    ]
    return VacancyFile(
        "Umm Salal farm jobs.csv", csv_bytes(rows),
        [Want("Poultry Farm Worker", SALAL, None, None, 1100, 1100, 15, d(10, 1)),
         Want("Egg Grader", SALAL, None, None, 1100, 1100, 6, d(10, 1)),
         Want("Feed Mill Operator", SALAL, None, None, 1500, 1500, 2, d(10, 15)),
         Want("Farm Supervisor", SALAL, None, None, 3000, 3000, 1, d(10, 15))],
        about="a CSV whose deadlines are an Excel serial (the date's format lost on export), «1st October …», "
              "«Oct 15, …», «15-10-…»",
    )


# ---- a LibreOffice workbook, a web page saved as .xls -------------------------------------------------------------

def ods_bytes(rows: list[list[object]], sheet: str = "Лист1") -> bytes:
    """A workbook as LibreOffice Calc saves it (.ods): numbers and dates typed, trailing empty cells and rows
    written as repeats, as Calc writes them."""

    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, (datetime, date)):
            shown = f"{value.day:02d}.{value.month:02d}.{value.year}"
            return (f'<table:table-cell office:value-type="date" office:date-value="{value:%Y-%m-%d}" '
                    f'calcext:value-type="date"><text:p>{shown}</text:p></table:table-cell>')
        if isinstance(value, (int, float)):
            return (f'<table:table-cell office:value-type="float" office:value="{value}" calcext:value-type="float">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return (f'<table:table-cell office:value-type="string" calcext:value-type="string">'
                f"<text:p>{escape(str(value))}</text:p></table:table-cell>")

    width = max(len(row) for row in rows)
    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row)
        + f'<table:table-cell table:number-columns-repeated="{1024 - len(row)}"/></table:table-row>'
        for row in rows
    )
    body += (f'<table:table-row table:number-rows-repeated="{1048576 - len(rows)}">'
             f'<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
        'office:version="1.3"><office:body><office:spreadsheet>'
        f'<table:table table:name="{escape(sheet)}">'
        f'<table:table-column table:number-columns-repeated="{width}"/>'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return ods_package(content)


def libreoffice_ods() -> VacancyFile:
    rows = [
        ["Вакансии для граждан РК (Катар)"],
        [],
        ["Код", "Должность", "Работодатель", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["OD-1", "Швея", "Doha Uniforms Factory", "Доха", 1200, 18, date(YEAR, 5, 31)],
        ["OD-2", "Закройщик", "Doha Uniforms Factory", "Доха", "1500-1700", 3, date(YEAR, 5, 31)],
        ["OD-3", "Водитель погрузчика", BUFONTAS, "Доха", 1700, 4, date(YEAR, 6, 15)],
    ]
    return VacancyFile(
        "вакансии.ods", ods_bytes(rows),
        [Want("Швея", "Doha Uniforms Factory", "OD-1", "Доха", 1200, 1200, 18, d(5, 31)),
         Want("Закройщик", "Doha Uniforms Factory", "OD-2", "Доха", 1500, 1700, 3, d(5, 31)),
         Want("Водитель погрузчика", BUFONTAS, "OD-3", "Доха", 1700, 1700, 4, d(6, 15))],
        about="a LibreOffice Calc workbook (.ods): typed numbers and dates, the empty cells to the sheet's edge and "
              "the empty rows to its end written as repeats",
    )


def html_saved_as_xls() -> VacancyFile:
    rows = [
        ["№", "Код вакансии", "Наименование вакансии", "Работодатель", "Город", "Заработная плата", "Количество мест",
         "Дата окончания"],
        ["1", "HX-501", "Каменщик", MUFTAH, "Лусаил", "1 400 – 1 700 QAR", "12", f"30.06.{YEAR}"],
        ["2", "HX-502", "Арматурщик", MUFTAH, "Лусаил", "1 400 – 1 600 QAR", "10", f"30.06.{YEAR}"],
        ["3", "HX-503", "Сторож", BARWA, "Доха", "1 100 QAR", "2", f"15.07.{YEAR}"],
    ]
    cells = "".join(
        "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{escape(v)}</{'th' if i == 0 else 'td'}>" for v in row)
        + "</tr>\n" for i, row in enumerate(rows)
    )
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Вакансии</title></head>\n'
        '<body><h3>Вакансии работодателей Катара</h3>\n<table border="1">\n' + cells + "</table></body></html>\n"
    )
    return VacancyFile(
        "export_vacancies.xls", page.encode("utf-8"),
        [Want("Каменщик", MUFTAH, "HX-501", "Лусаил", 1400, 1700, 12, d(6, 30)),
         Want("Арматурщик", MUFTAH, "HX-502", "Лусаил", 1400, 1600, 10, d(6, 30)),
         Want("Сторож", BARWA, "HX-503", "Доха", 1100, 1100, 2, d(7, 15))],
        about="a web page with a table saved as .xls, as portals export it (Excel opens it with a warning)",
    )


# ---- numbers stored as text ---------------------------------------------------------------------------------------

def numbers_as_text_xlsx() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата от", "Зарплата до", "Кол-во мест", "Срок подачи"],
        ["NT-1", "Монтажник вентиляции", MUFTAH, "1 500", "1 800 ", " 8", datetime(YEAR, 7, 1)],
        ["NT-2", "Изолировщик", MUFTAH, f"1{NBSP}400", f"1{NBSP}600", f"12{NBSP}", datetime(YEAR, 7, 1)],
        ["NT-3", "Инженер-сметчик", MUFTAH, f"6{NNBSP}000", f"7{NNBSP}500", "1", datetime(YEAR, 7, 1)],
        ["NT-4", "Кладовщик", BUFONTAS, "1 300.00", "1 500.00", "2 ", datetime(YEAR, 7, 1)],
    ]
    return VacancyFile(
        "зарплата текстом.xlsx", workbook({"Лист1": rows}),
        [Want("Монтажник вентиляции", MUFTAH, "NT-1", None, 1500, 1800, 8, d(7, 1)),
         Want("Изолировщик", MUFTAH, "NT-2", None, 1400, 1600, 12, d(7, 1)),
         Want("Инженер-сметчик", MUFTAH, "NT-3", None, 6000, 7500, 1, d(7, 1)),
         Want("Кладовщик", BUFONTAS, "NT-4", None, 1300, 1500, 2, d(7, 1))],
        about="numbers stored as text: a space, a no-break space or a narrow no-break space between thousands, spaces "
              "around, «1 300.00»",
    )


def numbers_as_text_csv() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Оклад (QAR)", "Мест", "Срок"],
        ["NC-1", "Мойщик посуды", MSHEIREB, "'1000", "'6", f"30.09.{YEAR}"],
        ["NC-2", "Администратор ресепшн", MSHEIREB, " 2 400 ", " 2 ", f"30.09.{YEAR}"],
        ["NC-3", "Повар-кондитер", MSHEIREB, "2 100,00", "3", f"30.09.{YEAR}"],
    ]
    return VacancyFile(
        "выгрузка_текстом.csv", csv_bytes(rows, delimiter=";"),
        [Want("Мойщик посуды", MSHEIREB, "NC-1", None, 1000, 1000, 6, d(9, 30)),
         Want("Администратор ресепшн", MSHEIREB, "NC-2", None, 2400, 2400, 2, d(9, 30)),
         Want("Повар-кондитер", MSHEIREB, "NC-3", None, 2100, 2100, 3, d(9, 30))],
        about="a CSV whose numbers kept Excel's leading apostrophe («'1000», «'6») or spaces around them",
    )


# ---- blank rows between blocks ------------------------------------------------------------------------------------

def blocks_with_repeated_header_xlsx() -> VacancyFile:
    header = ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    rows = [
        ["Строительство"],
        header,
        ["BL-1", "Бетонщик", MUFTAH, "1400", 15, datetime(YEAR, 8, 31)],
        ["BL-2", "Сварщик", MUFTAH, "1800", 6, datetime(YEAR, 8, 31)],
        [],
        [],
        ["Гостиничный сервис"],
        header,
        ["BL-3", "Портье", MSHEIREB, "1500", 4, datetime(YEAR, 9, 15)],
        ["BL-4", "Горничная", MSHEIREB, "1200", 12, datetime(YEAR, 9, 15)],
        [],
        ["Транспорт"],
        header,
        ["BL-5", "Водитель автобуса", "Karwa Bus Services", "2300", 10, datetime(YEAR, 9, 30)],
    ]
    return VacancyFile(
        "вакансии по отраслям.xlsx", workbook({"Лист1": rows}),
        [Want("Бетонщик", MUFTAH, "BL-1", None, 1400, 1400, 15, d(8, 31)),
         Want("Сварщик", MUFTAH, "BL-2", None, 1800, 1800, 6, d(8, 31)),
         Want("Портье", MSHEIREB, "BL-3", None, 1500, 1500, 4, d(9, 15)),
         Want("Горничная", MSHEIREB, "BL-4", None, 1200, 1200, 12, d(9, 15)),
         Want("Водитель автобуса", "Karwa Bus Services", "BL-5", None, 2300, 2300, 10, d(9, 30))],
        about="three blocks, each under its sector's title with the header repeated, blank rows between them",
    )


def blocks_blank_lines_csv() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Location", "Salary (QAR)", "Positions", "Deadline"],
        ["Camel Handler", SHAHANIYA, "Al Shahaniya", "1200", "8", f"{YEAR}-10-31"],
        ["Stable Hand", SHAHANIYA, "Al Shahaniya", "1100", "5", f"{YEAR}-10-31"],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["Roustabout", DUKHAN, "Dukhan", "1900", "12", f"{YEAR}-11-15"],
        ["Crane Operator", DUKHAN, "Dukhan", "3800", "2", f"{YEAR}-11-15"],
        ["", "", "", "", "", ""],
        ["Laundry Attendant", PEARL, "Doha", "1050", "9", f"{YEAR}-11-30"],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
    ]
    return VacancyFile(
        "jobs_three_employers.csv", csv_bytes(rows),
        [Want("Camel Handler", SHAHANIYA, None, "Al Shahaniya", 1200, 1200, 8, d(10, 31)),
         Want("Stable Hand", SHAHANIYA, None, "Al Shahaniya", 1100, 1100, 5, d(10, 31)),
         Want("Roustabout", DUKHAN, None, "Dukhan", 1900, 1900, 12, d(11, 15)),
         Want("Crane Operator", DUKHAN, None, "Dukhan", 3800, 3800, 2, d(11, 15)),
         Want("Laundry Attendant", PEARL, None, "Doha", 1050, 1050, 9, d(11, 30))],
        about="blocks of rows an employer each, separated by empty lines (commas only), empty lines at the end",
    )


# ---- duplicated rows ----------------------------------------------------------------------------------------------

def duplicated_rows_with_codes() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DR-1", "Тракторист", SALAL, "1500", 2, datetime(YEAR, 6, 30)],
        ["DR-2", "Птичница", SALAL, "1100", 10, datetime(YEAR, 6, 30)],
        ["DR-2", "Птичница", SALAL, "1100", 10, datetime(YEAR, 6, 30)],
        ["DR-3", "Грузчик", BUFONTAS, "1100", 14, datetime(YEAR, 6, 30)],
        ["DR-3", "Упаковщик", BUFONTAS, "1050", 6, datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "дубли.xlsx", workbook({"Лист1": rows}),
        [Want("Тракторист", SALAL, "DR-1", None, 1500, 1500, 2, d(6, 30)),
         Want("Птичница", SALAL, "DR-2", None, 1100, 1100, 10, d(6, 30)),
         Want("Грузчик", BUFONTAS, "DR-3", None, 1100, 1100, 14, d(6, 30))],
        [Refusal(6, "Код вакансии")],
        may_skip=[4],
        about="a row copied twice (one vacancy, the copy reported or passed over) and a code given to two different "
              "vacancies (the second refused, naming the code's column)",
    )


def duplicated_rows_no_codes_csv() -> VacancyFile:
    rows = [
        ["Должность", "Работодатель", "Город", "Зарплата", "Количество", "Срок подачи"],
        ["Официант", "Doha Festival City Retail", "Доха", "1300", "6", f"31.08.{YEAR}"],
        ["Кассир", "Doha Festival City Retail", "Доха", "1400", "4", f"31.08.{YEAR}"],
        ["Официант", "Doha Festival City Retail", "Доха", "1300", "6", f"31.08.{YEAR}"],
        ["Мерчендайзер", "Doha Festival City Retail", "Доха", "1250", "5", f"31.08.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии ТРЦ.csv", csv_bytes(rows, delimiter=";"),
        [Want("Официант", "Doha Festival City Retail", None, "Доха", 1300, 1300, 6, d(8, 31)),
         Want("Кассир", "Doha Festival City Retail", None, "Доха", 1400, 1400, 4, d(8, 31)),
         Want("Мерчендайзер", "Doha Festival City Retail", None, "Доха", 1250, 1250, 5, d(8, 31))],
        may_skip=[4],
        about="no code column, the same row twice two lines apart: one vacancy",
    )


# ---- files with nothing to import ---------------------------------------------------------------------------------

def empty_csv() -> VacancyFile:
    return NothingToImport(
        "vacancies_export.csv", b"", [],
        about="a CSV of zero bytes (an export that failed): the answer says the file is empty",
        answer=("empty",),
    )


def kazakh_header_only_xlsx() -> VacancyFile:
    rows = [
        ["Бос жұмыс орындары (Катар)"],
        [],
        ["Лауазымы", "Жұмыс беруші", "Қала", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі"],
        [],
        [],
    ]
    return NothingToImport(
        "Үлгі.xlsx", workbook({"Парақ1": rows}, merges={"Парақ1": ["A1:F1"]}), [],
        about="the Kazakh template sent back unfilled: its title and header, no rows",
    )


def status_register_as_vacancies() -> VacancyFile:
    rows = [
        ["№ заявки", "ФИО", "Телефон", "Статус", "Дата"],
        [1071, "Нурланов А.", "+7 701 555 07 11", "Собеседование", f"20.11.{YEAR - 1}"],
        [1072, "Сейтова Ж.", "+7 702 555 07 22", "Виза выдана", f"21.11.{YEAR - 1}"],
    ]
    return NothingToImport(
        "статусы_ноябрь.xlsx", workbook({"Лист1": rows}), [],
        about="an application status register sent where vacancies are imported: the answer says it is a status file",
        answer=("status",),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the ninth set, built afresh."""
    builders = [
        merged_title_totals_kk, merged_employer_down_ru, numbered_notes_above_header_ru, employer_letter_of_demand_en,
        basic_allowances_total_en, basic_allowances_itogo_ru_csv, basic_allowances_kk_xlsx,
        allowances_in_pay_cell_en_csv, kazakh_only_columns_xlsx, kazakh_latin_columns_csv,
        dates_serials_and_text_xlsx, dates_serials_and_text_csv, libreoffice_ods, html_saved_as_xls,
        numbers_as_text_xlsx, numbers_as_text_csv, blocks_with_repeated_header_xlsx, blocks_blank_lines_csv,
        duplicated_rows_with_codes, duplicated_rows_no_codes_csv, empty_csv, kazakh_header_only_xlsx,
        status_register_as_vacancies,
    ]
    return [build() for build in builders]
