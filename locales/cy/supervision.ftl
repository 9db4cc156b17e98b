# Cofnodion goruchwylio: nodiadau goruchwyliwr o gyfarfodydd goruchwylio, a phryd mae'r nesaf yn ddyledus.

nav-supervision = Goruchwyliaeth
nav-supervision-mine = Eich goruchwyliaeth

supervision-title = Goruchwyliaeth
supervision-intro = Mae'r gwaith hwn yn gofyn llawer gan y bobl sy'n ei wneud. Cyfarfodwch yn rheolaidd â phob person rydych yn ei oruchwylio: trafodwch eu hachosion, myfyriwch ar yr ymarfer, gofynnwch sut maen nhw, a chytunwch ar y cymorth sydd ei angen arnynt. Cofnodwch bob cyfarfod yma.
supervision-frequency = { $days ->
    [one] bob dydd
   *[other] bob { $days } diwrnod
}
supervision-expected = Disgwylir goruchwyliaeth { $frequency }. Mae'r cyfarfod nesaf yn ddyledus ar ôl yr un cyfnod ers yr un diwethaf, ac mae'n cael ei nodi'n hwyr ar ôl hynny.
supervision-protected = Mae pob cofnod wedi'i amgryptio fel mai dim ond chi a'r person y mae'n ymwneud ag ef sy'n gallu ei ddarllen. Dim ond dyddiad y cyfarfod sydd i'w weld heb ei agor.
supervision-no-supervisees = Nid ydych yn goruchwylio neb ar hyn o bryd.
supervision-supervisees = Pobl rydych yn eu goruchwylio
supervision-person = Enw
supervision-last = Goruchwyliaeth ddiwethaf
supervision-next = Yn ddyledus nesaf
supervision-status = Statws
supervision-never = Dim goruchwyliaeth wedi'i chofnodi eto
supervision-due-now = Nawr
supervision-tag-overdue = Yn hwyr
supervision-tag-due = Yn ddyledus
supervision-not-activated-short = Cyfrif heb fod yn weithredol
supervision-earlier = Pobl roeddech yn eu goruchwylio o'r blaen
supervision-last-by-you = Y cyfarfod diwethaf a gofnodwyd gennych
supervision-earlier-hint = Gallwch ddal i ddarllen y cofnodion a ysgrifennwyd gennych am bobl nad ydych yn eu goruchwylio mwyach, ond ni allwch ychwanegu na newid dim.
supervision-mine-link = Eich goruchwyliaeth eich hun

supervision-record-new = Cofnodi cyfarfod goruchwylio
supervision-not-activated = Nid yw cyfrif y person hwn yn weithredol (heb ei actifadu eto, neu wedi'i analluogi). Mae cofnod yn cael ei amgryptio iddyn nhw yn ogystal ag i chi, felly gellir ei wneud unwaith y bydd eu cyfrif yn weithredol.
supervision-former = Nid ydych yn goruchwylio'r person hwn mwyach. Gallwch ddarllen y cofnodion a ysgrifennwyd gennych, ond ni allwch ychwanegu na newid dim.
supervision-meetings = Cyfarfodydd goruchwylio
supervision-no-meetings = Nid oes cyfarfodydd goruchwylio wedi'u cofnodi eto.
supervision-date = Dyddiad y cyfarfod
supervision-recorded-by = Goruchwyliwr
supervision-record = Cofnod
supervision-open = Agor y cofnod
supervision-sealed-to-others = Dim ond { $name } a'r person y mae'n ymwneud ag ef sy'n gallu ei ddarllen
supervision-notice-recorded = Mae'r cyfarfod goruchwylio wedi'i gofnodi.
supervision-notice-saved = Mae eich newidiadau wedi'u cadw.

supervision-mine-title = Eich goruchwyliaeth
supervision-mine-intro = Mae eich goruchwyliwr yn cofnodi pob cyfarfod goruchwylio gyda chi. Gallwch ddarllen pob cofnod amdanoch chi; dim ond chi a'r goruchwyliwr a'i ysgrifennodd sy'n gallu ei agor.
supervision-your-supervisors = Eich goruchwylwyr
supervision-no-supervisors = Nid oes neb wedi'i gofnodi fel eich goruchwyliwr. Gofynnwch i weinyddwr ychwanegu eich goruchwyliwr at eich cyfrif.
supervision-mine-none = Nid oes cyfarfodydd goruchwylio gyda chi wedi'u cofnodi eto. Os nad ydych wedi cael goruchwyliaeth ers tro, gofynnwch i'ch goruchwyliwr am gyfarfod.

supervision-record-title = Cyfarfod goruchwylio ar { $date }
supervision-record-sealed = Dim ond { $supervisor } a { $supervisee } sy'n gallu darllen y cofnod hwn.
supervision-supervisor = Goruchwyliwr
supervision-supervisee = Yr ymarferydd sy'n cael ei oruchwylio
supervision-cases = Achosion a drafodwyd
supervision-cases-none-discussed = Ni chofnodwyd bod unrhyw achosion wedi'u trafod.
supervision-notes = Nodiadau myfyriol
supervision-wellbeing = Llesiant
supervision-support = Y cymorth a gytunwyd
supervision-not-written = Heb ei ysgrifennu
supervision-change = Newid y cofnod hwn
supervision-read-only = Dim ond y goruchwyliwr a ysgrifennodd y cofnod hwn sy'n gallu ei newid. Os oes rhywbeth ynddo'n anghywir, dywedwch wrthyn nhw.
supervision-cannot-open = Ni ellir agor y cofnod hwn gyda'ch allwedd bresennol. Mae hyn yn digwydd ar ôl i weinyddwr ailosod cyfrinair. Gall y person arall a enwir uchod ei ddarllen o hyd; os yw'r cofnod amdanoch chi, bydd yn agor i chi eto unwaith y bydd eich goruchwyliwr yn ei newid ac yn ei gadw.

supervision-new-title = Cofnodi cyfarfod goruchwylio
supervision-edit-title = Newid cofnod goruchwylio
supervision-form-sealed = Mae'r cofnod hwn wedi'i amgryptio fel mai dim ond chi a { $supervisee } sy'n gallu ei ddarllen.
supervision-date-label = Pryd oedd y cyfarfod?
supervision-date-hint = Er enghraifft, 27 3 2026
supervision-cases-hint = Dewiswch yr achosion y buoch yn siarad amdanynt. Dim ond cyfeirnodau achosion sy'n cael eu dangos yma.
supervision-cases-none = Nid oes gan { $name } unrhyw achosion agored.
supervision-notes-hint = Yr hyn y buoch yn ei drafod ac yn myfyrio arno gyda'ch gilydd: yr ymarfer, penderfyniadau a'r hyn a ddysgwyd. Hyd at { $max } nod.
supervision-wellbeing-hint = Sut maen nhw: effaith y gwaith hwn arnynt, straen, unrhyw beth a oedd yn eu poeni neu'n effeithio arnynt. Hyd at { $max } nod.
supervision-support-hint = Y cymorth y cytunoch i'w roi iddynt: ôl-drafodaethau, hyfforddiant, newid i'w llwyth achosion, iechyd galwedigaethol neu gwnsela. Hyd at { $max } nod.
supervision-save = Cadw'r cofnod
supervision-save-changes = Cadw'r newidiadau
supervision-conflict-saved = Yr hyn sydd wedi'i gadw nawr (wedi'i newid mewn tab neu ffenestr arall)

supervision-error-date-missing = Rhowch ddyddiad y cyfarfod
supervision-error-date-future = Rhaid i ddyddiad y cyfarfod fod heddiw neu yn y gorffennol
supervision-error-cases = Dewiswch achosion o'r rhestr: nid yw un o'r rhai a ddewiswyd yn un o achosion y person hwn
supervision-error-wellbeing-missing = Rhowch sut mae'r ymarferydd: eu llesiant
supervision-error-too-long = Rhaid i hyn fod yn { $max } nod neu lai. Rydych wedi teipio { $typed }: byrhewch ef.
supervision-error-conflict = Cafodd y cofnod hwn ei newid mewn tab neu ffenestr arall ar ôl i chi ei agor. Mae'r hyn a deipiwyd gennych yn dal yn y ffurflen isod, ac mae'r hyn sydd wedi'i gadw nawr yn cael ei ddangos uwch ei ben. Defnyddiwch yr hyn sydd ei angen arnoch, yna cadwch eto.
supervision-error-not-activated = Nid yw cyfrif y person hwn yn weithredol, felly ni ellir amgryptio'r cofnod iddyn nhw. Ni chadwyd dim: cadwch gopi o'r hyn a deipiwyd gennych a rhowch gynnig arall arni unwaith y bydd eu cyfrif yn weithredol.
