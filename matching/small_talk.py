"""What a message that is no search says: a greeting, thanks, "ok" (in words or as 👍), goodbye, a question
about an application, about paying, about the pay, about what a vacancy asks (experience, languages),
about the contract's terms or the documents, a wish to stop the alerts or to erase one's data, to talk to
a person or find the ministry, a plea for help or trouble with the bot («бот не работает», «?»), or some
other question. Workers write to the bot as to a person («сәлем», «спасибо», «когда будет виза?», "do I
have to pay?", «зарплата какая?», «опыт нужен?», «а жильё дают?», "stop", «оператормен сөйлескім
келеді»); each deserves the answer a person would give rather than "I did not understand".

Only messages that found no vacancy and name no occupation come here, so the word lists may be broad.
Words are compared as `skeleton` writes them, so Kazakh, Russian and English in either alphabet meet."""

from __future__ import annotations

import re
from typing import Literal

from .text import skeleton

Topic = Literal[
    "complaint", "fees", "trust", "alerts", "documents", "profile", "requirements", "pay", "terms", "abroad",
    "application", "delete", "human", "rights", "contact", "help", "more", "buttons", "thanks", "ok", "greeting", "bye",
    "question",
]

# The topics answered before registration too: what keeps a newcomer safe and tells them how it works (no
# fees, the pay, their rights, whom to call, what the bot does, the steps of an application, that nothing is
# kept about them). The rest is about their own profile, and begins with it.
OPEN_TO_EVERYONE = frozenset(
    {"complaint", "fees", "trust", "pay", "terms", "abroad", "rights", "human", "help", "application", "delete"}
)

MAX_WORDS = 30  # longer messages are something else (a CV, a story): no canned answer for them

# In the order of precedence («спасибо, а платить надо?» asks about fees): beginnings of words, and short
# words that must be whole («pay», «fee»: as beginnings they would catch "payroll" or "february").
# Trouble with an employer («работодатель не платит зарплату», «забрали паспорт», «хочу пожаловаться»,
# «жалақы төлемейді», "they took my passport", «хочу домой»): where to complain, before any other topic
# («не платит» is no fee, «паспорт» no document to prepare).
_COMPLAINT = ("jalob", "pojalov", "shagim", "complain", "obmanul", "obmanil", "aldadi", "aldap", "izdeva",
              "izbiva", "unijai", "abuse", "harass", "zaderjiva", "zaderjal", "kechiktir", "tolemeidi",
              "tolemei", "bermei", "viplachiva", "delaied", "jalovat", "jalui",
              # Forced, threatened, beaten, insulted, or housed in squalor («заставляют работать по 14
              # часов», «угрожает депортацией», «ұрып соғады», «обижает», "forces me", «ужасные условия»).
              "zastavl", "prinujd", "majburl", "forc", "ugroj", "ugroz", "threat", "korkit", "deport", "obija",
              "oskorbl", "krich", "ujasn", "teribl", "horibl", "urip", "uradi", "sogadi")
_COMPLAINT_WORDS = frozenset("beat beats beaten beating hit hits".split())  # not the "panel beater"
# «Хочу домой», «үйге қайтқым келеді»: trouble, unless it is the ticket home or the leave asked about («на
# отпуск домой билет оплачивают?» is a right).
_HOMESICK = ("domoi", "kaitkim")
# Not paid or not given, in either order («не платят», «не дают билет», «зарплату не дали»), and in English
# with or without the apostrophe, as dictated messages come ("hasnt paid me", "they dont pay him").
_NOT_PAID = re.compile(r"\b(?:ne (?:plat|vipla|otda)\w*|ne (?:dai|da)\w* (?:zarplat|deng|pasport|bilet)|no salari|unpaid"
                       r"|(?:zarplat|deng|pasport|bilet)\w* ne (?:dal|dai|da|plat|vipla|otda)\w*)")
_NOT_PAID_EN = re.compile(r"(?:\bnot|n't|\b(?:has|have|had|did|do|does|is|are|was|were|wo)nt|\bnever|\bno)\s+"
                          r"(?:been\s+|getting\s+)?(?:pa(?:y|id|ying)|giv)", re.IGNORECASE)
# The work or the housing is not what the contract or the promise said («работа не такая, как в договоре»,
# «обещали сварщиком, а поставили грузчиком», «шарттағыдай емес», "not what they promised").
# «Шарт» alone is also "a must" («тәжірибе шарт емес пе»): only «шарттағыдай» says "as in the contract".
_NOT_AS_AGREED = re.compile(r"\b(?:ne tak\w*|ne to|drugaia|drugoe|drugie|not|different)\b.*\b(?:dogovor|kontrakt|"
                            r"contract|kelisimshart|obesh|promis|agre)|\b(?:dogovor|kontrakt|contract|"
                            r"kelisimshart|obesh|promis|agre)\w* (?:\w+ )?(?:ne tak\w*|emes|not|different)\b|"
                            r"\bobeshal\w*|\bpromised\b|\bsh?arttagidai\b")
# Housed in a crowd or in squalor («поселили по 12 человек в комнату», «бөлмеде 10 адам тұрамыз», «жильё
# плохое», «тұратын жеріміз нашар»): the housing the contract promises is not given. A number of people is
# counted in the message as typed (`skeleton` drops digits, and writes "room" as "rom"); a room or housing
# asked about is a right.
_CROWDED = re.compile(r"\d+\s*(?:человек|чел|адам|кісі|people|persons|guys|men)\b", re.IGNORECASE)
_ROOM = ("komnat", "bolme", "rom", "posel", "jile", "jilio", "jilie", "obshejit", "turatin", "turgin", "turamiz",
         "jatahan", "acomod", "housing", "kvartir", "vila")
_BAD = ("nashar", "ploh", "griazn", "tesn")
_BAD_WORDS = frozenset("bad dirti".split())
_PASSPORT = ("pasport", "passport", "tolkujat")
# Money sent home or to the family («можно отправлять деньги домой?», «ақшаны үйге қалай жіберемін», "send
# money home"): a question for the hotline, not a fee asked and not «хочу домой».
_MONEY = ("deng", "deneg", "aksha", "monei", "perevod", "transfer",  # "money" is "monei" to `skeleton`
          "dolar", "tenge", "usd", "rubl", "riial")  # a sum named: «500 мың теңге», "500 dollars"
_HOME = ("domoi", "uige", "uii", "home", "seme", "semi", "rodn", "otbas", "famili")
_SEND = ("otprav", "perev", "jiber", "send", "transf", "vislat", "skinut")
_TAKEN = ("zabral", "otobral", "otnial", "zabir", "derj", "alip", "tok", "taken", "kep", "hold")
_FEES = ("platit", "zaplat", "oplatit", "toleu", "toleim", "toleis", "komis", "stoit", "stoiat", "stoimost", "dengi",
         "deneg", "aksha", "besplat", "tegin", "vziatk", "predoplat", "platn", "vznos", "uslug")
# «плата», «ақысы бар ма?» ("is there a charge"), «ақылы» (paid), «ақысыз» (free).
_FEE_WORDS = frozenset("pai pais paid fe fes fre tolem para plata platu aki akisi akili akisiz".split())
# Someone who asked the worker for money («мне звонили и просили деньги за визу», «ақша сұрады», "they asked
# me for money"): whoever does is a fraudster, which the answer on trust says first.
_ASKED = ("prosil", "prosia", "trebov", "trebuiu", "vimoga", "suradi", "surap", "surait", "asked", "asking",
          "demand",
          # or offered a job for money («сказал, что поможет с вакансией за 300 долларов», «устроят за деньги»)
          "pomojet", "pomojem", "predlag", "predloj", "ustroiat", "ustroit", "ustroiu")
# The writer asking on someone's behalf («күйеуім үшін сұрап тұрмын», "I am asking for my brother") is no one
# who asked them for money.
_ASKING_MYSELF = re.compile(r"\bsurap (?:turmin|otirmin|jatirmin|edim)\b|\b(?:im|am) asking\b")
# Whether the bot and its vacancies can be trusted («это развод?», «официальный бот?», «алаяқтар ма?», "is
# this a scam?"): where the vacancies come from, and that whoever asks for money is a fraudster.
_TRUST = ("scam", "skam", "moshen", "obman", "razvod", "aferist", "aldau", "aldap", "aldama", "alaiak", "feik",
          "fake", "oficial", "ofitsial", "resmi", "legit", "doveri", "doverj", "nastoiash", "trust", "senuge",
          "senim", "genuin", "lohotron", "kidal", "kidaiut", "kinut")  # «лохотрон», «кидалово», «не кинут?»
# Where the vacancies come from («откуда вакансии?», «вакансиялар қайдан?», "where do these jobs come from"),
# or whether the bot is the ministry's («это от министерства?», «вы из министерства?»): the official portal.
_WHENCE = frozenset("otkuda kaidan source istochnik".split())
_WHENCE_EN = re.compile(r"\bwhere\b.*\bcome\b|\bsource\b", re.IGNORECASE)
_VACANCIES = ("vakans", "vacanc", "job", "rabot", "jumis", "orin")
_THIS_OR_YOU = frozenset("eto vi bul siz sizder this eu".split())
_MINISTRY = ("ministerstv", "ministrlik", "ministri", "ministr")
# Who pays for the flight («кто платит за билет?», «ұшақ билетін кім төлейді», "who pays the ticket"): the
# standard contract does, so it is the worker's rights, not a fee or an application's step.
_TICKET = ("bilet", "tiket", "ticket", "avia", "perelet", "ushak", "fligt", "flight")  # and what _RIGHTS names
_WHO_PAYS = ("plat", "oplach", "oplat", "toleid", "toleit", "pai", "kto", "kim", "chei", "schet", "besplat",
             "tegin", "fre", "daiut", "bered", "beril", "predostav", "provid", "giv")  # «билет дают?», «береді ме»
_WHO_PAYS_WORDS = frozenset({"vho"})  # "who", whole: as a beginning it met «входит» («входит ли жильё»)
# A fee named as such ("any fees for the visa or the medical check", «комиссия за медкомиссию») is a fee
# asked, though a right is named beside "pay".
_FEE_NOUNS = frozenset("fe fes plata platu".split())
_FEE_NOUN_BEGINNINGS = ("komis", "predoplat", "vznos", "uslug")
# Stopping or tuning the messages the bot sends («хватит присылать», "stop", «хабарландыру»).
_ALERTS = ("unsubscrib", "otpis", "ostanov", "hvatit", "tokta", "uvedomlen", "opoveshen", "habarlandir",
           "notific", "alert", "rasilk", "jiberme", "prisil", "vikliuch", "otkliuch", "vkliuch", "ejednevn",
           "habarlama")
_ALERTS_WORDS = frozenset("stop mute spam".split())
# «раз в день», «күніне бір рет жіберіңіз», "send them once a day": the digest, wherever it is said.
_ALERTS_PHRASES = re.compile(r"\b(?:raz den|once dai|kunine bir)\b")
# What a vacancy asks of a candidate: experience, languages («опыт нужен?», «қандай тіл керек», "is English
# required?"). Age and sex are not on a vacancy's card: those questions go to the hotline.
_REQUIREMENTS = ("opit", "tajiribe", "eksperien", "angli", "english", "agilshin", "iazik", "trebovan",
                 "talap", "rekuire")
_REQUIREMENTS_WORDS = frozenset("til tilin tilde tili".split())
# The pay («зарплата какая?», «жалақысы қанша», "what is the salary").
_PAY = ("zarplat", "jalak", "ailik", "ailig", "salar", "salr", "zarabot", "oklad", "jalovan", "dohod", "platiat",
        "earn")
_PAY_WORDS = frozenset("vage vages zp".split())
# The terms of the work itself: hours, shifts, days off, overtime («какой график работы?», «выходные есть?»,
# «сколько часов в день?», «демалыс күні бар ма», «жұмыс уақыты қандай», "working hours?"), and how long a
# contract runs («сколько длится контракт?», «келісімшарт неше жылға», "how long is the contract").
_TERMS = ("grafik", "rejim", "vihodn", "sverhuroch", "pererabot", "overtime", "shedul", "vekend", "keste",
          "auisim")
_TERMS_WORDS = frozenset("smena smenu smenoi smenam smenah smennii smennaia chas chasa chasov sagat shift shifts "
                         "hours".split())
_TERMS_PHRASES = re.compile(r"\b(?:demalis kun|juma demalis|jumis uakit|jumis kun|rabochee vremi|raboche vremi|"
                            r"rabochii den|rabochi den|vorking (?:time|dais)|rest dai)")
_OVERTIME = ("sverhuroch", "pererabot", "overtime", "usteme")  # «үстеме жұмыс»
_DAYS_OFF = re.compile(r"\bdays?[\s-]+off\b", re.IGNORECASE)  # "off" is a stop word to `skeleton`
# Work in another country («есть работа в Европе?», «хочу в Корею», «Дубайда жұмыс бар ма», "jobs in
# Dubai"): the vacancies here are those of Kazakhstan's labour agreements, whatever their country. Beginnings
# no word of the trades shares («итальянской кухни», «сауда» are left out).
_ABROAD = ("dubai", "dubae", "oae", "uae", "emirat", "saudov", "saudi", "kuveit", "kuvait", "bahrein", "evrop",
           "europ", "polsh", "poland", "germani", "korei", "korea", "iaponi", "japoni", "japan", "turtsi",
           "turki", "turkei", "resei", "amerik", "america", "kanad", "canad", "britan", "finliand", "finland",
           "shvets", "sveden", "norveg", "norvai", "chehi", "czech", "slovaki", "rumini", "romani", "izrail",
           "israel", "kitai", "china", "granits", "rubej", "abroad", "shetel")
_ABROAD_WORDS = frozenset("saud oman italia italii italiu itali italiada kore".split())
# Another country, unnamed («другие страны тоже есть?», «басқа елдерге жібересіздер ме», "other countries").
_OTHER = ("drug", "inie", "inuiu", "baska", "other")
_COUNTRY = ("stran", "countr", "memleket", "elge", "elder", "elde")
_CONTRACT = ("kontrakt", "contract", "dogovor", "kelisimshart")
_HOW_LONG = ("dlit", "srok", "merzim", "long", "let", "god", "jil", "mesiats", "duration", "period")
_APPLICATION = ("viz", "visa", "otklik", "zaiavk", "otinim", "aplicat", "apli", "status", "sobesed", "suhbat",
                "intervi", "kontrakt", "contract", "dogovor", "kelisimshart", "bilet", "tiket", "vilet", "reis",
                "fligt", "otvet", "jauap", "repli", "respons", "oformlen", "jdu", "jdem", "ojida", "otinish", "usham")
# The steps of the process asked about («какие этапы?», «как всё происходит», "what is the process"): what an
# application goes through.
_PROCESS = ("etap", "kezen")
_PROCESS_WORDS = frozenset("proces protses protsesa protsese".split())  # not "processing", a trade's word
# Waiting, as whole words: «жду», «күтемін», "I am waiting" (for the answer to an application); what comes
# next («что дальше?», «келесі қадам», "next steps"); a change of mind («передумал», «ойымнан айныдым»,
# "changed my mind": withdrawing is done from the application).
_APPLICATION_WORDS = frozenset("kutemin kutem kutip kutudemin vait vaiting fli".split())  # "when do I fly"
# The next page of a list, typed instead of pressed («дальше», «ещё», «келесі бет», "next page", "show more"),
# as whole messages.
_MORE = frozenset({
    "dalshe", "davai dalshe", "eshe", "esho", "ewe", "sleduiushaia", "sleduiushaia stranitsa", "sleduiushie",
    "nekst", "nekst page", "shov more", "more", "ari karai", "kelesi", "kelesi bet", "tagi", "tagi korset",
    # Asked politely or as a question: «тағы көрсетіңіз», «тағы бар ма?», «а есть ещё?», "any more?".
    "tagi korsetiniz", "tagi bar", "tagi bar ma", "eshe est", "est eshe", "a est eshe", "ani more",
})
# The same with the words around it in any order («дальше покажи», «келесі бетті көрсет»): a word for "more"
# and only words for showing or the page.
_MORE_CORE = frozenset("dalshe eshe esho ewe kelesi nekst more tagi sleduiushaia sleduiushie sleduiushuiu".split())
_MORE_AROUND = frozenset("pokaji pokajite pokajte shov korset korsetiniz korsetshi page bet beti betti betin "
                         "stranitsa stranitsu please pleas pojaluista davai".split())
# A vacancy of the list picked in words instead of with its button: its number alone («1», «№2»), or «подробнее
# 1», «откликнуться на 2», «толығырақ», "apply 1", "the second one". The buttons are shown to press.
_LIST_NUMBER = re.compile(r"[#№]?\s*\d{1,2}")
_PICK = frozenset(
    "podrobne podrobnee details detail toligirak otkliknutsia otkliknus apli aplai otinim beru hochu nomer more "
    "pervaia pervuiu vtoraia vtoruiu tretia tretiu birinshi ekinshi ushinshi first second third one".split()
)
_PICKED = frozenset(
    "podrobne podrobnee details detail toligirak otkliknutsia otkliknus apli aplai beru pervaia pervuiu vtoraia "
    "vtoruiu tretia tretiu birinshi ekinshi ushinshi".split()
)
# Ordinals with their endings («первую», «бірінші», «екіншісіне»), and other words such a message may hold
# («вакансию», «өтінім беремін», "number").
_ORDINALS = ("pervu", "perva", "pervo", "vtor", "treti", "tretu", "birinshi", "ekinshi", "ushinshi", "tortinshi")
_PICK_BEGINNINGS = ("vakans", "vacanc", "job", "otinim", "berem", "number", "nomer", "podrob", "otklik")
# "Next" asked as a question or beside a step («что дальше?», «келесі қадам», "next steps"); "next page"
# and «дальше» alone are not about the application.
_NEXT = frozenset("dalshe kelesi nekst".split())
_STEP = ("shag", "kadam", "step", "etap")
_CHANGE_OF_MIND = ("peredum", "ainid", "ainit", "otkaz", "otozv", "vithdr", "barmaimin")  # «бармаймын»: I won't go
# The mind changed: "changed my mind", «ойымды өзгерттім» (the change is of the mind, not of the profile).
_MIND = frozenset("mind oimdi oiimdi oimnan oiimnan".split())
# Being called or invited, asked with "when" («когда позвонят?», «мені қашан шақырады», "when will they
# call me"): the application's next step, not a wish to call the hotline.
_WHEN = frozenset("kogda kashan vhen thei".split())
_CALLED = ("pozvon", "zvon", "priglas", "shakir", "habarlas", "cal", "invit")
# «позвонят», «перезвонят», «шақырады», «хабарласады»: they will call (not "to call").
_THEY_CALL = ("pozvoniat", "perezvoniat", "zvoniat", "shakirad", "habarlasad")
# "How do I get there": a how-word with work or Qatar («как устроиться на работу», «жұмысқа қалай
# тұрамын», "how to get a job in Qatar") asks for the steps of an application.
_HOW = frozenset("kak kalai kaitip hov".split())
_WORK_OR_QATAR = ("rabot", "trudoustr", "ustroi", "jumis", "job", "vork", "vakans", "vacanc", "katar")
# Erasing the worker's data («удалить профиль», «деректерімді өшіріңіз», "delete my data").
_DELETE = ("udal", "udol", "oshir", "joiin", "joiu", "joiniz", "joindar", "joip", "joig", "delet", "remov",
           "sotri")  # «жойғым келеді»
# Changing something the worker told the bot («как изменить номер телефона?», "change my name").
_PROFILE = ("izmen", "pomen", "smenit", "smeni", "isprav", "obnov", "ozgert", "auistir", "tuzet", "change", "edit",
            "corect")
# The phone number changed or to be changed («как поменять номер телефона», «у меня номер сменился»,
# «нөмірімді ауыстырғым келеді», "how do I change my phone number"): where the number is changed.
_PHONE_WORDS_OF_PROFILE = ("telefon", "fone", "phone", "nomer", "nomir", "number")
_CHANGED = ("izmen", "pomen", "smeni", "smenil", "obnov", "ozgert", "auistir", "change", "edit")
# Needing a language or experience («do I need to speak Arabic», «английский знать обязательно»): what a
# vacancy asks, not a language to add to the profile.
_NEED = ("nujn", "nado", "kerek", "ned", "requir", "obiazat", "mindet", "must", "trebu")
# The worker's own experience stated («тәжірибем бар», «опытом 10 лет», "I have experience"): no question of
# what a vacancy asks; the trade beside it is what the message is about.
_OWN_EXPERIENCE = re.compile(r"\b(?:tajiribem|opitom|stajem)\b|\b(?:have|imeiu|est)\b.*\b(?:eksperien|opit|staj)|"
                             r"\b(?:eksperien|opit|staj)\w* (?:est|bar)\b")
# What to take along («что взять с собой», «не алып жүруім керек», "what should I bring"): the papers.
_BRING = re.compile(r"\b(?:chto|ne|vhat)\b (?:\w+ ){0,3}?(?:vziat|vzat|bring|alip jur|alu kerek|alip alu)")
# How the bot itself works («как тут работать», «как это работает», "how does this work"): what it does.
_HERE = frozenset("tut zdes this it eto bul munda osinda".split())
_WORKS = ("rabot", "vork", "isteid", "istei")
_JOBS_OR_QATAR = ("vakans", "vacanc", "job", "katar", "ustroi", "trudoustr")
# Where to begin with work in Qatar («с чего начать», «не істеу керек», "where do we start"): the steps.
_BEGIN = re.compile(r"\b(?:chego nachat|ne isteu kerek|chto (?:mne |nam )?(?:nujno )?delat|kaidan bastau|"
                    r"vhere (?:do |should )?(?:ve |i )?start|hov (?:do |can )?(?:ve |i )?start)\b")
# Changing one's employer once there («можно ли потом поменять работодателя?», "can I change my employer")
# is no change of the profile: a question for the hotline.
_EMPLOYER = ("rabotodat", "emploier", "kafil", "sponsor", "berush")
# The profile named alone («профиль», «моя анкета»): what it holds and where to change it; registering
# («регистрация», «тіркелу») is making one.
# A field of the profile said to be wrong («в имени ошибка», «номер неверный», "my name is wrong").
_FIELDS = ("imia", "imen", "famil", "telefon", "nomer", "nomir", "phone", "name", "region", "oblast", "ati", "tegi")
_WRONG = ("nepravil", "neverno", "neverni", "oshib", "vrong", "kate", "durs")
_NEW = frozenset("novi novii novaia novoe jana nev".split())  # «у меня новый номер», "new number": changed since
# A language the worker speaks («арабский знаю», «араб тілін білемін», "I speak Arabic"): languages are
# part of the profile.
_LANGUAGE_NAMES = ("arab", "angli", "english", "russ", "rusk", "kazak", "turk", "turets", "nemets", "german",
                   "frants", "french", "kitai", "chines", "hindi", "urdu", "koreis", "korean")
_SPEAKING = ("znaiu", "vladeiu", "govoriu", "bilemin", "soileimin", "speak", "fluent", "know",
             "viuch", "dobav", "ad", "learn", "uiren")  # «выучил английский, как добавить?»
_PROFILE_NOUNS = ("profil", "anket", "languag", "registr", "zaregistr", "tirkel")  # "language": /language
# Someone to talk to: an operator, a person, the hotline; calling or contacting.
_HUMAN = ("operator", "chelovek", "jivoi", "jivim", "konsultant", "goriach", "pozvon", "zvonit", "sviaz",
          "habarlas", "soiles", "hotline", "human", "person", "speak", "talk", "contact", "kontakt")
_HUMAN_WORDS = frozenset("adam cal".split())  # "call" as `skeleton` writes it
# The words around a person asked for: connecting, wanting, please («соедините», «дайте», «қосыңызшы»,
# «керек», "I need", "please").
_ASKING_FOR = ("soedin", "sviaj", "pogovor", "pozov", "pereklu", "connect", "kosiniz", "kosip", "kosu", "pojaluist",
               "pleas", "hochu", "nujen", "nujna", "vizov", "dai")
_ASKING_FOR_WORDS = frozenset("ned kerek vant give me mne s menia magan keledi".split())
# Where to find the ministry: an address always; its office in a question («а где офис?», «кеңсе қайда?»).
_ADDRESS = ("adres", "address", "mekenjai")
_OFFICE = ("ofis", "ofic", "kense", "ministerstv", "ministrlik", "ministri",
           "telefon", "fone", "phone")  # "what is your phone number?"
# The embassy: its contacts are with the rights («елшіліктің телефоны», «номер посольства»), not the hotline.
_EMBASSY = ("posolstv", "elshilik", "konsul", "embas")
# What the standard contract guarantees and where to turn: housing, leave, insurance, medical care, the
# minimum wage, the embassy, rights.
_RIGHTS = ("jile", "jilio", "jilie", "projivan", "obshejit", "jatahan", "turgin", "otpusk", "demalis",
           "strahov", "saktandir", "lechen", "medicin", "meditsin", "minimal", "minimum", "posolstv", "elshilik",
           "konsul", "embas", "prava", "kukig", "kukik", "right", "housing", "acomod", "insuran", "medical",
           "vacation", "holidai", "pitan", "tamak", "fod", "meal", "transport", "boleiu", "bolen", "zabol", "auirip",
           "rigt", "kormi", "kormia", "kormej", "medstrah", "turatin", "uvol", "dosroch", "rastorj", "fired",
           "terminat")
_RIGHTS_WORDS = frozenset("pravo leave sik ill".split())  # "sick", "ill": medical care is a right
# The papers and checks a worker will need («какие документы нужны для визы?» asks about papers, not
# about an application, so this comes before the application's words).
_DOCUMENTS = ("dokument", "document", "spravk", "kujat", "medkomis", "medosmotr", "osmotr", "tekser", "diplom",
              "paper", "pasport", "passport", "sertifik", "certific", "sudim", "nesudim", "aniktam",
              "dokum", "zagran", "tolkujat")  # «докуметы», «загранпаспорт», «төлқұжат»
# A plea for help, or "what can you do".
_HELP = ("pomog", "pomosh", "komek", "help", "umesh", "umeesh", "polzova", "paidalan")
# Thanks for the help given («спасибо, вы очень помогли», «көмектескеніңізге рақмет», "thank you for your
# help"): a thank-you, not a plea for help.
_HELPED = ("pomogl", "komektesken", "komektesk")
_HELPED_EN = re.compile(r"\b(?:your|the|all)\s+help\b", re.IGNORECASE)
_HELP_WORDS = frozenset("menu meniu mazir".split())  # «меню», "menu": what the bot does
# Trouble with the bot itself («ничего не понятно», «не могу найти вакансию», «бот не работает», «қате»,
# «түсінбедім», "it's not working"): what it does and how. A negation with one of these verbs, or a word of
# its own.
_NOT = frozenset("ne net".split())
_TROUBLE_VERBS = ("poniat", "ponial", "ponil", "poimu", "ponima", "razobr", "mogu", "poluch", "naid", "naiti", "otkri",
                  "prihod", "vidn", "pokazi", "najim", "nahod")
# «не работает» is trouble when the bot or its buttons do not («бот не работает»); «электрик, не работаю»
# is a worker out of work.
_BROKEN = ("rabotaet", "rabotai", "istemei", "otvecha")  # «бот не отвечает нормально»
_THE_BOT = ("bot", "knopk", "tuime", "ssilk", "prilojen", "menu", "meniu")
_TROUBLE = ("oshib", "eror", "gliuk", "zavis", "slomal", "tusinbe", "tusiniksiz", "ashilmai",
            "tappai", "tappadi", "almadim", "almai")
_TROUBLE_WORDS = frozenset("kate katesi".split())  # «қате»: error
_TROUBLE_EN = re.compile(r"(?:\bnot|n't|\bdont|\bdoesnt|\bcant|\bcannot|\bwont)\s+(?:\w+\s+)?"
                         r"(?:work|understand|find|open|load|see|get|reply|answer)", re.IGNORECASE)
# "Who are you", "what should I do", as whole messages: what the bot does.
_HELP_PHRASES = frozenset({
    "kto ti", "kto vi", "ti kto", "vi kto", "sen kimsin", "siz kimsiz", "kimsin", "kimsiz", "vho are eu",
    "ne isteu kerek", "ne isteimin", "chto delat", "chto mne delat", "vhat should", "vhat",
    "ne istei alasin", "ne istei alasiz", "ne isteisin", "ne isteisiz", "vhat can eu", "vhat do eu",
})
# Words that may follow such a phrase without changing it («не істеймін енді», «что мне теперь делать»,
# "what now").
_HELP_FILLERS = frozenset("endi teper seichas nov je bilmeimin bilmei znaiu".split())  # «не істеу керек білмеймін»
# A message of these signs alone is an "ok" («👍»); of folded hands alone a thank-you («🙏»), of a waving
# hand alone a greeting («👋»).
_OK_SIGNS = frozenset("👍👌✅🆗🙏❤🤝😊🙂👏💪😀😃😄😁😉🤗☺👋✌🙌💯🔥🥰😍♥💙💚🌹")
_SIGN_TOPICS: dict[str, Topic] = {"🙏": "thanks", "👋": "greeting"}
# A phone number typed alone, outside the question that asks for it: where the profile's number is changed.
_PHONE = re.compile(r"\+?\d[\d\s()\-]{8,16}\d")
_THANKS = ("spasib", "sposib", "sps", "rahmet", "rakmet", "thank", "thks", "thnk", "thanx", "tnx", "blagodar",
           "raqmet", "raksmet")  # «raxmet»: `skeleton` reads x as ks
# Thanks in advance closing a question («заранее спасибо», «алдын ала рахмет», "thanks in advance") is
# politeness: the question is what was said.
_IN_ADVANCE = frozenset("zarane aldin advance".split())
_OK = frozenset("ok okei oke okay horosho harasho ponial ponatno poniatno iasno jaksi tusindim tusinikti "
                "jarait jaraidi makul boldi ladno dogovorilis understod got it never mind nevajno zabud zabudte col "
                "fine great alrigt".split())
# Words that may come with an "ok" or a goodbye without changing it («ага, ясно», «ну ладно, давай пока»).
_OK_COMPANIONS = frozenset("aga davai vse".split())
# Fillers of a dictated message («ну», «короче», «мен негізі», "um", "like"): left out when a whole message
# is compared with a closed set of words («ну ладно давай пока» is a goodbye).
_FILLERS = frozenset("nu koroche vot tak samoe e ee eee em mm mmm um uh uhm like ieah tipa vobshem slushai "
                     "slushaite znachit negizi".split())
_GREETINGS = frozenset(
    "privet salem salam salemetsiz zdravstvuite zdraste zdrastvuite dobri dobroe dobrogo den utro vecher "
    "dnia kairli tan kesh kun helo hi hei hey asalam asalamu asalamualeikum asalaumagaleikum "
    "salamaleikum as saliamu aleikum aleikum god morning evening afternoon be vsem barshaga al "
    "kak dela kalaisiz kalai jagdai how are eu there dear team "
    # «Сәлеметсізбе» in one word, «қалайсың», «қалыңыз қалай», "alaikum", and whom it is said to («брат»,
    # "bot"), or a polite opening with nothing asked yet («добрый вечер, подскажите пожалуйста»).
    "salemetsizbe kalaisin kaliniz alaikum va brat bratan bauirim aga bot podskajite pojaluista".split()
)

# Leave-taking, as whole messages («до свидания», «сау болыңыз», "good night"; «доброго дня» is a greeting).
_BYE = frozenset(
    "poka do svidania sau bol bolin boliniz kosh bie godbie god nigt spokoinoi nochi vsego dobrogo horoshego "
    "dnia kairli tun se eu later koriskenshe korisemiz nov".split()  # "see you" is "se eu" to `skeleton`
)
# Stopping what is going on, typed as a whole message («отмена», «бас тарту», "cancel"), as /cancel does.
_CANCEL = frozenset({"otmena", "otmenit", "otmeni", "cancel", "bas tartu", "boldirmau"})

# A question not about any of the above: question words as whole words (Russian, Kazakh with its
# question particles, English), or a question mark.
_QUESTION_WORDS = frozenset(
    "kak gde kogda pochemu zachem kto chto skolko mojno kakoi kakaia kakie kakoe "
    "skolki li kalai kaida kashan nege kandai kansha kim ma ba pa "
    "vhat vhere vhen vhi vho hov can could is are does".split()
)


def small_talk(text: str) -> Topic | None:
    """The topic of a short message that is chat rather than a search; None when it is none of them."""
    words = skeleton(text or "").split()
    if _PHONE.fullmatch((text or "").strip()) and sum(map(str.isdigit, text)) >= 10:
        return "contact"
    if _LIST_NUMBER.fullmatch((text or "").strip()):
        return "buttons"
    if not words:
        signs = _signs(text or "")
        if signs and all(sign in _OK_SIGNS for sign in signs):
            topics = {_SIGN_TOPICS.get(sign) for sign in signs}
            return topics.pop() if len(topics) == 1 and None not in topics else "ok"
        return "help" if (text or "").strip() and set((text or "").strip()) <= set("?¿ ") else None  # «?»
    if len((text or "").split()) > MAX_WORDS:  # counted as typed: `skeleton` keeps at most 20
        return None
    core = [word for word in words if word not in _FILLERS] or words  # «ну ладно давай пока»
    if " ".join(words) in _MORE or _asks_for_more(core):
        return "more"
    if _picks_from_the_list(text, words):
        return "buttons"
    if _both(words, _MONEY, _HOME) and any(word.startswith(_SEND) for word in words):
        return "question"  # «отправлять деньги домой»: neither «хочу домой» nor a fee
    if _complains(text, words):
        return "complaint"
    if _who_pays(words):
        return "rights"  # «кто платит за билет?», "is accommodation free?"
    if any(word.startswith(_OVERTIME) for word in words):
        return "terms"  # "is overtime paid", «сверхурочные оплачиваются?»: no fee
    if _both(words, _ASKED, _MONEY) and not _ASKING_MYSELF.search(" ".join(words)):
        return "trust"  # «просили деньги за визу»: whoever asks is a fraudster
    if any(word.startswith(_FEES) or word in _FEE_WORDS for word in words):
        return "fees"
    if any(word.startswith(_TRUST) for word in words) or _whence(text, words) or _from_the_ministry(text, words):
        return "trust"
    if any(word.startswith(_ALERTS) or word in _ALERTS_WORDS for word in words) or (
        _ALERTS_PHRASES.search(" ".join(words))
    ):
        return "alerts"
    if any(word.startswith(_DOCUMENTS) for word in words) or _BRING.search(" ".join(words)):
        return "documents"
    if _changes_the_phone(words):
        return "contact"
    if any(word.startswith(_PROFILE) for word in words) and not _MIND.intersection(words) and not (  # «сменить язык»
        any(word.startswith(_EMPLOYER) for word in words)  # «поменять работодателя»: for the hotline
    ):
        return "profile"
    if _both(words, ("updat",), _FIELDS + _PAY + _PROFILE_NOUNS):
        return "profile"  # "update my expected salary"; "any update on my visa?" asks about the application
    if _both(words, _FIELDS, _WRONG) or _speaks_a_language(words) or (
        _NEW.intersection(words) and any(word.startswith(_FIELDS) for word in words)
    ):
        return "profile"
    if any(word.startswith(_REQUIREMENTS) or word in _REQUIREMENTS_WORDS for word in words) and not (
        _states_own_experience(words)
    ) or _both(words, _LANGUAGE_NAMES, _NEED):
        return "requirements"  # "do I need to speak Arabic" too
    if any(word.startswith(_PAY) or word in _PAY_WORDS for word in words):
        return "pay"
    if _about_terms(text, words):
        return "terms"
    if any(word.startswith(_ABROAD) or word in _ABROAD_WORDS for word in words) or _both(words, _OTHER, _COUNTRY):
        return "abroad"
    if _HOW.intersection(words) and _HERE.intersection(words) and any(word.startswith(_WORKS) for word in words) and (
        not any(word.startswith(_JOBS_OR_QATAR) for word in words)  # not "how does work in Qatar go"
    ):
        return "help"  # «как тут работать», "how does this work": the bot's own use
    if any(word.startswith(_APPLICATION + _CHANGE_OF_MIND + _PROCESS) or word in _APPLICATION_WORDS | _PROCESS_WORDS
           for word in words) or (
        _called(words) or _next_step(text, words)
    ) or (
        (_HOW.intersection(words) or _BEGIN.search(" ".join(words)))
        and any(word.startswith(_WORK_OR_QATAR) for word in words)
    ):
        return "application"
    if any(word.startswith(_DELETE) for word in words):
        return "delete"
    if any(word.startswith(_PROFILE_NOUNS) for word in words):
        return "profile"
    if any(word.startswith(_EMBASSY) for word in words):
        return "rights"  # «елшіліктің телефоны»: the embassy's contacts come with the rights
    if any(word.startswith(_HUMAN + _ADDRESS) or word in _HUMAN_WORDS for word in words) or (
        is_question(text) and any(word.startswith(_OFFICE) for word in words)
    ):
        return "human"
    if any(word.startswith(_RIGHTS) or word in _RIGHTS_WORDS for word in words):
        return "rights"
    if _thanks_for_help(text, words):
        return "thanks"
    if any(word.startswith(_HELP) or word in _HELP_WORDS for word in words) or _help_phrase(core):
        return "help"
    if _trouble(text, words):
        return "help"
    if any(word.startswith(_THANKS) for word in words) and not _thanks_in_advance(text, words):
        return "thanks"
    if all(word in _OK | _OK_COMPANIONS for word in core) and _OK.intersection(core):
        return "ok"
    if all(word in _GREETINGS for word in core):
        return "greeting"
    if all(word in _BYE | _OK | _OK_COMPANIONS for word in core) and _BYE.intersection(core):
        return "bye"
    if is_question(text) and any(word.startswith(_THE_BOT) for word in words):
        return "help"  # «как пользоваться ботом?», «что мне делать с этим ботом?»: what it does and how
    if is_question(text):
        return "question"
    return None


# Topics a trade may come with that its vacancies' cards answer («сварщик зарплата от 2500», «водитель с
# жильём», «сварщик без опыта»): such a message is a search, once these words are set aside.
ANSWERED_BY_CARDS = frozenset({"pay", "requirements", "terms", "rights"})
_CARD_WORDS = (_PAY, _REQUIREMENTS, _TERMS, _RIGHTS)
_CARD_WHOLE_WORDS = _PAY_WORDS | _REQUIREMENTS_WORDS | _TERMS_WORDS | _RIGHTS_WORDS
# Topics whose own words are never the trade searched for, though a label may hold them («у меня нет
# паспорта» is no passport clerk, «какой график работы?» no graphic artist, «комиссия есть?» no
# commissioner): whether such a message names a trade is judged without them.
NO_TRADE_IN_TOPIC_WORDS = frozenset({"documents", "terms", "fees"})
_PHONE_WORDS = ("telefon", "fone", "phone", "nomer", "nomir", "number")
# Having applied already: «откликнулся», «подал заявку», "applied", «өтінім бердім / жібердім».
_APPLIED = ("otkliknul", "podal", "aplied")  # "applied" as `skeleton` writes it
_APPLIED_KK = re.compile(r"\botinim\w* (?:berdim|jiberdim|berip edim|jiberip edim)\b")
# Topics said only in their own closed set of words («ещё», «подробнее 1», «вторая», a phone number, «ок»,
# «привет», «пока»): they name no trade, whatever a label may make of «на первую». Nor does trouble with an
# employer: "I want to complain about my company" is no search for a companion.
NO_TRADE_TOPICS = frozenset({"more", "buttons", "contact", "ok", "greeting", "bye", "complaint"})


def without_card_words(text: str) -> str:
    """The message without its words about the pay, the requirements, the hours and the contract's terms
    («сварщик зарплата от 2500» → «сварщик от 2500»), to see whether what is left names a trade; a phone
    or an address asked for with them is no trade either («елшіліктің телефоны» is no switchboard's)."""
    return _without(text, _CARD_WHOLE_WORDS, (*_CARD_WORDS, _PHONE_WORDS + _ADDRESS))


def without_topic_words(text: str) -> str:
    """The message without the words of its topic that are never a trade: the card's, the documents' and
    the fees' («у меня нет паспорта» → «у меня нет», «комиссия есть?» → «есть?»)."""
    return _without(text, _CARD_WHOLE_WORDS | _FEE_WORDS, (*_CARD_WORDS, _DOCUMENTS, _FEES))


def asks_only_for_a_person(text: str) -> bool:
    """«оператор», «соедините с оператором, пожалуйста», «операторға қосыңызшы», "I need an operator": an
    operator asked for and nothing else named, so no search for the operators' trades; «оператор крана»,
    "CNC operator" name the machine and are searched."""
    words = skeleton(text or "").split()
    return bool(words) and all(
        word.startswith(_HUMAN + _ASKING_FOR) or word in _HUMAN_WORDS | _ASKING_FOR_WORDS for word in words
    )


def _without(text: str, whole_words: frozenset[str], beginnings: tuple[tuple[str, ...], ...]) -> str:
    """A word goes when each of its parts is a topic word: «оператор-кассир» keeps the cashier."""
    kept = []
    for word in (text or "").split():
        parts = skeleton(word).split()
        if parts and all(
            part in whole_words or any(part.startswith(prefixes) for prefixes in beginnings) for part in parts
        ):
            continue
        kept.append(word)
    return " ".join(kept)


def asks_if_needed(text: str) -> bool:
    """«ағылшын тілі керек пе», «опыт нужен?», "is English required": whether something is needed is asked.
    A language asked so is no teacher of it (a label of the English teacher holds «ағылшын тілі»)."""
    return any(word.startswith(_NEED) for word in skeleton(text or "").split())


def has_applied(text: str) -> bool:
    """«я откликнулся на водителя, когда ответ?», «сварщикке өтінім бердім, қашан жауап болады?», "I applied
    for the driver job, when will they call?": the trade named is the vacancy applied to, and the question is
    about the application, not for a list. Without a question, "Position applied for: steel fixer" is a CV's
    line naming the trade."""
    words = skeleton(text or "").split()
    applied = any(word.startswith(_APPLIED) for word in words) or bool(_APPLIED_KK.search(" ".join(words)))
    return applied and is_question(text or "")


def says_cancel(text: str) -> bool:
    """«Отмена», «бас тарту», "Cancel" typed alone: what /cancel does, at any step."""
    return " ".join(skeleton(text or "").split()) in _CANCEL


def is_question(text: str) -> bool:
    """A question mark, or a question word («когда», «қашан», "how"), whatever the question is about."""
    return "?" in text or any(word in _QUESTION_WORDS for word in skeleton(text or "").split())


def _picks_from_the_list(text: str, words: list[str]) -> bool:
    """«подробнее 1», «откликнуться на 2», "apply 1", «бірінші вакансияны толығырақ», «екіншісіне өтінім
    беремін»: a vacancy of the list named instead of pressed."""
    if len(text.split()) > 5 or is_question(text):
        return False
    if not all(word in _PICK or word.startswith(_ORDINALS + _PICK_BEGINNINGS) for word in words):
        return False
    return bool(_PICKED.intersection(words) or _LIST_NUMBER.search(text)
                or any(word.startswith(_ORDINALS) for word in words))


def _both(words: list[str], these: tuple[str, ...], those: tuple[str, ...]) -> bool:
    """A word beginning with one of `these` and another with one of `those`."""
    return any(word.startswith(these) for word in words) and any(word.startswith(those) for word in words)


def _complains(text: str, words: list[str]) -> bool:
    """Trouble with the employer: a word of its own, pay or a passport withheld, the work or the housing
    not as agreed, a crowded or squalid room, or a wish to go home that is no ticket asked about."""
    joined = " ".join(words)
    if any(word.startswith(_COMPLAINT) or word in _COMPLAINT_WORDS for word in words):
        return True
    if _NOT_PAID.search(joined) or _NOT_PAID_EN.search(text) or _both(words, _PASSPORT, _TAKEN):
        return True
    if _NOT_AS_AGREED.search(joined) or (
        any(word.startswith(_ROOM) for word in words)
        and any(word.startswith(_BAD) or word in _BAD_WORDS for word in words)
    ):
        return True
    if _CROWDED.search(text) and any(word.startswith(_ROOM) for word in words):
        return True
    return any(word.startswith(_HOMESICK) for word in words) and not any(
        word.startswith(_TICKET + ("otpusk", "demalis", "vacation", "holidai")) for word in words
    )


def _who_pays(words: list[str]) -> bool:
    """«кто платит за билет?», «жильё бесплатное?», "who pays for the flight": a right of the contract; a fee
    named beside them ("any fees for the medical check") is a fee asked."""
    if any(word in _FEE_NOUNS or word.startswith(_FEE_NOUN_BEGINNINGS) for word in words):
        return False
    return any(word.startswith(_TICKET + _RIGHTS) for word in words) and any(
        word.startswith(_WHO_PAYS) or word in _WHO_PAYS_WORDS for word in words
    )


def _about_terms(text: str, words: list[str]) -> bool:
    """Hours, shifts or days off named, or a contract's length asked («контракт на сколько лет?»)."""
    if any(word.startswith(_TERMS) or word in _TERMS_WORDS for word in words):
        return True
    if _TERMS_PHRASES.search(" ".join(words)) or _DAYS_OFF.search(text):
        return True
    return any(word.startswith(_CONTRACT) for word in words) and any(word.startswith(_HOW_LONG) for word in words)


def _called(words: list[str]) -> bool:
    """«когда позвонят?», «мне позвонят?», «қашан шақырады», "will they call me": waiting for the next step;
    "I changed my mind": withdrawing, which is done from the application."""
    if any(word.startswith(_THEY_CALL) for word in words):
        return True
    if _MIND.intersection(words) and any(word.startswith(("chang", "ozgert")) for word in words):  # «ойымды өзгерттім»
        return True
    return bool(_WHEN.intersection(words)) and any(word.startswith(_CALLED) for word in words)


def _next_step(text: str, words: list[str]) -> bool:
    """«что дальше?», «келесі қадам қандай», "what are the next steps": where the application goes next;
    «что мне делать дальше с этим ботом?» asks how the bot is used instead."""
    if not _NEXT.intersection(words) or any(word.startswith(_THE_BOT) for word in words):
        return False
    return is_question(text) or any(word.startswith(_STEP) for word in words)


def _whence(text: str, words: list[str]) -> bool:
    """«откуда вакансии?», «вакансиялар қайдан алынады», "where do these vacancies come from"."""
    asks_whence = bool(_WHENCE.intersection(words)) or bool(_WHENCE_EN.search(text))
    return asks_whence and any(word.startswith(_VACANCIES) for word in words)


def _from_the_ministry(text: str, words: list[str]) -> bool:
    """«это от министерства труда?», «вы из министерства?»: whether the bot is official. Asking where the
    ministry is or how to call it («где министерство?», «телефон министерства») is for the hotline."""
    return (
        is_question(text) and bool(_THIS_OR_YOU.intersection(words))
        and any(word.startswith(_MINISTRY) for word in words)
        and not any(word.startswith(_ADDRESS + _OFFICE[:3] + ("telefon", "fone", "phone", "nomer")) for word in words)
        and not {"gde", "kaida", "vhere"}.intersection(words)
    )


def _thanks_for_help(text: str, words: list[str]) -> bool:
    """«Спасибо, вы очень помогли», «көмектескеніңізге рақмет», "thank you for your help": thanks, not a plea."""
    if not any(word.startswith(_THANKS) for word in words) or _thanks_in_advance(text, words):
        return False
    helps = [word for word in words if word.startswith(_HELP) or word in _HELP_WORDS]
    if "help" in helps and _HELPED_EN.search(text):
        helps.remove("help")
    return all(word.startswith(_HELPED) for word in helps)


def _asks_for_more(words: list[str]) -> bool:
    """«дальше покажи», «келесі бетті көрсет», "next page please": the next page, in words in any order."""
    return bool(_MORE_CORE.intersection(words)) and all(word in _MORE_CORE | _MORE_AROUND for word in words)


def _changes_the_phone(words: list[str]) -> bool:
    """«как поменять номер телефона», «у меня новый номер», "change my phone number": the phone, and no other
    field of the profile, changed; a number said to be wrong is a field to correct like the others."""
    if not any(word.startswith(_PHONE_WORDS_OF_PROFILE) for word in words):
        return False
    if any(word.startswith(_FIELDS) and not word.startswith(_PHONE_WORDS_OF_PROFILE) for word in words):
        return False
    return any(word.startswith(_CHANGED) for word in words) or bool(_NEW.intersection(words))


def _speaks_a_language(words: list[str]) -> bool:
    """«арабский знаю», "I speak Arabic": a language for the profile; "do I need to speak Arabic" asks what a
    vacancy requires."""
    return _both(words, _LANGUAGE_NAMES, _SPEAKING) and not any(word.startswith(_NEED) for word in words)


def _states_own_experience(words: list[str]) -> bool:
    """«10 жыл тәжірибем бар», «опыт есть», "I have experience": the worker telling, not asking whether a
    vacancy needs it («опыт нужен?», "do I need experience")."""
    return bool(_OWN_EXPERIENCE.search(" ".join(words))) and not any(word.startswith(_NEED) for word in words)


def _thanks_in_advance(text: str, words: list[str]) -> bool:
    """«…можно ли с семьёй? заранее спасибо», «…бола ма? алдын ала рахмет»: thanks closing a question."""
    return bool(_IN_ADVANCE.intersection(words)) and is_question(text)


def _help_phrase(words: list[str]) -> bool:
    """«кто ты?», «не істеу керек», «что мне теперь делать», "what now": what the bot does."""
    return " ".join(word for word in words if word not in _HELP_FILLERS) in _HELP_PHRASES


def _trouble(text: str, words: list[str]) -> bool:
    """«бот не работает», «ничего не понятно», «қате», "it doesn't work": trouble with the bot itself."""
    if any(word.startswith(_TROUBLE) or word in _TROUBLE_WORDS for word in words):
        return True
    if _NOT.intersection(words) and any(word.startswith(_TROUBLE_VERBS) for word in words):
        return True
    if any(word.startswith(_BROKEN) for word in words) and any(word.startswith(_THE_BOT) for word in words):
        return True
    return bool(_TROUBLE_EN.search(text.replace("’", "'")))


def _signs(text: str) -> list[str]:
    """The signs of a message with no word («👍», «🙏🙏», «👌🏽 ✅»), skin tones and joiners aside."""
    return [c for c in text if not c.isspace() and c not in "\ufe0f\u200d" and not "\U0001f3fb" <= c <= "\U0001f3ff"]
