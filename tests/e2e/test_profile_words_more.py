"""More of the profile changed in words: a trade replaced, the years of experience grown, a certificate got,
a language taken off, and one trade's profile removed rather than the whole account. Each is shown first and
saved only on a button, as every change asked in words is."""

from __future__ import annotations

from tests.e2e.test_profile_occupations import occupations
from tests.e2e.test_profile_words import saved, worker
from tests.texts import plain


async def second_trade(client, t, trade: str, years: str = "3") -> None:
    """Add a second trade the way a worker does in words."""
    await client.send(f"добавь профессию {trade}")
    await client.click(client.buttons()[0])
    await client.send(years)
    if t("btn-next") in client.buttons():
        await client.click(t("btn-next"))


async def test_the_one_trade_held_is_replaced_after_the_pick(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6601, "ru")
    await client.send("поменяйте мою специальность на водителя")
    assert client.last_text() == plain(t("ask-occupation_pick"))
    assert [(p, c[:2]) for p, c, _ in await occupations(database, 6601)] == [(1, "72")]  # nothing before the pick

    await client.click(client.buttons()[0])
    assert client.last_text() == plain(t("ask-years"))
    await client.send("4")
    assert client.last_text().startswith(plain(t("profile-updated")))
    held = await occupations(database, 6601)
    assert len(held) == 1 and held[0][0] == 1 and held[0][1].startswith("83") and held[0][2] == 4


async def test_of_several_trades_the_worker_presses_the_one_replaced(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6602, "en")
    await second_trade(client, t, "повар")
    await client.send("switch my trade to plumber please")
    assert client.last_text() == plain(t("pw-occupation-replace-which", new="plumber"))
    assert client.buttons()[-1] == t("btn-pw-cancel") and len(client.buttons()) == 3
    assert len(await occupations(database, 6602)) == 2

    await client.click(client.buttons()[1])  # the cook, second
    assert client.last_text() == plain(t("ask-occupation_pick"))
    await client.click(client.buttons()[0])
    await client.send("6")
    held = await occupations(database, 6602)
    assert [(p, c[:2], y) for p, c, y in held] == [(1, "72", 7), (2, "71", 6)]


async def test_a_trade_named_among_several_is_replaced_without_asking_which(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6603, "ru")
    await second_trade(client, t, "повар")
    await client.send("замените профессию повар на пекарь")
    assert client.last_text() == plain(t("ask-occupation_pick"))
    await client.click(client.buttons()[0])
    await client.send("2")
    held = await occupations(database, 6603)
    assert [(p, c[:2]) for p, c, _ in held] == [(1, "72"), (2, "75")]  # the welder stays, the baker replaces the cook


async def test_years_grown_are_shown_for_the_one_trade_and_saved_on_save(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6604, "kk")
    await client.send("тәжірибем енді 9 жыл, жаңартыңыз")
    title = t("pw-field-years", title=client.last_text().split("(")[1].split(")")[0])
    assert client.last_text() == plain(t("pw-confirm", field=title, old=t("pw-years", years=7),
                                         new=t("pw-years", years=9)))
    assert (await occupations(database, 6604))[0][2] == 7  # nothing before Save

    await client.click(t("btn-pw-save"))
    assert client.last_text() == plain(t("pw-saved", field=title, new=t("pw-years", years=9)))
    assert (await occupations(database, 6604))[0][2] == 9


async def test_years_of_one_of_several_trades_go_to_the_one_pressed(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6605, "ru")
    await second_trade(client, t, "повар")
    await client.send("стаж теперь 5 лет, поменяйте")
    assert client.last_text() == plain(t("pw-years-which", new=t("pw-years", years=5)))
    await client.click(client.buttons()[1])
    assert client.last_text().startswith(plain(t("pw-saved", field="@", new=t("pw-years", years=5))).split("@")[0])
    assert [y for _, _, y in await occupations(database, 6605)] == [7, 5]


async def test_a_certificate_got_joins_the_qualifications_on_save(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6606, "en")
    await client.send("just got my OSHA 30 certificate, add it please")
    assert client.last_text() == plain(t("pw-confirm", field=t("pw-field-qualifications"), old="НАКС, 6G",
                                         new="НАКС, 6G; OSHA 30 certificate"))
    assert (await saved(database, 6606)).qualifications == "НАКС, 6G"
    await client.click(t("btn-pw-save"))
    assert (await saved(database, 6606)).qualifications == "НАКС, 6G; OSHA 30 certificate"


async def test_a_language_taken_off_leaves_the_others(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6607, "ru")
    await client.send("русский удалите из анкеты, я на нём почти не говорю")
    assert client.last_text() == plain(t("pw-confirm", field=t("pw-field-languages"),
                                         old=f"{t('spoken-kk')}, {t('spoken-ru')}", new=t("spoken-kk")))
    await client.click(t("btn-pw-save"))
    assert (await saved(database, 6607)).languages == ["kk"]


async def test_one_trades_profile_removed_is_not_the_account_deleted(make_client, i18n, database):
    client, t = await worker(make_client, i18n, 6608, "ru")
    await second_trade(client, t, "повар")
    await client.send("удалите профиль повара")
    assert client.last_text().startswith(plain(t("pw-occupation-remove")))
    assert t("btn-delete-yes") not in client.buttons()
    assert len(await occupations(database, 6608)) == 2  # nothing before the press
