"""What a worker sees of a text from the locale files: HTML tags removed, entities unescaped."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return html.unescape(_TAG.sub("", text)).strip()
