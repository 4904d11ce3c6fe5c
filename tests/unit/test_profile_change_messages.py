"""A registered worker's message that plainly asks to change one field of the profile is read as that change,
a request to erase the account as a deletion, and anything else as no change at all.

`tests/data/profile_change_messages.tsv` was written before the reading in `bot/profile_words.py` was read:
240 messages in Russian (some typed in Latin letters), Kazakh (Cyrillic and Latin) and English, with
spelling mistakes, dictated run-ons, Kazakh verb forms, polite long forms, a mistake made at registration
corrected («регион не Атырау а Мангистау»), a move told in a story, a new phone after losing the old one, a
salary raised or lowered, a language or a trade added, a trade removed («я больше не сварщик»), and the
messages that must change nothing: how-to questions, a vacancy, an application or the bot's language
changed, stories that mention a town or a number, searches, complaints, hypotheticals («если я перееду…»),
a relative's new number, a deletion refused («не удаляйте…»).

Two fields asked in one message («поменяй регион на Алматы и зарплату на 2000») are expected to change
nothing. The bot offers one change with one Save button; taking only the first field would leave the worker
believing both were saved, and a silent half-change is worse than sending them to /profile, where both are
changed in a minute.

A change offered that the worker did not ask for is worse than one missed: the misses are printed apart
from the wrong readings, and the wrong readings are held to their own ceiling.

First run: 146 of 240 (0.608) taken as expected, 75 missed and 19 read wrongly, 11 of them a change or a
deletion offered for a message that asks none. Now: 240 of 240, none read wrongly; the four asking to
replace the trade («смените профессию на …») are read as a replacement since the second set (its expected
column now tells a trade added, «+=», from one replaced, «=»). `pytest -s` prints the figures and the misses.

`tests/data/profile_change_messages_2.tsv`, written the same way later, holds 250 messages with two more
fields, the years of experience grown («уже 7 лет опыта, обновите») and a certificate got, and new angles:
the field named in Kazakh («телефон нөмірім ауысты»), English with typos, languages learnt or dropped, a
second trade told in a story, a trade replaced («смените профессию на водитель») or one trade's profile
removed («удалите профиль сварщика»), moves long past or still to come («с января буду жить в Алматы»), a
whole new profile in one message, and messages that only look like changes. First run: 137 of 250
(0.548), 84 missed and 29 read wrongly. Now: 250 of 250, none read wrongly (a surname taken from a husband,
«күйеуімнің тегін алдым», and a trade offered as a question, «…это можно в анкету добавить?», were the last).

`tests/data/profile_change_messages_3.tsv` holds 207 messages on a phone typed every way (brackets, dashes,
ten digits, in words, a Qatari number), a name corrected (Latin or Cyrillic, a patronymic added), moves to
towns misspelt or called by their old names (Целиноград, Гурьев), licence categories and diplomas got, years
from and to, a salary wished changed, changes asked as questions («можно поменять …?», «… бола ма?»),
corrected («7 жыл, жоқ, 8 жыл») or taken back («…, хотя нет, не надо») in the same message, and what is no
field or no change: a passport, notifications, the bot's language, several fields, a search, a complaint.
First run: 168 of 207 (0.812), 21 missed and 18 read wrongly. Now: 205 of 207. The two left keep more words
of a diploma than the set names («диплом колледжа по специальности электромонтёр») or fewer ("diploma
plumbing", without "in").

`tests/data/profile_change_messages_4.tsv` holds 212 messages that drop the old value beside the new one
(«Шымкент уберите, поставьте …», "remove driver, put cook instead", «старый номер … удалите, новый …»), pairs
written «было … стало», «вместо …» or with an arrow, a phone named «тел», «тлф», «нмоер», "phnoe", "no.",
names in either alphabet, a second trade added or one removed, experience in months, halves and words, pay in
tenge or dollars (no change: the profile keeps riyals), regions by their towns and old names, a language with
its level in words, refusals to change anything and questions that look like changes (two regions). First
run: 175 of 212 (0.825), 19 missed and 18 read wrongly. Now: 210 of 212, none read wrongly. Left: «я не
Ерлан, я Ернар. Ернар Касенов, исправьте» (a name corrected with no field and no «а») and «тәжірибем жарты
жыл ғана, 2 жыл емес» (no word that asks for the change; read since the fifth set's round).

`tests/data/profile_change_messages_5.tsv` holds 213 messages that tell a change as news of life («переехал к
сестре в Шымкент», "got my CE licence last month", «енді ағылшынша жақсы сөйлеймін»), a typo in the name put
right, phones in every format, pay wished in riyals, dollars (`salary=2548`: offered in riyals at the fixed
rate of 3.64), tenge or by the hour (`salary=?`: the bot asks for a month's sum in riyals), one field taken off
(`phone-=`, `salary-=`, `qualifications-=`: left empty), several fields at once, and look-alikes. First run:
143 of 213 (0.671), 65 missed and 5 read wrongly. Now: 207 of 213, 1 read wrongly ("i'm a certified
electrician now, add it" is kept as a qualification, not a trade).

`tests/data/profile_change_messages_6.tsv` holds 210 messages with a change told in passing, beside thanks or a
remark («спасибо за вакансии, я кстати переехал в Актобе», "btw i moved to Almaty last month"), changes asked
as questions, pay in dollars, «баксы», tenge or per hour, experience from a start year or two periods (added),
several fields in one message, and searches, questions and chat. First run: 184 of 210 (0.876), 17 missed and
9 read wrongly. Now: 195 of 210, 5 read wrongly (a certificate kept with its number and date, «…, профильге
қосуға бола ма?» kept in the certificate's words, two fields, phone and region, read as the region).

`tests/data/profile_change_messages_7.tsv` holds 217 messages putting a wrong earlier answer right («я ошибся,
…»), undoing a change (bare: no change; with the old value named: that value), clearing a field («убери
сертификат»), changes asked by a relative for the worker whose account it is («пишу за отца, …»), two fields at
once, pay in dollars, tenge, roubles, euros or dirhams, region letters (ЮКО, ОҚО, СКО), experience as a range (the
lower end, as the wizard keeps it), and searches, questions and chat. First run: 180 of 217 (0.829), 29 missed
and 8 read wrongly. Now: 214 of 217, none read wrongly; left: a move asked as "move me to …", corrected after
«no sorry», a correction with no word asking it («тәжірибем 5, жоқ 6 жыл»), and «я из Актобе» after a mistake told.

`tests/data/profile_change_messages_8.tsv` holds 200 messages typed weeks after the profile was made: a move told
as news («переехала к мужу в Актау», "relocated to Atyrau last week"), a phone changed with or without the new
number, a licence or certificate got ("now I have a C licence"), experience grown («тәжірибем енді 10 жыл»), a pay
wished («зарплату хочу не меньше 2000»), a language added or dropped with a reason («удалите мой английский, он
плохой»), a surname changed, and questions, searches, news and a relative's move that change nothing. First run:
192 of 200 (0.960), 8 missed and none read wrongly. Now: 200 of 200, none read wrongly.

`tests/data/profile_change_messages_9.tsv` holds 202 messages: a change told with a search or a question after it
("I moved to Almaty, any welding jobs there?": the change), a pay asked of the vacancies («минимум 2 тысячи риалов в
месяц, Лусаил», "at least 1800 QAR please": no change) beside pay changes that name the profile's field, a wrong
earlier answer put right ("I wrote 5 years by mistake, it's 7"; a birth year is no field), two changes at once, and
Kazakh in the 2018 Latin letters. First run: 143 of 202 (0.708), 47 missed and 12 read wrongly. Now: 202 of 202,
none read wrongly; the seventh set's «по ошибке указал Атырау, я из Актобе» is read since.

`tests/data/profile_change_messages_10.tsv` holds 201 messages: a change told as news of life (a wedding, a house
bought, a new job, a stolen phone, a course finished: «вышла замуж и переехала к мужу в Актобе», «мен енді Атырауда
тұрамын»), a change with its reason after it («зарплату поставьте 2500, на 2000 с семьёй не прожить»), a change
dictated by voice (fillers, «точка», "comma", numbers in words), changes listed (several fields change nothing; a list
of one is that change), Kazakh in Latin letters, and news or questions about a field that change nothing. First run:
179 of 201 (0.891), 20 missed and 2 read wrongly. Now: 200 of 201, none read wrongly; left: a move told after a new
job ("new job in … so I moved there", whose "job" reads as a vacancy's).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from bot.kz_time import kazakhstan_today
from bot.profile_words import ProfileChange, asks_to_delete, read_change

DATA = Path(__file__).resolve().parents[1] / "data"
# Set name -> (lines, floor, ceiling on the wrong readings).
SETS = {
    "profile_change_messages.tsv": (240, 0.99, 0),
    "profile_change_messages_2.tsv": (250, 0.98, 0),
    # first run 168 of 207 (81 %), 18 read wrongly; now 205 of 207 (99 %), 2 read wrongly
    "profile_change_messages_3.tsv": (207, 0.98, 2),
    # first run 175 of 212 (83 %), 18 read wrongly; now 211 of 212 (100 %), none read wrongly (five pays in
    # dollars or tenge relabelled in the fifth set's round: offered in riyals, or asked again)
    "profile_change_messages_4.tsv": (212, 0.98, 0),
    # first run 143 of 213 (67 %), 5 read wrongly; now 209 of 213 (98 %), 1 read wrongly
    "profile_change_messages_5.tsv": (213, 0.98, 1),
    # first run 184 of 210 (88 %), 9 read wrongly; now 200 of 210 (95 %), 4 read wrongly
    "profile_change_messages_6.tsv": (210, 0.95, 4),
    # first run 180 of 217 (83 %), 8 read wrongly; now 215 of 217 (99 %), none read wrongly
    "profile_change_messages_7.tsv": (217, 0.98, 0),
    # first run 192 of 200 (96 %), none read wrongly; now 200 of 200 (100 %), none read wrongly
    "profile_change_messages_8.tsv": (200, 0.99, 0),
    # first run 143 of 202 (71 %), 12 read wrongly; now 202 of 202, none read wrongly
    "profile_change_messages_9.tsv": (202, 0.99, 0),
    # first run 179 of 201 (89 %), 2 read wrongly; now 201 of 201, none read wrongly
    "profile_change_messages_10.tsv": (201, 0.995, 0),
}


def _lines(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def _read(message: str) -> str | ProfileChange:
    """What the bot takes from the message: DELETE, NONE or the change itself."""
    if asks_to_delete(message):
        return "DELETE"
    return read_change(message) or "NONE"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower().replace("ё", "е"))


def _same_trade(expected: str, got: str) -> bool:
    """The words of a trade as typed; a case ending the reading drops («водителя» -> «водитель») is the same
    trade, since the occupations are then looked up from those words."""
    want, have = _words(expected), _words(got)
    if len(want) != len(have):
        return False
    for a, b in zip(want, have, strict=True):
        common = len(min(a, b, key=len))
        if a[: max(3, common - 3)] != b[: max(3, common - 3)] or abs(len(a) - len(b)) > 3:
            return False
    return True


def _same_words(expected: str, got: str) -> bool:
    """The words naming a certificate: each word expected is among those read, with case endings dropped as
    for a trade, and at most two words more were kept."""
    want, have = _words(expected), _words(got)
    if len(have) > len(want) + 2:
        return False
    return all(any(_same_trade(a, b) for b in have) for a in want)


def matches(expected: str, got: str | ProfileChange) -> bool:
    """True when the reading is the one expected."""
    if expected in ("DELETE", "NONE") or isinstance(got, str):
        return expected == got
    field, op, value = re.fullmatch(r"(\w+)([+-]?=)(.*)", expected).groups()
    if got.field != field or bool(getattr(got, "removes", False)) != (op == "-="):
        return False
    if value == "?":  # the bot asks for the value again (a pay in tenge or per hour: a monthly sum in riyals)
        return got.value is None
    if op == "-=" and not value:  # the field itself taken off (the phone, the minimum pay, the certificates)
        return True
    if got.value is None:
        return False
    if value.startswith("SINCE:"):  # the years since a start year, this year
        value = str(kazakhstan_today().year - int(value.removeprefix("SINCE:")))
    if field == "languages":
        return got.adds == (op == "+=") and tuple(got.value) == tuple(value.split(","))
    if field == "salary":
        return Decimal(str(got.value)) == Decimal(value)
    if field == "occupation":
        if op != "-=" and bool(getattr(got, "replaces", False)) != (op == "="):
            return False
        return _same_trade(value, str(got.value))
    if field == "qualifications":
        return _same_words(value, str(got.value))
    return " ".join(str(got.value).split()) == value


def shown(got: str | ProfileChange) -> str:
    if isinstance(got, str):
        return got
    replaces = got.field == "occupation" and getattr(got, "replaces", False)
    op = "-=" if getattr(got, "removes", False) else "=" if replaces else "+=" if got.adds else "="
    value = ",".join(got.value) if isinstance(got.value, tuple) else "?" if got.value is None else str(got.value)
    return f"{got.field}{op}{value}"


def _field(expected: str) -> str:
    return re.split(r"[+-]?=", expected)[0]


@pytest.mark.parametrize(("name", "size", "floor", "ceiling"), [(n, *v) for n, v in sorted(SETS.items())])
def test_profile_change_messages_are_read_as_a_careful_reader_would(
    name: str, size: int, floor: float, ceiling: int
) -> None:
    lines = _lines(name)
    assert len(lines) == size
    by_lang: dict[str, list[bool]] = defaultdict(list)
    by_field: dict[str, list[bool]] = defaultdict(list)
    missed: list[str] = []
    wrong: list[str] = []
    for line in lines:
        got = _read(line["message"])
        ok = matches(line["expected"], got)
        by_lang[line["lang"]].append(ok)
        by_field[_field(line["expected"])].append(ok)
        if not ok:
            note = f"  {line['lang']}\t{line['message']}\texpected {line['expected']}, got {shown(got)}"
            (missed if got == "NONE" else wrong).append(note)
    right = sum(ok for oks in by_lang.values() for ok in oks)
    share = right / len(lines)
    print(f"\n{name}: {right}/{len(lines)} = {share:.3f}")
    for label, groups in (("language", by_lang), ("expected", by_field)):
        for key, oks in sorted(groups.items()):
            print(f"  {label} {key}: {sum(oks)}/{len(oks)}")
    print(f"missed ({len(missed)}):", *missed, sep="\n")
    print(f"wrong ({len(wrong)}):", *wrong, sep="\n")
    assert len(wrong) <= ceiling, wrong
    assert share >= floor
