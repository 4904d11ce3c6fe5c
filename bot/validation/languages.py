"""The languages a worker speaks, named in any of the bot's three languages, misspelt or taken back."""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process

from bot.i18n import language_named
from bot.validation.answer import InvalidInput, asks_back, without_question


# The spoken languages beyond the bot's own three, by the beginnings of their names; then the languages
# of the region and of work abroad that the profile keeps as "other" (tried first: «туркменский» is not
# «турецкий»).
_OTHER_SPOKEN = {
    "other": ("узбек", "өзбек", "uzbek", "кыргыз", "қырғыз", "киргиз", "kyrgyz", "таджик", "тәжік", "tajik",
              "туркмен", "түрікмен", "turkmen", "уйгур", "ұйғыр", "uyghur", "татар", "tatar", "азербайдж",
              "azerbaij", "китай", "қытай", "chinese", "немец", "неміс", "german", "француз", "french",
              "корей", "корейс", "korean", "испан", "spanish", "итальян", "italian", "япон", "japanese",
              "хинди", "hindi", "урду", "urdu", "персид", "парси", "farsi", "persian"),
    "ar": ("араб", "arab"),
    "tr": ("турец", "түрік", "турк", "turk", "türk", "turik"),
}
# Whole names of the languages, for a name misspelt on a phone («анлийский», "inglish"): the nearest
# one, when it is near enough that no other word could be meant.
_SPOKEN_NAMES = {
    "английский": "en", "english": "en", "ағылшын": "en", "ағылшынша": "en",
    "казахский": "kk", "kazakh": "kk", "қазақша": "kk", "qazaqsha": "kk",
    "русский": "ru", "russian": "ru", "орысша": "ru", "orysha": "ru",
    "арабский": "ar", "arabic": "ar", "турецкий": "tr", "turkish": "tr",
    # the Russian names typed in Latin letters («angliyskiy sredniy», «russkiy, kazakhskiy»)
    "angliyskiy": "en", "kazakhskiy": "kk", "russkiy": "ru", "arabskiy": "ar", "turetskiy": "tr",
}
_MISSPELT_SCORE = 80
# Names cut short as in a list («ру, каз, анг», "rus kaz eng"), each a whole word: those the bot's own
# language words (`bot.i18n.language_named`: «рус», «каз», "eng") do not know already.
_SHORT_NAMES = {"ру": "ru", "анг": "en", "ағыл": "en", "ang": "en", "angl": "en", "тур": "tr", "tur": "tr"}


def spoken_languages(text: str | None) -> list[str]:
    """The codes of the languages a message names, in the order named: «русский и казахский»,
    "English, Arabic", «қазақша, орысша», «узбекский» as "other"; a language the worker says they do not
    speak («английский не знаю, только русский») is left out. Raises when it names none."""
    found: list[str] = []
    clauses = _CLAUSE.split(_marks_as_words(without_question(text)).casefold())
    asked = [clause for clause in clauses if _asked_about(clause)]
    if len(asked) < len([clause for clause in clauses if clause.strip()]):
        clauses = [clause for clause in clauses if clause not in asked]  # «…, английский нужен?»: not spoken
    named_before: list[str] = []
    for clause in clauses:
        named = [code for word in re.findall(r"[^\W\d_]+", clause) if (code := _spoken_language(word)) is not None]
        if not named and _DENIED_BEFORE.search(clause):  # «арабский читаю Коран, но не говорю»: the one before
            found = [code for code in found if code not in named_before]  # (not one understood: «…понимаю»)
            continue
        if _DENIED.search(clause):  # also a language taken back: «русский, английский — ой, английский не знаю»
            for code in named:
                if code in found:
                    found.remove(code)
            continue
        for code in named:
            if code not in found:
                found.append(code)
        if clause.strip():
            named_before = [] if _UNDERSTOOD.search(clause) else [code for code in named if code in found]
    if not found:
        raise InvalidInput("expect-languages")
    return found


# A country's flag for its language (🇰🇿 🇷🇺 🇬🇧), and a tick or a cross after a language («английский ❌»):
# spoken, or not.
_FLAG_LANGUAGES = {"KZ": "казахский", "RU": "русский", "GB": "английский", "US": "английский",
                   "TR": "турецкий", "SA": "арабский", "AE": "арабский", "QA": "арабский", "EG": "арабский"}
_FLAG = re.compile("([\U0001F1E6-\U0001F1FF])([\U0001F1E6-\U0001F1FF])")
_TICK = re.compile("[✅✔☑]\ufe0f?")
_CROSS = re.compile("[❌✖❎🚫]\ufe0f?")


def _marks_as_words(text: str) -> str:
    """Flags as the names of their languages, a tick as the end of one language named, a cross as «нет»."""
    def named(match: re.Match[str]) -> str:
        country = "".join(chr(ord(char) - 0x1F1E6 + ord("A")) for char in match.groups())
        return f" {_FLAG_LANGUAGES.get(country, '')} "

    text = _FLAG.sub(named, text) if not re.search(r"[^\W\d_]", _FLAG.sub("", text)) else _FLAG.sub(" ", text)
    return _CROSS.sub(" нет ; ", _TICK.sub(" ; ", text))


def languages_named(text: str | None) -> list[str]:
    """The codes of every language a message names, spoken or not: those a worker asks to take off the
    profile («уберите турецкий, я его забыл», "I don't speak Turkish, take it off")."""
    found: list[str] = []
    for word in re.findall(r"[^\W\d_]+", (text or "").casefold()):
        code = _spoken_language(word)
        if code is not None and code not in found:
            found.append(code)
    return found


# The parts of a message that each say one thing («английский не знаю, только русский»): split at
# punctuation and at "but" and "only".
_CLAUSE = re.compile(r"[,;.!()\n]|(?<![^\W\d_])(?:но|а|только|зато|but|only|тек|бірақ|ал)(?![^\W\d_])")
# A part that says a language is not spoken: «не знаю», «не владею», «білмеймін», "don't speak", «ағылшын
# тілі жоқ».
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:не\s+(?:знаю|владею|говорю|понимаю|разговариваю)|білмеймін|сөйлемеймін|түсінбеймін|"
    r"bilmeimin|bilmeymin|soilemeimin|don'?t\s+(?:speak|know)|do\s+not\s+(?:speak|know)|can'?t\s+speak|"
    r"cannot\s+speak|no|нет|жоқ|joq|жок)(?![^\W\d_])"  # "Russian, Kazakh, no English", «английского нет»
    r"|" + r"(?<![^\W\d_])(?:забыл\w*|позабыл\w*|ұмыттым|ұмытып|umyttym|forgot(?:ten)?)(?![^\W\d_])"  # «…, уже забыл»
)
# A part that takes back the language named just before it, naming none itself («арабский читаю, но не говорю»,
# «английский был в школе, уже забыл»): a verb that denies, not a bare no.
_DENIED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:не\s+(?:знаю|владею|говорю|понимаю|разговариваю)|білмеймін|сөйлемеймін|түсінбеймін|"
    r"bilmeimin|soilemeimin|don'?t\s+(?:speak|know)|can'?t\s+speak|забыл\w*|позабыл\w*|ұмыттым|ұмытып|umyttym|"
    r"forgot(?:ten)?)(?![^\W\d_])")


# A language understood, though not spoken well («казахский понимаю, но не говорю»): the worker knows it, and the
# profile keeps it.
_UNDERSTOOD = re.compile(r"(?<![^\W\d_])(?:понима\w*|понимаю|түсінемін|tusinemin|understand\w*)(?![^\W\d_])")


def _asked_about(clause: str) -> bool:
    """Whether a part of the answer asks about a language rather than naming one spoken («английский
    нужен?», «а арабский надо?», «ағылшын керек пе?», "do I need English?"): a question with more in it than
    the language's name («казахский?», unsure, is still an answer)."""
    if not asks_back(clause):
        return False
    words = re.findall(r"[^\W\d_]+", clause)
    return any(_spoken_language(word) is None and word not in ("и", "and", "және") for word in words)


def _spoken_language(word: str) -> str | None:
    """The code of the language one word names, by its name, its beginning or a near spelling of it;
    Kazakh Latin letters with marks («aǵylshynsha», «ağylşynşa», «túrikshe») are also read without them."""
    code = _language_of(word)
    spelt = word.replace("ş", "sh").replace("ç", "ch").replace("ı", "y")  # «orısşa»: the 2021 alphabet
    plain = "".join(char for char in unicodedata.normalize("NFKD", spelt) if not unicodedata.combining(char))
    return code if code is not None or plain == word else _language_of(plain)


def _language_of(word: str) -> str | None:
    code = next((code for code, beginnings in _OTHER_SPOKEN.items() if word.startswith(beginnings)), None)
    code = code or _SHORT_NAMES.get(word) or language_named(word)
    if code is None and len(word) >= 5:
        near = process.extractOne(word, _SPOKEN_NAMES.keys(), scorer=fuzz.ratio, score_cutoff=_MISSPELT_SCORE)
        code = _SPOKEN_NAMES[near[0]] if near else None
    return code
