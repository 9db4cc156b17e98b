## Session review: comments, return for changes, sign-off; the supervisor's dashboard; the
## facilitator's "Returned to you" queue on the start page.

review-notice-returned = The session has been returned to the facilitator with your reason. It is in their queue on their start page.
review-notice-commented = Your comment has been added. The facilitator sees it with the session.
review-problem-own = You cannot review your own session. It needs one of your supervisors.
review-problem-stale = The session changed after you opened this page. Read it again below, then record your decision again.
review-problem-returned = This session has already been returned to its facilitator for changes. Nothing was changed.
review-problem-not-submitted = Only a session that is waiting for review can be reviewed. Nothing was changed.
review-problem-reason-missing = Enter the reason: say what should change before the session can be signed off
review-problem-comment-missing = Enter your comment
review-returned-tag = Returned for changes
review-returned-by = Returned for changes by { $name } on { $date }
review-returned-what-to-do = Make the changes, then submit the session for review again.
review-comments-heading = Review comments
review-comments-none = No review comments.
review-comment-by = Comment by { $name } on { $date }
review-comment-on-stage = On the stage “{ $stage }”
review-own-session = This is your own session, so you cannot review it. One of your supervisors reviews it.
review-your-review = Your review
review-intro = Read the plan, each stage and the closing record. Comment on the whole session here, or on one stage from its page; then sign the session off or return it for changes.
review-comment-label = Comment on the whole session
review-comment-hint = The facilitator sees your comments with the session. They are kept with the record, also after sign-off.
review-comment-button = Add the comment
review-return-label = Return it for changes
review-return-hint = Say what should change and why. The facilitator sees this with the session and on their start page.
review-return-button = Return for changes
review-typed-heading = What you typed (it was not saved)
review-stage-comments-heading = Review comments on this stage
review-stage-comment-label = Comment on this stage
review-dashboard-intro = Everything waiting for you from the people you supervise, oldest first, and where each of them stands.
review-waited = Waiting
review-waited-days = { $count ->
    [0] Less than a day
    [one] 1 day
   *[other] { $count } days
}
review-supervisees-heading = Your supervisees
review-supervisees-none = You do not supervise anyone at the moment.
review-supervisee-name = Name
review-supervisee-training = Training
review-supervisee-meets-rule = Meets the rule
review-supervisee-not-met = Does not meet the rule
review-supervisee-open-cases = Open cases
review-supervisee-awaiting = Sessions awaiting review
home-returned-heading = Returned to you
home-returned-intro = A supervisor returned these for changes. Open each one, make the changes, then submit it again.
home-returned-on = Returned on { $date }
home-returned-no-key = Open it to read the reason.
home-returned-comments = { $count ->
    [one] 1 review comment on the session
   *[other] { $count } review comments on the session
}
