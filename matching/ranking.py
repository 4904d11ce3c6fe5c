"""Vacancy ranking for a worker, with machine-readable reasons the bot renders in the worker's language.

Reason codes and their values (all values are plain JSON types):

- `occupation`       {code: str, level: "unit" | "minor" | "submajor" | "title"}
                     Why the vacancy fits at all. `code` is the worker's ISCO-08 unit group that fits best.
                     `unit`: same 4-digit unit group; `minor`: same 3-digit minor group; `submajor`: same
                     2-digit sub-major group; `title`: the vacancy's title itself matches what the worker
                     typed or the title of the worker's occupation (the codes did not meet).
- `experience_ok`    {have: int, need: int}   the worker has at least the years the vacancy asks.
- `experience_short` {have: int, need: int}   the worker has fewer years than asked (or did not say:
                     `have` is 0).
- `language_ok`      {langs: [str, ...]}      the worker speaks every language the vacancy asks.
- `language_missing` {langs: [str, ...]}      languages the vacancy asks that the worker does not list.
- `salary_ok`        {offered: int | float, wanted: int | float, currency: str}   the best offered
                     monthly salary reaches the worker's wish (in a search, the pay the query asks for).
- `salary_below`     {offered: int | float, wanted: int | float, currency: str}   it does not.
- `city`             {city: str}  (search only) the vacancy is in the city named in the query.

Reasons come in this order: occupation, experience, language, salary, city. Salary is compared only when
the vacancy pays in QAR (the currency the worker's wish is kept in).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz, process

from .job_questions import asks_for_every_job, asks_for_jobs, workplace_trades
from .models import ProfileOccupation, Reason, Vacancy, WorkerProfile
from .occupations import OccupationMatch, classify_title, occupation_title, suggest_occupations
from .pay import asked_pay
from .places import Town, split_town, town_of
from .text import skeleton

# Occupation fit, the heart of the score: the unit group is the job; a shared minor group (3 digits) is
# usually a neighbouring trade the worker could do ("pipe fitter" for a plumber); a shared sub-major group
# (2 digits) is a long shot worth showing only when little else fits.
FIT_UNIT = 1.0
FIT_MINOR = 0.7
FIT_SUBMAJOR = 0.45
# The vacancy title read as text, when the codes do not meet: it catches vacancies filed under a code the
# worker did not pick but whose title says the worker's job. A title this similar (0..100) counts.
TITLE_MIN_SIMILARITY = 80.0
FIT_TITLE_MAX = 0.85  # a title match alone is never worth a full unit-group match

# Weights of the parts of the score (they sum to 100). Occupation dominates so that a well-paid job in
# another trade never outranks the worker's own trade; experience, languages and pay order the vacancies
# within a trade.
W_OCCUPATION = 65.0
W_TITLE = 5.0  # the title says the worker's words too ("Pipe Welder" for a pipe welder): first among equals
W_EXPERIENCE = 12.0
W_LANGUAGE = 8.0
W_SALARY = 10.0
# Experience: a year short costs this share of the experience weight (two years short costs it all).
EXPERIENCE_SHORT_PENALTY_PER_YEAR = 0.5
# Below this the vacancy does not fit the worker and is not shown: a sub-major group fit with nothing
# else in its favour is 0.45 * 65 = 29.25, so 28 lets it through and keeps out anything with no fit at all.
MIN_SCORE = 28.0
# Free-text search: the query's occupation suggestions count in proportion to their own score, and only
# those nearly as good as the best (the rest are other words the letters happen to resemble). A search
# is a precise question, so it shows the same unit or minor group (or a matching title), never the wider
# sub-major group that a worker's own list may include.
SEARCH_SUGGESTIONS = 5
SEARCH_RELATIVE_SCORE = 0.85
SEARCH_MIN_FIT = FIT_MINOR
# Beside a town or a pay, words whose best occupation is less sure than this (0..100) name no trade surely
# («присылай только с зарплатой от 2000»: «присылай» met a technician at 68): when they meet no vacancy
# anywhere, the search lists all there is in the town or at that pay. A mistyped trade ("drivr", 79) open in
# other towns is still told to have none there.
SEARCH_SURE_TRADE = 80.0
CITY_MIN_SIMILARITY = 85.0


@dataclass(frozen=True)
class RankedVacancy:
    """A vacancy that fits, its score (0..100, higher is better) and the reasons behind the score."""

    vacancy: Vacancy
    score: float
    reasons: tuple[Reason, ...]


# ---- occupation fit ---------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def vacancy_code(title: str, isco_code: str | None) -> str | None:
    """The vacancy's unit group: the one given at import, else its title classified."""
    if isco_code and len(isco_code) == 4 and isco_code.isdigit():
        return isco_code
    match = classify_title(title or "")
    return match.code if match else None


def worker_code(occ: ProfileOccupation) -> str | None:
    """The unit group a worker chose, else the best suggestion for the words they typed."""
    return occ.code or _suggested_code(occ.raw_text)


@lru_cache(maxsize=8192)
def _suggested_code(text: str) -> str | None:
    # Remembered by the words, not by the whole occupation: a cache keyed by worker would grow with
    # every worker the process meets.
    top = suggest_occupations(text, limit=1)
    return top[0].code if top else None


def _grade(worker_code: str, vac_code: str) -> tuple[float, str]:
    if worker_code == vac_code:
        return FIT_UNIT, "unit"
    if worker_code[:3] == vac_code[:3]:
        return FIT_MINOR, "minor"
    if worker_code[:2] == vac_code[:2]:
        return FIT_SUBMAJOR, "submajor"
    return 0.0, ""


# Bounded caches: their keys include what workers typed, so their size, not the number of workers,
# decides how much memory they hold at full (about 170 bytes an entry).
@lru_cache(maxsize=16384)
def _title_similarity(vacancy_title: str, text: str) -> float:
    """How much a vacancy title and a worker's words (or occupation title) say the same, 0..100."""
    a, b = skeleton(vacancy_title), skeleton(text)
    if not a or not b:
        return 0.0
    # Set ratio alone calls "Welder" and "pipe welder" the same; the sorted ratio prefers the exact title.
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2.0


def _worker_texts(raw_text: str, code: str | None) -> list[str]:
    """What a vacancy title is compared with: the worker's own words and their occupation's titles."""
    texts = [raw_text] if raw_text else []
    if code:
        texts.append(occupation_title(code, "en"))
        texts.append(occupation_title(code, "ru"))
    return [text for text in texts if text]


@lru_cache(maxsize=8192)
def _title_fit(vacancy_title: str, raw_text: str, code: str | None) -> float:
    """Similarity (0..100) of a vacancy title to the worker's words or occupation titles; 0 below the bar."""
    best = max((_title_similarity(vacancy_title, t) for t in _worker_texts(raw_text, code)), default=0.0)
    return best if best >= TITLE_MIN_SIMILARITY else 0.0


class TitleIndex:
    """Vacancy titles read once, to find the ones a worker's occupations fit through the title alone.

    Comparing a worker's words with thousands of distinct titles one pair at a time in Python took
    ~15 ms per worker; rapidfuzz compares one text with all of them in one call, in C++. A title can only
    reach the bar if one of the two ratios `_title_similarity` averages reaches it, so those two passes
    select the few titles that are then judged exactly as `occupation_fit` judges them. What a set of
    occupations fits is remembered (by their codes and words, so workers of one trade share it).
    """

    MEMO_SIZE = 4096

    def __init__(self, titles: Iterable[str]) -> None:
        self.titles = list(dict.fromkeys(titles))
        self._known = frozenset(self.titles)
        self._skeletons = [skeleton(title) for title in self.titles]
        self._fits_memo: dict[tuple[tuple[str | None, str], ...], dict[str, tuple[float, ...]]] = {}
        self._near_memo: dict[str, frozenset[int]] = {}

    def __contains__(self, title: object) -> bool:
        return title in self._known

    def fits(self, occupations: Iterable[ProfileOccupation]) -> dict[str, tuple[float, ...]]:
        """The titles with a title fit above zero for at least one of these occupations, in index order,
        each with its `_title_fit` for every occupation (0 below the bar); every other title's is 0."""
        key = tuple((occ.code, occ.raw_text) for occ in occupations)
        fits = self._fits_memo.get(key)
        if fits is None:
            fits = self._fits(key)
            if len(self._fits_memo) >= self.MEMO_SIZE:
                self._fits_memo.clear()
            self._fits_memo[key] = fits
        return fits

    def _fits(self, key: tuple[tuple[str | None, str], ...]) -> dict[str, tuple[float, ...]]:
        occupations = [(raw_text, worker_code(ProfileOccupation(code, raw_text))) for code, raw_text in key]
        near: set[int] = set()
        for raw_text, code in occupations:
            for text in _worker_texts(raw_text, code):
                near |= self._near(text)
        fits = {}
        for i in sorted(near):
            title = self.titles[i]
            per_occupation = tuple(_title_fit(title, raw_text, code) for raw_text, code in occupations)
            if any(per_occupation):
                fits[title] = per_occupation
        return fits

    def similar(self, text: str) -> dict[str, float]:
        """The titles that say what `text` says, with their similarity (`_title_similarity`, at the bar
        or above); the same two passes select them."""
        similarities = {self.titles[i]: _title_similarity(self.titles[i], text) for i in self._near(text)}
        return {title: sim for title, sim in similarities.items() if sim >= TITLE_MIN_SIMILARITY}

    def _near(self, text: str) -> frozenset[int]:
        """Indexes of the titles one of the two ratios puts at the bar or above: the only ones whose
        average can reach it. Remembered by text: the occupation titles a worker's words are compared
        with besides their own are the same for everybody in that occupation."""
        near = self._near_memo.get(text)
        if near is None:
            query = skeleton(text)
            near = frozenset(
                index
                for scorer in ((fuzz.token_set_ratio, fuzz.token_sort_ratio) if query else ())
                for _, _, index in process.extract(
                    query, self._skeletons, scorer=scorer, score_cutoff=TITLE_MIN_SIMILARITY, limit=None
                )
            )
            if len(self._near_memo) >= self.MEMO_SIZE:
                self._near_memo.clear()
            self._near_memo[text] = near
        return near


def occupation_fit(
    profile: WorkerProfile, vacancy: Vacancy
) -> tuple[float, float, Reason | None, ProfileOccupation | None]:
    """Best fit over the worker's occupations.

    Returns (occupation fit 0..1, title similarity 0..1, the `occupation` reason, the occupation that fits).
    """
    best = _Scorer(profile, date.today()).best_occupation(vacancy)
    if best is None:
        return 0.0, 0.0, None, None
    return best.fit, best.title, _occupation_reason(best), best.occupation


@dataclass(frozen=True, slots=True)
class _Fit:
    fit: float
    title: float
    level: str
    occupation: ProfileOccupation
    code: str | None


_UNKNOWN: Any = object()


class _Scorer:
    """Scores vacancies for one worker.

    A ranking scores hundreds of vacancies for the same worker, and many share a title ("Welder" of ten
    employers). What depends only on a vacancy's title and code (its best occupation fit) is worked out
    once per pair, its grade against each of the worker's occupations once per code, and with a
    `TitleIndex` of the vacancies' titles the title similarities come from one lookup instead of a
    comparison per vacancy and occupation; the scores are the same either way.
    """

    def __init__(self, profile: WorkerProfile, today: date, titles: TitleIndex | None = None) -> None:
        self.profile = profile
        self.today = today
        self.occupations = [(occ, worker_code(occ)) for occ in profile.occupations]
        self._titles = titles
        self._title_fits = titles.fits(profile.occupations) if titles is not None else {}
        self._no_title = (0.0,) * len(self.occupations)
        self._grades: dict[str | None, list[tuple[float, str]]] = {}
        self._best: dict[tuple[str, str | None], _Fit | None] = {}

    def score(self, vacancy: Vacancy) -> tuple[float, _Fit] | None:
        """The score (rounded as shown) and the occupation that earns it; None when closed, unrelated or
        below the bar. Numbers only: reasons are built for the vacancies that make the list."""
        if not is_open(vacancy, self.today):
            return None
        key = (vacancy.title, vacancy.isco_code)
        best = self._best.get(key, _UNKNOWN)
        if best is _UNKNOWN:
            best = self._best[key] = self.best_occupation(vacancy)
        if best is None:
            return None
        score = (
            W_OCCUPATION * best.fit + W_TITLE * best.title + W_EXPERIENCE * _experience(best.occupation, vacancy)
            + W_LANGUAGE * _languages(self.profile, vacancy) + W_SALARY * _salary(self.profile, vacancy)
        )
        if score < MIN_SCORE:
            return None
        return round(score, 2), best

    def best_occupation(self, vacancy: Vacancy) -> _Fit | None:
        """The best fit over the worker's occupations (the first of equals), None when none fits."""
        vac_code = vacancy_code(vacancy.title, vacancy.isco_code)
        grades = self._grades.get(vac_code)
        if grades is None:
            grades = self._grades[vac_code] = [
                _grade(code, vac_code) if code and vac_code else (0.0, "") for _, code in self.occupations
            ]
        titles = self._title_similarities(vacancy.title)
        best, best_fit, best_title = -1, 0.0, 0.0
        for i, ((fit, _), title) in enumerate(zip(grades, titles)):
            title /= 100.0
            if title and FIT_TITLE_MAX * title > fit:
                fit = FIT_TITLE_MAX * title
            if fit > 0.0 and (best < 0 or (fit, title) > (best_fit, best_title)):
                best, best_fit, best_title = i, fit, title
        if best < 0:
            return None
        occ, code = self.occupations[best]
        level = "title" if best_fit != grades[best][0] else grades[best][1]
        return _Fit(best_fit, best_title, level, occ, code)

    def _title_similarities(self, title: str) -> tuple[float, ...]:
        """`_title_fit` of the title for each occupation."""
        if self._titles is not None and title in self._titles:
            return self._title_fits.get(title, self._no_title)
        return tuple(_title_fit(title, occ.raw_text, code) for occ, code in self.occupations)


def _occupation_reason(best: _Fit) -> Reason:
    return Reason("occupation", {"code": best.code or "", "level": best.level})


# ---- the other parts: each a number, and the reason behind it (built only for what is shown) ----------


def _experience(occ: ProfileOccupation, vacancy: Vacancy) -> float:
    need = vacancy.min_experience_years
    have = occ.years or 0
    if not need or have >= need:
        return 1.0
    return max(0.0, 1.0 - EXPERIENCE_SHORT_PENALTY_PER_YEAR * (need - have))


def _experience_reason(occ: ProfileOccupation, vacancy: Vacancy) -> Reason | None:
    need = vacancy.min_experience_years
    if not need:
        return None
    have = occ.years or 0
    return Reason("experience_ok" if have >= need else "experience_short", {"have": have, "need": need})


def _languages(profile: WorkerProfile, vacancy: Vacancy) -> float:
    if not vacancy.languages:
        return 1.0
    return 1.0 - len(vacancy.languages - profile.languages) / len(vacancy.languages)


def _languages_reason(profile: WorkerProfile, vacancy: Vacancy) -> Reason | None:
    if not vacancy.languages:
        return None
    missing = sorted(vacancy.languages - profile.languages)
    if not missing:
        return Reason("language_ok", {"langs": sorted(vacancy.languages)})
    return Reason("language_missing", {"langs": missing})


def _plain(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _offered(vacancy: Vacancy) -> Decimal | None:
    """The best monthly salary a vacancy offers: the top of its range, or its only figure."""
    return vacancy.salary_max if vacancy.salary_max is not None else vacancy.salary_min


def _offered_and_wanted(profile: WorkerProfile, vacancy: Vacancy) -> tuple[Decimal, Decimal] | None:
    """Both amounts when they can be compared (the wish is kept in QAR), else None: unknown."""
    offered = _offered(vacancy)
    wanted = profile.min_salary
    if offered is None or wanted is None or vacancy.currency != "QAR" or wanted <= 0:
        return None
    return offered, wanted


def _salary(profile: WorkerProfile, vacancy: Vacancy) -> float:
    amounts = _offered_and_wanted(profile, vacancy)
    if amounts is None:
        return 0.5  # unknown: neither for nor against
    offered, wanted = amounts
    return 1.0 if offered >= wanted else float(max(Decimal(0), offered / wanted)) ** 2


def _salary_reason(profile: WorkerProfile, vacancy: Vacancy) -> Reason | None:
    amounts = _offered_and_wanted(profile, vacancy)
    if amounts is None:
        return None
    offered, wanted = amounts
    values = {"offered": _plain(offered), "wanted": _plain(wanted), "currency": vacancy.currency}
    return Reason("salary_ok" if offered >= wanted else "salary_below", values)


def is_open(vacancy: Vacancy, today: date) -> bool:
    """Closed vacancies and those whose deadline has passed are never shown."""
    if vacancy.status != "open" and vacancy.status.strip().lower() != "open":
        return False
    return vacancy.deadline is None or vacancy.deadline >= today


def _ranked(profile: WorkerProfile, vacancy: Vacancy, score: float, best: _Fit) -> RankedVacancy:
    reasons = (
        _occupation_reason(best),
        _experience_reason(best.occupation, vacancy),
        _languages_reason(profile, vacancy),
        _salary_reason(profile, vacancy),
    )
    return RankedVacancy(vacancy, score, tuple(r for r in reasons if r is not None))


# ---- public API -----------------------------------------------------------------------------------------


def score_vacancy(
    profile: WorkerProfile, vacancy: Vacancy, today: date | None = None
) -> RankedVacancy | None:
    """Score one worker-vacancy pair as `rank_vacancies` does; None when it is closed or does not fit."""
    scored = _Scorer(profile, today or date.today()).score(vacancy)
    return _ranked(profile, vacancy, *scored) if scored is not None else None


def rank_vacancies(
    profile: WorkerProfile, vacancies: Iterable[Vacancy], limit: int = 10, today: date | None = None
) -> list[RankedVacancy]:
    """The open vacancies that fit the worker, best first (ties by vacancy id); never unrelated ones.

    Every vacancy is scored as a number (`rank_tiers` over a single tier); the reasons are built only
    for the `limit` that are returned.
    """
    return rank_tiers(profile, [(FIT_UNIT, vacancies)], limit, today)


_BEST_FIRST = itemgetter(0, 1)


def rank_tiers(
    profile: WorkerProfile, tiers: Iterable[tuple[float, Iterable[Vacancy]]], limit: int = 10,
    today: date | None = None, titles: TitleIndex | None = None,
) -> list[RankedVacancy]:
    """`rank_vacancies` over candidates grouped by the best occupation fit each could reach, tiers
    highest first: once `limit` vacancies score above what anything in a lower tier could, the lower
    tiers are not scored at all. The same list as `rank_vacancies` over all of them. `titles`, an index
    of the vacancies' titles kept by the caller, saves comparing each title with the worker's words."""
    if limit <= 0:
        return []
    scorer = _Scorer(profile, today or date.today(), titles)
    # (-score, vacancy id, the fit, the vacancy): best first, ties by id, sorted on a key built in C.
    scored: list[tuple[float, int, _Fit, Vacancy]] = []
    for fit, tier in tiers:
        if len(scored) >= limit and -scored[-1][0] > best_possible_score(fit):
            break
        scored += [(-s[0], v.id, s[1], v) for v in tier if (s := scorer.score(v)) is not None]
        scored.sort(key=_BEST_FIRST)
        del scored[limit:]
    return [_ranked(profile, vacancy, -negative, best) for negative, _, best, vacancy in scored]


def listed_count(tiers: Iterable[tuple[float, Collection[Vacancy]]]) -> int:
    """How many vacancies `rank_tiers` lists from these tiers of open candidates when nothing limits
    it, without scoring them: all of them, since a vacancy that fits the worker at all scores above the
    bar (the least fit, a sub-major group or a title at the similarity bar, is worth more than MIN_SCORE
    on its own).

    Like `rank_tiers`, it takes candidates that fit the worker (an occupation fit above zero); unlike
    it, open ones only: a count that looked at each deadline would cost as much as the ranking."""
    return sum(len(tier) for _, tier in tiers)


def lowest_fit() -> float:
    """The least occupation fit a vacancy can have and still fit at all."""
    return min(FIT_SUBMAJOR, FIT_TITLE_MAX * TITLE_MIN_SIMILARITY / 100.0)


def best_possible_score(fit: float) -> float:
    """The highest score a vacancy with this occupation fit can get, every other part in its favour."""
    return W_OCCUPATION * fit + W_TITLE + W_EXPERIENCE + W_LANGUAGE + W_SALARY


def search_vacancies(
    query: str, vacancies: Iterable[Vacancy], limit: int = 10, today: date | None = None,
    titles: TitleIndex | None = None, best_paid: bool = False, refused: Collection[str] = (),
) -> list[RankedVacancy]:
    """Free-text search ("driver doha", "сварщик"): occupation, title words and a city word.

    A city named in the query keeps only the vacancies in that city: a town of Qatar in any case or
    alphabet («в Дохе», «Лусаилда», "Al Wakrah"), else a place some vacancy names. The rest of the query
    must name an occupation or words of the title, unless it was only the city or asks for work there
    («работа в Дохе», "any jobs in Lusail?"), or asks for every vacancy («все вакансии», "all jobs"). Pay
    asked for («сварщик от 2000», «водитель 2500+») keeps only the vacancies paying that much in riyals.
    `titles`, an index of (at least) these vacancies' titles kept by the caller, saves building one per
    search. `best_paid` («где больше всего платят сварщикам») orders the found by their pay (`_by_pay`)
    before the list is cut to `limit`, so the best paid of all of them are on it. `refused`, the trades the worker
    refused beside the search (`job_questions.refused_trades`: «любая работа, только не стройка»), leaves out every
    vacancy under one of them, whatever else the search asks for.
    """
    day = today or date.today()
    pool = everywhere = [v for v in vacancies if is_open(v, day) and not is_refused(v, refused)]
    text = query if isinstance(query, str) else ""
    town, rest = split_town(text)
    if town is not None:
        city = town.key
        pool = [v for v in pool if v.city and town_of(v.city) is town]
    else:
        city_keys = {name: skeleton(name) for name in {v.city for v in pool if v.city}}  # a few distinct
        city, rest = _split_city(text, set(city_keys.values()))
        if city:
            pool = [v for v in pool if v.city and city_keys[v.city] == city]
    pay, rest = asked_pay(rest)
    if pay is not None:  # «сварщик от 2000», «водитель 2500+»: only vacancies paying that much
        pool = [v for v in pool if _pays_at_least(v, pay)]
    every = asks_for_every_job(rest)  # «все вакансии», "all jobs": whatever the trade
    if (city or pay) and asks_for_jobs(rest) or every:
        rest = ""
    rest_key = skeleton(rest)
    if not city and pay is None and not rest_key and not every:  # only numbers or small words ("2000", "$800")
        return []
    suggestions = searched_occupations(rest) if rest_key else []
    similar = (titles or TitleIndex(v.title for v in pool)).similar(rest) if rest_key else {}
    if (city or pay is not None) and not suggestions and not similar:
        rest_key = ""  # «что есть в Дохе?»: words beside the town that name nothing ask for all that is there
    out = _searched(pool, suggestions, similar, city, pay) if rest_key else _searched(pool, [], {}, city, pay, True)
    if not out and rest_key and (city or pay is not None) and not similar and (
        not suggestions or suggestions[0].score < SEARCH_SURE_TRADE
    ) and not any(_search_fit(vac, suggestions, 0.0)[0] > 0.0 for vac in everywhere):
        # «присылай только с зарплатой от 2000», "jobs paying at least 2000": the words beside the pay or the
        # town name no trade surely and meet no vacancy anywhere, so they ask for all that pays so much or is
        # there. A mistyped trade open elsewhere ("drivr в Дохе") is told it has none there, and where it has.
        out = _searched(pool, [], {}, city, pay, True)
    out.sort(key=_by_pay if best_paid else lambda r: (-r.score, r.vacancy.id))
    return out[: max(limit, 0)]


def is_refused(vacancy: Vacancy, refused: Collection[str]) -> bool:
    """Whether the vacancy's occupation is one of the refused trades or in one of their groups."""
    if not refused:
        return False
    code = vacancy_code(vacancy.title, vacancy.isco_code)
    return bool(code) and any(code.startswith(trade) for trade in refused)


def searched_occupations(rest: str) -> list[OccupationMatch]:
    """The occupations a search's words (without the town and the pay) ask for, best first: the trades of a place
    of work named alone («в больницу», "airport jobs": `workplace_trades`), each as sure as a trade named; else
    the suggestions for the words that score near the best."""
    trades = workplace_trades(rest)
    if trades:
        return [OccupationMatch(code, SEARCH_SURE_TRADE) for code in trades]
    suggestions = suggest_occupations(rest, limit=SEARCH_SUGGESTIONS) if skeleton(rest) else []
    return [m for m in suggestions if m.score >= SEARCH_RELATIVE_SCORE * suggestions[0].score]


def _by_pay(ranked: RankedVacancy) -> tuple[int, Decimal, float, int]:
    """The order of a search for the best paid: the trade searched for before its neighbours (a pipe fitter's
    4,000 must not top a search for welders), within each the most riyals a month first; a vacancy whose pay
    is unknown or in another currency cannot be compared, so it comes after those that can."""
    neighbour = any(r.code == "occupation" and r.values.get("level") == "minor" for r in ranked.reasons)
    riyals = _riyals_offered(ranked.vacancy)
    riyals = Decimal("-1") if riyals is None else riyals
    return int(neighbour), -riyals, -ranked.score, ranked.vacancy.id


def _searched(
    pool: list[Vacancy], suggestions: list[OccupationMatch], similar: dict[str, float], city: str,
    pay: Decimal | None, every: bool = False,
) -> list[RankedVacancy]:
    """The vacancies of `pool` that fit the searched occupations or title words (all of them if `every`)."""
    out: list[RankedVacancy] = []
    for vac in pool:
        fit, reason = (1.0, None) if every else _search_fit(vac, suggestions, similar.get(vac.title, 0.0))
        if fit <= 0.0:
            continue
        place = Reason("city", {"city": vac.city}) if city else None
        reasons = tuple(r for r in (reason, _pay_reason(vac, pay), place) if r)
        out.append(RankedVacancy(vac, round(100.0 * fit, 2), reasons))
    return out


def open_places(vacancies: Iterable[Vacancy], today: date) -> list[tuple[Town | str, int]]:
    """Where the open vacancies are, busiest first: a town of Qatar, or the place as a vacancy names it.
    The answer to a town with nothing open («есть вакансии в Лусаиле?»)."""
    counts: dict[Town | str, int] = {}
    for vac in vacancies:
        if vac.city and vac.city.strip() and is_open(vac, today):
            place = town_of(vac.city) or vac.city.strip()
            counts[place] = counts.get(place, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0] if isinstance(item[0], str) else item[0].key))


def _riyals_offered(vacancy: Vacancy) -> Decimal | None:
    """The most a vacancy offers a month when it is in riyals, the only pay a search compares; else None."""
    offered = _offered(vacancy)
    return offered if offered is not None and vacancy.currency == "QAR" else None


def _pays_at_least(vacancy: Vacancy, pay: Decimal) -> bool:
    offered = _riyals_offered(vacancy)
    return offered is not None and offered >= pay


def _pay_reason(vacancy: Vacancy, pay: Decimal | None) -> Reason | None:
    """The pay a search asked for, met (the list holds no other vacancy)."""
    if pay is None:
        return None
    values = {"offered": _plain(_offered(vacancy)), "wanted": _plain(pay), "currency": vacancy.currency}
    return Reason("salary_ok", values)


def _search_fit(vac: Vacancy, suggestions: list[OccupationMatch], sim: float) -> tuple[float, Reason | None]:
    """The fit of a vacancy for the searched occupations, or for the searched words through its title
    (`sim`: the title's similarity to them, 0 below the bar)."""
    vac_code = vacancy_code(vac.title, vac.isco_code)
    best: tuple[float, Reason | None] = (0.0, None)
    for match in suggestions:
        fit, level = _grade(match.code, vac_code) if vac_code else (0.0, "")
        if fit < SEARCH_MIN_FIT:
            continue
        fit *= match.score / 100.0
        if fit > best[0]:
            best = (fit, Reason("occupation", {"code": match.code, "level": level}))
    if sim >= TITLE_MIN_SIMILARITY and FIT_TITLE_MAX * sim / 100.0 > best[0]:
        code = suggestions[0].code if suggestions else ""
        best = (FIT_TITLE_MAX * sim / 100.0, Reason("occupation", {"code": code, "level": "title"}))
    if best[0] * 100.0 < MIN_SCORE:
        return 0.0, None
    return best


def _split_city(query: str, cities: set[str]) -> tuple[str, str]:
    """(folded city named in the query or "", the query without it); `cities` folded too."""
    words = query.split()
    cities = cities - {""}
    if not words or not cities:
        return "", query
    for size in (3, 2, 1):  # longest first: "al wakra" before "wakra"
        for i in range(len(words) - size + 1):
            phrase = skeleton(" ".join(words[i : i + size]))
            if not phrase:
                continue
            for city in cities:
                if fuzz.ratio(phrase, city) >= CITY_MIN_SIMILARITY:
                    return city, " ".join(words[:i] + words[i + size :])
    return "", query
