"""The profile wizard understands answers as workers type them, and asks again for the ones it cannot take.

`tests/data/wizard_answers.tsv` was written before the parsing in `bot/validation.py` was read: at each
step (name, phone, region, years, languages, certificates, salary, yes or no) what Kazakh, Russian and
English speakers type on a phone, with typos, old place names, words for numbers and other currencies,
and the value the bot should keep, or `REFUSE` where it must ask again. `wizard_answers_2.tsv`, written
the same way later, holds answers pasted or dictated with words around them: districts, towns and
villages, years with months, salaries per hour or per day, patronymics, emojis. `wizard_answers_3.tsv`
holds answers typed at the wrong step (asked again), dictated with numbers in words, corrected in the same
message («5 лет, нет, 6»: the corrected value), mixed in language and alphabet, or buried in a story.
`wizard_answers_4.tsv` holds Russian typed in Latin letters, Kazakh Latin with and without marks, names
with apostrophes, hyphens or in one case, a phone with a note or beside another, Qatari and Russian
numbers, Soviet region names and villages, years and salaries as ranges or roughly, language levels,
numbered certificates, and yes or no as emoji. `wizard_answers_5.tsv` holds answers from older workers and
their children typing for them, the question repeated before the answer, neighbouring countries' phones
and Kazakh landlines, regions by their centre or an old name, years as a start year, in months or as a
list of jobs, languages with dialects, certificates by issuing body or number, salaries in tenge, riyals,
dollars or roubles per month, day, week or hour, net or gross, and hedged yes or no.
`wizard_answers_6.tsv` holds names told in two clauses, with a nickname, an «оглы» or «кызы» patronymic or a
comma, phones as ten or eleven bare digits, spaced digit by digit, with a Cyrillic «О», slashes, a WhatsApp
link or a relative's number, regions by their smaller towns, misspellings and Kazakh case endings, years
said roughly («почти 10», "a decade", «бес жылдан астам»), salaries as «2.5k», ranges and words, languages
in short forms and with levels, certificates by their common names, and colloquial yes and no («да нет»,
«не-а», "nah"). `wizard_answers_7.tsv` holds answers in Kazakh Latin letters (keyboard, 2018 and 2021
spellings), English with typos («nmae», "dont have phon", "two thousnd"), emoji around or instead of the
answer (flags for languages, a tick or a cross for yes and no, a keycap digit), the previous or the next
step's answer typed with this one («Сапаров Ерлан, 8 701 …», "nope, 2500 QAR"), and the question copied
before the answer, with its example number or alone. `wizard_answers_8.tsv` holds answers with units and words
(«30 лет», "five years", «бес жыл»), ranges, «не знаю» and skips (a bare «не знаю» at the salary sets no
minimum, at the phone it is asked again), answers in another language than the bot's, dictated answers with
fillers («ээ», «ну короче», "uh") and pauses (a phone in spoken groups), Kazakh numbers in words, periods of
work in Kazakh («2008 жылдан 2020 жылға дейін»), and the previous step's answer typed late (years at the
certificates). `wizard_answers_9.tsv` holds answers with extra words: names with a label, a note on how to
write them («латиницей», «паспорт бойынша») or the full name after a short one, phones named «тел», «тлф»,
"phnoe", "mob", refusals at every step («номер давать не буду», «айтпаймын», "rather not say"), regions by
their towns and old names (Алма-Ата, Кокчетав, Джамбул, Лениногорск, Ермак) and beside where the worker is
registered, years in months, halves and words («около полутора лет», «жарты жылдай», "six months"), language
levels in words («немного», «орташа», "basic"), pay in tenge, dollars or «у.е.» (asked again) or in riyals
beside tenge, and a yes or a no with a wish or a count around it («нет, одной хватит», "nope, just one").
`wizard_answers_10.tsv` holds names with patronymics and initials, a wish or «пишите» after them, phones
with dots, brackets or dictated word by word, towns by their old names and districts (Целиноград, Гурьев,
Капчагай, Каратауский район of Shymkent), years as a start year («с 2015 года», "since March 2019"), languages
with levels, refusals, "I don't know" and a reason beside a skip, and answers to the wrong step.
`wizard_answers_11.tsv` holds pay in dollars (`OFFER:<riyals>`: offered at the fixed 3.64, kept when the worker
presses Save or says yes), tenge, per hour or per day, a bare sum after the bot asked for riyals, a start year
beside a trade ("since 2017, welding"), periods told with «с тех пор» or "since then", names with a father
named in words («… сын Амангельды», "son of …") or a trade after them, phones with spaces, towns by old names,
languages with levels, certificates with numbers and dates, refusals and "don't know", and a yes or a no to the
sum offered («да, сохраните», «нет, не то»). `wizard_answers_12.tsv` holds answers corrected mid-way («15, нет, 16
лет», "Aktobe, sorry Atyrau"), a relative filling in for the worker («его зовут …», «ему 38», «әкем 1979 жылы
туған»: an age or a birth year is asked again), Kazakh Latin with acute marks and the 2021 letters (á, ó, ú, ǵ, ń;
ä, ö, ü, ğ, ñ, ş), numbers in Kazakh words, regions by their letters and old names (ЮКО, ОҚО, СКО, ВКО, Гурьев,
Чимкент, Мангышлак), phones with +7 7xx, 8 7xx or in words, languages with levels, pay «не менее», "no less
than", «кем емес», experience as ranges («5-6 лет»: the lower end) and certificates spelt loosely.
`wizard_answers_13.tsv` holds answers dictated by voice (no punctuation, «точка», «тире», "full stop", numbers in
Kazakh, Russian or English words, «плюс семь», "oh" and "double"), emoji around or instead of an answer, the next
question's answer typed with this one («35 лет, из Шымкента», "8 years, speak russian and kazakh"), regions as
towns, city districts and shortenings («Алм. обл.», «БҚО», "WKO"), an age or a birth date where it is no answer
(asked again), and experience from a start year («с 15-го года», "since twenty nineteen") or «жылдан астам».
First run 202 of 235; now 235 («нет сертификатов зарплата 2000», a no and the next step's pay with no comma, is read
since the fourteenth set's round). `wizard_answers_14.tsv` holds answers that carry two steps at once or a question of
the worker's own («нет сертификатов, зарплата 2000», "no certs, what pay is there?", «Шымкент, а работа есть?»),
answers in the wrong step's form (a phone at the region step, a town at the phone step: asked again), phones in every
form Kazakh workers type (+7 7.., 8 7.., 7 7.., ten digits, spaces, dashes, brackets, a WhatsApp note), skips said many
ways, and very short («Шым», «2т», «+») or very long answers. First run 192 of 233; now 233.
`wizard_answers_15.tsv` holds answers pasted from a CV or résumé («ФИО: …», "Location: …", «Опыт работы: с 03.2016 по
настоящее время», "Expected salary: QAR 2,500/month"), answers dictated by voice (fillers, numbers in words: «двадцать
пять», «жиырма бес», a phone said in groups), answers corrected mid-way («Алматы, ой нет, Астана», "5 years, sorry 6",
«да, ой, нет»), emoji around an answer, phones with words around them, names with patronymics and Kazakh name forms
(«Сериков Ерлан Маратұлы»), experience as a range or from a start year, languages with levels (one read but not
spoken, one forgotten), certificates named by their number, and about a quarter typed with slips. First run 216 of
248; now 247 («больше двацати лет», a number word misspelt, is left).
Each set has its own floor. `pytest -s` prints the misses.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bot import validation
from bot.kz_time import kazakhstan_today

DATA = Path(__file__).resolve().parents[1] / "data"
# Set name -> floor. wizard_answers.tsv: 277/278 now; first run, before any fix: 240/278 = 0.863.
FLOORS = {
    "wizard_answers.tsv": 0.99,
    "wizard_answers_2.tsv": 0.98,  # 261/261 now; first run, before any fix: 201/261 = 0.770
    "wizard_answers_3.tsv": 0.98,  # 260/260 now; first run, before any fix: 155/260 = 0.596
    "wizard_answers_4.tsv": 0.98,  # 260/260 now; first run, before any fix: 210/260 = 0.808
    "wizard_answers_5.tsv": 0.98,  # 260/260 now; first run, before any fix: 192/260 = 0.738
    "wizard_answers_6.tsv": 0.98,  # 260/260 now; first run, before any fix: 239/260 = 0.919
    "wizard_answers_7.tsv": 0.98,  # 223/223 now; first run, before any fix: 179/223 = 0.803
    "wizard_answers_8.tsv": 0.99,  # 220/220 now; first run, before any fix: 190/220 = 0.864
    "wizard_answers_9.tsv": 0.99,  # 210/210 now; first run, before any fix: 182/210 = 0.867
    "wizard_answers_10.tsv": 0.97,  # 210/212 now; first run, before any fix: 188/212 = 0.887
    "wizard_answers_11.tsv": 0.99,  # 211/212 now; first run, before any fix: 173/212 = 0.816
    "wizard_answers_12.tsv": 0.99,  # first run 203 of 215 (94 %); now 215 of 215
    "wizard_answers_13.tsv": 0.99,  # first run 202 of 235 (86 %); now 235 of 235
    "wizard_answers_14.tsv": 0.99,  # first run 192 of 233 (82 %); now 233 of 233
    "wizard_answers_15.tsv": 0.995,  # first run 216 of 248 (87 %); now 248 of 248
}


def _refusing(parse: Callable[[str], object]) -> Callable[[str], str]:
    """The parser's value as text, or `REFUSE` when it raises `InvalidInput`, as the handler asks again."""

    def run(answer: str) -> str:
        try:
            return _as_text(parse(answer))
        except validation.InvalidInput:
            return "REFUSE"

    return run


def _as_text(value: object) -> str:
    """One spelling for a kept value, so it compares with the set's column."""
    if isinstance(value, list):
        return ",".join(value)
    if isinstance(value, Decimal):
        return str(value.normalize().quantize(Decimal(1)) if value == value.to_integral() else value)
    return str(value)


def _phone(answer: str) -> str:
    """As the phone step reads it: a skip first, then the worker's own number, or asked again."""
    if validation.skips(answer):
        return "SKIP"
    return validation.own_phone_number(answer) or "REFUSE"


def _salary(answer: str) -> str:
    """As the salary step reads it: a skip (no minimum, also «не знаю») first, then an amount in QAR; a pay in
    dollars is `OFFER:<riyals>`, the sum at the fixed rate the worker is asked to save."""
    if validation.skips(answer, unknown=True):
        return "SKIP"
    got = _refusing(validation.salary)(answer)
    dollars = validation.in_dollars(answer) if got == "REFUSE" else None
    return f"OFFER:{dollars[1]}" if dollars is not None else got


def _certificates(answer: str) -> str:
    """As the certificates step reads it: a skip (also «не знаю», or a no with the next step's pay) first, then
    words kept as typed."""
    if validation.skips(answer, unknown=True, pay_next=True):
        return "SKIP"
    return "KEEP" if _refusing(validation.qualifications)(answer) != "REFUSE" else "REFUSE"


def _yes_or_no(answer: str) -> str:
    """YES, NO, or NONE for an answer that is neither (a trade typed instead)."""
    return {True: "YES", False: "NO", None: "NONE"}[validation.yes_or_no(answer)]


STEPS: dict[str, Callable[[str], str]] = {
    "name": _refusing(validation.full_name),
    "phone": _phone,
    "region": _refusing(validation.region),
    "years": _refusing(validation.years),
    "langs": _refusing(validation.spoken_languages),
    "cert": _certificates,
    "salary": _salary,
    "yesno": _yes_or_no,
}


def _expected(step: str, expected: str, today: date) -> str:
    """The set's value in the parser's spelling: `SINCE:2015` is the years since 2015 this year."""
    if step == "years" and expected.startswith("SINCE:"):
        return str(today.year - int(expected.removeprefix("SINCE:")))
    return expected


def _same(step: str, got: str, expected: str) -> bool:
    """A name matches whatever its letter case and spacing; every other value matches exactly."""
    if step == "name":
        return " ".join(got.split()).casefold() == " ".join(expected.split()).casefold()
    return got == expected


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize(("name", "floor"), sorted(FLOORS.items()))
def test_wizard_answers_are_taken_as_a_worker_means_them(name: str, floor: float) -> None:
    today = kazakhstan_today()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for row in _rows(name):
        step, lang, answer = row["step"], row["lang"], row["answer"]
        expected = _expected(step, row["expected"], today)
        got = STEPS[step](answer)
        hit = _same(step, got, expected)
        for key in ("all", f"step {step}", f"lang {lang}"):
            totals[key][0] += hit
            totals[key][1] += 1
        if not hit:
            misses.append(f"  {step:7} {lang:8} {answer!r}: got {got!r}, want {expected!r}  {row['note']}")
    for key, (hits, count) in sorted(totals.items()):
        print(f"{key:16} {hits}/{count} = {hits / count:.3f}")
    print(f"{len(misses)} misses:", *misses, sep="\n")
    hits, count = totals["all"]
    assert count >= 200
    assert hits / count >= floor, f"{name}: {hits}/{count} answers taken as expected, below {floor}"
