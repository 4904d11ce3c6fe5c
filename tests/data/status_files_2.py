"""A second set of status files, as other offices' spreadsheets and officers' own shorthand make them.

The first set (`tests/data/status_files.py`) holds the README's schema and its close relatives. This one holds
what arrives from offices that keep their own tables: headers in Kazakh Latin (2021 alphabet and keyboard
Latin), abbreviated or misspelt («№ заяв.», «Стат.», «Коментарий», "App #"), bilingual headers, a header over
two merged rows; steps in an officer's words and shorthand («Виза готова», «Отказ работодателя», «Собес
назначен», «Ұшып кетті», "Deployed", "Medical unfit"); dates as people type them («5.3.2026», «05.03.26»,
«05.03.2026 ж.», "5 Mar 2026"); applications named by number written any way, by the worker's phone in every
format, by the phone or Telegram id with the vacancy; a `sep=;` line, Windows-1251 with Kazakh letters
replaced by Russian ones, blank rows inside the table, total rows, a summary sheet and a lookup sheet beside
the data, formulas whose values Excel saved; and rows an officer must be told about (an unknown application,
a step backwards, a word that names no step or more than one, a phone two workers share, a number and a phone
naming different workers) with the column at fault.

The set was written before the parsing code was read. Every file starts from `SEED_2`: the first set's
applications and five more, two of them of a husband and wife who gave the same phone. The format of a file's
expectations is the first set's (`moves`, `refusals`, `may_skip`, `file_refused`).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from openpyxl import Workbook

from tests.data.status_files import (
    D1, D2, D3, SEED, Move, Seed, StatusFile, dmy, excel_day, refuse,
)
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

# Workers 5013 and 5014 (a married couple) gave one phone; each applied to a different vacancy.
SEED_2 = SEED + [
    Seed(1034, 5013, "+77059990011", "QA-2026-0106", "employer_review"),
    Seed(1035, 5014, "+77059990011", "QA-2026-0107", "interview"),
    Seed(1036, 5015, "+77475550011", "QA-2026-0106", "visa_issued"),
    Seed(1037, 5016, "+77761230000", "QA-2026-0107", "offer"),
    Seed(1038, 5017, "+77012345678", "QA-2026-0104", "departed"),
]

EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def short_year(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


def unpadded(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def en_words(day: date) -> str:
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def excel_serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


@dataclass(frozen=True)
class Formula:
    """A cell Excel computed: the formula and the value Excel saved beside it."""

    text: str
    cached: object
    is_date: bool = False


def xlsx_with_formulas(sheets: dict[str, list[list[object]]]) -> bytes:
    """A workbook whose `Formula` cells carry the value Excel would have saved, as a real export does."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    cached: dict[tuple[int, str], Formula] = {}
    for index, (title, rows) in enumerate(sheets.items(), start=1):
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append([f"={cell.text}" if isinstance(cell, Formula) else cell for cell in row])
        for cells in sheet.iter_rows():
            for cell in cells:
                original = rows[cell.row - 1][cell.column - 1] if cell.column <= len(rows[cell.row - 1]) else None
                if isinstance(original, Formula):
                    cached[(index, cell.coordinate)] = original
                    if original.is_date:
                        cell.number_format = "DD.MM.YYYY"
                elif isinstance(original, date):
                    cell.number_format = "DD.MM.YYYY"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _with_cached_values(buffer.getvalue(), cached)


def _with_cached_values(data: bytes, cached: dict[tuple[int, str], Formula]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            found = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if found:
                body = _fill_sheet(body.decode("utf-8"), int(found.group(1)), cached).encode("utf-8")
            target.writestr(item, body)
    return out.getvalue()


def _fill_sheet(xml: str, index: int, cached: dict[tuple[int, str], Formula]) -> str:
    def fill(match: re.Match[str]) -> str:
        ref, attrs, formula = match.group(1), match.group(2) or "", match.group(3)
        value = cached[(index, ref)].cached if (index, ref) in cached else None
        if isinstance(value, str):
            return f'<c r="{ref}"{attrs} t="str"><f>{formula}</f><v>{escape(value)}</v></c>'
        if isinstance(value, date):
            value = excel_serial(value)
        return f'<c r="{ref}"{attrs}><f>{formula}</f><v>{value}</v></c>'

    return re.sub(r'<c r="([A-Z]+\d+)"((?: s="\d+")?)><f>(.*?)</f><v\s*/></c>', fill, xml)


# ---- other offices' headers ------------------------------------------------------------------------------

def kk_latin_2021() -> StatusFile:
    rows = [
        ["Ötınım nömırı", "Märtebesı", "Künı", "Eskertu"],
        [1023, "Sūhbat", excel_day(D2), "Zoom arqyly"],
        [1026, "Viza berıldı", excel_day(D1), None],
        [1028, "Jūmysta", excel_day(D1), None],
        [1036, "Ūşyp kettı", excel_day(D1), "QR 292"],
    ]
    return StatusFile(
        "ötınımder.xlsx", xlsx_bytes({"Paraq1": rows}),
        [Move(1023, "interview", D2, "Zoom arqyly"), Move(1026, "visa_issued", D1), Move(1028, "employed", D1),
         Move(1036, "departed", D1, "QR 292")],
        about="headers and steps in the 2021 Kazakh Latin alphabet",
    )


def kk_keyboard_latin() -> StatusFile:
    rows = [
        ["Otinim No", "Martebesi", "Kuni", "Eskertpe"],
        [1026, "Vizasy daiyn", dmy(D1), ""],
        [1027, "Ushyp ketti", f"{dmy(D1)} zh.", ""],
        [1024, "Qabyldanbady", dmy(D2), "Agylshyn tili alsiz"],
    ]
    return StatusFile(
        "martebe.csv", csv_bytes(rows),
        [Move(1026, "visa_issued", D1), Move(1027, "departed", D1), Move(1024, "rejected", D2, "Agylshyn tili alsiz")],
        about="Kazakh typed on an English keyboard: «Otinim No», «Vizasy daiyn», «Ushyp ketti», a date ending «zh.»",
    )


def ru_abbreviated_cp1251() -> StatusFile:
    rows = [
        ["№ п/п", "№ заяв.", "Ф.И.О.", "Стат.", "Дата изм.", "Прим."],
        [1, 1026, "Жумабаев Н.", "Виза готова", dmy(D1), ""],
        [2, 1024, "Садыкова А.", "Отказ работодателя", dmy(D1), "Не прошла тест"],
        [3, 1023, "Сейткали А.", "Собес назначен", dmy(D2), ""],
        [4, 1025, "Нуриев Т.", "Дог. подписан", dmy(D1), ""],
        [5, 1038, "Есенов Б.", "Приступил к работе", dmy(D1), ""],
    ]
    return StatusFile(
        "статусы_сокр.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1026, "visa_issued", D1), Move(1024, "rejected", D1, "Не прошла тест"), Move(1023, "interview", D2),
         Move(1025, "contract_signed", D1), Move(1038, "employed", D1)],
        about="Windows-1251, abbreviated headers («№ заяв.», «Стат.», «Прим.»), an officer's shorthand for steps",
    )


def excel_sep_line() -> StatusFile:
    rows = [
        ["Номер заявки", "Статус заявки", "Коментарий"],
        [1022, "На рассмотрении у работодателя", "Резюме отправлено\nв Doha Steel"],
        [1032, "Проверка документов", ""],
        [1031, "Отозвана кандидатом", "Уехал в Астану"],
    ]
    data = "sep=;\r\n".encode("utf-8-sig") + csv_bytes(rows, delimiter=";")
    return StatusFile(
        "выгрузка.csv", data,
        [Move(1022, "employer_review", note="Резюме отправлено\nв Doha Steel"), Move(1032, "qualification_check"),
         Move(1031, "withdrawn", note="Уехал в Астану")],
        about="Excel's «sep=;» line after a BOM, a misspelt «Коментарий», a note over two lines",
    )


def en_ops_shorthand() -> StatusFile:
    rows = [
        ["App #", "Candidate", "Status upd.", "Date", "Comments"],
        [1027, "Viktor Kim", "Deployed", en_words(D1), "QR 292 ALA-DOH"],
        [1024, "Dias Omarov", "Medical unfit", en_words(D2), ""],
        [1037, "Arman Tokayev", "Visa stamped", en_words(D1), ""],
        [1038, "Bolat Yessenov", "Joined work", en_words(D1), ""],
    ]
    return StatusFile(
        "ops_update.csv", csv_bytes(rows),
        [Move(1027, "departed", D1, "QR 292 ALA-DOH"), Move(1024, "rejected", D2), Move(1037, "visa_issued", D1),
         Move(1038, "employed", D1)],
        about="a recruiter's English: Deployed, Medical unfit, Visa stamped, Joined work; «5 Mar 2026»",
    )


def bilingual_headers_tsv() -> StatusFile:
    rows = [
        ["Өтінім нөмірі / № заявки", "Мәртебесі / Статус", "Күні / Дата"],
        [1021, "Біліктілікті тексеру / Проверка квалификации", dmy(D3)],
        [1034, "Сұхбат / Собеседование", dmy(D2)],
        [1035, "Жұмыс ұсынысы / Предложение о работе", dmy(D1)],
    ]
    return StatusFile(
        "өтінімдер_заявки.tsv", csv_bytes(rows, delimiter="\t"),
        [Move(1021, "qualification_check", D3), Move(1034, "interview", D2), Move(1035, "offer", D1)],
        about="headers and steps written in Kazakh and Russian together, tab-separated",
    )


def cp1251_kazakh_without_its_letters() -> StatusFile:
    rows = [
        ["Отiнiм номiрi", "Мартебесi", "Кунi"],
        [1027, "Ушып кетти", dmy(D1)],
        [1026, "Визасы берилди", dmy(D1)],
        [1034, "Сухбатка шакырылды", dmy(D2)],
    ]
    return StatusFile(
        "мартебе.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1027, "departed", D1), Move(1026, "visa_issued", D1), Move(1034, "interview", D2)],
        about="Kazakh saved in Windows-1251, which lacks its letters: Russian ones and a Latin «i» stand in",
    )


# ---- how rows name their application -----------------------------------------------------------------------

def en_phones_every_way() -> StatusFile:
    rows = [
        ["Mobile No.", "Status", "Remarks"],
        ["8 701 222 33 44", "Visa issued", ""],
        ["+7 (708) 333-44-55", "Employed", ""],
        ["77754445566", "Terminated", "Contract cancelled by employer"],
        ["8(747)555-00-11", "Arrived Doha", ""],
        ["+7 776 123 0000", "Contract signed", ""],
    ]
    return StatusFile(
        "by_mobile.csv", csv_bytes(rows),
        [Move(1026, "visa_issued"), Move(1028, "employed"),
         Move(1029, "terminated_early", note="Contract cancelled by employer"), Move(1036, "departed"),
         Move(1037, "contract_signed")],
        about="phones as 8 701…, +7 (708)…, 7775… without a plus, 8(747)…, +7 776 123 0000",
    )


def ru_phones_cp1251() -> StatusFile:
    rows = [
        ["Моб. тел.", "ФИО", "Статус", "Дата"],
        ["8 702 111 22 33", "Нурпеисова А.", "Передан работодателю", short_year(D3)],
        ["+7 (705) 123-45-00", "Сейткали А.", "Собеседование пройдено", short_year(D2)],
        ["87471002030", "Омаров Д.", "Оффер", short_year(D1)],
        ["8-777-123-45-67", "Нуриев Т.", "Контракт подписан", short_year(D1)],
    ]
    return StatusFile(
        "по тел.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1022, "employer_review", D3), Move(1023, "interview", D2), Move(1024, "offer", D1),
         Move(1025, "contract_signed", D1)],
        about="«Моб. тел.», steps as recruiters say them («Передан работодателю», «Оффер»), two-digit years",
    )


def phones_as_excel_numbers() -> StatusFile:
    rows = [
        ["Аты-жөні", "Тел. нөмірі", "Мәртебесі"],
        ["Жұмабаев Н.", 87012223344, "Визасы шықты"],
        ["Бекова С.", 77083334455, "Жұмысқа шықты"],
        ["Тоқаев А.", 7761230000, "Келісімшартқа қол қойды"],
    ]
    return StatusFile(
        "тел нөмірлері.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1026, "visa_issued"), Move(1028, "employed"), Move(1037, "contract_signed")],
        about="phones Excel keeps as numbers, Kazakh headers, Kazakh officers' words",
    )


def phone_shared_by_two_workers() -> StatusFile:
    rows = [
        ["Телефон", "Статус"],
        ["+7 705 999 00 11", "Собеседование"],
        ["8 747 555 00 11", "Вылетел"],
    ]
    return StatusFile(
        "общий телефон.csv", csv_bytes(rows),
        [Move(1036, "departed")],
        [refuse(2, "Телефон")],
        about="a phone a husband and wife share: which of the two is meant cannot be told, so the row is refused",
    )


def shared_phone_with_vacancy() -> StatusFile:
    rows = [
        ["Vakansia nömırı", "Telefon", "Märtebesı"],
        ["QA-2026-0107", "8 705 999 00 11", "Jūmys ūsynysy"],
        ["QA-2026-0106", "+77059990011", "Sūhbat"],
        ["QA-2026-0105", "+77059990011", "Sūhbat"],
    ]
    return StatusFile(
        "telefon_vakansia.csv", csv_bytes(rows),
        [Move(1035, "offer"), Move(1034, "interview")],
        [refuse(4, "Vakansia nömırı", "Telefon")],
        about="the shared phone told apart by the vacancy; a vacancy neither of them applied to",
    )


def telegram_and_vacancy_kk() -> StatusFile:
    rows = [
        ["Telegram ID", "Вакансия №", "Мәртебе", "Ескерту"],
        [5001, "QA-2026-0101", "Біліктілігі тексерілуде", ""],
        [5016, "QA-2026-0107", "Келісімшартқа қол қойды", "Министрлікте"],
        [5001, "QA-2026-0104", "Сұхбат", ""],
    ]
    return StatusFile(
        "telegram_vakansia.csv", csv_bytes(rows),
        [Move(1021, "qualification_check"), Move(1037, "contract_signed", note="Министрлікте")],
        [refuse(4, "Telegram ID", "Вакансия №")],
        about="a worker by Telegram id and the vacancy; the worker did not apply to the third row's vacancy",
    )


def numbers_written_loosely() -> StatusFile:
    rows = [
        ["Заявка", "Статус"],
        ["Өтінім №1023", "Собеседование"],
        ["заявка 1024", "Предложение о работе"],
        ["#1025", "Договор подписан"],
        ["1 026", "Виза выдана"],
    ]
    return StatusFile(
        "номера.csv", csv_bytes(rows, delimiter=";"),
        [Move(1023, "interview"), Move(1024, "offer"), Move(1025, "contract_signed"), Move(1026, "visa_issued")],
        about="an application's number after a word, after «#», with a thousands space",
    )


def number_and_phone_disagree() -> StatusFile:
    rows = [
        ["№ заявки", "Телефон", "Статус"],
        [1023, 87051234500, "Собеседование"],
        [1024, 87771234567, "Предложение о работе"],
        [1026, "+7 701 222-33-44", "Виза выдана"],
        [1027, None, "Вылетел"],
    ]
    return StatusFile(
        "номер и телефон.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1023, "interview"), Move(1026, "visa_issued"), Move(1027, "departed")],
        [refuse(3, "Телефон", "№ заявки")],
        about="a number with its worker's phone; a number with another worker's phone (which is right?); no phone",
    )


# ---- officers' words ---------------------------------------------------------------------------------------

def kk_officer_words_2() -> StatusFile:
    rows = [
        ["Өтінім №", "Мәртебесі", "Ескерту"],
        [1027, "ұшып кетті", ""],
        [1024, "Жұмыс беруші бас тартты", "Тәжірибесі жетпейді"],
        [1023, "Сұхбат белгіленді", ""],
        [1038, "Жұмысқа кірісті", ""],
        [1031, "Өзі бас тартты", ""],
        [1022, "Құжаттары жұмыс берушіге жіберілді", ""],
    ]
    return StatusFile(
        "қазақша сөздер.csv", csv_bytes(rows),
        [Move(1027, "departed"), Move(1024, "rejected", note="Тәжірибесі жетпейді"), Move(1023, "interview"),
         Move(1038, "employed"), Move(1031, "withdrawn"), Move(1022, "employer_review")],
        about="Kazakh: «ұшып кетті», «Жұмыс беруші бас тартты», «Сұхбат белгіленді», «Жұмысқа кірісті», "
              "«Өзі бас тартты», «Құжаттары жұмыс берушіге жіберілді»",
    )


def ru_officer_words_2() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Комментарий"],
        [1025, "Подписан трудовой договор", ""],
        [1027, "Улетел в Доху", ""],
        [1029, "Досрочно расторгнут", "Вернулся в Шымкент"],
        [1032, "Кандидат отказался", ""],
        [1033, "Документы на проверке", ""],
        [1034, "Собеседование назначено на 10:00", ""],
    ]
    return StatusFile(
        "слова 2.csv", csv_bytes(rows),
        [Move(1025, "contract_signed"), Move(1027, "departed"),
         Move(1029, "terminated_early", note="Вернулся в Шымкент"), Move(1032, "withdrawn"),
         Move(1033, "qualification_check"), Move(1034, "interview")],
        about="Russian: «Подписан трудовой договор», «Улетел в Доху», «Досрочно расторгнут», «Кандидат отказался»",
    )


def en_officer_words_2() -> StatusFile:
    rows = [
        ["Application No.", "Status", "Remarks"],
        [1022, "Under review by employer", ""],
        [1023, "Interviewed", ""],
        [1024, "Not selected", "Failed trade test"],
        [1035, "Offer letter issued", ""],
        [1031, "Withdrawn by candidate", ""],
        [1038, "Started work", ""],
    ]
    return StatusFile(
        "status_words.csv", csv_bytes(rows),
        [Move(1022, "employer_review"), Move(1023, "interview"), Move(1024, "rejected", note="Failed trade test"),
         Move(1035, "offer"), Move(1031, "withdrawn"), Move(1038, "employed")],
        about="English: Under review by employer, Interviewed, Not selected, Offer letter issued, Started work",
    )


def steps_with_details() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1026, f"Виза выдана {D1.day:02d}.{D1.month:02d}"],
        [1027, "Вылетел (рейс KC 201)"],
        [1035, "Оффер - отправлен на почту"],
    ]
    return StatusFile(
        "с подробностями.csv", csv_bytes(rows),
        [Move(1026, "visa_issued"), Move(1027, "departed"), Move(1035, "offer")],
        about="a step followed by a date, a flight in brackets, a remark after a dash",
    )


def ru_kk_unclear_words() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1021, "На рассмотрении"],
        [1027, "Ждёт билеты"],
        [1023, "Прошёл"],
        [1024, "Одобрен"],
        [1026, "Виза готова"],
        [1022, "Қаралуда"],
    ]
    return StatusFile(
        "непонятные.csv", csv_bytes(rows),
        [Move(1026, "visa_issued")],
        [refuse(2, "Статус"), refuse(3, "Статус"), refuse(4, "Статус"), refuse(5, "Статус"), refuse(7, "Статус")],
        about="«На рассмотрении» and «Қаралуда» (by the ministry or the employer?), «Одобрен» and «Прошёл» "
              "(what?), «Ждёт билеты» (no step): refused, not guessed",
    )


def en_unclear_words() -> StatusFile:
    rows = [
        ["Application ID", "Status"],
        [1021, "On hold"],
        [1022, "Pending"],
        [1027, "Ticket booked"],
        [1034, "TBC"],
        [1024, "Interview"],
    ]
    return StatusFile(
        "unclear.csv", csv_bytes(rows),
        [],
        [refuse(2, "Status"), refuse(3, "Status"), refuse(4, "Status"), refuse(5, "Status")],
        about="On hold, Pending, Ticket booked, TBC: no step; «Interview» for an application already there moves "
              "nothing",
    )


def rejections_in_english() -> StatusFile:
    rows = [
        ["Ref No", "Status", "Reason"],
        [1025, "Medical unfit", "GAMCA"],
        [1026, "Rejected by employer", ""],
        [1028, "Medical unfit", "Doha medical"],
        [1036, "Visa cancelled", ""],
    ]
    return StatusFile(
        "rejections.csv", csv_bytes(rows),
        [Move(1025, "rejected"), Move(1026, "rejected")],
        [refuse(4, "Status"), refuse(5, "Status")],
        about="Medical unfit and Rejected by employer before departure; unfit after departure cannot reject; "
              "«Visa cancelled» names no step",
    )


# ---- rows an officer must be told about --------------------------------------------------------------------

def kk_backwards_and_unknown() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Мәртебесі", "Күні"],
        [1027, "Сұхбат", dmy(D1)],
        [1030, "Виза берілді", dmy(D1)],
        [10230, "Сұхбат", dmy(D1)],
        [1023, "Сұхбат", dmy(D1)],
        [1029, "Ұшып кетті", dmy(D1)],
    ]
    return StatusFile(
        "қателер.csv", csv_bytes(rows),
        [Move(1023, "interview", D1)],
        [refuse(2, "Мәртебесі"), refuse(3, "Мәртебесі"), refuse(4, "Өтінім нөмірі"), refuse(6, "Мәртебесі")],
        about="a visa back to an interview, a rejected worker's visa, a number with a digit too many, "
              "at work back to departed",
    )


def full_export_mostly_unchanged() -> StatusFile:
    current = {item.application_id: item.status for item in SEED_2}
    current.update({1021: "qualification_check", 1029: "terminated_early", 1033: "withdrawn"})
    rows = [["Application ID", "Current status", "Last update"]]
    rows += [[app, status, excel_day(D1)] for app, status in sorted(current.items())]
    return StatusFile(
        "all_applications.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1021, "qualification_check", D1), Move(1029, "terminated_early", D1), Move(1033, "withdrawn", D1)],
        about="every application listed at its step, three of them moved: the rest are no errors, rejected included",
    )


# ---- dates ----------------------------------------------------------------------------------------------

def dates_as_typed() -> StatusFile:
    rows = [
        ["Заявка №", "Статус", "Дата события", "Примечание"],
        [1021, "Проверка квалификации", short_year(D3), ""],
        [1022, "Рассматривает работодатель", f"{dmy(D2)} г.", ""],
        [1024, "Предложение о работе", unpadded(D1), "Письмо отправлено"],
        [1025, "Договор подписан", f"31.02.{D1.year}", ""],
        [1026, "Виза выдана", f"{dmy(D1)}ж.", ""],
    ]
    return StatusFile(
        "даты 2.csv", csv_bytes(rows, delimiter=";"),
        [Move(1021, "qualification_check", D3), Move(1022, "employer_review", D2),
         Move(1024, "offer", D1, "Письмо отправлено"), Move(1026, "visa_issued", D1)],
        [refuse(5, "Дата события")],
        about="«05.03.26», «05.03.2026 г.», «5.3.2026», «05.03.2026ж.»; «31.02» is no date: refused",
    )


# ---- tables inside files ---------------------------------------------------------------------------------

def merged_two_row_header() -> StatusFile:
    title = "Қатар мемлекетіне жұмысқа орналасу бойынша өтінімдердің мәртебесі"
    rows = [
        [title, None, None, None, None, None, None],
        ["Р/с", "Жұмысшы", None, "Өтінім", None, "Мәртебе", None],
        [None, "Аты-жөні", "Телефоны", "№", "Вакансия", "Жаңа мәртебе", "Күні"],
        [1, "Ахметов Е.", "87011234567", 1021, "QA-2026-0101", "Біліктілікті тексеру", excel_day(D3)],
        [2, "Сейітқали А.", "87051234500", 1023, "QA-2026-0102", "Сұхбат", excel_day(D2)],
        [3, "Омаров Д.", "+77471002030", 1024, "QA-2026-0102", "Жұмыс ұсынысы", excel_day(D1)],
        [4, "Жақсылықов Б.", "+77000000001", 9090, "QA-2026-0102", "Сұхбат", excel_day(D1)],
    ]
    merges = {"Мәртебелер": ["A1:G1", "B2:C2", "D2:E2", "F2:G2", "A2:A3"]}
    return StatusFile(
        "өтінімдер мәртебесі.xlsx", xlsx_bytes({"Мәртебелер": rows}, merges),
        [Move(1021, "qualification_check", D3), Move(1023, "interview", D2), Move(1024, "offer", D1)],
        [refuse(7, "№", "Өтінім")],
        about="a merged title, then a header over two rows («Өтінім» above «№» and «Вакансия»); an unknown number",
    )


def blank_rows_inside_and_totals() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1023, "Собеседование", dmy(D2)],
        [1024, "Предложение о работе", dmy(D1)],
        [],
        [1026, "Виза выдана", dmy(D1)],
        [1027, "Вылетел", dmy(D1)],
        [],
        ["Итого: 4", "", ""],
        ["Барлығы: 4", "", ""],
    ]
    return StatusFile(
        "с пропусками.csv", csv_bytes(rows, delimiter=";", encoding="utf-8"),
        [Move(1023, "interview", D2), Move(1024, "offer", D1), Move(1026, "visa_issued", D1),
         Move(1027, "departed", D1)],
        about="a blank row inside the table (the rows after it count), «Итого» and «Барлығы» below",
    )


def sheets_by_office_with_summary() -> StatusFile:
    summary = [
        ["Мәртебе", "Саны"],
        ["Сұхбат", 2],
        ["Виза берілді", 1],
        ["Барлығы", 3],
    ]
    astana = [
        ["№ заявки", "Статус", "Дата"],
        [1023, "Собеседование", excel_day(D2)],
        [1025, "Договор подписан", excel_day(D1)],
    ]
    almaty = [
        ["№ заявки", "Статус", "Дата"],
        [1026, "Виза выдана", excel_day(D1)],
        [1040, "Собеседование", excel_day(D1)],
    ]
    return StatusFile(
        "по филиалам.xlsx", xlsx_bytes({"Жиынтық": summary, "Астана": astana, "Алматы": almaty}),
        [Move(1023, "interview", D2), Move(1025, "contract_signed", D1), Move(1026, "visa_issued", D1)],
        [refuse(3, "№ заявки", sheet="Алматы")],
        about="a summary sheet (counts by step, no application) before a sheet per office; an unknown number",
    )


def formulas_with_saved_values() -> StatusFile:
    steps = ["Подана", "Проверка квалификации", "Рассматривает работодатель", "Собеседование",
             "Предложение о работе", "Договор подписан", "Виза выдана", "Вылетел", "Работает"]
    lookup = [["Код статуса", "Статус"]] + [[code, name] for code, name in enumerate(steps, start=1)]

    def row(n: int, app: int, code: int, day: date, note: object) -> list[object]:
        return [Formula("ROW()-1", n), app, code, Formula(f"VLOOKUP(C{n + 1},Справочник!A:B,2,FALSE)", steps[code - 1]),
                Formula(f"DATE({day.year},{day.month},{day.day})", day, is_date=True), note]

    data = [
        ["№", "№ заявки", "Код статуса", "Статус", "Дата", "Примечание"],
        row(1, 1024, 5, D1, Formula('"Письмо от "&TEXT(E2,"DD.MM")', f"Письмо от {D1.day:02d}.{D1.month:02d}")),
        row(2, 1026, 7, D1, None),
        row(3, 1037, 6, D2, None),
        [None, "Итого", None, Formula("COUNTA(D2:D4)", 3), None, None],
    ]
    return StatusFile(
        "статусы с формулами.xlsx", xlsx_with_formulas({"Статусы": data, "Справочник": lookup}),
        [Move(1024, "offer", D1, f"Письмо от {D1.day:02d}.{D1.month:02d}"), Move(1026, "visa_issued", D1),
         Move(1037, "contract_signed", D2)],
        about="the step, the date, the counter and a note computed by formulas (the values Excel saved count); "
              "a lookup sheet of step codes beside it, a total computed below",
    )


def no_application_column_kk() -> StatusFile:
    rows = [
        ["Аты-жөні", "ЖСН", "Туған күні", "Мәртебесі"],
        ["Ахметов Ержан", "900101300123", "01.01.1990", "Сұхбат"],
        ["Садықова Айгүл", "920315400456", "15.03.1992", "Виза берілді"],
    ]
    return StatusFile(
        "тек ЖСН.xlsx", xlsx_bytes({"Парақ1": rows}), [], file_refused=True,
        about="names, ЖСН and birthdays only: nothing the bot keeps names an application",
    )


def all_files() -> list[StatusFile]:
    """Every file of the second set, built afresh."""
    builders = [
        kk_latin_2021, kk_keyboard_latin, ru_abbreviated_cp1251, excel_sep_line, en_ops_shorthand,
        bilingual_headers_tsv, cp1251_kazakh_without_its_letters, en_phones_every_way, ru_phones_cp1251,
        phones_as_excel_numbers, phone_shared_by_two_workers, shared_phone_with_vacancy, telegram_and_vacancy_kk,
        numbers_written_loosely, number_and_phone_disagree, kk_officer_words_2, ru_officer_words_2,
        en_officer_words_2, steps_with_details, ru_kk_unclear_words, en_unclear_words, rejections_in_english,
        kk_backwards_and_unknown, full_export_mostly_unchanged, dates_as_typed,
        merged_two_row_header, blank_rows_inside_and_totals, sheets_by_office_with_summary, formulas_with_saved_values,
        no_application_column_kk,
    ]
    return [build() for build in builders]
