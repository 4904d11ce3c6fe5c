"""A son or daughter fills the profile in for a parent: the bot asks for the parent's name when only the
relation is typed, and keeps the name without the words around it."""

from __future__ import annotations

import pytest

from tests.e2e.test_registration import register
from tests.e2e.test_wizard_bad_input import profile_of
from tests.texts import plain


@pytest.mark.parametrize(("lang", "relation", "typed", "saved"), [
    ("ru", "пишу за папу", "за папу пишу: Жумабеков Нурлан", "Жумабеков Нурлан"),
    ("kk", "анам үшін", "Анамның аты Сәуле Ибраева", "Сәуле Ибраева"),
    ("en", "for my dad", "I'm writing for my dad, his name is Marat Abenov", "Marat Abenov"),
])
async def test_a_parents_name_typed_by_a_child_is_kept_alone(make_client, i18n, database, lang, relation, typed,
                                                               saved):
    client = make_client(language_code=lang)
    t = i18n.translator(lang)
    await register(client, i18n, lang)
    await client.send(relation)
    assert client.last_text() == plain(t("error-name-relative"))
    assert (await profile_of(database, client.user_id)).full_name is None
    await client.send(typed)
    assert client.last_text() == plain(t("ask-phone"))
    assert (await profile_of(database, client.user_id)).full_name == saved
