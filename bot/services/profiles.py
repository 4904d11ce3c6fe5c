"""Registration and profile changes. One method a step; the caller's unit of work commits."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.choices import MAX_OCCUPATIONS
from bot.services import reminders
from db.models import Certificate, Profile, ProfileOccupation, User, utcnow
from db.repositories.users import UserRepository
from matching.models import ProfileOccupation as MatchOccupation
from matching.models import WorkerProfile

MAX_CERTIFICATES = 20
PROFILE_FIELDS = ("full_name", "phone", "region", "languages", "qualifications", "min_salary")


# Read on every /start and wizard answer: built once (see `db.repositories.updates`).
_OWN_FIELDS = select(Profile).where(Profile.user_id == bindparam("user_id"))


class ProfileService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = UserRepository(session)

    async def register(self, user_id: int, language: str, *, officer: bool) -> User:
        """Create the user at the moment of consent, or reactivate one who came back."""
        user = await self.users.get(user_id)
        if user is None:
            return await self.users.create(user_id, language, "officer" if officer else "worker")
        user.language, user.is_active, user.consent_at = language, True, utcnow()
        return user

    async def profile(self, user_id: int) -> Profile:
        profile = await self.users.profile(user_id)
        if profile is None:  # a user row always has a profile, but an old database might not
            profile = Profile(user_id=user_id, languages=[])
            self.session.add(profile)
            await self.session.flush()
            profile = await self.users.profile(user_id)
        assert profile is not None
        return profile

    async def own_fields(self, user_id: int) -> Profile:
        """The profile's own columns only: one query, where its occupations and certificates are not read
        (an answer to one wizard step, /start checking the profile is finished)."""
        profile = (await self.session.execute(_OWN_FIELDS, {"user_id": user_id})).scalar_one_or_none()
        if profile is None:
            profile = await self.profile(user_id)
        return profile

    async def update(self, user_id: int, **fields: object) -> Profile:
        unknown = set(fields) - set(PROFILE_FIELDS)
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        profile = await self.own_fields(user_id)
        for name, value in fields.items():
            setattr(profile, name, value)
        return profile

    async def set_occupation(
        self, user_id: int, position: int, raw_text: str, code: str | None
    ) -> ProfileOccupation:
        """Put an occupation at position 1..3, replacing what was there (its years are asked next)."""
        if not 1 <= position <= MAX_OCCUPATIONS:
            raise ValueError(f"position must be 1..{MAX_OCCUPATIONS}")
        await self.profile(user_id)
        occupation = await self._occupation(user_id, position)
        if occupation is None:
            occupation = ProfileOccupation(user_id=user_id, position=position)
            self.session.add(occupation)
        occupation.raw_text, occupation.isco_code, occupation.years = raw_text, code, None
        await self.session.flush()
        return occupation

    async def set_years(self, user_id: int, position: int, years: int) -> None:
        occupation = await self._occupation(user_id, position)
        if occupation is not None:
            occupation.years = years

    async def drop_occupations_after(self, user_id: int, position: int) -> None:
        """Editing occupations starts over from the first; the old extra ones go."""
        profile = await self.profile(user_id)
        for occupation in list(profile.occupations):
            if occupation.position > position:
                await self.session.delete(occupation)

    async def remove_occupation(self, user_id: int, position: int) -> bool:
        """Remove one occupation; those after it move up, so positions stay 1, 2, … without a gap.
        The last one is never removed (matching needs one); False when nothing was removed."""
        occupations = sorted((await self.profile(user_id)).occupations, key=lambda o: o.position)
        if len(occupations) < 2 or not 1 <= position <= len(occupations):
            return False
        for here, after in zip(occupations[position - 1 :], occupations[position:]):
            here.raw_text, here.isco_code, here.years = after.raw_text, after.isco_code, after.years
        await self.session.delete(occupations[-1])
        await self.session.flush()
        return True

    async def add_certificate(
        self, user_id: int, kind: str, file_id: str, file_unique_id: str, file_name: str | None
    ) -> bool:
        """Keep a certificate's file id; False when the same file was sent already or too many were."""
        profile = await self.profile(user_id)
        if len(profile.certificates) >= MAX_CERTIFICATES:
            return False
        if any(c.file_unique_id == file_unique_id for c in profile.certificates):
            return False
        self.session.add(
            Certificate(
                user_id=user_id, kind=kind, file_id=file_id,
                file_unique_id=file_unique_id, file_name=file_name,
            )
        )
        await self.session.flush()
        return True

    async def complete(self, user_id: int) -> Profile:
        profile = await self.profile(user_id)
        if profile.completed_at is None:
            profile.completed_at = utcnow()
            await reminders.withdraw(self.session, user_id)
        return profile

    async def erase(self, user_id: int) -> bool:
        return await self.users.delete(user_id)

    async def _occupation(self, user_id: int, position: int) -> ProfileOccupation | None:
        query = select(ProfileOccupation).where(
            ProfileOccupation.user_id == user_id, ProfileOccupation.position == position
        )
        return (await self.session.execute(query)).scalar_one_or_none()


async def worker_profile(session: AsyncSession, user_id: int) -> WorkerProfile:
    """The worker's profile as the matching engine reads it (empty when there is no profile row)."""
    profile = await UserRepository(session).profile_for_matching(user_id)
    return to_worker_profile(profile) if profile is not None else WorkerProfile(occupations=())


def to_worker_profile(profile: Profile) -> WorkerProfile:
    """The plain profile the matching engine reads."""
    return WorkerProfile(
        occupations=tuple(
            MatchOccupation(code=o.isco_code, raw_text=o.raw_text, years=o.years)
            for o in profile.occupations
        ),
        languages=frozenset(code for code in profile.languages or () if code != "other"),
        min_salary=Decimal(profile.min_salary) if profile.min_salary is not None else None,
        region=profile.region,
    )
