"""A worker's applications: applying once per vacancy, and the list of what they applied to.

The first step of every application's timeline is written here (status `applied`, said by the worker);
later steps come from officers through the status service. The caller's unit of work commits.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.vacancies import is_available
from db.models import Application, ApplicationEvent, Profile, Vacancy, utcnow
from db.upserts import PerDatabase

APPLIED = "applied"

# Built once: a worker's tap on "apply" runs both, and building a statement costs about as much CPU as
# running it.
_EXISTING = select(Application.id).where(
    Application.user_id == bindparam("user_id"), Application.vacancy_id == bindparam("vacancy_id")
)
_table = Application.__table__
_INSERT = PerDatabase(
    lambda insert: insert(_table)
    .values(
        user_id=bindparam("user_id"), vacancy_id=bindparam("vacancy_id"), status=APPLIED,
        created_at=bindparam("now"), updated_at=bindparam("now"),
    )
    .on_conflict_do_nothing(index_elements=["user_id", "vacancy_id"])  # a tap on another replica won
    .returning(_table.c.id)
)


class ApplyResult(str, Enum):
    CREATED = "created"
    ALREADY = "already"  # the worker applied to this vacancy before
    CLOSED = "closed"  # closed, or past its deadline
    NOT_FOUND = "not_found"
    PROFILE_INCOMPLETE = "profile_incomplete"


async def apply(session: AsyncSession, user_id: int, vacancy_id: int) -> ApplyResult:
    """Apply once. An earlier application wins over a vacancy closed since (the worker learns nothing new)."""
    vacancy = await session.get(Vacancy, vacancy_id)
    if vacancy is None:
        return ApplyResult.NOT_FOUND
    ids = {"user_id": user_id, "vacancy_id": vacancy_id}
    existing = await session.scalar(_EXISTING, ids)
    if existing is not None:
        return ApplyResult.ALREADY
    if not is_available(vacancy):
        return ApplyResult.CLOSED
    profile = await session.get(Profile, user_id)
    if profile is None or profile.completed_at is None:
        return ApplyResult.PROFILE_INCOMPLETE
    now = utcnow()
    application_id = await session.scalar(_INSERT.of(session), {**ids, "now": now})
    if application_id is None:
        return ApplyResult.ALREADY
    session.add(
        ApplicationEvent(
            application_id=application_id, status=APPLIED, source="worker", actor_id=user_id,
            occurred_at=now, created_at=now,
        )
    )
    await session.flush()
    return ApplyResult.CREATED


async def applications_of(session: AsyncSession, user_id: int) -> list[tuple[Application, Vacancy]]:
    """The worker's applications with their vacancies, newest first."""
    query = (
        select(Application, Vacancy)
        .join(Vacancy, Vacancy.id == Application.vacancy_id)
        .where(Application.user_id == user_id)
        .order_by(Application.created_at.desc(), Application.id.desc())
    )
    return [(application, vacancy) for application, vacancy in (await session.execute(query)).all()]
