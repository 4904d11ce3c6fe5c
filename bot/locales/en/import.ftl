## Vacancy files: the summary an officer gets after sending a file (or running `jobbot import-vacancies`).

import-title = <b>Vacancy import: { $file }</b>
import-count-read = Rows read: { $count }
import-count-hidden = Rows hidden in the sheet (by a filter or by hand), read all the same: { $count }. To leave a vacancy out, delete its row or mark it closed.
import-count-created = New vacancies: { $count }
import-count-created-closed = New but already closed (kept closed, not shown to workers): { $count }
import-count-updated = Updated: { $count }
import-count-unchanged = Unchanged: { $count }
import-count-closed = Closed: { $count }
import-count-rejected = Rejected rows: { $count }
import-rejected-header = <b>Rejected rows</b> (fix them and send the file again):
import-row-error = Row { $row }, <code>{ $column }</code>: { $reason }
import-row-error-value = Row { $row }, <code>{ $column }</code>: { $reason } (“{ $value }”)
import-row-on-sheet = { $row } (sheet “{ $sheet }”)
import-unclassified-header = <b>Titles I could not match to an occupation</b> (add <code>isco_code</code> to these rows):
import-unclassified-item = • { $title }
import-group-titles-header = <b>Lines read as a group's title</b> and not imported (if one is a vacancy, fill in its other cells and send the file again):
import-group-title-item = • Row { $row }: { $title }
import-more = …and { $count } more
import-links-header = <b>Links to post</b> in a channel or on the ministry's site (for any other vacancy's link: <code>/link</code> and its portal number):
import-link-item = • { $reference } · { $title }: { $link }

## Why a row was rejected
import-reason-missing = empty, but it is required
import-reason-too_long = too long
import-reason-not_a_number = not a number
import-reason-negative = must not be negative
import-reason-out_of_range = outside the allowed range
import-reason-bad_bool = must be yes or no
import-reason-bad_date = not a valid date (for example 31.12.2026 or 2026-12-31)
import-reason-bad_country = not a country code (two letters, for example QA)
import-reason-bad_currency = not a currency code (for example QAR)
import-reason-min_above_max = the minimum salary is above the maximum
import-reason-bad_language = not a language code (for example en, ru, kk)
import-reason-bad_url = not a web link (it must start with http:// or https://)
import-reason-bad_isco = not an ISCO-08 occupation code (four digits, for example 7212)
import-reason-bad_status = must say whether the vacancy is open or closed: open, active, closed, filled
import-reason-duplicate = this vacancy's code (external_id) already appears higher up in the file
import-reason-bad_salary = needs a monthly sum: a number or a range, for example 1800 or 1500-2000
import-reason-deadline_past = this date has already passed: correct it, or mark the vacancy closed
import-reason-duplicate_row = the same vacancy (title, employer and city) is already higher up in the file
import-reason-other = invalid value
import-reason-duplicate_code = another vacancy higher up in the file already has this code: give each vacancy its own code, or the second would replace the first
import-reason-unknown_code = no vacancy with this code yet: a new vacancy needs its title and employer

## Why the whole file was not imported
import-file-unknown_format = I do not recognise this file format. Please send a CSV, XLSX, XLS, ODS or JSON file.
import-file-unreadable = I could not read this file. Please save it again as CSV (UTF-8) or XLSX and send it again.
import-file-image = This is a picture (a photo or a screenshot), not a table: I cannot read rows off it. Please send the Excel or CSV file itself.
import-file-pdf = This is a PDF file, not a spreadsheet: I cannot read rows from it. Please send the table as Excel (XLSX) or CSV; if you only have the PDF, ask for the Excel file it was made from.
import-file-encrypted = This workbook is locked with a password, so I cannot open it. Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save and send it again.
import-file-word = This is a Word document, not a spreadsheet. Please copy its table into Excel and send the XLSX or CSV file.
import-file-archive = This is an archive (ZIP or RAR). Please unpack it and send the Excel or CSV file itself.
import-file-email = This is an e-mail message (from Outlook or another mail program), not a spreadsheet: I cannot read a table from a letter. Save the table attached to it, or copy the table from the letter into Excel, and send the XLSX or CSV file.
import-file-one_c = This is a 1C spreadsheet (.mxl), which only 1C opens. In 1C, save it as Excel (File → Save as…, type “Excel sheet (*.xlsx)”) and send that file.
import-file-empty = The file has no rows.
import-file-blank = The file is empty: it holds nothing at all (0 bytes), so the export or the download must have failed. Please export the table again, open it to check that the vacancies are there, and send it again.
import-file-status_file = This is a file of application statuses (an application number or a worker’s phone, and a step), not a list of vacancies. Import it with <code>jobbot import-statuses PATH</code>, or send it to the bot in the chat: it is read as statuses and shown as a preview first.
import-file-missing_columns = The file lacks required columns: { $columns }. They may also be named as the portal or an agency names them (“Job Title”, “Employer”, «Должность»), and the header row may sit below a title.
import-too-big = The file is larger than 10 MB. Please split it into smaller files.
import-download-failed = I could not download the file. Please send it again.
import-reason-salary_currency = the pay is in another currency (tenge, dollars…): give it in the vacancy’s currency (riyals unless a “currency” column says otherwise)
import-reason-long_title = longer than a vacancy card can show: shorten it to 200 characters and put the requirements in their own column
import-file-link = This file holds only a link to a table (Google Sheets or a cloud drive), and I cannot open links. Open the table, download it (in Google Sheets: File → Download → Microsoft Excel (.xlsx)) and send me the downloaded file.
