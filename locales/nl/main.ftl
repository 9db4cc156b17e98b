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
home-signed-in-heading = Ingelogd als { $name }
error-bad-request-title = Het formulier kon niet worden gelezen
error-bad-request-body = Iets in wat is verstuurd had niet de vorm die de dienst verwacht. Er is niets gewijzigd.
error-bad-request-action = Ga terug, laad de pagina opnieuw en probeer het nog eens. Wat u hebt getypt, staat er meestal nog als u teruggaat.
