"""Occupation suggestions for what a worker types, and ISCO-08 classification of vacancy titles."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from .index import get_index
from .taxonomy import load_taxonomy
from .text import (
    ABBREVIATIONS,
    BRAND_WORDS,
    NOISE_WORDS,
    HEAD_KEYS,
    MAX_CHARS,
    MAX_MESSAGE_CHARS,
    STOPWORDS,
    WEAK_KEYS,
    fold,
    is_employer_key,
    key_tokens,
    licence_categories,
    place_words,
    query_tokens,
    spelled_out,
    thought_parts,
    with_licence_categories,
)

# A suggestion this good names the trade surely; below it a long message is read again thought by thought
# (`_suggest_by_thought`). The bot takes a message for a trade's name from the same score.
SURE_SCORE = 80.0
# A message is read by thoughts only when it has at least this many: one is the message itself.
MIN_THOUGHTS = 2
# ...and only a message of this many words: a few words are one thought («погрузчикте істедім жүргізуші
# боп» is the forklift's driver, and «жүргізуші» alone would be the car's).
MIN_MESSAGE_WORDS = 6
# Below this a match is a coincidence of letters ("asdf" one typo from some word), not an occupation.
MIN_SUGGEST_SCORE = 50.0
# A vacancy title is filed under a code only when the match is this good: a wrong code would send alerts
# to the wrong workers, while a missing one only leaves the title comparison to do the work.
MIN_CLASSIFY_SCORE = 66.0

_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CLAUSE_RE = re.compile(r"[.!?;:,\n]+")
# "electrician cum plumber", "waiter/cashier", "mason & tile fixer": a worker of two trades names both, and
# each is read as a clause of its own (the two words together met a third trade that has labels with
# either, ESCO's welders with "plumber" and "electric" in theirs). A slash or an ampersand between words
# only: "A/C technician", "F&B", "B/C" are one thing.
_DUAL_TITLE_RE = re.compile(r"(?<=[^\W\d_]{3})\s*[/&+]\s*(?=[^\W\d_]{3})|\s+cum\s+", re.IGNORECASE)
# «водитель или охранник», "driver or helper", «жүргізуші немесе күзетші»: a word of choice between two trades
# ends a clause too, and a helper word after it is a trade of its own (the helpers' labourers), not the helper
# of the trade before ("mason helper", "driver/helper" are one worker).
# A long message says many things with «или» ("in a hotel or a spa", "cashier or sales"), where the words after
# it are what else the worker would take; only a short clause is two trades.
MAX_CHOICE_WORDS = 6
_CHOICE_RE = re.compile(r"\s+(?:or|или|либо|немесе|яки|yaki|ne\s+bolmasa|не\s+болмаса)\s+", re.IGNORECASE)
def _choices(clause: str) -> list[str]:
    """The trades a short clause offers with a word of choice (see `_CHOICE_RE`), each read apart when each
    names a trade surely; else the clause itself: «это от министерства или частная контора» asks about the
    employer, and its «министерства» alone is no trade the worker offers."""
    if len(clause.split()) > MAX_CHOICE_WORDS or len(parts := _CHOICE_RE.split(clause)) < 2:
        return [clause]
    index = get_index()
    if all(max(index.score_codes(part, reread=False).values(), default=0.0) >= SURE_SCORE for part in parts):
        return parts
    return [clause]


# The dot of an abbreviation («гл. инженер», "asst. cook") ends no clause.
_ABBREVIATION_DOT_RE = re.compile(rf"\b({'|'.join(map(re.escape, ABBREVIATIONS))})\.", re.IGNORECASE)
# The same keys on the English and the Russian layout: a message typed with the wrong one switched on.
_EN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_RU_KEYS = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_OTHER_LAYOUT = str.maketrans(_EN_KEYS + _RU_KEYS, _RU_KEYS + _EN_KEYS)
# Read on the English layout, х, ъ, ж, э, б and ю are brackets and marks; inside a word they show that the
# text was meant in Cyrillic as typed (an unknown «хлебопек» is not "[kt,jgtr").
_PUNCTUATION_IN_WORD_RE = re.compile(r"[^\W\d_][\[\];',.`][^\W\d_]")
# A word typed on the wrong layout is a word of some length ("cdfhobr"); two letters read on the other
# layout («хз», «аа» as "[p", "ff") are not a word at all, and would meet any label with such a letter.
_WORD_OF_THREE_RE = re.compile(r"[^\W\d_]{3,}")
_SEGMENT_RE = re.compile(r"\s+[-–—/|]\s+|\s*[/|]\s*|\s*[:,]\s*")
# «на кране», «на погрузчике», «на фуре», «работал на башенном кране»: a worker names the machine he
# worked on and means that he drove or operated it. The words after «на» are read again after each of
# these, and a code is taken from such a reading only when one of its labels says both (the operator
# word alone is no evidence: «на ферме» is no driver), a little below a label the worker's own words meet.
# Not «оператор»: «оператор склада», «оператор котельной» name a place, and «на складе» says where a
# picker or a loader worked as often as a storekeeper.
# A machine named by two nouns joined with a hyphen («на погрузчике-экскаваторе», «на экскаваторе-погрузчике»,
# «на кране-манипуляторе») is one machine, read whole: its first half alone named another («на погрузчике»
# the forklift's driver, where the backhoe loader is the earthmoving plant's).
_ON_MACHINE_RE = re.compile(r"(?:^|\s)на\s+([а-яё]{3,}(?:[\s-]+[а-яё]{3,})?)")
_OPERATOR_WORDS = ("водитель", "машинист")
_RU_ADJECTIVE_RE = re.compile(r"(?:ой|ый|ий|ей|ом|ем|ым|им|ых|их|ая|яя|ое|ее|ую|юю|ые|ие)$")
# «автокранында істедім», «КамАЗбен су тасыдым», «самосвалымен құм тасыдым», "traktorynda istedim": Kazakh says
# the machine a worker drove with the locative («-да», «-нда» after its possessive: "in it") or the
# instrumental («-мен», «-бен», «-пен»: "with it") on the Russian name of the machine, and means, as «на
# автокране» does, that he drove or ran it. The ending glued to the name left it a word no label holds whole
# (the crane at 68, the lorry at 78, the tractor at nothing). The name without its ending is read after the
# operator words under the same rule as «на» (a label must say both): «қоймада» ("in a warehouse") and
# «құрылыста» ("on a site") meet no operator's label and change nothing. Words of at least four letters
# before the ending, in either alphabet.
# The name ends in a consonant, as the names of machines do: a Russian word in «-да», «-та» («разряда», «работа»,
# «завода») is a stem in a vowel before it, and no Kazakh case.
_KAZAKH_MACHINE_CASE_RE = re.compile(
    r"(?<![^\W\d_])([а-яёa-z]{3,}?[бвгджзйклмнпрстфхцчшщbcdfghjklmnpqrstvwxz])"
    r"(?:[ыіyi](?:нда|нде|мен|nda|nde|men)|да|де|та|те|бен|пен|da|de|ta|te|ben|pen)(?![^\W\d_])"
)
# «работал на ферме», «на кухне», «на птицефабрике», «на карьере»: a worker who names only the place he
# worked at was its general hand, which the labels call «работник фермы», «работник кухни», «рабочий
# карьера». When nothing but the place is said, the words after «на» are read after these too, under the
# same rule (a label must say both): «на ферме» alone met the farmer («фермер» begins with «ферм») before
# the farm worker. Beside a trade («повар на кухне», «бригадир на стройке») the place only says where.
_PLACE_WORKER_WORDS = ("работник", "рабочий")
# «на цементном заводе», «на швейной фабрике», «на нефтяном месторождении», «на компрессорной станции», «на
# угольной шахте»: Russian says where with «на» too, for a plant, a factory, a works, a field, a station, a
# mine or a quarry. Such a place may tell apart the trades the worker's own words
# name («инженер-технолог на нефтеперерабатывающем заводе» is the refinery's chemical engineer), but it
# brings in none of its own: alone, «цементном» met the cement plant's operators before the engineer that
# «инженер механик на цементном заводе» names. A code the words without the place do not name is scored
# with the place's words as words that say where (half a word each), and below the best code they do name
# («электрик на цементном заводе» is an electrician there, «охранник на швейной фабрике» a guard).
_ON_PLACE_RE = re.compile(
    r"(?:^|\s)на\s+([а-яё]+(?:ом|ем|ой|ей|ых|их))\s+"
    r"((?:завод|комбинат|фабрик|предприяти|месторождени|цех|станци|подстанци|промысл|рудник|шахт|карьер)[а-яё]*)"
)
PLACE_ONLY_FACTOR = 0.95
MIN_OPERATOR_SCORE = 90.0
OPERATOR_FACTOR = 0.95
# «помощник сварщика», «электриктің көмекшісі», "mason helper": a helper names the trade he helps, and the
# words of the trade alone would meet its own labels fully; beside the helper word they meet only half a
# label, as well as any label with «помощник» or "helper" in it («помощник машиниста», the locomotive
# driver's). The text is also read without the helper word, and the trade it names well (HELPED_MIN_SCORE)
# is suggested a little below a label that says both (HELPED_TRADE_FACTOR). ISCO-08 files the helpers of
# some trades apart, in the elementary occupations: building trades (71, and the building electrician) with
# the building labourers, metal trades with the manufacturing labourers, miners with the mining labourers,
# cooks with the kitchen helpers, teachers with the teachers' aides, farmers with the farm labourers; and
# the accountant's helper («помощник главного бухгалтера») keeps the books as an accounting associate. The
# helper's code comes first then (HELPER_CODE_FACTOR), and the trade stays among the next. The steel
# erector (7214; the steel fixer who ties rebar is a concrete worker, 7114) works on building sites: his
# helpers are building labourers, as the building trades' are, not the workshop's manufacturing labourers
# of the other metal trades. Helpers of operators and professionals are filed with them («помощник
# машиниста экскаватора» is an earthmoving plant operator, who learns to run the machine). A car's, a
# van's or a lorry's driver's helper drives nothing: he loads and unloads on the round, and ISCO-08 files
# him with the freight handlers. An apprentice («ученик», «шәкірт», "apprentice") is filed with his trade and is no helper here.
# The verb of helping says the same of the worker's last job («помогала воспитателю», «помогал повару»,
# «электрикке көмектестім», "helped the mason", "helping electrician"); not its asking forms («помогите»,
# «көмектесіңізші», «көмектесе аласыз ба»), which are a plea to the bot.
_HELPER_STEMS = (
    "pomoshn", "podsobn", "asistent", "asistant", "komekshi", "helper",
    "pomoga", "komektest", "komektesip", "komektesemin", "helped", "helpin",
)  # fmt: skip
_HELPER_WORDS = ("pomoshnik", "podsobnik", "asistent", "asistant", "komekshi", "helper")
_HELPER_TYPO = 0.8  # "helpr", "asistent" typed "asisstant": one letter in five
_HELPER_CODES = {
    "71": "9313", "7411": "9313",
    "7214": "9313", "721": "9329", "722": "9329",
    "8111": "9311",
    "5120": "9412", "3434": "9412",
    "8322": "9333", "8332": "9333",
    "23": "5312", "2411": "3313",
    "611": "9211", "6113": "9214", "612": "9212", "6130": "9213",
}  # fmt: skip
HELPED_MIN_SCORE = 80.0
# A word alone that meets a label this well is a worker's name as it is spelt; a work ("painting"), a field
# ("electrical") or a material ("marble") meets its worker at most at 94 (`index.ACTIVITY_SIM`).
WORKER_NAME_SCORE = 99.5
HELPER_CODE_FACTOR = 0.9
HELPED_TRADE_FACTOR = 0.85
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# The names of the fields of a CV, a form or a work-record book that workers paste with their trade
# ("Position: Steel fixer", «Должность: мастер СМР», «Лауазымы: жүргізуші», "Current position - Foreman"):
# a field's name says where the trade is written, not which it is, and alone it met trades of its own
# ("Trade" the buyers, "Job title" the legal associates). Compared folded, so that «Мамандыгы», "Mamandygy"
# and «Мамандығы» are one word, and a long word also with one letter in five wrong ("Postion", "Job tittle").
FIELD_NAME_WORDS = frozenset(
    """
    должность желаемая текущая занимаемая последняя последнее прежняя предыдущая предыдущее основная
    позиция профессия специальность по диплому квалификация место работы род занятий опыт вакансия
    вид деятельности
    лауазымы лауазым қалаған жұмысы жұмыс орны соңғы мамандығы мамандық бойынша дипломдағы кәсібі кәсіп
    біліктілігі тәжірибе тәжірибесі қызметі атқаратын
    position current desired present previous last applied for post job title designation occupation
    profession trade role employer work experience specialty speciality specialization qualification
    """.split()
)
_FIELD_NAME_KEYS = frozenset(fold(word) for word in FIELD_NAME_WORDS)
_FIELD_NAME_TYPO = 0.8
_FIELD_NAME_MIN_TYPO_LEN = 5
# A field's name is a few words at the start of a line, and a colon or a spaced dash after them.
_FIELD_RE = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*(?::|\s[-–—]\s)\s*(?=\S)")
# «ТОО «КазСтройСервис»», «ЖШС «Астана Құрылыс»», "Bi Group LLP": the legal form of a firm with its name
# in quotes. The name's words are a firm's, not the worker's trade («Құрылыс» met the builders and drowned
# the welder the line named), and are dropped with the form.
_LEGAL_FORMS = "ТОО|ЖШС|АО|АҚ|ОАО|ЗАО|ООО|ПАО|ИП|ЖК|ГКП|КГП|РГП|МКП|КГУ|LLP|LLC|JSC|Ltd|WLL|W\\.L\\.L"
_QUOTED = r"(?:«[^«»]*(?:«[^«»]*»[^«»]*)*»|\"[^\"]*\"|“[^”]*”)"
_FIRM_RE = re.compile(
    rf"(?<![^\W_])(?:{_LEGAL_FORMS})\.?\s*{_QUOTED}|{_QUOTED}\s*(?:{_LEGAL_FORMS})(?![^\W_])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OccupationMatch:
    """An ISCO-08 unit group suggested for some text, with a score from 0 to 100."""

    code: str
    score: float

    def title(self, lang: str = "en") -> str:
        """The group's title in "kk", "ru" or "en" (Kazakh falls back to Russian, Russian to English)."""
        return occupation_title(self.code, lang)


def occupation_title(code: str, lang: str = "en") -> str:
    """Title of any ISCO-08 code (1 to 4 digits) in "kk", "ru" or "en", with fallbacks; "" if unknown."""
    tax = load_taxonomy()
    if lang == "kk" and code in tax.kk_labels:
        label = tax.kk_labels[code]  # labels are kept in lower case; titles start with a capital
        return label[:1].upper() + label[1:]
    if lang in ("kk", "ru") and code in tax.titles_ru:
        return tax.titles_ru[code]
    return tax.titles_en.get(code, "")


def suggest_occupations(text: str, limit: int = 5) -> list[OccupationMatch]:
    """The unit groups that best match what a worker typed, best first; empty if it names none."""
    if not isinstance(text, str) or limit <= 0:
        return []
    text = without_form_parts(with_glued_words_apart(text[:MAX_MESSAGE_CHARS]))
    text = with_oil_and_gas_employer(without_army_time(text))
    text = with_certificate_as_trade(with_tools_as_general_hand(with_machine_lines_read(text)))
    found = _suggest_for_message(spelled_out(text), limit)
    if (not found or found[0].score < SURE_SCORE) and (studied := without_study_words(text)) != text:
        found = _with_speciality_first(found, _suggest_for_message(spelled_out(studied), limit), limit)
    if (not found or found[0].score < SURE_SCORE) and (plain := without_diminutives(text)) != text:
        undone = _suggest_for_message(spelled_out(plain), limit)
        if undone and (not found or undone[0].score > found[0].score):
            found = undone
    return list(found)


# «плиточку ложу», «кирпичик кладу», «досочки строгаю»: Russian speech makes the things of a trade small and dear
# («плиточка» for «плитка», «кирпичик» for «кирпич»), and the labels hold the plain word only, so that «плиточку»
# met the bricklayer's «плит-» before the tiler. A message that names no trade surely is read again with such
# words plain, and that reading is taken when it names a trade better. Only the suffixes of things («-очк-»,
# «-ечк-», «-ичик»): «-ик» of «техник», «садовник» is the trade itself.
_DIMINUTIVE_RE = re.compile(r"(?<=[а-яё]{3})(?:[оеё]чк(?=[а-яё])|(?<=ич)ик(?![а-яё]))", re.IGNORECASE)


def without_diminutives(text: str) -> str:
    """The text with the diminutives of things made plain (see above)."""
    return _DIMINUTIVE_RE.sub(lambda match: "" if match.group().lower() == "ик" else "к", text)


# «окончил колледж по специальности сварочное дело», «колледжде дәнекерлеу ісі мамандығын бітірдім», "diploma
# in HVAC from technical college", "bachelor degree in accounting": a worker who names the speciality of his
# diploma means the trade it names. The words of studying and of the school named no trade of their own but
# met some ("college" the vocational teacher, "degree" and «бітірдім» nothing, which left the speciality under
# the bar). When a message that says the worker studied (`_STUDY_RE`) names no trade surely, it is read again
# without those words and the school's (`_SCHOOL_RE`, also inside a word: «медколледж», «педколледжа»); what
# that reading names comes first, and what the whole message named follows a little below
# (STUDIED_WHOLE_FACTOR). A message the whole of which names a trade surely is left as it is: read alone,
# «құрылыс» of «құрылыс мамандығын оқыдым, инженер-құрылысшымын» met the building labourers at 100.
_STUDY_RE = re.compile(
    r"(?<![^\W\d_])(?:окончил[а-яё]*|закончил[а-яё]*|выпускни[а-яё]*|образовани[а-яё]*|диплом[а-яё]*"
    r"|специальност[а-яё]*|бакалавр[а-яё]*|магистр[а-яё]*|бітір[а-яәғқңөұүһі]*|битир[а-яё]*|bitir[a-z]*"
    r"|оқыдым|окыдым|oqydym|okydym|оқығанмын|білім[а-яәғқңөұүһі]*|bilim[a-z]*|мамандығ[а-яәғқңөұүһі]*"
    r"|мамандыг[а-яё]*|mamandy[gğ][a-z]*|mamandi[gğ][a-z]*|graduat[a-z]*|diplom[a-z]*|degree|bachelor'?s?"
    r"|master'?s|major|majored|studied|study|studies|qualification)(?![^\W\d_])",
    re.IGNORECASE,
)
_SCHOOL_RE = re.compile(
    r"(?:колледж|техникум|училищ|университет|институт|академи|лице[йя]|kolledj|kolledzh|koledzh|universitet"
    r"|institut|college|university|academy|polytechnic)[^\W\d_]*|(?<![^\W\d_])(?:пту|вуз[а-яё]*|school)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
STUDIED_WHOLE_FACTOR = 0.9


def without_study_words(text: str) -> str:
    """A message that says the worker studied, without the words of studying and of the school (see above);
    the text itself when it says no such thing, or when nothing else is left."""
    if not _STUDY_RE.search(text):
        return text
    bare = _SCHOOL_RE.sub(" ", _STUDY_RE.sub(" ", text))
    return bare if _WORD_OF_THREE_RE.search(bare) else text


def _with_speciality_first(
    found: tuple[OccupationMatch, ...], studied: tuple[OccupationMatch, ...], limit: int
) -> tuple[OccupationMatch, ...]:
    """The codes the speciality names first, then the whole message's a little below (see above)."""
    if not studied:
        return found
    scores = {m.code: m.score * STUDIED_WHOLE_FACTOR for m in found}
    for m in studied:
        scores[m.code] = max(scores.get(m.code, 0.0), m.score)
    return _best(scores, limit, {m.code: m.score for m in studied})


# "gas company", "oil company", "petroleum and gas company", «газовая компания», «газ компаниясында»: an employer
# named by the oil or the gas it produces is the oil and gas industry's, and a worker who names it means its
# trades (its plant operators, drillers and engineers). Alone, "gas" is as much the gas fitter's and the gas
# welder's word, and "oil" the oiler's; beside the employer they are read as the industry, as the labels say
# it («мұнай-газ», «нефтегазовый», "oil and gas").
_OIL_AND_GAS_EMPLOYER_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?P<en>(?:oil|gas|petroleum|petrochemicals?)(?:\s*(?:and|&|,)?\s*(?:oil|gas|petroleum|petrochemicals?))*)"
    r"|(?P<ru>газов)(?=[а-яё]*\s)"
    r"|(?P<kk>(?:мұнай[\s-]*|мунай[\s-]*)?газ)|(?P<kk_latin>(?:mu[nñ]ai[\s-]*)?gaz))"
    r"(?=[а-яё]*\s+(?:compan|corporation|firm|компани|корпораци|фирм|kompani|firma)[^\W\d_]*)",
    re.IGNORECASE,
)
_OIL_AND_GAS = {"en": "oil and gas", "ru": "нефтегазов", "kk": "мұнай-газ", "kk_latin": "munai-gaz"}


def with_oil_and_gas_employer(text: str) -> str:
    """The text with an oil or gas employer named as the oil and gas industry's (see above)."""
    return _OIL_AND_GAS_EMPLOYER_RE.sub(lambda match: _OIL_AND_GAS[match.lastgroup or "en"], text)


# «болгарка, перфоратор бәрін істеймін», «работаю перфоратором и болгаркой», "bolgarka, perforator": a worker
# who answers with nothing but the power tools he handles is the building site's general hand, the labels'
# «разнорабочий»; alone, «болгарка» met nothing and «перфоратор» the paper perforators. Beside a trade the
# tools are what he does it with («болгаркамен және дәнекерлеу аппаратымен» is the welder), and change nothing.
_POWER_TOOL_RE = re.compile(
    r"(?<![^\W\d_])(?:болгарк|перфоратор|шуруповерт|дрел|bolgark|perforator|shurupovert|drel)[^\W\d_]*",
    re.IGNORECASE,
)
_GENERAL_HAND = "разнорабочий"
# The words that join the tools of a list («болгарка мен перфоратор», "bolgarka men perforator"): left alone,
# "men" met the men's tailors, and the list seemed to name a trade.
_TOOL_JOINING_RE = re.compile(
    r"(?<![^\W\d_])(?:и|с|со|мен|men|және|жане|jane|zhane|and|with)(?![^\W\d_])", re.IGNORECASE
)


def with_tools_as_general_hand(text: str) -> str:
    """The text with the power tools it names read as the general hand who handles them, when nothing else
    in it names a trade (see above); the text itself otherwise."""
    if not _POWER_TOOL_RE.search(text):
        return text
    rest = _TOOL_JOINING_RE.sub(" ", _POWER_TOOL_RE.sub(" ", text))
    if max(get_index().score_codes(rest).values(), default=0.0) >= MIN_SUGGEST_SCORE:
        return text
    return f"{_GENERAL_HAND} {_CLAUSE_RE.sub(' ', rest)}"


# «аттестат НАКС», "NAKS attestaty bar", "ASNT level II MT PT", "IRATA 2": a certificate that only one trade
# holds names that trade: the welder is attested by НАКС, the NDT technician by ASNT (and its PCN), the rope
# access technician by IRATA (and SPRAT). The words of papers are dropped from a query as saying only that
# the worker is qualified (`text.CERTIFICATE_WORDS`), which left a line of such papers naming nothing. When
# the message does not name a trade surely without it, the certificate is read as its trade's name; beside a
# trade said surely («сварщик НАКС», "rope access technician IRATA") it changes nothing.
_CERTIFIED_TRADES = {
    "накс": "сварщик", "naks": "сварщик",
    "asnt": "NDT technician", "pcn": "NDT technician",
    "irata": "rope access technician", "sprat": "rope access technician",
    "6g": "welder", "6gr": "welder",
}  # fmt: skip
_CERTIFICATE_RE = re.compile(rf"(?<![^\W\d_])({'|'.join(_CERTIFIED_TRADES)})(?![^\W\d_])", re.IGNORECASE)


def with_certificate_as_trade(text: str) -> str:
    """The text with a certificate of one trade read as that trade's name when nothing else in it names a
    trade surely (see above); the text itself otherwise."""
    if not _CERTIFICATE_RE.search(text):
        return text
    if max(get_index().score_codes(text).values(), default=0.0) >= SURE_SCORE:
        return text
    trade = _CERTIFIED_TRADES[_CERTIFICATE_RE.search(text).group(1).lower()]
    if trade.lower() in text.lower():  # "welder 6G" names the welder already: twice is no surer
        return text
    return _CERTIFICATE_RE.sub(lambda match: _CERTIFIED_TRADES[match.group(1).lower()], text, count=1)


# English CV lines name the trade through its machine and its papers ("CAT 140K grader", "dozer D9",
# "Toyota Coaster 26 seater", "CDL class A"):
# - a plant machine with its model ("140K", "D9", "320D") is the machine run, hence its operator: alone,
#   "grader" met the product graders;
# - "26 seater", "30-seater" names a bus by its seats, hence the bus driver;
# - the American commercial licence's classes A and B are heavy lorries (the categories C and CE here), not
#   the motorcycle's category A.
# The 6G test of a welder's position ("6G certified") names the welder, as a certificate does (see above).
_PLANT_MACHINES = "grader|dozer|bulldozer|buldozer|excavator|loader|backhoe|roller|paver|forklift|crane"
_MODEL = r"(?:[a-z]{1,2}\d{1,4}[a-z]{0,2}|\d{1,4}[a-z]{1,2})"  # letters and digits: "50" is tons
_MACHINE_MODEL_RE = re.compile(
    rf"(?<![^\W\d_])(?:({_PLANT_MACHINES})s?[ \t]+{_MODEL}|{_MODEL}[ \t]+({_PLANT_MACHINES})s?)(?![^\W_])",
    re.IGNORECASE,
)
_OPERATOR_NAMED_RE = re.compile(r"(?<![^\W\d_])(?:operat|driver|mechanic|technician|helper|fitter)", re.IGNORECASE)
_SEATER_RE = re.compile(r"(?<![^\W\d_])\d{1,2}[ \t-]?seaters?(?![^\W\d_])", re.IGNORECASE)
_CDL_RE = re.compile(r"(?<![^\W\d_])cdl[ \t-]*(?:class[ \t-]*)?([ab])(?![^\W\d_])", re.IGNORECASE)
_CDL_CATEGORIES = {"a": "category CE", "b": "category C"}
# A maker's name mistyped by a letter ("toyta", "komatsy", "hyundia") is dropped as the name is
# (`text.BRAND_WORDS`) when it means nothing alone and is no common word ("looking" is one letter off a
# Chinese loader's maker): kept, it met labels by chance ("forklift toyta, warehouse" went to the
# storekeeper).
_LATIN_BRANDS = tuple(brand for brand in BRAND_WORDS if brand.isascii() and len(brand) >= 5)
_LATIN_WORD_RE = re.compile(r"(?<![^\W\d_])[a-z]{5,}(?![^\W\d_])", re.IGNORECASE)


def _is_mistyped_brand(word: str) -> bool:
    key = word.lower()
    if key in NOISE_WORDS or key in STOPWORDS or not any(OSA.distance(key, brand) == 1 for brand in _LATIN_BRANDS):
        return False
    return max(get_index().score_codes(key).values(), default=0.0) < MIN_SUGGEST_SCORE


def with_machine_lines_read(text: str) -> str:
    """The text with a plant machine named by its model read as its operator, a bus by its seats as a bus,
    a CDL's class as the licence category it is, and a mistyped maker's name dropped (see above); the text
    itself otherwise."""
    if _CDL_RE.search(text):
        text = _CDL_RE.sub(lambda match: _CDL_CATEGORIES[match.group(1).lower()], text)
    text = _LATIN_WORD_RE.sub(lambda match: "" if _is_mistyped_brand(match.group()) else match.group(), text)
    if _SEATER_RE.search(text):
        text = _SEATER_RE.sub("bus", text)
    if not _OPERATOR_NAMED_RE.search(text) and _MACHINE_MODEL_RE.search(text):
        text = _MACHINE_MODEL_RE.sub(_machine_operator, text, count=1)
    return text


def _machine_operator(match: re.Match[str]) -> str:
    """ "dozer D9" -> "dozer D9 operator", "140K grader" -> "140K grader operator"."""
    return f"{match.group(0)} operator"


# «после армии водил самосвал», «армиядан кейін күзетші болдым», "after the army I drove trucks": the army
# named as a time of the worker's life, not as his work; alone, «после армии» met the soldiers at 100 and
# drowned the trade the message went on to name. Dropped when it is not all the message says («служил в
# армии», "ex army sergeant" name no time and stay the soldier's).
_AFTER_SERVICE_RE = re.compile(
    r"(?<![^\W\d_])(?:после\s+(?:срочной\s+|службы\s+в\s+)?арми[иі]|(?:армиядан|әскерден|askerden|armiyadan"
    r"|armiadan)\s+(?:кейін|кейин|соң|сон|keiin|kein|son)|after\s+(?:the\s+|my\s+)?(?:army|military"
    r"\s+service))(?![^\W\d_])",
    re.IGNORECASE,
)


def without_army_time(text: str) -> str:
    """The text without the army named as a time of life (see above); the text itself when nothing is left."""
    bare = _AFTER_SERVICE_RE.sub(" ", text)
    return bare if bare != text and _WORD_OF_THREE_RE.search(bare) else text


# «работаюсварщиком», «работалводителем», "iamwelder", "I fix ACunits", "HSEofficer": a phone's keyboard
# drops the space after the words a worker begins with and after an abbreviation typed in capitals, and
# the word so made met nothing. Such a word is cut before its second part: after «работаю», «работал(а)»
# or "iam" when five letters or more follow (not «работающими»), and where two capitals or more meet four
# small letters or more (not "McDonald", «КИПиА»).
# A hashtag glues the words of a wish the same way («#ищуработусварщиком», «#хочуработатьповаром»): they are cut
# after «ищу работу», «хочу работать» and «ищу».
_GLUED_AFTER_VERB_RE = re.compile(
    r"(?<![^\W\d_])(работаю|работаем|работал[аи]?|iam|ищу(?=работу)|хочу(?=работать)|работу|работать|ищу)"
    r"(?=[^\W\d_]{5})",
    re.IGNORECASE,
)
_GLUED_AFTER_CAPITALS_RE = re.compile(r"(?<![^\W\d_])([A-ZА-ЯЁ]{2,})(?=[a-zа-яё]{4})")


def with_glued_words_apart(text: str) -> str:
    """The text with the words a lost space glued together cut apart again (see above)."""
    if "#" in text:
        text = _GLUED_AFTER_VERB_RE.sub(r"\1 ", text)  # «#ищуработусварщиком»: a second cut after «ищу»
    return _GLUED_AFTER_CAPITALS_RE.sub(r"\1 ", _GLUED_AFTER_VERB_RE.sub(r"\1 ", text))


def without_form_parts(text: str) -> str:
    """A line pasted from a CV or a form without what names no trade: the field's name before it and
    the firms in it (see `FIELD_NAME_WORDS` and `_FIRM_RE`). The text itself when nothing is left."""
    bare = _FIRM_RE.sub(" ", text)
    if (match := _FIELD_RE.match(bare)) and all(map(_is_field_name_word, match.group(1).split())):
        bare = bare[match.end() :]
    return bare if _WORD_RE.search(bare) else text


@lru_cache(maxsize=4096)
def _is_field_name_word(word: str) -> bool:
    folded = fold(word.lower())
    return folded in _FIELD_NAME_KEYS or (
        len(folded) >= _FIELD_NAME_MIN_TYPO_LEN
        and any(OSA.normalized_similarity(folded, key) >= _FIELD_NAME_TYPO for key in _FIELD_NAME_KEYS)
    )


@lru_cache(maxsize=4096)
def _suggest_for_message(text: str, limit: int) -> tuple[OccupationMatch, ...]:
    """A worker's message, scored whole and clause by clause; when nothing is found, read again as typed
    with the other keyboard layout ("cdfhobr" is "сварщик" typed on the English one)."""
    found = _suggest_by_clause(text, limit)
    found = _with_bare_title(text, found, limit)
    if not found or found[0].score < SURE_SCORE:
        found = _suggest_by_thought(text, found, limit)
    if not found:
        found = _suggest_by_leading_words(text, limit)
    if found:
        return _wanted_trade_first(text, _first_named_first(text, found, limit), limit)
    switched = text.translate(_OTHER_LAYOUT)
    if switched == text or _PUNCTUATION_IN_WORD_RE.search(switched) or not _WORD_OF_THREE_RE.search(switched):
        return found
    return _suggest_by_clause(switched, limit)


# «охранник в ТЦ на входе стоял», «электромонтажник по силовым сетям», «делаю мебель на заказ кухни и шкафы
# купе»: a worker names his trade or his work first, and then where, on what and for whom, in words the
# labels hold for other trades («кухни» the kitchen's, «сетям» the networks'), which counted against the
# trade until nothing was left above the bar. When the whole message meets nothing, the longest run of its
# first words that names a trade surely (SURE_SCORE) is taken, well below a trade the whole message names
# (LEADING_WORDS_FACTOR), so that the bot offers it as a guess to confirm; a greeting or a question («как
# дела», «а визу дадут») names nothing surely and still gets no trade.
LEADING_WORDS_FACTOR = 0.75
# The trade is said among the first words; a long message that names none there is read no further so.
MAX_LEADING_WORDS = 6
# A message this long that names no trade is chat or a question, and is not read by its first words.
MAX_LEADING_MESSAGE_WORDS = 10


def _suggest_by_leading_words(text: str, limit: int) -> tuple[OccupationMatch, ...]:
    """The trade the longest run of a message's first words names surely, scaled down (see above)."""
    words = text.split()
    if len(words) > MAX_LEADING_MESSAGE_WORDS:
        return ()
    for end in range(min(len(words) - 1, MAX_LEADING_WORDS), 0, -1):
        # Read once, without the second reading of a poorly met title: a run of first words that needs it
        # names no trade surely.
        leading = _best(get_index().score_codes(" ".join(words[:end]), reread=False), limit)
        if leading and leading[0].score >= SURE_SCORE:
            return _best({m.code: m.score * LEADING_WORDS_FACTOR for m in leading}, limit)
    return ()


# «раньше работал сварщиком, теперь хочу монтажником», «бұрын күзетші болдым, енді жүргізуші болғым келеді»,
# "previously waiter, now I want to work as barista": a worker who tells the trade he did before and then the
# one he wants now is asking for the second. Read whole, the trade done before came first as often as not (its
# word is said first, with a surer ending). When a word of the past (`_PAST_RE`) comes before a word of the
# wish or of now (`_NOW_RE`), the words from the wish on are read alone, and when they name a trade surely
# (WANTED_MIN_SCORE: chatter such as «хочу поехать поработать в Катар» met some trade at 72), its codes go
# first, level with the best of the whole message and in their own order; the trade done before stays among
# the next. A search after the past is a wish too («работал водителем, ищу работу охранника», "seeking job as").
# A wish that names no trade («хочу в Катар», "now I want a job abroad", «ищу работу») changes nothing.
_PAST_RE = re.compile(
    r"(?<![^\W\d_])(?:раньше|ранее|прежде|до\s+этого|бывш[а-яё]*|был[аи]?|работал[аи]?|отработал[аи]?"
    r"|трудил[а-яё]*|бұрын|бурын|buryn|burin|едім|edim|болдым|boldym|істедім|istedim"
    r"|used\s+to|previously|before|formerly|former|was|were|ex|worked"
    # the trade of the diploma: «по профессии учитель», "by profession"
    r"|по\s+(?:профессии|диплому|специальности)|by\s+profession)(?![^\W\d_])",
    re.IGNORECASE,
)
_NOW_RE = re.compile(
    r"(?<![^\W\d_])(?:теперь|сейчас|хочу|хотел[аи]?\s+бы|енді|endi|қазір|казир|kazir|qazir|kazyr|qazyr"
    r"|ищу|now|want|wanna|prefer|would\s+like|looking\s+for|seeking|applying|apply"
    # the worker ready for another trade: «готова работать няней», «бала күтуші болуға дайынмын», "ready to"
    r"|готов[аы]?|дайынмын|дайын|daiynmyn|dayynmyn|daiyn|ready)(?![^\W\d_])",
    re.IGNORECASE,
)
# «учитель, но готова работать няней», «мұғаліммін, бірақ бала күтуші болуға дайынмын»: a "but" before the wish
# says the trade before it is had, not wanted, as a word of the past does.
_BUT_RE = re.compile(r"(?<![^\W\d_])(?:но|однако|бірақ|бирак|birak|biraq|but)(?![^\W\d_])", re.IGNORECASE)
# The words of the wish itself, which name no trade and counted against the one wished for: «перейти»,
# «попробовать», "become", and the Kazakh wish's verb («жүргізгім келеді», «болғым келеді», "bolgym keledi").
_WISH_WORDS_RE = re.compile(
    r"(?<![^\W\d_])(?:перейти|попробовать|попробоваться|себя|стать|become|келеді|keledi"
    # «аспаз болуға дайынмын» ("ready to become a cook"): the verb «болу» before the readiness
    r"|болуға|болуга|bolugha|boluga|boluğa"
    r"|[^\W\d_]{2,}(?:ғым|гім|қым|кім|gym|gim|qym))(?![^\W\d_])",
    re.IGNORECASE,
)
WANTED_MIN_SCORE = SURE_SCORE


def _wanted_trade_first(text: str, found: tuple[OccupationMatch, ...], limit: int) -> tuple[OccupationMatch, ...]:
    """The trade a worker wants now before the one he did (see `_PAST_RE`); `found` when he names none."""
    past = _PAST_RE.search(text) or _BUT_RE.search(text)
    wish = _NOW_RE.search(text, past.end()) if past else None
    if not found or wish is None:
        return found
    but = _BUT_RE.search(text, past.start(), wish.start())
    rest = _WISH_WORDS_RE.sub(" ", _NOW_RE.sub(" ", text[but.end() if but else wish.start() :]))
    if not _WORD_OF_THREE_RE.search(rest):
        return found
    wanted = _suggest_for_message(rest, limit)
    if not wanted or wanted[0].score < WANTED_MIN_SCORE:
        return found
    top = found[0].score
    scores = {m.code: m.score for m in found}
    for m in wanted:
        scores[m.code] = max(scores.get(m.code, 0.0), top * m.score / wanted[0].score)
    return _best(scores, limit, {m.code: m.score for m in wanted})


# «водитель или охранник», «плотник а также бетонщик», «жүргізушімін, күзетші де бола аламын», "driver or also
# guard": a worker of two trades names first the one he is, and joins the other with a word of choice or of
# "as well" (`_OTHER_TRADE_WORDS`). Read whole, each trade's word is half the message, and the two came out
# level (then by their codes' numbers) or the second ahead, its word spelt bare where the first had an ending
# («аспазбын даяшы да»). When two words of a short message each name a trade of their own surely (SURE_SCORE
# alone), with such a word among them, and no code is named surely by the message whole, the trade named first
# goes first: at its word's score scaled as a trade read from the first words is (LEADING_WORDS_FACTOR), and
# at least level with the best. Without such a word two trade words are one title («техник-механик», "wood
# carpenter", "mason foreman"), which the labels read. Helper words are no trade here ("mason helper").
MAX_TWO_TRADES_WORDS = 10
_OTHER_TRADE_WORDS = frozenset(
    """
    или либо также тоже ещё еще могу or either also too can немесе да де та те әрі яки
    """.split()
)


def _first_named_first(text: str, found: tuple[OccupationMatch, ...], limit: int) -> tuple[OccupationMatch, ...]:
    words = _WORD_RE.findall(text.lower())
    if (
        not found
        or found[0].score >= SURE_SCORE
        or len(words) > MAX_TWO_TRADES_WORDS
        or not _OTHER_TRADE_WORDS.intersection(words)
    ):
        return found
    places = place_words(text)
    index = get_index()
    trades: list[dict[str, float]] = []  # the codes each trade-naming word names surely, in order
    for word in words:
        if word in _OTHER_TRADE_WORDS or word in STOPWORDS or _is_helper_word(word) or fold(word) in places:
            continue
        named = {c: s for c, s in index.score_codes(word, reread=False).items() if s >= SURE_SCORE}
        if named and not any(named.keys() & before.keys() for before in trades):
            trades.append(named)
    if len(trades) < 2:
        return found
    scores = {m.code: m.score for m in found}
    for code, score in trades[0].items():
        scores[code] = max(scores.get(code, 0.0), score * LEADING_WORDS_FACTOR)
    top = max(scores.values())
    for code in trades[0]:
        if scores[code] >= top * PLACE_ONLY_FACTOR:
            scores[code] = top
    order = {code: len(trades) - i for i, named in enumerate(trades) for code in named}
    return _best(scores, limit, order)


# "Car Washer (Petrol Station)", "Optometrist - Optical Showroom": a title copied from an ad or a visa says
# the trade first and where or what for in brackets or after a dash. Read with those words the title met
# the place («petrol station» the pump attendant, «showroom» the shop) before the trade; the title without
# them counts too, a little below the whole, so that the words in brackets still tell two trades apart
# ("operator (forklift)") and never outweigh a trade the title itself names surely.
_BARE_TITLE_FACTOR = 0.75
# "storekeeper for spare parts", "driver for a family": what an English title is for comes after "for", and
# its words met other trades ("spare parts" the parts' salesmen) as a place's do.
_TITLE_TAIL_RE = re.compile(r"\s+[-–—]\s+.*$|\s+for\s+.*$", re.IGNORECASE)


def _with_bare_title(text: str, found: tuple[OccupationMatch, ...], limit: int) -> tuple[OccupationMatch, ...]:
    bare = _TITLE_TAIL_RE.sub(" ", _BRACKETS_RE.sub(" ", text)).strip()
    if bare == text.strip() or not _WORD_OF_THREE_RE.search(bare):
        return found
    scores = {m.code: m.score for m in found}
    for m in _suggest_by_clause(bare, limit):
        scores[m.code] = max(scores.get(m.code, 0.0), m.score * _BARE_TITLE_FACTOR)
    return _best(scores, limit)


# Less than one clause's worth (see `_suggest_by_clause`).
_FIRST_CLAUSE_TIEBREAK = 0.5


def _suggest_by_clause(text: str, limit: int) -> tuple[OccupationMatch, ...]:
    """In "Здравствуйте! Я медсестра, стаж 12 лет" the occupation is said in one clause, and the words of
    the others would count against it in the whole message. (Vacancy titles are split their own way,
    by `_title_variants`.)"""
    clauses = [
        part
        for clause in _CLAUSE_RE.split(_ABBREVIATION_DOT_RE.sub(r"\1 ", text))
        for choice in _choices(clause)
        for part in _dual_titles(choice)
        if part.strip()
    ]
    if len(clauses) <= 1:
        rest = _without_helper_words(text)
        if (
            " на " not in f" {text.lower()} "
            and rest is None
            and not place_words(text)
            and not _KAZAKH_MACHINE_CASE_RE.search(text.lower())
        ):
            return _suggest(text, limit)
        scores = _score_beside_place(text)
        _add_machine_operators(text, scores)
        helper = _add_helped_trade(rest, scores)
        return _best(scores, limit, {helper: 1.0} if helper else None)
    clauses = _without_where_only_clauses(text, clauses)
    if licences := licence_categories(text):
        # "водитель, категория С": a licence category said in a clause of its own is the driver's in
        # the others too (alone, the clause "водитель" ties the car with the truck); and the categories
        # of the whole message are the driver's in each ("водитель категории B, C" holds B and C).
        clauses = [with_licence_categories(c, licences) for c in clauses]
    index = get_index()
    scores = index.score_codes(text)
    # Codes as good are told apart by how many clauses name them surely: «работал ИТР, мастер участка» is the
    # site foreman, whom both clauses name, though «ИТР» alone names the engineer as well.
    said: dict[str, float] = defaultdict(float)
    for position, clause in enumerate(clauses):
        for code, score in _score_beside_place(clause).items():
            # ...and, as many, by the clause that names them first: "receptionist cum secretary",
            # «электрик, сантехником тоже могу» are the trade said first, the other what he can do too.
            if score >= SURE_SCORE:
                said[code] += 1 + _FIRST_CLAUSE_TIEBREAK / (position + 1) * (said[code] == 0)
            if score > scores.get(code, 0.0):
                scores[code] = score
        _add_machine_operators(clause, scores)
        if helper := _add_helped_trade(_without_helper_words(clause), scores):
            said[helper] += 1
    return _best(scores, limit, said)


def _without_where_only_clauses(text: str, clauses: list[str]) -> list[str]:
    """The clauses without those that only say where the worker worked («forklift jurgizemin, qoimada»,
    «жарылыс жұмыстары, карьерде»): alone, «qoimada» met the storekeeper and «карьерде» the quarry's
    labourers above the trade the other clause named. The whole message is still read with the place's
    words, which count there as words that say where; a message of places only keeps all its clauses."""
    places = place_words(text)
    if not places:
        return clauses
    kept = [
        clause
        for clause in clauses
        if not all(fold(word) in places for word in clause.split() if word not in STOPWORDS)
    ]
    return kept or clauses


def _suggest_by_thought(
    text: str, found: tuple[OccupationMatch, ...], limit: int
) -> tuple[OccupationMatch, ...]:
    """A long message its clauses leave unsure, read again thought by thought (see `text.thought_parts`):
    «...мне 35 лет работаю сварщиком 10 лет есть НАКС ищу работу...» is one clause with no comma, where
    the trade's one word weighed against all the others. Each thought is read as a clause would be; what
    the clauses found stays, each code at its best. Codes as good are told apart by what all the thoughts
    say of them: "truck driver ... job driver" is the truck's, though "driver" alone meets the car as well.
    The words that say where in the whole message say where in its thoughts too, and a thought that says
    only where names no trade (see `_only_where`)."""
    parts = thought_parts(text)
    if len(parts) < MIN_THOUGHTS or len(text.split()) < MIN_MESSAGE_WORDS:
        return found
    if licences := licence_categories(text):
        parts = [with_licence_categories(part, licences) for part in parts]
    parts = _with_head_carried(parts)
    index = get_index()
    places = place_words(text, limit=None)
    scores = {match.code: match.score for match in found}
    said: dict[str, float] = defaultdict(float)
    for part in parts:
        if _only_where(part, places):
            continue
        for reading in _with_and_without_places(part, places):
            part_scores = index.score_codes(reading, places=places)
            _add_helped_trade(_without_helper_words(reading), part_scores)
            for code, score in part_scores.items():
                said[code] += score
                if score > scores.get(code, 0.0):
                    scores[code] = score
    return _best(scores, limit, said)


# "foreman for block work and plaster", «бригадир бетонщиков, стаж 10 лет и арматурщиков»: the trades a
# foreman or a supervisor names after his word are those of his team, and a thought that goes on with "and"
# lists one more of them. Read alone, "and plaster" was the plasterer's, first before the foreman the
# message is. Such a thought is read with the head word before it (`text.HEAD_WORDS`).
_AND_WORDS = frozenset("and и және жане zhane jane".split())


def _with_head_carried(parts: list[str]) -> list[str]:
    """The thoughts, each that begins with "and" right after a thought with a head word and the words of his
    team read with that word."""
    carried: list[str] = []
    head: str | None = None
    for part in parts:
        words = part.split()
        if head is not None and words[0] in _AND_WORDS and not _has_head_word(part):
            part = f"{head} {part}"
        carried.append(part)
        # Only a head with words of its team after it ("foreman for block"): "foreman 10 years and welder"
        # names two trades.
        head = next((word for word in words[:-1] if _has_head_word(word)), None)
    return carried


def _has_head_word(text: str) -> bool:
    return any(canon in HEAD_KEYS for canon, _ in key_tokens(text, query=True))


def _score_beside_place(text: str) -> dict[str, float]:
    """The index's scores of a clause, where a code that only the place it names after «на» brings in is
    scored with the place as words that say where (see `_ON_PLACE_RE`). When the place's two words, counted
    whole, leave every code the words without them name under the bar («упоковщица на кондитерской фабрике»
    left the mistyped packer at 43, level with the confectioner), those codes are scored so too; else the
    place still tells them apart as whole words (the refinery's process engineer is the chemical one)."""
    index = get_index()
    scores = index.score_codes(text)
    _cap_codes_of_place_alone(text, scores)
    _cap_codes_of_employer_alone(text, scores)
    if " на " not in f" {text.lower()} " or not (match := _ON_PLACE_RE.search(text.lower())):
        return scores
    named = index.score_codes(text[: match.start()] + " " + text[match.end() :])
    placed = index.score_codes(text, places=frozenset(fold(word) for word in match.groups()))
    best_named = _best_named(scores, named)
    if best_named is None:
        for code, score in placed.items():
            if named.get(code, 0.0) >= MIN_SUGGEST_SCORE and score > scores.get(code, 0.0):
                scores[code] = score
        best_named = _best_named(scores, named)
    for code, score in scores.items():
        if named.get(code, 0.0) < MIN_SUGGEST_SCORE:
            scores[code] = min(score, placed.get(code, 0.0))
            if best_named is not None:
                scores[code] = min(scores[code], best_named * PLACE_ONLY_FACTOR)
    return scores


# Words that name an employer, not a trade ("oil and gas company", «нефтяная компания»): beside the place
# alone they name no trade to keep the place's codes below ("company" alone meets the companion, 5162).
_EMPLOYER_WORDS = frozenset(
    token[1] for word in "company companies firm corporation компания фирма фирме фирму".split()
    for token in query_tokens(word)
)


def _cap_codes_of_employer_alone(text: str, scores: dict[str, float]) -> None:
    """Keep in `scores` a code that only the employer's words bring in (`text.is_employer_key`) below the best
    code the other words name: "cleaning company" is a cleaner's, not the "company driver" the employer word
    met, and "gas company" the gas industry's. A code the words without the employer name keeps its score
    ("company driver" is still the car's driver), and a text of employer words alone is left as it is."""
    words = text.split()
    kept = [word for word in words if not is_employer_key(fold(word.lower()))]
    if len(kept) == len(words) or not query_tokens(" ".join(kept)):
        return
    named = get_index().score_codes(" ".join(kept))
    best_named = _best_named(scores, named)
    if best_named is None:
        return
    for code, score in scores.items():
        if named.get(code, 0.0) < MIN_SUGGEST_SCORE:
            scores[code] = min(score, best_named * PLACE_ONLY_FACTOR)


def _cap_codes_of_place_alone(text: str, scores: dict[str, float]) -> None:
    """Keep in `scores` a code that only the words saying where bring in (`text.place_words`) below the
    best code the other words name: in «садовник в частном доме», «частном доме» met the builders of
    private houses (7111), and a gardener typed with a letter missing fell under them. A code the words
    without the place do not reach at all is held to PLACE_ONLY_FACTOR of the best they do. (The place
    still tells apart the trades those words tie: «горничная в отеле» is the hotel's cleaner.)"""
    places = place_words(text)
    if not places:
        return
    kept = [word for word in text.split() if fold(word) not in places]
    if all(token[1] in _EMPLOYER_WORDS for token in query_tokens(" ".join(kept))):
        return  # nothing but the place, the employer and words such as «ищу работу», "looking for work"
    named = get_index().score_codes(" ".join(kept))
    best_named = _best_named(scores, named)
    if best_named is None:
        return
    for code, score in scores.items():
        if code not in named:
            scores[code] = min(score, best_named * PLACE_ONLY_FACTOR)


def _best_named(scores: dict[str, float], named: dict[str, float]) -> float | None:
    """The best score in `scores` of a code the words without the place name too; None when none does."""
    return max(
        (
            score
            for code, score in scores.items()
            if score >= MIN_SUGGEST_SCORE and named.get(code, 0.0) >= MIN_SUGGEST_SCORE
        ),
        default=None,
    )


def _with_and_without_places(part: str, places: frozenset[str]) -> list[str]:
    """A thought, and the same without the words that say where, when it has such words and others.

    «медсестрой в городской больнице» names the nurse as surely as «медсестра», but its place words,
    though they count for half a word each, left her at 67, under the score that names a trade surely;
    read without them she is found whole. The reading with them still tells apart trades the words
    alone tie («горничной в отеле»: the hotel's cleaner more than a family's), by `_best`'s tie-break."""
    words = part.split()
    kept = [word for word in words if fold(word) not in places]
    if len(kept) == len(words) or all(word in STOPWORDS for word in kept):
        return [part]
    return [part, " ".join(kept)]


def _only_where(part: str, places: frozenset[str]) -> bool:
    """Whether a thought says only where the worker worked: «құрылыста», «ауруханада» (the places of the
    message, `text.place_words`), or «на ТЭЦ», «на руднике», «на фуре» (what the worker was «на» is read in
    the whole message, by `_add_machine_operators`: alone, «на руднике» met the mine's hands and «на ТЭЦ»
    the power plant's operators, beside the trade the message named)."""
    if (match := _ON_MACHINE_RE.match(part)) and match.end() == len(part):
        return True
    words = [word for word in part.split() if word not in STOPWORDS]
    return all(fold(word) in places for word in words)


def _dual_titles(clause: str) -> list[str]:
    """The titles of a double title (see `_DUAL_TITLE_RE`); the clause itself when it is one, or when a
    part is a helper word alone: "mason/helper" is the mason's helper, as "mason helper" is. A first part
    of one word that is no worker's name shares the second's last word (`_shared_head`). A pair in
    brackets after a worker's name ("scaffolder (tube & fitting)") lists what he works with, and the
    clause is read whole: alone, "fitting)" met the fitters before the scaffolder the title names. After
    a title less sure ("MEP tech (plumbing & HVAC)") the pair says which trades it means, each read apart."""
    parts = _DUAL_TITLE_RE.split(clause)
    if len(parts) > 1 and any(
        (words := _WORD_RE.findall(part)) and all(map(_is_helper_word, words)) for part in parts
    ):
        return [clause]
    if (
        len(parts) == 2
        and (opened := parts[0].rfind("(")) > parts[0].rfind(")")
        and ")" in parts[1]
        and _names_a_worker(parts[0][:opened])
    ):
        return [clause]
    return _shared_head(parts)


def _shared_head(parts: list[str]) -> list[str]:
    """"Painting & Coating Inspector", "Tile & Marble Fixer", "Plumbing & Drainage Supervisor": the two
    words around the "&" both say what one worker works at, named after them, or before them in "QC
    inspector welding & painting"; read apart, "Painting" alone met the painter and "Tile" the building
    labourers before the inspector and the tiler, and "painting" after the "&" the painter. Such words name
    no worker as they are spelt (a work, a material, a trade's field): a worker's name ("Cook & Tea Boy",
    "Cleaner & Tea Boy", "AC technician & plumber") is a trade of its own. A pair in brackets ("MEP tech
    (plumbing & HVAC)") lists what the title before it covers, and is read as it is."""
    if len(parts) != 2 or parts[0].count("(") > parts[0].count(")"):
        return parts
    first, second = (_WORD_RE.findall(part) for part in parts)
    if len(first) == 1 and len(second) >= 2 and not _names_a_worker(first[0]):
        return [f"{first[0]} {second[-1]}", parts[1]]
    if (
        len(second) == 1
        and len(first) >= 2
        and not _names_a_worker(second[0])
        and not _names_a_worker(first[-1])
    ):
        return [parts[0], " ".join([*first[:-1], second[0]])]
    return parts


def _names_a_worker(word: str) -> bool:
    """Whether a word alone meets a label as it is spelt (see `WORKER_NAME_SCORE`)."""
    return max(get_index().score_codes(word, reread=False).values(), default=0.0) >= WORKER_NAME_SCORE


def _add_machine_operators(text: str, scores: dict[str, float]) -> None:
    """Raise in `scores` the operators of the machine a text says the worker was «на», and the hands of
    the place he was «на» (see `_ON_MACHINE_RE` and `_PLACE_WORKER_WORDS`)."""
    lowered = text.lower()
    for match in _ON_MACHINE_RE.finditer(lowered):
        if not query_tokens(match.group(1)):
            continue  # «на работу», «на заработки», «на вахту»: no machine, no place
        rest = lowered[: match.start()] + " " + lowered[match.end() :]
        only_place = not query_tokens(rest)
        if not only_place and _names_other_trade(rest):
            continue
        operators = (*_OPERATOR_WORDS, *_PLACE_WORKER_WORDS) if only_place else _OPERATOR_WORDS
        # «на автокране ивановиц», «на погрузчике тойта»: the second word is the machine's maker, mistyped
        # so that it is not dropped as its name is (`text.BRAND_WORDS`); when the two words together meet no
        # operator's label, the machine is read alone.
        # Not after an adjective, which is the machine's or the place's first word («на грузовом шиномонтаже»,
        # «на компрессорной станции»): alone, it is no machine.
        first = match.group(1).split()[0]
        if (
            not _raise_operators(operators, match.group(1), scores)
            and first != match.group(1)
            and not _RU_ADJECTIVE_RE.search(first)
            and query_tokens(first)
        ):
            _raise_operators(operators, first, scores)
    for match in _KAZAKH_MACHINE_CASE_RE.finditer(lowered):
        # Only a machine the rest of the words do not outweigh: beside a trade named surely («отбасында аспаз
        # болдым», "in a family, a cook"), a word in «-ында» says where, and «отбасы» met the family's driver.
        # And only the operators the machine's name alone names first: «вагонда тұрамыз» ("we live in a wagon")
        # met the car's driver through «водитель» alone, as «вагон» is no machine of his.
        rest = lowered[: match.start()] + " " + lowered[match.end() :]
        if query_tokens(match.group(1)) and max(  # not a word that names nothing («разр.» of «разряда»)
            get_index().score_codes(rest, reread=False).values(), default=0.0
        ) < SURE_SCORE:
            machine = get_index().score_codes(match.group(1), reread=False)
            _raise_operators(_OPERATOR_WORDS, match.group(1), scores, machine)


def _names_other_trade(rest: str) -> bool:
    """Whether the words beside «на» and its machine name surely a trade that is no driver's or operator's:
    «сварщиком на Урале» is a welder in the Urals, not the driver of a Ural lorry, while «водитель на урале»
    and «на погрузчике водителем» still read the machine. Words of two letters are the machine's model («на кране
    КС 55713»), no trade."""
    rest = " ".join(word for word in _WORD_RE.findall(rest) if len(word) > 2)
    sure = {code for code, score in get_index().score_codes(rest, reread=False).items() if score >= SURE_SCORE}
    return bool(sure) and not sure & _operator_codes()


@lru_cache(maxsize=1)
def _operator_codes() -> frozenset[str]:
    """The codes the operator words alone name surely (see `_OPERATOR_WORDS`)."""
    index = get_index()
    return frozenset(
        code
        for word in _OPERATOR_WORDS
        for code, score in index.score_codes(word, reread=False).items()
        if score >= SURE_SCORE
    )


def _raise_operators(
    operators: tuple[str, ...], machine: str, scores: dict[str, float], named: dict[str, float] | None = None
) -> bool:
    """Raise in `scores` the codes a label of which names an operator word with the machine (see
    `_ON_MACHINE_RE`), and, given `named`, only those the machine's name alone names best; whether any did."""
    index = get_index()
    raised = False
    best_named = max(named.values(), default=0.0) if named is not None else 0.0
    for operator in operators:
        for code, score in index.score_codes(f"{operator} {machine}", reread=False).items():
            if named is not None and named.get(code, 0.0) < max(MIN_SUGGEST_SCORE, best_named * PLACE_ONLY_FACTOR):
                continue
            if score >= MIN_OPERATOR_SCORE:
                raised = True
                if score * OPERATOR_FACTOR > scores.get(code, 0.0):
                    scores[code] = score * OPERATOR_FACTOR
    return raised


def _without_helper_words(text: str) -> str | None:
    """The text without its helper words (see `_HELPER_CODES`); None when it has none, or nothing else."""
    words = _WORD_RE.findall(text)
    rest = [word for word in words if not _is_helper_word(word)]
    return " ".join(rest) if rest and len(rest) < len(words) else None


@lru_cache(maxsize=8192)
def _is_helper_word(word: str) -> bool:
    folded = fold(word.lower().replace("'", ""))
    return folded.startswith(_HELPER_STEMS) or any(
        OSA.normalized_similarity(folded, helper) >= _HELPER_TYPO for helper in _HELPER_WORDS
    )


def _add_helped_trade(rest: str | None, scores: dict[str, float]) -> str | None:
    """Raise in `scores` the trade the text names without its helper words, and the trade's helpers
    (see `_HELPER_CODES`). Returns the helpers' code, which goes first of codes as good: the whole text
    met "kindergarten teacher" as well as "teacher assistant", and the teacher had come first by his
    code's number."""
    # "general helper", «старший помощник»: the rest is a qualifier, which names no trade («генерал»).
    if rest is None or all(surface in WEAK_KEYS for (_, surface), _, _, _ in query_tokens(rest)):
        return None
    helped = _best(get_index().score_codes(rest), 1)
    if not helped or helped[0].score < HELPED_MIN_SCORE:
        return None
    trade, score = helped[0].code, helped[0].score
    raised = [(trade, score * HELPED_TRADE_FACTOR)]
    if helper := next((_HELPER_CODES[trade[:n]] for n in (4, 3, 2) if trade[:n] in _HELPER_CODES), None):
        raised.append((helper, score * HELPER_CODE_FACTOR))
    for code, value in raised:
        if value > scores.get(code, 0.0):
            scores[code] = value
    return helper


@lru_cache(maxsize=4096)
def _suggest(text: str, limit: int) -> tuple[OccupationMatch, ...]:
    return _best(get_index().score_codes(text), limit)


# Scores equal but for the last bits of floating point ("foremen" one letter from "foreman" and from
# "fireman": 84.0 and 83.99999999999999, as the sums fell) are a tie, which the code decides as any tie:
# else a label added anywhere, which moves every word's weight a little, could turn such a tie over.
_TIE_DECIMALS = 9


def _best(
    scores: dict[str, float], limit: int, tiebreak: dict[str, float] | None = None
) -> tuple[OccupationMatch, ...]:
    """The best `limit` codes; a tie goes to the code with more `tiebreak`, then to the first code."""
    more = tiebreak or {}
    ranked = sorted(
        ((code, s) for code, s in scores.items() if s >= MIN_SUGGEST_SCORE),
        key=lambda cs: (-round(cs[1], _TIE_DECIMALS), -round(more.get(cs[0], 0.0), _TIE_DECIMALS), cs[0]),
    )
    return tuple(OccupationMatch(code, round(s, 2)) for code, s in ranked[:limit])


def classify_title(title: str) -> OccupationMatch | None:
    """The unit group of a vacancy title ("MIG Welder", "Staff Nurse (ICU)"), or None when unsure."""
    if not isinstance(title, str):
        return None
    return _classify(title[:MAX_CHARS])


@lru_cache(maxsize=8192)
def _classify(title: str) -> OccupationMatch | None:
    best: OccupationMatch | None = None
    for variant in _title_variants(title):
        top = _best(get_index().score_codes(variant, reread=False), 1)
        if top and (best is None or top[0].score > best.score):
            best = top[0]
    if best is None or best.score < MIN_CLASSIFY_SCORE:
        return None
    return best


def _title_variants(title: str) -> list[str]:
    """The title, without bracketed details, and each segment around dashes or slashes.

    "Cook - Indian & Continental" names the job in its first segment; "Staff Nurse (ICU)" in the text
    outside the brackets. The whole title is tried too, so that nothing is lost when it was one phrase.
    """
    bare = _BRACKETS_RE.sub(" ", title).strip()
    variants = [title, bare]
    variants.extend(seg for seg in _SEGMENT_RE.split(bare) if seg.strip())
    return list(dict.fromkeys(v for v in variants if v.strip()))
