## The language itself
language-endonym = Nederlands
language-switcher-label = Kies een taal

## Layout
service-name = Dialogues
service-tagline = Dossierondersteuning voor individueel Developing Dialogues-werk
skip-link = Naar de hoofdinhoud
footer-illustrative = Dialogues is software voor dossierondersteuning. De meegeleverde praktijkinhoud is illustratief en geen officieel materiaal van HMPPS.
footer-meta-label = Ondersteuningslinks

## Dates
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## Home page
home-page-title = Startpagina
home-title = Dialogues
home-lead = Plan, voer en registreer gestructureerde individuele gesprekken, houd een gestructureerde casusformulering bij, en krijg de supervisie en opleiding die dit werk vraagt.
home-encrypted = Alles wat u over een persoon schrijft, wordt versleuteld. Alleen u, uw supervisors en de herstelsleutel van uw organisatie kunnen het openen.
home-setup-heading = Deze organisatie is nog niet ingericht
home-setup-body = Een beheerder richt Dialogues één keer in, via de opdrachtregel op de machine waarop het draait (met cargo run --release -- ervoor als u vanuit de broncode werkt):
home-setup-then = De opdracht vraagt om het wachtwoord van de beheerder en schrijft de herstelsleutel van de organisatie naar een nieuw bestand, dat offline bewaard moet worden. Laad daarna deze pagina opnieuw en meld u aan.

## Error pages
error-not-found-title = Pagina niet gevonden
error-not-found-body = Hebt u het webadres getypt, controleer dan of het klopt. Hebt u het geplakt, controleer dan of u het volledige adres hebt gekopieerd.
error-not-found-home = Naar de startpagina
error-server-title = Sorry, er is een probleem met de dienst
error-server-body = Probeer het later opnieuw. Niets van wat u eerder hebt opgeslagen, is verloren gegaan.
error-server-reference = Neemt u contact op met uw beheerder, geef dan deze referentie door: { $reference }

## Toolkit in use
footer-toolkit = Toolkit:
footer-toolkit-version = versie { $version }
footer-toolkit-content = inhoud { $hash }
home-toolkit-heading = Praktijkinhoud
home-toolkit-modules = { $count ->
        [one] één gespreksmodule
       *[other] { $count } gespreksmodules
    }
home-toolkit-factors = { $count ->
        [one] één formuleringsfactor
       *[other] { $count } formuleringsfactoren
    }

## Forms and notices shared by every page
error-summary-title = Er is een probleem
error-title-prefix = Fout:
error-prefix = Fout:
warning-prefix = Waarschuwing
notice-success = Gelukt

## Header when signed in
nav-label = Uw account
nav-your-account = Uw account
nav-accounts = Accounts
nav-sign-out = Uitloggen

## Roles
role-facilitator = Facilitator
role-supervisor = Supervisor
role-training-manager = Opleidingsmanager
role-administrator = Beheerder
role-learner = Cursist (iedereen kan de toegepaste opfriscursus gebruiken)

## Sign in and out
sign-in-title = Inloggen
sign-in-email = E-mailadres
sign-in-password = Wachtwoord
sign-in-button = Inloggen
sign-in-help = Bent u uw wachtwoord vergeten, of hebt u nog geen account? Vraag het dan aan een beheerder in uw organisatie.
sign-in-notice-activated = Uw wachtwoord is ingesteld. U kunt nu inloggen.
sign-in-problem-email-missing = Vul uw e-mailadres in
sign-in-problem-password-missing = Vul uw wachtwoord in
sign-in-problem-not-recognised = Het e-mailadres of het wachtwoord klopt niet, of het account kan niet worden gebruikt. Controleer ze en probeer het opnieuw. Lukt het nog steeds niet, vraag dan een beheerder om uw account te controleren.
sign-in-problem-throttled = { $count ->
    [one] Er is te vaak geprobeerd in te loggen. Wacht 1 minuut en probeer het dan opnieuw.
   *[other] Er is te vaak geprobeerd in te loggen. Wacht { $count } minuten en probeer het dan opnieuw.
}
signed-out-title = U bent uitgelogd
signed-out-body = Uw sessie is beëindigd en uw sleutels zijn uit het geheugen van de server gewist.
signed-out-again = Opnieuw inloggen

## Set a password with a one-time link
activate-title = Stel uw wachtwoord in
activate-button = Wachtwoord instellen
link-problem-title = Deze link kan niet worden gebruikt
link-problem-body = De link is verlopen, is al gebruikt of is niet volledig.
link-problem-action = Vraag een beheerder in uw organisatie om een nieuwe link.
password-new = Nieuw wachtwoord
password-confirm = Typ het nieuwe wachtwoord nog een keer
password-current = Huidig wachtwoord
password-hint = Minimaal 12 tekens. Er zijn geen andere regels: drie of vier willekeurige woorden vormen een sterk wachtwoord dat makkelijk te onthouden is.
password-problem-missing = Vul een wachtwoord in
password-problem-too-short = Het wachtwoord moet minimaal 12 tekens lang zijn
password-problem-too-long = Het wachtwoord mag maximaal 256 tekens lang zijn
password-problem-common = Dit wachtwoord komt te vaak voor of is te makkelijk te raden. Probeer drie of vier willekeurige woorden
password-problem-mismatch = De twee wachtwoorden zijn niet hetzelfde. Typ in beide vakken hetzelfde wachtwoord
password-problem-current-missing = Vul uw huidige wachtwoord in
password-problem-current-wrong = Uw huidige wachtwoord klopt niet

## Your account
account-title = Uw account
account-name = Naam
account-email = E-mailadres
account-roles = Rollen
account-supervisors = Supervisors
account-status = Status
account-password = Wachtwoord
account-change = Wijzigen
account-status-active = Actief
account-status-awaiting = Wacht op het instellen van een wachtwoord
account-status-disabled = Uitgeschakeld
account-language-heading = Taal
account-language-label = Taal voor deze dienst
account-language-hint = Wordt opgeslagen in uw account, zodat de taal u naar elke computer volgt.
account-language-browser = De instelling van mijn browser gebruiken
account-language-save = Taal opslaan
account-notice-language = Uw taal is opgeslagen.
account-notice-password = Uw wachtwoord is gewijzigd. U bent overal elders uitgelogd.
password-change-title = Wijzig uw wachtwoord
password-change-button = Wachtwoord wijzigen
back-to-account = Terug naar uw account

## Accounts (administrators)
admin-accounts-title = Accounts
admin-accounts-count = { $count ->
    [one] 1 persoon
   *[other] { $count } personen
}
admin-add-account = Iemand toevoegen
admin-add-button = Persoon toevoegen en link aanmaken
admin-back-to-accounts = Terug naar accounts
admin-roles-hint = Selecteer alles wat van toepassing is. Iedereen kan de toegepaste opfriscursus gebruiken.
admin-supervisors-hint = De mensen die het werk van deze persoon beoordelen en deze persoon ondersteunen. Alleen mensen met de rol supervisor worden getoond.
admin-no-supervisors = Nog niemand heeft de rol supervisor.
admin-save-roles = Rollen opslaan
admin-save-supervisors = Supervisors opslaan
admin-access-heading = Toegang
admin-reset-body = Bij het resetten worden de sessies van deze persoon beëindigd, werkt het wachtwoord niet meer en wordt er een nieuwe eenmalige link gemaakt waarmee de persoon een ander wachtwoord kan kiezen. Daarna moet de toegang tot de dossiers opnieuw worden verleend.
admin-reset-button = Wachtwoord resetten
admin-disable-body = Door het uitschakelen kan deze persoon niet meer inloggen en worden de sessies meteen beëindigd. Niets van wat deze persoon heeft geschreven, gaat verloren.
admin-disable-button = Account uitschakelen
admin-enable-body = Dit account is uitgeschakeld. De persoon kan niet inloggen.
admin-enable-button = Account inschakelen
admin-notice-roles = Rollen opgeslagen.
admin-notice-supervisors = Supervisors opgeslagen.
admin-notice-disabled = Het account is uitgeschakeld en de sessies zijn beëindigd.
admin-notice-enabled = Het account is ingeschakeld.
admin-problem-last-administrator = Dan is er niemand meer die accounts kan beheren. Geef eerst iemand anders de rol beheerder
admin-link-title = Persoon toegevoegd
admin-link-reset-title = Wachtwoord gereset
admin-link-give = Geef { $name } deze link, persoonlijk of via een betrouwbare weg. Hiermee kiest deze persoon zelf een wachtwoord:
admin-link-warning = { $count ->
    [one] De link werkt één keer en verloopt over 1 uur. Bewaar geen kopie.
   *[other] De link werkt één keer en verloopt over { $count } uur. Bewaar geen kopie.
}
admin-link-reset-keys = Het oude wachtwoord werkt niet meer. Een collega die toegang heeft tot de dossiers van deze persoon, of de herstelsleutel, moet de toegang tot de dossiers opnieuw verlenen.
admin-audit-heading = Auditlogboek
admin-audit-body = Noteer af en toe de kop van de keten ergens buiten dit systeem (bijvoorbeeld in uw logboek voor informatiebeheer). Als het auditlogboek ooit wordt gewijzigd, laten `dialogues audit verify` en deze notitie dat zien.
admin-audit-entries = Vermeldingen
admin-audit-head = Kop van de keten

## Account problems
accounts-problem-email-missing = Vul een e-mailadres in
accounts-problem-email-format = Vul een e-mailadres in de juiste vorm in, zoals name@example.org
accounts-problem-email-taken = Er is al een account met dit e-mailadres
accounts-problem-name-missing = Vul de naam van de persoon in
accounts-problem-name-too-long = De naam mag maximaal 100 tekens lang zijn
accounts-problem-role-unknown = Kies een rol uit de lijst
accounts-problem-role-missing = Selecteer minstens één rol

## Refused requests
error-csrf-title = Dit formulier kon niet worden verzonden
error-csrf-body = De pagina stond te lang open, u bent in een ander tabblad in- of uitgelogd, of het formulier is vanaf een andere website verzonden. Er is niets gewijzigd.
error-csrf-action = Ga terug, laad de pagina opnieuw en verzend het formulier nog een keer. Wat u had getypt, staat er meestal nog als u teruggaat.
error-too-large-title = Het formulier was te groot
error-too-large-body = Het formulier was groter dan de server accepteert. Er is niets gewijzigd.
error-too-large-action = Ga terug en verzend het in kleinere delen.
error-busy-title = De dienst is bezet
error-busy-body = Een andere taak gebruikte de database, dus er is niets gewijzigd.
error-busy-action = Ga terug en verzend het formulier over een paar seconden opnieuw. Wat u hebt getypt, staat er meestal nog wanneer u teruggaat.
home-signed-in-heading = Ingelogd als { $name }
error-bad-request-title = Het formulier kon niet worden gelezen
error-bad-request-body = Iets in wat is verstuurd had niet de vorm die de dienst verwacht. Er is niets gewijzigd.
error-bad-request-action = Ga terug, laad de pagina opnieuw en probeer het nog eens. Wat u hebt getypt, staat er meestal nog als u teruggaat.

## Gedeelde woorden en datums
yes = Ja
no = Nee
warning = Waarschuwing
date-day = Dag
date-month = Maand
date-year = Jaar
date-hint = Bijvoorbeeld 27 3 2026
date-problem-incomplete = Vul een dag, een maand en een jaar in
date-problem-not-real = Vul een bestaande datum in, bijvoorbeeld 27 3 2026
date-month-year = { $month } { $year }
chart-point-title = { $label }: { $value }
number-percent = { $value }%
month-short-1 = jan
month-short-2 = feb
month-short-3 = mrt
month-short-4 = apr
month-short-5 = mei
month-short-6 = jun
month-short-7 = jul
month-short-8 = aug
month-short-9 = sep
month-short-10 = okt
month-short-11 = nov
month-short-12 = dec

## Navigatie
nav-training = Uw opleiding
nav-training-overview = Overzicht opleidingen
nav-refresher = Toegepaste opfriscursus

## Herinneringen op de startpagina
reminders-title = Herinneringen over opleiding
reminders-own-expired = { $count ->
    [0] {""}
    [one] Eén van uw opleidingsvereisten is verlopen.
   *[other] { $count } van uw opleidingsvereisten zijn verlopen.
}
reminders-own-due-soon = { $count ->
    [0] {""}
    [one] Eén moet binnenkort worden vernieuwd.
   *[other] { $count } moeten binnenkort worden vernieuwd.
}
reminders-own-link = Bekijk uw opleiding
reminders-supervisees = Mensen onder uw supervisie met een opleiding die vernieuwd moet worden:
reminders-staff-expired = { $count ->
    [one] Eén medewerker heeft een verlopen opleiding.
   *[other] { $count } medewerkers hebben een verlopen opleiding.
}
reminders-staff-expired-link = Bekijk wie een verlopen opleiding heeft
reminders-staff-due-soon = { $count ->
    [one] Bij één medewerker moet een opleiding binnenkort worden vernieuwd.
   *[other] Bij { $count } medewerkers moet een opleiding binnenkort worden vernieuwd.
}
reminders-staff-due-soon-link = Bekijk wiens opleiding binnenkort moet worden vernieuwd

## Opleidingsstatussen
training-status = Status
training-status-valid = Geldig
training-status-due-soon = Verloopt binnenkort
training-status-expired = Verlopen
training-status-missing = Ontbreekt
training-status-not-required = Niet vereist
training-gap-modules = Nog niet geregistreerd: { $modules }
training-gap-score = Score { $score }% ligt onder de slaaggrens van { $pass_mark }%
training-unmet = { $names }: { $status }
training-or = {" "}of{" "}

## Uw opleiding
training-own-title = Uw opleiding
training-may-facilitate = U mag Developing Dialogues-sessies begeleiden
training-may-not-facilitate = U kunt nog geen Developing Dialogues-sessies begeleiden. Dit ontbreekt of is niet meer actueel:
training-attention = { $count ->
    [one] Eén vereiste moet binnenkort worden vernieuwd of is verlopen.
   *[other] { $count } vereisten moeten binnenkort worden vernieuwd of zijn verlopen.
}
training-rule-heading = Wat u nodig hebt om sessies te begeleiden
training-requirements-heading = Opleidingsvereisten
training-completed-on = Afgerond op { $date }
training-valid-until = Geldig tot { $date }
training-until-short = tot { $date }
training-planned-for = Gepland op { $date }
training-refresher-body = De toegepaste opfriscursus houdt uw praktijk actueel tussen de opleidingen door. U kunt op elk moment stoppen en later verdergaan.
training-refresher-start = Naar de toegepaste opfriscursus

## Overzicht opleidingen
training-overview-title = Overzicht opleidingen
training-download-csv = Dit overzicht downloaden als CSV
training-filter-heading = Filteren
training-filter-any = Alle
training-filter-apply = Filters toepassen
training-filter-clear = Filters wissen
training-team = Team
training-role = Rol
training-overview-summary = { $count ->
    [one] Eén medewerker getoond.
   *[other] { $count } medewerkers getoond.
}
training-overview-allowed = { $count ->
    [one] Eén mag sessies begeleiden.
   *[other] { $count } mogen sessies begeleiden.
}
training-counts-heading = Hoeveel mensen er in elke status zijn
training-requirement = Vereiste
training-chart-heading = Naleving door de tijd
training-chart-caption = Facilitators van wie de opleiding het toelaat om sessies te begeleiden, aan het einde van elke maand
training-chart-desc = Een lijndiagram met het percentage facilitators in dit overzicht dat aan de regel voor het begeleiden van sessies voldeed, aan het einde van elk van de laatste 12 maanden en vandaag. Dezelfde cijfers staan in de tabel hieronder.
training-chart-table = De cijfers als tabel tonen
training-chart-day = Datum
training-chart-percent = Percentage
training-chart-people = Facilitators
training-chart-detail = { $allowed } van { $count }
training-matrix-heading = Medewerkers en hun opleiding
training-matrix-empty = Niemand voldoet aan deze filters.
training-may-facilitate-column = Mag begeleiden
training-next-planned = Volgende geplande opleiding

## De opleiding van één persoon
training-person-caption = Opleidingsdossier
training-staff-group = Personeelsgroep
training-staff-group-hint = Dit bepaalt welke bewustmakingsopleiding van toepassing is: ASPECTS of WRAP 3.
training-not-set = Niet ingesteld
training-joined = In dienst sinds
training-joined-hint = Er kan geen opleiding worden geregistreerd vóór deze datum. Bijvoorbeeld 27 3 2019
training-records-of = Registraties van { $name }
training-completed = Datum afgerond
training-module = Module
training-score = Score kennistoets
training-score-hint = Voor e-learningmodules en de opfriscursus: een geheel getal van 0 tot en met 100. Laat leeg voor klassikale opleidingen.
training-evidence = Notitie over bewijs (optioneel)
training-evidence-hint = Bijvoorbeeld waar het certificaat of de aanwezigheidslijst wordt bewaard. Maximaal 500 tekens.
training-actions = Acties
training-remove = Verwijderen
training-record-heading = Opleiding registreren
training-record-button = Opleiding registreren
training-choose = Kies
training-plan-heading = De volgende opleiding plannen
training-plan-body = Vul de datum in die u hebt geboekt voor de volgende opleiding van deze persoon voor een vereiste. Laat de datum leeg om hem te wissen.
training-plan-hint = Bijvoorbeeld 14 1 2027
training-planned-date = Geplande datum
training-plan-button = Geplande datum opslaan
training-details-heading = Gegevens van de medewerker
training-details-button = Gegevens van de medewerker opslaan
training-notice-recorded = De opleiding is geregistreerd.
training-notice-removed = De registratie is verwijderd.
training-notice-details = De gegevens van de medewerker zijn opgeslagen.
training-notice-planned = De geplande datum is opgeslagen.
training-problem-staff-group = Kies een personeelsgroep uit de lijst
training-problem-team-long = Teamnamen mogen maximaal 100 tekens lang zijn
training-problem-joined-future = De datum van indiensttreding moet vandaag of in het verleden liggen
training-problem-plan-requirement = Kies de vereiste die u plant

## Importeren
training-import-title = Opleidingsregistraties importeren
training-import-intro = Upload een CSV-bestand met afgeronde opleidingen. Eerst wordt het hele bestand gecontroleerd: als een rij een probleem heeft, wordt er niets geïmporteerd en wordt elk probleem met het regelnummer vermeld. Als u hetzelfde bestand opnieuw importeert, verandert er niets.
training-import-file = CSV-bestand
training-import-file-hint = { $count ->
   *[other] Een .csv-bestand opgeslagen als UTF-8, maximaal { $count } KB, met de kolommen hieronder op de eerste regel.
}
training-import-button = Controleren en importeren
training-import-choose-file = Kies een CSV-bestand om te importeren
training-import-too-big = Het bestand is groter dan { $max_kb } KB: splits het op in kleinere bestanden
training-import-rejected = { $count ->
    [one] Het bestand bevat één probleem, dus er is niets geïmporteerd. Verbeter het en upload het hele bestand opnieuw.
   *[other] Het bestand bevat { $count } problemen, dus er is niets geïmporteerd. Verbeter ze en upload het hele bestand opnieuw.
}
training-import-done = Geïmporteerd: { $added } toegevoegd, { $changed } gewijzigd, { $unchanged } al geregistreerd.
training-import-problems = Problemen in het bestand
training-import-line = Regel
training-import-problem = Probleem
training-import-whole-file = Hele bestand
training-import-columns-heading = Kolommen
training-import-column-email = Het werk-e-mailadres van de persoon, zoals in het account.
training-import-column-requirement = De id van de vereiste (zie de lijst hieronder).
training-import-column-module = Voor e-learning: de id van de module. Laat leeg voor al het andere.
training-import-column-completed_on = De datum waarop de opleiding is afgerond, geschreven als YYYY-MM-DD (bijvoorbeeld 2026-03-14). Niet in de toekomst en niet vóór de datum van indiensttreding van de persoon.
training-import-column-score = De score van de kennistoets van 0 tot en met 100, voor e-learningmodules en de opfriscursus. Laat anders leeg.
training-import-column-evidence = Een optionele notitie over het bewijs, maximaal 500 tekens.
training-import-example = Voorbeeld
training-import-ids-heading = Id's van vereisten en modules
training-import-id = Id
training-import-modules = Modules
training-import-needs-score = Score vereist
training-back-to-overview = Terug naar het overzicht opleidingen
training-import-utf16 = Het bestand is opgeslagen als UTF-16-tekst. Sla het opnieuw op als "CSV UTF-8" en upload het nog een keer.
training-import-unreadable = Deze regel kon niet als CSV worden gelezen. Controleer de aanhalingstekens.
training-import-header = De eerste regel moet de kolommen { $columns } noemen, in die volgorde.
training-import-empty = Het bestand bevat onder de eerste regel geen rijen met opleidingen.
training-import-not-utf8 = Deze regel bevat tekens die geen UTF-8-tekst zijn. Sla het bestand op als "CSV UTF-8" en upload het nog een keer.
training-import-field-count = Deze regel heeft { $found } waarden, maar dat moeten er { $expected } zijn. Controleer of er een komma ontbreekt of te veel is.
training-import-duplicate = Deze rij herhaalt regel { $line } (dezelfde persoon, vereiste, module en datum). Verwijder een van beide.
training-import-email-empty = Het e-mailadres is leeg. Vul het werk-e-mailadres van de persoon in.
training-import-unknown-staff = Niemand heeft een account met het e-mailadres { $email }. Controleer de spelling, of vraag een beheerder om de persoon eerst toe te voegen.
training-import-requirement-empty = De vereiste is leeg. Gebruik een van: { $known }.
training-import-unknown-requirement = "{ $requirement }" is geen vereiste. Gebruik een van: { $known }.
training-import-module-needed = { $requirement } wordt per module geregistreerd: vul de module in, een van { $known }.
training-import-unknown-module = "{ $module }" is geen module van { $requirement }. Gebruik een van: { $known }.
training-import-module-not-allowed = { $requirement } heeft geen modules: laat de module leeg.
training-import-date-empty = De datum van afronding is leeg. Schrijf hem als YYYY-MM-DD, bijvoorbeeld 2026-03-14.
training-import-date-format = "{ $value }" is geen datum geschreven als YYYY-MM-DD, bijvoorbeeld 2026-03-14.
training-import-date-future = De datum { $date } ligt in de toekomst. Vul de datum in waarop de opleiding is afgerond.
training-import-date-before-joined = De datum { $date } ligt vóór de datum van indiensttreding van deze persoon ({ $joined }). Controleer de datum, of verbeter de datum van indiensttreding.
training-import-score-needed = { $requirement } heeft een kennistoets: vul de score van 0 tot en met 100 in.
training-import-score-not-allowed = { $requirement } heeft geen kennistoets: laat de score leeg.
training-import-score-format = "{ $value }" is geen score. Vul een geheel getal van 0 tot en met 100 in.
training-import-score-above-100 = De score { $value } is hoger dan 100. Vul een geheel getal van 0 tot en met 100 in.
training-import-evidence-too-long = De notitie over het bewijs is langer dan { $max } tekens. Maak haar korter.

## Toegepaste opfriscursus
refresher-title = Toegepaste opfriscursus
refresher-facts = { $count ->
    [one] Een poging bestaat uit één vraag.
   *[other] Een poging bestaat uit { $count } vragen.
}
refresher-pass-mark = U hebt { $pass_mark }% nodig om te slagen.
refresher-start = Een poging starten
refresher-resume = Verdergaan waar u was gebleven
refresher-resume-body = U hebt een poging die nog loopt: { $answered } van de { $total } vragen beantwoord.
refresher-attempts-heading = Uw pogingen
refresher-started = Gestart
refresher-result = Resultaat
refresher-in-progress = Bezig
refresher-passed = Geslaagd
refresher-not-passed = Niet geslaagd
refresher-result-score = { $correct } van de { $total } goed ({ $percent }%)
refresher-result-abandoned = Afgesloten vóór het einde
refresher-question-of = Vraag { $number } van { $total }
refresher-reread-scenario = Het scenario opnieuw lezen
refresher-check-answer = Mijn antwoord controleren
refresher-saved-hint = Elk antwoord wordt opgeslagen wanneer u het controleert. U kunt op elk moment stoppen en later verdergaan, ook nadat u bent uitgelogd.
refresher-problem-choose = Kies een antwoord
refresher-right = Goed
refresher-not-right = Niet helemaal
refresher-your-answer = Uw antwoord:
refresher-best-answer = Beste antwoord:
refresher-why = Waarom
refresher-next = Volgende vraag
refresher-see-result = Bekijk uw resultaat
refresher-result-title = Uw resultaat voor de opfriscursus
refresher-passed-title = U bent geslaagd voor de opfriscursus
refresher-passed-body = Uw registratie voor de toegepaste opfriscursus is bijgewerkt.
refresher-not-passed-title = U bent deze keer niet geslaagd
refresher-not-passed-body = U hebt { $pass_mark }% nodig om te slagen. Lees de uitleg nog eens na en probeer het opnieuw wanneer u er klaar voor bent.
refresher-review-heading = Uw antwoorden
refresher-number = Nummer
refresher-question = Vraag
refresher-back = Terug naar de opfriscursus
refresher-changed-title = Deze poging kan niet verder
refresher-changed-body = De inhoud van de opfriscursus is gewijzigd sinds u deze poging bent begonnen, waardoor sommige vragen niet meer bestaan. Sluit deze poging af en start een nieuwe; uw eerdere antwoorden blijven in uw geschiedenis staan.
refresher-changed-button = Deze poging afsluiten

## Dossiers
nav-caseload = Uw dossiers
nav-review = Beoordelen
cancel = Annuleren
back-to-case = Terug naar het dossier
setting-custody = In detentie (gevangenis)
setting-community = In de samenleving (reclassering)
caseload-title = Uw dossiers
caseload-intro = Elk dossier heeft een referentie die het systeem aanmaakt. Namen en andere identificerende gegevens worden alleen op de pagina van het dossier getoond, en elke keer dat ze worden geopend, wordt dat vastgelegd.
caseload-open-case = Een nieuw dossier openen
caseload-none = U hebt geen open dossiers.
caseload-open-caption = { $count ->
    [one] 1 open dossier
   *[other] { $count } open dossiers
}
caseload-closed-caption = { $count ->
    [one] 1 gesloten dossier
   *[other] { $count } gesloten dossiers
}
caseload-reference = Referentie
caseload-sessions = Sessies
caseload-last-session = Laatste sessie
caseload-next-session = Volgende sessie
caseload-flags = Aandacht nodig
caseload-none-yet = Nog geen
caseload-not-planned = Niet gepland
caseload-concerns = { $count ->
    [one] 1 openstaande zorg
   *[other] { $count } openstaande zorgen
}
caseload-awaiting-review = { $count ->
    [one] 1 wacht op beoordeling
   *[other] { $count } wachten op beoordeling
}
caseload-views = Welke dossiers tonen
caseload-open-heading = Open dossiers
caseload-closed-heading = Gesloten dossiers
caseload-none-closed = U hebt geen gesloten dossiers.
caseload-pagination = Pagina’s met dossiers
caseload-previous = Vorige pagina
caseload-next = Volgende pagina
caseload-page-of = Pagina { $page } van { $pages }
case-new-title = Een nieuw dossier openen
case-new-intro = Het systeem geeft het dossier een referentie. Gebruik die referentie als u over het dossier praat of schrijft.
case-details-protected = Deze gegevens zijn versleuteld. Alleen u, uw supervisors en de herstelsleutel van uw organisatie kunnen ze openen.
case-details-change-title = De gegevens van de persoon wijzigen
case-name-label = Volledige naam
case-dob-label = Geboortedatum
case-dob-hint = Bijvoorbeeld 27 3 1990
case-number-label = Gevangenis- of reclasseringsnummer
case-number-hint = Zoals uw organisatie het schrijft, bijvoorbeeld A1234BC
case-setting-label = Waar de persoon is
case-new-save = Het dossier openen
case-details-save = De gegevens opslaan
case-problem-name-missing = Vul de volledige naam van de persoon in
case-problem-name-long = De naam mag maximaal { $max } tekens lang zijn
case-problem-dob-missing = Vul de geboortedatum van de persoon in
case-problem-dob-future = De geboortedatum moet in het verleden liggen
case-problem-number-missing = Vul het gevangenis- of reclasseringsnummer van de persoon in
case-problem-number-long = Het nummer mag maximaal { $max } tekens lang zijn
case-problem-setting-missing = Kies waar de persoon is
case-problem-changed-elsewhere = Deze gegevens zijn in een ander tabblad of venster gewijzigd. Controleer de gegevens hieronder en sla ze opnieuw op.
case-title = Dossier { $reference }
case-caption-open = Open dossier
case-caption-closed = Gesloten dossier
case-notice-opened = Het dossier is geopend. Plan de eerste sessie wanneer u er klaar voor bent.
case-notice-details = De gegevens zijn opgeslagen.
case-notice-closed = Het dossier is gesloten. U kunt het op elk moment heropenen.
case-notice-reopened = Het dossier is weer open.
case-notice-override = De uitzondering is vastgelegd. De facilitator kan nu één sessie in dit dossier plannen.
case-open-concerns = { $count ->
    [one] Er is 1 openstaande zorg in dit dossier.
   *[other] Er zijn { $count } openstaande zorgen in dit dossier.
}
case-see-concerns = Bekijk de zorgen
case-details-heading = De persoon
case-facilitator = Facilitator
case-opened = Geopend
case-closed-on = gesloten op { $date }
case-change-details = De gegevens van de persoon wijzigen
case-next-heading = Volgende sessie
case-next-none = Er is geen sessie gepland.
case-next-on = Gepland op { $date }
case-suggested = Voorgestelde volgende module:
case-plan-session = Een sessie plannen
case-sessions-heading = Sessies
case-sessions-none = Nog geen sessies.
case-session-module = Module
case-session-date = Datum
case-session-status = Status
case-formulation-heading = Casusformulering
case-formulation-none = Er is nog geen bewijs aan de casusformulering gekoppeld. Als u een sessie afsluit, kunt u wat u hebt gehoord koppelen aan formuleringsfactoren.
case-formulation-evidence = { $count } stukken bewijs uit sessies, verdeeld over { $factors } formuleringsfactoren.
case-concerns-heading = Zorgen
case-concerns-none = Er zijn in dit dossier geen zorgen gemeld.
case-concern-raised = Gemeld door { $name } op { $date }
case-concern-session = Bekijk de sessie waarin de zorg is gemeld
case-close-heading = Het dossier sluiten
case-close-hint = Sluit het dossier als het werk is afgerond. Er wordt niets verwijderd, en u kunt het heropenen.
case-close = Het dossier sluiten
case-reopen-heading = Het dossier heropenen
case-reopen-hint = Heropen het dossier om meer sessies te plannen.
case-reopen = Het dossier heropenen
error-no-case-key-title = U hebt de sleutel van dit dossier nog niet
error-no-case-key-body = U mag dit dossier inzien, maar de notities zijn versleuteld en zijn nog niet gedeeld met uw huidige sleutel. Dit gebeurt als u net de supervisor van iemand bent geworden, of nadat uw wachtwoord is gereset.
error-no-case-key-what-to-do = De sleutel wordt automatisch met u gedeeld zodra de facilitator van het dossier het de volgende keer opent. Kan dat niet wachten, vraag dan uw beheerder om de toegang te herstellen met de herstelsleutel.
error-no-case-key-back = Naar uw dossiers

## Opleidingscontrole
gate-title = U kunt nog geen sessie starten
gate-blocked = Uw Developing Dialogues-opleiding voldoet niet aan de regel voor het begeleiden van sessies:
gate-what-to-do = Vraag uw opleidingsmanager om de opleidingen te registreren die u hebt gevolgd, of vraag uw supervisor om een uitzondering voor één sessie.
gate-see-training = Bekijk uw opleiding
gate-override-applies = Uw supervisor heeft één sessie in dit dossier toegestaan terwijl uw opleiding wordt bijgewerkt. De reden van uw supervisor:
override-heading = Eén sessie toestaan
override-intro = De opleiding van { $name } voldoet niet aan de regel voor het begeleiden van sessies:
override-reason-label = Waarom moet deze sessie doorgaan?
override-reason-hint = Dit wordt met uw naam vastgelegd en bij de sessie getoond. Het geldt voor één sessie, alleen in dit dossier.
override-save = Eén sessie toestaan
override-waiting = U hebt één sessie toegestaan, die nog niet is gepland. Uw reden:
override-problem-missing = Vul de reden in waarom u deze sessie toestaat
override-problem-long = De reden mag maximaal { $max } tekens lang zijn

## Sessies
choose-title = Welke module gebruikt deze sessie?
choose-hint = De voorgestelde module is de volgende module in het programma die in dit dossier nog niet is gebruikt.
choose-suggested = Voorgesteld
choose-used = Eerder gebruikt
choose-continue = Doorgaan
session-problem-module-missing = Kies een module
session-problem-module-unknown = Die module staat niet in de toolkit. Kies een van de modules in de lijst.
session-problem-gate = Uw opleiding voldoet niet meer aan de regel voor het begeleiden van sessies. Bekijk uw opleiding om te zien wat er ontbreekt.
session-problem-case-closed = Het dossier is gesloten. Heropen het om sessies te plannen of te wijzigen.
session-problem-submitted = Deze sessie is ter beoordeling ingediend en kan nu dus niet worden gewijzigd.
session-problem-signed-off = Deze sessie is afgetekend. Voeg in plaats daarvan een aanvulling toe.
session-problem-not-ready = Deze sessie kan in de huidige status niet worden gewijzigd.
session-problem-already-submitted = Deze sessie was al ingediend. Er is niets gewijzigd.
session-problem-close-first = Sluit de sessie af met een samenvatting voordat u haar indient.
session-problem-already-signed-off = Deze sessie was al afgetekend. Er is niets gewijzigd.
plan-title = De sessie plannen
plan-date-label = Datum van de sessie
plan-date-hint = Bijvoorbeeld 27 3 2026
plan-place-label = Plaats
plan-place-hint = Bijvoorbeeld de gespreksruimte in de gang van de onderwijsafdeling
plan-preparation-legend = Voorbereiding
plan-preparation-hint = Vink elk punt aan zodra u het hebt gedaan. U kunt vóór de sessie naar deze lijst terugkomen.
plan-safety-legend = Uw eigen veiligheid
plan-safety-1 = Iemand weet waar ik ben, met wie ik ben en hoe laat ik klaar ben.
plan-safety-2 = Ik weet hoe ik in deze ruimte alarm kan slaan.
plan-safety-3 = Ik kan de ruimte makkelijk verlaten, en niets blokkeert mijn weg naar buiten.
plan-safety-4 = Ik heb afgesproken om na afloop met mijn supervisor of een collega te praten.
plan-safety-notes-label = Uw veiligheidsafspraken (optioneel)
plan-safety-notes-hint = Alles wat u verder hebt geregeld om uzelf veilig te houden.
plan-save = Het plan opslaan
plan-problem-date-missing = Vul de datum van de sessie in
plan-problem-place-long = De plaats mag maximaal { $max } tekens lang zijn
session-status-planned = Gepland
session-status-in-progress = Bezig
session-status-closed = Afgesloten, niet ingediend
session-status-submitted = Wacht op beoordeling
session-status-signed-off = Afgetekend
session-notice-closed = De sessie is afgesloten. Controleer de samenvatting en dien de sessie daarna in ter beoordeling.
session-notice-submitted = De sessie is ter beoordeling naar uw supervisor gestuurd.
session-notice-signed-off = De sessie is afgetekend en vergrendeld.
session-notice-amended = Uw aanvulling is toegevoegd.
session-notice-saved = Uw notities zijn opgeslagen. U kunt verdergaan waar u was gebleven.
session-plan-heading = Plan
session-not-set = Niet ingesteld
session-checklist = Checklist voorbereiding
session-checks-done = { $done } van { $total } gedaan
session-facilitator = Facilitator
session-change-plan = Het plan wijzigen
session-stages-heading = Fasen
session-stage-has-notes = Notities
session-begin = De sessie starten
session-resume = Verdergaan met de sessie
session-close = De sessie afsluiten
session-closing-heading = Afsluitend verslag
session-change-closing = Het afsluitende verslag wijzigen
session-submit-hint = Als u de sessie indient, beoordeelt uw supervisor haar. U kunt de sessie niet wijzigen zolang die bij uw supervisor ligt.
session-submit = Indienen ter beoordeling
session-submitted-on = Ingediend ter beoordeling op { $date }.
session-signed-off-by = Afgetekend door { $name } op { $date }. Het verslag is vergrendeld; wijzigingen worden er als aanvullingen naast gezet.
session-sign-off-hint = Aftekenen vergrendelt de sessie. Latere wijzigingen worden ernaast bewaard als aanvullingen.
session-sign-off = De sessie aftekenen
session-amendments-heading = Aanvullingen
session-amendments-none = Geen aanvullingen.
session-amendment-by = Aanvulling van { $name } op { $date }
session-add-amendment = Een aanvulling toevoegen
session-snapshot-heading = Opleiding van de facilitator op { $date }
session-snapshot-met = De opleiding van de facilitator voldeed aan de regel voor het begeleiden van sessies.
session-snapshot-overridden = De opleiding van de facilitator voldeed niet aan de regel; een supervisor heeft deze sessie toegestaan.
session-snapshot-not-met = De opleiding van de facilitator voldeed niet aan de regel.
session-snapshot-until = geldig tot { $date }
session-override-by = Toegestaan door { $name } op { $date }: { $reason }
session-toolkit-version = Gebruikte versie van de toolkit: { $version }
stage-of = Fase { $number } van { $total }
stage-minutes = { $count ->
    [one] Ongeveer 1 minuut
   *[other] Ongeveer { $count } minuten
}
stage-questions = Vragen die u kunt stellen
stage-listen-for = Waar u op kunt letten
stage-informs = Wat u hier hoort, kan bijdragen aan: { $factors }
stage-notes-label = Uw notities voor deze fase
stage-notes-hint = Maximaal { $max } tekens. Uw notities worden opgeslagen terwijl u typt, en wanneer u op een van de knoppen hieronder drukt.
stage-save-next = Opslaan en naar de volgende fase
stage-save-close = Opslaan en de sessie afsluiten
stage-save-previous = Opslaan en een fase teruggaan
stage-save-leave = Opslaan en later terugkomen
stage-no-notes = Geen notities voor deze fase.
stage-pagination = Fasen
stage-previous = Vorige fase
stage-next = Volgende fase
stage-back-to-session = Terug naar de sessie
notes-autosaved-at = Opgeslagen om { $time }
notes-autosave-signed-out = Niet opgeslagen: u bent uitgelogd. Kopieer uw notities, log opnieuw in op een nieuw tabblad en plak ze daarna terug.
notes-problem-busy = Nog niet opgeslagen: de dienst was bezet. Uw tekst staat nog op deze pagina en er is niets verloren gegaan. Sla over een paar seconden opnieuw op.
notes-autosave-failed = Niet opgeslagen: er was een probleem met de dienst (referentie { $reference }). Uw tekst staat nog op deze pagina: kopieer hem naar een veilige plek en probeer hem daarna opnieuw op te slaan.
notes-busy-title = Uw notities zijn nog niet opgeslagen
notes-busy-body = De dienst was bezet, dus er is niets gewijzigd. Uw tekst staat hieronder en er is niets verloren gegaan: wacht een paar seconden en probeer het dan opnieuw.
notes-busy-try-again = Opnieuw proberen op te slaan
notes-problem-too-long = Notities mogen maximaal { $max } tekens lang zijn. U hebt er { $count } getypt: maak ze korter, of zet een deel bij een andere fase.
notes-problem-conflict = Deze notities zijn in een ander tabblad of venster gewijzigd nadat u deze pagina opende. Uw tekst staat hieronder en er is niets verloren gegaan. Vergelijk hem met de opgeslagen tekst en sla daarna opnieuw op om uw eigen tekst te bewaren.
notes-conflict-saved-heading = De opgeslagen tekst, uit het andere tabblad of venster
notes-signed-out-title = U bent uitgelogd voordat uw notities waren opgeslagen
notes-signed-out-body = Uw notities zijn niet opgeslagen, maar ze staan hieronder, zodat er niets verloren gaat.
notes-signed-out-step-copy = Kopieer uw notities uit het vak hieronder.
notes-signed-out-step-sign-in = Log opnieuw in (dit opent in een nieuw tabblad).
notes-signed-out-step-paste = Ga terug naar de fase, plak uw notities en sla ze op.
notes-signed-out-your-text = Uw notities
notes-signed-out-sign-in = Opnieuw inloggen
close-title = De sessie afsluiten
close-summary-label = Samenvatting van de sessie
close-summary-hint = Waar u over hebt gesproken en wat opviel. Maximaal { $max } tekens.
close-engagement-legend = Hoe deed de persoon mee?
engagement-engaged = Deed volledig mee
engagement-partly = Deed mee aan een deel van de sessie
engagement-guarded = Terughoudend of onwillig
engagement-declined = Weigerde mee te doen
close-actions-label = Afgesproken acties
close-actions-hint = Wat u en de persoon hebben afgesproken te doen vóór de volgende sessie.
close-next-label = Volgende sessie (optioneel)
close-next-hint = Bijvoorbeeld 27 3 2026
close-evidence-legend = Bewijs voor de casusformulering
close-evidence-hint = Koppel wat u hebt gehoord aan formuleringsfactoren. Laat een vak leeg als deze sessie niets over die factor zei. De factoren waaraan de fasen van deze module bijdragen, staan bovenaan.
close-evidence-other = Andere formuleringsfactoren
close-save = De sessie afsluiten
close-problem-summary-missing = Vul een samenvatting van de sessie in
close-problem-engagement-missing = Kies hoe de persoon meedeed
close-problem-next-past = De volgende sessie moet vandaag of later zijn
amend-title = Een aanvulling toevoegen
amend-hint = Zeg wat u corrigeert of toevoegt, en waarom. Het afgetekende verslag blijft zoals het was. Maximaal { $max } tekens.
amend-save = De aanvulling toevoegen
amend-problem-missing = Vul de aanvulling in

## Zorgen
concern-raise = Een zorg melden
concern-title = Een zorg melden
concern-urgent = Is iemand in direct gevaar? Grijp dan nu in en volg eerst uw noodprocedure. Leg de zorg daarna vast.
concern-route-heading = Hoe u de zorg meldt
concern-route-default = Vertel het vandaag aan uw supervisor, persoonlijk of telefonisch, en volg de procedure van uw organisatie voor bescherming en het delen van informatie. Leg vast wat er is gezegd in de eigen woorden van de persoon, wanneer, en wie er nog meer aanwezig was.
concern-what-label = Wat er is verteld of gezien
concern-what-hint = Gebruik waar mogelijk de eigen woorden van de persoon. Maximaal { $max } tekens.
concern-action-label = Wat u al hebt gedaan (optioneel)
concern-action-hint = Bijvoorbeeld aan wie u het hebt verteld en wanneer.
concern-save = De zorg vastleggen
concern-problem-missing = Vul in wat er is verteld of gezien
concern-raised-title = Zorg vastgelegd
concern-raised-body = Het dossier is gemarkeerd en uw supervisor ziet het nu in de lijst om te beoordelen.
concern-back-to-stage = Terug naar de sessie
concern-open = Open
concern-acknowledged = Gezien
concern-acknowledge = Markeren als gezien door een supervisor

## Beoordelen
review-title = Beoordelen
review-concerns-heading = { $count ->
    [one] 1 openstaande zorg
   *[other] { $count } openstaande zorgen
}
review-concerns-none = Geen openstaande zorgen bij de mensen onder uw supervisie.
review-sessions-heading = { $count ->
    [one] 1 sessie wacht op aftekening
   *[other] { $count } sessies wachten op aftekening
}
review-sessions-none = Er wachten geen sessies op u.
review-facilitator = Facilitator
review-what = Wat
review-when = Wanneer
review-concern = Zorg gemeld

## Formulation (ERG-style structured formulation)
case-formulation-not-started = Voor dit dossier is nog geen casusformulering gestart.
case-formulation-open = De casusformulering openen
formulation-title = Casusformulering
formulation-spj = Deze casusformulering ondersteunt uw gestructureerd professioneel oordeel. De beoordelingen worden niet opgeteld: er is geen score, geen totaal en geen risiconiveau. Het gaat om uw geschreven oordeel.
formulation-none = Er is nog geen casusformulering voor dit dossier.
formulation-start-first = De eerste casusformulering starten
formulation-start-revision = Een herziening van versie { $number } starten
formulation-continue = Verdergaan met versie { $number }
formulation-prompts-first = Afgesloten sessies bevatten gekoppeld bewijs voor deze factoren:
formulation-prompts-since = Sessies die zijn afgesloten sinds versie { $number } werd afgetekend, bevatten gekoppeld bewijs voor deze factoren. Houd er rekening mee in de volgende herziening:
formulation-versions = Versies
formulation-version = Versie
formulation-version-short = Versie { $number }
formulation-version-title = Casusformulering, versie { $number }
formulation-state = Status
formulation-started = Gestart
formulation-submitted = Ingediend
formulation-signed-off = Afgetekend
formulation-signed-off-by = { $date }, door { $name }
formulation-signed-off-by-name = Afgetekend door { $name } op { $date }
formulation-returned-by = Teruggestuurd door { $name } op { $date }
formulation-status-draft = Concept
formulation-status-submitted = Wacht op beoordeling
formulation-status-returned = Teruggestuurd voor wijzigingen
formulation-status-signed-off = Afgetekend
formulation-notice-started = De nieuwe versie is klaar. Ze begint als kopie van de vorige versie, als die er was.
formulation-notice-saved = Uw wijzigingen zijn opgeslagen.
formulation-notice-submitted = De casusformulering is ter beoordeling naar uw supervisor gestuurd.
formulation-notice-returned = De casusformulering is met uw opmerkingen teruggestuurd naar de facilitator.
formulation-notice-signed-off = De casusformulering is afgetekend. Ze ligt nu vast; latere wijzigingen komen in een nieuwe herziening.
formulation-guidance = Hoe u dit kader gebruikt
formulation-change = Wijzigen
formulation-judgement = Algemeen oordeel
formulation-judgement-lower = algemeen oordeel
formulation-judgement-hint = In uw eigen woorden: wat de factoren in dit domein samen betekenen voor deze persoon, en hoe ze samenhangen met de rest van de casusformulering. Maximaal { $max } tekens.
formulation-domain-ratings = Uw beoordelingen in dit domein
formulation-not-rated = Nog niet beoordeeld
formulation-not-written = Nog niet geschreven
formulation-strength = Sterk punt
formulation-new-evidence = Nieuw bewijs uit sessies
formulation-sources-line = Bronnen: { $sources }
formulation-session-evidence = Bewijs uit de sessie van { $session }
formulation-other-none = U hebt geen andere factoren toegevoegd.
formulation-other-add = Nog een factor toevoegen
formulation-other-title = Andere factor
formulation-other-name = Naam van de factor
formulation-other-kind = Is het een zorg of een sterk punt?
formulation-other-concern = Een zorg
formulation-written-heading = De geschreven casusformulering
formulation-summary = Samenvattende casusformulering
formulation-summary-hint = Breng de domeinen samen: hoe en waarom de persoon erbij betrokken raakte, wat de persoon ertoe zou kunnen brengen schade aan te richten, wat de persoon zou kunnen doen, en wat helpt om afstand te nemen. Maximaal { $max } tekens.
formulation-plan = Plan van aanpak
formulation-plan-hint = Wat er zal gebeuren, door wie en wanneer, om de zorg te verminderen en voort te bouwen op sterke punten.
formulation-changes = Belangrijke veranderingen sinds de vorige versie
formulation-changes-hint = Wat er sinds versie { $previous } is veranderd, en waarom, inclusief elke beweging weg van betrokkenheid.
formulation-changes-hint-first = Dit is de eerste versie. U kunt dit leeg laten, of recente gebeurtenissen noteren die de casusformulering hebben bepaald.
formulation-reviews-heading = Beoordelingen door de supervisor
formulation-submit-heading = Indienen ter beoordeling
formulation-submit-intro = Elke factor heeft een beoordeling nodig ("Onvoldoende informatie" telt ook), elk domein heeft een algemeen oordeel nodig, en de samenvatting moet geschreven zijn. Uw supervisor tekent de casusformulering daarna af of stuurt ze terug met opmerkingen.
formulation-submit = Naar mijn supervisor sturen
formulation-review-heading = Uw beoordeling als supervisor
formulation-review-decision = Wat is uw beslissing?
formulation-review-sign-off = Deze versie aftekenen
formulation-review-return = Terugsturen voor wijzigingen
formulation-review-comment = Opmerkingen
formulation-review-comment-hint = Nodig als u de versie terugstuurt: zeg wat er moet veranderen en waarom. De facilitator ziet uw opmerkingen bij de casusformulering.
formulation-review-button = Mijn beslissing vastleggen
formulation-missing-title = Voordat u dit ter beoordeling kunt indienen
formulation-missing-rating = Beoordeel "{ $factor }"
formulation-missing-judgement = Schrijf het algemene oordeel voor het domein { $domain }
formulation-missing-summary = Schrijf de samenvattende casusformulering
formulation-definition = Wat deze factor betekent
formulation-indicators = Wat op elke beoordeling wijst
formulation-prompts = Vragen die kunnen helpen
formulation-rating = Beoordeling
formulation-rating-hint = Beoordeel op basis van bewijs: wat de persoon heeft gezegd en gedaan, wat u zelf hebt gezien, en wat betrouwbare verslagen laten zien. Kies "Onvoldoende informatie" als er iets ontbreekt.
formulation-evidence = Bewijs voor deze beoordeling
formulation-evidence-hint = Wat u hebt gezien, gehoord of gelezen dat de beoordeling ondersteunt, en waar bronnen elkaar tegenspreken. Maximaal { $max } tekens.
formulation-session-evidence-heading = Bewijs gekoppeld in sessies
formulation-session-evidence-hint = Kies het bewijs uit sessies dat deze beoordeling ondersteunt. De casusformulering verwijst ernaar met een link.
formulation-sources = Bronnen
formulation-sources-hint = Bijvoorbeeld: sessies, gevangenis- of reclasseringsdossiers, verslagen van andere instanties.
formulation-save-next = Opslaan en naar de volgende factor
formulation-save-back = Opslaan en terug naar de casusformulering
formulation-conflict-saved = Wat nu is opgeslagen (gewijzigd in een ander tabblad of venster)
formulation-chart-heading = Beoordelingen over de versies heen
formulation-chart-intro = Elke lijn toont de beoordeling van één factor in elke versie, met de oudste links. De beoordelingen worden getoond zoals ze zijn vastgelegd: ze worden niet opgeteld.
formulation-chart-factor = Factor
formulation-chart-versions = Versies, oudste eerst
formulation-chart-table = De beoordelingen als tabel tonen
formulation-compare-heading = Twee versies vergelijken
formulation-compare-from = Eerdere versie
formulation-compare-to = Latere versie
formulation-compare-button = Vergelijken
formulation-compare-title = Versie { $from } vergeleken met versie { $to }
formulation-compare-count = { $count ->
    [one] 1 factor of onderdeel is gewijzigd.
   *[other] { $count } factoren of onderdelen zijn gewijzigd.
}
formulation-compare-changed = Gewijzigd
formulation-compare-need-two = Er is tot nu toe maar één versie. Versies kunnen worden vergeleken zodra een herziening is gestart.
formulation-error-too-long = Dit mag maximaal { $max } tekens lang zijn. U hebt er { $typed } getypt: maak het korter, of zet een deel bij een ander onderdeel.
formulation-error-conflict = Dit is in een ander tabblad of venster gewijzigd nadat u het opende. Uw tekst staat nog in het vak hieronder, en wat nu is opgeslagen, staat erboven. Houd wat u nodig hebt en sla daarna opnieuw op.
formulation-error-rating = Kies een beoordeling uit de lijst
formulation-error-name-missing = Vul een naam voor de factor in
formulation-error-name-long = De naam mag maximaal { $max } tekens lang zijn
formulation-error-strength = Kies of de factor een zorg of een sterk punt is
formulation-error-submitted = Deze versie is ter beoordeling ingediend en kan nu dus niet worden gewijzigd. Als ze wordt teruggestuurd, kunt u ze weer wijzigen.
formulation-error-signed-off = Deze versie is afgetekend en ligt vast. Start een herziening om wijzigingen aan te brengen.
formulation-error-in-progress = Er wordt al aan een versie van deze casusformulering gewerkt. Ga in plaats daarvan met die versie verder.
formulation-error-case-closed = Het dossier is gesloten. Heropen het om aan de casusformulering te werken.
formulation-error-stale = De casusformulering is gewijzigd nadat u deze pagina opende. Lees de nieuwste versie hieronder en leg daarna uw beslissing opnieuw vast.
formulation-error-decision = Kies of u de versie aftekent of terugstuurt voor wijzigingen
formulation-error-return-comment = Vul uw opmerkingen in: zeg wat er moet veranderen voordat de versie kan worden afgetekend
formulation-error-own-review = U kunt uw eigen casusformulering niet beoordelen. Dat moet een van uw supervisors doen.
formulation-error-compare-unknown = Kies een versie uit de lijst
formulation-error-compare-same = Kies twee verschillende versies om te vergelijken
formulation-or = of
review-formulations-heading = { $count ->
    [one] 1 casusformulering wacht op beoordeling
   *[other] { $count } casusformuleringen wachten op beoordeling
}
review-formulations-none = Er wachten geen casusformuleringen op u.
