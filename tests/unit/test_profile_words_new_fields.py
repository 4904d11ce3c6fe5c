"""Reading more changes asked in words: a trade replaced, years of experience grown, a certificate got, a
language learnt or taken off, one trade's profile removed, and moves long past that ask nothing."""

from __future__ import annotations

import pytest

from bot import validation
from bot.profile_words import ProfileChange, asks_to_delete, read_change


@pytest.mark.parametrize(("text", "new", "old"), [
    ("поменяйте мою специальность на штукатура", "штукатура", None),
    ("смените специальность с водителя на крановщика", "крановщика", "водителя"),
    ("мамандығымды аспазға ауыстырыңыз", "аспазға", None),
    ("switch my trade to cook please", "cook", None),
    ("replace my occupation with carpenter", "carpenter", None),
    ("я больше не повар, теперь я официант, поменяйте", "официант", None),
])
def test_a_trade_replaced_is_read_with_the_one_it_replaces(text, new, old):
    assert read_change(text) == ProfileChange("occupation", new, replaces=True, old=old)


@pytest.mark.parametrize("text", ["хочу поменять профессию", "поменяйте мне работу", "я теперь электрик",
                                  "поменяйте вакансию на повара", "can I change my trade later?"])
def test_no_trade_given_or_no_change_asked_replaces_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", ["уберите профиль повара из анкеты", "remove the cook profile",
                                  "жүргізуші профилін жойыңыз"])
def test_one_trades_profile_removed_is_that_trade_not_the_account(text):
    assert not asks_to_delete(text)
    change = read_change(text)
    assert change is not None and change.field == "occupation" and change.removes


@pytest.mark.parametrize("text", ["удалите мой профиль", "delete my profile please", "удалите профиль и все данные"])
def test_the_whole_profile_is_still_deleted(text):
    assert asks_to_delete(text)


@pytest.mark.parametrize("text", ["remove me from the vacancy list", "удалите меня из этой вакансии"])
def test_leaving_a_vacancy_is_no_deletion(text):
    assert not asks_to_delete(text)


@pytest.mark.parametrize(("text", "codes"), [
    ("удалите арабский язык из анкеты", ("ar",)),
    ("take Turkish off my languages", ("tr",)),
    ("ағылшын тілін өшіріп тастаңыз", ("en",)),
])
def test_a_language_taken_off_is_read(text, codes):
    assert read_change(text) == ProfileChange("languages", codes, removes=True)


@pytest.mark.parametrize(("text", "codes"), [("выучила турецкий", ("tr",)), ("I learned Arabic", ("ar",)),
                                             ("үйрендім ағылшын тілін", ("en",))])
def test_a_language_learnt_is_added(text, codes):
    assert read_change(text) == ProfileChange("languages", codes, adds=True)


@pytest.mark.parametrize("text", ["сын выучил английский", "если выучу английский, возьмут?", "английский учу"])
def test_a_language_someone_else_learnt_or_still_learning_adds_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "years"), [
    ("опыт 8 лет теперь, обновите", 8),
    ("my experience is now 7 years", 7),
    ("тәжірибем 9 жыл болды", 9),
    ("теперь у меня 10 лет опыта", 10),
    ("водителем работаю уже 11 лет, в анкете старое, обновите", 11),
])
def test_years_grown_are_read(text, years):
    assert read_change(text) == ProfileChange("years", years)


@pytest.mark.parametrize("text", ["у меня опыт 10 лет", "опыт сварщиком 5 лет, нормально?", "мне уже 40 лет",
                                  "сколько лет опыта надо?", "стаж 15 лет, зарплата от 2000, регион Актау"])
def test_years_only_told_or_asked_about_change_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "value"), [
    ("получила права категории B, добавьте", "права категории B"),
    ("got a forklift certificate, add it please", "forklift certificate"),
    ("получил удостоверение электрика 4 группы", "удостоверение электрика 4 группы"),
])
def test_a_certificate_got_is_added_to_the_qualifications(text, value):
    assert read_change(text) == ProfileChange("qualifications", value, adds=True)


@pytest.mark.parametrize("text", ["мой брат получил права", "права мои нарушают, что делать",
                                  "как получить сертификат?"])  # «удалите сертификат» now takes them off
def test_a_certificate_talked_about_adds_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize("text", ["переехал в Астану 3 года назад", "мы переехали в Актобе ещё в 2015 году",
                                  "в детстве переехали в Караганду", "он жыл бұрын Шымкентке көштік",
                                  "moved to Taraz long ago"])
def test_a_move_long_past_is_no_change(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("переехал в Атырау на прошлой неделе", "atyrau"),
    ("I moved to Oral 3 years ago, change region pls", "west"),
    ("переехал в Павлодар 4 года назад, а в анкете Караганда, исправьте", "pavlodar"),
    ("с этой недели живу в Семее, поменяйте", "abai"),
    ("мекенжайым енді Атырау", "atyrau"),
])
def test_a_recent_move_or_an_old_one_asked_to_be_changed_is_read(text, code):
    assert read_change(text) == ProfileChange("region", code)


@pytest.mark.parametrize(("text", "name"), [
    ("my nmae is wrong, its Dana Bekova", "Dana Bekova"),
    ("атым қате жазылыпты, Айгүл Сапарова деп түзетіңіз", "Айгүл Сапарова"),
    ("surname changed after the wedding, now Dana Bekova", "Dana Bekova"),
])
def test_a_name_among_other_words_is_the_capitalised_one(text, name):
    assert read_change(text) == ProfileChange("name", name)


@pytest.mark.parametrize(("text", "field"), [("my numbr changed to 87015554433", "phone"),
                                             ("chnage my salery to 2000", "salary")])
def test_a_field_typed_a_letter_off_is_read(text, field):
    change = read_change(text)
    assert change is not None and change.field == field


def test_a_surname_alone_is_still_no_whole_name():
    assert read_change("фамилию смените на Бекова") is None


def test_semey_in_its_russian_cases_is_abai():
    assert [validation.region(text) for text in ("живу в Семее", "из Семея")] == ["abai", "abai"]


@pytest.mark.parametrize("text", ["поменяйте мою работу на стройке", "у меня новый сертификат", "поменяйте сертификат"])
def test_no_trade_or_no_certificate_named_changes_nothing(text):
    assert read_change(text) is None


def test_leaving_a_mailing_list_is_no_deletion():
    assert not asks_to_delete("уберите меня из рассылки")


def test_a_language_learnt_somewhere_is_added():
    assert read_change("выучил турецкий на курсах") == ProfileChange("languages", ("tr",), adds=True)


@pytest.mark.parametrize("text", ["удалите профиль сантехника и добавьте электрика",
                                  "уберите турецкий и добавьте арабский"])
def test_a_removal_and_an_addition_at_once_change_nothing(text):
    assert read_change(text) is None
