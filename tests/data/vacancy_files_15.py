"""A fifteenth set of vacancy files: files from Qatari employers' own HR systems and from recruiters, written apart
from the first fourteen.

It holds an Oracle HCM requisition export (requisition number, grade, openings, basic salary beside an allowances
sum, the hiring manager and the recruiter, a target start date beside the posting's end, filled and cancelled
requisitions) and a SuccessFactors CSV (ISO dates, each allowance in a column of its own); a recruiter's demand letter
with food, accommodation and transport «Provided» or «Free»; a Kazakh agency's table of an employer's demand
(«предоставляется», «за счёт работодателя»); a report printed to a workbook with its header repeated on every page and
«Страница 1 из 3» between; a pivot-like manpower plan (trades down, towns across, places in the cells); pay given as
basic with HRA, food and transport allowances beside a gross, and as «Basic 1,300 + Allow. 400 = 1,700 QAR» in one
cell; a LibreOffice .ods with a currency cell repeated across two columns; a TSV saved by Excel as .txt in
Windows-1251; a recruiting system's Russian export with a currency column and a closed vacancy; and three files to
refuse with a clear answer (a Word document renamed .xlsx, a ZIP of several files, an Outlook message saved as .msg).

The salary a worker sees is the basic pay, as in the earlier sets: an allowance named is kept as that allowance, an
unnamed «Allowances» sum and a gross are neither the bottom nor the top of the pay. A town of Qatar written with its
country («Doha, Qatar») is judged by the town a worker's search finds it under, as the fifth set judges districts.

The format is the earlier sets' (`Want`, `Terms`, `Closed`, `NothingToImport` with the words its `answer` must hold).
Written before the reading code was opened; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from tests.data.vacancy_files import YEAR, VacancyFile, Want, d
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport
from tests.data.vacancy_files_6 import Closed
from tests.data.vacancy_files_8 import compound_file, screenshot_png
from tests.data.vacancy_files_14 import PlacedTerms
from tests.workbooks import docx_bytes, ods_package, workbook

THUMAMA = "Al Thumama Contracting W.L.L."
HAMAD_PORT = "Hamad Port Stevedoring W.L.L."
MSHEIREB = "Msheireb Properties Facility Management"
GULF_CATERING = "Qatar Gulf Catering Co."
EZDAN = "Ezdan Housing Services"
BARWA = "Barwa City Facilities W.L.L."
RAS_BUFONTAS = "Ras Bufontas Logistics W.L.L."
UMM_SLAL = "Umm Slal Agro Farms"
LUSAIL_YACHTS = "Lusail Marina Yachts & Marine Services"
SEALINE = "Sealine Desert Camp Hospitality"

THIS_YEAR = YEAR - 1


def _csv(rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


# ---- an Oracle HCM requisition export -------------------------------------------------------------------------------

def oracle_requisitions_xlsx() -> VacancyFile:
    rows = [
        ["Requisition Number", "Requisition Title", "Business Unit", "Legal Employer", "Primary Location", "Grade",
         "Number of Openings", "Basic Salary", "Allowances", "Currency", "Requisition Status", "Hiring Manager",
         "Recruiter", "Target Start Date", "External Posting End Date"],
        ["REQ-10482", "Crane Operator (Mobile)", "Port Operations", HAMAD_PORT, "Doha, Qatar", "G5", 4, 2400, 800,
         "QAR", "Open", "Khalid Al-Mohannadi", "Priya Nair", datetime(YEAR, 6, 1), datetime(YEAR, 3, 31)],
        ["REQ-10483", "Reach Stacker Operator", "Port Operations", HAMAD_PORT, "Doha, Qatar", "G4", 6, 1900, 700,
         "QAR", "Open - Sourcing", "Khalid Al-Mohannadi", "Priya Nair", datetime(YEAR, 6, 1), datetime(YEAR, 3, 31)],
        ["REQ-10487", "Lashing Supervisor", "Port Operations", HAMAD_PORT, "Doha, Qatar", "G6", 1, 3200, 1000, "QAR",
         "Filled", "Khalid Al-Mohannadi", "Priya Nair", datetime(YEAR, 2, 1), datetime(YEAR, 1, 15)],
        ["REQ-10490", "Marine Fitter", "Engineering", HAMAD_PORT, "Mesaieed, Qatar", "G4", 3, 1800, 700, "QAR",
         "Cancelled", "Salem Al-Kaabi", "Priya Nair", datetime(YEAR, 5, 1), datetime(YEAR, 3, 15)],
        ["REQ-10491", "Tally Clerk", "Port Operations", HAMAD_PORT, "Doha, Qatar", "G3", 5, 1500, 500, "QAR",
         "Approved", "Khalid Al-Mohannadi", "Jomon Thomas", datetime(YEAR, 7, 1), datetime(YEAR, 4, 30)],
    ]
    return VacancyFile(
        "Requisitions_Export_HPS.xlsx", workbook({"Requisitions": rows}),
        [PlacedTerms("Crane Operator (Mobile)", HAMAD_PORT, "REQ-10482", None, 2400, 2400, 4, d(3, 31), town="doha"),
         PlacedTerms("Reach Stacker Operator", HAMAD_PORT, "REQ-10483", None, 1900, 1900, 6, d(3, 31), town="doha"),
         Closed("Lashing Supervisor", HAMAD_PORT),
         Closed("Marine Fitter", HAMAD_PORT),
         PlacedTerms("Tally Clerk", HAMAD_PORT, "REQ-10491", None, 1500, 1500, 5, d(4, 30), town="doha")],
        about="an Oracle HCM requisition export: «Requisition Number» the code, «Requisition Title», «Legal Employer» "
              "(not the business unit, the hiring manager or the recruiter), «Grade» (not pay), «Number of Openings», "
              "«Basic Salary» the pay beside an «Allowances» sum, «Target Start Date» (not the deadline) beside "
              "«External Posting End Date» (the deadline), «Filled» and «Cancelled» requisitions not open to workers",
    )


def successfactors_requisitions_csv() -> VacancyFile:
    rows = [
        ["Job Req ID", "Job Title", "Company", "Location", "Number of Openings", "Pay Grade", "Basic Pay",
         "Housing Allowance", "Transport Allowance", "Food Allowance", "Currency", "Job Posting End Date", "Status"],
        ["3381", "Housekeeping Attendant", MSHEIREB, "Doha", "12", "PG02", "1100", "500", "200", "300", "QAR",
         f"{YEAR}-04-30", "Approved"],
        ["3382", "HVAC Technician", MSHEIREB, "Doha", "4", "PG05", "2300", "800", "300", "300", "QAR",
         f"{YEAR}-04-30", "Approved"],
        ["3385", "Building Electrician", MSHEIREB, "Lusail", "3", "PG04", "2000", "700", "300", "300", "QAR",
         f"{YEAR}-05-15", "Approved"],
        ["3390", "Pest Control Technician", MSHEIREB, "Doha", "2", "PG03", "1500", "500", "200", "300", "QAR",
         f"{YEAR}-05-15", "Approved"],
    ]
    allowances = {"housing_allowance": 500, "transport_allowance": 200, "food_allowance": 300}
    return VacancyFile(
        "JobRequisition_export_20261124.csv", _csv(rows),
        [Terms("Housekeeping Attendant", MSHEIREB, "3381", "Doha", 1100, 1100, 12, d(4, 30), terms=allowances),
         Terms("HVAC Technician", MSHEIREB, "3382", "Doha", 2300, 2300, 4, d(4, 30),
               terms={"housing_allowance": 800, "transport_allowance": 300, "food_allowance": 300}),
         Terms("Building Electrician", MSHEIREB, "3385", "Lusail", 2000, 2000, 3, d(5, 15),
               terms={"housing_allowance": 700, "transport_allowance": 300, "food_allowance": 300}),
         Terms("Pest Control Technician", MSHEIREB, "3390", "Doha", 1500, 1500, 2, d(5, 15), terms=allowances)],
        about="a SuccessFactors requisition CSV: «Job Req ID», «Pay Grade» (not pay), «Basic Pay» with each allowance "
              "in a column of its own (housing, transport, food), a «Currency» column, ISO dates, «Approved»",
    )


# ---- a recruiter's demand letter, and an agency's table of a demand -------------------------------------------------

def demand_letter_provided_xlsx() -> VacancyFile:
    rows = [
        [THUMAMA],
        ["C.R. No. 45127  |  P.O. Box 22876, Doha - State of Qatar  |  Tel: +974 4466 1290"],
        [],
        ["DEMAND LETTER"],
        [f"Ref: ATC/HR/DL/{THIS_YEAR}/114", None, None, None, None, f"Date: 20/11/{THIS_YEAR}"],
        ["To: M/s Astana Labour Recruitment LLP, Astana, Republic of Kazakhstan"],
        ["We are pleased to authorise you to recruit the following categories for our projects in Qatar:"],
        ["S.No.", "Category", "Quantity", "Basic Salary (QAR)", "Food", "Accommodation", "Transportation",
         "Overtime"],
        [1, "Shuttering Carpenter", 20, 1300, "Provided by company", "Free", "Provided", "As per Qatar Labour Law"],
        [2, "Steel Fixer", 25, 1300, "Provided by company", "Free", "Provided", "As per Qatar Labour Law"],
        [3, "Mason", 15, 1200, "Provided by company", "Free", "Provided", "As per Qatar Labour Law"],
        [4, "Heavy Driver", 5, 1800, "Provided by company", "Free", "Provided", "As per Qatar Labour Law"],
        [None, "TOTAL", 65],
        [],
        ["Contract period: 2 (two) years, renewable"],
        ["Working hours: 8 hours a day, 6 days a week"],
        ["Air ticket: provided by the company at the start and the end of the contract"],
        [],
        [f"For {THUMAMA}", None, None, None, None, "Authorised Signatory"],
        ["Mohammed Al-Naimi, HR Manager"],
    ]
    provided = {"food_provided": True, "accommodation_provided": True, "transport_provided": True}
    return VacancyFile(
        "Demand Letter ATC-114.xlsx", workbook({"Demand": rows}),
        [Terms("Shuttering Carpenter", THUMAMA, None, None, 1300, 1300, 20, None, terms=provided),
         Terms("Steel Fixer", THUMAMA, None, None, 1300, 1300, 25, None, terms=provided),
         Terms("Mason", THUMAMA, None, None, 1200, 1200, 15, None, terms=provided),
         Terms("Heavy Driver", THUMAMA, None, None, 1800, 1800, 5, None, terms=provided)],
        about="a Qatari employer's demand letter to a Kazakh recruiter: the letterhead (the employer, C.R., P.O. Box), "
              "«Ref:» and «Date:» (not a deadline), «To: M/s …» (the recruiter, not the employer), «Category», "
              "«Quantity», food «Provided by company», accommodation «Free», transport «Provided», overtime «As per "
              "Qatar Labour Law» (no pay), a TOTAL, the terms and the signatory under the table",
    )


def agency_demand_table_ru_xlsx() -> VacancyFile:
    rows = [
        [f"Заявка работодателя {EZDAN} (Катар, Эль-Вакра)"],
        ["Специальность", "Кол-во", "Оклад (QAR)", "Питание", "Проживание", "Транспорт",
         "Срок подачи документов"],
        ["Сантехник", "6", "1 500", "за счёт работодателя", "предоставляется", "есть", f"15.04.{YEAR}"],
        ["Маляр-штукатур", "10", "1 300", "компенсация 300 QAR", "предоставляется", "есть", f"15.04.{YEAR}"],
        ["Садовник", "8", "1 100", "за счёт работодателя", "предоставляется", "есть", f"30.04.{YEAR}"],
        ["Охранник", "4", "1 400", "компенсация 300 QAR", "предоставляется", "нет", f"30.04.{YEAR}"],
    ]
    return VacancyFile(
        "Заявка Ezdan (Вакра).xlsx", workbook({"Лист1": rows}),
        [Terms("Сантехник", EZDAN, None, None, 1500, 1500, 6, d(4, 15),
               terms={"food_provided": True, "accommodation_provided": True, "transport_provided": True}),
         Terms("Маляр-штукатур", EZDAN, None, None, 1300, 1300, 10, d(4, 15),
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": True}),
         Terms("Садовник", EZDAN, None, None, 1100, 1100, 8, d(4, 30),
               terms={"food_provided": True, "accommodation_provided": True, "transport_provided": True}),
         Terms("Охранник", EZDAN, None, None, 1400, 1400, 4, d(4, 30),
               terms={"food_allowance": 300, "accommodation_provided": True, "transport_provided": False})],
        about="a Kazakh agency's table of an employer's demand, the employer and the town only in the title: food «за "
              "счёт работодателя» or «компенсация 300 QAR» (an allowance), housing «предоставляется», transport «есть» "
              "or «нет»",
    )


# ---- a header repeated on every printed page ------------------------------------------------------------------------

def header_on_every_page_xlsx() -> VacancyFile:
    header = ["№", "Наименование должности", "Работодатель", "Город", "Зарплата, QAR", "Кол-во мест", "Срок"]
    rows = [
        ["Реестр вакансий работодателей Государства Катар"],
        header,
        [1, "Укладчик тротуарной плитки", BARWA, "Эль-Вакра", 1200, 10, datetime(YEAR, 5, 31)],
        [2, "Сварщик металлоконструкций", BARWA, "Эль-Вакра", 1700, 6, datetime(YEAR, 5, 31)],
        [3, "Водитель вилочного погрузчика", RAS_BUFONTAS, "Эль-Вакра", 1600, 4, datetime(YEAR, 6, 15)],
        ["Страница 1 из 3"],
        header,
        [4, "Кладовщик", RAS_BUFONTAS, "Эль-Вакра", 1800, 2, datetime(YEAR, 6, 15)],
        [5, "Упаковщик", RAS_BUFONTAS, "Эль-Вакра", 1000, 15, datetime(YEAR, 6, 15)],
        [6, "Тракторист", UMM_SLAL, "Умм-Салаль", 1500, 3, datetime(YEAR, 6, 30)],
        ["Страница 2 из 3"],
        header,
        [7, "Рабочий теплицы", UMM_SLAL, "Умм-Салаль", 1000, 20, datetime(YEAR, 6, 30)],
        ["Страница 3 из 3"],
    ]
    return VacancyFile(
        "Реестр вакансий (для печати).xlsx", workbook({"Реестр": rows}),
        [Want("Укладчик тротуарной плитки", BARWA, None, "Эль-Вакра", 1200, 1200, 10, d(5, 31)),
         Want("Сварщик металлоконструкций", BARWA, None, "Эль-Вакра", 1700, 1700, 6, d(5, 31)),
         Want("Водитель вилочного погрузчика", RAS_BUFONTAS, None, "Эль-Вакра", 1600, 1600, 4, d(6, 15)),
         Want("Кладовщик", RAS_BUFONTAS, None, "Эль-Вакра", 1800, 1800, 2, d(6, 15)),
         Want("Упаковщик", RAS_BUFONTAS, None, "Эль-Вакра", 1000, 1000, 15, d(6, 15)),
         Want("Тракторист", UMM_SLAL, None, "Умм-Салаль", 1500, 1500, 3, d(6, 30)),
         Want("Рабочий теплицы", UMM_SLAL, None, "Умм-Салаль", 1000, 1000, 20, d(6, 30))],
        about="a report printed to a workbook: the header repeated at the top of every page and «Страница 1 из 3» "
              "between the pages; neither is a vacancy nor a bad row",
    )


# ---- a pivot-like manpower plan -------------------------------------------------------------------------------------

def pivot_trades_by_towns_xlsx() -> VacancyFile:
    rows = [
        [f"Manpower Requirement by Site - {BARWA}"],
        ["Trade", "Basic Salary (QAR)", "Doha", "Al Wakra", "Lusail", "Total"],
        ["Cleaner", 1000, 12, None, None, 12],
        ["Landscaping Labourer", 1000, None, 8, None, 8],
        ["Swimming Pool Technician", 1700, None, None, 2, 2],
        ["Plumber", 1500, None, 4, None, 4],
        ["Total", None, 12, 12, 2, 26],
    ]
    return VacancyFile(
        "Barwa manpower by site.xlsx", workbook({"By site": rows}),
        [Want("Cleaner", BARWA, None, "Doha", 1000, 1000, 12),
         Want("Landscaping Labourer", BARWA, None, "Al Wakra", 1000, 1000, 8),
         Want("Swimming Pool Technician", BARWA, None, "Lusail", 1700, 1700, 2),
         Want("Plumber", BARWA, None, "Al Wakra", 1500, 1500, 4)],
        about="a pivot-like plan: trades down, towns across with the places in the cells (each trade needed at one "
              "site), a «Total» column and row, the employer only in the title",
    )


# ---- pay as basic with allowances -----------------------------------------------------------------------------------

def basic_hra_gross_xlsx() -> VacancyFile:
    rows = [
        ["Position", "Employer", "Basic", "HRA", "Food Allow.", "Transport Allow.", "Gross Salary", "Vacancies",
         "Closing Date"],
        ["Commis Cook", GULF_CATERING, 1400, 500, 300, 200, 2400, 8, datetime(YEAR, 4, 20)],
        ["Kitchen Steward", GULF_CATERING, 1000, 500, 300, 200, 2000, 15, datetime(YEAR, 4, 20)],
        ["Catering Supervisor", GULF_CATERING, 2800, 1000, 300, 400, 4500, 2, datetime(YEAR, 4, 20)],
    ]
    return VacancyFile(
        "GCC_manpower_package.xlsx", workbook({"Package": rows}),
        [Terms("Commis Cook", GULF_CATERING, None, None, 1400, 1400, 8, d(4, 20),
               terms={"housing_allowance": 500, "food_allowance": 300, "transport_allowance": 200}),
         Terms("Kitchen Steward", GULF_CATERING, None, None, 1000, 1000, 15, d(4, 20),
               terms={"housing_allowance": 500, "food_allowance": 300, "transport_allowance": 200}),
         Terms("Catering Supervisor", GULF_CATERING, None, None, 2800, 2800, 2, d(4, 20),
               terms={"housing_allowance": 1000, "food_allowance": 300, "transport_allowance": 400})],
        about="pay as a Gulf payroll writes it: «Basic», «HRA» (the housing allowance), «Food Allow.», «Transport "
              "Allow.» and «Gross Salary» (the sum, not the top of the pay)",
    )


def allowances_in_one_cell_csv() -> VacancyFile:
    rows = [
        ["Job", "Company", "Location", "No. of posts", "Salary package", "Apply before"],
        ["Deckhand", LUSAIL_YACHTS, "Lusail", "4", "Basic 1,300 + Allow. 400 = 1,700 QAR", f"31/05/{YEAR}"],
        ["Marine Engine Mechanic", LUSAIL_YACHTS, "Lusail", "2", "Basic QAR 2,200; HRA 600; TA 200",
         f"31/05/{YEAR}"],
        ["Boat Captain", LUSAIL_YACHTS, "Lusail", "1", "QAR 4,000 (basic 3,200 + allowances 800)", f"31/05/{YEAR}"],
        ["Camp Cook", SEALINE, "Mesaieed", "3", "Basic 1,500 QAR + food & accommodation", f"15/06/{YEAR}"],
    ]
    return VacancyFile(
        "lusail_marine_jobs.csv", _csv(rows),
        [Want("Deckhand", LUSAIL_YACHTS, None, "Lusail", 1300, 1300, 4, d(5, 31)),
         Terms("Marine Engine Mechanic", LUSAIL_YACHTS, None, "Lusail", 2200, 2200, 2, d(5, 31),
               terms={"housing_allowance": 600, "transport_allowance": 200}),
         Want("Boat Captain", LUSAIL_YACHTS, None, "Lusail", 3200, 3200, 1, d(5, 31)),
         Terms("Camp Cook", SEALINE, None, "Mesaieed", 1500, 1500, 3, d(6, 15),
               terms={"food_provided": True, "accommodation_provided": True})],
        about="basic and allowances in one cell: «Basic 1,300 + Allow. 400 = 1,700 QAR» (the basic is the pay, the "
              "sum after «=» is not its top), «Basic QAR 2,200; HRA 600; TA 200» (housing and transport), «QAR 4,000 "
              "(basic 3,200 + allowances 800)» (the basic inside the brackets), «Basic 1,500 QAR + food & "
              "accommodation»",
    )


# ---- a LibreOffice workbook -----------------------------------------------------------------------------------------

def _cell(value: object, repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if value is None:
        return f"<table:table-cell{repeated}/>"
    if isinstance(value, datetime):
        return (f'<table:table-cell office:value-type="date" office:date-value="{value:%Y-%m-%d}"{repeated}>'
                f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>")
    if isinstance(value, tuple):  # ("QAR", 1500): a currency cell
        currency, amount = value
        shown = f"{amount:,}".replace(",", "\u00a0") + f",00 {currency}"
        return (f'<table:table-cell office:value-type="currency" office:currency="{currency}" '
                f'office:value="{amount}"{repeated}><text:p>{shown}</text:p></table:table-cell>')
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}"{repeated}>'
                f"<text:p>{value}</text:p></table:table-cell>")
    return f'<table:table-cell office:value-type="string"{repeated}><text:p>{escape(str(value))}</text:p>' \
           "</table:table-cell>"


def libreoffice_currency_cells_ods() -> VacancyFile:
    """Calc writes two equal neighbouring cells as one cell repeated, and ends the sheet with a repeated empty row."""
    header = ["Лауазымы", "Жұмыс беруші", "Қала", "Ең төменгі жалақы", "Ең жоғары жалақы", "Орын саны",
              "Қабылдау мерзімі"]
    data = [
        ["Балықшы", UMM_SLAL, "Әл-Хор", ("QAR", 1200), ("QAR", 1200), 6, datetime(YEAR, 4, 10)],
        ["Мал бағушы", UMM_SLAL, "Әл-Хор", ("QAR", 1100), ("QAR", 1300), 5, datetime(YEAR, 4, 10)],
        ["Трактор жүргізуші", UMM_SLAL, "Әл-Хор", ("QAR", 1600), ("QAR", 1600), 2, datetime(YEAR, 4, 25)],
    ]

    def row(values: list[object]) -> str:
        cells, i = [], 0
        while i < len(values):
            run = 1
            while i + run < len(values) and values[i + run] == values[i]:
                run += 1
            cells.append(_cell(values[i], run))
            i += run
        return f'<table:table-row>{"".join(cells)}<table:table-cell table:number-columns-repeated="1017"/>' \
               "</table:table-row>"

    body = f"<table:table-row>{''.join(_cell(h) for h in header)}</table:table-row>"
    body += "".join(row(values) for values in data)
    body += ('<table:table-row table:number-rows-repeated="1048572"><table:table-cell '
             'table:number-columns-repeated="1024"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="Бос орындар">'
        '<table:table-column table:number-columns-repeated="7"/>'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return VacancyFile(
        "бос орындар Умм-Салал.ods", ods_package(content),
        [Want("Балықшы", UMM_SLAL, None, "Әл-Хор", 1200, 1200, 6, d(4, 10)),
         Want("Мал бағушы", UMM_SLAL, None, "Әл-Хор", 1100, 1300, 5, d(4, 10)),
         Want("Трактор жүргізуші", UMM_SLAL, None, "Әл-Хор", 1600, 1600, 2, d(4, 25))],
        about="a LibreOffice Calc .ods with Kazakh headers: pay in currency cells («1 200,00 QAR»), two equal pay "
              "cells side by side written once and repeated across two columns, an empty row repeated to the sheet's "
              "end",
    )


# ---- Excel's tab-delimited text -------------------------------------------------------------------------------------

def tab_delimited_txt_cp1251() -> VacancyFile:
    rows = [
        ["Вакансия", "Работодатель", "Город", "Зарплата", "Кол-во", "Срок приема"],
        ['Повар "горячего цеха"', GULF_CATERING, "Доха", "1 600", "5", f"20.04.{YEAR}"],
        ["Кухонный рабочий", GULF_CATERING, "Доха", "1 000", "12", f"20.04.{YEAR}"],
        ["Пекарь", GULF_CATERING, "Рас-Лаффан", "1 500", "3", f"05.05.{YEAR}"],
    ]
    return VacancyFile(
        "вакансии катер.txt", _csv(rows, delimiter="\t", encoding="cp1251"),
        [Want('Повар "горячего цеха"', GULF_CATERING, None, "Доха", 1600, 1600, 5, d(4, 20)),
         Want("Кухонный рабочий", GULF_CATERING, None, "Доха", 1000, 1000, 12, d(4, 20)),
         Want("Пекарь", GULF_CATERING, None, "Рас-Лаффан", 1500, 1500, 3, d(5, 5))],
        about="Excel's «Text (tab delimited)» on a Russian Windows: Windows-1251, tabs, a .txt name, a title holding "
              "quotes written doubled inside quotes",
    )


# ---- a recruiting system's export -----------------------------------------------------------------------------------

def recruiting_system_ru_csv() -> VacancyFile:
    rows = [
        ["Вакансия", "Клиент", "Город", "Кол-во позиций", "Зарплата от", "Зарплата до", "Валюта", "Дедлайн",
         "Ответственный рекрутер", "Статус вакансии", "Дата создания"],
        ["Официант", SEALINE, "Месаид", "6", "1200", "1400", "QAR", f"{YEAR}-03-20", "Касымова Д.", "В работе",
         f"{THIS_YEAR}-11-02"],
        ["Бариста", SEALINE, "Месаид", "2", "1300", "", "QAR", f"{YEAR}-03-20", "Касымова Д.", "В работе",
         f"{THIS_YEAR}-11-02"],
        ["Аниматор", SEALINE, "Месаид", "2", "1500", "1800", "QAR", f"{YEAR}-02-28", "Касымова Д.", "Закрыта",
         f"{THIS_YEAR}-10-15"],
        ["Водитель сафари (4x4)", SEALINE, "Месаид", "3", "2000", "2500", "QAR", f"{YEAR}-03-31", "Ибраев Н.",
         "В работе", f"{THIS_YEAR}-11-10"],
    ]
    return VacancyFile(
        "vacancies_export_2026-11-24.csv", _csv(rows, delimiter=";"),
        [Want("Официант", SEALINE, None, "Месаид", 1200, 1400, 6, d(3, 20)),
         Want("Бариста", SEALINE, None, "Месаид", 1300, None, 2, d(3, 20)),
         Closed("Аниматор", SEALINE),
         Want("Водитель сафари (4x4)", SEALINE, None, "Месаид", 2000, 2500, 3, d(3, 31))],
        about="a recruiting system's Russian export: «Клиент» the employer (not the recruiter in charge), «Кол-во "
              "позиций», pay from and to with a «Валюта» column, ISO dates, «Дата создания» (not the deadline), a "
              "vacancy «Закрыта»",
    )


# ---- files to refuse with a clear answer ----------------------------------------------------------------------------

def word_renamed_xlsx() -> VacancyFile:
    data = docx_bytes(["Vacancies - Al Thumama Contracting W.L.L."],
                      table=[["Position", "Qty", "Basic Salary"], ["Steel Fixer", "25", "1300"]])
    return NothingToImport(
        "Vacancies ATC.xlsx", data, [],
        about="a Word document renamed .xlsx by hand: the answer says it is a Word document, and to send the table "
              "as Excel or CSV",
        answer=("word", "docx"),
    )


def zip_of_several_files() -> VacancyFile:
    one = workbook({"Sheet1": [["Job Title", "Company", "Salary", "Qty"], ["Cleaner", BARWA, 1000, 12]]})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Barwa/vacancies.xlsx", one)
        archive.writestr("Barwa/Demand letter signed.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
        archive.writestr("Barwa/CR copy.png", screenshot_png())
    return NothingToImport(
        "Barwa documents.zip", buffer.getvalue(), [],
        about="a ZIP of an employer's documents (a workbook, a signed PDF, a scanned picture): the answer says an "
              "archive is not read and to send the table itself",
        answer=("zip", "archive", "unpack", "extract"),
    )


def outlook_message_msg() -> VacancyFile:
    """An e-mail dragged out of Outlook: an OLE compound file of the message's properties, the table inside it."""
    subject = "FW: Demand letter - Hamad Port Stevedoring".encode("utf-16-le")
    body = ("Dear colleagues, please find the vacancies below.\r\nCrane Operator 4 QAR 2400\r\n").encode("utf-16-le")
    streams = {
        "__substg1.0_0037001F": subject + bytes(4096 - len(subject)),
        "__substg1.0_1000001F": body + bytes(4096 - len(body)),
        "__properties_version1.0": struct.pack("<QII", 0, 1, 1) + bytes(4096 - 16),
    }
    return NothingToImport(
        "FW Demand letter - Hamad Port.msg", compound_file(streams), [],
        about="an Outlook message saved as .msg with the vacancies typed in it: the answer says an e-mail is not read "
              "and to send the table attached to it",
        answer=("outlook", "e-mail", "email", "attachment"),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the fifteenth set, built afresh."""
    builders = [
        oracle_requisitions_xlsx, successfactors_requisitions_csv, demand_letter_provided_xlsx,
        agency_demand_table_ru_xlsx, header_on_every_page_xlsx, pivot_trades_by_towns_xlsx, basic_hra_gross_xlsx,
        allowances_in_one_cell_csv, libreoffice_currency_cells_ods, tab_delimited_txt_cp1251,
        recruiting_system_ru_csv, word_renamed_xlsx, zip_of_several_files, outlook_message_msg,
    ]
    return [build() for build in builders]
