"""A fifth set of vacancy files as officers send them, written apart from the first four.

This set holds what the earlier ones touch little: the ministry portal's export as it really looks (a title
block of three merged rows above the header, «№ п/п», a header over two rows with «Заработная плата»
merged over «от» and «до», a hidden column beside the visible ones, a totals row at the bottom), in
Russian, Kazakh and English and as a Windows-1251 CSV; headers in Kazakh only; an English sheet of
abbreviations ("Desig.", "Dept.", "Co.", "Loc.", "Qty", "Sal.", "Exp. yrs", "Accom."); places named by a
district of Qatar («Al Sadd», "Education City", "Al Wukair") or misspelt ("Al Waqra", «Лусайл», "Musaieed",
«Доxа» with a Latin x); pay written as a range in words («от 1 500 до 2 000 риалов», «1,5–2 тыс. риалов»,
«полторы тысячи риалов», "2k-2.5k QAR", "between 1500 and 1900 QAR", «1500-ден 2000-ға дейін риал», «2 мың
риал») or with the currency after it; places as «5 чел.», «7 человек», "10 pax", "4 persons", «6 орын»,
«3 вакансии»; dates in the US order where the sheet says so (in the header, in a note above the table, or
by a date in the column that can only be month first); files with nothing to import (an empty workbook,
the portal's header with no rows under it, a CSV of one header line), which must get a clear answer, not
a crash nor a list of missing columns; and titles far longer than usual, one longer than a title may be
(refused with the column named, not cut), one typed over two lines in its cell.

A place is judged by the town of Qatar a worker's search finds it under (`town`: the key of
`matching.places`), since an officer keeps the district as the portal gives it. A file with nothing to
import says which words its answer must hold (`answer`). Otherwise the format is the earlier sets'. The set
was written before the reading code was opened; dates are built from today's, so it never ages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tests.data.vacancy_files import YEAR, Refusal, VacancyFile, Want, csv_bytes, d, xlsx_bytes
from tests.data.vacancy_files_2 import Terms
from tests.workbooks import workbook as build_workbook

TODAY = date.today().strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Placed(Terms):
    """A vacancy whose place must be found by workers under `town` (a `matching.places` key)."""

    town: str | None = None


@dataclass
class NothingToImport(VacancyFile):
    """A file with no vacancy in it: nothing is stored, and the answer holds one of `answer` (lower case)."""

    answer: tuple[str, ...] = field(default=("no rows", "no vacanc", "empty"))


def workbook(sheets: dict[str, list[list[object]]], *, merges: dict[str, list[str]] | None = None,
             hidden: dict[str, tuple[str, ...]] | None = None) -> bytes:
    """A workbook as the portal or an office saves it: merged cells, hidden columns, real dates."""
    return build_workbook(sheets, merges=merges, hidden_columns=hidden)


def us(day: date, pad: bool = True) -> str:
    """A date as a US sheet writes it, month first."""
    return f"{day.month:02d}/{day.day:02d}/{day.year}" if pad else f"{day.month}/{day.day}/{day.year}"


# The vacancies: made-up employers in the districts where such work is.
WELDER = ("Сварщик аргонодуговой сварки", "Wukair Steel Structures W.L.L.", "Месаид")
CHEF = ("Повар", "Lusail Grand Hotel", "Лусаил")
CLEANER = ("Уборщик производственных помещений", "Al Waab Cleaning Services", "Доха")
DRIVER = ("Водитель автобуса", "Dukhan Road Transport W.L.L.", "Духан")
NURSE = ("Медицинская сестра", "Al Gharrafa Poly Clinic", "Эр-Райян")
BAKER = ("Пекарь", "Education City Catering Co.", "Эр-Райян")
RIGGER = ("Стропальщик", "Ras Abu Aboud Marine Works", "Доха")
PAINTER = ("Маляр", "Wukair Steel Structures W.L.L.", "Эль-Вакра")


# ---- the portal's own export -------------------------------------------------------------------------------

def portal_export_ru() -> VacancyFile:
    """The portal's export as it is downloaded: a title block, «№ п/п», pay over «от»/«до», a hidden
    column of the employer's system id, «Итого» with the sum of places."""
    rows = [
        ["Министерство труда и социальной защиты населения Республики Казахстан"],
        ["Перечень вакансий работодателей Государства Катар, размещённых на портале migration.enbek.kz"],
        [f"по состоянию на {TODAY}"],
        [],
        ["№ п/п", "Код вакансии", "Наименование вакансии", "Работодатель", "Город", "ID работодателя",
         "Заработная плата, QAR", None, "Количество мест", "Срок приёма документов"],
        [None, None, None, None, None, None, "от", "до", None, None],
        [1, "QA-2026-0511", *WELDER, 100200301, 1800, 2400, 6, datetime(YEAR, 3, 31)],
        [2, "QA-2026-0512", *CHEF, 100200302, 1600, 2000, 4, datetime(YEAR, 3, 31)],
        [3, "QA-2026-0513", *CLEANER, 100200303, 1200, 1200, 15, datetime(YEAR, 4, 15)],
        ["Итого", None, None, None, None, None, None, None, 25, None],
    ]
    merges = ["A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:H5",
              "I5:I6", "J5:J6", "A10:H10"]
    return VacancyFile(
        "Перечень вакансий (портал).xlsx",
        workbook({"Вакансии": rows}, merges={"Вакансии": merges}, hidden={"Вакансии": ("F",)}),
        [Want(*WELDER[:2], "QA-2026-0511", WELDER[2], 1800, 2400, 6, d(3, 31)),
         Want(*CHEF[:2], "QA-2026-0512", CHEF[2], 1600, 2000, 4, d(3, 31)),
         Want(*CLEANER[:2], "QA-2026-0513", CLEANER[2], 1200, 1200, 15, d(4, 15))],
        about="three merged title rows, «№ п/п», «Заработная плата» over «от»/«до», a hidden «ID работодателя», "
              "«Итого» merged with the sum of places",
    )


def portal_export_kk() -> VacancyFile:
    """The portal's Kazakh export: the same layout, «бастап»/«дейін», «Барлығы» at the bottom."""
    rows = [
        ["Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі"],
        ["Қатар Мемлекеті жұмыс берушілерінің бос жұмыс орындарының тізбесі"],
        [f"{TODAY} жағдай бойынша"],
        [],
        ["Р/с №", "Бос орын коды", "Бос орынның атауы", "Жұмыс беруші", "Жұмыс беруші (қысқаша)", "Қала",
         "Жалақы, QAR", None, "Орын саны", "Құжат қабылдаудың соңғы күні"],
        [None, None, None, None, None, None, "бастап", "дейін", None, None],
        [1, "QA-2026-0521", "Дәнекерлеуші", WELDER[1], "WSS", "Месаид", 1800, 2400, 6, datetime(YEAR, 5, 20)],
        [2, "QA-2026-0522", "Аспаз", CHEF[1], "LGH", "Лусаил", 1600, 2000, 4, datetime(YEAR, 5, 20)],
        [3, "QA-2026-0523", "Медбике", NURSE[1], "AGPC", "Эр-Райян", 3500, 4200, 3, datetime(YEAR, 6, 1)],
        ["Барлығы", None, None, None, None, None, None, None, 13, None],
    ]
    merges = ["A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6", "G5:H5",
              "I5:I6", "J5:J6", "A10:H10"]
    return VacancyFile(
        "Бос орындар тізбесі.xlsx",
        workbook({"Бос орындар": rows}, merges={"Бос орындар": merges}, hidden={"Бос орындар": ("E",)}),
        [Want("Дәнекерлеуші", WELDER[1], "QA-2026-0521", "Месаид", 1800, 2400, 6, d(5, 20)),
         Want("Аспаз", CHEF[1], "QA-2026-0522", "Лусаил", 1600, 2000, 4, d(5, 20)),
         Want("Медбике", NURSE[1], "QA-2026-0523", "Эр-Райян", 3500, 4200, 3, d(6, 1))],
        about="the portal's Kazakh export: title block, «Р/с №», «Жалақы, QAR» over «бастап»/«дейін», a hidden "
              "short employer name, «Барлығы»",
    )


def portal_export_en() -> VacancyFile:
    rows = [
        ["Ministry of Labour and Social Protection of the Population of the Republic of Kazakhstan"],
        ["List of vacancies of employers of the State of Qatar"],
        [f"as of {TODAY}"],
        [],
        ["No.", "Vacancy ID", "Job title", "Employer", "City", "Salary, QAR", None, "Number of places",
         "Created by", "Application deadline"],
        [None, None, None, None, None, "from", "to", None, None, None],
        [1, "QA-2026-0531", "Bus Driver", DRIVER[1], "Dukhan", 2200, 2600, 10, "officer_17", datetime(YEAR, 7, 1)],
        [2, "QA-2026-0532", "Rigger", RIGGER[1], "Doha", 1700, 2100, 8, "officer_17", datetime(YEAR, 7, 1)],
        [3, "QA-2026-0533", "Baker", BAKER[1], "Al Rayyan", 1500, 1800, 2, "officer_04", datetime(YEAR, 7, 15)],
        ["Total", None, None, None, None, None, None, 20, None, None],
    ]
    merges = ["A1:J1", "A2:J2", "A3:J3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:H6",
              "I5:I6", "J5:J6", "A10:G10"]
    return VacancyFile(
        "vacancies_export_en.xlsx",
        workbook({"Vacancies": rows}, merges={"Vacancies": merges}, hidden={"Vacancies": ("I",)}),
        [Want("Bus Driver", DRIVER[1], "QA-2026-0531", "Dukhan", 2200, 2600, 10, d(7, 1)),
         Want("Rigger", RIGGER[1], "QA-2026-0532", "Doha", 1700, 2100, 8, d(7, 1)),
         Want("Baker", BAKER[1], "QA-2026-0533", "Al Rayyan", 1500, 1800, 2, d(7, 15))],
        about="the portal's English export: title block, «Salary, QAR» over «from»/«to», a hidden «Created by», "
              "«Total»",
    )


def portal_export_csv() -> VacancyFile:
    """The portal's CSV export: the title lines come first, the pay header over two lines, «Итого» last."""
    rows = [
        ["Перечень вакансий работодателей Государства Катар", "", "", "", "", "", "", "", ""],
        [f"по состоянию на {TODAY}", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["№ п/п", "Код вакансии", "Наименование вакансии", "Работодатель", "Город", "Зарплата, QAR", "",
         "Кол-во мест", "Срок подачи"],
        ["", "", "", "", "", "от", "до", "", ""],
        ["1", "QA-2026-0541", *RIGGER, "1 700", "2 100", "8", f"30.09.{YEAR}"],
        ["2", "QA-2026-0542", *PAINTER, "1 400", "1 700", "12", f"30.09.{YEAR}"],
        ["3", "QA-2026-0543", *DRIVER, "2 200", "2 600", "10", f"15.10.{YEAR}"],
        ["Итого", "", "", "", "", "", "", "30", ""],
    ]
    return VacancyFile(
        "export_vacancies.csv", csv_bytes(rows, delimiter=";", encoding="cp1251"),
        [Want(*RIGGER[:2], "QA-2026-0541", RIGGER[2], 1700, 2100, 8, d(9, 30)),
         Want(*PAINTER[:2], "QA-2026-0542", PAINTER[2], 1400, 1700, 12, d(9, 30)),
         Want(*DRIVER[:2], "QA-2026-0543", DRIVER[2], 2200, 2600, 10, d(10, 15))],
        about="the portal's CSV: title lines, «Зарплата, QAR» over «от»/«до» on the next line, «Итого» with a sum",
    )


# ---- Kazakh only ---------------------------------------------------------------------------------------------

def kk_only_headers_xlsx() -> VacancyFile:
    rows = [
        ["Р/с", "Лауазым атауы", "Жұмыс берушінің атауы", "Жұмыс орны", "Айлық жалақы (QAR)",
         "Қажетті адам саны", "Жұмыс өтілі (жыл)", "Тұрғын үй", "Тамақ", "Өтініш қабылдау мерзімі"],
        [1, "Автобус жүргізушісі", DRIVER[1], "Духан", "2200", "10 адам", 3, "беріледі", "берілмейді",
         datetime(YEAR, 8, 1)],
        [2, "Наубайшы", BAKER[1], "Эр-Райян", "1500", "2 адам", 2, "беріледі", "беріледі", datetime(YEAR, 8, 1)],
        [3, "Сылақшы-бояушы", PAINTER[1], "Эль-Вакра", "1400", "12 адам", 1, "иә", "жоқ", datetime(YEAR, 8, 10)],
    ]
    return VacancyFile(
        "бос жұмыс орындары.xlsx", xlsx_bytes({"Парақ1": rows}),
        [Terms("Автобус жүргізушісі", DRIVER[1], None, "Духан", 2200, 2200, 10, d(8, 1),
               terms={"min_experience_years": 3, "accommodation_provided": True, "food_provided": False}),
         Terms("Наубайшы", BAKER[1], None, "Эр-Райян", 1500, 1500, 2, d(8, 1),
               terms={"min_experience_years": 2, "accommodation_provided": True, "food_provided": True}),
         Terms("Сылақшы-бояушы", PAINTER[1], None, "Эль-Вакра", 1400, 1400, 12, d(8, 10),
               terms={"min_experience_years": 1, "accommodation_provided": True, "food_provided": False})],
        about="Kazakh headers only («Лауазым атауы», «Жұмыс орны», «Қажетті адам саны», «Жұмыс өтілі (жыл)», "
              "«Тұрғын үй»), «беріледі»/«берілмейді», «10 адам»",
    )


def kk_only_headers_csv() -> VacancyFile:
    rows = [
        ["Бос орын №", "Мамандық", "Компания", "Қаласы", "Жалақысы", "Саны", "Мерзімі"],
        ["KZ-501", "Дәнекерлеуші", WELDER[1], "Месаид", "1500-ден 2000-ға дейін риал", "6", f"15.03.{YEAR} ж."],
        ["KZ-502", "Аспаз", CHEF[1], "Лусаил", "2 мың риал", "4", f"15.03.{YEAR} ж."],
        ["KZ-503", "Медбике", NURSE[1], "Эр-Райян", "3500 риал/ай", "3", f"01.04.{YEAR} ж."],
    ]
    return VacancyFile(
        "бос_орындар.csv", csv_bytes(rows),
        [Want("Дәнекерлеуші", WELDER[1], "KZ-501", "Месаид", 1500, 2000, 6, d(3, 15)),
         Want("Аспаз", CHEF[1], "KZ-502", "Лусаил", 2000, 2000, 4, d(3, 15)),
         Want("Медбике", NURSE[1], "KZ-503", "Эр-Райян", 3500, 3500, 3, d(4, 1))],
        about="Kazakh headers only («Мамандық», «Компания», «Саны», «Мерзімі»), pay «1500-ден 2000-ға дейін риал», "
              "«2 мың риал», «3500 риал/ай», dates ending «ж.»",
    )


# ---- English abbreviations ----------------------------------------------------------------------------------

def en_abbreviations_xlsx() -> VacancyFile:
    """A resort's sheet: «Dept.» is its own department (not the employer), «Exp. yrs» the years asked."""
    employer = "Katara Hills Resort"
    rows = [
        ["Sr.", "Desig.", "Dept.", "Co.", "Loc.", "Qty", "Sal.", "Exp. yrs", "Accom.", "Trans.", "Last Dt."],
        [1, "Housekeeping Attendant", "Housekeeping", employer, "Lusail", 15, "1,300", 1, "Yes", "Yes",
         datetime(YEAR, 5, 31)],
        [2, "Commis Chef", "F&B Production", employer, "Lusail", 6, "1,700", 2, "Yes", "Yes", datetime(YEAR, 5, 31)],
        [3, "Pool Attendant", "Recreation", employer, "Lusail", 4, "1,250", 0, "Yes", "No", datetime(YEAR, 5, 31)],
    ]
    return VacancyFile(
        "KHR manpower.xlsx", xlsx_bytes({"Sheet1": rows}),
        [Terms("Housekeeping Attendant", employer, None, "Lusail", 1300, 1300, 15, d(5, 31),
               terms={"min_experience_years": 1, "accommodation_provided": True, "transport_provided": True}),
         Terms("Commis Chef", employer, None, "Lusail", 1700, 1700, 6, d(5, 31),
               terms={"min_experience_years": 2, "accommodation_provided": True, "transport_provided": True}),
         Terms("Pool Attendant", employer, None, "Lusail", 1250, 1250, 4, d(5, 31),
               terms={"min_experience_years": 0, "accommodation_provided": True, "transport_provided": False})],
        about="«Sr.», «Desig.», «Dept.», «Co.», «Loc.», «Qty», «Sal.», «Exp. yrs», «Accom.», «Trans.», «Last Dt.»",
    )


def en_abbreviations_csv() -> VacancyFile:
    rows = [
        ["Ref.", "Pos.", "Dept.", "Employer", "Loc.", "Qty", "Sal. (QR)", "Min. Exp. (Yrs)", "Cont. (Mos.)",
         "Closing Dt."],
        ["RA-11", "Rigger", "Marine", RIGGER[1], "Doha", "8 pax", "1,700", "3", "24", f"{YEAR}-06-30"],
        ["RA-12", "Marine Painter", "Marine", RIGGER[1], "Doha", "5 pax", "1,500", "2", "24", f"{YEAR}-06-30"],
        ["RA-13", "Crane Operator", "Lifting", RIGGER[1], "Doha", "2 pax", "3,000", "5", "36", f"{YEAR}-07-31"],
    ]
    return VacancyFile(
        "RAA_requirement.csv", csv_bytes(rows),
        [Terms("Rigger", RIGGER[1], "RA-11", "Doha", 1700, 1700, 8, d(6, 30),
               terms={"min_experience_years": 3, "contract_months": 24}),
         Terms("Marine Painter", RIGGER[1], "RA-12", "Doha", 1500, 1500, 5, d(6, 30),
               terms={"min_experience_years": 2, "contract_months": 24}),
         Terms("Crane Operator", RIGGER[1], "RA-13", "Doha", 3000, 3000, 2, d(7, 31),
               terms={"min_experience_years": 5, "contract_months": 36})],
        about="«Ref.», «Pos.», «Dept.», «Qty» as «8 pax», «Sal. (QR)», «Min. Exp. (Yrs)», «Cont. (Mos.)», "
              "«Closing Dt.»",
    )


# ---- places of Qatar as officers write them ---------------------------------------------------------------

def places_as_districts() -> VacancyFile:
    """The portal gives the district, not the town: a worker looking in Doha or Al Rayyan must find them."""
    rows = [
        ["Код", "Должность", "Работодатель", "Район / город", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["DS-1", *CLEANER[:2], "Al Sadd, Doha", "1200", 15, datetime(YEAR, 9, 1)],
        ["DS-2", *BAKER[:2], "Education City", "1500", 2, datetime(YEAR, 9, 1)],
        ["DS-3", *PAINTER[:2], "Al Wukair", "1400", 12, datetime(YEAR, 9, 1)],
        ["DS-4", *NURSE[:2], "Al Gharrafa", "3500", 3, datetime(YEAR, 9, 1)],
        ["DS-5", *RIGGER[:2], "Ras Abu Aboud", "1700", 8, datetime(YEAR, 9, 1)],
        ["DS-6", "Официант", "Msheireb Downtown Hospitality", "Msheireb", "1300", 10, datetime(YEAR, 9, 1)],
    ]
    towns = ["doha", "al-rayyan", "al-wakrah", "al-rayyan", "doha", "doha"]
    names = [CLEANER[:2], BAKER[:2], PAINTER[:2], NURSE[:2], RIGGER[:2], ("Официант", "Msheireb Downtown Hospitality")]
    salaries = [1200, 1500, 1400, 3500, 1700, 1300]
    places = [15, 2, 12, 3, 8, 10]
    return VacancyFile(
        "районы.xlsx", xlsx_bytes({"Лист1": rows}),
        [Placed(*names[i], f"DS-{i + 1}", None, salaries[i], salaries[i], places[i], d(9, 1), town=towns[i])
         for i in range(6)],
        about="districts for the place: «Al Sadd, Doha», "
              "Education City, Al Wukair, Al Gharrafa, Ras Abu Aboud, Msheireb",
    )


def places_misspelt() -> VacancyFile:
    rows = [
        ["Job Code", "Job Title", "Employer", "City", "Salary", "Vacancies", "Closing Date"],
        ["MS-1", "Steel Fixer", WELDER[1], "Al Waqra", "1500", "10", f"{YEAR}-10-10"],
        ["MS-2", "Cook", CHEF[1], "Лусайл", "1600", "4", f"{YEAR}-10-10"],
        ["MS-3", "Welder", WELDER[1], "Musaieed", "1800", "6", f"{YEAR}-10-10"],
        ["MS-4", "Cleaner", CLEANER[1], "Доxа", "1200", "15", f"{YEAR}-10-10"],
        ["MS-5", "Bus Driver", DRIVER[1], "Al Rayan", "2200", "10", f"{YEAR}-10-10"],
        ["MS-6", "Pipe Fitter", "Ras Laffan Process Services", "Рас Лафан", "2000", "7", f"{YEAR}-10-10"],
    ]
    wanted = [("Steel Fixer", WELDER[1], 1500, 10, "al-wakrah"), ("Cook", CHEF[1], 1600, 4, "lusail"),
              ("Welder", WELDER[1], 1800, 6, "mesaieed"), ("Cleaner", CLEANER[1], 1200, 15, "doha"),
              ("Bus Driver", DRIVER[1], 2200, 10, "al-rayyan"),
              ("Pipe Fitter", "Ras Laffan Process Services", 2000, 7, "ras-laffan")]
    return VacancyFile(
        "cities_as_typed.csv", csv_bytes(rows),
        [Placed(title, employer, f"MS-{i + 1}", None, pay, pay, places, d(10, 10), town=town)
         for i, (title, employer, pay, places, town) in enumerate(wanted)],
        about="towns misspelt: Al Waqra, «Лусайл», Musaieed, «Доxа» with a Latin x, Al Rayan, «Рас Лафан»",
    )


# ---- pay as written ------------------------------------------------------------------------------------------

def salary_words_ru() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата", "Кол-во мест", "Срок подачи"],
        ["SW-1", *WELDER[:2], "от 1 500 до 2 000 риалов", "6", f"01.11.{YEAR}"],
        ["SW-2", *CHEF[:2], "1,5–2 тыс. риалов", "4", f"01.11.{YEAR}"],
        ["SW-3", *CLEANER[:2], "полторы тысячи риалов", "15", f"01.11.{YEAR}"],
        ["SW-4", *DRIVER[:2], "2 тыс. QAR в месяц", "10", f"01.11.{YEAR}"],
        ["SW-5", *PAINTER[:2], "1 400 – 1 700 QAR (оклад)", "12", f"01.11.{YEAR}"],
    ]
    return VacancyFile(
        "зарплата словами.csv", csv_bytes(rows, delimiter=";"),
        [Want(*WELDER[:2], "SW-1", None, 1500, 2000, 6, d(11, 1)),
         Want(*CHEF[:2], "SW-2", None, 1500, 2000, 4, d(11, 1)),
         Want(*CLEANER[:2], "SW-3", None, 1500, 1500, 15, d(11, 1)),
         Want(*DRIVER[:2], "SW-4", None, 2000, 2000, 10, d(11, 1)),
         Want(*PAINTER[:2], "SW-5", None, 1400, 1700, 12, d(11, 1))],
        about="«от 1 500 до 2 000 риалов», «1,5–2 тыс. риалов», «полторы тысячи риалов», «2 тыс. QAR в месяц», "
              "«1 400 – 1 700 QAR (оклад)»",
    )


def salary_currency_after_en() -> VacancyFile:
    rows = [
        ["Job Code", "Job Title", "Employer", "Salary", "Positions", "Closing Date"],
        ["SC-1", "Welder", WELDER[1], "1,800 – 2,200 riyals", 6, datetime(YEAR, 11, 20)],
        ["SC-2", "Commis Chef", CHEF[1], "2k-2.5k QAR", 4, datetime(YEAR, 11, 20)],
        ["SC-3", "Staff Nurse", NURSE[1], "3,600 Qatari Riyals", 3, datetime(YEAR, 11, 20)],
        ["SC-4", "Rigger", RIGGER[1], "between 1500 and 1900 QAR", 8, datetime(YEAR, 11, 20)],
        ["SC-5", "Cleaner", CLEANER[1], "Twelve hundred riyals", 15, datetime(YEAR, 11, 20)],
        ["SC-6", "Bus Driver", DRIVER[1], "QR 2.2K", 10, datetime(YEAR, 11, 20)],
    ]
    return VacancyFile(
        "salary_as_written.xlsx", xlsx_bytes({"Jobs": rows}),
        [Want("Welder", WELDER[1], "SC-1", None, 1800, 2200, 6, d(11, 20)),
         Want("Commis Chef", CHEF[1], "SC-2", None, 2000, 2500, 4, d(11, 20)),
         Want("Staff Nurse", NURSE[1], "SC-3", None, 3600, 3600, 3, d(11, 20)),
         Want("Rigger", RIGGER[1], "SC-4", None, 1500, 1900, 8, d(11, 20)),
         Want("Cleaner", CLEANER[1], "SC-5", None, 1200, 1200, 15, d(11, 20)),
         Want("Bus Driver", DRIVER[1], "SC-6", None, 2200, 2200, 10, d(11, 20))],
        about="«1,800 – 2,200 riyals», «2k-2.5k QAR», «3,600 Qatari Riyals», «between 1500 and 1900 QAR», "
              "«Twelve hundred riyals», «QR 2.2K»",
    )


# ---- places with their unit --------------------------------------------------------------------------------

def places_with_units() -> VacancyFile:
    rows = [
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Требуется", "Срок подачи"],
        ["PU-1", *WELDER[:2], "1800", "5 чел.", f"20.12.{YEAR}"],
        ["PU-2", *CLEANER[:2], "1200", "7 человек", f"20.12.{YEAR}"],
        ["PU-3", *RIGGER[:2], "1700", "10 pax", f"20.12.{YEAR}"],
        ["PU-4", *NURSE[:2], "3500", "4 persons", f"20.12.{YEAR}"],
        ["PU-5", *PAINTER[:2], "1400", "6 орын", f"20.12.{YEAR}"],
        ["PU-6", *CHEF[:2], "1600", "3 вакансии", f"20.12.{YEAR}"],
    ]
    return VacancyFile(
        "места с единицами.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*WELDER[:2], "PU-1", None, 1800, 1800, 5, d(12, 20)),
         Want(*CLEANER[:2], "PU-2", None, 1200, 1200, 7, d(12, 20)),
         Want(*RIGGER[:2], "PU-3", None, 1700, 1700, 10, d(12, 20)),
         Want(*NURSE[:2], "PU-4", None, 3500, 3500, 4, d(12, 20)),
         Want(*PAINTER[:2], "PU-5", None, 1400, 1400, 6, d(12, 20)),
         Want(*CHEF[:2], "PU-6", None, 1600, 1600, 3, d(12, 20))],
        about="«Требуется» as «5 чел.», «7 человек», «10 pax», «4 persons», «6 орын», «3 вакансии»",
    )


# ---- dates month first, where the sheet says so ---------------------------------------------------------------

def us_dates_in_header() -> VacancyFile:
    rows = [
        ["Job Code", "Job Title", "Employer", "Salary (QAR)", "Positions", "Closing Date (MM/DD/YYYY)"],
        ["US-1", "Welder", WELDER[1], "1800", "6", us(d(4, 5))],
        ["US-2", "Cook", CHEF[1], "1600", "4", us(d(3, 10))],
        ["US-3", "Rigger", RIGGER[1], "1700", "8", us(d(11, 2))],
    ]
    return VacancyFile(
        "agency_us_dates.csv", csv_bytes(rows),
        [Want("Welder", WELDER[1], "US-1", None, 1800, 1800, 6, d(4, 5)),
         Want("Cook", CHEF[1], "US-2", None, 1600, 1600, 4, d(3, 10)),
         Want("Rigger", RIGGER[1], "US-3", None, 1700, 1700, 8, d(11, 2))],
        about="«Closing Date (MM/DD/YYYY)»: 04/05 is 5 April because the header says so",
    )


def us_dates_note_above() -> VacancyFile:
    rows = [
        ["Вакансии агентства Gulf Bridge Manpower (Катар)"],
        ["Формат дат: ММ/ДД/ГГГГ"],
        [],
        ["Код", "Должность", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["UN-1", *PAINTER[:2], "1400", "12", us(d(6, 7))],
        ["UN-2", *BAKER[:2], "1500", "2", us(d(2, 3))],
        ["UN-3", *DRIVER[:2], "2200", "10", us(d(8, 9))],
    ]
    return VacancyFile(
        "даты ММ-ДД.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(*PAINTER[:2], "UN-1", None, 1400, 1400, 12, d(6, 7)),
         Want(*BAKER[:2], "UN-2", None, 1500, 1500, 2, d(2, 3)),
         Want(*DRIVER[:2], "UN-3", None, 2200, 2200, 10, d(8, 9))],
        about="a note above the table, «Формат дат: ММ/ДД/ГГГГ»: 06/07 is 7 June",
    )


def us_dates_told_by_column() -> VacancyFile:
    """A Google Sheets download: one date can only be month first, so the column is month first."""
    rows = [
        ["Job Title", "Employer", "Salary", "Positions", "Deadline"],
        ["Staff Nurse", NURSE[1], "3500", "3", us(d(12, 28), pad=False)],
        ["Baker", BAKER[1], "1500", "2", us(d(5, 6), pad=False)],
        ["Cleaner", CLEANER[1], "1200", "15", us(d(1, 9), pad=False)],
    ]
    return VacancyFile(
        "Vacancies - Sheet1.csv", csv_bytes(rows),
        [Want("Staff Nurse", NURSE[1], None, None, 3500, 3500, 3, d(12, 28)),
         Want("Baker", BAKER[1], None, None, 1500, 1500, 2, d(5, 6)),
         Want("Cleaner", CLEANER[1], None, None, 1200, 1200, 15, d(1, 9))],
        about="«12/28/…» can only be month first, so «5/6/…» in the same column is 6 May",
    )


# ---- files with nothing to import ---------------------------------------------------------------------------

def empty_workbook() -> VacancyFile:
    return NothingToImport(
        "Книга1.xlsx", workbook({"Лист1": []}), [],
        about="a workbook with one empty sheet: a clear answer that there is nothing in it",
    )


def portal_header_without_rows() -> VacancyFile:
    rows = [
        ["Министерство труда и социальной защиты населения Республики Казахстан"],
        ["Перечень вакансий работодателей Государства Катар"],
        [f"по состоянию на {TODAY}"],
        [],
        ["№ п/п", "Код вакансии", "Наименование вакансии", "Работодатель", "Город", "Заработная плата, QAR",
         None, "Количество мест", "Срок приёма документов"],
        [None, None, None, None, None, "от", "до", None, None],
        ["Итого", None, None, None, None, None, None, 0, None],
    ]
    merges = ["A1:I1", "A2:I2", "A3:I3", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:G5", "H5:H6", "I5:I6",
              "A7:G7"]
    return NothingToImport(
        "Перечень (пусто).xlsx", workbook({"Вакансии": rows}, merges={"Вакансии": merges}), [],
        about="the portal's export on a day with no vacancies: the header, «Итого 0», no rows",
    )


def header_line_only_csv() -> VacancyFile:
    rows = [["Job Title", "Employer", "City", "Salary (QAR)", "Positions", "Closing Date"]]
    return NothingToImport(
        "template.csv", b"\xef\xbb\xbf" + csv_bytes(rows), [],
        about="a CSV of the header line alone (the template sent back unfilled)",
    )


# ---- long titles ---------------------------------------------------------------------------------------------

LONG_EN = ("Electrician – Industrial Maintenance (LV/MV switchgear, motor control centres, cable pulling, "
           "termination and testing) for gas processing facilities at Mesaieed Industrial City")
LONG_RU = ("Машинист башенного крана (Liebherr, Potain) с опытом работы на высотном строительстве не менее "
           "трёх лет, допуск к работе на высоте, удостоверение установленного образца")
TOO_LONG = ("Сварщик ручной дуговой сварки плавящимся покрытым электродом (РД), аргонодуговой сварки (РАД) и "
            "полуавтоматической сварки (МП) трубопроводов высокого давления из углеродистой и нержавеющей стали, "
            "аттестация НАКС обязательна, опыт работы на объектах нефтегазовой отрасли не менее пяти лет, "
            "знание чертежей")


def long_titles() -> VacancyFile:
    assert len(LONG_EN) <= 200 and len(LONG_RU) <= 200 and len(TOO_LONG) > 250
    rows = [
        ["Код", "Наименование вакансии", "Работодатель", "Зарплата (QAR)", "Кол-во мест", "Срок подачи"],
        ["LT-1", LONG_EN, "Mesaieed Gas Services W.L.L.", "2400", 5, datetime(YEAR, 12, 1)],
        ["LT-2", LONG_RU, "Lusail Tower Construction", "3200", 2, datetime(YEAR, 12, 1)],
        ["LT-3", TOO_LONG, "Mesaieed Gas Services W.L.L.", "2600", 4, datetime(YEAR, 12, 1)],
        ["LT-4", "Сварщик\nаргонодуговой сварки (TIG)", WELDER[1], "1800", 6, datetime(YEAR, 12, 1)],
    ]
    return VacancyFile(
        "длинные названия.xlsx", xlsx_bytes({"Лист1": rows}),
        [Want(LONG_EN, "Mesaieed Gas Services W.L.L.", "LT-1", None, 2400, 2400, 5, d(12, 1)),
         Want(LONG_RU, "Lusail Tower Construction", "LT-2", None, 3200, 3200, 2, d(12, 1)),
         Want("Сварщик аргонодуговой сварки (TIG)", WELDER[1], "LT-4", None, 1800, 1800, 6, d(12, 1))],
        [Refusal(4, "Наименование вакансии")],
        about="titles of 160–190 characters kept whole; one of 300 refused as too long (cutting it would lose "
              "words unseen); a title typed over two lines in its cell is one line",
    )


def all_files() -> list[VacancyFile]:
    """Every file of the fifth set, built afresh."""
    builders = [
        portal_export_ru, portal_export_kk, portal_export_en, portal_export_csv, kk_only_headers_xlsx,
        kk_only_headers_csv, en_abbreviations_xlsx, en_abbreviations_csv, places_as_districts, places_misspelt,
        salary_words_ru, salary_currency_after_en, places_with_units, us_dates_in_header, us_dates_note_above,
        us_dates_told_by_column, empty_workbook, portal_header_without_rows, header_line_only_csv, long_titles,
    ]
    return [build() for build in builders]
