"""Alerts: the workers a new vacancy fits are found through the index, as scoring every pair would."""

from datetime import date

from matching import ProfileOccupation, Vacancy, WorkerIndex, WorkerProfile, score_vacancy

TODAY = date(2026, 6, 1)
CODES = ["7212", "7213", "7221", "5120", "8332", "8322", "2221", None]


def _workers():
    out = []
    for i in range(80):
        code = CODES[i % len(CODES)]
        raw = "сварщик" if code is None else ""
        out.append((i, WorkerProfile(occupations=(ProfileOccupation(code, raw, i % 6),))))
    return out


def test_index_finds_exactly_the_fitting_workers():
    workers = _workers()
    index = WorkerIndex(workers)
    vacancy = Vacancy(id=1, title="MIG Welder", isco_code="7212", min_experience_years=2)
    found = index.fitting_workers(vacancy, today=TODAY)
    brute = sorted(
        ((wid, r.score) for wid, p in workers if (r := score_vacancy(p, vacancy, today=TODAY))),
        key=lambda pair: (-pair[1], pair[0]),
    )
    assert found == brute
    ids = {wid for wid, _ in found}
    assert 0 in ids and 7 in ids  # chose 7212; typed "сварщик"
    assert not ids & {3, 4, 5, 6}  # cooks, drivers, nurses


def test_min_score_and_closed_vacancies():
    index = WorkerIndex(_workers())
    vacancy = Vacancy(id=1, title="Welder", isco_code="7212")
    assert all(score >= 90 for _, score in index.fitting_workers(vacancy, min_score=90, today=TODAY))
    closed = Vacancy(id=2, title="Welder", isco_code="7212", status="closed")
    assert index.fitting_workers(closed, today=TODAY) == []
