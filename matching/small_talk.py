"""What a message that is no search says: a greeting, thanks, "ok", or a question about an application
or about paying. Workers write to the bot as to a person («сәлем», «спасибо», «когда будет виза?»,
"do I have to pay?"); each deserves the answer a person would give rather than "I did not understand".

Only messages that found no vacancy and name no occupation come here, so the word lists may be broad.
Words are compared as `skeleton` writes them, so Kazakh, Russian and English in either alphabet meet.
"""

from __future__ import annotations

from typing import Literal

from .text import skeleton

Topic = Literal["fees", "application", "thanks", "ok", "greeting"]

MAX_WORDS = 12  # longer messages are something else: no canned answer for them

# In the order of precedence («спасибо, а платить надо?» asks about fees): beginnings of words, and short
# words that must be whole («pay», «fee»: as beginnings they would catch "payroll" or "february").
_FEES = ("platit", "zaplat", "oplatit", "toleu", "toleim", "toleis", "komis", "stoit", "stoimost", "dengi",
         "deneg", "aksha", "besplat", "tegin", "vziatk")
_FEE_WORDS = frozenset("pai paid fe fes fre tolem para".split())
_APPLICATION = ("viz", "visa", "otklik", "zaiavk", "otinim", "aplicat", "status", "sobesed", "suhbat",
                "intervi", "kontrakt", "dogovor", "kelisimshart", "bilet", "tiket", "vilet", "reis",
                "fligt", "otvet", "jauap", "repli", "respons", "oformlen")
_THANKS = ("spasib", "sps", "rahmet", "rakmet", "thank", "thks", "thanx", "tnx", "blagodar", "raqmet")
_OK = frozenset("ok okei oke okay horosho harasho ponial ponatno poniatno iasno jaksi tusindim tusinikti "
                "jarait boldi ladno dogovorilis understod got it".split())
_GREETINGS = frozenset(
    "privet salem salam salemetsiz zdravstvuite zdraste zdrastvuite dobri dobroe dobrogo den utro vecher "
    "dnia kairli tan kesh kun helo hi hei hey asalam asalamu asalamualeikum asalaumagaleikum "
    "salamaleikum as saliamu aleikum aleikum god morning evening afternoon be vsem barshaga al "
    "kak dela kalaisiz kalai jagdai how are eu".split()
)


def small_talk(text: str) -> Topic | None:
    """The topic of a short message that is chat rather than a search; None when it is none of them."""
    words = skeleton(text or "").split()
    if not words or len(words) > MAX_WORDS:
        return None
    if any(word.startswith(_FEES) or word in _FEE_WORDS for word in words):
        return "fees"
    if any(word.startswith(_APPLICATION) for word in words):
        return "application"
    if any(word.startswith(_THANKS) for word in words):
        return "thanks"
    if all(word in _OK for word in words):
        return "ok"
    if all(word in _GREETINGS for word in words):
        return "greeting"
    return None

