"""The officers' command menu: worker commands plus officer tools, set per chat so workers never see them.

Telegram keeps one menu per scope; `BotCommandScopeChat` for an officer's chat wins over the default
menu, so a worker's menu stays short while an officer's lists everything they can do.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping

from aiogram import Bot
from aiogram.types import BotCommand
from rapidfuzz.distance import OSA
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.broadcast_audience import (
    is_command_verb,
    mistyped_words_righted,
    correction_parts,
    how_many_asked,
    names_a_step,
    names_no_segment,
    step_of,
    Reading,
    read_audience,
    report_asked,
    breakdown_named,
    broadcast_later,
    OTHER_CHANNEL,
    ASKS_TO_SEND,
    A_REMINDER,
    request_passed_on,
    without_period,
)
from bot.commands import set_chat_menu, worker_commands
from bot.i18n import DEFAULT_LANGUAGE, I18n, Translator
from bot.number_words import spelled_numbers, spoken_numbers
from bot.russian_keys import on_russian_keys
from bot.services.officers import all_officer_ids
from bot.settings import Settings
from bot.validation import phone_number
from matching.text import plain_latin
from db.models import User

log = logging.getLogger(__name__)

OFFICER_COMMANDS: tuple[str, ...] = ("broadcast", "stats", "export", "audit", "officers", "setstatus", "link")
# An officer's tool named in words, as a whole short message («статистика», «рассылка», «выгрузка»): read
# as a worker's message, «статистика» was searched as a trade and «рассылка» opened the alert settings.
_TOOL_WORDS = {
    "stats": "статистика статистику стата стату статистикасы статистиканы statistika statistikasy statistikany "
             "statistics stats stat работников "
             # a report asked of no one in particular: «отчёт за неделю», «итоги месяца», «айлық есеп»
             "отчёт отчет итоги сводка сводку есеп есебі есебін есепті esep esebi esebin esepti report summary numbers figures "
             # a summary in Kazakh: «ай қорытындысы», «өңірлер бойынша қорытынды»
             "қорытынды қорытындысы qorytyndy qorytyndysy "
             "цифры цифр breakdown бөлінісі бөлінісінде динамика динамику топ "
             "соискателей жұмысшылар workers",
    "broadcast": "рассылка рассылку рассылки рассылок разослать объявление объявить хабарландыру таратылым "
                 "хабарлама хабарламаны тарату таратамын habarlama taratu broadcast broadcasts announcement",
    "export": "выгрузка выгрузить выгрузку выгрузи экспорт экспорттау шығару eksport eksporttau export csv excel "
              "эксель экселе",
    "audit": "журнал аудит аудита лог логи audit log",
    "officers": "сотрудники сотрудников офицеры офицеров офицерлер офицерлерді ofitserler қызметкерлер "
                "қызметкерлерді officers",
    "setstatus": "статус заявки",
    "link": "ссылка ссылку сілтеме link",
    "help": "помощь справка инструкция көмек нұсқаулық help manual команды команд командалар commands "
            # typed in a hurry or as heard: «хелп», «памагите», «комек», «нускаулык», "komek"
            "хелп помогите памагите комек komek нускаулык nusqaulyq",
    # Not a command: vacancies and statuses are loaded by sending their file («как загрузить вакансии?»).
    "files": "загрузить загрузка загрузку импорт импортировать жүктеу жүктеймін upload import",
}
_WORDS_TO_TOOLS = on_russian_keys({word: name for name, words in _TOOL_WORDS.items() for word in words.split()})
# A tool's word with an ending the list does not hold: «эксельге», «журналы», «офицерді», "officer",
# «excelge», «ofitser»; the beginnings are long enough to name nothing else.
_TOOL_BEGINNINGS = on_russian_keys({
    "export": ("эксел", "excel", "выгруз", "шығар", "shygar", "экспорт", "eksport",
               # figures asked as a table to keep: «таблицей», «кестемен», "as an xlsx", "spreadsheet", «ексель»
               "таблиц", "кестемен", "kestemen", "xlsx", "spreadsheet", "ексел", "эксель", "exsel"),
    "audit": ("журнал", "zhurnal", "jurnal"),
    "link": ("сілтеме", "silteme", "ссылк", "линк"),
    "officers": ("офицер", "officer", "ofitser"),
    "stats": ("статисти", "statisti"),
})
# The padding of a request typed or dictated in a hurry, which names no tool: «скиньте … пожалуйста»,
# «надо …», «… керек», "can I get the …", "could you …", "send me the …", "I'd like to …".
_TOOL_PADDING = on_russian_keys(frozenset(
    "пожалуйста пжл плз скиньте скинь киньте дайте дай покажите покажи можно надо нужно нужна прошу мне "
    "керек беріңіз беріңізші берші көрсетіңіз көрсетіңізші көрсет korset körset маған для пришлите weekly monthly "
    "айлық апталық жіберіңіз жіберіңізші jiberiniz jiberinizshi "
    "please pls can could would you i i'd me like get need want to the a an show send give "
    # asked as a question of whether the bot can: «можешь выгрузить …?», «… шығарып бере аласыз ба?»
    "можешь можете сможешь сможете бере аласыз аласың ба бе ма ме bere alasyz ba be".split()
))
# A new officer asking how a tool is found: «как добавить коллегу в бот?», «где взять ссылку на вакансию»,
# «әріптесті қалай қосамын», "how do I add a colleague": these words pad only a question of how.
_HOW_TO = on_russian_keys(frozenset("как где кто қалай қайдан qalai qalay how where".split()))
# ... and a colleague to be added is an officer («как добавить коллегу?»); greeted, colleagues are no tool.
_COLLEAGUE = on_russian_keys(
    frozenset("коллегу коллегу коллега коллег әріптес әріптесті ärıptestı äriptesti ariptesti colleague "
              # typed with one letter short, as often: «колегу», "colegue"
              "колегу колега колеги colegue collegue coleague".split())
)
_HOW_TO_PADDING = on_russian_keys(frozenset(
    "как где взять посмотреть добавить добавит в бот на кто может видеть қалай қосамын қосу қайдан алуға "
    "qalai qosamyn how do where add see".split()
))
# What a new officer asks of the bot as a whole: the list of tools (/help) answers it.
_HELP_ASKED = on_russian_keys(re.compile(
    r"что\s+(?:умеет|может)\s+(?:этот\s+|ваш\s+)?бот|с\s+чего\s+(?:начать|начинать)|"
    r"как\s+(?:работает|пользоваться)\s+(?:эт(?:им|от)\s+)?бот|бот\s+не\s+(?:істей|істейді)|"
    r"не\s+істей\s+алады|неден\s+баста|what\s+can\s+(?:this|the)\s+bot|how\s+does\s+(?:this|the)\s+bot|"
    r"where\s+do\s+i\s+start|how\s+to\s+use\s+(?:this|the)\s+bot|"
    # what may be done in it, asked by a newcomer: «что можно делать в этом боте», «какие функции у бота»,
    # «ботта қандай мүмкіндіктер бар», «bul botta ne isteuge bolady», "what else can you do"
    r"(?:что|чем)\s+(?:можно|могу|я\s+могу)\s+(?:делать|сделать|заниматься)\s+(?:в|с|через)\s+"
    r"(?:эт\w+\s+|ваш\w+\s+)?бот|"
    r"(?:функци|возможност)\w*\s+(?:у\s+|в\s+|есть\s+у\s+)?(?:эт\w+\s+|ваш\w+\s+)?бот|"
    r"(?:ботта|botta)\s+(?:қандай|кандай|qandai|qanday|не|ne)\s+(?:мүмкіндік|мумкиндик|mumkindik|істеу|истеу|isteu)|"
    r"(?:не|ne)\s+(?:істеуге|isteuge)\s+(?:болады|bolady)|"
    r"что\s+(?:ты\s+|вы\s+)?умее(?:шь|те)|"
    r"\b(?:бот|bot)\w*\s+(?:қалай|калай|qalai|qalay)\s+(?:қолдан|колдан|пайдалан|пайдалын|qoldan|paidalan|paydalan)|"
    r"what\s+(?:else\s+)?can\s+(?:you|i)\s+do|what\s+do\s+you\s+do|"
    # the commands asked after: "what commands are there", «какие тут команды», «қандай командалар бар»
    r"(?:what|which)\s+commands|какие\s+(?:\S+\s+){0,2}команды|(?:қандай|кандай|qandai)\s+(?:командалар|komandalar)|"
    r"п[ао]м[ао]ги\w*\s+разобраться|разобраться\s+с\s+бот|"
    # a newcomer saying so: «я новый сотрудник», «я с понедельника работаю», «мен жаңа қызметкермін», "I'm new"
    r"\bя\s+(?:нов\w+|с\s+понедельника|недавно|только\s+начал\w*)\b|жаңа\s+қызметкермін|jana\s+qyzmetkermin|"
    r"\bi'?\s*a?m\s+new\b|"
    # a guide asked after: «инструкция для сотрудника есть?», «нұсқаулық бар ма», "is there a user guide"
    r"(?:инструкци|руководств|нұсқаулы|нускаулы|nusqauly|guide|manual)\w*.{0,30}(?:есть|бар\s*ма|bar\s*ma)\b|"
    r"(?:есть|is\s+there|do\s+you\s+have)\b.{0,20}(?:инструкци|руководств|guide|manual)|user\s+(?:guide|manual)",
    re.IGNORECASE,
))
# The vacancy file's form asked, or its upload failing: «в каком формате загружать файл с вакансиями»,
# «какие колонки должны быть в таблице вакансий», «вакансия файлының үлгісі бар ма», "the file from enbek
# won't upload", «файл не загружается».
_FILE_ASKED = on_russian_keys(re.compile(
    r"(?:формат|шаблон|образец|колонк|столбц|үлгі|улгі|улги|template|format|columns?)\w*\b.{0,40}?"
    r"(?:ваканс|vacanc|vakans|файл|file|таблиц|table)|"
    r"(?:ваканс|vacanc|vakans|файл|фаил|file|fail)\w*\b.{0,30}?(?:үлгі|улгі|template|format|"
    r"не\s+(?:за)?груж\w*|не\s+грузит\w*|не\s+принима\w*|жүктелмей\w*|жуктелмей\w*|juktelmei\w*|"
    r"won'?t\s+(?:upload|load|go)|doesn'?t\s+(?:upload|load)|(?:can'?t|cannot)\s+(?:be\s+)?upload\w*|"
    r"fails?\s+to\s+upload)",
    re.IGNORECASE,
))
# Who may see or use what, asked by a newcomer: «кто ещё имеет доступ к боту», "who else has officer access",
# «ботқа кімдердің қолы жетеді» (the officers); «кто из коллег видит журнал действий» (the log).
_WHO_HAS_ACCESS = on_russian_keys(re.compile(
    r"\b(?:кто|кого|who|кім\w*|kim\w*)\b.{0,40}?(?:доступ|access|қолы\s+жет|qoly\s+jet|рұқсат|ruqsat)",
    re.IGNORECASE,
))
_WHO_SEES = on_russian_keys(
    re.compile(r"\b(?:кто|who|кім|kim)\b.{0,30}?\b(?:видит|видят|see|sees|көре|kore)\w*", re.IGNORECASE)
)
# How an announcement is sent, asked by a newcomer with its audience beside it: "how do I send a message only to
# welders in Atyrau?", «как написать всем поварам?», «хабарламаны тек аспаздарға қалай жіберемін» (/broadcast).
_HOW_TO_SEND = on_russian_keys(re.compile(
    r"^\s*(?:а\s+)?(?:how\s+(?:do|can|should|would)\s+(?:i|we)|how\s+to|как(?:\s+мне|\s+нам)?|каким\s+образом)\s+"
    r"(?:\S+\s+)?(?:send|message|notify|broadcast|text|разослать|отправить|написать|оповестить|сообщить|"
    r"сделать\s+рассылку)\b|"
    r"(?:қалай|калай|qalai|qalay)\s+(?:жібер|тарат|хабарла|jiber|tarat|habarla)\w*\s*\??\s*$",
    re.IGNORECASE,
))
# ... nor a file, a report or a link sent («как отправить файл вакансий»: the files' help answers it)
_SENT_THING = on_russian_keys(re.compile(
    r"файл|фаил|fail|file|документ|document|отч[её]т|report|excel|эксел|ексел|выгруз|export|ссылк|link|сілтеме|"
    r"статист|stat|есеп|esep|кесте",
    re.IGNORECASE,
))
# ... unless the announcement's text is there too («как написать всем что …»: it is sent).
_SAID_AFTER = re.compile(r":\s*\S|\s(?:что|што|that|деп|dep)\s", re.IGNORECASE)
# The longest message in which a newcomer's question is taken as asking for the list of tools.
_HELP_ASKED_WORDS = 16
# The commands typed as words, in Cyrillic letters or with the slash of a word of their own: «сетстатус»,
# «/статус», «/мәртебе», «/журнал»; the Latin ones with one letter wrong («setstaus», «exprot», «hlep»).
_COMMAND_SPELLED = {
    "сетстатус": "setstatus", "статы": "stats", "статс": "stats", "экспорт": "export", "аудит": "audit",
    "линк": "link", "хелп": "help", "офицерлер": "officers",
}
# A status asked with a slash is the officer's /setstatus («/статус», «/мәртебе»); typed alone, «статус» may
# be a worker's own /status, and is left to be asked.
_STATUS_SLASHED = frozenset("статус мәртебе мартебе martebe status".split())
# A status changed, in words: «изменить статус заявки», «өтінім мәртебесін өзгерту», "change status".
_STATUS_WORDS = ("статус", "мәртебе", "martebe", "märtebe", "status", "мартебе",
                 # an application's step, as officers also call it: «поменять этап заявки», "change its stage"
                 "этап", "stage")
# ... changed, in any form of the verb and without the Kazakh letters: «өзгертемін», «озгерту», «ozgertuge».
_CHANGE_STEMS = ("өзгерт", "озгерт", "ozgert", "özgert", "ауыстыр", "auystyr", "измени", "поменя", "смени")
_CHANGE_WORDS = on_russian_keys(frozenset(
    "изменить поменять сменить өзгерту өзгертемін ауыстыру заявки өтінім ozgertu özgertu auystyru change update "
    "set".split()
))


def _a_change_word(word: str) -> bool:
    """A word of changing, in any form, or typed a letter off or with two letters swapped ("chnage", «поменть»)."""
    return word in _CHANGE_WORDS or word.startswith(_CHANGE_STEMS) or len(word) >= 6 and any(
        len(known) >= 6 and known[0] == word[0] and OSA.distance(word, known, score_cutoff=1) <= 1
        for known in _CHANGE_WORDS
    )


MISTYPED_TOOL_LENGTH = 7  # a tool's word this long with one letter wrong is still that word («выгруска»)


def officer_tool_named(text: str) -> str | None:
    """The officer command a short message names in words («статистика» → "stats", «изменить статус
    заявки» → "setstatus"); None for anything else. Steps changed for many applications at once are the
    status file's work («как сменить статус сразу у нескольких заявок»), not /setstatus's one at a time, and
    so is a vacancy closed, extended or given other places («закройте QA-1024»): the vacancy file's."""
    text = mistyped_words_righted(text or "")  # «отчот за ноябрь», "extned QA-1024"
    if vacancy_change_asked(text) or steps_given_in_bulk(text):
        return "files"
    if broadcast_later(text):
        return None  # «отложи рассылку на завтра»: the bot says it sends only when confirmed
    if worker_sought_by_name(text):
        return "setstatus"  # «найди Ермекова Асхата», "search by IIN …": /setstatus finds by number or phone
    tool = _tool_named(text)
    if tool == "broadcast" and (_TAKEN_BACK_OR_REPEATED.search(text or "") or _NO_BROADCAST_DOES.search(text or "")):
        return None  # «удали утреннюю рассылку», "resend yesterday's broadcast": no tool does it, none is offered
    if tool in ("stats", "export", "broadcast") and _ELSEWHERE.search(text or ""):
        return None  # «отчёт на почту …», «рассылку в вотсап»: the bot sends only here, in Telegram
    if tool in ("stats", "export") and names_no_segment(text):
        return None  # «разбивка по возрасту», "export candidates over 40": the bot keeps no age or gender
    if tool == "files" and _TO_A_WORKER.search(text or ""):
        return None  # «Асхат, вам нужно загрузить диплом в профиль»: meant for a worker's chat, no tool
    return "files" if tool == "setstatus" and _SEVERAL.search(text or "") else tool


# A message that speaks to a worker, typed into the officer's chat by mistake: «вам нужно загрузить диплом»,
# «профиліңізге дипломды жүктеңіз», "you need to upload your diploma".
_TO_A_WORKER = on_russian_keys(re.compile(
    r"(?<!\w)(?:вам|вас|ваш\w*|тебе|твой|твою|сізге|сіздің|сенің|[^\W\d_]+(?:ңізге|ңызға|ңізде|ңызда)|"
    r"you\s+(?:need|have|must|should)|your)(?!\w)",
    re.IGNORECASE,
))


# A worker sought by name or by IIN, which the bot does not look a worker up by: it finds one by an
# application's number, a Telegram id or the phone the worker gave, and says so. «найди Ермекова Асхата»,
# «найдите кандидата Сейткали Нурлан», «Ермеков Асхатты тауып беріңіз», "find Askhat Yermekov", «ИИН 920101450123
# чья заявка», «ЖСН бойынша табыңыз», "search by IIN …".
_FIND = on_russian_keys(re.compile(
    r"(?<!\w)(?:найд\w*|найти|найди|поищ\w*|ищ[иу]|поиск|тауып|табыңыз\w*|табу|тап|іздеңіз\w*|іздеу|издеңіз|"
    r"кто\s+так(?:ой|ая)|tauyp|tabynyz|tabu|izdeniz|izdeu|find|look\s+up|lookup|search|who\s+is)(?!\w)",
    re.IGNORECASE,
))
_THEIR_APPLICATION = on_russian_keys(("заявк", "өтінім", "otinim", "applicat"))
_IIN = re.compile(r"(?<!\w)(?:иин|инн|жсн|iin|jsn|zhsn)(?!\w)|(?<![\d+])\d{12}(?!\d)", re.IGNORECASE)
_IIN_NUMBER = re.compile(r"(?<![\d+])\d{12}(?!\d)")
# A surname by its ending, in the cases an officer types it: «Ермекова», «Ермеков», «Ахметжанұлы», "Yermekov".
_SURNAME = on_russian_keys(re.compile(
    r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+(?:ов|ова|ев|ева|ин|ина|ова|ской|ский|ская|енко|ұлы|қызы|улы|кызы|"
    r"ov|ova|ev|eva|in|ina|uly|kyzy|enko)(?:а|у|ым|ты|ті|ды|ді|ны|ні|тың|тің|дың|дің|a|u|ty|ti|dy|di|ny|ni)?$"
))
_CAPITALISED = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{2,}$")
# Capitalised words that are a company's, not a person's: "Al Khor Contracting", «Qatar Building Co».
_COMPANY = frozenset(
    "contracting company co llc wll group trading services construction building qatar doha al bakeries "
    "engineering hotel hotels".split()
)


def worker_sought_by_name(text: str) -> bool:
    """Whether a worker is sought by a name or an IIN, neither of which the bot looks workers up by (it keeps
    no IIN, and names repeat): it answers how a worker is found instead, rather than read the name as an
    audience or twelve digits as a phone."""
    text = text or ""
    if _IIN.search(text) and (_FIND.search(text) or _IIN_NUMBER.search(text)) and not _A_BROADCAST.search(text):
        return not officer_lookup(text)  # «Ахметов Данияр, ИИН …, заявка 6520 — виза»: the application is opened
    words = [re.sub(r"['’]s$", "", word.strip("?!.,:;«»\"'()")) for word in text.split()]  # "Abdrakhmanova's"
    # «где заявка Касымова», «кандидат Абдрахманова, где её заявка»: their application asked of by their name
    asked = _FIND.search(text) or any(word.casefold().startswith(_THEIR_APPLICATION) for word in words)
    if not asked or portal_number(text) or re.search(r"\d{3}", text):
        return False
    if any(_SURNAME.match(word) and not _a_place(word) for word in words):
        return True
    if (_FIND.search(text) or _THEIRS.search(text)) and (_NAME_NAMED.search(text) or _one_name_given(words)):
        return True  # «найди Нуржана, фамилию не помню», «Айгерім деген үміткерді табыңыз», "… whose surname starts with"
    return any(
        _CAPITALISED.match(one) and _CAPITALISED.match(two) and not {one.casefold(), two.casefold()} & _COMPANY
        and not _a_place(one) and not _a_place(two)
        for one, two in zip(words, words[1:])
    )


# A worker sought by a name, or the part of one, said to be one: «фамилия начинается на Сейт», «по фамилии Тлеу»,
# «знаю только имя», «Айгерім деген», «тегі Сейіт», "whose surname starts with Seit", "a worker named Aigul".
_NAME_NAMED = on_russian_keys(re.compile(
    r"(?<!\w)(?:фамили\w*|имя|имени|именем|отчеств\w*|тегі|тегін|аты|атымен|есімі|есіммен|деген|degen|tegi|aty|"
    r"surname|(?:first\s+|last\s+|family\s+)?name|named|called)(?!\w)",
    re.IGNORECASE,
))


# Whose application is asked after, with the person named: «кандидат Ержан, где его заявка», "where is her application".
_THEIRS = on_russian_keys(re.compile(r"(?<!\w)(?:его|её|ее|оның|onyn|his|her)(?!\w)", re.IGNORECASE))


def _one_name_given(words: list[str]) -> bool:
    """Whether a request to find someone names one person by a capitalised word after its first («найди Нуржана»,
    "look up Nurzhan"), which is no place, company or tool."""
    return any(
        _CAPITALISED.match(word) and word.casefold() not in _COMPANY and not _a_place(word) and _tool_of(
            word.casefold()) is None and not _FIND.fullmatch(word) and not step_of(word) and not _MONTH_ALONE.fullmatch(word)
        for word in words[1:]
    )


def _a_place(word: str) -> bool:
    """A capitalised word that is a region or a town («Атырау», «Актобе»), not a person's name."""
    return read_audience(word, {}).kind == "region"


# Figures asked for: counted, reported, broken down, listed or exported («статистика по возрастным группам»,
# «выгрузи список кандидатов старше 40», "gender breakdown", «жас топтары бойынша есеп»).
_FIGURES_ASKED = on_russian_keys(re.compile(
    r"\b(?:статисти\w*|statisti\w*|stats?|отч[её]т\w*|сводк\w*|разбивк\w*|breakdown|breakdwon|report\w*|"
    r"есеп\w*|esep\w*|выгруз\w*|export\w*|экспорт\w*|список|списки|list|тізім\w*|tizim\w*|сколько|скольк\w*|"
    r"how\s+many|қанша|канша|qansha|number\s+of|figures|цифр\w*|count)\b",
    re.IGNORECASE,
))


def figures_not_kept(text: str) -> bool:
    """Whether figures are asked by what the bot does not keep of workers (an age, a gender, schooling, a
    certificate's kind): it says so and what it can count instead, rather than count everyone or nobody. An
    announcement to such workers is left to the broadcast, which asks whom it is for."""
    return names_no_segment(text) and bool(_FIGURES_ASKED.search(text or "")) and not _A_BROADCAST.search(
        text or "") and not ASKS_TO_SEND.search(text or "")


# A step given to many applications at once, named by who they are rather than by their numbers: «всех по
# вакансии QA-4120 перевести в визу», «отметить вылетевших 3 декабря», «по заявкам с 5110 по 5125 поставить
# отказ», «QA-4120 бойынша барлығын виза кезеңіне ауыстырыңыз», "move everyone on QA-4120 to visa issued".
# /setstatus opens one application at a time; the status file changes them all together.
_STEP_GIVEN = on_russian_keys(re.compile(
    r"\b(?:перев[её]?\w*|постав\w*|отмет\w*|смени\w*|сменит\w*|измени\w*|move\w*|set|mark\w*|ауыстыр\w*|"
    r"auystyr\w*|белгіле\w*|белгиле\w*|belgile\w*|қойыңыз\w*|қою|койыныз|qoiynyz)\b",
    re.IGNORECASE,
))
# Who the many are: everyone of a vacancy or a step, those who did something («вылетевших», «ұшып
# кеткендерді», "everyone who flew out"), or a run of application numbers («с 5110 по 5125», "5110-5125").
_MANY = on_russian_keys(re.compile(
    r"\b(?:всех|всем|все|everyone|evryone|everybody|all|барлығ\w*|барлық\w*|barlyg\w*|barlyq\w*)\b|"
    # a list of them sent or named: «весь список», «по списку», «тізімдегілер», "the list"
    r"\b(?:весь|списк\w*|список|тізім\w*|tizim\w*|list)\b|"
    r"(?:вш|вщ)их\b|(?:ған|ген|қан|кен|gan|gen|qan|ken)(?:дар|дер|тар|тер|лар|лер|dar|der|tar|ter|lar|ler)\w*|"
    r"\b(?:с|from)\s+\d{2,9}\s+(?:по|to)\s+\d{2,9}\b|\b\d{2,9}\s*[-–]\s*\d{2,9}\b",
    re.IGNORECASE,
))


def steps_given_in_bulk(text: str) -> bool:
    """Whether a message asks to give one step to many applications at once, by who they are (a vacancy's
    applicants, everyone at a step, those who flew out on a day) or by a run of numbers: the status file's
    work. Applications listed by their numbers («заявки 2601, 2602 — виза») are opened one by one instead,
    and an announcement («поставь рассылку всем …») is no step given."""
    text = request_passed_on(mistyped_words_righted(text or ""))  # «… переведите в кантракт»
    given = _STEP_GIVEN.search(text) or _to_a_step_last(text)  # «всех из списка на визу», «с … по … всем визу»
    if not (given and _MANY.search(text)) or _A_BROADCAST.search(text) or A_REMINDER.search(text):
        return False  # «поставь напоминание всем с визой …»: a reminder set, no step given
    if broadcast_later(text):
        return False  # "in 2 hours tell all welders that the interview moved": an announcement for later
    if applications_listed(text) or _looked_up(text):
        return False
    words = [word.strip("?!.,:;«»\"'()") for word in text.split()]
    return any(step_of(word) for word in words) or bool(_REFUSED.search(text))


# A step named last as where the many go, without a verb: «всех из списка на визу», «с 6401 по 6420 всем визу»,
# "everyone on the list to visa issued" (not where they are: «все на визе?», «кто на собеседовании»).
_TO_A_STEP_LAST = re.compile(
    r"(?:^|\s)(?:на|в|во|to|as|into|всем|всех|everyone|all)\s+(?P<step>[^\W\d_]+)(?:\s+issued)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


# Another request's verb, for which the step named last is where the workers are asked to come: «позвони всем
# сварщикам и пригласи на собес», "invite everyone to the interview", «… сұхбатқа шақырыңыз».
_ASKED_OTHERWISE = on_russian_keys(re.compile(
    r"(?<!\w)(?:позвон\w*|обзвон\w*|звон\w*|пригла\w*|зов\w*|call\w*|ring|invite\w*|шақыр\w*|shaqyr\w*|"
    r"қоңырау\w*|qongyrau\w*|[^\W\d_]{2,}(?:ите|йте|ьте))(?!\w)",
    re.IGNORECASE,
))


def _to_a_step_last(text: str) -> bool:
    found = _TO_A_STEP_LAST.search(text)
    if not found or how_many_asked(text) is not None or text.rstrip().endswith("?") or _ASKED_OTHERWISE.search(text):
        return False
    step = found.group("step").casefold()
    return bool(step_of(step)) and not (step.endswith(("ии", "е")) and not step.endswith("ие"))  # «на визе»: there


# A refusal in Kazakh is two words, «бас тарту», neither a step alone.
_REFUSED = re.compile(r"\b(?:бас|bas)\s+(?:тарт|tart)\w*", re.IGNORECASE)


# A vacancy changed by a request in words, which only its file does (the bot keeps the portal's vacancies as
# their files give them): closed, extended, opened again, taken off the portal, created, or its places, its
# deadline or its pay changed. Asked, not told of: «закройте QA-1024», «QA-1024 закрыть», «продлите QA-2051 до
# 15.08», «как закрыть вакансию?», «QA-3154 бойынша орын санын өзгертіңіз», "please extend QA-2051"; «работодатель
# закрыл QA-1024» or "the employer wants to extend it" ask nothing.
_VACANCY_ACTS = on_russian_keys(re.compile(
    r"\b(?:закро\w*|закрой\w*|закрыть|продли|продлите|продлить|продлевать|откройте|открой|открыть|"
    r"снимите|сними|снять|уберите|убери|убрать|удалите|удали|удалить|создайте|создай|создать|добавьте|добавь|"
    r"добавить|опубликуйте|опубликуй|опубликовать|"
    # asked how or whether it can be, the infinitive typed without its soft sign: «как закрыт вакансию», «можеш
    # продлит QA-…»
    r"(?:(?<=как\s)|(?<=можешь\s)|(?<=можеш\s)|(?<=можете\s)|(?<=можно\s)|(?<=надо\s)|(?<=нужно\s))"
    r"(?:закрыт|открыт|продлит|удалит|создат|добавит)(?=\s)|"
    r"жабыңыз\w*|жабу|жабамын|жабайын|jabynyz|jabu|jabamyn|zhabynyz|zhabu|ұзартыңыз\w*|ұзарту|ұзартамын|"
    r"uzartynyz|uzartu|ашыңыз\w*|ашу|ashynyz|қосыңыз\w*|qosynyz|алып\s+тастаңыз|"
    # asked as a question: «QA-6145 жабасыз ба?», «… ұзарта аласыз ба», "jabasyz ba"
    r"(?:жаба|ұзарта|аша|jaba|uzarta|asha)(?:сыз|syz)|(?:жаба|ұзарта|jaba|uzarta)\s+(?:аласыз|alasyz)|"
    # a typo of the imperative («откройти»), and the polite Kazakh of office letters, «жабуыңызды сұраймын»,
    # «ұзартуыңызды сұраймын», or typed without its letters: «кайта ашыныз», «qaita ashynz»
    r"откройти|жабуыңызды|ұзартуыңызды|ашуыңызды|jabuynyzdy|uzartuynyzdy|ashuynyzdy|"
    r"(?:қайта|кайта|qaita)(?:дан|dan)?\s+(?:аш\w*|ash\w*|жарияла\w*|jariia\w*|jariya\w*)|"
    # opened again or put back on the portal: «переоткройте QA-5241», «верните вакансию в публикацию»
    r"переоткр\w*|(?:верн\w*|вернуть)\s+(?:\S+\s+){0,5}?(?:в|на)\s+(?:публикаци\w*|портал\w*|сайт)|"
    # held for a while and taken up again: «приостановите набор по QA-4307», «QA-4308 на паузу», «возобновите
    # QA-4309», «қабылдауды тоқтата тұрыңыз»
    r"приостанов\w*|пауз\w*|возобнов\w*|тоқтат\w*|токтат\w*|toqtat\w*|toktat\w*|"
    # said as what is being done or is to be: «QA-5168 закрываем досрочно», «QA-5187 жабылсын»
    # a closing undone, or told to have been a mistake: «отмени закрытие QA-6420», «верни вакансию QA-6421», «закрыла
    # по ошибке», «QA-6434 қате жауып қойдым», "undo the closing of QA-6444", "closed it by mistake"
    r"отмен\w*\s+закрыти\w*|верн\w*\s+(?:\S+\s+){0,2}?ваканси\w*|undo\s+(?:the\s+)?clos\w*|"
    r"(?:закрыл\w*|closed)\s+(?:\S+\s+){0,3}?(?:по\s+ошибке|случайно|ошибочно|by\s+mistake|accidentally)|"
    r"(?:по\s+ошибке|случайно|ошибочно|accidentally)\s+(?:\S+\s+){0,2}?(?:закрыл\w*|closed)|"
    r"(?:қате|qate)\s+(?:\S+\s+){0,2}?(?:жаптым|жауып|japtym|jauyp)|"
    # (not told as done: «кто закрывал QA-6530?» asks a colleague)
    r"закрыва(?!л)\w*|жабылсын|jabylsyn|zhabylsyn)\b",
    re.IGNORECASE,
))
# A vacancy said to be wanted no more, which is its closing asked: «QA-51 больше не актуальна», «неактуальна уже»,
# «QA-5186 бос орны енді өзекті емес», "QA-5197 is no longer relevant", "not needed anymore".
_NO_LONGER_WANTED = on_russian_keys(re.compile(
    r"\b(?:не\s*актуальн\w*|өзекті\s+емес|ozekti\s+emes|(?:no\s+longer|not)\s+(?:relevant|needed|valid|current)"
    r"(?:\s+any\s*more)?)\b",
    re.IGNORECASE,
))
# English asks with its verb first ("close QA-1024", "please extend …", "how do I close a vacancy?"), so that
# "the employer wants to extend the deadline" tells of a wish.
_VACANCY_ACTS_EN = re.compile(
    r"^\s*(?:(?:please|pls|kindly|can\s+you|could\s+you|how\s+(?:do|can)\s+i|how\s+to|i\s+need\s+to|"
    r"we\s+need\s+to|need\s+to)\s+)*(?:close|extend|reopen|re-open|unpublish|remove|withdraw|create|add|pause|"
    r"suspend|resume|put\s+\S+\s+on\s+hold|take\s+(?:\S+\s+)?down)\b",
    re.IGNORECASE,
)
_VACANCY_ACTS_EN_ANYWHERE = re.compile(
    r"\b(?:close|extend|reopen|re-open|unpublish|republish|re-publish|pause|suspend|resume|unpause|on\s+hold|"
    r"back\s+(?:online|up|on\s+the\s+portal))\b", re.IGNORECASE
)
# ... unless someone is said to do it or want it: "the employer wants to extend it", "they will close QA-1024".
_TOLD_EN = re.compile(
    r"\b(?:wants?|wanted|will|would|has|have|had|is|are|was|were|employer|they|he|she|going|plans?|asked|"
    r"asks|might|may|"
    # asked of colleagues: "did anyone close QA-6532?", "has somebody extended it"
    r"did|didn't|anyone|anybody|someone|somebody)\b",
    re.IGNORECASE,
)
# An employer named by its company name (Latin words in capitals) or as the employer, beside its vacancies' pay,
# which only a vacancy has in the bot: «у Qatar Building Company поднимите зарплату сварщикам».
_EMPLOYER_NAMED = re.compile(
    r"(?:\b[A-Z][A-Za-z&.'-]+\s+){1,4}(?:[A-Z][A-Za-z&.'-]+)\b|\b(?:работодател\w*|компани\w*|employer|company)\b"
)
_PAY = on_russian_keys(
    re.compile(r"\b(?:зарплат\w*|оклад\w*|зп|з/п|жалақы\w*|жалак\w*|jalaq\w*|salary|pay)(?!\w)", re.IGNORECASE)
)
# ... but an employer's request passed on asks it of the officer: "Doha Welding asked us to extend all their
# vacancies", "the employer has requested that we close QA-1024".
_ASKED_OF_US = re.compile(
    r"^.{0,60}?\b(?:asked|asks|requested|requests|has\s+requested|wants)\s+(?:us|you|the\s+ministry|that\s+we)\s+"
    r"(?:to\s+)?",
    re.IGNORECASE,
)
# What of a vacancy is changed, which a verb of changing needs beside it («измените количество мест по
# QA-3154», «QA-3154 бойынша орын санын өзгертіңіз», "change the number of places on QA-3154").
_VACANCY_FIELD = on_russian_keys(re.compile(
    r"\b(?:мест\w*|кол-?во\s+мест|срок\w*|дедлайн\w*|зарплат\w*|оклад\w*|названи\w*|орын\s+сан\w*|"
    r"мерзім\w*|жалақы\w*|oryn\s+san\w*|merzim\w*|places|positions|openings|slots|deadline|closing\s+date|"
    r"salary|pay|title|"
    # pay as officers shorten it or type it without Kazakh letters: «зп», «з/п», «жалакысын», «jalaqysyn»
    r"зп|з/п|жалак\w*|jalaq\w*)(?!\w)",
    re.IGNORECASE,
))
_CHANGE_VERBS = on_russian_keys(re.compile(
    r"\b(?:измените|измени|изменить|поменяйте|поменяй|поменять|увеличьте|увеличить|уменьшите|уменьшить|"
    r"исправьте|исправить|поправьте|поправь|поставьте|поставь|өзгертіңіз\w*|өзгерту|ozgertiniz|ozgertu|көбейт\w*|"
    r"азайт\w*|kobeit\w*|azait\w*|change|update|increase|"
    r"reduce|set|"
    # a typo's soft sign left out («уменшите»), the new number told beside the old («мест стало 8 вместо 12»),
    # and the English said as done: "positions reduced from 12 to 8", "places increased to 15"
    r"уменш\w*|стало|станет|вместо|instead|reduced|increased|changed|updated|cut|"
    # pay raised, a deadline moved: «увеличте» (typed without its soft sign), «поднимите зарплату», «повысить зп»,
    # «жалақысын көтеріңіз», "raise", "revised to", "push back"
    r"увеличте|подним\w*|поднять|подними|повыс\w*|сдвин\w*|перенес\w*|көтер\w*|котер\w*|koter\w*|raise|"
    r"revised?|revise\w*|push\s+back|postpone|"
    # a deadline moved in plain words: «дедлайн переносим», «мерзімін бір аптаға шегеріңіз», "push the deadline by a
    # week", "deadline move to 20 Dec"
    r"перенос\w*|шегер\w*|sheger\w*|push|move|shift)\b",
    re.IGNORECASE,
))
# A vacancy in Kazakh is two words, «бос орын» ("an empty place"), in any of their endings.
_OPENINGS = re.compile(r"\b(?:бос|bos)\s+(?:орын|орн|oryn|orn)\w*", re.IGNORECASE)
# A portal number dictated by its letters' names: «кью эй 3142», "Q A 3142" is QA-3142.
_SPOKEN_PORTAL_LETTERS = re.compile(r"\b(?:кью\s*-?\s*эй|q\s+a)\s*-?\s*(?=\d{2,9}\b)", re.IGNORECASE)
_SPOKEN_PORTAL_LETTERS_ALONE = re.compile(r"\b(?:кью\s*-?\s*эй|q\s+a)\b", re.IGNORECASE)


def vacancy_change_asked(text: str) -> bool:
    """Whether a message asks to close, extend, reopen, create or otherwise change a vacancy (by its number,
    or asks how it is done), which the vacancy file does."""
    text = _SPOKEN_PORTAL_LETTERS.sub("QA-", request_passed_on(dictated_numbers(mistyped_words_righted(text or ""))))
    if len(text.split()) > 16 or "\n" in text.strip():
        return False
    words = [word.strip("?!.,:;«»\"'№#()") for word in text.split()]
    vacancy = any(_is_vacancy_word(word) or _is_portal_like(word) for word in words) or bool(
        _SPLIT_REFERENCE.search(text)
    )
    vacancy = vacancy or bool(_OPENINGS.search(text))  # «… барлық бос орындарын жариялаудан алып тастаңыз»
    if not vacancy and not (_EMPLOYER_NAMED.search(text) and _PAY.search(text)):
        return False  # «у Qatar Building Company поднимите зарплату сварщикам»: its vacancies' pay
    acted = bool(_VACANCY_ACTS.search(text) or _VACANCY_ACTS_EN.match(text) or _NO_LONGER_WANTED.search(text)) or bool(
        _VACANCY_ACTS_EN_ANYWHERE.search(text)
        and not _TOLD_EN.search(_ASKED_OF_US.sub(" ", text))  # "QA-2205 deadline extend pls"
    )
    changed = bool(_CHANGE_VERBS.search(text) and _VACANCY_FIELD.search(text))  # «измените число мест по …»
    return (acted or changed) and not _about_applications(text)


def _is_portal_like(word: str) -> bool:
    """A vacancy's portal number as officers type it («QA-1024», «qa1024», «QA-1024-ті»)."""
    word = _REFERENCE_ENDING.sub("", word)
    return bool(_ODD_REFERENCE.fullmatch(word)) and any(ch.isdigit() for ch in word) and any(
        ch.isalpha() for ch in word
    ) and not _ORDINAL.fullmatch(word)


# A vacancy's applicants or their steps are the applications', not the vacancy's («закройте заявки по QA-1024»,
# «удалите отклик 2601 с QA-1024»: no file changes them).
_APPLICATION_WORDS_OF_VACANCY = on_russian_keys(re.compile(
    r"\b(?:заявк\w*|отклик\w*|кандидат\w*|статус\w*|өтінім\w*|мәртебе\w*|applications?|applicants?|candidates?|"
    r"status\w*|рассылк\w*|broadcast\w*|link|ссылк\w*|сілтеме\w*)\b",
    re.IGNORECASE,
))


def _about_applications(text: str) -> bool:
    return bool(_APPLICATION_WORDS_OF_VACANCY.search(text))


def broadcast_not_done(text: str) -> bool:
    """Whether a message asks of a broadcast what the bot does not do (recall, resend or edit one sent, tell
    who read it, send by mail, WhatsApp or SMS): it says so, with how a correction is sent."""
    if ASKS_TO_SEND.search(text or "") and OTHER_CHANNEL.search(text or ""):
        return True  # «разошлите в вотсап группу: …», "send it by SMS to …"
    if broadcast_later(text) or not (_tool_named(text) == "broadcast" or _A_BROADCAST.search(text or "")):
        return False
    return bool(_TAKEN_BACK_OR_REPEATED.search(text) or _NO_BROADCAST_DOES.search(text) or _ELSEWHERE.search(text))


# A broadcast spoken of in any of its words' forms: «в утренней рассылке», «таратуда», "yesterday's broadcast".
_A_BROADCAST = re.compile(r"\b(?:рассыл\w+|тарату\w*|хабарлама\w*|rassyl\w+|taratu\w*|broadcast\w*)\b", re.IGNORECASE)


# An announcement sent is neither taken back nor sent again by the bot: «удалите рассылку», «таратуды өшіріңіз»,
# «повтори вчерашнюю рассылку», "unsend", "resend".
_TAKEN_BACK_OR_REPEATED = on_russian_keys(re.compile(
    r"\b(?:удал\w*|отозва\w*|повтор\w*|өшір\w*|oshir\w*|қайтал\w*|delete\w*|unsend\w*|resend\w*|recall\w*|"
    # taken back or deleted in Kazakh: «хабарламаны қайтарып алу», «joiyp jiberiniz»
    r"қайтарып|qaitaryp|жойы\w*|жою|joiy\w*|joiu|"
    r"redo)\b",
    re.IGNORECASE,
))


# What no broadcast tool does to an announcement: edit or fix one sent («в прошлой рассылке ошибка», «исправьте
# рассылку», "the last broadcast had a typo, can you fix it?"), tell who read it («кто прочитал», «кім оқыды»,
# "who hasn't read"), or send it as a voice message.
_NO_BROADCAST_DOES = on_russian_keys(re.compile(
    r"\b(?:отзов\w*|ошибк\w*|опечатк\w*|исправ\w*|отредактир\w*|редактир\w*|прочита\w*|прочёл|прочел|"
    r"голосов\w*|түзет\w*|қате|оқыды|оқыған|оқымаған|oqydy|typo|mistake|fix|edit\w*|read|voice)\b",
    re.IGNORECASE,
))
_ELSEWHERE = on_russian_keys(  # «отчёт на почту», «ватсапқа жіберіңіз», "email the report": this chat only
    OTHER_CHANNEL
)


# Many at once: «сразу у нескольких заявок», «массово», «бірнеше өтінімнің бірден», "for a batch", "in bulk".
_SEVERAL = on_russian_keys(re.compile(
    r"\b(?:нескольк\w*|много|многих|массово|пачкой|сразу\s+вс\w*|бірнеше|birneshe|көп|kop|batch|bulk|several|"
    r"multiple|many|all\s+at\s+once)\b",
    re.IGNORECASE,
))


def command_typed(text: str) -> str | None:
    """The command a message of one word names: a command's own name typed without its slash or with a
    letter wrong («setstatus», «statss», «audti»), or a tool's word typed with a slash («/статус», «/журнал»)."""
    words = (text or "").strip().split()
    if len(words) != 1:
        return None
    word = plain_latin(words[0].casefold()).partition("@")[0].strip(".,!?")
    slashed = word.startswith("/")
    word = word.lstrip("/")
    if word in _COMMAND_SPELLED:
        return _COMMAND_SPELLED[word]
    if word in _STATUS_SLASHED:
        return "setstatus" if slashed else None
    commands = (*OFFICER_COMMANDS, "help")
    if word in commands:
        return None if slashed else word  # «/setstatus» itself is the command's own handler's
    near = {name for name in commands if len(word) >= 4 and OSA.distance(word, name, score_cutoff=1) <= 1}
    if len(near) == 1:
        return near.pop()
    return _tool_of(word) if slashed else None


def _tool_named(text: str) -> str | None:
    text = request_passed_on(text or "")  # «Переслано от …⏎нужна выгрузка за июнь»: the request below
    if _NOTE_TO_SELF.match(text or ""):
        return None  # «себе: в пт сделать выгрузку», "note to self: …": a reminder typed for later
    typed = command_typed(text)
    if typed:
        return typed
    if _HELP_ASKED.search(text or "") and len((text or "").split()) <= _HELP_ASKED_WORDS:
        return "help"
    if _HOW_TO_SEND.search(text or "") and len((text or "").split()) <= _HELP_ASKED_WORDS and not _SAID_AFTER.search(
        text or ""
    ) and not _SENT_THING.search(text or ""):
        return "broadcast"  # "how do I send a message only to welders in Atyrau?": how an announcement is made
    if len((text or "").split()) <= _HELP_ASKED_WORDS:
        if _FILE_ASKED.search(text or ""):
            return "files"  # how a vacancy file is made, or why one will not load: the files' help
        if _WHO_HAS_ACCESS.search(text or ""):
            return "officers"
        if _WHO_SEES.search(text or "") and any(
            (_tool_of(word.strip(".,!?")) or "") == "audit" for word in (text or "").casefold().split()
        ):
            return "audit"
    if _STATUS_UNDONE.search(text or "") and not officer_lookup(text or ""):
        return "setstatus"  # «отмени последний статус», «можно ли отменить статус»: /setstatus sets the right one
    if _LAST_UNDONE.search(text or ""):
        return None  # «отмени последнюю команду», "undo my last command": no tool undoes what was done
    if _TOLD_OF.intersection(word.strip(".,!?") for word in (text or "").casefold().split()):
        return None  # «сводку вчера отправила на почту», «отчёт сдаём в пятницу»: a tool's work told of
    period = _for_a_period(text or "")
    month = bool(_MONTH_ALONE.search(text or ""))  # «сводка по Шымкенту за октябрь»: what happened in it
    text = without_period(text or "") or text  # «журнал за вчера», «өткен аптаның есебі»: the tool all the same
    if _tool_asked(text) == "audit" or _WHO_CHANGED.search(text):
        return "audit"  # «где посмотреть, кто из коллег что менял»: the log, not the colleagues
    words = [_without_ending(word.strip(".,!?:;«»\"'")) for word in (text or "").lower().split()]
    if _HOW_TO.intersection(words):
        words = ["officers" if word in _COLLEAGUE else word for word in words if word not in _HOW_TO_PADDING]
    words = [word for word in words if word not in _TOOL_PADDING]
    if not words or officer_lookup(text):
        return None  # «статус заявки 12» opens it at once
    if _report_on_workers(text, period, month):  # «статистика по сварщикам» counts them; «статистику по Караганде
        return "export" if "export" in {_tool_of(word) for word in words} else None  # в excel выгрузи» is a table
    if _BROKEN_DOWN.search(text) and how_many_asked(text) is None:  # "applications per week", «в разрезе этапов»
        return "export" if "export" in {_tool_of(word) for word in words} else "stats"
    if "export" in {_tool_of(word) for word in words} and (how_many_asked(text) is not None or _COUNTED.search(text)):
        return "export"  # «сколько сварщиков в Атырау, и скинь их списком в эксель»: counted in the table it sends
    for_an_office = bool(report_asked(text)) and not _report_on_workers(text, period, month)  # «стата по области»
    if for_an_office and len(words) > 4:  # «итоговая сводка за квартал по Мангистауской области»: the area's report
        return "export" if "export" in {_tool_of(word) for word in words} else "stats"
    if how_many_asked(text) is not None and not for_an_office and (len(words) >= 3 or len(text.split()) > 4):
        return None  # «сколько работников из Шымкента» counts them; «дай ссылку на вакансию» names a tool
    if len(words) > 4:
        return _tool_asked(text)
    if any(word.startswith(_STATUS_WORDS) for word in words) and any(_a_change_word(word) for word in words):
        return "setstatus"
    named = {_tool_of(word) for word in words} - {None, "setstatus"}
    if any(word.startswith(_THANKS) for word in words) or len(words) > 1 and _STATE_OF.intersection(words):
        return None  # «рахмет, хабарламаны алдық»: thanks for one; «выгрузка ещё висит»: how it stands
    if named == {"export", "stats"}:
        return "export"  # "export the report to excel": the report is the export's
    return named.pop() if len(named) == 1 else _tool_asked(text)


# Workers counted before they are exported: "count the welders in Atyrau and export them", «посчитай и выгрузи».
_COUNTED = on_russian_keys(re.compile(
    r"(?<!\w)(?:count|посчитай\w*|подсчитай\w*|санаңыз|санап|sanap|sanaŋyz|sananyz)(?!\w)", re.IGNORECASE
))


# A status set by mistake, to be undone: «отмени последний статус», «можно ли отменить статус», «мәртебені
# болдырмаңыз», "undo the status". No step is taken back by itself: /setstatus sets the right one.
_STATUS_UNDONE = on_russian_keys(re.compile(
    r"(?<!\w)(?:отмен\w*|откат\w*|болдырма\w*|boldyrma\w*|undo|revert|roll\s+back)\s+(?:\w+\s+){0,2}?"
    r"(?:статус\w*|этап\w*|мәртебе\w*|martebe\w*|status\w*|step|stage)(?!\w)|"
    r"(?:статус\w*|мәртебе\w*|martebe\w*|status)\s+(?:\w+\s+)?(?:отмен\w*|болдырма\w*|boldyrma\w*)|"
    # the wrong one set, to be put right: «отмените, я не тот статус поставила», "I set the wrong status"
    r"(?<!\w)(?:не\s+т(?:от|у|а)\s+(?:статус|этап)\w*|wrong\s+(?:status|stage|step))(?!\w)",
    re.IGNORECASE,
))


# The last thing done, to be undone, whatever it was: «отмени последнюю команду», «соңғы әрекетті болдырмаңыз»,
# "undo my last command", "cancel the previous one" (a status, above, is /setstatus's to put right).
_LAST_UNDONE = on_russian_keys(re.compile(
    r"(?<!\w)(?:отмен\w*|откат\w*|верн\w*|болдырма\w*|boldyrma\w*|undo|cancel|revert|roll\s+back)\s+"
    r"(?:\w+\s+){0,2}?(?:последн\w*|предыдущ\w*|соңғы\w*|songy|last|previous)(?!\w)",
    re.IGNORECASE,
))


# Who changed something, asked of the log: «кто из наших менял статус по заявке 2415?», "who changed the status
# of application 2415 yesterday?".
_WHO_CHANGED = on_russian_keys(re.compile(
    r"\b(?:кто|who)\b.{0,40}?\b(?:менял\w*|поменял\w*|изменил\w*|изменял\w*|changed|edited|updated)\b|"
    # in Kazakh the one asked of comes before the verb: «2606 өтінімнің мәртебесін кім өзгертті»
    r"\b(?:кім|kim)\b.{0,20}?(?:өзгертті|өзгерткен|ауыстырды|ауыстырған|ozgertti|ozgertken|auystyrdy)|"
    # a change history asked for: «история изменений по заявке…», "change history of…", «өзгерістер тарихы»
    r"\bистори\w*\s+изменени\w*|\bchange\s+(?:history|log)\b|\bhistory\s+of\s+changes\b|"
    r"\bөзгерістер\s+тарихы\b",
    re.IGNORECASE,
))


# A note an officer keeps for later in the chat with the bot: «себе: …», «напоминалка: …», «не забыть …»,
# «өзіме: …», "note to self: …", "reminder: …", "todo: …".
_NOTE_TO_SELF = on_russian_keys(re.compile(
    r"^\s*(?:(?:себе|для\s+себя|напоминание\s+себе|не\s+забыть|заметка|өзіме|ozime|esime|есіме\s+сал|"
    r"note\s+to\s+self|remind\s+me|todo|to\s+do)\b\s*[:—–-]?|(?:напоминалка|reminder)\s*(?:[:—–-]|$))",
    re.IGNORECASE,
))


def _report_on_workers(text: str, period: bool = False, month: bool = False) -> bool:
    """Whether a report is asked on some workers («статистика по сварщикам»), not for an office or on the
    officer's own area («отчёт для акимата», «стата по области»), nor broken down by employer, step, trade or
    week («отчёт по работодателям», «кезеңдер бойынша статистика», "stats by stage"), which is the statistics."""
    whom = report_asked(text)
    if not whom or breakdown_named(whom):
        return False
    reading = read_audience(whom, {})
    area = _OFFICE_OR_AREA.intersection(word.strip(".,") for word in whom.casefold().split())
    if area and reading.kind == "region" and not reading.beside and (period or _for_a_period(text)):
        return False  # «отчёт по Атырауской обл. за июнь», "June figures for Atyrau oblast": the area's report
    if reading.kind == "region" and not reading.beside and (month or _MONTH_ALONE.search(text)):
        return False  # «сводка по Шымкенту за октябрь»: what happened there in a month, not today's headcount
    return reading.understood or bool(reading.trades) or not area


# Figures asked broken down by what the statistics tabulate, whatever is counted: "applications per week",
# «заявки по неделям», «в разрезе профессий», «жұмыс берушілер бойынша өтінімдер».
_BROKEN_DOWN = on_russian_keys(re.compile(
    r"\b(?:per|by|each)\s+(?:week|month|day|employer|stage|step|trade|region|occupation)s?\b|"
    r"\bпо\s+(?:неделям|месяцам|дням|работодателям|этапам|профессиям|регионам|областям)\b|\bв\s+разрезе\b|"
    r"\b(?:апталар|айлар|кезеңдер|кезендер|жұмыс\s+берушілер|мамандықтар|облыстар|aptalar|ailar|kezender|"
    r"jumys\s+berushiler|mamandyqtar|oblystar)\s+(?:бойынша|boiynsha|boyynsha)\b",
    re.IGNORECASE,
))


def _for_a_period(text: str) -> bool:
    """Whether a message names a period («за июнь», «маусым айына», "for June"): figures of what happened in
    it, which a headcount of today's workers does not give."""
    return " ".join(without_period(text).split()) != " ".join(text.split()) or bool(_MONTH_ALONE.search(text))


# A month named alone, as English puts it before the figures: "June figures for Atyrau oblast".
_MONTH_ALONE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|январ\w*|"
    r"феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|"
    # and in Kazakh, in its letters, on Russian keys and in Latin ones: «қараша айы үшін Маңғыстау бойынша есеп»
    r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|"
    r"қараша\w*|желтоқсан\w*|канта?р\w*|акпан\w*|сауир\w*|шилде\w*|кыркуйек\w*|казан\w*|караша\w*|желтоксан\w*|"
    r"qantar\w*|aqpan\w*|nauryz\w*|sauir\w*|mamyr\w*|mausym\w*|shilde\w*|tamyz\w*|qyrkuiek\w*|qazan\w*|"
    r"qarasha\w*|jeltoqsan\w*)\b",
    re.IGNORECASE,
)


# Who a report goes to or what area it covers without naming workers: «для акимата», «по области», "for the
# akimat", "our region".
_OFFICE_OR_AREA = on_russian_keys(frozenset(
    "акимата акимат акимату министерства министерству руководства нач начальства области обл региону региона "
    "району района облыс облысы облысқа әкімдікке akimat akimdik ministry management region area oblast "
    "oblysy".split()
))


# What tells of a tool's work done or being done among colleagues, not asked of the bot: «сводку вчера
# отправила», «отчёт сдаём в пятницу», «статистику обсудим на планёрке», «есепті жұмада тапсырамыз», "sent".
_TOLD_OF = on_russian_keys(frozenset(
    "отправил отправила отправили сдал сдала сдали скинул скинула скинули сделал сделала сделали сдаем сдаём "
    "сдаю сдаст сдадим обсудим обсуждаем обсудили готовлю готовим жібердім жібердік жіберілді тапсырдым "
    "тапсырдық тапсырамыз талқылаймыз талқыладық jiberdim tapsyrdym tapsyramyz talqylaimyz sent done finished "
    "discuss discussed submitted тапсыратын tapsyratyn "
    # who did it, asked or told among colleagues: «кто вчера делал выгрузку?», «выгрузку делала Айгерим»
    "делал делала делали готовил готовила готовили выгружал выгружала выгрузил выгрузила выгрузили скачал "
    "скачала скачали жасады жасаған jasady did made "
    # who is doing it now, asked among colleagues: «начальник просил сводку, кто делает?», "who's doing it"
    "делает делаете готовит готовите жасап doing preparing "
    # planned, put off or called off: «рассылку по Атырау согласовали?», «выгрузку переносим на завтра»
    "согласовали согласуем переносим перенесли отменили отменяем отложили қалдырамыз қалдырдық ауыстырамыз "
    "тоқтаттық approved postponed cancelled "
    # an announcement called off: «рассылку поварам отмена», «хабарламаны жібермеңіз», "cancel the broadcast"
    "отмена отмени отмените отменить cancel тоқтатыңыз жібермеңіз jibermeniz toqtatynyz отбой "
    # a colleague's work to be done again: «шеф сказал отчёт переделать»
    "переделать переделай переделайте переделала переделали переделываю "
    # asked of a colleague in Kazakh, whether they did it: «есепті жібердіңіз бе?», «тапсырдың ба»
    "жібердіңіз жібердің жібердіңдер тапсырдыңыз тапсырдың жасадыңыз jiberdiniz jiberdin tapsyrdynyz "
    "jasadynyz".split()
))


# A tool asked for in a longer request or question, by what its words begin with: «как дать доступ новому
# сотруднику ЦЗН», «подскажите, как загрузить файл с вакансиями от работодателя», «прошу выгрузить базу
# кандидатов в Excel», «өтінімнің кезеңін қалай ауыстырамын», "how to move an application to the next
# step", "what commands do you have". The first tool that matches wins, so that the log of who changed
# what is the audit, not the colleagues who changed it.
_TOOL_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = on_russian_keys((
    ("audit", ("журнал", "zhurnal", "log", "менял", "изменени", "changed", "аудит", "audit", "поменял")),
    ("export", ("выгруз", "эксел", "excel", "export", "экспорт", "шығар", "shygar", "түсір", "tusir", "ексел",
                "таблиц", "кестемен", "kestemen", "xlsx", "spreadsheet")),
    ("help", ("команд", "command", "komand")),
    ("link", ("ссылк", "сілтеме", "silteme", "link", "поделит", "бөліс", "bolis")),
    ("files", ("загруз", "жүкте", "jukte", "zhukte", "upload", "импорт", "import", "файл", "file", "fail")),
    ("officers", ("доступ", "рұқсат", "ruqsat", "access", "коллег", "әріптес", "ariptes", "colleague",
                  "сотрудник", "қызметкер", "qyzmetker", "officer", "офицер", "инспектор", "специалист", "inspector",
                  "staff")),
    ("broadcast", ("рассыл", "разосл", "уведомлен", "оповест", "хабарла", "тарат", "broadcast", "notif",
                   "announce")),
    # a report broken down by step is the statistics («отчёт в разрезе этапов»), not a step to change
    ("stats", ("статисти", "statisti", "отчёт", "отчет", "сводн", "есеп", "есеб", "esep", "eseb", "report", "динамик",
               "figures", "цифр", "қорытынды", "qorytyndy")),
    ("setstatus", ("этап", "кезең", "kezen", "статус", "мәртебе", "martebe", "status", "step", "move")),
))
# What makes such a message a question of how or a request, not a remark on a tool («рассылку ещё не
# согласовали», «статистиканы жиналыста талқылаймыз»).
_ASKING = on_russian_keys(frozenset(
    "как где куда какие какая какой подскажите прошу нужна нужен нужно надо скиньте скинь дайте дай сформируйте "
    "подготовьте покажите покажи қалай қандай қайдан керек беріңіз беріңізші дайындаңыз көрсетіңіз "
    "qalai qalay qandai kerek beriniz berinizshi how where what which need please pls can could "
    # where a file goes, who changed what, and a tool's own noun asked for: «қайда жүктеймін», «кто менял»,
    # «выгрузку по заявкам за май», "list your commands"
    "қайда qaida qayda выгрузку статистику сводку ссылку list "
    # someone to be let in: «добавить сотрудника ЦЗН в бот», "add the new officer"
    "добавить добавьте добавь подключить подключите add "
    # Kazakh's "may I": «кестемен жүктеп алуға бола ма», «алсам бола ма»
    "бола bola".split()
))
# The Kazakh polite request written onto its verb: «қараңызшы», «беріңізші», «jükteñızşı».
_POLITE_VERB = on_russian_keys((  # «түсіріңіз», «шығарыңыз»: a polite request too
    "ңызшы", "ңізші", "нызшы", "нізші", "ñyzşy", "ñızşı", "nyzshy", "nizshi", "іріңіз", "ырыңыз", "iriniz", "yrynyz",
))
# What tells how a tool's work stands rather than asks for it: "the broadcast is still waiting", «выгрузка
# ещё висит», «есеп әлі дайын емес».
_STATE_OF = on_russian_keys(
    frozenset("is are was were still yet уже ещё еще висит ждёт ждет әлі емес ali emes".split())
)
# Thanks are no request, whatever they thank for («рахмет, хабарламаны алдық»).
_THANKS = ("рахмет", "спасибо", "спс", "благодар", "rahmet", "rakhmet", "thank", "thx", "cheers")


def _tool_asked(text: str) -> str | None:
    words = [word.strip(".,!?:;«»\"'()") for word in plain_latin((text or "").casefold()).split()]
    words = [word for word in words if word and word not in _TOOL_PADDING or word in _ASKING]
    if not words or len(words) > 9 or any(word.startswith(_THANKS) for word in words):
        return None
    named = {_tool_of(_without_ending(word)) for word in words} - {None, "setstatus"}
    if _KAZAKH_REPORT_OF.intersection(words) and _tool_of(_without_ending(words[-1])) in named and len(named) == 1:
        return named.pop()  # Kazakh names the report last: «Маңғыстау облысы бойынша қараша есебі»
    if not (_ASKING.intersection(words) or any(word.endswith(_POLITE_VERB) for word in words)) and (
        _tool_of(_without_ending(words[0])) in (None, "setstatus") or len(named) > 1
    ) or _STATE_OF.intersection(words):
        return None  # one tool named first asks for it («выгрузить заявки за июнь …», "link for QA-3120 …")
    for tool, stems in _TOOL_STEMS:
        if any(word.startswith(stems) or _without_ending(word).startswith(stems) for word in words):
            return tool
    # «выгрущку в ексель скиньте»: one tool's word mistyped, or with an ending the stems do not hold
    mistyped = {_tool_of(_without_ending(word)) for word in words if word not in _WORDS_TO_TOOLS} - {None, "setstatus"}
    return mistyped.pop() if len(mistyped) == 1 else None


# «… бойынша» («on …», «by …»): what a Kazakh report covers, before the report itself.
_KAZAKH_REPORT_OF = on_russian_keys(frozenset("бойынша boiynsha boyynsha".split()))


def _without_ending(word: str) -> str:
    """A foreign word with its Kazakh ending after a hyphen, as the word alone: «Excel-ге» → «excel»."""
    stem, hyphen, ending = word.partition("-")
    return stem if hyphen and stem.isalpha() and ending.isalpha() and len(ending) <= 4 else word


def _tool_of(word: str) -> str | None:
    """The tool a word names, as written or with one letter wrong or two swapped («статистиа», "statistcs",
    «расслыка»), when only one tool's word is that near."""
    if word in _WORDS_TO_TOOLS:
        return _WORDS_TO_TOOLS[word]
    begun = {tool for tool, beginnings in _TOOL_BEGINNINGS.items() if word.startswith(beginnings)}
    if begun:
        return begun.pop() if len(begun) == 1 else None
    if len(word) < MISTYPED_TOOL_LENGTH or is_command_verb(word):
        return None  # «поставить» is no «выставить» a letter off: a request's own verb names only its request
    near = {
        tool for known, tool in _WORDS_TO_TOOLS.items()
        if len(known) >= MISTYPED_TOOL_LENGTH and OSA.distance(word, known, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


# An application named by its number in a message of its own («заявка 12», «статус заявки №12», «өтінім
# 12», "application #12"), or a worker's phone number pasted from a call: what /setstatus with it opens.
# Shortened as officers note it too: «заяв. 12», "app 12", "appl. 12".
_APPLICATION = on_russian_keys(
    ("заявк", "заяв", "өтінім", "отiнiм", "otinim", "ötinim", "applicat", "appl", "статус", "status")
)
# The words nearest a mistyped one («зявка»).
_APPLICATION_WORDS = on_russian_keys(("заявка", "заявку", "заявки", "өтінім", "application"))
_LEAD = on_russian_keys(frozenset(
    "изменить поменять поменяй смени открыть открой откройте покажи покажите показать найди найти дай номер нөмірі нөмір "
    "nomiri nomir nömiri көрсет көрсетіңіз аш ашу № # no nr number app change open show find "
    # «найдите заявку номер …», Kazakh's «… нөмірлі өтінімді көрсетіңіз»
    "найдите нөмірлі nomirli".split()
))
# The padding around an application's number, said between meetings: «откройте, пожалуйста, заявку 1021»,
# «заявка 112, что там?», «1021 өтінімді ашыңызшы», "could you pull up application 1021", "what's the
# status of application 77".
_LOOKUP_PADDING = on_russian_keys(frozenset(
    "пожалуйста пжл плз что там по у нас можно дайте ашыңызшы ашыңыз көрсетіңізші korsetiniz korsetinizshi "
    "ashynyz ashynyzshy please pls could can you pull up what's what is the of with on me "
    # a step to be noted on it: «заявку 1027 отметьте как трудоустроен», "mark as rejected"
    "отметьте отметь отметить как mark as kindly any update updates "
    # an officer working down a list: «дальше заявка 1024», «заявка 1022 тоже», «өтінім 1022 де», "next"
    "дальше теперь тоже также ещё еще де да та de da ta next then too also well as — – - по "
    # asked to be looked at or checked, its step asked: «посмотрите заявку номер 2240», «проверьте статус
    # заявки 2260», «2231 өтінімді қараңызшы», «2280-өтінімнің мәртебесі қандай», "check app 2300"
    "посмотрите посмотри проверьте проверь глянь гляньте статус қараңызшы қараңыз қарашы мәртебесі қандай "
    "karanyz qaranyz qaranyzshy qarashy karashy martebesi qandai check look at status ней нему ним "
    # «что» as it is said and typed in a hurry: «заявка 6031 чо там», «че там по заявке …»
    "чо че шо".split()
))
# A phone number pasted with its label: «тел. 8 701 123 45 67», «телефон: +7…», "ph: …".
_PHONE_LABEL = re.compile(r"^\s*(?:тел(?:ефон)?|tel|phone|ph|моб|mob)\b\.?:?", re.IGNORECASE)
# Who a pasted number is asked about: «чей номер 8 701 …», «найдите по телефону 8707…», «мына нөмір
# кімдікі …», "whose number is +7 …".
_PHONE_ASKING = on_russian_keys(frozenset(
    "чей чья это номер телефон телефону по номеру найдите найди найти мына бұл нөмір нөмірі кімдікі кімнің "
    "whose number phone is this find "
    # the worker it belongs to: «найдите кандидата по номеру …», «… нөмірлі үміткерді табыңыз», «… kimnin
    # nomiri», "find the candidate with phone …"
    "кандидата кандидат соискателя номеру номером с нөмірлі үміткерді үміткер табыңыз табыңызшы кімнің "
    "kimnin kimdiki nomiri nomir the candidate worker with "
    # who is behind a number that called: «чей номер … звонил утром», «номер … кто это», "look up …"
    "номера следующий следующая next кто чел человека этот звонил звонила звонили утром сегодня вчера қоңырау "
    "шалды look up called today "
    # a messenger's number, or a Qatari one: «найди по ватсапу …», «катарский номер …», "candidate's WhatsApp"
    "ватсап ватсапу вотсап whatsapp wa катарский катарскому qatar qatari who who's that candidate's "
    # asked politely in Kazakh, or a mobile named: «осы нөмір бойынша тауып беріңіз», "Qatari mobile …, who is it"
    "осы бойынша тауып беріңіз табыңыз osy boiynsha tauyp beriniz tabynyz mobile cell it "
    # the application of the worker behind it: «телефон 8707… какая у него заявка», "which application has it"
    "какая какой у него неё нее заявка заявку заявки which application has does he she have".split()
))
# Kazakh writes an ordinal number with a hyphen before its noun: «345-өтінім» is application 345.
_NUMBER_BEFORE_NOUN = re.compile(r"(?<=\d)-(?=[^\W\d_])")
_NUMBER = re.compile(r"[#№]?(\d{1,9})")


# Where an officer's note after the number begins: «посмотрите заявку 2240, кандидат звонил», «#2310
# application - interview done», «өтінім № 2270 — сұхбатқа шақырылды».
_NOTE_AFTER = re.compile(r",\s+|\s+[—–-]\s+")


# A worker's Telegram id, as a worker reads it out from their settings or a colleague passes it on: after «id»,
# «тг», «айди», "tg", «телеграм» («тг 902345671 кто это», "telegram id: 812300456"), or typed alone, longer than
# any application's number and no phone (`/setstatus` tries it as an application's number, then as a Telegram id).
_TELEGRAM_ID = re.compile(
    r"(?<![\w-])(?:telegram|телеграм\w*|tg|тг|id|айди|ид)(?:[\s:]+(?:id|айди|ид))?\s*[:#№-]?\s*(\d{5,10})(?!\d)",
    re.IGNORECASE,
)
_ID_ALONE = re.compile(r"\s*(\d{8,10})\s*")  # an ИИН has 12 digits


def telegram_id_named(text: str) -> str | None:
    """The Telegram id a message names after its marker, or a long number typed alone that is no phone."""
    found = _TELEGRAM_ID.search(text)
    if found:
        return found.group(1)
    alone = _ID_ALONE.fullmatch(text)
    return alone.group(1) if alone and phone_number(alone.group(1)) is None else None


def officer_lookup(text: str) -> str | None:
    """What `/setstatus` is to look up for a message naming an application by number, or for a phone
    number alone; None for anything else («сварщик», «2000»). A note after a comma or a dash is the
    officer's own («…, кандидат звонил»): what comes before it is read alone when the whole is not."""
    telegram_id = telegram_id_named(text or "")  # before «ID заявки: 2416» is read as an application's label
    if telegram_id:
        return telegram_id
    text = mistyped_words_righted(text or "")  # «поставь 6505 вылител»
    dictated = dictated_numbers(text)
    if dictated != text and (found := officer_lookup(dictated)):
        return found  # «заявка шесть тысяч пятьсот один поставь визу», "phone eight seven zero one …"
    record = _IIN_GIVEN.sub(" ", text)
    if record != text:  # a worker's record pasted with the name and ИИН: what the bot finds a worker by
        return officer_lookup(record) or _record_phone(record)
    text = _pasted(text or "")
    retyped = _number_retyped(text) or _phone_retyped(text)
    if retyped:
        return retyped
    found = _looked_up(text)
    if found is None and (note := _NOTE_AFTER.search(text)) and note.start() > 0:
        found = _looked_up(text[: note.start()])
    if found is None:
        found = _looked_at(text)
    if found is None:
        found = next(iter(applications_listed(text)), None) or _phone_asked_about(text)
    if found is None and (note := _NOTE_AFTER.search(text)) and note.start() > 0:
        found = next(iter(applications_listed(text[: note.start()])), None)  # «5760 5761 вылетели, 5763 пока нет»
    if found is None:
        found = _phones_in_a_request(text) or _application_in_a_request(text)
    return found.lstrip("0") or found if found and found.isdecimal() else found


# A number dictated as its digits one by one («восемь семь ноль один …», «шесть пять ноль шесть») or as two pairs
# ("sixty five thirteen"), which a phone's dictation writes as words or as digits apart.
_DIGITS_APART = re.compile(r"(?<![\d-])\d(?:\s+\d){2,}(?![\d-])")
_TWO_PAIRS = re.compile(r"(?<![\d-])([1-9]\d)\s+([1-9]\d)(?![\d-])")
_NUMBER_WORD_STEMS = on_russian_keys(re.compile(
    r"(?<!\w)(?:один|одна|два|две|три|четыр|пять|шест|семь|восем|девят|десят|ноль|нуль|сорок|сто|двест|тысяч|"
    r"бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|отыз|қырық|елу|алпыс|жетпіс|сексен|тоқсан|жүз|мың|нөл|"
    r"bir|eki|ush|tort|bes|alty|jeti|segiz|togyz|otyz|qyryq|elu|alpys|jetpis|seksen|juz|myn|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|zero|oh)",
    re.IGNORECASE,
))


def dictated_numbers(text: str) -> str:
    """`text` with the numbers a phone's dictation spelt out written in digits, and digits said one by one, or as
    two pairs, joined into the one number they make: «кью эй шесть пять ноль шесть» → «кью эй 6506», "application
    sixty five thirteen" → "application 6513"; `text` itself when it says no number in words."""
    if not _NUMBER_WORD_STEMS.search(text or ""):
        return text
    spelled = spelled_numbers(text)
    spelled = _DIGITS_APART.sub(lambda found: found.group(0).replace(" ", ""), spelled)
    return _TWO_PAIRS.sub(r"\1\2", spelled)


# An ИИН pasted from a worker's record, with its label or bare («ИИН: 870512301456», «(IIN 881122300901)»,
# «Иманова Сауле 930211400444 …»): twelve digits that are no application's number and no phone, set aside
# so that the application's number or the phone beside them is looked up.
_IIN_GIVEN = re.compile(
    r"(?:(?<!\w)(?:иин|инн|жсн|iin|jsn|zhsn)(?!\w)\s*[:№#.-]?\s*)?(?<![\d+])\d{12}(?!\d)", re.IGNORECASE
)


def _record_phone(record: str) -> str | None:
    """The one phone in a worker's record pasted with its name and ИИН, however it is labelled and whatever
    the officer wrote after it («Кенжебаева Динара, ИИН …, тел. 8 702 345 67 89 — посмотрите что с ней»); None
    when the record holds no phone, or two."""
    phones = [match.group(0) for match in _PHONE_IN_TEXT.finditer(record)]
    return phones[0].strip() if len(phones) == 1 and phone_number(phones[0]) else None


def setstatus_target(args: str) -> str:
    """What /setstatus is to open when the step is typed beside it or its words come in another order
    («/setstatus собеседование 5302», «/setstatus 5302 interview», «/setstatus отказ 8 701 234 56 78», "/setstatus
    visa QA-1024"): the one phone number, number or portal number among the words; the words as typed when
    none, or more than one, stands out."""
    raw = (args or "").strip()
    if not raw or raw.lstrip("#№").strip().isdecimal() or phone_number(raw):
        return raw
    phones = _PHONE_IN_TEXT.findall(raw)
    if len(phones) == 1 and phone_number(phones[0]):
        return phones[0].strip()
    words = [word.strip(".,!?:;«»\"'()") for word in raw.split()]
    numbers = [word.lstrip("#№") for word in words if word.lstrip("#№").isdecimal()]
    references = [word for word in words if _REFERENCE.fullmatch(word) and _ODD_REFERENCE.fullmatch(word)]
    if len(numbers) + len(references) != 1:
        return raw
    return numbers[0] if numbers else references[0]


# A phone number typed as /setstatus takes it, anywhere in a message: «+7 701 123 45 67», «8 (705) 444-55-66»,
# «87012223344».
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+\s?7|8)[\s\-()]*\d{3}[\s\-()]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)")
# Who a request is about, or what it tells of them: a worker, a step, a complaint passed on, a command.
_ABOUT_A_WORKER = (
    "кандидат", "рабоч", "работник", "соискател", "жұмысшы", "жумысшы", "jumysshy", "үміткер", "умиткер", "umitker",
    "candidate", "worker", "applicant", "жалу", "жалоб", "шағым", "шагым", "shagym", "complain", "setstatus",
    "сетстатус", "setstaus",
)


def _phones_in_a_request(text: str) -> str | None:
    """The first of the phone numbers a longer message names about its workers: a step given to several
    («87012223344 и 87013334455 вылетели»), a complaint passed on («кандидат 8 701 555 44 33 жалуется …»),
    or /setstatus typed with the step first («/setstatus отказ 8 701 234 56 78»)."""
    found = [match.group(0) for match in _PHONE_IN_TEXT.finditer(text)]
    if not found or not all(phone_number(phone) for phone in found):
        return None
    rest = _PHONE_IN_TEXT.sub(" ", text).casefold().replace("/", " ")
    words = [word.strip(".,!?:;«»\"'()—–-") for word in plain_latin(rest).split()]
    if _CALL_TO_MAKE.intersection(words) or not any(
        word.startswith(_ABOUT_A_WORKER) or step_of(word) and not word.startswith("договори") for word in words if word
    ):
        return None  # «позвони 8701… и 8701… и договорись о встрече»: a call to make, no worker's step
    return found[0].strip()


# A call the officer is to make, noted beside the numbers: «позвони …», «перезвоните …», "call …".
_CALL_TO_MAKE = frozenset("позвони позвоните перезвони перезвоните звякни наберите набери call ring qongyrau".split())


# What takes a step back, set by mistake: «верните заявку … на собеседование», «откатите», «отказ ошибочный»,
# «қайтадан сұхбатқа», «қателесіп», "revert", "put it back", "by mistake", "undo the rejection".
_TAKEN_BACK_STEP = (
    "верн", "возвра", "откат", "обратно", "назад", "ошиб", "отмени", "қайтар", "кайтар", "qaitar", "qaytar",
    "қайтадан", "кайтадан", "qaitadan", "қате", "кате", "qate", "revert", "back", "undo", "mistake", "wrong",
    "erroneous", "болдырма", "boldyrma",
)
# A step asked of an application: «на каком этапе», «какой статус у …», «қай кезеңде», "what stage", "status of".
_STEP_WORDS = ("этап", "стату", "стаус", "статс", "кезең", "кезен", "kezen", "мәртеб", "мартеб", "martebe",
               "status", "staus", "stauts", "stage", "step", "жағдай", "жагдай", "jagdai")  # «өтінімнің жағдайы қалай»
_ASKED_WORDS = frozenset(
    "каком какой какая где что қай кай qai qay қандай кандай qandai qanday қалай калай qalai what which where how of "
    "у".split()
)
# Where an application stands now: «где сейчас заявка …», "where is app … now".
_NOW = frozenset("сейчас қазір казир qazir now".split())
# A year or a count beside the number, not an application: «за 2025 год», «5 заявок».
_NOT_AN_APPLICATION = re.compile(r"\b(?:за|в|с|in|since|for)\s+\d{4}\b|\b\d{4}\s*(?:год\w*|г\.|жыл\w*|year)",
                                 re.IGNORECASE)
_JOINED_NUMBERS = on_russian_keys(re.compile(
    r"(?<![\w.:/-])[#№]?\d{3,9}(?:(?:\s*(?:,|-|–|и|and|&|мен|пен|бен|jane|және|zhane)\s*|\s+)[#№]?\d{3,9})*"
    r"(?![\w./-]|:\d)",  # «application 6525: set visa issued», the colon a label's, not a time's
    re.IGNORECASE,
))


def _application_in_a_request(text: str) -> str | None:
    """An application's number in a longer message about it: its step asked («на каком этапе заявка 5343»,
    «№5340 өтінім қай кезеңде тұр», "status of 5347?"), a step taken back («5332 верните обратно в проверку
    квалификации», "5335 was marked departed by mistake"), a complaint about it («по заявке 5350 кандидат
    жалуется …»), or /setstatus typed with the step first («setstatus interview 5301»). Several numbers joined
    («5323, 5324 өтінімдеріне …») give the first; a vacancy's, a date's or a year's number is none."""
    if how_many_asked(text) is not None or _NOT_AN_APPLICATION.search(text) or any(
        _REFERENCE.fullmatch(word.strip(".,!?:;«»\"'()")) and _ODD_REFERENCE.fullmatch(word.strip(".,!?:;«»\"'()"))
        for word in text.split()
    ) or _SPLIT_REFERENCE.search(text) or _SPOKEN_PORTAL_LETTERS.search(text):
        return None  # «applicants for QA 4404»: a vacancy's number
    text = _REFERENCE_ENDING.sub("", text)  # «5881-ді келісімшарт кезеңіне қайтарыңыз»: the number's case ending
    groups = _JOINED_NUMBERS.findall(text)
    if len(groups) != 1 or re.search(r"\d[.:/]\d", text):
        return None
    number = re.search(r"\d+", groups[0]).group(0)
    rest = text.replace(groups[0], " ¶ ").casefold().replace("/", " ")
    words = [word.strip(".,!?:;«»\"'()—–-") for word in plain_latin(rest).split()]
    words = [word for word in words if word]
    if len(words) > 16:
        return None
    at = words.index("¶") if "¶" in words else 0
    near = words[max(0, at - 2): at + 3]
    stepped = any(step_of(word) for word in words)  # «собеседование», «визу», «сұхбатқа», "departed"
    about = stepped or any(
        word.startswith(_ABOUT_A_WORKER + _STEP_WORDS + _TAKEN_BACK_STEP) or word in _STEP_MOVES or word in _LEAD
        for word in words
    )
    if about and any(_names_application(word) and not word.startswith(("статус", "status")) for word in near):
        return number  # «по заявке 5350 кандидат жалуется …», «5352 өтінім иесі шағым түсірді»
    if (stepped or any(word.startswith(_STEP_WORDS) for word in words)) and any(
        word.startswith(_TAKEN_BACK_STEP) for word in words
    ):
        return number  # «5884 соңғы мәртебесін болдырмаңыз»: its status undone
    if any(word.startswith(_STEP_WORDS) for word in words) and (
        _ASKED_WORDS.intersection(words) or stepped or text.rstrip().endswith("?")
    ):
        return number
    if any(word.startswith(("where", "где")) for word in words) and _NOW.intersection(words):
        return number
    if any(word.startswith(_ABOUT_A_WORKER) for word in words) and ("setstatus" in words or stepped):
        return number  # «setstatus interview 5301», «сетстатус виза 5303»
    if stepped and len(number) >= 4 and (at == 0 or any(word in _STEP_MOVES for word in words[max(0, at - 2): at])):
        return number  # «6052 вылетел 2 декабря», «поставь 6020 визу», "set 6080 to visa issued"
    return None


# Several applications given one step at once («2620 и 2621 перевести на собеседование», "mark 2650 and 2651
# as departed», «өтінім 2609 және 2610 — виза берілді»): /setstatus opens one at a time, the first named first.
_SEVERAL_JOINED = on_russian_keys(frozenset(", и and & jane және мен men бен пен ben pen".split()))
# The words a Kazakh step is said with besides its own: «бас тарту» (refused), «ұшып кетті деп қойыңыз».
_SAID_OF_A_STEP = on_russian_keys(frozenset("тарту тартылды тартты tartu tartyldy tartty деп dep".split()))
_STEP_MOVES = on_russian_keys(frozenset(
    "перевести переведите переведи поставить поставьте поставь отметить на в статус этап move set mark to as "
    "ауыстыру ауыстырыңыз қою қойыңыз auystyru "
    # the step named as a status in Kazakh: «… сұхбат мәртебесін қойыңыз»
    "мәртебесін мәртебесі martebesin martebesi статусы qoiynyz".split()
))


# A range of applications' numbers: «5410-5414», «5639-41», its ends said in words («с 5410 по 5414», «от 5648 до
# 5650 включительно», «5670-тен 5674-ке дейін», "from 5731 to 5734", "5735 through 5738"), one left out of it
# («… кроме 5767», "except 5767").
_RANGE_BETWEEN = on_russian_keys(frozenset(
    "- – — по до to through thru till until тен тан ден дан нен нан ten tan den dan nen nan".split()
))
_LEFT_OUT = on_russian_keys(frozenset("кроме except excluding but басқа".split()))
_RANGE_AROUND = on_russian_keys(frozenset(
    "- – — с со от from ке ге қа ға ge ke qa ga дейін deiin dein включительно inclusive inclusively "
    # the run said to be all of a list: «по списку 5410-5414», «по всем с 5764 по 5769», «номера 5639-41»
    "список списку списком всем всех все тізім тізімі tizim list all номера номерам нөмірлері nomirleri numbers".split()
))
# When the step was reached, said beside the numbers: «5639-41 вылетели вчера», "5720-5724 departed today".
_WHEN_SAID = on_russian_keys(frozenset("вчера сегодня кеше бүгін keshe bugin yesterday today".split()))
# More applications than this in one range are the status file's work, not opened one by one («с 5110 по 5125»).
OPENED_ONE_BY_ONE = 10


# One more application given the same step after it, by «тоже», "too", Kazakh «де»: «поставь 6020 визу и 6021
# тоже», "set 6080 to visa issued and 6081 too" are «поставь 6020 и 6021 визу».
_ONE_MORE_TOO = on_russian_keys(re.compile(
    r"^(?P<head>.*?)(?P<first>[#№]?\d{3,9})(?P<step>\s+[^\d]+?)\s*,?\s*(?:и|and|а|also|мен|және)\s+"
    r"(?P<second>[#№]?\d{3,9})(?:-?(?:ге|ға|ке|қа|ge|ga|ke|qa))?\s+(?:тоже|too|also|as\s+well|де|да|та|те|de|da|ta|te)"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
))


def applications_listed(text: str) -> list[str]:
    """Several applications' numbers listed together, or a range of them, with the step they are to be given
    («заявки 2601, 2602 — виза выдана», «с 5410 по 5414 вылет»): every application meant, in their order; empty
    when the message lists no such thing, or a range longer than `OPENED_ONE_BY_ONE`."""
    if _PHONE_IN_TEXT.search(text or ""):
        return []  # «+7 707 111 22 33 and +7 707 111 22 44»: phone numbers, not applications
    text = _ONE_MORE_TOO.sub(r"\g<head>\g<first> и \g<second>\g<step>", text or "")  # «поставь 6020 визу и 6021 тоже»
    tokens = re.findall(r"[#№]?\d+|[^\W\d_]+|,|&|[-–—]", plain_latin(_pasted(text or "").casefold()))
    numbers = [token.lstrip("#№").lstrip("0") for token in tokens if token.lstrip("#№").isdecimal()]
    if len(numbers) < 2 or any(len(number) > 9 or not number for number in numbers):
        return []
    at = [index for index, token in enumerate(tokens) if token.lstrip("#№").isdecimal()]
    if any(token not in _SEVERAL_JOINED and token not in _RANGE_BETWEEN and token not in _LEFT_OUT
           for token in tokens[at[0]:at[-1]] if not token.lstrip("#№").isdecimal()):
        return []  # the numbers stand together, nothing but «и», commas or a range's «по» between them
    meant = _numbers_meant(tokens[at[0]: at[-1] + 1])
    others = [
        token for token in tokens[: at[0]] + tokens[at[-1] + 1:]
        if token not in _SEVERAL_JOINED and token not in _RANGE_AROUND and token not in _WHEN_SAID
        and token not in _SAID_OF_A_STEP
    ]
    stepped = any(names_a_step(word) for word in others)
    if not (stepped or any(_names_application(word) for word in others)) or not all(
        _names_application(word) or names_a_step(word) or word in _STEP_MOVES or word in _LEAD
        or word in _LOOKUP_PADDING for word in others
    ):
        return []
    return meant


def _numbers_meant(tokens: list[str]) -> list[str]:
    """The applications a run of numbers names, in order: each number, every number of a range, less those
    left out; empty for a range longer than `OPENED_ONE_BY_ONE`."""
    named: list[int] = []
    left_out: list[int] = []
    into, ranged = named, False
    for token in tokens:
        digits = token.lstrip("#№")
        if not digits.isdecimal():
            into = left_out if token in _LEFT_OUT else into
            ranged = token in _RANGE_BETWEEN
            continue
        end = _range_end(into[-1], digits) if ranged and into else None
        if end is not None and end - into[-1] >= OPENED_ONE_BY_ONE:
            return []
        into.extend(range(into[-1] + 1, end + 1) if end is not None else [int(digits)])
        ranged = False
    return [str(number) for number in dict.fromkeys(named) if number not in left_out]


def _range_end(start: int, typed: str) -> int | None:
    """The last number of a range from `start`, its end typed in full or by its last digits («5639-41»); None
    when it ends before it begins, as numbers merely joined by a dash do."""
    written = str(start)
    end = int(written[: len(written) - len(typed)] + typed) if len(typed) < len(written) else int(typed)
    return end if end > start else None


def _phone_asked_about(text: str) -> str | None:
    """A phone number pasted with a few words asking about its worker («+7-700-555-77-66 қай облыстан»,
    «87755551212 bazada bar ma», «тел: 8(708)555-44-33 (Сауле) проверь»): the number, when nothing else in the
    message is a number."""
    found = re.search(r"\+?\d[\d\s()\-]{8,}\d", text)
    if not found:
        return None
    rest = (text[: found.start()] + " " + text[found.end():]).split()
    if len(rest) > 4 or any(character.isdigit() for word in rest for character in word):
        return None
    return found.group(0).strip() if phone_number(found.group(0)) else None


# An application's number as other systems print it: in groups of three («2 415», "#2,444»), after «ID», with
# the date it was made («Заявка №000245 от 12.05.2026», "Application No. 000512 dated 12.05.2026"); the
# leading zeros are dropped where the number is returned.
_GROUPED_NUMBER = re.compile(r"(?<![\d+])(\d{1,3})(?:[ ,\u00a0](\d{3}))(?![\d ,]*\d{2})(?=\D|$)")
_DATED = re.compile(r"\s+(?:от|dated|from|бастап)\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:г\.?|ж\.?)?\s*$",
                    re.IGNORECASE)
_ID_LABEL = re.compile(r"\bid\b\s*:?", re.IGNORECASE)
# A day named with its month beside the number, when the step was reached: «заявка 5130 вылетел 3 декабря»,
# «өтінім 5130 3 желтоқсанда ұшты», "application 5130 departed on 3 December".
_DAY_OF_MONTH = on_russian_keys(re.compile(
    r"\b(?:on\s+)?\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|qantar|aqpan|nauryz|"
    r"sauir|mamyr|mausym|shilde|tamyz|qyrkuiek|qazan|qarasha|jeltoqsan|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\w*",
    re.IGNORECASE,
))
# An office's note in brackets after the number: «заявка № 2614 (ЦЗН Актобе)», «өтінім №2607 (12.07.2026)».
_NOTE_IN_BRACKETS = re.compile(r"\s*\([^()\d]*[^\W\d_][^()]*\)|\s*\(\d{1,2}[./]\d{1,2}[./]\d{2,4}\)")


def _pasted(text: str) -> str:
    """The text with an application's number pasted from another system as the bot reads one: «ID заявки:
    2416» as «заявка 2416», «2 415» as «2415», the date after it left out."""
    if _ID_LABEL.search(text) and not any(_names_application(word) for word in text.casefold().split()):
        text = _ID_LABEL.sub(" заявка ", text, count=1)
    text = _ID_LABEL.sub(" ", text, count=1).strip()
    text = _DATED.sub("", _NOTE_IN_BRACKETS.sub("", text))
    text = _DAY_OF_MONTH.sub(" ", text) if _NUMBER.search(_DAY_OF_MONTH.sub(" ", text)) else text
    if re.search(r"[#№]\s*\d", text) or any(_names_application(word.strip(".,:;#№")) for word in text.casefold().split()):
        text = _GROUPED_NUMBER.sub(r"\1\2", text)
    return text


def _phone_retyped(text: str) -> str | None:
    """A phone number typed again after the first was taken back («8 701 555 12 34, ой 8 701 555 21 34",
    "look up …, sorry, …»): the second one."""
    parts = correction_parts(text)
    if not parts:
        return None
    first, again = _looked_up(parts[0]), _looked_up(parts[1])
    return again if first and again and len(first) >= 10 and len(again) >= 10 else None


def _number_retyped(text: str) -> str | None:
    """The number typed again after an application's number was taken back («заявка 2418, нет, 2481»,
    «өтінім 12 жоқ 21», "app 12, sorry, 21"): the second one is looked up."""
    parts = correction_parts(text)
    if not parts or not _looked_up(parts[0]) or len(_looked_up(parts[0]) or "") >= 10:
        return None
    again = [word.strip(".,!?:;#№") for word in parts[1].split()]
    again = [word for word in again if word and word.casefold() not in _LOOKUP_PADDING | _WANTED]
    return again[0] if len(again) == 1 and again[0].isdecimal() and len(again[0]) <= 9 else None


# Asked to be looked at after a comma, with the officer's note before it: «по заявке № 2418 кандидат звонил,
# глянь», "application 3001 the candidate called, check it".
_LOOK_AT_END = on_russian_keys(re.compile(
    r",\s*(?:глянь|гляньте|посмотри|посмотрите|проверь|проверьте|қараңыз|қарашы|qarashy|check\s+it|check|"
    r"have\s+a\s+look|take\s+a\s+look)\s*[.!?]*\s*$",
    re.IGNORECASE,
))
_APPLICATION_FIRST = re.compile(r"^\s*(?:по\s+)?(?P<named>\S+\s*(?:№|#|no\.?)?\s*\d{1,9})\b")


def _looked_at(text: str) -> str | None:
    """The application named at the start of a message that ends by asking to look at it."""
    if not _LOOK_AT_END.search(text):
        return None
    first = _APPLICATION_FIRST.match(text)
    return _looked_up(first.group("named")) if first and _names_application(first.group("named").split()[0].casefold()) else None


_WANTED = frozenset("нужна нужен нужно надо керек need needed want".split())


def _looked_up(text: str) -> str | None:
    text = plain_latin(text or "")  # «ötınım 1021» as «otinim 1021»
    words = [word.strip(".,!?:;«»\"'") for word in _NUMBER_BEFORE_NOUN.sub(" ", text).lower().split()]
    if not words or len(words) > 12:  # a phone number is typed in up to five pieces
        return None
    words = [word for word in spoken_numbers(words) if word not in _LOOKUP_PADDING]
    matches = [(word, _NUMBER.fullmatch(word)) for word in words]
    numbers = [match.group(1) for _, match in matches if match]
    others = [word for word, match in matches if not match]
    if len(words) <= 5 and len(numbers) == 1 and len(text.split()) <= 8 and any(
        _names_application(word) for word in others
    ) and all(
        _names_application(word) or word in _LEAD or names_a_step(word) for word in others
    ):  # «заявка 1021 — виза готова»: the step noted beside it is set on the application opened
        return numbers[0]
    if len(words) <= 5 and len(numbers) == 1 and others and all(
        _names_application(word) or word in _LEAD for word in others
    ):
        return numbers[0]
    if len(words) == 1 and words[0][:1] in "#№" and numbers and not others:
        return numbers[0]  # "pull up #2444": the number sign names an application as its word does
    phone = _PHONE_LABEL.sub("", spelled_numbers(text or ""), count=1)  # «восемь семьсот один …», dictated
    phone = " ".join(word for word in phone.split() if word.casefold().strip("?:,.") not in _PHONE_ASKING)
    if any(character.isalpha() for character in phone) or sum(map(str.isdigit, phone)) < 10:
        return None
    return phone.strip() if phone_number(phone) else None


def _names_application(word: str) -> bool:
    """A word for an application, shortened or with one letter wrong («заяв», «зявка»)."""
    return word == "app" or word.startswith(_APPLICATION) or len(word) >= 5 and any(
        OSA.distance(word, known, score_cutoff=1) <= 1 for known in _APPLICATION_WORDS
    )


# A vacancy's portal number typed alone or with words that ask for its applicants: «QA-1024», «вакансия
# QA-1024», «кто откликнулся на QA-1024?», «заявки QA-1024», "applicants of 2024/118". A number must hold a
# digit and something else; digits alone are an application's number, unless a word for a vacancy stands
# beside them («вакансия 1024», «1024 вакансиясына», "vacancy 1024": the portal's number or the bot's).
_VACANCY_CONTEXT = on_russian_keys(frozenset(
    "вакансия вакансии вакансию вакансий вакансияны кто откликнулся откликнулись откликнувшиеся отклики "
    "откликов откликнувшихся заявки заявок заявка заявку на по сколько покажи покажите показать список все "
    "бос орын орны орнына өтінім өтінімдер өтінімдері кім берді бергендер қанша тізімі "
    "подал подала подали подавшие подавших откликнувшимся откликнувшихся бойынша вакансиясы вакансиясына "
    "кандидатам бергендердің бергендердің № "
    "вакансиясының boiynsha boyynsha otinim otinimder ötinimder kim berdi "
    "vacancy job applicants applications application for of to who applied show list all how many "
    # when they came: «какие заявки на QA-1024 пришли вчера», "who applied for QA-2048 so far"
    "какие пришли пришло вчера сегодня за so far today yesterday "
    # who answered it and how many: «сколько человек откликнулось на QA 1024», «кандидатов покажите»,
    # «қанша адам өтінім берді», «кім жауап берді», "who responded to", Kazakh case endings apart («QA-1024 ке»)
    "откликнулось откликнулся человек кандидатов кандидаты кандидат адам жауап бергендерді "
    "ге ке ға қа ge ke ga qa ka adam otinim бергендерге bergenderge qansha qanşa jauap berdi responded answered "
    "candidates people "
    # typed in a hurry: «вак QA 1024 кто откликнулся», «QA-4410 скок откликов», «по QA 1024 кто там»
    "вак скок скока там чел бар please pls статистика статистику stats statistics всем всех барлығына everyone "
    "share kindly provide send the "
    # who applied, in a region's words: «кто подался на QA-2051», «QA-2051 вакансиясына құжат тапсырғандар»,
    # "whoever applied to QA-2051", and the officer's own area beside it: «отклики по нашей области»
    "подался подалась подались подалось подавшим подавшихся подавались құжат тапсырғандарға тапсырғандар тапсырды "
    "qujat tapsyrgandarga tapsyrgandar vakansiyasyna vakansiiasyna whoever anyone нашей нашему области "
    "региону our region from in "
    # at which step each stands: «QA-4140 кто на каком этапе», "status of QA-4140 applicants"
    "каком какой каких этапе этапах stage stages status statuses "
    # who applied, in Kazakh's plural, and the command typed after the number: «QA-4405 кімдер өтінім берді»,
    # «qa4406 otinim bergender», "QA-4401 setstatus"
    "кімдер kimder bergender бергендер setstatus "
    # how many applied, counted in Kazakh: «QA-1024 бойынша неше адам», «қанша өтінім түсті», «qansha otinim bar»,
    # and the English noun for what came in: "responses on QA-1024?"
    "неше neshe түсті tusti tüsti бар bar responses response on "
    # how many, asked as the number itself: "QA-1024 applicant count pls", «количество откликов по QA-1024»
    "count number total количество кол-во число саны sany applicant".split()
))
_VACANCY_WORDS = ("ваканс", "vacanc", "vakans")
# A portal number dictated with a space for its hyphen: «QA 3107» is QA-3107 (capitals only: "ISCO 7212" is
# a group, «app 12» an application), or typed with its letters in small ones: «qa 3107» (two letters only,
# and not an abbreviation of a number: «no 12», «nr 12»).
# Nor a short word of English before a number: "status of 5347", "undo the rejection on 5339".
_SPLIT_REFERENCE = re.compile(
    r"\b([A-Z]{2,3})\s+(\d{2,9})\b|"
    r"\b((?!(?:no|nr|id|of|on|to|at|in|is|by|as|it|up|me|my|or|an|so|do|we|us|be|go)\b)[a-z]{2})\s+(\d{3,9})\b"
)
_REFERENCE = re.compile(r"(?=.*\d)(?=.*[^\d\s])[^\s«»\"']{2,40}")
# A portal number written oddly: «qa1024» without its hyphen, «QA–1024» with a dash, "QA_1024", or with a
# Cyrillic letter that looks like the Latin one («QА-1024» typed on a Russian keyboard): the portal's own
# form is the letters, a hyphen and the digits.
_ODD_REFERENCE = re.compile(r"([^\W\d_]{1,4})(?:[_–—‑]|-?)(\d{2,9})")
# A Kazakh case ending written onto the number after a hyphen: «QA-1024-ке», «QA 2048-ге» is QA-1024.
_REFERENCE_ENDING = on_russian_keys(re.compile(
    r"(?<=\d)-(?:ге|ке|ға|қа|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|нан|нен|"
    r"ge|ke|ga|qa|dan|den|tan|ten|nyn|nin|dyn|din|tyn|tin|dy|di|ty|ti|ny|ni|nan|nen)\b", re.IGNORECASE,
))
_WHO_HAS = re.compile(r"\bу\s+(?:кого|которых)\b", re.IGNORECASE)
_WHO_ASKED = on_russian_keys(  # "who" only opens a question: "applicants who got …" narrows
    frozenset("кто кого кім kim".split())
)
# A day written with its month («от 01.07», «12.07.2026»), and a Kazakh ordinal («3-кезеңдегілерге», «5-разрядты»):
# neither is a vacancy's number.
_A_DATE = re.compile(r"(?:\b(?:от|dated|from)\s+)?(?<![\w.])\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?![\w.])", re.IGNORECASE)
_ORDINAL = re.compile(r"\d+-[а-яәғқңөұүһіё]+")
_LATIN_LOOKALIKES = str.maketrans("АВСЕНКМОРТХасеокрх", "ABCEHKMOPTXaceokpx")


def portal_number(text: str) -> str | None:
    """The portal number a short message names, to be looked up among the vacancies; None otherwise. A
    number taken back and typed again («QA-2055, нет, QA-2065») is the second one."""
    if officer_lookup(text):
        return None
    parts = correction_parts(text or "")
    if parts and _portal_number(parts[0]) and (again := _portal_number(parts[1])):
        return again
    return _portal_number(text)


def _portal_number(text: str) -> str | None:
    # «отклики на QA-1024 за вчера», «QA4410 applicants this week», «кью эй 3141», "Q A 3141", «кью эй шесть пять …»
    text = without_period(text or "")
    if _SPOKEN_PORTAL_LETTERS_ALONE.search(text):
        text = dictated_numbers(text)
    text = _SPOKEN_PORTAL_LETTERS.sub("QA-", text)
    text = _SPLIT_REFERENCE.sub(lambda match: "-".join(part for part in match.groups() if part), text)
    text = _REFERENCE_ENDING.sub("", text)
    text = _A_DATE.sub(" ", text)  # «отклики на вакансию № QA-3123 от 01.07»: the date is no number of it
    words = [word.strip("?!.,:;«»\"'№#") for word in text.split()]
    references = [word for word in words if _REFERENCE.fullmatch(word) and not _ORDINAL.fullmatch(word)]
    if not references and any(_is_vacancy_word(word) for word in words):
        references = [word for word in words if word.isdecimal() and len(word) <= 9]  # «вакансия 1024»
    if len(references) == 1 and len(words) <= 12 and how_many_asked(text) is not None:
        return _portal_form(references[0])  # a count asked of one vacancy: its card counts its applicants by step
    if len(words) > 8 or len(references) != 1:
        return None
    others = [word.casefold() for word in words if word and word != references[0]]
    # «у кого виза» narrows as «с визой» does: those who have one, no question of who
    asked_who = bool(_WHO_ASKED.intersection(others)) and not _WHO_HAS.search(text) or text.rstrip().endswith(
        "?") or words[0].casefold() == "who"  # «по вакансии QA-3120 кто на собесе»: its applicants are
    if not all(  # listed with their steps; without a question the step narrows an audience («… с визой»)
        word in _VACANCY_CONTEXT or _is_vacancy_word(word) or asked_who and names_a_step(word) for word in others
    ):
        return None
    return _portal_form(references[0])


def vacancy_narrowed(text: str, status_names: Mapping[str, str]) -> tuple[str, Reading] | None:
    """A vacancy's applicants narrowed by a step, a region or a language typed with its number
    («откликнувшимся на QA 2051 с визой», "QA-2048 applicants with signed contracts"): the portal number
    and what narrows it; None when the number stands alone or the rest names something else."""
    if portal_number(text):
        return None
    text = _SPOKEN_PORTAL_LETTERS.sub("QA-", without_period(text or ""))
    text = _REFERENCE_ENDING.sub("", _SPLIT_REFERENCE.sub(lambda match: "-".join(p for p in match.groups() if p), text))
    words = [word.strip("?!.,:;«»\"'№#") for word in text.split()]
    found = [word for word in words if _REFERENCE.fullmatch(word) and _ODD_REFERENCE.fullmatch(word)]
    if len(found) != 1 or len(words) > 12:
        return None
    rest = [word for word in words if word != found[0] and word.casefold() not in _APPLIED_WORDS]
    reading = read_audience(" ".join(rest), status_names)
    return (_portal_form(found[0]), reading) if reading.kind in ("status", "region", "lang") else None


# The words that only say who applied to a vacancy, around its number: «откликнувшимся на», "applicants of".
_APPLIED_WORDS = on_russian_keys(frozenset(
    "откликнувшимся откликнувшихся откликнулся откликнулись подавшим подавших подался подались на по "
    "всем всех кто тем тех и вакансии вакансию вакансиясына ге ке ға қа өтінім беріп бергендерге бергендер "
    "кандидатам бергендердің барлығына подал подала подали подавал получил получила получили "
    "applicants applicant of to for who applied all everyone and the".split()
))


def _is_vacancy_word(word: str) -> bool:
    """A word for a vacancy, or its officers' shorthand «вак»."""
    word = word.casefold().strip(".")
    return word.startswith(_VACANCY_WORDS) or word == "вак"


def _portal_form(reference: str) -> str:
    """«qa1024», «QA–1024», «QА-1024» (a Cyrillic А) as the portal writes them: «qa-1024», «QA-1024»."""
    odd = _ODD_REFERENCE.fullmatch(reference)
    if odd is None:
        return reference
    letters = odd.group(1)
    latin = letters.translate(_LATIN_LOOKALIKES)
    if latin.isascii() and not letters.isascii() and any(ch.isascii() for ch in letters):
        letters = latin  # mixed letters of two alphabets: the Latin ones meant
    return f"{letters}-{odd.group(2)}" if letters.isascii() else reference


def officer_commands(t: Translator) -> list[BotCommand]:
    return worker_commands(t) + [
        BotCommand(command=name, description=t(f"cmd-{name}")) for name in OFFICER_COMMANDS
    ]


async def set_officer_commands(bot: Bot, chat_id: int, t: Translator) -> bool:
    """Show the officer menu in this chat; False when Telegram refused (e.g. they never opened the bot)."""
    return await set_chat_menu(bot, chat_id, officer_commands(t))


async def set_all_officer_commands(
    bot: Bot, sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, i18n: I18n
) -> int:
    """At start-up: every officer's menu in their language; returns how many were set."""
    async with sessionmaker() as session:
        ids = await all_officer_ids(session, settings.officer_ids)
        languages = dict(
            (await session.execute(select(User.id, User.language).where(User.id.in_(sorted(ids))))).all()
        )
    done = 0
    for chat_id in sorted(ids):
        t = i18n.translator(languages.get(chat_id, DEFAULT_LANGUAGE))
        done += await set_officer_commands(bot, chat_id, t)
    return done
