"""A fourteenth set of status files: the Qatar Visa Center, an employer in Qatar and the labour exchange, written apart
from the first thirteen.

It holds a Qatar Visa Center (QVC) appointment report in English (the employment contract signed at the centre, an
appointment attended with nothing more said, a «No Show», an appointment moved to a day ahead); a QVC medical list
with «UNFIT» and the reason, «FIT» and a re-test still pending; a QVC medical list where every candidate is «FIT»
(refused whole: a medical passed is no step of the bot's, and the answer says so rather than refusing every row);
an employer's arrival confirmation from Doha (the day of arrival is the departure, the day of joining is work begun,
«MOL/…» before the application's number, a QID still under process, a worker not arrived yet); an ENBEK-style export
of responses to vacancies in Russian (the vacancy's number beside the phone of a worker who applied twice, the
exchange's own status words) and the same export in Kazakh as a CSV with semicolons, its statuses
half Kazakh, half Russian; a district office's tracker typed by hand in mixed Kazakh and Russian; an ИИН that Excel
kept as a number and so lost its leading zero, beside the phone (an ИИН of someone born in 2007 starts with 7 once
its zero is lost, and is still no phone); phones written in every way a worker and an office write them, the only
key of the file; an employer's list with Arabic status words and Arabic-Indic digits under bilingual headers; and
files refused whole with an answer that says why (the all-FIT list, a PDF appointment letter, the centre's free
slots with nobody in them).

As the thirteenth set decides, a medical result of fit names no step and is refused, unfit is the rejection; as the
eleventh decides, «QVC done» (or an appointment attended) names no step. The contract signed at the centre is the
contract. An arrival in Doha is the departure, on the arrival day; a day of joining is work begun.

Every file starts from `SEED_14`: the thirteenth set's applications and twenty more on «QA-4701» and «QA-4702». The
format is the earlier sets' (`Move`, `refuse`, `Refused`). Written before the reading code was read; dates are built
from Kazakhstan's day, days back, so the set never ages.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.kz_time import kazakhstan_today
from tests.data.status_files import Move, Seed, StatusFile, dmy, refuse
from tests.data.status_files_8 import Refused
from tests.data.status_files_13 import SEED_13
from tests.data.vacancy_files import csv_bytes, xlsx_bytes

__all__ = ["SEED_14", "all_files"]


def back(days: int) -> date:
    """A day `days` back from Kazakhstan's today."""
    return kazakhstan_today() - timedelta(days=days)


def ahead(days: int) -> date:
    return kazakhstan_today() + timedelta(days=days)


G1, G2, G3, G4, G5 = back(2), back(5), back(8), back(12), back(16)

OPERATORS = {1601: "701", 1602: "702", 1603: "705", 1604: "707", 1605: "708", 1606: "747", 1607: "771",
             1608: "775", 1609: "776", 1610: "777", 1611: "778", 1612: "700", 1614: "701", 1615: "702",
             1616: "705", 1617: "707", 1618: "747", 1619: "771", 1620: "777", 1621: "708"}


def phone(app: int) -> str:
    """The phone the worker of application `app` gave the bot: «+7 7xx 88 0 16 01»."""
    return f"+7{OPERATORS[app]}880{app}"


def digits(app: int) -> str:
    """The ten digits after +7."""
    return phone(app)[2:]


SEED_14 = SEED_13 + [
    Seed(1601, 5601, phone(1601), "QA-4701", "offer"),
    Seed(1602, 5602, phone(1602), "QA-4701", "offer"),
    Seed(1603, 5603, phone(1603), "QA-4701", "interview"),
    Seed(1604, 5604, phone(1604), "QA-4701", "offer"),
    Seed(1605, 5605, phone(1605), "QA-4701", "contract_signed"),
    Seed(1606, 5606, phone(1606), "QA-4701", "contract_signed"),
    Seed(1607, 5607, phone(1607), "QA-4702", "visa_issued"),
    Seed(1608, 5608, phone(1608), "QA-4702", "visa_issued"),
    Seed(1609, 5609, phone(1609), "QA-4702", "departed"),
    Seed(1610, 5610, phone(1610), "QA-4702", "departed"),
    Seed(1611, 5611, phone(1611), "QA-4702", "visa_issued"),
    Seed(1612, 5612, phone(1612), "QA-4701", "applied"),
    Seed(1613, 5612, phone(1612), "QA-4702", "applied"),  # the same worker applied to both vacancies
    Seed(1614, 5614, phone(1614), "QA-4701", "employer_review"),
    Seed(1615, 5615, phone(1615), "QA-4702", "applied"),
    Seed(1616, 5616, phone(1616), "QA-4702", "interview"),
    Seed(1617, 5617, phone(1617), "QA-4701", "qualification_check"),
    Seed(1618, 5618, phone(1618), "QA-4702", "contract_signed"),
    Seed(1619, 5619, phone(1619), "QA-4702", "visa_issued"),
    Seed(1620, 5620, phone(1620), "QA-4701", "employer_review"),
    Seed(1621, 5621, phone(1621), "QA-4702", "offer"),
]


def excel(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def spaced(app: int) -> str:
    """«+7 701 880 16 01», as a person types it."""
    d = digits(app)
    return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"


ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic(text: object) -> str:
    return str(text).translate(ARABIC_DIGITS)


# ---- the Qatar Visa Center ------------------------------------------------------------------------------------------

def qvc_appointments_xlsx() -> StatusFile:
    rows = [
        ["QATAR VISA CENTER - ALMATY"],
        ["Daily Appointment Report"],
        ["Sl No", "Appointment Ref", "Applicant Name", "Passport No", "Visa No", "Mobile Number", "Appointment Date",
         "Appointment Status"],
        [1, "QVC-ALA-2611-0412", "AITBAYEV NURLAN", "N17701223", "313550121", spaced(1601), excel(G3),
         "Attended - Contract signed"],
        [2, "QVC-ALA-2611-0413", "SADYKOVA AIGERIM", "N17701490", "313550122", spaced(1602), excel(G3),
         "Attended - E-contract signed"],
        [3, "QVC-ALA-2611-0420", "ZHAKUPOV TIMUR", "N17702018", "313550140", spaced(1605), excel(G2), "Attended"],
        [4, "QVC-ALA-2611-0427", "ORAZOVA MADINA", "N17702233", "313550141", spaced(1606), excel(G2), "No Show"],
        [5, "QVC-ALA-2612-0031", "BEISENOV ALIBEK", "N17702675", "313550155", spaced(1604), excel(ahead(6)),
         "Rescheduled"],
    ]
    return StatusFile(
        "QVC Almaty appointments.xlsx", xlsx_bytes({"Report": rows}),
        [Move(1601, "contract_signed", G3), Move(1602, "contract_signed", G3)],
        [refuse(6, "Appointment Status"), refuse(7, "Appointment Status"),
         refuse(8, "Appointment Status", "Appointment Date")],
        about="the visa centre's appointment report: the contract signed at the centre is the contract, on the "
              "appointment's day; an appointment attended with nothing more said names no step (as «QVC done»), a "
              "«No Show» names none either, and an appointment moved to a day ahead is no step taken; the appointment "
              "reference and the visa number are no application's",
    )


def qvc_medical_mixed_xlsx() -> StatusFile:
    rows = [
        ["QVC Medical Examination Status", None, None, None, f"Printed on {dmy(back(1), '/')}"],
        ["Passport No.", "Applicant Name", "Mobile", "Medical Date", "Medical Status", "Remarks"],
        ["N17703101", "KASYMOV YERLAN", digits(1603), excel(G4), "UNFIT", "Hepatitis B (HBsAg reactive)"],
        ["N17703155", "NURGALIYEVA ASEL", digits(1605), excel(G4), "FIT", ""],
        ["N17703190", "TULEUOV DAURENBEK", digits(1606), excel(G3), "Pending", "Re-X-ray advised"],
        ["N17703244", "ABENOVA KARLYGASH", digits(1618), excel(G3), "Unfit", "Pulmonary TB (old lesion)"],
    ]
    return StatusFile(
        "QVC medical status.xlsx", xlsx_bytes({"Medical": rows}),
        [Move(1603, "rejected", G4), Move(1618, "rejected", G3)],
        [refuse(4, "Medical Status"), refuse(5, "Medical Status")],
        about="the visa centre's medical list by mobile number written as ten digits: «UNFIT» and «Unfit» are the "
              "rejection dated the medical; «FIT» names no step and is refused, as the thirteenth set refuses it; a "
              "re-test «Pending» is under way and refused",
    )


def qvc_medical_all_fit_xlsx() -> StatusFile:
    rows = [
        ["Passport No.", "Applicant Name", "Mobile", "Medical Date", "Medical Status"],
        ["N17704011", "SMAGULOV ARMAN", spaced(1605), excel(G2), "FIT"],
        ["N17704027", "ZHUMAGALIYEVA DANA", spaced(1606), excel(G2), "FIT"],
        ["N17704063", "KENZHEBEKOV ASKHAT", spaced(1618), excel(G2), "Fit"],
        ["N17704090", "ISMAILOVA ZARINA", spaced(1621), excel(G1), "FIT"],
    ]
    return Refused(
        "QVC medical FIT 21-11.xlsx", xlsx_bytes({"Medical": rows}), [], file_refused=True,
        about="a medical list where every candidate is fit: no row names a step of the bot's, so the file is refused "
              "whole, and the answer says a medical passed is no step, rather than a refusal for each row",
        answer=("fit", "medical"),
    )


def qvc_appointment_letter_pdf() -> StatusFile:
    data = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (QVC Appointment Confirmation) /Producer (Qatar Visa Center) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return Refused(
        "QVC_Appointment_Confirmation_N17701223.pdf", data, [], file_refused=True,
        about="the visa centre's appointment letter as a PDF: the answer says a PDF is not read and a table is needed",
        answer=("pdf",),
    )


def qvc_free_slots_csv() -> StatusFile:
    day = ahead(3)
    rows = [["Centre", "Date", "Time slot", "Available", "Booked"]]
    for slot in ("09:00-09:30", "09:30-10:00", "10:00-10:30", "10:30-11:00"):
        rows.append(["Almaty", dmy(day, "/"), slot, "12", "8"])
    return Refused(
        "qvc_slots.csv", csv_bytes(rows), [], file_refused=True,
        about="the visa centre's free appointment slots, with nobody in them: nothing finds an application, and the "
              "answer says what would",
        answer=("number", "phone", "telegram"),
    )


# ---- an employer's arrival confirmation -----------------------------------------------------------------------------

def employer_arrival_confirmation_xlsx() -> StatusFile:
    rows = [
        ["AL KHARAITIYAT FACILITY SERVICES W.L.L."],
        ["P.O. Box 24117, Doha, State of Qatar"],
        [],
        ["ARRIVAL CONFIRMATION"],
        ["To: Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan"],
        ["We confirm the arrival of the following workers recruited under the Kazakhstan-Qatar agreement:"],
        ["S.No", "Name as per Passport", "Passport No.", "MoL Ref", "Date of Arrival", "Flight No.", "QID Status",
         "Date of Joining"],
        [1, "DOSMAGAMBETOV RUSLAN", "N17705012", "MOL/1607", excel(G4), "QR 392", "Under process", None],
        [2, "KOSHKINBAYEVA LAURA", "N17705044", "MOL/1608", excel(G3), "KC 897", "Under process", None],
        [3, "ALPYSBAYEV GANI", "N17705087", "MOL/1609", excel(G5), "QR 392", "Issued", excel(G2)],
        [4, "SERIKBAYEVA ZHANNA", "N17705101", "MOL/1610", excel(G5), "QR 392", "Issued", excel(G1)],
        [5, "MUSTAFIN ILYAS", "N17705139", "MOL/1611", None, "TBA", "", None],
        [],
        ["For Al Kharaitiyat Facility Services W.L.L.", None, None, None, None, "HR Manager"],
    ]
    return StatusFile(
        "Arrival confirmation AKFS.xlsx", xlsx_bytes({"Arrival": rows}),
        [Move(1607, "departed", G4), Move(1608, "departed", G3), Move(1609, "employed", G2),
         Move(1610, "employed", G1)],
        may_skip=[12],
        about="an employer's arrival confirmation under its letterhead: «MOL/1607» is the application's number under "
              "the prefix the header names; the day of arrival in Doha is the departure, on that day; a day of "
              "joining is work begun (for workers already departed); the QID status names no step; a worker with "
              "no arrival yet («TBA») may be passed over or refused",
    )


# ---- the labour exchange's exports ----------------------------------------------------------------------------------

def enbek_responses_ru_xlsx() -> StatusFile:
    rows = [
        [f"Электронная биржа труда. Отклики на вакансии (выгрузка от {dmy(back(1))})"],
        ["№ п/п", "ИИН соискателя", "ФИО соискателя", "Контактный телефон", "Наименование вакансии",
         "Номер вакансии", "Статус отклика", "Дата изменения статуса"],
        [1, "950314301126", "Ахметов Бекзат Ерланович", f"8 ({digits(1612)[:3]}) {digits(1612)[3:]}",
         "Сварщик ручной дуговой сварки", "QA-4701", "Приглашен на собеседование", f"{dmy(G3)} 11:42"],
        [2, "950314301126", "Ахметов Бекзат Ерланович", f"8 ({digits(1612)[:3]}) {digits(1612)[3:]}",
         "Монтажник металлоконструкций", "QA-4702", "Отказ работодателя", f"{dmy(G2)} 16:05"],
        [3, "011120650478", "Жаксылыкова Томирис", spaced(1615), "Монтажник металлоконструкций", "QA-4702",
         "Резюме направлено работодателю", f"{dmy(G2)} 09:10"],
        [4, "880705401233", "Калиев Нуржан", spaced(1620), "Сварщик ручной дуговой сварки", "QA-4701",
         "Отклик отозван соискателем", f"{dmy(G1)} 20:31"],
        [5, "920611350019", "Утепова Гульмира", spaced(1614), "Сварщик ручной дуговой сварки", "QA-4701",
         "Приглашение на собеседование", f"{dmy(G1)} 10:00"],
    ]
    return StatusFile(
        "Отклики_на_вакансии_выгрузка.xlsx", xlsx_bytes({"Отклики": rows}),
        [Move(1612, "interview", G3), Move(1613, "rejected", G2), Move(1615, "employer_review", G2),
         Move(1620, "withdrawn", G1), Move(1614, "interview", G1)],
        about="the labour exchange's export of responses: a worker who applied to both vacancies found by the phone and "
              "the vacancy's number; «Приглашен на собеседование» and «Приглашение на собеседование» the interview, "
              "«Отказ работодателя» the rejection, «Резюме направлено работодателю» the employer's review, «Отклик "
              "отозван соискателем» the withdrawal; the ИИН is ignored; a date with its time",
    )


def enbek_responses_kk_csv() -> StatusFile:
    rows = [
        ["Р/с №", "ЖСН", "Ізденушінің аты-жөні", "Байланыс телефоны", "Бос орын атауы", "Бос орын нөмірі",
         "Өтінім мәртебесі", "Өзгертілген күні"],
        ["1", "970228450315", "Сейітқали Ержан", f"8{digits(1612)}", "Дәнекерлеуші", "QA-4701",
         "Сұхбатқа шақырылды", dmy(G2)],
        ["2", "990913350827", "Нұрланқызы Айым", f"8{digits(1616)}", "Монтаждаушы", "QA-4702",
         "Контрактқа қол қойды", dmy(G2)],
        ["3", "000417550964", "Бекболат Әділет", f"8{digits(1617)}", "Дәнекерлеуші", "QA-4701",
         "Жұмыс берушіге жіберілді", dmy(G1)],
        ["4", "931101300542", "Қасымова Меруерт", f"8{digits(1621)}", "Монтаждаушы", "QA-4702",
         "отказ берілді", dmy(G1)],
    ]
    return StatusFile(
        "otklik_kz.csv", csv_bytes(rows, delimiter=";", encoding="utf-8-sig"),
        [Move(1612, "interview", G2), Move(1616, "contract_signed", G2), Move(1617, "employer_review", G1),
         Move(1621, "rejected", G1)],
        about="the same export in Kazakh, Excel's «CSV UTF-8» with semicolons and a byte-order mark; "
              "statuses half Kazakh, half Russian: «Контрактқа қол қойды» the contract, «Жұмыс берушіге жіберілді» "
              "the employer's review, «отказ берілді» the rejection",
    )


def district_tracker_mixed_xlsx() -> StatusFile:
    rows = [
        ["Катар бойынша кандидаттар (Қаратал ауданы)"],
        ["Аты-жөні", "Тел", "Статус", "Күні"],
        ["Омаров Д.", f"8{digits(1617)}", "Собеседованиеден өтті", dmy(G4)],
        ["Ахметова Ж.", f"8{digits(1618)}", "Визасы готов", dmy(G3)],
        ["Тоқтаров Б.", f"8{digits(1619)}", "Катарга ушып кетти", dmy(G2)],
        ["Жұмабаев Е.", f"8{digits(1609)}", "жумыска шыкты", dmy(G1)],
        ["Сапарова А.", f"8{digits(1616)}", "отказ, документтері толык емес", dmy(G1)],
    ]
    return StatusFile(
        "кандидаттар Қаратал.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Move(1617, "interview", G4), Move(1618, "visa_issued", G3), Move(1619, "departed", G2),
         Move(1609, "employed", G1), Move(1616, "rejected", G1)],
        about="a district office's tracker typed by hand in mixed Kazakh and Russian, Kazakh letters written with "
              "Russian ones: «Собеседованиеден өтті» the interview, «Визасы готов» the visa, «Катарга ушып кетти» the "
              "departure, «жумыска шыкты» work begun, «отказ, …» the rejection with its reason",
    )


# ---- an ИИН that lost its leading zero ------------------------------------------------------------------------------

def iin_lost_zero_xlsx() -> StatusFile:
    rows = [
        ["ФИО", "ИИН", "Телефон", "Статус", "Дата"],
        ["Бекова Аружан", 50812600123, int("7" + digits(1603)), "Отказ", excel(G3)],
        ["Ермеков Даулет", 70512500321, int("8" + digits(1604)), "Контракт подписан", excel(G2)],
        ["Сагындыкова Алина", 10203650456, int(digits(1619)), "Вылетела", excel(G1)],
        ["Турсынов Мирас", 40706500987, None, "Виза выдана", excel(G1)],
    ]
    return StatusFile(
        "статусы ИИН.xlsx", xlsx_bytes({"Лист1": rows}),
        [Move(1603, "rejected", G3), Move(1604, "contract_signed", G2), Move(1619, "departed", G1)],
        [refuse(5, "Телефон", "ИИН")],
        about="an ИИН kept by Excel as a number, its leading zero lost (eleven digits, one of them starting with 7 "
              "like a phone), beside the phone kept as a number (with 7, with 8, and ten digits): the phone finds "
              "the application, the ИИН never does; the row with the ИИН alone is refused",
    )


# ---- phones written every way ---------------------------------------------------------------------------------------

def phones_every_way_csv() -> StatusFile:
    def d(app: int) -> str:
        return digits(app)

    rows = [
        ["Phone", "Status", "Date"],
        [f"+7 {d(1601)[:3]} {d(1601)[3:]}", "Visa issued", dmy(G2)],
        [f"8-{d(1602)[:3]}-{d(1602)[3:6]}-{d(1602)[6:8]}-{d(1602)[8:]}", "Visa issued", dmy(G2)],
        [f"\u200e+7 {d(1605)[:3]} {d(1605)[3:6]} {d(1605)[6:]}", "Visa issued", dmy(G2)],
        [f"+7\u2011{d(1606)[:3]}\u2011{d(1606)[3:6]}\u2011{d(1606)[6:8]}\u2011{d(1606)[8:]}", "Visa issued",
         dmy(G1)],
        [f"(8) {d(1618)[:3]} {d(1618)[3:6]} {d(1618)[6:8]} {d(1618)[8:]}", "Visa issued", dmy(G1)],
        [f"tel:+7{d(1621)}", "Contract signed", dmy(G1)],
        [f"7{d(1611)}.0", "Departed", dmy(G1)],
        ["+7 701 999 00 11", "Visa issued", dmy(G1)],
    ]
    return StatusFile(
        "visa_phones.csv", csv_bytes(rows),
        [Move(1601, "visa_issued", G2), Move(1602, "visa_issued", G2), Move(1605, "visa_issued", G2),
         Move(1606, "visa_issued", G1), Move(1618, "visa_issued", G1), Move(1621, "contract_signed", G1),
         Move(1611, "departed", G1)],
        [refuse(9, "Phone")],
        about="the phone the only key, written every way: spaces, dashes after 8, a left-to-right mark copied from "
              "WhatsApp, non-breaking hyphens, «(8)», «tel:+7…», a number a script saved as «77…0.0»; a phone no "
              "worker gave is refused naming the column",
    )


# ---- Arabic status words --------------------------------------------------------------------------------------------

def arabic_status_words_xlsx() -> StatusFile:
    rows = [
        ["رقم المرجع / Ref No", "الاسم / Name", "الحالة / Status", "تاريخ الحالة / Status Date"],
        [arabic(1614), "Utepova Gulmira", "اجتاز المقابلة", arabic(dmy(G4, "/"))],
        [arabic(1604), "Beisenov Alibek", "تم التعاقد", arabic(dmy(G3, "/"))],
        [arabic(1619), "Sagyndykova Alina", "غادر إلى قطر", arabic(dmy(G2, "/"))],
        [arabic(1610), "Serikbayeva Zhanna", "التحق بالعمل", arabic(dmy(G1, "/"))],
        [arabic(1617), "Omarov Daniyar", "غير مقبول", arabic(dmy(G1, "/"))],
        [arabic(1621), "Ismailova Zarina", "انسحب المرشح", arabic(dmy(G1, "/"))],
    ]
    return StatusFile(
        "candidates status AR.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Move(1614, "interview", G4), Move(1604, "contract_signed", G3), Move(1619, "departed", G2),
         Move(1610, "employed", G1), Move(1617, "rejected", G1), Move(1621, "withdrawn", G1)],
        about="an employer's list with headers in Arabic and English across a slash, numbers and dates in "
              "Arabic-Indic digits, steps in Arabic words the earlier sets do not use: «اجتاز المقابلة» (passed the "
              "interview), «تم التعاقد» (contracted), «غادر إلى قطر» (left for Qatar), «التحق بالعمل» (joined work), "
              "«غير مقبول» (not accepted), «انسحب المرشح» (the candidate withdrew)",
    )


def all_files() -> list[StatusFile]:
    """Every file of the fourteenth set, built afresh."""
    builders = [
        qvc_appointments_xlsx, qvc_medical_mixed_xlsx, qvc_medical_all_fit_xlsx, employer_arrival_confirmation_xlsx,
        enbek_responses_ru_xlsx, enbek_responses_kk_csv, district_tracker_mixed_xlsx, iin_lost_zero_xlsx,
        phones_every_way_csv, arabic_status_words_xlsx, qvc_appointment_letter_pdf, qvc_free_slots_csv,
    ]
    return [build() for build in builders]

