"""Status files as ministry officers send them, each with the moves it should make and the rows it should refuse.

Officers update workers' applications in bulk with whatever their office or another system exported:
Russian, Kazakh or English headers («№ заявки», «Өтінім нөмірі», "Application ID"), the application named by
its number, by the worker's phone written any way, or by the vacancy's portal number with the phone; the
step given by its code, by its name as the bot shows it, or in an officer's own words («Отказ», «Вылетел»,
«Виза готова»); a title above the table and notes below it; dates as people and Excel write them. This set
was written from the README's file-format section before the parsing code was read, so that it measures
what an officer meets rather than what the code already does.

Every file starts from the same applications (`SEED`). A file says which applications should end at which step
(`moves`; every other application must stay where it was) and which rows must be refused, by the row number
the officer sees (the spreadsheet's row, the CSV line, or a JSON object's place in its list) and the sheet
when a workbook has several, and the column the answer must name, as the file names it. Rows in `may_skip` (an
exact duplicate) may be reported or silently merged. Words that could mean more than one step («Трудоустроен»:
the offer, the contract or work begun?) or none («В работе») must be refused, not guessed: each move is told
to a worker and cannot be taken back. Dates are built from today's date, so the set never ages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tests.data.vacancy_files import csv_bytes, json_bytes, xlsx_bytes


@dataclass(frozen=True)
class Seed:
    """An application the files refer to, with its worker and the step it stands at."""

    application_id: int
    user_id: int
    phone: str | None
    vacancy: str  # the vacancy's portal number (external_id)
    status: str


# Worker 5001 has two applications (1021 and 1031): their phone alone does not say which one is meant.
SEED = [
    Seed(1021, 5001, "+77011234567", "QA-2026-0101", "applied"),
    Seed(1022, 5002, "+77021112233", "QA-2026-0101", "qualification_check"),
    Seed(1023, 5003, "+77051234500", "QA-2026-0102", "employer_review"),
    Seed(1024, 5004, "+77471002030", "QA-2026-0102", "interview"),
    Seed(1025, 5005, "+77771234567", "QA-2026-0103", "offer"),
    Seed(1026, 5006, "+77012223344", "QA-2026-0103", "contract_signed"),
    Seed(1027, 5007, "+77079998877", "QA-2026-0104", "visa_issued"),
    Seed(1028, 5008, "+77083334455", "QA-2026-0104", "departed"),
    Seed(1029, 5009, "+77754445566", "QA-2026-0105", "employed"),
    Seed(1030, 5010, "+77005556677", "QA-2026-0105", "rejected"),
    Seed(1031, 5001, "+77011234567", "QA-2026-0103", "applied"),
    Seed(1032, 5011, "+77016667788", "QA-2026-0101", "applied"),
    Seed(1033, 5012, None, "QA-2026-0102", "applied"),
]


@dataclass(frozen=True)
class Move:
    """An application that must end at `status`; `day` (Kazakhstan date) and `note` checked when given."""

    application_id: int
    status: str
    day: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class Refusal:
    """A row that must be refused; the answer must name one of `columns` (as the file names them)."""

    row: int
    columns: tuple[str, ...]
    sheet: str | None = None  # a workbook's sheet, when the rows are not all on the first


@dataclass
class StatusFile:
    """One file an officer could send, and what the bot should make of it."""

    name: str
    data: bytes
    moves: list[Move]
    refusals: list[Refusal] = field(default_factory=list)
    may_skip: list[int] = field(default_factory=list)
    file_refused: bool = False  # the whole file cannot be read as statuses, and the answer must say so
    about: str = ""


def ago(days: int) -> date:
    """A day in the recent past, so the set never ages and no step is dated in the future."""
    return date.today() - timedelta(days=days)


D1, D2, D3 = ago(2), ago(5), ago(9)

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
             "қазан", "қараша", "желтоқсан"]


def dmy(day: date, sep: str = ".") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def ru_words(day: date) -> str:
    return f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} г."


def kk_words(day: date) -> str:
    return f"{day.year} жылғы {day.day} {KK_MONTHS[day.month - 1]}"


def excel_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def refuse(row: int, *columns: str, sheet: str | None = None) -> Refusal:
    return Refusal(row, columns, sheet)


# ---- the README's own schema, and its close relatives ----------------------------------------------------

def readme_schema() -> StatusFile:
    rows = [
        ["application_id", "telegram_id", "external_id", "status", "note", "occurred_at"],
        [1021, None, None, "qualification_check", "Documents received by the ministry", f"{D3.isoformat()}"],
        [1021, None, None, "employer_review", None, f"{D2.isoformat()}T10:30:00"],
        [1023, None, None, "interview", "Video interview at 11:00 Doha time", f"{D1.isoformat()} 09:15"],
        [None, 5005, "QA-2026-0103", "contract_signed", "Signed at the ministry", None],
    ]
    return StatusFile(
        "statuses.csv", csv_bytes(rows),
        [Move(1021, "employer_review", D2), Move(1023, "interview", D1, "Video interview at 11:00 Doha time"),
         Move(1025, "contract_signed", note="Signed at the ministry")],
        about="the README's schema: codes, ISO dates, a row by telegram_id and external_id",
    )


def codes_in_other_cases() -> StatusFile:
    rows = [
        ["application_id", "status", "note"],
        [1022, "EMPLOYER_REVIEW", ""],
        [1026, "Visa Issued", ""],
        [1027, "departed ", ""],
        [1028, "Employed", ""],
    ]
    return StatusFile(
        "statuses_upper.csv", csv_bytes(rows),
        [Move(1022, "employer_review"), Move(1026, "visa_issued"), Move(1027, "departed"),
         Move(1028, "employed")],
        about="codes in capitals, with a space for the underscore, a trailing space",
    )


def tsv_english() -> StatusFile:
    rows = [
        ["Application ID", "Status", "Date", "Remarks"],
        [1023, "Interview", dmy(D1, "/"), "Online, Teams"],
        [1025, "Contract signed", dmy(D1, "/"), ""],
    ]
    return StatusFile(
        "statuses.tsv", csv_bytes(rows, delimiter="\t"),
        [Move(1023, "interview", D1, "Online, Teams"), Move(1025, "contract_signed", D1)],
        about="tab-separated, English headers, dd/mm/yyyy",
    )


# ---- Russian, Kazakh and English exports ---------------------------------------------------------------

def ru_cp1251_semicolons() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Статус", "Дата", "Комментарий"],
        [1021, "Ахметов Ержан", "Проверка квалификации", dmy(D2), "Документы приняты"],
        [1024, "Садыкова Айгуль", "Предложение о работе", dmy(D1), ""],
        [1026, "Жумабаев Нурлан", "Виза выдана", dmy(D1), "Виза на 2 года"],
        [1027, "Ким Виктор", "Выезд в Катар", dmy(D1), "Рейс QR 292"],
    ]
    return StatusFile(
        "статусы.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1021, "qualification_check", D2, "Документы приняты"), Move(1024, "offer", D1),
         Move(1026, "visa_issued", D1, "Виза на 2 года"), Move(1027, "departed", D1, "Рейс QR 292")],
        about="Windows-1251, semicolons, «№ заявки», steps by their Russian names as the bot shows them",
    )


def ru_title_row_xlsx() -> StatusFile:
    rows = [
        [f"Статусы заявок граждан РК на трудоустройство в Государстве Катар по состоянию на {dmy(D1)}"],
        [],
        ["Номер заявки", "Статус заявки", "Дата изменения", "Примечание"],
        [1022, "Рассматривает работодатель", excel_day(D2), None],
        [1023, "Собеседование", excel_day(D1), "Онлайн"],
        [1029, "Договор прекращён досрочно", excel_day(D1), "По инициативе работодателя"],
        [],
        ["Исполнитель: Ахметова А.К., тел. 8 (7172) 74-36-00"],
    ]
    return StatusFile(
        "Статусы на дату.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1022, "employer_review", D2), Move(1023, "interview", D1, "Онлайн"),
         Move(1029, "terminated_early", D1, "По инициативе работодателя")],
        about="a title and a blank row above the header, Excel dates, a signature below",
    )


def kk_xlsx() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Мәртебесі", "Күні", "Түсініктеме"],
        [1023, "Сұхбат", excel_day(D1), "Онлайн сұхбат"],
        [1025, "Келісімшартқа қол қойылды", excel_day(D1), None],
        [1027, "Катарға аттанды", excel_day(D1), "QR 292 рейсі"],
        [1028, "Жұмыста", excel_day(D1), None],
    ]
    return StatusFile(
        "мәртебелер.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1023, "interview", D1, "Онлайн сұхбат"), Move(1025, "contract_signed", D1),
         Move(1027, "departed", D1, "QR 292 рейсі"), Move(1028, "employed", D1)],
        about="Kazakh headers, steps by their Kazakh names as the bot shows them",
    )


def kk_csv_words_date() -> StatusFile:
    rows = [
        ["Өтініш №", "Күйі", "Өзгерген күні", "Ескерту"],
        [1021, "Біліктілікті тексеру", kk_words(D2), ""],
        [1026, "Виза берілді", kk_words(D1), ""],
    ]
    return StatusFile(
        "күйі.csv", csv_bytes(rows),
        [Move(1021, "qualification_check", D2), Move(1026, "visa_issued", D1)],
        about="Kazakh headers («Өтініш №», «Күйі»), dates in Kazakh words",
    )


def en_xlsx_stage() -> StatusFile:
    rows = [
        ["Application ID", "Candidate", "Stage", "Updated on", "Remarks"],
        [1022, "Aliya Nurpeisova", "Interview", excel_day(D2), "Panel interview"],
        [1024, "Dias Omarov", "Job offer", excel_day(D1), None],
        [1027, "Viktor Kim", "Departed to Qatar", excel_day(D1), None],
        [1028, "Serik Bekov", "At work", excel_day(D1), "Started at the site"],
    ]
    return StatusFile(
        "application_stages.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1022, "interview", D2, "Panel interview"), Move(1024, "offer", D1), Move(1027, "departed", D1),
         Move(1028, "employed", D1, "Started at the site")],
        about="English export: «Stage», «Remarks», steps by their English names",
    )


# ---- how a row names its application -------------------------------------------------------------------

def phone_formats() -> StatusFile:
    rows = [
        ["Телефон", "Статус", "Комментарий"],
        ["+7 702 111 22 33", "employer_review", ""],
        ["8 (705) 123-45-00", "interview", ""],
        ["87471002030", "offer", ""],
        ["7771234567", "contract_signed", ""],
        ["+7(701)222-33-44", "visa_issued", ""],
        ["8-707-999-88-77", "departed", ""],
    ]
    return StatusFile(
        "по телефонам.csv", csv_bytes(rows, delimiter=";"),
        [Move(1022, "employer_review"), Move(1023, "interview"), Move(1024, "offer"),
         Move(1025, "contract_signed"), Move(1026, "visa_issued"), Move(1027, "departed")],
        about="the application named by the worker's phone, written six ways",
    )


def phone_excel_numbers() -> StatusFile:
    rows = [
        ["ФИО", "Номер телефона", "Статус"],
        ["Бекова Сауле", 77083334455, "Работаете"],
        ["Мусин Аскар", 87754445566, "Договор прекращён досрочно"],
        ["Ли Ольга", 7016667788, "Отозвана"],
    ]
    return StatusFile(
        "телефоны числами.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1028, "employed"), Move(1029, "terminated_early"), Move(1032, "withdrawn")],
        about="phones stored by Excel as numbers (7…, 8…, ten digits)",
    )


def vacancy_and_phone() -> StatusFile:
    rows = [
        ["Номер вакансии", "Телефон", "Статус", "Комментарий"],
        ["QA-2026-0101", "+7 701 123 45 67", "Проверка квалификации", ""],
        ["QA-2026-0103", "8 701 123 45 67", "Рассматривает работодатель", ""],
        ["QA-2026-0102", "+7 747 100 20 30", "Предложение о работе", ""],
    ]
    return StatusFile(
        "вакансия и телефон.csv", csv_bytes(rows),
        [Move(1021, "qualification_check"), Move(1031, "employer_review"), Move(1024, "offer")],
        about="the vacancy's portal number with the phone: a worker with two applications is told apart",
    )


def phone_of_two_applications() -> StatusFile:
    rows = [
        ["Телефон", "Статус"],
        ["+77011234567", "Собеседование"],
        ["+77021112233", "Собеседование"],
        ["+77000000000", "Собеседование"],
        ["123", "Собеседование"],
    ]
    return StatusFile(
        "телефоны с ошибками.csv", csv_bytes(rows),
        [Move(1022, "interview")],
        [refuse(2, "Телефон"), refuse(4, "Телефон"), refuse(5, "Телефон")],
        about="a phone with two applications (which?), an unknown phone, a phone too short",
    )


def vacancy_and_phone_mismatch() -> StatusFile:
    rows = [
        ["Vacancy No.", "Phone", "Status"],
        ["QA-2026-0105", "+77754445566", "Contract ended early"],
        ["QA-2026-0101", "+77754445566", "Contract ended early"],
        ["QA-9999", "+77083334455", "At work"],
    ]
    return StatusFile(
        "vacancy_phone.csv", csv_bytes(rows),
        [Move(1029, "terminated_early")],
        [refuse(3, "Vacancy No.", "Phone"), refuse(4, "Vacancy No.", "Phone")],
        about="the phone did not apply to that vacancy; the vacancy does not exist",
    )


def telegram_id_and_vacancy_en() -> StatusFile:
    rows = [
        ["Telegram ID", "Vacancy ID", "Status", "Note"],
        [5001, "QA-2026-0103", "interview", ""],
        [5008, "QA-2026-0104", "employed", ""],
    ]
    return StatusFile(
        "by_telegram.csv", csv_bytes(rows),
        [Move(1031, "interview"), Move(1028, "employed")],
        about="the README's telegram_id and external_id, with their headers as people write them",
    )


def number_written_with_sign() -> StatusFile:
    rows = [
        ["Заявка", "Статус"],
        ["№1021", "Проверка квалификации"],
        ["№ 1023", "Собеседование"],
        ["1024.0", "Предложение о работе"],
    ]
    return StatusFile(
        "номера со знаком.csv", csv_bytes(rows),
        [Move(1021, "qualification_check"), Move(1023, "interview"), Move(1024, "offer")],
        about="«№1021», «№ 1023», «1024.0» as a number comes out of a spreadsheet",
    )


def iin_column_alongside() -> StatusFile:
    rows = [
        ["№ п/п", "ФИО", "ИИН", "№ заявки", "Статус", "Дата"],
        [1, "Ахметов Ержан", "900101300123", 1021, "Проверка квалификации", dmy(D2)],
        [2, "Садыкова Айгуль", "920315400456", 1024, "Предложение о работе", dmy(D1)],
    ]
    return StatusFile(
        "с ИИН.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1021, "qualification_check", D2), Move(1024, "offer", D1)],
        about="a row counter and an ИИН beside the application's number: neither is taken for it",
    )


def no_way_to_find_applications() -> StatusFile:
    rows = [
        ["ФИО", "ИИН", "Статус"],
        ["Ахметов Ержан", "900101300123", "Собеседование"],
    ]
    return StatusFile(
        "только ИИН.csv", csv_bytes(rows), [], file_refused=True,
        about="names and ИИН only: the bot keeps no ИИН, so no application can be found; say what is needed",
    )


# ---- officers' own words for a step --------------------------------------------------------------------

def ru_officer_words() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Комментарий"],
        [1024, "Отказ", "Не прошёл собеседование"],
        [1027, "Вылетел", "Рейс QR 292"],
        [1026, "Виза готова", ""],
        [1025, "Подписал договор", ""],
        [1023, "Назначено собеседование", ""],
        [1032, "Отозвал заявку", ""],
    ]
    return StatusFile(
        "слова.csv", csv_bytes(rows),
        [Move(1024, "rejected", note="Не прошёл собеседование"), Move(1027, "departed"),
         Move(1026, "visa_issued"), Move(1025, "contract_signed"), Move(1023, "interview"),
         Move(1032, "withdrawn")],
        about="Russian officers' words: «Отказ», «Вылетел», «Виза готова», «Подписал договор», "
              "«Назначено собеседование», «Отозвал заявку»",
    )


def kk_officer_words() -> StatusFile:
    rows = [
        ["Өтінім №", "Мәртебесі"],
        [1024, "Қабылданбады"],
        [1026, "Визасы дайын"],
        [1027, "Ұшып кетті"],
        [1023, "Сұхбатқа шақырылды"],
    ]
    return StatusFile(
        "сөздер.csv", csv_bytes(rows),
        [Move(1024, "rejected"), Move(1026, "visa_issued"), Move(1027, "departed"), Move(1023, "interview")],
        about="Kazakh officers' words: «Қабылданбады», «Визасы дайын», «Ұшып кетті», «Сұхбатқа шақырылды»",
    )


def en_officer_words() -> StatusFile:
    rows = [
        ["Application ID", "Status"],
        [1024, "Rejected"],
        [1026, "Visa ready"],
        [1027, "Flew out"],
        [1023, "Interview scheduled"],
        [1025, "Contract signed by worker"],
    ]
    return StatusFile(
        "words.csv", csv_bytes(rows),
        [Move(1024, "rejected"), Move(1026, "visa_issued"), Move(1027, "departed"), Move(1023, "interview"),
         Move(1025, "contract_signed")],
        about="English officers' words: Rejected, Visa ready, Flew out, Interview scheduled",
    )


def interview_passed_or_not() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1023, "Собеседование пройдено"],
        [1024, "Собеседование не пройдено"],
    ]
    return StatusFile(
        "собеседования.csv", csv_bytes(rows),
        [Move(1023, "interview")],
        [refuse(3, "Статус")],
        about="«пройдено» is the interview step; «не пройдено» would reject a worker on a guess: refused",
    )


def ambiguous_and_unknown_words() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1025, "Трудоустроен"],
        [1024, "hired"],
        [1022, "В работе"],
        [1021, "Ожидание"],
        [1023, "Собеседование"],
    ]
    return StatusFile(
        "неясные.csv", csv_bytes(rows),
        [Move(1023, "interview")],
        [refuse(2, "Статус"), refuse(3, "Статус"), refuse(4, "Статус"), refuse(5, "Статус")],
        about="«Трудоустроен» and hired (offer, contract or work?), «В работе», «Ожидание»: refused",
    )


# ---- bad rows among good ones --------------------------------------------------------------------------

def forbidden_moves() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Комментарий"],
        [1024, "qualification_check", "назад"],
        [1030, "interview", "после отказа"],
        [1028, "rejected", "после вылета"],
        [1021, "employed", "сразу на работу"],
        [1022, "terminated_early", "до вылета"],
        [1023, "interview", "верно"],
    ]
    return StatusFile(
        "запрещённые переходы.csv", csv_bytes(rows),
        [Move(1023, "interview", note="верно")],
        [refuse(2, "Статус"), refuse(3, "Статус"), refuse(4, "Статус"), refuse(5, "Статус"),
         refuse(6, "Статус")],
        about="a step back, out of «rejected», rejected after departure, employed before departure",
    )


def unknown_applications() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [9999, "Собеседование"],
        ["12а", "Собеседование"],
        [None, "Собеседование"],
        [1023, "Собеседование"],
        [1022, "Пропал"],
    ]
    return StatusFile(
        "неизвестные.csv", csv_bytes(rows),
        [Move(1023, "interview")],
        [refuse(2, "№ заявки"), refuse(3, "№ заявки"), refuse(4, "№ заявки"), refuse(6, "Статус")],
        about="no such application, not a number, empty, an unknown step",
    )


def duplicates_and_two_steps() -> StatusFile:
    rows = [
        ["application_id", "status"],
        [1021, "qualification_check"],
        [1021, "employer_review"],
        [1023, "interview"],
        [1023, "interview"],
    ]
    return StatusFile(
        "duplicates.csv", csv_bytes(rows),
        [Move(1021, "employer_review"), Move(1023, "interview")],
        may_skip=[5],
        about="two steps of one application in order, and an exact duplicate row",
    )


def nothing_but_bad_rows() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1030, "Собеседование"],
        [8888, "Отказ"],
    ]
    return StatusFile(
        "всё плохо.csv", csv_bytes(rows), [], [refuse(2, "Статус"), refuse(3, "№ заявки")],
        about="every row refused: nothing to apply, each row still explained",
    )


# ---- dates ---------------------------------------------------------------------------------------------

def dates_mixed() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1021, "qualification_check", dmy(D3)],
        [1022, "employer_review", f"{D2.isoformat()}T10:30"],
        [1023, "interview", dmy(D2, "/")],
        [1024, "offer", ru_words(D1)],
        [1025, "contract_signed", f"{dmy(D1)} 14:00"],
    ]
    return StatusFile(
        "даты.csv", csv_bytes(rows),
        [Move(1021, "qualification_check", D3), Move(1022, "employer_review", D2), Move(1023, "interview", D2),
         Move(1024, "offer", D1), Move(1025, "contract_signed", D1)],
        about="dd.mm.yyyy, ISO with a time, dd/mm/yyyy, «20 ноября 2026 г.», a date with a time",
    )


def bad_date() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1021, "qualification_check", "вчера"],
        [1022, "employer_review", dmy(D1)],
    ]
    return StatusFile(
        "плохая дата.csv", csv_bytes(rows),
        [Move(1022, "employer_review", D1)],
        [refuse(2, "Дата")],
        about="«вчера» is not a date: the row is refused, not dated today",
    )


# ---- tables inside files -------------------------------------------------------------------------------

def notes_below_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Комментарий"],
        [1023, "Собеседование", ""],
        [1025, "Договор подписан", ""],
        [],
        ["Итого: 2 заявки"],
        ["Составил: инспектор Нурланова Г."],
    ]
    return StatusFile(
        "с итогом.csv", csv_bytes(rows, delimiter=";"),
        [Move(1023, "interview"), Move(1025, "contract_signed")],
        about="a blank line, «Итого» and a signature below the table",
    )


def several_sheets() -> StatusFile:
    guide = [
        ["Инструкция"],
        ["Заполните номер заявки и новый статус. Не меняйте названия столбцов."],
    ]
    first = [
        ["№ заявки", "Статус", "Дата"],
        [1021, "Проверка квалификации", excel_day(D3)],
        [1022, "Рассматривает работодатель", excel_day(D3)],
    ]
    second = [
        ["№ заявки", "Статус", "Дата"],
        [1026, "Виза выдана", excel_day(D1)],
        [9999, "Виза выдана", excel_day(D1)],
    ]
    return StatusFile(
        "статусы по месяцам.xlsx", xlsx_bytes({"Инструкция": guide, "Прошлый месяц": first, "Этот месяц": second}),
        [Move(1021, "qualification_check", D3), Move(1022, "employer_review", D3), Move(1026, "visa_issued", D1)],
        [refuse(3, "№ заявки", sheet="Этот месяц")],
        about="an instructions sheet, then two sheets of statuses; a bad row on the second",
    )


def table_off_the_corner() -> StatusFile:
    rows = [
        [None, None, None, None],
        [None, "Министерство труда и социальной защиты населения РК", None, None],
        [None, None, None, None],
        [None, "№ заявки", "Статус", "Примечание"],
        [None, 1027, "Вылетел", "QR 292"],
        [None, 1028, "Работаете", None],
    ]
    return StatusFile(
        "смещённая таблица.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1027, "departed", note="QR 292"), Move(1028, "employed")],
        about="a title and the table starting in column B",
    )


# ---- JSON ----------------------------------------------------------------------------------------------

def json_list() -> StatusFile:
    items = [
        {"application_id": 1023, "status": "interview", "note": "Online", "occurred_at": D1.isoformat()},
        {"application_id": 1026, "status": "visa_issued"},
    ]
    return StatusFile(
        "statuses.json", json_bytes(items),
        [Move(1023, "interview", D1, "Online"), Move(1026, "visa_issued")],
        about="the README's JSON: an array of objects",
    )


def json_under_key() -> StatusFile:
    items = [
        {"Application ID": 1024, "Stage": "Job offer", "Remarks": "Offer letter sent"},
        {"Application ID": 1030, "Stage": "Interview", "Remarks": ""},
    ]
    return StatusFile(
        "export.json", json_bytes({"statuses": items}),
        [Move(1024, "offer", note="Offer letter sent")],
        [refuse(2, "Stage")],
        about="JSON under «statuses», English keys, a forbidden move (the second object)",
    )


def json_russian_keys() -> StatusFile:
    items = [
        {"Номер заявки": "1027", "Телефон": "+7 707 999 88 77", "Статус": "Вылетел", "Дата": dmy(D1)},
        {"Номер заявки": "1025", "Статус": "Договор подписан", "Дата": dmy(D1)},
    ]
    return StatusFile(
        "статусы.json", json_bytes({"data": items}),
        [Move(1027, "departed", D1), Move(1025, "contract_signed", D1)],
        about="JSON with Russian keys, numbers as text, a phone beside the number",
    )


def all_files() -> list[StatusFile]:
    """Every file of the set, built afresh."""
    builders = [
        readme_schema, codes_in_other_cases, tsv_english, ru_cp1251_semicolons, ru_title_row_xlsx, kk_xlsx,
        kk_csv_words_date, en_xlsx_stage, phone_formats, phone_excel_numbers, vacancy_and_phone,
        phone_of_two_applications, vacancy_and_phone_mismatch, telegram_id_and_vacancy_en,
        number_written_with_sign, iin_column_alongside, no_way_to_find_applications, ru_officer_words,
        kk_officer_words, en_officer_words, interview_passed_or_not, ambiguous_and_unknown_words,
        forbidden_moves, unknown_applications, duplicates_and_two_steps, nothing_but_bad_rows, dates_mixed,
        bad_date, notes_below_csv, several_sheets, table_off_the_corner, json_list, json_under_key,
        json_russian_keys,
    ]
    return [build() for build in builders]
