"""The audit log of officer actions."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from db.models import AuditEntry


async def record(session: AsyncSession, officer_id: int, action: str, **details: Any) -> None:
    """Write who did what; ids and counts only, never a worker's name or phone."""
    session.add(AuditEntry(officer_id=officer_id, action=action, details=details))
