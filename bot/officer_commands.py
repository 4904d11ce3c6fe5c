"""The officers' command menu: worker commands plus officer tools, set per chat so workers never see them.

Telegram keeps one menu per scope; `BotCommandScopeChat` for an officer's chat wins over the default
menu, so a worker's menu stays short while an officer's lists everything they can do.
"""

from __future__ import annotations

import logging
import re

from aiogram import Bot
from aiogram.types import BotCommand
from rapidfuzz.distance import OSA
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.broadcast_audience import how_many_asked
from bot.commands import set_chat_menu, worker_commands
from bot.i18n import DEFAULT_LANGUAGE, I18n, Translator
from bot.services.officers import all_officer_ids
from bot.settings import Settings
from bot.validation import phone_number
from db.models import User

log = logging.getLogger(__name__)

OFFICER_COMMANDS: tuple[str, ...] = ("broadcast", "stats", "export", "audit", "officers", "setstatus", "link")
# An officer's tool named in words, as a whole short message («статистика», «рассылка», «выгрузка»): read
# as a worker's message, «статистика» was searched as a trade and «рассылка» opened the alert settings.
_TOOL_WORDS = {
    "stats": "статистика статистику стата статистикасы статистиканы statistika statistikasy statistikany "
             "statistics stats stat работников "
             "соискателей жұмысшылар workers",
    "broadcast": "рассылка рассылку рассылки рассылок разослать объявление объявить хабарландыру таратылым "
                 "хабарлама тарату habarlama taratu broadcast broadcasts announcement",
    "export": "выгрузка выгрузить выгрузку выгрузи экспорт экспорттау шығару eksport eksporttau export csv excel "
              "эксель экселе",
    "audit": "журнал аудит аудита лог логи audit log",
    "officers": "сотрудники сотрудников офицеры офицеров офицерлер офицерлерді ofitserler қызметкерлер "
                "қызметкерлерді officers",
    "setstatus": "статус заявки",
    "link": "ссылка ссылку сілтеме link",
    # Not a command: vacancies and statuses are loaded by sending their file («как загрузить вакансии?»).
    "files": "загрузить загрузка загрузку импорт импортировать жүктеу жүктеймін upload import",
}
_WORDS_TO_TOOLS = {word: name for name, words in _TOOL_WORDS.items() for word in words.split()}
# A tool's word with an ending the list does not hold: «эксельге», «журналы», «офицерді», "officer",
# «excelge», «ofitser»; the beginnings are long enough to name nothing else.
_TOOL_BEGINNINGS = {
    "export": ("эксел", "excel", "выгруз", "шығар", "shygar", "экспорт", "eksport"),
    "audit": ("журнал", "zhurnal"),
    "officers": ("офицер", "officer", "ofitser"),
    "stats": ("статисти", "statisti"),
}
# The padding of a request typed or dictated in a hurry, which names no tool: «скиньте … пожалуйста»,
# «надо …», «… керек», "can I get the …", "could you …", "send me the …", "I'd like to …".
_TOOL_PADDING = frozenset(
    "пожалуйста пжл плз скиньте скинь киньте дайте дай покажите покажи можно надо нужно нужна прошу мне "
    "керек беріңіз беріңізші берші көрсетіңіз көрсетіңізші маған для "
    "please pls can could would you i i'd me like get need want to the a an show send give".split()
)
# A status changed, in words: «изменить статус заявки», «өтінім мәртебесін өзгерту», "change status".
_STATUS_WORDS = ("статус", "мәртебе", "martebe", "märtebe", "status")
_CHANGE_WORDS = frozenset(
    "изменить поменять сменить өзгерту ауыстыру заявки өтінім ozgertu özgertu auystyru change update set".split()
)
MISTYPED_TOOL_LENGTH = 7  # a tool's word this long with one letter wrong is still that word («выгруска»)


def officer_tool_named(text: str) -> str | None:
    """The officer command a short message names in words («статистика» → "stats", «изменить статус
    заявки» → "setstatus"); None for anything else."""
    words = [_without_ending(word.strip(".,!?:;«»\"'")) for word in (text or "").lower().split()]
    words = [word for word in words if word not in _TOOL_PADDING]
    if not words or len(words) > 4 or officer_lookup(text):  # «статус заявки 12» opens it at once
        return None
    if len(words) == 4 and how_many_asked(text) is not None:
        return None  # «сколько работников из Шымкента» counts them; «дай ссылку на вакансию» names a tool
    if any(word.startswith(_STATUS_WORDS) for word in words) and _CHANGE_WORDS.intersection(words):
        return "setstatus"
    named = {_tool_of(word) for word in words} - {None, "setstatus"}
    return named.pop() if len(named) == 1 else None


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
    if len(word) < MISTYPED_TOOL_LENGTH:
        return None
    near = {
        tool for known, tool in _WORDS_TO_TOOLS.items()
        if len(known) >= MISTYPED_TOOL_LENGTH and OSA.distance(word, known, score_cutoff=1) <= 1
    }
    return near.pop() if len(near) == 1 else None


# An application named by its number in a message of its own («заявка 12», «статус заявки №12», «өтінім
# 12», "application #12"), or a worker's phone number pasted from a call: what /setstatus with it opens.
# Shortened as officers note it too: «заяв. 12», "app 12", "appl. 12".
_APPLICATION = ("заявк", "заяв", "өтінім", "отiнiм", "otinim", "ötinim", "applicat", "appl", "статус", "status")
_APPLICATION_WORDS = ("заявка", "заявку", "заявки", "өтінім", "application")  # nearest a mistyped one («зявка»)
_LEAD = frozenset(
    "изменить поменять открыть открой откройте покажи покажите показать найди найти дай номер нөмірі нөмір "
    "nomiri nomir nömiri көрсет көрсетіңіз аш ашу № # no nr number app change open show find".split()
)
# The padding around an application's number, said between meetings: «откройте, пожалуйста, заявку 1021»,
# «заявка 112, что там?», «1021 өтінімді ашыңызшы», "could you pull up application 1021", "what's the
# status of application 77".
_LOOKUP_PADDING = frozenset(
    "пожалуйста пжл плз что там по у нас можно дайте ашыңызшы ашыңыз көрсетіңізші korsetiniz korsetinizshi "
    "ashynyz ashynyzshy please pls could can you pull up what's what is the of with on me".split()
)
# A phone number pasted with its label: «тел. 8 701 123 45 67», «телефон: +7…», "ph: …".
_PHONE_LABEL = re.compile(r"^\s*(?:тел(?:ефон)?|tel|phone|ph|моб|mob)\b\.?:?", re.IGNORECASE)
# Who a pasted number is asked about: «чей номер 8 701 …», «найдите по телефону 8707…», «мына нөмір
# кімдікі …», "whose number is +7 …".
_PHONE_ASKING = frozenset(
    "чей чья это номер телефон телефону по номеру найдите найди найти мына бұл нөмір нөмірі кімдікі кімнің "
    "whose number phone is this find".split()
)
# Kazakh writes an ordinal number with a hyphen before its noun: «345-өтінім» is application 345.
_NUMBER_BEFORE_NOUN = re.compile(r"(?<=\d)-(?=[^\W\d_])")
_NUMBER = re.compile(r"[#№]?(\d{1,9})")


def officer_lookup(text: str) -> str | None:
    """What `/setstatus` is to look up for a message naming an application by number, or for a phone
    number alone; None for anything else («сварщик», «2000»)."""
    words = [word.strip(".,!?:;«»\"'") for word in _NUMBER_BEFORE_NOUN.sub(" ", text or "").lower().split()]
    if not words or len(words) > 8:
        return None
    words = [word for word in spoken_numbers(words) if word not in _LOOKUP_PADDING]
    matches = [(word, _NUMBER.fullmatch(word)) for word in words]
    numbers = [match.group(1) for _, match in matches if match]
    others = [word for word, match in matches if not match]
    if len(words) <= 5 and len(numbers) == 1 and others and all(
        _names_application(word) or word in _LEAD for word in others
    ):
        return numbers[0]
    phone = _PHONE_LABEL.sub("", text or "", count=1)
    phone = " ".join(word for word in phone.split() if word.casefold().strip("?:,.") not in _PHONE_ASKING)
    if any(character.isalpha() for character in phone) or sum(map(str.isdigit, phone)) < 10:
        return None
    return phone.strip() if phone_number(phone) else None


# Numbers said in words, as a phone's dictation writes them: «триста сорок пятая», «үш жүз қырық бесінші»,
# "three hundred forty five". A word is a stem and one of its endings (of the case or of the ordinal), so
# «семинар» or «стоит» is no number; a unit alone («одна заявка», "second application") stays a word.
_NUMBER_STEMS: dict[str, int] = {
    # Russian
    "ноль": 0, "нол": 0, "одн": 1, "один": 1, "перв": 1, "два": 2, "две": 2, "втор": 2, "три": 3, "трет": 3,
    "четыр": 4, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6, "сем": 7, "седьм": 7, "восем": 8,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13,
    "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сорок": 40, "пятьдесят": 50, "пятидесят": 50,
    "шестьдесят": 60, "шестидесят": 60, "семьдесят": 70, "семидесят": 70, "восемьдесят": 80,
    "восьмидесят": 80, "девяност": 90, "сто": 100, "сот": 100, "двест": 200, "двухсот": 200, "трист": 300,
    "трехсот": 300, "трёхсот": 300, "четырест": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
    "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800,
    "девятьсот": 900, "девятисот": 900, "тысяч": 1000,
    # Kazakh, in both alphabets
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    "жүз": 100, "мың": 1000, "bir": 1, "eki": 2, "ush": 3, "üş": 3, "tort": 4, "tört": 4, "bes": 5,
    "alty": 6, "jeti": 7, "segiz": 8, "togyz": 9, "toğyz": 9, "jiyrma": 20, "jyirma": 20,
    "otyz": 30, "qyryq": 40, "elu": 50, "alpys": 60, "jetpis": 70, "seksen": 80, "toqsan": 90, "jüz": 100,
    "juz": 100, "myn": 1000, "myñ": 1000,
    # English
    "zero": 0, "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
    "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8,
    "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11, "twelve": 12, "twelfth": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}
_NUMBER_ENDINGS = (
    "", "ь", "и", "а", "о", "ая", "ый", "ий", "ой", "ое", "ую", "ого", "ому", "ом", "ые", "ых", "ью", "ти", "ей",
    "ья", "ье", "ьей", "ьего",
    "ыншы", "інші", "ншы", "нші", "ynshy", "inshi", "nshy", "nshi", "th",
)
_NUMBER_AND = frozenset("и and".split())


def _number_word(word: str) -> int | None:
    """The value of one number word in any of its forms, or None."""
    for cut in range(len(word), 1, -1):
        value = _NUMBER_STEMS.get(word[:cut])
        if value is not None and word[cut:] in _NUMBER_ENDINGS:
            return value
    return None


def spoken_numbers(words: list[str]) -> list[str]:
    """`words` with each run of number words written in digits: «сто двенадцать» → «112», «тысяча
    двадцать один» → «1021», "three hundred forty five" → "345"; other words as they are."""
    out: list[str] = []
    run: list[str] = []
    total = current = 0
    for word in [*words, ""]:
        value = _number_word(word) if word else None
        if value is None and run and word in _NUMBER_AND:
            continue
        if value is None:
            if run:
                out += [str(total + current)] if len(run) > 1 or total + current >= 10 else run
                run, total, current = [], 0, 0
            if word:
                out.append(word)
            continue
        run.append(word)
        if value == 1000:
            total, current = total + (current or 1) * 1000, 0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return out


def _names_application(word: str) -> bool:
    """A word for an application, shortened or with one letter wrong («заяв», «зявка»)."""
    return word.startswith(_APPLICATION) or len(word) >= 5 and any(
        OSA.distance(word, known, score_cutoff=1) <= 1 for known in _APPLICATION_WORDS
    )


# A vacancy's portal number typed alone or with words that ask for its applicants: «QA-1024», «вакансия
# QA-1024», «кто откликнулся на QA-1024?», «заявки QA-1024», "applicants of 2024/118". A number must hold a
# digit and something else; digits alone are an application's number.
_VACANCY_CONTEXT = frozenset(
    "вакансия вакансии вакансию вакансий вакансияны кто откликнулся откликнулись откликнувшиеся отклики "
    "откликов откликнувшихся заявки заявок заявка заявку на по сколько покажи покажите показать список все "
    "бос орын орны орнына өтінім өтінімдер өтінімдері кім берді бергендер қанша тізімі "
    "подал подала подали подавшие подавших откликнувшимся откликнувшихся бойынша вакансиясы вакансиясына "
    "вакансиясының boiynsha boyynsha otinim otinimder ötinimder kim berdi "
    "vacancy job applicants applications application for of to who applied show list all how many "
    # when they came: «какие заявки на QA-1024 пришли вчера», "who applied for QA-2048 so far"
    "какие пришли пришло вчера сегодня за so far today yesterday".split()
)
# A portal number dictated with a space for its hyphen: «QA 3107» is QA-3107 (capitals only: "ISCO 7212" is
# a group, «app 12» an application).
_SPLIT_REFERENCE = re.compile(r"\b([A-Z]{2,3})\s+(\d{2,9})\b")
_REFERENCE = re.compile(r"(?=.*\d)(?=.*[^\d\s])[^\s«»\"']{2,40}")


def portal_number(text: str) -> str | None:
    """The portal number a short message names, to be looked up among the vacancies; None otherwise."""
    if officer_lookup(text):
        return None
    text = _SPLIT_REFERENCE.sub(r"\1-\2", text or "")
    words = [word.strip("?!.,:;«»\"'№#") for word in text.split()]
    references = [word for word in words if _REFERENCE.fullmatch(word)]
    if len(words) > 8 or len(references) != 1:
        return None
    others = [word.casefold() for word in words if word and word != references[0]]
    return references[0] if all(word in _VACANCY_CONTEXT for word in others) else None


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
