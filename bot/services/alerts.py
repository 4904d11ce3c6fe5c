"""Vacancy alerts: who hears about a new vacancy, when, and how often; daily digests; closing at deadline.

Every message goes into the outbox under a key saying what it is (`alert:<user>:<vacancy>`,
`digest:<user>:<YYYY-MM-DD>`, `closed:<application>`), so a job that runs twice, or on two replicas at
once, can never message anyone twice. A vacancy is matched once: `matched_at` is set in the same
transaction that queues its alerts, and a vacancy updated later by a re-import keeps it, so a changed
salary or deadline does not alert the same workers again.

The time arithmetic (quiet hours, the digest moment) is in small pure functions at the top, so it can be
checked without a database. Kazakhstan has one time zone, UTC+5, without summer time.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from time import perf_counter, process_time
from typing import Any

from sqlalchemy import Text, and_, func, or_, select, type_coerce, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import matching
from bot import cards
from bot.i18n import I18n, Translator
from bot.kz_time import KAZAKHSTAN_TZ
from bot.services import outbox
from bot.settings import Settings
from db.models import (
    AlertPrefs,
    Application,
    HiddenVacancy,
    OutboxMessage,
    Profile,
    ProfileOccupation,
    User,
    Vacancy,
    utcnow,
)
from handlers.callbacks import VacancyCb
from matching.models import ProfileOccupation as MatchOccupation
from matching.models import WorkerProfile
from matching.ranking import RankedVacancy, score_vacancy, vacancy_code

log = logging.getLogger(__name__)

KZ = KAZAKHSTAN_TZ

# What a worker gets without ever opening /alerts (the columns' defaults, for workers with no row).
DEFAULT_MODE = "instant"
DEFAULT_DIGEST_HOUR = 9
DEFAULT_QUIET = (22, 8)
DEFAULT_MIN_SCORE = 50
PAUSE_DAYS = 7

MODES = ("instant", "digest", "off")
SCORE_LEVELS = {"close": 75, "good": 50, "any": 30}  # "how close a match must be", in plain words
QUIET_PRESETS = ((22, 8), (23, 7), (21, 9))
DIGEST_HOURS = (8, 9, 12, 18, 20)

# Applications still waiting for a decision: their workers are told when the vacancy closes.
UNDECIDED = ("applied", "qualification_check", "employer_review", "interview")

DIGEST_MAX_ITEMS = 8  # cards in one digest; the rest are counted and left to /jobs
DIGEST_LOOKBACK = timedelta(days=7)  # the longest a digest reaches back, e.g. after a long silence
ID_CHUNK = 500  # ids per IN (...) list


# ---- pure time arithmetic ------------------------------------------------------------------------


def kz_time(moment: datetime) -> datetime:
    """The moment on Kazakhstan's clock."""
    return moment.astimezone(KZ)


def kz_today(moment: datetime) -> date:
    return kz_time(moment).date()


def quiet_until(now: datetime, start: int | None, end: int | None) -> datetime | None:
    """The end of the quiet period `now` falls in (aware UTC), or None when it is not quiet.

    `start` and `end` are whole hours on Kazakhstan's clock; a period may run over midnight (22 → 8).
    Either hour missing, or both equal, means the worker has no quiet hours.
    """
    if start is None or end is None or start == end:
        return None
    local = kz_time(now)
    hour = local.hour
    if start < end:
        inside = start <= hour < end
        end_day = local.date()
    else:
        inside = hour >= start or hour < end
        end_day = local.date() if hour < end else local.date() + timedelta(days=1)
    if not inside:
        return None
    return datetime.combine(end_day, time(end), KZ).astimezone(timezone.utc)


def digest_moment(day: date, hour: int) -> datetime:
    """When the digest of a Kazakhstan calendar day is due, in UTC."""
    return datetime.combine(day, time(hour), KZ).astimezone(timezone.utc)


def digest_due(now: datetime, hour: int) -> datetime | None:
    """Today's digest moment once it has come (the digest covers what was matched before it), else None."""
    moment = digest_moment(kz_today(now), hour)
    return moment if now >= moment else None


# ---- worker preferences ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Prefs:
    """A worker's alert settings as plain values; `Prefs()` is what a worker without a row gets."""

    mode: str = DEFAULT_MODE
    digest_hour: int = DEFAULT_DIGEST_HOUR
    quiet_start: int | None = DEFAULT_QUIET[0]
    quiet_end: int | None = DEFAULT_QUIET[1]
    paused_until: datetime | None = None
    min_score: int = DEFAULT_MIN_SCORE
    muted_codes: frozenset[str] = frozenset()

    def paused(self, now: datetime) -> bool:
        return self.paused_until is not None and self.paused_until > now


DEFAULTS = Prefs()


async def get_prefs(session: AsyncSession, user_id: int) -> AlertPrefs:
    """The worker's settings row, created with the defaults the first time it is needed."""
    row = await session.get(AlertPrefs, user_id)
    if row is None:
        row = AlertPrefs(
            user_id=user_id, mode=DEFAULT_MODE, digest_hour=DEFAULT_DIGEST_HOUR,
            quiet_start=DEFAULT_QUIET[0], quiet_end=DEFAULT_QUIET[1], paused_until=None,
            min_score=DEFAULT_MIN_SCORE, muted_codes=[],
        )
        session.add(row)
        await session.flush()
    return row


async def change_prefs(
    session: AsyncSession, user_id: int, field: str, value: str, now: datetime | None = None
) -> AlertPrefs | None:
    """Apply one choice from the /alerts buttons; None when the choice is not one the bot offers."""
    now = now or utcnow()
    row = await get_prefs(session, user_id)
    if field == "mode" and value in MODES:
        row.mode = value
    elif field == "hour" and value.isdecimal() and int(value) in DIGEST_HOURS:
        row.digest_hour, row.mode = int(value), "digest"
    elif field == "quiet" and value == "off":
        row.quiet_start, row.quiet_end = None, None
    elif field == "quiet" and _quiet_preset(value) is not None:
        row.quiet_start, row.quiet_end = _quiet_preset(value)  # type: ignore[misc]
    elif field == "score" and value in SCORE_LEVELS:
        row.min_score = SCORE_LEVELS[value]
    elif field == "pause" and value == "on":
        row.paused_until = now + timedelta(days=PAUSE_DAYS)
    elif field == "pause" and value == "off":
        row.paused_until = None
    elif field == "muted" and value == "clear":
        row.muted_codes = []
    else:
        return None
    return row


def _quiet_preset(value: str) -> tuple[int, int] | None:
    start, _, end = value.partition("-")
    if start.isdecimal() and end.isdecimal() and (int(start), int(end)) in QUIET_PRESETS:
        return int(start), int(end)
    return None


async def mute_code(session: AsyncSession, user_id: int, vacancy_id: int) -> str | None:
    """"Fewer like this": no more alerts for the vacancy's occupation. Its ISCO code, or None if unknown."""
    vacancy = await session.get(Vacancy, vacancy_id)
    if vacancy is None:
        return None
    code = vacancy_code(vacancy.title, vacancy.isco_code)
    if not code:
        return None
    row = await get_prefs(session, user_id)
    if code not in (row.muted_codes or []):
        row.muted_codes = [*(row.muted_codes or []), code]  # a new list, so the JSON column is saved
    return code


# ---- loading workers --------------------------------------------------------------------------------


@dataclass
class Worker:
    id: int
    language: str
    prefs: Prefs
    occupations: list[MatchOccupation] = field(default_factory=list)
    languages: frozenset[str] = frozenset()
    min_salary: Decimal | None = None
    region: str | None = None

    def profile(self) -> WorkerProfile:
        return WorkerProfile(
            occupations=tuple(self.occupations), languages=self.languages,
            min_salary=self.min_salary, region=self.region,
        )


def _prefix_range(prefix: str) -> Any:
    """Codes starting with `prefix` as a range, so the index on the code column is used."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(ProfileOccupation.isco_code >= prefix, ProfileOccupation.isco_code < upper)


async def load_workers(
    session: AsyncSession, *, prefixes: Iterable[str] | None = None, user_ids: Sequence[int] | None = None
) -> dict[int, Worker]:
    """Active workers with completed profiles, with their occupations and alert settings.

    `prefixes` (sub-major groups of the new vacancies) keeps out, in SQL, every worker no vacancy could
    fit, plus those whose occupation has no code (they are matched by their words); `user_ids` names the
    workers outright. Plain columns only: building ORM objects for many thousand workers is the slow part.
    """
    columns = (
        ProfileOccupation.user_id, ProfileOccupation.isco_code, ProfileOccupation.raw_text,
        ProfileOccupation.years, User.language, type_coerce(Profile.languages, Text), Profile.min_salary,
        Profile.region, AlertPrefs.user_id, AlertPrefs.mode, AlertPrefs.digest_hour, AlertPrefs.quiet_start,
        AlertPrefs.quiet_end, AlertPrefs.paused_until, AlertPrefs.min_score,
        type_coerce(AlertPrefs.muted_codes, Text),
    )
    base = (
        select(*columns)
        .join(Profile, Profile.user_id == ProfileOccupation.user_id)
        .join(User, User.id == ProfileOccupation.user_id)
        .outerjoin(AlertPrefs, AlertPrefs.user_id == ProfileOccupation.user_id)
        .where(User.is_active.is_(True), Profile.completed_at.is_not(None))
        .order_by(ProfileOccupation.user_id, ProfileOccupation.position)
    )
    queries = []
    if prefixes is not None:
        ranges = [_prefix_range(p) for p in sorted(set(prefixes))]
        fitting = select(ProfileOccupation.user_id).where(
            or_(ProfileOccupation.isco_code.is_(None), *ranges)
        )
        queries.append(base.where(ProfileOccupation.user_id.in_(fitting)))
    if user_ids is not None:
        ids = list(user_ids)
        queries.extend(
            base.where(ProfileOccupation.user_id.in_(ids[i : i + ID_CHUNK])) for i in range(0, len(ids), ID_CHUNK)
        )
    connection = await session.connection()  # plain rows: no ORM bookkeeping for thousands of them
    workers: dict[int, Worker] = {}
    for query in queries:
        for (user_id, code, raw_text, years, language, spoken, min_salary, region, has_prefs, mode, hour,
             quiet_start, quiet_end, paused_until, min_score, muted) in (await connection.execute(query)).all():
            worker = workers.get(user_id)
            if worker is None:
                prefs = DEFAULTS if has_prefs is None else Prefs(
                    mode=mode, digest_hour=hour, quiet_start=quiet_start, quiet_end=quiet_end,
                    paused_until=paused_until, min_score=min_score, muted_codes=_codes(muted),
                )
                worker = workers[user_id] = Worker(
                    id=user_id, language=language, prefs=prefs, languages=_spoken(spoken),
                    min_salary=Decimal(min_salary) if min_salary is not None else None, region=region,
                )
            worker.occupations.append(_occupation(code, raw_text, years))
    return workers


# Many workers share the same few values; each is decoded once.
@lru_cache(maxsize=4096)
def _spoken(text: str | None) -> frozenset[str]:
    return frozenset(code for code in json.loads(text or "[]") or () if code != "other")


@lru_cache(maxsize=4096)
def _codes(text: str | None) -> frozenset[str]:
    return frozenset(json.loads(text or "[]") or ())


@lru_cache(maxsize=65536)
def _occupation(code: str | None, raw_text: str, years: int | None) -> MatchOccupation:
    return MatchOccupation(code=code, raw_text=raw_text, years=years)



# ---- rendering --------------------------------------------------------------------------------------


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_freeze(v) for v in value)
    return value


class AlertRenderer:
    """Alert texts for many workers at once: the vacancy part is rendered once per (language, vacancy),
    the reasons once per (language, reasons), and the keyboard once per (language, vacancy)."""

    def __init__(self, i18n: I18n, portal_url: str) -> None:
        self.i18n = i18n
        self.portal_url = portal_url
        self._body: dict[tuple[str, int], str] = {}
        self._reasons: dict[tuple[str, Any], str] = {}
        self._markup: dict[tuple[str, int], dict[str, Any]] = {}

    def text(self, lang: str, ranked: RankedVacancy) -> str:
        vacancy = ranked.vacancy
        body = self._body.get((lang, vacancy.id))
        if body is None:
            t = self.i18n.translator(lang)
            card = cards.short_card(t, RankedVacancy(vacancy, ranked.score, ()))
            body = self._body[(lang, vacancy.id)] = t("alerts-new-vacancy") + "\n\n" + card
        key = (lang, _freeze([(r.code, r.values) for r in ranked.reasons]))
        reasons = self._reasons.get(key)
        if reasons is None:
            reasons = self._reasons[key] = cards.reasons_lines(self.i18n.translator(lang), ranked.reasons)
        tail = self._tail(lang, vacancy)
        return "\n\n".join(part for part in (body, reasons, tail) if part)

    def _tail(self, lang: str, vacancy: matching.Vacancy) -> str:
        key = ("tail:" + lang, vacancy.id)
        tail = self._body.get(key)
        if tail is None:
            t = self.i18n.translator(lang)
            url = vacancy.url if (vacancy.url or "").startswith(("https://", "http://")) else self.portal_url
            tail = self._body[key] = cards.fee_warning(t) + "\n" + cards.portal_line(t, url)
        return tail

    def markup(self, lang: str, vacancy_id: int) -> dict[str, Any]:
        markup = self._markup.get((lang, vacancy_id))
        if markup is None:
            t = self.i18n.translator(lang)
            markup = self._markup[(lang, vacancy_id)] = {
                "inline_keyboard": [
                    [
                        _button(t("alerts-btn-details"), VacancyCb(action="d", id=vacancy_id)),
                        _button(t("alerts-btn-apply"), VacancyCb(action="a", id=vacancy_id)),
                    ],
                    [_button(t("alerts-btn-fewer"), VacancyCb(action="f", id=vacancy_id))],
                ]
            }
        return markup


def _button(text: str, data: VacancyCb) -> dict[str, str]:
    return {"text": text, "callback_data": data.pack()}


# ---- new vacancies -> alerts ----------------------------------------------------------------------


@dataclass
class MatchSummary:
    """What a run did, and how long each phase took (wall clock and CPU seconds) for the benchmark."""

    vacancies: int = 0
    queued: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        wall, cpu = perf_counter(), process_time()
        yield
        self.timings[name] = perf_counter() - wall
        self.cpu[name] = process_time() - cpu


def _open_on(today: date) -> Any:
    return and_(Vacancy.status == "open", or_(Vacancy.deadline.is_(None), Vacancy.deadline >= today))


async def match_new_vacancies(
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    settings: Settings,
    *,
    now: datetime | None = None,
) -> MatchSummary:
    """Queue one alert per fitting worker for each open vacancy not matched yet, then mark it matched."""
    now = now or utcnow()
    summary = MatchSummary()
    async with sessionmaker() as session:
        rows = (
            await session.execute(
                select(Vacancy).where(Vacancy.matched_at.is_(None), _open_on(kz_today(now))).order_by(Vacancy.id)
            )
        ).scalars().all()
        if not rows:
            return summary
        vacancies = [cards.vacancy_from_row(row) for row in rows]
        codes = {v.id: vacancy_code(v.title, v.isco_code) for v in vacancies}
        with summary.phase("index"):
            workers = await load_workers(session, prefixes={c[:2] for c in codes.values() if c})
            index = matching.WorkerIndex((w.id, w.profile()) for w in workers.values())
        with summary.phase("matching"):
            fits = _fitting(vacancies, codes, workers, index, now)
        with summary.phase("rendering"):
            queued = _alert_rows(fits, AlertRenderer(i18n, settings.portal_url), now)
        with summary.phase("insert"):
            summary.queued = await outbox.enqueue_many(session, queued)
            await session.execute(
                update(Vacancy).where(Vacancy.id.in_([v.id for v in vacancies])).values(matched_at=now)
            )
            await session.commit()
    summary.vacancies = len(vacancies)
    log.info("matched %d new vacancies, queued %d alerts", summary.vacancies, summary.queued)
    return summary


def _fitting(
    vacancies: Sequence[matching.Vacancy], codes: dict[int, str | None], workers: dict[int, Worker],
    index: matching.WorkerIndex, now: datetime,
) -> list[tuple[Worker, RankedVacancy]]:
    """(worker, score and reasons) for every alert due. Workers with the same profile get the same score
    and reasons, so each distinct profile is scored once per vacancy (many share a trade, years, languages)."""
    today = kz_today(now)
    fits: list[tuple[Worker, RankedVacancy]] = []
    for vacancy in vacancies:
        code = codes[vacancy.id]
        scored: dict[WorkerProfile, RankedVacancy | None] = {}
        for worker_id in index.candidates(vacancy):
            worker = workers[worker_id]
            prefs = worker.prefs
            if prefs.mode != "instant" or prefs.paused(now) or (code and code in prefs.muted_codes):
                continue
            profile = index.profiles[worker_id]
            if profile in scored:
                ranked = scored[profile]
            else:
                ranked = scored[profile] = score_vacancy(profile, vacancy, today)
            if ranked is not None and ranked.score >= prefs.min_score:
                fits.append((worker, ranked))
    return fits


def _alert_rows(
    fits: Sequence[tuple[Worker, RankedVacancy]], renderer: AlertRenderer, now: datetime
) -> list[dict[str, Any]]:
    """Outbox rows: one text per (language, score result), held until each worker's quiet hours end."""
    templates: dict[tuple[str, int], dict[str, Any]] = {}
    held: dict[tuple[int | None, int | None], datetime] = {}
    rows: list[dict[str, Any]] = []
    for worker, ranked in fits:
        lang, vacancy_id = worker.language, ranked.vacancy.id
        template = templates.get((lang, id(ranked)))
        if template is None:
            template = templates[(lang, id(ranked))] = outbox.row(
                key="", user_id=0, kind="alert", text=renderer.text(lang, ranked),
                reply_markup=renderer.markup(lang, vacancy_id), not_before=now,
            )
        quiet = (worker.prefs.quiet_start, worker.prefs.quiet_end)
        if quiet not in held:
            held[quiet] = quiet_until(now, *quiet) or now
        rows.append({**template, "key": f"alert:{worker.id}:{vacancy_id}", "user_id": worker.id,
                     "not_before": held[quiet]})
    return rows


# ---- daily digests ----------------------------------------------------------------------------------


async def send_digests(
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    settings: Settings,
    *,
    now: datetime | None = None,
) -> int:
    """Queue today's digest for each digest worker whose hour has come: the fitting vacancies matched
    since their last digest and before today's digest moment. Nothing new, no message."""
    now = now or utcnow()
    today = kz_today(now)
    async with sessionmaker() as session:
        due, last = await _digests_due(session, now, today)
        if not due:
            return 0
        workers = await load_workers(session, user_ids=sorted(due))
        windows = _digest_windows(workers, due, last)
        if not windows:
            return 0
        rows = (
            await session.execute(
                select(Vacancy).where(
                    _open_on(today),
                    Vacancy.matched_at > min(since for since, _ in windows.values()),
                    Vacancy.matched_at <= max(until for _, until in windows.values()),
                )
            )
        ).scalars().all()
        if not rows:
            return 0
        seen = await _already_seen(session, list(workers), [row.id for row in rows])
        found = _digest_fits(rows, workers, windows, seen, today)
        queued = _digest_rows(found, workers, i18n, settings.portal_url, now, today)
        added = await outbox.enqueue_many(session, queued)
        await session.commit()
    log.info("queued %d digests", added)
    return added


async def _digests_due(
    session: AsyncSession, now: datetime, today: date
) -> tuple[dict[int, datetime], dict[int, date]]:
    """The digest workers whose hour has come, with today's digest moment, and the day of each one's
    last digest; a worker paused, or already sent today's, is not due."""
    chosen = (
        await session.execute(
            select(AlertPrefs.user_id, AlertPrefs.digest_hour, AlertPrefs.paused_until)
            .join(User, User.id == AlertPrefs.user_id)
            .where(AlertPrefs.mode == "digest", User.is_active.is_(True))
        )
    ).all()
    due = {
        row.user_id: moment for row in chosen
        if (moment := digest_due(now, row.digest_hour)) is not None
        and not (row.paused_until is not None and row.paused_until > now)
    }
    if not due:
        return {}, {}
    last = await _last_digest_days(session, list(due))
    return {u: moment for u, moment in due.items() if last.get(u) != today}, last


def _digest_windows(
    workers: dict[int, Worker], due: dict[int, datetime], last: dict[int, date]
) -> dict[int, tuple[datetime, datetime]]:
    """Each worker's (since, until]: from their last digest's moment (a day back for a first digest, at
    most `DIGEST_LOOKBACK`) to today's. What came during a pause is not collected either."""
    windows = {}
    for user_id, worker in workers.items():
        hour = worker.prefs.digest_hour
        since = digest_moment(last[user_id], hour) if user_id in last else due[user_id] - timedelta(days=1)
        since = max(since, due[user_id] - DIGEST_LOOKBACK)
        if worker.prefs.paused_until is not None and worker.prefs.paused_until > since:
            since = worker.prefs.paused_until
        windows[user_id] = (since, due[user_id])
    return windows


def _digest_fits(
    rows: Sequence[Vacancy], workers: dict[int, Worker], windows: dict[int, tuple[datetime, datetime]],
    seen: set[tuple[int, int]], today: date,
) -> dict[int, list[RankedVacancy]]:
    """Per worker, the vacancies matched in their window that fit well enough, not muted, not seen."""
    index = matching.WorkerIndex((w.id, w.profile()) for w in workers.values())
    found: dict[int, list[RankedVacancy]] = defaultdict(list)
    for row in rows:
        vacancy = cards.vacancy_from_row(row)
        code = vacancy_code(vacancy.title, vacancy.isco_code)
        for worker_id in index.candidates(vacancy):
            since, until = windows[worker_id]
            prefs = workers[worker_id].prefs
            if not since < row.matched_at <= until:
                continue
            if (code and code in prefs.muted_codes) or (worker_id, vacancy.id) in seen:
                continue
            ranked = score_vacancy(index.profiles[worker_id], vacancy, today)
            if ranked is not None and ranked.score >= prefs.min_score:
                found[worker_id].append(ranked)
    return found


def _digest_rows(
    found: dict[int, list[RankedVacancy]], workers: dict[int, Worker], i18n: I18n, portal_url: str,
    now: datetime, today: date,
) -> list[dict[str, Any]]:
    """One outbox row per worker, best fit first; its key makes a second run the same day a no-op."""
    queued = []
    for worker_id, ranked in found.items():
        ranked.sort(key=lambda r: (-r.score, r.vacancy.id))
        text, markup = digest_message(i18n.translator(workers[worker_id].language), ranked, portal_url)
        queued.append(
            outbox.row(
                key=f"digest:{worker_id}:{today.isoformat()}", user_id=worker_id, kind="digest",
                text=text, reply_markup=markup, not_before=now,
            )
        )
    return queued


async def _last_digest_days(session: AsyncSession, user_ids: Sequence[int]) -> dict[int, date]:
    """The Kazakhstan day of each worker's latest digest, read from its outbox key."""
    last: dict[int, date] = {}
    for i in range(0, len(user_ids), ID_CHUNK):
        query = (
            select(OutboxMessage.user_id, func.max(OutboxMessage.key))
            .where(OutboxMessage.kind == "digest", OutboxMessage.user_id.in_(user_ids[i : i + ID_CHUNK]))
            .group_by(OutboxMessage.user_id)
        )
        for user_id, key in (await session.execute(query)).all():
            last[user_id] = date.fromisoformat(key.rsplit(":", 1)[1])
    return last


async def _already_seen(
    session: AsyncSession, user_ids: Sequence[int], vacancy_ids: Sequence[int]
) -> set[tuple[int, int]]:
    """(worker, vacancy) pairs a digest leaves out: alerted on their own, hidden, or applied to."""
    seen: set[tuple[int, int]] = set()
    for i in range(0, len(user_ids), ID_CHUNK):
        ids = user_ids[i : i + ID_CHUNK]
        keys = await session.execute(
            select(OutboxMessage.key).where(OutboxMessage.kind == "alert", OutboxMessage.user_id.in_(ids))
        )
        for (key,) in keys.all():
            _, user, vacancy = key.split(":")
            seen.add((int(user), int(vacancy)))
        for model in (HiddenVacancy, Application):
            pairs = await session.execute(
                select(model.user_id, model.vacancy_id).where(
                    model.user_id.in_(ids), model.vacancy_id.in_(vacancy_ids)
                )
            )
            seen.update((u, v) for u, v in pairs.all())
    return seen


def digest_message(t: Translator, ranked: Sequence[RankedVacancy], portal_url: str) -> tuple[str, dict[str, Any]]:
    """The digest text (numbered short cards) and a details button per card."""
    shown = list(ranked[:DIGEST_MAX_ITEMS])
    parts = [t("alerts-digest-title", count=len(ranked))]
    for number, item in enumerate(shown, start=1):
        parts.append(f"<b>{number}.</b> " + cards.short_card(t, item))
    if len(ranked) > len(shown):
        parts.append(t("alerts-digest-more", count=len(ranked) - len(shown)))
    parts.append(cards.fee_warning(t) + "\n" + cards.portal_line(t, portal_url))
    text = "\n\n".join(parts)
    if len(text) > 4096:  # long titles: fewer cards, the rest still counted
        return digest_message(t, ranked[: max(1, len(shown) - 2)], portal_url) if len(shown) > 1 else (
            text[:4095] + "…", {})
    rows = [
        [_button(t("alerts-digest-btn-details", number=number), VacancyCb(action="d", id=item.vacancy.id))
         for number, item in enumerate(shown[i : i + 4], start=i + 1)]
        for i in range(0, len(shown), 4)
    ]
    return text, {"inline_keyboard": rows}


# ---- closing at deadline ----------------------------------------------------------------------------


async def close_expired_vacancies(
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    settings: Settings,
    *,
    now: datetime | None = None,
) -> int:
    """Close open vacancies whose deadline (a Kazakhstan date) has passed, and tell each applicant still
    waiting for a decision, once. Returns how many vacancies were closed."""
    now = now or utcnow()
    today = kz_today(now)
    async with sessionmaker() as session:
        expired = (
            await session.execute(
                select(Vacancy).where(Vacancy.status == "open", Vacancy.deadline < today).order_by(Vacancy.id)
            )
        ).scalars().all()
        if not expired:
            return 0
        by_id = {v.id: v for v in expired}
        waiting = (
            await session.execute(
                select(Application.id, Application.user_id, Application.vacancy_id, User.language)
                .join(User, User.id == Application.user_id)
                .where(
                    Application.vacancy_id.in_(list(by_id)), Application.status.in_(UNDECIDED),
                    User.is_active.is_(True),
                )
            )
        ).all()
        queued = []
        for app_id, user_id, vacancy_id, language in waiting:
            vacancy = by_id[vacancy_id]
            t = i18n.translator(language)
            text = t(
                "alerts-closed-notice", title=vacancy.title, employer=vacancy.employer,
                deadline=vacancy.deadline.strftime("%d.%m.%Y") if vacancy.deadline else "",
            )
            queued.append(outbox.row(key=f"closed:{app_id}", user_id=user_id, kind="notice", text=text, not_before=now))
        for vacancy in expired:
            vacancy.status, vacancy.closed_at = "closed", now
        await outbox.enqueue_many(session, queued)
        await session.commit()
    log.info("closed %d vacancies past their deadline, told %d applicants", len(expired), len(waiting))
    return len(expired)
