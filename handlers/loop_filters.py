"""Every filter is checked in the event loop, none in a worker thread.

aiogram calls a filter that is not a coroutine (a magic filter such as `F.text`, a `State` used as a
filter, a plain function) through `asyncio.to_thread`: a hop to the default thread pool and back for
each check. An update walks past dozens of such checks on its way to its handler, and on the load
benchmark those hops were a tenth of the bot's CPU. The checks themselves take microseconds and never
block, so they are run in the event loop instead: `InLoop(filter)` where a router's own filter is set,
and `run_filters_in_loop(routers)` for every handler's filters once the routers are built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from aiogram import Router
from aiogram.filters import Filter


class InLoop(Filter):
    """A synchronous filter (a magic filter, a State, a function) checked in the event loop."""

    def __init__(self, check: Callable[..., Any]) -> None:
        self.check = check.resolve if hasattr(check, "resolve") else check

    async def __call__(self, event: Any) -> Any:
        return self.check(event)


def run_filters_in_loop(routers: Iterable[Router]) -> int:
    """Mark every synchronous handler filter of these routers (and their sub-routers) to be called in
    the event loop; returns how many there were."""
    changed = 0
    for router in routers:
        for observer in router.observers.values():
            for handler in observer.handlers:
                for filter_object in handler.filters or ():
                    if not filter_object.awaitable:
                        filter_object.callback = _in_loop(filter_object.callback)
                        filter_object.awaitable = True
                        changed += 1
        changed += run_filters_in_loop(router.sub_routers)
    return changed


def _in_loop(check: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return check(*args, **kwargs)

    return call
