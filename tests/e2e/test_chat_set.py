"""The chat sets (`tests/data/chat_messages.tsv`, `tests/data/chat_messages_2.tsv`,
`tests/data/chat_messages_3.tsv`, `tests/data/chat_messages_4.tsv`, `tests/data/chat_messages_5.tsv`,
`tests/data/chat_messages_6.tsv`, `tests/data/chat_messages_7.tsv`, `tests/data/chat_messages_8.tsv`,
`tests/data/chat_messages_9.tsv`, `tests/data/chat_messages_10.tsv`, `tests/data/chat_messages_11.tsv`,
`tests/data/chat_messages_12.tsv`, `tests/data/chat_messages_13.tsv`, `tests/data/chat_messages_14.tsv`,
`tests/data/chat_messages_15.tsv`, `tests/data/chat_messages_16.tsv`,
`tests/data/chat_messages_17.tsv`, `tests/data/chat_messages_18.tsv`, `tests/data/chat_messages_19.tsv`,
`tests/data/chat_messages_20.tsv`, `tests/data/chat_messages_21.tsv`,
`tests/data/chat_messages_22.tsv`, `tests/data/chat_messages_23.tsv`, `tests/data/chat_messages_24.tsv`,
`tests/data/chat_messages_25.tsv`, `tests/data/chat_messages_26.tsv`):
messages registered workers write to the bot, each with the answer an operator of the bot would give,
written before the routing was read. Every line is sent by a fresh registered worker (a welder, with a
driver's and a cook's vacancy open) through the real dispatcher, and the reply is told apart by comparing it
with the rendered locale texts. Each set is a test of its own, held to its own floor.

The routing of chat was built from examples; these sets measure it on messages written independently.
`pytest tests/e2e/test_chat_set.py -s` prints the shares of lines answered as expected, overall, per
language and per expected answer, and the misses.

The first set (354 lines):

First run, before any fix (354 lines): 255 answered as expected, 0.720; kk 75/108 (0.69), ru 111/154
(0.72), en 69/92 (0.75). Per expected answer: search 29/29, not-understood 2/2, chat-terms 12/14, chat-profile
14/16, alerts 9/11, applications 17/20, chat-human 12/15, chat-documents 12/16, delete 6/8, help 14/19,
chat-fees 14/19, chat-thanks 13/18, rights 19/26, chat-requirements 9/13, chat-pay 11/16, chat-bye 5/7,
chat-abroad 8/12, chat-ok 8/12, chat-trust 9/15, chat-greeting 10/17, chat-more 5/9, chat-buttons 3/7,
chat-complaint 7/16, chat-contact 2/5, chat-question 5/12. Of the 99 misses, 30 were "not understood".

After the fixes: 341, 0.963; kk 105/108, ru 147/154, en 89/92; every expected answer 1.0 but chat-documents
15/16, chat-terms 13/14, chat-more 7/9, chat-question 10/12, chat-requirements 9/13 and chat-contact 2/5. Most
misses left are answers the tests pin on purpose that the set put another way: an age limit goes to the
hotline (age is not on a vacancy's card), a new phone number to /profile, «ещё вакансии» to the worker's list,
a criminal record to the documents.

The second set (330 lines: 120 ru, 146 kk of which 74 in Latin letters, 64 en) was written after the first
set's round, in another style: dictated without punctuation and with fillers («ну», «короче», «мен
негізі», "um"), Kazakh in both scripts and mixed with Russian, workers already in Qatar or about to fly,
relatives asking for a worker, one-word and emoji messages and long polite ones. First run, before any
fix: 263 answered as expected, 0.797; kk 122/146 (0.84; Cyrillic 58/72, Latin 64/74), ru 91/120 (0.76), en
50/64 (0.78). Per expected answer: alerts 11/11, applications 24/30, chat-abroad 10/10, chat-buttons 2/4,
chat-bye 5/7, chat-complaint 15/22, chat-contact 0/6, chat-documents 10/14, chat-fees 9/14, chat-greeting
12/14, chat-human 10/11, chat-more 3/5, chat-ok 10/13, chat-pay 10/11, chat-profile 6/6, chat-question 1/4,
chat-requirements 8/10, chat-terms 14/15, chat-thanks 13/16, chat-trust 6/9, delete 6/7, help 14/18, jobs
11/17, not-understood 7/7, rights 26/27, search 20/22. Of the 67 misses, 20 were "not understood".

After the second set's round: the second set 321, 0.973; kk 143/146, ru 115/120, en 63/64; every expected
answer 1.0 but chat-fees 11/14, chat-buttons 3/4, chat-human 10/11, chat-ok 12/13, chat-question 3/4,
chat-trust 8/9 and search 21/22. Three of its misses are someone who asked for money, answered on trust
(whoever asks is a fraudster) where the set wanted the answer on fees, which says the same. The first set
is now 344, 0.972 (kk 106/108, ru 149/154, en 89/92): a new phone number gets where the phone is changed.

The third set (301 lines: 110 ru, 111 kk of which 55 in Latin letters, 80 en) was written after the second
set's round, again before the routing was read: workers who already applied and wait for their contract,
visa, medical, flight or arrival, their wives and parents, angry and anxious messages, typos in chat words
(«гафик», «зарплото», "scedule"), age limits, bringing a family, diplomas and their translation, landing in
Doha with nobody to meet the worker, and ordinary searches and greetings. It expects two answers the bot
did not have: chat-age (how old a worker may be) and chat-family (whether a family may come). First run,
before any fix: 193 answered as expected, 0.641; kk 74/111 (0.67; Cyrillic 33/56, Latin 41/55), ru 67/110
(0.61), en 52/80 (0.65). Per expected answer: alerts 5/5, applications 37/46, chat-abroad 3/3, chat-age 0/22,
chat-buttons 0/1, chat-bye 2/6, chat-complaint 10/26, chat-contact 2/2, chat-documents 22/26, chat-family
0/20, chat-fees 7/10, chat-greeting 11/14, chat-human 4/8, chat-more 1/1, chat-ok 3/7, chat-pay 10/14,
chat-profile 3/3, chat-question 4/5, chat-terms 10/15, chat-thanks 10/10, chat-trust 6/7, delete 2/3, help
3/5, jobs 6/6, not-understood 2/2, rights 8/11, search 22/23. Of the 108 misses, 43 got the hotline's "I
cannot answer that" (chat-question), 14 "not understood" and 10 a search (among them «прилетел в Доху,
никто не встретил», read as a search in Doha).

After the third set's round, which gave age and family answers of their own: the third set 295, 0.980; kk
109/111, ru 107/110, en 79/80; every expected answer 1.0 but chat-fees 8/10, chat-human 5/6, chat-question
4/5, chat-buttons 0/1 and search 22/23. Two of its lines were corrected after the first run: the embassy's
phone asked for gets /rights, which holds it, where the set wanted the hotline's answer that points there
(293, 0.973, as first written). Two more of its misses are someone who asked for money, answered on trust as
in the second set; «электрикке» (to an electrician) is not read as a trade. Lines of the first two sets that
wanted the hotline on a family (6) or the requirements on age (4) now expect the new answers, and «прилетел
в Доху никто не встретил что делать» the complaint's contacts, which hold the embassy's phone; with their
labels as before, the first set is 344 (unchanged) and the second 319 (the three family lines left the
hotline's answer; «хорошо буду ждать» is now an "ok"). With the labels corrected: the first set 351, 0.992
(kk 108/108, ru 152/154, en 91/92), the second 323, 0.979 (kk 143/146, ru 117/120, en 63/64). Once the
occupation matcher read «табыла ма» as a question word, «электрикке жұмыс табыла ма» became the search it
is: the third set 296, 0.983.

The fourth set (255 lines: 90 ru, 92 kk of which 43 in Latin letters, 73 en) was written after the third
set's round, again before the routing was read: workers asking what the bot's own cards and notices mean
(«что значит проверка квалификации?», «жильё предоставляется — это бесплатно?», "what is employer review",
«тихие часы», «надбавка на жильё», the 🙈 button, the standard contract's check), how to use the bot (another
job, the alerts switched off, a trade changed or added, the applications, the account deleted), replies to
an alert or a status notice («спасибо, а когда собеседование?», "got the alert, how do I apply"), slang and
abbreviations («зп», «з/п», «общага», «вахта», «доки», «тел»), questions of one or two words («зп?»,
«бесплатно?», "accom?", "docs needed?"), Kazakh mixed with Russian («общага бар ма», «профессияны как
поменять»), and ordinary searches and greetings. First run, before any fix: 189 answered as expected, 0.741;
kk 70/92 (0.76), ru 67/90 (0.74), en 52/73 (0.71). Per expected answer: alerts 13/18, applications 27/34,
chat-age 3/4, chat-buttons 0/8, chat-bye 1/5, chat-complaint 5/5, chat-documents 8/9, chat-family 2/4,
chat-fees 11/11, chat-greeting 7/9, chat-human 6/8, chat-more 3/4, chat-ok 4/4, chat-pay 12/16, chat-profile
14/15, chat-question 4/4, chat-requirements 6/6, chat-terms 5/13, chat-thanks 5/6, chat-trust 4/6, delete
7/7, help 8/13, jobs 5/6, rights 12/22, search 17/18. Of the 66 misses, 23 got the hotline's "I cannot
answer that" (chat-question), 11 "not understood", 12 the application's steps (among them «как найти другую
работу», "contract length?" and the card's standard-contract check) and 2 a search («тел горячей линии»).

After the fourth set's round: the fourth set 250, 0.980; kk 91/92, ru 88/90, en 71/73; every expected answer
1.0 but alerts 17/18, chat-buttons 6/8, chat-pay 15/16 and rights 21/22. Left as they are: «билеты?» alone
gets the application's steps (a ticket is also the flight a worker waits for); «kalai otinim beremin» gets
the steps, as the first set wants for «қалай өтінім беремін» and "how do I apply" (how to apply from an alert
or where to press gets the buttons); "sal?" is not read as the salary («сал» is a Kazakh verb); «почему мне
пришла вакансия повара, я же сварщик» names two trades and is searched; "thx, and where is this job
located?" is thanked. The first three sets lost no line: the first is 351, the second 324, 0.982 («как
откликнуться на вакансию» now gets the buttons it expects), the third 296.

The fifth set (286 lines: 104 ru, 105 kk of which 48 in Latin letters, 77 en) was written after the fourth
set's round, again before the routing was read: money asked up front («мне агент сказал 300 тыщ за
оформление», "they asked me for 500$ for the visa, is it ok?", «визаға 500 доллар сұрады»), tickets, housing,
food, the contract's length, the medical check, languages needed, the pay in tenge, going with a friend or a
brother, age, family, women workers, distrust and anger («вы обманщики», «алдамшысыңдар»), slang («общага»,
«зп», «доки», «норм»), dictated lines, thanks joined to a question ("thx, where is this job located?"),
applying to one of a list ("i want to apply to the first one") and one-word questions («билеты?», "sal?").
First run, before any fix: 227 answered as expected, 0.794; kk 86/105 (0.82; Cyrillic 48/57, Latin 38/48), ru
82/104 (0.79), en 59/77 (0.77). Per expected answer: alerts 4/5, applications 16/17, chat-abroad 5/5, chat-age
9/9, chat-buttons 3/12, chat-bye 6/6, chat-complaint 7/7, chat-contact 4/4, chat-documents 13/16, chat-family
6/7, chat-fees 11/11, chat-greeting 10/10, chat-human 5/7, chat-more 6/6, chat-ok 6/7, chat-pay 11/16,
chat-profile 6/6, chat-question 5/6, chat-requirements 8/15, chat-terms 15/17, chat-thanks 7/9, chat-trust
13/25, delete 4/4, help 4/6, jobs 5/6, rights 30/38, search 8/9. Of the 59 misses, 12 got the application's
steps (tickets alone, applying to «вторую», money asked for a visa), 11 the hotline's "I cannot answer that",
10 "not understood", 6 a search (a trade or "agent" beside money asked) and 6 the fees.

After the fifth set's round: the fifth set 272, 0.951, and 274, 0.958, once a manager asked for beside a word
of asking («дайте номер менеджера», "I need a manager") was a person, as an operator is; kk 101/105 (Cyrillic
56/57, Latin 45/48), ru 98/104, en 73/77; every expected answer 1.0 but chat-trust 23/25, chat-requirements
10/15, chat-pay 14/16, chat-human 5/7, rights 36/38 and search 8/9. Left as they are: women asked about (4
lines) get the hotline, which a test pins since a vacancy's card has no field for it; «мне сказали, что за
визу надо заплатить 500$» gets the fees, as the second set wants for the same words; «какая зарплата у повара»
lists the cook's vacancies, whose cards hold the pay; "sal?" as in the fourth set; «а если уехать раньше
контракта», "do they give transport to work" and «daneker» are read by the occupation matcher as trades or not
(a language teacher, a transport worker; «дәнекер» cut short); «у меня нет диплома, возьмут?» gets the
documents, which also point to the card's requirements; "bul ras pa, aldap jatqan joqsyndar ma" gets the
complaint's contacts. The other sets lost no line: the first 351, the second 324, the third 297, 0.987 ("i
want to apply to the first one" now gets the buttons), the fourth 252, 0.988 («билеты?» alone now gets the
rights, "thx, and where is this job located?" the buttons).

The sixth set (271 lines: 97 ru, 110 kk of which 49 in Latin letters, 64 en) was written after the fifth set's
round, again before the routing was read: follow-ups to the bot's own replies («а если нет?», «а это сколько в
тенге будет?», «а где эта кнопка?»), workers already in Qatar (a passport kept, wages unpaid, overtime, a doctor
refused, no day off, the air conditioning broken, going home early), relatives writing for a worker, questions
about the bot itself (is it free, who made it, is my data safe, why did you write to me), replies to an alert
(«не интересно», «уже нашёл работу», «мен аспаз емеспін, неге жібердіңдер»), dictated stories of more than
thirty words, Kazakh mixed with Russian, Latin Kazakh without its letters, emoji, rude and joking lines. First
run, before any fix: 202 answered as expected, 0.745; kk 87/110 (0.79; Cyrillic 48/61, Latin 39/49), ru 69/97
(0.71), en 46/64 (0.72). Per expected answer: alerts 10/30, applications 17/18, chat-age 5/5, chat-buttons 1/2,
chat-bye 2/4, chat-complaint 27/39, chat-contact 4/4, chat-documents 6/6, chat-family 4/4, chat-fees 10/11,
chat-greeting 5/5, chat-human 10/12, chat-ok 8/8, chat-pay 4/4, chat-profile 4/6, chat-question 6/15,
chat-requirements 4/4, chat-terms 9/9, chat-thanks 8/9, chat-trust 4/17, delete 4/4, help 8/8, jobs 0/1,
not-understood 10/12, rights 20/22, search 12/12. Of the 69 misses, 17 were "not understood", 15 the hotline's
"I cannot answer that" and 11 a search (a trade named in a reply to an alert, a doctor refused).

After the sixth set's round: the sixth set 254, 0.937; kk 108/110 (Cyrillic 60/61, Latin 48/49), ru 86/97, en
60/64; every expected answer 1.0 but chat-question 7/15, chat-profile 4/6, chat-trust 15/17, chat-complaint
38/39, chat-thanks 8/9, not-understood 10/12 and jobs 0/1. Most misses left are answers the tests pin on
purpose that the set put another way: «что мне теперь делать», "so what do I do now?", «??» and «???» get the
help, "❤️" an "ok"; sick leave gets the rights (medical care) where the set wanted the hotline. Others are the
search's to read: «в договоре было 1800 риалов а платят 1200» is searched at that pay, «а если нет?» as a
trade, «а другие вакансии есть кроме этих?» is not read as the worker's list, and a dictated line that names a
trade in its first hundred characters («мен дәнекерлеушімін … виза үшін 300 мың сұрады») or a trade to add to the
profile is searched. "someone … said he is from the ministry and i need to pay 400 dollars" gets the fees, as
the second and fifth sets want for such words. The other sets lost no line: the first 351, the second 324, the
third 297, the fifth 274; the fourth gained «почему мне пришла вакансия повара я же сварщик», now the alerts it
expects (253, 0.992).

The seventh set (299 lines: 42 ru, 209 kk of which 88 in Latin letters, 48 en) was written after the sixth set's
round, again before the routing was read, Kazakh-heavy: Cyrillic with and without its letters, the 2021 Latin
alphabet («Jalaqy qanşa?») and Latin as typed on a keyboard («zhalaqy qansha», «rakhmet»), particles and spoken
forms («білесіз бе», «айтыңызшы», «не істеймін», «жоқ па», «ше», «ғой»), Russian words inside Kazakh sentences
(«стаж керек пе», «овертайм»), and complaints with the pay promised and paid («келісімшартта 1800 еді, 1200 төлеп
жатыр»). First run, before any fix: 266 answered as expected, 0.890; kk 182/209 (0.87; Cyrillic 106/121, Latin
76/88), ru 40/42, en 44/48. Per expected answer: alerts 9/9, applications 12/12, chat-abroad 5/5, chat-age 10/11,
chat-buttons 0/3, chat-bye 6/6, chat-complaint 15/21, chat-contact 4/5, chat-documents 17/17, chat-family 6/9,
chat-fees 19/21, chat-greeting 14/15, chat-human 9/12, chat-more 1/3, chat-ok 9/9, chat-pay 17/18, chat-profile
8/8, chat-question 4/5, chat-requirements 10/12, chat-terms 18/20, chat-thanks 11/12, chat-trust 15/16, delete
4/4, help 7/9, jobs 7/7, not-understood 2/2, rights 18/19, search 9/9. Of the 33 misses, 12 got the hotline's "I
cannot answer that", 7 the application's steps, 5 "not understood" and 2 a search.

After the seventh set's round: the seventh set 293, 0.980; kk 205/209 (Cyrillic 118/121, Latin 87/88), ru 41/42,
en 47/48. Left: two lines of money asked get the answer on trust where the set wanted the fees, as in the earlier
sets; «демалыс жоқ па?» is read as days off missing (a complaint), not the terms; «ватсапқа жазсам бола ма,
менеджердің номері бар ма» gets the hotline; "contract said 1800 but they pay 1200" is searched at that pay, the
search's to read; «сколько стоит жизнь в Катаре?» gets the fees. No line of the other six sets changed.

The eighth set (271 lines: 108 ru, 98 kk of which 34 in Latin letters, 65 en) was written after the seventh
set's round, again before the routing was read: workers mid-application telling their step in their own words
(«собес был по зуму», «рассмотрение работодателем», «медкомиссиядан өттім», «ұшатын күнім қашан», "contract is
come, i must sign where?"), after a refusal («почему отказали?», «маған неге бас тартты», "i was rejected what i do
now", «меня не выбрали, покажите другие вакансии»), on arrival (nobody there, no housing, other work than the
contract's), the alerts and the list asked about in passing, two sentences of which one is the point («Я уже
отправил заявку. Когда ответят?»), dictated lines, emoji and repeated letters («спасибоооо», «когдааа уже
вылет»), Kazakh mixed with Russian («визам готов па», «отказ келді почему») and English from non-native speakers
("employer is accept me, what is next step"). First run, before any fix: 215 answered as expected, 0.793; kk
79/98 (0.81; Cyrillic 51/64, Latin 28/34), ru 85/108 (0.79), en 51/65 (0.78). Per expected answer: alerts 14/15,
applications 68/82, chat-abroad 3/3, chat-age 6/6, chat-buttons 3/6, chat-bye 2/3, chat-complaint 12/18,
chat-contact 3/3, chat-documents 11/11, chat-family 6/6, chat-fees 6/12, chat-greeting 3/4, chat-human 7/7,
chat-more 2/4, chat-ok 3/6, chat-pay 6/6, chat-profile 4/4, chat-question 0/6, chat-requirements 5/6, chat-terms
9/9, chat-thanks 8/9, chat-trust 5/5, delete 4/4, help 4/4, jobs 2/12, rights 9/10, search 10/10. Of the 56
misses, 14 got the hotline's "I cannot answer that" (most of them a refusal), 7 "not understood" and 5 a search.

After the eighth set's round: the eighth set 256, 0.945; kk 95/98 (Cyrillic 63/64, Latin 32/34), ru 99/108, en
62/65; every expected answer 1.0 but chat-question 0/6, chat-fees 8/12, jobs 10/12, chat-buttons 5/6, chat-ok
5/6 and rights 9/10. Left: four lines of money asked get the answer on trust where the set wanted the fees, as
in the earlier sets; what is asked at an interview, what to take on the flight and applying again after a
refusal get the application (or, for "what i need to bring", the documents, as the first set pins) where the
set wanted the hotline; «ураааа визу одобрили» gets the application rather than an "ok"; «Контракт прислали на
английском … можно на русском?» is read as a language required; «а там по прилёту кто встречает?» is searched
(the occupation matcher reads «встречает» as a receptionist's); «в списке всего две вакансии, больше нет
ничего?» and «вы вчера присылали вакансию она еще открыта?» are not read as the worker's list; «basqa
vakansiyaga otinim bersem bola ma» gets the application. No line of the other seven sets changed.

The ninth set (272 lines: 95 ru, 97 kk of which 35 in Latin letters, 80 en) was written after the eighth set's
round, again before the routing was read, on what the other sets hold least: workers already in Qatar (a
contract ending or renewed, another employer, end-of-service pay, late pay, overtime, sick leave, the midday heat,
the residence card, going home, a friend to bring), questions about a vacancy before applying (is the employer
reliable, may I apply to two, does the pay hold housing, what "transport provided" means), workers who lost track
(what they applied for, a new phone, starting over), and forwarded ads and links («Пересланное сообщение: …
Это от вас?», «t.me/… канал сендер ме», "saw a page on instagram, are they with you?"). First run, before any
fix: 170 answered as expected, 0.625; kk 63/97 (0.65; Cyrillic 39/62, Latin 24/35), ru 59/95 (0.62), en 48/80
(0.60). Per expected answer: alerts 3/3, applications 19/25, chat-abroad 2/2, chat-age 1/3, chat-buttons 0/2,
chat-bye 3/3, chat-complaint 22/37, chat-contact 6/7, chat-documents 5/5, chat-family 3/3, chat-fees 5/9,
chat-greeting 4/5, chat-human 3/3, chat-ok 3/3, chat-pay 5/11, chat-profile 4/4, chat-question 28/52,
chat-requirements 2/2, chat-terms 13/14, chat-thanks 4/4, chat-trust 8/21, delete 2/3, help 0/5, jobs 2/3,
not-understood 2/2, rights 12/32, search 9/9. Of the 102 misses, 22 got the application's steps (a contract
renewed or ended, the residence card, a licence exchanged: «контракт» and «Катар» read as the steps), 14 the
hotline's "I cannot answer that", 10 a search, 9 the rights, 9 the fees and 8 "not understood".

After the ninth set's round: the ninth set 256, 0.941; kk 92/97 (Cyrillic 58/62, Latin 34/35), ru 90/95, en
74/80; every expected answer 1.0 but chat-question 45/52, chat-fees 5/9, chat-pay 7/11 and delete 2/3. Left:
sick leave asked about (4 lines) gets the rights, as a test pins since the sixth set; four lines of money asked
on a site or in a forwarded ad get the answer on trust (or, for "asks 300 dollars", the pay in a currency) where
the set wanted the fees, as in the earlier sets; a sum in riyals asked whether it holds housing or food («1800
риалов это вместе с жильём?», "is 1800 QAR with accommodation") is searched at that pay, the search's to read; «можно
поехать вместе с другом? он тоже сварщик», "do people work outside at midday in summer?" and "please delete my
account, I will register again" are searched, the occupation matcher reading a trade in them. No line of the other eight sets
changed but two of the second set's, «зарегистрирую брата», which the set wants for the hotline and which now get
the help where they got the profile.

The tenth set (270 lines: 100 ru, 90 kk of which 35 in Latin letters, 80 en) was written after the ninth set's
round, again before the routing was read: women workers and families (a nanny, a maid, a nurse; «можно мужу поехать со
мной», a wife asking for her husband, pregnant, safe for a woman alone), faith and daily life in Qatar (Ramadan's
hours, Friday, prayer, halal food, a mosque, Eid, alcohol, what to wear, the heat and the midday ban), the money
around the pay (sending it home, a bank card or cash, the day it is paid, the rate in tenge, taxes, money to take
along, deductions), messages typed in a hurry (no space after a comma, capitals, dictated, emoji, two questions in
one) and replies to the bot's own words («а это что значит?», «иә», «да», "ok and then?", «не поняла»). First run,
before any fix: 178 answered as expected, 0.659; kk 59/90 (Cyrillic 37/55, Latin 22/35), ru 66/100, en 53/80. Per
expected answer: alerts 4/4, applications 13/17, chat-age 0/2, chat-buttons 1/2, chat-bye 3/4, chat-complaint 8/14,
chat-contact 3/3, chat-documents 3/3, chat-family 11/12, chat-fees 1/4, chat-greeting 5/6, chat-human 3/4, chat-ok
6/14, chat-pay 16/23, chat-profile 2/2, chat-question 38/73, chat-terms 10/14, chat-thanks 12/12, chat-trust 3/4,
delete 2/2, help 4/17, jobs 4/5, rights 6/6, search 20/23. Of the 92 misses, 16 were "not understood", 15 the
rights (a mosque or air conditioning by the housing, halal food as the food given), 11 the hotline's answer, 10 the
pay, 10 the fees and 6 a search.

After the tenth set's round: the tenth set 256, 0.948; kk 86/90 (Cyrillic 53/55, Latin 33/35), ru 94/100, en 76/80;
every expected answer 1.0 but chat-age 0/2, chat-fees 2/4, help 14/17, chat-pay 21/23, applications 16/17,
chat-complaint 13/14, chat-human 3/4, chat-question 72/73 and search 22/23. Left: two questions in one message get
the answer of the rule that comes first, not of the question asked first (the pay and the housing, the age and a
wife); money asked for a visa gets the answer on trust where the set wanted the fees, as in the earlier sets; «а
дальше что?» and «әрі қарай не болады?» get the application's steps, as the first set wants for «что дальше?»; a
son out of touch gets the hotline, as the sixth set wants. A trade's pay asked («сколько платят водителям») now gets
the pay's answer whether or not the trade has a vacancy open, as the search set and the fifth set want: the first
set's line says so now (351 with it, 350 as it was), and the fifth set gains «какая зарплата у повара» (275, 0.962).
No line of the other sets changed.

The eleventh set (270 lines: 100 ru, 90 kk of which 35 in Latin letters, 80 en) was written after the tenth set's
round, again before the routing was read: two or three questions in one message («сколько платят и жильё дают?»,
"thanks! when will i fly? who pays the ticket?"), labelled with the answer to the first asked; feelings (anger,
fear, despair, gratitude, emoji alone, capitals, «блин», «капец»); relatives writing for a worker, among them one
already in Qatar; follow-ups to the bot's answer («а если нет диплома?», "and if I'm 50?", «ал тегін бе?»); very
short or broken messages («ау», «чё», «алло», "hellooo", «...») and Kazakh mixed with Russian. First run, before any
fix: 185 answered as expected, 0.685; kk 65/90 (Cyrillic 41/55, Latin 24/35), ru 63/100, en 57/80. Per expected
answer: alerts 6/6, applications 27/30, chat-age 7/18, chat-buttons 0/1, chat-bye 4/4, chat-complaint 19/24,
chat-contact 5/5, chat-documents 12/13, chat-family 4/8, chat-fees 8/9, chat-greeting 2/11, chat-human 7/12, chat-ok
1/2, chat-pay 9/14, chat-profile 2/2, chat-question 5/12, chat-requirements 8/8, chat-terms 13/14, chat-thanks 8/12,
chat-trust 4/9, delete 3/3, help 8/18, jobs 1/6, not-understood 10/10, rights 12/19. Of the 85 misses, 17 got the
hotline's answer, 16 "not understood" (calls such as «ау», «алло», «чё»), 9 the application's steps and 8 the fees.

After the eleventh set's round: the eleventh set 220, 0.815; kk 80/90 (Cyrillic 49/55, Latin 31/35), ru 76/100, en
64/80. The first question of several is answered (the message is cut after its first question, at a question mark
or at «и», «және», "and" between two questions); hearts alone thank; a relative asked about alone («а жена?») gets
the family's answer. Left: a stated age with a trade («пишу за отца, ему 58, он каменщик, возьмут?») is searched;
asking for any work in despair («помогите, очень нужна работа, любая») gets the help, not the list; «понял, а
дальше?» gets the steps, as the first set wants for «что дальше?»; a son's contract ended with no ticket home gets
the rights (the ticket is the employer's). The tenth set gains three lines (259), the sixth one (256, "❤️" now a
thank-you, which a unit test pinned as an "ok"); no line of the other sets changed.

The twelfth set (270 lines: 100 ru, 90 kk of which 35 in Latin letters, 80 en) was written after the eleventh set's
round, again before the routing was read: ages and health stated or asked («мне 52, возьмут?», diabetes, a
disability), desperate pleas for any work, capitals and rude messages, questions about the bot's own behaviour
(alerts that stopped, a vacancy gone, a refusal, the language), workers back home after a contract, and Kazakh in
both alphabets mixed with Russian. First run, before any fix: 155 answered as expected, 0.574; kk 49/90 (Cyrillic
29/55, Latin 20/35), ru 59/100, en 47/80; the pleas for work (jobs 0/35), the age (15/31), the hotline's answer for a
health condition (17/39) and nobody answering (chat-human 4/15) were missed most. After its round: 230, 0.852; an age
told with a chance asked, a health condition, work asked for in need, a vacancy gone and a worker back home to go
again get their answers (see docs/evaluation.md). The eleventh set gains eight lines (228), the tenth one (260), the
third one (298); no line of the other sets changed.

The thirteenth set (270 lines: 110 ru, 80 kk, 80 en) was written after the twelfth set's round, again before the
routing was read: life after arrival in Qatar (a SIM card, a bank and the salary card, the QID, falling ill, the
room, food, the bus to the site, money sent home, the heat), Russian and Kazakh in Latin letters, Kazakh mixed with
Russian, dictated run-on messages, the bot's notifications, a worker's wife or mother, very short replies. First run,
before any fix: 192 answered as expected, 0.711; kk 57/80, ru 78/110, en 57/80; a SIM card or a bank searched as a
trade, complaints told in passing, notifications minded and short replies were missed most. After its round: 262-263,
0.970-0.974 (see docs/evaluation.md). The ninth set gains five lines (263: sick leave gets the hotline), the eleventh
three (231), the sixth two (259); no line of the other sets changed.

The fifteenth set (220 lines: 90 ru, 80 kk of which 35 in Latin letters, 50 en) was written after the fourteenth set's
round, again before the routing was read: people still deciding whether to go and their families (safety, the heat,
prayer, halal food, women, the contract's language, whether the bot is official or a broker, money demanded by
strangers), the bot's own buttons and commands asked in words, questions out of the bot's scope (the weather
tomorrow, football, the dollar's rate, a joke), anger, emoji, dictated run-ons and Kazakh mixed with Russian. First
run, before any fix: 146 answered as expected, 0.664; kk 56/80, ru 56/90, en 34/50; what the bot does for a question
out of its scope (help 6/25), the hotline's answer (47/72) and the answer on trust (22/34) were missed most. After its
round: 218, 0.991 (see docs/evaluation.md); the third, sixth, eighth and twelfth sets gain a line each, the eleventh
two; no line of the other sets changed.

The sixteenth set (220 lines: 90 ru, 60 kk of which 16 in Latin letters, 70 en) was written after the fifteenth set's
round, again before the routing was read: workers already in the process or already in Qatar (a visa awaited for
weeks, a medical failed, the job changed by the employer, the pay late, the passport kept, another employer or home
early, a colleague's trouble, the contract's end and the ticket home), things the bot cannot do (call me, send my CV
to the employer, book a ticket, lend money), two topics in one message, short replies out of context («и что»,
"ok then", «жақсы»), dictated lines without punctuation, and sarcasm and complaints about the bot itself. First run,
before any fix: 146 answered as expected, 0.664; kk 41/60, ru 56/90, en 49/70; the hotline's answer for a medical
failed or another employer (9/22), the complaint's contacts (36/52), help for what the bot cannot do (5/13) and
"not understood" for complaints about the bot (3/10) were missed most. After its round: 200, 0.909; kk 57/60, ru 81/90,
en 62/70. A medical failed gets the hotline; dismissal, the work changed, pay cut and a promise of the contract withheld
the complaint's contacts; a call, a CV passed on, a loan or a ticket asked of the bot the hotline's people, the steps of
an application, what the bot does and the rights, and none of them is searched; a visa told as not come yet the
application. Left: «ты меня не понял» and the like get the help where the set wanted "not understood", sarcasm is not
read, money asked for a visa gets the answer on trust as in the earlier sets, two questions without a question mark get
the first rule's answer, and an X-ray, a job "here in Doha" or a medical insurance card are searched. The second set
gains «это министерство или частная контора» (325), the twelfth «айлықты ұстап қалды» (233); no line of the other sets
changed.

The seventeenth set (220 lines: 84 ru, 72 kk of which 20 in Latin letters, 64 en) was written after the sixteenth
set's round, again before the routing was read: relatives asking for a worker (a nephew of 17, an uncle of 61, a
sister who is a nurse, a husband's application), questions before applying (the youngest age, women drivers, what
is forbidden in Qatar, cooking in the housing, a vegetarian, Ramadan's night shifts, the weekly day off, fees on
money sent home, learning English, Arabic), the bot itself (who sees my data, my IIN passed on, how you got my
number, a subscription, talking in Kazakh, the bot writing in the wrong language), confusion and anger, dictated
run-ons, emoji and a sticker put in words, one-word replies («нет», «жоқ», "nope", «принято»), greetings late at
night or at dawn, thanks in many ways («дай Аллах вам здоровья», "tysm", «алғысымды білдіремін») and warnings of
someone selling places or visas. First run, before any fix: 136 answered as expected, 0.618; kk 47/72, ru 51/84, en
38/64; the greetings (0/9), the answer on trust (15/30), the hotline's answer (16/30), thanks (7/14) and one-word
replies (chat-ok 11/18) were missed most.

After the seventeenth set's round: 217, 0.986; kk 71/72, ru 83/84, en 63/64. Two of its lines were corrected after the
first run: a sticker put in words expects the "ok" the bot gives a real sticker. The worker's own data asked about (who
sees it, why the phone is needed, how the number was known, whether it is safe) now has an answer of its own, chat-data:
what the bot keeps, who sees it, /profile and /delete; nine lines of this set and six of the sixth that wanted the
answer on trust expect it. A bare no, a greeting that excuses the hour or says where from, a blessing, a relative's age
(«ему 17», «дяде 61 год», «інім 17-де»), an age feared to bar the worker at any length, money asked by a stranger or
places sold, erasing one's data with a change of mind, the bot asked to talk in a language, a language to learn,
Ramadan's hours, what the law there forbids, cooking one's own food, the Kazakhs living there, what a woman may do
there and medical insurance get their answers, the last five without a search of the trade they name; the bot told it
does not understand, or asked the same thing a third time, is not understood. Left: «я женщина, работала продавцом, для
женщин там вообще что-то есть?» is searched for the salesperson it names, «қарындасым тігінші, оған Қатарда жұмыс бар
ма» is not searched (the tailor is not named surely), and "writing for my dad, which documents..." is searched for a
writer. The other sets: the first gains "what about medical insurance" (351), the sixteenth "the company put me as a
cleaner but my contract says driver" and six lines of a bot told it does not understand (206), the twelfth nine (242:
the bot told it does not understand or is useless, its language asked of it or by its messages, "you're all liars", a
status unchanged, thanks in Kazakh), the eleventh three relatives' ages (236), the fourteenth a call in the ministry's name and «нужен диплом или
хватит корочки» (172); no line of the others changed.

The eighteenth set (233 lines: 84 ru, 84 kk of which 41 in Latin letters, 65 en) was written after the seventeenth
set's round, again before the routing was read: workers who applied and wait («ну что там по моей заявке слышно»,
"will they call me or message me here", «ойымнан айныдым»), the family left at home (a wife and children brought over, a
mother, money sent home, the leave home and how often), complaints naming the employer or the agency («Gulf Haulage
третий месяц задерживает зарплату», an agency gone silent with the money, a firm calling itself the bot's partner),
health and faith (the medical check, a disease, Ramadan, prayer, a Christian worker), the bot's commands asked in words
(the applications, the alerts, the rest of a list, the commands), dictated run-ons of several questions, signs alone
(«🫡», «🤲», «🥰», «👋😊») and Kazakh in Latin letters. First run, before any fix: 177 answered as expected, 0.760; kk
74/84, ru 58/84, en 45/65; the hotline's answer (29/40), the family (10/15), the rights (10/16), thanks in signs (4/9)
and the long run-ons ("not understood") were missed most.

After the eighteenth set's round: 228, 0.979; kk 82/84, ru 82/84, en 64/65. Signs of a salute, of hands raised in prayer
or of love, a smile beside a sign; an application told as made in a long story, a family brought or the leave asked in
one; an agency gone silent with the money or borrowing the bot's name, phones taken and half the pay paid; what the
medical check tests and a disease named beside it; a child's age beside the family brought, a parent brought over, how
often home, a relative's illness; the commands, one's rights, the rest of a list and the list again asked in words; a
wait said with an "ok", being selected, an application stopped, a penalty for a change of mind and whom to call get their
answers. Left: where the medical check is done gets the documents, as the fifth, eighth and sixteenth sets want, where
this set and the fourteenth wanted the hotline (four lines); a flight date moved for Ramadan gets the application. The
seventeenth set gains «я женщина, работала продавцом, для женщин там вообще что-то есть?» (a woman's past trade is told,
not searched) and "writing for my dad, which documents..." (who writes for whom is no writer) (219), the twelfth
«медкомиссия что проверяет? кровь, рентген?» (243); no line of the others changed.

The nineteenth set (234 lines: 77 ru, 91 kk, 66 en) asks what comes before leaving: the papers (a passport's validity,
an apostille, a police certificate or a past conviction, a medical certificate, photos, translations, the labour book,
vaccinations) and who pays for them, money for the road (the ticket, the visa, an agency asking for money, a salary
advance), the contract's terms asked ahead (overtime, days off, the summer heat, sick leave, its end or breaking it, the
passport kept), who may go (age, women, no English, no experience, a record, a condition of health), life there (the
weather, food and its cost, Ramadan, a SIM card, money and calls home) and greetings, thanks, rudeness, signs and one-word
replies. First run, before any fix: 163 answered as expected, 0.697; kk 68/91, ru 58/77, en 37/66; the papers (32/48),
the hotline's answer (40/62), the rights (14/23) and the fees (7/13) were missed most.

After the nineteenth set's round: 228, 0.974; kk 90/91, ru 75/77, en 63/66. Photos, an apostille, a notary, a
translation, the labour book, vaccinations and a conviction are the papers (and whose expense they are the fees'); a
salary advance, calling home and the messengers, what life costs, eating or fasting in Ramadan and a condition of health
(glasses, kidneys, heart) get the hotline and are never searched; the passport asked about before it is taken, a contract
broken early and a bonus at its end get the rights, who pays for the visa the fees; sick pay cut when ill, rest days a week, overtime typed «сверурочные»,
«рамзан» hours, no experience, an age about to be reached or "too old", "does that stop me" (no alerts), «есть кто?»,
"good afternoon", «бауырлар», «ладушки», "nah" and a sticker described in words get their answers. Left: money asked by
someone, with "should I pay?", gets the answer on trust where the set wanted the fees (four lines; both say never to
pay), "never worked officially" is read as a question of trust, "visa fea" is not read as a fee. The eleventh set gains
"what if i have a criminal record", a passport asked about with a call home and "anyone there?" (239; "HELLO???
ANYONE???", which wants the hotline's people, is now greeted where it got the hotline's answer), the fourteenth «тәжірибем жоқ өтінім
берсем бола ма» (173), the seventh «сколько стоит жизнь в Катаре?» (295); no line of the others changed.

The twentieth set (253 lines: 86 ru, 97 kk, 70 en) follows the weeks after an application: where it stands, asked every
way («ну что там по моей заявке», «өтінішім қайда», "any news?") and told at length, a contract or visa that takes long,
the video interview, the medical check, a change of mind, a second vacancy applied for, the day of the flight (luggage,
packing, who meets the worker at the airport), the first days in Qatar (the ID card, a bank card, a SIM, the first pay),
complaints, thanks and goodbyes, and searches and changes of the profile that look like them. A change of the profile
that names its new value («переехал в Алматы, регион поменять надо», "update my experience, i have 8 years now") expects
the change itself ("profile-change": the bot offers to save it), not the canned answer on the profile. First run, before
any fix: 177 answered as expected, 0.700 (185 once nine of its lines, first labelled with the canned answer on the
profile, expected the change the brief asks for); kk 71/97, ru 62/86, en 44/70; the hotline's answer (29/59), the profile
(4/14), the applications (81/98) and the thanks (7/12) were missed most.

After the twentieth set's round: 242, 0.957; kk 93/97, ru 82/86, en 67/70. Luggage, packing, how early to be at the
airport, who meets the worker there and which money to bring, the first pay awaited, what the interview asks or which
program it runs in, and the town of the medical check get the hotline and are never searched; a step thanked for as it
comes («виза пришла, спасибо») is thanked; another vacancy applied for while one is waited on gets the steps, a vacancy
opened by its place in the list the buttons; pay withheld for months, bugs or no water in the room and an employer who
does nothing are complaints; an application made with "any news" or «и тишина» is its status, not a search for its trade.
Left: where the medical check is done with no town weighed gets the papers (as the fifth, sixteenth and nineteenth sets
want; the fourteenth and this one want the hotline), «деректерімді толық өшіріңіз, бармаймын» and "a bank account for my
salary" are searched, «передумал, хочу работать поваром, есть такие вакансии?» gets the steps. The eighth set gains what
the interview asks (259), the eleventh «визу одобрили!!! спасибо» (240), the twelfth something found at the medical (244),
the fourteenth luggage, the first pay, the interview and the medical's town (179), the eighteenth the medical's town (231);
no line of the others changed.

The twenty-first set (254 lines: 85 ru, 85 kk, 84 en) holds the worries of a worker and the family before applying and
while waiting: is it real or a scam, is it free, who pays the ticket, a criminal record, no passport, an age of fifty, a
woman, no Arabic or English, the contract's length, days off, Ramadan, the heat, faith, bringing the family, wages the
employer may not pay, the embassy, money sent home, insurance, another employer, relatives writing for a worker, thanks,
greetings, rudeness, and searches and changes of the profile that look like them. First run, before any fix: 226 answered
as expected, 0.890; kk 80/85, ru 76/85, en 70/84; the hotline's answer (33/39), the terms (19/23), the age (10/13), the
fees (12/15) and the trust (14/17) were missed most.

After the twenty-first set's round: 253, 0.996; kk 85/85, ru 84/85, en 84/84. Realness asked with its opposite or a particle («реально или развот», «бұл
шын ба, әлде өтірік пе», "frauds"), a fee as a charge or a cost, housing said as a place to live, a passport feared
«отбирают», a past sentence («условка», «отсидел»), an age spelt out («елу жастамын») or "an 18 year old", a relative's
age told by one who explains the relative is off Telegram, the languages one has asked to be enough, the contract mistyped
(«контрак», «скока», "how lon"), Ramadan's shorter day, keeping the fast, unpaid wages feared («жалақы төлемесе», «если
обманут с зарплатой»), the embassy as «елшілігі», pay sent home («кидать», «салу», "send my salary"), the steps asked
for, English questions asked by word order ("am i allowed…", "do i need a bank account…", no longer searched for
accountants) and the bot mocked («ты вообще нормальный?») get their answers; an erasure is never searched («бармаймын»
met a barman). Where the medical check is done now gets the hotline whether or not a town is weighed (where its paper
goes stays the papers'): the answer on the papers does not name the check, the hotline does; four lines that wanted the
papers for it (the fifth, eighth, sixteenth and nineteenth sets) now want the hotline, as the fourteenth, eighteenth and
twentieth sets did. Left: money asked by an agent, with "is it normal?", gets the answer on trust where the set wanted the
fees, as in earlier sets; "do i have to pay anything to join" gets the offer to change the pay in the profile since the
profile's changes read a pay wished for (252). The twentieth set gains five (247, 0.976: the bank account,
the erasure, where the medical check is done), the fourteenth two (181), the eighth, ninth, eleventh and eighteenth one each
("please delete my account, I will register again" is no search; "what's the salary like? also do they give housing"
the pay), the fifth two ("do they give transport to work" is no search); "do you take women" (the fifth set) now gets the
hotline, which a test pins, where it got "not understood"; no line of the others changed.

The twenty-third set (272 lines: 93 ru, 97 kk, 82 en) is written by people before they apply: someone new to the bot
asking what it does or is for and how applying goes, whether a pensioner, a student, someone with a past conviction or
no passport yet, a woman alone or a disabled worker may go, the languages needed, faith, Ramadan and the heat, the pay
weighed against Kazakhstan, Russia or Korea, the family left at home, whether the bot is official, money an agent asks,
the yearly leave, the working week and public holidays, and searches and changes of the profile that look like them.
First run, before any fix: 206 answered as expected, 0.757; kk 71/97, ru 75/93, en 60/82; the help (7/14), the fees
(5/12), the age (9/15), the pay (9/14) and the searches (11/16) were missed most.

After the twenty-third set's round: 258, 0.949; kk 91/97, ru 87/93, en 80/82. What the bot can do or is for («чем ты
можешь помочь», «бұл бот не үшін керек», a greeting or "first time" before it), a pensioner («зейнеткер»), «возрост»,
an age about to come ("turns 18"), a record said in short ("a DUI", "has a record", «соттылығым»), a student, the pay
weighed against another country («выше чем в Москве» is no mosque), a weekday worked or days counted a week, a public
holiday (the hotline's), the yearly leave with its pay, another faith, «стоит ли ехать» (no price), what is done with
the worker's data, the employer buying the ticket, coming home once a year, where to tap to apply, a language that may
help, experience told beside «возьмут», adding to the profile and the bot paid out of the wages get their answers.
Left: money an agent asks gets the answer on trust where the set wanted the fees (six lines; the known disagreement),
«дочке семнадцать» (an age in words), «сидел по молодости» and "worked in Russia, how much in Qatar" (read as other
countries' jobs); four searches («охранником … есть места?», «elektrik vakansiyalary bar ma», "welding jobs with
accommodation", a waiter asked for beside a language known) and «хочу с оператором поговорить» (searched for machine
operators) are decided by the search. No line of the other sets changed.

The twenty-fourth set (280 lines: 91 ru, 104 kk of which 41 in Latin letters, 85 en) is written by people after they
applied, while they wait or travel: how long the answer takes, the qualification check and the trade test, the medical
check, the contract's terms, what to take (gear, medicines, cash), the flight (a transfer, the town it leaves from, who
pays), landing in Doha and the QID, a change of mind or withdrawing, a second vacancy, a death, a funeral or a birth at
home, going home early, an employer in Qatar (pay late or promised, a passport not given back, a QID not renewed, a
visa debt), whom to call, and searches, changes of the profile and thanks that look like them. First run, before any
fix: 187 answered as expected, 0.668; kk 74/104, ru 61/91, en 52/85; the hotline's answer (32/67), the complaints
(25/39), the rights (22/34) and the thanks (4/10) were missed most, most of them taken for the applications.
After the twenty-fourth set's round: 274, 0.979; kk 101/104, ru 90/91, en 83/85. How a trade test or the qualification
check goes, work gear, a transfer or medicines on the flight, a sickness before it, where to go once landed and the
medical again in Qatar get the hotline and are never searched (nor a contract's translation or the QID); a death, a
funeral or a birth at home is leave out of turn; results not come after the medical, a test failed with another vacancy
asked and backing out after a step are the application; housing or insurance asked of the contract, the contract changed
or ended by the employer, leaving with the ticket asked and the flight taken from the pay are the rights; the officer or
the ministry asked by phone is the hotline, and a call from it told to wait the application; a contract signed with thanks, thanks with a wait and an "ok" with a wait are
no list of applications; a visa debt holding a worker, a QID delayed, pay promised, overtime for nothing, a passport not
given back and work not as written are complaints. A trade added from the chat goes on through the choice of
occupations, now counted as the change it is (3 lines). Left: «электрикке бос орын бар ма» and «svarshikterge qazir oryn
bar ma» are not read as trades; a long story of an application in English, «Катарда бір нәрсе болып қалса кімге
хабарласамын», "the ministry's phone, the one for workers abroad" and a taxi from the airport asked without a question
mark are decided by the search. No line of the other sets changed.

The twenty-fifth set (281 lines: 98 ru, 95 kk of which 40 in Latin letters of both alphabets, 88 en) is written by people
who are not the worker or not sure of the bot: a mother, wife or brother writing for a worker («сыну 25, сварщик, что ему
делать»), someone checking an agent who asked for money or a firm calling itself a partner, what happens to one's data,
who sees what is written here, how to be erased, life stories typed in one go, elderly users lost among the buttons
(«куда нажимать», «не вижу кнопку») and people writing after a long silence («бот жив?», "are you still working?").
First run, before any fix: 167 answered as expected, 0.594; kk 51/95, ru 61/98, en 55/88; the data (4/30), the greetings
(3/15), the help (10/24), the list (9/19) and the fees (8/20) were missed most.
After the twenty-fifth set's round: 266, 0.947; kk 90/95, ru 93/98, en 83/88. Who sees, reads, keeps, sells or needs
what the worker wrote or gave (the ministry, an employer, an agency) gets what the bot keeps; «удалите меня» with a
change of mind the confirmation of /delete; applying for a relative without Telegram the hotline; what going through the
bot costs, and whether to pay a sum asked, the fees; an agent or a firm checked the answer on trust; the bot asked
whether it is alive or still at work a greeting; the worker back after a long while, or the vacancies asked to be shown,
the list; the buttons gone, where to press, something pressed by mistake, being told simply or a relative to register
the help; the question closing a long story its own answer; a spouse joining the one in Qatar the family; work asked for
a relative whose trade is told («ағам жүргізуші, оған жұмыс бар ма») and a Kazakh trade in the dative («электрикке бос
орын бар ма», «svarshikterge qazir oryn bar ma») a search of that trade. Left: a relative's age told beside a trade
(«сыну 30 лет он сварщик можно ему в катар») gets the age; «ұлым 25 жаста, дәнекерлеуші, … не істеуі керек» is searched;
«сотрите мой номер» is read as a change of the profile; a relative in Qatar working twelve hours with no day off,
asked "is it normal?", gets the terms. The other sets gained lines (the third 301, the twenty-fourth 276, the
twenty-first 254; money asked with "should I pay?" now gets the fees the earlier sets wanted) and lost none.

The twenty-sixth set (280 lines: 100 ru, 95 kk of which 40 in Latin letters, 85 en) is written by workers in Qatar or
about to fly (a passport kept, pay late or cut, sick or injured, going home early or to another employer, the summer
midday ban and the heat, Ramadan's hours, money sent home, the QID, the end-of-service gratuity, overtime unpaid, the
camp), by people thanking or scolding the bot, in dictated lines with fillers, emoji and stickers, Kazakh mixed with
Russian, and by Qatari employers and foreigners. First run, before any fix: 195 answered as expected, 0.696 (196 once its
erased number expected the offer to take the phone off the profile, as the profile change sets want); kk 73/95, ru
61/100, en 61/85; the complaints (55/84) and the hotline's answer (30/52) were missed most. After its round: 278, 0.993.
Trouble told in the worker's own words (ill and told to work, the treatment left to the worker, pay cut or fined, food,
water, a break or the air conditioning not given, long days with no day off asked whether normal, the gratuity refused),
who pays when hurt, leaving before the end, the midday ban, Ramadan's hours as the fast, an employer hiring, a foreigner,
another trade sent and the bot scolded get their answers. Left: «ваш бот лучший, спасибо министерству» is searched (a
minister), «агент взял с меня 400 долларов за место, а теперь не отвечает» offers a pay of 400 dollars for the profile.
The twenty-fifth set gains six (272: a relative's age in the working years beside a trade is searched, an agent's sum
with «төлейін бе» the fees, twelve hours with no day off the complaint), the fourteenth two, the eleventh, sixteenth,
twenty-third and ninth one each; no line of the other sets changed. """

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.i18n import I18n
from bot.settings import Settings
from db.models import AlertPrefs, Profile, ProfileOccupation, User
from handlers.rights import complaint_text, rights_text
from tests.e2e.test_jobs import add_vacancy
from tests.e2e.test_registration import fill_profile, register
from tests.texts import plain

DATA = Path(__file__).parents[1] / "data"
SETS = {  # each set with the share of its lines that must be answered as expected
    "chat_messages.tsv": 0.95,
    "chat_messages_2.tsv": 0.95,
    "chat_messages_3.tsv": 0.97,
    "chat_messages_4.tsv": 0.97,
    "chat_messages_5.tsv": 0.94,
    "chat_messages_6.tsv": 0.92,
    "chat_messages_7.tsv": 0.96,
    "chat_messages_8.tsv": 0.92,
    "chat_messages_9.tsv": 0.92,
    "chat_messages_10.tsv": 0.93,
    "chat_messages_11.tsv": 0.80,
    "chat_messages_12.tsv": 0.83,
    "chat_messages_13.tsv": 0.95,
    "chat_messages_14.tsv": 0.84,
    "chat_messages_15.tsv": 0.97,
    "chat_messages_16.tsv": 0.90,
    "chat_messages_17.tsv": 0.98,
    "chat_messages_18.tsv": 0.97,
    "chat_messages_19.tsv": 0.97,  # first run 163 of 234 (69.7 %); now 228 (97.4 %)
    "chat_messages_20.tsv": 0.95,  # first run 177 of 253 (70.0 %; 185 with the profile changes told apart); now 242 (95.7 %)
    "chat_messages_21.tsv": 0.99,  # first run 226 of 254 (89.0 %); now 252 (99.2 %)
    "chat_messages_22.tsv": 0.92,  # first run 182 of 263 (69.2 %); now 247 (93.9 %)
    "chat_messages_23.tsv": 0.94,  # first run 206 of 272 (75.7 %); now 258 (94.9 %)
    "chat_messages_24.tsv": 0.97,  # first run 187 of 280 (66.8 %); now 274 (97.9 %)
    "chat_messages_25.tsv": 0.94,  # first run 167 of 281 (59.4 %); now 266 (94.7 %)
    "chat_messages_26.tsv": 0.99,  # first run 195 of 280 (69.6 %; 196 with its erased number a profile change); now 278 (99.3 %)
}
TRADE = {"kk": "дәнекерлеуші", "ru": "сварщик", "en": "welder"}
CHAT_KEYS = (
    "chat-greeting", "chat-thanks", "chat-ok", "chat-more", "chat-buttons", "chat-bye", "chat-fees",
    "chat-human", "chat-documents", "chat-question", "chat-profile", "chat-pay", "chat-requirements",
    "chat-terms", "chat-abroad", "chat-trust", "chat-contact", "chat-age", "chat-family", "chat-data",
)
SEARCH_KEYS = (  # the answers of a search: a list, or none for it (in a town, at a pay)
    "jobs-search-header", "jobs-search-none", "jobs-pay-none", "jobs-pay-none-trade", "jobs-town-none",
    "jobs-town-none-trade", "jobs-town-places", "jobs-town-nowhere",
)
# The replies of a change made to the profile from the chat («переехал в Алматы»): no canned answer, the change itself;
# a trade added or replaced («добавьте профессию повар») goes on through the choice of occupations
PROFILE_CHANGE_KEYS = (
    "pw-confirm", "pw-same", "pw-occupation-replace", "pw-occupation-replace-which", "pw-occupation-remove",
    "pw-years-which", "ask-occupation_pick",
)
QUERY = "\x00"


@dataclass(frozen=True)
class Line:
    text: str
    lang: str
    answer: str


def read_set(name: str) -> list[Line]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return [Line(row["text"], row["lang"], row["answer"])
                for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)]


def classifier(i18n: I18n, settings: Settings, lang: str) -> Callable[[str], str]:
    """A function from the text of a reply to the key of the answer it is, or "other: <its start>"."""
    t = i18n.translator(lang)
    contacts = {"hotline": settings.hotline, "portal_url": settings.portal_url}
    whole = {plain(t(key, **contacts)): key for key in CHAT_KEYS}
    whole[plain(complaint_text(t, settings))] = "chat-complaint"
    whole[plain(rights_text(t, settings))] = "rights"
    whole[plain(t("help"))] = "help"
    whole[plain(t("delete-confirm"))] = "delete"
    whole[plain(t("not-understood"))] = "not-understood"
    whole[plain(t("chat-application-none", **contacts))] = "applications"
    whole[plain(t("status-none"))] = "applications"
    starts = {plain(t("status-list-header")): "applications", plain(t("alerts-title")): "alerts",
              plain(t("jobs-header", page=1, pages=1)).split("·")[0].strip(): "jobs",
              plain(t("jobs-none")): "jobs"}
    for key in SEARCH_KEYS:
        rendered = plain(t(key, query=QUERY, pay=QUERY, town=QUERY, places=QUERY, page=1, pages=1))
        starts[rendered.split(QUERY)[0] or rendered.split(QUERY)[1]] = "search"

    changes = [
        re.compile(".*?".join(map(re.escape, plain(t(key, field=QUERY, old=QUERY, new=QUERY)).split(QUERY))), re.DOTALL)
        for key in PROFILE_CHANGE_KEYS
    ]

    def classify(reply: str) -> str:
        if reply in whole:
            return whole[reply]
        if any(change.fullmatch(reply) for change in changes):
            return "profile-change"
        for start, key in starts.items():
            if reply.startswith(start) or (start.startswith(":") and start in reply):
                return key
        return "other: " + reply[:60].replace("\n", " ")

    return classify


async def clone_worker(database, template: int, user_id: int) -> None:
    """A new registered worker with the template's profile: registering each through the wizard would
    take most of the run."""
    async with database.sessionmaker() as session:
        for model in (User, Profile, ProfileOccupation, AlertPrefs):
            key = model.id if model is User else model.user_id
            for row in (await session.scalars(select(model).where(key == template))).all():
                values = {c.key: getattr(row, c.key) for c in model.__mapper__.column_attrs}
                if model is ProfileOccupation:
                    values.pop("id")
                values["id" if model is User else "user_id"] = user_id
                session.add(model(**values))
            await session.flush()
        await session.commit()


def shares(results: list[tuple[Line, str]], group: Callable[[Line], str]) -> dict[str, tuple[int, int]]:
    """Per group: (lines answered as expected, lines)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for line, got in results:
        total[group(line)] += 1
        right[group(line)] += got == line.answer
    return {name: (right[name], total[name]) for name in sorted(total)}


def report(results: list[tuple[Line, str]]) -> str:
    right = sum(got == line.answer for line, got in results)
    lines = [f"overall {right}/{len(results)} = {right / len(results):.3f}"]
    for title, group in (("language", lambda line: line.lang), ("expected", lambda line: line.answer)):
        lines.append(f"per {title}: " + ", ".join(
            f"{name} {r}/{n}" for name, (r, n) in shares(results, group).items()))
    misses = [f"  {line.lang} {line.text!r}: expected {line.answer}, got {got}"
              for line, got in results if got != line.answer]
    return "\n".join(lines + [f"misses ({len(misses)}):", *misses])


@pytest.mark.parametrize("name", sorted(SETS))
async def test_the_chat_set_is_answered_as_an_operator_would(name, make_client, i18n, database, settings):
    await add_vacancy(database, title="Heavy Truck Driver", isco_code="8332", employer="Gulf Haulage")
    await add_vacancy(database, title="Cook", isco_code="5120", employer="Pearl Kitchen")
    templates = {}
    for number, lang in enumerate(("kk", "ru", "en")):
        templates[lang] = client = make_client(user_id=8_800_000 + number, language_code=lang)
        await register(client, i18n, lang)
        await fill_profile(client, i18n, lang, TRADE[lang])
    classify = {lang: classifier(i18n, settings, lang) for lang in templates}

    results = []
    for number, line in enumerate(read_set(name)):
        user_id = 8_810_000 + number
        await clone_worker(database, templates[line.lang].user_id, user_id)
        client = make_client(user_id=user_id, language_code=line.lang)
        replies = await client.send(line.text)
        got = classify[line.lang](replies[0].plain_text if replies else "")
        results.append((line, got))

    text = report(results)
    print(text)
    right = sum(got == line.answer for line, got in results)
    assert right / len(results) >= SETS[name], text
