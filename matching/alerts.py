"""Finding the workers a new vacancy fits, without scoring every worker against it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from .models import Vacancy, WorkerProfile
from .ranking import MIN_SCORE, score_vacancy, vacancy_code, worker_code


class WorkerIndex:
    """Workers indexed by their occupations' unit groups and those groups' minor and sub-major prefixes.

    Only workers whose code shares at least the sub-major group with the vacancy's are scored. A worker
    whose typed words match the title of a vacancy filed under an unrelated group is not found here (the
    ranking would show it to them as a `title` fit); such a title nearly always classifies into the
    worker's own group, and a vacancy with no group at all alerts nobody.
    """

    def __init__(self, workers: Iterable[tuple[int, WorkerProfile]]) -> None:
        self.profiles: dict[int, WorkerProfile] = {}
        self.by_prefix: dict[str, list[int]] = defaultdict(list)
        for worker_id, profile in workers:
            self.profiles[worker_id] = profile
            prefixes = set()
            for occ in profile.occupations:
                code = worker_code(occ)
                if code:
                    prefixes.update((code, code[:3], code[:2]))
            for prefix in prefixes:
                self.by_prefix[prefix].append(worker_id)

    def __len__(self) -> int:
        return len(self.profiles)

    def candidates(self, vacancy: Vacancy) -> list[int]:
        """Ids of the workers sharing at least the sub-major group with the vacancy, in id order."""
        code = vacancy_code(vacancy.title, vacancy.isco_code)
        if not code:
            return []
        return sorted(self.by_prefix.get(code[:2], ()))

    def fitting_workers(
        self, vacancy: Vacancy, min_score: float = MIN_SCORE, today: date | None = None
    ) -> list[tuple[int, float]]:
        """(worker id, score) of the workers the vacancy fits, best first, ties by worker id."""
        day = today or date.today()
        found: list[tuple[int, float]] = []
        for worker_id in self.candidates(vacancy):
            ranked = score_vacancy(self.profiles[worker_id], vacancy, day)
            if ranked is not None and ranked.score >= min_score:
                found.append((worker_id, ranked.score))
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found
