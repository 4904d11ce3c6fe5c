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
from aiogram.filters.callback_data import CallbackData

from bot.choices import REGIONS, SPOKEN_LANGUAGES
from bot.i18n import LANGUAGES, Translator
from handlers.callbacks import (
    CertificateCb,
    ConsentCb,
    DeleteCb,
    EditCb,
    LanguageCb,
    OccupationCb,
    OccupationEditCb,
    ProfileWordsCb,
    RegionCb,
    SpokenCb,
    StepCb,
)

LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
EDITABLE_FIELDS = ("name", "phone", "region", "occ", "langs", "quals", "salary")
REMOVE = ReplyKeyboardRemove()


def languages(selected: str | None = None) -> InlineKeyboardMarkup:
    """Language names are written in their own language, so anyone can find theirs."""
    return grid([
        button(("✅ " if code == selected else "") + LANGUAGE_NAMES[code], LanguageCb(code=code))
        for code in LANGUAGES
    ], 1)


def consent(t: Translator) -> InlineKeyboardMarkup:
    return grid([
        button(t("btn-consent-agree"), ConsentCb(agree=True)),
        button(t("btn-consent-decline"), ConsentCb(agree=False)),
    ], 1)


def share_phone(t: Translator) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        keyboard=[
            [KeyboardButton(text=t("btn-share-phone"), request_contact=True)],
            [KeyboardButton(text=t("btn-skip"))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )


def regions(t: Translator, among: Iterable[str] | None = None) -> InlineKeyboardMarkup:
    """Every region's button, or only those `among` (a district several regions share)."""
    kept = set(REGIONS if among is None else among)
    return grid([button(t(f"region-{code}"), RegionCb(index=index))
                 for index, code in enumerate(REGIONS) if code in kept], 2)


def spoken_languages(t: Translator, chosen: Iterable[str]) -> InlineKeyboardMarkup:
    chosen = set(chosen)
    rows = grid([
        button(("✅ " if code in chosen else "▫️ ") + t(f"spoken-{code}"), SpokenCb(index=index))
        for index, code in enumerate(SPOKEN_LANGUAGES)
    ], 2).inline_keyboard
    return InlineKeyboardMarkup(inline_keyboard=[*rows, [button(t("btn-done"), StepCb(action="done"))]])


def skip(t: Translator) -> InlineKeyboardMarkup:
    return _one(t("btn-skip"), StepCb(action="skip"))


def done(t: Translator) -> InlineKeyboardMarkup:
    return _one(t("btn-done"), StepCb(action="done"))


def add_certificate(t: Translator) -> InlineKeyboardMarkup:
    return _one(t("btn-certificate-add"), CertificateCb())


def more_occupations(t: Translator) -> InlineKeyboardMarkup:
    return grid([
        button(t("btn-add-occupation"), StepCb(action="more")),
        button(t("btn-next"), StepCb(action="nomore")),
    ], 1)


BUTTON_LABEL_MAX = 60  # a phone shows about this much of a button's line before it cuts it itself


def label(text: str, limit: int = BUTTON_LABEL_MAX) -> str:
    """A button's text: a long one is cut after a whole word and ends in "…", so a worker never reads
    a word cut short ("…устройств связ") as the name of something."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–") + "…"


def occupation_suggestions(
    t: Translator, suggestions: Iterable[tuple[str, str]]
) -> InlineKeyboardMarkup:
    """(code, title) pairs as buttons, then "none of these" which keeps the worker's own words."""
    buttons = [button(label(title), OccupationCb(code=code)) for code, title in suggestions]
    return grid([*buttons, button(t("btn-none-of-these"), OccupationCb(code="0"))], 1)


def profile_edit(t: Translator) -> InlineKeyboardMarkup:
    return grid([button(t(f"btn-edit-{field}"), EditCb(field=field)) for field in EDITABLE_FIELDS], 2)


def occupation_edit(t: Translator, titles: list[str], can_add: bool) -> InlineKeyboardMarkup:
    """Add (while there is room), remove one (while more than one is left), or enter all again."""
    buttons = [button(t("btn-add-occupation"), OccupationEditCb(action="add"))] if can_add else []
    if len(titles) > 1:
        buttons += [
            button(label(t("btn-occupation-remove", title=title)), OccupationEditCb(action="remove", position=i))
            for i, title in enumerate(titles, start=1)
        ]
    buttons.append(button(t("btn-occupation-redo"), OccupationEditCb(action="redo")))
    return grid(buttons, 1)


def confirm_profile_change(t: Translator, change_id: int) -> InlineKeyboardMarkup:
    """Save or cancel a change asked in words; both name the change, so only its own buttons act on it."""
    return grid([
        button(t("btn-pw-save"), ProfileWordsCb(save=True, id=change_id)),
        button(t("btn-pw-cancel"), ProfileWordsCb(save=False, id=change_id)),
    ], 2)


def trade_for_profile_change(t: Translator, change_id: int, titles: list[str]) -> InlineKeyboardMarkup:
    """One button a trade held, for a change asked in words that is for one of them, and Cancel."""
    buttons = [button(label(title), ProfileWordsCb(save=True, id=change_id, pos=i))
               for i, title in enumerate(titles, start=1)]
    return grid([*buttons, button(t("btn-pw-cancel"), ProfileWordsCb(save=False, id=change_id))], 1)


def confirm_delete(t: Translator) -> InlineKeyboardMarkup:
    return grid([
        button(t("btn-delete-yes"), DeleteCb(confirm=True)),
        button(t("btn-delete-no"), DeleteCb(confirm=False)),
    ], 1)


def button(text: str, data: CallbackData) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def grid(buttons: list[InlineKeyboardButton], width: int) -> InlineKeyboardMarkup:
    """Buttons in rows of `width`. Built directly rather than with InlineKeyboardBuilder, whose export
    deep-copies every button (about 0.1 ms each, on every answer)."""
    return InlineKeyboardMarkup(inline_keyboard=[buttons[i : i + width] for i in range(0, len(buttons), width)])


def _one(text: str, data: CallbackData) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[button(text, data)]])
