"""An eighth set of status files: registers as offices and Qatari agencies really keep them.

This set holds what the earlier ones touch little: steps misspelt the way they are typed in a hurry («Прошёл
интервю», «Передан работадателю», «Контаркт подписан», «Виза получина», «Вышел на роботу»); steps in Kazakh written
in the 2021 Latin alphabet («Sūhbatqa şaqyryldy», «Eñbek şartyna qol qoidy», «Dohağa ūşyp kettı»); a column of
comments beside the step (kept as the step's note, never read as a step), and a row with a comment and no step;
a log of a row per step where a worker went through several steps at once — the application ends at the latest
step, and the worker gets ONE notice, naming that step, not one per row; a 1C export (a title block, the table
from the second column, a header on two rows where the application's own date is not the step's); a workbook
whose first sheet is notes and whose third is a legend of the steps (numbered 1 to 12, which are no applications);
an Excel 2003 XML spreadsheet named .xls; an agency's columns in English and Arabic; dates with no year («25.11»,
«15 нояб.», "Nov 25th"); words that name no step («Медкомиссия пройдена», «В процессе»), refused; and files to
refuse whole with an answer that says why (a vacancy list, a register with no rows).

Every file starts from `SEED_8`: the seventh set's applications and twelve more on «QA-2091» and «QA-2092». The
format is the earlier sets'; a file may also name, in `notices`, the one step each moved worker must be told of,
and a refused file the words its answer must hold (`answer`). Written before the reading code was read; dates
are built from today's, so the set never ages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tests.data.status_files import D1, D2, D3, Move, Seed, StatusFile, ago, dmy, excel_day, refuse
from tests.data.status_files_7 import SEED_7
from tests.data.vacancy_files import csv_bytes, xlsx_bytes
from tests.data.vacancy_files_5 import workbook
from tests.data.vacancy_files_10 import spreadsheet_2003

__all__ = ["SEED_8", "all_files"]

D4 = ago(14)
D5 = ago(30)

SEED_8 = SEED_7 + [
    Seed(1083, 5062, "+77015550831", "QA-2091", "applied"),
    Seed(1084, 5063, "+77025550842", "QA-2091", "qualification_check"),
    Seed(1085, 5064, "+77055550853", "QA-2091", "employer_review"),
    Seed(1086, 5065, "+77075550864", "QA-2092", "interview"),
    Seed(1087, 5066, "+77085550875", "QA-2092", "offer"),
    Seed(1088, 5067, "+77475550886", "QA-2092", "contract_signed"),
    Seed(1089, 5068, "+77775550897", "QA-2091", "visa_issued"),
    Seed(1090, 5069, "+77005550808", "QA-2092", "departed"),
    Seed(1091, 5070, "+77015550819", "QA-2091", "interview"),
    Seed(1092, 5071, "+77025550820", "QA-2092", "applied"),
    Seed(1093, 5072, "+77055550821", "QA-2092", "employer_review"),
    Seed(1094, 5073, "+77075550822", "QA-2091", "qualification_check"),
]


@dataclass
class Logged(StatusFile):
    """A file whose moved workers must each get one notice, naming the step given here (application → step)."""

    notices: dict[int, str] = field(default_factory=dict)


@dataclass
class Refused(StatusFile):
    """A file nothing can be read from as statuses: the answer must hold one of `answer` (lower case)."""

    answer: tuple[str, ...] = ()


RU_SHORT = ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dm(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}"


def ru_short(day: date) -> str:
    """«15 нояб.»: a day as an officer abbreviates it, no year."""
    return f"{day.day} {RU_SHORT[day.month - 1]}"


def en_ordinal(day: date) -> str:
    """"Nov 25th": a day as an agency writes it, no year."""
    n = day.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{EN_SHORT[day.month - 1]} {n}{suffix}"


# ---- steps misspelt -----------------------------------------------------------------------------------------------

def misspelt_steps_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1083, "Проверка квалифекации", dmy(D3)],
        [1084, "Передан работадателю", dmy(D3)],
        [1085, "Прошёл интервю", dmy(D2)],
        [1086, "Предложили роботу", dmy(D2)],
        [1087, "Контаркт подписан", dmy(D1)],
        [1088, "Виза получина", dmy(D1)],
        [1089, "Улетел в Доху", dmy(D1)],
        [1090, "Вышел на роботу", dmy(D1)],
        [1093, "Приглашон на собеседованя", dmy(D1)],
    ]
    return StatusFile(
        "статусы (декабрь).csv", csv_bytes(rows, delimiter=";"),
        [Move(1083, "qualification_check", D3), Move(1084, "employer_review", D3), Move(1085, "interview", D2),
         Move(1086, "offer", D2), Move(1087, "contract_signed", D1), Move(1088, "visa_issued", D1),
         Move(1089, "departed", D1), Move(1090, "employed", D1), Move(1093, "interview", D1)],
        about="Russian steps typed in a hurry: «Прошёл интервю» (the interview held), «Передан работадателю», "
              "«Предложили роботу», «Контаркт подписан», «Виза получина», «Улетел в Доху», «Вышел на роботу»",
    )


# ---- Kazakh in the 2021 Latin alphabet ----------------------------------------------------------------------------

def kazakh_latin_2021_xlsx() -> StatusFile:
    rows = [
        ["Ötınım nömırı", "Märtebesı", "Künı"],
        [1083, "Bılıktılıgı tekserılude", excel_day(D3)],
        [1084, "Tüiındeme jūmys beruşıge jıberıldı", excel_day(D3)],
        [1085, "Sūhbatqa şaqyryldy", excel_day(D2)],
        [1086, "Jūmys ūsynysy berıldı", excel_day(D2)],
        [1087, "Eñbek şartyna qol qoidy", excel_day(D1)],
        [1088, "Jūmys vizasy berıldı", excel_day(D1)],
        [1089, "Dohağa ūşyp kettı", excel_day(D1)],
        [1091, "Bas tartyldy", excel_day(D1)],
    ]
    return StatusFile(
        "märtebeler.xlsx", xlsx_bytes({"Paraq1": rows}),
        [Move(1083, "qualification_check", D3), Move(1084, "employer_review", D3), Move(1085, "interview", D2),
         Move(1086, "offer", D2), Move(1087, "contract_signed", D1), Move(1088, "visa_issued", D1),
         Move(1089, "departed", D1), Move(1091, "rejected", D1)],
        about="headers and steps in Kazakh in the 2021 Latin alphabet (ı, ū, ş, ğ, ñ, ä, ö, ü)",
    )


# ---- a column of comments -----------------------------------------------------------------------------------------

def comments_column_csv() -> StatusFile:
    rows = [
        ["Заявка", "Этап", "Дата", "Комментарий"],
        [1083, "Проверка квалификации", dmy(D3), "диплом заверен нотариально"],
        [1086, "Оффер", dmy(D2), "вылет, скорее всего, в январе"],
        [1088, "Виза выдана", dmy(D1), "ждёт билет, отказа от работодателя нет"],
        [1090, "", "", "звонил из Дохи, всё хорошо"],
        [1091, "Отказ", dmy(D1), "не прошёл практический тест"],
    ]
    return StatusFile(
        "реестр с комментариями.csv", csv_bytes(rows, delimiter=";"),
        [Move(1083, "qualification_check", D3, "диплом заверен нотариально"),
         Move(1086, "offer", D2, "вылет, скорее всего, в январе"),
         Move(1088, "visa_issued", D1, "ждёт билет, отказа от работодателя нет"),
         Move(1091, "rejected", D1, "не прошёл практический тест")],
        may_skip=[5],
        about="a comment beside each step, kept as its note even when it names another step («вылет», «отказа»); a "
              "row with a comment and no step moves nothing",
    )


def words_naming_no_step_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Статус", "Дата"],
        [1094, "Абенов Р.", "Передано работодателю", excel_day(D2)],
        [1092, "Сарсенова Г.", "В процессе", excel_day(D2)],
        [1087, "Кожахметов Е.", "Медкомиссия пройдена", excel_day(D1)],
        [1093, "Бекенова Д.", "Собеседование", excel_day(D1)],
    ]
    return StatusFile(
        "статусы сотрудника.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1094, "employer_review", D2), Move(1093, "interview", D1)],
        [refuse(3, "Статус"), refuse(4, "Статус")],
        about="«В процессе» and «Медкомиссия пройдена» name no step of the bot's: refused naming the column, not "
              "guessed",
    )


# ---- a log of a row per step: one notice --------------------------------------------------------------------------

def step_log_one_notice_ru_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Этап", "Дата этапа", "Комментарий"],
        [1083, "Проверка квалификации", dmy(D4), ""],
        [1083, "Передано работодателю", dmy(D3), ""],
        [1083, "Собеседование", dmy(D1), "онлайн, время сообщим"],
        [1092, "Проверка квалификации", dmy(D2), ""],
    ]
    return Logged(
        "журнал шагов (неделя).csv", csv_bytes(rows, delimiter=";"),
        [Move(1083, "interview", D1, "онлайн, время сообщим"), Move(1092, "qualification_check", D2)],
        may_skip=[2, 3],
        notices={1083: "interview", 1092: "qualification_check"},
        about="a log where one worker went through three steps in a week: the application ends at the interview and "
              "the worker is told once, of the interview, not three times",
    )


def step_log_one_notice_en_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Stage", "Stage Date", "Remarks"],
        [1087, "Contract signed", excel_day(D4), ""],
        [1089, "Deployed", excel_day(D1), "QR 388"],
        [1087, "Visa issued", excel_day(D2), ""],
        [1087, "Deployed", excel_day(D1), "QR 388"],
    ]
    return Logged(
        "deployment_log.xlsx", xlsx_bytes({"Log": rows}),
        [Move(1087, "departed", D1, "QR 388"), Move(1089, "departed", D1, "QR 388")],
        may_skip=[2, 4],
        notices={1087: "departed", 1089: "departed"},
        about="a worker taken from the offer to the flight in one file (contract, visa, flight): one notice, of the "
              "flight",
    )


# ---- a 1C export --------------------------------------------------------------------------------------------------

def one_c_two_row_header_xlsx() -> StatusFile:
    rows = [
        [None, "Состояние заявок кандидатов"],
        [None, "Организация: ТОО «Kazakh Recruitment Partner»"],
        [],
        [None, "Заявка", None, "Кандидат", "Состояние", None, "Комментарий"],
        [None, "Номер", "Дата", None, "Этап", "Дата этапа", None],
        [None, "000001084", excel_day(D5), "Ермеков А.", "Передано работодателю", excel_day(D2), None],
        [None, "000001085", excel_day(D5), "Нуржанова Б.", "Собеседование", excel_day(D1), "в 15:00 по Астане"],
        [None, "000001094", excel_day(D5), "Тлеубаев С.", "Передано работодателю", excel_day(D1), None],
    ]
    merges = ["B4:C4", "D4:D5", "E4:F4", "G4:G5"]
    return StatusFile(
        "Состояние заявок (1С).xlsx", workbook({"TDSheet": rows}, merges={"TDSheet": merges}),
        [Move(1084, "employer_review", D2), Move(1085, "interview", D1, "в 15:00 по Астане"),
         Move(1094, "employer_review", D1)],
        about="1C's export: the table from column B, a header on two rows where «Дата» under «Заявка» is the day the "
              "application was made and «Дата этапа» the step's, numbers with 1C's leading zeros",
    )


# ---- several sheets: notes, the register, a legend ----------------------------------------------------------------

def notes_register_legend_xlsx() -> StatusFile:
    notes = [
        ["Примечания"],
        ["1. Реестр обновляется по пятницам."],
        ["2. Коды этапов — на листе «Справочник»."],
    ]
    register = [
        ["№ заявки", "Этап", "Дата"],
        [1092, "Проверка квалификации", excel_day(D2)],
        [1086, "Оффер", excel_day(D1)],
    ]
    legend = [
        ["Код", "Этап", "Описание"],
        [1, "Заявка отправлена", "Заявка поступила в министерство"],
        [2, "Проверка квалификации", "Проверка документов"],
        [3, "Передано работодателю", "Резюме у работодателя"],
        [4, "Собеседование", "Назначено собеседование"],
        [5, "Оффер", "Предложение о работе"],
        [6, "Контракт подписан", ""],
        [7, "Виза выдана", ""],
        [8, "Вылетел", ""],
        [9, "Трудоустроен", "Приступил к работе"],
        [10, "Отказ", ""],
        [11, "Отозвана", ""],
        [12, "Досрочное расторжение", ""],
    ]
    return StatusFile(
        "реестр (с листами).xlsx", xlsx_bytes({"Примечания": notes, "Реестр": register, "Справочник": legend}),
        [Move(1092, "qualification_check", D2), Move(1086, "offer", D1)],
        about="three sheets: notes first, the register, and a legend of the steps numbered 1 to 12 (no applications: "
              "neither moved nor refused)",
    )


# ---- an Excel 2003 XML spreadsheet named .xls ----------------------------------------------------------------------

def xml_2003_register_xls() -> StatusFile:
    rows = [
        ["Candidates status report"],
        ["Application No", "Candidate", "Status", "Status Date", "Remarks"],
        [1084, "Ermekov A.", "CV shared with employer", excel_day(D3), None],
        [1091, "Sultanova M.", "Selected - offer issued", excel_day(D1), "Offer letter emailed"],
        [1089, "Zhunusov K.", "Travelled", excel_day(D1), None],
    ]
    return StatusFile(
        "status_report.xls", spreadsheet_2003({"Report": rows}, {"Report": {(1, 1): 4}}),
        [Move(1084, "employer_review", D3), Move(1091, "offer", D1, "Offer letter emailed"),
         Move(1089, "departed", D1)],
        about="an Excel 2003 XML spreadsheet named .xls, a title merged across, an empty remark left out",
    )


# ---- English and Arabic, dates with no year -----------------------------------------------------------------------

def agency_english_arabic_csv() -> StatusFile:
    rows = [
        ["Application No / رقم الطلب", "Status / الحالة", "Date / التاريخ", "Remarks / ملاحظات"],
        [1085, "Interview / مقابلة", en_ordinal(D2), ""],
        [1088, "Visa Issued / تم إصدار التأشيرة", en_ordinal(D1), "Work visa"],
        [1090, "Joined / باشر العمل", en_ordinal(D1), ""],
        [1091, "Rejected / مرفوض", en_ordinal(D1), ""],
    ]
    return StatusFile(
        "agency_status_ar_en.csv", csv_bytes(rows).decode().encode("utf-8-sig"),
        [Move(1085, "interview", D2), Move(1088, "visa_issued", D1, "Work visa"), Move(1090, "employed", D1),
         Move(1091, "rejected", D1)],
        about="a Qatari agency's register: every header and step in English and Arabic in one cell, dates as "
              "«Nov 25th»",
    )


def short_dates_ru_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1094, "Передано работодателю", dm(D3)],
        [1093, "Собеседование", ru_short(D2)],
        [1087, "Контракт подписан", f"{ru_short(D1)}"],
    ]
    return StatusFile(
        "статусы без года.csv", csv_bytes(rows, delimiter=";"),
        [Move(1094, "employer_review", D3), Move(1093, "interview", D2), Move(1087, "contract_signed", D1)],
        about="dates typed with no year: «25.11», «15 нояб.» — the latest such day, not one ahead",
    )


# ---- files to refuse whole ----------------------------------------------------------------------------------------

def vacancy_list_as_statuses() -> StatusFile:
    rows = [
        ["Код вакансии", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["QA-2093", "Сварщик", "Doha Steel", "1800-2200", 6, dmy(ago(-40))],
        ["QA-2094", "Бетонщик", "Doha Steel", "1500", 10, dmy(ago(-40))],
    ]
    return Refused(
        "вакансии декабрь.xlsx", xlsx_bytes({"Лист1": rows}), [], file_refused=True,
        about="a vacancy list sent where statuses are loaded: refused, the answer saying it is a list of vacancies",
        answer=("vacanc",),
    )


def register_with_no_rows() -> StatusFile:
    rows = [["№ заявки", "Статус", "Дата", "Комментарий"]]
    return Refused(
        "реестр_пустой.csv", csv_bytes(rows, delimiter=";"), [], file_refused=True,
        about="the register's header with no rows under it: the answer says there is nothing in it",
        answer=("no rows", "empty", "nothing", "no application"),
    )


def all_files() -> list[StatusFile]:
    """Every file of the eighth set, built afresh."""
    builders = [
        misspelt_steps_csv, kazakh_latin_2021_xlsx, comments_column_csv, words_naming_no_step_xlsx,
        step_log_one_notice_ru_csv, step_log_one_notice_en_xlsx, one_c_two_row_header_xlsx,
        notes_register_legend_xlsx, xml_2003_register_xls, agency_english_arabic_csv, short_dates_ru_csv,
        vacancy_list_as_statuses, register_with_no_rows,
    ]
    return [build() for build in builders]
