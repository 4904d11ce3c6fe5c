"""Free text from a registered worker: a search in their own words («сварщик», "driver doha", «работа в
Дохе», «сварщик от 2000»), or a question about work in general («есть работа?») answered with their list.

A search that finds nothing says why, in the worker's terms: a town with nothing open shows the trade in
the other towns or which towns have vacancies; pay nobody offers shows the trade's vacancies with their
pay; a trade with no vacancy open now is added to the profile with one tap, so its next one comes as an
alert. Text that names no trade is left to small talk and the fallback.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.methods import SendMessage
from aiogram.types import InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot import cards
from bot.choices import MAX_OCCUPATIONS
from bot.i18n import Translator
from bot.number_words import spelled_numbers
from bot.profile_words import read_change
from bot.services import vacancies
from bot.services.profiles import worker_profile
from bot.settings import Settings
from db.models import User
from handlers import keyboards
from handlers.callbacks import OccupationEditCb
from handlers.jobs import MATCHES, PAGE_SIZE, KeptSearch, jobs_command, keep_search, list_page
from matching.job_questions import (
    asks_for_any_job, asks_own_trades,
    asks_about_conditions, asks_for_best_paid, asks_for_work, asks_for_work_at_a_place, asks_where_most_work_is,
    asks_which_is_better, asks_who_is_paid_more, asks_why, compares_towns_for_a_trade,
    names_a_workplace, named_workplace, names_each_ones_trade, refused_trades, respelt, seeks_work, tells_a_story, tells_terms,
    without_asking, without_best_paid, without_relatives_work, without_where_most_work,
    without_conditions, without_courtesy, without_going_on, without_whom, workplace_trades,
)
from matching.ranking import worker_code
from matching.small_talk import (
    asks_a_sum, asks_about_daily_life, asks_how_much_is_paid, asks_in_our_money, asks_what_the_bot_cannot_do,
)

# Long enough for a dictated search (a name, the years of work, the town and the pay come in one breath);
# longer text is a story, read no further.
QUERY_MAX = 200
PLACES_SHOWN = 6  # a town with nothing open names the busiest others, as many as a phone shows at a glance
# A text that found nothing is answered as a search only when it clearly names an occupation (a
# suggestion this sure, 0..100); anything else is chatter and gets the usual "not understood".
CONFIDENT_SUGGESTION = 80.0
# Topics in which a sum is part of what happened, not the least pay searched for: «в договоре было 1800, а
# платят 1200» is a complaint, «агент просит 500$» a scam.
PAY_IN_A_STORY = frozenset({"complaint", "trust", "fees"})
# Topics whose question naming a trade asks about the worker's own step, papers or hours, not for vacancies:
# «я водитель, когда рассмотрят заявку?», "does a welder need a certificate?", «сколько часов работают повара?».
ASKED_OF_ONESELF = frozenset({"application", "documents", "terms"})


# A comma, a semicolon, a full stop or a slash typed with no space after it, between words or a word and a
# number («повар,лусаил,2000», «Лусаил/Доха», "Welder.Doha.2500"); never inside a number («2,500», «2,5к»,
# «24/7») nor a short abbreviation («з/п», «кат.C», "100qr/day").
_GLUED = re.compile(
    r"(?<=[^\W\d_])[,;](?=[^\W_])|(?<=\d)[,;](?=[^\W\d_])|(?<=[^\W\d_]{3})/(?=[^\W\d_]{3})"
    r"|(?<=[^\W\d_]{3})\.(?=[^\W\d_]{3}|\d{3})|(?<=\d{3})\.(?=[^\W\d_]{3})"  # «Welder.Doha.2500», never «2.5к»
)


def typed_query(text: str) -> str:
    """A message as the search reads it: its spaces made single, a comma or a slash typed in a hurry with no
    space after it given one («сварщик,доха,от2500» is «сварщик, доха, от2500»), so that the town and the pay
    are words of their own; cut at `QUERY_MAX`."""
    spaced = _spoken_sums(_GLUED.sub(lambda match: f"{match.group()} " if match.group() != "/" else " / ", text or ""))
    # «муж сварщик, а мне есть работа?»: the relative's trade told is no wish of the worker's
    spaced = _DICTATED_MARK.sub(lambda match: _MARKS[match.group(1).casefold().split()[0]], spaced)
    return without_relatives_work(corrected(respelt(" ".join(spaced.split())[:QUERY_MAX])))


# A sum said aloud and written by a phone's dictation in words, thousands and hundreds together: «две тысячи пятьсот»,
# «тысяча восемьсот», «екі мың бес жүз», "fifteen hundred", "two thousand five hundred".
_SUM_IN_WORDS = re.compile(
    r"(?<!\w)(?:тысяч[аиу]?|тыщ\w*|мың\w*|мын|myn\w*|myń\w*|thousand|hundred|жүз|жуз|juz|zhuz)(?!\w)", re.IGNORECASE
)


# Punctuation said aloud and written by a phone's dictation as words: «сварщик запятая Доха», «үтір», «нүкте», "mason
# full stop", "question mark". «Точка» and "period" are also "an outlet" and "a term" («торговая точка», "trial
# period"): only the last word of a message is read so.
_MARKS = {
    "запятая": ",", "запятой": ",", "үтір": ",", "утир": ",", "comma": ",", "full": ".", "нүкте": ".", "нукте": ".",
    "точка": ".", "period": ".", "вопросительный": "?", "question": "?", "сұрақ": "?", "восклицательный": "!",
    "exclamation": "!",
}
_DICTATED_MARK = re.compile(
    r"\s*(?<!\w)(запятая|запятой|үтір|утир|comma|full\s+stop|нүкте|нукте|вопросительный\s+знак|question\s+mark|"
    r"сұрақ\s+белгісі|восклицательный\s+знак|exclamation\s+mark|(?:точка|period)(?=\s*$))(?!\w)",
    re.IGNORECASE,
)


def _spoken_sums(text: str) -> str:
    """The text with a sum said in words as digits («зарплата две тысячи пятьсот» is «зарплата 2500»), so that the pay
    reads all of it, not its thousands alone; a text with no thousands or hundreds said in words is left as typed, and
    so is a lone number word («пять лет», «одна комната»)."""
    if not _SUM_IN_WORDS.search(text):
        return text
    spelled = spelled_numbers(text, lone_units=False)
    said, written = matching.asked_pay(text)[0], matching.asked_pay(spelled)[0]
    if written is None or said == written:
        return text
    # the hundreds said after the thousands («две тысячи пятьсот»: 2,000 read, 2,500 meant), or a sum read only in
    # digits («тысяча восемьсот»); a range in words («от двух до трёх тысяч») reads better as said
    return spelled if said is None or said % 1000 == 0 and said < written < said + 1000 else text


def corrected(query: str) -> str:
    """A search put right in the same message, as the worker meant it in the end: «сварщик, нет, лучше монтажник» is
    «монтажник», «сварщик в Доху, нет, в Лусаил» «сварщик в Лусаил», «охранник от 3000, хотя нет, от 2500» «охранник
    от 2500», «Дохада, жоқ, Вакрада жүргізуші» «Вакрада жүргізуші», "welder in Doha, sorry I meant Al Wakrah" "welder in
    Al Wakrah". What comes after the correction replaces what it names again (the trade, the town or the pay) and
    keeps the rest said before; a message whose «нет» replaces nothing is left as typed («сварщик, опыта нет, Доха»)."""
    for _ in range(3):  # «повар, нет, официант, хотя нет, бармен»: each correction in turn
        for marker in _CORRECTION.finditer(query):
            before, after = query[: marker.start()], query[marker.end():]
            if before.strip(" ,.!?…-") and after.strip(" ,.!?…-"):
                put_right = _put_right(before, after)
                if put_right is not None:
                    query = put_right
                    break
        else:
            return query
    return query


def _put_right(before: str, after: str) -> str | None:
    """`before` without what `after` names again, followed by `after`; None when `after` names nothing `before` did."""
    town_before, rest_before = matching.split_town(before)
    pay_before, trade_before = matching.asked_pay(rest_before)
    town_after, rest_after = matching.split_town(after)
    pay_after, trade_after = matching.asked_pay(rest_after)
    if pay_after is None and pay_before is not None and not any(char.isalpha() for char in rest_after):
        pay_after = matching.asked_pay(f"от {rest_after}")[0]  # «от 3000, нет, 2500»: the number alone is the pay
    number_first = pay_before is None and not any(char.isalpha() for char in rest_before)
    if number_first and pay_after is not None:  # «2000, нет, от 2500, повар»: the number said first was the pay
        pay_before = matching.asked_pay(f"от {rest_before}")[0]
    kept, replaced = before, False
    if town_after is not None and town_before is not None:
        kept, replaced = matching.split_town(kept)[1], True
    if pay_after is not None and pay_before is not None:
        kept, replaced = ("" if number_first else matching.asked_pay(kept)[1]), True
    if _names_a_search(trade_after) and _names_a_search(trade_before):
        dropped = Counter(trade_before.split())
        left: list[str] = []
        for word in kept.split():
            if dropped[word] > 0:
                dropped[word] -= 1
            else:
                left.append(word)
        kept, replaced = " ".join(left), True
    if not replaced:
        return None
    return " ".join(f"{kept.strip(' ,.!?…-')} {after}".split())


def _names_a_search(words: str) -> bool:
    """Whether words beside the town and the pay name a trade or a place of work to search for."""
    words = words.strip(" ,.!?…-")
    return bool(words) and (names_an_occupation(words) or names_a_workplace(words))


# The words that put a search right: «нет», «ой», «хотя нет», «вернее», «точнее», «то есть», «в смысле», «жоқ»,
# «дұрысы», "no", "no wait", "sorry, I meant", "actually", "I mean", "or rather", typed between what was said and what
# is meant («сварщик, нет, лучше монтажник», «каменщик ой нет плиточник», "driver no wait mechanic"). «Нет» and «жоқ»
# alone only set off by punctuation, or after it before a sum: «опыта нет» and «тәжірибе жоқ» tell of the worker.
_CORRECTION = re.compile(
    r"(?:(?<=[\s,.!…])|^)(?:"
    r"(?:(?:ой|упс|ай|ah|oops|oi)[,!.…]*\s+)?(?:хотя|а|ой|ай|hotya|oi)\s+нет|(?:хотя|а|ой|hotya|oi)\s+net"
    r"|(?:ой|упс|oops|oi)(?=[\s,!.…])"
    r"|(?:нет|net|жоқ|жок|joq|zhoq|jok|no)(?=\s*[,.!…]|\s+(?:лучше|luchshe|дұрысы|дурысы|durysy)(?!\w))"
    r"|(?<=[,.!…]\s)(?:нет|net|жоқ|жок|joq|zhoq|jok|no)(?=\s+\d)"  # «2000, жоқ 2500-ден»: a sum put right
    r"|вернее|точнее|то\s+есть|в\s+смысле|исправляю|ошибся|ошиблась|vernee|tochnee"
    r"|дұрысы|дурысы|durysy|яғни|ягни|qate\s+jazdym|қате\s+жаздым"
    r"|no\s+(?:wait|sorry)|sorry[,]?\s+(?:i\s+)?(?:meant?|mean)|sorry(?=\s*[,.!…]|\s+\d)|i\s+meant?|or\s+rather"
    r"|actually(?:\s+make\s+it)?|wait(?=\s*[,.!…])"
    r")(?!\w)[\s,.!:;…-]*(?:(?:лучше|вернее|точнее|luchshe|rather)[,]?\s+)?",
    re.IGNORECASE,
)


async def registered(message: Message, user: User | None = None) -> bool:
    """Free text is a search only for registered workers; everyone else gets the fallback's answer."""
    return user is not None


def make_router() -> Router:
    """Included after the lists and before small talk: a search is tried before chat."""
    router = Router(name="search")
    router.message.register(free_text, StateFilter(None), F.text, ~F.text.startswith("/"), registered)
    # A search corrected in place ("свршик" edited to "сварщик") is answered again, as a new message
    # would be; an edited answer to a question is not (the question has moved on).
    router.edited_message.register(free_text, StateFilter(None), F.text, ~F.text.startswith("/"), registered)
    router.message.register(jobs_with_words, Command("jobs", magic=F.args.as_("query")))
    return router


async def jobs_with_words(
    message: Message, query: str, session: AsyncSession, user: User | None, state: FSMContext, t: Translator,
    settings: Settings,
) -> SendMessage | None:
    """«/jobs сварщик», "/jobs driver doha": the words after the command are searched, as if typed alone;
    words that name nothing to search for («/jobs пожалуйста») get the worker's own list, as /jobs does."""
    if user is not None:
        try:
            return await free_text(message, session, user, state, t, settings, query=query)
        except SkipHandler:
            pass
    return await jobs_command(message, session, user, t, settings)


async def free_text(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator,
    settings: Settings, query: str | None = None,
) -> SendMessage | None:
    """A message searched for vacancies (or `query`, the words after /jobs)."""
    query = typed_query(query or message.text or "")
    if matching.asks_for_jobs(query):  # «есть работа?», «жұмыс бар ма?»: the worker's own list, without the trades
        # refused beside it («хочу работать, но только не на стройке»)
        return await jobs_command(message, session, user, t, settings, state, refused_trades(query))
    # Chat about a topic small talk answers is no search when it names no trade with confidence
    # («покажите мою заявку»: a weak match, «мою» read as "I wash", would list car washers), nor when it is
    # a question that found no vacancy («когда вылет?»); «опытный сварщик» that found none is told so.
    topic = matching.small_talk(query)
    about_a_topic = topic not in (None, "question")
    names_a_trade = _names_a_trade(query, topic)
    pay, without_pay = matching.asked_pay(query)  # «зарплата от 2000 риалов»: every vacancy paying that
    if is_chat(query, search_topic(query, topic, names_a_trade), names_a_trade, pay):
        raise SkipHandler
    best_paid = asks_for_best_paid(query)  # «где больше всего платят сварщикам»: the welders, best paid first
    refused = refused_trades(query)  # «любая работа, только не стройка»: every vacancy but the building trades
    own = await own_trades(session, user, query)  # «как в моём профиле, но в Лусаиле»: the worker's trades there
    query = searched_words(query)  # «сварщик в Дохе с жильём, не на стройке»: welders in Doha
    search = KeptSearch(query, best_paid, refused, trades=own)
    results = await vacancies.search(session, user.id, query, best_paid, refused, own)
    if not results:
        town, rest = matching.split_town(query)
        if town is not None and await _none_in_town(message, session, user, state, t, settings, town, rest, search):
            return
        if pay is not None and await _none_paying(
            message, session, user, state, t, settings, pay, without_pay, search
        ):
            return
        place = named_workplace(query) if search.trades else None
        if place is not None:  # "same as my profile but in a hotel" for a welder: none of his trades is there
            await _none_of_own_trades(message, session, user, t, settings, t("jobs-own-place-none", place=place))
            return
        if not names_a_trade or (about_a_topic and matching.is_question(query)):
            raise SkipHandler  # "hello", "thanks", «когда вылет?»: answered as chat, not as a search
        await say_none_found(message, session, user, state, t, query)
        return
    number = await keep_search(state, search)
    text, markup = list_page(t, settings, vacancies.page_of(results, 0, PAGE_SIZE), number, search)
    if matching.names_no_riyals(query):  # «водитель от 1000 долларов»: why the pay was not used
        text = f"{t('jobs-pay-not-riyals')}\n\n{text}"
    if refused:  # «любая работа, только не стройка»: the refusal heard
        text = f"{t('jobs-search-refused')}\n\n{text}"
    await message.answer(text, reply_markup=markup)


async def _none_in_town(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator,
    settings: Settings, town: matching.Town, rest: str, search: KeptSearch,
) -> bool:
    """A town with nothing open for this search («сварщик в Лусаиле», «есть работа в Лусаиле?»): say so, and
    show the trade in the other towns, or the towns that have vacancies. False for a trade open nowhere,
    which gets the usual answer of a search that found nothing."""
    lead = t("jobs-town-none-trade", town=town.name(t.lang))
    if search.trades and not rest.strip() and await _own_list_under(message, session, user, t, settings, lead):
        return True  # «как в моём профиле, но в Лусаиле» with none there: the worker's trades in the other towns
    widened = await _search_without(message, session, user, state, t, settings, rest, lead, search)
    if widened is not None:
        return widened
    none_there = t("jobs-town-none", town=town.name(t.lang))
    places = await vacancies.open_places(session, user.id)
    if not places:
        await message.answer(f"{none_there}\n\n{t('jobs-town-nowhere')}")
        return True
    named = ", ".join(
        t("jobs-town-place", town=place if isinstance(place, str) else place.name(t.lang), count=count)
        for place, count in places[:PLACES_SHOWN]
    )
    await message.answer(f"{none_there}\n\n{t('jobs-town-places', places=named)}")
    return True


async def _own_list_under(
    message: Message, session: AsyncSession, user: User, t: Translator, settings: Settings, lead: str
) -> bool:
    """The first page of the worker's own list under `lead`, when it holds any: the own trades asked for in a town
    that has none of them are shown where they are open. False when the list is empty."""
    page = await vacancies.match_page(session, user.id, await worker_profile(session, user.id), 0, PAGE_SIZE)
    if page is None:
        return False
    text, markup = list_page(t, settings, page, MATCHES)
    await message.answer(f"{lead}\n\n{text}", reply_markup=markup)
    return True


async def _none_of_own_trades(
    message: Message, session: AsyncSession, user: User, t: Translator, settings: Settings, lead: str
) -> None:
    """The worker's own trades asked for at a workplace or a pay that none of them has («как в моём профиле, но
    в гостинице» for a welder): `lead` says so, above the own list when it holds any, else above where to look."""
    if not await _own_list_under(message, session, user, t, settings, f"{lead} {t('jobs-own-open')}"):
        await message.answer(f"{lead}\n\n{t('jobs-none-hint')}")


async def _none_paying(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator,
    settings: Settings, pay: Decimal, rest: str, search: KeptSearch,
) -> bool:
    """Nothing pays what the search asked («сварщик от 5000»): say so, and show what there is for the rest
    of the search, with its pay on each card. False for a trade open nowhere, which gets the usual
    answer of a search that found nothing."""
    asked = cards.money(pay, "QAR", t.lang)
    if search.trades and not matching.asked_pay(search.text)[1].strip():  # «как в моём профиле, но от 5000»: none
        # of the worker's trades pays it
        await _none_of_own_trades(message, session, user, t, settings, t("jobs-own-pay-none", pay=asked))
        return True
    lead = t("jobs-pay-none-trade", pay=asked)
    widened = await _search_without(message, session, user, state, t, settings, rest, lead, search)
    if widened is not None:
        return widened
    await message.answer(t("jobs-pay-none", pay=asked))
    return True


async def _search_without(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator,
    settings: Settings, rest: str, lead: str, search: KeptSearch,
) -> bool | None:
    """`search` again with only `rest` of its words, without the town or the pay that emptied it (the trades it
    refused still refused): its list under `lead` (True), or False when the trade it names is open nowhere; None
    when the rest asks for no trade («есть работа»)."""
    if not rest.strip() or matching.asks_for_jobs(rest):
        return None
    found = await vacancies.search(session, user.id, rest, refused=search.refused, trades=search.trades)
    if found:
        widened = KeptSearch(rest, refused=search.refused, trades=search.trades)
        number = await keep_search(state, widened)
        text, markup = list_page(t, settings, vacancies.page_of(found, 0, PAGE_SIZE), number, widened)
        await message.answer(f"{lead}\n\n{text}", reply_markup=markup)
        return True
    return False if names_an_occupation(rest) else None


async def own_trades(session: AsyncSession, user: User, query: str) -> tuple[str, ...]:
    """The codes of the worker's own trades when the message asks for them («как в моём профиле, только в
    Лусаиле», "same as my profile but from 2000"), which the search keeps to; none when it does not, or when the
    profile holds no trade (the town, the pay or the workplace is then searched among every vacancy)."""
    if not asks_own_trades(query):
        return ()
    held = (await worker_profile(session, user.id)).occupations
    return tuple(dict.fromkeys(code for code in (worker_code(o) for o in held) if code))


async def say_none_found(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator, query: str
) -> None:
    """A trade searched for with no vacancy open: said so, with what brings its next one (`offer_trade`)."""
    hint, offer = await offer_trade(session, user, state, t, query)
    await message.answer(f"{t('jobs-search-none', query=query)}{hint}", reply_markup=offer)


async def offer_trade(
    session: AsyncSession, user: User, state: FSMContext, t: Translator, query: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    """For a trade searched for with no vacancy open: alerts bring its next one if the profile holds it,
    so say so; else, while the profile has room, one tap adds it."""
    if workplace_trades(matching.asked_pay(matching.split_town(query)[1])[1]):
        return "", None  # «в больницу», "airport jobs": a place's trades, none of them the worker's one to add
    held = (await worker_profile(session, user.id)).occupations
    found = matching.suggest_occupations(query, limit=1)
    if not found:  # the trades were named apart («водитель или механик») and together meet no label
        return "", None
    best = found[0].code
    if any(occupation.code == best for occupation in held):
        return f"\n\n{t('jobs-search-none-held')}", None
    if len(held) >= MAX_OCCUPATIONS:
        return "", None
    number = await keep_search(state, KeptSearch(query))
    add = keyboards.button(t("btn-jobs-add-trade"), OccupationEditCb(action="add", q=number))
    return f"\n\n{t('jobs-search-none-add')}", keyboards.grid([add], 1)


def is_chat(query: str, topic: str | None, names_a_trade: bool, pay: Decimal | None) -> bool:
    """Chat rather than a search: a topic small talk answers that names no trade («какой график?»), unless
    it asks for a pay; how much a trade is paid, asked («сколько платят сварщику?»); a sum told of rather than
    asked for («обещали 2500, платят 1800», «1500 это законно?»); a question about the worker's own step, papers or hours that names their trade («я сварщик, какие
    документы нужны?»); a town asked about itself, its weather or the way there."""
    if tells_a_story(query) or asks_about_conditions(query):  # «я раньше работал сварщиком», «поварам жильё дают?»
        return True
    if _PAGING.fullmatch(query):  # «ещё 5 штук покажи», "page 3 pls": the list's own pages, no trade («штукатур», "page")
        return True
    if _changes_the_trade(query):  # «смените профессию на повара», "change my job in profile to cook"
        return True
    if asks_why(query):  # «почему мне приходят вакансии уборщицы, я же сварщик»: a complaint, not a search
        return True
    if matching.out_of_touch(query) and not seeks_work(query):  # «я мама работника, он месяц не выходит на связь»:
        return True  # the family wants the hotline, whatever trade it names beside
    if matching.exchanges_a_licence(query):  # "how to convert my driving licence to a qatari one": the hotline's
        return True
    if asks_who_is_paid_more(query) or asks_which_is_better(query):  # «кто больше получает, сварщик или электрик?»,
        return True  # «что лучше, Лусаил или Доха?»: an answer, not a list
    if asks_where_most_work_is(query) and not names_an_occupation(without_where_most_work(query)):
        return True  # "where are the most vacancies?", «ең көп орын қай жерде?»: no town searched alone
    if asks_for_best_paid(query) and not matching.tells_of_pay(query):  # «где больше всего платят сварщикам»
        return False
    if asks_what_the_bot_cannot_do(query):  # «купите мне билет в Доху»: no search for tickets to Doha
        return True
    if matching.tells_of_pay(query) or asks_in_our_money(query):
        return True  # «1500 риалов это сколько на наши деньги?»: no search at all
    if asks_about_daily_life(query) and not (names_a_trade and not matching.is_question(query)):
        return True  # «еда там халяльная?»; «охранник в банк» asks for guards where a bank hires them
    if topic == "pay" and asks_how_much_is_paid(query):  # «сколько платят водителям?»: the pay's answer, not a list
        return True
    if topic in ASKED_OF_ONESELF and matching.is_question(query):
        return True
    if not names_a_trade and matching.asks_about_a_town(query):  # «в Дохе жарко?», "how far is Lusail?"
        return True
    if topic in ("jobs", "age"):
        town, rest = matching.split_town(query)
        if topic == "jobs" and asks_for_any_job(matching.asked_pay(rest)[1]):
            return False  # "need a job, any job": every vacancy, however small talk would have taken the words for work
        if town is not None and seeks_work(query):
            return False  # «не охрана, что-нибудь в Лусаиле», «сыну 20 лет, что есть в Дохе?»: work asked in a town
    return topic not in (None, "question") and not names_a_trade and (pay is None or topic in PAY_IN_A_STORY)


# A page of the list asked by its number, or so many more of it: «страница 3», «ещё 5 штук покажи», «тағы 10 дана»,
# "page 2 please", "next 5", "5 more".
_PAGING = re.compile(
    r"\s*(?:(?:покажи\w*|дай\w*|скинь\w*|көрсет\w*|show(?:\s+me)?)\s+)?"
    r"(?:(?:страниц\w*|стр\.?|бет\w*|page|pg)\s*(?:№\s*)?\d{1,2}|(?:ещ[её]|еще|тағы|тагы|tagy|eshe|next|more)\s+\d{1,2}"
    r"(?:\s*(?:штук\w*|шт\.?|дана|вакансий|ones|more|jobs))?|\d{1,2}\s+more)"
    r"(?:\s+(?:покажи\w*|дай\w*|скинь\w*|көрсет\w*|please|pls|plz|пожалуйста|пж))?[\s.!?]*",
    re.IGNORECASE,
)


def _changes_the_trade(query: str) -> bool:
    """Whether the message replaces the trade of the profile, which `handlers.profile_words` answers before any
    search: «поменяйте профессию в профиле на водителя» names a driver, but asks for no driver's vacancies."""
    change = read_change(query)
    return change is not None and change.field == "occupation"


def searched_words(query: str) -> str:
    """The words a search goes on with: without what the worker refuses («не на стройке», "not security"), and
    without the conditions they set («с жильём», "day shift only") unless those make the trade surer: a
    live-in domestic worker is «домработница с проживанием». The courtesies of a polite message, whom the
    work is for («для жены», «женская работа») and the words asking for the best paid are left out too, unless
    the best paid is all it asks for («самые высокооплачиваемые вакансии»: every vacancy)."""
    return _to_sure_words(_set_aside(query))


# An employer's own name, told by the word its names end with: "UCC Holding", "Al Jaber Engineering", "Redco Trading
# Group", "ABC Contracting W.L.L." (a capital letter starts the name and its last word). Its words name no trade the
# worker asks for («engineering» met the engineers); a sector said in it ("construction") is left, it names the work.
_EMPLOYER_NAME = re.compile(
    r"(?<!\w)(?:(?:Al|El)\s+)?[A-ZА-Я][\w&.'-]*(?:\s+[A-ZА-Я][\w&.'-]*){0,2}\s+"
    r"(?:Holding|Holdings|Engineering|Contracting|Trading|Group|Enterprises|LLC|W\.?L\.?L\.?|Co\.)(?!\w)"
)


# A road or a street named by its name, which is no town of its own («на Салва Роуд», «Салуа жолында», "around Salwa
# Road", "Al Sadd St"): where the work is, not a word of the trade (the places table names the town of those it knows).
_ROAD = re.compile(
    r"(?<!\w)(?:(?i:на|по|around|near|on|along)\s+)?(?:(?:Al|El|Аль|Эль)[\s-]+)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'-]+\s+"
    r"(?i:road|rd|street|st|роуд|роад|стрит|жолы|жолында|жолындағы|жолымен)\.?(?!\w)"
    # never the road of a trade: "Ashghal road worker", «жол жұмысшысы»
    r"(?!\s*(?i:workers?|crew|builders?|maintenance|construction|works|жұмыс\w*|жумыс\w*|рабоч\w*|строит\w*))"
)


def _set_aside(query: str) -> str:
    """The message without what `searched_words` sets aside, long as it is."""
    query = without_going_on(without_whom(without_courtesy(query)))
    query = _EMPLOYER_NAME.sub(" ", query)  # "UCC Holding mason": the employer's name is no trade («holding», "engineering")
    query = _MINISTRY.sub(" ", query)  # «спасибо министерству»: the ministry thanked or named is no trade
    if matching.split_town(query)[0] is None:  # (a town's own streets go with the town: "Industrial Area street 45")
        query = _ROAD.sub(" ", query)  # «водитель на Салва Роуд»: a road named is where, not what («роуд» met no driver)
    if compares_towns_for_a_trade(query):  # «где водителю платят больше, в Дохе или в Вакре»: the drivers everywhere,
        query = matching.split_town(query)[1]  # the best paid first, each card with its town
    every = matching.asks_for_every_job(matching.asked_pay(matching.split_town(query)[1])[1])
    if not every:  # «где больше всего мест для разнорабочих?»: the labourers
        query = without_where_most_work(without_best_paid(query))
    # the verbs of asking and the "anything" asked for go after what is refused ("anything but security" refuses);
    # a request for every vacancy keeps its words, which name no trade ("show all jobs")
    asking = (lambda text: text) if every else without_asking
    kept = asking(without_conditions(query, conditions=False) or query)
    bare = asking(without_conditions(query, hours=True))
    return bare if bare and _sureness(bare) >= _sureness(kept) else kept


# The ministry named («министерству», «министрлікке», "the ministry"), who runs the bot, not a trade sought.
_MINISTRY = re.compile(r"(?<!\w)(?:министерств\w*|министрлі\w*|ministerstv\w*|ministrlik\w*|ministr(?:y|ies)\b)",
                       re.IGNORECASE)


# A message this long is told, not typed as a search: its trade is in one or two of its words.
LONG_MESSAGE = 8


def _to_sure_words(text: str) -> str:
    """A long message asking for work whose words together name no trade surely, while one or two of them alone
    name one beyond doubt («…меня зовут Айгуль, я хотела бы работать няней или помощницей по дому…», "…could you
    check if there are any openings for a cook in Lusail? I have worked in restaurants for 5 years"), is searched
    by those words, with its town and its pay: the rest drowned the trade or met another."""
    town_rest = matching.split_town(text)[1]
    rest = matching.asked_pay(town_rest)[1]
    words = rest.split()
    if len(words) < LONG_MESSAGE or not asks_for_work(text):  # "how to convert my driving licence …" asks no work
        return text
    whole = matching.suggest_occupations(rest, limit=1)
    if whole and whole[0].score >= SURE_WORD:
        return text
    sure = {word for word in words if _sure_word(word)}
    between = {word for word in words if _ALTERNATIVES.fullmatch(word)}  # «няней или помощницей»: both, offered
    named = {m.code for word in sure for m in matching.suggest_occupations(word, limit=3)}
    if not sure or whole and whole[0].code in named:  # "…a heavy truck driver…" names its trade as a whole
        return text
    dropped = Counter(word for word in words if word not in sure | between)
    kept: list[str] = []
    for word in text.split():  # the town's and the pay's words are not among the rest's: they stay
        if dropped[word] > 0:
            dropped[word] -= 1
        else:
            kept.append(word)
    return " ".join(kept)


def _sureness(text: str) -> float:
    """How surely the words beside the town and the pay name a trade (0..100; 0 for none)."""
    rest = matching.asked_pay(matching.split_town(text)[1])[1]
    found = matching.suggest_occupations(rest, limit=1) if rest.strip() else []
    return found[0].score if found else 0.0


def search_topic(query: str, topic: str | None, names_a_trade: bool) -> str | None:
    """The small-talk topic of a message; of a search for a trade or in a town, read without the conditions it
    sets: «уборщица в Дохе, с жильём» asks for cleaners, not about housing, while «жатақхана бар ма?» asks
    about housing. A question about the conditions themselves is told apart by `is_chat` first («поварам
    жильё дают?»); what is refused stays («не платит зарплату» is a complaint)."""
    net = matching.without_net(query)
    if topic in PAY_IN_A_STORY and net != query:  # "1800 a month after deductions": the pay meant, no complaint
        topic = matching.small_talk(net)
    if topic == "complaint":  # «компания … Construction поселила нас по 12 человек в комнату»: what happened, whoever did it
        return topic
    if topic == "rights" and not names_a_trade and not seeks_work(query) and matching.names_the_flight(query):
        return topic  # "do i buy my own plane tiket to doha": who pays the flight, not a search of the town
    if names_a_trade or matching.split_town(query)[0] is not None or matching.asks_for_every_job(query):
        searched_topic = matching.small_talk(without_conditions(query, refused=False) or query)
        if searched_topic in (None, "question") and topic not in (None, "question") and matching.is_question(query) and (
            tells_terms(query)
        ):
            return topic  # «kontrakt qashan keledi?» asks about the contract: a question keeps its own topic
        return searched_topic
    return topic  # the message's own topic (`matching.small_talk(query)`), read once by the caller


def _names_a_trade(query: str, topic: str | None) -> bool:
    """«сварщик зарплата от 2500» names a trade beside words its cards answer; «у меня нет паспорта» and
    «какой график работы?» name none, though a label holds «паспорт» and «график»; «ещё», «подробнее 1» or
    «на первую» name none at all; «ағылшын тілі керек пе» asks what a vacancy needs, not for an English
    teacher; a trade applied for already names the application asked about, a trade beside an age limit
    asked about the vacancy whose limit it is, and a trade or an agent beside money asked for the vacancy
    sold, which no search answers. Sums are left out first: «водитель от 1000 долларов» names a driver as
    surely as «водитель» does; so are the town, the conditions set and the trades refused: «уборщица в Вест
    Бей, с жильём и питанием» names a cleaner as surely as «уборщица», «любая работа, не охранником» none.
    (The town stays beside the words its cards answer: «Дохаға билет кім төлейді?» asks who pays the ticket.)"""
    said, query = query, matching.asked_pay(query)[1]
    if topic in ("trust", "fees") and asks_a_sum(said):  # "the recruiter asked me for 300 usd, should i
        return False  # pay?": the sum asked with its words, before it was taken for a pay; the recruiter is no trade
    if names_each_ones_trade(query):  # «мы с мужем хотим вместе, он сварщик, я повар»: a couple's two trades
        return True
    if topic in matching.NO_TRADE_TOPICS and matching.small_talk(without_conditions(query, refused=False) or query) == topic:
        return False  # «медсестра, чтобы можно было с семьёй» is not about the family: it was a condition, set aside
    if matching.is_question(query) and tells_terms(query) and not names_an_occupation(matching.split_town(query)[1]):
        return False  # «жасым 50, аласыздар ма?», "is overtime paid extra": a question about the terms, whose
        # leftover words («аласыздар ма») must not name a trade the whole question does not
    query = _set_aside(query)
    if topic == "human" and matching.asks_only_for_a_person(query):
        return False
    if topic == "application" and matching.has_applied(query):  # «я откликнулся на водителя, когда ответ?»
        return False
    if topic == "age" and matching.asks_about_age(query):  # «какой возрастной предел для водителей?»
        return False
    if topic == "trust" and matching.asks_for_money(query):  # «просят 150 тысяч за вакансию сварщика»
        return False
    if topic in matching.NO_TRADE_IN_TOPIC_WORDS or (topic == "requirements" and matching.asks_if_needed(query)):
        return names_an_occupation(matching.without_topic_words(query))
    return names_an_occupation(matching.split_town(query)[1]) or (
        topic in matching.ANSWERED_BY_CARDS and names_an_occupation(matching.without_card_words(query))
    )


def names_an_occupation(text: str) -> bool:
    """True when the text names a trade surely: as a whole; or, unless it is a question asking for no work
    («права категории С надо менять?», «күзетшілер түнде істей ме?»), by a driving licence's category («права
    категории С», "C class licence"), by a workplace beside a word for work («қонақүйге жұмыс», "warehouse
    jobs"), by one word that alone names a trade beyond doubt beside a place of work, which weakens the
    whole («povarom v restoran», «ауруханаға медбике», «в ресторан официантом или на кухню»), or by such a word
    first in a short text, its specialisation after it («сантехник ппр», "driver 3 ton")."""
    if any(match.score >= CONFIDENT_SUGGESTION for match in matching.suggest_occupations(text, limit=1)):
        return True
    if matching.is_question(text) and not seeks_work(text):  # «күзетшілер түнде істей ме?» asks about guards
        return False
    if _names_alternatives(text):  # «водитель или механик», «дәнекерлеуші немесе монтажшы»
        return True
    if asks_for_work(text) and _sure_word(text):  # «ищу работу для жены, она повар по образованию»
        return True
    if _LICENCE.search(text or "") is not None:
        return True
    if asks_for_work_at_a_place(text) or workplace_trades(text):  # «ірі мұнай компаниясына»: the place's trades
        return True
    return names_a_workplace(text) and _sure_word(text) or _specialised(text)


# A trade with its specialisation or its gear is this short: «сантехник ппр», «электрик КИПиА», "driver 3 ton",
# «крановщик 25т»; the specialisation is a code, a number or an abbreviation (a word of three letters at most, or
# in capitals), never words of a sentence («водитель ждёт ответа», "driver licence renew").
SPECIALISED_WORDS = 4
_SPECIALISATION = re.compile(r"[\w./+-]*\d[\w./+-]*|[^\W\d_]{1,3}|[A-ZА-ЯЁ]{2,}[A-ZА-ЯЁa-zа-яё]{0,3}")


def _specialised(text: str) -> bool:
    """Whether a short text begins with a word naming a trade beyond doubt, the words after it telling its
    specialisation, its gear or its employer, which no label holds and which name no other trade: the whole still
    meets that trade first, only less surely. A question is left to chat («сварщик 6G сколько получает?»)."""
    words = (text or "").split()
    if not words or len(words) > SPECIALISED_WORDS or "?" in text or matching.is_question(text):
        return False
    first = _own_words(words[0])
    if len(first) != 1 or not _sure_word(first[0]) or not all(_SPECIALISATION.fullmatch(word) for word in words[1:]):
        return False
    named = {m.code for m in matching.suggest_occupations(first[0], limit=3)}
    whole = matching.suggest_occupations(text, limit=1)
    return bool(whole) and whole[0].code in named


def _names_alternatives(text: str) -> bool:
    """Whether the text offers two or more trades, each part naming its own surely: together they blur under
    the search's confidence. «do they feed us or we cook», «министерство или частная контора» offer none."""
    parts = [part for part in _ALTERNATIVES.split(text or "") if part.strip(" ,.!?")]
    return len(parts) > 1 and all(
        any(m.score >= CONFIDENT_SUGGESTION for m in matching.suggest_occupations(part, limit=1)) for part in parts
    )


def _sure_word(text: str) -> bool:
    """Whether one word of the text alone names a trade beyond doubt («официантом», «медбике», «повар»)."""
    return any(
        match.score >= SURE_WORD for word in _own_words(text) for match in matching.suggest_occupations(word, limit=1)
    )


# Two trades offered at once: «сварщик или монтажник», «повар либо пекарь», «электрик/сантехник», «аспаз немесе
# наубайшы», «даяшы болмаса ыдыс жуушы», "welder or pipe fitter", "cook/baker".
_ALTERNATIVES = re.compile(
    r"\s*/\s*|(?<!\w)(?:или|либо|а\s+если\s+нет\s+то|немесе|болмаса|nemese|bolmasa|ili|libo|or)(?!\w)"
    # the Kazakh «не» ("or") in Latin letters between two trades («jurgizushi ne mehanik»), each named surely
    r"|(?<=[^\W\d_]{4}\s)ne(?=\s+[^\W\d_]{4})", re.IGNORECASE
)


# A word this sure of a trade names it beside a place of work (0..100): «официантом», «медбике», «povarom».
SURE_WORD = 90.0
# A driving licence by its category, which names a driver: «права категории С», «права СЕ», «С санатты
# куәлік», «C санаты бар», "C class licence", "category C license".
_CATEGORY = r"(?:[BCDE]|[ВСДЕ]|CE|СЕ|C1|С1)"
_LICENCE = re.compile(
    rf"(?<!\w)(?:(?i:прав\w*|prav\w*|куәлі\w*|куали\w*|kuäl[iı]\w*|kual[iı]\w*|licen[cs]e\w*)(?:\s+(?i:категори\w*|kategori\w*|"
    rf"category|class|санат\w*|sanat\w*))?\s+{_CATEGORY}"
    rf"|(?i:категори\w*|kategori\w*|category|class)\s+{_CATEGORY}"
    rf"|{_CATEGORY}\s*[-\s]\s*(?i:санат\w*|sanat\w*|категори\w*|kategori\w*|class|category))(?!\w)",
)


def _own_words(text: str) -> list[str]:
    """The words of a text long enough to name a trade alone (a preposition, «на», "in", names none)."""
    return [word for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text or "") if len(word) >= 4]
