"""The region of Kazakhstan a worker lives in, named by the region, a town, a district or a village, in
any alphabet, and not the birthplace told beside it."""

from __future__ import annotations

import re

from bot.validation.answer import InvalidInput, passes, settled, without_question
from rapidfuzz.distance import OSA

from matching.text import skeleton


# A region typed instead of pressed: the beginnings of its names, of its towns, districts and larger
# villages, in Kazakh, Russian and English, compared through `matching.text.skeleton` (so «Ақтау», «Актау»
# and "Aktau" are one). Tried in this order: the Almaty region before the city of Almaty, whose name it
# holds. A name ending in "!" is a whole word ("СКО", not the beginning of «скоро»). A name ending in "?"
# is shared by places in several regions (Aksu is a town of Pavlodar and villages elsewhere; Abai and
# Zhambyl name regions and districts of others; Karatau is a town of Zhambyl and a district of Shymkent): it
# counts only when the message names nothing else
# («Сайрам ауданы, Ақсу ауылы» is in Turkistan, «Шымкент, Абайский район» in Shymkent). Older names
# are still typed: «Кустанай», «Кзыл-Орда», «Джамбул», «Гурьев», «Лениногорск», «Шевченко», and «ЮКО» (ОҚО) for
# South Kazakhstan, since 2018 the Turkistan region without Shymkent. A district is named by the
# beginning of its name («Сайрамский район», «Сайрам ауданы», "Sairam district").
REGION_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # The capital's earlier names, before Akmola region's name, which they hold: Akmolinsk until 1961, and
    # Akmola, the town, 1992–1998 («г. Акмола»; «Акмола» alone, or «Акмолинская область», is the region).
    ("astana", ("акмолинск!", "akmolinsk!", "г акмола!", "город акмола!", "гор акмола!", "акмола қаласы!",
                "akmola qalasy!", "akmola city!", "city of akmola!")),
    # The regions' names cut short as forms and addresses write them: «Алм. обл.», «Вост.-Каз. обл.», «Сев-Каз».
    ("almaty_region", ("алматы обл", "алм обл", "almaty region", "almaty oblys", "алматинск", "алма атинск",
                       "alma ata reg", "alma ata obl", "alma atinsk", "конаев", "капчагай",
                       "капшагай", "талгар", "каскелен", "есик", "иссык", "илийск", "іле!", "карасай",
                       "енбекшиказах", "еңбекшіқазақ", "райымбек", "кеген", "уйгурск", "ұйғыр аудан",
                       "узынагаш", "шелек", "чунджа", "шонжы", "отеген батыр", "нарынкол")),
    # Semey also in its Russian cases («в Семее», «из Семея»), which do not begin with «семей»
    ("abai", ("абай?", "abai?", "семей", "семее!", "семея!", "семеем!", "семипалат", "аягоз", "бескарагай",
              "бородулих", "жарма", "кокпект", "урджар", "үржар", "маканчи", "аксуат", "курчатов", "шар!", "чарск")),
    ("akmola", ("акмол", "akmol", "кокшетау", "kokshetau", "кокчетав", "kokchetav", "степногорск", "щучинск", "бурабай", "боровое",
                "акколь", "аршалы", "астраханк", "атбасар", "буланды", "макинск", "егиндыколь", "биржан сал",
                "ерейментау", "державинск", "зеренд", "коргалжын", "сандыктау", "целиноградск", "шортанд",
                "косшы!", "степняк")),
    ("aktobe", ("актоб", "актюб", "aktob", "кандыагаш", "хромтау", "айтекебийск", "алгинск", "алга!",
                "байганин", "иргиз", "ырғыз", "каргалин", "мартук", "мугалжар", "мұғалжар", "темирск",
                "темир!", "уил!", "ойыл", "хобд", "шалкар", "эмба")),
    ("atyrau", ("атырау", "atyrau", "кульсары", "құлсары", "гурьев", "guryev", "жылыой", "индер", "исатай", "курмангаз",
                "құрманғаз", "кызылкога", "қызылқоға", "макат", "махамбет", "аккистау", "ганюшкин", "доссор")),
    ("east", ("восточно", "вост каз", "шығыс", "east kaz", "вко!", "шко!", "усть камен", "өскемен", "oskemen", "риддер",
              "лениногорск", "зырянов", "глубок", "зайсан", "катон", "курчум", "күршім", "самарск", "тарбагат",
              "уланск", "шемонаих", "серебрянск")),
    ("zhambyl", ("жамбыл?", "zhambyl?", "джамбул", "жамбул", "dzhambul", "тараз", "taraz", "каратау?", "байзак",
                 "жуалы", "кордай", "рыскулов", "меркен", "мерке!", "меркі!", "merki!", "мойынкум", "сарысу", "таласск",
                 "талас аудан", "шуск", "шу!", "жанатас", "сарыкемер", "аулие ата", "әулиеата")),
    ("zhetisu", ("жетісу", "жетысу", "zhetisu", "талдыкорган", "taldykorgan", "талдыкурган", "талды курган",
                 "текели", "жаркент", "алаколь", "алакөл", "ескельд", "каратал", "кербулак", "коксу",
                 "панфилов", "саркан", "уштобе", "үштөбе", "ушарал", "лепсы", "балпык")),
    ("karaganda", ("крг!", "krg!", "караганд", "қарағанды", "karagand", "темиртау", "балхаш", "балқаш", "шахтинск", "сарань",
                   "приозерск", "бухар жырау", "каркаралин", "қарқаралы", "нура!", "нуринск", "осакаров",
                   "шетск", "шет аудан")),
    ("kostanay", ("костана", "kostana", "кустана", "рудный", "лисаковск", "аркалык", "тургайск", "torgai", "turgai", "торғай", "алтынсарин", "амангельд",
                  "аулиеколь", "әулиекөл", "денисов", "джангельд", "жангельд", "житикар", "камыст", "карабалык",
                  "карасуск", "мендыкар", "наурзум", "сарыколь", "сарыкөл", "майлин", "узунколь", "федоров",
                  "тобыл", "затобольск")),
    ("kyzylorda", ("кызылорд", "kyzylord", "кзыл орд", "кзылорд", "кызыл орд", "байконур", "байқоңыр", "аральск",
                   "арал аудан", "арал!", "аралға!", "аралда!", "аралдамын!", "аралдағы!", "жалагаш", "жанакорган", "казалинск", "қазалы", "кармакш",
                   "сырдарьинск", "шиели", "айтеке би")),
    ("mangystau", ("мангист", "мангыст", "mangyst", "mangist", "мангышлак", "актау", "aktau", "жанаозен",
                   "бейнеу", "форт шевченко", "шевченко!", "каракия", "мунайл", "тупкараган", "түпқараған",
                   "шетпе", "курык", "құрық", "жетыбай", "бекет ата")),
    ("pavlodar", ("павлодар", "pavlodar", "экибастуз", "екібастұз", "ekibastuz", "аксу?", "ермак", "баянаул",
                  "железин", "иртышск", "ертіс аудан", "щербакт", "аккулы", "лебяжь")),
    ("north", ("северо", "сев каз", "солтүстік", "north kaz", "ско!", "петропавл", "petropavl", "айыртау", "акжар",
               "аккайын", "мамлют", "булаево", "магжан", "сергеевк", "шал акын", "тайынш", "тимирязев",
               "уалихан", "кызылжар", "қызылжар", "явленк", "пресновк")),
    ("turkistan", ("туркестан", "түркістан", "turkestan", "turkistan", "кентау", "сарыагаш", "жетысай",
                   "шардара", "ленгер", "южно казах", "юж каз", "оңтүстік қазақстан", "south kaz", "юко!", "око!", "сайрам",
                   "аксукент", "байдибек", "казыгурт", "қазығұрт", "мактаарал", "мақтаарал", "ордабас",
                   "отырар", "отрар", "созак", "шолаккорган", "толеби", "төле!", "тюлькубас", "түлкібас", "келес",
                   "арысь", "арыс!", "шаульдер", "шәуілдір",
                   # the Soviet Chimkent region, South Kazakhstan's earlier name: not the city alone
                   "чимкентская обл", "шымкентская обл", "чимкент обл", "шымкент обл", "chimkent obl",
                   "shymkent obl")),
    ("ulytau", ("ұлытау", "улытау", "ulytau", "жезказган", "джезказган", "zhezkazgan", "сатпаев", "сәтбаев",
                "satpai", "жанаарк", "жаңаарқа", "каражал", "жезды")),
    ("west", ("западно", "зап каз", "батыс", "west kaz", "зко!", "бко!", "уральск", "орал", "oral", "uralsk", "аксай", "акжаик",
              "ақжайық", "бокейорд", "бөкей орда", "бурлин", "бөрлі", "жангала", "жанибек", "зеленов",
              "казталов", "каратоб", "сырым", "таскала", "теректин", "чингирлау", "шыңғырлау", "чапаев")),
    # «Нурсултан» run together as voice typing writes it, a whole word: it is a man's name too
    ("astana", ("астан", "astana", "нур султан", "nur sultan", "нурсултан!", "nursultan!", "целиноград")),
    # the city's districts (Бостандыкский, Медеуский, Алмалинский, Турксибский, Наурызбайский)
    ("almaty", ("алматы", "almaty", "алма ата", "alma ata", "алма ату!", "алма ате!",  # «в Алма-Ате», «на Алма-Ату»
                "бостандык", "медеу", "алмалин", "турксиб", "түрксіб", "наурызбай")),
    # the city's districts (Аль-Фарабийский, Енбекшинский), not Almaty's avenue of that name
    ("shymkent", ("шым!", "shym!", "шымкент", "чимкент", "shymkent", "аль фарабийск", "әл фараби аудан", "al farabi dist",
                  "al farabi rai", "енбекшинск", "еңбекші аудан")),
)


def _region_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the given names as `skeleton` spells them; None when there are none."""
    if not words:
        return None
    return re.compile(r"(?<![a-z])(?:" + "|".join(
        re.escape(skeleton(word.rstrip("!"))) + (r"(?![a-z])" if word.endswith("!") else "") for word in words
    ) + ")")


_REGION_PATTERNS = tuple(
    (code, _region_pattern(tuple(word for word in words if not word.endswith("?")))) for code, words in REGION_WORDS
)
_SHARED_REGION_PATTERNS = tuple(
    (code, _region_pattern(tuple(word.rstrip("?") for word in words if word.endswith("?"))))
    for code, words in REGION_WORDS
)


def region(text: str | None) -> str:
    """The region a worker's answer names (a region or one of its towns): «Мангистау», «живу в Актау»,
    «Шымкентте», "Almaty"; the one the worker lives in when the birthplace is told too («родился в Таразе,
    живу в Алматы»); the second when corrected («Алматы, ой, Талдыкорган»); a name typed a letter off
    («Карагнда», «Шымкнет», «Алмата») when it is near one region's name only. Raises when it names none."""
    text = without_question(text)
    try:
        return region_named(text)
    except InvalidInput as named_none:
        near = near_region(skeleton(_FAMILY.sub(" ", text))) if named_none.key == "expect-region" else None
        if near is None:
            raise named_none
        return near


def region_named(text: str | None) -> str:
    """The region a text names as spelt (see `region`), with no misspelling forgiven: for words read one by
    one in a longer message, where a word a letter off a town's name is usually another word."""
    text = _WEST_IN_LATIN.sub("ЗКО", text or "")  # "WKO" is West Kazakhstan, not «ВКО» with a W for a В
    text = _FAMILY.sub(" ", text)  # «с семьёй» is with the family, not in Semey, though its soft sign is read away
    return _region_of(_lived_in(settled(text, _region_of)))


_WEST_IN_LATIN = re.compile(r"(?<![^\W\d_])WKO(?![^\W\d_])", re.IGNORECASE)
_FAMILY = re.compile(r"(?<![^\W\d_])семь[еёяиюй]\w*", re.IGNORECASE)


# Where the worker was born, registered («прописка в Караганде») or lived before, told beside where they
# live: «родился в Таразе», «тумысым
# Сарыағаштан», "born in", «жил в Гурьеве, сейчас в Актау», «бұрын Таразда тұрдым», "used to live in …".
_BORN = re.compile(r"родил|родом|тумыс|туған|туылған|born|прописк|прописан|тіркел|tirkel|registered|registration|(?<![^\W\d_])(?:жил|жила|жили|раньше|прежде|бұрын|тұрдым|"
                   r"тұрғанмын|тұрғам|used\s+to|previously|formerly)(?![^\W\d_])", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;.]|(?<![^\W\d_])(?:но|а|бірақ|but|and)(?![^\W\d_])", re.IGNORECASE)


def _lived_in(text: str) -> str:
    """The answer without the parts about the birthplace, when the rest still names a place."""
    kept = " , ".join(clause for clause in _CLAUSES.split(text) if not _BORN.search(clause))
    return kept if passes(_region_of, kept) else text


# Districts whose name three regions share, typed with nothing that tells them apart: the worker picks the
# region among those («Есильский район»: Akmola, North Kazakhstan, or Astana's Esil district; «Жамбылский
# район»: Almaty, North Kazakhstan or Zhambyl; «Абай ауданы»: Abai, Karaganda or Shymkent's Abai district).
# «Абай» or «Жамбыл» alone is the region of that name (see `REGION_WORDS`), and a district named beside
# another place shared by several regions («Жамбыл ауданы, Ақсу ауылы») is read as such names are.
_SEVERAL_REGIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"(?<![a-z])esil"), ("akmola", "north", "astana")),
    (re.compile(r"(?<![a-z])jambil\w*\s+(?:raion|audan|district|r\s?n\b)|(?:raion|audan\w*|r\s?n)\s+jambil"),
     ("almaty_region", "north", "zhambyl")),
    (re.compile(r"(?<![a-z])abai\w*\s+(?:raion|audan|district|r\s?n\b)|(?:raion|audan\w*|r\s?n)\s+abai"),
     ("abai", "karaganda", "shymkent")),
)


def _region_of(text: str) -> str:
    """The region one answer names (see `region`); a district several regions have raises
    "expect-region-which" with those regions' codes as `regions`."""
    key = skeleton(text or "")
    found = _first_region(_REGION_PATTERNS, key)
    if found is not None:
        return found
    for pattern, codes in _SEVERAL_REGIONS:
        rest = pattern.sub(" ", key)
        if rest != key and _first_region(_SHARED_REGION_PATTERNS, rest) is None:
            raise InvalidInput("expect-region-which", regions=codes)
    found = _first_region(_SHARED_REGION_PATTERNS, key)
    if found is not None:
        return found
    raise InvalidInput("expect-region")


# The one-word names a misspelling is compared with: those of five letters or more that no other region
# shares, as `skeleton` spells them.
NEAR_NAMES = tuple(
    (code, skeleton(word.rstrip("!"))) for code, words in REGION_WORDS for word in words
    if not word.endswith("?") and " " not in word.rstrip("!") and len(skeleton(word.rstrip("!"))) >= 5
)


# Words of a move or a stay that lie a letter off a town's name («көштім», «көшіп» and Kosshy): never a misspelt place.
_NOT_PLACES = ("kosht", "koship", "koshem", "koshk", "koshu")


def near_region(key: str) -> str | None:
    """The region whose name a word of a short answer misses by one letter (see `_letters_off`). Of
    several, the nearest and then the longest name is meant («Кокшетай» is Kokshetau, not Koksu); None when
    none is that near, or two regions tie."""
    words = [word for word in key.split() if len(word) >= 5 and not word.startswith(_NOT_PLACES)]
    if not words or len(key.split()) > 3:
        return None
    near = sorted({(off, -len(name), code) for word in words for code, name in NEAR_NAMES
                   if (off := _letters_off(name, word)) <= 1})
    if not near or (len(near) > 1 and near[1][:2] == near[0][:2] and near[1][2] != near[0][2]):
        return None
    return near[0][2]


def _letters_off(name: str, word: str) -> int:
    """How many letters a word's beginning is off a name (one left out, added or another, two swapped),
    with up to two letters of a case ending after it; a word that is only the name cut short («Астрахань»
    of «Астраханка») or runs on past it («Самарканд» of «Самарское») is no misspelling of it."""
    if len(word) < len(name) and name.startswith(word):
        return len(name)
    return min((OSA.distance(name, word[:len(name) + cut]) for cut in (-1, 0, 1)
                if len(word) - len(name) - cut <= 2), default=len(name))


def _first_region(patterns: tuple[tuple[str, re.Pattern[str] | None], ...], key: str) -> str | None:
    """The code of the first region whose names `key` holds, in the table's order."""
    return next((code for code, pattern in patterns if pattern is not None and pattern.search(key)), None)
