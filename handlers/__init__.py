"""Thin aiogram routers, one module per conversation area; `make_routers` gives fresh ones each call."""

from __future__ import annotations

from aiogram import Router

from bot.i18n import I18n


def make_routers(i18n: I18n) -> list[Router]:
    """In order of precedence: commands that work anywhere first, the catch-all last."""
    from handlers import common, errors, profile, start

    return [
        errors.make_error_router(i18n),
        common.make_router(),
        start.make_router(),
        profile.make_router(),
        errors.make_fallback_router(),
    ]
