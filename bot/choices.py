"""Fixed lists a worker picks from. Codes are stored; names come from the locale files."""

from __future__ import annotations

# The 17 regions of Kazakhstan, then the three cities of republican significance.
REGIONS: tuple[str, ...] = (
    "abai", "akmola", "aktobe", "almaty_region", "atyrau", "east", "zhambyl", "zhetisu",
    "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north", "turkistan",
    "ulytau", "west",
    "astana", "almaty", "shymkent",
)

# Languages a worker may speak (ISO 639-1), plus "other".
SPOKEN_LANGUAGES: tuple[str, ...] = ("kk", "ru", "en", "ar", "tr", "other")

MAX_OCCUPATIONS = 3
