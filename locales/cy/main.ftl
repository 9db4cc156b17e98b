## The language itself
language-endonym = Cymraeg
language-switcher-label = Dewiswch iaith

## Layout
service-name = Dialogues
service-tagline = Cymorth achos ar gyfer gwaith Developing Dialogues un i un
skip-link = Neidio i'r prif gynnwys
footer-illustrative = Meddalwedd cymorth achos yw Dialogues. Mae'r cynnwys ymarfer sy'n dod gydag ef yn enghreifftiol, ac nid yw'n ddeunydd swyddogol gan HMPPS.
footer-meta-label = Dolenni cymorth

## Dates
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Home page
home-page-title = Tudalen gychwyn
home-title = Dialogues
home-lead = Cynllunio, cynnal a chofnodi sesiynau un i un strwythuredig, cadw fformiwleiddiad strwythuredig yn gyfredol, a chael y cymorth goruchwylio a hyfforddi sydd ei angen ar y gwaith hwn.
home-encrypted = Mae popeth rydych chi'n ei ysgrifennu am unigolyn wedi'i amgryptio, a dim ond chi, eich goruchwylwyr ac allwedd adfer eich sefydliad sy'n gallu ei agor.
home-setup-heading = Nid yw'r sefydliad hwn wedi'i sefydlu eto
home-setup-body = Mae gweinyddwr yn gosod Dialogues unwaith, o'r llinell orchymyn ar y peiriant y mae'n rhedeg arno (rhowch cargo run --release -- o'i flaen wrth redeg o'r cod ffynhonnell):
home-setup-then = Mae'n gofyn am gyfrinair y gweinyddwr ac yn ysgrifennu allwedd adfer y sefydliad i ffeil newydd, i'w chadw all-lein. Yna ail-lwythwch y dudalen hon a mewngofnodi.

## Error pages
error-not-found-title = Heb ddod o hyd i'r dudalen
error-not-found-body = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir. Os gwnaethoch ei ludo, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
error-not-found-home = Ewch i'r dudalen gychwyn
error-server-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
error-server-body = Rhowch gynnig arall arni yn nes ymlaen. Nid oes dim a gadwyd gennych cyn hyn wedi'i golli.
error-server-reference = Os byddwch yn cysylltu â'ch gweinyddwr, rhowch y cyfeirnod hwn iddynt: { $reference }

## Toolkit in use
footer-toolkit = Pecyn cymorth:
footer-toolkit-version = fersiwn { $version }
footer-toolkit-content = cynnwys { $hash }
home-toolkit-heading = Cynnwys ymarfer
home-toolkit-modules = { $count ->
        [zero] dim modiwlau sesiwn
        [one] un modiwl sesiwn
        [two] dau fodiwl sesiwn
        [few] { $count } modiwl sesiwn
        [many] { $count } modiwl sesiwn
       *[other] { $count } modiwl sesiwn
    }
home-toolkit-factors = { $count ->
        [zero] dim ffactorau fformiwleiddio
        [one] un ffactor fformiwleiddio
        [two] dau ffactor fformiwleiddio
        [few] { $count } ffactor fformiwleiddio
        [many] { $count } ffactor fformiwleiddio
       *[other] { $count } ffactor fformiwleiddio
    }

## Forms and notices shared by every page
error-summary-title = Mae problem wedi codi
error-title-prefix = Gwall:
error-prefix = Gwall:
warning-prefix = Rhybudd
notice-success = Llwyddiant

## Header when signed in
nav-label = Eich cyfrif
nav-your-account = Eich cyfrif
nav-accounts = Cyfrifon
nav-sign-out = Allgofnodi

## Roles
role-facilitator = Hwylusydd
role-supervisor = Goruchwyliwr
role-training-manager = Rheolwr hyfforddiant
role-administrator = Gweinyddwr
role-learner = Dysgwr (gall pawb ddefnyddio'r cwrs gloywi cymhwysol)

## Sign in and out
sign-in-title = Mewngofnodi
sign-in-email = Cyfeiriad e-bost
sign-in-password = Cyfrinair
sign-in-button = Mewngofnodi
sign-in-help = Os ydych wedi anghofio eich cyfrinair, neu os nad oes gennych gyfrif eto, gofynnwch i weinyddwr yn eich sefydliad.
sign-in-notice-activated = Mae eich cyfrinair wedi'i osod. Gallwch fewngofnodi nawr.
sign-in-problem-email-missing = Rhowch eich cyfeiriad e-bost
sign-in-problem-password-missing = Rhowch eich cyfrinair
sign-in-problem-not-recognised = Nid yw'r cyfeiriad e-bost neu'r cyfrinair yn gywir, neu ni ellir defnyddio'r cyfrif. Gwiriwch nhw a rhowch gynnig arall arni. Os nad yw'n gweithio o hyd, gofynnwch i weinyddwr wirio eich cyfrif.
sign-in-problem-throttled = { $count ->
    [zero] Bu gormod o ymdrechion i fewngofnodi. Arhoswch { $count } munud, yna rhowch gynnig arall arni.
    [one] Bu gormod o ymdrechion i fewngofnodi. Arhoswch 1 munud, yna rhowch gynnig arall arni.
    [two] Bu gormod o ymdrechion i fewngofnodi. Arhoswch 2 funud, yna rhowch gynnig arall arni.
    [few] Bu gormod o ymdrechion i fewngofnodi. Arhoswch { $count } munud, yna rhowch gynnig arall arni.
    [many] Bu gormod o ymdrechion i fewngofnodi. Arhoswch { $count } munud, yna rhowch gynnig arall arni.
   *[other] Bu gormod o ymdrechion i fewngofnodi. Arhoswch { $count } munud, yna rhowch gynnig arall arni.
}
signed-out-title = Rydych wedi allgofnodi
signed-out-body = Mae eich sesiwn wedi dod i ben ac mae eich allweddi wedi'u clirio o gof y gweinydd.
signed-out-again = Mewngofnodi eto

## Set a password with a one-time link
activate-title = Gosod eich cyfrinair
activate-button = Gosod cyfrinair
link-problem-title = Ni ellir defnyddio'r ddolen hon
link-problem-body = Mae'r ddolen wedi dod i ben, wedi cael ei defnyddio eisoes, neu nid yw'n gyflawn.
link-problem-action = Gofynnwch i weinyddwr yn eich sefydliad am ddolen newydd.
password-new = Cyfrinair newydd
password-confirm = Teipiwch y cyfrinair newydd eto
password-current = Cyfrinair presennol
password-hint = O leiaf 12 nod. Nid oes unrhyw reolau eraill: mae tri neu bedwar gair ar hap yn gwneud cyfrinair cryf sy'n hawdd ei gofio.
password-problem-missing = Rhowch gyfrinair
password-problem-too-short = Rhaid i'r cyfrinair fod yn 12 nod o leiaf
password-problem-too-long = Rhaid i'r cyfrinair fod yn 256 nod neu lai
password-problem-common = Mae'r cyfrinair hwn yn rhy gyffredin neu'n rhy hawdd ei ddyfalu. Rhowch gynnig ar dri neu bedwar gair ar hap
password-problem-mismatch = Nid yw'r ddau gyfrinair yr un fath. Teipiwch yr un cyfrinair yn y ddau flwch
password-problem-current-missing = Rhowch eich cyfrinair presennol
password-problem-current-wrong = Nid yw eich cyfrinair presennol yn gywir

## Your account
account-title = Eich cyfrif
account-name = Enw
account-email = Cyfeiriad e-bost
account-roles = Rolau
account-supervisors = Goruchwylwyr
account-status = Statws
account-password = Cyfrinair
account-change = Newid
account-status-active = Gweithredol
account-status-awaiting = Yn aros i osod cyfrinair
account-status-disabled = Wedi'i analluogi
account-language-heading = Iaith
account-language-label = Iaith ar gyfer y gwasanaeth hwn
account-language-hint = Mae'n cael ei chadw ar eich cyfrif, felly mae'n eich dilyn i unrhyw gyfrifiadur.
account-language-browser = Defnyddio gosodiad fy mhorwr
account-language-save = Cadw'r iaith
account-notice-language = Mae eich iaith wedi'i chadw.
account-notice-password = Mae eich cyfrinair wedi'i newid. Rydych wedi cael eich allgofnodi ym mhob man arall.
password-change-title = Newid eich cyfrinair
password-change-button = Newid cyfrinair
back-to-account = Yn ôl i'ch cyfrif

## Accounts (administrators)
admin-accounts-title = Cyfrifon
admin-accounts-count = { $count ->
    [zero] { $count } o bobl
    [one] 1 person
    [two] 2 o bobl
    [few] { $count } o bobl
    [many] { $count } o bobl
   *[other] { $count } o bobl
}
admin-add-account = Ychwanegu unigolyn
admin-add-button = Ychwanegu'r unigolyn a chreu eu dolen
admin-back-to-accounts = Yn ôl i'r cyfrifon
admin-roles-hint = Dewiswch bob un sy'n berthnasol. Gall pawb ddefnyddio'r cwrs gloywi cymhwysol.
admin-supervisors-hint = Y bobl sy'n adolygu gwaith yr unigolyn hwn ac sy'n rhoi cymorth iddynt. Dim ond pobl sydd â rôl goruchwyliwr sy'n cael eu rhestru.
admin-no-supervisors = Nid oes gan neb rôl goruchwyliwr eto.
admin-save-roles = Cadw'r rolau
admin-save-supervisors = Cadw'r goruchwylwyr
admin-access-heading = Mynediad
admin-reset-body = Mae ailosod yn dod â sesiynau'r unigolyn hwn i ben, yn atal eu cyfrinair rhag gweithio ac yn creu dolen untro newydd iddynt ddewis un arall. Yna bydd angen rhoi mynediad iddynt at eu hachosion eto.
admin-reset-button = Ailosod cyfrinair
admin-disable-body = Mae analluogi yn atal yr unigolyn hwn rhag mewngofnodi ac yn dod â'u sesiynau i ben ar unwaith. Ni fydd dim y maent wedi'i ysgrifennu yn cael ei golli.
admin-disable-button = Analluogi'r cyfrif
admin-enable-body = Mae'r cyfrif hwn wedi'i analluogi. Ni all yr unigolyn fewngofnodi.
admin-enable-button = Galluogi'r cyfrif
admin-notice-roles = Mae'r rolau wedi'u cadw.
admin-notice-supervisors = Mae'r goruchwylwyr wedi'u cadw.
admin-notice-disabled = Mae'r cyfrif wedi'i analluogi ac mae ei sesiynau wedi dod i ben.
admin-notice-enabled = Mae'r cyfrif wedi'i alluogi.
admin-problem-last-administrator = Byddai hyn yn golygu nad oes neb ar ôl sy'n gallu rheoli cyfrifon. Rhowch rôl gweinyddwr i unigolyn arall yn gyntaf
admin-link-title = Unigolyn wedi'i ychwanegu
admin-link-reset-title = Cyfrinair wedi'i ailosod
admin-link-give = Rhowch y ddolen hon i { $name }, wyneb yn wyneb neu drwy lwybr dibynadwy. Byddant yn ei defnyddio i ddewis eu cyfrinair eu hunain:
admin-link-warning = { $count ->
    [zero] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen { $count } awr. Peidiwch â chadw copi.
    [one] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen 1 awr. Peidiwch â chadw copi.
    [two] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen 2 awr. Peidiwch â chadw copi.
    [few] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen { $count } awr. Peidiwch â chadw copi.
    [many] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen { $count } awr. Peidiwch â chadw copi.
   *[other] Mae'r ddolen yn gweithio unwaith ac yn dod i ben ymhen { $count } awr. Peidiwch â chadw copi.
}
admin-link-reset-keys = Nid yw eu hen gyfrinair yn gweithio mwyach. Rhaid i gydweithiwr sy'n dal eu hachosion, neu'r allwedd adfer, roi mynediad iddynt at eu hachosion eto.
admin-audit-heading = Log archwilio
admin-audit-body = O bryd i'w gilydd, cofnodwch ben y gadwyn yn rhywle y tu allan i'r system hon (er enghraifft yn eich log llywodraethu gwybodaeth). Os bydd y log archwilio byth yn cael ei newid, bydd `dialogues audit verify` a'r cofnod hwn yn dangos hynny.
admin-audit-entries = Cofnodion
admin-audit-head = Pen y gadwyn

## Account problems
accounts-problem-email-missing = Rhowch gyfeiriad e-bost
accounts-problem-email-format = Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.org
accounts-problem-email-taken = Mae gan rywun gyfrif gyda'r cyfeiriad e-bost hwn yn barod
accounts-problem-name-missing = Rhowch enw'r unigolyn
accounts-problem-name-too-long = Rhaid i'r enw fod yn 100 nod neu lai
accounts-problem-role-unknown = Dewiswch rôl o'r rhestr
accounts-problem-role-missing = Dewiswch o leiaf un rôl

## Refused requests
error-csrf-title = Nid oedd modd anfon y ffurflen hon
error-csrf-body = Roedd y dudalen ar agor am ormod o amser, gwnaethoch fewngofnodi neu allgofnodi mewn tab arall, neu cafodd y ffurflen ei hanfon o wefan arall. Nid oes dim wedi'i newid.
error-csrf-action = Ewch yn ôl, ail-lwythwch y dudalen, ac anfonwch y ffurflen eto. Fel arfer, bydd yr hyn a deipiwyd gennych yno o hyd pan fyddwch yn mynd yn ôl.
error-too-large-title = Roedd y ffurflen yn rhy fawr
error-too-large-body = Roedd y ffurflen yn fwy nag y mae'r gweinydd yn ei dderbyn. Nid oes dim wedi'i newid.
error-too-large-action = Ewch yn ôl ac anfonwch hi mewn rhannau llai.
home-signed-in-heading = Wedi mewngofnodi fel { $name }
error-bad-request-title = Nid oedd modd darllen y ffurflen
error-bad-request-body = Nid oedd rhywbeth yn yr hyn a anfonwyd yn y ffurf y mae'r gwasanaeth yn ei disgwyl. Ni newidiwyd dim.
error-bad-request-action = Ewch yn ôl, ail-lwythwch y dudalen, a rhowch gynnig arall arni. Fel arfer mae'r hyn a deipiwyd gennych yn dal yno pan ewch yn ôl.
