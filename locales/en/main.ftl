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
home-signed-in-heading = Signed in as { $name }
error-bad-request-title = The form could not be read
error-bad-request-body = Something in what was sent was not in the form the service expects. Nothing was changed.
error-bad-request-action = Go back, reload the page, and try again. What you typed is usually still there when you go back.
