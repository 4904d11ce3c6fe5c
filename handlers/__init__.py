"""Thin aiogram routers, one module per conversation area; `make_routers` gives fresh ones each call."""

from __future__ import annotations

from aiogram import Router

from bot.i18n import I18n
from handlers.loop_filters import run_filters_in_loop


def make_routers(i18n: I18n) -> list[Router]:
    """In order of precedence: commands that work anywhere first, officer tools behind their filter,
    then the worker's conversations (a profile change asked in words before the search and the chat, which
    would only point to /profile), free-text search after every wizard, and the catch-all last."""
    from handlers import (
        alerts,
        applications,
        common,
        errors,
        jobs,
        membership,
        officer,
        officer_files,
        officer_status,
        profile,
        profile_words,
        rights,
        search,
        small_talk,
        start,
    )

    routers = [
        errors.make_error_router(i18n),
        membership.make_router(),
        common.make_router(),
        start.make_router(),
        officer.make_router(),
        officer_files.make_router(),
        officer_status.make_router(),
        profile.make_router(),
        profile_words.make_router(),
        applications.make_router(),
        alerts.make_router(),
        rights.make_router(),
        jobs.make_router(),
        search.make_router(),
        small_talk.make_router(),
        errors.make_fallback_router(),
    ]
    run_filters_in_loop(routers)
    return routers
