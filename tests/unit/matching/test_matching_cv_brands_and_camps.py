"""A trade as a CV line or a reply to "what can you do" gives it: the machine's maker, a certificate, the
camp, a brigade, a Kazakh ending on a Russian trade word."""

import pytest

from matching import suggest_occupations


def _first(text: str) -> str:
    return suggest_occupations(text)[0].code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Komatsu excavator operator", "8342"),
        ("Hitachi ekskavatorda", "8342"),
        ("погрузчик Тойота на складе", "8344"),
        ("машинист крана Либхер", "8343"),
        ("Volvo тягачын айдадым", "8332"),
        ("Shacman самосвалы", "8332"),
    ],
)
def test_the_makers_name_leaves_the_machines_trade(text, code):
    # "Caterpillar" met O*NET's "caterpillar mechanic" before the operator the worker named; a maker says
    # which machine, not which trade.
    assert _first(text) == code, suggest_occupations(text)


def test_the_count_of_a_camp_is_no_packer():
    # "pax", the people a camp holds, met the packer by a typo.
    assert _first("camp supervisor, 800 pax") == "1439", suggest_occupations("camp supervisor, 800 pax")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("комендант рабочего общежития", "1439"),
        ("жұмысшылар лагерінің коменданты", "1439"),
        ("labour camp supervisor", "1439"),
        ("комендант общежития", "5153"),
    ],
)
def test_the_commandant_of_workers_housing_runs_the_camp(text, code):
    # A camp of workers' housing is run by a services manager (1439), as the camp boss is; the commandant
    # of one hostel building stays its caretaker (5153).
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("зауыттың погрузчигінде істедім", "8344"), ("погрузчигім бар", "8344")],
)
def test_a_kazakh_ending_voices_the_last_consonant_of_a_russian_trade_word(text, code):
    # «погрузчик» + «-і» is «погрузчигі»: the к voiced to г had kept the forklift from being found.
    assert _first(text) == code, suggest_occupations(text)


def test_a_steeplejack_who_erects_steel_is_the_steel_erector():
    text = "монтирую металлоконструкции, верхолаз 5 лет"
    assert _first(text) == "7214", suggest_occupations(text)
    assert {m.code for m in suggest_occupations("верхолаз")[:2]} == {"7119", "7214"}


@pytest.mark.parametrize(
    ("text", "code"),
    [("tipper lorry driver", "8332"), ("I drove a tipper on a road project", "8332")],
)
def test_a_tipper_is_a_dump_truck(text, code):
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("HSE officer, NEBOSH", "2263"),
        ("swimming pool technician at a villa compound", "9129"),
        ("техник по обслуживанию бассейнов", "9129"),
        ("водитель фронтального погрузчика", "8342"),
        ("front loader operator", "8342"),
        ("продавец электроники", "5223"),
        ("слесарь ОВиК", "7127"),
        ("водный спасатель", "5419"),
    ],
)
def test_certificates_and_gulf_and_site_titles_find_their_group(text, code):
    # NEBOSH names the safety officer; ISCO-08 files the swimming-pool cleaner with the other cleaning
    # workers (9129); a front loader is earth-moving plant (8342), not a forklift; «ОВиК» is heating,
    # ventilation and air conditioning.
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("тазалаушылар бригадирі болдым", "5151"), ("арматурашылар бригадирі", "3123"),
     ("бетоншылардың бригадирі болдым", "3123")],
)
def test_the_brigadier_of_a_kazakh_trade_leads_it(text, code):
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [("storekeeper, SAP", "4321"), ("sales executive in a car showroom", "3322")],
)
def test_the_software_or_the_showroom_beside_the_trade_names_no_other(text, code):
    # "SAP" was read as a Kazakh verb with its converb's -п (the milker's «сау-»); a showroom, like a shop,
    # says where (alone, "showroom" met the retail manager).
    assert _first(text) == code, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("охранник с лицензией", "5414"),
        ("welder certificate", "7212"),
        ("scaffolder, CISRS card", "7119"),
        ("forklift driver, valid Qatari licence", "8344"),
        ("стропальщик, есть удостоверение", "7215"),
    ],
)
def test_the_papers_a_worker_holds_leave_his_trade_sure(text, code):
    # A certificate, a licence said as such or the body that issued it says the worker is qualified, not
    # in what: such words had held a sure trade under the bar.
    best = suggest_occupations(text)[0]
    assert best.code == code and best.score >= 80, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("chef de partie, 4 star resort", "3434"),
        ("cook in a five-star hotel", "5120"),
        ("официантка в 5-звёздочной гостинице", "5131"),
        ("төрт жұлдызды қонақүйде даяшы болдым", "5131"),
    ],
)
def test_a_hotels_stars_say_how_grand_not_who_works_there(text, code):
    best = suggest_occupations(text)[0]
    assert best.code == code and best.score >= 80, suggest_occupations(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("повар на нефтяном месторождении", "5120"),
        ("кен орнында электрик болдым", "7411"),
        ("мұнай кен орнында аспазшы болдым", "5120"),
        ("QC lab technician in a petrochemical plant", "3111"),
    ],
)
def test_an_oil_field_or_a_plant_says_where_not_what(text, code):
    # «месторождении» and «кен орнында» met the mining engineers before the trade named beside them; a
    # laboratory of a plant is the industrial one (3111), not the hospital's (3212).
    assert _first(text) == code, suggest_occupations(text)
