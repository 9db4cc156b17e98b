# Supervisieverslagen: de aantekeningen van de supervisor bij elk supervisiegesprek, en wanneer het volgende gepland moet zijn.

nav-supervision = Supervisie
nav-supervision-mine = Uw supervisie

supervision-title = Supervisie
supervision-intro = Dit werk vraagt veel van de mensen die het doen. Spreek elke persoon onder uw supervisie regelmatig: bespreek hun dossiers, reflecteer samen op de praktijk, vraag hoe het met hen gaat en spreek af welke ondersteuning ze nodig hebben. Leg elk gesprek hier vast.
supervision-frequency = { $days ->
    [one] elke dag
   *[other] elke { $days } dagen
}
supervision-expected = Supervisie wordt { $frequency } verwacht. Het volgende gesprek moet zo lang na het vorige plaatsvinden, en wordt daarna als te laat gemarkeerd.
supervision-protected = Elk verslag is versleuteld: alleen u en de persoon over wie het gaat, kunnen het lezen. Zonder het te openen is alleen de datum van het gesprek te zien.
supervision-no-supervisees = U hebt op dit moment niemand onder supervisie.
supervision-supervisees = Mensen onder uw supervisie
supervision-person = Naam
supervision-last = Laatste supervisie
supervision-next = Volgende uiterlijk op
supervision-status = Status
supervision-never = Nog geen supervisie vastgelegd
supervision-due-now = Nu
supervision-tag-overdue = Te laat
supervision-tag-due = Nodig
supervision-not-activated-short = Account niet actief
supervision-earlier = Mensen die u eerder onder supervisie had
supervision-last-by-you = Laatste gesprek dat u vastlegde
supervision-earlier-hint = U kunt de verslagen die u schreef over mensen die u niet meer onder supervisie hebt, nog steeds lezen, maar u kunt er geen toevoegen of wijzigen.
supervision-mine-link = Uw eigen supervisie

supervision-record-new = Een supervisiegesprek vastleggen
supervision-not-activated = Het account van deze persoon is niet actief (nog niet geactiveerd, of uitgeschakeld). Een verslag wordt voor deze persoon en voor u versleuteld, dus het kan worden gemaakt zodra het account actief is.
supervision-former = U hebt deze persoon niet meer onder supervisie. U kunt de verslagen lezen die u schreef, maar u kunt er geen toevoegen of wijzigen.
supervision-meetings = Supervisiegesprekken
supervision-no-meetings = Er zijn nog geen supervisiegesprekken vastgelegd.
supervision-date = Datum van het gesprek
supervision-recorded-by = Supervisor
supervision-record = Verslag
supervision-open = Verslag openen
supervision-sealed-to-others = Alleen { $name } en de persoon over wie het gaat, kunnen het lezen
supervision-notice-recorded = Het supervisiegesprek is vastgelegd.
supervision-notice-saved = Uw wijzigingen zijn opgeslagen.

supervision-mine-title = Uw supervisie
supervision-mine-intro = Uw supervisor legt elk supervisiegesprek met u vast. U kunt elk verslag over u lezen; alleen u en de supervisor die het schreef, kunnen het openen.
supervision-your-supervisors = Uw supervisors
supervision-no-supervisors = Er staat niemand geregistreerd als uw supervisor. Vraag een beheerder om uw supervisor aan uw account toe te voegen.
supervision-mine-none = Er zijn nog geen supervisiegesprekken met u vastgelegd. Hebt u al een tijd geen supervisie gehad, vraag uw supervisor dan om een gesprek.

supervision-record-title = Supervisiegesprek van { $date }
supervision-record-sealed = Alleen { $supervisor } en { $supervisee } kunnen dit verslag lezen.
supervision-supervisor = Supervisor
supervision-supervisee = Professional onder supervisie
supervision-cases = Besproken dossiers
supervision-cases-none-discussed = Er zijn geen besproken dossiers vastgelegd.
supervision-notes = Reflectieve aantekeningen
supervision-wellbeing = Welzijn
supervision-support = Afgesproken ondersteuning
supervision-not-written = Niet ingevuld
supervision-change = Dit verslag wijzigen
supervision-read-only = Alleen de supervisor die dit verslag schreef, kan het wijzigen. Klopt er iets niet, laat het hem of haar dan weten.
supervision-cannot-open = Dit verslag kan niet worden geopend met uw huidige sleutel. Dit gebeurt nadat een beheerder een wachtwoord heeft gereset. De andere persoon die hierboven staat, kan het nog steeds lezen; gaat het verslag over u, dan kunt u het weer openen zodra uw supervisor het wijzigt en opslaat.

supervision-new-title = Een supervisiegesprek vastleggen
supervision-edit-title = Een supervisieverslag wijzigen
supervision-form-sealed = Dit verslag is versleuteld: alleen u en { $supervisee } kunnen het lezen.
supervision-date-label = Wanneer was het gesprek?
supervision-date-hint = Bijvoorbeeld 27 3 2026
supervision-cases-hint = Kies de dossiers die u hebt besproken. Hier worden alleen dossierreferenties getoond.
supervision-cases-none = { $name } heeft geen open dossiers.
supervision-notes-hint = Wat u samen hebt besproken en waarop u hebt gereflecteerd: de praktijk, beslissingen en wat ervan is geleerd. Maximaal { $max } tekens.
supervision-wellbeing-hint = Hoe het met de persoon gaat: het effect van dit werk, stress, wat hem of haar zorgen baarde of raakte. Maximaal { $max } tekens.
supervision-support-hint = De ondersteuning die u hebt afgesproken: nabesprekingen, opleiding, een andere caseload, bedrijfsarts of psychologische hulp. Maximaal { $max } tekens.
supervision-save = Verslag opslaan
supervision-save-changes = Wijzigingen opslaan
supervision-conflict-saved = Wat nu is opgeslagen (gewijzigd in een ander tabblad of venster)

supervision-error-date-missing = Vul de datum van het gesprek in
supervision-error-date-future = De datum van het gesprek moet vandaag of in het verleden liggen
supervision-error-cases = Kies dossiers uit de lijst: een van de gekozen dossiers is geen dossier van deze persoon
supervision-error-wellbeing-missing = Vul in hoe het met de professional gaat: het welzijn
supervision-error-too-long = Dit mag maximaal { $max } tekens lang zijn. U hebt er { $typed } getypt: maak het korter.
supervision-error-conflict = Dit verslag is in een ander tabblad of venster gewijzigd nadat u het opende. Wat u typte, staat nog in het formulier hieronder, en wat nu is opgeslagen, staat erboven. Houd wat u nodig hebt en sla daarna opnieuw op.
supervision-error-not-activated = Het account van deze persoon is niet actief, dus het verslag kan niet voor deze persoon worden versleuteld. Er is niets opgeslagen: bewaar een kopie van wat u typte en probeer het opnieuw zodra het account actief is.
