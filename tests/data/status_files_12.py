"""A twelfth set of status files: status lists from other systems, written apart from the first eleven.

It holds a Qatari employer's "Candidate pipeline" export from its recruitment system, in English stages
("Shortlisted", "Interviewed", "Offer issued", "Visa stamped", "Travelled", "Rejected - CV screening") beside the
employer's own candidate numbers, and the same system's CSV with numbered stages («2 - Shortlisted») and the
ministry's number under a prefix of its own («MOL-1410»), where a stage behind the application's is refused as a
step back; a traffic-light tracker with a colour word under each step's column (Green done, Amber under way, Red not
passed, as its legend says); a tracker with tick marks of every kind (✔️, ☑, «+», «V»); an ИИН (ЖСН) written with
spaces beside the phone or the application's number (never taken for either; a row with only the ИИН refused);
names in Latin letters only, as in the passport; a workbook with a sheet per vacancy, where a worker who applied to
both is found by the phone and the sheet; and two files refused whole with an answer that says why (a Qatari job
order sent as statuses, a list of names and steps with nothing that finds an application).

Every file starts from `SEED_12`: the eleventh set's applications and fourteen more on «QA-4501» and «QA-4502»
(worker 5401 applied to both). The format is the earlier sets' (`Move`, `refuse`, `Said`, `Refused`). Written
before the reading code was read; dates are built from Kazakhstan's day, days back, so the set never ages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.kz_time import kazakhstan_today
from tests.data.status_files import Move, Seed, StatusFile, dmy, refuse
from tests.data.status_files_4 import Said
from tests.data.status_files_5 import STEP_BACK
from tests.data.status_files_8 import EN_SHORT, Refused
from tests.data.status_files_11 import SEED_11
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_12", "all_files"]


def back(days: int) -> date:
    """A day `days` back from Kazakhstan's today."""
    return kazakhstan_today() - timedelta(days=days)


E1, E2, E3, E4 = back(2), back(5), back(8), back(12)

SEED_12 = SEED_11 + [
    Seed(1401, 5401, "+77016660101", "QA-4501", "applied"),
    Seed(1402, 5402, "+77026660202", "QA-4501", "qualification_check"),
    Seed(1403, 5403, "+77056660303", "QA-4501", "employer_review"),
    Seed(1404, 5404, "+77076660404", "QA-4501", "employer_review"),
    Seed(1405, 5405, "+77086660505", "QA-4501", "interview"),
    Seed(1406, 5406, "+77476660606", "QA-4501", "offer"),
    Seed(1407, 5407, "+77776660707", "QA-4501", "contract_signed"),
    Seed(1408, 5408, "+77006660808", "QA-4501", "visa_issued"),
    Seed(1409, 5409, "+77016660909", "QA-4502", "employer_review"),
    Seed(1410, 5410, "+77026661010", "QA-4502", "interview"),
    Seed(1411, 5411, "+77056661111", "QA-4502", "offer"),
    Seed(1412, 5412, "+77076661212", "QA-4502", "contract_signed"),
    Seed(1413, 5401, "+77016660101", "QA-4502", "applied"),
    Seed(1414, 5414, "+77086661414", "QA-4502", "qualification_check"),
]


def iso_time(day: date, hour: int, minute: int) -> str:
    """«2026-11-18 11:05», as a recruitment system stamps a stage's change."""
    return f"{day.isoformat()} {hour:02d}:{minute:02d}"


def day_mon_year(day: date) -> str:
    """«18 Nov 2026»."""
    return f"{day.day} {EN_SHORT[day.month - 1]} {day.year}"


def slash(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# ---- a Qatari employer's recruitment system -------------------------------------------------------------------------

def candidate_pipeline_xlsx() -> StatusFile:
    rows = [
        ["Candidate pipeline - REQ-2291 Mechanical Technicians (Kazakhstan)"],
        [f"Exported {slash(E1)} by Fatima Al-Kuwari"],
        ["Candidate ID", "Candidate Name", "Nationality", "Ministry Ref.", "Requisition", "Stage", "Stage Changed On",
         "Recruiter"],
        ["C-004512", "Abenov Nurbol", "Kazakhstan", 1403, "REQ-2291", "Shortlisted", iso_time(E3, 11, 5),
         "Fatima Al-Kuwari"],
        ["C-004519", "Zhakupova Aidana", "Kazakhstan", 1404, "REQ-2291", "Interviewed", iso_time(E2, 9, 40),
         "Fatima Al-Kuwari"],
        ["C-004527", "Ospanov Yerlan", "Kazakhstan", 1405, "REQ-2291", "Offer issued", iso_time(E2, 15, 12),
         "Fatima Al-Kuwari"],
        ["C-004533", "Seitkali Aruzhan", "Kazakhstan", 1407, "REQ-2291", "Visa stamped", iso_time(E1, 10, 0),
         "Hamad Al-Marri"],
        ["C-004541", "Bekov Timur", "Kazakhstan", 1408, "REQ-2291", "Travelled", iso_time(E1, 13, 30),
         "Hamad Al-Marri"],
        ["C-004548", "Nurlanova Saule", "Kazakhstan", 1402, "REQ-2291", "Rejected - CV screening", iso_time(E3, 16, 20),
         "Fatima Al-Kuwari"],
    ]
    return StatusFile(
        "Candidate_Pipeline_REQ-2291.xlsx", xlsx_bytes({"Candidate pipeline": rows}),
        [Move(1403, "interview", E3), Move(1404, "interview", E2), Move(1405, "offer", E2),
         Move(1407, "visa_issued", E1), Move(1408, "departed", E1), Move(1402, "rejected", E3)],
        about="a Qatari employer's recruitment-system export: a title and an «Exported … by» line above the table, its "
              "own «Candidate ID» beside the ministry's number, English stages («Shortlisted» and «Interviewed» the "
              "interview, «Offer issued», «Visa stamped», «Travelled», «Rejected - CV screening»), stamps with a time",
    )


def pipeline_numbered_stages_csv() -> StatusFile:
    rows = [
        ["Applicant", "Ref (MoL KZ)", "Job Requisition", "Pipeline Stage", "Last Activity"],
        ["Toleuova Moldir", "MOL-1409", "REQ-2304 Cooks", "2 - Shortlisted", day_mon_year(E3)],
        ["Kairatuly Alikhan", "MOL-1410", "REQ-2304 Cooks", "4 - Offer Issued", day_mon_year(E2)],
        ["Saparov Yerkebulan", "MOL-1412", "REQ-2304 Cooks", "5 - Visa Stamped", day_mon_year(E1)],
        ["Zhunusova Assel", "MOL-1411", "REQ-2304 Cooks", "3 - Interviewed", day_mon_year(E1)],
    ]
    return StatusFile(
        "pipeline_REQ-2304.csv", csv_bytes(rows),
        [Move(1409, "interview", E3), Move(1410, "offer", E2), Move(1412, "visa_issued", E1), Move(1411, "offer")],
        [Said(5, ("Pipeline Stage",), says=STEP_BACK)],
        about="the same kind of system's CSV: stages numbered as the pipeline orders them («2 - Shortlisted», «4 - Offer "
              "Issued»), the ministry's number under a prefix of the employer's («MOL-1410»), «18 Nov 2026»; an "
              "application already at the offer reported «3 - Interviewed» is a step back, refused saying so",
    )


# ---- a colour word under each step's column -------------------------------------------------------------------------

def traffic_light_tracker_xlsx() -> StatusFile:
    rows = [
        ["Ref", "Name", "Documents checked", "Interview", "Offer", "Contract", "Visa", "Flight"],
        [1404, "Zhakupova A.", "Green", "Red", None, None, None, None],
        [1405, "Ospanov Y.", "Green", "Green", "Green", "Amber", None, None],
        [1407, "Seitkali A.", "GREEN", "GREEN", "GREEN", "GREEN", "green", "Amber"],
        [1409, "Toleuova M.", "Green", "Green", None, None, None, None],
        [],
        ["Legend: Green = done, Amber = in progress, Red = not passed"],
    ]
    return StatusFile(
        "KZ tracker (RAG).xlsx", xlsx_bytes({"Tracker": rows}),
        [Move(1404, "rejected"), Move(1405, "offer"), Move(1407, "visa_issued"), Move(1409, "interview")],
        about="a traffic-light tracker: a colour word under each step's column, as its legend below says (Green done, "
              "Amber under way and so not yet the step, Red not passed and so not selected); the last green is the step",
    )


def tick_marks_of_every_kind_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Проверка документов", "Передано работодателю", "Собеседование", "Оффер", "Контракт",
         "Виза", "Вылет"],
        [1401, "Ахметов Б.", "\u2714\ufe0f", "\u2714\ufe0f", None, None, None, None, None],
        [1402, "Нурланова С.", "\u2611", "\u2611", "\u2611", None, None, None, None],
        [1413, "Ахметов Б.", "+", None, None, None, None, None, None],
        [1414, "Кайратулы А.", "V", "V", "v", "V", None, None, None],
    ]
    return StatusFile(
        "отметки по этапам.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1401, "employer_review"), Move(1402, "interview"), Move(1413, "qualification_check"),
         Move(1414, "offer")],
        about="ticks of every kind under each step's column: the emoji «✔️» pasted from a phone (with its variation "
              "selector), «☑», «+», «V» and «v» as a Russian keyboard types a tick; the last ticked is the step",
    )


# ---- an ИИН written with spaces -------------------------------------------------------------------------------------

def iin_with_spaces_ru_xlsx() -> StatusFile:
    rows = [
        ["№", "ФИО", "ИИН", "Телефон", "Статус", "Дата"],
        [1, "Абенов Нурбол", "900515 301 234", "+7 705 666 03 03", "Собеседование", dmy(E2)],
        [2, "Жакупова Айдана", "950 208 400 117", "8 708 666 05 05", "Оффер", dmy(E1)],
        [3, "Сапарова Дина", "88 11 23 45 06 78", None, "Отказ", dmy(E1)],
        [4, "Оспанов Ерлан", "010 304 500 219", "+77476660606", "Контракт подписан", dmy(E1)],
    ]
    return StatusFile(
        "статусы с ИИН.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1403, "interview", E2), Move(1405, "offer", E1), Move(1406, "contract_signed", E1)],
        [refuse(4, "Телефон", "ИИН")],
        about="an ИИН written in groups with spaces («900515 301 234», «88 11 23 45 06 78») beside the phone: never "
              "taken for the phone; the row with the ИИН alone names no application and is refused",
    )


def iin_with_spaces_kk_csv() -> StatusFile:
    rows = [
        ["Р/с", "Аты-жөні", "ЖСН", "Өтінім нөмірі", "Мәртебесі", "Күні"],
        ["1", "Төлеуова Мөлдір", "970 612 450 331", "1409", "Сұхбатқа шақырылды", dmy(E2)],
        ["2", "Жүнісова Әсел", "920 101 350 228", "1411", "Келісімшартқа қол қойды", dmy(E1)],
        ["3", "Серікбаев Нұржан", "85 07 19 30 04 56", "", "Бас тартты", dmy(E1)],
    ]
    return StatusFile(
        "мәртебелер ЖСН.csv", csv_bytes(rows, delimiter=";"),
        [Move(1409, "interview", E2), Move(1411, "contract_signed", E1)],
        [refuse(4, "Өтінім нөмірі", "ЖСН")],
        about="Kazakh: a ЖСН written with spaces beside the application's number (never taken for it); a row with the "
              "ЖСН and no number is refused",
    )


# ---- names in Latin letters only ------------------------------------------------------------------------------------

def latin_names_only_xlsx() -> StatusFile:
    rows = [
        ["No.", "Full name (as in passport)", "Passport No.", "Application", "Status", "Date"],
        [1, "TOLEUOVA MOLDIR", "N12884503", 1410, "Offer", slash(E3)],
        [2, "SAPAROV YERKEBULAN", "N13390271", 1412, "Visa issued", slash(E2)],
        [3, "KAIRATULY ALIKHAN", "N11045872", 1414, "Sent to employer", slash(E1)],
        [4, "ZHUNUSOVA ASSEL", "N14472019", None, "Interview", slash(E1)],
    ]
    return StatusFile(
        "KZ candidates - passport names.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1410, "offer", E3), Move(1412, "visa_issued", E2), Move(1414, "employer_review", E1)],
        [refuse(5, "Application")],
        about="names only in Latin letters as in the passport, a passport number beside the application's; a row with "
              "the passport and no application number is refused naming the application's column",
    )


# ---- a sheet per vacancy --------------------------------------------------------------------------------------------

def sheet_per_vacancy_code_xlsx() -> StatusFile:
    welders = [
        ["Телефон", "ФИО", "Этап", "Дата"],
        ["+7 701 666 01 01", "Ахметов Б.", "Проверка квалификации", dmy(E3)],
        ["+7 702 666 02 02", "Нурланова С.", "Передано работодателю", dmy(E2)],
    ]
    cooks = [
        ["Телефон", "ФИО", "Этап", "Дата"],
        ["+7 701 666 01 01", "Ахметов Б.", "Передано работодателю", dmy(E1)],
        ["+7 707 666 12 12", "Сапаров Е.", "Виза выдана", dmy(E1)],
    ]
    return StatusFile(
        "статусы по вакансиям.xlsx", xlsx_bytes({"QA-4501": welders, "QA-4502": cooks}),
        [Move(1401, "qualification_check", E3), Move(1402, "employer_review", E2),
         Move(1413, "employer_review", E1), Move(1412, "visa_issued", E1)],
        about="a sheet per vacancy named by its code, phones only: worker 5401 applied to both, and the sheet says "
              "which application each row is",
    )


def sheet_per_vacancy_titled_xlsx() -> StatusFile:
    welders = [
        ["Вакансия: QA-4501 (слесарь-механик, Mesaieed)"],
        ["Телефон кандидата", "Статус", "Дата статуса"],
        ["87016660101", "Собеседование", dmy(E2)],
        ["87006660808", "Вылетел", dmy(E1)],
    ]
    cooks = [
        ["Вакансия: QA-4502 (повар)"],
        ["Телефон кандидата", "Статус", "Дата статуса"],
        ["87016660101", "Отказ работодателя", dmy(E2)],
        ["87026661010", "Контракт подписан", dmy(E1)],
    ]
    return StatusFile(
        "Статусы Катар.xlsx", xlsx_bytes({"Слесари": welders, "Повара": cooks}),
        [Move(1401, "interview", E2), Move(1408, "departed", E1), Move(1413, "rejected", E2),
         Move(1410, "contract_signed", E1)],
        about="a sheet per vacancy named by its trade, the vacancy's code on a line «Вакансия: QA-4501 (…)» above each "
              "table, phones as «8701…»: worker 5401 is found on each vacancy by the phone and the sheet's code",
    )


# ---- files to refuse whole ------------------------------------------------------------------------------------------

def job_order_sent_as_statuses_xlsx() -> StatusFile:
    ahead = kazakhstan_today() + timedelta(days=75)
    rows = [
        ["JOB ORDER No. 58/2026 - Simaisma Beach Resort & Spa"],
        ["S/N", "Position", "Nationality", "Qty", "Basic Salary (QAR)", "Food", "Accommodation", "Joining Date"],
        [1, "Lifeguard", "Kazakhstan", 4, 1500, "Provided", "Provided", datetime(ahead.year, ahead.month, ahead.day)],
        [2, "Spa Therapist", "Kazakhstan", 3, 2200, "Provided", "Provided", datetime(ahead.year, ahead.month, ahead.day)],
        [3, "Kitchen Helper", "Kazakhstan", 8, 1000, "Provided", "Provided", datetime(ahead.year, ahead.month, ahead.day)],
    ]
    return Refused(
        "Job Order 58-2026.xlsx", xlsx_bytes({"Job Order": rows}), [], file_refused=True,
        about="a Qatari employer's job order (positions, quantities, pay) sent where statuses were awaited: refused "
              "whole, the answer saying it is a list of vacancies",
        answer=("vacanc",),
    )


def names_and_steps_only_kk_xlsx() -> StatusFile:
    rows = [
        ["Аты-жөні", "Мамандығы", "Кезеңі", "Күні"],
        ["Төлеуова Мөлдір", "Аспаз", "Сұхбат", dmy(E2)],
        ["Серікбаев Нұржан", "Слесарь", "Виза берілді", dmy(E1)],
        ["Жүнісова Әсел", "Аспаз", "Ұшып кетті", dmy(E1)],
    ]
    return Refused(
        "тізім кезеңдер.xlsx", xlsx_bytes({"Парақ1": rows}), [], file_refused=True,
        about="names, trades and steps with no application number, phone or ИИН: nothing finds an application, so "
              "the file is refused whole and the answer says what would",
        answer=("number", "phone", "telegram"),
    )


def all_files() -> list[StatusFile]:
    """Every file of the twelfth set, built afresh."""
    builders = [
        candidate_pipeline_xlsx, pipeline_numbered_stages_csv, traffic_light_tracker_xlsx,
        tick_marks_of_every_kind_xlsx, iin_with_spaces_ru_xlsx, iin_with_spaces_kk_csv, latin_names_only_xlsx,
        sheet_per_vacancy_code_xlsx, sheet_per_vacancy_titled_xlsx, job_order_sent_as_statuses_xlsx,
        names_and_steps_only_kk_xlsx,
    ]
    return [build() for build in builders]
