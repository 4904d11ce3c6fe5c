"""The worker's name, as typed at the name step: the name itself, without the greeting, the words before
it or emoji, and never another step's answer saved as a name."""

from __future__ import annotations

import re
import unicodedata

from bot.i18n import language_named
from bot.number_words import spelled_numbers
from bot.validation.answer import FILLERS, SAID_AGAIN, InvalidInput, asks_back, settled, without_question
from bot.validation.languages import _spoken_language
from bot.validation.phones import PHONE_CANDIDATE, own_phone_number
from bot.validation.answer import passes
from bot.validation.regions import REGION_WORDS, region
from bot.validation.replies import skips
from matching.text import skeleton

MAX_NAME_LENGTH = 100


# The words people put before their name («меня зовут Айдос», «менің атым Айдос», "my name is Aidos",
# «ФИО: …»), also misspelt («меня завут»): not part of it.
_NAME_INTRO = re.compile(
    r"^(?:м[еи]?ня\s+з[ао]вут|мо[её]\s+имя|имя|фио|я|это|m[ei]?n[yi]?a\s+z[ao]vut|mo[eyi]o?\s+imy?a|fio|ya|менің\s+атым|менің\s+есімім|менің\s+аты[-\s]жөнім|атым|есімім|"
    r"аты[-\s]жөнім|аты-жөні|(?:men[iıі][nńñ]\s+)?(?:atym|atım|esimim)|"  # the same in Kazakh Latin letters
    # the words turned round («зовут меня Бекзат»), and the bot asked to write it («пишите Абенов Данияр»)
    r"з[ао]вут\s+м[еи]?ня|(?:за|на)?пишите|write\s+down|"
    r"(?:толық\s+|tolyq\s+|toliq\s+)?(?:аты-жөнім|aty-?j[oó]nim)|"  # «толық аты-жөнім:», full name
    # "name" typed with two letters swapped ("my nmae is", "Nmae:")
    r"my\s+(?:full\s+)?n(?:am|ma)e\s+is|my\s+name'?s|n(?:am|ma)e|full\s+name|i\s+am|i'?m|this\s+is|it'?s|call\s+me|"
    # the name as the passport spells it («по паспорту Жумабаев Ерлан», «паспорт бойынша …», "as in passport")
    r"по\s+паспорту|как\s+в\s+паспорте|паспорт\s+бойынша|pasport\s+boiynsha|as\s+in\s+(?:my\s+)?passport|"
    # what the passport says («в паспорте написано …», "my passport says …")
    r"(?:my\s+|the\s+)?passport\s+says|в\s+паспорте\s+(?:написано|указано|стоит))\s*[:,—–-]?\s+",
    re.IGNORECASE,
)
# A greeting before the name («Здравствуйте, меня зовут…», «Сәлеметсіз бе, менің атым…», "Hi! I'm…"); a
# greeting alone is no name, and the question is asked again.
_GREETING = re.compile(
    r"^(?:здравствуйте|здрасьте|привет|добрый\s+(?:день|вечер)|доброе\s+утро|салам|сәлем|салем|"
    r"сәлеметсіз\s*бе|салеметсиз\s*бе|ассалаума[ғг]?алейкум|salem|salemetsiz\s*be|"
    r"hi|hello|hey|good\s+(?:morning|afternoon|evening))(?![^\W\d_])[\s,.!)]*",
    re.IGNORECASE,
)
# The name between the words that tell it («меня Асель зовут»), and before them in Kazakh («Асель Бекова деген
# атым бар», «Ерлан деп атаңыз»).
_NAME_BETWEEN = re.compile(r"^(?:м[еи]?ня|m[ei]?n[yi]?a)\s+(.+?)\s+з[ао]вут\s*[.!]?$|^(.+?)\s+(?:деген|деп)\s+"
                           r"(?:атым|есімім|аты-жөнім|атаңыз|жазыңыз)(?:\s+бар)?\s*[.!]?$", re.IGNORECASE)
# «Мен Ерланмын», "men Erlanmyn": "I am Erlan", the name with the ending that makes it "I am".
_I_AM_KAZAKH = re.compile(r"^(?:мен|men)\s+(.{2,}?)(?:мын|мін|пын|пін|бын|бін|myn|min|pyn|pin|byn|bin)$", re.IGNORECASE)
# A refusal to give the name («не хочу говорить», «айтпаймын», "I'd rather not"): why it is asked.
# "I am from …" in one Kazakh word («Шымкенттенмін», «Oraldanmyn»): the place and its endings.
_FROM_A_PLACE = re.compile(r"(?:мен\s+|men\s+)?([^\W\d_]{3,}?)(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)"
                           r"(?:мын|мін|myn|min|mın)", re.IGNORECASE)
# The same after a comma without «-мын» («Бейсенов Талғат, Атыраудан»): from a place.
_FROM_A_PLACE_COMMA = re.compile(r"([^\W\d_]{3,}?)(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)", re.IGNORECASE)
_REFUSAL = re.compile(
    r"(?<![^\W\d_])(?:не|don'?t|won'?t|not)(?![^\W\d_])|[^\W\d_]+(?:ма|ме|па|пе|ба|бе)(?:ймын|ймін)(?![^\W\d_])|"
    # the same in Latin letters («aitpaimyn»), and not wishing to («айтқым келмейді», "prefer not to")
    r"[^\W\d_]+(?:ma|me|pa|pe|ba|be)(?:imyn|imin|ymyn|ımyn|ımın)(?![^\W\d_])|келмейді|kelmeidi|prefer\s+not|"
    # «айтпай-ақ қояйын» (I'd rather not say), and not knowing typed short ("idk", «хз»)
    r"(?<![^\W\d_])(?:айтпай|aitpai|жазбай|jazbai)\w*|(?<![^\W\d_])(?:idk|dunno|хз)(?![^\W\d_])",
    re.IGNORECASE,
)


# The words before a name inside a longer message («…Меня зовут Бауыржан Есенов, мне 34 года»; «Сәлеметсіз
# бе, мен Шымкенттенмін, атым Нұржан»), and a surname told after it («Ерлан, фамилия Тоқтаров»).
_NAME_INTRO_WITHIN = re.compile(
    r"(?<![^\W\d_])(?:м[еи]?ня\s+з[ао]вут|мо[её]\s+имя|m[ei]?n[yi]?a\s+z[ao]vut|менің\s+атым|менің\s+есімім|атым|есімім|"
    r"men[iı][nńñ]\s+(?:atym|atım|esimim)|name\s+is|"
    # the full name after a short one («зовите меня просто Ернар, полностью Ернар Касенов», "in full …")
    r"полностью|толығымен|толық\s+аты|tolyǵymen|tolygymen|in\s+full|full\s+name\s+is|"
    # a relative's name told by the one writing for them («отца зовут …», «Анамның аты …», "his name is …")
    r"(?:её|ее|его|отца|папу|маму|мать|мужа|жену|брата)\s+з[ао]вут|"
    r"[^\W\d_]+(?:ның|нің|дың|дің|тың|тің|n[yıi](?:ñ|ń|ng|n))\s+(?:аты(?:-жөні)?|есімі|aty|esimi))\s*[:,—–-]?\s+",
    re.IGNORECASE)

# A son or daughter often types for a father or mother who does not use Telegram («за папу пишу: …», «әкем
# үшін жазып отырмын, аты-жөні …», "I'm writing for my dad, his name is …"). Said in a clause of its own
# before or after the name, who is writing is no part of the name; said alone («пишу за отца», "Dad"),
# the name itself is still missing, and it is asked for.
_RELATIVE = re.compile(
    r"(?<![^\W\d_])(?:пап[аеуы]|отц[аеуы]|отец|мам[аеуы]|мать|матери|сын|сына|сыну|сынок|дочь|дочка|дочери|"
    r"доченька|него|неё|нее|пишу|пишет|пишем|әкем\w*|әкесі\w*|анам\w*|анасы\w*|ұлым|қызым|үшін|жазып|"
    r"жазамын|akem\w*|ákem\w*|anam\w*|ushin|úshin|jazyp|jazamyn|dad|daddy|father\w*|mother\w*|mom|mum|"
    r"(?:my|his|her)\s+son|daughter|writing|behalf)(?![^\W\d_])",
    re.IGNORECASE)
# A relative named just before the name, with no comma («anam Gulnar Seitova», «папа Серик Аманов»).
_RELATIVE_BEFORE = re.compile(
    r"^(?:мой\s+|моя\s+|my\s+)?(?:папа|отец|мама|мать|әкем|анам|akem|ákem|anam|dad|father|mother|mom|mum|"
    # a husband, wife, brother or sister named the same way («муж мой, …», "my brother …", «інім …»)
    r"муж|жена|брат|сестра|husband|wife|brother|sister|күйеуім|әйелім|інім|ағам|әпкем|қарындасым)"
    r"(?:\s+(?:мой|моя))?\s*[:,—–-]?\s+(?=[^\W\d_])", re.IGNORECASE)
# What an older worker calls the one they write to («Здравствуйте, сынок», «балам»): no part of the name.
_VOCATIVE = re.compile(r"сынок|сынком|доченька|дочка|балам|айналайын|қарағым|қарағым|balam|ainalaiyn|dear",
                       re.IGNORECASE)
# A name said to be missing («нет имени», «фамилии нет», «у меня нет отчества», "no name", "I don't have a surname",
# «атым жоқ», «есімім жоқ», "atym joq"): the words of a none and of the name only, never a name itself.
_NONE_WORDS = frozenset("нет нету нету без отсутствует no none not don t dont have haven got without a my i у меня "
                        "жоқ жок joq jok zhoq менің mening meniń men".split())
_NEGATIONS = frozenset("нет нету нету без отсутствует no none not dont don haven without жоқ жок joq jok zhoq".split())
_NAME_WORDS = re.compile(r"(?:им(?:я|ени|ена)|фамили[яий]|отчеств[оа]|name|surname|ат(?:ым|ы|ымыз)|есім(?:ім|і)?|"
                         r"тег(?:ім|і)?|aty[mn]?|at[iı]m|esim(?:im|i)?|tegim?)", re.IGNORECASE)

# A patronymic said to be missing after the name («Сериков Ерлан, отчества нет», «… без отчества», "…, no middle
# name", «…, әкесінің аты жоқ»): no part of the name.
_NO_PATRONYMIC = re.compile(
    r"[\s,;.—–-]+(?:(?:нет|нету|без)\s+отчества|отчества\s+(?:нет|нету)|(?:no|without)\s+(?:middle\s+name|patronymic)|"
    r"(?:әкесінің\s+аты|әкемнің\s+аты)\s+(?:жоқ|жок))\s*[.!]?$", re.IGNORECASE)

def _says_no_name(value: str) -> bool:
    """Whether the answer only says the name is missing (see `_NONE_WORDS`)."""
    words = re.findall(r"[^\W\d_]+", value.lower())
    named = [word for word in words if _NAME_WORDS.fullmatch(word)]
    return bool(named) and any(word in _NEGATIONS for word in words) and all(
        word in _NONE_WORDS or _NAME_WORDS.fullmatch(word) for word in words)


# The question itself typed before the answer («Как вас зовут? …», «Атыңыз кім? …», "What is your name? …"),
# or the form's label for it («Фамилия имя отчество:», «Ф.И.О.», "Name of worker:").
_ASKED = re.compile(
    r"(?:как\s+)?вас\s+зовут|ваше\s+(?:имя|ф\.?\s*и\.?\s*о\.?)|атыңыз(?:\s+кім)?|аты-жөніңіз|есіміңіз(?:\s+кім)?|"
    r"at[yı][nñń]g?[yı]z(?:\s+kim)?|what(?:'s|\s+is)\s+your\s+(?:full\s+)?name|your\s+(?:full\s+)?name|"
    r"фамилия,?\s+(?:и\s+)?имя(?:,?\s+(?:и\s+)?отчество)?|имя,?\s+(?:и\s+)?фамилия|ф\.?\s*и\.?\s*о\.?|аты-жөні|"
    r"(?:full\s+)?name(?:\s+of\s+(?:the\s+)?(?:worker|employee|candidate|applicant))?",
    re.IGNORECASE)
# An age or a year of birth told beside the name («52 года», «55 жаста», "58 years", «1968 г.р.»).
_AGE = re.compile(r"(?:мне\s+|ему\s+|ей\s+|age\s+)?\d{1,3}\s*(?:лет|года?|год|жаста\w*|жас\w*|years?(?:\s+old)?|"
                  r"y\.?\s*o\.?)?|(?:19|20)\d\d\s*(?:г\.?\s*р\.?|года?\s+рождения|ж\.?\s*т\.?|жылы\s+туған\w*)?",
                  re.IGNORECASE)
# A birth year or date after the name, with the words that say so or without («… 12.05.1994», «… 1990 жылы
# туғанмын», "…, born 03.09.1991").
_BORN_AFTER = re.compile(r"(?<=[^\W\d_])[\s,]+(?:(?:born|родил\w*|туған\w*|д\.?\s*р\.?)\s*:?\s*)?"
                         r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d)"
                         r"\s*(?:г\.?\s*р\.?|г\.|года?\s+рождения|ж\.?\s*т\.?|жылы\s+туған\w*)?\s*[.!]?\s*$",
                         re.IGNORECASE)
# Where one clause of an answer ends: a comma, colon, bracket, question mark, a full stop before a space
# (not an initial's, «А.Б. Нурланов», which no aside is), a dash between spaces.
_CLAUSE_END = re.compile(r"[,:;?!()]+|\.(?=\s)|\s[—–-]\s")
# What is said after the name about it or about the writer («…, это я», «… болам», "(as in passport)", a
# nickname in brackets «Жумабаев Ерлан (Ерик)»): no part of it.
_SAID_AFTER = re.compile(
    r"\s*\([^()]*\)?\s*$|[\s,—–-]+(?:это\s+я|бұл\s+мен|it'?s\s+me|that'?s\s+me|(?:the\s+)?same\s+as\s+in\s+"
    r"(?:my\s+)?passport)\s*[.!]?\s*$|\s+(?:болам|боламын|боламын\s+ғой|bolam|bolamyn|here)\s*[.!]?\s*$"
    # the bot asked to write it down («… пишите», «… запишите», "… write it down")
    r"|\s+(?:пишите|запишите|напишите|жазыңыз|jazynyz|write\s+it(?:\s+down)?)\s*[.!]?\s*$"
    # the answer closed («… и всё», «…, вот и всё», "…, that's it")
    r"|[\s,]+(?:и|вот\s+и)\s+вс[её]\s*[.!]?\s*$|[\s,]+that'?s\s+(?:it|all)\s*[.!]?\s*$",
    re.IGNORECASE)
# The father named in words after the name («Кенжебаев Нурлан сын Амангельды», «… дочь Серика», "… son of
# Kairat"): whose child the worker is, not the worker's name (a patronymic written as one, «Қайратұлы», or
# with «ұлы», «оглы», «кызы», stays).
_FATHER_NAMED = re.compile(r"(?<=[^\W\d_])[\s,]+(?:сын|дочь|son\s+of|daughter\s+of)\s+[^\W\d_]+\s*[.!]?\s*$",
                           re.IGNORECASE)
# A year or a date of birth told after the name with the rest of a CV line after it («Досмагамбетов Ерлан
# Кайратович 1987 года рождения Актобе сварщик», "…, born 1990, Taraz, welder"): the name ends before it.
_BORN_WITHIN = re.compile(r"(?<=[^\W\d_])[\s,]+(?:(?:19|20)\d\d\s*(?:г\.?\s*р\.?|года?\s+рождения|жылы\s+туған\w*)|"
                          r"(?:born|родил\w*|туған\w*|д\.?\s*р\.?|дата\s+рождения|date\s+of\s+birth)\s*:?\s*"
                          r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d)).*$", re.IGNORECASE)
# A CV's heading pasted before the name («Резюме.», "CV:", «Түйіндеме»): no part of it; alone, no name.
_CV_HEADING = re.compile(r"^(?:резюме|cv|resume|résumé|curriculum\s+vitae|түйіндеме|tüiindeme|túıindeme)"
                         r"(?![^\W\d_])[\s.:,;—–-]*", re.IGNORECASE)
# A no that corrects a name dictated without commas («меня зовут Ерлан нет Ернар Сапаров»): the name after it.
_NO_BEFORE_NAME = re.compile(r"(?<![^\W\d_])(?:нет|жоқ|жок|joq)(?![^\W\d_])", re.IGNORECASE)
# An age after the name with no comma before it («Сапаров Ерлан 35 жаста», "Marat Zhaksylykov 28 years old").
_AGE_AFTER = re.compile(r"(?<=[^\W\d_])[\s,]+(?:мне\s+)?\d{1,3}\s*(?:лет|года?|жаста\w*|жас\w*|years?\s+old|y\.?\s*o\.?)"
                        r"\s*[.!]?\s*$", re.IGNORECASE)
# The sounds and words a dictated answer fills its pauses with («ээ», «ммм», «ну», «короче», «это самое»,
# "uh", "um"): no part of the name, wherever they come.
_FILLERS = FILLERS
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|г-н|г-жа)\.?\s+", re.IGNORECASE)
# Each part of the name told with its label, in the order said («фамилия Исмаилов имя Руслан»).
_SURNAME_TOLD = re.compile(r",?\s*(?:фамил[иья]\w*|тегім|tegim|tegіm|surname|last\s+name|имя|отче\w*|first\s+name|"
                           r"given\s+name|patronymic)\s*[:—–-]?\s+(\S+)",
                           re.IGNORECASE)
# Answers to other steps typed at the name's: years («5 лет», «бес жыл тәжірибем»), a town with the word
# that makes it one («из Шымкента», "I'm from Aktau", «Shymkent qalasy»).
_ANOTHER_ANSWER = re.compile(
    r"(?<![^\W\d_])(?:лет|года?|жыл|жылдан|jyl|jıl|years?|yrs|опыт\w*|стаж\w*|тәжірибе\w*|tajiribe\w*|"
    r"experience|из|from|город|г|қала\w*|qala\w*|облыс\w*|oblys\w*|област\w*|oblast\w*|obl|region|ауданы|район\w*|"
    # a note about how to reach the worker («только ватсап», «тек ватсап», "WhatsApp only")
    r"ват?с[ао]п\w*|вацап\w*|whats?app|wh?atsap+|телеграм\w*|telegram|только|тек|only|звоните|call|"
    # another field's label from a CV or a form («Дата рождения», "Date of birth")
    r"рождени\w*|birth|туған\s+(?:күн\w*|жыл\w*))"
    r"(?![^\W\d_])", re.IGNORECASE)


def _another_step(value: str) -> bool:
    """Whether a would-be name is the answer to another step: a trade («сварщик», "welder"), languages
    («русский, казахский») or a town or region alone («Алматы»)."""
    words = re.findall(r"[^\W\d_]+", value.casefold())
    if (any(language_named(word) or word in _LEVELS for word in words)
            and all(word in ("и", "and", "және", "jane") or word in _LEVELS or language_named(word)
                    or (len(words) > 1 and _spoken_language(word)) for word in words)):
        return True  # «русский, казахский», "basic English": languages, with how well they are spoken
    key = skeleton(value)
    if any(key.startswith(skeleton(place)) and len(key) - len(skeleton(place)) <= 2
           for _, places in REGION_WORDS for place in places if len(place) >= 5 and place[-1] not in "!?"):
        return True  # «Караганда», «Алматы»: a place, perhaps with a case ending; not «Оралбек»
    from matching.occupations import classify_title  # the trades' index loads only when a name is typed
    found = classify_title(value) if len(words) <= 3 else None
    return found is not None and found.score >= _TRADE_SCORE


_TRADE_SCORE = 95
# How well a language is spoken, said beside it at the wrong step ("basic English", «английский средний»).
_LEVELS = frozenset("basic beginner elementary intermediate advanced fluent native good little a bit some "
                    "средний средне базовый начальный родной свободно свободный немного хорошо плохо "
                    "орташа жақсы аздап ана тілім еркін".split())


# What others call the worker, told after the name («…, все зовут Алик», "…, everyone calls me Alik").
_NICKNAME = re.compile(r"(?<![^\W\d_])(?:calls?\s+me|call\s+me|зовут|называют|деп\s+атайды|dep\s+ataidy)(?![^\W\d_])",
                       re.IGNORECASE)
# A surname and a name written as a list does, with a comma between them, each a capitalised word.
_SURNAME_COMMA_NAME = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:-[^\W\d_]+)?,\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+")
_WHY = re.compile(r"\b(?:зачем|почему|для чего|why|неге|не үшін|кто\s+спрашивает|а\s+вы\s+кто|who\s+(?:is|'s)\s+asking|"
                  r"who\s+are\s+you|кім\s+сұрап\s+тұр|сіз\s+кімсіз)\b", re.IGNORECASE)  # who asks it, a question back
# Signs no name holds but links, addresses and usernames do ("http://t.me/…", "@aidos", "www.…").
_NOT_IN_NAME = re.compile(r"https?:|www\.|t\.me/|@\w", re.IGNORECASE)
# Latin letters that look like Cyrillic ones, and back: «Aйгерим» typed with a Latin A is «Айгерим».
_LATIN_LOOKALIKES = str.maketrans("AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху")
_CYRILLIC_LOOKALIKES = str.maketrans("АаВСсЕеНКМОоРрТХху", "AaBCcEeHKMOoPpTXxy")


def full_name(text: str | None) -> str:
    """Two to a hundred characters, mostly letters: a name, not a sticker or a paragraph. A greeting and
    the words before it («меня зовут», "my name is") are left out, and so are emoji around it; a name
    corrected («Ержан, ой, Ерлан») is the second, and one told in a story («…Меня зовут Бауыржан Есенов, мне
    34 года…») is found in it. Years, a trade, a place or languages typed at this step are asked again."""
    text = without_question(text)
    if not text.strip():
        raise InvalidInput("error-name-empty")
    text = _CV_HEADING.sub("", text.strip(), count=1)
    if not text.strip():
        raise InvalidInput("error-name-other-answer")  # "Curriculum Vitae": a heading, the name still to come
    said = settled(text, _name_of, SAID_AGAIN)
    if said == text:
        said = settled(text, _name_of_two_words, _NO_BEFORE_NAME)
    return _name_of(said)


def _name_of_two_words(text: str) -> str | None:
    """The name in an answer when it has two words or more (a surname and a name), else None: what may
    follow a no that corrects a name (see `_NO_BEFORE_NAME`)."""
    name = _name_of(text)
    return name if len(name.split()) >= 2 else None


def _name_of(text: str) -> str:
    """The name in one answer (see `full_name`)."""
    value = " ".join(_FILLERS.sub(" ", _without_symbols(text)).split())
    if not value:  # only emoji: a name is letters
        raise InvalidInput("error-name-letters")
    if skips(value):  # «пропустить», "skip": the name is the one answer that cannot be left out, so why
        raise InvalidInput("error-name-question")
    value = _GREETING.sub("", value, count=1)
    if _says_no_name(value):  # «нет имени», "no name", «атым жоқ»: the name is still to come, so why it is asked
        raise InvalidInput("error-name-question")
    value = _NO_PATRONYMIC.sub("", value, count=1).strip() or value
    value = _SAID_AFTER.sub("", value, count=1).strip() or value
    value = _FATHER_NAMED.sub("", value, count=1)
    value = _without_asides(_without_question_after(value))
    value = _BORN_WITHIN.sub("", value, count=1) if len(_BORN_WITHIN.sub("", value, count=1).split()) >= 2 else value
    value = _without_age_in_words(_AGE_AFTER.sub("", _BORN_AFTER.sub("", value)))
    value = _without_place_after(_without_phone_after(value))
    value = _RELATIVE_BEFORE.sub("", value, count=1)
    value = _TITLE.sub("", value, count=1)
    value = _NAME_BETWEEN.sub(lambda m: m.group(1) or m.group(2), value, count=1)
    value = _NAME_INTRO.sub("", value, count=1) or value
    told = _NAME_INTRO_WITHIN.search(value)
    if told is not None:
        value = value[told.end():]
    if _FROM_A_PLACE.fullmatch(value.strip(" .!")) and passes(region, _FROM_A_PLACE.fullmatch(value.strip(" .!"))[1]):
        raise InvalidInput("error-name-other-answer")  # «Шымкенттенмін»: "I am from Shymkent", a place
    value = _I_AM_KAZAKH.sub(r"\1", value)
    # «men Erbol», «Мен Ержан Қалиев»: "I am"; "Men" capitalised before one word alone may be a surname
    value = re.sub(r"^(?:мен|men)\s+(?=[^\W\d_]*[A-ZА-ЯӘҒҚҢӨҰҮҺІ])|^(?:Мен|Men)\s+(?=\S+\s+\S)", "", value)
    value = _SURNAME_TOLD.sub(lambda match: " " + match.group(1), value)
    first, _, rest = value.partition(",")
    if (re.search(r"\d", rest) or _NICKNAME.search(rest)) and first.strip():  # «Aidos Serikbayuly, 32 years old, welder»
        value = first.strip()
    elif _told_beside(first, rest):  # «…Асхат Серикович, я из Шымкента, работаю сварщиком…»: the next steps' answers
        value = first.strip()
    elif _SURNAME_COMMA_NAME.fullmatch(value):  # «Абенов, Нурлан»: the surname, a comma, then the name
        value = " ".join(value.replace(",", " ").split())
    if not value:
        raise InvalidInput("error-name-empty")
    if "?" in value or _WHY.search(value) or _REFUSAL.search(value):  # «а зачем вам моё имя?»: why it is asked
        raise InvalidInput("error-name-question")
    if _RELATIVE.search(value) or _ASKED.fullmatch(value.strip(" .")):  # «пишу за отца», "Dad", «имя»
        raise InvalidInput("error-name-relative")
    if len(value) > MAX_NAME_LENGTH:
        raise InvalidInput("error-name-too-long", max=MAX_NAME_LENGTH)
    letters = sum(1 for char in value if unicodedata.category(char).startswith("L"))
    if _NOT_IN_NAME.search(value) or letters < 2 or letters < len(value.replace(" ", "")) * 0.7:
        raise InvalidInput("error-name-letters")
    if _AGE.fullmatch(spelled_numbers(value).strip(" .!")):  # «отыз бес жастамын»: an age said in words
        raise InvalidInput("error-name-other-answer")
    if re.search(r"\d", value) or _ANOTHER_ANSWER.search(value) or _another_step(value):
        raise InvalidInput("error-name-other-answer")
    return " ".join(_one_alphabet(word) for word in value.split())


def _told_beside(first: str, rest: str) -> bool:
    """Whether the clauses after a name of two words or more are other steps' answers or a wish (a town, the
    years, a trade, «хочу поехать в Катар»), told in the same breath and no part of the name."""
    words = first.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", word) for word in words):
        return False
    return bool(_ANOTHER_ANSWER.search(rest) or _WISH.search(rest))


# A question of the worker's own after the name («Серикбаев Ержан, а зачем вам моё имя?», «…, жұмыс бар ма?»,
# "…, is there welder work?"): the name is the words before it.
_QUESTION_AFTER = re.compile(r"^(?P<name>[^\W\d_]+(?:[\s-]+[^\W\d_]+){1,3})\s*[,.;:—–-]\s*(?P<question>[^,.;:]+)$")


def _without_question_after(value: str) -> str:
    """The answer without a question asked after the name (see `_QUESTION_AFTER`)."""
    told = _QUESTION_AFTER.fullmatch(value.strip())
    if told is None or not asks_back(told["question"]) or asks_back(told["name"]) or _WHY.search(told["name"]):
        return value
    return told["name"]


def _without_phone_after(value: str) -> str:
    """The name without the next step's phone typed after it («Кенжебаев Алибек 8 701 234 77 10»)."""
    last = None
    for last in PHONE_CANDIDATE.finditer(value):
        pass
    if last is None or value[last.end():].strip(" .,!") or own_phone_number(last.group()) is None:
        return value
    return _PHONE_NAMED.sub("", value[:last.start()]).strip() or value


# The words that name the phone before its number («…, нөмірім 8707…», «тел», "call me on"): with a name
# before them they go with the number; alone, the answer holds no name and is asked again.
_PHONE_NAMED = re.compile(r"(?:^|[\s,;:—–-]+)(?:(?:мой|my|моя)\s+)?(?:тел\.?|тлф|телефон\w*|номер\w*|нөмір\w*|"
                          r"n[oó]mir\w*|nomer\w*|phone|number|mob\w*|ват?сап|whats?app|on|на|call\s+me(?:\s+on)?)?"
                          r"[\s,;:—–-]*$", re.IGNORECASE)


# Where the worker lives, told after the name («… я из Актобе», "…, from Taraz", «…, Шымкенттенмін»): the
# next step's answer, kept for it, not part of the name.
_PLACE_AFTER = re.compile(r"[\s,]+(?:(?:я|мен|i'?m|i\s+am)\s+)?(?:из|from)\s+(\S+(?:\s+\S+)?)\s*[.!]?\s*$",
                          re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s,]+([^\W\d_]+)\s*[.!]?\s*$")


def _without_place_after(value: str) -> str:
    """The name without a place the worker lives in told after it (see `_PLACE_AFTER`)."""
    told = _PLACE_AFTER.search(value)
    if told is not None and told.start() > 0 and passes(region, told.group(1)):
        return value[:told.start()]
    word = _WORD_AFTER.search(value)
    place = _FROM_A_PLACE.fullmatch(word.group(1)) if word is not None and word.start() > 0 else None
    if place is None and word is not None and word.start() > 0 and value[word.start():].lstrip().startswith(","):
        place = _FROM_A_PLACE_COMMA.fullmatch(word.group(1))  # «…, Атыраудан»: from Atyrau, after a comma
    if place is not None and passes(region, place.group(1)):
        return value[:word.start()]
    return value


def _without_age_in_words(value: str) -> str:
    """The name without an age said in words after it with no comma («Бекова Айгүл отыз бес жаста»)."""
    words = value.split()
    if len(words) < 3 or not re.fullmatch(r"(?:жаста\w*|жас|лет|года?)", words[-1], re.IGNORECASE):
        return value
    for count in (3, 2, 1):  # the longest number first: «отыз бес» before «бес»
        said = " ".join(words[-1 - count:-1])
        if len(words) - 1 - count >= 2 and not re.search(r"\d", said) and spelled_numbers(said).isdigit():
            return " ".join(words[:-1 - count])
    return value


def _without_asides(value: str) -> str:
    """The answer without the clauses around the name that are not it: who is writing for whom, what the
    writer calls the bot, the question or form label typed before it, an age («за папу пишу: 52 года,
    Аманов Серик» is «Аманов Серик»). A clause that tells the name («отца зовут …») is never left out."""
    bounds = [0]
    for match in _CLAUSE_END.finditer(value):
        bounds.extend((match.start(), match.end()))
    bounds.append(len(value))
    clauses = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    while len(clauses) > 1 and _aside(value[slice(*clauses[0])]):
        clauses.pop(0)
    while len(clauses) > 1 and (_aside(value[slice(*clauses[-1])]) or (
            len(value[clauses[0][0]:clauses[-2][1]].split()) >= 2 and _trade_told(value[slice(*clauses[-1])]))):
        clauses.pop()  # a trade told after a name of two words or more («…, медсестра»)
    return value[clauses[0][0]:clauses[-1][1]].strip()


# How the name is to be written, said beside it: the alphabet or the passport («пишите латиницей», «паспорт
# бойынша», "in Latin letters").
_SPELLING_NOTE = re.compile(
    r"(?:(?:пишите|напишите|запишите|жазыңыз|write(?:\s+it)?)\s+)?(?:латиницей|кириллицей|латынша|кириллицамен|"
    r"латын\s+әрпімен|in\s+latin(?:\s+letters)?|in\s+cyrillic|как\s+в\s+паспорте|по\s+паспорту|"
    r"паспорт\s+бойынша|pasport\s+boiynsha|as\s+in\s+(?:my\s+|the\s+)?passport)", re.IGNORECASE)


# A wish told after the name, why the worker writes («хочу в Катар работать», «Катарда жұмыс істегім келеді»).
_WISH = re.compile(r"(?:хочу|хотел\w*|хотим|ищу|want|would\s+like|looking\s+for|[^\W\d_]+гім\s+келеді|"
                   r"жұмыс\s+іздеймін)(?![^\W\d_])", re.IGNORECASE)


def _aside(clause: str) -> bool:
    """Whether one clause of a name's answer is said beside the name rather than being it."""
    clause = clause.strip(" .")
    if _SPELLING_NOTE.fullmatch(clause.strip(" .")):
        return True
    if _WISH.match(clause) and len(re.findall(r"\w+", clause)) > 1:
        return True  # «…, хочу в Катар работать», "…, looking for work": why the worker writes  # «пишите латиницей: …», «…, паспорт бойынша»: how to write it, not the name
    if not clause or _ASKED.fullmatch(clause) or _VOCATIVE.fullmatch(clause) or _AGE.fullmatch(clause) or (
            _AGE.fullmatch(spelled_numbers(clause))):  # «…, отыз жастамын»: an age in words
        return True
    return _RELATIVE.search(clause) is not None and _NAME_INTRO_WITHIN.search(clause + " ") is None


# A place told after the trade («водитель из Тараза», "driver from Taraz"): the trade is the words before it.
_FROM_PLACE = re.compile(r"\s+(?:из|from|in|в|во)\s+.*$", re.IGNORECASE)


def _trade_told(clause: str) -> bool:
    """Whether a clause after the name tells the worker's trade («…, медсестра», "…, driver from Taraz"):
    the next step's answer typed early, left out of the name."""
    words = _FROM_PLACE.sub("", clause.strip(" .")).strip()
    if not words or len(words.split()) > 3 or _ASKED.fullmatch(words):  # «Фамилия, имя»: the form's label
        return False
    from matching.occupations import classify_title  # the trades' index loads only when a name is typed
    found = classify_title(words)
    return found is not None and found.score >= _TRADE_SCORE


def _without_symbols(text: str) -> str:
    """The text without emoji and other pictographs (and their joiners), which no name holds."""
    return "".join(
        " " if unicodedata.category(char) in ("So", "Sk", "Cs") else char
        for char in text
        if unicodedata.category(char) != "Cf" and not "\ufe00" <= char <= "\ufe0f"
    )


def _one_alphabet(word: str) -> str:
    """A word typed in two alphabets in the one whose lookalikes (A, E, C, o) slipped in from the other
    keyboard layout, so the name is found as it was meant; a word that cannot be one alphabet is kept."""
    if _alphabets(word) < 2:
        return word
    for lookalikes in (_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES):
        mended = word.translate(lookalikes)
        if mended != word and _alphabets(mended) == 1:
            return mended
    return word


def _alphabets(word: str) -> int:
    """How many of the Latin and Cyrillic alphabets a word's letters are in."""
    names = [unicodedata.name(char, "") for char in word if char.isalpha()]
    return any("LATIN" in name for name in names) + any("CYRILLIC" in name for name in names)
