"""An application's way through the agreement's process, and the notice a worker gets at each step.

The rules live in one table (`ENTRY_RULES`) plus the order of the forward steps, so a reader can check
them against the agreement at a glance:

- the forward steps go in `FORWARD` order and may skip steps (an employer may decide without an
  interview), but never go back;
- `rejected` and `withdrawn` are possible from any step before departure: once a worker has left, the
  application is a contract being lived, and it can only end early;
- `terminated_early` only from `departed` or `employed`;
- `employed` only from `departed` (nobody starts work in Qatar without travelling there);
- `rejected`, `withdrawn` and `terminated_early` are final: nothing leaves them.

Services never commit: the caller's unit of work does. Every accepted change writes one event on the
timeline and queues one notice through the outbox, keyed by the event, so it can never be sent twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import number, provided_list
from bot.i18n import Html, I18n, Translator
from bot.services import outbox
from bot.status_rows import (
    FINAL_STATUSES,
    FORWARD_STATUSES,
    KAZAKHSTAN_TZ,
    STATUS_CODES,
    loose_key,
    status_key,
)
from db.models import (
    Application,
    ApplicationEvent,
    Profile,
    User,
    Vacancy,
    utcnow,
)
from handlers.callbacks import ApplicationCb

log = logging.getLogger(__name__)

FORWARD: tuple[str, ...] = FORWARD_STATUSES
FINAL: frozenset[str] = frozenset(FINAL_STATUSES)
PRE_DEPARTURE: frozenset[str] = frozenset(FORWARD[: FORWARD.index("departed")])
ABROAD: frozenset[str] = frozenset({"departed", "employed"})

# Statuses that may only be entered from some statuses, with the reason given otherwise.
ENTRY_RULES: dict[str, tuple[frozenset[str], str]] = {
    "employed": (frozenset({"departed"}), "not_departed"),
    "rejected": (PRE_DEPARTURE, "after_departure"),
    "withdrawn": (PRE_DEPARTURE, "after_departure"),
    "terminated_early": (ABROAD, "not_departed"),
}

# Refusal reason codes (texts: `status-refused` in status.ftl).
UNKNOWN_STATUS = "unknown_status"
SAME_STATUS = "same_status"
CLOSED = "closed"
BACKWARD = "backward"
REASONS: tuple[str, ...] = (UNKNOWN_STATUS, SAME_STATUS, CLOSED, BACKWARD, "not_departed", "after_departure")

# Notices that point the worker to /rights: the moments their contract's guarantees matter most.
RIGHTS_LINKED: frozenset[str] = frozenset({"contract_signed", "departed", "terminated_early"})
NOTE_LIMIT = 1000

OK, REFUSED, NOT_FOUND = "ok", "refused", "not_found"


def check_transition(current: str, new: str) -> str | None:
    """Why `current` → `new` is refused (a reason code), or None when it is allowed."""
    if current not in STATUS_CODES or new not in STATUS_CODES:
        return UNKNOWN_STATUS
    if new == current:
        return SAME_STATUS
    if current in FINAL:
        return CLOSED
    rule = ENTRY_RULES.get(new)
    if rule is not None:
        allowed_from, reason = rule
        return None if current in allowed_from else reason
    if FORWARD.index(new) < FORWARD.index(current):
        return BACKWARD
    return None


def allowed_next(current: str) -> list[str]:
    """The statuses an application may move to now, in the order of the process."""
    return [code for code in STATUS_CODES if check_transition(current, code) is None]


def can_withdraw(status: str) -> bool:
    return check_transition(status, "withdrawn") is None


@dataclass(frozen=True)
class ChangeResult:
    outcome: str  # ok | refused | not_found
    reason: str | None = None  # a refusal reason code
    application_id: int | None = None
    previous: str | None = None
    status: str | None = None
    event_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome == OK


@dataclass(frozen=True)
class Change:
    """One status change asked for: what `change_status` takes, for `change_statuses`."""

    application_id: int
    new_status: str
    note: str = ""
    occurred_at: datetime | None = None


async def change_status(
    session: AsyncSession,
    application_id: int,
    new_status: str,
    *,
    note: str = "",
    actor_id: int | None,
    source: str,
    occurred_at: datetime | None = None,
    i18n: I18n,
) -> ChangeResult:
    """Move one application on, write the event and queue the worker's notice.

    A worker who withdraws in chat sees the result at once, so no notice is queued for a change the
    worker made themselves.
    """
    change = Change(application_id, new_status, note, occurred_at)
    [result] = await change_statuses(session, [change], actor_id=actor_id, source=source, i18n=i18n)
    return result


@dataclass(frozen=True)
class HeldNotice:
    """The notice an application moved is due, held until its update is done: the application, its latest event,
    and the steps it passed on the way there (oldest first), named in the one notice the worker gets."""

    application: Application
    event: ApplicationEvent
    passed: tuple[str, ...] = ()

    def then(self, event: ApplicationEvent) -> HeldNotice:
        """The notice after a further step: `event` the latest, this one's step among those passed."""
        return HeldNotice(self.application, event, (*self.passed, self.event.status))


async def change_statuses(
    session: AsyncSession, changes: Sequence[Change], *, actor_id: int | None, source: str, i18n: I18n,
    held: dict[int, HeldNotice] | None = None,
) -> list[ChangeResult]:
    """`change_status` for many changes in their order (one application may move several steps), with
    the applications, their workers and vacancies read in one query each and the events and notices
    written together: a status file of 10,000 rows made five statements a row one by one. Each application
    moved gets one notice, of its latest step; with `held` (a file applied in batches) the notices are gathered
    there across the batches, for the caller to send with `queue_held_notices` once the file is done."""
    for change in changes:
        if change.occurred_at is not None and change.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
    ids = {change.application_id for change in changes}
    query = select(Application).where(Application.id.in_(ids)).with_for_update()
    applications = {a.id: a for a in (await session.execute(query)).scalars()}
    outcomes: list[tuple[ChangeResult, ApplicationEvent | None]] = []
    to_notify: dict[int, HeldNotice] = held if held is not None else {}
    for change in changes:
        application = applications.get(change.application_id)
        if application is None:
            outcomes.append((ChangeResult(NOT_FOUND, application_id=change.application_id), None))
            continue
        result, event = _apply(application, change, actor_id, source)
        outcomes.append((result, event))
        if event is not None:
            session.add(event)
            if actor_id != application.user_id:
                earlier = to_notify.pop(application.id, None)  # re-added last, as the latest moved
                to_notify[application.id] = earlier.then(event) if earlier else HeldNotice(application, event)
    await session.flush()  # the events get their ids, which key their notices
    if held is None:
        await queue_held_notices(session, to_notify, i18n)
    return [replace(result, event_id=event.id) if event is not None else result for result, event in outcomes]


async def preview_changes(
    session: AsyncSession, changes: Sequence[Change], reached: dict[int, str]
) -> list[ChangeResult]:
    """What `change_statuses` would answer for these changes, in their order, changing nothing: an
    officer sees what a status file would do before any worker is told or any step is taken for good.

    `reached` holds the status each application got from earlier changes of the same preview (a file
    is previewed in chunks, as it is applied) and is updated with these."""
    ids = {change.application_id for change in changes} - reached.keys()
    query = select(Application.id, Application.status).where(Application.id.in_(ids))
    current: dict[int, str] = {id_: status for id_, status in await session.execute(query)} if ids else {}
    current.update(reached)
    results = []
    for change in changes:
        previous = current.get(change.application_id)
        if previous is None:
            results.append(ChangeResult(NOT_FOUND, application_id=change.application_id))
            continue
        result = _judge(change.application_id, previous, change.new_status)
        if result.ok:
            current[change.application_id] = reached[change.application_id] = change.new_status
        results.append(result)
    return results


def _judge(application_id: int, previous: str, new_status: str) -> ChangeResult:
    """The one rule for a step, shared by applying a change and by previewing it."""
    reason = check_transition(previous, new_status)
    if reason is not None:
        return ChangeResult(REFUSED, reason, application_id, previous, previous)
    return ChangeResult(OK, None, application_id, previous, new_status)


def _apply(
    application: Application, change: Change, actor_id: int | None, source: str
) -> tuple[ChangeResult, ApplicationEvent | None]:
    """Check the step and, when allowed, move the application and make its event (for the caller to add)."""
    previous = application.status
    result = _judge(application.id, previous, change.new_status)
    if not result.ok:
        return result, None
    event = ApplicationEvent(
        application_id=application.id,
        status=change.new_status,
        note=change.note.strip()[:NOTE_LIMIT],
        actor_id=actor_id,
        source=source,
        occurred_at=change.occurred_at or utcnow(),
    )
    application.status = change.new_status
    application.updated_at = utcnow()
    log.info("application %s: %s -> %s (source %s)", application.id, previous, change.new_status, source)
    return result, event


async def withdraw(session: AsyncSession, user_id: int, application_id: int, i18n: I18n) -> ChangeResult:
    """The worker's own withdrawal; another worker's application is simply "not found"."""
    application = await session.get(Application, application_id)
    if application is None or application.user_id != user_id:
        return ChangeResult(NOT_FOUND, application_id=application_id)
    return await change_status(
        session, application_id, "withdrawn", actor_id=user_id, source="worker", i18n=i18n
    )


# --- reading ---------------------------------------------------------------------------------------


async def workers_with_phone(session: AsyncSession, phone: str) -> list[int]:
    """The workers whose profile has this number (E.164): usually one; a recycled number may show two."""
    query = select(Profile.user_id).where(Profile.phone == phone).order_by(Profile.user_id)
    return list((await session.execute(query)).scalars())


async def worker_applications(
    session: AsyncSession, user_id: int
) -> list[tuple[Application, Vacancy, datetime]]:
    """A worker's applications, newest first, each with its vacancy and when its current step began."""
    since = (
        select(func.max(ApplicationEvent.occurred_at))
        .where(ApplicationEvent.application_id == Application.id, ApplicationEvent.status == Application.status)
        .correlate(Application)
        .scalar_subquery()
    )
    query = (
        select(Application, Vacancy, since)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(Application.user_id == user_id)
        .order_by(Application.created_at.desc(), Application.id.desc())
    )
    return [(a, v, _aware(moment) or a.updated_at) for a, v, moment in (await session.execute(query)).all()]


async def vacancy_applications(
    session: AsyncSession, vacancy_id: int, limit: int
) -> tuple[list[tuple[Application, str | None]], Counter[str]]:
    """A vacancy's first `limit` applications, the furthest along first and the closed ones last (then
    the oldest), each with the worker's name, and how many stand at each step: what an officer working
    through one employer's vacancy needs to see. A popular vacancy may have thousands: they are counted
    in the database, not loaded."""
    step = case({code: position for position, code in enumerate(FORWARD_STATUSES)}, value=Application.status, else_=-1)
    query = (
        select(Application, Profile.full_name)
        .outerjoin(Profile, Profile.user_id == Application.user_id)
        .where(Application.vacancy_id == vacancy_id)
        .order_by(step.desc(), Application.created_at, Application.id)
        .limit(limit)
    )
    rows = [(application, name) for application, name in (await session.execute(query)).all()]
    counted = select(Application.status, func.count()).where(Application.vacancy_id == vacancy_id)
    counts = Counter(dict((await session.execute(counted.group_by(Application.status))).all()))
    return rows, counts


def _aware(moment: datetime | str | None) -> datetime | None:
    """SQLite hands an aggregate back without the column's type: put the UTC zone back on."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


async def owned_application(
    session: AsyncSession, user_id: int, application_id: int
) -> tuple[Application, Vacancy] | None:
    """The application with its vacancy, only if it belongs to `user_id`."""
    query = (
        select(Application, Vacancy)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(Application.id == application_id, Application.user_id == user_id)
    )
    row = (await session.execute(query)).first()
    return (row[0], row[1]) if row is not None else None


async def application_with_vacancy(
    session: AsyncSession, application_id: int
) -> tuple[Application, Vacancy] | None:
    query = (
        select(Application, Vacancy)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(Application.id == application_id)
    )
    row = (await session.execute(query)).first()
    return (row[0], row[1]) if row is not None else None


async def events_of(session: AsyncSession, application_id: int) -> list[ApplicationEvent]:
    query = (
        select(ApplicationEvent)
        .where(ApplicationEvent.application_id == application_id)
        .order_by(ApplicationEvent.occurred_at, ApplicationEvent.id)
    )
    return list((await session.execute(query)).scalars())


# --- texts -----------------------------------------------------------------------------------------


def local_time(moment: datetime) -> str:
    """A moment as a worker at home reads it: Kazakhstan time, day first."""
    return moment.astimezone(KAZAKHSTAN_TZ).strftime("%d.%m.%Y %H:%M")


def status_name(t: Translator, code: str) -> str:
    return t(f"status-name-{code}")


# Names a file may still use although the bot no longer shows them (a spreadsheet kept from an earlier
# release), and the words officers use for a step in their own records; none of them fits another step
# ("hired" or «трудоустроен» could mean the offer, the contract or work begun, so they are not here).
OTHER_STATUS_NAMES: dict[str, tuple[str, ...]] = {
    "qualification_check": ("Проверка документов", "Документы на проверке", "Документы проверяются",
                            "На проверке в министерстве", "Құжаттар тексерілуде", "Құжаттары тексерілуде",
                            "Біліктілігі тексерілуде", "Біліктілік тексерілуде", "Document check",
                            "Documents check", "Document verification", "Documents under verification"),
    "employer_review": ("Передан работодателю", "Передано работодателю", "Передана работодателю",
                        "Отправлено работодателю", "Отправлена работодателю", "На рассмотрении у работодателя",
                        "На рассмотрении работодателя", "Рассматривается работодателем",
                        "Жұмыс берушіге жіберілді", "Жұмыс берушіге жолданды", "Жұмыс берушінің қарауында",
                        "Under review by employer", "Under employer review", "Sent to employer",
                        "Forwarded to employer", "CV sent to employer"),
    "interview": ("Назначено собеседование", "Приглашён на собеседование", "Приглашена на собеседование",
                  "Собес", "Сұхбатқа шақырылды", "Сұхбаттан өтті", "Interview scheduled", "Interviewed",
                  "Interview done"),
    "offer": ("Оффер", "Офер", "Оффер отправлен", "Ұсыныс жіберілді", "Offer letter", "Offer letter issued",
              "Offer sent", "Job offer issued"),
    "contract_signed": ("Подписал договор", "Подписала договор", "Подписан договор", "Подписан трудовой договор",
                        "Трудовой договор подписан", "Контракт подписан", "Подписан контракт",
                        "Подписал контракт", "Подписала контракт", "Келісімшартқа қол қойды",
                        "Келісімшарт жасалды", "Келісімшартқа отырды", "Contract signed by worker"),
    "visa_issued": ("Виза готова", "Виза получена", "Получил визу", "Получила визу", "Визасы дайын",
                    "Виза дайын", "Визасы берілді", "Визасы шықты", "Виза шықты", "Visa ready", "Visa stamped",
                    "Visa received", "Visa approved"),
    "departed": ("Катарға жолға шықтыңыз", "Выехал в Катар", "Выехала в Катар", "Вылетел", "Вылетела",
                 "Выехал", "Выехала", "Улетел", "Улетела", "Прибыл в Катар", "Прибыла в Катар",
                 "Прибыл в Доху", "Прибыла в Доху", "Ұшып кетті", "Катарға ұшып кетті", "Катарға келді",
                 "Flew out", "Deployed", "Arrived in Doha", "Arrived Doha", "Arrived in Qatar", "Arrived Qatar",
                 "Left for Qatar",
                 # an airline's word for a coupon used on the flight, in a group booking's report
                 "Flown", "Boarded"),
    "employed": ("Приступил к работе", "Приступила к работе", "Вышел на работу", "Вышла на работу",
                 "Жұмысқа кірісті", "Жұмысқа шықты", "Жұмыс істеп жатыр", "Joined work", "Started work",
                 "Started working", "Joined", "Joined the company", "Joined the employer"),
    "rejected": ("Отказ", "Отказано", "Отказ работодателя", "Отказано работодателем", "Отклонён", "Отклонена",
                 "Не подходит", "Refused", "Бас тартылды", "Қабылданбады", "Жұмыс беруші бас тартты",
                 "Жұмыс берушіден бас тарту", "Жарамсыз", "Медициналық жарамсыз", "Medical unfit", "Unfit",
                 "Medically unfit", "Rejected by employer", "Not shortlisted"),
    "withdrawn": ("Кері қайтарылды", "Отозвал заявку", "Отозвала заявку", "Отказ кандидата", "Отказ работника",
                  "Отказ соискателя", "Отказался", "Отказалась", "Кандидат отказался", "Сам отказался",
                  "Сама отказалась", "Өзі бас тартты", "Өз еркімен бас тартты", "Өтінімді кері алды",
                  "Candidate withdrew", "Withdrew", "Declined by candidate", "Candidate declined"),
    "terminated_early": ("Досрочно расторгнут", "Расторгнут досрочно", "Договор расторгнут", "Вернулся досрочно",
                         "Вернулась досрочно", "Келісімшарт бұзылды", "Мерзімінен бұрын қайтты", "Terminated",
                         "Contract terminated", "Repatriated early"),
}


def status_names(i18n: I18n) -> dict[str, str]:
    """What an officer's file may say instead of a status code: the step's name as the bot shows it in
    any of its languages ("Виза выдана", "Visa issued") or once showed it, an officer's word for it
    («Отказ», «Вылетел»), or a first word of four letters or more that only one step's code or shown name
    starts with ("visa", «собеседование»), each by `status_key`; and each of them by `loose_key` too, as
    Kazakh is typed without its letters («Ushyp ketti», «Сухбат»)."""
    found: dict[str, set[str]] = {}
    for code in STATUS_CODES:
        shown = (status_name(t, code) for t in i18n.all.values())
        for name in (code, *shown):
            key = status_key(name)
            found.setdefault(key, set()).add(code)
            first = key.split()[0]
            if len(first) >= 4:
                found.setdefault(first, set()).add(code)
        # Officers' phrases count whole: «Визасы дайын» must not make «визасы» (and so «визажист») a step.
        for name in OTHER_STATUS_NAMES.get(code, ()):
            found.setdefault(status_key(name), set()).add(code)
    for key, codes in list(found.items()):
        found.setdefault(loose_key(key), set()).update(codes)
    return {key: codes.pop() for key, codes in found.items() if len(codes) == 1}


def notice_text(t: Translator, application: Application, vacancy: Vacancy, event: ApplicationEvent,
                passed: Sequence[str] = ()) -> str:
    """What the new step means and what to do next, in the worker's language; `passed` are the steps the
    application went through on the way to it in the same update, named so the worker knows they happened
    (and, where the contract was signed on the way, its terms, which the worker was not told of otherwise)."""
    parts = [
        t(
            "status-notice",
            title=vacancy.title,
            employer=vacancy.employer,
            status=status_name(t, event.status),
            date=local_time(event.occurred_at),
        ),
    ]
    steps = [status_name(t, step) for step in dict.fromkeys(passed) if step != event.status]
    if steps:
        parts.append(t("status-notice-passed", steps=", ".join(steps)))
    parts.append(t(f"status-next-{event.status}"))
    if event.status == "contract_signed" or (
            "contract_signed" in passed and event.status in ("visa_issued", "departed", "employed")):
        parts.append(t("status-contract-terms", terms=Html("\n".join(contract_terms(t, vacancy)))))
    if event.status == "contract_signed":
        parts.append(t("status-checklist"))
    if event.note:
        parts.append(t("status-notice-note", note=event.note))
    if event.status in RIGHTS_LINKED:
        parts.append(t("status-rights-link"))
    return "\n\n".join(parts)


def contract_terms(t: Translator, vacancy: Vacancy) -> list[str]:
    """The key terms of the vacancy the contract was signed for; unknown terms are left out."""
    currency = vacancy.currency
    lines: list[str] = []
    if vacancy.salary_min is not None or vacancy.salary_max is not None:
        low = vacancy.salary_min if vacancy.salary_min is not None else vacancy.salary_max
        high = vacancy.salary_max if vacancy.salary_max is not None else low
        amount = number(low, t.lang) if low == high else f"{number(low, t.lang)}–{number(high, t.lang)}"
        lines.append(t("term-salary", amount=amount, currency=currency))
    for name in ("housing", "food", "transport"):
        value = getattr(vacancy, f"{name}_allowance")
        if value:
            lines.append(t(f"term-allowance-{name}", amount=number(value, t.lang), currency=currency))
    if vacancy.hours_per_week:
        lines.append(t("term-hours", hours=vacancy.hours_per_week))
    if vacancy.annual_leave_days:
        lines.append(t("term-leave", days=vacancy.annual_leave_days))
    if vacancy.contract_months:
        lines.append(t("term-months", months=vacancy.contract_months))
    provided = provided_list(t, vacancy)
    if provided:
        lines.append(t("term-provided", items=Html(provided)))
    return lines or [t("term-none")]


async def queue_held_notices(session: AsyncSession, held: dict[int, HeldNotice], i18n: I18n) -> None:
    """One notice per application moved, in the worker's language, keyed by its latest event (never queued
    twice). A worker taken through several steps at once (a register with a row per step) is told once, of
    where the application now stands, with the steps passed on the way named in it: three messages in a
    minute, the first two already out of date, would only confuse."""
    changed = list(held.values())
    if not changed:
        return
    user_ids = {notice.application.user_id for notice in changed}
    vacancy_ids = {notice.application.vacancy_id for notice in changed}
    users = {u.id: u for u in (await session.execute(select(User).where(User.id.in_(user_ids)))).scalars()}
    vacancies = {
        v.id: v for v in (await session.execute(select(Vacancy).where(Vacancy.id.in_(vacancy_ids)))).scalars()
    }
    rows = []
    for notice in changed:
        application, event = notice.application, notice.event
        user, vacancy = users.get(application.user_id), vacancies.get(application.vacancy_id)
        if user is None or vacancy is None:
            continue
        t = i18n.translator(user.language)
        button = {"text": t("btn-status-timeline"), "callback_data": ApplicationCb(action="h", id=application.id).pack()}
        rows.append(outbox.row(
            key=f"status:{application.id}:{event.id}",
            user_id=user.id,
            kind="status",
            text=notice_text(t, application, vacancy, event, notice.passed),
            reply_markup={"inline_keyboard": [[button]]},
        ))
    await outbox.enqueue_many(session, rows)
