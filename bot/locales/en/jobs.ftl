## Vacancies for the worker: /jobs, search, vacancy cards, applying. Same keys in kk and ru (a test checks).

cmd-jobs = Vacancies for me

## Lists
jobs-need-start = Please send /start to register first, then I will find vacancies for you.
jobs-need-profile = First tell me your occupation: complete your profile with /profile, then send /jobs again.
jobs-header = <b>Vacancies that fit you</b> · page { $page } of { $pages }
jobs-wider-header = <b>Vacancies in the wider group of your occupation</b> · page { $page } of { $pages }
jobs-search-header = <b>Search “{ $query }”</b> · page { $page } of { $pages }
jobs-search-header-best-paid = <b>Search “{ $query }”, best paid first</b> · page { $page } of { $pages }
jobs-none = No open vacancy fits your profile right now. I will not show you jobs that have nothing to do with your occupation.
jobs-none-wider = There are vacancies in your wider field of work. Press the button to see them.
jobs-none-hint = You can check your occupation in /profile, or simply write what you are looking for, for example: <i>driver doha</i>.
jobs-wider-none = There are no vacancies in your wider field of work either. Check your occupation in /profile, or write what you are looking for, for example: <i>driver doha</i>.
jobs-search-none = No open vacancies for “{ $query }” right now. Try another word for the job, for example: <i>welder</i>, <i>driver doha</i>, or send /jobs.
jobs-search-none-add = If this is your trade, add it to your profile: I will tell you as soon as such a vacancy appears.
jobs-search-none-held = This trade is in your profile: I will tell you as soon as such a vacancy appears.
btn-jobs-add-trade = ➕ Add this trade to my profile
jobs-pay-none = No vacancy pays { $pay } a month or more right now. Each vacancy's pay is on its card: /jobs.
jobs-pay-none-trade = None of these vacancies pays { $pay } a month or more right now. Here are those open, each with its pay.
jobs-pay-not-riyals = Vacancies give a month's pay in Qatari riyals, so this list is not filtered by the sum you wrote. Here is what there is, each with its pay.
jobs-search-refused = I've left out the jobs in the trades you said no to.
jobs-town-none = { $town }: no open vacancies right now.
jobs-town-none-trade = { $town }: no such vacancies right now. Here they are in other towns.
jobs-town-place = { $town } ({ $count })
jobs-town-places = Vacancies are open now in: { $places }. Write a trade and a town, for example <i>welder doha</i>, or send /jobs to see those that fit you.
jobs-town-nowhere = There are no open vacancies in any town right now. When a new one fits your profile, I send an alert (settings: /alerts).
jobs-own-header = <b>Your trades: { $where }</b> · page { $page } of { $pages }
jobs-own-words = “{ $query }”
jobs-own-pay = from { $pay }
jobs-own-place = { $place ->
    [hotel] hotel
    [hospital] hospital
    [airport] airport
    [airline] airline
    [oil] oil and gas
   *[construction] building site
}
jobs-own-place-none = None of your trades has a vacancy { $place ->
    [hotel] in a hotel
    [hospital] in a hospital
    [airport] at an airport
    [airline] at an airline
    [oil] in oil and gas
   *[construction] on a building site
} right now.
jobs-own-pay-none = None of your trades has a vacancy paying { $pay } a month or more right now.
jobs-own-open = Here are the vacancies in your trades open now.
jobs-search-expired = This search is no longer kept. Please write it again.
jobs-list-empty = No vacancies left on this list. Send /jobs to see your matches again.

## Buttons
btn-jobs-prev = ◀️ Back
btn-jobs-next = Next ▶️
btn-jobs-details = 📄 { $n }
btn-jobs-apply = ✉️ { $n }
btn-jobs-hide = 🙈 { $n }
btn-jobs-wider = 🔎 Show my wider field
btn-apply = ✉️ Apply
btn-hide = 🙈 Not interested
btn-share = 📤 Share with a friend
share-vacancy = A vacancy in Qatar under the Kazakhstan–Qatar agreement: { $title }
vacancy-link-register = To apply, choose your language and fill in a short profile: the “{ btn-apply }” button above works once it is ready.
jobs-buttons-hint = 📄 details · ✉️ apply · 🙈 not interested

## Applying and hiding
apply-created = ✅ Your application for “{ $title }” has been sent. I will tell you about every step; you can follow it with /status.
apply-created-short = Application sent.
apply-already = You have already applied for this vacancy.
apply-closed = Sorry, this vacancy is no longer open for applications.
apply-profile-incomplete = Please finish your profile first (/profile), then apply.
vacancy-unavailable = Sorry, this vacancy is no longer available.
hide-done = Hidden. You will not see this vacancy again unless you press “Show it again”.
btn-unhide = ↩️ Show it again
btn-jobs-unhide = ↩️ Show again: { $title }
unhide-done = It is back in your lists.

## Cards
card-short =
    <b>{ $title }</b>
    🏢 { $employer }
    📍 { $place }
    💰 { $salary }
card-employer-unknown = employer not stated
card-place-city = { $city }, { $country }
card-place = { $country }
country-QA = Qatar
salary-range = { $low }–{ $high } a month
salary-exact = { $amount } a month
salary-from = from { $amount } a month
salary-upto = up to { $amount } a month
salary-not-stated = salary not stated

details-title = <b>{ $title }</b>
details-employer = 🏢 Employer: { $employer }
details-place = 📍 { $place }
details-positions = 👥 { $count ->
    [one] { $count } position
   *[other] { $count } positions
}
details-salary = 💰 Salary: { $salary }
details-allowances = ➕ Allowances: { $list }
allowance-food = food { $amount }
allowance-housing = housing { $amount }
allowance-transport = transport { $amount }
details-contract = 📄 Contract: { $months ->
    [one] { $months } month
   *[other] { $months } months
}
details-hours = ⏱ Working hours: { $hours } a week
details-leave = 🏖 Annual leave: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
details-provided = 🎁 Provided: { $list }
provided-accommodation = housing
provided-food = food
provided-transport = transport to work
provided-medical = medical care
provided-airfare = air tickets
details-experience = 🛠 Experience: at least { $years ->
    [one] { $years } year
   *[other] { $years } years
}
details-languages = 🗣 Languages: { $langs }
details-requirements = 📝 Requirements: { $text }
details-description = ℹ️ { $text }
details-deadline = ⏳ Apply by: { $date }

## The standard-contract check
contract-heading = <b>Standard contract check</b>
contract-airfare-met = Air tickets are paid by the employer.
contract-airfare-not_met = Air tickets are not included, but the standard contract requires them.
contract-airfare-not_stated = Air tickets: not stated.
contract-accommodation-met = Housing is provided.
contract-accommodation-allowance = Housing allowance: { $amount } a month.
contract-accommodation-not_met = No housing and no housing allowance, but the standard contract requires one of them.
contract-accommodation-not_stated = Housing: not stated.
contract-transport-met = Transport to and from work is provided.
contract-transport-allowance = Transport allowance: { $amount } a month.
contract-transport-not_met = No transport to work and no allowance, but the standard contract requires one of them.
contract-transport-not_stated = Transport to work: not stated.
contract-medical-met = Medical care is provided.
contract-medical-not_met = Medical care is not included, but the standard contract requires it.
contract-medical-not_stated = Medical care: not stated.
contract-annual_leave-met = Annual leave of { $days } days (at least { $required } required).
contract-annual_leave-not_met = Annual leave of only { $days } days; the standard contract requires at least { $required }.
contract-annual_leave-not_stated = Annual leave: not stated (at least { $required } days required).
contract-wage-basic-ok = Basic wage { $basic } reaches the minimum of { $required }
contract-wage-basic-short = Basic wage { $basic } is below the legal minimum of { $required }
contract-wage-housing-short = housing is not provided and the allowance ({ $paid }) is less than { $required }
contract-wage-food-short = food is not provided and the allowance ({ $paid }) is less than { $required }
contract-wage-housing-unknown = not stated whether housing is provided (otherwise { $required } is owed)
contract-wage-food-unknown = not stated whether food is provided (otherwise { $required } is owed)
contract-wage-not-stated = Basic wage: not stated (the minimum is { $required }).
contract-wage-other-currency = Pay is in { $currency }, so the minimum wage of { $required } cannot be checked.

## Why a vacancy fits
reasons-heading = <b>Why it fits you</b>
reason-occupation-unit = ✔️ Your occupation: { $title }
reason-occupation-minor = ✔️ Close to your occupation: { $title }
reason-occupation-submajor = ✔️ Same field of work as { $title }
reason-occupation-major = ✔️ Same broad group of occupations as { $title }
reason-occupation-title = ✔️ The job title matches your words
reason-experience_ok = ✔️ Experience: you have { $have } yrs, { $need } required
reason-experience_short = ➖ { $need ->
    [one] { $need } year
   *[other] { $need } years
} of experience required, you have { $have }
reason-language_ok = ✔️ You speak { $langs }
reason-language_missing = ➖ Requires { $langs }
reason-salary_ok = ✔️ Pay { $offered }, you asked at least { $wanted }
reason-salary_below = ➖ Pay { $offered } is below your wish of { $wanted }
reason-city = ✔️ In { $city }

## On every card
portal-line = 🌐 Official portal: { $link }
fee-warning = ⚠️ Recruitment under the Kazakhstan–Qatar agreement is free. No one may take money from you for a vacancy, a visa or a contract: if someone asks you to pay, do not pay.
