"""A third set of status files, written apart from the first two, of what they touch little.

It holds: a step named in other words than the bot's and the earlier sets' («Документы переданы на проверку
квалификации», «Резюме у работодателя», «Убыл в Катар», «Құжаттары тексеруге жіберілді», «Қатарға ұшты»,
"Profile forwarded to employer", "Travelled to Qatar", "Reported for duty"); workers named as «Фамилия И.О.»
(«Ахметов Е.К.», «Омаров Д.Б.», "Kim V.") beside the phone that names the application, the phone written
every way an office writes it («+7-701-222-33-44», «8 (708) 333 44 55», «7471002030» without its prefix,
«007 701 222 3344», «тел. 8 701 …», «+7 701 … (WhatsApp)», kept by Excel as a number); one row naming a worker
who has two applications (by phone or by Telegram id, with no vacancy to tell them apart), which must be
refused with its reason, never guessed; a step going backwards; the same row twice (on one sheet, written a
little differently, and on two sheets); a phone nobody gave; and words that name a step only awaited or
none at all («Жұмысқа орналасты», like «трудоустроен», could be the offer, the contract or work begun).

Every file starts from the second set's applications (`SEED_2`: worker 5001 has applications 1021 and 1031
under one phone; workers 5013 and 5014 share one phone). The format is the first set's (`moves`,
`refusals`, `may_skip`, `file_refused`). The set was written before the parsing code was read; dates are
built from today's, so it never ages.
"""

from __future__ import annotations

from tests.data.status_files import D1, D2, D3, Move, StatusFile, dmy, excel_day, refuse
from tests.data.status_files_2 import SEED_2
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_2", "all_files"]


# ---- steps in other words ---------------------------------------------------------------------------------

def ru_steps_other_words() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата", "Примечание"],
        [1032, "Документы переданы на проверку квалификации", dmy(D3), ""],
        [1022, "Резюме у работодателя", dmy(D2), ""],
        [1023, "Приглашён на интервью", dmy(D2), "Онлайн, 10:00 по Дохе"],
        [1024, "Получил оффер", dmy(D1), ""],
        [1025, "Подписал трудовой контракт", dmy(D1), ""],
        [1026, "Виза получена", dmy(D1), ""],
        [1027, "Убыл в Катар", dmy(D1), "Рейс KC 897"],
        [1028, "Вышел на работу", dmy(D1), ""],
    ]
    return StatusFile(
        "статусы другими словами.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1032, "qualification_check", D3), Move(1022, "employer_review", D2),
         Move(1023, "interview", D2, "Онлайн, 10:00 по Дохе"), Move(1024, "offer", D1),
         Move(1025, "contract_signed", D1), Move(1026, "visa_issued", D1), Move(1027, "departed", D1, "Рейс KC 897"),
         Move(1028, "employed", D1)],
        about="every step in words of another office: «Документы переданы на проверку квалификации», «Резюме у "
              "работодателя», «Приглашён на интервью», «Получил оффер», «Убыл в Катар», «Вышел на работу»",
    )


def kk_steps_other_words() -> StatusFile:
    rows = [
        ["Өтінім нөмірі", "Мәртебесі", "Күні"],
        [1032, "Құжаттары тексеруге жіберілді", dmy(D3)],
        [1022, "Жұмыс берушінің қарауында", dmy(D2)],
        [1024, "Жұмыс ұсынысын алды", dmy(D1)],
        [1025, "Еңбек шартына қол қойылды", dmy(D1)],
        [1026, "Визасы рәсімделді", dmy(D1)],
        [1027, "Қатарға ұшты", dmy(D1)],
        [1038, "Жұмысқа орналасты", dmy(D1)],
    ]
    return StatusFile(
        "мәртебелер басқа сөздермен.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1032, "qualification_check", D3), Move(1022, "employer_review", D2), Move(1024, "offer", D1),
         Move(1025, "contract_signed", D1), Move(1026, "visa_issued", D1), Move(1027, "departed", D1)],
        [refuse(8, "Мәртебесі")],
        about="Kazakh in other words: «Құжаттары тексеруге жіберілді», «Жұмыс берушінің қарауында», «Қатарға ұшты»; "
              "«Жұмысқа орналасты» (like «трудоустроен»: the offer, the contract or work begun?) refused",
    )


def en_steps_other_words() -> StatusFile:
    rows = [
        ["Application No", "Current Stage", "Stage Date", "Remarks"],
        [1032, "Sent for skills verification", dmy(D3, "/"), ""],
        [1022, "Profile forwarded to employer", dmy(D2, "/"), ""],
        [1023, "Interview scheduled", dmy(D2, "/"), "Teams link sent"],
        [1025, "Employment contract executed", dmy(D1, "/"), ""],
        [1026, "Work visa issued", dmy(D1, "/"), ""],
        [1027, "Travelled to Qatar", dmy(D1, "/"), ""],
        [1038, "Reported for duty", dmy(D1, "/"), ""],
    ]
    return StatusFile(
        "stage_report.csv", csv_bytes(rows),
        [Move(1032, "qualification_check", D3), Move(1022, "employer_review", D2),
         Move(1023, "interview", D2, "Teams link sent"), Move(1025, "contract_signed", D1),
         Move(1026, "visa_issued", D1), Move(1027, "departed", D1), Move(1038, "employed", D1)],
        about="a recruiter's English: Sent for skills verification, Profile forwarded to employer, Employment "
              "contract executed, Work visa issued, Travelled to Qatar, Reported for duty",
    )


def steps_awaited_or_none() -> StatusFile:
    rows = [
        ["№ заявки", "Статус"],
        [1026, "Виза ещё не готова"],
        [1023, "Ожидает собеседования"],
        [1027, "Билеты куплены, вылет на следующей неделе"],
        [1024, "Отказался от оффера"],
        [1034, "Кандидат снял заявку"],
    ]
    return StatusFile(
        "ожидают.csv", csv_bytes(rows, delimiter=";"),
        [Move(1024, "withdrawn"), Move(1034, "withdrawn")],
        [refuse(2, "Статус"), refuse(3, "Статус"), refuse(4, "Статус")],
        about="a step not yet taken («Виза ещё не готова», «Ожидает собеседования», a flight next week) refused; "
              "«Отказался от оффера», «Кандидат снял заявку» are the worker's withdrawal",
    )


# ---- workers as «Фамилия И.О.», the phone as the key --------------------------------------------------------

def ru_fio_and_phones() -> StatusFile:
    rows = [
        ["№", "Ф.И.О.", "Контактный телефон", "Статус", "Дата"],
        [1, "Жумабаев Н.С.", "+7-701-222-33-44", "Виза выдана", dmy(D1)],
        [2, "Бекова С.Т.", "8 (708) 333 44 55", "Приступил к работе", dmy(D1)],
        [3, "Сейткали А.М.", "7 705 123 45 00", "Собеседование", dmy(D2)],
        [4, "Нурпеисова А.Б.", "8702 111 2233", "Передан работодателю", dmy(D3)],
        [5, "Нуриев Т.К.", "+7 (777) 1234567", "Договор подписан", dmy(D1)],
    ]
    return StatusFile(
        "по ФИО и телефону.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Move(1026, "visa_issued", D1), Move(1028, "employed", D1), Move(1023, "interview", D2),
         Move(1022, "employer_review", D3), Move(1025, "contract_signed", D1)],
        about="«Ф.И.О.» as «Фамилия И.О.» (not a key), the phone with dashes, brackets, spaces in odd places",
    )


def kk_fio_and_phones() -> StatusFile:
    rows = [
        ["Р/с", "Аты-жөні", "Байланыс телефоны", "Мәртебесі", "Күні"],
        [1, "Омаров Д.Б.", "7471002030", "Жұмыс ұсынысы", dmy(D1)],
        [2, "Тоқаев А.Е.", "+7(776)1230000", "Келісімшартқа қол қойды", dmy(D1)],
        [3, "Сәрсенов Қ.Ж.", "8 747 555 00 11", "Ұшып кетті", dmy(D1)],
        [4, "Есенов Б.Н.", "8-701-234-56-78", "Жұмысқа шықты", dmy(D1)],
    ]
    return StatusFile(
        "аты-жөні мен телефон.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1024, "offer", D1), Move(1037, "contract_signed", D1), Move(1036, "departed", D1),
         Move(1038, "employed", D1)],
        about="Kazakh «Аты-жөні» as «Омаров Д.Б.», phones as «7471002030» (no 8 or +7), «+7(776)1230000», "
              "«8-701-234-56-78»",
    )


def en_fio_and_phones() -> StatusFile:
    rows = [
        ["Candidate Name", "Contact No.", "Status", "Remarks"],
        ["Zhumabayev N.S.", "007 701 222 3344", "Visa Issued", ""],
        ["Kim V.", "tel. 8 707 999 88 77", "Deployed", "QR 292"],
        ["Yessenov B.N.", "+7 701 234 5678 (WhatsApp)", "Joined work", ""],
        ["Seitkali A.M.", "+7 705 123 4500 / home 8 7172 55 66 77", "Interview", ""],
    ]
    return StatusFile(
        "candidates_by_phone.csv", csv_bytes(rows),
        [Move(1026, "visa_issued"), Move(1027, "departed", note="QR 292"), Move(1038, "employed"),
         Move(1023, "interview")],
        about="names as «Kim V.», phones as «007 701…», «tel. 8 707…», «… (WhatsApp)», a mobile and a home phone",
    )


def phones_as_numbers_with_fio() -> StatusFile:
    rows = [
        ["Фамилия И.О.", "Телефон", "Новый статус"],
        ["Жумабаев Н.С.", 77012223344, "Виза выдана"],
        ["Сейткали А.М.", 87051234500, "Собеседование"],
        ["Омаров Д.Б.", 7471002030, "Предложение о работе"],
    ]
    return StatusFile(
        "телефоны числами.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1026, "visa_issued"), Move(1023, "interview"), Move(1024, "offer")],
        about="phones kept by Excel as numbers (one lost its leading 8), «Фамилия И.О.» beside them",
    )


def phone_nobody_gave() -> StatusFile:
    rows = [
        ["ФИО", "Телефон", "Статус"],
        ["Ахметова Г.К.", "+7 701 000 00 99", "Собеседование"],
        ["Жумабаев Н.С.", "+7 701 222 33 44", "Виза выдана"],
        ["Садыков Р.", "8 700 12", "Вылетел"],
    ]
    return StatusFile(
        "неизвестные телефоны.csv", csv_bytes(rows, delimiter=";"),
        [Move(1026, "visa_issued")],
        [refuse(2, "Телефон"), refuse(4, "Телефон")],
        about="a phone no worker gave, and a phone cut short: refused with the phone column named",
    )


# ---- a worker with two applications ------------------------------------------------------------------------

def phone_of_worker_with_two_applications() -> StatusFile:
    rows = [
        ["Ф.И.О.", "Телефон", "Статус", "Дата"],
        ["Ахметов Е.К.", "8 701 123 45 67", "Проверка квалификации", dmy(D1)],
        ["Сейткали А.М.", "8 705 123 45 00", "Собеседование", dmy(D1)],
    ]
    return StatusFile(
        "два заявления.csv", csv_bytes(rows, delimiter=";"),
        [Move(1023, "interview", D1)],
        [refuse(2, "Телефон")],
        about="Ахметов applied twice (1021 and 1031): his phone alone cannot say which application moves",
    )


def telegram_of_worker_with_two_applications() -> StatusFile:
    rows = [
        ["Telegram ID", "Candidate", "Stage"],
        [5001, "Akhmetov Y.K.", "Interview"],
        [5004, "Omarov D.B.", "Offer"],
    ]
    return StatusFile(
        "by_telegram.csv", csv_bytes(rows),
        [Move(1024, "offer")],
        [refuse(2, "Telegram ID")],
        about="a Telegram id whose worker has one application moves it; one whose worker has two is refused",
    )


def two_applications_told_apart_kk() -> StatusFile:
    rows = [
        ["Аты-жөні", "Телефон", "Бос орын", "Мәртебесі"],
        ["Ахметов Е.К.", "+7 701 123 45 67", "QA-2026-0103", "Сұхбат"],
        ["Ахметов Е.К.", "+7 701 123 45 67", None, "Жұмыс ұсынысы"],
        ["Омаров Д.Б.", "+7 747 100 20 30", None, "Жұмыс ұсынысы"],
    ]
    return StatusFile(
        "екі өтінім.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1031, "interview"), Move(1024, "offer")],
        [refuse(3, "Телефон", "Бос орын")],
        about="the same worker's two applications: with the vacancy the row moves its one; without it refused",
    )


# ---- steps backwards ---------------------------------------------------------------------------------------

def ru_steps_backwards() -> StatusFile:
    rows = [
        ["№ заявки", "ФИО", "Статус", "Дата"],
        [1027, "Ким В.", "Собеседование", dmy(D1)],
        [1029, "Нуржанов Е.", "Вылетел", dmy(D1)],
        [1026, "Жумабаев Н.С.", "Предложение о работе", dmy(D1)],
        [1025, "Нуриев Т.К.", "Виза выдана", dmy(D1)],
        [1022, "Нурпеисова А.Б.", "Подана", dmy(D1)],
    ]
    return StatusFile(
        "назад.csv", csv_bytes(rows, delimiter=";"),
        [Move(1025, "visa_issued", D1)],
        [refuse(2, "Статус"), refuse(3, "Статус"), refuse(4, "Статус"), refuse(6, "Статус")],
        about="a visa back to an interview, at work back to departed, a contract back to an offer, a checked "
              "application back to applied: refused; an offer forward to a visa is fine",
    )


def en_backwards_and_after_end() -> StatusFile:
    rows = [
        ["Ref No.", "Status", "Date"],
        [1028, "Offer", dmy(D1, "/")],
        [1030, "Interview", dmy(D1, "/")],
        [1024, "Rejected", dmy(D1, "/")],
        [1036, "Medical check", dmy(D1, "/")],
    ]
    return StatusFile(
        "status_update.csv", csv_bytes(rows),
        [Move(1024, "rejected", D1)],
        [refuse(2, "Status"), refuse(3, "Status"), refuse(5, "Status")],
        about="departed back to an offer, a rejected application back to an interview, a visa back to a check",
    )


# ---- the same row twice ------------------------------------------------------------------------------------

def same_row_twice() -> StatusFile:
    rows = [
        ["№ заявки", "Статус", "Дата", "Комментарий"],
        [1023, "Собеседование", dmy(D2), "Онлайн"],
        [1026, "Виза выдана", dmy(D1), ""],
        [1023, "Собеседование", dmy(D2), "Онлайн"],
        [1027, "Вылетел", dmy(D1), ""],
    ]
    return StatusFile(
        "дубли.csv", csv_bytes(rows, delimiter=";"),
        [Move(1023, "interview", D2, "Онлайн"), Move(1026, "visa_issued", D1), Move(1027, "departed", D1)],
        may_skip=[4],
        about="the same row pasted twice: one move, the copy reported or merged, never an error for the first",
    )


def same_row_written_differently() -> StatusFile:
    rows = [
        ["Өтінім №", "Мәртебесі", "Күні"],
        ["№ 1024", "Жұмыс ұсынысы", excel_day(D1)],
        [1024, "жұмыс ұсынысы ", excel_day(D1)],
        [1025, "Келісімшартқа қол қойды", excel_day(D1)],
    ]
    return StatusFile(
        "қайталау.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1024, "offer", D1), Move(1025, "contract_signed", D1)],
        may_skip=[3],
        about="the same move twice, the number and the step written a little differently",
    )


def same_row_on_two_sheets() -> StatusFile:
    header = ["Application ID", "Status", "Date"]
    sheets = {
        "All": [header, [1026, "Visa issued", excel_day(D1)], [1037, "Contract signed", excel_day(D2)]],
        "Urgent": [header, [1026, "Visa issued", excel_day(D1)]],
    }
    return StatusFile(
        "updates_two_sheets.xlsx", xlsx_bytes(sheets),
        [Move(1026, "visa_issued", D1), Move(1037, "contract_signed", D2)],
        may_skip=[("Urgent", 2)],  # type: ignore[list-item]
        about="the urgent row copied onto its own sheet: one move",
    )


# ---- a status export as offices keep it ----------------------------------------------------------------------

def office_export_with_title_and_totals() -> StatusFile:
    rows = [
        ["Отдел внешней трудовой миграции"],
        [f"Сведения об изменении статусов заявок на {dmy(D1)}"],
        [],
        ["№ п/п", "Фамилия И.О.", "Телефон", "Вакансия", "Статус", "Дата изменения"],
        [1, "Ахметов Е.К.", "87011234567", "QA-2026-0101", "Проверка квалификации", excel_day(D2)],
        [2, "Сейткали А.М.", "87051234500", "QA-2026-0102", "Собеседование", excel_day(D1)],
        [3, "Тоқаев А.Е.", "87761230000", "QA-2026-0107", "Договор подписан", excel_day(D1)],
        ["Итого: 3 заявки", None, None, None, None, None],
        [],
        ["Ответственный: __________ Касымова Ж.Т."],
    ]
    merges = {"Лист1": ["A1:F1", "A2:F2", "A8:F8", "A10:F10"]}
    return StatusFile(
        "Сведения о статусах.xlsx", xlsx_bytes({"Лист1": rows}, merges),
        [Move(1021, "qualification_check", D2), Move(1023, "interview", D1), Move(1037, "contract_signed", D1)],
        about="a title block, «№ п/п», «Фамилия И.О.», phone with the vacancy (Ахметов's is told apart), «Итого», "
              "a signature",
    )


def en_withdrawals_and_rejections() -> StatusFile:
    rows = [
        ["App ID", "Outcome", "Reason"],
        [1035, "Candidate backed out", "Family reasons"],
        [1022, "Not shortlisted", ""],
        [1025, "Unfit - GAMCA medical", ""],
        [1037, "Declined the offer", ""],
    ]
    return StatusFile(
        "outcomes.csv", csv_bytes(rows),
        [Move(1035, "withdrawn", note="Family reasons"), Move(1022, "rejected"), Move(1025, "rejected"),
         Move(1037, "withdrawn")],
        about="endings in a recruiter's words: backed out, not shortlisted, unfit at the medical, declined the offer",
    )


def names_only() -> StatusFile:
    rows = [
        ["Фамилия И.О.", "Статус"],
        ["Ахметов Е.К.", "Собеседование"],
        ["Омаров Д.Б.", "Предложение о работе"],
    ]
    return StatusFile(
        "только ФИО.csv", csv_bytes(rows, delimiter=";"), [], file_refused=True,
        about="workers named only as «Фамилия И.О.»: a name is no key (namesakes, initials), so nothing moves",
    )


def all_files() -> list[StatusFile]:
    """Every file of the third set, built afresh."""
    builders = [
        ru_steps_other_words, kk_steps_other_words, en_steps_other_words, steps_awaited_or_none, ru_fio_and_phones,
        kk_fio_and_phones, en_fio_and_phones, phones_as_numbers_with_fio, phone_nobody_gave,
        phone_of_worker_with_two_applications, telegram_of_worker_with_two_applications,
        two_applications_told_apart_kk, ru_steps_backwards, en_backwards_and_after_end, same_row_twice,
        same_row_written_differently, same_row_on_two_sheets, office_export_with_title_and_totals,
        en_withdrawals_and_rejections, names_only,
    ]
    return [build() for build in builders]
