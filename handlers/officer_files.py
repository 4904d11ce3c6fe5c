"""Placeholder router; the module's owner replaces it."""

from __future__ import annotations

from aiogram import Router


def make_router() -> Router:
    return Router(name="officer_files")
