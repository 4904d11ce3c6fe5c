"""Officers' announcements (/broadcast): text → audience → preview and count → confirm → queued.

A broadcast is deliberate: the officer sees the announcement exactly as workers will, and how many
workers it reaches (and misses, because they blocked the bot), before anything is queued. The audience
is pressed or typed («всем», «Мангистау», «сварщикам», «виза выдана»: `bot.broadcast_audience`), narrowed
by a second trait, or named with the request («рассылка сварщикам: …»); either way the same preview and
count come first. Once confirmed, one outbox row per worker is written in the
same unit of work as the audit entry, and the progress message can stop what is not sent yet.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram.utils.text_decorations import html_decoration
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot.broadcast_audience import NOTHING, Reading, command_parts, read_audience, trade_code
from bot.choices import REGIONS
from bot.i18n import LANGUAGES, Html, I18n, Translator
from bot.kz_time import KAZAKHSTAN_TZ
from bot.officer_commands import portal_number, vacancy_narrowed
from bot.services import audit, broadcasts, outbox
from bot.services.alerts import DEFAULT_QUIET, quiet_until
from bot.services.broadcasts import BroadcastStopCb
from bot.services.statuses import status_names
from bot.settings import Settings
from bot.status_rows import STATUS_CODES
from db.models import Vacancy, utcnow
from handlers.keyboards import LANGUAGE_NAMES, label as button_label
from handlers.replies import answer_with, chat_message, replace

NOT_A_COMMAND = ~F.text.startswith("/")


class BroadcastCb(CallbackData, prefix="bc"):
    """Composing a broadcast: `a` (audience kind), `v` (a value for it), `send`, `morning` (send when the
    night's quiet hours end), `narrow`, `back`, `cancel`."""

    action: str
    value: str = ""


class BroadcastForm(StatesGroup):
    text = State()
    audience = State()
    isco = State()
    vacancy = State()
    confirm = State()


def register(router: Router) -> None:
    """Adds the broadcast steps to the officers' router, which carries their gate."""
    router.message.register(broadcast_command, Command("broadcast"))
    router.message.register(got_text, BroadcastForm.text, NOT_A_COMMAND)
    router.callback_query.register(chose_kind, BroadcastForm.audience, BroadcastCb.filter(F.action == "a"))
    router.callback_query.register(
        chose_value, StateFilter(BroadcastForm.audience, BroadcastForm.isco), BroadcastCb.filter(F.action == "v")
    )
    router.message.register(typed_audience, BroadcastForm.audience, F.text, NOT_A_COMMAND)
    router.message.register(got_isco, BroadcastForm.isco, F.text, NOT_A_COMMAND)
    router.message.register(got_vacancy, BroadcastForm.vacancy, F.text, NOT_A_COMMAND)
    router.callback_query.register(
        send_broadcast, BroadcastForm.confirm, BroadcastCb.filter(F.action.in_({"send", "morning"}))
    )
    router.callback_query.register(
        back_to_audience, StateFilter(BroadcastForm.confirm), BroadcastCb.filter(F.action == "back")
    )
    router.callback_query.register(narrow_down, BroadcastForm.confirm, BroadcastCb.filter(F.action == "narrow"))
    router.callback_query.register(
        cancel_broadcast,
        StateFilter(BroadcastForm.audience, BroadcastForm.confirm, BroadcastForm.isco, BroadcastForm.vacancy),
        BroadcastCb.filter(F.action == "cancel"),
    )
    router.callback_query.register(stop_broadcast, BroadcastStopCb.filter())

    # Anything else sent mid-way gets the step's own hint instead of "I did not understand"; a document
    # still goes on to the file import, as it does at any other time.
    mid_way = (NOT_A_COMMAND, ~F.document)
    router.message.register(answer_with("broadcast-use-buttons"),
                            StateFilter(BroadcastForm.audience, BroadcastForm.confirm), *mid_way)
    router.message.register(answer_with("broadcast-bad-isco"), BroadcastForm.isco, *mid_way)
    router.message.register(answer_with("broadcast-ask-vacancy"), BroadcastForm.vacancy, *mid_way)


async def broadcast_command(
    message: Message, command: CommandObject, state: FSMContext, session: AsyncSession, t: Translator, i18n: I18n,
    settings: Settings,
) -> None:
    """/broadcast, or «/broadcast сварщикам»: the audience given with it is kept for after the text. An
    announcement typed before its audience («/broadcast собрание в пятницу в 15:00 всем с оффером») goes with it
    to the preview and count, as «рассылка всем: …» does."""
    audience, said = command_parts(command.args or "", status_names(i18n))
    html_text = formatted_part(message, said) if said else None
    await start(message, audience, state, session, t, i18n, settings, html_text)


async def start(
    message: Message, audience: str, state: FSMContext, session: AsyncSession, t: Translator, i18n: I18n,
    settings: Settings, html_text: str | None = None,
) -> None:
    """An announcement asked for with its audience («рассылка сварщикам») and perhaps its text after a
    colon. A chosen audience goes with the text straight to the preview and count; the text is asked for
    when it did not come, and an audience the bot cannot read is asked for after it, as usual."""
    seg, _reading = await _read_typed(audience, session, i18n) if audience.strip() else (None, NOTHING)
    await state.set_data({"chosen": seg} if seg else {})
    if html_text:
        await _got_announcement(message, state, session, t, settings, i18n, html_text, media=None)
        return
    await state.set_state(BroadcastForm.text)
    ask = t("broadcast-ask-text", max=broadcasts.MAX_TEXT, caption=broadcasts.MAX_CAPTION)
    if seg:
        ask = f"{t('broadcast-audience-chosen', segment=Html(segment_label(t, seg)))}\n\n{ask}"
    await message.answer(ask)


def text_after_colon(message: Message) -> str | None:
    """The announcement written after a colon in the request («рассылка всем: <b>завтра</b> собрание»),
    with its formatting, or None when nothing follows it or it is too long (the text is then asked for, with
    its limit). Formatting given to the request before the colon is the request's, not the text's."""
    text = message.text or ""
    colon = text.find(":")
    rest = text[colon + 1:].strip() if colon >= 0 else ""
    return formatted_part(message, rest) if rest else None


def formatted_part(message: Message, part: str) -> str | None:
    """`part`, a piece of the officer's message (an announcement quoted in its request, or dictated after
    «что»), as HTML with the bold, italics and links the officer gave it there; None when the message does
    not hold it as it is, or it is too long to send."""
    text = message.text or ""
    start = text.rfind(part) if part else -1
    if start < 0 or len(part) > broadcasts.MAX_TEXT:
        return None
    begin = _utf16_length(text[:start])  # Telegram counts entities in UTF-16 units
    end = begin + _utf16_length(part)
    inside = []
    for entity in message.entities or []:
        left, right = max(entity.offset, begin), min(entity.offset + entity.length, end)
        if left < right and entity.type not in _NOT_FORMATTING:
            inside.append(entity.model_copy(update={"offset": left - begin, "length": right - left}))
    return html_decoration.unparse(part, inside)


# What Telegram marks in a text without the officer formatting it: the bot would send these as plain text.
_NOT_FORMATTING = frozenset({"bot_command", "mention", "hashtag", "cashtag", "phone_number", "email", "url"})


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def got_text(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """A text, or a photo or document (a poster, a PDF of instructions) with the text as its caption."""
    media = _media(message)
    text = (message.caption if media else message.text) or ""
    if not text.strip():
        await message.answer(t("broadcast-text-empty"))
        return
    limit = broadcasts.MAX_CAPTION if media else broadcasts.MAX_TEXT
    if len(text) > limit:
        await message.answer(t("broadcast-text-too-long", max=limit, length=len(text)))
        return
    await _got_announcement(message, state, session, t, settings, i18n, message.html_text, media)


async def _got_announcement(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
    html_text: str, media: dict[str, str] | None,
) -> None:
    """The text is in: to the preview if the audience was chosen with the request, else to the audience."""
    await state.update_data(html=html_text, media=media)
    chosen = (await state.get_data()).get("chosen")
    if chosen:
        await state.update_data(chosen=None)
        await _summary(message, state, session, t, settings, i18n, chosen)
        return
    await state.set_state(BroadcastForm.audience)
    await message.answer(t("broadcast-ask-audience"), reply_markup=_kinds(t))


def _media(message: Message) -> dict[str, str] | None:
    if message.photo:
        return {"photo": message.photo[-1].file_id}  # the largest size Telegram made of it
    if message.document:
        return {"document": message.document.file_id}
    return None


async def chose_kind(
    query: CallbackQuery, callback_data: BroadcastCb, state: FSMContext, session: AsyncSession,
    t: Translator, settings: Settings, i18n: I18n, bot: Bot,
) -> None:
    kind = callback_data.value
    await query.answer()
    await state.update_data(typed_beside=None)  # a button starts the choice afresh
    if kind == "all":
        await _summary(query, state, session, t, settings, i18n, broadcasts.segment("all"))
    elif kind == "lang":
        options = [(LANGUAGE_NAMES[code], f"lang.{code}") for code in LANGUAGES]
        await replace(query, t("broadcast-ask-language"), _options(t, options, 1))
    elif kind == "region":
        options = [(t(f"region-{code}"), f"region.{code}") for code in REGIONS]
        await replace(query, t("broadcast-ask-region"), _options(t, options, 2))
    elif kind == "status":
        options = [(status_label(t, code), f"status.{code}") for code in STATUS_CODES]
        await replace(query, t("broadcast-ask-status"), _options(t, options, 2))
    elif kind == "isco":
        await state.set_state(BroadcastForm.isco)
        await replace(query, t("broadcast-ask-isco"), _cancel_only(t))
    elif kind == "vacancy":
        await state.set_state(BroadcastForm.vacancy)
        await replace(query, t("broadcast-ask-vacancy"), _cancel_only(t))
    else:
        await replace(query, t("broadcast-ask-audience"), _kinds(t, await _narrowing(state)))


async def chose_value(
    query: CallbackQuery, callback_data: BroadcastCb, state: FSMContext, session: AsyncSession,
    t: Translator, settings: Settings, i18n: I18n,
) -> None:
    kind, _, value = callback_data.value.partition(".")
    valid = {"lang": LANGUAGES, "region": REGIONS, "status": STATUS_CODES}
    if not (value in valid.get(kind, ()) or kind == "isco" and broadcasts.is_isco_group(value)):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await query.answer()
    await _summary(query, state, session, t, settings, i18n, broadcasts.segment(kind, value))


async def typed_audience(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """The audience typed instead of pressed."""
    text = (message.text or "").strip()
    seg, reading = await _read_typed(text, session, i18n)
    # A region or a step typed beside a trade still to be picked narrows the trade once it is picked.
    await state.update_data(typed_beside=None if seg else list(reading.beside) or None)
    if seg:
        await _summary(message, state, session, t, settings, i18n, seg)
    elif reading.trades:
        await message.answer(t("broadcast-pick-trade"), reply_markup=_trades(t, reading.trades))
    elif any(ch.isdigit() for ch in text):
        await message.answer(t("broadcast-vacancy-not-found", reference=text[:100]))
    else:
        await message.answer(t("broadcast-audience-not-understood"))


async def _read_typed(text: str, session: AsyncSession, i18n: I18n) -> tuple[dict[str, Any] | None, Reading]:
    """The audience a text names, with a region typed beside it, or None and what was read of it (trades
    to pick from, perhaps). A vacancy's portal number is looked up first; digits alone are an ISCO-08
    code (the bot's own vacancy numbers go through the "vacancy" button)."""
    reference = portal_number(text)  # «QA-1024», or written oddly: «откликнувшимся на qa 1024»
    vacancy = await broadcasts.find_vacancy(session, reference) if reference else None
    if vacancy is not None:
        return _vacancy_segment(vacancy), NOTHING
    narrowed = vacancy_narrowed(text, status_names(i18n))  # «откликнувшимся на QA-10 с визой»
    vacancy = await broadcasts.find_vacancy(session, narrowed[0]) if narrowed else None
    if narrowed and vacancy is not None:
        step = narrowed[1]
        return broadcasts.narrowed_by(_vacancy_segment(vacancy), ((step.kind, step.value), *step.beside)), NOTHING
    reading = read_audience(text, status_names(i18n))
    if not reading.understood:
        return None, reading
    return broadcasts.narrowed_by(broadcasts.segment(reading.kind, reading.value), reading.beside), reading


async def got_isco(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    """A group's code, or a trade in words («сварщики»): a sure one is taken, likely ones offered."""
    reading = trade_code(message.text or "")
    if reading.understood:
        await _summary(message, state, session, t, settings, i18n, broadcasts.segment("isco", reading.value))
    elif reading.trades:
        await message.answer(t("broadcast-pick-trade"), reply_markup=_trades(t, reading.trades))
    else:
        await message.answer(t("broadcast-bad-isco"), reply_markup=_cancel_only(t))


async def got_vacancy(
    message: Message, state: FSMContext, session: AsyncSession, t: Translator, settings: Settings, i18n: I18n,
) -> None:
    typed = message.text or ""
    vacancy = await broadcasts.find_vacancy(session, portal_number(typed) or typed)  # «qa10» is QA-10 too
    if vacancy is None:
        await message.answer(t("broadcast-vacancy-not-found", reference=(message.text or "")[:100]),
                             reply_markup=_cancel_only(t))
        return
    await _summary(message, state, session, t, settings, i18n, _vacancy_segment(vacancy))


def _vacancy_segment(vacancy: Vacancy) -> dict[str, Any]:
    return broadcasts.segment("vacancy", str(vacancy.id), label=f"{vacancy.external_id} · {vacancy.title}")


async def _summary(
    source: Message | CallbackQuery, state: FSMContext, session: AsyncSession, t: Translator,
    settings: Settings, i18n: I18n, seg: dict[str, Any],
) -> None:
    """The preview exactly as workers see it, then who receives it and who it misses, then confirm.
    `seg` narrows the audience being narrowed, if any, and a step or region typed beside a trade that
    was then picked from buttons narrows it too."""
    data = await state.get_data()
    seg = broadcasts.narrowed_by(seg, data.get("typed_beside") or ())
    if data.get("narrow_from"):
        seg = broadcasts.narrowed(data["narrow_from"], seg)

    html_text = data.get("html")
    bot = source.bot
    chat_id = source.chat.id if isinstance(source, Message) else source.from_user.id
    if not html_text or bot is None:  # the conversation state was lost: start again
        await state.clear()
        return
    counted = await broadcasts.audience(session, seg, settings.officer_ids)
    await state.update_data(seg=seg, typed_beside=None)
    await state.set_state(BroadcastForm.confirm)
    if isinstance(source, CallbackQuery):
        await replace(source, t("broadcast-preview-below"))
    preview = outbox.payload(broadcasts.worker_text(t, html_text), media=data.get("media"))
    await outbox.send_payload(bot, chat_id, preview)
    text = t(
        "broadcast-summary",
        segment=Html(segment_label(t, seg)),
        active=counted.active,
        inactive=counted.inactive,
    )
    can_narrow = counted.active > 1 and seg["kind"] != "all" and len(_unused_kinds(seg)) > 0
    morning = _morning() if counted.active > 0 else None
    if morning is not None:  # at night the announcement may wait for the workers' morning
        text = f"{text}\n\n{t('broadcast-night', now=_clock(now()), morning=_clock(morning))}"
    markup = _confirm(t, can_send=counted.active > 0, can_narrow=can_narrow,
                      morning=_clock(morning) if morning else None)
    await bot.send_message(chat_id, text, reply_markup=markup)


def now() -> datetime:
    """The moment an announcement is confirmed: a name of its own, so that tests can choose the hour."""
    return utcnow()


def _morning() -> datetime | None:
    """The end of the workers' usual quiet hours (22:00–08:00 in Kazakhstan), when it is night now; a
    ministry announcement need not wake 200,000 phones."""
    return quiet_until(now(), *DEFAULT_QUIET)


def _clock(moment: datetime) -> str:
    return moment.astimezone(KAZAKHSTAN_TZ).strftime("%H:%M")



async def send_broadcast(
    query: CallbackQuery, callback_data: BroadcastCb, state: FSMContext, session: AsyncSession, t: Translator,
    settings: Settings, i18n: I18n, bot: Bot,
) -> None:
    """Queue the announcement: now, or (`morning`, pressed at night) when the quiet hours end."""
    data = await state.get_data()
    if not data.get("html") or not data.get("seg"):
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await state.clear()  # a second press finds nothing to send: never queued twice
    morning = _morning() if callback_data.action == "morning" else None  # the morning come already: now
    broadcast = await broadcasts.queue(
        session, officer_id=query.from_user.id, html_text=data["html"], seg=data["seg"],
        officer_ids=settings.officer_ids, i18n=i18n, media=data.get("media"), not_before=morning,
    )
    await audit.record(
        session, query.from_user.id, "broadcast", broadcast_id=broadcast.id, segment=data["seg"],
        recipients=broadcast.total, skipped_inactive=broadcast.skipped_inactive,
        **({"starts_at": morning.isoformat()} if morning else {}),
    )
    await query.answer()
    if morning is not None:
        queued = t("broadcast-queued-morning", id=broadcast.id, total=broadcast.total, morning=_clock(morning))
    else:
        queued = t("broadcast-queued", id=broadcast.id, total=broadcast.total)
    await replace(query, queued)
    text, markup = broadcasts.progress_view(t, broadcast, broadcasts.Progress(left=broadcast.total))
    sent = await bot.send_message(query.from_user.id, text, reply_markup=markup)
    broadcast.progress_chat_id, broadcast.progress_message_id = sent.chat.id, sent.message_id
    broadcast.progress_edited_at = utcnow()


async def back_to_audience(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Back to the first choice: whatever was narrowed is chosen again from the start."""
    await state.set_state(BroadcastForm.audience)
    await state.update_data(narrow_from=None, typed_beside=None)
    await query.answer()
    await replace(query, t("broadcast-ask-audience"), _kinds(t))


async def narrow_down(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    """Keep the audience shown and choose, among its workers, by one more trait (welders → of those,
    the ones in Mangystau)."""
    seg = (await state.get_data()).get("seg")
    if not seg:
        await query.answer(t("button-outdated"), show_alert=True)
        return
    await state.set_state(BroadcastForm.audience)
    await state.update_data(narrow_from=seg, typed_beside=None)
    await query.answer()
    await replace(query, t("broadcast-ask-narrower", segment=Html(segment_label(t, seg))), _kinds(t, seg))


async def cancel_broadcast(query: CallbackQuery, state: FSMContext, t: Translator) -> None:
    await state.clear()
    await query.answer()
    await replace(query, t("broadcast-cancelled"))


async def stop_broadcast(
    query: CallbackQuery, callback_data: BroadcastStopCb, session: AsyncSession, t: Translator,
) -> None:
    """Any officer may stop a running broadcast: stopping is the safe direction."""
    broadcast = await broadcasts.stop(session, callback_data.id)
    if broadcast is None:
        await query.answer(t("broadcast-not-running"), show_alert=True)
        return
    await audit.record(session, query.from_user.id, "broadcast_stop", broadcast_id=broadcast.id)
    counts = await broadcasts.progress(session, broadcast.id)
    await query.answer(t("broadcast-stopped"))
    message = chat_message(query)
    if message is not None and message.message_id == broadcast.progress_message_id:
        text, markup = broadcasts.progress_view(t, broadcast, counts)
        await replace(query, text, markup)
    else:  # pressed on an old copy: the progress message itself still shows the final state
        text, markup = broadcasts.progress_view(t, broadcast, counts)
        if query.bot is not None:
            await broadcasts.edit_progress(query.bot, broadcast, text, markup)
    broadcast.progress_edited_at = utcnow()


async def _narrowing(state: FSMContext) -> dict[str, Any] | None:
    return (await state.get_data()).get("narrow_from")


def _unused_kinds(seg: dict[str, Any] | None) -> list[str]:
    """The traits an audience can still be narrowed by: not "all", nor one it already has."""
    used = {part["kind"] for part in broadcasts.parts(seg)} if seg else set()
    return [kind for kind in broadcasts.SEGMENT_KINDS if kind not in used and (seg is None or kind != "all")]


def _kinds(t: Translator, narrowing: dict[str, Any] | None = None) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for kind in _unused_kinds(narrowing):
        builder.button(text=t(f"btn-audience-{kind}"), callback_data=BroadcastCb(action="a", value=kind))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(2)
    return builder.as_markup()


def _options(t: Translator, options: list[tuple[str, str]], width: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for label, value in options:
        builder.button(text=button_label(label), callback_data=BroadcastCb(action="v", value=value))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(width)
    return builder.as_markup()


def _trades(t: Translator, codes: tuple[str, ...]) -> InlineKeyboardMarkup:
    options = [(f"{code} · {matching.occupation_title(code, t.lang)}", f"isco.{code}") for code in codes]
    return _options(t, options, 1)


def _cancel_only(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    return builder.as_markup()


def _confirm(t: Translator, *, can_send: bool, can_narrow: bool, morning: str | None = None) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    if can_send:
        builder.button(text=t("btn-broadcast-send"), callback_data=BroadcastCb(action="send"))
    if can_send and morning:
        builder.button(text=t("btn-broadcast-morning", morning=morning), callback_data=BroadcastCb(action="morning"))
    if can_narrow:
        builder.button(text=t("btn-broadcast-narrow"), callback_data=BroadcastCb(action="narrow"))
    builder.button(text=t("btn-broadcast-back"), callback_data=BroadcastCb(action="back"))
    builder.button(text=t("btn-broadcast-cancel"), callback_data=BroadcastCb(action="cancel"))
    builder.adjust(1)
    return builder.as_markup()


def segment_label(t: Translator, seg: dict[str, Any]) -> str:
    """Already escaped: the result goes into the text as Html. A narrowed audience lists each trait."""
    return "; ".join(_part_label(t, part) for part in broadcasts.parts(seg))


def _part_label(t: Translator, part: dict[str, Any]) -> str:
    kind, value = part["kind"], part.get("value", "")
    if kind == "lang":
        return t("segment-lang", language=LANGUAGE_NAMES.get(value, value))
    if kind == "region" and " " in value:  # several regions named together
        return t("segment-regions", regions=", ".join(t(f"region-{code}") for code in value.split()))
    if kind == "region":
        return t("segment-region", region=t(f"region-{value}"))
    if kind == "status":
        return t("segment-status", status=status_label(t, value))
    if kind == "isco" and " " in value:  # several trades named together
        groups = ", ".join(f"{code} ({_group_title(t, code)})" for code in value.split())
        return t("segment-isco-any", groups=groups)
    if kind == "isco":
        return t("segment-isco", code=value, title=_group_title(t, value))
    if kind == "vacancy":
        return t("segment-vacancy", vacancy=part.get("label") or value)
    return t("segment-all")


def _group_title(t: Translator, code: str) -> str:
    return matching.occupation_title(code, t.lang) or code


def status_label(t: Translator, code: str) -> str:
    """The status area's own wording when it has one, else the code itself (officers know the codes)."""
    key = f"status-name-{code}"
    return t(key) if t.has(key) else code
