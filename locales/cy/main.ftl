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
