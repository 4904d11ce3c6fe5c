## English texts of the bot. Keep keys identical in kk.ftl and ru.ftl (a test checks).

## Commands menu
cmd-start = Start or continue
cmd-profile = My profile
cmd-language = Change language
cmd-help = What this bot does
cmd-delete = Delete my data
cmd-cancel = Stop the current question

## Language and consent
stranger-welcome = Hello! I help you find work in Qatar under the agreement between Kazakhstan and Qatar. To begin, choose your language.
choose-language = Тілді таңдаңыз · Выберите язык · Choose your language
language-set = Done: I will speak English with you.
consent-notice =
    <b>Before we start</b>

    This bot helps you find work in Qatar under the Kazakhstan–Qatar agreement. To match you with vacancies it keeps what you tell it: your name, phone (if you share it), region, occupation, experience, languages, certificates and expected salary.

    • Your data is used only to show you vacancies and to process your applications with the Ministry of Labour.
    • It is never sold or passed to private agencies.
    • You can see it with /profile and erase it at any time with /delete.

    Do you agree to the processing of your personal data?
btn-consent-agree = ✅ I agree
btn-consent-decline = ❌ I do not agree
consent-declined = Understood. Nothing about you has been saved. If you change your mind, send /start.
expect-consent = To go on, press “{ btn-consent-agree }” below. If you do not agree, press “{ btn-consent-decline }”: then I will keep nothing about you.
consent-accepted = Thank you! Let's fill in your profile: it takes about two minutes. You can stop at any time with /cancel.
already-registered = You are already registered.
profile-reminder = Your profile is not finished yet, so I cannot look for vacancies for you. It takes a couple of minutes: send /start and carry on where you stopped.
welcome-back = Welcome back!
need-start = Please send /start to begin.
private-chat-only = I work only in a private chat: profiles, phone numbers and applications are personal. Write to me at { $bot }. I am leaving this group.

## Profile wizard: questions
ask-name = What is your full name? (as in your passport)
ask-phone = Share your phone number with the button below, or type it (for example +7 701 123 45 67), so the ministry can reach you. Or skip this step.
ask-region = Which region of Kazakhstan do you live in?
ask-occupation = { $position ->
    [1] What is your occupation? Write it in your own words, for example: <i>welder</i>, <i>truck driver</i>, <i>cook</i>.
   *[other] What is your { $position ->
        [2] second
       *[other] third
    } occupation?
}
ask-occupation_pick = Did you mean one of these? Choose the closest one.
ask-years = How many years of experience do you have in this occupation? Send a number, for example: <i>5</i>.
ask-more = Do you have another occupation? You can add up to { $max }.
occupation-edit = Your occupations:
    { $occupations }

    Add one, remove one, or enter them all again.
btn-occupation-remove = 🗑 Remove: { $title }
btn-occupation-redo = 🔄 Enter them all again
ask-more-yes = Adding another occupation.
ask-more-no = Occupations saved.
ask-languages = Which languages do you speak? Tap all that apply, then press “Done”.
ask-qualifications = Tell us about your qualifications and certificates (category, licences, courses). You can also send photos or PDF files of your certificates. Press “Done” when finished.
ask-salary = What is the lowest monthly salary you would accept, in Qatari riyals (QAR)? Send a number, or skip.

## Profile wizard: what we expect when something else arrives
expect-name = Please write your name as text.
expect-phone = Please press “Share my phone number” below, type your number (for example +7 701 123 45 67), or press “Skip”.
expect-region = Please choose your region with the buttons above, or write it or your town, for example: <i>Aktau</i>.
expect-region-which = Several regions have a district of that name. Which one do you live in?
expect-occupation = Please write your occupation as text.
occupation-is-a-language = That is a language: I will ask about languages in a moment. Now please write your trade, for example: <i>welder</i>.
occupation-is-years = That looks like your years of experience: I will ask for them right after the trade. Now please write your trade, for example: <i>welder</i>.
occupation-is-pay = That looks like the pay you want: I will ask for it at the end. Now please write your trade, for example: <i>welder</i>.
expect-occupation_pick = Please choose one of the buttons above, or write your occupation again.
expect-years = Please send the number of years as digits, for example: 5.
expect-more = Press one of the buttons above, or write “yes” to add a trade or “no” to go on.
expect-languages = Please tap the languages you speak above, then “Done”, or write them, for example: <i>Kazakh, Russian</i>.
expect-qualifications = Send text, a photo or a PDF file of a certificate, or press “Done”.
expect-salary = Please send the amount as a number, for example: 2500, or press “Skip”.

## Profile wizard: answers
phone-saved = Phone number saved.
phone-skipped = OK, without a phone number.
region-saved = Region: { $region }.
occupation-saved = Occupation: { $title }.
occupation-already-held = “{ $title }” is already in your profile.
occupation-kept-as-typed = I saved your occupation as you wrote it: “{ $text }”. An officer will look at it.
languages-saved = Languages: { $languages }.
qualifications-saved = Saved. Send more, or press “Done”.
certificate-saved = Certificate received. Send another one, or press “Done”.
certificate-not-added = This file was already received, or you have sent the maximum of 20 files.
profile-complete = 🎉 Your profile is ready!
profile-updated = Profile updated.

## Buttons
btn-share-phone = 📱 Share my phone number
btn-skip = Skip
btn-done = ✅ Done
btn-next = Next ➡️
btn-add-occupation = ➕ Add an occupation
btn-none-of-these = None of these: keep what I wrote
btn-edit-name = ✏️ Name
btn-edit-phone = ✏️ Phone
btn-edit-region = ✏️ Region
btn-edit-occ = ✏️ Occupation
btn-edit-langs = ✏️ Languages
btn-edit-quals = ✏️ Certificates
btn-edit-salary = ✏️ Salary
btn-delete-yes = 🗑 Yes, delete everything
btn-delete-no = No, keep my data

## Profile card
profile-not-set = not given
profile-occupation-line = • { $title }{ $years ->
    [-1] {""}
    [0] , less than a year
    [one] , { $years } year
   *[other] , { $years } years
}
profile-header-own = Your profile
profile-header-applicant = Applicant, Telegram id { $id }
profile-card =
    <b>{ $header }</b>

    👤 Name: { $name }
    📱 Phone: { $phone }
    📍 Region: { $region }
    🛠 Occupation:
    { $occupations }
    🗣 Languages: { $languages }
    📄 Qualifications: { $qualifications }
    📎 Certificate files: { $certificates }
    💰 Minimum salary: { $salary }

    To change something, tap a button below.

## Mistakes in what was typed
error-name-empty = Please write your name.
error-name-too-long = That is too long for a name: at most { $max } characters, please.
error-name-letters = A name should be made of letters. Please write your full name.
error-name-question = Your name lets a ministry officer find you in your application and your employment contract. Please write your surname and first name as in your passport.
error-name-other-answer = That doesn't look like a name. Please write your surname and first name as in your passport: I'll ask about the rest later.
error-contact-not-own = This is someone else's contact. Share your own number with the button below, or type it.
error-phone-unreadable = This doesn't look like a phone number. Type it with the country code, for example +7 701 123 45 67, or press “Share my phone number” or “Skip” below.
error-years-number = Please send the number of years as digits, for example: 5.
error-years-range = That seems too many. Please send a number from 0 to { $max }.
error-salary-number = Please send the amount as a number, for example: 2500.
error-salary-range = That is too much for a month's pay. Please send an amount in riyals of at most { $max } QAR, for example: 2500.
error-salary-too-low = That is too little for a month’s pay: Qatar’s minimum wage is QAR 1,000. Please write the whole amount in riyals, for example: 2500.
error-salary-currency = Please write the amount in Qatari riyals (QAR): one US dollar is about 3.6 riyals. For example: 2500.
error-text-empty = Please write a few words.
error-text-too-long = That is too long: at most { $max } characters, please.
error-languages-none = Choose at least one language.
error-certificate-type = Please send certificates as photos or PDF files.
error-internal = Sorry, something went wrong on our side. Nothing you saved was lost. Please try again.

## Anywhere
cancelled = Stopped. What you had already saved is kept. /profile shows it.
nothing-to-cancel = There is nothing to stop. /help shows what I can do.
unknown-command = I don't know this command. /help shows what I can do.
unknown-command-guess = I don't know this command. Did you mean { $command }?
not-understood = I didn't understand that. /help shows what I can do.
chat-greeting = Hello! Write the job you are looking for, for example: welder. Or send /jobs for the vacancies that fit your profile. /help shows everything I can do.
chat-thanks = You're welcome! If you need anything else, just write.
chat-ok = 👍 If you need anything else, just write.
chat-more = The next vacancies are behind the “{ btn-jobs-next }” button under the list, the previous ones behind “{ btn-jobs-prev }”. All that fit you: /jobs.
chat-buttons = Pick a vacancy of the list with the buttons under it: 📄 with its number shows its details and contract, ✉️ applies. The list again: /jobs.
chat-bye = Goodbye! I will write as soon as there is news for you.
chat-fees = Recruitment under the Kazakhstan–Qatar agreement is free: nobody may take money from you for a vacancy, a visa or a contract. If someone asks you to pay, don't, and call the hotline { $hotline }. The pay and conditions of each vacancy are on its card (/jobs).
chat-human = Ministry officers do not answer in this chat, but the ministry's hotline does: { $hotline }. The contacts of the Embassy of Kazakhstan in Doha are in /rights; your applications, in /status.
chat-documents = What a vacancy asks of candidates is on its card (/jobs). When you apply, a ministry officer checks your qualification and tells you which documents to bring and whether they need translating or certifying. Keep ready a valid passport and the diplomas and certificates of your trade; you can add photos of them to your profile (/profile). Your applications: /status. Questions: the hotline { $hotline }.
chat-question = I can't answer that myself. Please call the ministry's hotline: { $hotline }. Your rights under the contract and where to turn: /rights. What I can do: /help.
chat-profile = You can change any part of your profile in /profile: name, phone, region, occupations, languages, certificates and salary. The language: /language.
chat-pay = Each vacancy has its own pay, shown on its card (/jobs): the monthly salary in riyals and the allowances. Under the agreement it is never below Qatar's minimum wage: QAR 1,000 basic a month, plus QAR 500 for housing and QAR 300 for food when the employer does not provide them. The lowest pay you would accept is in your profile (/profile); I mark the vacancies that pay less.
chat-requirements = What a vacancy asks of candidates (years of experience, languages, other requirements) is on its card: /jobs, then the 📄 button. I list first the vacancies that fit your trade, experience and languages. Once you apply, a ministry officer checks your qualification. Anything else: the hotline { $hotline }.
chat-age = You can work in Qatar on a work visa from the age of 18. If an employer sets an upper age limit, it is in the vacancy's requirements: /jobs, then the 📄 button. If the card says nothing about age, ask the hotline { $hotline }; a ministry officer also checks it when you apply.
chat-family = The contract under the agreement is made with you: the flights, housing and medical care it gives are the worker's, not the family's. A husband, wife or children can join you in Qatar only on a family visa. Qatar's Ministry of Interior grants it to workers with a high enough salary and housing fit for a family, so workers usually go alone at first. Ask about your case on the hotline: { $hotline }.
chat-terms = Each vacancy's card shows how many hours a week it works and how long its contract runs: /jobs, then the 📄 button. Qatar's labour law sets the limits: normal hours of at most 48 a week (8 a day; 36 a week in Ramadan), at least one paid day off a week, usually Friday, and overtime paid at least 25 % above the basic wage. Your days off and shifts are written in your employment contract, which the employer may not change. Anything else: the hotline { $hotline }.
chat-abroad = I show the vacancies the Ministry of Labour publishes under Kazakhstan's agreements on work abroad: /jobs lists every one open now, with its country. The agreement with Qatar came into force first; when vacancies open under another one, they will appear here too, and I will tell you about any that fits your profile. The ministry does not check jobs abroad found outside these agreements: never pay anyone to get a job. The official portal: { $portal_url }.
chat-trust = The vacancies here are the ones Kazakhstan's Ministry of Labour publishes on its official portal, { $portal_url }: every card links to it, and a ministry officer checks every application. Recruitment under the agreement is free. Anyone who asks you for money for a vacancy, a visa or a contract is a fraudster: don't pay, and call the hotline { $hotline }.
chat-data = I keep only what you told me when you registered: your name, phone (if you shared it), region, occupations, experience, languages, certificates and expected salary. It is used only to show you vacancies, and when you apply, the Ministry of Labour's officers who process your application see it. It is never sold or passed to private agencies. You can see it in /profile and erase it at any time with /delete.
chat-complaint =
    I'm sorry to hear it. If an employer breaks your contract (does not meet you on arrival, pays late or not at all, keeps your passport, or the work or housing is not what the contract says), you have the right to complain, and it costs nothing:
    🇶🇦 Qatar's labour complaints platform: { $complaints_url }
    🇰🇿 Embassy of Kazakhstan in Doha: { $embassy }
    📞 Ministry of Labour hotline: { $hotline }
    Keep your contract, pay slips and messages: they are your evidence. By law your passport stays with you, and if the contract ends early, the employer pays your ticket home. All your rights: /rights.
chat-application-none =
    You have no applications yet. Under the Kazakhstan–Qatar agreement it goes step by step:
    1. you apply for a vacancy that fits your profile (/jobs);
    2. a ministry officer checks your qualification;
    3. you sign the employment contract: the agreement's standard contract, with the term and pay shown on the vacancy's card;
    4. your work visa is issued;
    5. you fly to Qatar.
    I'll tell you about every step. All of it is free: nobody may take money from you for a vacancy, a visa or a contract. Questions: the hotline { $hotline }.
chat-voice = I can't listen to voice messages yet. Please write it in words, for example: welder. Or send /jobs.
chat-attachment = If this is a diploma or a certificate, add it to your profile: /profile, then ✏️ Certificates. Ministry officers see the files in your profile, not those sent here in the chat.
chat-attachment-offer = If this is a diploma or a certificate, add it to your profile with the button below: ministry officers see the files in your profile, not those sent here in the chat.
btn-certificate-add = 📎 Add to my profile
certificate-added-from-chat = 📎 Added to your profile. Ministry officers will see it with your applications; all your files are in /profile.
chat-contact = To change the phone number in your profile: /profile, then ✏️ Phone.
button-outdated = This button is out of date. Please use the latest message.
help-short = Your profile is ready. /profile shows it; /help lists everything I can do.
help =
    <b>What this bot does</b>

    I help citizens of Kazakhstan find work in Qatar under the Kazakhstan–Qatar labour agreement, with vacancies published by the Ministry of Labour.

    /jobs: vacancies that fit your profile
    Or just write what you are looking for, e.g. <i>welder</i>, <i>driver in Doha</i> or <i>cook from 2000 QAR</i>. You can ask in your own words too: <i>is housing provided?</i>, <i>which documents do I need?</i>
    /status: your applications and each step of them
    /alerts: how and when I tell you about new vacancies
    /rights: your rights under the standard contract, and where to get help
    /profile: your profile; change any part of it
    /language: change the language
    /delete: erase all your data
    /cancel: stop the current question

    ⚠️ Recruitment under the agreement is free. Nobody may ask you for money for a vacancy, a visa or a contract.

## Deleting data
delete-confirm = Delete your profile and everything you have told me? This cannot be undone.
delete-done = All your data has been erased. If you want to come back, send /start.
delete-kept = Nothing was deleted.
delete-nothing = I have no data about you.

## Regions of Kazakhstan
region-abai = Abai Region
region-akmola = Akmola Region
region-aktobe = Aktobe Region
region-almaty_region = Almaty Region
region-atyrau = Atyrau Region
region-east = East Kazakhstan Region
region-zhambyl = Zhambyl Region
region-zhetisu = Zhetisu Region
region-karaganda = Karaganda Region
region-kostanay = Kostanay Region
region-kyzylorda = Kyzylorda Region
region-mangystau = Mangystau Region
region-pavlodar = Pavlodar Region
region-north = North Kazakhstan Region
region-turkistan = Turkistan Region
region-ulytau = Ulytau Region
region-west = West Kazakhstan Region
region-astana = Astana
region-almaty = Almaty
region-shymkent = Shymkent

## Languages a worker speaks
spoken-kk = Kazakh
spoken-ru = Russian
spoken-en = English
spoken-ar = Arabic
spoken-tr = Turkish
spoken-other = Other

# A change of the profile asked in words ("change my region to Almaty"): confirmed before it is saved.
pw-field-name = Name
pw-field-phone = Phone
pw-field-region = Region
pw-field-salary = Salary
pw-field-languages = Languages
pw-field-years = Experience ({ $title })
pw-field-qualifications = Qualifications and certificates
pw-years = { $years ->
    [0] less than a year
    [one] { $years } year
   *[other] { $years } years
}
pw-years-which = Experience: { $new }. Which occupation is it for? Press it:
pw-years-no-occupation = Your profile has no occupation yet. Add one in /profile, and I will ask its years right after.
pw-occupation-replace = Replacing “{ $old }”. Choose the new occupation:
pw-occupation-replace-which = Which occupation should “{ $new }” replace? Press it:
pw-confirm = { $field }: { $old } → { $new }. Save?
pw-asked-after = Once you have saved or cancelled this, send your question again and I will answer it.
pw-same = Your profile already says so. { $field }: { $new }.
pw-occupation-remove = To take an occupation off your profile, press its button:
pw-occupation-last = Your profile keeps at least one occupation. To replace it, enter your occupations again:
pw-saved = Saved. { $field }: { $new }. Your whole profile: /profile.
pw-cancelled = All right, nothing is changed.
pw-occupations-full = Your profile already has { $max } occupations, the most it can hold. To add a new one, remove one first:
btn-pw-save = ✅ Save
btn-pw-cancel = ✖️ Cancel
error-salary-per-month = Please write how much you want a month: pay in Qatar is monthly. For example: 2500.

# The name step, when the one writing says whom they write for but not the name.
error-name-relative = Please write the surname and name of the person who will go to work, as in the passport. If you are writing for a relative, write theirs, for example: Serikov Bolat.

# The qualifications step, when a bare "yes" names none of them.
error-qualifications-which = Which ones? Write their names, for example: “NAKS”, “category C driving licence”, “rigger certificate”, or send a photo or PDF. If you have none, press “Done”.
profile-words-salary-in-riyals = Your profile keeps the lowest pay you would accept for a month, in Qatari riyals (QAR), the currency of the vacancies in Qatar. Write it as a month's sum in riyals, for example: “change my salary to 2500 riyals”. As a guide: 1 US dollar is 3.64 riyals; the tenge rate changes every day.
profile-words-dollars = { $dollars } is { $riyals } at the fixed rate (1 US dollar = 3.64 Qatari riyals). Your profile keeps the pay in riyals.
# The salary step, when the pay was written in dollars: both sums, and the riyals saved on Save or "yes".
wizard-salary-dollars = { $dollars } is { $riyals } at the fixed rate (1 US dollar = 3.64 Qatari riyals). Your profile keeps the pay in riyals. Save { $riyals } as the lowest monthly pay you would accept? Press Save, or write another sum in riyals.
