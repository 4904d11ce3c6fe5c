"""Text normalisation: every label and every query is turned into the same folded Latin "skeleton".

Workers write Kazakh in Cyrillic, in the 2021 Latin alphabet, in older Latin variants or in informal ASCII
("zh", "sh", "q"), Russian in Cyrillic or transliterated, and English; with typos and inflections. Instead
of transliterating each way, everything is folded into one lossy ASCII key in which the spellings meet:
"дәнекерлеуші", "dänekerleuşı", "danekerleushi" and "дэнекерлеуши" all become "danekerleushi" or
something one letter away from it, which the fuzzy step then absorbs.

Russian inflection ("сварщиком", "водителем") is removed with the Snowball Russian stemmer before folding;
Kazakh suffixes and Latin-typed Russian endings are handled by prefix matching in the index instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

# Work on long input is capped: nobody types an occupation in more than a few words. A title or a clause
# is read in its first MAX_CHARS characters and MAX_TOKENS words that name work (the noise words are
# dropped before the words are counted, so a long greeting does not push the trade out).
MAX_CHARS = 200
MAX_TOKENS = 20
# A worker's message is read in this many characters: a first message tells the name, the age, the town
# and the years before the trade, which may come last («...по профессии я сварщик»); each of its clauses and
# thoughts is read within the caps above.
MAX_MESSAGE_CHARS = 1000

_PRE = str.maketrans(
    {
        "ş": "sh",
        "ç": "ch",
        # Russian in Latin letters with the háček of Czech and of scholarly transliteration ("svarščik")
        "š": "sh",
        "č": "ch",
        "ž": "zh",
        "ı": "i",
        "ý": "u",  # у in the 2018 Kazakh Latin alphabet
        "ə": "a",
        "æ": "a",
        "ё": "е",
        "’": "'",
        "ʼ": "'",
        "`": "'",
        "ʻ": "'",
        "‘": "'",
    }
)

_CYRILLIC = str.maketrans(
    {
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
        "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
        "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "",
        "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip

# Informal and alternative Latin spellings folded onto one form, applied in this order. "ng" for ң is
# left to the typo step: folded to "n" it also turned English words ("engineer", "cleaning") into others,
# and a typo next to it ("engneer") into two differences.
_DIGRAPHS = (
    ("shch", "sh"),
    ("sch", "sh"),
    # British and American spellings of trades: "labourer" is "laborer", "colourist" "colorist" (only
    # these: "labour" alone would meet the «лабор-» of «лаборант» typed with a letter wrong).
    ("bourer", "borer"),
    ("lourist", "lorist"),
    # and the metal: "aluminum" (American, and O*NET's) is the "aluminium" of the Gulf's ads and ESCO.
    ("luminum", "luminium"),
    # and "-isation" (British, the Gulf's ads) is "-ization" (American, O*NET's): "organisation",
    # "organisational", "specialisation", "hospitalisation".
    ("isation", "ization"),
    ("kh", "h"),
    ("zh", "j"),
    ("gh", "g"),
    ("yo", "e"),  # ё typed in Latin ("shofyor"); ё itself is already е
    ("ck", "k"),
    ("ph", "f"),
    ("q", "k"),
    ("y", "i"),
    ("w", "v"),
    ("x", "ks"),
)
_APOSTROPHE_2017 = (("s'", "sh"), ("c'", "ch"), ("y'", "u"))  # ш, ч, у in the 2017 Kazakh Latin alphabet
# Latin letters whose sound in Russian typed in Latin letters is not the English one (see
# `ru_latin_reading`); "ch" and "ck" keep theirs.
_RU_LATIN_RE = re.compile(
    r"c(?![hk])|x"
    # "j" after a consonant is ь or the glide of я, ю ("njanja", "maljar", "kurjer"); after a vowel and
    # before a consonant or at the end it is й ("dizajner", "portnoj"). Elsewhere it is ж ("jurgizushi").
    r"|(?<=[bcdfgklmnprstvz])j|(?<=[aeiouy])j(?=[bcdfgklmnprstvz]|$)"
)
_RU_LATIN = {"c": "ts", "x": "h", "j": "y"}
_W_AS_SH_RE = re.compile(r"(?<=[a-z])w")  # inside a word: a first "w" is English ("welder", "waiter")
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_CYRILLIC_RE = re.compile("[а-яәғқңөұүһі]")
_SPLIT_RE = re.compile(r"[^a-z0-9а-яәғқңөұүһі]+")
_LABEL_SPLIT_RE = re.compile(r"[^a-z0-9а-яәғқңөұүһі\n]+")
_DOUBLE_RE = re.compile(r"(.)\1+")
_SLASHED_LETTERS_RE = re.compile(r"\b(\w)\s*/\s*(\w)\b")  # "A/C technician" is "AC technician"
_DIGIT_RE = re.compile(r"\d")
# In chat Latin a digit inside a word is a letter: 6 is ш (its shape), 4 is ч ("chetyre"), as in "svar6ik",
# "gruz4ik", "pogruz4ika". Only between two Latin letters: "4x4", "6years", "c1" stay what they are.
_DIGIT_LETTER_RE = re.compile(r"(?<=[a-z])[46](?=[a-z])")
_DIGIT_LETTERS = {"4": "ch", "6": "sh"}
_COMBINING_RE = re.compile("[\u0300-\u036f]")

# A driving licence category names the vehicle, hence the occupation: "водитель категории С" drives a
# truck, "D санатты жүргізуші" a bus. The category word and its letters (Latin or the Cyrillic look-alikes
# workers type) become one token, written the same in labels and queries; "с", "в" alone stay words.
# "kategoriya", the Latin spelling of «категория», ends in an "a" that is no category A: the word is taken
# whole («C kategoriya» is category C, not "kategoriy" of category A).
_LICENCE_WORD = (
    r"(?:категори[а-я]*|катег|кат|санат[а-яіы]*"
    r"|kategori(?!y?a\b)[a-z]*|kategoriy?a\b|kateg|kat|sanat[a-z]*|category|categ|cat|class)"
)
_LICENCE_LETTER = r"[abcdeавсде]{1,4}1?"  # "C", "CE", "BCDE", "C1"
# A list ("B, C, D", "B/C", "B C") goes on while each letter is followed by another or ends a phrase: in
# "категории B, с опытом" the «с» is the preposition.
_LICENCE_LETTERS = (
    rf"({_LICENCE_LETTER}(?:(?:\s*[,/+]\s*|\s+){_LICENCE_LETTER}"
    rf"(?=\s*(?:[,;.:/+)!?]|$)|\s+{_LICENCE_LETTER}\b|[ \t]+licen[cs]e(?![a-z])))*)"
)
# "driver with license C", "driving licence B": the licence itself names the category after it; only after
# it, since before it an "a" is the article ("a licence", "with a valid license"), and "licensed
# electrician" is no category D.
_LICENCE_AFTER_RE = re.compile(
    rf"\b(?:{_LICENCE_WORD}|licen[cs]e(?![a-z]))\.?[ \t\-«»\"':]*{_LICENCE_LETTERS}\b"
)
# Before the word: "категории" after its letters ("C санаты"), and "license" after them too ("driver B C
# license", "C licence holder"), but never a lone "a", the article of "a licence".
_LICENCE_BEFORE_RE = re.compile(
    rf"\b(?!a\b){_LICENCE_LETTERS}[ \t\-«»\"']*(?:{_LICENCE_WORD}\b|licen[cs]e(?![a-z]))"
)
_LICENCE_HINTS = ("кат", "санат", "cat", "kat", "sanat", "class", "licen")
# «водитель СЕ», «жүргізуші С», "driver C": the category is often written right after the driver's word,
# with no word for it; the letters that end the phrase there are the category (not «водитель с опытом»,
# where «с» is the preposition). The word for a category is put in between, and read as above. The letters
# may be in brackets after the word, as a CV's headline has them ("Driver (C, CE) 15 years").
_DRIVER_HINTS = ("водител", "шоф", "жүргізуш", "жургизуш", "voditel", "driver", "urgizush")
_DRIVER_LICENCE_RE = re.compile(
    r"\b((?:водител|шоф[её]р|жүргізуш|жургизуш|voditel|shofer|driver|(?:zh|j)[uü]rgizush)[^\W\d_]*)"
    rf"[ \t\-:]*[ \t\-:(]\s*(?={_LICENCE_LETTERS}\s*(?:[,;.!?)]|$))"
)
# "CE driver", "C driver", "D drivers": in English the category's letters are written before the driver's
# word as well, as a job ad's title has them. Not a lone "a" (the article of "a driver"), nor "be" ("want to
# be driver"); the letters are put before the word for a category, and read as above, when the text has none
# of its own ("category d driver" has its letters already).
_LETTERS_BEFORE_DRIVER_RE = re.compile(
    r"(?<![^\W\d_])(?!be\b)([bcde]{1,3}1?(?:[ \t]*[,/+][ \t]*[bcde]{1,3}1?)*)[ \t\-]+(?=drivers?\b)"
)
# «права B, C», «права категории С», «куәлігі С»: the driving licence itself, in Russian «права» and in
# Kazakh «куәлік», names its category after it; only when the letters end the phrase, so that the «в» of
# «права в порядке» stays a preposition. The word for a category is put in between, as above.
_LICENCE_DOCUMENT_HINTS = ("прав", "куәлі", "куәли")
_LICENCE_DOCUMENT_RE = re.compile(
    r"\b(прав[аы]?|правами|куә?л[іи][кг][а-яәғқңөұүһі]*)"
    rf"[ \t\-:]+(?={_LICENCE_LETTERS}\s*(?:[,;.!?)]|$))"
)
# «ВОДИТЕЛЬКАТЕГОРИИС», "voditelkategoriiC", «жүргізушісанаты С»: words typed with no space between them
# (in capitals, or on a phone), where the word of a licence category, with its letter or without, ends
# them. The word of the trade before it is set apart.
_GLUED_LICENCE_RE = re.compile(
    r"(?<=[^\W\d_]{3})(категори[яиюе]|kategori[yi]?a?|category|санатт?[ыі]|sanatt?[yi])"
    rf"(?=[ \t]*{_LICENCE_LETTER}\b|\b)"
)
_LICENCE_LOOKALIKES = str.maketrans("авсде", "abcde")
# Kazakh in the Latin alphabet writes the Cyrillic С and В a worker typed for the category as S and V
# ("S sanaty", "sanaty V"): beside "sanat" they are those categories. (Elsewhere an "s" or a "v" is a
# word of its own: "voditel s opytom".)
_KK_LATIN_LICENCE_RE = re.compile(
    r"(\bsanat[a-z]*[ \t\-«»\"':]*)([sv])\b|\b([sv])(?=[ \t\-«»\"']*sanat)"
)
_KK_LATIN_LICENCE_LETTERS = {"s": "c", "v": "b"}
# Dictated, a category is its letter's name, and speech recognition writes the name («водитель категории
# цэ», «категория бэ», «цэ е», «цэ санаты»): beside the licence word such names are the letters.
_SPOKEN_LETTERS = {"бэ": "b", "бе": "b", "цэ": "c", "це": "c", "дэ": "d", "де": "d", "е": "e", "э": "e"}
_SPOKEN_LETTER = "(?:бэ|бе|цэ|це|дэ|де)"
_SPOKEN_LETTERS_TAIL = r"(?:[ \t,]+(?:бэ|бе|цэ|це|дэ|де|е|э)(?![а-яәғқңөұүһі]))*"
_SPOKEN_LICENCE_RE = re.compile(
    rf"(\b{_LICENCE_WORD}\.?[ \t\-«»\"':]*)({_SPOKEN_LETTER}(?![а-яәғқңөұүһі]){_SPOKEN_LETTERS_TAIL})"
    rf"|(?<![а-яәғқңөұүһі])({_SPOKEN_LETTER}{_SPOKEN_LETTERS_TAIL})(?=[ \t\-«»\"']*(?:санат|категори))"
)
# E is a trailer: behind the vehicle of the letter before it ("BE" a car), alone behind a truck.
_TRAILER = "e"
_LICENCE_LATIN = frozenset("abcde")
_LICENCE_TOKEN_RE = re.compile(r"\bdrivecat[a-e]\b")

_STEMMER = snowballstemmer.stemmer("russian")

# Russian compound words shortened in writing, as in CVs and job ads: «эл.монтёр», «эл. сварщик»,
# «эл/газосварщик» are the «электромонтёр», «электросварщик», «электрогазосварщик» (alone, «эл» and
# «монтер» name nothing and «монтер» meets a printer's word); «кухработник», «кух. рабочая» are the
# «кухонный работник».
_EL_PREFIX_RE = re.compile(r"\bэл(?:\.\s*|\s+|[-/])(?=[а-я]{4})")
_KITCHEN_RE = re.compile(r"\bкух\.?\s*(?=работни|рабоч)")
# On plant and field sites «тех» is «технологический» before the plant it qualifies: «техтрубопроводы»,
# «тех. трубопроводов» are the «технологические трубопроводы», «техустановки» the «технологические
# установки», «техоборудование» the «технологическое оборудование».
_TECH_RE = re.compile(r"\bтех\.?\s*(?=трубопровод|установ|оборудован|процесс)")
# «завскладом», «зав. складом», «завпроизводством», «завмаг», «зав. аптекой»: «зав» is the «заведующий» (the
# head) of what follows it, as the labels write him (alone, «завскладом» met nothing). Only before such a
# place: «завод», «завуч», «завхоз» are words of their own.
_HEAD_OF_RE = re.compile(
    r"\bзав\.?\s*(?=(?:склад|магазин|маг\b|производств|столов|аптек|отделени|лаборатори|хозяйств)[а-я]*)"
)
# The production and technical department of a building firm or a plant, the «производственно-технический
# отдел», is called by its short form, and so are its staff («инженер ПТО», «техник ПТО», «начальник ПТО»,
# as the labels say): written in full, the name is read as the short form. (Its words alone met the
# production engineer, «инженер по производству».)
_PTO_RE = re.compile(r"\bпроизводственно[ \t]*-?[ \t]*техническ[а-я]*[ \t]+отдел[а-я]*")
# «мастер п/о», «мастером п/о в колледже», «мастер п.о.»: the master of vocational training (the «мастер
# производственного обучения» of a college's workshop, as the labels say) by the short form of his diploma
# and his post. Read as the slashed letters of "A/C" are, «п/о» became «по» and was dropped as a stopword,
# leaving «мастер» alone for the site foremen. Only after «мастер»: a slashed «п/о» elsewhere may be a post
# office.
_VOCATIONAL_MASTER_RE = re.compile(r"\b(мастер[а-я]*[ \t]+)п[ \t]*[/\\.][ \t]*о\b\.?")
# «1сник», «1С-ница», «одинэсник»: the programmer of 1С, the accounting software, as workers call him.
# The word holds a digit, and words with digits are dropped, so it is read as «программист 1с».
# «вообще-то», «кто-то», «всё-таки»: the particles of speech written with a hyphen say nothing of the work,
# and «то» alone is the «ТО» of the labels (the «техническое обслуживание» of «слесарь по ТО»).
_PARTICLE_RE = re.compile(r"(?<=[а-яё])-(?:то|таки)\b")
_ONE_C_WORKER_RE = re.compile(r"(?<![\w])(?:1\s*-?\s*[сc]|одинэс)\s*-?\s*(?:ник|ниц|чик|щик)[а-я]*")


# Words that never name an occupation in any of the three languages: removed from labels and queries.
STOPWORDS = frozenset(
    """
    и в во на по с со из к для от до при или а у о об под над за
    және мен де да бен пен мен үшін бойынша ретінде
    and or of the in on at for to with a an by from other related not elsewhere classified nec cum
    """.split()
)

# The Kazakh words among those below.
_KAZAKH_NOISE = """
    мен менің маған жұмыс жұмысы жұмысын жұмыс іздеймін іздеп жүрмін істеймін істедім істегенмін
    жұмыстар жұмыстары жұмыстарын жұмыстарды
    істеймін болып болдым болам боламын тәжірибе тәжірибем тәжірибесі тәжірибем жыл жылдық жылдан
    мамандық мамандығым мамандығы керек қажет сәлем сәлеметсіз бе рахмет иә жоқ жақсы катарда
    айналысамын айналысам айналыстым айналысқанмын
    болғым кейін
    істегім келеді істеуге істеп істей істегем істейтін дайынмын қалаймын аламын
    атым есімім жастамын жаспын жасым жас жастағы барғым барамын барып барсам жұмысқа катарға катардан
    көмектесіңізші көмектесіңіз көмектесіңіздерші өтінемін айтыңызшы айтыңыз беріңізші беріңіз табуға
    білемін алдын ала қайырлы кеш таң күн күйеуім әйелім оған оның бауырым үйленгенмін балам
    ма ме па пе табыла табылады табылар табылса табылама табыладыма
    бәрін бәрі барлығын
    ұстай ұстаймын ұстадым
"""

# Words workers add around their occupation ("ищу работу", "опыт 5 лет", "I am a", "жұмыс іздеймін", the
# firm they worked for: «в клининговой компании», where «компании» met «компаньон»),
# plus greetings and chit-chat, and the set phrases of job letters in South Asian and Gulf English
# ("I am having experience in", "kindly consider me", "gulf experience"); and what a first message says
# of the worker and his wish («меня зовут», «муж», «мужу», «живу», «хочу поехать на заработки», «подскажите»,
# «заранее спасибо», «менің атым», «жастамын», «барғым келеді», «көмектесіңізші», "my name is", "married",
# "please advise"), the words of a story told about a worker's years («потом ушла в декрет», «раньше», «теперь»,
# «снова»: alone, «теперь» met the manufacturing labourers at 78, «потом» the potters, «раньше» the crane's
# operators), and the rotation a worker did («на вахте», «вахтовым методом», «вахтамен»: the
# shift pattern, not the «вахтёр» it met one letter off): alone, «быть» met the welders at 68, «атым» ("my name", also "my horse") the herders'
# hands and "brother" the religious professionals. Removed from queries only.
NOISE_WORDS = frozenset(
    """
    я мне меня мой моя моё мои я работаю работал работала работать работа работу работы работе ищу ищем
    искать хочу хотел хотела нужна нужен нужно опыт опытом стаж стажем лет года год годов месяц месяцев
    месяца месяцу месяцы месяцами
    разряд разряда разряду разр категория категории катег профессия профессии профессией специальность
    специальности по-профессии кем как кто есть был была буду могу умею также тоже еще ещё очень
    привет здравствуйте здрасте добрый день вечер утро спасибо пожалуйста салам алло да нет хорошо ок
    катар катаре катара доха дохе го ый ой ий ая ти
    занимаюсь занимался занималась заниматься вакансия вакансии вакансию вакансий
    компания компании компанию компанией фирма фирме фирмы фирму фирмой предприятии предприятие
    i im am was were is are be been my me work works working worked job jobs looking look seeking seek
    want need experience experienced years year yrs yr months month as hi hello hey thanks thank you
    please ok yes no good have has had do can profession occupation position vacancy qatar doha
    having kindly consider considering sir madam mam dear respected regards interested available
    immediately immediate give get got doing done also apply applying
    gulf gcc uae dubai saudi ksa arabia kuwait oman bahrain abroad overseas
    вахта вахте вахту вахтой вахтовым вахтовик вахтовиком вахтамен вахтада
    зовут звать подскажите подскажи скажите ответьте ответа ответ жду заранее работает работают хочет
    хотим хотят быть можно найти помочь интересует возможно живу женат замужем детей муж жена него нее
    мужу мужа мужем жене жену женой
    ему ей мы он она они поехать уехать ехать поеду заработки заработать отработал отработала проработал
    проработала пишу пишет напишите границей границу рубежом здоров здорова казахстане казахстана россии
    европе снг братан
    потом затем теперь раньше сначала после снова опять ушла ушел ушёл ушли были было
    декрет декрете декрета декретном декретный декретного отпуск отпуске отпуска
    name named from married wife husband morning evening afternoon brother bro reply find
    speak tell about advise him her he she does relocate relocation come go would
    кто что где когда почему зачем какой какая какие what who where when why how which here there
    кім не қайда қалай қашан неге қандай
    дела дело делах плохо нормально отлично жаман қалыпты тамаша fine great bad
    """.split()
) | frozenset(_KAZAKH_NOISE.split())

# The words of speech around a trade, as a worker says it or a phone's speech recognition writes down what
# he dictates («ну я это сварщик», «короче водитель», «мен негізі жүргізушімін», "um I'm a driver"):
# fillers and hesitations, which name nothing; and the words of a question about a trade («а сварщики
# вам нужны ли», «электриктер керек па», "do you guys need welders"), with the Kazakh question particles
# (ма, ме, ба, бе, па, пе; typed in Latin letters only in a Kazakh message: see `_FOLD_COLLISIONS`).
# (Not «ага», which folds as the Kazakh «аға», "senior"; not "well" of the well driller, nor "er" of the ER
# nurse.)
SPOKEN_WORDS = frozenset(
    """
    ну вот это эта этот значит так типа короче вообще вобщем собственно просто щас сейчас ладно блин
    слушайте смотрите кстати угу там тут бы ээ эм мм аа ыы хм
    негізі енді жаңағы әлгі яғни ғой мынау сосын мысалы деп айтсам айтайын дегенім айтқанда
    um umm uh uhm hmm erm ehm eh like basically actually yeah yep okay know mean guess kinda sorta maybe
    probably just really
    ли вам вас вы нам нужны берете возьмете примете берут нанимаете стажа опыта
    ма ме ба бе па пе сізге сіздерге сіздер сіз бізге аласыз аласыздар
    guys anyone
    """.split()
)
NOISE_WORDS = NOISE_WORDS | SPOKEN_WORDS

# The family and friends a worker writes for («сын электрик», «пишу за брата», «інім жүргізуші», «ағам кран
# машинисі», "asking for my son, he is an electrician"): the relative is who the trade is asked for, not a
# trade («сын», «отец» met nothing, but counted against the trade beside them; «брата» met the male nurse and
# «ағам» left the driver at 67, under the bar of a trade named surely). Kazakh by the forms with "my"
# («інім», «ағам»; not «аға», which is "senior" in «аға мейірбике»). Not «сестра», "sister", nor «брат»: alone
# they are the nurses as well («старшая сестра», "ward sister", «мед брат» for «медбрат»).
RELATIVE_WORDS = frozenset(
    """
    сын сына сыну сыном дочь дочка дочки дочери дочке брата брату братом братишка отец отца отцу
    папа мама мать мамы матери племянник племянника племяннику племянница племянницы друг друга другу
    подруга подруги подруге родственник родственника родственница дядя тетя тётя зять
    інім ағам апам апайым әпкем қарындасым сіңлім әкем анам ұлым қызым жиенім досым құрбым туысым жұбайым немерем
    son daughter father mother dad mom mum cousin uncle aunt friend nephew niece relative
    """.split()
)
NOISE_WORDS = NOISE_WORDS | RELATIVE_WORDS

# Numbers said in words, as speech recognition writes them and as some workers type them («сварщик
# шестого разряда», «опыт пять лет», «он бес жыл», "three years experience"): a grade or a number of years,
# which say nothing of the trade, as their digits do (words with digits are dropped). English and Kazakh
# by their words; Russian by the pattern of its cardinals and ordinals (`_RU_NUMBER_RE`). Not the English
# ordinals ("third engineer" of a ship, "second cook"), nor «жарым», nor «төрт» folded, which is «торт»:
# «төрт» is a number only as it is written (`_EXACT_NUMBER_WORDS`).
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    бір екі үш бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан
    бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы
    """.split()
)
_EXACT_NUMBER_WORDS = frozenset({"төрт"})
NOISE_WORDS = NOISE_WORDS | NUMBER_WORDS

# The degrees and certificates Indian and Gulf CVs put before a trade ("B.Tech civil engineer", "BSc
# nurse", "ITI electrician", "M.Tech structural engineer"): they say where the worker studied, not what he
# does, and "tech" of "B.Tech" met the technicians before the engineer the worker named. Dropped as the
# years are; a degree written apart ("B. Tech", "M Sc") is joined into one word first (`_DEGREE_RE`).
DEGREE_WORDS = frozenset("btech mtech bsc msc bcom mcom bca mca iti".split())
NOISE_WORDS = NOISE_WORDS | DEGREE_WORDS

# The makers of the machines, lorries and materials a worker names in a CV line ("Caterpillar dozer
# operator", «погрузчик Хюндай», «самосвал Шакман», «опалубка PERI», «гипсокартон Кнауф») and the count of
# people a camp holds ("1200 pax"): they say which machine, not which trade, and met labels by chance
# ("caterpillar mechanic" before the dozer's operator, "pax" the packer). Dropped as the years are. So are the
# makers of cranes, pumps, rollers, lifts, buses, saws, lathes and sewing machines («автокран Ивановец», «на
# бетононасосе Путцмайстер», «на катке Бомаг», «бензопила Штиль», "Mazak", «Juki»): alone, «Путцмайстер» met the
# railway's track workers. (Not JCB, KAMAZ, MAZ or Hiab, the workers' names for the machine itself; not CAT, a
# licence category.)
BRAND_WORDS = frozenset(
    """
    caterpillar катерпиллар катерпиллер катерпилар катерпилер
    hyundai хюндай хундай хендай хёндай хундаи хюндаи komatsu комацу doosan дусан sany xcmg shantui шантуй
    liebherr либхер либхерр hitachi хитачи kobelco volvo вольво scania скания shacman шакман шахман howo хово
    daewoo kato tadano zoomlion manitou toyota тойота mercedes мерседес
    ивановец ивановца ivanovets клинцы галичанин putzmeister путцмайстер путцмайстера schwing bomag бомаг dynapac
    vogele фогеле sdlg lonking liugong jlg genie stihl штиль husqvarna хускварна mazak haas juki джуки
    yutong ютонг higer kinglong foton isuzu исузу iveco ивеко
    peri пери doka дока knauf кнауф leica лейка trimble
    pax
    """.split()
)
NOISE_WORDS = NOISE_WORDS | BRAND_WORDS

# The papers a worker holds beside his trade, as a CV line lists them: a certificate or licence said as such
# («сертификат есть», «с лицензией», «корочки», "certificate"), the bodies and schemes that issue them
# (CISRS for scaffolders, RLSS for lifeguards, TÜV, OSHA, NVQ, the welder's НАКС and its НГДО, the
# electrician's «допуск»), the Gulf's health licences (Prometric, DHP, MOH, QCHP, DataFlow) and who approved
# him ("Aramco approved", "valid Qatari licence"). They say he is qualified, not in what: «охранник с
# лицензией» was left under the bar by a word no label holds, and "certificate" met a certifier. (Not
# NEBOSH or IOSH, which only safety officers hold; not a licence category, read by `licence_categories`;
# not «удостоверение», said of whose it is: «удостоверение спасателя» is the rescuer's, and names him.)
CERTIFICATE_WORDS = frozenset(
    """
    сертификат сертификаты сертификатом сертификатами сертификата сертификатов сертификатым сертификаттар
    корочки корочка корочками корок
    лицензия лицензии лицензией лицензиясы лицензиям допуск допуска допуском допуски
    certificate certificates sertifikat sertifikaty
    cisrs rlss tuv osha nvq epa sca prometric dhp moh qchp dataflow mohap aramco approved valid qatari
    накс нгдо naks
    """.split()
)
NOISE_WORDS = NOISE_WORDS | CERTIFICATE_WORDS
_DEGREE_RE = re.compile(r"\b([bm])\s*[.\s]\s*(tech|sc|com|ca)\b\.?")
_RU_TENS = r"(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат|двадцат|тридцат"
_RU_NUMBER_RE = re.compile(
    r"(?:од(?:ин|на|но|ного|нои|ному|ним|ном)|дв(?:а|е|ух|ум|умя)|тр(?:и|ех|ем|емя)|четыр(?:е|ех|ем|ьмя)"
    rf"|(?:пят|шест|сем|восем|девят|десят|{_RU_TENS})(?:ь|и|ью)|восьм(?:и|ью)|сорока?|девяност[оа]"
    r"|(?:пят|шест|сем|восем|девят)ьдесят|(?:пяти|шести|семи|восьми|девяти)десяти|полтор[аы]"
    rf"|(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|{_RU_TENS})"
    r"(?:ыи|ои|ии|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ые|ие|ых|их|ыми|ими"
    r"|ья|ье|ьего|ьему|ьеи|ьи|ьим|ьих|ью))"
)

# Kazakh words spelt like Russian or English words of occupations: «бар» is "there is, I have" in
# «тәжірибем бар», «С санаты бар», and "bar" in «бармен в бар». Dropped from a message written in Kazakh.
_KAZAKH_HOMOGRAPHS = frozenset({"бар"})
# A word with the Kazakh ending of "I am" (-мын/-мін, -бын/-бін, -пын/-пін) typed in Latin letters
# ("ashpazbyn", "tiginshimin", "santehnikpin"): "men" beside it is «мен» ("I"), as in "men ashpazbyn".
_KAZAKH_I_AM_RE = re.compile(r"[a-z]{3,}[mbp][yi]n$")
_KAZAKH_LICENCE_WORD = "санат"  # «С санаты»: gone from the tokens once the licence token stands for it

# Words of the bot's buttons and of the questions workers ask it ("visa", "зарплата", "көмек"). Some are
# also part of occupation labels ("visa clerk", "тіл мұғалімі"), so they are dropped only when a query
# has nothing else. Among them the Kazakh verbs of writing to the bot and waiting for its answer («жауап
# күтемін», «жаздым»), which a Kazakh verb's worker would otherwise read as a carer or a writer; beside a
# word of work («бала күтемін», "I look after children") they are that work. So is "waiting" ("I am
# waiting"), which alone would be the waiter's work, and beside "tables" or "staff" still is.
TOPIC_WORDS = frozenset(
    """
    start stop help menu back cancel test settings language старт стоп помощь помогите меню назад отмена
    тест настройки язык көмек мәзір артқа болдырмау баптаулар тіл бар
    жауап күтемін күтеміз жаздым жазамын жібердім толтырдым waiting
    salary visa passport documents document contract money зарплата зарплаты виза визы паспорт документы
    документ договор контракт деньги жалақы төлқұжат құжат құжаттар келісімшарт ақша
    """.split()
)


# Words that qualify an occupation without naming it ("General Cleaner", "старший повар", "lady
# beautician"): in a query they count as a fraction of a word, so that a label without them still matches
# fully. Among them the words of a past service ("ex-army", «бывший военный», «бұрынғы полицей»): the
# worker names the service he left, and no label says "former". Among them too the size of the work
# («сварщик труб большого диаметра», "large diameter pipe welder", «үлкен диаметрлі құбыр»): it says how
# hard the work is, not which, and «большого» alone met the heavy-goods driver («большегрузный») by a typo.
# And the driving licence a driver says he holds («права B, C», «куәлігім бар», "with valid license"): its
# category decides (see `_LICENCE_DOCUMENT_RE`), the word itself only met the licensing officials.
# A woman or a girl said after the trade ("laundry woman", "cleaning girl") says who does it, as "lady"
# does: as a whole word "woman" met ESCO's "instrument woman" before the laundry; so do the Kazakh «қыз»
# (girl) and «апай» (auntie), which counted as whole words against the hairdresser or the nanny they follow. «Ведущий» before a
# trade is a grade of it (a lead engineer, a lead economist), as "lead" is; alone, it met the host of
# events and the lead accountant before the engineer.
WEAK_WORDS = frozenset(
    """
    general senior junior skilled semi unskilled experienced qualified certified licensed
    expert urgent urgently required needed hiring wanted trainee apprentice apprentices main lead multi
    lady ladies gents gent female male woman women girl girls
    former ex retired
    старший младший опытный квалифицированный профессиональный срочно требуется требуются нужен
    стажер стажёр практикант ученик ведущий ведущая ведущего ведущим
    аға кіші тәжірибелі білікті кәсіби шұғыл қажет шәкірт әйел қыз кыз qyz kyz апай apai
    бывший бывшая бывшего бывшим отставной бұрынғы
    высшая высшей высшую
    большой большого больших большим малого малых малым диаметр диаметра диаметров диаметром
    large diameter үлкен диаметрлі
    права правами куәлік куәлігі куәлігім license licence
    """.split()
)


# The shift a worker works says when, not what: «старший смены охраны» leads the guards of a shift (not the
# «старший смены магазина» of a shop), a "shift electrician" is an electrician. In a query such a word
# counts for half a word (`index.WHEN_WORD_WEIGHT`): more than "senior", as a label that names the shift
# («мастер смены», the production shift foreman) should still be told from one that does not («старший
# мастер», the site foreman's). So does the night: "night receptionist" met the hotel's "night manager"
# before the receptionist, and a night guard's labels still say the night.
WHEN_WORDS = frozenset(
    """
    shift shifts смена смены смене смену сменой смен сменный сменная сменного сменной ауысым ауысымы
    ауысымның ауысымда ауысымдық
    night ночной ночная ночного ночную ночным ночью түнгі tungi
    """.split()
)


# "housemaid in villa", "cook in labour camp", «горничная в отеле»: the words after "in", "at" or «в» say
# where the worker worked; they count for half a word too, so that a label of another trade that holds
# the place ("villa builder") does not outweigh the trade named (a label that says both still meets it
# whole). Two words after «в» when the first is an adjective («в детском саду»), and after the "v" of Russian
# typed in Latin letters ("oficiant v restorane"); one after "in" and "at" (after an article). Not «на»:
# «на кране», «на погрузчике» name the machine that decides the code.
# English names a place with a noun before the word for the kind of place ("at construction site", "in
# labour camp", "at road project", "in food factory"): after "in" or "at", such a second word is part of
# the place too ("packer in food factory" packs; he is no factory worker; "car washer at petrol station",
# "salesman in mobile shop", "cashier at shopping mall", "sales executive in car showroom", "lab technician
# at cement plant"). Only words that say no trade: a
# "hotel", a "hospital", a "kitchen" name the receptionist, the cleaner or the helper of their own ("at
# Rixos hotel" is still the hotel receptionist's).
_PLACE_NOUNS = frozenset(
    """
    site sites camp camps project projects company companies factory factories
    station stations shop shops store stores mall malls centre center market showroom showrooms
    plant plants field fields
    """.split()
)
# The second word after «в» is the place's noun only when the first is its adjective («в детском саду», «в
# строительной компании», "v chastnom dome"); after a noun it is the trade: «в больнице медсестрой», «в
# ресторане поваром» say where and then what, and the trade counts whole; unless it is a word for the kind
# of place, as in English: «в спа салоне», «в фитнес клубе», «в торговом центре», and with a hyphen: «в
# спа-салоне», «в фитнес-клубе», "at coffee-shop". (й has lost its breve.)
_RU_PLACE_NOUNS = r"(?:салон|клуб|центр|комплекс|цех|завод|магазин|бутик)(?:а|е|у|ом|ах|ы|и)?|компани[яию]|фирм[аеуы]"
_RU_LATIN_PLACE_NOUNS = (
    r"(?:salon|klub|club|centr|tsentr|kompleks|ceh|tseh|zavod|magazin|butik)(?:a|e|u|om|ah|y|i)?"
    r"|kompani(?:ya|ia|i|yu|iu)|firm[aeuy]"
)
# The accusative of a masculine adjective too («в частный дом», «в строительный трест»: where the worker
# wants to go), by its -ый alone: -ий and -ой end nouns as well («в компании», «в санаторий», «в забой»).
_RU_ADJECTIVE_ENDINGS = "ом|ем|ои|еи|ых|их|ую|юю|ое|ее|ыи"
_RU_LATIN_ADJECTIVE_ENDINGS = "om|em|oi|ei|oj|ej|oy|ey|yh|ih|ykh|ikh|uyu|uju|oe|ee|yj|yi|yy"
_PLACE_RE = re.compile(
    r"\b(?:in|at)\s+(?:(?:a|an|the)\s+)?([a-z]+)(?:[\s-]+(" + "|".join(sorted(_PLACE_NOUNS)) + r")\b)?"
    rf"|(?:^|\s)во?\s+(?:([а-яё]+(?:{_RU_ADJECTIVE_ENDINGS}))\s+([а-яё]+)|([а-яё]+)(?:[\s-]+({_RU_PLACE_NOUNS})\b)?)"
    rf"|(?:^|\s)vo?\s+(?:([a-z]+(?:{_RU_LATIN_ADJECTIVE_ENDINGS}))\s+([a-z]+)"
    rf"|([a-z]+)(?:[\s-]+({_RU_LATIN_PLACE_NOUNS})\b)?)"
)

_PLACE_HINT_RE = re.compile(r"(?:^|\s)(?:in|at|во?|vo?)\s")
# "nurse at Hamad hospital", "cashier at Lulu hypermarket", "welder at QatarEnergy LNG": after "in" or "at"
# an employer's own name is often followed by the kind of place it is. The name meets no label, and the word
# after it is then part of the place too (`named_place_kinds`); else "hospital" counted whole and met the
# hospital's own technicians before the nurse. Words after a name that meets labels ("at construction
# site") are read as `_PLACE_RE` reads them.
_NAMED_PLACE_RE = re.compile(r"\b(?:in|at)\s+(?:(?:a|an|the)\s+)?([a-z]+)[ \t-]+([a-z]{3,})\b")
# «арматурщик на стройке», «кладовщик на объекте», «на стройплощадке», and an oil or gas field, «повар на
# нефтяном месторождении» (alone, «месторождении» met the geologists): Russian says a site with
# «на», and the site is where the trade was done, no trade of its own (alone, «стройке» met the building
# labourers' «рабочий на стройке», and outranked a mistyped trade beside it). Not any word after «на»: «на
# кране», «на погрузчике» name the machine that decides the code. Nor after a helper or a hand («помощник
# на стройке», «рабочий на объекте»), whom the site names: the building labourer.
_ON_SITE_RE = re.compile(
    r"(?<!помощник)(?<!помощником)(?<!помощница)(?<!помощницей)(?<!подсобник)(?<!подсобником)(?<!рабочии)"
    r"(?<!рабочим)(?<!работник)(?<!работником)(?:^|\s)на\s+(стро[йи]к[еиу]|стро[йи]площадк[еи]|объект[еау]|обьект[еау]|площадк[еи]|строительств[еу]"
    r"|(?:[а-я]+(?:ом|ем|ых|их)\s+)?месторождени[иеяй])\b"
)
# "guarded a construction site", "cleaned the labour camp", "worked on a villa project": a place with its
# article is the object of the work, and says where as it would after "at"; a title has no article.
_OBJECT_PLACE_RE = re.compile(
    r"\b(?:a|an|the)\s+([a-z]+)[\s-]+(" + "|".join(sorted(_PLACE_NOUNS)) + r")\b"
)

# "safety officer oil and gas", "mechanical technician refinery", "heavy equipment operator mining": the
# industry a Gulf job title names after the trade says where the work is, as a place does, and counts for
# half a word too; else the labels of that industry's own trades ("oil and gas engineer", "refinery
# helper") outweighed the trade named. A label that says both ("refinery operator") still meets it whole.
# So does the villa a Gulf household hires for ("gardener villa", "driver for villa"), where "villa" met
# the villa builder. Not "hotel": a hotel's general manager or receptionist is named by it.
SECTOR_WORDS = frozenset(
    """
    oil gas petroleum petrochemical petrochemicals refinery oilfield offshore onshore mining
    villa villas
    """.split()
)
_SECTOR_RE = re.compile(rf"\b(?:{'|'.join(sorted(SECTOR_WORDS))})\b")
# Kazakh says where with the locative ending (-да, -де, -та, -те, -нда, -нде), after the noun phrase of
# the place: «шахтада», «көмір шахтасында», «мұнай кәсіпшілігінде», «химия зауытында», «электр
# станциясында». In a message written in Kazakh such a word, and the word before it when the place is a
# phrase (its possessive ending -ы/-і/-сы/-сі comes before the locative), counts for half a word as well.
# So does the work the worker did his trade in, a verbal noun in -у with its object before it: «жол
# салуда катокшы» is the roller's driver in road building, «үй салуда» in house building (whole, «жол
# салуда» met the road builders before the «катокшы» said). Its stem has three letters at least: «сауда»
# (trade) is no verb.
_KAZAKH_LOCATIVE_RE = re.compile(r"[а-яәғқңөұүһі]{3,}(?:н?[дт][ае])$")
_KAZAKH_PHRASE_LOCATIVE_RE = re.compile(r"[а-яәғқңөұүһі]{3,}(?:[ыі]н[дт][ае]|с[ыі]н[дт][ае]|у[дт][ае])$")
# «Құрылысқа арматурашылар керек», «Қоймаға жүк тиеушілер қажет», "Qurylysqa armaturshy kerek": a Kazakh job
# ad says what the workers are needed for in the dative, and the word so said is where they will work, as
# a locative is (alone, «құрылысқа» met the building labourers and the brigadiers, level with the steel
# fixers the ad names). Only in an ad (`_AD_NEED_WORDS`): elsewhere the dative says where the worker wants
# to go («Қатарға барғым келеді»), or whom he helped.
_KAZAKH_DATIVE_RE = re.compile(r"[а-яәғқңөұүһі]{3,}(?:[ғқ]а|[гк]е)$")
_LATIN_DATIVE_RE = re.compile(r"[a-z]{3,}(?:[gq]a|[gk]e|ğa)$")
_AD_NEED_WORDS = frozenset("керек қажет kerek qajet kajet qazhet kazhet".split())
_HELP_STEMS = ("көмек", "комек", "komek", "kömek")
# «зауыттың токарімін», «компанияның жүргізушісімін» ("I am the plant's turner"): the owner said in the
# genitive before a trade with a possessive and a personal ending says where too. Only there: in a label
# the genitive names the trade («тігін машинасының операторы», «мұнара кранының машинисі»).
_KAZAKH_GENITIVE_RE = re.compile(r"[а-яәғқңөұүһі]{3,}[нтд][ыі]ң$")
_KAZAKH_ITS_I_AM_RE = re.compile(r"[а-яәғқңөұүһі]{3,}(?:с[ыі]|[ыі])[мпб][ыі]н$")
# A department or a workshop is named by the work done in it: in «орау бөлімінде» ("in the packing
# department"), «қаптау цехында» the word before says what the worker did, not where.
_KAZAKH_WORK_PLACES = ("бөлім", "цех")
# «мұнай кен орнында», «газ кен орнында», "munai ken ornynda": the field of oil or gas, its three words a
# place; «кен» (ore, deposit) before the locative's noun brings the word before it in too (alone, «мұнай»
# met the oil engineers before the cook the worker named).
_DEPOSIT = "ken"
# Kazakh typed in Latin letters says where the same way: "qurylysta", "qūrylysta", "meiramhanada",
# "dükende", "sauda ortalygynda", "kömir shahtasynda" (ы typed "y" or "i", і "i"). Such a text has no
# Kazakh letter to tell it from English, whose words end in "-de" and "-te" too ("site", "grade"), so the
# endings are read only in a text that is Kazakh by other signs (`_kazakh_in_latin`).
_LATIN_LOCATIVE_RE = re.compile(r"[a-z]{3,}n?[dt][ae]$")
_LATIN_PHRASE_LOCATIVE_RE = re.compile(r"[a-z]{3,}(?:[yi]n[dt][ae]|s[yi]n[dt][ae]|u[dt][ae])$")
_FOLDED_WORK_PLACES = ("bolim", "tseh", "ceh")
# «қонақ үйде» ("in the hotel", the guest house), «ас үйде» (in the kitchen), «жеке үйде» (in a private
# house), "qonaq üide": the locative of «үй» (house) is too short for the endings above, and the word
# before it is part of the place. The word is still the «үй» of the labels («қонақ үй әкімшісі»), with the
# ending that is too short to be read off by the index's rule for endings.
HOUSE_LOCATIVES = {"uide": "ui", "uinde": "ui", "uiinde": "ui"}
_HOUSE_LOCATIVES = frozenset(HOUSE_LOCATIVES)
# Signs of Kazakh in Latin letters: its own letters of the 2021 and 2018 alphabets (ä, ö, ü, ū, ğ, ş, ñ,
# ı; ş and ı are gone by `_prepare`, so the raw text is looked at), a "q" that English would follow with
# "u" and a vowel ("qonaq", "qoimada"; "qurylys" too, where a consonant follows), the agent ending
# -шы/-ші ("dayashy", "tazalaushy", "kütushi"), and the Kazakh words of `NOISE_WORDS` ("boldym",
# "istedim", "jumys").
_KAZAKH_LATIN_LETTERS = frozenset("äöüūğşñı")
_KAZAKH_LATIN_WORD_RE = re.compile(r"q(?!u[aeiouy])|[a-z]{3,}(?:shy|shi)$")
# In Cyrillic typed without the Kazakh letters («мейрамханада даяшы», «кафеде аспаз болдым»), the
# agent ending -шы and the syllables «шы», «жы» that Russian spelling never writes say Kazakh as well, and
# so does the converb «болып» ("as"): in «изолировщик болып кен орнында» the deposit («кен орны») is where.
_KAZAKH_CYRILLIC_SYLLABLE_RE = re.compile(r"[шж]ы|[а-я]{2}ып\b")


# «кен орнында электрик болдым», «курылыста электрик болып истедим»: Kazakh typed with no letter of its own
# still says «болдым», «болып», «истедим», and its locatives say where (alone, «кен орнында» met the mining
# engineers before the electrician). Words of five letters or more: «да», «де», «мен» are Russian words too.
_MIN_KAZAKH_NOISE_WORD = 5


def _has_long_kazakh_noise_word(prepared: str) -> bool:
    return any(
        len(word) >= _MIN_KAZAKH_NOISE_WORD and fold(word) in _FOLDED_KAZAKH_NOISE for word in _split(prepared)
    )


def place_words(text: str, limit: int | None = MAX_CHARS) -> frozenset[str]:
    """The folded words of a text that say where the worker worked (see `_PLACE_RE`, `SECTOR_WORDS` and
    `_KAZAKH_LOCATIVE_RE`), in its first `limit` characters."""
    prepared = _prepare(text, limit)
    places: set[str] = set()
    if _PLACE_HINT_RE.search(prepared):
        places.update(fold(w) for m in _PLACE_RE.finditer(prepared) for w in m.groups() if w)
    if prepared.isascii():
        places.update(fold(w) for m in _OBJECT_PLACE_RE.finditer(prepared) for w in m.groups())
    places.update(fold(w) for site in _ON_SITE_RE.findall(prepared) for w in site.split())
    places.update(key for key in map(fold, _split(prepared)) if is_employer_key(key) or key in _OIL_SITE_KEYS)
    if prepared.isascii():
        places.update(fold(w) for w in _SECTOR_RE.findall(prepared))
        words = _split(prepared)
        if _kazakh_in_latin(text, words):
            datives = _ad_datives(prepared, _LATIN_DATIVE_RE)
            for i, word in enumerate(words):
                if (
                    _LATIN_LOCATIVE_RE.match(word)
                    or word in _HOUSE_LOCATIVES
                    or word in datives
                ):
                    places.add(fold(word))
                    if i and (
                        word in _HOUSE_LOCATIVES
                        or _LATIN_PHRASE_LOCATIVE_RE.match(word)
                        and not fold(word).startswith(_FOLDED_WORK_PLACES)
                    ):
                        places.update(_before_the_locative(words, i))
    elif (
        _KAZAKH_LETTERS.intersection(prepared)
        or _KAZAKH_CYRILLIC_SYLLABLE_RE.search(prepared)
        or _has_long_kazakh_noise_word(prepared)
    ):
        words = _split(prepared)
        datives = _ad_datives(prepared, _KAZAKH_DATIVE_RE)
        for i, word in enumerate(words):
            if (
                _KAZAKH_LOCATIVE_RE.match(word)
                or fold(word) in _HOUSE_LOCATIVES
                or word in datives
            ):
                places.add(fold(word))
                if i and (
                    fold(word) in _HOUSE_LOCATIVES
                    or _KAZAKH_PHRASE_LOCATIVE_RE.match(word)
                    and not word.startswith(_KAZAKH_WORK_PLACES)
                ):
                    places.update(_before_the_locative(words, i))
            elif (
                _KAZAKH_GENITIVE_RE.match(word)
                and i + 1 < len(words)
                and _KAZAKH_ITS_I_AM_RE.match(words[i + 1])
            ):
                places.add(fold(word))
    return frozenset(places)


_AD_CLAUSE_RE = re.compile(r"[.,;:!?\n()]+")


def _ad_datives(prepared: str, dative: re.Pattern[str]) -> frozenset[str]:
    """The words of a Kazakh job ad that say what its workers are needed for (see `_KAZAKH_DATIVE_RE`): a
    dative before the trade, in the clause that says «керек» or «қажет». Not a word alone before a comma
    («медбике, отбасыма баспана керек» is a nurse, whose «-ке» is no dative), nor before a helper («аспазға
    көмекші керек»: the dative is then whom he helps, and names the trade)."""
    found: set[str] = set()
    for clause in _AD_CLAUSE_RE.split(prepared):
        words = _split(clause)
        if not any(word in _AD_NEED_WORDS for word in words) or any(w.startswith(_HELP_STEMS) for w in words):
            continue
        for i, word in enumerate(words[:-1]):
            if dative.match(word) and words[i + 1] not in _AD_NEED_WORDS:
                found.add(word)
    return frozenset(found)


def named_place_kinds(text: str) -> list[tuple[str, str]]:
    """The folded words after "in" or "at" that may be an employer's name, each with the folded word after
    it, the kind of place the name would be ("at Hamad hospital" -> [("hamad", "hospital")]); which of them
    is a name is for the labels to say (see `_NAMED_PLACE_RE`)."""
    prepared = _prepare(text, MAX_CHARS)
    if not prepared.isascii() or not _PLACE_HINT_RE.search(prepared):
        return []
    return [
        (fold(name), fold(kind))
        for name, kind in _NAMED_PLACE_RE.findall(prepared)
        if kind not in STOPWORDS and kind not in _PLACE_NOUNS
    ]


def _before_the_locative(words: list[str], i: int) -> list[str]:
    """The folded word before a phrase's locative («құрылыс алаңында»), and the one before that when it is
    «кен» («мұнай кен орнында»), in either alphabet."""
    before = [fold(words[i - 1])]
    if i > 1 and before[0] == _DEPOSIT:
        before.append(fold(words[i - 2]))
    return before


def _kazakh_in_latin(text: str, words: list[str]) -> bool:
    """Whether a text in Latin letters is Kazakh (see `_KAZAKH_LATIN_LETTERS`)."""
    if _KAZAKH_LATIN_LETTERS.intersection(text.lower()):
        return True
    return any(
        fold(word) in _FOLDED_KAZAKH_NOISE
        or fold(word) not in _FOLDED_DROP_QUERY
        and (_KAZAKH_LATIN_WORD_RE.search(word) or _KAZAKH_I_AM_RE.match(word))
        for word in words
    )


# Words that make a worker the supervisor of a trade ("mason foreman", "бригадир сварщиков"): ISCO-08
# files supervisors apart from the trade they lead, so in a query such a word weighs more than the trade.
HEAD_WORDS = frozenset(
    """
    foreman foremen supervisor superintendent chargehand бригадир прораб супервайзер
    """.split()
)


# Words of the highest rank in a trade, each with the lower words of rank the labels may use for it
# instead: «главный повар» is the «шеф-повар» and the «старший повар» of the labels, «бас аспаз» the «аға
# аспаз», a "chief cook" the "head cook". A query word is also read as these (`index.RANK_SIM`), so that
# the chef or the head housekeeper is found whichever word his labels were written with. Only downwards:
# the head of the cooks is a senior cook, but a senior doctor («старший врач», «аға дәрігер») is no chief
# physician («главный врач», «бас дәрігер»), who manages a hospital.
RANK_WORDS = {
    "главный": ("старший", "шеф"),
    "бас": ("аға",),
    "head": ("chief", "senior"),
    "chief": ("head", "senior"),
}


# Short forms of occupation words in job ads and CVs ("HVAC tech", "civil engr", «инж. ПТО»): a query
# word that is one is also read as the word in full.
ABBREVIATIONS = {
    "tech": ("technician",),
    "engr": ("engineer",),
    # "MEP engg", "civil engg": the short form of Indian and Gulf CVs and job ads
    "engg": ("engineer",),
    "asst": ("assistant",),
    "mgr": ("manager",),
    "supvr": ("supervisor",),
    "supv": ("supervisor",),
    "spvr": ("supervisor",),
    "opr": ("operator",),
    "optr": ("operator",),
    "acct": ("accountant",),
    "accts": ("accountant",),
    "mech": ("mechanic", "mechanical"),
    "elec": ("electrician", "electrical"),
    "maint": ("maintenance",),
    # "instr. technician", "bldg. maintenance", "hvy driver", "hvy eqpt operator": the short forms of Gulf
    # job ads and visas, where "instr" and "bldg" met nothing and "hvy" only a driver of any vehicle
    "instr": ("instrument",),
    "bldg": ("building",),
    "hvy": ("heavy",),
    "eqpt": ("equipment",),
    "equip": ("equipment",),
    # "HK attendant", "HK supervisor": the housekeeping of hotels' rosters
    "hk": ("housekeeping",),
    # "air con technician", "air con mechanic": the air conditioning as Gulf and British workers say it
    "con": ("conditioning", "conditioner"),
    "secy": ("secretary",),
    # «кондей», «кондёр»: what workers call an air conditioner («ремонт кондеев», «мастер по кондёрам»);
    # «кондея» stands for the stem of the other cases («кондеев», «кондею», «кондеем»).
    "кондей": ("кондиционер",),
    "кондея": ("кондиционер",),
    "кондёр": ("кондиционер",),
    # and their worker, «кондейщик», «кондёрщик»: the «кондиционерщик»
    "кондейщик": ("кондиционерщик",),
    "кондёрщик": ("кондиционерщик",),
    "инж": ("инженер",),
    "нач": ("начальник",),
    "зам": ("заместитель",),
    "спец": ("специалист",),
    "гл": ("главный",),
    "ст": ("старший",),
    "мл": ("младший",),
    # «сотрудник СБ», «начальник смены СБ»: the «служба безопасности», a firm's own security
    "сб": ("безопасности",),
    # «эл. монтажник» is one word shortened (see `_EL_PREFIX_RE`): its dot must not end a clause, which
    # would leave a «монтажник» of steel beside the electrician.
    "эл": ("электрик",),
    # «ППС 6 лет», «служил в ППС»: the patrol service of the police, as a police officer's CV names it
    "ппс": ("патрульный",),
    # «ЭГС», «эгс 5 разряда»: the electric and gas welder by the initials of the ETKS title, as sites and
    # job ads write him
    "эгс": ("электрогазосварщик",),
    # «маляр авто», «мойщик авто», «ремонт авто»: «авто» is the car in speech and ads, as it is the first
    # half of «автомаляр» and «автомойщик»
    "авто": ("автомобиль",),
    # «машинист экск.», «экск.-погрузчик», «слесарь по рем. автомобилей», «рем. бригада»: the short forms of a
    # work-record book and of a form's narrow field
    "экск": ("экскаватор",),
    "рем": ("ремонт",),
}


# Verbs workers name their work with instead of the job («кладу плитку», «вожу фуру», «пеку хлеб», "I weld
# pipes", "I drive a forklift"), each with the word of the labels for the worker or the work: a query
# word that is one of these forms is also read as that word (`index.ACTIVITY_SIM`, as "welding" for the
# welder). Russian by its forms, not its stem, which is too short to tell the verb from other words
# («клад-» of «кладу» and of «склад»): the present of «я» and «мы», the past and the infinitive; typed
# in Latin letters the forms fold the same ("kladu", "varju"). English by the verb's own forms ("-ing" is
# read by the index's own rule, but "fixing" is repairing, no steel fixer's). Only verbs that name a
# trade by themselves or with the thing they take. «Меняю», «ставлю», «делаю» name none, but with it they
# name a service as trades advertise it («меняю трубы» is the «замена труб», «делаю торты» the
# «изготовление тортов»): they are read as the noun of that work.
WORK_VERBS = {
    "сварщик": "варю варим варил варила сварю свариваю свариваем сваривал сваривала",
    "повар": "готовлю готовим готовил готовила жарю жарим жарил жарила варю варим варил варила",
    # «плитку ложу», «ложил кирпич»: the builders' own word for laying, wrong by the book but said on every site
    "укладчик кладчик": "кладу кладём кладем клал клала укладываю укладываем укладывал укладывала "
    "стелю стелим стелил стелила ложу ложим ложил ложила",
    # «гоняю фуры», «гонял камаз»: the long-haul drivers' own word for driving
    "водитель": "вожу возим возил возила езжу ездим ездил ездила гоняю гоняем гонял гоняла",
    "таксист": "таксую таксуем таксовал таксовала таксовать",
    # «управляю краном», «управлял погрузчиком»: a machine is driven or run, by its driver or its «машинист»;
    # a hotel or a shop managed still meets its «управляющий»
    "водитель машинист": "управляю управляем управлял управляла",
    "швея портной": "шью шьём шьем шил шила шить отшиваю отшивал отшивала",
    "замена": "меняю меняем менял меняла заменяю заменяем заменял заменяла",
    "установка": "ставлю ставим ставил ставила",
    "изготовление": "делаю делаем делал делала изготавливаю изготавливаем изготавливал изготавливала",
    "покраска": "крашу красим красил красила",
    "ремонт": "ремонтирую ремонтируем ремонтировал ремонтировала ремонтировать чиню чиним чинил чинила "
    "чинить",
    "repair": "fix fixes fixed fixing mend mends mended",
    "мойщик": "мою моем моём мыл",
    "маляр": "крашу красим красил красила",
    "шпаклевщик маляр": "шпаклюю шпаклюем шпаклевал шпаклевала",
    "кровельщик": "кроем крыл крыли",
    # «кую ворота и решётки», «ковал ограды»: the smith's work
    "кузнец": "кую куём куем ковал ковала",
    # «валил деревья», «валю лес»: the feller's work
    "вальщик": "валю валим валил валила валили",
    "пекарь": "пеку печём печем пёк пекла выпекаю выпекаем выпекал выпекала",
    "уборщик": "убираю убираем убирал убирала убираюсь убиралась убирался прибираю прибиралась",
    "парикмахер": "стригу стрижём стрижем стриг стригла",
    "присмотр": "присматриваю присматривал присматривала смотрю смотрела",
    "охранник": "охраняю охраняем охранял охраняла",
    "сторож": "сторожу сторожил сторожила",
    "продавец торговец": "торгую торгуем торговал торговала продаю продаём продаем продавал продавала",
    "выкладчик": "выкладываю выкладываем выкладывал выкладывала",
    "грузчик": "гружу грузим грузил грузила разгружаю разгружаем разгружал разгружала загружаю загружал "
    "загружала погружаю погружал",
    "официант": "подаю подаём подавал подавала обслуживаю обслуживала",
    "дояр доярка": "дою доим доил доила",
    "пастух чабан": "пасу пасём пасла",
    "токарь": "точу точим точил точила",
    "арматурщик": "вяжу вяжем вязал вязала",
    "бетонщик": "заливаю заливаем заливал заливала",
    "сборщик": "собираю собираем собирал собирала",
    "монтажник": "монтирую монтируем монтировал монтировала",
    "установщик монтажник": "устанавливаю устанавливаем устанавливал устанавливала",
    "учитель преподаватель": "учу учим учил учила преподаю преподаём преподавал преподавала",
    "прачка": "стираю стираем стирал стирала",
    "гладильщик": "глажу гладим гладил гладила",
    "разделывальщик обвальщик": "разделываю разделываем разделывал разделывала",
    "садовник": "сажаю сажал сажала",
    "строитель": "строю строим строил строила",
    # «тяну кабель», «прокладываю трассу»: the cable or the pipe laid is the «прокладка» the labels name;
    # «расключаю щиты» is the electrician's connecting of the panels
    "прокладка": "тяну тянем тянул тянула прокладываю прокладываем прокладывал прокладывала",
    "расключение": "расключаю расключаем расключал расключала",
    # «мешал раствор», «подносил кирпич»: a building labourer's work, by the labels' «замес раствора» and «подносчик»
    "замес": "мешаю мешаем мешал мешала замешиваю замешивал замешивала",
    "подносчик": "подношу подносим подносил подносила",
    # «разношу чай по кабинетам», «разносил документы»: the office's tea boy and its runner, by the labels'
    # «разносчик чая» and «разносчик документов»
    "разносчик": "разношу разносим разносил разносила",
    "welder": "weld welds welded",
    "driver": "drive drives drove",
    "painter": "paint paints painted",
    "cleaner": "clean cleans cleaned",
    "baker": "bake bakes baked",
    "tailor": "sew sews sewed sewing stitch stitches stitched",
    "operator": "operate operates operated",
    "installer": "install installs installed",
    "salesman": "sell sells sold",
    "milker": "milk milked",
    "teacher": "teach teaches taught",
    "loader": "load loads loaded unload unloads unloaded unloading",
    "waiter": "serve serves served",
    "plasterer": "plaster plasters plastered",
    "assembler": "assemble assembles assembled",
    "packer": "pack packs packed",
    # "I laid blocks on a villa", "laying tiles", "guarded a site at night", "washed cars": the past and the
    # "-ing" of the verbs whose worker is named after them ("block layer", "guard", "car washer")
    "layer": "lay lays laid laying",
    # "I pour concrete", "poured slabs": the concrete placer's work
    "placer": "pour pours poured",
    "guard": "guards guarded guarding",
    # "I cut hair", "cut meat at a butcher's": the cutter of the thing cut, as the labels name him ("hair
    # cutter", "meat cutter")
    "cutter": "cut cuts",
    "washer": "wash washes washed",
}


# The hotel chains workers name for the hotel they worked at («горничной в Хилтоне», "waiter at Marriott",
# "Rixos"): such a name is also read as the word "hotel", as an abbreviation as its word in full, so that
# the hotel's own trades are found (its room attendant, not the housemaid of a private home).
HOTEL_NAMES = frozenset(
    """
    hilton marriott sheraton radisson hyatt rixos kempinski intercontinental novotel movenpick rotana
    fairmont ritz хилтон марриотт мариотт шератон радиссон рэдиссон хаятт хайятт риксос кемпински
    новотель мовенпик ротана фермонт ритц
    """.split()
)
_HOTEL_WORDS = ("hotel", "отель", "гостиница")

# The oil and gas fields, operators and plants of Kazakhstan and the Gulf that workers name for where they
# worked («оператор на Тенгизе», «ТШО-да бетоншы», «Қашағанда оператор», "NCOC scaffolder", "Qatargas plant
# operator"): such a name is also read as the word "oil" (in the three languages, as a hotel's name is read as
# "hotel"), so that an operator there is the oil and gas production operator, not the data entry operator
# the word alone meets first. Russian and Kazakh case endings are read off the name («на Кашагане», «КПО-да»,
# «Қарашығанақта»). (Not «теңіз», the Kazakh for "sea", nor «Тенгиз», which is also a man's name only in
# Latin letters: the Russian «Тенгиз» of a CV is the field.)
OIL_SITE_NAMES = frozenset(
    """
    тенгиз tengiz тшо tsho tco tengizchevroil тенгизшевройл кпо kpo карачаганак қарашығанақ karachaganak
    qarashyganaq кашаган қашаған kashagan qashagan ncoc нкок aramco арамко adnoc аднок qatargas катаргаз
    казмунайгаз kazmunaigas kazmunaygaz кмг kmg
    """.split()
)
_OIL_SITE_ENDINGS = (
    "", "е", "а", "у", "ом", "да", "де", "та", "те", "ға", "ге", "қа", "ке", "ның", "нің", "дағы", "тағы", "тегі",
    "e", "a", "u", "da", "de", "ta", "te", "ga", "ge", "qa", "ke", "nyn", "nin",
)
_OIL_WORDS = ("oil", "нефть", "мұнай")

# Gulf English calls a family's private house a "villa" ("villa cleaner", "villa driver", "cleaner in
# villa"): the word is also read as "house", as a hotel's name as the word "hotel", so that the trades of a
# household are found (the domestic cleaner, the house driver), not those of offices and hotels, nor the
# builder of villas.
HOME_WORDS = {"villa": ("house",), "villas": ("house",)}
# The fast-food chains workers name for where they worked ("McDonald's crew member", «в KFC на кассе»): such a
# name is also read as "fast food", as a hotel's name is read as "hotel", so that their crew is the fast-food
# worker and not a ship's crew.
FAST_FOOD_NAMES = frozenset(
    "mcdonalds mcdonald макдональдс макдоналдс макдак kfc кфс hardees burgerking бургеркинг".split()
)
_FAST_FOOD_WORDS = ("fast", "фастфуд")

# Gulf English calls the helper of a trade its "boy" ("garden boy", "farm boy", "mason boy"; "tea boy" and
# "office boy" are titles of their own in the labels): the word is also read as "helper", so that a trade's
# boy meets its helpers and labourers where no label names him (`index.HELPER_SIM`).
HELPER_WORDS = {"boy": ("helper",), "boys": ("helper",)}


# The fewest letters a stem keeps: see `stem`.
MIN_STEM = 2
# Russian endings whose й lost its breve in `_prepare`: see `stem`.
_LOST_SHORT_I = ("ои", "ыи", "еи", "ии")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Russian Snowball stem of a Cyrillic token; Kazakh and Latin tokens are returned unchanged."""
    if not _CYRILLIC_RE.search(token) or _KAZAKH_LETTERS.intersection(token):
        return token
    if token.endswith(_LOST_SHORT_I):
        # `_prepare` took the breve off й, and the stemmer knows the endings -ой, -ый, -ей, -ий only with
        # it: «сваркой», «уборкой», «водителей» came as «сваркои», «уборкои», «водителеи» and kept their
        # ending («сварко»), so that the work no longer met its worker.
        token = token[:-1] + "й"
    stemmed = _STEMMER.stemWord(token)
    # «ЭОМ», «АСУ»: a short form that begins with its vowel has its region for endings at once, and lost its
    # last letters as an ending («эом» became «э», which met every label with an «э»); no word is that short.
    return stemmed if len(stemmed) >= MIN_STEM else token


# The letters of the Kazakh Latin alphabets (2018 and 2021) and of Turkish that a keyboard without them types
# as two letters or another one: the rest lose their marks («ä», «ö», «ū», «ğ», «ñ», «á», «ǵ», «ń»).
_LATIN_SPELT = str.maketrans({"ş": "sh", "ç": "ch", "ı": "i", "ý": "u", "Ş": "Sh", "Ç": "Ch", "Ý": "U"})


def plain_latin(text: str) -> str:
    """Kazakh in the Latin alphabets of 2018 and 2021 as a keyboard without their marks types it
    («qanşa adam ūşyp kettı» → «qansha adam ushyp ketti», «berýshi» → «berushi»); Cyrillic keeps its
    letters («й», «ё»), so a reader of Cyrillic and keyboard Latin reads both alphabets with it."""
    if text.isascii():
        return text
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", text.translate(_LATIN_SPELT)):
        if unicodedata.combining(char) and kept and kept[-1].isascii():
            continue  # a mark over a Latin letter
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """Fold one lowercase token (any script) into the shared ASCII skeleton."""
    return _DOUBLE_RE.sub(r"\1", fold_letters(token))


def fold_letters(token: str) -> str:
    """The skeleton before doubled letters are made one ("taalaushi": «таалаушы», «тазалаушы» with a
    letter dropped, is one typo from "tazalaushi", and "talaushi" two)."""
    text = token.translate(_CYRILLIC)
    for src, dst in _DIGRAPHS:
        if src in text:
            text = text.replace(src, dst)
    return text


# «үй салам», «жол салам», "ui salam": the spoken «саламын» ("I build") is spelt as the greeting «салам»,
# which is dropped as noise; after a word for what is built it is the verb, and read as written in full.
_BUILD_SPOKEN_RE = re.compile(
    r"(?<![\w])([үу][йи]|жол|монша|көпір|копир|қора|кора|ui|uy|zhol|jol)\s+(салам|salam)(?![\w])"
)
_BUILD_WRITTEN = {"салам": "саламын", "salam": "salamyn"}


# "looked after an old man", "I look after kids", "looking after patients": the phrasal verb of care, which is
# no "look" for a job; read as the carer it names ("caregiver for kids", "caregiver for elderly"): "caring"
# alone met the car, a driver's.
_LOOK_AFTER_RE = re.compile(r"\blook(?:s|ed|ing)?\s+after\b")


def _with_building_verb(text: str) -> str:
    """`text` with the spoken «салам» after a word for what is built read as «саламын» (see above)."""
    return _BUILD_SPOKEN_RE.sub(lambda m: f"{m.group(1)} {_BUILD_WRITTEN[m.group(2)]}", text)


# A hotel's stars («в пятизвёздочном отеле», «5 звёздной гостинице», "in a 5-star hotel", "five star",
# «бес жұлдызды қонақүйде», "5 juldyzdy"): how grand the place is, not who works there. Left in, "5-star"
# kept "hotel" from being read as the place ("star" met no trade and "a" was taken for it) and the cook fell
# under the kitchen's helper; «пятизвёздочном» counted against the waiter as a word no label holds.
_STAR_RATING_RE = re.compile(
    r"(?:\b\d\s*[-*]?\s*|\b(?:one|two|three|four|five|seven)[\s-]+)stars?\b|\b\d\s*\*"
    r"|(?:\b\d\s*-?\s*|\b(?:пяти|четыр[её]х|тр[её]х|семи)-?)зв[её]зд[а-яё]*"
    r"|\b(?:\d|бес|төрт|үш|жеті)\s*-?\s*жұлдызд[ыі][а-яәғқңөұүһі]*"
    r"|\b(?:\d|bes|tort|tört|ush|üsh|jeti|zheti)\s*-?\s*(?:zh|j)[uúū]ld[yi]zd[a-zı]*"
)
_STAR_HINTS = ("star", "зв", "жұлдыз", "ldyz", "ldiz", "*")


# «водила», «водилой», «вод. Доха»: the drivers' slang and the short form of a form's narrow field are the
# «водитель», in labels and queries alike. Stemmed, «водила» and «водил» were cut to «вод», which folds as
# the English "wood" does: «водила» met the woodworkers and "wood" alone the drivers. (Not «вод» without its
# dot, which is also the water of «очистка сточных вод».)
_DRIVER_SLANG_RE = re.compile(r"(?<![а-яё])(?:водил(?:а|ы|ой|е|у|ами|ам|ах)?(?![а-яё])|вод\.)")


def _prepare(text: str, limit: int | None = MAX_CHARS) -> str:
    """Lowercase and strip diacritics that carry no distinction for matching."""
    text = text[:limit].lower().translate(_PRE)
    if any(hint in text for hint in _STAR_HINTS):
        text = _STAR_RATING_RE.sub(" ", text)
    if "эл" in text or "кух" in text or "тех" in text or "зав" in text:
        text = _expand_compound_shortenings(text)
    if "вод" in text:
        text = _DRIVER_SLANG_RE.sub("водитель", text)
    if "производственно" in text:
        text = _PTO_RE.sub("пто", text)
    if "мастер" in text:
        text = _VOCATIONAL_MASTER_RE.sub(r"\1производственного обучения", text)
    if "-т" in text:
        text = _PARTICLE_RE.sub("", text)
    if "1" in text or "одинэс" in text:
        text = _ONE_C_WORKER_RE.sub("программист 1с", text)
    text = _with_licence_word(text)
    if any(word in text for word in _LICENCE_HINTS):
        text = _licence_tokens(text)
    if "/" in text:
        text = _SLASHED_LETTERS_RE.sub(_slashed_letters, text)
    if "b" in text or "m" in text:
        text = _DEGREE_RE.sub(r"\1\2", text)
    if "4" in text or "6" in text:
        text = _DIGIT_LETTER_RE.sub(lambda m: _DIGIT_LETTERS[m.group()], text)
    if "&" in text:
        text = _AMPERSAND_INITIALS_RE.sub(_ampersand_initials, text)
    if "'" in text:
        for src, dst in _APOSTROPHE_2017:
            text = text.replace(src, dst)
        text = text.replace("'", "")  # the other 2017 letters (a' g' n' o' u' i') are their base letter
    if text.isascii():
        if "after" in text:
            text = _LOOK_AFTER_RE.sub("caregiver for", text)
        return _with_building_verb(text) if "salam" in text else text
    # Diacritics carry no distinction once folded (й is и, ё is е, ä is a); Kazakh letters are base letters.
    text = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", text))
    text = unicodedata.normalize("NFC", text)
    return _with_building_verb(text) if "салам" in text or "salam" in text else text


# «инженер по ОТ», «специалист по ОТ»: «ОТ» after «по» is the «охрана труда», occupational safety, and no
# preposition (a number would follow that one: «по от 8 часов»). Read so in a worker's text only: the labels
# that hold it («специалист по ОТ и ТБ») are matched as written.
_PO_OT_RE = re.compile(r"\bпо\s+от\b(?!\s*\d)", re.IGNORECASE)


# "A.C. technician", "a.c mechanic": two Latin letters with dots between are one short form, as "A/C" is
# ("AC technician"); else the dot ended a clause, and "c technician" alone met the "I&C technician".
_DOTTED_LETTERS_RE = re.compile(r"(?<![^\W\d_])([a-z])\.([a-z])\b\.?", re.IGNORECASE)


# "M&E technician", "O&M engineer", "E&I supervisor", "R&D manager": the initials of two fields joined by an
# "&" in Gulf job ads, or by a slash as a worker types them ("E/I technician", "O/M supervisor"). One letter
# is no word (it was dropped, or met a label by chance), so the pair is read as the words it stands for, in
# labels and queries alike; M&E is what the labels call MEP. Other pairs ("A/C", "F&B") stay as they are.
_AMPERSAND_INITIALS = {
    "me": "mep", "om": "operation maintenance", "ei": "electrical instrumentation",
    "ie": "instrumentation electrical", "rd": "research development", "hs": "health safety",
}  # fmt: skip
_AMPERSAND_INITIALS_RE = re.compile(r"(?<![^\W\d_])([a-z])\s*&\s*([a-z])(?![^\W\d_])")


def _slashed_letters(match: re.Match[str]) -> str:
    """"a/c" -> "ac"; "e/i" -> "electrical instrumentation", the initials of two fields (see
    `_AMPERSAND_INITIALS`)."""
    pair = match.group(1) + match.group(2)
    return _AMPERSAND_INITIALS.get(pair, pair)


def _ampersand_initials(match: re.Match[str]) -> str:
    """"m&e" -> "mep" (see `_AMPERSAND_INITIALS`); other initials ("f&b", "i&c") as they are."""
    return _AMPERSAND_INITIALS.get(match.group(1) + match.group(2), match.group(0))


# «крою крыши профнастилом», «крою кровлю»: «крою» is the roofer's «крыть» and the cutter's «кроить» alike, and is
# read as neither (`WORK_VERBS`); beside the roof, its sheets or its tiles it is the roofer's.
_ROOF_VERB_RE = re.compile(r"(?<![а-яё])кро(?:ю|ешь|ет|ют)(?![а-яё])", re.IGNORECASE)
_ROOF_WORDS_RE = re.compile(r"крыш|кровл|профнастил|черепиц|шифер|ондулин", re.IGNORECASE)


def spelled_out(query: str) -> str:
    """A worker's text with the short forms the labels write out («по ОТ» → «по охране труда»), two
    letters with dots written together ("A.C." → "AC") and «крою» beside a roof as the roofer's (see above)."""
    if "." in query:
        query = _DOTTED_LETTERS_RE.sub(r"\1\2", query)
    if "кро" in query.lower() and _ROOF_WORDS_RE.search(query):
        query = _ROOF_VERB_RE.sub("кровельщик", query)
    return _PO_OT_RE.sub("по охране труда", query) if "от" in query.lower() else query


def _expand_compound_shortenings(text: str) -> str:
    """«эл.монтер» -> «электромонтер», «кухработник» -> «кухонный работник», «техтрубопроводов» ->
    «технологических трубопроводов» (see `_EL_PREFIX_RE`, `_KITCHEN_RE`, `_TECH_RE`)."""
    text = _KITCHEN_RE.sub("кухонный ", _EL_PREFIX_RE.sub("электро", text))
    if "зав" in text:
        text = re.sub(r"\bзаведующий маг\b", "заведующий магазином", _HEAD_OF_RE.sub("заведующий ", text))
    return _TECH_RE.sub("технологических ", text) if "тех" in text else text


# «водитель катигории С», «котегории Е», «категрии C», «сананты С»: the word of a licence category typed with
# a slip, before its letters; it is that word, and its letters the category. Else the letters were read as
# nothing and the car's driver tied the truck's. Two letters off in nine at most, as a slip makes.
_LICENCE_WORD_SLIP_RE = re.compile(r"\b([кkсs][а-яa-z]{4,10})(?=[ \t\-:]+[abcdeавсде]{1,4}1?\b)")
# "C catagory driver", «С катигория»: the word typed with a slip after its letters too.
_LICENCE_WORD_SLIP_AFTER_RE = re.compile(r"(?<=\b[abcdeавсде])(1?[ \t\-]+)([кkсsc][а-яa-z]{4,10})\b")
_LICENCE_WORDS_SPELT = {
    "категории": "категории", "категория": "категории", "категорией": "категории", "категорию": "категории",
    "kategorii": "kategorii", "kategoriya": "kategorii", "kategoriei": "kategorii",
    "санаты": "санаты", "санатты": "санаты", "sanaty": "sanaty", "sanatty": "sanaty",
    "category": "category",
}  # fmt: skip
LICENCE_WORD_SLIP_SIM = 0.75


def _licence_word_slips(text: str) -> str:
    """The text with a mistyped word of a licence category written right (see `_LICENCE_WORD_SLIP_RE`)."""

    def right(match: re.Match[str], group: int = 1) -> str:
        word = match.group(group)
        if word in _LICENCE_WORDS_SPELT:
            return word
        best = max(_LICENCE_WORDS_SPELT, key=lambda spelt: OSA.normalized_similarity(word, spelt))
        if OSA.normalized_similarity(word, best) >= LICENCE_WORD_SLIP_SIM:
            return _LICENCE_WORDS_SPELT[best]
        return word

    text = _LICENCE_WORD_SLIP_RE.sub(right, text)
    return _LICENCE_WORD_SLIP_AFTER_RE.sub(lambda match: match.group(1) + right(match, 2), text)


def _with_licence_word(text: str) -> str:
    """«водитель се» -> «водитель категории се» (see `_DRIVER_LICENCE_RE`); lower-case text."""
    text = _licence_word_slips(text)
    if any(hint in text for hint in _LICENCE_DOCUMENT_HINTS):
        text = _LICENCE_DOCUMENT_RE.sub(r"\1 категории ", text)
    if any(hint in text for hint in _DRIVER_HINTS):
        if "driver" in text and not any(hint in text for hint in _LICENCE_HINTS):
            text = _LETTERS_BEFORE_DRIVER_RE.sub(r"\1 category ", text)
        return _DRIVER_LICENCE_RE.sub(r"\1 категории ", text)
    return text


def _licence_tokens(text: str) -> str:
    """"категории CE", "кат. С", "D санатты", "class C", "категории B, C" -> " drivecatc "; "категории BE"
    -> " drivecatb "."""

    def token(match: re.Match[str]) -> str:
        letters = [c for c in match.group(1).translate(_LICENCE_LOOKALIKES) if c in _LICENCE_LATIN]
        vehicles = [letter for letter in letters if letter != _TRAILER] or ["c"]
        return f" drivecat{max(vehicles)} "  # "B, C" held together: the larger vehicle

    text = _GLUED_LICENCE_RE.sub(r" \1 ", text)
    if "э" in text or "е" in text:
        text = _SPOKEN_LICENCE_RE.sub(_spoken_letters, text)
    if "sanat" in text:
        text = _KK_LATIN_LICENCE_RE.sub(_kazakh_latin_letter, text)
    return _LICENCE_BEFORE_RE.sub(token, _LICENCE_AFTER_RE.sub(token, text))


def _spoken_letters(match: re.Match[str]) -> str:
    """«категории цэ е» -> «категории ce», «цэ санаты» -> «c санаты» (see `_SPOKEN_LICENCE_RE`)."""
    names = match.group(2) if match.group(1) is not None else match.group(3)
    letters = "".join(_SPOKEN_LETTERS[name] for name in re.split(r"[ \t,]+", names))
    return f"{match.group(1)}{letters}" if match.group(1) is not None else letters


def _kazakh_latin_letter(match: re.Match[str]) -> str:
    """"sanaty S" -> "sanaty c", "V sanaty" -> "b sanaty" (see `_KK_LATIN_LICENCE_RE`)."""
    if match.group(1) is not None:
        return match.group(1) + _KK_LATIN_LICENCE_LETTERS[match.group(2)]
    return _KK_LATIN_LICENCE_LETTERS[match.group(3)]


# An abbreviation dictated letter by letter is written by speech recognition as letters apart ("a c
# technician", "c c t v operator", "h v a c"): two or more single Latin letters in a row (see
# `spelled_letter_runs`).
_SPELLED_RE = re.compile(r"(?<![^\W\d_])[a-z](?:[ .]+[a-z])+(?![^\W\d_])")


def spelled_letter_runs(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The text in lower case, and its runs of single Latin letters (see `_SPELLED_RE`), each with its
    span and its letters together ("a c technician" -> [(0, 3, "ac")])."""
    lowered = text[:MAX_CHARS].lower()
    return lowered, [(m.start(), m.end(), re.sub("[ .]+", "", m.group())) for m in _SPELLED_RE.finditer(lowered)]


def licence_categories(text: str) -> list[str]:
    """The licence tokens a text holds ("водитель, кат. С" -> ["drivecatc"]), in order."""
    lowered = _with_licence_word(text[:MAX_CHARS].lower().translate(_PRE))
    if not any(word in lowered for word in _LICENCE_HINTS):
        return []
    return _LICENCE_TOKEN_RE.findall(_licence_tokens(lowered))


def with_licence_categories(text: str, categories: list[str]) -> str:
    """The text with the licence categories it names replaced by these ("водитель категории B" of the
    message "водитель категории B, C" becomes "водитель drivecatc")."""
    lowered = _with_licence_word(text[:MAX_CHARS].lower().translate(_PRE))
    if any(word in lowered for word in _LICENCE_HINTS):
        lowered = _LICENCE_TOKEN_RE.sub(" ", _licence_tokens(lowered))
    return f"{lowered} {' '.join(categories)}"


def raw_tokens(text: str) -> list[str]:
    """Lowercase word tokens without digits, capped in number; scripts untouched."""
    return _split(_prepare(text))[:MAX_TOKENS]


def _split(prepared: str) -> list[str]:
    parts = _SPLIT_RE.split(prepared)
    if _DIGIT_RE.search(prepared):
        parts = [p for p in parts if not _DIGIT_RE.search(p)]
    return [p for p in parts if p]


# A long message is cut into at most this many thoughts (see `thought_parts`): more than the words of
# MAX_MESSAGE_CHARS characters make, between the noise words, so the last thought is read too.
MAX_THOUGHTS = 32


def thought_parts(text: str) -> list[str]:
    """The runs of words of a message between the words that name no work, each a thought of its own.

    A first message is often one long clause, typed on a phone or dictated without a stop: «здравствуйте
    меня зовут Ерлан мне 35 лет работаю сварщиком 10 лет есть НАКС ищу работу в Катаре». Its greeting,
    age, years and requests (the noise words, numbers and words with digits) say where one thought ends
    and the next begins, as a comma would: here «зовут ерлан», «сварщиком» and «накс», each of which can be
    read alone, where the whole counted the trade's one word against all the others. The words that join a
    phrase («в», «на», "of") stay in it; a run of those alone is no thought. The text is read whole, not
    cut at `MAX_CHARS`: the trade may be said at the end of a long message. The words of a message in
    Kazakh or in Latin letters are read as in the whole message ("bar" of "jumys bar ma" is «бар»)."""
    words = [w for w in _SPLIT_RE.split(_prepare(text, limit=None)) if w]
    parts: list[str] = []
    run: list[str] = []
    for word, key in (*_message_keys(text, words), ("", None)):
        if word and not _DIGIT_RE.search(word) and (word in _STOP_PREPARED or key is not None):
            run.append(word)
            continue
        if any(w not in _STOP_PREPARED for w in run):
            parts.append(" ".join(run))
        run = []
    return parts[:MAX_THOUGHTS]


def key_tokens(text: str, *, query: bool = False) -> list[tuple[str, str]]:
    """Tokens as (folded stem, folded surface form) pairs, stopwords (and noise words for queries) removed."""
    if not query:
        return [k for k in map(_label_key, raw_tokens(text)) if k is not None]
    return [key for key, _, _, _ in query_tokens(text)]


# Gulf English job titles as employers and workers write them: a grade by its level ("pipe fitter level
# 2", "welder grade 3", "rigger lvl 1", "grade B electrician": a letter grades a trade test as a number
# does, and alone "a" or "b" met the product graders of "grade"), which says no more of the trade than «6 разряда» does; "labour"
# ending a title after the field worked in ("landscape labour", "farm labor", "road labour") for the
# labourer of that field, not the building labourer "labour" alone is; and the Gulf licence classes before
# "driver": "HV driver" (heavy vehicle) and "LV driver" (light vehicle), where beside "electrician" the same
# letters are the high and low voltage.
_GRADE_LEVEL_RE = re.compile(
    r"\b(?:level|lvl|grade)[ .\-]*(?:\d+|i{1,3}|iv|[abc])\b"
    # «электрик 4 разряда» put into English word by word: "electrician of 4 grade", "welder 5th category";
    # the number first, and "of" before it, which alone met titles with "of" in them.
    r"|\b(?:of\s+)?\d(?:st|nd|rd|th)?[ .\-]*(?:grade|category)\b"
)
_FIELD_LABOUR_RE = re.compile(r"(?<=[a-z]{3} )labou?r(?=\s*(?:[,;.!?)]|$))")
# "labour loading unloading", "labour for packing": the Gulf's "labour" before the work it does is that
# work's labourer, as "loading unloading labour" is; alone, "labour" met the building labourer first.
# Only before words of work ("-ing"): "labour bus driver" and "labour camp supervisor" are other trades.
_LABOUR_DOING_RE = re.compile(
    r"\blabou?r(?:er)?s?\s+(?:for\s+)?([a-z]{3,}ing(?:\s+(?:and\s+|&\s+)?[a-z]{3,}ing)*)\b"
)
_VEHICLE_CLASS_RE = re.compile(r"\b(?:(h)|l)v(?= +driver)")


# «электрик 4 группа допуска», «электриктің 4 группасы бар», «5 гр. по электробезопасности», "elektrik 4 top",
# "electrician group 3": the electrical safety group an electrician is cleared for is a grade of his trade, as
# «5 разряда» is, and names no other; alone, «группа» met the musical groups' players and «группасы» the
# tour guides of a group, and drowned the electrician the worker named. Only beside its number: «руководитель
# группы» is a team leader. (Digits are dropped with their word, so the number goes with the group word.)
_SAFETY_GROUP_WORD = (
    r"(?:групп[а-яәі]*|гр\b\.?|топ(?:қа|ы|тағы)?\b|тобы\b|gruppa[a-z]*|gr\b\.?|top\b|topy\b|group\b)"
)
_SAFETY_GROUP_TAIL = (
    r"(?:\s+(?:допуск[а-я]*|по\s+электробезопасности|по\s+эб|dopusk[a-z]*|электр\s+қауіпсіздігі[а-яәі]*"
    r"|elektr\s+qauipsizdigi[a-z]*))?"
)
_SAFETY_GROUP_RE = re.compile(
    rf"\d+\s*-?\s*(?:я|ая|ои|ші|шы|ши|th|rd|nd)?\s*{_SAFETY_GROUP_WORD}{_SAFETY_GROUP_TAIL}"
    rf"|(?<![^\W\d_]){_SAFETY_GROUP_WORD}{_SAFETY_GROUP_TAIL}\s*(?:no\.?\s*|№\s*)?\d+"
)
_SAFETY_GROUP_HINTS = ("гр", "топ", "тоб", "gr", "top")


# "forklift operator 3 ton", «автокран 25 тонна», «кран 50 тонн», "crane 100 tons": the load a machine lifts,
# which says which machine, not which trade; the number went with its digits, and "ton" alone met nothing and
# counted against the trade. Only after a number: «тонна» alone may be said of what was loaded.
_CAPACITY_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s*-?\s*(?:t|tn|ton|tons|tonne|tonnes|tonner|т|тн|тонн[а-я]*|тона|тонна[а-яәі]*|tonna[a-z]*"
    r"|tona)(?![^\W\d_])"
)
_CAPACITY_HINTS = ("t", "т")


def _safety_group_dropped(prepared: str) -> str:
    """The text without an electrician's safety group and its number (see `_SAFETY_GROUP_RE`), and without a
    machine's load in tons (see `_CAPACITY_RE`)."""
    if not _DIGIT_RE.search(prepared):
        return prepared
    if any(hint in prepared for hint in _SAFETY_GROUP_HINTS):
        prepared = _SAFETY_GROUP_RE.sub(" ", prepared)
    if any(hint in prepared for hint in _CAPACITY_HINTS):
        prepared = _CAPACITY_RE.sub(" ", prepared)
    return prepared


# «няня с английским языком», «официант со знанием арабского», "nanny with English", "English speaking
# driver": the language a worker speaks is what she brings to the trade, not a trade; read as one, it
# met the language teachers («учитель английского языка») before the nanny. Queries only.
_LANGUAGE = (
    r"(?:англи|русск|казахск|арабск|турецк|китаи|немецк|французск)[а-я]*"
    r"|english|arabic|russian|kazakh|turkish|chinese|german|french"
)
_LANGUAGE_SKILL_RE = re.compile(
    rf"(?:^|(?<=\s))(?:со?\s+(?:знанием\s+)?|with\s+(?:good\s+|basic\s+|fluent\s+)?)"
    rf"(?:{_LANGUAGE})(?:\s+(?:и|and|or|или)\s+(?:{_LANGUAGE}))*(?:\s+(?:язык[а-я]*|language))?\b"
    rf"|\b(?:{_LANGUAGE})[\s-]+speaking\b"
)
# (й has lost its breve: «английский» is «англиискии» here.)
_LANGUAGE_HINTS = ("англи", "русск", "казахск", "арабск", "english", "arabic", "russian", "speaking", "знанием")


def _language_skills_dropped(prepared: str) -> str:
    """The text without the languages the worker says she speaks (see `_LANGUAGE_SKILL_RE`)."""
    if any(hint in prepared for hint in _LANGUAGE_HINTS):
        return _LANGUAGE_SKILL_RE.sub(" ", prepared)
    return prepared


def _gulf_title(prepared: str) -> str:
    if "level" in prepared or "lvl" in prepared or "grade" in prepared or "category" in prepared:
        prepared = _GRADE_LEVEL_RE.sub(" ", prepared)
    if "labo" in prepared:
        prepared = _LABOUR_DOING_RE.sub(r"\1 labourer", prepared)
        prepared = _FIELD_LABOUR_RE.sub("labourer", prepared)
    if "v driver" in prepared:
        prepared = _VEHICLE_CLASS_RE.sub(lambda m: "heavy vehicle" if m.group(1) else "light vehicle", prepared)
    return prepared


def query_tokens(text: str) -> list[tuple[tuple[str, str], str, tuple[str, str] | None, bool]]:
    """A query's `key_tokens`, each with its skeleton before doubled letters are made one, its reading
    as Russian typed in Latin letters when that differs (`ru_latin_reading`), and whether it was typed
    in Cyrillic letters that may spell an English word as it is heard (`heard_in_cyrillic`)."""
    toks = _split(_gulf_title(_safety_group_dropped(_language_skills_dropped(_prepare(text, MAX_MESSAGE_CHARS)))))
    kept = [(tok, k) for tok, k in _message_keys(text, toks) if k is not None][:MAX_TOKENS]
    if all(tok in _TOPIC_PREPARED for tok, _ in kept):
        return []
    if any(k[0] in _HOTEL_NAME_KEYS for _, k in kept) and any(k[0] in _HOTEL_WORD_KEYS for _, k in kept):
        # "at Rixos hotel", «в отеле Хилтон»: the name says no more than the word for the hotel beside it
        # (read as that word too, it would count the hotel twice, against the trade named).
        kept = [(tok, k) for tok, k in kept if k[0] not in _HOTEL_NAME_KEYS]
    # The skeleton is compared for typos with "w" read as ш, which is "w" in the typo key: "svarwik" and
    # "uborwik" are "svarshik" and "uborshik" as they were typed, not one letter away from them.
    return [
        (k, fold_letters(_W_AS_SH_RE.sub("sh", tok)), ru_latin_reading(tok), heard_in_cyrillic(tok))
        for tok, k in kept
    ]


def _message_keys(text: str, toks: list[str]) -> list[tuple[str, tuple[str, str] | None]]:
    """Each token of a message with its query key (`_query_key`), None for the words that name no work
    in this message."""
    # "men elektrikpin, 8 jyl tajiribem bar": in a message that is plainly Kazakh or Russian typed in Latin
    # letters, "men" is «мен» ("I") and "bar" is «бар» ("I have"), not the English words.
    latin_kk_ru = any(
        tok.isascii() and (len(tok) >= 4 and fold(tok) in _KK_RU_LATIN_NOISE or _KAZAKH_I_AM_RE.match(tok))
        for tok in toks
    )
    # «жүргізушімін, С санаты бар»: in a message written in Kazakh, «бар» is not the Russian "bar".
    kazakh = any(tok in _KAZAKH_HOMOGRAPHS for tok in toks) and _is_kazakh(text, toks)
    return [
        (
            tok,
            k
            if (k := _query_key(tok)) is not None
            and not (latin_kk_ru and tok.isascii() and k[1] in _KK_RU_COLLISIONS)
            and not (kazakh and tok in _KAZAKH_HOMOGRAPHS)
            else None,
        )
        for tok in toks
    ]


def heard_in_cyrillic(tok: str) -> bool:
    """Whether a token is written in Cyrillic letters with no Kazakh one, as workers write the English
    names of Gulf trades they have heard («тайл фиксер», «крейн оператор», «сейфти офицер», «лайфгард»).
    The index reads such a token also as the English word it may stand for (`index.HEARD_SIM`)."""
    return not tok.isascii() and not _KAZAKH_LETTERS.intersection(tok)


@lru_cache(maxsize=65536)
def ru_latin_reading(tok: str) -> tuple[str, str] | None:
    """A Latin token read with the letters Russian typed in Latin letters uses for other sounds: "c" for
    ц ("oficiant", "policii", "stanciya") and "x" for х ("oxrannik", "mexanik"), not the English ones,
    and "j" for ь, й and the glide of я, ю ("njanja", "dizajner"), not ж as in informal Kazakh. The folded
    form and the skeleton before doubled letters are made one ("ofitciant" is "ofitsiant"); None when the
    token has none of these letters or is shorter than four letters ("pc", "cnc"). A "w" inside such a
    token is ш too ("uborwica"); in others it is left to the typo step (see `query_tokens`), since English
    has so many words with "w"."""
    if len(tok) < 4 or not tok.isascii() or not _RU_LATIN_RE.search(tok):
        return None
    letters = fold_letters(_W_AS_SH_RE.sub("sh", _RU_LATIN_RE.sub(lambda m: _RU_LATIN[m.group()], tok)))
    return _DOUBLE_RE.sub(r"\1", letters), letters


def _is_kazakh(text: str, toks: list[str]) -> bool:
    """Whether a message is written in Kazakh: it has a Kazakh letter, a Kazakh word of `NOISE_WORDS` or
    the Kazakh word for a licence category."""
    return _KAZAKH_LICENCE_WORD in text.lower() or any(
        _KAZAKH_LETTERS.intersection(tok) or fold(tok) in _FOLDED_KAZAKH_NOISE
        for tok in toks
        if not tok.isascii()
    )


def label_keys(
    labels: list[str], memo: dict[str, tuple[str, str] | None] | None = None
) -> list[list[tuple[str, str]]]:
    """`key_tokens` of many one-line labels at once (the index is built from tens of thousands).

    `memo` remembers each word's key across calls (the index passes one for its whole build, chunk after
    chunk); it is the caller's, so it goes when the build is done, unlike the shared query cache of
    `_label_key`, which would keep the build's 30,000 words for the life of the process."""
    if any("\n" in label for label in labels):
        return [key_tokens(label) for label in labels]
    # One pass of each step over all the text is much faster than tens of thousands of small ones.
    blob = _LABEL_SPLIT_RE.sub(" ", _prepare("\n".join(labels), limit=None))
    memo = {} if memo is None else memo
    compute = _label_key.__wrapped__

    def key(word: str) -> tuple[str, str] | None:
        if word not in memo:
            memo[word] = compute(word)
        return memo[word]

    out = []
    for line in blob.split("\n"):
        words = line[:MAX_CHARS].split()
        if _DIGIT_RE.search(line):
            words = [w for w in words if not _DIGIT_RE.search(w)]
        out.append([k for k in map(key, words[:MAX_TOKENS]) if k is not None])
    return out


@lru_cache(maxsize=131072)
def _label_key(tok: str) -> tuple[str, str] | None:
    if tok in _STOP_PREPARED:
        return None
    surface = fold(tok)
    # Folded forms are checked for Latin words only: Kazakh "ат" or "іс" must not become English "at", "is".
    if not surface or (tok.isascii() and surface in _FOLDED_DROP):
        return None
    return fold(stem(tok)), surface


# Words of work that fold as a noise word does: «киім» (clothes) folds, its doubled «і» made one, as «кім»
# ("who"), and «киім тігемін» lost the clothes and was left with the verb alone. Such a word, in either
# alphabet, is read as what it is.
_WORK_WORDS_FOLDED_AS_NOISE = frozenset({"киім", "kiim"})


@lru_cache(maxsize=65536)
def _query_key(tok: str) -> tuple[str, str] | None:
    if tok in _WORK_WORDS_FOLDED_AS_NOISE:
        return fold(stem(tok)), fold(tok)
    if tok in _NOISE_PREPARED or (
        not tok.isascii()
        and (fold(tok) in _FOLDED_CYRILLIC_NOISE or tok in _EXACT_NUMBER_WORDS or _RU_NUMBER_RE.fullmatch(tok))
    ):
        return None
    key = _label_key(tok)
    if key is None or (tok.isascii() and key[1] in _FOLDED_DROP_QUERY):
        return None
    if (
        len(tok) >= 3
        and tok.isascii()
        and _OTHER_LATIN_RE.search(tok)
        and fold(_other_latin(tok)) in _FOLDED_DROP_QUERY
    ):
        return None  # "rabotaju", "xochu", "iwu": «работаю», «хочу», «ищу» ("js" is not "is")
    return key


# Noise words are also recognised in the other spellings of Russian typed in Latin letters: "j" for the
# glide of я and ю ("rabotaju"), "x" for х ("xochu"), "w" for ш and щ ("iwu").
_OTHER_LATIN_RE = re.compile("[jxw]")
_OTHER_LATIN = str.maketrans({"j": "y", "x": "h", "w": "sh"})


def _other_latin(tok: str) -> str:
    return tok.translate(_OTHER_LATIN)


def skeleton(text: str) -> str:
    """One folded string for a whole phrase (used to compare titles and city names)."""
    return " ".join(surface for _, surface in key_tokens(text))


# Latin spellings of the words above; folded forms that are also English occupation words are kept out.
_FOLD_COLLISIONS = frozenset(
    {"bar", "net", "men", "ben", "pen", "de", "da", "ai", "den", "kto", "est", "hotel", "pa", "pe", "ba", "ma"}
)  # "pa to ceo", "pe teacher": the Kazakh question particles «па», «пе» folded
_LATIN_NOISE = frozenset(
    """
    rabotayu rabotaiu rabotal rabotala rabota rabotu ishu opyt opit staj let goda god razryad razriad razr
    jumys zhumys jumis zhumis izdeymin izdeimin isteimin isteymin tajiribe tazhiribe tajribe zhyl jyl
    menin men
    """.split()
)
_FOLDED_DROP = frozenset(fold(w) for w in STOPWORDS) - _FOLD_COLLISIONS
_FOLDED_DROP_QUERY = (
    _FOLDED_DROP | frozenset(fold(w) for w in NOISE_WORDS | _LATIN_NOISE)
) - _FOLD_COLLISIONS
# Latin spellings of Kazakh and Russian noise words that no English word shares: one of four letters or
# more in a message shows that its "men", "bar" or "da" are Kazakh or Russian too ("hotel" is kept: "v
# hotel" is still a hotel).
_KK_RU_COLLISIONS = _FOLD_COLLISIONS - {"hotel"}
_KK_RU_LATIN_NOISE = (
    frozenset(fold(_prepare(w)) for w in NOISE_WORDS if not w.isascii())
    | frozenset(fold(w) for w in _LATIN_NOISE)
) - frozenset(fold(w) for w in NOISE_WORDS | STOPWORDS if w.isascii()) - _FOLD_COLLISIONS
# Kazakh and Russian noise words as the skeleton has them: «тажирибем» is «тәжірибем» typed without the
# Kazakh letters.
_FOLDED_CYRILLIC_NOISE = frozenset(fold(_prepare(w)) for w in NOISE_WORDS if not w.isascii())
_FOLDED_KAZAKH_NOISE = frozenset(fold(_prepare(w)) for w in _KAZAKH_NOISE.split())
# The word lists as tokens look after `_prepare` (й is и, ё is е).
_STOP_PREPARED = frozenset(_prepare(w) for w in STOPWORDS)
_NOISE_PREPARED = frozenset(_prepare(w) for w in NOISE_WORDS)
_TOPIC_PREPARED = frozenset(_prepare(w) for w in TOPIC_WORDS)
WEAK_KEYS = frozenset(fold(_prepare(w)) for w in WEAK_WORDS)
WHEN_KEYS = frozenset(fold(_prepare(w)) for w in WHEN_WORDS)
HEAD_KEYS = frozenset(fold(stem(_prepare(w))) for w in HEAD_WORDS)
# The rank words as query keys, each with the keys of the words of rank it is also read as.
RANK_KEYS = {
    fold(stem(_prepare(word))): tuple(fold(stem(_prepare(lower))) for lower in lowers)
    for word, lowers in RANK_WORDS.items()
}
_HOTEL_NAME_KEYS = frozenset(fold(stem(_prepare(name))) for name in HOTEL_NAMES)
_HOTEL_WORD_KEYS = frozenset(fold(stem(_prepare(word))) for word in (*_HOTEL_WORDS, "hotels"))
# The verbs of work as query keys (their forms folded), each with the keys of the words they stand for.
def _work_verb_keys() -> dict[str, tuple[str, ...]]:
    keys: dict[str, dict[str, None]] = defaultdict(dict)  # «варю»: the welder's and the cook's
    for words, forms in WORK_VERBS.items():
        for form in forms.split():
            keys[fold(_prepare(form))].update(dict.fromkeys(fold(stem(_prepare(w))) for w in words.split()))
    return {key: tuple(words) for key, words in keys.items()}


WORK_VERB_KEYS = _work_verb_keys()
# An oil site's name (`OIL_SITE_NAMES`) says where the worker worked, as a place does (`place_words`): alone, «ТШО» of «сварщиком, ТШО»
# and "Tengiz" of "TCO Tengiz insulator" met the oil and gas operator before the trade the worker named.
_OIL_SITE_KEYS = frozenset(
    fold(word)
    for name in OIL_SITE_NAMES
    for ending in _OIL_SITE_ENDINGS
    if name.isascii() == ending.isascii() or not ending
    for word in _split(_prepare(name + ending))
)

# The abbreviations, the hotel names and "villa" as query keys, each with the keys of the words they stand
# for.
ABBREVIATION_KEYS = {
    fold(stem(_prepare(short))): tuple(fold(stem(_prepare(word))) for word in full)
    for short, full in (
        *ABBREVIATIONS.items(),
        *((name, _HOTEL_WORDS) for name in HOTEL_NAMES),
        *HOME_WORDS.items(),
        *((name, _FAST_FOOD_WORDS) for name in FAST_FOOD_NAMES),
    )
}
# The oil sites' names as query keys (see `OIL_SITE_NAMES`), each with the keys of the words for oil.
OIL_SITE_WORD_KEYS = {
    fold(stem(_prepare(name + ending))): tuple(fold(stem(_prepare(word))) for word in _OIL_WORDS)
    for name in OIL_SITE_NAMES
    for ending in _OIL_SITE_ENDINGS
    if name.isascii() == ending.isascii() or not ending
}
# The words a worker says his trade with, «болып істедім», «жұмыс», «тәжірибем», «работал», typed with a
# slip («болп иследим», «жумс», «роботаю»): no label holds such a word, and as a word of its own it met
# labels by chance («иследим» the researcher, «болп» a Kazakh verb's agent) and left the trade beside it
# at a third of its score. The index reads a query word one letter off one of these as the word meant,
# and drops it as it drops the words themselves (see `index.OccupationIndex.score_codes`).
_AUXILIARY_WORDS = """
    болып болдым істедім істеймін істегенмін жұмыс жұмысы жұмысын тәжірибе тәжірибем тәжірибесі
    работаю работал работала работать работаем работа работу работы работе стажем опытом
"""
AUXILIARY_KEYS = frozenset(
    key for key in (fold(_prepare(word)) for word in _AUXILIARY_WORDS.split()) if len(key) >= 5
)
# The words that name an employer, not a trade: "company", "companies", «компаниясы», «компанияда», "kompaniyada",
# «фирмасында», "firm", "corporation" (folded; the Russian «компания», «фирма» are noise words already). Such a
# word says who the worker worked for, and is read only as itself, as in the labels that hold it ("company
# driver", «директор компании»): begun, mistyped or with an ending, it met the companion («компаньон», 5162),
# and "gas company" was a companion's work before the oil and gas trades its other word names.
_EMPLOYER_STEMS = ("compan", "kompan", "firm", "corporat", "korporat")
_NOT_EMPLOYER_STEMS = ("companion", "kompanon")


def is_employer_key(key: str) -> bool:
    """Whether a folded word names an employer (see `_EMPLOYER_STEMS`)."""
    return key.startswith(_EMPLOYER_STEMS) and not key.startswith(_NOT_EMPLOYER_STEMS)


# "boy" as a query key, with the key of the word it is also read as.
HELPER_KEYS = {
    fold(stem(_prepare(word))): tuple(fold(stem(_prepare(helper))) for helper in helpers)
    for word, helpers in HELPER_WORDS.items()
}
