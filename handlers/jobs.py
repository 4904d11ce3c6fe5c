"""/jobs, the vacancy details card, applying and "not interested" (free-text search: `handlers.search`).

A list is one message of a few short cards, edited in place when the worker pages, so the chat does not
fill up on a small phone. Details open as a new message under the list. Every id from a button is looked
up again: a vacancy that no longer exists or has closed gets a polite answer that names nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.methods import AnswerCallbackQuery, SendMessage
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

import matching
from bot import cards
from bot.i18n import Translator
from bot.services import vacancies
from bot.services.applications import ApplyResult, apply
from bot.services.profiles import worker_profile
from bot.settings import Settings
from db.models import User, Vacancy
from handlers import keyboards
from handlers.callbacks import JobsPageCb, VacancyCb
from handlers.render import own_trades_where
from handlers.replies import replace
from matching.ranking import is_refused

log = logging.getLogger(__name__)

PAGE_SIZE = 3
MATCHES = 0  # JobsPageCb.q: the worker's matches (/jobs)
WIDER = -1  # JobsPageCb.q: the wider occupation groups, offered when nothing fits
KEPT_SEARCHES = 5  # the last searches kept in the conversation data, for paging


class JobsHideCb(CallbackData, prefix="jh"):
    """"Not interested" on a list, or its undo: the vacancy, and the list (page, q as in JobsPageCb) to
    refresh."""

    id: int
    page: int
    q: int = 0
    undo: bool = False


def make_router() -> Router:
    router = Router(name="jobs")
    router.message.register(jobs_command, Command("jobs", magic=~F.args))  # with words: a search (handlers.search)
    router.callback_query.register(page_pressed, JobsPageCb.filter())
    router.callback_query.register(hide_from_list, JobsHideCb.filter())
    router.callback_query.register(details, VacancyCb.filter(F.action == "d"))
    router.callback_query.register(apply_pressed, VacancyCb.filter(F.action == "a"))
    router.callback_query.register(hide_from_details, VacancyCb.filter(F.action == "h"))
    router.callback_query.register(unhide_from_details, VacancyCb.filter(F.action == "u"))
    return router


# ---- lists ----------------------------------------------------------------------------------------------


async def jobs_command(
    message: Message, session: AsyncSession, user: User | None, t: Translator, settings: Settings,
    state: FSMContext | None = None, refused: tuple[str, ...] = (),
) -> SendMessage:
    """The worker's own list; without the trades they refused beside asking for it («хочу работать, но только не на
    стройке»), on every page (kept, like a search, with `state`)."""
    if user is None:
        return message.answer(t("jobs-need-start"))
    profile = await _worker_profile(session, user.id)
    if profile is None:
        return message.answer(t("jobs-need-profile"))
    if refused and state is not None:
        return await _own_list_refusing(message, session, user, state, t, settings, profile, refused)
    page = await vacancies.match_page(session, user.id, profile, 0, PAGE_SIZE)
    if page is not None:
        text, markup = list_page(t, settings, page, MATCHES)
    else:
        text, markup = await _nothing_fits(session, user.id, profile, t)
    return message.answer(text, reply_markup=markup)


async def _own_list_refusing(
    message: Message, session: AsyncSession, user: User, state: FSMContext, t: Translator, settings: Settings,
    profile: matching.WorkerProfile, refused: tuple[str, ...],
) -> SendMessage:
    """The worker's own list without the refused trades, kept for its paging buttons; the refusal said first."""
    found = await _own_matches(session, user.id, profile, refused)
    heard = t("jobs-search-refused")
    if not found:
        return message.answer(f"{heard}\n\n{t('jobs-none')}\n\n{t('jobs-none-hint')}")
    search = KeptSearch("", refused=refused, own=True)
    number = await keep_search(state, search)
    text, markup = list_page(t, settings, vacancies.page_of(found, 0, PAGE_SIZE), number, search)
    return message.answer(f"{heard}\n\n{text}", reply_markup=markup)


async def _own_matches(
    session: AsyncSession, user_id: int, profile: matching.WorkerProfile, refused: tuple[str, ...]
) -> list[matching.RankedVacancy]:
    """All of the worker's matches (as many as a list holds), best first, but those in the refused trades."""
    every = await vacancies.match_page(session, user_id, profile, 0, vacancies.MAX_RESULTS)
    return [r for r in (every.items if every is not None else ()) if not is_refused(r.vacancy, refused)]


async def page_pressed(
    query: CallbackQuery, callback_data: JobsPageCb, session: AsyncSession, user: User | None,
    state: FSMContext, t: Translator, settings: Settings,
) -> AnswerCallbackQuery:
    if user is None:
        return query.answer(t("jobs-need-start"), show_alert=True)
    shown = await _show_list(query, session, user, state, t, settings, callback_data.page, callback_data.q)
    return query.answer(None if shown else t("jobs-search-expired"))


async def hide_from_list(
    query: CallbackQuery, callback_data: JobsHideCb, session: AsyncSession, user: User | None,
    state: FSMContext, t: Translator, settings: Settings,
) -> AnswerCallbackQuery:
    if user is None:
        return query.answer(t("jobs-need-start"), show_alert=True)
    if callback_data.undo:
        await vacancies.unhide(session, user.id, callback_data.id)
        await _show_list(query, session, user, state, t, settings, callback_data.page, callback_data.q)
        return query.answer(t("unhide-done"))
    if not await vacancies.hide(session, user.id, callback_data.id):
        return query.answer(t("vacancy-unavailable"), show_alert=True)
    row = await session.get(Vacancy, callback_data.id)  # in the session already: `hide` read it
    undo = keyboards.button(
        keyboards.label(t("btn-jobs-unhide", title=row.title if row is not None else "")),
        JobsHideCb(id=callback_data.id, page=callback_data.page, q=callback_data.q, undo=True),
    )
    await _show_list(query, session, user, state, t, settings, callback_data.page, callback_data.q, undo)
    return query.answer(t("hide-done"))


async def _show_list(
    query: CallbackQuery, session: AsyncSession, user: User, state: FSMContext, t: Translator,
    settings: Settings, page: int, q: int, undo: InlineKeyboardButton | None = None,
) -> bool:
    """Redraw a list in place (with `undo` under it, for the vacancy just hidden); False when it was a
    search no longer kept."""
    search = None
    if q > 0:
        search = await kept_search(state, q)
        if search is None:
            return False
        if search.own:  # the worker's own list, without the trades they refused
            profile = await _worker_profile(session, user.id)
            found = await _own_matches(session, user.id, profile, search.refused) if profile is not None else []
        else:
            found = await vacancies.search(
                session, user.id, search.text, search.best_paid, search.refused, search.trades
            )
        shown = _page_or_none(found, page)
    else:
        profile = await _worker_profile(session, user.id)
        if profile is None:
            await replace(query, t("jobs-need-profile"), None)
            return True
        if q == WIDER:
            shown = _page_or_none(await vacancies.wider_matches(session, user.id, profile), page)
        else:
            shown = await vacancies.match_page(session, user.id, profile, page, PAGE_SIZE)
    undo_rows = [[undo]] if undo is not None else []
    if shown is None:
        text, rows = t("jobs-list-empty"), undo_rows
    else:
        text, markup = list_page(t, settings, shown, q, search)
        rows = [*markup.inline_keyboard, *undo_rows]
    await replace(query, text, InlineKeyboardMarkup(inline_keyboard=rows) if rows else None)
    return True


def _page_or_none(results: list[matching.RankedVacancy], number: int) -> vacancies.Page | None:
    return vacancies.page_of(results, number, PAGE_SIZE) if results else None


async def _nothing_fits(
    session: AsyncSession, user_id: int, profile: matching.WorkerProfile, t: Translator
) -> tuple[str, InlineKeyboardMarkup | None]:
    """Say so plainly; offer the wider group only when it really has something, else point elsewhere."""
    if await vacancies.wider_matches(session, user_id, profile):
        markup = keyboards.grid([keyboards.button(t("btn-jobs-wider"), JobsPageCb(page=0, q=WIDER))], width=1)
        return f"{t('jobs-none')}\n\n{t('jobs-none-wider')}", markup
    return f"{t('jobs-none')}\n\n{t('jobs-none-hint')}", None


def list_page(
    t: Translator, settings: Settings, page: vacancies.Page, q: int, search: KeptSearch | None = None
) -> tuple[str, InlineKeyboardMarkup]:
    position = {"page": page.number + 1, "pages": page.count}
    if q > 0 and search is not None and search.trades:  # «как в моём профиле, только в Лусаиле»: their trades there
        header = t("jobs-own-header", where=own_trades_where(t, search.text), **position)
    elif q > 0 and not (search is not None and search.own):
        key = "jobs-search-header-best-paid" if search is not None and search.best_paid else "jobs-search-header"
        header = t(key, query=search.text if search is not None else "", **position)
    else:
        header = t("jobs-wider-header" if q == WIDER else "jobs-header", **position)
    blocks = [header]
    # Built directly (see `keyboards.grid`): InlineKeyboardBuilder's export deep-copies every button.
    rows: list[list[InlineKeyboardButton]] = []
    for index, ranked in enumerate(page.items, start=page.number * PAGE_SIZE + 1):
        blocks.append(f"<b>{index}.</b> {cards.short_card(t, ranked)}")
        vacancy_id = ranked.vacancy.id
        rows.append([
            keyboards.button(t("btn-jobs-details", n=index), VacancyCb(action="d", id=vacancy_id)),
            keyboards.button(t("btn-jobs-apply", n=index), VacancyCb(action="a", id=vacancy_id)),
            keyboards.button(t("btn-jobs-hide", n=index), JobsHideCb(id=vacancy_id, page=page.number, q=q)),
        ])
    blocks.append(t("jobs-buttons-hint"))
    blocks.append(cards.portal_line(t, settings.portal_url) + "\n" + cards.fee_warning(t))
    nav = []
    if page.number > 0:
        nav.append(keyboards.button(t("btn-jobs-prev"), JobsPageCb(page=page.number - 1, q=q)))
    if page.number + 1 < page.count:
        nav.append(keyboards.button(t("btn-jobs-next"), JobsPageCb(page=page.number + 1, q=q)))
    if nav:
        rows.append(nav)
    return "\n\n".join(blocks), InlineKeyboardMarkup(inline_keyboard=rows)


# ---- one vacancy -----------------------------------------------------------------------------------------


async def details(
    query: CallbackQuery, callback_data: VacancyCb, session: AsyncSession, user: User | None,
    t: Translator, settings: Settings, bot: Bot,
) -> AnswerCallbackQuery:
    card = await vacancy_card(session, callback_data.id, user, t, settings, bot)
    if card is None:
        return query.answer(t("vacancy-unavailable"), show_alert=True)
    await bot.send_message(query.from_user.id, card[0], reply_markup=card[1])
    return query.answer()


async def vacancy_card(
    session: AsyncSession, vacancy_id: int, user: User | None, t: Translator, settings: Settings, bot: Bot
) -> tuple[str, InlineKeyboardMarkup] | None:
    """A vacancy's full card with why it fits this worker, Apply, Not interested and Share; None when it
    is gone or closed. Also what a shared link (`/start v<id>`) opens."""
    row = await session.get(Vacancy, vacancy_id)
    if row is None or not vacancies.is_available(row):
        return None
    vacancy = vacancies.vacancy_from_row(row)
    profile = await _worker_profile(session, user.id) if user is not None else None
    text = cards.details_card(t, vacancy, settings.portal_url, vacancies.reasons_for(profile, vacancy))
    link = (await share_links(bot))(row.id)
    share = "https://t.me/share/url?" + urlencode({"url": link, "text": t("share-vacancy", title=row.title)})
    markup = InlineKeyboardMarkup(inline_keyboard=[
        [keyboards.button(t("btn-apply"), VacancyCb(action="a", id=row.id)),
         keyboards.button(t("btn-hide"), VacancyCb(action="h", id=row.id))],
        [InlineKeyboardButton(text=t("btn-share"), url=share)],
    ])
    return text, markup


# t.me/<bot>?start=v<id>: Telegram allows A-Z, a-z, 0-9, _ and - in the payload; 18 digits fit a BIGINT.
_DEEP_LINK = re.compile(r"v([0-9]{1,18})")


async def share_links(bot: Bot) -> Callable[[int], str]:
    """Vacancy id → the link that opens its card in this bot (t.me/<bot>?start=v<id>): the card's Share
    button, the import summary and /link. The bot's username comes from getMe, which aiogram caches."""
    return partial(deep_link, (await bot.me()).username or "")


def deep_link(bot_username: str, vacancy_id: int) -> str:
    return f"https://t.me/{bot_username}?start=v{vacancy_id}"


def vacancy_from_deep_link(payload: str | None) -> int | None:
    """The vacancy id a shared link carries; None for anything else (a plain /start, a made-up payload)."""
    found = _DEEP_LINK.fullmatch(payload or "")
    return int(found.group(1)) if found else None


APPLY_ANSWERS = {
    ApplyResult.ALREADY: "apply-already",
    ApplyResult.CLOSED: "apply-closed",
    ApplyResult.NOT_FOUND: "vacancy-unavailable",
    ApplyResult.PROFILE_INCOMPLETE: "apply-profile-incomplete",
}


async def apply_pressed(
    query: CallbackQuery, callback_data: VacancyCb, session: AsyncSession, user: User | None, t: Translator
) -> AnswerCallbackQuery:
    if user is None:
        return query.answer(t("jobs-need-start"), show_alert=True)
    row = await session.get(Vacancy, callback_data.id)  # held here, `apply` finds it without a query
    result = await apply(session, user.id, callback_data.id)
    log.info("application to vacancy %s: %s", callback_data.id, result.value)  # no worker id: personal data
    if result is not ApplyResult.CREATED:
        return query.answer(t(APPLY_ANSWERS[result]), show_alert=True)
    if query.bot is not None and row is not None:
        await query.bot.send_message(query.from_user.id, t("apply-created", title=row.title))
    return query.answer(t("apply-created-short"))


async def hide_from_details(
    query: CallbackQuery, callback_data: VacancyCb, session: AsyncSession, user: User | None, t: Translator
) -> AnswerCallbackQuery:
    if user is None:
        return query.answer(t("jobs-need-start"), show_alert=True)
    if not await vacancies.hide(session, user.id, callback_data.id):
        return query.answer(t("vacancy-unavailable"), show_alert=True)
    undo = keyboards.grid([keyboards.button(t("btn-unhide"), VacancyCb(action="u", id=callback_data.id))], 1)
    await replace(query, t("hide-done"), undo)
    return query.answer()


async def unhide_from_details(
    query: CallbackQuery, callback_data: VacancyCb, session: AsyncSession, user: User | None,
    t: Translator, settings: Settings, bot: Bot,
) -> AnswerCallbackQuery:
    """Changed their mind: the vacancy is shown again, and its card comes back in place of "Hidden"."""
    if user is None:
        return query.answer(t("jobs-need-start"), show_alert=True)
    await vacancies.unhide(session, user.id, callback_data.id)
    card = await vacancy_card(session, callback_data.id, user, t, settings, bot)
    if card is None:
        return query.answer(t("vacancy-unavailable"), show_alert=True)
    await replace(query, *card)
    return query.answer(t("unhide-done"))


# ---- helpers ---------------------------------------------------------------------------------------------


async def _worker_profile(session: AsyncSession, user_id: int) -> matching.WorkerProfile | None:
    """The worker's profile for matching, or None while they have named no occupation."""
    profile = await worker_profile(session, user_id)
    if not any(o.code or o.raw_text.strip() for o in profile.occupations):
        return None
    return profile


@dataclass(frozen=True)
class KeptSearch:
    """A search kept for its paging buttons: its words, whether the worker asked for the best paid first, and the
    trades they refused beside it («любая работа, только не стройка»), which stay out of every page; `own` for the
    worker's own list with trades refused («хочу работать, но только не на стройке»), which has no words."""

    text: str
    best_paid: bool = False
    refused: tuple[str, ...] = ()
    own: bool = False
    trades: tuple[str, ...] = ()  # the worker's own trades, the only ones searched («как в моём профиле, но в Лусаиле»)


async def keep_search(state: FSMContext, search: KeptSearch) -> int:
    """Store the search under a small number for the paging buttons; only the last few are kept."""
    data = await state.get_data()
    number = int(data.get("jobs_qn", 0)) % 1000 + 1
    kept = {k: v for k, v in dict(data.get("jobs_q", {})).items() if k != str(number)}
    kept[str(number)] = {
        "text": search.text, "best_paid": search.best_paid, "refused": list(search.refused), "own": search.own,
        "trades": list(search.trades),
    }
    kept = dict(list(kept.items())[-KEPT_SEARCHES:])
    await state.update_data(jobs_q=kept, jobs_qn=number)
    return number


async def kept_search(state: FSMContext, number: int) -> KeptSearch | None:
    """The search a paging button names, or None once it is no longer kept. (Searches kept before the best
    paid could be asked for were kept as their words alone.)"""
    kept = (await state.get_data()).get("jobs_q", {}).get(str(number))
    if isinstance(kept, str):
        return KeptSearch(kept)
    if isinstance(kept, dict) and isinstance(kept.get("text"), str):
        refused = kept.get("refused")
        refused = tuple(str(code) for code in refused) if isinstance(refused, list) else ()
        trades = kept.get("trades")
        trades = tuple(str(code) for code in trades) if isinstance(trades, list) else ()
        return KeptSearch(kept["text"], bool(kept.get("best_paid")), refused, bool(kept.get("own")), trades)
    return None


