"""Vacancy ranking: graded occupation fit, reasons, filtering of closed and unrelated vacancies."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from matching import (
    ProfileOccupation,
    Vacancy,
    WorkerProfile,
    rank_vacancies,
    score_vacancy,
    search_vacancies,
)
from matching.ranking import TitleIndex, occupation_fit

TODAY = date(2026, 6, 1)
WELDER = WorkerProfile(
    occupations=(ProfileOccupation("7212", "сварщик", 3),),
    languages=frozenset({"kk", "ru"}),
    min_salary=Decimal("2000"),
)


def vac(id: int, title: str, code: str | None = None, **kw) -> Vacancy:
    return Vacancy(id=id, title=title, isco_code=code, **kw)


def test_fit_is_graded_unit_then_minor_then_submajor():
    vacancies = [
        vac(1, "Sheet Metal Worker", "7213"),  # same minor group 721
        vac(2, "MIG Welder", "7212"),
        vac(3, "Blacksmith", "7221"),  # same sub-major group 72
    ]
    ranked = rank_vacancies(WELDER, vacancies, today=TODAY)
    assert [r.vacancy.id for r in ranked] == [2, 1, 3]
    levels = [dict(r.reasons[0].values)["level"] for r in ranked]
    assert levels == ["unit", "minor", "submajor"]


def test_unrelated_closed_and_past_deadline_vacancies_never_appear():
    vacancies = [
        vac(1, "Waiter", "5131"),
        vac(2, "Staff Nurse", "2221"),
        vac(3, "TIG Welder", "7212", status="closed"),
        vac(4, "Pipe Welder", "7212", deadline=date(2026, 5, 31)),
        vac(5, "Welder", "7212", deadline=date(2026, 6, 1)),
    ]
    assert [r.vacancy.id for r in rank_vacancies(WELDER, vacancies, today=TODAY)] == [5]


def test_vacancy_without_code_is_classified_from_its_title():
    ranked = rank_vacancies(WELDER, [vac(1, "Arc Welder (Structural)"), vac(2, "Housemaid")], today=TODAY)
    assert [r.vacancy.id for r in ranked] == [1]


def test_title_matching_worker_words_counts_when_codes_differ():
    worker = WorkerProfile(occupations=(ProfileOccupation("7411", "electrician", None),))
    ranked = rank_vacancies(worker, [vac(1, "Electrician", "4110")], today=TODAY)
    assert ranked and dict(ranked[0].reasons[0].values)["level"] == "title"


def test_reasons_explain_experience_language_and_salary():
    v = vac(
        1,
        "Welder",
        "7212",
        min_experience_years=5,
        languages=frozenset({"en", "ru"}),
        salary_min=Decimal("1500"),
        salary_max=Decimal("1800"),
    )
    ranked = score_vacancy(WELDER, v, today=TODAY)
    codes = {r.code: dict(r.values) for r in ranked.reasons}
    assert codes["occupation"] == {"code": "7212", "level": "unit"}
    assert codes["experience_short"] == {"have": 3, "need": 5}
    assert codes["language_missing"] == {"langs": ["en"]}
    assert codes["salary_below"] == {"offered": 1800, "wanted": 2000, "currency": "QAR"}


def test_better_terms_rank_higher_within_a_trade_and_ties_go_by_id():
    good = vac(7, "Welder", "7212", salary_max=Decimal("3000"), min_experience_years=2)
    poor = vac(3, "Welder", "7212", salary_max=Decimal("1200"), min_experience_years=6)
    twin = vac(5, "Welder", "7212", salary_max=Decimal("3000"), min_experience_years=2)
    ranked = rank_vacancies(WELDER, [poor, good, twin], today=TODAY)
    assert [r.vacancy.id for r in ranked] == [5, 7, 3]
    assert ranked[0].score == ranked[1].score > ranked[2].score


def test_worker_with_only_typed_words_is_matched():
    worker = WorkerProfile(occupations=(ProfileOccupation(None, "водитель грузовика", 4),))
    ranked = rank_vacancies(worker, [vac(1, "Heavy Duty Driver"), vac(2, "Cook")], today=TODAY)
    assert [r.vacancy.id for r in ranked] == [1]


def test_score_vacancy_agrees_with_rank_vacancies():
    v = vac(1, "Welder", "7212", salary_max=Decimal("2500"))
    assert rank_vacancies(WELDER, [v], today=TODAY)[0] == score_vacancy(WELDER, v, today=TODAY)
    assert score_vacancy(WELDER, vac(2, "Cook", "5120"), today=TODAY) is None


def test_empty_profile_gets_nothing():
    assert rank_vacancies(WorkerProfile(), [vac(1, "Welder", "7212")], today=TODAY) == []


def test_search_by_occupation_and_city():
    vacancies = [
        vac(1, "Heavy Duty Driver", "8332", city="Doha"),
        vac(2, "Light Driver", "8322", city="Al Wakra"),
        vac(3, "Cook", "5120", city="Doha"),
        vac(4, "Bus Driver", "8331", city="Doha"),
    ]
    found = [r.vacancy.id for r in search_vacancies("driver doha", vacancies, today=TODAY)]
    assert found and set(found) <= {1, 4} and 3 not in found
    assert [r.vacancy.id for r in search_vacancies("повар", vacancies, today=TODAY)] == [3]
    assert {r.vacancy.id for r in search_vacancies("al wakra", vacancies, today=TODAY)} == {2}
    assert search_vacancies("привет", vacancies, today=TODAY) == []
    # Only numbers or small words ask for nothing: before, they listed every vacancy.
    for nothing in ("от 2000", "2000-2500", "$800", "и", "..."):
        assert search_vacancies(nothing, vacancies, today=TODAY) == [], nothing


def test_title_saying_the_workers_words_ranks_first_within_a_trade():
    worker = WorkerProfile(occupations=(ProfileOccupation("7212", "pipe welder", 2),))
    ranked = rank_vacancies(worker, [vac(1, "Welder", "7212"), vac(2, "Pipe Welder", "7212")], today=TODAY)
    assert [r.vacancy.id for r in ranked] == [2, 1]


def test_search_does_not_pad_with_neighbouring_trades():
    vacancies = [
        vac(1, "MIG Welder", "7212", city="Doha"),
        vac(2, "Tailor", "7531", city="Doha"),
        vac(3, "Lift Technician", "7412", city="Doha"),
        vac(4, "Waitress", "5131", city="Doha"),
    ]
    assert [r.vacancy.id for r in search_vacancies("сварщик доха", vacancies, today=TODAY)] == [1]
    assert [r.vacancy.id for r in search_vacancies("cook", vacancies, today=TODAY)] == []


TITLES = [
    "Welder", "TIG Welder", "Pipe welder (argon)", "Сварщик", "Электрогазосварщик", "Heavy truck driver",
    "Driver", "Водитель категории C", "Staff nurse", "Медсестра", "Cook", "Повар-универсал", "Plumber",
    "Steel fixer", "Scaffolder", "HVAC technician", "Housekeeping attendant", "Office cleaner", "",
]


@pytest.mark.parametrize(
    ("code", "raw_text"),
    [("7212", "сварщиком"), (None, "welder"), ("8332", "дальнобойщик"), (None, "медсестра"),
     ("5120", "аспаз"), (None, "plumber pipes"), ("9112", ""), (None, "hello there")],
)
def test_title_index_finds_exactly_the_titles_the_ranking_would_fit(code, raw_text):
    occupation = ProfileOccupation(code=code, raw_text=raw_text)
    profile = WorkerProfile(occupations=(occupation,))
    expected = [t for t in TITLES if occupation_fit(profile, Vacancy(id=1, title=t, isco_code="0000"))[0] > 0]
    assert list(TitleIndex(TITLES).fits([occupation])) == list(dict.fromkeys(expected))


@pytest.mark.parametrize("text", ["сварщик", "welder pipe", "Водитель", "повар", "steel", "nurse staff", "", "zz"])
def test_title_index_finds_exactly_the_titles_a_search_would_count(text):
    from matching.ranking import TITLE_MIN_SIMILARITY, _title_similarity

    expected = {t: _title_similarity(t, text) for t in TITLES if _title_similarity(t, text) >= TITLE_MIN_SIMILARITY}
    assert TitleIndex(TITLES).similar(text) == expected


def test_search_with_a_kept_title_index_gives_what_it_gives_without():
    vacancies = [vac(n, title, city=("Doha", "Lusail", None)[n % 3]) for n, title in enumerate(TITLES, 1)]
    index = TitleIndex(t for t in TITLES + ["Crane operator"])  # the caller's index may hold more titles
    for query in ["welder", "driver doha", "lusail", "повар", "nurse"]:
        plain = search_vacancies(query, vacancies, limit=50, today=TODAY)
        assert plain and search_vacancies(query, vacancies, limit=50, today=TODAY, titles=index) == plain


def test_ranking_many_gives_what_scoring_each_gives():
    """rank_vacancies scores numbers first and builds reasons for the shown ones only: same result as
    scoring every vacancy fully and sorting."""
    import random

    rng = random.Random(5)
    titles = ["Welder", "TIG welder", "Driver", "Heavy truck driver", "Cook", "Staff nurse", "Plumber", "Mason"]
    codes = [None, "7212", "8332", "8322", "5120", "3221", "7126", "7112", "7213"]
    pool = [
        Vacancy(
            id=n, title=rng.choice(titles), isco_code=rng.choice(codes),
            status="open" if n % 9 else "closed", deadline=TODAY + timedelta(days=rng.randint(-3, 30)),
            salary_min=Decimal(rng.randrange(800, 4000, 50)) if n % 5 else None,
            currency="QAR" if n % 7 else "USD", min_experience_years=rng.choice([None, 0, 1, 3, 6]),
            languages=frozenset(rng.sample(["en", "ru", "ar"], rng.randint(0, 2))),
        )
        for n in range(1, 400)
    ]
    for _ in range(20):
        profile = WorkerProfile(
            occupations=tuple(
                ProfileOccupation(rng.choice(codes), rng.choice(["сварщик", "driver", "", "повар"]), rng.choice([None, 2, 8]))
                for _ in range(rng.randint(1, 3))
            ),
            languages=frozenset(rng.sample(["en", "ru", "kk"], rng.randint(0, 3))),
            min_salary=Decimal(rng.randrange(0, 4000, 250)),
        )
        each = [r for v in pool if (r := score_vacancy(profile, v, TODAY)) is not None]
        each.sort(key=lambda r: (-r.score, r.vacancy.id))
        assert rank_vacancies(profile, pool, limit=25, today=TODAY) == each[:25]


def _tiered_vacancies() -> list[tuple[float, list[Vacancy]]]:
    import random

    from matching.ranking import FIT_MINOR, FIT_SUBMAJOR, FIT_UNIT

    rng = random.Random(11)
    tiers: dict[float, list[Vacancy]] = {FIT_UNIT: [], FIT_MINOR: [], FIT_SUBMAJOR: []}
    for number in range(1, 301):
        fit, code = rng.choice([(FIT_UNIT, "7212"), (FIT_MINOR, "7213"), (FIT_SUBMAJOR, "7221")])
        tiers[fit].append(vac(
            number, rng.choice(["Welder", "Sheet Metal Worker", "Blacksmith", "Helper"]), code,
            salary_max=Decimal(rng.randrange(900, 4000, 100)),
            min_experience_years=rng.choice([None, 2, 9]), languages=frozenset(rng.choice([(), ("ru",), ("ar",)])),
        ))
    return sorted(tiers.items(), key=lambda tier: -tier[0])


@pytest.mark.parametrize("limit", [0, 1, 5, 20, 60, 400])
def test_ranking_in_tiers_gives_the_same_list_as_ranking_everything(limit):
    from matching import rank_tiers

    tiers = _tiered_vacancies()
    everything = [v for _, tier in tiers for v in tier]
    tiered = rank_tiers(WELDER, tiers, limit=limit, today=TODAY)
    assert tiered == rank_vacancies(WELDER, everything, limit=limit, today=TODAY)
    assert len(tiered) == min(limit, len(everything))


def test_a_tier_that_cannot_reach_a_full_list_is_not_scored():
    from matching import rank_tiers
    from matching.ranking import FIT_SUBMAJOR, FIT_UNIT

    def untouchable():
        raise AssertionError("a lower tier was scored although the list was full of better vacancies")
        yield

    best = [vac(n, "Welder", "7212", salary_max=Decimal(3000), languages=frozenset({"ru"})) for n in range(1, 6)]
    ranked = rank_tiers(WELDER, [(FIT_UNIT, best), (FIT_SUBMAJOR, untouchable())], limit=5, today=TODAY)
    assert [r.vacancy.id for r in ranked] == [1, 2, 3, 4, 5]


def test_every_vacancy_that_fits_at_all_is_listed_so_counting_needs_no_scores():
    """`listed_count` counts open candidates unscored: true only while the least fit clears the bar."""
    from matching import listed_count
    from matching.ranking import MIN_SCORE, W_OCCUPATION, lowest_fit

    assert W_OCCUPATION * lowest_fit() >= MIN_SCORE
    tiers = _tiered_vacancies()
    everything = [v for _, tier in tiers for v in tier]
    assert listed_count(tiers) == len(rank_vacancies(WELDER, everything, limit=10_000, today=TODAY))
    assert listed_count(tiers) == len(everything)


def test_the_best_paid_come_first_the_trade_before_its_neighbours():
    vacancies = [
        vac(1, "Welder", "7212", salary_max=Decimal(1800)),
        vac(2, "Sheet Metal Worker", "7213", salary_max=Decimal(4000)),  # a neighbour paying more
        vac(3, "Pipe Welder", "7212", salary_min=Decimal(2500)),  # its only figure
        vac(4, "TIG Welder", "7212"),  # pay unknown
        vac(5, "MIG Welder", "7212", salary_max=Decimal(9000), currency="USD"),  # not comparable with riyals
        vac(6, "Structural Welder", "7212", salary_min=Decimal(2000), salary_max=Decimal(3000)),
    ]
    plain = [r.vacancy.id for r in search_vacancies("сварщик", vacancies, today=TODAY)]
    best = [r.vacancy.id for r in search_vacancies("сварщик", vacancies, today=TODAY, best_paid=True)]
    assert best[:3] == [6, 3, 1]  # 3,000, 2,500 and 1,800 riyals, whatever the usual order
    assert set(best[3:5]) == {4, 5} and best[5] == 2  # the uncomparable after them, the neighbour last
    assert sorted(best) == sorted(plain)  # the same vacancies, only in another order


def test_the_best_paid_of_many_are_found_before_the_list_is_cut():
    vacancies = [vac(n, f"Cleaner {n}", "9112", salary_max=Decimal(1000 + n)) for n in range(1, 200)]
    best = search_vacancies("все вакансии", vacancies, limit=3, today=TODAY, best_paid=True)
    assert [r.vacancy.id for r in best] == [199, 198, 197]
