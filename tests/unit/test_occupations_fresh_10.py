"""What workers answer about their trade, read as a recruiter would read it."""

import pytest

from matching import suggest_occupations

OIL_AND_GAS = {"3134", "8113", "2146"}


# The employer a worker names is no trade of its own: "company" begun, mistyped or with a Kazakh ending met
# the companion (5162), and a worker who names an oil or gas employer means its trades.
@pytest.mark.parametrize(
    "query",
    [
        "worked 6 years for a gas company",
        "petroleum company",
        "Oil & Gas Companies",
        "газовой компании",
        "газ компаниясында 5 жыл",
        "gaz kompaniyasynda",
    ],
)
def test_an_oil_or_gas_employer_is_the_oil_and_gas_industry(query: str) -> None:
    found = suggest_occupations(query, limit=5)
    assert found and found[0].code in OIL_AND_GAS
    assert "5162" not in {match.code for match in found}


@pytest.mark.parametrize("query", ["companies", "a big firm", "компаниясында", "kompaniyada"])
def test_an_employer_word_alone_is_no_companion(query: str) -> None:
    assert "5162" not in {match.code for match in suggest_occupations(query, limit=5)}


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("companion for an old lady", "5162"),
        ("компаньонка", "5162"),
        ("company driver", "8322"),
        ("driver in a cleaning company", "8322"),
        ("cleaning company, offices", "9112"),
    ],
)
def test_the_companion_and_the_trades_beside_an_employer_stay(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# A worker of two trades names first the one he is; the other is what he can do as well. Either order of the
# same two trades must come out in the order the worker said them.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("сантехник или электрик", "7126"),
        ("электрик или сантехник", "7411"),
        ("бетонщик а также плотник", "7114"),
        ("cleaner or cook", "9112"),
        ("cook or also cleaner", "5120"),
        ("даяшымын аспаз да бола аламын", "5131"),
        ("күзетшімін жүргізуші де бола аламын", "5414"),
        ("бармен, официантом тоже могу", "5132"),
        ("tiler cum mason", "7122"),
        ("mason cum tiler", "7112"),
    ],
)
def test_of_two_trades_the_one_said_first_comes_first(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


@pytest.mark.parametrize(("query", "code"), [("mason helper", "9313"), ("mason foreman", "3123")])
def test_a_title_of_two_trade_words_is_still_one_title(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# Army, police and prison service, and the trades named by a tool or a service: the labels hold the words
# workers from Kazakhstan say them with.
@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("майор запаса", {"0110"}),
        ("ex paratrooper", {"0310"}),
        ("бывший омоновец", {"5412"}),
        ("инспектором дпс работал", {"5412"}),
        ("оперативник полиции", {"3355"}),
        ("түрме бақылаушысы болып істедім", {"5413"}),
        ("служила в погранслужбе", {"3351", "0310"}),
        ("банщица в бане", {"5142"}),
        ("мужские стрижки делаю", {"5141"}),
        ("крашу краскопультом", {"7131"}),
        ("жылыту жүйесін орнатамын", {"7126"}),
        ("сестра-хозяйка в больнице", {"5151"}),
    ],
)
def test_service_backgrounds_tools_and_services_name_their_trade(query: str, codes: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in codes


# Kazakh says the work with a noun and «жасау» ("to make, to do"); its worker is the noun with -шы/-ші.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("үйлерге сылақ жасаймын", "7123"),
        ("silaq jasadym", "7123"),
        ("педикюр жасаймын", "5142"),
        ("бетон жасадым", "7114"),
        ("торт жасаймын", "7512"),
    ],
)
def test_a_kazakh_noun_with_the_verb_of_making_is_its_worker(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# «күттім» ("I looked after"): the stem's «т» and the ending's are one letter once folded, which is «күтім»
# ("care"); the verb as typed still names its worker.
@pytest.mark.parametrize(
    ("query", "code"),
    [("балаларды күттім", "5311"), ("qarttardy küttım", "5322"), ("екі баланы күттім", "5311")],
)
def test_a_verb_whose_stem_ends_as_its_ending_begins_names_its_worker(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# The words of a worker's story («потом», «теперь», «раньше», «ушла в декрет») say when, not what.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("раньше была поваром потом ушла в декрет, теперь снова ищу", "5120"),
        ("сварщик был раньше, теперь хочу опять сварщиком", "7212"),
    ],
)
def test_the_words_of_a_story_leave_the_trade_alone(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code and found[0].score >= 80


@pytest.mark.parametrize("query", ["теперь", "потом", "раньше"])
def test_the_words_of_a_story_name_no_trade(query: str) -> None:
    assert suggest_occupations(query) == []


# The last job told with its verb and its object, in Russian and English.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("варю металлоконструкции", "7212"),
        ("варил трубы на насосной станции", "7212"),
        ("номера убирала в гостинице", "9112"),
        ("laid bricks for 5 years", "7112"),
        ("washed cars at a car wash", "9122"),
        ("I guarded the villa", "5414"),
    ],
)
def test_the_work_done_names_the_worker(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# Helping a trade at the last job makes the worker its helper; asking the bot for help does not.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("помогал повару на кухне", "9412"),
        ("электрикке көмектестім", "9313"),
        ("helped the mason on site", "9313"),
        ("көмектесіңізші жүргізуші", "8322"),
        ("помогите найти работу сварщиком", "7212"),
    ],
)
def test_a_verb_of_helping_names_the_helper(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# A helper named after a word of choice is a trade of its own; joined to the trade he is its helper.
@pytest.mark.parametrize(
    ("query", "code"),
    [("cook or helper", "5120"), ("водитель или грузчик", "8322"), ("driver/helper", "9333"), ("mason helper", "9313")],
)
def test_a_helper_after_a_word_of_choice_is_another_trade(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# An electrician tells his work by the cable he lays and the panels he connects («щиты» is no «шить», "to sew").
@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("прокладываю кабель", {"7411"}),
        ("расключаю щиты в новостройках", {"7411", "7412"}),
        ("собираю щиты", {"7412", "7411"}),
    ],
)
def test_the_electricians_work_names_the_electrician(query: str, codes: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in codes


# Mixing mortar and carrying bricks is the building labourer's work; laying them is the mason's.
@pytest.mark.parametrize(
    ("query", "code"),
    [("мешаю раствор на объекте", "9313"), ("подносила кирпич каменщикам", "9313"), ("клал кирпич", "7112")],
)
def test_the_labourers_work_is_told_from_the_masons(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# An English past typed one letter off on a phone is still the work done.
@pytest.mark.parametrize(
    ("query", "code"), [("I clened offices", "9112"), ("wleded pipes", "7212"), ("pianted walls", "7131")]
)
def test_a_mistyped_english_past_names_the_work(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# "Look after" is the phrasal verb of care, not a look for a job.
@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("looked after my grandmother", {"5322"}),
        ("looking after patients in hospital", {"5321", "5322"}),
        ("I look after kids", {"5311"}),
    ],
)
def test_looking_after_someone_is_care(query: str, codes: set[str]) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in codes


# A place with its article after the verb ("a construction site") says where the work was done, as after "at".
@pytest.mark.parametrize(
    ("query", "code"),
    [("guarded a construction site for 3 years", "5414"), ("I drove a bus for the construction company", "8331")],
)
def test_a_place_the_work_was_done_on_says_where(query: str, code: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code == code


# The instrument technician named by what he calibrates.
@pytest.mark.parametrize("query", ["calibration of pressure transmitters", "калибровка датчиков давления"])
def test_calibrating_instruments_is_the_instrument_technicians_work(query: str) -> None:
    found = suggest_occupations(query, limit=3)
    assert found and found[0].code in {"3114", "7311"}


def test_a_question_about_the_employer_with_or_offers_no_two_trades() -> None:
    found = suggest_occupations("это от министерства или частная контора", limit=1)
    assert not found or found[0].score < 80
