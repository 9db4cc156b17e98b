# Ymarferion graddnodi: graddio achosion ffug heb weld graddau eraill, yna cymharu.
nav-calibration = Ymarferion graddnodi
calibration-title = Ymarferion graddnodi
calibration-intro = { $count ->
    [one] Ym mhob ymarfer rydych yn darllen achos ffug ac yn graddio { $count } ffactor fformiwleiddio ar eich pen eich hun, yna'n cymharu eich graddau â'r graddau cyfeirio ac â graddau cydweithwyr.
   *[other] Ym mhob ymarfer rydych yn darllen achos ffug ac yn graddio { $count } ffactor fformiwleiddio ar eich pen eich hun, yna'n cymharu eich graddau â'r graddau cyfeirio ac â graddau cydweithwyr.
}
calibration-intro-blind = Ni fyddwch yn gweld y graddau cyfeirio na graddau neb arall nes i chi gyflwyno eich rhai chi. Dim ond chi sy'n gweld eich graddau tan hynny. Wedyn, gall rheolwyr hyfforddiant weld eich bod wedi cwblhau'r ymarfer, ac mae eich graddau'n cyfrif, heb eich enw, tuag at y ffigurau y maen nhw'n eu gweld ar gyfer grwpiau o dri pherson neu fwy.
calibration-intro-fictional = Mae'r achosion yn ffug. Ymarfer yw hwn mewn defnyddio'r diffiniadau'n gyson, nid prawf: does neb yn cael sgôr.
calibration-state-submitted = Wedi'i gyflwyno
calibration-state-in-progress = Ar y gweill
calibration-rated-of = { $rated } o { $total } ffactor wedi'u graddio.
calibration-start = Dechrau'r ymarfer hwn
calibration-continue = Parhau i raddio
calibration-see-results = Gweld eich canlyniadau
calibration-domain-of = Rhan { $number } o { $total }
calibration-read-vignette = Darllen yr achos
calibration-blind-hint = Graddiwch bob ffactor o'r achos yn unig, gan ddefnyddio ei ddiffiniad. Gallwch newid eich graddau nes i chi eu cyflwyno.
calibration-save-next = Cadw a pharhau
calibration-save-check = Cadw a gwirio eich graddau
calibration-resume-hint = Caiff eich graddau eu cadw bob tro y byddwch yn parhau, felly gallwch stopio a dod yn ôl nes ymlaen.
calibration-back-to-list = Yn ôl i'r ymarferion graddnodi
calibration-problem-not-on-scale = Dewiswch un o'r graddau ar y raddfa ar gyfer { $factor }
calibration-problem-not-rated = Graddiwch { $factor } cyn i chi gyflwyno
calibration-check-title = Gwirio eich graddau
calibration-not-rated = Heb ei raddio eto
calibration-rate = Graddio
calibration-change = Newid
calibration-submit-heading = Cyflwyno eich graddau
calibration-submit-body = Ar ôl i chi gyflwyno, ni allwch newid eich graddau. Byddwch wedyn yn eu gweld wrth ymyl y graddau cyfeirio a graddau eich cydweithwyr.
calibration-submit = Cyflwyno graddau
calibration-results-title = Eich canlyniadau
calibration-results-intro = Eich graddau wrth ymyl y graddau cyfeirio, gyda'r rheswm dros bob gradd gyfeirio a sut y graddiodd pawb sydd wedi cyflwyno bob ffactor. Lle mae eich gradd yn wahanol, dangosir diffiniad y ffactor eto.
calibration-results-conventions = Mae cytundeb o 1 yn llwyr; 0 yw'r hyn y byddai siawns yn unig yn ei roi. Confensiynau arferol yw'r geiriau wrth ymyl pob ffigur (bach, teg, cymedrol, sylweddol, bron yn berffaith) (Landis a Koch, 1977), nid profion na marciau llwyddo.
calibration-results-not-a-score = Mae'r ffigurau hyn yn eich helpu chi a'ch hyfforddwyr i weld lle caiff diffiniadau eu darllen yn wahanol. Nid sgôr ohonoch chi ydyn nhw.
calibration-overall = Pob ffactor
calibration-figure-percent = Eich cytundeb â'r cyfeirnod
calibration-figure-cohen = Eich kappa â'r cyfeirnod
calibration-figure-weighted = Eich kappa wedi'i bwysoli â'r cyfeirnod (mae camau ar wahân yn cyfrif)
calibration-figure-fleiss = Kappa'r grŵp (Fleiss)
calibration-raters = { $count ->
    [one] (o raddau { $count } person)
   *[other] (o raddau { $count } o bobl)
}
calibration-your-rating = Eich gradd
calibration-reference-rating = Gradd gyfeirio
calibration-differs = Gwahanol
calibration-group-ratings = Graddau pawb
calibration-pairs-agree = Mae { $percent } o barau o raddwyr yn cytuno
calibration-reading-worse = llai o gytundeb na siawns
calibration-reading-slight = cytundeb bach
calibration-reading-fair = cytundeb teg
calibration-reading-moderate = cytundeb cymedrol
calibration-reading-substantial = cytundeb sylweddol
calibration-reading-almost-perfect = cytundeb bron yn berffaith
calibration-undefined-no-items = Ni ellir ei gyfrifo: does dim graddau i'w cymharu yma (mae "Dim digon o wybodaeth" yn cael ei adael allan o'r ffigur wedi'i bwysoli).
calibration-undefined-one-rater = Ni ellir ei gyfrifo: un graddiwr hyd yma. Mae ffigurau'r grŵp angen i o leiaf ddau berson gyflwyno.
calibration-undefined-no-variation = Ni ellir ei gyfrifo: roedd pob gradd yr un fath, felly byddai siawns yn unig yn cytuno'n llwyr.
calibration-undefined-unequal = Ni ellir ei gyfrifo: ni raddiodd pawb yr un ffactorau.
calibration-undefined-out-of-scale = Ni ellir ei gyfrifo: nid yw gradd ar raddfa'r pecyn cymorth mwyach.
calibration-training-heading = Ymarferion graddnodi
calibration-training-none = Dim ymarferion graddnodi wedi'u cwblhau eto.
calibration-training-exercise = Ymarfer
calibration-training-submitted = Wedi'i gyflwyno
calibration-count-after-label = : { $count }

# The training managers' calibration dashboard.
calibration-dashboard-link = Calibradu ar draws staff
calibration-dashboard-title = Calibradu ar draws staff
calibration-dashboard-intro = Lle mae staff yn darllen ffactorau'r fformiwleiddiad yn wahanol, o bob ymarfer calibradu a gyflwynwyd. Defnyddiwch hyn i benderfynu pa ddiffiniadau a pha rannau o'r hyfforddiant sydd angen sylw. Nid sgôr i neb mohono.
calibration-dashboard-between-staff-explained = Staff a gytunodd: o bob pâr o bobl a roddodd radd i'r un ffactor yn yr un achos, y gyfran a ddewisodd yr un radd.
calibration-dashboard-with-reference-explained = Yn cyfateb i'r cyfeirnod: y gyfran o raddau a oedd yr un fath â'r radd gyfeirio.
calibration-dashboard-privacy = { $count ->
    [one] Ni ddangosir enwau na graddau unigolion yma.
   *[other] Ni ddangosir enwau na graddau unigolion yma. Dim ond pan fydd ffigur yn dod gan o leiaf { $count } o bobl wahanol y caiff ei ddangos, fel na ellir canfod graddau neb ohono.
}
calibration-dashboard-empty = Nid oes neb wedi cyflwyno ymarfer calibradu eto.
calibration-dashboard-totals = Ymarferion a gyflwynwyd: { $submissions }. Pobl a gyflwynodd un: { $people }.
calibration-dashboard-domains-heading = Parthau
calibration-dashboard-factors-heading = Ffactorau
calibration-dashboard-lowest-first = Y cytundeb isaf rhwng staff yn gyntaf
calibration-dashboard-domain = Parth
calibration-dashboard-factor = Ffactor
calibration-dashboard-between-staff = Staff a gytunodd
calibration-dashboard-with-reference = Yn cyfateb i'r cyfeirnod
calibration-dashboard-people = Pobl
calibration-dashboard-withheld = { $count ->
    [one] Heb ei ddangos: neb eto
   *[other] Heb ei ddangos: llai na { $count } o bobl
}
calibration-dashboard-withheld-short = Heb ei ddangos
calibration-dashboard-no-pairs = Nid oes dau berson wedi graddio'r un achos
calibration-dashboard-none = Dim
calibration-dashboard-over-time-heading = Dros y 12 mis diwethaf
calibration-dashboard-over-time-intro = Pa mor aml yr oedd graddau'n cyfateb i'r cyfeirnod ym mhob parth, yn ôl y mis y cyflwynwyd yr ymarfer. Mae misoedd â llai o bobl na'r terfyn uchod wedi'u gadael allan o'r llinellau.
calibration-dashboard-chart-caption = Graddau a oedd yn cyfateb i'r cyfeirnod, fesul parth a mis
calibration-dashboard-chart-desc = Llinell ar gyfer pob parth. Mae'r un ffigurau yn y tabl o dan y siart.
calibration-dashboard-chart-table = Dangos y siart fel tabl
calibration-dashboard-month = Mis
