"""Pacing of the bot's own messages, so Telegram never has to refuse them.

Telegram allows about 30 messages a second overall and one a second per chat, and punishes a burst with
429 and a wait for the whole bot. The delivery loop asks a `RateLimiter` before every send and tells it
when Telegram answered; this module's `LocalRateLimiter` serves one process. A limiter shared by several
replicas (e.g. in Redis) only has to offer the same three methods.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[object]]

WINDOW_SECONDS = 1.0  # Telegram counts sends in a sliding window of one second
HEADROOM_SECONDS = 0.01  # rounding and clock granularity
CATCH_UP_SECONDS = 0.25  # how far the even schedule may catch up at once after a late wake-up
ANSWER_WAIT_SECONDS = 5.0  # a send unanswered this long after its grant is taken to have arrived by then
POLL_SECONDS = 0.005  # how often a waiter looks again while the send it depends on is unanswered


class RateLimiter(Protocol):
    async def acquire(self, chat_id: int) -> None:
        """Return when one message to `chat_id` may be sent now (the caller sends it at once)."""

    def done(self, chat_id: int) -> None:
        """Telegram answered (or the request failed) the send last granted for `chat_id`."""

    def penalize(self, seconds: float) -> None:
        """Telegram answered 429: nobody sends for `seconds` from now."""


@dataclass
class _Grant:
    at: float
    answered: float | None = None

    def arrived_by(self) -> float:
        """The latest time Telegram can have received this request: its answer, or the assumed bound."""
        bound = self.at + ANSWER_WAIT_SECONDS
        return bound if self.answered is None else min(self.answered, bound)


class LocalRateLimiter:
    """An even schedule of `rate` sends a second, with a hard cap and per-chat spacing, for one process.

    Telegram counts a request when it arrives, somewhere between our grant and its answer, and under
    load that lag varies by tens or hundreds of milliseconds: spacing grants alone would let two requests arrive
    closer than they were granted. So the hard cap counts from answers: a grant waits until the send
    `rate` grants before it has been answered for a full second. Likewise one chat's next grant waits
    `per_chat_interval` after its previous send was answered. Then Telegram can never see more than
    `rate` sends in any one-second window, nor two in one chat within the interval, whatever the lag.
    Within that cap, sends follow an even schedule (`1/rate` apart, catching up by at most
    `CATCH_UP_SECONDS` after a late wake-up), so they are spread over the second rather than bunched at
    its start. Grants are taken in arrival order
    (a FIFO lock), so no chat waits forever.

    Callers must call `done(chat_id)` when the send is answered; a send left unanswered counts as
    arrived `ANSWER_WAIT_SECONDS` after its grant, so a hung request can hold the others back for that
    long at most. Chats whose last send is older than the interval are forgotten, so memory follows the
    chats active in the last interval.
    """

    def __init__(
        self,
        rate: float,
        per_chat_interval: float,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.per_chat_interval = per_chat_interval
        self._clock = clock
        self._sleep = sleep
        self._spacing = 1.0 / rate
        self._cap = max(1, math.floor(rate * WINDOW_SECONDS))
        self._window = max(WINDOW_SECONDS, self._spacing) + HEADROOM_SECONDS
        self._chat_gap = per_chat_interval + HEADROOM_SECONDS if per_chat_interval > 0 else 0.0
        self._grants: deque[_Grant] = deque(maxlen=self._cap)
        self._scheduled = -math.inf  # when the even schedule allows the next send
        self._paused_until = -math.inf
        self._last_by_chat: dict[int, _Grant] = {}  # insertion order = grant order, oldest first
        self._lock = asyncio.Lock()

    @property
    def tracked_chats(self) -> int:
        """Chats remembered for per-chat spacing (bounded by the chats active in the last interval)."""
        return len(self._last_by_chat)

    def penalize(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    def done(self, chat_id: int) -> None:
        grant = self._last_by_chat.get(chat_id)
        if grant is not None and grant.answered is None:
            grant.answered = self._clock()

    async def acquire(self, chat_id: int) -> None:
        while True:
            await self._wait_for_chat(chat_id)
            async with self._lock:
                await self._wait_for_global()
                now = self._clock()
                if self._chat_ready(chat_id) > now:
                    continue  # another task sent to this chat meanwhile: wait for the chat again
                self._grant(chat_id, now)
                return

    async def _wait_for_chat(self, chat_id: int) -> None:
        while (delay := self._chat_ready(chat_id) - self._clock()) > 0:
            last = self._last_by_chat.get(chat_id)
            await self._sleep(delay if last is None or last.answered is not None else min(delay, POLL_SECONDS))

    async def _wait_for_global(self) -> None:
        while (delay := self._global_ready() - self._clock()) > 0:
            oldest = self._grants[0] if len(self._grants) == self._cap else None
            unanswered = oldest is not None and oldest.answered is None
            await self._sleep(min(delay, POLL_SECONDS) if unanswered else delay)

    def _chat_ready(self, chat_id: int) -> float:
        last = self._last_by_chat.get(chat_id)
        if last is None or self._chat_gap <= 0:
            return -math.inf
        return last.arrived_by() + self._chat_gap

    def _global_ready(self) -> float:
        ready = max(self._paused_until, self._scheduled - CATCH_UP_SECONDS)
        if len(self._grants) == self._cap:
            ready = max(ready, self._grants[0].arrived_by() + self._window)
        return ready

    def _grant(self, chat_id: int, now: float) -> None:
        grant = _Grant(now)
        self._grants.append(grant)
        self._scheduled = max(self._scheduled, now) + self._spacing
        self._last_by_chat.pop(chat_id, None)
        self._last_by_chat[chat_id] = grant
        self._forget_idle_chats(now)

    def _forget_idle_chats(self, now: float) -> None:
        """Oldest grants come first, so pruning stops at the first chat that may still matter."""
        idle: list[int] = []
        for chat_id, grant in self._last_by_chat.items():
            if grant.arrived_by() + self._chat_gap > now:
                break
            idle.append(chat_id)
        for chat_id in idle:
            del self._last_by_chat[chat_id]
