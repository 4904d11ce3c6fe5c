"""An eighth set of vacancy files as officers send them, written apart from the first seven.

This set holds what the earlier ones touch little: a Google Sheets workbook downloaded as .xlsx, its header
merged over two rows («Вакансия» over «Должность / Кол-во мест», «Условия» over «Жильё / Питание») and its
conditions as checkboxes (TRUE / FALSE cells), and a Google Sheets table fetched as JSON (its «values», rows of
cells, the header first); an accounting system's (1C) export whose header is merged over two rows with a row
of column numbers under it, the pay over «Сумма» and «Валюта» («катарский риал»), and the profession written
with its classifier code in one cell («7212 Сварщик», «Водитель автобуса (8331)», «7411-Электромонтажник»),
where the code is the occupation's, not part of the title; a vacancy's portal code written in the title's
cell («QA-8101 — Электрик», «Плиточник (QA-8103)»); pay as a range or with the currency in words
(«1 500 – 2 000 катарских риалов в месяц», «2 000 (две тысячи) риалов», «мин. 1 600 QAR», "QAR 1,500 to QAR
2,000", «1 500 – 1 900 Катар риалы», «айлығы 2 000 риал»), one «договорная» (no pay: refused); places
written as words («пять», «десять человек», «5 (пять)», «бес», «он екі адам», "Ten (10)", "twelve persons"),
one «несколько» (refused); a notes column holding the requirements (kept as the vacancy's requirements, and a
«закрытая территория» in them, about the site, does not close the vacancy), in a CSV as Excel saves it (a
BOM, semicolons, a line per cell break inside the quotes, empty columns at the end of every line); one sheet
per employer, named after it or headed by a «Работодатель: …» line, with no employer column; a hidden first
sheet (the lists a sheet's drop-downs take their values from, or last year's vacancies kept as an archive:
neither imported nor refused) and empty sheets before the vacancies; rows of a Qatari employer in Arabic
(employer names and towns in Arabic, with the right-to-left marks Excel keeps, places and pay in Arabic-Indic
digits); a list of changes whose column is «Статус» («Закрыта», «Приостановлена», «Продлена»); and files the
bot cannot read at all, which must get an answer saying why (a workbook locked with a password, a photo of
the list, a PDF renamed to .xlsx).

`Coded` adds the occupation code a file gives with the title (ISCO-08, as the vacancy keeps it); requirements
are checked as `Terms` (`requirements`). A file that cannot be read says which words its answer must hold
(`answer`, as the fifth set's files with nothing to import). Otherwise the format is the earlier sets'. The set
was written before the reading code was opened; dates are built from today's, so it never ages.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import datetime

from tests.data.vacancy_files import PAST, YEAR, Refusal, VacancyFile, Want, csv_bytes, d, json_bytes
from tests.data.vacancy_files_2 import Terms
from tests.data.vacancy_files_5 import NothingToImport, Placed, workbook
from tests.data.vacancy_files_6 import Closed
from tests.data.vacancy_files_7 import Update
from tests.workbooks import workbook as build_workbook

NBSP = "\u00a0"
RLM = "\u200f"  # the right-to-left mark Excel keeps around Arabic text


@dataclass(frozen=True)
class Coded(Want):
    """A vacancy whose file gives its occupation's code with the title («7212 Сварщик»): stored under `isco`."""

    isco: str | None = None


def sheets_with_states(sheets: dict[str, list[list[object]]], *, hidden: tuple[str, ...] = (),
                       merges: dict[str, list[str]] | None = None) -> bytes:
    """A workbook whose sheets may be hidden (`hidden`), as an office keeps its lists and archive."""
    return build_workbook(sheets, merges=merges, hidden_sheets=hidden)


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file holding `streams` (each at least 4096 bytes, so no mini stream is needed): the
    container Office wraps a workbook in when it is saved with a password."""
    sector = 512
    chains: list[tuple[str, bytes, int, int]] = []
    next_free = 2  # sector 0 holds the FAT, sector 1 the directory
    for name, data in streams.items():
        assert len(data) >= 4096 and len(streams) <= 3
        count = -(-len(data) // sector)
        chains.append((name, data, next_free, count))
        next_free += count
    assert next_free <= 128
    fat = [0xFFFFFFFD, 0xFFFFFFFE]
    for _name, _data, start, count in chains:
        fat += [start + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name: str, kind: int, color: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le")
        raw = encoded + b"\0" * (64 - len(encoded))
        length = len(encoded) + 2 if name else 0
        return (raw + struct.pack("<HBBIII", length, kind, color, left, right, child) + b"\0" * 36
                + struct.pack("<IQ", start, size))

    none = 0xFFFFFFFF
    entries = [entry("Root Entry", 5, 1, none, none, 1, 0xFFFFFFFE, 0)]
    for index, (name, data, start, _count) in enumerate(chains, start=1):
        right = index + 1 if index < len(chains) else none
        entries.append(entry(name, 2, 1 if index == 1 else 0, none, right, none, start, len(data)))
    while len(entries) < 4:
        entries.append(entry("", 0, 0, none, none, none, 0, 0))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108)
    body = struct.pack("<128I", *fat) + b"".join(entries)
    for _name, data, _start, count in chains:
        body += data + b"\0" * (count * sector - len(data))
    return header + body


def password_workbook() -> bytes:
    """What Excel saves when «Защитить книгу паролем» is chosen: the workbook encrypted inside a compound file."""
    info = (struct.pack("<HHI", 4, 4, 0x40)
            + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
              b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
              b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
              b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="x8GZ1bh7k4d8o0Jx2l3Fqw=="/>'
              b'<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
              b'<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
              b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
              b'</keyEncryptor></keyEncryptors></encryption>')
    info += b" " * (4096 - len(info))
    package = struct.pack("<Q", 9137) + bytes((i * 151 + 7) % 256 for i in range(9200))
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": package})


def photo_jpeg() -> bytes:
    """The start and end of a phone camera's JPEG (what matters is that it is a picture, not its pixels)."""
    return (b"\xff\xd8\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00"
            b"\xff\xdb\x00\x43\x00" + bytes(range(1, 65))
            + b"\xff\xc0\x00\x11\x08\x04\x38\x07\x80\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
            + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + bytes((i * 37) % 255 for i in range(3000))
            + b"\xff\xd9")


def screenshot_png() -> bytes:
    """A small real PNG, as a phone saves a screenshot."""
    width, height = 40, 20
    raw = b"".join(b"\0" + bytes((x * 6 + y) % 256 for x in range(width * 3)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_document() -> bytes:
    """A one-page PDF, as a scanner or «Save as PDF» writes it."""
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 770 Td (Vacancies Qatar) Tj ET\nendstream\nendobj\n"
            b"xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")


# The vacancies: made-up employers, trades apart from the earlier sets' where it matters.
WELDER = ("Сварщик", "Mesaieed Fabrication W.L.L.")
PLUMBER = ("Сантехник", "Al Sadd Facilities Management")
COOK = ("Повар", "Corniche Catering Services")
CLEANER = ("Уборщик", "Al Waab Cleaning Services")
BUS = ("Водитель автобуса", "Mowasalat Transport Services")
WIRER = ("Электромонтажник", "Gulf Power Contracting")
TILER = ("Плиточник", "Lusail Interiors W.L.L.")


# ---- Google Sheets ---------------------------------------------------------------------------------------------

def gsheets_merged_header_checkboxes() -> VacancyFile:
    """A Google Sheet downloaded as .xlsx: groups merged over their columns, the conditions as checkboxes."""
    rows = [
        ["Вакансия", None, "Работодатель", "Зарплата, QAR", None, "Условия", None, "Срок подачи"],
        ["Должность", "Кол-во мест", None, "мин.", "макс.", "Жильё", "Питание", None],
        ["Каменщик", 14, "Al Wakra Building Co.", 1400, 1700, True, False, datetime(YEAR, 4, 30)],
        ["Штукатур", 9, "Al Wakra Building Co.", 1400, 1600, True, True, datetime(YEAR, 4, 30)],
        ["Крановщик", 2, "Lusail Tower Construction", 3000, 3500, False, False, datetime(YEAR, 5, 15)],
    ]
    merges = ["A1:B1", "C1:C2", "D1:E1", "F1:G1", "H1:H2"]
    return VacancyFile(
        "Вакансии Катар - Лист1.xlsx", workbook({"Лист1": rows}, merges={"Лист1": merges}),
        [Terms("Каменщик", "Al Wakra Building Co.", None, None, 1400, 1700, 14, d(4, 30),
               terms={"accommodation_provided": True, "food_provided": False}),
         Terms("Штукатур", "Al Wakra Building Co.", None, None, 1400, 1600, 9, d(4, 30),
               terms={"accommodation_provided": True, "food_provided": True}),
         Terms("Крановщик", "Lusail Tower Construction", None, None, 3000, 3500, 2, d(5, 15),
               terms={"accommodation_provided": False, "food_provided": False})],
        about="Google Sheets: «Вакансия» over «Должность / Кол-во мест», «Зарплата, QAR» over «мин. / макс.», "
              "«Условия» over «Жильё / Питание» as checkboxes (TRUE / FALSE)",
    )


def gsheets_values_json() -> VacancyFile:
    """A Google Sheet fetched through its API: rows of cells under «values», the header first, empty cells
    at the end of a row left out, numbers as shown."""
    value = {
        "range": "'Vacancies'!A1:G5",
        "majorDimension": "ROWS",
        "values": [
            ["Job Title", "Employer", "City", "Salary (QAR)", "Positions", "Closing Date", "Notes"],
            ["Pastry Chef", "Katara Hospitality", "Doha", "2,200 - 2,600", "3", f"31/03/{YEAR}", "Hotel experience"],
            ["Room Attendant", "Katara Hospitality", "Doha", "1,300", "20", f"31/03/{YEAR}"],
            ["Lifeguard", "Aspire Zone Foundation", "Al Rayyan", "1,800", "4", f"15/04/{YEAR}"],
        ],
    }
    return VacancyFile(
        "Vacancies.json", json_bytes(value),
        [Want("Pastry Chef", "Katara Hospitality", None, "Doha", 2200, 2600, 3, d(3, 31)),
         Want("Room Attendant", "Katara Hospitality", None, "Doha", 1300, 1300, 20, d(3, 31)),
         Want("Lifeguard", "Aspire Zone Foundation", None, "Al Rayyan", 1800, 1800, 4, d(4, 15))],
        about="Google Sheets' API: «values» as rows of cells with the header first; a short row lacks its empty "
              "last cells",
    )


# ---- 1C: the occupation's code with the title, a header over two rows -------------------------------------------

def onec_code_with_title_xlsx() -> VacancyFile:
    rows = [
        ["Потребность в работниках работодателей Государства Катар"],
        [f"Дата формирования: 20.11.{YEAR - 1}"],
        [],
        ["№", "Профессия (ОКЗ)", "Работодатель", "Оплата труда", None, "Количество", "Дата окончания приема"],
        [None, None, None, "Сумма", "Валюта", None, None],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "7212 Сварщик", WELDER[1], "1 800,00", "QAR", "6,000", datetime(YEAR, 3, 31)],
        [2, "7126 Сантехник", PLUMBER[1], "1 600,00", "Катарский риал", "4,000", datetime(YEAR, 3, 31)],
        [3, "5120 Повар", COOK[1], "2 000,00", "риал", "3,000", datetime(YEAR, 4, 30)],
        [4, "9112 Уборщик", CLEANER[1], "1 200,00", "QAR", "15,000", datetime(YEAR, 4, 30)],
        ["Итого", None, None, None, None, "28,000", None],
    ]
    merges = ["A1:G1", "A2:G2", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5"]
    return VacancyFile(
        "Потребность_Катар.xlsx", workbook({"TDSheet": rows}, merges={"TDSheet": merges}),
        [Coded(*WELDER, None, None, 1800, 1800, 6, d(3, 31), isco="7212"),
         Coded(*PLUMBER, None, None, 1600, 1600, 4, d(3, 31), isco="7126"),
         Coded(*COOK, None, None, 2000, 2000, 3, d(4, 30), isco="5120"),
         Coded(*CLEANER, None, None, 1200, 1200, 15, d(4, 30), isco="9112")],
        about="1C: «Профессия (ОКЗ)» as «7212 Сварщик», «Оплата труда» over «Сумма / Валюта» («Катарский риал», "
              "«риал»), a row of column numbers, places as 1C writes a quantity («6,000»)",
    )


def onec_code_with_title_csv() -> VacancyFile:
    rows = [
        ["Должность (код ОКЗ)", "Контрагент", "Город", "Оклад", "Кол-во", "Срок"],
        ["Водитель автобуса (8331)", BUS[1], "Доха", "2200", "10", f"15.05.{YEAR}"],
        ["7411-Электромонтажник", WIRER[1], "Месаид", "2100", "5", f"15.05.{YEAR}"],
        ["7122 Плиточник", TILER[1], "Лусаил", "1700", "8", f"01.06.{YEAR}"],
    ]
    return VacancyFile(
        "Вакансии_1С.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Coded(*BUS, None, "Доха", 2200, 2200, 10, d(5, 15), isco="8331"),
         Coded(*WIRER, None, "Месаид", 2100, 2100, 5, d(5, 15), isco="7411"),
         Coded(*TILER, None, "Лусаил", 1700, 1700, 8, d(6, 1), isco="7122")],
        about="1C's CSV: the occupation's code after the title in brackets, before it with a dash, or before it",
    )


def vacancy_code_in_title_cell() -> VacancyFile:
    rows = [
        ["Вакансия (код, наименование)", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-8101 — Электрик", "Gulf Power Contracting", "2000-2400", 6, datetime(YEAR, 6, 30)],
        ["QA-8102 Сантехник", PLUMBER[1], "1600", 4, datetime(YEAR, 6, 30)],
        ["Плиточник (QA-8103)", TILER[1], "1700-1900", 8, datetime(YEAR, 6, 30)],
        ["QA-8104: Маляр", TILER[1], "1500", 5, datetime(YEAR, 6, 30)],
    ]
    return VacancyFile(
        "вакансии с кодами.xlsx", workbook({"Лист1": rows}),
        [Want("Электрик", "Gulf Power Contracting", "QA-8101", None, 2000, 2400, 6, d(6, 30)),
         Want("Сантехник", PLUMBER[1], "QA-8102", None, 1600, 1600, 4, d(6, 30)),
         Want("Плиточник", TILER[1], "QA-8103", None, 1700, 1900, 8, d(6, 30)),
         Want("Маляр", TILER[1], "QA-8104", None, 1500, 1500, 5, d(6, 30))],
        about="the portal's code in the title's cell: «QA-8101 — Электрик», «QA-8102 Сантехник», «Плиточник "
              "(QA-8103)», «QA-8104: Маляр»",
    )


# ---- pay as a range, or with its currency in words ---------------------------------------------------------------

def pay_words_ru_csv() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Заработная плата", "Кол-во мест", "Срок подачи"],
        ["PW-1", "Бетонщик", "Al Wakra Building Co.", "1 500 – 2 000 катарских риалов в месяц", "10", f"30.04.{YEAR}"],
        ["PW-2", "Арматурщик", "Al Wakra Building Co.", "от 1500 до 2000 риалов Катара", "12", f"30.04.{YEAR}"],
        ["PW-3", "Механик", "Industrial Area Motors Co.", "2 000 (две тысячи) риалов", "3", f"30.04.{YEAR}"],
        ["PW-4", "Сварщик", WELDER[1], "мин. 1 600 QAR", "5", f"30.04.{YEAR}"],
        ["PW-5", "Кладовщик", "Hamad Port Logistics", "1500-1800 кат. риал.", "2", f"30.04.{YEAR}"],
        ["PW-6", "Официант", "Katara Hospitality", "договорная", "6", f"30.04.{YEAR}"],
    ]
    return VacancyFile(
        "зарплаты словами.csv", csv_bytes(rows, delimiter=";"),
        [Want("Бетонщик", "Al Wakra Building Co.", "PW-1", None, 1500, 2000, 10, d(4, 30)),
         Want("Арматурщик", "Al Wakra Building Co.", "PW-2", None, 1500, 2000, 12, d(4, 30)),
         Want("Механик", "Industrial Area Motors Co.", "PW-3", None, 2000, 2000, 3, d(4, 30)),
         Want("Сварщик", WELDER[1], "PW-4", None, 1600, None, 5, d(4, 30)),
         Want("Кладовщик", "Hamad Port Logistics", "PW-5", None, 1500, 1800, 2, d(4, 30))],
        [Refusal(7, "Заработная плата")],
        about="«… катарских риалов в месяц», «риалов Катара», «2 000 (две тысячи) риалов», «мин. 1 600 QAR», "
              "«кат. риал.»; «договорная» is no pay",
    )


def pay_words_en_kk_xlsx() -> VacancyFile:
    rows = [
        ["Ref", "Job Title", "Employer", "Monthly Salary", "Qty", "Closing Date"],
        ["PE-1", "Steel Erector", "Mesaieed Fabrication W.L.L.", "QAR 1,500 to QAR 2,000", 8, datetime(YEAR, 5, 31)],
        ["PE-2", "Heavy Bus Driver", BUS[1], "2200 Qatari Riyals only", 10, datetime(YEAR, 5, 31)],
        ["PE-3", "Barista", "Katara Hospitality", "Riyal 1,400 - 1,600 per month", 4, datetime(YEAR, 5, 31)],
        ["PE-4", "Тігінші", "Doha Garments Factory", "1 500 – 1 900 Катар риалы", 12, datetime(YEAR, 5, 31)],
        ["PE-5", "Жүк көлігінің жүргізушісі", BUS[1], "айлығы 2 000 риал", 6, datetime(YEAR, 5, 31)],
        ["PE-6", "Laundry Worker", "West Bay Residences Hotel", "QR 1,250/month (negotiable)", 5,
         datetime(YEAR, 5, 31)],
    ]
    return VacancyFile(
        "salaries_in_words.xlsx", workbook({"Sheet1": rows}),
        [Want("Steel Erector", "Mesaieed Fabrication W.L.L.", "PE-1", None, 1500, 2000, 8, d(5, 31)),
         Want("Heavy Bus Driver", BUS[1], "PE-2", None, 2200, 2200, 10, d(5, 31)),
         Want("Barista", "Katara Hospitality", "PE-3", None, 1400, 1600, 4, d(5, 31)),
         Want("Тігінші", "Doha Garments Factory", "PE-4", None, 1500, 1900, 12, d(5, 31)),
         Want("Жүк көлігінің жүргізушісі", BUS[1], "PE-5", None, 2000, 2000, 6, d(5, 31)),
         Want("Laundry Worker", "West Bay Residences Hotel", "PE-6", None, 1250, 1250, 5, d(5, 31))],
        about="«QAR 1,500 to QAR 2,000», «… Qatari Riyals only», «Riyal 1,400 - 1,600 per month», «… Катар риалы», "
              "«айлығы 2 000 риал», «QR 1,250/month (negotiable)»",
    )


# ---- places as words ----------------------------------------------------------------------------------------------

def places_words_ru_kk() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["PL-1", "Повар", COOK[1], "1800", "пять", datetime(YEAR, 7, 1)],
        ["PL-2", "Официант", COOK[1], "1300", "десять человек", datetime(YEAR, 7, 1)],
        ["PL-3", "Горничная", "West Bay Residences Hotel", "1200", "двенадцать", datetime(YEAR, 7, 1)],
        ["PL-4", "Сварщик", WELDER[1], "1900", "5 (пять)", datetime(YEAR, 7, 1)],
        ["PL-5", "Жүргізуші", BUS[1], "2200", "бес", datetime(YEAR, 7, 1)],
        ["PL-6", "Аспаз көмекшісі", COOK[1], "1400", "он екі адам", datetime(YEAR, 7, 1)],
        ["PL-7", "Разнорабочий", "Al Wakra Building Co.", "1100", "двадцать пять", datetime(YEAR, 7, 1)],
        ["PL-8", "Электрик", WIRER[1], "2100", "несколько", datetime(YEAR, 7, 1)],
    ]
    return VacancyFile(
        "места прописью.xlsx", workbook({"Лист1": rows}),
        [Want("Повар", COOK[1], "PL-1", None, 1800, 1800, 5, d(7, 1)),
         Want("Официант", COOK[1], "PL-2", None, 1300, 1300, 10, d(7, 1)),
         Want("Горничная", "West Bay Residences Hotel", "PL-3", None, 1200, 1200, 12, d(7, 1)),
         Want("Сварщик", WELDER[1], "PL-4", None, 1900, 1900, 5, d(7, 1)),
         Want("Жүргізуші", BUS[1], "PL-5", None, 2200, 2200, 5, d(7, 1)),
         Want("Аспаз көмекшісі", COOK[1], "PL-6", None, 1400, 1400, 12, d(7, 1)),
         Want("Разнорабочий", "Al Wakra Building Co.", "PL-7", None, 1100, 1100, 25, d(7, 1))],
        [Refusal(9, "Кол-во мест")],
        about="places as words: «пять», «десять человек», «двенадцать», «5 (пять)», «бес», «он екі адам», «двадцать "
              "пять»; «несколько» is no number",
    )


def places_words_en_csv() -> VacancyFile:
    rows = [
        ["Job Title", "Company", "Location", "Salary", "No. of Vacancies", "Last Date"],
        ["Scaffolder", "Qatar Building Engineering", "Doha", "1400", "Ten (10)", f"{YEAR}-08-15"],
        ["Rigger", "Qatar Building Engineering", "Doha", "1500", "twelve persons", f"{YEAR}-08-15"],
        ["Site Supervisor", "Qatar Building Engineering", "Lusail", "4500", "one", f"{YEAR}-08-15"],
        ["Helper", "Qatar Building Engineering", "Doha", "1000", "Twenty", f"{YEAR}-08-15"],
    ]
    return VacancyFile(
        "manpower_request.csv", csv_bytes(rows),
        [Want("Scaffolder", "Qatar Building Engineering", None, "Doha", 1400, 1400, 10, d(8, 15)),
         Want("Rigger", "Qatar Building Engineering", None, "Doha", 1500, 1500, 12, d(8, 15)),
         Want("Site Supervisor", "Qatar Building Engineering", None, "Lusail", 4500, 4500, 1, d(8, 15)),
         Want("Helper", "Qatar Building Engineering", None, "Doha", 1000, 1000, 20, d(8, 15))],
        about="places in English words: «Ten (10)», «twelve persons», «one», «Twenty»",
    )


# ---- a notes column with the requirements -------------------------------------------------------------------------

REQ_1 = "Опыт работы от 3 лет, удостоверение НАКС, английский на базовом уровне"
REQ_2 = "Закрытая территория завода, пропуск оформляет работодатель. Возраст 25–45 лет, 2 смены по 10 часов"
REQ_3 = "Мужчины, без вредных привычек; медкомиссия за счёт работодателя"


def notes_with_requirements_xlsx() -> VacancyFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи",
         "Примечание (требования)"],
        ["NR-1", "Сварщик", WELDER[1], "1800-2200", 6, datetime(YEAR, 9, 1), REQ_1],
        ["NR-2", "Оператор установки", "Ras Laffan Process Services", "2500", 4, datetime(YEAR, 9, 1), REQ_2],
        ["NR-3", "Грузчик", "Hamad Port Logistics", "1200", 20, datetime(YEAR, 9, 1), REQ_3],
    ]
    return VacancyFile(
        "вакансии с требованиями.xlsx", workbook({"Лист1": rows}),
        [Terms("Сварщик", WELDER[1], "NR-1", None, 1800, 2200, 6, d(9, 1), terms={"requirements": REQ_1}),
         Terms("Оператор установки", "Ras Laffan Process Services", "NR-2", None, 2500, 2500, 4, d(9, 1),
               terms={"requirements": REQ_2}),
         Terms("Грузчик", "Hamad Port Logistics", "NR-3", None, 1200, 1200, 20, d(9, 1), terms={"requirements": REQ_3})],
        about="«Примечание (требования)» kept as the requirements; «Закрытая территория завода» is about the site, "
              "and the ages and shifts in it are no pay nor places",
    )


REQ_KK = "Тәжірибесі 3 жылдан кем емес\nОрыс тілін білу"
REQ_KK_2 = "Жүргізуші куәлігі (D санаты), GCC тәжірибесі артықшылық"


def notes_csv_excel_bom_semicolons() -> VacancyFile:
    rows = [
        ["Лауазымы", "Жұмыс беруші", "Қала", "Жалақы (QAR)", "Орын саны", "Соңғы мерзімі", "Талаптар", "", ""],
        ["Электрик", WIRER[1], "Месаид", f"2{NBSP}100,00", "4", f"30.06.{YEAR}", REQ_KK, "", ""],
        ["Автобус жүргізушісі", BUS[1], "Доха", f"2{NBSP}300,00", "10", f"30.06.{YEAR}", REQ_KK_2, "", ""],
        ["", "", "", "", "", "", "", "", ""],
    ]
    data = "\ufeff".encode() + csv_bytes(rows, delimiter=";")
    return VacancyFile(
        "Бос орындар (Excel).csv", data,
        [Terms("Электрик", WIRER[1], None, "Месаид", 2100, 2100, 4, d(6, 30), terms={"requirements": REQ_KK}),
         Terms("Автобус жүргізушісі", BUS[1], None, "Доха", 2300, 2300, 10, d(6, 30), terms={"requirements": REQ_KK_2})],
        about="Excel's «CSV UTF-8»: a BOM, semicolons, empty columns after the last one, a requirements cell over two "
              "lines inside its quotes, «2 100,00» with a no-break space; «Талаптар» kept as the requirements",
    )


# ---- a sheet per employer ----------------------------------------------------------------------------------------

def sheet_per_employer_named() -> VacancyFile:
    header = ["Должность", "Город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    sheets = {
        "Doha Metal Industries W.L.L.": [header,
                                         ["Сварщик", "Доха", "1800-2200", 6, datetime(YEAR, 5, 1)],
                                         ["Слесарь-сборщик", "Доха", "1600", 4, datetime(YEAR, 5, 1)]],
        "Lusail Marina Hospitality": [header,
                                      ["Повар", "Лусаил", "1700", 3, datetime(YEAR, 5, 20)],
                                      ["Бармен", "Лусаил", "1500", 2, datetime(YEAR, 5, 20)]],
        "Al Khor Aggregates Transport": [header,
                                         ["Водитель самосвала", "Аль-Хор", "2300", 8, datetime(YEAR, 6, 1)]],
    }
    wants = []
    for employer, rows in sheets.items():
        for title, city, pay, places, deadline in rows[1:]:
            low, _, high = str(pay).partition("-")
            wants.append(Want(title, employer, None, city, int(low), int(high or low), places, deadline.date()))
    return VacancyFile(
        "Вакансии по работодателям.xlsx", workbook(sheets), wants,
        about="a sheet per employer, named after it; no employer column",
    )


def sheet_per_employer_title_line() -> VacancyFile:
    header = ["Наименование должности", "Зарплата", "Мест", "Срок"]
    sheets = {
        "QACS": [["Работодатель: Qatar Aviation Catering Services (QACS)"], [], header,
                 ["Пекарь", "1600", 4, f"31.05.{YEAR}"], ["Кондитер", "1800", 2, f"31.05.{YEAR}"]],
        "Hamad": [["Работодатель: Hamad Medical Corporation"], [], header,
                  ["Медицинская сестра", "7000-9000", 15, f"30.06.{YEAR}"]],
        "Aspire": [["Работодатель: Aspire Zone Foundation"], [], header,
                   ["Спасатель бассейна", "1800", 3, f"15.06.{YEAR}"], ["Садовник", "1300", 6, f"15.06.{YEAR}"]],
    }
    return VacancyFile(
        "вакансии (3 работодателя).xlsx", workbook(sheets, merges={name: ["A1:D1"] for name in sheets}),
        [Want("Пекарь", "Qatar Aviation Catering Services (QACS)", None, None, 1600, 1600, 4, d(5, 31)),
         Want("Кондитер", "Qatar Aviation Catering Services (QACS)", None, None, 1800, 1800, 2, d(5, 31)),
         Want("Медицинская сестра", "Hamad Medical Corporation", None, None, 7000, 9000, 15, d(6, 30)),
         Want("Спасатель бассейна", "Aspire Zone Foundation", None, None, 1800, 1800, 3, d(6, 15)),
         Want("Садовник", "Aspire Zone Foundation", None, None, 1300, 1300, 6, d(6, 15))],
        about="a sheet per employer under a short name, each headed by «Работодатель: …» with the full name",
    )


# ---- hidden and empty sheets before the vacancies ------------------------------------------------------------------

def hidden_lists_and_empty_sheet() -> VacancyFile:
    lists = [["Города", "Да/Нет", "Валюта"], ["Доха", "Да", "QAR"], ["Лусаил", "Нет", "USD"], ["Месаид", None, "KZT"],
             ["Аль-Вакра", None, None]]
    vacancies = [
        ["Вакансии на 1 квартал"],
        ["Код", "Должность", "Работодатель", "Город", "Зарплата", "Валюта", "Мест", "Проживание", "Срок подачи"],
        ["HL-1", "Монтажник металлоконструкций", WELDER[1], "Месаид", "1700-2000", "QAR", 10, "Да",
         datetime(YEAR, 3, 15)],
        ["HL-2", "Маляр", "Al Wakra Building Co.", "Аль-Вакра", "1400", "QAR", 6, "Нет", datetime(YEAR, 3, 15)],
    ]
    return VacancyFile(
        "Вакансии_1кв.xlsx", sheets_with_states({"Списки": lists, "Лист1": [], "Вакансии": vacancies},
                                                hidden=("Списки",)),
        [Terms("Монтажник металлоконструкций", WELDER[1], "HL-1", "Месаид", 1700, 2000, 10, d(3, 15),
               terms={"accommodation_provided": True}),
         Terms("Маляр", "Al Wakra Building Co.", "HL-2", "Аль-Вакра", 1400, 1400, 6, d(3, 15),
               terms={"accommodation_provided": False})],
        about="a hidden first sheet of the drop-down lists (towns, Да/Нет, currencies) and an empty «Лист1» before "
              "«Вакансии»",
    )


def hidden_archive_sheet() -> VacancyFile:
    header = ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"]
    archive = [header,
               ["AR-101", "Сварщик", WELDER[1], "1500", 8, datetime(PAST, 10, 1)],
               ["AR-102", "Повар", COOK[1], "1500", 2, datetime(PAST, 11, 1)],
               ["AR-103", "Уборщик", CLEANER[1], "1000", 20, datetime(PAST, 12, 1)]]
    current = [header,
               ["AR-201", "Сварщик", WELDER[1], "1800", 6, datetime(YEAR, 4, 1)],
               ["AR-202", "Уборщик", CLEANER[1], "1200", 15, datetime(YEAR, 4, 1)]]
    return VacancyFile(
        "Вакансии (с архивом).xlsx", sheets_with_states({"Архив": archive, "Текущие": current}, hidden=("Архив",)),
        [Want("Сварщик", WELDER[1], "AR-201", None, 1800, 1800, 6, d(4, 1)),
         Want("Уборщик", CLEANER[1], "AR-202", None, 1200, 1200, 15, d(4, 1))],
        about="a hidden first sheet «Архив» of last year's vacancies (the officer cannot see it): neither imported "
              "nor refused; the visible sheet's vacancies import",
    )


def empty_sheets_then_vacancies_en() -> VacancyFile:
    rows = [
        [],
        [None, "Manpower Requirement – Qatar"],
        [None, "Position", "Company", "Work Location", "Basic Salary (QAR)", "Qty", "Deadline"],
        [None, "Tyre Technician", "Industrial Area Motors Co.", "Doha", 1500, 4, datetime(YEAR, 6, 20)],
        [None, "Car Washer", "Industrial Area Motors Co.", "Doha", 1000, 6, datetime(YEAR, 6, 20)],
    ]
    return VacancyFile(
        "Manpower Requirement.xlsx", workbook({"Sheet1": [], "Sheet2": [[None], [None, None]], "Request": rows}),
        [Want("Tyre Technician", "Industrial Area Motors Co.", None, "Doha", 1500, 1500, 4, d(6, 20)),
         Want("Car Washer", "Industrial Area Motors Co.", None, "Doha", 1000, 1000, 6, d(6, 20))],
        about="two empty sheets (one with a stray empty cell) before the one with the table, which starts at B3",
    )


# ---- rows in Arabic ------------------------------------------------------------------------------------------------

def arabic_employer_sheet() -> VacancyFile:
    ar = "٠١٢٣٤٥٦٧٨٩"

    def digits(text: str) -> str:
        return "".join(ar[int(c)] if c.isdigit() else c for c in text)

    rows = [
        ["Job Title / المسمى الوظيفي", "Employer / صاحب العمل", "City / المدينة", "Salary (QAR) / الراتب",
         "Qty / العدد", "Closing Date / آخر موعد"],
        ["Mason", f"{RLM}شركة الوكرة للبناء{RLM}", "الوكرة", digits("1400 - 1700"), digits("12"),
         datetime(YEAR, 7, 31)],
        ["Shuttering Carpenter", f"{RLM}شركة الدوحة للمقاولات{RLM}", "الدوحة", digits("1500"), digits("8"),
         datetime(YEAR, 7, 31)],
        ["Electrician", "Gulf Power Contracting", "Doha", "2,000", "5", datetime(YEAR, 7, 31)],
    ]
    return VacancyFile(
        "طلب عمالة - Manpower.xlsx", workbook({"Sheet1": rows}),
        [Placed("Mason", "شركة الوكرة للبناء", None, None, 1400, 1700, 12, d(7, 31), town="al-wakrah"),
         Placed("Shuttering Carpenter", "شركة الدوحة للمقاولات", None, None, 1500, 1500, 8, d(7, 31), town="doha"),
         Placed("Electrician", "Gulf Power Contracting", None, None, 2000, 2000, 5, d(7, 31), town="doha")],
        about="headers in English and Arabic, employers and towns in Arabic with right-to-left marks around them, "
              "pay and places in Arabic-Indic digits",
    )


def arabic_rows_csv() -> VacancyFile:
    rows = [
        ["Vacancy No.", "Position", "Employer", "Salary", "Positions", "Deadline"],
        ["AE-1", "Heavy Driver", "Al Jazeera Trading Co. شركة الجزيرة التجارية", "QAR 2,400", "6", f"{YEAR}-09-30"],
        ["AE-2", "Cleaner", "شركة الخدمات المتكاملة", "QAR 1,100", "30", f"{YEAR}-09-30"],
        ["AE-3", "Cashier", "الميرة للمواد الاستهلاكية Al Meera", "QAR 1,600", "5", f"{YEAR}-09-30"],
    ]
    return VacancyFile(
        "demand_ar_en.csv", csv_bytes(rows),
        [Want("Heavy Driver", "Al Jazeera Trading Co. شركة الجزيرة التجارية", "AE-1", None, 2400, 2400, 6, d(9, 30)),
         Want("Cleaner", "شركة الخدمات المتكاملة", "AE-2", None, 1100, 1100, 30, d(9, 30)),
         Want("Cashier", "الميرة للمواد الاستهلاكية Al Meera", "AE-3", None, 1600, 1600, 5, d(9, 30))],
        about="employers in Arabic, alone or beside the English name, in a CSV",
    )


# ---- a list of changes with a «Статус» column -----------------------------------------------------------------------

def change_list_status_column() -> VacancyFile:
    before = [["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
              ["CS-1", "Бетонщик", "Al Wakra Building Co.", "1500", 10, datetime(YEAR, 3, 1)],
              ["CS-2", "Арматурщик", "Al Wakra Building Co.", "1500", 12, datetime(YEAR, 3, 1)],
              ["CS-3", "Сантехник", PLUMBER[1], "1600", 4, datetime(YEAR, 3, 1)]]
    changes = [["Код вакансии", "Статус", "Срок подачи"],
               ["CS-1", "Закрыта", ""],
               ["CS-2", "Приостановлена", ""],
               ["CS-3", "Продлена", f"15.04.{YEAR}"]]
    return Update(
        "статусы вакансий.csv", csv_bytes(changes, delimiter=";"),
        [Closed("Бетонщик", "Al Wakra Building Co.", "CS-1"),
         Closed("Арматурщик", "Al Wakra Building Co.", "CS-2"),
         Want("Сантехник", PLUMBER[1], "CS-3", None, 1600, 1600, 4, d(4, 15))],
        about="a list of changes with «Статус»: «Закрыта» and «Приостановлена» close, «Продлена» with a new date "
              "extends",
        before=workbook({"Лист1": before}), before_name="вакансии.xlsx",
    )


# ---- files the bot cannot read ---------------------------------------------------------------------------------------

def password_protected() -> VacancyFile:
    return NothingToImport(
        "Вакансии (пароль).xlsx", password_workbook(), [],
        about="a workbook saved with a password: the answer says it is locked by a password",
        answer=("password",),
    )


def photo_of_the_list() -> VacancyFile:
    return NothingToImport(
        "IMG_20261127_101512.jpg", photo_jpeg(), [],
        about="a photo of the printed list sent as a file: the answer says a picture cannot be read",
        answer=("photo", "image", "picture"),
    )


def screenshot_as_file() -> VacancyFile:
    return NothingToImport(
        "Screenshot_2026-11-27-10-15-12.png", screenshot_png(), [],
        about="a screenshot of the table: the answer says a picture cannot be read",
        answer=("photo", "image", "picture"),  # not "screenshot": the file's own name, echoed, holds it
    )


def pdf_renamed_xlsx() -> VacancyFile:
    return NothingToImport(
        "Вакансии Катар.xlsx", pdf_document(), [],
        about="a PDF renamed to .xlsx: the answer says it is a PDF, not a spreadsheet",
        answer=("pdf",),
    )


def all_files() -> list[VacancyFile]:
    """Every file of the eighth set, built afresh."""
    builders = [
        gsheets_merged_header_checkboxes, gsheets_values_json, onec_code_with_title_xlsx, onec_code_with_title_csv,
        vacancy_code_in_title_cell, pay_words_ru_csv, pay_words_en_kk_xlsx, places_words_ru_kk, places_words_en_csv,
        notes_with_requirements_xlsx, notes_csv_excel_bom_semicolons, sheet_per_employer_named,
        sheet_per_employer_title_line, hidden_lists_and_empty_sheet, hidden_archive_sheet,
        empty_sheets_then_vacancies_en, arabic_employer_sheet, arabic_rows_csv, change_list_status_column,
        password_protected, photo_of_the_list, screenshot_as_file, pdf_renamed_xlsx,
    ]
    return [build() for build in builders]
