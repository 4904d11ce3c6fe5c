"""Messages that ask for work in general, not for one occupation: «есть работа?», «жұмыс бар ма?»,
"any jobs?", «ищу работу», «хочу в Катар», «Катарда жұмыс істегім келеді», «сколько вакансий?». A worker
who writes one wants the list the bot would show for /jobs; read as a search, «бар» ("there is") met the
bartenders and «есть работа» met nothing at all."""

from __future__ import annotations

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
    # The list sent again, the ones that fit («скинь ещё раз вакансии которые мне подходят», «маған арналған
    # вакансияларды көрсет», "show my vacancy list"), whether it holds more than these («в списке всего две,
    # больше нет ничего?», «тізімде екі ғана ма»), and new ones coming ("new jobs is coming?").
    "skin skinte skinia kotorie podhodiat podhodit podhodiashie arnalgan sai saikes korset fit suit "
    "list spisok spiske spiska tizim tizimde bolshe tolko vsego dve tri eki ush gana tek only korsetinizshi "
    "coming come kelad keledi togda onda again snova opiat "
    "prishlite prishli jiberiniz jiberinizshi send".split()  # «пришлите список вакансий»
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


def asks_for_jobs(text: str) -> bool:
    """True for a short message made only of a word for work and the words around such a question."""
    words = _without_refusal([word for word in skeleton(text or "").split() if word not in _FILLERS])
    if not words or len(words) > 6:
        return False
    something = bool(_SOMETHING.intersection(words)) and bool(_FOR_ME.intersection(words))
    if not something and not any(word.startswith(_WORK + _QATAR) for word in words):
        return False
    return all(
        word.startswith(_WORK + _QATAR) or word in _AROUND or word in _GOING or word in _SOMETHING or word == "chto"
        for word in words
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
    """True for a short message asking for every open vacancy, not only the worker's own."""
    words = [word for word in skeleton(text or "").split() if word not in _FILLERS]
    whole_list = bool(_LIST.intersection(words)) and bool(_WHOLE.intersection(words))
    if not words or len(words) > 6 or not (_EVERY.intersection(words) or whole_list):
        return False
    if not any(word.startswith(_WORK) for word in words):
        return False
    return all(word.startswith(_WORK + _QATAR) or word in _AROUND_EVERY for word in words)
