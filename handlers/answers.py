"""The text that answers a chat topic on its own («платить надо?», «жильё дают?», «это развод?»), for small
talk and for a question asked in the middle of the profile wizard alike. Topics answered with a list, a
screen or a confirmation (the applications, the alert settings, /delete, the help) are not here."""

from __future__ import annotations

from bot.i18n import Translator
from bot.settings import Settings
from handlers.rights import complaint_text, rights_text


def topic_text(topic: str, t: Translator, settings: Settings) -> str:
    if topic == "rights":
        return rights_text(t, settings)
    if topic == "complaint":
        return complaint_text(t, settings)
    return t(f"chat-{topic}", hotline=settings.hotline, portal_url=settings.portal_url)
