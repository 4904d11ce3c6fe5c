"""Keyboards. Big buttons, few per row: workers are on small phones."""

from __future__ import annotations

from collections.abc import Iterable

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.choices import REGIONS, SPOKEN_LANGUAGES
from bot.i18n import LANGUAGES, Translator
from handlers.callbacks import (
    ConsentCb,
    DeleteCb,
    EditCb,
    LanguageCb,
    OccupationCb,
    RegionCb,
    SpokenCb,
    StepCb,
)

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
EDITABLE_FIELDS = ("name", "phone", "region", "occ", "langs", "quals", "salary")
REMOVE = ReplyKeyboardRemove()


def languages(selected: str | None = None) -> InlineKeyboardMarkup:
    """Language names are written in their own language, so anyone can find theirs."""
    builder = InlineKeyboardBuilder()
    for code in LANGUAGES:
        mark = "✅ " if code == selected else ""
        builder.button(text=mark + LANGUAGE_NAMES[code], callback_data=LanguageCb(code=code))
    builder.adjust(1)
    return builder.as_markup()


def consent(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-consent-agree"), callback_data=ConsentCb(agree=True))
    builder.button(text=t("btn-consent-decline"), callback_data=ConsentCb(agree=False))
    builder.adjust(1)
    return builder.as_markup()


def share_phone(t: Translator) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        keyboard=[
            [KeyboardButton(text=t("btn-share-phone"), request_contact=True)],
            [KeyboardButton(text=t("btn-skip"))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )


def regions(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for index, code in enumerate(REGIONS):
        builder.button(text=t(f"region-{code}"), callback_data=RegionCb(index=index))
    builder.adjust(2)
    return builder.as_markup()


def spoken_languages(t: Translator, chosen: Iterable[str]) -> InlineKeyboardMarkup:
    chosen = set(chosen)
    builder = InlineKeyboardBuilder()
    for index, code in enumerate(SPOKEN_LANGUAGES):
        mark = "✅ " if code in chosen else "▫️ "
        builder.button(text=mark + t(f"spoken-{code}"), callback_data=SpokenCb(index=index))
    builder.button(text=t("btn-done"), callback_data=StepCb(action="done"))
    builder.adjust(2, 2, 2, 1)
    return builder.as_markup()


def skip(t: Translator) -> InlineKeyboardMarkup:
    return _one(t("btn-skip"), StepCb(action="skip"))


def done(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-done"), callback_data=StepCb(action="done"))
    return builder.as_markup()


def more_occupations(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-add-occupation"), callback_data=StepCb(action="more"))
    builder.button(text=t("btn-next"), callback_data=StepCb(action="nomore"))
    builder.adjust(1)
    return builder.as_markup()


def occupation_suggestions(
    t: Translator, suggestions: Iterable[tuple[str, str]]
) -> InlineKeyboardMarkup:
    """(code, title) pairs as buttons, then "none of these" which keeps the worker's own words."""
    builder = InlineKeyboardBuilder()
    for code, title in suggestions:
        builder.button(text=title[:60], callback_data=OccupationCb(code=code))
    builder.button(text=t("btn-none-of-these"), callback_data=OccupationCb(code="0"))
    builder.adjust(1)
    return builder.as_markup()


def profile_edit(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for field in EDITABLE_FIELDS:
        builder.button(text=t(f"btn-edit-{field}"), callback_data=EditCb(field=field))
    builder.adjust(2)
    return builder.as_markup()


def confirm_delete(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-delete-yes"), callback_data=DeleteCb(confirm=True))
    builder.button(text=t("btn-delete-no"), callback_data=DeleteCb(confirm=False))
    builder.adjust(1)
    return builder.as_markup()


def _one(text: str, data: object) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text=text, callback_data=data.pack())]])  # type: ignore[attr-defined]
