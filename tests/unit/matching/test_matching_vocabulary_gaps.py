"""Common words for trades that had no label of their own."""

import pytest

from matching import suggest_occupations


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # «ашпаз», the everyday Kazakh spelling of «аспаз» (cook)
        ("men ashpazbyn", "5120"),
        ("ашпаз көмекшісі", "9412"),
        # «бетономешалка», the common word for a concrete-mixer truck
        ("водитель бетономешалки", "8332"),
        ("voditel betonomeshalki", "8332"),
        # «администратор» is said in Kazakh too; at a hotel it is the front desk
        ("qonaq uy administratory", "4224"),
        # a hotel's housekeeping staff in Gulf job ads
        ("housekeeping", "9112"),
        # «құрылыс» ("construction") said for the job, like «на стройке»: construction labour
        ("qurylysta jumys istegim keledi", "9313"),
        ("құрылыс", "9313"),
        # the care of children or of the old named as the work itself, not as a trade name
        ("uhod za det'mi", "5311"),
        ("присмотр за детьми", "5311"),
        ("childcare", "5311"),
        ("қарт адамдарды күту", "5322"),
        ("elderly care", "5322"),
        # "bike" is the motorcycle of the Gulf's delivery riders, not a car
        ("bike driver for food delivery", "8321"),
        ("bike courier", "8321"),
        ("курьер на скутере", "8321"),
        # the small skid-steer loader is driven on site: its driver is a plant operator, not a labourer
        ("driver of a bobcat", "8342"),
        ("skid steer driver", "8342"),
        # «вент-» in one word for the ventilation («вентсистемы», «вентмонтажник»)
        ("монтаж вентсистем", "7127"),
        ("вентмонтажник", "7127"),
        # «трубник», the pipe fitter as the oil fields call him; the asphalt layer by his ETKS name; a
        # gypsum partition's installer is the plasterboard fixer
        ("трубник 4 разряда", "7126"),
        ("работаю асфальтобетонщиком", "9312"),
        ("installer of gypsum partitions", "7123"),
    ],
)
def test_trade_word_is_known(query, code):
    assert suggest_occupations(query)[0].code == code


def test_housekeeping_supervisors_stay_supervisors():
    assert suggest_occupations("housekeeping supervisor")[0].code == "5151"


@pytest.mark.parametrize(
    ("query", "code"), [("құрылыс шебері", "3123"), ("құрылыс инженері", "2142"), ("kran operatory", "8343")]
)
def test_construction_trades_stay_trades(query, code):
    assert suggest_occupations(query)[0].code == code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        # a letter grade is a trade test's grade, as "grade 2" is: "b" met nothing, "grade" the graders
        ("grade C mason", "7112"),
        ("steel fixer grade b", "7114"),
        # «на вахте», «вахтовик» is the rotation worked, not the watchman («вахтёр») one letter off
        ("маляр на вахте", "7131"),
        ("стропальщик, на вахте 15/15", "7215"),
        ("штукатур вахтовик", "7123"),
    ],
)
def test_what_surrounds_the_trade_leaves_it_whole(query, code):
    found = suggest_occupations(query)
    assert found[0].code == code
    assert found[0].score >= 90
    assert "5414" not in {s.code for s in found}


def test_the_watchman_is_still_the_watchman():
    assert suggest_occupations("вахтер в общежитии")[0].code == "5414"


def test_the_attendant_of_a_pool_watches_the_swimmers():
    """«служитель бассейна» is the pool attendant, whom Gulf hotels file with the lifeguards."""
    found = suggest_occupations("служитель бассейна в гостинице", limit=3)
    assert found and found[0].code in {"5419", "9129"}


def test_a_hotel_pool_attendant_is_no_fitness_instructor():
    assert suggest_occupations("pool attendant, 5 star hotel", limit=1)[0].code == "5419"
