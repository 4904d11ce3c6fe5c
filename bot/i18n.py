"""Texts in Kazakh, Russian and English from Fluent files in `bot/locales/<lang>/<area>.ftl`.

Each conversation area has its own file in each language (core, jobs, alerts, officer...), so the
texts of one area can be read and reviewed together.

Fluent gives each language its own plural rules (Russian has four forms, Kazakh two) with no compile
step. Every string argument is HTML-escaped, because messages go out with parse_mode=HTML and a worker's
name may contain "<"; pass `Html(...)` for a fragment that is already safe markup.
"""

from __future__ import annotations

import html
import logging
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

LOCALES_DIR = Path(__file__).with_name("locales")
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"

log = logging.getLogger(__name__)


class Html(str):
    """A string that is already valid Telegram HTML and must not be escaped again."""


def language_from_telegram(code: str | None) -> str:
    """Map Telegram's `language_code` to one of ours; Russian is the lingua franca of the corridor."""
    base = (code or "").split("-")[0].lower()
    if base in LANGUAGES:
        return base
    return DEFAULT_LANGUAGE


# How workers type a language's name when they write it instead of pressing its button, in Kazakh
# (Cyrillic and Latin), Russian and English: whole short words, and beginnings of the longer names
# (long enough not to begin an occupation: "eng" alone is English, "engineer" is not).
_LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "kk": frozenset({"kk", "kz", "қаз", "каз", "kaz", "qaz"}),
    "ru": frozenset({"ru", "рус", "rus"}),
    "en": frozenset({"en", "eng", "англ"}),
}
_LANGUAGE_BEGINNINGS: dict[str, tuple[str, ...]] = {
    "kk": ("қазақ", "казах", "kazak", "qazaq"),
    "ru": ("русс", "орыс", "russ", "orys", "oris"),
    "en": ("англи", "ағылш", "агылш", "engl", "agylsh"),
}


def language_named(text: str | None) -> str | None:
    """The language a short message names ("русский", "Қазақша", "на русском", «по-русски», "eng"), or
    None. Only a message of at most three words: "я хочу работать сварщиком" names nothing."""
    words = re.findall(r"[^\W\d_]+", (text or "").casefold())
    if len(words) > 3:
        return None
    return next((code for code in map(_language_of, words) if code), None)


# Words that may stand beside a language's name when a worker asks the bot to speak it («на казахском,
# пожалуйста», «орысша жазыңыз», "english please", "in Russian").
_ASKING_WORDS = frozenset(
    "на по in please pls plz пожалуйста пжл пж можно давай давайте пиши пишите говори говорите переключи "
    "переключите язык языке тілде тілінде жаз жазыңыз жазыңызшы сөйле сөйлеңіз сөйлесейік ауыстыр "
    "ауыстырыңыз болсын switch to speak write language".split()
)


def language_asked(text: str | None) -> str | None:
    """The language a message asks the bot to speak ("english please", «на казахском», «қазақша»): a
    language's name with only words of asking beside it, so «английский нужен?» asks no such thing."""
    words = re.findall(r"[^\W\d_]+", (text or "").casefold())
    if len(words) > 3:
        return None
    codes = [_language_of(word) for word in words]
    if not all(code or word in _ASKING_WORDS for word, code in zip(words, codes)):
        return None
    return next((code for code in codes if code), None)


def _language_of(word: str) -> str | None:
    return next(
        (code for code in LANGUAGES if word in _LANGUAGE_WORDS[code] or word.startswith(_LANGUAGE_BEGINNINGS[code])),
        None,
    )


class Translator:
    """The texts of one language, called like a function: `t("region-saved", region=...)`."""

    def __init__(
        self, lang: str, bundle: FluentBundle, fallback: FluentBundle | None, plain: dict[str, str] | None = None
    ) -> None:
        self.lang = lang
        self._bundle = bundle
        self._fallback = fallback
        # Texts without arguments, formatted once: a vacancy card alone asks for twenty labels, and Fluent
        # formats a pattern each time it is asked. Shared by the language's translators (see I18n).
        self._plain = plain if plain is not None else {}

    def __call__(self, key: str, /, **kwargs: Any) -> str:
        if not kwargs and key in self._plain:
            return self._plain[key]
        args = {name: _safe(value) for name, value in kwargs.items()}
        for bundle in (self._bundle, self._fallback):
            if bundle is not None and bundle.has_message(key):
                message = bundle.get_message(key)
                if message.value is None:
                    break
                text, errors = bundle.format_pattern(message.value, args)
                if errors:
                    log.warning("locale %s key %s: %s", self.lang, key, errors)
                elif not kwargs:
                    self._plain[key] = text
                return text
        log.error("missing text %s in locale %s", key, self.lang)
        return key

    def has(self, key: str) -> bool:
        return self._bundle.has_message(key)


def _safe(value: Any) -> Any:
    if isinstance(value, Html) or not isinstance(value, str):
        return value
    return html.escape(value, quote=False)


class I18n:
    """All locales, loaded once at start."""

    def __init__(self, directory: Path = LOCALES_DIR) -> None:
        self.directory = directory
        self._bundles = {lang: self._load(lang) for lang in LANGUAGES}
        self._plain: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}

    def files(self, lang: str) -> list[Path]:
        return sorted((self.directory / lang).glob("*.ftl"))

    def _load(self, lang: str) -> FluentBundle:
        bundle = FluentBundle([lang], use_isolating=False)
        for path in self.files(lang):
            bundle.add_resource(FluentResource(path.read_text("utf-8")))
        return bundle

    def translator(self, lang: str) -> Translator:
        lang = lang if lang in self._bundles else DEFAULT_LANGUAGE
        fallback = self._bundles["en"] if lang != "en" else None
        return Translator(lang, self._bundles[lang], fallback, self._plain[lang])

    @cached_property
    def all(self) -> dict[str, Translator]:
        return {lang: self.translator(lang) for lang in LANGUAGES}

    def keys(self, lang: str, area: str | None = None) -> set[str]:
        """Message ids a locale defines, in all its files or in one area (for the tests that compare)."""
        keys: set[str] = set()
        for path in self.files(lang):
            if area is None or path.stem == area:
                resource = FluentResource(path.read_text("utf-8"))
                keys |= {entry.id.name for entry in resource.body if hasattr(entry, "id")}
        return keys
