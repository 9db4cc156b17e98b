# Supervision records: a supervisor's notes of supervision meetings, and when the next is due.

nav-supervision = Supervision
nav-supervision-mine = Your supervision

supervision-title = Supervision
supervision-intro = This work asks a lot of the people who do it. Meet each person you supervise regularly: talk through their cases, reflect on the practice, ask how they are, and agree the support they need. Record each meeting here.
supervision-frequency = { $days ->
    [one] every day
   *[other] every { $days } days
}
supervision-expected = Supervision is expected { $frequency }. The next meeting is due that long after the last one, and is flagged as overdue after that.
supervision-protected = Each record is encrypted so that only you and the person it is about can read it. Only the date of the meeting can be seen without opening it.
supervision-no-supervisees = You do not supervise anyone at the moment.
supervision-supervisees = People you supervise
supervision-person = Name
supervision-last = Last supervision
supervision-next = Next due
supervision-status = Status
supervision-never = No supervision recorded yet
supervision-due-now = Now
supervision-tag-overdue = Overdue
supervision-tag-due = Due
supervision-not-activated-short = Account not active
supervision-earlier = People you supervised before
supervision-last-by-you = Last meeting you recorded
supervision-earlier-hint = You can still read the records you wrote about people you no longer supervise, but you cannot add or change any.
supervision-mine-link = Your own supervision

supervision-record-new = Record a supervision meeting
supervision-not-activated = This person's account is not active (not activated yet, or disabled). A record is encrypted to them as well as to you, so it can be made once their account is active.
supervision-former = You no longer supervise this person. You can read the records you wrote, but you cannot add or change any.
supervision-meetings = Supervision meetings
supervision-no-meetings = No supervision meetings have been recorded yet.
supervision-date = Date of the meeting
supervision-recorded-by = Supervisor
supervision-record = Record
supervision-open = Open the record
supervision-sealed-to-others = Only { $name } and the person it is about can read it
supervision-notice-recorded = The supervision meeting has been recorded.
supervision-notice-saved = Your changes have been saved.

supervision-mine-title = Your supervision
supervision-mine-intro = Your supervisor records each supervision meeting with you. You can read every record about you; only you and the supervisor who wrote it can open it.
supervision-your-supervisors = Your supervisors
supervision-no-supervisors = Nobody is recorded as your supervisor. Ask an administrator to add your supervisor to your account.
supervision-mine-none = No supervision meetings with you have been recorded yet. If you have not had supervision for a while, ask your supervisor for a meeting.

supervision-record-title = Supervision meeting on { $date }
supervision-record-sealed = Only { $supervisor } and { $supervisee } can read this record.
supervision-supervisor = Supervisor
supervision-supervisee = Supervised practitioner
supervision-cases = Cases discussed
supervision-cases-none-discussed = No cases were recorded as discussed.
supervision-notes = Reflective notes
supervision-wellbeing = Wellbeing
supervision-support = Support agreed
supervision-not-written = Not written
supervision-change = Change this record
supervision-read-only = Only the supervisor who wrote this record can change it. If something in it is wrong, tell them.
supervision-cannot-open = This record cannot be opened with your current key. This happens after an administrator resets a password. The other person named above can still read it; if the record is about you, it opens for you again once your supervisor changes and saves it.

supervision-new-title = Record a supervision meeting
supervision-edit-title = Change a supervision record
supervision-form-sealed = This record is encrypted so that only you and { $supervisee } can read it.
supervision-date-label = When was the meeting?
supervision-date-hint = For example, 27 3 2026
supervision-cases-hint = Select the cases you talked about. Only case references are shown here.
supervision-cases-none = { $name } has no open cases.
supervision-notes-hint = What you talked through and reflected on together: the practice, decisions and what was learned. Up to { $max } characters.
supervision-wellbeing-hint = How they are: the effect of this work on them, stress, anything that worried or affected them. Up to { $max } characters.
supervision-support-hint = What you agreed to support them: debriefs, training, a change to their caseload, occupational health or counselling. Up to { $max } characters.
supervision-save = Save the record
supervision-save-changes = Save changes
supervision-conflict-saved = What is saved now (changed in another tab or window)

supervision-error-date-missing = Enter the date of the meeting
supervision-error-date-future = The date of the meeting must be today or in the past
supervision-error-cases = Select cases from the list: one of those chosen is not this person's case
supervision-error-wellbeing-missing = Enter how the practitioner is: their wellbeing
supervision-error-too-long = This must be { $max } characters or fewer. You have typed { $typed }: shorten it.
supervision-error-conflict = This record was changed in another tab or window after you opened it. What you typed is still in the form below and what is saved now is shown above it. Keep what you need, then save again.
supervision-error-not-activated = This person's account is not active, so the record cannot be encrypted to them. Nothing was saved: keep a copy of what you typed and try again once their account is active.
