"""Messages that ask for work in general, not for one occupation: «есть работа?», «жұмыс бар ма?»,
"any jobs?", «ищу работу», «хочу в Катар», «Катарда жұмыс істегім келеді», «сколько вакансий?». A worker
who writes one wants the list the bot would show for /jobs; read as a search, «бар» ("there is") met the
bartenders and «есть работа» met nothing at all."""

from __future__ import annotations

import re

from .pay import asked_pay
from .text import skeleton

# Beginnings of the words for work and vacancies, as `skeleton` writes them (ru, kk, en).
_WORK = ("rabot", "vakans", "jumis", "job", "vacanc", "vork", "orin", "emplo")
# Qatar itself: «хочу в Катар», «Катарға барғым келеді», "I want to go to Qatar" ask for work there.
_QATAR = ("katar",)
# Going and wanting: «поехать», «барғым келеді», «істегім келеді», "go".
_GOING = frozenset("poehat uehat bargim baram barsam barip keledi go istegim istesem jumis".split())
# Words that may come with them in such a question: "is there", "any", "for me", "new", "looking for",
# "show my".
_AROUND = frozenset(
    "est li bar barma ma me ba be pa pe bolsa ani there is are menia mne magan kakaia kakie kakoi "
    "kandai novie novaia nev jana bos sizderde sizde u vas podskajite pojaluista please helo privet salem "
    "hi hei salam salemetsiz zdraste dobri den "
    "zdravstvuite shov nujna nujen ned ishu izdep izdeimin jurmin loking hochu kerek vant "
    "pokaji pokajite moi moia moiu mi dai daite korset korsetiniz "
    # How many, and when new ones come: «сколько вакансий?», «когда будут новые вакансии?», "how many jobs",
    # «қашан жаңа бос орындар болады»: the list as it is now answers both.
    "skolko kansha hov mani kogda kashan vhen vil be budut bolad boladi poiaviatsia "
    # More and other ones («ещё вакансии», «другие вакансии», «басқа жұмыс», "more jobs"), and help finding
    # them («помогите найти работу», «жұмыс табуға көмектесіңіз», "can you help me find a job").
    "more other eshe esho ewe drugie drugaia drugoi baska tagi "
    "help pomogite pomogi naiti naidite find can eu komektesiniz komektesin tabuga "
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
    "list spisok spiske spiska tizim tizimde bolshe tolko vsego dve tri eki ush gana tek only korsetinizshi "
    "coming come kelad keledi togda onda again snova opiat "
    "prishlite prishli jiberiniz jiberinizshi send "  # «пришлите список вакансий»
    # What a condition or a refusal leaves once it is set aside («работа есть, но не на стройке», "but not").
    "no but lish jelatelno".split()
)
# A refusal told before the request («меня не выбрали, покажите тогда другие вакансии», «бұл вакансияға өтпедім,
# басқа вакансиялар бар ма», "after reject can i see other jobs"): the list is where the worker goes on from, so
# these words are set aside, and not counted, as the fillers are.
_ONCE_MORE = frozenset("eshe esho ewe".split())
_REFUSED = frozenset("vibrali vziali otkazali otkaz otkaza after reject rejected posle otpedim otpedi bul bugan".split())
# Something for the worker, with no word for work («есть что-нибудь для меня?», «маған бірдеңе бар ма»,
# "anything for me?"): the same question, so such a word stands for the work when one for "me" is there.
_SOMETHING = frozenset("nibud chto-nibud chto-to chtoto birdene anithing somthing something".split())
_FOR_ME = frozenset("menia mne magan me".split())
# Fillers of a dictated message, not counted among its words («ну», «короче», «так», "um").
_FILLERS = frozenset("nu koroche vot tak e ee eee em um uh like ieah tipa negizi".split())


# Work as where one goes («жұмысқа», «на работу», "to work"): beside a condition, the question is about the
# condition («на работу транспорт есть?», "is there transport to work?"), where «работа с жильём есть?» asks
# for work that has it.
_TO_WORK = re.compile(
    r"(?<!\w)(?:жұмысқа|жумыска|жұмыска|jumysqa|jumyska|zhumysqa|zhumyska|на\s+работу|до\s+работы|na\s+rabotu|"
    r"to\s+(?:the\s+)?(?:work|site|job))(?!\w)",
    re.IGNORECASE,
)


def asks_for_jobs(text: str) -> bool:
    """True for a short message made only of a word for work and the words around such a question, besides
    the conditions set and the trades refused («ищу работу с жильём», «жұмыс керек, құрылыста емес»)."""
    kept = without_conditions(text)
    if _TO_WORK.search(text or "") and _set_aside(text, kept):
        return False  # «жұмысқа транспорт бар ма?»: whether the transport is there, not the work
    words = _without_refusal([word for word in skeleton(kept).split() if word not in _FILLERS])
    if not words or len(words) > 6 or asked_pay(text)[0] is not None:  # «работа без опыта от 1800» asks a pay
        return False
    something = bool(_SOMETHING.intersection(words)) and bool(_FOR_ME.intersection(words))
    if not something and not any(word.startswith(_WORK + _QATAR) for word in words):
        return False
    return all(
        word.startswith(_WORK + _QATAR) or word in _AROUND or word in _GOING or word in _SOMETHING or word == "chto"
        for word in words
    )


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
    r"kitchens?|farms?|factor(?:y|ies)|shops?|malls?|supermarkets?|schools?)(?!\w)",
    re.IGNORECASE,
)


def names_a_workplace(text: str) -> bool:
    """True when a text names a place of work («в отель», «ауруханаға», "oil rig")."""
    return _WORKPLACE.search(text or "") is not None


def asks_for_work_at_a_place(text: str) -> bool:
    """True when a text asks for work at a place of work, naming no trade: «работа в отеле», «қонақүйге
    жұмыс», "warehouse jobs". The place's trades are what it asks for."""
    return without_work_words(text) is not None and _WORKPLACE.search(text or "") is not None


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


# Every vacancy, whatever the trade: «все вакансии», «покажи все вакансии», «любая работа», «барлық бос
# орындар», «кез келген жұмыс», "all jobs", "show all vacancies". A worker asking for them wants to look
# beyond their own trades, which their own list keeps to.
_EVERY = frozenset(
    "vse vseh vsyo liubaia liubuiu liuboi liubie barlik barligi barligin barin bari kez kelgen al everi".split()
)
_OPEN = frozenset("open available otkritie dostupnie ashik".split())  # "all open jobs", «все открытые вакансии»
# The whole list of them: «весь список вакансий», «полный список», «вакансиялардың толық тізімі», "the full
# list of jobs" («весь день работаю» is no list).
_LIST = frozenset("spisok spiska list tizim tizimi tizimin".split())
_WHOLE = frozenset("ves polnii polni ful tolik".split())
_AROUND_EVERY = _AROUND | _EVERY | _OPEN | _LIST | _WHOLE  # the words such a request may hold besides work


def asks_for_every_job(text: str) -> bool:
    """True for a short message asking for every open vacancy, not only the worker's own, besides the
    conditions set and the trades refused («все вакансии с жильём», "all jobs, not cleaning")."""
    words = [word for word in skeleton(without_conditions(text)).split() if word not in _FILLERS]
    whole_list = bool(_LIST.intersection(words)) and bool(_WHOLE.intersection(words))
    if not words or len(words) > 6 or not (_EVERY.intersection(words) or whole_list):
        return False
    if not any(word.startswith(_WORK) for word in words):
        return False
    return all(word.startswith(_WORK + _QATAR) or word in _AROUND_EVERY for word in words)


# Conditions a worker sets beside the trade and the town, which name no trade: housing, food, transport, the
# shifts, the rota and the contract («с жильём», «проживание за счёт компании», «питание», «вахта», «контракт 2
# года», "with accommodation", "live-in", "day shift only", "2 year contract", «тұрғын үймен», «жатақханасы
# бар», «тамағы тегін», «келісімшарт 2 жылға», «вахтамен»). The search shows each card's conditions; read as
# words of a trade they met the hotel's housekeepers and the caterers, or watered the trade down to nothing.
_CONDITIONS = re.compile(
    r"(?<!\w)(?:(?:и|and|мен|және|men|jäne)\s+)?(?:"
    r"(?:с\s+)?(?:жиль[её]м|жиль[её]|жилья|жилье|проживани\w*|питани\w*|общежити\w*)"
    r"|(?:и\s+)?транспорт\w*(?:\s+от\s+компании)?|за\s+сч[её]т\s+компании|от\s+компании|вахт\w*"
    r"|(?:(?:только|лишь)\s+)?(?:дневн|ночн)\w*\s+смен\w*|смен\w*"
    r"|контракт\w*(?:\s+на)?(?:\s+\d+)?(?:\s+(?:год\w*|лет|месяц\w*))?|\d+\s+(?:год\w*|лет|месяц\w*)\s+контракт\w*"
    r"|(?:with\s+|plus\s+|and\s+)?(?:(?:camp\s+)?accommodation|food|transport\w*|tips)(?:\s+(?:provided|a\s+must|included))?"
    r"|with\s+(?:a\s+)?room|live-in|(?:day|night)\s+shifts?(?:\s+only)?|\d+[-\s]+(?:year|month)s?\s+contract|contract"
    r"|(?:тұрғын|турғын|турган|turgyn|tūrğyn|turğyn)\s+(?:үй|уй|ui|üi)\w*|тұратын\s+жер\w*|жатақхана\w*|жатакхана\w*"
    r"|jataqhana\w*|zhatakhana\w*|jatakhana\w*|тама[қғгk]\w*|tama[qkğg]\w*|тегін|tegin|tegın|вахтамен"
    r"|(?:түнгі|тунги|tungi|tüngı|күндізгі|kundizgi)?\s*(?:ауысым|auysym|auısym)\w*"
    r"|(?:келісімшарт|келисимшарт|kelisimshart|kelısımşart)\w*(?:\s+\d+\s+(?:жыл|zhyl|jyl)\w*)?"
    r")(?:\s+(?:бар|bar|болса|bolsa|берілсе|берилсе|berılse|berilse|керек|kerek|обязательно))*(?!\w)",
    re.IGNORECASE,
)
# Conditions of the worker, not of the work: no experience, no English, which name no trade («без опыта», «без
# английского», «тәжірибесіз», «ағылшынсыз», "no experience needed", "without English", and Russian typed in Latin
# letters, «bez opyta»). Every vacancy card says what it asks; as words of a search they named nothing, or took
# the town after them as a refused thing. (Work "for women" is left to small talk, which tells whether women
# are hired.)
_WORKER = re.compile(
    r"(?<!\w)(?:(?:можно|и|and|мен|men)\s+)?(?:"
    r"без\s+(?:опыта|стажа)(?:\s+работы)?|опыт\s+не\s+(?:нужен|обязателен|важен)"
    r"|без\s+(?:знания\s+)?(?:английского|англ\w*|языка|языков)(?:\s+языка)?"
    r"|bez\s+(?:opy?ta|opita|staja|stazha)(?:\s+raboty)?|bez\s+(?:angl\w*|yazyka|iazyka)"
    r"|тәжірибесіз|тажирибесиз|тәжірибе(?:сі)?\s+жоқ|тажирибеси\s+жок|ағылшынсыз|агылшынсыз|ағылшын\s+тілінсіз"
    r"|t[aä](?:j|zh)[iı]r[iı]bes[iı]z|t[aä](?:j|zh)[iı]r[iı]be(?:s[iı])?\s+(?:zh|j)oq|a[gğ]yl(?:sh|ş)ynsyz|ag[iı]lshinsiz"
    r"|no\s+experience(?:\s+(?:is\s+)?(?:needed|required|necessary))?|without\s+(?:any\s+)?experience"
    r"|experience\s+not\s+(?:needed|required)|without\s+english|no\s+english(?:\s+(?:is\s+)?(?:needed|required))?"
    r")(?!\w)",
    re.IGNORECASE,
)
# A trade, a place or a condition refused: «не на стройке», «только не охранником», «кроме уборки», «без ночных
# смен», "not security", "but not cleaning", "except construction", "no fast food"; and in Kazakh after the word
# («күзетші емес», «күзетші болмасын», «құрылыста емес»). «Не меньше», «кем емес», "no less than" are the pay;
# the Kazakh «не» is "what" («Әл-Хорда не бар?»).
_REFUSED_THING = re.compile(
    r"(?<!\w)(?:не|кроме|без|not|no|except|without)\s+(?!(?:меньше|менее|ниже|больше|более|выше|less|more|fewer|"
    r"under|below|lower|бар|bar|керек|kerek|істей\w*|істеу\w*)(?!\w))(?:(?:на|в|во|с|as|a|an|the|in|at|for)\s+)?[^\W\d]+(?:[-\s][^\W\d]{3,})?"
    r"|(?<!\w)(?!(?:кем|төмен|kem|tomen|tömen|кемі|kemi|артық|жоғары)\s)[^\W\d]+\s+(?:емес|болмасын|emes|bolmasyn)(?!\w)",
    re.IGNORECASE,
)


def without_conditions(text: str, *, refused: bool = True, conditions: bool = True) -> str:
    """The text without the conditions a worker sets beside the trade (housing, food, shifts, the contract)
    (unless `conditions` is False) and, unless `refused` is False, without what they refuse («не на стройке», "not security", «күзетші
    емес»): what is left names the trade, the town and the pay searched for. A refused trade is left out
    rather than searched for; a refusal is kept where it tells what happened («не платит зарплату»)."""
    left = _WORKER.sub(" ", text or "")
    left = _REFUSED_THING.sub(" ", left) if refused else left
    return " ".join((_CONDITIONS.sub(" ", left) if conditions else left).split())


# Words that ask for work, for oneself or for someone written for: «ищу», «найти», «хочу», «есть работа»,
# «что-нибудь», «для него», «пишу за мужа», «іздеймін», «бар ма», «үшін», "looking for", "any jobs", "for him".
_SEEKING = re.compile(
    r"(?<!\w)(?:ищу|ищем|ищет|ищут|искать|найти|найдите|нужн\w*\s+работ\w*|хочу|хотел\w*\s+бы|мне\s+бы|"
    r"есть\s+(?:ли\s+)?(?:работ|ваканс|что)\w*|что[-\s]?нибудь|что[-\s]?то|подбер\w*|покаж\w*|можно\s+ли\s+найти|"
    r"для\s+(?:него|неё|нее|мужа|брата|сына|дочери|жены|сестры)|пишу\s+за|за\s+(?:мужа|брата|сына|жену|дочь)|"
    r"іздеймін|іздейміз|іздеп|ізде\w*|izde\w*|ızde\w*|бар\s+ма|bar\s+ma|үшін|ushin|üşın|барғым|bargym|barğym|"
    r"істегім|istegim|ıstegım|керек(?!\s+пе)|kerek(?!\s+pe)|looking|look\s+for|find|need\s+(?:a\s+)?(?:job|work)|"
    r"want\s+to|i'?d\s+like|show|any\s+(?:jobs?|work|openings?|vacanc\w*)|jobs?\s+for|for\s+(?:him|her)|"
    r"do\s+you\s+have|asking\s+for|writing\s+for|работ[аыу]|ваканс\w*|jobs?|vacanc\w*|openings?)(?!\w)",
    re.IGNORECASE,
)
# A story rather than a search: work done before («раньше работал сварщиком», «бұрын жүргізуші болып істедім»,
# "I worked as a welder in 2018"), or a question about a relative's work or plans («сын работает поваром, когда
# отпуск?», «ұлым Лусаилда аспаз, демалысы қашан?», "my son works as a cook, when is his leave?").
_PAST = re.compile(
    r"(?<!\w)(?:работал\w*|трудил\w*|уехал\w*|платили|устроил\w*|rabotal\w*|istedim|ıstedım|істедім|істеген\w*|"
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
    r"(?<!\w)(?:работает|работают|трудится|істейді|істейтін|isteidi|ısteidı|works|is\s+working)(?!\w)", re.IGNORECASE
)
# A question about the conditions themselves, or about a place's safety, or a rumour of pay: «поварам жильё
# дают?», «Индустриалды аймақта тұру қауіпсіз бе?», «правда что сварщикам платят 5000?», "is food included?",
# "how much do welders get?". Asked with no word of looking for work, it wants an answer, not a list.
_ABOUT_CONDITIONS = re.compile(
    r"(?<!\w)(?:безопасн\w*|опасн\w*|қауіпсіз\w*|кауипсиз\w*|qauıpsız\w*|safe|dangerous|правда|is\s+it\s+true|"
    r"how\s+much\s+do|сколько\s+(?:платят|получают)|қанша\s+төлейді|kansha\s+toleidi|дают|выдают|бере\s+ме|"
    r"bere\s+me|береді\s+ме|included|get\s+(?:accommodation|food|overtime)|like\s+in|бывают)(?!\w)",
    re.IGNORECASE,
)


def seeks_work(text: str) -> bool:
    """True when a message holds a word asking for work, for the worker or for someone they write for."""
    return _SEEKING.search(text or "") is not None


def tells_a_story(text: str) -> bool:
    """True for work told of rather than asked for: the worker's past work, or a question about a relative's
    work or plans, with no word asking for work («я раньше работал сварщиком в Месаиде», «ұлым Лусаилда аспаз, демалысы
    қашан?»). «Для брата ищу работу сварщиком» asks, and is searched."""
    relative = _RELATIVE.search(text or "") is not None
    told = _PAST.search(text or "") is not None or relative and ("?" in (text or "") or _WORKS_NOW.search(text or "") is not None)
    return told and not seeks_work(text)


def asks_about_conditions(text: str) -> bool:
    """True for a question about a trade's or a place's conditions asked with no word of looking for work
    («поварам в Лусаиле жильё дают?», "is food included for welders?"): chat, not a list of vacancies."""
    asked = _ABOUT_CONDITIONS.search(text or "") is not None
    if not (asked or "?" in (text or "")) or not (asked or _set_aside(text, without_conditions(text))):
        return False
    to_work = _TO_WORK.search(text or "") is not None and not asks_for_jobs(text)  # «на работу транспорт есть?»
    return to_work or not seeks_work(text)


def _set_aside(text: str, kept: str) -> bool:
    """Whether `without_conditions` took conditions out of the text (`kept` is what it left)."""
    return kept != " ".join((text or "").split())
