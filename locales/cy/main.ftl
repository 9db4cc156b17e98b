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
error-busy-title = Mae'r gwasanaeth yn brysur
error-busy-body = Roedd tasg arall yn defnyddio'r gronfa ddata, felly ni newidiwyd dim.
error-busy-action = Ewch yn ôl ac anfonwch y ffurflen eto ymhen ychydig eiliadau. Fel arfer mae'r hyn a deipiwyd gennych yno o hyd pan ewch yn ôl.
home-signed-in-heading = Wedi mewngofnodi fel { $name }
error-bad-request-title = Nid oedd modd darllen y ffurflen
error-bad-request-body = Nid oedd rhywbeth yn yr hyn a anfonwyd yn y ffurf y mae'r gwasanaeth yn ei disgwyl. Ni newidiwyd dim.
error-bad-request-action = Ewch yn ôl, ail-lwythwch y dudalen, a rhowch gynnig arall arni. Fel arfer mae'r hyn a deipiwyd gennych yn dal yno pan ewch yn ôl.

## Geiriau a dyddiadau a rennir
yes = Ie
no = Na
warning = Rhybudd
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
date-hint = Er enghraifft, 27 3 2026
date-problem-incomplete = Rhowch ddiwrnod, mis a blwyddyn
date-problem-not-real = Rhowch ddyddiad go iawn, er enghraifft 27 3 2026
date-month-year = { $month } { $year }
chart-point-title = { $label }: { $value }
number-percent = { $value }%
month-short-1 = Ion
month-short-2 = Chwef
month-short-3 = Maw
month-short-4 = Ebr
month-short-5 = Mai
month-short-6 = Meh
month-short-7 = Gorff
month-short-8 = Awst
month-short-9 = Medi
month-short-10 = Hyd
month-short-11 = Tach
month-short-12 = Rhag

## Llywio
nav-training = Eich hyfforddiant
nav-training-overview = Trosolwg o'r hyfforddiant
nav-refresher = Cwrs gloywi cymhwysol

## Nodiadau atgoffa ar y dudalen gychwyn
reminders-title = Nodiadau atgoffa am hyfforddiant
reminders-own-expired = { $count ->
    [0] {""}
    [one] Mae un o'ch gofynion hyfforddi wedi dod i ben.
   *[other] Mae { $count } o'ch gofynion hyfforddi wedi dod i ben.
}
reminders-own-due-soon = { $count ->
    [0] {""}
    [one] Mae angen adnewyddu un cyn bo hir.
   *[other] Mae angen adnewyddu { $count } cyn bo hir.
}
reminders-own-link = Gweld eich hyfforddiant
reminders-supervisees = Pobl rydych yn eu goruchwylio sydd â hyfforddiant i'w adnewyddu:
reminders-staff-expired = { $count ->
    [one] Mae hyfforddiant un aelod o staff wedi dod i ben.
   *[other] Mae hyfforddiant { $count } aelod o staff wedi dod i ben.
}
reminders-staff-expired-link = Gweld hyfforddiant pwy sydd wedi dod i ben
reminders-staff-due-soon = { $count ->
    [one] Mae gan un aelod o staff hyfforddiant sy'n ddyledus cyn bo hir.
   *[other] Mae gan { $count } aelod o staff hyfforddiant sy'n ddyledus cyn bo hir.
}
reminders-staff-due-soon-link = Gweld hyfforddiant pwy sy'n ddyledus cyn bo hir

## Statws hyfforddiant
training-status = Statws
training-status-valid = Dilys
training-status-due-soon = Yn ddyledus cyn bo hir
training-status-expired = Wedi dod i ben
training-status-missing = Ar goll
training-status-not-required = Dim angen
training-gap-modules = Heb eu cofnodi eto: { $modules }
training-gap-score = Mae'r sgôr { $score }% yn is na'r marc llwyddo o { $pass_mark }%
training-unmet = { $names }: { $status }
training-or = {" "}neu{" "}

## Eich hyfforddiant
training-own-title = Eich hyfforddiant
training-may-facilitate = Cewch hwyluso sesiynau Developing Dialogues
training-may-not-facilitate = Ni allwch hwyluso sesiynau Developing Dialogues eto. Dyma beth sydd ar goll neu wedi dyddio:
training-attention = { $count ->
    [one] Mae angen adnewyddu un gofyniad cyn bo hir, neu mae wedi dod i ben.
   *[other] Mae angen adnewyddu { $count } gofyniad cyn bo hir, neu maent wedi dod i ben.
}
training-rule-heading = Beth sydd ei angen arnoch i hwyluso sesiynau
training-requirements-heading = Gofynion hyfforddi
training-completed-on = Wedi'i gwblhau ar { $date }
training-valid-until = Dilys tan { $date }
training-until-short = tan { $date }
training-planned-for = Wedi'i gynllunio ar gyfer { $date }
training-refresher-body = Mae'r cwrs gloywi cymhwysol yn cadw eich ymarfer yn ffres rhwng cyrsiau. Gallwch stopio unrhyw bryd a pharhau yn nes ymlaen.
training-refresher-start = Ewch i'r cwrs gloywi cymhwysol

## Trosolwg o'r hyfforddiant
training-overview-title = Trosolwg o'r hyfforddiant
training-download-csv = Lawrlwytho'r olwg hon fel CSV
training-filter-heading = Hidlo
training-filter-any = Unrhyw un
training-filter-apply = Rhoi'r hidlwyr ar waith
training-filter-clear = Clirio'r hidlwyr
training-team = Tîm
training-role = Rôl
training-overview-summary = { $count ->
    [one] Mae un aelod o staff yn cael ei ddangos.
   *[other] Mae { $count } aelod o staff yn cael eu dangos.
}
training-overview-allowed = { $count ->
    [one] Caiff un hwyluso sesiynau.
   *[other] Caiff { $count } hwyluso sesiynau.
}
training-counts-heading = Faint o bobl sydd ym mhob statws
training-requirement = Gofyniad
training-chart-heading = Cydymffurfiaeth dros amser
training-chart-caption = Hwyluswyr y mae eu hyfforddiant yn caniatáu iddynt hwyluso, ar ddiwedd pob mis
training-chart-desc = Siart llinell o ganran yr hwyluswyr yn yr olwg hon a oedd yn bodloni'r rheol hwyluso ar ddiwedd pob un o'r 12 mis diwethaf a heddiw. Mae'r un ffigurau yn y tabl isod.
training-chart-table = Dangos y ffigurau fel tabl
training-chart-day = Dyddiad
training-chart-percent = Canran
training-chart-people = Hwyluswyr
training-chart-detail = { $allowed } o { $count }
training-matrix-heading = Staff a'u hyfforddiant
training-matrix-empty = Nid oes neb yn cyfateb i'r hidlwyr hyn.
training-may-facilitate-column = Caiff hwyluso
training-next-planned = Yr hyfforddiant nesaf a gynlluniwyd

## Hyfforddiant un unigolyn
training-person-caption = Cofnod hyfforddiant
training-staff-group = Grŵp staff
training-staff-group-hint = Mae hyn yn penderfynu pa hyfforddiant ymwybyddiaeth sy'n berthnasol: ASPECTS neu WRAP 3.
training-not-set = Heb ei osod
training-joined = Ymunodd ar
training-joined-hint = Ni ellir cofnodi hyfforddiant cyn y dyddiad hwn. Er enghraifft, 27 3 2019
training-records-of = Cofnodion { $name }
training-completed = Dyddiad cwblhau
training-module = Modiwl
training-score = Sgôr y prawf gwybodaeth
training-score-hint = Ar gyfer modiwlau e-ddysgu a'r cwrs gloywi: rhif cyfan o 0 i 100. Gadewch yn wag ar gyfer hyfforddiant wyneb yn wyneb.
training-evidence = Nodyn tystiolaeth (dewisol)
training-evidence-hint = Er enghraifft, ble mae'r dystysgrif neu'r gofrestr bresenoldeb yn cael ei chadw. Hyd at 500 nod.
training-actions = Camau gweithredu
training-remove = Tynnu
training-record-heading = Cofnodi hyfforddiant
training-record-button = Cofnodi hyfforddiant
training-choose = Dewiswch
training-plan-heading = Cynllunio'r hyfforddiant nesaf
training-plan-body = Rhowch y dyddiad rydych wedi'i drefnu ar gyfer hyfforddiant nesaf yr unigolyn hwn mewn gofyniad. Gadewch y dyddiad yn wag i'w glirio.
training-plan-hint = Er enghraifft, 14 1 2027
training-planned-date = Dyddiad wedi'i gynllunio
training-plan-button = Cadw'r dyddiad wedi'i gynllunio
training-details-heading = Manylion staff
training-details-button = Cadw manylion staff
training-notice-recorded = Mae'r hyfforddiant wedi'i gofnodi.
training-notice-removed = Mae'r cofnod wedi'i dynnu.
training-notice-details = Mae manylion y staff wedi'u cadw.
training-notice-planned = Mae'r dyddiad wedi'i gynllunio wedi'i gadw.
training-problem-staff-group = Dewiswch grŵp staff o'r rhestr
training-problem-team-long = Gall enwau timau fod hyd at 100 nod
training-problem-joined-future = Rhaid i'r dyddiad ymuno fod heddiw neu yn y gorffennol
training-problem-plan-requirement = Dewiswch y gofyniad rydych yn ei gynllunio

## Mewnforio
training-import-title = Mewnforio cofnodion hyfforddiant
training-import-intro = Uwchlwythwch ffeil CSV o hyfforddiant sydd wedi'i gwblhau. Mae'r ffeil gyfan yn cael ei gwirio yn gyntaf: os oes problem gydag unrhyw res, nid oes dim yn cael ei fewnforio ac mae pob problem yn cael ei rhestru gyda rhif ei llinell. Nid yw mewnforio'r un ffeil eto yn newid dim.
training-import-file = Ffeil CSV
training-import-file-hint = { $count ->
   *[other] Ffeil .csv wedi'i chadw fel UTF-8, hyd at { $count } KB, gyda'r colofnau isod yn y llinell gyntaf.
}
training-import-button = Gwirio a mewnforio
training-import-choose-file = Dewiswch ffeil CSV i'w mewnforio
training-import-too-big = Mae'r ffeil yn fwy na { $max_kb } KB: rhannwch hi'n ffeiliau llai
training-import-rejected = { $count ->
    [one] Mae un broblem yn y ffeil, felly ni chafodd dim ei fewnforio. Cywirwch hi ac uwchlwythwch y ffeil gyfan eto.
   *[other] Mae { $count } problem yn y ffeil, felly ni chafodd dim ei fewnforio. Cywirwch nhw ac uwchlwythwch y ffeil gyfan eto.
}
training-import-done = Wedi mewnforio: { $added } wedi'u hychwanegu, { $changed } wedi'u newid, { $unchanged } wedi'u cofnodi'n barod.
training-import-problems = Problemau yn y ffeil
training-import-line = Llinell
training-import-problem = Problem
training-import-whole-file = Y ffeil gyfan
training-import-columns-heading = Colofnau
training-import-column-email = Cyfeiriad e-bost gwaith yr unigolyn, fel y mae ar ei gyfrif.
training-import-column-requirement = Id y gofyniad (gweler y rhestr isod).
training-import-column-module = Ar gyfer e-ddysgu: id y modiwl. Gadewch yn wag ar gyfer unrhyw beth arall.
training-import-column-completed_on = Y dyddiad y cafodd ei gwblhau, wedi'i ysgrifennu YYYY-MM-DD (er enghraifft 2026-03-14). Nid yn y dyfodol, a dim cyn i'r unigolyn ymuno.
training-import-column-score = Sgôr y prawf gwybodaeth o 0 i 100, ar gyfer modiwlau e-ddysgu a'r cwrs gloywi. Gadewch yn wag fel arall.
training-import-column-evidence = Nodyn dewisol am y dystiolaeth, hyd at 500 nod.
training-import-example = Enghraifft
training-import-ids-heading = Ids gofynion a modiwlau
training-import-id = Id
training-import-modules = Modiwlau
training-import-needs-score = Angen sgôr
training-back-to-overview = Yn ôl i'r trosolwg o'r hyfforddiant
training-import-utf16 = Mae'r ffeil wedi'i chadw fel testun UTF-16. Cadwch hi eto fel "CSV UTF-8" a'i huwchlwytho eto.
training-import-unreadable = Nid oedd modd darllen y llinell hon fel CSV. Gwiriwch ei dyfynodau.
training-import-header = Rhaid i'r llinell gyntaf enwi'r colofnau { $columns }, yn y drefn honno.
training-import-empty = Nid oes rhesi o hyfforddiant yn y ffeil o dan ei llinell gyntaf.
training-import-not-utf8 = Mae gan y llinell hon nodau nad ydynt yn destun UTF-8. Cadwch y ffeil fel "CSV UTF-8" a'i huwchlwytho eto.
training-import-field-count = Mae gan y llinell hon { $found } gwerth, ond rhaid cael { $expected }. Gwiriwch am goma sydd ar goll neu goma ychwanegol.
training-import-duplicate = Mae'r rhes hon yn ailadrodd llinell { $line } (yr un unigolyn, gofyniad, modiwl a dyddiad). Tynnwch un ohonynt.
training-import-email-empty = Mae'r e-bost yn wag. Rhowch gyfeiriad e-bost gwaith yr unigolyn.
training-import-unknown-staff = Nid oes gan neb gyfrif gyda'r e-bost { $email }. Gwiriwch y sillafu, neu gofynnwch i weinyddwr eu hychwanegu yn gyntaf.
training-import-requirement-empty = Mae'r gofyniad yn wag. Defnyddiwch un o'r rhain: { $known }.
training-import-unknown-requirement = Nid yw "{ $requirement }" yn ofyniad. Defnyddiwch un o'r rhain: { $known }.
training-import-module-needed = Mae { $requirement } yn cael ei gofnodi fesul modiwl: rhowch y modiwl, un o { $known }.
training-import-unknown-module = Nid yw "{ $module }" yn fodiwl o { $requirement }. Defnyddiwch un o'r rhain: { $known }.
training-import-module-not-allowed = Nid oes modiwlau gan { $requirement }: gadewch y modiwl yn wag.
training-import-date-empty = Mae'r dyddiad cwblhau yn wag. Ysgrifennwch ef fel YYYY-MM-DD, er enghraifft 2026-03-14.
training-import-date-format = Nid yw "{ $value }" yn ddyddiad wedi'i ysgrifennu YYYY-MM-DD, er enghraifft 2026-03-14.
training-import-date-future = Mae'r dyddiad { $date } yn y dyfodol. Rhowch y dyddiad y cafodd yr hyfforddiant ei gwblhau.
training-import-date-before-joined = Mae'r dyddiad { $date } cyn i'r unigolyn hwn ymuno ({ $joined }). Gwiriwch y dyddiad, neu cywirwch ei ddyddiad ymuno.
training-import-score-needed = Mae prawf gwybodaeth gan { $requirement }: rhowch y sgôr o 0 i 100.
training-import-score-not-allowed = Nid oes prawf gwybodaeth gan { $requirement }: gadewch y sgôr yn wag.
training-import-score-format = Nid yw "{ $value }" yn sgôr. Rhowch rif cyfan o 0 i 100.
training-import-score-above-100 = Mae'r sgôr { $value } yn uwch na 100. Rhowch rif cyfan o 0 i 100.
training-import-evidence-too-long = Mae'r nodyn tystiolaeth yn hwy na { $max } nod. Byrhewch ef.

## Cwrs gloywi cymhwysol
refresher-title = Cwrs gloywi cymhwysol
refresher-facts = { $count ->
    [one] Mae gan ymgais un cwestiwn.
   *[other] Mae gan ymgais { $count } cwestiwn.
}
refresher-pass-mark = Mae angen { $pass_mark }% arnoch i lwyddo.
refresher-start = Dechrau ymgais
refresher-resume = Parhau o'r man lle gwnaethoch adael
refresher-resume-body = Mae gennych ymgais ar y gweill: { $answered } o { $total } cwestiwn wedi'u hateb.
refresher-attempts-heading = Eich ymgeisiau
refresher-started = Dechreuwyd
refresher-result = Canlyniad
refresher-in-progress = Ar y gweill
refresher-passed = Wedi llwyddo
refresher-not-passed = Heb lwyddo
refresher-result-score = { $correct } o { $total } yn gywir ({ $percent }%)
refresher-result-abandoned = Wedi'i chau cyn y diwedd
refresher-question-of = Cwestiwn { $number } o { $total }
refresher-reread-scenario = Darllen y senario eto
refresher-check-answer = Gwirio fy ateb
refresher-saved-hint = Mae pob ateb yn cael ei gadw pan fyddwch yn ei wirio. Gallwch stopio unrhyw bryd a pharhau yn nes ymlaen, hyd yn oed ar ôl allgofnodi.
refresher-problem-choose = Dewiswch ateb
refresher-right = Cywir
refresher-not-right = Ddim yn hollol
refresher-your-answer = Eich ateb:
refresher-best-answer = Yr ateb gorau:
refresher-why = Pam
refresher-next = Y cwestiwn nesaf
refresher-see-result = Gweld eich canlyniad
refresher-result-title = Canlyniad eich cwrs gloywi
refresher-passed-title = Rydych wedi llwyddo yn y cwrs gloywi
refresher-passed-body = Mae eich cofnod cwrs gloywi cymhwysol wedi'i ddiweddaru.
refresher-not-passed-title = Nid ydych wedi llwyddo y tro hwn
refresher-not-passed-body = Mae angen { $pass_mark }% arnoch i lwyddo. Edrychwch yn ôl ar yr esboniadau a rhowch gynnig arall arni pan fyddwch yn barod.
refresher-review-heading = Eich atebion
refresher-number = Rhif
refresher-question = Cwestiwn
refresher-back = Yn ôl i'r cwrs gloywi
refresher-changed-title = Ni all yr ymgais hon barhau
refresher-changed-body = Mae cynnwys y cwrs gloywi wedi newid ers i chi ddechrau'r ymgais hon, felly nid yw rhai o'i chwestiynau'n bodoli mwyach. Caewch hi a dechreuwch ymgais newydd; bydd eich atebion cynharach yn aros yn eich hanes.
refresher-changed-button = Cau'r ymgais hon

## Achosion
nav-caseload = Eich achosion
nav-review = Adolygu
cancel = Canslo
back-to-case = Yn ôl i'r achos
setting-custody = Yn y ddalfa (carchar)
setting-community = Yn y gymuned (prawf)
caseload-title = Eich achosion
caseload-intro = Mae gan bob achos gyfeirnod sy'n cael ei greu gan y system. Dim ond ar dudalen yr achos y mae enwau a manylion adnabod eraill yn cael eu dangos, ac mae'n cael ei gofnodi bob tro y cânt eu hagor.
caseload-open-case = Agor achos newydd
caseload-none = Nid oes gennych unrhyw achosion agored.
caseload-open-caption = { $count ->
    [one] 1 achos agored
   *[other] { $count } achos agored
}
caseload-closed-caption = { $count ->
    [one] 1 achos wedi'i gau
   *[other] { $count } achos wedi'u cau
}
caseload-reference = Cyfeirnod
caseload-sessions = Sesiynau
caseload-last-session = Sesiwn ddiwethaf
caseload-next-session = Sesiwn nesaf
caseload-flags = Angen sylw
caseload-none-yet = Dim eto
caseload-not-planned = Heb ei chynllunio
caseload-concerns = { $count ->
    [one] 1 pryder agored
   *[other] { $count } pryder agored
}
caseload-awaiting-review = { $count ->
    [one] 1 yn aros am adolygiad
   *[other] { $count } yn aros am adolygiad
}
caseload-views = Pa achosion i'w dangos
caseload-open-heading = Achosion agored
caseload-closed-heading = Achosion wedi'u cau
caseload-none-closed = Nid oes gennych unrhyw achosion wedi'u cau.
caseload-pagination = Tudalennau o achosion
caseload-previous = Tudalen flaenorol
caseload-next = Tudalen nesaf
caseload-page-of = Tudalen { $page } o { $pages }
case-new-title = Agor achos newydd
case-new-intro = Mae'r system yn rhoi cyfeirnod i'r achos. Defnyddiwch y cyfeirnod pan fyddwch yn siarad neu'n ysgrifennu am yr achos.
case-details-protected = Mae'r manylion hyn wedi'u hamgryptio. Dim ond chi, eich goruchwylwyr ac allwedd adfer eich sefydliad sy'n gallu eu hagor.
case-details-change-title = Newid manylion yr unigolyn
case-name-label = Enw llawn
case-dob-label = Dyddiad geni
case-dob-hint = Er enghraifft, 27 3 1990
case-number-label = Rhif carchar neu brawf
case-number-hint = Fel y mae eich sefydliad yn ei ysgrifennu, er enghraifft A1234BC
case-setting-label = Ble mae'r unigolyn
case-new-save = Agor yr achos
case-details-save = Cadw'r manylion
case-problem-name-missing = Rhowch enw llawn yr unigolyn
case-problem-name-long = Rhaid i'r enw fod yn { $max } nod neu lai
case-problem-dob-missing = Rhowch ddyddiad geni'r unigolyn
case-problem-dob-future = Rhaid i'r dyddiad geni fod yn y gorffennol
case-problem-number-missing = Rhowch rif carchar neu brawf yr unigolyn
case-problem-number-long = Rhaid i'r rhif fod yn { $max } nod neu lai
case-problem-setting-missing = Dewiswch ble mae'r unigolyn
case-problem-changed-elsewhere = Cafodd y manylion hyn eu newid mewn tab neu ffenestr arall. Gwiriwch y manylion isod a'u cadw eto.
case-title = Achos { $reference }
case-caption-open = Achos agored
case-caption-closed = Achos wedi'i gau
case-notice-opened = Mae'r achos ar agor. Cynlluniwch y sesiwn gyntaf pan fyddwch yn barod.
case-notice-details = Mae'r manylion wedi'u cadw.
case-notice-closed = Mae'r achos wedi'i gau. Gallwch ei ailagor unrhyw bryd.
case-notice-reopened = Mae'r achos ar agor eto.
case-notice-override = Mae'r eithriad wedi'i gofnodi. Gall yr hwylusydd nawr gynllunio un sesiwn ar yr achos hwn.
case-open-concerns = { $count ->
    [one] Mae 1 pryder agored ar yr achos hwn.
   *[other] Mae { $count } pryder agored ar yr achos hwn.
}
case-see-concerns = Gweld y pryderon
case-details-heading = Yr unigolyn
case-facilitator = Hwylusydd
case-opened = Agorwyd
case-closed-on = caewyd { $date }
case-change-details = Newid manylion yr unigolyn
case-next-heading = Y sesiwn nesaf
case-next-none = Nid oes sesiwn wedi'i chynllunio.
case-next-on = Wedi'i chynllunio ar gyfer { $date }
case-suggested = Y modiwl nesaf a awgrymir:
case-plan-session = Cynllunio sesiwn
case-sessions-heading = Sesiynau
case-sessions-none = Dim sesiynau eto.
case-session-module = Modiwl
case-session-date = Dyddiad
case-session-status = Statws
case-formulation-heading = Fformiwleiddiad
case-formulation-none = Nid oes tystiolaeth wedi'i chysylltu â'r fformiwleiddiad eto. Pan fyddwch yn cau sesiwn, gallwch gysylltu'r hyn a glywsoch â ffactorau fformiwleiddio.
case-formulation-evidence = { $count } darn o dystiolaeth o sesiynau, ar draws { $factors } ffactor fformiwleiddio.
case-concerns-heading = Pryderon
case-concerns-none = Nid oes unrhyw bryderon wedi'u codi ar yr achos hwn.
case-concern-raised = Codwyd gan { $name } ar { $date }
case-concern-session = Gweld y sesiwn lle cafodd ei godi
case-close-heading = Cau'r achos
case-close-hint = Caewch yr achos pan fydd y gwaith wedi dod i ben. Nid oes dim yn cael ei ddileu, a gallwch ei ailagor.
case-close = Cau'r achos
case-reopen-heading = Ailagor yr achos
case-reopen-hint = Ailagorwch yr achos i gynllunio rhagor o sesiynau.
case-reopen = Ailagor yr achos
error-no-case-key-title = Nid oes gennych yr allwedd i'r achos hwn eto
error-no-case-key-body = Mae hwn yn achos y cewch ei weld, ond mae ei nodiadau wedi'u hamgryptio ac nid ydynt wedi'u rhannu â'ch allwedd bresennol eto. Mae hyn yn digwydd pan fyddwch newydd ddod yn oruchwyliwr i rywun, neu ar ôl i'ch cyfrinair gael ei ailosod.
error-no-case-key-what-to-do = Bydd yr allwedd yn cael ei rhannu â chi'n awtomatig y tro nesaf y bydd hwylusydd yr achos yn ei agor. Os na all hynny aros, gofynnwch i'ch gweinyddwr adfer mynediad gyda'r allwedd adfer.
error-no-case-key-back = Ewch i'ch achosion

## Y gwiriad hyfforddiant
gate-title = Ni allwch ddechrau sesiwn eto
gate-blocked = Nid yw eich hyfforddiant Developing Dialogues yn bodloni'r rheol ar gyfer cynnal sesiynau:
gate-what-to-do = Gofynnwch i'ch rheolwr hyfforddiant gofnodi unrhyw hyfforddiant rydych wedi'i wneud, neu gofynnwch i'ch goruchwyliwr am eithriad ar gyfer un sesiwn.
gate-see-training = Gweld eich hyfforddiant
gate-override-applies = Mae eich goruchwyliwr wedi caniatáu un sesiwn ar yr achos hwn tra bo'ch hyfforddiant yn cael ei ddiweddaru. Eu rheswm:
override-heading = Caniatáu un sesiwn
override-intro = Nid yw hyfforddiant { $name } yn bodloni'r rheol ar gyfer cynnal sesiynau:
override-reason-label = Pam y dylai'r sesiwn hon fynd yn ei blaen?
override-reason-hint = Mae hyn yn cael ei gofnodi gyda'ch enw a'i ddangos ar y sesiwn. Mae'n caniatáu un sesiwn ar yr achos hwn yn unig.
override-save = Caniatáu un sesiwn
override-waiting = Rydych wedi caniatáu un sesiwn, ond nid yw wedi'i chynllunio eto. Eich rheswm:
override-problem-missing = Rhowch y rheswm dros ganiatáu'r sesiwn hon
override-problem-long = Rhaid i'r rheswm fod yn { $max } nod neu lai

## Sesiynau
choose-title = Pa fodiwl fydd y sesiwn hon yn ei ddefnyddio?
choose-hint = Y modiwl a awgrymir yw'r un nesaf yn y rhaglen nad yw'r achos hwn wedi'i ddefnyddio.
choose-suggested = Awgrymir
choose-used = Defnyddiwyd o'r blaen
choose-continue = Parhau
session-problem-module-missing = Dewiswch fodiwl
session-problem-module-unknown = Nid yw'r modiwl hwnnw yn y pecyn cymorth. Dewiswch un o'r modiwlau a restrir.
session-problem-gate = Nid yw eich hyfforddiant yn bodloni'r rheol ar gyfer cynnal sesiynau mwyach. Gweler eich hyfforddiant i weld beth sydd ar goll.
session-problem-case-closed = Mae'r achos wedi'i gau. Ailagorwch ef i gynllunio neu newid sesiynau.
session-problem-submitted = Mae'r sesiwn hon wedi'i chyflwyno i'w hadolygu, felly ni ellir ei newid nawr.
session-problem-signed-off = Mae'r sesiwn hon wedi'i chymeradwyo. Ychwanegwch ddiwygiad yn lle hynny.
session-problem-not-ready = Ni ellir newid y sesiwn hon yn ei chyflwr presennol.
session-problem-already-submitted = Roedd y sesiwn hon wedi'i chyflwyno eisoes. Ni newidiwyd dim.
session-problem-close-first = Caewch y sesiwn gyda chrynodeb cyn i chi ei chyflwyno.
session-problem-already-signed-off = Roedd y sesiwn hon wedi'i chymeradwyo eisoes. Ni newidiwyd dim.
plan-title = Cynllunio'r sesiwn
plan-date-label = Dyddiad y sesiwn
plan-date-hint = Er enghraifft, 27 3 2026
plan-place-label = Lleoliad
plan-place-hint = Er enghraifft, yr ystafell gyfweld ar goridor yr adran addysg
plan-preparation-legend = Paratoi
plan-preparation-hint = Ticiwch bob eitem wrth i chi ei gwneud. Gallwch ddod yn ôl at y rhestr hon cyn y sesiwn.
plan-safety-legend = Eich diogelwch eich hun
plan-safety-1 = Mae rhywun yn gwybod ble rydw i, gyda phwy rydw i a phryd y byddaf yn gorffen.
plan-safety-2 = Rwy'n gwybod sut i seinio'r larwm yn yr ystafell hon.
plan-safety-3 = Gallaf adael yr ystafell yn hawdd, ac nid oes dim yn rhwystro fy ffordd allan.
plan-safety-4 = Rwyf wedi trefnu i siarad â'm goruchwyliwr neu â chydweithiwr wedyn.
plan-safety-notes-label = Eich trefniadau diogelwch (dewisol)
plan-safety-notes-hint = Unrhyw beth arall rydych wedi'i drefnu i'ch cadw eich hun yn ddiogel.
plan-save = Cadw'r cynllun
plan-problem-date-missing = Rhowch ddyddiad y sesiwn
plan-problem-place-long = Rhaid i'r lleoliad fod yn { $max } nod neu lai
session-status-planned = Wedi'i chynllunio
session-status-in-progress = Ar y gweill
session-status-closed = Wedi'i chau, heb ei chyflwyno
session-status-submitted = Yn aros am adolygiad
session-status-signed-off = Wedi'i chymeradwyo
session-notice-closed = Mae'r sesiwn wedi'i chau. Gwiriwch y crynodeb, yna cyflwynwch hi i'w hadolygu.
session-notice-submitted = Mae'r sesiwn wedi'i hanfon at eich goruchwyliwr i'w hadolygu.
session-notice-signed-off = Mae'r sesiwn wedi'i chymeradwyo a'i chloi.
session-notice-amended = Mae eich diwygiad wedi'i ychwanegu.
session-notice-saved = Mae eich nodiadau wedi'u cadw. Gallwch barhau o'r man lle gwnaethoch adael.
session-plan-heading = Cynllun
session-not-set = Heb ei osod
session-checklist = Rhestr wirio paratoi
session-checks-done = { $done } o { $total } wedi'u gwneud
session-facilitator = Hwylusydd
session-change-plan = Newid y cynllun
session-stages-heading = Camau
session-stage-has-notes = Nodiadau
session-begin = Dechrau'r sesiwn
session-resume = Parhau â'r sesiwn
session-close = Cau'r sesiwn
session-closing-heading = Cofnod cau
session-change-closing = Newid y cofnod cau
session-submit-hint = Pan fyddwch yn cyflwyno'r sesiwn, bydd eich goruchwyliwr yn ei hadolygu. Ni allwch ei newid tra bydd gyda nhw.
session-submit = Cyflwyno i'w hadolygu
session-submitted-on = Cyflwynwyd i'w hadolygu ar { $date }.
session-signed-off-by = Cymeradwywyd gan { $name } ar { $date }. Mae'r cofnod wedi'i gloi; mae newidiadau'n cael eu hychwanegu fel diwygiadau wrth ei ochr.
session-sign-off-hint = Mae cymeradwyo yn cloi'r sesiwn. Mae newidiadau diweddarach yn cael eu cadw fel diwygiadau wrth ei hochr.
session-sign-off = Cymeradwyo'r sesiwn
session-amendments-heading = Diwygiadau
session-amendments-none = Dim diwygiadau.
session-amendment-by = Diwygiad gan { $name } ar { $date }
session-add-amendment = Ychwanegu diwygiad
session-snapshot-heading = Hyfforddiant yr hwylusydd ar { $date }
session-snapshot-met = Roedd hyfforddiant yr hwylusydd yn bodloni'r rheol ar gyfer cynnal sesiynau.
session-snapshot-overridden = Nid oedd hyfforddiant yr hwylusydd yn bodloni'r rheol; caniataodd goruchwyliwr y sesiwn hon.
session-snapshot-not-met = Nid oedd hyfforddiant yr hwylusydd yn bodloni'r rheol.
session-snapshot-until = dilys tan { $date }
session-override-by = Caniatawyd gan { $name } ar { $date }: { $reason }
session-toolkit-version = Fersiwn y pecyn cymorth a ddefnyddiwyd: { $version }
stage-of = Cam { $number } o { $total }
stage-minutes = { $count ->
    [one] Tua 1 munud
    [two] Tua 2 funud
   *[other] Tua { $count } munud
}
stage-questions = Cwestiynau y gallech eu gofyn
stage-listen-for = Beth i wrando amdano
stage-informs = Gall yr hyn a glywch yma lywio: { $factors }
stage-notes-label = Eich nodiadau ar gyfer y cam hwn
stage-notes-hint = Hyd at { $max } nod. Mae eich nodiadau'n cael eu cadw wrth i chi deipio, a phan fyddwch yn pwyso unrhyw fotwm isod.
stage-save-next = Cadw a mynd i'r cam nesaf
stage-save-close = Cadw a chau'r sesiwn
stage-save-previous = Cadw a mynd yn ôl un cam
stage-save-leave = Cadw a dod yn ôl yn nes ymlaen
stage-no-notes = Dim nodiadau ar gyfer y cam hwn.
stage-pagination = Camau
stage-previous = Y cam blaenorol
stage-next = Y cam nesaf
stage-back-to-session = Yn ôl i'r sesiwn
notes-autosaved-at = Wedi'u cadw am { $time }
notes-autosave-signed-out = Heb eu cadw: rydych wedi cael eich allgofnodi. Copïwch eich nodiadau, mewngofnodwch eto mewn tab newydd, yna gludwch nhw yn ôl.
notes-problem-busy = Heb eu cadw eto: roedd y gwasanaeth yn brysur. Mae eich testun yn dal ar y dudalen hon ac nid oes dim wedi'i golli. Cadwch eto ymhen ychydig eiliadau.
notes-autosave-failed = Heb eu cadw: roedd problem gyda'r gwasanaeth (cyfeirnod { $reference }). Mae eich testun yn dal ar y dudalen hon: copïwch ef i rywle diogel, yna ceisiwch ei gadw eto.
notes-busy-title = Nid yw eich nodiadau wedi'u cadw eto
notes-busy-body = Roedd y gwasanaeth yn brysur, felly ni newidiwyd dim. Mae eich testun isod ac nid oes dim wedi'i golli: arhoswch ychydig eiliadau, yna rhowch gynnig arall arni.
notes-busy-try-again = Ceisio cadw eto
notes-problem-too-long = Rhaid i'r nodiadau fod yn { $max } nod neu lai. Rydych wedi teipio { $count }: byrhewch nhw, neu symudwch rai i gam arall.
notes-problem-conflict = Cafodd y nodiadau hyn eu newid mewn tab neu ffenestr arall ar ôl i chi agor y dudalen hon. Mae eich testun isod ac nid oes dim wedi'i golli. Cymharwch ef â'r testun a gadwyd, yna cadwch eto i gadw eich testun chi.
notes-conflict-saved-heading = Y testun a gadwyd, o'r tab neu'r ffenestr arall
notes-signed-out-title = Cawsoch eich allgofnodi cyn i'ch nodiadau gael eu cadw
notes-signed-out-body = Ni chafodd eich nodiadau eu cadw, ond maent yn cael eu dangos isod fel nad oes dim yn cael ei golli.
notes-signed-out-step-copy = Copïwch eich nodiadau o'r blwch isod.
notes-signed-out-step-sign-in = Mewngofnodwch eto (mae hyn yn agor mewn tab newydd).
notes-signed-out-step-paste = Ewch yn ôl i'r cam, gludwch eich nodiadau a'u cadw.
notes-signed-out-your-text = Eich nodiadau
notes-signed-out-sign-in = Mewngofnodi eto
close-title = Cau'r sesiwn
close-summary-label = Crynodeb o'r sesiwn
close-summary-hint = Beth y buoch yn siarad amdano a beth oedd yn amlwg. Hyd at { $max } nod.
close-engagement-legend = Sut gwnaeth yr unigolyn gymryd rhan?
engagement-engaged = Cymerodd ran yn llawn
engagement-partly = Cymerodd ran mewn rhan o'r sesiwn
engagement-guarded = Gwyliadwrus neu amharod
engagement-declined = Gwrthododd gymryd rhan
close-actions-label = Camau gweithredu y cytunwyd arnynt
close-actions-hint = Beth y cytunoch chi a'r unigolyn i'w wneud cyn y sesiwn nesaf.
close-next-label = Y sesiwn nesaf (dewisol)
close-next-hint = Er enghraifft, 27 3 2026
close-evidence-legend = Tystiolaeth ar gyfer y fformiwleiddiad
close-evidence-hint = Cysylltwch yr hyn a glywsoch â ffactorau fformiwleiddio. Gadewch flwch yn wag os na ddywedodd y sesiwn hon ddim am y ffactor hwnnw. Mae'r ffactorau y mae camau'r modiwl hwn yn eu llywio yn cael eu dangos yn gyntaf.
close-evidence-other = Ffactorau fformiwleiddio eraill
close-save = Cau'r sesiwn
close-problem-summary-missing = Rhowch grynodeb o'r sesiwn
close-problem-engagement-missing = Dewiswch sut gwnaeth yr unigolyn gymryd rhan
close-problem-next-past = Rhaid i'r sesiwn nesaf fod heddiw neu'n hwyrach
amend-title = Ychwanegu diwygiad
amend-hint = Dywedwch beth rydych yn ei gywiro neu'n ei ychwanegu, a pham. Mae'r cofnod a gymeradwywyd yn aros fel yr oedd. Hyd at { $max } nod.
amend-save = Ychwanegu'r diwygiad
amend-problem-missing = Rhowch y diwygiad

## Pryderon
concern-raise = Codi pryder
concern-title = Codi pryder
concern-urgent = Os oes unrhyw un mewn perygl uniongyrchol, gweithredwch nawr a dilynwch eich gweithdrefn argyfwng yn gyntaf. Cofnodwch y pryder wedyn.
concern-route-heading = Sut i roi gwybod amdano
concern-route-default = Dywedwch wrth eich goruchwyliwr heddiw, wyneb yn wyneb neu dros y ffôn, a dilynwch weithdrefn diogelu a rhannu gwybodaeth eich sefydliad. Cofnodwch yr hyn a ddywedwyd yng ngeiriau'r unigolyn ei hun, pryd, a phwy arall oedd yno.
concern-what-label = Beth a ddatgelwyd neu a welwyd
concern-what-hint = Defnyddiwch eiriau'r unigolyn ei hun lle gallwch. Hyd at { $max } nod.
concern-action-label = Beth rydych wedi'i wneud yn barod (dewisol)
concern-action-hint = Er enghraifft, wrth bwy y dywedoch chi a phryd.
concern-save = Cofnodi'r pryder
concern-problem-missing = Rhowch beth a ddatgelwyd neu a welwyd
concern-raised-title = Pryder wedi'i gofnodi
concern-raised-body = Mae'r achos wedi'i nodi a gall eich goruchwyliwr ei weld yn eu rhestr adolygu nawr.
concern-back-to-stage = Mynd yn ôl i'r sesiwn
concern-open = Agored
concern-acknowledged = Wedi'i gydnabod
concern-acknowledge = Marcio fel wedi'i weld gan oruchwyliwr

## Adolygu
review-title = Adolygu
review-concerns-heading = { $count ->
    [one] 1 pryder agored
   *[other] { $count } pryder agored
}
review-concerns-none = Dim pryderon agored gan y bobl rydych yn eu goruchwylio.
review-sessions-heading = { $count ->
    [one] 1 sesiwn yn aros i gael ei chymeradwyo
   *[other] { $count } sesiwn yn aros i gael eu cymeradwyo
}
review-sessions-none = Nid oes unrhyw sesiynau'n aros amdanoch.
review-facilitator = Hwylusydd
review-what = Beth
review-when = Pryd
review-concern = Pryder wedi'i godi

## Formulation (ERG-style structured formulation)
case-formulation-not-started = Nid oes fformiwleiddiad wedi'i ddechrau ar gyfer yr achos hwn.
case-formulation-open = Agor y fformiwleiddiad
formulation-title = Fformiwleiddiad
formulation-spj = Mae'r fformiwleiddiad hwn yn cefnogi eich barn broffesiynol strwythuredig. Nid yw'r graddiadau'n cael eu hadio: does dim sgôr, dim cyfanswm a dim lefel risg. Eich barn ysgrifenedig chi sy'n bwysig.
formulation-none = Nid oes fformiwleiddiad ar gyfer yr achos hwn eto.
formulation-start-first = Dechrau'r fformiwleiddiad cyntaf
formulation-start-revision = Dechrau diwygio fersiwn { $number }
formulation-continue = Parhau â fersiwn { $number }
formulation-prompts-first = Mae sesiynau sydd wedi'u cau yn cynnwys tystiolaeth wedi'i chysylltu â'r ffactorau hyn:
formulation-prompts-since = Mae sesiynau a gafodd eu cau ers i fersiwn { $number } gael ei chymeradwyo yn cynnwys tystiolaeth wedi'i chysylltu â'r ffactorau hyn. Ystyriwch nhw yn y fersiwn ddiwygiedig nesaf:
formulation-versions = Fersiynau
formulation-version = Fersiwn
formulation-version-short = Fersiwn { $number }
formulation-version-title = Fersiwn { $number } o'r fformiwleiddiad
formulation-state = Statws
formulation-started = Dechreuwyd
formulation-submitted = Cyflwynwyd
formulation-signed-off = Cymeradwywyd
formulation-signed-off-by = { $date }, gan { $name }
formulation-signed-off-by-name = Cymeradwywyd gan { $name } ar { $date }
formulation-returned-by = Dychwelwyd gan { $name } ar { $date }
formulation-status-draft = Drafft
formulation-status-submitted = Yn aros am adolygiad
formulation-status-returned = Wedi'i dychwelyd am newidiadau
formulation-status-signed-off = Wedi'i chymeradwyo
formulation-notice-started = Mae'r fersiwn newydd yn barod. Mae'n dechrau fel copi o'r un flaenorol, os oedd un.
formulation-notice-saved = Mae eich newidiadau wedi'u cadw.
formulation-notice-submitted = Mae'r fformiwleiddiad wedi'i anfon at eich goruchwyliwr i'w adolygu.
formulation-notice-returned = Mae'r fformiwleiddiad wedi'i ddychwelyd i'r hwylusydd gyda'ch sylwadau.
formulation-notice-signed-off = Mae'r fformiwleiddiad wedi'i gymeradwyo. Mae wedi'i rewi nawr; bydd newidiadau diweddarach yn mynd mewn fersiwn ddiwygiedig newydd.
formulation-guidance = Sut i ddefnyddio'r fframwaith hwn
formulation-change = Newid
formulation-judgement = Barn gyffredinol
formulation-judgement-lower = barn gyffredinol
formulation-judgement-hint = Yn eich geiriau eich hun: beth mae'r ffactorau yn y maes hwn yn ei olygu gyda'i gilydd i'r unigolyn hwn, a sut maent yn cysylltu â gweddill y fformiwleiddiad. Hyd at { $max } nod.
formulation-domain-ratings = Eich graddiadau yn y maes hwn
formulation-not-rated = Heb ei raddio eto
formulation-not-written = Heb ei ysgrifennu eto
formulation-strength = Cryfder
formulation-new-evidence = Tystiolaeth newydd o sesiynau
formulation-sources-line = Ffynonellau: { $sources }
formulation-session-evidence = Tystiolaeth o'r sesiwn ar { $session }
formulation-other-none = Nid ydych wedi ychwanegu unrhyw ffactorau eraill.
formulation-other-add = Ychwanegu ffactor arall
formulation-other-title = Ffactor arall
formulation-other-name = Enw'r ffactor
formulation-other-kind = Ai pryder neu gryfder ydyw?
formulation-other-concern = Pryder
formulation-written-heading = Y fformiwleiddiad ysgrifenedig
formulation-summary = Fformiwleiddiad cryno
formulation-summary-hint = Dewch â'r meysydd at ei gilydd: sut a pham y daeth yr unigolyn i gymryd rhan, beth allai ei arwain i achosi niwed, beth y gallai ei wneud, a beth sy'n ei helpu i gamu i ffwrdd. Hyd at { $max } nod.
formulation-plan = Cynllun rheoli
formulation-plan-hint = Beth fydd yn cael ei wneud, gan bwy a phryd, i leihau'r pryder ac adeiladu ar gryfderau.
formulation-changes = Newidiadau arwyddocaol ers y fersiwn ddiwethaf
formulation-changes-hint = Beth sydd wedi newid ers fersiwn { $previous }, a pham, gan gynnwys unrhyw newid tuag at ddatgysylltu.
formulation-changes-hint-first = Dyma'r fersiwn gyntaf. Gallwch adael hwn yn wag, neu nodi digwyddiadau diweddar a ddylanwadodd arni.
formulation-reviews-heading = Adolygiadau
formulation-submit-heading = Anfon i'w adolygu
formulation-submit-intro = Mae angen graddiad ar bob ffactor (mae "Dim digon o wybodaeth" yn cyfrif), mae angen barn gyffredinol ar bob maes, a rhaid ysgrifennu'r crynodeb. Yna bydd eich goruchwyliwr yn ei gymeradwyo neu'n ei ddychwelyd gyda sylwadau.
formulation-submit = Anfon at fy ngoruchwyliwr
formulation-review-heading = Eich adolygiad
formulation-review-decision = Beth yw eich penderfyniad?
formulation-review-sign-off = Cymeradwyo'r fersiwn hon
formulation-review-return = Ei dychwelyd am newidiadau
formulation-review-comment = Sylwadau
formulation-review-comment-hint = Mae angen sylwadau pan fyddwch yn ei dychwelyd: dywedwch beth ddylai newid a pham. Mae'r hwylusydd yn gweld eich sylwadau gyda'r fformiwleiddiad.
formulation-review-button = Cofnodi fy mhenderfyniad
formulation-missing-title = Cyn y gallwch anfon hwn i'w adolygu
formulation-missing-rating = Graddiwch "{ $factor }"
formulation-missing-judgement = Ysgrifennwch y farn gyffredinol ar gyfer { $domain }
formulation-missing-summary = Ysgrifennwch y fformiwleiddiad cryno
formulation-definition = Beth mae'r ffactor hwn yn ei olygu
formulation-indicators = Beth sy'n dangos pob graddiad
formulation-prompts = Cwestiynau a all helpu
formulation-rating = Graddiad
formulation-rating-hint = Graddiwch ar sail tystiolaeth: yr hyn mae'r unigolyn wedi'i ddweud a'i wneud, yr hyn rydych chi wedi'i weld, a'r hyn mae cofnodion dibynadwy yn ei ddangos. Dewiswch "Dim digon o wybodaeth" pan fo bwlch.
formulation-evidence = Tystiolaeth ar gyfer y graddiad hwn
formulation-evidence-hint = Yr hyn a welsoch, a glywsoch neu a ddarllenoch sy'n cefnogi'r graddiad, a lle mae ffynonellau'n anghytuno. Hyd at { $max } nod.
formulation-session-evidence-heading = Tystiolaeth a gysylltwyd mewn sesiynau
formulation-session-evidence-hint = Dewiswch y dystiolaeth o sesiynau sy'n cefnogi'r graddiad hwn. Bydd dolen ati o'r fformiwleiddiad.
formulation-sources = Ffynonellau
formulation-sources-hint = Er enghraifft: sesiynau, cofnodion y ddalfa neu'r gwasanaeth prawf, adroddiadau gan asiantaethau eraill.
formulation-save-next = Cadw a mynd i'r ffactor nesaf
formulation-save-back = Cadw a dychwelyd i'r fformiwleiddiad
formulation-conflict-saved = Yr hyn sydd wedi'i gadw nawr (wedi'i newid mewn tab neu ffenestr arall)
formulation-chart-heading = Graddiadau ar draws fersiynau
formulation-chart-intro = Mae pob llinell yn dangos graddiad un ffactor ym mhob fersiwn, gyda'r hynaf ar y chwith. Mae'r graddiadau'n cael eu dangos fel y cawsant eu cofnodi: nid ydynt yn cael eu hadio.
formulation-chart-factor = Ffactor
formulation-chart-versions = Fersiynau, yr hynaf yn gyntaf
formulation-chart-table = Dangos y graddiadau fel tabl
formulation-compare-heading = Cymharu dwy fersiwn
formulation-compare-from = Fersiwn gynharach
formulation-compare-to = Fersiwn ddiweddarach
formulation-compare-button = Cymharu
formulation-compare-title = Fersiwn { $from } o'i chymharu â fersiwn { $to }
formulation-compare-count = { $count ->
    [one] Mae 1 ffactor neu adran wedi newid.
   *[other] Mae { $count } ffactor neu adran wedi newid.
}
formulation-compare-changed = Wedi newid
formulation-compare-need-two = Dim ond un fersiwn sydd hyd yma. Gellir cymharu fersiynau unwaith y bydd fersiwn ddiwygiedig wedi'i dechrau.
formulation-error-too-long = Rhaid i hyn fod yn { $max } nod neu lai. Rydych wedi teipio { $typed }: byrhewch ef, neu symudwch rywfaint ohono i adran arall.
formulation-error-conflict = Cafodd hwn ei newid mewn tab neu ffenestr arall ar ôl i chi ei agor. Mae eich testun yn dal yn y blwch isod, ac mae'r hyn sydd wedi'i gadw nawr yn cael ei ddangos uwch ei ben. Defnyddiwch yr hyn sydd ei angen arnoch, yna cadwch eto.
formulation-error-rating = Dewiswch raddiad o'r rhestr
formulation-error-name-missing = Rhowch enw ar gyfer y ffactor
formulation-error-name-long = Rhaid i'r enw fod yn { $max } nod neu lai
formulation-error-strength = Dewiswch ai pryder neu gryfder yw'r ffactor
formulation-error-submitted = Mae'r fersiwn hon wedi'i hanfon i'w hadolygu, felly ni ellir ei newid nawr. Os caiff ei dychwelyd, gallwch ei newid eto.
formulation-error-signed-off = Mae'r fersiwn hon wedi'i chymeradwyo ac wedi'i rhewi. Dechreuwch fersiwn ddiwygiedig i wneud newidiadau.
formulation-error-in-progress = Mae rhywun eisoes yn gweithio ar fersiwn o'r fformiwleiddiad hwn. Parhewch â'r fersiwn honno yn lle hynny.
formulation-error-case-closed = Mae'r achos wedi'i gau. Ailagorwch ef i weithio ar y fformiwleiddiad.
formulation-error-stale = Newidiodd y fformiwleiddiad ar ôl i chi agor y dudalen hon. Darllenwch y fersiwn ddiweddaraf isod, yna cofnodwch eich penderfyniad eto.
formulation-error-decision = Dewiswch a ydych am ei chymeradwyo neu ei dychwelyd am newidiadau
formulation-error-return-comment = Rhowch eich sylwadau: dywedwch beth ddylai newid cyn y gellir ei chymeradwyo
formulation-error-own-review = Ni allwch adolygu eich fformiwleiddiad eich hun. Mae angen i un o'ch goruchwylwyr wneud hynny.
formulation-error-compare-unknown = Dewiswch fersiwn o'r rhestr
formulation-error-compare-same = Dewiswch ddwy fersiwn wahanol i'w cymharu
formulation-or = neu
review-formulations-heading = { $count ->
    [one] 1 fformiwleiddiad yn aros am adolygiad
   *[other] { $count } fformiwleiddiad yn aros am adolygiad
}
review-formulations-none = Nid oes unrhyw fformiwleiddiadau'n aros amdanoch.
