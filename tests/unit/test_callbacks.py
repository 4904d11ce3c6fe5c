"""Every button's data fits Telegram's 64-byte limit, even with the largest values."""

from __future__ import annotations

import importlib
import pkgutil

from aiogram.filters.callback_data import CallbackData

import handlers

LARGEST = {int: 2**63 - 1, str: "x" * 12, bool: True}
TELEGRAM_LIMIT = 64


def _all_factories() -> list[type[CallbackData]]:
    for module in pkgutil.iter_modules(handlers.__path__):
        importlib.import_module(f"handlers.{module.name}")
    found: list[type[CallbackData]] = []
    stack = list(CallbackData.__subclasses__())
    while stack:
        factory = stack.pop()
        stack.extend(factory.__subclasses__())
        if factory.__module__.split(".")[0] == "handlers":
            found.append(factory)
    return found


def _largest(factory: type[CallbackData]) -> CallbackData:
    values = {}
    for name, field in factory.model_fields.items():
        annotation = field.annotation
        values[name] = LARGEST.get(annotation, "x" * 12)
    return factory(**values)


def test_there_are_callback_factories():
    assert len(_all_factories()) >= 8


def test_longest_packed_value_fits_64_bytes():
    for factory in _all_factories():
        packed = _largest(factory).pack()
        assert len(packed.encode("utf-8")) <= TELEGRAM_LIMIT, f"{factory.__name__}: {packed!r}"


def test_prefixes_are_unique():
    prefixes = [factory.__prefix__ for factory in _all_factories()]
    assert len(prefixes) == len(set(prefixes)), sorted(prefixes)
