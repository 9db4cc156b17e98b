# Calibration exercises: rating fictional vignettes blind, then comparing.
nav-calibration = Calibration exercises
calibration-title = Calibration exercises
calibration-intro = { $count ->
    [one] In each exercise you read a fictional case and rate { $count } formulation factor on its own, then compare your ratings with the reference ratings and with colleagues'.
   *[other] In each exercise you read a fictional case and rate { $count } formulation factors on your own, then compare your ratings with the reference ratings and with colleagues'.
}
calibration-intro-blind = You will not see the reference ratings or anyone else's until you submit your own. Your ratings are seen only by you until then. After that, training managers can see that you completed the exercise, and your ratings count, without your name, towards the figures they see for groups of three or more people.
calibration-intro-fictional = The cases are fictional. This is practice in using the definitions consistently, not a test: nobody is given a score.
calibration-state-submitted = Submitted
calibration-state-in-progress = In progress
calibration-rated-of = { $rated } of { $total } factors rated.
calibration-start = Start this exercise
calibration-continue = Continue rating
calibration-see-results = See your results
calibration-domain-of = Part { $number } of { $total }
calibration-read-vignette = Read the case
calibration-blind-hint = Rate each factor from the case alone, using its definition. You can change your ratings until you submit them.
calibration-save-next = Save and continue
calibration-save-check = Save and check your ratings
calibration-resume-hint = Your ratings are saved each time you continue, so you can stop and come back later.
calibration-back-to-list = Back to calibration exercises
calibration-problem-not-on-scale = Choose one of the ratings on the scale for { $factor }
calibration-problem-not-rated = Rate { $factor } before you submit
calibration-check-title = Check your ratings
calibration-not-rated = Not rated yet
calibration-rate = Rate
calibration-change = Change
calibration-submit-heading = Submit your ratings
calibration-submit-body = Once you submit, you cannot change your ratings. You will then see them beside the reference ratings and your colleagues' ratings.
calibration-submit = Submit ratings
calibration-results-title = Your results
calibration-results-intro = Your ratings beside the reference ratings, with the reason for each reference rating and how everyone who has submitted rated each factor. Where your rating differs, the factor's definition is shown again.
calibration-results-conventions = Agreement of 1 is complete; 0 is what chance alone would give. The words beside each figure (slight, fair, moderate, substantial, almost perfect) are the usual conventions (Landis and Koch, 1977), not tests or pass marks.
calibration-results-not-a-score = These figures help you and your trainers see where definitions are read differently. They are not a score of you.
calibration-overall = All factors
calibration-figure-percent = Your agreement with the reference
calibration-figure-cohen = Your kappa with the reference
calibration-figure-weighted = Your weighted kappa with the reference (steps apart count)
calibration-figure-fleiss = The group's kappa (Fleiss)
calibration-raters = { $count ->
    [one] (from { $count } person's ratings)
   *[other] (from { $count } people's ratings)
}
calibration-your-rating = Your rating
calibration-reference-rating = Reference rating
calibration-differs = Differs
calibration-group-ratings = Everyone's ratings
calibration-pairs-agree = { $percent } of pairs of raters agree
calibration-reading-worse = less agreement than chance
calibration-reading-slight = slight agreement
calibration-reading-fair = fair agreement
calibration-reading-moderate = moderate agreement
calibration-reading-substantial = substantial agreement
calibration-reading-almost-perfect = almost perfect agreement
calibration-undefined-no-items = Cannot be calculated: there are no ratings to compare here ("Not enough information" is left out of the weighted figure).
calibration-undefined-one-rater = Cannot be calculated: one rater so far. Group figures need at least two people to submit.
calibration-undefined-no-variation = Cannot be calculated: every rating was the same, so chance alone would agree completely.
calibration-undefined-unequal = Cannot be calculated: not everyone rated the same factors.
calibration-undefined-out-of-scale = Cannot be calculated: a rating is no longer on the toolkit's scale.
calibration-training-heading = Calibration exercises
calibration-training-none = No calibration exercises completed yet.
calibration-training-exercise = Exercise
calibration-training-submitted = Submitted
calibration-count-after-label = : { $count }

# The training managers' calibration dashboard.
calibration-dashboard-link = Calibration across staff
calibration-dashboard-title = Calibration across staff
calibration-dashboard-intro = Where staff read the formulation factors differently, from every calibration exercise submitted. Use it to decide which definitions and which parts of training need attention. It is not a score of anyone.
calibration-dashboard-between-staff-explained = Staff who agreed: of every pair of people who rated the same factor of the same case, the share who chose the same rating.
calibration-dashboard-with-reference-explained = Matched the reference: the share of ratings that were the same as the reference rating.
calibration-dashboard-privacy = { $count ->
    [one] No names or individual ratings are shown here.
   *[other] No names or individual ratings are shown here. A figure is shown only when it comes from at least { $count } different people, so that nobody's ratings can be worked out from it.
}
calibration-dashboard-empty = No one has submitted a calibration exercise yet.
calibration-dashboard-totals = Exercises submitted: { $submissions }. People who submitted one: { $people }.
calibration-dashboard-domains-heading = Domains
calibration-dashboard-factors-heading = Factors
calibration-dashboard-lowest-first = Lowest agreement between staff first
calibration-dashboard-domain = Domain
calibration-dashboard-factor = Factor
calibration-dashboard-between-staff = Staff who agreed
calibration-dashboard-with-reference = Matched the reference
calibration-dashboard-people = People
calibration-dashboard-withheld = { $count ->
    [one] Not shown: nobody yet
   *[other] Not shown: fewer than { $count } people
}
calibration-dashboard-withheld-short = Not shown
calibration-dashboard-no-pairs = No two people rated the same case
calibration-dashboard-none = None
calibration-dashboard-over-time-heading = Over the last 12 months
calibration-dashboard-over-time-intro = How often ratings matched the reference in each domain, by the month the exercise was submitted. Months with fewer people than the limit above are left out of the lines.
calibration-dashboard-chart-caption = Ratings that matched the reference, by domain and month
calibration-dashboard-chart-desc = A line for each domain. The same figures are in the table below the chart.
calibration-dashboard-chart-table = Show the chart as a table
calibration-dashboard-month = Month
