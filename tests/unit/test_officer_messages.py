"""The officer messages of `tests/data/officer_messages.tsv` and `officer_messages_2.tsv` to
`officer_messages_17.tsv`, each read as the handlers read it. The second set was written apart from the first
and in another style (officers typing in a hurry, with typos, abbreviations, office jargon and old region
names), so that what the first teaches is checked on messages it did not see; the third in yet another
(officers on a phone between meetings: dictated without punctuation, requests asked as questions, numbers
in words, two regions or trades in one audience, officers of the Qatari partner writing in English); the
fourth in a fourth (supervisors asking for reports and figures, officers working down a list of
applications, announcements with their audience after the text or on a second line, audiences of a vacancy
and a step or a language and a region together, new officers asking how the bot works); the fifth in a fifth
(Kazakh-speaking officers, Russian office letters, dates and times, emoji and bullet lists, trade groups in
their case forms, vacancy numbers written oddly, chat and forwarded worker messages); the sixth in a sixth
(requests typed in a hurry on a phone, several conditions at once, exclusions, dates relative to today, a
liaison officer's English, a chief's request passed on, corrections typed mid-message, chat between
officers); the seventh in a seventh (regional offices' shorthand, audiences of several trades at once or
by what they lack, numbers and phones pasted from other systems, corrections and cancellations of what
was just asked, an announcement quoted in another language than its request, notes to self); the eighth in an
eighth (requests passed on from a superior with their header lines, reports asked for a period or a region,
one step for several applications, announcements with dates, times and places, audiences by age, experience
or certificate that the bot cannot pick out, steps and languages named as the bot shows them, Kazakh office
style, the ministry's and employment centres' shorthand, and requests the bot cannot do); the ninth in a ninth
(announcements asked for a later time, which the bot cannot hold, beside deadlines and times in their text,
a vacancy's applicants or one employer's, reminders of the papers to bring to an interview at an address,
corrections of an earlier announcement, reports by employer, trade, step or week, a vacancy to be closed,
extended or given other places by its number, Kazakh and Russian in one request, requests dictated to a
phone, and requests the bot cannot do); the tenth in a tenth (figures for a span of days written every way, by
age, gender, region and trade, one step for many applications at once, announcements to a trade in a region, to
those waiting at a step or holding a certificate, announcements set for a time and then called off or moved,
vacancies closed, reopened, given places, pay or a later deadline by number or by employer, a worker looked up by a
phone written or dictated any way or an application's number, the ministry's letter style in Kazakh and Russian, a
Qatari liaison's English, typos and dictation slips). The eleventh in an eleventh (a busy officer's day: figures asked tersely or at length, by
step, vacancy, employer or region and against last month; announcements to a region, a trade, a step, a vacancy's
applicants or all; reminders set for a time written every way; vacancies closed, paused, reopened or given other
places; a worker looked up by name, IIN, phone or application; undo, greetings, thanks and messages meant for a
worker's chat); the twelfth in a twelfth (an officer's first week: what the bot can do and how, help asked every way,
commands typed with typos, without the slash or with their words in another order, announcements drafted over several
messages, an announcement already sent to be called back or fixed, one step for several workers, an application moved
back after a mistake, a step asked by an application's number, who sees what, figures to Excel, workers' complaints
passed on, and chat); the thirteenth in a thirteenth (an officer's month end and busy days: how many workers an
announcement would reach before it is sent, `/broadcast` with its text before its audience, the text said to come
in the next message, a worker's Telegram id typed alone or after «id», «тг» or "tg", one step for a list of
numbers, vacancies closed or given a later deadline, figures for a report by trade, region or step, a worker
sought by phone, name or ИИН, Kazakh typed on Russian keys, dictated run-ons and typos); the fourteenth in a fourteenth (an officer's busy Monday: one step for a range or a list
of application numbers, a vacancy's deadline moved or the vacancy closed in plain words, announcements dictated with
«что», «деп» or "that" before their text, counts asked with a vacancy's number, reports by region or month, a worker
sought by name or phone, Kazakh typed on Russian keys, dictation and typos); the fifteenth in a fifteenth (an officer's
month end: reports and exports for a period, announcements to a part of the workers, among them those whose profile
is unfinished, a step put right after a mistake, a vacancy reopened or given other places, a worker sought by a part
of the name, how-to questions, Kazakh typed on Russian keys and dictated text with its punctuation spoken); the sixteenth in a sixteenth (a new officer's first week and a busy
regional office: how-to questions put as requests and requests put as questions, several requests in one message, a
worker asked about by phone or ИИН, announcements with dates and times dictated, a previous command put right («нет,
не сварщикам, а поварам»), reports by region or trade, Kazakh in Latin letters and on Russian keys, Russian with
Kazakh words, English, and heavy typos in about a quarter); the seventeenth in a seventeenth (month-end and quarter
reports, the previous command undone or called off, how many applied to one vacancy, one step for a group or a list,
announcements set for later, commands dictated without punctuation and with numbers in words, commands pasted with a
worker's full name and ИИН, officers writing only in Kazakh in Cyrillic and Latin letters, and look-alikes: questions to
a colleague and thanks). A message typed over two lines is written in the set with `\\n` between them, and so is an
announcement's text that runs over two.

Each line holds a language, a message an officer typed and what the bot should do with it:
`audience:<traits>` for an audience typed at the broadcast's audience step (`audience:none` where it must
not be read as one, `audience:choice` where trades are to be picked), and for a message typed at any other
time `count:<traits>`, `stats`, `broadcast:<traits>|<text>`, `tool:<command>`, `application:<number>`,
`phone:<digits>`, `vacancy:<portal number>` or `none` (no officer request: the bot must not guess).
Traits are `all`, `lang=`, `region=`, `status=`, `vacancy=` and `isco=` (trades together joined by `+`, and
regions too: an audience of two regions is what the officer meant, though the bot cannot yet send to one).

The free message goes through the officer handlers in the order they are registered (an announcement with
its audience, a tool named, a count, an application or phone, a vacancy's number), so that what is read
here is what the bot does. `pytest -s` prints the share read as expected, per kind and per language, and
the misses.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from bot.broadcast_audience import (
    SURE_TRADE, Reading, broadcast_for, broadcast_later, command_parts, figures_asked, how_many_asked, read_audience,
)
from bot.i18n import I18n
from bot.officer_commands import (
    broadcast_not_done, officer_lookup, officer_tool_named, portal_number, telegram_id_named, vacancy_narrowed,
)
from bot.services.statuses import status_names
from bot.validation import own_phone_number, phone_number

DATA = Path(__file__).parent.parent / "data"
NAMES = status_names(I18n())
SETS = [
    ("officer_messages.tsv", 0.99),  # 261/262 now (258 before the electricians were read as the building ones); first run, before any fix: 201/262 = 0.767
    ("officer_messages_2.tsv", 0.98),  # 254/258 now (244 before the electricians were read); first run, before any fix: 173/258 = 0.671
    ("officer_messages_3.tsv", 0.98),  # 255/260 now (246 before the electricians were read, 230 before audiences of several regions); first run, before any fix: 136/260 = 0.523
    ("officer_messages_4.tsv", 0.975),  # 254/260 now (253 before Kazakh «дәнекерлеушлер» a letter off, 250 before slipped step words and counts of one vacancy, 239 before the electricians were read, 184 before text-first announcements, 2021 Latin and «Кому:»); first run, before any fix: 132/260 = 0.508
    ("officer_messages_5.tsv", 0.99),  # 259/260 now (250 before nurses were read as the college nurses); first run, before any fix: 161/260 = 0.619
    ("officer_messages_6.tsv", 0.99),  # 258/260 now (256 before nurses were read); first run, before any fix: 155/260 = 0.596
    ("officer_messages_7.tsv", 0.96),  # 252/260 now; first run, before any fix: 151/260 = 0.581
    ("officer_messages_8.tsv", 0.98),  # 256/260 now; first run, before any fix: 148/260 = 0.569
    ("officer_messages_9.tsv", 0.95),  # 257/268 now; first run, before any fix: 151/268 = 0.563
    ("officer_messages_10.tsv", 0.985),  # 267/269 now (266 before short verbs of sending typed a letter off, 265 before slipped step words); first run, before any fix: 175/269 = 0.651
    ("officer_messages_11.tsv", 0.97),  # 255/262 now (254 before Kazakh «…кеткендердің барлығына»); first run, before any fix: 188/262 = 0.718
    ("officer_messages_12.tsv", 0.965),  # 254/261 now (253 before how-to questions of sending, 251 before «визасы дайындарға» and slipped step words); first run, before any fix: 155/261 = 0.594 (159 with the drivers' labels corrected)
    ("officer_messages_13.tsv", 0.90),  # 238/264 now (237 before month-end reports, 235 before nurses, slipped step words, Kazakh «…кеткендердің бәріне», «Qatarga ketip…» and counts of one vacancy; 212 before ranges, Kazakh months and «что» dictated); first run, before any fix: 126/264 = 0.477
    ("officer_messages_14.tsv", 0.98),  # first run 190 of 263 (72 %); now 259 (98.5 %; 258 before phones dictated digit by digit)
    ("officer_messages_15.tsv", 0.96),  # first run 195 of 266 (73 %); now 258 (97 %; 257 before mistyped report words)
    ("officer_messages_16.tsv", 0.99),  # first run 200 of 272 (73 %); now 270 (99.3 %; 258 before trades, regions and steps typed a letter off, «этап»/"stage" changed, «не,» correcting an audience and hurried asks; 241 before mistyped report and vacancy words, Kazakh month reports, a count with an export)
    ("officer_messages_17.tsv", 0.99),  # first run 224 of 281 (79.7 %), 225 with one label put right; now 280 (99.6 %)
]


def _traits(reading: Reading) -> str:
    """A reading as the set's traits, in a fixed order."""
    if not reading.understood:
        return "choice" if reading.trades else "none"
    if reading.kind == "all":
        parts = ["all"]
    else:  # several trades or regions named together: "7212 741" as the set writes it, "741+7212"
        parts = [f"{reading.kind}=" + "+".join(sorted(reading.value.split()))]
    parts += [f"{kind}=" + "+".join(sorted(value.split())) for kind, value in reading.beside]
    return ";".join(sorted(parts))


def _audience(text: str) -> str:
    """What the audience step does with a typed audience: a vacancy's number first (taken here as
    found), alone or narrowed by a step, then the words."""
    reference = portal_number(text)
    if reference:
        return f"vacancy={reference.upper()}"
    narrowed = vacancy_narrowed(text, NAMES)  # «откликнувшимся на QA-2048 с визой»
    if narrowed:
        return ";".join(sorted([f"vacancy={narrowed[0].upper()}", *_traits(narrowed[1]).split(";")]))
    return _traits(read_audience(text, NAMES))


def at_audience_step(text: str) -> str:
    return "audience:" + _audience(text)


def free_message(text: str) -> str:
    """What the officer handlers do with a message typed outside any form, in their order."""
    if text.startswith("/broadcast"):
        audience, _said = command_parts(text.removeprefix("/broadcast"), NAMES)  # the text may come first
        return "broadcast:" + _audience(audience) if audience else "tool:broadcast"
    if broadcast_later(text):
        return "none"  # «разошлите завтра в 9: …»: the bot says it sends only when confirmed, nothing is sent
    request = broadcast_for(text)
    if request:
        audience = _audience(request.audience)
        if audience in ("none", "choice"):
            return "broadcast:none"  # the text and then the audience are asked for: nothing guessed
        after = request.said or (text.partition(":")[2].strip() if request.text_follows else "")
        return f"broadcast:{audience}" + (f"|{after}" if after else "")
    if broadcast_not_done(text):
        return "none"  # «отзовите рассылку»: the bot says what it cannot do with one sent
    tool = officer_tool_named(text)
    if tool:
        return f"tool:{tool}"
    asked = how_many_asked(text)
    if asked is not None and not portal_number(text):
        return _count(asked)
    looked_up = officer_lookup(text)
    if looked_up:
        # /setstatus tries a number as an application, then as a Telegram id, then as a phone: ten digits are a
        # phone only when they can be dialled («7011234567»), never after «tg» or as «5098123460».
        dialled = looked_up != telegram_id_named(text) and own_phone_number(looked_up) is not None
        phone = phone_number(looked_up) if not looked_up.isdigit() or len(looked_up) >= 10 and dialled else None
        return f"phone:{phone.lstrip('+')}" if phone else f"application:{looked_up}"
    reference = portal_number(text)
    return f"vacancy:{reference.upper()}" if reference else "none"


def _count(asked: str) -> str:
    if figures_asked(asked):
        return "stats"
    reading = read_audience(asked, NAMES)
    if reading.understood:
        return "count:" + _traits(reading)
    if reading.trades and reading.trade_score >= SURE_TRADE:
        return "count:choice"
    return "none"  # «I could not tell what to count»: nothing guessed


def _normal(expected: str) -> str:
    """The expected reading with its traits in the same fixed order as `_traits`."""
    kind, colon, rest = expected.partition(":")
    if not colon or kind not in ("audience", "count", "broadcast"):
        return expected
    traits, bar, text = rest.partition("|")
    parts = []
    for part in traits.split(";"):
        key, equals, value = part.partition("=")
        parts.append(f"{key}={'+'.join(sorted(value.split('+')))}" if equals else part)
    return f"{kind}:{';'.join(sorted(parts))}" + (f"|{text}" if bar else "")


def _matches(got: str, expected: str) -> bool:
    if got == expected:
        return True
    # An announcement whose audience is not read is asked for it: no guess, as «рассылка» alone.
    return got == "broadcast:none" and expected in ("none", "tool:broadcast")


def read(message: str, expected: str) -> str:
    return at_audience_step(message) if expected.startswith("audience:") else free_message(message)


@pytest.mark.parametrize(("name", "floor"), SETS, ids=[name for name, _ in SETS])
def test_officer_messages_are_read_as_an_officer_means_them(name: str, floor: float) -> None:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    hits: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    misses = []
    for row in rows:
        expected = _normal(row["expected"].replace("\\n", "\n"))  # an announcement's text over two lines
        message = row["message"].replace("\\n", "\n")  # a message typed over two lines
        got = read(message, expected)
        kind = expected.split(":")[0] if not expected.endswith(":none") else "audience:none"
        ok = _matches(got, expected)
        for key in ("all", f"kind {kind}", f"lang {row['lang']}"):
            counts[key] += 1
            hits[key] += ok
        if not ok:
            misses.append(f"{row['lang']:6} {row['message']!r}: got {got}, expected {expected}")
    for key in sorted(counts):
        print(f"{key:22} {hits[key]}/{counts[key]} = {hits[key] / counts[key]:.3f}")
    print(f"{len(misses)} misses:", *misses, sep="\n")
    assert hits["all"] / counts["all"] >= floor, f"{hits['all']}/{counts['all']} read as expected, below {floor}"
