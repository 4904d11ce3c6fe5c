"""Tables of the bot. Column types are chosen to mean the same on SQLite and PostgreSQL.

Telegram ids exceed 32 bits, so they are BigInteger everywhere. Times are stored as timezone-aware UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints make Alembic migrations identical on SQLite (batch mode) and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on both engines: SQLite keeps no zone, so one is put back on read."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware one")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """Anyone who agreed to the processing of their data. No row exists before consent."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(2), default="ru")
    role: Mapped[str] = mapped_column(String(16), default="worker")  # worker | officer
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)  # False once the bot is blocked
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow
    )

    profile: Mapped[Profile | None] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class Profile(Base):
    """A worker's profile. Every field may be empty while the wizard is under way."""

    __tablename__ = "profiles"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    full_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)  # an officer finds a worker by it
    region: Mapped[str | None] = mapped_column(String(32), index=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    qualifications: Mapped[str | None] = mapped_column(Text)
    min_salary: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow
    )

    user: Mapped[User] = relationship(back_populates="profile")
    occupations: Mapped[list[ProfileOccupation]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProfileOccupation.position",
    )
    certificates: Mapped[list[Certificate]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Certificate.id"
    )


class ProfileOccupation(Base):
    """One of up to three occupations a worker holds, each with its own experience."""

    __tablename__ = "profile_occupations"
    __table_args__ = (UniqueConstraint("user_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("profiles.user_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1..3, the order the worker gave them
    raw_text: Mapped[str] = mapped_column(String(200))
    isco_code: Mapped[str | None] = mapped_column(String(4), index=True)
    years: Mapped[int | None] = mapped_column(Integer)


class Certificate(Base):
    """A certificate a worker sent as a photo or file; kept as Telegram file ids for officers."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("profiles.user_id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # photo | document
    file_id: Mapped[str] = mapped_column(String(256))
    file_unique_id: Mapped[str] = mapped_column(String(128))
    file_name: Mapped[str | None] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class FsmRecord(Base):
    """The state of one conversation, so a worker mid-wizard carries on after a restart."""

    __tablename__ = "fsm_records"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    state: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utcnow, onupdate=utcnow
    )


class Vacancy(Base):
    """A Qatari (or other corridor's) vacancy as published on the portal; upserted by `external_id`."""

    __tablename__ = "vacancies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    employer: Mapped[str] = mapped_column(String(200))
    isco_code: Mapped[str | None] = mapped_column(String(4), index=True)
    isco_from_file: Mapped[bool] = mapped_column(Boolean, default=False)  # officer's code, not guessed
    country: Mapped[str] = mapped_column(String(2), default="QA")
    currency: Mapped[str] = mapped_column(String(3), default="QAR")
    city: Mapped[str | None] = mapped_column(String(100))
    positions: Mapped[int | None] = mapped_column(Integer)
    salary_min: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    salary_max: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    food_allowance: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    housing_allowance: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    transport_allowance: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    accommodation_provided: Mapped[bool | None] = mapped_column(Boolean)
    food_provided: Mapped[bool | None] = mapped_column(Boolean)
    transport_provided: Mapped[bool | None] = mapped_column(Boolean)
    medical_provided: Mapped[bool | None] = mapped_column(Boolean)
    airfare_provided: Mapped[bool | None] = mapped_column(Boolean)
    annual_leave_days: Mapped[int | None] = mapped_column(Integer)
    contract_months: Mapped[int | None] = mapped_column(Integer)
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    min_experience_years: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    requirements: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    url: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed
    content_hash: Mapped[str] = mapped_column(String(64), default="")  # detects a changed row on re-import
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)  # alerts queued
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Indexed: the latest change is read on every /jobs to tell whether the catalog must reload.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, index=True)


class HiddenVacancy(Base):
    """A vacancy a worker marked "not interested": never shown to them again."""

    __tablename__ = "hidden_vacancies"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    vacancy_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("vacancies.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Application(Base):
    """A worker's application to a vacancy; its history is the list of events."""

    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("user_id", "vacancy_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    vacancy_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("vacancies.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(32), default="applied", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    events: Mapped[list[ApplicationEvent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True,
        order_by="(ApplicationEvent.occurred_at, ApplicationEvent.id)",
    )


class ApplicationEvent(Base):
    """One step on an application's timeline: which status, when, who said so, and a note."""

    __tablename__ = "application_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int | None] = mapped_column(BigInteger)  # worker or officer Telegram id
    source: Mapped[str] = mapped_column(String(16))  # worker | officer | file | system
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AlertPrefs(Base):
    """How a worker wants to hear about new vacancies. No row means the defaults."""

    __tablename__ = "alert_prefs"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    mode: Mapped[str] = mapped_column(String(16), default="instant")  # instant | digest | off
    digest_hour: Mapped[int] = mapped_column(Integer, default=9)  # Kazakhstan time
    quiet_start: Mapped[int | None] = mapped_column(Integer, default=22)  # hour, Kazakhstan time
    quiet_end: Mapped[int | None] = mapped_column(Integer, default=8)
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    min_score: Mapped[int] = mapped_column(Integer, default=50)  # 0..100, how close a match must be
    muted_codes: Mapped[list[str]] = mapped_column(JSON, default=list)  # "fewer like this"


class OutboxMessage(Base):
    """A message the bot sends on its own initiative, stored before it is sent.

    `key` is unique, so the same alert or notice can never be queued twice; the delivery loop claims
    rows with a lease (`claimed_until`), so a row held by a process that died is picked up again.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    user_id: Mapped[int] = mapped_column(BigInteger, index=True)  # the chat to send to
    kind: Mapped[str] = mapped_column(String(16))  # alert | digest | status | broadcast | notice
    payload: Mapped[dict] = mapped_column(JSON)  # text, parse_mode, reply_markup
    status: Mapped[str] = mapped_column(String(16), default="pending")
    # pending | sent | failed | dropped (worker blocked the bot, or broadcast stopped)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    broadcast_id: Mapped[int | None] = mapped_column(Integer, index=True)
    error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_outbox_due", "status", "not_before"),)


class Officer(Base):
    """An officer added in chat (those in OFFICER_IDS need no row)."""

    __tablename__ = "officers"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    added_by: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Broadcast(Base):
    """An announcement an officer sent to a segment of workers."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)  # Telegram HTML, as the officer formatted it
    segment: Mapped[dict] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer, default=0)
    skipped_inactive: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="queued")  # queued | stopped | done
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(Integer)
    progress_edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(Base):
    """Who did what, when: every officer action that reaches workers or changes their records."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(BigInteger, index=True)
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class JobLease(Base):
    """Which process runs a periodic job this period, so several replicas run it once between them."""

    __tablename__ = "job_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(UTCDateTime())


class ProcessedUpdate(Base):
    """Telegram updates already handled: written in the update's own transaction, so an update that
    Telegram delivers twice (a retried webhook, two replicas) changes the database once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    handled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
