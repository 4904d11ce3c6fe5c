"""A seventh set of status files: steps in Kazakh and English, misspelt, numbers with prefixes, a log of steps.

This set holds what the earlier ones touch little: every step named in Kazakh («Біліктілігі тексерілуде»,
«Сұхбатқа шақырылды», «Еңбек шартына қол қойды», «Дохаға ұшып кетті», «Жұмысқа кірісті»), in Kazakh typed in
Latin letters, and in a Gulf agency's English ("CV forwarded to employer", "Offer letter issued", "Visa stamped",
"Deployed", "Joined duty", "Not selected", "Candidate withdrew"); step names misspelt as they are typed in a hurry
(«Собеседывание», «Контракт подписон», «Вылител», "Intervew", "Contarct signed", «Виза берлді»); application
numbers written with what offices put before them («№1071», «# 1072», "APP-1073", «Заявка №1074», "ID:1075",
«Өтінім 1076»); a register that keeps a row per step, each with its day, in no particular order, where the
latest step is where the application stands and the earlier rows change nothing; a worker named twice by
phone, once for each of two applications (told apart by the vacancy's code), and the same row entered twice;
and rows for applications, phones or numbers the bot does not know, each reported back with its row.

Every file starts from `SEED_7`: the sixth set's applications and twelve more on two vacancies «QA-2081» and
«QA-2082»; worker 5059 applied to both. The format is the earlier sets' (`moves`, `refusals`, `may_skip`: here
also an older row of a step log, which may be reported or passed over). Written before the parsing code was
read; dates are built from today's, so the set never ages.
"""

from __future__ import annotations

from tests.data.status_files import D1, D2, D3, Move, Seed, StatusFile, ago, dmy, excel_day, refuse
from tests.data.status_files_4 import Said
from tests.data.status_files_6 import SEED_6
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_7", "all_files"]

D4 = ago(14)
D5 = ago(25)

# Worker 5059 applied to both new vacancies (1079 and 1080): a phone alone does not say which is meant.
SEED_7 = SEED_6 + [
    Seed(1071, 5051, "+77015550711", "QA-2081", "applied"),
    Seed(1072, 5052, "+77025550722", "QA-2081", "qualification_check"),
    Seed(1073, 5053, "+77055550733", "QA-2081", "employer_review"),
    Seed(1074, 5054, "+77075550744", "QA-2082", "interview"),
    Seed(1075, 5055, "+77085550755", "QA-2082", "offer"),
    Seed(1076, 5056, "+77475550766", "QA-2082", "contract_signed"),
    Seed(1077, 5057, "+77775550777", "QA-2081", "visa_issued"),
    Seed(1078, 5058, "+77005550788", "QA-2082", "departed"),
    Seed(1079, 5059, "+77015550799", "QA-2081", "applied"),
    Seed(1080, 5059, "+77015550799", "QA-2082", "employer_review"),
    Seed(1081, 5060, "+77025550700", "QA-2082", "interview"),
    Seed(1082, 5061, "+77055550701", "QA-2081", "qualification_check"),
]

UNKNOWN = ("unknown", "not found", "no application", "no such", "no worker", "does not", "doesn't", "nobody", "no one",
           "not registered")


# ---- steps in Kazakh and in English -------------------------------------------------------------------------------

def kazakh_steps_csv() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Мәртебесі", "Күні", "Ескертпе"],
        [1071, "Біліктілігі тексерілуде", dmy(D3), "Дипломның көшірмесі қабылданды"],
        [1072, "Түйіндеме жұмыс берушіге жіберілді", dmy(D3), ""],
        [1073, "Сұхбатқа шақырылды", dmy(D2), "Zoom арқылы, Доха уақытымен 10:00"],
        [1074, "Жұмыс ұсынысы берілді", dmy(D2), ""],
        [1075, "Еңбек шартына қол қойды", dmy(D1), ""],
        [1076, "Жұмыс визасы берілді", dmy(D1), ""],
        [1077, "Дохаға ұшып кетті", dmy(D1), "Астана – Доха рейсі"],
        [1078, "Жұмысқа кірісті", dmy(D1), ""],
    ]
    return StatusFile(
        "өтінімдер мәртебесі.csv", csv_bytes(rows, delimiter=";"),
        [Move(1071, "qualification_check", D3, "Дипломның көшірмесі қабылданды"), Move(1072, "employer_review", D3),
         Move(1073, "interview", D2, "Zoom арқылы, Доха уақытымен 10:00"), Move(1074, "offer", D2),
         Move(1075, "contract_signed", D1), Move(1076, "visa_issued", D1),
         Move(1077, "departed", D1, "Астана – Доха рейсі"), Move(1078, "employed", D1)],
        about="every step in an office's Kazakh, each a step's own words rather than the bot's names",
    )


def kazakh_latin_steps_xlsx() -> StatusFile:
    rows = [
        ["Otinim nomiri", "Aty-joni", "Martebesi", "Kuni"],
        [1079, "Serikbayev D.", "Biliktiligi tekserilude", excel_day(D2)],
        [1081, "Akhmetova S.", "Jumys usynysy berildi", excel_day(D1)],
        [1082, "Tolegenov M.", "Bas tartyldy", excel_day(D1)],
        [1074, "Zhaksylykov R.", "Kelisimshartqa qol qoidy", excel_day(D1)],
    ]
    return StatusFile(
        "martebeler.xlsx", xlsx_bytes({"Paraq1": rows}),
        [Move(1079, "qualification_check", D2), Move(1081, "offer", D1), Move(1082, "rejected", D1),
         Move(1074, "contract_signed", D1)],
        about="headers and steps in Kazakh typed in plain Latin letters (no diacritics)",
    )


def english_agency_steps_csv() -> StatusFile:
    rows = [
        ["Application No.", "Candidate Name", "Status", "Status Date", "Remarks"],
        [1071, "Nurlanov A.", "Documents under verification", dmy(D3, "/"), ""],
        [1072, "Seitova Zh.", "CV forwarded to employer", dmy(D3, "/"), ""],
        [1073, "Omarov K.", "Interview scheduled", dmy(D2, "/"), "Online, 11 AM Doha time"],
        [1074, "Zhaksylykov R.", "Offer letter issued", dmy(D2, "/"), ""],
        [1075, "Bekova A.", "Employment contract signed", dmy(D1, "/"), ""],
        [1076, "Tulegenov E.", "Visa stamped", dmy(D1, "/"), ""],
        [1077, "Sadykov N.", "Deployed", dmy(D1, "/"), "Arrived Hamad International"],
        [1078, "Karimova L.", "Joined duty", dmy(D1, "/"), ""],
    ]
    return StatusFile(
        "candidate_status_report.csv", csv_bytes(rows),
        [Move(1071, "qualification_check", D3), Move(1072, "employer_review", D3),
         Move(1073, "interview", D2, "Online, 11 AM Doha time"), Move(1074, "offer", D2),
         Move(1075, "contract_signed", D1), Move(1076, "visa_issued", D1),
         Move(1077, "departed", D1, "Arrived Hamad International"), Move(1078, "employed", D1)],
        about="a Gulf agency's English for every step: «Visa stamped», «Deployed» (flown out), «Joined duty»",
    )


def english_endings_xlsx() -> StatusFile:
    rows = [
        ["Ref. No", "Stage", "Date", "Comments"],
        [1081, "Not selected", excel_day(D2), "Did not pass the trade test"],
        [1082, "Candidate withdrew", excel_day(D1), "Found a job in Kazakhstan"],
        [1075, "Offer declined by candidate", excel_day(D1), ""],
        [1078, "Contract terminated early", excel_day(D1), "Medical reasons"],
    ]
    return StatusFile(
        "closures.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1081, "rejected", D2, "Did not pass the trade test"),
         Move(1082, "withdrawn", D1, "Found a job in Kazakhstan"), Move(1075, "withdrawn", D1),
         Move(1078, "terminated_early", D1, "Medical reasons")],
        about="English endings: «Not selected» is a rejection, «Candidate withdrew» and «Offer declined by candidate» "
              "a withdrawal, «Contract terminated early» after departure",
    )


# ---- step names misspelt ------------------------------------------------------------------------------------------

def misspelt_steps_ru() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата"],
        [1071, "Проверка квалификаций", dmy(D3)],
        [1072, "Передан работадателю", dmy(D3)],
        [1073, "Собеседывание", dmy(D2)],
        [1074, "Офер", dmy(D2)],
        [1075, "Контракт подписон", dmy(D1)],
        [1076, "Виза выдона", dmy(D1)],
        [1077, "Вылител", dmy(D1)],
        [1081, "Откас", dmy(D1)],
    ]
    return StatusFile(
        "статусы_ноябрь.csv", csv_bytes(rows, delimiter=";"),
        [Move(1071, "qualification_check", D3), Move(1072, "employer_review", D3), Move(1073, "interview", D2),
         Move(1074, "offer", D2), Move(1075, "contract_signed", D1), Move(1076, "visa_issued", D1),
         Move(1077, "departed", D1), Move(1081, "rejected", D1)],
        about="Russian steps misspelt by a letter or two: «Собеседывание», «Офер», «Контракт подписон», «Вылител», "
              "«Откас»",
    )


def misspelt_steps_en_kk_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Status", "Date"],
        [1073, "Intervew", excel_day(D2)],
        [1074, "Ofer isued", excel_day(D2)],
        [1075, "Contarct signed", excel_day(D1)],
        [1076, "Visa isued", excel_day(D1)],
        [1077, "Departured", excel_day(D1)],
        [1079, "Квалификация тексеру", excel_day(D3)],
        [1080, "Сухбатка шакырылды", excel_day(D2)],
        [1082, "Rejcted", excel_day(D1)],
    ]
    return StatusFile(
        "status update (typos).xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1073, "interview", D2), Move(1074, "offer", D2), Move(1075, "contract_signed", D1),
         Move(1076, "visa_issued", D1), Move(1077, "departed", D1), Move(1079, "qualification_check", D3),
         Move(1080, "interview", D2), Move(1082, "rejected", D1)],
        about="English steps misspelt («Intervew», «Ofer isued», «Contarct signed», «Departured», «Rejcted») and "
              "Kazakh typed with Russian letters and without its own («Сухбатка шакырылды»)",
    )


# ---- application numbers with prefixes ----------------------------------------------------------------------------

def prefixed_numbers_csv() -> StatusFile:
    rows = [
        ["Заявка", "Статус", "Дата", "Комментарий"],
        ["№1071", "Проверка квалификации", dmy(D3), ""],
        ["# 1072", "Передано работодателю", dmy(D3), ""],
        ["APP-1073", "Собеседование", dmy(D2), ""],
        ["Заявка №1074", "Оффер", dmy(D2), ""],
        ["ID:1075", "Контракт подписан", dmy(D1), ""],
        ["Өтінім 1076", "Виза выдана", dmy(D1), "виза на 2 года"],
    ]
    return StatusFile(
        "заявки с префиксами.csv", csv_bytes(rows, delimiter=";"),
        [Move(1071, "qualification_check", D3), Move(1072, "employer_review", D3), Move(1073, "interview", D2),
         Move(1074, "offer", D2), Move(1075, "contract_signed", D1), Move(1076, "visa_issued", D1, "виза на 2 года")],
        about="the application's number after «№», «#», "
              "«APP-», «Заявка №», «ID:», «Өтінім»",
    )


def prefixed_numbers_with_unknown_xlsx() -> StatusFile:
    rows = [
        ["№ заявки", "Ф.И.О.", "Статус", "Дата"],
        ["№ 1077", "Садыков Н.", "Вылетел", excel_day(D1)],
        ["APP-1099", "Ибраев Т.", "Собеседование", excel_day(D2)],
        ["№ 1081", "Ахметова С.", "Оффер", excel_day(D1)],
        ["№ 9071", "Жумабаев Е.", "Виза выдана", excel_day(D1)],
        ["б/н", "Касенова А.", "Контракт подписан", excel_day(D1)],
    ]
    return StatusFile(
        "реестр заявок.xlsx", xlsx_bytes({"Реестр": rows}),
        [Move(1077, "departed", D1), Move(1081, "offer", D1)],
        [Said(3, ("№ заявки",), says=UNKNOWN), Said(5, ("№ заявки",), says=UNKNOWN), refuse(6, "№ заявки")],
        about="numbers with prefixes, two the bot does not know (reported as unknown, naming the column) and «б/н» "
              "(no number) refused",
    )


# ---- a row per step, the latest wins ------------------------------------------------------------------------------

def step_log_unordered_ru_csv() -> StatusFile:
    rows = [
        ["№ заявки", "Этап", "Дата этапа"],
        [1071, "Собеседование", dmy(D1)],
        [1071, "Проверка квалификации", dmy(D5)],
        [1071, "Передано работодателю", dmy(D3)],
        [1074, "Контракт подписан", dmy(D1)],
        [1074, "Оффер", dmy(D4)],
        [1073, "Собеседование", dmy(D2)],
    ]
    return StatusFile(
        "журнал этапов.csv", csv_bytes(rows, delimiter=";"),
        [Move(1071, "interview", D1), Move(1074, "contract_signed", D1), Move(1073, "interview", D2)],
        may_skip=[3, 4, 6],
        about="a log of a row per step with its day, newest first for one application and mixed for another: the "
              "latest step is where it stands, dated by its day; the older rows change nothing",
    )


def step_log_en_xlsx() -> StatusFile:
    rows = [
        ["Application ID", "Stage", "Stage Date", "Remarks"],
        [1072, "CV sent to employer", excel_day(D5), ""],
        [1075, "Contract signed", excel_day(D4), "Signed at the embassy"],
        [1072, "Interview", excel_day(D3), "Passed"],
        [1075, "Visa issued", excel_day(D2), ""],
        [1072, "Offer", excel_day(D1), "Offer accepted"],
    ]
    return StatusFile(
        "pipeline_log.xlsx", xlsx_bytes({"Log": rows}),
        [Move(1072, "offer", D1, "Offer accepted"), Move(1075, "visa_issued", D2)],
        about="a log of steps oldest first, two applications interleaved: each ends at its latest step on its day",
    )


# ---- a worker named twice -----------------------------------------------------------------------------------------

def worker_named_twice_by_phone() -> StatusFile:
    rows = [
        ["Телефон", "Код вакансии", "Статус", "Дата"],
        ["+7 701 555 07 99", "QA-2081", "Проверка квалификации", dmy(D2)],
        ["8 701 555 07 99", "QA-2082", "Собеседование", dmy(D1)],
        ["+7 702 555 07 22", "", "Передано работодателю", dmy(D2)],
        ["+7 702 555 07 22", "", "Передано работодателю", dmy(D2)],
        ["87015550799", "", "Оффер", dmy(D1)],
    ]
    return StatusFile(
        "по телефонам.csv", csv_bytes(rows, delimiter=";"),
        [Move(1079, "qualification_check", D2), Move(1080, "interview", D1), Move(1072, "employer_review", D2)],
        [refuse(6, "Код вакансии", "Телефон")],
        may_skip=[5],
        about="a worker with two applications named twice by phone, each with its vacancy's code; the same row "
              "entered twice (one move); the same phone with no code refused (which application is meant?)",
    )


# ---- rows the bot cannot place ------------------------------------------------------------------------------------

def unknown_rows_reported() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Телефон", "Статус", "Күні"],
        [1076, "", "Виза выдана", dmy(D1)],
        [1187, "", "Собеседование", dmy(D1)],
        ["", "+7 701 999 12 34", "Оффер", dmy(D1)],
        ["", "+7 777 555 07 77", "Вылетел", dmy(D1)],
        [10820, "", "Отказ", dmy(D1)],
    ]
    return StatusFile(
        "тексеру.csv", csv_bytes(rows, delimiter=";"),
        [Move(1076, "visa_issued", D1), Move(1077, "departed", D1)],
        [Said(3, ("Өтінім нөмірі",), says=UNKNOWN), Said(4, ("Телефон",), says=UNKNOWN),
         Said(6, ("Өтінім нөмірі",), says=UNKNOWN)],
        about="an application number nobody has, a phone nobody gave and a number with a digit too many, each reported "
              "back with its row and column; the known rows move",
    )


def all_files() -> list[StatusFile]:
    """Every file of the seventh set, built afresh."""
    builders = [
        kazakh_steps_csv, kazakh_latin_steps_xlsx, english_agency_steps_csv, english_endings_xlsx, misspelt_steps_ru,
        misspelt_steps_en_kk_xlsx, prefixed_numbers_csv, prefixed_numbers_with_unknown_xlsx,
        step_log_unordered_ru_csv, step_log_en_xlsx, worker_named_twice_by_phone, unknown_rows_reported,
    ]
    return [build() for build in builders]
