"""An announcement's audience typed in words instead of pressed: «всем», «на казахском», «Мангистау»,
«виза выдана», «сварщикам», "7212", or a region or a step beside one of the others: «сварщикам из
Мангистау», «сварщикам с визой».

Officers are busy and write what they mean; the buttons stay, and whatever is read here still goes
through the same preview, count and confirmation as a pressed button, so a misreading costs a tap on
"back", never a message sent to the wrong workers. Several trades named together («сварщикам и
электрикам») are one audience that reaches any of them, when each is named surely; what cannot be read
as one audience (a trade not sure among several, a sentence) is not guessed at: the officer is told what
can be typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from os.path import commonprefix

from rapidfuzz.distance import OSA

import matching
from matching.index import get_index
from matching.text import plain_latin, skeleton
from bot.i18n import language_asked
from bot.russian_keys import on_russian_keys
from bot.status_rows import status_key
from bot.validation import InvalidInput, region_named
from bot.validation.regions import NEAR_NAMES, near_region

# A trade named this surely, with no other as sure, is taken at once (the search's own bar, 0..100).
# Otherwise the likely trades are offered as buttons (those within CLOSE_TO_BEST of the best one's
# score), after the group that holds the best and those as sure as it: «водители» are car and truck
# drivers alike, so group 83 is offered first, to reach both.
SURE_TRADE = 80.0
LIKELY_TRADE = 70.0  # below this a message names no trade at all («ну не знаю» meets a few at 65)
RIVAL = 0.95
CLOSE_TO_BEST = 0.7
MAX_OFFERED = 4

_ALL = on_russian_keys(frozenset(
    "все всем всех всему барлығы барлығына бәрі бәріне барлық barlygy barlygyna barlyğy barlyğyna barlyq bari "
    "barine bärine bäri всей всея all everyone everybody evryone everyon evrybody".split()
))
# The workers themselves: alone («сколько работников в …») they are everyone.
_WORKERS = on_russian_keys(frozenset(
    "работникам работники работников соискателям соискателей пользователям пользователей людям людей человек "
    "чел юзерам юзеров жұмысшыларға жұмысшылар жұмысшы жұмыскерлерге адам адамға адамдар адамдарға адамдардың "
    "jumysshylarga jumysshylar adam adamdar adamga adamdarga workers worker users people poeple ppl ppls folks "
    # candidates and users in the other words officers use: «кандидатам», «үміткерлерге», "candidates"
    "кандидатам кандидатов кандидаты кандидатами үміткерлерге үміткерлер үміткерлердің пайдаланушыларға "
    "қолданушылар paidalanushylarga qoldanushylarga úmitkerlerge candidates candidate applicants "
    "қолданушы пайдаланушы qoldanushy paidalanushy umitkerlerge umitkerler "
    # a region's or a step's candidates, in Kazakh's possessive: «Маңғыстау облысының үміткерлеріне»
    "үміткерлеріне үміткерлерін umitkerlerine umitkerlerin "
    # one candidate counted, as Kazakh counts: «қанша үміткер бар»
    "үміткер umitker".split()
))
# Words that may stand beside "all" or a status without changing whom it means.
_AROUND = on_russian_keys(_WORKERS | frozenset(
    "работникі қолданушыларға статус статусом статусу статусе со с в на по мәртебесі мәртебе status with у кого "
    "кто которые которых тех тем зарегистрированным зарегистрированных тіркелгендерге тіркелген "
    "зарегистрировался зарегистрировались зарегистрированы зарегался зарегались базе базы базу "
    "tirkelgenderge tirkelgen tirkelgender registered database "
    "говорящим говорящих сөйлейтіндерге сөйлейтін tilinde speakers speaking "
    # «тіркелгендердің бәріне», "all candidates in the database", "Russian speakers only", «кто пишет по-русски»
    "тіркелгендердің тіркелді адамның in the only тілінде тілді tildi пишет пишут пишущим пишущих "
    "тілділерге тілділер тілділердің tildilerge tildiler soileitinderge soileitin söileitinderge "
    # the language the bot speaks to them: «у кого бот на английском», «с казахским интерфейсом», «ботты
    # қазақша қолданатындарға», «орыс тілін таңдағандарға», "users who chose Kazakh in the bot"
    "бот бота боте боту ботом ботты ботта botty botta bot интерфейс интерфейсом интерфейсе интерфейса язык языком "
    "языке выбрал выбрали выбравшим выбравших тілін tilin таңдаған таңдағандарға таңдағандар таңдады tandagan "
    "tandagandarga қолданатындарға қолданатын qoldanatyndarga qoldanatyn пайдаланатындарға interface language "
    "chose chosen selected set who whose those to қолданатындар пайдаланатындар qoldanatyndar using use uses "
    "пользуются пользующимся".split()
))
# The padding of a request typed or dictated between meetings, which names no one: «давайте всем,
# пожалуйста», «по Туркестанской области, пожалуйста», "everyone please".
_PADDING = on_russian_keys(
    frozenset("давайте пожалуйста пжл плз please pls plz только тек ғана tek gana ğana only бірден birden подряд".split())
)
# What an officer's "how many" question says besides the workers it counts: «сколько у нас сварщиков
# в Мангистау?», «Маңғыстауда қанша дәнекерлеуші бар?», "how many welders do we have in Almaty?".
_HOW_MANY = on_russian_keys(frozenset(
    "сколько скока скок скоко сколко скольк скольким скольких қанша қаншасы канша нешеу неше neshe нешe qanşa qansha qanshasy qansa "
    "kansha саны sany".split()
))
# ... typed short too: «кол-во сварщиков», "hw many cooks".
_HOW_MANY_EN = re.compile(
    r"\bho?w\s+m(?:a?n|na)y\b|^\s*headcount\s+(?:at|in|for)\b|^\s*(?:(?:kindly|please|pls)\s+)?(?:(?:advise|share|provide|confirm)\s+)?(?:the\s+)?"
    r"(?:total\s+)?number of\b|"
    # asked in a letter's words: «Прошу предоставить количество…», «прошу сообщить общее количество…»
    r"^\s*(?:(?:прошу\s+)?(?:предоставить|сообщить|указать|дать|дайте|сообщите|укажите)\s+)?(?:общее\s+)?"
    r"(?:число|количество|кол-?\s?во)(?![^\W\d_])", re.IGNORECASE
)
# What a "how many" asks when it is no headcount: the years, the price, the wait, the pay, the hours
# («сколько лет опыта нужно сварщику», «сколько стоит виза», «виза қанша тұрады», "how much…").
_NOT_A_HEADCOUNT = on_russian_keys(frozenset(
    "лет года год опыта опыт стаж нужно надо нужен нужны стоит стоимость платят получают зарплата зарплату "
    "ждать ждём дней день часов часа времени месяцев жыл жылдық тәжірибе керек тұрады төлейді жалақы күту "
    "күн сағат ай уақыт years year experience need needed cost costs pay paid salary wait hours days "
    "months time".split()
))
# «во сколько совещание?» asks the time, not a headcount.
_AT_WHAT_TIME = re.compile(r"\bво\s+сколько\b|\bat\s+what\s+time\b", re.IGNORECASE)
_QUESTION_FILLER = on_russian_keys(frozenset(
    "а у нас есть всего зарегистрировано зарегистрированных зарегистрировались в боте бар барлығы тіркелген "
    "ботта bar do we have are there is registered in the bot total "
    # the politeness around a question: «подскажите, пожалуйста, сколько…», "could you tell me how many…"
    "подскажите скажите пожалуйста пжл плз подскажете айтыңызшы айтыңыз please pls could can you tell me "
    "let know kindly advise may i know we confirm share provide "
    # a count asked of colleagues, or of the database: «коллеги, можете посчитать…», «… в базе», «свои заявки»
    "коллеги можете посчитать посчитайте базе базы свои свою своих "
    # a count asked aloud in passing: «слушай, а сколько у нас вообще …»
    "слушай слушайте вообще "
    "barlygy barlyghy tirkeldi tirkelgen".split()
))
# Words around a region that say no more than the region does: «из Актау», «в Мангистауской области»,
# «Алматы қаласындағы», "in Almaty region".
_PLACE_WORDS = on_russian_keys(frozenset(
    "из в во по с от живущим жителям живущих область области областей обл город города городе г регион "
    "региона регионе облысы облысының облысындағы облысында қаласы қаласындағы қаласында қаласының "
    "oblysy oblysynda oblysyndagy qalasy qalasynda qalasyndagy from in of at region oblast city province "
    # those who came from it: «Қызылордадан келгендерге»
    "келгендерге келгендер келген kelgenderge kelgender kelgen бойынша boiynsha boyynsha "
    # a district for its region («Бейнеуского р-на», «Бейнеу ауданының»), the region's residents, "obl"
    "район района районе районов аудан ауданы ауданының ауданындағы ауданынан audany audanynyn district "
    "тұрғындарына тұрғындары тұрғындар turgyndaryna turgyndary residents obl "
    # the employment centre that registered them, for its town («по линии ЦЗН Кульсары», «Жаңаөзен ХЖО арқылы
    # тіркелген», "PEC Zhanaozen clients")
    "линии цзн хжо pec клиентам клиенты клиентов clients арқылы arqyly через via".split()
))
_ISCO_CODE = re.compile(r"\d{1,4}")
# Words that only say a number is a group's code: «группа 7212», «код по МСКЗ 5120», "ISCO 7212".
_CODE_WORDS = frozenset("группа группе группы код кода коду по мскз окз isco group code тобы коды kod toby".split())
# What joins trades named together: «сварщикам, электрикам и сантехникам», «дәнекерлеушілер мен
# электриктерге», "welders and electricians", «7212/7411».
_JOINERS = on_russian_keys(
    frozenset(", & / + и или либо және мен бен пен немесе jane men ben pen nemese and or".split())
)
_TOKENS = re.compile(r"[^\W_]+|[,&/+]")
# Words that leave some workers out or put the audience in an order («всем, кроме Мангистау», «не из
# Атырау», «сначала сварщикам, потом поварам», "everyone except Almaty"): no one audience says that, and
# reading the rest of the words would send to those left out, so such a message is not read at all.
# ... unless the word only stresses that no one is left out: «всем без исключения», "all without exception".
_NO_EXCEPTION = re.compile(r"\b(?:без|without)\s+(?:всяких\s+|any\s+)?(?:исключени[йяе]|exceptions?)\b")
# Years of experience narrow an audience as no segment can («опытным сварщикам», «со стажем от 5 лет»,
# «тәжірибелі», "experienced welders"): reading the rest would reach every welder, so such a message is not
# read at all, as an exclusion is not.
_EXPERIENCE = on_russian_keys(
    re.compile(r"\b(?:опытн\w*|стаж(?!ёр|ер)\w*|experienced?|тәжірибе\w*|tajiribe\w*|tazhiribe\w*)")
)
# What no segment holds, so that reading the rest would reach workers it leaves out: a certificate or a grade
# («с сертификатом НАКС», «ЭГС 5 разряда», «IELTS», "NAKS-certified"), an age («до 35 лет», «старше 40», «35
# жасқа дейінгі», "under 35", "aged 25-40") or whether men or women («женщинам», «әйелдерге», "female").
_NO_SUCH_SEGMENT = on_russian_keys(re.compile(
    r"\b(?:сертифика\w*|удостоверени\w*|накс|naks|ielts|toefl|certifica\w*|certified|разряд\w*|grade|"
    r"лет|года|жас\w*қа|жастағы\w*|jasqa|жасар\w*|старше|младше|моложе|aged?|years?\s+old|under\s+\d+|over\s+\d+|"
    r"молод[её]ж\w*|жастар\w*|jastar\w*|youth|young|"
    r"женщин\w*|мужчин\w*|әйел\w*|aiel\w*|ер\s+адам\w*|female|male|women)\b|\d+\+?\s*(?:лет|years?|yrs?)\b|"
    # men named in English ("men from Shymkent": «men» alone is also Kazakh «мен», and), gender, age bands and
    # schooling: «по полу», «разбивка по возрасту», «жас топтары», "gender", «с высшим образованием», "degree"
    r"\bmen\s+(?:from|in|of|only|who|with|at)\b|\b(?:gender|sex|полу|пол|жынысы\w*|jynys\w*|возраст\w*|"
    r"жас\s+топ\w*|jas\s+top\w*|образовани\w*|degree|diploma\s+holders|білімі\w*|bilimi\w*)\b"
))


def names_no_segment(text: str) -> bool:
    """Whether a message names workers by what the bot does not keep of them (an age, a gender, a certificate,
    schooling), so that no count, report or export of them can be given, and no one else is sent to in
    their stead. The period a report is asked for is no age («с начала года»)."""
    return bool(_NO_SUCH_SEGMENT.search(without_period(text or "").casefold()))
# The words that only say who: «тем, у кого …», «тех, которые …», "those whose …".
_WHO = frozenset("тем тех у кого кто которые которых которым those who whose".split())
# The words that only frame the traits of an audience, not counted when telling it from a sentence: an
# audience of a trade, a region, a step and a language is long («казахоязычных плотников из Актобе на
# проверке квалификации», "Kazakh speaking cooks from Shymkent at interview stage"), English most of all.
_FRAMING = on_russian_keys(
    _JOINERS | _WHO | frozenset("из на с со у от in from of at with a an the who got have has stage".split())
)
_NOT_ONE_AUDIENCE = on_russian_keys(frozenset(
    "не нет кроме без исключая исключением сначала потом затем после емес басқа басқасына басқаларына жоқ joq "
    "соң кейін алдымен except excluding without not no but then first after "
    # a broadcast spoken of as already done («рассылку сварщикам уже отправили утром»), not asked for
    "отправили отправил отправила ушла дошла жіберілді жіберді went".split()
))


@dataclass(frozen=True)
class Reading:
    """What a typed audience says: one segment (`kind`, `value`), or trades to choose from, or nothing."""

    kind: str = ""
    value: str = ""
    trades: tuple[str, ...] = ()
    trade_score: float = 0.0  # how surely the text names a trade, whether or not one was taken
    region: str = ""  # regions named beside the rest, which narrow it («сварщикам из Мангистау»), space apart
    step: str = ""  # a step named beside the rest, which narrows it too («сварщикам с визой»)
    language: str = ""  # the workers' language named beside the rest («казахоязычным сварщикам»)

    @property
    def understood(self) -> bool:
        return bool(self.kind)

    @property
    def beside(self) -> tuple[tuple[str, str], ...]:
        """The traits named beside the audience, as (kind, value) segments that narrow it."""
        named = (("status", self.step), ("region", self.region), ("lang", self.language))
        return tuple((kind, value) for kind, value in named if value)


NOTHING = Reading()


def read_audience(text: str | None, status_names: Mapping[str, str]) -> Reading:
    """The audience a short message names. A vacancy's number is looked up by the caller (it needs the
    database); everything else is read here. An audience corrected as it is typed («сварщикам Атырау, нет,
    Мангистау») is the corrected one."""
    if _WHO_S.search(text or ""):  # "everyone who's flown out" is who has; "who's at interview", who is
        has = read_audience(_WHO_S.sub("who has", text or ""), status_names)
        return has if has.understood else read_audience(_WHO_S.sub("who is", text or ""), status_names)
    retracted = _LEADING_TAKE_BACK.match(text or "")
    if retracted and (text or "")[retracted.end():].strip():
        # «ой, не Атырау, Актобе», «стоп, не всем, только с визой», "no wait, Aktau not Atyrau": what was
        # asked a moment ago is taken back; the audience is what is named instead of it.
        again = read_audience(_named_again((text or "")[retracted.end():]), status_names)
        if again.understood or again.trades:
            return again
    if (negated := _NOT_THIS_FIRST.match(text or "")) and (
        again := read_audience(_named_again(text or ""), status_names)
    ).understood and read_audience(negated.group("this"), status_names).kind == again.kind:
        return again  # "not Atyrau, Mangystau", «не сварщикам, поварам»: the one named in place of the other, alike
    text = _NOT_YET_NEXT.sub("", text or "")  # «получившим оффер, но ещё не подписавшим» is the offer
    parts = correction_parts(text or "")
    if parts:
        if _ALL.intersection(_TOKENS.findall(parts[1].casefold())):  # «сварщикам Жанаозена, а нет, всем по
            again = read_audience(parts[1], status_names)  # области»: all of them, no trade kept
            if again.understood:
                return again
        corrected = _corrected(read_audience(parts[0], status_names), read_audience(parts[1], status_names))
        if corrected.understood or corrected.trades:
            return corrected
    if (tokens := set(_TOKENS.findall(text.casefold()))) and tokens <= _PRONOUNS:
        return NOTHING  # «напиши им, что …»: whom «им» means is in the officer's head, not in the message
    reading = _read_audience(text, status_names)
    if (righted := slips_righted(text)) != text:
        # "electrcians", "weldrs", «сварщекоф», "Atyrua", «Каргнды»: a trade or a place typed a letter off, as
        # the worker's own search forgives it; taken only when the message then reads as one audience, and
        # one read already only gains the region or step a slip had hidden (never another trade).
        again = _read_audience(righted, status_names)
        if again.understood and (not reading.understood or (again.kind, again.value) == (reading.kind, reading.value)
                                 and set(reading.beside) < set(again.beside)):
            return again
    return reading


_WHO_S = re.compile(r"\bwho['’]s\b", re.IGNORECASE)
# Workers named only by a pronoun, whom the bot cannot tell: «им», «всем им», «оларға», "them".
_PRONOUNS = on_russian_keys(frozenset("им ним них они их оларға олар соларға olarga olar them they".split()))


# A message that begins by taking back the one before it: «ой», «стоп», «отмена», «тоқта», "scratch that", "no
# wait", and «нет», «жоқ», "no" followed by a comma (alone, «нет визы» takes nothing back).
_LEADING_TAKE_BACK = on_russian_keys(re.compile(
    r"^\s*(?:(?:ой|стоп|отмена|отбой|тоқта|toqta|oops|wait|scratch\s+that|actually|sorry|no\s+wait|исправляю|"
    # the previous one called off first: «не то, отмена, …», «отмените, …», "cancel, I meant …", «болдырмаңыз, …»
    r"не\s+т(?:о|от|а|у)|отмените|отмени|cancel|undo|болдырмаңыз|болдырма|boldyrmanyz|"
    r"исправление|поправка|correction|түзету|tuzetu|исправь|исправьте|i\s+meant|i\s+mean|make\s+(?:it|that))"
    r"(?:[\s,.:!—–-]+|$)|(?:нет|неа|жоқ|joq|no|nope)\s*[,.!—–-]+\s*)+",
    re.IGNORECASE,
))
# What is named instead of the words taken back: «не Атырау, Актобе», «Атырау емес, Ақтөбе», "Aktau not Atyrau".
_INSTEAD_OF = re.compile(
    r"^(?:не|not)\s+[^,]+,\s*(?:а\s+|but\s+)?(?P<ru>\S.*)$|^[^,]+?\s+(?:емес|emes)\s*,?\s*(?P<kk>\S.*)$|"
    r"^(?P<ru_first>[^,]+?)\s*,?\s+а\s+не\s+[^,]+$|"
    r"^(?P<en>[^,]+?)\s*,?\s+not\s+[^,]+$",
    re.IGNORECASE,
)


_NOT_THIS_FIRST = re.compile(r"^\s*(?:не|not)\s+(?P<this>[^,]+),\s*(?:а\s+|but\s+)?\S", re.IGNORECASE)


def _named_again(text: str) -> str:
    """The audience named after words taken back, without the one it replaces."""
    found = _INSTEAD_OF.match(text.strip())
    return next((part for part in found.groups() if part), text) if found else text


# The step after the one named, said not to be reached yet, adds nothing to it: an offer not yet signed
# («получившим оффер, но ещё не подписавшим», «ұсыныс алып, бірақ әлі қол қоймағандарға», "got an offer
# but haven't signed yet") is the offer.
_NOT_YET_NEXT = on_russian_keys(re.compile(
    r"(?<=\w)\s*,?\s+(?:но|а|бірақ|biraq|but)\s+(?:ещё|еще|пока|әлі|ali|yet)?\s*(?:не\s+подписа\w*|"
    r"(?:қол|qol)\s+(?:қоймаған|qoimagan)\w*|(?:have|has)(?:n['’\s]?t|\s+not)\s+(?:yet\s+)?signed(?:\s+yet)?|"
    r"(?:did\s*n[o']t|not)\s+(?:yet\s+)?sign(?:ed)?(?:\s+yet)?)",
    re.IGNORECASE,
))


def slips_righted(text: str) -> str:
    """`text` with each word that names no trade and no place as typed, but one trade or one region once a
    letter is put right, written as that trade or region: "electrcians", "weldrs", "cookz", «сварщекоф» (a
    vowel and the last consonant written as heard), "Atyrua". A word the trades' index knows as it is, a
    region's name, or one of the words an audience is framed with is never read as another."""
    return _WORD.sub(lambda found: _slip_righted(found.group(0)), text or "")


@lru_cache(maxsize=4096)
def _slip_righted(word: str) -> str:
    typed = word.casefold()
    known_words = (_ALL, _WORKERS, _AROUND, _PADDING, _FRAMING, _OFTEN_MISTYPED_SET, _NEIGHBOURS, _STEP_VERBS)
    if len(typed) < 3 or any(typed in words for words in known_words) or typed in _NOT_A_PLACE:
        return word
    if _is_place_word(typed):
        return word
    if _region_of(typed) or _step_named(typed) or language_asked(typed):
        return word
    if len(typed) < 5:
        return _step_with_vowel_left_out(typed) or word  # "vsa": the visa
    key = skeleton(typed)
    if not key or key in get_index().postings or _one_trade(typed).understood:
        return word  # a word of its own, or a trade named as the search reads it
    # "Atyrua", the whole word a letter off the name (a surname, «Ермеков», or «кезеңде» is a letter off a
    # name only with an ending after it); «Каргнды», typed without vowels
    near = near_region(key)
    if near and not any(code == near and OSA.distance(name, key, score_cutoff=1) <= 1 for code, name in NEAR_NAMES):
        near = None
    near = near or _region_with_vowels_left_out(key)
    if near and _region_of(near) == near:
        return near
    codes: dict[str, str] = {}
    for near in _near_trade_words(key):
        codes.setdefault(_one_trade(near).value, near)
    codes.pop("", None)
    return next(iter(codes.values())) if len(codes) == 1 else word


_LATIN_VOWELS = "aeiouy"


def _step_with_vowel_left_out(typed: str) -> str | None:
    """A step's short name typed without one of its vowels ("vsa", «вза»), as that name; None for any other."""
    vowels = _LATIN_VOWELS if typed.isascii() else "аеиоуыя"
    for at in range(1, len(typed) + 1):
        for vowel in vowels:
            whole = typed[:at] + vowel + typed[at:]
            if _step_named(whole) and any(whole.startswith(stem) and len(stem) >= len(whole) - 1
                                          for stems in _STEP_WORDS.values() for stem in stems):
                return whole
    return None


def _region_with_vowels_left_out(key: str) -> str | None:
    """The one region whose name a word is with one or two of its vowels left out, after its first letter and
    before a case ending of up to two letters («Каргнды» for «Караганды»); None when none is, or two are."""
    found = {code for code, name in NEAR_NAMES for cut in range(0, 3)
             if len(key) - cut >= 5 and _vowels_left_out(key[: len(key) - cut], name)}
    return found.pop() if len(found) == 1 else None


def _vowels_left_out(short: str, name: str) -> bool:
    """Whether `short` is `name` with one or two vowels after its first letter left out, and nothing else."""
    if not 1 <= len(name) - len(short) <= 2 or short[0] != name[0]:
        return False
    at = 0
    for letter in name:
        if at < len(short) and short[at] == letter:
            at += 1
        elif letter not in _LATIN_VOWELS:
            return False
    return at == len(short)


# The index's words grouped by their first two letters, to find a slip's neighbours among them quickly.
@lru_cache(maxsize=1)
def _index_words_by_start() -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for known in get_index().postings:
        if len(known) >= 4:
            grouped.setdefault(known[:2], []).append(known)
    return {start: tuple(words) for start, words in grouped.items()}


# Letters heard alike and so typed for one another: an unstressed «е» for «и», «о» for «а», a last «ф» for «в»
# («сварщекоф»), "z" for "s" ("cookz").
_AS_HEARD = (frozenset("ei"), frozenset("oa"), frozenset("zs"))


def _near_trade_words(key: str) -> list[str]:
    """The index's words one slip off the beginning of `key`, with the case ending of up to three letters that
    follows it, nearest first, as the matcher reads them: "veldrs" → "velders", «svarshekof» → «svarshikof»;
    none when `key` is an index word with an ending of its own («otdele»: «отделе» is a word, no slip)."""
    heard = key[:-1] + "v" if key.endswith("f") else key
    found: list[tuple[int, str]] = []
    for known in _index_words_by_start().get(key[:2], ()):
        for cut in range(0, 4):
            stem, ending = heard[: len(heard) - cut], heard[len(heard) - cut:]
            if cut <= 2 and len(known) >= 5 and (stem == known or key[: len(key) - cut] == known):
                return []
            if len(stem) < (4 if not cut else 5) or abs(len(stem) - len(known)) > 1:
                continue
            if _heard_alike(stem, known) or len(stem) >= 6 and OSA.distance(stem, known, score_cutoff=1) <= 1 and (
                _a_slip(stem, known)
            ):
                found.append((cut, known + ending))  # a short word's only slip is a letter heard as another
    return [word for _cut, word in sorted(found)][:12]


def _heard_alike(typed: str, known: str) -> bool:
    """Whether two words of one length differ by one letter heard alike («svarshek» and «svarshik»)."""
    if len(typed) != len(known):
        return False
    wrong = [frozenset((a, b)) for a, b in zip(typed, known) if a != b]
    return len(wrong) == 1 and wrong[0] in _AS_HEARD


def _read_audience(text: str | None, status_names: Mapping[str, str]) -> Reading:
    text = spoken_punctuation(text or "")  # «электрикам запятая сантехникам», as a phone dictated it
    speaking = bool(_SPEAKERS.search(text or ""))  # before «-язычных» is cut off
    text = (text or "").replace("\n", " , ")  # a list, one line each («• сварщики⏎• повара»)
    text = _NO_EXCEPTION.sub(" ", _abbreviations_spelt_out(plain_latin((text or "").casefold())))
    text = _HYPHENED_PAIR.sub(_two_trades_apart, text) if "-" in text else text  # «маляры-штукатуры»
    tokens = [token for token in _TOKENS.findall(text) if token not in _PADDING]  # words, commas, slashes
    words = [token for token in tokens if token[0].isalnum()]
    counted = [word for word in words if word not in _FRAMING and not _names_a_region_word(word)]
    if not words or len(counted) > 8:
        return NOTHING  # a sentence; the words that say who («тем, у кого заявка…») or where are not counted
    if _NOT_ONE_AUDIENCE.intersection(words) or _EXPERIENCE.search(text) or _NO_SUCH_SEGMENT.search(text):
        return NOTHING
    places, rest = _regions_apart(tokens)
    if len(counted) > 6 and not (_JOINERS.intersection(rest) and len([
        word for word in rest if word[0].isalnum() and word not in _FRAMING and not _names_a_region_word(word)
    ]) <= 6):
        return NOTHING  # ... nor, in a list of trades, the region's name: "concrete workers, rebar fixers and … in …"
    place = " ".join(places)  # «Атырау и Мангистау»: the workers of either
    if any(word.isdigit() for word in rest):
        rest = [word for word in rest if word not in _CODE_WORDS]
    if any(ch.isdigit() for word in rest for ch in word) and not all(
        _ISCO_CODE.fullmatch(word) or word in _JOINERS for word in rest
    ):
        return NOTHING  # a reference (a vacancy's number), not a trade or a place
    if not [word for word in rest if word not in _JOINERS]:
        return Reading("region", place) if place else NOTHING
    step, others = _step_apart(rest)
    language, others = _language_apart(others) if speaking else ("", others)
    reading = _read_one(others, status_names)
    if step and not (reading.understood or reading.trades):  # the step's own name («виза берілді»)
        step, reading = "", _read_one(rest, status_names)
    if language and reading.kind in ("all", "lang"):
        language, reading = "", Reading("lang", language)  # «казахоязычным всем» is the language alone
    if reading.kind == "all" and (place or step):  # all of a region, or all at a step, is that alone
        return Reading("status", step, region=place) if step else Reading("region", place)
    if reading.kind == "status" and step:
        return NOTHING  # two steps: no application stands at both
    if reading.understood or reading.trades:
        return replace(reading, region=place, step=step, language=language)
    return NOTHING


# An officer taking back what they just typed, on a phone without going back to edit it: «сварщикам Атырау,
# нет, Мангистау», «точнее», «вернее», «хотя нет», «ой», «жоқ», «дұрысы», "sorry, I mean", "no wait", "make
# that". What follows the word replaces what it names again (a trade a trade, a region a region); the rest
# stands. A bare «нет», «жоқ» or "no" takes back only after a comma or a word that is no "who" or "with":
# «у кого нет визы», "welders with no visa" take nothing back.
_TAKE_BACK = on_russian_keys(re.compile(
    r"(?:^|(?<=[\s,;.!]))(?P<word>(?:ой[\s,]+)?(?:хотя\s+)?(?:нет|неа|жоқ|joq|jok|no|ой|oops|точнее|вернее|"
    r"дұрысы|durysy|sorry|i\s+mean|make\s+that|rather(?!\s+than)|correction|то\s+есть|исправляю|поправка|"
    r"не\s+т(?:а|от|у)|не(?=\s*,)))"  # «поварам Шымкента, не, Туркестана»: «не» alone between commas
    r"(?=[\s,;:.!—–-]|$)"
    r"(?:[\s,;.!—–-]+(?:нет|не\s+то|i\s+mean|make\s+that|wait|sorry|no|то\s+есть)(?=[\s,;:.!—–-]|$))*[\s,;:.!—–-]*",
    re.IGNORECASE,
))
_WEAK_TAKE_BACK = on_russian_keys(frozenset("нет неа жоқ joq jok no".split()))
# «не сварщикам, а монтажникам», «сварщиктерге емес, аспаздарға», "not welders but fitters": the second named
# instead of the first.
_NOT_THIS_BUT = re.compile(
    r"^(?P<this>.*?)(?:^|\s)(?:не\s+(?P<ru>.+?),?\s+а|not\s+(?P<en>.+?),?\s+but)\s+(?P<that>\S.*)$|"
    r"^(?P<kk>.+?)\s+(?:емес|emes),?\s+(?P<kk_that>\S.*)$",
    re.IGNORECASE,
)


def correction_parts(text: str) -> tuple[str, str] | None:
    """What was typed before an officer took it back and what was typed instead, or None when nothing was
    taken back."""
    for found in reversed(list(_TAKE_BACK.finditer(text))):
        before, after = text[: found.start()].strip(" ,;.—–-"), text[found.end():].strip()
        if not before or not after:
            continue
        word = found.group("word").casefold()
        previous = _TOKENS.findall(before.casefold())
        if word in _WEAK_TAKE_BACK and text[: found.start()].rstrip()[-1:] not in ",;.—–-" and (
            previous and (previous[-1] in _WHO or previous[-1] in _STEP_VERBS or _step_named(previous[-1]))
        ):  # «у кого нет визы», «визасы жоқ»: without, not a correction
            continue
        return before, _named_instead(after)
    instead = _NOT_THIS_BUT.match(text.strip())
    if instead:
        if instead.group("kk"):
            return instead.group("kk"), instead.group("kk_that")
        this = f'{instead.group("this")} {instead.group("ru") or instead.group("en")}'.strip(" ,")
        return this, instead.group("that")
    return None


def _named_instead(after: str) -> str:
    """What is named in place of the retracted words: «не сварщикам, а монтажникам» is «монтажникам»."""
    instead = _NOT_THIS_BUT.match(after)
    if instead and not instead.group("kk"):
        return instead.group("that")
    return instead.group("kk_that") if instead else after


def _corrected(first: Reading, second: Reading) -> Reading:
    """The first audience with what the second names again put in place of the same trait, or nothing when
    the second names no trait the first did (then the words were no correction)."""
    before, after = _traits_of(first), _traits_of(second)
    if "all" in before and after and "all" not in after:  # «всем, нет, только сварщикам»
        before = {kind: value for kind, value in before.items() if kind != "all"} or {kind: "" for kind in after}
    if not after or not before or not set(after) & set(before):
        return NOTHING
    traits = {**before, **after}
    if traits.get("isco") == "":  # the trade named again is still to be chosen among a few
        beside = {"region": traits.get("region", ""), "step": traits.get("status", "")}
        return replace(second, **beside, language=traits.get("lang", "")) if second.trades else NOTHING
    for kind in ("isco", "status", "lang", "region"):
        if kind in traits:
            main = traits.pop(kind)
            return Reading(
                kind, main, trade_score=second.trade_score or first.trade_score, region=traits.get("region", ""),
                step=traits.get("status", ""), language=traits.get("lang", ""),
            )
    return NOTHING


def _traits_of(reading: Reading) -> dict[str, str]:
    """A reading's traits by kind («isco» → «7212», «region» → «atyrau»), or none when it is not understood."""
    if not reading.understood:  # trades to choose from are a trade still, not yet which
        return {"isco": "", **dict(reading.beside)} if reading.trades else {}
    return {reading.kind: reading.value, **dict(reading.beside)}  # «all» alone is {"all": ""}


# A language's speakers named beside a trade: «казахоязычных сварщиков», «русскоговорящим поварам»,
# "Kazakh speaking welders". Only with a word for speaking, so that "English teachers" stay a trade.
_SPEAKERS = on_russian_keys(re.compile(r"язычн|говорящ|speak|сөйлей|söilei|soilei|тілді|tildi|\bяз\b", re.IGNORECASE))


def _language_apart(tokens: list[str]) -> tuple[str, list[str]]:
    """The one language named among other words, and those words without it; nothing when the language is
    all there is (it is then read as the audience itself)."""
    named = [token for token in tokens if token.isalpha() and language_asked(token)]
    rest = [token for token in tokens if token not in named and token not in _AROUND]
    if len(named) != 1 or not [token for token in rest if token not in _JOINERS]:
        return "", tokens
    return language_asked(named[0]) or "", rest  # without "speaking" and such beside the trade


# An announcement asked for together with its audience: «рассылка сварщикам», «разослать всем в
# Мангистау», «отправить объявление водителям», «хабарландыру дәнекерлеушілерге», "broadcast to welders";
# in Kazakh the request comes after the audience: «дәнекерлеушілерге хабарлама жібер», «барлығына тарату».
_BROADCAST = on_russian_keys(frozenset(
    "рассылка рассылку разослать объявление объявить объява объяву хабарландыру хабарлама таратылым тарату "
    "тарат таратыңыз habarlama xabarlama taratu tarat broadcast announcement announce "
    # verbs that can only mean an announcement, asked with or without its text: «разошлите сварщикам»,
    # «оповестите всех…», "notify welders in Atyrau", «rassylka» typed in Latin letters
    "разошлите разошли разошлём разошлем оповестите оповестить оповести уведомите уведомить notify "
    "rassylka rassylku razoshlite razoshli razoslat taratynyz хабарлаңыз habarlanyz circulate "
    # the Kazakh verbal noun of a request passed on: «аспаздарға хабарлауды тапсырды»
    "хабарлауды таратуды habarlaudy taratudy".split()
))
# A notice named after a verb of sending, as office letters ask: «прошу направить уведомление…»,
# «направьте напоминание…», "send a reminder to…" (alone, «уведомление пришло?» asks for nothing).
_NOTICE = frozenset(
    "уведомление уведомления напоминание напоминания сообщение информацию reminder notice notification note".split()
)
# A request may be asked politely or curtly: «прошу сделать рассылку…», "could you please send…", "pls".
_POLITE = on_russian_keys(frozenset(
    "прошу просим пожалуйста пжл плз можно могли бы вы можете можешь надо нужно давайте please pls plz kindly could can "
    "would you i i'd like want need we срочно срочна urgent urgently asap шұғыл "
    # a wish to send one: «хочу всем разослать: …», «барлығына жасағым келеді»
    "хочу хотим хотела хотел хотелось бы жасағым жасагым келеді келед keledi "
    # a liaison officer's formal English: "we would appreciate it if you could inform…", "request you to…"
    "appreciate grateful it if be request requested".split()
))
_BROADCAST_LEAD = on_russian_keys(_BROADCAST | _POLITE | frozenset(
    "отправить сделать сделай сделайте отправь отправьте жіберу жасау send make a an для to for "
    # «прошу направить уведомление …», «направьте напоминание всем, кто …»
    "направить направьте направь this it following with".split()  # "please send this to those who…",
    # "kindly circulate the following to…", "kindly share with the welders: …"
) | _NOTICE)
# Verbs of sending that ask for an announcement only with its text after a colon («отправь всем: завтра
# собрание», «напиши всем в Атырау: …», "message all welders: …"); without one they may ask anything.
_SEND = on_russian_keys(frozenset(
    "отправь отправьте отправить напиши напишите написать разошли сообщи сообщите оповести оповестите "
    "оповестить уведоми уведомите уведомить жібер жіберіңіз жіберу жаз жазыңыз send message write tell notify "
    "inform скажи скажите "
    # «направьте, пожалуйста, всем…: …», «хабарлаңыз», Latin Kazakh «jiberu kerek: …»
    "направьте направить направь хабарлаңыз хабарлау jiber jiberiniz jiberu habarlanyz "
    # a message passed on («передай сварщикам, что…», «жеткізіңіз»), typed short ("msg all cooks: …")
    "передай передайте передать жеткіз жеткізіңіз жеткізу jetkiz jetkiziniz jetkizu хабарла habarla msg "
    "share pass forward convey advise zhiber zhiberiniz zhiberu zhetkiziniz "
    # an office letter's Kazakh and Russian: «жеткізілсін», «хабарлама жолдансын», «жолдауыңызды сұраймын»,
    # «… сообщить: …»
    "жеткізілсін жолдансын жолдаңыз жолдауыңызды жіберілсін таратылсын хабарлансын jetkizilsin joldansyn "
    "joldanyz joldauynyzdy jiberilsin taratylsyn сообщить "
    # a reminder, and the slang of a hurried phone: «напомни всем у кого оффер: …», «скинь всем с визой: …»
    "напомни напомните напомнить скинь скиньте кинь киньте черкани remind "
    # the Kazakh reminder: «… еске салыңыз: …», «… ескертіңіз: …»
    "салыңыз ескертіңіз eskertiniz salynyz "
    # written to them in Kazakh's Latin letters: «… jazynyz: …»
    "jaz jazynyz zhaz zhazynyz".split()
))
# Only Kazakh puts the request after its audience: «отключить рассылку» asks for no announcement.
_BROADCAST_TAIL = on_russian_keys(frozenset(
    "хабарландыру хабарлама таратылым тарату тарат таратыңыз habarlama xabarlama taratu tarat жібер жіберіңіз "
    "жіберу жаса жасаңыз jiber jiberiniz jiberu jasa jasanyz jasau rassylka taratynyz керек kerek "
    "хабарлаңыз habarlanyz жеткіз жеткізіңіз жеткізу jetkiz jetkiziniz jetkizu хабарла habarla "
    "хабарлауды таратуды habarlaudy taratudy тапсырды tapsyrdy zhiber zhiberiniz zhiberu zhetkiziniz "
    "жеткізілсін жолдансын жолдаңыз жолдауыңызды жіберілсін таратылсын хабарлансын jetkizilsin joldansyn "
    "joldanyz joldauynyzdy jiberilsin taratylsyn сұраймын suraimyn".split()
))
# The Russian word for an announcement in a Kazakh request, before the Kazakh verb: «сварщиктерге рассылка
# жасаңызшы», «aspazdarga rassylka jasanyz»; alone at the end («отключить рассылку») it asks for none.
_BROADCAST_NOUNS = frozenset("рассылка рассылку rassylka rassylku".split())
# The Kazakh particle of a polite request, written onto the verb: «жіберіңізші», «таратшы», «жасаңызшы».
_PLEASE_ENDING = on_russian_keys(("шы", "ші", "shy", "shi"))
MISTYPED_WORD_LENGTH = 7  # a word this long with one letter wrong is still that word («расылка», "brodcast")


@dataclass(frozen=True)
class BroadcastRequest:
    """An announcement asked for in words: whom it is for, and whether its text follows a colon."""

    audience: str
    text_follows: bool = False
    said: str = ""  # the text when it follows «что» or "that" instead of a colon, as dictated
    before: str = ""  # another request asked first in the same message («закройте QA-6111 и разошлите …»)


def broadcast_for(text: str | None) -> BroadcastRequest | None:
    """The announcement a message asks for with its audience («рассылка сварщикам» → «сварщикам»), or
    None when it asks for none or names no audience with it. The announcement itself may follow a colon
    («рассылка всем: завтра собрание»), or «что» when dictated: the audience is what comes before it."""
    spoken = spoken_punctuation(text or "")  # «рассылка сварщикам двоеточие собес завтра», as a phone dictated it
    if spoken != (text or ""):
        request = broadcast_for(spoken)
        if request and request.text_follows and not request.said:  # the text after the colon said aloud
            request = replace(request, said=split_at_colon(_chief_set_aside(spoken))[2].strip())
        return request
    passed_on = _chief_set_aside(text or "")
    rest = _without_text_to_come(passed_on)
    request = broadcast_for(rest) if rest and rest != passed_on and ":" not in passed_on else None
    if request:  # «сейчас пришлю текст, рассылка для плотников»: the remark is no text, it is asked for
        return replace(request, said="", text_follows=False)
    if _calls_off(passed_on) or _NOTE_TO_SELF.match(passed_on) or broadcast_later(passed_on):
        return None  # «рассылку поварам отмена», "cancel the broadcast to cooks": nothing is to be sent
    asked = _LET_KNOW.sub(r"tell \1", _BRING_TO_NOTICE.sub("передайте ", passed_on))
    request = _broadcast_asked(f"рассылка {asked}" if _subject_asks_broadcast(_header(text or "")) else asked)
    if (request is None or any(_another_request(word) for word in request.said.split())) and (
        second := _announced_second(passed_on)
    ):
        return second  # «закройте QA-6111 и разошлите откликнувшимся на неё что набор завершён»
    unfinished = None if request else _to_unfinished_profiles(passed_on)  # workers named, never a colleague
    request = request or unfinished
    header = (text or "")[: len(text or "") - len(passed_on)]
    if request is None or request is not unfinished and _asks_nothing(passed_on, request, chief_named=bool(header)):
        return None
    if _CORRECTION_SENT.search(request.audience) and _CORRECTION_SENT.sub(" ", request.audience).strip():
        # «разошлите тем же сварщикам Атырау исправление: …», «… түзету жіберіңіз: …»: a correction to send
        request = replace(request, audience=" ".join(_CORRECTION_SENT.sub(" ", request.audience).split()))
    if OTHER_CHANNEL.search(request.audience):
        return None  # «разошлите в вотсап группу: …»: the bot sends only here, and says so
    if _NOT_WORKERS.match(request.audience):
        return None  # "write to the employer that …": no workers are addressed, nothing is sent to them
    if _KAZAKH_LETTERS.search(request.audience):  # «визасы барлар ға», dictated: «визасы барларға»
        request = replace(request, audience=_SPLIT_ENDING.sub(r"\1\2", request.audience))
    if request.text_follows and not request.said and (":" in header or _time_colon_first(passed_on)):
        # the chief's name had a colon, or a time did («срочно, до 12:00 разошлите …: …»)
        request = replace(request, said=split_at_colon(passed_on)[2].strip())
    said = request.said or (passed_on.partition(":")[2].strip() if request.text_follows else "")
    if said and not _without_text_to_come(said):  # «мәтінін қазір жазамын, электриктерге жіберу керек»
        return replace(request, said="", text_follows=False)
    if request.said.endswith("?") and _ASKED_AS_A_QUESTION.match(passed_on):
        # «можно написать всем с оффером что договоры подписываем в пятницу?»: the question mark is the request's
        # (a text after a colon keeps its own: «можете разослать всем: кто придёт завтра?»)
        request = replace(request, said=said.rstrip("?").rstrip())
        said = request.said
    return replace(request, said=_unquoted(said)) if _unquoted(said) != said else request


# A request put as a question, whose question mark ends the request, not the announcement: «а можно разослать …
# что …?», «можешь написать … что …?», "could you tell all cooks that …?", "can you let … know that …?".
_ASKED_AS_A_QUESTION = re.compile(
    r"^\s*(?:а\s+|и\s+)?(?:(?:ты|вы)\s+)?(?:можно|можешь|можете|не\s+мог\w*\s+бы|мож\w*\s+ли|could|can|would|will)\b",
    re.IGNORECASE,
)


# Two requests in one message, joined as speech joins them: «закрой QA-6110 и напиши всем сварщикам что набор
# окончен», «посчитай сколько поваров в Шымкенте и разошли им что …», «QA-6143-ті жабыңыз да, … деп жазыңыз»,
# «QA-6147 жабып, откликнувшимся … деп жазыныз», "close QA-6162 and tell all welders that …".
_AND_THEN = on_russian_keys(re.compile(
    r"\s*,\s*(?:(?:(?:и|а|and)\s+)?(?:потом|затем|then|после\s+этого|after\s+that)\s+|(?:и|and)\s+)?|"
    r"\s+(?:(?:и|а|and)\s+)?(?:потом|затем|then|после\s+этого|after\s+that)\s+|\s+(?:и|and|да|де|da|de)\s*,?\s+",
    re.IGNORECASE,
))
# What points back to the first request's vacancy («откликнувшимся на неё», "its applicants") or workers («им»).
_POINTS_BACK = on_russian_keys(re.compile(
    r"(?<!\w)(?:на\s+неё|на\s+нее|на\s+него|по\s+ней|по\s+нему|its|it|оған|oğan|ogan)(?!\w)", re.IGNORECASE
))
_APPLIED_TO = on_russian_keys(re.compile(
    r"(?<!\w)(?:откликнувш\w*|откликнул\w*|подавш\w*|applicants?|applied|өтінім\s+берген\w*|otinim\s+bergen\w*)",
    re.IGNORECASE,
))


_FIRST_VACANCY = re.compile(r"(?<!\w)[A-Za-z]{2,3}-?\d{2,9}(?!\w)")  # «QA-10», «QA-6111»


def _announced_second(text: str) -> BroadcastRequest | None:
    """The announcement asked second, after another request (a vacancy closed or extended, workers counted), with
    its text: the first request is no announcement, and the second's words that point back to it («на неё»,
    "its applicants", «им») name its vacancy or its workers."""
    for joint in _AND_THEN.finditer(text):
        first, rest = text[: joint.start()].strip(), text[joint.end():].strip()
        if len(first.split()) < 2 or len(rest.split()) < 3 or ASKS_TO_SEND.search(first):
            continue
        if not any(_another_request(word) for word in first.split()) and not how_many_asked(first):
            continue  # "schedule this for 9am tomorrow, everyone with a visa: …" asks no other thing first
        request = broadcast_for(rest)
        if request is None or not (request.said or request.text_follows):
            continue
        audience = request.audience
        vacancy = _FIRST_VACANCY.search(first)
        if vacancy and not _FIRST_VACANCY.search(audience) and (
            _POINTS_BACK.search(audience) or _APPLIED_TO.search(audience)
        ):
            audience = f"{_POINTS_BACK.sub(' ', audience).strip()} {vacancy.group()}"
        elif set(_TOKENS.findall(audience.casefold())) <= _PRONOUNS and (counted := how_many_asked(first)):
            audience = counted  # «посчитай сколько поваров в Шымкенте и разошли им …»: those counted
        return replace(request, audience=audience, said=request.said or split_at_colon(rest)[2].strip(), before=first)
    return None


# Workers named by a profile they have not finished, which no segment holds: «тем кто не заполнил профиль»,
# «незаполнившим анкету», «с незаполненным профилем», «профилін толтырмағандарға», «профилі толмағандарға»,
# «profilin toltyrmagandarga», "who hasn't finished their profile", "with incomplete profiles".
_UNFINISHED_PROFILE = on_russian_keys(re.compile(
    r"(?:\bне\s+(?:до)?(?:за|до)?полн\w*|\bнезаполн\w*|\bне\s+(?:до)?законч\w*|\bне\s+дозаполн\w*)"
    r"(?:\s+\S+){0,2}?\s+(?:профил\w*|анкет\w*|регистраци\w*)|"
    r"\b(?:профил\w*|анкет\w*)\s+(?:не\s+(?:до\s*)?(?:за)?полн|незаполн)\w*|"
    r"\b(?:профил\w*|profil\w*)\s+(?:\S+\s+)?(?:толтырма|толма|аяқтама|toltyrma|tolma|ayaqtama|aiaqtama)\w*|"
    r"\b(?:haven'?t|hasn'?t|have\s+not|has\s+not|did\s*n'?t|not)\s+(?:yet\s+)?(?:finished|completed|filled)"
    r"(?:\s+(?:in|out))?\s+(?:their|the|a|his|her)\s+profiles?|"
    r"\b(?:incomplete|unfinished|uncompleted|unfilled|half-?filled)\s+profiles?",
    re.IGNORECASE,
))
# ... and asked to be written to in any of the ways of sending, or of asking them to finish it: "ask people with …"
_ASK_THEM = frozenset("ask remind".split())


def _to_unfinished_profiles(text: str) -> BroadcastRequest | None:
    """An announcement asked for workers whose profile is unfinished, without a colon or «что» before its text
    («напомните тем кто не заполнил профиль заполнить его до пятницы», "message everyone with an unfinished
    profile"): no segment holds them, so the bot asks whom to send to rather than take the words for a text."""
    found = _UNFINISHED_PROFILE.search(text or "")
    if not found:
        return None
    words = (text or "").split()
    if not any(_is_one_of(word, _SENDING_VERBS) or word.casefold() in _ASK_THEM for word in words):
        return None
    return BroadcastRequest(found.group().strip())


# A remark that the announcement's text comes next, in a clause of its own: «текст скину ниже», «мәтіні келесі
# хатта», "text follows", "I'll type the text next". It is no text: the bot asks for the text.
_TEXT_WORD = on_russian_keys(re.compile(r"(?<!\w)(?:текст\w*|мәтін\w*|matin\w*|text)(?!\w)", re.IGNORECASE))
_TO_COME = on_russian_keys(re.compile(
    r"(?<!\w)(?:пришлю|скину|будет|следующ\w*|ниже|сейчас|набираю|напишу|позже|потом|отдельно|қазір|кейін|"
    r"келесі|жазамын|жіберемін|qazir|keiin|kelesi|jazamyn|next|follows|later|now|coming|below|writing|type)(?!\w)",
    re.IGNORECASE,
))


def _without_text_to_come(text: str) -> str:
    """A message without its clauses saying the text comes next; the message as it is when it has none."""
    clauses = re.split(r"[,;]", text)
    kept = [clause for clause in clauses if not (_TEXT_WORD.search(clause) and _TO_COME.search(clause))]
    return ", ".join(clause.strip() for clause in kept if clause.strip()) if len(kept) < len(clauses) else text


# A correction named after its audience, and the same workers as before: «тем же сварщикам Атырау исправление»
# (a correction between two audiences corrects the audience: «электрикам Актобе, поправка — Атырау»).
_CORRECTION_SENT = on_russian_keys(re.compile(
    r"^\s*(?:тем\s+же|the\s+same)(?!\w)|"
    r"(?<=\w)\s+(?:исправлени[ея]|поправк[аиу]|түзету(?:ді)?|tuzetu(?:di)?|(?:a\s+)?corrections?)\s*$",
    re.IGNORECASE,
))


# When to send, asked in the request (not in its text), which the bot cannot hold an announcement for: it
# sends on the officer's confirmation (at night it may wait for 08:00). «разошлите завтра в 9 утра …: …»,
# «отправь рассылку поварам в понедельник с утра: …», «сделай рассылку через час …», «ертең таңғы 9-да …
# жіберіңіз: …», "send on Monday to …: …", "schedule this for 9am tomorrow", "can we delay the broadcast".
_SEND_LATER = on_russian_keys(re.compile(
    r"(?<!\w)(?:завтра|послезавтра|вечером|утром|с\s+утра|ночью|после\s+обеда|"
    r"через\s+(?:\d+\s+|пару\s+)?(?:час\w*|минут\w*|день|дня|дней|недел\w*)|через\s+полчаса|"
    r"(?:в|во|на)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|пн|вт|ср|чт|пт|сб|вс)|"
    r"кажд\w+\s+(?:день|утро|вечер|понедельник|вторник|среду|четверг|пятницу|неделю)|"
    r"(?:в|на|к)\s+\d{1,2}(?::\d{2})?\s*(?:утра|вечера|часов|ч\.?)|(?:в|на|к)\s+\d{1,2}:\d{2}|"
    r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?\s+в\s+\d{1,2}(?::\d{2})?|"
    r"запланир\w*|отлож\w*|"
    r"ертең\w*|кешке|таңертең\w*|таңғы|түстен\s+кейін|дүйсенбі\w*|сейсенбі\w*|сәрсенбі\w*|бейсенбі\w*|"
    r"жұма\s+күні|сенбі\w*|жексенбі\w*|сағат\s+\d{1,2}(?::\d{2})?-?(?:да|де|та|те)|\d{1,2}-?(?:да|де|та|те)|"
    r"қалдыр\w*|кейінге|кешкі|уақытын|"  # «кешкі таратудың уақытын 19:00-ге ауыстырыңыз»: its time moved
    r"erten\w*|keshke|tangy|duisenbi\w*|seisenbi\w*|sarsenbi\w*|beisenbi\w*|juma\s+kuni|senbi\w*|jeksenbi\w*|"
    r"sagat\s+\d{1,2}(?::\d{2})?-?(?:da|de|ta|te)|\d{1,2}-?(?:da|de|ta|te)|qaldyr\w*|keshki|uaqytyn|"
    r"tomorrow|tonight|this\s+(?:evening|afternoon)|later|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|next\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?|in\s+(?:an|one|two|\d+)\s+(?:hour|minute)s?|"
    r"every\s+(?:day|morning|week|monday|tuesday|wednesday|thursday|friday)|schedul\w*|delay\w*|postpon\w*|"
    r"until\s+tomorrow|\d{1,2}\s*(?:am|pm))(?!\w)",
    re.IGNORECASE,
))
# The words that ask for an announcement, with the verbs that send one.
ASKS_TO_SEND = re.compile(
    r"(?<!\w)(?:рассыл\w*|разосл\w*|разошл\w*|отправ\w*|оповест\w*|уведом\w*|напомн\w*|сообщ\w*|напиш\w*|"
    r"жібер\w*|тарат\w*|хабарла\w*|жеткіз\w*|jiber\w*|tarat\w*|habarla\w*|"
    r"send|broadcast\w*|message|notify|remind|circulate|announce\w*)(?!\w)",
    re.IGNORECASE,
)

# A reminder set up, which is an announcement by another name: «поставь напоминание на завтра 9:00 всем с визой:
# …», "set a reminder for Monday to …". Sent now it is a broadcast headed by whom it reminds; set for a time, the
# bot cannot hold it.
A_REMINDER = re.compile(r"(?<!\w)(?:напоминани\w*|напоминалк\w*|reminders?|еске\s+салу\w*|eske\s+salu\w*)(?!\w)",
                        re.IGNORECASE)

# A day the announcement must go by, which sending now answers: «до пятницы», «до завтра», «дүйсенбіге дейін»,
# "by Monday".
_SENT_BY_A_DAY = on_russian_keys(re.compile(
    r"\bдо\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтра|вечера)\b|"
    r"\b\w+(?:ге|ға|қа|ке|ge|ga|qa|ke)\s+(?:дейін|deiin)\b|\bby\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|tonight)\b",
    re.IGNORECASE,
))
_KAZAKH_ASKING = on_russian_keys(re.compile(r"жібер|тарат|хабарла|жеткіз|jiber|tarat|habarla", re.IGNORECASE))


def broadcast_later(text: str | None) -> bool:
    """Whether a message asks for an announcement to go at a later time, named in the request rather than in
    the announcement («разошлите завтра в 9 утра сварщикам: собес в 11» asks; «разошлите сварщикам: собес
    завтра в 11» does not): the bot sends on confirmation only, and says so rather than send it at once."""
    text = spoken_punctuation(without_header(text or ""))
    head = split_at_colon(text)[0]
    saying = _SAYING.search(head)
    head = head[: saying.start()] if saying else head
    quoted = _kazakh_quoted_then_request(head)  # «… электриктеріне тексеру дүйсенбіде деп хабарлаңыз»: the day
    if quoted and (verb := _QUOTED_THEN_VERB.match(head.strip())):  # is the quoted text's, not when to send
        head = f"{quoted.audience} {verb.group('verb')}"
    head = re.split(r"[«\"“„]|\s(?:о|об|обо|about|regarding)\s", head, maxsplit=1)[0]  # quoted, or what it is about
    asked = ASKS_TO_SEND.search(head) or A_REMINDER.search(head) or _TELL_LATER.search(head)
    if not asked or "\n" in head.strip():
        return False
    if _KAZAKH_ASKING.match(asked.group()):
        head = head[: asked.end()]  # «… хабарлаңыз медтексеру сәрсенбіде деп»: the text follows the Kazakh verb
    told = next((found for found in _WORKERS_TOLD.finditer(head, asked.end())  # «… отложите на час»: no text
                 if not _is_one_of(found.group(), _BROADCAST_LEAD | _SEND) and not _SEND_LATER.fullmatch(found.group())),
                None)
    head = head[: told.start()] if told else head  # «оповести поваров приходите к 9 утра»: the text from «приходите»
    later = _SEND_LATER.search(_SENT_BY_A_DAY.sub(" ", head))
    # the text first and its request after a dash, a comma or a stop: «завтра в 10 сбор — разошлите …»
    return bool(later) and not _TEXT_THEN_REQUEST.search(head[: asked.start()])


# Telling the workers, which asks to send as much as «разошлите» does when a later time is named with it: «через два
# часа скажите всем сварщикам, что …», "in 2 hours tell all welders that …".
_TELL_LATER = on_russian_keys(re.compile(
    r"(?<!\w)(?:tell|inform|скажи|скажите|передай|передайте|айтыңыз|aitynyz)(?!\w)", re.IGNORECASE
))


# Another channel than this chat: mail, WhatsApp, SMS, a Telegram channel («отчёт на почту», «ватсапқа жіберіңіз»,
# "email the report", «в телеграм-канал»).
OTHER_CHANNEL = re.compile(
    r"(?:\b(?:почт\w*|поштаға|поштамен|e-?mail\w*|mail|вотсап\w*|ватсап\w*|whatsapp\w*|watsap\w*|смс|sms|"
    r"телеграм-канал\w*|тг-канал\w*)|@\w+\.\w+)",
    re.IGNORECASE,
)
# Someone addressed who is no worker: the employer («работодателю», "to the employer", «жұмыс берушіге»).
_NOT_WORKERS = on_russian_keys(re.compile(
    r"^\s*(?:to\s+)?(?:the\s+|our\s+)?(?:employers?|работодател(?:ю|ям)|жұмыс\s+берушіге|jumys\s+berushige)\s*[,.]?\s*$",
    re.IGNORECASE,
))
# A Kazakh case ending a phone's dictation wrote apart from its word («атырау дағы», «дәнекерлеуші лерге»,
# «барлар ға»): only where the audience is Kazakh, since «да», «не» and «те» are Russian words too.
_KAZAKH_LETTERS = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_SPLIT_ENDING = on_russian_keys(re.compile(
    r"(\w)\s+((?:лар|лер|дар|дер|тар|тер)?(?:ға|ге|қа|ке|на|не|да|де|та|те|дағы|дегі|тағы|тегі|ның|нің|дың|дің|"
    r"тың|тің|лар|лер|дар|дер|тар|тер))(?!\w)",
    re.IGNORECASE,
))


# Punctuation said aloud, which a phone's dictation writes as words where it cannot set the mark: «рассылка
# сварщикам двоеточие собес завтра», «сколько сварщиков вопросительный знак», «қос нүкте», "colon".
_SPOKEN_MARKS = (
    (on_russian_keys(re.compile(r"\s*\b(?:двоеточие|қос\s+нүкте|qos\s+nukte|colon)\b\s*", re.IGNORECASE)), ": "),
    (on_russian_keys(re.compile(r"\s*\b(?:запятая|үтір|utir|comma)\b\s*", re.IGNORECASE)), ", "),
    (re.compile(r"\s*\b(?:вопросительный\s+знак|сұрақ\s+белгісі|question\s+mark)\b\s*", re.IGNORECASE), "? "),
    (re.compile(r"\s*\b(?:восклицательный\s+знак|леп\s+белгісі|exclamation\s+mark)\b\s*", re.IGNORECASE), "! "),
)


def spoken_punctuation(text: str) -> str:
    """`text` with the punctuation said aloud in it written as marks («двоеточие» → «:», «точка» → «.»)."""
    for said, mark in _SPOKEN_MARKS:
        text = said.sub(mark, text)
    return _full_stops(text).strip() if text else text


# A full stop said aloud: «точка», «нүкте» (or «нукте», "nukte"), "full stop", "period". «Точка» and "period" are
# words too («точка сбора у акимата», "the period 1–15 November"), so they are a stop only at the end of the
# message or between two sentences: not after a word that qualifies them, nor before the word they govern.
_SPOKEN_STOP = on_russian_keys(re.compile(r"^(?:точка|нүкте|nukte|period|stop)$", re.IGNORECASE))
_STOP_QUALIFIED = on_russian_keys(frozenset(
    "в на до от с у к эта эту та ту одна одну наша нашу главная главную сборная сборную новая новую конечная "
    "конечную начальная the a this that same whole entire given each per probation trial grace notice reporting "
    "waiting holiday contract first second last next time".split()
))
# What «точка» governs when it is a place or a point: «точка сбора», «точка выдачи», «точка доступа».
_STOP_GOVERNS = frozenset(
    "сбора встречи выдачи доступа зрения отсчёта отсчета продаж питания опоры невозврата приёма приема".split()
)


def _full_stops(text: str) -> str:
    """`text` with each full stop said aloud written after the word before it, and the sentence after it begun
    with a capital letter; «точка» or "period" left as a word where it is a noun."""
    words = text.split(" ")
    out: list[str] = []
    capital = False
    for at, word in enumerate(words):
        following = next((later for later in words[at + 1:] if later), "")
        before = next((earlier for earlier in reversed(out) if earlier), "")
        full = word.casefold() == "stop" and before.casefold() == "full"
        if full:
            out.pop()  # "full stop": the first word goes with the second
            before = next((earlier for earlier in reversed(out) if earlier), "")
        if (full or word.casefold() != "stop") and _SPOKEN_STOP.match(word) and _a_stop(before, following, full):
            while out and not out[-1]:
                out.pop()
            out[-1] = out[-1].rstrip(",;:") + "."
            capital = True
            continue
        if full:
            out.append("full")
        out.append(word[:1].upper() + word[1:] if capital and word else word)
        capital = capital and not word
    return " ".join(out)


def _a_stop(before: str, following: str, full: bool) -> bool:
    """Whether a word that may be a stop said aloud is one between the words around it."""
    if not before or before.endswith(tuple(".!?:")):
        return False  # «…, точка сбора»: a word, at the start or after a mark already set
    return full or before.casefold() not in _STOP_QUALIFIED and following.casefold().strip(".,!?") not in _STOP_GOVERNS


# The colon that parts a request from its text, not one of a time of day before it («до 12:00 разошлите …: …»).
_TEXT_COLON = re.compile(r"(?<!\d):|:(?!\d{2}\b)")


def split_at_colon(text: str) -> tuple[str, str, str]:
    """`text` parted at its first colon that is not a time's («в 9:30»), as `str.partition` parts it."""
    found = _TEXT_COLON.search(text)
    return (text[: found.start()], ":", text[found.end():]) if found else (text, "", "")


def _time_colon_first(text: str) -> bool:
    """Whether a time's colon comes before the colon that parts a request from its text."""
    first = text.find(":")
    return first >= 0 and split_at_colon(text)[0] != text[:first]


# An announcement quoted in its request, often in another language than the request: «разошли всем:
# "Ертең жиналыс"», "send to welders: «Собеседование в пт»". The quotes are the officer's, not the text's.
_QUOTE_PAIRS = {"«": "»", '"': '"', "“": "”", "„": "“", "'": "'", "”": "”"}


def _unquoted(said: str) -> str:
    """`said` without the quotes around the whole of it, when they hold no other quote of their kind."""
    said = said.strip()
    closing = _QUOTE_PAIRS.get(said[:1])
    inside = said[1:].rstrip(" .!")[:-1] if closing and said[1:].rstrip(" .!").endswith(closing) else None
    if inside is None or not inside.strip() or said[:1] in inside or closing in inside:
        return said
    return inside.strip()


# Words that call off an announcement rather than ask for one: «отмени рассылку», «рассылку поварам отмена»,
# «таратуды тоқтатыңыз», «жібермеңіз», "cancel the broadcast to cooks".
_CALL_OFF = on_russian_keys(frozenset(
    "отмена отмени отмените отменить отменяй отменяйте отбой cancel cancelled тоқтат тоқтатыңыз тоқтату toqtat "
    "toqtatynyz жіберме жібермеңіз жібермеңдер jiberme jibermeniz".split()
))


# A note kept for later, not a request: «напоминалка: в пн разослать поварам», «өзіме: …», "note to self: …".
_NOTE_TO_SELF = on_russian_keys(re.compile(
    r"^\s*(?:(?:себе|для\s+себя|не\s+забыть|заметка|өзіме|ozime|note\s+to\s+self|todo)\b\s*[:—–-]?|"
    # a reminder headed by whom it reminds is an announcement: «напоминалка каменщикам Туркестана: …»
    r"(?:напоминалка|reminder)\s*(?:[:—–-]|$))",
    re.IGNORECASE,
))


def _calls_off(text: str) -> bool:
    """Whether a message calls off an announcement, in any of its words."""
    return bool(_CALL_OFF.intersection(word.strip(".,!?:;«»\"'") for word in text.casefold().split()))


# «прошу довести до сведения сварщиков…», «доведите до ЭГС…: …»: the office letter's "pass on to".
_BRING_TO_NOTICE = re.compile(r"\b(?:довести|доведите|доведи)\s+(?:до\s+сведения\s+)?(?:до\s+)?", re.IGNORECASE)


# What a message copied from a letter, a mail or a messenger carries above its request, which asks nothing of
# the bot: a mail's header lines («От: …⏎Кому: …⏎Тема: …», "From: …⏎Subject: …"), a forward's own line
# («Переслано от Нурлан Серикович», «Fwd: рассылка», "---------- Forwarded message ---------», «Қайта
# жіберілген хабарлама»), a letter's outgoing number and its subject («Исх. №12-3/456 от 10.07.2026⏎О
# проведении собеседования»), a messenger's time and sender («[10:15, 12.07.2026] Нурлан Серикович: …») and
# an order's source («Поручение МТСЗН: …», «ЕХӘҚМ тапсырмасы: …», "Ministry instruction: …").
_MAIL_HEADER = on_russian_keys(re.compile(
    r"^\s*(?:от|кому|тема|дата|копия|отправлено|from|to|subject|date|cc|sent|кімнен|кімге|тақырып|тақырыбы|"
    r"күні)\s*:[^\n]*$",
    re.IGNORECASE,
))
_MAIL_SENDER = on_russian_keys(re.compile(r"^\s*(?:от|from|кімнен|отправлено|sent)\s*:", re.IGNORECASE))
_MEMO_ADDRESSEE = on_russian_keys(re.compile(r"^\s*(?:кому|to|кімге)\s*:", re.IGNORECASE))
_FORWARD_LINE = on_russian_keys(re.compile(
    r"^\s*-*\s*(?:(?:переслано|пересланное\s+сообщение|пересылаю|forwarded(?:\s+message)?|forwarding|fwd?|"
    r"қайта\s+жіберілген(?:\s+хабарлама)?|қайта\s+жіберілді)\b[^\n]*?|fwd?\s*:[^\n]*)\s*-*\s*$",
    re.IGNORECASE,
))
# The same forward said in a sentence of its own before the request: «Пересылаю от руководства. Разослать …».
# Telegram's own copy of a message, its sender and time on a line of their own: «Нурлан Серикович, [12.07.2026 10:15]».
_COPIED_SENDER = re.compile(r"^\s*[^\n,\[\]]{1,40},\s*\[\d{1,2}\.\d{1,2}\.\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\]\s*$")
_FORWARD_SENTENCE = re.compile(
    r"^\s*(?:переслано|пересылаю|forwarding|forwarded)\s+(?:от|from)\s+[^.:\n]{1,40}\.\s+(?=\S)", re.IGNORECASE
)
# A forward's label with no sender before what was forwarded: «Қайта жіберілген хабарлама: …», "Forwarded
# message: …" (a worker's question forwarded is then read as the question it is).
_FORWARD_LABEL = on_russian_keys(re.compile(
    r"^\s*(?:пересланное\s+сообщение|forwarded\s+message|қайта\s+жіберілген\s+хабарлама)\s*:\s*(?=\S)", re.IGNORECASE
))
_LETTER_NUMBER = on_russian_keys(
    re.compile(r"^\s*(?:исх|вх|шығ|кір|ref)\.?\s*(?:№|no\.?|n)\s*\S+[^\n]*$", re.IGNORECASE)
)
_LETTER_SUBJECT = re.compile(r"^\s*(?:о|об|обо|re|regarding|on)\s+[^\n:]+$|^[^\n:]+\s+туралы\s*$", re.IGNORECASE)
_MESSENGER_STAMP = re.compile(
    r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?,?\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\]\s*(?:[^:\n]{1,40}:\s*)?", re.IGNORECASE
)
_ORDER_FROM = on_russian_keys(re.compile(
    r"^\s*(?:(?:поручение|указание|задание|распоряжение)\s+[^:\n]{1,30}|[^:\n\s]{2,20}\s+(?:тапсырмасы|нұсқауы)|"
    r"(?:the\s+)?(?:ministry|director'?s?|boss'?s?|chief'?s?|head'?s?|mlspp)\s+(?:instruction|order|request)s?)\s*:\s*(?=\S)",
    re.IGNORECASE,
))


def without_header(text: str) -> str:
    """A message copied from a letter, a mail or a messenger without what it carries above its request (the
    request itself, and the text after it, as they were typed: the end of `text`)."""
    return text[len(_header(text)):]


def _header(text: str) -> str:
    """What a copied message carries above its request (empty when nothing)."""
    lines = text.split("\n")
    at = 0
    top = next((index for index, line in enumerate(lines) if not _MAIL_HEADER.match(line)), len(lines))
    block = lines[:top]
    if top < len(lines) and (  # a memo's «Кому: …⏎Тема: …⏎Текст: …» is the officer's own, its «Кому» the audience
        any(_MAIL_SENDER.match(line) for line in block) or not any(_MEMO_ADDRESSEE.match(line) for line in block)
    ):
        at = top
    while at < len(lines) - 1 and (
        _FORWARD_LINE.match(lines[at]) or _COPIED_SENDER.match(lines[at]) or not lines[at].strip()
    ):
        at += 1
    if at < len(lines) - 1 and _LETTER_NUMBER.match(lines[at]):
        at += 1
        at += 1 if at < len(lines) - 1 and _LETTER_SUBJECT.match(lines[at]) else 0
    rest = "\n".join(lines[at:]) if at else text
    rest = _MESSENGER_STAMP.sub("", rest, count=1)
    rest = _FORWARD_SENTENCE.sub("", _FORWARD_LABEL.sub("", rest, count=1), count=1)
    rest = _ORDER_FROM.sub("", rest, count=1)
    return text[: len(text) - len(rest)]


def _subject_asks_broadcast(header: str) -> bool:
    """Whether a copied message's subject names an announcement («Тема: рассылка», «Fwd: рассылка»): the
    audience and text below it are then asked to be sent, with or without a verb of their own."""
    subjects = [line for line in header.split("\n") if _SUBJECT_LINE.match(line)]
    return any(_is_one_of(word, _BROADCAST) for line in subjects for word in line.replace(":", " ").split())


_SUBJECT_LINE = on_russian_keys(re.compile(r"^\s*(?:тема|subject|тақырып|тақырыбы|fwd?|re)\s*:", re.IGNORECASE))


def request_passed_on(text: str) -> str:
    """A request without what is copied above it and the chief or office that asked for it: «ЦРТР просит
    цифры за неделю» asks for the figures, «Басшыдан: есеп керек» for the report."""
    return _CHIEF_ASKS.sub("", without_header(text), count=1)


def _chief_set_aside(text: str) -> str:
    """The request without what is copied above it, a letter's greeting, the chief who asked for it («нач
    просит …») and what it says of an earlier announcement it corrects («в прошлой рассылке ошибка, …»)."""
    greeted = _GREETING.sub("", _EARLIER_MISTAKE.sub("", without_header(text), count=1), count=1)
    passed_on = _CHIEF_ASKS.sub("", greeted, count=1)
    passed_on = _KAZAKH_CHIEF.sub("", passed_on, count=1) if passed_on == greeted else passed_on
    return _plainly_asked(passed_on)


# An office letter's way of asking for an announcement, said as a hurried officer says it, so that the audience
# between the request's words is read the same: «Прошу организовать рассылку уведомления кандидатам, …,
# следующего содержания: …» as «Прошу разослать кандидатам, …: …»; «… мына хабарламаны жіберуіңізді сұраймын: …»
# as «… жіберіңіз: …»; "On behalf of the Qatari side, please inform …", "could you please share with the …".
_LETTER_PHRASES = (
    (re.compile(r"\b(?:организовать|организуйте|осуществить|осуществите|провести|проведите)\s+рассылку"
                r"(?:\s+(?:уведомлени[яй]|сообщени[яй]|информаци[ия]))?", re.IGNORECASE), "разослать"),
    (re.compile(r",?\s*следующ(?:его|ее|ую|ие|ий)\s+(?:содержания|сообщение|информацию|текст|уведомление)\s*$",
                re.IGNORECASE), ""),
    (re.compile(r"\b(?:мына|келесі|myna|kelesi)\s+(?:хабарламаны|мәтінді|ақпаратты|habarlamany|matindi|aqparatty)\s+",
                re.IGNORECASE), ""),
    (re.compile(r"\b(?:жіберуіңізді|жолдауыңызды|таратуыңызды)\s+(?:сұраймын|сұраймыз|өтінемін|өтінеміз)\b",
                re.IGNORECASE), "жіберіңіз"),
    (re.compile(r"\b(?:jiberuinizdi|joldauynyzdy|taratuynyzdy)\s+(?:suraimyn|suraimyz|otinemin|otinemiz)\b",
                re.IGNORECASE), "jiberiniz"),
    (re.compile(r"^\s*on\s+behalf\s+of\s+[^,:]{2,40},\s*", re.IGNORECASE), ""),
    # a dictated request's first breath: «значит так, разошлите …», «короче, …», "ok so send …"
    # «окей значит отправь …», «ну вот разошли …», "yeah so send …", one after another
    (re.compile(r"^\s*(?:(?:значит\s+так|значит|итак|короче|окей|ок|ну|вот|слушай|а|ok(?:ay)?|so|yeah|well)\b[,.]?\s*)+",
                re.IGNORECASE), ""),
    # shared with workers, not with a colleague ("share with me: the list")
    (re.compile(r"\bshare\s+(?:this\s+)?with\s+(?=(?:the|all|every\w*)\s)", re.IGNORECASE), "send to "),
)


def _plainly_asked(text: str) -> str:
    """The request before its text's colon in plain words (see `_LETTER_PHRASES`); the text is left as typed."""
    head, colon, rest = split_at_colon(text)
    for pattern, plain in _LETTER_PHRASES:
        head = pattern.sub(plain, head)
    return head + colon + rest if colon else head


def _asks_nothing(text: str, request: BroadcastRequest, *, chief_named: bool) -> bool:
    """Whether words that look like a request tell of one among colleagues: what a chief forbade («зав
    сказал рассылку не делать»), a message passed to a colleague («передай Серику, что…»), a broadcast
    planned or put off («рассылку поварам переносим на завтра»)."""
    if chief_named and _FORBIDDING.intersection(_TOKENS.findall(text.partition(":")[0].casefold())):
        return True
    return _passed_to_a_colleague(text, request) or bool(
        _PLANNED.intersection(_TOKENS.findall(request.audience.casefold()))
    )


def _broadcast_asked(text: str) -> BroadcastRequest | None:
    """The request and its audience and text, in whichever of the ways officers lay them out."""
    text = _MEGAPHONE.sub("рассылка ", _LEADING_MARKS.sub("", text), count=1)
    quoted = _QUOTED_LAST.match(text)
    if quoted and (audience := _audience_asked(quoted.group("head"), colon_follows=True)):
        return BroadcastRequest(audience, text_follows=True, said=quoted.group("said"))
    memo = _memo(text)
    if memo:
        return memo
    head, colon, rest = split_at_colon(text)
    first, newline, after = text.strip().partition("\n")
    if newline and ":" not in first and (audience := _audience_asked(first, colon_follows=True)):
        return BroadcastRequest(audience, text_follows=True, said=after.strip())  # a colon in the text only
    if newline and ":" not in first and _NOTICE_HEAD.match(first) and (whom := _workers_addressed(first)):
        return BroadcastRequest(whom, text_follows=True, said=after.strip())  # «Напоминание для …⏎текст»
    dictated = _SAYING.search(head) if colon else None  # «напомнить всем в Мангистау, что …, адрес: …»
    if dictated and (audience := _audience_asked(head[: dictated.start()], colon_follows=True)) and (
        _VACANCY_NUMBER.search(audience) or (reading := read_audience(audience, {})).understood or reading.trades
    ) and not correction_parts(head):  # "…, no, make that Mangystau: …" takes an audience back
        return BroadcastRequest(audience, text_follows=True, said=text[dictated.end():].strip())
    audience = _audience_asked(head, colon_follows=True) if colon and rest.strip() else None
    if audience or colon and rest.strip() and _everyone_addressed(head):
        return BroadcastRequest(audience or head.strip(), text_follows=True)
    if colon and rest.strip() and not rest.rstrip().endswith("?") and (whom := _workers_addressed(head)):
        return BroadcastRequest(whom, text_follows=True)
    if colon and rest.strip() and not rest.rstrip().endswith("?") and _english_workers(head, rest):
        return BroadcastRequest(head.strip(), text_follows=True)  # "cooks in Aktobe: …"
    saying = _SAYING.search(text or "") if not colon else None
    if saying and text[saying.end():].strip():  # dictated, with no colon: «разошлите всем что завтра выходной»
        audience = _audience_asked(text[: saying.start()], colon_follows=True)
        if audience:
            return BroadcastRequest(audience, text_follows=True, said=text[saying.end():].strip())
        # all of some workers told, with no verb, as dictated: «всем Маңғыстау облысы сварщикам что автобус в 7»
        head_words = _TOKENS.findall(text[: saying.start()].casefold())
        if head_words and head_words[0] in _EVERYONE and head_words[0] != "to" and not (
            text.rstrip().endswith("?")
        ) and (whom := _workers_addressed(text[: saying.start()])) and read_audience(whom, {}).understood:
            return BroadcastRequest(whom, text_follows=True, said=text[saying.end():].strip())
    return _addressed(text or "") or _request_beside_text(text or "") or _kazakh_request_then_text(text or "") or (
        _kazakh_quoted_then_request(text or "")
    ) or (
        _text_from_imperative(text or "")
    ) or (
        BroadcastRequest(audience) if (audience := _audience_asked(text or "", colon_follows=False)) else None
    )


# A chief's request passed on by the officer who types it: «нач просит передать сварщикам, что…»,
# «Руководитель поручил оповестить…», «переслано от нач отдела: прошу разослать…», «бастық айтты, …
# жіберіңіз», "my director asks to notify…", "Forwarding from my boss: please message…". Whose request it was
# changes nothing of what is asked; what the chief said not to do («нач сказал пока не рассылать») still
# asks nothing, since no request is left once the chief is set aside.
_CHIEF_ASKS = on_russian_keys(re.compile(
    r"^\s*(?:(?:переслано|пересылаю|forwarded|forwarding|fwd|қайта\s+жіберілді)\s+(?:от|from)\s+)?"
    r"(?:(?:my|our|the|мой|наш|наша|нашего|моего)\s+)?(?:нач(?:альник|альница|альника)?\.?|руководител[ьяю]|"
    r"руководство|шеф[а]?|директор[а]?|босс[а]?|зав(?:едующ\w*)?\.?|замминистра|министр|бастық|басшы|бастығым|"
    # the senior colleague addressed as Kazakh does, «апай» and «ағай»: «апай просит сводку по Туркестану»
    r"апай|апайым|ағай|ағайым|apai|agai|"
    r"басшым|bastyq|bastyk|basshy|boss|director|chief|manager|supervisor|head|minister|"
    # the ministry or an office above the officer's: «МТСЗН запросил…», «ЦРТР просит…», «басшыдан:», "the Ministry:"
    r"мтсзн|минтруда|министерство|министерства|министрлік|министрліктен|ехәқм|цртр|акимат|әкімдік|ministry|mlspp|"
    r"akimat|басшыдан|бастықтан|basshydan|bastyqtan)\b"
    r"(?:\s+(?:отдела|управления|департамента|бөлімнің|бөлімінің|of\s+\w+))?"
    r"(?:\s*:\s*|\s+(?:просит|просил[аио]?|попросил[аио]?|запросил[аио]?|запрашивает|сказал[аио]?|велел[аио]?|"
    r"поручил[аио]?|требует|requests|requested|"
    r"говорит|айтты|тапсырды|сұрады|aitty|tapsyrdy|surady|asked|asks|ask|says|said|wants|told\s+(?:me|us)|"
    # a chief's question relayed: «директор спрашивает, сколько виз…», "my boss wants to know how many…"
    r"спрашивает|спросил[аи]?|интересуется|сұрап\s+жатыр|wants\s+to\s+know|wonders)\b"
    r"(?:\s+(?:us|me|you))?(?:\s+to\b)?\s*[:,]?\s*)",
    re.IGNORECASE,
))
# Verbs of passing a message on, which colleagues use among themselves too («передай Серику, что отчёт
# готов», «Айгуль, передай нач что я задержусь», «скинь мне: …», «напомни Асель что…»): with them, only
# workers named make an announcement.
_PASS_ON = on_russian_keys(frozenset(
    "передай передайте передать жеткіз жеткізіңіз жеткізу jetkiz jetkiziniz jetkizu скинь скиньте кинь киньте "
    "черкани напомни напомните напомнить скажи скажите сказать share pass forward convey advise remind".split()
))


def _passed_to_a_colleague(text: str, request: BroadcastRequest) -> bool:
    """Whether a message passed on goes to someone who is no audience of workers (a colleague by name)."""
    words = {word.strip(",.!?:;").casefold() for word in text.split()}
    if not words & _PASS_ON or any(_is_one_of(word, _BROADCAST) for word in words):
        return False
    if _VACANCY_NUMBER.search(request.audience):
        return False  # «напомни откликнувшимся на QA-3136, что …»: a vacancy's applicants, no colleague
    reading = read_audience(request.audience, {})
    return not (reading.understood or reading.trades)


# A vacancy's portal number among the words of an audience («откликнувшимся на QA-3136»).
_VACANCY_NUMBER = re.compile(r"(?<!\w)[A-Za-z]{2,3}[-–\s]?\d{3,9}(?!\w)")


# What a correction says first of the announcement it corrects, before asking for the corrected one: «в прошлой
# рассылке ошибка, разошлите …: …», «Исправление к вчерашнему сообщению. Разошлите …», «поправка к рассылке от
# 14.07 — всем с визой: …», «вчера ошиблись с датой, …», «өткен таратуда қате кетті, …», "correction to
# yesterday's message, send to …: …". The corrected text is the one to send.
_EARLIER_MISTAKE = on_russian_keys(re.compile(
    r"^\s*(?:(?:в|во)\s+(?:прошлой|предыдущей|вчерашней|последней|утренней)\s+(?:рассылке|сообщении|объявлении)\s+"
    r"(?:была\s+|есть\s+)?(?:ошибк\w*|опечатк\w*)|(?:вчера|в\s+прошлый\s+раз|утром)\s+ошиблись(?:\s+с\s+\w+)?|"
    r"(?:исправление|поправка)\s+к\s+(?:вчерашнему|прошлому|предыдущему|утреннему)?\s*"
    r"(?:сообщению|объявлению|рассылке)(?:\s+от\s+\S+)?|"
    r"(?:өткен|кешегі|алдыңғы)\s+(?:таратуда|хабарламада)\s+қате\s+(?:кетті|бар)|"
    r"(?:otken|keshegi)\s+(?:taratuda|habarlamada)\s+qate\s+(?:ketti|bar)|"
    r"(?:a\s+)?correction\s+to\s+(?:yesterday'?s|the\s+last|the\s+previous|this\s+morning'?s|our)\s+"
    r"(?:message|broadcast|announcement)|"
    r"ошибка\s+в\s+(?:предыдущем|прошлом|вчерашнем|утреннем|последнем)\s+(?:сообщении|объявлении|рассылке)|"
    # a correction named alone before the request for it: «Исправление: разошлите …: …», "Correction - send …"
    r"(?:исправление|поправка|correction|түзету|tuzetu)(?=\s*[:!.—–-]+\s*(?:прошу\s+|пожалуйста\s+|please\s+)?"
    r"(?:разошл|отправ|рассыл|оповест|сообщ|send|broadcast|message|notify|жібер|тарат|jiber|tarat)))"
    r"\s*[,.:;!—–-]+\s*(?=\S)",
    re.IGNORECASE,
))
# A letter's greeting before its request: «Уважаемые коллеги, прошу…», «Құрметті әріптестер, …», "Dear
# colleagues, please notify…".
_GREETING = on_russian_keys(re.compile(
    r"^\s*(?:dear\s+(?:colleagues|all|team|sir|madam)|hello\s+(?:colleagues|all|team)|уважаемые\s+коллеги|"
    r"добрый\s+день,?\s+коллеги|құрметті\s+әріптестер|(?:коллеги|әріптестер|colleagues)(?=\s*[,!]))\s*[,!:.]?\s*",
    re.IGNORECASE,
))
# What colleagues say of a broadcast they plan, put off or call off, which asks the bot for nothing.
_PLANNED = on_russian_keys(frozenset(
    "переносим перенесли перенесём перенесем отменяем отменили отменим откладываем отложили отложим согласовали "
    "согласуем обсудим обсуждаем ауыстырамыз ауыстырдық кейінге қалдырамыз тоқтаттық postpone postponed "
    "postponing cancel cancelled canceled cancelling discuss".split()
))
# What a chief forbids rather than asks: «… сказал рассылку не делать», «… жібермеңдер», "don't send".
_FORBIDDING = on_russian_keys(frozenset("не нельзя пока рано емес жоқ әзірге don't dont not no hold wait".split()))
# Kazakh names the chief first and says what they asked at the end: «бастық Атыраудағы аспаздарға хабарлауды
# тапсырды: …»; the chief before an audience in the dative is set aside the same way.
_KAZAKH_CHIEF = on_russian_keys(re.compile(
    r"^\s*(?:бастық|басшы|bastyq|basshy)(?:ымыз|ым|ymyz|ym)?\s*,?\s+"
    r"(?=(?:\S+\s+){0,2}\S+(?:ға|ге|қа|ке|на|не|ына|іне|ga|ge|qa|ke|na|ne)\b)",
    re.IGNORECASE,
))
# "let the cooks know that…" asks as "tell the cooks that…" does.
_LET_KNOW = re.compile(r"\blet\s+(.{2,60}?)\s+know\b", re.IGNORECASE)
# An announcement headed by a megaphone is asked for by it («📢 Барлығына: …», "📢 To all candidates: …");
# other marks before the first word (a pointing hand, exclamation marks) say nothing.
_MEGAPHONE = re.compile(r"^\s*[📢📣]\ufe0f?\s*")
_LEADING_MARKS = re.compile(r"^[^\w📢📣«\"“„']+(?=[\w📢📣«\"“„'])")
# A request followed by its announcement in quotes, with no colon between: «разошлите русскоязычным в ЗКО
# «Собрание в четверг»», "pls notify QA-2051 applicants "The deadline is extended"".
_QUOTED_LAST = re.compile(r"^(?P<head>[^:«\"“„]+?)\s*[«\"“„](?P<said>[^«»\"“”„]+)[»\"”“]\s*[.!]?\s*$")
# A memo laid out with its addressees first and its text labelled after them: "To: Mangystau, visa issued⏎
# Text: …", «Кому: сварщикам Атырау⏎Текст: …».
_MEMO = on_russian_keys(re.compile(
    r"^\s*(?:кому|получатели|адресаты|кімге|алушылар|recipients|to)\s*[:—–-]\s*(?P<whom>[^\n]+?)\s*\n\s*"
    r"(?:(?:тема|subject|тақырып|тақырыбы|дата|date)\s*:[^\n]*\n\s*)*"  # its subject or date between
    r"(?:текст|text|мәтін|мәтіні|matin|сообщение|message|хабарлама)\s*[:—–-]\s*(?P<said>\S.*)$",
    re.IGNORECASE | re.DOTALL,
))
# Everyone addressed at the head of an announcement, with no verb: «Барлығына: …», «Всем:⏎…», "To all: …".
_EVERYONE = on_russian_keys(
    frozenset("всем барлығына barlygyna barlyğyna бәріне barine bärine everyone all to".split())
)


def _memo(text: str) -> BroadcastRequest | None:
    found = _MEMO.match(text)
    return BroadcastRequest(found.group("whom"), text_follows=True, said=found.group("said").strip()) if found else None


# Workers addressed at the head of an announcement with no verb, as a notice board is headed: «Сварщикам
# Атырау: …», «Шымкент аспаздарына: …», "To the cooks of Shymkent: …", or to their attention: «Вниманию
# сварщиков Атырау: …», «Атырау дәнекерлеушілерінің назарына: …», "Attention welders in Atyrau: …".
_ATTENTION = re.compile(
    r"^\s*(?:вниманию|attention(?:\s+of)?|for\s+the\s+attention\s+of)\s+(?P<whom>.+?)\s*$|"
    r"^\s*(?P<kk>.+?)\s+(?:назарына|nazaryna)\s*$",
    re.IGNORECASE,
)
# The dative that addresses them: «сварщикам», «казахоязычным», «аспаздарына», «дәнекерлеушілерге», "to …".
_TO_WHOM = on_russian_keys(re.compile(
    r"(?:[ая]м|[ыи]м|ға|ге|қа|ке|на|не|ga|ge|qa|ke|na|ne)$|^(?:всем|тем|to)$", re.IGNORECASE
))


# A notice's own name before or after whom it is for: «Напоминание сварщикам Атырау», «Напоминание для электриков
# Караганды», «Поправка — всем с визой», «Атырау дәнекерлеушілеріне еске салу», "Reminder for welders in Atyrau".
_NOTICE_HEAD = on_russian_keys(re.compile(
    r"^\s*(?:напоминание|напоминалка|напоминаем|сообщаем|уведомляем|информируем|объявление|уведомление|исправление|"
    r"поправка|внимание|важно|reminder|notice|"
    r"announcement|correction|update|important|еске\s+салу|ескерту|хабарландыру|түзету|eske\s+salu|eskertu|tuzetu)"
    r"\s*[!.,—–-]?\s*(?P<for>для|for|to)?\s+(?=\S)",
    re.IGNORECASE,
))
_NOTICE_TAIL = on_russian_keys(re.compile(
    r"\s+(?:еске\s+салу|ескерту|хабарландыру|түзету|eske\s+salu|eskertu|tuzetu)\s*$", re.IGNORECASE
))


def _workers_addressed(head: str) -> str | None:
    """The workers a colon's head addresses when it has no verb of its own, or None: it must name an
    audience, on one line, in the dative or to their attention."""
    if "\n" in head.strip() or len(head.split()) > 8:
        return None
    noticed = _NOTICE_HEAD.match(head)  # «Напоминание сварщикам Атырау: …», «… еске салу: …», "Reminder for …: …"
    head = head[noticed.end():] if noticed else _NOTICE_TAIL.sub("", head)
    attention = _ATTENTION.match(head)
    whom = (attention.group("whom") or attention.group("kk")) if attention else head.strip()
    words = [word for word in _TOKENS.findall(whom.casefold()) if word.isalnum()]
    ends = [word for word in words if word not in _AROUND_THE_DATIVE] or words  # «барлық сварщиктерге Шымкент бойынша»
    vacancy = bool(_VACANCY_NUMBER.search(whom))  # «QA-3130 вакансиясына өтінім бергендерге», «по QA-3132 всем, …»
    if not words or not attention and not (noticed and noticed.group("for")) and not any(
        _TO_WHOM.search(word) for word in (ends[0], ends[-1])
    ) and not (vacancy and any(_TO_WHOM.search(word) for word in words)):
        return None
    if any(_is_one_of(word, _SEND | _BROADCAST) or _another_request(word) for word in words):
        return None  # «поварам написать: …» asks how to write; «QA-5140 жабыңыз: …» asks to close it
    whom = re.sub(r"^\s*to\s+(?:the\s+)?", "", whom, flags=re.IGNORECASE)
    reading = read_audience(whom, {})
    # «всем со стажем …: …»: its audience is asked again
    everyone = words[0] in _EVERYONE and words[0] != "to" and not _GREETED.intersection(words)
    # «3 желтоқсанда ұшқандарға: …»: workers of a step on a day, which no segment holds; an announcement all
    # the same, whose audience is asked for rather than the day dropped and everyone at the step sent it
    dated = _A_DAY_AND_MONTH.search(whom) and read_audience(_A_DAY_AND_MONTH.sub(" ", whom), {}).understood
    return whom if reading.understood or reading.trades or everyone or vacancy or dated else None


def _english_workers(head: str, rest: str) -> bool:
    """English, which has no dative, heads a notice with the workers by name: "cooks in Aktobe", "hotel
    housekeepers in Almaty", "those under qualification check from Karaganda". Only plural workers read as a
    whole audience head it, so that "Note:" or "Interview schedule:" are no audience, and a count asked after
    them ("welders in Atyrau: how many?") is no notice."""
    words = [word for word in _TOKENS.findall(head.casefold()) if word.isalnum()]
    if not words or not head.isascii() or len(words) > 8 or how_many_asked(rest) is not None:
        return False
    if not (words[0] == "those" or any(
        word.endswith("s") and len(word) > 3 for word in words[:3]
    )):
        return False
    return read_audience(head, {}).understood


# A day and its month, in any of the three languages and Kazakh's case endings: «3 желтоқсанда», «3 декабря»,
# "3 December", "on Dec 3".
_MONTH_STEMS = (
    r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|"
    r"мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|qantar|aqpan|nauryz|sauir|mamyr|mausym|shilde|"
    r"tamyz|qyrkuiek|qazan|qarasha|jeltoqsan|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
)
_A_DAY_AND_MONTH = on_russian_keys(re.compile(
    r"\b\d{1,2}-?\s*(?:" + _MONTH_STEMS + r")\w*|\b(?:on\s+)?(?:" + _MONTH_STEMS + r")\w*\s+\d{1,2}\b",
    re.IGNORECASE,
))


# What may stand around the dative that addresses workers: «барлық …», «… Шымкент бойынша».
_AROUND_THE_DATIVE = on_russian_keys(frozenset("барлық barlyq бойынша boiynsha boyynsha".split()))
_GREETED = on_russian_keys(
    frozenset(
        "привет здравствуйте добрый доброе день утро вечер сәлем сәлеметсіздер salem hi hello good morning".split()
    )
)


def _everyone_addressed(head: str) -> bool:
    """Whether the words before an announcement's colon only address everyone («Барлығына», "To all")."""
    words = [word for word in _TOKENS.findall(head.casefold()) if word.isalnum()]
    return bool(words) and len(words) <= 2 and all(word in _EVERYONE for word in words) and words != ["to"]


# An announcement laid out as a letter: its text, then whom it is for on a line or sentence of its own
# («Текст: …⏎Кому: тем у кого виза готова», «…. Получатели: электрики Мангистау», "…⏎To: all cooks").
_ADDRESSEES = on_russian_keys(re.compile(
    r"(?:^|\n|(?<=[.!?])\s)\s*(?:кому|получатели|адресаты|кімге|алушылар|recipients|to)\s*[:—–-]\s*(?P<whom>[^\n:]+?)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
))
# What may stand before the text's colon in such a letter: «Текст:», «рассылка:», «нужно оповестить:».
_TEXT_LABELS = on_russian_keys(frozenset(
    "текст text мәтін мәтіні сообщение уведомления уведомление message хабарлама хабарламаның нужно надо "
    "please".split()
))


def _addressed(text: str) -> BroadcastRequest | None:
    """The audience named after «Кому:» (or «Получатели:», "To:") below or after the announcement's text."""
    found = _ADDRESSEES.search(text)
    if found is None:
        return None
    said = text[: found.start()].strip()
    on_its_line = text[found.start()] == "\n"  # a sentence's full stop is its own, before a new line
    if said.endswith(".") and not said.endswith("..") and not on_its_line:  # it parted it from «Получатели: …»
        said = said[:-1].rstrip()
    head, colon, rest = said.partition(":")
    if colon and head.split() and all(
        word.casefold() in _TEXT_LABELS or _is_one_of(word, _BROADCAST_LEAD | _SEND) for word in head.split()
    ):
        said = rest.strip()
    return BroadcastRequest(found.group("whom").strip(), text_follows=True, said=said) if said else None


# Where an officer's request meets the announcement's text when no colon parts them: a new line («разошлите
# электрикам из Актау⏎собеседование в четверг»), or, with the text first, a dash, a comma or a full stop
# before the request («собрание переносится на среду — разошлите сварщикам Атырау», "Medical check moved to
# Sunday - send to all cooks in Shymkent", «…жиналыс, Атыраудағы дәнекерлеушілерге жіберіңіз»).
_TEXT_THEN_REQUEST = re.compile(r"\s+[—–-]\s+|[,.]\s+|\s*\n\s*")


def _request_beside_text(text: str) -> BroadcastRequest | None:
    """The request and its text when one line or clause asks and the other is the announcement: the request
    first with the text on the next lines, or the text first with the request after it."""
    first, newline, rest = text.strip().partition("\n")
    if newline and rest.strip() and (audience := _audience_asked(first, colon_follows=True)):
        return BroadcastRequest(audience, text_follows=True, said=rest.strip())
    for cut in reversed(list(_TEXT_THEN_REQUEST.finditer(text))):
        said, asked = text[: cut.start()].strip(), text[cut.end():].strip()
        if said and (audience := _audience_asked(asked, colon_follows=True)):
            return BroadcastRequest(audience, text_follows=True, said=said)
    dash = _DASH.search(text)  # the request first, then a dash for the colon: "send to welders - interview at 9"
    said = text[dash.end():].strip() if dash else ""
    if dash and said and (audience := _audience_asked(text[: dash.start()], colon_follows=True)):
        return BroadcastRequest(audience, text_follows=True, said=said)
    return None


_DASH = re.compile(r"\s+[—–-]\s+")


# The Kazakh verbs that end a request for an announcement, after which a hurried officer goes straight on to
# its text with no colon: «ұсыныс алғандарға жібер келісімшартқа осы аптада қол қойыңыздар», «аспаздарға
# хабарлаңыз медтексеру сәрсенбіде деп». A noun («хабарлама келмейді») ends no request.
_KAZAKH_SEND_VERBS = on_russian_keys(frozenset(
    "жібер жіберіңіз жеткіз жеткізіңіз хабарла хабарлаңыз тарат таратыңыз jiber jiberiniz jetkiz jetkiziniz "
    "habarla habarlanyz tarat taratynyz zhiber zhiberiniz zhetkiz zhetkiziniz".split()
))
_QUOTED = re.compile(r"\s+(?:деп|dep)\s*[.!]?\s*$", re.IGNORECASE)  # «… сәрсенбіде деп»: the words quoted


def _kazakh_request_then_text(text: str) -> BroadcastRequest | None:
    """An audience and the Kazakh verb that asks to send to it, then the announcement's text with nothing
    between them."""
    words = text.split()
    for at, word in enumerate(words[1:-2], start=1):
        if _is_one_of(word, _KAZAKH_SEND_VERBS):
            audience = _audience_asked(" ".join(words[: at + 1]), colon_follows=True)
            said = _QUOTED.sub("", " ".join(words[at + 1:])).strip()
            return BroadcastRequest(audience, text_follows=True, said=said) if audience and said else None
    return None


# A Kazakh request dictated with its verb last and the text quoted by «деп» before it: «маңғыстаудағы
# сварщиктерге жиналыс сағат 9-да деп жіберіңіз». The audience is the words up to the last one in the dative
# («-ға», «-ге», «-қа», «-ке», «-на», «-не») that still read as an audience; the text is what follows them.
_QUOTED_THEN_VERB = re.compile(r"^(?P<body>.+?)\s+(?:деп|dep)\s+(?P<verb>\S+?)[.!]?\s*$", re.IGNORECASE)
_DATIVE = on_russian_keys(re.compile(r"(?:ға|ге|қа|ке|на|не|ga|ge|qa|ke|na|ne)$", re.IGNORECASE))
MAX_AUDIENCE_WORDS = 6


# Besides the verbs of sending, a quoted text may be asked to be written or said: «… деп жазыңыз», «… деп айт».
_KAZAKH_QUOTE_VERBS = _KAZAKH_SEND_VERBS | on_russian_keys(frozenset(
    "жаз жазыңыз жазыңызшы жазшы айт айтыңыз айтыңызшы ескертіңіз jaz jazynyz jazynyzshy ait aitynyz eskertiniz "
    "zhaz zhazynyz".split()
))


def _kazakh_quoted_then_request(text: str) -> BroadcastRequest | None:
    """The audience, the text quoted by «деп» and then the Kazakh verb that asks to send it. The audience ends at
    the word in the dative after which it names no more: «Атырау аспаздарына медтексеру жұмаға ауысты деп …» is
    sent to Atyrau's cooks, «жұмаға» («to Friday») being the text's."""
    found = _QUOTED_THEN_VERB.match(text.strip())
    if not found or not _is_one_of(found.group("verb"), _KAZAKH_QUOTE_VERBS):
        return None
    words = found.group("body").split()
    best: tuple[int, tuple[bool, int]] | None = None  # the words the audience takes, how well it reads
    read = NOTHING
    for cut in range(1, min(len(words) - 1, MAX_AUDIENCE_WORDS) + 1):
        if not _DATIVE.search(words[cut - 1].strip(",.")):
            continue
        reading = read_audience(" ".join(words[:cut]), {})
        if (reading.understood or reading.trades) and (best is None or _how_well(reading) > best[1]):
            best, read = (cut, _how_well(reading)), reading
        elif best and reading == read and all(_said_of_step(word.strip(",.").casefold()) for word in words[best[0]:cut]):
            best = (cut, best[1])  # «келісімшартқа қол қойғандарға …»: the step said whole, not its first word alone
    return BroadcastRequest(" ".join(words[: best[0]]), text_follows=True, said=" ".join(words[best[0]:])) if best \
        else None


def _how_well(reading: Reading) -> tuple[bool, int]:
    """How well an audience reads: understood before not, then by how many trades, regions, steps and languages
    it names."""
    return reading.understood, len(reading.value.split()) + sum(len(value.split()) for _, value in reading.beside)


# A dictated Russian announcement often begins by telling the workers what to do, after its request with no
# colon or «что» between: «разошли всем кто получил оффер подпишите договор до пятницы», «оповести поваров
# приходите к 9». The workers' imperative («подпишите», «приходите», «явитесь») begins the text.
_WORKERS_TOLD = re.compile(r"[^\W\d_]{2,}(?:ите|йте|ьте|итесь|йтесь|ьтесь)", re.IGNORECASE)


def _text_from_imperative(text: str) -> BroadcastRequest | None:
    """A Russian request and its audience, then a text that begins with what the workers are told to do."""
    words = text.split()
    for at, word in enumerate(words[2:], start=2):
        if _WORKERS_TOLD.fullmatch(word.strip(",.!")) and not _is_one_of(word, _BROADCAST_LEAD | _SEND):
            audience = _audience_asked(" ".join(words[:at]), colon_follows=True)
            return BroadcastRequest(audience, text_follows=True, said=" ".join(words[at:])) if audience else None
    return None


# What a dictated request says in place of a colon before its text: «рассылка сварщикам что собрание
# переносится», «оповестите всех о том что…», "notify welders that the interview moved".
_SAYING = re.compile(r"\s*,?\s+(?:о\s+том,?\s+)?(?:что|што|that|taht)\s+", re.IGNORECASE)  # «што», "taht" as typed


def _audience_asked(text: str, *, colon_follows: bool) -> str | None:
    """The words between the request's own words: those before («рассылка», «отправь всем: …») and, as
    Kazakh puts them, those after («… хабарлама жібер»)."""
    text = _SPLIT_IMPERATIVE.sub(r"\1те", text)  # «разошли те всем …», as a phone's dictation writes «разошлите»
    # «сегодня же разошлите …», "send now to …", «до 12:00 …», «до пятницы …»: when, not whom
    words = _SENT_BY_A_DAY.sub(" ", _SENT_NOW_OR_BY.sub(" ", text)).split()
    about = next((at for at, word in enumerate(words) if word.casefold() in _ABOUT), None)
    if about and not colon_follows:  # «прошу оповестить плотников о вебинаре 5 июля»: what it is about is
        words = words[:about]  # not its text, which is asked for next
    asking = _BROADCAST_LEAD | _SEND if colon_follows else _BROADCAST_LEAD
    lead = 0
    while lead < len(words) and (
        _is_one_of(words[lead], asking) or _the_following(words, lead) or not lead and _opening_verb(words[0], asking)
    ):
        lead += 1
    if len(words) - lead > 10:  # a sentence; a long courtesy before the request is not counted
        return None
    # Before a colon, a request may follow its audience in any language: «всем откликнувшимся на QA-1024
    # разошлите: …», "Atyrau welders pls notify: …"; without one only Kazakh puts it there.
    ending = _BROADCAST_TAIL | (_BROADCAST | _POLITE | _BEFORE_TEXT | _SEND_AFTER if colon_follows else frozenset())
    tail = len(words)
    while tail > lead and (
        _is_one_of(words[tail - 1], ending)
        or tail < len(words) and _is_one_of(words[tail - 1], _BROADCAST_NOUNS)  # «… рассылка жасаңыз»
    ):
        tail -= 1
    said = words[:lead] + words[tail:]
    sending = _BROADCAST | _SEND if colon_follows else _BROADCAST
    asked = any(_is_one_of(word, sending) for word in said) or (
        any(_is_one_of(word, _SEND) for word in said) and any(_is_one_of(word, _NOTICE) for word in said)
    ) or bool(lead) and _opening_verb(words[0], sending)  # «напеши всем с визой что …», "sned to all cooks: …"
    return " ".join(words[lead:tail]) if asked and lead < tail else None


# A polite imperative a phone's dictation wrote in two: «разошли те», «отправь те», «сообщи те».
_SPLIT_IMPERATIVE = re.compile(
    r"\b(разошли|отправь|напиши|сообщи|оповести|передай|напомни|уведоми|скинь)\s+те\b", re.IGNORECASE
)


# When a request asks its announcement to go: now, today or by a time, which sending at once answers
# («срочно, до 12:00 разошлите всем с визой: …», «сегодня же разошлите …», «қазір барлығына жіберіңіз: …»,
# "please broadcast before noon to …", "send now to all: …", "by end of day"). These are no audience.
_SENT_NOW_OR_BY = on_russian_keys(re.compile(
    r"(?<!\w)(?:сегодня(?:\s+же)?|прямо\s+сейчас|сейчас(?:\s+же)?|немедленно|срочно|е[щш]ё\s+раз|еще\s+раз|повторно|"
    r"до\s+(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:часов|ч\b)|конца\s+(?:рабочего\s+)?дня|обеда)|"
    r"(?:бүгін\s+)?сағат\s+\d{1,2}(?::\d{2})?-?(?:ге|ға|қа|ке)\s+дейін|бүгін|қазір|дереу|"
    r"(?:bugin\s+)?sagat\s+\d{1,2}(?::\d{2})?-?(?:ge|ga|qa|ke)\s+deiin|bugin|qazir|"
    r"(?:right\s+)?now|immediately|asap|today|before\s+(?:noon|midday|\d{1,2}(?::\d{2})?\s*(?:am|pm)?|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?day)|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?day|"
    r"by\s+(?:noon|\d{1,2}(?::\d{2})?\s*(?:am|pm)))(?!\w)[,]?",
    re.IGNORECASE,
))


# A verb of telling after its audience, just before the text's colon: «горничным отелей Алматы напомните: …»,
# «сұхбат кезеңіндегілерге еске салыңыз: …», «Шымкент аспаздарына ескертіңіз: …».
_SEND_AFTER = on_russian_keys(frozenset(
    "напомните напомни сообщите передайте отправьте ескертіңіз ескерт еске салыңыз eskertiniz eske salynyz "
    # dictated with «что» in place of the colon: «всем, кто подписал договор, напиши что …»
    "напиши напишите скажи скажите "
    # ... and Kazakh's, written to the audience: «Шымкент аспаздарына жазыңыз: …»
    "жаз жазыңыз жазыңызшы жазыңыздар jaz jazynyz jazynyzshy zhaz zhazynyz".split()
))


# What may stand after an audience just before its text's colon: «…, текст: …», «… сделай: …», "… the following:".
_BEFORE_TEXT = on_russian_keys(
    frozenset("текст text мәтін мәтіні matin сделай сделайте following the сообщить".split())
)


def _the_following(words: list[str], at: int) -> bool:
    """"the" of "circulate the following to…", which is the request's, not the audience's ("send the cooks")."""
    return words[at].casefold() == "the" and at + 1 < len(words) and words[at + 1].casefold() == "following"


# What an announcement is about, named instead of its text: «… о переносе собеседования», "… about the webinar".
_ABOUT = frozenset("о об обо about regarding".split())


# The verbs of the officers' other requests: a vacancy closed, extended, opened, created or changed, a step set,
# put back or undone, a worker found or shown, figures exported, a file loaded. A typed word that is one of them
# is that request's verb, never a typo of another's: «жабыңыз» (close) is no «жазыңыз» (write) a letter off,
# «закройте» no «откройте», «поставьте» no «отправьте», "close" no "clone".
_OTHER_VERBS = on_russian_keys(frozenset(
    "закройте закрой закрыть закрою закрываем закроем продлите продли продлить продлеваем продлим откройте "
    "открой открыть переоткройте переоткрыть удалите удали удалить создайте создай создать добавьте добавь "
    "добавить опубликуйте опубликовать приостановите приостановить возобновите возобновить измените изменить "
    "поменяйте поменяй поменять поставьте поставь поставить верните верни вернуть отмените отмени отменить "
    "найдите найди найти покажите покажи показать выгрузите выгрузи выгрузить загрузите загрузи загрузить "
    "уменьшите уменьшить увеличьте увеличить перенесите перенести исправьте исправь исправить посчитайте "
    "посчитай посчитать "
    "жабыңыз жабыңызшы жабыңыздар жабу жабамын жабайын ұзартыңыз ұзартыңызшы ұзарту ашыңыз ашыңызшы ашу "
    "қосыңыз өзгертіңіз өзгерту қойыңыз қойыңызшы қою қайтарыңыз қайтару табыңыз табыңызшы табу көрсетіңіз "
    "көрсетіңізші шығарыңыз шығарып түсіріңіз түсіріп жүктеңіз жүктеу тоқтатыңыз көбейтіңіз азайтыңыз "
    "болдырмаңыз жойыңыз жабып ұзартып ашып "
    "jabynyz jabynyzshy zhabynyz jabu uzartynyz ashynyz qosynyz ozgertiniz qoiynyz qaitarynyz tabynyz "
    "korsetiniz shygarynyz tusiriniz jukteniz toqtatynyz kobeitiniz azaitynyz boldyrmanyz joiynyz jabyp uzartyp "
    "ashyp "
    "close extend reopen delete remove create publish unpublish pause suspend resume change update revert "
    "undo find show export upload cancel".split()
))


def _is_one_of(word: str, known: frozenset[str]) -> bool:
    """A word among `known` (with «-шы» of a polite request or not), or one of their longer words typed with
    one letter wrong, missing, extra or swapped with the next («расслыка»)."""
    word = plain_latin(word.casefold().strip(".,:;!"))
    ending = next((ending for ending in _PLEASE_ENDING if word.endswith(ending)), "")
    if word in known or ending and word[: -len(ending)] in known:
        return True
    return len(word) >= MISTYPED_WORD_LENGTH and not is_command_verb(word) and any(
        len(other) >= MISTYPED_WORD_LENGTH and OSA.distance(word, other, score_cutoff=1) <= 1
        for other in known
    )


def _opening_verb(word: str, known: frozenset[str]) -> bool:
    """A short verb of sending that opens a message, typed a letter off: «напеши», "mesage", "sned" (two letters
    swapped). It begins with the verb's own letter, is no other request's verb nor the officer's own «напишу», and
    at four letters only a swap is forgiven ("sent" is no "send")."""
    word = plain_latin(word.casefold().strip(".,:;!"))
    if not 4 <= len(word) < MISTYPED_WORD_LENGTH or is_command_verb(word) or word.endswith(("у", "ю")):
        return False  # «напишу», «разошлю»: what the officer will do, told to a colleague
    return any(
        other[0] == word[0] and abs(len(other) - len(word)) <= 1 and OSA.distance(word, other, score_cutoff=1) <= 1
        and (len(word) >= 5 or sorted(word) == sorted(other))
        for other in known if 4 <= len(other)
    )


def is_command_verb(word: str) -> bool:
    """Whether a word is, as typed, the verb of one of the officers' requests (sending, closing, extending,
    setting a step, finding, exporting …): such a word is never read as another request's verb typed a letter
    off."""
    word = plain_latin(word.casefold().strip(".,:;!?"))
    return word in _OTHER_VERBS or word in _SENDING_VERBS


def _another_request(word: str) -> bool:
    """Whether a word is the verb of a request other than sending («QA-5140 жабыңыз: …» asks to close it)."""
    return plain_latin(word.casefold().strip(".,:;!?")) in _OTHER_VERBS


_SENDING_VERBS = _BROADCAST | _SEND | _BROADCAST_TAIL | _SEND_AFTER | _KAZAKH_QUOTE_VERBS


# A supervisor's request for a report on some workers is a count of them: «дай сводку по Атырау»,
# «статистика по сварщикам», "stats on welders", «дәнекерлеушілер бойынша статистика»; a report on no one
# in particular («отчёт за неделю») is the statistics, and stays with the tools.
_REPORT = (
    r"(?:сводк[аиуе]|статистик[аиуе]|стат[аеу]?|отч[её]т\w*|цифры|данные|summary|stats|statistics|statistcs|"
    r"report|numbers|figures|headcount|есеп\w*|статистика\w*|statistika\w*|esep\w*)"
)
_REPORT_ON = re.compile(
    r"^\s*(?:(?:could|can|would)\s+you\s+)?(?:(?:kindly|please|pls)\s+)?"
    r"(?:(?:дай|дайте|скинь|скиньте|пришлите|покажи|покажите|нужна|нужен|give|send|show|share|provide|what's|what\s+is)"
    r"\s+(?:me\s+)?)?(?:(?:a|the|weekly|monthly|итогов\w*|общ\w*|final|overall|full)\s+)?" + _REPORT + r"\s+(?:по|on|for|of)\s+(?P<whom>.+?)"
    # the verb after it, as a phone's dictation puts it: «статистику по Мангистау скиньте»
    r"(?:\s+(?:дай|дайте|скинь|скиньте|пришлите|покажи|покажите|please|pls))?$",
    re.IGNORECASE,
)
_REPORT_BEFORE = on_russian_keys(re.compile(
    r"^\s*(?P<whom>.+?)\s+(?:бойынша|boiynşa|boiynsha|boyynsha)\s+(?:апталық|айлық|aptalyq|ailyq)?\s*"
    + _REPORT + r"(?:\s+\S+)?\s*$",
    re.IGNORECASE,
))
# A period that runs from a day to now: «с понедельника», «с начала месяца», «со вчерашнего дня», «дүйсенбіден
# бері», «кешеден бері», "since Monday", "since last week".
_WEEKDAYS = (
    r"понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|пн|вт|ср|чт|пт|"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|duisenbi|seisenbi|sarsenbi|beisenbi|juma|senbi|"
    r"jeksenbi|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri"
)
_SINCE = (
    r"\bс(?:о)?\s+(?:" + _WEEKDAYS + r"|вчера(?:шнего\s+дня)?|начала\s+(?:недели|месяца|года))\b|"
    r"\b(?:" + _WEEKDAYS + r"|кеше|keshe)(?:ден|дан|nen|den|dan)?\s+(?:бері|beri)\b|"
    r"\bsince\s+(?:last\s+)?(?:" + _WEEKDAYS + r"|yesterday|week|month)\b|"
    # from the month's start: "since the start of the month", «ай басынан бері», «айдың басынан бері»
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:week|month|year|quarter)\b|"
    r"\b(?:ай|айдың|апта|аптаның|жыл|жылдың|ai|aidyn|apta|aptanyn|jyl|jyldyn)\s+(?:басынан|basynan)\s+(?:бері|beri)\b|"
    # a day or a week typed short: «за пн», «за нед», «за мес», «за сег»
    r"\bза\s+(?:" + _WEEKDAYS + r"|нед|мес|сег)\b\.?"
)
# A quarter, a half-year or a span of days a report is asked for: «за 2 кв.», «за I полугодие», «за 1 п/г»,
# «екінші тоқсанда», «бірінші жартыжылдыққа», "in Q2", "for H1", "for the quarter", «с 01.06 по 30.06»,
# «с 1 по 15 июля», «01.06–30.06», "between 1 and 30 June". «Тоқсан» alone is ninety, so only with its ordinal.
_MONTHS_OF = (
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|"
    r"sept|oct|nov|dec"
)
_DAY = r"\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?"
_SPAN = (
    r"(?:\b(?:за|во|в|на)\s+)?(?:(?:\d|i{1,3}|iv|перв\w*|втор\w*|трет\w*|четв[её]рт\w*|прошл\w*|текущ\w*|эт[ои]\w*)"
    r"(?:-?(?:й|ой|ый|ий|ом|ем))?\s*)?(?:квартал\w*|кв\b\.?|полугоди\w*|п\s?/\s?г\b\.?)|"
    r"\b(?:бірінші|екінші|үшінші|төртінші|birinshi|ekinshi|ushinshi|tortinshi|[1-4]-?)\s*(?:тоқсан|toqsan)\w*|"
    r"\b(?:бірінші|екінші|birinshi|ekinshi|[12]-?)\s*(?:жарты\s*жыл|jarty\s*jyl)\w*|\bжарты\s*жылдық\w*|"
    r"\b(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:q[1-4]|h[12])\b|"
    r"\b(?:(?:in|for|during|over)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|last|this|past)\s+)?"
    r"(?:quarter|half[-\s]year|half)\b(?:\s+of\s+(?:" + _MONTHS_OF + r")\b)?|"
    r"(?:\bза\s+период\s+)?\b(?:с|со|от)\s+" + _DAY + r"\s+(?:по|до)\s+" + _DAY + r"(?:\s+(?:" + _MONTHS_OF + r"))?|"
    r"\b(?:between|from)\s+" + _DAY + r"(?:\s+(?:" + _MONTHS_OF + r"))?\s+(?:and|to|till|until)\s+" + _DAY
    + r"(?:\s+(?:" + _MONTHS_OF + r"))?|"
    r"(?<![\d.])\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\s*[–—-]\s*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d.])|"
    r"\bза\s+период\b|"
    # English days from one to another: "for 1 to 15 November", "the 1–15 Nov table", "16th to 30th"
    r"\b(?:(?:for|from|over)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:to|till|until|[–—-])\s*\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?(?:" + _MONTHS_OF + r"))\b|\b\d{1,2}(?:st|nd|rd|th)\s+(?:to|till|until|and)\s+\d{1,2}(?:st|nd|rd|th)\b"
)
# The last days, weeks or months up to today: «за последние две недели», «за последние 10 дней», «соңғы екі
# аптада» (or typed without its letters, «сонгы еки аптада»), "in the last 2 weeks", "for the past month".
_RECENT = (
    r"(?:\bза\s+)?\bпоследн\w*\s+(?:\d{1,3}|дв[ае]|тр[ие]|полтора|несколько)?\s*(?:дн\w*|недел\w*|месяц\w*)|"
    r"\b(?:соңғы|сонгы|songy|songgy|songhy|soñğy)\s+(?:\d{1,3}|екі|еки|eki|үш|уш|ush|он|on|жиырма|jiyrma|отыз|otyz)?\s*"
    r"(?:күн|кун|апта|айда|айдың|айдын|kun|apta|apatda|aida|aidyn|künde|kün)\w*|"
    r"\b(?:(?:in|for|over|during)\s+)?(?:the\s+)?(?:last|past)\s+(?:\d{1,3}|two|three|few|couple\s+of)?\s*"
    r"(?:days?|weeks?|wks?|weks?|months?)\b"
)
# Days from one to another written in words or in Kazakh: «с первого по пятнадцатое ноября», «1-ден 15
# қарашаға дейін», «1 қазаннан 30 қарашаға дейінгі кезеңге», «1-den 15 qarashaga deiin».
_DAYS_BETWEEN = (
    r"\bс\s+(?:\d{1,2}-?г?о?|перв\w*|втор\w*|трет\w*|\w+(?:ого|его))\s+по\s+(?:\d{1,2}-?е?|\w+(?:ое|ее))\s+"
    r"(?:" + _MONTHS_OF + r")|"
    r"\b\d{1,2}(?:\s+[^\W\d_]+?)?-?(?:ден|дан|тен|тан|нен|нан|den|dan|ten|tan|nen|nan)\s+\d{1,2}\s+"
    r"[^\W\d_]+?(?:ға|ге|қа|ке|ga|ge|qa|ke)\s+(?:дейін|deiin)(?:гі|gi)?\b|"
    # a month's days with its possessive endings: «қарашаның 1-інен 15-іне дейінгі», «qarashanyn 1-inen 15-ine deiin»
    r"(?:\b[^\W\d_]+(?:ның|нің|nyn|nin)\s+)?\b\d{1,2}-?(?:інен|ынан|нен|нан|inen|ynan|nen|nan)\s+\d{1,2}-?"
    r"(?:іне|ына|не|на|ine|yna|ne|na)\s+(?:дейін|deiin)(?:гі|gi)?\b"
)
# The end of a month, a quarter or a year, which month-end and quarter-end reports are asked for: «на конец месяца»,
# «по итогам квартала», «ай соңына», «тоқсан соңындағы», "end of the month", "month-end", "quarter end".
_PERIOD_END = (
    r"\b(?:(?:на|к|по)\s+)?(?:конец|конца|концу|итогам?)\s+(?:месяца|квартала|года|недели|полугодия)\b|"
    r"\b(?:(?:at|by|till|until|for)\s+(?:the\s+)?)?end\s+of\s+(?:the\s+)?(?:month|quarter|year|week)\b|"
    r"\b(?:month|quarter|year)[-\s]end\b|"
    r"\b(?:ай|айдың|тоқсан|тоқсанның|жыл|жылдың|апта|аптаның|ai|aidyn|toqsan|toqsannyn|jyl|jyldyn)\s+"
    r"(?:соңы|соңына|соңындағы|соңында|аяғы|аяғына|аяғындағы|songy|songyna|sonyna|songynda|sonynda|ayagy)\b"
)
# A period named by its kind or as this or the last one: «ежемесячный», «квартальный», «итоговый», «осы тоқсанда»,
# «өткен тоқсанның», «тоқсандық», "monthly", "quarterly" («тоқсан» alone is ninety, so only so).
_PERIOD_KIND = (
    r"\b(?:еже)?(?:месячн|квартальн|годов|недельн)\w*|\bпомесячн\w*|\bежегодн\w*|"
    r"\b(?:monthly|quarterly|yearly|annual)\b|"
    r"\b(?:осы|өткен|алдыңғы|биылғы|osy|otken|aldyngy)\s+(?:тоқсан|toqsan)\w*|\b(?:тоқсандық|toqsandyq)\b"
)
# The period a figure is asked for says nothing of whom to count: «сколько виз выдали в этом месяце»,
# «за май», «осы аптада», "so far", "this week".
_PERIOD = on_russian_keys(re.compile(
    r"\b(?:(?:за|в|на)\s+)?(?:(?:эт[оиу][мтй]?|прошл\w*|текущ\w*|данный)\s+)?(?:недел[юие]|нед\b\.?|месяц[еа]?|"
    r"год[уа]?|момент)\b|\bза\s+(?:сегодня|вчера|январь|февраль|март|апрель|май|июнь|июль|август|"
    r"сентябрь|октябрь|ноябрь|декабрь)\b|\b(?:осы|өткен)\s+(?:айда|аптада|жылы)\b|"
    r"\b(?:osy|otken)\s+(?:aida|aptada)\b|\b(?:this|last)\s+(?:week|wk|wek|month|year)\b|\bso\s+far\b|"
    r"\b(?:right\s+)?now\b|\bза\s+вс[её]\s+время\b|\bна\s+(?:сегодняшний|текущий)\s+день\b|"
    r"\bна\s+(?:текущую|сегодняшнюю)\s+дату\b|\bto\s+date\b|\bбүгінге\s+дейін\b|\bbuginge\s+deiin\b|"
    + _SINCE + r"|" + _SPAN + r"|\b(?:за\s+)?(?:вчера|позавчера)\b|\bпо\s+сегодня(?:шний\s+день)?\b|"
    r"\b(?:кеше|кешегі|keshe|keshegi|yesterday'?s?)\b|"
    # a month named: «мамыр айында», «mamyr aiynyn», «в мае», "in May", "for June"
    r"\b(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|qantar|aqpan|"
    r"nauryz|sauir|mamyr|mausym|shilde|tamyz|qyrkuiek|qazan|qarasha|jeltoqsan)(?:\s+(?:айында|айының|айына|айы|"
    r"айдағы|aiynda|aiynyn|aiyna|aiy|aidagy|ішінде|ішіндегі|ishinde|ishindegi)(?:\s+(?:үшін|ushin))?\b|"
    r"(?=\s+(?:бойынша|boiynsha|boyynsha|үшін|ushin)\b)|"
    # ... or in its locative: «қазанда», «қарашада», «qyrkuiekte»
    r"(?:да|де|та|те|da|de|ta|te)\b)|\bв\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|"
    r"октябре|ноябре|декабре)\b|\b(?:in|for)\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b|"
    r"\b(?:өткен|otken)\s+(?:аптаның|аптадағы|айдың|aptanyn|aptadagy|aidyn)\b|" + _RECENT + "|" + _DAYS_BETWEEN
    + "|" + _PERIOD_END + "|" + _PERIOD_KIND,
    re.IGNORECASE,
))


# The officers' words for a report, a period, a breakdown and a vacancy's change, as they are often mistyped in a
# hurry: «отчот», "reprot", «кватрал», "qaurter", «професиям», «этпам», «прадли», "extned", «декобря», "Decmeber".
_OFTEN_MISTYPED = tuple(  # in this order: a slip as near two of them is read as the first («отчот» as «отчет»)
    "отчет отчёт отчета отчёта отчеты отчёты отчетом сводка сводку статистика статистику профессиям регионам "
    "областям этапам квартал квартала квартале кварталу квартальный квартальная квартальную квартальные "
    "продли продлите продлить "
    "январь января февраль февраля апрель апреля август августа сентябрь сентября октябрь октября ноябрь ноября "
    "декабрь декабря "
    "report reports summary statistics quarter quarterly extend january february april august september "
    "october november december "
    # the steps given, and the workers counted: «кантракт», «вылител», "deparetd", "intervew", «чиловек»
    "контракт контракта договор договора вылетел вылетела вылетели вылетевших собеседование собеседования "
    "квалификации человек departed rejected interview withdrawn issued "
    # a vacancy's deadline extended in Kazakh: «QA-… merzimn … uzartynz»
    "ұзартыңыз uzartynyz мерзімін merzimin".split()
)
# Words of their own one letter off those, left as typed: «контакт» is no «контракт», "deport" no "depart".
_NEIGHBOURS = frozenset("контакт контакты контакта контактов контакте repost resort deport deported".split())
_OFTEN_MISTYPED_SET = frozenset(_OFTEN_MISTYPED)
_WORD = re.compile(r"[^\W\d_]+")


def mistyped_words_righted(text: str) -> str:
    """`text` with each of the officers' often mistyped words written right where it was typed a letter off (a
    letter wrong, missing, extra, or two swapped), beginning with its own letter and five letters long or more:
    «отчот за ноябрь» is «отчет за ноябрь», "reprot for last qaurter" "report for last quarter". A word that
    differs from one of them only at its end is another form of it («сводки», «регионах», and «продлит», which tells
    what someone will do) and stays as typed, and so does any verb of an officer's own request."""
    return _WORD.sub(lambda found: _righted(found.group(0)), text or "")


@lru_cache(maxsize=8192)
def _righted(word: str) -> str:
    typed = word.casefold()
    if len(typed) < 5 or typed in _OFTEN_MISTYPED_SET or typed in _NEIGHBOURS or is_command_verb(typed):
        return word
    for known in _OFTEN_MISTYPED:
        if known[0] != typed[0] or abs(len(known) - len(typed)) > 1:
            continue
        if typed[:-1] == known[:-1] or typed[:-1] == known or typed == known[:-1]:
            continue  # «сводки», «регионах», «отчеты»: another form of the word, not a slip
        if OSA.distance(typed, known, score_cutoff=1) <= 1 and _a_slip(typed, known):
            return known
    return word


_VOWELS = frozenset("аеёиоуыэюяәіөұүaeiouy")


def _a_slip(typed: str, known: str) -> bool:
    """Whether a word one edit from `known` is a slip of it rather than another word: a letter left out, added or
    swapped with the next, or, in a word shorter than seven letters, one vowel heard as another («отчот»), never
    one consonant for another ("repost" is no "report")."""
    if len(typed) != len(known) or len(known) >= 7 or sorted(typed) == sorted(known):
        return True
    wrong = [(a, b) for a, b in zip(typed, known) if a != b]
    return all(a in _VOWELS and b in _VOWELS for a, b in wrong)


def without_period(text: str) -> str:
    """`text` without the period it names («за вчера», «с понедельника», «осы аптада», "since Monday"): a
    count, a vacancy's applicants or a tool asked for a period are the same request, for now."""
    return re.sub(r"\s{2,}", " ", _PERIOD.sub(" ", text)).strip()


def report_asked(text: str | None) -> str | None:
    """The workers a report is asked on («сводку по Атырау за неделю» → «Атырау»), or None."""
    text = _PERIOD.sub(" ", text or "").strip(" ?.!")
    found = _REPORT_ON.match(text) or _REPORT_BEFORE.match(text)
    whom = found.group("whom").strip(" ,") if found else ""
    words = whom.split()
    while words and words[-1].casefold().strip(",.!?") in _WHOM_TAIL:
        words.pop()  # «отчёт по регионам, пожалуйста», «… по Атырау нужен срочно»: the request's own words
    whom = " ".join(words).strip(" ,")
    if not [word for word in _TOKENS.findall(whom.casefold()) if word not in _PADDING and word.isalnum()]:
        return None  # "stats for last week pls": a report on no one in particular
    if _THE_WHOLE_WORK.fullmatch(whom):
        return None  # «отчёт по трудоустройству»: on the whole of the work, no workers in particular
    return whom


# What follows the workers a report is on without naming any: «… пожалуйста», «… нужен», «… срочно», «… керек».
_WHOM_TAIL = _PADDING | on_russian_keys(frozenset(
    "нужен нужна нужно надо срочно сегодня керек қажет тез бүгін kerek qajet need needed asap urgently today".split()
))
# The work as a whole, which a report may be «по …» without naming workers: «по трудоустройству», «по набору»,
# «по программе», «по проекту», «жұмысқа орналастыру бойынша», "on employment", "on recruitment".
_THE_WHOLE_WORK = on_russian_keys(re.compile(
    r"(?:(?:всему|всей|нашему|нашей)\s+)?(?:трудоустро\w*|занятост\w*|набор\w*|найм\w*|программ\w*|проект\w*|"
    r"направлени\w*|жұмысқа\s+орналас\w*|jumysqa\s+ornalas\w*|employment|recruitment|hiring|(?:the\s+)?programme|"
    r"(?:the\s+)?program|(?:the\s+)?project|"
    # what a summary sums up, named as the report itself: «қараша айының қорытындысы бойынша статистика»
    r"қорытынды\w*|qorytyndy\w*|итог\w*|(?:the\s+)?results?)",
    re.IGNORECASE,
))


# What a report is broken down by rather than whom it is on: «по работодателям», «по этапам отбора», «в разрезе
# профессий», «по всем этапам», «на каждом этапе», «кезеңдер бойынша», «жұмыс берушілер бойынша», "by stage",
# "per week": the statistics' tables (the steps, trades and regions are there; an employer's or a week's figures
# come from the export), never a count of some workers.
_BREAKDOWN_BY = (
    r"(?:работодател(?:ям|ей|и)|компаниям|этап(?:ам|ов|ы|е)|стади(?:ям|й)|статусам|недел(?:ям|и)|месяцам|дням|"
    r"професси(?:ям|й)|специальност(?:ям|ей)|регионам|регионов|областям|областей|вакансиям|"
    r"жұмыс\s+беруші(?:лер|лері)?\w*|jumys\s+berushi(?:ler)?\w*|кезең(?:дер|і)?\w*|kezen(?:der)?\w*|"
    r"мамандық(?:тар)?\w*|mamandyq(?:tar)?\w*|облыстар\w*|oblystar\w*|өңірлер\w*|onirler\w*|апта(?:лар)?\w*|"
    r"apta(?:lar)?\w*|employers?|companies|stages?|steps?|trades?|occupations?|professions?|weeks?|months?|"
    r"regions?|statuses)"
)
# ... and two of them together: «по регионам и профессиям», «өңірлер мен мамандықтар», "by region and trade".
_BREAKDOWN = on_russian_keys(re.compile(
    r"^(?:(?:в\s+)?разрезе\s+|(?:по|на|for|by|per|at|in)\s+)?(?:(?:всем|каждому|каждой|каждом|каждым|each|every|all|"
    r"әр|ar|барлық|barlyq)\s+)?" + _BREAKDOWN_BY
    + r"(?:\s*(?:,|и|and|&|мен|men|және|jane)\s*(?:по\s+|by\s+)?" + _BREAKDOWN_BY + r")?"
    r"(?:\s+(?:отбора|найма|бөлінісінде|bolinisinde))?\s*$",
    re.IGNORECASE,
))


def breakdown_named(whom: str) -> bool:
    """Whether what a report is asked «по …» is what it is broken down by («этапам», «жұмыс берушілер»)."""
    return bool(_BREAKDOWN.match(without_period(whom).strip(" ,.?!")))


def how_many_asked(text: str | None) -> str | None:
    """The workers an officer asks to count («сколько сварщиков в Мангистау?» → «сварщиков в
    Мангистау»), or None when the message asks no such thing."""
    text = mistyped_words_righted(text or "")  # «сколько отказов за кватрал»
    text = plain_latin(_CHIEF_ASKS.sub("", without_header(spoken_punctuation(text)), count=1))  # «qanşa…»
    text = _WITH_SHORT.sub("with ", text)  # "how many ppl w/ visas": the slash joins no trades
    text = _COMPARED.sub(" ", _COMPARE_ASKED.sub("сколько ", text))  # «… по сравнению с октябрём»: each period
    report = report_asked(text)
    if report and breakdown_named(report):
        return None  # «сводка по регионам и профессиям»: the statistics' tables, no headcount
    if report:
        text = "сколько " + report
    text = _PERIOD.sub(" ", text)
    words = _TOKENS.findall(_HOW_MANY_EN.sub(" сколько ", text).casefold())  # commas kept: they join trades
    words = _without_reach(words)
    if not any(_how_many_word(word) for word in words) or len(words) > 14:
        return None
    if _NOT_A_HEADCOUNT.intersection(words) or _AT_WHAT_TIME.search(text):
        return None  # answered elsewhere, as a worker's question is
    return " ".join(word for word in words if not _how_many_word(word) and word not in _QUESTION_FILLER)


def _how_many_word(word: str) -> bool:
    """«сколько» and its spoken and mistyped forms: «скока», «скольоко» (one letter off, as in a hurry)."""
    return word in _HOW_MANY or len(word) >= 6 and OSA.distance(word, "сколько") == 1


# How many workers an announcement would reach, asked before it is sent: «сколько человек получит рассылку, если
# отправить сварщикам», «скольким уйдёт сообщение», «Маңғыстауға жіберсем неше адамға жетеді», "how many people
# would get it if I send to welders", "what's the reach". The count of the audience is the answer; the words of
# sending and reaching name no one.
_REACH = on_russian_keys(frozenset(
    "получит получат получить получили дойдёт дойдет дойдут уйдёт уйдет уйдут придёт придет придут охватит охватим "
    "охват охвата разойдётся разойдется разойдутся рассылку рассылка рассылки рассылке сообщение сообщения "
    "объявление объявления отправить отправлю отправим отправлять разослать разошлю разошлём слать послать "
    "написать выбрать адресатов получателей получателя выйдет прикинь посчитай "
    "жіберсем жіберсек жіберсеңіз жіберер таратсам таратсақ жетеді барады алады хабарлама хабарламаны "
    "jibersem jibersek taratsam taratsaq jetedi barady alady habarlama habarlamany "
    "get receive reach recipients broadcast announcement message send sent"
    .split()
))
# What stands around the words of sending once they are put aside: «если», «будет», «это», «алдында», "would it if I".
_REACH_FILLER = on_russian_keys(frozenset(
    "если будет это им их у для а хочу народу алдында санын айтшы кісіге кисиге адамға aldynda sanyn "
    "kisige would will it if i we to them an a the for what's whats s this before go want is"
    .split()
))


def _without_reach(words: list[str]) -> list[str]:
    """`words` without the sending and reaching said around the workers counted, when they are said."""
    if not any(word in _REACH for word in words):  # with its Russian-keys spellings (`on_russian_keys`)
        return words
    words = [word for word in words if word not in _REACH and word not in _REACH_FILLER]
    # «сколько человек получат … сварщикам»: the people who would get it are the workers named beside them
    if any(word[0].isalnum() and word not in _WORKERS and word not in _AROUND and not _how_many_word(word)
           for word in words):
        words = [word for word in words if word not in _WORKERS]
    while words and words[-1] in _JOINERS:
        words = words[:-1]
    return words


# What /stats answers: «сколько вакансий?», «сколько заявок?», «сколько заблокировали бота?», "how many
# applications?", «қанша бос орын бар?».
_FIGURES = on_russian_keys(frozenset(
    "вакансий вакансии вакансия открытых открыто открытые заявок заявки заявка откликов отклики всего "
    "заблокировали заблокировавших заблокировал бота бос орын орындар орындары өтінім өтінімдер өтінімдері "
    "бұғаттаған бұғаттағандар ботты bos oryn oryndar ötinim ötinimder otinim сейчас подано поданных поступило "
    "пришло түсті түскен берілген ашық now submitted received висит висят заявлений подали подавших на "
    "открыли открылось открылись opened ашылды ашылған "
    "сегодня сегодняшний новых новые жаңа келді жұмыс орны саны бүгін vakansiya vakansiyalar vakansiia tusti tüsti tusken otinimder "
    "so far today общее поступивших поступившие поступило "
    # a period the figures are asked for: «за неделю», «қазір», "came in this week"
    "за неделю неделе неделя месяц вчера қазір bugin bügin kazir qazir came in this week month yesterday "
    "vacancies vacancy jobs open new applications application blocked bot the "
    # typed short or as what was added: «скок вак открыто», «новых регистраций», «добавили», "apps"
    "вак регистраций регистрации регистрация зарегистрировалось добавили добавлено добавлены apps app "
    "registrations signups added regs заяв "
    # put up on the portal: «сколько вакансий опубликовали за июнь», "how many vacancies went live"
    "опубликовали опубликовано опубликованных разместили размещено портале портал published posted went live "
    "жарияланды жарияланған порталда "
    # the verb of a figure asked in the past: «сколько откликов было», "how many vacancies were posted"
    "было были был were was jariialandy jarialandy vakansia "
    # ... and in Kazakh: «өткен айда қанша өтінім болды»
    "болды boldy"
    .split()
))
# Kazakh typed on a Russian keyboard, its own letters replaced by the nearest Russian ones: «бугин канша отиним
# тусти» is «бүгін қанша өтінім түсті».
_KAZAKH_ON_RUSSIAN_KEYS = str.maketrans("әғқңөұүһі", "агкноуухи")
_FIGURES_ON_RUSSIAN_KEYS = frozenset(word.translate(_KAZAKH_ON_RUSSIAN_KEYS) for word in _FIGURES)
# One employer's figures, which the statistics and the export give (no worker is counted by employer): «сколько
# заявок у работодателя Al Khor Contracting», «… жұмыс берушісі бойынша қанша өтінім», "applications for Doha
# Trading WLL".
_EMPLOYER = on_russian_keys(re.compile(
    r"\b(?:работодател\w*|компани\w*|жұмыс\s+беруші\w*|jumys\s+berushi\w*|employers?|company|contracting|"
    r"trading|wll|llc)\b"
))
_FIGURE_NOUNS = on_russian_keys(re.compile(
    r"\b(?:заяв\w*|отклик\w*|ваканси\w*|өтінім\w*|otinim\w*|vakansi\w*|applications?|vacancies|vacancy)\b"
))
# A figure set beside another month's, which is the statistics' (they give each period): «по сравнению с
# октябрём», «сравните количество заявок с прошлым месяцем», «өткен аймен салыстырғанда», "compared with last
# month", "vs last month".
_COMPARED = on_russian_keys(re.compile(
    r"(?:\bпо\s+)?\bсравнени\w*\s+с\s+\S+(?:\s+месяцем|\s+неделей|\s+годом)?|\bчем\s+в\s+\S+(?:\s+месяце)?|"
    r"\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:last|previous|prior)?\s*\S+|\bvs\.?\s+(?:last\s+)?\S+|"
    r"\S+\s+(?:аймен|аптамен|жылмен|aimen|aptamen)\s+(?:салыстырғанда|salystyrganda)|(?:салыстырғанда|salystyrganda)|"
    r"\bс\s+(?:прошлым|предыдущим)\s+(?:месяцем|неделей|годом|кварталом)|\bwith\s+(?:last|the\s+previous)\s+"
    r"(?:month|week|year|quarter)",
    re.IGNORECASE,
))
_COMPARE_ASKED = re.compile(
    r"^\s*(?:сравни\w*|compare|салыстыр\w*|salystyr\w*)\s+(?:(?:количество|число|кол-?во|the\s+number\s+of)\s+)?"
    r"(?=\S)",
    re.IGNORECASE,
)


def _figure_word(word: str) -> bool:
    return word in _FIGURES or word.translate(_KAZAKH_ON_RUSSIAN_KEYS) in _FIGURES_ON_RUSSIAN_KEYS


def figures_asked(asked: str) -> bool:
    """Whether what an officer asks to count is one of /stats' figures rather than workers."""
    words = [word for word in asked.split() if word.isalnum()]
    if _EMPLOYER.search(asked) and _FIGURE_NOUNS.search(asked):
        return True  # «сколько заявок у работодателя Al Khor Contracting»: the statistics and the export
    if _by_in_kazakh(words):
        return True  # «кезеңдер бойынша қанша өтінім»: the steps' table
    if _EACH.intersection(words) and _BREAKDOWN.search(" ".join(words[-3:])):
        return True  # «сколько человек на каждом этапе», "how many at each stage": the steps' table
    for cut in range(len(words) - 1, 0, -1):  # «сколько заявок по неделям», "how many applications by stage"
        if words[cut] in ("по", "by", "per") and breakdown_named(" ".join(words[cut:])):
            return all(_figure_word(word) for word in words[:cut])
    return bool(words) and all(_figure_word(word) for word in words)


def _by_in_kazakh(words: list[str]) -> bool:
    """Figures broken down with Kazakh's postposition after what they are broken down by: «кезеңдер бойынша
    өтінім», «өңірлер бойынша»."""
    for cut, word in enumerate(words):
        if word in ("бойынша", "boiynsha", "boyynsha") and cut:
            for start in range(max(0, cut - 2), cut):
                if breakdown_named(" ".join(words[start:cut])):
                    return all(_figure_word(other) for other in words[:start] + words[cut + 1:])
    return False


_EACH = on_russian_keys(frozenset("каждом каждой каждому каждым каждого всем әр ar each every per".split()))


def _read_one(tokens: list[str], status_names: Mapping[str, str]) -> Reading:
    """One audience of anything but a region: all, a status, a language, or a trade or trades (the
    commas among `tokens` join trades)."""
    words = [token for token in tokens if token[0].isalnum()]
    meaningful = [word for word in words if word not in _AROUND]
    if meaningful and all(word in _ALL for word in meaningful) or not meaningful and _WORKERS.intersection(words):
        return Reading("all")  # «всем», «всем работникам», or workers alone («сколько работников в …»)
    if _ALL.intersection(meaningful):  # «всем сварщикам», "all welders": all of them is them
        tokens = [token for token in tokens if token not in _ALL]
        meaningful = [word for word in meaningful if word not in _ALL]
    status = _status(meaningful, status_names)
    if status:
        return Reading("status", status)
    language = language_asked(" ".join(meaningful))
    if language:
        return Reading("lang", language)
    trades = [token for token in tokens if token not in _REGISTERED] or tokens  # «тіркелген дәнекерлеушілерге»
    return trade_code(" ".join(trades))


# The words that say the workers are registered, which name no trade beside one: «тіркелген дәнекерлеушілерге»,
# «зарегистрированным сварщикам», "registered cooks".
_REGISTERED = on_russian_keys(frozenset(
    "зарегистрированным зарегистрированных зарегистрированные тіркелген тіркелгендер тіркелгендерге tirkelgen "
    "tirkelgenderge registered".split()
))


# Regions as office papers shorten them before «обл.»: «Манг. обл.», «Алм. обл.», «Кар. обл.»; too short
# to be read as the region's name alone, they are spelt out only beside the word for a region.
_OBLAST_SHORT = on_russian_keys({
    "манг": "мангистауская", "мангист": "мангистауская", "алм": "алматинская", "атыр": "атырауская",
    "кар": "карагандинская", "караг": "карагандинская", "турк": "туркестанская", "жамб": "жамбылская",
    "павл": "павлодарская", "акм": "акмолинская", "кзыл": "кызылординская", "костан": "костанайская",
    "маңғ": "мангистауская", "маңғыст": "мангистауская", "түрк": "туркестанская",
})
_OBLAST_SHORT_BEFORE = on_russian_keys(re.compile(r"\b(" + "|".join(_OBLAST_SHORT) + r")\.?\s*(?=обл)"))
# A town or region cut short on a phone, alone: «поварам шымк», «сварщикам атыр.», «актоб», «мангист»; only
# beginnings that begin no other place or word an officer would type.
_PLACE_SHORT = on_russian_keys({
    "шымк": "шымкент", "атыр": "атырау", "мангист": "мангистау", "манг": "мангистау", "актоб": "актобе",
    "караг": "караганда", "кызылорд": "кызылорда", "туркест": "туркестан", "костан": "костанай",
    "павлод": "павлодар", "жамб": "жамбыл", "петропавл": "петропавловск", "усть-кам": "усть-каменогорск",
    "shymk": "shymkent", "atyr": "atyrau", "mangist": "mangystau", "aktob": "aktobe", "karag": "karaganda",
    "маңғ": "мангистау", "маңғыст": "мангистау",
})
_PLACE_SHORT_ALONE = on_russian_keys(
    re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _PLACE_SHORT)) + r")\.?(?![\w-])")
)
# A trade shortened with a hyphen and its case ending, as in a hurried note: «свар-м», «свар-в», «пов-м».
_CUT_TRADE = re.compile(r"\b([^\W\d_]{3,})-[^\W\d_]{1,2}\b")


# Speakers of a language named by one word: «англоязычным», «казахоязычных», «каз-язычным»,
# «русскоговорящим» are the language's own name, then «язычн…» or «говорящ…».
_SPEAKING = re.compile(r"(?<=[^\W\d_]{3})(?:о|-)?(?:язычн|говорящ)[^\W\d_]*")
# ... with a letter of the language's name mistyped on a phone: «кажахоязычным», «ружскоязычным».
_SPEAKER_MISTYPED = re.compile(r"\b([^\W\d_]{4,5})(?=(?:о|-)?(?:язычн|говорящ))")
_SPEAKER_LANGUAGES = ("казах", "русск", "англо")


def _speakers_spelt(found: re.Match[str]) -> str:
    """The language's own name for one typed with a letter wrong before «-язычные»."""
    typed = found.group(1)
    near = [name for name in _SPEAKER_LANGUAGES if OSA.distance(typed, name[: len(typed)], score_cutoff=1) <= 1]
    return near[0][: len(typed)] if len(near) == 1 else typed


# The Kazakh office abbreviations of the oblasts named by their side of the country («ШҚО-дан»), as the
# Russian ones the region list knows.
_KAZAKH_SIDES = on_russian_keys(re.compile(
    r"\b(шқо|сқо|бқо|оқо)(?:[-\s]?(?:дан|ден|тан|тен|да|де|та|те|ға|ге|қа|ке|ның|нің|дағы|дегі|тағы|тегі)\b)?"
))
_RUSSIAN_SIDES = on_russian_keys({"шқо": "вко", "сқо": "ско", "бқо": "зко", "оқо": "юко"})


# A language cut short: «рус яз», «каз. яз.», «англ яз» are its speakers.
_LANGUAGE_SHORT = re.compile(r"\b(рус|каз|англ)\.?\s*яз\b\.?")
_LANGUAGE_NAMES = {"рус": "русском", "каз": "казахском", "англ": "английском"}
# «р-н», «р-на», «р-не» are a district («Бейнеуского р-на»); "w/" is "with" ("welders w/ visas").
_DISTRICT_SHORT = re.compile(r"\bр-(?:н|на|не|ну|ны)?\b\.?")
_WITH_SHORT = re.compile(r"\bw\s?/\s*")
# Those waiting for the employer's decision are under its review: «ждут решения работодателя», "waiting on the
# employer", «жұмыс берушінің шешімін күтіп жүр».
_EMPLOYER_DECIDING = on_russian_keys(re.compile(
    r"\bжд\w*\s+(?:ответа|решения)\s+(?:от\s+)?работодател\w*|\bwaiting\s+(?:on|for)\s+(?:the\s+)?employers?(?:'s?\s+(?:decision|answer|reply))?(?!\w)|"
    r"\bжұмыс\s+берушінің\s+шешімін\s+күт\w*(?:\s+(?:жүр|отыр)\w*)?|"
    # the decision named before or without the waiting: "waiting for the employer's decision", «ожидающим
    # решения работодателя», Kazakh in Latin letters «jumys berushinin sheshimin kutip jurgender»
    r"\b(?:решени\w*|ответ\w*)\s+(?:от\s+)?работодател\w*|\bemployer'?s?\s+(?:decision|answer|reply)\b|"
    r"\bjumys\s+berushinin\s+sheshimin\s+kut\w*(?:\s+(?:jur|otyr)\w*)?"
))
# Those already in Qatar are at work there: «кто уже в Катаре», «Қатарда жүргендерге», "already in Qatar"
# (the step of leaving is named by its own words: «улетел», «ұшып кетті», "departed").
_IN_QATAR = on_russian_keys(re.compile(
    r"\bуже\s+(?:в\s+)?катаре\b|\b(?:в\s+)?катаре\s+уже\b|\balready\s+(?:in\s+)?qatar\b|"
    r"\b(?:in\s+)?qatar\s+already\b|"
    r"\b(?:қатарда|qatarda|katarda)\s+(?:жүрген|jurgen|zhurgen)\w*"
))

# Those gone to Qatar have left for it: Kazakh «Қатарға кеткендерге», «Qatarga ketip qalgandarga» (going alone,
# «жұмыстан кеткендер», is no step).
_GONE_TO_QATAR = on_russian_keys(re.compile(
    r"\b(?:қатарға|qatarga|katarga)\s+(?:кет|ket)\w*(?:\s+(?:қал|qal|kal)\w*)?"
))


# A regional office's shorthand for trades, regions and steps: «ЭГС» an electric and gas welder, «м/к» of metal
# structures (the slash joins no trades), «т/п» of pipelines, «квал.» the qualification, «рассм. у раб-ля»
# the employer's review, and the English office letters of the oblasts by their side ("WKO", "NKO", "EKO").
_OFFICE_SHORTHAND = (
    (re.compile(r"\bэгс\b"), "электрогазосварщикам"),
    (re.compile(r"\bм\s?/\s?к\b"), "металлоконструкций"),
    (re.compile(r"\bт\s?/\s?п\b"), "трубопроводов"),
    (re.compile(r"\bквал\b\.?"), "квалификации"),
    (re.compile(r"\bрассм\b\.?"), "рассмотрении"),
    (re.compile(r"\bраб-?(?:ля|лю|лем|ль)\b\.?"), "работодателя"),
    (re.compile(r"\bwko\b"), "зко"),
    (re.compile(r"\bnko\b"), "ско"),
    (re.compile(r"\b(?:eko|vko)\b"), "вко"),
    (re.compile(r"\btechs?\b"), "technicians"),  # "HVAC techs"
)


def _abbreviations_spelt_out(text: str) -> str:
    """`text` with an oblast's office abbreviation spelt out, a hyphen's case ending dropped, and «-язычные»
    left to the language's name."""
    for short, spelt in _OFFICE_SHORTHAND:
        text = short.sub(spelt, text)
    text = _IN_QATAR.sub(" employed ", _WITH_SHORT.sub("with ", _DISTRICT_SHORT.sub("район", text)))
    text = _GONE_TO_QATAR.sub(" departed ", text)
    text = _EMPLOYER_DECIDING.sub(" review ", text)
    text = _LANGUAGE_SHORT.sub(lambda match: _LANGUAGE_NAMES[match.group(1)], text)
    text = _SPEAKER_MISTYPED.sub(_speakers_spelt, text)
    text = _KAZAKH_SIDES.sub(lambda match: _RUSSIAN_SIDES[match.group(1)], _SPEAKING.sub("", text))
    text = _OBLAST_SHORT_BEFORE.sub(lambda match: _OBLAST_SHORT[match.group(1)] + " ", text)
    text = _PLACE_SHORT_ALONE.sub(lambda match: _PLACE_SHORT[match.group(1)], text)
    return _CUT_TRADE.sub(r"\1", text)


def _regions_apart(words: list[str]) -> tuple[list[str], list[str]]:
    """Every region the words name, each once and in their order («Атырау и Мангистау», «Актобе, Уральск»),
    and the other words without those that only frame a region or join two («и» between two regions, not
    the one between two trades in «сварщикам и плиточникам Атырау и Мангистау»)."""
    places: list[str] = []
    kept: list[str] = []
    after_region: int | None = None  # how many words were kept when the last region was read
    position = 0
    while position < len(words):
        found = _region_here(words, position)
        if found is None:
            kept.append(words[position])
            position += 1
            continue
        place, width = found
        if after_region is not None and all(w in _JOINERS or _is_place_word(w) for w in kept[after_region:]):
            del kept[after_region:]  # what stood between two regions joined them
        places += [] if place in places else [place]
        position += width
        after_region = len(kept)
    return places, [word for word in kept if not _is_place_word(word)] if places else kept


def _region_here(words: list[str], position: int) -> tuple[str, int] | None:
    """The region named at `position` and how many words name it: one word (with the word for a region
    after it, since «Алматы облысы» is the region and «Алматы» the city), or two words together
    («Нур-Султан», "Nur Sultan")."""
    word = words[position]
    if word.casefold() in _NOT_A_PLACE:
        return None  # «келесі хабарламада»: "in the next message", no place
    following = words[position + 1] if position + 1 < len(words) else ""
    named = f"{word} {following}" if _is_place_word(following) else word
    place, width = _region_of(named) or _region_of(word), 1
    if not place and following and not _region_of(following):
        place, width = _region_of(f"{word} {following}"), 2  # a name of two words, neither one alone
    return (place, width) if place else None


def _names_a_region_word(word: str) -> bool:
    """A word for a region or a district («облысының», «области», «ауданы», "region"), which only frames the
    region's name beside it; not the short «в», «из», "in"."""
    return len(word) > 3 and _is_place_word(word)


def _is_place_word(word: str) -> bool:
    """A word that only frames a region, in any of its forms («облысына», «облыстағы», «областям»)."""
    return word in _PLACE_WORDS or word.startswith(("облыс", "облыст", "област", "oblys", "oblast"))


# Everyday words that are also the name of a district or town: Kazakh's «келесі» ("next": «келесі хатта», in the
# next message) is Keles district only when written as its name, «Келес».
_NOT_A_PLACE = on_russian_keys(frozenset("келесі келесіде келесіге kelesi kelesinde".split()))


def _region_of(text: str) -> str:
    if _NOT_A_PLACE.intersection(text.casefold().split()):
        return ""  # «мәтінін келесі»: no two-word name either
    try:
        return region_named(text)
    except InvalidInput:
        return ""


def _step_apart(tokens: list[str]) -> tuple[str, list[str]]:
    """A step named in the officers' words beside something else («сварщикам с визой», «на казахском,
    получившим визу»), and the other words without those that only say what happened with it. A step
    named alone is left in place, to be read by its name as well («виза выдана»)."""
    step = _status_in_words([word for word in tokens if _step_named(word)])
    if not step:
        return "", tokens
    rest = [word for word in tokens if not _step_named(word) and not _said_of_step(word) and word not in _AROUND]
    return (step, rest) if [word for word in rest if word not in _JOINERS] else ("", tokens)


def trade_code(text: str) -> Reading:
    """An ISCO-08 group by its code (1 to 4 digits), or the trade a text names: the sure one, or the
    likely ones to choose from; or several trades named together, each surely (7212 and 7411 for
    «сварщикам и электрикам»), as one audience of their codes separated by spaces."""
    text = _HYPHENED_PAIR.sub(_two_trades_apart, text)
    several = _several_trades(text)
    return several if several is not None else _one_trade(text)


# Two trades of one worker written with a hyphen, as job titles pair them: «маляры-штукатуры», «плиточник-
# облицовщик» when the pair is no trade of its own (but «слесарь-ремонтник» is one).
_HYPHENED_PAIR = re.compile(r"(?<![\w-])([^\W\d_]{4,})-([^\W\d_]{4,})(?![\w-])")


def _two_trades_apart(found: re.Match[str]) -> str:
    """The pair joined by «и» when each half is surely a trade and the whole is not."""
    if _one_trade(found.group(0)).understood:
        return found.group(0)
    halves = [_one_trade(half) for half in found.groups()]
    return f"{found.group(1)} и {found.group(2)}" if all(half.understood for half in halves) else found.group(0)


def _one_trade(text: str) -> Reading:
    text = text.strip()
    if _ISCO_CODE.fullmatch(text):
        return Reading("isco", text) if matching.occupation_title(text) else NOTHING
    suggestions = [s for s in matching.suggest_occupations(text, limit=MAX_OFFERED) if s.score > 0]
    if not suggestions:
        return NOTHING
    best = suggestions[0]
    if best.score < LIKELY_TRADE:
        return NOTHING
    close = [s.code for s in suggestions if s.score >= CLOSE_TO_BEST * best.score]
    rivals = [s for s in suggestions[1:] if s.score >= RIVAL * best.score]
    if best.score >= SURE_TRADE and not rivals:
        return Reading("isco", best.code, trade_score=best.score)
    meant = _OFFICERS_MEAN.get(best.code)
    if best.score >= SURE_TRADE and meant and {best.code, *(s.code for s in rivals)} == set(_FAMILY_TIED[meant]):
        return Reading("isco", meant, trade_score=best.score)  # «электрикам», «горничным»: the trade hired as such
    group = _shared_group([best.code, *(s.code for s in rivals)])
    return Reading(trades=(group, *close) if group else tuple(close), trade_score=best.score)


# Two trades that a word names alike, of which officers sending to the Gulf's vacancies mean one:
# «электрики», "electricians" are the building electricians (7411) the sites hire, not the electrical
# mechanics (7412), who are named as such («электромеханик», «электромонтёр»); «горничные» are the hotels'
# room attendants (9112), not the domestic helpers (9111), who are «домработницы», "housemaids"; «медсёстры»,
# "nurses" are the nurses with a college diploma (3221) the clinics recruit from Kazakhstan, not the nursing
# professionals of a degree (2221), whom no officer names apart. Only an exact tie between the two is settled
# so; the worker's own search still offers both.
_FAMILY_TIED = {"7411": ("7411", "7412"), "9112": ("9111", "9112"), "3221": ("2221", "3221")}
_OFFICERS_MEAN = {code: meant for meant, tied in _FAMILY_TIED.items() for code in tied}


def _several_trades(text: str) -> Reading | None:
    """The trades a text names between its joiners, or None when it has no joiner or one of its pieces
    names no trade at all (then the joiner belongs to one title: «монтажник систем отопления и
    вентиляции»). When a piece only may be a trade («водители»: car or truck?), the whole text's likely
    trades are offered, or nothing when it would surely be one trade: no trade named is dropped unseen."""
    pieces: list[list[str]] = [[]]
    for token in _TOKENS.findall(text.casefold()):
        if token in _JOINERS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return None
    readings = _settled_by_the_others([_surely(_one_trade(" ".join(piece))) for piece in pieces])
    if any(not reading.understood and reading.trade_score < LIKELY_TRADE for reading in readings):
        return None
    if not all(reading.understood for reading in readings):
        whole = _one_trade(text)  # offered to choose from, unless it would take one trade for all
        return whole if not whole.understood else Reading(trade_score=whole.trade_score)
    codes = _widest_first({reading.value for reading in readings})
    return Reading("isco", " ".join(codes), trade_score=min(reading.trade_score or 100.0 for reading in readings))


def _settled_by_the_others(readings: list[Reading]) -> list[Reading]:
    """Trades named together, where one that may be two trades is one another names surely: «стропальщики и
    такелажники» (a rigger, or a ship's?) are the riggers the first names, "concrete workers, rebar fixers …"
    (concrete or steel?) the concrete workers. Only a word torn between two trades is settled so ("fitters",
    who may be of four, stay a choice), and one that offers none of the others stays a choice too."""
    sure = {reading.value for reading in readings if reading.understood}
    settled = []
    for reading in readings:
        units = [code for code in reading.trades if len(code) == 4]
        shared = [code for code in units if code in sure] if not reading.understood and len(units) == 2 else []
        settled.append(replace(reading, kind="isco", value=shared[0]) if len(shared) == 1 else reading)
    return settled


def _surely(reading: Reading) -> Reading:
    """A trade named surely but shared by a close family («электрики»: building electricians and
    electrical mechanics) is that family's group of three digits, among several trades; a wider group
    («водители», 83, holds crane operators and ships' crews too) stays a choice to make alone."""
    family = reading.trades[0] if reading.trades else ""
    if not reading.understood and reading.trade_score >= SURE_TRADE and len(family) == 3:
        return replace(reading, kind="isco", value=family)
    return reading


def _widest_first(codes: set[str]) -> list[str]:
    """The codes without those a shorter one already holds (8332 within 83), in order."""
    kept: list[str] = []
    for code in sorted(codes, key=lambda code: (len(code), code)):
        if not any(code.startswith(wider) for wider in kept):
            kept.append(code)
    return sorted(kept)


def _shared_group(codes: list[str]) -> str | None:
    """The narrowest group (2 or 3 digits) that holds every one of several codes."""
    if len(codes) < 2:
        return None
    for length in (3, 2):
        if len({code[:length] for code in codes}) == 1:
            return codes[0][:length]
    return None


def _status(words: list[str], status_names: Mapping[str, str]) -> str | None:
    """A step by its name, or by a word or two inflected from a one-word name («на собеседовании»,
    «вылетевших»), when they all point to the same step; or in the words officers use for it, with the
    verbs around them («получили визу», «с отказом», "got their visa")."""
    if not words:
        return None
    exact = status_names.get(status_key(" ".join(words)))
    if exact or len([word for word in words if word not in _STEP_VERBS]) > 4:
        return exact
    if len(words) <= 2:
        codes = {_status_by_stem(word, status_names) for word in words if word not in _PLACE_WORDS}
        if len(codes) == 1 and None not in codes:
            return codes.pop()
    return _status_in_words(words)


def _status_in_words(words: list[str]) -> str | None:
    """The one step the officers' words name, the other words only saying what happened with it."""
    step_of = {word: _step_named(word) for word in words}
    steps = {code for code in step_of.values() if code}
    others = [word for word, code in step_of.items() if not code]
    if "terminated_early" in steps:  # «договор расторгнут»: the contract is named by both
        steps.discard("contract_signed")
    if len(steps) != 1 or not all(_said_of_step(word) or word in _PLACE_WORDS for word in others):
        return None
    return steps.pop()


def _status_by_stem(word: str, status_names: Mapping[str, str]) -> str | None:
    """The step a one-word name of which `word` is a form: they share all but the last three letters of
    the shorter one, and at least four («собеседовании», «вылетевших»), and the word is at most three
    letters longer."""
    if len(word) < 5:
        return None
    codes = {
        code for key, code in status_names.items()
        if " " not in key and key not in _ANY_APPLICATION
        and len(word) <= len(key) + 3  # «визажист» is no form of «виза»
        and len(commonprefix([key, word])) >= max(4, min(len(key), len(word)) - 3)
    }
    return codes.pop() if len(codes) == 1 else None


# The words officers use for a step besides its name, by how they begin («визу», «визой», «визасы»,
# «отказано», «отклонённых», «вылетели», «работают»). Each begins only that step's words; «трудоустроен»
# is left out, since it could be the offer, the contract or work begun.
_STEP_WORDS: dict[str, tuple[str, ...]] = on_russian_keys({
    "qualification_check": ("квалификац", "квалиф", "біліктілі", "biliktili", "qualification"),
    "interview": ("собеседов", "собес", "интервью", "сұхбат", "suhbat", "sukhbat", "suqbat", "interview"),
    "offer": ("оффер", "офер", "ұсыныс", "usynys", "offer"),  # «с офером»: one f, as often typed
    "contract_signed": (
        "договор", "контракт", "шарт", "келісімшарт", "kelisimshart", "shart", "contract", "signed", "подписавш",
    ),
    "visa_issued": ("виза", "визу", "визы", "визой", "визе", "визам", "виз", "visa", "viza"),
    "departed": (
        "вылет", "выеха", "уеха", "улет", "ұшып", "ұшқан", "ұшты", "ushyp", "ushqan", "ushty", "depart", "flew",
        "ушып", "ушкан", "ушты",  # Kazakh typed on a Russian keyboard: «ушып кеткендер»
        "deployed", "flown",  # "how many have flown out"
    ),
    "rejected": ("отказ", "отклон", "тартыл", "tartyl", "reject", "refus", "declin", "rejet"),  # «бас тартылды»
    "withdrawn": ("отозва", "отзыв", "қайтарып", "qaitaryp", "qaytaryp", "withdr"),  # «кері қайтарып алған»
    "terminated_early": ("расторг", "прекращ", "terminat"),
    "employed": (  # not «работник»: every worker
        "работают", "работающ", "работает", "істеп", "istep", "employed", "орналас", "ornalas",  # «жұмысқа орналасты»
    ),
    # the employer still deciding: «на рассмотрении у работодателя», «жұмыс берушінің қарауында», "under review"
    "employer_review": ("рассмотрен", "рассматрива", "қарауында", "qarauynda", "review"),
})
def step_of(word: str) -> str | None:
    """The step a single word names by itself («визу», «вылетевших», "departed"); None for the words that
    only say what happened with one («получили», «с»)."""
    return _step_named(word.casefold())


def names_a_step(word: str) -> bool:
    """Whether a word names a step or says what happened with one («виза», «готова», «отказ», "rejected"):
    an officer noting a step beside an application's number («заявка 1021 — виза готова»)."""
    word = word.casefold()
    return bool(_step_named(word)) or word in _STEP_VERBS or word.startswith(_STEP_ENDINGS)


# The Kazakh and English words for a step reached, beside an application: «визасы дайын», «бас
# тартылды», "visa ready", «вылетел», «трудоустроен».
_STEP_ENDINGS = ("визасы", "vizasy", "ready", "вылетел", "трудоустро", "тартылды", "tartyldy")


def _step_named(word: str) -> str | None:
    if word.startswith(_NOT_STEP_WORDS):
        return None
    if word.startswith(_REFUSED_THEMSELVES):
        return "withdrawn"
    return next((code for code, stems in _STEP_WORDS.items() if word.startswith(stems)), None)


# Those who refused («отказались», «отказавшиеся») withdrew; those refused («отказали», «отказано») were rejected.
_REFUSED_THEMSELVES = ("отказались", "отказался", "отказалась", "отказавш")
_NOT_STEP_WORDS = (  # trades, places and skills, not steps
    "визаж", "визит", "vizazh", "contractor", "departm", "interviewer", "интервьюер", "квалифицир",
)
# What is said of a step besides its name: «получили визу», «с подписанным договором», «у кого отказ»,
# «визасы барлар», "got their visa", "who signed the contract".
_STEP_VERBS = on_russian_keys(frozenset(
    "получили получил получила получивших получившим получившие получен получена получено получены уже "
    "подписали подписал подписала подписан подписанный подписанным подписавших подписавшим подписавшие "
    "прошли прошедших прошедшим проходят проходящих проходящим ждут ждущих ждущим с со у кого кто которые "
    "которым есть был была были выдана выдано выданы выданной получать ответ ответом "
    "алды алған алғандар алғандарға барлар барларға бар қол қойды қойған қойғандар өтті өткен өткендер жатқан "
    "жатыр бас шақырылған шақырылғандар шақырылғандарға algan algandar algandarga barlar barlarga "
    "приглашённым приглашенным приглашённые приглашенные отозвал отозвали заявку заявки заявка заявок заяв invited "
    "кому выдали дали кеткен кеткендер кеткендерге кетті қойғандарға өтінімін өтінімдерін кері алғандарға "
    "алды aldy algan ketken ketkender ketkenderge ketti qoigandarga shaqyrylgan shaqyrylgandarga "
    "applications application "
    "got received have has having had with their a the signed passed passing who whose issued given "
    "an at on in for waiting were was been is are тем тех those already в во катар катаре qatar "
    "қатар қатарда қатарға qatarga qatarda "
    # a step ready or reached, and the candidates at it: «у кого виза уже готова», «тем кого пригласили»,
    # «визасы дайын болғандарға», "candidates shortlisted for interview", "those who flew to Doha"
    "готова готов готовы пригласили пригласил пригласят кого этапе стадии дайын болған болғандар "
    "болғандарға daiyn bolgan bolgandar bolgandarga shortlisted stage doha дохе доху дохи "
    "кандидатам кандидатов кандидаты үміткерлерге үміткерлер candidates candidate bas to "
    # the step's stage and who holds it: «сұхбат кезеңіндегі», «у работодателя», «визасы берілгендерге»,
    # «Қатарда жұмыс істеп жүргендерге», "under employer review"
    "кезеңіндегі кезеңіндегілерге кезеңінде kezenindegi kezenindegilerge kezeninde работодателя "
    "работодателем жұмыс берушінің берушінің jumys berushinin employer employer's under берілген "
    "берілгендер берілгендерге берілгендердің berilgen berilgender berilgenderge жүргендер жүргендерге "
    "жүрген jurgen jurgender jurgenderge на ждёт ждет "
    # who withdrew of their own accord: «сами отказались от участия в отборе»
    "сами от участия участие отборе отбора "
    # checked still: «на проверке квалификации», «біліктілігі тексеріліп жатқандарға», "under … check";
    # "visa holders"
    "проверке проверка проверку тексеріліп жатқандарға жатқандар tekserilip jatqandarga check holders "
    "holder сейчас қазір qazir currently now "
    # the Kazakh forms of those at a step or who did it: «визасы барлардың», «келісімшарт жасағандарға»,
    # «біліктілігі тексерілетіндерге», «тексерісіндегілерге»; "the rejected ones"
    "барлардың barlardyn жасағандарға жасағандар жасаған jasagandarga jasagan тексерілетіндерге "
    "тексерілетіндер тексерісіндегілерге тексерісіндегілер tekseriletinderge tekserisindegilerge ones "
    "тексерісінде tekserisinde тексерісі tekserisi алып alyp "
    # a step named as the bot shows it: «стадия — виза получена», «на этапе проверки квалификации»,
    # «"Келісімшартқа қол қойылды" мәртебесіндегілерге», "at the interview step"
    "стадия этап проверки step мәртебесіндегілерге мәртебесіндегі мәртебесінде мәртебесі martebesindegilerge "
    "martebesindegi martebesinde қойылды qoiyldy "
    "берілді берилди berildi qol qoidy qoigan qoigandar жұмысқа jumysqa stamped stamping "
    # who stand at a step or wait for it, as office letters and hurried phones say it: «находящимся на этапе
    # собеседования», «ожидающим собеседования», «сұхбат күтіп жүргендерге», "those waiting for an interview"
    "находящимся находящихся находящиеся находится ожидающим ожидающих ожидающие ожидают күтіп күтетін "
    "kutip kutetin awaiting wating out "
    # those who hold one, in Kazakh's possessive or typed without its letters: «визасы барларына», «барларга»,
    # "applicants holding a visa"
    "барларына барларга barlaryna holding кетти кеткен jatqandar jatqan "  # "flew out"
    # the Kazakh of those who went or are ready, as the whole of them: «ұшып кеткендердің бәріне», «кетіп
    # қалғандарға», «визасы дайындарға»
    "кеткендердің кеткендердин ketkenderdin кетіп кетип ketip қалған қалғандар қалғандарға қалгандарга qalgan "
    "qalgandar qalgandarga kalgandarga дайындар дайындарға дайындарга daiyndar daiyndarga".split()
))
@lru_cache(maxsize=4096)
def _said_of_step(word: str) -> bool:
    """A word that only says what happened with a step, or one typed a letter off from such a word in a hurry
    ("hav an offer", "wiht a visa", "visas isued"): the slip must begin as the word does and the word be of four
    letters or more, so that a trade of a few letters is not taken for one and dropped."""
    if word in _STEP_VERBS:
        return True
    return len(word) >= 3 and any(
        len(verb) >= 4 and verb[0] == word[0] and OSA.distance(word, verb, score_cutoff=1) <= 1 for verb in _STEP_VERBS
    )


# The first words of "application sent" that also name any application: «сколько заявок» counts them all.
_ANY_APPLICATION = on_russian_keys(frozenset("заявка өтінім application".split()))


# Where an announcement typed after /broadcast may end and its audience begin: «/broadcast медосмотр перенесли
# на 3 декабря — поварам Актобе», «… паспорт и 2 фото! всем», "… tomorrow at 10, welders Atyrau".
_TEXT_THEN_AUDIENCE = re.compile(r"\s*[—–]\s*|\s+-\s+|[,.!?:;]\s+")
_NOT_AN_AUDIENCE_START = re.compile(r"^(?:\d|[^\w«\"])")  # «3 декабря поварам»: a date's number is no trade's code


def command_parts(args: str, status_names: Mapping[str, str]) -> tuple[str, str]:
    """The audience and the announcement typed after /broadcast, when the text comes first and its audience
    last («/broadcast собрание в пятницу в 15:00 всем с оффером», "/broadcast documents until 30 Nov for plumbers
    in Pavlodar"); the whole as the audience and no text when it reads as one, names a vacancy or has no
    audience at its end (the audience is then asked for, as it always was)."""
    args = (args or "").strip()
    if _VACANCY_NUMBER.search(args) or read_audience(args, status_names).understood:
        return args, ""
    for found in reversed(list(_TEXT_THEN_AUDIENCE.finditer(args))):
        head, tail = args[: found.start()].strip(), args[found.end():].strip()
        if head and tail and _audience_alone(tail, status_names):
            return tail, head
    words = args.split()
    for size in range(min(MAX_AUDIENCE_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        if _audience_alone(tail, status_names):
            return tail, " ".join(words[:-size]).rstrip(" ,—–-:")
    return args, ""


def _audience_alone(text: str, status_names: Mapping[str, str]) -> bool:
    """Whether `text` is an audience and nothing else: not beginning with a number or a mark."""
    if _NOT_AN_AUDIENCE_START.match(text) or len(text.split()) > MAX_AUDIENCE_WORDS:
        return False
    return read_audience(text, status_names).understood
