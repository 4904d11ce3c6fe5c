"""Pure matching domain code: occupations (ISCO-08), vacancy ranking and the standard-contract check.

Nothing here imports aiogram or SQLAlchemy; the taxonomy data is loaded lazily on first use, so importing
the package is cheap.
"""

from matching.alerts import WorkerIndex
from matching.contract import ContractCheck, ContractItem, check_contract
from matching.job_questions import asks_for_every_job, asks_for_jobs
from matching.models import ProfileOccupation, Reason, Vacancy, WorkerProfile
from matching.occupations import OccupationMatch, classify_title, occupation_title, suggest_occupations
from matching.pay import asked_pay, names_no_riyals, tells_of_pay, without_net
from matching.places import Town, asks_about_a_town, split_town, town_of
from matching.ranking import (
    RankedVacancy,
    listed_count,
    open_places,
    rank_tiers,
    rank_vacancies,
    score_vacancy,
    search_vacancies,
)
from matching.small_talk import (
    ANSWERED_BY_CARDS,
    NO_TRADE_IN_TOPIC_WORDS,
    NO_TRADE_TOPICS,
    asks_about_age,
    asks_for_money,
    asks_if_needed,
    asks_only_for_a_person,
    OPEN_TO_EVERYONE,
    changes_mind,
    exchanges_a_licence,
    has_applied,
    is_question,
    names_the_flight,
    out_of_touch,
    says_cancel,
    small_talk,
    without_card_words,
    without_topic_words,
)

__all__ = [
    "ANSWERED_BY_CARDS",
    "NO_TRADE_IN_TOPIC_WORDS",
    "NO_TRADE_TOPICS",
    "asks_about_age",
    "exchanges_a_licence",
    "asks_for_money",
    "asks_if_needed",
    "asks_only_for_a_person",
    "OPEN_TO_EVERYONE",
    "changes_mind",
    "has_applied",
    "names_the_flight",
    "out_of_touch",
    "ContractCheck",
    "ContractItem",
    "OccupationMatch",
    "ProfileOccupation",
    "RankedVacancy",
    "Reason",
    "Town",
    "Vacancy",
    "WorkerIndex",
    "WorkerProfile",
    "asked_pay",
    "asks_about_a_town",
    "asks_for_every_job",
    "asks_for_jobs",
    "names_no_riyals",
    "check_contract",
    "classify_title",
    "listed_count",
    "occupation_title",
    "open_places",
    "rank_tiers",
    "rank_vacancies",
    "score_vacancy",
    "search_vacancies",
    "small_talk",
    "split_town",
    "tells_of_pay",
    "town_of",
    "without_card_words",
    "without_net",
    "without_topic_words",
    "is_question",
    "says_cancel",
    "suggest_occupations",
]
