"""What a message that is no search says: a greeting, thanks, "ok" (in words or as 👍), goodbye, a question
about an application, about paying, about the pay, about what a vacancy asks (experience, languages),
about the contract's terms or the documents, a wish to stop the alerts or to erase one's data, to talk to
a person or find the ministry, a plea for help or trouble with the bot («бот не работает», «?»), or some
other question. Workers write to the bot as to a person («сәлем», «спасибо», «когда будет виза?», "do I
have to pay?", «зарплата какая?», «опыт нужен?», «а жильё дают?», "stop", «оператормен сөйлескім
келеді»); each deserves the answer a person would give rather than "I did not understand".

Only messages that found no vacancy and name no occupation come here, so the word lists may be broad.
Words are compared as `skeleton` writes them, so Kazakh, Russian and English in either alphabet meet; the
lists and patterns are in `small_talk_words`. `RULES` is the order in which the topics are tried: the
first rule that holds for a message names its topic."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from . import small_talk_words as w
from .places import split_town
from .text import skeleton

Topic = Literal[
    "complaint", "family", "fees", "trust", "data", "alerts", "documents", "profile", "age", "requirements", "pay", "terms",
    "abroad", "application", "delete", "human", "rights", "contact", "help", "more", "buttons", "thanks", "ok",
    "greeting", "bye", "question", "jobs",
]

# The topics answered before registration too: what keeps a newcomer safe and tells them how it works (no
# fees, the pay, their rights, how old they may be and whether a family may come, whom to call, what the bot
# does, the steps of an application, what it keeps and who sees it, that nothing is kept about them). The rest is
# about their own profile, and begins with it.
OPEN_TO_EVERYONE = frozenset({
    "complaint", "fees", "trust", "data", "pay", "terms", "abroad", "rights", "age", "family", "human", "help",
    "application", "delete",
})

MAX_WORDS = 30  # longer messages are something else (a CV, a story): no canned answer for them, unless the
# story is of trouble with an employer or of money asked for a job, which a worker dictates at length
# («значит так, я уже третий месяц на стройке, бригадир забрал у всех паспорта…»), or of a worker or their family
# deciding whether to go (safety, faith and custom, women), which the hotline answers, or of an age feared to bar them,
# or of an application made and no word of it since, a family to be brought over or the leave home asked after
LONG_TOPICS: tuple[Topic, ...] = ("complaint", "trust", "question", "age", "application", "family", "rights")
# `skeleton` reads a phrase's first words only: a longer message is read in pieces of this many words, so
# that what is said at its end counts as much as its start.
PIECE_WORDS = 12
WHOLE_WORDS = 20
WHOLE_CHARS = 200

# A message of signs alone is an "ok" («👍», «🫡»); of folded hands, hands raised in prayer, hearts, a face in love or
# flowers alone a thank-you («🙏», «🤲», «❤️❤️», «🥰», «🌹🌹»), of a waving hand alone a greeting («👋»). A smile beside
# them changes nothing («👋😊» greets).
_SIGN_TOPICS: dict[str, Topic] = {
    "🙏": "thanks", "🤲": "thanks", "❤": "thanks", "♥": "thanks", "🫶": "thanks", "🥰": "thanks", "😍": "thanks",
    "🌹": "thanks", "💐": "thanks", "🌷": "thanks", "👋": "greeting",  # flowers thank
}


@dataclass(frozen=True)
class Said:
    """A message as the rules read it: as typed, its words as `skeleton` writes them, and those words
    without the fillers of a dictated message («ну ладно давай пока» → «ладно давай пока»)."""

    text: str
    words: list[str]
    core: list[str]
    joined: str  # the words, one space apart: what the patterns of phrases are matched against

    @classmethod
    def of(cls, text: str | None) -> Said:
        """A message read whole, its fillers kept: what the single-topic questions below ask of it."""
        words = skeleton(text or "").split()
        return cls(text or "", words, words, " ".join(words))

    def has(self, beginnings: tuple[str, ...], whole: frozenset[str] = frozenset()) -> bool:
        """A word beginning with one of `beginnings`, or one of the `whole` words."""
        return any(word.startswith(beginnings) or word in whole for word in self.words)

    def names(self, words: frozenset[str]) -> bool:
        """One of these whole words."""
        return not words.isdisjoint(self.words)


# The rules, one per way a topic is said. Each is read only when none above it matched, so a message
# holding the words of several topics gets the first (see RULES).


def _next_page(m: Said) -> bool:  # «дальше», «келесі бетті көрсет», "show more", «а остальные как посмотреть?»
    rest = bool(w.THE_REST.search(m.joined)) and m.has(w.SEE, w.SEE_WORDS) and ("rest" not in m.words or _asks(m))
    # "how do I see the next jobs", «как посмотреть следующие вакансии?»
    rest = rest or (m.names(w.MORE_CORE) and m.has(w.VACANCIES) and m.has(w.SEE, w.SEE_WORDS) and _asks(m))
    return m.joined in w.MORE or _asks_for_more(m.core) or rest


def _picks_a_vacancy(m: Said) -> bool:  # «подробнее 1», «бірінші вакансияны толығырақ», "apply 1"
    return _picks_from_the_list(m.text, m.words)


def _sends_money_home(m: Said) -> bool:  # «отправлять деньги домой»: neither «хочу домой» nor a fee
    # "how will i send my salary to my family", asked; «последнюю зарплату так и не перевели» tells of pay withheld
    money = m.has(w.MONEY) or (m.has(w.PAY, w.PAY_WORDS) and m.has(w.SEND + w.SEND_MORE) and is_question(m.text))
    if not money or m.has(w.ASKED):  # «просят отправить деньги»: money asked for, a fraudster
        return False
    # «маме», «нам», "western union", «в Казахстан»: «жалақымды әйеліме Қазақстанға қалай аударамын»
    whither = m.has(w.HOME + w.REMITTANCE + ("kazahstan", "kazakstan")) or m.names(w.MONEY_RECIPIENTS)
    return whither and m.has(w.SEND + w.SEND_MORE)


def _takes_money_along(m: Said) -> bool:  # «сколько денег брать с собой?», "how much money should i bring"
    return m.has(w.MONEY) and m.names(w.HOW_MUCH | {"much"}) and bool(w.TAKE_ALONG.search(m.joined))


def _asks_how_the_pay_comes(m: Said) -> bool:  # «зарплата на карту или наличкой?», «зп какого числа?»
    return m.has(w.PAY, w.PAY_WORDS) and (m.names(w.PAY_METHOD_WORDS) or bool(w.PAYDAY.search(m.joined)))


def _owes_tax_at_home(m: Said) -> bool:  # «налог в Казахстане с катарской зарплаты?»: the hotline's
    return m.has(w.TAX, w.TAX_WORDS) and m.has(w.KAZAKHSTAN)


def _asks_about_tax(m: Said) -> bool:  # «налоги с зарплаты снимают?», «салық төлейміз бе»: what is paid
    return m.has(w.TAX, w.TAX_WORDS)


def _asks_about_customs(m: Said) -> bool:  # «время на намаз дают?», «еда халяльная?», «шошқа еті жоқ па», Eid
    """Faith and custom asked about: prayer, a mosque, halal food or pork, fasting, alcohol, what to wear. Fasting
    beside the hours ("are work hours shorter when fasting") asks the terms, which give Ramadan's hours."""
    if w.CUSTOMS_PHRASES.search(m.joined) or w.FOOD_CUSTOMS_PHRASES.search(m.joined):
        return True
    if w.COOK_OWN.search(m.joined) and not m.has(w.FED):  # «самим готовить можно?»; «кормят или самим готовить?» asks the food
        return True
    own = [word for word in m.words if word.startswith(w.CUSTOMS + w.FOOD_CUSTOMS) or word in w.CUSTOMS_WORDS]
    fasting_hours = all(word.startswith(w.FASTING) for word in own) and _about_terms(m.text, m.words)
    return bool(own) and not fasting_hours


def _compares_the_pay(m: Said) -> bool:  # «в Катаре платят больше, чем в Казахстане?», "is the pay better than in russia"
    """The pay there weighed against another country's or a sum earned now: each vacancy's card gives its own pay, so
    the pay's answer, neither the fees («pay» is no fee here), another country's vacancies nor faith («в Москве»)."""
    more = m.names(w.MORE_PAID)
    paid = m.has(w.PAY + w.EARNED, w.PAY_WORDS | w.PAY_EN)
    elsewhere = m.names(w.THAN) or m.has(w.COUNTRIES_COMPARED)
    return more and paid and elsewhere and _asks(m)


def _works_on_a_weekday(m: Said) -> bool:  # «по субботам тоже работать?», "do we work saturdays", «аптасына алты күн»
    """A day of the week named beside work, or the working days of a week counted, asked: the contract's terms."""
    named = m.has(w.WEEKDAYS) and m.has(w.WORKING)
    return (named or bool(w.DAYS_A_WEEK.search(m.joined))) and _asks(m) and not m.has(w.CUSTOMS)  # «жұма намазы»


def _asks_about_public_holidays(m: Said) -> bool:  # «на Наурыз там выходной?», «айт күндері демалыс бере ме», "is Eid off"
    """A public holiday named and asked about: whether it is a day off there is the hotline's, not the yearly leave."""
    return m.has(w.PUBLIC_HOLIDAYS, w.PUBLIC_HOLIDAY_WORDS) and _asks(m) and not m.has(w.TICKET)


def _asks_if_the_leave_is_paid(m: Said) -> bool:  # «отпуск оплачиваемый?», «жылдық демалыс ақылы ма», "is annual leave paid"
    """The yearly leave asked with its pay: a right of the standard contract, neither a fee («ақылы») nor pay withheld
    ("unpaid")."""
    told_unpaid = bool(w.NOT_PAID_TOLD.search(m.text))  # «отпуск не оплатили»: pay withheld, a complaint
    return bool(w.YEARLY_LEAVE.search(m.joined)) and m.has(w.LEAVE_PAID) and _asks(m) and not told_unpaid


def _names_another_faith(m: Said) -> bool:  # «я атеист, проблем не будет?», "do non muslims have to fast"
    return bool(w.OTHER_FAITH.search(m.joined)) and (_asks(m) or m.has(w.PROBLEM))


def _is_a_student(m: Said) -> bool:  # «я студент, можно поехать?», «студентпін, қабылдай ма», "im still at uni, can i apply"
    """A student asking whether they may go: no card says it, so the hotline's, not the steps of an application."""
    student = m.has(w.STUDENT) or bool(w.STUDYING_TYPED.search(m.text))
    return student and (_asks(m) or m.names(w.PERMITTED)) and not m.has(w.VACANCIES + w.DOCUMENTS)  # «студенческий нужен?» is a paper


def _asks_if_the_employer_buys_the_ticket(m: Said) -> bool:  # «билетті жұмыс беруші ала ма», "does the company buy the ticket"
    return m.has(w.TICKET) and m.has(w.EMPLOYER + w.COMPANY) and m.has(w.BUYS_THE_TICKET) and _asks(m)


def _weighs_going_at_all(m: Said) -> bool:  # «стоит ли вообще ехать?», "is it worth going": the hotline's, no price
    return bool(w.WORTH_GOING.search(m.joined))


def _adds_to_the_profile(m: Said) -> bool:  # «где в анкете языки добавить», "how do i add to my profile"
    return m.has(w.ADD, w.ADD_WORDS) and m.has(w.PROFILE_NOUNS)


def _asks_about_the_heat(m: Said) -> bool:  # «жара 50 градусов, как работают?», «летом +50», «в самое пекло»
    if w.HOTLINE_KK.search(m.joined):  # «ыстық желі» is the hotline, not the heat
        return False
    if w.EVEN.search(m.joined):  # «ты хоть что-то умеешь?»: «хоть», no heat
        words = w.EVEN.sub("", m.joined).split()
        m = Said(m.text, words, words, " ".join(words))
    if any(word.startswith(w.NOT_HEAT) for word in m.words):  # «орысша жарай ма»: Kazakh «жарайды» is no «жара»
        words = [word for word in m.words if not word.startswith(w.NOT_HEAT)]
        m = Said(m.text, words, words, " ".join(words))
    if w.AC_TRADE.search(m.joined):  # "electrician or AC technician" names trades; the AC says no heat
        words = w.AC_TRADE.sub(" ", m.joined).split()
        m = Said(m.text, words, words, " ".join(words))
    summer = m.has(w.SUMMER + w.SUMMER_MORE)
    midday = bool(w.MIDDAY.search(m.joined) or w.MIDDAY_MORE.search(m.joined))
    hot = m.has(w.HEAT + w.HEAT_MORE, w.HEAT_WORDS) or (summer and (midday or bool(w.DEGREES_TYPED.search(m.text))))
    if summer and midday and m.has(w.BAN):  # «жазда түсте жұмысқа тыйым салынған ба», "the summer midday break hours"
        return True
    return hot and _asks(m)


def _asks(m: Said) -> bool:
    """A question by its form, a Kazakh particle closing it in Latin letters («ol jaqta qauipti me»), or a choice
    offered («работают или перерыв дают»), which asks though typed without a question mark."""
    closing = bool(m.words) and m.words[-1] in w.PARTICLES
    return is_question(m.text) or closing or bool(w.OR_TYPED.search(m.text) or w.ENGLISH_QUESTION_OPENS.match(m.text))


def _asks_about_women(m: Said) -> bool:  # «женщинам там безопасно?», "can I go while pregnant": the hotline's
    """Women asked about, or what women may do there told as heard («говорит, женщинам там нельзя без мужа», "he
    says women can't work there"), which asks whether it is so."""
    return _names_women(m) and (_asks(m) or m.names(w.PERMITTED) or m.has(w.HEARSAY))


def _names_women(m: Said) -> bool:  # «женщинам», «әйел адам», "ladies"
    return m.has(w.WOMEN) or bool(w.WOMAN_KK.search(m.joined))


def _asks_what_women_may_do(m: Said) -> bool:  # «можно ли женщине работать водителем?», «әйел адам жүргізуші бола ала ма»
    """Whether a woman may do a work or a thing there: the hotline's, whatever trade is named, since no card says it."""
    return _names_women(m) and (m.names(w.PERMITTED) or bool(w.MAY_KK.search(m.joined)))


def _asks_about_medical_cover(m: Said) -> bool:  # "what about medical insurance", «а медстраховка?», «сақтандыру бар ма»
    """Medical insurance asked about, with no vacancy named: a right of the standard contract, which no card tells, so no
    search of the "medical" trades («медсестра со страховкой» stays a search, being no question)."""
    return m.has(w.INSURANCE) and not m.has(w.VACANCIES) and is_question(m.text) or (
        m.has(w.INSURANCE) and bool(w.WHAT_ABOUT.search(m.joined))
    )


def _learns_a_language(m: Said) -> bool:  # «где подтянуть английский?», «ағылшынды қайдан үйренсем болады», "courses"
    """A language to be learnt before going, or courses for it: the hotline's; whether a vacancy needs it is asked
    with a word of need («английский учить надо?»), and a language learnt already is for the profile."""
    language = _names_a_language(m) or m.has(w.LANGUAGE_NOUNS)
    return language and m.has(w.LEARN, w.LEARN_WORDS) and not m.has(w.NEED)


def _asks_ramadans_hours(m: Said) -> bool:  # «в рамадан смены переносят на ночь?», «Рамазан айында жұмыс түнге ауыса ма»
    """Ramadan with the hours, the shifts or the night beside it: the terms, which give Ramadan's hours."""
    if w.DURING_THE_FAST.search(m.joined) and (m.has(w.RAMADAN_HOURS) or _about_terms(m.text, m.words)):
        return True  # «какие часы работы во время поста?»
    return m.has(w.RAMADAN) and (m.has(w.RAMADAN_HOURS + w.RAMADAN_LESS) or _about_terms(m.text, m.words))


def _asks_if_it_is_safe(m: Said) -> bool:  # «там безопасно?», «говорят там рабство», «ол жақта жағдай қалай»
    """Whether it is safe to go, asked or feared by a worker or their family, or what life there is like: the
    hotline's. The worker's data kept safe is the bot's own question, and a fraud or a fee has its own answer."""
    if m.has(w.PERSONAL_DATA + w.TRUST + w.MONEY) or m.has(w.FEES, w.FEE_WORDS):
        return False
    if w.LIFE_THERE.search(m.joined):
        return True
    if m.has(w.FEAR) and m.has(w.GOING_ABROAD + w.FAMILY_AT_HOME) and not m.has(w.APPLICATION):  # «а мы боимся»
        return True  # «сын хочет в Катар, а мы боимся»; "worried about my visa to Qatar" asks the application
    return m.has(w.DANGER, w.DANGER_WORDS) and (_asks(m) or m.has(w.FEAR + w.HEARSAY))


def _asks_the_contracts_language(m: Said) -> bool:  # «договор на каком языке?», «келісімшарт қай тілде», "in russian"
    """The language of the contract, or of the interview, asked: the hotline's, not what a vacancy requires
    («для контракта нужен английский?» asks that)."""
    if m.has(w.NEED + ("nujen", "nujna")):  # «нужен английский»
        return False
    which = bool(w.WHICH_LANGUAGE.search(m.joined))
    contract = m.has(w.CONTRACT) or "shart" in m.words
    translated = m.has(("audarma", "perevod", "translat"))  # «келісімшарттың аудармасы бола ма»: no translator asked for
    return (contract and (which or translated or _names_a_language(m) or m.has(w.LANGUAGE_WORDS))) or (
        m.has(w.INTERVIEW) and which)


def _names_a_language(m: Said) -> bool:
    """«на русском», «орысша», "in russian": a language named; Kazakhstan is no language."""
    return any(word.startswith(w.LANGUAGE_NAMES + ("kazah", "rusian")) and not word.startswith(w.KAZAKHSTAN_TYPED)
               for word in m.words)


def _lost_touch_with_a_relative(m: Said) -> bool:  # «сын неделю не выходит на связь»: the hotline, the embassy
    """Not when it is whoever took the relative's money who is silent ("the agency took 500$ from my brother and
    doesnt answer"): that is a fraud, read after this."""
    money_taken = _was_cheated_of_money(m) or _is_asked_to_pay_by_a_stranger(m)
    return m.names(w.RELATIVES) and bool(w.OUT_OF_TOUCH.search(m.joined)) and not money_taken


def out_of_touch(text: str) -> bool:
    """A worker abroad who cannot be reached («не выходит на связь», «не звонит», «хабарласпай жатыр», "not
    answering"): the family's worry, whoever writes it; the chat and the search read it alike."""
    return bool(w.OUT_OF_TOUCH.search(Said.of(text).joined))


def names_the_flight(text: str) -> bool:
    """The flight or its ticket («билет», «перелёт», «ұшақ», "tiket", "air fare"): who pays it is the worker's
    rights, asked beside the town it goes to as often as alone."""
    said = Said.of(text)
    return said.has(w.TICKET) or "air fare" in said.joined


def _registered_and_lost(m: Said) -> bool:  # «зарегистрировался, а дальше что делать непонятно»: what the bot does
    return m.has(w.REGISTERED) and bool(w.LOST_AFTER.search(m.joined) or _trouble(m.text, m.words))


def _erases_the_profile(m: Said) -> bool:  # «где кнопка удалить профиль», «передумал, сотрите анкету»
    """The profile, the account or the worker's data to be erased, however it is asked (a button, a change of mind:
    «сотрите все мои данные, я передумал»): /delete."""
    return m.has(w.DELETE, w.DELETE_WORDS) and m.has(w.PROFILE_NOUNS + w.DATA_NOUNS + ("akaunt", "akount", "acount"))


def _asks_what_a_button_does(m: Said) -> bool:  # «что значит кнопка подробнее», "what does the details button do"
    means = m.has(w.MEANS) or bool(w.BUTTON_DOES.search(m.joined))
    return m.has(w.BUTTON) and means and not _trouble(m.text, m.words)


def _switches_the_bots_language(m: Said) -> bool:  # «как вернуть русский язык», «ботты қазақ тіліне қалай көшіремін»
    """The bot's language to be switched, or the bot asked to write in one («хочу, чтобы бот писал на казахском»):
    /language. A language needed for a vacancy is its requirement."""
    if m.has(w.NEED):
        return False
    if m.has(w.THE_BOT) and _names_a_language(m) and m.has(w.BOT_WRITES):
        return True
    if m.has(("svitch", "perekl")) and _names_a_language(m) and not m.has(w.WORK):  # "switch to english"
        return True
    if _talks_to_the_bot_in_a_language(m):
        return True
    return m.has(w.BOT_LANGUAGE) and m.has(w.SWITCH_LANGUAGE)


def _talks_to_the_bot_in_a_language(m: Said) -> bool:
    """The bot asked to talk in a language («можно с тобой по-казахски общаться?», «маған орысша жазшы», "can we talk in
    kazakh?"); a language spoken there or at work («а по-русски там кто-нибудь говорит?») is the hotline's."""
    addressed = m.names(w.ADDRESSED) and not m.names(w.THERE)
    return _names_a_language(m) and m.has(w.BOT_WRITES) and addressed and not m.has(w.WORK + w.CONTRACT)


def _asks_to_see_the_vacancies(m: Said) -> bool:  # «а как вакансии посмотреть», "show me my matches": the list
    """How or where the vacancies are seen, asked: the worker's own list, which /jobs shows. Those applied to
    are the applications'."""
    how = m.names(w.HOW | {"kaidan"}) or bool(w.WHERE_IS.search(m.joined))
    vacancies = m.has(("vakans", "vacanc", "job")) and not m.has(w.APPLIED + w.APPLICATION)
    seen = how and vacancies and m.has(w.SEE + w.OPEN, w.SEE_WORDS)
    again = m.names(w.AGAIN_WORDS) and vacancies and m.has(w.SEE + w.OPEN, w.SEE_WORDS)  # «вакансияларды қайтадан көрсетші»
    return seen or again or bool(w.MY_MATCHES.search(m.joined))


def _asks_where_a_button_is(m: Said) -> bool:  # «а где эта кнопка?», "where is that button"
    return m.has(w.BUTTON) and bool(w.WHERE_IS.search(m.joined)) and not _trouble(m.text, m.words)


def _asks_how_to_apply(m: Said) -> bool:  # «как откликнуться на уведомление», "how do I apply", 🙈
    if w.HOW_TO_APPLY.search(m.joined) and (m.names(w.APPLY_WHERE) or m.has(w.APPLY_ON)):
        return True
    if m.has(w.PRESS, w.PRESS_WORDS) and m.has(w.APPLY):  # "where do i press to apply", «куда нажать, чтобы подать»
        return True
    if m.has(w.BUTTON) and m.has(w.APPLY) and not _trouble(m.text, m.words):  # «почему нет кнопки откликнуться»
        return True
    if w.APPLY_TO_IT.search(m.joined):  # «как на неё подать?», "how i apply this job": the vacancy just seen
        return True
    if m.has(w.APPLY) and w.SENT_JOB.search(m.joined):  # "how do I apply to the driver job you sent me"
        return True
    return m.has(w.MONKEY) or "🙈" in m.text


def _names_an_allowance(m: Said) -> bool:  # «что значит надбавка на жильё», «үстемеақы», "housing allowance"
    return m.has(w.ALLOWANCE)


def _asks_for_the_hotline(m: Said) -> bool:  # «сенім телефоны қандай»: the hotline, no doubt of the bot
    return bool(w.HOTLINE.search(m.joined))


def _applies_to_a_portal_vacancy(m: Said) -> bool:  # «нашёл вакансию на enbek.kz, как откликнуться?»
    return bool(w.PORTAL_LINK.search(m.joined)) and m.has(w.APPLY) and is_question(m.text)


def _asks_about_the_portal_link(m: Said) -> bool:  # «что за ссылка enbek в карточке»
    return bool(w.PORTAL_LINK.search(m.joined))


def _pastes_a_link(m: Said) -> bool:  # «https://t.me/…», «вот тут пишут про работу qatarjobs.kz»
    return bool(w.LINK_TYPED.search(m.text))


def _names_a_step(m: Said) -> bool:  # «что значит проверка квалификации?», "what is employer review"
    return bool(w.STEP_NAMES.search(m.joined))


def _names_the_standard_contract(m: Said) -> bool:  # «что такое проверка по типовому договору»; not «когда»
    return bool(w.STANDARD_CONTRACT.search(m.joined)) and w.WHEN.isdisjoint(m.words)


def _asks_how_to_find_work(m: Said) -> bool:  # «как найти другую работу», "how do I find another job"
    return m.names(w.HOW) and m.has(w.FIND) and m.has(w.WORK_OR_QATAR)


def _adds_a_trade(m: Said) -> bool:  # «как добавить вторую профессию», "add a trade"
    return m.has(w.ADD, w.ADD_WORDS) and m.has(w.TRADE_NOUNS)


def _thanks_and_goes(m: Said) -> bool:  # "ok thanks bye", «көп рақмет, сау болыңыз»: a goodbye
    return not w.BYE_PROPER.isdisjoint(m.core) and all(
        word in w.BYE | w.OK | w.OK_COMPANIONS | w.THANKS_WARMER or word.startswith(w.THANKS) for word in m.core
    )


def _was_cheated_of_money(m: Said) -> bool:  # «вы мошенники, деньги взяли», "scammers, i paid 500$"
    """Fraud named with money taken or paid: whoever asks for money is a fraudster, and the hotline hears of
    them; pay withheld by an employer («обманули с зарплатой») is the employer's trouble, not this."""
    money = m.has(w.MONEY) or bool(w.SUM.search(m.text)) or m.has(w.PAID_ALREADY) or m.names(w.PAID_WORDS)
    employer = m.has(w.EMPLOYER + w.PAY, w.PAY_WORDS)
    if money and not employer and w.TOOK_MONEY.search(m.joined) and w.GONE_SILENT.search(m.joined):
        return True  # «агент взял 400 долларов, а теперь не отвечает», "took 500 dollars from me and blocked me"
    return m.has(w.TRUST) and money and not employer


def _is_asked_to_pay_by_a_stranger(m: Said) -> bool:  # «в ватсапе пишут, переведи 50 тыс на каспи», "a guy called"
    """Money demanded by someone who called, wrote, advertised or is named as a stranger («один человек просит 500 000
    тенге за визу»), places sold for it («в группе продают места в Катар»), money taken and its taker gone, or a job
    offered so for money and doubted («в инстаграме реклама, оформление 300$, это правда»): a fraudster, whatever they
    say they are. The employer's or
    the pay's words, or money sent home, are something else."""
    money = m.has(w.MONEY + w.DEPOSIT) or bool(w.SUM.search(m.text) or w.SUM_TYPED_KK.search(m.text))
    reached = m.has(w.CONTACTED + w.CHANNELS, w.CONTACTED_WORDS)
    # a stranger named («один человек просит», "a man asks"), unless the worker asks whether to pay them ("someone wants
    # 400 dollars, should I pay?"), which the fees answer
    named = m.has(w.STRANGER) and not (w.I_PAY.search(m.text) or m.has(w.FEE_VERBS))
    ours = m.has(w.EMPLOYER + w.PAY + w.HOME + w.REMITTANCE, w.PAY_WORDS) or m.names(w.MONEY_RECIPIENTS)
    gone = m.has(w.GONE_WITH_IT) or bool(w.NO_LONGER_ANSWERS.search(m.joined))
    wanted = m.has(w.TRANSFER_DEMANDED + w.PROMISED + w.ASKED + w.SOLD) or gone or m.names(w.DOUBTED) or bool(
        w.PROMISED_EN.search(m.joined) or w.FROM_YOU.search(m.joined) or w.IS_IT_YOU.search(m.joined)  # «это вы?»
    )
    if money and m.has(w.AGENCY_NAMED) and (gone or w.FROM_YOU.search(m.joined)) and not ours:
        return True  # «агентство взяло 250 тысяч и не берёт трубку»
    if money and w.FROM_YOU.search(m.joined) and m.has(w.TRANSFER_DEMANDED + w.ASKED + w.CHARGE) and not ours:
        return True  # «ТОО говорит, что они ваши партнёры, и берут 100 долларов за анкету»: the bot's name borrowed
    return money and (reached or named) and wanted and not ours


def _weighs_a_sum_asked(m: Said) -> bool:  # «агент просит 200 тысяч за место в списке, это нормально?», "is that normal"
    """A sum someone asks of the worker, asked whether it is normal or right, with nothing paid yet and no fraud named:
    the answer on fees, that recruitment under the agreement costs the worker nothing (the trust's answer says the same
    of whoever asks, but the worker asked about the sum). Money already paid, a fraud named («развод?»), a taker gone,
    a call or a message from a stranger, the ministry's name borrowed or the bot asked to be the one who wrote («это
    вы?») keep the answer on trust."""
    sum_named = bool(w.SUM.search(m.text) or w.SUM_TYPED_KK.search(m.text))
    weighed = w.SUM_WEIGHED.search(m.joined) or (w.SUM_GIVEN_ASKED.search(m.joined) and m.has(w.AGENTS))
    # a recruiter or an agency asking a sum of the worker («агентство просит 250 долларов за визу», "agency wants 250 usd
    # for visa"): what recruitment may cost is the question, asked or not; a lone «агент» asking keeps the answer on trust
    weighed = weighed or m.has(w.AGENCY_NAMED + w.RECRUITERS)
    if not sum_named or not m.has(w.DEMANDED) or not weighed:
        return False
    if m.has(w.TRUST + w.PAID_ALREADY + w.GONE_WITH_IT + w.CONTACTED + w.MINISTRY):
        return False
    if m.has(w.CHANNELS) and not m.has(w.AGENTS):  # «агент в ватсапе просит…, платить?»: an agent,
        return False  # whatever he writes through; a stranger's message keeps the answer on trust
    if w.PAID_ALREADY_EN.search(m.text) or w.FROM_YOU.search(m.joined) or w.IS_IT_YOU.search(m.joined):
        return False
    if m.has(w.EMPLOYER + w.PAY + w.HOME + w.REMITTANCE, w.PAY_WORDS) or m.names(w.MONEY_RECIPIENTS):
        return False
    return True


def _fears_for_the_passport(m: Said) -> bool:  # «жена переживает, что паспорт там отберут», "scared they take it"
    """The passport feared to be taken, before going: the passport stays with the worker by law, which the rights
    say; a passport taken already («забрали паспорт») is trouble with the employer."""
    return m.has(w.FEAR) and m.has(w.PASSPORT) and not m.has(w.TAKEN)


def _complains_of_the_employer(m: Said) -> bool:  # «не платят», «забрали паспорт», «хочу домой»
    return _complains(m.text, m.words)


def _asks_about_settling_in(m: Said) -> bool:  # «где купить симку?», "how do i open a bank account", Western Union
    """A SIM card, a mobile operator, a bank account or card, a money transfer service: life in Qatar after
    arrival, the hotline's; a new number to write in the profile («у меня теперь катарский номер») is the phone's
    change, and pay that did not reach the card the employer's trouble (read before)."""
    if _changes_the_phone(m.words) or m.has(w.PROFILE + w.PROFILE_NOUNS):
        return False
    return m.has(w.SIM + w.MOBILE_OPERATORS + w.BANK + w.TRANSFER_SERVICES, w.SIM_WORDS)


def _minds_the_messages(m: Said) -> bool:  # «зачем ночью пишете», «по 10 сообщений в день», "only send me welder jobs"
    """The bot's own messages minded: sent at night or many a day, no new ones for long, only one trade wanted,
    or a trade sent that the worker is not («мне прислали вакансию повара, я не повар»): the alert settings."""
    if w.ONLY_SENT.search(m.joined) or w.ALERTS_STOPPED.search(m.joined):
        return True
    if w.SENT_A_VACANCY.search(m.joined) and w.NOT_ME.search(m.joined):
        return True
    if not (m.has(w.MESSAGES) and m.has(w.SENDS)) and not (m.has(w.SENDS) and w.AT_NIGHT.search(m.text)):
        return False
    at_night = bool(w.AT_NIGHT.search(m.text) or w.AT_NIGHT.search(m.joined))
    many_a_day = bool(w.PER_DAY.search(m.joined)) and any(char.isdigit() for char in m.text)
    return at_night or many_a_day


def _asks_about_sick_leave(m: Said) -> bool:  # «больничный оплачивается?», "is sick leave paid": the hotline's
    return bool(w.SICK_LEAVE.search(m.joined) or w.SICK_DAYS.search(m.joined))


def _falls_ill(m: Said) -> bool:  # «заболел, температура 39», «ауырып қалдым», "i'm sick with fever": medical care
    if w.ILL_RELATIVE.search(m.joined):  # «анам ауырып қалса, үйге қайтуға бола ма»: a reason to go home, the hotline's
        return False
    hurt = m.has(("travm", "injur", "jarakat", "porezal")) or bool(w.LIMB_BROKEN.search(m.joined))  # "who pays if i get injured"
    return m.has(w.FALLEN_ILL) or bool(w.FEVER.search(m.text)) or hurt


def _asks_if_meals_or_a_bus_come(m: Said) -> bool:  # «обед на работе дают?», "is there a company bus to the site"
    given = is_question(m.text) or m.names(w.GIVEN)
    if given and m.has(w.CANTEEN) and m.has(w.FEES, w.FEE_WORDS):  # «асханадағы тамақ ақылы ма»: who pays for it
        return True
    return given and (m.has(w.MEALS_OR_BUS) or m.names(w.MEALS_OR_BUS_WORDS))


def _names_the_pay_alone(m: Said) -> bool:  # "pay?": the pay, though «pay» is also paying
    return is_question(m.text) and bool(m.core) and all(word in w.PAY_ALONE for word in m.core)


def _asks_and_then(m: Said) -> bool:  # «и что?», «ал?», «не дейсің?», "and?": what the bot does
    return is_question(m.text) and bool(m.words) and all(word in w.AND_THEN for word in m.words)


def _greets_and_asks_how(m: Said) -> bool:  # «сәлеметсіз бе, жақсы ма», «привет, как ты»: a greeting
    companions = w.GREETINGS | w.HOW_ARE_YOU | {"bot", "dela"}  # «здорово бот, как дела»
    return not w.GREETINGS.isdisjoint(m.core) and all(word in companions for word in m.core)


def _asks_after_a_relative(m: Said) -> bool:  # «а муж?», "what about my kids?", «әйелім кейін барса бола ма»
    """A relative asked about and nothing else, or with a word of later: whether they may come too, after
    the bot's answer about the worker («я жена Даурена» tells who writes and is no question)."""
    if not m.has(w.FAMILY, w.FAMILY_WORDS) or not is_question(m.text):
        return False
    return m.has(w.LATER) or all(word in w.RELATIVE_ASKED_AROUND or word.startswith(w.FAMILY) or word in w.FAMILY_WORDS
                                 for word in m.core)


def _brings_a_parent(m: Said) -> bool:  # «маму потом к себе забрать можно?», "can i bring my mom over later"
    """A mother or father to be brought over or invited: a family visa, as for a wife or children."""
    return m.has(w.PARENTS) and bool(w.BROUGHT.search(m.joined)) and _asks(m)


def _asks_home_how_often(m: Said) -> bool:  # «раз в полгода домой прилетать можно?», "how many times a year can he come home"
    """How often the worker may come home: the annual leave with its ticket, which the rights give."""
    return bool(w.HOW_OFTEN.search(m.joined)) and m.has(w.HOME + ("elge",)) and m.has(w.COMING_HOME)


def _brings_the_family(m: Said) -> bool:  # «можно с семьёй?», «отбасыммен барсам бола ма», "can my wife come"
    if not m.has(w.FAMILY, w.FAMILY_WORDS):
        return False
    if w.SPOUSE_VISA.search(m.joined):  # «жене работника визу дадут?»
        return True
    return m.has(w.ALONG, w.ALONG_WORDS) or bool(w.ALONG_PHRASES.search(m.joined)) or any(
        word.startswith(w.FAMILY_KK) and word.endswith(("men", "pen", "ben")) for word in m.words
    )


def _asks_who_pays(m: Said) -> bool:  # «кто платит за билет?», "is accommodation free?"
    if w.I_PAY.search(m.text) and w.SUM.search(m.text):  # "I need to pay 400 dollars for the medical": a fee
        return False
    if not w.WHEN_PROPER.isdisjoint(m.words):  # «билетті қашан береді»: when the flight is, the application's step
        return False
    if w.MEDICAL_CHECK.search(m.joined):  # "is the medical test free?": a check before the contract, a fee
        return False
    return _who_pays(m.words)


def _asks_what_the_check_tests(m: Said) -> bool:  # «какие анализы сдают на медкомиссии?», "what do they check at the medical"
    """What the medical check tests: the medical commission's, which the hotline tells; a paper for it or after it
    («справку после медосмотра куда сдать») is the documents', and where it is done is told with them."""
    named = bool(w.MEDICAL_CHECK_NAMED.search(m.joined)) or m.has(("medkomis",))
    if not named or m.has(w.PAPER_NOUNS) or m.has(w.FEES, w.FEE_WORDS) or not w.WHEN_PROPER.isdisjoint(m.words):
        return False  # «медкомиссию сдал, когда виза?»: the next step
    return bool(w.CHECK_TESTS.search(m.joined))


def _asks_for_the_commands(m: Said) -> bool:  # «напишите список команд бота», "what commands are there": what the bot does
    return m.has(("komand", "comand")) and not m.has(("komandir",))


def _asks_for_own_rights(m: Said) -> bool:  # «где почитать мои права по контракту», "where can i read my rights"
    return bool(w.OWN_RIGHTS.search(m.joined)) and not m.has(("voditel", "kategor", "licen"))


def _pays_for_a_change_of_mind(m: Said) -> bool:  # «если передумаю после контракта, оштрафуют?»: the hotline's
    refused = m.has(w.CHANGE_OF_MIND + ("otkaj", "otmen", "cancel", "refus", "tartsa")) or "sai no" in m.joined
    if m.has(w.PENALTY + ("oshtraf",)) and (refused or m.names(w.MIND)):
        return True
    # «если передумаю, когда визу сделают, придётся за неё платить?»: what was spent on the worker paid back
    return (m.has(w.CHANGE_OF_MIND + ("otkaj",)) or m.names(w.MIND)) and m.names(w.IF_WORDS) and m.has(("platit", "zaplat", "pai", "tole"))


def _asks_who_pays_for_the_check(m: Said) -> bool:  # «медкомиссия кімнің есебінен?», "who pays for the medical"
    named = w.MEDICAL_CHECK_NAMED.search(m.joined) or m.has(("medkomis", "medtekser", "medosmotr"))
    return bool(named) and (bool(w.WHOSE_EXPENSE.search(m.joined)) or m.has(("tolemdi", "akili", "platn", "toleisin")))


def _leaves_early_at_a_cost(m: Said) -> bool:  # «уеду раньше срока, неустойку платить?», "go home early, penalty?"
    return m.has(w.PENALTY) and (_leaves_early(m) or m.has(w.EARLY))


def _asks_what_the_contract_includes(m: Said) -> bool:  # «медицинская страховка входит в договор?»
    return m.has(w.RIGHTS) and m.has(w.INCLUDED) and m.has(w.CONTRACT)


def _asks_about_overtime(m: Said) -> bool:  # "is overtime paid", «сверхурочные оплачиваются?»: no fee
    if m.has(w.OVERTIME) or w.OVERTIME_PHRASES.search(m.joined):
        return True
    return m.has(w.DAY_OFF_NAMES) and bool(w.PAID_MORE.search(m.joined))  # «в пятницу работаю, платят больше?»


def _was_asked_for_money(m: Said) -> bool:  # «просили деньги за визу», «агент просит 500$»: a fraudster
    return _money_asked(m)


AMUSEMENT_WORDS_MAX = 8


def _asks_out_of_scope(m: Said) -> bool:  # «какая погода завтра в Дохе», «кто выиграл вчера», "tell me a joke"
    """A forecast, sport, a joke or a poem, a place to eat recommended, the rate of a currency not the riyal: neither
    the bot nor the hotline answers them, so the bot says what it does. The climate («какая там погода зимой») stays
    a question of life in Qatar, and the riyal's rate the pay's."""
    forecast = (m.has(w.WEATHER) or bool(w.WEATHER_PHRASES.search(m.joined))) and m.names(w.DAY_NAMED) and _asks(m)
    sport = m.has(w.SPORT, w.SPORT_WORDS) or bool(w.SPORT_PHRASES.search(m.joined))
    rate = (m.has(w.OTHER_CURRENCIES) and not m.has(("rial", "riial")) and not w.SUM.search(m.text)
            and (m.has(w.RATE) or m.names(w.DAY_NAMED)))
    leisure = m.has(w.RECOMMEND) and m.has(w.LEISURE)  # «посоветуй, где в Дохе вкусно поесть»
    # «расскажи анекдот», «мне скучно»: asked in a few words; «сериал смотреть некогда, работаем по 12 часов» tells
    # of the work
    amused = m.has(w.AMUSEMENT, w.AMUSEMENT_WORDS) and len(m.text.split()) <= AMUSEMENT_WORDS_MAX and not m.has(w.WORK)
    return forecast or sport or rate or leisure or amused


def _asks_in_which_currency(m: Said) -> bool:  # «2000 риалов это сколько в тенге», "the pay in tenge"
    if w.I_PAY.search(m.text) or w.MADE_TO_PAY.search(m.text):  # "someone asks me 500 dollars, should I pay": a fee
        return False
    if w.SUM.search(m.text) and m.has(w.NEED):  # «сказали, надо 500 долларов за визу»: a sum to pay, a fee
        return False
    if w.IN_OUR_MONEY.search(m.joined) and w.SUM_TYPED.search(m.text) and is_question(m.text):
        return True  # «1500 риалов это сколько на наши деньги?»
    return m.has(w.CURRENCIES) and not m.has(w.FEE_VERBS) and (
        is_question(m.text) or m.names(w.PAID_WORDS) or m.names(frozenset({"bere", "beredi"}))
    )


def _asks_about_the_pay_paid(m: Said) -> bool:  # "is the salary paid in riyals", «сколько будет на руки»
    if w.PAY_PHRASES.search(m.joined) or w.TAKE_HOME.search(m.joined):  # «қолға қанша тиеді», "take home"
        return True
    return m.has(w.PAY, w.PAY_WORDS) and m.names(w.PAID_WORDS) and not m.has(w.FEES)


def _asks_for_a_cut_of_the_pay(m: Said) -> bool:  # «вы берёте процент с зарплаты?», "do you take a percentage"
    """A share of the pay taken for the job found: a fee, which recruitment under the agreement never charges."""
    if w.PAYS_YOU.search(m.text) and m.has(w.PAY, w.PAY_WORDS) and is_question(m.text):  # "do i pay you later from my salary"
        return True
    cut = m.has(w.PERCENT + w.DEDUCT)
    return cut and is_question(m.text) and (m.names(w.YOU_OR_THE_BOT) or bool(w.FOR_THE_JOB_FOUND.search(m.joined)))


def _asks_about_fees(m: Said) -> bool:  # «платить надо?», «тегін бе?», «за свой счёт?», «с меня возьмут?»
    if w.SUM.search(m.text) and m.has(w.NEED):  # «сказали, надо 500 долларов за визу»: a sum to pay
        return True
    return m.has(w.FEES, w.FEE_WORDS) or bool(
        w.OWN_EXPENSE.search(m.joined) or w.CHARGED.search(m.joined) or w.COSTS_THE_WORKER.search(m.joined)
    )


def _doubts_the_bot(m: Said) -> bool:  # «это развод?», «откуда вакансии?», «вы из министерства?»
    if m.names(w.YOU_KK) and m.has(w.MINISTRY):  # «sender ras ministrlikpisinder»: the ministry, in Latin letters
        return True
    if w.DISTRUST.search(m.joined):  # «не верю я вам», «сендерге сенбеймін»
        return True
    if w.REAL_ASKED.search(m.joined):  # «это реально или развод», «бұл шын ба», "real or fake"
        return True
    return m.has(w.TRUST) or bool(w.REAL_EN.search(m.joined)) or _whence(m.text, m.words) or _from_the_ministry(m.text, m.words)


def _was_called_in_the_ministrys_name(m: Said) -> bool:  # «мне звонили, сказали с министерства, это правда вы»
    """Someone who called or wrote in the ministry's name, doubted or asked to be the bot's: the answer on trust. How to
    call the ministry («как позвонить в министерство») is asked of the hotline."""
    if m.names(w.HOW) or m.has(("pozvonit", "zvonit", "napisat", "habarlasu")):
        return False
    doubted = m.names(w.DOUBTED) or bool(w.IS_IT_YOU.search(m.joined)) or _asks(m)
    return m.has(w.CONTACTED, w.CONTACTED_WORDS) and m.has(w.MINISTRY) and doubted


def _asks_if_it_is_the_states(m: Said) -> bool:  # «этот бот от государства?», "are you the government or an agency"
    """The bot asked to be the state's, the portal's or an agency's: whose it is, which the answer on trust tells."""
    asked = _asks(m) or m.has(w.TRULY)  # «bul bot ministrliktiki me»: the particle in Latin letters asks
    return asked and m.names(w.YOU_OR_THE_BOT) and m.has(w.THE_STATE + w.AGENCY + w.MIDDLEMAN)


def _asks_whose_bot_it_is(m: Said) -> bool:  # «кто вас создал?», «сені кім жасады?», "who made this bot"
    return bool(w.BOT_MAKER.search(m.joined)) and (m.names(w.BOT_OR_YOU) or "chei" in m.words)


def _asks_about_own_data(m: Said) -> bool:  # «мои данные в безопасности?», «откуда у вас мой номер?», «кто их видит?»
    """The worker's own data asked about (safe, seen by whom, passed on, why needed, where the number came from): what
    the bot keeps, who sees it and how it is erased, as the consent said."""
    if w.DATA_USED.search(m.joined):  # «что вы с моими данными делаете»
        return True
    if not m.has(w.PERSONAL_DATA):
        return False
    return m.has(w.SAFE) or m.names(w.WHENCE) or bool(w.GOT_MY_NUMBER.search(m.joined) or w.WHO_SEES.search(m.joined))


def _notices_in_a_language(m: Said) -> bool:  # «уведомления приходят на английском», "notifications come in english"
    """The bot's messages named with a language: the bot's language is changed (/language), not the alerts."""
    return m.has(w.NOTICES) and _names_a_language(m) and not m.has(w.NEED)


def _tunes_the_alerts(m: Said) -> bool:  # «хватит присылать», «раз в день», "stop", «тихие часы», «не интересно»
    if m.has(w.APPLICATION_NOUNS) and not m.has(w.ALERT_NOUNS):  # «өтінімді қалай тоқтатамын»: withdrawn, not muted
        return False
    enough = _names_a_language(m) or m.has(w.NEED + w.PAPER_NOUNS)  # «хватит русского?», «копии хватит»: it suffices
    if enough and not m.has(tuple(word for word in w.ALERTS if word != "hvatit"), w.ALERTS_WORDS):
        return bool(w.ALERTS_PHRASES.search(m.joined))
    if w.STOPS_SOMETHING_ELSE.search(m.joined) and not m.has(w.ALERTS):  # "will that stop me", "do they stop work"
        return bool(w.ALERTS_PHRASES.search(m.joined) or w.ALERTS_PHRASES_EN.search(m.text))
    return m.has(w.ALERTS, w.ALERTS_WORDS) or bool(
        w.ALERTS_PHRASES.search(m.joined) or w.ALERT_SETTINGS.search(m.joined) or w.ALERTS_PHRASES_EN.search(m.text)
    )


def _asks_why_it_was_sent(m: Said) -> bool:  # «почему ты мне написал», «маған неге жаздың», "why am I getting this"
    return bool(w.WHY_SENT.search(m.joined)) and w.NOBODY.isdisjoint(m.words) and m.names(w.TO_ME_OR_YOU)


def _was_refused(m: Said) -> bool:  # «почему отказали?», «маған неге бас тартты», "why they reject me"
    return bool(w.REFUSED.search(m.joined))


def _asks_what_follows_a_step(m: Said) -> bool:  # «медкомиссию прошёл, что дальше?», «өттім, әрі қарай?»
    return m.has(w.PASSED, w.PASSED_WORDS) and m.names(w.FURTHER)


def _asks_when_a_step_comes(m: Said) -> bool:  # «медкомиссиядан өттім, виза қашан?», «өтінімім тексерілді ме»
    """When a step comes or whether the check is done, asked beside the medical check or the check itself:
    the application's steps, not the papers, unless papers are named («какие документы на визу и когда?»).
    An offer of work received («оффер келді, не істеймін?», "got an offer") is such a step too."""
    if m.has(w.PAPER_NOUNS) and not w.PAPERS_HANDED_IN.search(m.joined):  # «документы давно сдал, когда вылет?»
        return False
    if w.OFFER_RECEIVED.search(m.joined):
        return True
    when = not w.WHEN_PROPER.isdisjoint(m.words)
    checked = m.has(w.CHECKED)
    return (m.has(w.WAITED_STEPS) and (when or checked)) or (checked and when)


def _waits_for_a_step(m: Said) -> bool:  # «виза так и не пришла», «визаны үш апта күтіп жүрмін», "still no visa"
    """A step told as not come yet, however long: the application's, not the contract's terms its words may name."""
    if m.has(w.PAPER_NOUNS) and not w.PAPERS_HANDED_IN.search(m.joined):  # «жду визу, какие документы взять?»
        return False
    return m.has(w.WAITED_STEPS) and bool(w.NOT_COME_YET.search(m.joined))


def _asks_for_news(m: Said) -> bool:  # «есть новости по моей анкете?», "any news?", «жаңалық бар ма»
    """News asked for: of the application, even when the worker calls it the form («анкета»)."""
    return bool(w.NEWS.search(m.joined)) and _asks(m)


def _asks_about_papers(m: Said) -> bool:  # «какие документы нужны для визы?», "what should I bring"
    if m.has(w.DOCUMENTS, w.DOCUMENTS_WORDS) or bool(w.BRING.search(m.joined) or w.MEDICAL_CHECK.search(m.joined)):
        return True
    if w.RECORD_TYPED.search(m.text):  # "got a DUI", "I have a record": a conviction, as «судимость» is
        return True
    if m.has(w.LABOUR_BOOK) and not m.has(w.EXPERIENCE):  # «опыт без трудовой книжки считается?» asks the experience
        return True
    return _translates_a_paper(m) or _asks_for_photos(m)


def _translates_a_paper(m: Said) -> bool:  # «перевод нотариально заверять?», "does the translation have to be notarised"
    """A translation or its certifying asked about with no paper named: the papers' topic. A money transfer («перевод
    денег») is no translation."""
    translating = any((word.startswith(w.TRANSLATING) and not word.startswith(w.NOT_CERTIFYING)) or word in w.TRANSLATING_WORDS
                      for word in m.words)
    return translating and not m.has(w.MONEY[:3] + w.PAY + ("transfer", "karta", "kaspi"))  # «зарплату когда переводить»


def _asks_for_photos(m: Said) -> bool:  # «фотки какого размера на визу», «суретке қалай түсу керек», "what size photos"
    """Photos asked with their size, background or what they are for: a paper to bring, not a step of the visa."""
    return bool(w.PHOTO.search(m.joined)) and m.has(w.PHOTO_FOR_PAPERS)


def _asks_who_pays_for_papers(m: Said) -> bool:  # «кто оплачивает перевод и апостиль?», «визу кто оплачивает?»
    """Whose expense the papers, their translation or certifying, or the visa are: the fees' answer, as for the medical
    check. A ticket named beside them is the contract's to pay (the rights)."""
    papers = m.has(w.DOCUMENTS + ("viz", "visa"), w.DOCUMENTS_WORDS) or _translates_a_paper(m)
    return bool(w.WHOSE_EXPENSE.search(m.joined)) and papers and not m.has(w.TICKET)


def _changes_phone(m: Said) -> bool:  # «как поменять номер телефона», «у меня новый номер»
    return _changes_the_phone(m.words)


def _changes_the_profile(m: Said) -> bool:  # «сменить язык»; «поменять работодателя» is for the hotline
    # "status hasn't changed" waits on an application
    return m.has(w.PROFILE) and not m.names(w.MIND) and not m.has(w.EMPLOYER + w.APPLICATION_NOUNS + ("status",))


def _updates_the_profile(m: Said) -> bool:  # "update my expected salary"; "any update on my visa?" is not
    return _both(m.words, ("updat",), w.FIELDS + w.PAY + w.PROFILE_NOUNS)


def _corrects_the_profile(m: Said) -> bool:  # «в имени ошибка», "I speak Arabic", «новый номер»
    speaks = _speaks_a_language(m.words) and not (m.has(w.VACANCIES) and _asks(m))  # «ағылшынша білемін, даяшыға жұмыс бар ма?»
    return _both(m.words, w.FIELDS, w.WRONG) or speaks or (m.names(w.NEW) and m.has(w.FIELDS))


def _young_relative_without_experience(m: Said) -> bool:  # «племяннику 20 лет, опыта нет, его возьмут?»
    """A relative of working age (18 to 45) told to have no experience: the experience is what is asked, as «опыта нет,
    возьмут?» is; the worker's own age beside it ("I'm 20 with no experience") or an age at the edges asks the age."""
    ages = [int(age) for age in re.findall(r"(?<!\d)(\d{1,2})(?!\d)", m.text)]
    taken = m.has(w.TAKEN_ON) or bool(w.TAKEN_ON_PHRASES.search(m.joined))  # not «…, что есть в Дохе?», a search
    return taken and bool(ages) and all(18 <= age <= 45 for age in ages) and bool(w.NO_EXPERIENCE.search(m.joined)) and (
        m.names(w.RELATIVES) or m.has(w.RELATIVE_STEMS))


def _asks_about_age(m: Said) -> bool:  # «до скольки лет берут?», «мне 52 года, возьмут?», "am I too old"
    if _young_relative_without_experience(m):
        return False
    if w.HOW_MANY_YEARS.search(m.joined) and not m.has(w.NOT_AGE_YEARS + w.REQUIREMENTS):
        return True  # «сколько лет надо, чтобы поехать»
    if w.AGE_OVER.search(m.text):  # «после 50 лет берут?», "do they take people over 50"
        return True
    if w.AGE_TURNING.search(m.text) or w.TOO_OLD.search(m.text):  # "i turn 18 next month", "is 45 too old"
        return True
    stated = bool(w.STATED_AGE.search(m.text)) or m.has(w.AGE_TOLD)  # «мне 52 года», «елу жастамын»
    return _names_age(m) or (
        stated and is_question(m.text) and len(m.text.split()) <= w.STATED_AGE_MAX_WORDS
        and not m.has(w.WORK_OR_QATAR)
    )


def _fears_the_age_bars(m: Said) -> bool:  # "will they turn me down because of my age", «жасыма қарап алмай ма»
    return bool(w.AGE_AS_A_BAR.search(m.joined))


def _asks_what_a_vacancy_needs(m: Said) -> bool:  # «опыт нужен?», "do I need to speak Arabic"
    if w.WORK_NOUN.search(m.joined) and w.WITHOUT_LANGUAGE.search(m.joined):  # «работа для сварщика без английского есть?»: a search
        return False
    if m.names(w.NOT_SPEAKING) and _both(m.words, w.LANGUAGE_NAMES, w.SPEAKING):  # "I don't speak Arabic"
        return True
    told = _states_own_experience(m.words) or bool(w.STATED_EXPERIENCE.search(m.text))  # «стаж 12 лет»
    if told and m.has(w.TAKEN_ON):  # «возьмут, если опыта год всего?»: whether the experience told is enough
        return True
    return (m.has(w.REQUIREMENTS, w.REQUIREMENTS_WORDS) and not told) or _both(
        m.words, w.LANGUAGE_NAMES, w.NEED
    )


def _asks_if_own_languages_do(m: Said) -> bool:  # "i only speak kazakh and russian, is that enough", «только русский, хватит?»
    """The languages one speaks told as all one has, or asked whether they are enough: what a vacancy needs, neither a
    language to add to the profile nor someone to speak to. "Kazakh" here is the language, as it is not in "the Kazakh
    embassy"."""
    if not m.has(w.LANGUAGE_NAMES + ("kazah",)):
        return False
    if m.has(w.HELPS):  # "i know a few words of arabic, will it help": whether it is enough, asked
        return True
    return m.has(w.ENOUGH) or (m.names(w.ONLY) and (m.has(w.SPEAKING) or is_question(m.text)))


def _asks_what_they_get(m: Said) -> bool:  # «жүргізушілер Қатарда қанша алады»: how much a trade gets, the pay
    return bool(w.HOW_MUCH_THEY_GET.search(m.joined)) and not m.has(w.MONEY + w.FEES)


def _asks_about_pay(m: Said) -> bool:  # «зарплата какая?», «жалақысы қанша», "what is the salary"
    return m.has(w.PAY, w.PAY_WORDS)


def _asks_about_terms(m: Said) -> bool:  # «какой график?», «выходные есть?», «контракт на сколько лет?»
    return _about_terms(m.text, m.words)


def _asks_about_abroad(m: Said) -> bool:  # «есть работа в Европе?», «басқа елдерге», "jobs in Dubai"
    return m.has(w.ABROAD, w.ABROAD_WORDS) or _both(m.words, w.OTHER, w.COUNTRY)


def _asks_what_the_bot_can_do(m: Said) -> bool:  # «чем ты можешь помочь?», "what can this thing do"
    """A word of what, then of being able or helping, with only the bot or the worker beside them: what the bot does.
    "what can I do" asks what the worker may do, which is no question about the bot."""
    words = [word for word in m.core if word not in w.HELP_FILLERS | w.THE_BOT_OR_ME]
    if len(words) < 2 or words[0] not in w.WHAT_OF_THE_BOT or w.SPEAKER_I.search(m.text):
        return False
    return all(word.startswith(w.CAN_OR_HELP) for word in words[1:])


def _asks_what_the_bot_is_for(m: Said) -> bool:  # «для чего этот бот?», «бұл бот не үшін керек», "what is this bot for"
    return (m.has(("bot",)) and bool(w.WHAT_FOR.search(m.joined))) or bool(w.WHAT_FOR_TYPED.search(m.text))


def _asks_how_the_bot_works(m: Said) -> bool:  # «как тут работать», "how does this work"
    return m.names(w.HOW) and m.names(w.HERE) and m.has(w.WORKS) and not m.has(w.JOBS_OR_QATAR)


def _says_ok_and_waits(m: Said) -> bool:  # «ок, жду», «жарайды, күтемін», "ok understood, will wait", «хорошо, жду звонка»
    """An "ok" with a wait told and nothing else («түсіндім, хабарларыңызды күтемін», "ok, waiting for the call")."""
    waiting = w.WAITING | w.OK_WAITING_MORE
    told = w.OK | w.OK_COMPANIONS | waiting | w.WAITED_FOR_WORDS | w.WHOSE_NEWS
    return all(word in told or word.startswith(w.WAITED_NEWS) for word in m.core) and not (
        w.OK.isdisjoint(m.core) or waiting.isdisjoint(m.core)
    )


def _asks_whom_to_talk_to(m: Said) -> bool:  # «с кем поговорить по моей заявке», "who can I talk to"
    return bool(w.WHOM_TO_TALK_TO.search(m.joined))


def _asks_how_to_pick(m: Said) -> bool:  # «вакансияны қалай таңдаймын», «қай батырманы басу керек», "how do I pick one"
    if _trouble(m.text, m.words):  # «кнопки не нажимаются»: trouble with the bot
        return False
    return (m.has(w.CHOOSE) and m.has(w.VACANCIES + w.BUTTON)) or (m.has(w.BUTTON) and m.has(w.PRESS))


def _asks_about_the_application(m: Said) -> bool:  # «когда виза?», «что дальше?», «как устроиться на работу»
    if _seeks_work_after_the_visa(m):
        return False
    if m.has(w.THANKS) and w.THANKS_FOR_THE_ANSWER.search(m.joined) and not is_question(m.text):
        return False  # «спасибо за ответ, разобрался»: the bot's answer thanked, none awaited
    return m.has(w.APPLICATION + w.CHANGE_OF_MIND + w.PROCESS, w.APPLICATION_WORDS | w.PROCESS_WORDS) or (
        _called(m.words) or _next_step(m.text, m.words) or bool(w.NO_ANSWER.search(m.joined))  # «хабар бермей жатыр»
        or bool(w.HOW_LONG_TO_WAIT.search(m.joined))  # «сколько ждать?»
        or bool(w.SELECTED.search(m.joined))  # «меня уже отобрали или ещё нет?»
        or bool(w.NOT_GOING.search(m.joined))  # «не хочу уже ехать», "i don't want to go anymore"
        or (m.has(w.TICKET) and not w.WHEN_PROPER.isdisjoint(m.words))  # «ұшақ қашан?»: the flight, a step
    ) or (
        (m.names(w.HOW) or bool(w.BEGIN.search(m.joined))) and m.has(w.WORK_OR_QATAR) and not m.has(w.EMBASSY)
    )  # «Қатардағы елшілігіне қалай жетемін» asks the way to the embassy, which the rights give


def _erases_the_data(m: Said) -> bool:  # «удалить профиль», «деректерімді өшіріңіз», "delete my data"
    return m.has(w.DELETE, w.DELETE_WORDS)


def _names_the_profile(m: Said) -> bool:  # «профиль», «моя анкета», «тіркелу»
    return m.has(w.PROFILE_NOUNS)


def _asks_for_the_embassy(m: Said) -> bool:  # «елшіліктің телефоны»: its contacts come with the rights
    return m.has(w.EMBASSY)


def _signs_off(m: Said) -> bool:  # «всего доброго вам, до связи», "ok bye, talk later"
    return all(word in w.BYE | w.OK | w.OK_COMPANIONS | w.KEEP_IN_TOUCH for word in m.core) and not (
        w.BYE.isdisjoint(m.core) or w.KEEP_IN_TOUCH.isdisjoint(m.core)
    )


def _asks_for_a_person(m: Said) -> bool:  # «дайте оператора», «горячая линия», «где офис?», «позовите менеджера»
    if w.HOTLINE_KK.search(m.joined):  # «ыстық желінің нөмірі»
        return True
    return m.has(w.HUMAN + w.ADDRESS, w.HUMAN_WORDS) or (is_question(m.text) and m.has(w.OFFICE)) or (
        m.has(w.MANAGER) and asks_only_for_a_person(m.text)
    )


def _asks_about_rights(m: Said) -> bool:  # «жильё дают?», «отпуск есть?», "medical insurance"
    return m.has(w.RIGHTS, w.RIGHTS_WORDS) or bool(w.LIVING.search(m.joined))


def _names_only_a_ticket(m: Said) -> bool:  # «билеты?», «ясно, а билет?», "and the flight tickets?": who pays for them
    return m.has(w.TICKET) and all(word.startswith(w.TICKET) or word in w.TICKET_ASKED_AROUND for word in m.core)


def _leaves_early(m: Said) -> bool:  # «а если уехать раньше контракта»: the ticket home and final wages
    if w.EARLY_PHRASES.search(m.joined) or w.BEFORE_THE_END.search(m.joined):  # «раньше срока», «до конца контракта»
        return True
    return m.has(w.EARLY) and m.has(w.CONTRACT + w.HOME)


def _asks_where_the_job_is(m: Said) -> bool:  # «спасибо, а где эта работа находится?»: its card names the town
    if not m.has(w.VACANCIES):
        return False
    return bool(w.LOCATED.search(m.joined)) or (bool(w.WHERE.search(m.joined)) and m.names(w.THIS))


def _applies_to_one_of_them(m: Said) -> bool:  # «как подать на вторую вакансию», "apply to the first one"
    picked = any(word.startswith(w.ORDINALS) for word in m.words) or bool(w.ONE_OF_THE_LIST.search(m.joined))
    return picked and m.has(w.APPLY) and not m.has(w.APPLIED) and not w.APPLIED_KK.search(m.joined)


def _goes_with_a_friend(m: Said) -> bool:  # «можно вместе с братом?», "me and my cousin want to go together"
    return m.has(w.FRIEND) and m.has(w.ALONG, w.ALONG_WORDS)


def _thanks_for_the_help(m: Said) -> bool:  # «спасибо, вы очень помогли»: thanks, not a plea
    return _thanks_for_help(m.text, m.words)


def _asks_what_the_bot_is(m: Said) -> bool:  # «ты робот?», «атың кім», "are you a bot", "what's your name"
    return bool(w.BOT_IDENTITY.search(m.joined)) and not m.has(w.INSULTS, w.INSULT_WORDS)  # «ты тупой бот» asks nothing


def _pleads_for_help(m: Said) -> bool:  # «помогите», «меню», «кто ты?», «не істеу керек»
    return m.has(w.HELP, w.HELP_WORDS) or _help_phrase(m.core)


def _asks_what_it_means(m: Said) -> bool:  # «а это что значит?», «бұл не деген сөз?», "sorry what?"
    return " ".join(word for word in m.words if word not in w.REPLY_FILLERS) in w.WHAT_IT_MEANS  # «значит» is no filler here


def _has_trouble_with_the_bot(m: Said) -> bool:  # «бот не работает», «ничего не понятно», «қате»
    return _trouble(m.text, m.words)


def _thanks(m: Said) -> bool:  # «спасибо», «рахмет», "ty"; «заранее спасибо» closing a question is not
    if all(word in w.THANKS_ALONE for word in m.core) or w.GOD_BLESS.search(m.joined):
        return True
    return m.has(w.THANKS) and not _thanks_in_advance(m.text, m.words)


def _says_ok(m: Said) -> bool:  # «ок», «ага, ясно», «түсіндім», "got it", and nothing else
    return all(word in w.OK | w.OK_COMPANIONS for word in m.core) and not w.OK.isdisjoint(m.core)


def _says_no(m: Said) -> bool:  # «нет», «жоқ», "nope", «неа, больше ничего», and nothing else
    return not is_question(m.text) and not w.NO_ALONE.isdisjoint(m.core) and all(
        word in w.NO_ALONE | w.NO_COMPANIONS for word in m.core
    )


def _greets(m: Said) -> bool:  # «сәлеметсіз бе», «добрый вечер, подскажите», "hi there", and nothing else
    """Greeting words alone, or with a word that goes with them («здравствуйте ещё раз», «қайырлы таң баршаңызға»)."""
    return all(word in w.GREETINGS | w.GREETING_COMPANIONS for word in m.core) and not w.GREETINGS.isdisjoint(m.core)


def _says_goodbye(m: Said) -> bool:  # «ну ладно давай пока», «сау болыңыз», "take care, bye", and nothing else
    return all(word in w.BYE | w.OK | w.OK_COMPANIONS | w.BYE_COMPANIONS for word in m.core) and not w.BYE.isdisjoint(m.core)


def _asks_about_the_bot(m: Said) -> bool:  # «как пользоваться ботом?»: what it does and how
    if m.has(w.INSULTS + w.BOT_SCOLDED, w.INSULT_WORDS):  # "this bot is useless", "garbage"
        return False
    return is_question(m.text) and m.has(w.THE_BOT) and not _greets_and_asks_how(m)  # «здорово бот, как дела»


def _asks_something_else(m: Said) -> bool:  # a question word or a question mark: for the hotline
    if w.BOT_MISUNDERSTANDS.search(m.joined):  # «тағы түсінбедің бе?»: anger at the bot, nothing asked of the hotline
        return False
    if w.MOCKING.search(m.joined):  # «ты вообще нормальный?»: the bot mocked, nothing asked of the hotline
        return False
    return is_question(m.text) and not m.has(w.INSULTS, w.INSULT_WORDS)  # "you are stupid" asks nothing


def _changes_employer(m: Said) -> bool:  # «можно перейти в другую компанию?», "can I switch employer"
    if w.WORK_CHANGED.search(m.joined):  # «работодатель поменял должность»: the employer changed the work, a complaint
        return False
    if m.has(w.SWITCH) and m.names(frozenset({"noc"})):  # «жұмыс берушіні ауыстырғым келеді, NOC деген не»
        return True
    if not is_question(m.text) or not m.has(w.SWITCH) or m.has(w.PROFILE_NOUNS):
        return False  # «как поменять профессию в анкете» changes the profile
    return m.has(w.EMPLOYER + w.COMPANY) or (m.has(w.JOB_NOUNS) and m.has(w.HERE_IN_QATAR))  # "my job here in doha"


def _goes_home_for_a_while(m: Said) -> bool:  # «мне надо домой на неделю, отпустят?», "can I go home for a week"
    home = m.has(w.HOME + ("elge",)) and m.has(w.TRIP)
    return is_question(m.text) and home and bool(w.SHORT_TIME.search(m.joined))


def _goes_home_to_an_ill_relative(m: Said) -> bool:  # «анам ауырып қалса, үйге қайтуға бола ма», "mom is sick, can i go home"
    """Home asked for because a relative fell ill: leave out of turn, which the hotline and the employer settle."""
    return bool(w.ILL_RELATIVE.search(m.joined)) and m.has(w.HOME + ("elge", "kait", "domoi")) and _asks(m)


def _asks_about_the_employer(m: Said) -> bool:  # «работодатель надёжный?», «компания жақсы ма», "any reviews?"
    if w.STEP_NAMES.search(m.joined):  # "what is employer review": a step of the application
        return False
    return is_question(m.text) and m.has(w.EMPLOYER + w.COMPANY) and m.has(w.RELIABLE, w.RELIABLE_WORDS)


def _asks_if_it_is_ours(m: Said) -> bool:  # «переслали объявление, это от вас?», "saw a page, are they with you?"
    seen = m.has(w.ELSEWHERE) or bool(w.FORWARDED_KK.search(m.joined))
    asked = is_question(m.text) or m.words[-1] in w.PARTICLES  # «канал сендер ме» typed in Latin letters
    return seen and bool(w.FROM_YOU.search(m.joined)) and asked


def _renews_or_stays(m: Said) -> bool:  # «как продлить контракт», «после контракта остаться в Катаре», "renew"
    return (m.has(w.RENEW) and m.has(w.CONTRACT)) or (bool(w.CONTRACT_END.search(m.joined)) and m.has(w.STAY))


def _asks_what_is_due_at_the_end(m: Said) -> bool:  # «выходное пособие», «келісімшарт біткенде төлем», "gratuity"
    if w.END_OF_SERVICE.search(m.joined) or (m.has(w.LEAVING + ("keterde",)) and m.has(w.DUE)):
        return True
    if w.AT_THE_END.search(m.joined) and m.has(("deng", "aksha", "monei", "viplat", "tolem", "bonus")) and _asks(m):
        return True  # «после контракта деньги в конце дают или нет»
    ends = bool(w.CONTRACT_END.search(m.joined))
    return ends and (m.has(w.DUE + w.HOME + w.TICKET + ("vernut", "kait", "return")) or bool(w.FARE.search(m.joined)))


def _asks_what_the_pay_includes(m: Said) -> bool:  # «в зарплату входит жильё?», "is 1800 with food or without"
    pay = m.has(w.PAY, w.PAY_WORDS) or m.has(w.CURRENCIES)
    return pay and m.has(w.HOUSING_OR_FOOD) and bool(w.PAY_INCLUDES.search(m.joined))


def _asks_about_the_leave_ticket(m: Said) -> bool:  # «отпуск с билетом?», «демалысқа билет бере ме»
    return m.has(w.TICKET) and (m.has(w.LEAVE) or "leave" in m.words)


def _asks_about_the_id_card(m: Said) -> bool:  # «как получить айди карту», "what is a QID", «резидент карта»
    if w.OWN_EXPENSE.search(m.joined) or w.MADE_TO_PAY.search(m.text):  # «QID за свой счёт?»: a fee asked
        return False
    return bool(w.ID_CARD.search(m.joined) or w.QID.search(m.text))


def _exchanges_a_licence(m: Said) -> bool:  # «перевести права на катарские», "convert my licence to a Qatari one"
    return m.has(w.LICENCE) and m.has(w.EXCHANGE) and m.has(w.QATARI)


def _asks_if_the_passport_may_be_kept(m: Said) -> bool:  # «может работодатель держать паспорт?»
    return is_question(m.text) and m.has(w.PASSPORT) and m.has(w.KEEP) and m.has(w.MAY)


def _signs_up_someone_else(m: Said) -> bool:  # «мой друг хочет, как ему зарегистрироваться», "how does he sign up"
    return m.has(w.FRIEND) and (m.has(w.REGISTERS) or bool(w.SIGN_UP.search(m.joined)))


def _greets_to_ask(m: Said) -> bool:  # «здравствуйте, можно вопрос?», «сәлем, сұрақ қойсам бола ма», "hi, can I ask"
    return (
        all(word in w.GREETINGS | w.MAY_I_ASK for word in m.core)
        and not w.GREETINGS.isdisjoint(m.core) and not w.ASKS_LEAVE.isdisjoint(m.core)
    )


def _greets_at_an_odd_hour(m: Said) -> bool:  # «доброй ночи, извините, что поздно пишу», "sorry for writing so late"
    """A greeting that excuses the hour, with nothing asked: still a greeting; «доброй ночи», «қайырлы түн» beside the
    excuse open the talk rather than close it."""
    rest = w.ODD_HOUR.sub(" ", m.joined).split()
    if len(rest) == len(m.words):
        return False
    rest = [word for word in rest if word not in w.FILLERS | w.NEWCOMER and word not in ("chto", "for", "so")]
    return all(word in w.GREETINGS | w.NIGHT_WISHES for word in rest)


def _asks_if_awake(m: Said) -> bool:  # «не спите?», «ұйықтамайсыз ба», "hey, you awake?": calling out
    rest = " ".join(word for word in m.core if word not in w.GREETINGS - {"ti"})
    return rest in w.AWAKE


def _greets_from_home(m: Said) -> bool:  # «привет, я тут новенький», "good morning from almaty!", «сәлем, Шымкенттен»
    """A greeting with who greets and where from, and nothing asked."""
    greeted = any(word in w.GREETINGS and word not in w.NEWCOMER for word in m.core)
    return greeted and all(
        word in w.GREETINGS | w.NEWCOMER or word.startswith(w.HOME_TOWNS) for word in m.core
    ) and not is_question(m.text)


def _names_a_health_condition(m: Said) -> bool:  # «қант диабетім бар», "I'm in a wheelchair": the hotline's
    """A disease or disability named, whatever is asked of it: only the medical commission can tell whether
    it lets a worker go, so the answer is the hotline's, not the list of papers a vacancy asks for. A
    certificate of health asked for is a paper («справку о здоровье где брать»)."""
    condition = m.has(w.HEALTH, w.HEALTH_WORDS) or bool(w.HEALTH_PHRASES.search(m.joined))
    return condition and not (m.has(w.DOCUMENTS) and not w.MEDICAL_CHECK_NAMED.search(m.joined))


def _nobody_answers(m: Said) -> bool:  # «почему никто не отвечает», «ответьте кто-нибудь», "answer me!!!"
    unanswered = w.NOBODY_ANSWERS.search(m.joined) or w.ANYONE_ANSWER.search(m.joined)
    return bool(unanswered) and not m.has(w.APPLY + ("viz", "visa", "zaiavk", "status"))


def _asks_for_a_second_contract(m: Said) -> bool:  # «екінші контрактқа сол фирмаға бола ма», "a second contract"
    return bool(w.SECOND_CONTRACT.search(m.joined))


def _states_age_to_be_taken(m: Said) -> bool:  # «мне 64, шанс есть?», "I am 62, retired, any chance?"
    """An age told with a word of being taken, of a chance or of being late, or old age named beside such a
    word: how old a worker may be is asked, however the message runs on («мне 50, жена 48, вдвоём можно
    поехать?»). An age beside vacancies asked for («мне 35, я водитель, есть вакансии?») introduces a search."""
    taken = m.has(w.TAKEN_ON) or bool(w.TAKEN_ON_PHRASES.search(m.joined))
    if len(m.text.split()) > 14 or (m.has(w.VACANCIES) and not taken):
        return False
    worried = m.has(("vozmut", "voz'mut", "pozdn", "shans", "chanc", "limit", "vozrast", "old", *w.OLD), w.OLD_WORDS)
    ages = [int(age) for age in re.findall(r"(?<!\d)(\d{1,2})(?!\d)", m.text)]
    in_the_working_years = bool(ages) and all(21 <= age <= 45 for age in ages)
    for_someone = _asks_work_for_someone(m) or (m.names(w.TELLS_WHOSE_TRADE) and bool(w.CAN_THEY_GO.search(m.joined)))
    if _young_relative_without_experience(m):
        return False
    if in_the_working_years and for_someone and not worried:
        return False  # «брату 35 лет, он электрик, есть для него что-нибудь?», "my son is 30, a welder, can he go to qatar":
        # his trade searched; an age at the edges («отцу 60»), or «возьмут?», asks the age
    if m.has(w.CONTRACT) and not w.STATED_AGE.search(m.text):  # "contract is 1 year or 2?": the contract's years
        return False
    if m.names(w.CHILDREN) and _brings_the_family(m):  # «сыну 3 года, когда можно перевезти семью»: a child's age
        return False
    stated = bool(w.STATED_AGE.search(m.text) or w.AGE_TYPED.search(m.text))
    old = m.has(w.OLD, w.OLD_WORDS)
    return (stated and (taken or old or is_question(m.text))) or (old and taken)


def _asks_for_any_work(m: Said) -> bool:  # «очень нужна работа, любая», "please I need a job, I have kids"
    """Any work asked for in need, or anything at all asked for: the worker's own list answers it, not the help.
    «Любая работа» alone asks for every vacancy, which the search lists.
    The employer («работодатель», «жұмыс беруші») is no work asked for; a question of fees, papers, an
    application, a country or what a vacancy needs keeps its own answer ("do I need to pay anything?")."""
    if len(m.text.split()) > 14 or _has_a_topic_of_its_own(m) or m.has(w.ABLE):  # «ты что-нибудь умеешь?»
        return False
    work = m.has(w.WORK)
    anything = m.names(w.ANY_WORK) or bool(w.ANY_WORK_PHRASES.search(m.joined))
    need = m.has(w.IN_NEED, w.IN_NEED_WORDS) or bool(w.IN_NEED_PHRASES.search(m.joined))
    if need:
        return work or anything
    if anything and m.has(w.HELP):  # «кез келген жұмыс, көмектесіңіз»: a plea, not every vacancy browsed
        return True
    return anything and not work and is_question(m.text)  # «есть хоть что-то?»


def _asks_if_there_is_work(m: Said) -> bool:  # «сәлеметсіздер ме, жұмыс бар ма», "got any work for me?": the list
    """Work asked after, with nothing else but a greeting or «for me»: the worker's own list."""
    if len(m.text.split()) > 8 or not is_question(m.text) or _has_a_topic_of_its_own(m) or _trouble(m.text, m.words):
        return False
    around = w.GREETINGS | w.WORK_ASKED_AROUND
    return m.has(w.WORK) and all(word.startswith(w.WORK) or word in around for word in m.core)


def _asks_for_work(m: Said) -> bool:  # «жұмыс керек», "I need a job": the list, after every other topic
    """Work asked for with no town: one named («басқа жұмыс керек, Дохада») makes it a search of that town."""
    short = len(m.text.split()) <= 14
    asked = short and m.has(w.WORK) and m.has(w.NEED_WORK, w.NEED_WORK_WORDS) and not _has_a_topic_of_its_own(m)
    return asked and split_town(m.text)[0] is None


def _has_a_topic_of_its_own(m: Said) -> bool:
    """Words of a topic that a plea for work may hold and that has its own answer."""
    return (
        m.has(w.EMPLOYER) or "rabotodat" in m.joined or m.has(w.ALERTS, w.ALERTS_WORDS) or _names_age(m)
        or m.has(tuple(fee for fee in w.FEES if not fee.startswith("den")), w.FEE_WORDS)  # «без денег» is need
        or m.has(w.PAY, w.PAY_WORDS) or m.has(w.APPLICATION) or m.has(w.ABROAD, w.ABROAD_WORDS)
        or m.has(w.APPLY + w.APPLICATION_NOUNS) or m.has(w.REQUIREMENTS, w.REQUIREMENTS_WORDS)
        or m.has(w.LANGUAGE_NAMES) or m.has(w.DOCUMENTS, w.DOCUMENTS_WORDS) or m.has(w.TRUST)
        or bool(w.COSTS_THE_WORKER.search(m.joined))  # "will it cost me anything to go": a fee asked, no work
    )


def _wants_to_go_again(m: Said) -> bool:  # «вернулся из Катара, хочу снова», "came back, want to go again"
    if len(m.text.split()) > 14:  # a story told at length is read by the rules of LONG_TOPICS
        return False
    back = bool(w.BACK_HOME.search(m.joined))
    again = bool(w.AGAIN.search(m.joined))
    if back and m.has(w.VACANCIES) and m.names(w.MORE_OF_THEM) and not m.has(w.APPLY):  # «вернулся, есть ещё вакансии?»
        return True
    return (back or again) and (back and again or m.has(w.VACANCIES)) and m.has(w.GOING) and not m.has(w.APPLY)


def _misses_a_vacancy(m: Said) -> bool:  # «вакансия исчезла», "the vacancy I saw yesterday is gone", «так мало»
    if m.has(w.APPLICATION):
        return False
    gone = m.has(w.VACANCIES) and bool(w.VANISHED.search(m.joined))
    too_few = bool(w.TOO_FEW.search(m.joined)) and any(noun in m.joined for noun in w.VACANCY_NOUNS)
    return gone or too_few


def _misses_the_alerts(m: Said) -> bool:  # «бір апта вакансия келмеді», "how often do new vacancies come"
    return bool(w.ALERTS_NOT_COMING.search(m.joined))


def _asks_for_a_loan(m: Said) -> bool:  # «займите денег до зарплаты», «қарызға ақша беріңіз», "lend me money"
    """Money asked of the bot itself, as a loan or a transfer: neither the bot nor the ministry gives any, so the
    bot says what it does. Money asked of the worker is a fee or a fraud, read by their own rules."""
    if w.HELD_IN_QATAR.search(m.joined):  # «не выпускают, отработай долг за визу»: a debt the employer claims
        return False
    return bool(w.MONEY_TO_ME.search(m.joined)) or (bool(w.LOAN.search(m.joined)) and not m.has(w.ASKED))


def _asks_to_be_called(m: Said) -> bool:  # «перезвоните мне», «маған қоңырау шалыңызшы», "call me"
    """A call asked of the bot: the ministry's people answer on the hotline, not in this chat."""
    return bool(w.CALL_ME.search(m.joined))


def _asks_to_pass_on_the_cv(m: Said) -> bool:  # «отправьте моё резюме работодателю», "forward my CV to the company"
    """The CV or the profile asked to be sent to an employer: the worker applies, and the application carries the
    profile, so the steps of an application answer it."""
    if not m.has(w.PASS_ON):
        return False  # the profile passed on only to an employer named: «отправить фото в профиль» changes it
    return m.has(w.CV, w.CV_WORDS) or (m.has(w.PROFILE_NOUNS) and m.has(w.TO_AN_EMPLOYER))


def _failed_the_medical(m: Said) -> bool:  # «не прошёл медкомиссию», "failed the medical", «медкомиссиядан өтпей қалдым»
    """The medical check failed, something found at it, or it expired and is asked to be done again: what follows
    is for the medical commission and the ministry, so the hotline's, not the papers' list."""
    named = bool(w.MEDICAL_CHECK_NAMED.search(m.joined)) or m.has(("medkomis",))
    return named and bool(w.MEDICAL_FAILED.search(m.joined) or w.FOUND_AT_THE_CHECK.search(m.joined))


def _asks_for_a_ticket_bought(m: Said) -> bool:  # «купите мне билет до Дохи», «билет алып беріңізші», "book me a flight"
    """A ticket asked to be bought or booked: the employer pays the flight under the contract, as the rights say."""
    return m.has(w.TICKET) and bool(w.BUY_A_TICKET.search(m.joined))


def _waits_after_applying(m: Said) -> bool:  # «подал заявку две недели назад … когда уже будет ответ»
    """An application told as made, with when it is answered asked or no word of it yet: the application's, however long
    the story around it («я Нурлан из Кызылорды, подал на сварщика…»)."""
    applied = m.has(w.APPLIED) or bool(w.APPLIED_KK.search(m.joined) or w.APPLIED_TOLD.search(m.joined))
    waiting = not w.WHEN_PROPER.isdisjoint(m.words) or bool(
        w.NOT_COME_YET.search(m.joined) or w.NO_ANSWER.search(m.joined) or w.NOTHING_YET.search(m.joined)
        or w.NEWS.search(m.joined) or w.WORD_OF_IT_WISHED.search(m.joined)  # "any news for him", «и тишина»
        or w.HOW_LONG_TO_WAIT.search(m.joined) or w.HOW_LONG_IT_TAKES.search(m.joined)  # "how long does it all take"
    ) or _called(m.words)
    return applied and waiting


def _asks_about_the_leave(m: Said) -> bool:  # «…а он говорит, что отпуск только через два года, это правда?»
    """The annual leave home asked after in a story: a right of the standard contract, with its ticket."""
    return m.has(w.LEAVE) and _asks(m)


def _asks_for_an_advance(m: Said) -> bool:  # «аванс перед вылетом дают?», "can i get an advance on my salary"
    """A salary advance asked for: the hotline's, not a fee, unless someone wants money paid in advance."""
    return bool(w.ADVANCE.search(m.joined)) and not w.IN_ADVANCE_PAID.search(m.joined) and not m.has(w.ASKED)


def _keeps_in_touch_with_home(m: Said) -> bool:  # «как звонить домой, вотсап работает?», «отбасыммен қалай сөйлесемін»
    """Calling home or the messengers there asked about: life in Qatar, the hotline's; neither a wish to go home nor a
    family to bring. A messenger named in a message about money, applying, jobs, trust or the bot's own channel («в
    ватсап написали, надо заплатить», «нет телеграма, как откликнуться», "he doesn't use telegram, any jobs?", «это ваш
    канал в телеграме?») is about that, and phones taken away are trouble with the employer."""
    elsewhere = (
        w.PHONE_TAKEN.search(m.joined) or w.SUM.search(m.text) or w.IN_ADVANCE_PAID.search(m.joined)
        or m.has(w.ASKED + w.MONEY + w.APPLYING + w.TRUST + ("tolen", "vakans", "vacanc", "job")) or m.has(w.FEES, w.FEE_WORDS)
        or m.names(w.THE_BOTS_OWN) or m.has(w.INTERVIEW)  # «сұхбат видео арқылы ма»: the interview, not a call home
        or w.NOT_ON_MESSENGER.search(m.joined)  # «пишу за отца, он в телеграме не сидит»: why someone else writes
    )
    return not elsewhere and (m.has(w.MESSENGERS) or bool(w.CALLING_HOME.search(m.joined))) and _asks(m)


def _asks_what_life_costs(m: Said) -> bool:  # «жизнь в Дохе сколько стоит», «тамақ қымбат па», "cost to live in doha"
    """What life there costs, or whether food is found there: the hotline's, neither a fee nor a right."""
    return bool(w.COST_OF_LIVING.search(m.joined) or w.FOOD_THERE.search(m.joined)) and _asks(m)


def _eats_in_ramadan(m: Said) -> bool:  # «ораза кезінде жұмыста тамақ ішуге бола ма», "do i have to fast in ramadan"
    """Eating or fasting in Ramadan asked about: custom, not the hours, unless the hours are named."""
    return m.has(w.RAMADAN) and m.has(w.RAMADAN_EATING) and not m.has(w.RAMADAN_HOURS)


def _asks_if_they_keep_the_passport(m: Said) -> bool:  # «паспорт работодатель забирает?», "will the company hold my passport"
    """The passport's keeping asked about before it happens: by law it stays with the worker, which the rights say.
    Taken already, or kept now («забрали паспорт», "my boss keeps my passport"), is trouble with the employer."""
    if not m.has(w.PASSPORT) or not m.has(w.TAKEN + ("ala", "alip", "ustap", "zaber", "take", "sdaet", "sdaiut", "sdavat", "hand")):
        return False
    return _asks(m) and not w.PASSPORT_TAKEN_NOW.search(m.joined) and not w.PASSPORT_TAKEN_NOW.search(m.text.lower())


def _fears_falling_ill(m: Said) -> bool:  # «ауырып қалсам жалақыны ұстап қала ма», "if i catch flu do they cut my pay"
    """Falling ill asked about with the pay beside it: sick leave, the hotline's."""
    if w.WHOSE_EXPENSE.search(m.joined):  # "if i get sick who pays the hospital": medical care, a right
        return False
    return bool(w.ILL_IF.search(m.joined)) and m.has(w.PAY_CUT)  # "if …" asks, whatever its form


def _asks_the_weekly_rest(m: Said) -> bool:  # «аптасына неше күн демалыс береді екен»: days off a week, the terms
    return bool(w.WEEKLY_REST.search(m.joined))


def _breaks_the_contract(m: Said) -> bool:  # «можно расторгнуть договор?», "what if i break the contract"
    """The contract broken early by the worker: the rights say what is due then and who pays the ticket home."""
    return bool(w.BREAKS_THE_CONTRACT.search(m.joined))


def _prepares_for_the_flight(m: Said) -> bool:  # «сколько кг багажа?», «өзіммен не алайын», "who will pick me up at the airport"
    """The day of the flight asked before it: the luggage, what to pack, how early to be at the airport, who meets the
    worker there, which money to bring. No vacancy's card holds these, so the hotline's; a paper named keeps the papers'
    answer («какие документы взять в самолёт»)."""
    if m.has(w.PAPER_NOUNS + w.DOCUMENTS + w.CHECKS_TO_BRING_TO, w.DOCUMENTS_WORDS):
        return False  # «сұхбатқа не алып бару керек»: what the interview or the check asks for, the papers
    luggage = m.has(w.LUGGAGE, w.LUGGAGE_WORDS) and (_asks(m) or m.names(w.HOW_MUCH | {"neshe"}))
    met = bool(w.MET_AT_THE_AIRPORT.search(m.joined)) and m.has(w.AIRPORT + w.DOHA)  # «нас в Дохе кто встретит»
    airport = met or m.has(w.AIRPORT) and bool(w.HOW_EARLY.search(m.joined) or w.GET_THERE.search(m.joined))
    currency = m.has(w.CURRENCY) and bool(w.TAKE_ALONG.search(m.joined)) and _asks(m)
    return luggage or airport or currency or bool(w.PACKING.search(m.joined))


def _asks_when_the_first_pay_comes(m: Said) -> bool:  # «первая зарплата когда?», «алғашқы жалақы қашан», "first salary when"
    """The first pay asked after: the day it comes is no vacancy's card's, so the hotline's, as the day of the month is.
    "when do i get paid for the first time" and «бірінші айлық қай кезде түседі» ask it too."""
    paid = m.has(w.PAY + ("poluchk",), w.PAY_WORDS | w.PAID_WORDS | {"saleri"})
    return m.has(w.FIRST) and paid and (m.names(w.WHEN_TYPED) or bool(w.WHEN_PHRASED.search(m.joined)))


def _asks_who_shares_the_room(m: Said) -> bool:  # «в комнате сколько человек живёт», "how many people share a room"
    """How many share a room: the hotline's, since no card says it; not a person asked for, though «человек» is named.
    A room told crowded («12 человек в комнате») is the employer's trouble, read before."""
    return m.has(w.ROOM_NAMED) and bool(w.HOW_MANY_SHARE.search(m.joined))


def _asks_how_a_relative_is(m: Said) -> bool:  # «он уехал в Катар, как он там, можно узнать?», "how can i check on him"
    """A relative gone to Qatar asked after: the hotline's, which reaches the employer and the embassy; the bot knows
    nothing of a worker once gone. A relative out of reach with whom to call asked is read after (the human's)."""
    return bool(w.HOW_THEY_ARE.search(m.joined)) and m.has(w.WENT_AWAY)


def _seeks_work_after_the_visa(m: Said) -> bool:  # «работа водителем в Дохе после визы есть?», "driver job in doha after visa"
    """Work asked for, with the visa only the time it is wanted by: a search, which the application's words must not
    take for a step asked after."""
    return bool(w.AFTER_THE_VISA.search(m.joined) and w.WORK_SOUGHT.search(m.joined))


def _lost_the_passport(m: Said) -> bool:  # «потерял паспорт в Дохе», «төлқұжатым ұрланды», "my passport got stolen"
    """A passport lost or stolen: the hotline and the embassy, which issue a new one; no paper a vacancy asks for. A
    passport the employer keeps is the employer's trouble (read before)."""
    lost = [found.group() for found in w.LOST_OR_STOLEN.finditer(m.joined)]
    if lost == ["stole"] * len(lost) and not w.STOLE_TYPED.search(m.text):  # «паспорт лежит в столе»: a desk, no theft
        return False
    return m.has(w.PASSPORT) and bool(lost)


def _thanks_for_a_step_come(m: Said) -> bool:  # «спасибо, виза пришла!», «визам шықты, рахмет», "visa approved, thank you"
    """The worker's own step told as come, with thanks and nothing asked: thanked, not shown the applications. A question
    is told by its mark, «когда» or an opening or closing word («виза пришла?», «визам шықты ма»), not by "is" told."""
    asked = "?" in m.text or m.names(w.WHEN_TYPED) or bool(
        w.ENGLISH_QUESTION_OPENS.match(m.text) or w.KAZAKH_PARTICLES.search(m.text))
    return m.has(w.THANKS) and not asked and bool(w.STEP_CAME.search(m.joined) or w.SIGNED.search(m.joined))


def _asks_how_the_interview_goes(m: Said) -> bool:  # «что спрашивают на собеседовании», "what app for the video interview"
    """What is asked at the interview or which program it is held in: the hotline's, not the interview's date. Its
    language is what a vacancy asks (read by its own rule)."""
    if _names_a_language(m) or m.names(w.WHEN_TYPED):
        return False
    if w.VIDEO_CALL.search(m.joined) and w.INTERVIEW_HOW.search(m.joined):  # "which app do i need for the video call"
        return True
    asked = _asks(m) or m.names(w.WHAT_ASKED)  # «сұхбатта не сұрайды»: «не» asks, with no mark
    return m.has(w.INTERVIEW) and bool(w.INTERVIEW_HOW.search(m.joined)) and asked


def _asks_what_to_bring_to_a_check(m: Said) -> bool:  # «сұхбатқа не алып бару керек», "what should i bring to the interview"
    """What to take along to the interview or the medical check: the papers, which the officer names; not the
    luggage of the flight."""
    return m.has(w.CHECKS_TO_BRING_TO) and bool(w.TAKE_TO_IT.search(m.joined))


def _waits_for_the_check_results(m: Said) -> bool:  # «когда будет результат медкомиссии», "when will i get my medical results"
    """The medical check's results waited for, asked when or whether they came: a step of the application, in /status.
    Where they are sent is the papers' answer («куда результаты отправлять»)."""
    if not (w.CHECK_DONE_NAMED.search(m.joined) and m.has(w.CHECK_OUTCOME)) or w.SENT_WHERE.search(m.joined):
        return False
    return m.names(w.WHEN_TYPED) or bool(w.WHEN_PHRASED.search(m.joined) or w.STEP_CAME_ASKED.search(m.joined))


def _asks_where_the_check_is_done(m: Said) -> bool:  # «медкомиссию где проходить, в Алматы или в Шымкенте?»
    """Where the medical check is done, with a town weighed or not: the hotline's, since no list of papers says where
    (the answer on the papers does not name the check). Where its results or a paper are sent is the papers' answer:
    the ministry's officer tells it with them; «меня отправили на медкомиссию» was sent to the check."""
    if not w.MEDICAL_NAMED.search(m.joined) or m.has(w.CHECK_RESULTS):
        return False
    return bool(w.WHICH_TOWN.search(m.joined)) or m.names(w.WHERE_DONE)


def _applies_to_another_too(m: Said) -> bool:  # «можно ещё на одну вакансию подать?», "apply for another while i wait"
    """Another vacancy applied for beside the one waited on: the application's steps (each application goes its own
    way), not a vacancy picked from the list."""
    if w.OTHER_VACANCY.search(m.joined) and w.FAILED.search(m.joined):  # "failed the test, can i try a different vacancy"
        return True
    return m.has(w.APPLY) and bool(w.ANOTHER_TOO.search(m.joined) or w.FIRST_ONE.search(m.joined))


def _opens_one_of_them(m: Said) -> bool:  # «как открыть вторую вакансию из списка», "how do i open the second vacancy"
    """A vacancy of the list opened by its place in it: the buttons under the list, not the list again."""
    return any(word.startswith(w.ORDINALS + ("second", "third")) for word in m.words) and m.has(w.OPEN_ONE) and m.has(
        w.VACANCIES)


def _changes_the_region(m: Said) -> bool:  # «облысты өзгерту керек», «область поменять»: the profile's region
    return m.has(w.REGION_NOUNS) and m.has(w.PROFILE)


def _wishes_a_good_day(m: Said) -> bool:  # "have a nice day", «хорошего вечера»: a goodbye
    return bool(w.GOOD_DAY.match(m.joined))


def _asks_for_new_vacancies(m: Said) -> bool:  # «жаңа вакансиялар шықты ма», "any new vacancies?": the worker's list
    return m.names(w.NEW) and m.has(w.VACANCIES) and _asks(m) and len(m.words) <= 5


def _asks_who_sees_it(m: Said) -> bool:  # «министерство видит, что я тут пишу?», «кто читает мои сообщения», "who sees my profile"
    """What the worker wrote or keeps here (messages, the profile, photos of diplomas, the phone), asked whether someone
    sees or reads it, the ministry or an employer among them: the data's answer, which says who sees what. Sold or passed
    on («мои данные продаёте агентствам?»), kept («что вы обо мне храните»), needed («для чего вам мой номер») or become of
    («деректерім не болады») alike."""
    own = m.has(w.PERSONAL_DATA + w.WRITTEN_HERE + w.KEPT_OF_ONE)
    if own and m.has(w.SEES_IT, w.SEES_IT_WORDS) and (m.has(w.WHO_OR_WHOEVER) or "jumis berushi" in m.joined):
        return True
    if m.has(w.PERSONAL_DATA) and m.has(w.DATA_SOLD + w.DATA_PASSED, w.DATA_SOLD_WORDS):
        return True
    if w.KEPT_ABOUT_ME.search(m.joined) and (_asks(m) or m.names(frozenset({"gde", "kaida", "vhere"}))):
        return True
    return m.has(w.PERSONAL_DATA) and bool(w.WHY_THE_NUMBER.search(m.joined) or w.DATA_BECOMES.search(m.joined))


def _asks_if_the_bot_still_runs(m: Said) -> bool:  # «бот жив?», «вы ещё работаете?», «бот тірі ме», "are you still working?"
    """The bot asked whether it is alive or still at work, after a silence: calling out, which a greeting answers. A live
    person asked for («есть кто живой?») is the hotline's people; whether it hires still, the list."""
    if len(m.words) > 7 or m.has(w.A_PERSON) or m.has(("vakans", "vacanc", "job", "hiring", "nabor", "orin")):
        return m.has(w.ALIVE) and m.names(w.YOU_OR_BOT) and not m.has(w.A_PERSON) and len(m.words) <= 7
    alive = m.has(w.ALIVE) and (m.names(w.YOU_OR_BOT) or len(m.words) <= 2)
    still = m.names(w.STILL) and m.has(w.RUNS) and (m.names(w.YOU_OR_BOT) or m.has(("tursiz", "rabotaete", "barsiz")))
    return (alive or still) and (_asks(m) or m.has(w.ALIVE))


def _comes_back_for_vacancies(m: Said) -> bool:  # «давно вас не было, есть новые вакансии?», "i'm back after six months, what jobs"
    """The worker back after a long while, asking what there is now, or whether recruiting goes on («набор ещё идёт?»,
    "are you still hiring"), or the vacancies asked to be shown («покажите вакансии»): the worker's own list."""
    if m.has(w.APPLY + w.APPLICATION_NOUNS) or len(m.text.split()) > 16:
        return False
    if w.RECRUITING_STILL.search(m.joined):
        return True
    vacancies = m.has(w.VACANCIES)
    if vacancies and w.LONG_AWAY.search(m.joined) and (_asks(m) or m.names(w.NOW_OR_NEW)):
        return True
    if m.names(w.MORE_CORE | {"other", "drugie", "baska", "tagi", "eshe"}):  # "show more jobs": the next page, or the others
        return False
    from .job_questions import asks_for_every_job  # built on these words: imported when asked

    # «покажи все вакансии», "show me all jobs": every vacancy, which the search lists, not the worker's own
    shown = m.has(w.SHOW) and m.has(("vakans", "vacanc", "jobs")) and len(m.core) <= 5 and not asks_for_every_job(m.text)
    # «какие вакансии сейчас есть», "any new jobs now?", with nothing else: «жургизуши вакансиясы бар ма қазір» names a trade
    vacancies_now = m.has(("vakans", "vacanc", "jobs")) and m.names(w.NOW_OR_NEW) and _asks(m)
    now = vacancies_now and all(
        word.startswith(("vakans", "vacanc", "job")) or word in w.NOW_OR_NEW | w.VACANCIES_ASKED_AROUND for word in m.core
    )
    return shown or now


def _is_lost_among_the_screens(m: Said) -> bool:  # «пропали кнопки внизу», «нажал не туда», «объясните попроще», "where do i press"
    """One lost among the screens: the buttons gone, where to press, something pressed by mistake, an old person asking
    to be told simply, or the app set up by a grandchild and the rest unknown: what the bot does. Applying, asked
    beside, is the buttons'."""
    if m.has(w.APPLY + w.APPLICATION_NOUNS):  # «где смотреть мои заявки, куда нажимать»: the applications
        return False
    gone = m.has(w.BUTTON) and m.has(w.BUTTONS_GONE) and not m.has(("rabota", "nejmaiut", "basilmai", "vork"))
    pressed = bool(w.WHERE_TO_PRESS.search(m.joined) or w.PRESSED_WRONG.search(m.joined))
    told_simply = m.has(w.EXPLAIN) and (m.has(w.SIMPLY) or bool(w.OLD_PERSON.search(m.joined)))
    set_up = bool(w.SET_UP_BY_KIN.search(m.joined)) and bool(w.LOST_AFTER.search(m.joined) or _trouble(m.text, m.words))
    return gone or pressed or told_simply or set_up


def _misses_the_apply_button(m: Said) -> bool:  # «не вижу кнопку откликнуться», "i can't see the apply button"
    return m.has(w.BUTTON) and m.has(w.APPLY) and bool(w.NOT_SEEN.search(m.joined))


def _joins_the_spouse(m: Said) -> bool:  # «можно ли жене поехать к мужу?», "can i join my husband there"
    return m.has(w.SPOUSE) and bool(w.SPOUSE_JOINS.search(m.joined))


def _registers_a_relative(m: Said) -> bool:  # «как мне зарегистрировать сына», «баламның тіркелуіне көмектесіңіз»
    """A relative to be signed up by the one writing: what the bot does, since each registers from their own Telegram."""
    return bool(w.REGISTERS_KIN.search(m.joined)) and not _names_age(m)  # «ұлым 18-де, тіркеле ала ма»: the age


def _erases_oneself(m: Said) -> bool:  # «удалите меня, я передумал», «мені өшіріп тастаңыз», "please delete me"
    if w.ERASE_NUMBER.search(m.joined) and not m.has(w.SWITCH + ("nov", "new", "jana", "drug", "other")):
        return True  # «сотрите мой номер», «нөмірімді өшіріп тастаңдар»; «старый номер удалите, вот новый» changes it
    return bool(w.ERASE_ME.search(m.joined)) and not m.has(w.APPLICATION_NOUNS)


def _applies_for_someone_else(m: Said) -> bool:  # «можно я за него подам заявку?», «оның орнына өтінім бере аламын ба»
    for_someone = bool(w.FOR_SOMEONE.search(m.joined) or w.NO_TELEGRAM.search(m.joined))
    return m.has(w.APPLY) and for_someone and m.has(("mojno", "can", "bola", "alamin"))  # the writer to apply, not he


def _asks_what_to_do_to_go(m: Said) -> bool:  # «сыну 25, сварщик, что ему делать, чтобы поехать?», "what should he do to go"
    asked = w.WHAT_TO_DO_TO_GO.search(m.joined) or w.RELATIVE_AGED_WHAT_TO_DO.search(m.text)
    return bool(asked) and not m.has(("domoi", "uige", "home", "nazad", "back"))


def _asks_about_amenities(m: Said) -> bool:  # «в кэмпе есть стиральные машины?», «кір жуатын машина бар ма»
    return m.has(w.AMENITIES)


def _hires_workers(m: Said) -> bool:  # «хотим нанять 50 сварщиков из Казахстана», "I am HR manager at a hotel in Lusail"
    """An employer in Qatar asking to hire Kazakhstan's workers: vacancies come through the ministry, whose hotline
    answers employers; the trade named is the one they hire, no search."""
    return bool(w.HIRES.search(m.joined))


def _is_a_foreigner(m: Said) -> bool:  # «я гражданин Узбекистана», "I am from Uzbekistan, can I also apply here?"
    """Someone of another country asking to use the bot or go: the agreement is for Kazakhstan's citizens; the hotline
    says what else there is."""
    return bool(w.FOREIGNER.search(m.joined))


def _was_sent_another_trade(m: Said) -> bool:  # «опять пришла вакансия водителя, я же сварщик»: the alerts
    """A vacancy of another trade sent, the worker telling his own: which alerts come is set in the alert settings."""
    sent = m.has(w.SENT_TO_ME) and m.has(w.VACANCIES)
    return sent and bool(w.I_AM_ANOTHER.search(m.joined)) and not m.has(w.APPLIED + w.APPLY)


def _asks_work_for_someone(m: Said) -> bool:  # «я мама, сын сварщик, есть для него работа?», «электрикке бос орын бар ма»
    """Work asked for a relative whose trade is told, or a place asked for a trade in the Kazakh dative: a search of that
    trade, which the handler makes (`trades_told`); with none told, the worker's own list."""
    if m.has(w.APPLIED + w.APPLY + w.APPLICATION_NOUNS) or _names_women(m):  # «әйелдерге жұмыс бар ма»: whom, no trade
        return False
    told = m.names(w.TELLS_WHOSE_TRADE) and bool(w.WORK_FOR_THEM.search(m.joined) or w.PLACE_ASKED_KK.search(m.joined))
    return told or (bool(w.PLACE_ASKED_KK.search(m.joined)) and any(
        w.DATIVE_TYPED.search(word) and len(w.DATIVE_TYPED.sub("", word)) >= 4 for word in _TYPED_WORD.findall(m.text.lower())))


_TYPED_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[,.;:!?()]+")


def trades_told(text: str) -> list[str]:
    """The words that may name the trade of the one work is asked for, best first: the word, then the two words, after a
    relative or «он», «ол», "he is" («сын сварщик», «ол аспаз», "he is a truck driver"), each clause apart; and a word in
    the Kazakh dative beside a place asked, without its ending («электрикке бос орын бар ма» → «электрик»). The caller
    keeps the first that names a trade surely."""
    found: list[str] = []
    for clause in _CLAUSE.split(text or ""):
        typed = _TYPED_WORD.findall(clause)
        folded = [skeleton(word) for word in typed]
        for at, word in enumerate(folded):
            if word not in w.TELLS_WHOSE_TRADE:
                continue
            after = [typed[i] for i in range(at + 1, len(typed)) if folded[i] and folded[i] not in w.BETWEEN_WHOSE_AND_TRADE]
            after = [word for word in after[:3] if skeleton(word) not in w.TELLS_WHOSE_TRADE][:2]
            if not after or skeleton(after[0]).startswith(w.WRITES):  # «күйеуім үшін жазып отырмын»: who writes, no trade
                continue
            found.append(after[0])  # «сварщик», then «truck driver» where "truck" alone names none
            if len(after) == 2:
                found.append(" ".join(after))
    if w.PLACE_ASKED_KK.search(skeleton(text or "")):
        for word in _TYPED_WORD.findall((text or "").lower()):
            stem = w.DATIVE_TYPED.sub("", word)
            if stem != word and len(stem) >= 4:
                found.append(stem)
    return list(dict.fromkeys(found))


def _asks_where_the_application_stands(m: Said) -> bool:  # «…что с моей заявкой?», «өтінімім не болды», "what's with my application"
    return bool(w.STATUS_ASKED.search(m.joined))


def _checks_an_agent(m: Said) -> bool:  # «как проверить, что агент настоящий», «фирма … ваши партнёры?», "is this agent legit"
    """An agent, a firm or a curator checked, or one who sent payment details in the ministry's name: the answer on trust."""
    if w.AGENT_CHECKED.search(m.joined):
        return True
    return m.has(w.MINISTRY) and m.has(w.PAYMENT_DETAILS) and m.has(("skinul", "otpravil", "jiberdi", "sent", "dal"))


def _asks_what_going_costs(m: Said) -> bool:  # «сколько стоит оформление через вас», "how much does it cost to go through you"
    return bool(w.COSTS_THROUGH_YOU.search(m.joined) and w.THROUGH_YOU.search(m.joined))


Rule = Callable[[Said], bool]
# The rules in their order of precedence: the first that holds names the topic («спасибо, а платить надо?»
# asks about fees; «не платят зарплату» is a complaint, not a fee or the pay; «документы на визу» asks about
# papers, not the application).
# After applying, while waiting or travelling: what the flight, the landing, a test or a check asks; a family event at
# home; the contract as it stands; the officer who handles it.


def _asks_what_gear_to_bring(m: Said) -> bool:  # «спецовку свою брать или там выдадут?», "bring my own work boots"
    """Work clothes or tools asked whether to bring: the hotline's, as the luggage is; the trade named with them («маску
    сварщика») is searched for by nobody."""
    return (m.has(w.GEAR) or bool(w.GEAR_PHRASES.search(m.joined))) and m.has(w.BRING_ALONG)


def _asks_about_the_flights_details(m: Said) -> bool:  # «пересадка будет?», «дәрі алып ұшуға бола ма», "sick before the flight"
    """The flight's own details (a transfer, a direct flight, the town it leaves from), medicines flown with, money changed
    before it or a sickness before its day: the hotline's, not the flight's date, which /status holds."""
    if w.FLIGHT_DETAILS.search(m.joined):
        return True
    if not m.has(w.FLIGHT_WORDS):
        return False
    if m.has(("transfer",)):  # "a direct flight or with a transfer"; money transferred is no flight
        return True
    exchanged = m.has(w.CURRENCY + ("tenge",)) and m.has(("change", "obmen", "pomenia", "aiirbas"))
    ill = m.has(w.FALLS_ILL) and _asks(m) and not w.ILL_RELATIVE.search(m.joined)  # «анам ауырып қалды» puts it off
    return m.has(w.MEDICINES) or exchanged or ill


def _asks_what_follows_landing(m: Said) -> bool:  # «прилетел в Доху, куда идти», "what do i tell immigration"
    """Where to go once landed, what to say at the passport control, a taxi or the company's bus from the airport: the
    hotline's. Nobody there to meet the worker is the employer's trouble, read before."""
    if w.LANDED_TOLD.search(m.joined) and w.WHERE_NEXT.search(m.joined):
        return True
    return m.has(w.AIRPORT) and _asks(m) and (m.has(w.TAXI_OR_BUS) or bool(w.WHERE_NEXT.search(m.joined)))


def _asks_if_the_check_is_done_again(m: Said) -> bool:  # «в Катаре медкомиссию заново проходить?», "another medical in qatar"
    return bool(w.MEDICAL_NAMED.search(m.joined)) and m.has(w.DONE_AGAIN) and m.has(("katar", "doha", "dohe"))


def _asks_how_the_trade_test_goes(m: Said) -> bool:  # «трейд тест будет? что проверяют», "is the qualification check online"
    """How the qualification check or the trade test goes (online or in a town, what is asked or made): the hotline's,
    which knows each employer's test; what the step means and where the application stands are the application's."""
    return bool(w.TRADE_TEST.search(m.joined)) and bool(w.HOW_IT_GOES.search(m.joined))


def _hears_nothing_after_the_check(m: Said) -> bool:  # «результаты медосмотра не приходят», «өткеніме 10 күн, ештеме жоқ»
    """The medical check's results not come, or nothing heard since it was done: the application's step, in /status."""
    results = bool(w.CHECK_DONE_NAMED.search(m.joined)) and m.has(w.CHECK_OUTCOME + w.CHECK_RESULT_WORDS)
    return (results or bool(w.CHECK_DONE.search(m.joined))) and bool(w.NOT_COME.search(m.joined))


def _goes_home_for_a_family_event(m: Said) -> bool:  # «дома умер дедушка, отпустят?», «жерлеуге жібере ме», "funeral"
    """Home asked for a death, a funeral or a birth: leave out of turn, which the employer and the hotline settle. Being
    held back already is the employer's trouble («не отпускают»)."""
    if w.HELD_IN_QATAR.search(m.joined):
        return False
    return bool(w.FAMILY_EVENT.search(m.joined)) and (_asks(m) or m.has(w.TRIP + w.HOME))


def _leaves_with_the_ticket_asked(m: Said) -> bool:  # «полгода отработал и хочу уехать, билет мне купят?»
    """Leaving before the contract's end with the ticket home asked, or the contract ended by the employer: what is due
    then, the rights; not the flight to Qatar a worker waits for."""
    return bool(w.EMPLOYER_ENDS.search(m.joined)) or (m.has(w.TICKET) and bool(w.WANTS_TO_LEAVE.search(m.joined)))


def _asks_what_the_contract_gives(m: Said) -> bool:  # «в контракте жильё указано?», "is the room part of the contract"
    """Housing, food, insurance or the leave asked of the contract: the rights it gives. Days off a week are its terms."""
    if not (w.IN_THE_CONTRACT.search(m.joined) and _asks(m)) or _asks_the_weekly_rest(m) or m.has(("apta", "nedel", "veek")):
        return False
    return m.has(w.RIGHTS, w.RIGHTS_WORDS) or bool(w.LIVE_WHERE.search(m.joined) or w.LIVING.search(m.joined))


def _asks_if_the_contract_may_change(m: Said) -> bool:  # «могут ли поменять условия контракта», "can they change my contract"
    """The contract changed by the employer once the worker is there: it may not, which the rights say."""
    return bool(w.CONTRACT_CHANGED.search(m.joined)) and _asks(m) and not m.has(w.PROFILE_NOUNS + w.VACANCIES)


def _asks_whose_the_flight_is(m: Said) -> bool:  # «за перелёт с меня вычтут из зарплаты?», "is the flight on me or the company"
    return m.has(w.TICKET) and _asks(m) and (m.has(w.TAKEN_FROM_PAY) or bool(w.ON_ME_OR_THEM.search(m.joined)))


def _calls_the_officer(m: Said) -> bool:  # «можно позвонить сотруднику, который ведёт мою заявку», "the ministry's phone"
    """The officer handling an application or the ministry asked for by phone: the hotline, which puts the worker
    through; not the application's status."""
    return (m.has(w.OFFICER) and m.has(w.PHONED)) or bool(w.MINISTRY_PHONE.search(m.joined))


def _backs_out(m: Said) -> bool:  # «можно отказаться от вакансии после медкомиссии?», "can i back out after the medical"
    return bool(w.BACKS_OUT.search(m.joined))


def _was_told_to_wait_by_the_ministry(m: Said) -> bool:  # «мне позвонили из министерства и сказали ждать, это надолго?»
    """A call from the ministry told to wait, with how long asked and no money named: the application's step the officer
    spoke of, in /status; money asked in the ministry's name is a fraudster's, read by the rules of trust."""
    if m.has(w.MONEY) or m.has(w.PAY, w.PAY_WORDS):
        return False
    told = m.has(w.CONTACTED, w.CONTACTED_WORDS) and m.has(w.MINISTRY) and m.has(w.WILL_WAIT)
    return told and bool(w.HOW_LONG_A_WAIT.search(m.joined))


def _thanks_and_waits(m: Said) -> bool:  # «благодарю за информацию, буду ждать визу», "thx for the info, i'll wait"
    """Thanks with a wait told and nothing asked: thanked, not shown the applications."""
    asked = "?" in m.text or m.names(w.WHEN_TYPED) or bool(
        w.ENGLISH_QUESTION_OPENS.match(m.text) or w.KAZAKH_PARTICLES.search(m.text))
    return m.has(w.THANKS) and m.has(w.WILL_WAIT) and not asked



RULES: tuple[tuple[Topic, Rule], ...] = (
    ("more", _next_page),
    ("question", _asks_who_shares_the_room),
    ("application", _applies_to_another_too),
    ("buttons", _opens_one_of_them),
    ("buttons", _picks_a_vacancy),
    ("buttons", _applies_to_one_of_them),
    ("buttons", _asks_where_the_job_is),
    ("alerts", _was_sent_another_trade),
    ("data", _asks_who_sees_it),
    ("delete", _erases_oneself),
    ("question", _hires_workers),
    ("question", _is_a_foreigner),
    ("question", _applies_for_someone_else),
    ("application", _asks_where_the_application_stands),
    ("fees", _asks_what_going_costs),
    ("trust", _checks_an_agent),
    ("greeting", _asks_if_the_bot_still_runs),
    ("application", _asks_what_to_do_to_go),
    ("help", _registers_a_relative),
    ("help", _is_lost_among_the_screens),
    ("buttons", _misses_the_apply_button),
    ("help", _asks_for_a_loan),
    ("human", _asks_to_be_called),
    ("application", _asks_to_pass_on_the_cv),
    ("question", _sends_money_home),
    ("question", _takes_money_along),
    ("question", _keeps_in_touch_with_home),
    ("question", _asks_what_life_costs),
    ("question", _changes_employer),
    ("question", _goes_home_for_a_while),
    ("question", _goes_home_to_an_ill_relative),
    ("question", _goes_home_for_a_family_event),
    ("trust", _asks_about_the_employer),
    ("question", _asks_how_a_relative_is),
    ("human", _lost_touch_with_a_relative),
    ("fees", _weighs_a_sum_asked),
    ("trust", _was_cheated_of_money),
    ("trust", _is_asked_to_pay_by_a_stranger),
    ("rights", _fears_for_the_passport),
    ("rights", _asks_if_they_keep_the_passport),
    ("rights", _asks_home_how_often),
    ("application", _waits_for_the_check_results),
    ("application", _hears_nothing_after_the_check),
    ("application", _backs_out),
    ("question", _asks_how_the_trade_test_goes),
    ("rights", _asks_if_the_leave_is_paid),
    ("question", _pays_for_a_change_of_mind),
    ("complaint", _complains_of_the_employer),
    ("question", _lost_the_passport),
    ("thanks", _thanks_for_a_step_come),
    ("thanks", _thanks_and_waits),
    ("ok", _says_ok_and_waits),
    ("question", _asks_what_gear_to_bring),
    ("question", _asks_about_the_flights_details),
    ("question", _asks_what_follows_landing),
    ("question", _asks_if_the_check_is_done_again),
    ("rights", _leaves_with_the_ticket_asked),
    ("rights", _asks_if_the_contract_may_change),
    ("rights", _asks_whose_the_flight_is),
    ("human", _calls_the_officer),
    ("documents", _asks_what_to_bring_to_a_check),
    ("question", _prepares_for_the_flight),
    ("question", _asks_when_the_first_pay_comes),
    ("question", _asks_how_the_interview_goes),
    ("profile", _changes_the_region),
    ("question", _failed_the_medical),
    ("question", _asks_where_the_check_is_done),
    ("question", _asks_what_the_check_tests),
    ("rights", _asks_for_a_ticket_bought),
    ("question", _asks_about_settling_in),
    ("question", _asks_about_amenities),
    ("question", _asks_for_an_advance),
    ("alerts", _minds_the_messages),
    ("pay", _compares_the_pay),
    ("question", _weighs_going_at_all),
    ("question", _asks_about_public_holidays),
    ("question", _eats_in_ramadan),
    ("terms", _asks_ramadans_hours),
    ("question", _names_another_faith),
    ("question", _asks_about_customs),
    ("question", _asks_about_women),
    ("question", _asks_if_it_is_safe),
    ("question", _asks_the_contracts_language),
    ("question", _learns_a_language),
    ("age", _states_age_to_be_taken),
    ("age", _fears_the_age_bars),
    ("question", _names_a_health_condition),
    ("question", _is_a_student),
    ("question", _asks_about_sick_leave),
    ("question", _fears_falling_ill),
    ("rights", _falls_ill),
    ("rights", _leaves_early_at_a_cost),
    ("rights", _breaks_the_contract),
    ("human", _nobody_answers),
    ("question", _asks_for_a_second_contract),
    ("help", _asks_out_of_scope),
    ("alerts", _misses_the_alerts),
    ("jobs", _misses_a_vacancy),
    ("jobs", _wants_to_go_again),
    ("jobs", _asks_for_any_work),
    ("question", _asks_about_the_heat),
    ("question", _asks_how_the_pay_comes),
    ("question", _owes_tax_at_home),
    ("pay", _asks_about_tax),
    ("trust", _asks_if_it_is_ours),
    ("question", _renews_or_stays),
    ("rights", _asks_what_is_due_at_the_end),
    ("pay", _asks_what_the_pay_includes),
    ("rights", _asks_about_the_leave_ticket),
    ("question", _asks_about_the_id_card),
    ("question", _exchanges_a_licence),
    ("rights", _asks_if_the_passport_may_be_kept),
    ("family", _brings_the_family),
    ("family", _joins_the_spouse),
    ("family", _brings_a_parent),
    ("family", _asks_after_a_relative),
    ("pay", _names_an_allowance),
    ("rights", _asks_if_meals_or_a_bus_come),
    ("rights", _asks_what_the_contract_gives),
    ("fees", _asks_for_a_cut_of_the_pay),
    ("fees", _asks_who_pays_for_the_check),
    ("fees", _asks_who_pays_for_papers),
    ("terms", _asks_the_weekly_rest),
    ("terms", _works_on_a_weekday),
    ("rights", _asks_if_the_employer_buys_the_ticket),
    ("rights", _asks_who_pays),
    ("rights", _asks_what_the_contract_includes),
    ("terms", _asks_about_overtime),
    ("pay", _names_the_pay_alone),
    ("trust", _was_asked_for_money),
    ("pay", _asks_in_which_currency),
    ("pay", _asks_about_the_pay_paid),
    ("fees", _asks_about_fees),
    ("human", _asks_for_the_hotline),
    ("buttons", _applies_to_a_portal_vacancy),
    ("trust", _asks_about_the_portal_link),
    ("application", _was_told_to_wait_by_the_ministry),
    ("trust", _doubts_the_bot),
    ("trust", _asks_if_it_is_the_states),
    ("trust", _was_called_in_the_ministrys_name),
    ("trust", _asks_whose_bot_it_is),
    ("data", _asks_about_own_data),
    ("trust", _pastes_a_link),
    ("buttons", _asks_how_to_apply),
    ("profile", _notices_in_a_language),
    ("alerts", _tunes_the_alerts),
    ("alerts", _asks_why_it_was_sent),
    ("delete", _erases_the_profile),
    ("buttons", _asks_what_a_button_does),
    ("buttons", _asks_where_a_button_is),
    ("buttons", _asks_how_to_pick),
    ("help", _registered_and_lost),
    ("help", _asks_for_the_commands),
    ("rights", _asks_for_own_rights),
    ("rights", _names_the_standard_contract),
    ("application", _names_a_step),
    ("application", _was_refused),
    ("application", _asks_what_follows_a_step),
    ("application", _asks_when_a_step_comes),
    ("application", _waits_for_a_step),
    ("application", _asks_for_news),
    ("documents", _asks_about_papers),
    ("requirements", _asks_if_own_languages_do),
    ("contact", _changes_phone),
    ("profile", _switches_the_bots_language),
    ("profile", _changes_the_profile),
    ("profile", _updates_the_profile),
    ("profile", _corrects_the_profile),
    ("profile", _adds_a_trade),
    ("profile", _adds_to_the_profile),
    ("age", _asks_about_age),
    ("requirements", _asks_what_a_vacancy_needs),
    ("pay", _asks_about_pay),
    ("pay", _asks_what_they_get),
    ("terms", _asks_about_terms),
    ("abroad", _asks_about_abroad),
    ("rights", _names_only_a_ticket),
    ("rights", _leaves_early),
    ("help", _asks_how_the_bot_works),
    ("help", _asks_how_to_find_work),
    ("human", _asks_whom_to_talk_to),
    ("help", _signs_up_someone_else),
    ("jobs", _asks_work_for_someone),
    ("jobs", _asks_to_see_the_vacancies),
    ("jobs", _asks_for_new_vacancies),
    ("jobs", _comes_back_for_vacancies),
    ("jobs", _asks_for_work),
    ("jobs", _asks_if_there_is_work),
    ("application", _asks_about_the_application),
    ("delete", _erases_the_data),
    ("profile", _names_the_profile),
    ("rights", _asks_for_the_embassy),
    ("bye", _signs_off),
    ("bye", _wishes_a_good_day),
    ("human", _asks_for_a_person),
    ("rights", _asks_about_rights),
    ("bye", _thanks_and_goes),
    ("thanks", _thanks_for_the_help),
    ("help", _asks_what_the_bot_is),
    ("help", _pleads_for_help),
    ("help", _asks_what_it_means),
    ("help", _asks_and_then),
    ("help", _has_trouble_with_the_bot),
    ("thanks", _thanks),
    ("ok", _says_ok),
    ("ok", _says_no),
    ("greeting", _greets),
    ("greeting", _greets_and_asks_how),
    ("greeting", _greets_to_ask),
    ("greeting", _greets_at_an_odd_hour),
    ("greeting", _asks_if_awake),
    ("greeting", _greets_from_home),
    ("bye", _says_goodbye),
    ("help", _asks_what_the_bot_can_do),
    ("help", _asks_what_the_bot_is_for),
    ("help", _asks_about_the_bot),
    ("question", _goes_with_a_friend),
    ("question", _asks_something_else),
    # read last: what a long dictated message is about when no rule above it holds (see _LONG_RULES)
    ("application", _waits_after_applying),
    ("rights", _asks_about_the_leave),
)


def small_talk(text: str) -> Topic | None:
    """The topic of a short message that is chat rather than a search; None when it is none of them.

    A phone number, a number from a list and signs with no word («👍», «?») are told by their form; a long text
    only by the rules of trouble with an employer or of money asked (LONG_TOPICS); any other message by the
    first of the RULES that holds."""
    words = _skeleton_words(text or "")
    if w.PHONE.fullmatch((text or "").strip()) and sum(map(str.isdigit, text)) >= 10:
        return "contact"
    if w.LIST_NUMBER.fullmatch((text or "").strip()):
        return "buttons"
    if words and all(word in w.STICKER_WORDS for word in words):  # «[Стикер]», "👍 Sticker": a sticker, in words
        signs = [sign for sign in _signs(text) if not sign.isalpha() and sign not in "[]()"]
        return _signs_topic(signs) or "ok"
    if w.STICKER_DESCRIBED.match((text or "").strip()) and len(words) <= 4:  # «(стикер с котом)»: a sticker, told
        return "ok"
    if not words:
        if (text or "").strip(" .,!)").lower() in w.YES_TYPED:  # «да», "k": a yes to the bot's last words
            return "ok"
        signs = _signs(text or "")
        if _signs_topic(signs):
            return _signs_topic(signs)
        stripped = (text or "").strip()
        if stripped and (set(stripped) <= set("?¿ ") or (
            "?" in stripped and len(stripped) <= 5 and all(c.isalpha() or c in "?¿ " for c in stripped)
        )):
            return "help"  # «?», «а?»: what the bot does
        return None
    marked = _marked_as_main(text)
    if marked is not None:
        return marked
    topic = _topic_of(text, words)
    if topic in _NO_ANSWER_TO_SCOLDING and _scolds_the_bot(Said.of(text)):
        return None  # «бот ничего толкового не отвечает, одна горячая линия», "this bot is garbage": anger, nothing asked
    split = first_question(text)
    if split is None:
        return topic
    first, rest = split
    asked = _topic_of(first, _skeleton_words(first))
    if asked in _NO_ANSWER_OF_ITS_OWN or asked == topic:
        return topic
    if topic not in _NO_ANSWER_OF_ITS_OWN and _topic_of(rest, _skeleton_words(rest)) != topic:
        return topic  # what the questions ask together («сколько стоит билет и кто его оплачивает»)
    return asked


# The answers a scolding of the bot would otherwise get, though it asks for none of them.
_NO_ANSWER_TO_SCOLDING = frozenset({None, "question", "help", "human"})


def _scolds_the_bot(m: Said) -> bool:
    """The bot called useless or garbage, or said to answer nothing of sense."""
    return m.has(w.THE_BOT) and m.has(w.INSULTS + w.BOT_SCOLDED, w.INSULT_WORDS)


def _marked_as_main(text: str) -> Topic | None:
    """The topic of the question a worker marks as the main one («…дают ли жильё, и главное, нужно ли платить за визу»),
    when it has an answer of its own; None when nothing is so marked."""
    found = list(w.MAIN_MARKER.finditer(text))
    if not found:
        return None
    rest = text[found[-1].end():]
    words = _skeleton_words(rest)
    topic = _topic_of(rest, words) if words else None
    return None if topic in _NO_ANSWER_OF_ITS_OWN else topic


def _signs_topic(signs: list[str]) -> Topic | None:
    """What signs alone say: an "ok", or a thank-you or a greeting when all of them say it («🙏🙏», «👋»)."""
    if not signs or not all(sign in w.OK_SIGNS for sign in signs):
        return None
    signs = [sign for sign in signs if sign not in w.SOFTENING_SIGNS] or signs
    topics = {_SIGN_TOPICS.get(sign) for sign in signs}
    return topics.pop() if len(topics) == 1 and None not in topics else "ok"


def _topic_of(text: str, words: list[str]) -> Topic | None:
    """The first of the RULES that holds for a message of these words (a long one: LONG_TOPICS' alone)."""
    core = [word for word in words if word not in w.FILLERS] or words
    said = Said(text, words, core, " ".join(words))
    rules = RULES
    if len(text.split()) > MAX_WORDS:  # counted as typed
        asked = _last_question(text)
        if asked is not None:
            return asked
        rules = tuple((topic, holds) for topic, holds in RULES if topic in LONG_TOPICS and holds in _LONG_RULES)
    return next((topic for topic, holds in rules if holds(said)), None)


# What the last question of a long story may be read as, above what the story holds beside: «…кредиты, дети. Скажите
# честно, это бесплатно или где-то придётся платить?» asks the fees, whatever the children made of it.
_LAST_QUESTION_TOPICS = frozenset({"fees", "age", "trust", "data", "delete", "application", "family", "documents", "requirements"})


def _last_question(text: str) -> Topic | None:
    """The topic of the question that closes a long story, when it is short and has an answer of its own; else None."""
    found = w.LAST_SENTENCE.search(text)
    if found is None or len(found.group(1).split()) > WHOLE_WORDS:
        return None
    words = _skeleton_words(found.group(1))
    if not words:
        return None
    topic = _topic_of(found.group(1), words)
    return topic if topic in _LAST_QUESTION_TOPICS else None


# What the first question of several may be read as and still leave the answer to the whole message: the
# hotline's answer (the bot has none of its own for it), what the bot does, or words around a question.
_NO_ANSWER_OF_ITS_OWN = frozenset({None, "question", "help", "greeting", "thanks", "ok", "bye"})


def first_question(text: str) -> tuple[str, str] | None:
    """The message split after its first question, when another follows it: «сколько платят и жильё дают?»
    → «сколько платят» and «жильё дают?», "thanks! when do I fly? who pays the ticket?" → "thanks! when do I
    fly?" and the rest. A worker asks the most pressing first, and the answer should be to it, whichever rule
    comes first; what was told before the question («мне 52 года, возьмут?») stays with it. A question ends at
    a question mark another question follows, or at «и», «а», "and", «және» between two questions by their form
    («когда приехал и никто не встретил» is one story, "how do I open it and apply?" one question, «визу мужу
    дадут? а муж поедет» tells whose visa). None for one question."""
    text = text or ""
    for end, after in _clause_ends(text):
        head, rest = text[:end].strip(), text[after:].strip()
        if not _skeleton_words(rest):
            return None
        if text[end - 1:end] in w.QUESTION_MARKS and is_question(head) and is_question(rest):
            return head, rest  # «…если я поеду первой? а муж поедет» tells whose visa was asked: one question
        if _asks_by_form(head) and _asks_by_form(rest) and len(_skeleton_words(rest)) > 1:
            return head, rest
    return None


def _asks_by_form(clause: str) -> bool:
    """A clause shaped as a question: a question mark at its end, or a question word opening or closing its
    last part («сколько платят», «жалақы қанша», "what documents do I need"); «said he is from the ministry»
    holds a question word and is none."""
    part = w.CLAUSE_BREAK.split(clause.strip())[-1]
    words = [word for word in skeleton(part).split() if word not in w.FILLERS]
    if part.rstrip().endswith(tuple(w.QUESTION_MARKS)) or w.KAZAKH_PARTICLE_LAST.search(part):
        return True
    if part.rstrip()[-1:].isdigit():  # "my son is 25": `skeleton` drops the number, and "is" would seem to ask
        return bool(words) and words[0] in w.QUESTION_WORDS | w.QUESTION_OPENERS
    openers = w.QUESTION_WORDS | w.QUESTION_OPENERS
    return bool(words) and (words[0] in openers or words[-1] in w.QUESTION_WORDS)


def _clause_ends(text: str) -> list[tuple[int, int]]:
    """Where each clause of a message ends and the next begins: after a run of question marks, or at a
    conjunction that may open another question."""
    ends = [(match.end(), match.end()) for match in w.QUESTION_END.finditer(text)]
    ends += [(match.start(), match.end()) for match in w.NEXT_QUESTION.finditer(text)]
    return sorted(ends)


def _asks_what_there_is_for_women(m: Said) -> bool:  # «я женщина, работала продавцом, для женщин там что-то есть?»
    """What there is for women asked, by a woman telling her past work: the hotline's, since no card says whom a
    vacancy takes; the trade she did is told, not searched. «есть ли вакансии для девушек продавцом?» asks for it."""
    return _names_women(m) and bool(w.WORKED_BEFORE.search(m.joined)) and is_question(m.text) and (
        m.names(w.ANYTHING) or bool(w.ANYTHING_PHRASES.search(m.joined))
    )


# The questions about daily life in Qatar and the money around the pay, which never name a trade searched for,
# whatever a label may make of «постишься» or «кондиционер»; what a woman may do there («можно ли женщине работать
# водителем?» asks whether she may, not for the drivers' vacancies), medical insurance and a language to learn before
# going («ағылшын тілін қайда үйренуге болады» asks for no English teacher), what there is for women asked by one telling
# the work she did, and what the medical check tests («рентген делают?» asks for no radiographer); calling home, what life
# costs, eating in Ramadan, a salary advance and a condition of health ("i wear glasses, is that ok for the medical"
# asks for no optician).
_DAILY_LIFE_RULES = (
    _asks_about_settling_in, _asks_about_sick_leave, _sends_money_home, _takes_money_along, _asks_about_customs,
    _asks_about_the_heat, _asks_how_the_pay_comes, _owes_tax_at_home, _asks_what_women_may_do, _asks_about_medical_cover,
    _learns_a_language, _asks_what_there_is_for_women, _asks_what_the_check_tests, _keeps_in_touch_with_home,
    _asks_what_life_costs, _eats_in_ramadan, _asks_for_an_advance, _names_a_health_condition, _prepares_for_the_flight,
    _asks_when_the_first_pay_comes, _asks_where_the_check_is_done, _asks_how_the_interview_goes,
    _lost_the_passport, _asks_who_shares_the_room, _asks_how_a_relative_is,  # «потерял паспорт в Дохе»: no search of Doha
    _asks_what_gear_to_bring, _asks_about_the_flights_details, _asks_what_follows_landing,  # «маску сварщика брать?»
    _asks_if_the_check_is_done_again, _asks_how_the_trade_test_goes,
    _asks_the_contracts_language, _asks_about_the_id_card,  # «аудармасы бар ма» asks for no translator, "the camp" no boss
    _changes_employer,  # "how do i move to another company in qatar": no search for movers
)


# The daily-life rules read before trouble with the employer in RULES: «домой» of money sent home is no wish to go home.
_BEFORE_THE_COMPLAINT = (_sends_money_home, _takes_money_along)


def asks_about_daily_life(text: str) -> bool:
    """«в рамадан днём можно есть на улице, если не постишься?», «кондиционер в общежитии есть?», «зарплату на
    карту или наличкой?», «как отправлять деньги домой?»: a question about life in Qatar or the money around the
    pay, which no vacancy's card answers, so no search is made of it."""
    said = Said.of(text)
    if not said.words:
        return False
    if any(holds(said) for holds in _BEFORE_THE_COMPLAINT):  # «комиссия, когда переводишь деньги домой?»: no «хочу домой»
        return True
    return not _complains(said.text, said.words) and any(holds(said) for holds in _DAILY_LIFE_RULES)


# What the bot is asked to do that it cannot: call the worker, pass a CV on, lend money, buy a ticket, find workers for an
# employer.
_ASKED_OF_THE_BOT = (_asks_to_be_called, _asks_to_pass_on_the_cv, _asks_for_a_loan, _asks_for_a_ticket_bought,
                     _hires_workers)  # "we need 30 housekeepers from Kazakhstan": the bot finds no workers for employers


def asks_what_the_bot_cannot_do(text: str) -> bool:
    """«купите мне билет в Доху», «қарызға 5 мың беріңізші», "send my cv to the driver company": something asked of the
    bot that it cannot do, whatever town, sum or trade it names, so no search is made of it."""
    said = Said.of(text)
    return bool(said.words) and not _complains(said.text, said.words) and any(holds(said) for holds in _ASKED_OF_THE_BOT)


def asks_how_much_is_paid(text: str) -> bool:
    """«сколько платят сварщику?», «жүргізушінің жалақысы қанша?», "how much does a welder earn?": how much is paid
    asked, with no sum, a question the pay's answer takes, whatever trade it names. Its list would answer it
    only on the days the trade has a vacancy open, and a question asked twice should get the same answer."""
    said = Said.of(text)
    if not is_question(text or "") or w.SUM_TYPED.search(text or ""):
        return False
    how_much = said.names(w.HOW_MUCH | {"much"}) or bool(w.WHAT_PAY.search(said.joined))
    return how_much and (_asks_about_pay(said) or _asks_about_the_pay_paid(said))


def asks_in_our_money(text: str) -> bool:
    """«1500 риалов это сколько на наши деньги?», "how much is 2500 QAR in tenge?": a sum asked in tenge, so the
    pay in a currency, not a search at that pay."""
    words = skeleton(text or "").split()
    return bool(w.IN_OUR_MONEY.search(" ".join(words))) and bool(w.SUM_TYPED.search(text or "")) and is_question(text or "")


def _skeleton_words(text: str) -> list[str]:
    """The message's words as `skeleton` writes them, all of them: a long one is written piece by piece."""
    typed = text.split()
    if len(typed) <= WHOLE_WORDS and len(text) <= WHOLE_CHARS:
        return skeleton(text).split()
    return [word for start in range(0, len(typed), PIECE_WORDS)
            for word in skeleton(" ".join(typed[start:start + PIECE_WORDS])).split()]


# The rules a long message is read by: trouble with the employer, money asked for a job, and a worker or their family
# deciding at length whether to go («меня зовут Айгерим … муж против, говорит, там опасно для женщин …»).
_LONG_RULES = (
    _complains_of_the_employer, _was_asked_for_money, _is_asked_to_pay_by_a_stranger, _asks_about_customs,
    _asks_about_women, _asks_if_it_is_safe, _fears_the_age_bars, _waits_after_applying, _brings_the_family,
    _asks_after_a_relative, _asks_about_the_leave, _asks_where_the_application_stands,
)

# Topics a trade may come with that its vacancies' cards answer («сварщик зарплата от 2500», «водитель с
# жильём», «сварщик без опыта»): such a message is a search, once these words are set aside.
ANSWERED_BY_CARDS = frozenset({"pay", "requirements", "terms", "rights"})
# Topics whose own words are never the trade searched for, though a label may hold them («у меня нет
# паспорта» is no passport clerk, «какой график работы?» no graphic artist, «комиссия есть?» no
# commissioner): whether such a message names a trade is judged without them.
NO_TRADE_IN_TOPIC_WORDS = frozenset({"documents", "terms", "fees"})
# Topics said only in their own closed set of words («ещё», «подробнее 1», «вторая», a phone number, «ок»,
# «привет», «пока»): they name no trade, whatever a label may make of «на первую». Nor does trouble with an
# employer: "I want to complain about my company" is no search for a companion, nor a family brought along
# («можно ли ехать вместе с мужем, мы оба сварщики»), nor an alert answered («почему мне прислали повара, я же
# сварщик», «мен аспаз емеспін, неге жібердіңдер»: the trade sent by mistake is not the one looked for).
NO_TRADE_TOPICS = frozenset({
    "more", "buttons", "contact", "ok", "greeting", "bye", "complaint", "family", "alerts",
    "delete",  # «деректерімді толық өшіріңіз, бармаймын»: an erasure names no trade, whatever «бармаймын» meets
})


def without_writer(text: str) -> str:
    """The message without who writes it for whom («пишу за отца», «анам үшін жазып отырмын», "writing for my dad"): one
    writing on a relative's behalf is no writer by trade."""
    return " ".join(w.WRITING_FOR.sub(" ", text or "").split())


def without_card_words(text: str) -> str:
    """The message without its words about the pay, the requirements, the hours and the contract's terms
    («сварщик зарплата от 2500» → «сварщик от 2500»), to see whether what is left names a trade; a phone
    or an address asked for with them is no trade either («елшіліктің телефоны» is no switchboard's)."""
    return _without(without_writer(text), w.CARD_WHOLE_WORDS, (*w.CARD_WORDS, w.PHONE_WORDS + w.ADDRESS))


def without_topic_words(text: str) -> str:
    """The message without the words of its topic that are never a trade: the card's, the documents' (with
    translating and certifying them) and the fees' («у меня нет паспорта» → «у меня нет», «дипломды аудару
    керек пе» → «керек пе», «комиссия есть?» → «есть?»), and the middleman who asks a fee («агент 200 доллар сұрап тұр,
    төлейін бе» names no agent's job)."""
    return _without(
        without_writer(text), w.CARD_WHOLE_WORDS | w.FEE_WORDS | w.DOCUMENTS_WORDS | w.TRANSLATING_WORDS,
        (*w.CARD_WORDS, w.DOCUMENTS, w.TRANSLATING, w.FEES, w.MIDDLEMAN),
    )


def asks_only_for_a_person(text: str) -> bool:
    """«оператор», «соедините с оператором, пожалуйста», «операторға қосыңызшы», "I need an operator", «дайте
    номер менеджера»: a person asked for and nothing else named, so no search for the operators' or
    managers' trades; «оператор крана», "CNC operator", «менеджер» alone name a trade and are searched."""
    words = skeleton(text or "").split()
    asking = any(word.startswith(w.CALLING_FOR) or word in w.CALLING_FOR_WORDS for word in words)
    return bool(words) and all(
        word.startswith(w.HUMAN + w.ASKING_FOR) or word in w.HUMAN_WORDS | w.ASKING_FOR_WORDS | w.HOTLINE_AROUND
        or asking and word.startswith(w.MANAGER)
        for word in words
    ) and not all(word in w.HOTLINE_AROUND for word in words)


def _without(text: str, whole_words: frozenset[str], beginnings: tuple[tuple[str, ...], ...]) -> str:
    """A word goes when each of its parts is a topic word: «оператор-кассир» keeps the cashier."""
    kept = []
    for word in (text or "").split():
        parts = skeleton(word).split()
        if parts and all(
            part in whole_words or any(part.startswith(prefixes) for prefixes in beginnings) for part in parts
        ):
            continue
        kept.append(word)
    return " ".join(kept)


def asks_about_age(text: str) -> bool:
    """«какой возрастной предел для водителей?», "max age for drivers?": an age limit asked about, so the
    trade beside it is the vacancy the question is about, not a search; so is the age feared to bar the worker
    ("I've been a welder twenty years, will they turn me down because of my age"). Stating one's age in a search
    («мне 35, я водитель, есть вакансии?») is not asking about it."""
    words = _skeleton_words(text or "")  # a long story is read whole, piece by piece
    said = Said(text or "", words, words, " ".join(words))
    return (is_question(text or "") and _names_age(said)) or _fears_the_age_bars(said)


def exchanges_a_licence(text: str) -> bool:
    """«перевести права на катарские», "how to convert my driving licence to a Qatari one": the licence is the
    worker's own, asked about, so the driver it names is no search."""
    return _exchanges_a_licence(Said.of(text or ""))


def _names_age(m: Said) -> bool:
    return m.has(w.AGE, w.AGE_WORDS) or bool(w.AGE_PHRASES.search(m.joined))


def asks_for_money(text: str) -> bool:
    """«с меня просят 150 тысяч за вакансию сварщика», «агент 200 мың сұрап жатыр»: money asked or paid for a
    job, so the trade or the agent named is the vacancy sold, not a search."""
    return _money_asked(Said.of(text))


def asks_a_sum(text: str) -> bool:
    """Money asked or paid for a job (`asks_for_money`), or a sum someone wants of the worker («просит 300 долларов»,
    "some1 on whatsapp wants 20k", «300 доллар сұрады»): no pay the worker wishes for. The worker's own wish («хочу
    3000», "i want 2000 usd") is not it."""
    m = Said.of(text)
    if _money_asked(m):
        return True
    sum_named = bool(w.SUM.search(m.text) or w.SUM_TYPED_KK.search(m.text))
    return sum_named and m.has(w.DEMANDED) and not w.ASKING_MYSELF.search(m.joined) and not w.WANTED_BY_ME.search(m.joined)


def _money_asked(m: Said) -> bool:
    """Someone asked for money or was paid it already, or a middleman named with money or paid; «мне сказали,
    надо заплатить» asks whether to pay (the fees), and «күйеуім үшін сұрап тұрмын» is the writer asking on
    someone's behalf."""
    money = m.has(w.MONEY) or bool(w.SUM.search(m.text))
    if w.ASKING_MYSELF.search(m.joined):
        return False
    if money and (m.has(w.ASKED) or m.has(w.PAID_ALREADY)):
        return True
    paid = m.has(w.PAID_ALREADY) or bool(w.PAID_ALREADY_EN.search(m.text))
    return m.has(w.MIDDLEMAN) and (money or paid)  # «платить агентству?» alone asks about fees


def asks_if_needed(text: str) -> bool:
    """«ағылшын тілі керек пе», «опыт нужен?», "is English required": whether something is needed is asked.
    A language asked so is no teacher of it (a label of the English teacher holds «ағылшын тілі»)."""
    return any(word.startswith(w.NEED) for word in skeleton(text or "").split())


def changes_mind(text: str) -> bool:
    """«хочу отозвать заявку», «передумал», "I want to withdraw", «бармаймын»: a worker who wants out of an
    application is told how, under the list of them."""
    said = skeleton(text or "")
    return any(word.startswith(w.WITHDRAWING) for word in said.split()) or "keri al" in said or bool(w.NOT_GOING.search(said))


def has_applied(text: str) -> bool:
    """«я откликнулся на водителя, когда ответ?», «сварщикке өтінім бердім, қашан жауап болады?», "I applied
    for the driver job, when will they call?", or refused it («почему отказали на сварщика?»): the trade named is
    the vacancy applied to, and the question is about the application, not for a list. Without a question,
    "Position applied for: steel fixer" is a CV's line naming the trade."""
    words = skeleton(text or "").split()
    joined = " ".join(words)
    applied = any(word.startswith(w.APPLIED) for word in words) or bool(w.APPLIED_KK.search(joined) or w.REFUSED.search(joined))
    # an application withdrawn («передумала на повара, хочу отменить отклик»): the trade is the vacancy applied to
    withdrawn = changes_mind(text) and any(word.startswith(w.APPLICATION_NOUNS + ("otklik",)) for word in words)
    if applied and is_question(text or "") or withdrawn:
        return True
    words = _skeleton_words(text or "")  # «подал на водителя две недели назад, и всё ничего»: told, not asked, awaited
    return _waits_after_applying(Said(text or "", words, words, " ".join(words)))


def says_cancel(text: str) -> bool:
    """«Отмена», «бас тарту», "Cancel" typed alone: what /cancel does, at any step."""
    return " ".join(skeleton(text or "").split()) in w.CANCEL


def is_question(text: str) -> bool:
    """A question mark, or a question word («когда», «қашан», "how"), whatever the question is about."""
    return "?" in text or any(word in w.QUESTION_WORDS for word in skeleton(text or "").split()) or bool(
        w.KAZAKH_PARTICLES.search(w.KAZAKH_GREETING.sub("", text or "")) or w.ASKED_BY_ORDER_EN.search(text or "")
        or w.WHAT_MUST_BE_DONE_KK.search(skeleton(text or ""))  # «…бару үшін не істеуі керек»: what must be done
    )


def _picks_from_the_list(text: str, words: list[str]) -> bool:
    """«подробнее 1», «откликнуться на 2», "apply 1", «бірінші вакансияны толығырақ», «екіншісіне өтінім
    беремін»: a vacancy of the list named instead of pressed."""
    if len(text.split()) > 5 or is_question(text):
        return False
    if not all(word in w.PICK or word.startswith(w.ORDINALS + w.PICK_BEGINNINGS) for word in words):
        return False
    return bool(w.PICKED.intersection(words) or w.LIST_NUMBER.search(text)
                or any(word.startswith(w.ORDINALS) for word in words))


def _both(words: list[str], these: tuple[str, ...], those: tuple[str, ...]) -> bool:
    """A word beginning with one of `these` and another with one of `those`."""
    return any(word.startswith(these) for word in words) and any(word.startswith(those) for word in words)


def _complains(text: str, words: list[str]) -> bool:
    """Trouble with the employer: a word of its own, pay or a passport withheld, nobody to meet the worker
    who has landed, the work, the pay or the housing not as agreed, a crowded or squalid room, bad food, days
    off withheld or said to be missing, a doctor refused to a sick worker, air conditioning missing or broken, or a
    wish to go home that is no ticket asked about. The bot mocked («вы издеваетесь?») is no employer's abuse."""
    words = [word for word in words if not word.startswith(w.MOCKED_BY_YOU)]
    joined = " ".join(words)
    housing_missing = w.NO_HOUSING.search(joined) and not w.OR_NOT.search(text)  # «жильё входит или нет?» asks
    if _not_met(words, joined) or housing_missing or w.NO_DAYS_OFF.search(joined):
        return True
    if _told_of_trouble(text, words, joined):
        return True
    if _both(words, w.FOOD, w.BAD) or (_both(words, w.CONTRACT, w.PAID) and (
        any(word.startswith(w.CHEATED) for word in words) or not w.LESS.isdisjoint(words)
        or len(set(w.AMOUNT.findall(text))) >= 2  # «келісімшартта 1800 еді, 1200 төлеп жатыр»: promised, then paid
    )):
        return True
    if _both(words, w.PAY, w.DELAYED) or w.PAY_NOT_COME.search(joined) or (
        any(word.startswith(w.PAY) or word in w.PAY_WORDS for word in words) and not w.LATE_WORDS.isdisjoint(words)
    ):  # «жалақыны кешеуілдетіп жатыр», «задерживают зарплату», «зп не пришла», "salary is late"
        return True
    if w.NO_OVERTIME.search(joined) and not is_question(text):  # "12 hours a day with no overtime pay"
        return True
    if w.OVERTIME_MISSING.search(joined) and not w.OR_NOT.search(text):  # «үстеме ақы жоқ»; «…или нет?» asks
        return True
    if any(word.startswith(w.EMPLOYER) for word in words) and w.NOT_RELEASED.search(joined):
        return True  # «работодатель не отпускает, говорит я ему должен»
    if w.HELD_FOR_A_DEBT.search(joined) or (w.HELD_IN_QATAR.search(joined) and w.A_DEBT.search(joined)):
        return True  # «меня не отпускают домой, говорят должен неустойку», «не выпускают, отработай долг за визу»
    if w.PAY_PROMISED.search(joined) or w.OVERTIME_UNPAID.search(joined) or w.PASSPORT_NOT_BACK.search(joined):
        return True  # «зарплату обещают и не дают», «за переработку ни копейки», «паспорта сдали, просим — не дают»
    if w.HIRED_AS_BUT.search(joined) or w.NOT_WHAT_IT_SAYS.search(text):
        return True  # «дәнекерлеуші деп жазылған, бірақ жүк тасытады», "housing isn't what the contract says"
    if (w.ID_CARD.search(joined) or w.QID.search(text)) and (
        w.NOT_DONE.search(joined) or w.NOT_DONE_EN.search(text) or w.STILL_NO.search(text) or w.ID_DELAYED.search(joined)
    ):
        return True  # «ID карту не делает уже три месяца»
    if any(word.startswith(w.COMPLAINT) or word in w.COMPLAINT_WORDS for word in words) and not (
        w.NO_ANSWER.search(joined) and _complaint_words(words) <= {"bermei"}
    ) and not _a_step_delayed(words):
        return True
    if w.NOT_AS_AGREED_EN.search(text):  # "they give me other work, not from the contract"
        return True
    if w.NOT_PAID.search(joined) or w.NOT_PAID_EN.search(text) or _both(words, w.PASSPORT, w.TAKEN):
        return True
    if w.PAY_NOT_PAID_KK.search(joined):  # «жұмыс беруші жалақы төлемесе не істеймін»: pay withheld, feared or told
        return True
    cheated = any(word.startswith(w.CHEATED + ("cheat",)) for word in words)
    if cheated and any(word.startswith(w.PAY) or word in w.PAY_WORDS for word in words) and (
        not w.IF_WORDS.isdisjoint(words) or any(word.startswith(w.EMPLOYER) for word in words)
    ):
        return True  # «что делать, если там обманут с зарплатой»: the employer feared to cheat on the pay
    if w.PHONE_TAKEN.search(joined):  # «отобрали телефоны на время работы», «телефонын тартып алып қойды»
        return True
    what_to_do = bool(w.WHAT_TO_DO.search(joined))  # «зарплату ни разу не дали, что делать»: told, and help asked
    if (w.PAY_WITHHELD.search(joined) or w.SQUALOR.search(joined)) and (not is_question(text) or what_to_do):
        return True  # «зарплату так ни разу и не дали», «в комнате клопы»; «клопы есть?» asks
    if w.EMPLOYER_IGNORES.search(joined):  # «работодатель не реагирует», "employer does nothing"
        return True
    if w.NOT_AS_AGREED.search(joined) or (
        any(word.startswith(w.ROOM) for word in words)
        and any(word.startswith(w.BAD) or word in w.BAD_WORDS for word in words)
    ):
        return True
    room = any(word.startswith(w.ROOM) for word in words)
    if room and (w.CROWDED.search(text) or w.CROWDED_WORDS.search(joined) or not w.ROOM_SMALL.isdisjoint(words)):
        return True  # «бөлмеде он екі адам», «комната кішкентай»
    if (w.WITHOUT_DAYS_OFF.search(joined) or w.WITHOUT_DAYS_OFF_EN.search(text)) and not is_question(text):
        return True  # «уже месяц без выходных»; «работа без выходных?» asks the terms
    if any(word.startswith(w.DOCTOR) for word in words) and (
        w.MEDICAL_REFUSED.search(joined) or w.MEDICAL_REFUSED_EN.search(text.replace("’", "'"))
    ):
        return True  # «к врачу не везут», «ауруханаға жібермейді», "won't take me to a doctor"
    if w.AIRCON.search(joined) or w.AIRCON_TYPED.search(joined):
        return True
    if w.DISMISSED.search(joined) or w.WORK_CHANGED.search(joined):  # «меня уволили», «поставили грузчиком»
        return True
    if w.CONTRACT_SAYS_OTHERWISE.search(joined):  # «не даёт медстраховку, хотя в контракте есть»
        return True
    if w.DEDUCTED.search(joined) and not is_question(text) and not w.OR_TYPED.search(text) and any(
        word.startswith(w.EMPLOYER + w.COMPANY + w.PAY) or word in w.PAY_WORDS for word in words
    ):
        return True  # «работодатель вычитает из зарплаты за билет»; «вычитают ли за жильё?» asks the pay
    if _hard_pressed(text, words, joined):
        return True
    if _pays_its_own_way(text, words, joined):
        return True
    ticket = any(word.startswith(w.TICKET) for word in words)
    if w.CONTRACT_END.search(joined) and ticket and w.NOT_BOUGHT.search(joined) and not is_question(text):
        return True  # «контракт закончился, а билет не покупают», "contract ended and they won't buy my ticket"
    if w.CONTRACT_END.search(joined) or w.EARLY_PHRASES.search(joined) or w.BEFORE_THE_END.search(joined) or w.FARE.search(joined):
        return False  # «контракт закончился, как вернуться домой?», «раньше срока домой»: the ticket home, a right
    return any(word.startswith(w.HOMESICK) for word in words) and not any(
        word.startswith(w.TICKET + w.EARLY + ("otpusk", "demalis", "vacation", "holidai", "uvolits", "uvolius") + w.CAME_BACK)
        for word in words  # «как уволиться и уехать домой» asks what is due
    )


def _told_of_trouble(text: str, words: list[str], joined: str) -> bool:
    """Trouble in Qatar told in words the checks of `_complains` miss: a sick or injured worker told to work all the same
    or left to pay the treatment, pay cut or fined, pay less each time, food that is one thing day after day, water or a
    break not given, the air conditioning missing, long days with no day off told of one's own work (asked whether it is
    normal, still told), what is due at the end refused, overtime not on the payslip, the passport asked back in vain."""
    def has(beginnings: tuple[str, ...]) -> bool:
        return any(word.startswith(beginnings) for word in words)

    told = not is_question(text)
    plainly = "?" not in text and w.IF_WORDS.isdisjoint(words) and not w.ASKED_BY_ORDER_EN.search(text)  # "…is my cost"
    if has(w.ILL_OR_HURT) and w.TOLD_TO_WORK.search(joined):  # «температура, а бригадир говорит выходи на работу»
        return True
    if has(w.TREATMENT) and w.AT_OWN_COST.search(joined) and plainly:  # «компания говорит лечение за свой счёт»
        return True
    if w.PAY_CUT_TOLD.search(joined) and has(w.PAY_OR_SUM + w.PAY) and w.IF_WORDS.isdisjoint(words) and not (
        w.ASKED_BY_ORDER_EN.search(text)
    ):  # «сняли дневную зарплату», "they cut 200 riyals from my pay"; "do they cut pay if i'm sick?" asks
        return True
    if has(w.PAY + ("platiat",)) and not w.LESS.isdisjoint(words) and w.EVERY_TIME.search(joined) and told:
        return True  # «платят наличкой и каждый раз меньше»
    if w.FOOD_ONLY.search(joined) and has(w.FOOD + ("kormiat", "feed")):  # «кормят одним рисом каждый день»
        return True
    if has(w.FOOD) and not w.BAD_WORDS.isdisjoint(words) and plainly:  # "the camp food is bad"; "is the food bad?" asks
        return True
    if w.NOT_GIVEN.search(joined) and not w.IF_WORDS.intersection(words) and (told or not has(("est", "bar"))):
        return True  # «в жару не даёт ни воды ни перерыва», "no drinking water in the camp"; «вода есть?» asks
    if w.AIRCON_MISSING.search(joined):  # «час на автобусе без кондиционера, это нормально?»
        return True
    no_days_off = w.WITHOUT_DAYS_OFF.search(joined) or w.WITHOUT_DAYS_OFF_EN.search(text) or w.SEVEN_DAYS.search(text)
    if no_days_off and (w.LONG_DAY.search(text) or has(w.OWN_WORK) or w.OWN_WORK_EN.search(joined)):
        return True  # «работаем по 12 часов без выходных, это нормально?»; «работа без выходных?» asks the terms
    if (has(w.END_PAY) or w.END_OF_SERVICE.search(joined)) and w.END_PAY_REFUSED.search(joined) and told:
        return True  # «компания говорит никаких выплат в конце не будет», "refuses to pay my gratuity"
    if w.OVERTIME_NOT.search(text) and plainly:  # "overtime is not on the payslip"
        return True
    return has(w.PASSPORT) and bool(w.PASSPORT_ASKED_BACK.search(joined))  # «паспорт у начальника, прошу отдать — потом»


def _a_step_delayed(words: list[str]) -> bool:
    """«виза задерживается», «визам задерживается ғой, неге»: the visa late, a step of the application the worker waits
    on, no employer's abuse; pay held back («зарплату задерживают») stays a complaint."""
    delay = [word for word in words if word.startswith(w.DELAY_WORDS)]
    others = [word for word in words if word.startswith(w.COMPLAINT) and not word.startswith(w.DELAY_WORDS)]
    step = any(word.startswith(w.STEPS_DELAYED) for word in words)
    return bool(delay) and not others and step and not any(word.startswith(w.PAY) or word in w.PAY_WORDS for word in words)


def _complaint_words(words: list[str]) -> set[str]:
    """The complaint's own beginnings the message holds («бермей» of «жауап бермей жатыр»)."""
    return {prefix for prefix in w.COMPLAINT for word in words if word.startswith(prefix)} | (
        w.COMPLAINT_WORDS.intersection(words)
    )


def _not_met(words: list[str], joined: str) -> bool:
    """«никто не встретил», «нас не встретили», «ешкім қарсы алмады», «работодатель не приехал», «әуежайда
    тұрмын, ешкім келмеді», "nobody met me": landed, and nobody came to meet the worker."""
    if not w.NOBODY.isdisjoint(words) and any(word.startswith(w.COME) for word in words):
        return True
    if w.NOT_MET.search(joined):
        return True
    if not w.NOBODY.isdisjoint(words) and any(word.startswith(w.AIRPORT) for word in words):
        return True  # «в аэропорту никого нет»
    if not w.NOBODY.isdisjoint(words) and any(word.startswith(w.LANDED) for word in words) and w.NOBODY_THERE.search(joined):
        return True  # «прилетел, никого нет», "landed, nobody here"
    return bool(w.NOT_CAME.search(joined)) and any(word.startswith(w.AIRPORT + w.EMPLOYER) for word in words)


def _who_pays(words: list[str]) -> bool:
    """«кто платит за билет?», «жильё бесплатное?», "who pays for the flight", "is sick leave paid": a right of
    the contract; a fee
    named beside them ("any fees for the medical check") is a fee asked."""
    if any(word in w.FEE_NOUNS or word.startswith(w.FEE_NOUN_BEGINNINGS) for word in words):
        return False
    housing = bool(w.HOUSING_SAID.search(" ".join(words)))  # "will they give us a place to live for free"
    return (housing or any(word.startswith(w.TICKET + w.RIGHTS) or word in w.RIGHTS_WORDS for word in words)) and any(
        word.startswith(w.WHO_PAYS + w.OWN_PURCHASE) or word in w.WHO_PAYS_WORDS | w.OWN_PURCHASE_WORDS
        for word in words
    )


def _about_terms(text: str, words: list[str]) -> bool:
    """Hours, shifts or days off named, or a contract's length asked («контракт на сколько лет?»)."""
    if any(word.startswith(w.TERMS) or word in w.TERMS_WORDS for word in words):
        return True
    if w.TERMS_PHRASES.search(" ".join(words)) or w.DAYS_OFF.search(text):
        return True
    if not any(word.startswith(w.CONTRACT) for word in words) or any(word.startswith(w.WAITED_FOR) for word in words):
        return False
    return any(word.startswith(w.HOW_LONG) or word in w.HOW_MUCH for word in words) or "lon" in words  # "how lon is contrakt"


def _called(words: list[str]) -> bool:
    """«когда позвонят?», «мне позвонят?», «қашан шақырады», "will they call me": waiting for the next step;
    "I changed my mind": withdrawing, which is done from the application."""
    if any(word.startswith(w.THEY_CALL) for word in words):
        return True
    if not w.NOBODY.isdisjoint(words) and any(word.startswith(w.CALLED) for word in words):  # «никто не звонит»
        return True
    if w.MIND.intersection(words) and any(word.startswith(("chang", "ozgert")) for word in words):  # «ойымды өзгерттім»
        return True
    return bool(w.WHEN.intersection(words)) and any(word.startswith(w.CALLED) for word in words)


def _next_step(text: str, words: list[str]) -> bool:
    """«что дальше?», «келесі қадам қандай», "what are the next steps": where the application goes next;
    «что мне делать дальше с этим ботом?» asks how the bot is used instead."""
    if not w.NEXT.intersection(words) or any(word.startswith(w.THE_BOT) for word in words):
        return False
    return is_question(text) or any(word.startswith(w.STEP) for word in words)


def _whence(text: str, words: list[str]) -> bool:
    """«откуда вакансии?», «вакансиялар қайдан алынады», "where do these vacancies come from"."""
    if any(word.startswith(w.SEE) for word in words):  # «вакансияларды қайдан көремін»: where they are seen
        return False
    asks_whence = bool(w.WHENCE.intersection(words)) or bool(w.WHENCE_EN.search(text))
    # «жұмыс беруші мені қабылдады ма, қайдан білемін»: the employer («жұмыс беруші») is no vacancy
    work = [word for word, after in zip(words, [*words[1:], ""]) if not after.startswith(w.EMPLOYER)]
    return asks_whence and any(word.startswith(w.VACANCIES) for word in work)


def _from_the_ministry(text: str, words: list[str]) -> bool:
    """«это от министерства труда?», «вы из министерства?»: whether the bot is official. Asking where the
    ministry is or how to call it («где министерство?», «телефон министерства») is for the hotline."""
    return (
        (is_question(text) or words[-1] in w.PARTICLES) and bool(w.THIS_OR_YOU.intersection(words))
        and any(word.startswith(w.MINISTRY) for word in words)
        and not any(word.startswith(w.ADDRESS + w.OFFICE[:3] + ("telefon", "fone", "phone", "nomer")) for word in words)
        and not {"gde", "kaida", "vhere"}.intersection(words)
    )


def _thanks_for_help(text: str, words: list[str]) -> bool:
    """«Спасибо, вы очень помогли», «көмектескеніңізге рақмет», "thank you for your help": thanks, not a plea. A
    blessing thanks as well («дай Аллах вам здоровья за помощь», «Алла разы болсын, көмектестіңіз», "god bless you for
    the help")."""
    thanked = any(word.startswith(w.THANKS) for word in words) or bool(w.GOD_BLESS.search(" ".join(words)))
    if not thanked or _thanks_in_advance(text, words):
        return False
    if any(word.startswith(w.NEED) for word in words):  # «нужна помощь, спасибо»: a plea
        return False
    helps = [word for word in words if word.startswith(w.HELP) or word in w.HELP_WORDS]
    if "help" in helps and w.HELPED_EN.search(text):
        helps.remove("help")
    if w.HELPED_EN_MORE.search(text):  # "thanks, that helps a lot"
        helps = [word for word in helps if not word.startswith("help")]
    return all(word.startswith(w.HELPED) or word in w.HELPED_WORDS for word in helps)


def _asks_for_more(words: list[str]) -> bool:
    """«дальше покажи», «келесі бетті көрсет», "next page please": the next page, in words in any order."""
    return bool(w.MORE_CORE.intersection(words)) and all(word in w.MORE_CORE | w.MORE_AROUND for word in words)


def _changes_the_phone(words: list[str]) -> bool:
    """«как поменять номер телефона», «у меня новый номер», "change my phone number": the phone, and no other
    field of the profile, changed; a number said to be wrong is a field to correct like the others."""
    if not any(word.startswith(w.PHONE_WORDS_OF_PROFILE) for word in words):
        return False
    if any(word.startswith(w.APPLICATION_NOUNS) for word in words):  # «сменил телефон, заявки остались?»
        return False
    if any(word.startswith(w.FIELDS) and not word.startswith(w.PHONE_WORDS_OF_PROFILE) for word in words):
        return False
    return any(word.startswith(w.CHANGED) for word in words) or bool(w.NEW.intersection(words))


def _speaks_a_language(words: list[str]) -> bool:
    """«арабский знаю», "I speak Arabic": a language for the profile; "do I need to speak Arabic" asks what a
    vacancy requires."""
    if w.NOT_SPEAKING.intersection(words):  # «я не знаю английского, возьмут?»: a worry, not a language
        return False
    return _both(words, w.LANGUAGE_NAMES, w.SPEAKING) and not any(word.startswith(w.NEED) for word in words)


def _states_own_experience(words: list[str]) -> bool:
    """«10 жыл тәжірибем бар», «опыт есть», "I have experience": the worker telling, not asking whether a
    vacancy needs it («опыт нужен?», "do I need experience")."""
    joined = " ".join(words)
    if w.NO_EXPERIENCE.search(joined):  # «тәжірибем жоқ, алады ма»: none, a worry about what a vacancy asks
        return False
    return bool(w.OWN_EXPERIENCE.search(joined)) and not any(word.startswith(w.NEED) for word in words)


def _thanks_in_advance(text: str, words: list[str]) -> bool:
    """«…можно ли с семьёй? заранее спасибо», «…бола ма? алдын ала рахмет»: thanks closing a question."""
    return bool(w.IN_ADVANCE.intersection(words)) and is_question(text)


def _help_phrase(words: list[str]) -> bool:
    """«кто ты?», «не істеу керек», «что мне теперь делать», "what now": what the bot does; a greeting before it
    («слм, не істей аласың») or the first time told («мен бірінші рет, не істеу керек») changes nothing."""
    while len(words) > 1 and words[0] in w.GREETING_OPENERS:
        words = words[1:]
    phrase = " ".join(word for word in words if word not in w.HELP_FILLERS | w.REPLY_FILLERS)
    return " ".join(w.FIRST_TIME.sub(" ", phrase).split()) in w.HELP_PHRASES


def _trouble(text: str, words: list[str]) -> bool:
    """«бот не работает», «ничего не понятно», «қате», "it doesn't work": trouble with the bot itself. The bot told it
    does not understand («опять ты меня не понял», "you don't understand anything") is anger, not trouble to help with."""
    if w.BOT_MISUNDERSTANDS.search(" ".join(words)):
        return False
    if any(word.startswith(w.TROUBLE + w.CONFUSED) or word in w.TROUBLE_WORDS for word in words):
        return True
    if w.CONFUSED_EN.search(text):  # "I'm lost"
        return True
    if w.NOT.intersection(words) and any(word.startswith(w.TROUBLE_VERBS) for word in words):
        return True
    if any(word.startswith(w.BROKEN) for word in words) and any(word.startswith(w.THE_BOT) for word in words):
        return True
    return bool(w.TROUBLE_EN.search(text.replace("’", "'")))


def _signs(text: str) -> list[str]:
    """The signs of a message with no word («👍», «🙏🙏», «👌🏽 ✅»), skin tones and joiners aside."""
    return [c for c in text if not c.isspace() and c not in "\ufe0f\u200d" and not "\U0001f3fb" <= c <= "\U0001f3ff"]


def _pays_its_own_way(text: str, words: list[str], joined: str) -> bool:
    """Told, not asked: a taxi to the site at one's own cost («на такси за свои деньги ездим»), food given and
    charged for or bad («в столовой кормят одним рисом, и ещё вычитают»), months without pay («третий месяц без
    зарплаты»), or less paid than the contract says with both sums («меньше чем в контракте, 1100 вместо 1500»)."""
    if any(word.startswith(w.TAXI) for word in words) and w.OWN_MONEY.search(joined) and not is_question(text):
        return True
    fed = any(word.startswith(w.FOOD + w.CANTEEN) for word in words)
    if fed and w.CHARGED_FOR_FOOD.search(joined) and not is_question(text):
        return True
    if w.WITHOUT_PAY.search(joined) and any(word.startswith(w.SPELL) or word in w.SPELL_WORDS for word in words):
        return True
    told_less = not w.LESS.isdisjoint(words) or not w.INSTEAD.isdisjoint(words)
    return any(word.startswith(w.CONTRACT) for word in words) and told_less and len(set(w.AMOUNT.findall(text))) >= 2


def _hard_pressed(text: str, words: list[str], joined: str) -> bool:
    """Made to work in the heat or at midday («в 12 дня гоняют на крышу, июль»), pay held back with a sum
    («удерживает 300 риалов за жильё», «200 риал ұстап қалады») or paid short («недодают»)."""
    hot = any(word.startswith(w.HEAT + w.SUMMER) for word in words) or bool(
        w.MIDDAY.search(joined) or w.MIDDAY_TYPED.search(text)
    )
    if hot and w.MADE_TO.search(joined):
        return True
    heat = any(word.startswith(w.HEAT) or word in w.HEAT_WORDS for word in words)
    if heat and w.HEAT_AT_MIDDAY.search(joined) and w.WORKING_NOW.search(joined) and not is_question(text) and not (
        w.OR_TYPED.search(text)  # «летом в обед работают или есть перерыв из-за жары»: a choice offered asks
    ):
        return True  # «жара, обед кезінде работаем»
    if w.DEDUCTED.search(joined) and any(char.isdigit() for char in text):
        return True
    if w.PART_PAID.search(joined) and any(word.startswith(w.PAID) for word in words) and not is_question(text):
        return True  # «айлықтың жартысын ғана төлейді», "they pay only half of it"
    return any(word.startswith(w.SHORT_PAID) for word in words)
