"""A twelfth set of vacancy files: what reaches an officer from Qatari employers, Kazakh agencies and the officers'
own shared sheets, written apart from the first eleven.

It holds a Qatari employer's demand letter (the letterhead, "To: M/s ...", a table of categories with nationality
and gender, "25 nos", "QAR 1,000 + OT", terms and validity under it); a Google Sheets table downloaded as CSV with a
byte-order mark and semicolons; a header over two rows with the pay's «мин.»/«макс.» under one merged cell and the
title merged down both rows; headers written only in Kazakh, in Latin letters as typed on a phone or in Cyrillic; a
note row (or two) before the header; pay as "QAR 1,800 + OT", «1800-2000 риал», «от 1500 до 1900 риалов», "QR 2,000/
month", "1,500 QAR (basic) + OT"; places as "10 nos", «10 чел.», «5 человек», "3 persons", «12 адам»; closing days
with no year ("till 15/01", "until 31/01", «до 20.02», «15 қаңтарға дейін», "by 28 Feb"), which mean the next such
day; a hidden first sheet of drop-down lists and an empty first sheet before the table; and four files to refuse with
a clear answer (pay only in US dollars a month, an XLSX cut off in downloading, a Google Sheets link sent as a text
file, an Excel binary workbook).

The format is the earlier sets' (`Want`, `Terms`, `NothingToImport` with the words its `answer` must hold). Written
before the reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

from tests.data.vacancy_files import YEAR, VacancyFile, Want, csv_bytes, d
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport
from tests.data.vacancy_files_10 import ahead
from tests.workbooks import workbook

RAYYAN_FM = "AL RAYYAN FACILITY MANAGEMENT W.L.L."  # as its letterhead writes it, in capitals
MESAIEED = "Mesaieed Industrial Maintenance Co."
LUSAIL_MALL = "Lusail Boulevard Retail W.L.L."
WAKRA_AGRO = "Al Wakra Agro Farms"
GHARAFA = "Gharafa Hospitality Group"
MARINA = "West Bay Marina Services"
NORTH_GAS = "North Field Gas Services"
CORNICHE = "Corniche Towers Property Management"


# ---- a Qatari employer's demand letter ----------------------------------------------------------------------------

def demand_letter_xlsx() -> VacancyFile:
    rows = [
        ["AL RAYYAN FACILITY MANAGEMENT W.L.L."],
        ["C.R. No. 84512, P.O. Box 30871, Al Rayyan, Qatar. Tel: +974 4412 9900"],
        [],
        ["DEMAND LETTER"],
        [f"Date: 20/11/{YEAR - 1}"],
        ["To: M/s Astana Manpower Solutions LLP, Almaty, Kazakhstan"],
        ["We hereby authorize you to recruit the following categories for our projects in Qatar:"],
        ["S.No", "Category", "Nationality", "Gender", "Qty", "Basic Salary", "Food", "Accommodation", "Transport"],
        [1, "Cleaner", "Kazakhstani", "Male", "25 nos", "QAR 1,000 + OT", "Provided", "Provided", "Provided"],
        [2, "Housekeeping Supervisor", "Kazakhstani", "Female", "3 nos", "QAR 2,200 + OT", "Provided", "Provided",
         "Provided"],
        [3, "HVAC Technician", "Kazakhstani", "Male", "6 nos", "QAR 1,800 + OT", "QAR 300", "Provided", "Provided"],
        [4, "Plumber", "Kazakhstani", "Male", "4 nos", "QAR 1,600 + OT", "QAR 300", "Provided", "Provided"],
        [],
        ["Contract period: 2 years, renewable. Working hours: 8 hours a day, 6 days a week."],
        ["This demand is valid for 3 months from the date of issue."],
        ["For AL RAYYAN FACILITY MANAGEMENT W.L.L.", None, None, None, "HR Manager"],
    ]
    provided = {"food_provided": True, "accommodation_provided": True, "transport_provided": True}
    return VacancyFile(
        "Demand Letter - Al Rayyan FM.xlsx", workbook({"Demand": rows}),
        [Terms("Cleaner", RAYYAN_FM, None, None, 1000, 1000, 25, None, terms=provided),
         Terms("Housekeeping Supervisor", RAYYAN_FM, None, None, 2200, 2200, 3, None, terms=provided),
         Terms("HVAC Technician", RAYYAN_FM, None, None, 1800, 1800, 6, None,
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True}),
         Terms("Plumber", RAYYAN_FM, None, None, 1600, 1600, 4, None,
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True})],
        about="a demand letter: the employer on the letterhead in capitals, its C.R. and P.O. Box, the date, «To: M/s» the "
              "agency, a sentence, a table with nationality and gender, «25 nos», «QAR 1,000 + OT», food as «Provided» or "
              "an amount, and the contract, hours, validity and signatory below",
    )


# ---- an officers' shared sheet downloaded from Google Sheets ------------------------------------------------------

def google_sheets_bom_semicolons_csv() -> VacancyFile:
    rows = [
        ["Код", "Вакансия", "Компания", "Город", "Оплата", "Нужно человек", "Принимаем до"],
        ["MIM-11", "Слесарь-ремонтник", MESAIEED, "Месаид", "1800-2000 риал", "10 чел.", f"{YEAR}-03-01"],
        ["MIM-12", "Токарь", MESAIEED, "Месаид", "1900-2100 риал", "4 чел.", f"{YEAR}-03-01"],
        ["MIM-13", "Электрогазосварщик", MESAIEED, "Месаид", "2000 риал", "8 чел.", f"{YEAR}-03-15"],
        ["MIM-14", "Разнорабочий", MESAIEED, "Месаид", "1000 риал", "20 чел.", f"{YEAR}-03-15"],
    ]
    data = b"\xef\xbb\xbf" + csv_bytes(rows, delimiter=";").replace(b"\r\n", b"\n")
    return VacancyFile(
        "Вакансии Катар (общая таблица) - Лист1.csv", data,
        [Want("Слесарь-ремонтник", MESAIEED, "MIM-11", "Месаид", 1800, 2000, 10, d(3, 1)),
         Want("Токарь", MESAIEED, "MIM-12", "Месаид", 1900, 2100, 4, d(3, 1)),
         Want("Электрогазосварщик", MESAIEED, "MIM-13", "Месаид", 2000, 2000, 8, d(3, 15)),
         Want("Разнорабочий", MESAIEED, "MIM-14", "Месаид", 1000, 1000, 20, d(3, 15))],
        about="a shared sheet downloaded as CSV: a byte-order mark, semicolons, bare LF line ends, ISO dates, «1800-2000 "
              "риал», «10 чел.», the headers «Оплата», «Нужно человек», «Принимаем до»",
    )


# ---- a header over two rows, merged cells -------------------------------------------------------------------------

def two_row_header_merged_ru_xlsx() -> VacancyFile:
    rows = [
        ["Должность", "Работодатель", "Заработная плата, QAR", None, "Количество мест", "Срок приёма заявок"],
        [None, None, "мин.", "макс.", None, None],
        ["Кассир", LUSAIL_MALL, 1300, 1500, 6, datetime(YEAR, 4, 10)],
        ["Продавец-консультант", LUSAIL_MALL, 1400, 1700, 9, datetime(YEAR, 4, 10)],
        ["Охранник", LUSAIL_MALL, 1500, 1500, 5, datetime(YEAR, 4, 20)],
        ["Уборщица", LUSAIL_MALL, 1000, None, 12, datetime(YEAR, 4, 20)],
    ]
    merges = ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"]
    return VacancyFile(
        "Lusail Boulevard (вакансии).xlsx", workbook({"Лист1": rows}, merges=merges),
        [Want("Кассир", LUSAIL_MALL, None, None, 1300, 1500, 6, d(4, 10)),
         Want("Продавец-консультант", LUSAIL_MALL, None, None, 1400, 1700, 9, d(4, 10)),
         Want("Охранник", LUSAIL_MALL, None, None, 1500, 1500, 5, d(4, 20)),
         Want("Уборщица", LUSAIL_MALL, None, None, 1000, None, 12, d(4, 20))],
        about="a header over two rows: the pay merged over «мин.» and «макс.», the other headers merged down both rows; "
              "a row with only the lowest pay",
    )


def two_row_header_terms_en_xlsx() -> VacancyFile:
    rows = [
        ["Vacancy", None, "Employer", "Salary", "Benefits", None, "Openings", "Apply before"],
        ["Code", "Title", None, "(QAR / month)", "Housing", "Meals", None, None],
        ["GH-301", "Commis Chef", GHARAFA, "1,600", "Yes", "Yes", "5", datetime(YEAR, 5, 5)],
        ["GH-302", "Steward", GHARAFA, "1,200", "Yes", "Yes", "8", datetime(YEAR, 5, 5)],
        ["GH-303", "Front Office Agent", GHARAFA, "2,300", "Yes", "No", "2", datetime(YEAR, 5, 5)],
    ]
    merges = ["A1:B1", "C1:C2", "E1:F1", "G1:G2", "H1:H2"]
    return VacancyFile(
        "Gharafa Hospitality openings.xlsx", workbook({"Openings": rows}, merges=merges),
        [Terms("Commis Chef", GHARAFA, "GH-301", None, 1600, 1600, 5, d(5, 5),
               terms={"accommodation_provided": True, "food_provided": True}),
         Terms("Steward", GHARAFA, "GH-302", None, 1200, 1200, 8, d(5, 5),
               terms={"accommodation_provided": True, "food_provided": True}),
         Terms("Front Office Agent", GHARAFA, "GH-303", None, 2300, 2300, 2, d(5, 5),
               terms={"accommodation_provided": True, "food_provided": False})],
        about="a header over two rows in English: «Vacancy» merged over «Code» and «Title», «Benefits» over «Housing» "
              "and «Meals», the currency in the pay's second row",
    )


# ---- headers in Kazakh only ---------------------------------------------------------------------------------------

def kazakh_latin_phone_headers_csv() -> VacancyFile:
    rows = [
        ["Mamandygy", "Jumys berushi", "Qalasy", "Ailyq jalaqy (riyal)", "Kerek adam sany", "Songy kuni"],
        ["Traktorshy", WAKRA_AGRO, "Al-Wakra", "1500", "3", f"10.06.{YEAR}"],
        ["Jylyjai jumysshysy", WAKRA_AGRO, "Al-Wakra", "1100", "15", f"10.06.{YEAR}"],
        ["Mal dariger komekshisi", WAKRA_AGRO, "Al-Wakra", "2400", "1", f"10.06.{YEAR}"],
    ]
    return VacancyFile(
        "wakra_agro_kk_latyn.csv", csv_bytes(rows),
        [Want("Traktorshy", WAKRA_AGRO, None, "Al-Wakra", 1500, 1500, 3, d(6, 10)),
         Want("Jylyjai jumysshysy", WAKRA_AGRO, None, "Al-Wakra", 1100, 1100, 15, d(6, 10)),
         Want("Mal dariger komekshisi", WAKRA_AGRO, None, "Al-Wakra", 2400, 2400, 1, d(6, 10))],
        about="Kazakh headers typed in plain Latin letters on a phone, no Kazakh letters («Mamandygy», «Ailyq jalaqy», "
              "«Kerek adam sany», «Songy kuni»)",
    )


def kazakh_cyrillic_headers_xlsx() -> VacancyFile:
    rows = [
        ["Кәсіп атауы", "Ұйым", "Орналасқан жері", "Айлығы (QAR)", "Бос орын саны", "Өтінім қабылданатын соңғы күн"],
        ["Балық шаруашылығы жұмысшысы", MARINA, "Доха", 1200, "12 адам", datetime(YEAR, 7, 1)],
        ["Қайық жүргізушісі", MARINA, "Доха", 2500, "2 адам", datetime(YEAR, 7, 1)],
        ["Теңіз техникасын жөндеуші", MARINA, "Доха", 2100, "3 адам", datetime(YEAR, 7, 15)],
    ]
    return VacancyFile(
        "марина бос орындар.xlsx", workbook({"Парақ1": rows}),
        [Want("Балық шаруашылығы жұмысшысы", MARINA, None, "Доха", 1200, 1200, 12, d(7, 1)),
         Want("Қайық жүргізушісі", MARINA, None, "Доха", 2500, 2500, 2, d(7, 1)),
         Want("Теңіз техникасын жөндеуші", MARINA, None, "Доха", 2100, 2100, 3, d(7, 15))],
        about="Kazakh headers in Cyrillic worded apart from the earlier sets («Кәсіп атауы», «Ұйым», «Орналасқан жері», "
              "«Айлығы (QAR)», «Бос орын саны», «Өтінім қабылданатын соңғы күн»), «12 адам»",
    )


# ---- a note before the header -------------------------------------------------------------------------------------

def notes_before_header_ru_xlsx() -> VacancyFile:
    rows = [
        ["Внимание! Зарплата указана без учёта сверхурочных. Жильё и транспорт за счёт работодателя."],
        ["Заявки принимаются только через центр занятости по месту жительства."],
        ["Наименование должности", "Наименование работодателя", "Оклад", "Кол-во", "Последний день подачи"],
        ["Оператор котельной", NORTH_GAS, "от 1500 до 1900 риалов", "5 человек", f"20.08.{YEAR}"],
        ["Слесарь КИПиА", NORTH_GAS, "2 000 QAR в месяц", "3 человека", f"20.08.{YEAR}"],
        ["Машинист компрессорных установок", NORTH_GAS, "1800-2000 риал", "4 человека", f"20.08.{YEAR}"],
    ]
    return VacancyFile(
        "North Field - вакансии.xlsx", workbook({"Вакансии": rows}),
        [Want("Оператор котельной", NORTH_GAS, None, None, 1500, 1900, 5, d(8, 20)),
         Want("Слесарь КИПиА", NORTH_GAS, None, None, 2000, 2000, 3, d(8, 20)),
         Want("Машинист компрессорных установок", NORTH_GAS, None, None, 1800, 2000, 4, d(8, 20))],
        about="two note rows before the header (about overtime, housing and where to apply), then «от 1500 до 1900 "
              "риалов», «2 000 QAR в месяц», «5 человек», «3 человека»",
    )


def note_row_en_csv() -> VacancyFile:
    rows = [
        ["NOTE: salaries below are basic; overtime is paid as per Qatar Labour Law", "", "", "", "", ""],
        ["Position", "Company", "Salary", "Headcount", "Location", "Closing"],
        ["Painter", CORNICHE, "1,500 QAR (basic) + OT", "3 persons", "Doha", f"15/07/{YEAR}"],
        ["Carpenter", CORNICHE, "QR 1,700/month", "2 persons", "Doha", f"15/07/{YEAR}"],
        ["Handyman", CORNICHE, "1300 riyal", "4 persons", "Doha", f"15/07/{YEAR}"],
        ["Lift Technician", CORNICHE, "QAR 2,800 + OT", "1 person", "Doha", f"15/07/{YEAR}"],
    ]
    return VacancyFile(
        "corniche_towers_maintenance.csv", csv_bytes(rows),
        [Want("Painter", CORNICHE, None, "Doha", 1500, 1500, 3, d(7, 15)),
         Want("Carpenter", CORNICHE, None, "Doha", 1700, 1700, 2, d(7, 15)),
         Want("Handyman", CORNICHE, None, "Doha", 1300, 1300, 4, d(7, 15)),
         Want("Lift Technician", CORNICHE, None, "Doha", 2800, 2800, 1, d(7, 15))],
        about="a note line before the header, written in the first cell of a full-width row; «1,500 QAR (basic) + OT», "
              "«QR 1,700/month», «3 persons», «Headcount»",
    )


# ---- places and closing days as people write them -----------------------------------------------------------------

def nos_and_till_en_xlsx() -> VacancyFile:
    rows = [
        ["Job", "Employer", "Pay", "Required", "Last date"],
        ["Scaffolder", MESAIEED, "QAR 1,800 + OT", "10 nos", "till 15/01"],
        ["Insulator", MESAIEED, "QAR 1,500 + OT", "12 Nos.", "until 31/01"],
        ["Painter (Industrial)", MESAIEED, "QAR 1,400 + OT", "6 NOS", "by 28 Feb"],
        ["Safety Officer", MESAIEED, "QAR 4,000", "1 no.", "till 15/01"],
    ]
    return VacancyFile(
        "MIM shutdown manpower.xlsx", workbook({"Manpower": rows}),
        [Want("Scaffolder", MESAIEED, None, None, 1800, 1800, 10, ahead(1, 15)),
         Want("Insulator", MESAIEED, None, None, 1500, 1500, 12, ahead(1, 31)),
         Want("Painter (Industrial)", MESAIEED, None, None, 1400, 1400, 6, ahead(2, 28)),
         Want("Safety Officer", MESAIEED, None, None, 4000, 4000, 1, ahead(1, 15))],
        about="«10 nos», «12 Nos.», «6 NOS», «1 no.»; «QAR 1,800 + OT»; closing days with no year: «till 15/01», «until "
              "31/01», «by 28 Feb» — the next such day",
    )


def chel_and_do_ru_kk_csv() -> VacancyFile:
    rows = [
        ["Должность", "Работодатель", "ЗП", "Мест", "Срок"],
        ["Пекарь", GHARAFA, "1800-2000 риал", "10 чел.", "до 20.02"],
        ["Кондитер", GHARAFA, "1900 риал", "2 чел.", "15 қаңтарға дейін"],
        ["Помощник повара", GHARAFA, "1 300 риалов", "6 чел", "до 20.02"],
    ]
    return VacancyFile(
        "gharafa_kitchen.csv", csv_bytes(rows, delimiter=";"),
        [Want("Пекарь", GHARAFA, None, None, 1800, 2000, 10, ahead(2, 20)),
         Want("Кондитер", GHARAFA, None, None, 1900, 1900, 2, ahead(1, 15)),
         Want("Помощник повара", GHARAFA, None, None, 1300, 1300, 6, ahead(2, 20))],
        about="«10 чел.», «ЗП», «Мест»; closing days with no year in Russian and Kazakh («до 20.02», «15 қаңтарға дейін»)",
    )


# ---- a hidden or empty first sheet --------------------------------------------------------------------------------

def hidden_lists_sheet_first_xlsx() -> VacancyFile:
    lists = [
        ["Trades", "Cities", "Currency"],
        ["Welder", "Doha", "QAR"],
        ["Electrician", "Al Wakra", "USD"],
        ["Driver", "Lusail", "KZT"],
    ]
    rows = [
        ["Trade", "Employer", "City", "Salary (QAR)", "Qty", "Deadline"],
        ["Welder", NORTH_GAS, "Ras Laffan", 2200, 6, datetime(YEAR, 9, 1)],
        ["Electrician", NORTH_GAS, "Ras Laffan", 2000, 4, datetime(YEAR, 9, 1)],
    ]
    return VacancyFile(
        "north_field_form.xlsx", workbook({"Lists": lists, "Form": rows}, hidden_sheets=["Lists"]),
        [Want("Welder", NORTH_GAS, None, "Ras Laffan", 2200, 2200, 6, d(9, 1)),
         Want("Electrician", NORTH_GAS, None, "Ras Laffan", 2000, 2000, 4, d(9, 1))],
        about="a hidden first sheet of drop-down lists (trades, cities, currencies) before the form filled in",
    )


def empty_first_sheet_xlsx() -> VacancyFile:
    rows = [
        ["Вакансия", "Работодатель", "Зарплата (риал)", "Кол-во", "Дедлайн"],
        ["Садовник", CORNICHE, 1100, "5 чел.", datetime(YEAR, 6, 30)],
        ["Бассейнщик", CORNICHE, 1400, "2 чел.", datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "Corniche Towers.xlsx", workbook({"Лист1": [], "Лист2": rows}),
        [Want("Садовник", CORNICHE, None, None, 1100, 1100, 5, d(6, 30)),
         Want("Бассейнщик", CORNICHE, None, None, 1400, 1400, 2, d(6, 30))],
        about="the first sheet left empty, the table on the second",
    )


# ---- files to refuse with a clear reason --------------------------------------------------------------------------

def usd_monthly_pay_csv() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Monthly pay", "Qty", "Deadline"],
        ["Nanny", "Doha Family Care", "USD 650 monthly", "5", f"01.05.{YEAR}"],
        ["Housemaid", "Doha Family Care", "$500/month", "10", f"01.05.{YEAR}"],
        ["Family Driver", "Doha Family Care", "US$ 800 per month", "3", f"01.05.{YEAR}"],
    ]
    return NothingToImport(
        "family_care_usd.csv", csv_bytes(rows), [],
        about="pay only in US dollars a month, written in the cells (the header names no currency): no vacancy stored, "
              "and the answer names the currency",
        answer=("currency", "usd", "dollar", "riyal", "qar"),
    )


def cut_off_xlsx() -> VacancyFile:
    whole = workbook({"Sheet1": [["Job Title", "Employer", "Salary (QAR)", "Qty"],
                                 ["Cook", GHARAFA, 1800, 3]]})
    return NothingToImport(
        "vacancies (1).xlsx", whole[: len(whole) // 2], [],
        about="an XLSX cut off halfway through downloading: the answer says the file is damaged and to send it again",
        answer=("damaged", "corrupt", "broken", "incomplete", "again", "cannot be opened", "could not be opened"),
    )


def google_sheets_link_txt() -> VacancyFile:
    text = ("Вакансии тут: https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/"
            "edit?usp=sharing\n")
    return NothingToImport(
        "ссылка на таблицу.txt", text.encode("utf-8"), [],
        about="a link to a Google Sheets table sent as a text file: the answer says to download the table as a file",
        answer=("link", "google", "download"),
    )


def excel_binary_xlsb() -> VacancyFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/'
                         'vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>')
        archive.writestr("xl/workbook.bin", bytes(range(256)) * 8)
        archive.writestr("xl/worksheets/sheet1.bin", bytes(range(255, -1, -1)) * 8)
    return NothingToImport(
        "vacancies_Q1.xlsb", buffer.getvalue(), [],
        about="an Excel binary workbook (.xlsb): the answer says to save it as .xlsx",
        answer=("xlsb", "binary", "xlsx"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the twelfth set, built afresh."""
    builders = [
        demand_letter_xlsx, google_sheets_bom_semicolons_csv, two_row_header_merged_ru_xlsx,
        two_row_header_terms_en_xlsx, kazakh_latin_phone_headers_csv, kazakh_cyrillic_headers_xlsx,
        notes_before_header_ru_xlsx, note_row_en_csv, nos_and_till_en_xlsx, chel_and_do_ru_kk_csv,
        hidden_lists_sheet_first_xlsx, empty_first_sheet_xlsx, usd_monthly_pay_csv, cut_off_xlsx,
        google_sheets_link_txt, excel_binary_xlsb,
    ]
    return [build() for build in builders]
