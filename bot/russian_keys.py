"""Kazakh typed on a Russian keyboard: each letter of its own written as the Russian key beside it («қанша» as
«канша», «жіберіңіз» as «жибериниз», «сұхбаттағыларға» as «сухбаттагыларга»). Officers do so all the time, so
each vocabulary of the officer messages that holds Kazakh words is declared widened where it is defined
(`_REACH = on_russian_keys(frozenset(...))`), rather than rewritten behind its back at the end of its module."""

from __future__ import annotations

import re
from typing import TypeVar

_ON_RUSSIAN_KEYS = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")

Vocabulary = TypeVar("Vocabulary")


def on_russian_keys_too(pattern: str) -> str:
    """A regular expression that also finds its Kazakh words typed on Russian keys: each Kazakh letter becomes
    a choice of itself and its key («ә» → «[әа]»; a class is kept as it is)."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        key = char.translate(_ON_RUSSIAN_KEYS)
        if escaped or char == "\\":
            escaped = not escaped
            out.append(char)
        elif in_class:  # a class is left as written: «[әғқңөұүһі]» tells Kazakh from Russian
            in_class = char != "]"
            out.append(char)
        else:
            in_class = char == "["
            out.append(f"[{char}{key}]" if key != char else char)
    return "".join(out)


def _with_keys(value: object) -> object:
    """Words, word lists and (name, words) pairs with each word's Russian-keys spelling beside it."""
    if isinstance(value, str):
        return value
    if isinstance(value, (tuple, frozenset)) and all(isinstance(word, str) for word in value):
        if all(len(word) < 2 for word in value):
            return value  # letters, as «әғқңөұүһі» that tell Kazakh from Russian, are no words
        keyed = [word.translate(_ON_RUSSIAN_KEYS) for word in value]
        return tuple(dict.fromkeys([*value, *keyed])) if isinstance(value, tuple) else value.union(keyed)
    if isinstance(value, tuple) and value and all(isinstance(pair, tuple) and len(pair) == 2 for pair in value):
        return tuple((name, _with_keys(words)) for name, words in value)  # («stats», («есеп», …)) pairs
    return value


def on_russian_keys(vocabulary: Vocabulary) -> Vocabulary:
    """A vocabulary that also reads its Kazakh words typed on Russian keys: a pattern widened by
    `on_russian_keys_too`; a tuple or frozenset of words (alone or as (name, words) pairs) with each word's
    Russian-keys spelling beside it; a dictionary of words given each key's and value's spellings too."""
    if isinstance(vocabulary, re.Pattern) and isinstance(vocabulary.pattern, str):
        widened = on_russian_keys_too(vocabulary.pattern)
        return vocabulary if widened == vocabulary.pattern else re.compile(widened, vocabulary.flags)  # type: ignore[return-value]
    if isinstance(vocabulary, dict):
        for word, meaning in list(vocabulary.items()):
            vocabulary[word] = _with_keys(meaning)
            vocabulary.setdefault(word.translate(_ON_RUSSIAN_KEYS), vocabulary[word])
        return vocabulary
    return _with_keys(vocabulary)  # type: ignore[return-value]
