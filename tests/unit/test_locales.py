"""Every text exists in Kazakh, Russian and English, and every key the code asks for is defined."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.choices import REGIONS, SPOKEN_LANGUAGES
from bot.commands import WORKER_COMMANDS
from bot.i18n import LANGUAGES, I18n
from handlers.keyboards import EDITABLE_FIELDS
from handlers.profile import ProfileForm

ROOT = Path(__file__).resolve().parents[2]
LITERAL_KEY = re.compile(r"""\bt\(\s*"([a-z][a-z0-9_-]*)"\s*[,)]""")


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


def test_every_area_defines_the_same_keys_in_every_language(i18n: I18n):
    areas = {path.stem for lang in LANGUAGES for path in i18n.files(lang)}
    for area in sorted(areas):
        reference = i18n.keys("en", area)
        for lang in LANGUAGES:
            keys = i18n.keys(lang, area)
            assert keys == reference, f"{lang}/{area}.ftl: missing {sorted(reference - keys)}, extra {sorted(keys - reference)}"


def test_every_text_renders_without_errors(i18n: I18n):
    """Formatting each message with plausible variables raises nothing and leaves no {$var} behind."""
    for lang in LANGUAGES:
        bundle = i18n._bundles[lang]
        for key in i18n.keys(lang):
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, _errors = bundle.format_pattern(message.value, _Anything())
            assert text.strip(), f"{lang}:{key} is empty"


class _Anything(dict):
    """Variables for any placeholder: a number, which every selector and text accepts."""

    def get(self, key, default=None):  # noqa: D401 - dict protocol
        return 3

    def __contains__(self, key):
        return True

    def __getitem__(self, key):
        return 3


def _code_keys() -> set[str]:
    keys: set[str] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            keys |= set(LITERAL_KEY.findall(path.read_text("utf-8")))
    keys |= {f"region-{code}" for code in REGIONS}
    keys |= {f"spoken-{code}" for code in SPOKEN_LANGUAGES}
    keys |= {f"cmd-{name}" for name in WORKER_COMMANDS}
    keys |= {f"btn-edit-{name}" for name in EDITABLE_FIELDS}
    for state in ProfileForm.__states__:
        name = state.state.split(":")[1]
        keys |= {f"ask-{name}", f"expect-{name}"}
    return keys


def test_every_key_used_in_code_exists(i18n: I18n):
    defined = i18n.keys("en")
    missing = sorted(key for key in _code_keys() if key not in defined)
    assert not missing, f"keys used in code but not in the locale files: {missing}"


FAMILY = re.compile(r"""\bt\(\s*f"([a-z][a-z0-9_-]*-)\{""")


def test_every_family_of_keys_built_in_code_exists(i18n: I18n):
    """`t(f"region-{code}")` and the like: each prefix used in code names some defined texts."""
    defined = i18n.keys("en")
    prefixes: set[str] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            prefixes |= set(FAMILY.findall(path.read_text("utf-8")))
    assert prefixes
    missing = sorted(prefix for prefix in prefixes if not any(key.startswith(prefix) for key in defined))
    assert not missing, f"key families used in code with no text defined: {missing}"


def test_kazakh_texts_are_written_in_kazakh(i18n: I18n):
    """A guard against pasting Russian into kk: Kazakh-specific letters appear throughout."""
    kazakh_letters = set("әғқңөұүһі")
    texts = [i18n.translator("kk")(key) for key in sorted(i18n.keys("kk")) if key.startswith(("ask-", "error-"))]
    with_letters = sum(1 for text in texts if kazakh_letters & set(text.lower()))
    assert with_letters / len(texts) > 0.8


def test_texts_formatted_once_stay_per_language_and_arguments_still_count(i18n):
    """Texts without arguments are kept once formatted: each language keeps its own, and a text with
    arguments is formatted with the arguments of each call."""
    kk, ru, en = (i18n.translator(lang) for lang in ("kk", "ru", "en"))
    for _ in range(2):
        assert len({kk("btn-skip"), ru("btn-skip"), en("btn-skip")}) == 3
        assert en("btn-jobs-details", n=1) != en("btn-jobs-details", n=2)
    assert i18n.translator("en")("btn-skip") == en("btn-skip")
