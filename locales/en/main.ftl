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
home-setup-body = An administrator sets Dialogues up from the command line on the machine it runs on. The README explains each step.

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
