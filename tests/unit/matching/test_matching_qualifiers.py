"""Rules for the words around a trade that change the occupation: a helper of the trade, a rank, a shift,
the place the worker worked at, an engineer among technicians."""

import pytest

from matching import suggest_occupations
from matching.occupations import SURE_SCORE


def _codes(text: str, limit: int = 3) -> list[str]:
    return [m.code for m in suggest_occupations(text, limit=limit)]


@pytest.mark.parametrize(
    ("text", "helper", "trade"),
    [
        ("помощник плотника", "9313", "7115"),  # building trades: the building labourers
        ("помощник штукатура", "9313", "7123"),
        ("плиточниктің көмекшісі", "9313", "7122"),
        ("plumber helper", "9313", "7126"),
        ("помощник монтажника металлоконструкций", "9313", "7214"),  # steel erectors work on building sites
        ("steel erector helper", "9313", "7214"),
        ("помощник токаря", "9329", "7223"),  # metal trades: the manufacturing labourers
        ("помощник шахтера", "9311", "8111"),  # miners: the mining labourers
    ],
)
def test_a_helper_of_a_trade_is_filed_with_its_labourers_and_the_trade_follows(text, helper, trade):
    codes = _codes(text)
    assert codes[0] == helper
    assert trade in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("помощник крановщика", "8343"),  # helpers of operators and drivers are filed with them
        ("помощник тракториста", "8341"),
        ("ученик плотника", "7115"),  # an apprentice is filed with his trade
        ("apprentice plumber", "7126"),  # not with the welders whose labels say "apprentice"
        ("стажёр бухгалтер", "2411"),
        ("аспаз шәкірті", "5120"),
    ],
)
def test_a_helper_of_an_operator_and_an_apprentice_keep_the_trade(text, code):
    assert _codes(text)[0] == code


def test_a_helper_word_beside_a_qualifier_alone_names_no_trade():
    assert "0110" not in _codes("general helper", limit=5)  # "general" is no army general here


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("главный кондитер", "3434"),  # «шеф-кондитер»
        ("главная горничная", "5151"),  # «старшая горничная»
        ("head cook", "3434"),  # the chef
    ],
)
def test_the_head_of_a_trade_is_found_through_its_senior_or_chef(text, code):
    assert _codes(text)[0] == code


@pytest.mark.parametrize("text", ["старший врач", "аға дәрігер"])
def test_a_senior_is_not_read_as_the_head(text):
    assert _codes(text)[0] != "1342"  # the chief physician manages a hospital


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("старший смены на складе", "4321"),  # the store's, not a shop's «старший смены магазина»
        ("shift electrician", "7411"),
        ("ауысым шебері", "3122"),  # a label that names the shift still meets it whole
    ],
)
def test_the_shift_says_when_not_what(text, code):
    assert _codes(text)[0] == code


def test_the_size_of_the_work_leaves_the_trade_found():
    assert _codes("сварщик труб больших диаметров")[:1] == ["7212"]


@pytest.mark.parametrize("text", ["сварщик трубопроводов малого диаметра", "large diameter pipe welder"])
def test_the_size_of_the_work_leaves_the_trade_sure(text):
    best = suggest_occupations(text, limit=1)
    assert best and best[0].code == "7212"
    assert best[0].score >= SURE_SCORE  # taken for the welder's trade, not asked about again


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("B. Tech mechanical engineer", "2144"),  # "tech" of the degree is no technician
        ("b.tech electrical engineer", "2151"),
        ("B Com accountant", "2411"),
        ("ITI plumber", "7126"),
    ],
)
def test_a_degree_before_the_trade_says_where_he_studied_not_what_he_does(text, code):
    best = suggest_occupations(text, limit=1)
    assert best and best[0].code == code
    assert best[0].score >= SURE_SCORE


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hvacr design engineer", "2144"),  # ESCO files it among the draughtspersons (3118)
        ("fire protection engineer", "2149"),  # and among the civil engineering technicians (3112)
    ],
)
def test_a_worker_who_calls_himself_an_engineer_is_one(text, code):
    assert _codes(text)[0] == code


def test_a_technician_is_still_a_technician():
    assert _codes("hvac draftsman")[0] == "3118"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("cook in villa", "5120"),  # not the "villa builder"
        ("nanny in the villa", "5311"),
        ("повар в детском саду", "5120"),  # not the kindergarten teacher
    ],
)
def test_the_place_after_in_or_v_only_says_where(text, code):
    assert _codes(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("работаю в гостинице", "1411"), ("горничная в отеле", "9112")],
)
def test_a_place_a_label_names_still_counts(text, code):
    assert code in _codes(text)
