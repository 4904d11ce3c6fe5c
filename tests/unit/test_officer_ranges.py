"""A run of applications given one step is typed as a range as often as a list: every application of the range
is opened in turn, not only its two ends, and a long run goes to the status file."""

from bot.officer_commands import applications_listed, officer_lookup, officer_tool_named


def test_a_range_with_a_dash_names_every_application_in_it() -> None:
    assert applications_listed("3301-3304 отказ") == ["3301", "3302", "3303", "3304"]


def test_a_range_said_in_words_names_every_application_in_it() -> None:
    assert applications_listed("от 3310 до 3312 поставить визу") == ["3310", "3311", "3312"]
    assert applications_listed("from 3320 to 3322 interview") == ["3320", "3321", "3322"]


def test_a_range_ending_in_its_last_digits_names_the_same_applications() -> None:
    assert applications_listed("3398-401 вылет") == ["3398", "3399", "3400", "3401"]


def test_a_kazakh_range_with_its_case_endings_is_a_range() -> None:
    assert applications_listed("3330-дан 3332-ге дейін сұхбат") == ["3330", "3331", "3332"]


def test_an_application_left_out_of_a_range_is_not_opened() -> None:
    assert applications_listed("с 3340 по 3343 кроме 3342 виза выдана") == ["3340", "3341", "3343"]


def test_numbers_joined_by_a_dash_the_wrong_way_round_are_two_applications() -> None:
    assert applications_listed("3360-3350 отказ") == ["3360", "3350"]


def test_a_long_range_is_the_status_file_work() -> None:
    assert applications_listed("с 3400 по 3430 поставить вылет") == []
    assert officer_tool_named("с 3400 по 3430 поставить вылет") == "files"


def test_a_list_with_a_note_after_it_opens_its_first_application() -> None:
    assert officer_lookup("3370 3371 получили визу, 3372 ещё ждёт") == "3370"


def test_kazakh_numbers_joined_by_ben_or_pen_are_a_list() -> None:
    assert applications_listed("3380 пен 3381 визасы берілді") == ["3380", "3381"]


def test_a_kazakh_refusal_or_a_quoted_step_beside_the_numbers_is_their_step() -> None:
    assert applications_listed("3390, 3391 өтінімдеріне бас тартылды") == ["3390", "3391"]
    assert applications_listed("3392 мен 3393 сұхбатта деп қойыңыз") == ["3392", "3393"]


def test_a_run_named_as_numbers_is_opened_one_by_one() -> None:
    assert applications_listed("номера 3450-52 отказ") == ["3450", "3451", "3452"]
