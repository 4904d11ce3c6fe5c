"""A registered worker asking in words to change one field of the profile: «поменяй регион на Алматы»,
«мой новый номер 87011234567», «измени зарплату на 3000», «добавь профессию электрик», "change my region
to Almaty", «аймағымды Алматыға ауыстырыңыз».

Reading such a message is kept apart from the bot so that it can be tested on its own. A change is read
only when the message plainly asks for one (a word that changes, adds, corrects or says "new"), names
exactly one field, asks no "how" («как поменять номер?» wants the way, not a change), tells of nobody else
(«у жены новый номер»), supposes nothing («если я перееду…»), and its new value passes the same check as
the wizard's answer; anything less is left to the answers the bot gave before, since a worker asked to
confirm a change they never meant would lose trust in the bot.

Words are compared folded (`matching.text.fold`), so Kazakh in Cyrillic or Latin letters and Russian
transliterated meet the same stems; a word that asks for the change or names the field is also known with
one letter wrong («паминяйте», "chnage my regoin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from rapidfuzz.distance import OSA

import matching
from bot import validation
from bot.number_words import spelled_numbers
from bot.validation.answer import SAID_AGAIN_OR_NO, as_typed
from matching.small_talk import asks_a_sum
from matching.text import fold, plain_latin

Field = Literal["name", "phone", "region", "salary", "languages", "occupation", "years", "qualifications"]
MAX_WORDS = 20  # a longer message is a story, not a request to change one field (greetings and thanks aside)


def _folded(words: str) -> tuple[str, ...]:
    """Words as they are written here, folded as a message's words are."""
    return tuple(_fold(word) for word in words.split())


def _fold(word: str) -> str:
    return fold(plain_latin(word.lower()).replace("ё", "е"))


# An old value asked back («верните Алматы»; «верните английский, зря удалил»: the language put back, not removed).
_ASKED_BACK = _folded("verni vernut")
# Words that ask for a change (the beginnings of their folded forms): «поменяй», «измени», «исправь»,
# «ауыстырыңыз», «өзгертіңіз», "change", "update"; a salary raised or lowered («поднимите», «снизьте»,
# «көтеріңіз», «түсіріңіз», "raise", "lower"); and "new" («мой новый номер», «жаңа нөмірім»).
_CHANGE = _folded("pomen izmen smen zamen isprav poprav obnov postav stavt ukaj ukaz zapish napish perepish ustanov auisti ozger "
                  "janart janard tuzet svap almastir sdelai vnes write pastav "  # «паставьте»: the vowel as heard
                  "change updat replac correct switch sniz snij povis podnia podnim uvelich umensh raise lower "
                  "increas reduc koter tusir revert") + _ASKED_BACK  # «верните Алматы», "revert my salary to 2200"
_NEW = frozenset(_folded("novi novii novaia novoe new jana jani жаңасы"))
_CHANGE_WORDS = frozenset(_folded("set fix edit put novi novii novaia novoe new jana jani жаңасы қойыңыз "
                                  "қойыңызшы жазыңыз жазыңызшы етуге етіңіз етіңізші қылыңыз қылыңызшы qylynyz "
                                  "болсын bolsyn"))  # «жалақы 900 доллар болсын»: let it be
# Words that correct a mistake made at registration: «я ошибся», «неправильно», «қателесіппін», "wrong";
# the value follows the last of the words that give the right one («правильно …», «надо …», "should be").
_CORRECTION = _folded("ошиб mistak wrong misspel қателес опечат typo")
_CORRECTION_WORDS = frozenset(_folded("неправильно неправильный неправильная неправильное қате"))
_RIGHT_VALUE = frozenset(_folded("правильно правильный правильная правильное надо нужно должно должна должен дұрысы "
                                  "should right its"))
# Words that add: a trade or a language joins those held («добавь», «қосыңыз», "add").
_ADD = _folded("dobav dabav vpish dopish")  # «впишите вторую профессию»: written in beside those held; «дабавьте»
_ADD_WORDS = frozenset(_folded("add kos kosu kosiniz kosingiz kosip kosin kosindar kosamin kosaiin қосыңызшы "
                               "қосып"))
# Words that take a trade off: «убери водителя», «алып тастаңыз», "remove cook from my profile".
_REMOVE = _folded("убери уберите убрать удал сотри сотрите стереть стерите remov delet таста өшір жой clear очист")
# "How", "where", "what": a question about the way, or no request at all; «емес» left after a correction
# is read («Атырау емес, Ақтөбе») is a value denied with none given.
_NOT_A_REQUEST = frozenset(_folded("kak kakim gde kuda how where kalai kaitip kaida nelzia what pochemu why "
                                   "nege emes"))
# A change supposed, not asked: «если я перееду…», «может скоро поменяю», "I will probably move".
_SUPPOSED = frozenset(_folded("если егер егерде if maybe perhaps probably может наверное наверно мүмкін"))
_WOULD = re.compile(r"(?<!\w)бы(?!\w)(?!\s+(?:хотел|хотела|хотелось|хотели))", re.IGNORECASE)  # «переехал бы в Астану»
# A no before the word that changes («не меняй», "don't change", «өзгертпеңіз»).
_NO = frozenset(_folded("не not dont don never"))
_NO_ENDINGS = ("ma", "me", "ba", "be", "pa", "pe")
_NO_NEED = frozenset(_folded("надо нужно стоит хочу буду ever need want t"))  # "don't": "don", "t"
_KAZAKH_VERBS = _folded("ауыстыр өзгерт түзет қос өшір жой көш")
# A question: a question mark, «ли», or a Kazakh particle («бола ма», «керек пе»), unless it asks politely
# for the change («можете поменять…?», "can you change…?", «ауыстырып бере аласыз ба?»).
_PARTICLES = frozenset({"ли", "ма", "ме", "ба", "бе", "па", "пе", "ma", "ba", "pa", "pe"})
_POLITE = frozenset(_folded("можете можешь сможете могли аласыз аласыздар"))
_CAN, _YOU = frozenset(_folded("can could would will")), frozenset(_folded("you u"))
# «можно поменять номер на …?», «облысымды Ақтөбеге ауыстыруға бола ма?»: asking leave to change is asking
# for the change (with no value given, nothing is read anyway). Not «как…» (the way) nor «керек пе» (is it needed).
_MAY = frozenset(_folded("можно mojno"))
_MAKE = _fold("сделать")  # «можно зарплату сделать 2200?»: a change asked leave for (not «что надо сделать»)
_MAY_KAZAKH = re.compile(r"\w+(?:уға|уге|уга|ўға|uga|uge|ýga|ýge)\s+(?:бола|bola)\s+(?:ма|ма\?|ma)(?!\w)", re.IGNORECASE)
_GREETING = re.compile(r"с[әа]леметс[іи]з\s+бе|salemetsiz\s+be", re.IGNORECASE)  # «бе» of a greeting asks nothing
# Someone else's data: «у жены новый номер», "my brother moved to Aktau", «әйелімнің жаңа нөмірі». Only
# the forms that own or do («брат», «брата»), not those the worker goes to («переехал к брату»).
_SOMEONE_ELSE = frozenset(_folded(
    "брат брата сестра сестры жена жены муж мужа сын сына дочь дочка дочки дочери друг друга подруга подруги "
    "мама мамы мамин папа папы папин отец отца мать матери сосед соседа знакомый знакомого "
    "brother sister wife husband son daughter friend mother father mom mum dad cousin neighbour neighbor he she "
    "his her him әйелім әйелімнің ағам ағамның бауырым бауырымның інім інімнің қарындасым қарындасымның әпкем "
    "әпкемнің досым досымның ұлым ұлымның қызым қызымның күйеуім күйеуімнің анам анамның әкем әкемнің "
    "компания компании фирма офис завод работодатель company office employer firm"  # «офис переехал в Астану»
))

# Someone the worker moved or lives with («с женой», "with my sister", «отбасыммен»): the worker's own news.
_WITH_SOMEONE = re.compile(
    r"(?<!\w)(?:with\s+(?:my\s+|the\s+)?(?:wife|husband|family|sister|brother|parents|kids|children|son|daughter|"
    r"mother|father|mom|mum|dad)|(?:вместе\s+)?с\s+(?:женой|мужем|семь[её]й|детьми|родителями|братом|сестрой|мамой|"
    r"папой|сыном|дочерью|дочкой)|(?:әйелім|күйеуім|отбасым|балаларым|анам|әкем|інім|әпкем|ағам)мен|"
    r"(?:otbasym|aielim|kuieuim|balalarym)men)(?!\w)", re.IGNORECASE)

# Whom the worker lives or moved in with («живу в Кызылорде у брата», «переехал к сестре в Шымкент»): the worker's
# own move; not a relative's news («у брата новый номер»), which no verb of living comes before.
_STAYING_WITH = re.compile(
    r"((?:живу|живём|живем|живет|проживаю|переехал\w*|перебрал\w*|тұрамын|тұрамыз)\b[^,.;!?]*?)\s+"
    r"(?:у|к)\s+(?:мужа|мужу|жены|жене|брата|сестры|сестре|брату|р[оа]дителей|р[оа]дителям|тёщи|тещи|тёще|теще|свекрови|мамы|маме|папы|папе|"
    r"сына|сыну|дочери|дочке|родственников|родственникам|друга|другу)(?!\w)", re.IGNORECASE)

# What the worker does or who is there, told after a move («переехали в Экибастуз, муж там работает», «живу в
# Атырау, устроился там на завод», "moved to Aktau, my wife works there"): why the worker moved, not news of anyone.
_WHY_THERE = re.compile(r"\s*[,;]\s*[^,.;!?]*(?<![^\W\d_])(?:там|туда|there|онда|сонда|sonda|onda)(?![^\W\d_])"
                        r"[^,.;!?]*[.!]*\s*$", re.IGNORECASE)


# Why the worker moved, told after the move as a clause of its own ("…, moved for my wife's work", «…, из-за работы
# мужа», «…, күйеуімнің жұмысына байланысты»): the reason, whoever it names.
_WHY_MOVED = re.compile(r"\s*[,;]\s*[^,.;!?]*(?<![^\W\d_])(?:for|because\s+of|из-за|ради|үшін|байланысты)(?![^\W\d_])"
                        r"[^,.;!?]*[.!]*\s*$", re.IGNORECASE)


def _without_why_there(text: str) -> str:
    """The message without a last clause telling why the worker moved there, when a move or a home comes first."""
    found = _WHY_THERE.search(text) or _WHY_MOVED.search(text)
    if found is None:
        return text
    before = _words(text[:found.start()])
    if any(_like(word, _MOVED) for word in before) or not _LIVES.isdisjoint(before) or _I_AM_IN.search(
            text[:found.start()]):  # «мы теперь в Жезказгане, муж там на руднике»
        return text[:found.start()]
    return text


# Each field by the beginnings of its folded names. A surname alone («фамилия») is not the whole name the
# profile keeps, and «язык» alone is as often the bot's language (/language): neither is read, unless a
# language is added («ағылшын тілін қосыңыз»: a bot speaks one language, so none is added to it).
_FIELDS: dict[Field, tuple[str, ...]] = {
    "name": _folded("imia imen fio name esim atimdi atim jonim аты zovut otchestv patronym латиниц кириллиц "
                    "латынша atimda атымда есімімде"),
    "phone": _folded("nomer nomir telefon phone number tel tlf mobil sotov"),
    "region": _folded("region oblast aimak aimag onir oblis gorod city kalam kalan kalasin kaladan location adres "
                      "address mekenjai "
                      "lokats jitel turgilikti"),
    "salary": _folded("zarplat oklad salar salry saler wage jalak zhalak zp minimalk ailik ailig pay"),
    "languages": _folded("iaziki iazikov iazikam iazikah languages tilder"),
    "occupation": _folded("profes spetsialnost mamandik mamandig kasip kasib trade occupation"),
}
_WHOLE_WORDS = frozenset(_folded("fio zp tel tlf name atim pay аты"))  # short names that begin other words
_SURNAME = _folded("famil surname")
_SURNAME_WORDS = frozenset(_folded("tegi tegim tegimdi tegin tegindi"))  # not «тегін», free, a stem
_LANGUAGE_ALONE = _folded("iazik language til")
_PROFILE = _folded("profil anket")

# Words around the field and its value that are neither: «мой», «на», «пожалуйста», «деп», "my", "to".
_FILLERS = frozenset(_folded(
    "moi moia moe moiu mne menia na v vo s so ia u iz pojaluista pliz davai davaite hochu nujno nado mojno "
    "mojete bot please my me to in into the a an as for i want would like could can you is on from of "
    "menin meni мен maga маған dep otinemin kerek ещё еще и что тағы бір де да also another it that its this full полное "
    "толық be one m s pls plz это етіп жазып знаю білемін speak spoken немного аздап уже теперь now енді мына "
    "im тоже too second второй вторую вторая екінші моего моей моих моем mine соны его могу умею бар "
    "болып bolyp болуды boludy"
))
_TO = frozenset(_folded("na to into on do"))
# Words that say the worker moved («я переехал в Актау», «Алматыға көшіп келдім», "I moved to Almaty"), or
# lives somewhere now («теперь живу в Уральске», «мен енді Шымкентте тұрамын», "I live in Taraz now"): the
# region they name is the new one; named two, the one after «в» or "to" («из Актау в Алматы»), never the
# one left (Kazakh «Ақтаудан», from Aktau).
_MOVED = _folded("perehal pereselil perevez perebral koshtim koship koshtik koshkenmin kaittim kaittik moved "
                 "relocat")  # done: not «переехать»
# (renting a flat there, «квартиру снимаю теперь в Караганде», is living there)
_LIVES = frozenset(_folded("живу живем проживаю live living based тұрамын тұрамыз снимаю снимаем"))
_NOW = frozenset(_folded("теперь now енді"))
# Since a time just past («с этого месяца живу в Павлодаре», "from this month", «осы айдан бері»): now.
_SINCE_LATELY = re.compile(r"(?<!\w)(?:с\s+(?:этого|прошлого)\s+(?:месяца|года|недели)|from\s+this\s+(?:month|week|year)|"
                           r"since\s+last\s+(?:month|week)|осы\s+(?:айдан|аптадан|жылдан)|(?:өткен|откен)\s+айдан|"
                           # since an event just past («после армии живу у родителей в …», "after the army")
                           r"после\s+(?:армии|службы|учёбы|учебы|свадьбы|колледжа)|after\s+(?:the\s+)?(?:army|college|"
                           r"wedding)|әскерден\s+(?:кейін|соң))(?!\w)",
                           re.IGNORECASE)
_AT_PRESENT = frozenset(_folded("сейчас щас қазір qazir currently"))  # with a verb of living only: «қазір … тұрамын»
# «я в Лениногорске теперь», "I'm in Aktau now": where the worker is, read as where they live with «теперь».
_I_AM_IN = re.compile(r"(?<!\w)(?:я|мы|i\s*'?m|i\s+am|we\s+are)\s+(?:теперь\s+|уже\s+|сейчас\s+|now\s+)?"
                      r"(?:не\s+в\s+\S+\s*,?\s*)?"  # «я уже не в Костанае, в Рудном теперь»
                      r"(?:в|во|in)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
MAX_MOVED_WORDS = 10  # «переехал в Актау, ищу работу сварщиком в Дохе от 2000 ...» is a search
_MOVED_TO = frozenset(_folded("v vo to into in"))
_FROM_ENDINGS = ("dan", "den", "tan", "ten", "nan", "nen")  # Kazakh «-дан», from (a place left)
# A phone told new without a word that changes: the old one lost, broken or given up («потерял телефон»,
# «жоғалтып алдым», «сломался», «бұрынғы нөмірім істемейді», «старый номер больше не работает»). A number
# with only "call me" («позвоните мне по номеру …») asks for a call, not a change.
_PHONE_TOLD = _folded("poter lost jogalt slomal broke istemei старый прежний бывший old previous бұрынғы ескі")
_INSTEAD = frozenset(_folded("вместо instead орнына"))  # «новый номер вместо старого 8701…»: the new one
_OLD = frozenset(_folded("старый старого старый бывший прежний old previous бұрынғы ескі с from"))
# A salary wished for told anew: «желаемая зарплата теперь 2к», "my desired salary is now 2000".
_WISHED = _folded("jelaem ojidaem minim expect desir jelat kutetin hoch "
                  "bolmasin")  # «зарплату хочу от 3000 теперь», «2500 риалдан кем болмасын» (let it be no less)
# The least pay said («не меньше 2000», «от двух тысяч», «кем емес», "at least"): a profile's minimum.
_AT_LEAST = re.compile(r"(?<!\w)(?:не\s+меньше|не\s+менее|от|минимум|кем\s+емес|кем\s+болмасын|кемінде|keminde|"
                       r"at\s+least|no\s+less\s+than|not\s+less\s+than|minimum|min)(?!\w)", re.IGNORECASE)
# A pay wished for something else than the profile («хочу работу от 1000 долларов», "want a job with 900 usd").
_WANTED_ELSE = re.compile(r"(?<!\w)(?:работ\w*|вакансi\w*|ваканс\w*|job\w*|work|жұмыс\w*|jumys\w*)(?!\w)", re.IGNORECASE)
# A least pay said as the sums not taken («меньше 2000 не рассматриваю», "nothing less than 2000").
_LEAST_NOT_TAKEN = re.compile(r"(?<!\w)(?:меньше|ниже|less\s+than|below)\s+\d[\d\s]*\s*(?:\w+\s+)?(?:не|not)\s+"
                              r"(?:рассматриваю|рассматриваем|согласен|согласна|пойду|поеду|work|accept|consider)"
                              r"|(?<!\w)nothing\s+(?:less|below)\s+(?:than\s+)?\d", re.IGNORECASE)
# A pay asked of the vacancies rather than wished in the profile: a town of Qatar named beside it («минимум 2
# тысячи риалов в месяц, Лусаил», «2500 риалдан кем болмасын, Дохада»), or, with no word that changes, a word
# that asks for something («есть?», «бар ма», "any", "please").
_ASKS_FOR = re.compile(r"(?<!\w)(?:есть|имеется|бар\s+ма|bar\s+ma|any|anything|please|pls|plz|пожалуйста|"
                       r"найдите|find)(?!\w)", re.IGNORECASE)


def _pay_searched(text: str, *, asked: bool) -> bool:
    """Whether a pay told is a search's (see `_ASKS_FOR`); `asked` when no word of the message changes."""
    return matching.split_town(text)[0] is not None or (asked and bool(_ASKS_FOR.search(text)))


# A pay told with its currency though no field is named («от 3000 риалов», "1200 usd minimum").
_PAY_SAID = re.compile(r"\d[\d\s.,]*(?:\s*(?:тыс\w*|мың|k|к))?\s*(?:риал\w*|rial\w*|riyal\w*|qar|qr|usd|доллар\w*|"
                       r"dollar\w*|бакс\w*|bucks|евро|euros?|eur|дирхам\w*|dirhams?|aed|руб\w*|rubl\w*|roubles?)(?!\w)|"
                       r"\$\s*\d", re.IGNORECASE)  # euros, dirhams and roubles: asked again in riyals
# Greetings and thanks are not counted among the words of a request, however polite.
_POLITENESS = frozenset(_folded(
    "здравствуйте здравствуй уважаемые уважаемый сотрудники министерства прошу вас пожалуйста спасибо hello hi "
    "dear thank thanks you kindly please accordingly сәлеметсіз бе рахмет сізден сұраймын өтінемін"
))
_SLIPS = frozenset(_folded("pomen izmen perehal change updat region oblast zarplat telefon number languages "
                           "profes remov"))
# Words of their own that lie one slip from a request's stem are never read as that stem mistyped: «переход»
# (a crossing, not a move), «имени», «имена», «именно» (of «имя», not «измени»: «мошенники звонят от вашего
# имени» asks for nothing), «извините», «помню», «посменно», "charge", "chance", "parents",
# "process", "promise", «промышленный», «прописан», «происходит».
_NOT_SLIPS = _folded("perehod imen izvin pomn posmen charg chanc parent proces promi propis proish")
# Words that begin as a request does but name a thing: a police "clearance" is a paper, not a field cleared.
_NOT_REQUESTS = ("clearanc",)
# A vacancy, an application or the alerts changed, not the profile: «поменяйте мне вакансию на электрика»,
# «удалите мою заявку», "remove the notifications".
_OTHER_THINGS = _folded("zaiavk zaiavl vakans vakan vacanc application otinim otinish uvedoml notific soobsh "
                        "messag habarlama job rassilk podpisk subscri mailing")
_WORD = re.compile(r"[^\W\d_]+")
_PHONE = re.compile(r"\+?\d[\d\s().\-]{8,}\d")
_CLAUSE_END = re.compile(r"[,.;!?]|\s(?:и|а|но|and|but|so|from|из|с)\s", re.IGNORECASE)
# A value denied before the right one: «регион не Атырау а Мангистау», "Aktobe not Atyrau",
# «Атырау емес, Ақтөбе», "not Atyrau but Aktobe".
_NOT_THIS_BUT = re.compile(r"(?<!\w)(?:не|not)\s+[^,.!?:]+?\s*,?\s+(?:а|but)\s+", re.IGNORECASE)
_A_NOT_B = re.compile(r",?\s+а\s+не\s+[^,.!?:]+", re.IGNORECASE)
_THIS_NOT_THAT = re.compile(r"(\w+)\s*,?\s+not\s+([^,.!?]+)", re.IGNORECASE)
_THAT_EMES_THIS = re.compile(r"[^\s,]+\s+(?:емес|emes)\s*[,.]?\s+(?=\w)", re.IGNORECASE)
_EMES_AFTER = re.compile(r"(?<=\w),?\s+[^,.!?]+?\s+(?:емес|emes)\s*[.!]*\s*$", re.IGNORECASE)  # «…, 2 жыл емес»
_NOT_AFTER = frozenset("i m s is am are was were do does did can will would have has t re could should".split())


@dataclass(frozen=True)
class ProfileChange:
    """What a worker asked to change, and to what: a region code, a phone in E.164, an amount in QAR,
    language codes, a name, or the words of a trade (whose occupation the worker then picks)."""

    field: Field
    # None for a pay the bot asks again as a month's sum in riyals (said in tenge or by the hour); "" for a
    # phone, a minimum pay or the certificates taken off (`removes`).
    value: str | Decimal | tuple[str, ...] | None
    adds: bool = False  # languages or a certificate: added to those held rather than replacing them
    removes: bool = False  # a trade or languages taken off the profile («я больше не сварщик», «уберите турецкий»)
    replaces: bool = False  # a trade: put in place of one held («смените профессию на водителя»)
    old: str | None = None  # the words of the trade replaced, when the worker names it («со сварщика на …»)
    dollars: Decimal | None = None  # a pay wished in dollars, `value` its riyals at the fixed rate


# A request to delete one's data, told apart from an answer to a question of the profile wizard: a word
# that deletes («удалите», «уберите», «сотрите», «өшіріңіз», «жойыңыз», "delete", "remove") beside what is
# deleted (the data, the profile, the account, «меня», «всё»). «Удалов Иван» or «оператор по удалению
# асбеста» name nothing to delete, so they stay a name and a trade; "remove cook from my profile" deletes a
# trade from the profile, not the profile; «не удаляйте», "don't delete", «өшірмеңіз» keep it.
_DELETE = _folded("udalit udali udalite oshir joi delet remov eras убери уберите убрать сотри сотрите стереть "
                  "стерите")
_JOIN = ("joine", "joinin", "joins")  # "joined", "joiner", "joining": English, not «жойыңыз» (delete)
_DELETED = _folded("profil anket akaunt acount derek malimet akparat informats")
_TAKEN_FROM = frozenset(_folded("from off из с"))  # "remove cook from my profile": the profile stays
_DELETED_WORDS = frozenset(_folded("данные данных дату data info информацию меня мені мени всё все барлығын "
                                   "бәрін barligin me everything"))


def asks_to_delete(text: str | None) -> bool:
    """True when a message plainly asks to delete the worker's data: it is answered with /delete's
    confirmation wherever it is written, a wizard's question included, and deletes nothing by itself."""
    raw = (text or "").lower()
    words = _words(raw)
    deletes = [i for i, word in enumerate(words) if _deletes(word)]
    if not words or len(words) > MAX_WORDS or not deletes:
        return False
    if any(_denied(words, i) for i in range(len(words))) or not _SUPPOSED.isdisjoint(words) or "ли" in raw.split():
        return False
    typed = _WORD.findall(raw)
    whole = any(words[i].startswith(_DELETED) and _deleted(words, i, typed) for i in range(len(words)))
    if not whole and any(word.startswith(_OTHER_THINGS) for word in words):
        return False  # "remove me from this vacancy", «удалите меня из рассылки»: not the account
    return any(_deleted(words, i, typed) for i in range(len(words)))


def _deletes(word: str) -> bool:
    return word.startswith(_DELETE) and not _joins(word)


def _joins(word: str) -> bool:
    """"join", "joined", "joining": English, though folded it begins as «жойыңыз» (delete) does."""
    return word == "join" or word.startswith(_JOIN)


def _deleted(words: list[str], i: int, typed: list[str] | None = None) -> bool:
    """The word names what is deleted: the whole profile, not a profile something is taken from."""
    word = words[i]
    if word in _DELETED_WORDS:
        return True
    if not word.startswith(_DELETED) or word.endswith(_FROM_ENDINGS):
        return False
    before = words[max(0, i - 3):i]
    return _TAKEN_FROM.isdisjoint(before) and not _a_trades_profile(words, i, typed or words)


def _a_trades_profile(words: list[str], i: int, typed: list[str]) -> bool:
    """«профиль сварщика», «дәнекерлеуші профилін», "the welder profile": one trade's profile, not the whole.
    `typed` holds the words as typed, one for each folded word, for the trade to be looked up."""
    if not words[i].startswith(_fold("профил")) or len(typed) != len(words):
        return False
    after = [typed[j] for j in range(i + 1, len(words)) if words[j] not in _FILLERS][:1]
    before = [typed[j] for j in range(i - 1, -1, -1) if words[j] not in _FILLERS][:1]
    return any(len(word) >= 4 and _names_a_trade(word, sure=True) for word in after + before)


# What a change told in passing is wrapped in: thanks before or after it («спасибо за вакансии, …», "…, thanks for
# the jobs"), «кстати», "btw", «айтпақшы», «если что»: no part of the change, and no vacancy or supposition.
_THANKS_CLAUSE = (r"(?:спасибо|благодарю|рахмет|рақмет|rahmet|raqmet|thanks|thank\s+you|thx)"
                  r"(?:\s+(?:за|for|үшін)\s+[^,.!;]*)?")
_IN_PASSING = re.compile(
    rf"^\s*{_THANKS_CLAUSE}\s*[,.!;]+\s*|[,.!;]+\s*{_THANKS_CLAUSE}\s*[.!]*\s*$"
    r"|(?<![^\W\d_])(?:кстати|между\s+прочим|айтпақшы|aitpaqshy|btw|by\s+the\s+way)(?![^\W\d_])"
    r"|,?\s*если\s+что\s*[.!]*\s*$",
    re.IGNORECASE)


# A relative typing on the worker's account for the worker: «пишу за отца, …», «жена пишет: …», «ұлымын, …»,
# "writing for my dad, …"; or asking a change of the worker's own («поменяйте ему регион», «әкемнің облысын …
# ауыстырыңыз», "update his region"). A relative's news with no request («у брата новый номер …»), a question
# («его возьмут?») or a second person registering («сын тоже хочет …») stays someone else's data.
_FAMILY = _SOMEONE_ELSE - frozenset(_folded("друг друга подруга подруги сосед соседа знакомый знакомого friend "
                                            "neighbour neighbor досым досымның компания компании фирма офис завод "
                                            "работодатель company office employer firm")) | frozenset(
    _folded("маму папу жену сестру дочку"))  # «пишу за маму»: the one written for
_WRITING_FOR = frozenset(_folded("пишу пишет пишем просит просил просила говорит сказал writing жазып жазамын "
                                 "ұлымын қызымын келінімін"))
_HIS = frozenset(_folded("ему его него ей неё him his her оның"))  # not «её»: folded, the licence letter «Е»
_ALSO = re.compile(r"(?<!\w)(?:тоже|также|too|also)(?!\w)", re.IGNORECASE)  # folded, "too" would be "to"
_NAME_OF = _folded("атын атың аты есімін имя имени name")
_TOLD = ("ed", "l", "la", "li", "lo", "sia", "s", "di", "ti", "dy", "ty")  # «поменялся», «өзгерді»: news, not a request
_BESIDE_RELATIVE = frozenset(_folded("у за мой моя моего моей my for the это this is үшін"))


def _for_the_worker(text: str) -> str:
    """The message without the relative who types it for the worker, so the change reads as the worker's own;
    any other message as it came."""
    words = _words(text)
    if "?" in text or _ALSO.search(text) or _FAMILY.isdisjoint(words):
        return text
    if any(w in _FAMILY and after.startswith(_NAME_OF) for w, after in zip(words, words[1:])):
        return text  # «әкемнің атын да жазыңыз: …»: the father's name is the worker's patronymic
    writes = not _WRITING_FOR.isdisjoint(words)
    theirs = not _HIS.isdisjoint(words) or any(w.startswith(_PROFILE) for w in words) or any(
        w in _FAMILY and w.endswith(("nin", "nyn")) for w in words)
    if not (writes or theirs and any(_asks_change(w) and w not in _NEW and not w.endswith(_TOLD) for w in words)):
        return text
    parts = re.split(r"(\s*[,:;—]\s*)", text)  # the clauses and, after each, what ends it
    clauses = "".join(part for clause, end in zip(parts[::2], [*parts[1::2], ""])
                      if not (_WRITING_FOR.intersection(_words(clause)) and not re.search(r"\d", clause)
                              and not _names_a_field(_words(clause))) for part in (clause, end))
    kept: list[str] = []
    for word in clauses.split():
        if _fold(re.sub(r"\W", "", word)) in _FAMILY | _HIS | _WRITING_FOR:
            while kept and _fold(kept[-1]) in _BESIDE_RELATIVE:  # «у мужа», "for my dad": the words that lead to them
                kept.pop()
            continue
        kept.append(word)
    return " ".join(kept)


# A zero typed as the letter O between digits («8 7О8 111 22 33»), Cyrillic or Latin.
_ZERO_AS_O = re.compile(r"(?<=\d)[ОоOo](?=\d)")


def read_change(text: str | None) -> ProfileChange | None:
    """The change a message asks for, or None when it asks none plainly or its value is not valid. A change
    told with a search or a question after it ("I moved to Almaty, any welding jobs there?", «теперь у меня
    категория С, есть работа водителем?») is the change; the search is the worker's to ask after Save."""
    if text and _money_taken_or_asked(text):
        return None  # «агент взял с меня 400 долларов, а теперь не отвечает»: someone's sum, no pay wished for
    found = _before_a_reason(text) or _change_in(text)
    if found is not None or not text:
        return found
    for head in _before_asking(text):
        found = _change_in(head)
        if found is not None:
            return found
    return None


def _money_taken_or_asked(text: str) -> bool:
    """A sum someone took from the worker or asks of him («агент взял с меня 400 долларов», «рекрутер 300 доллар
    сұрады», "the recruiter asked me for 300 usd"), which the chat answers on trust or fees: no pay to put in the
    profile, however «теперь» or a sum is beside it."""
    return matching.small_talk(text) in ("trust", "fees") and asks_a_sum(text)


def _before_a_reason(text: str | None) -> ProfileChange | None:
    """The change asked before a reason told after it («зарплату поставьте 2500, на 2000 с семьёй не прожить»,
    "lower my salary to 1600 please, I need a job fast", «тәжірибемді 9 жыл деп түзетіңіз, әскердегіні
    қоспаппын»): the reason's own figures and words are no part of it. Not when the words after the comma put
    the value right («…, нет, 2500»), take the change back, or name a field, a value or another change."""
    if not text or _taken_back(text) or _MISTAKE.search(text):
        return None
    for cut in reversed(list(re.finditer(r"(?:(?<!\d)[,;]|[,;](?!\d))\s*", text))):
        head, tail = text[:cut.start()].strip(), text[cut.end():].strip()
        if len(head.split()) >= 2 and _only_a_reason(tail):
            found = _change_in(head)
            if found is not None:
                return found
    return None


_DENIES = re.compile(r"(?<![^\W\d_])(?:не|not|never|емес|emes|жетпейді|jetpeidi)(?![^\W\d_])", re.IGNORECASE)
# The words that give the right value after a comma («…, а 7», «…, там 2 года», «…, надо 2000», "…, it's 5").
_RIGHT_AFTER = re.compile(r"(?:а|но|but|там|надо|нужно|должно|должен|правильно|верно|it'?s|its|it\s+is|should|"
                          r"дұрысы|керек)(?!\w)", re.IGNORECASE)


def _only_a_reason(tail: str) -> bool:
    """Whether the words after a change tell only why it is asked (see `_before_a_reason`)."""
    words = _words(tail)
    if len(words) < 2 or SAID_AGAIN_OR_NO.search(tail) or _PHONE.search(tail) or _PAY_SAID.search(tail):
        return False
    if re.search(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", tail.replace("I ", "i ")) or _RIGHT_AFTER.match(tail):
        return False  # a name or a place («…, Лусаил», «…, Ерасыл Муканов»), or the right value («…, а 7», «…, надо 2000»)
    if not _NOW.isdisjoint(words) or matching.split_town(tail)[0] is not None or not _NOT_A_REQUEST.isdisjoint(words):
        return False  # «…, куда сообщить»: a question of its own, not why the change is asked
    if re.fullmatch(r"[\d\s.,]+", tail) or validation.asks_back(tail) or _SEARCHING.search(tail):
        return False
    if re.search(r"\d", tail) and not _DENIES.search(tail):
        return False  # «…, пусть будет 2100»: a figure after the change puts it right, unless denied («на 2000 не прожить»)
    if _names_a_field(words) or any(w.startswith(_EXPERIENCE + _QUALIFICATION) for w in words):
        return False
    if any(w.startswith(_CHANGE + _ADD + _REMOVE + _MOVED + _CORRECTION) or w in _CHANGE_WORDS or w in _ADD_WORDS
           or w in _LIVES for w in words):  # as spelt: «помню» is no «поменяйте» typed a letter off
        return False
    return not (validation.passes(validation.region, tail) or validation.languages_named(tail)
                or _change_in(tail) is not None)


def asked_beside(text: str | None) -> bool:
    """Whether a message asks a change and, after it, a search or a question («переехал в Актобе, есть там
    вакансии?»): the change is offered first, and the worker is told to ask again once it is settled."""
    return bool(text) and any(_change_in(head) is not None for head in _before_asking(text or ""))


# Where a message may turn from a change to a search or a question: a comma, a full stop, a question mark, a
# semicolon, «и», "and".
_TURN_TO_ASKING = re.compile(r"[,.;!?]+\s*|\s(?:и|а|and|so)\s", re.IGNORECASE)
# A part after a change that searches or asks («есть там вакансии?», "any jobs for cooks?", «жұмыс бар ма»,
# «и покажите, что там есть»): a question, or the words of a search.
_SEARCHING = re.compile(r"(?<!\w)(?:покажите|покажи|показать|скиньте|show|send\s+me|көрсетіңіз|korsetiniz|kórsetińiz|"
                        r"ищу|looking\s+for|что\s+нового|any\s+(?:jobs?|work|vacanc\w*|news))(?!\w)", re.IGNORECASE)


# The account kept before another request («не удаляйте меня, просто обновите регион …»): not the request.
_NOT_DELETING = re.compile(r"\s*(?:не\s+(?:надо\s+)?удаля\w*|don'?t\s+delete|do\s+not\s+delete|өшірмеңіз|жоймаңыз)"
                           r"(?:\s+(?:меня|мой\s+профиль|профиль|анкету|me|my\s+profile|it|мені|профилімді))?"
                           r"\s*[,.;!]+\s*(?:просто|just|only|тек)?\s*", re.IGNORECASE)
# A wrong earlier answer told, then the right one after a word that gives it («по ошибке написал опыт 3 года, на
# самом деле 8», "I typed 15 years by mistake, it's 5", "I put 3000 by mistake, I meant 2000 riyals"), or, for the
# region, after where the worker lives ("sorry I wrote Aktau, I live in Aktobe", «по ошибке указал Атырау, я из
# Актобе»). A birth date or an age is no field of the profile: nothing is read.
_MISTAKE = re.compile(r"(?<!\w)(?:по\s+ошибке|ошиб\w*|ошибочно|случайно|неправильн\w*|mistake\w*|wrong\w*|typo|"
                      r"accident\w*|қате\w*|qate\w*|sorry,?\s+i\s+(?:wrote|typed|put|entered))(?!\w)", re.IGNORECASE)
_RIGHT_IS = re.compile(r"[,.;]\s*(?:а\s+|but\s+)?(?:на\s+самом\s+деле|в\s+действительности|там|правильно|правильный|"
                       r"верно|верный|actually|in\s+fact|i\s+meant|i\s+mean|it'?s|it’s|its|it\s+is|should\s+be|"
                       r"must\s+be|the\s+right\s+one\s+is|дұрысы|шын\s+мәнінде|негізі)(?!\w)\s*:?\s*", re.IGNORECASE)
_LIVES_IN = re.compile(r"[,.;]\s*(?:а\s+|but\s+)?(?:я\s+живу\s+в|живу\s+в|я\s+из|i\s+live\s+in|i'?m\s+in|"
                       r"i\s+am\s+in|i'?m\s+from|i\s+am\s+from|мен\s+)(?!\w)\s*", re.IGNORECASE)
_BORN_OR_AGE = re.compile(r"(?<!\w)(?:born|birth\w*|age|old|родил\w*|рожд\w*|возраст\w*|туған\w*|tugan\w*|"
                          r"жас\w*|мне\s+\d|i'?m\s+\d|i\s+am\s+\d)(?!\w)", re.IGNORECASE)


def _put_right(raw: str) -> ProfileChange | None:
    """The right value of a wrong earlier answer told (see `_MISTAKE`)."""
    mistake = _MISTAKE.search(raw)
    if mistake is None or _BORN_OR_AGE.search(raw):
        return None
    words = _words(raw)
    if not _SUPPOSED.isdisjoint(words) or not _SOMEONE_ELSE.isdisjoint(words) or _taken_back(raw):
        return None
    for marks in (_RIGHT_IS, _LIVES_IN):
        told = [m for m in marks.finditer(raw) if m.start() >= mistake.start()]
        if not told:
            continue
        before, after = raw[:told[-1].start()], _corrected(raw[told[-1].end():]).strip(" .!")  # "…, it is X not Y"
        if marks is _LIVES_IN:
            return _checked("region", after, adds=False) if validation.passes(validation.region, after) else None
        if _WITH_UNIT.search(before) or any(word.startswith(_EXPERIENCE) or word in _EXPERIENCE_WORDS
                                            for word in _words(before)):
            try:
                return ProfileChange("years", validation.years(after))
            except validation.InvalidInput:
                return None
        if _PAY_SAID.search(after) or any(_names(word, _FIELDS["salary"]) for word in _words(before)):
            return _checked("salary", after, adds=False)
        if _PHONE.search(after):
            return _checked("phone", after, adds=False)
        if validation.passes(validation.region, after) and re.search(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", after):
            return _checked("region", after, adds=False)
    return None


# A question about what was told before it: whether it is right («это законно?», "is it legal?"), or whether the
# worker is taken with it («тәжірибем жоқ, колледжді жаңа бітірдім, алады ма», «…, возьмут?», "…, can I apply?").
_ABOUT_IT = re.compile(r"\s*(?:is\s+(?:it|that|this)|was\s+(?:it|that)|can\s+they|это|так|бұл|ол\s+дұрыс|"
                       r"законно|правда|нормально|(?:меня\s+)?возьм\w*|берут|подойд\w*|(?:мені\s+)?ала\s+ма|алады\s+ма|"
                       r"ala\s+ma|alady\s+ma|will\s+(?:they|you)\s+(?:take|hire|accept)|can\s+i\s+(?:apply|go|work)|"
                       r"am\s+i\s+(?:ok|eligible|fit)|is\s+(?:that|it)\s+enough)(?!\w)", re.IGNORECASE)


def _before_asking(text: str) -> list[str]:
    """The message without the search or question that ends it, longest first (see `_TURN_TO_ASKING`)."""
    heads = []
    for turn in reversed(list(_TURN_TO_ASKING.finditer(text))):
        head, rest = text[:turn.start()].strip(), text[turn.end():]
        if _ABOUT_IT.match(rest):
            continue  # "the salary in my contract was changed to 1200, is it legal?": asked about what was told
        if not [word for word in _words(rest) if word not in _POLITENESS]:
            continue  # «…, пожалуйста?»: a request asked politely, nothing asked beside it
        if len(head.split()) >= 2 and (validation.asks_back(rest) or _SEARCHING.search(rest)):
            heads.append(head)
    return heads


# A home bought in a place, said in Kazakh with the place's ablative («Өскеменнен үй алдық»), and a relative's
# village or home moved to («әйелімнің ауылына, Түркістан облысына көштім», "to my wife's hometown"): the place is
# the worker's own, as «купили дом в …» and «переехал к жене в …» are.
_HOME_BOUGHT = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+?)(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s+"
                          r"(?:үй|пәтер|uı|ui|uy|páter|pater)\s+(?:сатып\s+|satyp\s+)?(?:алдық|алдым|aldyq|aldym|aldyk)(?!\w)")
_RELATIVES_PLACE = re.compile(
    r"(?<!\w)(?:әйелімнің|күйеуімнің|ата-анамның|анамның|әкемнің|туыстарымның|aielimnin|kuieuimnin|"
    r"my\s+(?:wife|husband|parents|mother|father)'?s?)\s+(?:ауыл\w*|үй\w*|қала\w*|жер\w*|auyl\w*|"
    r"(?:home\s*)?town|village|house|home)(?!\w)\s*,?\s*", re.IGNORECASE)


# A return home told after why («мама заболела, вернулся домой в Кызылорду», "dad got sick, came back home to Taraz"):
# home is the worker's own, and the relative named before it is the reason, not the one who moved.
_HOME_AGAIN = re.compile(r"(?<!\w)(?:вернул\w*\s+домой|(?:came|went|moved)\s+back\s+home|үйге\s+қайттым|елге\s+қайттым)"
                         r"(?!\w)", re.IGNORECASE)


def _why_home(text: str) -> str:
    """The message without the clauses before a return home that tell of a relative and name no place or figure."""
    home = _HOME_AGAIN.search(text)
    head = text[:home.start()]
    cut = max(head.rfind(","), head.rfind(";"))
    if cut < 0 or re.search(r"\d", head) or validation.passes(validation.region, head[:cut]):
        return text
    return text[cut + 1:] if not _SOMEONE_ELSE.isdisjoint(_words(head[:cut])) else text


def _change_in(text: str | None) -> ProfileChange | None:
    """The change one message asks for (see `read_change`)."""
    if text and _HOME_BOUGHT.search(text) and re.search(r"(?<!\w)(?:тұрамыз|тұрамын|turamyz|turamyn)(?!\w)", text):
        text = _HOME_BOUGHT.sub(r"переехали в \1", text, count=1)  # «Өскеменнен үй алдық, енді сонда тұрамыз»
    if text and _RELATIVES_PLACE.search(text) and any(_like(word, _MOVED) for word in _words(text)):
        text = _RELATIVES_PLACE.sub(" ", text)
    if text and _HOME_AGAIN.search(text):
        text = _why_home(text)
    text = _for_the_worker(_ZERO_AS_O.sub("0", as_typed(text))) if text else text  # "…comma thanks": dictated
    if text and _NOT_DELETING.match(text) and _NOT_DELETING.sub("", text, count=1).strip():
        text = _NOT_DELETING.sub("", text, count=1)  # «не удаляйте меня, просто обновите регион: Актау»
    told = _IN_PASSING.sub(" ", _IN_PASSING.sub(" ", text)).strip(" ,") if text else text
    told = _STAYING_WITH.sub(r"\1", _without_why_there(told or ""))
    raw = _old_dropped(_from_to(_OTHERWISE.sub("", _WITH_SOMEONE.sub(" ", told))))
    if isinstance(raw, ProfileChange):
        return raw
    right = _put_right(raw)
    if right is not None:
        return right
    text = _corrected(raw)
    words = _words(text)
    if not words or _no_request(raw, text, words) or matching.exchanges_a_licence(raw):
        return None  # "change my driving licence for a Qatari one" asks how, and changes no field
    if len(_fields_named(words)) > 1:
        return None  # «номер поменяйте на … и регион на Астана»: two fields at once, changed in /profile
    if (_THAT_EMES_THIS.search(raw) or _NOT_THIS_BUT.search(raw) or _EMES_AFTER.search(raw)  # «7 жыл емес, 9 жыл»
            or _WRONG_ONE.search(raw)):  # «не тот регион выбрал, надо …», "my bad, … should be …"
        if _names_a_field(words) or any(word.startswith(_EXPERIENCE) for word in words):
            words = [*words, _fold("исправьте")]
    for reading in (_field_taken_off, _qualification, _languages_removed, _replacement, _removal, _years,
                    _old_number_given_up):
        found = reading(text, words)
        if found is not None:
            return found
    requested = any(_asks_change(word) for word in words) or (_MAKE in words and not _MAY.isdisjoint(words))
    lives = (not _LIVES.isdisjoint(words) or bool(_I_AM_IN.search(text))) and "used" not in words
    lives_now = lives and (not _NOW.isdisjoint(words) or requested or bool(_SINCE_LATELY.search(text)) or (
        not _AT_PRESENT.isdisjoint(words) and not _LIVES.isdisjoint(words)))  # «с этого месяца живу в Семее, обновите»
    if lives_now or any(_like(word, _MOVED) for word in words):  # a move told, or where one lives now
        if _long_ago(text) and not requested:
            return None  # «переехал в Алматы 5 лет назад»: the profile was filled in since
        if any(word.startswith(_LEARNT) for word in words):
            return None  # «выучил английский и переехал в Астану»: two changes at once
        if any(word.startswith(_EXPERIENCE) or word in _EXPERIENCE_WORDS for word in words):
            return None  # «переехал в Костанай и опыт теперь 9 лет»: the years too, two fields at once
        if any(word.startswith(_GOT) for word in words) and (
                any(_names_qualification(words, i) for i in range(len(words))) or _CATEGORY.search(text)):
            return None  # "moved to Kostanay and got my C licence": a certificate too, two fields at once
        return _move(text, words, asked=requested or lives_now)
    adds = any(word.startswith(_ADD) or word in _ADD_WORDS for word in words) or (
        any(word.startswith(_LEARNT) for word in words)) or _speaks_now(text, words)
    field = _field(words, adds)
    if field == "occupation" and not any(_names(word, _FIELDS["occupation"]) for word in words) and (
            _PAY_SAID.search(text) or _LEAST_NOT_TAKEN.search(text)):
        field = None  # «меньше 2000 не рассматриваю, поменяйте в анкете»: a pay in the profile, no trade
    if field is None and not adds and (
            not _NOW.isdisjoint(words) or any(word.startswith(_PHONE_TOLD) for word in words)):
        dictated = spelled_numbers(text)  # «звоните теперь на восемь семьсот один …»: the number dictated
        if _PHONE.search(dictated):
            field, text = "phone", dictated  # «теперь звоните на 8776…, старый потерял», "use 8700… from now on"
    plainly = any(word.startswith(_CHANGE + _CORRECTION) or word in _CHANGE_WORDS for word in words)
    wished = (any(word.startswith(_WISHED) for word in words) and not _WANTED_ELSE.search(text)
              and _trade_in(text) is None)  # "driver minimum 9000 AED": a search, not the profile's pay
    searched = _pay_searched(raw, asked=not plainly)  # «минимум 2 тысячи риалов, Лусаил», "at least 1800 QAR please"
    least = plainly and _LEAST_NOT_TAKEN.search(text)  # «меньше 2000 не рассматриваю, поменяйте в анкете»
    if field is None and not adds and (_PAY_SAID.search(text) or least) and not searched and (
            plainly or wished or not _NOW.isdisjoint(words)):
        field, requested = "salary", True  # «хочу теперь от 3000 риалов», «не меньше 2200 риалов, обновите»
    adds = adds or (field == "occupation" and not _SECOND.isdisjoint(words))  # «второй профессией поставьте …»
    if field is not None and any(word.startswith(_EXPERIENCE) or word in _EXPERIENCE_WORDS for word in words):
        return None  # «регион на Актобе и опыт 8 лет поменяйте»: two fields at once
    added_to_name = field == "name" and adds
    if added_to_name:  # «добавьте отчество, полностью: …»: the whole name given again, not a name added
        adds, requested = False, True
    surname = field is None and _surname_changed(words) and len(_capital_run(_value(text, "name"))) >= 2
    married = field in (None, "name") and bool(_MARRIED.search(text)) and len(_capital_run(text)) >= 2 and not any(
        _like(word, _MOVED) for word in words)  # «вышла замуж, теперь я Ахметова Айгерим», "got married, my name is now …"
    surname = surname or married
    if surname:
        field, requested = "name", True  # "my surname changed after marriage, now Aigerim Bekova": the whole name
    if not adds and not (requested or _told_anew(field, text, words)):
        return None
    if adds and any(_like(word, _REMOVE) for word in words):
        return None  # «удалите профиль сантехника и добавьте электрика»: two changes at once
    if adds:  # «…работал бетонщиком, понравилось, добавьте бетонщика»: the part that adds, not the story
        text = _adding_clause(text)
    learnt = _languages_learnt(text, words) if field in (None, "languages") else None
    if learnt is not None and any(_names_qualification(words, i) for i in range(len(words))):
        return None  # "got my forklift licence and learnt some Arabic": two changes at once
    if learnt is not None:
        return learnt
    if field is None and requested and not adds and _kind_of(_after_to(text)) == "region":
        return _checked("region", _after_to(text), adds=False)  # «не Кокшетау уже, а Петропавловск, поменяйте»
    right = _after_right(text)
    if field is None and requested and not adds and _kind_of(right) == "region":
        return _checked("region", right, adds=False)  # «по ошибке указал Атырау, надо Актобе»
    if field is None:
        return _added_unnamed(text) if adds else None
    value = _value(text, field)
    if field == "name":
        value = _capitalised(value)
        if "?" in raw and len(_capital_run(value)) < 2:
            return None  # «атымды қате жазыппын, түзетуге бола ма?»: leave asked, the right name not given
        mistake_and_name = any(word.startswith(_CORRECTION) or word in _CORRECTION_WORDS for word in words) and len(
            _capital_run(value)) >= 2  # «ошибся в имени, я Ерасыл, Ерасыл Муканов»: the mistake, then the whole name
        if not (_strongly_asked(words) or _RIGHT_VALUE.intersection(words) or surname or added_to_name
                or mistake_and_name):
            return None  # «атымды қате жазып қойыппын»: a mistake told, the right name not given
    if field == "salary" and not adds and _only_new(words):
        return None  # "my new salary in Qatar is 1500": the pay told, not the one wished for
    if field == "occupation":
        if adds and _reads_as_languages(value) and not any(_names(w, _FIELDS["occupation"]) for w in words):
            return _checked("languages", value, adds=True)  # «добавьте английский язык в мою анкету»
        if adds and (len(value.split()) > 3 or not _names_a_trade(value)):
            value = _trade_in(raw) or ""  # «…тракторшы болып істедім, соны да мамандыққа қосыңызшы»
        return ProfileChange("occupation", value) if adds and value and _names_a_trade(value) else None
    if adds and field != "languages":  # «добавь номер …»: no field but trades and languages is added to
        return None
    if field == "salary":  # «на две с половиной тысячи»: an amount in words keeps its little words
        return _checked(field, value, adds) or _checked(field, _after_to(text), adds)
    if field == "phone":  # the words around each number tell the old from the new («был …, теперь …»)
        return _checked(field, text, adds) or _checked(field, value, adds)
    return _checked(field, value, adds)


# The old value and the new one written as a pair: «было Тараз, стало Шымкент», "Aktobe -> Atyrau", «вместо
# 2000 поставьте 2400», "1800 → 2200": the old one goes, as if only the new one had been written.
_WAS_BECAME = re.compile(r"(?<!\w)(?:было|был|была|были|was)\s+([^,.;!]+?)\s*[,;]?\s+(?:стало|стал|стала|стали|"
                         r"теперь|now|is\s+now)(?!\w)", re.IGNORECASE)
_NUMBER_ABBREVIATED = re.compile(r"(?<!\w)no\.?(?=\s+(?:is\s+)?(?:now\s+)?\+?\d[\d\s()-]{8,})", re.IGNORECASE)  # "new no is …"
# A return home to a place named after it («вернулся домой в Кызылорду», "back home in Taraz"): a move there;
# «…на вахте был, вернулся» names no place after it, and tells none.
_RETURNED_TO = re.compile(r"(?<!\w)(?:вернул\w*\s+(?:домой\s+)?в|(?:came\s+|went\s+|moved\s+)?back\s+home\s+(?:in|to))"
                          r"(?=\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", re.IGNORECASE)
_ARROW = re.compile(r"(\S+)\s*(?:->|=>|→|—>|-->|>)\s*(?=\S)")
_INSTEAD_OF = re.compile(r"(?<!\w)(?:вместо|instead\s+of)\s+(\+?\d[\d\s()-]*\d|\d+|[^\W\d_]+)", re.IGNORECASE)


def _from_to(text: str) -> str:
    """The message with the old value of a pair left out (see `_WAS_BECAME`), the field's name kept."""
    text = _NUMBER_ABBREVIATED.sub("number", text)
    text = _RETURNED_TO.sub(lambda m: " переехал в " if m.group()[:1].lower() in "вд" else " moved to ", text)
    text = _WAS_BECAME.sub(lambda m: _field_words(m.group(1)) + " теперь", text)
    text = _INSTEAD_OF.sub(lambda m: _field_words(m.group(1)) or m.group(0), text)
    return _ARROW.sub(lambda m: _field_words(m.group(1)) + " поменяйте на ", text, count=1)


def _field_words(old: str) -> str:
    """The words of an old value that name its field («5 лет опыта» keeps «опыта»), else a word that names
    the field the value belongs to («Тараз» is a region), so the new value is read as that field's."""
    kept = [word for word in _WORD.findall(old) if any(_names(_fold(word), stems) for stems in _FIELDS.values())
            or _fold(word).startswith(_EXPERIENCE)]
    if kept:
        return " ".join(kept)
    return _FIELD_NAMES.get(_kind_of(old) or "", "")


_FIELD_NAMES: dict[str, str] = {"region": "регион", "occupation": "профессия", "phone": "номер", "salary": "зарплата"}
# Clauses that drop the old value or keep the others, beside the clause with the new one: «Шымкент уберите,
# поставьте Туркестан», "remove driver, put cook instead", «русский оставьте, турецкий уберите».
_CLAUSES = re.compile(r"[,.;!]+|\s(?:и|а|and|but|then|потом)\s", re.IGNORECASE)
_KEEP = re.compile(r"(?<!\w)(?:оставь(?:те)?|keep|қалсын|qalsyn|қалдырыңыз|qaldyryńyz|qaldyrynyz)(?!\w)",
                   re.IGNORECASE)


def _old_dropped(text: str) -> str | ProfileChange:
    """The message without the clause that drops the old value when another gives the new one (the field's
    name kept: «Алматинскую область удалите, напишите Жетысу» asks «область … Жетысу»), or without the
    clauses that keep what is held when one drops a value; a trade dropped for another is a replacement."""
    if _SOMEONE_ELSE.intersection(_words(text)):
        return text
    pieces = [c for c in re.split(r"[,.;!]+", text) if re.search(r"\w", c)]
    keeps = [c for c in pieces if _KEEP.search(c) and not _drops(c) and _value(_KEEP.sub(" ", c), "occupation")]
    if keeps and len(keeps) < len(pieces) and any(_drops(c) for c in pieces):
        return ", ".join(c for c in pieces if c not in keeps)  # «русский оставьте, турецкий уберите»
    clauses = [c for c in _CLAUSES.split(text) if re.search(r"\w", c)]
    drops = [c for c in clauses if _drops(c)]
    rest = [c for c in clauses if c not in drops]
    if len(drops) != 1 or not rest:
        return text
    old = _value(" ".join(w for w in _REMOVAL_WORDS.sub(" ", drops[0]).split()
                          if not _like(_fold(re.sub(r"\W", "", w)), _REMOVE)), "occupation")
    kind = _kind_of(old)
    if kind is None or kind == "languages" or any(_drops(c) or _KEEP.search(c) for c in rest):
        return text
    told = _words(" ".join(rest))
    if not (_NO | {"no", "emes", "emespin"}).isdisjoint(told):
        return text  # «удалите каменщика, я уже не работаю каменщиком»: the reason, no new value
    if any(word.startswith(_ADD) or word in _ADD_WORDS for word in told):
        return text  # «удалите сантехника и добавьте электрика»: two changes, as ever
    if kind == "occupation":
        new = _value(_INSTEAD_WORD.sub(" ", ", ".join(rest)), "occupation")
        new = re.sub(r"(?<!\w)(?:теперь|now|енді|я|мен|i|am|m)(?!\w)", " ", new, flags=re.IGNORECASE).strip()
        new = " ".join(new.split())
        if new and len(new.split()) <= 3 and _names_a_trade(new, sure=True):
            return ProfileChange("occupation", new, replaces=True, old=old)
        return text
    return " ".join([_field_words(drops[0]), ", ".join(rest)])


_REMOVAL_WORDS = re.compile(r"(?<!\w)(?:алып|alyp|take|off|from|из)(?!\w)", re.IGNORECASE)
_INSTEAD_WORD = re.compile(r"(?<!\w)(?:instead|вместо\s+него|вместо|орнына|деп)(?!\w)", re.IGNORECASE)


def _drops(clause: str) -> bool:
    """The clause asks to take something off («уберите», «алып тастаңыз», "remove"), not the whole profile."""
    words = _words(clause)
    removes = any(_like(w, _REMOVE) and not w.startswith(_JOIN) for w in words) or {"take", _fold("off")} <= set(words)
    return removes and not any(
        _deleted(words, i) or _denied(words, i) for i in range(len(words)))


def _kind_of(value: str) -> str | None:
    """The field a bare value belongs to: a phone, a salary, a region, a trade or languages."""
    value = value.strip()
    if not value:
        return None
    if _PHONE.search(value):
        return "phone"
    if re.fullmatch(r"\d{3,5}", value):
        return "salary"
    if validation.passes(validation.region, value):
        return "region"
    if validation.languages_named(value) and not _names_a_trade(value, sure=True):
        return "languages"
    if len(value.split()) <= 3 and _names_a_trade(value, sure=True):
        return "occupation"
    return None


# Words that tell a language learnt («выучил английский», «ағылшын тілін үйрендім», "I learned English"): the
# language joins those held. Only the past: «если выучу…», "I will learn…" promise nothing yet.
_LEARNT = _folded("viuchil viuchila nauchil podtianul uirendim uirenip learned learnt learnd")
# A move long past («переехал в Алматы 5 лет назад», «бес жыл бұрын көштік», "ten years ago", «в 2019 году»,
# «ещё ребёнком»): the worker has lived there since before the profile was filled in, so it tells no change,
# unless they ask for one («…а в анкете до сих пор Тараз, исправьте»).
_LONG_AGO = re.compile(
    r"(?<!\w)(?:\d+|[^\W\d_]+)\s+(?:лет|года?|жыл|jyl|jıl|let|goda?|years?)\s+(?:назад|бұрын|buryn|buryn|nazad|ago)"
    r"(?!\w)|(?<!\w)(?:год|жыл|a\s+year)\s+(?:назад|бұрын|ago)(?!\w)"
    r"|(?<!\w)(?:давно|davno|long\s+ago|long\s+time\s+ago|баяғыда|ертеде|ребёнком|ребенком|в\s+детстве|"
    r"as\s+a\s+(?:child|kid)|бала\s+кезімде)(?!\w)|(?<![\w+])(?:19\d\d|20[0-2]\d)(?:-?(?:м|ом|м|ом|го))?\s*"
    r"(?:году|жылы|jyly)(?!\w)|(?<!\w)in\s+(?:19\d\d|20[0-2]\d)(?!\w)",
    re.IGNORECASE,
)


def _long_ago(text: str) -> bool:
    return bool(_LONG_AGO.search(text))


# A certificate or licence got («получил сертификат сварщика НАКС, добавьте», «С санатты жүргізуші куәлігін
# алдым», "got my NEBOSH IGC certificate, pls add"): the words that name it join the qualifications. A word
# that names a certificate, and one that tells it was got or asks to add it; «права» only as a licence
# («права категории С»), since they are as often a worker's rights.
_QUALIFICATION = _folded("sertif certif udostover korochk kvalifik qualif razriad diplom licen litsenz kualik kualig "
                         "bilikti svidetel obrazovan educat degree")
_CERTIFICATE_NAMES = _folded("nebosh iosh naks ielts opito bosiet cswip")  # certificates known by their names
# An education named by its level («высшее образование», «жоғары білімім бар»): kept as a qualification.
_SCHOOLING = re.compile(r"(?<!\w)(?:жоғары|арнаулы|орта\s+арнаулы|jogary|zhogary)\s+(?:білім|bilim)\w*", re.IGNORECASE)
# A driving licence's category named with its letters («категорию С1», «CE санатын», "category CE"): the
# licence, though the word «права» or «куәлік» is not written.
_CATEGORY = re.compile(
    r"(?<!\w)(?:категори\w*|кат\.|санат\w*|sanat\w*|categor\w*|cat\.)\s+[ABCDEАВСДЕ]{1,2}1?[EЕ]?(?!\w)"
    r"|(?<!\w)[ABCDEАВСДЕ]{1,2}1?[EЕ]?\s+(?:\w+\s+)?(?:категори\w*|санат\w*|sanat\w*|categor\w*)")
_LICENCE_LETTER = re.compile(r"[ABCDEАВСДЕ]{1,2}1?[EЕ]?")  # «С», «CE», «D1», "BE": kept though «be» is a filler
_QUALIFICATION_WORDS = frozenset(_folded("cert certs"))
_LICENCE = frozenset(_folded("prava prav"))
_GOT = _folded("poluchil sdal vidali proshel proshla got passed obtain receiv aldim berdi otkril kosildi ashildi "
               "ashtim sdelal")  # «сделал сертификат сварщика»: had one made
_WHEN = frozenset(_folded("just finally last month week year today yesterday недавно вчера сегодня наконец "
                          "кеше бүгін жуырда ay aptada keshe прошлом прошлой месяце неделе году өткен айда otken "
                          "aida ago назад"))
_INTO = frozenset(_folded("v vo to into in my"))


def _names_qualification(words: list[str], i: int) -> bool:
    word = words[i]
    if word in _LICENCE:
        return i + 1 < len(words) and words[i + 1].startswith(("kat", "categ"))
    return word.startswith(_QUALIFICATION + _CERTIFICATE_NAMES) or word in _QUALIFICATION_WORDS


def _qualification(text: str, words: list[str]) -> ProfileChange | None:
    named = any(_names_qualification(words, i) for i in range(len(words)))
    if not (named or _CATEGORY.search(text) or _SCHOOLING.search(text)):
        return None
    asked = any(word.startswith(_GOT) or word.startswith(_ADD) or word in _ADD_WORDS or _asks_change(word)
                for word in words) or not _NOW.isdisjoint(words)  # «теперь у меня 5 разряд», "… licence now"
    removes = any(_like(word, _REMOVE) for word in words)
    others = [field for field, stems in _FIELDS.items() if any(_names(word, stems) for word in words)]
    if not asked or removes or set(others) - {"occupation"}:
        return None
    if any(word.startswith(_EXPERIENCE + _LEARNT) or word in _EXPERIENCE_WORDS or _like(word, _MOVED)
           for word in words):
        return None  # «права категории С получил, и опыт теперь 4 года»: two changes at once
    text = _naming_clauses(text)
    kept: list[str] = []
    found = list(_WORD_OR_NUMBER.finditer(text))
    folded = [_fold(match.group()) for match in found]
    for i, match in enumerate(found):
        word = folded[i]
        destination = i > 0 and folded[i - 1] in _INTO and (
            word.startswith(_QUALIFICATION + _PROFILE) or word in _QUALIFICATION_WORDS)
        if (destination or word.startswith(_GOT) or word.startswith(_ADD) or word in _ADD_WORDS
                or _asks_change(word) or word in _FILLERS or word in _WHEN or word in _POLITENESS
                or word.startswith(_PROFILE) or word.startswith(("kvalifik", "qualif"))) and not (
                _LICENCE_LETTER.fullmatch(match.group())):  # «права категории С»: the letter stays
            continue
        if match.group() == "I":  # "I got category CE": the worker, no licence letter
            continue
        kept.append(match.group())
    value = " ".join(kept)
    if all(_names_qualification([word], 0) and not word.startswith(_CERTIFICATE_NAMES) for word in _words(value)):
        return None  # «у меня новый сертификат»: which one is not said
    try:
        return ProfileChange("qualifications", validation.qualifications(value), adds=True)
    except validation.InvalidInput:
        return None


# The study that led to a certificate, told before it («закончил курсы сварщика, есть свидетельство», "I
# finished college, diploma in plumbing"): the story, not the certificate's name.
_STUDIED = _folded("zakonchil okonchil otuchil uchilsia bitirdim okidim finished graduat studied")


def _naming_clauses(text: str) -> str:
    """The message without the clauses that tell the study, when another clause is left to name the
    certificate («закончил курсы, есть свидетельство, внесите» is «есть свидетельство, внесите»)."""
    clauses = re.split(r"[,;]\s*", text)
    kept = [clause for clause in clauses if not any(word.startswith(_STUDIED) for word in _words(clause))]
    return ", ".join(kept) if kept and len(kept) < len(clauses) and any(
        _names_qualification(_words(clause), i) for clause in kept for i in range(len(_words(clause)))) else text


_WORD_OR_NUMBER = re.compile(r"[^\W_]+(?:[.,]\d+)?")


# Languages taken off: «уберите турецкий из языков», «араб тілін өшіріңіз», "remove Arabic from my
# languages", "I don't speak Turkish really, take it off". A word that removes, the languages named, and no
# trade, data or account to remove instead.
def _languages_removed(text: str, words: list[str]) -> ProfileChange | None:
    if any(word.startswith(_ASKED_BACK) for word in words):
        codes = validation.languages_named(text)
        named_trade = any(_names(word, _FIELDS["occupation"]) for word in words)
        return ProfileChange("languages", tuple(codes), adds=True) if codes and not named_trade else None
    removes = any(_like(word, _REMOVE) for word in words) or ("take" in words and _fold("off") in words)
    typed = _WORD.findall(text.lower())
    if not removes or any(_deleted(words, i, typed) for i in range(len(words))):
        return None
    if any(word.startswith(_ADD) or word in _ADD_WORDS for word in words):
        return None  # «уберите турецкий и добавьте арабский»: two changes at once
    codes = validation.languages_named(text)
    if not codes or any(_names(word, _FIELDS["occupation"]) for word in words):
        return None
    return ProfileChange("languages", tuple(codes), removes=True)


# A trade put in place of the one held: «смените профессию на водителя», «мамандығымды жүргізушіге
# ауыстырыңыз», "change my job to driver", "swap welder for pipe fitter", «я теперь не сварщик а электрик,
# поменяйте». A word that changes, and the trade named («профессию», "occupation"), or a trade told as what
# the worker is now («поменяйте профессию, я теперь сантехник»); the new trade follows «на», "to" or "for",
# the one replaced («со сварщика», "welder") comes before.
_SWAP = frozenset(_folded("svap swap замените заменить замени алмастыр almastir"))
_SECOND = frozenset(_folded("второй вторую второю вторым second екінші ekinshi"))
_NEW_TRADE_MARK = frozenset(_folded("na to for with"))
_OLD_TRADE_MARK = frozenset(_folded("s so from"))
_MY_JOB = re.compile(r"(?<!\w)(my|мою|моя|мои)\s+(jobs?|работу|работа|работы)(?!\w)", re.IGNORECASE)


def _replacement(text: str, words: list[str]) -> ProfileChange | None:
    changes = [i for i, word in enumerate(words)
               if (_like(word, _CHANGE) or word in _SWAP or word.startswith(tuple(_SWAP))) and word not in _NEW]
    if not changes or any(word.startswith(_ADD) or word in _ADD_WORDS for word in words):
        return None
    if not _SECOND.isdisjoint(words):
        return None  # «второй профессией поставьте водителя»: a trade added beside the one held
    named = any(_names(word, _FIELDS["occupation"]) for word in words)
    others = [field for field, stems in _FIELDS.items()
              if field != "occupation" and any(_names(word, stems) for word in words)]
    if others:
        return None
    now = not _NOW.isdisjoint(words) or any(word.startswith(_NOT_ANY_MORE) for word in words)
    swapped = any(word in _SWAP or word.startswith(tuple(_SWAP)) for word in words)
    if not named and not (now and _told_what_i_am(text)) and not swapped:
        return None
    new, old = _new_and_old_trade(text)
    if not new or not _names_a_trade(new, sure=True):  # «поменяйте мою работу на стройке»: a place, no trade
        return None
    if not named and not now and not (old and _names_a_trade(old, sure=True)):
        return None  # "swap welder for pipe fitter": a swap of two trades, each plainly one
    return ProfileChange("occupation", new, replaces=True, old=old if old and _names_a_trade(old) else None)


# A language spoken now, told as news («енді ағылшынша жақсы сөйлеймін», "I speak English well now», «теперь
# говорю по-турецки»): learnt, as «выучил» tells it.
_SPEAKS = _folded("govoriu razgovarivaiu soileimin soiley speak")


def _speaks_now(text: str, words: list[str]) -> bool:
    return (any(word.startswith(_SPEAKS) for word in words) and not _NOW.isdisjoint(words)
            and bool(validation.languages_named(text)))


def _languages_learnt(text: str, words: list[str]) -> ProfileChange | None:
    """«выучил турецкий на курсах», "I learnt Arabic in Dubai": the languages named join those held."""
    if not any(word.startswith(_LEARNT) for word in words) and not _speaks_now(text, words):
        return None
    codes = validation.languages_named(text)
    return ProfileChange("languages", tuple(codes), adds=True) if codes else None


def _told_what_i_am(text: str) -> bool:
    """The worker says what they are now: «я теперь сантехник», "I'm a baker now", «енді электрикпін»."""
    return bool(re.search(r"(?<!\w)(?:я|i\s*a?m|i'm|мен|men)(?!\w)|\w(?:пін|пын|мін|мын|бін|бын)(?!\w)", text,
                          re.IGNORECASE))


def _new_and_old_trade(text: str) -> tuple[str, str | None]:
    """The words of the new trade, and of the one replaced if named."""
    found = list(_WORD.finditer(text))
    marks = [i for i, match in enumerate(found) if _fold(match.group()) in _NEW_TRADE_MARK]
    if marks:
        mark = found[marks[-1]]
        clause = _CLAUSE_END.split(text[mark.end():].strip(), maxsplit=1)[0]
        new = _value(clause, "occupation")
        before = text[:mark.start()]
        olds = [m for m in _WORD.finditer(before) if _fold(m.group()) in _OLD_TRADE_MARK]
        old_text = before[olds[-1].end():] if olds else before
        old = _value(old_text, "occupation") if old_text.strip() else None
        if new:
            return new, old or None
    clauses = [clause for clause in re.split(r"[,.;!]", text) if clause.strip()]
    for clause in reversed(clauses):
        value = _value(clause, "occupation")
        if value and _names_a_trade(value):
            return value, None
    return "", None


# Years of experience grown («уже 7 лет опыта, обновите», «тәжірибем 7 жыл болды», "update my experience to
# 15 years"): the word for experience, a word that changes or «теперь», and the new count; the one the
# profile held («…а в анкете стоит 6», «не 3, а 13») is not it.
_EXPERIENCE = _folded("opit staj tajirib otil experi expiri")
_EXPERIENCE_WORDS = frozenset(_folded("exp stazh"))
_WITH_UNIT = re.compile(  # a range whole («5-6 лет»: the lower end, as the wizard keeps it)
    r"(?<![\d.,])(?:\d{1,2}\s*[-–]\s*)?(\d{1,2})\s*\+?\s*(?:лет|года?|жыл\w*|jyl\w*|jıl\w*|let|goda?|years?|yrs?|yeras|yaers)(?!\w)",
    re.IGNORECASE,
)
_WORKING = _folded("rabotaiu istei work")
_BECAME = frozenset(_folded("boldi стал стало became уже uzhe"))


# Years at work told as an anniversary («10 лет как работаю сварщиком», «жұмыс істегеніме 12 жыл толды», "just hit
# 7 years as an electrician"): the experience grown, as news.
_ANNIVERSARY = re.compile(
    r"(?<!\w)\d{1,2}\s*(?:лет|года?)\s+как\s+(?:я\s+)?работа\w*|(?:істегеніме|istegenime)\s+\d{1,2}\s*(?:жыл|jyl)\s+"
    r"(?:толды|toldy)|(?:hit|reached|completed)\s+\d{1,2}\s+years?\s+(?:as|of|in|at)(?!\w)", re.IGNORECASE)


def _years(text: str, words: list[str]) -> ProfileChange | None:
    anniversary = bool(_ANNIVERSARY.search(text))
    named = anniversary or any(word.startswith(_EXPERIENCE) or word in _EXPERIENCE_WORDS for word in words) or bool(
        re.search(r"(?<!\w)(?:the|my)\s+years(?!\w)", text, re.IGNORECASE)) or (
        # «сварщиком работаю уже 9 лет, а в анкете стоит 6, обновите»: the work and its years, a change asked
        any(word.startswith(_WORKING) for word in words) and bool(_WITH_UNIT.search(text))
        and any(_asks_change(word) for word in words))
    if not named:
        return None
    others = [field for field, stems in _FIELDS.items() if any(_names(word, stems) for word in words)]
    if any(_names_qualification(words, i) for i in range(len(words))) or _CATEGORY.search(text):
        others.append("qualifications")  # «права категории С получил, и опыт теперь 4 года»: two at once
    asked = (anniversary or any(_asks_change(word) for word in words) or not _NOW.isdisjoint(words)
             or not _BECAME.isdisjoint(words))
    # «живу в Экибастузе теперь и стаж 10 лет»: a move told beside the years, two fields at once
    moved = not _LIVES.isdisjoint(words) or any(_like(word, _MOVED) for word in words)
    if others or moved or not asked:
        return None
    if not _WITH_UNIT.search(text):
        text = spelled_numbers(text)  # «он бес жыл деп жазыңыз»: «он» is no filler word here
    units = list(_WITH_UNIT.finditer(text))
    if units:
        candidates = [units[0].group()]
    else:  # after «на» or "to", else the words left; a period («from 2011 to 2023») read whole
        candidates = [_after_to(text) or _value(text, "occupation"), text] if _PERIOD_OF_YEARS.search(text) else [
            _after_to(text) or _value(text, "occupation")]
    if not units and _SINCE_YEAR.search(text):
        since = text[_SINCE_YEAR.search(text).start():]
        candidates.append(re.split(r"[,.;!]", since, maxsplit=1)[0])  # "since 2013, update…", «2016 жылдан бері»
    for candidate in candidates:
        try:
            return ProfileChange("years", validation.years(candidate))
        except validation.InvalidInput:
            continue
    return None


_SINCE_YEAR = re.compile(r"(?<!\w)(?:since|с|со|from)\s+(?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d\s*(?:жылдан|jyldan)",
                         re.IGNORECASE)
_PERIOD_OF_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d).*?(?<!\d)(?:19|20)\d\d(?!\d)")


# A wedding told before the new name («вышла замуж, теперь я …», "got married, my name is now …", «тұрмысқа шықтым»).
_MARRIED = re.compile(r"(?<!\w)(?:вышла\s+замуж|замуж\w*|женил\w*|got\s+married|married|тұрмысқа\s+шықтым|"
                      r"turmysqa\s+shyqtym|үйлендім|uilendim)(?!\w)", re.IGNORECASE)


def _surname_changed(words: list[str]) -> bool:
    """A surname told changed, which gives a whole name only with it (checked when the name is read)."""
    return any(word.startswith(_SURNAME) or word in _SURNAME_WORDS for word in words) and any(
        _asks_change(word) or word.startswith(("ozger", "smen", "pomen", "vzial", "took", "zamuj", "marri", "kuieuge"))
        or word == "aldim" for word in words)  # «фамилию мужа взяла», «күйеуімнің тегін алдым»


def _capitalised(value: str) -> str:
    """The name among other words: the longest run of words written with a capital («…қате жазылыпты,
    Ерболат Қасымов» is «Ерболат Қасымов»), or all of it when none or every word has one."""
    best = _capital_run(value)
    return " ".join(best) if len(best) >= 2 else value


def _capital_run(value: str) -> list[str]:
    runs: list[list[str]] = [[]]
    for word in value.split():
        if word[:1].isupper():
            runs[-1].append(word.rstrip(","))
            if word.endswith(","):  # «Ахметова, Айгерим Ахметова»: the surname, then the whole name
                runs.append([])
        elif runs[-1]:
            runs.append([])
    return max(runs, key=len)


def _adding_clause(text: str) -> str:
    """The part of the message with the word that adds, where the trade or language added is named; the
    whole message when that part names nothing («я ещё турецкий немного знаю, добавь»)."""
    clauses = re.split(r"[,;!.](?!\d)", text)
    adding = [clause for clause in clauses if any(w.startswith(_ADD) or w in _ADD_WORDS for w in _words(clause))]
    learnt = [clause for clause in clauses if any(w.startswith(_LEARNT) for w in _words(clause))]
    for clause in (adding or learnt)[:1]:
        clause_words = _words(clause)
        if clause_words:
            named = [word for word in clause_words if not (
                word.startswith(_ADD) or word in _ADD_WORDS or word in _FILLERS or word in _POLITENESS
                or _asks_change(word)
                or word.startswith(_PROFILE) or any(_names(word, stems) for stems in _FIELDS.values()))]
            return clause if named else text
    return text


def _trade_in(text: str) -> str | None:
    """The one word of a story that plainly names a trade («ауылда бес жыл тракторшы болып істедім»)."""
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) >= 4 and _fold(word) not in _FILLERS and _names_a_trade(word, sure=True):
            return word
    return None


_AS_BEFORE = frozenset(_folded("было раньше прежде"))
_YEARS_BEFORE_AS = frozenset(_folded("лет года год"))  # «10 лет как работаю»: for ten years now, no "how"


# A job got told beside a move ("new job in Pavlodar so I moved there", "moved to Aktau for a new job"): the
# reason for the move, not a vacancy to change.
_A_JOB = frozenset(_folded("job"))
_JOB_GOT = frozenset(_folded("new got found get offered landed took"))  # "new job", "got a job", "found a job"


def _no_request(raw: str, text: str, words: list[str]) -> bool:
    """A story too long for a request, a question of how, one asked, a supposition, someone else's data,
    a change refused, or a vacancy, an application or the alerts."""
    counted = [word for word in text.split()
               if re.search(r"\w", word) and _fold(re.sub(r"\W", "", word)) not in _POLITENESS]
    asking = [word for before, word, after in zip(["", *words], words, [*words[1:], ""])
              if not (word == "kak" and (before == "tak" or after in _AS_BEFORE or before in _YEARS_BEFORE_AS))]
    # «так как» (since) and «как было» (as before) ask nothing
    moved = any(_like(word, _MOVED) for word in words) and any(  # "new job in Pavlodar so I moved there": why the
        word in _A_JOB and not _JOB_GOT.isdisjoint(words[max(0, i - 2):i]) for i, word in enumerate(words))  # move
    return (len(counted) > MAX_WORDS or not _NOT_A_REQUEST.isdisjoint(asking)
            or _asked(raw, words) or not _SUPPOSED.isdisjoint(words) or not _SOMEONE_ELSE.isdisjoint(words)
            or bool(_WOULD.search(raw))
            or any(_denied(words, i) for i in range(len(words)))
            or any(w.startswith(_OTHER_THINGS) and not (w in _A_JOB and moved) for w in _words(_REASON.sub(" ", text)))
            or any(w in _TWO and _names_a_field(words[i + 1:i + 2]) for i, w in enumerate(words))
            or any(w in _BOTH and _names_a_field(words[i - 1:i]) for i, w in enumerate(words))
            or _taken_back(raw))


# A change taken back in the same message («поменяйте на Актобе… хотя нет, не надо», «…, жоқ, қалсын»,
# "…wait no, keep the old one", "actually never mind"): nothing is to be offered.
_TAKEN_BACK = re.compile(
    # «…, хотя нет, не надо», «не нужно менять»; not «не надо звонить на старый» (something else not wanted)
    r"(?<!\w)(?:(?:нет|no)\s*,?\s*не\s+(?:надо|нужно)|не\s+(?:надо|нужно)(?=\s*(?:[,.!…;]|$|менять|ничего))|не\s+меняйте|не\s+меняй|отмена|отменяю|"
    r"передумал\w*|"
    # «оставьте как было», «…, ладно, оставьте»; not «остальное оставьте» (the rest kept)
    r"оставь(?:те)?\s+(?:как\s+(?:было|есть)|стар\w+|прежн\w+|вс[её]\s+как)|(?<!стальное\s)оставь(?:те)?\s*[.!]*\s*$|"
    r"керек\s+емес|қажет\s+емес|kerek\s+emes|qajet\s+emes|қалсын|қала\s+берсін|qalsyn|ескісі\s+дұрыс|"
    r"never\s*mind|keep\s+the\s+old|leave\s+it|forget\s+it|cancel\s+that|don'?t\s+change)(?!\w)",
    re.IGNORECASE)


# A reason given after the request («снизьте зарплату, а то вакансий нет»): its vacancies are not the change.
_OTHERWISE = re.compile(r",?\s+а\s+то\s.*$", re.IGNORECASE | re.DOTALL)  # «…, а то вакансий нет»: what happens if not
_REASON = re.compile(r"(?:,\s*)?(?<!\w)(?:а\s+то|потому\s+что|because|себебі|өйткені)(?!\w).*$", re.IGNORECASE | re.DOTALL)
# Two of a field («два региона», "two regions", «облысты екеуін»): the profile keeps one, a question.
_TWO = frozenset(_folded("два две dva dve two both оба обе екі eki"))
_BOTH = frozenset(_folded("екеуін екеуі ekeuin ekeui"))  # «облысты екеуін»: after the field


def _fields_named(words: list[str]) -> set[str]:
    """The fields a message names by their words (not the languages or trades, whose names are their values)."""
    named = {field for field in ("name", "phone", "region", "salary") if any(_names(w, _FIELDS[field]) for w in words)}
    if any(w.startswith(_EXPERIENCE) or w in _EXPERIENCE_WORDS for w in words):
        named.add("years")
    if any(w.startswith(_QUALIFICATION) or w in _QUALIFICATION_WORDS for w in words):
        named.add("qualifications")
    return named


def _names_a_field(words: list[str]) -> bool:
    return any(_names(word, stems) for word in words for stems in _FIELDS.values())


def _taken_back(text: str) -> bool:
    """A phrase that withdraws the change after a word that asked for it (see `_TAKEN_BACK`); before it,
    «не надо менять…», the change is refused, which `_denied` reads."""
    found = _TAKEN_BACK.search(text)
    if found is None:
        return False
    before = _words(text[:found.start()])
    return any(_asks_change(word) or _like(word, _MOVED) for word in before)


# A value called the wrong one («не тот регион», «номер не тот», "my bad"): a mistake told, as «ошибся».
_WRONG_ONE = re.compile(r"(?<![^\W\d_])(?:не\s+(?:тот|та|то|ту|те)|my\s+bad)(?![^\W\d_])", re.IGNORECASE)


def _after_right(text: str) -> str:
    """The words after the last word that gives the right value («…, надо Актобе», «дұрысы …»), as written."""
    ends = [m.end() for m in _WORD.finditer(text) if _fold(m.group()) in _RIGHT_VALUE]
    return text[ends[-1]:] if ends else ""


def _after_to(text: str) -> str:
    """The words after the last «на» or "to", as written."""
    ends = [m.end() for m in _WORD.finditer(text) if _fold(m.group()) in _TO]
    return text[ends[-1]:] if ends else ""


def _only_new(words: list[str]) -> bool:
    """Nothing but "new" asks for the change, and no word says the amount is the one wished for."""
    signals = [word for word in words if _asks_change(word) or word.startswith(_WISHED)]
    return bool(signals) and set(signals) <= _NEW


def _strongly_asked(words: list[str]) -> bool:
    """A word that asks for the change itself, not only one that tells of a mistake."""
    return any(_like(word, _CHANGE) or word in _CHANGE_WORDS for word in words)


def _words(text: str) -> list[str]:
    return [_fold(word) for word in _WORD.findall(text.lower())]


def _corrected(text: str) -> str:
    """The message with a value denied before the right one taken out: «регион не Атырау а Мангистау» is
    «регион на Мангистау», "my region is Aktobe not Atyrau" is "my region is Aktobe"."""
    text = _MY_JOB.sub(r"\1 occupation", text)
    text = re.sub(r"(?<!\w)it[’']s(?!\w)", "its", text, flags=re.IGNORECASE)  # "typo in my name, it's …": the right one  # "change my job to driver": the trade, not a vacancy
    text = _AS_IN_PASSPORT.sub(" ", text)  # «как в паспорте»: the spelling wanted, no question of how
    text = _FATHERS_NAME.sub(" отчество ", text)  # «әкемнің атын қосыңыз»: the patronymic, not a father's data
    text = _SPOUSES_SURNAME.sub(" тегім ", text)  # «күйеуімнің тегін алдым»: the worker's own surname now
    text = _self_corrected(text)
    text = _A_NOT_B.sub("", text)  # «14 лет стажа, а не 4»: the value denied after the right one
    text = _NOT_THIS_BUT.sub(" на ", text)
    text = _THIS_NOT_THAT.sub(lambda m: m.group(0) if m.group(1).lower() in _NOT_AFTER else m.group(1), text)
    return _THAT_EMES_THIS.sub(" на ", _EMES_AFTER.sub("", text))


_AS_IN_PASSPORT = re.compile(r"(?<!\w)(?:как\s+в\s+(?:паспорте|удостоверении|документах?)|as\s+in\s+(?:my\s+|the\s+)?"
                             r"passport)(?!\w)", re.IGNORECASE)
_FATHERS_NAME = re.compile(r"(?<!\w)(?:әкемнің|әкесінің|akemnin|akemniń|ákemniń)\s+(?:атын|аты|atyn|aty)(?!\w)", re.IGNORECASE)
_SPOUSES_SURNAME = re.compile(r"(?<!\w)(?:(?:күйеуімнің|жолдасымның|kuieuimnin)\s+(?:тегін|тегi|tegin)|фамилию\s+мужа|"
                              r"мужа\s+фамилию|my\s+husband'?s\s+(?:surname|last\s+name|name))(?!\w)", re.IGNORECASE)
# A value taken back for another in the same breath («7 жыл, жоқ, 8 жыл», «в Тараз, ой, в Туркестан», "to Taraz,
# sorry, I mean Turkestan", «10 лет… хотя нет, 11»): the word that turns, between pauses, then the new value.
_TURN = re.compile(
    r"[,.…!;]+\s*(?:(?:ой|хотя\s+нет|нет|жоқ|жок|joq|no\s+wait|wait\s+no|wait|no|sorry|вернее|точнее|"
    r"(?:хотя\s+)?(?:подождите|погодите|подожди|стоп)(?:\s*,?\s*пусть\s+будет)?)"
    r"(?:\s*[,.…!]*\s*(?:i\s+mean|я\s+имел\s+в\s+виду|sorry))?|i\s+mean)\s*[,.…!]*\s+", re.IGNORECASE)
_EARLIER_VALUE = re.compile(
    r"\d[\d\s()+-]*(?:\s*(?:лет|года?|год|жыл\w*|jyl\w*|years?|yrs?|риал\w*|rial\w*|qar))?(?!\w)"
    r"|(?<=[\s,])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:-[^\W\d_]+)?")


def _self_corrected(text: str) -> str:
    """The message with a value it took back left out: the numbers and capitalised words of the clause
    before the last turn («…, жоқ, …»), when a number or a capitalised word follows the turn."""
    turns = [turn for turn in _TURN.finditer(text) if re.search(r"\d|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", text[turn.end():])]
    if not turns:
        return text
    turn = turns[-1]
    before = text[:turn.start()]
    start = max(before.rfind(mark) for mark in ",.;…!") + 1
    return before[:start] + _EARLIER_VALUE.sub(" ", before[start:]) + " " + text[turn.end():]


def _asked(raw: str, words: list[str]) -> bool:
    """A question, not a request, unless it asks politely for the change."""
    lowered = _GREETING.sub(" ", raw.lower())
    question = "?" in raw or not _PARTICLES.isdisjoint(re.findall(r"\w+", lowered))
    polite = not _POLITE.isdisjoint(words) or any(
        word in _CAN and after in _YOU for word, after in zip(words, words[1:]))
    may = (not _MAY.isdisjoint(words) and any(_asks_change(word) or word.startswith(_ADD) or word == _MAKE
                                              for word in words)) or bool(_MAY_KAZAKH.search(lowered))
    return question and not polite and not may


def _denied(words: list[str], i: int) -> bool:
    """The word at i, or a no just before it, denies the change («не меняй», «өзгертпеңіз», "don't move")."""
    word = words[i]
    for stem in _KAZAKH_VERBS:
        if word.startswith(stem) and word[len(stem):].startswith(_NO_ENDINGS):
            return True
    if word not in _NO:
        return False
    following = words[i + 1:i + 3]
    if following[:1] and following[0] in _NO_NEED:  # «не надо менять», "don't ever change"
        following = following[1:]
    return any(_asks_change(w) or w.startswith(_ADD) or w in _ADD_WORDS or _like(w, _MOVED) or _deletes(w)
               for w in following[:1])


def _asks_change(word: str) -> bool:
    return (_like(word, _CHANGE) or word in _CHANGE_WORDS or word.startswith(_CORRECTION)
            or word in _CORRECTION_WORDS)


def _like(word: str, stems: tuple[str, ...]) -> bool:
    """The word begins with one of the stems, or, for the commonest words of a request, with the stem typed
    one letter wrong, missing, doubled or swapped, its vowels heard as they are spoken («паминяйте»,
    «пиреехал», "chnage", "regoin"). Only those: «қосып» (adding) is one letter from «көшіп» (moving)."""
    if word.startswith(_NOT_REQUESTS):
        return False
    if word.startswith(stems):
        return True
    if word.startswith(_NOT_SLIPS):
        return False
    return any(stem in _SLIPS and word[:1] == stem[:1] and _one_slip(word, stem) for stem in stems)


def _one_slip(word: str, stem: str) -> bool:
    """One slip before the stem's last letter, which is kept: «переехать» is not «переехал»."""
    heard, want = _heard(word), _heard(stem)
    return any(heard[n - 1] == want[-1] and OSA.distance(heard[:n], want, score_cutoff=1) <= 1
               for n in (len(want) - 1, len(want), len(want) + 1) if n <= len(heard))


def _heard(word: str) -> str:
    """Unstressed Russian vowels written as heard: о and а, е and и are one sound."""
    return word.replace("o", "a").replace("e", "i")


def _move(text: str, words: list[str], asked: bool) -> ProfileChange | None:
    """A move told («переехал в Актау») is the new region; in a longer message only when the worker asks
    for the change too or says they live there now, and never beside a phone or another field's name (two
    things at once: «новый номер … и переехал в Астану»)."""
    if len(words) > MAX_MOVED_WORDS and not asked:
        return None
    others = [field for field, stems in _FIELDS.items()
              if field != "region" and any(_names(word, stems) for word in words)]
    if others or _PHONE.search(text):
        return None
    return _checked("region", _moved_to(text), adds=False)


# A number given up beside the one to use («8 701 … больше не мой, пишите на 8 747 …», "87011112233 is not mine
# anymore, call 87472223344"): the other number is the new phone, though no field is named.
_GIVEN_UP = re.compile(r"^\W*(?:больше\s+не\s+мой|уже\s+не\s+мой|не\s+мой|не\s+работает|не\s+актуален|"
                       r"is\s+not\s+mine|not\s+mine|is\s+not\s+working|doesn'?t\s+work|"
                       r"істемейді|менікі\s+емес|istemeidi)(?!\w)", re.IGNORECASE)


def _old_number_given_up(text: str, words: list[str]) -> ProfileChange | None:
    numbers = list(_PHONE.finditer(text))
    if len(numbers) != 2 or not _GIVEN_UP.search(text[numbers[0].end():numbers[1].start()]):
        return None
    phone = validation.own_phone_number(numbers[1].group())
    return ProfileChange("phone", phone) if phone else None


# The pay wished with its sum right after («хочу зарплату 600 долларов», «зарплату хочу 2500», "I want my salary 2500").
_PAY_WISHED = re.compile(r"(?<!\w)(?:хочу\s+(?:зарплат\w*|оклад\w*)|(?:зарплат\w*|оклад\w*)\s+хочу|want\s+(?:my\s+)?"
                         r"(?:salary|pay))\s+\d", re.IGNORECASE)


def _told_anew(field: Field | None, text: str, words: list[str]) -> bool:
    """A phone or a salary told anew without a word that changes: «потерял телефон, теперь номер …»,
    «нөмірім енді …»; «желаемая зарплата теперь 2к»."""
    now = not _NOW.isdisjoint(words)
    if field == "phone":  # «номерім 8 747 … болды»: became; «номер теперь восемь семьсот …»: dictated
        return bool(_PHONE.search(text) or _PHONE.search(spelled_numbers(text))) and (
            now or not _BECAME.isdisjoint(words) or any(word.startswith(_PHONE_TOLD) for word in words))
    if field == "salary":  # «зарплату хочу не меньше 2000»: the least pay wished, not a search for a trade's pay
        wished = any(word.startswith(_WISHED) for word in words)
        said_wished = bool(_PAY_WISHED.search(text)) and not _pay_searched(text, asked=True)  # «хочу зарплату 600 …»
        return wished and (now or bool(_AT_LEAST.search(text)) or said_wished) and not _WANTED_ELSE.search(text) and (
            _trade_in(text) is None) and not _pay_searched(text, asked=False)
    if field == "region":
        return now or not _BECAME.isdisjoint(words)
    return False


def _moved_to(text: str) -> str:
    """The words that name where the worker moved: those after the last «в» or "to" that a region follows
    («из Актау в Алматы», "to Astana in spring"), to the end of their clause, without a place left
    («Ақтаудан»). A place named with a capital that is no region («…now I am in Doha») ends the search."""
    found = list(_WORD.finditer(text))
    starts = [match.end() for match in found if _fold(match.group()) in _MOVED_TO]
    # The first place after the word that moves («переехал в Алматы два года назад, а в анкете Тараз»).
    verb = next((m.end() for m in found if _like(_fold(m.group()), _MOVED) or _fold(m.group()) in _LIVES), None)
    first = [begins for begins in starts if verb is not None and begins > verb][:1]
    for begins in [*first, *reversed(starts), 0]:
        clause = _CLAUSE_END.split(text[begins:].strip(), maxsplit=1)[0] if begins else text
        words = " ".join(word for word in clause.split() if not _left_from(word))
        if validation.passes(validation.region, words):
            return words
        if begins and clause[:1].isupper():
            return ""
    return ""


def _left_from(word: str) -> bool:
    """A place left (Kazakh «Ақтаудан»); «Түркістан», "Turkestan" end in «-стан», a name, not a case."""
    folded = _fold(word.strip(",.!"))
    return len(folded) > 5 and folded.endswith(_FROM_ENDINGS) and not folded.endswith("stan")


def _field(words: list[str], adds: bool = False) -> Field | None:
    """The one field the words name; None for none, for two, or for a name that is not the profile's."""
    joined = " ".join(words)
    if any(word.startswith(_SURNAME) or word in _SURNAME_WORDS for word in words) or "last name" in joined:
        return None
    named = [field for field, stems in _FIELDS.items() if any(_names(word, stems) for word in words)]
    if not named and any(word.startswith(_PROFILE) for word in words):
        named = ["occupation"]  # «добавь сварщика в профиль»: only a trade is added to a profile so
    if named == ["occupation"] and any(_names(word, _FIELDS["salary"]) for word in words):
        return None
    if not named and any(word.startswith(_LANGUAGE_ALONE) for word in words):
        return "languages" if adds else None
    return named[0] if len(named) == 1 else None


def _names(word: str, stems: tuple[str, ...]) -> bool:
    if any(word == stem or _swapped(word, stem) for stem in stems if stem in _WHOLE_WORDS or len(stem) >= 4):
        return True  # "nmae", «нмоер», "phoen": two letters swapped
    return _like(word, tuple(stem for stem in stems if stem not in _WHOLE_WORDS))


def _swapped(word: str, stem: str) -> bool:
    """A short name typed with two letters swapped ("nmae"): its first letter and length kept."""
    return len(stem) >= 4 and len(word) == len(stem) and word[0] == stem[0] and OSA.distance(word, stem) == 1 and (
        sorted(word) == sorted(stem))


def _added_unnamed(text: str) -> ProfileChange | None:
    """Something added with no field named: languages when it reads as languages alone («я ещё турецкий
    немного знаю, добавь», "I also speak Turkish, please add it"), a trade when it is plainly one ("I'm
    also a mason, can you add that")."""
    value = _value(text, "occupation")
    if _reads_as_languages(value):
        return _checked("languages", value, adds=True)
    if _to_someone(value):
        return None
    if len(value.split()) > 3 or not _names_a_trade(value, sure=True):
        value = _trade_in(text) or ""
    return ProfileChange("occupation", value) if value else None


# «операторға қосыңызшы» puts the worker through to someone («қосу» also connects), it adds no trade.
_PUT_THROUGH = frozenset(_folded("оператор operator человек адам менеджер manager"))
_TO_ENDINGS = ("ға", "ге", "қа", "ке", "ga", "ge", "qa", "ǵa", "ǵe")


def _to_someone(value: str) -> bool:
    words = value.lower().split()
    return bool(words) and (words[-1].endswith(_TO_ENDINGS) or any(_fold(w).startswith(tuple(_PUT_THROUGH))
                                                                  for w in words))


def _reads_as_languages(value: str) -> bool:
    return not _names_a_trade(value, sure=True) and validation.passes(validation.spoken_languages, value)


def _value(text: str, field: Field) -> str:
    """The message without its request, field and filler words: what is left is the new value. After a
    word that gives the right value («правильно …») only what follows counts, and after «на» or "to" only
    what follows that («с Мангистау на Алматы»)."""
    marks = [m.end() for m in _WORD.finditer(text) if _fold(m.group()) in _RIGHT_VALUE]
    if marks and re.search(r"\w", text[marks[-1]:]):
        text = text[marks[-1]:]
    stems = _CHANGE + _ADD + _PROFILE + _CORRECTION + _LEARNT + tuple(s for stems in _FIELDS.values() for s in stems)
    kept: list[tuple[int, int]] = []
    last_to = 0
    for match in _WORD.finditer(text):
        folded = _fold(match.group())
        if folded in _TO:
            last_to = match.end()
        if field == "name" and match.start() > 0 and match.group()[:1].isupper():
            continue  # «Жанна», «Ян»: a name kept even where it is spelt as a little word («жаңа», «я»)
        drop = (folded in _FILLERS or folded in _CHANGE_WORDS or folded in _ADD_WORDS or folded in _POLITENESS
                or folded in _CORRECTION_WORDS or folded.startswith(_WISHED) or _names(folded, stems))
        if drop:
            kept.append((match.start(), match.end()))
    value = "".join(" " if any(a <= i < b for a, b in kept) else char for i, char in enumerate(text))
    after = _clean(value[last_to:])
    return after if field != "name" and last_to and after else _clean(value)


def _clean(value: str) -> str:
    """Dashes, colons and commas left between the words taken out («аты-жөнім», «номер: …») go too."""
    return " ".join(re.sub(r"(?<!\w)[-–—:,.!](?!\d)|[-–—:,.!](?=\s*$)", " ", value).split())


def _names_a_trade(words: str, sure: bool = False) -> bool:
    """The words name a trade; `sure` when no word of the message said it was one, so a word that only
    resembles a trade («группу») is not taken."""
    if not any(char.isalpha() for char in words):
        return False
    found = matching.suggest_occupations(words, limit=1)
    return bool(found) and (not sure or found[0].score >= 90)


# A trade taken off: a word that removes and the trade («убери водителя», «дәнекерлеуші мамандығын алып
# тастаңыз», "remove cook from my profile"), or the worker saying they no longer do it («я больше не
# сварщик», «мен енді жүргізуші емеспін», "I'm not a driver anymore"). Only when the trade is plainly one
# and nothing else is deleted (the data, the account, «меня»: /delete's confirmation instead).
_NO_LONGER = frozenset(_folded("больше уже anymore longer"))
_NOT_ANY_MORE = _folded("емеспін emespin")  # «мен енді жүргізуші емеспін»
_NOT_THE_TRADE = frozenset(_folded(
    "не not no больше уже anymore longer работаю работал work working worked as a an i m im am из from it off "
    "take алып енді я мен тастаңыз профессий профессию профессии мамандығын мамандықтан болып bolyp "
    "істемеймін istemeimin істемеймин"
))
_NOT_TRADE_STEMS = _REMOVE + _NOT_ANY_MORE + _FIELDS["occupation"] + _PROFILE
_WISH_WORDS = frozenset(_folded("хочу хотел буду могу want will can келеді"))


def _removal(text: str, words: list[str]) -> ProfileChange | None:
    removes = any(_like(word, _REMOVE) and word != "join" and not word.startswith(_JOIN) for word in words) or (
        "take" in words and _fold("off") in words)
    no_longer = any(word.startswith(_NOT_ANY_MORE) for word in words) or (
        not _NO_LONGER.isdisjoint(words) and not (_NO | {"no"}).isdisjoint(words))
    if not (removes or no_longer) or not _WISH_WORDS.isdisjoint(words):
        return None
    if any(word.startswith(_ADD) or word in _ADD_WORDS for word in words):
        return None  # «удалите профиль сантехника и добавьте электрика»: two changes at once
    typed = _WORD.findall(text.lower())
    if any(_deleted(words, i, typed) for i in range(len(words))):
        return None
    named = any(_names(word, _FIELDS["occupation"]) for word in words)
    for clause in re.split(r"[,.;!]|\s(?:и|and|but)\s", text):
        kept = [w for w in clause.split() if _of_the_trade(_fold(re.sub(r"\W", "", w)))]
        trade = " ".join(re.sub(r"[^\w\s-]", "", w) for w in kept).strip()
        if trade and len(kept) <= 3 and _names_a_trade(trade, sure=not named):
            return ProfileChange("occupation", trade, removes=True)
    return None


def _of_the_trade(word: str) -> bool:
    """A word left when the request, the field and the words around a trade are taken out."""
    return (word not in _NOT_THE_TRADE and word not in _FILLERS and not word.startswith(_NOT_TRADE_STEMS)
            and not _like(word, _REMOVE))


def _phone_in(text: str) -> str | None:
    """The new phone: a number not marked as the old one («старый 8701…») or the one changed from
    («с 8701… на 8702…»); of two, the one told as now («был 8701…, теперь 8702…», "now 8702…")."""
    numbers = list(_PHONE.finditer(text))
    for found in numbers if len(numbers) > 1 else []:
        before = _words(text[:found.start()])[-2:]
        if not (_NOW | _NEW).isdisjoint(before):
            return found.group()
    for found in numbers:
        before = _words(text[:found.start()])[-3:]
        if _OLD.isdisjoint(before[-1:]) or not _INSTEAD.isdisjoint(before):
            return found.group()
    return None


def _checked(field: Field, value: str, adds: bool) -> ProfileChange | None:
    """The value as the wizard would keep it, or None when the wizard would ask again."""
    try:
        if field == "phone":
            found = _phone_in(value) or (value if not re.search(r"\d", value) else None)  # said in words
            phone = validation.own_phone_number(found) if found else None
            return ProfileChange("phone", phone) if phone else None
        if field == "region":
            return ProfileChange("region", validation.region(value))
        if field == "salary":
            return _salary(value)
        if field == "languages":
            return ProfileChange("languages", tuple(validation.spoken_languages(value)), adds=adds)
        return ProfileChange("name", validation.full_name(value))
    except validation.InvalidInput:
        return None


def _salary(value: str) -> ProfileChange:
    """A pay wished: in riyals as the wizard keeps it; in dollars, its riyals at the fixed rate (the worker
    sees both before Save); in tenge, another currency or by the hour, no sum (the bot asks for a month's pay
    in riyals, as the worker plainly wants the pay changed). Anything else is no pay (`InvalidInput`)."""
    try:
        return ProfileChange("salary", validation.salary(value))
    except validation.InvalidInput as error:
        if error.key not in ("error-salary-currency", "error-salary-per-month"):
            raise
    dollars = validation.in_dollars(value)
    if dollars is not None:
        return ProfileChange("salary", dollars[1], dollars=dollars[0])
    if not re.search(r"\d|" + _NUMBER_WORD, value, re.IGNORECASE):
        raise validation.InvalidInput("error-salary-number")
    return ProfileChange("salary", None)


_NUMBER_WORD = r"(?:тысяч|мың|myn|myń|thousand|сто|двест|триста|пятьсот|жүз|hundred)"


# A field the profile may leave empty, taken off: the phone («удалите мой номер из анкеты», «телефон нөмірімді
# өшіріп тастаңыз», "please delete my phone number"), the minimum pay («уберите минимальную зарплату, согласен на
# любую») or the certificates ("remove my certificate, it expired"). No number beside it (a new one given is a
# change, read elsewhere), nothing added, and not the account, the data or the profile itself (/delete's
# confirmation instead).
_EMPTIED: tuple[Field, ...] = ("phone", "salary")
_STORE = _folded("baz databas sistem system дерекқор derekqor")


def _field_taken_off(text: str, words: list[str]) -> ProfileChange | None:
    removes = any(_like(word, _REMOVE) and not _joins(word) for word in words) or (
        "take" in words and _fold("off") in words)
    if not removes or re.search(r"\d", text) or any(word.startswith(_ADD) or word in _ADD_WORDS for word in words):
        return None
    typed = _WORD.findall(text.lower())
    if any(_deleted(words, i, typed) or word.startswith(_STORE) for i, word in enumerate(words)):
        return None  # «удалите мой номер из вашей базы»: the worker's data, not one field
    named = {field for field, stems in _FIELDS.items() if any(_names(word, stems) for word in words)}
    if any(_names_qualification(words, i) for i in range(len(words))):
        named.add("qualifications")
    if len(named) != 1 or validation.languages_named(text):
        return None
    field = next(iter(named))
    if field not in (*_EMPTIED, "qualifications"):
        return None
    return ProfileChange(field, "", removes=True)
