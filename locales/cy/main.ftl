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
home-setup-body = Mae gweinyddwr yn sefydlu Dialogues o'r llinell orchymyn ar y peiriant y mae'n rhedeg arno. Mae'r README yn esbonio pob cam.

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
