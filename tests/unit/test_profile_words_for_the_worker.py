"""A relative typing on the worker's account for the worker: the change is the worker's own, while a
relative's news or question stays someone else's (worded apart from `tests/data/profile_change_messages_7.tsv`)."""

from __future__ import annotations

import pytest

from bot.profile_words import ProfileChange, read_change


@pytest.mark.parametrize(("text", "field", "value"), [
    ("пишу за маму, у неё новый номер +7 701 000 12 34, исправьте в анкете", "phone", "+77010001234"),
    ("дочь пишет: папа теперь в Павлодаре живёт, обновите ему область", "region", "pavlodar"),
    ("за брата пишу, стаж у него 9 лет, поменяйте", "years", 9),
    ("анамның облысын Атырауға ауыстырыңызшы", "region", "atyrau"),
    ("writing for my mom, update her phone to 8 747 321 00 11", "phone", "+77473210011"),
    ("my father moved to Taraz, please change his region", "region", "zhambyl"),
])
def test_a_relative_asking_for_the_worker_changes_the_workers_profile(text, field, value):
    assert read_change(text) == ProfileChange(field, value)


@pytest.mark.parametrize("text", [
    "у мамы новый номер 87015550011",
    "папа тоже хочет, можно его регион Актобе поставить?",
    "my brother moved to Aktau last week",
    "у сестры стаж 6 лет, её возьмут?",
    "інім Шымкентке көшті",
    "у отца номер поменялся, теперь 87011112233",
    "әпкемнің облысы өзгерді, Қостанайға көшті",
])
def test_a_relatives_news_or_question_changes_nothing(text):
    assert read_change(text) is None


@pytest.mark.parametrize(("text", "region"), [
    ("теперь живу в Таразе у сестры", "zhambyl"),
    ("переехал в Актау к родителям", "mangystau"),
    ("живём у тёщи в Костанае теперь", "kostanay"),
])
def test_a_move_in_with_a_relative_is_the_workers_own(text, region):
    assert read_change(text) == ProfileChange("region", region)


def test_a_relatives_new_number_is_still_theirs():
    assert read_change("у сестры новый номер 87015550022") is None


@pytest.mark.parametrize(("text", "region"), [
    ("переехали в Сатпаев, жена там учительница", "ulytau"),
    ("теперь живу в Аксу, нашёл там работу на заводе", "pavlodar"),
    ("moved to Aktobe, my brother lives there", "aktobe"),
])
def test_why_the_worker_moved_told_after_the_move_leaves_the_move(text, region):
    assert read_change(text) == ProfileChange("region", region)


def test_a_relative_moving_there_is_still_their_news():
    assert read_change("брат переехал в Атырау, там много работы") is None
