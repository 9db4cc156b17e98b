## The language itself
language-endonym = English
language-switcher-label = Choose a language

## Layout
service-name = Dialogues
service-tagline = Case support for one-to-one Developing Dialogues work
skip-link = Skip to main content
footer-illustrative = Dialogues is case-support software. The practice content it ships with is illustrative and is not official HMPPS material.
footer-meta-label = Support links

## Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Home page
home-page-title = Start
home-title = Dialogues
home-lead = Plan, run and record structured one-to-one sessions, keep a structured formulation up to date, and get the supervision and training support this work needs.
home-encrypted = Everything you write about a person is encrypted, and only you, your supervisors and your organisation's recovery key can open it.
home-setup-heading = This organisation has not been set up yet
home-setup-body = An administrator sets Dialogues up once, from the command line on the machine it runs on (put cargo run --release -- in front when running from the source code):
home-setup-then = It asks for the administrator's password and writes the organisation's recovery key to a new file, to be kept offline. Then reload this page and sign in.

## Error pages
error-not-found-title = Page not found
error-not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
error-not-found-home = Go to the start page
error-server-title = Sorry, there is a problem with the service
error-server-body = Try again later. Nothing you saved before this has been lost.
error-server-reference = If you contact your administrator, give them this reference: { $reference }

## Toolkit in use
footer-toolkit = Toolkit:
footer-toolkit-version = version { $version }
footer-toolkit-content = content { $hash }
home-toolkit-heading = Practice content
home-toolkit-modules = { $count ->
        [one] one session module
       *[other] { $count } session modules
    }
home-toolkit-factors = { $count ->
        [one] one formulation factor
       *[other] { $count } formulation factors
    }

## Forms and notices shared by every page
error-summary-title = There is a problem
error-title-prefix = Error:
error-prefix = Error:
warning-prefix = Warning
notice-success = Success

## Header when signed in
nav-label = Your account
nav-your-account = Your account
nav-accounts = Accounts
nav-sign-out = Sign out

## Roles
role-facilitator = Facilitator
role-supervisor = Supervisor
role-training-manager = Training manager
role-administrator = Administrator
role-learner = Learner (everyone can use the applied refresher)

## Sign in and out
sign-in-title = Sign in
sign-in-email = Email address
sign-in-password = Password
sign-in-button = Sign in
sign-in-help = If you have forgotten your password, or have not got an account yet, ask an administrator in your organisation.
sign-in-notice-activated = Your password is set. You can now sign in.
sign-in-problem-email-missing = Enter your email address
sign-in-problem-password-missing = Enter your password
sign-in-problem-not-recognised = The email address or password is not right, or the account cannot be used. Check them and try again. If it still does not work, ask an administrator to check your account.
sign-in-problem-throttled = { $count ->
    [one] There have been too many attempts to sign in. Wait 1 minute, then try again.
   *[other] There have been too many attempts to sign in. Wait { $count } minutes, then try again.
}
signed-out-title = You have signed out
signed-out-body = Your session has ended and your keys have been cleared from the server's memory.
signed-out-again = Sign in again

## Set a password with a one-time link
activate-title = Set your password
activate-button = Set password
link-problem-title = This link cannot be used
link-problem-body = The link has expired, has already been used, or is not complete.
link-problem-action = Ask an administrator in your organisation for a new link.
password-new = New password
password-confirm = Type the new password again
password-current = Current password
password-hint = At least 12 characters. There are no other rules: three or four random words make a strong password that is easy to remember.
password-problem-missing = Enter a password
password-problem-too-short = The password must be at least 12 characters
password-problem-too-long = The password must be 256 characters or fewer
password-problem-common = This password is too common or too easy to guess. Try three or four random words
password-problem-mismatch = The two passwords do not match. Type the same password in both boxes
password-problem-current-missing = Enter your current password
password-problem-current-wrong = Your current password is not right

## Your account
account-title = Your account
account-name = Name
account-email = Email address
account-roles = Roles
account-supervisors = Supervisors
account-status = Status
account-password = Password
account-change = Change
account-status-active = Active
account-status-awaiting = Waiting to set a password
account-status-disabled = Disabled
account-language-heading = Language
account-language-label = Language for this service
account-language-hint = Saved on your account, so it follows you to any computer.
account-language-browser = Use my browser's setting
account-language-save = Save language
account-notice-language = Your language is saved.
account-notice-password = Your password has been changed. You have been signed out everywhere else.
password-change-title = Change your password
password-change-button = Change password
back-to-account = Back to your account

## Accounts (administrators)
admin-accounts-title = Accounts
admin-accounts-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
admin-add-account = Add a person
admin-add-button = Add person and make their link
admin-back-to-accounts = Back to accounts
admin-roles-hint = Select all that apply. Everyone can use the applied refresher.
admin-supervisors-hint = The people who review this person's work and support them. Only people with the supervisor role are listed.
admin-no-supervisors = Nobody has the supervisor role yet.
admin-save-roles = Save roles
admin-save-supervisors = Save supervisors
admin-access-heading = Access
admin-reset-body = Resetting ends this person's sessions, stops their password working and makes a new one-time link for them to choose another. Their access to cases must then be granted again.
admin-reset-button = Reset password
admin-disable-body = Disabling stops this person signing in and ends their sessions now. Nothing they wrote is lost.
admin-disable-button = Disable account
admin-enable-body = This account is disabled. The person cannot sign in.
admin-enable-button = Enable account
admin-notice-roles = Roles saved.
admin-notice-supervisors = Supervisors saved.
admin-notice-disabled = The account is disabled and its sessions have ended.
admin-notice-enabled = The account is enabled.
admin-problem-last-administrator = This would leave nobody who can manage accounts. Give another person the administrator role first
admin-link-title = Person added
admin-link-reset-title = Password reset
admin-link-give = Give { $name } this link, in person or by a trusted route. They use it to choose their own password:
admin-link-warning = { $count ->
    [one] The link works once and expires in 1 hour. Do not keep a copy.
   *[other] The link works once and expires in { $count } hours. Do not keep a copy.
}
admin-link-reset-keys = Their old password no longer works. A colleague who holds their cases, or the recovery key, must grant their case access again.
admin-audit-heading = Audit log
admin-audit-body = Record the chain head somewhere outside this system from time to time (for example in your information governance log). If the audit log is ever altered, `dialogues audit verify` and this record will show it.
admin-audit-entries = Entries
admin-audit-head = Chain head

## Account problems
accounts-problem-email-missing = Enter an email address
accounts-problem-email-format = Enter an email address in the right format, like name@example.org
accounts-problem-email-taken = Somebody already has an account with this email address
accounts-problem-name-missing = Enter the person's name
accounts-problem-name-too-long = The name must be 100 characters or fewer
accounts-problem-role-unknown = Choose a role from the list
accounts-problem-role-missing = Select at least one role

## Refused requests
error-csrf-title = This form could not be sent
error-csrf-body = The page was open for too long, you signed in or out in another tab, or the form was sent from another website. Nothing was changed.
error-csrf-action = Go back, reload the page, and send the form again. What you typed is usually still there when you go back.
error-too-large-title = The form was too large
error-too-large-body = The form was larger than the server accepts. Nothing was changed.
error-too-large-action = Go back and send it in smaller parts.
error-busy-title = The service is busy
error-busy-body = Another task was using the database, so nothing was changed.
error-busy-action = Go back and send the form again in a few seconds. What you typed is usually still there when you go back.
home-signed-in-heading = Signed in as { $name }
error-bad-request-title = The form could not be read
error-bad-request-body = Something in what was sent was not in the form the service expects. Nothing was changed.
error-bad-request-action = Go back, reload the page, and try again. What you typed is usually still there when you go back.

## Shared words and dates
yes = Yes
no = No
warning = Warning
date-day = Day
date-month = Month
date-year = Year
date-hint = For example, 27 3 2026
date-problem-incomplete = Enter a day, a month and a year
date-problem-not-real = Enter a real date, for example 27 3 2026
date-month-year = { $month } { $year }
chart-point-title = { $label }: { $value }
number-percent = { $value }%
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## Navigation
nav-training = Your training
nav-training-overview = Training overview
nav-refresher = Applied refresher

## Reminders on the start page
reminders-title = Training reminders
reminders-own-expired = { $count ->
    [0] {""}
    [one] One of your training requirements has expired.
   *[other] { $count } of your training requirements have expired.
}
reminders-own-due-soon = { $count ->
    [0] {""}
    [one] One is due for renewal soon.
   *[other] { $count } are due for renewal soon.
}
reminders-own-link = See your training
reminders-supervisees = People you supervise with training to renew:
reminders-staff-expired = { $count ->
    [one] One member of staff has expired training.
   *[other] { $count } members of staff have expired training.
}
reminders-staff-expired-link = See who has expired training
reminders-staff-due-soon = { $count ->
    [one] One member of staff has training due soon.
   *[other] { $count } members of staff have training due soon.
}
reminders-staff-due-soon-link = See whose training is due soon

## Training statuses
training-status = Status
training-status-valid = Valid
training-status-due-soon = Due soon
training-status-expired = Expired
training-status-missing = Missing
training-status-not-required = Not required
training-gap-modules = Not recorded yet: { $modules }
training-gap-score = Score { $score }% is below the pass mark of { $pass_mark }%
training-unmet = { $names }: { $status }
training-or = {" "}or{" "}

## Your training
training-own-title = Your training
training-may-facilitate = You may facilitate Developing Dialogues sessions
training-may-not-facilitate = You cannot facilitate Developing Dialogues sessions yet. This is what is missing or out of date:
training-attention = { $count ->
    [one] One requirement needs renewing soon or has expired.
   *[other] { $count } requirements need renewing soon or have expired.
}
training-rule-heading = What you need to facilitate sessions
training-requirements-heading = Training requirements
training-completed-on = Completed on { $date }
training-valid-until = Valid until { $date }
training-until-short = until { $date }
training-planned-for = Planned for { $date }
training-refresher-body = The applied refresher keeps your practice fresh between courses. You can stop at any time and carry on later.
training-refresher-start = Go to the applied refresher

## Training overview
training-overview-title = Training overview
training-download-csv = Download this view as CSV
training-filter-heading = Filter
training-filter-any = Any
training-filter-apply = Apply filters
training-filter-clear = Clear filters
training-team = Team
training-role = Role
training-overview-summary = { $count ->
    [one] One member of staff shown.
   *[other] { $count } members of staff shown.
}
training-overview-allowed = { $count ->
    [one] One may facilitate sessions.
   *[other] { $count } may facilitate sessions.
}
training-counts-heading = How many people are in each status
training-requirement = Requirement
training-chart-heading = Compliance over time
training-chart-caption = Facilitators whose training lets them facilitate, at the end of each month
training-chart-desc = A line chart of the percentage of facilitators in this view who met the facilitation rule at the end of each of the last 12 months and today. The same figures are in the table below.
training-chart-table = Show the figures as a table
training-chart-day = Date
training-chart-percent = Percentage
training-chart-people = Facilitators
training-chart-detail = { $allowed } of { $count }
training-matrix-heading = Staff and their training
training-matrix-empty = Nobody matches these filters.
training-may-facilitate-column = May facilitate
training-next-planned = Next planned training

## One person's training
training-person-caption = Training record
training-staff-group = Staff group
training-staff-group-hint = This decides which awareness training applies: ASPECTS or WRAP 3.
training-not-set = Not set
training-joined = Joined on
training-joined-hint = Training cannot be recorded before this date. For example, 27 3 2019
training-records-of = Records of { $name }
training-completed = Date completed
training-module = Module
training-score = Knowledge check score
training-score-hint = For e-learning modules and the refresher: a whole number from 0 to 100. Leave empty for face-to-face training.
training-evidence = Evidence note (optional)
training-evidence-hint = For example, where the certificate or attendance register is kept. Up to 500 characters.
training-actions = Actions
training-remove = Remove
training-record-heading = Record training
training-record-button = Record training
training-choose = Choose
training-plan-heading = Plan the next training
training-plan-body = Set the date you have booked for this person's next training in a requirement. Leave the date empty to clear it.
training-plan-hint = For example, 14 1 2027
training-planned-date = Planned date
training-plan-button = Save planned date
training-details-heading = Staff details
training-details-button = Save staff details
training-notice-recorded = The training was recorded.
training-notice-removed = The record was removed.
training-notice-details = The staff details were saved.
training-notice-planned = The planned date was saved.
training-problem-staff-group = Choose a staff group from the list
training-problem-team-long = Team names can be up to 100 characters
training-problem-joined-future = The joining date must be today or in the past
training-problem-plan-requirement = Choose the requirement you are planning

## Import
training-import-title = Import training records
training-import-intro = Upload a CSV file of completed training. The whole file is checked first: if any row has a problem, nothing is imported and every problem is listed with its line number. Importing the same file again changes nothing.
training-import-file = CSV file
training-import-file-hint = { $count ->
   *[other] A .csv file saved as UTF-8, up to { $count } KB, with the columns below in the first line.
}
training-import-button = Check and import
training-import-choose-file = Choose a CSV file to import
training-import-too-big = The file is larger than { $max_kb } KB: split it into smaller files
training-import-rejected = { $count ->
    [one] The file has one problem, so nothing was imported. Correct it and upload the whole file again.
   *[other] The file has { $count } problems, so nothing was imported. Correct them and upload the whole file again.
}
training-import-done = Imported: { $added } added, { $changed } changed, { $unchanged } already recorded.
training-import-problems = Problems in the file
training-import-line = Line
training-import-problem = Problem
training-import-whole-file = Whole file
training-import-columns-heading = Columns
training-import-column-email = The person's work email address, as on their account.
training-import-column-requirement = The requirement's id (see the list below).
training-import-column-module = For e-learning: the module's id. Leave empty for anything else.
training-import-column-completed_on = The date it was completed, written YYYY-MM-DD (for example 2026-03-14). Not in the future, and not before the person joined.
training-import-column-score = The knowledge check score from 0 to 100, for e-learning modules and the refresher. Leave empty otherwise.
training-import-column-evidence = An optional note of the evidence, up to 500 characters.
training-import-example = Example
training-import-ids-heading = Requirement and module ids
training-import-id = Id
training-import-modules = Modules
training-import-needs-score = Needs a score
training-back-to-overview = Back to the training overview
training-import-utf16 = The file is saved as UTF-16 text. Save it again as "CSV UTF-8" and upload it again.
training-import-unreadable = This line could not be read as CSV. Check its quotation marks.
training-import-header = The first line must name the columns { $columns }, in that order.
training-import-empty = The file has no rows of training under its first line.
training-import-not-utf8 = This line has characters that are not UTF-8 text. Save the file as "CSV UTF-8" and upload it again.
training-import-field-count = This line has { $found } values, but there must be { $expected }. Check for a missing or extra comma.
training-import-duplicate = This row repeats line { $line } (same person, requirement, module and date). Remove one of them.
training-import-email-empty = The email is empty. Give the person's work email address.
training-import-unknown-staff = Nobody has an account with the email { $email }. Check the spelling, or ask an administrator to add them first.
training-import-requirement-empty = The requirement is empty. Use one of: { $known }.
training-import-unknown-requirement = "{ $requirement }" is not a requirement. Use one of: { $known }.
training-import-module-needed = { $requirement } is recorded module by module: give the module, one of { $known }.
training-import-unknown-module = "{ $module }" is not a module of { $requirement }. Use one of: { $known }.
training-import-module-not-allowed = { $requirement } has no modules: leave the module empty.
training-import-date-empty = The date completed is empty. Write it as YYYY-MM-DD, for example 2026-03-14.
training-import-date-format = "{ $value }" is not a date written YYYY-MM-DD, for example 2026-03-14.
training-import-date-future = The date { $date } is in the future. Give the date the training was completed.
training-import-date-before-joined = The date { $date } is before this person joined ({ $joined }). Check the date, or correct their joining date.
training-import-score-needed = { $requirement } has a knowledge check: give the score from 0 to 100.
training-import-score-not-allowed = { $requirement } has no knowledge check: leave the score empty.
training-import-score-format = "{ $value }" is not a score. Give a whole number from 0 to 100.
training-import-score-above-100 = The score { $value } is above 100. Give a whole number from 0 to 100.
training-import-evidence-too-long = The evidence note is longer than { $max } characters. Shorten it.

## Applied refresher
refresher-title = Applied refresher
refresher-facts = { $count ->
    [one] An attempt has one question.
   *[other] An attempt has { $count } questions.
}
refresher-pass-mark = You need { $pass_mark }% to pass.
refresher-start = Start an attempt
refresher-resume = Carry on where you left off
refresher-resume-body = You have an attempt in progress: { $answered } of { $total } questions answered.
refresher-attempts-heading = Your attempts
refresher-started = Started
refresher-result = Result
refresher-in-progress = In progress
refresher-passed = Passed
refresher-not-passed = Not passed
refresher-result-score = { $correct } of { $total } right ({ $percent }%)
refresher-result-abandoned = Closed before the end
refresher-question-of = Question { $number } of { $total }
refresher-reread-scenario = Read the scenario again
refresher-check-answer = Check my answer
refresher-saved-hint = Each answer is saved when you check it. You can stop at any time and carry on later, even after signing out.
refresher-problem-choose = Choose an answer
refresher-right = Right
refresher-not-right = Not quite
refresher-your-answer = Your answer:
refresher-best-answer = Best answer:
refresher-why = Why
refresher-next = Next question
refresher-see-result = See your result
refresher-result-title = Your refresher result
refresher-passed-title = You passed the refresher
refresher-passed-body = Your applied refresher record has been updated.
refresher-not-passed-title = You did not pass this time
refresher-not-passed-body = You need { $pass_mark }% to pass. Look back at the explanations and try again when you are ready.
refresher-review-heading = Your answers
refresher-number = Number
refresher-question = Question
refresher-back = Back to the refresher
refresher-changed-title = This attempt cannot continue
refresher-changed-body = The refresher content has changed since you started this attempt, so some of its questions no longer exist. Close it and start a new attempt; your earlier answers stay in your history.
refresher-changed-button = Close this attempt

## Cases
nav-caseload = Your cases
nav-review = Review
cancel = Cancel
back-to-case = Back to the case
setting-custody = In custody (prison)
setting-community = In the community (probation)
caseload-title = Your cases
caseload-intro = Each case has a reference made by the system. Names and other identifying details are only shown on the case page, and every time they are opened it is recorded.
caseload-open-case = Open a new case
caseload-none = You have no open cases.
caseload-open-caption = { $count ->
    [one] 1 open case
   *[other] { $count } open cases
}
caseload-closed-caption = { $count ->
    [one] 1 closed case
   *[other] { $count } closed cases
}
caseload-reference = Reference
caseload-sessions = Sessions
caseload-last-session = Last session
caseload-next-session = Next session
caseload-flags = Needs attention
caseload-none-yet = None yet
caseload-not-planned = Not planned
caseload-concerns = { $count ->
    [one] 1 open concern
   *[other] { $count } open concerns
}
caseload-awaiting-review = { $count ->
    [one] 1 awaiting review
   *[other] { $count } awaiting review
}
caseload-views = Which cases to show
caseload-open-heading = Open cases
caseload-closed-heading = Closed cases
caseload-none-closed = You have no closed cases.
caseload-pagination = Pages of cases
caseload-previous = Previous page
caseload-next = Next page
caseload-page-of = Page { $page } of { $pages }
case-new-title = Open a new case
case-new-intro = The system gives the case a reference. Use the reference when you talk or write about the case.
case-details-protected = These details are encrypted. Only you, your supervisors and your organisation's recovery key can open them.
case-details-change-title = Change the person's details
case-name-label = Full name
case-dob-label = Date of birth
case-dob-hint = For example, 27 3 1990
case-number-label = Prison or probation number
case-number-hint = As your organisation writes it, for example A1234BC
case-setting-label = Where the person is
case-new-save = Open the case
case-details-save = Save the details
case-problem-name-missing = Enter the person's full name
case-problem-name-long = The name must be { $max } characters or fewer
case-problem-dob-missing = Enter the person's date of birth
case-problem-dob-future = The date of birth must be in the past
case-problem-number-missing = Enter the person's prison or probation number
case-problem-number-long = The number must be { $max } characters or fewer
case-problem-setting-missing = Choose where the person is
case-problem-changed-elsewhere = These details were changed in another tab or window. Check the details below and save again.
case-title = Case { $reference }
case-caption-open = Open case
case-caption-closed = Closed case
case-notice-opened = The case is open. Plan the first session when you are ready.
case-notice-details = The details have been saved.
case-notice-closed = The case is closed. You can reopen it at any time.
case-notice-reopened = The case is open again.
case-notice-override = The override is recorded. The facilitator can now plan one session on this case.
case-open-concerns = { $count ->
    [one] There is 1 open concern on this case.
   *[other] There are { $count } open concerns on this case.
}
case-see-concerns = See the concerns
case-details-heading = The person
case-facilitator = Facilitator
case-opened = Opened
case-closed-on = closed { $date }
case-change-details = Change the person's details
case-next-heading = Next session
case-next-none = No session is planned.
case-next-on = Planned for { $date }
case-suggested = Suggested next module:
case-plan-session = Plan a session
case-sessions-heading = Sessions
case-sessions-none = No sessions yet.
case-session-module = Module
case-session-date = Date
case-session-status = Status
case-formulation-heading = Formulation
case-formulation-none = No evidence has been linked to the formulation yet. When you close a session you can link what you heard to formulation factors.
case-formulation-evidence = { $count } pieces of evidence from sessions, across { $factors } formulation factors.
case-concerns-heading = Concerns
case-concerns-none = No concerns have been raised on this case.
case-concern-raised = Raised by { $name } on { $date }
case-concern-session = See the session it was raised in
case-close-heading = Close the case
case-close-hint = Close the case when the work has ended. Nothing is deleted, and you can reopen it.
case-close = Close the case
case-reopen-heading = Reopen the case
case-reopen-hint = Reopen the case to plan more sessions.
case-reopen = Reopen the case
error-no-case-key-title = You do not have the key to this case yet
error-no-case-key-body = The case is one you may see, but its notes are encrypted and have not yet been shared with your current key. This happens when you have just become someone's supervisor, or after your password was reset.
error-no-case-key-what-to-do = The key is shared with you automatically the next time the case's facilitator opens it. If that cannot wait, ask your administrator to restore access with the recovery key.
error-no-case-key-back = Go to your cases

## The training gate
gate-title = You cannot start a session yet
gate-blocked = Your Developing Dialogues training does not meet the rule for running sessions:
gate-what-to-do = Ask your training manager to record any training you have done, or your supervisor for an override for one session.
gate-see-training = See your training
gate-override-applies = Your supervisor has allowed one session on this case while your training is brought up to date. Their reason:
override-heading = Allow one session
override-intro = { $name }'s training does not meet the rule for running sessions:
override-reason-label = Why should this session go ahead?
override-reason-hint = This is recorded with your name and shown on the session. It allows one session on this case only.
override-save = Allow one session
override-waiting = You have allowed one session, which has not been planned yet. Your reason:
override-problem-missing = Enter the reason for allowing this session
override-problem-long = The reason must be { $max } characters or fewer

## Sessions
choose-title = Which module will this session use?
choose-hint = The suggested module is the next one in the programme that this case has not used.
choose-suggested = Suggested
choose-used = Used before
choose-continue = Continue
session-problem-module-missing = Choose a module
session-problem-module-unknown = That module is not in the toolkit. Choose one of the modules listed.
session-problem-gate = Your training no longer meets the rule for running sessions. See your training for what is missing.
session-problem-case-closed = The case is closed. Reopen it to plan or change sessions.
session-problem-submitted = This session has been submitted for review, so it cannot be changed now.
session-problem-signed-off = This session has been signed off. Add an amendment instead.
session-problem-not-ready = This session cannot be changed in its current state.
session-problem-already-submitted = This session was already submitted. Nothing was changed.
session-problem-close-first = Close the session with a summary before you submit it.
session-problem-already-signed-off = This session was already signed off. Nothing was changed.
plan-title = Plan the session
plan-date-label = Date of the session
plan-date-hint = For example, 27 3 2026
plan-place-label = Place
plan-place-hint = For example, the interview room on the education corridor
plan-preparation-legend = Preparation
plan-preparation-hint = Tick each item as you do it. You can come back to this list before the session.
plan-safety-legend = Your own safety
plan-safety-1 = Someone knows where I am, who I am with and when I will finish.
plan-safety-2 = I know how to raise the alarm in this room.
plan-safety-3 = I can leave the room easily, and nothing blocks my way out.
plan-safety-4 = I have arranged to talk to my supervisor or a colleague afterwards.
plan-safety-notes-label = Your safety arrangements (optional)
plan-safety-notes-hint = Anything else you have arranged to keep yourself safe.
plan-save = Save the plan
plan-problem-date-missing = Enter the date of the session
plan-problem-place-long = The place must be { $max } characters or fewer
session-status-planned = Planned
session-status-in-progress = In progress
session-status-closed = Closed, not submitted
session-status-submitted = Awaiting review
session-status-signed-off = Signed off
session-notice-closed = The session is closed. Check the summary, then submit it for review.
session-notice-submitted = The session has been sent to your supervisor for review.
session-notice-signed-off = The session is signed off and locked.
session-notice-amended = Your amendment has been added.
session-notice-saved = Your notes have been saved. You can carry on from where you left off.
session-plan-heading = Plan
session-not-set = Not set
session-checklist = Preparation checklist
session-checks-done = { $done } of { $total } done
session-facilitator = Facilitator
session-change-plan = Change the plan
session-stages-heading = Stages
session-stage-has-notes = Notes
session-begin = Start the session
session-resume = Carry on with the session
session-close = Close the session
session-closing-heading = Closing record
session-change-closing = Change the closing record
session-submit-hint = When you submit the session, your supervisor reviews it. You cannot change it while it is with them.
session-submit = Submit for review
session-submitted-on = Submitted for review on { $date }.
session-signed-off-by = Signed off by { $name } on { $date }. The record is locked; changes are added as amendments beside it.
session-sign-off-hint = Signing off locks the session. Later changes are kept as amendments beside it.
session-sign-off = Sign off the session
session-amendments-heading = Amendments
session-amendments-none = No amendments.
session-amendment-by = Amendment by { $name } on { $date }
session-add-amendment = Add an amendment
session-snapshot-heading = Facilitator's training on { $date }
session-snapshot-met = The facilitator's training met the rule for running sessions.
session-snapshot-overridden = The facilitator's training did not meet the rule; a supervisor allowed this session.
session-snapshot-not-met = The facilitator's training did not meet the rule.
session-snapshot-until = valid until { $date }
session-override-by = Allowed by { $name } on { $date }: { $reason }
session-toolkit-version = Toolkit version used: { $version }
stage-of = Stage { $number } of { $total }
stage-minutes = { $count ->
    [one] About 1 minute
   *[other] About { $count } minutes
}
stage-questions = Questions you could ask
stage-listen-for = What to listen for
stage-informs = What you hear here can inform: { $factors }
stage-notes-label = Your notes for this stage
stage-notes-hint = Up to { $max } characters. Your notes are saved as you type, and when you press any button below.
stage-save-next = Save and go to the next stage
stage-save-close = Save and close the session
stage-save-previous = Save and go back a stage
stage-save-leave = Save and come back later
stage-no-notes = No notes for this stage.
stage-pagination = Stages
stage-previous = Previous stage
stage-next = Next stage
stage-back-to-session = Back to the session
notes-autosaved-at = Saved at { $time }
notes-autosave-signed-out = Not saved: you have been signed out. Copy your notes, sign in again in a new tab, then paste them back.
notes-problem-busy = Not saved yet: the service was busy. Your text is still on this page and nothing has been lost. Save again in a few seconds.
notes-autosave-failed = Not saved: there was a problem with the service (reference { $reference }). Your text is still on this page: copy it somewhere safe, then try to save again.
notes-busy-title = Your notes are not saved yet
notes-busy-body = The service was busy, so nothing was changed. Your text is below and nothing has been lost: wait a few seconds, then try again.
notes-busy-try-again = Try saving again
notes-problem-too-long = Notes must be { $max } characters or fewer. You have typed { $count }: shorten them, or move some to another stage.
notes-problem-conflict = These notes were changed in another tab or window after you opened this page. Your text is below and nothing has been lost. Compare it with the saved text, then save again to keep yours.
notes-conflict-saved-heading = The saved text, from the other tab or window
notes-signed-out-title = You were signed out before your notes were saved
notes-signed-out-body = Your notes were not saved, but they are shown below so that nothing is lost.
notes-signed-out-step-copy = Copy your notes from the box below.
notes-signed-out-step-sign-in = Sign in again (this opens in a new tab).
notes-signed-out-step-paste = Go back to the stage, paste your notes and save.
notes-signed-out-your-text = Your notes
notes-signed-out-sign-in = Sign in again
close-title = Close the session
close-summary-label = Summary of the session
close-summary-hint = What you talked about and what stood out. Up to { $max } characters.
close-engagement-legend = How did the person take part?
engagement-engaged = Took part fully
engagement-partly = Took part in some of the session
engagement-guarded = Guarded or reluctant
engagement-declined = Declined to take part
close-actions-label = Agreed actions
close-actions-hint = What you and the person agreed to do before the next session.
close-next-label = Next session (optional)
close-next-hint = For example, 27 3 2026
close-evidence-legend = Evidence for the formulation
close-evidence-hint = Link what you heard to formulation factors. Leave a box empty if this session said nothing about that factor. The factors this module's stages inform are shown first.
close-evidence-other = Other formulation factors
close-save = Close the session
close-problem-summary-missing = Enter a summary of the session
close-problem-engagement-missing = Choose how the person took part
close-problem-next-past = The next session must be today or later
amend-title = Add an amendment
amend-hint = Say what you are correcting or adding, and why. The signed-off record stays as it was. Up to { $max } characters.
amend-save = Add the amendment
amend-problem-missing = Enter the amendment

## Concerns
concern-raise = Raise a concern
concern-title = Raise a concern
concern-urgent = If anyone is in immediate danger, act now and follow your emergency procedure first. Record the concern afterwards.
concern-route-heading = How to report it
concern-route-default = Tell your supervisor today, in person or by phone, and follow your organisation's safeguarding and information-sharing procedure. Record what was said in the person's own words, when, and who else was present.
concern-what-label = What was disclosed or observed
concern-what-hint = Use the person's own words where you can. Up to { $max } characters.
concern-action-label = What you have done already (optional)
concern-action-hint = For example, who you told and when.
concern-save = Record the concern
concern-problem-missing = Enter what was disclosed or observed
concern-raised-title = Concern recorded
concern-raised-body = The case is flagged and your supervisor can see it in their review list now.
concern-back-to-stage = Go back to the session
concern-open = Open
concern-acknowledged = Acknowledged
concern-acknowledge = Mark as seen by a supervisor

## Review
review-title = Review
review-concerns-heading = { $count ->
    [one] 1 open concern
   *[other] { $count } open concerns
}
review-concerns-none = No open concerns from the people you supervise.
review-sessions-heading = { $count ->
    [one] 1 session awaiting sign-off
   *[other] { $count } sessions awaiting sign-off
}
review-sessions-none = No sessions are waiting for you.
review-facilitator = Facilitator
review-what = What
review-when = When
review-concern = Concern raised

## Formulation (ERG-style structured formulation)
case-formulation-not-started = No formulation has been started for this case.
case-formulation-open = Open the formulation
formulation-title = Formulation
formulation-spj = This formulation supports your structured professional judgement. The ratings are not added up: there is no score, no total and no risk level. Your written judgement is what matters.
formulation-none = There is no formulation for this case yet.
formulation-start-first = Start the first formulation
formulation-start-revision = Start a revision of version { $number }
formulation-continue = Continue version { $number }
formulation-prompts-first = Closed sessions have tagged evidence for these factors:
formulation-prompts-since = Sessions closed since version { $number } was signed off have tagged evidence for these factors. Consider them in the next revision:
formulation-versions = Versions
formulation-version = Version
formulation-version-short = Version { $number }
formulation-version-title = Formulation version { $number }
formulation-state = State
formulation-started = Started
formulation-submitted = Submitted
formulation-signed-off = Signed off
formulation-signed-off-by = { $date }, by { $name }
formulation-signed-off-by-name = Signed off by { $name } on { $date }
formulation-returned-by = Returned by { $name } on { $date }
formulation-status-draft = Draft
formulation-status-submitted = Awaiting review
formulation-status-returned = Returned for changes
formulation-status-signed-off = Signed off
formulation-notice-started = The new version is ready. It starts as a copy of the previous one, if there was one.
formulation-notice-saved = Your changes have been saved.
formulation-notice-submitted = The formulation has been sent to your supervisor for review.
formulation-notice-returned = The formulation has been returned to the facilitator with your comments.
formulation-notice-signed-off = The formulation has been signed off. It is now frozen; later changes go in a new revision.
formulation-guidance = How to use this framework
formulation-change = Change
formulation-judgement = Overall judgement
formulation-judgement-lower = overall judgement
formulation-judgement-hint = In your own words: what the factors in this domain mean together for this person, and how they link to the rest of the formulation. Up to { $max } characters.
formulation-domain-ratings = Your ratings in this domain
formulation-not-rated = Not rated yet
formulation-not-written = Not written yet
formulation-strength = Strength
formulation-new-evidence = New evidence from sessions
formulation-sources-line = Sources: { $sources }
formulation-session-evidence = Evidence from the session on { $session }
formulation-other-none = You have not added any other factors.
formulation-other-add = Add another factor
formulation-other-title = Another factor
formulation-other-name = Name of the factor
formulation-other-kind = Is it a concern or a strength?
formulation-other-concern = A concern
formulation-written-heading = The written formulation
formulation-summary = Summary formulation
formulation-summary-hint = Bring the domains together: how and why the person became involved, what might lead them to cause harm, what they could do, and what is helping them move away. Up to { $max } characters.
formulation-plan = Management plan
formulation-plan-hint = What will be done, by whom and when, to reduce the concern and build on strengths.
formulation-changes = Significant changes since the last version
formulation-changes-hint = What has changed since version { $previous }, and why, including any change towards disengagement.
formulation-changes-hint-first = This is the first version. You can leave this empty, or note recent events that shaped it.
formulation-reviews-heading = Reviews
formulation-submit-heading = Send for review
formulation-submit-intro = Every factor needs a rating ("Not enough information" counts), each domain needs an overall judgement, and the summary must be written. Your supervisor then signs it off or returns it with comments.
formulation-submit = Send to my supervisor
formulation-review-heading = Your review
formulation-review-decision = What is your decision?
formulation-review-sign-off = Sign off this version
formulation-review-return = Return it for changes
formulation-review-comment = Comments
formulation-review-comment-hint = Needed when you return it: say what should change and why. The facilitator sees your comments with the formulation.
formulation-review-button = Record my decision
formulation-missing-title = Before you can send this for review
formulation-missing-rating = Rate "{ $factor }"
formulation-missing-judgement = Write the overall judgement for { $domain }
formulation-missing-summary = Write the summary formulation
formulation-definition = What this factor means
formulation-indicators = What indicates each rating
formulation-prompts = Questions that can help
formulation-rating = Rating
formulation-rating-hint = Rate from evidence: what the person has said and done, what you have seen, and what reliable records show. Choose "Not enough information" when there is a gap.
formulation-evidence = Evidence for this rating
formulation-evidence-hint = What you saw, heard or read that supports the rating, and where sources disagree. Up to { $max } characters.
formulation-session-evidence-heading = Evidence tagged in sessions
formulation-session-evidence-hint = Choose the session evidence that supports this rating. It is linked from the formulation.
formulation-sources = Sources
formulation-sources-hint = For example: sessions, custody or probation records, reports from other agencies.
formulation-save-next = Save and go to the next factor
formulation-save-back = Save and return to the formulation
formulation-conflict-saved = What is saved now (changed in another tab or window)
formulation-chart-heading = Ratings across versions
formulation-chart-intro = Each line shows one factor's rating in each version, oldest on the left. The ratings are shown as recorded: they are not added up.
formulation-chart-factor = Factor
formulation-chart-versions = Versions, oldest first
formulation-chart-table = Show the ratings as a table
formulation-compare-heading = Compare two versions
formulation-compare-from = Earlier version
formulation-compare-to = Later version
formulation-compare-button = Compare
formulation-compare-title = Version { $from } compared with version { $to }
formulation-compare-count = { $count ->
    [one] 1 factor or section changed.
   *[other] { $count } factors or sections changed.
}
formulation-compare-changed = Changed
formulation-compare-need-two = There is only one version so far. Versions can be compared once a revision has been started.
formulation-error-too-long = This must be { $max } characters or fewer. You have typed { $typed }: shorten it, or move some of it to another section.
formulation-error-conflict = This was changed in another tab or window after you opened it. Your text is still in the box below and what is saved now is shown above it. Keep what you need, then save again.
formulation-error-rating = Choose a rating from the list
formulation-error-name-missing = Enter a name for the factor
formulation-error-name-long = The name must be { $max } characters or fewer
formulation-error-strength = Choose whether the factor is a concern or a strength
formulation-error-submitted = This version has been sent for review, so it cannot be changed now. If it is returned you can change it again.
formulation-error-signed-off = This version has been signed off and is frozen. Start a revision to make changes.
formulation-error-in-progress = A version of this formulation is already being worked on. Continue that one instead.
formulation-error-case-closed = The case is closed. Reopen it to work on the formulation.
formulation-error-stale = The formulation changed after you opened this page. Read the latest version below, then record your decision again.
formulation-error-decision = Choose whether to sign it off or return it for changes
formulation-error-return-comment = Enter your comments: say what should change before it can be signed off
formulation-error-own-review = You cannot review your own formulation. It needs one of your supervisors.
formulation-error-compare-unknown = Choose a version from the list
formulation-error-compare-same = Choose two different versions to compare
formulation-or = or
review-formulations-heading = { $count ->
    [one] 1 formulation awaiting review
   *[other] { $count } formulations awaiting review
}
review-formulations-none = No formulations are waiting for you.
