## Vacancy alerts, daily digests and /alerts settings.

cmd-alerts = Vacancy alerts

## An alert about one new vacancy
alerts-new-vacancy = 🔔 <b>A new vacancy for you</b>
alerts-btn-details = 📄 Details
alerts-btn-apply = ✅ Apply
alerts-btn-fewer = 🔕 Fewer like this

## The daily digest
alerts-digest-title = { $count ->
    [one] 📰 <b>Your daily digest: { $count } new vacancy for you</b>
   *[other] 📰 <b>Your daily digest: { $count } new vacancies for you</b>
}
alerts-digest-more = { $count ->
    [one] …and { $count } more. /jobs shows all your matches.
   *[other] …and { $count } more. /jobs shows all your matches.
}
alerts-digest-btn-details = 📄 { $number }

## A vacancy closed at its deadline, to those who applied
alerts-closed-notice = ⌛ The vacancy <b>{ $title }</b> ({ $employer }) is now closed: its deadline, { $deadline }, has passed. Your application was sent before that, and it stays with the ministry. I will tell you as soon as its status changes; /status shows it.

## /alerts
alerts-title = 🔔 <b>Vacancy alerts</b>
alerts-mode-instant = How: as soon as a fitting vacancy appears.
alerts-mode-digest = How: once a day, at { $hour } (Kazakhstan time).
alerts-mode-off = How: off. I will not send you new vacancies; /jobs still shows them.
alerts-quiet = Quiet hours: { $start }–{ $end } (Kazakhstan time). Alerts found at night wait until the morning.
alerts-quiet-off = Quiet hours: none. Alerts come at any time of day.
alerts-score-close = Which vacancies: only close matches to your occupation.
alerts-score-good = Which vacancies: good matches.
alerts-score-any = Which vacancies: anything related to your occupation.
alerts-score-custom = Which vacancies: matches of at least { $score } out of 100.
alerts-paused = ⏸ Paused until { $until }. Nothing is sent until then, and what appears meanwhile is not sent later.
alerts-muted = 🔕 Not sent: { $occupations }.
alerts-hint = Tap a button to change a setting.
alerts-saved = Saved.
alerts-muted-confirm = 🔕 You will not get alerts for “{ $occupation }” any more. /alerts to change this.

alerts-btn-instant = ⚡ Right away
alerts-btn-digest = 📰 Once a day
alerts-btn-off = 🔕 Off
alerts-btn-hour = { $hour }
alerts-btn-quiet = 🌙 { $start }–{ $end }
alerts-btn-quiet-off = 🔔 No quiet hours
alerts-btn-score-close = 🎯 Close matches only
alerts-btn-score-good = 👍 Good matches
alerts-btn-score-any = 🔎 Anything related
alerts-btn-pause = { $days ->
    [one] ⏸ Pause for { $days } day
   *[other] ⏸ Pause for { $days } days
}
alerts-btn-resume = ▶️ Resume alerts
alerts-btn-unmute = 🔔 Alerts for all my occupations again
