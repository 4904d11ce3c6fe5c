"""Open vacancies for workers: the in-process catalog, matches for /jobs, free-text search, hiding.

Ranking reads every open vacancy, and loading 10,000 ORM rows on each /jobs would take longer than the
worker should wait. So each process keeps the open vacancies as plain `matching.Vacancy` objects in a
`VacancyCatalog`, one per database engine (`catalog_for(engine)`), and checks on every request with one
cheap query whether the table changed since it last loaded (row count, highest id, latest `updated_at`,
each read from an index in microseconds). Any insert, update or close, by the importer or an officer,
changes that signature, so no other part of the bot needs to know the cache exists.

Like every service here these functions take a session and never commit; the caller's unit of work does.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

import matching
from bot import kz_time
from db.models import HiddenVacancy, Vacancy, utcnow
from matching.ranking import (
    FIT_MINOR,
    FIT_SUBMAJOR,
    FIT_TITLE_MAX,
    FIT_UNIT,
    TitleIndex,
    vacancy_code,
    worker_code,
)

MAX_RESULTS = 60  # 20 pages of 3: more than anyone pages through on a phone


def vacancy_from_row(row: Vacancy | Any) -> matching.Vacancy:
    """The plain vacancy the matching engine and the cards read (from an ORM object or a table row)."""
    return matching.Vacancy(
        id=row.id,
        title=row.title or "",
        employer=row.employer or "",
        isco_code=row.isco_code,
        country=row.country or "QA",
        currency=row.currency or "QAR",
        city=row.city,
        positions=row.positions,
        salary_min=_dec(row.salary_min),
        salary_max=_dec(row.salary_max),
        food_allowance=_dec(row.food_allowance),
        housing_allowance=_dec(row.housing_allowance),
        transport_allowance=_dec(row.transport_allowance),
        accommodation_provided=row.accommodation_provided,
        food_provided=row.food_provided,
        transport_provided=row.transport_provided,
        medical_provided=row.medical_provided,
        airfare_provided=row.airfare_provided,
        annual_leave_days=row.annual_leave_days,
        contract_months=row.contract_months,
        hours_per_week=row.hours_per_week,
        min_experience_years=row.min_experience_years,
        languages=frozenset(row.languages or ()),
        requirements=row.requirements or "",
        description=row.description or "",
        deadline=row.deadline,
        url=row.url,
        status=row.status or "open",
    )


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def is_available(vacancy: Vacancy | matching.Vacancy, today: date | None = None) -> bool:
    """Open and not past its deadline (Kazakhstan's date decides, where the workers are)."""
    day = today or kazakhstan_today()
    return vacancy.status == "open" and (vacancy.deadline is None or vacancy.deadline >= day)


def kazakhstan_today() -> date:
    """A deadline ends at the end of that day in Kazakhstan."""
    return kz_time.kazakhstan_today(utcnow())


# ---- the catalog ------------------------------------------------------------------------------------


class VacancyCatalog:
    """The open vacancies of one database, as `matching.Vacancy`, reloaded only when the table changed.

    Besides the list, it keeps them grouped by ISCO-08 sub-major group and by title, so that ranking for
    one worker reads only the vacancies that can fit at all (see `candidates`), not all 10,000.
    """

    def __init__(self) -> None:
        self._signature: tuple[Any, ...] | None = None
        self._snapshot = _Snapshot(())
        self._lock = asyncio.Lock()

    async def snapshot(self, session: AsyncSession) -> _Snapshot:
        signature = await _signature(session)
        if signature != self._signature:
            async with self._lock:
                if signature != self._signature:
                    # Plain rows, not ORM objects: a third of the time for 10,000 vacancies.
                    table = Vacancy.__table__
                    rows = await session.execute(select(table).where(table.c.status == "open"))
                    self._snapshot = _Snapshot(tuple(vacancy_from_row(row) for row in rows))
                    self._signature = signature
        return self._snapshot

    async def open_vacancies(self, session: AsyncSession) -> tuple[matching.Vacancy, ...]:
        return (await self.snapshot(session)).vacancies

    def invalidate(self) -> None:
        self._signature = None


class _Snapshot:
    """One loaded state of the catalog; replaced whole on reload, so a request never sees half of one."""

    def __init__(self, vacancies: tuple[matching.Vacancy, ...]) -> None:
        self.vacancies = vacancies
        self.by_code: dict[str, list[matching.Vacancy]] = {}
        self.codes_in_group: dict[str, list[str]] = {}  # sub-major group -> the unit codes with vacancies
        # title -> code -> the vacancies with both: a title's vacancies are judged a code at a time.
        self.by_title: dict[str, dict[str | None, list[matching.Vacancy]]] = {}
        # Every vacancy here is open until this day (the earliest deadline): until then `candidates`
        # need not look at a single deadline.
        self.all_open_until = min((v.deadline for v in vacancies if v.deadline is not None), default=date.max)
        for vacancy in vacancies:
            code = vacancy_code(vacancy.title, vacancy.isco_code)
            if code:
                if code not in self.by_code:
                    self.codes_in_group.setdefault(code[:2], []).append(code)
                self.by_code.setdefault(code, []).append(vacancy)
            self.by_title.setdefault(vacancy.title, {}).setdefault(code, []).append(vacancy)
        self.title_index = TitleIndex(self.by_title)

    def candidates(
        self, profile: matching.WorkerProfile, today: date
    ) -> list[tuple[float, list[matching.Vacancy]]]:
        """Every vacancy open on `today` that the ranking could score above zero for this worker, in
        tiers of the best fit each could reach (a vacancy of the worker's own unit group first), highest
        first. (Loaded open, a vacancy whose deadline has passed stays here until the daily job closes it.)

        A vacancy fits only through its code (same sub-major group as one of the worker's occupations) or
        through its title read as text; the second depends on the title alone, so each distinct title is
        judged once (`matching.ranking.TitleIndex`, as the ranking's `occupation_fit` judges it, remembered
        for these occupations).
        """
        codes = {c for c in (worker_code(o) for o in profile.occupations) if c}
        # The fit through the code depends on the vacancy's code alone: judged once for each code.
        fits = {
            code: max(_code_fit(w, code) for w in codes)
            for group in {c[:2] for c in codes}
            for code in self.codes_in_group.get(group, ())
        }
        # Vacancies whose title fits them better than their code does.
        fitting_titles = self.title_index.fits(profile.occupations)
        raised_codes: set[str | None] = set()
        raised: dict[int, matching.Vacancy] = {}
        for title in fitting_titles:
            for code, found in self.by_title[title].items():
                if fits.get(code or "", 0.0) < FIT_TITLE_MAX:
                    raised_codes.add(code)
                    raised.update((vacancy.id, vacancy) for vacancy in found)
        tiers: dict[float, list[matching.Vacancy]] = {}
        for code, fit in fits.items():
            found = self.by_code[code]
            if code in raised_codes:
                found = [v for v in found if v.id not in raised]  # a title took some of them higher
            tiers.setdefault(fit, []).extend(found)
        if raised:
            tiers.setdefault(FIT_TITLE_MAX, []).extend(raised.values())
        if today > self.all_open_until:
            tiers = {fit: [v for v in tier if is_available(v, today)] for fit, tier in tiers.items()}
        return sorted(((fit, tier) for fit, tier in tiers.items() if tier), key=lambda tier: -tier[0])


# Three scalar subqueries, so each is answered from its own index (a status filter here would make the
# database walk every row: 1.6 ms instead of 5 us for 10,000 vacancies on SQLite). Built once: it is asked
# on every /jobs, and building a statement costs about as much CPU as running this one.
_SIGNATURE = select(
    select(func.count()).select_from(Vacancy).scalar_subquery(),
    select(func.max(Vacancy.id)).scalar_subquery(),
    select(func.max(Vacancy.updated_at)).scalar_subquery(),
)


async def _signature(session: AsyncSession) -> tuple[Any, ...]:
    return tuple((await session.execute(_SIGNATURE)).one())


_catalogs: weakref.WeakKeyDictionary[Any, VacancyCatalog] = weakref.WeakKeyDictionary()


def catalog_for(engine: AsyncEngine | Any) -> VacancyCatalog:
    """The process's catalog for this database (kept as long as the engine lives)."""
    key = getattr(engine, "sync_engine", engine)
    catalog = _catalogs.get(key)
    if catalog is None:
        catalog = _catalogs[key] = VacancyCatalog()
    return catalog


def session_catalog(session: AsyncSession) -> VacancyCatalog:
    return catalog_for(session.bind)


async def by_portal_number(session: AsyncSession, reference: str) -> Vacancy | None:
    """A vacancy by the portal's number as an officer typed it: exactly, else in any case («qa-10»)."""
    reference = reference.strip()
    if not reference:
        return None
    found = (await session.execute(select(Vacancy).where(Vacancy.external_id == reference))).scalar_one_or_none()
    if found is None and reference.lower() != reference.upper():
        any_case = select(Vacancy).where(func.lower(Vacancy.external_id) == reference.lower()).limit(1)
        found = (await session.execute(any_case)).scalar_one_or_none()
    return found


# ---- what a worker sees ---------------------------------------------------------------------------


async def hidden_ids(session: AsyncSession, user_id: int) -> set[int]:
    query = select(HiddenVacancy.vacancy_id).where(HiddenVacancy.user_id == user_id)
    return set((await session.execute(query)).scalars())


async def hide(session: AsyncSession, user_id: int, vacancy_id: int) -> bool:
    """Mark "not interested"; False when the vacancy does not exist. Hiding twice is harmless."""
    if await session.get(Vacancy, vacancy_id) is None:
        return False
    if await session.get(HiddenVacancy, (user_id, vacancy_id)) is None:
        session.add(HiddenVacancy(user_id=user_id, vacancy_id=vacancy_id))
        await session.flush()
    return True


async def unhide(session: AsyncSession, user_id: int, vacancy_id: int) -> None:
    """Undo "not interested": the vacancy shows in lists and searches again."""
    await session.execute(
        delete(HiddenVacancy).where(HiddenVacancy.user_id == user_id, HiddenVacancy.vacancy_id == vacancy_id)
    )


async def _visible(session: AsyncSession, user_id: int) -> tuple[_Snapshot, Sequence[matching.Vacancy]]:
    """The catalog as loaded now, and its open vacancies the worker has not hidden."""
    snapshot = await session_catalog(session).snapshot(session)
    hidden = await hidden_ids(session, user_id)
    return snapshot, [v for v in snapshot.vacancies if v.id not in hidden] if hidden else snapshot.vacancies


async def match_page(
    session: AsyncSession, user_id: int, profile: matching.WorkerProfile, number: int, size: int
) -> Page | None:
    """One page of the worker's best matches (at most MAX_RESULTS in all, never an unrelated vacancy,
    without the hidden ones), clamped to the pages there are; None when nothing fits.

    Only the vacancies up to that page are ranked: how many pages there are needs no ranking (every
    open candidate is listed: `matching.listed_count`), and the first page of a welder's list is usually
    decided among the welding jobs, where ranking all 60 reached into the neighbouring trades.
    """
    today = kazakhstan_today()
    snapshot, tiers = await _candidate_tiers(session, user_id, profile, today)
    return ranked_page(snapshot, profile, tiers, number, size, today)


def ranked_page(
    snapshot: _Snapshot, profile: matching.WorkerProfile, tiers: list[tuple[float, list[matching.Vacancy]]],
    number: int, size: int, today: date,
) -> Page | None:
    """`match_page` once the rows are read: its page of these candidates (also what
    `tests.bench.bench_ranking` measures)."""
    total = min(matching.listed_count(tiers), MAX_RESULTS)
    if not total:
        return None
    number, count = _clamped(number, total, size)
    ranked = matching.rank_tiers(
        profile, tiers, limit=min((number + 1) * size, total), today=today, titles=snapshot.title_index
    )
    return Page(tuple(ranked[number * size :]), number, count)


async def _candidate_tiers(
    session: AsyncSession, user_id: int, profile: matching.WorkerProfile, today: date
) -> tuple[_Snapshot, list[tuple[float, list[matching.Vacancy]]]]:
    """The catalog as loaded now, and the worker's candidates in it (`_Snapshot.candidates`) without
    the vacancies they hid."""
    snapshot = await session_catalog(session).snapshot(session)
    hidden = await hidden_ids(session, user_id)
    tiers = snapshot.candidates(profile, today)
    if hidden:
        tiers = [(fit, [v for v in tier if v.id not in hidden]) for fit, tier in tiers]
    return snapshot, tiers


def _code_fit(worker: str, code: str | None) -> float:
    if not code:
        return 0.0
    if worker == code:
        return FIT_UNIT
    if worker[:3] == code[:3]:
        return FIT_MINOR
    if worker[:2] == code[:2]:
        return FIT_SUBMAJOR
    return 0.0


async def wider_matches(
    session: AsyncSession, user_id: int, profile: matching.WorkerProfile
) -> list[matching.RankedVacancy]:
    """Vacancies of the worker's wider occupation group, shown only when the worker asks for them.

    The ranking already reaches as far as the sub-major group (two ISCO-08 digits: "metal and machinery
    trades" for a welder), so when it finds nothing, the next step out is the major group (one digit:
    "craft and related trades"). The list says so in its heading; vacancies from other groups of work
    are never shown. Vacancies the ranking would show keep their score and reasons.
    """
    today = kazakhstan_today()
    codes = [c for c in (worker_code(o) for o in profile.occupations) if c]
    if not codes:
        return []
    out: list[matching.RankedVacancy] = []
    _, visible = await _visible(session, user_id)
    for vacancy in visible:
        if not is_available(vacancy, today):
            continue
        code = vacancy_code(vacancy.title, vacancy.isco_code)
        if not code:
            continue
        best = _closest(codes, code)
        if best is None:
            continue
        ranked = matching.score_vacancy(profile, vacancy, today)
        if ranked is None:  # in the group, but below the usual bar: the group alone is the reason
            worker, level, fit = best
            reason = matching.Reason("occupation", {"code": worker, "level": level})
            ranked = matching.RankedVacancy(vacancy, round(30.0 * fit, 2), (reason,))
        out.append(ranked)
    out.sort(key=lambda r: (-r.score, r.vacancy.id))
    return out[:MAX_RESULTS]


def _closest(worker_codes: Iterable[str], code: str) -> tuple[str, str, float] | None:
    best: tuple[str, str, float] | None = None
    for worker in worker_codes:
        if worker == code:
            found = (worker, "unit", 1.0)
        elif worker[:3] == code[:3]:
            found = (worker, "minor", 0.7)
        elif worker[:2] == code[:2]:
            found = (worker, "submajor", 0.45)
        elif worker[:1] == code[:1]:
            found = (worker, "major", 0.3)
        else:
            continue
        if best is None or found[2] > best[2]:
            best = found
    return best


async def search(
    session: AsyncSession, user_id: int, query: str, best_paid: bool = False, refused: Sequence[str] = (),
    trades: Sequence[str] = (),
) -> list[matching.RankedVacancy]:
    """Free-text search ("driver doha", "сварщик") over the open vacancies the worker has not hidden; the best
    paid first when the worker asked for them; none in the trades they refused («любая работа, только не стройка»);
    only those in `trades`, the codes of the worker's own trades, when they asked for them («как в моём профиле,
    только в Лусаиле»), so a welder's town holds the welding work and not the kitchens."""
    snapshot, pool = await _visible(session, user_id)
    if trades:
        pool = [vacancy for vacancy in pool if in_trades(vacancy, trades)]
    return matching.search_vacancies(query, pool, limit=MAX_RESULTS, today=kazakhstan_today(),
                                     titles=snapshot.title_index, best_paid=best_paid, refused=refused)


def in_trades(vacancy: matching.Vacancy, trades: Sequence[str]) -> bool:
    """Whether the vacancy is in one of the worker's trades or a trade of its minor group (three digits of ISCO-08:
    a welder's trades take the sheet-metal and structural-metal work beside welding, not the mechanics)."""
    code = vacancy_code(vacancy.title, vacancy.isco_code)
    return bool(code) and any(code[:3] == trade[:3] for trade in trades)


async def open_places(session: AsyncSession, user_id: int) -> list[tuple[matching.Town | str, int]]:
    """The towns with vacancies open for the worker (not hidden), busiest first, with how many."""
    _, pool = await _visible(session, user_id)
    return matching.open_places(pool, kazakhstan_today())


def reasons_for(
    profile: matching.WorkerProfile | None, vacancy: matching.Vacancy
) -> Sequence[matching.Reason]:
    """Why a vacancy fits this worker, for the details card; nothing when it does not fit."""
    if profile is None or not profile.occupations:
        return ()
    ranked = matching.score_vacancy(profile, vacancy, kazakhstan_today())
    return ranked.reasons if ranked else ()


@dataclass(frozen=True)
class Page:
    """One page of results: the vacancies on it, its number (0-based) and how many pages there are."""

    items: tuple[matching.RankedVacancy, ...]
    number: int
    count: int


def page_of(results: Sequence[matching.RankedVacancy], number: int, size: int) -> Page:
    """A page, clamped to the ones that exist (a list shrinks when the worker hides vacancies)."""
    number, count = _clamped(number, len(results), size)
    return Page(tuple(results[number * size : (number + 1) * size]), number, count)


def _clamped(number: int, total: int, size: int) -> tuple[int, int]:
    """(the page number within the pages there are, how many pages `total` results make; at least one)."""
    count = max(1, -(-total // size))
    return min(max(number, 0), count - 1), count
