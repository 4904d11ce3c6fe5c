"""Users and their profiles."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, raiseload, selectinload

from db.models import (
    AlertPrefs, Application, ApplicationEvent, Certificate, HiddenVacancy, Officer, OutboxMessage, Profile,
    ProfileOccupation, User, utcnow,
)


# Asked on every update: built once (see `db.repositories.updates`).
_WITH_OFFICER_ROW = (
    select(User, Officer.user_id).outerjoin(Officer, Officer.user_id == User.id).where(User.id == bindparam("user_id"))
)


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def get_with_officer_row(self, user_id: int) -> tuple[User | None, bool]:
        """The user, and whether the officers table lists them, in one query for a registered user
        (asked on every update); a second query only for someone not registered."""
        row = (await self.session.execute(_WITH_OFFICER_ROW, {"user_id": user_id})).first()
        if row is not None:
            return row[0], row[1] is not None
        return None, await self.session.get(Officer, user_id) is not None

    async def create(self, user_id: int, language: str, role: str = "worker") -> User:
        user = User(id=user_id, language=language, role=role, is_active=True, consent_at=utcnow())
        self.session.add(user)
        self.session.add(Profile(user_id=user_id, languages=[]))
        await self.session.flush()
        return user

    async def delete(self, user_id: int) -> bool:
        """Remove the user and everything that belongs to them.

        Explicit deletes, child tables first, rather than trusting ON DELETE CASCADE: a SQLite database
        opened without `PRAGMA foreign_keys` would silently keep the orphans. The outbox refers to no
        table: without its delete, the messages queued for them would still be sent, and the sent ones
        would keep their words and chat id.
        """
        applications = select(Application.id).where(Application.user_id == user_id).scalar_subquery()
        await self.session.execute(delete(ApplicationEvent).where(ApplicationEvent.application_id.in_(applications)))
        for table in (Application, HiddenVacancy, AlertPrefs, OutboxMessage, Certificate, ProfileOccupation, Profile):
            await self.session.execute(delete(table).where(table.user_id == user_id))
        result = await self.session.execute(delete(User).where(User.id == user_id))
        return bool(result.rowcount)

    async def profile(self, user_id: int) -> Profile | None:
        """The profile with its occupations and certificates loaded (async code cannot lazy-load)."""
        query = (
            select(Profile)
            .where(Profile.user_id == user_id)
            .options(joinedload(Profile.occupations), selectinload(Profile.certificates))
            .execution_options(populate_existing=True)
        )
        return (await self.session.execute(query)).unique().scalar_one_or_none()

    async def profile_for_matching(self, user_id: int) -> Profile | None:
        """The profile with its occupations only, in one query (a profile has at most three, joined):
        ranking never reads certificates (touching them raises)."""
        query = (
            select(Profile)
            .where(Profile.user_id == user_id)
            .options(joinedload(Profile.occupations), raiseload(Profile.certificates))
        )
        return (await self.session.execute(query)).unique().scalar_one_or_none()
