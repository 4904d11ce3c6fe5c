"""Bulk status files: each row moves one application a step along the agreement's process.

An officer names the application by its number in the bot, by the worker's phone (with the vacancy's
portal number when the worker applied to several), or by the worker's Telegram id plus the portal's
vacancy number, whichever the export at hand carries. Headers may be Russian, Kazakh or English, and the
table may sit under a title with notes below it, on several sheets: the same reader as vacancy files.
Times without a zone are read as Kazakhstan time (UTC+5, the officer's clock) and stored in UTC, so a
worker abroad sees the right moment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timezone

import phonenumbers
from rapidfuzz.distance import OSA

from bot.kz_time import KAZAKHSTAN_TZ, kazakhstan_today
from bot.tabular import (
    EMPTY,
    MISSING_COLUMNS,
    ParseResult,
    RowError,
    RowReader,
    Table,
    header_key,
    loose_key,
    misspelt_header,
    parse_date,
    parse_flag,
    read_table,
    says_nothing,
)
from bot.validation import phone_number
from bot.vacancy_rows import HEADER_ALIASES

__all__ = [
    "KAZAKHSTAN_TZ",
    "ParseResult",
    "RowError",
    "STATUS_CODES",
    "StatusRow",
    "parse_status_row",
    "parse_status_table",
    "loose_key",
    "named_in_words",
    "read_status_file",
    "status_key",
]

# The agreement's process, in order; then the endings that can interrupt it.
FORWARD_STATUSES: tuple[str, ...] = (
    "applied",
    "qualification_check",
    "employer_review",
    "interview",
    "offer",
    "contract_signed",
    "visa_issued",
    "departed",
    "employed",
)
FINAL_STATUSES: tuple[str, ...] = ("rejected", "withdrawn", "terminated_early")
STATUS_CODES: tuple[str, ...] = FORWARD_STATUSES + FINAL_STATUSES
# A case a register closed because the worker was hired («Закрыта» / «Трудоустроен»): the process ended in
# work, which for a worker already departed is work begun (see `status_import`); before departure it could
# be the offer or the contract, and is refused. «Трудоустроен» alone in a status cell is refused as before.
HIRED = "hired"

MAX_ID = 2**63 - 1
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}([T ]|$)")
_TIME_AFTER = re.compile(r"^(?P<day>.+?)\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?$")
# What offices write before an application's number: «№1021», "#1021", «Заявка №1021», «Өтінім 1021», and the
# prefixes of other systems' registers, "APP-1021", "ID:1021", "Ref. 1021".
_NUMBER_SIGN = re.compile(
    r"^((заявка|заяв|өтінім|өтініш|application|appl|app|id|ref)\.?\s*[-:]?\s*)?((№|#|no\.?)\s*[-:]?\s*)?(?=\d)",
    re.IGNORECASE,
)
# A year's mark glued to a date or typed on a keyboard without Kazakh letters: «05.03.2026ж.», «… zh.».
_YEAR_MARK = re.compile(r"(?<=\d)\s*(ж|zh|j|г|g)\.?$", re.IGNORECASE)
TARGET_COLUMNS: tuple[str, ...] = ("application_id", "phone", "telegram_id")

# Headers other systems' exports use for the status file's columns, in Russian, Kazakh and English;
# compared by `header_key`. The vacancy's portal number keeps the vacancy files' words («Номер вакансии»).
# A row counter («№ п/п», «№») and an ИИН are never taken for the application's number.
_STATUS_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "application_id": (
        "application id", "application no", "application number", "application", "app id", "№ заявки",
        "номер заявки", "заявка", "заявка №", "id заявки", "код заявки", "өтінім", "өтінім №", "өтінім нөмірі",
        "өтініш", "өтініш №", "өтініш нөмірі", "app", "app #", "app no", "application #", "application ref",
        "№ заяв", "заяв", "№ зая", "номер зая", "рег номер заявки", "өтінім коды", "өтінім id",
        "№ заявления", "номер заявления", "заявление №", "заявление", "application ref no", "app ref",
        # An agency's tracker numbers its candidates by the application they were put forward on.
        "candidate ref", "candidate ref no", "candidate reference", "candidate application no",
        # An employer's recruitment system keeps the ministry's number of the candidate beside its own.
        "ministry ref", "ministry ref no", "ministry reference", "ministry application no", "mol ref", "mol ref no",
    ),
    "phone": (
        "phone", "phone number", "mobile", "mobile number", "contact number", "телефон", "номер телефона",
        "телефон работника", "контактный телефон", "моб телефон", "мобильный телефон", "телефон нөмірі",
        "ұялы телефон", "байланыс телефоны", "phone no", "mobile no", "mobile #", "mob", "mob no", "cell",
        "contact no", "whatsapp", "тел", "моб тел", "тел номер", "моб", "мобильный", "сотовый", "сот тел",
        "телефоны", "тел нөмірі", "телефон нөмірі", "ұялы тел", "жұмысшы телефоны",
        "контакты", "contacts", "байланыс", "байланыс деректері",
        "контактные данные", "контактная информация", "contact details", "contact info", "contact information",
    ),
    # The vacancy's portal number beside a phone or a Telegram id, besides the vacancy files' own words.
    "external_id": ("вакансия №", "вакансия", "vacancy", "vacancy #", "бос орын", "бос орын №", "вакансия id",
                    "бос орын нөмірі", "бос орынның нөмірі", "бос орын коды", "vacancy no", "vacancy number"),
    # A column headed «№» alone: a row counter, or the applications' numbers when nothing else finds them
    # (see `_counter_as_applications`).
    "counter": ("№", "#", "nr", "номер", "нөмір", "nomer", "ref"),
    "telegram_id": ("telegram id", "telegram", "id telegram", "телеграм id", "telegram id работника", "tg id",
                    "телеграм"),
    "status": (
        "status", "stage", "current status", "new status", "application status", "статус", "статус заявки",
        "текущий статус", "новый статус", "этап", "мәртебе", "мәртебесі", "күйі", "өтінім мәртебесі",
        "стат", "status upd", "status update", "updated status", "latest status", "last status", "стадия",
        "состояние", "текущий этап", "жаңа мәртебе", "қазіргі мәртебе", "кезең", "жағдайы",
        "current stage", "new stage", "outcome", "stage name", "статус кандидата", "статус работника",
        "статус соискателя", "этап отбора", "текущий этап отбора", "stage of application", "application stage",
        "candidate status", "recruitment stage", "pipeline stage", "hiring stage", "candidate stage",
        "кандидаттың мәртебесі", "жұмысшының мәртебесі", "іріктеу кезеңі",
        # An employment centre's register: «Результат», «Статус трудоустройства», «Нәтиже», «Ағымдағы кезең».
        "результат", "результат трудоустройства", "статус трудоустройства", "result", "нәтиже", "нәтижесі",
        "ағымдағы кезең", "ағымдағы мәртебе", "событие", "event", "employment status", "жұмысқа орналасу нәтижесі",
        # 1C names a document's step its state: «Состояние заявки», «Состояние кандидата».
        "состояние заявки", "состояние кандидата", "текущее состояние", "өтінім күйі",
    ),
    "note": (
        "note", "notes", "remarks", "remark", "comment", "comments", "комментарий", "примечание",
        "примечания", "түсініктеме", "ескерту", "ескертпе", "прим", "коммент", "комм", "reason", "причина",
        "себебі", "details", "пояснение", "ескертулер",
    ),
    # The day the application was made, which a 1C export puts beside the step's day («Заявка: Номер | Дата»):
    # never the step's.
    "applied_on": ("заявка дата", "дата заявки", "дата подачи заявки", "application date", "date of application",
                   "date applied", "applied on", "өтінім күні", "өтінім берілген күні", "өтінім дата"),
    "occurred_at": (
        "date", "updated on", "date of change", "status date", "дата", "дата изменения", "дата статуса",
        "дата изменения статуса", "күні", "өзгерген күні", "өзгерту күні", "дата изм", "дата события",
        "дата обновления", "last update", "last updated", "updated", "update date", "date updated", "status date",
        "event date", "жаңартылған күні", "мәртебе күні", "stage date", "date of stage", "дата этапа",
        "кезең күні", "date of update", "дата обновления статуса", "дата смены статуса", "мәртебе өзгерген күні",
        "дата результата", "result date", "нәтиже күні",
        "дата состояния", "дата изменения состояния", "дата установки состояния", "күйі өзгерген күні",
        # a recruitment system's stamp of the stage's change
        "stage changed on", "stage changed", "status changed on", "status changed", "changed on", "last activity",
        "last activity date", "moved on",
    ),
}  # fmt: skip


class StatusHeaders(dict[str, str]):
    """The status file's header words, by `header_key`. Looked up with `get` (as the table reader finds a
    header), a header also meets a known one written in Kazakh Latin or with Russian letters for Kazakh
    ones (`loose_key`), or misspelt by one letter («Коментарий», "Remraks"), when that names one column."""

    def __init__(self, exact: Mapping[str, str]) -> None:
        super().__init__(exact)
        loose: dict[str, set[str]] = {}
        for key, column in exact.items():
            loose.setdefault(loose_key(key), set()).add(column)
        self.loose = {key: columns.pop() for key, columns in loose.items() if len(columns) == 1}

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        found = super().get(key)
        if found is None:
            found = self.loose.get(loose_key(key)) or self._misspelt(key)
        return default if found is None else found

    def _misspelt(self, key: str) -> str | None:
        return (misspelt_header(key, self, shortest=6) or _phone_header(key) or _note_header(key)
                or _ministry_number_header(key) or _status_header(key) or _day_header(key))


# The ministry's number of a candidate, as an employer's recruitment system heads it: "Ref (MoL KZ)", "MLSP No.",
# «Номер Минтруда»: the application's number in the bot, which the ministry gave the employer.
_MINISTRY = re.compile(r"(^|[\s(])(ministry|mol|mlsp|moli|минтруд\w*|министерств\w*|мтсзн|enbek|еңбекмині\w*)($|[\s)])")
_NUMBER_WORD = re.compile(r"(^|\s)(ref|reference|no|number|id|№|номер\w*|нөмір\w*)($|[\s.)])")


def _ministry_number_header(key: str) -> str | None:
    return "application_id" if len(key.split()) <= 5 and _MINISTRY.search(key) and _NUMBER_WORD.search(key) else None


# A step's column under a longer header, as a partner's list heads it: "Coupon status", "Booking status", «Статус
# визы», "Medical result", «Заключение медкомиссии», «Тест нәтижесі»; not a vacancy's state.
_STATUS_WORD = re.compile(r"(^|\s)(status|статус\w*|мәртебе\w*|stage|этап|result|results|результат\w*|нәтиже\w*|"
                          r"заключени\w*|verdict|қорытынды\w*)($|\s)")
# not a vacancy's state, a payment's, a Qatari ID's (the residence card an employer applies for once the worker is
# there: "QID Status"), nor a step's code or day («Код статуса», "Status date")
_NOT_A_STEP = re.compile(r"ваканс|vacanc|бос\s+орын|payment|оплат|төлем|marital|семейн|отбасы|(^|\s)(qid|iqama|rp)($|\s)|"
                         r"residen|"
                         r"(^|\s)(код|code|коды|дата|date|күні|id|no|номер|нөмір\w*|№)($|\s)")


def _status_header(key: str) -> str | None:
    return "status" if len(key.split()) <= 3 and _STATUS_WORD.search(key) and not _NOT_A_STEP.search(key) else None


# The step's day under a header naming what happened that day: "Date of Exam", «Дата выдачи визы», "DEP DATE",
# «Дата вылета», «Тест күні»; not a day something ends or began before the step (a visa's expiry, a birth, the
# application's own day).
_DAY_WORD = re.compile(r"(^|\s)(date|dt|дата|күні|күн)($|\s)")
_NOT_THE_STEPS_DAY = re.compile(r"expir|valid|действ|годн|жарамд|оконч|аяқтал|birth|рожд|туған|applic|заявк|заявл|"
                                r"өтінім|өтініш|created|создан|start|начал|басталу|deadline|срок|мерзім")


# A day header as an employer in the Gulf shortens it, as whole words: «DOJ» (date of joining), «DOA» (date of
# arrival), also written «D.O.J.».
_SHORT_DAY_HEADERS = {
    re.compile(r"(?<![^\W\d_])d\W{0,2}o\W{0,2}j(?![^\W\d_])", re.IGNORECASE): "date of joining",
    re.compile(r"(?<![^\W\d_])d\W{0,2}o\W{0,2}a(?![^\W\d_])", re.IGNORECASE): "date of arrival",
}
# A step's day written as what happened and «on»: "Reported for duty on", "Joined on", "Arrived on".
_STEP_ON = re.compile(r"\s(on|dated)$")


def _spelt_out(label: str) -> str:
    """A header with its short day words written out («DOJ» is «date of joining»), as the longer headers are read."""
    for short, words in _SHORT_DAY_HEADERS.items():
        label = short.sub(words, label)
    return label


def _day_header(key: str) -> str | None:
    """A day column of some event: `DAY` ("Date of exam", «Тест күні»: the step's day where no column says so
    better, see `_the_day_of_the_event`), or for a header naming a step («Дата выдачи визы», "Departure date",
    «DOJ», "Reported for duty on") that step's day column («visa_issued day»): a tracker may have one for each step
    (see `steps_in_columns`), and a partner's list of one step has one alone (see `steps_by_their_day`)."""
    key = _spelt_out(key)
    if len(key.split()) <= 5 and _STEP_ON.search(key) and not _NOT_THE_STEPS_DAY.search(key) \
            and (step := _step_of_header(key)) is not None:
        return f"{step} day"
    if len(key.split()) > 5 or not _DAY_WORD.search(key) or _NOT_THE_STEPS_DAY.search(key):
        return None
    if (step := _step_of_header(key)) is not None:
        return f"{step} day"
    if any(pattern.search(key) for pattern in _STEP_HEADERS.values()):
        return None  # a visa applied for, a flight planned, a step named with another: no step's day
    return DAY


DAY = "day"


def _the_day_of_the_event(table: Table) -> Table:
    """The day of an event the file records ("Date of exam", "DEP DATE") is the step's day, where no column is
    headed as the step's own («Дата изменения статуса»): a referral's day beside a status date stays apart."""
    if DAY not in table.columns or "occurred_at" in table.columns:
        return table
    rename = lambda name: "occurred_at" if name == DAY else name  # noqa: E731
    return replace(table, rows=[(number, {rename(name): value for name, value in row.items()})
                                for number, row in table.rows],
                   columns=tuple(rename(name) for name in table.columns),
                   labels={rename(name): label for name, label in table.labels.items()})


# A notes column under a longer header: «Примечание ЦЗН», "Officer remarks", «Комментарий специалиста»,
# «Причина закрытия» (why a register closed the case).
_NOTE_HEADER = re.compile(r"(^|\s)(примечани\w*|комментари\w*|remarks?|comments?|notes?|ескерт\w*|түсініктеме\w*|"
                          r"причин\w*|reasons?|себеб\w*)(\s|$)")


def _note_header(key: str) -> str | None:
    return "note" if len(key.split()) <= 4 and _NOTE_HEADER.search(key) else None


# A phone column under any header that names the worker's phone: «Телефон кандидата», «Моб. номер»,
# «Жұмысшының телефоны», "WhatsApp No.", "Candidate Mobile"; not the employer's, an agency's or a home phone.
_PHONE_HEADER = re.compile(r"(^|\s)(телефон\w*|telefon\w*|тел|моб\w*|mobile|phone|whatsapp|ватсап|ұялы|uialy)(\s|$)")
_OTHER_PHONE = re.compile(r"работодател|employer|жұмыс\s+беруш|agency|агентств|office|офис|home|домашн|үй\s|рабоч")


def _phone_header(key: str) -> str | None:
    return "phone" if _PHONE_HEADER.search(key) and not _OTHER_PHONE.search(key) else None


# The Arabic a Qatari agency's register heads its columns with, alone or beside the English.
_ARABIC_STATUS_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "application_id": ("رقم الطلب", "رقم الطلب المرجعي"),
    "phone": ("رقم الهاتف", "الهاتف", "رقم الجوال", "الجوال"),
    "status": ("الحالة", "حالة الطلب", "المرحلة"),
    "occurred_at": ("التاريخ", "تاريخ الحالة", "تاريخ التحديث"),
    "note": ("ملاحظات", "ملاحظة", "تعليقات"),
}


def _status_aliases() -> StatusHeaders:
    aliases = {header_key(name): name for name in (*STATUS_COLUMNS_IN_README, "phone")}
    aliases |= {key: column for key, column in dict.items(HEADER_ALIASES) if column == "external_id"}
    for column, words in (*_STATUS_HEADER_WORDS.items(), *_ARABIC_STATUS_HEADER_WORDS.items()):
        aliases |= {header_key(word): column for word in words}
    return StatusHeaders(aliases)


STATUS_COLUMNS_IN_README = ("application_id", "telegram_id", "external_id", "status", "note", "occurred_at")
STATUS_HEADER_ALIASES: StatusHeaders = _status_aliases()


@dataclass(frozen=True)
class StatusRow:
    """A validated status change; the target is `application_id`, or `telegram_id` + `external_id`."""

    status: str
    application_id: int | None = None
    telegram_id: int | None = None
    external_id: str | None = None
    phone: str | None = None  # E.164, as profiles keep it
    phones: tuple[str, ...] = ()  # every mobile the row gives (a Kazakh and a Qatari one): the worker gave one
    note: str = ""
    occurred_at: datetime | None = None  # aware, UTC
    row: int = 0


def read_status_file(data: bytes, filename: str) -> Table:
    """Read an uploaded status file; it needs `status` (or a column per step, see `steps_in_columns`) and a
    way to find the application."""
    every = _the_day_of_the_event(read_table(data, filename, aliases=STATUS_HEADER_ALIASES, gathered=("phone",)))
    table = every
    if "status" not in every.columns and (every.error is None or (every.error == EMPTY and every.columns)):
        table = Table([], f"{MISSING_COLUMNS}:status", every.columns, every.labels)
        table = (steps_in_columns(every, _legend_of(every)) or steps_by_date_columns(every)
                 or steps_by_their_day(every) or table)
    table = _counter_as_applications(_numbers_as_applications(_number_with_vacancy(_without_named_prefix(table))))
    table = _steps_said_by_the_file(_vacancy_of_each_sheet(table))
    if table.error is not None or {"application_id", "phone"} & set(table.columns):
        return table
    missing = [name for name in ("telegram_id", "external_id") if name not in table.columns]
    if missing == ["external_id"]:
        return table  # a Telegram id alone names its worker's one application (several are refused by row)
    if len(missing) == 2:
        missing = ["application_id"]
    if missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", table.columns)
    return table


_PREFIXED = re.compile(r"(?P<prefix>[^\W\d_]{2,6})\s*[-:#./]?\s*(?P<number>\d+)")


def _without_named_prefix(table: Table) -> Table:
    """The applications' numbers without a prefix the column's header names: under "Ref (MoL KZ)" every cell
    «MOL-1410» is the application 1410, the system marking whose number it is. A prefix the header does not
    name («QA-4501», a vacancy's code) is left as written."""
    for column in ("application_id", "counter"):
        words = set(re.findall(r"[^\W\d_]+", table.labels.get(column, "").casefold()))
        values = [(row.get(column) or "").strip() for _, row in table.rows]
        matches = [_PREFIXED.fullmatch(value) for value in values if value]
        if not matches or not all(match and match["prefix"].casefold() in words for match in matches):
            continue
        rows = [(number, row | {column: match["number"]} if (match := _PREFIXED.fullmatch((row.get(column) or "")
                                                                                          .strip())) else row)
                for number, row in table.rows]
        return replace(table, rows=rows)
    return table


# A vacancy's code as a sheet is named after it or a line above the table gives it: «QA-4501», "QA-2026-0101".
_SHEET_CODE = re.compile(r"[^\W\d_]{1,6}-\d{2,}(?:-\d+)*")


def _vacancy_of_each_sheet(table: Table) -> Table:
    """A workbook with a sheet per vacancy, its rows naming workers by phone or Telegram id and no vacancy
    column: each row's vacancy is the one its sheet is named after («QA-4501») or a line above its table
    names («Вакансия: QA-4502 (повар)»), so that a worker who applied to both is found on each."""
    columns = set(table.columns)
    if table.error is not None or "external_id" in columns or "application_id" in columns or not table.rows:
        return table
    codes: dict[str, str] = {}
    for number, _ in table.rows:
        sheet = getattr(number, "sheet", "") or ""
        above = table.above_by_sheet.get(sheet, {}).get("external_id", ("", ""))[0]
        found = _SHEET_CODE.search(above) if above else None
        if found is None:
            found = _SHEET_CODE.fullmatch(sheet.strip())
        if found is not None:
            codes[sheet] = found[0]
    if not codes:
        return table
    rows = [(number, row | {"external_id": codes.get(getattr(number, "sheet", "") or "", "")})
            for number, row in table.rows]
    label = next((label for sheet in codes for _, label in [table.above_by_sheet.get(sheet, {})
                                                              .get("external_id", ("", "sheet"))]), "sheet")
    return replace(table, rows=rows, columns=(*table.columns, "external_id"),
                   labels=table.labels | {"external_id": label})


# A partner's list names the thing once, in its headers or its title, and each row only says what became of it:
# "Issued" under a visa office's "Status" beside "Visa No."; «Выдана» in a list of visas; "Signed" in a register of
# contracts. A test's results say "PASS" under "Result" beside the scores: the qualification is checked.
_BARE_DONE = {
    "visa_issued": re.compile(r"issued|stamped|approved|granted|ready|received|выдан[аоы]?|готов[аоы]?|"
                              r"оформлен[аоы]?|получен[аоы]?|берілді|дайын|рәсімделді", re.IGNORECASE),
    "contract_signed": re.compile(r"signed|executed|подписан[аоы]?|заключ[её]н|қол\s+қойылды|жасалды", re.IGNORECASE),
}
_A_TEST = re.compile(r"(?<![^\W\d_])(?:test|tests|exam|examination|score|scores|marks|practical|theory|assessment|"
                     r"тест\w*|экзамен\w*|балл\w*|оценк\w*|сынақ\w*|емтихан\w*|тестіле\w*)(?![^\W\d_])", re.IGNORECASE)
_MEDICAL = re.compile(r"medical|медицин|медкомисс|медосмотр|gamca|медициналық", re.IGNORECASE)
_PASSED = re.compile(r"pass|passed|competent|qualified|сдал[аи]?|прош[её]л|прошла|прошли|өтті|тапсырды|"
                     r"сәтті\s+тапсырды|сәтті\s+өтті", re.IGNORECASE)


def _steps_said_by_the_file(table: Table) -> Table:
    """The status cells that say only what became of a thing the file names once (see `_BARE_DONE`), as the step
    they mean: the visa issued in a visa office's list, the qualification checked in a test's results."""
    if table.error is not None or "status" not in table.columns:
        return table
    said = " ".join([*table.labels.values(), *table.notes])
    things = [step for step in _BARE_DONE if _STEP_HEADERS[step].search(said)]
    tested = bool(_A_TEST.search(said)) and not _MEDICAL.search(said)

    def meant(cell: str) -> str:
        key = status_key(cell).strip(" .!")
        if len(things) == 1 and _BARE_DONE[things[0]].fullmatch(key):
            return things[0]
        return "qualification_check" if tested and _PASSED.fullmatch(key) else cell

    rows = [(number, row | {"status": meant(row.get("status") or "")}) for number, row in table.rows]
    return replace(table, rows=rows)


def _legend_of(table: Table) -> dict[str, str]:
    """The colours' legend a tracker writes under its table (or above it): read from every cell of the table, its
    header and the notes the table's reader kept apart from the rows."""
    cells = [*table.labels.values(), *(value for _, row in table.rows for value in row.values()), *table.notes]
    return colour_legend([cell for cell in cells if cell])


# A cell holding the application's number and its vacancy's portal code: «QA-2051 / 1041», «1042 / QA-2051»,
# "1043 (QA-2052)", «QA-2051/№1045».
_PAIR = re.compile(r"^\s*(?P<first>[^/|()]+?)\s*(?:[/|]\s*(?P<second>[^/|()]+?)|\(\s*(?P<inner>[^()]+?)\s*\))\s*$")


def number_and_code(value: str) -> tuple[str, str] | None:
    """(the application's number, the vacancy's code) of a cell naming both, or None: one part is a number
    (with «№» or not), the other a code of letters and digits."""
    match = _PAIR.match(value)
    if match is None:
        return None
    parts = [part.strip() for part in (match["first"], match["second"] or match["inner"])]
    numbers = [_NUMBER_SIGN.sub("", part) for part in parts if _NUMBER_SIGN.sub("", part).isdigit()]
    codes = [part for part in parts if re.search(r"[^\W\d_]", part) and re.search(r"\d", part)]
    return (numbers[0], codes[0]) if len(numbers) == 1 and len(codes) == 1 else None


def _number_with_vacancy(table: Table) -> Table:
    """The rows with a cell naming both the application and its vacancy read into both columns, under the
    header that names them: the number moves its application, and the code must be that application's
    vacancy (checked when applied), or the row is refused."""
    if table.error is not None or not table.rows:
        return table
    source = next((name for name in ("application_id", "external_id") if name in table.columns
                   and any(number_and_code(row.get(name) or "") for _, row in table.rows)), None)
    if source is None:
        return table
    rows = []
    for number, row in table.rows:
        pair = number_and_code(row.get(source) or "")
        rows.append((number, row | {"application_id": pair[0], "external_id": pair[1]} if pair else row))
    label = table.labels.get(source, source)
    return replace(table, rows=rows, error=None,
                   columns=tuple(dict.fromkeys((*table.columns, "application_id", "external_id"))),
                   labels=table.labels | {"application_id": label, "external_id": label})


# A column per step, its cells the day each step happened: «Проверка квалификации | Собеседование | Виза |
# Вылет», "Offer | Contract signed | Visa issued | Departure", «Біліктілікті тексеру | Сұхбат | Ұшып кету».
_STEP_HEADERS: dict[str, re.Pattern[str]] = {
    code: re.compile(pattern, re.IGNORECASE) for code, pattern in {
        "qualification_check": r"квалификац|qualification|біліктіл|документ|құжат|(?<!\w)docs?(?!\w)|documents",
        "employer_review": r"работодател|employer|жұмыс\s+беруш",
        "interview": r"собеседован|интервью|interview|сұхбат",
        "offer": r"(?<!\w)офф?ер|(?<!\w)offer|предложени|ұсыныс|приглашени\w*\s+на\s+работу|шақыру\s+хат|"
                 r"жұмысқа\s+шақыру",
        "contract_signed": r"договор|контракт|contract|келісімшарт|еңбек\s+шарт",
        "visa_issued": r"(?<!\w)виз|(?<!\w)visa",
        "departed": r"вылет|выезд|въезд|отъезд|отбыти|departure|departed|flight|ұшу|ұшып|жөнелт|(?<!\w)рейс|прил[её]т|"
                    r"прибы(?:ти|л)|arrival|arrived|келді|жетті",
        "employed": r"выход\s+на\s+работу|трудоустройств|employed|join(?:ed|ing)|start\w*\s+work|"
                    r"report\w*\s+(?:for|to|on)\s+(?:duty|work)|"
                    r"жұмысқа\s+(?:шығу|кірісу)",
        "rejected": r"(?<!\w)отказ|reject|refus|бас\s+тарт",
    }.items()
}  # fmt: skip


# A column about a step that does not say it was taken: how long a visa or a contract is valid («Срок действия
# визы», "Visa expiry", «Виза жарамды»), or its end; and for the steps that are a thing issued, signed or flown,
# one applied for or planned («Дата подачи на визу», "Visa application date", «Планируемая дата вылета») —
# documents submitted for the check are that step taken.
_HOW_LONG = re.compile(r"срок\s+действ|действ\w*\s+до|действительн|validity|valid\s+(?:till|until|to|through|up)|"
                       r"expir|годност|жарамд|until|окончани|аяқтал|истека", re.IGNORECASE)
_APPLIED_OR_PLANNED = re.compile(r"подач|подан|applied|application|submitted|submission|request|тапсыр|ожида|"
                                 r"expected|planned|план|жоспар", re.IGNORECASE)
_DONE_THINGS = frozenset({"offer", "contract_signed", "visa_issued", "departed", "employed"})


def _step_of_header(label: str) -> str | None:
    """The one step a column's header names, or None (a header naming two is no step's column, and one saying
    how long the step holds, or that a visa or a flight is applied for or planned, names none taken)."""
    label = _spelt_out(label)
    if _HOW_LONG.search(label):
        return None
    codes = [code for code, pattern in _STEP_HEADERS.items() if pattern.search(label)]
    if len(codes) != 1 or (codes[0] in _DONE_THINGS and _APPLIED_OR_PLANNED.search(label)):
        return None
    return codes[0]


# In a step's own column, a cell saying the step is being looked at: «на рассмотрении», «в обработке», «қаралуда».
_UNDER_REVIEW = frozenset({"рассмотрении", "обработке", "қаралуда", "review", "reviewing"})


# A traffic-light tracker writes a colour word under each step: green the step done, amber (yellow) under way.
# What red means is the tracker's own to say (not passed, or only late): a legend under the table
# («Green = done, Amber = in progress, Red = not passed») says it, and without one a red cell is refused.
_COLOURS: dict[str, re.Pattern[str]] = {
    "green": re.compile(r"green|зел[её]н\w*|жасыл", re.IGNORECASE),
    "amber": re.compile(r"amber|yellow|orange|ж[её]лт\w*|оранжев\w*|янтарн\w*|сары", re.IGNORECASE),
    "red": re.compile(r"red|красн\w*|қызыл", re.IGNORECASE),
}
_COLOUR_DEFAULTS = {"green": "done", "amber": "under way"}
_LEGEND_ENTRY = re.compile(r"(?P<colour>[^\W\d_]+)\s*[=:\-–—]\s*(?P<meaning>[^,;=:–—\n]+?)\s*(?=[,;\n]|$)")
_NOT_PASSED = re.compile(r"(?<![^\W\d_])(?:not|failed|fail|rejected|reject|не|отказ\w*|өтпеді|өтпеген|бас\s+тарт\w*)"
                     r"(?![^\W\d_])", re.IGNORECASE)
_UNDER_WAY = re.compile(r"progress|pending|awaited|waiting|ongoing|процесс\w*|ожида\w*|жд[её]\w*|work\s+on|в\s+работе|"
                        r"барысында|күту\w*", re.IGNORECASE)


def colour_of(cell: str) -> str | None:
    """"green", "amber" or "red" for a cell that is a colour word alone («Green», «зелёный», «Жасыл»)."""
    text = " ".join(cell.split())
    return next((name for name, words in _COLOURS.items() if words.fullmatch(text)), None)


def colour_legend(cells: list[str]) -> dict[str, str]:
    """What a tracker's legend says each colour means ("done", "under way" or "not passed"), from the cells of
    its file that pair a colour with words («Green = done, Amber = in progress, Red = not passed»)."""
    legend: dict[str, str] = {}
    for cell in cells:
        for entry in _LEGEND_ENTRY.finditer(cell):
            colour = colour_of(entry["colour"])
            if colour is None:
                continue
            meaning = entry["meaning"]
            legend[colour] = ("not passed" if _NOT_PASSED.search(meaning) else
                              "under way" if _UNDER_WAY.search(meaning) else "done")
    return legend


def _step_done(cell: str) -> bool:
    """A step's cell says it happened: a date, a tick, a visa's or a flight's number, «есть»; not a dash, «нет»,
    nothing, or words that say the step is under way or awaited («в процессе», «ждём»)."""
    words = _PUNCTUATION.sub(" ", status_key(cell)).split()
    if says_nothing(cell) or any(word in _NEGATIONS or word in _UNDER_REVIEW or word in _AWAITED_WORDS
                                 for word in words):
        return False
    try:
        return parse_flag(cell) is not False
    except ValueError:
        return True


# The column a step's day came from, kept in the row beside `occurred_at`, so that a day refused is named by
# the column the officer wrote it in («Дата выдачи визы»).
DATED_BY = "occurred_at column"
# Likewise the step's column a cell refused as no step came from (a red mark no legend explains).
STEP_BY = "status column"


def steps_in_columns(table: Table, legend: Mapping[str, str] | None = None) -> Table | None:
    """A table with a column per step and no status column, as the step the latest filled one names (in the
    process's order, a refusal last) and, when one of its cells is a date, the day it happened; None when
    fewer than two columns name a step. A step may have several columns (a visa's number and its day): a
    day still ahead in one of them means the step is planned, not taken (a flight booked), and the row is the
    step before it; a row with only a planned step keeps that day, to be refused as not come yet. A colour word
    in a step's cell means what `legend` says (see `colour_legend`): a step not passed is the refusal, one under
    way is not taken, and a colour the file does not explain is refused as written."""
    if table.error is not None or "status" in table.columns:
        return None
    steps = {column: step for column in table.columns if column not in STATUS_COLUMNS_IN_README
             and column != "phone" and (step := _step_of_header(table.labels.get(column, column)))}
    if len(steps) < 2:
        return None
    today = kazakhstan_today()
    rows = []
    for number, row in table.rows:
        taken: dict[str, list[str]] = {}
        planned: dict[str, str] = {}
        unexplained: str | None = None  # the column of a colour the file does not explain
        for column, step in steps.items():
            colour = colour_of(row.get(column, ""))
            meaning = (legend or {}).get(colour or "") or _COLOUR_DEFAULTS.get(colour or "")
            if colour is not None and meaning != "done":
                if meaning == "not passed":
                    taken.setdefault("rejected", []).append(column)
                elif meaning is None:
                    unexplained = unexplained or column
                continue
            if not _step_done(row.get(column, "")):
                continue
            day = _day_of(row[column])
            if day is not None and day > today:
                planned.setdefault(step, column)
            else:
                taken.setdefault(step, []).append(column)
        taken = {step: columns for step, columns in taken.items() if step not in planned}
        kept = {name: value for name, value in row.items() if name not in steps}
        dated: str | None = None
        if unexplained is not None:
            rows.append((number, kept | {"status": row[unexplained], STEP_BY: unexplained}))
            continue
        if taken:
            step = max(taken, key=STATUS_CODES.index)
            dated = next((column for column in taken[step] if _day_of(row[column]) is not None), None)
        elif planned:
            step = min(planned, key=STATUS_CODES.index)
            dated = planned[step]
        else:
            rows.append((number, kept))
            continue
        kept["status"] = step
        if not (kept.get("occurred_at") or "").strip() and dated is not None:
            kept["occurred_at"], kept[DATED_BY] = _day_written(row[dated]), dated
        rows.append((number, kept))
    columns = tuple(dict.fromkeys((*(c for c in table.columns if c not in steps), "status", "occurred_at")))
    first = next(iter(steps))
    return replace(table, rows=rows, columns=columns, labels=table.labels | {"status": table.labels.get(first, first)})


def steps_by_date_columns(table: Table) -> Table | None:
    """A tracker with a column per day and no status column, each cell the step a worker reached that day (a
    weekly sheet headed «14.11», «21.11», or "19-Nov-26"): the latest day's filled cell is the row's step, and
    that column's day its day; None when fewer than two headers are days."""
    if table.error is not None or "status" in table.columns:
        return None
    days = {column: day for column in table.columns if column not in STATUS_COLUMNS_IN_README
            and column not in ("phone", "counter") and (day := _day_of(table.labels.get(column, column))) is not None}
    if len(days) < 2:
        return None
    latest_first = sorted(days, key=days.__getitem__, reverse=True)
    rows = []
    for number, row in table.rows:
        kept = {name: value for name, value in row.items() if name not in days}
        column = next((column for column in latest_first if not says_nothing(row.get(column, ""))), None)
        if column is not None:
            kept["status"] = row[column]
            if not (kept.get("occurred_at") or "").strip():
                kept["occurred_at"], kept[DATED_BY] = table.labels.get(column, column), column
        rows.append((number, kept))
    columns = tuple(dict.fromkeys((*(c for c in table.columns if c not in days), "status", "occurred_at")))
    return replace(table, rows=rows, columns=columns,
                   labels=table.labels | {"status": table.labels.get(latest_first[0], latest_first[0])})


def _step_days(columns: tuple[str, ...]) -> dict[str, str]:
    """The columns of a step's day («Дата выдачи визы» is «visa_issued day», see `_day_header`), by step."""
    return {column.removesuffix(" day"): column for column in columns
            if column.endswith(" day") and column.removesuffix(" day") in STATUS_CODES}


def steps_by_their_day(table: Table) -> Table | None:
    """A partner's register of one step and no status column, whose one day column names the step: a visa office's
    list headed «Дата выдачи визы» or "Visa issue date", an agency's flight list headed «Дата вылета» or "Departure
    date": each row with a day took that step that day (a day still ahead is refused as not come yet). None when
    the day's header names no step that is a thing issued, signed or flown."""
    days = _step_days(table.columns)
    if table.error is not None or "status" in table.columns or len(days) != 1:
        return None
    (step, column), = days.items()
    if step not in _DONE_THINGS:
        return None
    rows = [(number, row | {"status": step, "occurred_at": row[column], DATED_BY: column}
             if (row.get(column) or "").strip() else row) for number, row in table.rows]
    label = table.labels.get(column, column)
    return replace(table, rows=rows, columns=(*table.columns, "status", "occurred_at"),
                   labels=table.labels | {"status": label, "occurred_at": label})


def _day_of(cell: str) -> date | None:
    """The day a step's cell gives, alone or beside a flight's number (a tick or a number gives none); a day
    without its year is this year's, or last year's when this year's has not come."""
    text = _YEAR_MARK.sub("", cell.strip())
    match = _TIME_AFTER.match(text)
    try:
        return parse_date(match["day"] if match else text, behind=kazakhstan_today())
    except ValueError:
        if _ISO_START.match(text):
            return date.fromisoformat(text[:10])
    inside = _DAY_INSIDE.search(text)  # «QR 388, 25.11»: a flight's number with its day
    try:
        return parse_date(inside[0], behind=kazakhstan_today()) if inside else None
    except ValueError:
        return None


def _day_written(cell: str) -> str:
    """The day of a step's cell as written: the whole cell («25.11.2026 14:30»), or the day inside it («QR 388,
    25.11» gives «25.11»)."""
    text = cell.strip()
    inside = _DAY_INSIDE.search(text)
    if inside is None or _DAY_INSIDE.fullmatch(text) or _TIME_AFTER.match(text) or _ISO_START.match(text):
        return text
    try:
        parse_date(_YEAR_MARK.sub("", text), behind=kazakhstan_today())
        return text
    except ValueError:
        return inside[0]


_DAY_INSIDE = re.compile(r"(?<![\d.,/])\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2}))?(?![\d./])")


def _numbers_as_applications(table: Table) -> Table:
    """A reference column ("Ref No", "ID") beside no worker's phone or Telegram id, holding bare numbers,
    names the application: a vacancy's portal number never stands alone in a status file, and the
    application's number is what the bot shows officers."""
    columns = set(table.columns)
    if table.error is not None or "external_id" not in columns or columns & set(TARGET_COLUMNS):
        return table
    values = [row.get("external_id", "").strip() for _, row in table.rows]
    if not any(values) or not all(_NUMBER_SIGN.sub("", value).isdigit() for value in values if value):
        return table
    return _as_applications(table, "external_id")


def _as_applications(table: Table, column: str) -> Table:
    """The table with `column` read as the application's number, under the name every later step looks for."""
    def name(key: str) -> str:
        return "application_id" if key == column else key

    rows = [(number, {name(key): value for key, value in row.items()}) for number, row in table.rows]
    labels = {name(key): label for key, label in table.labels.items()}
    return replace(table, rows=rows, columns=tuple(name(key) for key in table.columns), labels=labels)


def _counter_as_applications(table: Table) -> Table:
    """A column headed «№» alone, beside no other way to find the application, holding numbers that do not
    count the rows (1203, 1204, 1206, not 1, 2, 3): the officer numbered the rows by their applications. A run
    of numbers one after another is left a counter, and the file is refused for want of the application's
    number, rather than moving applications the officer never meant."""
    columns = set(table.columns)
    if table.error is not None or "counter" not in columns or columns & set(TARGET_COLUMNS):
        return table
    values = [_NUMBER_SIGN.sub("", row.get("counter", "").strip()) for _, row in table.rows]
    numbers = [int(value) for value in values if value.isdigit()]
    if not numbers or len(numbers) != len([value for value in values if value]):
        return table
    running = all(after == before + 1 for before, after in zip(numbers, numbers[1:]))
    if running and (len(numbers) > 1 or numbers[0] <= 1):
        return table
    return _as_applications(table, "counter")


def parse_status_table(table: Table, names: Mapping[str, str] | None = None) -> ParseResult[StatusRow]:
    """Parse every row; several rows for one application are fine (a file may replay a timeline, in any
    order: see `_in_date_order`). `names` maps other words for a status (by `status_key`) to its code."""
    result: ParseResult[StatusRow] = ParseResult()
    for number, row in table.rows:
        try:
            result.rows.append(parse_status_row(row, number, names))
        except RowError as error:
            result.errors.append(error)
    result.rows = _in_date_order(result.rows)
    return result


def _in_date_order(rows: list[StatusRow]) -> list[StatusRow]:
    """The rows, each application's in the order of their days: a register that keeps a row per step may
    list them newest first or as they were typed in, and the latest step is where the application stands,
    not a step back from it. An application's rows keep the places they had among the others; rows without
    a day keep the file's order."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault((row.application_id, row.telegram_id, row.external_id, row.phone), []).append(index)
    ordered = list(rows)
    for places in groups.values():
        if len(places) > 1 and all(rows[i].occurred_at is not None for i in places):
            by_day = sorted((rows[i] for i in places), key=lambda row: row.occurred_at or datetime.min)
            for place, row in zip(places, by_day):
                ordered[place] = row
    return ordered


def parse_status_row(row: dict[str, str], row_number: int, names: Mapping[str, str] | None = None) -> StatusRow:
    """Validate one row; raises RowError for the first bad cell."""
    cells = RowReader(_with_day_of_status(_without_number_sign(row)), row_number)
    application_id = cells.integer("application_id", 1, MAX_ID)
    telegram_id = cells.integer("telegram_id", 1, MAX_ID)
    external_id = " ".join(cells.text("external_id", 100).split()) or None
    phones = _phones(cells) if application_id is None else _phones_beside_number(cells)
    phone = phones[0] if phones else None
    if application_id is None and phone is None and telegram_id is None:
        raise RowError(row_number, "application_id" if "application_id" in row or "phone" not in row else "phone",
                       "missing_target", "")
    status = _status_or_reason(cells, row, row_number, names or {})
    if not cells.raw("occurred_at") and cells.raw(day := f"{status} day"):  # "Visa Issue Date" beside "Issued"
        cells = RowReader(cells.row | {"occurred_at": cells.raw(day), DATED_BY: day}, row_number)
    return StatusRow(
        status=status,
        application_id=application_id,
        telegram_id=telegram_id,
        external_id=external_id,
        phone=phone,
        phones=phones if len(phones) > 1 else (),
        note=cells.text("note", 1000),
        occurred_at=_occurred_at(cells),
        row=row_number,
    )


# A day written before it in the step's cell: «Контракт подписан от 10.11.2026», "Visa issued on 12/11".
_DAY_LEAD = re.compile(r"(?<!\w)(?:от|с|on|dated|as\s+of|at)\s*$", re.IGNORECASE)


def _with_day_of_status(row: dict[str, str]) -> dict[str, str]:
    """A register with no date column may write the step's day in the step's cell («Виза выдана 12.11.2026»,
    «Вылетел 20.11 рейсом QR 388»): that day is the step's, and the step is read without it. A date column, even
    one left empty on this row, keeps the cell as written."""
    status = row.get("status") or ""
    if "occurred_at" in row or not status or (inside := _DAY_INSIDE.search(status)) is None:
        return row
    before = _DAY_LEAD.sub("", status[: inside.start()].rstrip())
    rest = " ".join(f"{before} {status[inside.end():]}".split())
    if not rest:
        return row
    return row | {"status": rest, "occurred_at": inside[0], DATED_BY: row.get(DATED_BY) or "status"}


def status_key(text: str) -> str:
    """The form in which a status is looked up: "Contract-signed", "contract_signed" and "Виза Выдана"
    as typed in a spreadsheet meet their code or name."""
    return " ".join(text.casefold().replace("ё", "е").replace("-", " ").replace("_", " ").split())


def _without_number_sign(row: dict[str, str]) -> dict[str, str]:
    """«№1021», «№ 1021» and "#1021" are the application 1021, as officers number things on paper."""
    value = row.get("application_id")
    return row | {"application_id": _NUMBER_SIGN.sub("", value.strip())} if value else row


def _phones(cells: RowReader) -> tuple[str, ...]:
    """The worker's phone in any Kazakh writing (+7 701 …, 8 (701) …, 7011234567, or a number Excel
    kept as 77011234567), with a label around it («тел. 8 701 …», "+7 701 … (WhatsApp)"), dialled
    abroad («007 701 …»), or beside a home phone («… / дом. 8 7172 …»: the one mobile among them); one that
    cannot be a phone number is refused rather than matched loosely. A Kazakh and a Qatari mobile side by
    side are both kept: the one the worker gave the bot names them."""
    value = cells.raw("phone")
    if not value:
        return ()
    value = re.sub(r"^(\+?\d{10,12})\.0$", r"\1", value.strip())  # 87012223344.0: Excel's number as text
    value = _IIN.sub(" ", value).strip(" ,;/")
    if not value:
        return ()
    alone = None if _PHONE_APART.search(value) else phone_number(value)
    found = (alone,) if alone else _phones_in(value)
    if not found:
        raise cells.error("phone", "bad_phone")
    return found


# A worker's ИИН (ЖСН, IIN: twelve digits) beside the phone in a contacts cell: never a phone, and not what
# the bot knows a worker by.
_IIN = re.compile(r"(?<![^\W\d_])(?:иин|жсн|iin|ин)\s*[:№#.]?\s*\d{12}(?!\d)", re.IGNORECASE)

# What an office writes around a phone: a label before it, a note in brackets, another number after a slash.
_PHONE_LABEL = re.compile(
    r"\([^()]*[^\W\d_][^()]*\)|(?<![^\W\d_])(?:tel|тел|моб|mob|mobile|phone|cell|сот|whatsapp|ватсап|вотсап|home|дом|"
    r"раб|work|ұялы|үй|qatar|катар|қатар|kz|рк|кз|kazakhstan|казахстан|қазақстан)[^\W\d_]*\.?\s*:?", re.IGNORECASE)
_PHONE_APART = re.compile(r"[/;,]|(?<![^\W\d_])(?:или|or|немесе)(?![^\W\d_])", re.IGNORECASE)


def is_mobile(number: str) -> bool:
    """Whether a phone (E.164) is a mobile's: a worker gives the bot a mobile, never the family's landline."""
    kind = phonenumbers.number_type(phonenumbers.parse(number))
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _phones_in(value: str) -> tuple[str, ...]:
    """The phones a cell gives among its labels and other numbers, the mobiles when it gives several (a
    home phone is no worker's); none when a part of it is no phone at all, or when two mobiles of one
    country leave the worker's own unknown (a Kazakh and a Qatari one are one worker's, here and there)."""
    numbers: list[str] = []
    for piece in _PHONE_APART.split(value):
        piece = re.sub(r"^\s*00\s*(?=[1-9])", "+", _PHONE_LABEL.sub(" ", piece)).strip()
        if not re.search(r"\d", piece):
            continue
        number = phone_number(piece)
        if number is None:
            return ()
        numbers.append(number)
    numbers = list(dict.fromkeys(numbers))
    if len(numbers) > 1:
        numbers = [number for number in numbers if is_mobile(number)]
    countries = [phonenumbers.parse(number).country_code for number in numbers]
    return tuple(numbers) if len(set(countries)) == len(countries) else ()  # two Kazakh mobiles: whose?


def _phones_beside_number(cells: RowReader) -> tuple[str, ...]:
    """A phone beside the application's number only checks that the number is the worker's: a phone
    that cannot be read leaves the number to speak alone."""
    try:
        return _phones(cells)
    except RowError:
        return ()


# Words that turn a step into its opposite or into nothing: «Собеседование не пройдено», "Interview
# cancelled". A move told to a worker cannot be taken back, so such a cell is refused, not guessed.
_NEGATIONS = frozenset({
    "не", "нет", "без", "отменено", "отменен", "отменена", "отмена", "перенесено", "not", "no", "failed",
    "cancelled", "canceled", "postponed", "емес", "жоқ", "жок", "өтпеді", "кейінге", "тоқтатылды",
    "перенесен", "перенесена", "отложено", "отложен",
    # A step awaited is not reached: «Ждёт оффер», "Awaiting visa", «Виза күтуде».
    "ждет", "ждут", "ждем", "ожидаем", "күтеміз",
    "ожидает", "ожидают", "ожидается", "ожидание", "waiting", "awaiting", "pending", "күтуде",
    "күтіп", "күтілуде", "ещё", "еще", "yet", "declined", "планируется", "запланирован", "planned", "next", "будет",
    "следующей", "әлі", "hold", "suspended", "приостановлено", "приостановлена", "приостановлен",
    # A step under way is not reached: «Виза в процессе», "Visa under process", «Контракт на подписании».
    "process", "processing", "progress", "процессе", "оформлении", "оформляется", "оформление", "рәсімделуде",
    "подписании", "подпись", "signature", "signing",
})  # fmt: skip


def _status(cells: RowReader, names: Mapping[str, str]) -> str:
    value = _ARABIC_WORDS.sub(" ", cells.raw("status")) if _OTHER_LETTERS.search(cells.raw("status")) else cells.raw(
        "status")  # "Visa Issued / تم إصدار التأشيرة": a Qatari agency writes each step in English and Arabic
    if not value:
        raise cells.error("status", "missing")
    key = status_key(value).strip(" /|-")
    code = key.replace(" ", "_")
    if code in STATUS_CODES:
        return code
    if _ARABIC_WORDS.search(key) and not _OTHER_LETTERS.search(key):
        found = arabic_step(key)  # «مقابلة», «تم توقيع العقد»: a Qatari agency's register in Arabic alone
    else:
        found = _refusal_with_reason(key, names) or _latest_of_clauses(key, names) or _one_step(key, names)
    if found is None:
        if column := cells.raw(STEP_BY):
            raise RowError(cells.row_number, column, "bad_status", value)
        raise cells.error("status", "bad_status")
    return found


def _one_step(key: str, names: Mapping[str, str]) -> str | None:
    """The step a status cell names as a whole (by name, in other words, misspelt, in Kazakh Latin letters);
    a misspelt refusal («Rejcted by employer») is read as the refusal, never as the step it names beside."""
    respelt = _respelt(key, names)
    if respelt != key and _REFUSAL.search(respelt) and not _REFUSAL.search(key):
        key = respelt
    found = _step_named(key, names)
    if found is None and respelt != key:
        found = _step_named(respelt, names)
    if found is None and (cyrillic := kazakh_in_cyrillic(key)) != key:
        found = _step_named(cyrillic, names)
    return found


# A cell that tells of several things, one after another: «Документы проверены, резюме передано работодателю»,
# "Interview done, offer accepted", "Contract signed & visa issued", «Подписал контракт, ждёт визу».
_CLAUSES = re.compile(r"\s*(?:[,;&+]|(?<=\s)(?:и|а|and|then|затем|потом|және|кейін|содан\s+кейін)(?=\s))\s*",
                      re.IGNORECASE)
# Words that only say a step is awaited or under way: such a part of a cell tells of no step taken, and the rest
# of the cell may ("Visa stamped, ticket booked"; «Подписал контракт, ждёт визу»). Any other negating word
# (`_NEGATIONS`: «не», "cancelled", "postponed") leaves the whole cell refused.
_AWAITED_WORDS = frozenset({
    "ждет", "ждут", "ждем", "ожидаем", "күтеміз", "ожидает", "ожидают", "ожидается", "ожидание", "waiting",
    "awaiting", "pending", "күтуде", "күтіп", "күтілуде", "ещё", "еще", "yet", "планируется", "запланирован",
    "planned", "next", "будет", "следующей", "әлі", "process", "processing", "progress", "процессе", "оформлении",
    "оформляется", "оформление", "рәсімделуде", "подписании", "подпись", "signature", "signing",
    "booked", "забронирован", "куплен", "scheduled",
    "tba", "tbc", "tbd",  # a flight's number or a day "to be announced": not yet
})  # fmt: skip
# A visa or a ticket applied for, submitted or booked: not yet the step ("visa applied", «подали на визу»).
_ASKED_FOR = re.compile(r"(?:виз|visa|билет|ticket)\w*\s+(?:applied|submitted|lodged|requested|подан\w*|тапсыр\w*)"
                        r"|(?:applied|submitted|подал\w*|подан\w*)\s+(?:for\s+|на\s+)?(?:виз|visa)",
                        re.IGNORECASE)


def _latest_of_clauses(key: str, names: Mapping[str, str]) -> str | None:
    """The step a cell of several parts reaches, each part read as a cell of its own: the furthest forward
    step named («Прошёл проверку квалификации и собеседование у работодателя» is the interview). A part that
    only awaits a step names none; a part negating one («собеседование не пройдено»), or an ending beside another
    step («Собеседование, затем отказ»), leaves the cell refused."""
    parts = [part for part in _CLAUSES.split(key) if part and part.strip()]
    if len(parts) < 2:
        return None
    steps: list[str] = []
    for part in parts:
        words = set(_PUNCTUATION.sub(" ", part).split())
        if words & _AWAITED_WORDS or _ASKED_FOR.search(part):
            continue
        if words & _NEGATIONS:
            return None
        if (found := _one_step(part.strip(), names)) is not None:
            steps.append(found)
    if not steps:
        return None
    if any(step in FINAL_STATUSES for step in steps):
        return None  # «Собеседование, затем отказ»: whose refusal, and after what, is the officer's to say
    return max(steps, key=FORWARD_STATUSES.index)


# Where a refusal's reason starts after it: «Отказ, документы неполные», «Отказ: нет опыта», «Отказ (возраст)»,
# "Rejected - incomplete documents".
_REASON_AFTER = re.compile(r"\s*[,;:(]\s*|\s+[-–—]\s+")
# The worker named in a reason, which makes the refusal maybe the worker's own: «Отказ: кандидат передумал».
_WORKER_NAMED = re.compile(r"кандидат|соискател|работник|candidate|worker|applicant|үміткер|жұмысшы|өзі", re.IGNORECASE)


def _refusal_with_reason(key: str, names: Mapping[str, str]) -> str | None:
    """A refusal (or a withdrawal) with its reason after it, the reason naming no other step nor the worker: the
    refusal. «Отказ, затем собеседование», «Отказ, ждёт визу» or «Отказ: кандидат передумал» stay refused."""
    parts = _REASON_AFTER.split(key, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip(" )"):
        return None
    head, reason = parts[0].strip(), parts[1].strip(" )")
    step = _one_step(head, names)
    if step not in FINAL_STATUSES or _WORKER_NAMED.search(reason) or _steps_named_in(reason):
        return None
    words = set(_PUNCTUATION.sub(" ", reason).split())
    if words & _AWAITED_WORDS or _one_step(reason, names) not in (None, step):
        return None
    return step


def _steps_named_in(part: str) -> bool:
    """Whether a part of a cell names a step in any words (a reason after a refusal names none)."""
    return any(pattern.search(part) for code, pattern in _STEP_HEADERS.items() if code != "qualification_check")


# The steps in the Arabic a Qatari agency's register writes them in alone, compared as `_arabic_key` writes them
# (hamza forms, tā' marbūṭa and alif maqṣūra folded, vowel signs left out). Endings are read first; a word that
# negates, awaits or postpones a step («لم», «بانتظار», «قيد الإجراء», «مؤجل») leaves the cell refused.
_ARABIC_ENDINGS: dict[str, re.Pattern[str]] = {
    "withdrawn": re.compile(r"انسحب|انسحاب|سحب الطلب|تراجع المرشح|اعتذر"),
    "rejected": re.compile(r"مرفوض|تم الرفض|رفض (?:صاحب العمل|الطلب|المرشح)|غير مقبول|لم يتم (?:اختيار|قبول)|لم يجتز|"
                           r"غير لائق|^رفض$"),
    "terminated_early": re.compile(r"انهاء العقد|فسخ العقد|انهاء مبكر"),
}
_ARABIC_STEPS: dict[str, re.Pattern[str]] = {
    "qualification_check": re.compile(r"التحقق من|تدقيق|فحص المؤهلات|التاهيل|المؤهلات"),
    "employer_review": re.compile(r"صاحب العمل|لدى الشركه|ارسل\w* (?:الي|ل)"),
    "interview": re.compile(r"مقابله"),
    "offer": re.compile(r"عرض (?:عمل|وظيفي|العمل)"),
    "contract_signed": re.compile(r"توقيع (?:علي )?العقد|وقع (?:علي )?العقد|العقد موقع|(?:تم )?التعاقد"),
    # the visa, «التأشيرة» or the everyday «الفيزا»
    "visa_issued": re.compile(r"(?:صدرت|صدور|اصدار|استلام|استلم)\w* (?:ال)?(?:تاشيره|فيزا)|"
                              r"(?:ال)?(?:تاشيره|فيزا) (?:صدرت|جاهزه|صادره)"),
    "departed": re.compile(r"غادر|سافر|وصل|وصول|تم السفر"),
    "employed": re.compile(r"باشر|مباشره العمل|بدا العمل|التحق بالعمل|علي راس العمل"),
}
_ARABIC_NOT_YET = re.compile(r"(?<!\S)(?:لم|لا|قيد|سوف|سيتم)(?!\S)|انتظار|ملغ|الغاء|الغي|مؤجل|تاجيل")
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # vowel signs and the stretching tatweel
_ARABIC_FOLDED = str.maketrans("أإآةى", "اااهي")


def arabic_step(text: str) -> str | None:
    """The one step a status cell written only in Arabic names (see `_ARABIC_STEPS`); None otherwise."""
    key = " ".join(_PUNCTUATION.sub(" ", _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLDED)).split())
    for code, pattern in _ARABIC_ENDINGS.items():
        if pattern.search(key):
            return code
    if _ARABIC_NOT_YET.search(key):
        return None
    codes = [code for code, pattern in _ARABIC_STEPS.items() if pattern.search(key)]
    if len(codes) == 2 and codes[0] == "employer_review":
        codes = codes[1:]  # «مقابلة مع صاحب العمل»: the interview, held by the employer
    return codes[0] if len(codes) == 1 else None


_ARABIC_WORDS = re.compile(r"[\u0600-\u06ff]+")
_OTHER_LETTERS = re.compile(r"[a-zа-яёәғқңөұүһі]", re.IGNORECASE)

# Kazakh in the Latin alphabet of 2021 (ı is і, y is ы, i is и or й, ş is ш, ū is ұ …), back in the Cyrillic
# the step's words are known in: «Eñbek şartyna qol qoidy» is «Еңбек шартына қол қойды».
_LATIN_2021 = str.maketrans({
    "a": "а", "ä": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х", "ı": "і",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "y": "ы", "z": "з",
})  # fmt: skip
_ONLY_IN_2021 = re.compile(r"[ıäğñöşūü]")


def kazakh_in_cyrillic(key: str) -> str:
    """A step written in Kazakh's 2021 Latin letters, in Cyrillic (`key` unchanged when it holds none of the
    letters only that alphabet has, as English does not): an «i» after a vowel is «й», elsewhere «и»."""
    if not _ONLY_IN_2021.search(key):
        return key
    text = re.sub(r"(?<=[aäeoöuūüıy])i", "й", key.replace("ch", "ч"))
    return text.replace("i", "и").translate(_LATIN_2021)


def _step_named(key: str, names: Mapping[str, str]) -> str | None:
    """The step a status cell (by `status_key`) names, in any of the ways `_status` knows; None otherwise."""
    return names.get(key) or names.get(loose_key(key)) or _withdrawn(key) or _named(key, names)


def _respelt(key: str, names: Mapping[str, str]) -> str:
    """The cell with each word no step's name holds put right, when one word of those names is nearest to it
    and one letter off (two letters swapped count as one; two letters off for a word of ten or more): a step
    typed in a hurry, «Собеседывание», «Контракт подписон», "Contarct signed", "Departured". Words under five
    letters are left as they are (short words one letter apart mean other things), and so are real words near
    a step's (see `_typo_of`)."""
    vocabulary = {word for name in names for word in name.split() if len(word) >= 5}
    return " ".join(_typo_of(word, vocabulary) or word for word in key.split())


# Real words one letter from a step's word, never its typo: «контакт» (a contact made) is no «контракт».
_NEAR_STEP_WORDS = ("контакт", "contact")


def _typo_of(word: str, vocabulary: set[str]) -> str | None:
    """The one word of `vocabulary` nearest to `word` when `word` is a typo of it (see `_respelt`); None when
    `word` is known, short, no word, a real word near a step's, or the known word with more letters around it
    ("unemployed" is not "employed" misspelt)."""
    if word in vocabulary or len(word) < 5 or not word.isalpha() or word.startswith(_NEAR_STEP_WORDS):
        return None
    allowed = 2 if len(word) >= 10 else 1
    near: dict[str, int] = {}
    for known in vocabulary:
        cut_short = len(word) >= 6 and known[:-1] == word  # «контрак» for «контракт»: the last letter left off
        if abs(len(known) - len(word)) <= allowed and (cut_short or (known not in word and word not in known)):
            if (distance := OSA.distance(word, known, score_cutoff=allowed)) <= allowed:
                near[known] = distance
    nearest = [known for known, distance in near.items() if distance == min(near.values(), default=0)]
    if len(nearest) != 1 or _negated_by_suffix(word, nearest[0]):
        return None
    return nearest[0]


# The Kazakh negative inside a verb (қабылда-ды «accepted», қабылда-н-ба-ды «not accepted»; бар-ды, бар-ма-ды): a
# word one such syllable away from a step's word says the opposite, and is no typo of it.
_KAZAKH_NEGATIVE = re.compile(r"(?:ма|ме|ба|бе|па|пе)")


def _negated_by_suffix(word: str, known: str) -> bool:
    """Whether `word` and `known` differ only by the Kazakh negative syllable, in either direction."""
    longer, shorter = (known, word) if len(known) > len(word) else (word, known)
    if len(longer) - len(shorter) != 2:
        return False
    return any(longer[:i] + longer[i + 2:] == shorter and _KAZAKH_NEGATIVE.fullmatch(longer[i:i + 2])
               for i in range(len(longer) - 1))


# A register's state of a case that names no step: «В работе», «Закрыта», "In progress". The step is then in
# the column beside it that says why or how far («Подстатус / причина»: «Направлен работодателю», «Самоотказ»).
_NO_STEP_STATES = frozenset({
    "в работе", "в процессе", "активна", "активный", "активная", "открыта", "открыт", "закрыта", "закрыт", "закрыто",
    "завершена", "завершено", "active", "open", "opened", "closed", "in progress", "in process", "completed",
    "ашық", "жабық", "белсенді", "аяқталды", "процесте",
})  # fmt: skip
_CLOSED_STATES = frozenset({"закрыта", "закрыт", "закрыто", "завершена", "завершено", "closed", "completed", "жабық",
                            "аяқталды"})


def _status_or_reason(cells: RowReader, row: dict[str, str], number: int, names: Mapping[str, str]) -> str:
    """The step the status cell names; when it only says the case is open or closed, the step the note or
    reason beside it names, and when that names none either, the status cell's own refusal."""
    try:
        return _status(cells, names)
    except RowError:
        reason = cells.raw("note")
        state = status_key(cells.raw("status"))
        if state not in _NO_STEP_STATES or not reason:
            raise
        if state in _CLOSED_STATES and _HIRED.fullmatch(_PUNCTUATION.sub(" ", status_key(reason)).strip()):
            return HIRED
        try:
            return _status(RowReader({"status": reason}, number), names)
        except RowError:
            pass
        raise


_PUNCTUATION = re.compile(r"[^\w\s]")
_HIRED = re.compile(r"(?:кандидат\w*\s+|работник\w*\s+)?(?:трудоустроен[аоы]?|трудоустроил(?:ся|ась|ись)|hired|"
                    r"жұмысқа\s+орналас(?:ты|қан|тырылды))(?:\s+(?:за\s+рубежом|abroad|в\s+катаре|in\s+qatar|"
                    r"шетелде|қатарда))?", re.IGNORECASE)

# The worker stepping back, in any words: «Кандидат снял заявку», «Отказался от оффера», "Declined the
# offer", "Candidate backed out". Read before a step's name in the cell («оффер», "offer"), which is what the
# worker turned down, not the step reached. An employer named in the cell makes it the employer's refusal,
# which these words do not decide.
_WITHDRAWN = re.compile(
    r"(?<!\w)(?:снял[аи]?\s+(?:свою\s+)?(?:заявку|кандидатуру)|отозвал[аи]?|отказал(?:ся|ась|ись)\s+от|"
    # The labour exchange's word: «Отклик отозван соискателем», «Заявка отозвана».
    r"(?:отклик|заявк)\w*\s+отозван\w*|отозван\w*\s+(?:соискател|кандидат|работник)\w*|"
    r"backed\s+out|pulled\s+out|dropped\s+out|declined\s+(?:the\s+)?(?:offer|job|contract|visa)|"
    # What was offered, turned down by the worker: "Offer declined by candidate", "Job offer refused by worker".
    r"(?:offer|job|contract)\s+(?:declined|refused|rejected)\s+by\s+(?:the\s+)?(?:candidate|worker|applicant)|"
    r"withdr[ae]w\w*|өтінімін\s+(?:кері\s+)?(?:алды|қайтарды)|өз\s+еркімен|"
    # Kazakh says the worker declined with the same words whoever is meant: «Бас тартты», "Bas tartty".
    r"бас\s+тарт(?:ты|қан)|bas\s+tart(?:ty|ti|qan|kan)|"
    # An employment centre's word for the worker's own refusal, and a refusal of what was offered to the worker.
    r"самоотказ\w*|отказ\s+(?:кандидата\s+|работника\s+)?от\s+(?:ваканси|оффер|предложени|работ|контракт|договор|"
    r"выезд)|"
    # The worker's own refusal, as 1C names the state: «Отказ кандидата», «Отказ со стороны соискателя» (the
    # dative, «отказ кандидату», is the employer's refusal of the worker).
    r"отказ\s+(?:со\s+стороны\s+)?(?:кандидата|работника|соискателя)(?!\w)(?!\s+работодател))", re.IGNORECASE)
_EMPLOYER = re.compile(r"работод|employer|company|компани|жұмыс\s+беруш", re.IGNORECASE)
_REFUSAL = re.compile(r"отказ|отклон|reject|refus|declin|turned\s+down|бас\s+тарт|қабылданба|cancel|отмен|аннулир",
                      re.IGNORECASE)


def _withdrawn(key: str) -> str | None:
    return "withdrawn" if _WITHDRAWN.search(key) and not _EMPLOYER.search(key) else None


# Each step in the words offices use when they do not use its name: the thing the step is about and, where
# the thing alone says nothing of the step («виза», "contract"), what happened to it. A cell naming exactly
# one step this way is that step (the employer named beside a later step only says where it was taken:
# «интервью у работодателя» is the interview); one that names two others, none, or holds a word that
# negates, postpones or only awaits it, is refused as before. Departure counts only as a deed done
# («убыл», "travelled"): «вылет на следующей неделе» is not one.
_SIGNED = (r"(?:подписан\w*|подписал\w*|заключ[её]н\w*|заключил\w*|signed|executed|concluded|"
           r"[қк]ол\s+[қк]ой(?:ды|ылды)|[qk]ol\s+[qk]oi(?:dy|di|yldy|ildi)|жасалды)")
_STEP_WORDS: dict[str, re.Pattern[str]] = {
    code: re.compile(pattern, re.IGNORECASE) for code, pattern in {
        "qualification_check": r"квалификац|qualification|verif|тексеру|тексеріл|тексерге|біліктіл"
                               r"|документ\w*.*?провер|провер\w*\s+документ",
        "employer_review": r"работод|employer|жұмыс\s+беруш",  # «работодат.», «работод.»: the word cut short
        # A candidate shortlisted is one the employer wants to talk to: the interview step, as the bot tells it.
        "interview": r"собеседован|интерв[ьъ]?ю|interview|сұхбат|әңгімелесу|short[\s-]?list\w*|шорт[\s-]?лист\w*",
        # An invitation to work (not to an interview) is the offer: «приглашение на работу», «жұмысқа шақыру».
        "offer": r"(?<!\w)офф?ер|(?<!\w)offer|ұсыныс|приглашени\w*\s+на\s+работу|job\s+invitation"
                 r"|жұмысқа\s+шақыру|предложил\w*\s+(?:р[ао]бот|мест|должност)",
        "contract_signed": rf"(?:договор|контракт|contract|келісім\s*шарт|е[ңн]бек\s+шарт|kelisim\s*shart|"
                           rf"enbek\s+shart)\w*.*?{_SIGNED}"
                           rf"|{_SIGNED}.*?(?:договор|контракт|contract|келісім\s*шарт|шарт|shart)",
        "visa_issued": r"(?:виз|visa)\w*.*?"
                       r"(?:выдан|получ|готов|оформлен|issu|stamp|approv|receiv|рәсімдел|беріл|шық|дайын|алды|алын|"
                       r"келді)"
                       r"|(?:получ|receiv|алды)\w*.*?(?:виз|visa)",
        "departed": r"(?<!\w)(?:убыл[аи]?|вылетел[аи]?|улетел[аи]?|выехал[аи]?|отбыл[аи]?|travell?ed|flew|departed|mobili[sz]ed|"
                    r"ұшты|ұшып\s+кетті|аттанды|прибыл[аи]?|arrived|жетті)(?!\w)",
        "terminated_early": r"досрочн\w*\s+(?:расторж|прекращ)|(?:расторж|прекращ)\w*.*?досрочн"
                            r"|(?:early|premature)\s+termination|terminated\s+(?:early|prematurely)|мерзімінен\s+бұрын",
        "employed": r"reported\s+(?:for|to)\s+(?:duty|work)|on\s+the\s+job"
                    r"|(?:started|began|joined)\s+(?:work|duty|the\s+job)"
                    r"|приступил|(?:вышел|вышла|вышли)\s+на\s+раб(?:оту)?(?!\w)"
                    r"|жұмысқа\s+(?:кіріс|шық)|жұмысын\s+баста",
    }.items()
}  # fmt: skip


def _named(key: str, names: Mapping[str, str]) -> str | None:
    """A step named among other words, a check failed, or a step in other words. In a cell that tells of
    a refusal, a step's name is what was refused («Employer rejected the candidate» is no employer's
    review), so only an ending is taken from it."""
    found = named_in_words(key, names)
    expanded = _expanded(key, names)
    if _REFUSAL.search(_PUNCTUATION.sub(" ", key)) and found not in ("rejected", "withdrawn"):
        return _failed(key) or step_in_other_words(expanded)
    return found or _failed(key) or step_in_other_words(expanded)


# A step told as done, beside the employer it was done with: «Прошла интервью у работодателя», "Visa from the
# employer received".
_DONE = re.compile(r"(?<!\w)(?:прош[её]л|прошла|прошли|пройден\w*|состоял\w*|passed|done|held|attended|completed|"
                   r"conducted|cleared|өтті|өткен|өтіп)(?!\w)", re.IGNORECASE)


# An interview called off or moved («Собеседование с работодателем отменено», "Interview with employer cancelled",
# "Employer postponed the interview"): the meeting will not take place then, which says nothing of the worker; only
# a refusal named beside it («отменено, кандидат отклонён») ends the application.
_CALLED_OFF = re.compile(r"cancel|отмен|аннулир|перен[её]с|postpon|resched|тоқтатыл|кейінге", re.IGNORECASE)
_REFUSED_OUTRIGHT = re.compile(r"reject|отказ|отклон|refus|declin|not\s+selected|қабылданба|бас\s+тарт", re.IGNORECASE)


def _called_off(text: str) -> bool:
    return bool(_STEP_WORDS["interview"].search(text) and _CALLED_OFF.search(text)
                and not _REFUSED_OUTRIGHT.search(text))


def step_in_other_words(key: str) -> str | None:
    """The one step a cell names in other words than its name (see `_STEP_WORDS`); None otherwise. A
    refusal in the cell is no step reached: the employer's («Работодатель отказал») is the rejection,
    anyone else's is left to the officer."""
    words = _PUNCTUATION.sub(" ", key).split()
    text = " ".join(words)
    if _called_off(text):
        return None
    if _REFUSAL.search(text):
        return "rejected" if _EMPLOYER.search(text) and not _WITHDRAWN.search(text) else None
    if not words or any(word in _NEGATIONS for word in words):
        return None
    codes = [code for code, pattern in _STEP_WORDS.items() if pattern.search(text)]
    if len(codes) == 2 and codes[0] == "employer_review" and (codes[1] in ("interview", "contract_signed", "offer")
                                                              or _DONE.search(text)):
        codes = codes[1:]  # «Работодатель подписал контракт», "Offer from employer", "Interview with the employer",
        # «Прошла интервью у работодателя»: the employer is where the later step is taken, and that step is the
        # news (an interview is the step from the day it is set, as "Interview scheduled" is)
    return codes[0] if len(codes) == 1 else None
# A verdict that a check or a step was failed («Не прошёл медкомиссию», «не прошла собеседование», «не
# допущен», «медициналық тексеруден өте алмады», "Failed medical"): the worker is out, the step is a
# rejection. «Не пройдено» or «өтпеді» alone are not among them: they may say it has not taken place yet.
_FAILED = re.compile(
    r"^(?:кандидат\w*\s+|работник\w*\s+)?(?:не\s+(?:прош[её]л|прошла|прошли|сдал|сдала|сдали|допущен\w*|годен|годна)"
    r"|failed|fail|did\s+not\s+pass|didn'?t\s+pass|not\s+fit|unfit|not\s+(?:yet\s+)?competent|өтпеді|өтпей\w*|"
    r"тапсыра\s+алмады|не\s+сдал\w*"
    # An agency's verdict after its employer's interview: "Not selected in interview", "Not shortlisted".
    r"|not\s+selected|not\s+shortlisted|unsuccessful)(?:\s|$)"
    r"|(?:\S+\s+)?\S+(?:дан|ден|тан|тен|нан|нен)\s+өте\s+алмады$"
)


def _failed(key: str) -> str | None:
    """«rejected» for a cell that says the worker failed a check (see `_FAILED`), else None."""
    return "rejected" if _FAILED.search(key) else None


def named_in_words(key: str, names: Mapping[str, str]) -> str | None:
    """A step named with more words around it: "Contract signed by worker", «Собеседование пройдено»,
    «Вылетел (рейс KC 201)», or, as Kazakh and officers' Russian put the verb last, «Құжаттары жұмыс
    берушіге жіберілді», «Кандидат отказался»; an abbreviation («Дог. подписан») stands for the one word
    of a step's names it starts. The longest name the cell starts or ends with decides; a cell that starts
    with one step and ends with another, or has a word negating it, names none."""
    words = _PUNCTUATION.sub(" ", _expanded(key, names)).split()
    if not words or any(word in _NEGATIONS for word in words):
        return None
    for text in (" ".join(words), loose_key(" ".join(words))):
        found = names.get(text) or _named_at_an_end(text.split(), names)
        if found is not None:
            return found
    return None


def _named_at_an_end(words: list[str], names: Mapping[str, str]) -> str | None:
    for length in range(len(words) - 1, 0, -1):
        codes = {names.get(" ".join(words[:length])), names.get(" ".join(words[-length:]))} - {None}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def _expanded(key: str, names: Mapping[str, str]) -> str:
    """«дог. подписан» as «договор подписан»: each word cut short with a dot becomes the word of the known
    names it starts (three letters at least), when it starts one, or several that only name one step («подп.»:
    «подписан», «подписал», «подписала»); it stays as written otherwise."""
    if "." not in key:
        return key
    steps_of: dict[str, set[str]] = {}
    for name, code in names.items():
        for known in name.split():
            steps_of.setdefault(known, set()).add(code)
    words = []
    for word in key.split():
        stem = word.rstrip(".")
        whole = sorted(known for known in steps_of if known.startswith(stem)) if word != stem and len(stem) >= 3 else []
        one_step = bool(whole) and len(set().union(*(steps_of[known] for known in whole))) == 1
        words.append(min(whole, key=len) if len(whole) == 1 or one_step else word)
    return " ".join(words)


def _occurred_at(cells: RowReader) -> datetime | None:
    """When the step was taken; a day that has not come yet in Kazakhstan is refused (a step is told to the
    worker as done), named by the column it was written in."""
    value = cells.raw("occurred_at")
    if not value:
        return None
    if not _ISO_START.match(value):
        moment = _written_moment(cells, value)
    else:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise cells.error("occurred_at", "bad_date") from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=KAZAKHSTAN_TZ)
        moment = moment.astimezone(timezone.utc)
    if kazakhstan_today(moment) > kazakhstan_today():
        raise RowError(cells.row_number, cells.raw(DATED_BY) or "occurred_at", "date_ahead", value)
    return moment


def _written_moment(cells: RowReader, value: str) -> datetime:
    """A date as officers write it (20.11.2026, 20/11/2026, «20 ноября 2026 г.», «2026 жылғы 20 қараша»),
    with or without a time after it, in Kazakhstan time."""
    value = _YEAR_MARK.sub("", value)
    match = _TIME_AFTER.match(value)
    day_text, clock = (match["day"], match) if match else (value, None)
    try:
        day = parse_date(day_text, behind=kazakhstan_today())
        moment = time(int(clock["hour"]), int(clock["minute"]), int(clock["second"] or 0)) if clock else time(0)
    except ValueError:
        raise cells.error("occurred_at", "bad_date") from None
    return datetime.combine(day, moment, KAZAKHSTAN_TZ).astimezone(timezone.utc)
