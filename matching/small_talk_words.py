"""The words and patterns by which `small_talk` tells the topics of chat apart: beginnings of words, and
short words that must be whole («pay», «fee»: as beginnings they would catch "payroll" or "february"), in
the form `skeleton` writes them (Cyrillic and Latin Kazakh, Russian and English meet as one Latin
spelling: «жалақы» and "jalaqy" are both "jalak…", "money" is "monei", "call" is "cal").

Which topic wins when a message holds the words of several («спасибо, а платить надо?» asks about fees) is
the order of the rules in `small_talk.RULES`, not the order here."""

from __future__ import annotations

import re

# Trouble with an employer («работодатель не платит зарплату», «забрали паспорт», «хочу пожаловаться»,
# «жалақы төлемейді», "they took my passport", «хочу домой»): where to complain, before any other topic
# («не платит» is no fee, «паспорт» no document to prepare).
COMPLAINT = ("jalob", "pojalov", "shagim", "complain", "obmanul", "obmanil", "aldadi", "aldap", "izdeva",
             "izbiva", "unijai", "abuse", "harass", "zaderjiva", "zaderjal", "kechiktir", "tolemeidi",
             "tolemei", "bermei", "viplachiva", "delaied", "jalovat", "jalui",
             # Forced, threatened, beaten, insulted, or housed in squalor («заставляют работать по 14
             # часов», «угрожает депортацией», «ұрып соғады», «обижает», "forces me", «ужасные условия»).
             "zastavl", "prinujd", "majburl", "forc", "ugroj", "ugroz", "threat", "korkit", "deport", "obija",
             "oskorbl", "krich", "ujasn", "teribl", "horibl", "urip", "uradi", "sogadi",
             "istetedi", "istetip",
             "oret", "orut", "aikaila", "balagat", "shouts", "shouting", "iels", "ieling", "insult",  # shouted at, insulted
             "tolenbe")  # «жалақы төленбей жатыр»: not paid  # «күніне 14 сағат жұмыс істетеді»: made to work
COMPLAINT_WORDS = frozenset("beat beats beaten beating hit hits".split())  # not the "panel beater"
# «Хочу домой», «үйге қайтқым келеді»: trouble, unless it is the ticket home or the leave asked about («на
# отпуск домой билет оплачивают?» is a right).
HOMESICK = ("domoi", "kaitkim")
# Nobody there to meet the worker who has landed («прилетел в Доху, никто не встретил», «нас не встретили в
# аэропорту», «работодатель не приехал», «ешкім қарсы алмады», «әуежайда тұрмын, ешкім келмеді», "I landed in
# Doha and nobody met me"): the employer who must bring them from the airport has not come.
NOBODY = frozenset("nikto nikogo eshkim nobodi".split())
COME = ("vstret", "priehal", "prishel", "zabral", "karsi", "kelme", "met", "came")
# «встречающего нет», «ешкім күтіп алмады»: nobody waiting, in other words.
NOT_MET = re.compile(r"\bne vstreti|\b(?:no one|noone)(?: \w+){0,4} (?:met|meet\w*|pik\w*)\b|\bvstrechaiush\w* (?:net|ne)\b|\b(?:kutip|karsi) almadi\b")
# Not come, said of the employer or at the airport («работодатель не приехал», «жұмыс беруші келмеді»).
NOT_CAME = re.compile(r"\bne (?:priehal|prishel)|\bkelmedi\b|\bno one came\b|\bdidnt come\b|\bnever came\b")
# Landed («прилетел», «ұшып келдім», "landed", "arrived"): nobody there beside it («прилетел, никого нет») is
# nobody come to meet the worker.
LANDED = ("prilet", "landed", "arriv", "uship")
NOBODY_THERE = re.compile(r"\b(?:nikogo|nikto) (?:net|nigde)\b|\beshkim jok\b|\bnobodi (?:here|there|is)\b")
# Come back home («вернулся домой»): no wish to go home, the worker is there.
CAME_BACK = ("vernul", "return")
# Housing missing or food bad once there («приехал, а жилья нет», "there is no accommodation", «кормят
# плохо»), days off withheld («не дают выходных», «демалыс жоқ»), made to work («his boss makes him work
# 7 days a week»), or paid less than the contract says («в договоре было 2500, а платят 1500», "they pay
# less than the contract says").
NO_HOUSING = re.compile(r"\b(?:jil\w*|jatahan\w*|jatakhan\w*|obshejit\w*|obshag\w*|kvartir\w*|acomod\w*|housing) (?:net|jok)\b|"
                        r"\bno (?:acomod|housing)|"
                        # «жилья до сих пор нет», «жильё всё ещё не дали», «тұрғын үй әлі жоқ»: still none
                        r"\b(?:jil\w*|obshejit\w*|obshag\w*|kvartir\w*|turgin ui\w*) (?:sih por|vse eshe|eshe|poka|ali|alige) (?:net|ne|jok)\b")
FOOD = ("korm", "pitan", "tamak", "fod")
NO_DAYS_OFF = re.compile(r"\bne dai\w* vihodn|\bdemalis (?:kuni )?jok\b|\bmakes? (?:him|her|me|us|them) vork")
# Days off said to be missing, not asked about («уже месяц без выходных», «демалыссыз істейміз», "no day off for
# a month"); «работа без выходных?» asks what the terms are.
WITHOUT_DAYS_OFF = re.compile(r"\bbez vihodn|\bdemalis+iz\b")
WITHOUT_DAYS_OFF_EN = re.compile(r"\b(?:no|without(?: a| any)?|never had a|never get a)\s+days?[\s-]+off\b", re.IGNORECASE)
# Medical care refused to a worker who is ill («к врачу не везут», «ауруханаға жібермейді», "they won't take me to a
# doctor"): the care the contract gives is withheld.
DOCTOR = ("vrach", "bolnit", "auruhana", "emhana", "doctor", "hospital", "clinic", "klinik", "medpunkt", "emdel", "gospital",
          "dariger")  # «дәрігерге жібермейді»
MEDICAL_REFUSED = re.compile(r"\bne (?:vez|vozi|pusk|puska|otpus|dai|daiut|otprav)\w*|\bjibermei\w*|\bjibermed\w*|"
                             r"\bapar?maidi\b|\bvont (?:take|let|send)|\brefus")
MEDICAL_REFUSED_EN = re.compile(r"\b(?:won't|wont|don't|dont|doesn't|doesnt|didn't|didnt|not|never|refuse[sd]?\s+to)\s+"
                                r"(?:\w+\s+)?(?:take|let|allow|send|bring)\b", re.IGNORECASE)
# The air conditioning missing or broken where the worker lives («в общаге кондиционер не работает», «кондиционер
# жоқ», "the AC is broken"): housing not fit to live in, in the Gulf's heat.
AIRCON = re.compile(r"\b(?:konditsioner\w*|kondicioner\w*|kondei|aircon\w*|ac|air condition\w*)\b(?: \w+){0,4}? "
                    r"(?:net|jok|slom\w*|ne rabot\w*|istemei\w*|broken|broke|not vork\w*|doesnt vork)")
PAID = ("plat", "pai", "tole", "bered", "daiut")
LESS = frozenset("menshe les az".split())
CHEATED = ("obman", "aldap", "aldad")
# Not paid or not given, in either order («не платят», «не дают билет», «зарплату не дали»), and in English
# with or without the apostrophe, as dictated messages come ("hasnt paid me", "they dont pay him").
NOT_PAID = re.compile(r"\b(?:ne (?:plat|zaplat|vipla|otda|vozvrash|vernu)\w*|ne (?:dai|da)\w* (?:zarplat|deng|pasport|bilet|vod[uia]\b)|no salari|unpaid"
                      r"|(?:zarplat|deng|pasport|bilet)\w* ne (?:dal|dai|da|plat|vipla|otda)\w*)")
NOT_PAID_EN = re.compile(r"(?:\bnot|n't|\b(?:has|have|had|did|do|does|is|are|was|were|wo)nt|\bnever|\bno)\s+"
                         r"(?:been\s+|getting\s+)?(?:pa(?:y|id|ying)|giv)", re.IGNORECASE)
# The work or the housing is not what the contract or the promise said («работа не такая, как в договоре»,
# «обещали сварщиком, а поставили грузчиком», «шарттағыдай емес», "not what they promised").
# «Шарт» alone is also "a must" («тәжірибе шарт емес пе»): only «шарттағыдай» says "as in the contract".
NOT_AS_AGREED = re.compile(r"\b(?:ne tak\w*|ne to|drugaia|drugoe|drugie|not|different|jumis baska|baska jumis)\b.*\b(?:dogovor|kontrakt|"
                           r"contract|kelisimshart|obesh|promis|agre)|\b(?:dogovor|kontrakt|contract|"
                           r"kelisimshart|obesh|promis|agre)\w* (?:\w+ )?(?:ne tak\w*|emes|not|different)\b|"
                           r"\bobeshal\w*\b(?! (?:prisla|pozvon|perezvon|soobsh|napisa|otvet))|\bpromised\b(?! to (?:send|cal|rite|vrite|ansver))|"
                           r"\bsh?arttagidai\b")  # «обещали прислать» is waited for, not broken
# The same in English as typed, since `skeleton` drops "other" and "not" ("they give me other work, not from the
# contract", "the job is different from the contract").
NOT_AS_AGREED_EN = re.compile(r"\b(?:other|another|different)\s+(?:work|job)\b.*\bcontract|"
                              r"\bnot\s+(?:from|in|as in|like in|what)\s+(?:the\s+|my\s+)?contract", re.IGNORECASE)
# An answer not given («жауап бермей жатыр», «хабар бермейді»): waiting on an application, though «бермейді»
# alone is pay or a passport withheld.
NO_ANSWER = re.compile(r"\b(?:jauap|habar) bermei\w*")
# Housed in a crowd or in squalor («поселили по 12 человек в комнату», «бөлмеде 10 адам тұрамыз», «жильё
# плохое», «тұратын жеріміз нашар»): the housing the contract promises is not given. A number of people is
# counted in the message as typed (`skeleton` drops digits, and writes "room" as "rom"); a room or housing
# asked about is a right.
CROWDED = re.compile(r"\d+\s*(?:человек|чел|адам\w*|кісі\w*|people|persons|guys|men)\b", re.IGNORECASE)  # «14 адамбыз»
ROOM = ("komnat", "bolme", "rom", "posel", "jile", "jilio", "jilie", "obshejit", "obshag", "jatakhan", "turatin", "turgin", "turamiz",
        "jatahan", "acomod", "housing", "kvartir", "vila", "camp", "kemp", "kamp", "lager")  # "the camp" the workers live in
BAD = ("nashar", "ploh", "griazn", "tesn")
BAD_WORDS = frozenset("bad dirti".split())
PASSPORT = ("pasport", "passport", "tolkujat", "paspr")
# Money sent home or to the family («можно отправлять деньги домой?», «ақшаны үйге қалай жіберемін», "send
# money home"): a question for the hotline, not a fee asked and not «хочу домой».
MONEY = ("deng", "deneg", "aksha", "monei", "perevod", "transfer",  # "money" is "monei" to `skeleton`
         "dolar", "tenge", "usd", "rubl", "riial", "tisiach", "mln")  # a sum named: «500 мың теңге», "500 dollars"
HOME = ("domoi", "uige", "uii", "home", "seme", "semi", "rodn", "otbas", "famili")
SEND = ("otprav", "perev", "jiber", "send", "transf", "vislat", "skinut")
TAKEN = ("zabral", "otobral", "otnial", "zabir", "derj", "alip", "tok", "taken", "kep", "hold",
         "otbir", "otber", "otnim",  # «правда, что паспорт отбирают?», «отберут», «отнимут»
         "jinap", "jinad", "sobral",  # «паспорттарды жинап алды», «собрали паспорта»: collected
         "kaitarma",  # «паспортымды қайтармай жүр»: kept
         "loked", "zaper", "zakrit")  # "passports locked in the office", «заперли паспорта»
FEES = ("platit", "zaplat", "oplatit", "toleu", "toleim", "toleis", "komis", "stoit", "stoiat", "stoimost", "dengi",
        "deneg", "aksha", "besplat", "tegin", "vziatk", "predoplat", "platn", "vznos", "uslug")
# «плата», «ақысы бар ма?» ("is there a charge"), «ақылы» (paid), «ақысыз» (free).
FEE_WORDS = frozenset("pai pais paid fe fes fre tolem para plata platu aki akisi akili akisiz tole charge charges".split())
# Costing the worker money ("does it cost money to apply", "does registering cost anything"): a fee asked; what life
# there costs is read before.
COSTS_THE_WORKER = re.compile(r"\bcosts? (?:me |us |eu )?(?:monei|anithing|somethin\w*|mone)\b")
# At one's own expense («медкомиссию за свой счёт?», «өз есебімнен бе?», "at my own expense").
OWN_EXPENSE = re.compile(r"\bsvoi shet|\bchei shet|\boz esebi\w*|\bovn (?:ekspense|cost)")  # and «за чей счёт?»
# Someone who asked the worker for money («мне звонили и просили деньги за визу», «ақша сұрады», "they asked
# me for money"): whoever does is a fraudster, which the answer on trust says first.
ASKED = ("prosil", "prosia", "trebov", "trebuiu", "vimoga", "suradi", "surap", "surait", "asked", "asking",
         "demand",
         # or offered a job for money («сказал, что поможет с вакансией за 300 долларов», «устроят за деньги»)
         "pomojet", "pomojem", "predlag", "predloj", "ustroiat", "ustroit", "ustroiu",
         "suraid",  # «сұрайды»: asks
         "skinu", "skint", "poprosi")  # «попросил 20 тысяч»  # «сказал скинуть 200 тысяч»: a sum to transfer, demanded
# A sum typed with its currency or thousands («500$», «$500», «300 тыщ», «200 мың», "1000 usd"), matched on the
# message as typed, since `skeleton` drops digits and signs: money named, as MONEY names it in words.
SUM = re.compile(r"\$\s*\d|\d\s*(?:\$|usd\b|долл|dollar|тыс|тыщ|млн|мың|myn\b|тг\b|тенге|tenge|евро|€|k\b|к\b|thousand)",
                 re.IGNORECASE)
# Money already given («я уже заплатил посреднику 200 тысяч», «ақшаны төледім», "I paid an agent"): to whom
# was it paid, if recruitment is free.
PAID_ALREADY = ("zaplatil", "oplatil", "otdal", "perevel", "toledim", "toledik")
PAID_ALREADY_EN = re.compile(r"\b(?:i|we|he|she|they)\s+(?:have\s+|had\s+|already\s+)*paid\b", re.IGNORECASE)
# A middleman (an agent, a broker, «посредник», «делдал»): one with money named is the fraud the answer on
# trust warns of («агент просит 1000 долларов», "agent wants 1000 usd for my papers").
MIDDLEMAN = ("agent", "posrednik", "deldal", "broker", "middlem")
# The writer asking on someone's behalf («күйеуім үшін сұрап тұрмын», "I am asking for my brother") is no one
# who asked them for money.
# The worker's own wish for a sum ("i want 2000 usd", «хочу 3000», «мы хотим»), which no one asks of him.
WANTED_BY_ME = re.compile(r"\b(?:i|ive|id|im|ve|me|mne|ia|mi|biz|men)\b (?:\w+ )?(?:vant|hochu|hotim|hotel|hoteli)\w*|\bhochu\b|\bhotim\b")
ASKING_MYSELF = re.compile(r"\bsurap (?:turmin|otirmin|jatirmin|edim)\b|\b(?:im|am) asking\b")
# Whether the bot and its vacancies can be trusted («это развод?», «официальный бот?», «алаяқтар ма?», "is
# this a scam?"): where the vacancies come from, and that whoever asks for money is a fraudster.
TRUST = ("scam", "skam", "moshen", "obman", "razvod", "aferist", "aldau", "aldap", "aldama", "alaiak", "feik",
         "fake", "oficial", "ofitsial", "resmi", "legit", "doveri", "doverj", "nastoiash", "trust", "senuge",
         "senim", "genuin", "lohotron", "kidal", "kidaiut", "kinut",  # «лохотрон», «кидалово», «не кинут?»
         "aldamsh",  # «алдамшысыңдар»: you are deceivers
         "kinet",  # «не кинет?»: won't he cheat me
         "liar", "julik", "vrun", "lgun", "otirik",  # "you're all liars", «вы все вруны», «өтірікшісіңдер», «өтірік пе»
         "razvot", "fraud")  # «развот», typed as heard; "frauds"
# Whether it is real, asked beside its opposite or as a particle («это реально или нет», «бұл шын ба», "real or fake"):
# a doubt of the bot and its vacancies.
REAL_ASKED = re.compile(r"\b(?:realn\w*|real|shin|shinimen) (?:ili|or|ba|ma|pa|be|me|alde)\b")
# Where the vacancies come from («откуда вакансии?», «вакансиялар қайдан?», "where do these jobs come from"),
# or whether the bot is the ministry's («это от министерства?», «вы из министерства?»): the official portal.
WHENCE = frozenset("otkuda kaidan source istochnik".split())
WHENCE_EN = re.compile(r"\bwhere\b.*\bcome\b|\bsource\b", re.IGNORECASE)
VACANCIES = ("vakans", "vacanc", "job", "rabot", "jumis", "orin")
THIS_OR_YOU = frozenset("eto vi bul siz sizder this eu".split())
MINISTRY = ("ministerstv", "ministrlik", "ministri", "ministr")
# Who made or runs the bot («кто вас создал?», «сені кім жасады?», "who made this bot", «чей это бот»): whose it is,
# which the answer on trust tells.
BOT_MAKER = re.compile(r"\b(?:kto|kim|vho)\b(?: \w+){0,3}? (?:sozdal\w*|sdelal\w*|razrabotal\w*|zapustil\w*|"
                       r"jasadi|jasagan|made|created|built|developed|ovns?)\b|\bchei (?:eto )?bot\b|"
                       r"\bvho(?:s| is) behind\b|"
                       # «вас точно министерство сделало?», "did the ministry make you"
                       r"\b(?:ministerstv|ministrlik|ministri)\w* (?:sozdal|sdelal|razrabotal|zapustil|jasa|made|created)\w*")
BOT_OR_YOU = frozenset("vas vi ti tebia bot bota seni sizdi sizderdi eu this it bul".split())
# The worker's data and its safety («мои данные в безопасности?», «деректерім қауіпсіз бе?», "is my data safe"), or
# where the bot got a number («откуда у вас мой номер», "how did you get my number"): the ministry's bot.
PERSONAL_DATA = ("danni", "danie", "dannih", "derek", "malimet", "data", "nomer", "nomir", "number", "lichn",
                 "personal", "jeke", "info", "telefon", "fone", "iin", "jsn")  # «ИИН», «ЖСН»: the personal number
# Who sees the worker's data, whom it is passed to or why it is needed («кто видит мои данные», «номер кому-то
# передаёте?», «деректерімді кім көріп отыр», "do you share my number", "why does the bot need my phone number»,
# «как вы узнали мой номер»): the bot's own question, which the answer on trust tells.
WHO_SEES = re.compile(r"\b(?:kto|kim|vho)\b(?: \w+){0,2} (?:vidit|vidiat|uvidit|koredi|korip|korinedi|se|ses|sees|access)\b|"
                      r"\b(?:peredaet\w*|peredaete|peredaiut|peredadite|share|shares|sharing|jiberesizder|beresizder)\b|"
                      r"\b(?:zachem|vhi|nege)\b(?: \w+){0,3} (?:nujen|nujna|nujni|ned|neds|kerek)\b|\b(?:uznali|uznal)\b|"
                      r"\bzachem (?:vam|tebe|botu) (?:moi |moia |moe )?(?:nomer|danni|danie|iin|telefon)\w*")
SAFE = ("bezopas", "kauipsiz", "safe", "secur", "zashish", "konfidents", "confident", "privat", "utech", "leak")
GOT_MY_NUMBER = re.compile(r"\b(?:hov|vhere) (?:did|do|does) eu (?:get|find|have|know)\b")
# A right said to be in the contract or not («медицинская страховка входит в договор?», «жильё входит в
# контракт?»): the rights; «входит ли туда жильё» of the pay is the pay's question.
INCLUDED = ("vhodit", "vhodia", "vkliuch", "includ", "kiradi", "kire me")
# Who pays for the flight («кто платит за билет?», «ұшақ билетін кім төлейді», "who pays the ticket"): the
# standard contract does, so it is the worker's rights, not a fee or an application's step.
TICKET = ("bilet", "tiket", "ticket", "tikt", "tickt", "avia", "perelet", "ushak", "fligt", "flight", "airfare",
          "jolaki")  # «жолақысы»: the fare; and what RIGHTS names
WHO_PAYS = ("plat", "oplach", "oplat", "toleid", "toleit", "pai", "kto", "kim", "chei", "schet", "besplat",
            "tegin", "fre", "daiut", "bered", "beril", "predostav", "provid", "giv",  # «билет дают?», «береді ме»
            "vkliuchen", "includ")  # «авиабилеты не включены», "is the ticket included"
WHO_PAYS_WORDS = frozenset({"vho", "bere"})  # «бере ме»: is it given  # "who", whole: as a beginning it met «входит» («входит ли жильё»)
# Bought or paid by the worker («билет сам покупаю?», «ұшақ билетін өзім аламын ба», "do I buy my own
# ticket"): who pays, as «кто платит» asks.
OWN_PURCHASE = ("pokup", "kupit", "kuplu", "kupliu", "satip")
OWN_PURCHASE_WORDS = frozenset("sam sama sami ozim bui ovn shet".split())
# A fee named as such ("any fees for the visa or the medical check", «комиссия за медкомиссию») is a fee
# asked, though a right is named beside "pay".
FEE_NOUNS = frozenset("fe fes plata platu".split())
FEE_NOUN_BEGINNINGS = ("komis", "predoplat", "vznos", "uslug")
# Stopping or tuning the messages the bot sends («хватит присылать», "stop", «хабарландыру»).
ALERTS = ("unsubscrib", "otpis", "ostanov", "hvatit", "tokta", "uvedomlen", "opoveshen", "habarlandir",
          "notific", "alert", "rasilk", "jiberme", "prisil", "vikliuch", "otkliuch", "vkliuch", "ejednevn",
          "habarlama")
ALERTS_WORDS = frozenset("stop mute spam".split())
# «раз в день», «күніне бір рет жіберіңіз», "send them once a day": the digest, wherever it is said.
ALERTS_PHRASES = re.compile(r"\b(?:raz den|once dai|kunine bir)\b|\bne pishi\w*|\bdont (?:teks?t|mes+age|v?rite)\b|"
                            # «не интересно», «қызық емес», «слишком много сообщений», «түнде жазбаңызшы»: an alert
                            # answered, the alerts to be tuned
                            r"\bne ?interes\w*|\bkizik(?:ti)? emes\b|\bkiziktirmai\w*|\bslishkom mnogo "
                            r"(?:sobsh|uvedom|rasil|vakans)|\bjazbaniz\w*|\bjazbandar\w*|"
                            r"\bne (?:shli|shlit|prisilai)\w*|\bstop sending\b")  # «больше не шлите»
ALERTS_PHRASES_EN = re.compile(r"\bno more (?:\w+\s+)?(?:messages|notifications|alerts|texts|jobs|vacancies)\b|"
                               r"\b(?:not|no longer|never) interested\b|n't interested\b|\btoo many "
                               r"(?:messages|notifications|alerts|texts|jobs|vacancies)\b", re.IGNORECASE)
# Why the bot wrote («почему ты мне написал», «зачем мне пришло это сообщение», «маған неге жаздың», "why did you
# message me", "why am I getting this"): the alerts, which say what is sent and when. Not «почему мне не пишут»,
# nor «почему никто не звонит», which wait for an application.
WHY_SENT = re.compile(r"\b(?:pochemu|zachem|nege|vhi)\b(?: \w+){0,4}? (?<!\bne )(?:napisa\w*|pishe\w*|pishi\w*|prishl\w*|"
                      r"prisla\w*|prisil\w*|jazdi\w*|jazad\w*|jiberd\w*|jiberes\w*|keld\w*|kelip\w*|mesag\w*|"
                      r"geting|sent|send\w*|teks?t\w*|contacted)\b")
# Said to the worker, or by the bot: «мне», «маған», "me", "you" («почему пишет зарплата ниже желаемой» reads a card).
TO_ME_OR_YOU = frozenset("mne nam magan bizge me us am ti vi eu sen siz sender sizder".split())
# How old a worker may be («до скольки лет берут?», «есть ограничение по возрасту?», «пенсионеров берут?»,
# «неше жасқа дейін алады», «жас шектеуі бар ма», "is there an age limit", "am I too old"): the age a work
# visa needs, and where an employer's limit is written.
AGE = ("vozrast", "pension", "vozrost")  # «возрост» typed in haste
# An age told in words, its number spelt out («елу жастамын», «қырық бестемін жастағы»): as a stated age.
AGE_TOLD = ("jastami", "jastagi")
AGE_WORDS = frozenset({"age"})
AGE_PHRASES = re.compile(r"\bjas(?:im|iniz|i) (?:kelip|ulken|ulkei|otip)|\bskolki let\b|\bjas(?:ka)? shek|\bjas shegi|\bjaska dei?in\b|\bneshe jastan\b|"
                         r"\b(?:hov|am|im|is|are|too) old\b|\bjas\w* karap\b")  # «жасыма қарап»: by my age  # "am I too old" is "am old" to `skeleton`
# An age stated («мне 52 года», «в 45 лет», «48 жастамын», «жасым 50», "I'm 50"), matched on the message as
# typed, since `skeleton` drops digits: a question about age only in a short question with no word of work
# («мне 52 года, возьмут?», «18 жасқа толмадым, болады ма»); in a longer one it is the worker introducing
# themselves («35 жастамын, дәнекерлеушімін, жұмыс бар ма»).
STATED_AGE = re.compile(r"(?:\bмне|\bmne|\bi'?m|\bi am|\bжасым|\b(?:j|zh)asym)\s+(?:уже\s+|already\s+)?\d{1,2}(?!\d)|"
                        # a relative's age, told by whoever writes for them («ему 17 лет», «дяде 61 год», «інім 17-де»,
                        # "my uncle is 61")
                        r"(?:\b(?:ему|ей|emu)\s+|\b(?:дяд[яеи]|т[её]т[яеи]|отц[уа]|отец|пап[аеу]|мам[аеу]|брат[уа]?|"
                        r"сестр[аеу]|сын[уа]?|доч(?:ь|ери|ке|ка)|муж[уа]?|жен[аеу]|племянни(?:к[уа]?|ц[аеуы])|зят[юья]|"
                        r"внук[уа]?|внучк[аеу]|інім|інісі|ағам|ағасы|әкем|әкесі|анам|анасы|ұлым|ұлы|қызым|жиенім|"
                        r"бауырым|қарындасым|сіңлім|inim|agam|akem|anam|ulym|kyzym|qyzym|uncle|dad|father|mom|mum|mother|"
                        r"brother|sister|son|daughter|nephew|niece)(?:'s|\s+is)?\s+)(?:уже\s+|already\s+)?\d{1,2}"
                        r"(?![\d.,]?\d)(?!\s*(?:тыс|тыщ|мың|myn|k\b|к\b|\$|%|долл|dollar|usd|тенге|tenge|риал|rial|qar))"
                        # not the years of a trade («брат 5 лет работает сварщиком», "son 3 years as a driver")
                        r"(?!\s*(?:лет|года?|years?|yrs|жыл)\s+(?:опыт|стаж|работ|experience|тәжірибе|as\b|of\b|в\s|на\s|жұмыс))|"
                        r"\bв\s+\d{1,2}\s+(?:лет|года?)\b|\d{1,2}\s*(?:жаста|жасқа|(?:j|zh)ast?a|years? old|-years?-old)|"
                        r"\b(?:жасым|(?:j|zh)asym)\b", re.IGNORECASE)
STATED_AGE_MAX_WORDS = 6
# Bringing a family along («можно с семьёй?», «можно взять жену и детей», «отбасыммен барсам бола ма»,
# «әйелім мен балаларымды ала кетсем», "can my wife come with me", "a family visa"): a relative named with a
# word of coming along; a relative named alone is someone asking for a worker («я жена Даурена»).
FAMILY = ("semia", "semiu", "semei", "semein", "otbas", "aiel", "kuieu", "balalar", "famili", "husband", "vife",
          "vives", "children", "rebenk", "rebenok", "spous",
          "aelim", "aeli", "jubai", "jubaii", "zaiibim",
          "kelin", "nemere")  # «келінім мен немеремді»: a son's wife and child, whom a worker writing for him asks about  # «аелимди» typed without «ә», «жұбайым»: my wife, my spouse
FAMILY_WORDS = frozenset("semi seme jena jenu jene jeni jenoi muj muja muju mujem deti detei detmi detiam kids kid "
                         "child bala balam balamdi".split())
FAMILY_KK = ("otbas", "aiel", "aeli", "kuieu", "bala", "jubai")  # «отбасыммен», «әйеліммен»: with the family
ALONG = ("vmeste", "vziat", "vzat", "zabrat", "zaber", "perevez", "privez", "priehat", "priedut", "poedet", "poedut", "priezja",
         "birge", "aldir",
         "bring", "together", "join", "along", "visit",
         "gosti", "gostit", "konakka", "konaktap")  # «в гости», «қонаққа»: a visit
# «С семьёй», «с женой», «с мужем»; not «с детьми», which is how a nanny says what she does.
ALONG_WORDS = frozenset("soboi mnoi take come semei jenoi mujem menimen".split())
ALONG_PHRASES = re.compile(r"\b(?:ala|alip) (?:ket|bar|al)|\b(?:semein\w*|otbasi\w*|famili) vi[zs]|\bvi[zs]\w* (?:semi|jen|otbas)")
# What a vacancy asks of a candidate: experience, languages («опыт нужен?», «қандай тіл керек», "is English
# required?"). Age has its own answer; sex is not on a vacancy's card: such questions go to the hotline.
REQUIREMENTS = ("ielts", "toefl", "opit", "tajiribe", "eksperien", "angli", "english", "agilshin", "iazik", "trebovan",
                "talap", "rekuire", "staj")  # «стаж керек пе»
REQUIREMENTS_WORDS = frozenset("til tilin tilde tili".split())
# The pay («зарплата какая?», «жалақысы қанша», "what is the salary").
PAY = ("zarpl", "jalak", "ailik", "ailig", "salar", "salr", "zarabot", "oklad", "jalovan", "dohod", "platiat",
       "earn", "zarabat")  # «зарабатывает»
PAY_WORDS = frozenset("vage vages zp toleidi poluchaiut".split())  # «қанша төлейді», «сколько получают»: how much they pay
# The sum in hand («сколько будет на руки»), or the pay of a month ("how much is the pay per month"): the pay,
# though "pay" is a fee's word too.
PAY_PHRASES = re.compile(r"\bhov much (?:do |does )?(?:thei|emploier\w*|kompani\w*) pai|\bskolko(?: \w+){0,2} ruki\b|\bpai (?:per|a|each|every) month|\bmonthli pai")
PAID_WORDS = frozenset("pai pais paid".split())  # the salary "paid in riyals": the pay, not a fee
# A currency asked about («2000 риалов это сколько в тенге?», «доллармен бере ме әлде риалмен», "the pay in
# tenge"): the pay and the currency it is paid in, unless a fee's verb is there («сколько стоит виза в тенге»).
CURRENCIES = ("tenge", "dolar", "rial", "riial", "usd", "kzt")
# "Should I pay" said with a sum in dollars is a fee asked, not the currency of the pay.
I_PAY = re.compile(r"\b(?:should|do|must|shall|will|can) (?:i|we) pay\b|\b(?:i|we) (?:have|need) to pay\b", re.IGNORECASE)
FEE_VERBS = ("platit", "zaplat", "oplatit", "toleu", "toleim", "toleis", "komis", "stoit", "stoiat", "stoimost",
             "vziatk", "predoplat", "vznos", "uslug")
# The terms of the work itself: hours, shifts, days off, overtime («какой график работы?», «выходные есть?»,
# «сколько часов в день?», «демалыс күні бар ма», «жұмыс уақыты қандай», "working hours?"), and how long a
# contract runs («сколько длится контракт?», «келісімшарт неше жылға», "how long is the contract").
TERMS = ("grafik", "rejim", "vihodn", "sverhuroch", "pererabot", "overtime", "shedul", "vekend", "keste",
         "auisim", "gafik", "grfik", "grafk", "scedul", "skedul")  # «гафик», «грфик», "scedule"
TERMS_WORDS = frozenset("smena smeni smenu smenoi smenam smenah smennii smennaia chas chasa chasov sagat shift shifts "
                        "hours "
                        # «вахта», «вахтой», «вахтовый метод», «вахтамен»: the shift pattern (not «вахтёр», a
                        # watchman, nor «вахтовка», the shift bus a driver drives)
                        "vahta vahtoi vahtu vahte vahti vahtamen vahtovi vahtovii vahtovim vahtovaia vahtovoi vahtovom "
                        "vahtovogo vahtoiu".split())
TERMS_PHRASES = re.compile(r"\b(?:demalis kun|kun demalis|juma demalis|jumis uakit|jumis kun|rabochee vremi|raboche vremi|"
                           r"rabochii den|rabochi den|vorking (?:time|dais)|rest dai|juma kuni demalis|kun demala\w*)")
OVERTIME = ("sverhuroch", "sveruroch", "sverkhuroch", "pererabot", "overtime", "usteme", "overtaim")  # «овертайм» as Kazakh workers say it  # «үстеме жұмыс»
DAYS_OFF = re.compile(r"\bdays?[\s-]+off\b", re.IGNORECASE)  # "off" is a stop word to `skeleton`
# Work in another country («есть работа в Европе?», «хочу в Корею», «Дубайда жұмыс бар ма», "jobs in
# Dubai"): the vacancies here are those of Kazakhstan's labour agreements, whatever their country. Beginnings
# no word of the trades shares («итальянской кухни», «сауда» are left out).
ABROAD = ("dubai", "dubae", "oae", "uae", "emirat", "saudov", "saudi", "kuveit", "kuvait", "bahrein", "evrop",
          "europ", "polsh", "poland", "germani", "korei", "korea", "iaponi", "japoni", "japan", "turtsi",
          "turki", "turkei", "resei", "amerik", "america", "kanad", "canad", "britan", "finliand", "finland",
          "shvets", "sveden", "norveg", "norvai", "chehi", "czech", "slovaki", "rumini", "romani", "izrail",
          "israel", "kitai", "china", "granits", "rubej", "abroad", "shetel")
ABROAD_WORDS = frozenset("saud oman italia italii italiu itali italiada kore".split())
# Another country, unnamed («другие страны тоже есть?», «басқа елдерге жібересіздер ме», "other countries").
OTHER = ("drug", "inie", "inuiu", "baska", "other")
COUNTRY = ("stran", "countr", "memleket", "elge", "elder", "elde")
CONTRACT = ("kontrak", "contrac", "contrak", "kantrak", "dogovor", "kelisimshart", "kelisim")  # «контрак», "contrakt" typed  # «келісім шарт», in two words
# «На сколько контракт?», «келісімшарт қанша?»: how much of a contract is its length, unless it is waited for
# («сколько ждать контракт»).
HOW_MUCH = frozenset("skolko kansha neshe skoka skolka".split())  # «скока»
WAITED_FOR = ("jdat", "jdu", "ojida", "kutu", "kutem", "vait")
# Leaving before the contract ends («а если я захочу уехать раньше контракта», «келісімшарттан ерте кетсем»):
# the ticket home and the final wages, which the rights tell.
EARLY = ("ranshe", "dosroch", "erte", "earl")
HOW_LONG = ("dlit", "srok", "merzim", "long", "let", "god", "jil", "mesiats", "duration", "period", "iear",
            "uakit", "aig", "lengt", "lenght")  # «неше айға», "contract length"
APPLICATION = ("viz", "visa", "otklik", "zaiavk", "otinim", "aplicat", "apli", "status", "sobesed", "suhbat",
               "intervi", "kontrakt", "contract", "dogovor", "kelisimshart", "bilet", "tiket", "vilet", "reis",
               "fligt", "otvet", "jauap", "repli", "respons", "oformlen", "jdu", "jdem", "ojida", "otinish", "usham",
               # approved or admitted («меня одобрили?», «мені қабылдады ма?», "approved"), checked, the flight
               "odobr", "kabilda", "kabildan", "aprov", "proverk", "ushu",
               # «собес» for the interview, the employer's reading of it («рассмотрение»), the day of the flight
               # («ұшатын күн»), and a refusal («почему отказали», "why rejected")
               "sobes", "rasmotr", "rasmatr", "ushat", "reject")
# The steps of the process asked about («какие этапы?», «как всё происходит», "what is the process"): what an
# application goes through.
PROCESS = ("etap", "kezen", "step")  # "what are the steps"
PROCESS_WORDS = frozenset("proces protses protsesa protsese shagi shagov shagam".split())  # «какие шаги»  # not "processing", a trade's word
# Waiting, as whole words: «жду», «күтемін», "I am waiting" (for the answer to an application); what comes
# next («что дальше?», «келесі қадам», "next steps"); a change of mind («передумал», «ойымнан айныдым»,
# "changed my mind": withdrawing is done from the application).
APPLICATION_WORDS = frozenset("kutemin kutem kutip kutudemin vait vaiting fli "  # "when do I fly"
                              "podaval podavala podavali".split())  # «на какую вакансию я подавал?»
# The next page of a list, typed instead of pressed («дальше», «ещё», «келесі бет», "next page", "show more"),
# as whole messages.
MORE = frozenset({
    "dalshe", "davai dalshe", "eshe", "esho", "ewe", "sleduiushaia", "sleduiushaia stranitsa", "sleduiushie",
    "nekst", "nekst page", "shov more", "more", "ari karai", "kelesi", "kelesisi", "kelesi bet", "tagi", "tagi korset",
    # Asked politely or as a question: «тағы көрсетіңіз», «тағы бар ма?», «а есть ещё?», "any more?".
    "tagi korsetiniz", "tagi bar", "tagi bar ma", "eshe est", "est eshe", "a est eshe", "ani more",
    # The page before («назад», «алдыңғы бет», "previous"): the same answer names both buttons.
    "nazad", "predidushaia", "predidushaia stranitsa", "predidushie", "artka", "aldingi", "aldingi bet",
    "previous", "previous page", "bak", "go bak",
})
# The same with the words around it in any order («дальше покажи», «келесі бетті көрсет»): a word for "more"
# and only words for showing or the page.
MORE_CORE = frozenset("dalshe eshe esho ewe kelesi nekst more tagi sleduiushaia sleduiushie sleduiushuiu sleduiushi".split())
MORE_AROUND = frozenset("me ones the pokaji pokajite pokajte shov korset korsetiniz korsetshi page bet beti betti betin "
                        "kalai ashamin ashu ashsam koremin koruge vakansialar vakansialardi vakansiiani "  # «келесі бетті қалай ашамын»
                        "stranitsa stranitsu please pleas pojaluista davai "
                        "kak hov otkrit otkroi open spisok spiska spiske list".split())  # «как открыть следующую страницу списка»
# A vacancy of the list picked in words instead of with its button: its number alone («1», «№2»), or «подробнее
# 1», «откликнуться на 2», «толығырақ», "apply 1", "the second one". The buttons are shown to press.
LIST_NUMBER = re.compile(r"[#№]?\s*\d{1,2}")
PICK = frozenset(
    "podrobne podrobnee details detail toligirak otkliknutsia otkliknus apli aplai otinim beru hochu nomer more "
    "pervaia pervuiu vtoraia vtoruiu tretia tretiu birinshi ekinshi ushinshi first second third one "
    "podat podam podaiu eta etu etot etoi na vot rabotu osi osini osigan bugan buni alamin tandaimin keledi "
    "bargim baramin this that it il take vant".split()
)
# «хочу подать», «подам», «эту беру», «хочу на эту работу», «осыны аламын», «осы жұмысқа барғым келеді», "I
# want this job", "I'll take it": said just after a card, its ✉️ button is meant.
PICKED = frozenset(
    "podrobne podrobnee details detail toligirak otkliknutsia otkliknus apli aplai beru pervaia pervuiu vtoraia "
    "vtoruiu tretia tretiu birinshi ekinshi ushinshi podat podam podaiu etu etot etoi osi osini osigan bugan "
    "buni this take".split()
)
# Ordinals with their endings («первую», «бірінші», «екіншісіне»), and other words such a message may hold
# («вакансию», «өтінім беремін», "number").
ORDINALS = ("pervu", "perva", "pervo", "vtor", "treti", "tretu", "birinshi", "ekinshi", "ushinshi", "tortinshi")
PICK_BEGINNINGS = ("vakans", "vacanc", "job", "otinim", "berem", "number", "nomer", "podrob", "otklik", "jumis")
# "Next" asked as a question or beside a step («что дальше?», «келесі қадам», "next steps"); "next page"
# and «дальше» alone are not about the application.
NEXT = frozenset("dalshe kelesi nekst".split())
# A step done («медкомиссию прошёл, что дальше?», «медкомиссиядан өттім, әрі қарай не істеймін», "passed
# the medical, what next"): the application's next step, though the step is a paper's name.
PASSED = ("proshel", "proshla", "proshli", "sdal", "pased", "finish", "complet", "done", "did")
PASSED_WORDS = frozenset("otim ottim otip ottik otkenmin".split())
FURTHER = frozenset("dalshe kelesi nekst karai nov endi".split())  # "what now", «енді не»
# Whom to talk to («с кем поговорить по моей заявке», «кіммен сөйлесуге болады», "who can I talk to").
WHOM_TO_TALK_TO = re.compile(r"\bkomu (?:\w+ )?(?:zvonit|pisat|obrashat)\w*|\bvho (?:\w+ )?(?:cal|contact)\b|\bkimge (?:\w+ )?(?:habarlas|konirau)\w*|\bkem (?:\w+ )?pogovor|\bkim?men soiles|\badam\w* soiles|\bvho (?:can|do|should) (?:i )?(?:talk|speak)")
STEP = ("shag", "kadam", "step", "etap")
CHANGE_OF_MIND = ("peredum", "ainid", "ainit", "otkaz", "otozv", "vithdr", "barmaimin")  # «бармаймын»: I won't go
# Said of an application already routed to the applications («отменить заявку», «өтінімді кері қайтару»,
# "cancel my application"): how to withdraw one is told under them.
WITHDRAWING = CHANGE_OF_MIND + ("otmen", "cancel", "kaitar", "kaitap")  # and «кері алу»
# The mind changed: "changed my mind", «ойымды өзгерттім» (the change is of the mind, not of the profile).
MIND = frozenset("mind oimdi oiimdi oimnan oiimnan".split())
# Being called or invited, asked with "when" («когда позвонят?», «мені қашан шақырады», "when will they
# call me"): the application's next step, not a wish to call the hotline.
WHEN = frozenset("kogda kashan vhen thei".split())
CALLED = ("pozvon", "zvon", "priglas", "shakir", "habarlas", "cal", "invit")
# «позвонят», «перезвонят», «шақырады», «хабарласады»: they will call (not "to call").
THEY_CALL = ("pozvoniat", "perezvoniat", "zvoniat", "shakirad", "habarlasad")
# "How do I get there": a how-word with work or Qatar («как устроиться на работу», «жұмысқа қалай
# тұрамын», "how to get a job in Qatar") asks for the steps of an application.
HOW = frozenset("kak kalai kaitip hov".split())
WORK_OR_QATAR = ("rabot", "trudoustr", "ustroi", "jumis", "job", "vork", "vakans", "vacanc", "katar")
# Erasing the worker's data («удалить профиль», «деректерімді өшіріңіз», "delete my data").
DELETE = ("udal", "udol", "oshir", "joiin", "joiu", "joiniz", "joindar", "joip", "joig", "delet", "remov",
          "sotri", "steret", "sterit", "joiam", "vipe")  # «жоямын»  # «жойғым келеді», «стереть»
DELETE_WORDS = frozenset("erase erased".split())  # whole: «Ерасыл» is a name
# Changing something the worker told the bot («как изменить номер телефона?», "change my name").
PROFILE = ("izmen", "pomen", "smenit", "smeni", "isprav", "obnov", "ozgert", "auistir", "tuzet", "change", "edit",
           "corect")
# The phone number changed or to be changed («как поменять номер телефона», «у меня номер сменился»,
# «нөмірімді ауыстырғым келеді», "how do I change my phone number"): where the number is changed.
PHONE_WORDS_OF_PROFILE = ("telefon", "fone", "phone", "nomer", "nomir", "number")
CHANGED = ("izmen", "pomen", "smeni", "smenil", "obnov", "ozgert", "ozger", "auis", "change", "edit")  # «нөмірім өзгерді»  # «номерім ауысты»
# Needing a language or experience («do I need to speak Arabic», «английский знать обязательно»): what a
# vacancy asks, not a language to add to the profile.
NEED = ("nujn", "nujen", "nado", "kerek", "ned", "requir", "obiazat", "mindet", "must", "trebu")  # «нужен»
# The worker's own experience stated («тәжірибем бар», «опытом 10 лет», "I have experience"): no question of
# what a vacancy asks; the trade beside it is what the message is about.
OWN_EXPERIENCE = re.compile(r"\b(?:tajiribem|opitom|stajem)\b|\b(?:have|imeiu|est)\b.*\b(?:eksperien|opit|staj)|"
                            r"\b(?:eksperien|opit|staj)\w* (?:est|bar)\b")
# What to take along («что взять с собой», «не алып жүруім керек», "what should I bring"): the papers.
BRING = re.compile(r"\b(?:chto|ne|vhat)\b (?:\w+ ){0,3}?(?:vziat|vzat|bring|alip jur|alu kerek|alip alu)")
# How the bot itself works («как тут работать», «как это работает», "how does this work"): what it does.
HERE = frozenset("tut zdes this it eto bul munda osinda".split())
WORKS = ("rabot", "vork", "isteid", "istei")
JOBS_OR_QATAR = ("vakans", "vacanc", "job", "katar", "ustroi", "trudoustr")
# Where to begin with work in Qatar («с чего начать», «не істеу керек», "where do we start"): the steps.
BEGIN = re.compile(r"\b(?:chego nachat|ne isteu kerek|chto (?:mne |nam )?(?:nujno )?delat|kaidan bastau|"
                   r"vhere (?:do |should )?(?:ve |i )?start|hov (?:do |can )?(?:ve |i )?start|"
                   r"vhat (?:do |should )?(?:i |ve )?(?:do )?first|chto (?:\w+ ){0,3}?(?:nado|nujno) s?delat)\b")
# Changing one's employer once there («можно ли потом поменять работодателя?», "can I change my employer")
# is no change of the profile: a question for the hotline.
EMPLOYER = ("rabotodat", "rabotadat", "emploier", "kafil", "sponsor", "berush")  # «работадатель» as typed
# The profile named alone («профиль», «моя анкета»): what it holds and where to change it; registering
# («регистрация», «тіркелу») is making one.
# A field of the profile said to be wrong («в имени ошибка», «номер неверный», "my name is wrong").
FIELDS = ("imia", "imen", "famil", "telefon", "nomer", "nomir", "phone", "name", "region", "oblast", "ati", "tegi")
WRONG = ("nepravil", "neverno", "neverni", "oshib", "vrong", "kate", "durs")
NEW = frozenset("novi novii novaia novoe jana nev".split())  # «у меня новый номер», "new number": changed since
# A language the worker speaks («арабский знаю», «араб тілін білемін», "I speak Arabic"): languages are
# part of the profile.
LANGUAGE_NAMES = ("arab", "angli", "english", "russ", "rusk", "rusian", "kazak", "turk", "turets", "nemets", "german",
                  "frants", "french", "kitai", "chines", "hindi", "urdu", "koreis", "korean",
                  "oris", "agilshin", "arabsha")  # «орысша», «ағылшынша»: in Russian, in English
SPEAKING = ("znaiu", "vladeiu", "govoriu", "bilemin", "soileimin", "speak", "fluent", "know", "bilmei", "soilemei",
            "viuch", "dobav", "ad", "learn", "uiren")  # «выучил английский, как добавить?»
PROFILE_NOUNS = ("profil", "anket", "languag", "registr", "zaregistr", "tirkel")  # "language": /language
# A language not spoken («я не знаю английского», "I don't speak English"): no language for the profile, but
# the worry whether a vacancy needs it.
NOT_SPEAKING = frozenset("ne dont doesnt cant not bilmeimin bilmeim bilmeimiz soilemeimin soilei almaimin "
                         "ploho slabo nashar poor badli".split())  # «я плохо говорю»: a worry, not a language to add
# («орысша білмеймін», «ағылшынша сөйлемеймін»: Kazakh says the "not" inside the verb)
# Someone to talk to: an operator, a person, the hotline; calling or contacting.
HUMAN = ("operator", "chelovek", "jivoi", "jivim", "konsultant", "goriach", "pozvon", "zvonit", "zvanit", "sviaz",
         "habarlas", "soiles", "hotline", "human", "person", "speak", "talk", "contact", "kontakt",
         "bailanis", "vjiv")  # «вживую»; «маманмен байланысқым келеді»: to get in touch
HUMAN_WORDS = frozenset("adam adamen cal adamsin adamsiz".split())  # "call" as `skeleton` writes it; «адамсың ба?»
# A manager asked for («дайте номер менеджера», «позовите менеджера», "I need a manager"): a person, as an
# operator is, but only beside a word of asking, since «менеджер» alone is a trade searched for.
MANAGER = ("menedj", "menedzh", "manager")
# The words of asking for one: «дайте», «позовите», «соедините», «поговорить», "I need", "talk to"; not
# «нужен?», which asks whether a vacancy wants a manager.
CALLING_FOR = ("dai", "pozov", "soedin", "sviaj", "pogovor", "pereklu", "connect", "kosiniz", "kosip", "vizov",
               "talk", "speak", "soiles")
CALLING_FOR_WORDS = frozenset("ned give nomer number nomerin nomeri nomirin nomiri berinizshi beriniz bereiikshi".split())
# The words around a person asked for: connecting, wanting, please («соедините», «дайте», «қосыңызшы»,
# «керек», "I need", "please").
ASKING_FOR = ("soedin", "sviaj", "pogovor", "pozov", "pereklu", "connect", "kosiniz", "kosip", "kosu", "pojaluist",
              "pleas", "hochu", "nujen", "nujna", "vizov", "dai")
ASKING_FOR_WORDS = frozenset("ned kerek vant give me mne s menia magan keledi berinizshi beriniz nomerin nomirin".split())
# Where to find the ministry: an address always; its office in a question («а где офис?», «кеңсе қайда?»).
ADDRESS = ("adres", "address", "mekenjai")
OFFICE = ("ofis", "ofic", "kense", "ministerstv", "ministrlik", "ministri",
          "telefon", "fone", "phone")  # "what is your phone number?"
# The embassy: its contacts are with the rights («елшіліктің телефоны», «номер посольства»), not the hotline.
EMBASSY = ("posolstv", "elshilik", "elshilig", "konsul", "embas")  # «елшілігі», «елшілігіне»
# What the standard contract guarantees and where to turn: housing, leave, insurance, medical care, the
# minimum wage, the embassy, rights.
RIGHTS = ("jile", "jilio", "jilie", "projivan", "obshejit", "obshag", "jatahan", "jatakhan", "turgin", "otpusk", "demalis",
          "strahov", "saktandir", "lechen", "medicin", "meditsin", "minimal", "minimum", "posolstv", "elshilik",
          "konsul", "embas", "prava", "kukig", "kukik", "right", "housing", "acomod", "insuran", "medical",
          "vacation", "holidai", "pitan", "tamak", "fod", "meal", "transport", "boleiu", "bolen", "zabol", "auirip",
          "rigt", "kormi", "kormia", "kormej", "medstrah", "turatin", "uvol", "dosroch", "rastorj", "fired",
          "terminat",
          "voziat", "dovoz", "podvoz", "dobira",
          "kolik",  # «көлік беріледі»: transport given
          "treatm")  # "is the treatment free"  # «до работы возят?», «самому добираться?»: transport to work
# The worker's own rights asked where to be read («где почитать мои права», "where can i read my rights"): /rights; «права»
# alone may be a driving licence.
OWN_RIGHTS = re.compile(r"\b(?:moi|moih|nashi|svoi|mi|our) (?:prava|rigts|rights)\b|\b(?:prava|rigts|rights) (?:po|under|rabotnik\w*|vorker\w*)\b|"
                        r"\bkukik\w*")
RIGHTS_WORDS = frozenset("pravo leave sik ill il acom".split())  # "ill" is "il" to `skeleton`  # "sick", "ill": medical care is a right; "accom"
# The papers and checks a worker will need («какие документы нужны для визы?» asks about papers, not
# about an application, so this comes before the application's words).
DOCUMENTS = ("dokument", "document", "spravk", "kagaz", "kujat", "medkomis", "medosmotr", "osmotr", "tekser", "diplom",
             "paper", "pasport", "passport", "sertifik", "certific", "sudim", "nesudim", "aniktam",
             "dokum", "zagran", "tolkujat",  # «докуметы», «загранпаспорт», «төлқұжат»
             "dakum", "documn", "atestat",  # «дакументы», "documnts", «аттестат»
             "medsprav",  # «медсправка»
             "bumag",  # «какие бумаги на визу»
             "apostil", "apastil", "notari", "udostoveren", "medknij",  # «апостиль», "notarised", «удостоверение», «медкнижка»
             "privivk", "vacin", "vaccin", "ekpe",  # «прививки», "vaccines", «екпе»
             "sotal", "sotil", "criminal", "convict", "clearanc",  # «соттылығым бар»: a record
             "uslovk", "otsidel", "tiurm", "turme",  # «условка», «отсидел», «в тюрьме», «түрмеде»: a past sentence  # «сотталғанмын», "a criminal record", "police clearance"
             "paspr")  # "passprt", «пасспорт» typed in haste
# The medical check before departure («медицинский осмотр», "is there a medical check", "medical test"): a
# paper to bring, not the medical care the contract gives.
# The medical check before departure named alone («медкомиссия», «медосмотр», "the medical"), and whose expense
# it is («кімнің есебінен», «за чей счёт», "who pays for"): a fee asked about, since the process is free.
MEDICAL_CHECK_NAMED = re.compile(r"\bmedkomis|\bmedosmotr|\bmedical\b(?! (?:insur|care|treat|help))")
WHOSE_EXPENSE = re.compile(r"\bkimnin esebi|\bkim toleid\w*|\bchei s?c?h?e?t\b|\bvho pais?\b|\bkto (?:plat|oplach)")
# The papers themselves, not the checks: «медкомиссиядан өттім, виза қашан?» asks when a step comes, «какие
# документы на визу» asks for papers.
PAPER_NOUNS = ("dokument", "document", "spravk", "kagaz", "kujat", "paper", "pasport", "passport", "sertifik",
               "certific", "diplom", "dokum", "dakum", "documn", "atestat", "bumag", "doki", "docs", "doks")
# The steps an application waits for («виза», «өтінім», «собеседование», «ұшу», "flight") and its check
# («тексеру», «проверка»).
WAITED_STEPS = ("viz", "visa", "otinim", "zaiavk", "aplicat", "sobes", "suhbat", "intervi", "intervev", "ushu", "ushat", "vilet",
                "reis", "fligt")
CHECKED = ("tekser", "proverk")
# An offer of work received («оффер пришёл», «оффер келді», "got an offer"): a step of the application. The
# English verb ("do you offer housing") is not one.
OFFER_RECEIVED = re.compile(r"\bofer\w*\s+(?:keld|keli|kel\b|prish|prisl|poluch|dali)|"
                            r"\b(?:prish\w*|prisl\w*|poluchi\w*|got|received|recieved|get|have)\s+(?:an?\s+|the\s+|my\s+)?"
                            r"(?:job\s+)?ofer\b|\bjob ofer\b")
# What the medical check tests («какие анализы сдают», «что проверяют», "what do they check at the medical").
CHECK_TESTS = re.compile(r"\b(?:kakie analiz\w*|vhat (?:\w+ )?tests?|vhat (?:does |vill |do )?(?:thei |it |medical |doctors? )*chek\w*|chto (?:proveria|smotr)\w*|"
                         r"ne tekser\w*|nelerdi tekser\w*)\b")
MEDICAL_CHECK = re.compile(r"\bmedical (?:chek|test|eks?am|comis|certific)|\bmed(?:itsin|icin)\w* (?:osmotr|komis|sprav|proverk|obsled)")
DOCUMENTS_WORDS = frozenset("doki dokov docs doks soti sotti".split())  # «сотты болғанмын»: convicted  # «какие доки собирать», "docs needed?"
# Translating or certifying a paper («диплом надо переводить?», «дипломды аудару керек пе», «нотариально
# заверять?», "attested"): the papers' topic, never the translator's or the notary's trade searched for.
TRANSLATING = ("audaru", "audarip", "audartip", "audartu", "audarilg", "perevest", "perevedi", "perevodit",
               "notarialn", "zaver", "apostil", "kualandir", "legaliz", "translate", "translati", "atested",
               "atest")
TRANSLATING_WORDS = frozenset("perevod perevoda perevodom".split())
# A plea for help, or "what can you do".
HELP = ("pomog", "pomosh", "komek", "help", "umesh", "umeesh", "polzova", "paidalan")
# Thanks for the help given («спасибо, вы очень помогли», «көмектескеніңізге рақмет», "thank you for your
# help"): a thank-you, not a plea for help.
HELPED = ("pomogl", "komektesken", "komektesk", "pomosh", "komektest")
HELPED_WORDS = frozenset({"pomog"})  # «рахмет бот, очень помог»; «помогите» pleads  # «көмектестіңіз»  # «благодарю за помощь»
HELPED_EN = re.compile(r"\b(?:your|the|all)\s+help\b", re.IGNORECASE)
HELP_WORDS = frozenset("menu meniu mazir komandalar komandalari komandi komandy commands".split())  # «меню», "menu": what the bot does
# Trouble with the bot itself («ничего не понятно», «не могу найти вакансию», «бот не работает», «қате»,
# «түсінбедім», "it's not working"): what it does and how. A negation with one of these verbs, or a word of
# its own.
NOT = frozenset("ne net".split())
TROUBLE_VERBS = ("poniat", "ponial", "ponil", "poimu", "ponima", "razobr", "mogu", "poluch", "naid", "naiti", "otkri",
                 "prihod", "vidn", "pokazi", "najim", "nahod")
# «не работает» is trouble when the bot or its buttons do not («бот не работает»); «электрик, не работаю»
# is a worker out of work.
BROKEN = ("rabotaet", "rabotai", "istemei", "otvecha")  # «бот не отвечает нормально»
THE_BOT = ("bot", "knopk", "tuime", "ssilk", "prilojen", "menu", "meniu")
TROUBLE = ("oshib", "eror", "gliuk", "zavis", "slomal", "tusinbe", "tusiniksiz", "ashilmai",
           "tappai", "tappadi", "almadim", "almai")
TROUBLE_WORDS = frozenset("kate katesi".split())  # «қате»: error
TROUBLE_EN = re.compile(r"(?:\bnot|n't|\bdont|\bdoesnt|\bdidnt|\bcant|\bcannot|\bwont)\s+(?:\w+\s+)?"
                        r"(?:work|understand|find|open|load|see|get|reply|answer)", re.IGNORECASE)
# "Who are you", "what should I do", as whole messages: what the bot does.
HELP_PHRASES = frozenset({
    "kto ti", "kto vi", "ti kto", "vi kto", "sen kimsin", "siz kimsiz", "kimsin", "kimsiz", "vho are eu",
    "ne isteu kerek", "ne isteimin", "chto delat", "chto mne delat", "vhat should", "vhat",
    "ne istei alasin", "ne istei alasiz", "ne isteisin", "ne isteisiz", "vhat can eu", "vhat do eu",
    "ne istei aladi", "vhat are eu able", "ne isteidi", "bot ne isteidi",
    "kto vi takie", "bul ne", "bul kandai", "kto takoi", "ti kto takoi", "kto ti takoi",  # «ты вообще кто такой»
    # where to press, with nothing named to press («куда тут нажимать?», «қайда басу керек өзі», "where do i even click")
    "kuda najimat", "kuda najat", "kuda nado najat", "chto najimat", "kaida basu kerek", "kaida basamin", "kaida basam",
    "vhere clik", "vhere to clik", "vhere pres", "vhat to pres", "vhere tap",  # «кто вы такие», «бұл не бот» («бот» is a filler here)
    "che", "chio", "ne", "huh",  # «чё», «не?», "huh": what?  # «бот не істейді»  # «бот не істей алады», "what are you able to do"
})
# Words that may follow such a phrase without changing it («не істеймін енді», «что мне теперь делать»,
# "what now").
HELP_FILLERS = frozenset("endi teper seichas nov je bilmeimin bilmei znaiu bot sen siz vobshe tut ozi even eksactli".split())  # «сен не істей аласың»  # «не істеу керек білмеймін»
# The signs a message with no word may be made of to be an "ok" («👍», «👌🏽 ✅»).
OK_SIGNS = frozenset("👍👌✅🆗🙏❤🤝😊🙂👏💪😀😃😄😁😉🤗☺👋✌🙌💯🔥🥰😍♥💙💚🌹💐🫡🤲🫶🌷")  # «🫡»: a salute, "yes sir"
# Smiles that only soften the sign beside them («👋😊» greets, «🙏🙂» thanks): alone, an "ok".
SOFTENING_SIGNS = frozenset("😊🙂😀😃😄😁😉☺")
# A phone number typed alone, outside the question that asks for it: where the profile's number is changed.
PHONE = re.compile(r"\+?\d[\d\s()\-]{8,16}\d")
THANKS = ("spasib", "sposib", "sps", "rahmet", "rakmet", "thank", "thks", "thnk", "thanx", "tnx", "blagodar",
          "raqmet", "raksmet", "chers", "pasib", "mersi", "merci",
          "senkiu", "senks", "apreciat", "algis", "rahmt", "rahmat")  # «сенкью», "much appreciated", «алғысымды білдіремін»  # «пасиб»  # «raxmet»: `skeleton` reads x as ks; "cheers"
# Thanks abbreviated ("ty", "tq"), as a whole message: «ты» alone says nothing else.
THANKS_ALONE = frozenset("ti tq tks tism".split())  # "tysm"
# «Алла разы болсын», «Аллах разы болсын»: God be pleased with you, the Kazakh thanks of the devout.
# So are «дай Аллах вам здоровья», «храни вас бог», «құдай разы болсын», "god bless you".
GOD_BLESS = re.compile(r"\b(?:ala|alla|alah|allah|kudai) razi bols|\bdai (?:bog|alah|ala|allah|gospod)\w*(?: \w+)? zdorov\w*|"
                       r"\bhrani\w* (?:vas |tebia )?(?:bog|alah|gospod)\w*|\bgod bles\w*")
# Thanks in advance closing a question («заранее спасибо», «алдын ала рахмет», "thanks in advance") is
# politeness: the question is what was said.
IN_ADVANCE = frozenset("zarane aldin advance".split())
OK = frozenset("ok okei oke okay norm normalno horosho harasho ponial ponatno poniatno iasno jaksi tusindim tusinikti "
               "jarait jaraidi makul boldi ladno dogovorilis understod got it never mind nevajno zabud zabudte col "
               "fine great alrigt understand understan okai "
               "ia ies iep iea ugu oki dobro noted iasnenko poniatnenko "
               "priniato ladnenko gotcha ladushki dokei".split())  # «принято», «ладненько», "gotcha"  # «иә», «ия», "yes", "yep", «угу»  # "ok i understand", "okay"
# Words that may come with an "ok" or a goodbye without changing it («ага, ясно», «ну ладно, давай пока»).
# «понял вас», «хорошо, жду тогда», «ну пока, бот», "alright then", "cheers mate", «енді түсінікті», «теперь понятно»
OK_COMPANIONS = frozenset("aga davai vse bot then mate bro togda onda vas a il dalshe prinial prinil "
                          "endi teper nov hm hmm".split())
# A bare no, as a whole message, to the bot's "anything else?" («нет», «жоқ», "nope", «неа, больше ничего»): an "ok";
# «нет связи» or «жоқ па» with other words say something else.
NO_ALONE = frozenset("net jok nope nea no nah".split())
NO_COMPANIONS = frozenset("bolshe nichego vse nothing else basqa baska eshtene".split())
# Waiting, said with an "ok" and nothing else («ок, жду», «жарайды, күтемін», "ok understood, will wait"): an
# "ok", not a question about the application.
# What is waited for, said with an "ok" («хорошо, жду звонка значит», "alright, i'll wait for the call").
WAITED_FOR_WORDS = frozenset("zvonka otveta zvonok znachit call cal reply repli ansver for the habarin jauabin habar jauap".split())
WAITING = frozenset("jdu jdem jdat budu kutemin kutem kutemiz vait vil podojdu podojdem kute turamin turamiz".split())  # «күте тұрамын»  # «подожду»
# Fillers of a dictated message («ну», «короче», «мен негізі», "um", "like"): left out when a whole message
# is compared with a closed set of words («ну ладно давай пока» is a goodbye).
FILLERS = frozenset("nu koroche vot tak samoe e ee eee em mm mmm um uh uhm like ieah tipa vobshem slushai "
                    "slushaite znachit negizi".split())
GREETINGS = frozenset(
    "privet zdarova zdorova salem salam salemetsiz zdravstvuite zdraste zdrastvuite dobri dobroe dobrogo den utro vecher vremeni sutok "
    "dnia kairli tan kesh kun helo hi hei hey asalam asalamu asalamualeikum asalaumagaleikum "
    "salamaleikum as saliamu aleikum aleikum god morning evening afternoon be vsem barshaga al "
    "kak dela kalaisiz kalai jagdai how are eu there dear team "
    "jaksi jursiz jursin jursizder "  # «қалайсыз, жақсы жүрсіз бе»: how are you getting on
    # «Сәлеметсізбе» in one word, «қалайсың», «қалыңыз қалай», "alaikum", and whom it is said to («брат»,
    # "bot"), or a polite opening with nothing asked yet («добрый вечер, подскажите пожалуйста»).
    "salemetsizbe kalaisin kaliniz alaikum va brat bratan bauirim aga bot podskajite pojaluista "
    "au alo priv "  # «ау», «алло», «прив»: calling out to see whether anyone is there
    # «здрасти», «сәлеметсіздер ме», and whether the bot is there («привет бот ты тут?»).
    "zdrasti salemetsizder me ti tut zdes "
    # "good morning everyone", "hey what's up"
    "everene everione vhats up sup "
    "afternon bauirlar rebiata guis hope vel ur eure armisiz armisizdar zdorovo again "  # "good afternoon", «ассалаумағалейкум бауырлар», "hope you're well"
    "sir madam "  # "good morning sir"
    "privetik privetiki privetstvuiu "  # «приветики»
    "agai apai botik slm".split()  # «сәлеметсіз бе, ағай», «салем ботик», «слм»: whom it is said to, and «сәлем» cut short
)

# Leave-taking, as whole messages («до свидания», «сау болыңыз», "good night"; «доброго дня» is a greeting).
BYE = frozenset(
    "poka do svidania sau bol bolin boliniz kosh bie godbie god nigt spokoinoi nochi vsego dobrogo horoshego "
    "dnia kairli tun se eu later koriskenshe korisemiz nov sviazi azirge "  # "see you" is "se eu"
    "pokeda cia bolinizdar kun "  # «покеда», "cya", «жақсы күн, сау болыңыздар»
    "udachi luk satilik kezdeskenshe".split()  # «удачи вам», "good luck", «сәттілік»
)
# Staying in touch, said in a goodbye («всего доброго вам, до связи», "ok bye, talk later"), though "talk"
# and «связь» with other words ask for a person.
KEEP_IN_TOUCH = frozenset("talk vam sviazi".split())
# Stopping what is going on, typed as a whole message («отмена», «бас тарту», "cancel"), as /cancel does.
CANCEL = frozenset({"otmena", "otmenit", "otmeni", "cancel", "bas tartu", "boldirmau"})

# A question not about any of the above: question words as whole words (Russian, Kazakh with its
# question particles, English), or a question mark. «Ме» and «бе» only as typed in Cyrillic: in Latin
# letters they are the English "me" and "be".
QUESTION_WORDS = frozenset(
    "kak gde kogda pochemu zachem kto chto skolko mojno kakoi kakaia kakie kakoe "
    "skolki li kalai kaida kashan nege kandai kansha neshe kim ma ba pa pe kakuiu kakogo kakom kakih hou "  # «неше»  # «на какую»
    "vhat vhere vhen vhi vho hov can could is are does vhats vheres hovs vhos".split()  # "what's"
)

# The words of the topics a vacancy's card answers, and of the phone, set aside to see whether a
# message names a trade beside them.
CARD_WORDS = (PAY, REQUIREMENTS, TERMS, RIGHTS)
CARD_WHOLE_WORDS = PAY_WORDS | REQUIREMENTS_WORDS | TERMS_WORDS | RIGHTS_WORDS
PHONE_WORDS = ("telefon", "fone", "phone", "nomer", "nomir", "number")
# Having applied already: «откликнулся», «подал заявку», "applied", «өтінім бердім / жібердім».
APPLIED = ("otkliknul", "otklikal", "podal", "podaval", "aplied")  # "applied" as `skeleton` writes it; «подавал»
APPLIED_KK = re.compile(r"\botinim\w* (?:berdim|jiberdim|berip edim|jiberip edim)\b")
# An application told as made, in a story («өтінім бергеніме үш апта болды», "i applied for a cook job"), and nothing of it
# heard yet («әлі ешқандай жауап жоқ», "nothing happened yet", «пока ничего не пришло»).
APPLIED_TOLD = re.compile(r"\botinim\w* (?:bergen|jibergen)\w*|\bapplied\b")
NOTHING_YET = re.compile(r"\b(?:poka |eshe |esho )?nichego (?:ne )?(?:prish\w*|priho\w*|net|ne slishno)|\bnothing (?:happened|came|back|yet)|"
                         r"\b(?:eshkandai|eshkim|eshtene)\b(?: \w+){0,2} (?:jok|habarlaspad\w*|kelmed\w*)|\bno (?:ansver|reply|nevs)\b|"
                         r"\bstill nothing\b|\bvait\w* (?:this |so )?long\b|\bdolgo (?:jdat|jdu|ojida)\w*")
KAZAKH_PARTICLES = re.compile(r"(?<!\w)(?:ме|бе)(?!\w)", re.IGNORECASE)
KAZAKH_GREETING = re.compile(r"с[әа]леметс[іи]з(?:дер)?\s+(?:ме|бе)(?!\w)", re.IGNORECASE)  # a greeting, not a question

# What the bot's own texts mean, asked back in the worker's words.
# A step of an application named as its notice names it («что значит проверка квалификации?», «рассматривает
# работодатель — это долго?», «біліктілікті тексеру деген не», «жұмыс беруші қарап жатыр», "what is employer
# review", «статус не выбраны»): what the step is and what comes next, which the application's answer tells.
STEP_NAMES = re.compile(r"\bproverk\w* kvalifik|\bkvalifik\w* proverk|\bbiliktilik\w* tekser|\bkualification chek|"
                        r"\bemploier reviev|\brasmatriva\w* rabotodat|\brabotodat\w* rasmatriva|\bberushi karap|"
                        r"\bne vibran")
# The standard contract, or the card's check against it («что такое проверка по типовому договору», "what is
# the standard contract check"): what it guarantees, which the rights tell; when it is signed is the
# application's step.
STANDARD_CONTRACT = re.compile(r"\btipov\w* (?:trudov\w* )?(?:dogovor|kontrakt)|\bstandard (?:emploiment )?contract|"
                               r"\bulgi\w* (?:enbek )?(?:kelisimshart|shart)")
# An allowance named on a card («надбавка на жильё», «тұрғын үйге үстемеақы», "housing allowance"): part of
# the pay, not the overtime «үстеме жұмыс» is, nor a right.
ALLOWANCE = ("nadbav", "alovanc", "allowanc", "ustemeak")
# How to apply, asked («как откликнуться на уведомление», «куда жать чтобы откликнуться», «қалай өтінім
# беремін», "got the alert, how do I apply"): the buttons under a vacancy. «Как подать заявку» asks for the
# steps of an application, and keeps the application's answer.
HOW_TO_APPLY = re.compile(r"\b(?:kak|kalai|kaitip|hov|kuda|gde|kai)\b(?: \w+){0,4}? (?:otkliknut\w*|otkliknus\w*|"
                          r"otinim bere\w*|otinim beru|apli|aplai)\b")
# Where to press, or a vacancy or alert named with it: «how do I apply» alone asks for the steps.
APPLY_WHERE = frozenset("kuda gde jat najat najimat".split())
APPLY_ON = ("uvedoml", "habarlama", "alert", "notific", "vakans", "vacanc", "knopk", "tuime", "buton")
# The button with the monkey (🙈, «кнопка с обезьянкой», «маймыл», "the monkey button"): hiding a vacancy.
MONKEY = ("obeziank", "obezian", "maimil", "monkei")
# A button looked for («а где эта кнопка?», «түйме қайда», "where is that button"): the buttons under a list.
BUTTON = ("knopk", "tuime", "batirma", "buton")
# A vacancy of the list chosen or a button pressed («вакансияны қалай таңдаймын», «қай батырманы басу керек»,
# "how do I pick a vacancy"): the buttons under the list.
CHOOSE = ("tanda", "vibra", "vibir", "pick", "pik", "choos", "chos", "select")
PRESS = ("basu", "basam", "basami", "basiladi", "najat", "najim", "najm", "pres")  # "press" is "pres" to `skeleton`
# Pay held back («жалақыны кешеуілдетіп жатыр», «зарплату задерживают», "the salary is delayed"): a complaint.
DELAYED = ("kesheuil", "keshiktir", "keshiktip", "zaderj", "delai",
           "keshig", "opozd", "tuspei", "tuspedi")  # «айлық кешігеді», «платят с опозданием», «айлық түспейді»
# Whether the bot is real ("how do I know this is real", "is it real?"): a doubt of it, not a real person asked for.
REAL_EN = re.compile(r"\b(?:this|it|thei|these|that) (?:is |are )?real\b")
WHERE_IS = re.compile(r"\b(?:gde|kaida|vheres?|kai jerde\w*)\b")  # "where's" too
# How to find other work («как найти другую работу», «басқа жұмысты қалай табамын», "how do I find another
# job"): writing what one looks for, which the help tells; not the steps of an application.
FIND = ("naiti", "naidu", "iskat", "poisk", "tabam", "tabu", "tabsam", "izde", "find", "search", "lok")
# The settings of the alerts named as the bot names them («что значит кнопка меньше таких», "what does fewer
# like this do", «тихие часы», «тыныш сағаттар», "quiet hours").
ALERT_SETTINGS = re.compile(r"\bmenshe takih|\bfever like|\btihie chas|\bkuiet hour|\btinish sagat")
# The ministry's hotline by the name workers give it («сенім телефоны»: "the telephone of trust"), no doubt of
# the bot's; and the words around it asked alone («тел горячей линии», "hotline number").
HOTLINE = re.compile(r"\bsenim (?:telefon|tel|nomir|nomer)\w*")
# A refusal told («почему отказали», «маған неге бас тартты», «неге мені алмады», «меня не выбрали», "why did they
# reject me"): the application's notice says what comes next, whatever else is said beside it («я же опытный»).
REFUSED = re.compile(r"\botkaza(?:l|li|no)\b|\botkaz (?:prish|kel|bol)\w*|\bbas tart(?:t?i|ip|kan)\w*|\bne (?:vibral|vzial)\w*|"
                     r"\bnege (?:meni )?(?:almadi|almai)\w*|\breject\w*|\botpedim\b")
# Charged for something («с меня что-то возьмут?», «за оформление возьмут деньги?»): a fee asked about.
CHARGED = re.compile(r"\bmenia (?:chto|chtoto|skolko|deng\w*) (?:\w+ )?(?:vozmut|berut|snimut)\b|\bcharge (?:me|us)\b")
# Applying to the vacancy just named («как на неё подать?», "how i apply this job"): its buttons.
APPLY_TO_IT = re.compile(r"\b(?:kak|kalai|hov)\b (?:\w+ )?(?:ne|nee|nego|etu|this|that|it|bugan|osigan) (?:podat|otklik|apli|aplai)\w*|"
                         r"\b(?:kak|kalai|hov)\b (?:\w+ )?(?:podat|otklik|apli|aplai)\w* (?:na )?(?:this|that|etu|nee) ?(?:job|vakans\w*|one)?\b")
# A goodbye said with thanks ("ok thanks bye", «спасибо, пока»): one of these words is there.
BYE_PROPER = frozenset("poka pokeda bie godbie cia svidania sau kosh".split())
# Words that make thanks warmer without adding a question («көп рақмет», «спасибо большое», "thanks a lot").
THANKS_WARMER = frozenset("kop bolshoe ogromnoe much lot so veri vam sizge sizderge".split())
HOTLINE_AROUND = frozenset("tel telefon telefoni nomer nomir number lini linia liniia line".split())
# The official portal's link on every card («что за ссылка enbek», "the enbek link"): where the vacancies come
# from. «Еңбек» alone is "labour" («еңбек шарты», «еңбек өтілі»).
PORTAL_LINK = re.compile(r"\benbek (?:kz|link|silk\w*|sait\w*)|\b(?:link|silk\w*|sait\w*) enbek\b")
# A link pasted as typed («t.me/…», "https://…", «qatarjobs.kz»), not an e-mail's domain: whose the page is, and
# that nobody may take money for a vacancy, is the answer to a page seen elsewhere.
LINK_TYPED = re.compile(
    r"https?://|(?<![@\w.])(?:t\.me/|www\.|[\w-]+\.(?:kz|ru|com|qa|org|net|me|info|site|online|io)(?=[/\s,;:!?)]|\.(?:\s|$)|$))",
    re.IGNORECASE,
)
# A profession added («как добавить вторую профессию», "add a trade"): the profile.
ADD = ("dobav", "kosu", "kosam", "kosip", "kosaiin")
ADD_WORDS = frozenset({"add"})
TRADE_NOUNS = ("profes", "mamandik", "occupat", "trade", "spetsialnost")
# «Сколько лет надо, чтобы поехать?»: an age asked in years, unless the years are of experience, of a
# contract or of work («сколько лет опыта нужно», «контракт на сколько лет»).
HOW_MANY_YEARS = re.compile(r"\bskolko let\b")
NOT_AGE_YEARS = ("opit", "staj", "kontrakt", "contract", "dogovor", "rabot", "jumis", "vork")
# Where a vacancy is («спасибо, а где эта работа находится?», «бұл жұмыс қай жерде», "where is this job
# located"): its card, opened with its button, names the town.
LOCATED = re.compile(r"\b(?:nahod\w*|located|location|raspolojen\w*|ornalask\w*)\b")
WHERE = re.compile(r"\b(?:gde|kaida|vhere|kai jerde\w*)\b")
THIS = frozenset("bul sol this that eta eto etoi etu".split())
# Applying to one of the list («как подать на вторую вакансию», «біріншісіне өтінім берейін», "I want to apply
# to the first one", "how do I apply for this one"): its button, not the steps of an application.
APPLY = ("poda", "otklik", "otinim", "apli", "aplai")
# A vacancy the bot sent, to be applied to ("how do I apply to the driver job you sent me", «на вакансию, что вы прислали»).
SENT_JOB = re.compile(r"\b(?:job|vakans\w*|vacanc\w*)\b(?: \w+){0,2} (?:eu|iou|vi|sen|siz|sizder) (?:sent|prislal\w*|skinul\w*|jiberg\w*)")
# A child named with an age («сыну 3 года», «дочке 5 лет», "my son is 4"): not the worker's own age.
CHILDREN = frozenset("sinu sin sina sinok doch dochke dochka docheri rebenku rebenok ulim ulima ulimnin kizim kizima "
                     "balam balama son daughter kid kids baby".split())
# The alerts' own nouns («уведомления», «рассылка», «хабарлама», "notifications"): a stop beside an application alone
# («өтінімді қалай тоқтатамын») withdraws it.
ALERT_NOUNS = ("uvedomlen", "opoveshen", "rasilk", "habarlama", "habarlandir", "notific", "alert", "vakans", "vacanc",
               "jobs")
ONE_OF_THE_LIST = re.compile(r"\b(?:first|second|third|last|this|that) one\b")
# Where the worker will live ("where do I live there", "where will we stay"): the housing the contract gives.
LIVING = re.compile(r"\bvhere\b(?: \w+){0,3} (?:live|stai|sleep)\b")
# Going with a friend or a brother («можно вместе с братом?», "me and my cousin want to go together"): each
# applies on their own; the hotline tells what else.
FRIEND = ("drug", "dos", "friend", "cousin", "brat", "bauir", "kurdas", "tanis")
# A sum of money as typed («1800», «1 200», "1,200"): two different sums beside a contract and a verb of paying
# are what was promised and what is paid.
AMOUNT = re.compile(r"\b\d{3,}(?:[ ,.]\d{3})*\b")

# Workers already in Qatar, about the end of their contract, their employer and their papers there.
# The contract's end named («контракт заканчивается», «келісімшарт біткенде», "my contract ends", «в конце
# контракта», "at the end of my contract"): what is due then, the ticket home, staying on.
CONTRACT_END = re.compile(r"\b(?:kontrakt|dogovor|kelisimshart|contract)\w* (?:\w+ )?(?:bitkende|bitken|bitse|bitedi|"
                          r"zakonch\w*|zakanch\w*|konch\w*|ends?|ended|over|finish\w*|expir\w*)\b|"
                          r"\b(?:kontse|okonchani\w*|konets|kontsu|istechen\w*) (?:\w+ )?(?:kontrakt|dogovor)\w*|"
                          r"\bend (?:\w+ )?contract")
# Renewing or extending a contract («продлить контракт», «келісімшартты ұзарту», "renew my contract"), staying in
# Qatar after it («остаться в Катаре», «Катарда қалу», "stay in Qatar"): the hotline knows each case.
RENEW = ("prodl", "uzart", "renev", "ekstend", "prolong")
STAY = ("ostat", "ostav", "kalip", "kalu", "kalsam", "kalamin", "stai", "remain")
# Changing employer once there («перейти в другую компанию», «басқа компанияға ауысу», "switch to another
# company"): a question for the hotline, not a profile to change.
SWITCH = ("pereit", "perehod", "perei", "smenit", "smeni", "pomen", "auis", "auist", "change", "svitch", "transfer",
          "move")
# Held by an employer who will not let the worker go, or says the worker owes him («не отпускает, говорит я ему
# должен», "refuses to release me", "says I owe him"): a complaint.
NOT_RELEASED = re.compile(r"\bne otpusk\w*|\brefuses? (?:to )?release|\bvont (?:let me go|release)|\bove (?:him|her|them)\b|"
                          r"\b(?:emu|ei|im) doljn?\w*|\bdoljen (?:emu|ei|im)\b|\bqariz\w*")
# What is due at the end («выходное пособие», «расчёт», «есеп айырысу», "gratuity", "end of service pay"), or a
# payment asked about when the contract ends or the worker leaves: the final wages and the end-of-service
# benefit the rights list.
END_OF_SERVICE = re.compile(r"\bvihodn\w* posob|\bposobi\w*|\brashet\w*|\braschet\w*|\bgratuit\w*|\bend (?:of )?servic|"
                            r"\besep airis\w*|\bkompensats\w*")
DUE = ("viplat", "tolem", "tolen", "polojen", "tiesili", "pai", "deng", "aksha", "get", "beriled", "dolj", "bonus", "premi")
LEAVING = ("uvol", "uhod", "uidu", "leav", "shikanda", "shiksam", "ketkende", "ketsem")
# A fare asked who pays («кто оплачивает дорогу», «жол ақысын кім төлейді»): the ticket home the contract gives.
FARE = re.compile(r"\bjol ?aki\w*|\bdorog[uia]\b|\bproezd\w*")
# Going home early or before the term, in other words than «раньше контракта» («раньше срока», «мерзімінен
# бұрын», "before my contract ends").
EARLY_PHRASES = re.compile(r"\b(?:ranshe|do) sroka\b|\bmerzim\w* (?:burin|erte)\b|\bbefore (?:\w+ )?contract")
# The residence card («айди карта», "QID", «вид на жительство», "residence card"): asked about, the hotline's;
# not made by the employer, a complaint.
ID_CARD = re.compile(r"\b(?:aidi|id|ai di) (?:kart\w*|card)\b|\brezident\w*|\bresiden\w*|\bvid (?:na )?jitelstv")
# "QID" as typed: `skeleton` writes it "kid", the English child's word.
QID = re.compile(r"\bQID\b|\bкуид\b|\bкиид\b", re.IGNORECASE)
# Going home for a short while, asked («надо домой на неделю, отпустят?», «бір аптаға елге барып келсем бола ма»,
# "can I go home for a week"): leave outside the annual one, for the hotline; not «хочу домой», a complaint.
SHORT_TIME = re.compile(r"\b(?:nedel\w*|paru dn\w*|neskolko dn\w*|nenadolgo|vek|veks|fev dais|vhile|apta\w*|"
                        r"birneshe kun\w*)\b")
TRIP = ("otpust", "sezd", "slet", "barip", "uship", "go", "visit", "poehat", "uehat", "jiberes", "jibere")
NOT_DONE = re.compile(r"\bne (?:delaet|delaiut|sdelal\w*|oformil\w*|oformliaet|oformliaiut|dal\w*|daiut|vidal\w*)\b|"
                      r"\bbermed\w*|\bjasamad\w*|\bjasamai\w*|\balmadi\b|\bjanart(?:pa|ma)\w*|\bne prodl\w*")  # not renewed
NOT_DONE_EN = re.compile(r"\b(?:not|n't|never|nt)\s+(?:\w+\s+)?(?:made|make|done|given|give|issued|issue|renewed)\b",
                         re.IGNORECASE)
# A driving licence exchanged for Qatar's («перевести права на катарские», "convert my licence to a Qatari one"):
# the hotline's, neither the rights nor a paper to bring.
LICENCE = ("prava", "licen", "licens", "voditelsk", "kuali")
EXCHANGE = ("perevest", "perevod", "obmen", "pomen", "chang", "convert", "transfer", "exchang", "auistir", "almastir")
QATARI = ("katarsk", "katari", "katarda", "local", "mestn")
# Whether an employer or company is to be trusted («работодатель надёжный?», «компания нормальная?», «жұмыс
# беруші сенімді ме», "is this employer reliable", "any reviews?"): the answer on trust, which says who checks them.
RELIABLE = ("nadej", "reliab", "senimdi", "otziv", "reviev", "pikir", "reputat", "proveren", "trustvort", "kinet",
            "horosh")  # not «нормально»: «пишет "рассмотрение работодателем", это нормально?» asks about a step
RELIABLE_WORDS = frozenset("god jaksi".split())
# Whether something seen elsewhere is the bot's own: a forwarded ad, a link, a channel or a page («пересланное
# сообщение … это от вас?», «инстаграмда парақша бар, сендермен байланысы бар ма», «t.me/… канал сендер ме»,
# "saw a page on instagram, are they with you?"): the answer on trust, which names the official portal.
ELSEWHERE = ("pereslan", "pereslal", "pereslan", "forvard", "kanal", "channel", "instagram", "insta", "stranits",
             "paraksha", "page", "sait", "site", "ssilk", "link", "htps", "http", "tiktok", "vatsap", "vhatsap",
             "telegram", "grup", "gruppa", "obiavlen", "reklam")
FORWARDED_KK = re.compile(r"\b(?:bireu|dosim|tanisim) jiberdi\b")
FROM_YOU = re.compile(r"\b(?:eto|bul|this|it|oni|thei|ono|ol)\b(?: \w+){0,2} (?:vas|vami|vash\w*|senderden|sizderden|sizden|"
                      r"sendermen|sizdermen|eu|iours?|eurs|sender|sizder|sizdiki|senderdiki|sizderdiki)\b|"
                      r"\b(?:senderden|sizderden)\b|\b(?:sendermen|sizdermen) bailanis|\b(?:sender|sizder) (?:me|be|ma)$")
# A wish to ask, with a greeting and an introduction and nothing asked yet («Здравствуйте, я уже работаю в
# Катаре, можно вопрос?», «сәлем, сұрақ қойсам бола ма», "hi, can I ask something"): a greeting.
MAY_I_ASK = frozenset("mojno vopros voprosik est u menia zadat odin surak koisam koiuga bola bolama ma ba can ask "
                      "question something "
                      "ia uje rabotaiu katare men katarda jumis isteimin istep jurmin vork in katar".split())
ASKS_LEAVE = frozenset("vopros voprosik surak ask question".split())
# The pay asked whether it holds housing or food («в зарплату входит жильё?», «1800 это вместе с питанием?»,
# «жалақыға тұрғын үй кіре ме», "does the salary include housing"): the pay and its allowances.
HOUSING_OR_FOOD = ("jile", "jilio", "jilie", "projivan", "obshejit", "obshag", "jatahan", "jatakhan", "turgin",
                   "housing", "acomod", "kvartir", "pater", "pitan", "tamak", "fod", "meal", "korm")
PAY_INCLUDES = re.compile(r"\b(?:vhodit|vhodia\w*|vkliuch\w*|includ\w*|kiradi|kire|vmeste|koskanda|kosa\w*|vith|"
                          r"otdelno|separat\w*|vithout)\b")
# The annual leave's ticket («отпуск раз в год с билетом?», «демалысқа билет бере ме»): a right.
LEAVE = ("otpusk", "demalis", "vacation", "holidai")
# An employer keeping a passport, asked whether it may («может забрать паспорт на хранение?», "can my employer
# keep my passport"): the rights say the passport stays with the worker.
KEEP = ("zabrat", "zaberet", "hranen", "hranit", "derjat", "keep", "hold", "saktau", "saktai", "ustap", "alip koiu",
        "alsa")
MAY = ("moj", "vprav", "imeet", "imeiut", "bola", "can", "may", "allov", "pravo", "kukig")
# Overtime said to be unpaid or missing («үстеме ақы жоқ», «переработки не оплачивают»): a complaint; extra hours
# asked about in other words ("extra hours", «қосымша сағат»): the terms.
OVERTIME_MISSING = re.compile(r"\b(?:usteme|sverhuroch|pererabot|overtime|overtaim)\w*(?: \w+)? (?:jok|net|ne plat\w*|"
                              r"ne oplach\w*|tolemei\w*|tolenbei\w*|bermei\w*)\b")
OVERTIME_PHRASES = re.compile(r"\bekstra (?:hour|time|shift|vork)|\bdop\w* chas|\bkosimsha (?:sagat|jumis)|\bartik (?:sagat|jumis)")
# Pay that comes late («зп не пришла», «платят с опозданием», «айлық кеш келеді», "salary is late"), in other words
# than «задерживают».
LATE_WORDS = frozenset("kesh late pozdno".split())
PAY_NOT_COME = re.compile(r"\b(?:zarplat|zp|ailik|jalak|salar|deng)\w* ne (?:prish|postup|pereve|nachisl|prihod)\w*|"
                          r"\b(?:zarplat|zp|ailik|jalak)\w*(?: \w+){0,3}? (?:tuspe|kelmei|kelmed)\w*|"
                          r"\b(?:ai|apta|mesiats\w*|month\w*) boldi (?:\w+ )?(?:jalak|ailik|zarplat)\w* jok\b")  # «екі ай болды жалақы жоқ»
# Lost in the bot («я запутался», «адастым», "I'm lost", "confused"): what it does.
CONFUSED = ("zaputal", "zaputa", "adastim", "shatastim", "confus")
CONFUSED_EN = re.compile(r"\bi'?m lost\b|\bi am lost\b|\bi got lost\b", re.IGNORECASE)
# Forgetting what one applied for («забыл, на какую вакансию подавал», «қай вакансияға өтінім бергенімді
# ұмыттым», "I forgot which job I applied for", «не помню»): the worker's applications.
FORGOT = ("zabil", "zabila", "umit", "forgot", "forget", "rememb", "pomn", "esimde")
APPLIED_PAST = frozenset("podaval podavala podavali podavalsia aplied".split())
# Signing up someone else («мой друг хочет, как ему зарегистрироваться», "how does my friend sign up"): what the
# bot does, which anyone may start.
REGISTERS = ("registr", "zaregistr", "tirkel", "signup")
SIGN_UP = re.compile(r"\bsign (?:up|in)\b|\bsignup\b")
# An age above a number asked («после 50 лет берут?», "do they take people over 50"): as typed, since `skeleton`
# drops digits.
AGE_OVER = re.compile(r"(?:после|старше|свыше|более|больше)\s+\d{2}(?!\d)\s*(?:лет|года?|-?ти)?|"
                      r"\b(?:over|above|older than|past)\s+\d{2}(?!\d)\s*(?:years?|yrs)?\s*(?:old)?\s*\??\s*$|"
                      r"\d{2}\s*(?:жастан|jastan|zhastan)\s+(?:асқан|жоғары|кейін|askan|joghary)", re.IGNORECASE)
# «Или нет», «немесе жоқ», "or not" closing a question: «жильё входит или нет?» asks, and says no housing is missing.
OR_NOT = re.compile(r"\b(?:или нет|әлде жоқ|немесе жоқ|or not)\b", re.IGNORECASE)
# When, without the "they" of «WHEN» (a question of who pays, "do they take it from the salary", is no step's date).
WHEN_PROPER = frozenset("kogda kagda kashan vhen ven".split())  # «кагда», "wen" typed
# The applications named («заявки», «өтінімдер», "applications"): a phone changed beside them asks after them.
APPLICATION_NOUNS = ("zaiavk", "otinim", "aplicat")
# The Kazakh question particles closing a message typed in Latin letters («sender me», «durys pa»).
PARTICLES = frozenset("me be ma ba pa pe".split())

# Daily life in Qatar that no vacancy's card and no right of the contract answers: faith and custom (prayer,
# a mosque or church, halal food, fasting, Eid, alcohol, what to wear), asked for the hotline. Ramadan itself is
# not among them: «в рамадан сколько часов работаем» asks the terms, which give Ramadan's hours.
CUSTOMS = ("namaz", "prai", "mechet", "meshit", "mosk", "mosque", "mechit", "halal", "halial", "tserkv", "church",
           "alkogol", "alcohol", "spirtn", "hijab", "hidjab", "platok", "platk", "oramal", "odeva", "kinu", "postish",
           "poshus", "postits", "fasting", "kurban", "religi", "hristian", "christian", "dinim", "dinin")  # faith named
# «пощу» whole: «пошути» is a joke asked for
CUSTOMS_WORDS = frozenset("arak arakka arak-sharap pivo vodka eid dres shorti shorts poshu".split())
CUSTOMS_PHRASES = re.compile(r"\b(?:ait mereke\w*|oraza ait|oraza ust\w*|dres code|kiim kiu\w*)\b|"
                             r"\b(?:kep|keep|keping|observ\w*|break\w*) (?:mi |a )?fast\b|"  # "keep the fast"
                             # what the law there forbids («что там нельзя делать, чтобы не было проблем с полицией», «ол
                             # жақта не істеуге болмайды», "what should i never do in qatar")
                             r"\b(?:nelzia delat|ne isteuge bolmaid\w*|never do|problem\w* polits\w*|trouble vith police|"
                             r"zandar\w*|mestn\w* zakon\w*|local lav\w*|trouble (?:vith )?police|should never)\b")
# Cooking one's own food («в общежитии можно самому готовить?», "can we cook our own food"): life there, unless being fed
# is asked beside it («кормят или самим готовить надо?» asks whether food is given, a right).
COOK_OWN = re.compile(r"\b(?:samomu|sami|sama|samim) gotov\w*|\bgotovit sam\w*|\bcok\w* (?:our|mi|ovn)\b|\btamak pisir\w*")
FED = ("korm", "pitan", "feed", "fed", "obed")
# The heat of a Qatari summer and the midday ban on outdoor work, asked about («жара 50 градусов, как там
# работают?», «ыстық қатты ма», "can't work outside at noon in summer", «кондиционер есть?»): the hotline's.
HEAT = ("jara", "jarko", "istik", "heat", "hotest", "gradus", "degre", "konditsioner", "kondicioner", "aircon", "temperatur")
HEAT_WORDS = frozenset("hot ac jari".split())  # «из-за жары»
# The air conditioner named as a trade ("AC technician", «мастер по кондиционерам», «кондиционер шебері»,
# «кондиционерщик»): the worker's trade, not the heat asked about.
_AC = r"(?:ac|hvac|aircon\w*|konditsioner\w*|kondicioner\w*)"
_AC_TRADE_WORD = (r"(?:techn\w*|tehnik\w*|mechanic\w*|mehanik\w*|fitter\w*|install\w*|ustanovshik\w*|montajnik\w*|"
                  r"monter\w*|master\w*|sheber\w*|jondeushi\w*|slesar\w*|helper\w*|operator\w*)")
AC_TRADE = re.compile(rf"\b(?:{_AC}\s+{_AC_TRADE_WORD}|{_AC_TRADE_WORD}\s+{_AC}|konditsionershik\w*)\b")
MIDDAY = re.compile(r"\b(?:v obed|v polden|obed\w*|poluden\w*|non|midday|midai|afternon\w*|tuste|tuski|tal tus\w*)\b")
SUMMER = ("leto", "letom", "letn", "summer", "sumer", "jazda", "jazgi", "iiul", "iiun", "avgust", "july", "august",
          "iul", "iun")  # «в июле» is "iule" to `skeleton`
# Made to work, by someone else («гоняют на крышу», «заставляют», "they make us work"): with the heat or midday,
# trouble with the employer.
MADE_TO = re.compile(r"\b(?:goniai\w*|gonit|zastavl\w*|vigoniai\w*|shigarip|make us|makes us|made us|forc\w*)\b")
# Women asked about («женщин берут?», «әйелдерге жұмыс бар ма», "can a woman apply", pregnant): a vacancy's card has
# no field for it, so the hotline.
WOMEN = ("jenshin", "jensk", "vomen", "voman", "female", "devushk", "aielder", "aielge", "beremen", "jukti",
         "pregnan", "girl", "ladies", "kizdar")  # not «қыз…» alone: «қызмет» is a service
# Sending money home («как отправлять деньги маме», «ақшаны үйге қалай аударамыз», "the money i sent home"), or a
# transfer service named: no fee asked, the hotline's to answer.
MONEY_RECIPIENTS = frozenset("nam bizge mame mamam mama mam anama anam roditeliam rodnim semie sem "
                             "vife jene jenu detiam aielime balalarima parents"  # "to my wife", «жене», «әйеліме»
                             .split())
REMITTANCE = ("vestern", "iunion", "union", "korona", "remit")
SEND_MORE = ("audar", "sent", "kida", "kinu", "salu", "salam", "salip", "salamin", "saluga")  # «деньги домой кидать», «ақша салу»  # «аударамыз»: money transferred; "sent"
# Money to take along for the first weeks («сколько денег брать с собой», «қанша ақша алып бару керек», "how much
# money should i bring"): the hotline's, no fee.
TAKE_ALONG = re.compile(r"\b(?:brat|vziat|vzat|s soboi|(?:alip|ala) (?:baru|bar|ket|jur)\w*|bring)\b")
# How the pay comes: a bank card or cash («зарплату на карту или наличкой», «жалақы картаға түсе ме», "cash or bank
# account"), or on which day of the month: not on a vacancy's card, so the hotline.
PAY_METHOD_WORDS = frozenset("karta kartu karte kartoi kartaga kartasi kartasina kartochku card cash nalichka nalichkoi "
                             "nalichnimi nalichnie nalichnih nalichka kolma kol bank banka banke bankovskii bankovskuiu "
                             "account acount kaspi".split())
PAYDAY = re.compile(r"\b(?:kakogo chisla|kakoe chislo|kai kuni|neshesinde|vhat dai|vhich dai|vhat date|kashan tused\w*|kashan tuse)\b")
# Taxes: on the pay in Qatar, the pay's own question («налоги снимают?», «салық ұстай ма»); owed in Kazakhstan on
# pay earned abroad, the hotline's.
TAX = ("nalog", "salik")  # not "taks": «такси»
TAX_WORDS = frozenset("taks takses tax taxes".split())
KAZAKHSTAN = ("kazahstan", "kazakstan")
# Pay held back by the employer for something, with a sum («удерживает 300 риалов за жильё», «200 риал ұстап
# қалады», "they deduct 400 riyals"), or paid short («недодают»): trouble with the employer.
DEDUCTED = re.compile(r"\b(?:uderj\w*|vichita\w*|vichet\w*|ustap kal\w*|ustaid\w*|kesip\w*|deduct\w*|dedukt\w*|"
                      r"cut\w* from)\b")
# Who writes for whom, as typed («пишу за отца», «пишу для мамы», «әкем үшін жазып отырмын», "writing for my dad", "I'm
# writing on behalf of my mother"): the writer, not a trade.
WRITING_FOR = re.compile(r"(?i)(?<!\w)(?:i'?m\s+|i\s+am\s+)?writing\s+(?:for|on\s+behalf\s+of)\s+(?:my\s+)?\w+|"
                         r"(?<!\w)пишу\s+(?:за|для|от\s+имени)\s+\w+|(?<!\w)\w+\s+(?:үшін|ушин)\s+жазып\s+\w+|"
                         r"(?<!\w)\w+\s+ushin\s+jazyp\s+\w+")
# Past work told («работала продавцом», «аспаз болып істедім», "worked in retail").
WORKED_BEFORE = re.compile(r"\b(?:rabotal\w*|trudil\w*|istedim|istegen\w*|vorked|used to vork)\b")
# Anything at all («что-то», «что-нибудь», «бірдеңе», "anything").
ANYTHING = frozenset("chto nibud chtonibud chtoto bir birdene anithing something".split())
ANYTHING_PHRASES = re.compile(r"\bchto (?:to|nibud)\b|\bbir (?:nars\w*|jumis)\b")
SHORT_PAID = ("nedoda", "nedoplach", "nedoplat")
# Only part of the pay paid, told («платят только половину», «айлықтың жартысын ғана төлейді», "they pay only half").
PART_PAID = re.compile(r"\b(?:polovin\w*|chast\w*|jartis\w*|half)\b")
# The workers' phones taken by the employer («отобрали телефоны», «бастығы телефонын тартып алып қойды», "took our
# phones"), as a passport is taken: trouble with the employer.
PHONE_TAKEN = re.compile(r"\b(?:otobral\w*|zabral\w*|otnial\w*|otbiraiut|zabiraiut)(?: \w+){0,2} (?:telefon|sotov|mobil)\w*|"
                         r"\btelefon\w*(?: \w+){0,2} (?:otobral\w*|zabral\w*|otnial\w*|tartip al\w*|alip koi\w*|alip kal\w*)|"
                         r"\b(?:tok|taken|take|takes|keep|keeps|kep) (?:avai )?(?:our|mi|his|their|al|the) (?:\w+ )?(?:fones|fone|phones?)\b")
# What the worker takes home («сколько на руки», «қолға қанша тиеді», "what do I actually take home"), or what a job
# pays ("how much does it pay"): the pay.
TAKE_HOME = re.compile(r"\bkolga\b(?: \w+){0,3} tied\w*|\btake home\b|\bhov much (?:do |does )?(?:it|this|that) pai|"
                       r"\bhov much (?:\w+ )?get paid\b")  # "how much do drivers get paid"
# What the pay is, asked («какая зарплата у водителя?», "what is the salary of a cook"), as `HOW_MUCH` asks how much.
WHAT_PAY = re.compile(r"\b(?:kakaia|kakoi|kakie|vhat|vhats|kandai)\b(?: \w+){0,2} (?:zarpl|jalak|ailik|salar|oklad|pai\b|vage)")
# A sum asked in tenge, "in our money" («1500 риалов это сколько на наши деньги», «біздің ақшамен»): the pay in a
# currency, not a search at that pay.
IN_OUR_MONEY = re.compile(r"\b(?:nashi dengi|nashimi|na nashi|bizdin aksha\w*|our monei|tenge|tengemen|tengege|kzt)\b")
# Working on the day off paid more («если работаю в пятницу, платят больше?»): overtime, the terms.
PAID_MORE = re.compile(r"\b(?:plat\w*|oplach\w*|tole\w*) (?:bolshe|kobirek)\b|\bdoplat\w*|\bdoplach\w*")
# A visa for a wife or husband («а мне как жене работника визу дадут?», «күйеуіме виза бере ме»): the family's;
# «күйеуім виза күтіп отыр» is the worker's own visa awaited.
SPOUSE_VISA = re.compile(r"\b(?:jene|muju|kuieuime|aielime|jubaima)\w*(?: \w+){0,2} vi[zs]")
# A relative out of touch with a worker in Qatar («сын не выходит на связь», «күйеуім хабарласпай жатыр», "my son
# doesn't answer the phone"): the hotline, and the embassy's contacts in /rights.
RELATIVES = frozenset("sin sina sinom sinu ulim ulimiz son brat brata bratom muj muja mujem kuieuim kuieuin husband "
                      "inim agam bauirim brother father vife daugter doch dochka otets papa jena akem kizim aielim "
                      "plemianik nefev".split())
# A relative named in any case («племяннику», «жиенім», «сыну», «інімнің»), by the beginning of the word
RELATIVE_STEMS = ("plemian", "jien", "nephev", "nefev", "sinu", "brat", "inim", "ulim")
# Read in `skeleton`'s words, which drop an English "not" ("is not answering" → "is ansvering").
OUT_OF_TOUCH = re.compile(r"\bne vihod\w* sviaz\w*|\bsviaz\w* net\b|\bne (?:zvonit|otvecha\w*|beret trubk\w*)\b|\bpropal\b|"
                          r"\bhabarlas\w*pa\w*|\bhabarsiz\b|\bhabar jok\b|\bbailanis\w* jok\b|\btelefon\w* almai\w*|"
                          r"\blost (?:contact|touch)\b|\bno contact\b|\bcant reach\b|\bis ansvering\b|"
                          r"\b(?:doesnt|dont|didnt|isnt|stoped|hasnt|havent|hasent) (?:ansver|pik|cal)\w*|\bdoes pik up\b")
# Registered and lost («зарегистрировался, а дальше что делать непонятно», «тіркелдім, енді не істеймін», "i
# registered but i dont know what to do next"): what the bot does.
REGISTERED = ("zaregistrir", "registered", "registrir", "tirkeld", "tirkelg", "signed")
LOST_AFTER = re.compile(r"\b(?:chto (?:\w+ )?delat|ne isteimin|ne isteu|vhat (?:to )?do|nov vhat|dont knov|ne znaiu|"
                        r"ne poniat\w*|neponiat\w*|tusinbe\w*|next)\b")
# A question about what a bot's reply means, with nothing named («а это что значит?», «бұл не деген сөз?», "what does
# that mean", "sorry what?"): what the bot does, since it cannot tell which reply is meant.
WHAT_IT_MEANS = frozenset({
    "eto chto znachit", "chto eto znachit", "chto znachit", "vhat does that mean",
    "vhat does it mean", "vhat does this mean", "vhat that mean", "vhat this mean", "bul ne degen", "bul ne degen soz",
    "bul ne degeni", "ne degen soz", "sori vhat", "vhat do eu mean", "chto vi imeete", "ne dediniz",
})
# A bare yes («да», «иә», "yes", "yep", "k"), as typed: `skeleton` keeps no word of «да» or "k".
YES_TYPED = frozenset("да даа ага k kk yes yep yeah иә ия ия-ия ia iä ie".split())
# Waiting asked about («сколько ждать?», «қанша күту керек»): the application's steps.
HOW_LONG_TO_WAIT = re.compile(r"\b(?:skolko|kansha|hov long|dolgo)\b(?: \w+){0,4} (?:jdat|ojidat|kutu\w*|vait\w*|reviev\w*|rassmatr\w*|karal\w*)\b|"
                              r"\b(?:kashan|kogda|kagda|vhen|ven) (?:jaup|jauap|otvet\w*|ansver\w*)\b")
# Asking whether the bot is the ministry in Kazakh Latin («sender ras ministrlikpisinder»).
YOU_KK = frozenset("sender sizder siz sen".split())
# Experience stated with its years («стаж 12 лет», «опыт 10 лет», "6 years experience"), as typed since `skeleton`
# drops digits: the worker telling, not asking what a vacancy needs.
STATED_EXPERIENCE = re.compile(r"(?:стаж|опыт|тәжірибе|tajiribe|tazhiribe|experience)\w*\s*(?:работы\s*)?\d+|"
                               r"\d+\s*(?:лет|года?|жыл|years?|yrs)\s*(?:of\s*)?(?:опыт|стаж|тәжірибе|experience)",
                               re.IGNORECASE)
# Midday as typed («в 12 дня», «в час дня», "at 1pm"), which `skeleton` leaves without its digits.
MIDDAY_TYPED = re.compile(r"\b(?:1[1-5]|[1-3])\s*(?:дня|pm|p\.m\.)|\bв час дня\b", re.IGNORECASE)
# Words that may come before a question about what a reply means («а это что значит», «ал бұл не деген», "sorry
# what?", «әрі қарай не істеу керек»), or a plea for help, without changing it.
REPLY_FILLERS = frozenset("al sori izvinite prostite ari karai".split())
# The day off named («в пятницу», «жұма күні», "on friday", «в выходной»): work on it paid more is overtime.
DAY_OFF_NAMES = ("piatnits", "juma", "fridai", "vihodn", "demalis")
# A sum as typed («1500 риалов»): `skeleton` drops digits.
SUM_TYPED = re.compile(r"\d")
# Where one question ends and another may begin (`small_talk.first_question`): a run of question marks, or a
# conjunction that may open another question («сколько платят и жильё дают?», "what docs and how long",
# «жалақы қанша және жатақхана бере ме»), as typed.
QUESTION_MARKS = frozenset("?？")
QUESTION_END = re.compile(r"[?？]+")
NEXT_QUESTION = re.compile(r"\s+(?:и|а|а также|and|also|plus|және|жане|jane|zhane)\s+", re.IGNORECASE)
# The last part of a clause, after a full stop, a comma or a colon: where its question, if any, is said.
CLAUSE_BREAK = re.compile(r"[.!,;:]+\s*")
KAZAKH_PARTICLE_LAST = re.compile(r"(?<!\w)(?:ме|бе|ма|ба|па|пе)\W*$", re.IGNORECASE)  # «…бере ме»
# Said around a relative asked about («а муж?», "what about my kids?", «ал әйелім ше?»): a family member then asked
# about alone; or with a word of later («потом», «кейін», "later"), whether they may come after the worker.
RELATIVE_ASKED_AROUND = frozenset("a al i and vhat about hov she kak nashet naschet moia moi mi".split())
LATER = ("potom", "pozje", "pozdnee", "kein", "later")
# Said around a ticket named alone («ясно, а билеты?», «ал билет ше?», "got it. and the flight tickets?").
TICKET_ASKED_AROUND = OK | REPLY_FILLERS | frozenset("a i and the she a kak nashet naschet vhat about".split())
# English auxiliaries opening a clause make it a question ("do women get hired", "will they take him");
# `skeleton` writes "do" as nothing, so it is no word here.
QUESTION_OPENERS = frozenset("vil vould should have has am did shal mai".split())
# An age stated beside a word of being taken or of a chance («мне 64, шанс есть?», «маған 48 жас, нормально ма»,
# "I am 62, retired, any chance?"), or an age typed with «жас» alone, «с 17 лет», «в 45 не поздно»: how old a
# worker may be, however long the message. Matched on the message as typed, since `skeleton` drops digits.
AGE_TYPED = re.compile(r"\d{1,2}\s*(?:жас|jas|zhas)\b|\bс\s+\d{1,2}\s+лет\b|\d{1,2}\s*-?\s*(?:ден|дан|тен|тан|den|dan|ten|tan)\s+(?:бастап|bastap)\b|\bв\s+\d{1,2}\s+(?:не\s+)?поздно|"
                       r"\b(?:is|he'?s|she'?s|aged?)\s+\d{1,2}(?![\d.,]\d)\b|\d{1,2}\s+(?:мне|маған)\b", re.IGNORECASE)
TAKEN_ON = ("vozmut", "voz'mut", "berut", "alad", "shans", "chanc", "pozdn", "normaln", "register",
         "registr", "tirkel", "prinima", "kabilda", "take", "accept",
         "krepk", "kushim")  # «ещё крепкий», «әлі күшім бар»: old, but fit to work
TAKEN_ON_PHRASES = re.compile(r"\b(?:ala ma|ala ala ma|bola ma|kesh emes|mojno|alasizdar ma|can (?:(?:i|we|he|she) )?(?:go|apply|apli|still|stil))\b")
# Being old or retired said in words («я старый для этого», «пенсияға шықтым», "retired").
OLD = ("pensi", "retire", "zeinet")  # «зейнеткермін»
OLD_WORDS = frozenset("stari staraia starii starik karimin kart".split())
# A condition of health or a disability («қант диабеті», «давление высокое», «инвалид 3 группы», "in a wheelchair",
# «гепатит был», "epilepsy", «көзім нашар», "bad back"): whether the medical check lets it pass is for the medical
# commission and the hotline, not for a list of papers.
HEALTH = ("diabet", "davlen", "invalid", "mugedek", "gepatit", "hepatit", "epilep", "grij", "zrenie", "gluh",
          "sanirau", "koliask", "presure", "vhelchair", "disab", "tuberk", "astm", "protez", "prosthe", "operaci", "hernia",
          "glases", "ochki", "kozildirik", "eiesigt", "buirek", "kidnei",  # glasses, kidneys
          "deaf", "limp", "hromo", "hromai")  # "partially deaf", "I walk with a limp", «хромаю»
HEALTH_WORDS = frozenset("kisim kisimim kozim kozi hiv vich spid aids ochkah".split())
HEALTH_PHRASES = re.compile(r"\b(?:bad bak|health conditions?|godu?en\w* po zdorov\w*|medical fail\w*|fail (?:me|the medical))\b|"
                            r"\bnashar (?:esti|kor)\w*")  # «құлағым нашар естиді», «көзім нашар көреді»
# Nobody answering the worker in this chat («почему никто не отвечает», «неге жауап бермейсіңдер», "answer me",
# "hello??? anyone???"): the hotline's people answer, not the chat.
NOBODY_ANSWERS = re.compile(r"\b(?:nikto|eshkim|nobodi|no one|noone)\b.*\b(?:otvech\w*|jauap\w*|ansv\w*|repl\w*)|"
                            r"\bjauap bermeisi\w*|\bansv\w* me\b|\bvi vobshe rabotaete\b|"
                            r"\bne otvechaete\b|"
                            # the hotline rung and nobody picking up («никто трубку не берёт», «телефон көтермейді»)
                            r"\btrubk\w* ne (?:ber|pod)\w*|\bne (?:ber|pod)\w* trubk\w*|\bkotermei\w*|"
                            r"\b(?:no one|noone|nobodi) (?:picks|pick|ansvers)\b")
# Asking for any work at all, or for work in need («очень нужна работа, любая», «возьмите хоть кем», «кез келген
# жұмыс», "i'll take anything", "please I need a job, I have kids"): the worker's own list, every vacancy that fits.
WORK = ("rabot", "jumis", "job", "vork", "trudoustr")
ANY_WORK = frozenset("liubaia liubuiu liuboi liubie kelgen anithing".split())  # "any" alone asks for jobs in a town, a trade
ANY_WORK_PHRASES = re.compile(r"\b(?:hot (?:chto|kem|kuda|kak)\w*|(?:chto|kakuiu|kakaia|kuda|kem) nibud|kandai \w+ bolsa da)\b")
IN_NEED = ("srochn", "umoliai", "otchaian", "desperat", "urgent", "golod", "starv", "kredit", "kariz", "debt",
           "kids", "detei", "balalar", "asira", "jumisiz", "bezrabot", "unemploy")
IN_NEED_PHRASES = re.compile(r"\btez arada\b|\bbez deneg\b|\bdeneg net\b")  # «тез арада», «без денег»
IN_NEED_WORDS = frozenset("dolgi dolgah dolgov".split())  # «в долгах»; «долго» is no debt
# Work asked for plainly («нужна работа», «жұмыс керек», "I need a job"): the list, once no other topic holds.
NEED_WORK = ("nujna", "nujen", "kerek")
NEED_WORK_WORDS = frozenset("ned neds needs".split())  # "need" as `skeleton` writes it; «ned» begins «неделя»
# Back home after a contract and wanting to go again («вернулся из Катара, хочу снова», «Катардан келдім, тағы
# барғым келеді», "came back from qatar, want to go again"): the list of what is open now.
AGAIN = re.compile(r"\b(?:snova|opiat|tagi|kaita\w*|again|eshe raz)\b")  # not «ағайындар», "againdar"
BACK_HOME = re.compile(r"\b(?:vernul\w*|keldim|kaitip|oraldim|doma|uige|came bak|bak home|returned|priehal\w*)\b")  # "back" is "bak"
GOING = ("poeh", "ehat", "barg", "baru", "bar", "go", "novaia vakans", "jana vakans")
# More of them asked after coming back («вернулся, есть ещё вакансии?», "back home, any more jobs"): the list.
MORE_OF_THEM = frozenset("eshe esho ewe more ani tagi basqa baska drugie other".split())  # "other" is a stop word
# A penalty for leaving early («неустойку платить?», «айыппұл», "do I pay a penalty"): what the contract says
# of leaving early, a right, not a fee for a vacancy.
# The question a worker marks as the main one among several («…и главное, можно ли потом забрать семью», "and most
# importantly, do I need to pay", «ең бастысы, …»): what follows it is what the answer is to.
MAIN_MARKER = re.compile(r"(?i)(?<!\w)(?:(?:и |а |but |and )?(?:самое )?главн(?:ое|ый|ая)(?: вопрос)?|вопрос главный|самое важное|важнее всего|"
                         r"most important(?:ly)?|the main (?:thing|question)|main question|ең бастысы|ең негізгісі|негізгі сұрақ|"
                         r"eñ bastysy|en bastysy|en negizgisi)(?!\w)[\s,:\-–—]*")
# News asked for («есть новости по моей анкете?», «жаңалық бар ма», "any news?", "any update?"): of the application.
NEWS = re.compile(r"\b(?:novost\w*|chto novogo|janalik\w*|nevs|ani updates?|updates? on)\b")
# Not going any more («не хочу уже ехать», «барғым келмейді», "i don't want to go anymore"): out of the application.
NOT_GOING = re.compile(r"\b(?:ne hochu (?:\w+ )?(?:ehat|poehat)|ne poedu|dont vant (?:\w+ )?go|not going|going animore|bargim kelmei\w*)\b")  # "not" is dropped by `skeleton`
# Chosen by the employer, asked («меня уже отобрали или ещё нет?», "was I selected"): the application's step.
SELECTED = re.compile(r"\bmenia (?:uje |ujo )?(?:otobral\w*|vibral\w*|priniali|vziali)\b|\b(?:selected|shortlisted)\b|\bacept\w* me\b|"
                      r"\bmeni (?:tandad\w*|kabildad\w*)\b")
# A parent brought over («маму к себе забрать», "bring my mom to qatar», «анамды алып кетсем»): a family visa.
PARENTS = ("mam", "mat", "otets", "otsa", "papu", "papa", "anam", "anami", "akem", "akemdi", "mom", "mother", "father", "dad",
           "parent", "roditel")
BROUGHT = re.compile(r"\b(?:zabrat|zaberu|perevez\w*|privez\w*|vivez\w*|pozvat|priglasit|bring|invite|alip ket\w*|aldir\w*|"
                     r"shakir\w*)\b")
# Home how often, asked («раз в полгода домой», «жылына неше рет үйге келеді», "how many times a year can he come home"):
# the annual leave and its ticket, a right.
HOW_OFTEN = re.compile(r"\braz (?:v )?(?:god|polgoda|mesiats)|\bskolko raz\b|\bjilina\b|\bneshe ret\b|\bhov (?:often|\w+ times)\b|\btimes (?:a |per )?iear\b|"
                       r"\b(?:a|per) iear\b|\b(?:once|every|evri) (?:a )?iear\b")  # "once a year"
COMING_HOME = ("priezj", "priehat", "prilet", "letat", "kel", "come", "fli", "visit", "home", "domoi", "uige", "elge")
# The worker's own illness is medical care; a relative's («анам ауырып қалса»), a reason to go home, the hotline's.
ILL_RELATIVE = re.compile(r"\b(?:mama|mat|otets|papa|anam|akem|ata|apa|jena|jenim|aielim|mom|mother|father|dad|vife|rebenok|balam)\w* "
                          r"(?:\w+ )?(?:zabolel\w*|bolee\w*|auirip|auirs\w*|sick|sik|il|ill)\b")
PENALTY = ("neusto", "shtraf", "penalt", "aiipp", "aiip", "aiyp", "aipul", "forfeit")
# A vacancy gone from the list, or too few of them («вакансия исчезла», «вакансия жоқ болып кетті», "the vacancy I
# saw yesterday is gone", «почему вакансий так мало»): what is open now is the worker's list.
VANISHED = re.compile(r"\b(?:ishez\w*|propal\w*|jok bolip ket\w*|joq bolip ket\w*|gone|disap\w*|ee net|ego net)\b")
# Too few of them: said only of the vacancies themselves, since «платили мало» is of the pay at a work had.
TOO_FEW = re.compile(r"\b(?:malo|fev|az goi)\b")
VACANCY_NOUNS = ("vakans", "vacanc", "bos orin")
# Alerts that stopped coming («вакансия келмеді», "how often do new vacancies come"): the alert settings.
ALERTS_NOT_COMING = re.compile(r"\b(?:vakans\w*|vacanc\w*) (?:kelmed\w*|kelmei\w*|ne prihod\w*)|\bhov often\b.*\b(?:vacanc|job)")
# A second contract asked about («на второй контракт к тому же работодателю», «екінші контрактқа», "a second
# contract with the same company"): whether the employer takes a worker again is for the hotline to tell.
SECOND_CONTRACT = re.compile(r"\b(?:vtor\w*|ekinshi|second|povtorn\w*|esche odin|eshe odin) (?:\w+ )?(?:kontrakt\w*|contract\w*|dogovor\w*)")

# Settling in after arrival (a SIM card, a mobile operator, a bank account or card, a money transfer service):
# life in Qatar, which no vacancy's card answers, so the hotline's (and never a search for a phone operator or
# a bank clerk).
SIM = ("simk", "simkart",
       "diaspor", "zemliak", "comuniti")  # the Kazakhs living there («есть там диаспора?», "a kazakh community in doha")
SIM_WORDS = frozenset("sim esim".split())
MOBILE_OPERATORS = ("oredo", "ooredo", "vodafon")
BANK = ("bank",)
TRANSFER_SERVICES = ("vestern", "korona", "remit", "kaspi", "moneigram")
# Messages of the bot sent too often or at night («по 10 сообщений в день», «зачем в 3 часа ночи пишете», «түнгі
# екіде хабарлама келді»), alerts asked for one trade only ("only send me welder jobs"), or a trade sent that the
# worker is not («мне прислали вакансию повара, я не повар»): the alert settings.
MESSAGES = ("sobshen", "soobshen", "uvedom", "habarlam", "mesag", "message", "notif", "alert", "sms")
SENDS = ("pish", "pishe", "jaz", "jiber", "prisil", "prisla", "prihod", "keled", "keld", "send", "sent", "mesag",
         "teks", "text")
AT_NIGHT = re.compile(r"\b(?:nochi|nochiu|noch|tunde|tungi|tunge|night|midnight)\b|\b\d{1,2}\s*(?:am|a\.m\.)\b|"
                      r"\bв\s+\d{1,2}\s+(?:часа|час)\s+ночи\b", re.IGNORECASE)
PER_DAY = re.compile(r"\b(?:v den|den|v sutki|kunine|a dai|per dai|dai)\b")
ONLY_SENT = re.compile(r"\bonli send|\bsend\b(?: \w+){0,3}? onli\b|\btolko (?:\w+ )?(?:prisil|prisla|otprav)\w*|"
                       r"\b(?:prisil|prisla|otprav)\w* (?:mne )?tolko\b|\btek (?:\w+ )?jiber\w*|\bgana jiber\w*")
SENT_A_VACANCY = re.compile(r"\b(?:prislal\w*|prishl\w*|otpravil\w*|jiberipsiz\w*|jiberdi\w*|sent me)\b(?: \w+){0,2}? "
                            r"(?:vakans\w*|vacanc\w*|job\w*)")
NOT_ME = re.compile(r"\b(?:ia ne|i am not|im not|i not|men \w+ emespin)\b|\bemespin\b")
ALERTS_STOPPED = re.compile(r"\b(?:vakans\w*|vacanc\w*|jobs?) (?:davno|uje davno|dolgo) (?:\w+ )?(?:ne|net)\b|"
                            r"\bno nev (?:jobs?|vacanc\w*|alerts?)\b")
# Replies of one or two words that ask the bot to go on («и что?», «ал?», «не дейсің?», "and?"): what it does.
AND_THEN = frozenset("chto cho che chego al ne deisin deisiz nu so and vhat sonda".split())
# «сәлеметсіз бе, жақсы ма», «привет, как ты»: a greeting with a how-are-you.
HOW_ARE_YOU = frozenset("jaksi ma me kak ti vi sam hov are iou iu jagdaiin hovs it going goes ono things".split())  # "how's it going"
# Falling ill there («заболел, температура 39», «ауырып қалдым, дәрігерге қалай барамын», "I'm sick with fever"):
# the medical care the contract gives.
FALLEN_ILL = ("zabolel", "zabolela", "zabolev", "auirip", "auirdim", "prostud")
# "fever" as typed: `skeleton` writes "fewer" so too ("fewer like this", the alerts' button).
FEVER = re.compile(r"\bfever\b", re.IGNORECASE)
# Paying one's own way to the site or for the food given («на такси за свои деньги ездим», "they still charge us"):
# the employer's trouble.
TAXI = ("taksi", "taxi")
OWN_MONEY = re.compile(r"\b(?:svoi|svoih|sami|ozim|ozimiz|ourselves|our oun|mi oun)\b|\bplatit\w*|\bpai\w*|\btole\w*")
CHARGED_FOR_FOOD = re.compile(r"\b(?:vichit\w*|vichta\w*|uderj\w*|charg\w*|ustap\w*|ushtai\w*|plati\w*)\b")
NOT_BOUGHT = re.compile(r"\bne (?:pokupa\w*|kupil\w*|kupia\w*|dai\w*|dal\w*|beru\w*)\b|\b(?:vont|dont|doesnt|didnt|refus\w*)\b|"
                        r"\balip bermei\w*|\bbermei\w*")
STILL_NO = re.compile(r"\bstill no\b|\bstill not\b|\bstill havent\b|\bи до сих пор нет\b|\bтак и не\b", re.IGNORECASE)
WITHOUT_PAY = re.compile(r"\bbez (?:zarplat\w*|zp|deneg|oplati)\b|\bailiksiz\b|\bjalakisiz\b")
ROOM_SMALL = frozenset("kishkentai tesno malenkaia tiny smal".split())
CROWDED_WORDS = re.compile(r"\b(?:on|jiirma|desiat|dvenadtsat|vosem|shest)\s+(?:eki|bes|alti|\w+)?\s*(?:adam|chelovek)\b")
AIRCON_TYPED = re.compile(r"\bkonder\w*\b(?: \w+){0,3}? (?:net|jok|slom\w*|ne rabot\w*|istemei\w*)")
HEAT_AT_MIDDAY = re.compile(r"\b(?:obed|tuste|tuski|poluden\w*|noon|midday)\w*\b")
WORKING_NOW = re.compile(r"\b(?:rabotaem|rabotaiu|rabotaiut|isteimiz|istep jatirmiz|ve vork|vorking)\b")
# The pay alone asked in one word ("pay?"), where «pay» is also the word for paying: the pay.
PAY_ALONE = frozenset("pai".split())
MADE_TO_PAY = re.compile(r"\b(?:want|wants|told|asked|ask|asks) (?:me|us) (?:to )?pay\b|"
                         r"\b(?:i|we) (?:have|need|must) to pay\b",
                         re.IGNORECASE)
GIVEN = frozenset("daiut dadut beredi bere berile apara aparadi provide provided give gives fed feed".split())
MEALS_OR_BUS = ("obed", "avtobus", "autobus", "servis")
MEALS_OR_BUS_WORDS = frozenset("bus fed feed".split())
CANTEEN = ("stolov", "canten", "ashana", "asana")
SPELL = ("mesiats", "mesiac", "mesets", "nedel", "month", "vek")
SPELL_WORDS = frozenset("ai ailar apta".split())
INSTEAD = frozenset("vmesto instead ornina".split())
NO_OVERTIME = re.compile(r"\b(?:no|without|vithout|bez) (?:overtime|overtaim|sverhuroch\w*|pererabotk\w*)\b")
# The words around work asked after («жұмыс бар ма», "got any work for me", «есть работа для меня?»).
WORK_ASKED_AROUND = frozenset("bar ma me est li dlia menia mne got ani any for maga magan".split())
# Sick leave asked («больничный оплачивается?», «ауырған күндерім төлене ме», "is sick leave paid"): how many days
# and at what pay depend on the time served, the hotline's, not the medical care the rights list.
SICK_LEAVE = re.compile(r"\bbolnichn\w*|\bsik (?:leave|dais?)\b|\bauirgan kun\w*|\b(?:of|ofs) sik\b|\bpai\w*(?: me)? (?:vhen|vhile|if) (?:im |i am |am )?sik\b")

# Out of the bot's scope («какая погода завтра в Дохе», «кто выиграл вчера», «курс доллара сегодня», «расскажи
# анекдот», "write me a poem"): neither the bot nor the hotline answers them, so the answer is what the bot does.
# The weather is a forecast when a day is named; the climate of Qatar («какая там погода зимой») is a question of
# life there, the hotline's. A rate of a currency other than the riyal is the market's; the riyal's is the pay's.
# not «температура»: «у меня температура сегодня» is a fever
WEATHER = ("pogod", "veather", "prognoz", "forecast", "dojd", "rain", "janbir", "sneg", "snov")
WEATHER_PHRASES = re.compile(r"\baua rai\w*")
DAY_NAMED = frozenset("zavtra segodnia seichas poslezavtra erten bugin kazir tomorov todai tonigt".split())
SPORT = ("futbol", "fotbal", "soccer", "chempionat", "hokke", "stadion")
SPORT_PHRASES = re.compile(r"\b(?:vho|kto|kim)(?: \w+)? (?:von|vigral\w*|utti|jenip\w*)\b|\bvorld cup\b|"
                           r"\b\w+ kimge utildi\b")
SPORT_WORDS = frozenset("barselona ronaldo ronaldu mesi messi".split())  # not «барса»: Kazakh "if (he) goes"
AMUSEMENT = ("anekdot", "poshuti", "joke", "azil", "stih", "poem", "pesn", "skazk", "zagadk", "riddl", "kuldir",
             "rasmesh", "smeshn", "funi", "film", "kino", "serial", "movie")
# not «шутка»: «я вам что, шутка?» is anger at waiting; not «новости»: «есть новости по заявке?» asks the application
AMUSEMENT_WORDS = frozenset("song songs olen oleng skuchno bored boring".split())  # whole: «соңғы» is "songi"
# A place to eat or to go out recommended («посоветуй, где в Дохе вкусно поесть», "recommend a restaurant"): a guide's
# question; «посоветуйте, какую вакансию выбрать» is no such thing.
RECOMMEND = ("posovet", "sovetu", "recomend", "kenes")
LEISURE = ("kafe", "cafe", "restoran", "restaurant", "vkusn", "poest", "pokusha", "poguliat", "dostoprim", "tamaktan",
           "shoping", "plaj", "beach")
RATE = ("kurs", "bagam", "rate", "kotirov")
OTHER_CURRENCIES = ("dolar", "usd", "evro", "euro", "rubl", "iuan", "bitkoin", "bitcoin")

# The language of the contract or of the interview («договор на каком языке?», «келісімшарт қай тілде», "can i
# get the contract in russian"): a question for the hotline, not what a vacancy requires of the worker.
INTERVIEW = ("sobesed", "suhbat", "intervi", "interv")
LANGUAGE_WORDS = ("iazik", "languag", "tilde", "tilinde", "tili", "tilin")
WHICH_LANGUAGE = re.compile(r"\b(?:kakom|kakoi|kakih|kai|vhat|vhich|kandai)\b(?: \w+)? "
                            r"(?:iazik\w*|languag\w*|tilde|tilinde|til)\b")
KAZAKHSTAN_TYPED = ("kazakstan", "kazahstan")  # a country, not «казахский»
IN_A_LANGUAGE = re.compile(r"\b(?:na (?:rusk|rus|angli|arab|kazak)\w*|in (?:rusian|russian|english|arabic|kazakh)|"
                           r"(?:oris|agilshin|kazak|arab)sha)\b")

# Whose the bot is, doubted in other words («вы официальные или посредники?», «этот бот от государства?», «а вы
# точно от Енбека?», "are you the government or an agency", «бұл бот министрліктікі ме»): the official portal.
THE_STATE = ("gosudarstv", "government", "goverment", "govt", "memleket", "enbek", "pravitelstv", "ukimet", "ministr",
             "ministerstv")  # «от министерства труда»
AGENCY = ("agentstv", "agenci", "agentik", "firma posrednik", "kontor", "chastn", "private", "jeke")  # «частная контора»
YOU_OR_THE_BOT = frozenset("vi vas ti eto etot bot bul siz sizder sender eu this it".split())

# Money asked by a stranger who called, wrote or advertised («мне позвонил мужик, просит 150 тысяч за место», «в
# ватсапе пишут, переведи 50 тыс на каспи», «біреу қоңырау шалып 50 мың аудар деді», "a man texted me on whatsapp
# saying he can get me a job for 500 dollars"): whoever asks for money is a fraudster, whatever they call it.
CONTACTED_WORDS = frozenset("cal cals caling".split())  # "call" is "cal" to `skeleton`
CONTACTED = ("pozvon", "zvonil", "zvoniat", "napisal", "napisali", "pishut", "pisal", "caled", "cals", "teksted",
             "tekst", "mesag", "dmed", "konirau", "habarlas", "jazip", "jazdi", "jazadi", "vrote", "contacted")
CHANNELS = ("vatsap", "votsap", "vhatsap", "telegram", "instagram", "insta", "tiktok", "feisbuk", "facebok",
            "reklam", "obiavl", "advert")
TRANSFER_DEMANDED = ("perevest", "perevedi", "skin", "audar", "zaplat", "oplat", "platit", "toleu", "tole", "pai",
                     "vant", "prosit", "prosiat", "suraid", "surap", "send", "asks")
# What a stranger promises for the money («сделают визу», «оформят», «Катарға жібереміз», "get me a job").
PROMISED = ("sdela", "oformi", "oformia", "jasap", "jasai", "jiberem", "ustro", "pomoj", "pomog")
PROMISED_EN = re.compile(r"\b(?:get|put) me\b|\bfast trak")
# Whether it is true, asked of what a stranger offered («это правда», «рас па», "i dont know if its real").
DOUBTED = frozenset("pravda pravdu real ras rasimen shinimen true".split())
# «это вы?», «бұл сіздер ме», "is that you": the bot asked to be the one who wrote
IS_IT_YOU = re.compile(r"\b(?:eto|bul|that|it) (?:vi|siz|sizder|sender|eu)\b")
SUM_TYPED_KK = re.compile(r"\d\s*(?:myń|мын)", re.IGNORECASE)  # «50 myń», «50 мын»: thousands, as typed

# Whether it is safe there, asked by a worker or their family («там безопасно?», «война же рядом», «ол жақ қауіпсіз
# бе», «говорят там рабство», "is it dangerous there"), or what life there is like («ол жақта жағдай қалай»): the
# hotline's. Data kept safe is the bot's own (PERSONAL_DATA), and money the fees'.
DANGER = ("bezopas", "opasn", "kauipsiz", "kauipti", "voin", "sogis", "korkinish", "rabstv", "slaver", "kuldik",
          "terror")
DANGER_WORDS = frozenset("safe unsafe danger dangerous".split())  # whole: "safety boots" are the employer's kit
LIFE_THERE = re.compile(r"\b(?:ol jakta|tam|there) jagdai kalai\b|\bjagdai kalai (?:ol jakta|tam)\b|"
                        r"\bkak tam (?:jizn|jivut)\w*|\bvhat(?:s| is) (?:it|life) like (?:there|in katar)\b")
# Heard from someone («мама говорит, там опасно», «слышал, там рабство», "people say it's dangerous").
HEARSAY = ("govor", "skazal", "slish", "deidi", "dedi", "estid", "sais", "said", "heard")
# Someone at home who fears or forbids the going («родители не отпускают», «ата-анам жібермейді, қорқады»).
FAMILY_AT_HOME = ("roditel", "parent", "mam", "pap", "otets", "ata ana", "anam", "akem", "jena", "muj", "aiel",
                  "vife", "husband", "sem", "otbas")
GOING_ABROAD = ("poehat", "ehat", "edu", "baru", "barsam", "barga", "barami", "katar", "going", "otpusk", "otpust",
                "jiber")
# A fear voiced about going («я боюсь», «жена переживает», «анам қорқады», "my parents are worried").
FEAR = ("boius", "boit", "boim", "perejiv", "volnu", "korka", "korkam", "korkad", "aland", "voried", "vori",
        "afraid", "scared", "skared", "strashn")
# What women may or may not do there, told and not asked («говорит, женщинам там нельзя без мужа»).
PERMITTED = frozenset("nelzia mojno razreshen razreshaiut zapreshen zapreshaiut bolmaidi bolama alloved allowed aloved "
                      "forbiden".split())
# The summer's heat as typed («летом +50», «в самое пекло»): degrees typed with a plus sign, or the heat's words.
DEGREES_TYPED = re.compile(r"\+\s?\d{2}\b|\b[4-5]\d\s?(?:°|градус|gradus|degree)")
HEAT_MORE = ("pekl", "znoi", "solntsep", "aptap")
# A choice offered («работают или перерыв дают», «... әлде ...», "or"): a question, though no question mark ends it.
OR_TYPED = re.compile(r"\s(?:или|әлде|alde|ili|or)\s", re.IGNORECASE)  # as typed: `skeleton` drops «или»
# Pork and food prepared as Islam permits («шошқа еті», «свинина», "pork", «адал тамақ»): the customs'.
FASTING = ("postish", "poshu", "postits", "fasting")
FOOD_CUSTOMS = ("svinin", "pork", "shoshka", "molit", "molias", "haram", "vegetar", "vegan")  # «молиться», «молитва», «молиться пять раз»
FOOD_CUSTOMS_PHRASES = re.compile(r"\badal (?:tamak|as|et)\w*|\btamak\w* adal\b")

# The bot's own buttons and commands asked about in words: what a button does («что значит кнопка подробнее»,
# "what does the details button do"), the apply button missing («почему нет кнопки откликнуться»), the bot's
# language switched («как вернуть русский язык», «ботты қазақ тіліне қалай көшіремін»), the vacancies seen («а как
# вакансии посмотреть», "show me my matches").
MEANS = ("znachit", "oznacha", "mean", "degen", "bildir", "chego", "zachem", "delaet")  # «для чего» is "chego"
BUTTON_DOES = re.compile(r"\bvhat (?:does|do) (?:the |this |that )?\w+ buton\b|\bbuton (?:do|does|for)\b|"
                         r"\bne kerek\b")  # «батырма не үшін керек»: «үшін» is dropped
SWITCH_LANGUAGE = ("vernut", "koshir", "perekl", "svitch", "postav", "ustanov", "set", "auistir", "auistr", "pomen",
                   "smeni", "izmen", "change")
BOT_LANGUAGE = ("iazik", "languag", "tili", "tilin", "tilge")
# The bot asked to write in a language («хочу, чтобы бот писал на казахском», "make the bot answer in english").
BOT_WRITES = ("pisal", "pisat", "pishi", "pishe", "jazs", "jazu", "jazad", "otvecha", "vrite", "vriting", "ansver", "reply",
              "speak", "soile", "obsha", "govori", "talk", "jaza")  # «бот пишет на казахском», «с тобой по-казахски общаться»
SEE = ("posmotr", "smotret", "pokaj", "pokaz", "uvid", "korset", "koru", "korem", "shov", "see", "viev")
SEE_WORDS = frozenset("se".split())  # "see" is "se" to `skeleton`
# The vacancies shown again («вакансиялар тізімін қайтадан ашамын», «покажи снова вакансии», "show the jobs again").
AGAIN_WORDS = frozenset("snova opiat kaitadan kaita again eshe".split())
OPEN = ("otkr", "ashami", "ashu", "ashsam", "open")
# The rest of a list asked for («а остальные как посмотреть», «қалғандарын қалай көремін», "how do I see the rest"): the
# next page, behind the button under the list.
THE_REST = re.compile(r"\bostaln\w*|\bkalgan\w*|\brest\b")
MY_MATCHES = re.compile(r"\bshov me (?:mi |the )?matches\b|\b(?:shov me )?vhat fits me\b|\b(?:jobs?|vacanc\w*) (?:that|vhich) fits? me\b|"
                        r"\b(?:magan|mne) (?:laikti|laiikti|podhodiashie|sai)\w*(?: \w+)? (?:vakans|jumis|rabot)\w*")  # «маған сай келетін»
# A cut of the pay for the job found («вы берёте процент с зарплаты?», «из зарплаты будете вычитать за то, что нашли
# работу?», "do you take a percentage"): a fee, which recruitment under the agreement never charges.
PERCENT = ("protsent", "percent", "paiz", "komisi")
DEDUCT = ("vichit", "vicht", "uderj", "ustap", "deduct")
# The bot paid out of the wages later ("do i pay you something from my salary", «потом с зарплаты вам отдавать?»).
PAYS_YOU = re.compile(r"\b(?:pay|give) (?:you|u|the bot)\b|\b(?:платить|заплатить|отдавать|отдать|отдаём) (?:вам|тебе)\b|"
                      r"\b(?:вам|тебе) (?:платить|заплатить|отдавать|отдать)\b|\bсізге (?:төлеу|төлеймін|береміз|беремін)\w*",
                      re.IGNORECASE)
FOR_THE_JOB_FOUND = re.compile(r"\b(?:nashli|naidete|naiti|trudoustr\w*|ustroi\w*|finding|found)\b")
# Anyone asked to answer («ДА ОТВЕТЬТЕ ВЫ УЖЕ КТО-НИБУДЬ», «біреу жауап беріңізші», "anyone there?").
ANYONE_ANSWER = re.compile(r"\botvet\w*\b.*\bkto nibud\b|\bkto nibud\b.*\botvet\w*|\bbireu jauap\w*|"
                           r"\bjauap\w*(?: \w+)? bireu\b|\bansver me alreadi\b|\bis anene there\b")
# The bot asked what it is or its name («ты робот?», «сен роботсың ба», "are you a bot", «атың кім», "what's your
# name"): what the bot does.
BOT_IDENTITY = re.compile(r"\b(?:ti|vi|sen|siz|are eu|r eu)\b(?: \w+)? (?:robot\w*|bot)\b|"
                          r"\brobot\w* (?:ba|pa|ma|be|me)\b|\batin kim\b|\bkak (?:tebia|vas) zovut\b|"
                          r"\bvhats? (?:is )?eur name\b")
# Distrust told rather than asked («не верю я вам», «сендерге сенбеймін»): the answer on trust.
DISTRUST = re.compile(r"\bne (?:veriu|verim|doveriaiu)\b|\bsenbei\w*")
# A sticker named in words, as some phones forward one («[Стикер]», "👍 Sticker"): a sticker, which is an "ok" or
# what its signs say.
STICKER_WORDS = frozenset("stiker stikeri stikerdi stikerler".split())
# A deposit or a prepayment («попросил предоплату», "asked for a deposit", «залог»): money asked, in other words.
DEPOSIT = ("deposit", "predoplat", "zalog", "vznos")
# Insults («ты тупой», "you are stupid", «ақымақ»): no question to pass to the hotline, however they are worded.
INSULTS = ("stupid", "idiot", "durak", "tupo", "tupi", "akimak", "fuk", "nahu", "nahe", "pridur", "debil", "moron",
           "useles", "bespolezn", "paidasiz")  # "this bot is useless", «пайдасыз бот»: nothing asked of it
# The bot's messages («уведомления», «хабарламалар», "notifications"), named with a language: the bot's language.
NOTICES = ("uvedomlen", "habarlam", "notific", "soobshen", "mesag")
INSULT_WORDS = frozenset("shit dumb dura urod".split())
# Thanks for help given, in other words ("that helps a lot", «көмектестіңіз»); signs that thank («🌹»).
HELPED_EN_MORE = re.compile(r"\b(?:that|it|this) (?:helps|helped)\b|\bhelpful\b|\bhelped (?:me|us)\b", re.IGNORECASE)
# The medical check failed, or to be done again («не прошёл медкомиссию», «медкомиссию завалил, можно пересдать»,
# «медкомиссиядан өтпей қалдым», "failed the medical", "my medical expired, do I redo it", «что-то нашли в лёгких»):
# only the medical commission and the ministry can say what follows, so the hotline's, not the papers' list.
MEDICAL_FAILED = re.compile(
    r"\b(?:ne proshe?l\w*|ne sdal\w*|zavali\w*|peresda\w*|prosroch\w*|zanovo|snova|nashli|ne vozmut|ne godn\w*|"
    r"ne dopust\w*|ne goden|eshe raz|otpei\w*|otpedi\w*|ote almad\w*|kulad\w*|tauip|almai|fail\w*|ekspir\w*|redo|again|vrong|"
    r"problem\w*)\b")
# The bot asked to call the worker («перезвоните мне», «можете мне позвонить?», «маған қоңырау шалыңызшы», "call
# me"): it cannot, and the ministry's people answer on the hotline. «мне позвонят?» waits for a step instead.
CALL_ME = re.compile(r"\b(?:pere)?pozvon(?:ite|it|i)\b.*\bmne\b|\bmne (?:pere)?pozvon(?:ite|it|i)\b|"
                     r"\bperezvon(?:ite|it|i)\b|\bkon(?:g)?irau shal(?:iniz|indar|sangiz|saniz)\w*|"
                     r"\bkon(?:g)?irau shalip jiber(?:iniz|indar)\w*|(?:^|\b(?:please|pls|plz|can eu|could eu) )cal me\b")
# A CV or the profile to be passed to an employer by the bot («отправьте моё резюме работодателю», «перешлите
# анкету в компанию», «түйіндемемді жұмыс берушіге жіберіңіз», "forward my resume to the company"): the worker
# applies, and the application carries the profile, so the steps of an application answer it.
CV = ("reziume", "resume", "rezume", "tuindem")
CV_WORDS = frozenset({"cv", "si vi"})
PASS_ON = ("otprav", "peresl", "pereshl", "perekin", "skin", "send", "forvard", "jiber", "podat", "pass", "peredai", "peredat")
TO_AN_EMPLOYER = ("rabotodat", "emploier", "berush", "kompan", "compan", "firm")
# Money asked of the bot as a loan («дайте в долг», «займите денег», «қарызға ақша беріңіз», "lend me money",
# «скиньте мне денег»): neither the bot nor the ministry lends, so the bot says what it does. «в долгах, нужна
# работа» asks for work.
LOAN = re.compile(r"\b(?:v )?dolg\b|\bzaim(?:i|ite)\b|\bodolj\w*|\bkariz(?:ga|ka)\b|\blend\b|\bloan\b|\bborov\w*")
# Money asked to be sent to the worker («скиньте мне денег»), not by the worker to someone («просят скинуть деньги»).
MONEY_TO_ME = re.compile(r"\b(?:skin|kin|perevedi|perevedite|otprav|send)\w* (?:mne|me|magan) (?:deneg|dengi|monei|aksha)\b")
# A ticket asked to be bought by the bot («купите мне билет», «Дохаға билет алып беріңізші», "book me a flight"):
# the employer pays the flight under the contract, which the rights say.
BUY_A_TICKET = re.compile(r"\b(?:kupi|kupite|zabroni\w*|bron\w*|bok|buy|alip ber\w*|alip beriniz\w*|sati?p al\w*)\b")
# Dismissed or driven out («меня уволили», «жұмыстан шығарып жіберді», "I got fired", «выгоняют из общаги»): trouble
# with the employer; «если уволят?» and «как уволиться» ask what is due.
DISMISSED = re.compile(r"\b(?:uvolil\w*|uvolen\w*|vigonia\w*|vignal\w*|shigarip jiber\w*|shigardi\w*|kuip jiber\w*|"
                       r"fired|sacked|saked|kiked out|kicked out|terminated me|dismissed)\b")
# The work changed by the employer, away from the contract («поставили грузчиком, хотя в контракте сварщик»,
# «поменял должность», «мені басқа жұмысқа қойды», "put me as a cleaner but my contract says driver", "they changed
# my job"): the work is not as agreed.
WORK_CHANGED = re.compile(r"\b(?:postavil\w*|perevel\w*|pomenial\w*|smenil\w*|izmenil\w*|koidi|auistirip\w*|"
                          r"auistirdi\w*|put me|changed mi|moved me)\b.*\b(?:doljnost\w*|rabot\w*|jumis\w*|job|"
                          r"position|kontrakt\w*|dogovor\w*|contract|kelisimshart\w*|hotia)\b|"
                          r"\b(?:baska|drugu\w*|another|other) (?:jumis\w*|rabot\w*|job|doljnost\w*)\w* (?:koidi|postavil\w*)|"
                          # «put me as a cleaner, but…»: the work set against what was agreed, whatever the contract is
                          # called
                          r"\b(?:put|placed|moved|hired|took) me as\b(?: \w+){1,3} but\b")
# The hotline named in Kazakh («ыстық желі», «сенім телефоны»): «ыстық» alone is the heat.
HOTLINE_KK = re.compile(r"\bistik (?:jeli\w*|linia\w*|liniia\w*)|\bsenim telefon\w*")
# What the contract gives withheld («не даёт медстраховку, хотя в контракте есть», "but the contract says food is
# provided"): the contract broken.
CONTRACT_SAYS_OTHERWISE = re.compile(r"\bhotia (?:v |po )?(?:dogovor|kontrakt)\w*|\bbut (?:the |mi |our )?contract sais\b|"
                                     r"\bkelisimshartta (?:bar|jazilgan) birak\b")
# Work changed here, in Qatar («осында жұмысымды ауыстырғым келеді», "change my job here in doha"): another employer,
# not another trade in the profile.
HERE_IN_QATAR = ("osinda", "osi jerde", "tut", "zdes", "here", "katar", "qatar", "doh", "dox")
JOB_NOUNS = ("rabot", "jumis", "job")
# The bot asked what it can do («ты вообще что-нибудь умеешь?», "can you do anything"): what it does, not any work.
ABLE = ("umee", "umesh", "mojesh", "mojete")
# Thanks for the bot's answer («спасибо за ответ, разобрался», "thanks for the answer"): no answer awaited.
THANKS_FOR_THE_ANSWER = re.compile(r"\b(?:otvet|ansver|jauap|jauab)\w*")
# «Хоть» as `skeleton` writes it («хоть что-то», «хоть кем»): "even", no heat.
EVEN = re.compile(r"\bhot (?=chto|kto|kak|kem|kuda|kogda|bi\b|odn)")
# Papers told as handed in long ago («документы давно сдал», «құжаттарды баяғыда тапсырдым», "submitted all my docs"):
# the step waited for is asked, not which papers to bring.
PAPERS_HANDED_IN = re.compile(r"\b(?:sdal\w*|sdali|podal\w*|otpravil\w*|tapsird\w*|tapsirgam\w*|jiberdim\w*|submited|submitted|"
                              r"handed|sent)\b")
# A step still not come («виза так и не пришла», «визам әлі келмеді», "still no visa", «жду визу месяц»): waited for.
NOT_COME_YET = re.compile(r"\b(?:tak ne|ne prish\w*|ne prishl\w*|net i net|vse eshe net|kelmed\w*|kelgen jok|ali jok|"
                          r"stil{1,2} (?:no|not|nothing|vaiting)|jdu|jdem|kutip jur\w*|kutemin)\b")
# Medical insurance («медстраховка», «страховка», «медициналық сақтандыру», "health insurance"), and "what about" asking
# after a thing («а как насчёт», «ал … ше», "what about"), which is no question by its words.
INSURANCE = ("strahov", "medstrah", "insuran", "saktandir")
WHAT_ABOUT = re.compile(r"\b(?:vhat about|hov about|kak nashet|kak naschet)\b")
# A woman in Kazakh words («әйел адам», «әйел кісі»), and a woman's being able asked («жүргізуші бола ала ма»).
WOMAN_KK = re.compile(r"\baiel (?:adam|kisi)\w*")
MAY_KK = re.compile(r"\b(?:ala ma|ala ala ma|bola ma|bola ala ma)\b")
# The hour excused beside a greeting («доброй ночи, извините, что так поздно пишу», «қайырлы түн, кеш жазғаным үшін
# кешіріңіз», "good evening, sorry for writing so late", «таңғы бесте жазып отырмын»): still a greeting, and «доброй
# ночи» with it opens the talk rather than closing it.
ODD_HOUR = re.compile(r"\b(?:izvin\w*|prost\w*|sori|keshir\w*)\b(?: \w+){0,3}? (?:pozdno|pozdnovato|rano|nochiu|kesh|erte|late|"
                      r"earli)\b(?: (?:pishu|napisal\w*|bespokoiu|jazdim|jazip|vriting))?|"
                      r"\b(?:pozdno|kesh|erte|late)\w*(?: \w+){0,2} (?:keshir\w*|izvin\w*|sori)\b|"
                      r"\b(?:tangi|tungi|tunde|tanerteng\w*)\b(?: \w+)? (?:jaz\w*|pishu)(?: (?:otir|jatir)\w*)?")
# The night wished, which is a greeting only with the hour excused.
NIGHT_WISHES = frozenset("dobroi nochi kairli tun god nigt".split())
# The bot asked whether it is awake («не спите?», «ұйықтамайсыз ба», "you awake?"): calling out, as «ау» does.
AWAKE = frozenset({"ne spite", "ne spish", "vi ne spite", "ti ne spish", "uiktamaisiz ba", "uiktamaisin ba", "eu avake",
                   "are eu avake", "avake",
                   "est kto", "kto nibud est", "est kto nibud", "anione there", "anibodi there", "eshkim bar ma",
                   "anene", "anione", "anibodi", "anione their", "anibodi their", "anibodi ther"})  # «есть кто?»
# Who greets and where from, with nothing asked yet («привет, я тут новенький», "good morning from almaty!", «сәлем,
# Шымкенттен жазып отырмын»): a greeting.
NEWCOMER = frozenset("ia novenki novenkaia novichok am im nev here jana jazip otirmin jatirmin pishu".split())
HOME_TOWNS = ("almat", "astan", "shimkent", "karagand", "aktob", "taraz", "pavlodar", "oskemen", "semei", "kizilord",
              "atirau", "aktau", "kostanai", "petropavl", "uralsk", "turkistan", "taldikorgan", "kokshetau",
              "ekibastuz", "temirtau", "jezkazgan", "kazahstan", "kazakstan")
# Age feared to bar the worker, told at any length ("will they turn me down because of my age", «жасыма қарап алмай
# қала ма», «по возрасту не возьмут»): how old a worker may be, whatever trade is told beside it.
AGE_AS_A_BAR = re.compile(r"\bbecause (?:of )?(?:mi |his |her |the )?age\b|\bjas\w* karap\b|\bpo vozrastu\b|"
                          # the age told as one's own and weighed («с таким возрастом возьмут», "at my age", «менің жасымда»)
                          r"\b(?:s )?takim vozrast\w*|\b(?:v )?(?:moem|ego|nashem) vozrast\w*|\b(?:at|me|him|her) (?:at )?mi age\b|\b(?:menin )?jasimda\b|"
                          r"\biz za vozrast\w*|\btoo old\b")
# Someone who asks the money, not the employer nor the bot («один человек просит», «бір адам», "a man asks", "a guy on
# telegram", "paid a woman"): a stranger, whatever they say they are.
STRANGER = ("chelovek", "muj", "mujik", "mujchin", "jenshin", "paren", "adam", "kisi", "bireu", "man", "guy", "voman", "ladi",
            "someone", "somebodi", "agent", "posrednik", "deldal")
# Places or visas sold («в группе продают места в Катар», "a group selling qatar places»): money wanted.
SOLD = ("prodaiut", "prodaet", "prodaj", "seling", "sels", "satad")  # «сатады»: sells
# Money taken and its taker gone («взяла деньги и пропала», «алды да жоғалып кетті», "she vanished", «заблокировал»).
GONE_WITH_IT = ("propal", "ischez", "jogalip", "joq bolip", "vanish", "disapear", "disappear", "zablokir", "bloked")
# Or no longer answering the phone («теперь не берёт трубку», «телефон көтермейді», «хабарласпайды», "stopped answering").
NO_LONGER_ANSWERS = re.compile(r"\bne (?:beret|berut|otvechae\w*|otvechaiu\w*)(?: na)? (?:trubk\w*|zvonk\w*|telefon\w*)|"
                               r"\btelefon\w* (?:kotermei|almai)\w*|\bhabarlaspai\w*|\bstoped (?:ansvering|replying|responding)|"
                               r"\b(?:not|doesnt|dont|vont) (?:ansver|pick)\w*")
# An agency named as the one who took or asked the money («агентство в Алматы взяло 250 тысяч и пропало», «ТОО говорит,
# что они ваши партнёры»): with the money gone or the bot's name borrowed, a fraud; an agency's fee asked about alone
# («за визу агентство просит 200 долларов») is the fees'.
AGENCY_NAMED = ("agentstv", "agenci", "agentik", "kontor")
CHARGE = ("berut", "beret", "vziat", "vzimaiut", "charg", "alad")  # «берут 100 долларов», "charges 100$", «алады»
# The worker's data named in a wish to erase it («сотрите все мои данные», «барлық мәліметімді өшіріңіз», "wipe
# everything you have on me"): the profile with it, as /delete does.
DATA_NOUNS = ("danni", "danie", "dannih", "derek", "malimet", "data", "info", "everithing")  # "info", «информацию»
# A language learnt or to be learnt before going («где подтянуть английский», «ағылшын тілін қайдан үйренсем», "improve
# my english", courses): the hotline's, not what a vacancy requires; «английский выучил» is for the profile.
LEARN = ("viuchit", "vuchit", "podtian", "kurs", "uirenu", "uirens", "uirene", "uirengi", "learn", "improv", "course",
         "lesson", "urok", "repetitor", "tutor", "studi")
LEARN_WORDS = frozenset("uchit uchat uchu uchitsia study".split())
LANGUAGE_NOUNS = ("iazik", "languag", "tilin", "tili", "tilde")
# Ramadan, and the hours or the night beside it («в рамадан смены переносят на ночь?», «Рамазан айында жұмыс түнге
# ауыса ма»): the hours of work in Ramadan, which the terms give.
RAMADAN = ("ramadan", "ramazan", "ramzan", "oraza")
RAMADAN_HOURS = ("noch", "tunge", "tunde", "tungi", "nigt", "smen", "shift", "chas", "sagat", "hour", "uakit",
                 "rabochi", "rabochee", "grafik", "keste",
                 "short", "sokra", "kiskar", "kiskart")  # "do they shorten the work day", «сокращают», «қысқара ма»
# The bot addressed in a language («можно с тобой по-казахски общаться?», «маған орысша жаз», "can we talk in kazakh?"):
# the bot's language, not one spoken at work («а по-русски там кто-нибудь говорит?»).
ADDRESSED = frozenset("toboi vami senmen sizben sizdermen sen siz ti vi eu ve magan mne me bot".split())
THERE = frozenset("tam there onda jakta rabote vork jumista".split())
# The bot told it does not understand, or asked the same thing again («опять ты меня не понял», «түсінбедің бе», «бот
# ничего не понимает», "you don't understand anything", "the third time i ask"): anger at the bot, nothing asked of it.
BOT_MISUNDERSTANDS = re.compile(r"\b(?:ti|vi|bot)\b(?: \w+){0,2} ne poni\w*|\bne ponimae\w*|"
                                r"\btusinbe(?:din|diniz|isin|isiz|idi|isinder|isizder)\b|"
                                r"\b(?:eu|it|bot) (?:dont|doesnt) understand\b|"
                                r"\b(?:third|tretii|treti|ushinshi) (?:time|raz|ret)\b(?: \w+){0,2}? (?:ask\w*|sprash\w*|surap\w*)")
# «Вы издеваетесь?», «ты издеваешься»: the bot mocked in the second person, no employer's abuse.
MOCKED_BY_YOU = ("izdevaetes", "izdevaeshs")

# A photo for the papers («фотки какого размера на визу», «суретке қалай түсу керек», "what size photos for the visa"):
# a photo named with its size, its background or what it is for; «фотограф» is a trade.
PHOTO = re.compile(r"\b(?:foto(?!graf)\w*|fotk\w*|photos?|suretke|suret)\b")
PHOTO_FOR_PAPERS = ("razmer", "size", "olshem", "fon", "background", "viz", "visa", "kerek", "nujn", "ned", "tus")
# A salary advance («аванс дают?», «аванс бере ме», "can i get an advance on my salary"): the hotline's; money paid
# "in advance" to someone is a fee.
ADVANCE = re.compile(r"\bavans\w*|\b(?:get|give|an|salari|pai) (?:\w+ )?(?:advance|advnace|advanse)\b")
IN_ADVANCE_PAID = re.compile(r"\bin (?:advance|advnace)\b|\bpredoplat\w*|\baldin ala tole\w*")
# Calling home and the messengers there («как звонить домой, вотсап работает?», «ватсап істей ме», "is whatsapp
# blocked", «видео арқылы сөйлесу»): life in Qatar, the hotline's.
MESSENGERS = ("vatsap", "votsap", "vhatsap", "uatsap", "vatsup", "telegram", "skaip", "skype", "viber", "vaiber", "imo",
              "internet", "vaifai", "vifi", "zoom")
CALLING_HOME = re.compile(r"\b(?:zvonit|pozvonit|cal|calling) (?:\w+ )?(?:domoi|home|rodnim|semie)\b|\bvideo ?(?:cal|zvon\w*)|"
                          r"\bvideo (?:arkili|men)\b|\b(?:otbasi|ata-anam|anam|balalari|semie|famili|uige|uidegiler)\w* (?:\w+ )?(?:soiles|habarlas|sviaz|kongirau)\w*")
# What life there costs («жизнь в Дохе сколько стоит», «тамақ қымбат па», "how much does it cost to live in doha"):
# the hotline's, no fee.
COST_OF_LIVING = re.compile(r"\bcost (?:of |to )?liv\w*|\b(?:stoit|stoimost\w*) jizn\w*|\bjizn\w* (?:\w+ ){0,3}stoit\b|"
                            r"\bdorog\w* (?:\w+ )?(?:jit|projivan\w*)\b|\b(?:jit|projivanie) (?:\w+ )?dorog\w*|"
                            r"\b(?:tamak|fod|eda|produkt\w*|jizn\w*|arenda|rent|bagasi|bagalar) (?:\w+ )?(?:kimbat|dorog\w*|e?ks?pensiv\w*|cheap|arzan)\b|"
                            r"\b(?:kimbat|dorog\w*|e?ks?pensiv\w*) (?:\w+ )?(?:tamak|fod|eda|produkt\w*|jizn\w*)\b")
# Food asked about as it is found there, not as given («what's the food like, can i find normal bread», «где купить
# продукты»): daily life, not a right.
FOOD_THERE = re.compile(r"\b(?:vhats|vhat is|hov is) (?:the )?fod like\b|\bcan (?:i|eu|ve) (?:find|bui) \w+|"
                        r"\bgde (?:kupit|naiti) (?:\w+ )?(?:eda|edu|produkt\w*|hleb|miaso)|\bkaidan (?:satip )?al\w* (?:\w+ )?(?:tamak|nan|et)\b")
# Eating in Ramadan, or fasting asked about («ораза кезінде жұмыста тамақ ішуге бола ма», "do i have to fast during
# ramadan if i'm not muslim"): the customs', not the hours.
RAMADAN_EATING = ("tamak", "ishu", "jeu", "jeg", "obed", "kushat", "eat", "fod", "eda", "fast", "musulm", "muslim",
                  "ustau", "ustamas", "derjat", "derjit", "post")
# The passport asked about before it is taken («паспорт работодатель забирает?», «паспортты алып қоя ма», "will the
# company hold my passport", "do they keep your passport"); one taken already, or kept now, is trouble.
PASSPORT_TAKEN_NOW = re.compile(r"\b(?:zabral\w*|otobral\w*|otnial\w*|sobral\w*|took|taken|kept|held|keps|keeps|holds|holding|"
                                r"loked|koidi\w*|aldi|alipti|otdaiut|otdaet|otdast|bermei\w*|kaitarma\w*|derjit|"
                                r"ustap (?:otir|jatir|kaldi|koidi)\w*)\b")
# Falling ill asked about before it happens, with the pay beside it («ауырып қалсам жалақыны ұстап қала ма», "if i catch
# flu and miss 3 days do they cut my pay"): sick leave, the hotline's.
ILL_IF = re.compile(r"\bauir\w* kal(?:sam|sa|sak)\b|\bauirsam\b|\bzabole(?:iu|et|em)\b|\bslia(?:gu|jet)\b|"
                    r"\bif (?:i |he |she )?(?:\w+ )?(?:sik|il|flu|fever)\b")
PAY_CUT = ("ustap", "cut", "snim", "vichi", "vichet", "dedu", "jalak", "zarplat", "aili", "salari", "vage")
# An age about to be reached («мне 17, в августе будет 18», "i turn 18 next month"): how old a worker may be.
AGE_TURNING = re.compile(r"\bturns? \d{2}\b|\bturning \d{2}\b|\bбудет \d{2}\b|\d{2}(?:-?ке|-?ға|-?ге|-?қа) толам",
                         re.IGNORECASE)
TOO_OLD = re.compile(r"\b(?:too|so) old\b|\bслишком стар\w*|\bстароват\w*", re.IGNORECASE)
# No experience said as a worry («тәжірибем жоқ», "no experience", «опыта нет»): what a vacancy asks, not experience told.
NO_EXPERIENCE = re.compile(r"\b(?:tajiribe\w*|opit\w*|staj\w*|eksperien\w*) (?:jok|net)\b|"
                           r"\b(?:bez|no|zero|vithout) (?:\w+ )?(?:opit\w*|eksperien\w*|staj\w*)|\btajiribesiz\b")
# A contract broken or ended early by the worker («расторгнуть договор», «келісімшартты бұзсам», "break the contract"):
# the rights, which say what is due and who pays the ticket home.
BREAKS_THE_CONTRACT = re.compile(r"\brastorg\w*|\bbreak\w* (?:\w+ )?(?:contract|agrement)|"
                                 r"\b(?:kelisimshart|kontrakt|dogovor)\w* (?:\w+ ){0,2}buz\w*|\bterminat\w* (?:\w+ )?contract")
# «аптасына неше күн демалыс»: rest days a week, the terms; «демалыс» alone may be the annual leave.
WEEKLY_REST = re.compile(r"\bapta\w* (?:\w+ ){0,3}demalis|\bdemalis (?:\w+ ){0,2}apta\w*")
# «(стикер с котом)»: a sticker described in words.
STICKER_DESCRIBED = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,2}(?:стикер|sticker)\w*\b[^?]*$", re.IGNORECASE)  # "(thumbs up sticker)"
# "stop" said of something else than the messages («will that stop me», "do they stop outdoor work in summer"): no alerts.
STOPS_SOMETHING_ELSE = re.compile(r"\b(?:thei|that|it|this|vil|vould|can|could|might|does)\s+stop\b|"
                                  r"\bstop (?:me|him|her|us|vork\w*|outdor\w*|them from)\b")
# Kazakh words that begin as the heat does («жарай ма», «жарамды»: fit, valid): no heat.
NOT_HEAT = ("jarai", "jaram")
# An English question by its opening word, as typed ("do they stop outdoor work", "will the company hold my passport"):
# `skeleton` drops "do" and "is".
ENGLISH_QUESTION_OPENS = re.compile(r"\s*(?:do|does|did|is|are|will|would|can|could|should|may)\s", re.IGNORECASE)
# The bot's own channel or page named beside a messenger («это ваш канал в телеграме?»): no life in Qatar asked.
THE_BOTS_OWN = frozenset("vash vashi vashe vashego sizdin sizderdin eur kanal kanali chanel bot".split())
# Applying named («как ему откликнуться», «өтінім беру», "can i apply"): the application's, whatever messenger is named.
APPLYING = ("otklik", "apli", "zaiavk", "otinim", "otinish", "aplicat")
# «не завернут» (turned away) begins as «заверять» (to certify) does: no paper certified.
NOT_CERTIFYING = ("zavern", "zavert")
# The labour book («трудовая книжка»): a paper to bring, unless the experience it records is what is asked about.
LABOUR_BOOK = ("knijk", "knijek")
EXPERIENCE = ("opit", "staj", "tajiribe", "eksperien")
# The day of the flight asked before it: the luggage allowed («сколько кг багажа», «жүк неше келі», "how many kilos on the
# plane"), what to pack («өзіммен не алайын», "what should i pack"), how early to be at the airport («әуежайға неше сағат
# бұрын», "how early at the airport"), who meets the worker there («кто нас встретит в аэропорту», "who will pick me up")
# and which money to bring («какую валюту брать»): no vacancy's card holds these, so the hotline's. Nobody come to meet a
# worker who has landed is trouble with the employer, read before.
LUGGAGE = ("bagaj", "bagaz", "chemodan", "sumk", "kladi", "lugag", "bagag", "suitcas", "kilogram")
LUGGAGE_WORDS = frozenset("kg kilo kilos keli".split())  # not «жүк»: «жүк көлігі» is a truck
PACKING = re.compile(r"\b(?:pak|pakin|paking)\b|\bne (?:\w+ ){0,1}(?:alain|alaiin|salain|alip baru|ala baru|alip bar\w*|alip ket\w*)\b")
AIRPORT = ("aeroport", "airport", "auejai", "aejai")
MET_AT_THE_AIRPORT = re.compile(r"\b(?:vstret\w*|vstrech\w*|pik me up|pik us up|pick\w* (?:me|us) up|met|mets|meet\w*|meting|kutip al\w*|karsi al\w*)\b")
HOW_EARLY = re.compile(r"\b(?:hov earli|za skolko chas\w*|neshe sagat burin)\b|\bskolko chas\w* (?:do )?(?:reis|vilet|samolet)")
CURRENCY = ("valiut", "curenc", "currenc", "dolar", "rial", "riial", "usd")
# The first pay asked after («первая зарплата когда?», «алғашқы жалақы қашан», "when do i get my first salary"): which day
# it comes is no vacancy's card's, so the hotline's, like the day of the month.
FIRST = ("perv", "algashk", "birinshi", "first")
WHEN_TYPED = frozenset("kogda kagda kashan vhen ven".split())
# The worker's own step told as come, with thanks («спасибо, виза пришла!», «визам шықты, рахмет», "visa approved, thank
# you"): thanked, no step asked after.
STEP_CAME = re.compile(r"\b(?:viz\w*|visa|vilet\w*|bilet\w*|kontrakt\w*|kelisimshart\w*)\b (?:\w+ ){0,2}"
                       r"(?:prishl\w*|prishel|gotov\w*|odobr\w*|aproved|redi|readi|ready|shikti|daiin|boldi|kel\w*|piatnits\w*|zavtra)\b")
# How the interview goes asked («что спрашивают на собеседовании», «сұхбатта не сұрайды», "what app for the video
# interview"): the hotline's, not its date.
INTERVIEW_HOW = re.compile(r"\b(?:sprashiva\w*|zadaiut|vopros\w*|suraidi|surak\w*|kuestions?|ask\w*|zum|zoom|skaip|skype|"
                           r"v?h?atsap\w*|vhatsap\w*|skipe|programm\w*|prilojeni\w*|bagdarlam\w*|ap|app|skacha\w*)\b")
WHAT_ASKED = frozenset("ne kandai chto kakie vhat".split())  # «не сұрайды»: «не» asks
# In which town the medical check is done («медкомиссию где проходить, в Алматы или в Шымкенте?», «қай қалада
# тапсырамын», «в каком месте», «қай жерде», "which clinic"): the hotline's, as where it is done with no town weighed;
# where its results are sent is a paper's («куда отправить справку»).
WHICH_TOWN = re.compile(r"\bkai kala\w*|\bkakom (?:gorode|meste)\b|\bvhich (?:citi|place|clinic|hospital)\b|\bkai jerde\b")
MEDICAL_NAMED = re.compile(r"\bmedkomis|\bmedosmotr|\bmedtekser|\bmeditsin\w* tekser|\bmedical\b(?! (?:insur|care|treat|help))")
WHERE_DONE = frozenset("gde kaida kai kaidan vhere kuda".split())
# Housing said in words, not named («где жить будем», "a place to live", «жататын орын»): a right of the contract.
HOUSING_SAID = re.compile(r"\b(?:plase|place|plais|somevhere|anivhere) (?:to )?(?:liv|stai|slep)\w*\b|"
                          r"\bvhere (?:vil |do |shal |ve |i |thei )*(?:liv|stai|slep)\b|"
                          r"\bgde (?:budem |budu |mi |ia )?(?:jit|projiva\w*|spat|jivut)\b|\b(?:jatatin|turatin) (?:jer|orin)\w*\b")
# A messenger the relative does not use, told by whoever writes for them («он в телеграме не сидит», «телеграмы жоқ»,
# "he doesnt have telegram"): why someone else writes, no question about calling home.
NOT_ON_MESSENGER = re.compile(r"\b(?:telegram|vatsap|vhatsap|votsap)\w* (?:\w+ )?(?:ne sidit|ne polzu\w*|net|jok|jogi)\b|"
                              r"\b(?:net|doesnt have|dont have|doesnt use|dont use|has no|have no) (?:\w+ )?"
                              r"(?:telegram|vatsap|vhatsap|votsap)\w*")
# Questions asked by their order in English, with no question word («am i allowed to switch», "do i need a bank account",
# "will i need...", "should we bring..."): the verb before the one it asks about.
ASKED_BY_ORDER_EN = re.compile(r"^\W*(?:am|do|did|will|would|should|shall|may|must|have|has|was|were)\s+"
                               r"(?:i|we|you|u|they|he|she|my|it|there)\b", re.IGNORECASE)
# The bot mocked with a question («ты вообще нормальный?», "are you crazy?", «сен жындысың ба»): nothing asked.
MOCKING = re.compile(r"\b(?:ti|vi|sen|eu|are eu|r eu) (?:vobshe |voobshe |chto |tam )?"
                     r"(?:normalni\w*|bolnoi|psih\w*|crazi|nuts|jindi\w*|tronut\w*)\b")
# Languages said to be all one speaks, and asked whether they are enough («я говорю только на русском, этого хватит?»,
# «тек қазақша білемін, жеткілікті ме», "i only speak kazakh and russian, is that enough"): what a vacancy needs.
ONLY = frozenset("onli tolko tek just".split())
ENOUGH = ("enoug", "enuf", "dostatoch", "hvatit", "hvatae", "jetkilik", "jetedi", "jeter")
# The employer's cheating with the pay, feared («если там обманут с зарплатой», "what if they cheat me on salary"):
# trouble with an employer, as a promise of pay too good is doubt of the bot.
IF_WORDS = frozenset("esli eger if vdrug".split())
# The pay not paid, in Kazakh's negative verbs, feared or told («жалақы төлемесе», «айлықты бермей қойса», «жалақы
# төленбесе»): trouble with an employer.
PAY_NOT_PAID_KK = re.compile(r"\b(?:jalak|ailik|aylik|zarplat|zp)\w* (?:\w+ )?(?:tolemes|tolemei|tolenbes|tolenbei|bermes|bermei|bermed)\w*")
# The results of the medical check, or a paper of it, sent on or handed in («справку куда отправить», «справку после
# медосмотра куда сдавать», "where do i send the results"): the papers' answer, which the officer gives; «меня
# отправили на медкомиссию» was sent to the check, and sends nothing on.
CHECK_RESULTS = ("spravk", "aniktam", "rezult", "result", "paper", "kagaz", "zakliuch", "dokument", "document")
# Something found at the medical check feared («если на медкомиссии что-то найдут», "what if the medical finds something").
FOUND_AT_THE_CHECK = re.compile(r"\b(?:naidut|naidet|obnaruj\w*|finds?|found|tauip)\b")
# Another vacancy applied for besides the one waited on («ещё на одну вакансию подать», «екінші вакансияға да өтінім
# берсем», "apply for another vacancy while i wait"): the application's steps, not a vacancy picked from the list.
ANOTHER_TOO = re.compile(r"\b(?:eshe|esho) (?:na )?odn\w*|\bdrug\w* vakans\w*|\banother (?:vacanc\w*|job)|"
                         r"\bekinshi vakansi\w*(?: da)? otinim|\btagi bir vakansi\w*|\bbirinshisi\b|\bpervaia zaiavk\w*|"
                         r"\bvhile (?:i )?vait\w*")
# A vacancy of the list opened («как открыть вторую вакансию из списка», «тізімдегі екінші вакансияны қалай ашамын»).
OPEN_ONE = ("otkrit", "otkroi", "ashami", "ashu", "ashain", "open", "posmotr")
# The region of the profile named in words of one's own («облысты өзгерту», «область поменять»).
REGION_NOUNS = ("oblis", "oblast", "region", "aimak", "onir")
# Good wishes at parting ("have a nice day", «хорошего вечера»).
GOOD_DAY = re.compile(r"^(?:have (?:a )?(?:nice|god|good|great) (?:dai|evening|veekend)|horoshego (?:dnia|vechera))(?: eu| to eu| vam)?$")
# Pay withheld told («зарплату так ни разу и не дали», «3 ай болды айлық жоқ», «зарплату не переводят уже месяц»).
PAY_WITHHELD = re.compile(r"\b(?:zarplat|zp|ailik|jalak|salar)\w* (?:\w+ ){0,4}?(?:ni razu ne dal\w*|ne dal\w*|ne perevod\w*)\b|"
                          r"\b(?:ai|mesiats\w*|month\w*) boldi ailik jok\b")
# A room unfit to live in («клопы», «воды нет», "bedbugs", "no water"), or an employer who does nothing about it.
SQUALOR = re.compile(r"\b(?:klop\w*|tarakan\w*|bedbug\w*|cockroach\w*|vodi net|net vodi|no vater|su jok)\b")
EMPLOYER_IGNORES = re.compile(r"\b(?:rabotodat\w*|emploier|jumis berushi) (?:\w+ ){0,2}?(?:ne reagir\w*|does nothing|ignor\w*)\b")
# An application told as made, and word of it wished for («и тишина», «хотела узнать про заявку», «соны білгім келеді»,
# "havent heard anything", "just wanna know whats going on"): its status, whatever trade it names.
WORD_OF_IT_WISHED = re.compile(r"\b(?:tishina|ni sluhu|uznat\w*|bilgim kel\w*|bilsem\w*|havent heard|not heard|heard nothing|"
                               r"vana know|vant to know)\b")


# A passport lost or stolen («потерял паспорт в Дохе», «төлқұжатым ұрланды», "my passport got stolen"): the hotline
# and the embassy's contacts, not the papers a vacancy asks for, nor a passport the employer keeps.
LOST_OR_STOLEN = re.compile(r"\b(?:poter\w*|uteri\w*|utera\w*|ukral\w*|ukrad\w*|jogalt\w*|jogaldi\w*|joiildi|urla\w*|"
                            r"lost|loose|stolen|stole)\b")
# When, in phrases («қай кезде», «қай күні», "what day"): the day a step or a pay comes.
WHEN_PHRASED = re.compile(r"\b(?:kai kezde|kai kuni|kashan|kachan|what dai|vhich dai|vhat dai)\b")
# Doha named, where the worker lands («нас в Дохе кто встретит», «Дохада бізді кім күтіп алады», "who picks us up in
# doha"): as the airport, who meets the worker there.
DOHA = ("doh",)
# The way from the airport to the housing («әуежайдан жатақханаға қалай барамыз», "how do we get from the airport"):
# no vacancy's card holds it, the hotline's.
GET_THERE = re.compile(r"\b(?:kalai (?:baramiz|baramin|jetem\w*|jetemiz)|kak (?:\w+ )?(?:dober\w*|doehat|popast)|dober\w*|"
                       r"hov (?:do |can |will )?(?:i |ve |us )?get)\b")
# How many share a room («в комнате сколько человек», «бөлмеде неше адам тұрады», "how many people share a room"): the
# hotline's, since no card says it; a room said to be crowded is a complaint (CROWDED).
ROOM_NAMED = ("komnat", "bolme", "rom", "obshejit", "obshag", "jatakhan", "jatahan")
HOW_MANY_SHARE = re.compile(r"\b(?:skolko (?:\w+ ){0,1}chelovek\w*|neshe (?:adam|kisi)|hov mani (?:people|persons|guys|men))\b")
# The interview or the medical check named: what to bring to it is the papers' answer, not the flight's packing.
CHECKS_TO_BRING_TO = ("sobesed", "suhbat", "intervi", "medkomis", "medosmotr", "medical")
# The video call named ("which app for the video call"): the interview, how it goes is the hotline's.
VIDEO_CALL = re.compile(r"\bvideo ?(?:cal\w*|zvon\w*|sviaz\w*)")
# The check's results waited for («когда будет результат медкомиссии», «медкомиссия нәтижесі қашан», "when will i get my
# medical results"): the application's step, shown in /status; where they are sent is the papers' (CHECK_RESULTS).
CHECK_OUTCOME = ("rezult", "result", "natije", "natij", "zakliuch")
CHECK_DONE_NAMED = re.compile(r"\bmedkomis|\bmedosmotr|\bmedtekser|\bmedical\b(?! (?:insur|care|treat|help))|\banaliz\w*")
SENT_WHERE = re.compile(r"\b(?:kuda|komu|kaida|kimge|vhere|vho)\b")
# What to take along to the interview or the check («сұхбатқа не алып бару керек», «собеседованиеге не алып барамын»,
# "what should i bring to the interview"): the papers' answer.
TAKE_TO_IT = re.compile(r"\b(?:ne|chto|vhat)\b (?:\w+ ){0,3}?(?:alip bar\w*|ala bar\w*|apar\w*|vziat|vzat|bring|take)\b")
STEP_CAME_ASKED = re.compile(r"\b(?:prishel|prishl\w*|gotov\w*|shikti ma|keldi me|kelip\w* be|came|ready)\b")
# A sum asked of the worker, its normality weighed («агент просит 200 тысяч, это нормально?», «дұрыс па», «қалыпты ма»,
# "is that normal", "is that right"): the answer on fees, which says no sum is. Money already paid, a fraud named, the
# ministry's name borrowed or the bot asked to be the one who wrote stays on trust.
SUM_WEIGHED = re.compile(r"\b(?:normaln\w*|normal|norm|pravilno|duris pa|durs|dirs|kalipti|is (?:that|this|it) rig?h?t)\b|"
                         # whether to pay it, asked («платить или нет?», «төлейін бе», "should i pay?")
                         r"\bplatit (?:ili )?net\b|\bplatit li\b|\bstoit (?:li )?platit\b|\btole(?:iin|in|iyn) be\b|\btoleu kerek pe\b|"
                         r"\bshould (?:i )?pai\b|\bpai or not\b|"
                         r"\bplatit$")  # «…просит 150 тысяч, платить?»
# Whether to give a sum, asked of one an agent asks it («агент 100 мың сұрап тұр, берейін бе»); unnamed, the answer on trust.
SUM_GIVEN_ASKED = re.compile(r"\bberei?in be\b")
AGENTS = ("agent", "rekrut", "recruit", "posrednik", "delda")
RECRUITERS = ("rekrut", "recruit")  # a recruiter, who is no stranger who writes
DEMANDED = ("prosit", "prosia", "trebu", "hochet", "hotiat", "suradi", "surap", "surait", "talap", "vant", "asks", "ask")
# Said beside a greeting or a goodbye and nothing else («здравствуйте ещё раз», «қайырлы таң баршаңызға», "hello again",
# «қайырлы кеш болсын», "take care, bye"): the greeting or the goodbye, though alone they are none.
GREETING_COMPANIONS = frozenset("eshe raz snova again barshanizga barshaniz barshanizdi bolsin kalaisizdar bari".split())
BYE_COMPANIONS = frozenset("take care".split())
# A step of the application said to be late («виза задерживается», «визам кешігіп жатыр», "visa delayed"): the
# application's steps, not a complaint of the employer.
DELAY_WORDS = ("zaderjiva", "zaderjal", "kechiktir", "keshiktir", "delaied")
STEPS_DELAYED = ("viz", "visa", "vilet", "bilet", "kontrakt", "kelisimshart", "medkomis")
# A relative gone to work asked after («как он там, можно узнать?», «ұлымның жағдайын қалай білемін», "how can i check on
# him"): the hotline's, which can ask the employer and the embassy; a relative out of reach is read apart (OUT_OF_TOUCH).
HOW_THEY_ARE = re.compile(r"\b(?:kak (?:on|ona) tam|kak (?:u )?(?:nego|nee) dela|uznat chto (?:s )?(?:nim|nei)|"
                          r"jagdai\w* (?:kalai|bil\w*)|chek (?:on )?(?:him|her)|hov is (?:he|she) doing)\b")
WENT_AWAY = ("uehal", "uletel", "ketti", "keti", "ketken", "vent", "left", "katar", "doh")
# Work sought with the visa only as a time («работа водителем в Дохе после визы есть?», «визадан кейін жұмыс бар ма»,
# "driver job in doha after visa"): a search, no step of the application asked after.
AFTER_THE_VISA = re.compile(r"\b(?:posle vizi|vizadan kein|vizadan keiin|after (?:the |my )?visa)\b")
WORK_SOUGHT = re.compile(r"\b(?:rabot\w*|jumis\w*|job|jobs|vakans\w*)\b(?: \w+){0,4} (?:est|bar ma|bar|estli)\b|\b\w+ jobs? \w+\b")
# Held back for a debt the employer claims («не отпускают домой, говорят должен неустойку», "they wont let me leave, they
# say i owe them money"): the employer's trouble, whoever is named.
HELD_FOR_A_DEBT = re.compile(r"\b(?:ne otpusk\w*|ne pusk\w*|vont let me (?:leave|go)|jibermei\w*)\b.*\b(?:ove|oves|doljen|doljna|"
                             r"neustoik\w*|karizmin|qariz\w*|karizbin)\b")

# A greeting that opens a question for the bot («слм, не істей аласың», "hi, what can you do").
GREETING_OPENERS = frozenset("privet salem slm salam salemetsiz salemetsizbe zdravstvuite zdraste helo hi hei hey "
                             "asalaumagaleikum asalamualeikum privetik".split())
# Coming to the bot for the first time («мен бірінші рет», «я тут впервые», "first time here"): said before asking what
# to do, it changes nothing of the question.
FIRST_TIME = re.compile(r"\b(?:(?:men|ia) )?(?:(?:tut|munda|here) )?(?:birinshi ret|pervi raz|vpervie|first time)(?: (?:tut|munda|here))?\b")
# The bot asked what it can do for the worker («чем ты можешь помочь?», "what can this thing do", «сен немен көмектесе
# аласың»): a word of what, then of being able or of helping, with only the bot or the worker beside them.
WHAT_OF_THE_BOT = frozenset("chem chto vhat ne nemen".split())
CAN_OR_HELP = ("mojesh", "mojete", "umee", "umesh", "can", "pomoch", "pomog", "komekt", "istei")
THE_BOT_OR_ME = frozenset("ti vi mne menia magan this thing bul".split())
SPEAKER_I = re.compile(r"\b(?:i|we)\b", re.IGNORECASE)  # "what can I do" asks what the worker may do
# What the bot is for («для чего этот бот», «бұл бот не үшін керек», "what is this bot for"): what it does.
WHAT_FOR = re.compile(r"\b(?:zachem|chego)\b|\bne (?:\w+ )?kerek\b")
WHAT_FOR_TYPED = re.compile(r"\bwhat(?:'?s| is) (?:this|the) bot for\b|\bне\s+үшін\b|\bne ushin\b|\bдля\s+чего\b", re.IGNORECASE)
# A past conviction said in English's short ways ("a DUI", "I have a record"): the papers, as a conviction is.
RECORD_TYPED = re.compile(r"\b(?:dui|dwi)\b|\b(?:have|has|had|got|with) (?:a )?(?:police )?record\b", re.IGNORECASE)
# Studying still («я студент», «студентпін», "I'm still at uni"): whether a student may go is the hotline's.
STUDENT = ("student", "studient")
STUDYING_TYPED = re.compile(r"\b(?:still at|studying at|in) (?:uni|university|college)\b", re.IGNORECASE)
# The pay compared with another country's («больше чем в Казахстане», "better than in Russia", «Кореяда істедім, одан көп
# төлей ме»): a word of more, and another country or a word of than; the pay of each vacancy answers it.
MORE_PAID = frozenset("bolshe vishe luchshe more beter higer kop artik jogari".split())
THAN = frozenset("chem than odan karaganda kuraganda nejeli".split())
COUNTRIES_COMPARED = ("kazah", "kazak", "rosi", "resei", "rf", "moskv", "moskve", "korei", "korea", "dubai", "turts", "turk")
EARNED = ("poluch", "zarabat", "earn", "tole", "tapt", "tabam", "aldim", "alam")
PAY_EN = frozenset("pai".split())  # "pay" as `skeleton` writes it
# Days of the week named with work («по субботам тоже работать?», "do we work saturdays") or working days counted a week
# («аптасына алты күн жұмыс па», "six days a week?"): the contract's terms, which give the week.
WEEKDAYS = ("subot", "voskres", "piatnits", "saturdai", "sundai", "fridai", "senbi", "jeksenbi")
WORKING = ("rabot", "vork", "jumis", "istei")
DAYS_A_WEEK = re.compile(r"\b(?:apta\w*|nedel\w*|veek) (?:\w+ )?(?:bes|alti|jeti|piat|shest|sem|five|siks|seven) (?:kun|dnei|den|dais)\b|"
                         r"\b(?:bes|alti|jeti|piat|shest|sem|five|siks|seven) (?:kun|dnei|den|dais) (?:v )?(?:apta\w*|nedel\w*|veek)\b")
# A public holiday named («Наурыз», «айт», "Eid", «Новый год», «мереке»): whether it is a day off there is the hotline's,
# no right of the contract nor a term of a card.
PUBLIC_HOLIDAYS = ("nauriz", "prazdnik", "mereke", "kurban", "novi god", "nov god")
PUBLIC_HOLIDAY_WORDS = frozenset("ait eid".split())
# The yearly leave said with pay («отпуск оплачиваемый?», «жылдық демалыс ақылы ма», "is the yearly leave paid"): a right.
YEARLY_LEAVE = re.compile(r"\botpusk\w*|\bjildik demalis\w*|\b(?:iearli|anual) (?:leave|vacation|holidai)\w*|\bvacation\b")
LEAVE_PAID = ("oplach", "oplat", "akili", "akisi", "paid", "unpaid", "tolen")
NOT_PAID_TOLD = re.compile(r"\bне\s+(?:оплат|заплат)|\b(?:not|never|wasn'?t|didn'?t get) paid\b|\bтөленбе|\bтөлемеді", re.IGNORECASE)
# A faith named that is not the country's («я атеист», "non muslims", «мұсылман емеспін»): custom, the hotline's.
PROBLEM = ("problem",)  # «проблем не будет?», "will that be a problem": asked, whatever its form
OTHER_FAITH = re.compile(r"\b(?:atheist|ateist|agnostic)\w*|\bnon muslim\w*|\bmusilman emes\w*")
# The ticket bought by the employer, asked («билетті жұмыс беруші ала ма», "does the company buy the ticket"): a right.
BUYS_THE_TICKET = ("ala", "alip", "aladi", "beredi", "oplach", "plat", "kupit", "pokupa", "bui", "pai", "cover")
COMPANY = ("kompani", "compani", "firm")
# Whether going is worth it at all («стоит ли ехать», "is it worth going"): no price asked, the hotline's.
WORTH_GOING = re.compile(r"\bstoit (?:li )?(?:\w+ )?(?:ehat|poehat|ekhat|ezdit)\b|\bvorth (?:it|going)\b|\bbaruga tura\b")
# What the bot does with the worker's own data («что вы с моими данными делаете», "what do you do with my personal info").
DATA_USED = re.compile(r"\b(?:chto|vhat|kuda)\b(?: \w+){0,3} (?:moi\w*|mi|menin) (?:personal |lichn\w* )?(?:dan\w*|data|info\w*|malimet\w*|derek\w*)")
# A language refused beside work asked for («работа для сварщика без английского есть?»): a search's condition.
WITHOUT_LANGUAGE = re.compile(r"\bbez (?:znania )?(?:angli|arab|iazik)\w*|\bno (?:english|arabic)\b(?= \w*jobs?)")
# Pressing in English ("where do I tap to apply", "click"): the buttons.
PRESS_WORDS = frozenset("tap clik".split())
HELPS = ("help", "pomoj", "pomog", "komektes")  # a language known «поможет?», "will it help"
WORK_NOUN = re.compile(r"\b(?:rabota|rabotu|raboti|vakans\w*|vacanc\w*|jobs?)\b")  # work asked for, not «работать»

# After applying, while waiting or travelling.
# The work gear asked to be brought along («спецовку свою брать?», «жұмыс киімін өзім алып барам ба», "bring my own work
# boots"): the hotline's, as the luggage is; the trade named in it («маску сварщика») is no search.
GEAR = ("spetsovk", "spetsodej", "kragi", "perchat", "kask", "helmet", "glove", "bots", "boots", "instrument", "tools",
        "kombinezon", "uniform", "forma")
GEAR_PHRASES = re.compile(r"\bjumis kii?m\w*|\brabochu\w* (?:odejd|obuv)\w*|\bvork (?:bots|boots|clothes)\b|\bmasku\b")
BRING_ALONG = ("brat", "vziat", "vzat", "vezti", "bring", "take", "alip", "salai", "pack")
# The flight's own details («пересадка будет?», «прямой рейс?», «из какого города вылет», "which city do we fly from"),
# medicines flown with, and a sickness before the day of the flight: the hotline's, not the flight's date in /status.
FLIGHT_WORDS = ("vilet", "reis", "fligt", "flight", "fli", "ushami", "ushar", "ushu", "samolet", "plane", "ushak")
FLIGHT_DETAILS = re.compile(r"\bperesadk\w*|\bpriam\w* reis\w*|\bdirect fligt\b|\bkai kala\w* ushami\w*|"
                            r"\bvhich citi\w* (?:\w+ )?fli\b|\bvilet (?:\w+ )?(?:almati|astani|iz)\b|\bkakogo gorod\w* vilet")
MEDICINES = ("tabletk", "lekarst", "dari", "medicine", "insulin", "pils", "pills")
FALLS_ILL = ("zabole", "zabolei", "auirip", "sik", "sick", "ill")
# What comes after landing («прилетел в Доху, куда идти», «паспорт бақылауынан өттім, енді қайда барамын», "just landed,
# where do i go now", "what do i tell immigration", a taxi or the company's bus): the hotline's; nobody met is a complaint.
LANDED_TOLD = re.compile(r"\b(?:landed|kondik|kondim|prizemli\w*|posadk\w*|keldim|keldik|pasportn\w* kontrol\w*|"
                    r"bakilau\w*|imigration)\b")
WHERE_NEXT = re.compile(r"\b(?:kaida baramin|kaida baramiz|vhere (?:\w+ )?go|kuda (?:\w+ )?(?:idti|ehat)|kak dobrat\w*|"
                        r"chto govorit|vhat tel|vhat (?:do )?sai)\b")
TAXI_OR_BUS = ("taksi", "taxi", "bus", "avtobus", "aparadi")
# The medical check done again in Qatar («в Катаре медкомиссию заново?», "do we do another medical in qatar").
DONE_AGAIN = ("zanovo", "snova", "povtorn", "kaita", "kaitadan", "again", "another")
# The qualification check or the trade test asked how it goes («проверка квалификации онлайн или ехать куда-то?», «трейд
# тест будет? что проверяют», «практикалық емтихан… не істетеді», "what do they make you do"): the hotline's, not its
# place in /status.
TRADE_TEST = re.compile(r"\b(?:treid|trade|skils?|practical|prakticheski\w*|praktikalik|kasibi) (?:test|ekzamen|emtihan)\w*|"
                        r"\bproverk\w* kvalifikats\w*|\bkualification chek\b|\bbiliktilik\w* tekser\w*|\bekzamen profes\w*")
HOW_IT_GOES = re.compile(r"\b(?:onlain|online|travel|kuda (?:\w+ )?ehat|baru kerek|kalai otedi|chto (?:tam )?proveriai\w*|"
                         r"ne istetedi|vhat (?:do )?thei (?:make|ask|check)|ne suraui|ne suraid\w*|ne tekser\w*)\b")
# The medical check's results that do not come («результаты медосмотра не приходят», «қорытындысы келмей жатыр»), or no
# word since it was done («медкомиссиядан өткеніме 10 күн, ештеме жоқ»): the application's step.
CHECK_RESULT_WORDS = ("koritindi",)
NOT_COME = re.compile(r"\bne prihod\w*|\bne prish\w*|\bkelmei\w*|\beshteme jok\b|\beshtene jok\b|\bhabar jok\b|\bnichego\b")
CHECK_DONE = re.compile(r"\b(?:medkomis|medosmotr|medtekser)\w* (?:proshel|sdal|otken\w*|otim|ottim)|\b(?:proshel|sdal) medkomis")
# A death, a funeral or a birth at home («дома умер дедушка», «жерлеуге жібере ме», «жена рожает», "for the funeral"):
# leave out of turn, which the employer and the hotline settle.
FAMILY_EVENT = re.compile(r"\b(?:umer\w*|skonchal\w*|pohoron\w*|funeral|died|kaitis boldi|jerleu\w*|karali|rojaet|rodit|"
                          r"tugali|bosan\w*|is due|dekret\w*)\b")
# The contract broken by the employer («если работодатель сам разорвёт контракт», "if the employer ends my contract"), or
# ended by leaving before its term («келісімшарт бітпей үйге қайтсам»): what is due then, the rights.
EMPLOYER_ENDS = re.compile(r"\brazorv\w* (?:\w+ )?(?:kontrakt|dogovor)\w*|\b(?:kontrakt|dogovor)\w* (?:\w+ )?razorv\w*|"
                           r"\b(?:emploier|compani|kompani|bos) (?:\w+ )?end(?:s|ed)? (?:\w+ )?contract|"
                           r"\b(?:kelisimshart|kontrakt)\w* bitpei\b|\bozi buzsa\b")
WANTS_TO_LEAVE = re.compile(r"\bhochu (?:\w+ )?(?:uehat|uiti|domoi|vernut\w*)|\bvant (?:\w+ )?(?:leave|go home|quit)\b|"
                            r"\b(?:ketkim|kaitkim) keledi\b")
# The contract's content asked («в контракте жильё указано?», "is the room part of the contract"): the rights it gives.
IN_THE_CONTRACT = re.compile(r"\b(?:kontrakte|dogovore|kelisimsharta|kelisimshartta|contract)\b")
LIVE_WHERE = re.compile(r"\bvhere (?:\w+ )?live\b|\brom\b|\bkomnat\w*|\bbolme\w*")
# The contract changed by the employer once the worker is there («могут ли поменять условия контракта», "can they change
# my contract"): the employer may not, which the rights say.
CONTRACT_CHANGED = re.compile(r"\b(?:pomeni\w*|izmeni\w*|change|ozgert\w*) (?:\w+ )?(?:uslovi\w* )?(?:kontrakt|dogovor|contract|"
                              r"kelisimshart)\w*|\b(?:kontrakt|dogovor|contract|kelisimshart)\w* (?:\w+ )?(?:ozgert|izmen)\w*")
# The ticket's cost taken from the pay («за перелёт с меня вычтут из зарплаты?»), or the flight asked as the worker's or the
# company's ("is the flight on me or on the company"): who pays for it, a right.
TAKEN_FROM_PAY = ("vicht", "uderj", "deduct", "ustap")
ON_ME_OR_THEM = re.compile(r"\b(?:me|menia|ozim|sam)\b (?:\w+ )?(?:compani|kompani\w*|rabotodatel\w*|emploier)\b")
# An officer of the ministry called about an application («можно позвонить сотруднику, который ведёт мою заявку»): the
# hotline; the ministry's phone asked in any words («министрлікке қай нөмірге қоңырау шаламын», "the ministry's phone").
OFFICER = ("sotrudnik", "oficer", "ofitser", "kizmetker", "inspektor")
PHONED = ("pozvon", "zvon", "zvan", "fone", "phone", "konirau", "telefon", "nomer", "nomir", "number")
MINISTRY_PHONE = re.compile(r"\bminist\w* (?:\w+ ){0,2}(?:fone|phone|nomer\w*|nomir\w*|number|telefon\w*)|"
                            r"\b(?:fone|phone|nomer\w*|nomir\w*|number|telefon\w*)\b (?:\w+ ){0,2}minist")
# Going back on the application after a step («можно отказаться от вакансии после медкомиссии», "can i back out").
BACKS_OUT = re.compile(r"\bbak out\b|\botkaza\w* (?:\w+ )?vakans\w*|\botkaza\w* posle\b")
# Another vacancy applied for after a test failed («трейд тесттен өтпей қалдым, басқа вакансияға берсем бола ма», "failed
# the practical test, can i try a different vacancy"), or the first application's fate asked ("what happens to my first").
OTHER_VACANCY = re.compile(r"\b(?:baska|diferent|other|drug\w*) (?:vakansi|vacanc|vakans)\w*")
FAILED = re.compile(r"\bfailed\b|\bne proshel\b|\botpei kal\w*|\bote almadi\w*|\bne sdal\b")
FIRST_ONE = re.compile(r"\bhapens (?:\w+ )?first\b|\bfirst aplication\b")
# The visa or a debt the employer says is owed holds the worker in Qatar («не выпускают, отработай долг за визу»,
# «визаның қарызын өтейсің дейді», "won't let me leave until i pay back the visa"): the employer's trouble.
HELD_IN_QATAR = re.compile(r"\b(?:ne vipuska\w*|ne otpuska\w*|shigarmai\w*|jibermei\w*|vont let me leave)\b")
A_DEBT = re.compile(r"\b(?:dolg|karizin|kariz|pai bak|ove)\b")
# The ID card kept waiting or not renewed by the employer («тянет с QID», «QID жасамай жатыр», "won't renew it").
ID_DELAYED = re.compile(r"\btianet\b|\bne prodleva\w*|\bne prodlil\w*|\bvont renev\b|\bhasnt done\b|\bekspired\b")
# A promise of pay that never comes («зарплату обещают каждую неделю и не дают», «айлық алмады», "keep promising his
# salary"): pay withheld, the employer's trouble.
PAY_PROMISED = re.compile(r"\b(?:zarplat|zp|ailik|jalak|salar)\w* (?:\w+ ){0,3}(?:obesha\w*|ne daiut|almadi|almai\w*)|"
                          r"\bpromising (?:\w+ )?salar")
# Overtime worked for nothing («за переработку ни копейки», "the extra hours are unpaid").
OVERTIME_UNPAID = re.compile(r"\b(?:pererabotk|sverhuroch|ekstra hours?|overtime)\w* (?:\w+ ){0,2}(?:ni kopeiki|unpaid|ne plat\w*)")
# The work or housing other than the contract said, told in words the older patterns miss («келісімшартта дәнекерлеуші деп
# жазылған, бірақ жүк тасытады», "hired as a welder but they make me carry blocks", "housing isn't what the contract says").
HIRED_AS_BUT = re.compile(r"\bdep jazilgan birak\b|\bhired as \w+ but\b", re.IGNORECASE)
NOT_WHAT_IT_SAYS = re.compile(r"\bisn'?t what (?:the |my )?contract says\b|\bnot what (?:the |my )?contract says\b", re.IGNORECASE)
# A passport handed in and not given back («паспорта сдали в отдел кадров, просим — не дают»).
PASSPORT_NOT_BACK = re.compile(r"\bpasport\w* (?:\w+ ){0,8}(?:ne daiut|ne otdaiut|bermeidi|ne vozvrash\w*)")
# Thanks with a wait told («благодарю за информацию, буду ждать визу», "thx for the info, i'll wait for the visa"), or a
# step done thanked («контракт подписал, спасибо», "signed the contract today, thanks").
WILL_WAIT = ("jdat", "jdu", "vait", "kutemin", "kutem", "kute")
SIGNED = re.compile(r"\b(?:kontrakt|dogovor|contract|kelisimshart)\w* (?:\w+ )?(?:podpisal\w*|kol koidim|kol koidik)|"
                    r"\bsigned (?:\w+ )?contract\b|\bpodpisal (?:\w+ )?(?:kontrakt|dogovor)\w*")
WAITED_NEWS = ("habar", "zvon", "otvet", "jauap", "mesag", "soobsh", "sobsh")
OK_WAITING_MORE = frozenset({"vaiting", "turam", "kutip", "habarlaskansha", "dojdus"})
WHOSE_NEWS = frozenset({"eur", "vashego", "vashe", "vashi", "vashu", "sizdin", "sizderdin"})  # «ваш звонок», "your message"
# How long the whole way takes, asked by one who applied ("how long does this whole thing take", «сколько это всё длится»).
HOW_LONG_IT_TAKES = re.compile(r"\bhov long (?:\w+ ){0,4}take\b|\bskolko (?:\w+ ){0,3}dlit\w*|\bkansha (?:\w+ ){0,3}sozil\w*")
# How long a wait lasts, asked («это надолго?», «қанша күтем», "how long"), after a call from the ministry told to wait.
HOW_LONG_A_WAIT = re.compile(r"\b(?:nadolgo|dolgo|skolko|skoka|kansha|uzak|hov long)\b")
# Who sees or reads what the worker wrote or keeps here («министерство видит, что я тут пишу?», «кто читает мои
# сообщения», «жұмыс беруші нөмірімді көре ме», "who sees my profile", "can the ministry see what i write"): the data's
# answer, which says who sees what. Seen by the bot's own people, an authority or an employer, or asked "who".
SEES_IT = ("vidit", "vidiat", "uvidit", "uvidiat", "chita", "prochita", "okidi", "okip", "koredi", "korip",
           "korinedi", "reads")
SEES_IT_WORDS = frozenset("kore se ses sees seen read access".split())
WRITTEN_HERE = ("soobsh", "sobsh", "habarlama", "mesag", "pishu", "pishem", "napisal", "perepisk", "jazganim", "jazgan",
                "vrite", "vrote", "chat")
KEPT_OF_ONE = ("anket", "profil", "profl", "foto", "suret", "diplom")
WHO_OR_WHOEVER = ("kto", "kim", "vho", "ministr", "ministe", "rabotodat", "emploier", "jumis ber", "agen", "kompan", "compan", "firm")
# The worker's data sold or passed to agencies («мои данные продаёте агентствам?», «деректерімді сатасыздар ма», "do you
# sell my data"), what is kept of them («что вы обо мне храните», "what you keep about me"), why the number is needed
# («для чего вам мой номер», «нөмірім сізге не үшін керек») or what becomes of the data («деректерім не болады»).
DATA_SOLD = ("prodaet", "prodaete", "prodaiut", "prodadite", "satasiz", "satip", "satasin", "satadi")
DATA_SOLD_WORDS = frozenset("sel sels seling".split())
KEPT_ABOUT_ME = re.compile(r"\b(?:hranite|hranish|saktaisiz\w*|saktaisin)\b|"
                           r"\beu (?:kep|keep|store)\b|\b(?:kep|keep|store) about me\b")
WHY_THE_NUMBER = re.compile(r"\b(?:chego|zachem) (?:vam|tebe|botu)\b|\b(?:sizge|sizderge|sagan|botka) ne kerek\b|"
                            r"\b(?:nomir|nomer|telefon|derek|malimet)\w* (?:\w+ )?ne kerek\b")
DATA_BECOMES = re.compile(r"\b(?:derek|malimet)\w* ne bolad\w*")
# The bot asked whether it still runs or is alive («бот жив?», «вы ещё работаете?», «бот тірі ме», "are you still
# working?", "is the bot alive?"): calling out, as «есть кто?» does. A live person asked for («есть кто живой?») is not.
ALIVE = ("jiv", "tiri", "alive")
STILL = frozenset("eshe ewe stil ali vse".split())
RUNS = ("rabotaet", "rabotaete", "rabotaesh", "vork", "istei", "istep", "runing", "active", "aktivn", "barsiz", "barmisiz")
YOU_OR_BOT = frozenset("bot bota vi ti eu sizder siz sen this".split())
A_PERSON = ("chelovek", "kto", "adam", "kisi", "person", "human", "someone", "somebodi", "operator")
# Come back after a long while, asking what there is now («давно вас не было, есть новые вакансии?», «көптен бері
# жазбадым», "haven't been here for a while, any new jobs?", "i'm back after six months"): the worker's list.
LONG_AWAY = re.compile(r"\b(?:davno|dolgo|sto let|polgoda|mesiats\w*|kopten beri|koptan beri|uzak uakit|biraz uakit|"
                       r"long time|vhile|months?|iears?)\b(?: \w+){0,3} (?:ne (?:bilo|bil|bila|zahodil\w*|pisal\w*|"
                       r"zaglia\w*)|jazbadim|kirmedim|kirmegen\w*|ben|havent|bak|sizder jok)\b|"
                       r"\b(?:ne zahodil\w*|ne pisal\w*|jazbadim|kirmedim) (?:\w+ ){0,2}(?:davno|dolgo|polgoda|mesiats\w*|"
                       r"kopten|koptan)\b|\b(?:vernulsia|vernulas|im bak|am bak|keldim|kaittim)\b|"
                       r"\b(?:havent|hasnt) ben (?:\w+ ){0,2}(?:vhile|long|ages)\b|\bits ben (?:a )?(?:vhile|long)\b")
RECRUITING_STILL = re.compile(r"\bnabor\w* (?:\w+ ){0,2}(?:eshe|ewe|idet|prodolja\w*|otkrit)\b|"
                              r"\b(?:stil|still) (?:hiring|recruiting|taking)\b|\bkabildau (?:ali|jur)\w*")
NOW_OR_NEW = frozenset("seichas teper nov kazir kazirgi novie novoe novih nev jana jaña".split())
# The vacancies asked to be shown («покажите вакансии», «вакансиялар көрсетіңіз», "show jobs"), with nothing else.
SHOW = ("pokaj", "korset", "shov", "skin")
# Help for one lost among the screens: the buttons gone («пропали кнопки внизу», «түймелер жоғалып кетті», "the buttons
# disappeared"), where to press («қай жерді басу керек»), something pressed by mistake («нажал не туда», "pressed the
# wrong thing"), an old person asking to be told simply («объясните попроще», «қарапайым түсіндіріңізші», "explain
# simply how to use this"), or the app set up by a grandchild and the rest unknown: what the bot does, /help.
BUTTONS_GONE = ("propal", "propad", "ischez", "jogal", "jok", "disapear", "gone", "vanish", "net")
WHERE_TO_PRESS = re.compile(r"\b(?:kuda|kai jer\w*|kaida|kai jaka|vhere|vhat)\b(?: \w+)? (?:najat\w*|najim\w*|basu|basam|"
                            r"basamin|basadi|pres|presing|tap|clik|tikat)\b")
PRESSED_WRONG = re.compile(r"\b(?:najal|najala|nagal|presed|cliked|taped|basip)\w* (?:\w+ )?(?:ne tuda|ne to|vrong|kate|"
                           r"durys emes|baska)\b|\bne tuda (?:najal\w*|nagal\w*)|\bbaska jer\w* basip\b|"
                           r"\bvrong (?:buton|thing)\b")
SIMPLY = ("poproshe", "prostom", "prosto", "karapaim", "simpl", "tusinikti", "easi")
EXPLAIN = ("obiasn", "tusindir", "eksplain", "explain", "nauchit", "uiret", "teach")
OLD_PERSON = re.compile(r"\b(?:pojil\w*|starik\w*|staria|stari|egde|kart|kartpin|babushk\w*|dedushk\w*|old (?:man|voman|person)|"
                        r"elderli|pensioner\w*|zeinetker\w*)\b")
SET_UP_BY_KIN = re.compile(r"\b(?:vnuk\w*|vnuch\w*|nemer\w*|grandson|grand?daugter|grandchild|sin|doch|ulim|kizim|son|"
                           r"daugter)\b(?: \w+){0,2} (?:ustanovil\w*|postavil\w*|skachal\w*|ornatip|ornatti|instaled|"
                           r"instal\w*|set up|downloaded)")
# Someone else signed up by the worker writing («как мне зарегистрировать сына», «баламның тіркелуіне көмектесіңіз», "how
# do i register my son"): what the bot does; each registers from their own Telegram.
REGISTERS_KIN = re.compile(r"\b(?:zaregistrir\w*|registr\w*|register\w*|tirke\w*|sign up)\b(?: \w+){0,2} "
                           r"(?:sina|sinu|sin|mamu|papu|otsa|brata|muja|jenu|doch\w*|son|mom|mum|dad|husband|vife|brother|"
                           r"sister)\b|\b(?:balam|ulim|kizim|inim|anam|akem|kuieuim|aielim)\w* (?:\w+ )?(?:tirkel|tirke)\w* (?:\w+ )?komek\w*|"
                           r"\b(?:balam|ulim|kizim|inim|anam|akem|kuieuim|aielim)\w* kalai tirke\w*")
# The worker erased as a whole, with or without a change of mind («удалите меня, я передумал», «мені өшіріп
# тастаңыз», "please delete me"): /delete, not an application withdrawn.
ERASE_ME = re.compile(r"\b(?:udal\w*|udol\w*|sotr\w*|oshir\w*|delete|remove)\b (?:\w+ )?(?:menia|meni|me)\b|"
                      r"\b(?:menia|meni)\b (?:\w+ )?(?:udal\w*|udol\w*|sotr\w*|oshir\w*)")
# An application made for someone else without Telegram («у брата нет телеграма, можно я за него подам заявку?», «інімнің
# телеграмы жоқ, оның орнына өтінім бере аламын ба», "can i apply on his behalf"): the hotline's; each applies himself.
FOR_SOMEONE = re.compile(r"\b(?:za nego|za nee|vmesto nego|vmesto nee|onin ornina|onin atinan|his behalf|her behalf|"
                         r"for him|for her|instead of him)\b")
# What to do to go, asked for oneself or a relative («сыну 25, сварщик, что ему делать, чтобы поехать», «Қатарға бару
# үшін не істеуі керек», "what should he do to go to qatar"): the steps of an application.
WHAT_TO_DO_TO_GO = re.compile(r"\bchto (?:\w+ )?(?:delat|sdelat|nujno) (?:\w+ )?chtobi (?:poehat|uehat|popast)\b|"
                              r"\b(?:baru|ketu|barui|ketui)\w* ne (?:isteu|isteui|isteuim|isteui)\w* kerek\b|"
                              r"\bvhat (?:should|must|do|does) (?:he|she|i|ve|thei) (?:\w+ )?(?:do )?(?:to )?go\b")
# What a relative of an age told should do, asked at the end ("my son is 25 and a welder, what should he do"): the steps.
RELATIVE_AGED_WHAT_TO_DO = re.compile(r"\b(?:is|aged?) (?:1[89]|[2-5]\d)\b.*\bwhat (?:should|must|can) (?:he|she) do\W*$",
                                      re.IGNORECASE)
# What must be done, asked in Kazakh without a question mark («Қатарға бару үшін не істеуі керек», «не істеуім керек»).
WHAT_MUST_BE_DONE_KK = re.compile(r"\bne (?:isteu|istei|isteim|isteui|isteuim|isteuimiz|isteuin|istesem)\w* kerek\b")
# Where one's application stands, asked outright after a story («…что с моей заявкой?», «өтінімім не болды», "what is
# happening with my application?"): the applications, whatever the story holds beside.
STATUS_ASKED = re.compile(r"\bchto (?:s )?(?:moei|moim|moe|moia)? ?(?:zaiavk|zaiavlen)\w*|"
                          r"\b(?:otinim\w*|otinish\w*) ne bold\w*|"
                          r"\bvhats? (?:is )?(?:hapening|going on)? ?(?:vith )?(?:mi|his|her) aplication\b")
# An agent, a firm or a curator checked («как проверить, что агент настоящий», «агенттің шын екенін қалай тексеремін», "how
# can i check if an agent is legit», «фирма … ваши партнёры?»): the answer on trust.
AGENT_CHECKED = re.compile(r"\b(?:agent|firm|kompani|kontor|kurator)\w*\b(?: \w+){0,3} (?:nastoiash\w*|realn\w*|shin|legit|"
                           r"real|partner\w*|seriktes\w*)\b|\b(?:vashi|vash|eur|sizdin|sizderdin) (?:partner\w*|seriktes\w*)|"
                           r"\bpartner\w* (?:vashi|vash|eur|sizdin)\b")
PAYMENT_DETAILS = ("rekvizit", "kaspi", "kart", "schet")
# What going through the bot costs («сколько стоит оформление через вас», «сіздер арқылы рәсімдеу қанша тұрады», "how much
# does it cost to go through you"): the fees.
COSTS_THROUGH_YOU = re.compile(r"\b(?:skolko|skoka|kansha|hov much)\b(?: \w+){0,3} (?:stoit|stoimost|turadi|cost|costs)\b")
THROUGH_YOU = re.compile(r"\b(?:cherez vas|cherez bot\w*|sizder arkili|siz arkili|throug eu|thru eu|oforml\w*|rasimde\w*|"
                         r"resimde\w*)\b")
# The apply button not seen («не вижу кнопку откликнуться», «өтінім беру түймесін көрмей тұрмын», "i can't see the apply
# button"): where the buttons are, not the application's steps.
NOT_SEEN = re.compile(r"\bne (?:vijou|vizhu|vidno|vidna|vidiu|nahoju|naidu)\b|\b(?:cant|dont|cannot) (?:se|find)\b|"
                      r"\bkor(?:mei|bei|inbei|inbeid)\w*|\btappa\w*|\btaba alma\w*")
DATA_PASSED = ("peredai", "peredae", "peredad", "peredat", "share", "sharing", "jiberesi", "beresi")
# An application made for someone without Telegram («у брата нет телеграма, можно я за него подам?»): the hotline's.
NO_TELEGRAM = re.compile(r"\b(?:net|nema)\w* telegram\w*|\btelegram\w* (?:net|jok|joq)\b|\bno telegram\b|"
                         r"\b(?:doesnt|dont|hasnt) (?:have )?telegram\b|\bia (?:nego|nee) (?:podam|podat|podaiu)\b")
# A spouse going to join the one in Qatar («можно ли жене поехать к мужу?», "can i join my husband there"): the family's.
SPOUSE_JOINS = re.compile(r"\b(?:poehat|priehat|uehat|perehat)\w* (?:\w+ )?(?:muju|jene|nemu)\b|"
                          r"\b(?:muju|jene)\b (?:\w+ )?(?:poehat|priehat)\w*|\bjoin (?:mi |her |his )?(?:husband|vife)\b|"
                          r"\bkuieu\w* kasina\b")
SPOUSE = ("muj", "jen", "husband", "vife", "kuieu", "aiel", "supru")
# The last sentence of a long story, when it is a question: what the story was told for.
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?…]))\s*([^.!?…]+\?+)\s*$")
# Who the trade told is of («сын сварщик», «ол аспаз», "he is a truck driver", «жиенім электрик»): the word after one of
# these, in `skeleton`'s spelling, may name the trade of the one the work is asked for. The words between are skipped.
TELLS_WHOSE_TRADE = RELATIVES | frozenset(
    "on ona ol he she hes shes ziat ziatia jien jienim plemianik plemianiku husbnd sn vnuk vnuku doch sestra sestre sister "
    "dad papa otets otsa bauirim".split())
BETWEEN_WHOSE_AND_TRADE = frozenset("is es vorks as by po rabotaet istaidi isteidi bolip u nego".split())
# Work asked for someone else («есть для него работа?», «оған жұмыс бар ма», "any vacancies for him", "what do you have
# for him», «что есть по его профессии»).
WORK_FOR_THEM = re.compile(r"\b(?:est|estli|bar|ani|have|are there)\b (?:\w+ )?(?:rabot\w*|vakans\w*|jobs?|vork|vacanc\w*|"
                           r"openings?|jumis\w*|orin) (?:\w+ )?(?:nego|nee|nemu|ogan|him|her)\b|"
                           r"\b(?:nego|nee|nemu|ogan)\b(?: \w+){0,2} (?:rabot[aiuy]?|vakans\w*|jumis\w*|orin|bar ma|ne bar)\b|"
                           r"\bvhat (?:do )?eu have (?:for )?(?:him|her)\b|\bchto est (?:\w+ )?(?:ego|ee) profes\w*|"
                           r"\best (?:\w+ )?(?:nego|nee|nih) (?:chto|chtonibud)\w*|"  # «есть для него что-нибудь?»
                           r"\bmojno (?:emu|ei|im) (?:\w+ )?(?:katar\w*|poehat\w*|ehat)\b")  # «он сварщик, можно ему в Катар?»
# A place asked for a trade in the Kazakh dative («электрикке бос орын бар ма», «svarshikterge qazir oryn bar ma»).
PLACE_ASKED_KK = re.compile(r"\b(?:bos )?orin\w* (?:\w+ )?bar\b|\b(?:bos )?orin\w* (?:\w+ )?bar ma\b|\bjumis\w* bar ma\b")
DATIVE_TYPED = re.compile(r"(?:терге|тарға|лерге|ларға|дерге|дарға|ке|ге|қа|ға|terge|targa|tarğa|lerge|larga|larğa|derge|"
                          r"darga|darğa|ke|ge|qa|ğa|ga)$")
WRITES = ("jaz", "pish", "vrit", "napis")  # «пишу за мужа», «үшін жазып отырмын», "writing for my husband"
# The words around vacancies asked for now («какие вакансии сейчас есть», «қазір қандай вакансиялар бар», "what jobs are
# there now", "any new jobs"): a word beside them other than these may name a trade, which the search reads.
VACANCIES_ASKED_AROUND = frozenset("kakie kakaia kakih est estli li bar ma ba vhat vhich are there ani is kandai dlia menia mne "
                                   "magan me u vas sizde sizderde hi privet salem zdravstvuite".split())

# ---- a worker in Qatar telling trouble, and people who are not workers from Kazakhstan ----------------------------
# A sick or injured worker told to come to work all the same («температура, а бригадир говорит выходи на работу»,
# «ауырып жатырмын, бригадир жұмысқа шық дейді», "fever and the foreman says come to work anyway"): the employer's trouble.
ILL_OR_HURT = ("zabolel", "zabolela", "bolei", "bolnoi", "bolna", "auirip", "auirdim", "temperatur", "tempiratur", "fever",
               "sik", "travm", "injur", "jarakat", "porezal")
TOLD_TO_WORK = re.compile(r"\bvihod\w* (?:na )?rabot\w*|\bidi (?:na )?rabot\w*|\bjumiska (?:shik|bar|kel)\w*|"
                          r"\b(?:come|go) (?:to )?vork\b|\bvork anivai\b|\bmakes? (?:me|him|us) vork (?:sik|il)\b")
# A limb broken or a wound at work («сломал руку», «аяғымды сындырып алдым», "broke my wrist"): an injury, whose care the
# contract gives; told with the treatment left to the worker, trouble with the employer.
LIMB_BROKEN = re.compile(r"\b(?:slom\w*|broke\w*|sindir\w*|vivih\w*) (?:\w+ )?(?:ruk\w*|nog\w*|palt?s\w*|rebr\w*|kolim\w*|"
                         r"kolimd\w*|aiag\w*|aiak\w*|arm|leg|hand|vrist|ankle|finger\w*|bak)\b|"
                         r"\b(?:ruk\w*|nog\w*|aiag\w*|aiak\w*|kolim\w*) (?:\w+ )?(?:slom\w*|sindir\w*)")
TREATMENT = ("lechen", "lichen", "treatment", "tretment", "emde", "operats", "gips")
AT_OWN_COST = re.compile(r"\bsvoi shet\b|\bza svoi\b|\bsvoimi\b|\bmi (?:oun |ovn )?cost\b|\bmi oun\b|\bmi ovn\b|"
                         r"\b(?:oun|ovn) (?:cost|pocket|monei)\b|\bozim tol\w*|\bozi(?:m|n)? (?:tole|tolei)\w*|\besebi\w*")
# Pay cut, a fine or a day's pay taken, told («срезали 300 риалов», «сняли дневную зарплату», "they cut 200 riyals"):
# trouble with the employer; «вычитают ли за жильё?» asks the pay (see DEDUCTED).
PAY_CUT_TOLD = re.compile(r"\b(?:srezal\w*|sniali|snial|urezal\w*|oshtrafoval\w*|cut|fined|kesip tasta\w*|kesti)\b")
# («налоги с зарплаты снимают?» asks the pay: the cut is told in the past)
PAY_OR_SUM = ("zarpl", "jalak", "ailik", "salar", "pai", "rial", "riial", "dolar", "tenge", "dnevn", "kunde")
# Said as the worker's own pay, and less than it was or is due («каждый раз меньше», "less every month").
EVERY_TIME = re.compile(r"\bkajdi raz\b|\bkajdi mesiats\b|\bevery (?:time|month)\b|\bar ai\b|\bopiat\b|\bvse menshe\b")
# Food that is one thing day after day («кормят одним рисом», "only rice every day", «тек күріш»).
FOOD_ONLY = re.compile(r"\b(?:odnim|adnim|odnoi|tolko|only|tek)\b (?:\w+ )?(?:ris\w*|rice|kurish|makaron\w*|hleb\w*|bread|"
                       r"kash\w*|lapsh\w*)")
# Water or a break not given in the heat («не даёт ни воды ни перерыва»), water or the shower missing in the room.
NOT_GIVEN = re.compile(r"\bne (?:dai|da)\w* (?:ni )?(?:vod\w*|pereriv\w*|otdih\w*|obed\w*)\b|"
                       r"\b(?:no|net) (?:\w+ )?(?:vater|vodi)\b|\bsu (?:\w+ )?jok\b|\bdush (?:\w+ )?(?:istemei\w*|ne rabot\w*)")
# The air conditioning not there («автобус без кондиционера»), told.
AIRCON_MISSING = re.compile(r"\bbez (?:konditsioner\w*|kondicioner\w*|kondei\w*|konder\w*|aircon\w*)|"
                            r"\bno (?:ac|aircon\w*|air condition\w*)\b")
# Long days with no day off, told of one's own work («работаем по 12 часов без выходных, это нормально?», "12 hours
# every day no day off, is that normal?", «12 часов в день и семь дней в неделю»): trouble with the employer, though
# asked whether it is normal; «работа без выходных?» asks the terms.
LONG_DAY = re.compile(r"\b(?:1[0-9]|2[0-4])\s*(?:-?\s*(?:ти|и|ь)\s*)?(?:час|ч\b|hours?|hrs?\b|h\b|сағат|sagat|saghat|saǵat)",
                      re.IGNORECASE)
SEVEN_DAYS = re.compile(r"\b(?:7|семь|seven|жеті|jeti)\s*(?:дней|days|күн|kun)\b|\bбез выходных\b", re.IGNORECASE)
OWN_WORK = ("rabotaem", "rabotaiu", "rabotaet", "isteimiz", "isteimin", "istep jatir", "vkalivaem", "pashem")
OWN_WORK_EN = re.compile(r"\b(?:ve|i|he|she|thei) (?:vork|do)\b")
# What is due at the end refused («компания говорит никаких выплат не будет», «выходное пособие бермеді», "refuses to
# pay my gratuity"): trouble with the employer.
END_PAY = ("viplat", "posobi", "gratuit", "gratuti", "kompensats", "rashet", "raschet")
END_PAY_REFUSED = re.compile(r"\brefus\w*|\bne budet\b|\bnikakih\b|\bbermed\w*|\bbermei\w*|\bne (?:dal|dali|daiut|viplat\w*|zaplat\w*)\b|"
                             r"\b(?:didnt|dont|vont|doesnt) (?:\w+ )?pai\b")
# Overtime not on the payslip, not paid («overtime is not on the payslip»), as typed: `skeleton` drops "not".
OVERTIME_NOT = re.compile(r"\bover ?time\b[^.?!]{0,20}\b(?:is not|isn'?t|not|never)\b", re.IGNORECASE)
# The passport asked back and not given («прошу отдать, а он говорит потом», "asked for it back").
PASSPORT_ASKED_BACK = re.compile(r"\b(?:prosh\w*|prosi\w*|suras\w*|suragan\w*|asked|ask) (?:\w+ ){0,2}(?:otdat|vernut|kaitar\w*|"
                                 r"bak|return)\b|\b(?:otdat|vernut)\b (?:\w+ ){0,3}potom\b")
# "stole" of "stolen" is also «столе» (a desk), as `skeleton` writes it: stolen only as typed in English.
STOLE_TYPED = re.compile(r"\bstole\b", re.IGNORECASE)
# The QID left to lapse («не продлевает», «жаңартпай жатыр»).
NOT_RENEWED = re.compile(r"\bjanart(?:pa|ma)\w*|\bne prodl\w*")
# Before the contract ends, in other words («до конца контракта», «контракт бітпей», "before 1 year").
BEFORE_THE_END = re.compile(r"\b(?:do )?kontsa (?:kontrakt|dogovor|sroka)\w*|\b(?:kontrakt|kelisimshart)\w* bitpei\b|"
                            r"\bbefore (?:\w+ ){0,2}(?:iear|iears|month|months|end)\b")
# What is paid at the end of a contract, asked («после контракта деньги в конце дают?», «кетерде қандай төлем»).
AT_THE_END = re.compile(r"\bv kontse\b|\bposle kontrakt\w*|\bkonets kontrakt\w*|\bketerde\b|\bketkende\b|\bat (?:the )?end\b")
# A sum taken and the taker gone («взял 400 долларов, а теперь не отвечает», "took 500 dollars and blocked me").
TOOK_MONEY = re.compile(r"\b(?:vzial|vziali|zabral\w*|took|tok|aldi|alip ketti|alip aldi)\b")
GONE_SILENT = re.compile(r"\bne otvecha\w*|\bpropal\w*|\bblok\w*|\bignor\w*|\bjauap bermei\w*|\bjogal\w*")
# Hours in the month of fasting, in other words («во время поста», «в рамадан работают меньше», «ramazanda tusten keiin»).
DURING_THE_FAST = re.compile(r"\bvremia posta\b|\bv post\b|\bposta\b(?= (?:chas|rabot|grafik))")
RAMADAN_LESS = ("menshe", "less", "azirak", "tust", "sokrash")
# Another trade sent than the worker's («опять пришла вакансия водителя, я же сварщик», "why do you keep sending me
# cook jobs? i'm a welder", «аспаздың вакансиясын жібере бересіңдер, мен дәнекерлеушімін ғой»): the alerts.
SENT_TO_ME = ("prishl", "prisla", "prisil", "prihod", "shlet", "shliut", "shlesh", "jibere", "jiberd", "jiberip", "sending", "sent",
              "keled", "keldi")  # "can i also send one for the cook job" sends an application: not "send"
I_AM_ANOTHER = re.compile(r"\bia (?:je|ved)\b|\bim (?:a |an )?\w+|\bi am (?:a |an )?\w+|\w+(?:min|min goi|pin) goi\b")
# Hiring asked by an employer («хотим нанять 50 сварщиков», "how can we hire Kazakh welders", «компаниямыз жұмысшы
# алғысы келеді», "I am HR manager at a hotel", "we sent a demand letter"): not a worker's question; the ministry's.
HIRES = re.compile(r"\b(?:ve|our|us|hotim|hotiat|nasha|nashei|nam|kompaniamiz|biz|bizge)\b (?:\w+ ){0,3}"
                   r"(?:naniat|nanimat|nanim|nainat|hire|jaldau|jaldag\w*)\b|"  # "are you still hiring?" asks for work
                   r"\b(?:hotim|hotiat|ve ned|ve vant|ve are loking|ned|vants?)\b (?:\w+ ){0,2}(?:rabochi\w*|vorkers|staf|"
                   r"\w*(?:ov|ei|ers|s))\b (?:\w+ )?(?:iz |from )?(?:kazahstan\w*|kazakstan\w*)|\balgisi keledi\b|"
                   r"\bdemand leter\b|\bhr (?:manager|department|ofis\w*)\b|\brazmest\w* (?:\w+ ){0,2}vakans\w*|"
                   r"\bpredstavitel\w* (?:\w+ )?kompani\w*")
# Someone of another country («я гражданин Узбекистана», "I am from Uzbekistan", «шетел азаматымын, қазақ емеспін»,
# "can foreigners living in kazakhstan use this bot"): the agreement is for Kazakhstan's citizens; the hotline says more.
FOREIGNER = re.compile(r"\b(?:uzbekistan\w*|kirgizstan\w*|kyrgyzstan\w*|tadjikistan\w*|tajikistan\w*|turkmenistan\w*|"
                       r"ozbekstan\w*|kirgiz(?:ka|ia|ii|skoi|skogo|skaia)?|tajik\w*|tadjik\w*|uzbek\w*|foreigner\w*|inostran\w*|shetel azamat\w*|"
                       r"kazak emes\w*|kazah emes\w*|ne (?:grajdanin|grajdanka) kazahstan\w*|vnj|not (?:a )?kazah\w*)\b")
# Work asked for or about in Qatar's summer by day («шілдеде күндіз», «жазда түсте жұмысқа тыйым», "summer midday break"):
# the heat and its ban, the hotline's.
SUMMER_MORE = ("shilde", "tamiz", "mausim")
MIDDAY_MORE = re.compile(r"\b(?:kundiz|dnem|midai|midda\w*|noon)\b")
BAN = ("tiim", "zaprek", "zapresh", "zapret", "ban", "break", "pereriv", "demalis", "salin")
# Sick days asked in other words («сколько дней по болезни можно не выходить»).
SICK_DAYS = re.compile(r"\bdn\w* (?:\w+ )?bolezn\w*|\bbolezn\w* (?:\w+ )?dn\w*|\bauirgan kezde\b")
# The pay a trade gets, asked in Kazakh («жүргізушілер Қатарда қанша алады»): the pay.
HOW_MUCH_THEY_GET = re.compile(r"\bkansha (?:aladi|alad\w*|tabad\w*)\b")  # «қанша уақыт алады» is how long
# A number erased («сотрите мой номер», «нөмірімді өшіріп тастаңдар», "erase my phone number"): erasing one's data.
ERASE_NUMBER = re.compile(r"\b(?:udal\w*|sotr\w*|oshir\w*|delete|erase|remove)\b (?:\w+ ){0,2}(?:nomer\w*|telefon\w*|nomir\w*|number|"
                          r"phone)\b|\b(?:nomer\w*|nomir\w*|telefon\w*) (?:\w+ ){0,2}(?:udal\w*|sotr\w*|oshir\w*)")
# The bot scolded for its answers («бот ничего толкового не отвечает», "this bot is garbage"): anger, no question.
BOT_SCOLDED = ("garbag", "musor", "trash", "tolkov")
# The bot asked whether it truly is the ministry's («этот бот правда от министерства?»): the answer on trust.
TRULY = ("pravd", "realn", "deistvit", "trul", "realy", "really", "shin", "rasimen")
# Things of the housing asked after («стиральные машины есть?», «кір жуатын машина бар ма», "is there wifi in the camp"):
# the hotline's, no right of the contract.
AMENITIES = ("stiraln", "juatin", "kirjuat", "vashing", "laundr", "holodiln", "fridg", "vaifai", "vifi", "televiz")
# What to do, asked after trouble told («…ни разу не дали, что делать», «не істеймін», "what do i do").
WHAT_TO_DO = re.compile(r"\bchto (?:mne |nam )?delat\b|\bne iste(?:imin|imiz|u kerek)\b|\bvhat (?:do|should|can) (?:i|ve)(?: do)?\b")
# Whether a relative may go, asked («can he go to qatar», «Қатарға бара ма»).
CAN_THEY_GO = re.compile(r"\bcan (?:he|she) go\b|\bbara ma\b|\bmojno (?:emu|ei) (?:\w+ )?(?:katar\w*|poehat\w*|ehat)\b")
