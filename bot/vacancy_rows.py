"""The vacancy import schema: one portal vacancy per row, validated before anything touches the database.

A row is rejected as a whole, with the first problem found, rather than imported half-right: a vacancy
shown to workers with a wrong salary or deadline does more harm than one that arrives a day later. The
officer gets the spreadsheet row number, the column and a code for each rejected row.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Collection
from urllib.parse import urlsplit


from bot.number_words import spelled_numbers
from bot.tabular import (
    MISSING_COLUMNS,
    SAYS_MONTH_FIRST,
    ParseResult,
    RowError,
    RowReader,
    Table,
    header_key,
    loose_key,
    misspelt_header,
    month_end,
    parse_date,
    parse_flag,
    parse_number,
    read_table,
    says_nothing,
)
from matching.models import Vacancy
from matching.pay import COUNTS_OF_THOUSANDS, HALF, THOUSAND_WORD
from matching.places import TOWNS, Town, district_town, misspelt_town, town_of

__all__ = [
    "COLUMNS",
    "HEADER_ALIASES",
    "REQUIRED_COLUMNS",
    "ParseResult",
    "RowError",
    "VacancyRow",
    "parse_vacancy_row",
    "parse_vacancy_table",
    "read_vacancy_file",
]

REQUIRED_COLUMNS: tuple[str, ...] = ("title", "employer")
# A job's title given in several languages, a column each («Должность (рус.)», «Лауазымы (қаз.)», "Job title
# (eng.)"): the first filled one is the title, so a row whose first language is left empty keeps its job.
TITLE_IN_LANGUAGES: tuple[str, ...] = ("title",)
COLUMNS: tuple[str, ...] = (
    "external_id", "title", "employer", "country", "currency", "city", "positions",
    "salary_min", "salary_max", "food_allowance", "housing_allowance", "transport_allowance",
    "accommodation_provided", "food_provided", "transport_provided", "medical_provided",
    "airfare_provided", "annual_leave_days", "contract_months", "hours_per_week",
    "min_experience_years", "languages", "requirements", "description", "deadline", "url",
    "isco_code", "status",
)  # fmt: skip

# Headers officers' files use for the schema's columns, from the portal, other offices, employers'
# agencies and 1C: Russian, Kazakh and English. `salary` is one cell with a range or a figure
# ("1500-2000", «от 1800»); the rest are the schema's own columns. Compared by `header_key`.
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "external_id": (
        "id", "vacancy id", "job id", "job ref", "reference", "reference no", "ref no", "vacancy no",
        "vacancy number", "vacancy code", "id вакансии", "код вакансии", "номер вакансии", "№ вакансии",
        "идентификатор вакансии", "вакансия коды", "вакансия нөмірі", "бос орын коды", "бос жұмыс орнының коды",
        "№ вак", "job code", "vacancy ref", "код вак", "ref #", "job #", "vacancy #",
        "бос орын №", "бос орынның коды", "бос орынның нөмірі",
    ),
    # Headers that may be the vacancy's number or a row counter: taken as the number only when a cell
    # has more than digits ("QA-101"), see `with_references`.
    "ref": ("код", "коды", "code", "номер", "нөмірі", "№", "no", "ref", "ref no"),
    "title": (
        "job title", "position", "job", "vacancy", "vacancy title", "job position", "profession",
        "occupation", "должность", "наименование вакансии", "наименование должности", "вакансия",
        "название вакансии", "профессия", "профессия должность", "специальность", "лауазым", "лауазымы",
        "бос орын атауы", "вакансия атауы", "кәсіп", "мамандық", "лауазым атауы", "кәсіп атауы", "trade",
        "наим вакансии", "наим должности", "наим профессии", "кәсібі", "мамандығы",
        "бос орынның атауы", "бос жұмыс орнының атауы", "desig", "design", "designation", "pos", "posn",
        "бос жұмыс орны", "бос орын",
        "job desig", "job name", "vacancy name",
        # A one-word header of an accounting system's list of vacancies (1C) or a CRM's (Bitrix24, whose records
        # all have «Название»): the item's name is the job's.
        "наименование", "название", "название сделки", "название элемента", "deal name", "deal title",
    ),
    # A Gulf demand letter's «Category» is the trade; taken as the title only when no other column is.
    "category": ("category", "job category", "trade category"),
    "employer": (
        "employer", "employer name", "company", "company name", "organization", "organisation",
        "работодатель", "наименование работодателя", "компания", "организация", "наименование организации",
        "жұмыс беруші", "жұмыс берушінің атауы", "жұмыс берушi", "компания атауы", "ұйым",
        "наим работодателя", "наим организации", "раб-ль", "работод", "co name", "comp name", "company nm",
        "co", "comp", "coy", "employer nm",
        # 1C's word for the other party of a deal, the employer in its vacancy reports.
        "контрагент", "наименование контрагента",
        # A recruiting agency's customer is the employer: "Client", «Заказчик».
        "client", "client name", "client company", "hiring company", "principal", "заказчик", "клиент",
        "тапсырыс беруші",
    ),
    "city": (
        "location", "city", "work location", "job location", "place of work", "город", "место работы",
        "населенный пункт", "город работы", "қала", "жұмыс орны", "елді мекен", "мекен", "мекенжай",
        "loc", "locn", "work loc", "job loc", "орналасқан жері", "орналасқан жер",
    ),
    "positions": (
        "no of positions", "number of positions", "positions", "vacancies", "no of vacancies",
        "number of vacancies", "openings", "headcount", "quantity", "кол-во мест", "количество мест",
        "количество вакансий", "количество", "мест", "число мест", "кол-во", "потребность",
        "орын саны", "бос орын саны", "саны", "орындар саны", "кол вак", "кол мест", "кол во вак",
        "required", "required qty", "req qty", "manpower", "manpower required", "no of workers",
        "workers required", "nos", "no of pos", "no of post", "no of posts", "кол-во вак", "требуется",
        "требуется человек", "нужно человек", "қажет", "қажетті саны",
        "number of places", "no of places", "places", "places available", "орын", "орындар", "no req", "reqd",
        "req'd", "no reqd", "qty reqd",
        # A Gulf agency counts heads as "pax" (passengers, on the flight out) or "persons".
        "pax", "no of pax", "number of pax", "pax required", "total pax", "persons", "no of persons",
        "number of persons", "persons required", "no of people", "количество человек", "кол-во человек",
        "человек", "адам саны", "адам", "қажетті адам саны",
        # The people wanted, as an officer heads it: «Қажетті адам», «Керек адам», «Вакантных мест», "Nos required".
        "қажетті адам", "керек адам", "вакантных мест", "количество вакантных мест", "nos required", "required nos",
        "no required", "number required",
        # a CRM's field for the people an employer asks for: "Number of employees", «Количество сотрудников»
        "number of employees", "employees needed", "employees required",
    ),
    "salary": (
        "salary", "salary range", "monthly salary", "basic salary", "wage", "pay", "зарплата",
        "заработная плата", "оклад", "зп", "з п", "размер заработной платы", "жалақы", "жалақысы",
        "жалақы мөлшері", "айлық", "sal", "оплата труда", "оплата", "sal range", "monthly sal", "basic sal",
        "айлық жалақысы",
        "basic", "basic pay", "basic wage", "basic (qar)",
        "условия оплаты", "размер оплаты", "оплата в месяц", "зарплата в месяц", "salary package", "remuneration",
        "monthly pay", "salary per month", "pay per month", "еңбекақы", "айлық төлем",
    ),
    "salary_min": (
        "min salary", "minimum salary", "salary from", "зарплата от", "заработная плата от", "оклад от",
        "жалақы бастап", "ең төменгі жалақы",
    ),
    "salary_max": (
        "max salary", "maximum salary", "salary to", "зарплата до", "заработная плата до", "оклад до",
        "жалақы дейін", "ең жоғары жалақы",
    ),
    "deadline": (
        "deadline", "closing date", "last date to apply", "apply by", "application deadline", "end date",
        "срок подачи", "срок подачи заявок", "срок подачи документов", "срок", "дата окончания приема",
        "дата окончания приема заявок", "дата окончания", "крайний срок", "соңғы мерзім", "соңғы мерзімі",
        "өтінім берудің соңғы күні", "өтінім беру мерзімі", "өтінім қабылдаудың соңғы күні",
        "last dt", "last day", "окончание приема", "окончание приема документов", "closing", "last date",
        "прием документов до", "прием заявок до", "прием до", "принимаются до",
        "apply before", "apply till", "apply until", "applications until", "applications close",
        "apply by date", "apply by (date)",
        # how long an employer's demand stands: "Valid till", «Действительно до», «… дейін жарамды»
        "valid till", "valid until", "valid upto", "valid up to", "valid thru", "validity", "validity date",
        "действительно до", "действительна до", "действует до", "актуально до", "жарамды", "жарамдылық мерзімі",
    ),
    "accommodation_provided": (
        "accommodation", "housing", "accommodation provided", "жилье", "проживание", "жилье предоставляется",
        "тұрғын үй", "баспана", "тұратын жер", "accom", "accomm", "accomodation", "acco", "accom provided",
    ),
    "food_provided": ("food", "meals", "food provided", "питание", "тамақ", "тамақтану"),
    "transport_provided": ("transport", "transportation", "transport provided", "транспорт", "көлік", "trans",
                           "transp", "trnsp"),
    "medical_provided": (
        "medical", "medical insurance", "medical care", "медстраховка", "медицинская страховка",
        "медицинское обслуживание", "медпомощь", "медициналық сақтандыру", "медициналық көмек",
        "med ins", "med insurance", "medical ins", "med", "мед страховка", "медстрах",
    ),
    "airfare_provided": (
        "air ticket", "air tickets", "airfare", "air fare", "flight ticket", "авиабилеты", "авиабилет",
        "билеты", "әуе билеті", "ұшақ билеті", "air tkt", "air tkts", "tkt", "ticket", "tickets", "air fare tkt",
    ),
    # The paid leave a year: "Annual Leave", "Annual Lv.", «Ежегодный отпуск», «Жыл сайынғы демалыс».
    "annual_leave_days": (
        "annual leave", "annual lv", "leave", "leave days", "vacation", "annual vacation", "отпуск",
        "ежегодный отпуск", "оплачиваемый отпуск", "отпуск дней", "демалыс", "жыл сайынғы демалыс",
        "еңбек демалысы", "жылдық демалыс",
    ),
    # One cell for all the employer's allowances: "Transport 200", «питание 300, жильё 500», "Nil".
    "allowances": ("allowances", "allowance", "other allowances", "надбавки", "доплаты", "үстемеақылар",
                   "үстемеақы"),
    # A Gulf sheet's allowances, each in a column of its own: "HRA" (house rent allowance), "Food All.".
    "housing_allowance": ("accommodation allowance", "надбавка на жилье", "тұрғын үй үстемесі", "hra",
                          "house rent allowance", "housing allowance", "housing all", "accommodation all",
                          "accom all", "accom allowance"),
    "food_allowance": ("надбавка на питание", "тамақ үстемесі", "food allowance", "food all", "meal allowance"),
    "transport_allowance": ("transportation allowance", "надбавка на транспорт", "көлік үстемесі",
                            "transport allowance", "transport all", "transp all", "trans all"),
    "contract_months": (
        "contract period", "contract duration", "contract length", "contract term", "duration of contract",
        "contract", "срок контракта", "срок договора", "срок трудового договора", "контракт",
        "келісімшарт мерзімі", "шарт мерзімі", "келісімшарт", "cont", "contr", "cntrct", "contract mos",
        "contr period", "cont period", "contract prd",
    ),
    # The years of experience asked: "Exp. yrs", «Опыт работы (лет)», «Жұмыс өтілі (жыл)».
    "min_experience_years": (
        "experience", "exp", "exp yrs", "exp years", "min exp", "minimum experience", "years of experience",
        "experience years", "yrs of exp", "опыт", "опыт работы", "стаж", "стаж работы", "требуемый опыт",
        "мин опыт", "тәжірибе", "жұмыс тәжірибесі", "өтіл", "жұмыс өтілі", "еңбек өтілі",
    ),
    # The occupation's code in Kazakhstan's classifier (ОКЗ, НКЗ), which keeps ISCO-08's unit groups.
    "isco_code": ("isco", "isco 08", "isco-08", "код isco", "код окз", "окз", "код по окз", "код профессии",
                  "код профессии по окз", "нкз", "код нкз", "код по нкз", "кәсіп коды", "мамандық коды",
                  "occupation code", "kzoc code",
                  # «Профессия» merged over «Код» and «Наименование»: the code under the profession is its code
                  "профессия код", "профессия шифр", "профессия код окз", "кәсіп код", "мамандық код",
                  "profession code"),
    # The working week, or the day's hours and the days a week: "Working Hours", «Режим работы».
    "hours_per_week": (
        "working hours", "work hours", "duty hours", "hours of work", "working time", "hours", "hrs",
        "working hrs", "duty hrs", "hours per week", "weekly hours", "рабочее время", "режим работы",
        "график работы", "часы работы", "рабочий день", "рабочая неделя", "часов в неделю", "жұмыс уақыты",
        "жұмыс кестесі", "жұмыс режимі", "жұмыс сағаты",
    ),
    "country": ("страна", "ел"),
    "currency": ("валюта",),
    "requirements": (
        "требования", "талаптар", "требования к кандидату", "требования к кандидатам", "требования к работнику",
        "квалификационные требования", "job requirements", "candidate requirements", "qualifications",
        "qualification requirements", "кандидатқа қойылатын талаптар", "біліктілік талаптары", "негізгі талаптар",
    ),
    # Whether the vacancy is still open: "Status", «Статус вакансии»; a note beside it may say it closed.
    "status": ("статус", "статус вакансии", "vacancy status", "job status", "бос орын мәртебесі",
               # a CRM keeps a record's state as its stage in a pipeline (Bitrix24: «Стадия», «Стадия сделки»)
               "стадия", "стадия сделки", "стадия вакансии", "deal stage", "stage", "кезеңі"),
    "note": (
        "note", "notes", "remark", "remarks", "comment", "comments", "примечание", "примечания", "прим",
        "комментарий", "комментарии", "ескертпе", "ескерту", "түсініктеме",
        # A list of changes to published vacancies says what happened to each: «Вакансия закрыта».
        "изменение", "изменения", "change", "changes", "өзгеріс", "өзгерістер",
    ),
    "description": ("описание", "job description", "описание вакансии", "сипаттама", "дополнительная информация",
                    "доп информация", "additional information", "additional info", "қосымша ақпарат",
                    "обязанности", "должностные обязанности", "duties", "job duties", "responsibilities",
                    "міндеттері", "лауазымдық міндеттері"),
}  # fmt: skip

MAX_MONEY = Decimal(1_000_000)
STATUSES = ("open", "closed")

# ISO 3166-1 alpha-2 (officially assigned codes).
COUNTRY_CODES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT
    BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH
    ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT
    HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS
    LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI
    NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG
    SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
    UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    """.split()
)

# ISO 4217 currencies in circulation (funds, metals and test codes left out: nobody is paid in them).
CURRENCY_CODES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
    CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF
    GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK
    LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD
    OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN
    SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG
    XOF XPF YER ZAR ZMW ZWG
    """.split()
)

# ISO 639-1 two-letter language codes.
LANGUAGE_CODES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv
    dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie
    ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv
    mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm
    rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr
    ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)


@dataclass(frozen=True)
class VacancyRow:
    """A validated vacancy row, keyed by the portal's `external_id`; `row` is its spreadsheet row."""

    external_id: str
    title: str
    employer: str
    country: str = "QA"
    currency: str = "QAR"
    city: str | None = None
    positions: int | None = None
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    food_allowance: Decimal | None = None
    housing_allowance: Decimal | None = None
    transport_allowance: Decimal | None = None
    accommodation_provided: bool | None = None
    food_provided: bool | None = None
    transport_provided: bool | None = None
    medical_provided: bool | None = None
    airfare_provided: bool | None = None
    annual_leave_days: int | None = None
    contract_months: int | None = None
    hours_per_week: int | None = None
    min_experience_years: int | None = None
    languages: frozenset[str] = frozenset()
    requirements: str = ""
    description: str = ""
    deadline: date | None = None
    url: str | None = None
    isco_code: str | None = None
    status: str = "open"
    row: int = 0

    def to_vacancy(self, id: int) -> Vacancy:
        """The plain vacancy the matching engine ranks, once the database has given it an id.

        The schema's columns carry the same names as `Vacancy`'s fields, so the copy follows the field
        list and a field added to both needs no change here.
        """
        shared = {f.name: getattr(self, f.name) for f in fields(Vacancy) if f.name != "id"}
        return Vacancy(id=id, **shared)


# A header not listed above is known by the start of one of its words, in this order (the places before
# the title: «Кол-во вакансий» counts places; the currency before the pay: «Валюта зарплаты»). Ids are
# never guessed: «№ п/п» or «Номер строки» counting rows would make different vacancies one.
_HEADER_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("currency", ("валют", "currency")),
    ("positions", ("кол-во", "количеств", "qty", "quantity", "headcount", "openings", "positions", "vacancies",
                   "workers", "саны",
                   # a form's question for the count: «Сколько человек нужно?», "How many do you need?", «Қанша адам»
                   "сколько", "how many", "қанша")),
    ("deadline", ("срок", "дата оконч", "окончание при", "deadline", "closing", "expiry", "expiration",
                  "last date", "end date", "мерзім", "соңғы күн", "дедлайн", "последний день", "последняя дата",
                  "принима")),
    ("salary", ("зарплат", "заработн", "оклад", "salary", "wage", "жалақы", "айлық", "айлығ")),
    ("employer", ("работодател", "компани", "предприяти", "организаци", "employer", "company",
                  "жұмыс беруш", "ұйым")),
    ("title", ("должност", "професси", "вакансия", "наименование вакансии", "position", "job title",
               "designation", "vacancy name", "лауазым", "кәсіп", "мамандық")),
    ("city", ("город", "место работы", "location", "city", "work place", "қала", "населен", "site")),
    ("accommodation_provided", ("accommodation", "housing", "проживан", "жиль", "тұру", "тұрғын")),
    ("food_provided", ("food", "meals", "питани", "тамақ")),
    ("transport_provided", ("transport", "транспорт", "көлік")),
)  # fmt: skip
# Words that make a header something else, whatever stem it shares: the contract's length, hours,
# experience, requirements, notes; and what was before, not this vacancy's («Old salary», «Previous salary»,
# «Прежняя зарплата», «Бұрынғы жалақы», «الراتب السابق»), which must not give its pay beside the «Salary» column.
_NOT_THESE = re.compile(
    r"\b(контракт|договор|contract|келісім|час|hour|сағат|опыт|experience|тәжірибе|стаж|требован|"
    r"requirement|талап|описан|description|сипаттам|примечан|note|ескерту|комментар|comment)"
    r"|(^|\s)(old|previous|prev|former|прежн\w*|предыдущ\w*|бывш\w*|стар(ая|ый|ое|ой)|бұрынғы|ескі|алдыңғы)(\s|$)"
    r"|السابق"
)


class HeaderWords(dict[str, str]):
    """The known headers (a `header_key` to its column); one not listed is looked up by its words."""

    def __missing__(self, key: str) -> str:
        column = self._lookup(key)
        if column is None:
            raise KeyError(key)
        return column

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (dict.__contains__(self, key) or self._lookup(key) is not None)

    def _lookup(self, key: str) -> str | None:
        return (_in_months(self, key) or _pay_end(self, key) or _requisition(self, key) or _experience_header(key)
                or _by_stem(key)
                or self._by_skeleton(key) or self._by_typo(key))

    def _by_typo(self, key: str) -> str | None:
        """A long header one letter off a known one («Работадатель», «Код ваканси»), two letters off when
        it is longer still."""
        if _NOT_THESE.search(key):
            return None
        return misspelt_header(key, self, shortest=_TYPO_MIN_LENGTH, two_from=12)

    def _by_skeleton(self, key: str) -> str | None:
        """A header typed in Latin letters («Lauazymy», "Jumys berushi", "Zarplata") is the Cyrillic one
        it spells: both fold to the same skeleton."""
        if not key or _CYRILLIC_LETTER.search(key):
            return None
        if "_skeletons" not in self.__dict__:
            self.__dict__["_skeletons"] = {loose_key(name): column for name, column in self.items()
                                           if _CYRILLIC_LETTER.search(name)}
        skeleton = loose_key(key)
        return self.__dict__["_skeletons"].get(skeleton) or _by_stem_skeleton(skeleton)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self[key] if key in self else default


_CYRILLIC_LETTER = re.compile(r"[а-яёәғқңөұүһі]")


_TYPO_MIN_LENGTH = 8


def _by_stem_skeleton(skeleton: str) -> str | None:
    """A Latin-typed header known by a Cyrillic stem: "Qujat qabyldaýdyń sońǵy kúni" by «соңғы күн»."""
    for column, stems in _HEADER_STEMS:
        for stem in stems:
            folded = loose_key(stem) if _CYRILLIC_LETTER.search(stem) else ""
            if len(folded) >= 4 and re.search(rf"(^|\s){re.escape(folded)}", skeleton):
                return column
    return None


_LOW_WORDS = frozenset({"от", "мин", "min", "minimum", "from", "бастап"})
_HIGH_WORDS = frozenset({"до", "макс", "max", "maximum", "to", "дейін"})


_CONTRACT_WORDS = re.compile(r"контракт|договор|contract|келісім|шарт|период|period|term|duration")


def _in_months(known: "HeaderWords", key: str) -> str | None:
    """«Срок (мес.)», «Келісімшарт (ай)», "Contract (months)": a length in months is the contract's,
    whatever the word before it would name alone («Срок» is a closing date)."""
    head, _, last = key.rpartition(" ")
    if last != "мес" or not head:
        return None
    column = known.get(head)
    if column in ("deadline", "contract_months") or _CONTRACT_WORDS.search(head):
        return "contract_months"
    return column


def _pay_end(known: dict[str, str], key: str) -> str | None:
    """«Зарплата (QAR) от», "Salary Range max": a pay column and which end of it."""
    head, _, last = key.rpartition(" ")
    if last not in _LOW_WORDS | _HIGH_WORDS or (dict.get(known, head) or _by_stem(head)) != "salary":
        return None
    return "salary_min" if last in _LOW_WORDS else "salary_max"


# An employer's HR system (Oracle, SAP SuccessFactors, Workday) calls a vacancy a requisition: "Requisition Number",
# "Requisition Title", "Job Req ID", "Requisition Status" are the vacancy's number, title, state.
_REQUISITION = re.compile(r"^(?:job\s+)?requisition\b|^(?:job\s+)?req(?=\s+(?:id|no|number|#|title|status)$)")


def _requisition(known: dict[str, str], key: str) -> str | None:
    plain = _REQUISITION.sub("vacancy", key, count=1)
    return dict.get(known, plain) if plain != key else None


_EXPERIENCE_HEADER = re.compile(r"(^|\s)(опыт|стаж|experience|exp(\s|$)|тәжірибе|өтіл)")
_NOT_EXPERIENCE = re.compile(r"требован|requirement|талаптар|описан|description|сипаттам|примечан|note|comment")


def _experience_header(key: str) -> str | None:
    """«Требуемый стаж», «Талап етілетін тәжірибе», "Work experience (years)": the years of experience asked
    (a column of requirements that mentions experience stays the requirements)."""
    if len(key.split()) > 5 or not _EXPERIENCE_HEADER.search(key) or _NOT_EXPERIENCE.search(key):
        return None
    return "min_experience_years"


def _by_stem(key: str) -> str | None:
    if not key or len(key.split()) > 6 or _NOT_THESE.search(key):
        return None
    for column, stems in _HEADER_STEMS:
        if any(re.search(rf"(^|\s){re.escape(stem)}", key) for stem in stems):
            return column
    return None


# The Arabic a Qatari employer's or portal's sheet heads its columns with, alone or beside the English.
_ARABIC_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "external_id": ("الرقم المرجعي", "رقم الوظيفة", "رمز الوظيفة"),
    "title": ("المسمى الوظيفي", "الوظيفة", "المهنة", "اسم الوظيفة", "المهنة المطلوبة"),
    "employer": ("جهة العمل", "الشركة", "اسم الشركة", "صاحب العمل", "اسم صاحب العمل"),
    "city": ("الموقع", "المدينة", "مكان العمل"),
    "salary": ("الراتب", "الراتب الأساسي", "الراتب الشهري", "الأجر"),
    "positions": ("العدد", "عدد الوظائف", "عدد الشواغر", "الكمية", "العدد المطلوب"),
    # the closing date, and the date the posting ends («تاريخ الانتهاء», "expiry date")
    "deadline": ("آخر موعد", "آخر موعد للتقديم", "تاريخ الإغلاق", "الموعد النهائي", "تاريخ الانتهاء",
                 "تاريخ انتهاء التقديم", "آخر يوم للتقديم"),
}


def _aliases() -> HeaderWords:
    aliases = HeaderWords({header_key(name): name for name in (*COLUMNS, "salary")})
    for column, words in (*_HEADER_WORDS.items(), *_ARABIC_HEADER_WORDS.items()):
        aliases.update({header_key(word): column for word in words})
    return aliases


HEADER_ALIASES: HeaderWords = _aliases()


def read_vacancy_file(data: bytes, filename: str) -> Table:
    """Read an uploaded vacancy file, insisting on the columns every row needs."""
    table = vacancy_columns(read_table(data, filename, aliases=HEADER_ALIASES, first_filled=TITLE_IN_LANGUAGES))
    missing = [name for name in REQUIRED_COLUMNS if name not in table.columns]
    if table.error is None and missing:
        return Table([], f"{MISSING_COLUMNS}:{','.join(missing)}", table.columns, table.labels)
    return table


def vacancy_columns(table: Table) -> Table:
    """Settle the columns whose meaning depends on the file: a «Код», «Номер» or "Ref" column is the
    vacancy's number when some cell holds more than digits ("QA-101") or zeros before them (1C's «000000114»);
    digits alone may count rows, and taking them as numbers would make one file's vacancy 1 another's. A
    «Category» is the title when no column is, and a "Duration" column of years the contract's length."""
    table = _towns_across(_employers_from_sheet_names(_employers_from_group_lines(_with_facts_above(table))))
    table = _positions_listed(table)
    renames = {"category": "title"} if "title" not in table.columns else {}
    if "external_id" not in table.columns and "ref" in table.columns:
        if any(_a_code(row.get("ref") or "") for _, row in table.rows):
            renames["ref"] = "external_id"
    if "contract_months" not in table.columns and (length := _length_column(table)) is not None:
        renames[length] = "contract_months"
    if not renames:
        return table
    rename = lambda name: renames.get(name, name)  # noqa: E731
    return replace(
        table,
        rows=[(number, {rename(name): value for name, value in row.items()}) for number, row in table.rows],
        columns=tuple(rename(name) for name in table.columns),
        labels={rename(name): label for name, label in table.labels.items()},
    )


def _towns_across(table: Table) -> Table:
    """A manpower plan laid out as a pivot, trades down and towns across («Doha | Al Wakra | Lusail», a total
    beside them), with the places wanted in each town's cell and no town or places column: each filled cell is
    a vacancy in that town for that many places, so a trade wanted in two towns is two vacancies, each found
    by the workers looking in its town."""
    if table.error is not None or "city" in table.columns or "positions" in table.columns:
        return table
    towns = [name for name in table.columns
             if name not in COLUMNS and town_of(table.labels.get(name, "")) is not None]
    filled = [row[name].strip() for _, row in table.rows for name in towns if row.get(name, "").strip()]
    if len(towns) < 2 or not filled or not all(re.fullmatch(r"\d{1,4}(?:\.0)?", cell) for cell in filled):
        return table
    rows: list[tuple[int, dict[str, str]]] = []
    for number, row in table.rows:
        places = [(name, row[name].strip()) for name in towns if row.get(name, "").strip() not in ("", "0")]
        rest = {name: value for name, value in row.items() if name not in towns}
        rows += [(number, rest | {"city": table.labels[name], "positions": count}) for name, count in places] \
            or [(number, rest)]
    columns = (*(name for name in table.columns if name not in towns), "city", "positions")
    return replace(table, rows=rows, columns=columns)


# One trade with its places in a cell that lists several: "Welder x 20", «Тігінші ×8», "20 x Welder", «Сварщик — 12
# чел.», «Сварщики: 12 чел.», «Дәнекерлеуші — 5 адам», "Mason - 4 nos", "Fitter (10)".
_TRADE = r"(?P<title>[^\d,;×()]*?[^\W\d_][^\d,;×()]*?)"
_UNIT = r"(?:чел\w*|адам|кісі|persons?|pax|nos?|workers?)\.?"
_TRADE_WITH_PLACES = (
    re.compile(rf"{_TRADE}\s*(?:\s[xхX]|×|\*)\s*(?P<count>\d{{1,4}})"),
    re.compile(rf"{_TRADE}\s*(?:\s[-–—]|:)\s*(?P<count>\d{{1,4}})\s*{_UNIT}"),
    re.compile(rf"(?P<count>\d{{1,4}})\s*(?:[xхX×*]|{_UNIT})\s+{_TRADE}"),
    re.compile(rf"{_TRADE}\s*\(\s*(?P<count>\d{{1,4}})\s*(?:{_UNIT})?\s*\)"),
)
_TRADES_APART = re.compile(r"\s*[,;\n]\s*|\s+(?:and|и|және)\s+")


def _trade_with_places(part: str) -> tuple[str, int] | None:
    for pattern in _TRADE_WITH_PLACES:
        if (match := pattern.fullmatch(part)) is not None:
            return match["title"].strip(" -–—:"), int(match["count"])
    return None


def _trades_listed(cell: str) -> list[tuple[str, int]] | None:
    """The trades a cell lists each with its places ("Welder x 20, Fitter x 10", «Повар - 4 чел; Пекарь - 2
    чел»); None unless every part is a trade with its count."""
    parts = [part.strip().rstrip(".") for part in _TRADES_APART.split(cell.strip()) if part.strip()]
    found = [_trade_with_places(part) for part in parts]
    if not parts or not all(found):
        return None
    return [trade for trade in found if trade]


def _pay_for_each(cell: str, count: int) -> list[str] | None:
    """The pays a cell gives one for each trade of its row, in order ("1800 / 1600"); None when it gives one pay
    (or a range) for all of them."""
    parts = [part.strip() for part in re.split(r"\s*[/;|]\s*", cell) if part.strip()]
    if count < 2 or len(parts) != count or not all(re.search(r"\d", part) for part in parts):
        return None
    return parts


def _positions_listed(table: Table) -> Table:
    """A demand summed up by row, several trades in one cell each with its places ("Welder x 20, Fitter x 10",
    «Сварщик — 12 чел., Слесарь — 8 чел.»): each trade a vacancy of its own with its places, at the row's pay, or
    at its own where the pay cell gives one for each in order ("1800 / 1600"). Such a cell may stand under the
    title's header or, with no title column, under "Positions" (the places then being in the cell)."""
    if table.error is not None:
        return table
    column = "title" if "title" in table.columns else "positions" if "positions" in table.columns else None
    if column is None:
        return table
    listed = {number: trades for number, row in table.rows
              if (trades := _trades_listed(row.get(column) or "")) is not None}
    if not listed or (column == "positions" and len(listed) < len([1 for _, row in table.rows
                                                                  if (row.get(column) or "").strip()])):
        return table
    rows: list[tuple[int, dict[str, str]]] = []
    for number, row in table.rows:
        trades = listed.get(number)
        places = (row.get("positions") or "").strip() if column == "title" else ""
        if trades is None or (len(trades) == 1 and places and places != str(trades[0][1])):
            rows.append((number, row if column == "title" else {("title" if name == column else name): value
                                                                  for name, value in row.items()}))
            continue
        pays = _pay_for_each(row.get("salary") or "", len(trades))
        for index, (title, count) in enumerate(trades):
            rows.append((number, {name: value for name, value in row.items() if name != column}
                         | {"title": title, "positions": str(count)}
                         | ({"salary": pays[index]} if pays else {})))
    columns = tuple(dict.fromkeys((*(name for name in table.columns if name != column), "title", "positions")))
    labels = dict(table.labels)
    if column == "positions":
        labels["title"] = labels.pop("positions", "")
    return replace(table, rows=rows, columns=columns, labels=labels)


# A column named only "Duration" or «Период»: what its cells say decides whether it is the contract's length.
_DURATION_HEADERS = frozenset({"duration", "period", "term", "tenure", "продолжительность", "период", "мерзімі",
                               "мерзім", "ұзақтығы"})
_LENGTH = re.compile(r"\d{1,2}(?:[.,]5)?\s*(?:years?|yrs?|months?|mos?|лет|года?|мес\w*|жыл|ай)\.?", re.IGNORECASE)


def _length_column(table: Table) -> str | None:
    """The column a letter of demand heads "Duration" (or «Период») whose every cell is a length of time
    ("2 years", «24 мес.»): the contract's length, as nothing else in a vacancy lasts years."""
    for name in table.columns:
        if header_key(table.labels.get(name, name)) not in _DURATION_HEADERS:
            continue
        cells = [(row.get(name) or "").strip() for _, row in table.rows]
        if any(cells) and all(_LENGTH.fullmatch(cell) for cell in cells if cell):
            return name
    return None


def _a_code(cell: str) -> bool:
    """Whether a «Код» cell is a vacancy's number rather than a row's: it holds more than digits ("QA-101"),
    or digits padded with zeros as an accounting system numbers its records («000000114», never a count)."""
    cell = cell.strip()
    return bool(re.search(r"\D", cell)) or (len(cell) >= 3 and cell.startswith("0"))


# A line inside the table naming the employer of the rows under it: «Работодатель: Pearl Hospitality Group»,
# "Employer - Al Mana Trading".
_EMPLOYER_LINE = re.compile(r"^\s*(?P<label>[^:\-–—]{2,30}?)\s*[:\-–—]\s*(?P<name>\S.*?)\s*$", re.DOTALL)
# The words of a company's name that no trade group's title holds: its legal form or its line of business.
_COMPANY_WORDS = re.compile(
    r"(?<![^\W\d_])(w\.?\s?l\.?\s?l|l\.?\s?l\.?\s?c|llp|ltd|inc|corp|corporation|co|company|est|establishment|"
    r"group|holding|trading|contracting|services|q\.?\s?s\.?\s?c|q\.?\s?p\.?\s?s\.?\s?c|s\.?\s?p\.?\s?c|"
    r"тоо|ао|ооо|жшс|ақ)(?![^\W\d_])\.?", re.IGNORECASE)


def _group_employer(text: str) -> tuple[str, str] | None:
    """(the employer, the label the line gives it) of a line naming the employer of the rows under it: a
    «Работодатель: …» line, or a company's name alone ("AL MANA TRADING & CONTRACTING", «ТОО …»)."""
    text = " ".join(text.split())
    if (match := _EMPLOYER_LINE.match(text)) and HEADER_ALIASES.get(header_key(match["label"])) == "employer":
        return match["name"], match["label"]
    return (text, "") if _COMPANY_WORDS.search(text) and not re.search(r"\d", text) else None


def _names_employer_and_title(label: str) -> bool:
    """«Контрагент / Должность»: one column holding each employer on a line of its own and its jobs under it,
    as an accounting system's report groups them."""
    halves = {HEADER_ALIASES.get(header_key(half)) for half in re.split(r"\s*[/|]\s*", label) if half.strip()}
    return {"employer", "title"} <= halves


def _employer_line(row: dict[str, str], combined: str | None) -> tuple[str, str] | None:
    """(employer, label) when a row is an employer's line rather than a vacancy: in an «employer / job»
    column, a line holding that column and at most the sum of its places; elsewhere, a line of one cell
    naming an employer (see `_group_employer`)."""
    if combined is not None:
        filled = {name for name, value in row.items() if value.strip()}
        return (row[combined].strip(), "") if combined in filled and filled <= {combined, "positions"} else None
    filled_cells = [value for value in row.values() if value.strip()]
    return _group_employer(filled_cells[0]) if len(filled_cells) == 1 else None


def _employers_from_group_lines(table: Table) -> Table:
    """A table with no employer column whose rows are grouped under their employer's line (a «Работодатель:
    …» line, a company's name alone, or, in an «employer / job» column, a line with the employer and only
    the sum of its places): each row takes the employer of the line above it, and those lines are no rows."""
    if table.error is not None:
        return table
    combined = next((name for name in ("title", "employer") if name in table.columns
                     and {"title", "employer"} - {name} - set(table.columns)
                     and _names_employer_and_title(table.labels.get(name, ""))), None)
    if combined is None and ("title" not in table.columns or "employer" in table.columns):
        return table
    sheets: dict[str, int] = {}
    for number, _ in table.rows:
        sheets.setdefault(getattr(number, "sheet", ""), len(sheets))
    lines: list[tuple[int, str | None, dict[str, str] | None]] = [(number, text, None) for number, text in table.titles]
    lines += [(number, None, row) for number, row in table.rows]
    lines.sort(key=lambda line: (sheets.get(getattr(line[0], "sheet", ""), 0), int(line[0])))
    rows: list[tuple[int, dict[str, str]]] = []
    employer_lines: set[int] = set()
    employer, label = None, ""
    for number, title, row in lines:
        found = _group_employer(title) if row is None else _employer_line(row, combined)
        if found is not None:
            employer, label = found
            employer_lines.add(number)
            continue
        if row is None:
            continue  # a group's title that names no employer: still told to the officer
        if combined is not None:
            row = {("title" if name == combined else name): value for name, value in row.items()}
        rows.append((number, row if employer is None else row | {"employer": employer}))
    if employer is None and combined is None:
        return table
    labels = dict(table.labels)
    if combined is not None:
        labels["title"] = labels["employer"] = labels[combined]
    elif label:
        labels["employer"] = label
    return replace(table, rows=rows, columns=tuple(dict.fromkeys((*table.columns, "title", "employer"))),
                   labels=labels, titles=tuple(line for line in table.titles if line[0] not in employer_lines))


# A sheet's name that says nothing of whose vacancies it holds: «Лист1», "Sheet2", «TDSheet», «Вакансии».
_PLAIN_SHEET = re.compile(r"^(?:лист|sheet|tdsheet|парақ|бет|page|таблица|table|data|данные|list|список|вакансии|"
                          r"vacancies|jobs|бос орындар|свод|итог|summary|архив|archive)\s*\d*(?:\s*\(\d+\))?$",
                          re.IGNORECASE)
# What a Gulf company's name holds besides a legal form: its line of business, the Arabic article it starts
# with ("Al Meera …", "El Sewedy …"), an ampersand ("… Trading & Contracting"), Arabic letters.
_BUSINESS_WORDS = re.compile(
    r"(?<![^\W\d_])(industries|industrial|hospitality|hotels?|hospital|resorts?|corporation|foundation|factory|"
    r"catering|facilities|management|logistics|transport|shipping|marine|petroleum|energy|engineering|"
    r"construction|consultants?|enterprises?|solutions|aggregates|manpower|restaurants?|farms?)(?![^\W\d_])"
    r"|^(?:al|el|аль|эль|ал|әл)[\s-]\w|&", re.IGNORECASE)


def _names_a_company(sheet: str) -> bool:
    """Whether a sheet's name is an employer's: a company's name with its legal form ("… W.L.L.", «ТОО …») or
    its line of business ("Lusail Marina Hospitality"), the Arabic article it starts with, or in Arabic; not
    «Лист1» nor "Sheet1 (2)", not a trade or a sector ("Welders", «Сварщики», "Construction")."""
    name = " ".join(sheet.split())
    if not name or _PLAIN_SHEET.fullmatch(name):
        return False  # a sector's name alone ("Construction", "Hospitality") is no company's: two words at least
    return bool(_COMPANY_WORDS.search(name) or re.search(r"[\u0600-\u06ff]{3}", name)
                or (len(name.split()) >= 2 and _BUSINESS_WORDS.search(name)))


def _employers_from_sheet_names(table: Table) -> Table:
    """A workbook with a sheet per employer, each named after it, and no employer column: each row's employer
    is its sheet's name."""
    if table.error is not None or "employer" in table.columns or "title" not in table.columns or not table.rows:
        return table
    sheets = {getattr(number, "sheet", "") for number, _ in table.rows}
    if not all(_names_a_company(sheet) for sheet in sheets):
        return table
    rows = [(number, row | {"employer": " ".join(number.sheet.split())}) for number, row in table.rows]
    return replace(table, rows=rows, columns=(*table.columns, "employer"))


# What a title block may say once for every row: a one-employer request names its employer, city and
# closing date above the table rather than in columns.
_FACTS_FOR_EVERY_ROW = ("employer", "city", "deadline")


def _fits(name: str, value: str) -> bool:
    """A line above the table is taken only when it says what its column holds: «Срок: 2 года» above a
    table is the contract's length, not a closing date for every row."""
    if name != "deadline":
        return True
    try:
        parse_date(value)
    except ValueError:
        return False
    return True


# A company's legal form, which a title line above a table never holds: "… W.L.L.", "… LLC", «ТОО …».
_LEGAL_FORM = re.compile(
    r"(?<![^\W\d_])(w\.?\s?l\.?\s?l|l\.?\s?l\.?\s?c|llp|ltd|inc|corp|co|est|q\.?\s?s\.?\s?c|q\.?\s?p\.?\s?s\.?\s?c|"
    r"s\.?\s?p\.?\s?c|тоо|ао|ооо|жшс)(?![^\W\d_])\.?", re.IGNORECASE)


# A recruiting agency's name: it sends other companies' vacancies, so its letterhead names no employer.
_AGENCY = re.compile(r"agency|recruit|manpower|staffing|агентств|кадров|рекрут|персонал", re.IGNORECASE)


def _letterhead(lines: tuple[str, ...]) -> str | None:
    """The employer an employer's own letter of demand names on its letterhead, above the table: the one line
    of the title block that is a company's name with its legal form ("Al Muftah Contracting W.L.L."), with no
    figure nor colon (an address or a «Ref:» line is none), and no recruiting agency's; None when there is no
    such line, or two."""
    lines = tuple(_company_in_title(line) or line for line in map(without_arabic_half, lines))
    names = [line for line in lines if _LEGAL_FORM.search(line) and not re.search(r"[\d:]", line)
             and len(line.split()) <= 8 and not _AGENCY.search(line)]
    if not names and lines and _company_without_legal_form(lines[0]):
        return lines[0]
    return names[0] if len(names) == 1 else None


# What a document's title says, which a company's name does not: «Перечень вакансий», "Manpower Demand", "Open
# positions", "Job openings".
_DOCUMENT_WORDS = re.compile(r"vacanc|ваканс|\blist\b|перечень|список|тізім|demand|requirement|потребност|"
                             r"бос орын|report|отч[её]т|заявк|форма|form\b|\bopen positions\b|\bopenings\b|"
                             r"\bjob openings\b|\bjobs\b", re.IGNORECASE)


# A word in the Arabic script, and what parts a name's two halves: "Al Jaber Engineering W.L.L. — شركة الجابر
# للهندسة", "Ras Laffan / راس لفان".
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_HALVES = re.compile(r"\s+[-–—/|]\s+|\s*/\s*|\s*\|\s*")


def without_arabic_half(text: str) -> str:
    """A name a Qatari file writes in English (or Russian) and in Arabic in one cell, as its English half: the
    workers read Kazakh, Russian or English. A name in Arabic alone, or in one script, is left as it is."""
    if not _ARABIC_SCRIPT.search(text) or not re.search(r"[^\W\d_]", _ARABIC_SCRIPT.sub("", text)):
        return text
    parts = [part.strip() for part in _HALVES.split(text) if part.strip()]
    kept = [half for part in parts if (half := _other_than_arabic(part))]
    if not kept or kept == parts:
        return text
    return " / ".join(kept) if all(re.search(r"[^\W\d_]", part) for part in kept) else text


def _other_than_arabic(part: str) -> str | None:
    """A half of a name in Latin or Cyrillic letters, also when the Arabic stands beside it with no sign between
    («Scaffolder عامل سقالات», «Driver (سائق)»): the words wholly in Arabic script at either end are left out. None
    for a part in Arabic alone, or with Arabic in its middle."""
    words = part.split()
    arabic = [bool(_ARABIC_SCRIPT.search(word)) and not re.search(r"[^\W\d_]", _ARABIC_SCRIPT.sub("", word))
              for word in words]
    start, end = 0, len(words)
    while start < end and arabic[start]:
        start += 1
    while end > start and arabic[end - 1]:
        end -= 1
    rest = " ".join(words[start:end])
    if not rest or _ARABIC_SCRIPT.search(rest) or not re.search(r"[^\W\d_]", rest):
        return None
    return rest


# What parts a document's title from the company it is of: «Вакансии — Al Khor Shipyard W.L.L.», "Vacancies: …",
# "List of vacancies at …", «Вакансии компании …».
# «Заявка работодателя …», "Demand of employer …".
_TITLE_APART = re.compile(r"\s+[-–—]\s+|\s*:\s*|\s+(?:at|with|of|in|компании|в|во|(?:of\s+)?employer|работодателя)\s+",
                          re.IGNORECASE)
# Where and in what country, in brackets after the company: «… Ezdan Housing Services (Катар, Эль-Вакра)».
_PLACE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")


def _company_in_title(line: str) -> str | None:
    """The company a title line names after the document's own title, as a workbook with a sheet per employer
    heads each sheet («Вакансии — Dukhan Oilfield Services», "Vacancies at Al Khor Shipyard W.L.L."); None when
    the line is no such title or what follows names no company."""
    line = " ".join(line.split())
    if re.search(r"\d", line):
        return None
    for apart in _TITLE_APART.finditer(line):
        title, company = line[:apart.start()], _PLACE_AFTER.sub("", line[apart.end():])
        if apart[0].strip() in "-–—" and _DOCUMENT_WORDS.search(company) and not _DOCUMENT_WORDS.search(title):
            title, company = company, title  # "Ali Bin Ali Facility Services — open positions"
        if not _DOCUMENT_WORDS.search(title) or _DOCUMENT_WORDS.search(company) or ":" in company:
            continue
        if not _AGENCY.search(company) and (_LEGAL_FORM.search(company) or _company_without_legal_form(company)):
            return company
        return None
    return None


def _town_in_brackets(lines: tuple[str, ...]) -> str | None:
    """The town of Qatar a title names in brackets after the company («Vacancies — Lusail Residences Management
    (Lusail)», «Заявка работодателя Ezdan (Катар, Эль-Вакра)»): the place of every row of a table with no town
    column. None when no bracket names one town, or the lines name two."""
    found: set[str] = set()
    for line in lines:
        bracket = re.search(r"\(([^()]*)\)\s*$", line)
        if bracket is None:
            continue
        for part in re.split(r"[,;/]", bracket[1]):
            if part.strip() and town_of(part.strip()) is not None:
                found.add(part.strip())
    return found.pop() if len(found) == 1 else None


def _company_without_legal_form(line: str) -> bool:
    """Whether the top line of a letterhead is a company's name though it gives no legal form ("Al Muftah
    Contracting", "Lusail Catering"): a few words naming a line of business, no figure nor colon (an address,
    a date), not a document's title nor a recruiting agency's name."""
    words = line.split()
    business = any(match.group(1) for match in _BUSINESS_WORDS.finditer(line))  # a trade's word, not "Al …" alone
    return (2 <= len(words) <= 6 and bool(_COMPANY_WORDS.search(line) or business)
            and not re.search(r"[\d:]", line) and not _AGENCY.search(line) and not _DOCUMENT_WORDS.search(line))


def _with_facts_above(table: Table) -> Table:
    """The table with the title block's «Работодатель: …» (or city, or closing date) as a column of its
    own where the table has none; a column the table has always wins over the line above it. In a workbook
    with a sheet per employer, each sheet's line names the employer of that sheet's rows."""
    if table.error is not None:
        return table

    def usable(above: dict[str, tuple[str, str]], lines: tuple[str, ...]) -> dict[str, tuple[str, str]]:
        facts = {name: above[name] for name in _FACTS_FOR_EVERY_ROW
                 if name in above and name not in table.columns and _fits(name, above[name][0])}
        if "employer" not in facts and "employer" not in table.columns and (letterhead := _letterhead(lines)):
            facts["employer"] = (letterhead, "")
        if "city" not in facts and "city" not in table.columns and (town := _town_in_brackets(lines)):
            facts["city"] = (town, "")
        return facts

    first_sheet = next(iter(table.lines_above), "")
    first = usable(table.above, table.lines_above.get(first_sheet, ()))
    sheets = set(table.above_by_sheet) | set(table.lines_above)
    by_sheet = {sheet: usable(table.above_by_sheet.get(sheet, {}), table.lines_above.get(sheet, ()))
                for sheet in sheets}
    rows, named = [], dict(first)
    for number, row in table.rows:
        sheet = getattr(number, "sheet", "")
        facts = by_sheet.get(sheet, {}) if sheet else first
        named |= {name: fact for name, fact in facts.items() if name not in named}
        rows.append((number, row | {name: value for name, (value, _) in facts.items()}))
    if not named:
        return table
    return replace(
        table, rows=rows, columns=(*table.columns, *named),
        labels=table.labels | {name: label for name, (_, label) in named.items() if label},
    )


def read_upload(data: bytes, filename: str) -> Table:
    """Read a file an officer sent, knowing the vacancy headers, before telling vacancies from statuses."""
    return read_table(data, filename, aliases=HEADER_ALIASES, first_filled=TITLE_IN_LANGUAGES)


_MORE_CONDITION_WORDS = {  # besides `_BENEFIT_WORDS`, defined with the pay below
    "medical_provided": re.compile(r"мед|medical|insurance|страхов|сақтандыру", re.IGNORECASE),
    "airfare_provided": re.compile(r"билет|ticket|air ?fare|авиа", re.IGNORECASE),
}
_CONDITIONS_LEAD = re.compile(r"^\s*(условия|conditions|terms|benefits|facilities|шарттар[ыі]?)\s*[:\-—–]\s*",
                              re.IGNORECASE)
_CONDITION = re.compile(r"^\s*(?P<what>[^:\-—–=]+?)\s*[:\-—–=]\s*(?P<answer>.+?)\s*$")


def _conditions(text: str) -> dict[str, str] | None:
    """What a line of conditions under a vacancy says («Условия: проживание — да, питание — нет», "Food:
    Provided; Accommodation: Company"), by column; None when the line is not such a list."""
    found: dict[str, str] = {}
    for part in re.split(r"[,;\n]", _CONDITIONS_LEAD.sub("", text)):
        if not part.strip():
            continue
        match = _CONDITION.match(part)
        names = [name for name, words in (_BENEFIT_WORDS | _MORE_CONDITION_WORDS).items()
                 if match and words.search(match["what"])]
        if len(names) != 1:
            return None
        try:
            if parse_flag(match["answer"]) is None:
                continue
        except ValueError:
            return None
        found.setdefault(names[0], match["answer"])
    return found or None


def with_conditions_rows(rows: list[tuple[int, dict[str, str]]]) -> list[tuple[int, dict[str, str]]]:
    """The rows with each vacancy's conditions line (a row of one cell under it, listing what the employer
    gives: «Условия: проживание — да, питание — нет») read into that vacancy's own columns, where they
    are empty, instead of being taken for a vacancy with no employer."""
    result: list[tuple[int, dict[str, str]]] = []
    for number, row in rows:
        filled = [value for value in row.values() if value.strip()]
        conditions = _conditions(filled[0]) if len(filled) == 1 and result else None
        if conditions is None:
            result.append((number, row))
            continue
        previous_number, previous = result[-1]
        result[-1] = (previous_number, previous | {name: answer for name, answer in conditions.items()
                                                   if not (previous.get(name) or "").strip()})
    return result


_ALLOWANCE_OF = {"accommodation_provided": "housing_allowance", "food_provided": "food_allowance",
                 "transport_provided": "transport_allowance"}
_CLAUSES_APART = re.compile(r"[;\n]|\.(?=\s|$)|,(?=\s)")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[-•*–])\s*")
_A_SUM = re.compile(r"\d[\d\s\u00a0,.]*")


def _weeks_hours(text: str) -> int | None:
    """The working week a note gives; under a label naming the hours, «8/day» is 8 hours a day."""
    if re.search(r"hour|час|сағат", text, re.IGNORECASE):
        text = re.sub(r"(?<![\d.,])(\d{1,2})\s*/\s*(?=(?:day|d|день|күн)\b)", r"\1 hrs/", text, flags=re.IGNORECASE)
    try:
        return _weekly_hours(RowReader({"hours_per_week": text}, 0))
    except RowError:
        return None


# Medical care given, not a medical asked of the worker («медицинская книжка», "medical test required").
_MEDICAL_CARE = re.compile(r"insurance|страхов|сақтандыр|\bcare\b|treatment|лечени|емдел|емдеу", re.IGNORECASE)


def _a_sum_of_money(text: str, figure: str) -> bool:
    """Whether the figure a note writes is a sum paid ("QR 300", "food 300"), not a count ("2 persons per room")."""
    if _named_currency(text) or _MONEY_WORDS.search(text):
        return True
    try:
        return parse_number(figure.strip(" ,.")) >= 50
    except (ValueError, ArithmeticError):
        return False


def _clause_terms(clause: str, names: list[str]) -> dict[str, str]:
    """What one clause says of the benefits `names`: a sum is the allowance paid instead («food allowance QR 300»,
    one benefit named), a yes or no their provision ("Accommodation and transportation provided", "Housing:
    company", "Transport: yes"); nothing when it says neither."""
    answer = clause.split(":", 1)[1] if ":" in clause else clause
    figure = _A_SUM.search(answer)
    if figure is not None and any(name in _ALLOWANCE_OF for name in names) and _a_sum_of_money(answer, figure[0]):
        named = _named_currency(answer)
        if len(names) != 1 or (named is not None and named != "QAR"):
            return {}
        return {_ALLOWANCE_OF[names[0]]: figure[0].strip(" ,.")}
    words = " ".join(answer.split())
    try:
        flag = parse_flag(words)
    except ValueError:
        flag = None if not _DENIED.search(words) else False
        if re.search(r"\b(provided|free|company|employer|yes|included|предоставл\w*|бесплатн\w*|есть|беріледі|"
                     r"тегін)", words, re.IGNORECASE) and flag is None:
            flag = True
    if flag is None and not _DENIED.search(words) and (names == ["airfare_provided"] or (
            names == ["medical_provided"] and _MEDICAL_CARE.search(words))):
        flag = True  # "medical insurance", "annual air ticket": named among what the job gives, not asked of the worker
    if flag is None:
        return {}
    return {name: "yes" if flag else "no" for name in names}


def terms_in_words(text: str, *, by_label: bool = False) -> dict[str, str]:
    """The contract's terms a note writes in words, by column, as a row's cells would hold them: the working week
    («8 hrs/day, 6 days a week», "48 hours/week"), housing, food and transport provided or paid as an allowance
    ("Shared room by company, food allowance QR 300", "Housing: company; Transport: yes"), the ticket, medical care
    and the contract's length ("Contract period: 24 months"). With `by_label`, a line of a letter's terms under its
    table («3. Food: QR 300 per month allowance»), only what its label before the colon names is read."""
    found: dict[str, str] = {}
    text = _NUMBERING.sub("", text) if by_label else text
    if by_label:
        if ":" not in text:
            return {}
        label = text.split(":", 1)[0]
        if re.search(r"hour|час|сағат", label, re.IGNORECASE):
            hours = _weeks_hours(text)
            return {"hours_per_week": str(hours)} if hours is not None else {}
        clauses = [text]
    else:
        if (hours := _weeks_hours(text)) is not None:
            found["hours_per_week"] = str(hours)
        clauses = [part for part in _CLAUSES_APART.split(text) if part.strip()]
    for clause in clauses:
        about = clause.split(":", 1)[0] if by_label else clause
        if _CONTRACT_WORDS.search(about.lower()) and not any(words.search(about) for words in _NOTE_TERMS.values()):
            length = _YEARS.search(_REMARK_IN_BRACKETS.sub(" ", clause)) or _MONTHS.search(clause)
            if length is not None:
                found.setdefault("contract_months", " ".join(length[0].split()))
            continue
        if re.search(r"hour|час|сағат|\bhrs?\b", clause, re.IGNORECASE):
            continue  # the working week, read above
        names = [name for name, words in _NOTE_TERMS.items() if words.search(about)]
        if names:
            for name, value in _clause_terms(clause, names).items():
                found.setdefault(name, value)
    return found


def _terms_under_table(notes: tuple[str, ...]) -> dict[str, str]:
    """The terms a letter of demand writes under its table, line by line, holding for every row of it."""
    found: dict[str, str] = {}
    for line in notes:
        for name, value in terms_in_words(line, by_label=True).items():
            found.setdefault(name, value)
    return found


def _with_terms(row: dict[str, str], *said: dict[str, str]) -> dict[str, str]:
    """The row with the terms said elsewhere (its notes, the lines under the table) where its own cells are
    empty: a column the row fills always wins."""
    added: dict[str, str] = {}
    for terms in said:
        for name, value in terms.items():
            if not (row.get(name) or "").strip() and name not in added:
                added[name] = value
    return row | added if added else row


def derived_external_id(row: dict[str, str]) -> str:
    """A reference for a vacancy in a file that gives none, made of what names it (employer, title,
    city), so that sending the same file again updates the same vacancies instead of adding copies."""
    parts = [_one_line(row.get(name) or "").casefold() for name in ("employer", "title", "city")]
    return "R-" + hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:10].upper()


def parse_vacancy_table(
    table: Table, *, valid_isco_codes: Collection[str] | None = None
) -> ParseResult[VacancyRow]:
    """Parse every row; a repeated external_id (in capitals or not) is an error on the later row, the first
    one is kept.

    A file without an id column gets references made from each row (`derived_external_id`); a repeated
    one there is the same vacancy written twice."""
    result: ParseResult[VacancyRow] = ParseResult()
    seen: dict[str, dict[str, str]] = {}
    derive = "external_id" not in table.columns and not any("external_id" in row for _, row in table.rows)
    month_first = dates_month_first(table)
    quantities = _counts_with_three_decimals(table.rows)
    under_table = _terms_under_table(table.notes)
    under_sheet = {sheet: _terms_under_table(notes) for sheet, notes in table.notes_by_sheet.items()}
    for number, row in with_conditions_rows(table.rows):
        sheet = getattr(number, "sheet", "")
        terms = under_sheet.get(sheet, under_table) if sheet else under_table
        row = _with_terms(row, terms_in_words(row.get("note") or ""), terms)
        row = _with_code_from_title(row, derive)
        if quantities:
            row = row | {"positions": (row.get("positions") or "").strip().removesuffix(",000")}
        if derive and not (row.get("external_id") or "").strip() and (row.get("title") or "").strip() \
                and (row.get("employer") or "").strip():
            row = row | {"external_id": derived_external_id(row)}
        external_id = _one_line(row.get("external_id") or "")
        key = external_id.casefold()  # «jd-12» typed again is the same portal code as «JD-12»
        if external_id and key in seen:
            code = "duplicate_row" if derive else _duplicate_code(seen[key], row)
            result.errors.append(RowError(number, "title" if derive else "external_id", code, external_id))
            continue
        if external_id:
            seen[key] = row
        try:
            result.rows.append(parse_vacancy_row(row, number, valid_isco_codes=valid_isco_codes, labels=table.labels,
                                                 month_first=month_first))
        except RowError as error:
            result.errors.append(error)
    return result


# A vacancy's portal code written in its title's cell, before the title («QA-8101 — Электрик», «QA-8102
# Сантехник», "QA-2026-0511: Plumber") or after it in brackets («Плиточник (QA-8103)»): Latin capitals, a dash or
# a slash, three digits or more (or several groups of them).
_CODE = r"[A-Z]{1,6}(?:[-/][A-Z]{1,6})*(?:[-/]\d{3,}|[-/]\d+(?:[-/]\d+)+)"  # not "COVID-19 Nurse"
_CODE_BEFORE_TITLE = re.compile(rf"^\s*(?P<code>{_CODE})\s*(?:[:.—–-]\s*|\s)(?P<title>.*[^\W\d_].*?)\s*$", re.DOTALL)
_CODE_AFTER_TITLE = re.compile(rf"^\s*(?P<title>.*[^\W\d_].*?)\s*(?:[(\[]\s*(?P<code>{_CODE})\s*[)\]]|\s[—–-]\s*"
                               rf"(?P<code2>{_CODE}))\s*$", re.DOTALL)


def _with_code_from_title(row: dict[str, str], derive: bool) -> dict[str, str]:
    """A row whose title's cell also holds the vacancy's code: the code is the vacancy's number when the
    file has no column for it (or the same code is in that column), and the title is the rest."""
    title = row.get("title") or ""
    match = _CODE_BEFORE_TITLE.match(title) or _CODE_AFTER_TITLE.match(title)
    if match is None:
        return row
    code = match["code"] or match.groupdict().get("code2")
    if derive:
        return row | {"title": match["title"], "external_id": code}
    if _one_line(row.get("external_id") or "").casefold() == code.casefold():
        return row | {"title": match["title"]}
    return row


# An occupation's classifier code with its title in one cell, as an accounting system lists professions
# («7212 Сварщик», «7411-Электромонтажник», «Водитель автобуса (8331)»): four digits, an ISCO-08 unit group
# (Kazakhstan's classifier of occupations keeps ISCO-08's groups, and writes its own after them: «7212-1-001»).
_OCCUPATION_CODE_BEFORE = re.compile(r"^\s*(?P<code>\d{4})(?:-\d-\d{3})?\s*[-–—:.]?\s*(?P<title>[^\W\d_].*?)\s*$",
                                     re.DOTALL)
_OCCUPATION_CODE_AFTER = re.compile(r"^\s*(?P<title>.*?[^\W\d_].*?)\s*[(\[]\s*(?:(?:код|code|окз|нкз|isco)\.?\s*:?\s*)*"
                                    r"(?P<code>\d{4})(?:-\d-\d{3})?\s*[)\]]\s*$"
                                    r"|^\s*(?P<title2>.*?[^\W\d_].*?)\s+[-–—]\s*(?P<code2>\d{4})\s*$",
                                    re.DOTALL | re.IGNORECASE)


# A list's running number typed into the title's cell: «1. Сварщик», «2) Повар».
_RUNNING_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s+(?=[^\W\d_])")


def _occupation_code_in_title(title: str, valid: Collection[str] | None) -> tuple[str, str | None]:
    """(the title, its occupation's code) of a title's cell that starts with the code or ends with it in
    brackets; (the cell, None) otherwise, and when the four digits are no occupation's code."""
    match = _OCCUPATION_CODE_BEFORE.match(title) or _OCCUPATION_CODE_AFTER.match(title)
    if match is None:
        return title, None
    found = match.groupdict()
    code, rest = found.get("code") or found.get("code2"), found.get("title") or found.get("title2")
    if valid is not None and code not in valid:
        return title, None
    return rest, code


def _counts_with_three_decimals(rows: list[tuple[int, dict[str, str]]]) -> bool:
    """Whether an accounting system wrote the places with three decimals after a comma («6,000», «15,000»),
    as it writes quantities: every figure of the column ends «,000», which no count of people written with
    a thousands comma does (12 welders, not twelve thousand); a file of one row, when its pay is written with
    a decimal comma («1 800,00»)."""
    cells = [(row.get("positions") or "").strip() for _, row in rows]
    cells = [cell for cell in cells if cell]
    if not cells or not all(re.fullmatch(r"\d{1,3},000", cell) for cell in cells):
        return False
    pay = " ".join(row.get(name) or "" for _, row in rows for name in ("salary", "salary_min", "salary_max"))
    return len(cells) >= 2 or bool(re.search(r"\d,\d{2}(?!\d)", pay))  # one row: its pay's decimal comma tells


# A numeric date, its first two numbers apart: "12/28/2027", "5-6-2027".
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})\s*$")


def dates_month_first(table: Table) -> bool:
    """Whether the file writes its closing dates month first: a line above the table or the column's header
    says so ("Closing Date (MM/DD/YYYY)", «Формат дат: ММ/ДД/ГГГГ»), or a date in the column can only be
    read month first ("12/28/2027") and none only day first. A column is written one way, so then
    "05/06/2027" beside it is 6 May, not 5 June."""
    if table.month_first or SAYS_MONTH_FIRST.search(table.labels.get("deadline", "")):
        return True
    pairs = [(int(m[1]), int(m[2])) for _, row in table.rows if (m := _NUMERIC_DATE.match(row.get("deadline") or ""))]
    return any(second > 12 >= first for first, second in pairs) and not any(first > 12 for first, _ in pairs)


def _duplicate_code(first: dict[str, str], again: dict[str, str]) -> str:
    """Why a row whose code is taken is refused: the same vacancy written twice, or another vacancy
    given a code already used, which the officer must renumber (the second would overwrite the first)."""
    same = all(_one_line(first.get(name) or "") == _one_line(again.get(name) or "") for name in first | again)
    return "duplicate" if same else "duplicate_code"


def parse_vacancy_row(
    row: dict[str, str],
    row_number: int,
    *,
    valid_isco_codes: Collection[str] | None = None,
    labels: dict[str, str] | None = None,
    month_first: bool = False,
) -> VacancyRow:
    """Validate one row in schema order; raises RowError for the first bad cell. `labels` are the
    headers as written, which may name the pay's currency («Зарплата (тенге)»)."""
    cells = RowReader(row, row_number, labels)
    title = without_arabic_half(_RUNNING_NUMBER.sub("", _named(cells, "title")))
    if not cells.raw("isco_code"):
        title, code = _occupation_code_in_title(title, valid_isco_codes)
        if code is not None:
            cells = RowReader(row | {"isco_code": code}, row_number, labels)
    employer = _named(cells, "employer")
    external_id = _one_line(cells.text("external_id", 100, required=True))
    country = _code(cells, "country", "QA", COUNTRY_CODES, "bad_country", upper=True)
    currency = _currency(cells)
    city = place_of_work(without_arabic_half(_one_line(cells.text("city", 100)))) or None
    positions = _count(cells)
    salary_min, salary_max = _salary(cells, currency)
    housing = _benefit(cells, "accommodation_provided", "housing_allowance", currency)
    food = _benefit(cells, "food_provided", "food_allowance", currency)
    transport = _benefit(cells, "transport_provided", "transport_allowance", currency)
    housing, food, transport = _with_pay_and_allowances(cells, currency, housing, food, transport)
    return VacancyRow(
        external_id=external_id,
        title=title,
        employer=employer,
        country=country,
        currency=currency,
        city=city,
        positions=positions,
        salary_min=salary_min,
        salary_max=salary_max,
        food_allowance=food[1],
        housing_allowance=housing[1],
        transport_allowance=transport[1],
        accommodation_provided=housing[0],
        food_provided=food[0],
        transport_provided=transport[0],
        medical_provided=cells.flag("medical_provided"),
        airfare_provided=cells.flag("airfare_provided"),
        annual_leave_days=_leave_days(cells),
        contract_months=_months(cells),
        hours_per_week=_weekly_hours(cells),
        min_experience_years=_experience(cells),
        languages=_languages(cells),
        requirements=cells.text("requirements", 4000),
        description=cells.text("description", 4000),
        deadline=_deadline(cells, month_first),
        url=_url(cells),
        isco_code=_isco(cells, valid_isco_codes),
        status=_status(cells),
        row=row_number,
    )


# A count with its unit: «10 чел.», «3 человека», «5 мест», «3 орын», «10 адам», «4 кісі», "12 persons", "1 no.",
# "10 NOS only".
_COUNT = re.compile(r"(\d[\d\s\u00a0]*)\s*(чел|человека?|мест|места|место|орын|адам|кісі|oryn|adam|kisi|persons?|pers|"
                    r"people|ppl|pax|heads?|positions?|vacancies|nos?|no'?s|numbers?|workers|ваканси[яийю]|бос орын|"
                    r"штатн\w* единиц\w*|шт\.? ?ед|шт|"
                    r"қызметкер\w*|жұмысшы\w*|сотрудник\w*|рабочи[хй]|специалист\w*|"
                    # places for men and for women, counted apart: «3 муж. + 2 жен.», "5 male + 2 female"
                    r"муж\w*|жен\w*|ер адам|әйел\w*|ер|males?|females?|men|women)?\.?(?:\s*only)?",
                    re.IGNORECASE)
# What surrounds a sum without changing it: the currency and «в месяц».
_MONEY_WORDS = re.compile(
    r"(?<![^\W\d_])(qar|qr|[кқ]атар\w*|кат|qatar\w*|риал\w*|реал\w*|riyals?|rials?|риял\w*|only)(?![^\W\d_])\.?"
    r"|(?:\s|/|\b)(в месяц|в мес|месяц|мес|per month|a month|month|monthly|p ?/ ?m|p\.\s?m|pm|айына|айлығы|айлық)"
    r"\b\.?"
    r"|/\s*ай\b"
    r"|ر\.?\s*ق\.?|ريال(?:\s*قطري)?|\ufdfc"  # the riyal in Arabic, as Qatari employers' sheets write it
    r"|(?:\+|(?<![^\W\d_])plus)\s*(ot|от|o\.\s?t|overtime|сверхурочн\w*|переработк\w*)(?![^\W\d_])\.?(?!\s*\d)",
    re.IGNORECASE
)
# «1200,-» and "QR1,650/-": a whole sum, its empty cents struck through as accountants write them.
_NO_CENTS = re.compile(r"(?<=\d)\s*[,./]\s*[-–—]+(?=\s|$)")
# Other currencies written in a pay cell or its header: a sum in them is not a sum in the vacancy's.
_CURRENCY_WORDS = {
    "KZT": re.compile(r"тенге|теңге|tenge|\bkzt\b|₸", re.IGNORECASE),
    "USD": re.compile(r"\busd\b|\$|доллар|dollar", re.IGNORECASE),
    "EUR": re.compile(r"\beur\b|€|евро|euro", re.IGNORECASE),
    "RUB": re.compile(r"\brub\b|руб|₽", re.IGNORECASE),
}
_RANGE = re.compile(
    r"^(?:от|с|from|бастап)?\s*(?P<low>[\d\s.,]+?)\s*(?:-|–|—|до|по|to|дейін)\s*(?P<high>[\d\s.,]+)$", re.IGNORECASE
)
_FROM = re.compile(r"^(?:от|с|from|min\.?|minimum|мин\.?|минимум|at least|не менее|не ниже|кемінде|ең кемі)\s*"
                   r"(?P<low>[\d\s.,]+)$"
                   r"|^(?P<low2>[\d\s.,]+?)\s*(?:бастап|and above|\+)$", re.IGNORECASE)
# A sum with a European thousands dot: "1.800", "2.200 - 2.800", "1.500,00" (riyals never have three decimals).
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_UP_TO = re.compile(r"^(?:до|up to|max\.?|maximum|макс\.?|максимум)\s*(?P<high>[\d\s.,]+)$"
                    r"|^(?P<high2>[\d\s.,]+?)\s*дейін$",
                    re.IGNORECASE)


# People counted as a group, as Russian counts them: «двое», «трое человек», «пятеро».
_COLLECTIVE_NUMBERS = {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
                       "девятеро": 9, "десятеро": 10}
_COLLECTIVE = re.compile(rf"(?<!\w)(?:{'|'.join(_COLLECTIVE_NUMBERS)})(?!\w)", re.IGNORECASE)


def _count(cells: RowReader) -> int | None:
    """The number of places, with or without its unit («10 чел.», «5 (пять) чел.», "x4" as demand letters
    write it), in figures or in words («пять», «он екі адам», "Ten (10)")."""
    raw = " ".join(re.sub(r"\([^\d()]*\)", " ", cells.raw("positions")).split())
    raw = re.sub(r"^[xх×]\s*(?=\d)", "", raw, flags=re.IGNORECASE)
    if re.search(r"[^\W\d_]", raw):  # «пять», «он екі адам», "Ten (10)": the number in words, or both ways
        raw = _COLLECTIVE.sub(lambda match: str(_COLLECTIVE_NUMBERS[match[0].lower()]), raw)
        raw = re.sub(r"^(\d+)\s*\(\s*\1\s*\)", r"\1", spelled_numbers(raw))
    parts = [_COUNT.fullmatch(part.strip()) for part in raw.split("+")] if "+" in raw else []
    if parts and all(parts):  # «3 муж. + 2 жен.»: the places for men and for women together
        raw = str(sum(int(re.sub(r"\D", "", part[1])) for part in parts if part))
    if raw != cells.raw("positions"):
        cells = RowReader({"positions": raw}, cells.row_number, cells.labels)
    match = _COUNT.fullmatch(cells.raw("positions"))
    if match and match.group(2):
        cells = RowReader({"positions": match.group(1)}, cells.row_number)
    return cells.integer("positions", 1, 100_000)


def _money(cells: RowReader, raw: str) -> Decimal:
    """One sum of the `salary` cell; a word that is no sum is refused, saying what the cell needs."""
    try:
        number = parse_number(_dot_thousands(raw))
    except (ValueError, ArithmeticError):
        raise cells.error("salary", "bad_salary") from None
    if not 0 <= number <= MAX_MONEY:
        raise cells.error("salary", "out_of_range")
    return number


def _dot_thousands(raw: str) -> str:
    """"1.800" as 1800, not 1.8: a pay figure with a dot before three digits is written with a European
    thousands dot (German and Turkish locales, agencies that use them)."""
    text = "".join(raw.split())
    if _DOT_THOUSANDS.fullmatch(text):
        return text.replace(".", "").replace(",", ".")
    return raw


# The riyal named in words in a currency column, as an accounting system or an agency writes it: «Катарский
# риал», «риал», «кат. риал», "Qatari Riyal", "QR", «ر.ق».
_RIYAL_WORDS = re.compile(r"^(?:(?:[кқ]атар\w*|кат\.?|qatar\w*)\s*)?(?:риал\w*|реал\w*|риял\w*|riyals?|rials?)"
                          r"(?:\s*(?:[кқ]атар\w*|qatar\w*))?$|^qr\.?$|^ر\.?\s*ق\.?$|^ريال(?:\s*قطري)?$", re.IGNORECASE)


def _currency(cells: RowReader) -> str:
    """The vacancy's currency: its ISO code (QAR by default), or its name in words: «Катарский риал» and "Qatari
    Riyal" are QAR, «тенге» KZT, «доллар США» USD."""
    value = " ".join(cells.raw("currency").split())
    if not value or value.upper() in CURRENCY_CODES:
        return value.upper() or "QAR"
    codes = {word.upper() for word in re.findall(r"(?<![^\W\d_])[A-Za-z]{3}(?![^\W\d_])", value)} & CURRENCY_CODES
    words = re.split(r"\s*[()\[\]/,;]\s*", value)
    if any(_RIYAL_WORDS.fullmatch(word) for word in words if word):
        codes.add("QAR")  # «QAR (катарский риал)», «риал / QAR»
    elif (named := _named_currency(value)) is not None:
        codes.add(named)
    if len(codes) != 1:
        raise cells.error("currency", "bad_currency")
    return codes.pop()


def _named_currency(text: str) -> str | None:
    """The currency other than the riyal a pay cell or header names («450 000 тенге», «Зарплата (тенге)»)."""
    return next((code for code, words in _CURRENCY_WORDS.items() if words.search(text)), None)


# Another currency's equivalent in brackets after a sum: «(≈ 200 000 тенге)», "(approx. USD 480)".
_EQUIVALENT = re.compile(r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]")


def _without_equivalent(raw: str) -> str:
    """A pay cell without a bracketed sum in another currency, when the sum before the brackets stands alone."""
    def drop(match: re.Match[str]) -> str:
        return "" if _named_currency(match[0]) else match[0]
    rest = _EQUIVALENT.sub(drop, raw)
    return rest if rest != raw and re.search(r"\d", rest) and _named_currency(rest) is None else raw


# A CRM's money field as it exports it, the sum and its currency's code parted by a bar: Bitrix24's «1800|QAR».
_CRM_MONEY = re.compile(r"(?P<sum>\d[\d\s.,]*?)\s*\|\s*(?P<code>[A-Za-z]{3})")


def _crm_money(raw: str) -> str:
    """«1800|QAR» as the riyals it is, «1800»; another currency keeps its code («450000 KZT»), so that the sum is
    refused as pay in that currency rather than read as riyals."""
    match = _CRM_MONEY.fullmatch(raw.strip())
    if match is None:
        return raw
    return match["sum"] if match["code"].upper() == "QAR" else f"{match['sum']} {match['code'].upper()}"


_FROM_SLASH_TO = re.compile(r"(от|min|from|бастап)\.?\s*/\s*(до|max|to|дейін)", re.IGNORECASE)


def _salary(cells: RowReader, currency: str = "QAR") -> tuple[Decimal | None, Decimal | None]:
    """The monthly pay from `salary_min` and `salary_max` (plain numbers, as the README has them), or from
    one `salary` cell as people write it: "1500-2000", «от 1800», «до 9000», "QAR 2,500" (one figure is
    both ends), «2 500 риал». Only the riyal is left out of the text: another currency's sum is refused, but not
    its equivalent in brackets after the riyal sum («1 500 QAR (≈ 200 000 тенге)»), written for the workers."""
    cells = RowReader(cells.row | {name: _without_equivalent(_crm_money(cells.raw(name)))
                                   for name in ("salary", "salary_min", "salary_max")},
                      cells.row_number, cells.labels)
    for name in ("salary", "salary_min", "salary_max"):
        named = _named_currency(f"{cells.raw(name)} {cells.labels.get(name, '')}") if cells.raw(name) else None
        if named is not None and named != currency:
            raise cells.error(name, "salary_currency")
    thousands = RowReader({name: _dot_thousands(cells.raw(name)) for name in ("salary_min", "salary_max")},
                          cells.row_number, cells.labels)
    low = thousands.number("salary_min", 0, MAX_MONEY)
    high = thousands.number("salary_max", 0, MAX_MONEY)
    text = _money_text(cells.raw("salary"))
    if _FROM_SLASH_TO.search(cells.labels.get("salary", "")):
        text = re.sub(r"(?<=\d)\s*/\s*(?=\d)", "-", text)  # «Зарплата: от / до» over «1500 / 2000»
    if low is None and high is None and text:
        low, high = _salary_text(cells, text)
    if low is not None and high is not None and low > high:
        name = "salary_min" if cells.raw("salary_min") else "salary"
        raise cells.error(name, "min_above_max", f"{low} > {high}")
    return low, high


# What the employer gives on top of the pay, written after a plus: «1500 + питание», "1,300 + food &
# accommodation", «+ жильё и транспорт».
_BENEFIT_WORDS = {
    "food_provided": re.compile(r"питан|еда|food|meal|тамақ", re.IGNORECASE),
    "accommodation_provided": re.compile(r"жил[ьё]|прожив|общежит|accommodation|housing|тұру|тұрғын|баспана|"
                                         r"жатақхана|dormitor|hostel",
                                         re.IGNORECASE),
    "transport_provided": re.compile(r"транспорт|проезд|transport|көлік", re.IGNORECASE),
}
_PLUS_BENEFITS = re.compile(r"(?P<what>(?:\s*\+\s*[^\d+]+)+)$")
# The same in brackets after the sum: "QAR 1,700 (food provided)", «1 500 (жильё бесплатно)».
_BRACKET_BENEFITS = re.compile(r"\s*\((?P<what>[^\d()]+)\)\s*$")
# A provision denied rather than given: «(без питания)», "(food not provided)".
_DENIED = re.compile(r"(?<![^\W\d_])(not|no|without|own|не|нет|без|свой|своё|жоқ|берілмейді|емес)(?![^\W\d_])",
                     re.IGNORECASE)
# An allowance written after the pay, with its sum and its currency after or before it: «1 500 – 1 800 + 300
# питание», "1600 + 200 (transport)", "QAR 1,500 basic + QAR 250 transport".
_PLUS_ALLOWANCE = re.compile(
    r"\s*\+\s*(?:(?:qar|qr|риал\w*|riyals?)\.?\s*)?(?P<sum>\d[\d\s.,]*?)\s*(?:qar|qr|риал\w*|riyals?)?\s*\(?\s*"
    r"(?P<what>[^\d+()]+?)\s*\)?\s*(?=\+|$)",
    re.IGNORECASE)


# The same with the allowance named before its sum: "+ food allowance QAR 300", «+ питание 300 риалов».
_PLUS_NAMED_ALLOWANCE = re.compile(
    r"\s*\+\s*(?P<what>[^\d+()]+?)\s*(?:(?:qar|qr|риал\w*|riyals?)\.?\s*)?(?P<sum>\d[\d\s.,]*?)\s*"
    r"(?:qar|qr|риал\w*|riyals?)?\.?\s*(?=\+|$)",
    re.IGNORECASE)


# Pay as a payroll breaks it down: the basic first, then what comes on top. The gross after «=» ("Basic 1,300 +
# Allow. 400 = 1,700 QAR") is neither end of the pay; parts after semicolons ("Basic QAR 2,200; HRA 600; TA 200")
# are on top as after a plus; and a gross with its breakdown in brackets ("QAR 4,000 (basic 3,200 + allowances
# 800)", «4 000 QAR (оклад 3 200 + надбавки 800)») is the breakdown.
_BASIC_WORD = r"(?:basic|оклад|негізгі)"
_BREAKDOWN_IN_BRACKETS = re.compile(rf"\(\s*(?P<inner>{_BASIC_WORD}(?![^\W\d_])[^()]*\d[^()]*\+[^()]*)\)",
                                    re.IGNORECASE)
_GROSS_AFTER = re.compile(r"(?<=\S)\s*=\s*[^=+]*\d[^=+]*$")
_BASIC_FIRST = re.compile(rf"^\s*{_BASIC_WORD}(?![^\W\d_])", re.IGNORECASE)


def pay_breakdown(raw: str) -> str:
    """A pay cell broken down as a payroll writes it, as the basic «+» what comes on top (see above); any other
    cell as it is."""
    if (inner := _BREAKDOWN_IN_BRACKETS.search(raw)) is not None:
        raw = inner["inner"]
    if "+" in raw:
        raw = _GROSS_AFTER.sub("", raw)
    parts = raw.split(";")
    if len(parts) > 1 and _BASIC_FIRST.match(raw) and all(re.search(r"\d", part) for part in parts):
        raw = " + ".join(part.strip() for part in parts)
    return raw


def _allowance_parts(raw: str) -> list[re.Match[str]]:
    """The parts after the pay that each give an allowance's sum, named after it («+ 300 питание») or before it
    ("+ food allowance QAR 300"), one way for the whole cell."""
    return list(_PLUS_ALLOWANCE.finditer(raw)) or list(_PLUS_NAMED_ALLOWANCE.finditer(raw))


def allowances_with_pay(raw: str) -> dict[str, str]:
    """The allowances a pay cell lists after its sum, each with its own («+ 300 питание», "+ food allowance QAR
    300"), by column; none when a part after a plus is no allowance ("+ OT")."""
    found: dict[str, str] = {}
    for match in _allowance_parts(pay_breakdown(raw)):
        names = [name for name, words in _ALLOWANCE_WORDS.items() if words.search(match["what"])]
        if len(names) != 1:
            return {}
        found.setdefault(names[0], match["sum"])
    return found


def _benefits_match(raw: str) -> re.Match[str] | None:
    """Where a pay cell lists the provisions after its sum: after one plus or several («+ food + accommodation»),
    or, with no plus in the cell, in brackets ("(food provided)"; after a plus, a bracket names what the sum
    before it pays for); None when nothing there is a provision, or it is one denied."""
    match = (_PLUS_BENEFITS if "+" in raw else _BRACKET_BENEFITS).search(raw)
    if match and not _DENIED.search(match["what"]) and any(
            words.search(match["what"]) for words in _BENEFIT_WORDS.values()):
        return match
    return None


def benefits_with_pay(raw: str) -> frozenset[str]:
    """The provisions a pay cell names after its sum («1500 + питание», "QAR 1,600 + accommodation +
    transport", "QAR 1,700 (food provided)"): food, housing, transport."""
    match = _benefits_match(pay_breakdown(raw))
    if not match:
        return frozenset()
    return frozenset(name for name, words in _BENEFIT_WORDS.items() if words.search(match["what"]))


# A range's ends joined by other marks than a dash: «1 300…1 500», «1 400 ~ 1 700».
_RANGE_MARKS = re.compile(r"(?<=\d)\s*(?:…|\.{3}|~|÷)\s*(?=\d)")


# The pay's own name written before it in the cell: «ЗП: 2000 риалов», «з/п 1 800», "Salary: QAR 1,500".
_PAY_LEAD = re.compile(r"^\s*(?:зп|з\s*/\s*п|зарплата|заработная\s+плата|оклад|salary|basic(?:\s+salary)?|pay|жалақы|"
                       r"айлық)(?![^\W\d_])\s*[:\-–—.]?\s*(?=\D*\d)", re.IGNORECASE)
# What is paid on top of the pay and named by no benefit: "+ 300 allowance", «+ чаевые», "+ bonus".
_EXTRAS_AFTER = re.compile(
    r"\s*\+\s*(?:(?:qar|qr)\.?\s*)?(?:\d[\d\s.,]*\s*(?:qar|qr|риал\w*|riyals?)?\.?\s*)?"
    r"(?:other\s+|fixed\s+|monthly\s+)?"
    r"(?:allowances?|надбавк\w*|доплат\w*|үстемеақы\w*|bonus\w*|бонус\w*|преми\w*|чаев\w*|tips|incentives?|"
    r"service\s+charge)\.?\s*$"
    # the same named before its sum: "+ Allow. 400", "+ allowances QAR 800", «+ надбавки 800»
    r"|\s*\+\s*(?:other\s+|fixed\s+|monthly\s+)?(?:allow(?:ances?)?|надбавк\w*|доплат\w*|үстемеақы\w*)\.?\s*"
    r"(?:(?:qar|qr)\.?\s*)?\d[\d\s.,]*\s*(?:qar|qr|риал\w*|riyals?)?\.?\s*$", re.IGNORECASE)


def _money_text(raw: str) -> str:
    """A sum with the words around it left out: the currency, «в месяц», "+ OT" (overtime on top), what
    the employer gives besides («+ питание»), an allowance or tips of no named kind after a plus ("+ 300
    allowance", «+ чаевые»), and the pay's name before it («ЗП:»)."""
    raw = _EXTRAS_AFTER.sub("", _PAY_LEAD.sub("", pay_breakdown(raw)))
    if (benefits := _benefits_match(raw)) is not None:
        raw = raw[: benefits.start()]
    if allowances_with_pay(raw):
        raw = raw[: _allowance_parts(raw)[0].start()]
    raw = _RANGE_MARKS.sub("-", raw)
    text = _NO_CENTS.sub(" ", _MONEY_WORDS.sub(" ", raw))
    for words in _CURRENCY_WORDS.values():
        text = words.sub(" ", text)
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)  # «1800 (в месяц)»: the brackets left empty
    return " ".join(text.split()).strip(" :")  # "QAR: 1,500": the colon after the currency


def _benefit(
    cells: RowReader, flag: str, allowance: str, currency: str
) -> tuple[bool | None, Decimal | None]:
    """Whether the employer provides housing, food or transport, and the monthly allowance paid
    instead, from either column: agencies write "Provided" under "Food Allowance" and «300 риалов»
    under «Питание». A sum is the allowance; a yes or no is the provision; a dash says nothing."""
    provided: bool | None = None
    amount: Decimal | None = None
    for name in (flag, allowance):
        raw = cells.raw(name)
        if not raw:
            continue
        if _is_sum(raw, in_flag_column=name == flag):
            named = _named_currency(raw)
            if named is not None and named != currency:
                raise cells.error(name, "salary_currency")
            sum_cells = RowReader({name: _money_text(_ALLOWANCE_LEAD.sub("", raw))}, cells.row_number)
            amount = amount if amount is not None else sum_cells.number(name, 0, MAX_MONEY)
            continue
        try:
            value = parse_flag(raw)
        except ValueError:
            raise cells.error(name, "bad_bool" if name == flag else "not_a_number") from None
        provided = provided if provided is not None else value
    return provided, amount


Benefit = tuple[bool | None, Decimal | None]

# The word a benefit's column writes before the sum paid instead of it: «компенсация 300 QAR», "Allowance QR 300",
# «өтемақы 300».
_ALLOWANCE_LEAD = re.compile(r"^\s*(?:компенсаци\w*|compensation|allowance|надбавк\w*|доплат\w*|өтемақы\w*|"
                             r"үстемеақы\w*|cash)(?![^\W\d_])\s*[:\-–—]?\s*", re.IGNORECASE)

# The allowances one cell lists: "Transport 200", «питание 300, жильё 500», "QR 300 (food)", "HRA 400".
_ALLOWANCE_PART = re.compile(r"[,;/&]|\band\b|\bи\b|\bжәне\b", re.IGNORECASE)
_ALLOWANCE_WORDS = {
    "housing_allowance": re.compile(r"жил[ьё]|прожив|accommodation|housing|\bhra\b|тұру|тұрғын|баспана",
                                    re.IGNORECASE),
    "food_allowance": _BENEFIT_WORDS["food_provided"],
    # "TA 200", a Gulf payroll's transport allowance
    "transport_allowance": re.compile(r"транспорт|проезд|transport|көлік|\bta\b", re.IGNORECASE),
}


# What a clause of a note names: the benefits (a room is housing), the ticket, the medical care, the contract.
_NOTE_TERMS = {
    "accommodation_provided": re.compile(_BENEFIT_WORDS["accommodation_provided"].pattern
                                         + r"|\broom\b|комнат|бөлме", re.IGNORECASE),
    "food_provided": _BENEFIT_WORDS["food_provided"],
    "transport_provided": _BENEFIT_WORDS["transport_provided"],
    **_MORE_CONDITION_WORDS,
}

def _with_pay_and_allowances(
    cells: RowReader, currency: str, housing: Benefit, food: Benefit, transport: Benefit
) -> tuple[Benefit, Benefit, Benefit]:
    """The benefits the pay cell names after a plus («1500 + питание» gives food) and the sums an
    "Allowances" cell lists ("Transport 200"), where the benefit's own columns say nothing."""
    given = benefits_with_pay(cells.raw("salary"))
    amounts: dict[str, Decimal] = {}
    for name, figure in allowances_with_pay(cells.raw("salary")).items():
        amount = RowReader({"salary": _money_text(figure)}, cells.row_number, cells.labels).number("salary", 0,
                                                                                                   MAX_MONEY)
        if amount is not None:
            amounts[name] = amount
    raw = cells.raw("allowances")
    if raw and not says_nothing(raw) and raw.casefold() not in ("nil", "none", "нет", "жоқ", "0"):
        for part in _ALLOWANCE_PART.split(raw):
            names = [name for name, words in _ALLOWANCE_WORDS.items() if words.search(part)]
            figure = re.search(r"\d[\d\s,.]*", part)
            if len(names) != 1 or figure is None:
                continue
            sum_cells = RowReader({"allowances": _money_text(part[figure.start():figure.end()])},
                                  cells.row_number, cells.labels)
            amount = sum_cells.number("allowances", 0, MAX_MONEY)
            if amount is not None:
                amounts.setdefault(names[0], amount)

    def merged(benefit: Benefit, flag: str, allowance: str) -> Benefit:
        provided, amount = benefit
        return (True if provided is None and flag in given else provided,
                amounts.get(allowance) if amount is None else amount)

    return (merged(housing, "accommodation_provided", "housing_allowance"),
            merged(food, "food_provided", "food_allowance"),
            merged(transport, "transport_provided", "transport_allowance"))


def _is_sum(raw: str, *, in_flag_column: bool) -> bool:
    """A figure in an allowance column is its sum; in a yes/no column only when written with its
    currency or too large for a slip of the finger (1 and 0 are yes and no there, a 2 is a typo)."""
    if not re.search(r"\d", raw):
        return False
    if not in_flag_column or _MONEY_WORDS.search(raw) or _named_currency(raw):
        return True
    try:
        return parse_number(raw) >= 50
    except (ValueError, ArithmeticError):
        return False


# A contract's length: «24 мес.», "2 years", «2 года», «1 жыл», or a number of months.
_YEARS = re.compile(r"(\d+)\s*(years?|yrs?|год|года|лет|жыл)\.?", re.IGNORECASE)
_MONTHS = re.compile(r"(\d+)\s*(months?|mos?|мес\w*|ай)\.?", re.IGNORECASE)


def _months(cells: RowReader) -> int | None:
    raw = " ".join(cells.raw("contract_months").split())
    if match := _YEARS.fullmatch(raw):
        raw = str(int(match[1]) * 12)
    elif match := _MONTHS.fullmatch(raw):
        raw = match[1]
    try:
        return RowReader({"contract_months": raw}, cells.row_number).integer("contract_months", 1, 120)
    except RowError as error:
        raise cells.error("contract_months", error.code) from None


# Pay written in words around its figures: «от 1,5 до 2 тыс.», "2k-2.5k", «полторы тысячи», "Twelve
# hundred", "between 1500 and 1900", «1500-ден 2000-ға дейін», a remark in brackets («(оклад)», "(basic)").
_FIGURE = r"\d+(?:[.,]\d+)?"
_THOUSANDS_AFTER = rf"\s*(?:k|к|{THOUSAND_WORD})\.?(?!\w)"
_RANGE_IN_THOUSANDS = re.compile(
    rf"(?P<low>{_FIGURE})\s*(?P<between>-|–|—|до|to|and|и)\s*(?P<high>{_FIGURE}){_THOUSANDS_AFTER}", re.IGNORECASE)
_IN_THOUSANDS = re.compile(rf"(?<![\d.,])(?P<figure>{_FIGURE}){_THOUSANDS_AFTER}", re.IGNORECASE)
_COUNTS = "|".join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))
# «от полутора до двух тысяч»: one «тысяч» after a range in words counts for both ends.
_RANGE_OF_THOUSANDS_IN_WORDS = re.compile(
    rf"(?<!\w)(?P<low>{_COUNTS})\s+(?:до|-|–|to|and|и)\s+(?P<high>{_COUNTS})\s+{THOUSAND_WORD}(?!\w)", re.IGNORECASE)
_COUNT_OF_THOUSANDS = re.compile(
    rf"(?<!\w)(?P<count>{'|'.join(sorted(COUNTS_OF_THOUSANDS, key=len, reverse=True))})(?P<half>\s+{HALF})?"
    rf"\s+{THOUSAND_WORD}(?!\w)",
    re.IGNORECASE)
_BETWEEN = re.compile(r"^(?:between|от|from)\s+(?P<low>[\d\s.,]+?)\s+(?:and|и|to)\s+(?P<high>[\d\s.,]+)$",
                      re.IGNORECASE)
# Kazakh marks the ends of a range on the figures: «1500-ден 2000-ға дейін», «1 500-ден бастап».
_KK_RANGE = re.compile(
    r"^(?P<low>[\d\s.,]+?)\s*-?\s*(?:ден|дан|тен|тан|нен|нан)\s+(?:бастап\s+)?(?P<high>[\d\s.,]+?)\s*-?\s*"
    r"(?:ға|ге|қа|ке|на|не)?\s*(?:дейін)?$", re.IGNORECASE)
_KK_FROM = re.compile(r"^(?P<low>[\d\s.,]+?)\s*-?\s*(?:ден|дан|тен|тан|нен|нан)(?:\s+(?:бастап|жоғары))?$",
                      re.IGNORECASE)
_REMARK_IN_BRACKETS = re.compile(r"\([^\d()]*\)")
# Words beside the pay that do not change it: basic, gross or net, «оклад».
_PAY_NOTES = re.compile(r"(?<![^\W\d_])(basic|gross|net|нетто|брутто|оклад|на руки|all[\s-]*inclusive|all[\s-]in|"
                        r"inclusive|consolidated|fixed)(?![^\W\d_])", re.IGNORECASE)
_AND_ABOVE = re.compile(r"^(?:от|from|с|бастап)?\s*(?P<figure>[\d\s.,]+?)\s*"
                        r"(?:и выше|и более|and above|or more|\+|и больше|және одан жоғары|жоғары)$",
                        re.IGNORECASE)


def _thousands(figure: str) -> str:
    return str(int(Decimal(figure.replace(",", ".")) * 1000))


def _count_of_thousands(match: re.Match[str], text: str) -> str:
    """«две тысячи», «екі жарым мың» as figures; a count of thousands that more number words follow («бір мың екі
    жүз», "two thousand five hundred") is left whole, for the numbers in words to read as one sum."""
    after = text[match.end():].split()[:1]
    if after and not match["half"] and spelled_numbers(after[0]) != after[0]:
        return match[0]
    return _thousands(str(COUNTS_OF_THOUSANDS[match["count"].casefold()] + (Decimal("0.5") if match["half"] else 0)))


def _in_figures(text: str) -> str:
    """The pay cell with its words turned into the figures they say, so the range and «от» readers
    below see «1500-2000»: numbers in words, thousands as «тыс.», «мың» or "k" (a range's one «тыс.»
    counts for both ends: «1,5–2 тыс.»), "between … and …", Kazakh endings on the figures."""
    text = " ".join(_PAY_NOTES.sub(" ", _REMARK_IN_BRACKETS.sub(" ", text)).split())
    text = _AND_ABOVE.sub(lambda m: f"от {m['figure']}", text).replace("-х ", " ")
    text = _RANGE_OF_THOUSANDS_IN_WORDS.sub(
        lambda m: f"{_thousands(str(COUNTS_OF_THOUSANDS[m['low'].casefold()]))}-"
                  f"{_thousands(str(COUNTS_OF_THOUSANDS[m['high'].casefold()]))}", text)
    text = _COUNT_OF_THOUSANDS.sub(lambda m: _count_of_thousands(m, text), text)

    def both_ends(match: re.Match[str]) -> str:
        low, high = match["low"], match["high"]
        low = _thousands(low) if Decimal(low.replace(",", ".")) < 100 else low
        return f"{low}-{_thousands(high)}"

    # Figures in thousands before the words are read («1,5 - 2 мың»: one «мың» for both ends), and again after
    # («екі мың» read as 2 «мың»).
    for _ in range(2):
        text = _RANGE_IN_THOUSANDS.sub(both_ends, text)
        text = _IN_THOUSANDS.sub(lambda m: _thousands(m["figure"]), text)
        text = spelled_numbers(text)
    text = text.replace("–", "-").replace("—", "-")
    for pattern in (_BETWEEN, _KK_RANGE):
        if match := pattern.fullmatch(text):
            return f"{match['low'].strip()}-{match['high'].strip()}"
    if match := _KK_FROM.fullmatch(text):
        return f"от {match['low'].strip()}"
    return text


# Years of experience as a sheet gives them: "3", «от 2 лет», «не менее 3-х лет», "2+ yrs", «2 жыл», «без опыта».
_EXPERIENCE = re.compile(
    r"^(?:от|не менее|min\.?|minimum|at least|кемінде|from)?\s*(?P<years>\d{1,2})\s*(?:-?х|\+)?\s*"
    r"(?:лет|года?|years?|yrs?|жыл\w*)?\.?\s*(?:and above|и более|\+|жоғары|бастап)?$", re.IGNORECASE)
_NO_EXPERIENCE = re.compile(r"^(без опыта|не требуется|не обязательно|no experience|not required|none|nil|"
                            r"тәжірибесіз|талап етілмейді|қажет емес)$", re.IGNORECASE)


_LEAVE = re.compile(r"^(?P<days>\d{1,3})\s*(?:calendar\s+|working\s+|календарн\w*\s+|рабочих\s+|жұмыс\s+)?"
                    r"(?:days?|дн\w*|день|күн\w*)\.?(?:\s*(?:per|a|в)\s*(?:year|год)|\s*/\s*(?:year|год|жыл))?$",
                    re.IGNORECASE)


# The working week as a Gulf sheet writes it: "10 hrs/day, 6 days", "8 hours x 6 days", «8 часов, 6 дней в
# неделю», "60 hours per week", «аптасына 48 сағат».
_HOURS_WORD = r"(?:hours?|hrs?|h|час\w*|ч|сағат\w*|сағ)\.?"
_DAY_HOURS = re.compile(rf"(?<![\d.,])(?P<hours>\d{{1,2}}(?:[.,]5)?)\s*{_HOURS_WORD}\s*"
                        r"(?:/|per|a|в|each|in\s+a|по)?\s*(?:day|days|d|день|сутки|күн\w*)(?!\w)"
                        rf"|(?<![\d.,])(?P<bare>\d{{1,2}})\s*{_HOURS_WORD}"
                        r"(?=\s*(?:[x×*,;]|и|and|,?\s*\d\s*(?:days?|дн|күн)))",
                        re.IGNORECASE)
_WEEK_DAYS = re.compile(r"(?<![\d.,])(?P<days>[1-7])\s*(?:working\s+|рабочих\s+|жұмыс\s+)?"
                        r"(?:days?|d|дн\w*|день|күн\w*)(?!\w)", re.IGNORECASE)
_WEEK_HOURS = re.compile(rf"(?<![\d.,])(?P<hours>\d{{2}})\s*{_HOURS_WORD}\s*(?:/|per|a|в|in\s+a)?\s*"
                         r"(?:week|wk|неделю|неделя|нед|апта\w*)\.?(?!\w)"
                         rf"|(?:аптасына|в\s+неделю|per\s+week|a\s+week|weekly)\s*(?P<hours2>\d{{2}})\s*{_HOURS_WORD}",
                         re.IGNORECASE)

_DAYS_TIMES_HOURS = re.compile(rf"(?<![\d.,])(?P<days>[1-7])\s*(?:days?|дн\w*|күн\w*)\s*(?:[x×*]|по)\s*"
                               rf"(?P<hours>\d{{1,2}}(?:[.,]5)?)\s*{_HOURS_WORD}", re.IGNORECASE)


def _weekly_hours(cells: RowReader) -> int | None:
    """The hours of a working week: a number as the schema has it, or the week in words ("60 hours per week"),
    or the day's hours times the days a week ("10 hrs/day, 6 days" is 60). Hours a day with no days named ("8
    hrs/day"), or a shift's clock times ("7:00-17:00"), leave it unset rather than refusing the vacancy: the days
    a week are the employer's to say, not ours to guess."""
    raw = cells.raw("hours_per_week")
    if not raw or re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", raw) or not re.search(r"\d", raw):
        return cells.integer("hours_per_week", 1, 84)
    hours: float | None = None
    if week := _WEEK_HOURS.search(raw):
        hours = float(week["hours"] or week["hours2"])
    elif (day := _DAY_HOURS.search(raw)) and (days := _WEEK_DAYS.search(raw[day.end():] or raw)):
        hours = float((day["hours"] or day["bare"]).replace(",", ".")) * int(days["days"])
    elif first := _DAYS_TIMES_HOURS.search(raw):  # "6 days x 8 hrs"
        hours = float(first["hours"].replace(",", ".")) * int(first["days"])
    return int(hours) if hours is not None and 1 <= hours <= 84 else None


def _leave_days(cells: RowReader) -> int | None:
    """Paid leave a year, as a number or with its unit ("30 days", «21 календарный день», «30 күн»). A
    cell said another way ("as per Qatar Labour Law") leaves it unset: the column was not read before, and
    a vacancy is not refused for it."""
    raw = " ".join(cells.raw("annual_leave_days").split())
    if not raw or raw.isdigit() or says_nothing(raw):
        return cells.integer("annual_leave_days", 0, 365)
    match = _LEAVE.match(raw)
    if match is None:
        return None
    return RowReader({"annual_leave_days": match["days"]}, cells.row_number).integer("annual_leave_days", 0, 365)


def _experience(cells: RowReader) -> int | None:
    """The least years of experience asked. A column no earlier import read, so a cell that says it in a
    way not foreseen («опыт желателен») leaves it unset rather than refusing the vacancy for it."""
    raw = " ".join(cells.raw("min_experience_years").split())
    if not raw or says_nothing(raw) or raw.isdigit():
        return cells.integer("min_experience_years", 0, 60)
    if _NO_EXPERIENCE.match(raw):
        return 0
    match = _EXPERIENCE.match(raw)
    return int(match["years"]) if match else None


def _salary_text(cells: RowReader, text: str) -> tuple[Decimal | None, Decimal | None]:
    if not re.fullmatch(r"[\d\s.,\-–—]+", text):
        text = _in_figures(text)
    if match := _RANGE.fullmatch(text):
        return _money(cells, match["low"]), _money(cells, match["high"])
    if match := _FROM.fullmatch(text):
        return _money(cells, match["low"] or match["low2"]), None
    if match := _UP_TO.fullmatch(text):
        return None, _money(cells, match["high"] or match["high2"])
    figure = _money(cells, text)
    return figure, figure


# Latin and Cyrillic letters that look alike, typed into a word of the other script («Доxа» with a Latin x).
_LATIN_LOOKALIKES = str.maketrans("aceopxykmthiAСEOPXYKMTHBI", "асеорхукмтніАСЕОРХУКМТНВІ")
_CYRILLIC_LOOKALIKES = str.maketrans("асеорхукмтніАСЕОРХУКМТНВІ", "aceophykmthiACEOPHYKMTHBI")  # «х» says h
_LATIN_LETTER = re.compile(r"[a-z]", re.IGNORECASE)


def _one_script(text: str) -> str:
    """Each word in one alphabet: a Latin letter that looks like a Cyrillic one, typed into a Cyrillic word
    («Доxа»), becomes the Cyrillic letter, and the other way round."""
    def word(match: re.Match[str]) -> str:
        part = match[0]
        cyrillic, latin = len(_CYRILLIC_LETTER.findall(part.lower())), len(_LATIN_LETTER.findall(part))
        if not cyrillic or not latin:
            return part
        return part.translate(_LATIN_LOOKALIKES if cyrillic >= latin else _CYRILLIC_LOOKALIKES)
    return re.sub(r"[^\W\d_]+", word, text)


def _name_in(town: Town, text: str) -> str:
    return town.name("ru" if _CYRILLIC_LETTER.search(text.lower()) else "en")


# Qatar's towns as a Qatari employer writes them in Arabic, compared as `_arabic_key` writes them: workers
# search in Kazakh, Russian or English, so such a place is stored under the town's English name.
_ARABIC_TOWNS = {
    "الدوحه": "doha", "لوسيل": "lusail", "الوكره": "al-wakrah", "الريان": "al-rayyan", "الخور": "al-khor",
    "مسيعيد": "mesaieed", "راس لفان": "ras-laffan", "دخان": "dukhan", "ام صلال": "umm-salal",
    "الضعاين": "al-daayen", "الشمال": "al-shamal", "مدينه الشمال": "al-shamal", "الشحانيه": "al-shahaniya",
}
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # vowel signs and the stretching tatweel
_ARABIC_LETTERS = str.maketrans("أإآةى", "اااهي")


def _arabic_key(text: str) -> str:
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    return " ".join(re.sub(r"[،,.\-]|قطر|دوله", " ", text).split())


def _arabic_town(city: str) -> Town | None:
    key = _ARABIC_TOWNS.get(_arabic_key(city))
    return next((town for town in TOWNS if town.key == key), None) if key else None


def place_of_work(city: str) -> str:
    """The place of work as workers will find it: as written when it names a town of Qatar; a district
    given instead of the town with its town after it ("Education City" → "Education City, Al Rayyan"), so a
    search in that town finds it; a town misspelt by a letter ("Musaieed", «Доxа») as the town; a town
    written in Arabic («الوكرة») as the town's name in English."""
    city = _one_script(city)
    if (arabic := _arabic_town(city)) is not None:
        return arabic.name("en")
    district_of = district_town(city)
    if district_of is not None:
        return f"{city}, {_name_in(district_of, city)}"
    if not city or town_of(city) is not None:
        return city
    misspelt = misspelt_town(city)
    return _name_in(misspelt, city) if misspelt is not None else city


MAX_NAME = 200  # the longest title or employer a card shows (and the database keeps)


def _named(cells: RowReader, name: str) -> str:
    """A title or an employer; a dash or "N/A" in its place names nothing, so it is missing. One longer
    than a card can show is refused, never cut: cut, it would lose words unseen; the officer is told how
    long it may be and where the rest goes (a title with its requirements in it gives them their own column)."""
    if says_nothing(cells.raw(name)):
        raise cells.error(name, "missing")
    text = _one_line(cells.text(name, 10 * MAX_NAME, required=True))
    if len(text) > MAX_NAME:
        raise cells.error(name, "long_title" if name == "title" else "too_long", f"{text[:40]}…")
    return text


def _one_line(text: str) -> str:
    """Titles and names show on one line of a phone screen; stray line breaks and runs of spaces go."""
    return " ".join(text.split())


def _code(
    cells: RowReader, name: str, default: str, valid: frozenset[str], error: str, *, upper: bool
) -> str:
    value = cells.raw(name)
    if not value:
        return default
    value = value.upper() if upper else value.lower()
    if value not in valid:
        raise cells.error(name, error)
    return value


# A vacancy's state as files write it besides "open" and "closed": "Active", "Filled", «Закрыта», «Жабық».
# A vacancy whose recruitment was extended or reopened is open: «Набор продлён», "Extended", «Ұзартылды».
_OPEN_WORDS = re.compile(r"open|opened|re-?opened|active|live|published|extended|ongoing|открыт[аоы]?|активн\w*|"
                         r"действующ\w*|(?:набор|при[её]м|срок)?\s*продл[её]н[аоы]?|ашық|белсенді|ұзартылды|"
                         # a CRM's stages of a record being filled (Bitrix24): «Новая», «В работе», «Набор открыт»
                         r"(?:набор|при[её]м|вакансия|recruitment|hiring|бос\s+орын)\s+(?:открыт[аоы]?|open|ашық)|"
                         r"нов(?:ая|ый|ое)|new|жаңа|в\s+работе|идёт\s+набор|идет\s+набор|набор\s+ид[её]т|"
                         r"in\s+progress|recruiting|hiring|"
                         # an HR system's states of a requisition being filled (Oracle, SuccessFactors, Workday):
                         # "Approved", "Posted", "Sourcing", «Утверждена», «Опубликована»
                         r"approved|posted(?:\s+(?:externally|internally))?|sourcing|утвержден[аоы]?|"
                         r"опубликован[аоы]?|бекітілді|жарияланды",
                         re.IGNORECASE)
# Suspended or put on hold is not open to workers either: «Приостановлена», "On hold"; «Отменена работодателем».
_CLOSED_WORDS = (r"(?:closed|filled|cancell?ed|suspended|on\s+hold|paused|закрыт[аоы]?|заполнен[аоы]?|"
                 r"укомплектован[аоы]?|"
                 r"отмен[её]н[аоы]?|заверш[её]н[аоы]?|приостановлен[аоы]?|жабық|жабылды|жабылған|тоқтатылды|"
                 r"тоқтатыла\s+тұрды)(?:\s+(?:работодателем|заказчиком|by\s+(?:the\s+)?(?:employer|client)|"
                 r"жұмыс\s+берушімен))?")
# A note that says the vacancy is closed: «вакансия закрыта», «ЗАКРЫТА (набор завершён)», "Position filled»,
# «бос орын жабылды»; its first clause only, so «закрыта территория, пропуск» or «не закрыта» stays a note.
_CLOSED_NOTE = re.compile(
    rf"(?:(?:вакансия|ваканси[яи]|набор|при[её]м|позиция|vacancy|position|job|recruitment|бос\s+орын)\s+)?"
    rf"(?:{_CLOSED_WORDS})", re.IGNORECASE)


_STAGE_AFTER_DASH = re.compile(r"\s+[-–—]\s+")


def vacancy_state(text: str) -> str | None:
    """"open" or "closed" for a vacancy's state written in a status cell ("Active", "Filled", «Закрыта»,
    «Набор продлён», "On hold"); None for words that are no vacancy's state (an application's step)."""
    value = " ".join(text.lower().split())
    if value in STATUSES:
        return value
    if _OPEN_WORDS.fullmatch(value):
        return "open"
    if _CLOSED_NOTE.fullmatch(value):
        return "closed"
    # a state with a word of why in brackets: «Закрыта (укомплектована)», "Open (urgent)"; or with its stage
    # after a dash, as an HR system writes it: "Open - Sourcing", "Closed - Filled"
    head, bracket, _ = value.partition("(")
    if bracket and head.strip():
        return vacancy_state(head)
    head, *stage = _STAGE_AFTER_DASH.split(value, maxsplit=1)
    return vacancy_state(head) if stage and head.strip() else None


def _status(cells: RowReader) -> str:
    """"open" or "closed": from the status column ("Active" is open, "Filled" closed), else from a note that
    says the vacancy is closed. A closed row is stored closed, so a copy open from an earlier file closes and
    workers no longer see it; it is not a mistake in the file."""
    if value := cells.raw("status"):
        if (state := vacancy_state(value)) is None:
            raise cells.error("status", "bad_status")
        return state
    clause = re.split(r"[,;.!(\n]", cells.raw("note"), maxsplit=1)[0]
    return "closed" if _CLOSED_NOTE.fullmatch(" ".join(clause.split())) else "open"


# A vacancy open until it is filled has no closing date: «бессрочно», «до заполнения вакансии», "Open until
# filled", "Ongoing", «мерзімсіз».
_NO_END = re.compile(
    r"^(?:бессрочн\w*|без\s+срока|постоянно|до\s+заполнения(?:\s+ваканси\w*)?|до\s+закрытия(?:\s+ваканси\w*)?|"
    r"(?:open\s+)?until\s+filled|open\s+till\s+filled|till\s+filled|ongoing|no\s+deadline|open[\s-]ended|"
    r"мерзімсіз|шектеусіз|орын\s+толғанша)\.?$", re.IGNORECASE)


def _deadline(cells: RowReader, month_first: bool) -> date | None:
    """The closing date; none for a vacancy open until it is filled (see `_NO_END`), which is no mistake."""
    if _NO_END.fullmatch(" ".join(cells.raw("deadline").split())):
        return None
    if (last := month_end(cells.raw("deadline"))) is not None:
        return last  # "Jan-27": the month's last day, not the 27th
    return cells.date("deadline", ahead=True, month_first=month_first)


def _languages(cells: RowReader) -> frozenset[str]:
    codes = [part.strip().lower() for part in re.split(r"[;,]", cells.raw("languages"))]
    codes = [code for code in codes if code]
    for code in codes:
        if code not in LANGUAGE_CODES:
            raise cells.error("languages", "bad_language", code)
    return frozenset(codes)


def _url(cells: RowReader) -> str | None:
    value = cells.text("url", 500)
    if not value:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed "[" in the host
        raise cells.error("url", "bad_url") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or re.search(r"\s", value):
        raise cells.error("url", "bad_url")
    return value


def _isco(cells: RowReader, valid_isco_codes: Collection[str] | None) -> str | None:
    """The ISCO-08 unit group an officer gives; the Kazakh classifier's longer code («7212-1-001», «7212.0») is
    its unit group and more."""
    value = cells.raw("isco_code")
    if not value:
        return None
    value = re.sub(r"^(\d{4})(?:-\d-\d{3}|\.0)$", r"\1", value)
    if not re.fullmatch(r"\d{4}", value):
        raise cells.error("isco_code", "bad_isco")
    if valid_isco_codes is not None and value not in valid_isco_codes:
        raise cells.error("isco_code", "bad_isco")
    return value
