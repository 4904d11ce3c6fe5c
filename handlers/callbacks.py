"""Every inline button's data: short prefixes and small values, so the packed form stays far below 64 bytes."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LanguageCb(CallbackData, prefix="lg"):
    """Choose the bot's language (kk, ru, en)."""

    code: str


class ConsentCb(CallbackData, prefix="cs"):
    agree: bool


class RegionCb(CallbackData, prefix="rg"):
    index: int  # position in bot.choices.REGIONS


class SpokenCb(CallbackData, prefix="sp"):
    index: int  # position in bot.choices.SPOKEN_LANGUAGES


class StepCb(CallbackData, prefix="st"):
    """Wizard controls: skip an optional step, finish a multi-part step, add another occupation."""

    action: str  # skip | done | more | nomore


class OccupationCb(CallbackData, prefix="oc"):
    """A suggested ISCO-08 occupation; code "0" keeps the worker's own words."""

    code: str


class EditCb(CallbackData, prefix="ed"):
    field: str  # name | phone | region | occ | langs | quals | salary


class OccupationEditCb(CallbackData, prefix="oe"):
    """Changing the occupations of a finished profile: add one, remove the one at `position`, or enter
    them all again. An "add" under a search that found nothing names that search (`q`, as `JobsPageCb`):
    its words are the trade added."""

    action: str  # add | remove | redo
    position: int = 0
    q: int = 0


class CertificateCb(CallbackData, prefix="cf"):
    """Add to the profile the file the message with this button replies to (a diploma sent in the chat):
    the file itself is read from that reply, so no id of it has to fit in the button."""

    add: bool = True


class DeleteCb(CallbackData, prefix="dl"):
    confirm: bool


class JobsPageCb(CallbackData, prefix="jp"):
    """A page of the worker's matches (/jobs) or of a search; `q` names a stored search, 0 = /jobs."""

    page: int
    q: int = 0


class VacancyCb(CallbackData, prefix="v"):
    """An action on one vacancy: d = details, a = apply, h = not interested, u = show again
    after "not interested", f = fewer like this."""

    action: str
    id: int


class ApplicationCb(CallbackData, prefix="ap"):
    """An action on one of the worker's applications: t = timeline, w = withdraw, y = confirm withdraw."""

    action: str
    id: int


class AlertsCb(CallbackData, prefix="al"):
    """/alerts settings: field (mode, quiet, pause, score, hour) and the value chosen."""

    field: str
    value: str


class ProfileWordsCb(CallbackData, prefix="pw"):
    """Save or cancel a profile change the worker asked for in words; `id` names the change waiting (the
    message that asked it), so a button under an older or a forged request changes nothing. `pos` names the
    trade a change is for, where the worker holds several and picks one (the years grown, the trade replaced)."""

    save: bool
    id: int
    pos: int = 0
