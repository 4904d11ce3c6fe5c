## Officer tools: menu, broadcasts, statistics, export, audit, officers. Same keys in kk and ru.

## Commands menu (officers only)
cmd-officers = Officers: list, add, remove
cmd-broadcast = Send an announcement to workers
cmd-stats = Statistics
cmd-export = Statistics as CSV files
cmd-audit = Latest officer actions
cmd-setstatus = Change an application's status
cmd-link = A vacancy's link to post in a channel
help-officer-header = <b>For ministry officers</b>
help-officer-files = Send a vacancy file or an application status file (CSV, XLSX, XLS, ODS or JSON) here as a document: vacancies come back with the import summary, statuses first as a preview with an Apply button.
help-officer-vacancy-change = Vacancies are changed by file: send a table here as a document with the vacancy's number (external_id, such as QA-1024) and only the columns that change: status (closed to close it or pause it for a while, open to reopen it), deadline for a new closing date, positions for the number of places, salary for new pay. Everything else stays as it was; a new vacancy is added by the same file, with its title and employer.
help-officer-status-bulk = One step for many applications at once is given by a status file: send a table here as a document, a row per application with its number (application_id) or the worker's phone, and the new status; a note and a date may go beside them. You will see a preview first, and nothing changes until you press Apply. To see a vacancy's applicants and their steps, send its number, such as QA-1024.
help-officer-words = You can also just write: “how many welders with a visa in Mangystau?” is counted at once; “broadcast to welders and cooks: meeting tomorrow at 10:00” shows who will receive it and is sent once you confirm; “QA-1024” lists the vacancy’s applicants.
officer-tool-named = There is a command for that: { $command }. Tap it.
officer-find-by-name = I don't look workers up by name or IIN: I keep no IIN, and names repeat. Send the application's number (“application 1024”) or the phone number the worker gave (“+7 701 123 45 67”); /setstatus also takes the worker's Telegram id (“/setstatus 123456789”). A vacancy's applicants are listed by its number, such as QA-1024.
officer-greeting = Hello! Your tools are in the command menu and in /help: /setstatus, /broadcast, /stats. A file of vacancies or statuses is simply sent here as a document.
officer-count =
    { $lines }

    To write to them, send /broadcast.
officer-count-line = { $segment }: <b>{ $active }</b> { $active ->
        [one] worker
       *[other] workers
    }{ $inactive ->
        [0] {""}
       *[other] , and { $inactive } more who blocked the bot
    }
officer-count-not-understood = I couldn’t tell whom to count. Try, for example, “how many welders in Mangystau?” or “how many interviews?”. Overall figures: /stats.
officer-figures-not-kept = I don't keep workers' age, gender, education or kind of certificate as something to count by, so I can't count, report or export by them. I can count by trade, region, language and application status, for example “how many welders with a visa in Mangystau?”; overall figures: /stats.

## What a worker receives
broadcast-to-worker =
    📢 <b>Announcement from the Ministry of Labour</b>

    { $text }

## Composing a broadcast
broadcast-not-later = I can't send an announcement at a set time: a broadcast goes out as soon as you confirm it (at night it can be held until 8:00 in the morning). Send the request again when it's time, or send it now with /broadcast.
broadcast-not-done = I can't edit, recall or resend an announcement once sent, or see who has read it, and I only send here in Telegram. To fix a mistake, send the correction as a new broadcast to the same people, for example: "broadcast to welders in Atyrau: Correction: the interview is on 16 July, not 15 July".
broadcast-ask-text = Send the text of the announcement (up to { $max } characters), or a photo or a document (a PDF) with it as the caption (up to { $caption } characters). Bold, italics and links are kept. /cancel stops.
broadcast-audience-chosen = Recipients: { $segment }.
broadcast-text-empty = Please send the announcement as text, or a photo or document with the text as its caption.
broadcast-text-too-long = The text is too long: { $length } characters, at most { $max }. Please shorten it and send it again.
broadcast-ask-audience = Who should receive it? Press a button or type: “all”, a language (“Kazakh”), a region (“Mangystau”), a trade (“welders”) or an ISCO-08 code, an application status (“visa issued”), or the vacancy’s portal number. A region can go with the rest: “welders in Mangystau”.
broadcast-use-buttons = Please choose with the buttons above, or send /cancel to stop.
broadcast-audience-not-understood = I couldn’t tell who should receive it. Press a button above or type just one of: “all”, a language, a region, a trade or an ISCO-08 code, an application status, a vacancy number. /cancel to stop.
broadcast-pick-trade = Which workers exactly? Choose a group of trades or a trade:
broadcast-ask-narrower = Recipients now: { $segment }. Which of them should receive it? Press a button or type.
btn-audience-all = 👥 Everyone
btn-audience-lang = 🗣 By language
btn-audience-region = 📍 By region
btn-audience-isco = 🛠 By occupation
btn-audience-status = 📋 By application status
btn-audience-vacancy = 📄 Applicants to a vacancy
broadcast-ask-language = Which language do the workers use in the bot?
broadcast-ask-region = Which region?
broadcast-ask-status = Workers with an application in which status?
broadcast-ask-isco = Type a trade (“welders”, “drivers”) or an ISCO-08 group code of 1 to 4 digits: <code>7</code> craft and related trades, <code>72</code> metal and machinery trades, <code>7212</code> welders.
broadcast-bad-isco = No such trade or group. Type the trade in words or an ISCO-08 code of 1 to 4 digits, for example <code>72</code> or <code>7212</code>.
broadcast-ask-vacancy = Send the vacancy's portal number (external id) or its number in the bot.
broadcast-vacancy-not-found = No vacancy “{ $reference }”. Check the number and send it again.
broadcast-preview-below = Preview below: this is exactly what workers will see.
broadcast-summary =
    <b>Audience:</b> { $segment }

    Will receive it: <b>{ $active }</b> { $active ->
        [one] worker
       *[other] workers
    }
    Will not receive it (blocked the bot): { $inactive }

    Send it?
broadcast-night = 🌙 It is { $now } in Kazakhstan, and workers’ quiet hours last until { $morning }: the announcement can wait for the morning.
segment-all = everyone
segment-lang = language: { $language }
segment-region = region: { $region }
segment-regions = any of the regions: { $regions }
segment-isco = occupation group { $code }: { $title }
segment-isco-any = any of the occupation groups: { $groups }
segment-status = application status: { $status }
segment-vacancy = applicants to vacancy { $vacancy }
btn-broadcast-send = ✅ Send
btn-broadcast-morning = 🌅 Send at { $morning }
btn-broadcast-narrow = ➕ Narrow down
btn-broadcast-back = ↩️ Change the audience
btn-broadcast-cancel = ❌ Cancel
broadcast-cancelled = Cancelled: nothing was sent.
broadcast-queued = Announcement #{ $id } is queued for { $total } { $total ->
    [one] worker
   *[other] workers
}.
broadcast-queued-morning = Announcement #{ $id } is queued for { $total } { $total ->
    [one] worker
   *[other] workers
}; sending starts at { $morning } Kazakhstan time.

## Progress
broadcast-progress =
    📢 <b>Announcement #{ $id }</b>: { $state }

    ✅ Sent: { $sent } of { $total }
    🚫 Blocked the bot: { $blocked }
    ⚠️ Failed: { $failed }
    ⏳ Left: { $left }
    💤 Skipped at sending (blocked earlier): { $skipped }
broadcast-state-queued = sending…
broadcast-state-done = done
broadcast-state-stopped = stopped
btn-broadcast-stop = ⏹ Stop
broadcast-stopped = Stopped. Messages not yet sent will not go out.
broadcast-not-running = This announcement is no longer being sent.

## Statistics
stats-none = none yet
stats-count-line = • { $label }: { $count }
stats-region-unknown = region not given
stats-unclassified = not classified
stats-sought-line = • { $title } ({ $code }): { $workers } seeking · { $vacancies } vacancies, { $positions } places
stats-offered-line = • { $title } ({ $code }): { $vacancies } vacancies, { $positions } places
stats-text =
    📊 <b>Statistics</b>

    <b>Workers:</b> { $total }
    active { $active } · blocked the bot { $blocked } · complete profiles { $complete }

    <b>By region:</b>
    { $regions }

    <b>By language:</b>
    { $languages }

    <b>Occupations sought</b> (vs open vacancies):
    { $sought }

    <b>Occupations offered:</b>
    { $offered }

    <b>Open vacancies:</b> { $open } ({ $positions } places)

    <b>Applications by status:</b>
    { $applications }

    <b>Sent</b> in the last day / week:
    alerts { $alerts_day } / { $alerts_week } · announcements { $broadcasts_day } / { $broadcasts_week }
    { $reminders }
stats-reminders = reminders to finish the profile { $day } / { $week } · reminded this week and then finished the profile: { $finished }
export-summary = Summary: workers, vacancies, applications, messages
export-occupations = Occupations: sought vs offered
export-applications = Applications: id, Telegram id, vacancy, status, dates (UTC). Internal use only.

## Audit log
audit-empty = No officer actions yet.
audit-title =
    🗂 <b>Latest officer actions</b> ({ $count }, Kazakhstan time)

    { $lines }
audit-line = { $when } · <code>{ $officer }</code> · { $action }
audit-line-details = { $when } · <code>{ $officer }</code> · { $action }: { $details }
audit-action-import_vacancies = vacancy import
audit-action-import_statuses = status import
audit-action-status_change = status change
audit-action-broadcast = announcement
audit-action-broadcast_stop = announcement stopped
audit-action-officer_add = officer added
audit-action-officer_remove = officer removed
audit-action-export = export
audit-action-certificates_sent = certificates viewed

## Officers
officers-list =
    👮 <b>Officers</b>

    <b>From the server settings</b> (cannot be removed here):
    { $configured }

    <b>Added in the bot:</b>
    { $added }
officers-configured-line = • <code>{ $id }</code>
officers-added-line = • <code>{ $id }</code>, added by <code>{ $by }</code> on { $date }
officers-none = none
btn-officer-add = ➕ Add an officer
btn-officer-remove = ➖ Remove { $id }
officers-ask-id = Send the new officer's Telegram id (digits only). They can find it with @userinfobot.
officers-bad-id = A Telegram id is a number, for example <code>123456789</code>.
officers-already = { $id } is already an officer.
officers-added = { $id } is now an officer.
officers-removed = { $id } is no longer an officer.
officers-not-found = { $id } is not an officer added in the bot.
officers-cannot-remove-configured = This officer is set in the server settings (OFFICER_IDS) and cannot be removed in the bot.

## /link
link-usage = Send <code>/link</code> and the vacancy's portal number (external id) or its number in the bot, for example <code>/link QA-1024</code>.
link-not-found = No vacancy “{ $reference }”. Check the number and send it again.
link-text =
    <b>{ $reference } · { $title }</b>
    { $link }
link-open = Whoever opens this link sees the vacancy in the bot and can apply.
link-closed = ⚠️ This vacancy is closed or past its deadline: whoever opens the link is told it is no longer available.
officer-applications-listed = This is the first of the applications you named. Next: { $numbers } — send each number to open it. For many applications at once, a status file is easier: it changes them all together.
