"""Whether the search handler leaves a message to the chat, by the same steps as `handlers.search.free_text`."""

from __future__ import annotations

import matching
from handlers.search import _names_a_trade, is_chat, search_topic, typed_query


def reads_as_chat(message: str) -> bool:
    """True when `free_text` would skip the message for the chat router instead of searching it."""
    query = typed_query(message)
    topic = matching.small_talk(query)
    names_a_trade = _names_a_trade(query, topic)
    return is_chat(query, search_topic(query, topic, names_a_trade), names_a_trade, matching.asked_pay(query)[0])
