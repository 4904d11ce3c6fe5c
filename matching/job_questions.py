"""Messages that ask for work in general, not for one occupation: «есть работа?», «жұмыс бар ма?»,
"any jobs?", «ищу работу», «хочу в Катар», «Катарда жұмыс істегім келеді», «сколько вакансий?». A worker
who writes one wants the list the bot would show for /jobs; read as a search, «бар» ("there is") met the
bartenders and «есть работа» met nothing at all."""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from .pay import asked_pay, names_no_riyals
from .places import NEAR_METRO, names_two_towns, split_town
from .text import HOTEL_NAMES, skeleton

# Beginnings of the words for work and vacancies, as `skeleton` writes them (ru, kk, en).
_WORK = ("rabot", "vakans", "jumis", "job", "vacanc", "vork", "orin", "emplo", "opening")
# Qatar itself: «хочу в Катар», «Катарға барғым келеді», "I want to go to Qatar" ask for work there.
_QATAR = ("katar",)
# Going and wanting: «поехать», «барғым келеді», «істегім келеді», "go".
_GOING = frozenset("poehat uehat poedem bargim baram baramyz barsam barip keledi go istegim istesem isteimin jumis".split())
# Words that may come with them in such a question: "is there", "any", "for me", "new", "looking for",
# "show my".
_AROUND = frozenset(
    "est li bar barma ma me ba be pa pe bolsa ani there is are menia mne magan kakaia kakie kakoi "
    "kandai novie novaia nev jana bos sizderde sizde u vas podskajite pojaluista please helo privet salem "
    "hi hei salam salemetsiz zdraste dobri den pls plz pliz "
    "zdravstvuite shov nujna nujen ned ishu izdep izdeimin jurmin loking im hochu kerek vant "
    "pokaji pokajite moi moia moiu mi dai daite korset korsetiniz "
    # How many, and when new ones come: «сколько вакансий?», «когда будут новые вакансии?», "how many jobs",
    # «қашан жаңа бос орындар болады»: the list as it is now answers both.
    "skolko kansha hov mani kogda kashan vhen vil be budut bolad boladi poiaviatsia nujno nado "
    # More and other ones («ещё вакансии», «другие вакансии», «басқа жұмыс», "more jobs"), and help finding
    # them («помогите найти работу», «жұмыс табуға көмектесіңіз», "can you help me find a job").
    "more other else eshe esho ewe drugie drugaia drugoi drugoe baska tagi "
    "help pomogite pomogi naiti naidite naidi podishite podishi find can eu komektesiniz komektesin tabuga "
    "tauip berinizshi beriniz bershi bir "  # «бір жұмыс тауып беріңізші», «найди мне работу»
    # Where to see them, and the words a dictated question comes with («так а где посмотреть вакансии», «ну а
    # работа вообще есть какая-нибудь», «сколько всего вакансий сейчас», «я хочу в Катар», «бос орындарды
    # көрсетші», «жаңа вакансиялар қашан шығады»).
    "gde posmotret smotret vobshe nibud kakaia-nibud vsego seichas ia men korsetshi korsetiniz shigadi "
    "vhere se "  # "where do I see the vacancies"
    "vhich "  # "which vacancies fit me?"
    "do have "  # "do you have any work?", "every job you have"
    # The list sent again, the ones that fit («скинь ещё раз вакансии которые мне подходят», «маған арналған
    # вакансияларды көрсет», "show my vacancy list"), whether it holds more than these («в списке всего две,
    # больше нет ничего?», «тізімде екі ғана ма»), and new ones coming ("new jobs is coming?").
    "skin skinte skinia kotorie podhodiat podhodit podhodiashie arnalgan sai saikes korset fit suit "
    "list spisok spiske spiska tizim tizimde bolshe tolko vsego dve tri eki ush gana tek only onli korsetinizshi "
    "coming come kelad keledi togda onda again snova opiat "
    "prishlite prishli jiberiniz jiberinizshi send "  # «пришлите список вакансий»
    # What a condition or a refusal leaves once it is set aside («работа есть, но не на стройке», "but not").
    "no but and lish jelatelno "
    "boldi boldy "  # «кез келген жұмыс болса болды»: "as long as there is work"
    # What can be found, asked in need: «а мне какую работу можно найти», «срочно», «тез арада», "i just need a job".
    "kakuiu mojno srochno tez arada urgent urgentli just bi "
    "nemu nei "  # «я хочу к нему, есть работа?»: to join a relative there
    "birak biraq jibershi "  # «бірақ құрылыста емес»: but not; «жіберші»: send them
    "davaite "  # «давайте ещё что-нибудь»: let me see more
    "uvidet "  # «хочу увидеть все вакансии»
    "abroad vhat get nam".split()  # "looking for a job abroad", "what jobs can I get?"
)
# A refusal told before the request («меня не выбрали, покажите тогда другие вакансии», «бұл вакансияға өтпедім,
# басқа вакансиялар бар ма», "after reject can i see other jobs"): the list is where the worker goes on from, so
# these words are set aside, and not counted, as the fillers are.
_ONCE_MORE = frozenset("eshe esho ewe".split())
_REFUSED = frozenset("vibrali vziali otkazali otkaz otkaza after reject rejected posle otpedim otpedi bul bugan".split())
# The list just shown refused beside the request: «другие вакансии есть? эти не подходят», «басқа жұмыс бар ма, бұлар
# ұнамады», "other jobs please, these don't fit": the rest of the list is asked for, and «ещё что-нибудь» is other work.
# The work held now refused the same way: «лучше, чем у меня сейчас», «қазіргі жұмысымнан жақсырақ», "better than what I
# have now": other work is asked for, which the worker's list holds.
_BETTER_THAN_NOW = (
    r"(?<!\w)(?:(?:по)?лучше,?\s+чем\s+(?:у\s+меня\s+)?(?:сейчас|теперь|нынешн\w*|моя)"
    r"|(?:қазіргі|казирги|qazirgi|kazirgi)\s+(?:жұмысым|жумысым|jumysym)\w*\s+(?:жақсырақ|жаксырак|jaqsyraq|jaqsyrak|jaksyrak)"
    r"|better\s+than\s+(?:what\s+i\s+have|my\s+(?:current|present)\s+(?:one|job|work))(?:\s+now)?)(?!\w)"
)
_LIST_REFUSED = re.compile(
    rf"{_BETTER_THAN_NOW}|"
    r"(?<!\w)(?:эти|они|these|those|they|бұлар|булар|bular|мыналар|mynalar)\s+(?:мне\s+|маған\s+|magan\s+|ma[gǵ]an\s+)?"
    r"(?:не\s+(?:подходят|подошли|нравятся|понравились|устраивают)|(?:don'?t|do\s+not)\s+(?:fit|suit)(?:\s+me)?|"
    r"are\s+not\s+(?:for\s+me|good)|ұнамады|унамады|unamady|ұнамайды|унамайды|unamaidy|сәйкес\s+емес|сайкес\s+емес|"
    r"saikes\s+emes|келмейді|келмейди|kelmeidi)(?!\w)",
    re.IGNORECASE,
)
# Something for the worker, with no word for work («есть что-нибудь для меня?», «маған бірдеңе бар ма»,
# "anything for me?"): the same question, so such a word stands for the work when one for "me" is there.
_SOMETHING = frozenset("nibud chto-nibud chto-to chtoto ugodno chto-ugodno birdene anithing somthing something".split())
_FOR_ME = frozenset("menia mne magan me".split())
# Fillers of a dictated message, not counted among its words («ну», «короче», «так», "um").
_FILLERS = frozenset("nu koroche vot tak e ee eee em um uh like ieah tipa negizi basicali so ok okei".split())


# Work as where one goes («жұмысқа», «на работу», "to work"): beside a condition, the question is about the
# condition («на работу транспорт есть?», "is there transport to work?"), where «работа с жильём есть?» asks
# for work that has it.
_TO_WORK = re.compile(
    r"(?<!\w)(?:жұмысқа|жумыска|жұмыска|jumysqa|jumyska|zhumysqa|zhumyska|(?<!хочу\s)на\s+работу|до\s+работы|na\s+rabotu|"
    # (not the work wished for: «хочу на работу», "want to work", "I'd like to work")
    r"(?<!want\s)(?<!wants\s)(?<!like\s)(?<!need\s)to\s+(?:the\s+)?(?:work|site|job))(?!\w)",
    re.IGNORECASE,
)


# Enough of them: «не надо больше вакансий», «хватит вакансий», «вакансия керек емес», "no more jobs please": the
# alerts refused, not the list asked for.
_ENOUGH = re.compile(
    r"(?<!\w)(?:не\s+(?:надо|нужно|нужны|присылай\w*|отправляй\w*)|хватит|керек\s+емес|kerek\s+emes|жібермең\w*|"
    r"jibermen\w*|no\s+more(?!\s+than)|stop\s+(?:sending|the)|don'?t\s+send)(?!\w)",
    re.IGNORECASE,
)


# "What is there" asked with no word for work: «маған не бар?», "what is there for me": the same question as «есть
# что-нибудь для меня?».
_WHAT_IS_THERE = re.compile(
    r"(?<!\w)(?:(?:не|ne)\s+(?:бар|bar)(?=\s*(?:[?!.]|$|ма\b|ma\b))|what\s+(?:is|'s)\s+there|what\s+do\s+you\s+have"
    # What else, beside a trade refused: «не хочу уборщицей, что ещё есть?», «тағы не бар», "what else is there"
    r"|что\s+(?:ещ[её]|еще)\s+(?:есть|бывает)|(?:тағы|тагы|tagy|taǵy)\s+(?:не|ne)\s+(?:бар|bar)|what\s+else(?:\s+is\s+there)?)",
    re.IGNORECASE,
)


# "What is there" asked last, after a condition: «на полгода что есть?», «с жильём что есть?».
_WHAT_IS_THERE_LAST = re.compile(r"(?<=\s)что\s+есть(?=\s*[?!.]*\s*$)", re.IGNORECASE)


# Work like one of the list just shown: «что-нибудь похожее на вторую», «екіншісіне ұқсас жұмыс», "more like the
# second one": the worker's list is what such work is found in (the ordinal is no pay, no trade).
_ORDINAL = (
    r"(?:перв|втор|трет|четв[её]рт|пят|последн|perv|vtor|tret|posledn|бірінш|біріш|екінш|үшінш|төртінш|бесінш|соңғ|"
    r"birinsh|ekinsh|ushinsh|u[sş]h?[iı]nsh|tortinsh|songy|first|second|third|fourth|fifth|last|1st|2nd|3rd)\w*"
)
_LIKE_ONE = re.compile(
    rf"(?<!\w)(?:(?:(?:похож\w*|так(?:ую|ие|ое|ой|ая)\s+же)(?:\s+как)?|как)\s+на\s+{_ORDINAL}(?:\s+(?:ваканси\w*|работ\w*))?"
    rf"|{_ORDINAL}\s+(?:ұқсас|уқсас|уксас|ұксас|uqsas|uksas|úqsas)"
    rf"|(?:like|similar(?:\s+ones?)?\s+to)\s+(?:the\s+)?{_ORDINAL}(?:\s+(?:one|job|vacancy))?)(?!\w)",
    re.IGNORECASE,
)
# Work like the list just shown, no one of it named: «ещё похожие есть?», «такие же ещё есть?», «осындай тағы бар ма?»,
# "more like this", "similar ones"; the one liked said before («вторая вакансия понравилась, есть похожие?»).
_LIKE_THESE = re.compile(
    rf"(?<!\w)(?:(?:{_ORDINAL}\s+(?:ваканси\w*|ваканзи\w*|работ\w*|one|job|vacancy)?\s*)?(?:понравил\w*|панравил\w*|"
    r"ұнады|унады|i\s+liked?)[\s,]+(?:(?:есть|бар|is\s+there|are\s+there|any)\s+)?)?"
    r"(?:похож(?:ие|ее|ую|их|ая)|такие\s+же|таких\s+же|такого\s+же|pohozh\w*|pohoj\w*|осындай\w*|сондай\w*|osyndai\w*|"
    r"similar(?:\s+(?:ones?|jobs?|vacanc\w*))?|(?:more\s+)?like\s+(?:this|that|these|those)(?:\s+(?:ones?|jobs?))?)(?!\w)",
    re.IGNORECASE,
)


# Newer ones than the list shown, asked as a comparative: «а посвежее есть?», «поновее», "anything newer?", "newer ones".
_NEWER = re.compile(r"(?<!\w)(?:посвеж(?:ее|ей)|поновее|posvezh(?:ee|ei)|ponovee|newer(?:\s+ones)?)(?!\w)", re.IGNORECASE)


# Whether one may: «можно», "can women work", «бола ма», «ала ма»: a question about who is allowed, not for work.
_MAY = re.compile(
    r"(?<!\w)(?:can|may|could|allowed|можно|могут|может|разреш\w*|бола\s+ма|бола\s+ала\s+ма|ала\s+ма|bola\s+ma|ala\s+ma|mojno|mozhno)(?!\w)",
    re.IGNORECASE,
)


def asks_for_jobs(text: str) -> bool:
    """True for a short message made only of a word for work and the words around such a question, besides
    the conditions set and the trades refused («ищу работу с жильём», «жұмыс керек, құрылыста емес»). Any job
    asked for («любая работа», "any job except cleaning") is every vacancy (`asks_for_every_job`), not this."""
    return not asks_for_any_job(text) and _asks_for_work(text)


# Any job at all, whatever the trade: «любая работа», «любую», «что угодно», «кез келген жұмыс», "anything",
# "everything", "whatever". English "any" counts before a single job or work ("any job, not cleaning"); "any jobs?"
# and "is there any work for me?" ask whether there is work, which the worker's own list answers.
_ANY_JOB = re.compile(
    r"(?<!\w)(?:люб(?:ая|ую|ые)|lyub(?:aya|uyu|oy|aia|uiu)|lubaya|что[\s-]+угодно|chto[\s-]+ugodno|кем\s+угодно"
    r"|кез[\s-]*келген\w*|kez[\s-]*kelgen\w*|anything|anythin|everything|whatever)(?!\w)"
    r"|(?<!\w)any(?=\s+(?:job|work)(?!\w))",
    re.IGNORECASE,
)


_GREETING = frozenset("helo hi hei salam salem salemetsiz privet zdraste zdravstvuite dobri den sir dear".split())
# Any will do, said in words: "I don't mind", "it doesn't matter", «мне всё равно», «без разницы», «маған бәрібір».
_NO_MATTER = re.compile(
    r"(?<!\w)(?:at\s+all|(?:is|are)\s+fine|will\s+do|подойд[её]т|podoid[eio]o?t|(?:i\s+)?don'?t\s+mind|(?:it\s+)?does\s*n'?t\s+matter|no\s+matter|(?:мне\s+)?(?:вс[её]\s+равно|без\s+разницы"
    r"|не\s*важно)|(?:маған\s+)?(?:бәрібір|барибир|baribir|bäribir))(?!\w)",
    re.IGNORECASE,
)


def asks_for_any_job(text: str) -> bool:
    """Whether the worker asks for any job, with at most the conditions, refusals and the hurry `asks_for_jobs`
    allows beside work in general: the same message with a plain word for work would ask for their own list."""
    found = _ANY_JOB.search(text or "")
    if found is None:
        return False
    if _LIKE_ONE.search(text):
        return False  # "anything similar to the third one": work like one of the list
    only_english_any = all(m.group(0).lower() == "any" for m in _ANY_JOB.finditer(text))
    words = skeleton(_ANY_JOB.sub(" ", text)).split()
    if _FOR_ME.intersection(words) and (_is_question(text) or only_english_any) or only_english_any and _is_question(text):
        return False  # "any work for me", "anything for me?": whether there is work
    greeted = bool(_GREETING.intersection(words))
    if only_english_any and greeted and all(word in _GREETING or word.startswith(_WORK) for word in words):
        return False  # "hello, any work": whether there is work, asked without its question mark
    text = _NO_MATTER.sub(" ", text)
    return _asks_for_work(text) or _asks_for_work(_ANY_JOB.sub(" job ", text))  # "anything but X" refuses X


# One vacancy named by its number («вакансия №1532», «покажи вакансию 2231», «1532 вакансияға», "vacancy #4471", "job id
# 3310"): that vacancy asked about, which its card answers, not the worker's list.
_VACANCY_NUMBER = re.compile(
    r"(?<!\w)(?:ваканси\w*|ваканзи\w*|vakansi\w*|vacanc\w*|job(?:\s+id)?|id)\s*(?:№|#|номер|nomer|no\.?|number|n)?\s*\d{2,}(?!\w)"
    r"|(?<![\w.,])[№#]\s*\d{2,}(?!\w)|(?<![\w.,])\d{3,}\s*-?\s*(?:ваканси\w*|vakansi\w*)",
    re.IGNORECASE,
)


def names_a_vacancy_by_number(text: str) -> bool:
    """Whether a message names one vacancy by its number («вакансия №1532», "vacancy #4471")."""
    return _VACANCY_NUMBER.search(text or "") is not None


def _asks_for_work(text: str) -> bool:
    """`asks_for_jobs` without any job set apart."""
    if names_a_vacancy_by_number(text):
        return False  # «вакансия 3310 ещё открыта?»: one vacancy asked about, not the list
    text = without_address(text)  # «бро, есть работа?»: the friend written to is no word of the question
    better = re.search(_BETTER_THAN_NOW, text or "", re.IGNORECASE) is not None  # «лучше, чем сейчас» alone asks too
    list_refused = _LIST_REFUSED.search(text or "") is not None
    text = _LIST_REFUSED.sub(" ", text or "") if list_refused else text
    text = _WHAT_IS_THERE.sub("anything", text)  # «маған не бар?»: something for the worker
    text = _WHAT_IS_THERE_LAST.sub(" работа есть", text)  # «на полгода что есть?»: work with that condition
    text = _LIKE_ONE.sub(" работа ", text)  # «екіншісіне ұқсас»: work like one of the list
    text = _LIKE_THESE.sub(" работа ", text)  # «ещё похожие есть?», "more like this": work like the list
    text = _NEWER.sub(" работа ", text)  # «а посвежее есть?», "anything newer?": newer work than the list's
    if names_no_riyals(text) and names_no_riyals(without_conditions(text)):  # «работа от 500 тысяч тенге»: no pay in
        # riyals to search by, work asked for («күніне 8 сағат» is the hours wished, no pay by the day)
        text = asked_pay(text)[1]
    if _ENOUGH.search(_WORKER.sub(" ", text or "")):  # «не надо больше вакансий»: no more, not more
        return False  # («араб тілі керек емес жұмыс» needs no Arabic: work is asked for)
    kept = without_conditions(text)
    if _is_question(text) and tells_terms(text) and not _names_work(kept):
        return False  # "how is overtime paid in Qatar": a question about the terms, the work itself unnamed
    if _is_question(text) and _AGE.search(text or "") and not _names_work(kept):
        return False  # «жасым 60, бола ма?»: whether the worker is taken at that age, which small talk answers;
        # «мне 52, работа для меня есть?» asks for work, the age told beside it
    if _TO_WORK.search(text or "") and _set_aside(text, kept):
        return False  # «жұмысқа транспорт бар ма?»: whether the transport is there, not the work
    # «работа для мужчин до 40 лет», "for men under 40" ask for work, and so does a question naming the work («для
    # женщин есть работа?», "work for ladies?"); «есть для женщин?» and "can women work in Qatar?" ask whether women are
    # hired, which small talk answers
    asked_work = _names_work(kept) and _MAY.search(text or "") is None
    whom = _WHOM.search(kept) is not None and (not _is_question(text) or asked_work)
    if whom:
        kept = " ".join(_WHOM.sub(" ", kept).split())
    words = _without_refusal([word for word in skeleton(kept).split() if word not in _FILLERS])
    if len(words) > 6 or asked_pay(text)[0] is not None:  # «работа без опыта от 1800» asks a pay
        return False
    # Something for the worker, or something else than the trade refused («күзетші емес, басқа бірдеңе бар ма»).
    refused = list_refused or _REFUSED_THING.search(text or "") is not None
    something = bool(_SOMETHING.intersection(words)) and (bool(_FOR_ME.intersection(words)) or refused or whom)
    if not something and not any(word.startswith(_WORK + _QATAR) for word in words) and not (better and not words):
        if not (_only_conditions(text, words) or _only_a_place_refused(text, kept) or whom and not words):
            return False
    return all(
        word.startswith(_WORK + _QATAR) or word in _AROUND or word in _GOING or word in _SOMETHING or word == "chto"
        or word in _OF_THESE for word in words
    )


# The words of a request for work as they are spelt, by which a word typed one letter short or with two letters
# swapped on a phone is read («вакнсии», «покжи», «рбота», «жұмс», "jbos", "serch", "shwo all vacancis").
_REQUEST_WORDS = tuple(
    """
    работа работу работы работ вакансия вакансии вакансий вакансию вакансиях покажи покажите найди найдите
    жұмыс жұмысы жұмысқа вакансиялар вакансияларды көрсет көрсетші көрсетіңіз барлық іздеймін
    rabota rabotu raboty vakansii vakansiya pokaji pokajite naidi naidite jumys zhumys korset barlyq
    jobs work works search show vacancies vacancy openings looking
    """.split()
)
_CYRILLIC_LETTER = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# Fewer letters than this are too short to tell a slip from another word ("how" is not "show").
_SLIP_MIN = 4


def _request_keys() -> dict[tuple[bool, str], str]:
    """Each request word by its script and its letters, as typed (lower case) and as `skeleton` writes them (a Kazakh
    word typed without its own letters, «жумыс», has the skeleton of «жұмыс»)."""
    keys: dict[tuple[bool, str], str] = {}
    for word in _REQUEST_WORDS:
        cyrillic = bool(_CYRILLIC_LETTER.search(word))
        keys[(cyrillic, word)] = word
        keys.setdefault((cyrillic, skeleton(word)), word)
    return keys


_REQUEST_KEYS = _request_keys()


def _one_slip(typed: str, known: str) -> bool:
    """Whether `typed` is `known` with one letter left out, or with two neighbouring letters swapped."""
    short = len(typed) == len(known) - 1
    swapped = len(typed) == len(known) and sorted(typed) == sorted(known)
    return (short or swapped) and OSA.distance(typed, known) == 1


def _slip_of(word: str) -> str | None:
    """The request word a typed word is a slip of (one letter left out, or two neighbours swapped), or None."""
    cyrillic = bool(_CYRILLIC_LETTER.search(word))
    typed = {word.lower().replace("ё", "е"), skeleton(word)}
    if any(len(key) < _SLIP_MIN or (cyrillic, key) in _REQUEST_KEYS for key in typed):
        return None
    for (script, known), spelt in _REQUEST_KEYS.items():
        if script == cyrillic and any(_one_slip(key, known) for key in typed):
            return spelt
    return None


# «Только» as it is said and typed in a hurry («тока для женщин», «токо ночью», "toka dnem"): read as «только», which
# sets a condition apart, where «тока» met the electric current's trades.
_SPOKEN = {"тока": "только", "токо": "только", "тольк": "только", "toka": "tolko", "toko": "tolko", "tolka": "tolko"}


def respelt(text: str) -> str:
    """The text with the words of a request for work that were typed one letter short or with two letters swapped
    spelt right («покжи вакнсии сантехника» → «покажи вакансии сантехника», "shwo all vacancis" → "show all
    vacancies", «жұмс іздеймін» → «жұмыс іздеймін»), and «только» as said (`_SPOKEN`); other words as typed (the
    trades have slips of their own, which the occupation matcher reads)."""
    return _WORD.sub(lambda match: _SPOKEN.get(match[0].lower()) or _slip_of(match[0]) or match[0], text or "")


# The verbs a search is asked with: «покажи», «найдите», «подбери», «поиск», «көрсет», «тауып беріңіз», "show me",
# "search for", "find me". They name no trade, and read as its words they watered the trade down («покажи сварщика»
# met the welder no more surely than a slip of his name) or met one of their own ("search" the searchers).
_ASKING_VERBS = re.compile(
    r"(?<!\w)(?:покажи\w*|покаж\w*|найди\w*|подбер\w*|поиск|искать|көрсет\w*|корсет\w*|korset\w*|pokaj\w*|pokazh\w*|"
    r"naidi\w*|(?:тауып|tauyp)\s+бер\w*|tauyp\s+ber\w*|search(?:ing)?(?:\s+for)?|show(?:\s+me)?|find\s+me"
    # and the "anything" asked for: «что-нибудь», «что угодно», «бірдеңе», "anything", "something"
    r"|что[-\s]?(?:нибудь|угодно)|бірдеңе|birdene|anything|something)(?!\w)",
    re.IGNORECASE,
)


# More of the same asked first, after a list: «тағы дәнекерлеуші бар ма?», «ещё повара есть?», "more welder jobs?",
# "any more cooks". Alone («ещё», "more") they ask for the list's next page, which small talk answers.
_MORE_FIRST = re.compile(
    r"^\s*(?:(?:а|и|and|so|ok|ал)\s+)?(?:ещ[её]|еще|тағы|тагы|tagy|ta[gǵğ]y|eshe|esh[oё]|any\s+more|some\s+more|more)\s+(?=[^\W\d])",
    re.IGNORECASE,
)


def without_asking(text: str) -> str:
    """The text without the verbs it asks with, the "anything" it asks for and the "more" it begins with («покажи
    вакансии сантехника» → «вакансии сантехника», "search welder jobs" → "welder jobs", "anything but construction
    in Lusail" → "but construction in Lusail", «тағы аспаз бар ма» → «аспаз бар ма»); the text itself when nothing
    else is left."""
    left = " ".join(_ASKING_VERBS.sub(" ", _MORE_FIRST.sub(" ", text or "")).split())
    return left if left.strip(" ,.:;!?-") else text


def _is_question(text: str) -> bool:
    """A question mark or a question word (`matching.small_talk.is_question`, which reads this module's words)."""
    from .small_talk import is_question  # small talk is built on these questions: imported when asked

    return is_question(text)


def _names_work(text: str) -> bool:
    """Whether a text holds a word for work or vacancies, or «что-нибудь» and «мне» («есть что-нибудь для меня?»)."""
    words = skeleton(text).split()
    return any(word.startswith(_WORK) for word in words) or bool(_SOMETHING.intersection(words))


# What may be left beside conditions said alone: «только», «тек», "only", «что» of «что ещё открыто». A question's
# words («какой», «бар ма», «на сколько») make it a question about the conditions.
# Of the list shown: «без ночных смен из этих», «осылардың ішінен» (English "these" asks about them: "where do these
# vacancies come from").
_OF_THESE = frozenset("etih osilardin osilardan ishinen".split())
_ALONE_WITH_CONDITIONS = frozenset("chto chtobi tolko tek only onli just lish vse isteimin".split()) | _OF_THESE  # «күндіз ғана істеймін»
# and the verbs asking to see them: «алдымен жаңаларын көрсет», «покажи с жильём», "show the newest first"
_SHOW = frozenset("korset korsetshi korsetiniz pokaji pokajite shov".split())  # "only" as `skeleton` writes it too


def _only_conditions(text: str, left: list[str]) -> bool:
    """True for conditions said alone, as a request rather than a question: «с жильём и питанием», «тек күндізгі
    ауысым», "day shift only", «что ещё открыто до конца месяца». The worker's list answers them, each card
    with its conditions; «жильё?» or «график какой?» asks about the conditions themselves."""
    if "?" in (text or "") or len((text or "").split()) < 2:
        return False
    if not _set_aside(" ".join(_WORKER.sub(" ", text).split()), without_conditions(text, refused=False)):
        return False  # «опыт 10 лет», "I am 30 years old": the worker told of, no condition of the work set
    return all(word in _ALONE_WITH_CONDITIONS or word in _SHOW for word in left)


# Where the work is done, refused: «не в пустыне», «не на улице», «шөлде емес», «далада емес», "not in the desert".
_SETTING = re.compile(
    r"(?<!\w)(?:пустын\w*|пустин\w*|desert\w*|desrt\w*|шөл\w*|шол(?:де|ге|да)|sh[oóö]l(?:de|ge|da)|улиц\w*|далада|dalada"
    r"|outdoors?|outside|open\s+air|высот\w*|heights?)(?!\w)",
    re.IGNORECASE,
)


def _only_a_place_refused(text: str, kept: str) -> bool:
    """True for a place of work or trades refused and nothing else («не на стройку», "not construction», «құрылыста
    емес», "no cleaning and no security please"): any work but that, which the worker's list answers."""
    left = skeleton(kept).split()
    if not all(word in _ALONE_WITH_CONDITIONS or word in _POLITE for word in left) or "?" in (text or ""):
        return False
    return _WORKPLACE.search(text or "") is not None or _SETTING.search(text or "") is not None or _only_trades_refused(text)


_POLITE = frozenset("please pls plz pojaluista pozhaluista".split())
# The words that refuse, set aside to read what is refused: «не», «кроме», «без», "no", "not", "except", «емес».
_REFUSING = re.compile(
    r"(?<!\w)(?:не|кроме|помимо|без|not|no|except|without|apart\s+from|other\s+than|besides|на|в|as|a|an|the|емес|"
    r"болмасын|emes|bolmasyn)(?!\w)",
    re.IGNORECASE,
)


def _only_trades_refused(text: str) -> bool:
    """Whether every thing the text refuses is a trade, named surely («не охранником», "no cleaning"): "no
    thanks" and «не знаю» refuse nothing the worker's list could leave out."""
    from .occupations import suggest_occupations  # the taxonomy loads on first use: imported when asked

    refused = [
        _REFUSING.sub(" ", part) for match in _REFUSED_THING.finditer(text or "")
        for part in re.split(r"\s+(?:и|или|ни|and|or|nor)\s+", match.group(), flags=re.IGNORECASE)
    ]
    return bool(refused) and all(
        any(found.score >= _SURE_TRADE for found in suggest_occupations(words, limit=1)) for words in refused
        if words.strip()
    )


_SURE_TRADE = 80.0  # a suggestion this sure names a trade (as the search's own confidence)


# Each of two people named with a trade of their own: «он сварщик, я повар», «ол жүргізуші, мен аспаз», "he is a
# welder and I am a cook", «ya elektrik ona nyanya», "I am driver, she is nurse".
_EACH_ONE = re.compile(
    # ("husband welder, me cook": each named as a note is typed)
    r"(?<!\w)(?:он|она|я|ол|мен|муж|жена|ерім|күйеуім|әйелім|he|she|i|i'm|im|me|(?:my\s+)?(?:husband|wife)|ya|on|ona|men|ol|"
    r"muzh|muj|zhena|jena|erim|kuieuim|küieuim|aielim|äielim|ayelim)"
    r"(?:\s+(?:is|am|a|an|тоже|also|де|да|da|de))*(?!\w)",
    re.IGNORECASE,
)


def names_each_ones_trade(text: str) -> bool:
    """Whether a couple or two friends each tell their own trade («мы с мужем хотим поехать вместе, он сварщик, я
    повар», "my wife and I, she is a nurse and I am a driver"): both trades are searched for. A question about going
    together («можно поехать с мужем, он тоже повар?») asks about the family, not for work."""
    from .occupations import suggest_occupations  # the taxonomy loads on first use: imported when asked

    if "?" in (text or ""):
        return False
    spans = [match.span() for match in _EACH_ONE.finditer(text or "")]
    trades: set[str] = set()
    for (_, start), (end, _) in zip(spans, [*spans[1:], (len(text or ""), 0)]):
        part = re.split(r"[,.;!]", (text or "")[start:end].strip(" ,.;!-"))[0]
        part = re.sub(r"(?<!\w)(?:и|and|а|мен|жане|және|i)\s*$", "", part, flags=re.IGNORECASE).strip(" ,.;!-")
        found = suggest_occupations(part, limit=1) if part and len(part.split()) <= 3 else []
        if found and found[0].score >= _SURE_TRADE:
            trades.add(found[0].code)
    return len(trades) >= 2


# Building work refused as a whole («не на стройку», «құрылыс емес», "not construction", «кроме строительных»): the
# building frame and finishing trades (ISCO-08 sub-major group 71), their labourers and their supervisors.
_BUILDING = re.compile(
    r"(?<!\w)(?:стро\w*|құрылыс\w*|курылыс\w*|q[uū]rylys\w*|kurylys\w*|stro[iy]\w*|construction\w*|building\w*)(?!\w)",
    re.IGNORECASE,
)
BUILDING_TRADES = ("71", "9312", "9313", "3123")
# The Kazakh "all but" after the thing refused: «тазалаудан басқа», «küzetten basqa».
_ALL_BUT = re.compile(
    r"(?<=\w)(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s+(?:басқа|баска|basqa|baska)(?!\w)|(?<!\w)but(?!\w)",
    re.IGNORECASE,
)


def refused_trades(text: str) -> tuple[str, ...]:
    """The trades a worker refuses beside a search, as ISCO-08 codes or the prefixes of their groups: «любая работа,
    только не стройка» refuses building work (`BUILDING_TRADES`), «кез келген жұмыс, тазалаудан басқа» and "anything
    but cleaning" the cleaners, «кроме охраны и уборки» the guards and the cleaners. Every vacancy under one of them is
    left out of what the search shows. What the worker tells of themselves («без опыта», «без английского») and a
    condition or a place other than a building site («без ночных смен», «не в отеле») refuse nothing."""
    from .occupations import suggest_occupations  # the taxonomy loads on first use: imported when asked

    refused: list[str] = []
    for match in _REFUSED_THING.finditer(_WORKER.sub(" ", text or "")):
        for part in re.split(r"\s+(?:и|или|ни|and|or|nor)\s+", match.group(), flags=re.IGNORECASE):
            words = " ".join(_REFUSING.sub(" ", _ALL_BUT.sub(" ", part)).split())
            if not words:
                continue
            if _BUILDING.search(words):
                found = list(BUILDING_TRADES)
            elif _WORKPLACE.search(words):  # «не в отеле», "not in a hotel": the place refused, not its trades
                continue
            else:
                found = [m.code for m in suggest_occupations(words, limit=3) if m.score >= _SURE_TRADE]
            refused += [code for code in found if code not in refused]
    return tuple(refused)


# Places of work that stand for their trades in a search for work there: a hotel, a hospital, a building site,
# oil and gas, a warehouse, a restaurant or a kitchen, a farm, a factory, a shop, a school («работа в отеле»,
# «на стройку», «на нефтянке», «қонақүйге жұмыс», «ауруханада жұмыс», «мұнай саласында», "hospital jobs",
# "warehouse work", and Russian and Kazakh typed in Latin letters).
_WORKPLACE = re.compile(
    r"(?<!\w)(?:отел\w*|гостиниц\w*|больниц\w*|госпитал\w*|клиник\w*|стройк\w*|стройплощад\w*|нефт\w*|склад\w*|"
    r"ресторан\w*|кафе|кухн\w*|ферм\w*|завод\w*|фабрик\w*|магазин\w*|супермаркет\w*|школ\w*|"
    r"қонақ\s*үй\w*|конак\s*уй\w*|аурухана\w*|емхана\w*|құрылыс\w*|курылыс\w*|мұнай\w*|мунай\w*|қойма\w*|койма\w*|"
    r"мейрамхана\w*|асхана\w*|дүкен\w*|дукен\w*|зауыт\w*|мектеп\w*|"
    r"otel\w*|gostinic\w*|bolnic\w*|bolnits\w*|klinik\w*|gospital\w*|stroik\w*|neft\w*|sklad\w*|restoran\w*|kafe|"
    r"kuhn\w*|ferm\w*|zavod\w*|fabrik\w*|magazin\w*|shkol\w*|"
    r"qonaq\s*[uü][iı]\w*|konak\s*ui\w*|auruhana\w*|aurukhana\w*|q[uū]rylys\w*|kurylys\w*|m[uū]na[iı]\w*|"
    r"qo[iı]ma\w*|koima\w*|meiramhana\w*|duken\w*|zauyt\w*|"
    r"hotels?|hospitals?|clinics?|construction|building\s+sites?|oil\w*|gas|warehouses?|restaurants?|cafes?|"
    r"kitchens?|farms?|factor(?:y|ies)|shops?|malls?|supermarkets?|schools?"
    # Where cars are washed and mended: «на автомойку», «в автосервис», «көлік жуу», "car wash", "garage".
    r"|автомойк\w*|автосервис\w*|car\s+wash|garages?"
    # A shopping centre: «в торговый центр», «в ТЦ», «сауда орталығына», "shopping mall".
    r"|торгов\w*\s+центр\w*|тц|сауда\s+орталы\w*|sauda\s+ortaly\w*|shopping\s+(?:centre|center|mall)s?"
    # An airport and an airline: «в аэропорт», «әуежайға», «в авиакомпанию», «әуе компаниясына», "airport jobs".
    r"|аэропорт\w*|әуежай\w*|ауежай\w*|aeroport\w*|a[uú]e[jz]h?a[iı]\w*|airports?|авиакомпани\w*|aviakompani\w*"
    r"|(?:әуе|ауе|aue|áue)\s+(?:компания|kompania)\w*|air\s*lines?"
    # An employer by its kind or sector: «в нефтегазовую компанию», «в клининговую компанию», «охранное агентство»,
    # «көлік компаниясына», "oil and gas company", "security company".
    r"|(?:нефтегаз|нефтян|газов|клининг|охранн|строительн|транспортн|логистич|мұнай-газ|мунай-газ|munai-gaz|көлік|"
    r"kolik|kólik|күзет|kuzet|kúzet|құрылыс|qurylys|клининг|klining|oil\s+and\s+gas|oil\s*&\s*gas|cleaning|security|"
    r"construction|transport|logistics)\w*\s+(?:компани\w*|фирм\w*|агентств\w*|kompani\w*|compan\w*|firms?|agenc\w*)"
    r")(?!\w)",
    re.IGNORECASE,
)
# What a message naming only a place of work holds besides it: «хочу в нефтегазовую компанию», «на автомойку или в
# автосервис», "oil and gas company".
_EMPLOYER = ("kompan", "compan", "firm", "agents", "agenc")  # «компанию», "company", «фирма», «агентство»
_BESIDE_A_PLACE = frozenset(
    "v vo na k u v to in at for an a the ili libo or nemese i and hochu hotel bi vant "
    "hiring nabor"  # "airlines hiring", «набор в авиакомпанию»
    .split()
)


def _only_a_place(text: str) -> bool:
    """True when a message names a place of work and nothing else but the small words of a request."""
    kept = without_conditions(text)  # "not construction" refuses the place
    if _WORKPLACE.search(kept) is None:
        return False
    left = skeleton(_WORKPLACE.sub(" ", kept)).split()
    return all(
        word in _BESIDE_A_PLACE or word in _AROUND or word in _GOING or word.startswith(_EMPLOYER) for word in left
    )


def names_a_workplace(text: str) -> bool:
    """True when a text names a place of work («в отель», «ауруханаға», "oil rig")."""
    return _WORKPLACE.search(text or "") is not None


def asks_for_work_at_a_place(text: str) -> bool:
    """True when a text asks for work at a place of work, naming no trade: «работа в отеле», «қонақүйге
    жұмыс», "warehouse jobs". The place's trades are what it asks for."""
    if _WORKPLACE.search(text or "") is None:
        return False
    return without_work_words(text) is not None or _only_a_place(text)


# The trades a place of work hires, searched for when the place is named alone («в больницу», "hospital jobs",
# «әуежайға жұмыс», "airline jobs", «в нефтяную компанию»): those a worker looking for work there means, the
# commonest first. Read by the labels, a place alone met the trades whose titles hold it, mostly their managers
# (the hospital's health services manager, the hotel's general manager, the airport's director), and an airport
# met nothing at all.
_HOTEL_NAMES = "|".join(sorted(HOTEL_NAMES))
_PLACE_TRADES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (place, re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), tuple(trades.split()))
    for place, pattern, trades in (
        # nurses, care assistants, orderlies, cleaners, medical assistants, doctors
        ("hospital", r"больниц\w*|госпитал\w*|клиник\w*|аурухана\w*|емхана\w*|bolnic\w*|bolnits\w*|klinik\w*|"
         r"gospital\w*|auruhana\w*|aurukhana\w*|hospitals?|clinics?",
         "2221 3221 5321 5329 9112 3256 2211 2212"),
        # luggage porters, freight handlers, cleaners, guards, check-in clerks, aircraft mechanics, cabin crew, drivers
        ("airport", r"аэропорт\w*|әуежай\w*|ауежай\w*|aeroport\w*|a[uú]e[jz]h?a[iı]\w*|airports?",
         "9621 9333 9112 5414 4221 7232 5111 8322"),
        # cabin crew, check-in clerks, pilots, aircraft mechanics, cargo handlers
        ("airline", r"авиакомпани\w*|aviakompani\w*|(?:әуе|ауе|aue|áue)\s+(?:компания|kompania)\w*|air\s*lines?",
         "5111 4221 3153 7232 9333"),
        # room attendants, receptionists, cooks, waiters, kitchen helpers, porters, bartenders, housekeepers, chefs
        ("hotel", rf"отел\w*|гостиниц\w*|қонақ\s*үй\w*|конак\s*уй\w*|otel\w*|gostinic\w*|qonaq\s*[uü][iı]\w*|konak\s*ui\w*|"
         rf"hotels?|{_HOTEL_NAMES}",
         "9112 4224 5120 5131 9412 9621 5132 5151 3434"),
        # well drillers, refinery and plant operators, technicians, pipe fitters, welders, petroleum engineers
        ("oil", r"(?:нефтегаз|нефтян|нефт|мұнай|мунай|neftegaz|neftian|neft|m[uū]na[iı])\w*(?:[-\s]+(?:(?:и|мен|i|men)\s+)?(?:газ|gaz)\w*)?|"
         r"oil\w*(?:\s*(?:and|&)?\s*gas)?",
         "8113 3134 3133 3117 7126 7212 2146"),
        # a building site or firm: labourers, masons, steel fixers, carpenters, tilers, plasterers, painters, scaffolders
        ("construction", r"стройк\w*|стройплощадк\w*|строительн\w*|stroik\w*|stroyk\w*|stroitel\w*|құрылыс\w*|курылыс\w*|"
         r"q[uū]rylys\w*|kurylys\w*|construction|building\s+sites?",
         "9313 7112 7114 7115 7122 7123 7131 7119 7111 9312 7113"),
    )
)


def workplace_trades(text: str) -> tuple[str, ...]:
    """The trades of the one place of work a search names alone, beside words for work and the small words of a
    request («в больницу», «ауруханаға жұмыс», "hospital jobs", "job at Hamad", «в аэропорт», "airline jobs", "hotel
    chain jobs"); () when it names a trade too («в больницу санитаркой»), two places ("kitchen jobs in a hotel"), or
    none."""
    kept = without_conditions(text)  # "hotel chain" is a hotel, Hamad a hospital, «с жильём» no place
    left = without_work_words(kept)
    left = kept if left is None else left
    named = [(pattern, trades) for _, pattern, trades in _PLACE_TRADES if pattern.search(left)]
    if len(named) != 1:
        return ()
    pattern, trades = named[0]
    words = skeleton(_KIND_ADJECTIVE_ALONE.sub(" ", pattern.sub(" ", left))).split()  # «ірі мұнай компаниясына»
    if all(
        word in _BESIDE_A_PLACE or word in _AROUND or word in _GOING or word.startswith(_EMPLOYER + _SECTOR) for word in words
    ):
        return trades
    return ()


def named_workplace(text: str) -> str | None:
    """The one kind of workplace a text names, as a key ("hotel", "hospital", "airport", "airline", "oil",
    "construction"): «в гостинице», «қонақүйде», "in a hotel"; None when it names none of them, or two."""
    kept = without_conditions(text or "")
    named = [place for place, pattern, _ in _PLACE_TRADES if pattern.search(kept)]
    return named[0] if len(named) == 1 else None


# The sector said with the place: «мұнай-газ саласына», «в нефтяной сфере», «в гостиничном секторе», "oil industry".
_SECTOR = ("sala", "sfer", "sektor", "sector", "industr", "otrasl")


def without_work_words(text: str) -> str | None:
    """The text without its words for work and vacancies («работа», «жұмыс», "jobs") and the words a request
    for work comes with («ищу», «бар ма», "any"); None when it holds no word for work. «Қонақүйге жұмыс», "hospital jobs", «rabota na neftyanke» ask for work
    at a place: what is left names the place."""
    words = (text or "").split()
    keys = [skeleton(word) for word in words]
    if not any(key.startswith(_WORK) for key in keys):
        return None
    request = _AROUND | _GOING | _FILLERS | _SOMETHING  # «бар ма», «ищу», "any": the request's words, not the place's
    return " ".join(
        word for word, key in zip(words, keys) if key and not key.startswith(_WORK + _QATAR) and key not in request
    )


def _without_refusal(words: list[str]) -> list[str]:
    """The words without a refusal told beside them («не выбрали», «өтпедім», "after reject"), and without the
    «раз» of «ещё раз» («скинь ещё раз вакансии, которые мне подходят»), which asks for nothing more."""
    return [
        word for index, word in enumerate(words)
        if word not in _REFUSED and not (word == "ne" and words[index + 1:index + 2] and words[index + 1] in _REFUSED)
        and not (word == "raz" and index and words[index - 1] in _ONCE_MORE)
    ]


# The best paid asked for: «где больше всего платят сварщикам», «самые высокооплачиваемые вакансии», «с самой
# большой зарплатой», «топ вакансий по зарплате», «где платят побольше», «самая денежная работа», «ең көп қай
# жерде төлейді», «ең жоғары жалақылы», «eń joǵary jalaqyly», "highest paying jobs", "best paid", "top salary",
# "which jobs pay the most". With a trade it is a search for that trade; alone, every vacancy.
_BEST_PAID = re.compile(
    r"(?<!\w)(?:(?:(?:где|какие|кому)\s+)?(?:(?:самы[еймх]|самая|самую|наиболее)\s+)?(?:высокооплачиваем\w*|денежн\w*|прибыльн\w*)"
    r"|(?:с\s+)?(?:сам\w+\s+)?(?:больш|высок|хорош)(?:ой|ая|ую|ие|их|ими)\s+(?:зарплат\w*|зп|оплат\w*)"
    r"|(?:гд[еe]\s+|кому\s+)?(?:больше\s+всего|лучше\s+всего|побольше|больше|болше)\s+плат\w*(?:\s+среди)?|гд[еe]\s+лучше\s+плат\w*|(?:где\s+)?плат\w*\s+(?:больше\s+всего|побольше)"
    # «где водителю платят больше», «қай жерде көп төлейді»: the trade named apart from the pay's words
    r"|плат(?:ят|ит)\s+(?:больше|лучше)(?!\s*,?\s*чем)|(?:қай|кай|qa[iı]|kai)\s+(?:жерде|jerde|zherde)\s+(?:көбірек|кобирек|көп|коп|kop|köp)\s+(?:төлей\w*|толей\w*|t[oö]le[iı]\w*)"
    r"|(?:где\s+)?(?:зарплат\w*|зп|оплат\w*)\s+(?:выше|больше)\s+всего|топ\w*(?:\s+ваканси\w*)?\s+по\s+(?:зарплат\w*|зп|оплат\w*)"
    r"|(?:қай\s+жерде\s+)?(?:ең|ен)\s+(?:көп|кеп|коп|жоғары|жогары|үлкен)\s+(?:қай\s+жерде\s+|ақша\s+)?(?:төлей\w*|толей\w*|жалақы\w*|айлық\w*)"
    r"(?:\s+(?:төлейтін|беретін))?(?:\s+(?:жер|jer|zher)\w*)?(?:\s+(?:қайда|кайда|qa[iı]da|kaida))?"
    r"|(?:qai\s+jerde\s+)?e[nñń]g?\s+(?:k[oó]p|kop|jo[gǵ]ary|zhogary|zho[gǵ]ary)\s+(?:qai\s+(?:jerde|zherde)\s+)?"
    r"(?:t[oó]le[iıj]\w*|jala[qk]y\w*|zhala[qk]y\w*|ailyq\w*|a[iı]lyq\w*)(?:\s+(?:jer|zher)\w*)?(?:\s+(?:qa[iı]da|kaida))?"
    r"|(?:the\s+)?(?:highest|higest|highst|best|top|better|well)[-\s]+(?:paying|paid|payed|salary|salaries|pay)"
    r"|(?:that\s+|which\s+)?pay(?:s|ing)?\s+(?:the\s+)?(?:most|best|more|highest)|(?:the\s+)?pay\s+(?:is\s+)?better|(?:most|highest|biggest)\s+(?:pay|salary|money)"
    r"|(?:earn|make|get\s+paid|are\s+paid)\s+(?:the\s+)?(?:most|more|best)"  # "where do drivers or cooks earn more"
    # More pay asked after a list: "more pay", "better paid ones", «көбірек төлейтін жұмыс», «жалақысы жоғарырақ»
    r"|(?:more|better|higher)\s+(?:pay|paid|paying|money|salary)"
    # Dearer ones asked after a list, as a buyer would ask: «а подороже?», «a podorozhe net?», «қымбатырақ төлейтіні»
    r"|подорож[еe]|podorozh[eo]|podoroje|(?:қымбатырақ|кымбатырак|qymbatyraq|kymbatyrak)(?:\s+(?:төлей\w*|толей\w*|t[oöó]le[iı]\w*))?"
    r"|(?:(?:қай|кай|qa[iı]|kai)\s+(?:жерде|jerde|zherde)\s+)?(?:көбірек|кобирек|k[oöó]b[iı]rek|жоғарырақ|жогарырак|jo[gǵ]aryraq|zho[gǵ]aryraq)\s+"
    r"(?:төлей\w*|толей\w*|t[oöó]le[iı]\w*|жалақы\w*|jalaqy\w*)"
    r"|(?:жалақысы|zhalaqysy|jalaqysy|айлығы|ailyǵy|ailygy)\s+(?:жоғарырақ|жогарырак|jo[gǵ]aryraq|zho[gǵ]aryraq|көбірек|k[oö]b[iı]rek)"
    # Russian typed in Latin letters: «gde bolshe platyat», «gde pobolshe platyat»
    r"|(?:gde\s+)?(?:bolshe\s+vsego|pobolshe|bolshe|luchshe)\s+plat\w*"
    # The list ordered by pay: «отсортируй по зарплате», «жалақы бойынша сұрыпта», "sort by salary", "sorted by pay"
    r"|(?:отсортир\w*|сортир\w*|упорядоч\w*|otsortir\w*|sortir\w*)\s+(?:их\s+)?(?:по|po)\s+(?:зарплат\w*|зп|оплат\w*|zarplat\w*)"
    r"|(?:жалақы|жалакы|zhalaqy|jalaqy|айлық|ailyq)\w*\s+(?:бойынша|boiynsha|boıynsha)\s+(?:сұрыпта|сурыпта|surypta)\w*"
    r"|(?:sort|order|rank)(?:ed)?\s+(?:them\s+|it\s+)?by\s+(?:the\s+)?(?:pay|salary|salaries|wages?|money)"
    r")(?!\w)",
    re.IGNORECASE,
)
# An amount asked for rather than the vacancies: «какая самая высокая зарплата у повара?», «аспазға ең жоғары
# жалақы қанша?», "what is the highest salary for a driver?": the pay's answer, not a list.
_AMOUNT_ASKED = re.compile(
    r"(?<!\w)(?:сколько|какая|какой|қанша|qansha|kansha|how\s+much|what\s+is|what's|whats)(?!\w)", re.IGNORECASE
)


# Where the trades named between are paid more, asked in Kazakh: «қай жерде дәнекерлеушіге не электрикке көбірек
# төлейді», «qai jerde aspazga kobirek toleidi»: the trades' vacancies, the best paid first. («Қайсысына көбірек
# төлейді?», which of them is paid more, is a question.)
_WHERE_PAID_MORE = re.compile(
    r"(?<!\w)(?:қай\s+жерде|кай\s+жерде|qa[iı]\s+(?:jerde|zherde)|kai\s+(?:jerde|zherde))\s+(?P<whom>.+?)\s+"
    r"(?:көбірек|кобирек|k[oö]b[iı]rek|көп|kop|köp)\s+(?:төлей\w*|толей\w*|t[oö]le[iı]\w*|беред\w*|bered\w*)(?!\w)",
    re.IGNORECASE,
)
# Who of two trades earns more, asked: «кто больше получает, сварщик или электрик?», «что выгоднее, водитель или
# сварщик?», "who earns more, a welder or a fitter?", «қайсысына көбірек төлейді?». A question, not a search.
_WHO_PAID_MORE = re.compile(
    r"(?<!\w)(?:(?:who|кто|кім|kim)\s+(?:[^\W\d]+\s+)?(?:earns?|makes?|gets?\s+paid|is\s+paid|получает|зарабатывает|"
    r"алады|alady|табады|tabady)|(?:что|какая\s+(?:работа|профессия)|what|which\s+(?:one|job|trade))\s+"
    r"(?:выгоднее|лучше\s+оплачива\w*|pays\s+(?:more|better)|is\s+better\s+paid)"
    r"|(?:қайсысы|кайсысы|qaisysy|kaisysy)\w*\s+(?:көбірек|көп|kobirek|kop)|(?:сравни\w*|compare)\s+(?:зарплат\w*|pay|salar\w*)"
    # «кому больше платят, повару или официанту?», «кому платят лучше»
    r"|(?:кому|komu)\s+(?:(?:больше|лучше|bolshe|luchshe)\s+(?:платят|platyat)|(?:платят|platyat)\s+(?:больше|лучше|bolshe|luchshe)))(?!\w)",
    re.IGNORECASE,
)


# A choice asked between options the worker names or was shown: «что лучше, Лусаил или Доха?», «какая работа лучше, в
# отеле или на стройке?», «Лусаил жақсы ма, Доха ма?», «қайсысы жақсы, қонақүй ме әлде құрылыс па?», "which is better,
# Lusail or Doha?", "compare Doha and Lusail", "which one should I choose, the first or the second?". An answer is
# asked, not a list: read as a search, the first town named was searched alone.
_WHICH_IS_BETTER = re.compile(
    r"(?<!\w)(?:"
    r"(?:что|какая|какой|какое|какие|куда|chto|kakaya|kakaia|kakoi|kuda)\s+(?:[^\W\d]+\s+){0,2}?(?:лучше|выгоднее|luchshe|vygodnee)"
    r"|(?:қайсысы|кайсысы|qa[iı]sysy|kaisysy|қайсы|qa[iı]sy|kaisy)\w*\s+(?:[^\W\d]+\s+)?"
    r"(?:жақсы|жаксы|jaqsy|jaksy|zhaqsy|zhaksy|артық|artyq|тиімді|tiimdi)"
    r"|(?:жақсы|жаксы|jaqsy|jaksy|zhaqsy|zhaksy)\s+(?:ма|ме|ба|бе|ma|me|ba|be)[\s,]+[^\W\d]+\s+(?:ма|ме|ба|бе|па|пе|ma|me|ba|be|pa|pe)"
    r"|(?:which|what|wich)(?:\s+(?:one|town|city|place|job|work|company|vacancy))?(?:\s+(?:is|would\s+be)|'s)?\s+"
    r"(?:better|beter|best)(?!\s+(?:paid|paying|pay|payed)(?!\w))"
    r"|(?:which|what)\s+(?:one\s+)?(?:should|do|would)\s+(?:i|you)\s+(?:choose|pick|take|recommend|advise)"
    r"|(?:compare|сравни\w*|салыстыр\w*|salystyr\w*)(?=\s+[^\W\d]+\s+(?:and|и|or|или|мен|men|пен|pen|with|to)\s)"
    # how two options differ, or whether they are one: «чем монтажник отличается от слесаря?», «это одно и то же?», «какая
    # разница между …», «айырмашылығы қандай», "what's the difference between …", "is it the same job?"
    r"|отлича(?:ется|ются|ет)|одно\s+и\s+то\s*же|(?:какая\s+)?разниц[аы]\s+между|в\s+ч[её]м\s+разниц\w*|айырмашылығ\w*|aiyrmashylyg\w*"
    r"|(?:the\s+)?difference\s+between|(?:the\s+)?same\s+(?:thing|job|work|trade)\?"
    r")(?!\w)",
    re.IGNORECASE,
)
# Where most of the work is, asked without a trade: «в каком городе больше всего вакансий?», «ең көп орын қай жерде?»,
# "where are the most vacancies?", "where most vacancies, Doha or Lusail?". With a trade it asks for that trade's
# vacancies («где больше всего мест для разнорабочих?»).
_WHERE_MOST_WORK = re.compile(
    r"(?<!\w)(?:(?:(?:в\s+)?(?:каком|какой)\s+(?:городе|город|месте)|где|where|which\s+(?:town|city|place)"
    r"|(?:қай|кай|qa[iı]|kai)\s+(?:жерде|қалада|калада|jerde|zherde|qalada|kalada))"
    r"\s+(?:[^\W\d]+\s+){0,2}?(?:больше\s+всего|most|ең\s+көп|ен\s+коп|en\s+kop|eń\s+kóp|e[nñń]\s+k[oó]p)\s+(?:[^\W\d]+\s+)?"
    r"(?:ваканси\w*|работ\w*|мест\w*|vacanc\w*|jobs?|work|openings?|орын\w*|oryn\w*|orin\w*|vakans\w*|жұмыс\w*|jumys\w*|zhumys\w*)"
    r"|(?:ең|ен|en|eń|e[nñ])\s+(?:көп|коп|kop|kóp)\s+(?:бос\s+)?(?:орын|oryn|ваканси\w*|vakansi\w*)\w*\s+"
    r"(?:қай|кай|qa[iı]|kai)\s+(?:жерде|қалада|jerde|zherde|qalada)"
    r")(?!\w)",
    re.IGNORECASE,
)
_OR = re.compile(r"(?<!\w)(?:или|либо|or|әлде|алде|alde|älde|немесе|nemese|ili)(?!\w)", re.IGNORECASE)


def asks_which_is_better(text: str) -> bool:
    """True when a message asks which of the towns, workplaces, trades or vacancies it names is better («что лучше,
    Лусаил или Доха?», "which is better, hotel or hospital?"): an answer, not a list."""
    return _WHICH_IS_BETTER.search(text or "") is not None


def asks_where_most_work_is(text: str) -> bool:
    """True when a message asks where most of the work is («в каком городе больше всего вакансий?», «ең көп орын қай
    жерде?», "where are the most vacancies?")."""
    return _WHERE_MOST_WORK.search(text or "") is not None


def without_where_most_work(text: str) -> str:
    """The message without its words asking where most of the work is (what is left may name the trade)."""
    return " ".join(_WHERE_MOST_WORK.sub(" ", text or "").split())


def _compares_workplaces(text: str) -> bool:
    """Whether a message weighs two places of work against each other («в отеле или в ресторане»)."""
    return len(_WORKPLACE.findall(text or "")) >= 2 and _OR.search(text or "") is not None


def asks_who_is_paid_more(text: str) -> bool:
    """True when a message asks which of the trades it names earns more («кто больше получает, сварщик или
    электрик?», "who earns more, a welder or a fitter?"): the pay's answer, not a list of vacancies."""
    return _WHO_PAID_MORE.search(text or "") is not None


def asks_for_best_paid(text: str) -> bool:
    """True when a message asks where the pay is highest, for the vacancies that pay most («где больше всего
    платят сварщикам», «қай жерде аспазға көбірек төлейді», "highest paying jobs"), not for an amount («сколько
    платят сварщикам?»)."""
    if _WHERE_PAID_MORE.search(text or "") is not None and not asks_who_is_paid_more(text):
        return not names_two_towns(text) or compares_towns_for_a_trade(text)
    if _BEST_PAID.search(text or "") is None or _AMOUNT_ASKED.search(text or "") is not None:
        return False
    # "Doha or Lusail?" compares the towns, «в отеле или в ресторане?» the workplaces: a question
    return (not names_two_towns(text) or compares_towns_for_a_trade(text)) and not _compares_workplaces(text)


def compares_towns_for_a_trade(text: str) -> bool:
    """Whether a message asks where a trade it names is paid more, between towns it names («где водителю платят
    больше, в Дохе или в Вакре», «Дохада ма Лусаилда ма, электрикке қай жерде көп төлейді?», "where is the pay better
    for electricians, Doha or Lusail?"): the trade's vacancies in every town, the best paid first, answer it, each
    card with its town and its pay. The towns alone compared («где больше платят: Лусаил или Доха?») are a question."""
    if not names_two_towns(text) or _BEST_PAID.search(text or "") is None and _WHERE_PAID_MORE.search(text or "") is None:
        return False
    from .occupations import suggest_occupations  # the taxonomy loads on first use: imported when asked

    rest = split_town(_WHERE_PAID_MORE.sub(lambda match: f" {match['whom']} ", text or ""))[1]
    rest = _OR.sub(" ", _BEST_PAID.sub(" ", rest))
    return any(  # one word naming the trade beyond doubt («водителю», "electricians") among the question's
        found and found[0].score >= _SURE_WORD
        for word in re.findall(r"[^\W\d_]{4,}", rest) for found in (suggest_occupations(word, limit=1),)
    )


_SURE_WORD = 90.0  # a word this sure names a trade alone (0..100)


def without_best_paid(text: str) -> str:
    """The message without its words asking for the best paid (what is left names the trade or the town)."""
    if not asks_for_best_paid(text):
        return text
    text = _WHERE_PAID_MORE.sub(lambda match: f" {match['whom']} ", text or "")
    return " ".join(_BEST_PAID.sub(" ", text).split())


# Every vacancy, whatever the trade: «все вакансии», «покажи все вакансии», «любая работа», «барлық бос
# орындар», «кез келген жұмыс», "all jobs", "show all vacancies". A worker asking for them wants to look
# beyond their own trades, which their own list keeps to.
_EVERY = frozenset(
    "vse vseh vsyo liubaia liubuiu liuboi liubie barlik barligi barligin barin bari kez kelgen al everi vhatever".split()
)
_OPEN = frozenset("open available otkritie dostupnie ashik".split())  # "all open jobs", «все открытые вакансии»
# The whole list of them: «весь список вакансий», «полный список», «вакансиялардың толық тізімі», "the full
# list of jobs" («весь день работаю» is no list).
_LIST = frozenset("spisok spiska list tizim tizimi tizimin".split())
_WHOLE = frozenset("ves polnii polni ful tolik".split())
# The pay's verb beside a least pay asked («все вакансии, где платят от 2000», "all vacancies paying at least 2000").
_PAYING = frozenset("paing pais pai that vhich platiat platit gde toleitin".split())
# Any will do, said beside it: «давайте любую работу», «любая подойдёт», "any work is fine", "whatever job".
_WILLING = frozenset("davaite daite podoidet poidet podoidiot fine ok okai okei".split())
# The order said with the best paid («сначала с самой большой зарплатой», "highest salary first", «ең көп төлейтіндері
# бірінші») and which ones asked («ең көп төлейтін жұмыстар қайсы?»).
_FIRST = frozenset("first snachala vnachale sperva birinshi aldimen kaisi kaisisi kaisilari".split())
_AROUND_EVERY = _AROUND | _EVERY | _OPEN | _LIST | _WHOLE | _PAYING | _WILLING | _FIRST  # what such a request may hold besides work


# What the best paid may be asked with after a list: «а подороже нет?», «көбірек төлейтіні жоқ па», "any higher paying
# ones?" («нет», «жоқ»: "is there none").
_NONE_SUCH = frozenset("a anything net jok ones".split())


def asks_for_every_job(text: str) -> bool:
    """True for a short message asking for every open vacancy, not only the worker's own, besides the
    conditions set and the trades refused («все вакансии с жильём», "all jobs, not cleaning")."""
    best_paid = asks_for_best_paid(text)  # «самые высокооплачиваемые вакансии»: every vacancy, the best paid first
    words = [word for word in skeleton(without_conditions(without_best_paid(text))).split() if word not in _FILLERS]
    whole_list = bool(_LIST.intersection(words)) and bool(_WHOLE.intersection(words))
    if asks_for_any_job(text):  # «любая работа, только не охрана», "anything but cleaning", "any job, urgent"
        return True
    if len(words) > 6 or not (_EVERY.intersection(words) or whole_list or best_paid):
        return False
    # «а есть где платят побольше?», "anything that pays more?": the best paid asked with no word for work
    asked_alone = best_paid and all(
        word in _AROUND or word in _SOMETHING or word in _FIRST or word in _NONE_SUCH for word in words
    )
    if asked_alone:
        return True
    if not any(word.startswith(_WORK) for word in words):
        return False
    return all(word.startswith(_WORK + _QATAR) or word in _AROUND_EVERY for word in words)


# Conditions a worker sets beside the trade and the town, which name no trade: housing, food, transport, the
# shifts, the rota and the contract («с жильём», «проживание за счёт компании», «питание», «вахта», «контракт 2
# года», "with accommodation", "live-in", "day shift only", "2 year contract", «тұрғын үймен», «жатақханасы
# бар», «тамағы тегін», «келісімшарт 2 жылға», «вахтамен»). The search shows each card's conditions; read as
# words of a trade they met the hotel's housekeepers and the caterers, or watered the trade down to nothing.
_CONDITIONS = re.compile(
    r"(?<!\w)(?:(?:и|and|мен|және|men|jäne|jáne|zhane|пен|pen|i|\+)\s*)?(?:(?:(?:где|that|which|where)\s+(?:дают|есть|кормят|gives?|provides?|has)|чтобы|нужн[аоы]|need|with)\s+)?(?:"
    r"(?:с\s+)?(?:жиль[её]м|жиль[её]|жилья|жилье|проживани\w*|питани\w*|общежити\w*|общаг\w*)"
    r"|(?:s\s+)?(?:projivani\w*|prozhivani\w*|pitani\w*|obsh(?:e|ch)(?:j|zh)iti\w*|obs(?:h|ch)ag\w*|(?:j|zh)il(?:ie|ye|e|yo|io|jo)m)"
    r"|(?:и\s+)?транспорт\w*(?:\s+от\s+компании)?|за\s+сч[её]т\s+компании|от\s+компании|вахт\w*|va[kx]?ht\w*"
    r"|(?:(?:только|лишь)\s+)?(?:дневн|ночн)\w*\s+смен\w*|смен\w*|(?:(?:tolko|lish)\s+)?(?:dnevn|nochn)\w*\s+smen\w*"
    r"|daytime(?:\s+(?:shifts?|hours|work))?(?:\s+only)?(?:\s+for\s+me)?"
    # The contract's length said longer: «контракт не меньше двух лет», "contract 6 month"
    r"|контракт\w*\s+(?:не\s+меньше|не\s+менее|минимум|от|до|хотя\s+бы)\s+(?:\d{1,2}|[^\W\d]+)\s+(?:год\w*|лет|месяц\w*)"
    r"|contract\s+(?:of\s+|for\s+)?\d{1,2}\s*(?:months?|mos?|years?|yrs?)"
    r"|к[оа]нтракт\w*(?:\s+на)?(?:\s+\d+)?(?:\s+(?:год\w*|лет|месяц\w*))?|\d+\s+(?:год\w*|лет|месяц\w*)\s+к[оа]нтракт\w*"
    # a short or a long one: «с самым коротким контрактом», "short contract only, 3 months", "longest contract"
    r"|(?:с\s+)?(?:(?:сам\w+|более|подлинне\w*)\s+)?(?:коротк|длинн|долг|долгосрочн|краткосрочн)\w*\s+к[оа]нтракт\w*"
    r"|(?:short|long)(?:er|est)?(?:[-\s]term)?\s+contracts?(?:\s+only)?(?:[,\s]+\d{1,2}[-\s]*(?:months?|years?))?"
    r"|(?:with\s+|plus\s+|and\s+)?(?:free\s+)?(?:(?:camp\s+)?ac+om+odations?|food|transport\w*(?:\s+to\s+(?:the\s+)?(?:site|work|job|project))?|tips)(?:\s+(?:provided|a\s+must|included))?"
    r"|with\s+(?:a\s+)?room|live-in|(?:day|night)\s+shifts?(?:\s+only)?|\d+[-\s]+(?:year|month)s?\s+contract|contract"
    r"|(?:тұрғын|турғын|турган|turgyn|tūrğyn|turğyn|tur[gǵ]yn|tūr[gǵ]yn)\s+(?:үй|уй|ui|üi|úı|uı)\w*|(?:тұратын|туратын|turatyn)\s+(?:жер|jer|zher)\w*|жатақхана\w*|жатакхана\w*"
    # Housing for the worker's family: «для семьи», «чтобы можно было с семьёй», «отбасыммен тұруға болатын», "family
    # accommodation", "family status visa".
    r"|(?:чтобы\s+)?(?:можно\s+(?:было\s+)?)?(?:для\s+семьи|с\s+семь[её]й)|семейн\w*(?:\s+(?:статус\w*|виз\w*))?"
    r"|на\s+одного(?:\s+человека)?|без\s+сосед\w*|bez\s+sosed\w*|(?:without|no)\s+room[-\s]?mates?"
    r"|(?:отбасы|otbasy)\w*\s+(?:үй|уй|ui|üi|úı)(?!\w)"
    r"|(?:отбасы|otbasy)\w*(?:\s+(?:бірге|birge))?(?:\s+(?:тұруға|туруга|turuga)(?:\s+(?:болатын|bolatyn))?)?"
    r"|family(?:\s+(?:status|visa|accommodation|housing))*|with\s+(?:my\s+)?family"
    r"|jataqhana\w*|zhatakhana\w*|jatakhana\w*|тама[қғгкk]\w*|tama[qkğg]\w*|тегін|tegin|tegın|вахтамен"
    r"|(?:түнгі|тунги|tungi|tüngı|күндізгі|kundizgi)?\s*(?:ауысым|auysym|auısym)\w*"
    r"|(?:келісімшарт|келисимшарт|kelisimshart|kelısımşart)\w*(?:\s+\d+\s+(?:жыл|zhyl|jyl)\w*)?"
    r"|(?:месяц|недел[юя])\s+через\s+(?:месяц|недел[юя])|rotation\w*|shifts?"
    r"|с\s+график\w*(?:\s+работы)?(?:\s+\d+\s*(?:через|/|на)\s*\d+|\s+(?:по\s+)?\d+\s+час\w*)?"  # «с графиком 8 часов»
    # A rota by its days or months: «график 2/2», «grafik 5/2», «вахта 2 месяца через 1», «екі күн жұмыс, екі күн
    # демалыс», «тәулік арасында», "28/28", "5 days working 2 off". Numbers of a rota, never a pay.
    r"|(?:график\w*|grafik\w*|вахт\w*|va[kx]?ht\w*|rotation)\s+\d{1,2}\s*(?:/|через|на|x|х|-)\s*\d{1,2}(?!\d)"
    r"|(?:\d{1,2}\s+)?(?:месяц\w*|месяца|недел\w*|дн\w*|сутк\w*)\s+через\s+(?:\d{1,2}|[^\W\d]+)(?:\s+(?:месяц\w*|недел\w*|дн\w*|сутк\w*))?"
    r"|(?:\d{1,2}|бір|екі|үш|төрт|bir|eki|ush|úsh)\s+(?:күн|kun|kún|ай|ai|апта|apta)\s+(?:жұмыс|жумыс|jumys|zhumys)\w*"
    r"(?:[,\s]+(?:\d{1,2}|бір|екі|үш|төрт|bir|eki|ush|úsh)\s+(?:күн|kun|kún|ай|ai|апта|apta)\s+(?:демалыс|demalys)\w*)?"
    r"|(?:тәулік|таулик|täulik|taulik)\s+(?:арасында|арасына|аралатып|arasynda)"
    r"|\d{1,2}\s+(?:days?|weeks?|months?)\s+(?:working|on)[,\s]+\d{1,2}\s+(?:(?:days?|weeks?|months?)\s+)?off"
    # The room: «отдельная комната», «комната на двоих», «в комнате не больше 4 человек», «квартира, не общага», «кэмп
    # не хочу», «бөлек бөлме», «бөлмеде 4 адам», "single room", "sharing room max 2 persons", "4 people per room". A
    # room alone is left: "room attendant" cleans them.
    r"|(?:отдельн|своя|свою|личн|жеке|бөлек|болек|jeke|bolek|single|private|own|shared|sharing)\w*\s+"
    r"(?:комнат\w*|бөлме\w*|болме\w*|bolme\w*|rooms?)"
    r"|(?:комнат\w*|rooms?)\s+(?:на|for)\s+(?:двоих|троих|одного|одну|\d{1,2}|one|two)(?:\s+(?:человек\w*|persons?|people))?"
    r"|rooms?\s+sharing|(?:в\s+)?комнате|бөлмеде|болмеде|bolmede"
    r"|(?:(?:не\s+больше|не\s+более|до|максимум|макс|max(?:imum)?|up\s+to|not\s+more\s+than)\s+)?\d{1,2}[-\s]*"
    r"(?:человек\w*|чел|адам\w*|adam\w*|persons?|people|pax)(?:\s+(?:в|per|in\s+a|to\s+a|a)\s+(?:комнат\w*|room))?"
    r"|квартир\w*|kvartir\w*|пәтер\w*|патер\w*|päter\w*|кэмп\w*|кемп\w*"
    # Where the work is done: «в городе», «в помещении», «қалада», «ғимарат ішінде», "indoors", "nothing outdoors"
    r"|(?:а\s+)?в\s+городе|в\s+помещени\w*|қалада|калада|qalada|kalada|in\s+(?:the\s+)?(?:city|town)|indoors?(?:\s+work)?"
    r"|(?:ғимарат|гимарат|[gğǵ][iı]marat)\s+(?:ішінде|ишинде|[iı]sh[iı]nde|işinde)|(?:nothing|no|not)\s+(?:outdoors?|outside)"
    # The room's air conditioning: «с кондиционером», «кондиционері бар», "with AC" («мастер по кондиционерам» mends them)
    r"|(?:с|s)\s+(?:кондиционер|kondicioner|konditsioner)\w*|(?:кондиционері|кондиционери|kondicioneri)\s+бар"
    r"|with\s+(?:an?\s+)?(?:ac|a/c|air[-\s]?con\w*)"
    # The contract's length in Kazakh: «бір жылдық келісімшарт», «6 айлық келісімшарт».
    r"|(?:\d{1,2}|бір|екі|үш|алты|bir|eki|ush|alty)[-\s]*(?:жылдық|жылдык|jyldyq|zhyldyq|айлық|ailyq)\s+(?:келісімшарт|келисимшарт|kelisimshart)\w*"
    # What the employer provides or pays for: «страховка», «билеты за счёт компании», «кормят бесплатно», "free
    # housing", "flights paid", "meals included", «билет пен сақтандыру компания есебінен», «беретін».
    r"|(?:мед)?страховк\w*|билет\w*|перел[её]т\w*|корм(?:ят|ит|или|ил|ила)(?:\s+бесплатно)?|"
    r"(?:free\s+)?(?:(?:air|return|round[-\s]trip)\s+)?(?:housing|meals?|flights?|tick?e?ts?|tikets?|insurance)|paid\s+by\s+(?:the\s+)?company"
    r"|сақтандыру\w*|saqtandyru\w*|bilet\w*|(?:компания|kompania)\s+(?:есебінен|esebinen)"
    # Both ways and who pays: «туда и обратно», «в обе стороны», «екі жаққа», "both ways", «за счёт работодателя».
    r"|туда(?:[-\s]+и)?[-\s]+обратно|в\s+обе\s+стороны|(?:екі|еки|eki)\s+(?:жаққа|жакка|jaqqa|jakka|zhaqqa)|both\s+ways?"
    r"|за\s+сч[её]т\s+(?:работодател|работадател|нанимател|фирм|компани)\w*"
    # Overtime paid beside `_TERMS`' words for it: «үстеме уақыт төленетін», «kosymsha saǵat tolenedi», «s oplatoi
    # sverhurochnyh».
    r"|(?:үстеме|устеме|usteme|üsteme|қосымша|косымша|qosymsha|kosymsha)\s+(?:уақыт|уакыт|uaqyt|uakyt|сағат|сагат|sa[gǵ]at)\w*"
    r"|(?:s\s+)?(?:oplat\w*\s+)?(?:sverhurochn\w*|pererabot\w*)"
    # The visa paid by the employer: «виза за счёт работодателя», «визу оплачивает работодатель», «визаны жұмыс
    # беруші төлейтін», "visa paid by employer", "free visa", "employer pays the visa".
    # The visa alone is no condition: «за визу агентство просит 200 долларов» tells of money asked; a free or
    # urgent one is ("urgnt visa, steel fixer").
    r"|(?:free|urge?nt|fast|quick|срочн\w*|быстр\w*)\s+(?:виз\w*|vi[sz]a\w*)"
    r"|(?:виз[аыуе]\w*|vi[sz]a\w*)\s+(?:жұмыс|жумыс|jumys|zhumys)\s+(?:беруш|beru)\w*"  # «визаны жұмыс беруші төлейді»
    r"|(?:виз[аыуе]\w*|vi[sz]a\w*)\s+(?:за\s+сч[её]т|оплачива\w*|бесплатн\w*|free|(?:paid|covered)(?:\s+by\s+(?:the\s+)?(?:employer|company|sponsor))?)"
    r"(?:\s+(?:работодател\w*|компани\w*|employer|company))?"
    r"|(?:работодател\w*|employer|company)\s+(?:оплачива\w*|платит|pays?)(?:\s+(?:the\s+)?(?:виз\w*|visa))?"
    r"|(?:paid|covered)\s+by\s+(?:the\s+)?(?:employer|company|sponsor)"
    r"|(?:жұмыс|жумыс|jumys|zhumys)\s+(?:беруші|беруши|beru[sş]h?[iı])\w*(?:\s+(?:есебінен|есебинен|esebinen))?"
    # Transport to the site: "transport to site", «объектіге көлікпен апаратын», «возят на объект».
    r"|(?:transport\w*|bus|pick[-\s]?up)\s+to\s+(?:the\s+)?(?:site|work|job|project)(?:\s+(?:provided|included|free))?"
    r"|(?:объектіге|объектиге|obektige|жұмысқа|жумыска|zhumysqa)\s+(?:көлікпен|коликпен|kolikpen|автобуспен|avtobuspen)"
    r"(?:\s+(?:апаратын|апарады|апарып|тасиды|тасымалдайтын|aparatyn|aparady))?"
    r"|(?:возят|возили|доставка|довоз\w*)\s+(?:на|до)\s+(?:объект\w*|работ\w*)"
    # The uniform: «форма и питание», «с формой», «форму выдают», «спецодежда», «арнайы киім», "uniform provided"
    # («форма заявки» is the application's, left).
    r"|(?:с\s+)?(?:формой|спецодежд\w*|спецовк\w*|униформ\w*)|форм[ау](?=\s+(?:и\s+)?(?:питани|выда|да[её]т|бесплатн|бар|береді))"
    r"|(?:выда\w*|да[её]т|дают)\s+форм[ауы]|(?:арнайы|жұмыс|жумыс|arnaiy|arnaiyi|arnaıy)\s+(?:киім|киим|kiim|kıim)\w*|uniforms?"
    # Training on the job: «с обучением», «обучают на месте», «готов учиться», «үйретіп алатын», «оқытатын», "on the job
    # training", "where they train you". The worker's list answers it; read as a trade they met the teachers.
    r"|(?:с\s+)?обучени\w*(?:\s+на\s+месте)?|(?:где\s+)?(?:обучают|научат|учат)(?:\s+на\s+месте)?|готов\w*\s+(?:учиться|обучаться)"
    r"|(?:s\s+)?obuchen\w*|(?:үйретіп|уйретип|uiretip|üiretip)\s+(?:алатын|alatyn)|(?:үйрететін|уйрететин|uiretetin|оқытатын|окытатын|oqytatyn|okytatyn)"
    r"|(?:on[-\s]the[-\s]job\s+)?training(?:\s+provided)?|(?:where|that|which)\s+(?:they\s+)?(?:train|teach)(?:\s+(?:you|me|us))?"
    r")(?:\s+(?:бар|bar|жоқ|жок|joq|jok|zhoq|болса|bolsa|берілсе|берилсе|berılse|berilse|берілсін|берилсин|berilsin|керек|kerek|обязательно|беретін|беретин|beretin|берілетін|beriletin|"
    r"береді|береди|beredi|выда\w*|provided|included|paid|бесплатно|оплачива\w*|төленетін|төленетин|төленеді|төленеди|"
    r"tolenetin|tolenedi|t[oö]len[eе]t[iı]n|төлейтін|төлейтин|toleitin|t[oö]le[iı]t[iı]n|төлейді|toleidi))*(?!\w)",
    re.IGNORECASE,
)
# The hours and the rota set beside a trade: «с графиком 8 часов», «график 6 через 1», «смена 12 часов», «12 сағаттық»,
# "12 hr shift", "8 hours a day, 6 days a week", "28/28", «выходной в пятницу». They are set aside only to read the
# trade: alone they are as often a question or a complaint («в катаре какой день выходной», "working 12 hrs no day
# off") as a request.
_HOURS = re.compile(
    r"(?<!\w)(?:(?:с\s+|s\s+|with\s+)?(?:график|grafik)\w*(?:\s+(?:работы|raboty))?(?:\s+\d+\s*(?:через|/|на)\s*\d+)?|\d+\s+через\s+\d+|\d+\s*/\s*\d+"
    # (the day said first with them: «күніне 8 сағат», "daily 10 hours", no pay by the day)
    r"|(?:(?:күніне|кунине|kunine|kúnine|тәулігіне|daily|в\s+день)\s+)?\d+[-\s]*(?:час\w*|сағат\w*|sagat\w*|saǵat\w*|hrs?|hours?)(?:\s+(?:a|per|в)\s+(?:day|день))?"
    r"|\d+\s+(?:days?\s+a\s+week|дней\s+в\s+неделю)|сутки\s+через\s+[^\W\d]+|(?:только\s+)?дн[её]м|(?:тек\s+)?күндіз|(?:tek\s+)?kundiz"
    r"|(?:daytime|days)\s+only|(?:чтобы\s+)?(?:(?:\d|один|одн\w*|два|две|двух)\s+)?выходн\w*(?:\s+(?:был\w*\s+)?(?:в\s+[^\W\d]+|пятниц\w*|суббот\w*))?|day\s+off"
    # The day off named: «выходной пятница», «vyhodnoy pyatnica», «жұма демалыс», "friday off"
    r"|(?:выходн\w*|vyhodn\w*|vyxodn\w*)(?:\s+(?:в\s+|v\s+)?(?:пятниц\w*|pyatnic\w*|piatnic\w*|субботу|суббота))?"
    r"|(?:пятниц\w*|pyatnic\w*)\s+(?:выходн\w*|vyhodn\w*)|(?:жұма|жума|juma|zhuma)(?:\s+(?:күні|куни|kuni|küni|kúni))?\s+(?:демалыс|demalys)\w*|fridays?\s+off|fridays?\s+free"
    r"|\d{1,2}\s+на\s+\d{1,2}(?!\d)|weekends?(?:\s+off)?|(?:демалыс|demalys)\s+(?:күндері|кундери|kunderi)(?:\s+(?:бос|bos))?"
    r"|(?:аптасына|aptasyna)\s+(?:\d|бір|екі|bir|eki)\s+(?:күн|kun)(?:\s+(?:демалыс|demalys))?"
    r")(?!\w)",
    re.IGNORECASE,
)
# The hours worked now, told before them («работаю по 12 часов», "working 12 hours a day"): what happens, not a wish.
_NOT_TOLD = "".join(
    rf"(?<!{verb}\s)(?<!{verb}\sпо\s)" for verb in "работаю работаем работают работает работал работала".split()
) + "".join(rf"(?<!{verb}\s)" for verb in "working work works worked".split())
# Hours or days off wished for or refused in so many words: «нужно 8 часов», «12 на 12 не хочу», «выходных не подходит»,
# «демалыс күндері бос болсын», "no weekend work", "want 8 hours". Said so, they are a condition of the work asked
# for, set aside like housing (bare hours stay: «работаю 12 часов без выходных» tells what happened).
_HOURS_WISHED = re.compile(
    rf"(?:(?<!\w)(?:нужн\w*|надо|хочу|чтобы|need|want|prefer|only|no|только|тек|tek|(?:с|with)(?!\s+(?:график|grafik)))\s+(?:по\s+)?)(?:{_HOURS.pattern})"
    rf"|(?:{_HOURS.pattern})\s+(?:не\s+(?:хочу|надо|нужно|подходит)|болса|bolsa|болсын|bolsyn|болмасын|bolmasyn|керек(?:\s+емес)?|kerek(?:\s+emes)?|only|ғана|гана|gana|ğana)(?!\w)"
    # the night refused: «түнгі ауысым болмасын», «түнде жұмыс істей алмаймын», «ночью работать не могу», "can't work at night"
    r"|(?<!\w)(?:түнгі|тунги|tungi|tüngı)\s+(?:ауысым|auysym|auısym)\w*\s+(?:болмасын|bolmasyn|керек\s+емес|kerek\s+emes)(?!\w)"
    r"|(?<!\w)(?:түнде|тунде|tunde|ночью|nochyu|nochiu)\s+(?:(?:жұмыс|жумыс|jumys|работать|rabotat)\s+)?"
    r"(?:істей\s+алмаймын|истей\s+алмаймын|istei\s+almaimyn|не\s+могу|ne\s+mogu)(?!\w)"
    r"|(?<!\w)(?:can'?t|cannot)\s+work\s+(?:at\s+)?nights?(?!\w)"
    # a most or a so many a day: «не больше 10 часов в день», «по 8 часов в день», "no more than 10 hours a day",
    # «күніне 8 сағат», "8 hours a day" (the day said: hours of the work, not a pay by the hour)
    # (never the hours worked now, told: «работаю по 12 часов в день», «күніне 12 сағат жұмыс істейміз»)
    rf"|{_NOT_TOLD}(?<!\w)(?:не\s+больше|не\s+более|максимум|no\s+more\s+than|not\s+more\s+than|max(?:imum)?|up\s+to|по)\s+(?:{_HOURS.pattern})"
    rf"|{_NOT_TOLD}(?<!\w)(?:(?:по|ne\s+bolshe|po)\s+)?\d{{1,2}}[-\s]*(?:час\w*|chas\w*|hrs?|hours?)\s+(?:в\s+день|v\s+den|a\s+day|per\s+day|daily)(?!\w)"
    r"|(?<!\w)(?:күніне|кунине|kunine|kúnine)\s+\d{1,2}\s+(?:сағат|сагат|sagat|saǵat)\w*(?!\w)"
    r"(?!\s+(?:(?:жұмыс|жумыс|jumys|zhumys)\s+)?(?:істей|истей|istei|ıstei|жұмыс\s+істе)\w*)"
    # the days off counted: «2 выходных», «два выходных в неделю», «аптасына 2 демалыс», «екі демалыс күні», "2 days off"
    r"|(?<!\w)(?:\d|два|две|двумя|двух|екі|еки|ek[iі]|two)\s+(?:выходн\w*|vyhodn\w*|vyxodn\w*|демалыс\w*|demalys\w*|days?\s+off|days?\s+of)"
    r"(?:\s+(?:в\s+неделю|v\s+nedelyu|per\s+week|a\s+week|күні|куни|kun[iі]|бар|bar))*(?!\w)"
    r"|(?<!\w)(?:аптасына|aptasyna)\s+(?:\d|бір|екі|bir|eki)\s+(?:(?:күн|kun)\s+)?(?:демалыс|demalys)\w*(?!\w)",
    re.IGNORECASE,
)
# Conditions of the worker, not of the work: no experience, no English, which name no trade («без опыта», «без
# английского», «тәжірибесіз», «ағылшынсыз», "no experience needed", "without English", and Russian typed in Latin
# letters, «bez opyta»). Every vacancy card says what it asks; as words of a search they named nothing, or took
# the town after them as a refused thing. (Work "for women" is left to small talk, which tells whether women
# are hired.)
_NO_EXPERIENCE_OR_ENGLISH = (
    r"(?<!\w)(?:(?:можно|и|and|мен|men|with)\s+)?(?:"
    r"без\s+(?:опыта|стажа)(?:\s+работы)?|опыт\s+не\s+(?:нужен|обязателен|важен)"
    # said after the word: «опыта нет», «опыта работы нету», «opyta net»
    r"|(?:опыта|стажа)(?:\s+работы)?\s+(?:нет|нету)|(?:opy?ta|opita|staja|stazha)\s+(?:net|netu)"
    r"|без\s+(?:знания\s+)?(?:английского|англ\w*|языка|языков)(?:\s+языка)?"
    r"|bez\s+(?:opy?ta|opita|staja|stazha)(?:\s+raboty)?|bez\s+(?:angl\w*|yazyka|iazyka)"
    r"|тәжірибесіз|тажирибесиз|тәжірибе(?:сі|м|міз)?\s+жоқ|тажирибе(?:си|м)?\s+жок|ағылшынсыз|агылшынсыз|ағылшын\s+тілінсіз"
    r"|t[aä](?:j|zh)[iı]r[iı]bes[iı]z|t[aä](?:j|zh)[iı]r[iı]be(?:s[iı]|m)?\s+(?:zh|j)o[qk]|a[gğ]yl(?:sh|ş)ynsyz|ag[iı]lshinsiz"
    r"|no\s+experience(?:\s+(?:is\s+)?(?:needed|required|necessary))?|without\s+(?:any\s+)?experience"
    r"|experience\s+not\s+(?:needed|required)|(?:my\s+)?first(?=\s+(?:job|work)\s+abroad)|without\s+english|no\s+english(?:\s+(?:is\s+)?(?:needed|required))?"
    r")(?!\w)"
)
# The worker's own trade, somewhere else or paid more: «как в моём профиле, только в гостинице», «как у меня в
# профиле, но в Лусаиле», «по профилю, но от 2000», «профилім сияқты, бірақ қонақүйде», «профилімдегідей», «мамандығым бойынша», "like my profile but in a hotel", "same as my
# profile but in Al Khor": what comes after is searched. (Changing the profile is read before the search.)
_OWN_TRADE = (
    r"(?<!\w)(?:(?:что[-\s]?нибудь\s+)?(?:как\s+(?:в|у)\s+(?:меня\s+(?:в\s+)?)?(?:мо[её]м\s+|моей\s+)?(?:профил\w*|анкет\w*)|по\s+(?:моему\s+|моей\s+)?(?:профилю|специальности))"
    r"(?:[,\s]+(?:но|только|а)(?!\w))?"
    r"|kak\s+v\s+(?:moem\s+)?profil\w*(?:[,\s]+(?:no|tolko)(?!\w))?|po\s+(?:moemu\s+)?profil\w*(?:[,\s]+(?:no|tolko)(?!\w))?"
    r"|(?:профилімдегідей|профилимдегидей|profilimdegidei|profılımdegıdei|(?:профил|profil|profile)\w*\s+(?:сияқты|сиякты|siyaqty|siaqty|сай|sai)|(?:мамандығым|мамандыгым|mamandygym|mamandyǵym)\s+"
    r"(?:бойынша|boiynsha)|(?:(?:something|anything|jobs?)\s+)?(?:like|(?:the\s+)?same\s+as|similar\s+to|as\s+in|as)\s+my\s+profile)"
    r"(?:\s+(?:жұмыс|жумыс|jumys))?(?:[,\s]+(?:бірақ|бирак|biraq|birak|but)(?!\w))?)"
)
_OWN_TRADE_SAID = re.compile(_OWN_TRADE, re.IGNORECASE)


def asks_own_trades(text: str) -> bool:
    """Whether the worker asks for the trades of their own profile («как в моём профиле, только в Лусаиле»,
    «профилім сияқты, бірақ Лусаилда», "same as my profile but from 2000"): the town, the pay or the place of work
    said after it is searched among those trades only, not among every vacancy there."""
    return _OWN_TRADE_SAID.search(text or "") is not None


# The worker's age: «мне 45 лет», «до 40 лет», «женщинам до 35», «от 25 до 45 лет», «возраст до 50», «40 жасқа
# дейін», «45 жастағы», «жасым 50-де», «25 пен 40 жас аралығындағы», "under 40", "over 45", "aged 25-40", "a 50
# year old", "I am 38 years old". Two digits only: «до 3000» is the pay.
_AGE_SAID = (
    r"(?<!\w)(?:(?:мне|ей|ему|нам|возраст\w*|в\s+возрасте)\s+)?(?:(?:до|от|за|после|старше|младше|не\s+старше)\s+)?"
    r"\d{2}(?:\s*(?:-|–|до)\s*\d{2})?\s*(?:лет|года?)(?!\w)"
    r"|(?<!\w)(?:мне|ей|ему|возраст\w*)\s+(?:(?:до|от|за)\s+)?\d{2}(?!\d|[.,]\d|\s*(?:к|k|тыс\w*|000|риал\w*|qar|qr)(?!\w))"
    r"|(?<!\w)(?:(?:mne|ei|emu|vozrast)\s+)?(?:do|ot|za|posle|starshe)\s+\d{2}(?:\s*(?:let|god\w*))?(?=\s*(?:[,.;!?)]|$))"
    r"|(?<!\w)(?:до|за|после|старше|младше)\s+\d{2}(?!\d|[.,]\d|%|\s*(?:к|k|тыс\w*|риал\w*|qar|qr|\$|час\w*|в\s+(?:час|день))(?!\w))"
    r"(?=\s*(?:[,.;!?)]|$))"
    r"|(?<!\w)(?:жасым\s+|jasym\s+|zhasym\s+)?\d{2}(?:\s*(?:пен|мен|pen|men|-|–)\s*\d{2})?(?:-?(?:те|де|та|да|te|de|ta|da))?"
    r"\s*(?:жас|jas|zhas|žas)\w*(?:\s+(?:дейін|дейин|deiin|deıın|dein|аралығындағы|аралыгындагы|aralygyndagy|aralyǵyndaǵy|асқан|аскан|asqan|askan|аспаған|аспаган|aspaǵan|aspagan))?"
    r"|(?<!\w)(?:жасым|jasym|zhasym)\s+\d{2}(?:-?(?:те|де|та|да|te|de|ta|da))?"
    r"|(?<!\w)(?:(?:i\s+am|i'?m|age[ds]?|aged)\s+)?(?:under|over|below|above|up\s+to)\s+\d{2}(?!\d|[.,]\d|%|\s*(?:k|qar|qr|riyals?|\$|/|per|an?\s+(?:hour|day))(?!\w))"
    r"(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
    r"|(?<!\w)(?:age[ds]?|aged)\s*:?\s*\d{2}(?:\s*(?:-|–|to)\s*\d{2})?(?:\s*(?:years?|yrs?)(?:\s+old)?)?"
    r"|(?<!\w)(?:(?:i\s+am|i'?m|for)\s+)?(?:an?\s+)?\d{2}[-\s]+(?:years?|yrs?)[-\s]+old"
    r"|(?<!\w)(?:i\s+am|i'?m)\s+\d{2}(?!\d|[.,]\d|\s*(?:k|qar|qr|riyals?)(?!\w))"
)
# The worker's experience: «опыт 3 года», «15 лет стажа», «стаж вождения 7 лет», «тәжірибем 5 жыл», «10 жыл
# тәжірибесі бар», "3 yrs exp", "with 12 years experience", "8 years of experience".
_EXPERIENCE_SAID = (
    r"(?<!\w)(?:с\s+)?(?:опыт\w*|стаж\w*)(?:\s+(?:работы|вождения|по\s+специальности))?\s+(?:от\s+|более\s+)?\d+\+?\s*(?:лет|года?)(?!\w)"
    r"|(?<!\w)(?:с\s+)?\d+\+?\s*(?:лет|года?)\s+(?:опыт\w*|стаж\w*)(?:\s+работы)?(?!\w)"
    r"|(?<!\w)(?:тәжірибе|тажирибе|t[aä](?:j|zh)[iı]r[iı]be)\w*\s+\d+\s*(?:жыл|jyl|zhyl)\w*"
    r"|(?<!\w)\d+\s*(?:жыл|jyl|zhyl)\w*\s+(?:тәжірибе|тажирибе|t[aä](?:j|zh)[iı]r[iı]be)\w*(?:\s+(?:бар|bar))?"
    r"|(?<!\w)(?:with\s+|have\s+)?(?:over\s+|more\s+than\s+)?\d+\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:exp\w*|work\s+experience)(?!\w)"
    r"|(?<!\w)(?:exp\w*)\s*:?\s*\d+\+?\s*(?:years?|yrs?)(?!\w)"
    r"|(?<!\w)(?:опыт|стаж|opyt|staj|stazh)\s+(?:есть|имеется|est)(?!\w)|(?<!\w)(?:есть|est)\s+(?:опыт|opyt)(?!\w)"
)
# A language the work asks for or the worker speaks: «со знанием английского», «английский средний», «с арабским
# языком», «где нужен русский язык», «ағылшын тілін білетін», «орысша сөйлейтін», «араб тілі керек емес», "good
# English", "for Russian speakers", "English and Russian", "no Arabic needed". «Учитель английского» keeps it.
_LANGUAGE_SAID = (
    r"(?<!\w)(?:со?\s+)?знани\w*\s+(?:(?:английск|арабск|русск|казахск|анг)\w*|язык\w*)(?:\s+язык\w*)?"
    r"|(?<!\w)(?:английск|арабск|русск|англ)\w*(?:\s+язык\w*)?\s+(?:средн|базов|хорош|свободн|разговорн|начальн|элементарн)\w*"
    r"|(?<!\w)(?:средн|базов|хорош|свободн|разговорн)\w*\s+(?:английск|арабск|англ)\w*(?:\s+язык\w*)?"
    r"|(?<!\w)со?\s+(?:английск|арабск|русск|казахск)\w*(?:\s+язык\w*)?"  # «пиши на русском» asks the bot
    r"|(?<!\w)(?:где\s+|чтобы\s+)?(?:не\s+)?(?:нуж\w+|требу\w+|говор\w+\s+на)\s+(?:русск|английск|арабск|казахск)\w*(?:\s+язык\w*)?"
    # "jobs that don't need English", "where Arabic is not required"
    r"|(?<!\w)(?:(?:that|which|where)\s+)?(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:need|require)\s+(?:english|arabic|russian)"
    r"|(?<!\w)(?:angliysk|angliisk|anglijsk|arabsk|russk)\w*(?:\s+(?:sredn|bazov|horosh|svobodn)\w*)?"
    r"|(?<!\w)(?:ағылшын|агылшын|a[gğǵ]ylshyn|a[gğǵ]ylşyn|орыс|orys|араб|arab|қазақ|qazaq)\s+(?:тіл|тил|til|tıl)\w*"
    r"\s+(?:білетін|билетин|biletin|bıletın|білмеймін|билмеймин|bilmeimin|bilmeymin|керек\s+емес|kerek\s+emes|керек|kerek|міндетті|mindetti)"
    r"|(?<!\w)(?:орысша|орысша|oryssha|orysşa|ағылшынша|агылшынша|agylshynsha)(?:\s+(?:сөйлейтін|сойлейтин|soileitin|söileitin)(?:\s+(?:жерде|jerde))?|\s+(?:аздап\s+)?(?:білемін|bilemin|білетін|biletin)|\s+azdap\s+bilemin"
    r"|\s+(?:білмеймін|билмеймин|bilmeimin|bilmeymin))"
    # The language not known: «английский не знаю», «не знаю английского», "I don't speak English"
    r"|(?<!\w)(?:английск|англ)\w*(?:\s+язык\w*)?\s+не\s+знаю|(?<!\w)не\s+(?:знаю|владею)\s+(?:английск|англ)\w*(?:\s+язык\w*)?"
    r"|(?<!\w)(?:i\s+)?(?:don'?t|do\s+not|can'?t|cannot)\s+speak\s+english"
    r"|(?<!\w)(?:(?:good|fluent|basic|some|spoken|little|a\s+little)\s+)(?:english|arabic|russian)"
    r"|(?<!\w)(?:for\s+)?(?:english|arabic|russian)[-\s]+speak\w*"
    r"|(?<!\w)(?:english|arabic|russian)\s+(?:and|&|\+)\s+(?:english|arabic|russian)"
    r"|(?<!\w)(?:no\s+)?(?:arabic|english|russian)\s+(?:(?:is\s+)?(?:needed|required|a\s+must|not\s+needed))"
    r"|(?<!\w)no\s+arabic"
)
# What the worker tells of themselves, said beside a question («жасым 60, бола ма?», "I'm a nurse with 6 years
# experience, anything for me?"): no condition of the work set aside, so no question about the work's conditions.
_AGE = re.compile(_AGE_SAID, re.IGNORECASE)
# The years of work are read before an age: «25 лет опыта» is experience, not an age.
_FACTS = re.compile(rf"{_EXPERIENCE_SAID}|{_AGE_SAID}|{_LANGUAGE_SAID}", re.IGNORECASE)
_WORKER = re.compile(
    rf"{_NO_EXPERIENCE_OR_ENGLISH}|{_EXPERIENCE_SAID}|{_AGE_SAID}|{_LANGUAGE_SAID}|{_OWN_TRADE}", re.IGNORECASE
)
# Terms of the job that name no trade: when it starts («с января», «выезд с 1 марта», «со следующего месяца»,
# «қаңтардан бастап», «1 сәуірден бастап», "starting January", "from March", "can start immediately", "in 2 weeks"),
# overtime («с овертаймом», «переработки оплачиваются», «қосымша сағаттары төленетін», "paid overtime"), the visa
# («с рабочей визой», «жұмыс визасымен», "on family visa", "work visa sponsorship"), an allowance beside the pay
# («доплата за еду», «продуктовые», "food allowance") and part-time work. Every card says them.
_MONTHS_RU = r"(?:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|ма[яей](?!\w))"
_MONTHS_KK = (
    r"(?:қаңтар|каңтар|кантар|ақпан|акпан|наурыз|сәуір|сауир|мамыр|маусым|шілде|шилде|тамыз|қыркүйек|кыркуйек|қазан|"
    r"казан|қараша|караша|желтоқсан|желтоксан|qa[nñń]tar|kantar|aqpan|akpan|nauryz|s[aä]u[iı]r|mamyr|mausym|"
    r"sh[iı]lde|şılde|tamyz|qyrkuiek|qyrküiek|qazan|kazan|qarasha|qaraşa|karasha|jeltoqsan|zheltoqsan|jeltoksan)\w*"
)
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|janury|januar|febuary|febrary|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_TERMS = re.compile(
    r"(?:(?<!\w)(?:(?:выезд|вылет|начал\w*|старт|выйти|выехать|готов\w*(?:\s+выехать)?)\s+)?"
    rf"(?:(?:с|со)\s+(?:\d{{1,2}}(?:-?го)?\s+)?{_MONTHS_RU}|(?:в|к)\s+{_MONTHS_RU}"
    r"|(?:с|со)\s+(?:начала\s+)?(?:следующ\w+|этого|нового)\s+(?:месяца|недел\w*|года)|с\s+начала\s+месяца"
    r"|(?:с|со)\s+\d{1,2}(?:-?го)?\s+числа|с\s+понедельника"
    r"|(?:сразу|срочно(?:\s+(?:выезд|вылет))?|прямо\s+сейчас|в\s+ближайшее\s+время))"
    rf"|(?<!\w)(?:\d{{1,2}}\s+)?{_MONTHS_KK}(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s+(?:бастап|bastap)"
    r"(?:\s+(?:шығу|шыгу|shygu|барамын|baramyn))?"
    r"|(?<!\w)(?:келесі|келеси|kelesi|kelesı)\s+(?:айдан|aidan|аптадан|aptadan)\s+(?:бастап|bastap)"
    r"|(?<!\w)(?:жарты|jarty|zharty)\s+(?:жылға|жылга|jylga|zhylga)|(?<!\w)(?:for\s+)?half\s+a\s+year"  # «жарты жылға»
    # After a fast or a holiday: «после Рамадана», «после Нового года», «Рамазаннан кейін», "after Ramadan", "after Eid"
    r"|(?<!\w)(?:(?:выезд|вылет|начал\w*|старт)\s+)?(?:после|posle)\s+(?:рамадан\w*|рамазан\w*|ураз\w*|курбан\w*|наурыз\w*|"
    r"нового\s+года|праздник\w*|ramadan\w*|ramazan\w*|novogo\s+goda)"
    r"|(?<!\w)(?:рамадан|рамазан|ораза|наурыз|ramadan|ramazan|oraza|nauryz)\w*\s+(?:кейін|кейин|keiin|keıin|kein)"
    r"|(?<!\w)after\s+(?:the\s+)?(?:ramadan|ramazan|eid|new\s+year)(?!\w)"
    rf"|(?<!\w)(?:(?:can|could|will|able\s+to)\s+)?(?:start(?:ing|s)?|strat|available|begin(?:ning)?|join(?:ing)?|from)"
    rf"\s+(?:(?:in|on|from|by)\s+)?(?:the\s+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTHS_EN}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
    r"|immediately|asap|now|right\s+away|next\s+(?:month|week|year)|\d+\s+(?:days?|weeks?|months?))(?!\w)"
    r"|(?<!\w)(?:(?:с|со)\s+)?(?:оплачиваем\w*\s+|платн\w*\s+|оплат\w*\s+)?(?:сверхурочн\w*|сверхурочк\w*|овертайм\w*|overtaim\w*|s\s+overtaim\w*)"
    r"(?:\s+(?:оплачива\w*|платн\w*|есть|бар|bar|төленетін|tolenetin|t[oö]lenet[iı]n))?"
    r"|(?<!\w)(?:с|со)\s+(?:оплачиваем\w*\s+)?переработк\w*|(?<!\w)(?:оплачиваем\w*\s+)?переработк\w*\s+(?:оплачива\w*|платн\w*)"
    r"|(?<!\w)(?:қосымша|косымша|qosymsha|qosymşa)\s+(?:сағат|сагат|sa[gǵğ]at|жұмыс\s+уақыт|жумыс\s+уакыт|jumys\s+uaqyt)\w*(?:\s+(?:төленетін|толенетин|tolenetin|t[oö]lenet[iı]n))?"
    r"|(?<!\w)(?:with\s+)?(?:paid\s+)?overtime(?:\s+(?:paid|available|pay|included))?"
    r"|(?<!\w)(?:(?:с|по|на)\s+)?(?:рабоч\w*|трудов\w*|семейн\w*|rabochey|rabochei)\s+(?:виз\w*|viz\w*)"
    r"|(?<!\w)(?:с|по)\s+виз(?:ой|е)(?!\w)|(?<!\w)(?:s|po)\s+viz(?:oi|oy|e)(?!\w)|(?<!\w)визамен|(?<!\w)vizamen"
    r"|(?<!\w)(?:жұмыс|жумыс|jumys|zhumys|j[uū]mys)\s+(?:визасы\w*|vizasy\w*|visasy\w*)(?!\s+(?:қашан|qa[sş]an|kashan))"
    r"|(?<!\w)(?:отбасылық|отбасылык|otbasylyq|otbasylyk)\s+(?:виза\w*|viza\w*)"
    r"|(?<!\w)(?:(?:on|with)\s+(?:an?\s+)?)?(?:work(?:ing)?|employment|residence)\s+visa(?:\s+sponsorship)?|visa\s+sponsorship|with\s+visa"
    r"|(?<!\w)(?:(?:с|и)\s+)?доплат\w*\s+(?:за|на)\s+(?:еду|питани\w*|жиль\w*|проезд)|(?:(?:\+|и|плюс)\s*)?продуктовые(?:\s+(?:деньги|выплаты))?(?!\s+(?:магазин|склад|рын)\w*)"
    r"|(?<!\w)(?:(?:plus|with|and|\+)\s+)?(?:food|meal|housing|transport)\s+allowances?"
    r"|(?<!\w)(?:part|full)[-\s]time|на\s+полставки|неполн\w*\s+(?:день|рабоч\w*\s+день)"
    r"|(?<!\w)kontrakt\w*(?:\s+na)?(?:\s+\d+)?(?:\s+(?:god\w*|let|mes[iy]a[ct]\w*))?"  # «kontrakt na 2 goda»
    # How long, said without the word for a contract: «на 3 месяца», «на полгода», «летом», «6 айға», "for 6 months".
    r"|(?<!\w)на\s+(?:\d+\s+)?(?:месяц\w*|год\w*|лет|недел\w*)|на\s+(?:полгода|сезон|лето|зиму)|летом|зимой"
    r"|(?<!\w)na\s+(?:\d+\s+)?(?:mes[iy]a[ct]\w*|god\w*|let|nedel\w*)|na\s+polgoda|letom"
    r"|(?<!\w)(?:\d+|бір|бир|екі|еки|үш|уш|алты|bir|eki|ush|alty)\s+(?:айға|айга|aiga|aıǵa|жылға|жылга|jylga|zhylga)"
    # work for so long: «3 айлық жұмыс», «жарты жылдық», "a 3 month job", "6-month work"
    r"|(?<!\w)\d+\s*(?:айлық|айлык|ailyq|ailyk|aılyq|жылдық|жылдык|jyldyq|zhyldyq)"
    r"|(?<!\w)(?:a\s+)?\d+[-\s]*(?:months?|years?)(?=\s+(?:job|work))"
    r"|(?<!\w)for\s+(?:\d{1,2}|one|two|three|six)\s+(?:months?|years?)(?=\s*(?:only|[,.;!?)]|$))"
    r"|(?<!\w)(?:for\s+)?(?:the\s+)?(?:summer|winter|season)\s+only"
    r")(?!\w)",
    re.IGNORECASE,
)
# A trade, a place or a condition refused: «не на стройке», «только не охранником», «кроме уборки», «без ночных
# смен», "not security", "but not cleaning", "except construction", "no fast food"; and in Kazakh after the word
# («күзетші емес», «күзетші болмасын», «құрылыста емес»). «Не меньше», «кем емес», "no less than" are the pay;
# the Kazakh «не» is "what" («Әл-Хорда не бар?»).
_REFUSED_THING = re.compile(
    r"(?<!\w)(?:не|кроме|помимо|без|not|no|except|without|apart\s+from|other\s+than|besides)\s+(?!(?:меньше|менее|ниже|больше|более|выше|less|more|fewer|"
    r"under|below|lower|бар|bar|керек|kerek|істей\w*|істеу\w*)(?!\w))(?:(?:на|в|во|с|as|a|an|the|in|at|for|on)\s+){0,2}[^\W\d]+(?:[-\s](?!(?:или|либо|and|nor)(?!\w))[^\W\d]{3,})?"
    # and the others refused with it: «кроме охраны и уборки», "except security or cleaning" (not a town after «в»)
    r"(?:\s+(?:и|или|ни|and|or|nor)\s+(?:не\s+|not\s+|no\s+)?(?!(?:в|во|на|с|со|in|at|with)\s)[^\W\d]{3,}"
    r"(?=\s*(?:[,.;!?)]|(?:please|pls|пожалуйста)?\s*$)))*"
    r"|(?<!\w)(?!(?:кем|төмен|kem|tomen|tömen|кемі|kemi|артық|жоғары)\s)[^\W\d]+\s+(?:емес|болмасын|emes|bolmasyn)(?!\w)"
    # «тазалаушы болғым келмейді», «күзетші болып істегім келмейді»: a trade not wanted
    r"|(?<!\w)[^\W\d]+\s+(?:(?:болғым|болгым|bolgym|bolǵym)|(?:болып|bolyp)\s+(?:істегім|истегим|istegim))\s+(?:келмейді|келмейди|kelmeidi|kelmeıdı)(?!\w)"
    # «грузчиком не хочу», «охранником больше не буду»: a trade in its instrumental case refused after it
    r"|(?<!\w)[^\W\d]+(?:ом|ем|ём|ой|ей)\s+(?:больше\s+|уже\s+)?не\s+(?:хочу|хотел\w*|буду|желаю|надо|нужно|хочется)(?!\w)"
    # «ne voditelem a povarom»: a trade refused before the one wanted, in Latin letters (the «а» of the contrast is
    # Russian; a Kazakh «ne» between two trades is "or")
    r"|(?<!\w)ne\s+[^\W\d]+(?=\s*,?\s+a\s+[^\W\d])"
    # «тазалаудан басқа», «ас үйден басқа», «kúzetshiden basqa»: all but that
    r"|(?<!\w)[^\W\d]+(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s+(?:басқа|баска|basqa|baska)(?!\w)"
    r"|(?:(?<=anything\s)|(?<=everything\s))but\s+[^\W\d]+"
    r"(?:\s+(?:or|and|nor)\s+(?:not\s+)?(?!(?:in|at|with)\s)[^\W\d]{3,}(?=\s*(?:[,.;!?)]|$)))*"
    # Russian in Latin letters: «ne na stroike», «ne v otele», «krome uborki» (a Kazakh «ne» alone is "or": «Doha ne Lusail»)
    r"|(?<!\w)(?:ne\s+(?:na|v|vo|s)|krome)\s+[^\W\d]+"
    # «tolko ne stroika», «lish ne ohrana»: the Russian «не» after «только» (a Kazakh «ne» never follows them)
    r"|(?:(?<=tolko\s)|(?<=lish\s)|(?<=^a\s)|(?<=\sa\s))ne\s+[^\W\d]+",
    re.IGNORECASE,
)


# The newest or the closing soonest asked first (see `_WHEN`).
_FIRST_RU = r"(?:сначала|вначале|сперва|в\s+первую\s+очередь|первыми|snachala|vnachale)"
_FIRST_KK = r"(?:алдымен|алдымeн|бірінші|біріншісі|бiрiншi|aldymen|birinshi|bırınşı)"
_NEW = (
    r"(?:(?:сам\w+\s+)?(?:нов|свеж|последн)\w*|(?:samy\w*\s+)?(?:nov|svezh|svej|posledn)\w*|(?:ең\s+|eń\s+|en\s+|eñ\s+)?"
    r"(?:жаңа|жана|jana|zhana|ja[nñń]a|zha[nñń]a)\w*)"
)
_BY_DATE = (
    rf"(?:(?:{_FIRST_RU}|{_FIRST_KK})\s+(?:(?:с|те|тех|которые|показывай|покажи|көрсет\w*|korset\w*)\s+)?{_NEW}"
    rf"|{_NEW}(?:\s+(?:вакансии|вакансиялар\w*|vakansi\w*|ваканси\w*))?\s+(?:{_FIRST_RU}|{_FIRST_KK})"
    r"|(?:самые|samye)\s+(?:новые|свежие|последние|novye|svezhie)|(?:ең|eń|en|eñ)\s+(?:жаңа|жана|jana|zhana|ja[nñń]a)\w*"
    # the newest one: «самую новую вакансию», «самыя новыя» (typed), «samaya novaya», «ен жана», "eng zhana", "newst"
    r"|(?:самая|самую|самое|самой|самыя|самыи|samaya|samuyu|samoe)\s+(?:нов|свеж|последн|nov|svezh|svej|posledn)\w*"
    r"|(?:ен|eng|ëң)\s+(?:жаңа|жана|jana|zhana|ja[nñń]a|zha[nñń]a)\w*|newst(?:\s+first)?"
    # the closing date: «срок подачи скоро заканчивается», «мерзімі жақында бітетін», "closest deadline"
    r"|(?:(?:у\s+(?:которых|каких(?:\s+вакансий)?)|где|те\s+где)\s+)?срок\w*(?:\s+подачи)?\s+(?:скоро|быстрее|раньше)\s+"
    r"(?:заканчива\w*|законч\w*|конча\w*|кончит\w*|истека\w*|выход\w*)"
    r"|(?:мерзімі|мерзими|merzimi|merzımı)\s+(?:жақында|жакында|jaqynda|jakynda|zhaqynda|zhakynda|тез|tez)\s+"
    r"(?:бітетін|битетин|bitetin|bıtetın|аяқталатын|аякталатын|ayaqtalatyn|aiaqtalatyn)"
    r"|(?:newest|latest|most\s+recent|recent|new)(?:\s+(?:ones|jobs|vacancies))?\s+first|newest|latest"
    # newer ones than the list shown: «а посвежее есть?», «поновее», "anything newer?"
    r"|посвеж(?:ее|ей)|поновее|posvezh(?:ee|ei)|ponovee|newer(?:\s+ones)?"
    r"|(?:closest|nearest|earliest|soonest)\s+(?:deadlines?|closing\s+dates?)(?:\s+first)?|deadlines?\s+first"
    r"|(?:sort|order)(?:ed)?\s+(?:them\s+)?by\s+(?:the\s+)?(?:date|deadline|closing\s+date|newest)"
    r"|(?:отсортир\w*|сортир\w*)\s+(?:по\s+)?(?:дат\w*|сроку|новизне)"
    # «күні бойынша сұрыптаңыз», «мерзімі бойынша»: by the date, in Kazakh
    r"|(?:күні|куни|kuni|kúni|мерзімі|мерзими|merzimi|дата\w*)\s+(?:бойынша|boiynsha|boıynsha)\s+(?:сұрыпта|сурыпта|surypta)\w*"
    r")"
)


# When the vacancy closes or came out, said beside the search: «что ещё открыто до конца месяца», «свежие вакансии за
# эту неделю», «срочно», «у которых срок ещё не истёк», «ай соңына дейін ашық», «жаңа шыққан», "still open this
# month", "closing soon", "that haven't expired yet". The bot lists only open vacancies, each card with its
# closing date, so these words name no trade and filter nothing further.
_WHEN = re.compile(
    r"(?<!\w)(?:(?:у\s+которых\s+)?срок\w*(?:\s+подачи)?(?:\s+ещ[её])?\s+не\s+(?:ист[её]к|истекл\w*|вышел|прош[её]л)"
    r"|(?:ещ[её]\s+)?(?:открыт\w*|не\s+закрыл\w*)|до\s+конца\s+(?:месяца|недели|года|[^\W\d]+я)"
    r"|свеж\w*|(?:за|на)\s+(?:эту|этой|этот)\s+(?:недел\w*|месяц\w*)|срочн\w*(?:\s+(?:набор|выезд|вылет))?"
    # Leaving soon: «срочно выезд», «выезд срочно», «шұғыл шығу керек», "urgent departure", "urgnt visa"
    r"|(?:выезд|вылет)\s+срочн\w*|urge?n?t\w*(?:\s+(?:departure|travel|flight|joining|visa))?"
    r"|(?:шұғыл|шугыл|shugyl|şuğyl)(?:\s+(?:түрде|турде|turde))?(?:\s+(?:шығу|шыгу|shygu|şyğu|ұшу|ушу|ushu))?(?:\s+(?:керек|kerek))?"
    r"|(?:ай|апта|жыл)\s+соңына\s+дейін|(?:ai|apta|jyl|zhyl)\s+so[nñń]yna\s+de[iı]{1,2}n|ашық|ashyq|ashyk|ashiq"
    r"|жаңа\s+шыққан|ja[nñń]a\s+shyqqan|zha[nñ]a\s+shyqqan"
    r"|(?:that\s+|which\s+)?(?:are\s+)?still\s+open|(?:this|next)\s+(?:month|week)|closing\s+soon|open\s+now"
    # Closing soon: «которые скоро закрываются», «закрываются на этой неделе», «жақында жабылатын», «тез жабылатын»,
    # «мерзімі бітуге жақын», "closing this week", "closin soon", "expiring soon"
    r"|(?:(?:которые|каторые|которых|kotorye|katorye)\s+)?(?:скоро|skoro|быстро|вот-вот)\s+(?:закро|закрыва|zakryva|zakro)\w*"
    r"|(?:(?:которые|каторые|kotorye|katorye)\s+)?(?:закрыва|zakryva)\w*(?:\s+(?:скоро|skoro)|(?=\s+(?:на|до|в)\s+(?:этой|эту|этом|конц)))"
    r"|(?:которые|каторые|kotorye|katorye)\s+(?:скоро|skoro)\s+(?:закрыва|zakryva)\w*|(?:которые|каторые|kotorye|katorye)\s+(?:закрыва|zakryva)\w*"
    r"|(?:жақында|жакында|jaqynda|jakynda|zhaqynda|zhakynda|тез|tez)\s+(?:жабыл|jabyl|zhabyl)\w*"
    r"|(?:мерзімі|мерзими|merzimi|merzımı)\s+(?:бітуге|битуге|bituge|bıtuge|аяқталуға|ayaqtaluga)\s+(?:жақын|жакын|jaqyn|jakyn|zhaqyn)"
    r"|(?:clos(?:ing|in)|expir(?:ing|in))(?:\s+(?:soon|shortly)|(?=\s+(?:this|next)\s+(?:week|month)))"
    r"|(?:open\s+)?(?:until|till|by|before)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:month|week|year)"
    r"|(?:that\s+|which\s+)?(?:haven'?t|have\s+not|has\s+not|hasn'?t|not)\s+(?:expired|closed)(?:\s+yet)?|urgent\w*"
    r"|asap|as\s+soon\s+as\s+possible|шұғыл|шугыл|shugyl"
    # When the worker can leave: «могу выехать», «готов вылететь», «шыға аламын», «ұша аламын», "I can leave", "ready to start"
    r"|(?:могу|можем|смогу|сможем|хочу|хотел\w*|готов\w*|mogu|smogu|hochu|gotov\w*)\s+(?:выехать|вылететь|поехать|ехать|начать|выйти|vyehat|vyletet|nachat)"
    r"|(?:шыға|шыга|ұша|уша|бара|кете|shyga|shyğa|usha|bara|kete)\s+(?:аламын|аламыз|alamyn|alamyz)"
    r"|(?:i|we)\s+can\s+(?:leave|start|travel|fly|go|come|join)|ready\s+to\s+(?:leave|start|travel|fly|go|join)"
    # Any post at the place named: «в гостиницу, любая должность», «кем угодно», "any position"
    r"|(?:на\s+)?(?:любая|любую|любой)\s+должност\w*|кем\s+угодно|any\s+(?:position|post|role)"
    r"|кез\s+келген\s+(?:лауазым|қызмет)\w*"
    # An order by date asked for: «сначала новые», «самые свежие», «у которых срок скоро кончается», «алдымен
    # жаңаларын», «ең жаңа», «мерзімі жақында бітетін», "newest first", "closest deadline", "sort by date". The list
    # is what is asked for, in that order; the words name no trade.
    rf"|{_BY_DATE}"
    r")(?!\w)",
    re.IGNORECASE,
)


def tells_terms(text: str) -> bool:
    """Whether a text tells the job's terms (when it starts, overtime, the visa, how long) or the worker's age,
    experience or languages."""
    return _TERMS.search(text or "") is not None or _FACTS.search(text or "") is not None


def without_conditions(text: str, *, refused: bool = True, conditions: bool = True, hours: bool = False) -> str:
    """The text without what the worker tells of themselves (no experience, their age, years of work and languages);
    without the conditions they set beside the trade (housing, food, shifts, the contract, when the work starts,
    overtime, the visa) unless `conditions` is False; and, unless `refused` is False, without what they refuse («не на
    стройке», "not security", «күзетші емес»): what is left names the trade, the town and the pay searched for. A
    refused trade is left out rather than searched for; a refusal is kept where it tells what happened («не платит
    зарплату»)."""
    left = _WORKER.sub(" ", text or "")
    left = _WHEN.sub(" ", _TERMS.sub(" ", left)) if conditions else left
    left = _HOURS.sub(" ", left) if conditions and hours else left
    left = _HOURS_WISHED.sub(" ", left) if conditions else left
    left = _REFUSED_THING.sub(" ", left) if refused else left
    if conditions:
        left = without_employer_kind(NEAR_METRO.sub(" ", _CONDITIONS.sub(" ", left)))
    return " ".join(left.split())


# The employer by its size or kind rather than its trade: «в госучреждение», «в крупную компанию», «в министерство»,
# «мемлекеттік мекемеге», «ірі компанияға», «iri kompaniyaga», "a government company", "a big company", "a facility
# management company". The cards name the employer; as words of a trade they watered it down or met one of
# their own (a government official, a company director).
_KIND_ADJECTIVE = (
    r"(?:крупн|больш|солидн|международн|иностранн|частн|государственн|бюджетн|надёжн|надежн|хорош)\w*"
    r"|ірі|iri|мемлекеттік|мемлекеттик|memlekettik|жеке|jeke|zheke|халықаралық|halyqaralyq|shetel\w*|шетел\w*"
    r"|big|large|major|international|multinational|reputable|government(?:al)?|state(?:-owned)?|semi-government"
    # in Latin letters and typed in a hurry: «v gosudarstvennoy kompanii», «chastnaya firma», "goverment", "privat"
    r"|(?:gosudarstvenn|chastn|mezhdunarodn|mejdunarodn|krupn|inostrann)\w*|gov[e]?r[n]?ment(?:al)?|govt|gov|privat|private"
)
_KIND_NOUN = (
    r"(?:компани|фирм|организаци|предприяти|учреждени|структур|мекеме|ұйым|уйым|кәсіпорын|касипорын|kompani|firma|mekeme|"
    r"uiym|kasiporyn|compan|firm|organi[sz]ation|employer|entit|institution|department|sector)\w*"
)
_KIND_ADJECTIVE_ALONE = re.compile(rf"(?<!\w)(?:{_KIND_ADJECTIVE})(?!\w)", re.IGNORECASE)
_EMPLOYER_KIND = re.compile(
    r"(?<!\w)(?:(?:в|во|на|для|to|in|at|for|with)\s+)?(?:(?:a|an|the)\s+)?(?:"
    rf"(?:(?:{_KIND_ADJECTIVE})\s+)+(?:facility\s+management\s+)?{_KIND_NOUN}"
    rf"|facility\s+management(?:\s+{_KIND_NOUN})?|гос(?:учреждени|компани|структур|организаци|служб|предприяти|сектор)\w*"
    r"|министерств\w*|ministry|government(?:al)?|semi-government)(?!\w)",
    re.IGNORECASE,
)
# A chain of hotels, restaurants or shops: «в сеть отелей», «сети ресторанов», «қонақүй желісіне», "hotel chain".
# The place stays: it names the trades of its own.
_CHAIN = re.compile(
    r"(?<!\w)(?:сет[ьиейя]\w*\s+(?P<ru>(?:отел|гостиниц|ресторан|магазин|супермаркет|кафе)\w*)"
    # «в гостиничную сеть», «гостиничной сети», "gostinichnoi seti": the adjective before the chain
    r"|(?P<adjective>гостиничн|gostinichn|ресторанн|restorann)\w*\s+(?:сет[ьиейя]|set[iy]?|set'|sety)\w*"
    r"|(?P<place>(?:hotel|restaurant|supermarket|retail|shop|store|cafe)s?|қонақ\s*үй\w*|конак\s*уй\w*|"
    r"qonaq\s*[uü][iı]\w*|konak\s*ui\w*|мейрамхана\w*|meiramhana\w*|дүкен\w*|duken\w*)"
    r"\s+(?:chains?|желі\w*|жели\w*|jeli\w*|zheli\w*))(?!\w)",
    re.IGNORECASE,
)


# Well-known employers of Qatar named instead of their kind: the oil and gas company, the public hospitals, the
# supermarkets, the taxis, the buses, the public works and the airline («хочу в Катар Энерджи», «медсестра в Хамад»,
# «кассир в Лулу», "Karwa taxi driver", «в Мовасалат водителем автобуса», "Ashghal road worker", «в Катар Эйрвейз»).
# Each stands for the place of work whose trades it hires, in the message's alphabet; when the kind follows the
# name ("Hamad hospital", «Лулу гипермаркет», "Karwa taxi") the kind alone is kept. As words of a trade the names
# met nothing, and «Катар» in them read as a wish to go to Qatar.
_NAMED_EMPLOYERS: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (
        re.compile(rf"(?<!\w)(?:{names})(?P<kind>\s+(?:{kind}))?(?!\w)", re.IGNORECASE),
        ru, en, kind,
    )
    for names, kind, ru, en in (
        # Hamad International Airport, named before the hospitals of the same name: «аэропорт Хамад», "Hamad
        # airport", «Хамад әуежайы»: the airport
        (r"(?:аэропорт\w*|airport|aeroport\w*)\s+(?:хамад\w*|hamad)(?:\s+international)?"
         r"|(?:hamad|хамад\w*)(?:\s+international)?(?=\s+(?:airport|аэропорт|әуежай|ауежай|aeroport|auejai))",
         r"airports?|аэропорт\w*|әуежай\w*|ауежай\w*|aeroport\w*|auejai\w*", "аэропорт", "airport"),
        (r"qatar\s*energy(?:\s+lng)?|qatar\s*petroleum|qatar\s*gas|ras\s*gas|катар\s*энерд?жи\w*|катар\s*энержи\w*|"
         r"катар\s*газ(?:а|е|у|ом|қа|ға|ка|га|да|та)?(?!\w)|катаргаз\w*|катар\s*петролеум\w*|рас\s*газ(?:а|е|у|ом|қа|ға|да)?(?!\w)",
         r"(?:oil\s+and\s+gas\s+)?compan\w*|компани\w*", "нефтегазовую компанию", "oil and gas company"),
        # the hospital's kind said before its name too: «госпиталь Сидра», «больница Хамад», "hospital Hamad"
        (r"(?:больниц\w*|госпитал\w*|аурухана\w*|hospital)\s+(?:хамад\w*|сидра\w*|hamad|sidra)"
         r"(?!\s+(?:аэропорт|airport|international|порт|port)(?!\w))|"
         r"hamad(?:\s+medical(?:\s+corporation)?)?(?!\s+(?:international|airport|port|bin)(?!\w))|hmc|sidra(?:\s+medicine)?|"
         r"хамад\w*(?!\s+(?:аэропорт|порт|бин)(?!\w))|сидра\w*",
         r"hospital\w*|больниц\w*|госпитал\w*|аурухана\w*|auruhana\w*|aurukhana\w*", "больницу", "hospital"),
        (r"lulu|al[-\s]?meera|carrefour|monoprix|лулу\w*|аль[-\s]?мира\w*|әл[-\s]?мира\w*|карфур\w*|монопри\w*",
         r"hyper\s*market\w*|super\s*market\w*|гипермаркет\w*|супермаркет\w*", "супермаркет", "supermarket"),
        (r"karwa|карв[аеуы]\w*|карвa\w*", r"taxi\w*|такси\w*", "такси", "taxi"),
        (r"mowasalat|мовасалат\w*|мувасалат\w*", r"compan\w*|компани\w*", "транспортную компанию", "transport company"),
        (r"ashghal|ashgal|ашгал\w*|ашғал\w*", r"compan\w*|компани\w*", "строительную компанию", "construction company"),
        (r"qatar\s*airways|катар\s*эйрвей[зс]\w*|катар\s*эйрвэй[зс]\w*|катар\s*айрвей[зс]\w*", r"airline\w*|авиакомпани\w*",
         "авиакомпанию", "airline"),
    )
)
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)


def with_employers_named(text: str) -> str:
    """The text with a well-known employer of Qatar named as its kind («хочу в Катар Энерджи» → «хочу в нефтегазовую
    компанию», "Hamad hospital nurse" → "hospital nurse")."""
    for pattern, ru, en, _ in _NAMED_EMPLOYERS:
        text = pattern.sub(
            lambda match, ru=ru, en=en: match["kind"].strip() if match["kind"] else ru if _CYRILLIC.search(match[0]) else en,
            text or "",
        )
    return text


# A sector's company said in English ("oil and gas company", "security company", "cleaning companies"): the sector
# names its trades, while "company" alone met the companions.
_SECTOR_COMPANY = re.compile(
    r"(?<!\w)(?P<sector>oil\s+and\s+gas|oil\s*&\s*gas|security|cleaning)\s+(?:compan(?:y|ies)|firms?)(?!\w)", re.IGNORECASE
)


def _chain_place(match: re.Match[str]) -> str:
    """The place of a chain named: «сеть отелей» is «отелей», «гостиничная сеть» a «гостиница», "hotel chain" a hotel."""
    adjective = (match["adjective"] or "").lower()
    if adjective:
        return {"гостиничн": "гостиница", "gostinichn": "gostinica", "ресторанн": "ресторан"}.get(adjective, "restoran")
    return match["ru"] or match["place"]


def without_employer_kind(text: str) -> str:
    """The text without the employer's size or kind («электрик в крупную компанию» → «электрик»; "cook in a hotel
    chain" → "cook in a hotel"), a well-known employer named as its place of work: what is left names the trade or
    the place of work."""
    left = _CHAIN.sub(lambda match: f" {_chain_place(match)} ", with_employers_named(text or ""))
    left = _SECTOR_COMPANY.sub(lambda match: match["sector"], left)
    return " ".join(_EMPLOYER_KIND.sub(" ", left).split())


# Words that ask for work, for oneself or for someone written for: «ищу», «найти», «хочу», «есть работа»,
# «что-нибудь», «для него», «пишу за мужа», «іздеймін», «бар ма», «үшін», "looking for", "any jobs", "for him".
_SEEKING = re.compile(
    r"(?<!\w)(?:ищу|ищем|ищет|ищут|искать|найти|найдите|найди|подыщ\w*|тауып\s+бер\w*|tauyp\s+ber\w*|нужн\w*\s+работ\w*|хочу|хотел\w*\s+бы|мне\s+бы|"
    r"есть\s+(?:ли\s+)?(?:работ|ваканс|что)\w*|что\s+есть|что[-\s]?нибудь|что[-\s]?то|подбер\w*|покаж\w*|можно\s+ли\s+найти|"
    r"для\s+(?:него|неё|нее|мужа|брата|сына|дочери|жены|сестры)|пишу\s+за|за\s+(?:мужа|брата|сына|жену|дочь)|"
    r"іздеймін|іздейміз|іздеп|ізде\w*|izde\w*|ızde\w*|бар\s+ма|bar\s+ma|үшін|ushin|üşın|барғым|bargym|barğym|"
    r"істегім|istegim|ıstegım|керек(?!\s+пе)|kerek(?!\s+pe)|looking|look\s+for|find|need\s+(?:a\s+)?(?:job|work)|"
    r"(?:болсам|bolsam)\s+(?:деймін|деймин|deimin|deımın|деп\s+едім|dep\s+edim)|(?:болғым|болгым|bolgym|bolǵym)\s+(?:келеді|келеди|keledi)|"
    r"(?:жұмыс|жумыс|jumys|zhumys)\s+(?:болса|bolsa)|"  # «Әл-Хорда жұмыс болса …»: if there is work, asked for
    r"want\s+to|i'?d\s+like|show|any\s+(?:jobs?|work|openings?|vacanc\w*)|jobs?\s+for|for\s+(?:him|her)|"
    r"do\s+you\s+have|asking\s+for|writing\s+for|работ[аыу]|ваканс\w*|jobs?|vacanc\w*|openings?|anything|something)(?!\w)",
    re.IGNORECASE,
)

# A story rather than a search: work done before («раньше работал сварщиком», «бұрын жүргізуші болып істедім»,
# "I worked as a welder in 2018"), or a question about a relative's work or plans («сын работает поваром, когда
# отпуск?», «ұлым Лусаилда аспаз, демалысы қашан?», "my son works as a cook, when is his leave?").
_PAST = re.compile(
    r"(?<!\w)(?:работал\w*|трудил\w*|уехал\w*|(?<!чтобы\s)(?<!чтоб\s)платили|устроил\w*|rabotal\w*|istedim|ıstedım|істедім|істеген\w*|"
    r"boldym|болдым|төледі|"
    r"toledi|worked|used\s+to\s+work|went\s+to)(?!\w)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"(?<!\w)(?:сын|сына|сыну|дочь|дочка|дочери|муж|мужа|мужу|жена|жены|брат|брата|сестра|мама|мать|отец|папа|"
    r"ұлым|улым|ulym|қызым|кызым|qyzym|күйеуім|куйеуим|kuieuim|әйелім|аиелим|äielım|ағам|агам|agam|інім|иним|ınım|"
    r"my\s+(?:son|daughter|husband|wife|brother|sister|mother|father|mom|dad|cousin|uncle|friend))(?!\w)",
    re.IGNORECASE,
)
# A relative's work told as it is now («брат работает на стройке в Дохе», «ағам Дохада құрылыста істейді», "my
# cousin works in construction in Doha"): news of them, not a search, unless the message asks for work too.
_WORKS_NOW = re.compile(
    r"(?<!\w)(?:работает|работают|трудится|істейді|істейтін|isteidi|ısteidı|works|is\s+working"
    r"|(?:болып|bolyp)\s+(?:жүр|жур|jur|zhur|жүрді|журди|jurdi)|(?:істеп|истеп|istep)\s+(?:жүр|жур|jur|zhur))(?!\w)",  # «жүргізуші болып жүр»
    re.IGNORECASE
)
# A question about the conditions themselves, or about a place's safety, or a rumour of pay: «поварам жильё
# дают?», «Индустриалды аймақта тұру қауіпсіз бе?», «правда что сварщикам платят 5000?», "is food included?",
# "how much do welders get?". Asked with no word of looking for work, it wants an answer, not a list.
_ABOUT_CONDITIONS = re.compile(
    r"(?<!\w)(?:безопасн\w*|опасн\w*|қауіпсіз\w*|кауипсиз\w*|qauıpsız\w*|safe|dangerous|правда|is\s+it\s+true|"
    r"how\s+much\s+do|сколько\s+(?:платят|получают|получает|зарабатыва\w*)|қанша\s+төлейді|kansha\s+toleidi|дают|выдают|бере\s+ме|"
    r"bere\s+me|береді\s+ме|included|get\s+(?:accommodation|food|overtime)|like\s+in|бывают|"
    # How much a trade is given, and whether it is hired: «Лусаилда электриктерге қанша береді?», «женщин берут
    # водителями?», "do they hire women as drivers?"
    r"(?:қанша|qansha|kansha)\s+(?:төлей\w*|беред\w*|алад\w*|t[oó]le[iı]\w*|bered\w*|alad\w*)|берут|возьмут|"
    r"do\s+(?:they|you)\s+(?:hire|take)|hire\s+(?:women|men))(?!\w)",
    re.IGNORECASE,
)


def seeks_work(text: str) -> bool:
    """True when a message holds a word asking for work, for the worker or for someone they write for."""
    return _SEEKING.search(text or "") is not None


# Words that ask for work outright: «ищу», «найдите», «подберите», «хочу», «нужна работа», «есть ли вакансии»,
# «іздеймін», «жұмыс керек», "looking for", "find me", "any jobs". A trade beside a mere need («дәрігер керек»,
# «нужен оператор») or the word for work alone («подал на вакансию повара») asks for no work.
_ASKING = re.compile(
    r"(?<!\w)(?:ищу|ищем|ищет|искать|найти|найдите|найди|подыщ\w*|тауып\s+бер\w*|tauyp\s+ber\w*|подбер\w*|(?:хочу|хотел\w*\s+бы)(?!\s+(?:спросить|узнать|уточнить|"
    r"сказать|пожаловаться))|нужн\w*\s+работ\w*|устроиться|устроится|"
    r"есть\s+(?:ли\s+)?(?:работ|ваканс)\w*|іздеймін|іздейміз|іздеп|izde\w*|ızde\w*|(?:жұмыс|jumys|zhumys)\w*\s+(?:керек|kerek)|"
    # a trade wished for: «жүргізуші болсам деймін», «аспаз болғым келеді»
    r"(?:болсам|bolsam)\s+(?:деймін|деймин|deimin|deımın|деп\s+едім|dep\s+edim)|(?:болғым|болгым|bolgym|bolǵym)\s+(?:келеді|келеди|keledi)|"
    r"looking\s+for|look\s+for|find(?!\s+out)|need\s+(?:a\s+)?(?:job|work)|any\s+(?:jobs?|work|openings?|vacanc\w*)|"
    r"want\s+(?:to\s+(?:work|go|find|get|apply)|(?:a\s+)?(?:job|work))|"
    r"jobs?\s+for|do\s+you\s+have)(?!\w)",
    re.IGNORECASE,
)


def asks_for_work(text: str) -> bool:
    """True when a message asks for work outright, in words beyond the word for work itself: a request, not a
    mention."""
    return _ASKING.search(text or "") is not None


# Work found, told with thanks: «спасибо, нашёл работу сварщиком», «жұмыс таптым», "I found a job as a welder".
_FOUND = re.compile(r"(?<!\w)(?:наш[её]л|нашла|нашли|таптым|таптық|taptym|found|got\s+(?:a|the)\s+job)(?!\w)", re.IGNORECASE)


def tells_a_story(text: str) -> bool:
    """True for work told of rather than asked for: the worker's past work, or a question about a relative's
    work or plans, with no word asking for work («я раньше работал сварщиком в Месаиде», «ұлым Лусаилда аспаз, демалысы
    қашан?»). «Для брата ищу работу сварщиком» asks, and is searched."""
    if _FOUND.search(text or "") and not asks_for_work(text):  # «нашёл работу сварщиком»: news, not a search
        return True
    text = without_address(text)  # «слушай, брат, …»: the friend written to, not a relative told of
    relative = _RELATIVE.search(text or "") is not None
    told = _PAST.search(text or "") is not None or relative and ("?" in (text or "") or _WORKS_NOW.search(text or "") is not None)
    return told and not seeks_work(text)


def asks_about_conditions(text: str) -> bool:
    """True for a question about a trade's or a place's conditions asked with no word of looking for work
    («поварам в Лусаиле жильё дают?», "is food included for welders?"): chat, not a list of vacancies."""
    text = without_address(text)  # «дружище, не знаешь, …»: no refusal set aside, a question to a friend
    # «waiter with meals included» sets a condition; «is food included?» asks about it
    asked = _ABOUT_CONDITIONS.search(text or "") is not None and (
        "?" in (text or "") or _ABOUT_CONDITIONS.search(without_conditions(text, refused=False)) is not None
    )
    told = " ".join(_FACTS.sub(" ", text or "").split())  # the worker's age or years of work are no condition
    if not (asked or "?" in (text or "")) or not (asked or _set_aside(told, without_conditions(text))):
        return False
    to_work = _TO_WORK.search(text or "") is not None and not asks_for_jobs(text)  # «на работу транспорт есть?»
    return to_work or not seeks_work(text)


def _set_aside(text: str, kept: str) -> bool:
    """Whether `without_conditions` took conditions out of the text (`kept` is what it left)."""
    return kept != " ".join((text or "").split())


# Whom the work is for, by sex: «женская работа», «для женщины», «для девушек», «я женщина», «мужская работа», «әйел
# адамға», «ер адамға», «әйелдерге арналған», "female", "lady", "for a woman", "men's work". Beside a trade they
# name no trade of their own (read as one, «женская» met the ladies' hairdresser); the cards say who is hired.
# Work "for women" asked alone is left to small talk, which tells whether women are hired.
_WHOM = re.compile(
    r"(?<!\w)(?:(?:я\s+)?(?:для\s+)?(?:жен[щш]ин\w*|девуш\w*|девочек|мужчин\w*|парн[ея]й)|(?:женск|мужск)\w*(?:\s+работ\w*)?"
    r"|(?:әйел|аиел|áıel|aiel|ayel|äiel)\s+адам\w*|(?:ер|er)\s+(?:адам\w*|adam\w*)|(?:áıel|aiel|ayel|äiel)\s+adam\w*"
    r"|(?:әйелдер|аиелдер|aielder|ayelder|áıelder|ерлер|erler)\w*(?:\s+(?:арналған|arnalgan|arnalǵan))?"
    r"|(?:әйел|аиел|áıel|aiel|ayel|äiel)(?:ге|ge)"  # «тігінші әйелге»: for a woman
    r"|(?:i\s+am\s+a\s+|i'm\s+a\s+)?(?:female|lady|ladies|woman|women|men'?s)(?:\s+(?:only|work|jobs?))?"
    r"|(?:dlya|dlia)\s+(?:mu(?:j|zh)chin\w*|(?:j|zh)enshin\w*|devushek|parnei|jeny|zheny|muja|muzha)"
    r"|for\s+(?:a\s+)?(?:woman|women|men|man|girls?|ladies)"
    # A relative the work is sought for: «для жены работа горничной», «әйеліме», "for my wife"
    r"|для\s+(?:жены|мужа|сестры|дочери|дочки|сына|брата|дяди|племянника|племянницы|друга|подруги|зятя|кузена)|жене|мужу|сестре|"
    r"дочери|сыну|брату|дочке|племяннику|племяннице|дяде|другу|подруге|зятю|әйеліме|күйеуіме|қызыма|ұлыма|досыма|жиеніме|"
    r"ayelime|aielime|áıelime|kuieuime|qyzyma|ulyma|dosyma|jienime|"
    r"for\s+my\s+(?:wife|husband|son|daughter|sister|brother|cousin|nephew|niece|uncle|friend)"
    # a brother or a sister in Kazakh: «ініме», «ағама», «бауырыма», «қарындасыма», «сіңліме», «әпкеме»
    r"|ініме|иниме|inime|ınıme|ағама|агама|agama|aǵama|бауырыма|bauyryma|қарындасыма|карындасыма|qaryndasyma|"
    r"сіңліме|сиңлиме|синлиме|sinlime|sıñlıme|әпкеме|апкеме|apkeme|äpkeme"
    # a couple: «для семейной пары», «для пары», «для супругов», «ерлі-зайыптыларға», "for a couple", "for a married couple"
    r"|(?:для|dlya|dlia)\s+(?:(?:семейной|seme[iy]?n(?:oi|oy|oj))\s+)?(?:пары|супругов|pary)|ерлі-зайыпты\w*|erli-zaiypty\w*"
    r"|for\s+(?:a\s+)?(?:married\s+)?couples?"
    # older people, their age said apart: «для людей за 50», «елуден асқандарға», "for people over 50"
    r"|(?:для|dlya|dlia)\s+(?:людей|пожилых|ludei|liudei)|for\s+(?:older\s+)?people"
    r"|(?:\d{2}|елу|алпыс|қырық|elu|alpys|qyryq)(?:-?(?:ден|тен|нан|den|ten|nan))?\s+(?:асқандарға|аскандарга|asqandarga|askandarga)"
    # two going together: «вместе с братом», «с женой вдвоём», «ағаммен бірге», «інім екеуміз», "with my brother", "me
    # and my wife", "husband and wife", "for two people"; the trade each does is told apart (`names_each_ones_trade`)
    r"|(?:вместе\s+)?с\s+(?:братом|женой|мужем|сестрой|другом|сыном|супругом|супругой|братишкой)(?:\s+вместе)?"
    r"|(?:vmeste\s+)?s\s+(?:bratom|zhenoi|jenoi|mujem|muzhem|sestroi|drugom)(?:\s+vmeste)?|вдво[её]м|втро[её]м|vdvoem"
    r"|муж\s+и\s+жена|(?:чтобы\s+)?жить\s+(?:вместе|в\s+одной(?:\s+комнате)?)"
    r"|(?:ағам|агам|інім|иним|әйелім|аиелим|күйеуім|куйеуим|бауырым|досым|agam|inim|aielim|kuieuim|bauyrym|dosym)"
    r"(?:мен|пен|men|pen)(?:\s+(?:бірге|бирге|birge))?(?:\s+(?:бір|bir)\s+(?:жерде|jerde))?"
    r"|(?:ағам|агам|інім|иним|әйелім|аиелим|күйеуім|куйеуим|бауырым|досым|agam|inim|aielim|kuieuim|bauyrym|dosym)\s+"
    r"(?:екеуміз|екеумиз|ekeumiz)(?:ге|ge)?(?:\s+(?:бірге|бирге|birge))?"
    r"|(?:(?:going|go|together)\s+)?with\s+my\s+(?:brother|wife|husband|sister|friend|cousin|son)"
    r"|me\s+and\s+my\s+(?:brother|wife|husband|sister|friend|cousin|son)|my\s+(?:wife|husband|brother)\s+and\s+(?:i|me)"
    r"|husband\s+and\s+wife|for\s+two(?:\s+people)?|both\s+of\s+us"
    r")(?!\w)",
    re.IGNORECASE,
)


def without_whom(text: str) -> str:
    """The text without the words saying whether the work is for a woman or a man («женская работа: няня или
    сиделка» → «няня или сиделка»); the text itself when nothing else is left («для женщин есть работа?»)."""
    left = " ".join(_WHOM.sub(" ", text or "").split())
    return left if without_work_words(left) != "" and left.strip(" ,.:;!?-") else text


# The courtesies of a long polite message: greetings, apologies, thanks and please («Здравствуйте! Извините за
# беспокойство», «буду очень благодарен», «Сәлеметсіз бе, мазалағаным үшін кешіріңіз», «алдын ала рахмет», "Good
# morning", "sorry to disturb you", "kindly", "many thanks", "thank you for your time"). Read as words of a
# trade they watered it down or met one of their own (a "receptionist" for "good morning").
_COURTESY = re.compile(
    r"(?<!\w)(?:здравствуй\w*|здрасте|добр\w+\s+(?:день|вечер|утро|ночи)|доброе\s+утро|привет\w*|ассаляму?\s+алейкум\w*|салам\w*"
    r"|извин\w*(?:\s+(?:за\s+беспокойство|что\s+(?:пишу|беспокою)(?:\s+поздно)?))?|прост\w+(?:\s+что\s+беспокою)?"
    r"|подскажите(?:\s+пожалуйста)?|пожалуйста|будьте\s+добры|(?:большое\s+)?спасибо(?:\s+(?:большое|заранее))?|заранее\s+(?:спасибо|благодар\w*)"
    r"|(?:буду\s+)?(?:очень\s+)?благодар\w*(?:\s+за\s+помощь)?|уважаем\w*(?:\s+(?:сотрудники|бот))?"
    r"|сәлеметсіз\s+бе|сәлем\w*|салеметсиз\s+бе|salemetsiz\s+be|s[aä]lem\w*|қайырлы\s+(?:күн|таң|кеш)|qa[iı]yrly\s+(?:kun|tan|kesh)"
    r"|мазалағаным\s+үшін|mazala[gǵ]anym\s+ushin|кешіріңіз|keshiriniz|(?:алдын\s+ала\s+)?рахмет\w*|(?:aldyn\s+ala\s+)?ra[hx]met\w*"
    r"|меня\s+зовут\s+[^\W\d]+|my\s+name\s+is\s+[^\W\d]+|(?:менің\s+)?атым\s+[^\W\d]+|(?:menin\s+)?atym\s+[^\W\d]+"
    r"|құрметті(?:\s+мамандар)?|ассалаумағалейкум|assalaumagalei?kum|assalauma[gǵ]ala[iı]k[uý]m"
    r"|(?:hello|hi|dear)(?:\s+(?:sir|madam|team|all))?|good\s+(?:morning|afternoon|evening|day)|hope\s+you\s+are\s+(?:well|fine)"
    r"|sorry\s+to\s+(?:disturb|bother)(?:\s+you)?|kindly|please|pls|plz|(?:many\s+)?thanks(?:\s+(?:a\s+lot|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:so\s+much|very\s+much|for\s+your\s+time|in\s+advance))?|i\s+would\s+be\s+(?:very\s+)?grateful(?:\s+if\s+you\s+could)?"
    r")(?!\w)[!.,]*",
    re.IGNORECASE,
)


# The worker writing as to a friend: «Слушай, брат, …», «Дружище, не знаешь, …», «досым, …», «бауырым, …», «bratan,
# …», "hey bro do you know if …", "mate, …", "dude …", "yo …". «Брат» is the friend addressed only before a comma;
# «брат ищет работу» is the worker's brother. Read as words of a trade they met a brother's trade or watered the
# trade down, and «брат» told a relative's story.
_FRIEND = (
    r"брат\w{0,4}|братух\w*|бро|дружище|друг|братишка|досым|достым|бауырым|бауыр|dosym|bauyrym|bauyr|bratan|bratishka|"
    r"brat|bro|bruh|mate|dude|buddy|man|pal"
)
_ADDRESS = re.compile(
    r"^\s*(?:(?:слушай|слышь|эй|алло|hey|yo|listen|oi)[,!.]?\s+)*"
    rf"(?:(?:{_FRIEND})\s*[,!.]\s*|(?:братан|бро|bratan|bro|mate|dude|buddy)\s+)?"
    r"(?:(?:не\s+знаешь|не\s+подскажешь|глянь|посмотри|білесің\s+бе|билесин\s+бе|bilesi[nñ]\s+be|(?:do\s+)?(?:you|u)\s+know\s+if)"
    r"[,!]?\s+)?"
    rf"|,\s*(?:{_FRIEND})\s*(?=[,!?.]|$)",
    re.IGNORECASE,
)


def without_address(text: str) -> str:
    """The text without the friend it is written to and the «не знаешь» of a question to a friend («Слушай, брат, а в
    Вакре сварщики нужны?» → «а в Вакре сварщики нужны?»); the text itself when nothing else is left."""
    left = " ".join(_ADDRESS.sub(" ", text or "").split())
    return left if left.strip(" ,.:;!?-") else text


def without_courtesy(text: str) -> str:
    """The text without its greetings, apologies, thanks and please, and the friend it is written to; the text
    itself when nothing else is left («спасибо», "hello" are answered as chat)."""
    left = " ".join(_COURTESY.sub(" ", without_address(text)).split())
    return left if left.strip(" ,.:;!?-") else text


# A question why: «почему мне приходят вакансии уборщицы», «неге маған тек тазалаушы вакансиялары келеді», "why are
# all the welding jobs closed": a complaint or a question about the bot, answered as chat, never a list.
_WHY = re.compile(r"(?<!\w)(?:почему|зачем|отчего|неге|nege|не\s+үшін|why)(?!\w)", re.IGNORECASE)


def asks_why(text: str) -> bool:
    """True for a question why (a trade named in it is the one complained of, not searched for)."""
    return _WHY.search(text or "") is not None


# A search that goes on from the one before, said as such: «а поваром?», «а если электриком», «ал аспаз болып ше?»,
# «al jurgizushi bolyp she?», «то же самое для сантехника», "what about cook?", "and for drivers?", "same for plumber". Read alone, it asks for what it names; its
# «а», «ал», «если», «болып ше» and "what about" are no words of a trade.
_GOING_ON_BEFORE = re.compile(
    r"^\s*(?:(?:а|ал|al|но|but)\s+(?:(?:если|егер|eger|esli)\s+)?|and\s+(?:for\s+|if\s+)?|(?:what|how)\s+about\s+"
    # «то же самое, только в Вакре», «так же для сантехника», "same for plumber", "same but in Doha"
    r"|(?:а\s+)?(?:то\s*же\s+самое|тоже\s+самое|так\s*же)[,\s]+(?:(?:только|но|для)\s+)?"
    r"|(?:the\s+)?same(?:\s+(?:thing|search))?[,\s]+(?:(?:for|but|with)\s+)?)",
    re.IGNORECASE,
)
_GOING_ON_AFTER = re.compile(r"(?:\s+(?:болып|bolyp|ретінде|retinde))?\s+(?:ше|she|şe)\s*\??\s*$", re.IGNORECASE)


def without_going_on(text: str) -> str:
    """The text without the words that carry a search on from the one before («а если электриком» → «электриком»,
    «ал аспаз болып ше?» → «аспаз»); the text itself when nothing else is left, or when the word taken is the
    article of the town named («al khor?»)."""
    left = _GOING_ON_AFTER.sub("", _GOING_ON_BEFORE.sub("", text or "", count=1), count=1)
    left = " ".join(left.split())
    if not left.strip(" ,.!?") or split_town(left)[0] is not split_town(text)[0]:
        return text
    return left


# A relative's trade told beside the worker's own wish: «муж сварщик, он в Катаре, а мне есть работа?», «ағам
# жүргізуші, ал маған аспаз жұмысы керек», "my dad was a driver all his life, i just need any job". The clause
# of the relative (and the «он», «ол», "he" that goes on about them) is context, not the trade wished for.
_CLAUSES = re.compile(
    r"\s*[,;.!?…]+\s*|\s+(?=(?:а|но|ал|бірақ|бирак|biraq|but|and)\s+(?:я|мне|меня|мен|маған|маган|magan|maǵan|men|i|i'?m|me)(?!\w))",
    re.IGNORECASE,
)
_WRITER = re.compile(
    r"(?<!\w)(?:я|мне|меня|мной|маған|маган|magan|maǵan|mağan|мені|meni|өзіме|озиме|ozime|i|i'?m|me|myself)(?!\w)"
    r"|^(?:(?:ал|al)\s+)?(?:мен|men)(?!\w)",
    re.IGNORECASE,
)
# «у меня муж сварщик», "i have a brother": the writer owning the relative, not the writer's wish.
_HAS_RELATIVE = re.compile(r"(?<!\w)(?:у\s+меня|i\s+have|i've\s+got)(?!\w)", re.IGNORECASE)
# Work sought for the relative («для мужа», «за брата», "for my wife", «әйеліме»): the relative's trade is wished.
_FOR_RELATIVE = re.compile(
    r"(?<!\w)(?:для|за|for)\s+(?:my\s+)?(?:\w+\s+)?(?:сына|дочери|дочки|мужа|жены|брата|сестры|мамы|отца|son|daughter|"
    r"husband|wife|brother|sister|mother|father|mom|dad)(?!\w)|(?:\w+)(?:ме|ма|ыма|іме|ime|yma)(?:\s+(?:жұмыс|jumys|zhumys))",
    re.IGNORECASE,
)
# Work wished for together («мы с мужем», «екеуміз», "we", "together", "both"): each one's trade is wished.
_TOGETHER = re.compile(
    r"(?<!\w)(?:мы|нам|нас|вместе|оба|обе|обоим|екеуміз|екеумиз|ekeumiz|бірге|бирге|birge|біз|биз|biz|бізге|bizge|"
    r"we|us|together|both|couple|пара|пары|семейная|ерлі-зайыпты\w*)(?!\w)",
    re.IGNORECASE,
)
# Kin beyond `_RELATIVE`: a father, a mother, an aunt or an uncle, a friend («әкем», «анам», «дядя», «друг»).
_KIN = re.compile(
    rf"{_RELATIVE.pattern}|(?<!\w)(?:әкем|экем|akem|äkem|анам|anam|әпкем|апкем|apkem|äpkem|апам|apam|қарындасым|"
    r"карындасым|qaryndasym|сіңлім|синлим|sinlim|бауырым|bauyrym|нағашым|нагашым|nagashym|дядя|тётя|тетя|друг|подруга|"
    r"отца|папа|мама)(?!\w)",
    re.IGNORECASE,
)
_BUT_FIRST = re.compile(r"^(?:а|но|ал|бірақ|бирак|biraq|but|and)\s+", re.IGNORECASE)
_ABOUT_THEM = re.compile(r"^(?:он|она|они|ол|олар|ol|he|she|they|he's|she's)(?!\w)", re.IGNORECASE)


def without_relatives_work(text: str) -> str:
    """The message without the clauses that tell a relative's trade when another clause asks for the writer
    («у меня муж сварщик, он в Катаре, а я хочу к нему, есть работа для меня?» → «а я хочу к нему, есть работа для
    меня?»; «ағам жүргізуші, ал маған аспаз жұмысы керек» → «ал маған аспаз жұмысы керек»). Left as typed when the
    work is sought for the relative («для мужа водителем») or for both together («мы с мужем, он сварщик, я
    повар»), or when no clause is the writer's own."""
    text = text or ""
    if _KIN.search(text) is None or _TOGETHER.search(text) or _FOR_RELATIVE.search(text):
        return text
    parts: list[tuple[str, str]] = []  # (a clause, the separator after it)
    at = 0
    for cut in _CLAUSES.finditer(text):
        parts.append((text[at : cut.start()], cut.group()))
        at = cut.end()
    parts.append((text[at:], ""))
    kept: list[tuple[str, str]] = []
    dropped_any = about_relative = writer_kept = False
    for clause, separator in parts:
        own = _WRITER.search(_HAS_RELATIVE.sub(" ", clause)) is not None
        if not own and (_KIN.search(clause) or about_relative and _ABOUT_THEM.search(clause.strip())):
            about_relative = dropped_any = True
            continue
        about_relative = False
        writer_kept = writer_kept or own
        kept.append((clause, separator))
    if not dropped_any or not writer_kept:
        return text
    left = "".join(clause + separator for clause, separator in kept).strip(" ,;")
    left = _BUT_FIRST.sub("", left)  # «…, ал маған не бар?»: the «but» that set the wish against the relative's work
    return left or text
