"""Searches kept for their paging buttons: the best paid asked for survives the pages, and a search kept in the
older form (its words alone, from before an upgrade) still pages instead of answering "search expired"."""

from __future__ import annotations

from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.memory import MemoryStorage

from handlers.jobs import KEPT_SEARCHES, KeptSearch, keep_search, kept_search


def _state() -> FSMContext:
    return FSMContext(storage=MemoryStorage(), key=StorageKey(bot_id=1, chat_id=2, user_id=2))


async def test_a_search_is_kept_with_its_order():
    state = _state()
    plain = await keep_search(state, KeptSearch("сварщик"))
    best = await keep_search(state, KeptSearch("водитель", best_paid=True))
    assert await kept_search(state, plain) == KeptSearch("сварщик")
    assert await kept_search(state, best) == KeptSearch("водитель", best_paid=True)


async def test_only_the_last_searches_are_kept():
    state = _state()
    numbers = [await keep_search(state, KeptSearch(f"trade {n}")) for n in range(KEPT_SEARCHES + 1)]
    assert await kept_search(state, numbers[0]) is None
    assert await kept_search(state, numbers[-1]) == KeptSearch(f"trade {KEPT_SEARCHES}")


async def test_a_search_kept_as_its_words_alone_still_pages():
    state = _state()
    await state.update_data(jobs_q={"4": "driver doha"}, jobs_qn=4)
    assert await kept_search(state, 4) == KeptSearch("driver doha")
    assert await kept_search(state, 5) is None
