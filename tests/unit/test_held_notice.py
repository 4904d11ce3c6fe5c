"""The notice a status change holds until its update is done: one per application, naming the steps passed."""

from dataclasses import FrozenInstanceError

import pytest

from bot.services.statuses import HeldNotice
from db.models import Application, ApplicationEvent


def test_a_further_step_makes_the_earlier_one_a_step_passed() -> None:
    application = Application(id=7, user_id=1, vacancy_id=1, status="applied")
    check = ApplicationEvent(application_id=7, status="qualification_check")
    review = ApplicationEvent(application_id=7, status="employer_review")
    talk = ApplicationEvent(application_id=7, status="interview")
    notice = HeldNotice(application, check).then(review).then(talk)
    assert notice.application is application and notice.event is talk
    assert notice.passed == ("qualification_check", "employer_review")


def test_a_held_notice_is_not_changed_in_place() -> None:
    notice = HeldNotice(Application(id=8, user_id=1, vacancy_id=1, status="offer"),
                        ApplicationEvent(application_id=8, status="contract_signed"))
    with pytest.raises(FrozenInstanceError):
        notice.passed = ("offer",)  # type: ignore[misc]
    assert notice.passed == ()
