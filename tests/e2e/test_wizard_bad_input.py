"""Bad input in the wizard: every case gets a clear answer, nothing raises, nothing saved is lost."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import matching
from bot.factory import create_dispatcher
from bot.i18n import I18n
from db.models import Profile, ProfileOccupation
from tests.e2e.test_profile_occupations import occupations
from tests.e2e.test_registration import register
from tests.fake_telegram.client import BotClient
from tests.texts import plain


async def up_to_the_occupation(client, i18n: I18n, lang: str, *, name: str, region: str) -> None:
    """Register, give a name, skip the phone, press a region: the occupation question is open."""
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send(name)
    await client.send(t("btn-skip"))
    await client.click(t(f"region-{region}"))


async def profile_of(database, user_id: int) -> Profile:
    async with database.sessionmaker() as session:
        return await session.get(Profile, user_id)


async def test_bad_names_are_refused_with_a_reason(make_client, i18n: I18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")

    await client.send("A" * 5000)
    assert client.last_text() == plain(t("error-name-too-long", max=100))
    await client.send("😀😀😀")
    assert client.last_text() == plain(t("error-name-letters"))
    await client.send("12345")
    assert client.last_text() == plain(t("error-name-letters"))
    await client.send_sticker()
    assert client.last_text() == plain(t("expect-name"))
    await client.send_voice()
    assert client.last_text() == plain(t("expect-name"))
    await client.send_photo()
    assert client.last_text() == plain(t("expect-name"))
    await client.send("а зачем вам моё имя?")  # had been saved as the name
    assert client.last_text() == plain(t("error-name-question"))
    assert (await profile_of(database, client.user_id)).full_name is None

    await client.send("<b>Aidos</b> O'Neil-Серикбаев")
    assert client.last_text() == plain(t("ask-phone"))
    assert (await profile_of(database, client.user_id)).full_name == "<b>Aidos</b> O'Neil-Серикбаев"


async def test_someone_elses_contact_is_refused(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await register(client, i18n, "en")
    await client.send("Aidos Serikbayev")
    await client.share_contact("77019998877", own=False)
    assert client.last_text() == plain(t("error-contact-not-own"))
    assert (await profile_of(database, client.user_id)).phone is None
    await client.send(t("btn-skip"))
    assert client.last_text() == plain(t("ask-region"))


@pytest.mark.parametrize(("lang", "typed", "saved"), [
    ("ru", "8 (701) 123-45-67", "+77011234567"),
    ("kk", "7011234567", "+77011234567"),
    ("en", "+974 5512 3456", "+97455123456"),  # a number in Qatar
])
async def test_a_typed_phone_number_is_saved_like_a_shared_one(make_client, i18n, database, lang, typed, saved):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send("Aidos Serikbayev")
    await client.send(typed)
    assert [m.plain_text for m in client.messages()[-2:]] == [plain(t("phone-saved")), plain(t("ask-region"))]
    assert (await profile_of(database, client.user_id)).phone == saved


async def test_what_is_no_phone_number_is_asked_again_and_nothing_is_saved(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серикбаев")
    for typed in ("не знаю", "12345", "+7 000 000 00 00"):
        await client.send(typed)
        assert client.last_text() == plain(t("error-phone-unreadable"))
    assert (await profile_of(database, client.user_id)).phone is None
    await client.send("+7 701 123 45 67")
    assert client.last_text() == plain(t("ask-region"))


async def test_years_and_salary_must_be_sane(make_client, i18n, database):
    client = make_client(language_code="kk")
    t = i18n.translator("kk")
    await up_to_the_occupation(client, i18n, "kk", name="Айдос Серікбаев", region="astana")
    await client.send("asdfgh qwerty")  # names no occupation: kept as typed
    assert plain(t("occupation-kept-as-typed", text="asdfgh qwerty")) in [m.plain_text for m in client.messages()]
    for bad, key in (("many", "error-years-number"), ("75", "error-years-range"), ("-", "error-years-number")):
        await client.send(bad)
        assert client.last_text() == plain(t(key, max=60))
    await client.send("0")
    await client.click(t("btn-next"))
    await client.click("▫️ " + t("spoken-en"))
    await client.click(t("btn-done"))
    await client.click(t("btn-done"))  # no qualifications
    for bad, key in (
        ("abc", "error-salary-number"), ("-100", "error-salary-number"), ("10000000", "error-salary-range"),
        ("2,5", "error-salary-too-low"),  # 2,500 meant: never saved as 2.50 QAR
        ("800 евро", "error-salary-currency"), ("500 000 тенге", "error-salary-currency"),
    ):
        await client.send(bad)
        assert client.last_text() == plain(t(key, max=100000))
    await client.click(t("btn-skip"))
    profile = await profile_of(database, client.user_id)
    assert profile.min_salary is None and profile.completed_at is not None
    async with database.sessionmaker() as session:
        occupation = (await session.execute(select(ProfileOccupation))).scalar_one()
    assert (occupation.raw_text, occupation.isco_code, occupation.years) == ("asdfgh qwerty", None, 0)


async def test_an_occupation_without_a_word_is_asked_again(make_client, i18n, database):
    """Invisible characters, dots or emoji would be kept as an occupation an officer cannot read."""
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await up_to_the_occupation(client, i18n, "ru", name="Айдос Серікбаев", region="atyrau")
    for blank in ("\u200b\u200e", "???", "😀👍", "- . -"):
        await client.send(blank)
        assert client.last_text() == plain(t("error-text-empty"))
    async with database.sessionmaker() as session:
        assert (await session.execute(select(ProfileOccupation))).first() is None
    await client.send("сварщик")
    assert client.last_text() == plain(t("ask-occupation_pick"))


@pytest.mark.parametrize(
    ("lang", "typed", "among", "picked"),
    [("ru", "Есильский район", ("akmola", "north", "astana"), "north"),
     ("kk", "Жамбыл ауданы", ("almaty_region", "north", "zhambyl"), "almaty_region"),
     ("en", "Abai district", ("abai", "karaganda", "shymkent"), "shymkent")],
)
async def test_a_district_several_regions_have_is_picked_among_them(make_client, i18n, database, lang, typed,
                                                                    among, picked):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send("Айдос Серікбаев")
    await client.send(t("btn-skip"))
    await client.send(typed)
    assert client.last_text() == plain(t("expect-region-which"))
    assert sorted(client.buttons()) == sorted(t(f"region-{code}") for code in among)
    assert (await profile_of(database, client.user_id)).region is None
    await client.click(t(f"region-{picked}"))
    assert (await profile_of(database, client.user_id)).region == picked
    assert plain(t("region-saved", region=t(f"region-{picked}"))) in [m.plain_text for m in client.messages()[-2:]]


async def test_a_town_typed_a_letter_off_is_saved_and_shown_as_its_region(make_client, i18n, database):
    """The saved region is named in full in the answer, so a misspelling read wrongly would be seen at once."""
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серікбаев")
    await client.send(t("btn-skip"))
    await client.send("Павладар")
    assert plain(t("region-saved", region=t("region-pavlodar"))) in [m.plain_text for m in client.messages()[-2:]]
    assert (await profile_of(database, client.user_id)).region == "pavlodar"


async def test_region_languages_and_years_may_be_typed_in_words(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серікбаев")
    await client.send(t("btn-skip"))
    await client.send("не помню")
    assert client.last_text() == plain(t("expect-region"))
    await client.send("живу в Актау")  # a town: its region
    assert plain(t("region-saved", region=t("region-mangystau"))) in [m.plain_text for m in client.messages()[-2:]]
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    await client.send("пять лет")  # in words
    assert client.last_text() == plain(t("ask-more", max=3))
    await client.send("хм")
    assert client.last_text() == plain(t("expect-more"))
    await client.send("электрик")  # the next trade typed at once, without pressing "add"
    assert client.last_text() == plain(t("ask-occupation_pick"))
    await client.click(client.buttons()[0])
    await client.send("2")
    await client.send("нет, спасибо")  # typed instead of pressed: on to the languages
    assert client.last_text() == plain(t("ask-languages"))
    assert [code for _, code, _ in await occupations(database, client.user_id)] == ["7212", "7411"]
    await client.click("▫️ " + t("spoken-en"))  # one ticked, the others typed
    await client.send("хз")
    assert client.last_text() == plain(t("expect-languages"))
    await client.send("русский и казахский")
    assert plain(t("languages-saved", languages=", ".join(t(f"spoken-{c}") for c in ("kk", "ru", "en")))) in [
        m.plain_text for m in client.messages()[-2:]
    ]
    assert client.last_text() == plain(t("ask-qualifications"))
    profile = await profile_of(database, client.user_id)
    assert profile.languages == ["kk", "ru", "en"] and profile.region == "mangystau"
    assert await occupations(database, client.user_id) == [(1, "7212", 5), (2, "7411", 2)]


async def test_commands_work_in_the_middle_of_the_wizard(make_client, i18n):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await register(client, i18n, "en")
    await client.send("/help")
    assert "What this bot does" in client.last_text()
    await client.send("/nonsense")
    assert client.last_text() == plain(t("unknown-command"))
    await client.send("/prfile")  # a slip: the command meant, one tap away
    assert client.last_text() == plain(t("unknown-command-guess", command="/profile"))
    await client.send("Aidos Serikbayev")  # the question is still open
    assert client.last_text() == plain(t("ask-phone"))
    await client.send("/cancel")
    assert client.last_text() == plain(t("cancelled"))
    await client.send("Aidos Other")  # no question is open any more: not taken as a name
    assert client.last_text() != plain(t("ask-phone"))


async def test_after_cancel_start_goes_on_where_the_saved_answers_end(make_client, i18n, database):
    """Not from the name again: the answers saved before /cancel are kept, and so is a skipped phone."""
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await register(client, i18n, "en")
    await client.send("/cancel")
    await client.send("/start")
    assert client.last_text() == plain(t("ask-name"))  # nothing saved yet
    await client.send("Aidos Serikbayev")
    await client.send("/cancel")
    await client.send("/start")
    assert client.last_text() == plain(t("ask-phone"))
    await client.send(t("btn-skip"))
    await client.click(t("region-atyrau"))
    await client.send("/cancel")
    await client.send("/start")
    assert [m.plain_text for m in client.messages()[-2:]] == [
        plain(t("welcome-back")), plain(t("ask-occupation", position=1))]
    await client.send("сварщик")
    assert client.last_text() == plain(t("ask-occupation_pick"))
    profile = await profile_of(database, client.user_id)
    assert (profile.full_name, profile.phone, profile.region) == ("Aidos Serikbayev", None, "atyrau")


@pytest.mark.parametrize(("lang", "typed"), [("ru", "Отмена"), ("kk", "бас тарту"), ("en", "cancel")])
async def test_cancel_typed_in_words_stops_the_wizard_and_is_saved_as_nothing(make_client, i18n, database, lang, typed):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send("Aidos Serikbayev")
    await client.send(typed)  # at the phone step: no number, and not a name either
    assert client.last_text() == plain(t("cancelled"))
    await client.send(typed)
    assert client.last_text() == plain(t("nothing-to-cancel"))
    profile = await profile_of(database, client.user_id)
    assert (profile.full_name, profile.phone) == ("Aidos Serikbayev", None)


async def test_a_restart_mid_wizard_loses_nothing(settings, database, bot, telegram, i18n):
    first = create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n)
    client = BotClient(first, bot, telegram, user_id=3003, language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серикбаев")
    await client.send(t("btn-skip"))
    region_question = client.last_message()

    # The bot restarts: a new dispatcher, the same database.
    restarted = create_dispatcher(settings=settings, sessionmaker=database.sessionmaker, i18n=i18n)
    client.dispatcher = restarted
    await client.click(t("region-almaty"), message=region_question)  # a button from before the restart
    assert client.last_text() == plain(t("ask-occupation", position=1))
    assert (await profile_of(database, client.user_id)).region == "almaty"


async def test_stale_buttons_are_answered_and_change_nothing(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await up_to_the_occupation(client, i18n, "en", name="Aidos Serikbayev", region="atyrau")
    await client.send("/profile")
    old_card = client.last_message()
    await client.send("/delete")
    await client.click(t("btn-delete-yes"))
    await client.click(t("btn-edit-region"), message=old_card)  # a button from before the deletion
    assert client.callback_answers()[-1].get("text") == t("button-outdated")
    assert await profile_of(database, client.user_id) is None


async def test_profile_field_edit_and_delete(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await up_to_the_occupation(client, i18n, "en", name="Aidos Serikbayev", region="atyrau")
    await client.send("/profile")
    await client.click(t("btn-edit-region"))
    await client.click(t("region-shymkent"))
    assert t("region-shymkent") in client.last_text()  # the card is shown again
    profile = await profile_of(database, client.user_id)
    assert profile.region == "shymkent" and profile.full_name == "Aidos Serikbayev"

    await client.send("/delete")
    await client.click(t("btn-delete-no"))
    assert client.last_text() == plain(t("delete-kept"))
    await client.send("/delete")
    await client.click(t("btn-delete-yes"))
    assert client.last_text() == plain(t("delete-done"))
    assert await profile_of(database, client.user_id) is None
    await client.send("/profile")  # nothing is left of them: the first screen, as for a newcomer
    assert client.last_text() == plain(f"{t('stranger-welcome')}\n\n{t('choose-language')}")


async def test_language_switch(make_client, i18n, database):
    client = make_client(language_code="ru")
    await register(client, i18n, "ru")
    await client.send("/language")
    await client.click("English")
    en = i18n.translator("en")
    assert client.messages()[-2].plain_text == plain(en("language-set"))
    assert client.last_text() == plain(en("ask-name"))  # the open question again, in the new language
    await client.send("Aidos Serikbayev")
    await client.send("/language")
    await client.click("Қазақша")
    assert client.last_text() == plain(i18n.translator("kk")("ask-phone"))
    assert client.last_message().reply_keyboard[-1][0]["text"] == i18n.translator("kk")("btn-skip")
    await client.send("/help")
    assert "Бұл бот не істейді" in client.last_text()


async def test_no_typed_at_a_step_that_can_be_skipped_skips_it_and_saves_nothing(make_client, i18n: I18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серикбаев")
    await client.send("нет")  # no phone to give
    assert client.last_text() == plain(t("ask-region"))
    await client.click(t("region-mangystau"))
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    await client.send("5")
    await client.send("нет")
    await client.click("▫️ " + t("spoken-ru"))
    await client.send("готово")  # typed instead of pressed, with a language ticked
    assert plain(t("languages-saved", languages=t("spoken-ru"))) in [m.plain_text for m in client.messages()[-2:]]
    await client.send("нет")  # no qualifications: on to the salary, and «нет» is not saved as them
    assert client.last_text() == plain(t("ask-salary"))
    await client.send("пропустить")
    assert client.last_text().startswith(plain(t("profile-complete")))
    profile = await profile_of(database, client.user_id)
    assert profile.phone is None and profile.qualifications in (None, "") and profile.min_salary is None
    assert profile.completed_at is not None


async def test_a_choice_of_occupation_may_be_typed(make_client, i18n: I18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айдос Серикбаев")
    await client.send("нет")
    await client.click(t("region-mangystau"))
    await client.send("123")  # no trade in it: asked again, nothing kept
    assert client.last_text() == plain(t("expect-occupation"))
    await client.send("электрик")
    second = client.buttons()[1]
    await client.send("2")  # the second choice, typed instead of pressed
    assert plain(t("occupation-saved", title=second)) in [m.plain_text for m in client.messages()[-2:]]
    await client.send("4")
    await client.send("да")
    await client.send("сварщик")
    await client.send("да")  # yes: the first choice
    await client.send("2")
    await client.send("да")
    await client.send("кузнец-художник по металлу")
    await client.send("нет")  # none of these: the worker's own words are kept
    assert plain(t("occupation-saved", title="кузнец-художник по металлу")) in [
        m.plain_text for m in client.messages()[-2:]
    ]
    held = await occupations(database, client.user_id)
    second_code = matching.suggest_occupations("электрик", limit=5)[1].code
    assert [code for _, code, _ in held] == [second_code, "7212", None]


async def test_a_question_mid_way_is_answered_and_its_step_asked_again(make_client, i18n, database, settings):
    """«платить надо?» at the years step had been told to send a number; «русский и казахский» at the
    occupation step had been kept as the worker's trade."""
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await up_to_the_occupation(client, i18n, "ru", name="Серик Ахметов", region="turkistan")
    await client.send("русский и казахский")
    assert client.last_text() == plain(t("occupation-is-a-language"))
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    asked = client.last_text()
    replies = await client.send("а платить за это надо?")
    assert [reply.plain_text for reply in replies] == [plain(t("chat-fees", hotline=settings.hotline)), asked]
    await client.send("7")
    assert await occupations(database, client.user_id) == [(1, "7212", 7)]


async def test_asking_in_words_to_delete_mid_wizard_is_never_taken_as_an_answer(make_client, i18n, database):
    """«удалите, пожалуйста, мои данные» at the name step is no name, and "delete my data" at the
    occupation step no trade: the worker gets /delete's confirmation, and the step stays open."""
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("удалите, пожалуйста, мои данные")
    assert client.last_text() == plain(t("delete-confirm"))
    await client.click(t("btn-delete-no"))
    assert client.last_text() == plain(t("delete-kept"))
    assert (await profile_of(database, client.user_id)).full_name is None
    await client.send("Удалов Иван")  # a surname that begins like «удалить» is a name
    assert client.last_text() == plain(t("ask-phone"))
    assert (await profile_of(database, client.user_id)).full_name == "Удалов Иван"


async def test_a_delete_request_at_the_occupation_step_deletes_once_confirmed(make_client, i18n, database):
    client = make_client(language_code="en")
    t = i18n.translator("en")
    await up_to_the_occupation(client, i18n, "en", name="Aidos Serikbayev", region="atyrau")
    await client.send("please delete my account")
    assert client.last_text() == plain(t("delete-confirm"))
    async with database.sessionmaker() as session:
        assert not (await session.execute(select(ProfileOccupation))).scalars().all()
    await client.click(t("btn-delete-yes"))
    assert client.last_text() == plain(t("delete-done"))
    assert await profile_of(database, client.user_id) is None


@pytest.mark.parametrize(("lang", "typed"), [("en", "ten"), ("ru", "уже шесть лет"), ("kk", "бес жыл")])
async def test_years_typed_for_the_trade_are_not_kept_as_the_trade(make_client, i18n, database, lang, typed):
    """A worker who answers the next question first («уже шесть лет» for the trade) is told the years come
    next; nothing is saved as a trade called "ten"."""
    client = make_client(user_id=8600 + ord(lang[0]), language_code=lang)
    t = i18n.translator(lang)
    await up_to_the_occupation(client, i18n, lang, name="Serik Akhmetov", region="turkistan")
    await client.send(typed)
    assert client.last_text() == plain(t("occupation-is-years"))
    assert await occupations(database, client.user_id) == []
    await client.send({"en": "welder", "ru": "сварщик", "kk": "дәнекерлеуші"}[lang])
    await client.click(client.buttons()[0])
    assert client.last_text() == plain(t("ask-years"))


@pytest.mark.parametrize(("lang", "typed"), [("ru", "от 3000"), ("en", "2500 riyals and above"), ("kk", "3000 риалдан жоғары")])
async def test_pay_typed_for_the_trade_is_not_kept_as_the_trade(make_client, i18n, database, lang, typed):
    client = make_client(user_id=8700 + ord(lang[0]), language_code=lang)
    t = i18n.translator(lang)
    await up_to_the_occupation(client, i18n, lang, name="Serik Akhmetov", region="turkistan")
    await client.send(typed)
    assert client.last_text() == plain(t("occupation-is-pay"))
    assert await occupations(database, client.user_id) == []


@pytest.mark.parametrize(("lang", "typed"), [("ru", "каменщик"), ("kk", "7 жыл"), ("en", "from Atyrau")])
async def test_an_answer_to_another_step_at_the_name_step_is_asked_again(make_client, i18n, database, lang, typed):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send(typed)
    assert client.last_text() == plain(t("error-name-other-answer"))
    assert (await profile_of(database, client.user_id)).full_name is None
    await client.send("Айбол Жұмабаев")
    assert client.last_text() == plain(t("ask-phone"))


async def test_a_phone_dictated_a_salary_corrected_and_a_phone_at_the_qualifications_step(make_client, i18n, database):
    client = make_client(language_code="ru")
    t = i18n.translator("ru")
    await register(client, i18n, "ru")
    await client.send("Айбол Жұмабаев")
    await client.send("восемь семьсот семьдесят пять четыреста тридцать два десять ноль один")
    await client.click(t("region-astana"))
    await client.send("сварщик")
    await client.click(client.buttons()[0])
    await client.send("шесть лет, нет, семь")
    await client.send("нет")
    await client.click("▫️ " + t("spoken-ru"))
    await client.click(t("btn-done"))
    await client.send("8 702 000 11 22")  # the phone again, at the qualifications step
    assert client.last_text() == plain(t("expect-qualifications"))
    await client.click(t("btn-done"))
    await client.send("2200, ой, 2400")
    profile = await profile_of(database, client.user_id)
    assert (profile.phone, profile.qualifications, profile.min_salary) == ("+77754321001", None, 2400)
    async with database.sessionmaker() as session:
        occupation = (await session.execute(select(ProfileOccupation))).scalar_one()
    assert occupation.years == 7
