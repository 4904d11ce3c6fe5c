## Applications: statuses, notices, /status, /rights, and the officers' status tools.

## Commands menu
cmd-status = My applications
cmd-rights = My rights under the contract

## Status names
status-name-applied = Application sent
status-name-qualification_check = Qualification check
status-name-employer_review = Reviewed by the employer
status-name-interview = Interview
status-name-offer = Job offer
status-name-contract_signed = Contract signed
status-name-visa_issued = Visa issued
status-name-departed = Departed to Qatar
status-name-employed = At work
status-name-rejected = Not selected
status-name-withdrawn = Withdrawn
status-name-terminated_early = Contract ended early

## What each step means and what to do next
status-next-applied = Your application has reached the ministry. Keep your phone on: an officer may call you.
status-next-qualification_check = The ministry is checking your qualifications and certificates. If something is missing, an officer will contact you. Keep your diplomas and certificates at hand.
status-next-employer_review = The employer is looking at your profile. No action is needed now; the decision usually takes a few weeks.
status-next-interview = The employer wants to talk to you. An officer will tell you the date, time and form of the interview. Prepare your documents and be ready to speak about your work experience.
status-next-offer = The employer offers you the job. Read the terms carefully; the contract follows the standard contract of the agreement. Ask the officer if anything is unclear.
status-next-contract_signed = Your employment contract is signed. Keep your copy of it safe.
status-next-visa_issued =
    Your work visa is issued. What happens next:
    • the employer buys your air ticket: you do not pay for it;
    • on arrival in Qatar the employer arranges your residence permit (QID) within 90 days;
    • register with the consular office of the Embassy of Kazakhstan in Doha after arrival;
    • keep your passport yourself: nobody but the consulate may hold it.
status-next-departed = Have a good journey and a good start! Keep copies of your passport and contract, and the embassy's phone number, with you.
status-next-employed = You are at work. We wish you success! If your pay or conditions differ from your contract, you have the right to complain.
status-next-rejected = This time the employer did not choose you. Do not give up: look at other vacancies with /jobs.
status-next-withdrawn = The application is withdrawn. You can apply for other vacancies with /jobs.
status-next-terminated_early =
    Your contract has ended early. Your rights:
    • a return ticket home at the employer's expense;
    • your final wages and the end-of-service benefit;
    • the right to complain if these are not paid.
    Contact the Embassy of Kazakhstan in Doha and the ministry's hotline: their numbers are in /rights.

## Notices
status-notice =
    📋 <b>{ $title }</b>, { $employer }
    New step: <b>{ $status }</b> ({ $date })
status-notice-passed = ✅ Also completed on the way: { $steps }
status-notice-note = 💬 Note from the officer: { $note }
status-contract-terms =
    <b>Key terms of your contract</b>
    { $terms }
status-checklist =
    <b>Before departure</b>
    • a passport valid for at least 6 more months;
    • a medical check;
    • a police clearance certificate;
    • copies of your diplomas and certificates;
    • your copy of the signed contract: keep it yourself.
    Never hand your passport to anyone but the consulate.
status-rights-link = Your rights under the standard contract: /rights
btn-status-timeline = 📋 Application history

## Contract terms
term-salary = 💰 Salary: { $amount } { $currency } a month
term-allowance-housing = 🏠 Housing allowance: { $amount } { $currency }
term-allowance-food = 🍽 Food allowance: { $amount } { $currency }
term-allowance-transport = 🚌 Transport allowance: { $amount } { $currency }
term-hours = ⏱ Working hours: { $hours } a week
term-leave = 🌴 Annual leave: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
term-months = 📅 Contract: { $months ->
    [one] { $months } month
   *[other] { $months } months
}
term-provided = ✅ Provided: { $items }
term-none = The vacancy did not state the terms: check them in your copy of the contract.

## /status
status-none = You have no applications yet. Find vacancies with /jobs.
status-list-header = <b>Your applications</b>
status-list-line = • <b>{ $title }</b>, { $employer }: { $status } (since { $date })
status-list-more = { $count ->
    [one] …and { $count } older application.
   *[other] …and { $count } older applications.
}
status-list-hint = Tap an application to see its history.
status-list-hint-withdraw = To withdraw an application, tap it, then “{ btn-status-withdraw }”.
status-timeline-header =
    📋 <b>{ $title }</b>, { $employer }
    Now: <b>{ $status }</b>
status-timeline-line = { $date }: { $status }
status-timeline-note = <i>{ $note }</i>
status-timeline-empty = No steps recorded yet.
btn-status-withdraw = ↩️ Withdraw the application
btn-status-back = ⬅️ All applications
status-withdraw-confirm = Withdraw your application for “{ $title }”? This cannot be undone; you can apply for other vacancies.
btn-withdraw-yes = Yes, withdraw
btn-withdraw-no = No, keep it
status-withdrawn = Your application for “{ $title }” is withdrawn.
status-withdraw-refused = This application can no longer be withdrawn: after departure, a contract can only end early. If you have a problem at work, see /rights.
status-not-found = I could not find this application. /status shows yours.

## Reasons a change is refused
status-refused = { $code ->
    [same_status] it is already at this status
    [closed] the application is closed (not selected, withdrawn or ended): its status cannot change
    [backward] an application cannot go back to an earlier step
    [not_departed] only possible after the worker has departed
    [after_departure] not possible after departure
    [unknown_status] unknown status
   *[other] { $code }
}

## /rights
rights-text =
    <b>Your rights under the standard contract</b>
    The employer may not change the standard contract of the Kazakhstan–Qatar agreement. It guarantees you:
    • air tickets at the start and at the end of the contract, and for your annual leave;
    • housing, or an allowance for it;
    • transport to and from work, or an allowance for it;
    • medical care;
    • paid annual leave of at least 3 weeks plus 3 days;
    • pay and working conditions exactly as written in your contract;
    • at least Qatar's minimum wage: QAR 1,000 basic a month, plus QAR 500 for housing and QAR 300 for food when the employer does not provide them;
    • your passport stays with you: the employer may not keep it;
    • if the contract ends early: a return ticket home at the employer's expense, your final wages and the end-of-service benefit.

    ⚠️ Recruitment under the agreement is free. Nobody may take money from you for a vacancy, a visa or a contract.

    <b>Where to turn</b>
    📞 Ministry of Labour hotline: { $hotline }
    🇰🇿 Embassy of Kazakhstan in Doha: { $embassy }
    🇶🇦 Qatar's labour complaints platform: { $complaints_url }
    🌐 Official vacancy portal: { $portal_url }

## Officers: /setstatus
setstatus-usage = Send <code>/setstatus</code> with an application's number, the worker's Telegram id or phone number, or a vacancy's portal number to see its applicants, e.g. <code>/setstatus 12</code>, <code>/setstatus +7 701 123 45 67</code> or <code>/setstatus QA-1024</code>.
setstatus-not-found = Nothing found for { $id }: no application, worker's Telegram id or worker's phone number.
setstatus-phone-not-found = No worker has given the phone number { $phone }.
setstatus-no-applications = Worker { $id } has no applications.
setstatus-pick-application = Applications of worker { $id }: choose one.
btn-setstatus-application = #{ $id } { $title } · { $status }
setstatus-vacancy-applications =
    Vacancy { $vacancy }, { $employer }: { $count } { $count ->
        [one] application
       *[other] applications
    }
    { $steps }{ $more ->
        [0] {""}
       *[other] {"\u000A"}Showing the { $shown } furthest along; open the others by their application number.
    }

    Choose an application:
setstatus-vacancy-step = { $status }: { $count }
btn-setstatus-applicant = #{ $id } { $name } · { $status }
setstatus-vacancy-no-applications = No one has applied to { $vacancy } ({ $employer }) yet.
setstatus-application =
    Application #{ $id } of worker <code>{ $worker }</code>
    { $title }, { $employer }
    Now: <b>{ $status }</b>
    Choose the new status:
btn-setstatus-certificates = 📎 Certificates ({ $count })
setstatus-certificate-caption = Application #{ $id }: certificate { $n } of { $count }
setstatus-certificate-gone = { $caption }: Telegram no longer has this file. Ask the worker to send it again.
setstatus-final =
    Application #{ $id } of worker <code>{ $worker }</code>
    { $title }, { $employer }
    Now: <b>{ $status }</b>
    This status is final: it cannot be changed.
setstatus-ask-note = New status: <b>{ $status }</b>. Write a note for the worker (for example, the interview date), or press “No note”.
btn-setstatus-no-note = No note
setstatus-note-too-long = The note is too long: at most { $max } characters, please.
setstatus-expect-note = Please write the note as text, or press “No note”.
setstatus-confirm =
    Change application #{ $id }: { $from } → <b>{ $to }</b>?
    Note: { $note }
setstatus-confirm-no-note = Change application #{ $id }: { $from } → <b>{ $to }</b>? (no note)
btn-setstatus-confirm = ✅ Confirm
btn-setstatus-cancel = ✖️ Cancel
setstatus-done = ✅ Application #{ $id } is now “{ $status }”. The worker will be notified.
setstatus-refused = Not changed: { $reason }.
setstatus-cancelled = Cancelled: nothing was changed.

## Officers: status files
status-import-file-error = { $code ->
    [unknown_format] I cannot read this file: send CSV, XLSX, XLS, ODS or JSON.
    [unreadable] The file is damaged or not a table. Please save it again as CSV or XLSX.
    [image] This is a picture (a photo or a screenshot), not a table. Please send the Excel or CSV file itself.
    [pdf] This is a PDF file, not a spreadsheet. Please send the table as Excel (XLSX) or CSV.
    [encrypted] This workbook is locked with a password. Remove the password in Excel, save and send it again.
    [word] This is a Word document, not a spreadsheet. Please copy its table into Excel and send the XLSX or CSV file.
    [archive] This is an archive (ZIP or RAR). Please unpack it and send the Excel or CSV file itself.
    [email] This is an e-mail message (from Outlook or another mail program), not a spreadsheet. Save the table attached to it, or copy the table from the letter into Excel, and send the XLSX or CSV file.
    [one_c] This is a 1C spreadsheet (.mxl), which only 1C opens. In 1C, save it as Excel (File → Save as…, type “Excel sheet (*.xlsx)”) and send that file.
    [empty] The file has no rows.
    [blank] The file is empty: it holds nothing at all (0 bytes). Please export the table again, open it to check the rows are there, and send it again.
    [missing_columns] Columns are missing: { $columns }. A status file needs <code>status</code> and a way to find the application: <code>application_id</code>, the worker's <code>phone</code>, or <code>telegram_id</code> (with <code>external_id</code> when the worker has applied more than once).
    [vacancy_file] This is a list of vacancies (titles and employers), not of applications' steps. Send it as a vacancy file; a status file names each application and its new step.
    [medical_fit] Every candidate in this list is medically FIT. A medical passed is not a step the bot keeps, so no application was changed and no one was told. Send the steps that follow it (a visa issued, a departure); a candidate found UNFIT is sent as <code>rejected</code>.
   *[other] The file could not be read ({ $code }).
}
status-import-summary =
    <b>Status file processed</b>
    Rows: { $rows }; changed: { $changed }; already at that status: { $unchanged }; with errors: { $errors }.
status-preview =
    <b>Status file: { $file }</b> (a preview: nothing is changed yet)
    Rows: { $rows }; will change: { $changed }; already at that status: { $unchanged }; with errors: { $errors }.
status-preview-move = • → { $status }: { $count }
status-preview-question = Apply it? Each worker concerned is told at once, and a step cannot be taken back.
btn-status-file-apply = ✅ Apply
btn-status-file-cancel = ❌ Cancel
status-file-cancelled = Cancelled: no application was changed.
status-import-error-line = • row { $row }, { $column }: { $reason } “{ $value }”
status-import-more-errors = { $count ->
    [one] …and { $count } more error.
   *[other] …and { $count } more errors.
}
status-import-status-hint = Steps: { $steps }. Write the code or the step's name as the bot shows it.
status-import-reason = { $code ->
    [missing] empty
    [missing_target] give the application number, or the worker's phone, or telegram_id (with external_id when the worker has applied more than once)
    [too_long] too long
    [not_a_number] not a number
    [negative] negative
    [out_of_range] out of range
    [bad_status] unknown or unclear status
    [bad_date] not a date (write 20.11.2026, 2026-11-20 or 20.11.2026 14:30)
    [date_ahead] this day has not come yet: a step is set once it has happened (a flight booked or a visa still awaited is not the step)
    [unknown_application] no such application
    [unknown_worker] no worker in the bot has this Telegram id
    [vacancy_mismatch] this application was made to another vacancy: check the application number or the vacancy code
    [unknown_target] no application of this worker for this vacancy
    [unknown_phone] no worker with this phone has applied
    [bad_phone] not a phone number (write +7 701 123 45 67 or 8 701 123 45 67)
    [several_applications] this worker has several applications: add the vacancy number or give the application number
    [phone_mismatch] this phone is not the phone of the worker whose application it is: check the number or the phone
    [unknown_status] the application's present status is unknown to the bot
    [same_status] it is already at this status
    [closed] the application is closed: its status cannot change
    [backward] cannot go back to an earlier step
    [not_departed] only possible after departure
    [after_departure] not possible after departure
   *[other] { $code }
}
