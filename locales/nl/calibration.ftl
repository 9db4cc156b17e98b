# Kalibratie-oefeningen: fictieve casussen blind beoordelen en daarna vergelijken.
nav-calibration = Kalibratie-oefeningen
calibration-title = Kalibratie-oefeningen
calibration-intro = { $count ->
    [one] In elke oefening leest u een fictieve casus en beoordeelt u zelfstandig { $count } formuleringsfactor. Daarna vergelijkt u uw beoordelingen met de referentiebeoordelingen en met die van collega's.
   *[other] In elke oefening leest u een fictieve casus en beoordeelt u zelfstandig { $count } formuleringsfactoren. Daarna vergelijkt u uw beoordelingen met de referentiebeoordelingen en met die van collega's.
}
calibration-intro-blind = U ziet de referentiebeoordelingen en die van anderen pas nadat u uw eigen beoordelingen hebt ingediend. Tot dan ziet alleen u uw beoordelingen. Daarna kunnen opleidingsmanagers zien dat u de oefening hebt afgerond, en tellen uw beoordelingen, zonder uw naam, mee in de cijfers die zij zien voor groepen van drie of meer mensen.
calibration-intro-fictional = De casussen zijn fictief. Dit is oefening in het consequent toepassen van de definities, geen toets: niemand krijgt een score.
calibration-state-submitted = Ingediend
calibration-state-in-progress = Bezig
calibration-rated-of = { $rated } van { $total } factoren beoordeeld.
calibration-start = Deze oefening starten
calibration-continue = Verder beoordelen
calibration-see-results = Uw resultaten bekijken
calibration-domain-of = Deel { $number } van { $total }
calibration-read-vignette = De casus lezen
calibration-blind-hint = Beoordeel elke factor alleen op basis van de casus, met de definitie erbij. U kunt uw beoordelingen wijzigen tot u ze indient.
calibration-save-next = Opslaan en doorgaan
calibration-save-check = Opslaan en uw beoordelingen controleren
calibration-resume-hint = Uw beoordelingen worden opgeslagen telkens als u doorgaat, dus u kunt stoppen en later terugkomen.
calibration-back-to-list = Terug naar de kalibratie-oefeningen
calibration-problem-not-on-scale = Kies een van de beoordelingen op de schaal voor { $factor }
calibration-problem-not-rated = Beoordeel { $factor } voordat u indient
calibration-check-title = Uw beoordelingen controleren
calibration-not-rated = Nog niet beoordeeld
calibration-rate = Beoordelen
calibration-change = Wijzigen
calibration-submit-heading = Uw beoordelingen indienen
calibration-submit-body = Na het indienen kunt u uw beoordelingen niet meer wijzigen. U ziet ze dan naast de referentiebeoordelingen en die van uw collega's.
calibration-submit = Beoordelingen indienen
calibration-results-title = Uw resultaten
calibration-results-intro = Uw beoordelingen naast de referentiebeoordelingen, met de reden voor elke referentiebeoordeling en hoe iedereen die heeft ingediend elke factor beoordeelde. Waar uw beoordeling afwijkt, ziet u de definitie van de factor opnieuw.
calibration-results-conventions = Een overeenstemming van 1 is volledig; 0 is wat toeval alleen zou opleveren. De woorden bij elk getal (gering, redelijk, matig, aanzienlijk, bijna volledig) zijn de gebruikelijke conventies (Landis en Koch, 1977), geen toetsen of cesuren.
calibration-results-not-a-score = Deze getallen helpen u en uw trainers te zien waar definities verschillend worden gelezen. Ze zijn geen score van u.
calibration-overall = Alle factoren
calibration-figure-percent = Uw overeenstemming met de referentie
calibration-figure-cohen = Uw kappa met de referentie
calibration-figure-weighted = Uw gewogen kappa met de referentie (afstand telt mee)
calibration-figure-fleiss = De kappa van de groep (Fleiss)
calibration-raters = { $count ->
    [one] (op basis van de beoordelingen van { $count } persoon)
   *[other] (op basis van de beoordelingen van { $count } personen)
}
calibration-your-rating = Uw beoordeling
calibration-reference-rating = Referentiebeoordeling
calibration-differs = Wijkt af
calibration-group-ratings = Ieders beoordelingen
calibration-pairs-agree = { $percent } van de paren beoordelaars is het eens
calibration-reading-worse = minder overeenstemming dan toeval
calibration-reading-slight = geringe overeenstemming
calibration-reading-fair = redelijke overeenstemming
calibration-reading-moderate = matige overeenstemming
calibration-reading-substantial = aanzienlijke overeenstemming
calibration-reading-almost-perfect = bijna volledige overeenstemming
calibration-undefined-no-items = Kan niet worden berekend: er zijn hier geen beoordelingen om te vergelijken ("Onvoldoende informatie" telt niet mee in het gewogen getal).
calibration-undefined-one-rater = Kan niet worden berekend: tot nu toe één beoordelaar. Groepsgetallen vragen dat ten minste twee mensen indienen.
calibration-undefined-no-variation = Kan niet worden berekend: alle beoordelingen waren gelijk, dus toeval alleen zou al volledig overeenstemmen.
calibration-undefined-unequal = Kan niet worden berekend: niet iedereen beoordeelde dezelfde factoren.
calibration-undefined-out-of-scale = Kan niet worden berekend: een beoordeling staat niet meer op de schaal van de toolkit.
calibration-training-heading = Kalibratie-oefeningen
calibration-training-none = Nog geen kalibratie-oefeningen afgerond.
calibration-training-exercise = Oefening
calibration-training-submitted = Ingediend
calibration-count-after-label = : { $count }

# The training managers' calibration dashboard.
calibration-dashboard-link = Kalibratie binnen het team
calibration-dashboard-title = Kalibratie binnen het team
calibration-dashboard-intro = Waar medewerkers de factoren van de formulering verschillend lezen, op basis van alle ingediende kalibratieoefeningen. Gebruik dit om te bepalen welke definities en welke delen van de opleiding aandacht nodig hebben. Het is voor niemand een score.
calibration-dashboard-between-staff-explained = Eens onder collega's: van elk paar mensen dat dezelfde factor van dezelfde casus beoordeelde, het deel dat dezelfde beoordeling koos.
calibration-dashboard-with-reference-explained = Gelijk aan de referentie: het deel van de beoordelingen dat gelijk was aan de referentiebeoordeling.
calibration-dashboard-privacy = { $count ->
    [one] Hier staan geen namen of individuele beoordelingen.
   *[other] Hier staan geen namen of individuele beoordelingen. Een cijfer wordt alleen getoond als het van minstens { $count } verschillende mensen komt, zodat niemands beoordelingen eruit af te leiden zijn.
}
calibration-dashboard-empty = Nog niemand heeft een kalibratieoefening ingediend.
calibration-dashboard-totals = Ingediende oefeningen: { $submissions }. Mensen die er een indienden: { $people }.
calibration-dashboard-domains-heading = Domeinen
calibration-dashboard-factors-heading = Factoren
calibration-dashboard-lowest-first = Laagste overeenstemming onder collega's eerst
calibration-dashboard-domain = Domein
calibration-dashboard-factor = Factor
calibration-dashboard-between-staff = Eens onder collega's
calibration-dashboard-with-reference = Gelijk aan de referentie
calibration-dashboard-people = Mensen
calibration-dashboard-withheld = { $count ->
    [one] Niet getoond: nog niemand
   *[other] Niet getoond: minder dan { $count } mensen
}
calibration-dashboard-withheld-short = Niet getoond
calibration-dashboard-no-pairs = Geen casus door twee mensen beoordeeld
calibration-dashboard-none = Geen
calibration-dashboard-over-time-heading = In de afgelopen 12 maanden
calibration-dashboard-over-time-intro = Hoe vaak beoordelingen gelijk waren aan de referentie in elk domein, per maand waarin de oefening werd ingediend. Maanden met minder mensen dan de grens hierboven zijn uit de lijnen weggelaten.
calibration-dashboard-chart-caption = Beoordelingen gelijk aan de referentie, per domein en maand
calibration-dashboard-chart-desc = Een lijn per domein. Dezelfde cijfers staan in de tabel onder de grafiek.
calibration-dashboard-chart-table = Toon de grafiek als tabel
calibration-dashboard-month = Maand
