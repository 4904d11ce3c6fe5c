"""How many applied to a vacancy, asked with its number in Kazakh or in English: the vacancy's applicants are
shown (with how many stand at each step), the number is not taken for anything else."""

from bot.officer_commands import portal_number


def test_how_many_applied_in_kazakh_is_the_vacancy() -> None:
    assert portal_number("QA-8101 бойынша неше өтінім бар") == "QA-8101"
    assert portal_number("QA-8102 ге канша адам отиним тусти") == "QA-8102"
    assert portal_number("qa-8103 neshe otinim tusti") == "qa-8103"


def test_responses_asked_in_english_are_the_vacancy() -> None:
    assert portal_number("responses on QA-8104") == "QA-8104"
