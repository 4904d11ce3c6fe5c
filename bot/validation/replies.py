"""A yes, a no or a skip typed where the question's buttons say it."""

from __future__ import annotations

import re

from bot.validation.answer import FILLERS, asks_back, without_question


# A yes or a no typed instead of pressed («да», «ещё», «иә», "yes"; «нет», «дальше», «жоқ», "no"), for a
# question whose buttons say "add one more" and "go on".
# Kazakh is also typed without its letters («иа», «жок») and in Latin letters ("ia", "iá", "joq").
_YES = frozenset("да ага угу конечно конешно канешно канечно ещё еще ещо исчо есть добавить добавлю добавь давай ок окей хорошо иә ия иа бар тағы "
                 "қосу қосамын қосайын әрине жарайды ia iá iä iya arine ariine ok okay yes yeah yep sure add qosamyn "
                 "qosu добавим давайте "
                 "another more".split()
                 # the dotless ı of the 2021 alphabet, and typos on a phone: letters swapped or next to the
                 # right ones ("yse", "ues"), the other keyboard layout («lf» for «да», "ytn" for «нет» below)
                 + "ıa ıä yse yas ues lf".split()
                 # Kazakh Latin with the 2018 alphabet's marks («ıá», «árıne»), «бар» in Latin letters, "yeh"
                 + "ıá iá árıne árine arıne bar yeh yea tagy taǵy".split()
                 + "qosaiyn qosayin qosaıyn".split()  # «қосайын» in Latin letters
                 # a sum offered to be saved (a pay in dollars in riyals): «да, сохраните», «иә, дұрыс», "yes save it"
                 + "сохраните сохранить сохрани верно правильно сақтаңыз сақта дұрыс saqta saqtanyz durys "
                   "save correct right".split())
_NO = frozenset("нет неа не дальше далее хватит всё все нету больше жоқ жок болды бітті закончил закончила закончили "
                "келесі әрі қарай "
                "joq jok zhoq zhok boldy boldi bitti next no nope nop nah done skip enough достаточно ytn тщ "
                "пропустить пропускаю өткізу otkizu".split())  # a skip pressed in words: nothing more to add
_THANKS = frozenset("спасибо большое рахмет raqmet rakhmet rahmet thanks thnks thx thanx thank you".split())  # «нет, спасибо»
# Words around a yes or a no that change nothing («ну наверное да, давайте», "yes please"), and those of a
# worker correcting the answer («нет, то есть да», «да… хотя нет», "no wait, yes"): the last one then holds.
_AROUND = frozenset("ну наверное думаю пожалуйста please хотя ой wait sorry этого хочу want just i it".split()
                    # a hedge that still leans one way («скорее нет», "probably"), and what an older worker
                    # calls the one they write to («иә, балам», «да, сынок»)
                    + "скорее наверно пожалуй probably likely балам сынок доченька айналайын balam".split()
                    # a correction said with more words ("no… wait, actually yes", «ой, вообще-то да»), the sounds of a
                    # pause in a dictated answer («ээ нет», "um yes")
                    + "actually вообще то вообще-то негізі э эм м ә uh um hm".split())
_CORRECTED = re.compile(r"(?<!\w)(?:то\s+есть|хотя|wait|sorry|ой)(?!\w)")
_ONE = frozenset("одна одну one бір біреу біреуі біреуін bireu bireui bireuin bireýin bireýi".split())  # «да, ещё одна», «иә, тағы біреуі бар»
# Phrases that are a yes or a no as a whole («не надо», «это всё», «керек емес», "that's all", "of course").
_YES_PHRASE = re.compile(r"(?<!\w)(?:of\s+course|why\s+not|go\s+on)(?!\w)")
_NO_PHRASE = re.compile(
    # «да нет» is a no in Russian speech ("why, no")
    r"^\s*да\s+(?:наверное\s+|пожалуй\s+|скорее\s+|наверно\s+)?нет(?!\w)|(?<!\w)(?:не\s+надо|не\s+нужно|не\s+хочу|это\s+вс[её]|вот\s+и\s+вс[её]|на\s+этом\s+вс[её]|керек\s+емес|"
    r"қажет\s+емес|kerek\s+emes|qajet\s+emes|бәрі\s+осы|that'?s\s+(?:all|it|enough)|that\s+is\s+all|no\s+need|"
    # one trade is enough («одной хватит», «бір мамандық жетеді», "just one")
    r"одно[йг]?\s+(?:хватит|достаточно)|(?:just|only)\s+one(?!\s+more)|"
    r"one(?:\s+(?:trade|job|occupation|profession))?\s+is\s+enough(?:\s+for\s+me)?|"
    r"(?:бір|bir)\w*\s+(?:(?:мамандық|мамандығ|mamandyq|mamandyg|mamandyǵ)\w*\s+)?(?:жетед\w*|jeted\w*)|"
    r"(?:осы\s+|osy\s+)?(?:жетед\w*|jeted\w*)|"
    r"i'?m\s+done|not\s+now|не\s+то(?!\s+есть)|(?:probably|likely|maybe)\s+not|rather\s+not|i\s+don'?t\s+think\s+so)(?!\w)"
)


# A yes or a no sent as an emoji or a sign (👍, ✅, ✔️; ❌, 👎), in any skin tone, and the sounds typed with a
# hyphen («не-а», «угу-угу», "uh-huh"), read as the words.
_YES_SIGNS = re.compile(r"[👍👌✅✔☑🆗🙆]")
_NO_SIGNS = re.compile(r"[❌👎✖⛔🚫❎🙅]")  # 🙅, 🙅‍♂️: the gesture for no
_SOUNDS = ((re.compile(r"(?<!\w)не-а(?!\w)"), " неа "), (re.compile(r"(?<!\w)(?:угу(?:-угу)?|uh-huh|uh huh|mm-hmm)(?!\w)"), " угу "))


def _signs_as_words(text: str) -> str:
    """The answer with its yes and no emojis and hyphenated sounds as words (see `_YES_SIGNS`)."""
    text = _NO_SIGNS.sub(" no ", _YES_SIGNS.sub(" yes ", re.sub(r"[\U0001F3FB-\U0001F3FF\ufe0f]", "", text)))
    for sound, word in _SOUNDS:
        text = sound.sub(word, text)
    return text


def yes_or_no(text: str | None) -> bool | None:
    """True for a typed yes, False for a no, None for anything else («да, ещё одна» is a yes). A letter
    held down («даа», «нетт», "yesss») is read once. Corrected in the same message («нет, то есть да»,
    «иә, жоқ, керек емес»), the last answer holds. A sign (✅, ❌) settles words that alone could be either
    ("❌ no more")."""
    text = without_question(text)
    if re.fullmatch(r"\s*\++\s*", text):  # «+»: a yes, as in a chat
        return True
    if re.fullmatch(r"\s*[-–—]+\s*", text):  # «-»: a no
        return False
    said = _said(text)
    if said is not None:
        return said
    if _another_steps_answer(text.lower()):
        return False
    first, _, rest = text.partition(",")
    if asks_back(rest) and (said := _said(first)) is not None:
        return said  # «нет, а когда будут вакансии?», "yes, how many can I add?": the answer, then a question
    lowered = re.sub(r"[\U0001F3FB-\U0001F3FF\ufe0f]", "", text.lower())
    signs = {bool(_YES_SIGNS.search(lowered)), not _NO_SIGNS.search(lowered)}
    if len(signs) == 1 and _said(_NO_SIGNS.sub(" ", _YES_SIGNS.sub(" ", lowered))) is None:
        words = set(re.findall(r"\w+", _signs_as_words(lowered)))
        if words and words <= _YES | _NO | _THANKS | _ONE | _AROUND:
            return signs.pop()
    return None


def _said(text: str | None) -> bool | None:
    """The answer the words and signs of a message give (see `yes_or_no`)."""
    value = _NO_PHRASE.sub(" no ", _YES_PHRASE.sub(" yes ", _signs_as_words((text or "").lower())))
    corrected = _CORRECTED.search(value) is not None
    value = re.sub(r"(?<!\w)то\s+есть(?!\w)", " , ", value)
    clauses = [{_one_of_each(word) for word in re.findall(r"\w+", clause)} for clause in re.split(r"[,;.!?]+", value)]
    words = set().union(*clauses)
    if words & (_NO | _YES | _ONE):  # «нет, других профессий нет», «иә, тағы бір мамандық бар»: what was asked
        words = {word for word in words if not word.startswith(_ASKED_ABOUT)}
        clauses = [{word for word in clause if not word.startswith(_ASKED_ABOUT)} for clause in clauses]
    if not words - _AROUND or not words <= _YES | _NO | _THANKS | _ONE | _AROUND:
        return None
    yes, no = bool(words & (_YES | _ONE)), bool(words & _NO)
    if yes != no:
        return yes
    if not yes:
        return False  # «спасибо», «рахмет» alone: nothing more to add
    said = [bool(clause & (_YES | _ONE)) for clause in clauses
            if bool(clause & (_YES | _ONE)) != bool(clause & _NO)]
    return said[-1] if said and (corrected or len(said) > 1) else None


# What the question asked about, named beside a no («нет, других профессий нет», «joq, basqa mamandyǵym
# joq», "no other trade"): no part of the answer.
_ASKED_ABOUT = ("профес", "специальн", "мамандық", "мамандығ", "mamandy", "occupation", "trade", "job",
                "друг", "басқа", "basqa", "other")


def _another_steps_answer(text: str) -> bool:
    """A no followed by the answer to another question («нет, 7 лет», "no, Russian and Kazakh"): the no
    holds, and the rest is that question's, asked in its turn. Not a trade after it, which the step reads."""
    first, _, rest = text.partition(",")
    if not rest.strip() or _said(first) is not False or re.search(r"(?<!\w)(?:но|but|бірақ|ал|а)(?!\w)", rest):
        return False
    from bot.validation.languages import spoken_languages  # one module a step: languages import these replies

    try:
        spoken_languages(rest)
    except ValueError:
        return bool(re.search(r"\d", rest))
    return True


def _one_of_each(word: str) -> str:
    """The word itself when it is a yes or a no, else the word with its repeated letters typed once."""
    if word in _YES or word in _NO or word in _AROUND:
        return word
    return re.sub(r"(\w)\1+", r"\1", word)


# Nothing to give, typed where a step can be skipped or finished («нет», «пропустить», «готово», «жоқ»,
# "skip", "none", "-"): at the qualifications step «нет» had been saved as the worker's qualifications.
_SKIP = _NO | _THANKS | frozenset(
    "готово пропустить пропущу пропуск ничего никаких никакого никакой нечего имею дайын өткізу өткізіп "
    "жіберу ештеңе ешқандай ешбір otkizu otkizip jiberu zhiberu "
    "none nothing skip done na у меня менде i have a do don dont t not any "  # «у меня нет», "I don't have any"
    "пока әзірге әлі yet ázirge azirge áli".split()  # «пока нет», «әзірге жоқ», "not yet"
    + "жіберемін jiberemin zhiberemin".split()  # «өткізіп жіберемін», I'll skip it
    + "потом позже кейін keiin later".split()  # «нет пока, позже»: given later, not now
    + "eshqandai eşqandai eshteñe eşteñe ештеме eshteme eşteme".split()  # the same in Kazakh Latin letters
    + "только тек only опыт опыта experience тәжірибе тәжірибем tajiribe".split()  # «нет, только опыт»
)
# Words that leave a no as it is, but are none alone («сейчас», «балам»): a no for a parent («у папы нет
# никаких документов»), what an older worker calls the bot («жоқ, балам»), not yet while studying for one.
_BESIDE_A_NO = frozenset(
    "об папы мамы отца него неё нее его әкемде анамда his her dad father mother".split()
    + "балам сынок доченька айналайын balam ainalaiyn".split()
    # not yet, studying for one («пока нет, учусь на курсах», "not yet, doing a course now")
    + "учусь учится на курсах курсы оқып жүрмін жүр doing taking studying on course courses now сейчас".split()
    # not yet, but can get one («пока нет, но могу получить», «әзірге жоқ, бірақ ала аламын», "not yet but can get")
    + "но могу получить сделать пройти бірақ ала аламын алам but can could get will one".split()
    + "pls plz please пожалуйста өтінемін".split()  # "skip pls"
    + "sorry извините простите кешіріңіз keshirińiz keshiriniz".split()  # "no phone, sorry": an apology, still a no
    # a SIM to be bought, now, or a particle («номера пока нет, симку куплю потом», «qazir joq», «жоқ қой»)
    + "симку симка сим sim куплю возьму buy аламын qazir qazır деген қой ғой goi qoi".split()
    # one to come («нету пока, в следующем месяце получу», "nothing so far", «жақында аламын»)
    + "в следующем месяце году получу скоро soon so far next month year жақында келесі айда jaqynda через неделю "
      "месяц месяца maybe может".split()
    # the worker's own, and a relative's to write to instead («своего нет, пишите на номер сына»)
    + "своего своей свой own өз өзімнің на сына дочери жены мужа брата сестры son's wife's husband's".split()
    # whom to call instead («номера нет, звоните жене»), and the step named ("skip this")
    + "звоните позвоните звонить жене мужу сыну дочке брату сестре call this it".split()
    # a number about to change, the one to use meanwhile («телефон скоро поменяю, пока пишите сюда», "rn")
    + "поменяю сменю меняю менять ауыстырамын change changing rn".split()
)


# What the skippable steps ask for, named beside the no («нет телефона», «сертификатов нет», «сертификат
# жоқ», "no phone"): the beginnings of the words.
_ASKED_FOR = ("телефон", "номер", "нөмір", "phon", "number", "nomer", "nomir", "telefon", "серт", "certif",
              "sertifikat", "удостоверен", "куәлі", "документ", "document", "обучени", "құжат", "сотов", "мобил",
              "mobile", "cell", "ұялы", "certs", "kual", "kúál", "kuäl", "küäl", "kuál",
              "licen", "лиценз", "короч", "koroch")  # "no licence", «лицензии нет»
# A whole message that says any will do: for a salary, no least amount («не важно», «любая», «бәрібір»).
_ANY_WILL_DO = re.compile(
    r"(?:не\s*важно|любая|любой|любую|без\s+разницы|вс[её]\s+равно|маңызды\s+емес|бәрібір|барибир|baribir|"
    r"договорн\w*|по\s+договор\w*(?:\s+с\s+работодател\w*)?|как\s+договоримся(?:\s+с\s+работодател\w*)?|келісім\s+бойынша|келісімді|kelisim\s+boiynsha|kelisimdi|"
    r"negotia\w*|negociable|на\s+усмотрени[еи](?:\s+работ[оа]дател\w*)?|"
    r"any|anything|whatever|no\s+matter|doesn'?t\s+matter|does\s+not\s+matter|dos[e]?n'?t\s+matter|"
    r"do(?:n'?t|nt)\s+matter|ma[nńñ]yzdy\s+emes|(?:қанша|qansha)\s+(?:берсе|berse)(?:\s+(?:де|да|de|da))?(?:\s+(?:болады|жарайды|bolady|jaraidy))?|"
    # what others get, or what the employer offers («как у всех», «басқалар сияқты», "same as everyone")
    r"как\s+у\s+(?:всех|других|остальных)|как\s+обычно|сколько\s+(?:дадите|дадут|предложите|предложат|платят|"
    r"заплатят|будут\s+платить)(?:,?\s*(?:столько\s+и\s+)?(?:ладно|хорошо|нормально|пойд[её]т|хватит))?|"
    # the more the better, or it depends on the job («чем больше, тем лучше», «зависит от работы», "depends")
    r"чем\s+больше,?\s+тем\s+лучше|(?:the\s+)?more\s+the\s+better|көп\s+болса\s+жақсы|"
    r"(?:смотря|зависит)(?:\s+от|\s+по|\s+какая|\s+какой)?(?:\s+(?:работы|работа|работе|вакансии|должности|условий))?|"
    r"(?:it\s+)?depends(?:\s+on\s+(?:the\s+)?(?:job|work|position|employer|offer))?|жұмысқа\s+байланысты|"
    r"whatever\s+(?:they|you|the\s+employer)\s+(?:pay|offer|give)s?|"
    r"басқалар\s*(?:сияқты|секілді|құрлы)|басқалардай|basqalar\s*(?:siyaqty|siyakty|sekildi)|basqalardai|"
    r"(?:the\s+)?same\s+as\s+(?:everyone|everybody|others|the\s+others)(?:\s+else)?|whatever\s+is\s+"
    r"(?:normal|usual|standard|fair)|open\s+to\s+offers?|whatever\s+you\s+offer|"
    # any sum said to do («любая сумма подойдёт», «кез келген жалақы», "any amount is fine")
    r"(?:any|любая|любую|кез\s+келген)\s+(?:amount|sum|salary|pay|сумма|сумму|зарплата|зарплату|жалақы)"
    r"(?:\s+(?:is\s+)?(?:fine|ok|okay|good)|\s+(?:подойд[её]т|устроит|пойд[её]т|нормально)|\s+(?:болады|жарайды))?)",
    re.IGNORECASE,
)


# Where to write instead, said beside a no («телефона нет, пишите сюда в телеграм», «осында жазыңыз»), and
# "I don't have one": words that leave the no as it is.
_NOT_HERE = re.compile(
    r"(?<!\w)(?:(?:пишите|пиши|напишите|жазыңыз|жаз|write|text\s+me)(?:\s+(?:мне|маған|me))?(?:\s+(?:сюда|здесь|тут|"
    r"осында|осы\s+жерге|here))?(?:\s+(?:в|на)?\s*(?:телеграм\w*|телеграмм\w*|telegram|тг|tg))?|"
    r"(?:сюда|здесь|тут|осында)|(?:в|на)\s+(?:телеграм\w*|телеграмм\w*)|(?:on|in|use|via)\s+telegram|телеграмға|"
    r"қазір|сейчас|currently|right\s+now)(?!\w)"
)
# The pay named before it is said to be any («зарплата договорная», "salary is negotiable", «жалақы келісімді»).
_PAY_NAMED = re.compile(r"^(?:(?:my\s+|expected\s+|desired\s+)?(?:salary|pay)(?:\s+is)?|(?:желаемая\s+|ожидаемая\s+)?зарплата|жалақы|"
                        r"jalaqy|zhalaqy)\s*[:—–-]?\s*")
_DONT_HAVE = re.compile(r"(?<!\w)(?:i\s+)?(?:don'?t|do\s+not)\s+have\s+(?:one|it|a\s+phone)(?!\w)")
# Not wishing to give it («не хочу давать номер», «не буду указывать», «бергім келмейді», "I'd rather not
# give it"): nothing to give, as a no.
_WONT_GIVE = re.compile(
    r"(?<!\w)(?:не\s+(?:хочу|буду|стану|желаю)\s+(?:его\s+|её\s+|ее\s+)?(?:давать|дать|указывать|указать|"
    r"говорить|сообщать|писать|оставлять)|бергім\s+келмейді|айтқым\s+келмейді|жазғым\s+келмейді|"
    r"(?:i'?d\s+)?(?:rather|prefer)\s+not(?:\s+to)?(?:\s+(?:give|say|share|tell))?|не\s+дам|"
    r"(?:i\s+)?(?:don'?t|do\s+not)\s+want\s+to\s+"
    r"(?:give|share|say|tell)|(?:nomer|nomir|nomirdi|номер|нөмір\w*)?\s*(?:bermeimin|bermeymin|бермеймін)|"
    # the same with the thing first («номер давать не буду», «его указывать не хочу»)
    r"(?:номер\w*|телефон\w*|его|её|ее)?\s*(?:давать|дать|указывать|указать|говорить|сообщать|писать)\s+не\s+"
    r"(?:хочу|буду|стану|желаю)|"
    # the same in Kazakh Latin letters («nomirimdi bergim kelmeidi»), and not knowing what to write («не знаю,
    # что писать», "not sure what to put"): nothing to give
    r"(?:bergim|aitqym|aitkym|jazgym|jazǵym)\s+kelmei?di|не\s+знаю,?\s+что\s+(?:писать|написать|указать|указывать)|"
    r"(?:not\s+sure|don'?t\s+know)\s+what\s+to\s+(?:write|put|say))"
    r"(?:\s+(?:it|that|them|my\s+number|the\s+number))?(?!\w)")


# Given later, not now («потом добавлю», «кейін жазамын», "skip for now"), and not known («не знаю»,
# «білмеймін», "dont know": for a salary, no least amount in mind): nothing to give at this step.
_LATER = re.compile(
    r"(?<!\w)(?:(?:потом|позже|позднее|кейін|кейинирек|keiin|keyin|kein|later)\s+(?:добавлю|напишу|дам|укажу|скину|"
    r"отправлю|жазамын|беремін|қосамын|жіберемін|jazamyn|beremin|qosamyn)|(?:i'?ll\s+)?(?:add|give|send)\s+"
    r"(?:it\s+)?later|for\s+now)(?!\w)")
_DONT_KNOW = re.compile(r"(?<!\w)(?:(?:пока|ещё|еще|әлі|әзірге)\s+)?(?:(?:я\s+)?не\s+знаю|(?:мен\s+)?білмеймін|bilmeimin|bilmeymin|(?:i\s+)?(?:don'?t|dont|do\s+not)"
                        r"\s+know|без\s+понятия|хз|no\s+idea|idk|not\s+sure)(?:\s+(?:пока|ещё|еще|әлі|әзірге|yet))?(?!\w)")


# Not knowing whether there is one at all («не знаю, есть ли серт», «бар ма жоқ па білмеймін», "not sure if I have
# any"): nothing to keep.
_WHETHER_ANY = re.compile(r"(?:есть\s+ли|бар\s+ма(?:\s+жоқ\s+па)?|bar\s+ma(?:\s+joq\s+pa)?|"
                          r"(?:if|whether)\s+i\s+have(?:\s+(?:one|any))?)(?:\s+\w+)?")


def skips(text: str | None, *, unknown: bool = False, pay_next: bool = False) -> bool:
    """True for a message that only says there is nothing to give, that the step is done or that any
    answer will do. With `unknown` (the salary's step), a bare «не знаю», "dont know" too: no least pay in
    mind is no minimum, while a phone not known is asked again. A nothing followed by a question of the
    worker's own («нет, а без них берут?») is nothing too; with `pay_next` (the certificates' step, before the
    pay's), so is a nothing followed by the pay («нет сертификатов, зарплата 2000»)."""
    value = _cleaned_for_skip(text)
    rest_known = _DONT_KNOW.sub(" ", value).strip(" ,.!")
    if _DONT_KNOW.search(value) and ((unknown and not rest_known) or _ANY_WILL_DO.fullmatch(rest_known)
                                     or _WHETHER_ANY.fullmatch(rest_known)):
        return True  # «не знаю», «не знаю, сколько дадут», «не знаю, есть ли»: no answer to keep
    if unknown and _DONT_KNOW.match(value) and _WHAT_PAYS.fullmatch(rest_known):
        return True  # «не знаю, какие там зарплаты»: no least pay in mind
    value = _LATER.sub(" none ", value)
    rest = _NOT_HERE.sub(" ", value)
    if re.search(r"\w", rest) and not re.search(r"\d", value):
        value = rest  # «телефона нет, пишите сюда»: a no, and where to write instead
    if value and set(value) <= set("-–—_.!? "):
        return True  # «-», «—»: nothing
    if _ANY_WILL_DO.fullmatch(_PAY_NAMED.sub("", value, count=1).rstrip(" .!,")):
        return True
    words = set(re.findall(r"\w+", value))
    said = {word for word in words if not word.startswith(_ASKED_FOR)}
    if bool(said & _SKIP) and said <= _SKIP | _BESIDE_A_NO:
        return True
    # «нет, зарплата от 2000», "nope, 2500 QAR": a bare no, then the pay the next question asks (not "no
    # certificates, 1800 QAR" at the pay's own step, whose no is the last question's)
    first, _, rest = value.partition(",")
    bare_no = set(re.findall(r"\w+", first)) <= _NO and bool(re.search(r"\w", first))
    if bare_no and _PAY_TOLD.search(rest):
        return True
    return _nothing_then_more(value, unknown=unknown, pay_next=pay_next)


def _cleaned_for_skip(text: str | None) -> str:
    """An answer as `skips` reads it: lowercase, without the bot's question, with its no signs as words and
    its other emoji, hedges and refusals to give made plain."""
    text = without_question(text)
    value = _NO_SIGNS.sub(" no ", re.sub(r"[\U0001F3FB-\U0001F3FF\ufe0f]", "", text.strip().lower()))
    value = _PICTURES.sub(" ", value).strip()  # «нету 🤷», "no phone sorry 🙏": the other emoji say nothing
    value = FILLERS.sub(" ", value).strip()  # «ну это самое нету пока», «ээ сертификат жоқ»: pauses said
    value = _WONT_GIVE.sub(" none ", _DONT_HAVE.sub(" none ", value))
    return _HEDGE.sub(" ", value).strip()


# Where the pay is named after a nothing with no comma («нет сертификатов зарплата 2000», «сертификатов нет
# зарплату хочу 2500»).
_PAY_WORD = re.compile(r"\s(?=(?:зарплат|жалақы|jalaq|zhalaq|айлық|aılyq|ailyq|salary|pay)\w*(?!\w))", re.IGNORECASE)


def _nothing_then_more(value: str, *, unknown: bool, pay_next: bool) -> bool:
    """A nothing to give («нет», «сертификатов нет», "no certs") followed by a question of the worker's own
    («…, а сколько платят?», "…, do I need one?"), or, with `pay_next`, by the next step's pay («…, зарплата
    2000», «… 1800 QAR»): the nothing holds, and the pay is read at its own step (see `pay_after_none`)."""
    return _said_after_nothing(value, unknown=unknown, pay_next=pay_next) is not None


def _said_after_nothing(value: str, *, unknown: bool, pay_next: bool) -> tuple[str, bool] | None:
    """What follows a nothing to give (see `_nothing_then_more`), and whether it is the pay; None when the
    answer is no nothing with more after it."""
    for cut in (re.search(r"[,.;]\s*", value), _PAY_WORD.search(value), _PAY_AFTER.search(value)):
        if cut is None or cut.start() == 0:
            continue
        first, rest = value[:cut.start()], value[cut.end():]
        if re.search(r"\d", first) or not skips(first, unknown=unknown):
            continue
        if asks_back(rest):
            return rest, False
        if pay_next and (_PAY_TOLD.search(rest) or _SUM_IN.search(rest) or re.fullmatch(r"\s*\d[\d\s]*\s*", rest)):
            return rest, True
    return None


# A sum in another currency («600 долларов», "$800", «300 мың теңге»): the pay too, to be read in riyals at its step.
_SUM_IN = re.compile(r"\d\s*(?:k|к|тыс\w*|мың|myń|myn)?\s*(?:\$|usd|доллар\w*|dollar\w*|бакс\w*|тенге|теңге|tenge|kzt)(?!\w)"
                     r"|(?<!\w)(?:\$|usd)\s*\d", re.IGNORECASE)
# A sum told right after a nothing, with neither a comma nor a word for the pay before it («нету сертификатов 2500
# риалов хочу»): the cut before its figure.
_PAY_AFTER = re.compile(r"\s(?=\d[\d\s.,]*(?:k|к|тыс\w*|мың|myń|myn)?\s*(?:риал\w*|rial\w*|rıal\w*|riyal\w*|qar|qr|"
                        r"\$|usd|доллар\w*|dollar\w*)(?!\w))", re.IGNORECASE)


def pay_after_none(text: str | None) -> str | None:
    """The pay a worker told after saying there is nothing to give at the certificates step («нет
    сертификатов, зарплата 2000», "none, 1800 QAR", «жоқ, айлық екі мың риал»), for the salary step to read
    instead of asking for it again; None when no pay follows the nothing."""
    value = _cleaned_for_skip(text)
    first, _, rest = value.partition(",")
    if set(re.findall(r"\w+", first)) <= _NO and re.search(r"\w", first) and (_PAY_TOLD.search(rest) or _SUM_IN.search(rest)):
        return rest.strip()  # «нет, зарплата от 2000»: a bare no, then the pay
    told = _said_after_nothing(value, unknown=True, pay_next=True)
    return told[0].strip() if told is not None and told[1] else None


# Emoji and other pictures beside the words (🙏, 🤷, 😔), and the joiners between their parts.
_PICTURES = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\u2640\u2642]")
# A hedge around an answer that changes nothing («negotiable i guess», «наверное, договорная»).
_HEDGE = re.compile(r"(?<!\w)(?:i\s+guess|i\s+think|i\s+suppose|наверное|наверно|думаю|шығар|probably)(?!\w)")
# What the pay there is, asked back after «не знаю» («не знаю, какие там зарплаты», "not sure what they pay").
_WHAT_PAYS = re.compile(r"(?:какие|какая|сколько|what|how\s+much|қанша|qansha)\s+(?:там\s+|they\s+|it\s+)?"
                        r"(?:зарплат\w*|платят|плата|pay\w*|salar\w*|wages?|is|төлейді|береді|jalaq\w*|жалақы\w*)"
                        r"(?:\s+(?:там|there|in\s+qatar|в\s+катаре|yet|пока))?")


_PAY_TOLD = re.compile(r"(?<!\w)(?:зарплат\w*|жалақы\w*|jalaq\w*|айлық\w*|aılyq\w*|ailyq\w*|salary|pay|риал\w*|rial\w*|riyal\w*|qar|qr)(?!\w)",
                       re.IGNORECASE)
