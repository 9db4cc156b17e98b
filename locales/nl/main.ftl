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
home-setup-body = Een beheerder richt Dialogues in via de opdrachtregel, op de machine waarop het draait. De README legt elke stap uit.

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
