"""The short forms workers write their trade with: the classes of South Asian and Gulf driving licences,
the «ИТР» of Kazakh and Russian building sites, the initials of a mine's trades."""

import pytest

from matching import suggest_occupations


def _first(query: str) -> str:
    found = suggest_occupations(query, limit=3)
    assert found, query
    return found[0].code


# A licence class names the vehicle: heavy (HMV, HTV) is the lorry, light (LMV, LTV) the car, PSV the bus.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Driver - HMV licence", "8332"),
        ("htv driver 8 years saudi", "8332"),
        ("heavy motor vehicle driver", "8332"),
        ("ltv driver", "8322"),
        ("light motor vehicle driver", "8322"),
        ("PSV driver (coaster)", "8331"),
    ],
)
def test_a_licence_class_names_the_vehicle(query: str, code: str) -> None:
    assert _first(query) == code


# «ИТР», the engineering and technical staff: the engineer, the technician and the site foreman are what
# the worker may mean, and the foreman first when another clause names him too.
@pytest.mark.parametrize("query", ["итр", "ИТР в строительной компании", "инженерно-технический работник"])
def test_engineering_staff_is_the_engineer_or_the_technician(query: str) -> None:
    codes = [m.code for m in suggest_occupations(query, limit=3)]
    assert codes[:1] and codes[0] in {"2142", "3112", "3123"}


def test_a_code_two_clauses_name_goes_first_of_those_as_good() -> None:
    assert _first("итр, прораб на объекте") == "3123"


# The initials of the mine's trades in a Karaganda work-record book.
@pytest.mark.parametrize("query", ["ГРОЗ 5 разряда", "мгвм на шахте"])
def test_mine_trades_by_their_initials(query: str) -> None:
    assert _first(query) == "8111"


# The air conditioning systems a Gulf technician names his trade by (VRF, VRV, package units) are the air
# conditioning mechanic's, not the mechanical engineering technician's of ESCO's "HVAC systems technician".
@pytest.mark.parametrize("query", ["VRF technician", "vrv tech 5 years", "package unit technician"])
def test_air_conditioning_systems_name_the_mechanic(query: str) -> None:
    assert _first(query) == "7127"


# "X labour" is the labourer of X in Gulf English: the greenhouse's is the horticultural labourer, the
# poultry farm's the livestock labourer, not the factory's.
@pytest.mark.parametrize(
    ("query", "code"), [("greenhouse labourer", "9214"), ("poultry labour", "9212"), ("greenhouse helper", "9214")]
)
def test_a_farms_labourer_is_the_farms(query: str, code: str) -> None:
    assert _first(query) == code


# The short forms of Gulf job ads and visas, with or without their dot.
@pytest.mark.parametrize(
    ("query", "codes"),
    [
        ("instr. technician", {"3114", "7412", "7311"}),
        ("hvy duty driver", {"8332"}),
        ("bldg maintenance technician", {"9622"}),
        ("A.C. mechanic", {"7127"}),
        ("a.c technician for villas", {"7127"}),
    ],
)
def test_gulf_short_forms(query: str, codes: set[str]) -> None:
    assert _first(query) in codes


# The nursing grades of American and Indian certificates.
@pytest.mark.parametrize(("query", "code"), [("CNA", "5321"), ("cna 3 years", "5321"), ("ANM", "3222")])
def test_nursing_certificates_name_their_grade(query: str, code: str) -> None:
    assert _first(query) == code


# The initials of two fields joined by an "&" in Gulf job ads, and the hotels' HK, FO and the BPO's agent.
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("M&E supervisor", "3123"),
        ("O & M technician", "7233"),
        ("E&I technician", "3114"),
        ("R&D manager", "1223"),
        ("HK attendant", "9112"),
        ("HK supervisor", "5151"),
        ("FO agent", "4226"),
        ("BPO agent", "4222"),
        ("tele caller", "5244"),
    ],
)
def test_initials_of_gulf_ads(query: str, code: str) -> None:
    assert _first(query) == code


def test_initials_the_labels_hold_as_they_are_still_meet_them() -> None:
    assert _first("F&B manager") == "1412"
    assert _first("I&C technician") == "3114"


# The sections of a design institute and the plants of a road builder, by their initials.
@pytest.mark.parametrize(
    ("query", "code"),
    [("инженер ЭОМ", "2151"), ("инженер-конструктор КЖ", "2142"), ("оператор РБУ", "8114"), ("оператор АБЗ", "8114")],
)
def test_initials_of_design_sections_and_plants(query: str, code: str) -> None:
    assert _first(query) == code


def test_a_short_form_beginning_with_its_vowel_keeps_its_letters() -> None:
    from matching.text import stem

    assert stem("эом") == "эом"
    assert stem("сварщиком") == "сварщик"
