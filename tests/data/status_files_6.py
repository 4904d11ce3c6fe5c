"""A sixth set of status files: the visa and flight registers, and one row per worker across the steps.

Once a contract is signed, offices stop writing a step and start writing what happened: a visa's number and the
day it was issued, a flight's number and its day. This set holds such registers (Russian «Номер визы», «Дата
выдачи визы», «Рейс», «Дата вылета»; English "Visa No.", "Flight No.", "Departure Date"; Kazakh «Виза нөмірі»,
«Ұшу күні»; a «Виза» column of «есть / нет / в процессе» beside «Авиабилет» and its day; a recruiting system's
JSON with the visa and the flight as objects of their own), where a visa's number or day means the visa step,
a flight on a day already past means the worker departed, and a flight booked for a day still ahead does not;
one row per worker with a column per step, in order or newest first, holding a day (with its year, without it,
or in Kazakh words) or a tick, where the last step filled is the step; comments in Kazakh (kept as the step's
note, even when they speak of a step still awaited); and the worker named by a phone written with +7, with 8,
with spaces, brackets and dashes, all in one column. Rows an officer must be told about: a visa issued on a
day not yet come, a flight for a worker the employer rejected, a phone nobody gave, a phone a digit short.

Every file starts from `SEED_6`: the fifth set's applications and ten more, of workers on two vacancies
«QA-2071» and «QA-2072». The format is the earlier sets' (`moves`, `refusals`, `may_skip`: here also a row
that moves nothing, which may be reported or passed over). Written before the parsing code was read; dates
are built from today's, so the set never ages.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.data.status_files import D1, D2, D3, KK_MONTHS, Move, Seed, StatusFile, ago, dmy, excel_day, refuse
from tests.data.status_files_5 import SEED_5
from tests.data.vacancy_files import csv_bytes, json_bytes, xlsx_bytes

__all__ = ["SEED_6", "all_files"]

D4 = ago(21)
AHEAD = date.today() + timedelta(days=6)  # a flight booked, not yet flown
LATER = date.today() + timedelta(days=10)
NBSP = "\u00a0"

SEED_6 = SEED_5 + [
    Seed(1061, 5041, "+77015550611", "QA-2071", "contract_signed"),
    Seed(1062, 5042, "+77025550622", "QA-2071", "visa_issued"),
    Seed(1063, 5043, "+77055550633", "QA-2071", "contract_signed"),
    Seed(1064, 5044, "+77075550644", "QA-2072", "offer"),
    Seed(1065, 5045, "+77085550655", "QA-2072", "qualification_check"),
    Seed(1066, 5046, "+77475550666", "QA-2072", "interview"),
    Seed(1067, 5047, "+77775550677", "QA-2071", "applied"),
    Seed(1068, 5048, "+77005550688", "QA-2072", "departed"),
    Seed(1069, 5049, "+77015550699", "QA-2072", "rejected"),
    Seed(1070, 5050, "+77025550600", "QA-2071", "employer_review"),
]


def dm(day: date) -> str:
    """A day as an officer types it in the current year's register: «25.11», no year."""
    return f"{day.day:02d}.{day.month:02d}"


def kk_day(day: date) -> str:
    """«25 қараша»: a day in Kazakh words, no year."""
    return f"{day.day} {KK_MONTHS[day.month - 1]}"


# ---- visa and flight registers --------------------------------------------------------------------------------

def visa_flight_register_ru_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Номер визы", "Дата выдачи визы", "Рейс", "Дата вылета", "Примечание"],
        [1061, "Касымов Б.", "WP-7710042", excel_day(D2), None, None, "Рабочая виза на 2 года"],
        [1062, "Ержанова А.", "WP-7710043", excel_day(D4), "QR 388", excel_day(D1), None],
        [1063, "Мухамеджанов Т.", "WP-7710044", excel_day(D3), "KC 897", excel_day(AHEAD), "Билеты куплены"],
        [1064, "Сарсенбаев Н.", None, None, None, None, "Ждём подписания контракта"],
    ]
    return StatusFile(
        "Визы и вылеты.xlsx", xlsx_bytes({"Визы": rows}),
        [Move(1061, "visa_issued", D2, "Рабочая виза на 2 года"), Move(1062, "departed", D1),
         Move(1063, "visa_issued", D3, "Билеты куплены")],
        may_skip=[5],
        about="a visa's number and day mean the visa step; a flight on a day past means departed; a flight booked "
              "ahead does not; an empty row moves nothing",
    )


def visa_flight_register_en_csv() -> StatusFile:
    rows = [
        ["Application ID", "Candidate", "Visa No.", "Visa Issue Date", "Flight No.", "Departure Date", "Remarks"],
        [1063, "Mukhamedzhanov T.", "E-2026-55128", dmy(D2, "/"), "", "", "Work visa, 2 years"],
        [1061, "Kassymov B.", "E-2026-55127", dmy(D3, "/"), "QR 292", dmy(D1, "/"), "Met at Hamad airport"],
        [1066, "Omarova G.", "", "", "", "", "Awaiting offer letter"],
    ]
    return StatusFile(
        "visa_flight_tracker.csv", csv_bytes(rows),
        [Move(1063, "visa_issued", D2, "Work visa, 2 years"), Move(1061, "departed", D1, "Met at Hamad airport")],
        may_skip=[4],
        about="an agency's tracker: «Visa No.» with its day is the visa; a «Flight No.» flown is the departure; a "
              "remark awaiting an offer moves nothing",
    )


def visa_flight_register_kk() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Аты-жөні", "Виза нөмірі", "Виза берілген күні", "Рейс нөмірі", "Ұшу күні", "Түсініктеме"],
        [1061, "Қасымов Б.", "WP-7710042", dmy(D3), "", "", "Виза 2 жылға берілді"],
        [1062, "Ержанова А.", "WP-7710043", dmy(D4), "QR 388", dmy(D1), "Алматы – Доха, әуежайда қарсы алды"],
    ]
    return StatusFile(
        "визалар мен рейстер.csv", csv_bytes(rows, delimiter=";"),
        [Move(1061, "visa_issued", D3, "Виза 2 жылға берілді"),
         Move(1062, "departed", D1, "Алматы – Доха, әуежайда қарсы алды")],
        about="Kazakh: «Виза нөмірі», «Виза берілген күні», «Рейс нөмірі», «Ұшу күні»; the comments in Kazakh kept",
    )


def visa_yes_no_and_ticket() -> StatusFile:
    rows = [
        ["ФИО", "Телефон", "Виза", "Авиабилет", "Дата вылета"],
        ["Касымов Б.", "8 701 555 06 11", "есть", "куплен", dmy(AHEAD)],
        ["Ержанова А.", "+7 702 555 06 22", "есть", "есть", dmy(D1)],
        ["Мухамеджанов Т.", "8 705 555 06 33", "нет", "", ""],
        ["Сарсенбаев Н.", "+7 707 555 06 44", "в процессе", "", ""],
    ]
    return StatusFile(
        "виза_билеты.csv", csv_bytes(rows, delimiter=";"),
        [Move(1061, "visa_issued"), Move(1062, "departed", D1)],
        may_skip=[4, 5],
        about="«Виза»: «есть» is the visa, «нет» and «в процессе» are not; a ticket with a day ahead is no departure, "
              "one with a day past is",
    )


def visa_flight_json() -> StatusFile:
    value = {
        "exported": date.today().isoformat(),
        "candidates": [
            {"application_id": 1063, "visa": {"number": "WP-7710044", "issued": D2.isoformat()},
             "flight": None, "comment": "Виза дайын"},
            {"application_id": 1062, "visa": {"number": "WP-7710043", "issued": D4.isoformat()},
             "flight": {"number": "QR 388", "date": D1.isoformat()}, "comment": ""},
        ],
    }
    return StatusFile(
        "candidates.json", json_bytes(value),
        [Move(1063, "visa_issued", D2, "Виза дайын"), Move(1062, "departed", D1)],
        about="a recruiting system's JSON: the visa and the flight as objects of their own under each candidate",
    )


def visa_flight_refusals() -> StatusFile:
    rows = [
        ["№ заявки", "Номер визы", "Дата выдачи визы", "Рейс", "Дата вылета"],
        [1063, "WP-7710050", dmy(LATER), "", ""],
        [1069, "WP-7710051", dmy(D4), "QR 388", dmy(D1)],
        [1061, "WP-7710052", dmy(D2), "", ""],
        [1068, "WP-7710053", dmy(D4), "", ""],
    ]
    return StatusFile(
        "визы_ошибки.csv", csv_bytes(rows, delimiter=";"),
        [Move(1061, "visa_issued", D2)],
        [refuse(2, "Дата выдачи визы"), refuse(3, "Дата вылета", "Рейс", "Номер визы", "№ заявки")],
        may_skip=[5],
        about="a visa issued on a day not yet come (a typo: refused); a flight for a rejected worker (refused); a "
              "departed worker's visa on record moves nothing",
    )


# ---- one row per worker, a column per step -------------------------------------------------------------------

def step_columns_by_phone_ru() -> StatusFile:
    rows = [
        ["ФИО", "Телефон", "Документы приняты", "Передано работодателю", "Собеседование", "Оффер", "Контракт",
         "Виза", "Вылет", "Комментарий"],
        ["Абенова Д.", "+7 777 555 06 77", dmy(D4), dmy(D3), "", "", "", "", "", ""],
        ["Байжанов Е.", "8 702 555 06 00", dmy(D4), dmy(D4), dmy(D2), "", "", "", "", "онлайн"],
        ["Габдуллин С.", "87085550655", dmy(D4), dmy(D3), dmy(D3), dmy(D1), "", "", "", ""],
        ["Сарсенбаев Н.", "+77075550644", dmy(D4), dmy(D4), dmy(D4), dmy(D3), dm(D1), "", "", "подписал в Астане"],
    ]
    return StatusFile(
        "сводная по кандидатам.csv", csv_bytes(rows, delimiter=";"),
        [Move(1067, "employer_review", D3), Move(1070, "interview", D2, "онлайн"), Move(1065, "offer", D1),
         Move(1064, "contract_signed", D1, "подписал в Астане")],
        about="a row per worker by phone (+7 with spaces, 8 with spaces, digits alone), a column per step: the last "
              "filled is the step, on its day; «25.11» without a year is this year's",
    )


def step_columns_newest_first_en_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Departure", "Visa", "Contract", "Offer", "Interview", "Remarks"],
        [1066, None, None, None, excel_day(D2), excel_day(D4), None],
        [1064, None, None, excel_day(D1), excel_day(D4), excel_day(D4), "Signed at the ministry"],
        [1063, None, excel_day(D1), excel_day(D4), excel_day(D4), excel_day(D4), None],
    ]
    return StatusFile(
        "pipeline_newest_first.xlsx", xlsx_bytes({"Pipeline": rows}),
        [Move(1066, "offer", D2), Move(1064, "contract_signed", D1, "Signed at the ministry"),
         Move(1063, "visa_issued", D1)],
        about="step columns newest first (Departure, Visa, Contract, Offer, Interview): the step furthest on that is "
              "filled counts, not the rightmost",
    )


def step_columns_kk_words() -> StatusFile:
    rows = [
        ["Аты-жөні", "Телефоны", "Құжаттар қабылданды", "Жұмыс берушіге жіберілді", "Сұхбат", "Келісімшарт",
         "Виза", "Түсініктеме"],
        ["Әбенова Д.", "8 777 555 06 77", kk_day(D3), "", "", "", "", "Дипломы тексеруде"],
        ["Байжанов Е.", "+7 702 555 06 00", kk_day(D4), kk_day(D4), kk_day(D1), "", "", "Сұхбат онлайн өтті"],
        ["Сәрсенбаев Н.", "8 (707) 555-06-44", kk_day(D4), kk_day(D4), kk_day(D4), kk_day(D2), "",
         "Визаны күтеміз"],
    ]
    return StatusFile(
        "кезеңдер.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1067, "qualification_check", D3, "Дипломы тексеруде"), Move(1070, "interview", D1, "Сұхбат онлайн өтті"),
         Move(1064, "contract_signed", D2, "Визаны күтеміз")],
        about="Kazakh step columns holding days in Kazakh words without a year («25 қараша»); Kazakh comments kept as "
              "the note, one speaking of the visa still awaited",
    )


def step_ticks_with_phones_en() -> StatusFile:
    rows = [
        ["Name", "Mobile", "Docs verified", "CV to employer", "Interview", "Offer", "Contract", "Visa", "Flight"],
        ["Abenova D.", "+7 (777) 555-06-77", "✓", "✓", "✓", "", "", "", ""],
        ["Gabdullin S.", "8-708-555-06-55", "✓", "✓", "✓", "✓", "✓", "", ""],
        ["Kassymov B.", f"+7{NBSP}701{NBSP}555{NBSP}06{NBSP}11", "✓", "✓", "✓", "✓", "✓", "✓", ""],
    ]
    return StatusFile(
        "candidates_progress.csv", csv_bytes(rows),
        [Move(1067, "interview"), Move(1065, "contract_signed"), Move(1061, "visa_issued")],
        about="ticks in a column per step, the last ticked is the step; phones with brackets, dashes, no-break spaces",
    )


# ---- comments in Kazakh ---------------------------------------------------------------------------------------------

def kazakh_comments_csv() -> StatusFile:
    rows = [
        ["Өтінім №", "Мәртебесі", "Күні", "Түсініктеме"],
        [1066, "Жұмысқа шақыру", dmy(D2), "Жұмыс беруші ұсыныс хатын жіберді, жауабын күтеміз"],
        [1064, "Келісімшартқа қол қойылды", dmy(D1), "Визаны күтеміз, құжаттар елшілікте"],
        [1065, "Жұмыс берушіге жіберілді", dmy(D3), "Түйіндеме ағылшын тілінде жіберілді"],
        [1070, "Сұхбат", dmy(D1), "Kelesi aptada natijesi belgili bolady"],
    ]
    return StatusFile(
        "түсініктемелер.csv", csv_bytes(rows, delimiter=";"),
        [Move(1066, "offer", D2, "Жұмыс беруші ұсыныс хатын жіберді, жауабын күтеміз"),
         Move(1064, "contract_signed", D1, "Визаны күтеміз, құжаттар елшілікте"),
         Move(1065, "employer_review", D3, "Түйіндеме ағылшын тілінде жіберілді"),
         Move(1070, "interview", D1, "Kelesi aptada natijesi belgili bolady")],
        about="comments in Kazakh (Cyrillic, and one in Latin letters) kept as the note; a comment awaiting the visa "
              "or an answer does not move the step past the status",
    )


# ---- phones with +7, 8 and spaces in one file -------------------------------------------------------------------------

def phones_mixed_one_column() -> StatusFile:
    rows = [
        ["Телефон", "Статус", "Дата"],
        ["+7 701 555 06 11", "Вылетел", dmy(D1)],
        ["8 702 555 06 22", "Вылетел", dmy(D1)],
        ["+7(705)555-06-33", "Виза выдана", dmy(D2)],
        [" 8 707 555 06 44 ", "Контракт подписан", dmy(D2)],
        ["+ 7 708 555 06 55", "Передано работодателю", dmy(D3)],
        ["8 747 5550666", "Оффер", dmy(D1)],
        ["+77775550677", "Проверка квалификации", dmy(D3)],
    ]
    return StatusFile(
        "по телефонам (ноябрь).csv", csv_bytes(rows, delimiter=";"),
        [Move(1061, "departed", D1), Move(1062, "departed", D1), Move(1063, "visa_issued", D2),
         Move(1064, "contract_signed", D2), Move(1065, "employer_review", D3), Move(1066, "offer", D1),
         Move(1067, "qualification_check", D3)],
        about="phones with +7 and with 8, spaces, brackets, dashes, a space after the plus, spaces around the cell",
    )


def phones_mixed_with_errors_xlsx() -> StatusFile:
    rows = [
        ["Ф.И.О.", "Моб. телефон", "Статус", "Комментарий"],
        ["Касымов Б.", "+7 701 555 06 11", "Вылетел", "QR 292"],
        ["Неизвестный К.", "+7 701 000 00 00", "Вылетел", ""],
        ["Байжанов Е.", "8 702 555 06 0", "Собеседование", ""],
        ["Абенова Д.", 87775550677, "Проверка квалификации", "Диплом принят"],
    ]
    return StatusFile(
        "телефоны_смешанные.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1061, "departed", note="QR 292"), Move(1067, "qualification_check", note="Диплом принят")],
        [refuse(3, "Моб. телефон"), refuse(4, "Моб. телефон")],
        about="a phone nobody gave and a phone a digit short refused with the phone column; the others, one kept by "
              "Excel as a number, move",
    )


def all_files() -> list[StatusFile]:
    """Every file of the sixth set, built afresh."""
    builders = [
        visa_flight_register_ru_xlsx, visa_flight_register_en_csv, visa_flight_register_kk, visa_yes_no_and_ticket,
        visa_flight_json, visa_flight_refusals, step_columns_by_phone_ru, step_columns_newest_first_en_xlsx,
        step_columns_kk_words, step_ticks_with_phones_en, kazakh_comments_csv, phones_mixed_one_column,
        phones_mixed_with_errors_xlsx,
    ]
    return [build() for build in builders]
